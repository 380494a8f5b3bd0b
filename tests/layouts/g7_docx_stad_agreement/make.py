#!/usr/bin/env python3
"""Generate a fictional Word (DOCX) agreement between Ljungsätra stad and the
idéburna sektorn, plus expected.json for the layout suite.

Run:  python3 make.py   (needs python-docx; falls back to /work/main/.venv)
"""
import datetime
import json
import os
import sys

try:
    import docx  # noqa: F401
except ImportError:  # pragma: no cover - convenience re-exec
    venv = "/work/main/.venv/bin/python"
    if os.path.exists(venv) and sys.executable != venv:
        os.execv(venv, [venv] + sys.argv)
    raise

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.basename(HERE)
FILE = "ljungsatra_stad_overenskommelse_ideburen_sektor_2024.docx"
GREEN = RGBColor(0x00, 0x5A, 0x3C)
GREY = RGBColor(0x59, 0x59, 0x59)

COMMITMENTS = []


class C:
    """A commitment segment: written into the document and recorded for expected.json."""

    def __init__(self, text, principle, party, tail=""):
        self.text, self.principle, self.party, self.tail = text, principle, party, tail
        COMMITMENTS.append({"text": text, "principle": principle, "party": party})


# ---------------------------------------------------------------- helpers
def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_table_borders(table, sz=4, color="A6A6A6"):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


def add_field(paragraph, instr, cached):
    """Insert a simple complex field (PAGE, NUMPAGES ...) with a cached result."""
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._r.append(fc)
    r = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._r.append(fc)
    paragraph.add_run(cached)
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._r.append(fc)


def fld_run(paragraph, kind, instr=None):
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), kind)
    r._r.append(fc)
    if instr:
        r = paragraph.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r._r.append(it)


def para(doc, *segments, style=None, bold=False, keep_next=False):
    p = doc.add_paragraph(style=style)
    for seg in segments:
        if isinstance(seg, C):
            r = p.add_run(seg.text + seg.tail)
        else:
            r = p.add_run(seg)
        if bold:
            r.bold = True
    if keep_next:
        p.paragraph_format.keep_with_next = True
    return p


