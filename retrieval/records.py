"""Records of the retrieval stage."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.records import Chunk


@dataclass(frozen=True)
class Filters:
    document: str | None = None
    principle: str | None = None
    party: str | None = None


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    rank: int
    dense: float = 0.0
    bm25: float = 0.0
    page: int | None = None  # the page the chunk starts on, for a paged document (PDF)


@dataclass(frozen=True)
class QueryInfo:
    """What was recognised in a question (used as boosts and by the answer layer)."""

    text: str
    language: str  # "sv" | "en"
    principles: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    unknown_places: tuple[str, ...] = ()
    intent: str = "fact"  # obligation | definition | principle_list | fact | comparison
    all_documents: bool = False


@dataclass(frozen=True)
class Citation:
    n: int
    doc_id: str
    source: str
    title: str
    start: int
    end: int
    text: str
    display_text: str
    section: str
    principle: str | None
    party: str | None
    score: float
    page: int | None = None  # 1-based page of `start` in a paged document (PDF); None otherwise


@dataclass(frozen=True)
class Answer:
    question: str
    language: str
    answer: str
    abstained: bool
    reason: str | None
    citations: tuple[Citation, ...] = field(default_factory=tuple)
    query: QueryInfo | None = None
