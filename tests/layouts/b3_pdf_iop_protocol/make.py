#!/usr/bin/env python3
"""Generate ronnasen_iop_kvinnojouren_stjarnan.docx / .pdf and expected.json.

Rönnåsens kommun, socialnämnden: an IOP agreement (idéburet offentligt
partnerskap) with ONE association, Föreningen Kvinnojouren Stjärnan, written
in Word (python-docx) and converted to PDF with LibreOffice. Page 1 is a
"Protokollsutdrag" (Socialnämnden, 2024-09-25, § 87) with beslut in 'att'
clauses (decisions, not commitments), justering and "Rätt utdraget intygar".
Then the agreement with numbered sections 1–9: principles as 4.1 … 4.7
sub-sections with commitment sentences of both parties ("Föreningen ska",
"Nämnden ska", "Kommunen åtar sig att", "Parterna ska gemensamt"); sections 5
and 6 as "a) … b) …" lists (principle null); Ekonomi with amounts in kr;
Uppföljning; Avtalstid 2025-01-01 – 2027-12-31; signature table. Footer of the
agreement section: "IOP Kvinnojouren Stjärnan – sida N (M)" with fields.

Run: python3 make.py   (needs python-docx, soffice)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

try:
    import docx  # noqa: F401
except ImportError:  # fall back to the project venv which has python-docx
    venv = "/work/main/.venv/bin/python"
    if os.path.exists(venv) and not os.environ.get("MAKE_REEXEC"):
        os.environ["MAKE_REEXEC"] = "1"
        os.execv(venv, [venv] + sys.argv)
    raise

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "ronnasen_iop_kvinnojouren_stjarnan"
DOCX = os.path.join(HERE, BASE + ".docx")
PDF = os.path.join(HERE, BASE + ".pdf")
LAYOUT = "b3_pdf_iop_protocol"
PUB, CS, JT = "public", "civil_society", "joint"

ASSOC = "Föreningen Kvinnojouren Stjärnan"
TITLE = ("Avtal om idéburet offentligt partnerskap mellan Rönnåsens kommun och "
         "Föreningen Kvinnojouren Stjärnan")

# ----------------------------------------------------------------- protocol
PROTOCOL_DECISION = [
    "att godkänna avtal om idéburet offentligt partnerskap med Föreningen Kvinnojouren Stjärnan "
    "för perioden 2025-01-01 – 2027-12-31 enligt bilaga,",
    "att ersättningen till föreningen för år 2025 uppgår till 2 350 000 kronor och finansieras inom "
    "individ- och familjeomsorgens budget,",
    "att uppdra åt socialchefen att underteckna avtalet för nämndens räkning.",
]
PROTOCOL_SUMMARY = [
    "Kommunen har sedan 2013 lämnat föreningsbidrag till Föreningen Kvinnojouren Stjärnan. Bidraget har "
    "beviljats år för år, vilket har gjort det svårt för föreningen att planera verksamheten och behålla "
    "personal.",
    "Förvaltningen har tillsammans med föreningen utrett om verksamheten i stället kan bedrivas i form av "
    "ett idéburet offentligt partnerskap. Utredningen visar att verksamheten är av allmänt intresse, att "
    "föreningen själv har tagit initiativ till och finansierar delar av verksamheten, och att den inte "
    "snedvrider konkurrensen.",
    "Förvaltningen föreslår att nämnden godkänner ett treårigt avtal enligt bilaga.",
]

# ----------------------------------------------------------------- agreement
# ("h", text[, principle]) heading; ("p", [(sentence, party|None), ...]); ("list", lead, party, [items])
BODY = [
    ("h", "1. Parter"),
    ("p", [("Detta avtal har slutits mellan Rönnåsens kommun genom socialnämnden, org.nr 212000-9876, "
            "nedan kallad Nämnden eller Kommunen, och Föreningen Kvinnojouren Stjärnan, org.nr "
            "802461-3308, nedan kallad Föreningen.", None)]),
    ("p", [("Nämnden och Föreningen benämns gemensamt Parterna.", None)]),
    ("h", "2. Bakgrund"),
    ("p", [("Föreningen Kvinnojouren Stjärnan bildades 1987 och är en partipolitiskt och religiöst obunden "
            "ideell förening.", None),
           ("Föreningen är ansluten till Unizon och har i dag 140 medlemmar, varav 24 aktiva jourkvinnor.", None),
           ("Föreningen driver skyddat boende, stödsamtal och förebyggande arbete för kvinnor och barn som "
            "utsatts för våld i nära relationer.", None)]),
    ("p", [("Enligt 5 kap. 11 § socialtjänstlagen ska socialnämnden verka för att den som utsatts för våld "
            "eller andra övergrepp av närstående får stöd och hjälp.", None),
           ("Kommunen har sedan 2013 lämnat årliga föreningsbidrag till Föreningen.", None),
           ("Genom detta partnerskap vill Parterna skapa mer långsiktiga och förutsebara villkor för "
            "verksamheten.", None)]),
    ("p", [("Ett idéburet offentligt partnerskap är en samverkansform mellan en offentlig aktör och en "
            "idéburen organisation kring en verksamhet av allmänt intresse.", None),
           ("Partnerskapet är inte ett offentligt kontrakt enligt lagen (2016:1145) om offentlig upphandling, "
            "eftersom Föreningen själv har tagit initiativ till verksamheten och bidrar med egna resurser.", None),
           ("Ersättningen bedöms inte utgöra statsstöd, eftersom verksamheten är lokal och inte påverkar "
            "handeln mellan EU:s medlemsstater.", None)]),
    ("h", "3. Syfte och mål"),
    ("p", [("Syftet med partnerskapet är att våldsutsatta kvinnor och deras barn i Rönnåsens kommun får "
            "skydd, stöd och möjlighet att leva ett liv fritt från våld.", None)]),
    ("p", [("Målen för partnerskapet under avtalsperioden är", None)]),
    ("goals", ["att fler våldsutsatta kvinnor och barn får stöd i ett tidigt skede,",
               "att ingen kvinna som behöver skyddat boende behöver placeras utanför kommunen på grund av "
               "platsbrist,",
               "att kunskapen om mäns våld mot kvinnor ökar bland unga i kommunen."]),
    ("h", "4. Principer för samverkan"),
    ("p", [("Samverkan i partnerskapet bygger på principerna i överenskommelsen mellan Rönnåsens kommun "
            "och den idéburna sektorn från 2019.", None),
           ("Under varje princip anges vad den innebär för Parterna i detta partnerskap.", None)]),
    ("h2", "4.1 Självständighet och oberoende", "sjalvstandighet_och_oberoende"),
    ("p", [("Föreningen är en självständig organisation och bestämmer själv över sina stadgar, sin "
            "organisation och sina ställningstaganden.", None),
           ("Nämnden ska respektera Föreningens rätt att påtala brister i kommunens stöd till våldsutsatta, "
            "även offentligt.", PUB),
           ("Föreningen ska i sin kommunikation tydligt skilja mellan verksamhet inom partnerskapet och "
            "föreningens övriga verksamhet.", CS)]),
    ("h2", "4.2 Dialog", "dialog"),
    ("p", [("Parterna ska gemensamt hålla samverkansmöten minst fyra gånger per år.", JT),
           ("Nämnden ska utse en kontaktperson vid individ- och familjeomsorgen med ansvar för "
            "partnerskapet.", PUB),
           ("Föreningen ska utse en kontaktperson i styrelsen eller bland de anställda.", CS)]),
    ("h2", "4.3 Kvalitet", "kvalitet"),
    ("p", [("Föreningen ska bedriva verksamheten i enlighet med Socialstyrelsens föreskrifter och "
            "allmänna råd om våld i nära relationer.", CS),
           ("Föreningen ska se till att all personal och alla jourkvinnor har genomgått grundutbildning om "
            "mäns våld mot kvinnor.", CS),
           ("Kommunen åtar sig att ge Föreningens personal möjlighet att delta i kommunens "
            "kompetensutveckling om våld i nära relationer utan kostnad.", PUB)]),
    ("h2", "4.4 Långsiktighet", "langsiktighet"),
    ("p", [("Avtalet löper över tre år för att ge Föreningen möjlighet att planera verksamheten och behålla "
            "kompetent personal.", None),
           ("Kommunen åtar sig att inleda samtal om fortsatt samverkan senast tolv månader innan avtalet "
            "löper ut.", PUB)]),
    ("h2", "4.5 Öppenhet och insyn", "oppenhet_och_insyn"),
    ("p", [("Föreningen ska ge Nämnden insyn i hur ersättningen används genom att lämna den redovisning som "
            "anges i avsnitt 8.", CS),
           ("Nämnden ska informera Föreningen om förändringar i kommunens organisation, budget eller "
            "riktlinjer som kan påverka partnerskapet.", PUB),
           ("Parterna ska gemensamt värna den enskildes integritet och följa gällande regler om "
            "tystnadsplikt, sekretess och dataskydd.", JT)]),
    ("h2", "4.6 Mångfald", "mangfald"),
    ("p", [("Föreningen ska arbeta för att verksamheten är tillgänglig för kvinnor med "
            "funktionsnedsättning, kvinnor som inte talar svenska och hbtqi-personer.", CS),
           ("Kommunen åtar sig att bekosta tolk vid stödsamtal när det behövs.", PUB)]),
    ("h2", "4.7 Barnets bästa", "barnets_basta"),
    ("p", [("Barn som bevittnat våld är brottsoffer och har rätt till eget stöd.", None),
           ("Föreningen ska ha rutiner för att uppmärksamma och stödja barn som följer med sin mamma till "
            "skyddat boende.", CS),
           ("Nämnden ska säkerställa att varje barn i skyddat boende får en egen kontaktperson hos "
            "socialtjänsten.", PUB)]),
    ("h", "5. Föreningens åtaganden"),
    ("list", "Föreningen åtar sig att", CS, [
        "tillhandahålla skyddat boende med fyra platser för kvinnor och medföljande barn, tillgängligt "
        "dygnet runt alla dagar om året,",
        "erbjuda stödsamtal, rådgivning och stöd vid kontakter med myndigheter och rättsväsende,",
        "bemanna en stödtelefon vardagar klockan 10–16,",
        "genomföra minst tio föreläsningar per år om våld i nära relationer på skolor och arbetsplatser i "
        "kommunen,",
        "samverka med socialtjänsten i enskilda ärenden när den stödsökande har lämnat sitt samtycke,",
        "utan dröjsmål informera Nämnden om allvarliga händelser eller missförhållanden i verksamheten,",
        "ha en ansvarsförsäkring som täcker verksamheten inom partnerskapet,",
        "föra avidentifierad statistik över antal stödsökande, boendedygn och stödsamtal.",
    ]),
    ("h", "6. Kommunens åtaganden"),
    ("list", "Kommunen åtar sig att", PUB, [
        "betala ersättning enligt avsnitt 7,",
        "hänvisa våldsutsatta kvinnor som söker stöd hos socialtjänsten till Föreningen när det är lämpligt,",
        "utan kostnad upplåta lokalen på Bruksgatan 14 till Föreningens öppna verksamhet,",
        "erbjuda Föreningens personal handledning av kommunens familjebehandlare två gånger per termin,",
        "besvara Föreningens frågor om ärendehandläggning inom fem arbetsdagar,",
        "bjuda in Föreningen till kommunens samverkansgrupp mot våld i nära relationer.",
    ]),
    ("p", [("Utöver detta gäller de åtaganden som anges under avsnitt 4.", None)]),
    ("h", "7. Ekonomi"),
    ("p", [("Kommunen lämnar för år 2025 en ersättning om 2 350 000 kr till Föreningen.", None),
           ("Av ersättningen avser 1 900 000 kr skyddat boende och 450 000 kr stödverksamhet och "
            "förebyggande arbete.", None),
           ("Ersättningen för 2026 och 2027 räknas upp med Sveriges Kommuner och Regioners prisindex för "
            "kommunal verksamhet (PKV).", None)]),
    ("p", [("Kommunen ska betala ut ersättningen kvartalsvis i förskott, senast den 15:e i kvartalets första "
            "månad.", PUB),
           ("Föreningen ska bidra med ideella insatser motsvarande minst 2 500 timmar per år.", CS),
           ("Föreningen ska återbetala ersättning som inte har använts för det ändamål som anges i "
            "avtalet.", CS)]),
    ("p", [("Föreningens egna intäkter från medlemsavgifter, gåvor och insamlingar beräknas till cirka "
            "310 000 kr per år.", None)]),
    ("h", "8. Uppföljning"),
    ("p", [("Föreningen ska senast den 31 mars varje år lämna verksamhetsberättelse, ekonomisk redovisning "
            "och revisionsberättelse för föregående år till Nämnden.", CS),
           ("Parterna ska gemensamt genomföra en uppföljning av partnerskapet i november varje år.", JT),
           ("Uppföljningen utgår från de mål som anges i avsnitt 3 och från den statistik som Föreningen "
            "för.", None),
           ("Förvaltningen redovisar uppföljningen för socialnämnden i samband med nämndens "
            "verksamhetsberättelse.", None)]),
    ("h", "9. Avtalstid"),
    ("p", [("Avtalet gäller från och med 2025-01-01 till och med 2027-12-31.", None),
           ("Avtalet kan sägas upp av vardera parten med sex månaders uppsägningstid om den andra parten "
            "väsentligt brister i sina åtaganden.", None),
           ("Ändringar och tillägg till avtalet är giltiga endast om de är skriftliga och undertecknade av "
            "båda parter.", None),
           ("Tvister med anledning av avtalet löses i första hand genom dialog mellan Parterna.", None)]),
    ("p", [("Detta avtal har upprättats i två likalydande exemplar, varav Parterna har tagit var sitt.", None)]),
]


# ----------------------------------------------------------------- helpers
def add_field(run, instr):
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = f" {instr} "
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t"); v.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, v, e):
        run._r.append(el)


def para(container, text="", size=11, bold=False, italic=False, align=None, after=6, before=0,
         keep_next=False, indent=None):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.font.size = bold, italic, Pt(size)
    pf = p.paragraph_format
    pf.space_after, pf.space_before = Pt(after), Pt(before)
    pf.keep_together = True
    pf.keep_with_next = keep_next
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.left_indent = Cm(indent)
    return p


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.2)

    # --- section 1: protocol extract
    hdr = sec.header
    t = hdr.add_table(rows=1, cols=3, width=Cm(16))
    no_borders(t)
    c = t.rows[0].cells
    c[0].paragraphs[0].add_run("RÖNNÅSENS KOMMUN").bold = True
    c[1].paragraphs[0].add_run("PROTOKOLLSUTDRAG").bold = True
    c[2].paragraphs[0].add_run("Sida 1 (1)")
    c[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp = hdr.paragraphs[0]
    hp.add_run("Socialnämnden\tSammanträdesdatum 2024-09-25").font.size = Pt(10)
    hp._p.addprevious(t._tbl)
    ft = sec.footer.paragraphs[0]
    r = ft.add_run("Justerandes sign. ……………  ……………\t\tUtdragsbestyrkande ……………")
    r.font.size = Pt(8)

    para(doc, "§ 87", size=12, bold=True, after=0)
    para(doc, "Dnr SN 2024/312", size=10, after=10)
    para(doc, "Idéburet offentligt partnerskap med Föreningen Kvinnojouren Stjärnan 2025–2027",
         size=13, bold=True, after=10)
    para(doc, "Beslut", size=11, bold=True, after=3, keep_next=True)
    para(doc, "Socialnämnden beslutar", after=4)
    for d in PROTOCOL_DECISION:
        para(doc, d, indent=0.8, after=3)
    para(doc, "Sammanfattning av ärendet", bold=True, before=8, after=3, keep_next=True)
    for s in PROTOCOL_SUMMARY:
        para(doc, s, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=5)
    para(doc, "Beslutsunderlag", bold=True, before=6, after=3, keep_next=True)
    for s in ("Tjänsteskrivelse från individ- och familjeomsorgen 2024-09-02",
              "Förslag till avtal om idéburet offentligt partnerskap, bilaga 1",
              "Verksamhetsberättelse 2023 för Föreningen Kvinnojouren Stjärnan"):
        para(doc, s, indent=0.8, after=1)
    para(doc, "Justering", bold=True, before=10, after=3)
    jt = doc.add_table(rows=3, cols=2)
    no_borders(jt)
    jt.autofit = False
    rows = [("Ordförande", "Margareta Holm (S)"), ("Justerare", "Kent Åberg (M)"),
            ("Sekreterare", "Linnéa Sundqvist")]
    for i, (a, b) in enumerate(rows):
        jt.cell(i, 0).paragraphs[0].add_run(a).italic = True
        jt.cell(i, 1).paragraphs[0].add_run("……………………………………  " + b)
        jt.cell(i, 0).width, jt.cell(i, 1).width = Cm(4), Cm(12)
    jt.columns[0].width, jt.columns[1].width = Cm(4), Cm(12)
    para(doc, "Justeringsdatum 2024-09-30. Protokollet har anslagits på kommunens digitala anslagstavla "
              "2024-10-01.", size=10, before=8, after=8)
    para(doc, "Rätt utdraget intygar", italic=True, before=6, after=14)
    para(doc, "……………………………………", after=0)
    para(doc, "Linnéa Sundqvist, nämndsekreterare", size=10, after=10)
    para(doc, "Utdrag till: Föreningen Kvinnojouren Stjärnan, Ekonomienheten, Individ- och familjeomsorgen",
         size=9)

    # --- section 2: agreement
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.header.is_linked_to_previous = False
    s2.footer.is_linked_to_previous = False
    h2 = s2.header.paragraphs[0]
    h2.text = ""
    r = h2.add_run("Bilaga 1 till SN § 87/2024\tDnr SN 2024/312")
    r.font.size = Pt(9)
    f2 = s2.footer.paragraphs[0]
    f2.text = ""
    f2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for txt, fld in (("IOP Kvinnojouren Stjärnan – sida ", None), (None, "PAGE"), (" (", None),
                     (None, "NUMPAGES"), (")", None)):
        rr = f2.add_run(txt or "")
        rr.font.size = Pt(9)
        if fld:
            add_field(rr, fld)

    para(doc, TITLE, size=16, bold=True, after=4)
    para(doc, "Stöd till våldsutsatta kvinnor och barn 2025–2027", size=12, italic=True, after=14)
    for blk in BODY:
        kind = blk[0]
        if kind == "h":
            para(doc, blk[1], size=13, bold=True, before=10, after=4, keep_next=True)
        elif kind == "h2":
            para(doc, blk[1], size=11.5, bold=True, italic=True, before=6, after=3, keep_next=True)
        elif kind == "p":
            para(doc, " ".join(s for s, _ in blk[1]), align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=6)
        elif kind == "goals":
            for g in blk[1]:
                para(doc, "– " + g, indent=0.8, after=2)
        elif kind == "list":
            para(doc, blk[1] + ":", after=3, keep_next=True)
            for i, item in enumerate(blk[3]):
                p = para(doc, f"{chr(97 + i)})\t{item}", indent=1.0, after=3)
                p.paragraph_format.first_line_indent = Cm(-0.8)
    # signature block
    para(doc, "Underskrifter", size=13, bold=True, before=14, after=6, keep_next=True)
    para(doc, "Rönnåsen den ……………… 2024", after=6, keep_next=True)
    st = doc.add_table(rows=1, cols=2)
    no_borders(st)
    trPr = st.rows[0]._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit"); cs.set(qn("w:val"), "true"); trPr.append(cs)
    cols = [["För Rönnåsens kommun, socialnämnden", "", "……………………………………………",
             "Eva Björklund, socialchef"],
            ["För Föreningen Kvinnojouren Stjärnan", "", "……………………………………………",
             "Sara Nyqvist, ordförande", "", "……………………………………………", "Helena Öhman, kassör"]]
    for j, lines in enumerate(cols):
        cell = st.cell(0, j)
        cell.width = Cm(8)
        for k, line in enumerate(lines):
            cp = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            cp.add_run(line).bold = (k == 0)
            cp.paragraph_format.space_after = Pt(2)
            cp.paragraph_format.keep_with_next = True
    doc.save(DOCX)


def convert():
    prof = tempfile.mkdtemp(prefix="lo_iop_")
    out = tempfile.mkdtemp(prefix="lo_iop_out_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", out, DOCX],
                       check=True, capture_output=True, timeout=180)
        shutil.move(os.path.join(out, BASE + ".pdf"), PDF)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)


# ----------------------------------------------------------------- expected
def commitments():
    res, principle = [], None
    for blk in BODY:
        if blk[0] == "h":
            principle = None
        elif blk[0] == "h2":
            principle = blk[2]
        elif blk[0] == "p":
            res += [{"text": s, "principle": principle, "party": p} for s, p in blk[1] if p]
        elif blk[0] == "list":
            res += [{"text": i.rstrip(",."), "principle": None, "party": blk[2]} for i in blk[3]]
    return res


def sent(prefix):
    for blk in BODY:
        if blk[0] == "p":
            for s, _ in blk[1]:
                if s.startswith(prefix):
                    return s
    raise KeyError(prefix)


def lst(lead):
    for blk in BODY:
        if blk[0] == "list" and blk[1] == lead:
            return [i.rstrip(",.") for i in blk[3]]
    raise KeyError(lead)


def questions():
    q = []

    def add(question, lang, gold, mm):
        q.append({"id": f"{LAYOUT}-q{len(q) + 1}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": mm})

    add("Hur mycket får kvinnojouren i ersättning från kommunen 2025?", "sv",
        [sent("Kommunen lämnar för år 2025"), sent("Av ersättningen avser")],
        ["2 350 000 kr", "1 900 000 kr"])
    add("vilket datum tog socialnamnden beslut om iop avtalet med kvinnojouren", "sv",
        ["Sammanträdesdatum 2024-09-25", "Socialnämnden beslutar",
         PROTOCOL_DECISION[0].rstrip(",")],
        ["2024-09-25", "Socialnämnden"])
    add("What does the association have to provide under the IOP agreement?", "en",
        lst("Föreningen åtar sig att")[:4],
        ["skyddat boende med fyra platser", "stödtelefon", "minst tio föreläsningar"])
    add("vad ska kommunen gora enligt avtalet", "sv",
        lst("Kommunen åtar sig att"),
        ["Bruksgatan 14", "handledning", "fem arbetsdagar"])
    add("Får kvinnojouren kritisera kommunen offentligt trots att den får pengar?", "sv",
        [sent("Nämnden ska respektera Föreningens rätt")],
        ["påtala brister", "även offentligt"])
    add("How long does the agreement run and can it be terminated early?", "en",
        [sent("Avtalet gäller från och med"), sent("Avtalet kan sägas upp")],
        ["2025-01-01", "2027-12-31", "sex månaders uppsägningstid"])
    add("När ska föreningen lämna sin redovisning till nämnden?", "sv",
        [sent("Föreningen ska senast den 31 mars")],
        ["31 mars", "revisionsberättelse"])
    add("hur ofta ska parterna traffas for samverkansmoten", "sv",
        [sent("Parterna ska gemensamt hålla samverkansmöten")],
        ["minst fyra gånger per år"])
    add("Hur många kvinnor bodde i kvinnojourens skyddade boende under 2023?", "sv", [], [])
    add("Do the volunteers at the shelter have to show an extract from the criminal records register?",
        "en", [], [])
    return q


def main():
    build_docx()
    convert()
    exp = {
        "file": BASE + ".pdf",
        "layout": LAYOUT,
        "description": (
            "IOP agreement between one kommun (socialnämnden) and one association, written with python-docx "
            "and converted to PDF with LibreOffice: page 1 a protocol extract (header table 'RÖNNÅSENS KOMMUN "
            "| PROTOKOLLSUTDRAG', 'Sammanträdesdatum 2024-09-25', § 87, 'Socialnämnden beslutar' with 'att' "
            "decision clauses that are not commitments, justering table, 'Rätt utdraget intygar'); then the "
            "agreement in a new section with header 'Bilaga 1 till SN § 87/2024' and footer 'IOP Kvinnojouren "
            "Stjärnan – sida N (M)' (fields); numbered sections '1. Parter' … '9. Avtalstid'; principles as "
            "bold-italic sub-headings 4.1–4.7 (extra principle Barnets bästa) with sentence commitments "
            "('Föreningen ska', 'Nämnden ska', 'Kommunen åtar sig att', 'Parterna ska gemensamt'); sections 5 "
            "and 6 as 'a) … h)' lists after 'X åtar sig att:' (principle null); goals list with '–' that are "
            "not commitments; Ekonomi with amounts in kr and commitments; Uppföljning; contract clauses that "
            "are not commitments; borderless signature table."),
        "metadata": {
            "doc_id": "ronnasen_iop_kvinnojouren",
            "title": TITLE,
            "place": "Rönnåsen",
            "organisation": "Rönnåsens kommun",
            "kind": "överenskommelse",
            "date": "2024-09-25",
            "body": "socialnämnden",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {BASE}.pdf: {len(exp['commitments'])} commitments, {len(exp['questions'])} questions")


if __name__ == "__main__":
    main()
