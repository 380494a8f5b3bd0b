#!/usr/bin/env python3
"""Generate vindeasa_overenskommelse_skannad.docx / .pdf and expected.json.

Vindeåsa kommun and Vindeåsa föreningsråd: a four-page "Överenskommelse om
samverkan" that was printed, signed, stamped and scanned. The text is written
in Word form (python-docx), converted to PDF with LibreOffice, rendered with
pdftoppm at 200 dpi and degraded with Pillow: a slight rotation (< 1 degree),
an uneven grey paper tone, light noise and specks, a darker photocopy shadow
along the left edge with two punch holes, a blue-grey "DIARIEFÖRD" stamp on
page 1, a pen initial and a tick in the margin of page 2 and two pen
signatures on page 4. The pages are then rebuilt as an image-only PDF (JPEG,
no text layer), so the text can only be read with OCR.

Content: numbered chapters (1 Bakgrund … 6 Giltighetstid), principle headings
in CAPITALS ("SJÄLVSTÄNDIGHET OCH OBEROENDE", "DIALOG", "KVALITET", …), each
with a short description and lists of "–" items after "Kommunen åtar sig att:",
"Föreningsrådet och föreningarna åtar sig att:" and "Gemensamt åtar sig
parterna att:", plus a few commitment sentences; follow-up; a two-column table
of contact persons; the decision line "Beslutad i kommunstyrelsen den 8 maj
2024, § 61"; signature table.

Run: python3 make.py   (needs python-docx, Pillow, numpy, soffice, pdftoppm)
"""
import glob
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import docx  # noqa: F401
    import numpy  # noqa: F401
    from PIL import Image  # noqa: F401
except ImportError:  # fall back to the project venv which has python-docx, Pillow and numpy
    venv = "/work/main/.venv/bin/python"
    if os.path.exists(venv) and not os.environ.get("MAKE_REEXEC"):
        os.environ["MAKE_REEXEC"] = "1"
        os.execv(venv, [venv] + sys.argv)
    raise

import numpy as np
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "vindeasa_overenskommelse_skannad"
DOCX = os.path.join(HERE, BASE + ".docx")
PDF = os.path.join(HERE, BASE + ".pdf")
LAYOUT = "c5_pdf_scanned_agreement"
PUB, CS, JT = "public", "civil_society", "joint"
DPI = 200

TITLE = "Överenskommelse om samverkan mellan Vindeåsa kommun och Vindeåsa föreningsråd"
DECISION = "Beslutad i kommunstyrelsen den 8 maj 2024, § 61"

LEAD = {PUB: "Kommunen åtar sig att:",
        CS: "Föreningsrådet och föreningarna åtar sig att:",
        JT: "Gemensamt åtar sig parterna att:"}

