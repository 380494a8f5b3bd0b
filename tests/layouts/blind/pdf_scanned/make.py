#!/usr/bin/env python3
"""Generate a 'scanned' agreement: DOCX (python-docx) -> PDF (LibreOffice) -> page images
(pdftoppm, 200 dpi) -> skew, noise, stamp and signatures (Pillow) -> image-only PDF with no
text layer.  Also writes expected.json.  Run:  /tmp/bvenv/bin/python make.py
"""
import glob
import json
import math
import os
import random
import re
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageChops

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "granvik_overenskommelse_skannad.pdf")
DPI = 200
random.seed(20210614)

commitments = []
plain = []

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.5)
sec.top_margin = Cm(2.3)
sec.bottom_margin = Cm(2.2)

normal = doc.styles["Normal"]
normal.font.name = "Liberation Serif"
normal.font.size = Pt(11)
normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
lang = OxmlElement("w:lang"); lang.set(qn("w:val"), "sv-SE"); normal.element.rPr.append(lang)
normal.paragraph_format.space_after = Pt(5)
for name, size in (("Heading 1", 13), ("Heading 2", 12), ("Title", 17)):
    st = doc.styles[name]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(size)
    st.font.bold = True
    st.font.color.rgb = None
    rf = st.element.rPr.rFonts
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
    rf.set(qn("w:ascii"), "Liberation Serif"); rf.set(qn("w:hAnsi"), "Liberation Serif")
doc.styles["Title"].paragraph_format.space_after = Pt(12)


def add_field(run, code):
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = code
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, i, s, t, e):
        run._r.append(el)


# Header: authority left, page "Sida X (Y)" right, second line dnr
hp = sec.header.paragraphs[0]
hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
r = hp.add_run("GRANVIKS KOMMUN"); r.bold = True; r.font.size = Pt(11)
r = hp.add_run("\t\tSida "); r.font.size = Pt(10)
r = hp.add_run(); r.font.size = Pt(10); add_field(r, "PAGE")
r = hp.add_run(" ("); r.font.size = Pt(10)
r = hp.add_run(); r.font.size = Pt(10); add_field(r, "NUMPAGES")
r = hp.add_run(")"); r.font.size = Pt(10)
hp2 = sec.header.add_paragraph()
hp2.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
r = hp2.add_run("Kultur- och fritidsförvaltningen\tDnr KS 2021/233"); r.font.size = Pt(9.5)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Granviks kommun · Storgatan 12 · 671 90 Granvik · Växel 0570-44 000 · "
               "kommun@granvik.se"); r.font.size = Pt(8.5)


def title(t):
    doc.add_paragraph(t, style="Title"); plain.append(t)

def h(t, level=1):
    doc.add_heading(t, level=level); plain.append(t)

def p(t, bold=False, italic=False):
    para = doc.add_paragraph()
    run = para.add_run(t); run.bold = bold; run.italic = italic
    plain.append(t)
    return para

def b(t, principle, party, prefix=""):
    """Bullet item.  `prefix` is printed but not part of the commitment text (e.g. 'att ')."""
    para = doc.add_paragraph(prefix + t, style="List Bullet")
    para.paragraph_format.space_after = Pt(2)
    plain.append(prefix + t)
    commitments.append({"text": t, "principle": principle, "party": party})

def cs(sentence, text, principle, party):
    assert text in sentence
    p(sentence)
    commitments.append({"text": text, "principle": principle, "party": party})


sp = doc.add_paragraph(); sp.paragraph_format.space_before = Pt(0)
sp.paragraph_format.space_after = Pt(50)  # room for the received stamp
title("Överenskommelse mellan Granviks kommun och föreningslivet i Granvik")

h("1. Bakgrund")
p("Granviks kommun och föreningslivet har under lång tid samarbetat inom idrott, kultur, "
  "fritid och socialt arbete. Föreningarna är viktiga för kommunens utveckling, inte minst i "
  "kransorterna där föreningen ofta är den enda mötesplatsen som finns kvar.")
p("Under hösten 2020 genomfördes fyra dialogträffar i Lövsund, Backa, Norrtorp och centrala "
  "Granvik. Synpunkterna från träffarna har legat till grund för den här överenskommelsen, "
  "som har arbetats fram av en arbetsgrupp med representanter för kommunen och föreningslivet.")

