"""The index: a self-describing folder, written whole and swapped in atomically.

    data/index -> index-<stamp>/          (a symlink, replaced with os.replace: readers never
        manifest.json                      see a half-written index)
        chunks.jsonl                       one chunk per line, with its units (citable spans)
        vectors.npy / dense.faiss          passage embeddings and the FAISS index over them
        bm25/                              bm25s index over stemmed, accent-folded tokens
        documents/<doc_id>.json            metadata, original and clean text, sections, commitments

Loading checks the manifest (format version, model, dimension) and refuses a mismatch
with a message that says how to rebuild.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import shutil
import threading
import time
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ingest.chunk import embedding_text
from ingest.errors import IndexCorrupt, IndexMismatch, IndexMissing
from ingest.pipeline import PIPELINE_CODE, PIPELINE_VERSION, Processed
from ingest.records import Chunk, Commitment, DocMeta, DocReport, Document, Section, Unit

from .embedder import Encoder
from .textproc import POINTS_BACK, tokens

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
# what `embedding_text` / `unit_text` produce: vectors of another version are not reused, and an
# index built with another is out of date (part of the corpus hash)
EMBEDDING_TEXT_VERSION = 3


@dataclass(frozen=True)
class StoredDocument:
    doc_id: str
    source: str
    meta: DocMeta
    text: str
    clean_text: str
    sha256: str
    sections: tuple[Section, ...]
    commitments: tuple[Commitment, ...]
    report: DocReport | None = None  # what ingest understood (None: an index built before reports)
    pages: tuple[tuple[int, int], ...] = ()  # a paged document's [start, end) per page, in text offsets

    def page_of(self, offset: int) -> int | None:
        """The 1-based page an offset of the text lies on; None for a document without pages.
        An offset between two pages' spans (the blank line the loader puts between them) counts
        to the page before."""
        if not self.pages:
            return None
        return max(1, bisect_right([a for a, _ in self.pages], offset))


def _report_from_json(d: dict | None) -> DocReport | None:
    if not d:
        return None
    known = {f.name for f in dataclasses.fields(DocReport)}  # a field added or dropped since does not break
    return DocReport(
        **{
            **{k: v for k, v in d.items() if k in known},
            "principles": tuple(d.get("principles") or ()),
            "commitments": tuple((str(party), int(n)) for party, n in d.get("commitments") or ()),
            "warnings": tuple(d.get("warnings") or ()),
        }
    )


@dataclass
class IndexData:
    path: Path
    manifest: dict[str, Any]
    chunks: list[Chunk]
    vectors: np.ndarray
    faiss_index: Any
    bm25: Any
    documents: dict[str, StoredDocument]
    unit_vectors: np.ndarray
    unit_refs: list[tuple[int, int]]  # (chunk index, unit index) per row of unit_vectors


def corpus_hash(docs: Sequence[Document]) -> str:
    """Identity of the loaded corpus: file names, contents and metadata, the pipeline version and a
    digest of the ingest code that read them."""
    h = hashlib.sha256(
        f"pipeline {PIPELINE_VERSION} {PIPELINE_CODE} embedding {EMBEDDING_TEXT_VERSION}\n".encode()
    )
    for d in sorted(docs, key=lambda d: d.source):
        h.update(f"{d.source}:{d.sha256}:{d.meta}\n".encode())
    return h.hexdigest()


def _chunk_to_json(c: Chunk) -> dict:
    d = dataclasses.asdict(c)
    d["section_path"] = list(c.section_path)
    return d


def _chunk_from_json(d: dict) -> Chunk:
    units = tuple(Unit(**u) for u in d.pop("units"))
    d["section_path"] = tuple(d["section_path"])
    return Chunk(**d, units=units)


def ivf_nprobe(lists: int) -> int:
    """Inverted lists searched per query. At 1M synthetic passages (4,000 lists) 48 reach recall@10 0.982,
    as many as 250 do: the 8-bit codes, not the probes, bound the recall there (scripts/bench_scale.py)."""
    return min(lists, 48)


def _faiss_index(vectors: np.ndarray, kind: str):
    import faiss

    dim = vectors.shape[1]
    index: faiss.Index
    if kind == "hnsw":
        index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
    elif kind == "ivf" and len(vectors) >= 1000:
        # inverted lists over 8-bit vectors: at 1M passages recall@10 0.98 of exact at ~1 ms a query and
        # a quarter of the memory (scripts/bench_scale.py); below 1,000 passages exact search is as fast
        lists = int(4 * np.sqrt(len(vectors)))
        index = faiss.index_factory(dim, f"IVF{lists},SQ8", faiss.METRIC_INNER_PRODUCT)
        train = vectors[np.random.default_rng(0).permutation(len(vectors))[: 60 * lists]]
        index.train(train)
        faiss.extract_index_ivf(index).nprobe = ivf_nprobe(lists)  # saved with the index
    else:
        index = faiss.IndexFlatIP(dim)
    if len(vectors):
        index.add(vectors)
    return index


def _previous_vectors(root: Path, model: str) -> dict[str, np.ndarray]:
    """Embeddings of the current index by text hash: unchanged chunks are not re-embedded."""
    try:
        old = load_index(root, model)
    except Exception:
        return {}
    if old.manifest.get("embedding_text_version", 1) != EMBEDDING_TEXT_VERSION:
        return {}  # its vectors embed other texts than these keys would say
    cache = {}
    for c, v in zip(old.chunks, old.vectors, strict=False):
        cache[hashlib.sha1(embedding_text(c, old.documents[c.doc_id].meta.place).encode()).hexdigest()] = v
    for (ci, ui), v in zip(old.unit_refs, old.unit_vectors, strict=False):
        c = old.chunks[ci]
        cache[hashlib.sha1(unit_text(c, ui, old.documents[c.doc_id].meta.place).encode()).hexdigest()] = v
    return cache


def unit_text(c: Chunk, ui: int, place: str) -> str:
    """What a unit is embedded as: place, section and its text, and the sentence before it
    when it points back ('Dess uppdrag ska vara …' is about the group the sentence before names)."""
    u = c.units[ui]
    prv = c.units[ui - 1] if ui > 0 else None
    before = (
        f"{prv.display_text} "
        if prv is not None and prv.kind == "sentence" and POINTS_BACK.match(u.display_text)
        else ""
    )
    return f"{place or c.title}. {c.section}: {before}{u.display_text}"


def unit_refs(chunks: Sequence[Chunk]) -> list[tuple[int, int]]:
    return [(ci, ui) for ci, c in enumerate(chunks) for ui, u in enumerate(c.units) if u.kind != "heading"]


def build_index(
    processed: Sequence[Processed],
    encoder: Encoder,
    root: Path,
    *,
    chunk_tokens: int,
    faiss_kind: str = "flat",
    progress: Callable[[int, int], None] | None = None,
    spent: dict[str, tuple[float, int]] | None = None,
) -> Path:
    """Write a new index folder under root and point root/index at it atomically. `spent`, when
    given, receives each document's (encoding seconds, passages encoded)."""
    import bm25s
    import faiss

    root.mkdir(parents=True, exist_ok=True)
    link = root / "index"
    reuse = _previous_vectors(root, encoder.name)
    chunks = [c for p in processed for c in p.chunks]
    places = {p.doc.doc_id: p.doc.meta.place for p in processed}
    texts = [embedding_text(c, places[c.doc_id]) for c in chunks]
    # every citable unit is embedded too, so answers can pick sentences, not whole chunks
    texts += [
        unit_text(c, ui, places[c.doc_id])
        for c in chunks
        for ui, u in enumerate(c.units)
        if u.kind != "heading"
    ]
    doc_of = [c.doc_id for c in chunks] + [c.doc_id for c in chunks for u in c.units if u.kind != "heading"]
    keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
    todo = [i for i, k in enumerate(keys) if k not in reuse]
    vectors = np.zeros((len(texts), encoder.dim), dtype="float32")
    for i, k in enumerate(keys):
        if k in reuse and reuse[k].shape == (encoder.dim,):
            vectors[i] = reuse[k]
        elif k in reuse:
            todo.append(i)
    # similar lengths together: a batch is padded to its longest text
    todo.sort(key=lambda i: len(texts[i]))
    # large calls: an encoder splits each over its cores itself (the onnx one into batches of 8 per core)
    batch = 256
    seconds: dict[str, float] = defaultdict(float)  # each document's share of the encoding time
    embedded: Counter[str] = Counter()
    for b in range(0, len(todo), batch):
        idx = todo[b : b + batch]
        t0 = time.perf_counter()
        vectors[idx] = encoder.encode_passages([texts[i] for i in idx])
        per_char = (time.perf_counter() - t0) / max(1, sum(len(texts[i]) for i in idx))
        for i in idx:
            seconds[doc_of[i]] += per_char * len(texts[i])
            embedded[doc_of[i]] += 1
        if progress:
            progress(min(b + batch, len(todo)), len(todo))

    if spent is not None:
        spent.update({d: (seconds[d], embedded[d]) for d in embedded})
    stamp = time.strftime("%Y%m%d-%H%M%S") + f"-{os.getpid()}-{time.time_ns() % 1_000_000}"
    tmp = root / f".building-{stamp}"
    final = root / f"index-{stamp}"
    tmp.mkdir()
    try:
        with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as f:
            for c in chunks:
                f.write(json.dumps(_chunk_to_json(c), ensure_ascii=False) + "\n")
        np.save(tmp / "vectors.npy", vectors[: len(chunks)])
        np.save(tmp / "unit_vectors.npy", vectors[len(chunks) :])
        faiss.write_index(_faiss_index(vectors[: len(chunks)], faiss_kind), str(tmp / "dense.faiss"))
        bm = bm25s.BM25()
        bm.index([tokens(t) or ["_empty_"] for t in texts[: len(chunks)]], show_progress=False)
        bm.save(str(tmp / "bm25"))
        (tmp / "documents").mkdir()
        for p in processed:
            doc = {
                "doc_id": p.doc.doc_id,
                "source": p.doc.source,
                "meta": dataclasses.asdict(p.doc.meta),
                "text": p.doc.text,
                "clean_text": p.clean.text,
                "sha256": p.doc.sha256,
                "sections": [dataclasses.asdict(s) for s in p.structure.sections],
                "commitments": [dataclasses.asdict(c) for c in p.structure.commitments],
                "report": dataclasses.asdict(
                    dataclasses.replace(
                        p.report,
                        embed_seconds=round(seconds[p.doc.doc_id], 3),
                        embedded=embedded[p.doc.doc_id],
                    )
                )
                if p.report
                else None,
                "pages": [list(span) for span in (p.doc.layout.pages if p.doc.layout else ())],
            }
            (tmp / "documents" / f"{p.doc.doc_id}.json").write_text(
                json.dumps(doc, ensure_ascii=False), encoding="utf-8"
            )
        manifest = {
            "format_version": FORMAT_VERSION,
            "pipeline_version": PIPELINE_VERSION,
            "pipeline_code": PIPELINE_CODE,
            "embedding_text_version": EMBEDDING_TEXT_VERSION,
            "model": encoder.name,
            "dimension": int(encoder.dim),
            "faiss_index": faiss_kind,
            "chunking": {
                "by": "section, principle, party",
                "max_tokens": chunk_tokens,
                "tokenizer": "cl100k_base",
            },
            "bm25": {"tokens": "swedish snowball stems, accent-folded", "k1": 1.5, "b": 0.75},
            "corpus_hash": corpus_hash([p.doc for p in processed]),
            "documents": {p.doc.doc_id: {"source": p.doc.source, "sha256": p.doc.sha256} for p in processed},
            "chunks": len(chunks),
            "embedded": len(todo),
            "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
        }
        # the manifest is written last: a folder without one is incomplete by definition
        (tmp / "manifest.json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"
        )
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    tmp_link = root / f".index-link-{stamp}"
    with _swap_lock(root):  # a concurrent build must not prune this folder between its rename and its link
        try:
            os.replace(tmp, final)
            os.symlink(final.name, tmp_link)
            previous = link.resolve() if link.is_symlink() else None
            os.replace(tmp_link, link)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            shutil.rmtree(final, ignore_errors=True)
            tmp_link.unlink(missing_ok=True)
            raise
        _prune(root, keep={final, previous} if previous else {final})
    return final


