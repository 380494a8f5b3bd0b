#!/usr/bin/env python3
"""Generate a fictional kommun överenskommelse (Word template style) + expected.json.

Tranviks kommun (fictional) – lokal överenskommelse med den idéburna sektorn.
Needs python-docx (and Pillow for the header logo, optional).
"""
import io
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
LAYOUT = os.path.basename(HERE)
DOC_ID = "Overenskommelse_ideburen_sektor_Tranvik_KF_2024-03-18"
FILE = DOC_ID + ".docx"
TITLE = "Överenskommelse mellan Tranviks kommun och den idéburna sektorn i Tranvik"

BLUE = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x59, 0x59, 0x59)

COMMITMENTS = []  # (text, principle, party) in document order


def C(text, principle, party):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
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


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def add_field(paragraph, instr, placeholder="1"):
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
    paragraph.add_run(placeholder)
    r = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._r.append(e)


def fld(run, kind, instr=None):
    if kind == "instr":
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        run._r.append(it)
    else:
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), kind)
        run._r.append(f)


def cell_text(cell, text, bold=False, size=None, color=None, style=None):
    p = cell.paragraphs[0]
    if style:
        p.style = style
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = size
    if color:
        r.font.color.rgb = color
    return p


def cell_bullets(cell, items, style="Tabell punktlista"):
    first = True
    for it in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.style = style
        p.add_run(it)


def logo_png():
    try:
        from PIL import Image, ImageDraw
    except ImportError:
        return None
    im = Image.new("RGB", (220, 260), "white")
    d = ImageDraw.Draw(im)
    d.polygon([(10, 10), (210, 10), (210, 150), (110, 250), (10, 150)], fill=(31, 78, 121))
    d.polygon([(40, 120), (80, 60), (110, 100), (140, 50), (180, 120)], fill="white")
    d.rectangle([40, 140, 180, 160], fill=(120, 170, 210))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    return buf


# --------------------------------------------------------------------------- document
doc = Document()
cp = doc.core_properties
cp.title = TITLE
cp.author = "Kultur- och fritidsförvaltningen"
cp.subject = "Lokal överenskommelse idéburen sektor"
cp.keywords = "överenskommelse; idéburen sektor; föreningsliv; KS 2023/412"
cp.comments = "Mall: Styrdokument v3.2 (Tranviks kommun)"

st = doc.styles
st["Normal"].font.name = "Garamond"
st["Normal"].font.size = Pt(12)
st["Normal"].paragraph_format.space_after = Pt(6)
for name, size, before in (("Heading 1", 16, 18), ("Heading 2", 13, 12), ("Heading 3", 12, 10)):
    s = st[name]
    s.font.name = "Arial"
    s.font.size = Pt(size)
    s.font.bold = True
    s.font.color.rgb = BLUE
    s.paragraph_format.space_before = Pt(before)
    s.paragraph_format.space_after = Pt(4)
    rpr = s.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf is not None and rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
st["Title"].font.name = "Arial"
st["Title"].font.size = Pt(26)
st["Title"].font.color.rgb = BLUE

for n, ind in (("TOC 1", 0), ("TOC 2", 0.6)):
    s = st.add_style(n, WD_STYLE_TYPE.PARAGRAPH)
    s.base_style = st["Normal"]
    s.font.name = "Arial"
    s.font.size = Pt(10.5)
    s.paragraph_format.left_indent = Cm(ind)
    s.paragraph_format.space_after = Pt(3)
    s.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    if n == "TOC 1":
        s.font.bold = True

tab = st.add_style("Tabelltext", WD_STYLE_TYPE.PARAGRAPH)
tab.base_style = st["Normal"]
tab.font.name = "Arial"
tab.font.size = Pt(9.5)
tab.paragraph_format.space_after = Pt(3)
tb = st.add_style("Tabell punktlista", WD_STYLE_TYPE.PARAGRAPH)
tb.base_style = st["List Bullet"]
tb.font.name = "Arial"
tb.font.size = Pt(9.5)
tb.paragraph_format.space_after = Pt(3)
tr = st.add_style("Tabellrubrik", WD_STYLE_TYPE.PARAGRAPH)
tr.base_style = st["Normal"]
tr.font.name = "Arial"
tr.font.size = Pt(9.5)
tr.font.bold = True
tr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
tr.paragraph_format.space_after = Pt(2)
cap = st["Caption"]
cap.font.name = "Arial"
cap.font.size = Pt(9)
cap.font.italic = True
cap.font.color.rgb = GREY

sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.3)
sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
sec.header_distance, sec.footer_distance = Cm(1.0), Cm(1.0)

# header: logo + kommun name | doc type, dnr, page x (y)
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Cm(16.4))
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
set_widths(ht, [Cm(9.4), Cm(7.0)])
lp = ht.cell(0, 0).paragraphs[0]
png = logo_png()
if png:
    lp.add_run().add_picture(png, height=Cm(1.1))
    lp.add_run("  ")
r = lp.add_run("TRANVIKS KOMMUN")
r.bold = True
r.font.name = "Arial"
r.font.size = Pt(12)
r.font.color.rgb = BLUE
rc = ht.cell(0, 1)
p = rc.paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run("ÖVERENSKOMMELSE")
r.bold = True
r.font.name = "Arial"
r.font.size = Pt(9)
p = rc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run("Dnr KS 2023/412")
r.font.name = "Arial"
r.font.size = Pt(9)
p = rc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for t in ("Sida ",):
    r = p.add_run(t)
    r.font.size = Pt(9)
add_field(p, "PAGE", "1")
p.add_run(" (")
add_field(p, "NUMPAGES", "9")
p.add_run(")")
for run in p.runs:
    run.font.name = "Arial"
    run.font.size = Pt(9)
hdr.paragraphs[0].text = ""

# footer: address line
ftr = sec.footer
fp = ftr.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
pPr = fp._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr")
top = OxmlElement("w:top")
for k, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "4"), ("w:color", "1F4E79")):
    top.set(qn(k), v)
bdr.append(top)
pPr.append(bdr)
r = fp.add_run("Tranviks kommun · Kommunledningsförvaltningen · 746 80 Tranvik · "
               "Besöksadress Rådhustorget 1 · Tfn 0645-800 00 · kommun@tranvik.se · www.tranvik.se")
r.font.name = "Arial"
r.font.size = Pt(7.5)
r.font.color.rgb = GREY
fp2 = ftr.add_paragraph()
fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp2.add_run("Utskriven version kan vara inaktuell. Gällande version finns i kommunens författningssamling.")
r.italic = True
r.font.name = "Arial"
r.font.size = Pt(7)
r.font.color.rgb = GREY

# ------------------------------------------------------------------ cover + metadata
for _ in range(3):
    doc.add_paragraph()
p = doc.add_paragraph(TITLE, style="Title")
p = doc.add_paragraph()
r = p.add_run("Lokal överenskommelse om samverkan 2024–2027")
r.font.name = "Arial"
r.font.size = Pt(14)
r.font.color.rgb = GREY
doc.add_paragraph()

meta = [
    ("Dokumenttyp", "Överenskommelse"),
    ("Beslutad av", "Kommunfullmäktige"),
    ("Beslutsdatum", "2024-03-18, § 34"),
    ("Diarienummer", "KS 2023/412"),
    ("Dokumentansvarig", "Kommunstyrelsen"),
    ("Handläggare", "Lina Berglund, föreningsutvecklare, kultur- och fritidsförvaltningen"),
    ("Giltighetstid", "2024-04-01 – 2027-12-31"),
    ("Ersätter", "Riktlinjer för kommunens samverkan med föreningslivet (KF 2015-06-15, § 88)"),
    ("Gäller för", "Kommunstyrelsen, samtliga nämnder och helägda kommunala bolag samt de "
                   "idéburna organisationer som anslutit sig till överenskommelsen"),
]
mt = doc.add_table(rows=len(meta), cols=2)
mt.style = "Table Grid"
set_widths(mt, [Cm(4.4), Cm(12.0)])
for i, (k, v) in enumerate(meta):
    cell_text(mt.cell(i, 0), k, bold=True, style="Tabelltext")
    shade(mt.cell(i, 0), "DEEAF6")
    cell_text(mt.cell(i, 1), v, style="Tabelltext")

p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)

