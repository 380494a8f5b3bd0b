#!/usr/bin/env python3
"""Generate region_skarhamra_overenskommelse.docx + expected.json.

A region agreement whose commitments sit in one big matrix table
(Princip | Vem | Åtagande) with vertically merged Princip cells (and a few
vertically merged Vem cells), plus a second table with horizontally merged
section rows naming a principle (Vem | Åtagande | Uppföljning). Normal text
sections around the tables, header/footer fields, signature table, glossary.
Needs python-docx.
"""
import json
import os

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = "region_skarhamra_overenskommelse.docx"
PARTY = {"Regionen": "public", "Organisationerna": "civil_society", "Båda parter": "joint", "Gemensamt": "joint"}

COMMITMENTS = []


def com(text, principle, party):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(11)
normal.paragraph_format.space_after = Pt(6)

sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.3)
sec.top_margin, sec.bottom_margin = Cm(2.3), Cm(2.0)


def field(par, instr, size=8):
    par._p.append(parse_xml(
        '<w:fldSimple %s w:instr=" %s "><w:r><w:rPr><w:sz w:val="%d"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'
        % (nsdecls("w"), instr, size * 2)))


def small_run(par, text, size=8, bold=False):
    r = par.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    return r


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def set_widths(table, widths):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.w = w
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            cell.width = widths[i]


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def cell_text(cell, text, bold=False, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def caption(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(10)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_before = Pt(10)
    return p


# ---------------------------------------------------------------- header / footer
hp = sec.header.paragraphs[0]
small_run(hp, "Region Skärhamra\tÖverenskommelse med idéburen sektor 2024–2027\tDnr RS 2023/1127")
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
small_run(fp, "Sida ")
field(fp, "PAGE")
small_run(fp, " (")
field(fp, "NUMPAGES")
small_run(fp, ")")

# ---------------------------------------------------------------- title block
p = doc.add_paragraph()
r = p.add_run("REGION SKÄRHAMRA")
r.bold = True
r.font.size = Pt(10)
r.font.color.rgb = RGBColor(0x00, 0x5A, 0x8C)
doc.add_paragraph("Överenskommelse mellan Region Skärhamra och idéburna organisationer i Skärhamra län 2024–2027",
                  style="Title")
for label, value in [("Dokumenttyp:", "Överenskommelse"),
                     ("Beslutad av:", "Regionfullmäktige 2023-10-24, § 118"),
                     ("Giltighetstid:", "2024-01-01–2027-12-31"),
                     ("Dokumentansvarig:", "Regiondirektör"),
                     ("Handläggare:", "Sofia Ekdahl, enheten för civilsamhälle"),
                     ("Diarienummer:", "RS 2023/1127")]:
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))
    r = p.add_run(label + "\t")
    r.bold = True
    r.font.size = Pt(10)
    p.add_run(value).font.size = Pt(10)
doc.add_paragraph()

# ---------------------------------------------------------------- 1 Bakgrund
doc.add_heading("1 Bakgrund", level=1)
doc.add_paragraph(
    "Region Skärhamra och civilsamhällets organisationer i länet tecknade sin första överenskommelse om samverkan "
    "2019. Överenskommelsen byggde på de sex principer som finns i den nationella överenskommelsen från 2008: "
    "självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald.")
doc.add_paragraph(
    "Under pandemiåren 2020–2021 blev samverkan mellan regionen och de idéburna organisationerna särskilt viktig. "
    "Organisationerna nådde grupper som regionen hade svårt att nå, bland annat äldre personer som levde isolerade "
    "och personer med ett annat modersmål än svenska.")
doc.add_paragraph(
    "En extern utvärdering år 2022 visade att överenskommelsen var känd hos en begränsad krets och att det fanns "
    "behov av tydligare åtaganden. Den här reviderade överenskommelsen har därför utformats så att varje åtagande "
    "har en tydlig ansvarig part. Förslaget har tagits fram av en arbetsgrupp med företrädare för regionen, "
    "länets idrottsförbund, studieförbunden, patient- och brukarorganisationerna och Skärhamra läns "
    "bygdegårdsdistrikt.")
