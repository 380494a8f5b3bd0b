#!/usr/bin/env python3
"""Generate a fictional kommun agreement (DOCX) whose principles are the rows
of a commitment matrix (party columns, merged header and joint cells), plus
separate per-principle tables with party rows, heading-styled sections,
prose commitments, header/footer with page fields, and expected.json."""
import json
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = os.path.basename(HERE)
FILE = "lovsjo_overenskommelse_ideburen_sektor.docx"

PLACE = "Lövsjö"
TITLE = "Överenskommelse mellan Lövsjö kommun och den idéburna sektorn i Lövsjö 2024–2027"

COMMITMENTS = []


def C(text, principle, party):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


# ---------------------------------------------------------------- helpers
def add_field(paragraph, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, color=None):
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return p


def cell_items(cell, items, style="List Bullet"):
    first = True
    for it in items:
        if first:
            p = cell.paragraphs[0]
            p.style = style
            p.add_run(it)
            first = False
        else:
            cell.add_paragraph(it, style=style)


def para(doc, text, style=None, bold=False, italic=False, align=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if align is not None:
        p.alignment = align
    return p


# ---------------------------------------------------------------- document
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)

sec = doc.sections[0]
sec.left_margin = Cm(2.2)
sec.right_margin = Cm(2.2)
sec.different_first_page_header_footer = True

# running header (not on first page)
hp = sec.header.paragraphs[0]
hp.text = "Lövsjö kommun\tÖverenskommelse med idéburen sektor\tDnr KS 2023/0412"
for r in hp.runs:
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
# footer "Sida X av Y"
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp.add_run("Sida ")
add_field(fp, "PAGE")
fp.add_run(" av ")
add_field(fp, "NUMPAGES")
fp2 = sec.footer.add_paragraph("Lövsjö kommun · Kommunledningsförvaltningen · Storgatan 14, 789 90 Lövsjö")
fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp2.runs:
    r.font.size = Pt(7.5)
# first-page footer: only the address
ffp = sec.first_page_footer.paragraphs[0]
ffp.text = "Lövsjö kommun · www.lovsjo.se · 0345-990 00"
ffp.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ---------------- title block
p = para(doc, "LÖVSJÖ KOMMUN", bold=True)
p.runs[0].font.size = Pt(14)
p.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
para(doc, "Styrdokument", italic=True)
doc.add_paragraph(TITLE, style="Title")
para(doc, "Lokal överenskommelse om samverkan mellan Lövsjö kommun och "
          "föreningar, stiftelser och andra idéburna organisationer i Lövsjö")

meta = doc.add_table(rows=0, cols=2)
meta.style = "Table Grid"
for k, v in [
    ("Dokumenttyp", "Överenskommelse"),
    ("Beslutsinstans", "Kommunfullmäktige"),
    ("Beslut", "Antagen av kommunfullmäktige 2023-11-27, § 142"),
    ("Diarienummer", "KS 2023/0412"),
    ("Giltighetstid", "2024-01-01 – 2027-12-31"),
    ("Dokumentansvarig", "Kommunledningsförvaltningen, enheten för demokrati och samhällsutveckling"),
    ("Revideras", "Vart fjärde år, nästa gång inför 2028"),
]:
    cells = meta.add_row().cells
    cell_text(cells[0], k, bold=True)
    shade(cells[0], "DEEAF6")
    cell_text(cells[1], v)

para(doc, "")
para(doc, "Framtagen tillsammans med Lövsjö föreningsråd, Idrottsalliansen "
          "Lövsjö, Studieförbunden i Lövsjö och Församlingsrådet i Lövsjö.",
     italic=True)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------- Förord
doc.add_heading("Förord", level=1)
para(doc, "Lövsjö är en kommun där föreningslivet alltid har betytt mycket. "
          "Bygdegårdarna, idrottsklubbarna, hembygdsföreningarna och de nya "
          "föreningarna som bildats av människor som flyttat hit håller ihop "
          "vår kommun.")
para(doc, "”Vi vill att den som vill engagera sig i Lövsjö ska mötas av en "
          "kommun som lyssnar, som är tydlig och som håller vad den lovar.”",
     style="Quote")
