#!/usr/bin/env python3
"""Generator for the layout test "pdf_word_table_pages".

Writes ronnasby_overenskommelse.docx with python-docx, converts it to PDF with
`soffice --headless --convert-to pdf` and writes expected.json.

The document is a fictional local agreement between Rönnäsby kommun and the
local föreningsliv: running header "Överenskommelse … | Dnr …" on every page,
footer "N (M)" with PAGE/NUMPAGES fields, a short typed TOC with dot leaders
(page numbers filled in by a second pass), a commitments table
"Princip | Kommunens åtaganden | Föreningslivets åtaganden" with a repeated
header row that runs over page breaks and several bullets per cell, joint
commitments in a list, a signature table and an appendix "Bilaga 1
Handlingsplan" table (not commitments).

Needs python-docx (e.g. /work/main/.venv/bin/python make.py), soffice and pdftotext.
"""
import json
import os
import re
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASENAME = "ronnasby_overenskommelse"
DOCX = os.path.join(HERE, BASENAME + ".docx")
PDF = os.path.join(HERE, BASENAME + ".pdf")

TITLE = "Överenskommelse om samverkan mellan Rönnäsby kommun och föreningslivet i Rönnäsby 2023–2026"
HEADER_TEXT = "Överenskommelse mellan Rönnäsby kommun och föreningslivet | Dnr KS 2022/0318"
ADOPTED = "Antagen av kommunfullmäktige 2023-02-27, § 18"
VALIDITY = "Överenskommelsen gäller från 2023-03-01 till och med 2026-12-31."

# --------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------

DEFINITION_FORENINGSLIV = (
    "Med föreningslivet avses i denna överenskommelse ideella föreningar, stiftelser "
    "och trossamfund som bedriver verksamhet i Rönnäsby kommun och som saknar vinstsyfte."
)
DEFINITION_SAMVERKAN = (
    "Med samverkan avses ett frivilligt och ömsesidigt samarbete där parterna behåller "
    "sina olika roller och sitt eget ansvar."
)

# principle slug, display name, short description (not a commitment),
# public commitments, civil society commitments
PRINCIPLES = [
    ("sjalvstandighet_och_oberoende", "Självständighet och oberoende",
     "Föreningarna bestämmer själva över sin verksamhet och har rätt att bilda opinion.",
     ["Respektera föreningarnas rätt att själva bestämma över sina stadgar, sin organisation och sina arbetssätt",
      "Inte ställa villkor för bidrag som begränsar föreningarnas rätt att granska och kritisera kommunen"],
     ["Tydligt redovisa när föreningen utför ett uppdrag åt kommunen och när den verkar på eget mandat",
      "Värna sin demokratiska uppbyggnad och medlemmarnas inflytande"]),
    ("dialog", "Dialog",
     "Dialogen bygger på att parterna möts i tid och på lika villkor.",
     ["Bjuda in föreningslivet till dialog i ett tidigt skede när kommunen planerar förändringar som berör föreningarna",
      "Återkoppla skriftligt hur föreningarnas synpunkter har påverkat besluten"],
     ["Utse representanter med mandat att företräda sin förening i dialogen",
      "Sprida information från kommunen vidare till sina medlemmar"]),
    ("kvalitet", "Kvalitet",
     "Verksamheten ska motsvara behoven hos dem den riktar sig till.",
     ["Erbjuda kostnadsfri utbildning för föreningarnas styrelser i bland annat ekonomi och föreningsteknik",
      "Handlägga bidragsansökningar enkelt och tydligt och lämna besked inom sex veckor"],
     ["Bedriva sin verksamhet med god kvalitet och följa upp den utifrån sina egna mål",
      "Ta tillvara deltagarnas erfarenheter när verksamheten utvecklas"]),
    ("langsiktighet", "Långsiktighet",
     "Stabila villkor gör det möjligt att planera verksamheten flera år framåt.",
     ["Erbjuda treåriga verksamhetsbidrag till föreningar med långsiktig verksamhet",
      "Informera om förändringar i bidragsregler och lokalhyror minst ett år innan de börjar gälla"],
     ["Planera sin verksamhet och ekonomi med framförhållning",
      "Söka även andra finansieringskällor än kommunala bidrag"]),
    ("oppenhet_och_insyn", "Öppenhet och insyn",
     "Öppenhet skapar förtroende mellan parterna och gentemot invånarna.",
     ["Publicera bidragsregler, beslut om bidrag och lediga lokaltider på kommunens webbplats",
      "Redovisa årligen hur bidragen har fördelats mellan föreningarna"],
     ["Lämna verksamhetsberättelse, ekonomisk redovisning och revisionsberättelse när bidrag söks",
      "Ge kommunen insyn i hur kommunala medel har använts"]),
    ("mangfald", "Mångfald",
     "Ett brett föreningsliv speglar hela befolkningen i kommunen.",
     ["Underlätta för nya och mindre föreningar att ta del av stöd och lokaler",
      "Ge information om föreningsstöd på lättläst svenska och på minst tre andra språk"],
     ["Verka för att verksamheten är öppen för alla oavsett kön, etnisk bakgrund, funktionsförmåga, sexuell läggning eller ålder",
      "Arbeta aktivt mot diskriminering och kränkande behandling"]),
    ("barnrattsperspektiv", "Barnrättsperspektiv",
     "Lokal princip. Barnkonventionen är svensk lag sedan 2020.",
     ["Göra en barnkonsekvensanalys inför beslut som påverkar föreningarnas verksamhet för barn och unga",
      "Erbjuda föreningarna stöd i arbetet med barnets rättigheter"],
     ["Ha rutiner för att förebygga och hantera kränkningar, trakasserier och övergrepp mot barn",
      "Låta barn och unga vara delaktiga i beslut om den verksamhet som riktar sig till dem"]),
    ("jamstalldhet", "Jämställdhet",
     "Lokal princip. Flickor och pojkar, kvinnor och män ska ha samma möjligheter.",
     ["Fördela bidrag och tider i idrottshallar så att flickor och pojkar får likvärdiga förutsättningar"],
     ["Verka för en jämn könsfördelning i styrelser och bland ledare",
      "Redovisa deltagandet i verksamheten uppdelat på kön"]),
]