# Blocks: ("h1", text) chapter heading; ("hp", TEXT, slug) principle heading in capitals;
# ("p", [(sentence, party or None), …]); ("list", party, [items]).
BODY = [
    ("h1", "1 Bakgrund"),
    ("p", [("Föreningslivet i Vindeåsa är brett och har djupa rötter.", None),
           ("Idrottsföreningar, studieförbund, kulturföreningar, pensionärsorganisationer, "
            "hembygdsföreningar och trossamfund samlar tillsammans fler än 9 000 medlemmar i en kommun "
            "med drygt 14 000 invånare.", None),
           ("Föreningarna bidrar till gemenskap, folkhälsa och demokrati och står för mycket av det som "
            "gör Vindeåsa till en bra plats att leva på.", None)]),
    ("p", [("År 2008 slöt regeringen, idéburna organisationer inom det sociala området och Sveriges "
            "Kommuner och Landsting en nationell överenskommelse, som sedan har legat till grund för "
            "lokala överenskommelser i många kommuner.", None),
           ("I Vindeåsa har frågan drivits av föreningsrådet sedan 2019.", None),
           ("Under hösten 2023 hölls fyra dialogmöten där drygt 60 föreningar deltog, och den här "
            "överenskommelsen är resultatet av det arbetet.", None)]),
    ("h1", "2 Syfte och parter"),
    ("p", [("Syftet med överenskommelsen är att stärka samverkan mellan kommunen och föreningslivet, "
            "att göra tydligt vad parterna kan förvänta sig av varandra och att ge bättre förutsättningar "
            "för ett aktivt och självständigt föreningsliv.", None)]),
    ("p", [("Parter är Vindeåsa kommun, genom kommunstyrelsen, och Vindeåsa föreningsråd, som företräder "
            "87 anslutna föreningar.", None),
           ("Överenskommelsen är öppen för alla föreningar och idéburna organisationer som verkar i "
            "kommunen.", None),
           ("En förening som inte är ansluten till föreningsrådet kan ansluta sig genom en skriftlig "
            "anmälan till kommunledningskontoret.", None),
           ("Överenskommelsen är inte ett juridiskt bindande avtal utan en gemensam avsiktsförklaring "
            "som vilar på parternas ömsesidiga förtroende.", None)]),
    ("h1", "3 Principer och åtaganden"),
    ("p", [("Överenskommelsen bygger på sex principer: självständighet och oberoende, dialog, kvalitet, "
            "långsiktighet, öppenhet och insyn samt mångfald.", None),
           ("Principerna är hämtade från den nationella överenskommelsen och har diskuterats fram vid "
            "dialogmötena.", None),
           ("Under varje princip anges vad kommunen, vad föreningsrådet och föreningarna och vad parterna "
            "gemensamt åtar sig.", None)]),

    ("hp", "SJÄLVSTÄNDIGHET OCH OBEROENDE", "sjalvstandighet_och_oberoende"),
    ("p", [("Föreningarna har rätt att själva bestämma över sin verksamhet, sina mål och sina "
            "arbetsformer.", None),
           ("Ett självständigt föreningsliv kan vara både samarbetspartner och kritisk röst.", None)]),
    ("list", PUB, [
        "respektera föreningarnas rätt att själva besluta om sin inriktning, organisation och verksamhet",
        "respektera föreningarnas rätt att framföra kritik mot kommunen, även offentligt, utan att det "
        "påverkar möjligheten att få föreningsstöd",
        "inte ställa krav på föreningarnas inre arbete utöver vad som följer av lag eller av villkoren för "
        "det stöd som föreningen söker",
    ]),
    ("list", CS, [
        "tydligt skilja mellan sin egen verksamhet och verksamhet som utförs på uppdrag av kommunen",
        "själva ansvara för att stadgar, ekonomi och demokratisk beslutsordning sköts på ett riktigt sätt",
    ]),

    ("hp", "DIALOG", "dialog"),
    ("p", [("Dialog förutsätter att båda parter lyssnar och att synpunkterna faktiskt kan påverka.", None),
           ("Dialogen ska komma in tidigt, innan en fråga i praktiken redan är avgjord.", None)]),
    ("list", PUB, [
        "bjuda in föreningsrådet till samråd i god tid inför beslut som berör föreningslivet, till "
        "exempel om lokaler, taxor och regler för föreningsstöd",
        "utse en kontaktperson för föreningsfrågor på kommunledningskontoret",
        "skriftligt återkoppla hur synpunkter från föreningslivet har tagits om hand",
    ]),
    ("list", CS, [
        "förankra sina synpunkter hos de anslutna föreningarna innan de lämnas till kommunen",
        "sprida information från kommunen vidare till medlemsföreningarna",
    ]),
    ("list", JT, [
        "hålla ett dialogforum minst två gånger per år, ett under våren och ett under hösten",
        "gemensamt sätta dagordningen för dialogforum",
    ]),
    ("p", [("Kommunstyrelsens ordförande och föreningsrådets ordförande ska dessutom träffas minst en gång "
            "per kvartal.", JT)]),

    ("hp", "KVALITET", "kvalitet"),
    ("p", [("Kvalitet handlar om att verksamheten håller vad den lovar och att den utvecklas över tid.",
            None),
           ("Båda parter har ansvar för att ta tillvara erfarenheter och lära av dem.", None)]),
    ("list", PUB, [
        "erbjuda föreningarna kommunens utbildningar i bland annat ledarskap, ekonomi och tillgänglighet",
        "ställa tydliga och rimliga krav på redovisning som står i proportion till stödets storlek",
        "handlägga ansökningar om föreningsstöd inom fyra veckor",
    ]),
    ("list", CS, [
        "följa upp och redovisa sin verksamhet på det sätt som parterna har kommit överens om",
        "verka för att ledare och styrelseledamöter får den utbildning som uppdraget kräver",
    ]),

    ("hp", "LÅNGSIKTIGHET", "langsiktighet"),
    ("p", [("Föreningar som planerar flera år framåt behöver kunna lita på att villkoren inte ändras med "
            "kort varsel.", None),
           ("Kommunen ska därför besluta om regler för föreningsstöd för minst två år i taget.", PUB)]),
    ("list", PUB, [
        "informera föreningsrådet senast sex månader innan ändrade bidragsregler eller taxor börjar gälla",
        "sträva efter fleråriga överenskommelser när en förening bedriver verksamhet på kommunens uppdrag",
    ]),
    ("list", CS, [
        "planera sin verksamhet med ett flerårigt perspektiv och i god tid informera kommunen om större "
        "förändringar",
    ]),

    ("hp", "ÖPPENHET OCH INSYN", "oppenhet_och_insyn"),
    ("p", [("Öppenhet skapar förtroende.", None),
           ("Det gäller både hur kommunen fattar sina beslut och hur föreningarna använder gemensamma "
            "medel.", None)]),
    ("list", PUB, [
        "publicera regler för föreningsstöd, fattade bidragsbeslut och kontaktuppgifter på kommunens "
        "webbplats",
        "skriftligt motivera beslut om avslag på ansökningar om föreningsstöd",
    ]),
    ("list", CS, [
        "lämna verksamhetsberättelse och ekonomisk redovisning när de har fått stöd från kommunen",
        "hålla stadgar och uppgifter om styrelsens sammansättning tillgängliga för medlemmar och allmänhet",
        "vara öppna med vilka intressen de företräder i sina kontakter med kommunen",
    ]),

    ("hp", "MÅNGFALD", "mangfald"),
    ("p", [("Vindeåsa ska ha ett föreningsliv där alla kan delta oavsett kön, ålder, funktionsförmåga, "
            "bakgrund eller var i kommunen man bor.", None),
           ("Olika föreningar behövs för olika människor.", None)]),
    ("list", PUB, [
        "ge stöd till små och nystartade föreningar och inte bara till stora och etablerade",
        "se till att kommunens lokaler för föreningsverksamhet är tillgängliga för personer med "
        "funktionsnedsättning",
        "verka för att det finns mötesplatser för föreningslivet även i Bäckåsen och Lilla Torp",
    ]),
    ("list", CS, [
        "arbeta aktivt för att välkomna nya medlemmar med olika bakgrund och erfarenheter",
        "ta fram en gemensam plan för hur föreningslivet kan nå barn och unga som i dag inte är med i "
        "någon förening",
    ]),
    ("list", JT, [
        "anordna en föreningsmässa i samband med skolstarten varje år",
    ]),

    ("h1", "4 Uppföljning"),
    ("p", [("Överenskommelsen följs upp varje år vid höstens dialogforum.", None),
           ("Kommunledningskontoret sammanställer uppföljningen och redovisar den för kommunstyrelsen "
            "senast i december.", PUB),
           ("Föreningsrådet ska inför uppföljningen lämna en skriftlig redogörelse för hur "
            "överenskommelsen har fungerat för föreningarna.", CS),
           ("Under hösten 2026 ska parterna gemensamt utvärdera överenskommelsen i sin helhet, som "
            "underlag för en ny överenskommelse.", JT)]),
    ("h1", "5 Kontaktpersoner"),
    ("p", [("Frågor om överenskommelsen besvaras av:", None)]),
    ("contacts",),
    ("h1", "6 Giltighetstid"),
    ("p", [("Överenskommelsen gäller från och med den 1 juni 2024 till och med den 31 december 2027.", None),
           ("Den kan ändras under perioden om båda parter är överens.", None)]),
]

