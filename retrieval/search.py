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
# Above this many chunks, sentences are scored only in the chunks that the dense and BM25 lists
# (or a named document or principle) put near the top, so a query's cost stops growing with the
# corpus; at or below it every sentence is scored, exactly as before.
UNIT_LIST_ALL = 2048
UNIT_LIST_POOL = 512  # chunks taken from the top of each list when the pool is restricted


RANK_DEPTH = 2048  # above UNIT_LIST_ALL chunks, a list ranks its top this many; the rest tie below


def top_order(scores: np.ndarray, k: int) -> np.ndarray:
    """The indices of the k highest scores, best first, ties by index: the first k of a stable
    argsort of -scores, without sorting the whole array."""
    n = len(scores)
    if k >= n:
        return np.argsort(-scores, kind="stable")
    neg = -scores
    kth = np.partition(neg, k - 1)[k - 1]
    cand = np.flatnonzero(neg <= kth)  # every tie at the boundary, in index order
    return cand[np.argsort(neg[cand], kind="stable")][:k]


def rrf_ranks(scores: np.ndarray, exact: bool) -> np.ndarray:
    """1-based ranks of a list; when not exact, ranks past RANK_DEPTH are all RANK_DEPTH + 1."""
    n = len(scores)
    ranks = np.empty(n, dtype="int64")
    if exact or n <= RANK_DEPTH:
        ranks[np.argsort(-scores, kind="stable")] = np.arange(1, n + 1)
        return ranks
    ranks.fill(RANK_DEPTH + 1)
    ranks[top_order(scores, RANK_DEPTH)] = np.arange(1, RANK_DEPTH + 1)
    return ranks


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
        self._unit_bounds: np.ndarray | None = None  # per chunk, its units' [start, end) rows
        # per chunk, as arrays: the query boosts are one vector operation, not a loop over the corpus
        self._chunk_doc = np.array([c.doc_id for c in self.chunks], dtype=object)
        self._chunk_principle = np.array([c.principle or "" for c in self.chunks], dtype=object)
        self._chunk_party = np.array([c.party or "" for c in self.chunks], dtype=object)
        self._chunk_kind = np.array([c.kind for c in self.chunks], dtype=object)

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
        found = ids[0] >= 0
        scores[ids[0][found]] = sims[0][found]
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
        exact = n <= UNIT_LIST_ALL
        for arr in (dense, sparse):
            ranks = rrf_ranks(arr, exact)
            valid = arr > (0 if arr is sparse else -1)
            fused += np.where(valid, 1.0 / (RRF_K + ranks), 0.0)
        if mode == "full":
            boosts = self._boosts(info)
            fused += boosts
            # a third ranked list: each chunk by its best sentence or item (a long chunk is not diluted)
            q = qvec if qvec is not None else self.encode_query(question)
            pool = None
            if n > UNIT_LIST_ALL:
                top = min(UNIT_LIST_POOL, n - 1)
                pool = np.union1d(np.argpartition(-dense, top)[:top], np.argpartition(-sparse, top)[:top])
                pool = np.union1d(pool, np.flatnonzero(boosts >= BOOST_PRINCIPLE))
            lists = [(self.best_unit_scores(q, pool), UNIT_LIST_WEIGHT)]
            for best, weight in lists:
                if best is None:
                    continue
                fused += weight / (RRF_K + rrf_ranks(best, exact))
        return fused, dense, sparse

    def best_unit_scores(self, qvec: np.ndarray, pool: np.ndarray | None = None) -> np.ndarray | None:
        """Per chunk, its best sentence's cosine; with a pool of chunk indices, only those chunks'
        sentences are scored (the others get -inf)."""
        uv = self.data.unit_vectors
        if not len(uv):
            return None
        if pool is None:
            return self._best_per_chunk(uv @ qvec[0])
        if self._unit_starts is None or not len(pool):
            return self._best_per_chunk(uv @ qvec[0])
        if self._unit_bounds is None:
            ends = np.r_[self._unit_starts[1:], len(self._unit_chunk)]
            bounds = np.full((len(self.chunks), 2), 0, dtype="int64")
            bounds[self._unit_chunk[self._unit_starts], 0] = self._unit_starts
            bounds[self._unit_chunk[self._unit_starts], 1] = ends
            self._unit_bounds = bounds
        b = self._unit_bounds[pool]
        lengths = b[:, 1] - b[:, 0]
        keep = lengths > 0
        pool, b, lengths = pool[keep], b[keep], lengths[keep]
        best = np.full(len(self.chunks), -np.inf, dtype="float64")
        if not len(pool):
            return best
        rows = np.repeat(b[:, 0] - np.r_[0, np.cumsum(lengths)[:-1]], lengths) + np.arange(lengths.sum())
        scores = uv[rows] @ qvec[0]
        best[pool] = np.maximum.reduceat(scores, np.r_[0, np.cumsum(lengths)[:-1]])
        return best

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
        if not len(b):
            return b
        if info.documents:
            b += BOOST_DOCUMENT * np.isin(self._chunk_doc, list(info.documents))
        if info.principles:
            b += BOOST_PRINCIPLE * np.isin(self._chunk_principle, list(info.principles))
        # a party and a principle named together ask for commitments, however the question is phrased
        if info.intent == "obligation" or (info.parties and info.principles):
            is_commitments = self._chunk_kind == "commitments"
            b += BOOST_INTENT * is_commitments
            if info.parties:
                b += BOOST_PARTY * (is_commitments & np.isin(self._chunk_party, list(info.parties)))
        elif info.intent in ("definition", "principle_list"):
            b += BOOST_INTENT * (self._chunk_kind == info.intent)
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
        allowed = np.ones(len(self.chunks), dtype=bool)
        if flt.document:
            allowed &= self._chunk_doc == flt.document
        if flt.principle:
            allowed &= self._chunk_principle == flt.principle
        if flt.party:
            allowed &= self._chunk_party == flt.party
        pool = np.flatnonzero(allowed)
        hits: list[Hit] = []
        for i in pool[top_order(fused[pool], k)]:
            c = self.chunks[i]
            hits.append(Hit(c, float(fused[i]), len(hits) + 1, float(dense[i]), float(sparse[i])))
            if len(hits) >= k:
                break
        return hits