para(doc, "Med den här överenskommelsen vill vi göra samverkan mer "
          "förutsägbar för båda parter. Den ersätter inte föreningspolicyn "
          "eller bidragsreglerna, men den visar hur vi ska arbeta tillsammans.")
para(doc, "Anna-Karin Wendt (C), kommunstyrelsens ordförande\n"
          "Mikael Strand, ordförande i Lövsjö föreningsråd", italic=True)

# ---------------- Bakgrund
doc.add_heading("1. Bakgrund", level=1)
para(doc, "År 2008 slöt regeringen, Sveriges Kommuner och Regioner och "
          "organisationer inom det sociala området en nationell "
          "överenskommelse. Den har sedan dess följts av lokala och regionala "
          "överenskommelser runt om i landet.")
para(doc, "Lövsjö kommun antog sin första föreningspolicy 2015. Under 2022 "
          "och 2023 genomfördes fyra dialogmöten där 46 föreningar deltog. "
          "Vid mötena lyfte föreningarna särskilt behovet av tydligare "
          "bidragsregler, längre framförhållning och en fast kontaktväg in i "
          "kommunen.")
para(doc, "Överenskommelsen är ett frivilligt åtagande. Den är inte ett "
          "juridiskt bindande avtal och reglerar inte ekonomiska ersättningar.")

doc.add_heading("2. Syfte och mål", level=1)
para(doc, "Syftet är att stärka samverkan mellan kommunen och den idéburna "
          "sektorn och att tydliggöra vad parterna kan förvänta sig av "
          "varandra.")
para(doc, "Målen för perioden är:")
for g in [
    "fler invånare engagerar sig i föreningslivet,",
    "fler föreningar deltar i kommunens dialogmöten,",
    "föreningarna upplever att kommunens bidragsgivning är förutsägbar.",
]:
    doc.add_paragraph(g, style="List Number")

# ---------------- Definitioner
doc.add_heading("3. Parter och begrepp", level=1)
doc.add_heading("3.1 Vilka omfattas?", level=2)
para(doc, "Parter är Lövsjö kommun, med samtliga nämnder och förvaltningar, "
          "och de idéburna organisationer som verkar i Lövsjö och som "
          "ställer sig bakom överenskommelsen. Kommunala bolag omfattas inte.")
doc.add_heading("3.2 Begrepp", level=2)
DEF_IDEBUREN = ("Föreningar, stiftelser, trossamfund och andra organisationer "
                "som drivs utifrån en idé, som inte är vinstdrivande och som "
                "är fristående från offentlig sektor.")
DEF_IOP = ("En samverkansform där kommunen och en idéburen organisation "
           "tillsammans finansierar och genomför en verksamhet utan att den "
           "upphandlas.")
DEF_DIALOG = ("Ett möte där kommunen och den idéburna sektorn tillsammans "
              "diskuterar en fråga innan beslut fattas.")
dt = doc.add_table(rows=1, cols=2)
dt.style = "Table Grid"
cell_text(dt.rows[0].cells[0], "Begrepp", bold=True)
cell_text(dt.rows[0].cells[1], "Betydelse i denna överenskommelse", bold=True)
for k, v in [("Idéburen sektor", DEF_IDEBUREN),
             ("Idéburet offentligt partnerskap (IOP)", DEF_IOP),
             ("Dialogmöte", DEF_DIALOG)]:
    cells = dt.add_row().cells
    cell_text(cells[0], k, bold=True)
    cell_text(cells[1], v)

# ---------------- Principer och åtaganden
doc.add_heading("4. Principer och åtaganden", level=1)
COUNT_SENT = "Överenskommelsen bygger på åtta principer."
para(doc, COUNT_SENT + " Sex av dem redovisas i tabell 1, där varje rad är "
          "en princip och kolumnerna visar vad respektive part åtar sig. "
          "Principerna barnrättsperspektiv och samhällsutveckling redovisas "
          "i tabell 2 och 3.")
para(doc, "Tabell 1. Principer och parternas åtaganden", bold=True)

