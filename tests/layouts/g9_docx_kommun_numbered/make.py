#!/usr/bin/env python3
"""Generate g9_docx_kommun_numbered: a Word (.docx) överenskommelse between the
fictional Granvikens kommun and the idéburna organisationerna, plus expected.json.

Needs python-docx (e.g. /work/main/.venv/bin/python make.py).
"""
import copy
import json
import os
import datetime

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = "g9_docx_kommun_numbered"
DOC_ID = "granvikens_kommun_overenskommelse_ideburen_sektor_2024_2027"
FILE = DOC_ID + ".docx"

COMMITMENTS = []


def C(text, principle, party):
    """Register a commitment and return its text (so the text in the document
    and in expected.json is the very same string)."""
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


# ---------------------------------------------------------------------------
# helpers for python-docx
# ---------------------------------------------------------------------------

def add_field(run, instr):
    """Append a simple complex field (PAGE, NUMPAGES ...) to a run."""
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def fld_char(paragraph, kind, instr=None):
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), kind)
    r._r.append(fc)
    if instr:
        r2 = paragraph.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._r.append(it)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def box_borders(table, color="1F5C7A", size="12"):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), size)
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


class Numbering:
    """Give every "List Number" list its own w:num so numbering restarts at 1
    after each lead-in, the way Word does when you 'restart at 1'."""

    def __init__(self, doc):
        self.doc = doc
        self.numbering = doc.part.numbering_part.element
        style = doc.styles["List Number"]
        numPr = style.element.pPr.find(qn("w:numPr"))
        base_num_id = numPr.find(qn("w:numId")).get(qn("w:val"))
        self.abstract_id = None
        for num in self.numbering.findall(qn("w:num")):
            if num.get(qn("w:numId")) == base_num_id:
                self.abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        ids = [int(n.get(qn("w:numId"))) for n in self.numbering.findall(qn("w:num"))]
        self.next_id = max(ids) + 1

    def new_list(self):
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(self.next_id))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), self.abstract_id)
        num.append(an)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        self.numbering.append(num)
        self.next_id += 1
        return self.next_id - 1

    @staticmethod
    def apply(paragraph, num_id):
        pPr = paragraph._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(num_id))
        numPr.append(il)
        numPr.append(ni)
        pPr.append(numPr)


# ---------------------------------------------------------------------------
# content
# ---------------------------------------------------------------------------

P_SJ = "sjalvstandighet_och_oberoende"
P_DI = "dialog"
P_KV = "kvalitet"
P_LA = "langsiktighet"
P_OP = "oppenhet_och_insyn"
P_MA = "mangfald"
P_BR = "barnrattsperspektiv"

KOM = "Kommunen åtar sig att:"
IDE = "De idéburna organisationerna åtar sig att:"

