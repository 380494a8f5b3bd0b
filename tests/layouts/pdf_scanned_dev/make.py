"""Generate tallasa_overenskommelse_skannad.pdf (image-only scan) and expected.json.

The agreement is written with python-docx in a temporary folder, converted to
PDF with `soffice --headless --convert-to pdf`, rendered to 200 dpi PNG pages
with `pdftoppm`, given a slight rotation, paper tone, noise, a received-stamp
and pen signatures with Pillow, and saved as a PDF of images only (no text
layer). Needs python-docx, Pillow, soffice, pdftoppm and pdftotext.
"""
import glob
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = "tallasa_overenskommelse_skannad.pdf"
DPI = 200

TITLE = "Överenskommelse om samverkan mellan Tallåsa kommun och civilsamhällets organisationer i Tallåsa"
DECISION = "Beslutad av kommunstyrelsen den 7 september 2021, § 98."

PUBLIC = [
    "utse en kontaktperson för civilsamhället på kommunledningsförvaltningen.",
    "bjuda in organisationerna till dialog innan beslut fattas i frågor som rör dem.",
    "ge bidrag för minst två år i taget till organisationer med fast verksamhet.",
    "upplåta kommunala lokaler kostnadsfritt för ideella organisationers möten, i mån av plats.",
    "publicera information om bidrag och samverkan samlat på kommunens webbplats.",
]
CIVIL = [
    "aktivt delta i dialog och samråd som kommunen bjuder in till.",
    "redovisa hur bidrag från kommunen har använts senast den 31 mars året efter.",
    "verka för att verksamheten är öppen för alla invånare i Tallåsa.",
    "informera sina medlemmar om överenskommelsen.",
]
JOINT = [
    "genomföra ett gemensamt samverkansmöte två gånger per år.",
    "ta fram en handlingsplan för överenskommelsen vartannat år.",
    "följa upp överenskommelsen årligen och redovisa resultatet i en gemensam rapport.",
]

PRINCIPLES = [
    ("Självständighet och oberoende", "Organisationerna har rätt att själva bestämma över sin "
     "verksamhet och att kritisera kommunen, även när de får bidrag."),
    ("Dialog", "Parterna ska mötas i en öppen dialog där båda parters kunskap tas till vara."),
    ("Kvalitet", "Verksamhet som kommunen och organisationerna genomför tillsammans ska hålla god "
     "kvalitet och utgå från invånarnas behov."),
    ("Långsiktighet", "Samverkan ska bygga på långsiktiga relationer och förutsägbara villkor."),
    ("Öppenhet och insyn", "Parterna ska vara öppna med hur offentliga medel används och ge "
     "varandra insyn i de delar av verksamheten som samverkan gäller."),
    ("Mångfald", "Kommunen ska värna ett brett civilsamhälle med organisationer av olika storlek, "
     "inriktning och bakgrund."),
]

