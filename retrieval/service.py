"""The one API the CLI, the HTTP service, the UI (via HTTP) and eval use.

`Service` is built from a `Settings` object made at the edge; it owns the encoder and the
loaded index, and swaps in a new index after a rebuild without dropping queries: a request
holds a reference to the `Retriever` it started with, a rebuild replaces the reference.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.errors import IndexMissing, IngestError
from ingest.pipeline import Failure, load_corpus, process

from .answer import Answerer
from .index import build_index, corpus_hash, load_index, read_manifest
from .records import Answer, Filters, Hit
from .search import Retriever
from .settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IngestReport:
    documents: int
    chunks: int
    failures: tuple[Failure, ...]
    rebuilt: bool
    index_path: str
    embedded: int = 0


class _State:
    def __init__(self, retriever: Retriever, answerer: Answerer):
        self.retriever = retriever
        self.answerer = answerer


class Service:
    def __init__(self, settings: Settings, encoder: Any = None):
        self.settings = settings
        self._encoder = encoder
        self._state: _State | None = None
        self._lock = threading.Lock()  # guards loading/swapping only, never held during a query

    # ------------------------------------------------------------------ loading
    @property
    def encoder(self):
        if self._encoder is None:
            import torch

            from .embedder import load_encoder

            # one intra-op thread: a short query is faster on one core than split across two that
            # are busy (concurrent requests, the UI); parallelism comes from concurrent requests
            torch.set_num_threads(self.settings.torch_threads)

            self._encoder = load_encoder(
                self.settings.model,
                self.settings.cache_dir,
                query_prompt=self.settings.query_prompt,
                passage_prompt=self.settings.passage_prompt,
            )
        return self._encoder

    def state(self) -> _State:
        st = self._state
        if st is not None:
            return st
        with self._lock:
            if self._state is None:
                try:
                    data = load_index(self.settings.data_dir, self.encoder.name)
                except IndexMissing:
                    log.info("no index yet: building it")
                    self.ingest()
                    data = load_index(self.settings.data_dir, self.encoder.name)
                r = Retriever(data, self.encoder, self.settings.max_question_chars)
                self._state = _State(r, Answerer(r, self.settings.min_similarity))
            return self._state

    @property
    def retriever(self) -> Retriever:
        return self.state().retriever

    def reload(self) -> None:
        data = load_index(self.settings.data_dir, self.encoder.name)
        r = Retriever(data, self.encoder, self.settings.max_question_chars)
        new = _State(r, Answerer(r, self.settings.min_similarity))
        with self._lock:
            self._state = new  # atomic reference swap: running queries keep the old state

    # ------------------------------------------------------------------ ingest
    def ingest(
        self,
        corpus_dir: Path | None = None,
        force: bool = False,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> IngestReport:
        corpus = corpus_dir or self.settings.corpus_dir
        docs, failures = load_corpus(corpus)
        if not docs:
            raise IngestError(
                f"no document in {corpus} could be ingested"
                + (f" ({'; '.join(f.reason for f in failures)})" if failures else "")
            )
        chash = corpus_hash(docs)
        root = self.settings.data_dir
        if not force:
            try:
                man = read_manifest(root)
                if (
                    man.get("corpus_hash") == chash
                    and man.get("model") == self.encoder.name
                    and man.get("chunking", {}).get("max_tokens") == self.settings.chunk_tokens
                    and man.get("faiss_index") == self.settings.faiss_index
                ):
                    load_index(root, self.encoder.name)  # verify it is readable, else rebuild
                    return IngestReport(len(docs), man["chunks"], tuple(failures), False,
                                        str((root / "index").resolve()))
            except Exception:
                pass
        done = [0]

        def doc_progress(source: str) -> None:
            done[0] += 1
            if progress:
                progress(source, done[0], len(docs))

        processed, more = process(docs, self.settings.chunk_tokens, doc_progress)
        failures += more
        if not processed:
            raise IngestError(f"no document in {corpus} could be processed: {'; '.join(f.reason for f in failures)}")
        import os

        import torch

        encoder = self.encoder  # loaded first: loading sets the query thread count
        # a batch build uses every core; queries go back to the configured thread count afterwards
        torch.set_num_threads(max(self.settings.torch_threads, os.cpu_count() or 1))
        try:
            path = build_index(
                processed,
                encoder,
                root,
                chunk_tokens=self.settings.chunk_tokens,
                faiss_kind=self.settings.faiss_index,
                progress=(lambda a, b: progress("embedding", a, b)) if progress else None,
            )
        except OSError as e:  # a full disk, a read-only folder: build_index has removed its half-written folder
            raise IngestError(
                f"cannot write the index under {root}: {e.strerror or e} (errno {e.errno}); free space or fix "
                "permissions, then run `overens ingest` again (the previous index is still in use)"
            ) from e
        finally:
            torch.set_num_threads(self.settings.torch_threads)
        man = read_manifest(root)
        if self._state is not None:
            self.reload()
        return IngestReport(len(processed), man["chunks"], tuple(failures), True, str(path), man.get("embedded", 0))

    # ------------------------------------------------------------------ queries
    def ask(self, question: str, history: list[str] | None = None, filters: Filters | None = None) -> Answer:
        return self.state().answerer.answer(question, history or [], filters)

    def search(self, query: str, k: int = 10, filters: Filters | None = None, mode: str = "full") -> list[Hit]:
        k = min(k, self.settings.max_k)
        return self.state().retriever.search(query, k, filters, mode=mode)

    def documents(self) -> list[dict]:
        return [doc_summary(d) for d in self.retriever.documents()]

    def document(self, doc_id: str) -> dict:
        d = self.retriever.document(doc_id)
        out = doc_summary(d)
        out.update(
            text=d.text,
            clean_text=d.clean_text,
            sections=[
                {"title": s.title, "path": list(s.path), "kind": s.kind, "start": s.start, "end": s.end,
                 "principle": s.principle}
                for s in d.sections
            ],
        )
        return out

    def commitments(self, filters: Filters | None = None) -> list[dict]:
        r = self.retriever
        flt = r.check_filters(filters)
        out = []
        for d in r.documents():
            if flt.document and d.doc_id != flt.document:
                continue
            for c in d.commitments:
                if flt.principle and c.principle != flt.principle:
                    continue
                if flt.party and c.party != flt.party:
                    continue
                row = dataclasses.asdict(c)
                out.append({k: row[k] for k in COMMITMENT_FIELDS})
        return out

    def health(self) -> dict:
        r = self.retriever
        return {"status": "ok", "documents": len(r.data.documents), "chunks": len(r.chunks),
                "model": r.data.manifest.get("model")}


COMMITMENT_FIELDS = ("doc_id", "source", "principle", "party", "section", "text", "display_text", "start", "end")


def commitments_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(COMMITMENT_FIELDS), lineterminator="\n")
    w.writeheader()
    for row in rows:
        w.writerow(row)
    return buf.getvalue()


def doc_summary(d) -> dict:
    return {
        "doc_id": d.doc_id,
        "source": d.source,
        "title": d.meta.title,
        "organisation": d.meta.organisation,
        "kind": d.meta.kind,
        "date": d.meta.date,
        "place": d.meta.place,
    }


def answer_json(a: Answer) -> dict:
    return {
        "question": a.question,
        "language": a.language,
        "answer": a.answer,
        "abstained": a.abstained,
        "reason": a.reason,
        "citations": [dataclasses.asdict(c) for c in a.citations],
    }


def hit_json(h: Hit) -> dict:
    c = h.chunk
    return {
        "rank": h.rank,
        "score": round(h.score, 6),
        "doc_id": c.doc_id,
        "source": c.source,
        "title": c.title,
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "display_text": c.display_text,
        "section": c.section,
        "principle": c.principle,
        "party": c.party,
        "kind": c.kind,
        "dense": round(h.dense, 6),
        "bm25": round(h.bm25, 6),
    }