# ------------------------------------------------------------------ TOC (cached field result)
p = doc.add_paragraph("Innehåll", style="TOC Heading")
toc = [
    (1, "1 Inledning", 3),
    (1, "2 Syfte och mål", 3),
    (1, "3 Parter och omfattning", 4),
    (2, "3.1 Tranviks kommun", 4),
    (2, "3.2 Den idéburna sektorn", 4),
    (2, "3.3 Anslutning till överenskommelsen", 4),
    (1, "4 Principer för samverkan", 4),
    (1, "5 Åtaganden", 5),
    (2, "5.1 Åtaganden per princip", 5),
    (2, "5.2 Barnrättsperspektiv", 6),
    (2, "5.3 Gemensam handlingsplan 2024–2025", 6),
    (1, "6 Organisation för samverkan", 7),
    (1, "7 Uppföljning och revidering", 7),
    (1, "8 Kontakt", 8),
    (1, "Underskrifter", 9),
    (1, "Versionshistorik", 9),
    (1, "Bilaga 1 Anslutningsblankett", 10),
]
for i, (lvl, txt, pg) in enumerate(toc):
    p = doc.add_paragraph(style=f"TOC {lvl}")
    if i == 0:
        fld(p.add_run(), "begin")
        fld(p.add_run(), "instr", ' TOC \\o "1-2" \\h \\z \\u ')
        fld(p.add_run(), "separate")
    p.add_run(f"{txt}\t{pg}")
    if i == len(toc) - 1:
        fld(p.add_run(), "end")
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)

H1 = lambda t: doc.add_heading(t, level=1)
H2 = lambda t: doc.add_heading(t, level=2)


def para(*sentences):
    return doc.add_paragraph(" ".join(sentences))


# ------------------------------------------------------------------ 1 Inledning
H1("1 Inledning")
para("Tranvik är en kommun med ett rikt och levande föreningsliv. Drygt 240 föreningar finns "
     "registrerade i kommunens föreningsregister, och många av kommunens cirka 41 000 invånare "
     "engagerar sig ideellt inom idrott, kultur, socialt arbete, studieförbund, trossamfund och "
     "bygdeföreningar. Engagemanget bidrar till gemenskap, folkhälsa och demokrati och är en "
     "viktig del av det som gör Tranvik till en attraktiv plats att bo och verka i.")
para("År 2008 tecknade regeringen, dåvarande Sveriges Kommuner och Landsting och idéburna "
     "organisationer inom det sociala området en nationell överenskommelse om samverkan.",
     "Den bygger på sex principer: självständighet och oberoende, dialog, kvalitet, långsiktighet, "
     "öppenhet och insyn samt mångfald.",
     "Tranviks lokala överenskommelse utgår från samma principer och kompletteras med ett "
     "barnrättsperspektiv, eftersom barn och unga är den största gruppen deltagare i föreningslivet "
     "och barnkonventionen är svensk lag sedan 2020.")
para("Överenskommelsen har arbetats fram under 2022–2023 i dialog mellan kommunen och "
     "föreningslivet. Ett trettiotal föreningar deltog i tre dialogmöten i Tranvik, Östby och "
     "Hällbacken, och 112 föreningar besvarade en webbenkät. En referensgrupp med företrädare för "
     "Tranviks Föreningsråd, studieförbunden, idrottsrörelsen, Svenska kyrkan och "
     "pensionärsorganisationerna har följt arbetet och lämnat synpunkter på förslaget.")

# ------------------------------------------------------------------ 2 Syfte
H1("2 Syfte och mål")
para("Syftet med överenskommelsen är att skapa goda förutsättningar för samverkan mellan Tranviks "
     "kommun och den idéburna sektorn, att tydliggöra parternas roller och att ge föreningslivet "
     "stabila och förutsägbara villkor. Överenskommelsen är ett styrdokument för kommunen och en "
     "frivillig avsiktsförklaring för de idéburna organisationer som ansluter sig. Den är inte "
     "juridiskt bindande och ersätter inte avtal, bidragsregler eller andra beslut.")
doc.add_paragraph("Med överenskommelsen vill parterna uppnå att")
for t in ("fler invånare i alla åldrar engagerar sig ideellt,",
          "föreningslivet har långsiktiga och stabila förutsättningar i hela kommunen,",
          "samverkan bygger på ömsesidig respekt, förtroende och tydliga roller,",
          "idéburna organisationers kunskap tas tillvara i kommunens utvecklingsarbete."):
    doc.add_paragraph(t, style="List Bullet")

# ------------------------------------------------------------------ 3 Parter
H1("3 Parter och omfattning")
H2("3.1 Tranviks kommun")
para("För kommunens del omfattar överenskommelsen kommunstyrelsen, samtliga nämnder och de helägda "
     "kommunala bolagen Tranvik Bostäder AB och Tranvik Energi AB.")
H2("3.2 Den idéburna sektorn")
para("Med idéburen sektor avses i denna överenskommelse organisationer som har en demokratisk "
     "värdegrund, är fristående från offentlig sektor och inte har vinstutdelning som syfte. "
     "Exempel är ideella föreningar, stiftelser, trossamfund, studieförbund och sociala "
     "företag som återinvesterar sitt överskott i verksamheten. I texten används ”föreningarna”, "
     "”organisationerna” och ”den idéburna sektorn” med samma innebörd.")
