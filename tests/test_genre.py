"""Forms of the genre that any agreement may use, each checked on a sentence or table written here
(not taken from a corpus document): principle names in their usual variations, who 'vi' is, the
joint council, a named organisation of the place, inverted word order, and a PDF's ruled table."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders.pdf_loader import load_pdf
from ingest.parties import lead_in_party, sentence_party, speaker
from ingest.vocab import heading_principle_id, principle_id

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("written", "pid"),
    [
        ("Princip: Dialog", "dialog"),
        ("Princip 3: Kvalitet", "kvalitet"),
        ("4.2 Principen om öppenhet och insyn", "oppenhet_och_insyn"),
        ("Långsiktighet – att kunna planera", "langsiktighet"),
        ("Mångfald (inkludering)", "mangfald"),
        (
            "Barnperspektiv – barns röster",
            "barnrattsperspektiv",
        ),  # a principle often added: data/principles.toml
        ("Hållbar utveckling – för framtiden", "hallbar_utveckling"),  # any other: a slug of its name
        ("Social development (Samhällsutveckling)", "samhallsutveckling"),  # a translated heading
        ("Quality", "kvalitet"),
    ],
)
def test_principle_names_in_their_usual_forms(written, pid):
    assert principle_id(written) == pid


@pytest.mark.parametrize(
    ("heading", "pid"),
    [
        ("Öppen dialog", "dialog"),
        ("Kvalitet och utveckling", "kvalitet"),
        ("Långsiktiga förutsättningar", "langsiktighet"),
        ("Insyn", "oppenhet_och_insyn"),
        ("Oberoende", "sjalvstandighet_och_oberoende"),
        ("Long-term approach", "langsiktighet"),  # a hyphenated compound names it whole
        ("Dialog och kvalitet", None),  # two principles: not one of them
        ("Hållbar regional utveckling", None),
    ],
)
def test_a_heading_that_names_a_principle_in_other_words(heading, pid):
    assert heading_principle_id(heading) == pid


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("Samverkansrådet ska varje år ta fram en handlingsplan.", "joint"),
        ("Senast i oktober varje år ska parterna följa upp handlingsplanen.", "joint"),
        ("De lokala föreningarna ska informera sina medlemmar om överenskommelsen.", "civil_society"),
        ("Kommunen erbjuder utbildning i styrelsearbete för föreningarnas ledare.", "public"),
        ("Regionen avser att införa fleråriga bidrag.", "public"),
        ("De idéburna organisationerna förväntas delta i dialogen.", "civil_society"),
        ("Av regionen förväntas att den återkopplar inom en månad.", "public"),
        ("Föreningarna kan ansöka om bidrag två gånger per år.", None),  # a right, not a commitment
        ("Föreningarna ska kunna ansöka om bidrag digitalt.", None),
    ],
)
def test_who_commits_in_a_sentence(sentence, party):
    assert sentence_party(sentence) == party


def test_a_named_organisation_of_the_place_is_the_civil_society_side():
    said = "Forum Kvarnby ska samla in synpunkter från de anslutna föreningarna."
    assert sentence_party(said) is None
    assert sentence_party(said, place="Kvarnby") == "civil_society"
    assert sentence_party("Kvarnby kommun ska publicera besluten.", place="Kvarnby") == "public"


@pytest.mark.parametrize(
    ("text", "found", "we", "party"),
    [
        ("Vi ska svara på frågor inom två veckor.", "joint", "public", "public"),  # a kommun's policy
        ("Vi ska svara på frågor inom två veckor.", "joint", "joint", "joint"),  # an agreement
        ("Vi i föreningslivet tar ansvar för att följa upp.", "joint", "joint", "civil_society"),
        ("Vi inom kommunen lovar att svara snabbt.", "joint", "joint", "public"),
        ("Kommunen ska svara på frågor.", "public", "joint", "public"),
    ],
)
def test_who_we_are(text, found, we, party):
    assert speaker(text, found, we) == party


def test_a_pdf_table_is_read_cell_by_cell_with_its_headers():
    ex = load_pdf((FIXTURES / "table_sample.pdf").read_bytes(), "table_sample.pdf")
    cells = [b for b in ex.blocks if b.kind == "cell"]
    body = {ex.text[b.start : b.end]: b for b in cells if b.row}
    item = body["förankra synpunkter hos sina medlemmar"]
    assert (item.row_header, item.col_header, item.marker) == ("Dialog", "Föreningslivet åtar sig", "•")
    assert body["Kommunen ska svara på skrivelser inom fyra veckor."].col_header == "Kommunen åtar sig"
    assert "Föreningarna åtar sig att:" in body  # the lead-in is its own paragraph, the items follow
    # the text after the table is a paragraph of its own, not glued to a cell
    assert any(ex.text[b.start : b.end].startswith("Kommunen ansvarar för att") for b in ex.blocks)
    assert all(b.page == 1 for b in cells)


def test_a_pdf_table_of_commitments_reaches_the_matrix(tmp_path):
    from ingest.pipeline import load_corpus, process

    (tmp_path / "kvarnby_overenskommelse.pdf").write_bytes((FIXTURES / "table_sample.pdf").read_bytes())
    docs, failures = load_corpus(tmp_path)
    (done,), _ = process(docs, 400)
    assert failures == [] and done.doc.doc_id == "kvarnby"
    matrix = {(c.principle, c.party, c.display_text) for c in done.structure.commitments}
    assert ("dialog", "civil_society", "delta i dialogmötet") in matrix
    assert ("kvalitet", "public", "Kommunen ska ställa rimliga krav på redovisning.") in matrix
    assert not any(c.display_text.endswith(":") for c in done.structure.commitments)  # lead-ins are not
    assert all(done.doc.text[c.start : c.end] == c.text for c in done.structure.commitments)


def test_an_english_translation_has_its_metadata_read():
    from ingest.meta import infer_meta

    text = (
        "# Local agreement between Eksala Municipality and the non-profit sector\n\n"
        "Adopted by the municipal council on 14 March 2022.\n\n## 1. Background\n\nThe municipality …\n"
    )
    meta = infer_meta(text, "eksala_agreement.md")
    assert (meta.place, meta.organisation, meta.kind, meta.date) == (
        "Eksala",
        "Eksala Municipality",
        "överenskommelse",
        "2022-03-14",
    )


def _matrix(tmp_path, name: str, data: bytes) -> set[tuple]:
    from ingest.pipeline import load_corpus, process

    (tmp_path / name).write_bytes(data)
    docs, failures = load_corpus(tmp_path)
    (done,), _ = process(docs, 400)
    assert failures == []
    return {(c.principle, c.party, c.display_text) for c in done.structure.commitments}


def test_principles_named_in_other_words_in_a_run_of_headings(tmp_path):
    text = "\n\n".join(
        [
            "# Överenskommelse mellan Grimsta kommun och föreningslivet",
            "## Bakgrund",
            "Grimsta kommun har länge samarbetat med föreningslivet.",
            "## Oberoende",
            "Vi i föreningslivet tar ansvar för att redovisa hur bidrag används.",
            "## Öppen dialog",
            "* Kommunen ska bjuda in till dialogmöten två gånger per år.",
            "## Kvalitet och utveckling",
            "Tillsammans ska vi ta fram en enkel modell för uppföljning.",
            "## Uppföljning",
            "Parterna ska följa upp överenskommelsen varje år.",
        ]
    )
    matrix = _matrix(tmp_path, "grimsta.md", text.encode())
    assert matrix == {
        (
            "sjalvstandighet_och_oberoende",
            "civil_society",
            "Vi i föreningslivet tar ansvar för att redovisa hur bidrag används.",
        ),
        ("dialog", "public", "Kommunen ska bjuda in till dialogmöten två gånger per år."),
        ("kvalitet", "joint", "Tillsammans ska vi ta fram en enkel modell för uppföljning."),
        (None, "joint", "Parterna ska följa upp överenskommelsen varje år."),  # follow-up: no principle
    }


def test_a_table_of_party_columns_only(tmp_path):
    import io

    import docx

    d = docx.Document()
    d.add_heading("Överenskommelse mellan Hagby kommun och civilsamhället", 1)
    d.add_heading("Dialog", 2)
    t = d.add_table(rows=3, cols=2)
    for row, cells in enumerate(
        [
            ("Kommunen åtar sig", "Civilsamhällets organisationer åtar sig"),
            (
                "att bjuda in till dialogmöte minst två gånger per år",
                "att förankra synpunkter hos medlemmarna",
            ),
            ("att återkoppla hur synpunkterna tagits om hand", "att delta aktivt i dialogmötena"),
        ]
    ):
        for col, text in enumerate(cells):
            t.rows[row].cells[col].text = text
    out = io.BytesIO()
    d.save(out)
    matrix = _matrix(tmp_path, "hagby.docx", out.getvalue())
    assert {(p, party) for p, party, _ in matrix} == {("dialog", "public"), ("dialog", "civil_society")}
    assert len(matrix) == 4 and ("dialog", "civil_society", "att delta aktivt i dialogmötena") in matrix


def test_a_markdown_wiki_export(tmp_path):
    """Front matter, a table of party rows with <br> inside cells, a bold run-in heading naming a
    principle inside a merged section, a sub-item that details a commitment, numbered items."""
    text = "\n".join(
        [
            "---",
            "title: Policy för samverkan",
            "beslutsdatum: 2023-02-01",
            "---",
            "",
            "# Policy för samverkan mellan Hamra kommun och föreningslivet",
            "",
            "## 1. Öppenhet och insyn",
            "",
            "| Part | Åtagande |",
            "|------|----------|",
            "| Kommunen | Publicera besluten om bidrag på webbplatsen.<br>Svara på frågor inom en vecka. |",
            "| Föreningarna | Lämna en verksamhetsberättelse varje år. |",
            "",
            "## 2. Långsiktighet och kvalitet",
            "",
            "**Kvalitet.** Kommunen ska erbjuda utbildning för föreningarnas styrelser.",
            "",
            "Kommunen ska:",
            "",
            "1. ge fleråriga bidrag till föreningar med fast verksamhet",
            "   - till exempel idrottsföreningar och studieförbund",
            "2. besluta om bidragen senast i oktober",
        ]
    )
    matrix = _matrix(tmp_path, "hamra.md", text.encode())
    assert matrix == {
        ("oppenhet_och_insyn", "public", "Publicera besluten om bidrag på webbplatsen."),
        ("oppenhet_och_insyn", "public", "Svara på frågor inom en vecka."),
        ("oppenhet_och_insyn", "civil_society", "Lämna en verksamhetsberättelse varje år."),
        ("kvalitet", "public", "Kommunen ska erbjuda utbildning för föreningarnas styrelser."),
        ("kvalitet", "public", "ge fleråriga bidrag till föreningar med fast verksamhet"),
        ("kvalitet", "public", "besluta om bidragen senast i oktober"),
    }


def test_plain_text_pasted_from_a_paged_document(tmp_path):
    """Running headers next to page-number lines are not sections; '1) Dialog' is a principle
    heading; a sentence wrapped over lines keeps its party."""
    header = "Överenskommelse Region Sunnå – civilsamhället 2024–2027"
    text = "\n".join(
        [
            "ÖVERENSKOMMELSE",
            "mellan Region Sunnå och civilsamhället",
            "",
            "1) Dialog",
            "",
            "Regionen ska bjuda in till samråd tidigt. De idéburna organisationerna",
            "ska förankra synpunkterna hos sina medlemmar. Båda parter ska",
            "delta i ett gemensamt dialogforum två gånger per år.",
            "",
            "- 2 -",
            "",
            header,
            "",
            "2) Kvalitet",
            "",
            "Regionen åtar sig att följa upp stödet med enkla rapporter.",
            "",
            "- 3 -",
            "",
            header,
            "",
            "3) Långsiktighet",
            "",
            "Regionen ska i första hand ge fleråriga bidrag.",
        ]
    )
    (tmp_path / "sunna.txt").write_text(text, encoding="utf-8")
    from ingest.pipeline import load_corpus, process

    docs, _ = load_corpus(tmp_path)
    (done,), _ = process(docs, 400)
    titles = [s.title for s in done.structure.sections]
    assert header not in titles and not any("2 -" in t for t in titles)
    found = {(c.principle, c.party) for c in done.structure.commitments}
    assert found == {
        ("dialog", "public"),
        ("dialog", "civil_society"),
        ("dialog", "joint"),
        ("kvalitet", "public"),
        ("langsiktighet", "public"),
    }
    joint = next(c for c in done.structure.commitments if c.party == "joint")
    assert joint.display_text == "Båda parter ska delta i ett gemensamt dialogforum två gånger per år."


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "Kommunen ska ge stöd till nya föreningar, och föreningarna ska vara öppna för alla.",
            ["public", "civil_society"],
        ),
        ("Kommunen ska ge stöd och råd till nya föreningar.", ["public"]),  # one party, one clause
    ],
)
def test_a_sentence_with_two_parties_is_two_commitments(tmp_path, sentence, parties):
    text = f"# Överenskommelse i Lunda kommun\n\n## Mångfald\n\n{sentence}\n"
    matrix = _matrix(tmp_path, "lunda.md", text.encode())
    assert sorted(p for _, p, _ in matrix) == sorted(parties)


def test_an_expectation_commits_the_party_expected_to_act():
    from ingest.parties import header_party, lead_in_party

    assert lead_in_party("Vi vill att föreningarna:") == "civil_society"
    assert sentence_party("Kommunen förväntar sig att föreningarna redovisar hur bidragen används.") == (
        "civil_society"
    )
    assert header_party("Föreningarnas upplevelse av samverkan") is None  # the head is 'upplevelse'
    assert header_party("Föreningarnas åtaganden") == "civil_society"
    assert header_party("Civilsamhällets organisationer") == "civil_society"
    assert sentence_party("Vallmora kommun åtar sig att") is None  # a lead-in without its colon


def test_an_html_table_caption_is_not_its_header_row(tmp_path):
    page = (
        "<html><body><main><h1>Överenskommelse mellan Rösby kommun och föreningslivet</h1>"
        "<h2>Dialog</h2><p>Dialog är grunden för samverkan mellan parterna i Rösby.</p>"
        "<table><caption>Åtaganden under principen dialog</caption>"
        "<tr><th>Rösby kommun åtar sig att</th><th>Föreningarna åtar sig att</th></tr>"
        "<tr><td>bjuda in till dialog tidigt i processen</td>"
        "<td>delta i dialogforum och samråd med företrädare för sina medlemmar</td></tr>"
        "</table></main></body></html>"
    )
    matrix = _matrix(tmp_path, "rosby.html", page.encode())
    assert {(p, party) for p, party, _ in matrix} == {("dialog", "public"), ("dialog", "civil_society")}


def test_tab_panels_of_a_cms_page_are_its_content(tmp_path):
    """Principles behind a tab widget are `hidden` until clicked, and the CMS puts its rich-text
    block (which main-content extraction takes as the body) before the widget."""
    panels = "".join(
        f'<div role="tabpanel" class="tabs__panel" id="p-{i}" {"hidden" if i else ""}><h3>{name}</h3>'
        f"<h4>Kommunen åtar sig att</h4><ul><li>{kommun}</li></ul>"
        f"<h4>Föreningarna åtar sig att</h4><ul><li>{foreningar}</li></ul></div>"
        for i, (name, kommun, foreningar) in enumerate(
            [
                (
                    "Dialog",
                    "bjuda in till samråd före varje budgetbeslut",
                    "utse en kontaktperson för samråden",
                ),
                ("Kvalitet", "förenkla ansökan om bidrag i e-tjänsten", "redovisa hur bidragen har använts"),
            ]
        )
    )
    page = (
        '<html><body><nav><a href="/">Start</a></nav><main><article class="article">'
        "<h1>Överenskommelse mellan Lundeby kommun och föreningslivet</h1>"
        '<div class="article__body richtext"><h2>Varför en överenskommelse?</h2><p>Överenskommelsen '
        "beskriver hur kommunen och föreningarna i Lundeby ska samverka under åren som kommer, och vad "
        "båda parter kan vänta sig av varandra i vardagen.</p><h2>Vilka omfattas?</h2><p>Den omfattar "
        "kommunens nämnder och förvaltningar och de föreningar, stiftelser och trossamfund som är "
        "verksamma i kommunen. Föreningsrådet har företrätt föreningarna i arbetet.</p></div>"
        '<section class="block block--tabs"><h2>Principer</h2><div class="tabs">'
        '<div class="tabs__list" role="tablist"><button role="tab" aria-controls="p-0">Dialog</button>'
        '<button role="tab" aria-controls="p-1">Kvalitet</button></div>'
        f"{panels}</div></section></article></main></body></html>"
    )
    matrix = _matrix(tmp_path, "lundeby.html", page.encode())
    assert ("kvalitet", "civil_society", "redovisa hur bidragen har använts") in matrix
    assert {(p, party) for p, party, _ in matrix} == {
        ("dialog", "public"),
        ("dialog", "civil_society"),  # the second party heading keeps its principle
        ("kvalitet", "public"),
        ("kvalitet", "civil_society"),
    }


def test_a_table_with_a_party_column_and_row_groups(tmp_path):
    import io

    import docx

    d = docx.Document()
    d.add_heading("Överenskommelse mellan Region Ödmark och civilsamhället", 1)
    d.add_paragraph("Tabellen visar parternas åtaganden.")
    t = d.add_table(rows=5, cols=3)
    rows = [
        ("Princip", "Part", "Åtagande"),
        ("Dialog", "Regionen", "Kalla till ett regionalt dialogforum varje vår."),
        ("Dialog", "Organisationerna", "Förankra sina synpunkter hos medlemmarna före forumet."),
        ("Mångfald", "Båda parter", "Arbeta för att fler unga blir aktiva i föreningslivet."),
        ("Mångfald", "Regionen", "Följa upp hur bidragen fördelas mellan olika grupper."),
    ]
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            t.rows[r].cells[c].text = text
    d.add_paragraph("Uppföljning per part:")
    g = d.add_table(rows=4, cols=3)
    for r, cells in enumerate(
        [
            ("Vem", "Åtagande", "Uppföljning"),
            ("Öppenhet och insyn", "", ""),
            ("Regionen", "Publicera alla bidragsbeslut på webbplatsen.", "Redovisas i årsrapporten."),
            (
                "Organisationerna",
                "Lämna verksamhetsberättelse när de söker bidrag.",
                "Kontrolleras vid ansökan.",
            ),
        ]
    ):
        for c, text in enumerate(cells):
            g.rows[r].cells[c].text = text
    g.rows[1].cells[0].merge(g.rows[1].cells[2])  # the group's title merged across the table
    out = io.BytesIO()
    d.save(out)
    matrix = _matrix(tmp_path, "odmark.docx", out.getvalue())
    assert matrix == {
        ("dialog", "public", "Kalla till ett regionalt dialogforum varje vår."),
        ("dialog", "civil_society", "Förankra sina synpunkter hos medlemmarna före forumet."),
        ("mangfald", "joint", "Arbeta för att fler unga blir aktiva i föreningslivet."),
        ("mangfald", "public", "Följa upp hur bidragen fördelas mellan olika grupper."),
        ("oppenhet_och_insyn", "public", "Publicera alla bidragsbeslut på webbplatsen."),
        ("oppenhet_och_insyn", "civil_society", "Lämna verksamhetsberättelse när de söker bidrag."),
    }  # the 'Uppföljning' column is not a commitment


def test_a_case_system_export_in_plain_text(tmp_path):
    text = "\n".join(
        [
            "Ärende:        Överenskommelse mellan Brattby kommun och föreningslivet",
            "Diarienummer:  KS 2024/0099",
            "",
            "2. Dialog",
            "Kommunens åtaganden: bjuda in till dialogmöten varje kvartal; svara på skrivelser i tid.",
            "",
            "Kvalitet",
            "De idéburna organisationerna i Brattby åtar sig att",
            "a) redovisa hur bidragen har använts,",
            "b) ta tillvara deltagarnas synpunkter.",
            "",
            "Så följer vi upp",
            "Gemensamt åtar sig parterna att",
            "o följa upp överenskommelsen varje höst",
        ]
    )
    matrix = _matrix(tmp_path, "brattby.txt", text.encode())
    assert matrix == {
        ("dialog", "public", "bjuda in till dialogmöten varje kvartal;"),
        ("dialog", "public", "svara på skrivelser i tid."),
        ("kvalitet", "civil_society", "redovisa hur bidragen har använts,"),
        ("kvalitet", "civil_society", "ta tillvara deltagarnas synpunkter."),
        (None, "joint", "följa upp överenskommelsen varje höst"),  # follow-up: no principle
    }


def test_a_lead_in_without_its_colon():
    assert lead_in_party("Kommunen åtar sig att") == "public"
    assert lead_in_party("Tillsammans ska vi") == "joint"
    assert lead_in_party("För att överenskommelsen ska bli känd åtar sig parterna att") == "joint"
    assert lead_in_party("Kommunen åtar sig att lyssna.") is None  # a commitment, not a lead-in
    assert lead_in_party("Kommunen ska lyssna") is None


def test_a_word_export_keeps_its_headings_lists_and_cell_paragraphs(tmp_path):
    """Word's 'Save as web page': headings trafilatura may drop, typed bullets and numbers, and a
    table whose cells hold several paragraphs."""
    filler = "".join(
        f"<p class=MsoNormal>Stycke {i} beskriver hur samverkan i Fjällby har vuxit fram under många år "
        "och vilka erfarenheter parterna tar med sig in i arbetet framåt.</p>"
        for i in range(12)
    )
    page = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        '<meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body>'
        "<div class=WordSection1>"
        "<p class=MsoTitle>Överenskommelse mellan Fjällby kommun och föreningslivet</p>"
        f"<h1>1. Bakgrund</h1>{filler}<h1>2. Principer</h1><h2>2.1 Dialog</h2>"
        "<p class=MsoNormal>Kommunen åtar sig att:</p>"
        "<p class=MsoListParagraphCxSpFirst><span>·<span>&nbsp;&nbsp;</span></span>"
        "bjuda in till dialogmöten varje vår</p>"
        "<h2>2.2 Långsiktighet</h2><table class=MsoTableGrid><tr>"
        "<td><p class=MsoNormal>Kommunen åtar sig att</p></td>"
        "<td><p class=MsoNormal>Föreningarna åtar sig att</p></td></tr><tr>"
        "<td><p class=MsoNormal>- ge fleråriga bidrag till verksamhet av långsiktig karaktär</p>"
        "<p class=MsoNormal>- varsla om ändrade bidragsregler ett år i förväg</p></td>"
        "<td><p class=MsoNormal>- söka flera finansieringskällor för sin verksamhet</p></td></tr></table>"
        "<h1>3. Genomförande</h1><p class=MsoNormal>Parterna åtar sig gemensamt att:</p>"
        "<p class=MsoListParagraph>1.&nbsp;&nbsp; följa upp överenskommelsen varje år</p>"
        "</div></body></html>"
    )
    matrix = _matrix(tmp_path, "fjallby.htm", page.encode("cp1252"))
    assert matrix == {
        ("dialog", "public", "bjuda in till dialogmöten varje vår"),
        ("langsiktighet", "public", "ge fleråriga bidrag till verksamhet av långsiktig karaktär"),
        ("langsiktighet", "public", "varsla om ändrade bidragsregler ett år i förväg"),
        ("langsiktighet", "civil_society", "söka flera finansieringskällor för sin verksamhet"),
        (None, "joint", "följa upp överenskommelsen varje år"),
    }


def test_a_label_naming_what_a_party_does_introduces_its_list():
    assert lead_in_party("Så här arbetar regionen") == "public"
    assert lead_in_party("Det här förväntar vi oss av organisationerna") == "civil_society"
    assert lead_in_party("Tillsammans") == "joint"
    assert lead_in_party("Föreningsstöd") is None  # a compound of a party word is a topic
    assert lead_in_party("Kommunens organisation") is None
    assert lead_in_party("Idéburna organisationer: En samlande term") is None


def test_party_labels_headings_chapters_and_a_sentence_ending_in_a_number(tmp_path):
    text = "\n".join(
        [
            "# Överenskommelse mellan Lervik kommun och föreningslivet",
            "",
            "## 3. Principer",
            "",
            "### 3.1 Dialog",
            "",
            "#### Så här arbetar kommunen",
            "",
            "- Bjuder in till ett öppet möte varje vår.",
            "",
            "#### Det här förväntar vi oss av föreningslivet",
            "",
            "- Deltar med företrädare som har mandat.",
            "",
            "### 3.2 Kvalitet",
            "",
            "Föreningarna ska redovisa enligt avsnitt 5. Kommunen ska ge besked inom en månad.",
            "",
            "Kommunen: följer upp bidragen med en enkel mall.",
            "",
            "Tillsammans: tar vi fram en gemensam kalender för året.",
            "",
            "## 4. Kommunens åtaganden",
            "",
            "Kommunen åtar sig att:",
            "",
            "- betala ut bidraget kvartalsvis.",
        ]
    )
    matrix = _matrix(tmp_path, "lervik.md", text.encode())
    assert matrix == {
        ("dialog", "public", "Bjuder in till ett öppet möte varje vår."),
        ("dialog", "civil_society", "Deltar med företrädare som har mandat."),
        ("kvalitet", "civil_society", "Föreningarna ska redovisa enligt avsnitt 5."),
        ("kvalitet", "public", "Kommunen ska ge besked inom en månad."),
        ("kvalitet", "public", "följer upp bidragen med en enkel mall."),
        ("kvalitet", "joint", "tar vi fram en gemensam kalender för året."),
        (None, "public", "betala ut bidraget kvartalsvis."),  # chapter 4 is not principle 3.2
    }


def test_a_protocol_extract_dates_the_agreement_by_its_meeting():
    from ingest.meta import infer_meta

    text = "\n".join(
        [
            "Kommunstyrelsen   Sammanträdesdatum 2023-04-12",
            "§ 55  Överenskommelse med föreningslivet i Norrby",
            "Kommunstyrelsen beslutar att anta överenskommelsen för perioden 2024-01-01 – 2026-12-31.",
        ]
    )
    meta = infer_meta(text, "norrby.txt")
    assert meta.date == "2023-04-12"


def test_a_contract_with_paragraph_signs_and_clause_numbers_written_without_diacritics(tmp_path):
    """An old export without å/ä/ö, in contract form: '§ N' chapters, 'N.M' clauses, a party's
    chapter of numbered items after an inverted lead-in, and numbered clause sentences."""
    text = "\r\n".join(
        [
            "Overenskommelse mellan Vastra Lunda kommun och foreningslivet",
            "",
            "§ 4 Principer",
            "",
            "4.1 Dialog",
            "",
            "Kommunen ska bjuda in foreningarna till tva dialogmoten varje ar.",
            "Foreningarna ska forankra sina synpunkter hos medlemmarna.",
            "",
            "4.2 Oppenhet och insyn",
            "",
            "Kommunen ska publicera alla beslut om bidrag pa webbplatsen.",
            "",
            "§ 5 Kommunens ataganden",
            "",
            "Utover det som foljer av § 4 atar sig kommunen att:",
            "",
            "5.1   utse en kontaktperson for foreningslivet pa varje",
            "      forvaltning,",
            "5.2   erbjuda lokaler kostnadsfritt for moten.",
            "",
            "§ 6 Foreningarnas ataganden",
            "",
            "6.1   Foreningarna ska lamna en verksamhetsberattelse varje ar.",
        ]
    )
    matrix = _matrix(tmp_path, "vastra_lunda.txt", text.encode())
    from ingest.lexicon import fold

    # (the repair restores å/ä/ö from the language; 'ar' may be read 'år' or 'är')
    found = {(p, party, fold(t.split()[-1])) for p, party, t in matrix}
    assert found == {
        ("dialog", "public", "ar."),
        ("dialog", "civil_society", "medlemmarna."),
        ("oppenhet_och_insyn", "public", "webbplatsen."),
        (None, "public", "forvaltning,"),  # chapter 5 is not principle 4.2
        (None, "public", "moten."),
        (None, "civil_society", "ar."),
    }


@pytest.mark.parametrize(
    ("word", "verb"),
    [
        ("Arrangera", True),
        ("Se", True),
        ("Införa", True),
        ("Erbjuda", True),
        ("Bjuder", True),
        ("Översyn", False),
        ("Årliga", False),
        ("Gemensamma", False),
        ("Skola", False),
        ("Utbildningsserie", False),
        ("Riktlinjer", False),
    ],
)
def test_a_verb_is_told_from_a_noun_or_an_adjective_by_its_other_forms(word, verb):
    from ingest.lexicon import verb_form

    assert verb_form(word) is verb


def _action_table(rows: list[tuple[str, ...]], grouped: bool) -> bytes:
    import io

    import docx

    d = docx.Document()
    d.add_heading("Policy för samverkan mellan Norrvalla kommun och civilsamhället", 1)
    d.add_heading("Handlingsplan", 2)
    t = d.add_table(rows=1, cols=3)
    for col, text in enumerate(("Åtgärd", "Ansvarig", "Tidplan")):
        t.rows[0].cells[col].text = text
    for cells in rows:
        r = t.add_row()
        if len(cells) == 1 and grouped:  # a principle's row merged across the table
            merged = r.cells[0].merge(r.cells[2])
            merged.text = cells[0]
            continue
        for col, text in enumerate(cells):
            r.cells[col].text = text
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_an_action_plan_grouped_by_principle_is_the_commitments_of_its_responsible_parties(tmp_path):
    rows = [
        ("Dialog",),
        ("Arrangera ett dialogforum varje höst", "Kultur- och fritidsförvaltningen", "2025"),
        ("Samla in medlemmarnas synpunkter inför forumet", "Föreningarna", "Löpande"),
        ("Kvalitet",),
        ("Ta fram en enkel modell för uppföljning", "Båda parter", "2026"),
        ("Översyn av bidragsreglerna", "Kommunen", "2025"),  # a planning item, not an undertaking
    ]
    matrix = _matrix(tmp_path, "norrvalla.docx", _action_table(rows, grouped=True))
    assert matrix == {
        ("dialog", "public", "Arrangera ett dialogforum varje höst"),
        ("dialog", "civil_society", "Samla in medlemmarnas synpunkter inför forumet"),
        ("kvalitet", "joint", "Ta fram en enkel modell för uppföljning"),
    }


def test_an_ungrouped_list_of_activities_is_a_planning_appendix(tmp_path):
    rows = [
        ("Arrangera ett dialogforum varje höst", "Kultur- och fritidsförvaltningen", "2025"),
        ("Ta fram en lättläst version av policyn", "Kommunen", "2026"),
    ]
    assert _matrix(tmp_path, "norrvalla.docx", _action_table(rows, grouped=False)) == set()


def test_a_document_saved_with_tracked_changes_reads_as_accepted(tmp_path):
    """Word's revision marks: inserted text counts, deleted text does not."""
    import io

    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_heading("Överenskommelse mellan Ekvalla kommun och föreningslivet", 1)
    d.add_heading("Dialog", 2)
    p = d.add_paragraph("Kommunen ska bjuda in till dialogmöte ")
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    attrs = 'w:id="{}" w:author="Granskare" w:date="2025-01-01T00:00:00Z"'
    p._p.append(parse_xml(f"<w:del {ns} {attrs.format(1)}><w:r><w:delText>två</w:delText></w:r></w:del>"))
    p._p.append(parse_xml(f"<w:ins {ns} {attrs.format(2)}><w:r><w:t>fyra</w:t></w:r></w:ins>"))
    p.add_run(" gånger per år.")
    gone = d.add_paragraph()
    gone._p.append(
        parse_xml(
            f"<w:del {ns} {attrs.format(3)}><w:r>"
            "<w:delText>Kommunen ska ordna en gala.</w:delText></w:r></w:del>"
        )
    )
    new = d.add_paragraph()
    new._p.append(
        parse_xml(
            f"<w:ins {ns} {attrs.format(4)}><w:r>"
            "<w:t>Föreningarna ska utse en kontaktperson.</w:t></w:r></w:ins>"
        )
    )
    out = io.BytesIO()
    d.save(out)
    assert _matrix(tmp_path, "ekvalla.docx", out.getvalue()) == {
        ("dialog", "public", "Kommunen ska bjuda in till dialogmöte fyra gånger per år."),
        ("dialog", "civil_society", "Föreningarna ska utse en kontaktperson."),
    }