CONTACTS = [("Vindeåsa kommun", "Vindeåsa föreningsråd"),
            (["Karin Westerlund, föreningsstrateg", "Kommunledningskontoret", "Tfn 0547-191 20",
              "karin.westerlund@vindeasa.se"],
             ["Per-Olof Sandberg, ordförande", "Föreningsrådets styrelse", "Tfn 070-318 44 21",
              "ordforande@vindeasaforeningsrad.se"]),
            (["Ahmed Yusuf, fritidschef", "Kultur- och fritidsförvaltningen", "Tfn 0547-191 45",
              "ahmed.yusuf@vindeasa.se"],
             ["Lena Brandt, sekreterare", "Föreningsrådets kansli, Folkets hus", "Tfn 073-902 17 60",
              "kansli@vindeasaforeningsrad.se"])]


# ----------------------------------------------------------------- docx
def add_field(run, instr):
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = f" {instr} "
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t"); v.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, v, e):
        run._r.append(el)


def para(container, text="", size=11, bold=False, italic=False, align=None, after=5, before=0,
         keep_next=False, indent=None, first=None):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.font.size = bold, italic, Pt(size)
    pf = p.paragraph_format
    pf.space_after, pf.space_before = Pt(after), Pt(before)
    pf.keep_with_next = keep_next
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    return p


