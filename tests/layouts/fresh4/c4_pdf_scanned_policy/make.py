#!/usr/bin/env python3
"""Generate ormsala_policy_civilsamhallet_skannad.pdf (+ source .docx) and expected.json.

Ormsala kommun (fictional): a short policy for the kommun's cooperation with
the idéburen sektor, adopted by kommunfullmäktige 2024-03-18, § 34. Written in
Word (python-docx), converted to PDF with LibreOffice, printed ... and scanned:
the pages are rendered with pdftoppm (200 dpi, grey), slightly rotated (under
1 degree), blurred and given light noise and dust, a grey rubber stamp
"ORMSALA KOMMUN / INKOM 2024-03-26 / Dnr KFN 2024/41" in the top right corner
of page 1 and a pen signature on the last page, and put back together as an
image-only PDF with Pillow (no text layer: needs OCR).

Content: a metadata block, Inledning / Syfte och omfattning, then numbered
principle headings "1. Självständighet och oberoende" … "7. Samhällsutveckling",
each with a short description, "Kommunen ska:" / "Föreningarna ska:" bullet
lists and a few commitment sentences (joint ones with "Kommunen och
föreningarna ska …"), Uppföljning, and the decision line
"Antagen av kommunfullmäktige 2024-03-18, § 34".

Run: python3 make.py   (needs python-docx, Pillow, soffice, pdftoppm)
"""
import glob
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

try:
    import docx  # noqa: F401
    import PIL  # noqa: F401
except ImportError:  # fall back to the project venv which has python-docx and Pillow
    venv = "/work/main/.venv/bin/python"
    if os.path.exists(venv) and not os.environ.get("MAKE_REEXEC"):
        os.environ["MAKE_REEXEC"] = "1"
        os.execv(venv, [venv] + sys.argv)
    raise

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = "c4_pdf_scanned_policy"
BASE = "ormsala_policy_civilsamhallet"
DOCX = os.path.join(HERE, BASE + ".docx")
PDF = os.path.join(HERE, BASE + "_skannad.pdf")
DPI = 200
PUB, CS, JT = "public", "civil_society", "joint"

TITLE = "Policy för samverkan mellan Ormsala kommun och civilsamhället"
SUBTITLE = "Föreningar, trossamfund, studieförbund och andra idéburna organisationer"
DECISION = "Antagen av kommunfullmäktige 2024-03-18, § 34"

META = [
    ("Dokumenttyp", "Policy"),
    ("Fastställd av", "Kommunfullmäktige 2024-03-18, § 34"),
    ("Diarienummer", "KS 2023/0588"),
    ("Dokumentansvarig", "Kommunstyrelsen"),
    ("Giltighetstid", "Gäller till och med 2027-12-31"),
]

# Body blocks:
#   ("h", text)                         heading
#   ("p", [(sentence, party|None), ...]) paragraph; sentences with a party are commitments
#   ("list", lead, party, [items])      "Kommunen ska:" + bullets (each item a commitment)
# The principle slug of the current numbered heading is attached automatically.
P = {
    "1. Självständighet och oberoende": "sjalvstandighet_och_oberoende",
    "2. Dialog": "dialog",
    "3. Kvalitet": "kvalitet",
    "4. Långsiktighet": "langsiktighet",
    "5. Öppenhet och insyn": "oppenhet_och_insyn",
    "6. Mångfald": "mangfald",
    "7. Samhällsutveckling": "samhallsutveckling",
}

