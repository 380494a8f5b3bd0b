#!/usr/bin/env python3
"""Generate region_sjomark_overenskommelse_ideburen_sektor.docx and expected.json.

A region's Word agreement with the idéburen sektor in its county: cover page with
logo text and diarienummer, document table, saved TOC field, Heading 1/2 with typed
numbers, one two-column commitments table per principle (Region | idéburna
organisationerna) with some merged joint rows, prose commitments outside the tables,
a follow-up chapter with a samverkansråd, signature and version tables.
"""
import json
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "region_sjomark_overenskommelse_ideburen_sektor.docx"
LAYOUT = "g9_docx_region_table"

BLUE = RGBColor(0x00, 0x4B, 0x87)
GREY = RGBColor(0x59, 0x59, 0x59)

REGION_HEAD = "Region Sjömark åtar sig att"
CIVIL_HEAD = "De idéburna organisationerna åtar sig att"

commitments = []  # (text, principle, party)


def C(text, principle, party):
    commitments.append({"text": text, "principle": principle, "party": party})
    return text


# ---------------------------------------------------------------- helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))


def add_field(run, instr):
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText")
    i.set(qn("xml:space"), "preserve")
    i.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, i, s, t, e):
        run._r.append(el)


def fld(paragraph, kind, instr=None):
    r = paragraph.add_run()
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    r._r.append(el)
    if instr:
        r2 = paragraph.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._r.append(it)


def set_cell_text(cell, text, bold=False, size=None, color=None, style=None):
    p = cell.paragraphs[0]
    if style:
        p.style = style
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    return p


