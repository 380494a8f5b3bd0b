"""The index folder: self-describing, refuses a mismatch, swapped atomically, idempotent ingest."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ingest.errors import IndexCorrupt, IndexMismatch, IndexMissing
from retrieval.index import load_index, read_manifest
from retrieval.service import Service
from retrieval.settings import Settings
from tests.conftest import MINI_CORPUS, MINI_IDS, MODEL_CACHE
from tests.fakes import HashingEncoder


def _service(tmp_path, corpus=MINI_CORPUS):
    s = Settings(data_dir=tmp_path / "data", corpus_dir=corpus, cache_dir=MODEL_CACHE, min_answerability=0.0)
    return Service(s, encoder=HashingEncoder())


def test_manifest_describes_the_index(fake_service):
    man = read_manifest(fake_service.settings.data_dir)
    assert man["model"] == HashingEncoder.name and man["dimension"] == HashingEncoder.dim
    assert man["chunking"]["max_tokens"] == fake_service.settings.chunk_tokens
    assert len(man["corpus_hash"]) == 64 and set(man["documents"]) == set(MINI_IDS)
    assert man["chunks"] == len(fake_service.retriever.chunks)


def test_missing_index_says_how_to_build(tmp_path):
    with pytest.raises(IndexMissing, match="overens ingest"):
        load_index(tmp_path, "any")


def test_other_model_is_refused_with_the_fix(fake_service):
    with pytest.raises(IndexMismatch, match="rebuild"):
        load_index(fake_service.settings.data_dir, "intfloat/multilingual-e5-large")


def test_second_ingest_is_a_no_op_and_a_change_rebuilds(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(MINI_CORPUS, corpus)
    svc = _service(tmp_path, corpus)
    first = svc.ingest()
    again = svc.ingest()
    assert first.rebuilt and not again.rebuilt and again.index_path == first.index_path
    (corpus / "akerlunda_policy.txt").write_text(
        (corpus / "akerlunda_policy.txt").read_text(encoding="utf-8") + "\nNy mening om dialog.\n",
        encoding="utf-8",
    )
    third = svc.ingest()
    assert third.rebuilt and third.index_path != first.index_path
    # only the changed document's passages were embedded again
    assert 0 < third.embedded < first.embedded


def test_corrupt_index_is_reported_and_rebuilt(tmp_path):
    svc = _service(tmp_path)
    svc.ingest()
    path = (tmp_path / "data" / "index").resolve()
    (path / "vectors.npy").write_bytes(b"garbage")
    with pytest.raises(IndexCorrupt, match="overens ingest"):
        load_index(tmp_path / "data", HashingEncoder.name)
    report = svc.ingest()
    assert report.rebuilt
    assert load_index(tmp_path / "data", HashingEncoder.name).chunks


def test_manifest_garbage_is_corrupt_not_a_crash(tmp_path):
    svc = _service(tmp_path)
    svc.ingest()
    (tmp_path / "data" / "index" / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexCorrupt):
        read_manifest(tmp_path / "data")


def test_swap_is_atomic_the_link_always_points_at_a_complete_folder(tmp_path):
    svc = _service(tmp_path)
    svc.ingest()
    link = tmp_path / "data" / "index"
    assert link.is_symlink()
    before = link.resolve()
    svc.ingest(force=True)
    after = link.resolve()
    assert before != after and (after / "manifest.json").exists()
    # no half-built folder is left behind
    assert not list((tmp_path / "data").glob(".building-*"))
    man = json.loads((after / "manifest.json").read_text(encoding="utf-8"))
    assert man["format_version"] == 1


def test_vectors_of_other_embedding_texts_are_not_reused(tmp_path):
    """An index whose units were embedded as other texts (an older `unit_text`) is re-embedded whole,
    not matched to today's texts by their hash."""
    corpus = tmp_path / "corpus"
    shutil.copytree(MINI_CORPUS, corpus)
    svc = _service(tmp_path, corpus)
    first = svc.ingest()
    man_path = Path(first.index_path) / "manifest.json"
    man = json.loads(man_path.read_text(encoding="utf-8"))
    man["embedding_text_version"] = 1
    man_path.write_text(json.dumps(man), encoding="utf-8")
    again = svc.ingest(force=True)
    assert again.rebuilt and again.embedded == first.embedded