doc.add_paragraph("Denna överenskommelse antogs av regionfullmäktige den 24 oktober 2023, § 118.")

# ---------------------------------------------------------------- 2 Syfte
doc.add_heading("2 Syfte", level=1)
doc.add_paragraph(
    "Syftet med överenskommelsen är att tydliggöra hur Region Skärhamra och de idéburna organisationerna kan "
    "samverka för att stärka demokratin, folkhälsan och den sociala sammanhållningen i länet.")
doc.add_paragraph(
    "Överenskommelsen är inte ett avtal om ekonomisk ersättning. Bidrag och ersättningar regleras i särskilda "
    "beslut och avtal, till exempel genom regionens bidragsregler eller genom idéburet offentligt partnerskap (IOP).")

# ---------------------------------------------------------------- 3 Parter och definitioner
doc.add_heading("3 Parter och definitioner", level=1)
doc.add_paragraph(
    "Parterna är Region Skärhamra och de idéburna organisationer som har undertecknat överenskommelsen eller "
    "anslutit sig till den i efterhand. I tabellerna nedan kallas de idéburna organisationerna för "
    "Organisationerna.")
doc.add_paragraph(
    "Med idéburen organisation menas en organisation som bygger på en idé eller ett värde, som har ett "
    "allmännyttigt syfte och som inte delar ut vinst till ägare eller medlemmar. Begreppet omfattar bland annat "
    "ideella föreningar, stiftelser, trossamfund och ekonomiska föreningar med sociala ändamål.")

# ---------------------------------------------------------------- 4 Principer och åtaganden
doc.add_heading("4 Principer och åtaganden", level=1)
doc.add_heading("4.1 Principernas innebörd", level=2)
for name, desc in [
    ("Självständighet och oberoende", "organisationerna har rätt att själva bestämma över sin verksamhet och att "
                                      "driva opinion, även när de får stöd från regionen."),
    ("Dialog", "parterna möts tidigt, innan beslut fattas, och båda parter har möjlighet att påverka."),
    ("Kvalitet", "verksamheten utgår från de människor den är till för och utvecklas genom uppföljning och lärande."),
    ("Långsiktighet", "stabila villkor ger organisationerna möjlighet att planera och behålla sin kompetens."),
    ("Öppenhet och insyn", "parterna är öppna med hur offentliga medel fördelas och används."),
    ("Mångfald", "en mångfald av organisationer och verksamheter ger fler invånare möjlighet att delta."),
    ("Folkhälsa", "parterna bidrar tillsammans till en god och jämlik hälsa i hela länet."),
]:
    p = doc.add_paragraph()
    p.add_run(name).bold = True
    p.add_run(" – " + desc)

doc.add_heading("4.2 Åtaganden per princip", level=2)
doc.add_paragraph(
    "Tabell 1 visar parternas åtaganden för principerna självständighet och oberoende, dialog, kvalitet och "
    "långsiktighet. Kolumnen Vem anger vem som ansvarar för åtagandet. Där det står Båda parter eller Gemensamt "
    "ansvarar regionen och organisationerna tillsammans.")

