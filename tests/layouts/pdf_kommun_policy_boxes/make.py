#!/usr/bin/env python3
"""Generate a brochure-style municipal policy (flat ODF -> PDF via LibreOffice)
and expected.json.

Layout features: cover page without footer and a logo frame, static table of
contents, coloured fact boxes (bordered paragraphs with background), full-width
pull-quote frames, principle headings without numbers, "Kommunen ska:" and
"Vi vill att föreningarna:" bullet lists, a follow-up table that is not
commitments, footer with page numbers, appendix with definitions.

Run: python3 make.py   (needs soffice)
"""
import json
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = os.path.basename(HERE)
STEM = "bjorkvalla_policy_samverkan_civilsamhallet"

commitments = []
body = []


def esc(s):
    return escape(s)


def p(text, style="Body"):
    body.append(f'<text:p text:style-name="{style}">{esc(text)}</text:p>')


def p_raw(xml, style="Body"):
    body.append(f'<text:p text:style-name="{style}">{xml}</text:p>')


def h(text, level=1, style=None):
    style = style or f"H{level}"
    body.append(
        f'<text:h text:style-name="{style}" text:outline-level="{level}">{esc(text)}</text:h>'
    )


def bullets(items, list_style="LBullet", para="ListPara"):
    out = [f'<text:list text:style-name="{list_style}">']
    for it in items:
        out.append(
            f'<text:list-item><text:p text:style-name="{para}">{esc(it)}</text:p></text:list-item>'
        )
    out.append("</text:list>")
    body.append("".join(out))


def commit_list(lead, items, principle, party):
    p(lead, "ListLead")
    bullets(items)
    for it in items:
        commitments.append({"text": it, "principle": principle, "party": party})


def factbox(title, lines):
    p(title, "FactTitle")
    for ln in lines:
        p(ln, "FactBody")


def quote(text, who, name):
    body.append(
        '<text:p text:style-name="QuoteAnchor">'
        f'<draw:frame draw:style-name="frQuote" draw:name="{name}" text:anchor-type="paragraph" '
        'svg:width="17cm" draw:z-index="1">'
        '<draw:text-box fo:min-height="1.6cm">'
        f'<text:p text:style-name="QuoteText">{esc(text)}</text:p>'
        f'<text:p text:style-name="QuoteWho">{esc(who)}</text:p>'
        "</draw:text-box></draw:frame></text:p>"
    )


# --------------------------------------------------------------------------
# Cover
# --------------------------------------------------------------------------
body.append(
    '<text:p text:style-name="PCover">'
    '<draw:frame draw:style-name="frLogo" draw:name="Logo" text:anchor-type="paragraph" '
    'svg:width="7.5cm" draw:z-index="2">'
    '<draw:text-box fo:min-height="1.4cm">'
    '<text:p text:style-name="LogoText">◆ BJÖRKVALLA KOMMUN</text:p>'
    '<text:p text:style-name="LogoSub">Kultur- och fritidsförvaltningen</text:p>'
    "</draw:text-box></draw:frame></text:p>"
)
for _ in range(6):
    p("", "Body")
p("Policy för samverkan med civilsamhället", "CoverTitle")
p("Tillsammans bygger vi Björkvalla – föreningsliv, kommun och invånare i samverkan", "CoverSub")
for _ in range(8):
    p("", "Body")
p("Antagen av kommunfullmäktige 2023-11-27, § 142", "CoverMeta")
p("Diarienummer KS 2023/0418", "CoverMeta")
p("Gäller 2024–2027", "CoverMeta")
p("Dokumentansvarig: Kultur- och fritidsnämnden", "CoverMeta")

# --------------------------------------------------------------------------
# Contents
# --------------------------------------------------------------------------
p("Innehåll", "TocTitle")
for entry, page in [
    ("Förord", 3),
    ("Varför en policy?", 3),
    ("Våra principer", 4),
    ("Tillsammans", 8),
    ("Så följer vi upp", 8),
    ("Giltighet och revidering", 9),
    ("Kontakt", 9),
    ("Bilaga: Definitioner", 10),
]:
    p_raw(f"{esc(entry)}<text:tab/>{page}", "TocEntry")