H2("3.3 Anslutning till överenskommelsen")
para("En idéburen organisation ansluter sig genom att styrelsen fattar beslut om anslutning och "
     "skickar in anslutningsblanketten (bilaga 1) till kultur- och fritidsförvaltningen.",
     "Anslutningen är frivillig och kan sägas upp skriftligt när som helst. En förteckning över "
     "anslutna organisationer finns på kommunens webbplats.")

# ------------------------------------------------------------------ 4 Principer
H1("4 Principer för samverkan")
para("Överenskommelsen vilar på sju principer. De sex första är hämtade från den nationella "
     "överenskommelsen, den sjunde är Tranviks lokala tillägg.")
principles_desc = [
    ("Självständighet och oberoende. ",
     "Idéburna organisationer har rätt att driva opinion, granska och kritisera det offentliga. "
     "Samverkan med kommunen förutsätter att organisationernas egenart och oberoende respekteras."),
    ("Dialog. ",
     "En öppen och regelbunden dialog är grunden för ett gott samarbete och för att parterna ska "
     "kunna ta del av varandras kunskap och erfarenheter."),
    ("Kvalitet. ",
     "Kvalitet handlar om att verksamheten motsvarar de behov som finns. Den idéburna sektorns "
     "kvalitet bedöms utifrån organisationernas egna mål och värderingar."),
    ("Långsiktighet. ",
     "Stabila och förutsägbara villkor gör det möjligt för organisationerna att planera och "
     "utveckla sin verksamhet över tid."),
    ("Öppenhet och insyn. ",
     "Öppenhet är en förutsättning för förtroende mellan parterna, särskilt när offentliga medel "
     "används."),
    ("Mångfald. ",
     "Ett mångfacetterat föreningsliv med organisationer av olika storlek, inriktning och "
     "arbetsformer berikar kommunen och ger invånarna fler vägar till engagemang."),
    ("Barnrättsperspektiv. ",
     "Barnets bästa ska beaktas i frågor som rör barn och unga, och barn och unga har rätt att "
     "uttrycka sina åsikter i frågor som berör dem."),
]
for head, body in principles_desc:
    p = doc.add_paragraph()
    r = p.add_run(head)
    r.bold = True
    p.add_run(body)

# ------------------------------------------------------------------ 5 Åtaganden
H1("5 Åtaganden")
H2("5.1 Åtaganden per princip")
para("I tabell 1 beskrivs vad Tranviks kommun respektive de anslutna idéburna organisationerna "
     "åtar sig inom var och en av de sex nationella principerna. Åtagandena gäller under hela "
     "giltighetstiden och följs upp årligen enligt avsnitt 7. Organisationernas åtaganden gäller "
     "utifrån varje organisations storlek och förutsättningar.")