MATRIX = [
    ("Självständighet och oberoende", "sjalvstandighet_och_oberoende", True, [
        ("Regionen", "Respektera organisationernas rätt att själva bestämma över sina mål, sin verksamhet och sina "
                     "företrädare."),
        ("Regionen", "Inte använda bidrag eller avtal för att begränsa organisationernas rätt att driva opinion och "
                     "kritisera regionen."),
        ("Organisationerna", "Tydliggöra i vilken roll de agerar när de både utför uppdrag åt regionen och driver "
                             "opinion."),
        ("Båda parter", "Respektera att parterna har olika roller och uppdrag i samhället."),
    ]),
    ("Dialog", "dialog", False, [
        ("Regionen", "Bjuda in organisationerna till dialog innan viktiga beslut som berör dem fattas."),
        ("Regionen", "Ge återkoppling inom två månader på synpunkter som organisationerna har lämnat i remisser och "
                     "dialoger."),
        ("Organisationerna", "Utse företrädare med mandat att delta i de regionala dialogforumen."),
        ("Organisationerna", "Förankra synpunkter hos sina medlemmar och målgrupper inför dialogerna."),
        ("Gemensamt", "Genomföra ett regionalt dialogforum minst två gånger per år."),
    ]),
    ("Kvalitet", "kvalitet", True, [
        ("Regionen", "Anpassa kraven på ansökan och återrapportering efter bidragets storlek och verksamhetens art."),
        ("Regionen", "Erbjuda stöd i uppföljning och utvärdering till organisationer som får verksamhetsbidrag."),
        ("Organisationerna", "Följa upp verksamheten och redovisa resultat enligt de villkor som gäller för "
                             "bidraget."),
        ("Båda parter", "Utveckla gemensamma sätt att mäta vilken nytta verksamheten gör för deltagarna."),
    ]),
    ("Långsiktighet", "langsiktighet", False, [
        ("Regionen", "Fatta beslut om verksamhetsbidrag för tre år i taget när det är möjligt."),
        ("Regionen", "Besluta om bidrag för kommande år senast den 30 november."),
        ("Organisationerna", "Informera regionen i god tid om förändringar som påverkar verksamhet som regionen "
                             "finansierar."),
        ("Gemensamt", "Planera tillsammans för hur verksamhet kan fortsätta när en projektfinansiering upphör."),
    ]),
]

caption("Tabell 1. Åtaganden för självständighet och oberoende, dialog, kvalitet och långsiktighet")
n_rows = 1 + sum(len(r) for _, _, _, r in MATRIX)
t1 = doc.add_table(rows=n_rows, cols=3)
t1.style = "Table Grid"
t1.alignment = WD_TABLE_ALIGNMENT.CENTER
W1 = (Cm(3.7), Cm(3.6), Cm(9.1))
for i, h in enumerate(["Princip", "Vem", "Åtagande"]):
    c = t1.rows[0].cells[i]
    cell_text(c, h, bold=True)
    shade(c, "005A8C")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
repeat_header(t1.rows[0])
ri = 1
for pname, slug, merge_vem, rows in MATRIX:
    first, last = ri, ri + len(rows) - 1
    # fill Vem/Åtagande first, merge afterwards
    for vem, text in rows:
        cell_text(t1.rows[ri].cells[2], com(text, slug, PARTY[vem]))
        cant_split(t1.rows[ri])
        ri += 1
    # vertically merged principle cell
    pc = t1.cell(first, 0).merge(t1.cell(last, 0))
    cell_text(pc, pname, bold=True)
    pc.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    shade(pc, "E6EEF4")
    # Vem column: merge runs of the same party where the author did so
    r = first
    while r <= last:
        vem = rows[r - first][0]
        end = r
        if merge_vem:
            while end + 1 <= last and rows[end + 1 - first][0] == vem:
                end += 1
        c = t1.cell(r, 1) if end == r else t1.cell(r, 1).merge(t1.cell(end, 1))
        cell_text(c, vem)
        r = end + 1
set_widths(t1, W1)

doc.add_paragraph()
doc.add_heading("4.3 Öppenhet och insyn, mångfald och folkhälsa", level=2)
doc.add_paragraph(
    "Folkhälsa är en regional tilläggsprincip som har lagts till i denna version på förslag från "
    "patient- och brukarorganisationerna. Tabell 2 redovisar åtagandena för de tre principerna och hur varje "
    "åtagande följs upp. Uppföljningskolumnen anger vilket underlag som används och är inte ett eget åtagande.")

