#!/usr/bin/env python3
"""Generate region_ulvmark_overenskommelse_civilsamhallet.docx and expected.json.

A region's agreement with civil society, written in Word the way a regional
office would: cover page with a document-information table, a TOC field with
cached entries, numbered headings typed into the text, and under each principle
a short description followed by a two-column table
'Regionen åtar sig att: | De idéburna organisationerna åtar sig att:' with
bulleted cells; some tables have a merged 'Gemensamt' row below. Some prose
commitments, a decision box, signatures and a revision history table.

Run with a python that has python-docx:  python make.py
"""
import datetime
import json
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.basename(HERE)
FILE = "region_ulvmark_overenskommelse_civilsamhallet.docx"

ORG = "Region Ulvmark"
TITLE = "Överenskommelse mellan Region Ulvmark och idéburna organisationer i Ulvmarks län"
DECISION_DATE = "2024-11-26"

# --------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------
# Each principle: slug, heading, description paragraphs, header texts for the
# two columns, region items, organisation items, optional joint row
# (lead-in or None, list of items or a sentence), prose after the table.
PRINCIPLES = [
    dict(
        slug="sjalvstandighet_och_oberoende",
        heading="4.1 Självständighet och oberoende",
        desc=[
            "De idéburna organisationerna har rätt att driva sina frågor, granska, kritisera och "
            "påverka, oavsett om de tar emot bidrag från regionen eller inte. Självständigheten är "
            "en förutsättning för att organisationerna ska kunna vara röstbärare för sina medlemmar "
            "och målgrupper.",
        ],
        cols=("Regionen åtar sig att:", "De idéburna organisationerna åtar sig att:"),
        region=[
            "respektera organisationernas rätt att självständigt formulera sina mål, arbetssätt och "
            "ståndpunkter, även när de kritiserar regionens beslut",
            "inte ställa villkor i bidrag eller avtal som begränsar organisationernas rätt att "
            "bedriva opinionsbildning",
            "utforma organisationsbidragen så att de i första hand stödjer organisationernas egen "
            "verksamhet och inte styr mot regionens uppdrag",
        ],
        org=[
            "vara tydliga med när de företräder sina medlemmar och när de utför verksamhet på "
            "uppdrag av regionen",
            "själva ansvara för att de har en demokratisk och öppen organisation med en styrelse "
            "som är oberoende av regionen",
        ],
        joint=None,
        after=[],
    ),
    dict(
        slug="dialog",
        heading="4.2 Dialog",
        desc=[
            "Dialog förutsätter att båda parter är välinformerade och att samtalet förs tidigt, "
            "innan frågorna är färdigberedda. Dialogen kan föras på olika nivåer – i "
            "regionfullmäktiges beredningar, i förvaltningarnas verksamheter och i länets "
            "delregionala nätverk.",
        ],
        cols=("Regionen åtar sig att:", "De idéburna organisationerna åtar sig att:"),
        region=[
            "involvera organisationerna tidigt i beredningen av frågor som berör dem, innan "
            "besluten i praktiken redan är fattade",
            "ge skäliga svarstider vid remisser, normalt minst sex veckor",
            "skriftligt återkoppla hur synpunkter från organisationerna har tagits om hand",
        ],
        org=[
            "förankra sina synpunkter hos medlemmar och målgrupper inför dialogmöten och remissvar",
            "utse representanter till regionens dialogforum och se till att de återrapporterar "
            "till sina organisationer",
        ],
        joint=("Gemensamt åtar sig parterna att:", [
            "genomföra minst två dialogforum per år där förtroendevalda, tjänstepersoner och "
            "företrädare för organisationerna möts",
            "tillsammans bestämma dagordning och teman för dialogforumen",
        ]),
        after=[
            ("Därutöver kommer regionen att ta fram en vägledning för förvaltningarna om hur dialog "
             "och samråd med civilsamhället kan planeras och genomföras.", "public"),
        ],
    ),
    dict(
        slug="kvalitet",
        heading="4.3 Kvalitet",
        desc=[
            "Kvalitet handlar om att verksamheten motsvarar de behov och förutsättningar som "
            "målgrupperna har. De idéburna organisationerna bidrar med egna perspektiv på vad "
            "kvalitet innebär, ofta grundade i medlemmarnas och brukarnas erfarenheter.",
        ],
        cols=("Regionen åtar sig att:", "De idéburna organisationerna åtar sig att:"),
        region=[
            "ta tillvara organisationernas erfarenheter och kunskap när kvalitetskrav och "
            "uppföljningsmått formuleras",
            "utforma uppföljningen av bidrag så att den står i proportion till bidragets storlek",
        ],
        org=[
            "följa upp och redovisa sin verksamhet på ett sätt som gör det möjligt att bedöma om "
            "den bidrar till avsedda resultat",
            "delta i regionens utbildningsinsatser om kvalitet och uppföljning när det är relevant "
            "för den egna verksamheten",
        ],
        joint=None,
        after=[],
    ),
    dict(
        slug="langsiktighet",
        heading="4.4 Långsiktighet",
        desc=[
            "Långsiktiga spelregler ger organisationerna möjlighet att planera, behålla kompetens "
            "och bygga upp förtroende hos de människor de möter. Kortsiktiga projektmedel kan "
            "vara ett komplement men kan inte ersätta en stabil grundfinansiering.",
        ],
        cols=("Regionen åtar sig att:", "De idéburna organisationerna åtar sig att:"),
        region=[
            "i första hand bevilja organisationsbidrag som löper över flera år, i regel tre år",
            "lämna besked om beviljade bidrag senast den 15 december året före bidragsåret",
            "pröva om idéburet offentligt partnerskap (IOP) är en lämplig samverkansform när "
            "regionen och en organisation vill utveckla en verksamhet tillsammans",
        ],
        org=[
            "planera sin verksamhet så att den inte blir beroende av enskilda projektbidrag från "
            "regionen",
            "i god tid informera regionen om förändringar som påverkar en verksamhet som får "
            "stöd",
        ],
        joint=(None, "Parterna ska tillsammans verka för att verksamheter som har prövats "
                     "framgångsrikt i projektform kan övergå i ordinarie verksamhet."),
        after=[],
    ),
    dict(
        slug="oppenhet_och_insyn",
        heading="4.5 Öppenhet och insyn",
        desc=[
            "Öppenhet och insyn är grunden för förtroende mellan parterna och gentemot länets "
            "invånare. Regionen omfattas av offentlighetsprincipen; för de idéburna "
            "organisationerna gäller de villkor som följer av bidragsbeslut och avtal.",
        ],
        cols=("Region Ulvmark ska:", "De idéburna organisationerna ska:"),
        region=[
            "publicera regler, bedömningskriterier och beslut om bidrag på regionens webbplats",
            "göra beslutsunderlag och protokoll som rör civilsamhällesfrågor lätta att hitta och "
            "ta del av",
        ],
        org=[
            "redovisa hur bidrag från regionen har använts, inklusive verksamhetsberättelse och "
            "ekonomisk redovisning",
            "ge regionen insyn i verksamhet som finansieras med offentliga medel, med respekt för "
            "enskilda personers integritet",
        ],
        joint=None,
        after=[],
    ),
    dict(
        slug="mangfald",
        heading="4.6 Mångfald",
        desc=[
            "Länets idéburna organisationer skiljer sig åt i storlek, inriktning och arbetssätt. "
            "Mångfalden är en styrka som ger invånarna olika vägar till engagemang, och den "
            "förutsätter att även små och nya organisationer kan komma till tals.",
        ],
        cols=("Region Ulvmark ska:", "De idéburna organisationerna ska:"),
        region=[
            "ge både stora och små organisationer möjlighet att delta i dialog och söka stöd, "
            "bland annat genom digitala mötesformer och rådgivning inför ansökan",
            "verka för att dialogforum och samråd är tillgängliga för personer med "
            "funktionsnedsättning",
        ],
        org=[
            "arbeta för att spegla befolkningens mångfald i sina styrelser och verksamheter",
            "välkomna nya och mindre organisationer in i nätverket Forum Civilsamhälle Ulvmark",
        ],
        joint=None,
        after=[
            ("Regionen och de idéburna organisationerna kommer gemensamt att kartlägga vilka "
             "grupper som i dag saknas i dialogen och ta fram förslag på hur de kan nås.", "joint"),
        ],
    ),
]