JOINT = [
    "genomföra ett gemensamt föreningsforum minst en gång per år",
    "följa upp överenskommelsen årligen i samverkansgruppen",
    "ta fram en gemensam handlingsplan för varje tvåårsperiod",
]

ACTION_PLAN = [
    ("Ta fram en digital föreningsportal för bidragsansökan och lokalbokning", "Öppenhet och insyn",
     "Kultur- och fritidsförvaltningen", "2023-12-31"),
    ("Föreningsforum med tema barnets rättigheter", "Barnrättsperspektiv", "Samverkansgruppen", "Hösten 2023"),
    ("Översätta informationen om föreningsstöd till arabiska, somaliska och finska", "Mångfald",
     "Kommunikationsenheten", "2023-10-31"),
    ("Utbildning i föreningsekonomi för kassörer och revisorer", "Kvalitet",
     "Studieförbunden i samverkan med fritidsenheten", "Våren 2024"),
    ("Kartlägga fördelningen av halltider mellan flickor och pojkar", "Jämställdhet", "Fritidsenheten", "2024-06-30"),
    ("Utvärdera den första perioden med treåriga verksamhetsbidrag", "Långsiktighet",
     "Kultur- och fritidsnämnden", "2024-11-30"),
    ("Enkät till föreningarna om dialogen med kommunen", "Dialog", "Samverkansgruppen", "2024-03-31"),
]

TOC_ENTRIES = [
    ("1", "Inledning"),
    ("2", "Bakgrund"),
    ("3", "Syfte och begrepp"),
    ("4", "Principer och åtaganden"),
    ("5", "Gemensamma åtaganden och samverkansformer"),
    ("6", "Uppföljning och revidering"),
    ("7", "Underskrifter"),
    ("Bilaga 1", "Handlingsplan 2023–2024"),
]

# --------------------------------------------------------------------------
# python-docx helpers
# --------------------------------------------------------------------------


