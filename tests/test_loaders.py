"""Loaders keep layout: typed blocks, pages, no furniture, no markup; structure reads the blocks."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean
from ingest.errors import IngestError
from ingest.load import load, read_layout
from ingest.structure import structure

FIXTURES = Path(__file__).parent / "fixtures"


def _parse(path: Path):
    doc = load(path)
    ct = clean(doc, set())
    return doc, structure(doc, ct)


def _docx(tmp_path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Överenskommelse om samverkan mellan Ekby kommun och föreningslivet", 0)
    d.add_heading("Principer", 1)
    d.add_heading("Dialog", 2)
    d.add_paragraph("Kommunen åtar sig att:")
    d.add_paragraph("bjuda in till dialogmöten två gånger per år", style="List Bullet")
    d.add_paragraph("informera om planerade beslut i god tid", style="List Bullet")
    d.add_heading("Barnrättsperspektiv", 2)
    d.add_paragraph("Föreningslivet ska låta barn komma till tals i verksamheten.")
    t = d.add_table(rows=3, cols=3)
    for i, h in enumerate(("Princip", "Kommunen åtar sig", "Föreningslivet åtar sig")):
        t.rows[0].cells[i].text = h
    for r, row in enumerate(
        (
            ("Kvalitet", "följa upp bidragen årligen", "redovisa verksamhetens resultat"),
            ("Mångfald", "stödja nya föreningar", "vara öppna för alla"),
        ),
        start=1,
    ):
        for c, text in enumerate(row):
            t.rows[r].cells[c].text = text
    d.add_paragraph("Antagen av kommunfullmäktige 2021-03-15, § 42.")
    path = tmp_path / "ekby.docx"
    d.save(path)
    return path


def test_docx_tables_are_kept_in_order_and_read_as_party_columns(tmp_path):
    doc, st = _parse(_docx(tmp_path))
    kinds = {b.kind for b in doc.layout.blocks}
    assert {"heading", "item", "cell", "paragraph"} <= kinds
    assert doc.text.index("Dialog") < doc.text.index("följa upp bidragen") < doc.text.index("Antagen av")
    got = {(c.principle, c.party, c.display_text) for c in st.commitments}
    assert ("kvalitet", "public", "följa upp bidragen årligen") in got
    assert ("mangfald", "civil_society", "vara öppna för alla") in got
    assert ("dialog", "public", "bjuda in till dialogmöten två gånger per år") in got
    # a principle outside the standard seven, under the Principer heading, gets a slug id
    assert ("barnrattsperspektiv", "civil_society") in {(c.principle, c.party) for c in st.commitments}
    for c in st.commitments:
        assert doc.text[c.start : c.end] == c.text


def test_html_main_content_without_menus_cookies_or_markup(tmp_path):
    page = """<html><head><title>Samverkan - Ekby kommun</title><style>body{color:red}</style></head><body>
    <div id="cookie">Vi använder kakor. <button>Godkänn alla kakor</button></div>
    <nav><ul><li><a href="/">Startsida</a></li><li><a href="/omsorg">Omsorg och stöd</a></li></ul></nav>
    <main><article><h1>Överenskommelse om samverkan i Ekby</h1>
    <p>Överenskommelsen bygger på de nationella principerna och gäller för hela kommunens verksamhet.</p>
    <h2>Öppenhet och insyn</h2><p>Kommunen åtar sig att:</p>
    <ul><li>publicera protokoll från samverkansrådet</li><li>svara på frågor inom två veckor</li></ul>
    </article></main><footer>Ekby kommun, Storgatan 1, 123 45 Ekby</footer></body></html>"""
    (tmp_path / "ekby.html").write_text(page, encoding="utf-8")
    doc, st = _parse(tmp_path / "ekby.html")
    assert "<" not in doc.text and "kakor" not in doc.text and "Startsida" not in doc.text
    assert "Storgatan" not in doc.text
    got = {(c.principle, c.party, c.display_text) for c in st.commitments}
    assert got == {
        ("oppenhet_och_insyn", "public", "publicera protokoll från samverkansrådet"),
        ("oppenhet_och_insyn", "public", "svara på frågor inom två veckor"),
    }


def test_pdf_furniture_removed_footnote_marker_detached_pages_kept():
    # tests/fixtures/layout_sample.pdf: a LibreOffice PDF with a running header, a 'Sida 1' footer,
    # a superscript footnote marker after '2019' and bullet lists over two pages
    ex = read_layout(FIXTURES / "layout_sample.pdf")
    assert ex.format == "pdf" and len(ex.pages) == 2
    assert "Överenskommelse Ekby kommun och idéburen sektor" not in ex.text  # the running header
    assert "Sida 1" not in ex.text and ex.removed_chars > 0
    assert "år 2019 och ska" in ex.text  # not '20193'
    assert "• bjuda in till möten nummer 0 med föreningarna och andra aktörer i hela kommunen" in ex.text
    pages = [b.page for b in ex.blocks]
    assert pages[0] == 1 and pages[-1] == 2 and pages == sorted(pages)
    assert ex.page_of(len(ex.text) - 1) == 2


def test_pdf_commitments_under_numbered_principle_headings():
    doc, st = _parse(FIXTURES / "layout_sample.pdf")
    parties = {(c.principle, c.party) for c in st.commitments}
    assert parties == {("dialog", "public"), ("kvalitet", "public")}
    assert len(st.commitments) == 9


def test_markdown_headings_and_items_are_blocks(tmp_path):
    (tmp_path / "p.md").write_text(
        "# Policy för samverkan\n\n## Dialog\n\nKommunen åtar sig att:\n\n"
        "- bjuda in föreningarna till samråd\n- svara på remisser\n",
        encoding="utf-8",
    )
    doc, st = _parse(tmp_path / "p.md")
    assert [b.kind for b in doc.layout.blocks] == ["heading", "heading", "paragraph", "item", "item"]
    assert [(c.principle, c.party) for c in st.commitments] == [("dialog", "public")] * 2


@pytest.mark.parametrize(
    "sentence,party",
    [
        ("Kommunen ska bjuda in till dialogmöten.", "public"),
        ("Region Norrvik förbinder sig att ge stöd.", "public"),
        ("Föreningarna ansvarar för att redovisa hur bidragen används.", "civil_society"),
        ("Vi åtar oss att träffas varje år.", "joint"),
        ("Parterna ska gemensamt ta fram en handlingsplan.", "joint"),
        ("För att främja dialogen ska staden informera tidigt.", "public"),
        ("The municipality will publish the minutes.", "public"),
        ("Överenskommelsen ska följas upp årligen.", None),
        ("Relationen mellan nämnden och föreningarna ska präglas av tillit.", None),
        ("Den idéburna sektorn ska kunna granska kommunen.", None),  # a right, not a commitment
    ],
)
def test_a_sentence_commits_its_subject(sentence, party):
    from ingest.parties import sentence_party

    assert sentence_party(sentence) == party


def test_a_broken_docx_is_refused_with_the_fix(tmp_path):
    (tmp_path / "x.docx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(IngestError, match="DOCX cannot be parsed"):
        load(tmp_path / "x.docx")


def test_a_pages_decision_line_survives_main_content_extraction(tmp_path):
    # main-content extraction drops a <p class="meta"> as page metadata; a decision line is the
    # document's own metadata and is kept after the title
    page = """<html><body><nav><a href="/">Start</a></nav><main><article>
    <h1>Överenskommelse om samverkan i Norrby</h1>
    <p class="meta">Antagen av kommunstyrelsen 2019-09-10, § 112.</p>
    <p>Norrby kommun och föreningslivet har tillsammans tagit fram en överenskommelse om hur vi \
ska samarbeta.</p>
    <h2>Dialog</h2><p>Kommunen ska bjuda in till två dialogmöten per år med alla föreningar i kommunen.</p>
    </article></main><footer>Senast uppdaterad 2023-01-17</footer></body></html>"""
    (tmp_path / "norrby.html").write_text(page, encoding="utf-8")
    doc = load(tmp_path / "norrby.html")
    assert "Antagen av kommunstyrelsen 2019-09-10, § 112." in doc.text and "2023-01-17" not in doc.text
    assert doc.meta.date == "2019-09-10" and doc.meta.body == "kommunstyrelsen"