def test_a_page_section_named_after_its_topic_is_kept(tmp_path):
    """Main-content extraction drops containers called 'social…' or '…bar…' (share buttons, side
    bars); a section with a heading and prose of its own is content whatever its id."""
    sections = "".join(
        f'<section id="{sid}"><h2>{title}</h2><p>{title} är en av principerna i överenskommelsen och '
        "handlar om hur parterna arbetar tillsammans i vardagen och i det långsiktiga arbetet.</p>"
        f"<p>Kommunen ska {what}.</p></section>"
        for sid, title, what in [
            ("dialog", "Dialog", "bjuda in till två dialogmöten om året"),
            (
                "social-development",
                "Samhällsutveckling",
                "ta med föreningarna i planeringen av nya bostadsområden",
            ),
        ]
    )
    page = (
        "<html><head><title>Överenskommelse – Ekby kommun</title></head><body>"
        '<nav class="menu"><a href="/">Start</a></nav><main><article>'
        "<h1>Överenskommelse mellan Ekby kommun och föreningslivet</h1>"
        f"{sections}</article></main></body></html>"
    )
    matrix = _matrix(tmp_path, "ekby.html", page.encode())
    assert {(p, party) for p, party, _ in matrix} == {("dialog", "public"), ("samhallsutveckling", "public")}


