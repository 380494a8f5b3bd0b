#!/usr/bin/env python3
"""Generate region_solvberga_overenskommelse_civilsamhallet.docx and expected.json.

Region Sölvberga: a regional agreement with civil society written in Word with
ONE automatic outline list (numbering.xml, w:numPr on every numbered
paragraph; no number is typed in the text):

  level 0  "1", "2" …          chapters in style Heading 1
  level 1  "4.1", "4.2" …      principles (and 2.1, 2.2) in style Heading 2
  level 2  "4.1.1" …           party lead-ins "Regionen ska" /
                               "Civilsamhällets organisationer ska" /
                               "Regionen och civilsamhället ska tillsammans"
                               in style List Number 2 (a few List Paragraph)
  level 3  "a)", "b)" …        the commitments, lower-letter numbering from
                               numbering.xml, style List Paragraph (one block
                               pasted as Normal + numPr)

Some items run over two sentences; a few commitments are sentences in normal
paragraphs (one principle has no joint block, one has its joint commitment as
a sentence; the follow-up chapter has sentence commitments). A TOC field
whose cached result is stale (from an earlier draft: chapter 4 named
"Principer för samverkan", principle 4.7 missing) sits on the title page.
Header "Region Sölvberga <tab> Diarienummer RS 2024/0386", footer "Sida X av
Y" (fields). Decision: an unnumbered "Beslut" paragraph at the end,
"Regionfullmäktige beslutade den 12 juni 2024, § 88, …".

Run: python3 make.py   (needs python-docx; re-executes with the project venv)
"""
import datetime
import json
import os
import sys

try:
    import docx  # noqa: F401
except ImportError:  # fall back to the project venv which has python-docx
    venv = "/work/main/.venv/bin/python"
    if os.path.exists(venv) and not os.environ.get("MAKE_REEXEC"):
        os.environ["MAKE_REEXEC"] = "1"
        os.execv(venv, [venv] + sys.argv)
    raise

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = "c5_docx_outline_list"
FILE = "region_solvberga_overenskommelse_civilsamhallet.docx"
PUB, CS, JT = "public", "civil_society", "joint"
NUM_ID = 41          # the outline list (w:num)
ABS_ID = 27          # its w:abstractNum

TITLE = ("Överenskommelse om samverkan mellan Region Sölvberga och "
         "civilsamhällets organisationer i Sölvberga län")

LEAD_PUB = "Regionen ska"
LEAD_CS = "Civilsamhällets organisationer ska"
LEAD_JT = "Regionen och civilsamhället ska tillsammans"