def set_borders(table, val="single"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), "4"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(2.6), Cm(2.4)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    sec.header_distance, sec.footer_distance = Cm(1.0), Cm(0.9)

    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(8.0), WD_TAB_ALIGNMENT.CENTER)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("VINDEÅSA KOMMUN"); r.bold = True; r.font.size = Pt(10)
    r = hp.add_run("\tÖVERENSKOMMELSE\tSida "); r.font.size = Pt(9)
    r = hp.add_run(); r.font.size = Pt(9); add_field(r, "PAGE")
    r = hp.add_run(" ("); r.font.size = Pt(9)
    r = hp.add_run(); r.font.size = Pt(9); add_field(r, "NUMPAGES")
    r = hp.add_run(")"); r.font.size = Pt(9)
    hp2 = sec.header.add_paragraph()
    hp2.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
    r = hp2.add_run("Kommunledningskontoret\tDnr KS 2024/118"); r.font.size = Pt(9)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Vindeåsa kommun · 685 93 Vindeåsa · Besök: Storgatan 12 · Tfn 0547-191 00 · "
                   "kommun@vindeasa.se")
    r.font.size = Pt(8)

    para(doc, TITLE, size=16, bold=True, after=4, before=6)
    para(doc, "Lokal överenskommelse för perioden 2024–2027", size=12, italic=True, after=12)

    for blk in BODY:
        kind = blk[0]
        if kind == "h1":
            p = para(doc, blk[1], size=13, bold=True, before=9, after=4, keep_next=True)
            p.paragraph_format.page_break_before = blk[1].startswith("4 ")
        elif kind == "hp":
            para(doc, blk[1], size=11, bold=True, before=9, after=3, keep_next=True)
        elif kind == "p":
            para(doc, " ".join(s for s, _ in blk[1]), after=5)
        elif kind == "list":
            para(doc, LEAD[blk[1]], italic=True, before=2, after=2, keep_next=True)
            items = blk[2]
            for i, item in enumerate(items):
                end = "." if i == len(items) - 1 else ","
                p = para(doc, f"–\t{item}{end}", indent=1.0, first=-0.6, after=2)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
            doc.paragraphs[-1].paragraph_format.space_after = Pt(5)
        elif kind == "contacts":
            t = doc.add_table(rows=len(CONTACTS), cols=2)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            set_borders(t)
            for i, (a, b) in enumerate(CONTACTS):
                for j, lines in enumerate((a, b)):
                    c = t.cell(i, j)
                    c.width = Cm(8.0)
                    for k, txt in enumerate([lines] if isinstance(lines, str) else lines):
                        cp = c.paragraphs[0] if k == 0 else c.add_paragraph()
                        rr = cp.add_run(txt)
                        rr.font.size = Pt(10.5)
                        rr.bold = (i == 0)
                        cp.paragraph_format.space_after = Pt(1)
                        cp.paragraph_format.space_before = Pt(2 if k == 0 else 0)
            para(doc, "", after=2)

    para(doc, DECISION, bold=True, before=10, after=2)
    para(doc, "Antagen av föreningsrådets årsmöte den 22 april 2024", after=12)
    para(doc, "Vindeåsa den 14 maj 2024", after=8, keep_next=True)
    sg = doc.add_table(rows=4, cols=2)
    set_borders(sg, "nil")
    rows = [("För Vindeåsa kommun", "För Vindeåsa föreningsråd"), ("", ""),
            ("………………………………………", "………………………………………"),
            ("Ingrid Sjöholm, kommunstyrelsens ordförande", "Per-Olof Sandberg, ordförande")]
    for i, (a, b) in enumerate(rows):
        for j, txt in enumerate((a, b)):
            c = sg.cell(i, j)
            c.width = Cm(8.0)
            rr = c.paragraphs[0].add_run(txt)
            rr.bold = (i == 0)
            rr.font.size = Pt(10.5)
            c.paragraphs[0].paragraph_format.space_after = Pt(18 if i == 1 else 1)
            c.paragraphs[0].paragraph_format.keep_with_next = True
    doc.save(DOCX)