# --------------------------------------------------------------------------
# Förord
# --------------------------------------------------------------------------
h("Förord", 1, "H1Break")
p(
    "Björkvalla är en kommun där engagemanget syns överallt – i idrottshallarna, "
    "i bygdegårdarna, i kyrkans samlingslokaler och i de nätverk som stöttar nyanlända. "
    "Det engagemanget vill vi värna."
)
p(
    "Den här policyn ersätter den tidigare lokala överenskommelsen från 2017 och har tagits "
    "fram i dialog med över sextio föreningar under våren 2023. Den beskriver hur kommunen "
    "vill samverka med civilsamhället och vad föreningarna kan förvänta sig av oss."
)
p("Anna-Karin Sjöberg (C)", "Signature")
p("Kommunstyrelsens ordförande", "SignatureRole")
quote(
    "”Föreningslivet är Björkvallas viktigaste mötesplats. Vår uppgift är att ge det utrymme att växa.”",
    "– Anna-Karin Sjöberg, kommunstyrelsens ordförande",
    "Citat1",
)

h("Varför en policy?", 1)
p(
    "Sedan 2008 finns en nationell överenskommelse mellan regeringen, den idéburna sektorn "
    "och Sveriges Kommuner och Regioner. Många kommuner har sedan dess tagit fram lokala "
    "överenskommelser. I Björkvalla tecknades en lokal överenskommelse 2017, men "
    "uppföljningen 2022 visade att få föreningar kände till den."
)
p(
    "Kommunfullmäktige gav därför kommunstyrelsen i uppdrag att ta fram en policy som är "
    "enklare att använda. Målet är att fler invånare ska engagera sig i föreningslivet och "
    "att kommunen ska bli en bättre samarbetspartner."
)
p(
    "Policyn gäller för alla nämnder, förvaltningar och helägda bolag i Björkvalla kommun. "
    "Den omfattar samverkan med ideella föreningar, stiftelser, trossamfund och andra "
    "idéburna organisationer."
)
factbox(
    "FAKTA: Föreningslivet i Björkvalla",
    [
        "214 föreningar är registrerade i kommunens föreningsregister.",
        "Cirka 9 300 invånare är medlemmar i minst en idrottsförening.",
        "38 bygdegårdar och samlingslokaler drivs av föreningar.",
        "Kommunen har fyra idéburet offentliga partnerskap (IOP), bland annat med "
        "Kvinnojouren Linnea och Björkvalla Fritidsgård ideell förening.",
    ],
)

# --------------------------------------------------------------------------
# Principles
# --------------------------------------------------------------------------
h("Våra principer", 1, "H1Break")
PRINCIPLES_SENTENCE = (
    "Policyn bygger på åtta principer: tillit, självständighet och oberoende, dialog, "
    "kvalitet, långsiktighet, öppenhet och insyn, mångfald och jämlikhet samt "
    "barnrättsperspektiv."
)
p(PRINCIPLES_SENTENCE)
p(
    "Sex av principerna bygger på den nationella överenskommelsen. Tillit och "
    "barnrättsperspektiv har lagts till efter önskemål från föreningarna. Under varje "
    "princip beskriver vi vad kommunen ska göra och vad vi vill att föreningarna gör."
)

# Tillit
h("Tillit", 2)
p(
    "Samverkan bygger på att vi litar på varandra. Tillit betyder att kommunen utgår från "
    "att föreningarna vill väl och att kontrollen står i proportion till riskerna.",
    "Lead",
)
commit_list(
    "Kommunen ska:",
    [
        "utforma bidragsregler och uppföljning så att de inte blir mer betungande än nödvändigt",
        "ha en utsedd kontaktperson för föreningsfrågor på varje förvaltning",
        "svara på frågor från föreningar inom fem arbetsdagar",
    ],
    "tillit",
    "public",
)
commit_list(
    "Vi vill att föreningarna:",
    ["hör av sig tidigt till kommunen när något inte fungerar i en samverkan"],
    "tillit",
    "civil_society",
)