# rows: (principle display, description, slug, kommun items, sektor items, joint sentence)
MATRIX = [
    ("Självständighet och oberoende",
     "Sektorns roll som röst och opinionsbildare ska respekteras.",
     "sjalvstandighet_och_oberoende",
     ["respektera den idéburna sektorns rätt att granska, kritisera och driva opinion, även när organisationen får bidrag från kommunen.",
      "utforma bidragsregler så att de inte styr föreningarnas inre arbete, val av styrelse eller stadgar."],
     ["tydligt redovisa när organisationen uttalar sig som intresseorganisation och när den utför uppdrag åt kommunen.",
      "värna sin egen identitet och sina värderingar i samverkan med kommunen."],
     None),
    ("Dialog",
     "Dialog ska ske tidigt och på jämlika villkor.",
     "dialog",
     ["bjuda in den idéburna sektorn tidigt i arbetet med planer, program och andra styrdokument som berör sektorn.",
      "ge organisationerna minst sex veckor att svara på remisser.",
      "återkoppla skriftligt hur synpunkter från dialogmöten har tagits om hand."],
     ["samordna sina synpunkter där det är möjligt, till exempel genom Lövsjö föreningsråd.",
      "sprida information om dialogmöten och remisser till sina medlemmar."],
     "Parterna ska gemensamt genomföra minst två dialogmöten per år."),
    ("Kvalitet",
     "Verksamheten ska hålla god kvalitet för dem den är till för.",
     "kvalitet",
     ["ställa krav på kvalitet och uppföljning som står i proportion till bidragets eller uppdragets storlek.",
      "erbjuda kostnadsfri utbildning i ansökan, redovisning och föreningskunskap."],
     ["redovisa hur bidrag har använts och vilka resultat verksamheten har gett.",
      "arbeta med att utveckla kvaliteten i sin verksamhet utifrån medlemmarnas och målgruppernas behov."],
     None),
    ("Långsiktighet och stabilitet",
     "Föreningar behöver kunna planera mer än ett år framåt.",
     "langsiktighet",
     ["i första hand erbjuda fleråriga bidrag och avtal till verksamheter som bedöms vara långsiktiga.",
      "informera berörda organisationer minst sex månader i förväg om större förändringar i bidragssystemet."],
     ["planera sin verksamhet så att den inte blir helt beroende av ett enskilt kommunalt bidrag."],
     "Båda parter ska verka för att samarbeten som fungerar väl kan fortsätta även efter en projektperiod."),
    ("Öppenhet och insyn",
     "Öppenhet skapar förtroende mellan parterna.",
     "oppenhet_och_insyn",
     ["publicera bidragsregler, beslut om föreningsbidrag och kontaktuppgifter på kommunens webbplats.",
      "motivera beslut om avslag på ansökningar om bidrag."],
     ["ge kommunen insyn i verksamhet och ekonomi i den del som finansieras med offentliga medel.",
      "hålla sina stadgar, styrelseuppgifter och årsberättelser tillgängliga för kommunen på begäran."],
     None),
    ("Mångfald",
     "Alla ska kunna delta, oavsett bakgrund.",
     "mangfald",
     ["ta tillvara mångfalden av organisationer och verksamhetsformer, även små och nystartade föreningar.",
      "se till att information om bidrag och dialog finns på lätt svenska och på de språk som behövs."],
     ["arbeta för att verksamheten ska vara öppen och tillgänglig för alla oavsett bakgrund, funktionsförmåga eller ekonomi."],
     "Vi åtar oss gemensamt att nå grupper som i dag sällan deltar i föreningslivet, till exempel nyanlända och unga i kommunens ytterområden."),
]

