"""The HTTP API against the real app and index (fast tier: hashing encoder; slow tier: real model)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.api import create_app


@pytest.fixture(scope="module")
def client(fake_service):
    app = create_app(fake_service.settings, service=fake_service)
    with TestClient(app) as c:
        yield c


def test_health(client):
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["documents"] == 5 and body["chunks"] > 50


def test_ask_follows_the_contract(client, file_texts):
    r = client.post("/ask", json={"question": "Vad åtar sig Stockholms stad?", "history": []})
    assert r.status_code == 200
    body = r.json()
    assert set(body) >= {"question", "language", "answer", "abstained", "reason", "citations"}
    assert body["citations"], body
    for c in body["citations"]:
        assert file_texts[c["source"]][c["start"] : c["end"]] == c["text"]
        assert f"[{c['n']}]" in body["answer"]


def test_search_documents_commitments(client):
    hits = client.get("/search", params={"q": "dialog", "k": 3}).json()["hits"]
    assert len(hits) == 3 and [h["rank"] for h in hits] == [1, 2, 3]
    docs = client.get("/documents").json()["documents"]
    assert {d["doc_id"] for d in docs} == {"tyreso", "socialnamnden", "vasternorrland", "stockholm", "sodertalje"}
    one = client.get("/documents/stockholm").json()
    assert one["text"] and one["clean_text"] and one["sections"]
    rows = client.get("/commitments", params={"document": "stockholm", "party": "public"}).json()["commitments"]
    assert len(rows) == 4 and all(r["party"] == "public" for r in rows)


def test_commitments_csv(client):
    r = client.get("/commitments", params={"format": "csv", "document": "stockholm"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    lines = r.text.strip().splitlines()
    assert lines[0].startswith("doc_id,source,principle,party") and len(lines) == 1 + 18
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
        ("post", "/ask", {"json": {"question": "dialog", "filters": {"document": "malmo"}}}, 422),
        ("post", "/ask", {"json": {"question": "dialog", "filters": {"party": "kings"}}}, 422),
        ("post", "/ask", {"json": {"question": "dialog", "filters": {"principle": "rainbows"}}}, 422),
        ("post", "/ask", {"content": b"x" * 70_000, "headers": {"content-type": "application/json"}}, 413),
        ("get", "/search", {"params": {"q": ""}}, 422),
        ("get", "/search", {"params": {"q": "dialog", "k": 0}}, 422),
        ("get", "/search", {"params": {"q": "dialog", "k": 10_000}}, 422),
        ("get", "/documents/nope", {}, 404),
        ("get", "/documents/..%2F..%2Fetc%2Fpasswd", {}, 404),
        ("get", "/commitments", {"params": {"party": "nobody"}}, 422),
        ("get", "/nowhere", {}, 404),
        ("post", "/admin/reindex", {}, 403),
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