def test_an_outline_level_naming_a_party_leads_the_level_below_it(tmp_path):
    text = "\n".join(
        [
            "# Överenskommelse mellan Region Norrhem och civilsamhället",
            "",
            "## Dialog",
            "",
            "1. Regionen ska",
            "    - bjuda in till dialogmöten två gånger per år",
            "    - svara på skrivelser inom fyra veckor",
            "2. Civilsamhällets organisationer ska",
            "    - förankra sina synpunkter hos medlemmarna",
            "",
            "## Ordlista",
            "",
            "- Civilsamhället",
            "    - den del av samhället som består av föreningar och stiftelser",
        ]
    )
    assert _matrix(tmp_path, "norrhem.md", text.encode()) == {
        ("dialog", "public", "bjuda in till dialogmöten två gånger per år"),
        ("dialog", "public", "svara på skrivelser inom fyra veckor"),
        ("dialog", "civil_society", "förankra sina synpunkter hos medlemmarna"),
    }


def test_a_page_that_addresses_the_associations_speaks_for_the_city(tmp_path):
    """'Vi lovar | Ni lovar' over a table on a page that says 'ni' to its reader: 'vi' is the city,
    'ni' the associations; two commitments on two lines of one cell stay two."""
    intro = (
        "<p>Här kan ni läsa vad staden och föreningslivet lovar varandra. Har ni frågor kan ni "
        "kontakta föreningsservice, som hjälper er med ansökningar och lokaler i hela staden.</p>"
    )
    table = (
        "<table><tr><th>Vi lovar</th><th>Ni lovar</th></tr>"
        "<tr><td>Svarar på frågor inom fem arbetsdagar.<br />Bjuder in till dialog varje vår.</td>"
        "<td>Håller era kontaktuppgifter aktuella i föreningsregistret.</td></tr></table>"
    )
    page = (
        "<html><head><title>Överenskommelse – Lerby stad</title></head><body><main><article>"
        "<h1>Överenskommelse mellan Lerby stad och föreningslivet</h1>"
        f"{intro}<h2>Dialog</h2>{table}"
        "<p><strong>Tillsammans</strong> tar vi fram en gemensam kalender för föreningslivet.</p>"
        "</article></main></body></html>"
    )
    assert _matrix(tmp_path, "lerby.html", page.encode()) == {
        ("dialog", "public", "Svarar på frågor inom fem arbetsdagar."),
        ("dialog", "public", "Bjuder in till dialog varje vår."),
        ("dialog", "civil_society", "Håller era kontaktuppgifter aktuella i föreningsregistret."),
        ("dialog", "joint", "Tillsammans tar vi fram en gemensam kalender för föreningslivet."),
    }