# Självständighet
h("Självständighet och oberoende", 2)
p(
    "Föreningarna har en egen roll i samhället. De är inte kommunens utförare utan "
    "självständiga aktörer som bestämmer över sin egen verksamhet.",
    "Lead",
)
commit_list(
    "Kommunen ska:",
    [
        "respektera föreningarnas rätt att själva bestämma över sina mål, sin organisation och sina arbetsformer",
        "aldrig ställa krav på att en förening ska avstå från att granska eller kritisera kommunen för att få stöd",
        "i första hand ge stöd i form av generella verksamhetsbidrag snarare än projektbidrag",
    ],
    "sjalvstandighet_och_oberoende",
    "public",
)
commit_list(
    "Vi vill att föreningarna:",
    ["tydligt skiljer på sin egen opinionsbildning och uppdrag som utförs på kommunens vägnar"],
    "sjalvstandighet_och_oberoende",
    "civil_society",
)
quote(
    "”Vi vill kunna säga vad vi tycker utan att oroa oss för nästa års bidrag.”",
    "– Röst från dialogmötet i Storbyns bygdegård, april 2023",
    "Citat2",
)

# Dialog
h("Dialog", 2, "H2Break")
p(
    "Bra beslut kräver att de som berörs får vara med. Dialogen ska ske tidigt, innan "
    "frågorna är avgjorda.",
    "Lead",
)
commit_list(
    "Kommunen ska:",
    [
        "bjuda in till ett gemensamt föreningsforum minst två gånger per år",
        "involvera berörda föreningar i ett tidigt skede när förändringar i bidragssystem, lokaler eller taxor planeras",
        "återkoppla skriftligt hur synpunkter från föreningarna har tagits om hand",
    ],
    "dialog",
    "public",
)
commit_list(
    "Vi vill att föreningarna:",
    [
        "utser representanter till föreningsforum som kan föra fram medlemmarnas synpunkter",
        "deltar i remissförfaranden som rör föreningslivet",
    ],
    "dialog",
    "civil_society",
)
FORUM_FACT = (
    "Föreningsforum är en mötesplats för kommunens förtroendevalda, tjänstepersoner och "
    "föreningslivet. Forumet hålls på våren och hösten och leds av kultur- och fritidsnämndens ordförande."
)
factbox("Bra att veta: Föreningsforum", [FORUM_FACT])

# Kvalitet
h("Kvalitet", 2)
p(
    "Föreningarna bidrar med kunskap och erfarenheter som kommunen saknar. Kvalitet ska "
    "bedömas utifrån de människor verksamheten finns till för.",
    "Lead",
)
commit_list(
    "Kommunen ska:",
    [
        "ta tillvara föreningarnas kunskap när kommunens verksamheter utvecklas",
        "erbjuda föreningarna kostnadsfria utbildningar i till exempel föreningsekonomi, styrelsearbete och trygghetsfrågor",
    ],
    "kvalitet",
    "public",
)
commit_list(
    "Vi vill att föreningarna:",
    [
        "följer upp sin verksamhet och berättar om resultaten för kommunen",
        "arbetar aktivt för en trygg miljö fri från kränkningar, våld och droger",
    ],
    "kvalitet",
    "civil_society",
)

# Långsiktighet
h("Långsiktighet", 2, "H2Break")
p(
    "Ideellt engagemang tar tid att bygga upp men kan raseras snabbt. Föreningar behöver "
    "kunna planera mer än ett år framåt.",
    "Lead",
)
commit_list(
    "Kommunen ska:",
    [
        "fatta beslut om föreningsbidrag i så god tid att föreningarna kan planera sin verksamhet",
        "i första hand teckna avtal och partnerskap som löper över minst tre år",
        "meddela förändringar i bidragsreglerna senast ett år innan de börjar gälla",
    ],
    "langsiktighet",
    "public",
)