def convert(tmp):
    prof = os.path.join(tmp, "profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                    "--convert-to", "pdf", "--outdir", tmp, DOCX],
                   check=True, capture_output=True, timeout=180)
    return os.path.join(tmp, BASE + ".pdf")


# ----------------------------------------------------------------- scan simulation
def font(size, bold=True):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for d in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"):
        p = os.path.join(d, name)
        if os.path.exists(p):
            return ImageFont.truetype(p, size)
    return ImageFont.load_default()


def smooth_path(points, n=14):
    """Catmull-Rom spline through the points."""
    out = []
    pts = [points[0]] + points + [points[-1]]
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for k in range(n):
            t = k / n
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * ((2 * p1[d]) + (-p0[d] + p2[d]) * t
                                    + (2 * p0[d] - 5 * p1[d] + 4 * p2[d] - p3[d]) * t2
                                    + (-p0[d] + 3 * p1[d] - 3 * p2[d] + p3[d]) * t3) for d in (0, 1)))
    out.append(points[-1])
    return out


def pen(draw, points, rng, width=4, colour=(28, 36, 92, 235)):
    path = smooth_path(points)
    for a, b in zip(path, path[1:]):
        w = max(2, int(round(width + rng.uniform(-1.2, 0.8))))
        draw.line([a, b], fill=colour, width=w)
        draw.ellipse([b[0] - w / 2, b[1] - w / 2, b[0] + w / 2, b[1] + w / 2], fill=colour)


def signature(layer, x, y, rng, scale=1.0, style=0):
    """A fluent scribble: a large capital loop, a run of small waves and an underline flourish."""
    d = ImageDraw.Draw(layer)
    s = scale
    if style == 1:   # a 'P'-like loop, a slanted hyphen stroke, a second loop and a long tail
        pen(d, [(x + 10 * s, y + 45 * s), (x + 22 * s, y - 10 * s), (x + 30 * s, y - 60 * s),
                (x + 75 * s, y - 50 * s), (x + 60 * s, y - 15 * s), (x + 20 * s, y - 10 * s)], rng)
        pen(d, [(x + 70 * s, y + 5 * s), (x + 100 * s, y + 2 * s)], rng, width=3)
        pts, cx = [(x + 110 * s, y + 20 * s)], x + 110 * s
        for _ in range(4):
            cx += rng.uniform(20, 30) * s
            pts.append((cx, y + rng.uniform(-30, -12) * s))
            cx += rng.uniform(4, 9) * s
            pts.append((cx, y + rng.uniform(15, 28) * s))
        pts += [(cx + 60 * s, y + 10 * s), (cx + 110 * s, y - 25 * s)]
        pen(d, pts, rng, width=3)
        return
    cap = [(x, y + 40 * s), (x + 18 * s, y - 30 * s), (x + 30 * s, y - 55 * s), (x + 22 * s, y + 35 * s),
           (x + 10 * s, y + 10 * s), (x + 55 * s, y - 5 * s), (x + 70 * s, y + 25 * s)]
    pen(d, cap, rng)
    pts, cx = [], x + 70 * s
    for _ in range(9):
        cx += rng.uniform(14, 24) * s
        pts.append((cx, y + rng.uniform(-18, 2) * s))
        cx += rng.uniform(6, 12) * s
        pts.append((cx, y + rng.uniform(18, 30) * s))
    pen(d, [(x + 70 * s, y + 25 * s)] + pts, rng, width=3)
    pen(d, [(x + 20 * s, y + 55 * s), (x + 150 * s, y + 48 * s), (cx + 25 * s, y + 38 * s),
            (cx + 45 * s, y + 20 * s)], rng, width=3)