P = "public"
S = "civil_society"
J = "joint"
table1 = [
    ("Självständighet och oberoende", "sjalvstandighet_och_oberoende",
     ["Respektera organisationernas rätt att självständigt bestämma sina mål, sin verksamhet och "
      "sina arbetsformer",
      "Inte ställa krav på att en organisation ska avstå från att granska eller kritisera kommunen "
      "för att få bidrag, lokaler eller annat stöd"],
     ["Värna sitt oberoende och tydligt skilja mellan rollen som röstbärare och rollen som "
      "utförare av verksamhet på uppdrag av kommunen"]),
    ("Dialog", "dialog",
     ["Bjuda in till dialogforum minst två gånger per år",
      "Involvera berörda organisationer tidigt när beslut som påverkar föreningslivet förbereds, "
      "till exempel ändrade bidragsregler och taxor",
      "Utse en kontaktperson för föreningsfrågor på varje förvaltning"],
     ["Utse representanter som deltar i dialogforum och förmedlar synpunkter från sina medlemmar",
      "Delta i remisser och samråd som rör föreningslivet, utifrån sina förutsättningar"]),
    ("Kvalitet", "kvalitet",
     ["Utforma bidragsregler och ansökningsförfaranden så att de är enkla, begripliga och står i "
      "proportion till bidragets storlek",
      "Erbjuda kostnadsfria utbildningar för föreningar i till exempel styrelsearbete, ekonomi "
      "och digitala verktyg"],
     ["Bedriva sin verksamhet med god kvalitet och följa upp den utifrån sina egna mål",
      "Redovisa hur kommunala bidrag har använts senast den 31 mars året efter bidragsåret"]),
    ("Långsiktighet", "langsiktighet",
     ["I första hand ge verksamhetsbidrag som kan beviljas för upp till tre år i taget",
      "Fatta beslut om föreningsbidrag för kommande år senast den 15 december",
      "Inte ändra villkoren under en pågående bidragsperiod utan föregående dialog med berörda "
      "organisationer"],
     ["Planera sin verksamhet långsiktigt och i god tid informera kommunen om förändringar som "
      "påverkar överenskomna insatser"]),
    ("Öppenhet och insyn", "oppenhet_och_insyn",
     ["Publicera bidragsregler, bedömningsgrunder och beviljade bidrag på kommunens webbplats",
      "Skriftligt motivera beslut om avslag på ansökningar om bidrag"],
     ["Ge kommunen insyn i hur offentliga medel används genom verksamhetsberättelse, "
      "årsbokslut och revisionsberättelse",
      "Hålla stadgar, styrelseuppgifter och kontaktuppgifter aktuella i kommunens "
      "föreningsregister"]),
    ("Mångfald", "mangfald",
     ["Verka för att stöd och samverkan når organisationer av olika storlek och inriktning, även "
      "mindre föreningar och nybildade grupper",
      "Ta hänsyn till tillgänglighet för personer med funktionsnedsättning när kommunala "
      "mötesplatser och lokaler planeras"],
     ["Arbeta för att verksamheten är öppen och välkomnande för alla oavsett kön, ålder, etnisk "
      "bakgrund, funktionsförmåga, sexuell läggning eller religion"]),
]
t1 = doc.add_table(rows=1, cols=3)
t1.style = "Table Grid"
hdr_cells = t1.rows[0].cells
for c, t in zip(hdr_cells, ("Princip", "Tranviks kommun åtar sig att",
                            "Den idéburna sektorn åtar sig att")):
    cell_text(c, t, style="Tabellrubrik")
    shade(c, "1F4E79")
repeat_header(t1.rows[0])
for name, slug, pub, civ in table1:
    row = t1.add_row()
    cant_split(row)
    cell_text(row.cells[0], name, bold=True, style="Tabelltext")
    shade(row.cells[0], "DEEAF6")
    cell_bullets(row.cells[1], [C(x, slug, P) for x in pub])
    cell_bullets(row.cells[2], [C(x, slug, S) for x in civ])
set_widths(t1, [Cm(3.4), Cm(6.5), Cm(6.5)])
doc.add_paragraph("Tabell 1. Parternas åtaganden per princip.", style="Caption")

H2("5.2 Barnrättsperspektiv")
para("Barn och unga är den största gruppen deltagare i Tranviks föreningsliv, och i "
     "dialogmötena lyfte många föreningar behovet av att barnens röster hörs tydligare. Parterna "
     "har därför valt att lägga till barnrättsperspektivet som en sjunde princip.")
para(C("Kommunen ska genomföra barnkonsekvensanalyser inför beslut som påverkar barns och ungas "
       "möjligheter till fritidsaktiviteter.", "barnrattsperspektiv", P),
     C("De organisationer som bedriver verksamhet för barn och unga förbinder sig att begära utdrag "
       "ur belastningsregistret för ledare och att ha rutiner för att förebygga och hantera "
       "kränkningar och övergrepp.", "barnrattsperspektiv", S))
para(C("Parterna kommer gemensamt att bjuda in barn och unga till minst ett dialogforum per år.",
       "barnrattsperspektiv", J),
     "Formerna för barns och ungas deltagande tas fram tillsammans med Ungdomsrådet i Tranvik.")

H2("5.3 Gemensam handlingsplan 2024–2025")
para("Utöver åtagandena i tabell 1 åtar sig parterna gemensamt att genomföra följande insatser "
     "under de två första åren. Handlingsplanen revideras inför 2026.")
