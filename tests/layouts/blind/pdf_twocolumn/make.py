#!/usr/bin/env python3
"""Generate a two-column, brochure-style agreement PDF (reportlab, two frames per page)
and its expected.json.  Run with a venv that has reportlab:  /tmp/bvenv/bin/python make.py
"""
import json
import os
import re
import subprocess

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.colors import HexColor, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_JUSTIFY
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                FrameBreak, NextPageTemplate, Table, TableStyle, KeepTogether)
from reportlab.platypus.tableofcontents import TableOfContents
from reportlab.pdfgen import canvas as rl_canvas

HERE = os.path.dirname(os.path.abspath(__file__))
PDF = os.path.join(HERE, "bjorkhamn_overenskommelse.pdf")

LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Serif", LIB + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Serif-B", LIB + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif-I", LIB + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Sans", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Sans-B", LIB + "LiberationSans-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("Serif", 0, 0, "Serif")
addMapping("Serif", 1, 0, "Serif-B")
addMapping("Serif", 0, 1, "Serif-I")
addMapping("Serif", 1, 1, "Serif-B")

GREEN = HexColor("#1f5f4a")
LIGHT = HexColor("#e8f1ec")

sBody = ParagraphStyle("body", fontName="Serif", fontSize=10, leading=13, alignment=TA_JUSTIFY,
                       spaceAfter=5)
sLead = ParagraphStyle("lead", parent=sBody, fontName="Serif-B", spaceBefore=4, spaceAfter=3,
                       alignment=TA_LEFT)
sBullet = ParagraphStyle("bullet", parent=sBody, leftIndent=11, bulletIndent=2, spaceAfter=2,
                         alignment=TA_LEFT)
sH1 = ParagraphStyle("h1", fontName="Sans-B", fontSize=13, leading=16, textColor=GREEN,
                     spaceBefore=10, spaceAfter=5)
sH2 = ParagraphStyle("h2", fontName="Sans-B", fontSize=11, leading=14, textColor=GREEN,
                     spaceBefore=8, spaceAfter=3)
sTitle = ParagraphStyle("title", fontName="Sans-B", fontSize=21, leading=26, textColor=GREEN,
                        spaceAfter=6)
sSub = ParagraphStyle("sub", fontName="Sans", fontSize=12, leading=15, textColor=black, spaceAfter=4)
sSmall = ParagraphStyle("small", fontName="Serif", fontSize=8, leading=10)
sBox = ParagraphStyle("box", parent=sBody, fontSize=9.5, leading=12.5, alignment=TA_LEFT)

# --------------------------------------------------------------------------------------
# Content model.  Every commitment is recorded here together with the verbatim text
# that ends up in the PDF, so expected.json is produced from the same source.
# --------------------------------------------------------------------------------------
story_src = []          # (kind, payload)
commitments = []        # dicts for expected.json
plain = []              # plain text of the document, for verification

def h1(t):
    story_src.append(("h1", t)); plain.append(t)

def h2(t):
    story_src.append(("h2", t)); plain.append(t)

def p(t, style=None):
    story_src.append(("p", (t, style))); plain.append(re.sub(r"<[^>]+>", "", t))

def lead(t):
    story_src.append(("lead", t)); plain.append(t)

def bullet(t, principle=None, party=None, commit=True):
    story_src.append(("bullet", t)); plain.append(t)
    if commit:
        commitments.append({"text": t, "principle": principle, "party": party})

def commit_sentence(sentence, text, principle, party):
    """A prose sentence that is a commitment; `text` is the verbatim core of it."""
    assert text in sentence, (text, sentence)
    story_src.append(("p", (sentence, None))); plain.append(sentence)
    commitments.append({"text": text, "principle": principle, "party": party})


# ---------------- Förord ----------------
h1("Förord")
p("Björkhamn är en kommun där många människor engagerar sig. Varje vecka leder ideella "
  "tränare barn- och ungdomsverksamhet, frivilliga besöker äldre på våra boenden och "
  "studieförbund och kulturföreningar fyller bygdegårdarna med liv. Det engagemanget går "
  "inte att beställa fram, men kommunen kan underlätta för det eller försvåra för det.")
p("Med den här överenskommelsen vill vi tydliggöra hur kommunen och den idéburna sektorn "
  "ska arbeta tillsammans under de kommande åren. Överenskommelsen är resultatet av ett "
  "gemensamt arbete där fler än hundra personer från föreningar, trossamfund och "
  "förvaltningar har deltagit.")
