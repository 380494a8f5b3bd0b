"""Pure helpers for the Streamlit UI (`app/ui.py`): highlighting, the conversation and filters, the
commitments matrix and CSV. Its words are in `app/ui_text.py`, its HTTP client in `app/ui_client.py`;
both are re-exported here, so `app.ui_helpers` stays the one import of the page.

Nothing here imports Streamlit, so it is tested fast in `tests/test_ui_helpers.py`.

Every piece of document text that ends up in HTML goes through `esc()` first: a document that
contains `<script>` is shown as those characters, never run.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ingest.vocab import PARTIES, PRINCIPLES

from .ui_client import ApiClient, ApiError, ApiUnavailable
from .ui_text import (
    EXAMPLE_QUESTIONS,
    LANGUAGES,
    PARTY_LABELS,
    STRINGS,
    party_label,
    principle_label,
    report_facts,
    report_party_rows,
    t,
)

__all__ = [  # the words and the client, re-exported for app/ui.py and the tests
    "EXAMPLE_QUESTIONS",
    "LANGUAGES",
    "PARTIES",
    "PARTY_LABELS",
    "PRINCIPLES",
    "STRINGS",
    "ApiClient",
    "ApiError",
    "ApiUnavailable",
    "party_label",
    "principle_label",
    "report_facts",
    "report_party_rows",
    "t",
]


# --- escaping and highlighting ---------------------------------------------------------------


def esc(text: str) -> str:
    """Document text as inert HTML: `<`, `>`, `&` and quotes escaped, newlines as `<br>`."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def md_escape(text: str) -> str:
    """Text for a Streamlit label (which is Markdown): backslash-escape Markdown's special characters."""
    return re.sub(r"([\\`*_{}\[\]<>()#+!|~$])", r"\\\1", text)


def context_window(text: str, start: int, end: int, chars: int = 600) -> tuple[int, int]:
    """A window of about `chars` characters either side of [start, end), widened to whole lines."""
    lo = max(0, start - chars)
    hi = min(len(text), end + chars)
    if lo > 0:
        newline = text.rfind("\n", 0, lo)
        lo = newline + 1 if newline != -1 else 0
    if hi < len(text):
        newline = text.find("\n", hi)
        hi = newline if newline != -1 else len(text)
    return lo, hi


def highlight_html(
    text: str,
    start: int,
    end: int,
    lo: int = 0,
    hi: int | None = None,
    *,
    max_chars: int | None = None,
    mark_id: str | None = None,
) -> str:
    """`text[lo:hi]` as escaped HTML with the cited span `text[start:end]` inside `<mark>`.

    The span is clamped into the window. With `max_chars`, a long window is cut around the span
    (at whitespace) and the cuts are shown as "…". All text is escaped; only the `<mark>` and `<br>`
    tags are HTML.
    """
    hi = len(text) if hi is None else min(hi, len(text))
    lo = max(0, min(lo, hi))
    start = max(lo, min(start, hi))
    end = max(start, min(end, hi))
    prefix = suffix = ""
    if max_chars is not None and hi - lo > max_chars:
        room = max(0, max_chars - (end - start)) // 2
        if start - lo > room:
            cut = start - room
            space = text.find(" ", cut, start)
            lo, prefix = (space + 1 if space != -1 else cut), "… "
        if hi - end > room:
            cut = end + room
            space = text.rfind(" ", end, cut)
            hi, suffix = (space if space != -1 else cut), " …"
    attrs = f' id="{html.escape(mark_id, quote=True)}"' if mark_id else ""
    return (
        prefix
        + esc(text[lo:start])
        + f"<mark{attrs}>"
        + esc(text[start:end])
        + "</mark>"
        + esc(text[end:hi])
        + suffix
    )


def answer_html(answer: str) -> str:
    """The answer text as escaped HTML, its [n] citation markers styled."""
    return re.sub(r"\[(\d+)\]", r'<span class="ov-cite">[\1]</span>', esc(answer))


def find_section(
    sections: Sequence[Mapping[str, Any]], start: int, end: int, title: str | None = None
) -> Mapping[str, Any] | None:
    """The section that contains [start, end): the one named `title` if it does, else the narrowest."""
    containing = [s for s in sections if s["start"] <= start and end <= s["end"]]
    if not containing:
        return None
    named = [s for s in containing if title and s.get("title") == title]
    return min(named or containing, key=lambda s: s["end"] - s["start"])


def passage_bounds(document: Mapping[str, Any], citation: Mapping[str, Any]) -> tuple[int, int]:
    """The window to show a citation in: its section of the document, else a few lines around it."""
    start, end = citation["start"], citation["end"]
    section = find_section(document.get("sections") or [], start, end, citation.get("section"))
    if section is not None:
        return section["start"], section["end"]
    return context_window(document["text"], start, end)


def citation_matches(document: Mapping[str, Any], citation: Mapping[str, Any]) -> bool:
    """Whether the citation's span really is its `text` in the document (guards a stale index)."""
    text = document.get("text") or ""
    start, end = citation.get("start", -1), citation.get("end", -1)
    return 0 <= start <= end <= len(text) and text[start:end] == citation.get("text")


# --- conversation and filters ----------------------------------------------------------------


def history_for(messages: Iterable[Mapping[str, Any]], limit: int) -> list[str]:
    """The conversation's earlier questions, oldest first, at most the last `limit`."""
    questions = [m["content"] for m in messages if m.get("role") == "user"]
    return questions[-limit:] if limit > 0 else []