h("2. Syfte")
p("Överenskommelsen syftar till att ge föreningslivet och kommunen en gemensam grund för "
  "samverkan, att tydliggöra vad parterna kan förvänta sig av varandra och att underlätta för "
  "fler invånare att engagera sig i föreningslivet.")

h("3. Principer och åtaganden")
p("Överenskommelsen utgår från de sex principer som finns i den nationella överenskommelsen "
  "mellan regeringen, idéburna organisationer och Sveriges Kommuner och Regioner.")

h("3.1 Självständighet och oberoende", 2)
p("Kommunen förbinder sig att:", bold=True)
b("respektera föreningarnas rätt att själva bestämma över sin verksamhet och sina stadgar",
  "sjalvstandighet_och_oberoende", "public")
p("Föreningslivet åtar sig:", bold=True)
b("söka finansiering från flera håll för att minska beroendet av kommunala bidrag",
  "sjalvstandighet_och_oberoende", "civil_society", prefix="att ")

h("3.2 Dialog", 2)
p("Kommunen förbinder sig att:", bold=True)
b("hålla föreningsrådsmöte minst två gånger per år", "dialog", "public")
b("låta föreningslivet yttra sig över förslag till förändrade bidragsregler innan de beslutas",
  "dialog", "public")
p("Föreningslivet åtar sig:", bold=True)
b("delta i föreningsrådet och bidra med kunskap om medlemmarnas behov", "dialog",
  "civil_society", prefix="att ")

h("3.3 Kvalitet", 2)
cs("Parterna ska gemensamt ta fram enkla former för uppföljning av verksamhet som får "
   "kommunalt stöd.",
   "ta fram enkla former för uppföljning av verksamhet som får kommunalt stöd", "kvalitet",
   "joint")
p("Kommunen förbinder sig att:", bold=True)
b("erbjuda föreningarna rådgivning i bidragsfrågor via föreningskonsulenten", "kvalitet",
  "public")

h("3.4 Långsiktighet", 2)
p("Kommunen förbinder sig att:", bold=True)
b("betala ut grundbidrag till föreningarna senast den 15 mars varje år", "langsiktighet",
  "public")
b("teckna avtal om lokaler på minst två år när det är möjligt", "langsiktighet", "public")
p("Föreningslivet åtar sig:", bold=True)
b("i god tid meddela kommunen om en verksamhet som får stöd kommer att upphöra",
  "langsiktighet", "civil_society", prefix="att ")

h("3.5 Öppenhet och insyn", 2)
p("Kommunen förbinder sig att:", bold=True)
b("redovisa på kommunens webbplats vilka föreningar som har fått bidrag och med hur stora "
  "belopp", "oppenhet_och_insyn", "public")
p("Föreningslivet åtar sig:", bold=True)
b("varje år skicka in årsmötesprotokoll, verksamhetsberättelse och ekonomisk redovisning till "
  "kommunen", "oppenhet_och_insyn", "civil_society", prefix="att ")

h("3.6 Mångfald", 2)
cs("Parterna ska gemensamt verka för att fler barn och unga med funktionsnedsättning kan delta "
   "i föreningslivet.",
   "verka för att fler barn och unga med funktionsnedsättning kan delta i föreningslivet",
   "mangfald", "joint")
p("Kommunen förbinder sig att:", bold=True)
b("prioritera tillgänglighetsanpassning av de lokaler som föreningarna hyr av kommunen",
  "mangfald", "public")

h("4. Organisation")
p("Föreningsrådet består av två ledamöter från kultur- och fritidsnämnden och tio "
  "representanter för föreningslivet som väljs vid den årliga föreningsstämman.")
cs("Kultur- och fritidsförvaltningen ansvarar för att sammankalla föreningsrådet och skicka ut "
   "kallelse senast två veckor före mötet.",
   "sammankalla föreningsrådet och skicka ut kallelse senast två veckor före mötet", None,
   "public")

h("5. Uppföljning och giltighet")
p("Överenskommelsen följs upp årligen vid föreningsrådets höstmöte. Den gäller från den "
  "1 juli 2021 till och med den 31 december 2024 och revideras inför varje ny period.")

h("6. Beslut")
p("Beslutad av kommunfullmäktige den 14 juni 2021, § 78.")
doc.add_paragraph()
tbl = doc.add_table(rows=3, cols=2)
cells = [["För Granviks kommun", "För föreningslivet i Granvik"],
         ["\n\n______________________________", "\n\n______________________________"],
         ["Lena Bergström\nKommunstyrelsens ordförande",
          "Per-Olof Nyberg\nOrdförande, Granviks idrottsallians"]]
