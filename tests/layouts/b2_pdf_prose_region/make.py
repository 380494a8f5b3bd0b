#!/usr/bin/env python3
"""Generate region_forsbotten_overenskommelse.docx / .pdf and expected.json.

Region Forsbotten: agreement with the idéburna organisationerna in the county,
written in running prose in Word (python-docx) and converted to PDF with
LibreOffice. Cover page ("Beslutad av regionfullmäktige ..."), numbered chapter
headings ("3 Principerna", "3.2 Dialog"), commitments as sentences inside
paragraphs with varied verbs (ska / förbinder sig att / tar ansvar för att /
förväntas / Parterna ska gemensamt / Båda parter ansvarar för), paragraphs
with two parties, non-commitment sentences (descriptions, what the national
agreement says, history), real Word footnotes (one on a commitment), running
header and "Sida N av M" footer, appendix list of organisations.

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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "region_forsbotten_overenskommelse"
DOCX = os.path.join(HERE, BASE + ".docx")
PDF = os.path.join(HERE, BASE + ".pdf")

TITLE = ("Överenskommelse om samverkan mellan Region Forsbotten och idéburna "
         "organisationer i Forsbottens län 2025–2028")
DECIDED = "Beslutad av regionfullmäktige 2024-06-18, § 112"
DNR = "RS 2023/1456"

# --------------------------------------------------------------------------
# Body. Each block: ("h1"/"h2", text, principle-slug-or-None) or
# ("p", [segments]) where a segment is (sentence, party-or-None, footnote-or-None).
# party None = not a commitment. Principle comes from the latest heading.
# --------------------------------------------------------------------------
PUB, CS, JT = "public", "civil_society", "joint"

FN_SCB = "Källa: SCB, Registret över ideella organisationer, uttag i oktober 2023."
FN_NAT = ("Överenskommelsen mellan regeringen, idéburna organisationer inom det sociala området "
          "och Sveriges Kommuner och Landsting (2008). Överenskommelsen har senare kompletterats "
          "med principer för dialog och samråd.")
FN_BIDRAG = ("Gäller stöd enligt regionens riktlinjer för regionalt utvecklingsstöd och för stöd "
             "till organisationer inom hälso- och sjukvårdsområdet.")
FN_SOCFORSK = ("Social förskrivning prövas sedan 2022 vid tre hälsocentraler i länet inom "
               "projektet Hälsa i gemenskap.")

BODY = [
    ("h1", "1 Inledning", None),
    ("p", [("Region Forsbotten ansvarar för hälso- och sjukvård, kollektivtrafik, kultur och "
            "regional utveckling för länets cirka 240 000 invånare.", None, None),
           ("I länet finns fler än 2 600 ideella föreningar, stiftelser och trossamfund.", None, FN_SCB)]),
    ("p", [("Regionens samverkan med idéburna organisationer har vuxit fram under lång tid.", None, None),
           ("Redan landstinget antog riktlinjer för föreningsbidrag 1998, och 2015 beslutade "
            "regionfullmäktige om den första överenskommelsen med länets idéburna sektor.", None, None),
           ("Enligt den tidigare överenskommelsen skulle regionen ordna dialogforum fyra gånger per "
            "år, men det målet nåddes endast 2016.", None, None),
           ("Denna överenskommelse ersätter den tidigare och bygger på den utvärdering som "
            "Forsbottens folkhögskola genomförde på regionens uppdrag 2023.", None, None)]),
    ("p", [("Överenskommelsen har tagits fram av en arbetsgrupp med sex företrädare för regionen "
            "och åtta för de idéburna organisationerna.", None, None),
           ("Under 2023 och 2024 hölls elva dialogmöten på nio orter i länet, och en remissversion "
            "besvarades av 74 organisationer.", None, None)]),

    ("h1", "2 Utgångspunkter", None),
    ("h2", "2.1 Den nationella överenskommelsen", None),
    ("p", [("Regeringen, idéburna organisationer inom det sociala området och Sveriges Kommuner och "
            "Landsting tecknade 2008 en nationell överenskommelse.", None, None),
           ("Den innehåller sex principer: självständighet och oberoende, dialog, kvalitet, "
            "långsiktighet, öppenhet och insyn samt mångfald.", None, None),
           ("Enligt den nationella överenskommelsen ska parterna stärka de idéburna "
            "organisationernas roll som röstbärare och opinionsbildare.", None, FN_NAT)]),
    ("p", [("Flera regioner och kommuner har sedan dess tecknat lokala och regionala "
            "överenskommelser som bygger på samma principer.", None, None),
           ("Region Forsbotten har valt att lägga till en sjunde princip om folkhälsa, eftersom "
            "folkhälsoarbetet är ett av de områden där samverkan med de idéburna organisationerna "
            "är mest omfattande.", None, None)]),
    ("h2", "2.2 Vad menas med idéburen organisation?", None),
    ("p", [("Med idéburen organisation avses i detta dokument en organisation som har ett "
            "allmännyttigt syfte, som är fristående från det offentliga och som inte delar ut vinst "
            "till ägare eller medlemmar.", None, None),
           ("Hit räknas bland annat ideella föreningar, stiftelser, trossamfund och sociala företag "
            "som återinvesterar sitt överskott.", None, None)]),
    ("h2", "2.3 Syfte", None),
    ("p", [("Syftet med överenskommelsen är att stärka de idéburna organisationernas möjligheter "
            "att bidra till en hållbar utveckling i länet och att tydliggöra rollerna mellan "
            "parterna.", None, None),
           ("Överenskommelsen är inte ett avtal i juridisk mening och reglerar inte "
            "ekonomiska åtaganden mellan enskilda parter.", None, None)]),

    ("h1", "3 Principerna", None),
    ("p", [("Varje princip beskrivs nedan tillsammans med de åtaganden som regionen och de "
            "idéburna organisationerna gör.", None, None),
           ("Beskrivningarna bygger på det som kom fram under dialogmötena.", None, None)]),

    ("h2", "3.1 Självständighet och oberoende", "sjalvstandighet_och_oberoende"),
    ("p", [("Principen om självständighet och oberoende innebär att de idéburna organisationerna "
            "själva bestämmer över sina mål, sin organisation och sina ståndpunkter.", None, None),
           ("Under dialogmötena framkom att flera organisationer har upplevt att bidragsvillkor "
            "styrt deras verksamhet mer än de önskat.", None, None)]),
    ("p", [("Regionen ska respektera organisationernas rätt att granska, kritisera och driva "
            "opinion i frågor där regionen är huvudman, även när organisationen får bidrag från "
            "regionen.", PUB, None),
           ("Regionen förbinder sig att inte ställa villkor om organisationernas stadgar, interna "
            "beslut eller val av företrädare.", PUB, None)]),
    ("p", [("Av de idéburna organisationerna förväntas att de tydligt redovisar när de agerar som "
            "utförare av en verksamhet som regionen finansierar och när de agerar som "
            "opinionsbildare.", CS, None)]),

    ("h2", "3.2 Dialog", "dialog"),
    ("p", [("Dialog är ett sätt att ta tillvara kunskap och erfarenheter från de människor som de "
            "idéburna organisationerna företräder.", None, None),
           ("Regionens tidigare dialogforum samlade i genomsnitt 45 organisationer per tillfälle.", None, None)]),
    ("p", [("Regionen ska bjuda in till dialog innan beslut fattas i frågor som väsentligt berör "
            "idéburna organisationer eller de grupper de företräder.", PUB, None),
           ("Region Forsbotten tar ansvar för att dialogerna dokumenteras och att deltagarna får "
            "återkoppling om hur deras synpunkter har hanterats.", PUB, None)]),
    ("p", [("De idéburna organisationerna förväntas delta i dialogen med företrädare som har "
            "mandat från sin organisation.", CS, None),
           ("Regionen ska ersätta företrädarnas resekostnader enligt regionens reseregler.", PUB, None)]),
    ("p", [("Parterna ska gemensamt genomföra ett regionalt dialogforum minst två gånger per år.", JT, None),
           ("Forumet hålls växelvis i Forsbotten och i någon av inlandskommunerna.", None, None)]),

    ("h2", "3.3 Kvalitet", "kvalitet"),
    ("p", [("Kvalitet i de idéburna organisationernas verksamhet bygger på engagemang, närhet till "
            "målgruppen och förmåga att snabbt fånga upp nya behov.", None, None),
           ("Kvalitet kan därför inte alltid mätas med samma indikatorer som regionens egen "
            "verksamhet.", None, None)]),
    ("p", [("Regionen ska anpassa krav på uppföljning och redovisning till bidragets storlek och "
            "verksamhetens art.", PUB, None),
           ("Regionen förbinder sig att erbjuda stöd i ansökningsprocessen genom regionens "
            "föreningsvägledare.", PUB, None)]),
    ("p", [("Av de idéburna organisationerna förväntas att de följer upp sin verksamhet och "
            "redovisar resultat i förhållande till de mål som angetts i ansökan.", CS, None),
           ("De idéburna organisationerna förväntas också ta tillvara synpunkter från deltagare och "
            "brukare i utvecklingen av verksamheten.", CS, None)]),

    ("h2", "3.4 Långsiktighet", "langsiktighet"),
    ("p", [("Många idéburna organisationer vittnar om att ettåriga projektbidrag gör det svårt att "
            "behålla anställda och ideella ledare.", None, None),
           ("Mellan 2019 och 2023 var drygt 60 procent av regionens stöd till sektorn ettårigt.", None, None)]),
    ("p", [("Regionen ska i första hand bevilja fleråriga verksamhetsbidrag, med en löptid på upp "
            "till fyra år, till organisationer med etablerad verksamhet.", PUB, None),
           ("Region Forsbotten tar ansvar för att förändringar i bidragsregler beslutas och "
            "kommuniceras senast nio månader innan de börjar gälla.", PUB, FN_BIDRAG)]),
    ("p", [("De idéburna organisationerna förväntas sträva efter flera finansieringskällor så att "
            "verksamheten inte blir beroende av ett enda bidrag.", CS, None),
           ("Båda parter ansvarar för att planera hur en verksamhet kan fortsätta eller avslutas på "
            "ett ansvarsfullt sätt när en projektfinansiering upphör.", JT, None)]),

    ("h2", "3.5 Öppenhet och insyn", "oppenhet_och_insyn"),
    ("p", [("Offentlighetsprincipen gäller för regionens handlingar men inte för de idéburna "
            "organisationernas.", None, None),
           ("Insyn i hur offentliga medel används är ändå en förutsättning för förtroende mellan "
            "parterna och hos allmänheten.", None, None)]),
    ("p", [("Regionen ska publicera beslut om bidrag, bidragsregler och en årlig sammanställning av "
            "stödet till idéburna organisationer på regionens webbplats.", PUB, None),
           ("De idéburna organisationerna förväntas ge regionen insyn i hur regionens medel har "
            "använts och lämna verksamhetsberättelse och revisionsberättelse på begäran.", CS, None)]),
    ("p", [("Regionen förbinder sig att motivera avslag på ansökningar om bidrag skriftligt.", PUB, None)]),

    ("h2", "3.6 Mångfald", "mangfald"),
    ("p", [("Länet har en växande andel invånare som är födda utanför Sverige, och i flera "
            "inlandskommuner är föreningslivet den enda mötesplatsen utanför skolan.", None, None),
           ("Mångfald avser här både mångfalden av organisationer och mångfalden bland de människor "
            "som deltar i deras verksamhet.", None, None)]),
    ("p", [("Regionen ska underlätta för små och nystartade organisationer att söka stöd, bland "
            "annat genom ett förenklat ansökningsförfarande för belopp under 50 000 kronor.", PUB, None),
           ("Av de idéburna organisationerna förväntas att de arbetar för att deras verksamhet är "
            "tillgänglig för alla oavsett kön, ålder, funktionsförmåga, etnisk tillhörighet, "
            "religion eller sexuell läggning.", CS, None)]),
    ("p", [("Båda parter ansvarar för att motverka diskriminering i sina respektive verksamheter.", JT, None)]),

    ("h2", "3.7 Folkhälsa", "folkhalsa"),
    ("p", [("Regionens folkhälsopolitiska program för 2022–2030 pekar ut ensamhet, psykisk ohälsa "
            "och fysisk inaktivitet som länets största folkhälsoutmaningar.", None, None),
           ("Idéburna organisationer når ofta grupper som hälso- och sjukvården har svårt att nå.", None, None)]),
    ("p", [("Regionen ska ge idéburna organisationer möjlighet att delta i planeringen av regionens "
            "förebyggande hälsoarbete.", PUB, None),
           ("Region Forsbotten tar ansvar för att hälsocentralerna informerar patienter om idéburna "
            "verksamheter som kan bidra till bättre hälsa och social gemenskap.", PUB, None)]),
    ("p", [("De idéburna organisationerna förväntas bidra med kunskap om de målgrupper de möter i "
            "regionens folkhälsoarbete.", CS, None),
           ("Parterna ska gemensamt utveckla former för social förskrivning, där vårdpersonal kan "
            "hänvisa patienter till aktiviteter i föreningslivet.", JT, FN_SOCFORSK)]),

    ("h1", "4 Gemensamt genomförande", None),
    ("p", [("För att överenskommelsen ska få genomslag krävs en tydlig organisation för "
            "samverkan.", None, None),
           ("Parterna ska gemensamt inrätta ett samverkansråd med sju ledamöter från de idéburna "
            "organisationerna och fem från regionen.", JT, None),
           ("Båda parter ansvarar för att sprida kunskap om överenskommelsen inom sina egna "
            "organisationer.", JT, None)]),
    ("p", [("Regionen ska avsätta en heltidstjänst som samordnare för arbetet med "
            "överenskommelsen.", PUB, None),
           ("Samordnaren är placerad vid avdelningen för regional utveckling.", None, None)]),

    ("h1", "5 Uppföljning och revidering", None),
    ("p", [("Överenskommelsen följs upp vartannat år genom en enkät till länets idéburna "
            "organisationer och en redovisning från regionens förvaltningar.", None, None),
           ("Resultatet redovisas för regionstyrelsen.", None, None),
           ("Den första uppföljningen görs hösten 2026.", None, None)]),
    ("p", [("Överenskommelsen gäller från den 1 januari 2025 till och med den 31 december 2028.", None, None),
           ("Arbetet med en reviderad överenskommelse inleds under våren 2028.", None, None)]),
]

APPENDIX_ORGS = [
    "Forsbottens länsidrottsförbund",
    "Funktionsrätt Forsbotten",
    "Hela Forsbotten lever",
    "Röda Korset, Forsbottens distrikt",
    "Studieförbunden i Forsbottens län",
    "Svenska kyrkan, Forsbottens stift",
    "Kvinno- och tjejjouren i Forsbotten",
    "Ungdomsrådet i Forsbottens län",
    "Hyresgästföreningen region Forsbotten",
    "Coompanion Forsbotten",
]


# ---------------------------------------------------------------- helpers
def add_field(run, instr):
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = f" {instr} "
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t"); v.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, v, e):
        run._r.append(el)


def add_footnote_ref(paragraph, fn_id):
    r = paragraph.add_run()
    rPr = r._r.get_or_add_rPr()
    va = OxmlElement("w:vertAlign"); va.set(qn("w:val"), "superscript")
    rPr.append(va)
    ref = OxmlElement("w:footnoteReference"); ref.set(qn("w:id"), str(fn_id))
    r._r.append(ref)


def footnotes_xml(notes):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">',
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
             'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, text in enumerate(notes, 1):
        parts.append(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:vertAlign w:val="superscript"/>'
            f'<w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="16"/></w:rPr>'
            f'<w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    parts.append("</w:footnotes>")
    return "".join(parts).encode("utf-8")


def attach_footnotes(doc, notes):
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                footnotes_xml(notes), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def style_fonts(doc):
    st = doc.styles["Normal"]
    st.font.name = "Georgia"; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Georgia")
    st.paragraph_format.space_after = Pt(8)
    st.paragraph_format.line_spacing = 1.15
    for lvl, size in ((1, 16), (2, 12.5)):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.name = "Arial"; hs.font.size = Pt(size); hs.font.color.rgb = RGBColor(0x00, 0x5A, 0x4E)
        hs.font.bold = True
        rpr = hs.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), "Arial")
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        hs.paragraph_format.space_before = Pt(16 if lvl == 1 else 10)
        hs.paragraph_format.space_after = Pt(6)


def simple(doc, text, size=None, bold=False, italic=False, align=None, after=None, color=None):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


# ---------------------------------------------------------------- build
def build_docx():
    doc = Document()
    style_fonts(doc)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = Cm(2.5); sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.5); sec.bottom_margin = Cm(2.2)
    sec.different_first_page_header_footer = True

    hp = sec.header.paragraphs[0]
    r = hp.add_run("Region Forsbotten"); r.bold = True; r.font.size = Pt(8.5); r.font.name = "Arial"
    r = hp.add_run("\tÖverenskommelse med idéburna organisationer 2025–2028"); r.font.size = Pt(8.5); r.font.name = "Arial"
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), alignment=2)
    fp = sec.footer.paragraphs[0]
    for txt, fld in (("Dnr " + DNR + "\t", None), ("Sida ", None), (None, "PAGE"), (" av ", None), (None, "NUMPAGES")):
        rr = fp.add_run(txt or ""); rr.font.size = Pt(8.5); rr.font.name = "Arial"
        if fld:
            add_field(rr, fld)
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), alignment=2)

    # ---- cover page
    simple(doc, "REGION FORSBOTTEN", size=13, bold=True, after=120, color=RGBColor(0x00, 0x5A, 0x4E))
    simple(doc, "Överenskommelse om samverkan mellan Region Forsbotten och idéburna organisationer "
                "i Forsbottens län", size=22, bold=True, after=12)
    simple(doc, "2025–2028", size=18, after=60)
    for line in (DECIDED, "Diarienummer: " + DNR,
                 "Dokumentansvarig: Regionledningskontoret, avdelningen för regional utveckling",
                 "Giltighetstid: 2025-01-01–2028-12-31",
                 "Gäller för: Region Forsbottens samtliga nämnder och förvaltningar"):
        simple(doc, line, size=10, after=2)
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)

    # ---- foreword-like box (quote) then body
    notes = []
    principle = None
    for block in BODY:
        if block[0] in ("h1", "h2"):
            doc.add_heading(block[1], level=1 if block[0] == "h1" else 2)
            principle = block[2]
            continue
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for k, (sent, party, fn) in enumerate(block[1]):
            p.add_run(("" if k == 0 else " ") + sent)
            if fn:
                notes.append(fn)
                add_footnote_ref(p, len(notes))

    # ---- appendix
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Bilaga. Organisationer som deltagit i framtagandet", level=1)
    simple(doc, "Följande organisationer har deltagit i arbetsgruppen eller lämnat remissvar. "
                "Listan är inte fullständig.")
    for org in APPENDIX_ORGS:
        doc.add_paragraph(org, style="List Bullet")

    attach_footnotes(doc, notes)
    doc.core_properties.title = TITLE
    doc.core_properties.author = "Region Forsbotten"
    doc.save(DOCX)


def convert():
    prof = tempfile.mkdtemp(prefix="lo_forsbotten_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, DOCX],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


# ---------------------------------------------------------------- expected
def commitments():
    out, principle = [], None
    for block in BODY:
        if block[0] in ("h1", "h2"):
            principle = block[2]
            continue
        for sent, party, _fn in block[1]:
            if party:
                out.append({"text": sent, "principle": principle, "party": party})
    return out


def find(prefix):
    for block in BODY:
        if block[0] == "p":
            for sent, _p, _f in block[1]:
                if sent.startswith(prefix):
                    return sent
    raise KeyError(prefix)


def questions():
    L = "b2_pdf_prose_region"
    qs = [
        ("vad forvantas av de ideburna organisationerna nar det galler kvalitet", "sv",
         [find("Av de idéburna organisationerna förväntas att de följer upp"),
          find("De idéburna organisationerna förväntas också")],
         ["följer upp sin verksamhet", "synpunkter från deltagare och brukare"]),
        ("När beslutades Region Forsbottens överenskommelse med de idéburna organisationerna, och av vem?", "sv",
         [DECIDED], ["regionfullmäktige", "2024-06-18"]),
        ("What does Region Forsbotten commit to under the principle of långsiktighet?", "en",
         [find("Regionen ska i första hand bevilja"), find("Region Forsbotten tar ansvar för att förändringar")],
         ["fleråriga verksamhetsbidrag", "nio månader"]),
        ("vad ar en ideburen organisation enligt region forsbotten", "sv",
         [find("Med idéburen organisation avses"), find("Hit räknas bland annat")],
         ["allmännyttigt syfte", "fristående från det offentliga", "inte delar ut vinst"]),
        ("Will the region pay travel costs for our representatives who take part in the dialogue?", "en",
         [find("Regionen ska ersätta företrädarnas resekostnader")],
         ["resekostnader", "reseregler"]),
        ("Jämför vad regionen och de idéburna organisationerna åtar sig under öppenhet och insyn.", "sv",
         [find("Regionen ska publicera beslut om bidrag"), find("De idéburna organisationerna förväntas ge regionen insyn"),
          find("Regionen förbinder sig att motivera avslag")],
         ["årlig sammanställning", "insyn i hur regionens medel", "revisionsberättelse", "motivera avslag"]),
        ("vad ska regionen och foreningarna gora tillsammans inom folkhalsa", "sv",
         [find("Parterna ska gemensamt utveckla former för social förskrivning")],
         ["social förskrivning", "hänvisa patienter"]),
        ("How often is the Forsbotten agreement followed up, and who gets the results?", "en",
         [find("Överenskommelsen följs upp vartannat år"), "Resultatet redovisas för regionstyrelsen."],
         ["vartannat år", "enkät", "regionstyrelsen"]),
        ("Hur mycket pengar fördelar Region Forsbotten till idéburna organisationer varje år?", "sv", [], []),
        ("Who chairs the samverkansråd set up under the Region Forsbotten agreement?", "en", [], []),
    ]
    return [{"id": f"{L}-q{i}", "question": q, "language": lg, "answerable": bool(g),
             "gold": g, "must_mention": mm} for i, (q, lg, g, mm) in enumerate(qs, 1)]


def write_expected():
    exp = {
        "file": BASE + ".pdf",
        "layout": "b2_pdf_prose_region",
        "description": ("Region agreement written in Word (python-docx) and converted to PDF with LibreOffice: "
                        "cover page with 'Beslutad av regionfullmäktige …', Dnr and validity; running header and "
                        "'Dnr … / Sida N av M' footer; numbered chapter headings ('3 Principerna', '3.2 Dialog'); "
                        "all commitments as sentences in justified prose paragraphs with varied verbs (ska, "
                        "förbinder sig att, tar ansvar för att, förväntas, Av … förväntas att, Parterna ska "
                        "gemensamt, Båda parter ansvarar för), several paragraphs with two parties, description, "
                        "history and national-agreement sentences that are not commitments (one with 'ska'); four "
                        "real footnotes, two of them on commitment sentences; extra principle Folkhälsa; joint and "
                        "regional commitments outside the principles; appendix list of organisations."),
        "metadata": {
            "doc_id": "forsbotten",
            "title": TITLE,
            "place": "Forsbotten",
            "organisation": "Region Forsbotten",
            "kind": "överenskommelse",
            "date": "2024-06-18",
            "body": "regionfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def self_check():
    try:
        txt = subprocess.run(["pdftotext", PDF, "-"], capture_output=True, text=True, check=True).stdout
    except Exception as e:  # pragma: no cover
        print("pdftotext failed:", e); return
    norm = " ".join(txt.replace("\u00ad", "").split())
    with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as f:
        exp = json.load(f)
    missing = [c["text"] for c in exp["commitments"] if " ".join(c["text"].split()) not in norm]
    for q in exp["questions"]:
        missing += [g for g in q["gold"] if " ".join(g.split()) not in norm]
    info = subprocess.run(["pdfinfo", PDF], capture_output=True, text=True).stdout
    npages = [l for l in info.splitlines() if l.startswith("Pages")]
    counts = {}
    for c in exp["commitments"]:
        counts[c["party"]] = counts.get(c["party"], 0) + 1
    print(BASE, npages, "commitments:", len(exp["commitments"]), counts, "missing:", len(missing))
    for m in missing:
        print("  MISSING:", m)


if __name__ == "__main__":
    build_docx()
    convert()
    write_expected()
    self_check()
