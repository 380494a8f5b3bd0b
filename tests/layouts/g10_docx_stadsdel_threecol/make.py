#!/usr/bin/env python3
"""Generate a stadsdelsnämnd's local agreement with the associations (DOCX, python-docx)
and expected.json.  Run:  /work/main/.venv/bin/python make.py
"""
import json
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.basename(HERE)
FILE = "Overenskommelse_foreningslivet_Sorby_SDN_2025-2028.docx"

TITLE = "Lokal överenskommelse om samverkan mellan Sörby stadsdelsnämnd och föreningslivet i Sörby 2025–2028"

COMMITMENTS = []


def commit(text, principle, party, strip_att=True):
    t = text
    if strip_att and t.startswith("att "):
        t = t[4:]
    COMMITMENTS.append({"text": t, "principle": principle, "party": party})
    return text


# --------------------------------------------------------------------------- helpers
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
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def add_field(paragraph, instr):
    """complex field with a cached result, like Word saves it"""
    r = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    r = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._r.append(s)
    paragraph.add_run("1")
    r = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._r.append(e)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def cell_par(cell, text="", style=None, bold=False, italic=False, size=None, first=False):
    if first:
        p = cell.paragraphs[0]
        if style:
            p.style = style
    else:
        p = cell.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(3)
    return p


# --------------------------------------------------------------------------- document
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
for name, size in (("Heading 1", 14), ("Heading 2", 12), ("Title", 22)):
    s = doc.styles[name]
    s.font.name = "Arial"
    s.font.size = Pt(size)
    s.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.0)
sec.different_first_page_header_footer = False

# header: logo text | document name | Dnr + Sida X (Y)
hdr = sec.header
ht = hdr.add_table(rows=1, cols=3, width=Cm(16.6))
no_borders(ht)
c0, c1, c2 = ht.rows[0].cells
p = c0.paragraphs[0]
r = p.add_run("LIDVALLA STAD")
r.bold = True
r.font.size = Pt(11)
c0.add_paragraph("Sörby stadsdelsförvaltning").runs[0].font.size = Pt(8)
p = c1.paragraphs[0]
p.add_run("ÖVERENSKOMMELSE").font.size = Pt(8)
c1.add_paragraph("Föreningslivet i Sörby").runs[0].font.size = Pt(8)
p = c2.paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run("Dnr SDN-SÖ 2024/0318").font.size = Pt(8)
p = c2.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run("Sida ")
add_field(p, "PAGE")
p.add_run(" (")
add_field(p, "NUMPAGES")
p.add_run(")")
hdr.paragraphs[0].text = ""

ftr = sec.footer
fp = ftr.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = fp.add_run("Sörby stadsdelsförvaltning · Torgvägen 4, 432 51 Lidvalla · "
                "Växel 0340-62 00 00 · lidvalla.se/sorby")
fr.font.size = Pt(7.5)
fr.font.color.rgb = RGBColor(0x60, 0x60, 0x60)

# ---------------------------------------------------------------- title block
p = doc.add_paragraph()
r = p.add_run("Sörby stadsdelsnämnd")
r.font.size = Pt(10)
r.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
doc.add_paragraph(TITLE, style="Title")

meta = doc.add_table(rows=0, cols=2)
meta.style = "Table Grid"
meta.alignment = WD_TABLE_ALIGNMENT.LEFT
for k, v in (
    ("Dokumenttyp", "Överenskommelse"),
    ("Beslutad av", "Sörby stadsdelsnämnd 2025-02-19, § 12"),
    ("Diarienummer", "SDN-SÖ 2024/0318"),
    ("Giltighetstid", "2025-04-01 – 2028-12-31"),
    ("Dokumentansvarig", "Avdelningen för kultur, fritid och föreningsstöd"),
    ("Tjänsteutlåtande daterat", "2024-12-04"),
):
    row = meta.add_row()
    cell_par(row.cells[0], k, bold=True, size=9, first=True)
    cell_par(row.cells[1], v, size=9, first=True)
    shade(row.cells[0], "E8EEF4")
set_col_widths(meta, [Cm(4.5), Cm(8.5)])
doc.add_paragraph()

