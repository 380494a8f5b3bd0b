#!/usr/bin/env python3
"""Generate ekerasa_policy_samverkan_civilsamhallet.docx and expected.json.

A small kommun's policy (styrdokument template): header/footer with page
fields, cover with a document-information table and the usual "what is a
policy" box, a Word TOC field with cached entries, Heading 1/2 with typed
numbers, principles with descriptions plus 'Det innebär att kommunen ska:'
lists and sentence commitments, a general 'Kommunens åtaganden' list, an
'förväntningar' list, a samverkansforum table (not commitments), follow-up,
related documents, a shaded contact box and a version table.
"""
import json
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.basename(HERE)
FILE = "ekerasa_policy_samverkan_civilsamhallet.docx"
TITLE = "Policy för samverkan mellan Ekeråsa kommun och civilsamhället"

COMMITMENTS = []


def C(text, principle, party):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


# ---------------------------------------------------------------- helpers
doc = Document()
st = doc.styles
st["Normal"].font.name = "Garamond"
st["Normal"].font.size = Pt(12)
st["Normal"].element.rPr.rFonts.set(qn("w:eastAsia"), "Garamond")
st["Normal"].paragraph_format.space_after = Pt(6)
for name, size in (("Heading 1", 16), ("Heading 2", 13), ("Title", 26)):
    s = st[name]
    s.font.name = "Arial"
    s.font.size = Pt(size)
    s.font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)
    rpr = s.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(a), "Arial")
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]

# TOC styles ("toc 1", "toc 2") as Word names them
from docx.enum.style import WD_STYLE_TYPE
for lvl, ind in ((1, 0), (2, 0.6)):
    s = st.add_style(f"toc {lvl}", WD_STYLE_TYPE.PARAGRAPH)
    s.base_style = st["Normal"]
    s.paragraph_format.left_indent = Cm(ind)
    s.paragraph_format.space_after = Pt(3)
    s.paragraph_format.tab_stops.add_tab_stop(Cm(15.9), alignment=2, leader=1)  # right, dots


def field(par, instr, cached):
    def r(tag, **attrs):
        run = OxmlElement("w:r")
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        run.append(el)
        par._p.append(run)
    r("w:fldChar", **{"w:fldCharType": "begin"})
    run = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run.append(it)
    par._p.append(run)
    r("w:fldChar", **{"w:fldCharType": "separate"})
    par.add_run(cached)
    r("w:fldChar", **{"w:fldCharType": "end"})


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def P(text="", style=None, bold_lead=None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    if text:
        p.add_run(text)
    return p


def H1(t):
    return doc.add_heading(t, level=1)


def H2(t):
    return doc.add_heading(t, level=2)


def bullets(items, style="List Bullet"):
    for it in items:
        doc.add_paragraph(it, style=style)


# ---------------------------------------------------------------- header/footer
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.5)
sec.different_first_page_header_footer = True
hp = sec.header.paragraphs[0]
hp.text = "EKERÅSA KOMMUN\tPolicy\tDnr KS 2023/0412"
hp.style = st["Header"]
hp.paragraph_format.tab_stops.add_tab_stop(Cm(8.0), alignment=1)
hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), alignment=2)
fp = sec.footer.paragraphs[0]
fp.style = st["Footer"]
fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), alignment=2)
fp.add_run("Policy för samverkan med civilsamhället\tSida ")
field(fp, "PAGE", "2")
fp.add_run(" (")
field(fp, "NUMPAGES", "9")
fp.add_run(")")
fph = sec.first_page_header.paragraphs[0]
fph.add_run("EKERÅSA KOMMUN").bold = True
fph.alignment = WD_ALIGN_PARAGRAPH.RIGHT

# ---------------------------------------------------------------- cover
P("Styrdokument").runs[0].font.size = Pt(11)
for _ in range(3):
    P()
doc.add_paragraph(TITLE, style="Title")
sub = P("Antagen av kommunfullmäktige 2024-03-25, § 34")
sub.runs[0].italic = True
P()

