"""Bad documents: too large, deeply nested HTML, script and markdown injection.

Empty, binary, unsupported and unparsable files are covered in test_load.py. Each bad file is
named with its reason and the rest of the corpus is still indexed; markup in a document is
kept as text (citations are the file's own characters) and leaves the API as a JSON string.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.api import create_app
from ingest.load import MAX_FILE_BYTES
from ingest.pipeline import load_corpus, process

INJECTION = """Överenskommelse mellan Injektionsby kommun och föreningarna

Kommunen åtar sig att <script>alert("xss")</script> föra dialog med föreningarna.

[Klicka här](javascript:alert(1)) och ![bild](https://evil.example/x.png) <img src=x onerror=alert(1)>

**Föreningarna** åtar sig att `delta` i dialogen. <b>fet</b> <!-- kommentar -->
"""


def test_fifty_megabytes_of_text_is_refused_by_name_and_the_rest_is_indexed(small_corpus, make_service):
    line = "Kommunen åtar sig att föra dialog med föreningarna om allt som rör samverkan.\n"
    block = line * (1_000_000 // len(line.encode()) + 1)  # ~1 MB
    with open(small_corpus / "huge.txt", "w", encoding="utf-8") as f:
        for _ in range(50):
            f.write(block)
    assert (small_corpus / "huge.txt").stat().st_size > 50_000_000
    report = make_service(small_corpus).ingest()
    assert report.rebuilt and report.documents == 2
    [failure] = report.failures
    assert failure.source == "huge.txt"
    assert "huge.txt" in failure.reason and f"{MAX_FILE_BYTES}-byte limit" in failure.reason
    assert "\n" not in failure.reason


@pytest.mark.parametrize("layout", ["one line", "indented"])
def test_deeply_nested_html_is_ingested_without_recursion(tmp_path, layout):
    depth = 5000
    sep = "" if layout == "one line" else "\n"
    body = (
        "<p>Överenskommelse mellan Växjö kommun och idéburen sektor. Kommunen åtar sig att föra dialog.</p>"
    )
    html = (
        "<html><body>" + sep.join(["<div>"] * depth) + body + sep.join(["</div>"] * depth) + "</body></html>"
    )
    (tmp_path / "nested.html").write_text(html, encoding="utf-8")
    docs, failures = load_corpus(tmp_path)
    assert not failures
    processed, failures = process(docs, 220)
    assert not failures  # a RecursionError would be reported here, with the file's name
    [p] = processed
    assert "Kommunen åtar sig att föra dialog" in p.clean.text and "<div>" not in p.clean.text
    for c in p.chunks:  # offsets index into the page's extracted text, which holds no markup
        assert p.doc.text[c.start : c.end] == c.text and "<" not in c.text


def test_script_and_markdown_are_stored_as_text_and_returned_as_json_strings(small_corpus, make_service):
    (small_corpus / "injection.txt").write_text(INJECTION, encoding="utf-8")
    svc = make_service(small_corpus)
    report = svc.ingest()
    assert not report.failures and report.documents == 3
    with TestClient(create_app(svc.settings, service=svc)) as client:
        r = client.get("/documents/injektionsby")
        assert r.status_code == 200 and r.headers["content-type"] == "application/json"
        doc = r.json()
        assert doc["text"] == INJECTION  # kept character for character, as text
        assert '<script>alert("xss")</script>' in doc["clean_text"]
        r = client.post(
            "/ask",
            json={"question": "Vad åtar sig Injektionsby kommun?", "filters": {"document": "injektionsby"}},
        )
        assert r.status_code == 200 and r.headers["content-type"] == "application/json"
        body = r.json()
        assert body["citations"]
        assert any("<script>" in c["text"] for c in body["citations"])
        for c in body["citations"]:
            assert INJECTION[c["start"] : c["end"]] == c["text"]
        hits = client.get("/search", params={"q": "Klicka här bild", "document": "injektionsby"}).json()[
            "hits"
        ]
        assert any("[Klicka här](javascript:alert(1))" in h["text"] for h in hits)
