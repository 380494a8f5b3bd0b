"""The e5-small encoder on ONNX Runtime: the same weights, about twice as fast as torch on a CPU.

The graph is exported once from the converted sentence-transformers folder (see
`retrieval.convert_e5`) into a sibling folder `<converted>-onnx-v<N>/`:

    model.onnx           BERT + mean pooling + L2 normalisation: (input_ids, attention_mask) -> (n, dim)
    model-int8.onnx      optional: dynamic int8, per-channel weights (made on first use of "onnx-int8")
    tokenizer.json       copied from the converted folder (the `tokenizers` library reads it, no transformers)
    overens-onnx.json    marker, written last: source folder, prompts, max length, the cosine to torch

The export (`retrieval.onnx_export`) builds it in a temporary sibling, checks it against torch
(cosine >= 0.9999) and renames it into place, so a folder that exists is complete and correct.
Nothing is downloaded. This module, the runtime, needs only `onnxruntime`, `tokenizers` and numpy.
"""

from __future__ import annotations

import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from ingest.errors import ModelError

ONNX_FORMAT_VERSION = 1
ONNX_MARKER = "overens-onnx.json"
FP32_FILE = "model.onnx"
INT8_FILE = "model-int8.onnx"


def onnx_dir(converted: Path) -> Path:
    """The ONNX folder that belongs to a converted sentence-transformers folder."""
    converted = Path(converted)
    return converted.with_name(f"{converted.name}-onnx-v{ONNX_FORMAT_VERSION}")


def _fix(folder: Path) -> str:
    return f"delete {folder} and run `overens ingest` again; it is re-exported from the converted model"


def check_export(folder: Path, int8: bool = False) -> str | None:
    """None if `folder` holds a complete export of this format (and the int8 file with `int8`),
    else what is wrong."""
    try:
        marker = json.loads((folder / ONNX_MARKER).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return "no completion marker (never exported, or an interrupted export)"
    except (OSError, ValueError) as exc:
        return f"unreadable marker ({exc})"
    if not isinstance(marker, dict) or marker.get("format_version") != ONNX_FORMAT_VERSION:
        return (
            f"format version {marker.get('format_version') if isinstance(marker, dict) else '?'}, "
            f"expected {ONNX_FORMAT_VERSION}"
        )
    files = marker.get("files") or {}
    for name in (FP32_FILE, "tokenizer.json", *((INT8_FILE,) if int8 else ())):
        path = folder / name
        if not path.is_file():
            return f"missing file {name}"
        if name in files and path.stat().st_size != files[name]:
            return f"{name} has {path.stat().st_size} bytes, expected {files[name]}"
    return None


# ------------------------------------------------------------------------------ runtime


def _tokenizer(path: Path, max_length: int) -> Any:
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path))
    tok.enable_truncation(max_length)
    pad_id = tok.token_to_id("<pad>")
    tok.enable_padding(pad_id=1 if pad_id is None else pad_id, pad_token="<pad>")
    return tok


def _batch(tok: Any, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    encodings = tok.encode_batch(texts)
    ids = np.asarray([e.ids for e in encodings], dtype=np.int64)
    mask = np.asarray([e.attention_mask for e in encodings], dtype=np.int64)
    return ids, mask


def _session(path: Path, threads: int) -> Any:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = max(1, threads)
    opts.inter_op_num_threads = 1
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")  # no busy-waiting on 2 cores
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    try:
        return ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])
    except Exception as exc:  # a damaged file: one clear message with the fix
        raise ModelError(
            f"cannot load the ONNX model {path} ({type(exc).__name__}: {str(exc)[:200]}): {_fix(path.parent)}"
        ) from exc


class OnnxEncoder:
    """An `Encoder` on ONNX Runtime. `InferenceSession.run` is thread-safe and releases the GIL, so
    concurrent callers run in parallel on one session (one intra-op thread each); a large passage
    batch is split over `workers` threads, one core each."""

    def __init__(
        self,
        folder: Path,
        name: str,
        query_prompt: str = "query: ",
        passage_prompt: str = "passage: ",
        int8: bool = False,
        workers: int | None = None,
        batch_size: int = 8,
    ) -> None:
        self.folder = Path(folder)
        problem = check_export(self.folder, int8=int8)
        if problem is not None:
            raise ModelError(f"the ONNX export in {self.folder} is unusable ({problem}): {_fix(self.folder)}")
        marker = json.loads((self.folder / ONNX_MARKER).read_text(encoding="utf-8"))
        self.name = name
        self.dim = int(marker["dimension"])
        self.max_seq_length = int(marker["max_length"])
        self.query_prompt = query_prompt
        self.passage_prompt = passage_prompt
        self.int8 = int8
        self.backend = "onnx-int8" if int8 else "onnx"
        self.batch_size = batch_size
        self.workers = max(1, workers or os.cpu_count() or 1)
        self._tok = _tokenizer(self.folder / "tokenizer.json", self.max_seq_length)
        self._session = _session(self.folder / (INT8_FILE if int8 else FP32_FILE), threads=1)
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self.query_prompt)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self.passage_prompt)

    def _run(self, texts: list[str]) -> np.ndarray:
        ids, mask = _batch(self._tok, texts)
        return self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0]

    def _encode(self, texts: list[str], prompt: str) -> np.ndarray:
        if isinstance(texts, str):
            raise TypeError("encode_* takes a list of strings, not a single string")
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        full = [prompt + t for t in texts]
        if len(full) <= self.batch_size:
            return np.ascontiguousarray(self._run(full), dtype=np.float32)
        # similar lengths together (a batch is padded to its longest text), batches over the cores
        order = sorted(range(len(full)), key=lambda i: len(full[i]))
        groups = [order[i : i + self.batch_size] for i in range(0, len(order), self.batch_size)]
        out = np.zeros((len(full), self.dim), dtype=np.float32)
        for group, vecs in zip(
            groups, self._executor().map(lambda g: self._run([full[i] for i in g]), groups), strict=True
        ):
            out[group] = vecs
        return out

    def _executor(self) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="onnx-encode")
            return self._pool