def cell_para(cell, text, style=None, first=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    if style:
        p.style = style
    p.add_run(text)
    return p


def borders(table, color="8EAADB"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


# ---------------------------------------------------------------- document
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.3)
sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
sec.different_first_page_header_footer = True

st = doc.styles
st["Normal"].font.name = "Calibri"
st["Normal"].font.size = Pt(11)
st["Normal"].paragraph_format.space_after = Pt(6)
for name, size in (("Heading 1", 16), ("Heading 2", 13)):
    st[name].font.name = "Calibri Light"
    st[name].font.size = Pt(size)
    st[name].font.color.rgb = BLUE
for lvl, ind in ((1, 0), (2, 0.5)):
    s = st.add_style(f"toc {lvl}", WD_STYLE_TYPE.PARAGRAPH)
    s.base_style = st["Normal"]
    s.paragraph_format.left_indent = Cm(ind)
    s.paragraph_format.space_after = Pt(3)
    s.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
tc = st.add_style("Tabelltext", WD_STYLE_TYPE.PARAGRAPH)
tc.base_style = st["Normal"]
tc.font.size = Pt(10)
tc.paragraph_format.space_after = Pt(3)
tb = st.add_style("Tabellpunkt", WD_STYLE_TYPE.PARAGRAPH)
tb.base_style = st["List Bullet"]
tb.font.size = Pt(10)
tb.paragraph_format.space_after = Pt(2)

# header / footer (not page 1)
hp = sec.header.paragraphs[0]
hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
r = hp.add_run("REGION SJÖMARK")
r.bold = True
r.font.color.rgb = BLUE
r.font.size = Pt(9)
r = hp.add_run("\tÖverenskommelse med den idéburna sektorn · Dnr RS 2024/01873")
r.font.size = Pt(8)
r.font.color.rgb = GREY
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for txt, instr in (("Sida ", "PAGE"), (" (", "NUMPAGES"), (")", None)):
    rr = fp.add_run(txt)
    rr.font.size = Pt(8)
    if instr:
        rr2 = fp.add_run()
        rr2.font.size = Pt(8)
        add_field(rr2, instr)
fp2 = sec.footer.add_paragraph("Regionledningskontoret, avdelningen för regional utveckling")
fp2.alignment = WD_ALIGN_PARAGRAPH.LEFT
fp2.runs[0].font.size = Pt(7)
fp2.runs[0].font.color.rgb = GREY

# ---------------------------------------------------------------- cover
logo = doc.add_table(rows=1, cols=2)
no_borders(logo)
c0, c1 = logo.rows[0].cells
p = c0.paragraphs[0]
r = p.add_run("◆ REGION SJÖMARK")
r.bold = True
r.font.size = Pt(20)
r.font.color.rgb = BLUE
p2 = c0.add_paragraph()
r = p2.add_run("Regionledningskontoret")
r.font.size = Pt(9)
r.font.color.rgb = GREY
q = c1.paragraphs[0]
q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = q.add_run("Diarienummer: RS 2024/01873")
r.font.size = Pt(9)
q2 = c1.add_paragraph()
q2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = q2.add_run("Dokumenttyp: Överenskommelse")
r.font.size = Pt(9)

for _ in range(6):
    doc.add_paragraph()
t = doc.add_paragraph(style="Title")
t.add_run("Överenskommelse mellan Region Sjömark och den idéburna sektorn i Sjömarks län")
s = doc.add_paragraph(style="Subtitle")
s.add_run("Regional överenskommelse om samverkan 2025–2028")
doc.add_paragraph()
d = doc.add_paragraph()
r = d.add_run("Beslutad av regionfullmäktige den 26 november 2024, § 142")
r.bold = True
doc.add_paragraph("Diarienummer: RS 2024/01873")
doc.add_paragraph("Gäller från och med den 1 januari 2025 till och med den 31 december 2028")
for _ in range(8):
    doc.add_paragraph()
f = doc.add_paragraph()
r = f.add_run("Överenskommelsen har tagits fram av Region Sjömark och Idéburna Sjömark "
              "tillsammans med företrädare för föreningar, stiftelser och trossamfund i länet.")
r.italic = True
r.font.size = Pt(9)
r.font.color.rgb = GREY
f.runs[-1].add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- document information
h = doc.add_paragraph()
r = h.add_run("Dokumentinformation")
r.bold = True
r.font.size = Pt(12)
r.font.color.rgb = BLUE
info = [
    ("Dokumentnamn", "Överenskommelse mellan Region Sjömark och den idéburna sektorn i Sjömarks län"),
    ("Dokumenttyp", "Överenskommelse"),
    ("Fastställd av", "Regionfullmäktige"),
    ("Beslutsdatum", "2024-11-26, § 142"),
    ("Diarienummer", "RS 2024/01873"),
    ("Upprättad", "2024-09-12"),
    ("Giltighetstid", "2025-01-01 – 2028-12-31"),
    ("Dokumentansvarig", "Regionledningskontoret, avdelningen för regional utveckling"),
    ("Ska revideras senast", "2028-06-30"),
]
it = doc.add_table(rows=0, cols=2)
it.autofit = False
borders(it, "BFBFBF")
for k, v in info:
    row = it.add_row()
    set_cell_text(row.cells[0], k, bold=True, size=9, style="Tabelltext")
    shade(row.cells[0], "DEEAF6")
    set_cell_text(row.cells[1], v, size=9, style="Tabelltext")
    row.cells[0].width = Cm(4.5)
    row.cells[1].width = Cm(11.9)
it.columns[0].width = Cm(4.5)
it.columns[1].width = Cm(11.9)

doc.add_paragraph()
k = doc.add_paragraph()
r = k.add_run("Kontakt: ")
r.bold = True
r.font.size = Pt(9)
r = k.add_run("Lena Bergkvist, strateg civilsamhälle, regionledningskontoret, tfn 010-482 30 17, "
              "civilsamhalle@regionsjomark.se")
r.font.size = Pt(9)

# ---------------------------------------------------------------- TOC (saved field result)
tp = doc.add_paragraph()
tp.paragraph_format.page_break_before = True
r = tp.add_run("Innehåll")
r.bold = True
r.font.size = Pt(14)
r.font.color.rgb = BLUE

toc_entries = [
    (1, "1 Inledning", 3), (1, "2 Syfte", 3), (1, "3 Parterna", 4),
    (1, "4 Principer och åtaganden", 4),
    (2, "4.1 Självständighet och oberoende", 4), (2, "4.2 Dialog", 5),
    (2, "4.3 Kvalitet", 5), (2, "4.4 Långsiktighet", 6),
    (2, "4.5 Öppenhet och insyn", 6), (2, "4.6 Mångfald", 7),
    (2, "4.7 Barnets rättigheter", 7),
    (1, "5 Uppföljning och samverkansråd", 8),
    (1, "6 Giltighetstid och revidering", 8), (1, "7 Underskrifter", 9),
]
for n, (lvl, txt, page) in enumerate(toc_entries):
    p = doc.add_paragraph(style=f"toc {lvl}")
    if n == 0:
        fld(p, "begin", ' TOC \\o "1-2" \\h \\z \\u ')
        fld(p, "separate")
    p.add_run(f"{txt}\t{page}")
    if n == len(toc_entries) - 1:
        fld(p, "end")

# ---------------------------------------------------------------- body
h1 = doc.add_heading("1 Inledning", level=1)
h1.paragraph_format.page_break_before = True
doc.add_paragraph(
    "År 2008 tecknade regeringen, idéburna organisationer inom det sociala området och "
    "Sveriges Kommuner och Landsting (numera Sveriges Kommuner och Regioner, SKR) en nationell "
    "överenskommelse. Den bygger på sex principer: självständighet och oberoende, dialog, kvalitet, "
    "långsiktighet, öppenhet och insyn samt mångfald. Sedan dess har många kommuner och regioner "
    "tecknat egna, lokala eller regionala överenskommelser med den idéburna sektorn.")
doc.add_paragraph(
    "I Sjömarks län tecknades den första regionala överenskommelsen 2016. Den här överenskommelsen "
    "ersätter den tidigare och har arbetats fram under 2023 och 2024. Arbetet har letts av en "
    "gemensam arbetsgrupp med företrädare för regionen och Idéburna Sjömark. Underlaget består av "
    "fyra dialogmöten i Norrfors, Åbyhamn, Västra Lid och Kärrsjö, en webbenkät som 212 "
    "organisationer besvarade och synpunkter från regionens förvaltningar.")
doc.add_paragraph(
    "Den idéburna sektorn är en viktig del av demokratin och av välfärden i länet. "
    "Organisationerna skapar mötesplatser, ger röst åt grupper som sällan hörs och bedriver "
    "verksamhet inom bland annat folkhälsa, kultur, integration och stöd till människor i utsatta "
    "situationer. Regionen vill ta tillvara den kraften och samtidigt värna organisationernas "
    "självständighet.")

doc.add_heading("2 Syfte", level=1)
doc.add_paragraph("Överenskommelsen ska ge en gemensam grund för hur Region Sjömark och den idéburna "
                  "sektorn samverkar. Syftet är att")
for item in (
    "stärka den idéburna sektorns roll som röstbärare och som aktör i den regionala utvecklingen,",
    "skapa bättre förutsättningar för dialog och samverkan mellan parterna,",
    "göra det tydligare vad parterna kan förvänta sig av varandra.",
):
    doc.add_paragraph(item, style="List Bullet")
doc.add_paragraph("Överenskommelsen är inte ett juridiskt bindande avtal och reglerar inte ekonomiska "
                  "mellanhavanden. Den är en avsiktsförklaring som parterna har förbundit sig att "
                  "arbeta efter.")

doc.add_heading("3 Parterna", level=1)
doc.add_paragraph(
    "Parter i överenskommelsen är Region Sjömark och de idéburna organisationer i Sjömarks län som "
    "har anslutit sig till den. Med idéburen organisation menas en organisation som har en "
    "demokratisk grund eller ett allmännyttigt syfte, som är fristående från offentlig sektor och "
    "som inte har vinstsyfte. Det kan vara ideella föreningar, stiftelser, trossamfund och "
    "kooperativ med allmännyttigt ändamål.")
doc.add_paragraph(
    "Idéburna Sjömark är ett nätverk för länets idéburna organisationer och företräder sektorn i "
    "arbetet med överenskommelsen. I december 2024 var 64 organisationer anslutna till nätverket. "
    "En organisation ansluter sig till överenskommelsen genom att anmäla det till Idéburna Sjömark.")

doc.add_heading("4 Principer och åtaganden", level=1)
doc.add_paragraph(
    "Under varje princip finns en kort beskrivning av vad principen innebär i Sjömarks län. "
    "Därefter följer en tabell med parternas åtaganden. Den vänstra kolumnen visar vad regionen "
    "åtar sig och den högra vad de idéburna organisationerna åtar sig. Åtaganden som parterna har "
    "gemensamt står i en rad över båda kolumnerna. Några åtaganden är skrivna i löptext under "
    "tabellen.")

tabno = [0]


def principle_table(principle, rows, caption):
    """rows: list of (region_cell, civil_cell) or ("JOINT", text).
    A cell is a str, None (empty), "–" (dash), or a list of str (bullets)."""
    tabno[0] += 1
    cp = doc.add_paragraph(style="Caption")
    cp.add_run(f"Tabell {tabno[0]}. {caption}")
    tbl = doc.add_table(rows=1, cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(tbl)
    hdr = tbl.rows[0]
    repeat_header(hdr)
    for cell, txt in zip(hdr.cells, (REGION_HEAD, CIVIL_HEAD)):
        set_cell_text(cell, txt, bold=True, size=10, color=RGBColor(0xFF, 0xFF, 0xFF), style="Tabelltext")
        shade(cell, "004B87")
    for row in rows:
        tr = tbl.add_row()
        cant_split(tr)
        if row[0] == "JOINT":
            m = tr.cells[0].merge(tr.cells[1])
            shade(m, "E2EFDA")
            lab = m.paragraphs[0]
            lab.style = "Tabelltext"
            rr = lab.add_run(row[1])
            rr.bold = True
            cell_para(m, C(row[2], principle, "joint"), style="Tabelltext")
            continue
        for cell, val, party in zip(tr.cells, row, ("public", "civil_society")):
            if val is None:
                cell.paragraphs[0].style = "Tabelltext"
            elif val == "–":
                set_cell_text(cell, "–", style="Tabelltext")
            elif isinstance(val, list):
                for i, v in enumerate(val):
                    cell_para(cell, C(v, principle, party), style="Tabellpunkt", first=(i == 0))
            else:
                cell_para(cell, C(val, principle, party), style="Tabelltext", first=True)
    for r_ in tbl.rows:
        r_.cells[0].width = Cm(8.2)
        r_.cells[1].width = Cm(8.2)
    doc.add_paragraph()
    return tbl


# 4.1
P = "sjalvstandighet_och_oberoende"
doc.add_heading("4.1 Självständighet och oberoende", level=2)
doc.add_paragraph(
    "De idéburna organisationerna har rätt att själva bestämma över sin verksamhet, sina mål och "
    "sina arbetsformer. De har också rätt att granska och kritisera regionen och att driva opinion, "
    "även när de får ekonomiskt stöd från regionen eller utför uppdrag åt den.")
principle_table(P, [
    ("respektera organisationernas rätt att självständigt formulera sina mål, välja arbetsmetoder "
     "och driva opinion, även när regionen är finansiär.",
     "tydligt redovisa när organisationen agerar som utförare på uppdrag av regionen och när den "
     "agerar som röstbärare eller intresseorganisation."),
    ("inte ställa krav i samband med bidrag som påverkar organisationens interna angelägenheter, "
     "såsom stadgar, medlemskap eller val av företrädare.",
     "verka för en egen demokratisk förankring och en ekonomi som inte är helt beroende av "
     "regionens stöd."),
], "Åtaganden – självständighet och oberoende")
doc.add_paragraph(C(
    "Regionen kommer också att se över villkoren för organisationsbidrag under 2025 så att de inte "
    "begränsar organisationernas möjlighet att granska regionens verksamhet.", P, "public"))

# 4.2
P = "dialog"
doc.add_heading("4.2 Dialog", level=2)
doc.add_paragraph(
    "En god dialog förutsätter att parterna möts i tid, på lika villkor och med respekt för "
    "varandras roller. Dialogen kan gälla både regionens planering och frågor som sektorn själv "
    "vill lyfta.")
principle_table(P, [
    ("bjuda in den idéburna sektorn till dialog i ett tidigt skede när regionen tar fram "
     "strategier, program och planer som berör sektorn.",
     "förankra sina synpunkter i de egna medlemsleden och vara tydliga med vilka de företräder i "
     "dialogen."),
    ("ge organisationerna skälig tid att lämna synpunkter, som regel minst sex veckor vid remisser.",
     "delta aktivt i de dialogforum som parterna har kommit överens om."),
    ("återkoppla skriftligt hur synpunkterna från sektorn har tagits tillvara.", None),
    ("JOINT", "Gemensamt åtagande",
     "Parterna ska gemensamt genomföra minst ett regionalt dialogforum per år med tema regional "
     "utveckling och folkhälsa."),
], "Åtaganden – dialog")
doc.add_paragraph(C(
    "Regionens förvaltningar ska i sina verksamhetsplaner ange hur de för dialog med den idéburna "
    "sektorn inom sina ansvarsområden.", P, "public"))

# 4.3
P = "kvalitet"
doc.add_heading("4.3 Kvalitet", level=2)
doc.add_paragraph(
    "Kvalitet handlar om att verksamheten motsvarar behoven hos dem den är till för. Den idéburna "
    "sektorn har ofta en nära kontakt med sina målgrupper och en kunskap som kompletterar regionens. "
    "Kvalitet i idéburen verksamhet kan se annorlunda ut än i offentlig verksamhet.")
principle_table(P, [
    ("ta tillvara organisationernas kunskap om målgruppernas behov när regionen utvecklar sina "
     "verksamheter.",
     "arbeta systematiskt med att följa upp och utveckla kvaliteten i den egna verksamheten."),
    ("utforma uppföljningen av bidrag så att den står i proportion till stödets storlek och inte "
     "blir onödigt administrativt betungande.",
     "redovisa resultat och användning av regionens medel på det sätt som har överenskommits."),
    ("JOINT", "Gemensamt åtagande",
     "Parterna åtar sig att tillsammans ta fram enkla former för att beskriva och följa upp "
     "resultat av idéburna insatser, med utgångspunkt i målgruppernas perspektiv."),
], "Åtaganden – kvalitet")

# 4.4
P = "langsiktighet"
doc.add_heading("4.4 Långsiktighet", level=2)
doc.add_paragraph(
    "Långsiktiga spelregler ger organisationerna möjlighet att planera, behålla kompetens och "
    "bygga upp verksamhet som håller över tid. Kortsiktiga projektmedel gör det svårt att "
    "utveckla en stabil verksamhet.")
principle_table(P, [
    ("i första hand ge stöd i form av organisationsbidrag och fleråriga verksamhetsbidrag framför "
     "kortsiktiga projektbidrag.",
     "planera sin verksamhet långsiktigt och bygga en bred finansiering från flera källor."),
    ("besluta om bidrag för kommande år senast den 15 december, så att organisationerna kan "
     "planera sin verksamhet.", "–"),
    ("pröva idéburet offentligt partnerskap (IOP) som samverkansform när förutsättningarna finns.",
     "–"),
], "Åtaganden – långsiktighet")
doc.add_paragraph(C(
    "De idéburna organisationerna förbinder sig att i god tid meddela regionen om förändringar som "
    "påverkar möjligheten att genomföra en överenskommen verksamhet.", P, "civil_society"))

# 4.5
P = "oppenhet_och_insyn"
doc.add_heading("4.5 Öppenhet och insyn", level=2)
doc.add_paragraph(
    "Öppenhet skapar förtroende mellan parterna. Det gäller både hur regionen fördelar stöd och "
    "hur organisationerna använder de medel de får.")
principle_table(P, [
    (["publicera information om bidragsformer, ansökningstider och beviljade bidrag på regionens "
      "webbplats,",
      "motivera avslag på ansökningar om bidrag skriftligt."],
     ["vara öppna med hur verksamheten finansieras och hur beslut fattas i organisationen,",
      "ge regionen insyn i verksamhet som finansieras med offentliga medel, med respekt för den "
      "enskildes integritet."]),
], "Åtaganden – öppenhet och insyn")
doc.add_paragraph(C(
    "Båda parter ansvarar för att regler om sekretess och tystnadsplikt följs när uppgifter om "
    "enskilda personer berörs i samverkan.", P, "joint"))

# 4.6
P = "mangfald"
doc.add_heading("4.6 Mångfald", level=2)
doc.add_paragraph(
    "Den idéburna sektorn i länet är bred, från stora riksorganisationers distrikt till små "
    "lokala föreningar och nätverk utan anställd personal. Mångfalden av organisationer och "
    "verksamhetsformer är en styrka som parterna vill värna.")
principle_table(P, [
    ("uppmärksamma mindre föreningar och nya grupper som saknar etablerade kontakter med regionen.",
     "arbeta för att verksamheten är öppen och tillgänglig för alla, oavsett kön, ålder, etnisk "
     "tillhörighet, funktionsnedsättning, sexuell läggning eller religion."),
    ("erbjuda information om samverkan och stödformer på lättläst svenska och vid behov på andra "
     "språk.",
     "bidra till att fler grupper kommer till tals i dialogen med regionen."),
    ("JOINT", "Tillsammans",
     "Parterna ska verka för att dialogforumen hålls i tillgängliga lokaler och på tider som gör "
     "det möjligt för ideellt aktiva att delta."),
], "Åtaganden – mångfald")

# 4.7 (prose only)
P = "barnrattsperspektiv"
doc.add_heading("4.7 Barnets rättigheter", level=2)
doc.add_paragraph(
    "Barnkonventionen är svensk lag sedan 2020. Många idéburna organisationer i länet har "
    "verksamhet för barn och unga, och parterna har därför valt att lägga till barnets rättigheter "
    "som en egen princip i överenskommelsen.")
doc.add_paragraph(C(
    "Regionen ska göra en prövning av barnets bästa när beslut om stöd och samverkan med sektorn "
    "påverkar barn och unga.", P, "public"))
doc.add_paragraph(C(
    "Organisationer som har verksamhet för barn och unga åtar sig att ha rutiner för att begära "
    "utdrag ur belastningsregistret för ledare och för att agera vid oro för att ett barn far illa.",
    P, "civil_society"))

# 5
doc.add_heading("5 Uppföljning och samverkansråd", level=1)
COMPOSITION = ("Samverkansrådet består av sex ledamöter från regionen och sex ledamöter från den "
               "idéburna sektorn.")
doc.add_paragraph(
    "Ett samverkansråd följer arbetet med överenskommelsen. " + COMPOSITION + " Regionens "
    "ledamöter är tre förtroendevalda från regionstyrelsen och tre tjänstepersoner. "
    "Ordförandeskapet växlar varje år mellan parterna.")
comp = doc.add_table(rows=1, cols=3)
borders(comp, "BFBFBF")
for cell, txt in zip(comp.rows[0].cells, ("Part", "Antal ledamöter", "Utses av")):
    set_cell_text(cell, txt, bold=True, size=9, style="Tabelltext")
    shade(cell, "DEEAF6")
for row in (("Region Sjömark, förtroendevalda", "3", "Regionstyrelsen"),
            ("Region Sjömark, tjänstepersoner", "3", "Regiondirektören"),
            ("Den idéburna sektorn", "6", "Idéburna Sjömarks årsmöte")):
    tr = comp.add_row()
    for cell, txt in zip(tr.cells, row):
        set_cell_text(cell, txt, size=9, style="Tabelltext")
doc.add_paragraph()
doc.add_paragraph("I rådets arbete ingår bland annat:")
for item in ("uppföljning av åtagandena i överenskommelsen,",
             "planering av det årliga dialogforumet,",
             "frågor om stödformer, villkor och samverkansformer."):
    doc.add_paragraph(item, style="List Bullet")
doc.add_paragraph(C(
    "Regionen ansvarar för samverkansrådets sekretariat och kallar till möten minst tre gånger per "
    "år.", None, "public"))
doc.add_paragraph(C(
    "Idéburna Sjömark utser sektorns ledamöter i samverkansrådet och ansvarar för att de har "
    "mandat att företräda de anslutna organisationerna.", None, "civil_society"))
doc.add_paragraph(C(
    "Samverkansrådet ska varje år ta fram en gemensam handlingsplan och lämna en skriftlig "
    "uppföljning till regionstyrelsen senast den 31 mars.", None, "joint"))
doc.add_paragraph(C(
    "Parterna kommer att göra en fördjupad utvärdering av överenskommelsen under 2027, inför "
    "beslut om en ny eller reviderad överenskommelse.", None, "joint"))

# 6
doc.add_heading("6 Giltighetstid och revidering", level=1)
doc.add_paragraph(
    "Överenskommelsen gäller från och med den 1 januari 2025 till och med den 31 december 2028. "
    "Om någon av parterna vill ändra i överenskommelsen under perioden tas frågan upp i "
    "samverkansrådet. Ändringar som påverkar principerna eller åtagandena beslutas av "
    "regionfullmäktige efter dialog med Idéburna Sjömark.")

# 7 signatures
doc.add_heading("7 Underskrifter", level=1)
doc.add_paragraph("Överenskommelsen har undertecknats i två likalydande exemplar, av vilka parterna "
                  "har tagit var sitt.")
sig = doc.add_table(rows=5, cols=2)
no_borders(sig)
rows = [
    ("Norrfors den 30 januari 2025", "Norrfors den 30 januari 2025"),
    ("För Region Sjömark", "För den idéburna sektorn i Sjömarks län"),
    ("\n\n______________________________", "\n\n______________________________"),
    ("Karin Lövgren", "Amira Haddad"),
    ("Regionstyrelsens ordförande", "Ordförande, Idéburna Sjömark"),
]
for i, (a, b) in enumerate(rows):
    for cell, txt in zip(sig.rows[i].cells, (a, b)):
        set_cell_text(cell, txt, bold=(i == 1), size=10, style="Tabelltext")
doc.add_paragraph()
sig2 = doc.add_table(rows=3, cols=2)
no_borders(sig2)
for i, (a, b) in enumerate([
    ("\n______________________________", "\n______________________________"),
    ("Mats Ekholm", "Per-Olof Strand"),
    ("Regiondirektör", "Vice ordförande, Idéburna Sjömark"),
]):
    for cell, txt in zip(sig2.rows[i].cells, (a, b)):
        set_cell_text(cell, txt, size=10, style="Tabelltext")

doc.add_paragraph()
vh = doc.add_paragraph()
r = vh.add_run("Versionshistorik")
r.bold = True
r.font.size = Pt(10)
ver = doc.add_table(rows=1, cols=4)
borders(ver, "BFBFBF")
for cell, txt in zip(ver.rows[0].cells, ("Version", "Datum", "Ändring", "Av")):
    set_cell_text(cell, txt, bold=True, size=8, style="Tabelltext")
    shade(cell, "DEEAF6")
for row in (("0.9", "2024-09-12", "Remissversion till organisationer och förvaltningar", "LB"),
            ("1.0", "2024-11-26", "Fastställd av regionfullmäktige", "LB"),
            ("1.1", "2025-02-04", "Underskrifter och anslutna organisationer tillagda", "JN")):
    tr = ver.add_row()
    for cell, txt in zip(tr.cells, row):
        set_cell_text(cell, txt, size=8, style="Tabelltext")

doc.core_properties.title = "Överenskommelse mellan Region Sjömark och den idéburna sektorn i Sjömarks län"
doc.core_properties.author = "Lena Bergkvist"
doc.core_properties.subject = "Dnr RS 2024/01873"
doc.save(os.path.join(HERE, FILE))

# ---------------------------------------------------------------- expected.json
questions = [
    {"id": "q1", "question": "Hur lång tid har föreningarna på sig att svara när regionen skickar ut något på remiss?",
     "language": "sv", "answerable": True,
     "gold": ["ge organisationerna skälig tid att lämna synpunkter, som regel minst sex veckor vid remisser."],
     "must_mention": ["minst sex veckor"]},
    {"id": "q2", "question": "När får vi besked om regionens bidrag för nästa år?",
     "language": "sv", "answerable": True,
     "gold": ["besluta om bidrag för kommande år senast den 15 december, så att organisationerna kan planera sin verksamhet."],
     "must_mention": ["15 december"]},
    {"id": "q3", "question": "vem sitter i samverkansradet och hur ofta traffas de?",
     "language": "sv", "answerable": True,
     "gold": [COMPOSITION,
              "Regionen ansvarar för samverkansrådets sekretariat och kallar till möten minst tre gånger per år."],
     "must_mention": ["sex ledamöter från regionen", "minst tre gånger per år"]},
    {"id": "q4", "question": "What does the agreement require from associations that run activities for children?",
     "language": "en", "answerable": True,
     "gold": ["Organisationer som har verksamhet för barn och unga åtar sig att ha rutiner för att begära utdrag ur belastningsregistret för ledare och för att agera vid oro för att ett barn far illa."],
     "must_mention": ["belastningsregistret", "oro för att ett barn far illa"]},
    {"id": "q5", "question": "Can the region make demands about our statutes or membership when it gives us a grant?",
     "language": "en", "answerable": True,
     "gold": ["inte ställa krav i samband med bidrag som påverkar organisationens interna angelägenheter, såsom stadgar, medlemskap eller val av företrädare."],
     "must_mention": ["inte ställa krav", "stadgar"]},
    {"id": "q6", "question": "Vilket beslut ligger bakom överenskommelsen och vilket diarienummer har den?",
     "language": "sv", "answerable": True,
     "gold": ["Beslutad av regionfullmäktige den 26 november 2024, § 142",
              "Diarienummer: RS 2024/01873"],
     "must_mention": ["regionfullmäktige", "26 november 2024", "RS 2024/01873"]},
    {"id": "q7", "question": "Vad maste foreningarna redovisa till regionen nar de har fatt bidrag?",
     "language": "sv", "answerable": True,
     "gold": ["redovisa resultat och användning av regionens medel på det sätt som har överenskommits.",
              "ge regionen insyn i verksamhet som finansieras med offentliga medel, med respekt för den enskildes integritet."],
     "must_mention": ["resultat och användning av regionens medel", "insyn"]},
    {"id": "q8", "question": "Hur följs överenskommelsen upp, och finns det någon utvärdering planerad?",
     "language": "sv", "answerable": True,
     "gold": ["Samverkansrådet ska varje år ta fram en gemensam handlingsplan och lämna en skriftlig uppföljning till regionstyrelsen senast den 31 mars.",
              "Parterna kommer att göra en fördjupad utvärdering av överenskommelsen under 2027, inför beslut om en ny eller reviderad överenskommelse."],
     "must_mention": ["handlingsplan", "31 mars", "2027"]},
    {"id": "q9", "question": "Hur mycket pengar avsätter regionen till organisationsbidrag under 2025?",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
    {"id": "q10", "question": "Hur gör vår förening om vi vill lämna överenskommelsen innan den löper ut?",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
]

expected = {
    "file": FILE,
    "layout": LAYOUT,
    "description": (
        "A region's agreement with the idéburen sektor in its county, written in Word (python-docx). "
        "Cover page: a borderless two-cell table with the logo text '◆ REGION SJÖMARK' / "
        "'Regionledningskontoret' and 'Diarienummer: RS 2024/01873' / 'Dokumenttyp', then Title and "
        "Subtitle, a bold decision line 'Beslutad av regionfullmäktige den 26 november 2024, § 142', "
        "the Dnr again and the validity period, an italic note; page break. A 'Dokumentinformation' "
        "key/value table (with a decoy 'Upprättad 2024-09-12' and 'Ska revideras senast 2028-06-30') "
        "and a contact line. A saved TOC field (result text with tab leaders and page numbers, "
        "custom 'toc 1/2' styles). Heading 1/Heading 2 styles with typed numbers ('4.3 Kvalitet'). "
        "Short background (national agreement 2008, six principles) and a purpose list after 'Syftet "
        "är att' that is not commitments; a definitions paragraph. For each principle 4.1–4.6 a "
        "description paragraph, a 'Tabell N.' caption and a two-column table whose header row "
        "(repeated, white on blue) is 'Region Sjömark åtar sig att | De idéburna organisationerna "
        "åtar sig att'; the cells are infinitive clauses without 'att'; one row per pair of "
        "commitments, one cell empty and two cells holding only '–'; under Öppenhet och insyn a single "
        "row whose cells hold two bulleted paragraphs each; three rows merged across both columns "
        "with a bold label ('Gemensamt åtagande' or 'Tillsammans') and a joint commitment sentence. "
        "Prose commitments outside the tables after four of the tables ('Regionen kommer också att', "
        "'Regionens förvaltningar ska', 'De idéburna organisationerna förbinder sig att', 'Båda "
        "parter ansvarar för'). An extra principle '4.7 Barnets rättigheter' with prose commitments "
        "only. Chapter 5 on follow-up: a samverkansråd described in prose, a composition table "
        "(Part | Antal ledamöter | Utses av) and a noun-phrase task list that are not commitments, "
        "then four commitment sentences (region, Idéburna Sjömark, the samverkansråd, 'Parterna "
        "kommer att') with principle null. Validity chapter without commitments, signature tables "
        "without borders dated 'Norrfors den 30 januari 2025' (not the decision date), and a version "
        "table. Header (from page 2) with region name and Dnr, footer 'Sida X (Y)' with PAGE/NUMPAGES "
        "fields."
    ),
    "metadata": {
        "doc_id": os.path.splitext(FILE)[0],
        "title": "Överenskommelse mellan Region Sjömark och den idéburna sektorn i Sjömarks län",
        "place": "Sjömark",
        "organisation": "Region Sjömark",
        "kind": "överenskommelse",
        "date": "2024-11-26",
        "body": "regionfullmäktige",
    },
    "commitments": commitments,
    "questions": questions,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print(f"wrote {FILE} with {len(commitments)} commitments")