def test_party_labels_before_their_verb_and_we_as_an_association():
    assert lead_in_party("Kommunen gör") == "public"
    assert lead_in_party("Föreningarna gör") == "civil_society"
    assert lead_in_party("Vad gör") is None
    text = "Vi som förening åtar oss att redovisa hur bidragen har använts."
    assert speaker(text, sentence_party(text), "joint") == "civil_society"
    assert sentence_party("Varje höst följer vi tillsammans upp överenskommelsen.") == "joint"
    assert sentence_party("Vi vet att många föreningar saknar lokaler.") is None


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        # the finite verb second, the subject after it, when a phrase is put first
        ("När stödet gäller löpande verksamhet kommer staden att erbjuda treåriga avtal.", "public"),
        ("Inför 2030 kommer parterna att se över överenskommelsen.", "joint"),
        ("Efter varje dialogmöte avser nämnden att skicka ut minnesanteckningar.", "public"),
        # an adverb inside a verb of several words
        ("Staden verkar också för att föreningarna får tillgång till lokaler.", "public"),
        ("Föreningarna tar för sin del ansvar för att redovisa hur bidraget används.", "civil_society"),
        # two parties as one subject, or one party 'tillsammans med' the other, 'gemensamt': joint
        ("Nämnden och Idéforum Björkby kommer gemensamt att ordna en föreningsmässa.", "joint"),
        ("Kommunen ska tillsammans med föreningsrådet ta fram en plan för lokalerna.", "joint"),
        ("Föreningarna ska tillsammans med sina medlemmar ta fram en verksamhetsplan.", "civil_society"),
        ("Parterna tar gemensamt fram en årlig rapport om samverkan.", "joint"),
        # the public body's own units
        ("Avdelningen för samhällsutveckling ansvarar för att sammanställa uppföljningen.", "public"),
        ("Säkerhetsenheten ska bjuda in föreningarna till en övning om krisberedskap.", "public"),
        # a subordinate clause whose verb is not the main clause's: still no party
        ("Syftet är att beskriva hur kommunen ska arbeta med föreningslivet.", None),
    ],
)
def test_who_commits_in_a_sentence_with_inverted_order_adverbs_and_units(sentence, party):
    assert sentence_party(sentence) == party