def initials(layer, x, y, rng):
    """Pen initials 'KW' with a tick, as a reviewer writes in a margin."""
    d = ImageDraw.Draw(layer)
    pen(d, [(x, y - 30), (x + 3, y + 5), (x + 1, y + 32)], rng, width=4)          # K stem
    pen(d, [(x + 28, y - 28), (x + 6, y + 2), (x + 30, y + 30)], rng, width=4)     # K arms
    pen(d, [(x + 40, y - 26), (x + 50, y + 30), (x + 60, y - 8), (x + 72, y + 28),
            (x + 86, y - 30)], rng, width=4)                                        # W
    pen(d, [(x + 10, y + 62), (x + 22, y + 78), (x + 52, y + 44)], rng, width=4)   # tick
    pen(d, [(x - 6, y + 40), (x + 48, y + 36), (x + 95, y + 38)], rng, width=3)    # underline


def stamp(rng):
    """Blue-grey received stamp as an RGBA image with uneven ink."""
    w, h = 430, 215
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    ink = (72, 92, 132, 255)
    d.rounded_rectangle([5, 5, w - 5, h - 5], radius=18, outline=ink, width=6)
    d.rounded_rectangle([16, 16, w - 16, h - 16], radius=12, outline=ink, width=2)
    for txt, size, yy in (("VINDEÅSA KOMMUN", 30, 26), ("DIARIEFÖRD", 48, 64),
                          ("2024 -05- 14", 36, 124), ("Dnr KS 2024/118", 23, 172)):
        f = font(size)
        tw = d.textlength(txt, font=f)
        d.text(((w - tw) / 2, yy), txt, font=f, fill=ink)
    a = np.asarray(im.getchannel("A"), dtype=np.float32) / 255.0
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    blot = np.asarray(Image.fromarray((nrng.random((9, 16)) * 255).astype(np.uint8))
                      .resize((w, h), Image.BICUBIC), dtype=np.float32) / 255.0
    grain = nrng.random((h, w))
    a = a * (0.45 + 0.5 * blot) * (grain > 0.12)
    im.putalpha(Image.fromarray((np.clip(a, 0, 1) * 235).astype(np.uint8)))
    return im.rotate(rng.uniform(3, 5), resample=Image.BICUBIC, expand=True)


def degrade(page, idx, rng, sigs):
    nrng = np.random.default_rng(1000 + idx)
    g = page.convert("L")
    w, h = g.size
    # toner: slightly soft and a bit heavy
    g = g.filter(ImageFilter.GaussianBlur(0.55))
    a = np.asarray(g, dtype=np.float32)
    a = 255 - (255 - a) * 1.08
    # uneven grey paper
    low = Image.fromarray((nrng.random((9, 7)) * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
    paper = 226 + 20 * (np.asarray(low, dtype=np.float32) / 255.0)
    # photocopy shadow along the left edge (and a faint one at the top)
    x = np.arange(w, dtype=np.float32)
    wob = 1 + 0.25 * np.sin(np.linspace(0, 3 * math.pi, h) + idx)[:, None]
    shade = 1 - 0.62 * np.exp(-x[None, :] / (55.0 * wob))
    shade = shade - 0.10 * np.exp(-x[None, :] / 260.0)
    ytop = np.arange(h, dtype=np.float32)[:, None]
    shade = shade * (1 - 0.12 * np.exp(-ytop / 40.0))
    a = a / 255.0 * paper * shade
    # noise and specks
    a += nrng.normal(0, 7, (h, w))
    for _ in range(int(nrng.integers(140, 220))):
        cx, cy = int(nrng.integers(0, w)), int(nrng.integers(0, h))
        r = int(nrng.integers(1, 3))
        a[max(0, cy - r):cy + r, max(0, cx - r):cx + r] *= nrng.uniform(0.35, 0.75)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).convert("RGB")
    d = ImageDraw.Draw(img)
    # two punch holes in the shadowed margin
    for cy in (h * 0.5 - 320, h * 0.5 + 320):
        d.ellipse([38, cy - 26, 90, cy + 26], fill=(58, 58, 58))
    # stamp / pen marks
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    if idx == 0:
        st = stamp(rng)
        layer.alpha_composite(st, (w - st.width - 120, 244))
    if idx == 1:
        initials(layer, 55, int(h * 0.29), rng)
    if sigs:
        (x1, y1), (x2, y2) = sigs[:2]
        signature(layer, int(x1) + 40, int(y1) - 75, rng, 1.0)
        signature(layer, int(x2) + 30, int(y2) - 70, rng, 0.9, style=1)
    img = Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB")
    # slight skew, grey fill for the uncovered corners
    ang = rng.choice((-1, 1)) * rng.uniform(0.3, 0.85)
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=(205, 205, 203))
    return img


