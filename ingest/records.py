"""Small typed records that cross module borders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Party = Literal["public", "civil_society", "joint"]
PARTIES: tuple[str, ...] = ("public", "civil_society", "joint")


@dataclass(frozen=True)
class DocMeta:
    doc_id: str
    title: str
    organisation: str = ""
    kind: str = ""  # "policy" | "överenskommelse"
    date: str | None = None  # ISO date where the text gives one
    place: str = ""  # municipality / region the document is about, e.g. "Södertälje"
    aliases: tuple[str, ...] = ()  # other names users may use for the place/organisation


@dataclass(frozen=True)
class Document:
    doc_id: str
    source: str  # file name in corpus/
    text: str  # the original text, never altered
    meta: DocMeta
    sha256: str = ""


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
