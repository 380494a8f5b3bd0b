"""The e5-small encoder on ONNX Runtime: the same weights, about twice as fast as torch on a CPU.

The graph is exported once from the converted sentence-transformers folder (see
`retrieval.convert_e5`) into a sibling folder `<converted>-onnx-v<N>/`:

    model.onnx           BERT + mean pooling + L2 normalisation: (input_ids, attention_mask) -> (n, dim)
    model-int8.onnx      optional: dynamic int8, per-channel weights (made on first use of "onnx-int8")
    tokenizer.json       copied from the converted folder (the `tokenizers` library reads it, no transformers)
    overens-onnx.json    marker, written last: source folder, prompts, max length, the cosine to torch

The folder is built in a temporary sibling and renamed into place, and it is checked against
torch before the rename (cosine >= 0.9999), so a folder that exists is complete and correct.
Nothing is downloaded. Loading needs only `onnxruntime`, `tokenizers` and numpy (no torch).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import threading
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from ingest.errors import ModelError

log = logging.getLogger(__name__)

ONNX_FORMAT_VERSION = 1
ONNX_MARKER = "overens-onnx.json"
FP32_FILE = "model.onnx"
INT8_FILE = "model-int8.onnx"
MIN_COSINE_FP32 = 0.9999
MIN_COSINE_INT8 = 0.98
CHECK_TEXTS = (
    "query: Hur ska överenskommelsen följas upp och utvärderas?",
    "passage: Samverkansöverenskommelsen mellan Tyresö kommun och den idéburna sektorn bygger på sex "
    "principer: dialog, kvalitet, självständighet, öppenhet, mångfald och långsiktighet.",
    "query: What does the agreement say about financial support to non-profit organisations?",
    "passage: Attverka for en stark civilsamhälle pa lika villkor ® = m Idéburet offentligt partnerskap",
)
_export_lock = threading.Lock()


def onnx_dir(converted: Path) -> Path:
    """The ONNX folder that belongs to a converted sentence-transformers folder."""
    converted = Path(converted)
    return converted.with_name(f"{converted.name}-onnx-v{ONNX_FORMAT_VERSION}")


def _fix(folder: Path) -> str:
    return f"delete {folder} and run `overens ingest` again; it is re-exported from the converted model"


def check_export(folder: Path, int8: bool = False) -> str | None:
    """None if `folder` holds a complete export of this format (and the int8 file with `int8`), else what is wrong."""
    try:
        marker = json.loads((folder / ONNX_MARKER).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return "no completion marker (never exported, or an interrupted export)"
    except (OSError, ValueError) as exc:
        return f"unreadable marker ({exc})"
    if not isinstance(marker, dict) or marker.get("format_version") != ONNX_FORMAT_VERSION:
        return f"format version {marker.get('format_version') if isinstance(marker, dict) else '?'}, " \
               f"expected {ONNX_FORMAT_VERSION}"
    files = marker.get("files") or {}
    for name in (FP32_FILE, "tokenizer.json", *((INT8_FILE,) if int8 else ())):
        path = folder / name
        if not path.is_file():
            return f"missing file {name}"
        if name in files and path.stat().st_size != files[name]:
            return f"{name} has {path.stat().st_size} bytes, expected {files[name]}"
    return None


# ------------------------------------------------------------------------------ export


def _torch_module(st_folder: Path) -> tuple[Any, int]:
    """The folder's BERT with mean pooling and L2 normalisation, as one traceable module."""
    import torch
    from transformers import AutoModel

    bert = AutoModel.from_pretrained(str(st_folder), attn_implementation="eager", add_pooling_layer=False)
    bert.eval()

    class MeanPooledNormalised(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask):  # keyword call: transformers 5 reorders positional args
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2.0, dim=1)

    return MeanPooledNormalised().eval(), int(bert.config.hidden_size)


def _torch_reference(st_folder: Path, texts: list[str]) -> np.ndarray:
    """What sentence-transformers itself returns for `texts` (prompts already in the texts)."""
    from sentence_transformers import SentenceTransformer

    st = SentenceTransformer(str(st_folder), device="cpu")
    return np.asarray(st.encode(texts, normalize_embeddings=True, convert_to_numpy=True), dtype=np.float32)