p("<i>Anna Lindqvist, kommunstyrelsens ordförande, och Karim Haddad, ordförande i "
  "Björkhamns föreningsråd</i>")

# ---------------- 1 Bakgrund ----------------
h1("1. Bakgrund")
p("Björkhamn har ett rikt föreningsliv med drygt 240 registrerade föreningar inom idrott, "
  "kultur, socialt arbete, friluftsliv och trossamfund.<super>1</super> Många av dem har "
  "funnits i mer än femtio år, medan andra har bildats under de senaste åren, ofta av "
  "invånare som har flyttat till kommunen.")
p("Arbetet med en lokal överenskommelse inleddes 2021 efter en förstudie och tre "
  "dialogmöten i Björkhamn, Strandby och Östra Lid. Förebild har varit den nationella "
  "överenskommelsen mellan regeringen, idéburna organisationer inom det sociala området och "
  "Sveriges Kommuner och Regioner från 2008.<super>2</super> Flera av grannkommunerna har "
  "under samma period tagit fram liknande dokument.")
p("Överenskommelsen ersätter inte de avtal, bidragsregler och riktlinjer som redan finns. "
  "Den beskriver i stället de grundläggande förhållningssätt som ska prägla relationen mellan "
  "parterna.")

# ---------------- 2 Syfte ----------------
h1("2. Syfte")
p("Syftet med överenskommelsen är att stärka den idéburna sektorns roll som röstbärare och "
  "opinionsbildare, men också som utförare av verksamhet, och att skapa bättre förutsättningar "
  "för samverkan mellan kommunen och sektorn. Överenskommelsen ska bidra till ett inkluderande "
  "Björkhamn där fler invånare är delaktiga i samhällslivet.")

# ---------------- 3 Parter ----------------
h1("3. Parter och anslutning")
p("Parter är Björkhamns kommun, genom kommunstyrelsen, och de idéburna organisationer som har "
  "anslutit sig till överenskommelsen. Med idéburen organisation avses här en förening, "
  "stiftelse eller ett trossamfund som har ett allmännyttigt syfte och som inte drivs med "
  "vinstintresse.")
p("Anslutning sker genom att organisationen skickar in en anslutningsblankett. Blanketten "
  "undertecknas av organisationens ordförande. Per den 1 februari 2023 hade 63 organisationer "
  "anslutit sig.")

# ---------------- 4 Principer ----------------
h1("4. Principer och åtaganden")
p("Överenskommelsen bygger på sex principer som hämtats från den nationella överenskommelsen: "
  "självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt "
  "mångfald. Under varje princip beskrivs vad kommunen och den idéburna sektorn åtar sig.")

h2("4.1 Självständighet och oberoende")
p("Den idéburna sektorns självständighet och rätt att driva opinion ska respekteras, även när "
  "organisationerna får ekonomiskt stöd från kommunen.")
lead("Kommunen åtar sig att:")
bullet("respektera organisationernas rätt att kritisera kommunens beslut och prioriteringar, "
       "oavsett om de tar emot bidrag eller inte", "sjalvstandighet_och_oberoende", "public")
bullet("inte ställa villkor för bidrag som påverkar organisationernas interna arbete och val av "
       "företrädare", "sjalvstandighet_och_oberoende", "public")
lead("Den idéburna sektorn åtar sig att:")
bullet("tydligt redovisa när organisationen agerar som utförare på uppdrag av kommunen och när "
       "den agerar som röstbärare", "sjalvstandighet_och_oberoende", "civil_society")

h2("4.2 Dialog")
p("Dialog förutsätter att båda parter har tid, information och möjlighet att påverka. "
  "Dialogen ska föras i ett tidigt skede, innan frågorna är färdigberedda.")
lead("Kommunen åtar sig att:")
bullet("bjuda in den idéburna sektorn till dialog tidigt i arbetet med styrdokument och planer "
       "som berör sektorn", "dialog", "public")
bullet("genomföra minst ett öppet dialogforum per år dit alla anslutna organisationer bjuds in",
       "dialog", "public")
bullet("ge återkoppling på hur synpunkterna från dialogen har tagits om hand", "dialog", "public")
lead("Den idéburna sektorn åtar sig att:")
bullet("förankra sina synpunkter hos medlemmarna innan de framförs i dialogen", "dialog",
       "civil_society")
bullet("utse företrädare som kan delta kontinuerligt i samverkansrådet", "dialog", "civil_society")