BODY = [
    ("h", "Inledning"),
    ("p", [("Ormsala kommun har ett rikt föreningsliv med drygt 140 föreningar i kommunens "
            "föreningsregister.", None),
           ("Föreningar, trossamfund, studieförbund och andra idéburna organisationer bidrar till "
            "gemenskap, folkhälsa och demokrati i alla delar av kommunen, från centralorten till byarna "
            "längs Ormån.", None),
           ("Många insatser görs helt ideellt och skulle inte kunna ersättas av kommunal verksamhet.", None)]),
    ("p", [("Policyn bygger på de principer som regeringen, Sveriges Kommuner och Regioner och "
            "organisationer inom den idéburna sektorn enades om i den nationella överenskommelsen 2008.", None),
           ("Den har tagits fram i dialog med föreningslivet under hösten 2023, vid tre dialogmöten "
            "i Ormsala, Västra Kärr och Bodarna samt genom en webbenkät som 61 föreningar besvarade.", None)]),
    ("h", "Syfte och omfattning"),
    ("p", [("Syftet med policyn är att tydliggöra parternas roller, skapa goda förutsättningar för "
            "samverkan och göra det lättare för föreningarna att veta vad de kan förvänta sig av "
            "kommunen.", None),
           ("Policyn gäller för kommunens samtliga nämnder och förvaltningar.", None),
           ("Bidragens storlek och villkor regleras inte här utan i Riktlinjer för föreningsbidrag.", None)]),
    ("p", [("Samverkan mellan kommunen och den idéburna sektorn ska utgå från följande sju principer.", None)]),

    ("h", "1. Självständighet och oberoende"),
    ("p", [("Föreningarnas självständighet är en förutsättning för att de ska kunna vara röstbärare och "
            "företräda sina medlemmar, även när de är kritiska till kommunen.", None),
           ("Ekonomiskt stöd får inte användas för att styra en förenings inre arbete.", None)]),
    ("list", "Kommunen ska:", PUB, [
        "respektera föreningarnas rätt att själva bestämma över sin verksamhet, sina mål och sina arbetssätt",
        "inte ställa krav på föreningarnas inre organisation utöver vad som följer av lag och kommunens "
        "bidragsregler",
    ]),
    ("list", "Föreningarna ska:", CS, [
        "ansvara för sin egen verksamhet och följa sina stadgar",
        "tydligt skilja mellan verksamhet som bedrivs på uppdrag av kommunen och föreningens egen verksamhet",
    ]),

    ("h", "2. Dialog"),
    ("p", [("Dialogen ska föras på jämlika villkor och i ett så tidigt skede att föreningarnas synpunkter "
            "kan påverka besluten.", None)]),
    ("list", "Kommunen ska:", PUB, [
        "bjuda in till ett gemensamt dialogforum minst två gånger per år",
        "ge föreningarna möjlighet att lämna synpunkter innan beslut fattas i frågor som berör dem",
        "utse en kontaktperson för civilsamhällesfrågor vid kultur- och fritidsförvaltningen",
    ]),
    ("list", "Föreningarna ska:", CS, [
        "delta i dialogforum och svara på remisser utifrån sina förutsättningar",
        "förankra de synpunkter som de för fram i dialogen hos sina medlemmar",
    ]),
    ("p", [("Kommunen och föreningarna ska gemensamt ta fram dagordningen inför varje dialogforum.", JT)]),

    ("h", "3. Kvalitet"),
    ("p", [("Kvalitet handlar både om vad verksamheten innehåller och om hur den bedrivs.", None),
           ("Utgångspunkten är de behov som invånarna har.", None)]),
    ("list", "Kommunen ska:", PUB, [
        "erbjuda föreningarna utbildning i bland annat bidragsansökan, styrelsearbete och krisberedskap",
        "handlägga ansökningar om bidrag och lokaler inom 30 dagar",
    ]),
    ("list", "Föreningarna ska:", CS, [
        "bedriva en verksamhet som är trygg, drogfri och fri från diskriminering",
        "begära utdrag ur belastningsregistret för ledare som har regelbunden kontakt med barn och unga",
    ]),

    ("h", "4. Långsiktighet"),
    ("p", [("Långsiktiga villkor ger föreningarna möjlighet att planera sin verksamhet och att behålla "
            "sina ideella ledare.", None),
           ("Kommunen ska där det är möjligt ge stöd i form av fleråriga verksamhetsbidrag i stället för "
            "kortsiktiga projektbidrag.", PUB),
           ("Kommunen åtar sig också att meddela förändringar i bidragsregler och lokalhyror senast sex "
            "månader innan de börjar gälla.", PUB)]),
    ("p", [("Föreningarna ska sträva efter en bred finansiering så att verksamheten inte blir beroende "
            "av ett enda kommunalt bidrag.", CS)]),

    ("h", "5. Öppenhet och insyn"),
    ("p", [("Öppenhet skapar förtroende mellan parterna och gör det möjligt för invånarna att se hur "
            "skattemedel används.", None)]),
    ("list", "Kommunen ska:", PUB, [
        "publicera information om bidrag, lokaler och beslut som rör föreningslivet på kommunens webbplats",
        "skriftligt motivera beslut om att avslå en ansökan om bidrag",
    ]),
    ("list", "Föreningarna ska:", CS, [
        "lämna verksamhetsberättelse, årsbokslut och revisionsberättelse till kommunen när de söker bidrag",
        "ge kommunen insyn i hur kommunala medel har använts",
    ]),

    ("h", "6. Mångfald"),
    ("p", [("Alla som bor i Ormsala ska kunna delta i föreningslivet, oavsett bakgrund, ålder, kön eller "
            "funktionsförmåga.", None)]),
    ("list", "Kommunen ska:", PUB, [
        "särskilt stödja nystartade föreningar och föreningar som når grupper som sällan deltar i "
        "föreningslivet",
        "se till att kommunens lokaler för föreningslivet är tillgängliga för personer med "
        "funktionsnedsättning",
    ]),
    ("list", "Föreningarna ska:", CS, [
        "verka för att verksamheten är öppen för alla som delar föreningens grundläggande värderingar",
    ]),
    ("p", [("Kommunen och föreningarna ska tillsammans arbeta för att fler flickor och kvinnor blir "
            "ledare och styrelseledamöter.", JT)]),

    ("h", "7. Samhällsutveckling"),
    ("p", [("Föreningslivet är en viktig kraft för att utveckla Ormsala, inte minst på landsbygden där "
            "föreningar driver bygdegårdar, badplatser och elljusspår.", None)]),
    ("list", "Kommunen ska:", PUB, [
        "ta tillvara föreningarnas kunskap och erfarenheter i den kommunala planeringen",
        "pröva möjligheten till idéburet offentligt partnerskap (IOP) när en förening vill utveckla en "
        "verksamhet av allmänt intresse",
    ]),
    ("list", "Föreningarna ska:", CS, [
        "bidra med sina erfarenheter när kommunen tar fram planer och program som rör deras "
        "verksamhetsområde",
    ]),
    ("p", [("Kommunen och föreningarna ska gemensamt utveckla formerna för frivilliga resursgrupper i "
            "kommunens krisberedskap.", JT)]),

    ("h", "Uppföljning"),
    ("p", [("Kommunstyrelsen ansvarar för att policyn är känd i hela kommunorganisationen.", None),
           ("Kultur- och fritidsnämnden ska varje år redovisa till kommunstyrelsen hur policyn har "
            "tillämpats.", PUB),
           ("Redovisningen stäms av med föreningarna vid höstens dialogforum.", None),
           ("Policyn ska revideras senast 2027.", None)]),
]