for i, row in enumerate(cells):
    for j, t in enumerate(row):
        c = tbl.cell(i, j); c.text = t
        if i == 0:
            c.paragraphs[0].runs[0].bold = True
plain.extend(sum(cells, []))
p("")
p("Ort och datum: Granvik den 21 juni 2021")

SRC_DOCX = None


def build_scan():
    tmp = tempfile.mkdtemp(prefix="granvik_")
    src = os.path.join(tmp, "granvik_overenskommelse.docx")
    doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
                   check=True, capture_output=True)
    pdf = os.path.join(tmp, "granvik_overenskommelse.pdf")
    text = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True,
                          text=True).stdout
    bbox = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True,
                          text=True).stdout
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", pdf, os.path.join(tmp, "p")], check=True)
    pages = sorted(glob.glob(os.path.join(tmp, "p-*.png")))

    # locate the signature names (for hand-drawn signatures) from the bbox output
    sig_pos = []
    page_blocks = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', bbox, re.S)
    for pi, (pw, ph, body) in enumerate(page_blocks):
        for w in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                             r'yMax="([\d.]+)">(Lena|Per-Olof)</word>', body):
            x0, y0 = float(w.group(1)), float(w.group(2))
            sig_pos.append((pi, x0 * DPI / 72, y0 * DPI / 72, w.group(5)))

    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 30)
        font_s = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 24)
    except OSError:
        font = font_s = ImageFont.load_default()

    out_imgs = []
    angles = [0.55, -0.35, 0.8, -0.5]
    for pi, path in enumerate(pages):
        im = Image.open(path).convert("L")
        W, H = im.size
        d = ImageDraw.Draw(im)
        if pi == 0:
            # received stamp, top right, slightly rotated
            st = Image.new("L", (430, 150), 255)
            sd = ImageDraw.Draw(st)
            sd.rectangle([3, 3, 426, 146], outline=70, width=4)
            sd.text((22, 14), "GRANVIKS KOMMUN", fill=70, font=font)
            sd.text((22, 60), "Kommunstyrelsen", fill=80, font=font_s)
            sd.text((22, 96), "Dnr KS 2021/233", fill=80, font=font_s)
            st = st.rotate(4, expand=True, fillcolor=255)
            im.paste(ImageChops.darker(im.crop((W - 640, 205, W - 640 + st.width,
                                                205 + st.height)), st), (W - 640, 205))
        for (spi, x, y, who) in sig_pos:
            if spi != pi:
                continue
            # a scribbled signature just above the signature line
            pts = []
            base_y = y - 70
            for k in range(60):
                t = k / 59
                xx = x + 10 + t * 330
                yy = base_y + 18 * math.sin(t * 14 + (0 if who == "Lena" else 1.3)) \
                    * (1 - 0.5 * t) - 25 * t
                pts.append((xx, yy))
            d.line(pts, fill=40, width=4, joint="curve")
            d.line([(x + 30, base_y + 30), (x + 300, base_y + 12)], fill=60, width=3)

        # skew like a slightly crooked sheet on the scanner glass
        im = im.rotate(angles[pi % len(angles)], resample=Image.BICUBIC, expand=False,
                       fillcolor=255)
        # scanner shadow on the left edge and grey speckle noise
        shadow = Image.linear_gradient("L").rotate(90).resize((60, H))
        shadow = shadow.point(lambda v: 150 + v * 105 // 255)
        im.paste(ImageChops.darker(im.crop((0, 0, 60, H)), shadow.transpose(
            Image.FLIP_LEFT_RIGHT)), (0, 0))
        noise = Image.effect_noise((W, H), 18).point(lambda v: 255 if v > 110 else 200)
        im = ImageChops.multiply(im, noise.convert("L"))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        px = im.load()
        for _ in range(900):
            x, y = random.randrange(W), random.randrange(H)
            px[x, y] = random.randrange(60, 160)
        # mild contrast loss, like a greyish office copier
        im = im.point(lambda v: 25 + v * 215 // 255)
        out_imgs.append(im)

    out_imgs[0].save(OUT, "PDF", resolution=DPI, save_all=True, append_images=out_imgs[1:])
    for i, im in enumerate(out_imgs, 1):
        im.convert("L").resize((im.width // 4, im.height // 4)).save(
            os.path.join(tmp, f"preview-{i}.png"))
    print("work dir:", tmp)
    return text, len(pages), tmp


def norm(s):
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def main():
    text, npages, tmp = build_scan()
    src_text = norm(" ".join(plain))
    pdf_text = norm(text)
    assert 2 <= npages <= 4, npages
    for c in commitments:
        assert c["text"] in src_text and norm(c["text"]) in pdf_text, c
    # image-only: no text layer in the result
    leftover = subprocess.run(["pdftotext", OUT, "-"], capture_output=True, text=True).stdout
    assert leftover.strip() == "", "scanned PDF must have no text layer"

    L = "pdf_scanned"
    questions = [
        dict(question="Vad lovar Granviks kommun föreningarna när det gäller långsiktighet?",
             language="sv", answerable=True,
             gold=["betala ut grundbidrag till föreningarna senast den 15 mars varje år",
                   "teckna avtal om lokaler på minst två år när det är möjligt"],
             must_mention=["15 mars", "två år"]),
        dict(question="nar betalas grundbidraget ut i granvik?", language="sv", answerable=True,
             gold=["betala ut grundbidrag till föreningarna senast den 15 mars varje år"],
             must_mention=["15 mars"]),
        dict(question="Vilka åtaganden har föreningslivet under principen om öppenhet och insyn "
                      "i Granviks överenskommelse?", language="sv", answerable=True,
             gold=["att varje år skicka in årsmötesprotokoll, verksamhetsberättelse och "
                   "ekonomisk redovisning till kommunen"],
             must_mention=["årsmötesprotokoll"]),
        dict(question="Who adopted the Granvik agreement and when?", language="en",
             answerable=True,
             gold=["Beslutad av kommunfullmäktige den 14 juni 2021, § 78."],
             must_mention=["kommunfullmäktige", "14 juni 2021"]),
        dict(question="Får föreningarna i Granvik säga sitt innan kommunen ändrar "
                      "bidragsreglerna?", language="sv", answerable=True,
             gold=["låta föreningslivet yttra sig över förslag till förändrade bidragsregler "
                   "innan de beslutas"],
             must_mention=["yttra sig"]),
        dict(question="Hur ofta har Granviks kommun möte med föreningsrådet?", language="sv",
             answerable=True,
             gold=["hålla föreningsrådsmöte minst två gånger per år"],
             must_mention=["två gånger per år"]),
        dict(question="Vad ska kommunen och föreningarna i Granvik göra tillsammans för barn "
                      "och unga med funktionsnedsättning?", language="sv", answerable=True,
             gold=["Parterna ska gemensamt verka för att fler barn och unga med "
                   "funktionsnedsättning kan delta i föreningslivet."],
             must_mention=["funktionsnedsättning"]),
        dict(question="Hur länge gäller överenskommelsen mellan Granviks kommun och "
                      "föreningslivet?", language="sv", answerable=True,
             gold=["Den gäller från den 1 juli 2021 till och med den 31 december 2024 och "
                   "revideras inför varje ny period."],
             must_mention=["31 december 2024"]),
        dict(question="Hur stort är grundbidraget per medlem för en förening i Granvik?",
             language="sv", answerable=False, gold=[], must_mention=[]),
        dict(question="What are the rules and fees for booking the sports halls in Granvik?",
             language="en", answerable=False, gold=[], must_mention=[]),
    ]
    out_q = []
    for i, q in enumerate(questions, 1):
        for g in q["gold"]:
            assert g in src_text and norm(g) in pdf_text, g
        for m in q["must_mention"]:
            assert any(m in g for g in q["gold"]), m
        out_q.append({"id": f"{L}-q{i}", **q})

    expected = {
        "file": os.path.basename(OUT),
        "layout": L,
        "description": "Image-only scanned PDF (200 dpi, skewed pages, noise, edge shadow, "
                       "rubber stamp, hand signatures, no text layer) needing Swedish OCR; "
                       "bullet lists with 'att' prefixes, header 'Sida X (Y)'",
        "metadata": {
            "doc_id": "granvik",
            "title": "Överenskommelse mellan Granviks kommun och föreningslivet i Granvik",
            "place": "Granvik",
            "organisation": "Granviks kommun",
            "kind": "överenskommelse",
            "date": "2021-06-14",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments,
        "questions": out_q,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{npages} pages, {len(commitments)} commitments, {len(out_q)} questions")


if __name__ == "__main__":
    main()