h2("4.3 Kvalitet")
p("Kvalitet handlar om att verksamheten håller vad den lovar och att den utvecklas utifrån "
  "deltagarnas behov. Kvaliteten definieras i första hand av organisationerna själva.")
commit_sentence("Kommunen ska erbjuda kostnadsfri utbildning för föreningarnas styrelser inom "
                "ekonomi, föreningsteknik och arbetsmiljö.",
                "erbjuda kostnadsfri utbildning för föreningarnas styrelser inom ekonomi, "
                "föreningsteknik och arbetsmiljö", "kvalitet", "public")
commit_sentence("Kommunen ska också ta fram en gemensam mall för redovisning av föreningsbidrag "
                "som är enkel att använda.",
                "ta fram en gemensam mall för redovisning av föreningsbidrag som är enkel att "
                "använda", "kvalitet", "public")
commit_sentence("Föreningslivet ansvarar för att verksamheten som får kommunalt stöd följs upp "
                "och att resultaten redovisas till kommunen senast den 31 mars varje år.",
                "verksamheten som får kommunalt stöd följs upp och att resultaten redovisas till "
                "kommunen senast den 31 mars varje år", "kvalitet", "civil_society")

h2("4.4 Långsiktighet")
p("Föreningar som planerar verksamhet behöver kunna räkna med stabila villkor över tid. "
  "Samtidigt måste kommunen kunna pröva hur de gemensamma resurserna används.")
lead("Kommunen åtar sig att:")
bullet("i första hand bevilja verksamhetsbidrag för tre år i taget till organisationer med "
       "etablerad verksamhet", "langsiktighet", "public")
bullet("meddela beslut om förändrade bidragsnivåer senast sex månader innan förändringen "
       "träder i kraft", "langsiktighet", "public")
commit_sentence("Gemensamt åtar vi oss att verka för att samverkan inte är beroende av enskilda "
                "personer, utan dokumenteras och överlämnas när företrädare byts ut.",
                "verka för att samverkan inte är beroende av enskilda personer, utan dokumenteras "
                "och överlämnas när företrädare byts ut", "langsiktighet", "joint")

h2("4.5 Öppenhet och insyn")
p("Öppenhet skapar förtroende. Parterna ska kunna ta del av varandras underlag och förstå "
  "hur beslut fattas.")
lead("Kommunen åtar sig att:")
bullet("publicera samverkansrådets protokoll på kommunens webbplats", "oppenhet_och_insyn",
       "public")
bullet("samla information om bidrag, lokaler och kontaktpersoner på en gemensam sida för "
       "föreningslivet", "oppenhet_och_insyn", "public")
lead("Den idéburna sektorn åtar sig att:")
bullet("lämna insyn i hur kommunala medel har använts, på det sätt som anges i bidragsreglerna",
       "oppenhet_och_insyn", "civil_society")

h2("4.6 Mångfald")
p("Ett levande civilsamhälle rymmer både stora, etablerade organisationer och små, informella "
  "sammanslutningar. Mångfalden är en tillgång för hela Björkhamn.")
lead("Kommunen åtar sig att:")
bullet("uppmärksamma och stödja små och nystartade föreningar, bland annat genom en särskild "
       "startbidragsform", "mangfald", "public")
lead("Den idéburna sektorn åtar sig att:")
bullet("arbeta för att verksamheten är öppen för alla oavsett kön, ålder, funktionsförmåga, "
       "sexuell läggning, religion eller etnisk bakgrund", "mangfald", "civil_society")
commit_sentence("Gemensamt åtar vi oss att nå ut till grupper som i dag sällan deltar i "
                "föreningslivet, till exempel nyanlända och unga vuxna.",
                "nå ut till grupper som i dag sällan deltar i föreningslivet, till exempel "
                "nyanlända och unga vuxna", "mangfald", "joint")

# ---------------- 5 Organisation ----------------
h1("5. Organisation och samverkansråd")
p("Samverkansrådet består av fem företrädare för kommunen och fem för den idéburna sektorn. "
  "Ordförandeskapet växlar årsvis mellan parterna. Rådet sammanträder fyra gånger per år.")
commit_sentence("Kommunstyrelsens förvaltning ansvarar för att kalla till samverkansrådets möten "
                "och föra protokoll.",
                "kalla till samverkansrådets möten och föra protokoll", None, "public")