# Prose commitments in chapter 5 (principle null): (text, party)
GENOMFORANDE = [
    ("Regionstyrelsen ansvarar för att överenskommelsen är känd och tillämpas i regionens "
     "samtliga nämnder och förvaltningar.", "public"),
    ("Regionkansliet ska samordna arbetet och utse en kontaktperson för civilsamhällesfrågor.",
     "public"),
    ("Forum Civilsamhälle Ulvmark ansvarar för att sprida kännedom om överenskommelsen bland "
     "länets idéburna organisationer och för att samla in deras erfarenheter inför den årliga "
     "uppföljningen.", "civil_society"),
]
UPPFOLJNING = [
    ("Parterna ska varje år gemensamt följa upp överenskommelsen i en uppföljningsrapport som "
     "presenteras för regionstyrelsen senast i juni.", "joint"),
    ("Inför giltighetstidens slut kommer parterna att påbörja en gemensam revidering senast "
     "våren 2028.", "joint"),
]
RESURS = ("Regionen kommer att avsätta 450 000 kronor per år under giltighetstiden för "
          "dialogforum, processtöd och uppföljning.", "public")

DECISION_SENTENCE = ("Regionfullmäktige i Region Ulvmark beslutade 2024-11-26, § 187, att anta "
                     "överenskommelsen.")