# Body of the agreement as blocks: (kind, payload)
BODY = [
    ("h1", "1 Inledning"),
    ("p", "Granvikens kommun och de idéburna organisationerna i kommunen har en lång tradition av "
          "samarbete. Idrottsföreningar, studieförbund, trossamfund, sociala föreningar, "
          "hembygdsföreningar och kulturföreningar bidrar varje dag till att Granviken är en plats där "
          "människor vill bo, leva och verka. Föreningslivet skapar mötesplatser, ger röst åt grupper "
          "som annars sällan hörs och fångar upp behov som kommunen inte alltid ser."),
    ("p", "Den första lokala överenskommelsen antogs av kommunfullmäktige 2016 och reviderades 2019. "
          "Denna version har tagits fram av en gemensam arbetsgrupp med representanter för kommunen "
          "och föreningslivet under våren 2023, bland annat genom tre öppna dialogmöten i Folkets hus "
          "i Granviken, i Strömsnäs bygdegård och digitalt. Drygt 70 organisationer har deltagit i "
          "arbetet eller lämnat synpunkter."),
    ("h2", "1.1 Syfte"),
    ("p", "Syftet med överenskommelsen är att stärka samverkan mellan kommunen och de idéburna "
          "organisationerna, tydliggöra parternas roller och skapa goda förutsättningar för ett "
          "självständigt och livskraftigt civilsamhälle i hela kommunen."),
    ("p", "Överenskommelsen ska också göra det lättare för den enskilda föreningen att veta vad den "
          "kan förvänta sig av kommunen och vad kommunen förväntar sig av föreningen."),
    ("h2", "1.2 Parter och avgränsning"),
    ("p", "Överenskommelsen omfattar Granvikens kommuns samtliga nämnder och förvaltningar. "
          "Kommunens helägda bolag uppmanas att tillämpa överenskommelsen i tillämpliga delar."),
    ("p", "Med idéburna organisationer avses i denna överenskommelse organisationer som har "
          "demokratisk grund eller ett allmännyttigt syfte och som inte har vinstsyfte, till exempel "
          "ideella föreningar, stiftelser, trossamfund och sociala företag som återinvesterar sitt "
          "överskott i verksamheten. Politiska partier omfattas inte."),
    ("p", "Överenskommelsen är en avsiktsförklaring och inte ett juridiskt bindande avtal. Den "
          "ersätter inte regler för föreningsbidrag, upphandling eller lokalbokning, men ska vara "
          "vägledande när sådana regler tas fram eller ses över."),
    ("h1", "2 Utgångspunkter"),
    ("p", "Överenskommelsen utgår från den nationella överenskommelsen mellan regeringen, Sveriges "
          "Kommuner och Regioner och idéburna organisationer inom det sociala området från 2008. "
          "Den tar också stöd i kommunens vision Granviken 2035 – tillsammans växer vi, i "
          "kommunens program för social hållbarhet och i FN:s Agenda 2030."),
    ("p", "Kommunen har flera roller i förhållande till föreningslivet: som bidragsgivare, "
          "hyresvärd, myndighet, uppdragsgivare och samarbetspartner. De idéburna organisationerna "
          "kan vara röstbärare, opinionsbildare, utförare av tjänster och arenor för engagemang. "
          "Rollerna kan skifta över tid och mellan olika delar av verksamheten."),
    ("h1", "3 Principer"),
    ("p", "Överenskommelsen vilar på de sex principer som ligger till grund för den nationella "
          "överenskommelsen: självständighet och oberoende, dialog, kvalitet, långsiktighet, "
          "öppenhet och insyn samt mångfald."),
    ("p", "Parterna har därtill valt att lägga till en sjunde princip om barnrättsperspektiv."),
    ("p", "Under varje princip beskrivs först vad principen innebär i Granviken och därefter vilka "
          "åtaganden kommunen respektive de idéburna organisationerna gör."),

    # 3.1 ----------------------------------------------------------------
    ("h2", "3.1 Självständighet och oberoende"),
    ("p", "De idéburna organisationerna har rätt att själva bestämma över sin verksamhet, sina mål "
          "och sin inriktning. Rollen som röstbärare och opinionsbildare är central, även när "
          "organisationen samtidigt får stöd från eller utför uppdrag åt kommunen."),
    ("lead", KOM),
    ("num", [
        C("respektera de idéburna organisationernas rätt att kritisera kommunens beslut och "
          "prioriteringar, även när organisationen tar emot föreningsbidrag eller har ett avtal med "
          "kommunen", P_SJ, "public"),
        C("inte ställa krav i samband med bidrag eller avtal som påverkar organisationens stadgar, "
          "inre arbete eller värdegrund utöver vad lagstiftningen kräver", P_SJ, "public"),
    ]),
    ("lead", IDE),
    ("bul", [
        C("tydligt skilja mellan rollen som opinionsbildare och rollen som utförare i de fall "
          "organisationen har ett uppdrag från kommunen", P_SJ, "civil_society"),
        C("självständigt ansvara för sin verksamhet, sin ekonomi och sina ställningstaganden",
          P_SJ, "civil_society"),
    ]),

    # 3.2 ----------------------------------------------------------------
    ("h2", "3.2 Dialog"),
    ("p", "En öppen och återkommande dialog är grunden för ett förtroendefullt samarbete. Dialogen "
          "behöver föras både på övergripande nivå och i vardagen, mellan enskilda förvaltningar och "
          "föreningar."),
    ("p", C("Kommunen ska bjuda in de idéburna organisationerna till dialog i ett tidigt skede när "
            "beslut som berör dem eller deras målgrupper bereds.", P_DI, "public") + " "
          + C("Kommunen ska också se till att remisstider är rimliga, normalt minst sex veckor, så att "
              "organisationerna hinner förankra sina synpunkter hos medlemmarna.", P_DI, "public")),
    ("lead", IDE),
    ("bul", [
        C("förankra sina synpunkter i den egna organisationen och lämna dem inom överenskommen tid",
          P_DI, "civil_society"),
        C("utse kontaktpersoner som kommunen kan vända sig till i frågor som rör överenskommelsen",
          P_DI, "civil_society"),
    ]),
    ("p", C("Kommunen och de idéburna organisationerna ska gemensamt genomföra minst ett öppet "
            "dialogforum per år där alla idéburna organisationer i Granviken är välkomna.",
            P_DI, "joint")),

    # 3.3 ----------------------------------------------------------------
    ("h2", "3.3 Kvalitet"),
    ("p", "Kvalitet handlar om att verksamheten utgår från de behov som finns hos de människor den "
          "riktar sig till. De idéburna organisationernas kvalitet bygger ofta på engagemang, "
          "delaktighet och nära kontakt med målgruppen, vilket inte alltid fångas av traditionella "
          "mått och nyckeltal."),
    ("lead", KOM),
    ("num", [
        C("i dialog med berörda organisationer ta fram former för uppföljning som är anpassade till "
          "verksamhetens storlek och karaktär", P_KV, "public"),
        C("erbjuda utbildning i bland annat bidragsansökan, projektredovisning och upphandling via "
          "kommunens föreningsservice", P_KV, "public"),
    ]),
    ("lead", IDE),
    ("bul", [
        C("redovisa hur beviljade bidrag har använts och vilka resultat verksamheten har gett",
          P_KV, "civil_society"),
        C("arbeta med att utveckla kvaliteten i sin verksamhet, till exempel genom utbildning av "
          "ledare och volontärer", P_KV, "civil_society"),
    ]),

    # 3.4 ----------------------------------------------------------------
    ("h2", "3.4 Långsiktighet"),
    ("p", "Många idéburna organisationer bygger sin verksamhet på ideella insatser och behöver "
          "förutsägbara villkor för att kunna planera. Korta projektmedel ger sällan utrymme för "
          "varaktiga resultat."),
    ("p", C("Kommunen verkar för att stöd till idéburna organisationer i större utsträckning ges som "
            "flerårigt verksamhetsstöd i stället för kortsiktiga projektbidrag.", P_LA, "public")
          + " "
          + C("Kultur- och fritidsnämnden ska fatta beslut om årliga verksamhetsbidrag senast den "
              "15 december året före bidragsåret.", P_LA, "public")),
    ("p", C("De idéburna organisationerna åtar sig att i god tid informera kommunen om förändringar "
            "som påverkar möjligheten att fullfölja en överenskommen verksamhet.",
            P_LA, "civil_society")),
    ("p", C("Kommunen och de idéburna organisationerna ska tillsammans pröva om idéburet offentligt "
            "partnerskap (IOP) är en lämplig samverkansform när en verksamhet behöver bedrivas "
            "långsiktigt och inte lämpar sig för upphandling.", P_LA, "joint")),

    # 3.5 ----------------------------------------------------------------
    ("h2", "3.5 Öppenhet och insyn"),
    ("p", "Öppenhet och insyn skapar förtroende mellan parterna och gentemot invånarna. "
          "Offentlighetsprincipen gäller för kommunen men inte för de idéburna organisationerna, "
          "vilket ger parterna olika förutsättningar."),
    ("lead", KOM),
    ("num", [
        C("publicera information om bidragsformer, ansökningstider och beviljade bidrag på kommunens "
          "webbplats", P_OP, "public"),
        C("redovisa principerna för hur bidrag fördelas så att bedömningen blir förutsägbar och "
          "likvärdig", P_OP, "public"),
    ]),
    ("lead", IDE),
    ("bul", [
        C("ge kommunen insyn i den verksamhet som finansieras med offentliga medel, bland annat "
          "genom verksamhetsberättelse och ekonomisk redovisning", P_OP, "civil_society"),
        C("ha demokratiskt antagna stadgar och en ordnad ekonomisk förvaltning", P_OP,
          "civil_society"),
    ]),

    # 3.6 ----------------------------------------------------------------
    ("h2", "3.6 Mångfald"),
    ("p", "Mångfalden bland de idéburna organisationerna är en tillgång för Granviken. Små "
          "föreningar utan anställda har andra förutsättningar än stora organisationer med eget "
          "kansli, och båda behövs."),
    ("lead", "Parterna åtar sig att:"),
    ("bul", [
        C("verka för att fler invånare, oavsett bakgrund, funktionsförmåga, kön eller ålder, ska "
          "kunna engagera sig i föreningslivet", P_MA, "joint"),
        C("uppmärksamma och motverka hinder för att nya och mindre organisationer ska kunna delta i "
          "samverkan", P_MA, "joint"),
    ]),
    ("p", C("Kommunen ansvarar för att kommunens lokaler för möten och verksamhet är tillgängliga för "
            "personer med funktionsnedsättning och att lokalbokningen är enkel att använda.",
            P_MA, "public")),

    # 3.7 ----------------------------------------------------------------
    ("h2", "3.7 Barnrättsperspektiv"),
    ("p", "Sedan den 1 januari 2020 är FN:s konvention om barnets rättigheter svensk lag. Många "
          "idéburna organisationer möter barn och unga i sin vardag och har god kunskap om deras "
          "villkor."),
    ("lead", KOM),
    ("num", [
        C("involvera organisationer som arbetar med barn och unga när barnkonsekvensanalyser tas fram "
          "inför beslut som berör barn", P_BR, "public"),
        C("erbjuda utbildning om barnkonventionen till ledare i föreningslivet minst en gång per år",
          P_BR, "public"),
    ]),
    ("lead", IDE),
    ("bul", [
        C("arbeta förebyggande mot kränkningar, våld och övergrepp, bland annat genom att begära "
          "utdrag ur belastningsregistret för ledare som arbetar med barn", P_BR, "civil_society"),
        C("låta barn och unga komma till tals i frågor som rör den egna verksamheten", P_BR,
          "civil_society"),
    ]),

    # 4 ------------------------------------------------------------------
    ("h1", "4 Organisation och uppföljning"),
    ("h2", "4.1 Samrådsgrupp och mötesformer"),
    ("p", "För att hålla ihop arbetet med överenskommelsen finns en samrådsgrupp med sex "
          "representanter för kommunen och sex representanter för de idéburna organisationerna."),
    ("p", C("Kommunledningskontoret ansvarar för samordning av samrådsgruppen, kallelser och "
            "minnesanteckningar.", None, "public") + " "
          + C("De idéburna organisationerna ska utse sina representanter vid det årliga dialogforumet, "
              "för en period om två år.", None, "civil_society")),
    ("table_forums", None),
    ("h2", "4.2 Uppföljning"),
    ("p", C("Samrådsgruppen ska varje år ta fram en gemensam uppföljning av överenskommelsen som "
            "redovisas för kommunstyrelsen och vid dialogforumet.", None, "joint")),
    ("p", C("Förvaltningarna ansvarar för att i sina verksamhetsberättelser redovisa hur de har "
            "arbetat med överenskommelsens principer.", None, "public")),
    ("p", C("Vid halvtid, under 2026, ska parterna gemensamt utvärdera om överenskommelsen behöver "
            "kompletteras med en handlingsplan.", None, "joint")),

    # 5 ------------------------------------------------------------------
    ("h1", "5 Giltighetstid"),
    ("p", "Överenskommelsen gäller från och med den 1 januari 2024 till och med den 31 december 2027."),
    ("p", C("Kommunstyrelsen ansvarar för att en revidering påbörjas senast våren 2027 i samråd med "
            "de idéburna organisationerna.", None, "public")),
    ("p", "Om ingen ny överenskommelse har antagits när giltighetstiden löper ut fortsätter denna att "
          "gälla i högst ett år. Överenskommelsen kan sägas upp av kommunen eller av samrådsgruppens "
          "idéburna ledamöter med sex månaders varsel."),
    ("p", "Idéburna organisationer som vill ansluta sig till överenskommelsen anmäler detta skriftligen "
          "till kommunledningskontoret. En förteckning över anslutna organisationer finns på "
          "kommunens webbplats."),

    ("h1", "6 Kontakt"),
    ("contact", None),
]

