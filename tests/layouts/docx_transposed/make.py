"""Generate region_vastland_overenskommelse.docx and expected.json (needs python-docx).

Region Västland's agreement with civil society. Principles are Heading 2
sections written in three different ways:
  * a table whose ROWS are the parties (Regionen / Civilsamhällets
    organisationer / Gemensamt) and whose columns are "Part | Åtaganden",
    one or more commitments per cell (plain paragraphs or bullets in the cell);
  * bullet lists after lead-ins such as "För att främja långsiktighet ska
    regionen:";
  * prose sentences only ("Regionen ska … Organisationerna ansvarar för …").
Also: Title style, a TOC field that has not been updated, running header,
footer "Sida X av Y", signature table and revision table.
"""
import json
import os
import re
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = "region_vastland_overenskommelse.docx"

TITLE = ("Överenskommelse om samverkan mellan Region Västland och civilsamhällets "
         "organisationer 2024–2027")
DECISION = "Beslutad av regionstyrelsen den 14 november 2023, § 187."

R, C, G = "Regionen", "Civilsamhällets organisationer", "Gemensamt"
PARTY = {R: "public", C: "civil_society", G: "joint"}

COMMITMENTS = []  # filled while writing


def add_field(paragraph, instr, placeholder="1", size=None):
    run = paragraph.add_run()
    if size:
        run.font.size = size
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = placeholder
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true")
    trPr.append(el)


def party_table(doc, principle, rows, bullets_in_cell=False):
    """rows: [(party, [commitment, ...]), ...]; '–' as the only item means none."""
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for cell, txt in zip(hdr, ("Part", "Åtaganden")):
        cell.text = ""
        cell.paragraphs[0].add_run(txt).bold = True
        shade(cell, "D9E2F3")
    repeat_header(t.rows[0])
    for party, items in rows:
        cells = t.add_row().cells
        cells[0].text = party
        cells[1].text = ""
        for i, item in enumerate(items):
            if i == 0:
                p = cells[1].paragraphs[0]
                if bullets_in_cell and item != "–":
                    p.style = doc.styles["List Bullet"]
                p.add_run(item)
            else:
                cells[1].add_paragraph(item, style="List Bullet" if bullets_in_cell else None)
            if item != "–":
                COMMITMENTS.append({"text": item, "principle": principle, "party": PARTY[party]})
    t.autofit = False
    t.columns[0].width = Cm(4.2)
    t.columns[1].width = Cm(11.8)
    for row in t.rows:
        row.cells[0].width = Cm(4.2)
        row.cells[1].width = Cm(11.8)
    doc.add_paragraph()


def bullets(doc, principle, lead, party, items, tails=None):
    doc.add_paragraph(lead)
    for i, item in enumerate(items):
        tail = tails[i] if tails else ""
        doc.add_paragraph(item + tail, style="List Bullet")
        COMMITMENTS.append({"text": item, "principle": principle, "party": PARTY[party]})


def prose(doc, principle, sentences):
    doc.add_paragraph(" ".join(s for s, _ in sentences))
    for s, party in sentences:
        if party:
            COMMITMENTS.append({"text": s, "principle": principle, "party": PARTY[party]})


# texts quoted by the questions
LS1 = ("bevilja verksamhetsstöd för tre år i taget till organisationer som uppfyller villkoren "
       "i regionens bidragsregler")
LS2 = "meddela beslut om stöd senast den 30 november året före stödperioden."
KV_C = ["Följa de kvalitetskrav som gäller för verksamhet som finansieras av regionen.",
        "Ta tillvara erfarenheter från deltagare och brukare i utvecklingen av verksamheten."]
OI1 = ("Regionen ska publicera sina beslut om stöd till civilsamhället i ett öppet register "
       "på regionens webbplats.")
DI2 = ("ersätta organisationernas företrädare för förlorad arbetsinkomst när de deltar i "
       "regionens råd och referensgrupper.")