SIGN_PLACE = "Ormsala den 18 mars 2024"
SIGNER = "Gunilla Harnesk"
SIGNER_ROLE = "Kommunfullmäktiges ordförande"


# ----------------------------------------------------------------- docx
def add_field(run, instr):
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def para(container, text="", size=11, bold=False, italic=False, align=None, after=6, before=0,
         style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    if align is not None:
        p.alignment = align
    return p


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    for s in ("Heading 1", "Heading 2"):
        doc.styles[s].font.name = "Liberation Sans"
        doc.styles[s].font.color.rgb = RGBColor(0, 0, 0)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)

    # header: kommun name left, document type right
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("ORMSALA KOMMUN")
    r.bold, r.font.size, r.font.name = True, Pt(10), "Liberation Sans"
    r = hp.add_run("\t\tPolicy")
    r.font.size, r.font.name = Pt(9), "Liberation Sans"
    # footer: title and page numbers
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Policy för samverkan med civilsamhället  |  Sida ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "PAGE")
    r = fp.add_run(" av ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "NUMPAGES")

    para(doc, TITLE, size=18, bold=True, after=4, before=20)
    para(doc, SUBTITLE, size=11, italic=True, after=10)

    t = doc.add_table(rows=len(META), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for i, (k, v) in enumerate(META):
        for j, txt in enumerate((k, v)):
            c = t.cell(i, j)
            c.width = Cm(4.2) if j == 0 else Cm(11.5)
            p = c.paragraphs[0]
            rr = p.add_run(txt)
            rr.font.size = Pt(9.5)
            rr.bold = j == 0
            p.paragraph_format.space_after = Pt(1)
    para(doc, "", after=4)

    for block in BODY:
        if block[0] == "h":
            h = doc.add_heading(block[1], level=1 if not block[1][0].isdigit() else 2)
            h.paragraph_format.space_before = Pt(10)
            h.paragraph_format.space_after = Pt(4)
            h.paragraph_format.keep_with_next = True
        elif block[0] == "p":
            para(doc, " ".join(s for s, _ in block[1]), after=6)
        else:
            _, lead, _, items = block
            lp = para(doc, lead, bold=True, after=2)
            lp.paragraph_format.keep_with_next = True
            for k, it in enumerate(items):
                bp = para(doc, it, style="List Bullet", after=2 if k < len(items) - 1 else 6)
                bp.paragraph_format.left_indent = Cm(1.0)

    # decision and signature
    para(doc, "", after=6)
    para(doc, DECISION, bold=True, after=14, before=6)
    para(doc, SIGN_PLACE, after=36)
    para(doc, "_" * 34, after=0)
    para(doc, SIGNER, after=0)
    para(doc, SIGNER_ROLE, size=10, italic=True, after=0)
    doc.save(DOCX)


def to_pdf(tmp):
    prof = os.path.join(tmp, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                    "--convert-to", "pdf", "--outdir", tmp, DOCX],
                   check=True, capture_output=True)
    return os.path.join(tmp, BASE + ".pdf")


# ----------------------------------------------------------------- "scan"
FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation",
             "/usr/share/fonts/truetype/liberation2"]