FORUM_ROWS = [
    ("Forum", "Deltagare", "Mötesfrekvens"),
    ("Samrådsgruppen", "6 representanter för kommunen och 6 för de idéburna organisationerna",
     "Fyra gånger per år"),
    ("Dialogforum", "Öppet för alla idéburna organisationer, förtroendevalda och tjänstepersoner",
     "En gång per år, under hösten"),
    ("Förvaltningsvisa dialogmöten", "Berörd förvaltning och organisationer inom området",
     "Vid behov"),
]

REVISIONS = [
    ("Version", "Datum", "Beslut", "Ändring"),
    ("1.0", "2016-05-23", "KF § 61", "Första lokala överenskommelsen antas"),
    ("1.1", "2019-06-17", "KF § 88",
     "Ny princip om barnrättsperspektiv, uppdaterade kontaktvägar"),
    ("2.0", "2023-11-20", "KF § 142",
     "Reviderad efter dialogprocess 2023. Ny uppföljningsmodell och giltighetstid 2024–2027"),
]

TOC = [  # (level, text, page) - cached field result, as Word last saved it
    (1, "1 Inledning", 3), (2, "1.1 Syfte", 3), (2, "1.2 Parter och avgränsning", 3),
    (1, "2 Utgångspunkter", 4), (1, "3 Principer", 4),
    (2, "3.1 Självständighet och oberoende", 4), (2, "3.2 Dialog", 5), (2, "3.3 Kvalitet", 5),
    (2, "3.4 Långsiktighet", 5), (2, "3.5 Öppenhet och insyn", 6), (2, "3.6 Mångfald", 6),
    (2, "3.7 Barnrättsperspektiv", 7), (1, "4 Organisation och uppföljning", 7),
    (2, "4.1 Samrådsgrupp och mötesformer", 7), (2, "4.2 Uppföljning", 7),
    (1, "5 Giltighetstid", 8), (1, "6 Kontakt", 8), (1, "Revisionshistorik", 8),
    (1, "Underskrifter", 9),
]