SJ_G = ("Ta fram en gemensam vägledning om hur självständighet kan säkras i idéburet offentligt "
        "partnerskap.")
MA_R = ("Se till att regionens stödformer går att söka även för små organisationer och nätverk "
        "utan anställd personal.")
RAD = [("Ett regionalt samverkansråd med åtta ledamöter från civilsamhällets organisationer och "
        "fem ledamöter från regionen följer arbetet med överenskommelsen."),
       "Rådet möts minst tre gånger per år."]


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)

    # running header and footer
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västland\tÖverenskommelse med civilsamhället\tRS 2023/1145"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ").font.size = Pt(8)
    add_field(fp, "PAGE", "1", Pt(8))
    fp.add_run(" av ").font.size = Pt(8)
    add_field(fp, "NUMPAGES", "6", Pt(8))

    doc.add_paragraph(TITLE, style="Title")
    for line in ("Diarienummer: RS 2023/1145",
                 "Dokumentansvarig: Avdelningen för folkhälsa och civilsamhälle",
                 "Giltighetstid: 2024-01-01 – 2027-12-31",
                 DECISION):
        doc.add_paragraph(line)

    doc.add_paragraph().add_run("Innehåll").bold = True
    add_field(doc.add_paragraph(), 'TOC \\o "1-2" \\h \\z \\u',
              "Högerklicka för att uppdatera innehållsförteckningen.")
    doc.add_page_break()

    doc.add_heading("1 Bakgrund", 1)
    doc.add_paragraph(
        "Region Västland har sedan 2016 haft en överenskommelse med civilsamhällets "
        "organisationer i länet. Den förra överenskommelsen utvärderades under 2022 och "
        "utvärderingen visade att samverkan har stärkts men att många mindre organisationer "
        "upplever regionens stödformer som svåra att söka.")
    doc.add_paragraph(
        "Denna överenskommelse har tagits fram av en arbetsgrupp med företrädare för regionen, "
        "Västlands föreningsråd, länets studieförbund och flera sociala organisationer. "
        "Förslaget har varit ute på öppen remiss under våren 2023.")
    doc.add_heading("2 Syfte", 1)
    doc.add_paragraph(
        "Syftet med överenskommelsen är att skapa goda förutsättningar för ett starkt och "
        "självständigt civilsamhälle i Västland och att tydliggöra hur regionen och "
        "civilsamhällets organisationer samverkar för att utveckla länet.")
    doc.add_heading("3 Parter", 1)
    doc.add_paragraph(
        "Parter är Region Västland och de idéburna organisationer verksamma i länet som "
        "ansluter sig till överenskommelsen. I texten används ”regionen” för Region Västland "
        "och ”organisationerna” för civilsamhällets organisationer.")

    doc.add_heading("4 Principer och åtaganden", 1)
    doc.add_paragraph(
        "Överenskommelsen utgår från de sex principerna i den nationella överenskommelsen. "
        "För varje princip beskrivs vad regionen, organisationerna och parterna gemensamt "
        "åtar sig.")

    doc.add_heading("4.1 Självständighet och oberoende", 2)
    doc.add_paragraph(
        "Civilsamhällets organisationer bestämmer själva över sina mål, sin organisation och "
        "sitt arbetssätt. Ett ekonomiskt stöd från regionen får inte begränsa den rätten.")
    party_table(doc, "sjalvstandighet_och_oberoende", [
        (R, ["Respektera organisationernas rätt att självständigt driva opinion, även i frågor "
             "där de är kritiska till regionen.",
             "Utforma villkoren för stöd så att de inte påverkar organisationernas interna beslut."]),
        (C, ["Tydligt redovisa i vilka sammanhang de företräder sina medlemmar och när de utför "
             "uppdrag åt regionen."]),
        (G, [SJ_G]),
    ])

    doc.add_heading("4.2 Dialog", 2)
    doc.add_paragraph("Dialogen mellan regionen och civilsamhället ska ske tidigt och på lika villkor.")
    bullets(doc, "dialog", "För att främja dialog ska regionen:", R, [
        "bjuda in civilsamhällets organisationer till samråd innan större beslut som berör dem "
        "fattas i regionfullmäktige eller regionstyrelsen.",
        DI2,
    ])
    bullets(doc, "dialog", "Organisationerna ska:", C, [
        "sprida information om möjligheterna till dialog till sina medlemmar och lokalföreningar.",
    ])
    bullets(doc, "dialog", "Parterna ska gemensamt:", G, [
        "arrangera en regional civilsamhällesdag varje höst.",
    ])

    doc.add_heading("4.3 Kvalitet", 2)
    doc.add_paragraph("Kvalitet handlar om att verksamheten möter människors behov och förväntningar.")
    party_table(doc, "kvalitet", [
        (R, ["Involvera organisationerna när regionen tar fram kvalitetskrav för verksamhet som "
             "civilsamhället utför."]),
        (C, KV_C),
        (G, ["Utveckla enkla och gemensamma former för att följa upp resultat."]),
    ], bullets_in_cell=True)

    doc.add_heading("4.4 Långsiktighet", 2)
    doc.add_paragraph(
        "Organisationerna behöver förutsägbara villkor för att kunna planera och behålla "
        "personal och ideella krafter.")
    bullets(doc, "langsiktighet", "För att främja långsiktighet ska regionen:", R,
            [LS1, LS2], tails=[", samt", ""])
    bullets(doc, "langsiktighet", "Civilsamhällets organisationer ska:", C, [
        "arbeta för en bred finansiering av sin verksamhet.",
    ])

    doc.add_heading("4.5 Öppenhet och insyn", 2)
    prose(doc, "oppenhet_och_insyn", [
        ("Öppenhet är en förutsättning för förtroende mellan parterna.", None),
        (OI1, R),
        ("Regionen ska också redovisa hur stödet fördelas mellan olika verksamhetsområden i den "
         "årliga uppföljningen.", R),
        ("Organisationerna ansvarar för att lämna en ekonomisk redovisning och en "
         "verksamhetsberättelse för det stöd de har fått.", C),
        ("Parterna ska tillsammans verka för att information om samverkan är lätt att hitta och "
         "förstå.", G),
    ])

    doc.add_heading("4.6 Mångfald", 2)
    doc.add_paragraph("Ett levande civilsamhälle består av både stora och små organisationer med "
                      "olika inriktning.")
    party_table(doc, "mangfald", [
        (R, [MA_R]),
        (C, ["Verka för att deras verksamhet är tillgänglig för personer med funktionsnedsättning."]),
        (G, ["Genomföra insatser för att fler unga och personer med utländsk bakgrund ska ta "
             "plats i föreningslivets styrelser."]),
    ])

    doc.add_heading("5 Organisation", 1)
    doc.add_paragraph(" ".join(RAD) + " Ordförande utses av civilsamhällets ledamöter och vice "
                      "ordförande av regionen. Regionens enhet för civilsamhällesfrågor är "
                      "sekretariat.")
    doc.add_heading("6 Uppföljning och revidering", 1)
    doc.add_paragraph(
        "Överenskommelsen följs upp vartannat år genom en enkät till de anslutna "
        "organisationerna och en redovisning till regionstyrelsen. Inför en ny period görs en "
        "revidering i samråd mellan parterna.")
    doc.add_heading("7 Giltighetstid", 1)
    doc.add_paragraph(
        "Överenskommelsen gäller från och med den 1 januari 2024 till och med den 31 december "
        "2027.")

    doc.add_heading("Underskrifter", 1)
    sig = doc.add_table(rows=4, cols=2)
    for i, (a, b) in enumerate([("För Region Västland", "För civilsamhällets organisationer"),
                                ("\n\n.................................", "\n\n................................."),
                                ("Lena Ekström", "Johan Berglund"),
                                ("Regionstyrelsens ordförande", "Ordförande, Västlands föreningsråd")]):
        sig.cell(i, 0).text = a
        sig.cell(i, 1).text = b
    doc.add_paragraph()
    doc.add_heading("Revisionshistorik", 2)
    rev = doc.add_table(rows=1, cols=3)
    rev.style = "Table Grid"
    for cell, txt in zip(rev.rows[0].cells, ("Version", "Datum", "Kommentar")):
        cell.text = ""
        cell.paragraphs[0].add_run(txt).bold = True
    for row in (("1.0", "2016-04-19", "Första överenskommelsen"),
                ("2.0", "2019-11-12", "Reviderad"),
                ("3.0", "2023-11-14", "Ny överenskommelse 2024–2027")):
        cells = rev.add_row().cells
        for cell, txt in zip(cells, row):
            cell.text = txt
    doc.save(os.path.join(HERE, OUT))