# Öppenhet och insyn
h("Öppenhet och insyn", 2)
p(
    "Offentliga medel ska användas på ett sätt som tål granskning. Samtidigt har "
    "föreningarna rätt att förstå hur kommunen fattar sina beslut.",
    "Lead",
)
commit_list(
    "Kommunen ska:",
    [
        "publicera regler, kriterier och beslut om föreningsbidrag på kommunens webbplats",
        "motivera avslag på ansökningar om bidrag skriftligt",
    ],
    "oppenhet_och_insyn",
    "public",
)
commit_list(
    "Vi vill att föreningarna:",
    [
        "redovisar hur kommunala bidrag har använts",
        "har en demokratisk uppbyggnad med öppna årsmöten och tillgängliga stadgar",
    ],
    "oppenhet_och_insyn",
    "civil_society",
)
quote(
    "”Det ska vara lätt att förstå varför en ansökan beviljas eller inte.”",
    "– Ur föreningarnas synpunkter på remissversionen",
    "Citat3",
)

# Mångfald och jämlikhet
h("Mångfald och jämlikhet", 2, "H2Break")
p(
    "Björkvallas föreningsliv ska spegla befolkningen. Alla ska ha möjlighet att engagera "
    "sig, oavsett bakgrund, funktionsförmåga, kön eller var i kommunen man bor.",
    "Lead",
)
commit_list(
    "Kommunen ska:",
    [
        "ge stöd till nya och små föreningar, även sådana som saknar tidigare erfarenhet av samverkan med kommunen",
        "se till att kommunens föreningslokaler är tillgängliga för personer med funktionsnedsättning",
        "ge likvärdiga förutsättningar till föreningar i kommunens ytterområden och i centralorten",
    ],
    "mangfald",
    "public",
)
commit_list(
    "Vi vill att föreningarna:",
    ["välkomnar nya medlemmar oavsett bakgrund"],
    "mangfald",
    "civil_society",
)

# Barnrättsperspektiv
h("Barnrättsperspektiv", 2)
p(
    "Barnkonventionen är svensk lag sedan 2020. Många av kommunens barn och unga möter "
    "vuxna främst genom föreningslivet.",
    "Lead",
)
commit_list(
    "Kommunen ska:",
    [
        "göra en barnkonsekvensanalys inför beslut som påverkar föreningar med barn- och ungdomsverksamhet",
        "låta barn och unga komma till tals i föreningsforum",
    ],
    "barnrattsperspektiv",
    "public",
)
commit_list(
    "Vi vill att föreningarna:",
    ["begär utdrag ur belastningsregistret för ledare som arbetar med barn"],
    "barnrattsperspektiv",
    "civil_society",
)

# --------------------------------------------------------------------------
# Tillsammans (joint, not under a principle)
# --------------------------------------------------------------------------
h("Tillsammans", 1, "H1Break")
p(
    "En del frågor kan varken kommunen eller föreningarna lösa på egen hand. "
    "Därför har vi också gemensamma åtaganden."
)
commit_list(
    "Tillsammans ska kommunen och föreningarna:",
    [
        "ta fram en gemensam handlingsplan för att underlätta ideellt engagemang",
        "årligen följa upp hur policyn fungerar i praktiken",
    ],
    None,
    "joint",
)

# --------------------------------------------------------------------------
# Uppföljning (table = NOT commitments)
# --------------------------------------------------------------------------
h("Så följer vi upp", 1)
FOLLOW1 = "Uppföljningen samordnas av kultur- och fritidsförvaltningen."
FOLLOW2 = "Resultatet redovisas i kommunstyrelsens årsrapport."
p(f"{FOLLOW1} {FOLLOW2} Tabellen visar vad som följs upp och när.")