plan = [
    ("1", "Ta fram en gemensam vägledning för idéburet offentligt partnerskap (IOP) i Tranvik",
     "Långsiktighet", "langsiktighet",
     "Kommunledningsförvaltningen och Föreningsrådet", "2024-12-31"),
    ("2", "Utveckla Föreningsportalen på kommunens webbplats med samlad information om bidrag, "
          "utbildningar och lediga lokaler", "Öppenhet och insyn", "oppenhet_och_insyn",
     "Kultur- och fritidsförvaltningen och Föreningsrådet", "2025-06-30"),
    ("3", "Arrangera en årlig föreningsmässa där föreningar kan presentera sig för invånarna och "
          "rekrytera nya medlemmar och ledare", "Mångfald", "mangfald",
     "Kultur- och fritidsförvaltningen i samverkan med Föreningsrådet",
     "Årligen, första gången hösten 2024"),
    ("4", "Ta fram gemensamma rutiner för hur föreningslivet kan bidra vid kris och höjd "
          "beredskap", "Övergripande", None,
     "Säkerhetsenheten och Föreningsrådet", "2025-12-31"),
]
t2 = doc.add_table(rows=1, cols=5)
t2.style = "Table Grid"
for c, t in zip(t2.rows[0].cells, ("Nr", "Insats", "Princip", "Ansvariga", "Klart")):
    cell_text(c, t, style="Tabellrubrik")
    shade(c, "1F4E79")
repeat_header(t2.rows[0])
for nr, ins, pname, slug, ans, when in plan:
    row = t2.add_row()
    cant_split(row)
    cell_text(row.cells[0], nr, style="Tabelltext")
    cell_text(row.cells[1], C(ins, slug, J), style="Tabelltext")
    cell_text(row.cells[2], pname, style="Tabelltext")
    cell_text(row.cells[3], ans, style="Tabelltext")
    cell_text(row.cells[4], when, style="Tabelltext")
set_widths(t2, [Cm(1.0), Cm(6.0), Cm(2.6), Cm(4.3), Cm(2.5)])
doc.add_paragraph("Tabell 2. Gemensam handlingsplan 2024–2025.", style="Caption")

# ------------------------------------------------------------------ 6 Organisation
H1("6 Organisation för samverkan")
para("Dialogforum är parternas gemensamma arena för samverkan kring överenskommelsen. I "
     "dialogforum deltar kommunstyrelsens presidium, ordförandena i kultur- och fritidsnämnden och "
     "socialnämnden, tjänstepersoner från berörda förvaltningar samt representanter som utses av "
     "de anslutna organisationerna. Dialogforum är inte ett beslutande organ.")
para(C("Kultur- och fritidsförvaltningen ansvarar för att samordna kommunens arbete med "
       "överenskommelsen och för att dokumentera dialogforumets möten.", None, P),
     "Minnesanteckningarna publiceras på Föreningsportalen.")
para("Tranviks Föreningsråd är en paraplyorganisation för föreningslivet i kommunen och "
     "företräder de anslutna organisationerna i kontakterna med kommunen mellan mötena i "
     "dialogforum.")

# ------------------------------------------------------------------ 7 Uppföljning
H1("7 Uppföljning och revidering")
para(C("Kommunstyrelsen ansvarar för att överenskommelsen följs upp årligen.", None, P),
     "Uppföljningen utgår från åtagandena i tabell 1 och handlingsplanen i tabell 2 och redovisas "
     "vid höstens dialogforum.",
     C("Föreningsrådet åtar sig att samla in synpunkter från de anslutna organisationerna inför den "
       "årliga uppföljningen.", None, S))
para(C("Parterna ska tillsammans utvärdera överenskommelsen under 2027 och ta fram ett förslag "
       "till reviderad överenskommelse inför nästa period.", None, J),
     "Om någon av parterna anser att överenskommelsen behöver ändras tidigare kan frågan tas upp i "
     "dialogforum.")

# ------------------------------------------------------------------ 8 Kontakt (box)
H1("8 Kontakt")
box = doc.add_table(rows=1, cols=2)
box.style = "Table Grid"
set_widths(box, [Cm(8.2), Cm(8.2)])
left = [("Tranviks kommun", True), ("Lina Berglund, föreningsutvecklare", False),
        ("Kultur- och fritidsförvaltningen", False), ("Tfn 0645-800 27", False),
        ("lina.berglund@tranvik.se", False)]
right = [("Tranviks Föreningsråd", True), ("Per-Olof Sandin, ordförande", False),
         ("Tfn 070-312 44 85", False), ("kansli@tranvikforeningsrad.se", False)]
for cell, lines in ((box.cell(0, 0), left), (box.cell(0, 1), right)):
    shade(cell, "F2F2F2")
    for i, (t, b) in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.style = "Tabelltext"
        r = p.add_run(t)
        r.bold = b

