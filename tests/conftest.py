"""Shared fixtures. Data folders always live under pytest's tmp paths; tests never touch data/.

The fast tier runs over the fixture corpus (tests/fixtures/mini_corpus: two short fictional
agreements) with the hashing encoder (`fake_service`, `small_corpus`, `mini_texts`). A test over the
real corpus (`corpus_service`, `corpus_copy`, `file_texts`, `real_service`) is in the slow tier: it
is marked `slow` here, from the fixtures it uses, and still runs in `make test`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from retrieval.settings import ROOT, Settings

CORPUS = ROOT / "corpus"
FIXTURES = ROOT / "tests" / "fixtures"
MINI_CORPUS = FIXTURES / "mini_corpus"
MINI_SOURCES = ("akerlunda_policy.txt", "fjallvik_overenskommelse.txt")
MINI_IDS = ("akerlunda", "fjallvik")
REAL_CORPUS_FIXTURES = {"corpus_service", "corpus_copy", "file_texts", "real_service"}


def pytest_collection_modifyitems(items):
    for item in items:
        if REAL_CORPUS_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


MODEL_CACHE = ROOT / ".cache"  # the converted model is derived from an installed package, shared


@pytest.fixture(autouse=True)
def isolate_env(tmp_path, monkeypatch):
    for key in list(os.environ):
        if key.startswith("OVERENS_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("OVERENS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("OVERENS_CACHE_DIR", str(MODEL_CACHE))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.setenv("TOKENIZERS_PARALLELISM", "false")


@pytest.fixture(scope="session")
def corpus_copy(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    for p in CORPUS.iterdir():
        shutil.copy(p, d / p.name)
    return d


def _hashing_service(data_dir: Path, corpus: Path):
    from retrieval.service import Service
    from tests.fakes import HashingEncoder

    settings = Settings(data_dir=data_dir, corpus_dir=corpus, cache_dir=MODEL_CACHE, min_answerability=0.0)
    svc = Service(settings, encoder=HashingEncoder())
    svc.ingest()
    return svc


@pytest.fixture(scope="session")
def fake_service(tmp_path_factory):
    """The whole pipeline over the fixture corpus with a deterministic hashing encoder (fast tier)."""
    return _hashing_service(tmp_path_factory.mktemp("data-fake"), MINI_CORPUS)


@pytest.fixture(scope="session")
def corpus_service(tmp_path_factory):
    """The whole pipeline over the real corpus with the hashing encoder (slow tier: the real documents'
    structure and wording, without the model)."""
    return _hashing_service(tmp_path_factory.mktemp("data-corpus"), CORPUS)


@pytest.fixture(scope="session")
def real_service(tmp_path_factory):
    """The real embedding model and the real FAISS index over the real corpus (slow tier)."""
    from retrieval.service import Service

    settings = Settings(
        data_dir=tmp_path_factory.mktemp("data-real"), corpus_dir=CORPUS, cache_dir=MODEL_CACHE
    )
    svc = Service(settings)
    svc.ingest()
    return svc


@pytest.fixture(scope="session")
def file_texts() -> dict[str, str]:
    """The real corpus's plain-text files as read (slow tier)."""
    return {p.name: p.read_bytes().decode("utf-8") for p in CORPUS.glob("*.txt")}


@pytest.fixture(scope="session")
def mini_texts() -> dict[str, str]:
    """The fixture corpus's files as read: what citations over `fake_service` must match."""
    return {p.name: p.read_bytes().decode("utf-8") for p in MINI_CORPUS.glob("*.txt")}


@pytest.fixture
def small_corpus(tmp_path) -> Path:
    """A writable copy of the fixture corpus (akerlunda, fjallvik): ingests in a tenth of a second."""
    d = tmp_path / "corpus"
    d.mkdir()
    for p in MINI_CORPUS.iterdir():
        shutil.copy(p, d / p.name)
        (d / p.name).chmod(0o644)
    return d


@pytest.fixture
def make_service(tmp_path):
    """Build a `Service` with the hashing encoder over a corpus folder, its data under tmp_path/data."""
    from retrieval.service import Service
    from tests.fakes import HashingEncoder

    def make(corpus: Path, **overrides):
        settings = Settings(
            data_dir=tmp_path / "data",
            corpus_dir=corpus,
            cache_dir=MODEL_CACHE,
            min_answerability=0.0,
            **overrides,
        )
        return Service(settings, encoder=HashingEncoder())

    return make