rows = [
    ("Vad följer vi upp?", "Hur?", "När?", "Ansvarig"),
    ("Föreningarnas upplevelse av samverkan", "Enkät till alla registrerade föreningar",
     "Vartannat år, nästa gång hösten 2024", "Kultur- och fritidsförvaltningen"),
    ("Antal dialogtillfällen och deltagare", "Sammanställning av föreningsforum",
     "Årligen", "Kultur- och fritidsförvaltningen"),
    ("Handläggningstider för bidrag", "Uttag ur bidragssystemet", "Årligen",
     "Servicecenter"),
    ("Barnkonsekvensanalyser", "Granskning av nämndernas beslut", "Årligen",
     "Kommunledningskontoret"),
    ("Hela policyn", "Utvärdering tillsammans med föreningsforum", "2027",
     "Kommunstyrelsen"),
]
t = ['<table:table table:name="Uppfoljning" table:style-name="TblFollow">',
     '<table:table-column table:style-name="TblFollow.A"/>',
     '<table:table-column table:style-name="TblFollow.B"/>',
     '<table:table-column table:style-name="TblFollow.C"/>',
     '<table:table-column table:style-name="TblFollow.D"/>']
for i, r in enumerate(rows):
    cell_style = "CellHead" if i == 0 else ("CellOdd" if i % 2 else "CellEven")
    para = "TblHead" if i == 0 else "TblText"
    if i == 0:
        t.append("<table:table-header-rows>")
    t.append("<table:table-row>")
    for c in r:
        t.append(
            f'<table:table-cell table:style-name="{cell_style}" office:value-type="string">'
            f'<text:p text:style-name="{para}">{esc(c)}</text:p></table:table-cell>'
        )
    t.append("</table:table-row>")
    if i == 0:
        t.append("</table:table-header-rows>")
t.append("</table:table>")
body.append("".join(t))
p("", "Body")

# --------------------------------------------------------------------------
# Giltighet, beslut, kontakt
# --------------------------------------------------------------------------
h("Giltighet och revidering", 1, "H1Break")
VALID = "Policyn gäller från den 1 januari 2024 till och med den 31 december 2027."
REVISE = "Den ska revideras senast under 2027, i dialog med föreningslivet."
p(f"{VALID} {REVISE}")
p(
    "Policyn ersätter Lokal överenskommelse mellan Björkvalla kommun och föreningslivet "
    "(KF 2017-03-20, § 31)."
)
factbox(
    "Beslut",
    [
        "Antagen av kommunfullmäktige 2023-11-27, § 142",
        "Beredd av kultur- och fritidsnämnden 2023-09-14, § 61, och kommunstyrelsen 2023-10-30, § 203",
    ],
)

h("Kontakt", 1)
p(
    "Har du frågor om policyn? Kontakta föreningsutvecklare Johan Eklund, kultur- och "
    "fritidsförvaltningen, telefon 0573-43 20 15, e-post foreningsliv@bjorkvalla.se."
)
p("Björkvalla kommun, Storgatan 12, 672 80 Björkvalla, www.bjorkvalla.se")

# --------------------------------------------------------------------------
# Appendix
# --------------------------------------------------------------------------
h("Bilaga: Definitioner", 1, "H1Break")
p("Här förklarar vi några ord som används i policyn.")
DEFS = [
    ("Civilsamhälle", "En arena, skild från staten, marknaden och det enskilda hushållet, där "
     "människor, grupper och organisationer agerar tillsammans för gemensamma intressen."),
    ("Idéburen organisation", "En organisation som har ett samhällsnyttigt syfte, drivs utan "
     "vinstintresse och är fristående från det offentliga. Hit räknas till exempel ideella "
     "föreningar, stiftelser, trossamfund och ekonomiska föreningar som återinvesterar sitt överskott."),
    ("Förening", "I policyn används ordet förening som ett samlingsnamn för alla idéburna "
     "organisationer, även sådana som formellt är stiftelser eller trossamfund."),
    ("IOP", "Idéburet offentligt partnerskap. En samverkansform där kommunen och en idéburen "
     "organisation tillsammans finansierar och utvecklar en verksamhet utan att det räknas som en upphandling."),
    ("Barnkonsekvensanalys", "En analys av hur ett beslut påverkar barn, där barnets bästa sätts "
     "i främsta rummet."),
]
for term, d in DEFS:
    p(term, "DefTerm")
    p(d, "DefText")