ADOPTED_LINE = "Antagen av kommunfullmäktige 2023-11-20, § 142"


# ---------------------------------------------------------------------------
# build the document
# ---------------------------------------------------------------------------

def setup_styles(doc):
    st = doc.styles
    normal = st["Normal"]
    normal.font.name = "Garamond"
    normal.font.size = Pt(12)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Garamond")
    normal.paragraph_format.space_after = Pt(6)
    for name, size in (("Heading 1", 16), ("Heading 2", 13), ("Title", 26)):
        s = st[name]
        s.font.name = "Arial"
        s.font.size = Pt(size)
        s.font.color.rgb = RGBColor(0x1F, 0x5C, 0x7A)
    for lvl, indent in ((1, 0), (2, 0.6)):
        s = st.add_style("toc %d" % lvl, WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = normal
        s.paragraph_format.left_indent = Cm(indent)
        s.paragraph_format.space_after = Pt(2)
        s.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS)
    s = st.add_style("Ingress", WD_STYLE_TYPE.PARAGRAPH)
    s.base_style = normal
    s.font.italic = True
    s.font.size = Pt(13)


def header_footer(section):
    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    hp.text = "GRANVIKENS KOMMUN\tÖverenskommelse – idéburen sektor\tDnr KS 2023/0417"
    for r in hp.runs:
        r.font.size = Pt(9)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Sida ")
    r.font.size = Pt(9)
    r = fp.add_run()
    r.font.size = Pt(9)
    add_field(r, "PAGE")
    r = fp.add_run(" av ")
    r.font.size = Pt(9)
    r = fp.add_run()
    r.font.size = Pt(9)
    add_field(r, "NUMPAGES")
    # first page footer: address line on the cover
    ffp = section.first_page_footer.paragraphs[0]
    ffp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = ffp.add_run("Granvikens kommun · 456 80 Granviken · Besök: Storgatan 12 · "
                     "Tel 0523-45 10 00 · www.granviken.se")
    rr.font.size = Pt(8)


