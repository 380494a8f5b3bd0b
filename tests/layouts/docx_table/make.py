#!/usr/bin/env python3
"""Generate ekby_overenskommelse.docx and expected.json.

Layout: a DOCX whose commitments sit in a table (rows = principles, columns =
Princip | Kommunen åtar sig | Föreningslivet åtar sig | Gemensamt), with
heading-styled sections before and after, a small metadata table, page
header/footer with "Sida X av Y", a signature block, a revision history table
and contact details.

Run with any python3 that has python-docx:  python3 make.py
"""
import json
import os
import re

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for editing convenience)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "ekby_overenskommelse.docx"

TITLE = "Överenskommelse om samverkan mellan Ekby kommun och den idéburna sektorn"
SHORT = "Överenskommelse om samverkan med den idéburna sektorn"
DECISION = "Antagen av kommunfullmäktige i Ekby 2021-03-15, § 42."

# ---------------------------------------------------------------- content --
# (principle label, principle id, kommunen[], föreningslivet[], gemensamt[])
ROWS = [
    ("Självständighet och oberoende", "sjalvstandighet_och_oberoende",
     ["Respektera föreningarnas rätt att självständigt formulera sina mål, arbetssätt och åsikter, även när de är kritiska mot kommunen.",
      "Inte ställa krav på föreningarnas interna organisation utöver vad som följer av lag eller bidragsregler."],
     ["Tydligt redovisa när föreningen agerar som utförare åt kommunen och när den agerar som röstbärare."],
     ["Respektera varandras olika roller och uppdrag i samhället."]),
    ("Dialog", "dialog",
     ["Bjuda in föreningslivet till dialog i ett tidigt skede när beslut som berör föreningarnas verksamhet bereds.",
      "Kalla till ett öppet dialogforum minst en gång per år.",
      "Utse en kontaktperson för föreningsfrågor på varje förvaltning."],
     ["Delta i dialogforum och remissförfaranden och förankra synpunkterna hos sina medlemmar.",
      "Utse representanter till samverkansrådet."],
     ["Föra en respektfull dialog där alla parter kommer till tals."]),
    ("Kvalitet", "kvalitet",
     ["Erbjuda lokaler för föreningarnas möten och aktiviteter till låg eller ingen kostnad.",
      "Erbjuda kostnadsfri utbildning i föreningsteknik, ekonomi och bidragsansökan."],
     ["Bedriva verksamheten med god kvalitet och följa upp den utifrån egna mål.",
      "Ta ansvar för att ledare och volontärer har den kunskap som verksamheten kräver."],
     ["Utveckla gemensamma former för att följa upp och sprida goda exempel."]),
    ("Långsiktighet", "langsiktighet",
     ["Sträva efter fleråriga överenskommelser och bidrag där det är möjligt.",
      "Informera om förändringar i bidragsregler senast sex månader innan de träder i kraft."],
     ["Planera verksamheten långsiktigt och informera kommunen i god tid om väsentliga förändringar."],
     []),
    ("Öppenhet och insyn", "oppenhet_och_insyn",
     ["Publicera information om bidrag, lokaler och kontaktpersoner samlat på kommunens webbplats.",
      "Redovisa hur föreningslivets synpunkter har tagits om hand i beslut."],
     ["Lämna årsredovisning och verksamhetsberättelse till kommunen när bidrag har beviljats.",
      "Vara öppen med hur offentliga medel används."],
     ["Dela kunskap och information som har betydelse för samverkan."]),
    ("Mångfald", "mangfald",
     ["Uppmärksamma och stödja nya och mindre föreningar, bland annat genom startbidrag och rådgivning."],
     ["Verka för att verksamheten är öppen och tillgänglig för alla oavsett bakgrund, kön, ålder eller funktionsförmåga.",
      "Aktivt arbeta för att nå grupper som i dag sällan deltar i föreningslivet."],
     ["Verka för att mångfalden inom den idéburna sektorn speglas i samverkansrådet."]),
]