info = doc.add_table(rows=0, cols=2)
info.style = st["Table Grid"]
for k, v in (
    ("Dokumenttyp", "Policy"),
    ("Fastställd av", "Kommunfullmäktige, 2024-03-25, § 34"),
    ("Diarienummer", "KS 2023/0412"),
    ("Dokumentansvarig", "Kommunchef"),
    ("Handläggare", "Strateg för civilsamhällesfrågor, kommunledningsförvaltningen"),
    ("Giltighetstid", "Gäller från 2024-04-01 och tills vidare"),
    ("Aktualitetsprövning", "En gång per mandatperiod, nästa gång senast 2027-12-31"),
    ("Ersätter", "Lokal överenskommelse mellan Ekeråsa kommun och föreningslivet, KF 2015-11-23, § 112"),
):
    cells = info.add_row().cells
    cells[0].text = k
    cells[0].paragraphs[0].runs[0].bold = True
    shade(cells[0], "E2EFDA")
    cells[1].text = v
widths(info, [4.5, 11.5])
P()
box = doc.add_table(rows=1, cols=1)
box.style = st["Table Grid"]
bc = box.rows[0].cells[0]
shade(bc, "F2F2F2")
bc.paragraphs[0].add_run("Ekeråsa kommuns styrdokument").bold = True
bc.add_paragraph(
    "En policy anger kommunens förhållningssätt och värderingar inom ett område. "
    "Policyn är vägledande för förtroendevalda och medarbetare i alla nämnder, "
    "förvaltningar och kommunala bolag. Hur policyn ska genomföras kan beskrivas "
    "närmare i riktlinjer och rutiner.")
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- TOC field with cached result
doc.add_paragraph("Innehåll", style="TOC Heading")
TOC = [
    (1, "1 Inledning", 3), (2, "1.1 Bakgrund", 3), (2, "1.2 Syfte", 3), (2, "1.3 Vem policyn gäller för", 3),
    (1, "2 Definitioner", 4),
    (1, "3 Principer för samverkan", 4),
    (2, "3.1 Självständighet och oberoende", 4), (2, "3.2 Dialog", 5), (2, "3.3 Kvalitet", 5),
    (2, "3.4 Långsiktighet", 5), (2, "3.5 Öppenhet och insyn", 6), (2, "3.6 Mångfald", 6),
    (2, "3.7 Barnets rättigheter", 6),
    (1, "4 Kommunens åtaganden", 7),
    (1, "5 Förväntningar på civilsamhällets organisationer", 7),
    (1, "6 Former för samverkan", 8),
    (1, "7 Ansvar, uppföljning och revidering", 8),
    (1, "8 Relaterade styrdokument", 9),
]
for i, (lvl, text, page) in enumerate(TOC):
    p = doc.add_paragraph(style=f"toc {lvl}")
    if i == 0:
        for typ, instr in (("begin", None), (None, 'TOC \\o "1-2" \\h \\z \\u'), ("separate", None)):
            run = OxmlElement("w:r")
            if typ:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), typ)
            else:
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = f" {instr} "
            run.append(el)
            p._p.append(run)
    p.add_run(f"{text}\t{page}")
    if i == len(TOC) - 1:
        run = OxmlElement("w:r")
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), "end")
        run.append(el)
        p._p.append(run)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- 1 Inledning
H1("1 Inledning")
H2("1.1 Bakgrund")
P("Ekeråsa kommun har drygt 11 400 invånare och ett rikt föreningsliv. I kommunens "
  "föreningsregister finns omkring 140 föreningar, från idrottsklubbar och "
  "hembygdsföreningar till pensionärsorganisationer, trossamfund och föreningar "
  "som arbetar med stöd till människor i utsatta situationer. Till det kommer "
  "byalag, nätverk och grupper som engagerar sig utan att vara formellt organiserade.")
P("År 2015 antog kommunfullmäktige en lokal överenskommelse mellan kommunen och "
  "föreningslivet. Den har varit ett viktigt stöd, men en utvärdering 2022 visade att "
  "den var okänd för många medarbetare och att uppföljningen inte fungerat som det "
  "var tänkt. Kommunstyrelsen gav därför kommunledningsförvaltningen i uppdrag att ta "
  "fram en policy som ersätter överenskommelsen.")
