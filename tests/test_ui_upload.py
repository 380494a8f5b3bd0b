"""The UI's Dokument view against the real API (fast tier): the ingest report it shows, and adding a
document through its file upload. The API is `app.api` over the hashing encoder and a writable
three-document corpus, served by uvicorn on a loopback port in a thread; the UI is Streamlit's AppTest."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.api import create_app
from app.ui_helpers import report_facts, report_party_rows
from tests.samples import AGREEMENT_MD

UI_SCRIPT = str(Path(__file__).resolve().parent.parent / "app" / "ui.py")
TOKEN = "ui-secret"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def api(make_service, small_corpus) -> Iterator[str]:
    import uvicorn

    svc = make_service(small_corpus, admin_token=TOKEN)
    svc.ingest()
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(svc.settings, service=svc), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the test API did not start"
        time.sleep(0.05)
    yield url
    server.should_exit = True
    thread.join(timeout=10)


def _documents_view(url: str, monkeypatch, token: str | None):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("OVERENS_API_URL", url)
    if token:
        monkeypatch.setenv("OVERENS_ADMIN_TOKEN", token)
    st.cache_data.clear()
    at = AppTest.from_file(UI_SCRIPT, default_timeout=60).run()
    at.radio(key="page").set_value("documents").run()
    assert not at.exception, at.exception
    return at


def _document_choice(at):
    return next(s for s in at.selectbox if s.label == "Välj dokument")


def test_report_helpers_label_the_facts_in_both_languages():
    report = {
        "format": "pdf",
        "pages": 3,
        "sections": 5,
        "principles": ["dialog"],
        "commitments": {"joint": 1, "public": 2},
        "warnings": [],
    }
    assert report_facts(report, "sv") == [
        ("Format", "pdf"),
        ("Sidor", "3"),
        ("Avsnitt", "5"),
        ("Principer", "1"),
        ("Åtaganden", "3"),
    ]
    assert report_facts({**report, "pages": None}, "en")[1] == ("Pages", "–")
    assert report_party_rows(report, "sv", "Region Testland") == [
        {"Part": "Regionen", "Åtaganden": 2},
        {"Part": "Båda parter", "Åtaganden": 1},
    ]


def test_documents_view_shows_what_ingest_understood(api, monkeypatch):
    at = _documents_view(api, monkeypatch, token=None)
    _document_choice(at).set_value("akerlunda").run()
    report = httpx.get(f"{api}/documents/akerlunda").json()["report"]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {
        "Format": "txt",
        "Sidor": "–",
        "Avsnitt": str(report["sections"]),
        "Principer": str(len(report["principles"])),
        "Åtaganden": str(sum(report["commitments"].values())),
    }
    warnings = "\n".join(w.value for w in at.warning)
    assert all(w in warnings for w in report["warnings"])
    # without a token for the UI there is no upload, and the view says how to turn it on
    assert not at.get("file_uploader")
    assert any("OVERENS_ADMIN_TOKEN" in c.value for c in at.caption)
    at.radio(key="lang").set_value("en").run()
    assert {m.label for m in at.metric} == {"Format", "Pages", "Sections", "Principles", "Commitments"}


def test_upload_adds_a_document_and_shows_its_report(api, monkeypatch, small_corpus):
    at = _documents_view(api, monkeypatch, token=TOKEN)
    at.get("file_uploader")[0].upload("Överenskommelse Testby.md", AGREEMENT_MD, "text/markdown")
    at.button[0].click().run()  # the form's submit button
    assert not at.exception, at.exception
    doc_id = {d["source"]: d["doc_id"] for d in httpx.get(f"{api}/documents").json()["documents"]}[
        "Overenskommelse_Testby.md"
    ]
    assert [s.value for s in at.success] == [
        f"Overenskommelse\\_Testby.md är tillagt som dokument {doc_id.replace('_', chr(92) + '_')}."
    ]
    assert (small_corpus / "Overenskommelse_Testby.md").read_bytes() == AGREEMENT_MD
    assert _document_choice(at).value == doc_id  # the view moves to the new document
    assert {m.label: m.value for m in at.metric}["Åtaganden"] == "3"


def test_a_refused_upload_shows_the_api_error_and_adds_nothing(api, monkeypatch, small_corpus):
    at = _documents_view(api, monkeypatch, token=TOKEN)
    before = sorted(p.name for p in small_corpus.iterdir())
    at.get("file_uploader")[0].upload("tom.txt", b"", "text/plain")
    at.button[0].click().run()
    assert not at.exception, at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and errors[0].startswith(
        "Dokumentet lades inte till (422): tom.txt: the file is empty"
    )
    assert sorted(p.name for p in small_corpus.iterdir()) == before


def test_a_wrong_ui_token_shows_the_403(api, monkeypatch):
    at = _documents_view(api, monkeypatch, token="not-the-secret")
    at.get("file_uploader")[0].upload("testby.md", AGREEMENT_MD, "text/markdown")
    at.button[0].click().run()
    assert [e.value for e in at.error][0].startswith(
        "Dokumentet lades inte till (403): missing or wrong token"
    )
