"""Candidates: the sentences and items of the passages `Retriever.search` ranks highest.

One ranking in the system: the answer layer does not score the corpus itself; it reads the
units (sentences, list items, table cells) of the top chunks and the neighbours that give
them context. `Corpus` holds what is fixed per index: where each unit is, its vector row, the
words it contains (for lexical features) and its place in its section.
"""

from __future__ import annotations

import bisect
import functools
import math
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from ingest.records import Chunk, Unit
from retrieval.records import Filters
from retrieval.search import Retriever
from retrieval.textproc import tokens

from .question import Question, public_body, vocabulary

TOP_CHUNKS = 24  # chunks read per question


@dataclass(frozen=True)
class Candidate:
    row: int  # row of the unit in the index's unit vectors (-1: a unit without a vector)
    chunk_index: int
    unit_index: int
    chunk: Chunk
    unit: Unit
    hit_rank: int  # the chunk's rank in the search (0: not among the hits, brought in as structure)
    hit_score: float
    hit_dense: float
    cos: float  # the unit's own cosine to the question

    principle: str | None = None  # the unit's principle: the matrix's for a commitment, else its chunk's
    party: str | None = None  # the party committing, when the unit is a commitment

    @property
    def key(self) -> tuple[str, int, int]:
        return self.chunk.doc_id, self.unit.start, self.unit.end