VALIDITY_SENTENCE = ("Överenskommelsen gäller från och med 2025-01-01 till och med 2028-12-31.")


# --------------------------------------------------------------------------
# Helpers for python-docx
# --------------------------------------------------------------------------
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
    trPr.append(el)


def col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def add_field(paragraph, instr, placeholder="1"):
    """Complex field (PAGE, NUMPAGES …) with a cached result."""
    def fc(kind):
        r = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._r.append(el)
    fc("begin")
    r = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fc("separate")
    paragraph.add_run(placeholder)
    fc("end")


def fld_char(paragraph, kind):
    r = paragraph.add_run()
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    r._r.append(el)


def instr(paragraph, text):
    r = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = text
    r._r.append(it)


def ensure_style(doc, name, base="Normal", size=None, bold=False, indent=None):
    styles = doc.styles
    try:
        return styles[name]
    except KeyError:
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles[base]
        if size:
            st.font.size = Pt(size)
        st.font.bold = bold
        if indent is not None:
            st.paragraph_format.left_indent = indent
        st.paragraph_format.space_after = Pt(2)
        return st


def cell_bullets(cell, items, style="List Bullet"):
    first = True
    for it in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        p.style = cell.part.document.styles[style]
        p.paragraph_format.space_after = Pt(3)
        p.add_run(it)
        first = False


def bold_para(container, text, size=None, after=None):
    p = container.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


