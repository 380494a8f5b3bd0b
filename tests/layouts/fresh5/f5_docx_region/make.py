#!/usr/bin/env python3
"""Generate region_vitmyra_overenskommelse_civilsamhallet.docx and expected.json.

Region Vitmyra: a regional agreement with civil society written in Word the
way a region's staff would do it (python-docx). Cover page without header
(different first page): region name, Title, subtitle, a photo (generated with
Pillow, inline picture) with a 'Caption'-styled photo caption, Dnr and
decision line. Page 2: 'Innehåll' with an updated TOC field (cached 'toc 1' /
'toc 2' entries with dot leaders and page numbers). Chapters in Heading 1 /
Heading 2 with typed numbers ('1 Inledning', '5.2 Åtaganden per princip').
The commitments are one table 'Princip | Regionen åtar sig att | Civilsamhällets
organisationer åtar sig att' with a repeated, shaded header row; cells hold
'List Bullet' paragraphs, and in a few cells short sentences instead; under
Dialog a vertically merged principle cell and an extra row whose two party
cells are merged ('Gemensamt: Parterna …', joint). Chapter 6 'Gemensamma
åtaganden' is a numbered list after 'parterna gemensamt att:'. Chapter 7
follow-up with two commitment sentences and a 'När | Vad | Ansvarig' table
(not commitments), chapter 8 decision and a borderless signature table.
Header 'Region Vitmyra' / 'Dnr RS 2024/0873', footer 'Sida X av Y' fields.

Run: python3 make.py   (needs python-docx and Pillow; re-executes with the
project venv if they are missing)
"""
import io
import json
import os
import random
import sys

try:
    import docx  # noqa: F401
    import PIL  # noqa: F401
except ImportError:
    venv = "/work/main/.venv/bin/python"
    if os.path.exists(venv) and not os.environ.get("MAKE_REEXEC"):
        os.environ["MAKE_REEXEC"] = "1"
        os.execv(venv, [venv] + sys.argv)
    raise

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = "f5_docx_region"
FILE = "region_vitmyra_overenskommelse_civilsamhallet.docx"
PUB, CS, JT = "public", "civil_society", "joint"

TITLE = "Överenskommelse mellan Region Vitmyra och civilsamhällets organisationer"
SUBTITLE = "Samverkan för ett starkt och självständigt civilsamhälle 2025–2028"

COMMITMENTS = []  # (text, principle, party)


def add_c(text, principle, party):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


# ---------------------------------------------------------------- helpers
def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def no_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def table_borders(table, val="single"):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{edge}")
        b.set(qn("w:val"), val)
        b.set(qn("w:sz"), "4")
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "808080" if val != "nil" else "auto")
        borders.append(b)
    tblPr.append(borders)


def add_field(paragraph, instr, cached="1"):
    r = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r = paragraph.add_run()
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = f" {instr} "
    r._r.append(t)
    r = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._r.append(s)
    paragraph.add_run(cached)
    r = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._r.append(e)


def fld_char(paragraph, kind):
    r = paragraph.add_run()
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    r._r.append(el)


def instr(paragraph, text):
    r = paragraph.add_run()
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r._r.append(t)


def add_bookmark(paragraph, name, bid):
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bid))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bid))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