commit_sentence("Föreningarna i rådet ansvarar för att sprida information från rådet till "
                "övriga anslutna organisationer.",
                "sprida information från rådet till övriga anslutna organisationer", None,
                "civil_society")

# ---------------- 6 Uppföljning ----------------
h1("6. Uppföljning och revidering")
p("Överenskommelsen följs upp årligen genom en gemensam uppföljningsrapport som presenteras för "
  "kommunstyrelsen. Rapporten tas fram av samverkansrådet och bygger bland annat på en enkät "
  "till de anslutna organisationerna.")
p("Överenskommelsen gäller 2023–2026 och revideras därefter inför nästa mandatperiod.")

# ---------------- 7 Beslut ----------------
h1("7. Beslut och underskrifter")
p("Antagen av kommunfullmäktige 2023-03-27, § 42.")
story_src.append(("sign", None))
plain.extend(["För Björkhamns kommun", "Anna Lindqvist", "Kommunstyrelsens ordförande",
              "För den idéburna sektorn", "Karim Haddad", "Ordförande, Björkhamns föreningsråd"])

h2("Kontakt")
p("Föreningsenheten, Björkhamns kommun<br/>Besöksadress: Torggatan 4, Björkhamn<br/>"
  "E-post: foreningar@bjorkhamn.se<br/>Telefon: 0455-12 34 50")


h1("Bilaga: Ord och begrepp")
p("<b>Idéburen sektor</b> – föreningar, stiftelser, trossamfund och andra sammanslutningar som "
  "bildats utifrån en gemensam idé och som inte har vinst som mål. I texten används ibland "
  "orden föreningslivet och civilsamhället med samma betydelse.")
p("<b>Röstbärare</b> – en organisation som företräder sina medlemmars eller målgruppers "
  "intressen och driver opinion i frågor som rör dem.")
p("<b>Utförare</b> – en organisation som driver verksamhet med ersättning från kommunen, till "
  "exempel genom avtal eller bidrag med särskilda villkor.")
p("<b>Verksamhetsbidrag</b> – ekonomiskt stöd till en organisations löpande verksamhet, till "
  "skillnad från projektbidrag som avser en avgränsad insats.")
p("<b>Samverkansråd</b> – det gemensamma forum där kommunen och den idéburna sektorn följer "
  "överenskommelsen och diskuterar frågor av gemensamt intresse.")


# --------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------
W, H = A4
M = 18 * mm
GAP = 8 * mm
COLW = (W - 2 * M - GAP) / 2
TOP = H - 22 * mm       # below header
BOT = 18 * mm           # above footer
TITLE_H = 62 * mm
FOOTNOTE_H = 14 * mm


class NumberedCanvas(rl_canvas.Canvas):
    """Draws 'Sida X av Y' once the total number of pages is known."""
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont("Sans", 8)
            self.setFillColor(black)
            self.drawCentredString(W / 2, 10 * mm, f"Sida {self._pageNumber} av {n}")
            super().showPage()
        super().save()


def header_footer(c, doc):
    c.saveState()
    c.setStrokeColor(GREEN)
    c.setLineWidth(0.6)
    c.setFont("Sans", 8)
    c.setFillColor(GREEN)
    c.drawString(M, H - 13 * mm, "BJÖRKHAMNS KOMMUN")
    c.drawRightString(W - M, H - 13 * mm, "Överenskommelse med idéburen sektor 2023–2026")
    c.line(M, H - 15 * mm, W - M, H - 15 * mm)
    c.line(M, 14 * mm, W - M, 14 * mm)
    c.setFillColor(black)
    c.drawString(M, 10 * mm, "Dnr KS 2022/0417")
    c.drawRightString(W - M, 10 * mm, "www.bjorkhamn.se/foreningar")
    c.restoreState()


def first_page(c, doc):
    header_footer(c, doc)
    c.saveState()
    # footnote area on page 1 (notes 1 and 2 both occur on this page)
    y = BOT + FOOTNOTE_H - 3 * mm
    c.setStrokeColor(black)
    c.setLineWidth(0.4)
    c.line(M, y + 2 * mm, M + 40 * mm, y + 2 * mm)
    c.setFont("Serif", 7.5)
    c.drawString(M, y - 1.5 * mm, "1  Enligt kommunens föreningsregister per den 31 december 2022.")
    c.drawString(M, y - 5 * mm, "2  Överenskommelsen mellan regeringen, idéburna organisationer "
                 "inom det sociala området och Sveriges Kommuner och Landsting, 2008.")
    c.restoreState()