P("Policyn har tagits fram i dialog med föreningslivet under 2023, bland annat vid "
  "tre dialogmöten i Ekeråsa, Västerby och Norrhammar och genom en webbenkät som 87 "
  "föreningar besvarade. Den bygger på den nationella överenskommelsen från 2008 mellan "
  "regeringen, idéburna organisationer inom det sociala området och Sveriges Kommuner "
  "och Regioner, och på kommunens vision ”Ekeråsa 2035 – tillsammans växer vi”.")
H2("1.2 Syfte")
P("Syftet med policyn är att:")
bullets([
    "tydliggöra hur Ekeråsa kommun ser på civilsamhällets roll och värde i samhället",
    "skapa goda och likvärdiga förutsättningar för samverkan mellan kommunen och civilsamhället",
    "ge förtroendevalda och medarbetare ett gemensamt förhållningssätt i kontakten med föreningar och idéburna organisationer",
    "göra det tydligt vad föreningarna kan förvänta sig av kommunen och vad kommunen förväntar sig av dem",
])
H2("1.3 Vem policyn gäller för")
P("Policyn gäller för kommunens samtliga nämnder och förvaltningar samt för de helägda "
  "kommunala bolagen. Den riktar sig också till de föreningar och idéburna "
  "organisationer som verkar i Ekeråsa och som vill samverka med kommunen.")
P("Policyn reglerar inte vilka bidrag som kan sökas eller hur de fördelas. Det framgår "
  "av kultur- och fritidsnämndens riktlinjer för föreningsbidrag.")

# ---------------------------------------------------------------- 2 Definitioner
H1("2 Definitioner")
P("I policyn används följande begrepp.")
DEF_IOP = ("Idéburet offentligt partnerskap (IOP) – en samverkansform där en idéburen "
           "organisation och kommunen tillsammans finansierar och driver en verksamhet "
           "som bidrar till ett gemensamt samhällsmål. IOP är varken bidrag eller upphandling.")
for term, text in (
    ("Civilsamhället", " – en arena, skild från staten, marknaden och det enskilda hushållet, "
     "där människor, grupper och organisationer agerar tillsammans för gemensamma intressen."),
    ("Idéburen organisation", " – en organisation som är fristående från det offentliga och "
     "som drivs utifrån en idé eller ett värde snarare än vinstintresse. Begreppet används "
     "ibland synonymt med civilsamhällets organisationer."),
    ("Förening", " – i policyn avses ideella föreningar och andra idéburna organisationer, till "
     "exempel stiftelser, trossamfund och kooperativ utan vinstsyfte."),
    ("Samverkan", " – när kommunen och en eller flera organisationer arbetar tillsammans mot ett "
     "gemensamt mål, utan att parterna för den skull ger upp sina egna roller."),
):
    P(text, bold_lead=term)
P(DEF_IOP[len("Idéburet offentligt partnerskap (IOP)"):],
  bold_lead="Idéburet offentligt partnerskap (IOP)")

# ---------------------------------------------------------------- 3 Principer
H1("3 Principer för samverkan")
PRINC_SENT = ("Principerna är självständighet och oberoende, dialog, kvalitet, långsiktighet, "
              "öppenhet och insyn samt mångfald.")
BARN_SENT = ("Vi har dessutom valt att lägga till en sjunde princip om barnets rättigheter, "
             "eftersom en stor del av föreningslivet i kommunen riktar sig till barn och unga.")
P("Den nationella överenskommelsen bygger på sex principer som också är grunden för "
  "samverkan i Ekeråsa. " + PRINC_SENT + " " + BARN_SENT)
P("Under varje princip beskrivs vad den innebär och vad den betyder i praktiken för "
  "kommunen och för föreningarna.")

H2("3.1 Självständighet och oberoende")
P("Civilsamhällets organisationer är fristående från kommunen. De bestämmer själva över "
  "sina mål, sin verksamhet och sin organisation, och de har rätt att granska och "
  "kritisera kommunen – även när de får bidrag eller utför uppdrag åt kommunen. "
  "Föreningarnas roll som röstbärare och opinionsbildare är en del av demokratin.")