def q(i, question, gold, mm, lang="sv"):
    return {"id": f"vastland-{i:02d}", "question": question, "language": lang,
            "answerable": bool(gold), "gold": gold, "must_mention": mm}


QUESTIONS = [
    q(1, "Hur länge beviljar regionen verksamhetsstöd till civilsamhällets organisationer?",
      [LS1], ["tre år"]),
    q(2, "När ska regionen meddela beslut om stöd?", [LS2], ["30 november"]),
    q(3, "Vad åtar sig civilsamhällets organisationer inom principen om kvalitet?",
      KV_C, ["kvalitetskrav", "erfarenheter från deltagare"]),
    q(4, "Var publicerar regionen sina beslut om stöd till civilsamhället?", [OI1], ["öppet register"]),
    q(5, "Får organisationernas företrädare ersättning när de deltar i regionens råd?",
      [DI2], ["förlorad arbetsinkomst"]),
    q(6, "Vad ska regionen och organisationerna göra gemensamt för att säkra självständigheten?",
      [SJ_G], ["vägledning"]),
    q(7, "What does the region commit to under the principle of diversity?", [MA_R],
      ["små organisationer"], "en"),
    q(8, "Vem beslutade om överenskommelsen och när?", [DECISION],
      ["regionstyrelsen", "14 november 2023"]),
    q(9, "Hur mycket pengar fördelar Region Västland till civilsamhällets organisationer per år?",
      [], []),
    q(10, "What is the name of the region's contact person for civil society matters?", [], [], "en"),
]


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    return re.sub(r"<[^>]+>", "", xml)


