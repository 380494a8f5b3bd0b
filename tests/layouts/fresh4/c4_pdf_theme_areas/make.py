#!/usr/bin/env python3
"""Generate sjovalla_lokal_overenskommelse_foreningslivet.docx / .pdf and expected.json.

Sjövalla stadsdelsnämnd (a district committee in the fictional Åbyhamns stad):
a LOCAL agreement with the associations in the district, written in Word
(python-docx) and converted to PDF with LibreOffice. The commitments are
organised by THEME, not by principle: "2 Lokaler", "3 Bidrag och stöd",
"4 Information och kommunikation", "5 Barn och unga", "6 Uppföljning"
(principle null for all of them). The seven national principles appear only
as a bulleted list of values with one-line descriptions in the introduction
(1.2), with no commitments under them.

Commitments are written in the first person with a party qualifier
("Vi i förvaltningen ska …", "Vi som förening åtar oss att …",
"Vi på stadsdelsförvaltningen kommer att …") and as bullet lists after
"Förvaltningen ansvarar för att:" / "Föreningarna ansvarar för att:" /
"Tillsammans ska vi:". Noise: a foreword signed by the chair, "vi" sentences
that are not commitments, a shaded fact box, a bookable-rooms table with
prices, grant amounts and deadlines, an indicator list, revision clauses,
running header "Sjövalla stadsdelsförvaltning … Dnr SDN 2024/118", footer
with the page number (field), a signature page and an accession form
(Bilaga 1).

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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "sjovalla_lokal_overenskommelse_foreningslivet"
DOCX = os.path.join(HERE, BASE + ".docx")
PDF = os.path.join(HERE, BASE + ".pdf")
LAYOUT = "c4_pdf_theme_areas"
PUB, CS, JT = "public", "civil_society", "joint"

DNR = "Dnr SDN 2024/118"
TITLE = ("Lokal överenskommelse om samverkan mellan Sjövalla stadsdelsnämnd och "
         "föreningslivet i Sjövalla 2025–2028")
DECIDED = "Beslutad av Sjövalla stadsdelsnämnd 2024-11-19, § 142"

FOREWORD = [
    "Sjövalla är en stadsdel där mycket av det som gör vardagen bättre sker i föreningarna. Det är "
    "fotbollsträningen på Sörgårdsvallen, läxhjälpen i biblioteket, seniorernas stavgång längs "
    "Vallaån och språkcaféet i medborgarhuset. Inget av detta skulle finnas utan alla de människor "
    "som lägger sin fritid på att engagera sig för andra.",
    "Med den här överenskommelsen vill stadsdelsnämnden göra det enklare att vara förening i "
    "Sjövalla. Den är skriven tillsammans med föreningarna, och den är skriven så att den ska gå att "
    "använda – för den som ska boka en lokal, söka ett bidrag eller bara vill veta vem man ringer.",
]

# ("h1", text) / ("h2", text)                           headings
# ("p", [(sentence, party|None), ...])                  paragraph of sentences
# ("list", lead, party, [items])                        commitment list after a lead-in
# ("values", [(name, description), ...])                principle list (no commitments)
# ("bullets", [items])                                  plain bullets, not commitments
# ("box", title, [lines])                               shaded fact box
# ("table", caption, header, rows)                      table, not commitments
BODY = [
    ("h1", "1 Inledning"),
    ("h2", "1.1 Bakgrund"),
    ("p", [("Åbyhamns stad och den idéburna sektorn i staden tecknade 2021 en central överenskommelse "
            "om samverkan.", None),
           ("Den centrala överenskommelsen anger gemensamma värderingar, men säger mindre om hur "
            "samverkan ska gå till i vardagen.", None),
           ("Kommunfullmäktige har därför gett stadsdelsnämnderna i uppdrag att, tillsammans med "
            "föreningarna i respektive stadsdel, ta fram lokala överenskommelser.", None)]),
    ("p", [("I Sjövalla bor drygt 26 000 personer, och nästan var tredje invånare är under 20 år.", None),
           ("I stadsdelen finns ett nittiotal föreningar som är verksamma inom bland annat idrott, "
            "kultur, studier, stöd till nyanlända, pensionärsverksamhet och trossamfund.", None)]),
    ("p", [("Den första lokala överenskommelsen gällde 2020–2024.", None),
           ("När den utvärderades våren 2024 framkom att många föreningar tyckte att den var svår att "
            "använda, eftersom åtagandena var ordnade efter principerna och inte efter de frågor som "
            "föreningarna och förvaltningen faktiskt möts kring.", None),
           ("Den nya överenskommelsen är därför ordnad efter teman.", None)]),
    ("h2", "1.2 Våra gemensamma värderingar"),
    ("p", [("Överenskommelsen vilar på samma sju principer som den nationella överenskommelsen mellan "
            "regeringen, idéburna organisationer och Sveriges Kommuner och Regioner och som Åbyhamns "
            "stads centrala överenskommelse.", None),
           ("Principerna beskriver hur vi vill att samverkan ska fungera:", None)]),
    ("values", [
        ("Självständighet och oberoende", "föreningarna bestämmer själva över sin verksamhet och har "
         "rätt att granska och kritisera stadens beslut."),
        ("Dialog", "samverkan bygger på att parterna lyssnar på varandra och möts regelbundet."),
        ("Kvalitet", "verksamheten håller god kvalitet och utgår från deltagarnas behov."),
        ("Långsiktighet", "föreningarna har förutsägbara villkor som gör det möjligt att planera mer än "
         "ett år i taget."),
        ("Öppenhet och insyn", "parterna är öppna med hur beslut fattas och hur offentliga medel "
         "används."),
        ("Mångfald", "föreningslivet speglar befolkningen i Sjövalla och är öppet för alla."),
        ("Samhällsutveckling", "föreningarna är en självklar del av arbetet med att utveckla "
         "stadsdelen."),
    ]),
    ("p", [("De konkreta åtagandena finns under respektive tema i avsnitt 2–6.", None)]),
    ("h2", "1.3 Parter"),
    ("p", [("Överenskommelsen gäller mellan Sjövalla stadsdelsnämnd, genom stadsdelsförvaltningen, och "
            "de föreningar och idéburna organisationer i Sjövalla som har anslutit sig till den.", None),
           ("En förening ansluter sig genom ett styrelsebeslut som anmäls till förvaltningen på "
            "blanketten i bilaga 1.", None),
           ("Den 1 oktober 2024 hade 54 föreningar anslutit sig.", None)]),
    ("p", [("Överenskommelsen är skriven i första person.", None),
           ("”Vi i förvaltningen” avser Sjövalla stadsdelsförvaltning, ”vi som förening” avser varje "
            "ansluten förening och ”tillsammans” avser båda parter.", None)]),
    ("h2", "1.4 Så har överenskommelsen tagits fram"),
    ("p", [("Arbetet inleddes med ett dialogmöte i Sjövalla medborgarhus den 22 maj 2024, där 61 "
            "personer från 38 föreningar deltog.", None),
           ("En arbetsgrupp med sex representanter för föreningarna och fyra tjänstepersoner skrev "
            "därefter ett förslag, som var på remiss hos föreningarna 15 augusti–30 september 2024.", None),
           ("Sjövalla föreningsråd har lämnat ett samlat yttrande.", None)]),

    ("h1", "2 Lokaler"),
    ("p", [("Tillgång till ändamålsenliga och prisvärda lokaler var den fråga som flest föreningar lyfte "
            "under dialogmötet.", None),
           ("Stadsdelsförvaltningen förvaltar Sjövalla medborgarhus, träffpunkten Lönnen och fritidsgården "
            "Kompassen, och skolornas lokaler hyrs ut på kvällar och helger genom stadens "
            "bokningssystem.", None),
           ("Vi i förvaltningen har fått veta att bokningssystemet upplevs som krångligt, särskilt för "
            "mindre föreningar.", None)]),
    ("table", "Lokaler som anslutna föreningar kan boka (taxa 2025)",
     ["Lokal", "Adress", "Pris för anslutna föreningar"],
     [["Stora salen, Sjövalla medborgarhus", "Sjövallatorget 3", "150 kr/tim"],
      ["Mötesrum Ekan och Aspen", "Sjövallatorget 3", "Avgiftsfritt"],
      ["Träffpunkten Lönnen", "Lönngatan 12", "Avgiftsfritt vardagar före kl. 17"],
      ["Gymnastiksal, Sörgårdsskolan", "Skolvägen 8", "90 kr/tim"],
      ["Fritidsgården Kompassen", "Kompassvägen 21", "Efter överenskommelse"]]),
    ("p", [("Vi i förvaltningen ska ge anslutna föreningar förtur vid bokning av medborgarhusets lokaler "
            "för regelbunden verksamhet under vår- och hösttermin.", PUB),
           ("Vi på stadsdelsförvaltningen kommer att ta fram en samlad lokalförteckning med priser och "
            "tillgänglighet, som publiceras på stadens webbplats senast den 30 juni 2025.", PUB)]),
    ("list", "Förvaltningen ansvarar för att:", PUB, [
        "mötesrum i medborgarhuset och på träffpunkten Lönnen kan bokas avgiftsfritt av anslutna "
        "föreningar,",
        "föreningarna får besked om terminsbokningar senast sex veckor före terminsstart,",
        "det vid bokningen tydligt framgår om en lokal inte är tillgänglig för personer med "
        "funktionsnedsättning,",
        "föreningar som förlorar en lokal på grund av renovering eller försäljning får hjälp att hitta "
        "en ersättningslokal.",
    ]),
    ("p", [("Vi som förening åtar oss att lämna lokalen i samma skick som när vi kom och att meddela "
            "förvaltningen om något har gått sönder.", CS),
           ("Vi som förening åtar oss också att avboka lokaltider som vi inte kommer att använda senast "
            "fem dagar i förväg.", CS)]),
    ("list", "Föreningarna ansvarar för att:", CS, [
        "det alltid finns en namngiven ansvarig ledare på plats när lokalen används,",
        "ordningsregler och regler för brandskydd följs,",
        "nycklar och passerkort inte lämnas vidare till någon utanför föreningen.",
    ]),
    ("p", [("Stadens taxor för uthyrning av lokaler beslutas av kommunfullmäktige och omfattas inte av "
            "denna överenskommelse.", None)]),

    ("h1", "3 Bidrag och stöd"),
    ("p", [("Stadsdelsnämnden fördelar varje år lokala föreningsbidrag.", None),
           ("För 2025 uppgår anslaget till 3,2 miljoner kronor, varav 1,8 miljoner kronor avser "
            "verksamhetsbidrag och 1,4 miljoner kronor avser aktivitets- och projektbidrag.", None),
           ("Bidragens storlek och villkor regleras i stadsdelsnämndens riktlinjer för föreningsbidrag, "
            "som revideras i särskild ordning.", None)]),
    ("box", "Bra att veta om bidragen", [
        "Verksamhetsbidrag söks senast den 1 mars.",
        "Aktivitetsbidrag kan sökas löpande, dock senast sex veckor före aktiviteten.",
        "Ansökan görs i stadens e-tjänst Föreningsportalen.",
        "Frågor? Kontakta föreningssamordnaren, telefon 010-471 22 30.",
    ]),
    ("p", [("Vi i förvaltningen ska fatta beslut om aktivitetsbidrag inom fyra veckor från det att "
            "ansökan är komplett.", PUB),
           ("Vi i förvaltningen ska också erbjuda föreningar som har fått verksamhetsbidrag tre år i "
            "följd att söka ett flerårigt bidrag som gäller i upp till tre år.", PUB)]),
    ("list", "Förvaltningen ansvarar för att:", PUB, [
        "ansökningsblanketter och riktlinjer finns på lätt svenska och på de fem vanligaste språken i "
        "stadsdelen,",
        "det två gånger per år hålls en öppen bidragsverkstad där föreningar får hjälp med ansökningar "
        "och redovisningar,",
        "avslag motiveras skriftligt och att det av beslutet framgår hur man begär omprövning,",
        "verksamhetsbidraget betalas ut senast den 15 april.",
    ]),
    ("p", [("Vi som förening åtar oss att ha stadgar, en demokratiskt vald styrelse och en revisor.", CS),
           ("Det är ett grundvillkor för att kunna få bidrag från stadsdelsnämnden.", None)]),
    ("list", "Föreningarna ansvarar för att:", CS, [
        "bidragen används till det ändamål som de har beviljats för,",
        "redovisningen av verksamhetsbidraget lämnas senast den 31 mars året efter bidragsåret,",
        "meddela förvaltningen om verksamheten förändras väsentligt under bidragsåret.",
    ]),
    ("p", [("Utöver ekonomiska bidrag kan föreningar låna tält, bord, ljudanläggning och annat material "
            "från Sjövalla medborgarhus.", None)]),

    ("h1", "4 Information och kommunikation"),
    ("p", [("Många föreningar har berättat att det är svårt att veta vem man ska vända sig till i "
            "förvaltningen, och att information om nämndens beslut ofta kommer för sent.", None),
           ("Samtidigt behöver förvaltningen känna till vad som händer i föreningslivet för att kunna "
            "hänvisa invånare rätt.", None)]),
    ("p", [("Vi i förvaltningen ska ha en utsedd föreningssamordnare som är föreningarnas första kontakt "
            "och som besvarar frågor inom tre arbetsdagar.", PUB),
           ("Vi i förvaltningen ska skicka ut ett digitalt föreningsbrev minst sex gånger per år med "
            "information om bidrag, lokaler, utbildningar och beslut som berör föreningslivet.", PUB),
           ("Vi i förvaltningen ska informera föreningarna i god tid innan stadsdelsnämnden fattar beslut "
            "som väsentligt påverkar deras villkor, och ge dem möjlighet att lämna synpunkter.", PUB)]),
    ("p", [("Vi i förvaltningen respekterar föreningarnas rätt att granska och kritisera nämndens beslut, "
            "även offentligt och även när föreningen får bidrag från nämnden.", PUB)]),
    ("p", [("Vi som förening åtar oss att hålla våra kontaktuppgifter i stadens föreningsregister "
            "aktuella.", CS),
           ("Vi som förening ska berätta om vår verksamhet i föreningskatalogen och i föreningsbrevet, så "
            "att invånarna vet vad som finns i Sjövalla.", CS)]),
    ("list", "Tillsammans ska vi:", JT, [
        "genomföra ett föreningsforum två gånger per år, ett på våren och ett på hösten,",
        "arrangera Sjövalladagen på Sjövallatorget varje år i slutet av augusti,",
        "använda ett enkelt språk i det vi skriver till varandra och till invånarna.",
    ]),

    ("h1", "5 Barn och unga"),
    ("p", [("Barn och unga är en prioriterad grupp i stadsdelsnämndens verksamhetsplan.", None),
           ("Andelen barn i Sjövalla som är med i en förening är lägre än i staden som helhet, särskilt "
            "bland flickor i åldern 13–16 år.", None),
           ("Sedan 2020 är barnkonventionen svensk lag.", None)]),
    ("p", [("Vi i förvaltningen ska prioritera föreningar med verksamhet för barn och unga när lokaltider "
            "på helger och lov fördelas.", PUB),
           ("Vi i förvaltningen ska samordna ett sommarlovsprogram där föreningarna kan erbjuda "
            "avgiftsfria aktiviteter med stöd av förvaltningens sommarlovsmedel.", PUB)]),
    ("p", [("Vi som förening åtar oss att begära att få se utdrag ur belastningsregistret för alla ledare "
            "som regelbundet träffar barn, innan de börjar sitt uppdrag.", CS),
           ("Vi som förening åtar oss att ha en handlingsplan för hur vi agerar om vi misstänker att ett "
            "barn far illa, och att våra ledare vet hur man gör en orosanmälan till socialtjänsten.", CS),
           ("Vi som förening ska låta barn och unga vara med och påverka verksamheten, till exempel genom "
            "ett ungdomsråd eller en ungdomsledamot i styrelsen.", CS)]),
    ("list", "Tillsammans ska vi:", JT, [
        "arbeta för att fler flickor i åldern 13–16 år deltar i föreningsaktiviteter,",
        "ta fram en gemensam kalender över lovaktiviteter inför varje sommar-, höst- och sportlov,",
        "bjuda in Sjövalla ungdomsråd till föreningsforum minst en gång per år.",
    ]),

    ("h1", "6 Uppföljning"),
    ("p", [("Överenskommelsen följs upp varje år.", None),
           ("Uppföljningen är ett gemensamt ansvar, men förvaltningen samordnar arbetet.", None)]),
    ("p", [("Vi i förvaltningen ska sammanställa en årlig uppföljning av överenskommelsen och redovisa den "
            "för stadsdelsnämnden i samband med verksamhetsberättelsen.", PUB),
           ("Vi som förening åtar oss att svara på den årliga enkäten om samverkan med förvaltningen.", CS)]),
    ("list", "Tillsammans ska vi:", JT, [
        "gå igenom uppföljningen på höstens föreningsforum och komma överens om vad som behöver "
        "förbättras,",
        "göra en större utvärdering under 2027, inför att en ny överenskommelse ska tas fram.",
    ]),
    ("p", [("I uppföljningen redovisas bland annat:", None)]),
    ("bullets", [
        "antal föreningar som har anslutit sig till överenskommelsen,",
        "andel barn och unga 7–20 år som deltar i föreningsaktiviteter,",
        "handläggningstid för aktivitetsbidrag,",
        "föreningarnas omdöme om förvaltningens bemötande enligt den årliga enkäten.",
    ]),
    ("h2", "Giltighetstid och revidering"),
    ("p", [("Överenskommelsen gäller från och med den 1 januari 2025 till och med den 31 december 2028.", None),
           ("Om parterna är överens kan den revideras under giltighetstiden.", None),
           ("Beslut om revidering fattas av stadsdelsnämnden efter samråd med Sjövalla föreningsråd.", None)]),
]

DECISION_TEXT = [
    "Denna överenskommelse har beslutats av Sjövalla stadsdelsnämnd den 19 november 2024, § 142.",
    "Den har godkänts av Sjövalla föreningsråd vid rådets årsmöte den 3 december 2024.",
    "Överenskommelsen ersätter Lokal överenskommelse mellan Sjövalla stadsdelsnämnd och föreningslivet "
    "2020–2024 (dnr SDN 2019/204).",
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


def para(container, text="", size=10.5, bold=False, italic=False, align=None, after=6, before=0,
         keep_next=False, indent=None, style=None, color=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.font.size = bold, italic, Pt(size)
        if color:
            r.font.color.rgb = color
    pf = p.paragraph_format
    pf.space_after, pf.space_before = Pt(after), Pt(before)
    pf.keep_with_next = keep_next
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.left_indent = Cm(indent)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def borders(table, val="single", sz="4", color="7F9FB5", sides=("top", "left", "bottom", "right",
                                                                  "insideH", "insideV")):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        if side in sides:
            e.set(qn("w:val"), val); e.set(qn("w:sz"), sz); e.set(qn("w:color"), color)
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


BLUE = RGBColor(0x1F, 0x4E, 0x79)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
    for name, size in (("Heading 1", 15), ("Heading 2", 12)):
        hs = doc.styles[name]
        hs.font.name = "Liberation Sans"
        hs.font.size = Pt(size)
        hs.font.color.rgb = BLUE
        hs.font.bold = True
        rpr = hs.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(a), "Liberation Sans")
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
    lb = doc.styles["List Bullet"]
    lb.font.name = "Liberation Sans"
    lb.font.size = Pt(10.5)

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.4)
    sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.2)
    sec.header_distance = sec.footer_distance = Cm(1.0)

    for sty in ("Header", "Footer"):  # drop the template's centre/right tab stops
        doc.styles[sty].paragraph_format.tab_stops.clear_all()
    # running header: "Sjövalla stadsdelsförvaltning <tab> Dnr SDN 2024/118"
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.clear_all()
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.2), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("ÅBYHAMNS STAD · Sjövalla stadsdelsförvaltning\t" + DNR)
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    # footer: title left, page number right (PAGE field)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.clear_all()
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.2), WD_TAB_ALIGNMENT.RIGHT)
    for txt, fld in (("Lokal överenskommelse med föreningslivet 2025–2028\t", None), (None, "PAGE")):
        rr = fp.add_run(txt or "")
        rr.font.size = Pt(8.5)
        if fld:
            add_field(rr, fld)

    # ---------------------------------------------------------- title page
    para(doc, "Sjövalla stadsdelsnämnd", size=11, bold=True, color=BLUE, after=40)
    para(doc, "Lokal överenskommelse", size=26, bold=True, color=BLUE, after=4)
    para(doc, "om samverkan mellan Sjövalla stadsdelsnämnd och föreningslivet i Sjövalla 2025–2028",
         size=15, after=36)
    for line in (DNR, DECIDED, "Giltighetstid 2025-01-01 – 2028-12-31",
                 "Dokumentansvarig: Avdelningen för kultur, fritid och föreningsstöd",
                 "Ersätter: Lokal överenskommelse 2020–2024 (dnr SDN 2019/204)"):
        para(doc, line, size=10, after=2)
    para(doc, "Förord", size=13, bold=True, color=BLUE, before=48, after=6)
    for f in FOREWORD:
        para(doc, f, italic=True, after=6)
    para(doc, "Johanna Lind (S)", before=6, after=0)
    para(doc, "ordförande i Sjövalla stadsdelsnämnd", size=9.5, after=0)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # ---------------------------------------------------------- body
    for blk in BODY:
        kind = blk[0]
        if kind == "h1":
            h = doc.add_heading(blk[1], level=1)
            h.paragraph_format.space_before, h.paragraph_format.space_after = Pt(16), Pt(6)
        elif kind == "h2":
            h = doc.add_heading(blk[1], level=2)
            h.paragraph_format.space_before, h.paragraph_format.space_after = Pt(10), Pt(4)
        elif kind == "p":
            para(doc, " ".join(s for s, _ in blk[1]), after=6)
        elif kind == "values":
            for name, desc in blk[1]:
                p = para(doc, style="List Bullet", after=2)
                r1 = p.add_run(name); r1.bold = True
                p.add_run(" – " + desc)
            doc.paragraphs[-1].paragraph_format.space_after = Pt(8)
        elif kind == "bullets":
            for item in blk[1]:
                p = para(doc, "– " + item, indent=0.6, after=1)
                p.paragraph_format.first_line_indent = Cm(-0.4)
            doc.paragraphs[-1].paragraph_format.space_after = Pt(8)
        elif kind == "list":
            para(doc, blk[1], bold=True, after=3, before=2, keep_next=True)
            for item in blk[3]:
                para(doc, item, style="List Bullet", after=2)
            doc.paragraphs[-1].paragraph_format.space_after = Pt(8)
        elif kind == "box":
            t = doc.add_table(rows=1, cols=1)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            borders(t, sz="8", color="1F4E79", sides=("left",))
            c = t.cell(0, 0)
            shade(c, "E8EEF4")
            c.paragraphs[0].add_run(blk[1]).bold = True
            for line in blk[2]:
                cp = c.add_paragraph(line)
                cp.paragraph_format.space_after = Pt(1)
            para(doc, after=2)
        elif kind == "table":
            para(doc, blk[1], size=9.5, italic=True, after=2, keep_next=True)
            t = doc.add_table(rows=1 + len(blk[3]), cols=len(blk[2]))
            borders(t)
            for j, h in enumerate(blk[2]):
                c = t.cell(0, j)
                shade(c, "D9E2EC")
                rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9.5)
            for i, row in enumerate(blk[3], start=1):
                for j, v in enumerate(row):
                    rr = t.cell(i, j).paragraphs[0].add_run(v); rr.font.size = Pt(9.5)
            for row in t.rows:
                for j, w in enumerate((Cm(6.6), Cm(4.2), Cm(5.4))):
                    row.cells[j].width = w
            para(doc, after=2)

    # ---------------------------------------------------------- signature page
    p = doc.add_heading("7 Beslut och underskrifter", level=1)
    p.paragraph_format.page_break_before = True
    for s in DECISION_TEXT:
        para(doc, s, after=6)
    para(doc, "Åbyhamn den 10 december 2024", before=18, after=24)
    sig = doc.add_table(rows=2, cols=2)
    borders(sig, val="nil", sides=())
    cols = [
        [["För Sjövalla stadsdelsnämnd", "", "", "……………………………………………", "Johanna Lind",
          "ordförande"],
         ["", "", "", "……………………………………………", "Per Ekström", "stadsdelsdirektör"]],
        [["För föreningslivet i Sjövalla", "", "", "……………………………………………", "Nadia Rahimi",
          "ordförande, Sjövalla föreningsråd"],
         ["", "", "", "……………………………………………", "Lars-Göran Wikström",
          "vice ordförande, Sjövalla föreningsråd"]],
    ]
    for j, blocks in enumerate(cols):
        for i, lines in enumerate(blocks):
            cell = sig.cell(i, j)
            cell.width = Cm(8)
            for k, line in enumerate(lines):
                cp = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                rr = cp.add_run(line)
                rr.bold = (k == 0)
                if k == 5:
                    rr.font.size = Pt(9)
                cp.paragraph_format.space_after = Pt(1)

    # ---------------------------------------------------------- Bilaga 1
    p = doc.add_heading("Bilaga 1. Anslutning till den lokala överenskommelsen", level=1)
    p.paragraph_format.page_break_before = True
    para(doc, "Blanketten skickas till Sjövalla stadsdelsförvaltning, Föreningsstöd, Sjövallatorget 3, "
              "eller till foreningar.sjovalla@abyhamn.se.", after=12)
    form = doc.add_table(rows=6, cols=2)
    borders(form, color="999999")
    fields = ["Föreningens namn", "Organisationsnummer", "Kontaktperson", "Telefon och e-post",
              "Datum för styrelsebeslut", "Underskrift av ordförande"]
    for i, fld in enumerate(fields):
        rr = form.cell(i, 0).paragraphs[0].add_run(fld); rr.font.size = Pt(9.5)
        form.cell(i, 0).width, form.cell(i, 1).width = Cm(5.5), Cm(10.7)
        form.cell(i, 1).paragraphs[0].paragraph_format.space_after = Pt(14)
    para(doc, "☐ Styrelsen har beslutat att föreningen ansluter sig till Lokal överenskommelse om "
              "samverkan mellan Sjövalla stadsdelsnämnd och föreningslivet i Sjövalla 2025–2028.",
         before=12, after=4)
    para(doc, "Uppgifterna behandlas enligt dataskyddsförordningen. Mer information finns på "
              "abyhamn.se/personuppgifter.", size=8.5, italic=True, before=8)
    doc.save(DOCX)


def convert():
    prof = tempfile.mkdtemp(prefix="lo_c4_")
    out = tempfile.mkdtemp(prefix="lo_c4_out_")
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
    res = []
    for blk in BODY:
        if blk[0] == "p":
            res += [{"text": s, "principle": None, "party": p} for s, p in blk[1] if p]
        elif blk[0] == "list":
            res += [{"text": i.rstrip(",."), "principle": None, "party": blk[2]} for i in blk[3]]
    return res


def sent(prefix):
    hits = [s for blk in BODY if blk[0] == "p" for s, _ in blk[1] if s.startswith(prefix)]
    hits += [s for s in DECISION_TEXT if s.startswith(prefix)]
    if len(hits) != 1:
        raise KeyError(f"{prefix}: {len(hits)} hits")
    return hits[0]


def lst(section, lead):
    """Items of the list `lead` under the h1 heading `section`."""
    cur = None
    for blk in BODY:
        if blk[0] == "h1":
            cur = blk[1]
        elif blk[0] == "list" and blk[1] == lead and cur == section:
            return [i.rstrip(",.") for i in blk[3]]
    raise KeyError((section, lead))


def values():
    for blk in BODY:
        if blk[0] == "values":
            return [f"{n} – {d}" for n, d in blk[1]]
    raise KeyError("values")


def questions():
    q = []

    def add(question, lang, gold, mm):
        q.append({"id": f"{LAYOUT}-q{len(q) + 1}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": mm})

    add("Vad åtar sig förvaltningen när det gäller lokaler?", "sv",
        [sent("Vi i förvaltningen ska ge anslutna föreningar förtur"),
         sent("Vi på stadsdelsförvaltningen kommer att ta fram")]
        + lst("2 Lokaler", "Förvaltningen ansvarar för att:"),
        ["förtur", "lokalförteckning", "avgiftsfritt", "senast sex veckor före terminsstart",
         "ersättningslokal"])
    add("vem ar kontaktperson for foreningarna pa forvaltningen och hur snabbt far man svar", "sv",
        [sent("Vi i förvaltningen ska ha en utsedd föreningssamordnare")],
        ["föreningssamordnare", "inom tre arbetsdagar"])
    add("When does the district committee pay out the operating grant, and how quickly are decisions "
        "on activity grants made?", "en",
        [sent("Vi i förvaltningen ska fatta beslut om aktivitetsbidrag"),
         lst("3 Bidrag och stöd", "Förvaltningen ansvarar för att:")[3]],
        ["inom fyra veckor", "15 april"])
    add("Vilket organ beslutade om den lokala överenskommelsen och när?", "sv",
        [DECIDED, sent("Denna överenskommelse har beslutats")],
        ["Sjövalla stadsdelsnämnd", "2024-11-19", "19 november 2024", "§ 142"])
    add("Måste vår förening kontrollera belastningsregistret för ledare som träffar barn?", "sv",
        [sent("Vi som förening åtar oss att begära att få se utdrag")],
        ["utdrag ur belastningsregistret", "regelbundet träffar barn"])
    add("Vilka principer bygger överenskommelsen på?", "sv",
        values(),
        ["Självständighet och oberoende", "Dialog", "Kvalitet", "Långsiktighet", "Öppenhet och insyn",
         "Mångfald", "Samhällsutveckling"])
    add("Vad ansvarar föreningarna för när det gäller bidragen?", "sv",
        [sent("Vi som förening åtar oss att ha stadgar")]
        + lst("3 Bidrag och stöd", "Föreningarna ansvarar för att:"),
        ["stadgar", "revisor", "ändamål", "31 mars"])
    add("What will the district and the associations do together for children and young people?", "en",
        lst("5 Barn och unga", "Tillsammans ska vi:"),
        ["flickor i åldern 13–16 år", "lovaktiviteter", "ungdomsråd"])
    add("Hur mycket fick Sjövalla IF i verksamhetsbidrag 2024?", "sv", [], [])
    add("Can associations get help from the district office to apply for EU funding?", "en", [], [])
    return q


def main():
    build_docx()
    convert()
    exp = {
        "file": BASE + ".pdf",
        "layout": LAYOUT,
        "description": (
            "Local agreement of a district committee (stadsdelsnämnd) with the associations in the "
            "district, written with python-docx and converted to PDF with LibreOffice. Title page with "
            "'Dnr SDN 2024/118', 'Beslutad av … 2024-11-19, § 142', validity and a foreword signed by the "
            "chair; running header 'ÅBYHAMNS STAD · Sjövalla stadsdelsförvaltning … Dnr SDN 2024/118' and "
            "footer title + PAGE field on every page. Commitments are organised by THEME, not by "
            "principle: Heading 1 sections '2 Lokaler', '3 Bidrag och stöd', '4 Information och "
            "kommunikation', '5 Barn och unga', '6 Uppföljning' (principle null throughout); the seven "
            "national principles appear only as a bulleted list of values with one-line descriptions in "
            "'1.2 Våra gemensamma värderingar', with no commitments under them. Commitments as "
            "first-person sentences with a party qualifier ('Vi i förvaltningen ska …', 'Vi på "
            "stadsdelsförvaltningen kommer att …', 'Vi i förvaltningen respekterar …', 'Vi som förening "
            "åtar oss (också) att …', 'Vi som förening ska …') mixed in paragraphs with context sentences "
            "(including 'vi' sentences that are not commitments), and as bullet lists after bold "
            "lead-ins 'Förvaltningen ansvarar för att:' / 'Föreningarna ansvarar för att:' / "
            "'Tillsammans ska vi:' (the same lead-ins repeat under several themes). Noise: a table of "
            "bookable rooms with prices, a shaded 'Bra att veta' fact box with deadlines and a phone "
            "number, grant amounts, an indicator list with '–' that is not commitments, validity and "
            "revision clauses, a signature page '7 Beslut och underskrifter' (decision sentence, "
            "approval by the föreningsråd, signing date that is not the decision date, borderless "
            "signature table) and an accession form 'Bilaga 1'."),
        "metadata": {
            "doc_id": "sjovalla_lokal_overenskommelse",
            "title": TITLE,
            "place": "Sjövalla",
            "organisation": "Sjövalla stadsdelsnämnd",
            "kind": "överenskommelse",
            "date": "2024-11-19",
            "body": "sjövalla stadsdelsnämnd",
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