def font(name, size):
    for d in FONT_DIRS:
        p = os.path.join(d, name)
        if os.path.exists(p):
            return ImageFont.truetype(p, size)
    return ImageFont.load_default()


def stamp(rng):
    """A grey, slightly rotated rubber stamp 'INKOM' with date and dnr."""
    w, h = 520, 250
    im = Image.new("L", (w, h), 0)  # mask: 255 = ink
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((6, 6, w - 6, h - 6), radius=18, outline=255, width=6)
    d.text((w // 2, 48), "ORMSALA KOMMUN", font=font("DejaVuSans-Bold.ttf", 36), fill=255, anchor="mm")
    d.text((w // 2, 98), "Kultur- och fritidsförvaltningen", font=font("DejaVuSans.ttf", 24),
           fill=255, anchor="mm")
    d.text((w // 2, 152), "INKOM 2024-03-26", font=font("DejaVuSansMono-Bold.ttf", 44), fill=255,
           anchor="mm")
    d.text((w // 2, 206), "Dnr KFN 2024/41", font=font("DejaVuSans.ttf", 28), fill=255, anchor="mm")
    # uneven inking: knock out random specks
    holes = Image.frombytes("L", (w, h), rng.randbytes(w * h)).point(lambda v: 0 if v < 60 else 255)
    im = ImageChops.multiply(im, holes).filter(ImageFilter.GaussianBlur(0.8))
    return im.rotate(rng.uniform(-7, -4), resample=Image.BICUBIC, expand=True)


def signature(rng, w=600, h=170):
    """A hand-written-looking signature: two slanted cursive runs (looped
    cycloids with varying letter heights) and an underline flourish."""
    import math
    im = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(im)
    base = 118.0

    def run(x0, heights, k=9.0, b=13.0):
        pts, t = [], 0.0
        end = 2 * math.pi * len(heights)
        while t <= end:
            i = min(int(t / (2 * math.pi)), len(heights) - 1)
            hh = heights[i]
            x = x0 + k * t + b * math.sin(t)
            y = base - 4 * t / end - hh * (1 - math.cos(t)) / 2
            x += 0.38 * (base - y)  # right slant
            pts.append((x + rng.uniform(-0.6, 0.6), y + rng.uniform(-0.6, 0.6)))
            t += 0.12
        return pts

    first = run(30, [78, 22, 30, 52, 55, 20, 24], k=8.5, b=12.5)   # "Gunilla"
    second = run(265, [82, 24, 26, 20, 28, 50, 24], k=9.5, b=13.5)  # "Harnesk"
    for pts, wdt in ((first, 4), (second, 4)):
        for j in range(len(pts) - 1):  # slightly varying pen pressure
            d.line((pts[j], pts[j + 1]), fill=255, width=wdt if j % 23 < 17 else wdt - 1)
    tail = second[-1]
    flourish = [(tail[0] - i * 9.5, tail[1] + 10 + 6 * math.sin(i / 5) + i * 0.35) for i in range(44)]
    d.line(flourish, fill=255, width=3, joint="curve")
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    return im.rotate(rng.uniform(2, 4), resample=Image.BICUBIC, expand=True)


def degrade(page, rng, index, last):
    page = page.convert("L")
    W, H = page.size
    if index == 0:
        st = stamp(rng)
        st = st.resize((st.size[0] * 18 // 25, st.size[1] * 18 // 25), Image.LANCZOS)
        layer = Image.new("L", page.size, 255)
        layer.paste(Image.new("L", st.size, 125), (W - st.size[0] - 80, 14), st)
        page = ImageChops.darker(page, layer)
    if last:
        # put the signature above the signature rule: find the rule (long dark run in lower half)
        y_rule = None
        for y in range(H - 1, H // 3, -1):
            row = page.crop((0, y, W, y + 1)).histogram()
            if sum(row[:100]) > W * 0.22:
                y_rule = y
                break
        sig = signature(rng)
        y0 = (y_rule or int(H * 0.7)) - sig.size[1] + 28
        layer = Image.new("L", page.size, 255)
        layer.paste(Image.new("L", sig.size, 40), (int(W * 0.14), y0), sig)
        page = ImageChops.darker(page, layer)
    # scanner softness, slight skew and a grey paper tone
    page = page.filter(ImageFilter.GaussianBlur(0.55))
    page = page.rotate(rng.uniform(-0.8, 0.8) or 0.3, resample=Image.BICUBIC, fillcolor=255)
    page = page.point(lambda v: int(18 + v * 0.91))
    noise = Image.frombytes("L", page.size, rng.randbytes(W * H))
    page = Image.blend(page, noise, 0.07)
    # dust and a few specks
    d = ImageDraw.Draw(page)
    for _ in range(rng.randint(15, 35)):
        x, y, r = rng.randrange(W), rng.randrange(H), rng.uniform(0.8, 2.2)
        d.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(60, 150))
    # a faint shadow along the left edge where the sheet did not lie flat
    shade = Image.linear_gradient("L").rotate(90, expand=True).resize((60, H))
    page.paste(Image.new("L", (60, H), 150), (0, 0), shade.point(lambda v: int(v * 0.35)))
    return page


def scan(text_pdf, tmp):
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", text_pdf, os.path.join(tmp, "pg")],
                   check=True)
    files = sorted(glob.glob(os.path.join(tmp, "pg-*.png")))
    rng = random.Random(20240326)
    pages = [degrade(Image.open(f), rng, i, i == len(files) - 1) for i, f in enumerate(files)]
    pages[0].save(PDF, "PDF", save_all=True, append_images=pages[1:], resolution=DPI, quality=55,
                  title="", author="", producer="ScanSnap Manager", creator="ScanSnap Manager")
    return len(pages)


# ----------------------------------------------------------------- expected
def commitments():
    out, principle = [], None
    for block in BODY:
        if block[0] == "h":
            principle = P.get(block[1])
        elif block[0] == "p":
            out += [{"text": s, "principle": principle, "party": party} for s, party in block[1] if party]
        else:
            out += [{"text": it, "principle": principle, "party": block[2]} for it in block[3]]
    return out


def items(lead_heading, lead):
    """Bullet items of the list with lead `lead` under heading `lead_heading`."""
    h = None
    for block in BODY:
        if block[0] == "h":
            h = block[1]
        elif block[0] == "list" and h == lead_heading and block[1] == lead:
            return list(block[3])
    raise KeyError((lead_heading, lead))


def q(n, question, lang, gold, must):
    return {"id": f"{LAYOUT}-q{n}", "question": question, "language": lang, "answerable": bool(gold),
            "gold": gold, "must_mention": must}


def questions():
    return [
        q(1, "Vad åtar sig kommunen under principen om kvalitet?", "sv",
          items("3. Kvalitet", "Kommunen ska:"),
          ["utbildning", "inom 30 dagar"]),
        q(2, "Vilket organ antog policyn och när?", "sv",
          [DECISION],
          ["kommunfullmäktige", "2024-03-18", "§ 34"]),
        q(3, "hur ofta ordnar kommunen dialogforum med foreningarna", "sv",
          ["bjuda in till ett gemensamt dialogforum minst två gånger per år",
           "Kommunen och föreningarna ska gemensamt ta fram dagordningen inför varje dialogforum."],
          ["minst två gånger per år"]),
        q(4, "Do our youth leaders need a criminal record check?", "en",
          ["begära utdrag ur belastningsregistret för ledare som har regelbunden kontakt med barn och unga"],
          ["belastningsregistret"]),
        q(5, "Vad ska föreningarna lämna in till kommunen när de söker bidrag?", "sv",
          ["lämna verksamhetsberättelse, årsbokslut och revisionsberättelse till kommunen när de söker bidrag"],
          ["verksamhetsberättelse", "revisionsberättelse"]),
        q(6, "Får kommunen bestämma hur vår förening ska organisera sig om vi får bidrag?", "sv",
          ["respektera föreningarnas rätt att själva bestämma över sin verksamhet, sina mål och sina arbetssätt",
           "inte ställa krav på föreningarnas inre organisation utöver vad som följer av lag och kommunens "
           "bidragsregler",
           "Ekonomiskt stöd får inte användas för att styra en förenings inre arbete."],
          ["inre organisation"]),
        q(7, "vilka ataganden har kommunen och foreningarna tillsammans", "sv",
          [c["text"] for c in commitments() if c["party"] == JT],
          ["dagordningen", "flickor och kvinnor", "frivilliga resursgrupper"]),
        q(8, "How early must the municipality announce changes to grant rules and rents?", "en",
          ["Kommunen åtar sig också att meddela förändringar i bidragsregler och lokalhyror senast sex "
           "månader innan de börjar gälla."],
          ["sex månader"]),
        q(9, "Hur stort verksamhetsbidrag kan en idrottsförening få per medlem?", "sv", [], []),
        q(10, "Vilka föreningar har fått IOP med kommunen hittills?", "sv", [], []),
    ]


def write_expected(npages):
    exp = {
        "file": os.path.basename(PDF),
        "layout": LAYOUT,
        "description": (
            f"Scanned, image-only PDF ({npages} pages, {DPI} dpi greyscale JPEG, no text layer: needs OCR, so "
            "check_layouts.py reports its quotes as not found) of a short kommun policy written with "
            "python-docx, converted with LibreOffice and 'printed and scanned' with Pillow: slight "
            "rotation under 1 degree, blur, paper tone, noise, dust specks, a shadow along the left "
            "edge, a grey rubber stamp 'ORMSALA KOMMUN / Kultur- och fritidsförvaltningen / INKOM "
            "2024-03-26 / Dnr KFN 2024/41' over the top right of page 1 (not the decision date), and a pen "
            "signature over the signature rule on the last page. Running header 'ORMSALA KOMMUN  Policy' "
            "and footer '… | Sida N av M'; a bordered metadata table; unnumbered sections Inledning / "
            "Syfte och omfattning / Uppföljning; numbered principle headings '1. Självständighet och "
            "oberoende' … '7. Samhällsutveckling', each with a short description and bold 'Kommunen ska:' / "
            "'Föreningarna ska:' leads before bullet lists, plus commitment sentences ('Kommunen ska där det "
            "är möjligt …', 'Kommunen åtar sig också att …', 'Föreningarna ska sträva efter …', joint "
            "'Kommunen och föreningarna ska gemensamt/tillsammans …'); a follow-up commitment of Kultur- "
            "och fritidsnämnden (principle null); decision line 'Antagen av kommunfullmäktige 2024-03-18, "
            "§ 34' then place, date and signature."),
        "metadata": {
            "doc_id": "ormsala_policy_civilsamhallet",
            "title": TITLE,
            "place": "Ormsala",
            "organisation": "Ormsala kommun",
            "kind": "policy",
            "date": "2024-03-18",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    build_docx()
    tmp = tempfile.mkdtemp(prefix="ormsala_")
    try:
        npages = scan(to_pdf(tmp), tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_expected(npages)
    print(f"wrote {PDF} ({npages} pages, {os.path.getsize(PDF) // 1024} kB) and expected.json "
          f"({len(commitments())} commitments)")


if __name__ == "__main__":
    main()