# ---------------------------------------------------------------- 1 Inledning
doc.add_heading("1. Inledning", level=1)
doc.add_paragraph(
    "Sörby stadsdelsnämnd och föreningslivet i Sörby har samarbetat länge. Föreningarna driver "
    "idrott, kultur, studiecirklar, läxhjälp, mötesplatser för äldre och mycket annat som gör "
    "Sörby till en bättre stadsdel att bo och växa upp i. Den här överenskommelsen beskriver hur "
    "stadsdelsnämnden och föreningarna ska samverka under perioden 2025–2028 och vad parterna "
    "kan förvänta sig av varandra.")
doc.add_paragraph(
    "Överenskommelsen bygger på den nationella överenskommelsen från 2008 mellan regeringen, "
    "idéburna organisationer inom det sociala området och Sveriges Kommuner och Regioner, och på "
    "Lidvalla stads övergripande överenskommelse med den idéburna sektorn som kommunfullmäktige "
    "antog 2021. Den har tagits fram tillsammans med Sörby föreningsråd under hösten 2024, bland "
    "annat vid två workshoppar i Sörby medborgarhus där drygt 60 föreningsföreträdare deltog.")
doc.add_paragraph("Stadsdelsnämnden beslutade om överenskommelsen den 19 februari 2025 (§ 12).")

# ---------------------------------------------------------------- 2 Parter
doc.add_heading("2. Parter och anslutning", level=1)
doc.add_paragraph(
    "Parter är Sörby stadsdelsnämnd och de ideella föreningar och andra idéburna organisationer "
    "med verksamhet i Sörby som har anslutit sig till överenskommelsen. Sörby föreningsråd "
    "företräder de anslutna föreningarna i frågor som rör överenskommelsen.")
doc.add_paragraph(
    "En förening ansluter sig genom att skicka in en anslutningsblankett till "
    "stadsdelsförvaltningen. Blanketten finns på lidvalla.se/sorby och hos föreningsenheten i "
    "medborgarhuset. Anslutningen är frivillig och påverkar inte föreningens rätt att söka "
    "föreningsbidrag.")

# ---------------------------------------------------------------- 3 Syfte
doc.add_heading("3. Syfte", level=1)
doc.add_paragraph("Syftet med överenskommelsen är att")
for t in ("stärka föreningslivets möjligheter att verka i Sörby,",
          "tydliggöra roller och förväntningar mellan stadsdelsnämnden och föreningarna,",
          "göra det lättare för nya och små föreningar att komma in i samverkan med staden."):
    doc.add_paragraph(t, style="List Bullet")

# ---------------------------------------------------------------- 4 Principer och åtaganden
doc.add_heading("4. Principer och åtaganden", level=1)
doc.add_paragraph(
    "Överenskommelsen utgår från de sex principerna i den nationella överenskommelsen. "
    "Stadsdelsnämnden och föreningsrådet har lagt till två principer som är särskilt viktiga i "
    "Sörby: barnrättsperspektiv och samhällsutveckling. I tabell 1 framgår vad stadsdelsnämnden "
    "respektive föreningarna åtar sig inom varje princip. Det som parterna gör tillsammans anges "
    "som gemensamt åtagande.")

cap = doc.add_paragraph()
cr = cap.add_run("Tabell 1. Principer och åtaganden")
cr.bold = True
cr.font.size = Pt(9)