P(C("Kommunen ska respektera organisationernas rätt att själva utforma sin verksamhet "
    "och att fritt ta ställning i samhällsfrågor.", "sjalvstandighet_och_oberoende", "public")
  + " " +
  C("Kommunen ska inte koppla villkor till ett stöd som går utöver vad som behövs för att "
    "följa upp hur offentliga medel används.", "sjalvstandighet_och_oberoende", "public"))
P(C("Föreningarna förväntas i sin tur vara tydliga med i vilken roll de uttalar sig, "
    "till exempel när de både utför uppdrag åt kommunen och driver opinion i samma fråga.",
    "sjalvstandighet_och_oberoende", "civil_society"))

H2("3.2 Dialog")
P("Dialog innebär att parterna lyssnar på varandra och utbyter kunskap och erfarenheter "
  "i ett tidigt skede, innan beslut fattas. En bra dialog bygger på ömsesidig respekt och "
  "på att både stora och små organisationer får möjlighet att delta.")
P("Det innebär att kommunen ska:")
bullets([
    C("bjuda in civilsamhället till dialog i ett tidigt skede i frågor som berör "
      "föreningarnas verksamhet eller deras målgrupper", "dialog", "public"),
    C("anpassa tider och former för dialogmöten så att ideellt engagerade har möjlighet "
      "att delta, till exempel genom möten på kvällstid", "dialog", "public"),
    C("återkoppla hur synpunkter från föreningarna har tagits tillvara", "dialog", "public"),
])
P(C("Från föreningarnas sida förväntas att de deltar i dialogen utifrån sina "
    "förutsättningar och för fram de behov och erfarenheter som finns hos deras "
    "medlemmar och målgrupper.", "dialog", "civil_society"))

H2("3.3 Kvalitet")
P("Kvalitet handlar om att verksamheten motsvarar behoven hos dem den är till för. "
  "Civilsamhällets organisationer har ofta en annan närhet till människor än kommunen, "
  "och deras kunskap är en viktig del av kvalitetsarbetet. Vad som är god kvalitet "
  "kan se olika ut i en liten byförening och i en stor idrottsklubb.")
P(C("Kommunen ska ställa krav på redovisning och uppföljning som står i rimlig proportion "
    "till föreningens storlek och till stödets omfattning.", "kvalitet", "public"))
P(C("I samarbete med studieförbunden ska kommunen erbjuda föreningarna kostnadsfri "
    "utbildning inom till exempel föreningsteknik, ekonomi och barnskydd.", "kvalitet", "public"))
P(C("Föreningarna ansvarar för att verksamhet som får kommunalt stöd bedrivs med god "
    "kvalitet och följs upp på det sätt som parterna har kommit överens om.",
    "kvalitet", "civil_society"))

H2("3.4 Långsiktighet")
P("Föreningslivet bygger till stor del på ideella krafter. För att kunna planera, "
  "rekrytera ledare och utveckla verksamheten behöver föreningarna förutsättningar som "
  "håller över tid. Korta projekt och plötsliga förändringar slår särskilt hårt mot "
  "mindre föreningar.")
P("För att främja långsiktighet ska kommunen:")
bullets([
    C("i första hand ge stöd i form av verksamhetsbidrag snarare än kortsiktiga projektbidrag",
      "langsiktighet", "public"),
    C("informera om förändringar i bidragsregler och lokalfrågor i god tid, och om möjligt "
      "minst ett år i förväg", "langsiktighet", "public"),
    C("verka för att föreningar kan teckna fleråriga avtal om lokaler och anläggningar",
      "langsiktighet", "public"),
])

H2("3.5 Öppenhet och insyn")
P("Öppenhet och insyn skapar förtroende. Det gäller både hur kommunen fattar beslut om "
  "stöd och samverkan och hur föreningarna använder de medel de får.")
P(C("Kommunen ska redovisa på sin webbplats vilka bidrag som betalas ut och på vilka "
    "grunder bidragen fördelas.", "oppenhet_och_insyn", "public")
  + " " +
  C("Föreningar som får stöd ska på motsvarande sätt vara öppna med hur stödet används "
    "och lämna den redovisning som efterfrågas.", "oppenhet_och_insyn", "civil_society"))