mt = doc.add_table(rows=2, cols=3)
mt.style = "Table Grid"
mt.alignment = WD_TABLE_ALIGNMENT.CENTER
# header: "Princip" merged vertically over two rows, "Åtaganden" merged horizontally
h_pr = mt.cell(0, 0).merge(mt.cell(1, 0))
cell_text(h_pr, "Princip", bold=True, color="FFFFFF")
shade(h_pr, "1F4E79")
h_at = mt.cell(0, 1).merge(mt.cell(0, 2))
cell_text(h_at, "Åtaganden", bold=True, color="FFFFFF")
h_at.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
shade(h_at, "1F4E79")
cell_text(mt.cell(1, 1), "Lövsjö kommun åtar sig att", bold=True)
cell_text(mt.cell(1, 2), "Den idéburna sektorn åtar sig att", bold=True)
shade(mt.cell(1, 1), "DEEAF6")
shade(mt.cell(1, 2), "DEEAF6")

WIDTHS = (Cm(3.6), Cm(6.4), Cm(6.4))
for name, desc, slug, kom, sek, joint in MATRIX:
    row = mt.add_row()
    for t in kom:
        C(t, slug, "public")
    for t in sek:
        C(t, slug, "civil_society")
    if joint:
        jrow = mt.add_row()
        pc = row.cells[0].merge(jrow.cells[0])
        jc = jrow.cells[1].merge(jrow.cells[2])
        shade(jc, "F2F2F2")
        p = jc.paragraphs[0]
        r = p.add_run("Gemensamt: ")
        r.bold = True
        p.add_run(C(joint, slug, "joint"))
    else:
        pc = row.cells[0]
    cell_text(pc, name, bold=True)
    pc.add_paragraph(desc).runs[0].italic = True
    cell_items(row.cells[1], kom)
    cell_items(row.cells[2], sek)

for r in mt.rows:
    for i, c in enumerate(r.cells):
        c.width = WIDTHS[i]

para(doc, "")
para(doc, "Kommentar: Med kommunen avses i tabellen samtliga nämnder och "
          "förvaltningar. Med den idéburna sektorn avses de organisationer "
          "som ställt sig bakom överenskommelsen.", italic=True)

# ---------------- Tabell 2: Barnrättsperspektiv (party rows)
doc.add_heading("4.1 Barnrättsperspektiv", level=2)
para(doc, "Sedan 2020 är barnkonventionen svensk lag. Många av Lövsjös "
          "föreningar har barn och unga som medlemmar, och därför har "
          "parterna lagt till barnrättsperspektivet som en egen princip.")
para(doc, "Tabell 2. Barnrättsperspektiv", bold=True)
BARN = [
    ("Lövsjö kommun", "public",
     ["Kommunen ska göra barnkonsekvensanalyser inför beslut som påverkar barns och ungas möjligheter till fritid och föreningsliv."]),
    ("Idéburna organisationer", "civil_society",
     ["Föreningar med barn- och ungdomsverksamhet ska ha rutiner för att förebygga och hantera kränkningar och övergrepp.",
      "Föreningarna ska låta barn och unga komma till tals i frågor som rör dem."]),
    ("Båda parter", "joint",
     ["Parterna ska gemensamt skapa ett forum där unga i Lövsjö kan påverka kommunens fritidsutbud."]),
]
bt = doc.add_table(rows=1, cols=2)
bt.style = "Table Grid"
hc = bt.cell(0, 0).merge(bt.cell(0, 1))
cell_text(hc, "Princip: Barnrättsperspektiv", bold=True, color="FFFFFF")
shade(hc, "385723")
for who, party, items in BARN:
    cells = bt.add_row().cells
    cell_text(cells[0], who, bold=True)
    shade(cells[0], "E2EFDA")
    cell_items(cells[1], [C(t, "barnrattsperspektiv", party) for t in items])

# ---------------- Tabell 3: Samhällsutveckling (party rows, description row)
doc.add_heading("4.2 Samhällsutveckling", level=2)
para(doc, "Tabell 3. Samhällsutveckling", bold=True)
st3 = doc.add_table(rows=2, cols=2)
st3.style = "Table Grid"
hc = st3.cell(0, 0).merge(st3.cell(0, 1))
cell_text(hc, "Princip: Samhällsutveckling", bold=True, color="FFFFFF")
shade(hc, "7F6000")
dc = st3.cell(1, 0).merge(st3.cell(1, 1))
cell_text(dc, "Den idéburna sektorn är en viktig kraft för ett levande "
              "Lövsjö, både i tätorten och på landsbygden.")