def lead_in(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_after = Pt(3)
    return p


def bullets(doc, items, style="List Bullet"):
    for it in items:
        if isinstance(it, C):
            doc.add_paragraph(it.text + it.tail, style=style)
        else:
            doc.add_paragraph(it, style=style)


# ---------------------------------------------------------------- styles
def setup_styles(doc):
    st = doc.styles
    normal = st["Normal"]
    normal.font.name = "Garamond"
    normal.font.size = Pt(12)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Garamond")
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    for name, size, color in (("Heading 1", 17, GREEN), ("Heading 2", 13, GREEN), ("Heading 3", 11.5, GREY)):
        s = st[name]
        s.font.name = "Arial"
        rfonts = s.element.rPr.rFonts
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rfonts.get(qn(a)) is not None:
                del rfonts.attrib[qn(a)]
        rfonts.set(qn("w:ascii"), "Arial")
        rfonts.set(qn("w:hAnsi"), "Arial")
        s.font.size = Pt(size)
        s.font.bold = True
        s.font.color.rgb = color
        s.paragraph_format.space_before = Pt(18 if name == "Heading 1" else 12)
        s.paragraph_format.space_after = Pt(6)
    t = st["Title"]
    t.font.name = "Arial"
    t.font.size = Pt(28)
    t.font.color.rgb = GREEN
    sub = st["Subtitle"]
    sub.font.name = "Arial"
    sub.font.size = Pt(15)
    sub.font.color.rgb = GREY
    for lvl, indent in ((1, 0), (2, 0.6)):
        s = st.add_style(f"toc {lvl}", WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = normal
        s.paragraph_format.left_indent = Cm(indent)
        s.paragraph_format.space_after = Pt(2 if lvl == 2 else 4)
        s.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if lvl == 1:
            s.font.bold = True
    small = st.add_style("Tabelltext", WD_STYLE_TYPE.PARAGRAPH)
    small.base_style = normal
    small.font.name = "Arial"
    small.font.size = Pt(9.5)
    small.paragraph_format.space_after = Pt(2)
    small.paragraph_format.line_spacing = 1.0


# ---------------------------------------------------------------- document
def build():
    doc = Document()
    setup_styles(doc)

    cp = doc.core_properties
    cp.title = "Överenskommelse mellan Ljungsätra stad och den idéburna sektorn"
    cp.subject = "Lokal överenskommelse 2024–2028"
    cp.author = "Elin Bergqvist"
    cp.last_modified_by = "Sjöberg Maria SLF"
    cp.keywords = "överenskommelse; idéburen sektor; civilsamhälle; samverkansråd"
    cp.category = "Styrdokument"
    cp.created = datetime.datetime(2023, 8, 29, 9, 12)
    cp.modified = datetime.datetime(2024, 3, 18, 14, 40)
    cp.revision = 27

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    sec.different_first_page_header_footer = True

    # header / footer (not on the cover page)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("LJUNGSÄTRA STAD")
    r.bold = True
    r.font.name = "Arial"
    r.font.size = Pt(9)
    r.font.color.rgb = GREEN
    r = hp.add_run("\t\tÖverenskommelse med den idéburna sektorn 2024–2028")
    r.font.name = "Arial"
    r.font.size = Pt(8.5)
    r.font.color.rgb = GREY
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Dnr KS 2023/0412\t\tSida ")
    r.font.size = Pt(9)
    add_field(fp, "PAGE", "2")
    fp.add_run(" av ")
    add_field(fp, "NUMPAGES", "11")
    for run in fp.runs:
        run.font.size = Pt(9)
        run.font.name = "Arial"
    ffp = sec.first_page_footer.paragraphs[0]
    r = ffp.add_run("Ljungsätra stad · Stadsledningsförvaltningen · 741 80 Ljungsätra · "
                    "Växel 0565-74 10 00 · ljungsatra.se")
    r.font.name = "Arial"
    r.font.size = Pt(8)
    r.font.color.rgb = GREY
    ffp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # ------------------------------------------------------------ cover
    p = doc.add_paragraph()
    r = p.add_run("Ljungsätra stad")
    r.bold = True
    r.font.name = "Arial"
    r.font.size = Pt(20)
    r.font.color.rgb = GREEN
    p = doc.add_paragraph()
    r = p.add_run("Stadsledningsförvaltningen")
    r.font.name = "Arial"
    r.font.size = Pt(10)
    r.font.color.rgb = GREY
    for _ in range(5):
        doc.add_paragraph()
    doc.add_paragraph("Överenskommelse mellan Ljungsätra stad och den idéburna sektorn i Ljungsätra",
                      style="Title")
    doc.add_paragraph("Lokal överenskommelse för samverkan 2024–2028", style="Subtitle")
    for _ in range(4):
        doc.add_paragraph()

    info = [
        ("Dokumenttyp", "Överenskommelse"),
        ("Beslutad av", "Kommunfullmäktige"),
        ("Beslutsdatum", "2024-02-22, § 31"),
        ("Diarienummer", "KS 2023/0412"),
        ("Dokumentansvarig", "Stadsledningsförvaltningen, enheten för demokrati och social hållbarhet"),
        ("Gäller för", "Samtliga nämnder och förvaltningar samt anslutna idéburna organisationer"),
        ("Giltighetstid", "2024-04-01 – 2028-12-31"),
        ("Ersätter", "Överenskommelse mellan Ljungsätra kommun och den idéburna sektorn (KF 2016-05-19, § 78)"),
    ]
    t = doc.add_table(rows=0, cols=2)
    set_table_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for k, v in info:
        row = t.add_row().cells
        row[0].width, row[1].width = Cm(4.5), Cm(11.5)
        set_cell_shading(row[0], "E2EFE9")
        row[0].paragraphs[0].style = doc.styles["Tabelltext"]
        row[0].paragraphs[0].add_run(k).bold = True
        row[1].paragraphs[0].style = doc.styles["Tabelltext"]
        row[1].paragraphs[0].add_run(v)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------ TOC
    p = doc.add_paragraph()
    r = p.add_run("Innehåll")
    r.bold = True
    r.font.name = "Arial"
    r.font.size = Pt(17)
    r.font.color.rgb = GREEN
    toc = [
        (1, "Förord", 3),
        (1, "1 Bakgrund", 4),
        (2, "1.1 Den nationella överenskommelsen", 4),
        (2, "1.2 Arbetet i Ljungsätra", 4),
        (1, "2 Syfte", 4),
        (1, "3 Parter och avgränsning", 5),
        (2, "3.1 Ljungsätra stad", 5),
        (2, "3.2 Den idéburna sektorn", 5),
        (1, "4 Principer och åtaganden", 5),
        (2, "4.1 Självständighet och oberoende", 5),
        (2, "4.2 Dialog", 6),
        (2, "4.3 Kvalitet", 6),
        (2, "4.4 Långsiktighet", 7),
        (2, "4.5 Öppenhet och insyn", 7),
        (2, "4.6 Mångfald", 8),
        (2, "4.7 Samhällsutveckling", 8),
        (1, "5 Organisation av samverkan", 8),
        (2, "5.1 Samverkansrådet", 8),
        (2, "5.2 Idéforum Ljungsätra", 9),
        (2, "5.3 Arbetsgrupp", 9),
        (1, "6 Uppföljning och revidering", 9),
        (2, "6.1 Årlig uppföljning", 9),
        (2, "6.2 Giltighetstid och revidering", 10),
        (1, "7 Anslutning till överenskommelsen", 10),
        (1, "Underskrifter", 10),
        (1, "Versionshistorik", 11),
        (1, "Bilaga 1. Begrepp", 11),
    ]
    for i, (lvl, text, page) in enumerate(toc):
        p = doc.add_paragraph(style=f"toc {lvl}")
        if i == 0:
            fld_run(p, "begin", ' TOC \\o "1-2" \\h \\z \\u ')
            fld_run(p, "separate")
        p.add_run(text)
        p.add_run("\t")
        p.add_run(str(page))
        if i == len(toc) - 1:
            fld_run(p, "end")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    H1 = lambda s: doc.add_heading(s, level=1)  # noqa: E731
    H2 = lambda s: doc.add_heading(s, level=2)  # noqa: E731

    # ------------------------------------------------------------ Förord
    H1("Förord")
    para(doc, "Ljungsätra är en stad med ett rikt och levande föreningsliv. Idrottsföreningar, "
              "kulturföreningar, trossamfund, studieförbund, sociala organisationer och många andra "
              "bidrar varje dag till att göra Ljungsätra till en bättre plats att leva i. Det ideella "
              "engagemanget skapar mötesplatser, gemenskap och trygghet, och det ger människor "
              "möjlighet att påverka sin vardag.")
    para(doc, "Den första lokala överenskommelsen mellan dåvarande Ljungsätra kommun och den idéburna "
              "sektorn undertecknades 2016. Sedan dess har samverkan utvecklats på många områden, men vi "
              "har också sett att det finns mer att göra – inte minst när det gäller tidig dialog och "
              "långsiktiga villkor för organisationerna. Den här överenskommelsen är resultatet av ett "
              "gemensamt arbete där fler än 140 organisationer och stadens förvaltningar har deltagit.")
    para(doc, "Överenskommelsen är inget juridiskt bindande avtal. Den är ett uttryck för en gemensam "
              "vilja att samverka med respekt för varandras olika roller. Vi vill rikta ett varmt tack "
              "till alla som har bidragit med tid, erfarenheter och synpunkter.")
    t = doc.add_table(rows=2, cols=2)
    sig = [("Margareta Ekdahl (M)", "Kommunstyrelsens ordförande, Ljungsätra stad"),
           ("Tobias Randström", "Ordförande, Ljungsätra föreningsråd")]
    for i, (n, role) in enumerate(sig):
        c = t.cell(0, i).paragraphs[0]
        c.add_run(n).italic = True
        t.cell(1, i).paragraphs[0].add_run(role).font.size = Pt(10)

    # ------------------------------------------------------------ 1 Bakgrund
    H1("1 Bakgrund")
    H2("1.1 Den nationella överenskommelsen")
    para(doc, "År 2008 tecknade regeringen, Sveriges Kommuner och Landsting (numera Sveriges Kommuner och "
              "Regioner, SKR) och idéburna organisationer inom det sociala området en nationell "
              "överenskommelse. Överenskommelsen innehåller sex principer för relationen mellan parterna. "
              "Sedan dess har ett stort antal kommuner och regioner tagit fram lokala och regionala "
              "överenskommelser med de nationella principerna som utgångspunkt.")
    H2("1.2 Arbetet i Ljungsätra")
    para(doc, "Kommunstyrelsen gav i mars 2022 stadsledningsförvaltningen i uppdrag att, tillsammans med "
              "den idéburna sektorn, revidera överenskommelsen från 2016. En gemensam arbetsgrupp med sex "
              "representanter för sektorn och fyra tjänstepersoner från staden har lett arbetet.")
    para(doc, "Arbetet har bestått av följande delar:", keep_next=True)
    bullets(doc, [
        "en enkät till föreningar och organisationer i Ljungsätra våren 2022 (312 svar)",
        "elva dialogmöten i olika delar av staden under 2022 och 2023, varav tre digitala",
        "intervjuer med förvaltningarnas föreningshandläggare",
        "remiss till nämnderna och de anslutna organisationerna mellan september och november 2023",
    ])
    para(doc, "Den reviderade överenskommelsen bygger på de sex nationella principerna: självständighet och "
              "oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald. Därutöver har "
              "parterna lagt till en sjunde princip, samhällsutveckling, som beskriver hur staden och "
              "sektorn tillsammans kan möta gemensamma samhällsutmaningar.")

    # ------------------------------------------------------------ 2 Syfte
    H1("2 Syfte")
    para(doc, "Syftet med överenskommelsen är att", keep_next=True)
    for s in ("tydliggöra rollerna och ansvaret för staden respektive den idéburna sektorn,",
              "skapa bättre förutsättningar för ett starkt och självständigt civilsamhälle i Ljungsätra,",
              "utveckla samverkan så att fler invånare kan delta i och påverka samhällslivet."):
        doc.add_paragraph(s, style="List Number")
    para(doc, "Överenskommelsen är ett komplement till, och inte en ersättning för, de avtal, bidragsregler "
              "och samarbeten som redan finns mellan staden och enskilda organisationer.")

    # ------------------------------------------------------------ 3 Parter
    H1("3 Parter och avgränsning")
    H2("3.1 Ljungsätra stad")
    para(doc, "Med staden avses i denna överenskommelse Ljungsätra stads nämnder och förvaltningar. "
              "Stadens helägda bolag omfattas inte direkt, men kommunfullmäktige uppmanar bolagen att "
              "tillämpa överenskommelsens principer i sina kontakter med idéburna organisationer.")
    H2("3.2 Den idéburna sektorn")
    para(doc, "Med idéburen organisation avses en organisation som är fristående från offentlig sektor, "
              "som drivs utan vinstsyfte och som har ett allmännyttigt eller ideellt syfte. Det kan till "
              "exempel vara ideella föreningar, stiftelser, trossamfund, studieförbund och aktiebolag med "
              "särskild vinstutdelningsbegränsning. I överenskommelsen används begreppen idéburen sektor "
              "och civilsamhälle i samma betydelse.")
    para(doc, "Överenskommelsen reglerar inte stadens bidragsgivning eller upphandling i detalj. Sådana "
              "frågor hanteras i respektive nämnds riktlinjer och regelverk.")

    # ------------------------------------------------------------ 4 Principer
    H1("4 Principer och åtaganden")
    para(doc, "För varje princip beskrivs först vad principen innebär i Ljungsätra. Därefter följer de "
              "åtaganden som staden, de idéburna organisationerna och parterna gemensamt gör. Åtagandena är "
              "formulerade så att de går att följa upp, se avsnitt 6.")

    # 4.1
    P = "sjalvstandighet_och_oberoende"
    H2("4.1 Självständighet och oberoende")
    para(doc, "Den idéburna sektorn har en självständig roll och organisationerna bestämmer själva över "
              "sina mål, sin organisation och sin verksamhet. Organisationerna är viktiga röstbärare och "
              "opinionsbildare i samhället. Att en organisation tar emot ekonomiskt stöd från staden "
              "påverkar inte dess rätt att granska och kritisera stadens verksamhet.")
    lead_in(doc, "Staden åtar sig att:")
    bullets(doc, [
        C("respektera organisationernas rätt att själva formulera sina mål och arbetssätt, även när en "
          "organisation får bidrag från staden", P, "public"),
        C("inte ställa villkor för bidrag som begränsar organisationernas rätt att fritt uttrycka åsikter "
          "och bedriva opinionsbildning", P, "public"),
    ])
    lead_in(doc, "De idéburna organisationerna åtar sig att:")
    bullets(doc, [
        C("tydliggöra i vilken roll de agerar, som röstbärare, som utförare av verksamhet eller som "
          "samverkanspart", P, "civil_society"),
        C("ansvara för att deras verksamhet vilar på demokratiska värderingar och bedrivs i enlighet med "
          "organisationens egna stadgar", P, "civil_society"),
    ])

    # 4.2
    P = "dialog"
    H2("4.2 Dialog")
    para(doc, "En öppen och förtroendefull dialog är en förutsättning för god samverkan. Dialogen behöver "
              "föras på lika villkor och i ett tidigt skede, så att organisationernas kunskap och "
              "erfarenheter kan påverka besluten.")
    para(doc,
         C("Staden ska involvera de idéburna organisationerna tidigt när styrdokument, planer och "
           "förändringar som berör deras verksamhet eller målgrupper tas fram.", P, "public"), " ",
         C("Stadens förvaltningar ska ge organisationerna rimlig tid att svara på remisser, normalt minst "
           "sex veckor.", P, "public"), " ",
         C("Varje förvaltning ska utse en kontaktperson för frågor som rör den idéburna sektorn.",
           P, "public"))
    para(doc, C("De idéburna organisationerna åtar sig att så långt det är möjligt förankra sina synpunkter "
                "hos medlemmar och målgrupper, och att tydligt ange vilka de företräder i dialogen.",
                P, "civil_society"))
    para(doc, C("Parterna ska gemensamt utveckla former för dialog som fungerar även för mindre "
                "organisationer utan anställd personal, till exempel möten på kvällstid och digitala möten.",
                P, "joint"))

    # 4.3
    P = "kvalitet"
    H2("4.3 Kvalitet")
    para(doc, "Kvalitet i de idéburna organisationernas verksamhet handlar om att verksamheten motsvarar de "
              "behov och förväntningar som finns hos medlemmar och målgrupper. Det är organisationerna själva "
              "som definierar vad kvalitet innebär i deras verksamhet. När staden finansierar verksamhet "
              "behöver offentliga medel samtidigt användas på ett ändamålsenligt sätt.")
    para(doc, "Det innebär att staden ska:", keep_next=True)
    bullets(doc, [
        C("efterfråga och ta tillvara organisationernas kunskap om målgruppernas behov", P, "public"),
        C("utforma kraven på återrapportering så att de står i proportion till bidragets storlek",
          P, "public"),
    ])
    para(doc, "De idéburna organisationerna ska:", keep_next=True)
    bullets(doc, [
        C("själva definiera och utveckla kvaliteten i sin verksamhet", P, "civil_society"),
        C("redovisa hur stadens bidrag har använts och vilka resultat verksamheten har gett",
          P, "civil_society"),
    ])
    para(doc, C("Parterna åtar sig gemensamt att följa upp och utvärdera gemensamma satsningar och att "
                "sprida goda exempel till andra organisationer och förvaltningar.", P, "joint"))

    # 4.4
    P = "langsiktighet"
    H2("4.4 Långsiktighet")
    para(doc, "Långsiktiga förutsättningar gör det möjligt för organisationerna att planera, behålla "
              "engagerade medlemmar och utveckla sin verksamhet. Korta projekt och sena besked om "
              "finansiering gör det svårare, särskilt för organisationer som helt bygger på ideella "
              "insatser.")
    para(doc, "Staden åtar sig att", keep_next=True)
    bullets(doc, [
        C("i första hand ge stöd i form av fleråriga verksamhetsbidrag till organisationer med "
          "kontinuerlig verksamhet", P, "public", ","),
        C("fatta beslut om föreningsbidrag i så god tid att organisationerna kan planera sin verksamhet, "
          "senast den 15 december året före bidragsåret", P, "public", ", samt"),
        C("i god tid informera om förändringar i stödformer och bidragsnivåer", P, "public", "."),
    ])
    para(doc, C("Kultur- och fritidsnämnden ansvarar för att regelverket för föreningsbidrag ses över under "
                "2024 i dialog med föreningslivet.", P, "public"))
    para(doc, C("För sin del åtar sig de idéburna organisationerna att planera sin verksamhet utifrån en "
                "realistisk finansiering och att i god tid informera staden om förändringar som påverkar en "
                "pågående samverkan.", P, "civil_society"))

    # 4.5
    P = "oppenhet_och_insyn"
    H2("4.5 Öppenhet och insyn")
    para(doc, "Öppenhet och insyn skapar förtroende mellan parterna och gentemot invånarna. Det gäller inte "
              "minst när offentliga medel används. Samtidigt behöver staden respektera organisationernas "
              "integritet och deras rätt att bestämma över sina interna angelägenheter.")
    para(doc,
         C("Staden ska vara öppen med hur beslut om bidrag fattas och varje år publicera beviljade "
           "föreningsbidrag på stadens webbplats.", P, "public"), " ",
         C("De idéburna organisationerna ska ge staden den insyn som behövs för att följa upp verksamhet "
           "som finansieras med offentliga medel.", P, "civil_society"))
    para(doc, C("Både staden och de idéburna organisationerna åtar sig att vara öppna med hur offentliga "
                "medel används och att informera varandra om de upptäcker brister eller misstänkta "
                "oegentligheter.", P, "joint"))

    # 4.6
    P = "mangfald"
    H2("4.6 Mångfald")
    para(doc, "Den idéburna sektorn i Ljungsätra består av organisationer av olika storlek, form och "
              "inriktning. Stora och små, nya och etablerade organisationer bidrar alla till ett levande "
              "civilsamhälle. Mångfalden är en styrka som parterna vill värna.")
    lead_in(doc, "Staden åtar sig att:")
    bullets(doc, [
        C("se till att stadens stödformer är tillgängliga även för nya och mindre organisationer, bland "
          "annat genom förenklade ansökningsförfaranden", P, "public"),
        C("erbjuda information om stadens stöd till föreningslivet på flera språk och i tillgängliga "
          "format", P, "public"),
    ])
    lead_in(doc, "De idéburna organisationerna åtar sig att:")
    bullets(doc, [
        C("verka för att deras verksamhet är öppen och tillgänglig för alla, oavsett kön, ålder, "
          "funktionsförmåga, etnisk bakgrund, religion, sexuell läggning eller könsidentitet",
          P, "civil_society"),
        C("använda sina nätverk för att sprida kännedom om överenskommelsen till fler organisationer",
          P, "civil_society"),
    ])

    # 4.7
    P = "samhallsutveckling"
    H2("4.7 Samhällsutveckling")
    para(doc, "Många av de utmaningar som Ljungsätra står inför, som psykisk ohälsa, ofrivillig ensamhet "
              "och skillnader i livsvillkor mellan stadsdelarna, kan inte lösas av en aktör ensam. Idéburna "
              "organisationer bidrar med engagemang, nätverk och nya arbetssätt som kompletterar stadens "
              "verksamhet.")
    lead_in(doc, "Parterna åtar sig att:")
    bullets(doc, [
        C("tillsammans identifiera samhällsutmaningar där samverkan kan ge bättre resultat för invånarna",
          P, "joint"),
        C("pröva nya former för samverkan, till exempel idéburet offentligt partnerskap (IOP), när det är "
          "lämpligt", P, "joint"),
    ])
    para(doc, C("Stadsledningsförvaltningen ska senast under 2025 ta fram en stadsövergripande vägledning "
                "för idéburet offentligt partnerskap.", P, "public"))

    # ------------------------------------------------------------ 5 Organisation
    H1("5 Organisation av samverkan")
    H2("5.1 Samverkansrådet")
    para(doc, "Samverkansrådet är överenskommelsens gemensamma organ för dialog och uppföljning. Rådet "
              "består av fjorton ledamöter, varav sju representerar den idéburna sektorn och sju "
              "representerar staden.")
    para(doc, "Stadens ledamöter är kommunstyrelsens ordförande, ett oppositionsråd, ordförandena i "
              "socialnämnden och kultur- och fritidsnämnden, stadsdirektören samt två förvaltningschefer som "
              "utses av stadsdirektören. Sektorns ledamöter väljs vid Idéforum för en mandatperiod om två "
              "år. Vid valet eftersträvas en bredd när det gäller organisationernas storlek, "
              "verksamhetsområde och geografi.")
    para(doc, "Samverkansrådet sammanträder fyra gånger per år. Ordförandeskapet växlar årsvis mellan "
              "parterna, och under 2024 är ordföranden från den idéburna sektorn.")
    lead_in(doc, "Samverkansrådet har till uppgift att:")
    bullets(doc, [
        C("följa upp hur överenskommelsen tillämpas och föreslå förbättringar", None, "joint"),
        C("ta initiativ till gemensamma utvecklingsområden", None, "joint"),
        C("planera och genomföra Idéforum Ljungsätra minst en gång per år", None, "joint"),
    ])
    para(doc,
         C("Stadsledningsförvaltningen ansvarar för rådets sekretariat och kallar till möten.",
           None, "public"), " ",
         C("Sektorns ledamöter ansvarar för att återkoppla rådets arbete till de anslutna organisationerna.",
           None, "civil_society"))
    H2("5.2 Idéforum Ljungsätra")
    para(doc, "Idéforum Ljungsätra är en öppen mötesplats där anslutna organisationer, förtroendevalda och "
              "tjänstepersoner diskuterar aktuella frågor och följer upp överenskommelsen. Alla intresserade "
              "organisationer är välkomna, även de som ännu inte har anslutit sig. Idéforum hålls "
              "vanligtvis i oktober.")
    H2("5.3 Arbetsgrupp")
    para(doc, "Till stöd för samverkansrådet finns en beredande arbetsgrupp med tre representanter för "
              "sektorn och tre tjänstepersoner från staden. Arbetsgruppen har inget eget beslutsmandat.")

    # ------------------------------------------------------------ 6 Uppföljning
    H1("6 Uppföljning och revidering")
    H2("6.1 Årlig uppföljning")
    para(doc, "Uppföljningen av överenskommelsen sker årligen och ger underlag för samverkansrådets arbete "
              "och för stadens budget- och verksamhetsplanering.")
    para(doc,
         C("Varje nämnd ska i sin verksamhetsberättelse redovisa hur nämnden har tillämpat överenskommelsen "
           "under året.", None, "public"), " ",
         C("Stadsledningsförvaltningen sammanställer nämndernas redovisningar och rapporterar resultatet "
           "till kommunstyrelsen och samverkansrådet senast i april varje år.", None, "public"))
    para(doc, C("De anslutna organisationerna åtar sig att medverka i uppföljningen, bland annat genom att "
                "besvara den årliga enkät som skickas ut i samband med Idéforum.", None, "civil_society"))
    para(doc, "Uppföljningen utgår bland annat från följande indikatorer:", keep_next=True)
    ind = [("Indikator", "Källa"),
           ("Antal anslutna organisationer", "Stadsledningsförvaltningens register"),
           ("Andel organisationer som anser att dialogen med staden fungerar bra", "Årlig enkät"),
           ("Andel föreningsbidrag som beslutats före bidragsårets början", "Kultur- och fritidsförvaltningen"),
           ("Antal idéburna offentliga partnerskap (IOP)", "Nämndernas verksamhetsberättelser"),
           ("Genomsnittlig svarstid på remisser till idéburna organisationer", "Nämndernas verksamhetsberättelser")]
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for i, (a, b) in enumerate(ind):
        cells = t.add_row().cells
        for c, txt in zip(cells, (a, b)):
            c.paragraphs[0].style = doc.styles["Tabelltext"]
            run = c.paragraphs[0].add_run(txt)
            if i == 0:
                run.bold = True
                set_cell_shading(c, "E2EFE9")
    H2("6.2 Giltighetstid och revidering")
    para(doc, "Överenskommelsen gäller från och med den 1 april 2024 till och med den 31 december 2028. ",
         C("Samverkansrådet ska under 2027 inleda en revidering av överenskommelsen i dialog med den "
           "idéburna sektorn.", None, "joint"))

    # ------------------------------------------------------------ 7 Anslutning
    H1("7 Anslutning till överenskommelsen")
    para(doc, "Alla idéburna organisationer som är verksamma i Ljungsätra kan ansluta sig till "
              "överenskommelsen. Anslutningen är frivillig och kostnadsfri. Organisationen ansluter sig "
              "genom att fylla i anslutningsformuläret på ljungsatra.se/overenskommelsen eller genom att "
              "kontakta stadsledningsförvaltningen. Beslutet om anslutning fattas av organisationens "
              "styrelse.")
    para(doc, "Vid årsskiftet 2023/2024 hade 86 organisationer anslutit sig till överenskommelsen. En "
              "förteckning över anslutna organisationer finns på stadens webbplats.")
    box = doc.add_table(rows=1, cols=1)
    set_table_borders(box, sz=8, color="005A3C")
    trPr = box.rows[0]._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))
    cell = box.cell(0, 0)
    set_cell_shading(cell, "F2F8F5")
    lines = [("Kontakt", True),
             ("Ljungsätra stad, stadsledningsförvaltningen", True),
             ("Elin Bergqvist, strateg för civilsamhällesfrågor", False),
             ("Telefon: 0565-74 12 38", False),
             ("E-post: elin.bergqvist@ljungsatra.se", False),
             ("Ljungsätra föreningsråd", True),
             ("Tobias Randström, ordförande", False),
             ("E-post: kansli@ljungsatraforeningsrad.se", False)]
    for i, (txt, b) in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.style = doc.styles["Tabelltext"]
        r = p.add_run(txt)
        r.bold = b
        if i == 0:
            r.font.size = Pt(11)
            r.font.color.rgb = GREEN

    # ------------------------------------------------------------ Underskrifter
    h = H1("Underskrifter")
    h.paragraph_format.page_break_before = True
    para(doc, "Denna överenskommelse har upprättats i två likalydande exemplar, av vilka parterna har tagit "
              "var sitt.")
    para(doc, "Ljungsätra den 14 mars 2024")
    sigs = [
        ("För Ljungsätra stad", [("Margareta Ekdahl", "Kommunstyrelsens ordförande"),
                                 ("Jonas Almqvist", "Stadsdirektör")]),
        ("För den idéburna sektorn i Ljungsätra", [("Tobias Randström", "Ljungsätra föreningsråd"),
                                                    ("Leila Haddad", "Studieförbundet Vuxenskolan Ljungsätra"),
                                                    ("Gunilla Öberg", "Ljungsätra Röda Korskrets")]),
    ]
    t = doc.add_table(rows=1, cols=2)
    for col, (title, people) in enumerate(sigs):
        cell = t.cell(0, col)
        p = cell.paragraphs[0]
        p.add_run(title).bold = True
        for name, org in people:
            cell.add_paragraph()
            cell.add_paragraph("……………………………………………")
            cell.add_paragraph(name)
            q = cell.add_paragraph()
            rr = q.add_run(org)
            rr.italic = True
            rr.font.size = Pt(10)

    # ------------------------------------------------------------ Versionshistorik
    H1("Versionshistorik")
    vh = [("Version", "Datum", "Beslut", "Kommentar"),
          ("1.0", "2016-05-19", "KF § 78", "Första lokala överenskommelsen"),
          ("1.1", "2019-11-07", "KS § 203", "Redaktionella ändringar, ny kontaktperson"),
          ("2.0", "2024-02-22", "KF § 31", "Ny överenskommelse efter revidering 2022–2023")]
    t = doc.add_table(rows=0, cols=4)
    t.style = doc.styles["Table Grid"]
    for i, row in enumerate(vh):
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.paragraphs[0].style = doc.styles["Tabelltext"]
            run = c.paragraphs[0].add_run(txt)
            if i == 0:
                run.bold = True
                set_cell_shading(c, "E2EFE9")

    # ------------------------------------------------------------ Bilaga
    H1("Bilaga 1. Begrepp")
    terms = [("Begrepp", "Förklaring"),
             ("Idéburen organisation", "Organisation som är fristående från offentlig sektor, drivs utan "
                                       "vinstsyfte och har ett allmännyttigt eller ideellt syfte."),
             ("Idéburet offentligt partnerskap (IOP)", "Samverkansform där en idéburen organisation och en "
                                                       "offentlig aktör gemensamt finansierar och genomför en "
                                                       "verksamhet, utanför lagen om offentlig upphandling."),
             ("Föreningsbidrag", "Ekonomiskt stöd som staden lämnar till föreningar enligt nämndernas "
                                 "bidragsregler, till exempel verksamhetsbidrag och aktivitetsbidrag."),
             ("Remiss", "Förfarande där staden ber berörda parter att lämna synpunkter på ett förslag innan "
                        "beslut fattas.")]
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for i, row in enumerate(terms):
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.paragraphs[0].style = doc.styles["Tabelltext"]
            run = c.paragraphs[0].add_run(txt)
            if i == 0:
                run.bold = True
                set_cell_shading(c, "E2EFE9")

    doc.save(os.path.join(HERE, FILE))


