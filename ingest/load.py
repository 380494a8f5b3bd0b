"""Load a corpus file into a `Document`: decode, reject bad files, attach metadata."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import re
import time
import unicodedata
from pathlib import Path

from .errors import IngestError
from .loaders.docx_loader import load_docx
from .loaders.html_loader import load_html
from .loaders.markdown import markdown_blocks
from .loaders.pdf_loader import load_pdf
from .meta import infer_meta
from .records import DocMeta, Document, Extracted

log = logging.getLogger(__name__)

SUPPORTED = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
METADATA_FILE = "metadata.json"
MAX_FILE_BYTES = 20_000_000  # 20 MB of text is far beyond any agreement; larger files are refused


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Every candidate document in the corpus folder (sorted), metadata file excluded."""
    if not corpus_dir.is_dir():
        raise IngestError(f"corpus folder {corpus_dir} does not exist: create it or pass --corpus DIR")
    return sorted(
        p
        for p in corpus_dir.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.name != METADATA_FILE
    )


def read_metadata(corpus_dir: Path) -> dict[str, dict]:
    path = corpus_dir / METADATA_FILE
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise IngestError(f"{path}: not valid JSON ({e}); fix or delete the file") from e
    return {k: v for k, v in data.items() if not k.startswith("_") and isinstance(v, dict)}


def decode_bytes(raw: bytes, name: str) -> str:
    """UTF-8 first; otherwise Windows-1252 (a superset of Latin-1 for printable text). `read_layout`
    has refused an empty file already."""
    if b"\x00" in raw[:8192]:
        raise IngestError(f"{name}: looks binary (NUL bytes), not text; convert it to .txt/.pdf/.docx")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
    controls = sum(1 for c in text[:20000] if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 20000):
        raise IngestError(f"{name}: looks binary ({controls} control characters), not text")
    return text


def read_layout(path: Path) -> Extracted:
    """The document's text and layout: the file's own characters for text formats, the
    extracted text (with typed blocks and pages) for DOCX, PDF and HTML."""
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise IngestError(f"{name}: unsupported file type '{suffix}'; supported: {', '.join(SUPPORTED)}")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise IngestError(f"{name}: {size} bytes is over the {MAX_FILE_BYTES}-byte limit; split the file")
        raw = path.read_bytes()
    except OSError as e:
        raise IngestError(f"{name}: cannot be read ({e.strerror})") from e
    if not raw.strip():
        raise IngestError(f"{name}: the file is empty; add text or remove it from the corpus")
    if suffix == ".pdf":
        return load_pdf(raw, name)
    if suffix == ".docx":
        return load_docx(raw, name)
    text = decode_bytes(raw, name)
    if suffix in (".html", ".htm"):
        return load_html(raw, name, text)
    # the text is exactly the decoded file: no universal newlines, so offsets are the file's
    blocks = markdown_blocks(text) if suffix == ".md" else ()
    return Extracted(text=text, format=suffix[1:], blocks=blocks)


def slugify(value: str) -> str:
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "doc"


def meta_from_entry(entry: dict, inferred: DocMeta) -> DocMeta:
    """An override from metadata.json replaces only the fields it names."""
    fields = {f.name for f in dataclasses.fields(DocMeta)}
    given = {k: v for k, v in entry.items() if k in fields and v not in (None, "")}
    if "aliases" in given:
        given["aliases"] = tuple(given["aliases"])
    return dataclasses.replace(inferred, **given)


def load(path: Path, metadata: dict[str, dict] | None = None) -> Document:
    """Read one corpus file. Raises IngestError with the file name and the reason."""
    t0 = time.perf_counter()
    layout = read_layout(path)
    text = layout.text
    inferred = infer_meta(text, path.name, layout.blocks)
    entry = (metadata or {}).get(path.name)
    meta = meta_from_entry(entry, inferred) if entry else inferred
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(
        doc_id=meta.doc_id,
        source=path.name,
        text=text,
        meta=meta,
        sha256=digest,
        layout=layout,
        load_seconds=time.perf_counter() - t0,
    )
