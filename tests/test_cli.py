"""The CLI end to end (fast tier: in-process with the hashing encoder via a monkeypatched loader, over
the fixture corpus)."""

from __future__ import annotations

import json
import shutil

import pytest

from app import cli
from tests.conftest import MINI_CORPUS
from tests.fakes import HashingEncoder


@pytest.fixture(autouse=True)
def fake_encoder(monkeypatch):
    import retrieval.embedder as emb

    monkeypatch.setattr(emb, "load_encoder", lambda *a, **k: HashingEncoder())
    monkeypatch.setenv("OVERENS_MIN_ANSWERABILITY", "0")


def test_ingest_names_a_bad_file_and_indexes_the_rest(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(MINI_CORPUS, corpus)
    (corpus / "broken.txt").write_bytes(b"\x00\x01" * 100)
    (corpus / "empty.md").write_bytes(b"")
    monkeypatch.setenv("OVERENS_CORPUS_DIR", str(corpus))
    code = cli.main(["ingest"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "broken.txt" in err and "binary" in err and "empty.md" in err and "empty" in err
    assert "2 documents" in out
    assert cli.main(["docs", "--json"]) == 0
    docs = json.loads(capsys.readouterr().out)["documents"]
    assert len(docs) == 2


def test_ask_json_batch_search_doc_commitments(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OVERENS_CORPUS_DIR", str(MINI_CORPUS))
    assert cli.main(["ask", "Vad åtar sig Fjällvik kommun?", "--json"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["citations"] and not body["abstained"]
    batch = tmp_path / "in.jsonl"
    batch.write_text(
        '{"id": "a", "question": "Vad åtar sig Fjällvik kommun?", "history": []}\n'
        '{"id": "b", "question": "", "history": []}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert cli.main(["ask", "--batch", str(batch), "--out", str(out)]) == 1  # line b is bad
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"] and "error" in rows[1] and rows[0]["citations"]
    capsys.readouterr()
    assert cli.main(["search", "dialog", "-k", "2", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["hits"]) == 2
    assert cli.main(["doc", "fjallvik", "--clean"]) == 0
    assert "Principen om dialog" in capsys.readouterr().out
    assert cli.main(["commitments", "--format", "csv", "--document", "fjallvik"]) == 0
    assert (
        capsys.readouterr().out.count("\n") == 14
    )  # a header and 13 commitments (12 listed, 1 said in prose)


def test_errors_are_one_line_with_exit_codes(monkeypatch, capsys):
    monkeypatch.setenv("OVERENS_CORPUS_DIR", str(MINI_CORPUS))
    assert cli.main(["ask", ""]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "\n" not in err
    assert cli.main(["ask", "x" * 100_000]) == 2
    assert "limit" in capsys.readouterr().err
    assert cli.main(["doc", "nowhere"]) == 3
    assert cli.main(["search", "dialog", "--party", "kings"]) == 2


@pytest.mark.parametrize(
    "argv,needle",
    [
        (["ask", "--batch", "{tmp}"], "cannot be read"),  # a folder
        (["ask", "--batch", "{tmp}/missing.jsonl"], "No such file"),
        (["ask", "--batch", "{batch}", "--out", "{tmp}/no/such/folder/out.jsonl"], "cannot be written"),
        (["eval", "--gold", "{tmp}/missing.jsonl", "--no-baselines"], "gold file"),
    ],
)
def test_a_file_the_user_names_is_one_line_not_a_traceback(tmp_path, monkeypatch, capsys, argv, needle):
    monkeypatch.setenv("OVERENS_CORPUS_DIR", str(MINI_CORPUS))
    batch = tmp_path / "in.jsonl"
    batch.write_text('{"id": 1, "question": "dialog"}\n', encoding="utf-8")
    code = cli.main([a.format(tmp=tmp_path, batch=batch) for a in argv])
    err = capsys.readouterr().err.strip()
    assert code == 2 and err.startswith("error:") and "\n" not in err and needle in err, err


def test_a_setting_that_does_not_parse_is_named_with_its_value(monkeypatch, capsys):
    monkeypatch.setenv("OVERENS_MAX_K", "many")
    assert cli.main(["docs"]) == 2
    err = capsys.readouterr().err.strip()
    assert "OVERENS_MAX_K='many'" in err and "\n" not in err


def test_every_bad_batch_line_is_an_error_row_with_its_id(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OVERENS_CORPUS_DIR", str(MINI_CORPUS))
    batch = tmp_path / "in.jsonl"
    batch.write_text(
        '{"id": "a", "question": "dialog", "history": 5}\n'
        '{"id": "b", "question": ["dialog"]}\n'
        "[1, 2]\n"
        "{not json\n"
        '{"id": "c", "question": "Vad åtar sig Fjällvik kommun?"}\n',
        encoding="utf-8",
    )
    assert cli.main(["ask", "--batch", str(batch)]) == 1
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", None, None, "c"]
    assert [r["error"].split(":")[0] for r in rows[:4]] == ["line 1", "line 2", "line 3", "line 4"]
    assert "history" in rows[0]["error"] and "question" in rows[1]["error"] and rows[4]["citations"]


def test_serve_refuses_a_worker_count_below_one(capsys):
    assert cli.main(["serve", "--workers", "0"]) == 2
    assert "--workers must be 1 or more" in capsys.readouterr().err