# ---------------------------------------------------------------- content
# ("h1", text) / ("h2", text, slug) numbered headings
# ("p", text) normal paragraph, not a commitment
# ("cp", text, party) normal paragraph that is a commitment sentence
# ("block", lead, party, [items], opts) level-2 lead-in + level-3 items
BODY = [
    ("h1", "Inledning"),
    ("p", "Region Sölvberga och civilsamhällets organisationer i länet har en lång tradition av samarbete "
          "inom folkhälsa, kultur, regional utveckling och hälso- och sjukvård. Samarbetet har hittills "
          "byggt på enskilda avtal, projekt och bidrag men har saknat gemensamma utgångspunkter."),
    ("p", "Med den här överenskommelsen vill parterna ge samverkan en tydligare form. Överenskommelsen "
          "beskriver vilka principer som ska gälla och vad parterna åtar sig, var för sig och tillsammans."),
    ("p", "Överenskommelsen är inte juridiskt bindande. Den är en gemensam avsiktsförklaring som bygger på "
          "frivillighet och ömsesidigt förtroende, och den ersätter inte de avtal och bidragsbeslut som "
          "redan gäller mellan regionen och enskilda organisationer."),
    ("h1", "Bakgrund"),
    ("h2", "Den nationella överenskommelsen", None),
    ("p", "År 2008 tecknade regeringen, dåvarande Sveriges Kommuner och Landsting och idéburna "
          "organisationer inom det sociala området en nationell överenskommelse. Den bygger på sex "
          "principer: självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn "
          "samt mångfald. Sedan dess har många kommuner och regioner tagit fram lokala och regionala "
          "överenskommelser med den nationella som förebild."),
    ("h2", "Arbetet i Sölvberga län", None),
    ("p", "Arbetet med en regional överenskommelse inleddes hösten 2022 på initiativ av Forum för idéburen "
          "sektor i Sölvberga och länets bildningsförbund. En arbetsgrupp med sju representanter för "
          "civilsamhället och fem tjänstepersoner från regionen har tagit fram förslaget."),
    ("p", "Under våren 2023 hölls dialogmöten i sex av länets kommuner, och drygt 200 personer deltog. "
          "Förslaget var därefter på remiss till länets organisationer mellan den 1 november 2023 och den "
          "31 januari 2024. Det kom in 46 remissvar."),
    ("p", "Många remissinstanser framförde att överenskommelsen också borde handla om civilsamhällets "
          "bidrag till en hållbar utveckling i hela länet. Parterna har därför lagt till en sjunde princip, "
          "samhällsutveckling."),
    ("h1", "Syfte och parter"),
    ("p", "Syftet med överenskommelsen är att stärka civilsamhällets roll som röstbärare och utförare av "
          "verksamhet, att skapa bättre förutsättningar för samverkan och att bidra till ett socialt "
          "hållbart Sölvberga län."),
    ("p", "Överenskommelsen ingås mellan Region Sölvberga, nedan kallad regionen, och de idéburna "
          "organisationer i länet som ansluter sig till den, nedan kallade civilsamhällets organisationer. "
          "Med civilsamhällets organisationer avses föreningar, stiftelser, trossamfund och andra "
          "sammanslutningar som är självständiga från det offentliga och som inte har vinstsyfte."),
    ("p", "För regionens del omfattar överenskommelsen samtliga nämnder och förvaltningar samt de helägda "
          "regionala bolagen."),
    ("h1", "Principer och åtaganden"),
    ("p", "Överenskommelsen bygger på de sex principerna i den nationella överenskommelsen och på principen "
          "om samhällsutveckling. Under varje princip beskrivs först vad principen innebär. Därefter anges "
          "vad regionen ska göra, vad civilsamhällets organisationer ska göra och vad parterna ska göra "
          "tillsammans."),

    ("h2", "Självständighet och oberoende", "sjalvstandighet_och_oberoende"),
    ("p", "Civilsamhällets organisationer har en självständig roll som röstbärare, opinionsbildare och "
          "utförare av verksamhet. Organisationernas oberoende ska respekteras även när de får ekonomiskt "
          "stöd från regionen eller utför verksamhet på regionens uppdrag."),
    ("block", LEAD_PUB, PUB, [
        "respektera organisationernas rätt att själva bestämma över sina mål, sin organisation och sina "
        "arbetssätt",
        "utforma bidragsvillkor så att de inte begränsar organisationernas möjlighet att granska och "
        "kritisera regionens verksamhet",
        "inte ställa krav på ändringar i en organisations stadgar som villkor för bidrag, utöver vad som "
        "följer av lag",
    ], {}),
    ("block", LEAD_CS, CS, [
        "tydligt skilja mellan sin roll som röstbärare och sin roll som utförare av verksamhet på uppdrag "
        "av regionen",
        "självständigt företräda sina medlemmar och målgrupper i kontakter med regionen",
    ], {}),
    ("block", LEAD_JT, JT, [
        "verka för att organisationernas oberoende inte påverkas av ekonomiska beroenden. Parterna ska "
        "särskilt uppmärksamma detta när en organisation får en stor del av sina intäkter från regionen.",
    ], {}),

    ("h2", "Dialog", "dialog"),
    ("p", "Dialogen mellan parterna ska präglas av ömsesidig respekt och ske i ett tidigt skede, innan beslut "
          "fattas. Den förs både i regionens ordinarie beredning och i särskilda samverkansforum."),
    ("block", LEAD_PUB, PUB, [
        "bjuda in civilsamhällets organisationer till dialog i ett tidigt skede i frågor som berör dem",
        "ge organisationerna minst sex veckor att svara på remisser. Vid kortare svarstid ska regionen "
        "förklara varför.",
        "utse en kontaktperson för civilsamhällesfrågor vid regionledningsförvaltningen",
        "ersätta ideellt engagerade för resekostnader och förlorad arbetsinkomst när de deltar i regionens "
        "samråd",
    ], {}),
    ("block", LEAD_CS, CS, [
        "förankra sina synpunkter hos medlemmar och målgrupper inför dialogen med regionen",
        "utse representanter till det regionala samverkansrådet och se till att de har mandat att företräda "
        "organisationerna",
    ], {"lead_style": "List Paragraph"}),
    ("block", LEAD_JT, JT, [
        "inrätta ett regionalt samverkansråd som sammanträder minst fyra gånger per år",
        "genomföra ett årligt dialogforum dit alla anslutna organisationer bjuds in",
    ], {}),

    ("h2", "Kvalitet", "kvalitet"),
    ("p", "Kvalitet i samverkan handlar om att verksamheten utgår från invånarnas behov. Civilsamhällets "
          "organisationer bidrar med kunskap och erfarenheter som kompletterar regionens egen verksamhet, "
          "inte minst när det gäller grupper som regionen har svårt att nå."),
    ("block", LEAD_PUB, PUB, [
        "ta tillvara civilsamhällets kunskap i arbetet med att utveckla hälso- och sjukvården, kulturen och "
        "den regionala utvecklingen",
        "erbjuda organisationerna plats i regionens utbildningar om bland annat suicidprevention, våld i "
        "nära relationer och psykisk hälsa när det finns utrymme",
    ], {}),
    ("block", LEAD_CS, CS, [
        "följa upp och redovisa resultaten av verksamhet som får stöd från regionen",
        "se till att ideella och anställda som möter barn och personer i utsatta situationer har den "
        "kunskap som uppdraget kräver",
    ], {}),
    ("block", LEAD_JT, JT, [
        "utveckla enkla och gemensamma former för uppföljning av samverkan. Uppföljningen ska inte vara mer "
        "omfattande än vad som står i proportion till stödets storlek.",
    ], {}),

    ("h2", "Långsiktighet", "langsiktighet"),
    ("p", "Långsiktiga och förutsebara villkor är en förutsättning för att organisationerna ska kunna planera "
          "sin verksamhet, behålla kompetens och engagera ideella."),
    ("block", LEAD_PUB, PUB, [
        "i första hand ge verksamhetsbidrag och fleråriga bidrag framför kortsiktiga projektbidrag",
        "fatta beslut om bidrag för kommande år senast den 15 december",
        "pröva om idéburet offentligt partnerskap är en lämplig samverkansform när regionen vill stödja en "
        "verksamhet som organisationerna själva har tagit initiativ till",
    ], {}),
    ("block", LEAD_CS, CS, [
        "planera sin verksamhet så att den inte bygger på att ett enskilt projektbidrag förnyas",
        "i god tid informera regionen om en verksamhet som får stöd riskerar att upphöra",
    ], {}),
    ("cp", "Om regionen förändrar sina bidragsregler på ett sätt som påverkar organisationernas ekonomi ska "
           "regionen informera om förändringen minst ett år innan den börjar gälla.", PUB),

    ("h2", "Öppenhet och insyn", "oppenhet_och_insyn"),
    ("p", "Öppenhet och insyn skapar förtroende mellan parterna och gentemot länets invånare. Information "
          "om samverkan behöver vara lätt att hitta och lätt att förstå."),
    ("block", LEAD_PUB, PUB, [
        "samla information om bidrag, ansökningstider och kontaktpersoner på en gemensam sida på regionens "
        "webbplats",
        "varje år redovisa vilka organisationer som har fått bidrag från regionen och med vilka belopp",
        "motivera sina beslut om bidrag. Ett avslag ska alltid förklaras skriftligt om organisationen "
        "begär det.",
    ], {}),
    ("block", LEAD_CS + ":", CS, [
        "ge regionen insyn i hur bidrag och ersättningar har använts",
        "hålla stadgar, verksamhetsberättelser och årsredovisningar tillgängliga för regionen och "
        "allmänheten",
    ], {"lead_style": "List Paragraph"}),
    ("cp", "Parterna ska gemensamt respektera de regler om sekretess och behandling av personuppgifter som "
           "gäller för respektive part.", JT),

    ("h2", "Mångfald", "mangfald"),
    ("p", "Civilsamhället i Sölvberga län består av allt från små byalag och idrottsföreningar till stora "
          "riksorganisationer och trossamfund. Mångfalden är en tillgång för hela länet."),
    ("block", LEAD_PUB, PUB, [
        "utforma bidragsformer och samrådsformer så att även små organisationer och organisationer utan "
        "anställda kan delta",
        "erbjuda tolkning och information på lättläst svenska vid regionens dialogmöten när det behövs",
        "ta särskild hänsyn till organisationer i länets glesbygd vid fördelning av stöd",
    ], {"item_style": "Normal"}),
    ("block", LEAD_CS, CS, [
        "verka för att verksamheten är öppen och tillgänglig för alla oavsett kön, ålder, funktionsförmåga, "
        "etnisk tillhörighet, religion, sexuell läggning eller bakgrund",
        "bidra till att fler grupper i länet får möjlighet att delta i dialogen med regionen",
    ], {}),
    ("block", LEAD_JT, JT, [
        "aktivt söka upp organisationer som i dag inte deltar i samverkan, bland annat nybildade föreningar "
        "och organisationer som samlar nyanlända",
    ], {}),

    ("h2", "Samhällsutveckling", "samhallsutveckling"),
    ("p", "Principen om samhällsutveckling har lagts till efter remissen. Den utgår från att civilsamhället "
          "är en viktig kraft för demokrati, folkhälsa och hållbar utveckling i hela länet, i städerna såväl "
          "som på landsbygden."),
    ("block", LEAD_PUB, PUB, [
        "involvera civilsamhällets organisationer i arbetet med den regionala utvecklingsstrategin",
        "ge organisationerna möjlighet att delta i regionens arbete med krisberedskap och civilt försvar. "
        "Regionen ska också ge stöd till utbildning av frivilliga för det arbetet.",
    ], {}),
    ("block", LEAD_CS, CS, [
        "bidra med sina erfarenheter av invånarnas behov i arbetet med regionala strategier och program",
    ], {}),
    ("block", LEAD_JT, JT, [
        "ta fram en gemensam handlingsplan för samverkan under den första avtalsperioden",
        "pröva nya former för samverkan inom folkhälsa, integration och landsbygdsutveckling",
    ], {}),

    ("h1", "Uppföljning"),
    ("p", "Överenskommelsen följs upp årligen i samverkansrådet. Uppföljningen sammanfattas i en årsrapport "
          "som lämnas till regionstyrelsen och till Forum för idéburen sektor i Sölvberga senast den 31 mars "
          "året efter."),
    ("cp", "Regionen ansvarar för att kalla till samverkansrådets möten och för rådets sekretariat.", PUB),
    ("cp", "Parterna ska gemensamt utvärdera överenskommelsen under 2027 och därefter ta ställning till om "
           "den behöver revideras.", JT),
    ("h1", "Giltighetstid och anslutning"),
    ("p", "Överenskommelsen gäller från och med den 1 juli 2024 till och med den 31 december 2028."),
    ("p", "En organisation ansluter sig till överenskommelsen genom att dess styrelse fattar beslut om det och "
          "anmäler anslutningen till regionen. En förteckning över anslutna organisationer finns på "
          "regionens webbplats."),
    ("p", "Frågor om hur överenskommelsen ska tolkas tas i första hand upp i samverkansrådet."),
]