def _max_length(st_folder: Path) -> int:
    try:
        cfg = json.loads((st_folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
        return int(cfg.get("max_seq_length") or 512)
    except (OSError, ValueError, TypeError):
        return 512


def export(st_folder: Path, dest: Path) -> float:
    """Export `st_folder` to ONNX in `dest` (replaced if present), checked against torch; seconds taken."""
    import torch

    start = time.perf_counter()
    st_folder, dest = Path(st_folder), Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.tmp-", dir=dest.parent))
    except OSError as exc:
        raise ModelError(f"cannot create {dest.parent} ({exc}): choose a writable cache directory") from exc
    try:
        module, dim = _torch_module(st_folder)
        shutil.copy(st_folder / "tokenizer.json", tmp / "tokenizer.json")
        tok = _tokenizer(tmp / "tokenizer.json", _max_length(st_folder))
        ids, mask = _batch(tok, list(CHECK_TEXTS))
        # the tracer warns about Python-side shape checks in transformers; they are constant for
        # BERT (no cache, absolute positions) and the result is checked against torch below
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                module,
                (torch.from_numpy(ids), torch.from_numpy(mask)),
                str(tmp / FP32_FILE),
                input_names=["input_ids", "attention_mask"],
                output_names=["sentence_embedding"],
                dynamic_axes={"input_ids": {0: "batch", 1: "sequence"},
                              "attention_mask": {0: "batch", 1: "sequence"},
                              "sentence_embedding": {0: "batch"}},
                opset_version=17,
                dynamo=False,
            )
        del module
        cosine = _agreement(tmp, FP32_FILE, _torch_reference(st_folder, list(CHECK_TEXTS)), tok)
        if cosine < MIN_COSINE_FP32:
            raise ModelError(f"the ONNX export of {st_folder} agrees with torch only to cosine {cosine:.6f} "
                             f"(need {MIN_COSINE_FP32}): use OVERENS_ENCODER=torch and report this as a bug")
        marker = {
            "format_version": ONNX_FORMAT_VERSION,
            "source": st_folder.name,
            "dimension": dim,
            "max_length": _max_length(st_folder),
            "cosine_to_torch": round(cosine, 7),
            "onnxruntime": _ort_version(),
            "torch": torch.__version__,
            "files": {p.name: p.stat().st_size for p in tmp.iterdir() if p.is_file()},
        }
        for p in tmp.iterdir():
            p.chmod(0o644)
        (tmp / ONNX_MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")  # last
        os.chmod(tmp, 0o755)
        _replace_dir(tmp, dest)
    except OSError as exc:
        raise ModelError(f"cannot write the ONNX export to {dest} ({exc}): free disk space or fix permissions") from exc
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return time.perf_counter() - start


def quantize(folder: Path) -> float:
    """Write `model-int8.onnx` (dynamic int8, per-channel weights) beside `model.onnx`; seconds taken."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    start = time.perf_counter()
    fd, tmp_name = tempfile.mkstemp(prefix=".int8-", suffix=".onnx", dir=folder)
    os.close(fd)
    try:
        quantize_dynamic(str(folder / FP32_FILE), tmp_name, per_channel=True, weight_type=QuantType.QInt8)
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, folder / INT8_FILE)  # atomic: the file is whole or absent
    except OSError as exc:
        raise ModelError(f"cannot write {folder / INT8_FILE} ({exc}): free disk space or fix permissions") from exc
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return time.perf_counter() - start


def _replace_dir(tmp: Path, dest: Path) -> None:
    from retrieval.convert_e5 import _replace_dir as replace

    replace(tmp, dest)


def _ort_version() -> str:
    import onnxruntime

    return onnxruntime.__version__


def _agreement(folder: Path, file: str, reference: np.ndarray, tok: Any) -> float:
    """The smallest cosine between the ONNX model's vectors and `reference` over CHECK_TEXTS."""
    session = _session(folder / file, threads=1)
    ids, mask = _batch(tok, list(CHECK_TEXTS))
    got = session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
    return float(np.min(np.sum(got * reference, axis=1)))


def ensure_export(st_folder: Path, int8: bool = False) -> Path:
    """The ONNX folder for `st_folder`, exported (and quantised, with `int8`) first if missing or incomplete."""
    folder = onnx_dir(st_folder)
    with _export_lock:
        problem = check_export(folder)
        if problem is not None:
            log.info("exporting %s to ONNX (%s)", st_folder, problem)
            seconds = export(st_folder, folder)
            log.info("exported to %s in %.1f s", folder, seconds)
        if int8 and check_export(folder, int8=True) is not None:
            seconds = quantize(folder)
            log.info("quantised %s to int8 in %.1f s", folder, seconds)
        problem = check_export(folder, int8=int8)
        if problem is not None:
            raise ModelError(f"the ONNX export in {folder} is unusable ({problem}): {_fix(folder)}")
    return folder


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
        raise ModelError(f"cannot load the ONNX model {path} ({type(exc).__name__}: {str(exc)[:200]}): "
                         f"{_fix(path.parent)}") from exc


class OnnxEncoder:
    """An `Encoder` on ONNX Runtime. `InferenceSession.run` is thread-safe and releases the GIL, so
    concurrent callers run in parallel on one session (one intra-op thread each); a large passage
    batch is split over `workers` threads, one core each."""

    def __init__(self, folder: Path, name: str, query_prompt: str = "query: ", passage_prompt: str = "passage: ",
                 int8: bool = False, workers: int | None = None, batch_size: int = 8) -> None:
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
        for group, vecs in zip(groups, self._executor().map(lambda g: self._run([full[i] for i in g]), groups),
                               strict=True):
            out[group] = vecs
        return out

    def _executor(self) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="onnx-encode")
            return self._pool
