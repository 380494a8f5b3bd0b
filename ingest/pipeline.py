"""Run load -> clean -> structure -> chunk over a corpus folder; a bad file never stops the rest."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import ocr
from .chunk import chunk
from .clean import clean, vocabulary
from .cleantext import CleanText
from .errors import IngestError
from .load import corpus_files, load, read_metadata
from .meta import unique_ids
from .records import Chunk, DocReport, Document
from .structure import Structure, structure

log = logging.getLogger(__name__)

PIPELINE_VERSION = "10"


def _code_fingerprint() -> str:
    """A digest of ingest's own code and data files: an index built by other code is rebuilt even
    when nobody bumped PIPELINE_VERSION (a stale structure would otherwise be served, and fitted on)."""
    h = hashlib.sha256()
    root = Path(__file__).parent
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".toml", ".tsv", ".json") and "__pycache__" not in p.parts:
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


PIPELINE_CODE = _code_fingerprint()


@dataclass(frozen=True)
class Processed:
    doc: Document
    clean: CleanText
    structure: Structure
    chunks: list[Chunk]
    report: DocReport | None = None


@dataclass(frozen=True)
class Failure:
    source: str
    reason: str


def load_corpus(corpus_dir: Path) -> tuple[list[Document], list[Failure]]:
    metadata = read_metadata(corpus_dir)
    docs: list[Document] = []
    failures: list[Failure] = []
    seen: dict[str, str] = {}
    loaded: list[Document] = []
    for path in corpus_files(corpus_dir):
        try:
            loaded.append(load(path, metadata))
        except IngestError as e:
            failures.append(Failure(path.name, str(e)))
    # ids inferred from the text are made unique across the corpus (stable: by file name)
    metas = unique_ids([d.meta for d in loaded], [d.source for d in loaded])
    for doc, meta in zip(loaded, metas, strict=True):
        doc = dataclasses.replace(doc, doc_id=meta.doc_id, meta=meta)
        path = corpus_dir / doc.source
        if doc.doc_id in seen:
            failures.append(
                Failure(
                    path.name,
                    f"{path.name}: doc_id '{doc.doc_id}' is already used by {seen[doc.doc_id]}; "
                    "give it another doc_id in metadata.json",
                )
            )
            continue
        seen[doc.doc_id] = path.name
        docs.append(doc)
    return docs, failures


def process(
    docs: list[Document],
    budget: int,
    progress: Callable[[str], None] | None = None,
) -> tuple[list[Processed], list[Failure]]:
    """Clean, structure and chunk each document; the clean documents' words help repair the others."""
    clean_vocab = vocabulary(d.text for d in docs if ocr.ocr_damage_score(d.text) <= 0.06)
    out: list[Processed] = []
    failures: list[Failure] = []
    for doc in docs:
        if progress:
            progress(doc.source)
        t0 = time.perf_counter()
        try:
            ct = clean(doc, clean_vocab)
            st = structure(doc, ct)
            chunks = chunk(doc, st, budget)
        except Exception as e:  # a parser bug on one document must not lose the others
            log.exception("processing %s failed", doc.source)
            failures.append(
                Failure(doc.source, f"{doc.source}: could not be processed ({type(e).__name__}: {e})")
            )
            continue
        if not chunks:
            failures.append(Failure(doc.source, f"{doc.source}: no text left after cleaning; check the file"))
            continue
        out.append(
            Processed(doc, ct, st, chunks, report(doc, st, doc.load_seconds + time.perf_counter() - t0))
        )
    return out, failures


def _tables_read(doc: Document, st: Structure) -> dict[int, tuple[int, int]]:
    """Per table whose cells became commitments: its number of columns and of commitment cells."""
    if doc.layout is None:
        return {}
    cells = [b for b in doc.layout.blocks if b.kind == "cell" and b.table is not None]
    out: dict[int, tuple[int, int]] = {}
    for c in st.commitments:
        if c.form != "cell":
            continue
        b = next((b for b in cells if b.start <= c.start < b.end or c.start <= b.start < c.end), None)
        if b is not None and b.table is not None:
            cols = 1 + max(x.col or 0 for x in cells if x.table == b.table)
            out[b.table] = (cols, out.get(b.table, (cols, 0))[1] + 1)
    return out


def report(doc: Document, st: Structure, seconds: float) -> DocReport:
    """What was understood of one document: counts and the warnings a person should see."""
    layout = doc.layout
    principles = tuple(
        dict.fromkeys(
            [s.principle for s in st.sections if s.principle]
            + [c.principle for c in st.commitments if c.principle]
        )
    )
    per_party = Counter(c.party for c in st.commitments)
    warnings = list(layout.warnings if layout else ())
    for table, (cols, n) in sorted(_tables_read(doc, st).items()):
        warnings.append(
            f"table {table + 1}: {cols} columns read as commitments ({n} cells, a column per party)"
        )
    if not principles:
        warnings.append("no principles found")
    if not st.commitments:
        warnings.append("no commitments found")
    removed = layout.removed_chars if layout else 0
    if removed:
        warnings.append(f"{removed:,} characters of page furniture removed")
    return DocReport(
        source=doc.source,
        doc_id=doc.doc_id,
        format=layout.format if layout else doc.source.rsplit(".", 1)[-1].lower(),
        pages=len(layout.pages) if layout and layout.pages else None,
        sections=len(st.sections),
        principles=principles,
        commitments=tuple(sorted(per_party.items())),
        warnings=tuple(warnings),
        removed_chars=removed,
        parse_seconds=round(seconds, 3),
    )