def cover(doc):
    p = doc.add_paragraph()
    r = p.add_run("GRANVIKENS KOMMUN")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x1F, 0x5C, 0x7A)
    p = doc.add_paragraph("Kommunledningskontoret")
    for _ in range(5):
        doc.add_paragraph()
    doc.add_paragraph("Överenskommelse mellan Granvikens kommun och de idéburna organisationerna i "
                      "Granviken", style="Title")
    doc.add_paragraph("Samverkan för ett starkt civilsamhälle 2024–2027", style="Ingress")
    doc.add_paragraph()
    doc.add_paragraph(ADOPTED_LINE)
    for _ in range(4):
        doc.add_paragraph()
    rows = [
        ("Dokumenttyp", "Överenskommelse"),
        ("Beslutad av", "Kommunfullmäktige"),
        ("Beslutsdatum", "2023-11-20, § 142"),
        ("Diarienummer", "KS 2023/0417"),
        ("Dokumentansvarig", "Kommunledningskontoret, avdelningen för hållbar samhällsutveckling"),
        ("Giltighetstid", "2024-01-01 – 2027-12-31"),
        ("Ersätter", "Överenskommelse med idéburen sektor, KF 2019-06-17 § 88"),
    ]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        shade(t.cell(i, 0), "E3EEF3")
        for c in (t.cell(i, 0), t.cell(i, 1)):
            for r in c.paragraphs[0].runs:
                r.font.size = Pt(10)
    t.columns[0].width = Cm(4)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def toc(doc):
    doc.add_paragraph("Innehåll", style="TOC Heading")
    for i, (lvl, text, page) in enumerate(TOC):
        p = doc.add_paragraph(style="toc %d" % lvl)
        if i == 0:
            fld_char(p, "begin", ' TOC \\o "1-2" \\h \\z \\u ')
            fld_char(p, "separate")
        p.add_run("%s\t%d" % (text, page))
        if i == len(TOC) - 1:
            fld_char(p, "end")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def table_forums(doc):
    t = doc.add_table(rows=len(FORUM_ROWS), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(FORUM_ROWS):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = v
            for r in c.paragraphs[0].runs:
                r.font.size = Pt(10)
                if i == 0:
                    r.bold = True
            if i == 0:
                shade(c, "E3EEF3")
    cap = doc.add_paragraph("Tabell 1. Mötesformer inom överenskommelsen")
    cap.runs[0].italic = True
    cap.runs[0].font.size = Pt(9)


def contact(doc):
    t = doc.add_table(rows=1, cols=1)
    box_borders(t)
    c = t.cell(0, 0)
    shade(c, "F2F7F9")
    lines = [
        ("Har du frågor om överenskommelsen?", True),
        ("Kommunledningskontoret, avdelningen för hållbar samhällsutveckling", False),
        ("Maria Lindqvist, strategisk samordnare civilsamhälle", False),
        ("Telefon: 0523-45 10 72", False),
        ("E-post: civilsamhalle@granviken.se", False),
        ("Föreningsrådet i Granviken: Per-Erik Holm, ordförande, 070-318 44 29", False),
    ]
    c.paragraphs[0].text = lines[0][0]
    c.paragraphs[0].runs[0].bold = True
    for text, bold in lines[1:]:
        p = c.add_paragraph(text)
        p.paragraph_format.space_after = Pt(0)


def revisions(doc):
    doc.add_heading("Revisionshistorik", level=1)
    t = doc.add_table(rows=len(REVISIONS), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(REVISIONS):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = v
            for r in c.paragraphs[0].runs:
                r.font.size = Pt(10)
                r.bold = (i == 0)
            if i == 0:
                shade(c, "E3EEF3")
    t.autofit = False
    grid = t._tbl.tblGrid.findall(qn("w:gridCol"))
    for j, w in enumerate((2.1, 2.6, 2.3, 9.0)):
        grid[j].set(qn("w:w"), str(int(w * 567)))
        for cell in t.columns[j].cells:
            cell.width = Cm(w)


def signatures(doc):
    h = doc.add_heading("Underskrifter", level=1)
    h.paragraph_format.page_break_before = True
    doc.add_paragraph("Denna överenskommelse har antagits av kommunfullmäktige i Granvikens kommun "
                      "och av föreningsrådets årsmöte. Den undertecknas av företrädare för parterna "
                      "vid dialogforumet i december 2023.")
    doc.add_paragraph("Granviken den 12 december 2023")
    doc.add_paragraph()
    t = doc.add_table(rows=4, cols=2)
    heads = ("För Granvikens kommun", "För de idéburna organisationerna")
    for j, h in enumerate(heads):
        t.cell(0, j).text = h
        t.cell(0, j).paragraphs[0].runs[0].bold = True
    sig = [
        (("Anna Bergström", "Kommunstyrelsens ordförande"),
         ("Per-Erik Holm", "Ordförande, Föreningsrådet i Granviken")),
        (("Johan Ekholm", "Kommundirektör"),
         ("Leila Hassan", "Verksamhetschef, Studieförbunden i Granviken")),
        (("Karin Sjödahl", "Ordförande, kultur- och fritidsnämnden"),
         ("Mats Törnqvist", "Kyrkoherde, Granvikens pastorat")),
    ]
    for i, pair in enumerate(sig, start=1):
        for j, (name, role) in enumerate(pair):
            c = t.cell(i, j)
            c.paragraphs[0].text = ""
            c.add_paragraph()
            c.add_paragraph("_______________________________")
            c.add_paragraph(name)
            p = c.add_paragraph(role)
            p.runs[0].italic = True
    doc.add_paragraph()
    doc.add_paragraph("Bilaga: Förteckning över anslutna organisationer (publiceras på "
                      "www.granviken.se/overenskommelsen och uppdateras löpande).")


def build():
    doc = Document()
    setup_styles(doc)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    header_footer(sec)
    cp = doc.core_properties
    cp.title = "Överenskommelse mellan Granvikens kommun och de idéburna organisationerna"
    cp.author = "Kommunledningskontoret"
    cp.subject = "Överenskommelse idéburen sektor 2024–2027"
    cp.keywords = "överenskommelse; idéburen sektor; civilsamhälle; föreningsliv"
    cp.created = datetime.datetime(2023, 10, 2, 9, 14)
    cp.modified = datetime.datetime(2023, 12, 13, 15, 40)
    cp.last_modified_by = "Maria Lindqvist"

    cover(doc)
    toc(doc)
    numbering = Numbering(doc)

    for kind, payload in BODY:
        if kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "lead":
            p = doc.add_paragraph(payload)
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_after = Pt(2)
        elif kind == "num":
            nid = numbering.new_list()
            for item in payload:
                p = doc.add_paragraph(item, style="List Number")
                Numbering.apply(p, nid)
        elif kind == "bul":
            for item in payload:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table_forums":
            table_forums(doc)
        elif kind == "contact":
            contact(doc)
        else:
            raise ValueError(kind)

    doc.add_paragraph()
    revisions(doc)
    signatures(doc)
    doc.save(os.path.join(HERE, FILE))


# ---------------------------------------------------------------------------
# expected.json
# ---------------------------------------------------------------------------

def q(id_, question, lang, gold, must):
    return {"id": id_, "question": question, "language": lang, "answerable": bool(gold),
            "gold": gold, "must_mention": must}


def expected():
    by_start = {c["text"][:40]: c["text"] for c in COMMITMENTS}

    def cm(prefix):
        hits = [t for k, t in by_start.items() if t.startswith(prefix)]
        assert len(hits) == 1, prefix
        return hits[0]

    questions = [
        q("q1", "Hur länge gäller överenskommelsen med föreningslivet?", "sv",
          ["Överenskommelsen gäller från och med den 1 januari 2024 till och med den "
           "31 december 2027."],
          ["1 januari 2024", "31 december 2027"]),
        q("q2", "nar maste kommunen besluta om verksamhetsbidrag for nasta ar?", "sv",
          [cm("Kultur- och fritidsnämnden ska fatta")],
          ["15 december"]),
        q("q3", "How much time do associations get to respond when the municipality sends "
                "something out for consultation?", "en",
          [cm("Kommunen ska också se till att remisstider")],
          ["minst sex veckor"]),
        q("q4", "Får vår förening kritisera kommunen offentligt även om vi får föreningsbidrag?",
          "sv",
          [cm("respektera de idéburna organisationernas rätt")],
          ["rätt att kritisera kommunens beslut"]),
        q("q5", "Vad förväntas av oss som förening med barn- och ungdomsverksamhet?", "sv",
          [cm("arbeta förebyggande mot kränkningar"), cm("låta barn och unga komma till tals")],
          ["belastningsregistret", "komma till tals"]),
        q("q6", "vem samordnar samradsgruppen och hur manga ledamoter har den?", "sv",
          ["För att hålla ihop arbetet med överenskommelsen finns en samrådsgrupp med sex "
           "representanter för kommunen och sex representanter för de idéburna organisationerna.",
           cm("Kommunledningskontoret ansvarar för samordning")],
          ["Kommunledningskontoret", "sex representanter"]),
        q("q7", "Which body adopted the agreement, and on what date?", "en",
          [ADOPTED_LINE],
          ["kommunfullmäktige", "2023-11-20"]),
        q("q8", "Vilka principer bygger överenskommelsen på?", "sv",
          ["Överenskommelsen vilar på de sex principer som ligger till grund för den nationella "
           "överenskommelsen: självständighet och oberoende, dialog, kvalitet, långsiktighet, "
           "öppenhet och insyn samt mångfald.",
           "Parterna har därtill valt att lägga till en sjunde princip om barnrättsperspektiv."],
          ["självständighet och oberoende", "mångfald", "barnrättsperspektiv"]),
        q("q9", "Hur stort verksamhetsbidrag per medlem kan en idrottsförening få?", "sv", [], []),
        q("q10", "Finns det nagot sarskilt stod for foreningar som ordnar sommarlovsaktiviteter "
                 "for barn?", "sv", [], []),
    ]

    exp = {
        "file": FILE,
        "layout": LAYOUT,
        "description": (
            "Word DOCX generated with python-docx: a municipal överenskommelse between the fictional "
            "Granvikens kommun and the idéburna organisationerna, written the way many kommuner do. "
            "Cover page with municipality name, Title-style title, italic subtitle, an 'Antagen av "
            "kommunfullmäktige ...' line and a shaded two-column document-information table "
            "(dokumenttyp, beslutad av, beslutsdatum, diarienummer, dokumentansvarig, giltighetstid, "
            "ersätter); different first-page footer with address; running header (kommun | title | "
            "Dnr) and 'Sida X av Y' footer with PAGE/NUMPAGES fields (headers/footers are outside "
            "document.xml). A TOC field with a cached result ('toc 1'/'toc 2' paragraphs with dotted "
            "tab and page numbers) repeats all heading texts before the body. Headings are Heading 1/2 "
            "with hand-typed numbering ('3.1 Självständighet och oberoende'). Section 3 'Principer' "
            "has one Heading 2 per principle: the six national principles plus a local seventh, "
            "Barnrättsperspektiv. Under each principle a descriptive paragraph (not commitments) is "
            "followed by commitments: Word 'List Number' lists restarted at 1 after the lead-in "
            "'Kommunen åtar sig att:' (public), 'List Bullet' lists after 'De idéburna "
            "organisationerna åtar sig att:' (civil_society) or 'Parterna åtar sig att:' (joint); "
            "list items start with a bare verb (no 'att'). Other commitments are in running text, "
            "sometimes two in one paragraph, naming the party ('Kommunen ska ...', 'Kultur- och "
            "fritidsnämnden ska ...', 'Kommunen och de idéburna organisationerna ska gemensamt/"
            "tillsammans ...', 'De idéburna organisationerna åtar sig att ...'). Section 4 "
            "'Organisation och uppföljning' has prose commitments without a principle (samordning by "
            "Kommunledningskontoret, annual joint follow-up by the samrådsgrupp, mid-term evaluation) "
            "and a descriptive three-column table of meeting forums with a caption (no commitments "
            "in it). Section 5 'Giltighetstid' gives the period 2024-01-01–2027-12-31 and one "
            "revision commitment for Kommunstyrelsen; section 6 is a bordered, shaded one-cell "
            "contact box. Then a 'Revisionshistorik' table (version, datum, beslut, ändring) and, "
            "after a page break, a signature page 'Underskrifter' with a borderless two-column table "
            "(För Granvikens kommun / För de idéburna organisationerna), signature lines, names and "
            "roles, a signing date (2023-12-12) that differs from the decision date (2023-11-20), "
            "and a note on an annex list of affiliated organisations."),
        "metadata": {
            "doc_id": DOC_ID,
            "title": "Överenskommelse mellan Granvikens kommun och de idéburna organisationerna i "
                     "Granviken",
            "place": "Granviken",
            "organisation": "Granvikens kommun",
            "kind": "överenskommelse",
            "date": "2023-11-20",
            "body": "kommunfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": questions,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    build()
    expected()
    print("wrote", FILE, "with", len(COMMITMENTS), "commitments")