SECTIONS = [
    ("Öppenhet och insyn", "oppenhet_och_insyn", [
        ("Regionen", ["Publicera samtliga beslut om bidrag till organisationer på regionens webbplats."],
         "Kontroll av webbplatsen en gång per år"),
        ("Regionen", ["Redovisa öppet vilka kriterier som används vid fördelning av bidrag."],
         "Kriterierna publicerade på webbplatsen"),
        ("Organisationerna", ["Lämna verksamhetsberättelse och ekonomisk redovisning för verksamhet som får bidrag "
                              "från regionen."],
         "Andel inkomna redovisningar"),
    ]),
    ("Mångfald", "mangfald", [
        ("Regionen", ["Göra information om bidrag och dialoger tillgänglig på lättläst svenska och på teckenspråk."],
         "Antal publicerade texter på lättläst svenska"),
        ("Regionen", ["Verka för att även små och nystartade organisationer kan delta i dialoger och söka bidrag."],
         "Antal nya sökande organisationer per år"),
        ("Organisationerna", ["Arbeta för att verksamheten är öppen och tillgänglig för alla, oavsett bakgrund.",
                              "Motverka diskriminering i den egna organisationen."],
         "Enkät till organisationerna"),
    ]),
    ("Folkhälsa – regional tilläggsprincip", "folkhalsa", [
        ("Regionen", ["Ta tillvara organisationernas kunskap om målgrupper som regionen har svårt att nå i det "
                      "hälsofrämjande arbetet."],
         "Redovisning i regionens folkhälsorapport"),
        ("Organisationerna", ["Bidra med kunskap och erfarenheter i regionens arbete för jämlik hälsa."],
         "Antal organisationer i folkhälsorådets referensgrupp"),
        ("Båda parter", ["Samverka kring insatser för att minska ofrivillig ensamhet bland äldre."],
         "Antal gemensamma insatser"),
    ]),
]
caption("Tabell 2. Åtaganden för öppenhet och insyn, mångfald och folkhälsa")
t2 = doc.add_table(rows=1, cols=3)
t2.style = "Table Grid"
t2.alignment = WD_TABLE_ALIGNMENT.CENTER
W2 = (Cm(3.6), Cm(8.6), Cm(4.2))
for i, h in enumerate(["Vem", "Åtagande", "Uppföljning"]):
    c = t2.rows[0].cells[i]
    cell_text(c, h, bold=True)
    shade(c, "005A8C")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
repeat_header(t2.rows[0])
for sname, slug, rows in SECTIONS:
    row = t2.add_row()
    cant_split(row)
    merged = row.cells[0].merge(row.cells[2])  # horizontal merge: gridSpan=3
    cell_text(merged, sname, bold=True)
    shade(merged, "E6EEF4")
    for vem, texts, follow in rows:
        row = t2.add_row()
        cant_split(row)
        cells = row.cells
        cell_text(cells[0], vem)
        p = cell_text(cells[1], com(texts[0], slug, PARTY[vem]))
        for extra in texts[1:]:  # several commitments in one cell, one paragraph each
            p2 = cells[1].add_paragraph()
            p2.add_run(com(extra, slug, PARTY[vem])).font.size = Pt(10)
            p2.paragraph_format.space_after = Pt(2)
        cell_text(cells[2], follow, size=9)
set_widths(t2, W2)

# ---------------------------------------------------------------- 5 Genomförande och uppföljning
doc.add_heading("5 Genomförande och uppföljning", level=1)
doc.add_paragraph(
    "Regionstyrelsen har det övergripande ansvaret för överenskommelsen. Enheten för civilsamhälle vid "
    "regionledningsförvaltningen samordnar arbetet och är kontaktpunkt för organisationerna.")