class Doc(BaseDocTemplate):
    def afterFlowable(self, flowable):
        if isinstance(flowable, Paragraph):
            name = flowable.style.name
            if name in ("h1", "h2"):
                level = 0 if name == "h1" else 1
                self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))


def build():
    doc = Doc(PDF, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=22 * mm,
              bottomMargin=BOT, title="Överenskommelse om samverkan mellan Björkhamns kommun "
              "och den idéburna sektorn", author="Björkhamns kommun", subject="Lokal överenskommelse")
    col_h_first = TOP - TITLE_H - BOT - FOOTNOTE_H
    f_title = Frame(M, TOP - TITLE_H, W - 2 * M, TITLE_H, id="title", showBoundary=0)
    f1a = Frame(M, BOT + FOOTNOTE_H, COLW, col_h_first, id="c1a")
    f1b = Frame(M + COLW + GAP, BOT + FOOTNOTE_H, COLW, col_h_first, id="c1b")
    fa = Frame(M, BOT, COLW, TOP - BOT, id="ca")
    fb = Frame(M + COLW + GAP, BOT, COLW, TOP - BOT, id="cb")
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[f_title, f1a, f1b], onPage=first_page),
        PageTemplate(id="later", frames=[fa, fb], onPage=header_footer),
    ])

    toc = TableOfContents()
    toc.levelStyles = [
        ParagraphStyle("toc1", fontName="Sans", fontSize=9, leading=11.5, leftIndent=0,
                       firstLineIndent=0),
        ParagraphStyle("toc2", fontName="Sans", fontSize=8.5, leading=10.5, leftIndent=9,
                       firstLineIndent=0),
    ]
    toc.dotsMinLevel = 0

    st = [NextPageTemplate("later")]
    st.append(Paragraph("Överenskommelse om samverkan mellan Björkhamns kommun och den "
                        "idéburna sektorn", sTitle))
    st.append(Paragraph("Lokal överenskommelse för Björkhamn 2023–2026", sSub))
    st.append(Spacer(1, 4 * mm))
    intro = Table([[Paragraph("Den här överenskommelsen beskriver hur Björkhamns kommun och "
                              "föreningar, stiftelser och trossamfund i Björkhamn ska samverka. "
                              "Den innehåller gemensamma principer och konkreta åtaganden för "
                              "båda parter.", sBox)]],
                  colWidths=[W - 2 * M])
    intro.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    st.append(intro)
    st.append(FrameBreak())
    st.append(Paragraph("Innehåll", sH2.clone("tochead", spaceBefore=0)))
    st.append(toc)
    st.append(Spacer(1, 3 * mm))

    pending_lead = None
    for kind, payload in story_src:
        if kind == "h1":
            st.append(Paragraph(payload, sH1))
        elif kind == "h2":
            st.append(Paragraph(payload, sH2))
        elif kind == "p":
            t, style = payload
            st.append(Paragraph(t, style or sBody))
        elif kind == "lead":
            st.append(Paragraph(payload, sLead))
        elif kind == "bullet":
            st.append(Paragraph(payload, sBullet, bulletText="•"))
        elif kind == "sign":
            sig = Table([
                [Paragraph("<b>För Björkhamns kommun</b>", sBox),
                 Paragraph("<b>För den idéburna sektorn</b>", sBox)],
                [Paragraph("<br/><br/>______________________", sBox),
                 Paragraph("<br/><br/>______________________", sBox)],
                [Paragraph("Anna Lindqvist<br/>Kommunstyrelsens ordförande", sBox),
                 Paragraph("Karim Haddad<br/>Ordförande, Björkhamns föreningsråd", sBox)],
            ], colWidths=[COLW / 2, COLW / 2])
            sig.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            st.append(KeepTogether([Spacer(1, 2 * mm), sig, Spacer(1, 3 * mm)]))
    doc.multiBuild(st, canvasmaker=NumberedCanvas)


def norm(s):
    s = s.replace("\u00ad", "")
    s = re.sub(r"-\n(?=[a-zåäö])", "", s)
    return re.sub(r"\s+", " ", s).strip()