P("Öppenheten gäller inte uppgifter som omfattas av sekretess eller dataskydd, till "
  "exempel personuppgifter om medlemmar och deltagare.")

H2("3.6 Mångfald")
P("Civilsamhället i Ekeråsa är mångfacetterat. Här finns idrottsföreningar, "
  "hembygdsföreningar, trossamfund, pensionärsföreningar, kulturföreningar, sociala "
  "föreningar och nätverk som saknar formell organisation. Mångfalden är en styrka för "
  "hela kommunen.")
P("Kommunen ska:")
bullets([
    C("ta hänsyn till att organisationerna ser olika ut och har olika förutsättningar, "
      "till exempel genom att erbjuda flera sätt att lämna synpunkter", "mangfald", "public"),
    C("särskilt söka kontakt med grupper och organisationer som i dag sällan deltar i "
      "dialog med kommunen", "mangfald", "public"),
])
P(C("Föreningarna förväntas arbeta för att deras verksamhet är öppen och tillgänglig för "
    "alla, oavsett kön, könsidentitet, etnisk tillhörighet, religion, funktionsnedsättning, "
    "sexuell läggning eller ålder.", "mangfald", "civil_society"))

H2("3.7 Barnets rättigheter")
P("Sedan 2020 är FN:s konvention om barnets rättigheter svensk lag. I Ekeråsa riktar "
  "sig en stor del av föreningslivet till barn och unga, och ledarna i föreningarna är "
  "ofta viktiga vuxna i barnens vardag.")
P(C("Kommunen ska i dialog och beslut som rör barn och unga ta reda på barnens egna "
    "synpunkter, gärna med hjälp av föreningarna.", "barnrattsperspektiv", "public"))
P(C("Föreningar med verksamhet för barn och unga förväntas ha rutiner för att begära "
    "utdrag ur belastningsregistret för ledare och för hur de agerar vid misstanke om att "
    "ett barn far illa.", "barnrattsperspektiv", "civil_society"))

# ---------------------------------------------------------------- 4 Kommunens åtaganden
H1("4 Kommunens åtaganden")
P("Utöver det som följer av principerna ovan åtar sig Ekeråsa kommun att:")
bullets([
    C("utse en kontaktperson för civilsamhällesfrågor vid kommunledningsförvaltningen som "
      "föreningarna kan vända sig till", None, "public"),
    C("samla information om bidrag, lokaler, utbildningar och aktuella dialogtillfällen på "
      "ett ställe på kommunens webbplats", None, "public"),
    C("hålla föreningsregistret aktuellt och använda det för att nå ut till föreningarna",
      None, "public"),
    C("låta föreningar använda kommunens möteslokaler utan kostnad när lokalerna inte "
      "behövs för kommunens egen verksamhet", None, "public"),
    C("ta tillvara civilsamhällets kunskap och resurser i kommunens arbete med "
      "krisberedskap och civilt försvar", None, "public"),
    C("uppmärksamma det ideella engagemanget, bland annat genom den årliga utmärkelsen "
      "Årets eldsjäl", None, "public"),
])

# ---------------------------------------------------------------- 5 Förväntningar
H1("5 Förväntningar på civilsamhällets organisationer")
P("Samverkan bygger på att båda parter tar ansvar. Kommunen förväntar sig att de "
  "föreningar och idéburna organisationer som samverkar med kommunen eller tar emot "
  "kommunalt stöd:")
bullets([
    C("följer demokratins idéer, inklusive principerna om jämställdhet och förbud mot "
      "diskriminering", None, "civil_society"),
    C("har en demokratiskt vald styrelse, antagna stadgar och en ordnad ekonomi",
      None, "civil_society"),
    C("tar ansvar för att föreningens uppgifter i kommunens föreningsregister är aktuella",
      None, "civil_society"),
    C("informerar kommunen om förändringar som påverkar en pågående samverkan",
      None, "civil_society"),
    C("medverkar i den årliga uppföljningen av policyn", None, "civil_society"),
])
P("Kommunen är medveten om att många föreningar drivs helt ideellt och att "
  "förutsättningarna skiljer sig åt. Förväntningarna ska därför ses i relation till "
  "föreningens storlek och uppdrag.")

