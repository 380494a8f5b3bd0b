"""Pure helpers for the Streamlit UI (`app/ui.py`): strings, labels, highlighting, the commitments
matrix, CSV, and a small HTTP client for the overens API.

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
from urllib.parse import quote

import httpx

LANGUAGES: dict[str, str] = {"sv": "Svenska", "en": "English"}

# All UI strings, Swedish first. Both languages must have the same keys (tested).
STRINGS: dict[str, dict[str, str]] = {
    "sv": {
        "app_title": "Överens",
        "app_subtitle": "Frågor och svar om överenskommelserna mellan kommuner, regioner och idéburen sektor, "
        "med exakta källhänvisningar till dokumenten.",
        "language": "Språk",
        "page": "Vy",
        "page_chat": "Fråga",
        "page_commitments": "Åtaganden",
        "page_documents": "Dokument",
        "filters": "Filter",
        "filter_document": "Dokument",
        "filter_principle": "Princip",
        "filter_party": "Part",
        "all_documents": "Alla dokument",
        "all_principles": "Alla principer",
        "all_parties": "Alla parter",
        "no_principle": "(ingen princip)",
        "examples": "Exempelfrågor",
        "new_chat": "Ny konversation",
        "chat_placeholder": "Ställ en fråga om överenskommelserna …",
        "chat_intro": "Ställ en fråga om överenskommelserna mellan kommuner, regioner och idéburen sektor. "
        "Svaret bygger bara på dokumentens egna meningar, med exakta källhänvisningar [1]. "
        "Följdfrågor fungerar. Du kan också välja en exempelfråga i sidomenyn.",
        "thinking": "Söker i dokumenten …",
        "abstained": "Dokumenten ger inget svar på frågan.",
        "reason": "Orsak",
        "sources": "Källor",
        "title": "Dokument",
        "section": "Avsnitt",
        "principle": "Princip",
        "party": "Part",
        "passage_in_section": "Stycket i sitt avsnitt (originaltext, markerat):",
        "display_text": "Stycket med reparerad stavning:",
        "show_whole": "Visa hela dokumentet med stycket markerat",
        "jump_to_passage": "Hoppa till stycket",
        "doc_unavailable": "Dokumentet kunde inte hämtas; här är det citerade stycket.",
        "api_down": "API:t svarar inte på {url}. Starta det med `overens serve` (eller `make run`) och "
        "ladda om sidan.",
        "api_error": "API:t svarade med ett fel ({status}): {error}",
        "api_status_ok": "API: {documents} dokument, {chunks} textstycken, modell {model}",
        "commitments_intro": "Principer × dokument: varje cell visar vad respektive part åtar sig. "
        "Filtren i sidomenyn gäller även här.",
        "search_commitments": "Sök i åtagandena",
        "download_csv": "Ladda ner CSV",
        "n_commitments": "{n} åtaganden",
        "no_commitments": "Inga åtaganden matchar filtren.",
        "no_commitments_in": "Inga åtaganden (med dessa filter) i: {documents}",
        "documents_intro": "Varje dokuments struktur (avsnitt och principer) och dess rensade text.",
        "choose_document": "Välj dokument",
        "organisation": "Organisation",
        "kind": "Typ",
        "date": "Datum",
        "source": "Fil",
        "structure": "Struktur",
        "principles_found": "Principer i dokumentet",
        "clean_text": "Rensad text",
        "show_original": "Visa originaltexten i stället",
        "col_section": "Avsnitt",
        "col_kind": "Typ",
        "col_principle": "Princip",
        "col_start": "Start",
        "col_end": "Slut",
        "none": "–",
        "report": "Vad inläsningen förstod",
        "report_missing": "Indexet har ingen inläsningsrapport för dokumentet; kör `overens ingest`.",
        "report_format": "Format",
        "report_pages": "Sidor",
        "report_sections": "Avsnitt",
        "report_principles": "Principer",
        "report_commitments": "Åtaganden",
        "report_warnings": "Varningar",
        "col_party": "Part",
        "col_commitments": "Åtaganden",
        "upload": "Lägg till ett dokument",
        "upload_help": "Filen kontrolleras, läggs i korpusen och indexet byggs om. Format: .txt, .md, "
        ".html, .pdf (med textlager) eller .docx, högst {mb} MB.",
        "upload_file": "Fil",
        "upload_replace": "Ersätt en befintlig fil med samma namn",
        "upload_submit": "Lägg till och indexera om",
        "upload_busy": "Läser in dokumentet och bygger om indexet …",
        "upload_done": "{source} är tillagt som dokument {doc_id}.",
        "upload_failed": "Dokumentet lades inte till ({status}): {error}",
        "upload_no_file": "Välj en fil först.",
        "upload_off": "Att lägga till dokument här är avstängt. Sätt `OVERENS_ADMIN_TOKEN` (samma hemlighet) "
        "för både API:t och gränssnittet för att slå på det, eller använd `overens add FIL`.",
    },
    "en": {
        "app_title": "Överens",
        "app_subtitle": "Questions and answers about the agreements between municipalities, regions and civil "
        "society, with exact citations of the documents.",
        "language": "Language",
        "page": "View",
        "page_chat": "Ask",
        "page_commitments": "Commitments",
        "page_documents": "Documents",
        "filters": "Filters",
        "filter_document": "Document",
        "filter_principle": "Principle",
        "filter_party": "Party",
        "all_documents": "All documents",
        "all_principles": "All principles",
        "all_parties": "All parties",
        "no_principle": "(no principle)",
        "examples": "Example questions",
        "new_chat": "New conversation",
        "chat_placeholder": "Ask a question about the agreements …",
        "chat_intro": "Ask a question about the agreements between municipalities, regions and civil society. "
        "Answers are built only from the documents' own sentences, with exact citations [1]. "
        "Follow-up questions work. You can also pick an example question in the sidebar.",
        "thinking": "Searching the documents …",
        "abstained": "The documents do not answer this question.",
        "reason": "Reason",
        "sources": "Sources",
        "title": "Document",
        "section": "Section",
        "principle": "Principle",
        "party": "Party",
        "passage_in_section": "The passage in its section (original text, highlighted):",
        "display_text": "The passage with repaired spelling:",
        "show_whole": "Show the whole document with the passage highlighted",
        "jump_to_passage": "Jump to the passage",
        "doc_unavailable": "The document could not be fetched; here is the cited passage.",
        "api_down": "The API does not answer at {url}. Start it with `overens serve` (or `make run`) and "
        "reload the page.",
        "api_error": "The API answered with an error ({status}): {error}",
        "api_status_ok": "API: {documents} documents, {chunks} passages, model {model}",
        "commitments_intro": "Principles × documents: each cell shows what each party commits to. "
        "The sidebar filters apply here too.",
        "search_commitments": "Search the commitments",
        "download_csv": "Download CSV",
        "n_commitments": "{n} commitments",
        "no_commitments": "No commitments match the filters.",
        "no_commitments_in": "No commitments (with these filters) in: {documents}",
        "documents_intro": "Each document's structure (sections and principles) and its cleaned text.",
        "choose_document": "Choose a document",
        "organisation": "Organisation",
        "kind": "Kind",
        "date": "Date",
        "source": "File",
        "structure": "Structure",
        "principles_found": "Principles in the document",
        "clean_text": "Cleaned text",
        "show_original": "Show the original text instead",
        "col_section": "Section",
        "col_kind": "Kind",
        "col_principle": "Principle",
        "col_start": "Start",
        "col_end": "End",
        "none": "–",
        "report": "What ingest understood",
        "report_missing": "The index has no ingest report for this document; run `overens ingest`.",
        "report_format": "Format",
        "report_pages": "Pages",
        "report_sections": "Sections",
        "report_principles": "Principles",
        "report_commitments": "Commitments",
        "report_warnings": "Warnings",
        "col_party": "Party",
        "col_commitments": "Commitments",
        "upload": "Add a document",
        "upload_help": "The file is checked, put into the corpus and the index is rebuilt. Formats: .txt, .md, "
        ".html, .pdf (with a text layer) or .docx, at most {mb} MB.",
        "upload_file": "File",
        "upload_replace": "Replace an existing file of the same name",
        "upload_submit": "Add and re-index",
        "upload_busy": "Reading the document and rebuilding the index …",
        "upload_done": "{source} was added as document {doc_id}.",
        "upload_failed": "The document was not added ({status}): {error}",
        "upload_no_file": "Choose a file first.",
        "upload_off": "Adding documents here is off. Set `OVERENS_ADMIN_TOKEN` (the same secret) for both the "
        "API and the UI to turn it on, or use `overens add FILE`.",
    },
}

EXAMPLE_QUESTIONS: tuple[str, ...] = (
    "Vad åtar sig kommunen under principen om öppenhet och insyn?",
    "Vilka principer bygger Stockholms överenskommelse på?",
    "Hur ofta revideras överenskommelserna?",
    "Vad åtar sig den idéburna sektorn i Västernorrland?",
    "What does the city of Stockholm commit to?",
)

# The seven principles of the national agreement, in their usual order: (Swedish, English).
PRINCIPLES: dict[str, tuple[str, str]] = {
    "sjalvstandighet_och_oberoende": ("Självständighet och oberoende", "Autonomy and independence"),
    "dialog": ("Dialog", "Dialogue"),
    "kvalitet": ("Kvalitet", "Quality"),
    "langsiktighet": ("Långsiktighet", "Long-term commitment"),
    "oppenhet_och_insyn": ("Öppenhet och insyn", "Openness and transparency"),
    "mangfald": ("Mångfald", "Diversity"),
    "samhallsutveckling": ("Samhällsutveckling", "Community development"),
}

PARTIES: tuple[str, ...] = ("public", "civil_society", "joint")
PARTY_LABELS: dict[str, dict[str, str]] = {
    "sv": {"public": "Kommunen/regionen", "civil_society": "Idéburen sektor", "joint": "Båda parter"},
    "en": {"public": "Municipality/region", "civil_society": "Civil society", "joint": "Both parties"},
}
# How the public party names itself, found in the organisation's name: (needle, Swedish, English).
_PUBLIC_NAMES: tuple[tuple[str, str, str], ...] = (
    ("landsting", "Landstinget", "The county council"),
    ("region", "Regionen", "The region"),
    ("stad", "Staden", "The city"),
    ("kommun", "Kommunen", "The municipality"),
    ("nämnd", "Nämnden", "The committee"),
)


def t(lang: str, key: str, **values: Any) -> str:
    """The UI string `key` in `lang` (Swedish if the language is unknown), formatted with `values`."""
    text = STRINGS.get(lang, STRINGS["sv"]).get(key, STRINGS["sv"][key])
    return text.format(**values) if values else text


def principle_label(principle: str | None, lang: str = "sv") -> str:
    """A principle id as people write it: `oppenhet_och_insyn` -> "Öppenhet och insyn"."""
    if not principle:
        return t(lang, "no_principle")
    if principle in PRINCIPLES:
        return PRINCIPLES[principle][0 if lang == "sv" else 1]
    return principle.replace("_", " ").capitalize()


def party_label(party: str | None, lang: str = "sv", organisation: str = "") -> str:
    """A party id as people write it; the public party is named after the organisation where possible
    ("Landstinget Västernorrland" -> "Landstinget")."""
    if not party:
        return t(lang, "none")
    if party == "public" and organisation:
        lowered = organisation.lower()
        for needle, swedish, english in _PUBLIC_NAMES:
            if needle in lowered:
                return swedish if lang == "sv" else english
    return PARTY_LABELS.get(lang, PARTY_LABELS["sv"]).get(party, party)


def report_facts(report: Mapping[str, Any], lang: str) -> list[tuple[str, str]]:
    """A document's ingest report (`GET /documents/{id}` `report`) as (label, value) pairs for metrics."""
    commitments = report.get("commitments") or {}
    return [
        (t(lang, "report_format"), str(report.get("format") or t(lang, "none"))),
        (t(lang, "report_pages"), str(report["pages"]) if report.get("pages") else t(lang, "none")),
        (t(lang, "report_sections"), str(report.get("sections", 0))),
        (t(lang, "report_principles"), str(len(report.get("principles") or []))),
        (t(lang, "report_commitments"), str(sum(commitments.values()))),
    ]