def main():
    build()
    # Verify against the text that actually ends up in the PDF.
    txt = subprocess.run(["pdftotext", "-raw", PDF, "-"], capture_output=True, text=True).stdout
    pdf_text = norm(txt)
    src_text = norm(" ".join(plain))
    for c in commitments:
        assert norm(c["text"]) in src_text, c
        assert norm(c["text"]) in pdf_text, ("not in pdf text", c["text"])

    L = "pdf_twocolumn"
    questions = [
        dict(question="Vad åtar sig Björkhamns kommun när det gäller dialog?", language="sv",
             answerable=True,
             gold=["bjuda in den idéburna sektorn till dialog tidigt i arbetet med styrdokument och "
                   "planer som berör sektorn",
                   "genomföra minst ett öppet dialogforum per år dit alla anslutna organisationer "
                   "bjuds in",
                   "ge återkoppling på hur synpunkterna från dialogen har tagits om hand"],
             must_mention=["dialogforum", "återkoppling"]),
        dict(question="Vilka åtaganden har den idéburna sektorn under principen om kvalitet i "
                      "Björkhamn?", language="sv", answerable=True,
             gold=["Föreningslivet ansvarar för att verksamheten som får kommunalt stöd följs upp "
                   "och att resultaten redovisas till kommunen senast den 31 mars varje år."],
             must_mention=["31 mars"]),
        dict(question="hur lange far man bidrag i bjorkhamn, ar det bara ett ar i taget?",
             language="sv", answerable=True,
             gold=["i första hand bevilja verksamhetsbidrag för tre år i taget till organisationer "
                   "med etablerad verksamhet"],
             must_mention=["tre år"]),
        dict(question="When was the Björkhamn agreement adopted, and by which body?",
             language="en", answerable=True,
             gold=["Antagen av kommunfullmäktige 2023-03-27, § 42."],
             must_mention=["2023-03-27", "kommunfullmäktige"]),
        dict(question="Får en förening som får bidrag från Björkhamns kommun kritisera kommunens "
                      "beslut?", language="sv", answerable=True,
             gold=["respektera organisationernas rätt att kritisera kommunens beslut och "
                   "prioriteringar, oavsett om de tar emot bidrag eller inte"],
             must_mention=["kritisera"]),
        dict(question="Hur ofta träffas samverkansrådet i Björkhamn och vilka sitter i det?",
             language="sv", answerable=True,
             gold=["Samverkansrådet består av fem företrädare för kommunen och fem för den "
                   "idéburna sektorn.",
                   "Rådet sammanträder fyra gånger per år."],
             must_mention=["fyra gånger per år", "fem företrädare"]),
        dict(question="Hur gör vi för att vår förening ska ansluta sig till överenskommelsen i "
                      "Björkhamn?", language="sv", answerable=True,
             gold=["Anslutning sker genom att organisationen skickar in en anslutningsblankett.",
                   "Blanketten undertecknas av organisationens ordförande."],
             must_mention=["anslutningsblankett"]),
        dict(question="Vilken period gäller Björkhamns överenskommelse och när ska den revideras?",
             language="sv", answerable=True,
             gold=["Överenskommelsen gäller 2023–2026 och revideras därefter inför nästa "
                   "mandatperiod."],
             must_mention=["2023–2026", "mandatperiod"]),
        dict(question="Hur mycket pengar kan en nystartad förening få i startbidrag i Björkhamn?",
             language="sv", answerable=False, gold=[], must_mention=[]),
        dict(question="How does Björkhamn municipality set up an idea-based public partnership "
                      "(IOP) with an association?", language="en", answerable=False, gold=[],
             must_mention=[]),
    ]
    out_q = []
    for i, q in enumerate(questions, 1):
        for g in q["gold"]:
            assert norm(g) in src_text, g
            assert norm(g) in pdf_text, ("gold not in pdf", g)
        for m in q["must_mention"]:
            assert any(m in g for g in q["gold"]), m
        out_q.append({"id": f"{L}-q{i}", **q})

    expected = {
        "file": os.path.basename(PDF),
        "layout": L,
        "description": "Two-column brochure PDF (reportlab frames) with full-width title block, "
                       "TOC, running headers/footers 'Sida X av Y', page-bottom footnotes, bullet "
                       "lists and prose commitments, signature table",
        "metadata": {
            "doc_id": "bjorkhamn",
            "title": "Överenskommelse om samverkan mellan Björkhamns kommun och den idéburna "
                     "sektorn",
            "place": "Björkhamn",
            "organisation": "Björkhamns kommun",
            "kind": "överenskommelse",
            "date": "2023-03-27",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments,
        "questions": out_q,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(commitments)} commitments, {len(out_q)} questions")


if __name__ == "__main__":
    main()