def main():
    build()
    expected = {
        "file": OUT,
        "layout": "docx_transposed",
        "description": "Region's DOCX with Heading 1/2 sections and principles written three "
                       "ways: tables whose rows are the parties (Regionen / Civilsamhällets "
                       "organisationer / Gemensamt) under a 'Part | Åtaganden' header, several "
                       "commitments per cell (plain paragraphs or bullets in the cell); bullet "
                       "lists after lead-ins like 'För att främja långsiktighet ska regionen:' "
                       "(one item ending ', samt'); and one principle in prose only ('Regionen "
                       "ska … Organisationerna ansvarar för …'). Unupdated TOC field, header, "
                       "footer 'Sida X av Y' with fields, signature and revision tables.",
        "metadata": {
            "doc_id": "vastland",
            "title": TITLE,
            "place": "Västland",
            "organisation": "Region Västland",
            "kind": "överenskommelse",
            "date": "2023-11-14",
            "body": "regionstyrelsen",
        },
        "commitments": COMMITMENTS,
        "questions": QUESTIONS,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    text = docx_text(os.path.join(HERE, OUT))
    quotes = [c["text"] for c in COMMITMENTS] + [g for x in QUESTIONS for g in x["gold"]]
    missing = [s for s in quotes if s not in text]
    for m in missing:
        print("MISSING:", m, file=sys.stderr)
    print(f"{len(COMMITMENTS)} commitments, {len(QUESTIONS)} questions, {len(missing)} missing")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