# ---------------------------------------------------------------- 6 Former
H1("6 Former för samverkan")
P("Samverkan sker både i formella forum och i den vardagliga kontakten mellan "
  "förvaltningar och föreningar. Tabellen visar de forum som finns när policyn antas.")
FORUM = [
    ("Forum", "Vilka deltar", "Hur ofta"),
    ("Civilsamhällesforum", "Representanter för föreningslivet, kommunstyrelsens presidium och förvaltningsledningarna",
     "En gång per år, i oktober"),
    ("Idrottsrådet", "Ekeråsa idrottsråd och kultur- och fritidsförvaltningen", "Fyra gånger per år"),
    ("Kommunala pensionärs- och tillgänglighetsrådet", "Pensionärs- och funktionsrättsorganisationer samt förtroendevalda",
     "Fyra gånger per år"),
    ("Föreningsfrukost", "Alla föreningar i föreningsregistret", "Två gånger per termin"),
]
t = doc.add_table(rows=0, cols=3)
t.style = st["Table Grid"]
for i, row in enumerate(FORUM):
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
        if i == 0:
            c.paragraphs[0].runs[0].bold = True
            shade(c, "1F4E3D")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
widths(t, [4.5, 7.5, 4.0])
cap = P("Tabell 1. Forum för samverkan mellan kommunen och civilsamhället.")
cap.style = st["Caption"]
P(C("Kommunen och civilsamhällets representanter ska gemensamt planera innehållet i "
    "Civilsamhällesforum.", None, "joint"))
P("När en idéburen organisation driver en verksamhet som kommunen vill bidra till "
  "långsiktigt kan ett idéburet offentligt partnerskap vara en lämplig form. "
  + C("Kommunen ska i varje enskilt fall pröva om IOP, bidrag eller upphandling är den "
      "form som passar bäst.", None, "public"))

# ---------------------------------------------------------------- 7 Uppföljning
H1("7 Ansvar, uppföljning och revidering")
P("Kommunfullmäktige beslutar om policyn. "
  + C("Kommunstyrelsen ansvarar för att policyn är känd i hela kommunorganisationen och "
      "för att samordna arbetet med den.", None, "public")
  + " "
  + C("Varje nämnd ansvarar för att policyn tillämpas inom nämndens verksamhetsområde.",
      None, "public"))
P(C("Kommunledningsförvaltningen ska varje år följa upp hur policyn tillämpas och "
    "redovisa resultatet till kommunstyrelsen.", None, "public")
  + " Uppföljningen ska bland annat visa:")
bullets([
    "antal genomförda dialogtillfällen och antal deltagande föreningar",
    "hur föreningarna upplever samverkan med kommunen, utifrån en enkät vartannat år",
    "fördelningen av verksamhets- och projektbidrag",
    "antal idéburna offentliga partnerskap",
])
P(C("Resultatet av uppföljningen ska diskuteras vid Civilsamhällesforum, där kommunen och "
    "föreningslivet tillsammans kommer överens om vad som behöver förbättras.", None, "joint"))
P("Policyn ska aktualitetsprövas en gång per mandatperiod.")

# ---------------------------------------------------------------- 8 Relaterade
H1("8 Relaterade styrdokument")
bullets([
    "Vision Ekeråsa 2035 – tillsammans växer vi (KF 2019-06-17, § 71)",
    "Riktlinjer för föreningsbidrag (KFN 2022/88)",
    "Program för barnets rättigheter 2023–2026",
    "Riktlinjer för idéburet offentligt partnerskap (under framtagande)",
])
P()
kb = doc.add_table(rows=1, cols=1)
kb.style = st["Table Grid"]
kc = kb.rows[0].cells[0]
shade(kc, "E2EFDA")
kc.paragraphs[0].add_run("Frågor om policyn?").bold = True
CONTACT = ("Kontakta Lena Ahlqvist, strateg för civilsamhällesfrågor, kommunledningsförvaltningen, "
           "telefon 0563-171 42, e-post civilsamhalle@ekerasa.se.")