INTRO = [
    "I Tallåsa finns ett rikt föreningsliv med idrottsföreningar, byalag, pensionärsföreningar, "
    "trossamfund och sociala organisationer. Kommunen och civilsamhällets organisationer har "
    "tillsammans tagit fram denna överenskommelse under 2020 och 2021.",
    "Överenskommelsen bygger på den nationella överenskommelsen mellan regeringen, idéburna "
    "organisationer inom det sociala området och Sveriges Kommuner och Regioner.",
]
PURPOSE = [
    "Syftet med överenskommelsen är att tydliggöra hur kommunen och civilsamhällets "
    "organisationer ska samverka och vad parterna kan förvänta sig av varandra.",
    "Målet är att fler invånare ska engagera sig i föreningslivet och att kommunens stöd till "
    "civilsamhället ska vara enkelt och rättvist.",
]
ORG = [
    "En samverkansgrupp med fyra representanter för kommunen och fyra representanter för "
    "civilsamhällets organisationer leder arbetet med överenskommelsen.",
    "Samverkansgruppen ansvarar för uppföljningen.",
    "Kommunledningsförvaltningen är sammankallande.",
]
VALID = [
    "Överenskommelsen gäller från och med den 1 oktober 2021 och tills vidare.",
    "Den ska ses över senast under 2024.",
]


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def build_docx(path):
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11.5)
    st.paragraph_format.space_after = Pt(5)
    for name, size in (("Heading 1", 13), ("Heading 2", 12)):
        h = d.styles[name]
        h.font.name = "Liberation Sans"
        h.font.size = Pt(size)
        h.font.bold = True
        h.font.color.rgb = None
        h.paragraph_format.space_before = Pt(10)
        h.paragraph_format.space_after = Pt(4)

    hp = sec.header.paragraphs[0]
    r = hp.add_run("TALLÅSA KOMMUN\tKommunstyrelsen\tDnr KS 2021/0456")
    r.font.size = Pt(9); r.font.name = "Liberation Sans"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in ("Sida ", "PAGE", " av ", "NUMPAGES"):
        rr = fp.add_run()
        rr.font.size = Pt(9)
        if part in ("PAGE", "NUMPAGES"):
            add_field(rr, part)
        else:
            rr.text = part

    t = d.add_paragraph()
    rt = t.add_run(TITLE); rt.bold = True; rt.font.size = Pt(16); rt.font.name = "Liberation Sans"
    dp = d.add_paragraph(DECISION)
    dp.runs[0].italic = True
    dp.paragraph_format.space_after = Pt(30)

    d.add_heading("1. Inledning", 1)
    for p in INTRO:
        d.add_paragraph(p)
    d.add_heading("2. Syfte och mål", 1)
    for p in PURPOSE:
        d.add_paragraph(p)
    d.add_heading("3. Principer för samverkan", 1)
    d.add_paragraph("Samverkan vilar på följande sex principer.")
    for name, text in PRINCIPLES:
        p = d.add_paragraph()
        p.add_run(name + ". ").bold = True
        p.add_run(text)
    d.add_heading("4. Åtaganden", 1)
    for head, lead, items in (("4.1 Kommunens åtaganden", "Tallåsa kommun åtar sig att:", PUBLIC),
                              ("4.2 Organisationernas åtaganden", "Organisationerna åtar sig att:", CIVIL),
                              ("4.3 Gemensamma åtaganden", "Parterna åtar sig gemensamt att:", JOINT)):
        d.add_heading(head, 2)
        d.add_paragraph(lead)
        for it in items:
            d.add_paragraph(it, style="List Bullet")
    d.add_heading("5. Organisation och uppföljning", 1)
    d.add_paragraph(" ".join(ORG))
    d.add_heading("6. Giltighet", 1)
    d.add_paragraph(" ".join(VALID))
    d.add_paragraph()
    d.add_paragraph("Tallåsa den 20 september 2021")
    tab = d.add_table(rows=4, cols=2)
    cells = [("För Tallåsa kommun", "För civilsamhällets organisationer"),
             ("\n", "\n"),
             ("______________________________", "______________________________"),
             ("Eva Holmberg, kommunstyrelsens ordförande", "Karin Sjöberg, Tallåsa föreningsråd")]
    for i, row in enumerate(cells):
        for j, txt in enumerate(row):
            tab.cell(i, j).text = txt
    d.save(path)


def words_bbox(pdf):
    """Word boxes (page, x0, y0, x1, y1, word) in PDF points from pdftotext -bbox."""
    html = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout
    res, page = [], 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', line)
        if m:
            res.append((page, *map(float, m.groups()[:4]), m.group(5)))
    return res


def scribble(draw, x, y, w, rnd):
    pts = []
    for i in range(60):
        t = i / 59
        pts.append((x + t * w + rnd.uniform(-3, 3),
                    y + 14 * math.sin(t * 9 + rnd.uniform(0, 0.6)) * (1 - 0.5 * t) + rnd.uniform(-2, 2)))
    draw.line(pts, fill=40, width=3, joint="curve")
    draw.line([(x + 0.1 * w, y + 22), (x + 0.8 * w, y + 18)], fill=60, width=2)


def stamp(img, rnd, xy):
    font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    f1 = ImageFont.truetype(font_path, 28)
    f2 = ImageFont.truetype(font_path, 20)
    s = Image.new("L", (350, 120), 0)
    d = ImageDraw.Draw(s)
    d.rectangle([4, 4, 345, 115], outline=255, width=4)
    d.text((22, 12), "TALLÅSA KOMMUN", font=f2, fill=255)
    d.text((22, 42), "Inkom 2021-09-22", font=f1, fill=255)
    d.text((22, 82), "KS 2021/0456", font=f2, fill=255)
    s = s.rotate(rnd.uniform(-6, -3), expand=True, resample=Image.BICUBIC)
    ink = Image.new("L", s.size, 110)
    img.paste(ink, (xy[0] - s.width, xy[1]), s)


def degrade(img, rnd, angle):
    img = img.convert("L")
    # paper tone and uneven light
    paper = Image.linear_gradient("L").resize(img.size).point(lambda v: 238 + v * 12 // 255)
    img = Image.composite(img, paper, img.point(lambda v: 255 - v))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=245)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    noise = Image.effect_noise(img.size, 18)
    img = Image.blend(img, noise, 0.12)
    # dust specks
    d = ImageDraw.Draw(img)
    for _ in range(160):
        x, y = rnd.randrange(img.width), rnd.randrange(img.height)
        r = rnd.choice((1, 1, 1, 2))
        d.ellipse([x, y, x + r, y + r], fill=rnd.randrange(60, 150))
    # scanner shadow on the left edge
    d.rectangle([0, 0, 14, img.height], fill=90)
    return img.point(lambda v: 0 if v < 25 else v)