# Commitments stated in running text outside the table (principle None)
ORG_COMMIT = "Kommunledningskontoret ansvarar för sammankallande och sekreterarskap i samverkansrådet."
FOLLOWUP_COMMIT = "Parterna följer gemensamt upp överenskommelsen varje år i samband med samverkansrådets höstmöte."
MEETS = "Samverkansrådet sammanträder minst två gånger per år."
VALIDITY = "Överenskommelsen gäller från och med 2021-04-01 till och med 2024-12-31."

# ---------------------------------------------------------------- helpers --

def add_field(run, instr):
    """Insert a complex field (PAGE, NUMPAGES) into a run."""
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_paras(cell, items, bullets):
    """Fill a cell with one paragraph per commitment."""
    first = cell.paragraphs[0]
    if not items:
        first.text = "–"
        return
    for i, text in enumerate(items):
        p = first if i == 0 else cell.add_paragraph()
        if bullets:
            p.style = "List Bullet"
            p.paragraph_format.left_indent = Cm(0.4)
            p.paragraph_format.first_line_indent = Cm(-0.4)
        p.add_run(text)
        p.paragraph_format.space_after = Pt(4)


# ------------------------------------------------------------------ build --

def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for name, size in (("Heading 1", 15), ("Heading 2", 12.5)):
        doc.styles[name].font.size = Pt(size)
        doc.styles[name].font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)

    # header: logo-ish text left, document name right
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("EKBY KOMMUN")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
    hp.add_run("\t" + SHORT).font.size = Pt(8.5)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Dnr KS 2020/0412   |   ")
    fr.font.size = Pt(8.5)
    r = fp.add_run("Sida ")
    r.font.size = Pt(8.5)
    r = fp.add_run()
    r.font.size = Pt(8.5)
    add_field(r, "PAGE")
    r = fp.add_run(" av ")
    r.font.size = Pt(8.5)
    r = fp.add_run()
    r.font.size = Pt(8.5)
    add_field(r, "NUMPAGES")

    doc.add_paragraph(TITLE, style="Title")

    # metadata table
    meta = [
        ("Dokumenttyp", "Överenskommelse"),
        ("Diarienummer", "KS 2020/0412"),
        ("Beslutad av", "Kommunfullmäktige"),
        ("Datum", "2021-03-15, § 42"),
        ("Giltighetstid", "2021-04-01 – 2024-12-31"),
        ("Dokumentansvarig", "Kommunledningskontoret, avdelningen för hållbar utveckling"),
        ("Revideras senast", "2024"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in meta:
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
        row[0].paragraphs[0].runs[0].bold = True
        shade(row[0], "E2EFDA")
        row[0].width = Cm(4.5)
        row[1].width = Cm(11.5)

    doc.add_paragraph()

    doc.add_heading("1. Bakgrund", level=1)
    doc.add_paragraph(
        "År 2008 tecknade regeringen, Sveriges Kommuner och Landsting (SKL) och idéburna "
        "organisationer inom det sociala området en nationell överenskommelse om samverkan. "
        "Den nationella överenskommelsen har sedan dess varit en förebild för lokala och "
        "regionala överenskommelser runt om i landet.")
    doc.add_paragraph(
        "I Ekby har kommunen och föreningslivet samarbetat under lång tid, bland annat inom "
        "fritid, kultur, integration och stöd till äldre. Under 2019 och 2020 genomfördes ett "
        "tiotal dialogmöten där över 60 föreningar deltog. Resultatet av dialogmötena ligger "
        "till grund för denna överenskommelse.")
    doc.add_paragraph(
        "Med den idéburna sektorn avses i denna överenskommelse ideella föreningar, "
        "stiftelser, trossamfund, studieförbund, kooperativ och andra organisationer som "
        "drivs utan vinstintresse och som inte är en del av den offentliga sektorn. I texten "
        "används ordet föreningslivet som en samlande benämning.")

    doc.add_heading("2. Syfte", level=1)
    doc.add_paragraph(
        "Syftet med överenskommelsen är att stärka samverkan mellan Ekby kommun och "
        "föreningslivet så att fler invånare kan engagera sig och så att Ekby utvecklas som "
        "en trygg, inkluderande och levande kommun. Överenskommelsen ska tydliggöra "
        "parternas roller och vad parterna kan förvänta sig av varandra.")
    doc.add_paragraph(
        "Överenskommelsen är inte ett juridiskt bindande avtal. Den är en gemensam "
        "avsiktsförklaring som bygger på frivillighet och ömsesidigt förtroende.")

    doc.add_heading("3. Principer och åtaganden", level=1)
    doc.add_paragraph(
        "Överenskommelsen bygger på de sex principer som finns i den nationella "
        "överenskommelsen. I tabellen nedan beskrivs vad respektive part åtar sig under "
        "varje princip.")

    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    repeat_header(hdr)
    for c, text in zip(hdr.cells, ("Princip", "Kommunen åtar sig", "Föreningslivet åtar sig", "Gemensamt")):
        c.text = text
        c.paragraphs[0].runs[0].bold = True
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, "1F4E3D")
    widths = (Cm(3.7), Cm(4.8), Cm(4.5), Cm(3.4))
    for i, (label, _pid, kom, fl, gem) in enumerate(ROWS):
        cells = table.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        shade(cells[0], "E2EFDA")
        # alternate: some rows as bullets inside cells, some as plain paragraphs
        bullets = i % 2 == 1
        cell_paras(cells[1], kom, bullets)
        cell_paras(cells[2], fl, bullets)
        cell_paras(cells[3], gem, bullets)
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(9.5)

    doc.add_paragraph()
    doc.add_heading("4. Organisation och arbetsformer", level=1)
    doc.add_paragraph(
        "Arbetet med överenskommelsen leds av ett samverkansråd med fem representanter för "
        "kommunen och fem representanter för föreningslivet. Kommunens representanter utses "
        "av kommunstyrelsen. Föreningslivets representanter utses av föreningarna vid det "
        "årliga dialogforumet.")
    doc.add_paragraph(MEETS + " " + ORG_COMMIT)
    doc.add_paragraph(
        "Utöver samverkansrådet kan tillfälliga arbetsgrupper bildas för särskilda frågor, "
        "till exempel lokalförsörjning eller bidragsregler.")

    doc.add_heading("5. Uppföljning och revidering", level=1)
    doc.add_paragraph(FOLLOWUP_COMMIT + " Uppföljningen redovisas för kommunstyrelsen och "
                      "publiceras på kommunens webbplats.")
    doc.add_paragraph("Överenskommelsen revideras vart fjärde år, eller tidigare om någon av "
                      "parterna begär det.")

    doc.add_heading("6. Giltighetstid", level=1)
    doc.add_paragraph(VALIDITY)
    doc.add_paragraph(DECISION)

    doc.add_heading("7. Underskrifter", level=1)
    sig = doc.add_table(rows=4, cols=2)
    sig.cell(0, 0).text = "För Ekby kommun"
    sig.cell(0, 1).text = "För föreningslivet i Ekby"
    sig.cell(1, 0).text = "\n\n______________________________"
    sig.cell(1, 1).text = "\n\n______________________________"
    sig.cell(2, 0).text = "Anna Lindqvist (S)\nKommunstyrelsens ordförande"
    sig.cell(2, 1).text = "Mehmet Yilmaz\nOrdförande, Ekby föreningsråd"
    sig.cell(3, 0).text = "Ekby 2021-03-25"
    sig.cell(3, 1).text = "Ekby 2021-03-25"

    doc.add_paragraph()
    doc.add_heading("Revisionshistorik", level=2)
    rev = doc.add_table(rows=1, cols=4)
    rev.style = "Table Grid"
    for c, text in zip(rev.rows[0].cells, ("Version", "Datum", "Ändring", "Beslut")):
        c.text = text
        c.paragraphs[0].runs[0].bold = True
        shade(c, "E2EFDA")
    for v in (("0.9", "2020-11-30", "Remissversion till föreningarna", "–"),
              ("1.0", "2021-03-15", "Antagen version", "KF § 42")):
        cells = rev.add_row().cells
        for c, text in zip(cells, v):
            c.text = text

    doc.add_paragraph()
    doc.add_heading("Kontakt", level=2)
    doc.add_paragraph("Kommunledningskontoret, Ekby kommun\n"
                      "Storgatan 12, 123 45 Ekby\n"
                      "Telefon: 0123-45 60 00\n"
                      "E-post: samverkan@ekby.se")

    doc.save(os.path.join(HERE, FILE))
    return doc


def doc_text(doc):
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for c in row.cells:
                parts.extend(p.text for p in c.paragraphs)
    return re.sub(r"\s+", " ", "\n".join(parts))


def expected():
    commitments = []
    for _label, pid, kom, fl, gem in ROWS:
        for party, items in (("public", kom), ("civil_society", fl), ("joint", gem)):
            for text in items:
                commitments.append({"text": text, "principle": pid, "party": party})
    commitments.append({"text": ORG_COMMIT, "principle": None, "party": "public"})
    commitments.append({"text": FOLLOWUP_COMMIT, "principle": None, "party": "joint"})

    row = {r[1]: r for r in ROWS}
    q = [
        ("Vad åtar sig Ekby kommun när det gäller dialog?", True,
         row["dialog"][2], ["dialogforum", "kontaktperson"]),
        ("vad lovar kommunen i ekby om lokaler", True,
         [row["kvalitet"][2][0]], ["lokaler", "låg eller ingen kostnad"]),
        ("Vilka åtaganden har föreningslivet under principen om öppenhet och insyn i Ekbys överenskommelse?", True,
         row["oppenhet_och_insyn"][3], ["årsredovisning", "offentliga medel"]),
        ("När antogs överenskommelsen i Ekby och av vem?", True,
         [DECISION], ["kommunfullmäktige", "2021-03-15"]),
        ("What do the associations in Ekby commit to regarding diversity?", True,
         row["mangfald"][3], ["öppen och tillgänglig", "sällan deltar"]),
        ("Måste kommunen i Ekby informera om ändrade bidragsregler i förväg?", True,
         [row["langsiktighet"][2][1]], ["sex månader"]),
        ("Hur ofta träffas samverkansrådet i Ekby?", True,
         [MEETS], ["två gånger per år"]),
        ("Hur länge gäller överenskommelsen mellan Ekby kommun och föreningslivet?", True,
         [VALIDITY], ["2024-12-31"]),
        ("Hur mycket bidrag kan en förening i Ekby få per år?", False, [], []),
        ("Does Ekby municipality reimburse volunteer leaders' travel costs?", False, [], []),
    ]
    return commitments, q


def main():
    doc = build()
    commitments, q = expected()
    text = doc_text(doc)
    for c in commitments:
        assert c["text"] in text, c["text"]
    questions = []
    for i, (question, ans, gold, must) in enumerate(q, 1):
        for g in gold:
            assert g in text, g
        for m in must:
            assert any(m in g for g in gold), m
        lang = "en" if re.search(r"\b(What|Does|When|Who|How)\b", question) else "sv"
        questions.append({"id": f"docx_table-q{i}", "question": question, "language": lang,
                          "answerable": ans, "gold": list(gold), "must_mention": must})
    out = {
        "file": FILE,
        "layout": "docx_table",
        "description": "DOCX with commitments in a 4-column table (Princip | Kommunen | Föreningslivet | Gemensamt), "
                       "cells with several paragraphs or bullets, metadata table, heading-styled sections, "
                       "header/footer with page fields, signature and revision tables",
        "metadata": {
            "doc_id": "ekby",
            "title": TITLE,
            "place": "Ekby",
            "organisation": "Ekby kommun",
            "kind": "överenskommelse",
            "date": "2021-03-15",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments,
        "questions": questions,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{FILE}: {len(commitments)} commitments, {len(questions)} questions")


if __name__ == "__main__":
    main()