def add_field(paragraph, instr, placeholder="1"):
    """Insert a complex field (PAGE, NUMPAGES) into a paragraph."""
    def fld(kind):
        r = OxmlElement("w:r")
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r.append(fc)
        return r
    p = paragraph._p
    p.append(fld("begin"))
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r.append(it)
    p.append(r)
    p.append(fld("separate"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    p.append(r)
    p.append(fld("end"))


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
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for idx, w in enumerate(widths):
            row.cells[idx].width = w


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = color
    return p


def cell_bullets(cell, items):
    first = True
    for item in items:
        if first:
            p = cell.paragraphs[0]
            p.style = "List Bullet"
            first = False
        else:
            p = cell.add_paragraph(style="List Bullet")
        p.add_run(item)
        p.paragraph_format.space_after = Pt(3)


def body(doc, text, style=None):
    p = doc.add_paragraph(text, style=style)
    return p


def heading(doc, text, level=1):
    return doc.add_heading(text, level=level)


# --------------------------------------------------------------------------
# Document
# --------------------------------------------------------------------------


def build(toc_pages):
    doc = Document()
    styles = doc.styles
    styles["Normal"].font.name = "Liberation Sans"
    styles["Normal"].font.size = Pt(10.5)
    for name in ("Heading 1", "Heading 2", "Title"):
        styles[name].font.name = "Liberation Sans"
        styles[name].font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)
    styles["Heading 1"].font.size = Pt(15)
    styles["Title"].font.size = Pt(22)
    styles["Heading 2"].font.size = Pt(12)
    styles["List Bullet"].font.size = Pt(10)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.2)
    sec.header_distance = Cm(1.0)
    sec.footer_distance = Cm(1.0)

    # header on every page
    hp = sec.header.paragraphs[0]
    hp.text = HEADER_TEXT
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    # footer "2 (9)"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(fp, "PAGE")
    fp.add_run(" (")
    add_field(fp, "NUMPAGES")
    fp.add_run(")")
    for r in fp.runs:
        r.font.size = Pt(9)

    # ---------------- cover ----------------
    p = doc.add_paragraph()
    r = p.add_run("Rönnäsby kommun")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)
    p = doc.add_paragraph("Kommunstyrelseförvaltningen")
    p.paragraph_format.space_after = Pt(90)

    doc.add_paragraph(TITLE, style="Title")
    p = doc.add_paragraph("Lokal överenskommelse om samverkan mellan kommunen och den ideella sektorn")
    p.runs[0].italic = True
    p.paragraph_format.space_after = Pt(30)
    p = doc.add_paragraph(ADOPTED)
    p.runs[0].bold = True
    p.paragraph_format.space_after = Pt(40)

    meta = doc.add_table(rows=0, cols=2)
    meta.style = "Table Grid"
    for k, v in [
        ("Dokumenttyp", "Överenskommelse"),
        ("Beslutad av", "Kommunfullmäktige"),
        ("Diarienummer", "KS 2022/0318"),
        ("Giltighetstid", "2023–2026"),
        ("Dokumentansvarig", "Kultur- och fritidschef"),
        ("Revideras", "Senast december 2026"),
    ]:
        row = meta.add_row()
        cell_text(row.cells[0], k, bold=True, size=9)
        cell_text(row.cells[1], v, size=9)
        shade(row.cells[0], "E6EFEA")
    set_col_widths(meta, [Cm(4.5), Cm(8.5)])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------- TOC ----------------
    p = doc.add_paragraph()
    r = p.add_run("Innehåll")
    r.bold = True
    r.font.size = Pt(14)
    for num, name in TOC_ENTRIES:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.2), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(f"{num} {name}\t{toc_pages.get(num, 0)}")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)

    # ---------------- 1 Inledning ----------------
    heading(doc, "1 Inledning")
    body(doc, "Rönnäsby har ett rikt och levande föreningsliv. I kommunen finns drygt 180 registrerade "
              "föreningar inom idrott, kultur, friluftsliv, socialt arbete, studieförbund och trossamfund. "
              "Föreningarna skapar mötesplatser, ger barn och unga en meningsfull fritid och bidrar till "
              "gemenskap i hela kommunen, från centralorten till de mindre byarna längs Rönnån.")
    body(doc, "Kommunen och föreningslivet har under lång tid samarbetat, men formerna har skiftat mellan "
              "förvaltningarna. Med den här överenskommelsen vill parterna ge samverkan en gemensam grund "
              "och tydliggöra vad var och en kan förvänta sig av den andra.")
    body(doc, "Överenskommelsen har tagits fram av en arbetsgrupp med företrädare för kommunen och för "
              "Rönnäsby föreningsråd. Ett förslag skickades på remiss till samtliga registrerade föreningar "
              "under hösten 2022, och 41 föreningar lämnade synpunkter.")

    # ---------------- 2 Bakgrund ----------------
    heading(doc, "2 Bakgrund")
    body(doc, "År 2008 tecknades en nationell överenskommelse mellan regeringen, idéburna organisationer "
              "inom det sociala området och Sveriges Kommuner och Landsting. Den bygger på sex principer: "
              "självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald.")
    body(doc, "Sedan dess har många kommuner och regioner tagit fram lokala överenskommelser. Rönnäsby "
              "kommun utgår från de nationella principerna och har lagt till två lokala principer, "
              "barnrättsperspektiv och jämställdhet, som har lyfts fram av föreningarna under remissen.")
    body(doc, "Överenskommelsen är inte juridiskt bindande. Den är en avsiktsförklaring som ska vägleda "
              "parterna i det dagliga arbetet. Den påverkar inte kommunens regler för föreningsbidrag, "
              "som beslutas av kultur- och fritidsnämnden.")

    # ---------------- 3 Syfte och begrepp ----------------
    heading(doc, "3 Syfte och begrepp")
    heading(doc, "3.1 Syfte", level=2)
    body(doc, "Syftet med överenskommelsen är att stärka föreningslivets möjligheter att bidra till en "
              "hållbar utveckling av Rönnäsby och att göra samverkan mellan kommunen och föreningarna "
              "mer förutsägbar. Målet är att fler invånare ska vara aktiva i en förening år 2026 än år 2022.")
    heading(doc, "3.2 Begrepp", level=2)
    body(doc, DEFINITION_FORENINGSLIV)
    body(doc, DEFINITION_SAMVERKAN)
    body(doc, "Med kommunen avses kommunstyrelsen, nämnderna och förvaltningarna i Rönnäsby kommun. "
              "De kommunala bolagen omfattas inte.")

    # ---------------- 4 Principer och åtaganden ----------------
    heading(doc, "4 Principer och åtaganden")
    body(doc, "Överenskommelsen bygger på de sex nationella principerna och två lokala principer. I tabellen "
              "nedan anges för varje princip vad kommunen och föreningslivet åtar sig. Åtagandena gäller "
              "under hela överenskommelsens giltighetstid.")
    cap = doc.add_paragraph()
    rr = cap.add_run("Tabell 1. Principer och åtaganden")
    rr.italic = True
    rr.font.size = Pt(9)

    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    repeat_header(hdr)
    for cell, txt in zip(hdr.cells, ["Princip", "Kommunens åtaganden", "Föreningslivets åtaganden"]):
        cell_text(cell, txt, bold=True, size=10, color=RGBColor(0xFF, 0xFF, 0xFF))
        shade(cell, "1F4E3D")
    for slug, name, desc, pub, civ in PRINCIPLES:
        row = table.add_row()
        cant_split(row)
        cell_text(row.cells[0], name, bold=True, size=10)
        dp = row.cells[0].add_paragraph()
        dr = dp.add_run(desc)
        dr.italic = True
        dr.font.size = Pt(8.5)
        shade(row.cells[0], "E6EFEA")
        cell_bullets(row.cells[1], pub)
        cell_bullets(row.cells[2], civ)
    set_col_widths(table, [Cm(4.2), Cm(6.1), Cm(6.1)])
    p = doc.add_paragraph()
    r = p.add_run("Källa: Arbetsgruppen för lokal överenskommelse, remissversion december 2022, bearbetad.")
    r.font.size = Pt(8)
    r.italic = True

    # ---------------- 5 Gemensamma åtaganden ----------------
    heading(doc, "5 Gemensamma åtaganden och samverkansformer")
    body(doc, "Utöver åtagandena i tabell 1 har parterna kommit överens om hur samverkan ska organiseras. "
              "Samverkansgruppen består av fyra företrädare för kommunen och fyra företrädare för "
              "föreningslivet, utsedda av Rönnäsby föreningsråd. Gruppen sammanträder minst fyra gånger per år.")
    body(doc, "Kommunen och föreningslivet åtar sig gemensamt att:")
    for item in JOINT:
        doc.add_paragraph(item, style="List Bullet")
    body(doc, "Föreningsforumet är öppet för alla föreningar i kommunen. Kommunen står för lokal och "
              "förtäring; föreningsrådet ansvarar för inbjudan till föreningarna.")

    # ---------------- 6 Uppföljning ----------------
    heading(doc, "6 Uppföljning och revidering")
    body(doc, VALIDITY + " Den revideras under 2026 inför en ny period.")
    body(doc, "Samverkansgruppen ansvarar för den årliga uppföljningen och redovisar resultatet till "
              "kultur- och fritidsnämnden och föreningsrådets årsmöte. Uppföljningen bygger på en enkät "
              "till föreningarna och på en redovisning från förvaltningarna.")
    body(doc, "Om någon av parterna anser att överenskommelsen inte följs kan frågan tas upp i "
              "samverkansgruppen. Överenskommelsen kan sägas upp av båda parter med sex månaders varsel.")

    # ---------------- 7 Underskrifter ----------------
    heading(doc, "7 Underskrifter")
    body(doc, "Rönnäsby den 15 mars 2023").paragraph_format.keep_with_next = True
    sig = doc.add_table(rows=4, cols=2)
    rows = [
        ("För Rönnäsby kommun", "För föreningslivet i Rönnäsby"),
        ("\n\n______________________________", "\n\n______________________________"),
        ("Anna-Karin Sjöberg", "Mikael Rönn"),
        ("Kommunstyrelsens ordförande", "Ordförande, Rönnäsby föreningsråd"),
    ]
    for i, (a, b) in enumerate(rows):
        cell_text(sig.rows[i].cells[0], a, bold=(i == 0))
        cell_text(sig.rows[i].cells[1], b, bold=(i == 0))

    # ---------------- Bilaga 1 ----------------
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    heading(doc, "Bilaga 1 Handlingsplan 2023–2024")
    body(doc, "Handlingsplanen beskriver aktiviteter som ska genomföras under de två första åren. Den "
              "fastställs av samverkansgruppen och kan ändras utan att överenskommelsen revideras.")
    ap = doc.add_table(rows=1, cols=4)
    ap.style = "Table Grid"
    repeat_header(ap.rows[0])
    for cell, txt in zip(ap.rows[0].cells, ["Aktivitet", "Princip", "Ansvarig", "Klart"]):
        cell_text(cell, txt, bold=True, size=9)
        shade(cell, "D9D9D9")
    for act, pr, who, when in ACTION_PLAN:
        row = ap.add_row()
        for cell, txt in zip(row.cells, [act, pr, who, when]):
            cell_text(cell, txt, size=9)
    set_col_widths(ap, [Cm(6.4), Cm(3.4), Cm(4.2), Cm(2.4)])
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    r = p.add_run("Status för aktiviteterna redovisas i den årliga uppföljningen.")
    r.font.size = Pt(9)

    doc.save(DOCX)