kc.add_paragraph(CONTACT)
P()
P("Versionshistorik", bold_lead=None).runs[0].bold = True
vh = doc.add_table(rows=0, cols=4)
vh.style = st["Table Grid"]
for i, row in enumerate((
    ("Version", "Datum", "Beslut", "Ändring"),
    ("1.0", "2015-11-23", "KF § 112", "Lokal överenskommelse mellan Ekeråsa kommun och föreningslivet"),
    ("2.0", "2024-03-25", "KF § 34", "Överenskommelsen ersätts av en policy. Barnets rättigheter tillkommer som princip."),
)):
    cells = vh.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
        if i == 0:
            c.paragraphs[0].runs[0].bold = True
            shade(c, "D9D9D9")

widths(vh, [2.5, 3.0, 2.4, 8.1])
doc.core_properties.title = TITLE
doc.core_properties.author = "Kommunledningsförvaltningen"
doc.core_properties.subject = "Styrdokument"
doc.save(os.path.join(HERE, FILE))

# ---------------------------------------------------------------- expected.json
Q = [
    dict(id="q1", question="Vilka principer bygger policyn på?", language="sv", answerable=True,
         gold=[PRINC_SENT, BARN_SENT],
         must_mention=["dialog", "långsiktighet", "barnets rättigheter"]),
    dict(id="q2", question="vem ar kontaktperson for foreningar i kommunen?", language="sv", answerable=True,
         gold=["utse en kontaktperson för civilsamhällesfrågor vid kommunledningsförvaltningen som "
               "föreningarna kan vända sig till", CONTACT],
         must_mention=["Lena Ahlqvist", "civilsamhalle@ekerasa.se"]),
    dict(id="q3", question="What does the municipality expect from associations that receive municipal support?",
         language="en", answerable=True,
         gold=["följer demokratins idéer, inklusive principerna om jämställdhet och förbud mot diskriminering",
               "har en demokratiskt vald styrelse, antagna stadgar och en ordnad ekonomi",
               "tar ansvar för att föreningens uppgifter i kommunens föreningsregister är aktuella",
               "informerar kommunen om förändringar som påverkar en pågående samverkan",
               "medverkar i den årliga uppföljningen av policyn"],
         must_mention=["demokratiskt vald styrelse", "jämställdhet", "föreningsregister"]),
    dict(id="q4", question="Måste vår fotbollsförening ha rutiner för utdrag ur belastningsregistret för ledarna?",
         language="sv", answerable=True,
         gold=["Föreningar med verksamhet för barn och unga förväntas ha rutiner för att begära "
               "utdrag ur belastningsregistret för ledare och för hur de agerar vid misstanke om att "
               "ett barn far illa."],
         must_mention=["belastningsregistret"]),
    dict(id="q5", question="Hur ofta följs policyn upp och vem ansvarar för uppföljningen?", language="sv",
         answerable=True,
         gold=["Kommunledningsförvaltningen ska varje år följa upp hur policyn tillämpas och "
               "redovisa resultatet till kommunstyrelsen.",
               "Resultatet av uppföljningen ska diskuteras vid Civilsamhällesforum, där kommunen och "
               "föreningslivet tillsammans kommer överens om vad som behöver förbättras."],
         must_mention=["varje år", "Kommunledningsförvaltningen", "Civilsamhällesforum"]),
    dict(id="q6", question="nar ska kommunen meddela andrade bidragsregler till foreningarna?", language="sv",
         answerable=True,
         gold=["informera om förändringar i bidragsregler och lokalfrågor i god tid, och om möjligt "
               "minst ett år i förväg"],
         must_mention=["minst ett år i förväg"]),
    dict(id="q7", question="How often is the Civil Society Forum held and who takes part in it?",
         language="en", answerable=True,
         gold=["Representanter för föreningslivet, kommunstyrelsens presidium och förvaltningsledningarna",
               "En gång per år, i oktober",
               "Kommunen och civilsamhällets representanter ska gemensamt planera innehållet i "
               "Civilsamhällesforum."],
         must_mention=["En gång per år", "kommunstyrelsens presidium"]),
    dict(id="q8", question="Vad är IOP och när ska kommunen använda det i stället för bidrag?",
         language="sv", answerable=True,
         gold=["en samverkansform där en idéburen organisation och kommunen tillsammans finansierar "
               "och driver en verksamhet som bidrar till ett gemensamt samhällsmål.",
               "Kommunen ska i varje enskilt fall pröva om IOP, bidrag eller upphandling är den "
               "form som passar bäst."],
         must_mention=["gemensamt samhällsmål", "i varje enskilt fall"]),
    dict(id="q9", question="Vilket datum är sista ansökningsdag för aktivitetsbidrag 2025?", language="sv",
         answerable=False, gold=[], must_mention=[]),
    dict(id="q10", question="kan var forening lana kommunens minibuss till lager och resor?", language="sv",
         answerable=False, gold=[], must_mention=[]),
]