def signature_lines(pdf_in):
    """Pixel positions (x0, y1) of the dotted signature lines on the last page, from pdftotext -bbox."""
    out = subprocess.run(["pdftotext", "-bbox", pdf_in, "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = out.split("<page ")[1:]
    k = DPI / 72.0
    res = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
                         pages[-1]):
        if m.group(4).startswith("\u2026\u2026"):
            res.append((float(m.group(1)) * k, float(m.group(3)) * k))
    return res


def scan(pdf_in, tmp):
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", pdf_in, os.path.join(tmp, "pg")], check=True)
    files = sorted(glob.glob(os.path.join(tmp, "pg-*.png")))
    rng = random.Random(20240514)
    sigs = signature_lines(pdf_in)
    pages = [degrade(Image.open(f), i, rng, sigs if i == len(files) - 1 else None)
             for i, f in enumerate(files)]
    pages[0].save(PDF, "PDF", save_all=True, append_images=pages[1:], resolution=DPI, quality=62,
                  title="Skanning 2024-05-14 10:42", creator="Ricoh MP C3004", producer="Ricoh MP C3004")
    return len(pages)


# ----------------------------------------------------------------- expected
def commitments():
    res, principle = [], None
    for blk in BODY:
        if blk[0] == "h1":
            principle = None
        elif blk[0] == "hp":
            principle = blk[2]
        elif blk[0] == "p":
            res += [{"text": s, "principle": principle, "party": p} for s, p in blk[1] if p]
        elif blk[0] == "list":
            res += [{"text": i, "principle": principle, "party": blk[1]} for i in blk[2]]
    return res


def sent(prefix):
    for blk in BODY:
        if blk[0] == "p":
            for s, _ in blk[1]:
                if s.startswith(prefix):
                    return s
    raise KeyError(prefix)


def lst(principle, party):
    cur = None
    for blk in BODY:
        if blk[0] == "hp":
            cur = blk[2]
        elif blk[0] == "list" and cur == principle and blk[1] == party:
            return list(blk[2])
    raise KeyError((principle, party))


def item(prefix):
    for blk in BODY:
        if blk[0] == "list":
            for i in blk[2]:
                if i.startswith(prefix):
                    return i
    raise KeyError(prefix)


def questions():
    q = []

    def add(question, lang, gold, mm):
        q.append({"id": f"{LAYOUT}-q{len(q) + 1}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": mm})

    add("Vad åtar sig kommunen under principen om kvalitet?", "sv",
        lst("kvalitet", PUB), ["utbildningar", "redovisning", "inom fyra veckor"])
    add("vad ska foreningarna gora nar det galler oppenhet och insyn", "sv",
        lst("oppenhet_och_insyn", CS), ["verksamhetsberättelse", "stadgar", "vilka intressen de företräder"])
    add("Vilket organ beslutade om överenskommelsen och när?", "sv",
        [DECISION], ["kommunstyrelsen", "8 maj 2024", "§ 61"])
    add("Who should I contact at the municipality about the agreement?", "en",
        ["Karin Westerlund, föreningsstrateg", "Tfn 0547-191 20", "karin.westerlund@vindeasa.se"],
        ["Karin Westerlund", "karin.westerlund@vindeasa.se"])
    add("Får föreningarna kritisera kommunen offentligt?", "sv",
        [item("respektera föreningarnas rätt att framföra kritik")],
        ["även offentligt", "föreningsstöd"])
    add("Vilka principer bygger överenskommelsen på?", "sv",
        [sent("Överenskommelsen bygger på sex principer")],
        ["självständighet och oberoende", "dialog", "kvalitet", "långsiktighet", "öppenhet och insyn",
         "mångfald"])
    add("hur ofta ska kommunen och foreningsradet ha dialogmoten", "sv",
        [item("hålla ett dialogforum"), sent("Kommunstyrelsens ordförande och föreningsrådets ordförande")],
        ["minst två gånger per år", "minst en gång per kvartal"])
    add("How long is the agreement valid and how is it followed up?", "en",
        [sent("Överenskommelsen gäller från och med"), sent("Överenskommelsen följs upp varje år"),
         sent("Kommunledningskontoret sammanställer"), sent("Under hösten 2026")],
        ["1 juni 2024", "31 december 2027", "varje år", "hösten 2026"])
    add("Hur mycket pengar får föreningsrådet i bidrag från kommunen varje år?", "sv", [], [])
    add("Måste ledarna i föreningarna visa utdrag ur belastningsregistret?", "sv", [], [])
    return q


def main():
    build_docx()
    tmp = tempfile.mkdtemp(prefix="lo_c5_")
    try:
        pdf_in = convert(tmp)
        n = scan(pdf_in, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    exp = {
        "file": BASE + ".pdf",
        "layout": LAYOUT,
        "description": (
            "Scanned, image-only PDF (no text layer, 200 dpi JPEG pages; needs OCR, so check_layouts.py "
            "reports every quote as not found) of a four-page 'Överenskommelse om samverkan' between Vindeåsa "
            "kommun and Vindeåsa föreningsråd. The original was written with python-docx and converted with "
            "LibreOffice, then rendered with pdftoppm and degraded with Pillow: rotation under 1 degree, "
            "uneven grey paper, noise and specks, a dark photocopy shadow with two punch holes along the left "
            "edge, a blue-grey 'DIARIEFÖRD' received stamp (with date and Dnr) on page 1, pen initials 'KW' "
            "and a tick in the left margin of page 2, two pen signatures on page 4. Running header "
            "'VINDEÅSA KOMMUN  ÖVERENSKOMMELSE  Sida N (4)' / 'Kommunledningskontoret  Dnr KS 2024/118', "
            "address footer. Numbered chapters '1 Bakgrund' … '6 Giltighetstid'; under '3 Principer och "
            "åtaganden' six principle headings in CAPITALS ('SJÄLVSTÄNDIGHET OCH OBEROENDE', 'DIALOG', "
            "'KVALITET', 'LÅNGSIKTIGHET', 'ÖPPENHET OCH INSYN', 'MÅNGFALD'), each with a short description "
            "and italic lead-ins 'Kommunen åtar sig att:' / 'Föreningsrådet och föreningarna åtar sig att:' / "
            "'Gemensamt åtar sig parterna att:' followed by '–' dash items ending in ',' and '.', plus "
            "commitment sentences ('Kommunen ska därför …', '… ska dessutom träffas …'); '4 Uppföljning' with "
            "one commitment sentence per party; a bordered two-column contact table (Vindeåsa kommun | "
            "Vindeåsa föreningsråd); decision line 'Beslutad i kommunstyrelsen den 8 maj 2024, § 61', "
            "'Antagen av föreningsrådets årsmöte den 22 april 2024', signature table."),
        "metadata": {
            "doc_id": "vindeasa_overenskommelse_skannad",
            "title": TITLE,
            "place": "Vindeåsa",
            "organisation": "Vindeåsa kommun",
            "kind": "överenskommelse",
            "date": "2024-05-08",
            "body": "kommunstyrelsen",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    size = os.path.getsize(PDF) / 1e6
    print(f"wrote {BASE}.pdf: {n} pages, {size:.2f} MB, {len(exp['commitments'])} commitments, "
          f"{len(exp['questions'])} questions")


if __name__ == "__main__":
    main()
