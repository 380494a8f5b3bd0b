"""Export the converted e5-small folder to ONNX, once, checked against torch (see `retrieval.onnx_encoder`).

Needs torch and transformers (they are there: the converted folder is a sentence-transformers
model); the runtime side, `OnnxEncoder`, does not.
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
from pathlib import Path
from typing import Any

import numpy as np

from ingest.errors import ModelError

from .onnx_encoder import (
    FP32_FILE,
    INT8_FILE,
    ONNX_FORMAT_VERSION,
    ONNX_MARKER,
    _batch,
    _fix,
    _session,
    _tokenizer,
    check_export,
    onnx_dir,
)

log = logging.getLogger(__name__)
_export_lock = threading.Lock()
MIN_COSINE_FP32 = 0.9999
CHECK_TEXTS = (
    "query: Hur ska överenskommelsen följas upp och utvärderas?",
    "passage: Samverkansöverenskommelsen mellan Tyresö kommun och den idéburna sektorn bygger på sex "
    "principer: dialog, kvalitet, självständighet, öppenhet, mångfald och långsiktighet.",
    "query: What does the agreement say about financial support to non-profit organisations?",
    "passage: Attverka for en stark civilsamhälle pa lika villkor ® = m Idéburet offentligt partnerskap",
)


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
    from retrieval.embedder import SentenceTransformerEncoder

    return SentenceTransformerEncoder(str(st_folder), query_prompt="", passage_prompt="").encode_passages(
        texts
    )


def _max_length(st_folder: Path) -> int:
    try:
        cfg = json.loads((st_folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
        return int(cfg.get("max_seq_length") or 512)
    except (OSError, ValueError, TypeError):
        return 512


def export(st_folder: Path, dest: Path) -> float:
    """Export `st_folder` to ONNX in `dest` (replaced if present), checked against torch; seconds taken."""
    import onnxruntime
    import torch

    from retrieval.convert_e5 import _replace_dir

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
                dynamic_axes={
                    "input_ids": {0: "batch", 1: "sequence"},
                    "attention_mask": {0: "batch", 1: "sequence"},
                    "sentence_embedding": {0: "batch"},
                },
                opset_version=17,
                dynamo=False,
            )
        del module
        cosine = _agreement(tmp, FP32_FILE, _torch_reference(st_folder, list(CHECK_TEXTS)), tok)
        if cosine < MIN_COSINE_FP32:
            raise ModelError(
                f"the ONNX export of {st_folder} agrees with torch only to cosine {cosine:.6f} "
                f"(need {MIN_COSINE_FP32}): use OVERENS_ENCODER=torch and report this as a bug"
            )
        marker = {
            "format_version": ONNX_FORMAT_VERSION,
            "source": st_folder.name,
            "dimension": dim,
            "max_length": _max_length(st_folder),
            "cosine_to_torch": round(cosine, 7),
            "onnxruntime": onnxruntime.__version__,
            "torch": torch.__version__,
            "files": {p.name: p.stat().st_size for p in tmp.iterdir() if p.is_file()},
        }
        for p in tmp.iterdir():
            p.chmod(0o644)
        (tmp / ONNX_MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")  # last
        os.chmod(tmp, 0o755)
        _replace_dir(tmp, dest)
    except OSError as exc:
        raise ModelError(
            f"cannot write the ONNX export to {dest} ({exc}): free disk space or fix permissions"
        ) from exc
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
        raise ModelError(
            f"cannot write {folder / INT8_FILE} ({exc}): free disk space or fix permissions"
        ) from exc
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return time.perf_counter() - start


def _agreement(folder: Path, file: str, reference: np.ndarray, tok: Any) -> float:
    """The smallest cosine between the ONNX model's vectors and `reference` over CHECK_TEXTS."""
    session = _session(folder / file, threads=1)
    ids, mask = _batch(tok, list(CHECK_TEXTS))
    got = session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
    return float(np.min(np.sum(got * reference, axis=1)))


def ensure_export(st_folder: Path, int8: bool = False) -> Path:
    """The ONNX folder for `st_folder`, exported (and quantised, with `int8`) first if missing or
    incomplete."""
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