doc.add_paragraph(
    com("Parterna ska gemensamt följa upp överenskommelsen varje år och redovisa resultatet för regionstyrelsen "
        "och vid dialogforumet.", None, "joint")
    + " "
    + com("Parterna ska även tillsätta en gemensam styrgrupp med representanter för regionen och organisationerna.",
          None, "joint"))
doc.add_paragraph(
    "Indikatorerna i tabell 2 används som underlag i den årliga uppföljningen. Den första uppföljningen redovisas "
    "under våren 2025.")

# ---------------------------------------------------------------- 6 Giltighetstid och revidering
doc.add_heading("6 Giltighetstid och revidering", level=1)
doc.add_paragraph(
    "Överenskommelsen gäller 2024-01-01–2027-12-31. Den kan sägas upp av vardera part med sex månaders "
    "uppsägningstid. Inför revideringen 2027 genomförs en utvärdering av en extern part.")

# ---------------------------------------------------------------- 7 Underskrifter
doc.add_heading("7 Underskrifter", level=1)
doc.add_paragraph("Skärhamra den 14 november 2023")
sig = doc.add_table(rows=4, cols=2)
for i, (a, b) in enumerate([
        ("För Region Skärhamra", "För de idéburna organisationerna i Skärhamra län"),
        ("\n\n_______________________________", "\n\n_______________________________"),
        ("Mikael Forsberg", "Helena Strandqvist"),
        ("Regionstyrelsens ordförande", "Ordförande, Skärhamra läns idéråd")]):
    sig.cell(i, 0).text = a
    sig.cell(i, 1).text = b

# ---------------------------------------------------------------- Bilaga: ordlista
doc.add_heading("Bilaga 1. Ordlista", level=1)
for term, desc in [
    ("Verksamhetsbidrag", "bidrag till en organisations ordinarie verksamhet, som inte är knutet till ett särskilt "
                          "projekt."),
    ("Projektbidrag", "bidrag till en tidsbegränsad insats med ett avgränsat syfte."),
    ("Dialogforum", "ett återkommande möte mellan företrädare för regionen och organisationerna."),
    ("IOP", "idéburet offentligt partnerskap, en samverkansform mellan en offentlig aktör och en idéburen "
            "organisation som inte är en upphandling."),
]:
    p = doc.add_paragraph()
    p.add_run(term).bold = True
    p.add_run(" – " + desc)

doc.core_properties.title = ("Överenskommelse mellan Region Skärhamra och idéburna organisationer i Skärhamra län "
                             "2024–2027")
doc.core_properties.author = "Sofia Ekdahl"
doc.save(os.path.join(HERE, DOCX))