# --------------------------------------------------------------------------
# Flat ODF document
# --------------------------------------------------------------------------
GREEN = "#1f5f3f"
LIGHT = "#e4f1e8"
SAND = "#f5ead2"

FODT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Policy för samverkan med civilsamhället</dc:title><meta:initial-creator>Björkvalla kommun</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.22cm" fo:line-height="125%"/>
 </style:style>
 <style:style style:name="Lead" style:family="paragraph" style:parent-style-name="Body">
  <style:text-properties fo:font-style="italic" fo:font-size="11pt" fo:color="#333333"/>
 </style:style>
 <style:style style:name="H1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="{GREEN}"/>
 </style:style>
 <style:style style:name="H1Break" style:family="paragraph" style:parent-style-name="H1">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="H2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2" style:class="text">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always" fo:padding-bottom="0.08cm" fo:border-bottom="1.2pt solid {GREEN}"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="{GREEN}"/>
 </style:style>
 <style:style style:name="H2Break" style:family="paragraph" style:parent-style-name="H2">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="ListLead" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.08cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" fo:color="{GREEN}"/>
 </style:style>
 <style:style style:name="ListPara" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-bottom="0.08cm"/>
 </style:style>
 <style:style style:name="FactTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:background-color="{GREEN}" fo:padding="0.18cm" fo:border="0.5pt solid {GREEN}" fo:margin-top="0.3cm" fo:keep-with-next="always" style:join-border="false"/>
  <style:text-properties fo:font-weight="bold" fo:color="#ffffff" fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="FactBody" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:background-color="{LIGHT}" fo:padding="0.18cm" fo:border-left="0.5pt solid {GREEN}" fo:border-right="0.5pt solid {GREEN}" fo:border-bottom="0.5pt solid {GREEN}" fo:border-top="none" fo:line-height="125%"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="QuoteAnchor" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="QuoteText" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="15pt" fo:font-style="italic" fo:color="{GREEN}"/>
 </style:style>
 <style:style style:name="QuoteWho" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="9pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="LogoText" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="16pt" fo:font-weight="bold" fo:color="#ffffff" fo:letter-spacing="0.05cm"/>
 </style:style>
 <style:style style:name="LogoSub" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9pt" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="CoverTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-size="30pt" fo:font-weight="bold" fo:color="{GREEN}"/>
 </style:style>
 <style:style style:name="CoverSub" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="14pt" fo:color="#444444"/>
 </style:style>
 <style:style style:name="CoverMeta" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="10pt" fo:color="#444444"/>
 </style:style>
 <style:style style:name="TocTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.4cm" fo:break-before="page"/>
  <style:text-properties fo:font-size="18pt" fo:font-weight="bold" fo:color="{GREEN}"/>
 </style:style>
 <style:style style:name="TocEntry" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.15cm">
   <style:tab-stops><style:tab-stop style:position="12cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Signature" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm"/>
  <style:text-properties fo:font-style="italic" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="SignatureRole" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="TblHead" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-weight="bold" fo:color="#ffffff" fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="TblText" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="DefTerm" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" fo:color="{GREEN}"/>
 </style:style>
 <style:style style:name="DefText" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-left="0.6cm"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="8.5pt" fo:color="#666666"/>
 </style:style>
 <style:style style:name="Frame" style:family="graphic">
  <style:graphic-properties text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:vertical-pos="top" style:vertical-rel="paragraph-content" style:horizontal-pos="center" style:horizontal-rel="paragraph-content"/>
 </style:style>
 <text:list-style style:name="LBullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/>
   </style:list-level-properties>
   <style:text-properties fo:color="{GREEN}"/>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pmCover">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm" fo:background-color="#f4f8f5"/>
 </style:page-layout>
 <style:page-layout style:name="pmBody">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.4cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="PCover" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Cover"/>
 <style:style style:name="frLogo" style:family="graphic" style:parent-style-name="Frame">
  <style:graphic-properties style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="left" style:horizontal-rel="paragraph" fo:background-color="{GREEN}" draw:fill="solid" draw:fill-color="{GREEN}" fo:padding="0.3cm" fo:border="none"/>
 </style:style>
 <style:style style:name="frQuote" style:family="graphic" style:parent-style-name="Frame">
  <style:graphic-properties style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph" fo:background-color="{SAND}" draw:fill="solid" draw:fill-color="{SAND}" fo:padding="0.35cm" fo:border-left="4pt solid {GREEN}" fo:border-right="none" fo:border-top="none" fo:border-bottom="none"/>
 </style:style>
 <style:style style:name="TblFollow" style:family="table">
  <style:table-properties style:width="16.6cm" table:align="margins" fo:margin-top="0.2cm"/>
 </style:style>
 <style:style style:name="TblFollow.A" style:family="table-column"><style:table-column-properties style:column-width="4.0cm"/></style:style>
 <style:style style:name="TblFollow.B" style:family="table-column"><style:table-column-properties style:column-width="4.8cm"/></style:style>
 <style:style style:name="TblFollow.C" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
 <style:style style:name="TblFollow.D" style:family="table-column"><style:table-column-properties style:column-width="4.4cm"/></style:style>
 <style:style style:name="CellHead" style:family="table-cell"><style:table-cell-properties fo:background-color="{GREEN}" fo:padding="0.12cm" fo:border="0.5pt solid {GREEN}"/></style:style>
 <style:style style:name="CellOdd" style:family="table-cell"><style:table-cell-properties fo:background-color="{LIGHT}" fo:padding="0.12cm" fo:border="0.5pt solid #9fc4ac"/></style:style>
 <style:style style:name="CellEven" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffffff" fo:padding="0.12cm" fo:border="0.5pt solid #9fc4ac"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Cover" style:page-layout-name="pmCover" style:next-style-name="Standard"/>
 <style:master-page style:name="Standard" style:page-layout-name="pmBody">
  <style:footer><text:p text:style-name="Footer">Björkvalla kommun · Policy för samverkan med civilsamhället · Sida <text:page-number text:select-page="current">2</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body>