DECISION = ("Regionfullmäktige beslutade den 12 juni 2024, § 88, att anta överenskommelsen. "
            "Styrelsen för Forum för idéburen sektor i Sölvberga godkände överenskommelsen den 23 april 2024.")

# stale cached result of the TOC field (an earlier draft)
STALE_TOC = [
    (1, "1", "Inledning", 2), (1, "2", "Bakgrund", 2), (2, "2.1", "Den nationella överenskommelsen", 2),
    (2, "2.2", "Arbetet i Sölvberga län", 2), (1, "3", "Syfte och parter", 3),
    (1, "4", "Principer för samverkan", 3), (2, "4.1", "Självständighet och oberoende", 3),
    (2, "4.2", "Dialog", 4), (2, "4.3", "Kvalitet", 4), (2, "4.4", "Långsiktighet", 5),
    (2, "4.5", "Öppenhet och insyn", 5), (2, "4.6", "Mångfald", 6), (1, "5", "Uppföljning", 6),
    (1, "6", "Giltighetstid", 7),
]


# ---------------------------------------------------------------- helpers
def add_numbering(doc):
    """One multilevel (outline) list: 1 / 1.1 / 1.1.1 / a)."""
    numbering = doc.part.numbering_part.element
    lvls = [
        (0, "decimal", "%1", 432, 432),
        (1, "decimal", "%1.%2", 576, 576),
        (2, "decimal", "%1.%2.%3", 1304, 737),
        (3, "lowerLetter", "%4)", 1701, 397),
        (4, "decimal", "%1.%2.%3.%4.%5", 2268, 567),
        (5, "decimal", "%1.%2.%3.%4.%5.%6", 2552, 567),
        (6, "decimal", "%1.%2.%3.%4.%5.%6.%7", 2835, 567),
        (7, "decimal", "%1.%2.%3.%4.%5.%6.%7.%8", 3119, 567),
        (8, "decimal", "%1.%2.%3.%4.%5.%6.%7.%8.%9", 3402, 567),
    ]
    xml = (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABS_ID}">'
           '<w:nsid w:val="5A3C17E2"/><w:multiLevelType w:val="multilevel"/>'
           '<w:tmpl w:val="9C8A4D1E"/>')
    for ilvl, fmt, text, left, hang in lvls:
        xml += (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr></w:lvl>')
    xml += "</w:abstractNum>"
    absnum = parse_xml(xml)
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(absnum)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABS_ID}"/></w:num>')
    numbering.append(num)


