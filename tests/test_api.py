"""The HTTP API against the real app and index (fast tier: hashing encoder over the fixture corpus)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.api import MULTIPART_OVERHEAD, create_app
from tests.conftest import MINI_IDS
from tests.samples import AGREEMENT_MD, tiny_pdf

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
UPLOAD_LIMIT = 20_000


@pytest.fixture(scope="module")
def client(fake_service):
    app = create_app(fake_service.settings, service=fake_service)
    with TestClient(app) as c:
        yield c


def test_health(client):
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["documents"] == 2 and body["chunks"] > 10


def test_ask_follows_the_contract(client, mini_texts):
    r = client.post("/ask", json={"question": "Vad åtar sig Fjällvik kommun?", "history": []})
    assert r.status_code == 200
    body = r.json()
    assert set(body) >= {"question", "language", "answer", "abstained", "reason", "citations"}
    assert body["citations"], body
    for c in body["citations"]:
        assert mini_texts[c["source"]][c["start"] : c["end"]] == c["text"]
        assert f"[{c['n']}]" in body["answer"]


def test_search_documents_commitments(client):
    hits = client.get("/search", params={"q": "dialog", "k": 3}).json()["hits"]
    assert len(hits) == 3 and [h["rank"] for h in hits] == [1, 2, 3]
    docs = client.get("/documents").json()["documents"]
    assert {d["doc_id"] for d in docs} == set(MINI_IDS)
    one = client.get("/documents/fjallvik").json()
    assert one["text"] and one["clean_text"] and one["sections"]
    assert one["report"]["source"] == "fjallvik_overenskommelse.txt" and one["report"]["format"] == "txt"
    assert one["report"]["sections"] == len(one["sections"]) and one["pages"] == []
    assert sum(one["report"]["commitments"].values()) == len(
        client.get("/commitments", params={"document": "fjallvik"}).json()["commitments"]
    )
    assert all(h["page"] is None for h in hits)  # plain text has no pages
    rows = client.get("/commitments", params={"document": "fjallvik", "party": "public"}).json()[
        "commitments"
    ]
    assert len(rows) == 9 and all(r["party"] == "public" for r in rows)


def test_commitments_csv(client):
    r = client.get("/commitments", params={"format": "csv", "document": "fjallvik"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    lines = r.text.strip().splitlines()
    assert (
        lines[0].startswith("doc_id,source,principle,party") and len(lines) == 1 + 13
    )  # 12 listed, 1 in prose
    r2 = client.get("/commitments", headers={"Accept": "text/csv"})
    assert r2.headers["content-type"].startswith("text/csv")


@pytest.mark.parametrize(
    "method,url,kwargs,status",
    [
        ("post", "/ask", {"json": {"question": ""}}, 422),
        ("post", "/ask", {"json": {"question": "   "}}, 422),
        ("post", "/ask", {"json": {"question": "x" * 1001}}, 422),
        ("post", "/ask", {"json": {"question": "dialog", "history": ["a"] * 11}}, 422),
        ("post", "/ask", {"json": {}}, 422),
        ("post", "/ask", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 422),
        ("post", "/ask", {"json": {"question": "???"}}, 422),
        ("post", "/ask", {"json": {"question": "dialog", "filters": {"document": "malmo"}}}, 404),
        ("post", "/ask", {"json": {"question": "dialog", "filters": {"party": "kings"}}}, 422),
        ("post", "/ask", {"json": {"question": "dialog", "filters": {"principle": "rainbows"}}}, 404),
        ("post", "/ask", {"content": b"x" * 70_000, "headers": {"content-type": "application/json"}}, 413),
        ("get", "/search", {"params": {"q": ""}}, 422),
        ("get", "/search", {"params": {"q": "dialog", "k": 0}}, 422),
        ("get", "/search", {"params": {"q": "dialog", "k": 10_000}}, 422),
        ("get", "/documents/nope", {}, 404),
        ("get", "/documents/..%2F..%2Fetc%2Fpasswd", {}, 404),
        ("get", "/commitments", {"params": {"party": "nobody"}}, 422),
        ("get", "/commitments", {"params": {"document": "malmo"}}, 404),
        ("get", "/nowhere", {}, 404),
        ("post", "/admin/reindex", {}, 403),
        ("post", "/documents", {}, 403),
        ("post", "/documents", {"files": {"file": ("a.md", AGREEMENT_MD)}}, 403),
    ],
)
def test_bad_input_is_a_json_4xx(client, method, url, kwargs, status):
    r = getattr(client, method)(url, **kwargs)
    assert r.status_code == status, r.text
    assert isinstance(r.json()["error"], str) and r.json()["error"]
    assert "Traceback" not in r.text


def test_openapi_page(client):
    spec = client.get("/openapi.json").json()
    assert {"/ask", "/search", "/documents", "/commitments", "/health"} <= set(spec["paths"])
    post = spec["paths"]["/documents"]["post"]
    assert {"201", "400", "403", "409", "413", "415", "422"} <= set(post["responses"])
    assert "multipart/form-data" in post["requestBody"]["content"]
    # what the service refuses is declared: a question's limits, the party ids, every error's body
    question = spec["components"]["schemas"]["AskRequest"]["properties"]["question"]
    assert question["minLength"] == 1 and question["maxLength"] == 1000 and question["pattern"]
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                if status.startswith("4"):
                    schema = response["content"]["application/json"]["schema"]
                    assert schema == {"$ref": "#/components/schemas/ErrorBody"}, (method, path, status)


@pytest.mark.parametrize(
    "method,url,allow",
    [
        ("delete", "/ask", "POST"),
        ("put", "/documents", "GET, POST"),
        ("post", "/health", "GET"),
    ],
)
def test_a_405_says_which_methods_are_allowed(client, method, url, allow):
    r = client.request(method.upper(), url)
    assert r.status_code == 405 and r.headers["Allow"] == allow and r.json()["error"]


# --- POST /documents ----------------------------------------------------------------------------


@pytest.fixture
def upload(make_service, small_corpus):
    """An app with an admin token over a writable copy of the fixture corpus; yields (client, corpus)."""
    svc = make_service(small_corpus, admin_token=TOKEN, max_upload_bytes=UPLOAD_LIMIT)
    svc.ingest()
    with TestClient(create_app(svc.settings, service=svc)) as c:
        yield c, small_corpus


def test_upload_without_a_configured_token_says_how_to_turn_it_on(client):
    r = client.post("/documents", files={"file": ("a.md", AGREEMENT_MD)}, headers=AUTH)
    assert r.status_code == 403 and "OVERENS_ADMIN_TOKEN" in r.json()["error"]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN + "x"}])
def test_upload_without_the_right_token_is_403_and_copies_nothing(upload, headers):
    c, corpus = upload
    before = sorted(p.name for p in corpus.iterdir())
    r = c.post("/documents", files={"file": ("a.md", AGREEMENT_MD)}, headers=headers)
    assert r.status_code == 403 and "Authorization: Bearer" in r.json()["error"]
    assert sorted(p.name for p in corpus.iterdir()) == before


@pytest.mark.parametrize(
    "name,data,status,says",
    [
        ("stor.txt", b"dialog " * 3000, 413, "21,000 bytes is over the 20,000-byte limit"),
        ("stor.txt", b"x" * (UPLOAD_LIMIT + MULTIPART_OVERHEAD + 1), 413, "OVERENS_MAX_UPLOAD_BYTES"),
        ("program.exe", b"MZ\x90\x00", 415, "unsupported file type '.exe'"),
        ("README", AGREEMENT_MD, 415, "unsupported file type '(no extension)'"),
        ("tom.txt", b"", 422, "empty"),
        ("binar.txt", b"\x00\x01\x02" * 100, 422, "binary"),
        ("trasig.pdf", b"%PDF-1.4 this is not really a pdf", 422, "PDF"),
    ],
)
def test_a_refused_upload_is_a_json_4xx_and_copies_nothing(upload, name, data, status, says):
    c, corpus = upload
    before = sorted(p.name for p in corpus.iterdir())
    r = c.post("/documents", files={"file": (name, data)}, headers=AUTH)
    assert r.status_code == status, r.text
    assert says.lower() in r.json()["error"].lower()
    assert sorted(p.name for p in corpus.iterdir()) == before
    assert len(c.get("/documents").json()["documents"]) == 2


def test_a_good_upload_is_201_with_its_report_and_then_listed(upload):
    c, corpus = upload
    r = c.post("/documents", files={"file": ("../Överenskommelse Testby.md", AGREEMENT_MD)}, headers=AUTH)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["source"] == "Overenskommelse_Testby.md" and body["doc_id"] == body["report"]["doc_id"]
    assert body["report"]["format"] == "md" and body["report"]["principles"] == [
        "dialog",
        "oppenhet_och_insyn",
    ]
    assert body["report"]["commitments"] == {"public": 1, "civil_society": 1, "joint": 1}
    assert (corpus / "Overenskommelse_Testby.md").read_bytes() == AGREEMENT_MD
    docs = {d["doc_id"]: d for d in c.get("/documents").json()["documents"]}
    assert docs[body["doc_id"]]["source"] == "Overenskommelse_Testby.md" and len(docs) == 3
    assert c.get(f"/documents/{body['doc_id']}").json()["report"] == body["report"]
    changed = AGREEMENT_MD.replace(b"Testby", b"Nyby")
    r = c.post("/documents", files={"file": ("Överenskommelse Testby.md", changed)}, headers=AUTH)
    assert r.status_code == 409 and "replace" in r.json()["error"]
    r = c.post(
        "/documents",
        params={"replace": "true"},
        files={"file": ("Överenskommelse Testby.md", changed)},
        headers=AUTH,
    )
    assert r.status_code == 201 and "Nyby" in c.get(f"/documents/{r.json()['doc_id']}").json()["text"]


def test_an_uploaded_pdf_is_cited_with_its_page(upload):
    c, _ = upload
    r = c.post("/documents", files={"file": ("sidby.pdf", tiny_pdf())}, headers=AUTH)
    assert r.status_code == 201 and r.json()["report"]["pages"] == 2
    sidby = r.json()["doc_id"]
    second = c.get(f"/documents/{sidby}").json()["pages"][1][0]
    body = c.post("/ask", json={"question": "Vad åtar sig Sidby kommun under principen om kvalitet?"}).json()
    cited = [x for x in body["citations"] if x["doc_id"] == sidby]
    assert cited and all(x["page"] == (1 if x["start"] < second else 2) for x in cited)
    hits = c.get("/search", params={"q": "kvalitet", "document": sidby}).json()["hits"]
    assert hits and all(h["page"] == (1 if h["start"] < second else 2) for h in hits)


@pytest.mark.slow
def test_a_full_question_queue_answers_503_with_retry_after(real_service):
    import threading
    import time

    from retrieval.batching import QueryBatcher
    from retrieval.service import Service

    batcher = QueryBatcher(real_service.encoder.encoder, workers=1, max_pending=1, window_ms=0)
    svc = Service(real_service.settings, encoder=batcher)
    long_texts = [("Samverkan mellan kommunen och föreningarna bygger på dialog och öppenhet. " * 40)] * 16
    with TestClient(create_app(svc.settings, service=svc)) as c:
        busy = threading.Thread(target=batcher.encode_queries, args=(long_texts,))  # seconds of work
        busy.start()
        time.sleep(0.2)
        waiting = threading.Thread(target=batcher.encode_queries, args=(["en fråga som väntar"],))
        waiting.start()
        time.sleep(0.05)
        r = c.post("/ask", json={"question": "Vad åtar sig Stockholms stad?"})
        busy.join()
        waiting.join()
        assert r.status_code == 503 and r.headers["retry-after"] == "1"
        assert "OVERENS_MAX_PENDING_QUERIES" in r.json()["error"]
        assert c.post("/ask", json={"question": "Vad åtar sig Stockholms stad?"}).status_code == 200
        assert c.get("/health").json()["encoder"] == "onnx"


@pytest.mark.slow
def test_the_server_admits_a_bounded_number_of_questions(real_service):
    import threading
    import time

    from retrieval.batching import QueryBatcher
    from retrieval.service import Service

    settings = real_service.settings.model_copy(update={"max_pending_queries": 1})
    batcher = QueryBatcher(real_service.encoder.encoder, workers=1, max_pending=8, window_ms=0)
    svc = Service(settings, encoder=batcher)
    long_texts = [("Samverkan mellan kommunen och föreningarna bygger på dialog och öppenhet. " * 40)] * 16
    with TestClient(create_app(settings, service=svc)) as c:
        busy = threading.Thread(target=batcher.encode_queries, args=(long_texts,))  # the encoder is busy
        busy.start()
        time.sleep(0.2)
        first: list = []
        admitted = threading.Thread(
            target=lambda: first.append(c.post("/ask", json={"question": "Vad är IOP?"}))
        )
        admitted.start()  # admitted: it waits for the encoder
        time.sleep(0.3)
        r = c.get("/search", params={"q": "dialog"})
        busy.join()
        admitted.join()
        assert r.status_code == 503 and r.headers["retry-after"] == "1"
        assert "already being answered (the limit is 1" in r.json()["error"]
        assert first[0].status_code == 200
        assert c.get("/search", params={"q": "dialog"}).status_code == 200  # the slot is free again