def convert():
    outdir = tempfile.mkdtemp()
    profile = tempfile.mkdtemp()
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, DOCX],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(outdir, BASENAME + ".pdf"), PDF)
    shutil.rmtree(outdir, ignore_errors=True)
    shutil.rmtree(profile, ignore_errors=True)


def find_pages():
    """Page number of each TOC heading (skipping the TOC page itself)."""
    txt = subprocess.run(["pdftotext", "-layout", PDF, "-"], capture_output=True, text=True, check=True).stdout
    pages = txt.split("\f")
    found = {}
    for num, name in TOC_ENTRIES:
        pat = re.compile(r"^\s*" + re.escape(f"{num} {name}") + r"\s*$", re.M)
        for i, pg in enumerate(pages):
            if pat.search(pg):
                found[num] = i + 1
                break
    return found


# --------------------------------------------------------------------------
# expected.json
# --------------------------------------------------------------------------


def commitments():
    out = []
    for slug, name, desc, pub, civ in PRINCIPLES:
        for t in pub:
            out.append({"text": t, "principle": slug, "party": "public"})
        for t in civ:
            out.append({"text": t, "principle": slug, "party": "civil_society"})
    for t in JOINT:
        out.append({"text": t, "principle": None, "party": "joint"})
    return out


def P(slug):
    return next(p for p in PRINCIPLES if p[0] == slug)