dc.paragraphs[0].runs[0].italic = True
SAM = [
    ("Lövsjö kommun", "public",
     ["Kommunen ska ta tillvara den idéburna sektorns kunskap i arbetet med social hållbarhet och landsbygdsutveckling.",
      "Kommunen ska pröva idéburet offentligt partnerskap (IOP) när det är en lämplig samverkansform."]),
    ("Idéburna organisationer", "civil_society",
     ["Organisationerna ska bidra med idéer, engagemang och kunskap om de målgrupper de möter."]),
]
for who, party, items in SAM:
    cells = st3.add_row().cells
    cell_text(cells[0], who, bold=True)
    cell_items(cells[1], [C(t, "samhallsutveckling", party) for t in items],
               style="Normal")

# ---------------- Genomförande (prose commitments)
doc.add_heading("5. Genomförande", level=1)
para(doc, "Överenskommelsen ska vara känd i hela kommunorganisationen och "
          "bland föreningarna. "
          + C("Kommunstyrelsen ska utse en samordnare för överenskommelsen inom kommunledningsförvaltningen.", None, "public")
          + " "
          + C("Lövsjö föreningsråd ansvarar för att sprida överenskommelsen till föreningar som inte är medlemmar i rådet.", None, "civil_society"))
para(doc, "En samrådsgrupp med fyra representanter från kommunen och fyra "
          "från den idéburna sektorn leder arbetet. Gruppen sammankallas av "
          "samordnaren.")

doc.add_heading("5.1 Handlingsplan 2024", level=2)
para(doc, "Handlingsplanen är ett stöd för genomförandet och revideras "
          "årligen av samrådsgruppen. Den är inte en del av parternas "
          "åtaganden.")
ap = doc.add_table(rows=1, cols=3)
ap.style = "Light Grid Accent 1"
for i, h in enumerate(["Aktivitet", "Ansvarig", "Klart"]):
    cell_text(ap.rows[0].cells[i], h, bold=True)
for a, b, c in [
    ("Översyn av reglerna för föreningsbidrag", "Kultur- och fritidsförvaltningen", "Juni 2024"),
    ("Utbildningsdag om IOP för föreningar och tjänstepersoner", "Samordnaren", "Hösten 2024"),
    ("Översättning av bidragsinformation till arabiska, somaliska och tigrinja", "Kommunikationsenheten", "December 2024"),
    ("Kartläggning av lokaler som föreningar kan låna", "Samrådsgruppen", "2025"),
]:
    cells = ap.add_row().cells
    for i, v in enumerate((a, b, c)):
        cell_text(cells[i], v)

# ---------------- Uppföljning
doc.add_heading("6. Uppföljning och revidering", level=1)
FOLLOW1 = "Överenskommelsen följs upp årligen av samrådsgruppen."
FOLLOW2 = C("Kommunen ska varje år senast den 31 mars sammanställa en uppföljningsrapport till kommunstyrelsen.", None, "public")
FOLLOW3 = C("Parterna ska gemensamt gå igenom rapporten på årets första dialogmöte och besluta om eventuella förbättringar.", None, "joint")
para(doc, FOLLOW1 + " " + FOLLOW2)
para(doc, FOLLOW3)
VALID = ("Överenskommelsen gäller från den 1 januari 2024 till och med den "
         "31 december 2027 och revideras vart fjärde år.")
para(doc, VALID + " Om någon part vill säga upp överenskommelsen ska det "
          "tas upp i samrådsgruppen.")

# ---------------- Beslut och underskrifter
doc.add_heading("7. Beslut och underskrifter", level=1)
DECISION = "Antagen av kommunfullmäktige 2023-11-27, § 142."
para(doc, DECISION + " Överenskommelsen undertecknades vid föreningsgalan "
          "den 25 januari 2024.")