def test_an_accordion_title_in_a_heading_button_names_its_section(tmp_path):
    """A CMS puts an accordion's title in a <button> inside its heading; main-content extraction
    drops buttons as page chrome, which left the principle without its heading."""
    panels = "".join(
        f'<div class="accordion"><h3 class="accordion__heading"><button type="button" aria-expanded="false" '
        f'aria-controls="p{i}"><span class="accordion__title">{title}</span>'
        '<span class="visually-hidden">Visa eller dölj</span><svg aria-hidden="true"></svg></button></h3>'
        f'<div class="accordion__panel" id="p{i}"><p>{title} handlar om hur parterna möts och arbetar '
        "tillsammans i vardagen, i planeringen och i uppföljningen av överenskommelsen.</p>"
        f"<p><strong>Regionen åtar sig att:</strong></p><ul><li>{what}</li></ul></div></div>"
        for i, (title, what) in enumerate(
            [
                ("Dialog", "bjuda in till dialogmöten två gånger per år"),
                ("Kvalitet", "ta fram enkla mallar för redovisning av bidrag"),
            ]
        )
    )
    page = (
        "<html><head><title>Överenskommelse – Region Ekmark</title></head><body>"
        '<header><button aria-controls="menu" aria-expanded="false">Meny</button>'
        '<nav id="menu"><a href="/">Start</a></nav></header><main><article>'
        "<h1>Överenskommelse mellan Region Ekmark och civilsamhället</h1>"
        "<p>Överenskommelsen bygger på principer som parterna har kommit överens om tillsammans.</p>"
        f"{panels}<h2>Det här gör vi tillsammans</h2><p><strong>Parterna ska gemensamt:</strong></p>"
        "<ul><li>följa upp överenskommelsen varje år</li></ul></article></main></body></html>"
    )
    assert _matrix(tmp_path, "ekmark.html", page.encode()) == {
        ("dialog", "public", "bjuda in till dialogmöten två gånger per år"),
        ("kvalitet", "public", "ta fram enkla mallar för redovisning av bidrag"),
        (None, "joint", "följa upp överenskommelsen varje år"),  # a heading above the principles ends them
    }