_swap_thread_lock = threading.Lock()


@contextmanager
def _swap_lock(root: Path) -> Iterator[None]:
    """Exclusive across threads and, where fcntl exists, across processes (`overens ingest` next
    to a server)."""
    with _swap_thread_lock:
        try:
            import fcntl
        except ImportError:  # not POSIX: threads are still serialised
            yield
            return
        with open(root / ".swap.lock", "w") as f:
            fcntl.flock(f, fcntl.LOCK_EX)  # released when the file closes
            yield


def _prune(root: Path, keep: set) -> None:
    """Keep the new index and the one before it (a reader may still hold it)."""
    for p in root.glob("index-*"):
        if p.resolve() not in {k.resolve() for k in keep if k}:
            shutil.rmtree(p, ignore_errors=True)
    for p in root.glob(".building-*"):
        try:
            stale = time.time() - p.stat().st_mtime > 3600
        except OSError:  # removed meanwhile by its own build
            continue
        if stale:
            shutil.rmtree(p, ignore_errors=True)


def read_manifest(root: Path) -> dict[str, Any]:
    path = root / "index"
    if not path.exists():
        raise IndexMissing(f"no index in {root}: run `overens ingest` to build it")
    return _read_manifest(path)


def _read_manifest(path: Path) -> dict[str, Any]:
    try:
        return json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise IndexCorrupt(
            f"the index at {path.resolve()} has no readable manifest.json ({e}); "
            "run `overens ingest` to rebuild"
        ) from e


