"""The API's limits answer a JSON 4xx that states the limit: question length, history length,
request body size, results per page (k)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.api import create_app


@pytest.fixture(scope="module")
def client(fake_service):
    with TestClient(create_app(fake_service.settings, service=fake_service)) as c:
        yield c


def _error(r, status: int) -> str:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/json"
    error = r.json()["error"]
    assert isinstance(error, str) and error
    return error


def test_question_length(client, fake_service):
    limit = fake_service.settings.max_question_chars
    assert client.post("/ask", json={"question": "dialog " + "x" * (limit - 7)}).status_code == 200
    error = _error(client.post("/ask", json={"question": "x" * (limit + 1)}), 422)
    assert str(limit + 1) in error and f"limit is {limit}" in error
    error = _error(client.get("/search", params={"q": "x" * (limit + 1)}), 422)
    assert f"limit is {limit}" in error


def test_history_length(client, fake_service):
    limit = fake_service.settings.max_history
    ok = client.post("/ask", json={"question": "Och kommunen?", "history": ["Vad gäller om dialog?"] * limit})
    assert ok.status_code == 200
    error = _error(client.post("/ask", json={"question": "dialog", "history": ["dialog"] * (limit + 1)}), 422)
    assert f"{limit + 1} questions" in error and f"limit is {limit}" in error
    # an earlier question has the question's limit (so a whole conversation fits the body limit)
    long = "Vad gäller om dialog? " + "x" * 5000
    error = _error(client.post("/ask", json={"question": "Och kommunen?", "history": [long]}), 422)
    assert "history.0" in error and str(fake_service.settings.max_question_chars) in error


def test_body_size_with_and_without_content_length(client, fake_service):
    limit = fake_service.settings.max_body_bytes
    big = b'{"question": "dialog", "history": ["' + b"x" * limit + b'"]}'
    error = _error(client.post("/ask", content=big, headers={"content-type": "application/json"}), 413)
    assert str(len(big)) in error and f"limit is {limit}" in error

    def chunks():
        for i in range(0, len(big), 4096):
            yield big[i : i + 4096]

    r = client.post("/ask", content=chunks(), headers={"content-type": "application/json"})
    assert "content-length" not in {k.lower() for k in r.request.headers}
    assert f"{limit}-byte limit" in _error(r, 413)


@pytest.mark.parametrize("k,status", [(1, 200), (50, 200), (51, 422), (0, 422), (-1, 422), (10**12, 422)])
def test_results_per_page(client, k, status):
    r = client.get("/search", params={"q": "dialog", "k": k})
    if status == 200:
        assert r.status_code == 200 and 1 <= len(r.json()["hits"]) <= k
    else:
        error = _error(r, status)
        assert (
            "k:" in error
            and ("less than or equal to 50" if k > 50 else "greater than or equal to 1") in error
        )


def test_limits_follow_the_settings(fake_service):
    settings = fake_service.settings.model_copy(update={"max_question_chars": 40, "max_history": 2})
    with TestClient(create_app(settings, service=fake_service)) as c:
        assert "limit is 40" in _error(c.post("/ask", json={"question": "dialog " * 7}), 422)
        assert "limit is 2" in _error(c.post("/ask", json={"question": "dialog", "history": ["a"] * 3}), 422)