B = "bullet"   # List Bullet paragraph
P = "para"     # plain paragraph
# rows: (principle name, slug, description or None, sdn items, forening items, joint)
# items: (kind, text, is_commitment)
# joint: None | ("merged", text) | ("label_in_right", text)
ROWS = [
    ("Självständighet och oberoende", "sjalvstandighet_och_oberoende",
     "Föreningarna är fria att själva bestämma över sin verksamhet och att granska och "
     "kritisera staden.",
     [(B, "att respektera föreningarnas rätt att själva bestämma över sin verksamhet, sina mål "
          "och sin organisation", True),
      (B, "att inte villkora föreningsbidrag med krav som begränsar föreningarnas rätt att "
          "granska och kritisera stadens verksamhet", True)],
     [(B, "att själva ansvara för sin verksamhet och sin ekonomi, även när verksamheten delvis "
          "finansieras med bidrag från staden", True),
      (B, "att vara tydliga med när de företräder den egna föreningen och när de deltar i ett "
          "uppdrag från stadsdelsnämnden", True)],
     None),
    ("Dialog", "dialog",
     "Regelbundna möten där båda parter kan ta upp frågor i ett tidigt skede.",
     [(B, "att bjuda in föreningarna till Dialogforum Sörby minst två gånger per år", True),
      (B, "att återkoppla skriftligt hur föreningarnas synpunkter har tagits om hand, senast sex "
          "veckor efter varje dialogforum", True)],
     [(B, "att utse representanter som kan föra fram föreningslivets gemensamma synpunkter i "
          "dialogforum", True),
      (B, "att förankra frågor och ståndpunkter i de egna organisationerna inför mötena", True)],
     ("merged", "Gemensamt åtar sig parterna att ta fram dagordningen för varje dialogforum "
                "tillsammans, senast tre veckor före mötet.")),
    ("Kvalitet", "kvalitet", None,
     [(B, "att ha enkla och begripliga rutiner för ansökan om föreningsbidrag och lokalbokning",
       True),
      (B, "att lämna besked om föreningsbidrag inom åtta veckor från det att en komplett ansökan "
          "har kommit in", True)],
     [(B, "att bedriva sin verksamhet med god kvalitet utifrån sina egna mål och stadgar", True),
      (B, "att följa upp och redovisa hur beviljade bidrag har använts", True)],
     ("label_in_right", "Parterna utvärderar varje år hur samverkan har fungerat och använder "
                        "resultatet för att utveckla arbetet.")),
    ("Långsiktighet", "langsiktighet",
     "Föreningarna behöver kunna planera sin verksamhet längre än ett år i taget.",
     [(B, "att i första hand bevilja verksamhetsbidrag för tre år i taget till föreningar med "
          "etablerad verksamhet", True),
      (B, "att informera berörda föreningar senast sex månader i förväg om förändringar av "
          "bidrag eller lokaler", True)],
     [(B, "att planera sin verksamhet över längre tid än ett bidragsår", True),
      (B, "att i god tid meddela förvaltningen om verksamheten förändras eller upphör", True)],
     ("merged", "Parterna åtar sig gemensamt att pröva idéburet offentligt partnerskap (IOP) "
                "när en verksamhet är långsiktig och bygger på föreningens egen idé.")),
    ("Öppenhet och insyn", "oppenhet_och_insyn", None,
     [(B, "publicera kriterierna för föreningsbidrag och lokalbokning på lidvalla.se", True),
      (B, "redovisa varje år vilka föreningar som har fått bidrag och med vilka belopp", True)],
     [(P, "Föreningarna lämnar verksamhetsberättelse, ekonomisk redovisning och "
          "revisionsberättelse till förvaltningen senast den 30 april varje år.", True),
      (P, "Föreningarna är öppna med hur de är organiserade och hur beslut fattas.", True)],
     None),
    ("Mångfald", "mangfald",
     "Sörby är en av stadens mest flerspråkiga stadsdelar.",
     [(B, "verka för att föreningar som i dag saknar kontakt med förvaltningen får information "
          "om föreningsstödet, bland annat på flera språk", True),
      (B, "ta hänsyn till att små föreningar har begränsade resurser, till exempel genom en "
          "förenklad ansökan för bidrag under 20 000 kronor", True)],
     [(B, "arbeta för att verksamheten är öppen för alla som bor i Sörby, oavsett kön, ålder, "
          "funktionsförmåga, bakgrund eller sexuell läggning", True)],
     None),
    ("Barnrättsperspektiv", "barnrattsperspektiv",
     "Barnkonventionen är svensk lag sedan 2020.",
     [(B, "göra en prövning av barnets bästa innan beslut som påverkar barns och ungas fritid i "
          "stadsdelen", True),
      (B, "prioritera bidrag till verksamhet för barn och unga mellan 7 och 20 år", True)],
     [(B, "ha rutiner för att begära utdrag ur belastningsregistret för ledare och volontärer "
          "som arbetar med barn", True)],
     ("merged", "Gemensamt: Stadsdelsnämnden och föreningarna genomför varje år minst en "
                "aktivitet där barn och unga i Sörby får säga sitt om sin fritid.")),
    ("Samhällsutveckling", "samhallsutveckling", None,
     [(B, "involvera föreningarna i arbetet med trygghet och social hållbarhet i Sörby, bland "
          "annat i den årliga trygghetsvandringen", True),
      (B, "låta föreningarna låna lokaler i Sörby medborgarhus till subventionerad taxa för "
          "öppna arrangemang", True)],
     [(B, "bidra med sin kunskap om lokala behov när stadsdelen planerar sin verksamhet", True)],
     None),
]

