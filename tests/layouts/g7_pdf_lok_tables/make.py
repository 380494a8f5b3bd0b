#!/usr/bin/env python3
"""Generate LOK_Stensjo_kommun_2024-2027.pdf (Word document -> PDF via LibreOffice)
and expected.json.

Needs python-docx (e.g. /work/main/.venv/bin/python make.py), soffice and pdftotext.
The document is first built as .docx in a temp dir, converted to PDF, and the
static table of contents is filled in with the real page numbers in a second pass
(as Word would after "Uppdatera fält").
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import docx  # noqa: F401
except ImportError:
    venv_py = "/work/main/.venv/bin/python"
    if os.path.exists(venv_py) and sys.executable != venv_py:
        os.execv(venv_py, [venv_py] + sys.argv)
    raise

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Twips

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = os.path.basename(HERE)
DOC_ID = "LOK_Stensjo_kommun_2024-2027"
PDF_NAME = DOC_ID + ".pdf"

GREEN = "2E5A4C"
LIGHT = "DCE8E2"
PALE = "F1F6F3"
HEAD_FONT = "Arial"
BODY_FONT = "Times New Roman"

# --------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------

TITLE = "Lokal överenskommelse mellan Stensjö kommun och föreningslivet"

# Each principle: (number, heading, slug, description paragraphs,
#                  kommun items, föreningsliv items, joint items)
PRINCIPLES = [
    ("3.1", "Självständighet och oberoende", "sjalvstandighet_och_oberoende",
     "Föreningslivet bestämmer självt över sin verksamhet, sina mål och sina "
     "arbetssätt. Föreningarnas roll som röstbärare och opinionsbildare är en "
     "tillgång för den lokala demokratin, också när de riktar kritik mot kommunen.",
     ["respektera föreningarnas rätt att självständigt utforma sin verksamhet, även när "
      "verksamheten får kommunalt stöd",
      "inte ställa villkor för föreningsbidrag som begränsar föreningarnas rätt att driva "
      "opinion eller framföra kritik mot kommunen"],
     ["värna sin självständighet genom en demokratisk uppbyggnad och en styrelse som är "
      "fristående från kommunen",
      "vara tydligt med när organisationen företräder sina egna medlemmar och när den "
      "uttalar sig som part i överenskommelsen"],
     []),
    ("3.2", "Dialog", "dialog",
     "Dialog bygger på att parterna lyssnar på varandra och möts i tid, innan beslut är "
     "fattade. En god dialog förutsätter att båda parter är förberedda, att det finns "
     "tydliga mötesplatser och att synpunkter leder till återkoppling.",
     ["bjuda in föreningslivet till dialog i ett tidigt skede i frågor som berör "
      "föreningarnas verksamhet, till exempel vid planering av nya anläggningar och "
      "lokaler",
      "genomföra ett gemensamt Föreningsforum minst två gånger per år",
      "lämna skriftlig återkoppling senast fyra veckor efter ett dialogmöte om hur "
      "föreningarnas synpunkter har tagits om hand"],
     ["delta aktivt i Föreningsforum och andra samråd och förankra sina synpunkter i den "
      "egna organisationen",
      "utse kontaktpersoner som kommunen kan vända sig till i frågor som rör "
      "överenskommelsen"],
     ["föra dialogen med en öppen och respektfull ton, även när vi har olika "
      "uppfattningar"]),
    ("3.3", "Kvalitet", "kvalitet",
     "Kvalitet handlar om att verksamheten håller vad den lovar och utgår från de "
     "människor den är till för. Föreningslivet definierar självt kvaliteten i sin "
     "verksamhet utifrån sina mål och värderingar. Kommunen bidrar med kunskap, service "
     "och goda förutsättningar.",
     ["erbjuda kostnadsfria utbildningar för förtroendevalda i föreningar, bland annat i "
      "föreningsekonomi, styrelsearbete och dataskydd (GDPR)",
      "ge föreningarna god service genom Föreningsservice, som besvarar frågor senast "
      "inom tre arbetsdagar"],
     ["bedriva sin verksamhet med god kvalitet utifrån sina egna mål och värderingar",
      "redovisa kommunala bidrag korrekt och inom den tid som anges i bidragsreglerna"],
     []),
    ("3.4", "Långsiktighet", "langsiktighet",
     "Ett långsiktigt samarbete ger föreningarna arbetsro och möjlighet att planera. "
     "Förutsägbara villkor gör det lättare att rekrytera ledare, att utveckla "
     "verksamheten och att våga pröva nya idéer.",
     ["i första hand ge stöd i form av verksamhetsbidrag som kan sökas för upp till tre år "
      "i taget",
      "informera föreningslivet om förändringar i bidragssystemet minst sex månader innan "
      "förändringen träder i kraft"],
     ["arbeta för att bredda sin finansiering, så att verksamheten inte enbart är beroende "
      "av kommunalt stöd",
      "planera för ledarförsörjning och generationsväxling i styrelse och ledarled"],
     []),
    ("3.5", "Öppenhet och insyn", "oppenhet_och_insyn",
     "Öppenhet och insyn skapar förtroende mellan parterna och gentemot invånarna. "
     "Offentliga medel används på ett sätt som går att granska, och beslut som rör "
     "föreningslivet är begripliga för dem som berörs.",
     ["publicera bidragsregler, beslut om föreningsbidrag och aktuella kontaktuppgifter på "
      "kommunens webbplats",
      "skriftligt motivera beslut om avslag på ansökningar om föreningsstöd"],
     ["ge kommunen insyn i hur kommunala medel används, bland annat genom "
      "verksamhetsberättelse och ekonomisk redovisning",
      "hålla stadgar, styrelseförteckning och kontaktuppgifter uppdaterade i kommunens "
      "föreningsregister"],
     []),
    ("3.6", "Mångfald", "mangfald",
     "Stensjö har ett rikt föreningsliv med idrotts-, kultur-, natur-, pensionärs-, "
     "invandrar- och intresseföreningar, trossamfund och studieförbund. Mångfalden av "
     "organisationer och arbetssätt är en styrka som båda parter vill ta till vara.",
     ["uppmärksamma och stödja nya föreningar och grupper, även sådana som ännu inte har "
      "bildat förening",
      "ta fram information om föreningsstöd på lätt svenska och på de språk som är "
      "vanligast i kommunen"],
     ["arbeta för att verksamheten är öppen och välkomnande för alla oavsett kön, ålder, "
      "funktionsförmåga, etnisk bakgrund, religion eller sexuell läggning",
      "verka för att styrelser och ledare speglar mångfalden bland medlemmarna"],
     ["genomföra Föreningarnas dag varje år i augusti, där föreningarna presenterar sig för "
      "nya och gamla invånare"]),
    ("3.7", "Barnrättsperspektiv", "barnrattsperspektiv",
     "Sedan 2020 är FN:s konvention om barnets rättigheter svensk lag. Var tredje "
     "invånare under 20 år i Stensjö är medlem i en förening. Barn och unga har rätt "
     "till en trygg fritid och rätt att komma till tals i frågor som rör dem.",
     ["pröva barnets bästa inför beslut om föreningsstöd och anläggningar som påverkar "
      "barn och unga",
      "erbjuda föreningarna stöd och utbildning i barnrätt och i att förebygga "
      "kränkningar och övergrepp"],
     ["begära utdrag ur belastningsregistret för ledare som har regelbunden kontakt med "
      "barn",
      "ge barn och unga möjlighet att påverka verksamheten och de beslut som rör dem i "
      "föreningen"],
     ["låta barn och unga komma till tals inför varje uppföljning av överenskommelsen"]),
]

FOLLOWUP_COMMITMENTS = [
    ("Kultur- och fritidsförvaltningen ansvarar för att samordna uppföljningen och "
     "sammanställa en årlig uppföljningsrapport som redovisas för kommunstyrelsen senast "
     "i maj.", "public"),
    ("Föreningsrådet i Stensjö ansvarar för att samla in föreningslivets synpunkter inför "
     "uppföljningen, bland annat genom en webbenkät till de anslutna organisationerna.",
     "civil_society"),
    ("Parterna kommer att gå igenom resultatet tillsammans vid höstens Föreningsforum och "
     "enas om förbättringsåtgärder för kommande år.", "joint"),
    ("Kommunstyrelsen ansvarar för att en revidering påbörjas senast under våren 2027, i "
     "dialog med föreningslivet.", "public"),
]

ANSLUTNING = ("En organisation ansluter sig genom att fylla i anslutningsblanketten på "
              "kommunens webbplats och skicka den till Föreningsservice.")
NOT_REGULATED = ("Överenskommelsen är inte ett juridiskt bindande avtal och reglerar inte "
                 "föreningsbidrag, lokalbidrag eller idéburet offentligt partnerskap (IOP).")
ADOPTED = "Antagen av kommunfullmäktige 2024-03-18, § 34"

# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_margins(table, top=90, bottom=90, left=110, right=110):
    tblPr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side, val in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(val))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblPr.append(mar)


def no_split(row, header=False):
    trPr = row._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit")
    trPr.append(cs)
    if header:
        th = OxmlElement("w:tblHeader")
        trPr.append(th)


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def keep_with_next(p):
    p.paragraph_format.keep_with_next = True


def add_field(run, instr):
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t")
    v.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, v, e):
        run._r.append(el)


def para(container, text="", style=None, bold=False, size=None, color=None, font=None,
         align=None, space_after=None, italic=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, text, bold=False, color=None, size=10, font=HEAD_FONT, first=True):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    r.font.name = font
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_after = Pt(2)
    return p


def cell_bullets(cell, items, size=10.5):
    first = True
    for it in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.style = "List Bullet"
        r = p.add_run(it)
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(4)


def heading(doc, text, level):
    h = doc.add_heading(text, level=level)
    return h


# --------------------------------------------------------------------------
# Build document
# --------------------------------------------------------------------------

TOC_ENTRIES = [
    (1, "1 Inledning"),
    (2, "1.1 Bakgrund"),
    (2, "1.2 Syfte"),
    (2, "1.3 Parter och avgränsning"),
    (2, "1.4 Så läser du överenskommelsen"),
    (1, "2 Gemensamma utgångspunkter"),
    (1, "3 Principer och åtaganden"),
] + [(2, f"{n} {h}") for n, h, *_ in PRINCIPLES] + [
    (1, "4 Uppföljning och revidering"),
    (1, "5 Kontakt"),
    (1, "6 Underskrifter"),
]


def setup_styles(doc):
    st = doc.styles
    normal = st["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(11.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), BODY_FONT)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    for name, size in (("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5)):
        s = st[name]
        s.font.name = HEAD_FONT
        s.font.size = Pt(size)
        s.font.bold = True
        s.font.color.rgb = RGBColor.from_string(GREEN)
        rpr = s.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), HEAD_FONT)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        s.paragraph_format.space_before = Pt(18 if name == "Heading 1" else 12)
        s.paragraph_format.space_after = Pt(6)
    lb = st["List Bullet"]
    lb.font.name = BODY_FONT


def clear_style_tabs(p):
    # the built-in Header/Footer styles have tabs at 4680/9360 twips (Letter)
    for pos in (4680, 9360):
        p.paragraph_format.tab_stops.add_tab_stop(Twips(pos), WD_TAB_ALIGNMENT.CLEAR)


def header_footer(section):
    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    hp.text = ""
    clear_style_tabs(hp)
    tw = section.page_width - section.left_margin - section.right_margin
    hp.paragraph_format.tab_stops.add_tab_stop(tw, WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("STENSJÖ KOMMUN")
    r.bold = True
    r.font.size = Pt(9)
    r.font.name = HEAD_FONT
    r.font.color.rgb = RGBColor.from_string(GREEN)
    r = hp.add_run("\tLokal överenskommelse med föreningslivet 2024–2027")
    r.font.size = Pt(8.5)
    r.font.name = HEAD_FONT
    # bottom border under header
    pPr = hp._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    bot.set(qn("w:val"), "single")
    bot.set(qn("w:sz"), "6")
    bot.set(qn("w:space"), "4")
    bot.set(qn("w:color"), GREEN)
    bdr.append(bot)
    pPr.append(bdr)

    fp = section.footer.paragraphs[0]
    clear_style_tabs(fp)
    fp.paragraph_format.tab_stops.add_tab_stop(tw, WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Dnr KS 2023/412")
    r.font.size = Pt(8.5)
    r.font.name = HEAD_FONT
    r = fp.add_run("\tSida ")
    r.font.size = Pt(8.5)
    r.font.name = HEAD_FONT
    r = fp.add_run()
    r.font.size = Pt(8.5)
    r.font.name = HEAD_FONT
    add_field(r, "PAGE")
    r = fp.add_run(" av ")
    r.font.size = Pt(8.5)
    r.font.name = HEAD_FONT
    r = fp.add_run()
    r.font.size = Pt(8.5)
    r.font.name = HEAD_FONT
    add_field(r, "NUMPAGES")


def cover(doc):
    p = para(doc, "STENSJÖ KOMMUN", bold=True, size=14, color=GREEN, font=HEAD_FONT)
    p.paragraph_format.space_after = Pt(2)
    para(doc, "Kommunstyrelsen  |  Kultur- och fritidsförvaltningen", size=9.5,
         font=HEAD_FONT, color="555555")
    for _ in range(7):
        para(doc, "")
    para(doc, "Lokal överenskommelse", bold=True, size=30, color=GREEN, font=HEAD_FONT,
         space_after=4)
    para(doc, "mellan Stensjö kommun och föreningslivet", size=18, font=HEAD_FONT,
         color=GREEN, space_after=18)
    para(doc, "LÖK 2024–2027", bold=True, size=14, font=HEAD_FONT, space_after=30)
    para(doc, "Tillsammans för ett starkt civilsamhälle i Stensjö", italic=True, size=12,
         space_after=120)
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    c = t.rows[0].cells[0]
    shade(c, PALE)
    cell_text(c, ADOPTED, size=10)
    cell_text(c, "Diarienummer: KS 2023/412", size=10, first=False)
    cell_text(c, "Giltighetstid: 2024-04-01 – 2027-12-31", size=10, first=False)
    cell_margins(t, 140, 140, 180, 180)
    set_widths(t, [Cm(9)])
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def info_page(doc):
    para(doc, "Dokumentinformation", bold=True, size=13, color=GREEN, font=HEAD_FONT)
    rows = [
        ("Dokumentnamn", "Lokal överenskommelse mellan Stensjö kommun och föreningslivet "
                         "(LÖK) 2024–2027"),
        ("Dokumenttyp", "Överenskommelse"),
        ("Beslutad av", "Kommunfullmäktige"),
        ("Beslutsdatum", "2024-03-18, § 34"),
        ("Diarienummer", "KS 2023/412"),
        ("Giltighetstid", "2024-04-01 – 2027-12-31"),
        ("Dokumentansvarig", "Kultur- och fritidschef"),
        ("Gäller för", "Samtliga nämnder och förvaltningar samt anslutna idéburna "
                       "organisationer"),
        ("Ersätter", "Lokal överenskommelse med föreningslivet, KF 2019-05-27, § 61"),
    ]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        shade(t.rows[i].cells[0], LIGHT)
        cell_text(t.rows[i].cells[0], k, bold=True, size=9.5)
        cell_text(t.rows[i].cells[1], v, size=9.5)
    set_widths(t, [Cm(4.2), Cm(11.8)])
    cell_margins(t, 50, 50, 100, 100)

    para(doc, "")
    para(doc, "Versionshistorik", bold=True, size=11, color=GREEN, font=HEAD_FONT)
    vh = [
        ("Version", "Datum", "Ändring", "Beslut"),
        ("1.0", "2019-05-27", "Första lokala överenskommelsen antas", "KF § 61"),
        ("1.1", "2021-11-15", "Justerade uppföljningsrutiner efter halvtidsutvärdering",
         "KS § 188"),
        ("2.0", "2024-03-18", "Ny överenskommelse efter dialogprocess 2022–2023. "
                              "Barnrättsperspektiv tillagt som egen princip.", "KF § 34"),
    ]
    t = doc.add_table(rows=len(vh), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(vh):
        for j, v in enumerate(row):
            if i == 0:
                shade(t.rows[i].cells[j], GREEN)
                cell_text(t.rows[i].cells[j], v, bold=True, color="FFFFFF", size=9)
            else:
                cell_text(t.rows[i].cells[j], v, size=9)
    set_widths(t, [Cm(1.8), Cm(2.4), Cm(9.3), Cm(2.5)])
    cell_margins(t, 50, 50, 100, 100)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def toc(doc, pages, section):
    para(doc, "Innehåll", bold=True, size=16, color=GREEN, font=HEAD_FONT, space_after=12)
    tw = section.page_width - section.left_margin - section.right_margin
    for level, text in TOC_ENTRIES:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(tw, WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS)
        p.paragraph_format.left_indent = Cm(0 if level == 1 else 0.6)
        p.paragraph_format.space_after = Pt(3 if level == 2 else 2)
        if level == 1:
            p.paragraph_format.space_before = Pt(6)
        r = p.add_run(f"{text}\t{pages.get(text, 0)}")
        r.font.name = HEAD_FONT
        r.font.size = Pt(10.5 if level == 1 else 10)
        r.bold = level == 1
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def principle_table(doc, num, name, slug, desc, kommun, foreningar, joint):
    h = heading(doc, f"{num} {name}", 2)
    keep_with_next(h)
    nrows = 4 + (2 if joint else 0)
    t = doc.add_table(rows=nrows, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # row 0: principle title
    c = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    shade(c, GREEN)
    cell_text(c, f"Princip: {name}", bold=True, color="FFFFFF", size=11)
    # row 1: description
    c = t.rows[1].cells[0].merge(t.rows[1].cells[1])
    shade(c, PALE)
    p = c.paragraphs[0]
    r = p.add_run("Principen innebär: ")
    r.bold = True
    r.font.size = Pt(10)
    r.font.name = HEAD_FONT
    r = p.add_run(desc)
    r.font.size = Pt(10.5)
    r.italic = True
    # row 2: column headings
    shade(t.rows[2].cells[0], LIGHT)
    shade(t.rows[2].cells[1], LIGHT)
    cell_text(t.rows[2].cells[0], "Stensjö kommun åtar sig att:", bold=True)
    cell_text(t.rows[2].cells[1], "Föreningslivet åtar sig att:", bold=True)
    # row 3: commitments
    cell_bullets(t.rows[3].cells[0], kommun)
    cell_bullets(t.rows[3].cells[1], foreningar)
    if joint:
        c = t.rows[4].cells[0].merge(t.rows[4].cells[1])
        shade(c, LIGHT)
        cell_text(c, "Tillsammans åtar vi oss att:", bold=True)
        c = t.rows[5].cells[0].merge(t.rows[5].cells[1])
        cell_bullets(c, joint)
    for i, row in enumerate(t.rows):
        no_split(row)
    set_widths(t, [Cm(8), Cm(8)])
    cell_margins(t)
    # keep the whole table together with heading (keep_with_next on cell paragraphs)
    for row in t.rows[:-1]:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.paragraph_format.keep_with_next = True
    para(doc, "", space_after=2)


def body(doc):
    heading(doc, "1 Inledning", 1)
    heading(doc, "1.1 Bakgrund", 2)
    para(doc, "År 2008 slöt regeringen, Sveriges Kommuner och Landsting (i dag Sveriges "
              "Kommuner och Regioner, SKR) och ett stort antal idéburna organisationer inom "
              "det sociala området en nationell överenskommelse. Överenskommelsen bygger på "
              "sex principer: självständighet och oberoende, dialog, kvalitet, långsiktighet, "
              "öppenhet och insyn samt mångfald. Sedan dess har en rad kommuner och regioner "
              "tagit fram egna lokala och regionala överenskommelser med samma grund.")
    para(doc, "Stensjö kommun antog sin första lokala överenskommelse med föreningslivet i "
              "maj 2019. Under 2022 och 2023 utvärderades den och en bred dialogprocess "
              "genomfördes. Sammanlagt deltog 58 föreningar, tre studieförbund, Stensjö "
              "församling och två sociala företag i sex dialogmöten runt om i kommunen – i "
              "Stensjö tätort, Bruksvik, Lövåsen och Norra Kärr. Utvärderingen visade att "
              "överenskommelsen var känd bland de större föreningarna men mindre känd bland "
              "små och nybildade föreningar, och att återkopplingen efter dialogmöten behövde "
              "bli bättre.")
    para(doc, "Denna överenskommelse är resultatet av det arbetet och ersätter "
              "överenskommelsen från 2019. Den har tagits fram av en gemensam arbetsgrupp med "
              "representanter för kommunen och för Föreningsrådet i Stensjö.")
    heading(doc, "1.2 Syfte", 2)
    para(doc, "Syftet med överenskommelsen är att tydliggöra rollerna mellan kommunen och "
              "föreningslivet, att skapa goda förutsättningar för ett livskraftigt och "
              "självständigt föreningsliv och att stärka samverkan i frågor där parterna har "
              "gemensamma intressen. Överenskommelsen ska bidra till kommunens vision "
              "Stensjö 2035 – en växande kommun i grönt läge, där människor vill bo, verka "
              "och engagera sig.")
    heading(doc, "1.3 Parter och avgränsning", 2)
    para(doc, "Överenskommelsen ingås mellan Stensjö kommun, det vill säga kommunfullmäktige "
              "och samtliga nämnder och förvaltningar, och de idéburna organisationer som "
              "verkar i kommunen och som ansluter sig till överenskommelsen. Med idéburna "
              "organisationer avses här ideella föreningar, stiftelser, trossamfund, "
              "studieförbund och sociala företag utan vinstsyfte. I texten används "
              "föreningslivet som samlande begrepp.")
    para(doc, ANSLUTNING + " Anslutningen gäller så länge överenskommelsen gäller. I januari "
              "2024 hade 74 organisationer anslutit sig.")
    para(doc, NOT_REGULATED + " Sådana frågor hanteras i Riktlinjer för föreningsstöd i "
              "Stensjö kommun respektive i kommunens rutin för idéburet offentligt "
              "partnerskap.")
    heading(doc, "1.4 Så läser du överenskommelsen", 2)
    para(doc, "I kapitel 3 redovisas varje princip i en egen tabell. Överst i tabellen "
              "beskrivs vad principen innebär. Därefter anges vad Stensjö kommun respektive "
              "föreningslivet åtar sig och, för några av principerna, vad parterna åtar sig "
              "att göra tillsammans. Kapitel 4 beskriver hur överenskommelsen följs upp.")

    heading(doc, "2 Gemensamma utgångspunkter", 1)
    para(doc, "Kommunen och föreningslivet har olika roller och uppdrag. Kommunen har ett "
              "demokratiskt mandat från invånarna och ansvarar för att välfärden och den "
              "kommunala servicen fungerar. Föreningslivet bygger på frivilligt engagemang "
              "och är en självständig kraft i samhället – som röstbärare, mötesplats, "
              "opinionsbildare och ibland som utförare av verksamhet.")
    para(doc, "I Stensjö finns cirka 230 registrerade föreningar. Tillsammans engagerar de "
              "tusentals invånare i allt från fotboll och körsång till hembygdsvård, "
              "läxhjälp och besöksverksamhet på äldreboenden. Föreningslivet bidrar till "
              "folkhälsa, integration och trygghet och gör Stensjö till en attraktiv plats "
              "att bo i.")
    para(doc, "Parterna är överens om att samverkan ska bygga på ömsesidig respekt, "
              "förtroende och förståelse för varandras olika förutsättningar. Överenskommelsen "
              "utgår från de sex principerna i den nationella överenskommelsen. I Stensjö har "
              "parterna dessutom lagt till barnrättsperspektivet som en sjunde princip.")

    h = heading(doc, "3 Principer och åtaganden", 1)
    h.paragraph_format.page_break_before = True
    para(doc, "Tabellerna nedan visar de åtaganden som parterna gör under respektive princip. "
              "Åtagandena gäller under hela avtalsperioden 2024–2027.")
    for pr in PRINCIPLES:
        principle_table(doc, *pr)

    heading(doc, "4 Uppföljning och revidering", 1)
    para(doc, "Överenskommelsen följs upp årligen. Uppföljningen visar hur åtagandena har "
              "genomförts, vad som har fungerat bra och vad som behöver utvecklas. Den "
              "bygger både på statistik och på parternas egna erfarenheter.")
    para(doc, FOLLOWUP_COMMITMENTS[0][0] + " " + FOLLOWUP_COMMITMENTS[1][0])
    para(doc, FOLLOWUP_COMMITMENTS[2][0] + " Uppföljningsrapporten publiceras på kommunens "
              "webbplats.")
    para(doc, "Följande nyckeltal används i uppföljningen:", space_after=4)
    ind = [
        ("Nyckeltal", "Utgångsvärde 2023", "Målvärde 2027"),
        ("Antal organisationer som anslutit sig till överenskommelsen", "74", "100"),
        ("Antal deltagare vid Föreningsforum (per år)", "61", "90"),
        ("Andel föreningar som anser att de fått återkoppling efter dialogmöten", "38 %",
         "75 %"),
        ("Andel bidragsberättigade barn- och ungdomsföreningar där ledarna visat utdrag ur "
         "belastningsregistret", "64 %", "100 %"),
    ]
    t = doc.add_table(rows=len(ind), cols=3)
    t.style = "Table Grid"
    for i, vals in enumerate(ind):
        no_split(t.rows[i], header=(i == 0))
        for j, v in enumerate(vals):
            if i == 0:
                shade(t.rows[i].cells[j], GREEN)
                cell_text(t.rows[i].cells[j], v, bold=True, color="FFFFFF", size=9.5)
            else:
                cell_text(t.rows[i].cells[j], v, size=9.5)
    set_widths(t, [Cm(10), Cm(3), Cm(3)])
    cell_margins(t, 50, 50, 100, 100)
    para(doc, "")
    heading(doc, "Revidering", 3)
    para(doc, "Överenskommelsen gäller till och med den 31 december 2027. "
              + FOLLOWUP_COMMITMENTS[3][0] + " Om någon av parterna anser att "
              "överenskommelsen behöver ändras under perioden kan frågan tas upp vid "
              "Föreningsforum.")

    heading(doc, "5 Kontakt", 1)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    left, right = t.rows[0].cells
    shade(left, PALE)
    shade(right, PALE)
    cell_text(left, "Stensjö kommun", bold=True, color=GREEN)
    for line in ("Föreningsservice, Kultur- och fritidsförvaltningen",
                 "Telefon: 0513-47 20 00 (växel)",
                 "E-post: foreningsservice@stensjo.se",
                 "Besöksadress: Storgatan 14, Stensjö"):
        cell_text(left, line, first=False, size=9.5)
    cell_text(right, "Föreningsrådet i Stensjö", bold=True, color=GREEN)
    for line in ("Kansliet, Folkets hus",
                 "Telefon: 0513-47 35 10",
                 "E-post: kansli@foreningsradet-stensjo.se",
                 "Telefontid: tisdag och torsdag kl. 9–12"):
        cell_text(right, line, first=False, size=9.5)
    set_widths(t, [Cm(8), Cm(8)])
    cell_margins(t, 120, 120, 140, 140)

    h = heading(doc, "6 Underskrifter", 1)
    para(doc, "Överenskommelsen har undertecknats i två likalydande exemplar, av vilka "
              "parterna tagit var sitt.")
    para(doc, "Stensjö den 22 april 2024", space_after=30)
    t = doc.add_table(rows=4, cols=2)
    sig = [
        ("För Stensjö kommun", "För föreningslivet i Stensjö"),
        ("_______________________________", "_______________________________"),
        ("Karin Holmgren", "Johan Berglund"),
        ("Kommunstyrelsens ordförande", "Ordförande, Föreningsrådet i Stensjö"),
    ]
    for i, (a, b) in enumerate(sig):
        cell_text(t.rows[i].cells[0], a, bold=(i == 0), size=10)
        cell_text(t.rows[i].cells[1], b, bold=(i == 0), size=10)
        if i == 0:
            for c in t.rows[i].cells:
                c.paragraphs[0].paragraph_format.space_after = Pt(28)
    set_widths(t, [Cm(8), Cm(8)])


def build_docx(path, pages):
    doc = Document()
    setup_styles(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.2)
    sec.header_distance = Cm(1.1)
    sec.footer_distance = Cm(1.0)
    header_footer(sec)
    cp = doc.core_properties
    cp.title = TITLE
    cp.author = "Kultur- och fritidsförvaltningen"
    cp.subject = "LÖK 2024–2027"
    cover(doc)
    info_page(doc)
    toc(doc, pages, sec)
    body(doc)
    doc.save(path)


def to_pdf(docx_path, outdir):
    prof = tempfile.mkdtemp(prefix="lo_profile_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, docx_path],
                       check=True, capture_output=True, timeout=240)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")


def heading_pages(pdf):
    n = int(re.search(r"Pages:\s+(\d+)",
                      subprocess.run(["pdfinfo", pdf], capture_output=True,
                                     text=True).stdout).group(1))
    found = {}
    for pg in range(4, n + 1):  # skip cover, info page and TOC
        txt = subprocess.run(["pdftotext", "-f", str(pg), "-l", str(pg), pdf, "-"],
                             capture_output=True, text=True).stdout
        lines = [l.strip() for l in txt.splitlines()]
        for _, entry in TOC_ENTRIES:
            if entry not in found and entry in lines:
                found[entry] = pg
    return found


def main():
    tmp = tempfile.mkdtemp(prefix="lok_")
    try:
        dpath = os.path.join(tmp, DOC_ID + ".docx")
        pages = {e: 0 for _, e in TOC_ENTRIES}
        for _ in range(3):
            build_docx(dpath, pages)
            pdf = to_pdf(dpath, tmp)
            new = heading_pages(pdf)
            missing = [e for _, e in TOC_ENTRIES if e not in new]
            if missing:
                print("warning: headings not located:", missing)
            if all(new.get(e) == pages.get(e) for _, e in TOC_ENTRIES):
                break
            pages = {e: new.get(e, 0) for _, e in TOC_ENTRIES}
        shutil.copy(pdf, os.path.join(HERE, PDF_NAME))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_expected()
    print("wrote", PDF_NAME, "and expected.json")


# --------------------------------------------------------------------------
# expected.json
# --------------------------------------------------------------------------


def write_expected():
    commitments = []
    for num, name, slug, desc, kommun, foreningar, joint in PRINCIPLES:
        for t in kommun:
            commitments.append({"text": t, "principle": slug, "party": "public"})
        for t in foreningar:
            commitments.append({"text": t, "principle": slug, "party": "civil_society"})
        for t in joint:
            commitments.append({"text": t, "principle": slug, "party": "joint"})
    for t, party in FOLLOWUP_COMMITMENTS:
        commitments.append({"text": t, "principle": None, "party": party})

    P = {name: (k, f, j) for _, name, _, _, k, f, j in PRINCIPLES}
    questions = [
        {"id": "q1", "question": "Hur ofta ska kommunen ordna Föreningsforum?",
         "language": "sv", "answerable": True,
         "gold": [P["Dialog"][0][1]],
         "must_mention": ["minst två gånger per år"]},
        {"id": "q2",
         "question": "vad galler for ledare som traffar barn regelbundet i var forening?",
         "language": "sv", "answerable": True,
         "gold": [P["Barnrättsperspektiv"][1][0]],
         "must_mention": ["belastningsregistret"]},
        {"id": "q3", "question": "Hur många år i taget kan vi söka verksamhetsbidrag?",
         "language": "sv", "answerable": True,
         "gold": [P["Långsiktighet"][0][0]],
         "must_mention": ["upp till tre år"]},
        {"id": "q4", "question": "When was the agreement adopted, and by which body?",
         "language": "en", "answerable": True,
         "gold": [ADOPTED],
         "must_mention": ["kommunfullmäktige", "2024-03-18"]},
        {"id": "q5", "question": "Hur gör vår förening för att ansluta sig till LÖK:en?",
         "language": "sv", "answerable": True,
         "gold": [ANSLUTNING],
         "must_mention": ["anslutningsblanketten", "Föreningsservice"]},
        {"id": "q6", "question": "Reglerar överenskommelsen föreningsbidragen?",
         "language": "sv", "answerable": True,
         "gold": [NOT_REGULATED],
         "must_mention": ["reglerar inte föreningsbidrag"]},
        {"id": "q7",
         "question": "How much notice will associations get before the grant system changes?",
         "language": "en", "answerable": True,
         "gold": [P["Långsiktighet"][0][1]],
         "must_mention": ["minst sex månader"]},
        {"id": "q8",
         "question": "Vem sammanstaller uppfoljningen av overenskommelsen och nar ska den redovisas?",
         "language": "sv", "answerable": True,
         "gold": [FOLLOWUP_COMMITMENTS[0][0]],
         "must_mention": ["Kultur- och fritidsförvaltningen", "senast i maj"]},
        {"id": "q9",
         "question": "Hur mycket lokalbidrag får en förening per medlem?",
         "language": "sv", "answerable": False, "gold": [], "must_mention": []},
        {"id": "q10",
         "question": "Kan föreningar låna kommunens lokaler gratis på helgerna?",
         "language": "sv", "answerable": False, "gold": [], "must_mention": []},
    ]

    exp = {
        "file": PDF_NAME,
        "layout": LAYOUT,
        "description": (
            "PDF exported from Word (python-docx -> LibreOffice) of a fictional municipal "
            "local agreement (LÖK) between Stensjö kommun and föreningslivet, 2024–2027, "
            "10 A4 pages. Page 1 is a cover without header/footer (kommun name, big "
            "title, subtitle, slogan, shaded box with 'Antagen av kommunfullmäktige "
            "2024-03-18, § 34', diarienummer and validity period). Page 2 has a two-column "
            "document-information table (beslutad av, beslutsdatum, dnr, ersätter 2019 "
            "agreement) and a four-column version-history table (versions 1.0/1.1/2.0 with "
            "earlier dates 2019-05-27 and 2021-11-15 as distractors). Page 3 is a static "
            "table of contents with dot leaders and page numbers. Pages 2+ carry a header "
            "('STENSJÖ KOMMUN' left, document short title right, rule below) and a footer "
            "('Dnr KS 2023/412' left, 'Sida X av Y' right). Chapters 1–2 are prose "
            "(background with the 2008 national agreement, purpose, parties, how to join, "
            "what the agreement does not regulate, shared starting points). Chapter 3 "
            "presents seven principles (the six national ones plus barnrättsperspektiv), "
            "each as its own shaded Word table: a full-width title row 'Princip: X', a "
            "full-width italic 'Principen innebär:' description row (not commitments), a "
            "column-header row 'Stensjö kommun åtar sig att:' | 'Föreningslivet åtar sig "
            "att:', one row with bullet lists in each column (the commitments, lower-case "
            "infinitive items continuing the lead-in), and for three principles an extra "
            "merged row 'Tillsammans åtar vi oss att:' with a joint bullet item. Chapter 4 "
            "(follow-up) has commitments written as prose sentences naming the responsible "
            "body (Kultur- och fritidsförvaltningen, Föreningsrådet, parterna, "
            "Kommunstyrelsen) plus a descriptive key-indicator table with baseline/target "
            "values (not commitments). Chapter 5 is a two-column contact box, chapter 6 a "
            "signature block dated 2024-04-22 (signing date, distinct from the decision "
            "date). Value statements such as 'samverkan ska bygga på ömsesidig respekt' and "
            "'Överenskommelsen ska bidra till kommunens vision' are deliberately not "
            "commitments. Table bullets are Word Symbol-font glyphs that pdftotext extracts "
            "as U+F0B7 on separate lines; the kommun and föreningsliv columns come out as "
            "separate blocks, and each table is kept on one page (rows cannot split)."),
        "metadata": {
            "doc_id": DOC_ID,
            "title": TITLE,
            "place": "Stensjö",
            "organisation": "Stensjö kommun",
            "kind": "överenskommelse",
            "date": "2024-03-18",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments,
        "questions": questions,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