# ---------------------------------------------------------------- expected.json
questions = [
    {"question": "vad ska regionen gora nar det galler dialog med organisationerna",
     "language": "sv", "answerable": True,
     "gold": ["Bjuda in organisationerna till dialog innan viktiga beslut som berör dem fattas.",
              "Ge återkoppling inom två månader på synpunkter som organisationerna har lämnat i remisser och "
              "dialoger."],
     "must_mention": ["innan viktiga beslut", "återkoppling inom två månader"]},
    {"question": "When was the Region Skärhamra agreement with civil society adopted, and by which body?",
     "language": "en", "answerable": True,
     "gold": ["Denna överenskommelse antogs av regionfullmäktige den 24 oktober 2023, § 118."],
     "must_mention": ["regionfullmäktige", "24 oktober 2023"]},
    {"question": "Vad åtar sig organisationerna när det gäller mångfald?",
     "language": "sv", "answerable": True,
     "gold": ["Arbeta för att verksamheten är öppen och tillgänglig för alla, oavsett bakgrund.",
              "Motverka diskriminering i den egna organisationen."],
     "must_mention": ["öppen och tillgänglig för alla", "Motverka diskriminering"]},
    {"question": "How do the region's commitments on quality differ from the organisations' commitments?",
     "language": "en", "answerable": True,
     "gold": ["Anpassa kraven på ansökan och återrapportering efter bidragets storlek och verksamhetens art.",
              "Erbjuda stöd i uppföljning och utvärdering till organisationer som får verksamhetsbidrag.",
              "Följa upp verksamheten och redovisa resultat enligt de villkor som gäller för bidraget.",
              "Utveckla gemensamma sätt att mäta vilken nytta verksamheten gör för deltagarna."],
     "must_mention": ["bidragets storlek", "stöd i uppföljning och utvärdering", "redovisa resultat",
                      "vilken nytta verksamheten gör"]},
    {"question": "kan regionen ge bidrag for flera ar i taget?",
     "language": "sv", "answerable": True,
     "gold": ["Fatta beslut om verksamhetsbidrag för tre år i taget när det är möjligt."],
     "must_mention": ["tre år i taget"]},
    {"question": "vad betyder verksamhetsbidrag i overenskommelsen",
     "language": "sv", "answerable": True,
     "gold": ["Verksamhetsbidrag – bidrag till en organisations ordinarie verksamhet, som inte är knutet till ett "
              "särskilt projekt."],
     "must_mention": ["ordinarie verksamhet", "inte är knutet till ett särskilt projekt"]},
    {"question": "Vad ska regionen och organisationerna göra tillsammans inom folkhälsa?",
     "language": "sv", "answerable": True,
     "gold": ["Samverka kring insatser för att minska ofrivillig ensamhet bland äldre."],
     "must_mention": ["ofrivillig ensamhet bland äldre"]},
    {"question": "hur lange galler overenskommelsen och hur kan den sagas upp",
     "language": "sv", "answerable": True,
     "gold": ["Överenskommelsen gäller 2024-01-01–2027-12-31.",
              "Den kan sägas upp av vardera part med sex månaders uppsägningstid."],
     "must_mention": ["2024-01-01–2027-12-31", "sex månaders uppsägningstid"]},
    {"question": "Hur många organisationer har undertecknat överenskommelsen med Region Skärhamra?",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
    {"question": "What is Region Skärhamra's total budget for grants to civil society organisations in 2024?",
     "language": "en", "answerable": False, "gold": [], "must_mention": []},
]
questions = [dict({"id": "docx_merged_matrix-q%d" % i}, **q) for i, q in enumerate(questions, 1)]

expected = {
    "file": DOCX,
    "layout": "docx_merged_matrix",
    "description": "Region agreement in Word (Title and Heading 1/2 styles) whose commitments sit in tables: "
                   "Tabell 1 is one big matrix Princip | Vem | Åtagande with one row per commitment, the Princip "
                   "cell vertically merged over the rows of each principle and, for two principles, consecutive "
                   "'Regionen' Vem cells vertically merged too; Vem values Regionen / Organisationerna / Båda "
                   "parter / Gemensamt; repeated header row. Tabell 2 (Vem | Åtagande | Uppföljning) has "
                   "horizontally merged section rows spanning all columns that name the principle (Öppenhet och "
                   "insyn, Mångfald, 'Folkhälsa – regional tilläggsprincip'), one cell with two commitments as two "
                   "paragraphs, and an Uppföljning column that is not commitments. Around the tables: metadata "
                   "lines with Dnr, bakgrund, syfte, definitions, principle descriptions (not commitments), two "
                   "joint 'Parterna ska …' sentences in one paragraph under uppföljning (principle null), "
                   "validity, signature table, glossary appendix; header with Dnr and 'Sida X (Y)' footer fields.",
    "metadata": {
        "doc_id": "skarhamra",
        "title": "Överenskommelse mellan Region Skärhamra och idéburna organisationer i Skärhamra län 2024–2027",
        "place": "Skärhamra",
        "organisation": "Region Skärhamra",
        "kind": "överenskommelse",
        "date": "2023-10-24",
        "body": "regionfullmäktige",
    },
    "commitments": COMMITMENTS,
    "questions": questions,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("wrote", DOCX, "with", len(COMMITMENTS), "commitments")