HEAD = ("Princip", "Stadsdelsnämnden åtar sig", "Föreningarna åtar sig")
tbl = doc.add_table(rows=1, cols=3)
tbl.style = "Table Grid"
hrow = tbl.rows[0]
repeat_header(hrow)
for i, h in enumerate(HEAD):
    cell_par(hrow.cells[i], h, bold=True, first=True)
    shade(hrow.cells[i], "1F3A5F")
    hrow.cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def fill(cell, items, slug, party):
    first = True
    for kind, text, is_c in items:
        style = "List Bullet" if kind == B else None
        if is_c:
            strip = kind == B
            commit(text, slug, party, strip_att=strip)
        cell_par(cell, text, style=style, first=first)
        first = False


for name, slug, desc, sdn, fo, joint in ROWS:
    row = tbl.add_row()
    cell_par(row.cells[0], name, bold=True, first=True)
    if desc:
        cell_par(row.cells[0], desc, italic=True, size=8.5)
    fill(row.cells[1], sdn, slug, "public")
    fill(row.cells[2], fo, slug, "civil_society")
    if joint and joint[0] == "label_in_right":
        p = row.cells[2].add_paragraph()
        p.paragraph_format.space_before = Pt(4)
        rb = p.add_run("Gemensamt: ")
        rb.bold = True
        p.add_run(joint[1])
        commit(joint[1], slug, "joint")
    if joint and joint[0] == "merged":
        jrow = tbl.add_row()
        top = row.cells[0]
        top.merge(jrow.cells[0])
        jc = jrow.cells[1].merge(jrow.cells[2])
        txt = joint[1]
        if txt.startswith("Gemensamt: "):
            p = jc.paragraphs[0]
            rb = p.add_run("Gemensamt: ")
            rb.bold = True
            body = txt[len("Gemensamt: "):]
            p.add_run(body)
            commit(body, slug, "joint")
        else:
            p = jc.paragraphs[0]
            p.add_run(txt)
            commit(txt, slug, "joint")
        shade(jc, "EEF3E8")
set_col_widths(tbl, [Cm(4.3), Cm(6.15), Cm(6.15)])

src = doc.add_paragraph()
sr = src.add_run("Principerna 1–6 enligt den nationella överenskommelsen (2008). "
                 "Principerna 7–8 är tillägg för Sörby.")
sr.italic = True
sr.font.size = Pt(8)

# ---------------------------------------------------------------- 5 Dialogformer
doc.add_heading("5. Dialogformer", level=1)
doc.add_paragraph(
    "Dialogen mellan stadsdelsnämnden och föreningslivet förs i flera olika former. Tabellen "
    "visar vilka mötesplatser som finns, vem som deltar och hur ofta de träffas.")
dt = doc.add_table(rows=1, cols=3)
dt.style = "Table Grid"
for i, h in enumerate(("Forum", "Deltagare", "Hur ofta")):
    cell_par(dt.rows[0].cells[i], h, bold=True, first=True)
    shade(dt.rows[0].cells[i], "E8EEF4")
for a, b, c in (
    ("Dialogforum Sörby", "Nämndens presidium, stadsdelsdirektören, Sörby föreningsråd och "
     "övriga anslutna föreningar", "Två gånger per år, i mars och oktober"),
    ("Samråd med föreningsrådet", "Avdelningschefen för kultur, fritid och föreningsstöd samt "
     "föreningsrådets styrelse", "Fyra gånger per år"),
    ("Budgetsamråd", "Nämndens presidium och föreningsrådets presidium",
     "En gång per år, i maj inför nämndens budgetbeslut"),
    ("Föreningsträff", "Alla föreningar i Sörby, även de som inte har anslutit sig",
     "En gång per termin"),
):
    r = dt.add_row()
    cell_par(r.cells[0], a, first=True)
    cell_par(r.cells[1], b, first=True)
    cell_par(r.cells[2], c, first=True)
set_col_widths(dt, [Cm(4.2), Cm(8.2), Cm(4.2)])
doc.add_paragraph()
doc.add_paragraph(commit(
    "Förvaltningen skickar kallelse senast tre veckor före varje möte och ska publicera "
    "minnesanteckningarna på lidvalla.se/sorby inom två veckor efter mötet.", "dialog", "public"))
doc.add_paragraph(commit(
    "Sörby föreningsråd ansvarar för att sprida kallelser och minnesanteckningar till de "
    "föreningar som inte själva deltar.", "dialog", "civil_society"))
doc.add_paragraph(
    "Utöver mötena kan föreningarna alltid vända sig till föreningskonsulenterna på "
    "förvaltningen med frågor om bidrag, lokaler och samverkan.")

