"""Loaders that keep layout: each file format becomes the document's text plus typed blocks.

For plain text (.txt, .md) the text is the file itself; for DOCX, PDF and HTML it is the text
the loader extracts, written so that every block (heading, paragraph, list item, table cell,
footnote) is a line or paragraph of its own. Citations index into that text, which is what
`overens doc ID` prints and `GET /documents/{id}` returns.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..records import Block, Extracted

BULLET_MARK = "•"


@dataclass
class TextWriter:
    """Builds an extracted text block by block and records each block's offsets."""

    parts: list[str] = field(default_factory=list)
    pos: int = 0
    blocks: list[Block] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=list)
    _prev: str = ""
    last_header: list[str] = field(default_factory=list)  # the column headers of the last table written

    def _raw(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def new_page(self) -> None:
        self.page_starts.append(self.pos + (2 if self.parts else 0))

    def add(self, kind: str, text: str, *, marker: str = "", sep: str | None = None, **kw) -> Block | None:
        """Append one block. An item is written as 'marker text'; its block spans the text only."""
        text = re.sub(r"[ \t\r\f\v]+", " ", text).strip()
        text = re.sub(r" ?\n ?", "\n", text)
        if not text:
            return None
        if self.parts:
            if sep is None:
                same_run = kind == self._prev and kind in ("item", "footnote")
                sep = "\n" if same_run else "\n\n"
            self._raw(sep)
        if marker:
            self._raw(marker + " ")
        start = self.pos
        self._raw(text)
        block = Block(kind, start, self.pos, marker=marker, **kw)
        self.blocks.append(block)
        self._prev = kind
        return block

    def text(self) -> str:
        return "".join(self.parts)

    def pages(self) -> tuple[tuple[int, int], ...]:
        starts = [min(s, self.pos) for s in self.page_starts] or [0]
        starts[0] = 0
        ends = starts[1:] + [self.pos]
        return tuple((a, b) for a, b in zip(starts, ends, strict=True))

    def result(
        self, fmt: str, *, paged: bool = False, removed: int = 0, warnings: list[str] | None = None
    ) -> Extracted:
        return Extracted(
            text=self.text(),
            format=fmt,
            blocks=tuple(self.blocks),
            pages=self.pages() if paged else (),
            removed_chars=removed,
            warnings=tuple(warnings or ()),
        )


def title_rows(rows: list[list[str]]) -> int:
    """How many leading rows of a table are its title (a caption, or a row merged across all
    columns: one text, the other cells empty or repeating it) rather than its column headers."""
    width = max((len(r) for r in rows), default=0)
    n = 0
    while n < len(rows) - 1 and width >= 2:
        texts = {t for t in rows[n] if t}
        later = any(len({t for t in r if t}) >= 2 for r in rows[n + 1 :])
        if len(texts) != 1 or not later:
            break
        n += 1
    return n


def group_row(texts: list[str], width: int) -> bool:
    """A body row merged across a table of 2+ columns: one text, the other cells empty or
    repeating it (a row group's title: 'Öppenhet och insyn' above the rows it holds)."""
    # (a sentence alone in the first column is a row with its other cells empty, not a title)
    return (
        width >= 2
        and len({t for t in texts if t}) == 1
        and len(texts[0].split()) <= 12
        and not texts[0].rstrip().endswith(".")
    )


@lru_cache(maxsize=1)
def _principle_headers() -> frozenset[str]:
    """Column headers naming a row's principle ('Princip'): parties.toml [tables]."""
    with open(Path(__file__).parent.parent / "data" / "parties.toml", "rb") as f:
        return frozenset(tomllib.load(f)["tables"]["principle_headers"])


def write_table(w: TextWriter, rows: list[list[list[tuple[str, str]]]], index: int, **kw) -> None:
    """Write a table cell by cell: `rows` of cells, each cell a list of (marker, text) paragraphs.
    The first row is the column headers, each row's first cell its row header. A row of short
    one-line cells (a metadata table's 'Beslutad av | Kommunfullmäktige') is one tab-separated line.
    A title row above the headers is written as a paragraph before the table."""
    if not rows:
        return
    skip = title_rows([[" ".join(t for _, t in c) for c in r] for r in rows])
    for r in rows[:skip]:
        w.add("paragraph", next(" ".join(t for _, t in c) for c in r if any(t for _, t in c)))
    rows = rows[skip:]
    header = [" ".join(t for _, t in c) for c in rows[0]]
    last = w.blocks[-1] if w.blocks else None
    # a table continued after a page break repeats its header row: the row group it was in goes on
    group = (
        last.group
        if last is not None and last.kind == "cell" and last.table == index - 1 and w.last_header == header
        else ""
    )
    w.last_header = header
    # a column naming each row's principle ('Nr | Insats | Princip | Ansvarig') groups the rows as
    # a row merged across above them would
    pcol = next((i for i, h in enumerate(header) if h.strip(" :").lower() in _principle_headers()), None)
    lead = ""
    for ri, cells in enumerate(rows):
        texts = [" ".join(t for _, t in c) for c in cells]
        row_header = texts[0] if texts else ""
        if ri and pcol is not None and pcol < len(texts) and texts[pcol].strip():
            group = texts[pcol].strip()
        short = all(len(c) <= 1 and sum(len(t) for _, t in c) <= 60 for c in cells)
        # ... but a row of verb phrases continuing their columns' 'åtar sig att' ('återkoppla efter
        # mötena | utse företrädare till forumet') is commitments, however short: a form's labels are
        # capitalised and its lower-case values are numbers or addresses
        verb_phrases = (
            ri > 0
            and any(texts)
            and all(t[:1].islower() and "@" not in t and len(t.split()) >= 2 for t in texts if t)
        )
        short = short and not verb_phrases
        # a cell merged across every column ('Gemensamt åtagande: Parterna ska …' under 'Regionen |
        # Organisationerna') stands under no one column: its own words say whose it is
        across = len(cells) == 1 and len(header) >= 2
        first = True
        for ci, paras in enumerate(cells):
            meta = dict(
                table=index,
                row=ri,
                col=ci,
                row_header=row_header if ci else "",
                col_header=(lead or ("" if across else header[ci])) if ri and ci < len(header) else "",
                row_cells=tuple(t[:120] for t in texts),
                group=group,
                **kw,
            )
            for pi, (marker, t) in enumerate(paras):
                if short and not first:
                    sep: str | None = "\t"
                elif first or pi == 0:
                    sep = None
                else:
                    sep = "\n"
                w.add("cell", t, marker=marker, sep=sep, **meta)
                first = False
        if ri and group_row(texts, len(header)):
            title = next(t for t in texts if t)
            if title.rstrip().endswith(":"):
                # a lead-in merged across ('Tillsammans åtar vi oss att:'): the rows below it are
                # that party's, whatever column they stand in
                lead = title
            else:
                group, lead = title, ""