# ---------------------------------------------------------------- expected
def questions():
    return [
        {"id": "q1", "question": "Hur ofta träffas samverkansrådet och vem är ordförande?", "language": "sv",
         "answerable": True,
         "gold": ["Samverkansrådet sammanträder fyra gånger per år.",
                  "Ordförandeskapet växlar årsvis mellan parterna, och under 2024 är ordföranden från den "
                  "idéburna sektorn."],
         "must_mention": ["fyra gånger per år", "växlar årsvis"]},
        {"id": "q2", "question": "När får föreningarna besked om föreningsbidraget för nästa år?",
         "language": "sv", "answerable": True,
         "gold": ["fatta beslut om föreningsbidrag i så god tid att organisationerna kan planera sin "
                  "verksamhet, senast den 15 december året före bidragsåret"],
         "must_mention": ["15 december"]},
        {"id": "q3", "question": "vem ar kontaktperson pa staden for overenskommelsen med ideburen sektor?",
         "language": "sv", "answerable": True,
         "gold": ["Elin Bergqvist, strateg för civilsamhällesfrågor",
                  "E-post: elin.bergqvist@ljungsatra.se"],
         "must_mention": ["Elin Bergqvist"]},
        {"id": "q4", "question": "Får staden kräva att vår förening slutar kritisera kommunen om vi får "
                                 "bidrag?", "language": "sv", "answerable": True,
         "gold": ["inte ställa villkor för bidrag som begränsar organisationernas rätt att fritt uttrycka "
                  "åsikter och bedriva opinionsbildning",
                  "Att en organisation tar emot ekonomiskt stöd från staden påverkar inte dess rätt att granska "
                  "och kritisera stadens verksamhet."],
         "must_mention": ["inte ställa villkor", "kritisera"]},
        {"id": "q5", "question": "How many seats does the civil society side have on the cooperation "
                                 "council (samverkansrådet)?", "language": "en", "answerable": True,
         "gold": ["Rådet består av fjorton ledamöter, varav sju representerar den idéburna sektorn och sju "
                  "representerar staden."],
         "must_mention": ["sju"]},
        {"id": "q6", "question": "Which principles is the Ljungsätra agreement based on?", "language": "en",
         "answerable": True,
         "gold": ["Den reviderade överenskommelsen bygger på de sex nationella principerna: självständighet "
                  "och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald.",
                  "Därutöver har parterna lagt till en sjunde princip, samhällsutveckling, som beskriver hur "
                  "staden och sektorn tillsammans kan möta gemensamma samhällsutmaningar."],
         "must_mention": ["självständighet och oberoende", "mångfald", "samhällsutveckling"]},
        {"id": "q7", "question": "hur lang tid har foreningar pa sig att svara pa en remiss fran staden",
         "language": "sv", "answerable": True,
         "gold": ["Stadens förvaltningar ska ge organisationerna rimlig tid att svara på remisser, normalt "
                  "minst sex veckor."],
         "must_mention": ["minst sex veckor"]},
        {"id": "q8", "question": "Hur gör vår förening för att ansluta sig till överenskommelsen?",
         "language": "sv", "answerable": True,
         "gold": ["Organisationen ansluter sig genom att fylla i anslutningsformuläret på "
                  "ljungsatra.se/overenskommelsen eller genom att kontakta stadsledningsförvaltningen.",
                  "Beslutet om anslutning fattas av organisationens styrelse."],
         "must_mention": ["anslutningsformuläret", "styrelse"]},
        {"id": "q9", "question": "Hur mycket pengar delar staden ut i föreningsbidrag totalt varje år?",
         "language": "sv", "answerable": False, "gold": [], "must_mention": []},
        {"id": "q10", "question": "Kan vi som anslutet studieförbund få låna stadens lokaler gratis för "
                                  "våra möten?", "language": "sv", "answerable": False, "gold": [],
         "must_mention": []},
    ]


