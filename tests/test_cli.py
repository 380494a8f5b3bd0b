"""The CLI end to end (fast tier: in-process with the hashing encoder via a monkeypatched loader)."""

from __future__ import annotations

import json
import shutil

import pytest

from app import cli
from tests.conftest import CORPUS
from tests.fakes import HashingEncoder


@pytest.fixture(autouse=True)
def fake_encoder(monkeypatch):
    import retrieval.embedder as emb

    monkeypatch.setattr(emb, "load_encoder", lambda *a, **k: HashingEncoder())
    monkeypatch.setenv("OVERENS_MIN_SIMILARITY", "0")


def test_ingest_names_a_bad_file_and_indexes_the_rest(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "broken.txt").write_bytes(b"\x00\x01" * 100)
    (corpus / "empty.md").write_bytes(b"")
    monkeypatch.setenv("OVERENS_CORPUS_DIR", str(corpus))
    code = cli.main(["ingest"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "broken.txt" in err and "binary" in err and "empty.md" in err and "empty" in err
    assert "5 documents" in out
    assert cli.main(["docs", "--json"]) == 0
    docs = json.loads(capsys.readouterr().out)["documents"]
    assert len(docs) == 5


def test_ask_json_batch_search_doc_commitments(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OVERENS_CORPUS_DIR", str(CORPUS))
    assert cli.main(["ask", "Vad åtar sig Stockholms stad?", "--json"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["citations"] and not body["abstained"]
    batch = tmp_path / "in.jsonl"
    batch.write_text('{"id": "a", "question": "Vad åtar sig Stockholms stad?", "history": []}\n'
                     '{"id": "b", "question": "", "history": []}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert cli.main(["ask", "--batch", str(batch), "--out", str(out)]) == 1  # line b is bad
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"] and "error" in rows[1] and rows[0]["citations"]
    capsys.readouterr()
    assert cli.main(["search", "dialog", "-k", "2", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["hits"]) == 2
    assert cli.main(["doc", "vasternorrland", "--clean"]) == 0
    clean_text = capsys.readouterr().out
    assert "Läs mer" not in clean_text and "S ida" not in clean_text and "Principen om dialog" in clean_text
    assert cli.main(["commitments", "--format", "csv", "--document", "stockholm"]) == 0
    assert capsys.readouterr().out.count("\n") == 21  # a header and 20 Stockholm commitments (18 listed, 2 said in prose)


def test_errors_are_one_line_with_exit_codes(monkeypatch, capsys):
    monkeypatch.setenv("OVERENS_CORPUS_DIR", str(CORPUS))
    assert cli.main(["ask", ""]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "\n" not in err
    assert cli.main(["ask", "x" * 100_000]) == 2
    assert "limit" in capsys.readouterr().err
    assert cli.main(["doc", "nowhere"]) == 3
    assert cli.main(["search", "dialog", "--party", "kings"]) == 2


def test_serve_refuses_a_worker_count_below_one(capsys):
    assert cli.main(["serve", "--workers", "0"]) == 2
    assert "--workers must be 1 or more" in capsys.readouterr().err