class Corpus:
    """Per-index facts about units, computed once when the answerer opens an index."""

    def __init__(self, retriever: Retriever):
        self.r = retriever
        self.chunks = retriever.chunks
        self.refs = retriever.data.unit_refs
        self.row_of = {ref: row for row, ref in enumerate(self.refs)}
        self.chunk_of_id = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        postings: dict[str, set[tuple[int, int]]] = defaultdict(set)
        self.own_stems: dict[tuple[int, int], frozenset[str]] = {}
        self.unit_at: dict[tuple[str, int, int], tuple[int, int]] = {}  # (doc, start, end) -> position
        self.head_stems: list[frozenset[str]] = []
        self.doc_chunks: dict[str, list[int]] = defaultdict(list)  # a document's chunks, in order
        for ci, c in enumerate(self.chunks):
            self.doc_chunks[c.doc_id].append(ci)
            self.head_stems.append(frozenset(tokens(c.section)))
            for ui, u in enumerate(c.units):
                st = frozenset(tokens(u.display_text))
                self.own_stems[(ci, ui)] = st
                self.unit_at.setdefault((c.doc_id, u.start, u.end), (ci, ui))
                for t in st:
                    postings[t].add((ci, ui))
        # every stem a document has (its units and headings): a word the question asks that the
        # best candidate's whole document lacks is a topic the document does not treat
        doc_stems: dict[str, set[str]] = defaultdict(set)
        for (ci, _), st in self.own_stems.items():
            doc_stems[self.chunks[ci].doc_id].update(st)
        for ci, c in enumerate(self.chunks):
            doc_stems[c.doc_id].update(self.head_stems[ci])
        self.doc_stems = {d: frozenset(st) for d, st in doc_stems.items()}
        # what the commitments matrix says of a unit: a table cell's principle is its row's, not its chunk's
        self.commitment_at: dict[tuple[str, int, int], tuple[str | None, str]] = {}
        for d in retriever.data.documents.values():
            for cm in d.commitments:
                self.commitment_at[(d.doc_id, cm.start, cm.end)] = (cm.principle, cm.party)
        # the kind of public body each document's organisation is ('Södertälje kommun': municipal)
        self.doc_body = {
            d.doc_id: public_body(d.meta.organisation) or public_body(d.meta.title)
            for d in retriever.data.documents.values()
        }
        # the stems of every document's names: they say which document, not what is asked
        self.name_stems = frozenset(t for d in retriever.doc_names for n in d.names for t in tokens(n))
        self.principles_of: dict[str, set[str]] = defaultdict(set)
        for c in self.chunks:
            if c.principle:
                self.principles_of[c.doc_id].add(c.principle)
        for (doc_id, _, _), (principle, _) in self.commitment_at.items():
            if principle:
                self.principles_of[doc_id].add(principle)
        n = max(1, len(self.own_stems))
        self.idf = {t: math.log(1 + n / len(p)) for t, p in postings.items()}
        self.max_idf = math.log(1 + n)
        self.vocab_sorted = sorted(self.idf)
        # caches per index (a class-level cache would keep every replaced index alive)
        self._family = functools.lru_cache(maxsize=8192)(self._family_uncached)
        self._content_stems = functools.lru_cache(maxsize=1024)(self._content_stems_uncached)
        self._weight = functools.lru_cache(maxsize=8192)(self._weight_uncached)

    def family(self, stem: str) -> frozenset[str]:
        return self._family(stem)

    def content_stems(self, text: str) -> tuple[str, ...]:
        """The stems of `text` the corpus has a form of, without document names and the words
        in question.toml's `frame` (the ranker's features and the answerability score both ask)."""
        return self._content_stems(text)

    def _content_stems_uncached(self, text: str) -> tuple[str, ...]:
        frame = frozenset(tokens(vocabulary()["words"]["frame"]))
        return tuple(
            t
            for t in dict.fromkeys(tokens(text))
            if t not in self.name_stems and t not in frame and self.family(t)
        )

    def _family_uncached(self, stem: str) -> frozenset[str]:
        """The corpus stems of the same word family: itself, and for a word of 5+ letters those
        sharing all but its last three letters ('kritiser' ~ 'kritik') or being its prefix."""
        out = {stem} if stem in self.idf else set()
        if len(stem) >= 5:
            head = stem[: max(5, len(stem) - 3)]
            i = bisect.bisect_left(self.vocab_sorted, head)
            while i < len(self.vocab_sorted) and self.vocab_sorted[i].startswith(head):
                out.add(self.vocab_sorted[i])
                i += 1
            out.update(stem[:k] for k in range(5, len(stem)) if stem[:k] in self.idf)
        return frozenset(out)

    def chunk_in(self, doc_id: str, start: int, end: int) -> int | None:
        """The first chunk of a document lying within [start, end)."""
        return next(
            (i for i, c in enumerate(self.chunks) if c.doc_id == doc_id and start <= c.start < end), None
        )

    def has_principle(self, doc_id: str, principle: str) -> bool:
        return principle in self.principles_of.get(doc_id, set())

    def weight(self, stem: str) -> float:
        return self._weight(stem)

    def _weight_uncached(self, stem: str) -> float:
        fam = self.family(stem)
        return max((self.idf[f] for f in fam), default=self.max_idf)

    def after(self, ci: int, ui: int) -> tuple[int, int] | None:
        """The unit after (ci, ui) in the same section, across a chunk boundary."""
        if ui + 1 < len(self.chunks[ci].units):
            return ci, ui + 1
        if ci + 1 >= len(self.chunks):
            return None
        cur, nxt = self.chunks[ci], self.chunks[ci + 1]
        if nxt.doc_id != cur.doc_id or nxt.section != cur.section or not nxt.units:
            return None
        return ci + 1, 0

    def before(self, ci: int, ui: int) -> tuple[int, int] | None:
        if ui > 0:
            return ci, ui - 1
        if ci == 0:
            return None
        prev, cur = self.chunks[ci - 1], self.chunks[ci]
        if prev.doc_id != cur.doc_id or prev.section != cur.section or not prev.units:
            return None
        return ci - 1, len(prev.units) - 1

    def candidate(
        self,
        ci: int,
        ui: int,
        qvec: np.ndarray,
        hit_rank: int = 0,
        hit_score: float = 0.0,
        hit_dense: float = 0.0,
    ) -> Candidate:
        row = self.row_of.get((ci, ui), -1)
        cos = float(self.r.data.unit_vectors[row] @ qvec[0]) if row >= 0 else hit_dense
        c = self.chunks[ci]
        u = c.units[ui]
        principle, party = self.commitment_at.get((c.doc_id, u.start, u.end), (c.principle, u.party))
        return Candidate(
            row, ci, ui, c, u, hit_rank, hit_score, hit_dense, cos, principle or c.principle, party or u.party
        )


def gather(corpus: Corpus, q: Question, qvec: np.ndarray, flt: Filters) -> list[Candidate]:
    """The units of the top chunks for the question, best chunk first, with their cosines."""
    # a follow-up carries the earlier question: the two together are cut to the question limit
    hits = corpus.r.search(
        q.search_text[: corpus.r.max_question_chars],
        k=TOP_CHUNKS,
        filters=flt,
        mode="full",
        info=q.info,
        qvec=qvec,
    )
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    for h in hits:
        ci = corpus.chunk_of_id[h.chunk.chunk_id]
        for ui, u in enumerate(h.chunk.units):
            if u.kind == "heading" or (ci, ui) in seen:
                continue
            seen.add((ci, ui))
            out.append(corpus.candidate(ci, ui, qvec, h.rank, h.score, h.dense))
    return out
