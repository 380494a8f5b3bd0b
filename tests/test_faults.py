"""Faults: a missing or corrupt index, a document that disappears, a full disk during ingest.

Each gives one clear message with its fix, `ingest()` is the recovery path, and a `Service`
that is serving keeps its loaded index until a rebuild has succeeded. (A corrupt model cache
is covered in test_embedder.py.)
"""

from __future__ import annotations

import errno
import shutil

import numpy as np
import pytest

from ingest.errors import BadFilter, IndexCorrupt, IndexMissing, IngestError, NotFound
from retrieval.index import load_index
from retrieval.records import Filters
from tests.fakes import HashingEncoder

QUESTION = "Vad åtar sig Åkerlunda kommun?"


@pytest.fixture
def serving(small_corpus, make_service):
    svc = make_service(small_corpus)
    svc.ingest()
    svc.state()
    return svc


def _answers(svc) -> bool:
    a = svc.ask(QUESTION)
    return bool(a.citations) and not a.abstained


def _one_line(e: BaseException) -> str:
    msg = str(e)
    assert msg and "\n" not in msg and "Traceback" not in msg, msg
    return msg


def test_a_missing_index_is_named_and_built_on_first_use(small_corpus, make_service, serving):
    root = serving.settings.data_dir
    (root / "index").unlink()
    with pytest.raises(IndexMissing) as e:
        load_index(root, HashingEncoder.name)
    assert "overens ingest" in _one_line(e.value)
    assert _answers(serving)  # the loaded index keeps serving
    fresh = make_service(small_corpus)
    assert _answers(fresh)  # the contract: a missing index is built on first use
    assert (root / "index" / "manifest.json").is_file()


@pytest.mark.parametrize("damage", ["vectors", "faiss", "chunks", "manifest", "folder gone"])
def test_a_corrupt_index_is_named_the_old_one_keeps_serving_and_ingest_recovers(
    small_corpus, make_service, serving, damage
):
    root = serving.settings.data_dir
    path = (root / "index").resolve()
    if damage == "vectors":
        (path / "vectors.npy").write_bytes(b"garbage")
    elif damage == "faiss":
        (path / "dense.faiss").write_bytes(b"\x00" * 10)
    elif damage == "chunks":
        with open(path / "chunks.jsonl", "a", encoding="utf-8") as f:
            f.write("{truncated\n")
    elif damage == "manifest":
        (path / "manifest.json").write_text("{not json", encoding="utf-8")
    else:
        shutil.rmtree(path)
    expected = IndexMissing if damage == "folder gone" else IndexCorrupt  # a dangling link is a missing index
    with pytest.raises(expected) as e:
        load_index(root, HashingEncoder.name)
    assert "overens ingest" in _one_line(e.value)
    if expected is IndexCorrupt:  # a new process refuses to start on it, with the same message
        with pytest.raises(IndexCorrupt, match="overens ingest"):
            make_service(small_corpus).state()
    assert _answers(serving)
    report = serving.ingest()
    assert report.rebuilt and not report.failures
    assert _answers(serving) and _answers(make_service(small_corpus))
    assert serving.retriever.data.path == (root / "index").resolve() != path


def test_a_failed_rebuild_keeps_the_loaded_index(small_corpus, serving):
    before = serving.retriever
    for p in small_corpus.glob("*.txt"):
        p.write_bytes(b"")  # every document is now empty: nothing can be indexed
    with pytest.raises(IngestError) as e:
        serving.ingest()
    assert "empty" in _one_line(e.value)
    assert serving.retriever is before and _answers(serving)


def test_a_document_removed_between_two_ingests_is_dropped(small_corpus, serving):
    assert "fjallvik" in {d["doc_id"] for d in serving.documents()}
    (small_corpus / "fjallvik_overenskommelse.txt").unlink()
    report = serving.ingest()
    assert report.rebuilt and report.documents == 1 and not report.failures
    assert {d["doc_id"] for d in serving.documents()} == {"akerlunda"}
    assert all(h.chunk.doc_id != "fjallvik" for h in serving.search("Fjällvik kommun", 50))
    with pytest.raises(NotFound):
        serving.document("fjallvik")
    with pytest.raises(BadFilter):
        serving.ask(QUESTION, [], Filters(document="fjallvik"))


def test_a_document_that_vanishes_during_ingest_is_named_and_the_rest_indexed(
    small_corpus, serving, monkeypatch
):
    import ingest.pipeline as pipeline

    listed = pipeline.corpus_files(small_corpus)
    monkeypatch.setattr(pipeline, "corpus_files", lambda corpus: [*listed, corpus / "gone.txt"])
    report = serving.ingest()
    assert [f.source for f in report.failures] == ["gone.txt"]
    assert "gone.txt" in report.failures[0].reason and "cannot be read" in report.failures[0].reason
    assert report.documents == 2 and _answers(serving)


def _no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("target", ["numpy.save", "faiss.write_index", "bm25", "documents"])
def test_a_full_disk_during_ingest_leaves_the_old_index_serving(small_corpus, serving, monkeypatch, target):
    import bm25s
    import faiss

    root = serving.settings.data_dir
    before_link = (root / "index").resolve()
    before = serving.retriever
    if target == "numpy.save":
        monkeypatch.setattr(np, "save", _no_space)
    elif target == "faiss.write_index":
        monkeypatch.setattr(faiss, "write_index", _no_space)
    elif target == "bm25":
        monkeypatch.setattr(bm25s.BM25, "save", _no_space)
    else:
        from pathlib import Path

        real = Path.write_text

        def write_text(self, *a, **k):
            if self.parent.name == "documents":
                _no_space()
            return real(self, *a, **k)

        monkeypatch.setattr(Path, "write_text", write_text)
    with pytest.raises(IngestError) as e:
        serving.ingest(force=True)
    msg = _one_line(e.value)
    assert "No space left on device" in msg and "overens ingest" in msg, msg
    assert not list(root.glob(".building-*")) and not list(root.glob(".index-link-*"))
    assert (root / "index").resolve() == before_link and serving.retriever is before and _answers(serving)
    monkeypatch.undo()
    assert serving.ingest(force=True).rebuilt and _answers(serving)