def photo_png():
    """A soft, blurred 'landscape photo': sky, lake, forest, a few people."""
    rnd = random.Random(4711)
    w, h = 1200, 700
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    for y in range(h):
        if y < 300:
            c = (150 + y // 6, 185 + y // 10, 225)
        elif y < 420:
            c = (70, 110 + (y - 300) // 4, 150)
        else:
            c = (60 + (y - 420) // 8, 95 + (y - 420) // 10, 45)
        d.line([(0, y), (w, y)], fill=c)
    for _ in range(90):  # spruce trees on the far shore
        x = rnd.randint(0, w)
        th = rnd.randint(60, 140)
        d.polygon([(x, 300 - th), (x - 22, 305), (x + 22, 305)], fill=(30, 60 + rnd.randint(0, 25), 35))
    for i in range(5):  # people by the shore
        x = 380 + i * 95 + rnd.randint(-15, 15)
        col = [(200, 60, 50), (240, 200, 60), (60, 90, 170), (230, 120, 40), (90, 150, 90)][i]
        d.ellipse([x - 14, 470, x + 14, 498], fill=(225, 190, 160))
        d.rectangle([x - 22, 498, x + 22, 590], fill=col)
        d.rectangle([x - 18, 590, x + 18, 660], fill=(40, 40, 60))
    img = img.filter(ImageFilter.GaussianBlur(2))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    buf.seek(0)
    return buf


# ---------------------------------------------------------------- content
PRINCIPLE_INTRO = [
    ("Självständighet och oberoende", "Civilsamhällets organisationer bestämmer själva över sin "
     "verksamhet, sina ställningstaganden och sin roll som röstbärare och opinionsbildare."),
    ("Dialog", "Samverkan bygger på dialog där parterna möts med respekt för varandras roller och "
     "erfarenheter."),
    ("Kvalitet", "Kvalitet bedöms utifrån verksamhetens syfte och utifrån de människor den finns till för."),
    ("Långsiktighet", "Goda villkor och förutsebarhet över tid ger organisationerna möjlighet att utveckla "
     "sin verksamhet."),
    ("Öppenhet och insyn", "Parterna är öppna med hur beslut fattas och hur gemensamma resurser används."),
    ("Mångfald", "Ett civilsamhälle med många olika röster och organisationsformer är en tillgång för hela "
     "regionen."),
    ("Samhällsutveckling", "Civilsamhället bidrar med engagemang, kunskap och nya idéer till utvecklingen "
     "av Region Vitmyra."),
]

# Rows of the commitments table: principle, slug, region cell, civil society cell.
# A cell is ("bullets", [items]) or ("text", [sentences as separate paragraphs]).
TABLE = [
    ("Självständighet och oberoende", "sjalvstandighet_och_oberoende",
     ("bullets", [
         "respektera organisationernas rätt att själva bestämma över sin inriktning, sina arbetsformer och "
         "sina ställningstaganden",
         "inte ställa villkor i samband med bidrag som begränsar organisationernas möjlighet att granska och "
         "kritisera regionens verksamhet",
         "värna organisationernas roll som röstbärare och opinionsbildare, även när de riktar kritik mot "
         "regionen",
     ]),
     ("bullets", [
         "tydligt skilja mellan när organisationen företräder sina medlemmar eller målgrupper och när den "
         "utför uppdrag åt regionen",
         "se till att organisationen vilar på en demokratisk grund med stadgar, styrelse och årsmöte",
     ])),
    ("Dialog", "dialog",
     ("bullets", [
         "bjuda in civilsamhällets organisationer till dialog i ett tidigt skede när regionen tar fram planer, "
         "program och riktlinjer som berör dem",
         "ge minst sex veckors svarstid på remisser och undvika svarstider som infaller under juli månad",
         "utse en samordnare för civilsamhällesfrågor vid regionkansliet",
         "betala arvode till företrädare för organisationerna som deltar i regionens råd och referensgrupper",
     ]),
     ("bullets", [
         "delta aktivt i Dialogrådet och i de dialoger som regionen bjuder in till",
         "förankra sina synpunkter hos medlemmar och målgrupper innan de framförs i dialogen",
     ])),
    ("Kvalitet", "kvalitet",
     ("bullets", [
         "fortsätta att ge stöd till folkbildningen och till utbildning av ideella ledare",
         "utforma bidragsregler och ansökningsformulär så att de är enkla att förstå och använda, även för "
         "mindre föreningar",
         "lämna besked på ansökningar om verksamhetsbidrag senast den 15 december inför kommande bidragsår",
     ]),
     ("bullets", [
         "följa upp och utvärdera sin verksamhet och återkoppla resultaten till medlemmar och bidragsgivare",
         "begära utdrag ur belastningsregistret för ledare som arbetar med barn och unga",
         "hålla sig informerade om de villkor som gäller för regionens bidrag",
     ])),
    ("Långsiktighet", "langsiktighet",
     ("bullets", [
         "i första hand ge organisations- och verksamhetsbidrag framför projektbidrag",
         "erbjuda fleråriga bidragsbeslut på upp till tre år till organisationer med en etablerad verksamhet",
         "pröva idéburet offentligt partnerskap (IOP) som samverkansform när förutsättningarna finns",
     ]),
     ("text", [
         "Organisationerna planerar sin verksamhet med sikte på mer än ett år i taget.",
         "De strävar efter en bred finansiering för att minska beroendet av enskilda bidragsgivare.",
     ])),
    ("Öppenhet och insyn", "oppenhet_och_insyn",
     ("bullets", [
         "publicera information om bidrag, beviljade belopp och bedömningsgrunder på regionens webbplats",
         "i god tid informera Dialogrådet om regionens budgetprocess och om förändringar som påverkar stödet "
         "till civilsamhället",
     ]),
     ("bullets", [
         "redovisa hur bidrag från regionen har använts enligt de villkor som gäller för bidraget",
         "vara öppna med sina stadgar, sin ekonomi och sina beslutsprocesser gentemot regionen och "
         "allmänheten",
     ])),
    ("Mångfald", "mangfald",
     ("bullets", [
         "uppmärksamma och bjuda in även nya, små och informella grupper, till exempel föreningar som bildats "
         "av nyanlända eller av nationella minoriteter",
         "erbjuda tolk och lättläst information vid regionens dialogmöten när det behövs",
         "fördela sitt stöd så att civilsamhället i hela regionen, även på landsbygden, får del av det",
     ]),
     ("bullets", [
         "arbeta för att verksamheten är öppen och tillgänglig för alla, oavsett kön, ålder, etnisk "
         "bakgrund, funktionsförmåga, religion eller sexuell läggning",
         "samverka med andra organisationer för att nå grupper som i dag inte deltar i föreningslivet",
     ])),
    ("Samhällsutveckling", "samhallsutveckling",
     ("bullets", [
         "ta tillvara civilsamhällets kunskap i arbetet med den regionala utvecklingsstrategin",
         "bjuda in civilsamhällets organisationer att delta i regionens arbete med krisberedskap och civilt "
         "försvar",
         "underlätta för organisationerna att söka EU-medel och andra externa medel, bland annat genom "
         "rådgivning",
     ]),
     ("bullets", [
         "bidra med kunskap och erfarenheter från sina målgrupper i regionens utvecklingsarbete",
         "medverka i regionens krisberedskap utifrån sina förutsättningar, till exempel genom frivilliga "
         "resursgrupper",
     ])),
]
JOINT_DIALOG = ("Parterna arrangerar tillsammans ett Vitmyraforum varje höst där överenskommelsen och "
                "aktuella samhällsfrågor diskuteras.")

JOINT = [
    "sprida kännedom om överenskommelsen i den egna organisationen och bland medlemmarna",
    "senast den 30 juni 2025 ta fram en gemensam handlingsplan med konkreta aktiviteter för "
    "överenskommelsens genomförande",
    "verka för att fler kommuner i länet tecknar lokala överenskommelser med civilsamhället",
    "i första hand lösa meningsskiljaktigheter om hur överenskommelsen ska tillämpas genom dialog i "
    "Dialogrådet",
]

FOLLOW_PUB = ("Regionkansliet sammanställer varje år en uppföljning av hur åtagandena har genomförts och "
              "presenterar den för Dialogrådet senast i oktober.")
FOLLOW_CS = ("Civilsamhällets organisationer bidrar till uppföljningen genom att besvara den årliga enkäten "
             "och delta i uppföljningsmötet.")

DECISION = ("Regionfullmäktige i Region Vitmyra beslutade den 26 november 2024, § 142, att anta "
            "överenskommelsen.")
DECISION_CS = ("Civilsamhällets organisationer ställde sig bakom överenskommelsen vid ett gemensamt "
               "möte i Tallbo den 5 december 2024.")
VALIDITY = "Överenskommelsen gäller från och med den 1 januari 2025 till och med den 31 december 2028."


def register_commitments():
    for name, slug, reg, cs in TABLE:
        for item in reg[1]:
            add_c(item, slug, PUB)
        for item in cs[1]:
            add_c(item, slug, CS)
        if slug == "dialog":
            add_c(JOINT_DIALOG, "dialog", JT)
    for item in JOINT:
        add_c(item, None, JT)
    add_c(FOLLOW_PUB, None, PUB)
    add_c(FOLLOW_CS, None, CS)


# ---------------------------------------------------------------- document
def build():
    doc = Document()
    st = doc.styles
    st["Normal"].font.name = "Calibri"
    st["Normal"].font.size = Pt(11)
    st["Normal"].paragraph_format.space_after = Pt(6)
    for name, size in (("Heading 1", 16), ("Heading 2", 13)):
        st[name].font.name = "Calibri Light"
        st[name].font.size = Pt(size)
        st[name].font.color.rgb = RGBColor(0x1F, 0x4E, 0x5F)
    st["Title"].font.color.rgb = RGBColor(0x1F, 0x4E, 0x5F)
    # built-in TOC styles, as Word writes them after an update
    for lvl, indent in ((1, 0), (2, 0.5)):
        s = st.add_style(f"toc {lvl}", WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = st["Normal"]
        s.paragraph_format.left_indent = Cm(indent)
        s.paragraph_format.space_after = Pt(3)
        s.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    sec.different_first_page_header_footer = True

    # header / footer (not on the cover)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Region Vitmyra")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x5F)
    r = hp.add_run("\tDnr RS 2024/0873")
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Överenskommelse Region Vitmyra och civilsamhället 2025–2028\tSida ")
    r.font.size = Pt(9)
    add_field(fp, "PAGE", "2")
    fp.add_run(" av ").font.size = Pt(9)
    add_field(fp, "NUMPAGES", "8")

    # ---------------- cover
    p = doc.add_paragraph()
    r = p.add_run("REGION VITMYRA")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x5F)
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(36)
    r = p.add_run("Regionkansliet, avdelningen för regional utveckling")
    r.font.size = Pt(10)
    doc.add_paragraph(TITLE, style="Title")
    p = doc.add_paragraph(SUBTITLE, style="Subtitle")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(photo_png(), width=Cm(15.5))
    doc.add_paragraph(
        "Medlemmar i Vitmyra scoutdistrikt och Friluftsfrämjandet Tallbo bygger vindskydd vid "
        "Klintasjön. Foto: Johan Ekdahl", style="Caption")
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Beslutad av regionfullmäktige 2024-11-26, § 142\nDiarienummer: RS 2024/0873\n"
                  "Giltig: 2025–2028")
    r.font.size = Pt(10)
    p.add_run().add_break(WD_BREAK.PAGE)

    # ---------------- TOC (updated field, cached entries)
    doc.add_paragraph("Innehåll", style="TOC Heading")
    toc_entries = [
        (1, "1 Inledning", "3"),
        (1, "2 Bakgrund", "3"),
        (1, "3 Syfte", "4"),
        (1, "4 Parter och giltighet", "4"),
        (1, "5 Principer och åtaganden", "4"),
        (2, "5.1 De sju principerna", "4"),
        (2, "5.2 Åtaganden per princip", "4"),
        (1, "6 Gemensamma åtaganden", "7"),
        (1, "7 Uppföljning och revidering", "7"),
        (1, "8 Beslut och giltighetstid", "8"),
    ]
    for i, (lvl, text, page) in enumerate(toc_entries):
        p = doc.add_paragraph(style=f"toc {lvl}")
        if i == 0:
            fld_char(p, "begin")
            instr(p, ' TOC \\o "1-2" \\h \\z \\u ')
            fld_char(p, "separate")
        p.add_run(f"{text}\t{page}")
        if i == len(toc_entries) - 1:
            fld_char(p, "end")
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    # ---------------- 1 Inledning
    doc.add_heading("1 Inledning", level=1)
    for t in [
        "Civilsamhället är en självklar del av livet i Region Vitmyra. Tusentals människor engagerar sig "
        "varje vecka i idrottsföreningar, studieförbund, patient- och brukarorganisationer, trossamfund, "
        "hembygdsföreningar och sociala verksamheter. Engagemanget skapar mötesplatser, stärker demokratin "
        "och gör regionen till en bättre plats att leva i.",
        "Den här överenskommelsen beskriver hur Region Vitmyra och civilsamhällets organisationer vill "
        "samverka under de kommande fyra åren. Den är inte ett juridiskt bindande avtal, utan en "
        "gemensam avsiktsförklaring som bygger på frivillighet och ömsesidigt förtroende.",
        "Överenskommelsen har tagits fram tillsammans. Vi som har undertecknat den ser fram emot att "
        "förverkliga den i praktiken.",
    ]:
        doc.add_paragraph(t)

    # ---------------- 2 Bakgrund
    doc.add_heading("2 Bakgrund", level=1)
    for t in [
        "År 2008 slöt regeringen, Sveriges Kommuner och Regioner (dåvarande Sveriges Kommuner och "
        "Landsting) och idéburna organisationer inom det sociala området en nationell överenskommelse. "
        "Den nationella överenskommelsen innehåller sex principer för samverkan: självständighet och "
        "oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald. Sedan dess har "
        "många kommuner och regioner tagit fram lokala och regionala överenskommelser.",
        "Region Vitmyra och civilsamhällets organisationer i länet slöt en första överenskommelse 2016. "
        "En utvärdering som genomfördes 2023 visade att överenskommelsen har bidragit till en bättre "
        "dialog, men också att den var okänd för många mindre föreningar och att åtagandena var för "
        "allmänt formulerade för att kunna följas upp.",
        "Under 2024 har en arbetsgrupp med företrädare för regionen och för Dialogrådet arbetat fram en "
        "ny överenskommelse. Arbetet har skett i dialog med omkring 70 organisationer vid sex "
        "dialogmöten i Tallbo, Grenås, Storvik och digitalt. Förslaget har varit ute på remiss under "
        "perioden 15 augusti – 30 september 2024. Som en sjunde princip har parterna lagt till "
        "samhällsutveckling.",
    ]:
        doc.add_paragraph(t)

    # ---------------- 3 Syfte
    doc.add_heading("3 Syfte", level=1)
    doc.add_paragraph("Syftet med överenskommelsen är att")
    for t in [
        "stärka civilsamhällets möjligheter att verka självständigt och långsiktigt i hela regionen,",
        "utveckla formerna för dialog och samverkan mellan regionen och civilsamhällets organisationer,",
        "tydliggöra parternas roller och vad parterna kan förvänta sig av varandra.",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph(
        "Överenskommelsen ska också bidra till målen i den regionala utvecklingsstrategin Vitmyra 2035, "
        "särskilt målen om social hållbarhet och en levande landsbygd.")

    # ---------------- 4 Parter
    doc.add_heading("4 Parter och giltighet", level=1)
    for t in [
        "Parter i överenskommelsen är Region Vitmyra och de civilsamhällesorganisationer som har anslutit "
        "sig till den. Med regionen avses regionfullmäktige, regionstyrelsen, nämnderna och regionens "
        "förvaltningar. Med civilsamhällets organisationer avses ideella föreningar, stiftelser, "
        "trossamfund och andra idéburna organisationer som verkar i länet.",
        "Organisationerna företräds i det löpande arbetet av Dialogrådet, som består av tio ledamöter "
        "valda av organisationerna vid det årliga Vitmyraforumet. En organisation som vill ansluta sig "
        "till överenskommelsen anmäler det till regionkansliet. Anslutningen är frivillig och innebär "
        "inga ekonomiska åtaganden.",
    ]:
        doc.add_paragraph(t)

    # ---------------- 5 Principer och åtaganden
    doc.add_heading("5 Principer och åtaganden", level=1)
    doc.add_heading("5.1 De sju principerna", level=2)
    doc.add_paragraph("Samverkan mellan parterna vilar på följande principer:")
    for name, desc in PRINCIPLE_INTRO:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(name + ". ").bold = True
        p.add_run(desc)

    doc.add_heading("5.2 Åtaganden per princip", level=2)
    doc.add_paragraph(
        "I tabellen nedan beskrivs vad respektive part åtar sig under varje princip. Åtagandena gäller "
        "under hela överenskommelsens giltighetstid och följs upp enligt kapitel 7.")
    cap = doc.add_paragraph("Tabell 1. Parternas åtaganden", style="Caption")
    cap.paragraph_format.keep_with_next = True

    tbl = doc.add_table(rows=1, cols=3)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl)
    widths = (Cm(3.6), Cm(6.2), Cm(6.2))
    tbl.autofit = False
    for col, w in zip(tbl.columns, widths):
        col.width = w
    hdr = tbl.rows[0]
    set_repeat_header(hdr)
    for cell, text, w in zip(hdr.cells, ("Princip", "Regionen åtar sig att",
                                         "Civilsamhällets organisationer åtar sig att"), widths):
        cell.width = w
        set_cell_shading(cell, "1F4E5F")
        r = cell.paragraphs[0].add_run(text)
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    def fill(cell, content):
        kind, items = content
        first = True
        for it in items:
            if first:
                p = cell.paragraphs[0]
                if kind == "bullets":
                    p.style = doc.styles["List Bullet"]
                p.add_run(it)
                first = False
            else:
                p = cell.add_paragraph(it, style="List Bullet" if kind == "bullets" else None)
            p.paragraph_format.space_after = Pt(3)

    for name, slug, reg, cs in TABLE:
        row = tbl.add_row()
        for c, w in zip(row.cells, widths):
            c.width = w
        row.cells[0].paragraphs[0].add_run(name).bold = True
        set_cell_shading(row.cells[0], "E3EEF2")
        fill(row.cells[1], reg)
        fill(row.cells[2], cs)
        if slug == "dialog":
            extra = tbl.add_row()
            no_split(extra)
            for c, w in zip(extra.cells, widths):
                c.width = w
            row.cells[0].merge(extra.cells[0])
            merged = extra.cells[1].merge(extra.cells[2])
            p = merged.paragraphs[0]
            p.add_run("Gemensamt: ").bold = True
            p.add_run(JOINT_DIALOG)
            set_cell_shading(merged, "F2F2F2")

    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Regionens nämnder ansvarar för att åtagandena genomförs inom respektive "
                  "verksamhetsområde. Regionstyrelsen har det samordnande ansvaret.")
    r.italic = True

    # ---------------- 6 Gemensamma åtaganden
    doc.add_heading("6 Gemensamma åtaganden", level=1)
    doc.add_paragraph(
        "Utöver åtagandena i tabell 1 har parterna kommit överens om ett antal saker som de ska göra "
        "tillsammans. Regionen och civilsamhällets organisationer åtar sig gemensamt att:")
    for t in JOINT:
        doc.add_paragraph(t, style="List Number")

    # ---------------- 7 Uppföljning
    doc.add_heading("7 Uppföljning och revidering", level=1)
    doc.add_paragraph(
        "Överenskommelsen följs upp varje år. Uppföljningen ska visa hur åtagandena har genomförts och "
        "om samverkan har utvecklats i den riktning som parterna har avsett. " + FOLLOW_PUB)
    doc.add_paragraph(FOLLOW_CS + " Resultatet redovisas för regionstyrelsen och vid Vitmyraforumet.")
    doc.add_paragraph("Tabell 2. Årshjul för uppföljning", style="Caption")
    t2 = doc.add_table(rows=1, cols=3)
    table_borders(t2)
    t2.autofit = False
    for col, w in zip(t2.columns, (Cm(3), Cm(8), Cm(5))):
        col.width = w
    rows = [
        ("När", "Vad", "Ansvarig"),
        ("Juni", "Enkät till anslutna organisationer", "Regionkansliet"),
        ("September", "Uppföljningsmöte i Dialogrådet", "Dialogrådet"),
        ("Oktober", "Uppföljningsrapport", "Regionkansliet"),
        ("November", "Vitmyraforum", "Regionen och Dialogrådet"),
    ]
    for i, vals in enumerate(rows):
        cells = t2.rows[0].cells if i == 0 else t2.add_row().cells
        for c, v, w in zip(cells, vals, (Cm(3), Cm(8), Cm(5))):
            c.width = w
            r = c.paragraphs[0].add_run(v)
            if i == 0:
                r.bold = True
                set_cell_shading(c, "E3EEF2")
    doc.add_paragraph()
    doc.add_paragraph(
        "Överenskommelsen ska revideras inför en ny period. Arbetet med revideringen påbörjas under "
        "2028. Om det finns behov kan parterna gemensamt besluta om ändringar under perioden.")

    # ---------------- 8 Beslut
    doc.add_heading("8 Beslut och giltighetstid", level=1)
    doc.add_paragraph(DECISION + " " + DECISION_CS)
    doc.add_paragraph(VALIDITY)
    doc.add_paragraph("Tallbo den 5 december 2024")
    sig = doc.add_table(rows=3, cols=2)
    table_borders(sig, "nil")
    cells = [
        ("För Region Vitmyra", "För civilsamhällets organisationer"),
        ("\n\n______________________________", "\n\n______________________________"),
        ("Karin Sjöberg (S)\nRegionstyrelsens ordförande",
         "Ahmed Yusuf\nOrdförande i Dialogrådet"),
    ]
    for row, vals in zip(sig.rows, cells):
        for c, v in zip(row.cells, vals):
            c.paragraphs[0].add_run(v)
    return doc


# ---------------------------------------------------------------- expected
QUESTIONS = [
    dict(question="Vad åtar sig regionen under principen om kvalitet?", language="sv",
         gold=[TABLE[2][2][1][0], TABLE[2][2][1][1], TABLE[2][2][1][2]],
         must_mention=["ideella ledare", "bidragsregler", "15 december"]),
    dict(question="När beslutade regionfullmäktige att anta överenskommelsen?", language="sv",
         gold=[DECISION], must_mention=["26 november 2024", "§ 142"]),
    dict(question="maste ledare for barn visa utdrag ur belastningsregistret", language="sv",
         gold=[TABLE[2][3][1][1]], must_mention=["belastningsregistret"]),
    dict(question="How much time do organisations get to answer a remiss from the region?", language="en",
         gold=[TABLE[1][2][1][1]], must_mention=["sex veckors svarstid"]),
    dict(question="Vilka gemensamma åtaganden har regionen och civilsamhället?", language="sv",
         gold=[JOINT_DIALOG] + JOINT,
         must_mention=["Vitmyraforum", "handlingsplan", "lokala överenskommelser"]),
    dict(question="Kan en förening få bidrag från regionen för flera år i taget?", language="sv",
         gold=[TABLE[3][2][1][1]], must_mention=["fleråriga bidragsbeslut", "tre år"]),
    dict(question="Is the region allowed to stop associations from criticising it?", language="en",
         gold=[TABLE[0][2][1][1], TABLE[0][2][1][2]],
         must_mention=["kritisera regionens verksamhet", "även när de riktar kritik"]),
    dict(question="Vad ska civilsamhällets organisationer göra när det gäller öppenhet och insyn?",
         language="sv", gold=[TABLE[4][3][1][0], TABLE[4][3][1][1]],
         must_mention=["redovisa hur bidrag", "stadgar"]),
    dict(question="Hur mycket pengar fördelar regionen till civilsamhällets organisationer varje år?",
         language="sv", gold=[], must_mention=[]),
    dict(question="Does the region offer free premises for the associations' meetings?", language="en",
         gold=[], must_mention=[]),
]


def main():
    register_commitments()
    doc = build()
    doc.core_properties.title = TITLE
    doc.core_properties.author = "Regionkansliet, Region Vitmyra"
    doc.save(os.path.join(HERE, FILE))

    qs = []
    for i, q in enumerate(QUESTIONS, 1):
        qs.append({"id": f"{LAYOUT}-q{i}", "question": q["question"], "language": q["language"],
                   "answerable": bool(q["gold"]), "gold": q["gold"], "must_mention": q["must_mention"]})
    exp = {
        "file": FILE,
        "layout": LAYOUT,
        "description": (
            "Regional agreement written in Word (python-docx): cover page without header (different first "
            "page) with 'REGION VITMYRA', Title and Subtitle styles, an inline photo with a Caption-styled "
            "photo caption, Dnr and decision line; 'Innehåll' page with an updated TOC field whose cached "
            "'toc 1'/'toc 2' entries repeat the headings with tab and page number; chapters in Heading 1/2 "
            "with typed numbers ('5.2 Åtaganden per princip'); a bulleted list of the seven principles with "
            "bold run-in names and descriptions that are not commitments; one commitments table 'Princip | "
            "Regionen åtar sig att | Civilsamhällets organisationer åtar sig att' with a repeated shaded "
            "header row, 'List Bullet' paragraphs in the cells (no leading 'att'), one cell with two plain "
            "sentences instead (Långsiktighet, civil society), and under Dialog a vertically merged "
            "principle cell plus a row whose two party cells are merged: 'Gemensamt: Parterna …' (joint); "
            "chapter 6 'Gemensamma åtaganden' as a List Number list after '… åtar sig gemensamt att:'; "
            "chapter 7 follow-up with one commitment sentence per party inside prose and an 'Årshjul' table "
            "'När | Vad | Ansvarig' that is not commitments; chapter 8 decision by regionfullmäktige "
            "2024-11-26 § 142, a second date (civil-society meeting 2024-12-05), validity 2025–2028, "
            "borderless signature table; header 'Region Vitmyra' / 'Dnr', footer 'Sida X av Y' fields."),
        "metadata": {
            "doc_id": "region_vitmyra_overenskommelse",
            "title": TITLE,
            "place": "Vitmyra",
            "organisation": "Region Vitmyra",
            "kind": "överenskommelse",
            "date": "2024-11-26",
            "body": "regionfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": qs,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {FILE}: {len(COMMITMENTS)} commitments")


if __name__ == "__main__":
    main()