# --------------------------------------------------------------------------
# Build document
# --------------------------------------------------------------------------
def build():
    doc = Document()
    cp = doc.core_properties
    cp.title = TITLE
    cp.author = "Sara Lindqvist"
    cp.last_modified_by = "Regionkansliet"
    cp.subject = "Överenskommelse idéburen sektor 2025–2028"
    cp.keywords = "överenskommelse; idéburen sektor; civilsamhälle; RS 2024/00318"
    cp.created = datetime.datetime(2024, 4, 29, 9, 12)
    cp.modified = datetime.datetime(2024, 12, 11, 14, 3)
    cp.revision = 27

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    normal._element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    for h, sz in (("Heading 1", 15), ("Heading 2", 12.5), ("Title", 24)):
        st = doc.styles[h]
        st.font.name = "Arial"
        st.font.size = Pt(sz)
        st.font.color.rgb = RGBColor(0x00, 0x4B, 0x6E)
    toc1 = ensure_style(doc, "TOC 1", size=10.5, bold=True)
    toc2 = ensure_style(doc, "TOC 2", size=10.5, indent=Cm(0.6))
    for st in (toc1, toc2):
        st.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT,
                                                   WD_TAB_LEADER.DOTS)

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    sec.different_first_page_header_footer = True

    # --- header / footer (pages 2–) ----------------------------------------
    hdr = sec.header
    ht = hdr.add_table(1, 2, Cm(16.4))
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = ht.rows[0].cells
    c0.paragraphs[0].add_run("REGION ULVMARK").bold = True
    c0.add_paragraph("Regionkansliet").runs[0].font.size = Pt(8)
    p = c1.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Överenskommelse idéburen sektor 2025–2028")
    r.font.size = Pt(8)
    p = c1.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Dnr RS 2024/00318")
    r.font.size = Pt(8)
    hdr.paragraphs[0].text = ""

    ftr = sec.footer
    fp = ftr.paragraphs[0]
    fp.text = ""
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(3.25), WD_TAB_ALIGNMENT.CLEAR)
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.CLEAR)
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.3), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Region Ulvmark · Regionkansliet, enheten för social hållbarhet\t")
    r.font.size = Pt(8)
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE", "2")
    fp.add_run(" av ").font.size = Pt(8)
    add_field(fp, "NUMPAGES", "7")
    # first page footer: only address line
    ffp = sec.first_page_footer.paragraphs[0]
    ffp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = ffp.add_run("Region Ulvmark · Box 410 · 871 24 Ulvsund · Växel 0612-58 00 00 · "
                    "region@ulvmark.se · www.ulvmark.se")
    r.font.size = Pt(7.5)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    # --- cover page ---------------------------------------------------------
    p = doc.add_paragraph()
    r = p.add_run("REGION ULVMARK")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x00, 0x4B, 0x6E)
    p.paragraph_format.space_after = Pt(90)
    doc.add_paragraph(TITLE, style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Ulvmarksöverenskommelsen 2025–2028")
    r.font.size = Pt(14)
    r.italic = True
    p.paragraph_format.space_after = Pt(40)

    info = doc.add_table(rows=0, cols=2)
    info.style = doc.styles["Table Grid"]
    rows = [
        ("Dokumenttyp", "Överenskommelse"),
        ("Fastställd av", "Regionfullmäktige 2024-11-26, § 187"),
        ("Diarienummer", "RS 2024/00318"),
        ("Giltighetstid", "2025-01-01 – 2028-12-31"),
        ("Dokumentansvarig", "Regiondirektör"),
        ("Handläggare", "Sara Lindqvist, strateg civilsamhällesfrågor, Regionkansliet"),
        ("Gäller för", "Region Ulvmarks samtliga nämnder och förvaltningar samt anslutna "
                       "idéburna organisationer"),
        ("Version", "3.0"),
    ]
    for k, v in rows:
        cells = info.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        shade(cells[0], "E7EEF3")
        cells[1].text = v
        for c in cells:
            c.paragraphs[0].runs[0].font.size = Pt(9)
    col_widths(info, (Cm(4.2), Cm(12.2)))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # --- TOC field with cached entries ---------------------------------------
    doc.add_paragraph("Innehåll", style="Heading 1").paragraph_format.page_break_before = False
    toc_entries = [
        ("1 Inledning", 3, "TOC 1"),
        ("2 Syfte", 3, "TOC 1"),
        ("3 Parter och definitioner", 3, "TOC 1"),
        ("4 Principer och åtaganden", 4, "TOC 1"),
    ] + [(pr["heading"], pg, "TOC 2") for pr, pg in zip(PRINCIPLES, (4, 4, 5, 5, 5, 6))] + [
        ("5 Genomförande och uppföljning", 6, "TOC 1"),
        ("6 Beslut och underskrifter", 7, "TOC 1"),
        ("Revisionshistorik", 7, "TOC 1"),
    ]
    for i, (text, page, st) in enumerate(toc_entries):
        p = doc.add_paragraph(style=st)
        if i == 0:
            fld_char(p, "begin")
            instr(p, ' TOC \\o "1-2" \\h \\z \\u ')
            fld_char(p, "separate")
        p.add_run(f"{text}\t{page}")
        if i == len(toc_entries) - 1:
            fld_char(p, "end")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # --- 1 Inledning ---------------------------------------------------------
    doc.add_paragraph("1 Inledning", style="Heading 1")
    doc.add_paragraph(
        "Region Ulvmark och de idéburna organisationerna i länet har ett gemensamt intresse av "
        "ett levande civilsamhälle och av god hälsa och livskvalitet för länets invånare. Den "
        "första överenskommelsen mellan dåvarande landstinget och de idéburna organisationerna "
        "antogs 2016 och reviderades 2020. Denna version är resultatet av en gemensam revidering "
        "under 2023–2024, där drygt 60 organisationer har deltagit i dialogmöten eller lämnat "
        "remissvar.")
    doc.add_paragraph(
        "Överenskommelsen bygger på den nationella överenskommelsen från 2008 mellan regeringen, "
        "idéburna organisationer inom det sociala området och Sveriges Kommuner och Regioner, och "
        "på dess sex principer. Den är inte juridiskt bindande utan ska ses som en gemensam "
        "avsiktsförklaring om hur parterna vill samverka. Överenskommelsen ersätter inte avtal, "
        "bidragsregler eller andra styrdokument.")

    # --- 2 Syfte -------------------------------------------------------------
    doc.add_paragraph("2 Syfte", style="Heading 1")
    doc.add_paragraph("Syftet med överenskommelsen är att")
    for t in ("stärka de idéburna organisationernas roll som röstbärare och opinionsbildare,",
              "utveckla formerna för samverkan mellan regionen och den idéburna sektorn,",
              "bidra till att fler invånare i länet kan vara delaktiga i samhällsutvecklingen."):
        doc.add_paragraph(t, style="List Bullet")

    # --- 3 Parter och definitioner -------------------------------------------
    doc.add_paragraph("3 Parter och definitioner", style="Heading 1")
    doc.add_paragraph(
        "Parter i överenskommelsen är Region Ulvmark och de idéburna organisationer som har "
        "anslutit sig till den. Anslutningen sker genom en anmälan till Forum Civilsamhälle "
        "Ulvmark, som samordnar den idéburna sektorns del av arbetet. I november 2024 hade 74 "
        "organisationer anslutit sig.")
    doc.add_paragraph(
        "Med idéburna organisationer avses i denna överenskommelse föreningar, stiftelser, "
        "trossamfund, kooperativ och andra organisationer som drivs utan vinstsyfte, som har en "
        "demokratisk förankring och som är fristående från offentlig sektor. Överenskommelsen "
        "omfattar regionens samtliga verksamhetsområden, bland annat hälso- och sjukvård, "
        "kollektivtrafik, kultur och regional utveckling.")

    # --- 4 Principer ---------------------------------------------------------
    h = doc.add_paragraph("4 Principer och åtaganden", style="Heading 1")
    h.paragraph_format.page_break_before = True
    doc.add_paragraph(
        "Under varje princip följer en kort beskrivning och en tabell med parternas åtaganden. "
        "Åtagandena gäller under hela giltighetstiden och följs upp årligen enligt avsnitt 5.")

    for pr in PRINCIPLES:
        doc.add_paragraph(pr["heading"], style="Heading 2")
        for d in pr["desc"]:
            doc.add_paragraph(d).paragraph_format.keep_with_next = True
        t = doc.add_table(rows=2, cols=2)
        t.style = doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        hdr_row = t.rows[0]
        repeat_header(hdr_row)
        for cell, txt in zip(hdr_row.cells, pr["cols"]):
            cell.text = ""
            r = cell.paragraphs[0].add_run(txt)
            r.bold = True
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            shade(cell, "004B6E")
        body = t.rows[1]
        cant_split(body)
        cell_bullets(body.cells[0], pr["region"])
        cell_bullets(body.cells[1], pr["org"])
        if pr["joint"]:
            lead, items = pr["joint"]
            row = t.add_row()
            m = row.cells[0].merge(row.cells[1])
            shade(m, "E7EEF3")
            if lead:
                m.paragraphs[0].add_run(lead).bold = True
                for it in items:
                    p = m.add_paragraph(style="List Bullet")
                    p.paragraph_format.space_after = Pt(3)
                    p.add_run(it)
            else:
                r = m.paragraphs[0].add_run("Gemensamt: ")
                r.bold = True
                m.paragraphs[0].add_run(items)
        col_widths(t, (Cm(8.2), Cm(8.2)))
        doc.add_paragraph().paragraph_format.space_after = Pt(0)
        for text, _party in pr["after"]:
            doc.add_paragraph(text)

    # --- 5 Genomförande ------------------------------------------------------
    doc.add_paragraph("5 Genomförande och uppföljning", style="Heading 1")
    doc.add_paragraph("5.1 Ansvar och organisation", style="Heading 2")
    doc.add_paragraph(
        "Överenskommelsen leds av en gemensam styrgrupp med fyra representanter från vardera "
        "part. Styrgruppen sammanträder fyra gånger per år och bereder dagordningen till "
        "dialogforumen.")
    doc.add_paragraph(GENOMFORANDE[0][0] + " " + GENOMFORANDE[1][0])
    doc.add_paragraph(GENOMFORANDE[2][0])
    doc.add_paragraph("5.2 Uppföljning och revidering", style="Heading 2")
    doc.add_paragraph(UPPFOLJNING[0][0] + " Rapporten ska bygga både på regionens underlag och "
                      "på en enkät till de anslutna organisationerna.")
    doc.add_paragraph(UPPFOLJNING[1][0])
    doc.add_paragraph("5.3 Resurser", style="Heading 2")
    doc.add_paragraph(
        "Överenskommelsen påverkar inte nivån på regionens bidrag till civilsamhället, som "
        "beslutas i den årliga budgeten. " + RESURS[0])

    # contact box
    kt = doc.add_table(rows=2, cols=2)
    kt.style = doc.styles["Table Grid"]
    m = kt.rows[0].cells[0].merge(kt.rows[0].cells[1])
    m.paragraphs[0].add_run("Kontakt").bold = True
    shade(m, "E7EEF3")
    kt.rows[1].cells[0].text = ("Region Ulvmark\nSara Lindqvist, strateg civilsamhällesfrågor\n"
                                "sara.lindqvist@ulvmark.se, 0612-58 04 17")
    kt.rows[1].cells[1].text = ("Forum Civilsamhälle Ulvmark\nJohan Eriksson, samordnare\n"
                                "kansli@forumulvmark.se, 070-318 22 95")
    col_widths(kt, (Cm(8.2), Cm(8.2)))

    # --- 6 Beslut ------------------------------------------------------------
    h = doc.add_paragraph("6 Beslut och underskrifter", style="Heading 1")
    h.paragraph_format.page_break_before = True
    bt = doc.add_table(rows=1, cols=1)
    bt.style = doc.styles["Table Grid"]
    bc = bt.rows[0].cells[0]
    shade(bc, "F3F6F8")
    bc.paragraphs[0].add_run("Beslut").bold = True
    bc.add_paragraph(DECISION_SENTENCE)
    bc.add_paragraph("Forum Civilsamhälle Ulvmarks årsmöte ställde sig bakom överenskommelsen "
                     "2024-10-19.")
    bc.add_paragraph(VALIDITY_SENTENCE)
    bc.add_paragraph("Diarienummer: RS 2024/00318")
    doc.add_paragraph()
    doc.add_paragraph("Ulvsund den 10 december 2024")
    st = doc.add_table(rows=4, cols=2)
    sign = [("För Region Ulvmark", "För de idéburna organisationerna genom Forum Civilsamhälle "
                                   "Ulvmark"),
            ("", ""),
            ("………………………………………………", "………………………………………………"),
            ("Karin Åberg (S)\nRegionstyrelsens ordförande",
             "Mehmet Yilmaz\nOrdförande, Forum Civilsamhälle Ulvmark")]
    for row, (a, b) in zip(st.rows, sign):
        row.cells[0].text = a
        row.cells[1].text = b
    st.rows[0].cells[0].paragraphs[0].runs[0].bold = True
    st.rows[0].cells[1].paragraphs[0].runs[0].bold = True
    st.rows[1].height = Cm(1.4)
    col_widths(st, (Cm(8.2), Cm(8.2)))

    # --- Revision history ----------------------------------------------------
    doc.add_paragraph()
    doc.add_paragraph("Revisionshistorik", style="Heading 1")
    rt = doc.add_table(rows=1, cols=4)
    rt.style = doc.styles["Table Grid"]
    for cell, txt in zip(rt.rows[0].cells, ("Version", "Datum", "Ändring", "Beslutad av")):
        cell.text = ""
        cell.paragraphs[0].add_run(txt).bold = True
        shade(cell, "E7EEF3")
    repeat_header(rt.rows[0])
    revs = [
        ("1.0", "2016-04-26", "Första överenskommelsen antas", "Landstingsfullmäktige"),
        ("2.0", "2020-02-25", "Revidering; principen om mångfald förtydligad, nytt avsnitt om "
                              "uppföljning", "Regionfullmäktige"),
        ("2.1", "2021-09-14", "Redaktionella ändringar, nya kontaktuppgifter", "Regiondirektör"),
        ("3.0 remiss", "2024-05-13", "Remissversion till anslutna organisationer", "–"),
        ("3.0", "2024-11-26", "Reviderad överenskommelse för 2025–2028", "Regionfullmäktige"),
    ]
    for rv in revs:
        cells = rt.add_row().cells
        for c, v in zip(cells, rv):
            c.text = v
            c.paragraphs[0].runs[0].font.size = Pt(9)
    col_widths(rt, (Cm(2.2), Cm(2.6), Cm(8.0), Cm(3.6)))

    doc.save(os.path.join(HERE, FILE))


# --------------------------------------------------------------------------
# expected.json
# --------------------------------------------------------------------------
def commitments():
    out = []
    for pr in PRINCIPLES:
        for t in pr["region"]:
            out.append(dict(text=t, principle=pr["slug"], party="public"))
        for t in pr["org"]:
            out.append(dict(text=t, principle=pr["slug"], party="civil_society"))
        if pr["joint"]:
            lead, items = pr["joint"]
            for t in (items if lead else [items]):
                out.append(dict(text=t, principle=pr["slug"], party="joint"))
        for t, party in pr["after"]:
            out.append(dict(text=t, principle=pr["slug"], party=party))
    for t, party in GENOMFORANDE + UPPFOLJNING + [RESURS]:
        out.append(dict(text=t, principle=None, party=party))
    return out


P = {pr["slug"]: pr for pr in PRINCIPLES}

QUESTIONS = [
    dict(id="q1", question="Hur lång svarstid får vi när regionen skickar ut en remiss till "
                           "föreningarna?",
         language="sv", answerable=True,
         gold=[P["dialog"]["region"][1]],
         must_mention=["minst sex veckor"]),
    dict(id="q2", question="Nar far vi besked om regionens bidrag for nasta ar?",
         language="sv", answerable=True,
         gold=[P["langsiktighet"]["region"][1]],
         must_mention=["15 december"]),
    dict(id="q3", question="Who adopted the agreement with the non-profit organisations, and "
                           "when was it decided?",
         language="en", answerable=True,
         gold=[DECISION_SENTENCE],
         must_mention=["Regionfullmäktige", "2024-11-26"]),
    dict(id="q4", question="Får regionen ställa som villkor för bidrag att vår förening inte "
                           "kritiserar regionen offentligt?",
         language="sv", answerable=True,
         gold=[P["sjalvstandighet_och_oberoende"]["region"][1],
               P["sjalvstandighet_och_oberoende"]["region"][0]],
         must_mention=["inte ställa villkor", "opinionsbildning"]),
    dict(id="q5", question="Vad maste foreningen redovisa om hur bidraget fran regionen har "
                           "anvants?",
         language="sv", answerable=True,
         gold=[P["oppenhet_och_insyn"]["org"][0]],
         must_mention=["verksamhetsberättelse", "ekonomisk redovisning"]),
    dict(id="q6", question="Hur ofta ordnas dialogforum mellan regionen och civilsamhället, och "
                           "vem bestämmer vad som tas upp där?",
         language="sv", answerable=True,
         gold=[P["dialog"]["joint"][1][0], P["dialog"]["joint"][1][1]],
         must_mention=["minst två dialogforum per år", "dagordning"]),
    dict(id="q7", question="How long is the agreement valid?",
         language="en", answerable=True,
         gold=[VALIDITY_SENTENCE],
         must_mention=["2025-01-01", "2028-12-31"]),
    dict(id="q8", question="Vem följer upp överenskommelsen och när redovisas uppföljningen för "
                           "politikerna?",
         language="sv", answerable=True,
         gold=[UPPFOLJNING[0][0]],
         must_mention=["uppföljningsrapport", "senast i juni"]),
    dict(id="q9", question="Hur mycket kan en liten förening få i organisationsbidrag från "
                           "regionen per år?",
         language="sv", answerable=False, gold=[], must_mention=[]),
    dict(id="q10", question="Kan man fa ersattning for resor nar man ar med pa regionens "
                            "dialogforum?",
         language="sv", answerable=False, gold=[], must_mention=[]),
]

DESCRIPTION = (
    "A region's agreement with civil society written in Word (python-docx) the way a regional "
    "office would: a cover page with 'REGION ULVMARK', a Title-style heading, an italic subtitle "
    "and a two-column document-information table (Dokumenttyp, Fastställd av 'Regionfullmäktige "
    "2024-11-26, § 187', Diarienummer, Giltighetstid, Version …); a TOC field with cached 'TOC 1'/"
    "'TOC 2' entries and dot-leader page numbers (repeats the headings); Heading 1/Heading 2 with "
    "typed numbers ('4.1 Självständighet och oberoende' … '4.6 Mångfald', the six national "
    "principles only). Under each principle a short description paragraph (no commitments) and "
    "then a 2-column Table Grid table with a shaded, repeated header row 'Regionen åtar sig att:' "
    "| 'De idéburna organisationerna åtar sig att:' (in 4.5 and 4.6 the headers are 'Region "
    "Ulvmark ska:' | 'De idéburna organisationerna ska:'); each body cell holds 2–3 'List Bullet' "
    "paragraphs, each one commitment in infinitive form without 'att'. Two tables have a third "
    "row merged across both columns: in 4.2 a bold lead-in 'Gemensamt åtar sig parterna att:' "
    "with two bullets, in 4.4 a run-in bold 'Gemensamt: ' followed by a full sentence 'Parterna "
    "ska tillsammans verka för …'. Prose commitments follow two tables ('Därutöver kommer "
    "regionen att …' in 4.2, a joint 'Regionen och de idéburna organisationerna kommer "
    "gemensamt att …' in 4.6). Chapter 5 'Genomförande och uppföljning' has prose commitments "
    "with principle null (Regionstyrelsen ansvarar för …, Regionkansliet ska …, Forum "
    "Civilsamhälle Ulvmark ansvarar för …, Parterna ska varje år gemensamt …, kommer parterna "
    "att …, Regionen kommer att avsätta 450 000 kronor …), mixed into paragraphs with non-"
    "commitment sentences (a steering-group description, 'Rapporten ska bygga …' which is not a "
    "party commitment), and a two-column contact table. Chapter 2 'Syfte' has a bullet list after "
    "'Syftet med överenskommelsen är att' that is purpose, not commitments; chapter 1 contains "
    "'ska ses som en gemensam avsiktsförklaring' (not a commitment). Chapter 6 has a one-cell "
    "shaded decision box ('Regionfullmäktige i Region Ulvmark beslutade 2024-11-26, § 187 …', "
    "the civil-society annual meeting 2024-10-19, validity 2025-01-01–2028-12-31), a signing "
    "date 10 December 2024 and a borderless two-column signature table; then a revision-history "
    "table Version | Datum | Ändring | Beslutad av with earlier dates (2016, 2020, 2021, a 2024-05-13 "
    "remissversion). Header (pages 2–) is a table 'REGION ULVMARK / Regionkansliet' | document name "
    "and Dnr; footer has 'Sida {PAGE} av {NUMPAGES}' fields; a different first-page footer with "
    "the address. Decision date 2024-11-26, body regionfullmäktige.")


def expected():
    return {
        "file": FILE,
        "layout": FOLDER,
        "description": DESCRIPTION,
        "metadata": {
            "doc_id": os.path.splitext(FILE)[0],
            "title": TITLE,
            "place": "Ulvmark",
            "organisation": ORG,
            "kind": "överenskommelse",
            "date": DECISION_DATE,
            "body": "regionfullmäktige",
        },
        "commitments": commitments(),
        "questions": QUESTIONS,
    }


if __name__ == "__main__":
    build()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {FILE} and expected.json ({len(commitments())} commitments)")