# ------------------------------------------------------------------ signatures
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)
H1("Underskrifter")
para("Överenskommelsen har upprättats i två likalydande exemplar, av vilka parterna tagit var sitt.")
sig = doc.add_table(rows=4, cols=2)
set_widths(sig, [Cm(8.2), Cm(8.2)])
rows = [("Tranvik den 2 april 2024", "Tranvik den 2 april 2024"),
        ("För Tranviks kommun", "För Tranviks Föreningsråd"),
        ("\n\n_______________________________", "\n\n_______________________________"),
        ("Annika Lövgren (S)\nKommunstyrelsens ordförande", "Per-Olof Sandin\nOrdförande")]
for i, (a, b) in enumerate(rows):
    for cell, t in ((sig.cell(i, 0), a), (sig.cell(i, 1), b)):
        for j, line in enumerate(t.split("\n")):
            p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
            r = p.add_run(line)
            r.bold = i == 1

# ------------------------------------------------------------------ revision table
H1("Versionshistorik")
rev = [("Version", "Datum", "Ändring", "Beslut"),
       ("0.9", "2023-11-20", "Remissversion till föreningslivet och nämnderna", "–"),
       ("1.0", "2024-03-18", "Ny överenskommelse. Ersätter riktlinjer för kommunens samverkan med "
                             "föreningslivet från 2015.", "KF § 34")]
rt = doc.add_table(rows=len(rev), cols=4)
rt.style = "Table Grid"
for i, row in enumerate(rev):
    for j, t in enumerate(row):
        c = rt.cell(i, j)
        cell_text(c, t, style="Tabellrubrik" if i == 0 else "Tabelltext")
        if i == 0:
            shade(c, "1F4E79")
set_widths(rt, [Cm(1.8), Cm(2.4), Cm(9.4), Cm(2.8)])

# ------------------------------------------------------------------ Bilaga 1
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)
H1("Bilaga 1 Anslutningsblankett")
para("Vår organisation ansluter sig till Överenskommelse mellan Tranviks kommun och den idéburna "
     "sektorn i Tranvik (KF 2024-03-18, § 34). Blanketten skickas till Kultur- och "
     "fritidsförvaltningen, Tranviks kommun, 746 80 Tranvik, eller till foreningar@tranvik.se.")
form = ["Organisationens namn", "Organisationsnummer", "Kontaktperson", "E-post och telefon",
        "Datum för styrelsebeslut", "Underskrift (firmatecknare)", "Namnförtydligande"]
ft = doc.add_table(rows=len(form), cols=2)
ft.style = "Table Grid"
set_widths(ft, [Cm(5.4), Cm(11.0)])
for i, k in enumerate(form):
    cell_text(ft.cell(i, 0), k, bold=True, style="Tabelltext")
    shade(ft.cell(i, 0), "F2F2F2")
    cell_text(ft.cell(i, 1), "", style="Tabelltext")
    ft.rows[i].height = Cm(1.0)

doc.save(os.path.join(HERE, FILE))

