"""Loading: encodings, bad files named with their reason, metadata from the file or inferred."""

from __future__ import annotations

import pytest

from ingest.errors import IngestError
from ingest.load import infer_meta, load, read_metadata
from ingest.pipeline import load_corpus, process

SWEDISH = "Överenskommelse mellan Växjö kommun och idéburen sektor\n\nKommunen åtar sig att föra dialog."


def test_utf8_and_windows_1252_decode_to_the_same_text(tmp_path):
    (tmp_path / "a.txt").write_bytes(SWEDISH.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(SWEDISH.encode("cp1252"))
    assert load(tmp_path / "a.txt").text == SWEDISH
    assert load(tmp_path / "b.txt").text == SWEDISH


@pytest.mark.parametrize(
    "name,content,reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n ", "empty"),
        ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 100, "binary"),
        ("image.png", b"\x89PNG....", "unsupported"),
        ("broken.pdf", b"%PDF-1.4 this is not really a pdf", "PDF"),
        ("broken.docx", b"PK\x03\x04 not a zip", "DOCX"),
    ],
)
def test_bad_files_are_named_with_their_reason(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(IngestError) as e:
        load(tmp_path / name)
    assert name in str(e.value) and reason.lower() in str(e.value).lower()


def test_a_pdf_without_text_layer_says_so(tmp_path):
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    with open(tmp_path / "scan.pdf", "wb") as f:
        w.write(f)
    with pytest.raises(IngestError, match="no text layer"):
        load(tmp_path / "scan.pdf")


def test_docx_text_is_loaded(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Överenskommelse mellan Lunds kommun och föreningarna")
    d.add_paragraph("Kommunen åtar sig att bjuda in till dialog.")
    d.save(tmp_path / "lund.docx")
    doc = load(tmp_path / "lund.docx")
    assert "Kommunen åtar sig" in doc.text and doc.meta.kind == "överenskommelse"


def test_metadata_file_wins_and_missing_metadata_is_inferred(tmp_path):
    (tmp_path / "x.txt").write_text(SWEDISH, encoding="utf-8")
    (tmp_path / "metadata.json").write_text(
        '{"x.txt": {"doc_id": "vaxjo", "kind": "policy"}}', encoding="utf-8"
    )
    doc = load(tmp_path / "x.txt", read_metadata(tmp_path))
    assert doc.doc_id == "vaxjo" and doc.meta.kind == "policy"
    inferred = infer_meta(SWEDISH, "x.txt")
    assert inferred.kind == "överenskommelse"
    assert inferred.place == "Växjö" and inferred.organisation == "Växjö kommun"
    assert inferred.title.startswith("Överenskommelse mellan Växjö")


def test_inferred_date_from_beslutsdatum():
    meta = infer_meta("Policy\n\nBeslutsdatum\t2019-02-01\tDokumenttyp\tPolicy\n", "t.txt")
    assert meta.date == "2019-02-01" and meta.kind == "policy"


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "good.txt").write_text(SWEDISH, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00" * 50)
    docs, failures = load_corpus(tmp_path)
    assert [d.source for d in docs] == ["good.txt"]
    assert sorted(f.source for f in failures) == ["bin.txt", "empty.txt"]
    processed, more = process(docs, 220)
    assert not more and processed[0].chunks


def test_html_markup_is_not_text_and_offsets_stay_in_the_file(tmp_path):
    from ingest.clean import clean

    html_text = (
        "<html><head><script>alert('x')</script><style>p{}</style></head><body>"
        "<h1>Överenskommelse i Ystad</h1>"
        "<p>Kommunen &amp; föreningarna åtar sig att samverka.</p></body></html>"
    )
    (tmp_path / "y.html").write_text(html_text, encoding="utf-8")
    doc = load(tmp_path / "y.html")
    ct = clean(doc)
    assert "alert" not in ct.text and "<p>" not in ct.text and "Kommunen & föreningarna" in ct.text
    i = ct.text.index("Kommunen")
    a, b = ct.to_original(i, i + len("Kommunen"))
    assert doc.text[a:b] == "Kommunen"
