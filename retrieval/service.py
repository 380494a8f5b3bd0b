"""The one API the CLI, the HTTP service, the UI (via HTTP) and eval use.

`Service` is built from a `Settings` object made at the edge; it owns the encoder and the
loaded index, and swaps in a new index after a rebuild without dropping queries: a request
holds a reference to the `Retriever` it started with, a rebuild replaces the reference.

`Service.add_document` drops one file into the corpus (`overens add`, `POST /documents`): the
loader checks it first, it is written under a safe name by rename, and it is taken out again
if the re-index does not take it, so the corpus and the index never hold half an addition.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import shutil
import tempfile
import threading
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.errors import (
    FileConflict,
    FileTooLarge,
    IndexMissing,
    IngestError,
    OverensError,
    UnsupportedFileType,
)
from ingest.load import SUPPORTED, load, read_metadata
from ingest.pipeline import Failure, load_corpus, process
from ingest.records import DocReport

from .contract import (  # noqa: F401 - re-exported: callers import the contract's shapes from the service
    COMMITMENT_FIELDS,
    answer_json,
    commitments_csv,
    doc_summary,
    hit_json,
    report_json,
    with_pages,
)
from .index import build_index, corpus_hash, load_index, read_manifest
from .records import Answer, Filters, Hit
from .search import Retriever
from .settings import Settings

log = logging.getLogger(__name__)


MAX_NAME_CHARS = 100


def safe_filename(name: str) -> str:
    """The corpus file name for an uploaded or added file: its last path part only, folded to ASCII
    letters, digits, '.', '_' and '-', no leading dot (a hidden file would not be ingested), at most
    MAX_NAME_CHARS, the extension kept (lower-cased). 'Överenskommelse Örebro 2024.PDF' ->
    'Overenskommelse_Orebro_2024.pdf'; '../../etc/x.txt' -> 'x.txt'.
    Raises UnsupportedFileType when the extension is not one ingest reads."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    suffix = f".{ext.lower()}" if ext else ""
    if suffix not in SUPPORTED:
        raise UnsupportedFileType(
            f"{name!r}: unsupported file type '{suffix or '(no extension)'}'; "
            f"supported: {', '.join(SUPPORTED)}"
        )
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._-")
    stem = re.sub(r"_{2,}", "_", stem)[: MAX_NAME_CHARS - len(suffix)].rstrip("._-") or "document"
    return stem + suffix


@dataclass(frozen=True)
class IngestReport:
    documents: int
    chunks: int
    failures: tuple[Failure, ...]
    rebuilt: bool
    index_path: str
    embedded: int = 0
    reports: tuple[DocReport, ...] = ()  # what was understood of each indexed file, in corpus order


def _torch_for_batch(encoder: Any, query_threads: int) -> Callable[[], None] | None:
    """A torch encoder builds an index on every core; returns what puts the query thread count back.
    (The onnx encoder spreads a batch over the cores itself.)"""
    from .embedder import SentenceTransformerEncoder

    if not isinstance(getattr(encoder, "encoder", encoder), SentenceTransformerEncoder):
        return None
    import torch

    torch.set_num_threads(max(query_threads, os.cpu_count() or 1))
    return lambda: torch.set_num_threads(query_threads)


class _State:
    def __init__(self, retriever: Retriever, answerer: Any):
        self.retriever = retriever
        self.answerer = answerer