def test_an_action_plan_with_a_principle_column_and_a_principle_added_under_commitments(tmp_path):
    """'Nr | Insats | Princip | Ansvariga': each row's principle cell groups it as a merged row would;
    a Word table of contents is not content; '5.2 Barnrättsperspektiv' under a commitments chapter
    is a principle of a document that gives its commitments by principle."""
    import io

    import docx

    d = docx.Document()
    d.add_heading("Överenskommelse mellan Ekås kommun och föreningslivet", 0)
    d.add_paragraph("Innehåll", style="TOC Heading")
    for n, title in (("1", "Åtaganden"), ("1.1", "Åtaganden per princip"), ("1.2", "Barnrättsperspektiv")):
        d.add_paragraph(
            f"{n} {title}\t{n[0]}",
            style=d.styles.add_style(f"toc {n.count('.') + 1}", 1)
            if f"toc {n.count('.') + 1}" not in [s.name for s in d.styles]
            else f"toc {n.count('.') + 1}",
        )
    d.add_heading("1 Åtaganden", 1)
    d.add_heading("1.1 Åtaganden per princip", 2)
    t = d.add_table(rows=1, cols=3)
    for col, text in enumerate(("Princip", "Kommunen åtar sig att", "Föreningarna åtar sig att")):
        t.rows[0].cells[col].text = text
    for principle, public, civil in (
        ("Dialog", "bjuda in till dialogmöte två gånger per år", "förankra synpunkter hos sina medlemmar"),
        ("Kvalitet", "erbjuda utbildning i styrelsearbete", "redovisa hur bidragen används"),
        ("Mångfald", "nå även små föreningar med information", "vara öppna för alla som vill delta"),
    ):
        r = t.add_row()
        for col, text in enumerate((principle, public, civil)):
            r.cells[col].text = text
    d.add_heading("1.2 Barnrättsperspektiv", 2)
    d.add_paragraph("Kommunen ska göra barnkonsekvensanalyser inför beslut om bidrag till barnverksamhet.")
    d.add_heading("1.3 Handlingsplan", 2)
    plan = d.add_table(rows=1, cols=4)
    for col, text in enumerate(("Nr", "Insats", "Princip", "Ansvariga")):
        plan.rows[0].cells[col].text = text
    for row in (
        ("1", "Ta fram en vägledning för partnerskap", "Långsiktighet", "Kommunen och Föreningsrådet"),
        (
            "2",
            "Arrangera en föreningsmässa varje höst",
            "Mångfald",
            "Fritidsförvaltningen i samverkan med Föreningsrådet",
        ),
    ):
        r = plan.add_row()
        for col, text in enumerate(row):
            r.cells[col].text = text
    out = io.BytesIO()
    d.save(out)
    matrix = _matrix(tmp_path, "ekas.docx", out.getvalue())
    assert (
        "barnrattsperspektiv",
        "public",
        "Kommunen ska göra barnkonsekvensanalyser inför beslut om bidrag till barnverksamhet.",
    ) in matrix
    assert ("langsiktighet", "joint", "Ta fram en vägledning för partnerskap") in matrix
    assert ("mangfald", "joint", "Arrangera en föreningsmässa varje höst") in matrix
    assert len(matrix) == 9


def test_a_cover_title_set_over_two_lines_and_a_validity_of_two_dates():
    from ingest.meta import infer_meta

    text = (
        "REGION ÖSTMARK\n\nÖverenskommelse\n\nmellan Region Östmark och civilsamhället i Östmarks län\n\n"
        "2025–2028\n\nFastställd av regionfullmäktige 2024-11-26, § 187. Gäller 2025-01-01 – 2028-12-31.\n\n"
        "1 Inledning\n\nRegionen och civilsamhället har arbetat fram överenskommelsen tillsammans.\n"
    )
    meta = infer_meta(text, "ostmark.txt")
    assert meta.title == "Överenskommelse mellan Region Östmark och civilsamhället i Östmarks län"
    assert meta.valid == "2025-01-01 – 2028-12-31"