def clean_filters(**filters: str | None) -> dict[str, str]:
    """Only the filters that are set."""
    return {name: value for name, value in filters.items() if value}


def filter_commitments(commitments: Iterable[Mapping[str, Any]], query: str) -> list[Mapping[str, Any]]:
    """Commitments whose text (repaired or original) or section contains every word of `query`."""
    words = query.lower().split()
    if not words:
        return list(commitments)
    out = []
    for item in commitments:
        haystack = " ".join(str(item.get(k) or "") for k in ("display_text", "text", "section")).lower()
        if all(word in haystack for word in words):
            out.append(item)
    return out


# --- the commitments matrix and CSV ----------------------------------------------------------


@dataclass(frozen=True)
class Matrix:
    """Principles (rows) × documents (columns); each cell maps party -> its commitments."""

    principles: tuple[str | None, ...]
    documents: tuple[str, ...]
    cells: Mapping[tuple[str | None, str], Mapping[str, Sequence[Mapping[str, Any]]]]

    def cell(self, principle: str | None, doc_id: str) -> Mapping[str, Sequence[Mapping[str, Any]]]:
        return self.cells.get((principle, doc_id), {})


def _principle_order(principle: str | None) -> tuple[int, str]:
    if principle is None:
        return (2, "")
    order = list(PRINCIPLES)
    return (0, f"{order.index(principle):02d}") if principle in PRINCIPLES else (1, principle)


def _party_order(party: str) -> tuple[int, str]:
    return (PARTIES.index(party), "") if party in PARTIES else (len(PARTIES), party)


def build_matrix(commitments: Iterable[Mapping[str, Any]], documents: Sequence[str] = ()) -> Matrix:
    """Group commitments by (principle, document) and party, in the documents' own order.

    Rows: the principles that occur, the seven usual ones first in their usual order, commitments
    without a principle last. Columns: `documents` (so a document without commitments shows as an
    empty column), then any other document that occurs. Within a cell: public, civil society, joint.
    """
    grouped: dict[tuple[str | None, str], dict[str, list[Mapping[str, Any]]]] = {}
    seen_docs: list[str] = list(documents)
    principles: set[str | None] = set()
    for item in commitments:
        principle, doc_id = item.get("principle") or None, item["doc_id"]
        principles.add(principle)
        if doc_id not in seen_docs:
            seen_docs.append(doc_id)
        grouped.setdefault((principle, doc_id), {}).setdefault(item.get("party") or "", []).append(item)
    cells = {
        key: {
            party: sorted(items, key=lambda c: c.get("start", 0))
            for party, items in sorted(by_party.items(), key=lambda kv: _party_order(kv[0]))
        }
        for key, by_party in grouped.items()
    }
    return Matrix(tuple(sorted(principles, key=_principle_order)), tuple(seen_docs), cells)


def matrix_html(
    matrix: Matrix,
    lang: str,
    headers: Mapping[str, str],
    organisations: Mapping[str, str] | None = None,
    tooltips: Mapping[str, str] | None = None,
) -> str:
    """The matrix as an escaped HTML table: one row per principle, one column per document."""
    organisations = organisations or {}
    tooltips = tooltips or {}
    head = "".join(
        f'<th title="{esc(tooltips.get(d, ""))}">{esc(headers.get(d, d))}</th>' for d in matrix.documents
    )
    rows = []
    for principle in matrix.principles:
        cells = []
        for doc_id in matrix.documents:
            parts = []
            for party, items in matrix.cell(principle, doc_id).items():
                label = party_label(party, lang, organisations.get(doc_id, ""))
                lis = "".join(f"<li>{esc(c.get('display_text') or c.get('text') or '')}</li>" for c in items)
                parts.append(f'<div class="ov-party">{esc(label)}</div><ul>{lis}</ul>')
            cells.append(f"<td>{''.join(parts) or esc(t(lang, 'none'))}</td>")
        rows.append(f"<tr><th>{esc(principle_label(principle, lang))}</th>{''.join(cells)}</tr>")
    return (
        f'<div class="ov-matrix"><table><thead><tr><th>{esc(t(lang, "principle"))}</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


CSV_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "title",
    "principle",
    "principle_name",
    "party",
    "party_name",
    "section",
    "display_text",
    "text",
    "start",
    "end",
    "source",
)


def commitments_csv(
    commitments: Iterable[Mapping[str, Any]],
    lang: str = "sv",
    titles: Mapping[str, str] | None = None,
    organisations: Mapping[str, str] | None = None,
) -> str:
    """The commitments as CSV (one row each, the contract's fields plus readable names)."""
    titles = titles or {}
    organisations = organisations or {}
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for item in commitments:
        doc_id = item.get("doc_id", "")
        writer.writerow(
            {
                **{column: item.get(column, "") for column in CSV_COLUMNS},
                "title": titles.get(doc_id, ""),
                "principle": item.get("principle") or "",
                "principle_name": principle_label(item.get("principle"), lang),
                "party_name": party_label(item.get("party"), lang, organisations.get(doc_id, "")),
            }
        )
    return buffer.getvalue()


def error_message(error: ApiError, lang: str, api_url: str) -> str:
    """What to tell the user about a failed API call, in their language (Markdown, for st.error)."""
    if isinstance(error, ApiUnavailable):
        return t(lang, "api_down", url=api_url)
    status = error.status if error.status is not None else "?"
    return t(lang, "api_error", status=status, error=md_escape(error.message))
