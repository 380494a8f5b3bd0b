"""Adding a document (`Service.add_document`, `overens add`) and what ingest says it understood
(fast tier: the hashing encoder over a copy of the two-document fixture corpus)."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from app import cli
from ingest.errors import IngestError
from retrieval import service as service_module
from retrieval.index import read_manifest
from retrieval.service import (
    FileConflict,
    FileTooLarge,
    UnsupportedFileType,
    answer_json,
    hit_json,
    safe_filename,
)
from tests.conftest import MINI_SOURCES
from tests.fakes import HashingEncoder
from tests.samples import AGREEMENT_MD, tiny_pdf

TESTBY = "Overenskommelse_Testby.md"
TESTBY_COMMITMENTS = {"public": 1, "civil_society": 1, "joint": 1}


def _state(svc, corpus: Path) -> tuple[dict[str, bytes], Path, str]:
    """What must not change when an addition is refused: the corpus files, the index folder, its hash."""
    root = svc.settings.data_dir
    files = {p.name: p.read_bytes() for p in corpus.iterdir()}
    return files, (root / "index").resolve(), read_manifest(root)["corpus_hash"]


@pytest.fixture
def svc(make_service, small_corpus):
    s = make_service(small_corpus)
    s.ingest()
    return s


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Överenskommelse Örebro 2024.PDF", "Overenskommelse_Orebro_2024.pdf"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\anna\\Avtal (slutlig).docx", "Avtal_slutlig.docx"),
        (".hidden.md", "hidden.md"),
        ("åäö.txt", "aao.txt"),
        ("???.html", "document.html"),
        ("policy.htm", "policy.htm"),
        ("a" * 300 + ".txt", "a" * 96 + ".txt"),
    ],
)
def test_safe_filename(name, expected):
    assert safe_filename(name) == expected


@pytest.mark.parametrize("name", ["virus.exe", "noextension", "", "metadata.json", "bild.png"])
def test_safe_filename_refuses_types_ingest_cannot_read(name):
    with pytest.raises(UnsupportedFileType, match="supported: .txt, .md"):
        safe_filename(name)


def _ids(svc) -> dict[str, str]:
    return {d["source"]: d["doc_id"] for d in svc.documents()}


def test_an_added_document_is_indexed_with_its_report(svc, small_corpus):
    before = _ids(svc)
    report = svc.add_document("Överenskommelse Testby.md", AGREEMENT_MD)
    assert (report.source, report.format, report.pages) == (TESTBY, "md", None)
    assert report.principles == ("dialog", "oppenhet_och_insyn")
    assert dict(report.commitments) == TESTBY_COMMITMENTS
    assert (small_corpus / TESTBY).read_bytes() == AGREEMENT_MD
    assert not list(small_corpus.glob(".incoming-*"))  # the staging folder is gone
    assert _ids(svc) == {**before, TESTBY: report.doc_id}  # the others keep their ids
    stored = svc.document(report.doc_id)
    assert stored["report"]["commitments"] == TESTBY_COMMITMENTS and stored["pages"] == []
    assert stored["report"]["principles"] == ["dialog", "oppenhet_och_insyn"]
    answer = svc.ask("Vad åtar sig Testby kommun?")
    assert any(c.source == TESTBY for c in answer.citations)


def test_adding_the_same_file_again_changes_nothing(svc):
    svc.add_document("testby.md", AGREEMENT_MD)
    before = (svc.settings.data_dir / "index").resolve()
    again = svc.add_document("testby.md", AGREEMENT_MD)
    assert again.source == "testby.md" and (svc.settings.data_dir / "index").resolve() == before


@pytest.mark.parametrize(
    "name,data,error,says",
    [
        ("tom.txt", b"", IngestError, "empty"),
        ("tom.txt", b" \n\n  ", IngestError, "empty"),
        ("binar.txt", b"\x00\x01\x02PK" * 200, IngestError, "binary"),
        ("trasig.pdf", b"%PDF-1.4 this is not really a pdf", IngestError, "PDF"),
        ("trasig.docx", b"PK\x03\x04 not a zip", IngestError, "DOCX"),
        ("program.exe", b"MZ\x90\x00", UnsupportedFileType, "unsupported file type '.exe'"),
        ("stor.txt", b"dialog " * 2000, FileTooLarge, "14,000 bytes is over the 10,000-byte limit"),
    ],
)
def test_a_refused_file_leaves_corpus_and_index_untouched(
    make_service, small_corpus, name, data, error, says
):
    svc = make_service(small_corpus, max_upload_bytes=10_000)
    svc.ingest()
    before = _state(svc, small_corpus)
    with pytest.raises(error) as e:
        svc.add_document(name, data)
    assert says.lower() in str(e.value).lower()
    assert _state(svc, small_corpus) == before
    assert not list(small_corpus.glob(".incoming-*"))


def test_a_file_of_the_same_name_is_replaced_only_when_asked(svc, small_corpus):
    svc.add_document("testby.md", AGREEMENT_MD)
    changed = AGREEMENT_MD.replace(b"Testby", b"Nyby")
    before = _state(svc, small_corpus)
    with pytest.raises(FileConflict, match="--replace"):
        svc.add_document("testby.md", changed)
    assert _state(svc, small_corpus) == before
    report = svc.add_document("testby.md", changed, replace=True)
    assert report.source == "testby.md" and (small_corpus / "testby.md").read_bytes() == changed
    assert "Nyby" in svc.document(report.doc_id)["text"] and len(svc.documents()) == 3


def test_a_file_that_would_rename_an_indexed_document_is_refused(svc, small_corpus, monkeypatch):
    # the pipeline gives clashing ids their own (stable by file name, or the later file fails): an
    # addition that would move an indexed document to another id, or out of the index, is refused
    before = _state(svc, small_corpus)
    ids = _ids(svc)
    real_load_corpus = service_module.load_corpus

    def clashing(corpus_dir):
        docs, failures = real_load_corpus(corpus_dir)
        if any(d.source == "0.txt" for d in docs):
            docs = [
                dataclasses.replace(d, doc_id="akerlunda-policy") if d.doc_id == "akerlunda" else d
                for d in docs
            ]
        return docs, failures

    monkeypatch.setattr(service_module, "load_corpus", clashing)
    with pytest.raises(
        FileConflict,
        match=r"0.txt: adding it would rename the document 'akerlunda' "
        r"\(akerlunda_policy.txt\) to 'akerlunda-policy'",
    ):
        svc.add_document("0.txt", AGREEMENT_MD)
    files, _, corpus_hash = _state(svc, small_corpus)
    assert files == before[0] and corpus_hash == before[2] and _ids(svc) == ids


def test_a_clashing_doc_id_never_moves_an_indexed_document(svc, small_corpus):
    # the real pipeline, a file named to sort first, with the doc_id of an indexed document in metadata.json
    meta = json.loads((small_corpus / "metadata.json").read_text(encoding="utf-8"))
    meta["0.txt"] = {"doc_id": "akerlunda", "title": "Krock"}
    (small_corpus / "metadata.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    svc.ingest()
    ids = _ids(svc)
    try:
        report = svc.add_document("0.txt", AGREEMENT_MD)
    except IngestError:  # FileConflict, or the pipeline's own "doc_id ... is already used"
        assert not (small_corpus / "0.txt").exists() and _ids(svc) == ids
    else:
        assert _ids(svc) == {**ids, "0.txt": report.doc_id} and report.doc_id != "akerlunda"


def test_a_failed_reindex_takes_the_file_out_again(svc, small_corpus, monkeypatch):
    svc.add_document("testby.md", AGREEMENT_MD)
    before = _state(svc, small_corpus)
    ids = _ids(svc)

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(service_module, "build_index", full_disk)
    with pytest.raises(IngestError, match="No space left on device"):
        svc.add_document("nyby.md", AGREEMENT_MD.replace(b"Testby", b"Nyby"))
    with pytest.raises(IngestError, match="No space left on device"):
        svc.add_document("testby.md", AGREEMENT_MD.replace(b"Testby", b"Nyby"), replace=True)
    assert _state(svc, small_corpus) == before  # the new file gone, the replaced one back
    assert _ids(svc) == ids


def test_a_file_the_index_leaves_out_is_taken_out_and_the_index_restored(svc, small_corpus, monkeypatch):
    before = _state(svc, small_corpus)
    ids = _ids(svc)
    real_process = service_module.process
    calls = []

    def process_failing_on_the_second_call(docs, budget, progress=None):
        # the pre-check passes, then the re-index's own processing refuses the new file
        calls.append(len(docs))
        processed, failures = real_process(docs, budget, progress)
        if len(calls) == 2:
            keep = [p for p in processed if p.doc.source != "nyby.md"]
            failures = [
                *failures,
                service_module.Failure("nyby.md", "nyby.md: could not be processed (test)"),
            ]
            return keep, failures
        return processed, failures

    monkeypatch.setattr(service_module, "process", process_failing_on_the_second_call)
    with pytest.raises(IngestError, match=r"nyby.md: could not be processed \(test\)"):
        svc.add_document("nyby.md", AGREEMENT_MD.replace(b"Testby", b"Nyby"))
    files, _, corpus_hash = _state(svc, small_corpus)
    assert files == before[0] and corpus_hash == before[2]  # rebuilt again over the same corpus
    assert _ids(svc) == ids


def test_a_pdf_citation_and_hit_carry_their_page(svc):
    report = svc.add_document("Sidby.pdf", tiny_pdf())
    assert (report.format, report.pages, report.principles) == ("pdf", 2, ("dialog", "kvalitet"))
    sidby = report.doc_id
    doc = svc.document(sidby)
    (a, b), (c, d) = doc["pages"]
    assert a == 0 and b <= c and d == len(doc["text"])
    second_page_starts = c

    def page(start: int) -> int:
        return 1 if start < second_page_starts else 2

    hits = [hit_json(h) for h in svc.search("kvalitet uppföljning", k=10)]
    on_pdf = [h for h in hits if h["doc_id"] == sidby]
    assert on_pdf and all(h["page"] == page(h["start"]) for h in on_pdf)
    assert all(h["page"] is None for h in hits if h["doc_id"] != sidby)
    answer = answer_json(svc.ask("Vad åtar sig Sidby kommun under principen om kvalitet?"))
    cited = [c for c in answer["citations"] if c["doc_id"] == sidby]
    assert cited and all(c["page"] == page(c["start"]) for c in cited)
    assert any(c["page"] == 2 and "följa upp kvaliteten" in c["text"] for c in cited)
    other = answer_json(svc.ask("Vad åtar sig Åkerlunda kommun?"))
    assert other["citations"] and all(c["page"] is None for c in other["citations"])


def test_an_index_from_before_reports_loads_and_is_rebuilt_once(svc):
    index = (svc.settings.data_dir / "index").resolve()
    for p in (index / "documents").glob("*.json"):
        d = json.loads(p.read_text(encoding="utf-8"))
        del d["report"], d["pages"]
        p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    svc.reload()
    assert svc.document("akerlunda")["report"] is None and svc.document("akerlunda")["pages"] == []
    report = svc.ingest()
    assert report.rebuilt and {r.source for r in report.reports} == set(MINI_SOURCES)
    assert svc.document("akerlunda")["report"]["format"] == "txt"
    assert not svc.ingest().rebuilt  # and then it is up to date


# --- the command line ------------------------------------------------------------------------------


@pytest.fixture
def fake_encoder(monkeypatch):
    import retrieval.embedder as emb

    monkeypatch.setattr(emb, "load_encoder", lambda *a, **k: HashingEncoder())
    monkeypatch.setenv("OVERENS_MIN_ANSWERABILITY", "0")


def test_cli_add_copies_reindexes_and_reports(fake_encoder, small_corpus, tmp_path, capsys):
    src = tmp_path / "Överenskommelse Testby.md"
    src.write_bytes(AGREEMENT_MD)
    assert cli.main(["add", str(src), "--corpus", str(small_corpus)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert cli.main(["docs", "--json"]) == 0  # the index now lists it
    doc_id = {d["source"]: d["doc_id"] for d in json.loads(capsys.readouterr().out)["documents"]}[TESTBY]
    assert out == [
        f"added {small_corpus / TESTBY} and re-indexed",
        f"{TESTBY} → {doc_id}",
        "  md, 3 sections, 3 commitments (public 1, civil_society 1, joint 1)",
        "  principles (2): dialog, oppenhet_och_insyn",
        out[4],
    ]
    assert re.fullmatch(r"  time: parse \d+\.\d\d s, embed \d+\.\d\d s \(\d+ passages? encoded\)", out[4])
    assert (small_corpus / TESTBY).read_bytes() == AGREEMENT_MD


@pytest.mark.parametrize(
    "name,data,says",
    [
        ("tom.txt", b"", "empty"),
        ("binar.txt", b"\x00\x01" * 300, "binary"),
        ("program.exe", b"MZ", "unsupported file type"),
        (None, None, "no such file"),
    ],
)
def test_cli_add_refuses_a_bad_file_in_one_line(
    fake_encoder, small_corpus, tmp_path, capsys, name, data, says
):
    assert cli.main(["ingest", "--corpus", str(small_corpus)]) == 0
    capsys.readouterr()
    root = tmp_path / "data"
    before = ({p.name for p in small_corpus.iterdir()}, (root / "index").resolve())
    src = tmp_path / (name or "missing.txt")
    if data is not None:
        src.write_bytes(data)
    assert cli.main(["add", str(src), "--corpus", str(small_corpus)]) == 1
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert err.startswith("error: ") and "\n" not in err and says in err.lower()
    assert captured.out == ""
    assert ({p.name for p in small_corpus.iterdir()}, (root / "index").resolve()) == before


def test_cli_add_refuses_to_overwrite_without_replace(fake_encoder, small_corpus, tmp_path, capsys):
    src = tmp_path / "testby.md"
    src.write_bytes(AGREEMENT_MD)
    assert cli.main(["add", str(src), "--corpus", str(small_corpus)]) == 0
    src.write_bytes(AGREEMENT_MD.replace(b"Testby", b"Nyby"))
    capsys.readouterr()
    assert cli.main(["add", str(src), "--corpus", str(small_corpus)]) == 1
    assert "--replace" in capsys.readouterr().err
    assert (small_corpus / "testby.md").read_bytes() == AGREEMENT_MD
    assert cli.main(["add", str(src), "--corpus", str(small_corpus), "--replace"]) == 0
    assert b"Nyby" in (small_corpus / "testby.md").read_bytes()


def test_cli_ingest_prints_what_it_understood_per_file(fake_encoder, small_corpus, capsys):
    (small_corpus / "testby.md").write_bytes(AGREEMENT_MD)
    (small_corpus / "sidby.pdf").write_bytes(tiny_pdf())
    (small_corpus / "tom.txt").write_bytes(b"")
    assert cli.main(["ingest", "--corpus", str(small_corpus)]) == 1  # tom.txt is refused
    captured = capsys.readouterr()
    out = captured.out
    assert cli.main(["docs", "--json"]) == 0
    ids = {d["source"]: d["doc_id"] for d in json.loads(capsys.readouterr().out)["documents"]}
    assert (
        f"sidby.pdf → {ids['sidby.pdf']}\n"
        "  pdf, 2 pages, 3 sections, 4 commitments (public 2, civil_society 2)\n"
        "  principles (2): dialog, kvalitet\n"
    ) in out
    assert (
        f"testby.md → {ids['testby.md']}\n"
        "  md, 3 sections, 3 commitments (public 1, civil_society 1, joint 1)\n"
        "  principles (2): dialog, oppenhet_och_insyn\n"
    ) in out
    for source in MINI_SOURCES:
        block = out.split(f"{source} → {ids[source]}\n", 1)[1]
        assert block.startswith("  txt, ") and "\n  principles (" in block
    assert "tom.txt" in captured.err and "empty" in captured.err and "tom.txt →" not in out
    # the same blocks when the index is up to date (they come from the index then)
    assert cli.main(["ingest", "--corpus", str(small_corpus)]) == 1
    again = capsys.readouterr().out
    assert "index up to date" in again and again.split("index ")[0] == out.split("index ")[0]