# ---------------------------------------------------------------- 6 Uppföljning
doc.add_heading("6. Uppföljning", level=1)
doc.add_paragraph(
    commit("Stadsdelsförvaltningen ska varje år sammanställa en uppföljning av överenskommelsen "
           "som redovisas för nämnden och vid höstens dialogforum.", None, "public")
    + " " +
    commit("Sörby föreningsråd ska bidra till uppföljningen med föreningarnas bild av hur "
           "samverkan har fungerat.", None, "civil_society"))

# ---------------------------------------------------------------- 7 Giltighetstid
doc.add_heading("7. Giltighetstid", level=1)
doc.add_paragraph(
    "Överenskommelsen gäller från den 1 april 2025 till och med den 31 december 2028. Vardera "
    "parten kan säga upp överenskommelsen med sex månaders uppsägningstid. " +
    commit("Parterna ska senast under våren 2028 påbörja arbetet med en ny eller reviderad "
           "överenskommelse.", None, "joint"))

# ---------------------------------------------------------------- 8 Underskrifter
doc.add_heading("8. Underskrifter", level=1)
doc.add_paragraph("Lidvalla den 3 mars 2025")
sig = doc.add_table(rows=4, cols=2)
no_borders(sig)
cell_par(sig.cell(0, 0), "För Sörby stadsdelsnämnd", bold=True, first=True)
cell_par(sig.cell(0, 1), "För föreningarna i Sörby genom Sörby föreningsråd", bold=True, first=True)
for c in (sig.cell(1, 0), sig.cell(1, 1)):
    cell_par(c, "", first=True)
    cell_par(c, "………………………………………………")
cell_par(sig.cell(2, 0), "Tomas Ekholm", first=True)
cell_par(sig.cell(3, 0), "Ordförande, Sörby stadsdelsnämnd", italic=True, first=True)
cell_par(sig.cell(2, 1), "Amira Haddad", first=True)
cell_par(sig.cell(3, 1), "Ordförande, Sörby föreningsråd", italic=True, first=True)

doc.add_paragraph()
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
bc = box.cell(0, 0)
shade(bc, "F2F2F2")
cell_par(bc, "Kontakt", bold=True, first=True)
cell_par(bc, "Föreningsenheten, Sörby stadsdelsförvaltning")
cell_par(bc, "Karin Lövgren, föreningskonsulent, 0340-62 14 37")
cell_par(bc, "E-post: foreningar.sorby@lidvalla.se")

doc.core_properties.title = TITLE
doc.core_properties.author = "Sörby stadsdelsförvaltning"
doc.core_properties.subject = "Överenskommelse med föreningslivet"
doc.save(os.path.join(HERE, FILE))