def test_a_lead_in_merged_across_a_table_gives_the_rows_below_it_to_its_party(tmp_path):
    import io

    import docx

    d = docx.Document()
    d.add_heading("Överenskommelse mellan Ekås kommun och föreningslivet", 0)
    d.add_heading("Dialog", 1)
    t = d.add_table(rows=1, cols=2)
    for col, text in enumerate(("Kommunen åtar sig att:", "Föreningslivet åtar sig att:")):
        t.rows[0].cells[col].text = text
    r = t.add_row()
    r.cells[0].text, r.cells[1].text = (
        "bjuda in till dialogmöte två gånger per år",
        "förankra synpunkter hos sina medlemmar inför varje möte",
    )
    merged = t.add_row()
    merged.cells[0].merge(merged.cells[1]).text = "Tillsammans åtar vi oss att:"
    below = t.add_row()
    below.cells[0].merge(below.cells[1]).text = "föra dialogen med en öppen och respektfull ton"
    out = io.BytesIO()
    d.save(out)
    assert _matrix(tmp_path, "ekas.docx", out.getvalue()) == {
        ("dialog", "public", "bjuda in till dialogmöte två gånger per år"),
        ("dialog", "civil_society", "förankra synpunkter hos sina medlemmar inför varje möte"),
        ("dialog", "joint", "föra dialogen med en öppen och respektfull ton"),
    }


def test_a_word_document_converted_to_markdown_by_pandoc(tmp_path):
    """pandoc leaves anchors in headings, spans with classes, image sizes and a table of contents
    of in-page links; a sentence hard-wrapped before a year is one sentence."""
    text = "\n".join(
        [
            "**Överenskommelse mellan Ekås kommun och föreningslivet**",
            "",
            "**Innehåll**",
            "",
            "[1 Dialog [3](#_Toc16)](#_Toc16)",
            "",
            "[2 Uppföljning [4](#_Toc17)](#_Toc17)",
            "",
            '![](media/image1.png){width="1.9in" height="0.74in"}',
            "",
            "# []{#_Toc16 .anchor}Dialog",
            "",
            "Kommunen ska bjuda in till [två]{.underline} dialogmöten per år.",
            "",
            "# []{#_Toc17 .anchor}Uppföljning",
            "",
            "Parterna förbinder sig att gemensamt utvärdera överenskommelsen under",
            "2027 så att en ny version kan antas senast 2028.",
            "",
            "Samverkansrådet har till uppgift att:",
            "",
            "- följa upp hur överenskommelsen tillämpas",
            "",
            "Beslut om föreningsbidrag ska kommunen fatta senast den 15 december.",
            "",
        ]
    )
    matrix = _matrix(tmp_path, "ekas.md", text.encode())
    assert matrix == {
        ("dialog", "public", "Kommunen ska bjuda in till två dialogmöten per år."),
        (
            None,
            "joint",
            "Parterna förbinder sig att gemensamt utvärdera överenskommelsen under 2027 så att en ny "
            "version kan antas senast 2028.",
        ),
        (None, "joint", "följa upp hur överenskommelsen tillämpas"),
        (None, "public", "Beslut om föreningsbidrag ska kommunen fatta senast den 15 december."),
    }


def test_passives_pronouns_fronted_clauses_agreed_lists_and_bodies_with_members(tmp_path):
    """A passive obligation takes its agent ('i samverkan mellan parterna') or the party of the
    sentence before it in its paragraph; 'De' continues that party; a deponent or a description in
    -s ('Det ska finnas …', 'ska präglas av') commits no one; a lead-in after a fronted clause with
    its own verb ('För att … ska fungera ska staden:'), a list the parties 'har kommit överens om
    att', and a joint body with its members named."""
    text = "\n\n".join(
        [
            "# Överenskommelse mellan Ekås stad och föreningslivet",
            "## Långsiktighet",
            "Staden ska i första hand ge fleråriga bidrag. Besked om bidrag ska lämnas senast i oktober.",
            "Föreningarna förväntas planera långsiktigt. De förväntas också redovisa hur bidragen används.",
            "Samarbetet ska präglas av tillit. Det ska finnas en kontaktperson på förvaltningen.",
            "## Dialog",
            "För att samrådet ska fungera ska staden:",
            "- skicka ut underlag i god tid före varje möte",
            "## Uppföljning",
            "Överenskommelsen ska utvärderas år 2027 i samverkan mellan parterna.",
            "Därutöver har staden och föreningslivet gemensamt kommit överens om att",
            "- ordna en årlig föreningskonferens",
            "En styrgrupp med företrädare för staden och föreningslivet kommer att följa arbetet.",
        ]
    )
    matrix = _matrix(tmp_path, "ekas.md", text.encode())
    assert matrix == {
        ("langsiktighet", "public", "Staden ska i första hand ge fleråriga bidrag."),
        ("langsiktighet", "public", "Besked om bidrag ska lämnas senast i oktober."),
        ("langsiktighet", "civil_society", "Föreningarna förväntas planera långsiktigt."),
        ("langsiktighet", "civil_society", "De förväntas också redovisa hur bidragen används."),
        ("dialog", "public", "skicka ut underlag i god tid före varje möte"),
        (None, "joint", "Överenskommelsen ska utvärderas år 2027 i samverkan mellan parterna."),
        (None, "joint", "ordna en årlig föreningskonferens"),
        (
            None,
            "joint",
            "En styrgrupp med företrädare för staden och föreningslivet kommer att följa arbetet.",
        ),
    }


def test_a_pages_contact_and_fact_boxes_beside_the_article_are_read(tmp_path):
    """Main-content extraction leaves an <aside> out as page chrome; its contact box and fact box
    are what a volunteer asks about ('Vem kan jag kontakta?'), so they are read after the article,
    a definition list as 'term: description'; other boxes and the footer are not."""
    from ingest.pipeline import load_corpus

    article = "".join(
        f"<h2>{p}</h2><p>Kommunen ska {w} med föreningslivet i frågor om {p.lower()}.</p>"
        for p, w in (("Dialog", "föra dialog"), ("Kvalitet", "arbeta"), ("Mångfald", "samverka"))
    )
    page = f"""<!DOCTYPE html><html lang="sv"><head><title>Överenskommelse | Ekås kommun</title></head>
<body><header><nav><a href="/">Start</a></nav></header>
<main><article><h1>Överenskommelse med föreningslivet i Ekås</h1>
<p>Här beskriver vi hur Ekås kommun och föreningslivet samarbetar enligt överenskommelsen.</p>
{article}</article>
<aside><div class="box"><h2>Fakta</h2>
<dl><dt>Beslutad</dt><dd>Kommunfullmäktige 4 mars 2024, § 12</dd></dl></div>
<div class="box"><h2>Kontakt</h2>
<p><strong>Eva Lind, föreningsutvecklare</strong><br>Telefon: 0123-45 67 89</p></div>
<div class="box"><h2>Relaterade sidor</h2><p>Föreningsbidrag och lokalbokning</p></div></aside></main>
<footer><aside><h2>Kontakta oss</h2><p>Ekås kommun, 123 45 Ekås, växel 0123-45 00 00</p></aside></footer>
</body></html>"""
    (tmp_path / "ekas.html").write_text(page, encoding="utf-8")
    (doc,), failures = load_corpus(tmp_path)
    assert failures == []
    assert "Beslutad: Kommunfullmäktige 4 mars 2024, § 12" in doc.text
    assert "Eva Lind, föreningsutvecklare Telefon: 0123-45 67 89" in doc.text
    assert doc.text.index("Eva Lind") > doc.text.index("Mångfald")
    assert "Relaterade sidor" not in doc.text and "växel" not in doc.text