def main():
    rnd = random.Random(20210907)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "tallasa.docx")
        build_docx(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pdf = os.path.join(tmp, "tallasa.pdf")
        text = re.sub(r"\s+", " ", subprocess.run(["pdftotext", pdf, "-"], capture_output=True,
                                                  text=True, check=True).stdout)
        boxes = words_bbox(pdf)
        subprocess.run(["pdftoppm", "-r", str(DPI), "-png", pdf, os.path.join(tmp, "p")], check=True)
        pages = [Image.open(p) for p in sorted(glob.glob(os.path.join(tmp, "p-*.png")))]
        scale = DPI / 72
        out = []
        for i, img in enumerate(pages, 1):
            img = img.convert("L")
            d = ImageDraw.Draw(img)
            for (pg, x0, y0, x1, y1, w) in boxes:
                if pg == i and w.startswith("____"):
                    scribble(d, x0 * scale + 20, y0 * scale - 25, (x1 - x0) * scale * 0.7, rnd)
            if i == 1:
                # right margin, level with the decision line (below the title)
                y = min(b[2] for b in boxes if b[0] == 1 and b[5] == "Beslutad")
                stamp(img, rnd, (img.width - int(2.3 * DPI / 2.54), int(y * scale) - 10))
            out.append(degrade(img, rnd, rnd.choice((-1, 1)) * rnd.uniform(0.35, 0.8)))
        out[0].save(os.path.join(HERE, OUT), save_all=True, append_images=out[1:],
                    resolution=DPI, quality=80)

    def c(items, party):
        return [{"text": t, "principle": None, "party": party} for t in items]

    def q(i, question, gold, mm, lang="sv"):
        return {"id": f"tallasa-{i:02d}", "question": question, "language": lang,
                "answerable": bool(gold), "gold": gold, "must_mention": mm}

    questions = [
        q(1, "Vem är civilsamhällets kontaktperson i Tallåsa kommun?",
          [PUBLIC[0]], ["kontaktperson", "kommunledningsförvaltningen"]),
        q(2, "Hur länge beviljas bidrag till organisationer med fast verksamhet?",
          [PUBLIC[2]], ["två år"]),
        q(3, "När ska organisationerna redovisa hur kommunens bidrag har använts?",
          [CIVIL[1]], ["31 mars"]),
        q(4, "Får föreningar använda kommunens lokaler för sina möten?",
          [PUBLIC[3]], ["kostnadsfritt", "i mån av plats"]),
        q(5, "Hur ofta ska parterna hålla gemensamma samverkansmöten?",
          [JOINT[0]], ["två gånger per år"]),
        q(6, "Vilket organ beslutade om överenskommelsen och när?",
          [DECISION], ["kommunstyrelsen", "7 september 2021"]),
        q(7, "How is the agreement followed up, and by whom?",
          [JOINT[2], ORG[1]], ["årligen", "Samverkansgruppen"], "en"),
        q(8, "What does the principle of openness and transparency mean in the Tallåsa agreement?",
          [PRINCIPLES[4][1]], ["offentliga medel", "insyn"], "en"),
        q(9, "Hur många organisationer har undertecknat överenskommelsen?", [], []),
        q(10, "Hur stor budget har samverkansgruppen för sitt arbete?", [], []),
    ]
    expected = {
        "file": OUT,
        "layout": "pdf_scanned_dev",
        "description": f"Scanned agreement: an image-only PDF ({len(pages)} pages at 200 dpi, no text layer) "
                       "with slight rotation, paper tone, noise, dust, a scanner shadow, a "
                       "received-stamp on page 1 and pen signatures. Running header 'TALLÅSA "
                       "KOMMUN  Kommunstyrelsen  Dnr', footer 'Sida X av Y'. The six principles "
                       "are described in prose only; commitments are grouped by party (4.1 "
                       "Kommunens, 4.2 Organisationernas, 4.3 Gemensamma åtaganden) after "
                       "'... åtar sig att:' lead-ins, so they carry no principle. The text must "
                       "be OCR'd; quotes are as written before scanning.",
        "metadata": {
            "doc_id": "tallasa",
            "title": TITLE,
            "place": "Tallåsa",
            "organisation": "Tallåsa kommun",
            "kind": "överenskommelse",
            "date": "2021-09-07",
            "body": "kommunstyrelsen",
        },
        "commitments": c(PUBLIC, "public") + c(CIVIL, "civil_society") + c(JOINT, "joint"),
        "questions": questions,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    quotes = [x["text"] for x in expected["commitments"]] + [g for x in questions for g in x["gold"]]
    missing = [s for s in quotes if s not in text]
    for m in missing:
        print("MISSING in source text:", m, file=sys.stderr)
    print(f"{len(pages)} pages, {len(expected['commitments'])} commitments, "
          f"{len(questions)} questions, {len(missing)} missing")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