def load_index(root: Path, model: str) -> IndexData:
    """Load root/index, refusing an index built by another model or format."""
    import bm25s
    import faiss

    read_manifest(root)  # IndexMissing / IndexCorrupt with the fix
    # resolve the link once: a swap while loading must not pair one index's manifest with another's files
    path = (root / "index").resolve()
    manifest = _read_manifest(path)
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexMismatch(
            f"the index format is {manifest.get('format_version')}, this version reads {FORMAT_VERSION}: "
            "run `overens ingest` to rebuild"
        )
    if manifest.get("model") != model:
        raise IndexMismatch(
            f"the index was built with model '{manifest.get('model')}' "
            f"but the configured model is '{model}': "
            "run `overens ingest` to rebuild with the configured model (or set OVERENS_MODEL back)"
        )
    try:
        with open(path / "chunks.jsonl", encoding="utf-8") as f:
            chunks = [_chunk_from_json(json.loads(line)) for line in f if line.strip()]
        vectors = np.load(path / "vectors.npy")
        uvectors = np.load(path / "unit_vectors.npy")
        faiss_index = faiss.read_index(str(path / "dense.faiss"))
        bm = bm25s.BM25.load(str(path / "bm25"))
        documents = {}
        for p in sorted((path / "documents").glob("*.json")):
            d = json.loads(p.read_text(encoding="utf-8"))
            documents[d["doc_id"]] = StoredDocument(
                doc_id=d["doc_id"],
                source=d["source"],
                meta=DocMeta(**{**d["meta"], "aliases": tuple(d["meta"].get("aliases") or ())}),
                text=d["text"],
                clean_text=d["clean_text"],
                sha256=d["sha256"],
                sections=tuple(Section(**{**s, "path": tuple(s["path"])}) for s in d["sections"]),
                commitments=tuple(Commitment(**c) for c in d["commitments"]),
                report=_report_from_json(d.get("report")),
                pages=tuple((int(a), int(b)) for a, b in d.get("pages") or ()),
            )
    except Exception as e:
        raise IndexCorrupt(
            f"the index at {path} is damaged ({type(e).__name__}: {e}); run `overens ingest`"
        ) from e
    if len(chunks) != manifest.get("chunks") or vectors.shape != (len(chunks), manifest.get("dimension")):
        raise IndexCorrupt(
            f"the index at {path} is inconsistent ({len(chunks)} chunks, vectors {vectors.shape}, "
            "manifest says "
            f"{manifest.get('chunks')}x{manifest.get('dimension')}); run `overens ingest` to rebuild"
        )
    if faiss_index.ntotal != len(chunks):
        raise IndexCorrupt(
            f"the FAISS index at {path} holds {faiss_index.ntotal} vectors, expected {len(chunks)}"
        )
    refs = unit_refs(chunks)
    if uvectors.shape[0] != len(refs):
        raise IndexCorrupt(f"the index at {path} has {uvectors.shape[0]} unit vectors, expected {len(refs)}")
    return IndexData(path, manifest, chunks, vectors, faiss_index, bm, documents, uvectors, refs)
