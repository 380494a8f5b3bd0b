"""Shared fixtures. Data folders always live under pytest's tmp paths; tests never touch data/."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from retrieval.settings import ROOT, Settings

CORPUS = ROOT / "corpus"
FIXTURES = ROOT / "tests" / "fixtures"
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


@pytest.fixture(scope="session")
def fake_service(tmp_path_factory):
    """The whole pipeline over the real corpus with a deterministic hashing encoder (fast tier)."""
    from retrieval.service import Service
    from tests.fakes import HashingEncoder

    settings = Settings(data_dir=tmp_path_factory.mktemp("data-fake"), corpus_dir=CORPUS,
                        cache_dir=MODEL_CACHE, min_answerability=0.0)
    svc = Service(settings, encoder=HashingEncoder())
    svc.ingest()
    return svc


@pytest.fixture(scope="session")
def real_service(tmp_path_factory):
    """The real embedding model and the real FAISS index over the real corpus (slow tier)."""
    from retrieval.service import Service

    settings = Settings(data_dir=tmp_path_factory.mktemp("data-real"), corpus_dir=CORPUS, cache_dir=MODEL_CACHE)
    svc = Service(settings)
    svc.ingest()
    return svc


@pytest.fixture(scope="session")
def file_texts() -> dict[str, str]:
    return {p.name: p.read_bytes().decode("utf-8") for p in CORPUS.glob("*.txt")}


SMALL_CORPUS = ("000_97ac637e499f5ccb.txt", "001_7bcbef5b8a8bd857.txt", "003_d809a0f2c92bb39f.txt")


@pytest.fixture
def small_corpus(tmp_path) -> Path:
    """A writable copy of three short corpus documents (tyreso, socialnamnden, stockholm): ingests in ~1 s."""
    d = tmp_path / "corpus"
    d.mkdir()
    for name in (*SMALL_CORPUS, "metadata.json"):
        shutil.copy(CORPUS / name, d / name)
        (d / name).chmod(0o644)
    return d


@pytest.fixture
def make_service(tmp_path):
    """Build a `Service` with the hashing encoder over a corpus folder, its data under tmp_path/data."""
    from retrieval.service import Service
    from tests.fakes import HashingEncoder

    def make(corpus: Path, **overrides):
        settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus, cache_dir=MODEL_CACHE,
                            min_answerability=0.0, **overrides)
        return Service(settings, encoder=HashingEncoder())

    return make