class Service:
    def __init__(self, settings: Settings, encoder: Any = None):
        self.settings = settings
        self._encoder = encoder
        self._state: _State | None = None
        self._lock = threading.Lock()  # guards loading/swapping only, never held during a query
        self._add_lock = threading.Lock()  # one addition at a time: each checks names against the last
        self._follow_lock = threading.Lock()
        self._checked_at = 0.0

    # ------------------------------------------------------------------ loading
    @property
    def encoder(self):
        if self._encoder is None:
            from .batching import QueryBatcher
            from .embedder import load_encoder, onnx_available

            s = self.settings
            backend = s.encoder
            if backend.startswith("onnx") and "encoder" not in s.model_fields_set and not onnx_available():
                log.warning(
                    "onnxruntime is not installed: encoding with torch (pip install onnxruntime onnx)"
                )
                backend = "torch"
            if backend == "torch":
                import torch

                # one intra-op thread: a short query is faster on one core than split across two that
                # are busy (concurrent requests, the UI); parallelism comes from concurrent requests
                torch.set_num_threads(s.torch_threads)
            cores = s.encode_workers or os.cpu_count() or 1
            encoder = load_encoder(
                s.model,
                s.cache_dir,
                query_prompt=s.query_prompt,
                passage_prompt=s.passage_prompt,
                backend=backend,
                workers=cores,
            )
            # the torch model encodes one call at a time (a lock): one worker; onnx: one per core
            self._encoder = QueryBatcher(
                encoder,
                workers=1 if backend == "torch" else cores,
                max_pending=s.max_pending_queries,
                window_ms=s.batch_window_ms,
            )
        return self._encoder

    def state(self) -> _State:
        st = self._state
        if st is not None:
            if self.settings.follow_index:
                self._follow_index(st)
            return self._state or st
        with self._lock:
            if self._state is None:
                try:
                    data = load_index(self.settings.data_dir, self.encoder.name)
                except IndexMissing:
                    log.info("no index yet: building it")
                    self.ingest()
                    data = load_index(self.settings.data_dir, self.encoder.name)
                r = Retriever(data, self.encoder, self.settings.max_question_chars)
                self._state = _State(r, self._answerer(r))
            return self._state

    def _answerer(self, r: Retriever) -> Any:
        from answer import Answerer

        return Answerer(r, min_answerability=self.settings.min_answerability)

    def _follow_index(self, st: _State) -> None:
        """Serve the index `data_dir/index` points at now, when another process has swapped it in
        (several `overens serve` processes share one index folder). Checked at most once a second;
        one thread reloads while the others go on with the state they hold."""
        now = time.monotonic()
        if now - self._checked_at < 1.0 or not self._follow_lock.acquire(blocking=False):
            return
        try:
            self._checked_at = now
            try:
                target = (self.settings.data_dir / "index").resolve(strict=True)
            except OSError:
                return  # no link (a rebuild in progress, or removed): keep serving what is loaded
            if target != st.retriever.data.path:
                log.info("the index now points at %s: loading it", target)
                try:
                    self.reload()
                except OverensError as e:
                    log.warning(
                        "cannot load the new index %s (%s): still serving %s",
                        target,
                        e,
                        st.retriever.data.path,
                    )
        finally:
            self._follow_lock.release()

    @property
    def retriever(self) -> Retriever:
        return self.state().retriever

    def reload(self) -> None:
        data = load_index(self.settings.data_dir, self.encoder.name)
        r = Retriever(data, self.encoder, self.settings.max_question_chars)
        new = _State(r, self._answerer(r))
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
                    data = load_index(root, self.encoder.name)  # verify it is readable, else rebuild
                    stored = sorted(data.documents.values(), key=lambda d: d.source)
                    # an index from before per-document reports is rebuilt once to have them
                    if all(d.report is not None for d in stored):
                        return IngestReport(
                            len(docs),
                            man["chunks"],
                            tuple(failures),
                            False,
                            str((root / "index").resolve()),
                            reports=tuple(d.report for d in stored if d.report),
                        )
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
            raise IngestError(
                f"no document in {corpus} could be processed: {'; '.join(f.reason for f in failures)}"
            )
        encoder = self.encoder  # loaded first: loading sets the query thread count
        torch_threads = _torch_for_batch(encoder, self.settings.torch_threads)
        spent: dict[str, tuple[float, int]] = defaultdict(lambda: (0.0, 0))
        try:
            path = build_index(
                processed,
                encoder,
                root,
                chunk_tokens=self.settings.chunk_tokens,
                faiss_kind=self.settings.faiss_index,
                progress=(lambda a, b: progress("embedding", a, b)) if progress else None,
                spent=spent,
            )
        except (
            OSError
        ) as e:  # a full disk, a read-only folder: build_index has removed its half-written folder
            raise IngestError(
                f"cannot write the index under {root}: {e.strerror or e} (errno {e.errno}); "
                "free space or fix "
                "permissions, then run `overens ingest` again (the previous index is still in use)"
            ) from e
        finally:
            if torch_threads is not None:
                torch_threads()
        man = read_manifest(root)
        if self._state is not None:
            self.reload()
        # the reports with each document's share of the encoding time, as the index stores them
        reports = tuple(
            dataclasses.replace(
                p.report, embed_seconds=round(spent[p.doc.doc_id][0], 3), embedded=spent[p.doc.doc_id][1]
            )
            for p in processed
            if p.report
        )
        return IngestReport(
            len(processed), man["chunks"], tuple(failures), True, str(path), man.get("embedded", 0), reports
        )

    # ------------------------------------------------------------------ adding a document
    def add_file(self, path: Path, replace: bool = False) -> DocReport:
        """`overens add FILE`: the file at `path`, added as `add_document` adds bytes."""
        name = safe_filename(path.name)  # the type first: no point reading an unsupported file
        if not path.is_file():
            raise IngestError(f"{path}: no such file; give the path of a {'/'.join(SUPPORTED)} file")
        size = path.stat().st_size
        self._check_size(name, size)
        return self.add_document(path.name, path.read_bytes(), replace=replace)

    def add_document(self, name: str, data: bytes, replace: bool = False) -> DocReport:
        """Put one file into the corpus under `safe_filename(name)` and re-index; what was understood.

        The file is checked with ingest's own loader and pipeline before it enters the corpus; it is
        written to a hidden staging folder beside the corpus and renamed in. If the re-index fails,
        leaves the file out, or would give a document already indexed another doc_id, the file is
        taken out again (a replaced file is put back) and the index rebuilt as it was, so the index
        keeps every document it had under the id it had. Raises UnsupportedFileType, FileTooLarge,
        FileConflict (another file of that name and `replace` is false; a doc_id clash) or IngestError
        (the loader's or the pipeline's reason).
        """
        fname = safe_filename(name)
        self._check_size(fname, len(data))
        corpus = self.settings.corpus_dir
        if not corpus.is_dir():
            raise IngestError(f"corpus folder {corpus} does not exist: create it or set OVERENS_CORPUS_DIR")
        with self._add_lock:
            target = corpus / fname
            unchanged = target.is_file() and target.read_bytes() == data
            if target.exists() and not unchanged and not replace:
                raise FileConflict(
                    f"{fname}: the corpus already has a different file of that name; pass --replace "
                    "(HTTP: ?replace=true) to replace it, or rename the file"
                )
            staging = Path(tempfile.mkdtemp(prefix=".incoming-", dir=corpus))  # hidden: ingest skips it
            try:
                candidate = staging / fname
                with open(candidate, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                self._check_candidate(candidate, corpus)
                ids_before = self._indexed_ids()
                backup = staging / ".previous" if target.exists() and not unchanged else None
                if not unchanged:
                    if backup is not None:
                        os.replace(target, backup)
                    os.replace(candidate, target)
                try:
                    report = self.ingest()
                except BaseException:
                    if not unchanged:
                        self._take_back(target, backup)
                    raise
                failed = next((f for f in report.failures if f.source == fname), None)
                understood = next((r for r in report.reports if r.source == fname), None)
                ids_after = self._indexed_ids()
                moved = [
                    (source, old, ids_after.get(source))
                    for source, old in ids_before.items()
                    if source != fname
                    and (corpus / source).exists()
                    and ids_after.get(source) != old
                    and not unchanged
                ]
                if failed is not None or understood is None or moved:
                    if not unchanged:
                        self._take_back(target, backup)
                        self._reindex_after_take_back()
                    if failed is not None:
                        raise IngestError(failed.reason)
                    if moved:
                        source, old, new = moved[0]
                        raise FileConflict(
                            f"{fname}: adding it would {'drop' if new is None else 'rename'} the document "
                            f"'{old}' ({source}) {'from the index' if new is None else f'to {new!r}'}: its "
                            f"doc_id clashes; give {fname} its own doc_id in {corpus / 'metadata.json'}"
                        )
                    raise IngestError(f"{fname}: was not indexed; see the server log")
                log.info("added %s as %s", fname, understood.doc_id)
                return understood
            finally:
                shutil.rmtree(staging, ignore_errors=True)

    def _check_size(self, name: str, size: int) -> None:
        limit = self.settings.max_upload_bytes
        if size > limit:
            raise FileTooLarge(
                f"{name}: {size:,} bytes is over the {limit:,}-byte limit "
                "(OVERENS_MAX_UPLOAD_BYTES); split the file"
            )

    def _check_candidate(self, candidate: Path, corpus: Path) -> None:
        """The checks ingest makes, on the one file before it enters the corpus: it loads, and
        cleaning, structure and chunking leave text to index."""
        doc = load(candidate, read_metadata(corpus))  # IngestError with the loader's reason
        _, failures = process([doc], self.settings.chunk_tokens)
        if failures:
            raise IngestError(failures[0].reason)

    def _indexed_ids(self) -> dict[str, str]:
        """File name -> doc_id in the current index (empty when there is none yet)."""
        try:
            documents = read_manifest(self.settings.data_dir).get("documents", {})
        except OverensError:
            return {}
        return {entry.get("source"): doc_id for doc_id, entry in documents.items()}

    @staticmethod
    def _take_back(target: Path, backup: Path | None) -> None:
        if backup is not None and backup.exists():
            os.replace(backup, target)
        else:
            target.unlink(missing_ok=True)

    def _reindex_after_take_back(self) -> None:
        """The index was rebuilt without the file (or without the version it replaced): build it again."""
        try:
            self.ingest()
        except Exception:
            log.exception("re-indexing after taking back an added file failed; run `overens ingest`")

    # ------------------------------------------------------------------ queries
    def ask(self, question: str, history: list[str] | None = None, filters: Filters | None = None) -> Answer:
        st = self.state()
        return with_pages(st.answerer.answer(question, history or [], filters), st.retriever.data.documents)

    def search(
        self, query: str, k: int = 10, filters: Filters | None = None, mode: str = "full"
    ) -> list[Hit]:
        k = min(k, self.settings.max_k)
        r = self.state().retriever
        docs = r.data.documents
        return [
            dataclasses.replace(h, page=docs[h.chunk.doc_id].page_of(h.chunk.start))
            for h in r.search(query, k, filters, mode=mode)
        ]

    def documents(self) -> list[dict]:
        return [doc_summary(d) for d in self.retriever.documents()]

    def document(self, doc_id: str) -> dict:
        d = self.retriever.document(doc_id)
        out = doc_summary(d)
        out.update(
            text=d.text,
            clean_text=d.clean_text,
            sections=[
                {
                    "title": s.title,
                    "path": list(s.path),
                    "kind": s.kind,
                    "start": s.start,
                    "end": s.end,
                    "principle": s.principle,
                }
                for s in d.sections
            ],
            pages=[list(span) for span in d.pages],
            report=report_json(d.report) if d.report else None,
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
        return {
            "status": "ok",
            "documents": len(r.data.documents),
            "chunks": len(r.chunks),
            "model": r.data.manifest.get("model"),
            "encoder": getattr(r.encoder, "backend", None),
        }