def set_num(paragraph, ilvl):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()          # python-docx keeps the schema order
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = NUM_ID


def add_field(paragraph, instr, placeholder="1", size=None):
    def run_with(el):
        r = OxmlElement("w:r")
        if size:
            rPr = OxmlElement("w:rPr")
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), str(int(size * 2)))
            rPr.append(sz)
            r.append(rPr)
        r.append(el)
        paragraph._p.append(r)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); run_with(b)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; run_with(it)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); run_with(s)
    t = OxmlElement("w:t"); t.text = placeholder; run_with(t)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); run_with(e)


def fld_run(paragraph, kind, instr=None):
    r = paragraph.add_run()
    if kind == "instr":
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r._r.append(it)
    else:
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r._r.append(fc)
    return r


def set_lang(doc):
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "sv-SE")
    lang.set(qn("w:eastAsia"), "en-US")
    lang.set(qn("w:bidi"), "ar-SA")


def style_doc(doc):
    st = doc.styles
    normal = st["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name, size, before in (("Heading 1", 15, 18), ("Heading 2", 12.5, 12)):
        h = st[name]
        h.font.name = "Arial"
        h.font.size = Pt(size)
        h.font.bold = True
        h.font.color.rgb = RGBColor(0x1F, 0x4E, 0x5F)
        h.paragraph_format.space_before = Pt(before)
        h.paragraph_format.space_after = Pt(6)
    for name in ("List Number 2", "List Paragraph"):
        s = st[name]
        s.font.name = "Arial"
        s.paragraph_format.space_after = Pt(3)
    st["Title"].font.name = "Arial"
    st["Title"].font.size = Pt(24)
    st["Title"].font.color.rgb = RGBColor(0x1F, 0x4E, 0x5F)
    for lvl, indent, numtab in ((1, 0, 0.8), (2, 0.5, 1.6)):
        s = st.add_style(f"toc {lvl}", WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = normal
        s.paragraph_format.left_indent = Cm(indent)
        s.paragraph_format.space_after = Pt(2)
        s.paragraph_format.tab_stops.add_tab_stop(Cm(numtab), WD_TAB_ALIGNMENT.LEFT)
        s.paragraph_format.tab_stops.add_tab_stop(Cm(15.9), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)


def header_footer(doc):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Region Sölvberga")
    r.bold = True
    r.font.size = Pt(11)
    r = hp.add_run("\tDiarienummer RS 2024/0386")
    r.font.size = Pt(9)
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("Regionledningsförvaltningen")
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Sida ")
    r.font.size = Pt(9)
    add_field(fp, "PAGE", "1", size=9)
    r = fp.add_run(" av ")
    r.font.size = Pt(9)
    add_field(fp, "NUMPAGES", "7", size=9)


def toc(doc):
    p = doc.add_paragraph("Innehåll", style="TOC Heading")
    first = True
    for i, (lvl, num, text, page) in enumerate(STALE_TOC):
        q = doc.add_paragraph(style=f"toc {lvl}")
        if first:
            fld_run(q, "begin")
            fld_run(q, "instr", ' TOC \\o "1-2" \\h \\z \\u ')
            fld_run(q, "separate")
            first = False
        q.add_run(f"{num}\t{text}\t{page}")
        if i == len(STALE_TOC) - 1:
            fld_run(q, "end")
    return p


# ---------------------------------------------------------------- build
def build():
    doc = Document()
    set_lang(doc)
    style_doc(doc)
    add_numbering(doc)
    header_footer(doc)
    cp = doc.core_properties
    cp.title = TITLE
    cp.author = "Regionledningsförvaltningen, Region Sölvberga"
    cp.language = "sv-SE"
    cp.created = datetime.datetime(2024, 5, 14, 9, 12)
    cp.modified = datetime.datetime(2024, 6, 17, 14, 3)

    doc.add_paragraph(TITLE, style="Title")
    sub = doc.add_paragraph()
    r = sub.add_run("Regional överenskommelse 2024–2028")
    r.font.size = Pt(14)
    r.italic = True
    sub.paragraph_format.space_after = Pt(24)
    toc(doc)
    pb = doc.add_paragraph()
    pb.add_run().add_break(WD_BREAK.PAGE)

    for blk in BODY:
        kind = blk[0]
        if kind == "h1":
            p = doc.add_paragraph(blk[1], style="Heading 1")
            set_num(p, 0)
        elif kind == "h2":
            p = doc.add_paragraph(blk[1], style="Heading 2")
            set_num(p, 1)
        elif kind in ("p", "cp"):
            doc.add_paragraph(blk[1])
        elif kind == "block":
            _, lead, party, items, opts = blk
            lp = doc.add_paragraph(style=opts.get("lead_style", "List Number 2"))
            lp.add_run(lead).bold = True
            lp.paragraph_format.keep_with_next = True
            lp.paragraph_format.space_before = Pt(6)
            set_num(lp, 2)
            for it in items:
                ip = doc.add_paragraph(it, style=opts.get("item_style", "List Paragraph"))
                set_num(ip, 3)
                if opts.get("item_style") == "Normal":
                    ip.paragraph_format.space_after = Pt(2)

    bp = doc.add_paragraph()
    bp.paragraph_format.space_before = Pt(18)
    bp.paragraph_format.keep_with_next = True
    br = bp.add_run("Beslut")
    br.bold = True
    br.font.size = Pt(12)
    doc.add_paragraph(DECISION)
    lp = doc.add_paragraph()
    r = lp.add_run("Dokumentansvarig: Regionledningsförvaltningen, enheten för demokrati och civilsamhälle. "
                   "Överenskommelsen ses över senast 2028.")
    r.italic = True
    r.font.size = Pt(9)
    doc.save(os.path.join(HERE, FILE))


# ---------------------------------------------------------------- expected
def commitments():
    out, principle = [], None
    for blk in BODY:
        kind = blk[0]
        if kind == "h1":
            principle = None
        elif kind == "h2":
            principle = blk[2]
        elif kind == "cp":
            out.append({"text": blk[1], "principle": principle, "party": blk[2]})
        elif kind == "block":
            for it in blk[3]:
                out.append({"text": it, "principle": principle, "party": blk[2]})
    return out


def items(lead, principle):
    cur = None
    for blk in BODY:
        if blk[0] == "h2":
            cur = blk[2]
        if blk[0] == "block" and cur == principle and blk[1].rstrip(":") == lead:
            return list(blk[3])
    raise KeyError((lead, principle))


def find(prefix):
    hits = [c["text"] for c in commitments() if c["text"].startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]


def questions():
    q = []

    def add(question, lang, gold, must):
        q.append({"id": f"{LAYOUT}-q{len(q) + 1}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": must})

    add("Vad åtar sig regionen under principen om kvalitet?", "sv",
        items(LEAD_PUB, "kvalitet"), ["civilsamhällets kunskap", "utbildningar"])
    add("Vilket organ beslutade om överenskommelsen och när?", "sv",
        ["Regionfullmäktige beslutade den 12 juni 2024, § 88, att anta överenskommelsen."],
        ["Regionfullmäktige", "12 juni 2024"])
    add("Får en förening som får bidrag från regionen ändå kritisera regionen?", "sv",
        ["Organisationernas oberoende ska respekteras även när de får ekonomiskt stöd från regionen eller "
         "utför verksamhet på regionens uppdrag.",
         find("utforma bidragsvillkor")],
        ["granska och kritisera"])
    add("hur lang tid har foreningarna pa sig att svara pa en remiss fran regionen", "sv",
        [find("ge organisationerna minst sex veckor")], ["minst sex veckor"])
    add("How often will the regional cooperation council meet?", "en",
        [find("inrätta ett regionalt samverkansråd")], ["minst fyra gånger per år"])
    add("Vilka åtaganden har civilsamhällets organisationer när det gäller mångfald?", "sv",
        items(LEAD_CS, "mangfald"), ["öppen och tillgänglig för alla", "delta i dialogen"])
    add("nar far vi besked om bidrag for nasta ar", "sv",
        [find("fatta beslut om bidrag för kommande år")], ["15 december"])
    add("Vad ska regionen göra om den ändrar sina bidragsregler?", "sv",
        [find("Om regionen förändrar sina bidragsregler")], ["minst ett år"])
    add("Hur mycket pengar fördelar regionen totalt i bidrag till civilsamhället varje år?", "sv", [], [])
    add("Can our association borrow meeting rooms in the region's buildings for free?", "en", [], [])
    return q


def main():
    build()
    exp = {
        "file": FILE,
        "layout": LAYOUT,
        "description": (
            "Regional agreement (Region Sölvberga, 'regionen') written in Word with ONE automatic outline "
            "list from numbering.xml (w:numPr on the paragraphs, no numbers in the text): chapters 'Heading 1' "
            "numbered 1–6 (level 0), principles and sub-chapters 'Heading 2' numbered 4.1–4.7 / 2.1–2.2 "
            "(level 1); under each principle a prose description, then party lead-ins at level 2 ('4.1.1') "
            "in style 'List Number 2' (two in 'List Paragraph'), bold, mostly without colon (one with): "
            "'Regionen ska', 'Civilsamhällets organisationer ska', 'Regionen och civilsamhället ska "
            "tillsammans'; the commitments as level-3 items lettered 'a)', 'b)' by numbering.xml (style "
            "'List Paragraph'; one block 'Normal' + numPr), some items of two sentences. Långsiktighet has "
            "no joint block but a public commitment sentence in a normal paragraph; Öppenhet och insyn has "
            "its joint commitment as a 'Parterna ska gemensamt' sentence; the follow-up chapter has two "
            "sentence commitments. Title page with an unupdated TOC field whose cached entries come from an "
            "earlier draft (typed numbers, 'Principer för samverkan', no 4.7). Header 'Region Sölvberga' + "
            "'Diarienummer RS 2024/0386', footer 'Sida X av Y' fields; unnumbered bold 'Beslut' paragraph "
            "at the end ('Regionfullmäktige beslutade den 12 juni 2024, § 88, …', plus the civil-society "
            "forum's approval 23 april 2024)."),
        "metadata": {
            "doc_id": "region_solvberga_overenskommelse",
            "title": TITLE,
            "place": "Sölvberga",
            "organisation": "Region Sölvberga",
            "kind": "överenskommelse",
            "date": "2024-06-12",
            "body": "regionfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {FILE}: {len(exp['commitments'])} commitments, {len(exp['questions'])} questions")


if __name__ == "__main__":
    main()