# --------------------------------------------------------------------------- expected.json
QUESTIONS = [
    {"id": "q1", "question": "Hur ofta träffas Dialogforum Sörby?", "language": "sv",
     "answerable": True,
     "gold": ["Två gånger per år, i mars och oktober",
              "att bjuda in föreningarna till Dialogforum Sörby minst två gånger per år"],
     "must_mention": ["Två gånger per år", "mars och oktober"]},
    {"id": "q2", "question": "hur lange galler overenskommelsen med foreningarna i sorby?",
     "language": "sv", "answerable": True,
     "gold": ["Överenskommelsen gäller från den 1 april 2025 till och med den 31 december 2028."],
     "must_mention": ["1 april 2025", "31 december 2028"]},
    {"id": "q3", "question": "Hur lång tid tar det innan vi får besked om vårt föreningsbidrag?",
     "language": "sv", "answerable": True,
     "gold": ["lämna besked om föreningsbidrag inom åtta veckor från det att en komplett ansökan "
              "har kommit in"],
     "must_mention": ["åtta veckor"]},
    {"id": "q4", "question": "Does the district committee promise multi-year funding for "
                             "associations?", "language": "en", "answerable": True,
     "gold": ["i första hand bevilja verksamhetsbidrag för tre år i taget till föreningar med "
              "etablerad verksamhet"],
     "must_mention": ["tre år i taget"]},
    {"id": "q5", "question": "Måste vår förening lämna in revisionsberättelse till "
                             "förvaltningen varje år?", "language": "sv", "answerable": True,
     "gold": ["Föreningarna lämnar verksamhetsberättelse, ekonomisk redovisning och "
              "revisionsberättelse till förvaltningen senast den 30 april varje år."],
     "must_mention": ["30 april"]},
    {"id": "q6", "question": "Vad förväntas av föreningar när det gäller ledare som jobbar med "
                             "barn?", "language": "sv", "answerable": True,
     "gold": ["ha rutiner för att begära utdrag ur belastningsregistret för ledare och volontärer "
              "som arbetar med barn"],
     "must_mention": ["belastningsregistret"]},
    {"id": "q7", "question": "Who signed the agreement on behalf of the associations?",
     "language": "en", "answerable": True,
     "gold": ["För föreningarna i Sörby genom Sörby föreningsråd", "Amira Haddad",
              "Ordförande, Sörby föreningsråd"],
     "must_mention": ["Amira Haddad", "Sörby föreningsråd"]},
    {"id": "q8", "question": "nar beslutade stadsdelsnamnden om overenskommelsen?",
     "language": "sv", "answerable": True,
     "gold": ["Stadsdelsnämnden beslutade om överenskommelsen den 19 februari 2025 (§ 12)."],
     "must_mention": ["19 februari 2025"]},
    {"id": "q9", "question": "Hur mycket får föreningsrådets representanter i arvode för att "
                             "delta i dialogforum?", "language": "sv", "answerable": False,
     "gold": [], "must_mention": []},
    {"id": "q10", "question": "Finns det ett särskilt bidrag för pensionärsföreningar i Sörby?",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
]

expected = {
    "file": FILE,
    "layout": FOLDER,
    "description": (
        "A stadsdelsnämnd's (district committee's) local agreement with the associations in its "
        "district, written in python-docx as a city administration's Word file. Header table "
        "(city name, administration, Dnr, 'Sida X (Y)' with PAGE/NUMPAGES fields) and a footer "
        "address line; a small grey organisation line above a Title-style title; a two-column "
        "document-information table (Beslutad av … 2025-02-19, § 12; Giltighetstid; a decoy "
        "'Tjänsteutlåtande daterat 2024-12-04'). Numbered Heading 1 sections typed by hand "
        "('1. Inledning' … '8. Underskrifter'); intro prose with the decision date in a sentence; "
        "a 'Syfte' bullet list that is not commitments. The core is 'Tabell 1': ONE three-column "
        "table 'Princip | Stadsdelsnämnden åtar sig | Föreningarna åtar sig' with a repeated, "
        "dark-shaded header row and one row per principle (six national principles plus "
        "Barnrättsperspektiv and Samhällsutveckling); the principle cell holds the bold name and, "
        "for some rows, an italic description sentence that is not a commitment. Party cells hold "
        "List Bullet paragraphs: rows 1–4 start with 'att …', rows 5–8 with a bare infinitive "
        "('publicera …', 'verka för …'); under Öppenhet och insyn the associations' cell has two "
        "plain full sentences ('Föreningarna lämnar …') instead of bullets. Joint commitments come "
        "in three forms: an extra row whose principle cell is vertically merged with the row "
        "above and whose two party columns are merged horizontally (Dialog: 'Gemensamt åtar sig "
        "parterna att …'; Långsiktighet: 'Parterna åtar sig gemensamt att …'; Barnrättsperspektiv: "
        "bold 'Gemensamt:' label + sentence), and a bold 'Gemensamt:' paragraph appended at the "
        "bottom of the associations' cell (Kvalitet), which must not be read as a civil_society "
        "commitment. Some party cells hold a single item. After the table a 'Dialogformer' section "
        "with a Forum | Deltagare | Hur ofta table of meeting frequencies (not commitments), then "
        "two commitment sentences (förvaltningen / Sörby föreningsråd) and a non-commitment "
        "sentence; 'Uppföljning' has two commitments in one paragraph (principle null); "
        "'Giltighetstid' mixes validity/termination conditions with one joint commitment; a "
        "borderless signature table (two parties, dotted lines, names, roles) with a signing "
        "date that is not the decision date, and a shaded one-cell contact box."),
    "metadata": {
        "doc_id": os.path.splitext(FILE)[0],
        "title": TITLE,
        "place": "Lidvalla",
        "organisation": "Lidvalla stad",
        "kind": "överenskommelse",
        "date": "2025-02-19",
        "body": "sörby stadsdelsnämnd",
    },
    "commitments": COMMITMENTS,
    "questions": QUESTIONS,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print(FILE, len(COMMITMENTS), "commitments")
