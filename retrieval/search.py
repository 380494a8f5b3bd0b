"""Hybrid search: FAISS (dense) and BM25 fused by reciprocal rank fusion, with query boosts."""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from ingest.errors import BadFilter, BadQuestion, NotFound
from ingest.records import PARTIES
from ingest.vocab import PRINCIPLES, fold, principle_id

from .index import Encoder, IndexData, StoredDocument, load_index
from .query import DocNames, detect_language, topic, understand
from .records import Filters, Hit, QueryInfo
from .textproc import tokens

log = logging.getLogger(__name__)

RRF_K = 60
MODES = ("full", "hybrid", "dense", "bm25")
# boosts added to the fused score (one RRF rank-1 term is 1/61 ~ 0.016)
BOOST_DOCUMENT = 0.02
BOOST_PRINCIPLE = 0.012
BOOST_PARTY = 0.006
BOOST_INTENT = 0.004
UNIT_LIST_WEIGHT = 1.0  # weight of the best-sentence ranking in the fusion (2.0 tried: lower MRR)


class Retriever:
    """Search over one loaded index. Thread-safe: the index is read-only once loaded."""

    def __init__(self, data: IndexData, encoder: Encoder, max_question_chars: int = 1000):
        self.data = data
        self.encoder = encoder
        self.max_question_chars = max_question_chars
        self.chunks = data.chunks
        self._query_cache: dict[str, np.ndarray] = {}  # insertion-ordered: the oldest is evicted first
        self.doc_names = [
            DocNames(
                d.doc_id,
                tuple(n for n in (d.meta.place, d.meta.organisation, d.doc_id, *d.meta.aliases) if n),
            )
            for d in data.documents.values()
        ]
        vocab: set[str] = set()
        spellings: dict[str, Counter[str]] = defaultdict(Counter)
        for d in data.documents.values():
            words = re.findall(r"[A-Za-zÅÄÖåäöé]+", d.clean_text)
            vocab.update(fold(w) for w in words)
            for w in words:
                spellings[fold(w.lower())][w.lower()] += 1
            vocab.update(
                fold(n) for n in (d.meta.place, d.meta.organisation, *d.meta.aliases) for n in n.split()
            )
        self.vocab = vocab
        # a word written without å/ä/ö -> the documents' usual spelling of it ('hallbarhet' -> 'hållbarhet')
        self.spelling = {
            f: c.most_common(1)[0][0] for f, c in spellings.items() if c.most_common(1)[0][0] != f
        }
        self._unit_chunk = np.array([ci for ci, _ in data.unit_refs], dtype="int64")
        # where each chunk's run of units starts (None when the units are not in chunk order)
        ordered = bool(np.all(np.diff(self._unit_chunk) >= 0)) if len(self._unit_chunk) else False
        self._unit_starts = np.flatnonzero(np.r_[True, np.diff(self._unit_chunk) > 0]) if ordered else None

    @classmethod
    def open(cls, index_root: Path, encoder: Encoder, max_question_chars: int = 1000) -> Retriever:
        return cls(load_index(index_root, encoder.name), encoder, max_question_chars)

    # ------------------------------------------------------------------ helpers
    def documents(self) -> list[StoredDocument]:
        return list(self.data.documents.values())

    def document(self, doc_id: str) -> StoredDocument:
        resolved = self.resolve_document(doc_id)
        return self.data.documents[resolved]

    def resolve_document(self, value: str) -> str:
        """A document id, file name or place name -> doc_id; unknown -> BadFilter/NotFound."""
        if value in self.data.documents:
            return value
        f = fold(value)
        for d in self.data.documents.values():
            if f in (fold(d.source), fold(d.doc_id), fold(d.meta.place)) or f in (
                fold(a) for a in d.meta.aliases
            ):
                return d.doc_id
        known = ", ".join(sorted(self.data.documents))
        raise NotFound(f"unknown document '{value}'; known documents: {known}")

    def check_filters(self, filters: Filters | None) -> Filters:
        if filters is None:
            return Filters()
        doc = None
        if filters.document:
            try:
                doc = self.resolve_document(filters.document)
            except NotFound as e:
                raise BadFilter(str(e)) from e
        principle = None
        if filters.principle:
            principle = principle_id(filters.principle)
            known = set(PRINCIPLES) | {c.principle for c in self.chunks if c.principle}
            if principle not in known:
                raise BadFilter(f"unknown principle '{filters.principle}'; known: {', '.join(sorted(known))}")
        party = None
        if filters.party:
            party = filters.party.strip().lower()
            if party not in PARTIES:
                raise BadFilter(f"unknown party '{filters.party}'; use one of: {', '.join(PARTIES)}")
        return Filters(doc, principle, party)

    def check_question(self, question: str) -> str:
        if not isinstance(question, str) or not question.strip():
            raise BadQuestion("the question is empty; write a question, e.g. 'Vad åtar sig kommunen?'")
        if len(question) > self.max_question_chars:
            raise BadQuestion(
                f"the question is {len(question)} characters; "
                f"the limit is {self.max_question_chars}: shorten it"
            )
        if not re.search(r"\w", question):
            raise BadQuestion("the question has no words; write a question in Swedish or English")
        return question.strip()

    def understand(self, question: str) -> QueryInfo:
        return understand(question, self.doc_names, self.vocab)

    def restore_spelling(self, text: str) -> str:
        """A Swedish question typed without å/ä/ö, with the documents' spelling of its words put back
        ('vad menas med hallbarhet' -> 'vad menas med hållbarhet'): the embedding model reads the
        question as written, and 'hallbarhet' is not the word it knows. English is left alone."""
        if detect_language(text) != "sv":
            return text

        def put_back(m: re.Match) -> str:
            w = m.group()
            restored = self.spelling.get(w.lower())
            if restored is None:
                return w
            return restored.capitalize() if w[0].isupper() else restored

        return re.sub(r"\b[A-Za-z]+\b", put_back, text)

    # ------------------------------------------------------------------ scoring
    def clear_cache(self) -> None:
        """Forget cached query embeddings (benchmarks measure cold queries)."""
        self._query_cache.clear()

    def encode_query(self, query: str) -> np.ndarray:
        """The query's embedding; repeated questions (example buttons, batch re-runs) come from a cache."""
        cached = self._query_cache.get(query)
        if cached is None:
            cached = np.asarray(self.encoder.encode_queries([query]), dtype="float32")
            cached.setflags(write=False)
            try:
                if len(self._query_cache) >= 2048:
                    self._query_cache.pop(next(iter(self._query_cache)))
            except (KeyError, StopIteration, RuntimeError):  # another thread evicted it first
                pass
            self._query_cache[query] = cached
        return cached

    def dense_scores(self, query: str, qvec: np.ndarray | None = None) -> np.ndarray:
        q = qvec if qvec is not None else self.encode_query(query)
        n = len(self.chunks)
        scores = np.full(n, -1.0, dtype="float32")
        if n == 0:
            return scores
        k = n if self.data.manifest.get("faiss_index") not in ("hnsw", "ivf") else min(n, 256)
        sims, ids = self.data.faiss_index.search(q, k)
        for s, i in zip(sims[0], ids[0], strict=False):
            if i >= 0:
                scores[i] = s
        return scores

    def bm25_scores(self, query: str) -> np.ndarray:
        toks = tokens(query)
        if not toks:
            return np.zeros(len(self.chunks), dtype="float32")
        vocab = getattr(self.data.bm25, "vocab_dict", None) or {}
        toks = [t for t in toks if t in vocab] if vocab else toks
        if not toks:
            return np.zeros(len(self.chunks), dtype="float32")
        return np.asarray(self.data.bm25.get_scores(toks), dtype="float32")

    def score_all(
        self, question: str, info: QueryInfo, mode: str = "full", qvec: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        n = len(self.chunks)
        dense = self.dense_scores(question, qvec) if mode != "bm25" else np.zeros(n, dtype="float32")
        sparse = self.bm25_scores(question) if mode != "dense" else np.zeros(n, dtype="float32")
        if mode == "dense":
            return dense.copy(), dense, sparse
        if mode == "bm25":
            return sparse.copy(), dense, sparse
        fused = np.zeros(n, dtype="float64")
        for arr in (dense, sparse):
            order = np.argsort(-arr, kind="stable")
            ranks = np.empty(n, dtype="int64")
            ranks[order] = np.arange(1, n + 1)
            valid = arr > (0 if arr is sparse else -1)
            fused += np.where(valid, 1.0 / (RRF_K + ranks), 0.0)
        if mode == "full":
            fused += self._boosts(info)
            # a third ranked list: each chunk by its best sentence or item (a long chunk is not diluted)
            q = qvec if qvec is not None else self.encode_query(question)
            lists = [(self.best_unit_scores(q), UNIT_LIST_WEIGHT)]
            for best, weight in lists:
                if best is None:
                    continue
                order = np.argsort(-best, kind="stable")
                ranks = np.empty(n, dtype="int64")
                ranks[order] = np.arange(1, n + 1)
                fused += weight / (RRF_K + ranks)
        return fused, dense, sparse

    def best_unit_scores(self, qvec: np.ndarray) -> np.ndarray | None:
        uv = self.data.unit_vectors
        if not len(uv):
            return None
        return self._best_per_chunk(uv @ qvec[0])

    def _best_per_chunk(self, unit_scores: np.ndarray) -> np.ndarray:
        best = np.full(len(self.chunks), -np.inf, dtype="float64")
        if not len(unit_scores):
            return best
        if self._unit_starts is None:  # units out of chunk order (not how an index is written)
            np.maximum.at(best, self._unit_chunk, unit_scores)
            return best
        # units are stored chunk by chunk: one reduction per run of a chunk's units
        best[self._unit_chunk[self._unit_starts]] = np.maximum.reduceat(unit_scores, self._unit_starts)
        return best

    def _boosts(self, info: QueryInfo) -> np.ndarray:
        b = np.zeros(len(self.chunks), dtype="float64")
        for i, c in enumerate(self.chunks):
            if info.documents and c.doc_id in info.documents:
                b[i] += BOOST_DOCUMENT
            if info.principles and c.principle in info.principles:
                b[i] += BOOST_PRINCIPLE
            # a party and a principle named together ask for commitments, however the question is phrased
            if info.intent == "obligation" or (info.parties and info.principles):
                if c.kind == "commitments":
                    b[i] += BOOST_INTENT
                    if info.parties and c.party in info.parties:
                        b[i] += BOOST_PARTY
            elif info.intent == "definition" and c.kind == "definition":
                b[i] += BOOST_INTENT
            elif info.intent == "principle_list" and c.kind == "principle_list":
                b[i] += BOOST_INTENT
        return b

    # ------------------------------------------------------------------ API
    def search(
        self,
        query: str,
        k: int = 10,
        filters: Filters | None = None,
        mode: str = "full",
        info: QueryInfo | None = None,
        qvec: np.ndarray | None = None,
    ) -> list[Hit]:
        query = self.check_question(query)
        flt = self.check_filters(filters)
        if mode not in MODES:
            raise BadFilter(f"unknown search mode '{mode}'; use one of {MODES}")
        if k < 1:
            raise BadFilter(f"k must be at least 1, got {k}")
        if mode == "full" and qvec is None:
            query = self.restore_spelling(query)
        info = info or self.understand(query)
        if mode == "full" and info.intent == "comparison" and qvec is None:
            query = topic(query)  # 'Vilka dokument tar upp upphandling?' is matched as 'upphandling?'
        fused, dense, sparse = self.score_all(query, info, mode, qvec)
        order = np.argsort(-fused, kind="stable")
        hits: list[Hit] = []
        for i in order:
            c = self.chunks[i]
            if flt.document and c.doc_id != flt.document:
                continue
            if flt.principle and c.principle != flt.principle:
                continue
            if flt.party and c.party != flt.party:
                continue
            hits.append(Hit(c, float(fused[i]), len(hits) + 1, float(dense[i]), float(sparse[i])))
            if len(hits) >= k:
                break
        return hits