expected = {
    "file": FILE,
    "layout": FOLDER,
    "description": (
        "A small kommun's policy (kind policy) in python-docx built on a styrdokument template. "
        "First-page header 'EKERÅSA KOMMUN', running header 'EKERÅSA KOMMUN / Policy / Dnr' and footer "
        "'Sida PAGE (NUMPAGES)' with fields (header/footer parts, not in the body). Cover page: 'Styrdokument', "
        "Title-style title, italic 'Antagen av kommunfullmäktige 2024-03-25, § 34', a two-column document-"
        "information table (Fastställd av, Diarienummer, Giltighetstid 'Gäller från 2024-04-01' and "
        "'Ersätter ... KF 2015-11-23' – dates that are not the decision), a shaded one-cell box explaining "
        "what a policy is. Page 2: a Word TOC field with cached 'toc 1'/'toc 2' entries that repeat the "
        "heading texts with tab + page number. Body uses Heading 1/Heading 2 with hand-typed numbers "
        "('3 Principer för samverkan', '3.1 Självständighet och oberoende' … '3.7 Barnets rättigheter'). "
        "Purpose as a List Bullet list after 'Syftet med policyn är att:' (not commitments); definitions as "
        "paragraphs with a bold run-in term and ' – '. Principles: description prose, then commitments as "
        "'Kommunen ska …' sentences (two per paragraph in 3.1 and 3.5, the latter mixing kommun and "
        "föreningar in one paragraph), List Bullet items after 'Det innebär att kommunen ska:', 'För att "
        "främja långsiktighet ska kommunen:' and a bare 'Kommunen ska:', plus expectations on the "
        "associations phrased 'Föreningarna förväntas …', 'Från föreningarnas sida förväntas att …', "
        "'Föreningarna ansvarar för …'; an added principle Barnets rättigheter (slug barnrattsperspektiv). "
        "Section 4 'Kommunens åtaganden' is a bullet list after 'åtar sig Ekeråsa kommun att:' and section 5 a "
        "bullet list of expectations after a lead-in ending '… tar emot kommunalt stöd:' – both with principle "
        "null. Section 6 has a 3-column forum table (Forum | Vilka deltar | Hur ofta, dark header row, "
        "caption) that is NOT commitments, a joint sentence and an IOP sentence after a descriptive one. "
        "Section 7 follow-up: 'Kommunstyrelsen ansvarar för', 'Varje nämnd ansvarar för', a 'ska varje år' "
        "sentence followed by an indicator list that is not commitments, a joint sentence, and a passive "
        "'Policyn ska aktualitetsprövas' that is not a party commitment. Ends with related documents list, "
        "a shaded contact box table and a 'Versionshistorik' table."
    ),
    "metadata": {
        "doc_id": os.path.splitext(FILE)[0],
        "title": TITLE,
        "place": "Ekeråsa",
        "organisation": "Ekeråsa kommun",
        "kind": "policy",
        "date": "2024-03-25",
        "body": "kommunfullmäktige",
    },
    "commitments": COMMITMENTS,
    "questions": Q,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print(FILE, len(COMMITMENTS), "commitments")