# --------------------------------------------------------------------------- expected.json
questions = [
    {"id": "q1", "question": "Hur ofta ska kommunen bjuda in till dialogforum med föreningarna?",
     "language": "sv", "answerable": True,
     "gold": ["Bjuda in till dialogforum minst två gånger per år"],
     "must_mention": ["minst två gånger per år"]},
    {"id": "q2", "question": "När måste vår förening redovisa hur kommunens bidrag har använts?",
     "language": "sv", "answerable": True,
     "gold": ["Redovisa hur kommunala bidrag har använts senast den 31 mars året efter bidragsåret"],
     "must_mention": ["31 mars"]},
    {"id": "q3", "question": "vem ansvarar for att overenskommelsen foljs upp?",
     "language": "sv", "answerable": True,
     "gold": ["Kommunstyrelsen ansvarar för att överenskommelsen följs upp årligen.",
              "Föreningsrådet åtar sig att samla in synpunkter från de anslutna organisationerna "
              "inför den årliga uppföljningen."],
     "must_mention": ["Kommunstyrelsen", "årligen"]},
    {"id": "q4", "question": "How long is the agreement valid, and when will it be revised?",
     "language": "en", "answerable": True,
     "gold": ["2024-04-01 – 2027-12-31",
              "Parterna ska tillsammans utvärdera överenskommelsen under 2027 och ta fram ett "
              "förslag till reviderad överenskommelse inför nästa period."],
     "must_mention": ["2027-12-31", "2027"]},
    {"id": "q5", "question": "Does the municipality commit to giving associations grants for "
                             "more than one year at a time?",
     "language": "en", "answerable": True,
     "gold": ["I första hand ge verksamhetsbidrag som kan beviljas för upp till tre år i taget"],
     "must_mention": ["tre år"]},
    {"id": "q6", "question": "hur gor man for att ansluta sin forening till overenskommelsen?",
     "language": "sv", "answerable": True,
     "gold": ["En idéburen organisation ansluter sig genom att styrelsen fattar beslut om "
              "anslutning och skickar in anslutningsblanketten (bilaga 1) till kultur- och "
              "fritidsförvaltningen."],
     "must_mention": ["styrelsen", "anslutningsblanketten"]},
    {"id": "q7", "question": "Vilka principer bygger Tranviks överenskommelse på?",
     "language": "sv", "answerable": True,
     "gold": ["Den bygger på sex principer: självständighet och oberoende, dialog, kvalitet, "
              "långsiktighet, öppenhet och insyn samt mångfald.",
              "Tranviks lokala överenskommelse utgår från samma principer och kompletteras med "
              "ett barnrättsperspektiv, eftersom barn och unga är den största gruppen deltagare i "
              "föreningslivet och barnkonventionen är svensk lag sedan 2020."],
     "must_mention": ["självständighet och oberoende", "mångfald", "barnrättsperspektiv"]},
    {"id": "q8", "question": "Vi har en barn- och ungdomssektion – vad kräver överenskommelsen "
                             "av oss när det gäller ledarna?",
     "language": "sv", "answerable": True,
     "gold": ["De organisationer som bedriver verksamhet för barn och unga förbinder sig att begära "
              "utdrag ur belastningsregistret för ledare och att ha rutiner för att förebygga och "
              "hantera kränkningar och övergrepp."],
     "must_mention": ["belastningsregistret", "kränkningar"]},
    {"id": "q9", "question": "Hur mycket aktivitetsstöd får en förening per deltagartillfälle i "
                             "Tranvik?",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
    {"id": "q10", "question": "Vad kostar det for en ideell forening att hyra idrottshallen?",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
]

expected = {
    "file": FILE,
    "layout": LAYOUT,
    "description": (
        "DOCX generated with python-docx in the style of a Swedish kommun's Word template for "
        "styrdokument. Header (a table) with a generated logo image, 'TRANVIKS KOMMUN', document "
        "type, diarienummer and 'Sida PAGE (NUMPAGES)' fields; footer with address line and a "
        "note on printed versions (header/footer are not in document.xml). Cover page with Title "
        "style, subtitle and a two-column metadata/decision table (Dokumenttyp, Beslutad av "
        "Kommunfullmäktige, Beslutsdatum 2024-03-18 § 34, Diarienummer, Giltighetstid, Ersätter, "
        "Gäller för). A TOC field with cached entries (TOC 1/TOC 2 styles, tab + page number) "
        "that repeat the heading texts. Numbered Heading 1/Heading 2 sections: Inledning "
        "(national 2008 agreement, six principles), Syfte och mål (descriptive bullet list of "
        "goals, not commitments), Parter och omfattning (definitions, joining procedure), "
        "Principer (bold run-in principle name + description, not commitments). Most "
        "commitments are in Table 1, a 3-column grid (Princip | 'Tranviks kommun åtar sig att' "
        "| 'Den idéburna sektorn åtar sig att') with a repeated shaded header row and one row per "
        "national principle; each cell holds several bulleted paragraphs (custom list style), "
        "each a commitment whose party comes from the column header and principle from the row. "
        "Section 5.2 (barnrättsperspektiv, a local seventh principle) has commitments as prose "
        "sentences (ska / förbinder sig / kommer gemensamt att) mixed with descriptive sentences. "
        "Table 2 is a 5-column joint action plan (Nr | Insats | Princip | Ansvariga | Klart) "
        "introduced by 'parterna gemensamt åtar sig'; the Insats cells are joint commitments, "
        "principle given in its own column (one row 'Övergripande' = null). Sections 6-7 hold a "
        "few more prose commitments (ansvarar för, åtar sig, ska tillsammans) with null "
        "principle. Also a two-cell shaded contact box, a borderless signature table, a "
        "version-history table and an appendix with an empty joining form table. Captions "
        "under the tables."
    ),
    "metadata": {
        "doc_id": DOC_ID,
        "title": TITLE,
        "place": "Tranvik",
        "organisation": "Tranviks kommun",
        "kind": "överenskommelse",
        "date": "2024-03-18",
        "body": "kommunfullmäktige",
    },
    "commitments": COMMITMENTS,
    "questions": questions,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"wrote {FILE} with {len(COMMITMENTS)} commitments")
