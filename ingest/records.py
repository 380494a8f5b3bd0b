"""Small typed records that cross module borders."""

from __future__ import annotations

from dataclasses import dataclass, field

from .vocab import PARTIES  # noqa: F401 - re-exported: the records name their parties from the vocabulary


@dataclass(frozen=True)
class DocMeta:
    doc_id: str
    title: str
    organisation: str = ""
    kind: str = ""  # "policy" | "överenskommelse"
    date: str | None = None  # ISO date where the text gives one
    place: str = ""  # municipality / region the document is about, e.g. "Södertälje"
    aliases: tuple[str, ...] = ()  # other names users may use for the place/organisation
    body: str = ""  # the deciding body, e.g. "kommunfullmäktige"
    valid: str = ""  # validity as written, e.g. "2021–2024" or "tills vidare"
    revision: str = ""  # revision cycle as written, e.g. "vart fjärde år"


@dataclass(frozen=True)
class Block:
    """A typed piece of an extracted document, in offsets of the document's text.

    Loaders of formats with layout (DOCX, PDF, HTML) emit blocks beside the text they
    extract, so structure does not have to guess what a line is. kind is one of
    "heading" (level 1..6), "paragraph", "item" (a list item; level = nesting),
    "cell" (a table cell with its table/row/col and the headers that label it),
    "footnote".
    """

    kind: str
    start: int
    end: int
    level: int = 0
    page: int | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None
    row_header: str = ""
    col_header: str = ""
    marker: str = ""  # a list item's marker or number as written ("•", "3.", "a)")
    row_cells: tuple[str, ...] = ()  # a table cell's row: every cell's text, in column order
    group: str = ""  # the title of the row merged across the table above this row (a row group)


@dataclass(frozen=True)
class Extracted:
    """What a loader read from a file: the document's text and its layout."""

    text: str
    format: str  # "txt" | "md" | "docx" | "pdf" | "html"
    blocks: tuple[Block, ...] = ()
    pages: tuple[tuple[int, int], ...] = ()  # per page (1-based order): [start, end) in text
    removed_chars: int = 0  # page furniture, menus etc. left out of the text
    warnings: tuple[str, ...] = ()

    def page_of(self, offset: int) -> int | None:
        for i, (a, b) in enumerate(self.pages):
            if a <= offset < b or (offset == b and i == len(self.pages) - 1):
                return i + 1
        return None


@dataclass(frozen=True)
class DocReport:
    """What ingest understood of one file; printed by `overens ingest`, served with the document."""

    source: str
    doc_id: str
    format: str
    pages: int | None
    sections: int
    principles: tuple[str, ...]
    commitments: tuple[tuple[str, int], ...]  # (party, count)
    warnings: tuple[str, ...] = ()
    removed_chars: int = 0
    parse_seconds: float = 0.0  # reading the file (OCR included), cleaning, structure and chunking
    embed_seconds: float = 0.0  # its share of the index build's encoding (0 when every vector was reused)
    embedded: int = 0  # passages and units encoded for it (the rest reused from the previous index)


@dataclass(frozen=True)
class Document:
    doc_id: str
    source: str  # file name in corpus/
    text: str  # the original text, never altered
    meta: DocMeta
    sha256: str = ""
    layout: Extracted | None = None  # blocks and pages from the loader (None: plain text)
    load_seconds: float = field(default=0.0, compare=False)  # reading and extracting the file (OCR included)


@dataclass(frozen=True)
class Section:
    """A heading-delimited part of a document, in original offsets."""

    title: str
    path: tuple[str, ...]  # heading path, outermost first
    kind: str  # "section" | "principle" | "commitments" | "definition" | "purpose" | ...
    start: int
    end: int
    principle: str | None = None
    heading_start: int = 0
    heading_end: int = 0


@dataclass(frozen=True)
class Commitment:
    doc_id: str
    source: str
    principle: str | None
    party: str
    section: str
    text: str  # original characters, == file_text[start:end]
    display_text: str  # repaired, whitespace-normalised text
    start: int
    end: int
    form: str = "item"  # "item" (a list item), "cell" (a table cell), "sentence" (said in prose)


@dataclass(frozen=True)
class Unit:
    """A sentence or list item: the smallest citable span."""

    start: int
    end: int
    display_text: str
    kind: str = "sentence"  # "sentence" | "item" | "heading"
    party: str | None = None


@dataclass(frozen=True)
class Chunk:
    chunk_id: str
    doc_id: str
    source: str
    title: str  # document title
    section: str
    section_path: tuple[str, ...]
    kind: str
    principle: str | None
    party: str | None
    start: int
    end: int
    text: str  # original characters
    display_text: str  # repaired text
    units: tuple[Unit, ...] = field(default_factory=tuple)
    n_tokens: int = 0