def main():
    build()
    exp = {
        "file": FILE,
        "layout": FOLDER,
        "description": (
            "Word document (python-docx) of a city's ('Ljungsätra stad') local överenskommelse with the "
            "idéburna sektorn, decided by kommunfullmäktige 2024-02-22 and signed 2024-03-14. Cover page with "
            "the city name, Title/Subtitle styles and a 2-column 'styrdokument' info table (dokumenttyp, "
            "beslutad av, beslutsdatum, diarienummer, giltighetstid, ersätter). Page 2 holds a TOC field "
            "(TOC \\o \"1-2\") with cached entries in 'toc 1'/'toc 2' styles (heading texts plus page "
            "numbers, so headings appear twice in the extracted text). Header (city name + short title) and "
            "footer (dnr + PAGE/NUMPAGES fields) on all but the cover page, which has its own address footer. "
            "Body uses real Heading 1/Heading 2 styles with manually typed section numbers: Förord signed by "
            "the KS chair and the föreningsråd chair (2-column borderless table), 1 Bakgrund (with a bullet "
            "list of process steps, not commitments), 2 Syfte (Word 'List Number' list of aims, not "
            "commitments), 3 Parter och avgränsning (definitions; a non-binding exhortation to the city's "
            "companies), 4 Principer och åtaganden with seven principles as Heading 2 (the six national ones "
            "plus samhällsutveckling). Each principle starts with a descriptive paragraph and then gives "
            "commitments in a varying mix: bold lead-in paragraphs 'Staden åtar sig att:' / 'De idéburna "
            "organisationerna åtar sig att:' / 'Parterna åtar sig att:' followed by Word 'List Bullet' "
            "items; non-bold lead-ins 'Det innebär att staden ska:' / 'De idéburna organisationerna ska:'; a "
            "lead-in without colon ('Staden åtar sig att') with items ending in ',', ', samt' and '.'; and "
            "prose paragraphs holding one to three commitment sentences for different parties (staden, "
            "stadens förvaltningar, varje förvaltning, Kultur- och fritidsnämnden, "
            "Stadsledningsförvaltningen, de idéburna organisationerna, parterna gemensamt, 'Både staden och "
            "de idéburna organisationerna'). 5 Organisation av samverkan describes the samverkansråd (7+7 "
            "members, four meetings a year) with a lead-in list of the council's tasks (joint commitments, "
            "principle null) and sentences on the secretariat (public) and feedback by the sector's members "
            "(civil_society); Idéforum and a working group are described only. 6 Uppföljning och revidering "
            "has commitment sentences for nämnder, stadsledningsförvaltningen, the connected organisations "
            "and a revision commitment for the council, plus an indicator table (not commitments). 7 "
            "Anslutning has a shaded one-cell contact box. Then Underskrifter (page break, place/date, "
            "2-column signature table with dotted lines), a Versionshistorik table and Bilaga 1 Begrepp "
            "(definitions table). Commitments outside section 4 have principle null."
        ),
        "metadata": {
            "doc_id": os.path.splitext(FILE)[0],
            "title": "Överenskommelse mellan Ljungsätra stad och den idéburna sektorn i Ljungsätra",
            "place": "Ljungsätra",
            "organisation": "Ljungsätra stad",
            "kind": "överenskommelse",
            "date": "2024-02-22",
            "body": "kommunfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {FILE} and expected.json ({len(COMMITMENTS)} commitments)")


if __name__ == "__main__":
    main()