def test_a_passives_subject_receives_and_a_lead_in_after_a_fronted_clause_naming_a_party(tmp_path):
    """The subject of a passive obligation receives, it does not commit ('Nya föreningar ska erbjudas
    stöd' is the municipality's undertaking, continued from the sentence before or, with none, the
    other side's); a reciprocal verb in -s ('Parterna ska mötas') and 'ska verka för att deras …'
    are no passives; 'För att stärka föreningslivet kommer kommunen att:' is the municipality's
    list though the fronted clause names the associations."""
    text = "\n\n".join(
        [
            "# Överenskommelse mellan Ekeby kommun och föreningslivet",
            "## Mångfald",
            "Kommunen ska ha en samlad ingång för föreningsfrågor. Nya föreningar ska erbjudas stöd "
            "under sitt första år.",
            "Föreningarna ska verka för att deras verksamhet är öppen för alla.",
            "Föreningarna ska informeras om förändrade bidragsregler i god tid.",
            "## Dialog",
            "Parterna ska mötas minst två gånger per år.",
            "För att stärka föreningslivet kommer kommunen att:",
            "- ordna en årlig föreningsdag",
        ]
    )
    matrix = _matrix(tmp_path, "ekeby.md", text.encode())
    assert matrix == {
        ("mangfald", "public", "Kommunen ska ha en samlad ingång för föreningsfrågor."),
        ("mangfald", "public", "Nya föreningar ska erbjudas stöd under sitt första år."),
        ("mangfald", "civil_society", "Föreningarna ska verka för att deras verksamhet är öppen för alla."),
        ("mangfald", "public", "Föreningarna ska informeras om förändrade bidragsregler i god tid."),
        ("dialog", "joint", "Parterna ska mötas minst två gånger per år."),
        ("dialog", "public", "ordna en årlig föreningsdag"),
    }


def test_a_table_row_merged_across_the_party_columns_is_read_by_its_own_words(tmp_path):
    """Under 'Regionen åtar sig att | Organisationerna åtar sig att', a row merged across both
    columns ('Gemensamt åtagande' and a sentence of the parties) stands under neither column."""
    import io

    import docx

    d = docx.Document()
    d.add_heading("Överenskommelse mellan Region Norrå och den idéburna sektorn", 1)
    d.add_heading("Dialog", 2)
    t = d.add_table(rows=3, cols=2)
    t.rows[0].cells[0].text = "Regionen åtar sig att"
    t.rows[0].cells[1].text = "Organisationerna åtar sig att"
    t.rows[1].cells[0].text = "bjuda in till dialog i god tid före beslut som rör sektorn"
    t.rows[1].cells[1].text = "förankra sina synpunkter hos medlemmarna inför varje dialogmöte"
    merged = t.rows[2].cells[0].merge(t.rows[2].cells[1])
    merged.text = "Gemensamt åtagande"
    merged.add_paragraph("Parterna ska gemensamt ordna ett dialogforum varje år.")
    out = io.BytesIO()
    d.save(out)
    matrix = _matrix(tmp_path, "norra.docx", out.getvalue())
    assert matrix == {
        ("dialog", "public", "bjuda in till dialog i god tid före beslut som rör sektorn"),
        ("dialog", "civil_society", "förankra sina synpunkter hos medlemmarna inför varje dialogmöte"),
        ("dialog", "joint", "Parterna ska gemensamt ordna ett dialogforum varje år."),
    }


def test_an_associations_page_speaks_as_we(tmp_path):
    """'Vi åtar oss att:' beside 'Kommunen åtar sig att:' and no list the associations name as their
    own: 'vi' is the associations (an umbrella association's page), in its lists and sentences;
    'kommer inte att' is an undertaking to refrain."""
    text = "\n\n".join(
        [
            "# Överenskommelsen mellan föreningslivet och Ekby kommun",
            "## Dialog",
            "Vi åtar oss att:",
            "- samla in synpunkter från medlemsföreningarna inför varje möte",
            "Kommunen åtar sig att:",
            "- bjuda in till dialogmöte två gånger per år",
            "Vi kommer att sprida kallelserna till alla föreningar.",
            "Tillsammans ska vi följa upp mötena varje år.",
            "## Självständighet och oberoende",
            "Kommunen kommer inte att ställa villkor som begränsar föreningarnas rätt att driva opinion.",
        ]
    )
    matrix = _matrix(tmp_path, "ekby.md", text.encode())
    assert matrix == {
        ("dialog", "civil_society", "samla in synpunkter från medlemsföreningarna inför varje möte"),
        ("dialog", "public", "bjuda in till dialogmöte två gånger per år"),
        ("dialog", "civil_society", "Vi kommer att sprida kallelserna till alla föreningar."),
        ("dialog", "joint", "Tillsammans ska vi följa upp mötena varje år."),
        (
            "sjalvstandighet_och_oberoende",
            "public",
            "Kommunen kommer inte att ställa villkor som begränsar föreningarnas rätt att driva opinion.",
        ),
    }


def test_a_joint_sentence_in_one_partys_column_is_both_parties(tmp_path):
    """In 'Princip | Nämnden åtar sig | Föreningarna åtar sig', a cell sentence whose subject is both
    parties ('Parterna utvärderar …', 'Nämnden och föreningarna genomför …') is joint; an item
    continuing its column's 'åtar sig' keeps the column's party."""
    import io

    import docx

    d = docx.Document()
    d.add_heading("Överenskommelse mellan Ekby stadsdelsnämnd och föreningarna", 1)
    t = d.add_table(rows=2, cols=3)
    for col, text in enumerate(("Princip", "Stadsdelsnämnden åtar sig", "Föreningarna åtar sig")):
        t.rows[0].cells[col].text = text
    t.rows[1].cells[0].text = "Kvalitet"
    t.rows[1].cells[1].text = "att erbjuda utbildning i föreningsekonomi varje vår"
    cell = t.rows[1].cells[2]
    cell.text = "att redovisa hur bidragen har använts"
    cell.add_paragraph("Parterna utvärderar varje år hur samverkan har fungerat.")
    out = io.BytesIO()
    d.save(out)
    assert _matrix(tmp_path, "ekby.docx", out.getvalue()) == {
        ("kvalitet", "public", "att erbjuda utbildning i föreningsekonomi varje vår"),
        ("kvalitet", "civil_society", "att redovisa hur bidragen har använts"),
        ("kvalitet", "joint", "Parterna utvärderar varje år hur samverkan har fungerat."),
    }


def test_short_verb_phrases_in_party_columns_are_commitments_and_a_form_row_stays_a_row(tmp_path):
    """A row of short verb phrases under 'Kommunen åtar sig att | Föreningslivet åtar sig att' is two
    commitments, not a form's 'Label | Value' row; a document table's rows ('Beslutad av |
    Kommunfullmäktige') are still read as one line each."""
    import io

    import docx

    from ingest.pipeline import load_corpus

    d = docx.Document()
    d.add_heading("Överenskommelse mellan Norrå kommun och föreningslivet", 1)
    form = d.add_table(rows=2, cols=2)
    for row, cells in enumerate([("Beslutad av", "Kommunfullmäktige"), ("Diarienummer", "KS 2024/17")]):
        for col, text in enumerate(cells):
            form.rows[row].cells[col].text = text
    d.add_heading("Dialog", 2)
    rows = [
        ("Kommunen åtar sig att", "Föreningslivet åtar sig att"),
        (
            "bjuda in till dialog i god tid före beslut som rör sektorn",
            "förankra sina synpunkter hos medlemmarna inför varje dialogmöte",
        ),
        ("återkoppla skriftligt efter mötena", "utse företrädare till forumet"),
    ]
    t = d.add_table(rows=3, cols=2)
    for row, cells in enumerate(rows):
        for col, text in enumerate(cells):
            t.rows[row].cells[col].text = text
    out = io.BytesIO()
    d.save(out)
    matrix = _matrix(tmp_path, "norra.docx", out.getvalue())
    assert ("dialog", "public", "återkoppla skriftligt efter mötena") in matrix
    assert ("dialog", "civil_society", "utse företrädare till forumet") in matrix
    assert len(matrix) == 4
    (doc,), _ = load_corpus(tmp_path)
    assert "Beslutad av\tKommunfullmäktige" in doc.text