</office:document>
"""


def build_pdf():
    with tempfile.TemporaryDirectory() as tmp:
        fodt = os.path.join(tmp, STEM + ".fodt")
        with open(fodt, "w", encoding="utf-8") as f:
            f.write(FODT)
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, fodt],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        shutil.copy(os.path.join(tmp, STEM + ".pdf"), os.path.join(HERE, STEM + ".pdf"))


def c(prefix):
    """Return commitment texts starting with prefix (sanity helper)."""
    hits = [x["text"] for x in commitments if x["text"].startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]


L = LAYOUT
questions = [
    {
        "id": f"{L}-q1",
        "question": "Vad lovar Bjorkvalla kommun foreningarna nar det galler sjalvstandighet?",
        "language": "sv",
        "answerable": True,
        "gold": [c("respektera föreningarnas rätt"), c("aldrig ställa krav"), c("i första hand ge stöd")],
        "must_mention": ["rätt att själva bestämma", "granska eller kritisera kommunen", "generella verksamhetsbidrag"],
    },
    {
        "id": f"{L}-q2",
        "question": "När antogs Björkvalla kommuns policy för samverkan med civilsamhället och vem beslutade?",
        "language": "sv",
        "answerable": True,
        "gold": ["Antagen av kommunfullmäktige 2023-11-27, § 142"],
        "must_mention": ["kommunfullmäktige", "2023-11-27"],
    },
    {
        "id": f"{L}-q3",
        "question": "hur lange galler foreningspolicyn i bjorkvalla",
        "language": "sv",
        "answerable": True,
        "gold": [VALID, REVISE],
        "must_mention": ["1 januari 2024", "31 december 2027"],
    },
    {
        "id": f"{L}-q4",
        "question": "Hur följs Björkvallas policy för samverkan med civilsamhället upp, och vem ansvarar för uppföljningen?",
        "language": "sv",
        "answerable": True,
        "gold": [FOLLOW1, FOLLOW2, "Enkät till alla registrerade föreningar", "Utvärdering tillsammans med föreningsforum"],
        "must_mention": ["kultur- och fritidsförvaltningen", "kommunstyrelsens årsrapport"],
    },
    {
        "id": f"{L}-q5",
        "question": "How does Björkvalla municipality define an 'idéburen organisation' in its civil society policy?",
        "language": "en",
        "answerable": True,
        "gold": [
            "En organisation som har ett samhällsnyttigt syfte, drivs utan vinstintresse och är fristående från det offentliga.",
            "Hit räknas till exempel ideella föreningar, stiftelser, trossamfund och ekonomiska föreningar som återinvesterar sitt överskott.",
        ],
        "must_mention": ["samhällsnyttigt syfte", "utan vinstintresse", "fristående från det offentliga"],
    },
    {
        "id": f"{L}-q6",
        "question": "Hur ofta har Bjorkvalla kommun dialog med foreningarna och vad forvantas av oss foreningar i dialogen?",
        "language": "sv",
        "answerable": True,
        "gold": [
            c("bjuda in till ett gemensamt föreningsforum"),
            "Forumet hålls på våren och hösten och leds av kultur- och fritidsnämndens ordförande.",
            c("utser representanter till föreningsforum"),
            c("deltar i remissförfaranden"),
        ],
        "must_mention": ["minst två gånger per år", "föreningsforum", "remissförfaranden"],
    },
    {
        "id": f"{L}-q7",
        "question": "Gäller Björkvallas föreningspolicy även för de kommunala bolagen?",
        "language": "sv",
        "answerable": True,
        "gold": ["Policyn gäller för alla nämnder, förvaltningar och helägda bolag i Björkvalla kommun."],
        "must_mention": ["helägda bolag"],
    },
    {
        "id": f"{L}-q8",
        "question": "hur manga principer har bjorkvalla kommuns policy och vilka ar de?",
        "language": "sv",
        "answerable": True,
        "gold": [
            PRINCIPLES_SENTENCE,
            "Tillit och barnrättsperspektiv har lagts till efter önskemål från föreningarna.",
        ],
        "must_mention": ["åtta principer", "tillit", "barnrättsperspektiv"],
    },
    {
        "id": f"{L}-q9",
        "question": "Hur mycket pengar delar Bjorkvalla kommun ut i foreningsbidrag varje ar?",
        "language": "sv",
        "answerable": False,
        "gold": [],
        "must_mention": [],
    },
    {
        "id": f"{L}-q10",
        "question": "What is the deadline for applying for the annual activity grant in Björkvalla?",
        "language": "en",
        "answerable": False,
        "gold": [],
        "must_mention": [],
    },
]

expected = {
    "file": STEM + ".pdf",
    "layout": LAYOUT,
    "description": (
        "Brochure-style municipal policy (PDF from LibreOffice flat ODF): cover page with a "
        "logo frame and no footer, static table of contents, coloured fact boxes, full-width "
        "pull-quote frames, unnumbered principle headings with 'Kommunen ska:' and "
        "'Vi vill att föreningarna:' bullet lists, a joint list outside the principles, a "
        "follow-up table that is not commitments, footer with page numbers, appendix with definitions."
    ),
    "metadata": {
        "doc_id": "bjorkvalla",
        "title": "Policy för samverkan med civilsamhället",
        "place": "Björkvalla",
        "organisation": "Björkvalla kommun",
        "kind": "policy",
        "date": "2023-11-27",
        "body": "kommunfullmäktige",
    },
    "commitments": commitments,
    "questions": questions,
}

if __name__ == "__main__":
    build_pdf()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(commitments)} commitments, {len(questions)} questions")