def report_party_rows(report: Mapping[str, Any], lang: str, organisation: str = "") -> list[dict[str, Any]]:
    """Commitments per party, in the usual party order, as rows for a small table."""
    commitments = report.get("commitments") or {}
    order = [p for p in PARTIES if p in commitments] + sorted(p for p in commitments if p not in PARTIES)
    return [
        {t(lang, "col_party"): party_label(p, lang, organisation), t(lang, "col_commitments"): commitments[p]}
        for p in order
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


# --- the HTTP client -------------------------------------------------------------------------


class ApiError(Exception):
    """The API answered with an error; `message` is its `{"error": ...}` text.

    ApiError
     └── ApiUnavailable   the API could not be reached at all
    """

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class ApiUnavailable(ApiError):
    """Nothing answers at the API's address (connection refused, timeout)."""


def error_message(error: ApiError, lang: str, api_url: str) -> str:
    """What to tell the user about a failed API call, in their language (Markdown, for st.error)."""
    if isinstance(error, ApiUnavailable):
        return t(lang, "api_down", url=api_url)
    status = error.status if error.status is not None else "?"
    return t(lang, "api_error", status=status, error=md_escape(error.message))


class ApiClient:
    """A thin client for the overens HTTP API (see CONTRACT.md). Every failure is an `ApiError`."""

    def __init__(
        self, base_url: str, *, timeout: float = 120.0, transport: httpx.BaseTransport | None = None
    ):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.transport = transport

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            with httpx.Client(
                base_url=self.base_url, timeout=self.timeout, transport=self.transport
            ) as client:
                response = client.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise ApiUnavailable(f"{self.base_url}: {exc}") from exc
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.status_code >= 400:
            message = body.get("error") if isinstance(body, dict) else None
            raise ApiError(
                str(message or response.text[:200] or response.reason_phrase), response.status_code
            )
        if body is None:
            raise ApiError(f"{method} {path} did not answer JSON", response.status_code)
        return body

    def health(self) -> dict[str, Any]:
        return self._request("GET", "/health")

    def documents(self) -> list[dict[str, Any]]:
        return self._request("GET", "/documents")["documents"]

    def document(self, doc_id: str) -> dict[str, Any]:
        return self._request("GET", f"/documents/{quote(doc_id, safe='')}")

    def commitments(self, filters: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
        return self._request("GET", "/commitments", params=dict(filters or {}))["commitments"]

    def add_document(self, name: str, data: bytes, token: str, replace: bool = False) -> dict[str, Any]:
        """`POST /documents`: the added document's `doc_id`, `source` and `report`."""
        return self._request(
            "POST",
            "/documents",
            files={"file": (name, data)},
            params={"replace": "true"} if replace else None,
            headers={"Authorization": f"Bearer {token}"},
        )

    def ask(
        self, question: str, history: Sequence[str] = (), filters: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        payload = {"question": question, "history": list(history), "filters": dict(filters or {})}
        return self._request("POST", "/ask", json=payload)