def questions():
    L = "pdf_word_table_pages"
    qs = [
        ("vad ska kommunen gora inom dialog med foreningarna i ronnasby?", "sv", True,
         P("dialog")[3],
         ["tidigt skede", "Återkoppla skriftligt"]),
        ("När antogs överenskommelsen mellan Rönnäsby kommun och föreningslivet, och av vilket organ?", "sv", True,
         [ADOPTED],
         ["kommunfullmäktige", "2023-02-27"]),
        ("What do the associations commit to under the principle of openness and transparency in Rönnäsby?", "en", True,
         P("oppenhet_och_insyn")[4],
         ["verksamhetsberättelse", "revisionsberättelse", "insyn i hur kommunala medel har använts"]),
        ("vad menas med foreningslivet i overenskommelsen", "sv", True,
         [DEFINITION_FORENINGSLIV],
         ["ideella föreningar, stiftelser och trossamfund", "saknar vinstsyfte"]),
        ("Får kommunen ställa villkor på bidrag som hindrar en förening från att kritisera kommunen?", "sv", True,
         ["Inte ställa villkor för bidrag som begränsar föreningarnas rätt att granska och kritisera kommunen"],
         ["Inte ställa villkor", "granska och kritisera kommunen"]),
        ("Compare what the municipality and the associations in Rönnäsby commit to on gender equality.", "en", True,
         P("jamstalldhet")[3] + P("jamstalldhet")[4],
         ["flickor och pojkar", "jämn könsfördelning", "uppdelat på kön"]),
        ("hur lange galler overenskommelsen i ronnasby och nar revideras den", "sv", True,
         [VALIDITY, "Den revideras under 2026 inför en ny period."],
         ["2023-03-01", "2026-12-31", "revideras under 2026"]),
        ("Which commitments do the associations make regarding children's rights (barnrättsperspektiv)?", "en", True,
         P("barnrattsperspektiv")[4],
         ["kränkningar, trakasserier och övergrepp", "barn och unga vara delaktiga"]),
        ("Hur mycket pengar delar Rönnäsby kommun ut i föreningsbidrag per år?", "sv", False, [], []),
        ("Who is the municipality's contact person for the annual association forum?", "en", False, [], []),
    ]
    out = []
    for i, (q, lang, ans, gold, mm) in enumerate(qs, 1):
        out.append({"id": f"{L}-q{i}", "question": q, "language": lang, "answerable": ans,
                    "gold": list(gold), "must_mention": list(mm)})
    return out