sig = doc.add_table(rows=4, cols=2)
cell_text(sig.cell(0, 0), "För Lövsjö kommun", bold=True)
cell_text(sig.cell(0, 1), "För den idéburna sektorn i Lövsjö", bold=True)
cell_text(sig.cell(1, 0), "\n\n________________________________")
cell_text(sig.cell(1, 1), "\n\n________________________________")
cell_text(sig.cell(2, 0), "Anna-Karin Wendt")
cell_text(sig.cell(2, 1), "Mikael Strand")
cell_text(sig.cell(3, 0), "Kommunstyrelsens ordförande")
cell_text(sig.cell(3, 1), "Ordförande, Lövsjö föreningsråd")

doc.add_heading("Kontakt", level=2)
para(doc, "Samordnare för överenskommelsen: Elin Berggren, "
          "kommunledningsförvaltningen, elin.berggren@lovsjo.se, "
          "0345-990 12.")
para(doc, "Lövsjö föreningsråd: kansli@lovsjoforeningsrad.se")

doc.save(os.path.join(HERE, FILE))

# ---------------------------------------------------------------- expected
def kom_items(slug):
    return [c["text"] for c in COMMITMENTS if c["principle"] == slug and c["party"] == "public"]


def sek_items(slug):
    return [c["text"] for c in COMMITMENTS if c["principle"] == slug and c["party"] == "civil_society"]


Q = []


def q(question, lang, gold, must):
    Q.append({"id": f"{LAYOUT}-q{len(Q) + 1}", "question": question,
              "language": lang, "answerable": bool(gold), "gold": gold,
              "must_mention": must})


q("Vad har Lovsjo kommun lovat att gora nar det galler dialog med foreningarna?", "sv",
  kom_items("dialog"),
  ["sex veckor", "återkoppla skriftligt", "tidigt"])
q("Vilket organ antog överenskommelsen med idéburen sektor i Lövsjö och när?", "sv",
  [DECISION], ["kommunfullmäktige", "2023-11-27"])
q("hur lange galler overenskommelsen i lovsjo och nar ska den revideras", "sv",
  [VALID], ["31 december 2027", "vart fjärde år"])
q("Hur följs Lövsjö kommuns överenskommelse med föreningslivet upp?", "sv",
  [FOLLOW1, FOLLOW2, FOLLOW3],
  ["samrådsgruppen", "31 mars", "uppföljningsrapport"])
q("vad ska foreningarna i Lovsjo gora for barnrattsperspektivet?", "sv",
  sek_items("barnrattsperspektiv"),
  ["kränkningar och övergrepp", "komma till tals"])
q("What does Lövsjö municipality commit to regarding the independence of civil society organisations?", "en",
  kom_items("sjalvstandighet_och_oberoende"),
  ["granska, kritisera och driva opinion", "inte styr föreningarnas inre arbete"])
q("Hur definieras idéburen sektor i Lövsjös överenskommelse?", "sv",
  [DEF_IDEBUREN], ["inte är vinstdrivande", "fristående från offentlig sektor"])
q("Hur många principer bygger överenskommelsen i Lövsjö på?", "sv",
  [COUNT_SENT], ["åtta principer"])
q("Hur mycket föreningsbidrag delar Lövsjö kommun ut per år?", "sv", [], [])
q("Vilka foreningar i Lovsjo fick kommunalt bidrag under 2023?", "sv", [], [])

expected = {
    "file": FILE,
    "layout": LAYOUT,
    "description": ("DOCX kommun agreement: title block with metadata table, "
                    "heading-styled sections, principles as rows of a "
                    "commitment matrix (party columns, vertically/horizontally "
                    "merged header cells, merged 'Gemensamt' joint rows), "
                    "separate per-principle tables with party rows, "
                    "definitions table, action-plan table (not commitments), "
                    "prose commitments, header and 'Sida X av Y' footer."),
    "metadata": {
        "doc_id": "lovsjo",
        "title": TITLE,
        "place": PLACE,
        "organisation": "Lövsjö kommun",
        "kind": "överenskommelse",
        "date": "2023-11-27",
        "body": "kommunfullmäktige",
    },
    "commitments": COMMITMENTS,
    "questions": Q,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(FILE, len(COMMITMENTS), "commitments")