def main():
    pages = {num: 0 for num, _ in TOC_ENTRIES}
    for _ in range(3):
        build(pages)
        convert()
        new = find_pages()
        if all(new.get(k) == pages.get(k) for k in pages):
            break
        pages = {k: new.get(k, 0) for k in pages}
    expected = {
        "file": BASENAME + ".pdf",
        "layout": "pdf_word_table_pages",
        "description": (
            "Word document (python-docx) converted to PDF with LibreOffice: cover with metadata table, "
            "running header 'Överenskommelse … | Dnr …' and footer page numbers 'N (M)' on every page, "
            "short typed TOC with dot leaders, a commitments table 'Princip | Kommunens åtaganden | "
            "Föreningslivets åtaganden' that runs over a page break with a repeated header row, principle "
            "cells with an italic description, several bulleted commitments per cell, two local principles "
            "(barnrättsperspektiv, jämställdhet), joint commitments in a list after 'Kommunen och "
            "föreningslivet åtar sig gemensamt att:', signature table and an appendix 'Bilaga 1 "
            "Handlingsplan' table that is not commitments."
        ),
        "metadata": {
            "doc_id": "ronnasby",
            "title": TITLE,
            "place": "Rönnäsby",
            "organisation": "Rönnäsby kommun",
            "kind": "överenskommelse",
            "date": "2023-02-27",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("pages:", pages, "commitments:", len(expected["commitments"]))


if __name__ == "__main__":
    main()
