#!/usr/bin/env python3
"""Generate vindeskog_lokal_overenskommelse_foreningslivet.fodt / .pdf and expected.json.

Vindeskogs kommun (fictional): a "lokal överenskommelse" with the local sports
and culture associations, written as a LibreOffice flat ODT and exported to
PDF with soffice. The text is organised by THEMES of cooperation
("Mötesplatser och lokaler", "Ekonomiskt stöd", "Kommunikation",
"Inkludering", "Uppföljning och utveckling"), not by principle: the national
principles appear only as one sentence in the preamble, so every commitment
has principle null. Commitments are first-person plural with a party
qualifier ("Vi på kommunen kommer att …", "Vi i föreningarna ska …", "Vi som
förening åtar oss …", "Vi – kommunen och föreningarna tillsammans – ska …"),
mixed with plain "vi" sentences that describe or wish (not commitments), and
borderless two-column boxes "Kommunen gör" | "Föreningarna gör" with bullet
items in each cell. Running header with the municipality name, footer
"Sida N", a shaded fact box on page 1 and a signature page.

Run: python3 make.py   (needs soffice; pdftotext only for the self-check)
"""
import json
import os
import re
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "vindeskog_lokal_overenskommelse_foreningslivet"
FODT = os.path.join(HERE, BASE + ".fodt")
PDF = os.path.join(HERE, BASE + ".pdf")
LAYOUT = "c5_pdf_themes_we"
PUB, CS, JT = "public", "civil_society", "joint"

TITLE = "Lokal överenskommelse mellan Vindeskogs kommun och idrotts- och kulturföreningarna i Vindeskog"
SUBTITLE = "Så samverkar vi för ett starkt föreningsliv 2025–2028"

FACTS = [
    ("Parter", "Vindeskogs kommun och de idrotts- och kulturföreningar som har anslutit sig till "
               "överenskommelsen genom Vindeskogs föreningsråd"),
    ("Beslut", "Antagen av kommunfullmäktige 2025-02-24, § 18"),
    ("Giltighetstid", "2025-04-01 – 2028-12-31"),
    ("Diarienummer", "KS 2024/388"),
    ("Ansvarig förvaltning", "Kultur- och fritidsförvaltningen"),
    ("Kontakt", "Johanna Ek, föreningsutvecklare, foreningsutveckling@vindeskog.se"),
]

# Blocks: ("h", heading) | ("p", [(sentence, party or None), ...]) |
#         ("box", caption, [kommunen items], [föreningarna items])
BODY = [
    ("h", "1 Varför en lokal överenskommelse?"),
    ("p", [
        ("Vindeskog har ett rikt och livaktigt föreningsliv.", None),
        ("I kommunen finns i dag drygt 140 registrerade föreningar, varav ungefär 60 idrottsföreningar "
         "och 35 kultur- och hembygdsföreningar.", None),
        ("Tillsammans har de mer än 9 000 medlemmar och omkring 1 200 ideella ledare.", None),
    ]),
    ("p", [
        ("Arbetet med överenskommelsen inleddes hösten 2023 efter en motion i kommunfullmäktige.", None),
        ("Under 2024 har vi träffats vid fyra dialogkvällar i Folkets hus, i Norrbyns bygdegård och i "
         "Vindeskogshallen.", None),
        ("Drygt 70 föreningar deltog i samtalen, och från kommunen medverkade både tjänstepersoner och "
         "förtroendevalda.", None),
    ]),
    ("p", [
        ("Vi vet att det ideella engagemanget inte kan tas för givet.", None),
        ("Många föreningar berättar att det har blivit svårare att hitta ledare och styrelseledamöter, "
         "och att administrationen kring bidrag och lokalbokning tar tid från själva verksamheten.", None),
        ("Vi vill därför att överenskommelsen ska göra det enklare att vara förening i Vindeskog.", None),
    ]),
    ("h", "2 Utgångspunkter"),
    ("p", [
        ("Överenskommelsen vilar på samma principer som den nationella överenskommelsen mellan regeringen, "
         "idéburna organisationer och Sveriges Kommuner och Regioner: självständighet och oberoende, "
         "dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald.", None),
        ("Vi har ändå valt att inte ordna texten efter principerna.", None),
        ("I stället beskriver vi fem områden där kommunen och föreningarna möts i vardagen, och under "
         "varje område vad vi var för sig och tillsammans tar på oss att göra.", None),
    ]),
    ("p", [
        ("Överenskommelsen är inte ett juridiskt bindande avtal.", None),
        ("Den ersätter varken kommunens bidragsregler eller föreningarnas stadgar, och den inskränker inte "
         "föreningarnas rätt att driva egna frågor eller att granska och kritisera kommunen.", None),
    ]),
    ("p", [
        ("Med föreningar menas här idrotts-, kultur-, hembygds- och fritidsföreningar som finns i "
         "kommunens föreningsregister.", None),
        ("Med kommunen menas kommunstyrelsen samt kommunens nämnder och förvaltningar.", None),
    ]),

    ("h", "3 Mötesplatser och lokaler"),
    ("p", [
        ("Tillgången till lokaler och anläggningar var den fråga som oftast kom upp under dialogkvällarna.", None),
        ("Kommunen har i dag tre idrottshallar, två konstgräsplaner, en ishall och ett tjugotal "
         "samlingslokaler som kommunen äger eller hyr.", None),
        ("Vi vet att flera föreningar har haft svårt att få tider i Vindeskogshallen under vintersäsongen, "
         "och vi skulle gärna se att fler av skolornas lokaler användes på kvällar och helger.", None),
    ]),
    ("p", [
        ("Vi på kommunen kommer att låta föreningar med barn- och ungdomsverksamhet hyra kommunens "
         "idrottshallar och samlingslokaler utan avgift för aktiviteter där deltagarna är under 20 år.", PUB),
        ("Vi på kommunen kommer att hålla taxorna för föreningarnas lokalhyror oförändrade till och med "
         "2026.", PUB),
        ("Vi i föreningarna ska lämna tillbaka tider som vi inte använder senast två veckor i förväg, så "
         "att andra föreningar kan ta över dem.", CS),
    ]),
    ("box", "Så delar vi på ansvaret för lokalerna", [
        "fördelar säsongstider i idrottshallarna vid ett gemensamt fördelningsmöte i maj varje år",
        "öppnar gymnastiksalar och matsalar på minst två skolor för föreningsbokning kvällar och helger",
        "inför ett digitalt bokningssystem där föreningarna själva kan se lediga tider och boka dem",
    ], [
        "utser en lokalansvarig person som kommunen kan kontakta",
        "lämnar lokalerna i samma skick som vid ankomsten och rapporterar skador samma dag",
        "öppnar sina egna klubbstugor och bygdegårdar för andra föreningars aktiviteter när det är möjligt",
    ]),
    ("p", [
        ("Idrottsparken vid Kvarnån är kommunens äldsta anläggning och behöver rustas upp.", None),
        ("Vi – kommunen och föreningarna tillsammans – ska före utgången av 2026 ta fram en plan för hur "
         "Idrottsparken ska utvecklas till en mötesplats för både idrott och kultur.", JT),
    ]),

    ("h", "4 Ekonomiskt stöd"),
    ("p", [
        ("Kommunens bidrag till föreningslivet uppgår 2025 till sammanlagt 6,4 miljoner kronor, fördelat på "
         "aktivitetsstöd, lokalbidrag, kulturbidrag och arrangemangsbidrag.", None),
        ("Till det kommer det indirekta stödet i form av subventionerade lokalhyror.", None),
        ("Under dialogen har vi hört att bidragssystemet upplevs som svåröverskådligt och att beslut "
         "ibland kommer för sent för att föreningarna ska kunna planera.", None),
    ]),
    ("p", [
        ("Vi på kommunen kommer att betala ut aktivitetsstödet två gånger per år, senast den 31 mars och "
         "den 30 september.", PUB),
        ("Vi på kommunen kommer att fatta beslut om kultur- och arrangemangsbidrag inom sex veckor från det "
         "att en fullständig ansökan har kommit in.", PUB),
        ("Vi på kultur- och fritidsförvaltningen kommer att se över bidragsreglerna under 2025 tillsammans "
         "med föreningsrådet, med målet att minska antalet bidragsformer och förenkla ansökan.", PUB),
    ]),
    ("p", [
        ("Vi som förening åtar oss att använda bidragen till det ändamål de har beviljats för och att "
         "redovisa hur de har använts.", CS),
        ("Vi som förening åtar oss också att lämna korrekta uppgifter om medlemmar och "
         "deltagartillfällen när vi söker aktivitetsstöd.", CS),
        ("Vi i föreningarna hoppas att kommunen på sikt kan erbjuda fleråriga verksamhetsbidrag till "
         "föreningar med stor barn- och ungdomsverksamhet.", None),
        ("Vi önskar också att fler föreningar söker de bidrag som finns; i dag söker bara ungefär hälften "
         "av de bidragsberättigade föreningarna kulturbidrag.", None),
    ]),
    ("box", "Det här gör vi för att bidragen ska fungera", [
        "publicerar bidragsreglerna och årets ansökningsdatum på kommunens webbplats i januari",
        "ordnar en bidragsträff varje höst där föreningarna får hjälp med sina ansökningar",
    ], [
        "skickar in verksamhetsberättelse, årsmötesprotokoll och ekonomisk redovisning senast den "
        "30 april varje år",
        "meddelar kommunen när föreningen byter ordförande, kassör eller kontaktuppgifter",
    ]),

    ("h", "5 Kommunikation"),
    ("p", [
        ("Både kommunen och föreningarna har beskrivit att informationen mellan oss ofta går via enskilda "
         "personer och försvinner när någon slutar.", None),
        ("Vi vill att kontakten ska bli mindre sårbar.", None),
        ("Vi har i dag ingen gemensam kalender för evenemang i kommunen, och flera föreningar har "
         "efterfrågat en sådan.", None),
    ]),
    ("p", [
        ("Vi på kommunen kommer att ge varje förening en namngiven kontaktperson på kultur- och "
         "fritidsförvaltningen.", PUB),
        ("Vi på kommunen kommer att skicka ut ett digitalt föreningsbrev minst sex gånger per år med "
         "nyheter om bidrag, lokaler, utbildningar och politiska beslut som berör föreningslivet.", PUB),
        ("Vi på kommunen kommer att informera föreningsrådet senast fyra veckor innan ett ärende som rör "
         "föreningslivet behandlas i kultur- och fritidsnämnden.", PUB),
        ("Vi på kommunen ser positivt på att föreningarna lägger in sina arrangemang i evenemangskalendern "
         "på kommunens webbplats.", None),
    ]),
    ("p", [
        ("Vi i föreningarna ska hålla våra kontaktuppgifter i kommunens föreningsregister aktuella.", CS),
        ("Vi i föreningarna ska sprida föreningsbrevet och kommunens inbjudningar vidare till våra "
         "medlemmar och ledare.", CS),
    ]),
    ("p", [
        ("Vi – kommunen och föreningarna tillsammans – ska genomföra ett föreningsforum två gånger per år, "
         "ett på våren och ett på hösten, där vi följer hur överenskommelsen fungerar och tar upp aktuella "
         "frågor.", JT),
        ("Forumet är öppet för alla föreningar i registret, och förtroendevalda från kultur- och "
         "fritidsnämnden brukar delta.", None),
    ]),

    ("h", "6 Inkludering"),
    ("p", [
        ("Vindeskog har blivit en mer mångkulturell kommun under de senaste tjugo åren.", None),
        ("Ungefär var sjätte invånare är född utanför Sverige, och i Norrbyn och på Söder deltar betydligt "
         "färre barn i föreningsaktiviteter än i resten av kommunen.", None),
        ("Vi vill att alla barn och unga, oavsett bakgrund, kön, funktionsförmåga eller familjens ekonomi, "
         "ska kunna vara med i föreningslivet.", None),
    ]),
    ("p", [
        ("Vi på kommunen kommer att avsätta 300 000 kronor per år till ett inkluderingsstöd som "
         "föreningarna kan söka för att nå nya målgrupper.", PUB),
        ("Vi på kommunen kommer att prioritera tillgänglighetsåtgärder när kommunens idrotts- och "
         "kulturlokaler renoveras.", PUB),
        ("Vi som förening åtar oss att ha en värdegrund eller en likabehandlingsplan som är antagen av "
         "styrelsen och känd av våra ledare.", CS),
        ("Vi i föreningarna ska se till att avgifter inte hindrar barn och unga från att delta, till "
         "exempel genom syskonrabatt, utlåning av utrustning eller nedsatt avgift.", CS),
    ]),
    ("box", "Så arbetar vi för att fler ska kunna vara med", [
        "erbjuder föreningarna kostnadsfri utbildning i tillgänglighet och inkluderande ledarskap",
        "ordnar tolk eller översatt information till föräldramöten när en förening begär det",
    ], [
        "utser en kontaktperson för inkluderingsfrågor i styrelsen",
        "tar emot deltagare från kommunens sommarlovsaktiviteter som vill prova på verksamheten",
    ]),
    ("p", [
        ("Vi – kommunen och föreningarna tillsammans – ska genomföra minst två prova-på-dagar per år i "
         "Norrbyn och på Söder.", JT),
        ("Vi skulle gärna se fler kvinnor och tjejer som ledare och domare i idrottsföreningarna.", None),
    ]),

    ("h", "7 Uppföljning och utveckling"),
    ("p", [
        ("En överenskommelse får betydelse först när den används.", None),
        ("Vi räknar med att behöva justera arbetssätten under perioden, när vi har lärt oss mer om vad som "
         "fungerar.", None),
    ]),
    ("p", [
        ("Vi – kommunen och föreningarna tillsammans – ska varje år vid höstens föreningsforum gå igenom hur "
         "åtagandena i överenskommelsen har uppfyllts.", JT),
        ("Vi på kommunen kommer att sammanställa en skriftlig uppföljning som redovisas för kultur- och "
         "fritidsnämnden senast i februari året därpå.", PUB),
        ("Vi i Vindeskogs föreningsråd ska samla in föreningarnas synpunkter inför uppföljningen och "
         "presentera dem vid forumet.", CS),
        ("Vi – kommunen och föreningarna tillsammans – ska påbörja arbetet med en reviderad överenskommelse "
         "senast under våren 2028.", JT),
    ]),

    ("h", "8 Beslut och giltighet"),
    ("p", [
        ("Överenskommelsen antogs av kommunfullmäktige i Vindeskogs kommun den 24 februari 2025, § 18, och "
         "av Vindeskogs föreningsråd vid rådets årsmöte den 15 mars 2025.", None),
        ("Den gäller från den 1 april 2025 till och med den 31 december 2028.", None),
    ]),
    ("p", [
        ("En förening som finns i kommunens föreningsregister kan ansluta sig till överenskommelsen genom "
         "ett styrelsebeslut som anmäls till kultur- och fritidsförvaltningen.", None),
        ("En förteckning över anslutna föreningar finns på kommunens webbplats.", None),
    ]),
]

SIGN = [
    ("För Vindeskogs kommun", [("Anders Gunnarsson (C)", "kommunstyrelsens ordförande"),
                               ("Leila Haddad (S)", "ordförande i kultur- och fritidsnämnden")]),
    ("För föreningarna", [("Kerstin Moberg", "ordförande, Vindeskogs föreningsråd"),
                          ("Tobias Wennerlund", "ordförande, Vindeskogs IF"),
                          ("Amira Saleh", "ordförande, Kulturföreningen Glöden")]),
]

# ----------------------------------------------------------------- FODT
HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta>
 <dc:title>{title}</dc:title>
 <meta:initial-creator>Kultur- och fritidsförvaltningen, Vindeskogs kommun</meta:initial-creator>
 <dc:language>sv-SE</dc:language>
</office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.21cm" fo:line-height="125%" fo:text-align="start"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="1.2cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="22pt" fo:font-weight="bold" fo:color="#1f4e5f"/>
 </style:style>
 <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.7cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-style="italic" fo:color="#3a6b7c"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text">
  <style:paragraph-properties fo:margin-top="0.55cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt" fo:font-weight="bold" fo:color="#1f4e5f"/>
 </style:style>
 <style:style style:name="Box_20_Caption" style:display-name="Box Caption" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:font-style="italic" fo:color="#3a6b7c"/>
 </style:style>
 <style:style style:name="Box_20_Head" style:display-name="Box Head" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.1cm" fo:padding-bottom="0.05cm" fo:border-bottom="0.75pt solid #3a6b7c" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:font-weight="bold" fo:color="#1f4e5f"/>
 </style:style>
 <style:style style:name="Box_20_Item" style:display-name="Box Item" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.12cm" fo:line-height="115%"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Fact_20_Head" style:display-name="Fact Head" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.15cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold" fo:color="#1f4e5f"/>
 </style:style>
 <style:style style:name="Fact_20_Line" style:display-name="Fact Line" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.05cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:padding-bottom="0.1cm" fo:border-bottom="0.5pt solid #8aa9b4">
   <style:tab-stops><style:tab-stop style:position="16.6cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#3a6b7c"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="Bullets">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.45cm" fo:margin-left="0.5cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="FactTable" style:family="table">
  <style:table-properties style:width="16.6cm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.5cm"/>
 </style:style>
 <style:style style:name="FactCell" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#e3edf1" fo:padding="0.35cm" fo:border-left="2.5pt solid #3a6b7c" fo:border-right="none" fo:border-top="none" fo:border-bottom="none"/>
 </style:style>
 <style:style style:name="BoxTable" style:family="table">
  <style:table-properties style:width="16.6cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.4cm"/>
 </style:style>
 <style:style style:name="BoxCol" style:family="table-column"><style:table-column-properties style:column-width="8.3cm"/></style:style>
 <style:style style:name="BoxCell" style:family="table-cell">
  <style:table-cell-properties fo:padding-left="0.1cm" fo:padding-right="0.45cm" fo:padding-top="0.05cm" fo:padding-bottom="0.05cm" fo:border="none"/>
 </style:style>
 <style:style style:name="SignTable" style:family="table">
  <style:table-properties style:width="16.6cm" table:align="left" fo:margin-top="0.6cm"/>
 </style:style>
 <style:style style:name="SignCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.1cm" fo:border="none"/>
 </style:style>
 <style:style style:name="PBreak" style:family="paragraph" style:parent-style-name="Heading_20_1">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.4cm" fo:margin-bottom="1.4cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">Vindeskogs kommun<text:tab/>Lokal överenskommelse med föreningslivet 2025–2028</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Sida <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body>
<office:text>
"""


def p(style, txt):
    return f'<text:p text:style-name="{style}">{escape(txt)}</text:p>\n'


def bullets(items):
    out = '<text:list text:style-name="Bullets">\n'
    for it in items:
        out += f'<text:list-item><text:p text:style-name="Box_20_Item">{escape(it)}</text:p></text:list-item>\n'
    return out + "</text:list>\n"


def build_fodt():
    x = [HEAD.format(title=escape(TITLE))]
    x.append(p("Title", TITLE))
    x.append(p("Subtitle", SUBTITLE))
    # shaded fact box
    x.append('<table:table table:name="Fakta" table:style-name="FactTable">'
             '<table:table-column/><table:table-row><table:table-cell table:style-name="FactCell" '
             'office:value-type="string">\n')
    x.append(p("Fact_20_Head", "Kort om överenskommelsen"))
    for k, v in FACTS:
        x.append(f'<text:p text:style-name="Fact_20_Line"><text:span text:style-name="Strong">'
                 f'{escape(k)}:</text:span> {escape(v)}</text:p>\n')
    x.append("</table:table-cell></table:table-row></table:table>\n")
    nbox = 0
    for blk in BODY:
        if blk[0] == "h":
            x.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{escape(blk[1])}</text:h>\n')
        elif blk[0] == "p":
            x.append(p("Text_20_body", " ".join(s for s, _ in blk[1])))
        elif blk[0] == "box":
            nbox += 1
            _, cap, left, right = blk
            x.append(p("Box_20_Caption", cap))
            x.append(f'<table:table table:name="Ansvar{nbox}" table:style-name="BoxTable">'
                     '<table:table-column table:style-name="BoxCol" table:number-columns-repeated="2"/>\n')
            x.append('<table:table-header-rows><table:table-row>'
                     '<table:table-cell table:style-name="BoxCell" office:value-type="string">'
                     + p("Box_20_Head", "Kommunen gör") + '</table:table-cell>'
                     '<table:table-cell table:style-name="BoxCell" office:value-type="string">'
                     + p("Box_20_Head", "Föreningarna gör") + '</table:table-cell>'
                     '</table:table-row></table:table-header-rows>\n')
            x.append('<table:table-row><table:table-cell table:style-name="BoxCell" office:value-type="string">'
                     + bullets(left) + '</table:table-cell>'
                     '<table:table-cell table:style-name="BoxCell" office:value-type="string">'
                     + bullets(right) + '</table:table-cell></table:table-row></table:table>\n')
    # signature page
    x.append('<text:h text:style-name="PBreak" text:outline-level="1">Underskrifter</text:h>\n')
    x.append(p("Text_20_body", "Denna överenskommelse har upprättats i två likalydande exemplar, av vilka "
                               "kommunen och Vindeskogs föreningsråd har tagit var sitt."))
    x.append(p("Text_20_body", "Vindeskog den 1 april 2025"))
    x.append('<table:table table:name="Underskrifter" table:style-name="SignTable">'
             '<table:table-column table:style-name="BoxCol" table:number-columns-repeated="2"/>'
             '<table:table-row>\n')
    for party, people in SIGN:
        x.append('<table:table-cell table:style-name="SignCell" office:value-type="string">')
        x.append(f'<text:p text:style-name="Sign"><text:span text:style-name="Strong">{escape(party)}'
                 '</text:span></text:p>')
        for name, role in people:
            x.append(p("Sign", ""))
            x.append(p("Sign", ""))
            x.append(p("Sign", "……………………………………………"))
            x.append(p("Sign", name))
            x.append(p("Sign", role))
        x.append("</table:table-cell>\n")
    x.append("</table:table-row></table:table>\n")
    x.append("</office:text>\n</office:body>\n</office:document>\n")
    with open(FODT, "w", encoding="utf-8") as f:
        f.write("".join(x))


def convert():
    prof = tempfile.mkdtemp(prefix="lo_c5_")
    out = tempfile.mkdtemp(prefix="lo_c5_out_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", out, FODT],
                       check=True, capture_output=True, timeout=240)
        shutil.move(os.path.join(out, BASE + ".pdf"), PDF)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)


# ----------------------------------------------------------------- expected
def commitments():
    res = []
    for blk in BODY:
        if blk[0] == "p":
            res += [{"text": s, "principle": None, "party": pt} for s, pt in blk[1] if pt]
        elif blk[0] == "box":
            res += [{"text": i, "principle": None, "party": PUB} for i in blk[2]]
            res += [{"text": i, "principle": None, "party": CS} for i in blk[3]]
    return res


def sent(prefix):
    hits = [s for blk in BODY if blk[0] == "p" for s, _ in blk[1] if s.startswith(prefix)]
    if len(hits) != 1:
        raise KeyError(prefix)
    return hits[0]


def box(caption, side):
    for blk in BODY:
        if blk[0] == "box" and blk[1] == caption:
            return blk[2] if side == PUB else blk[3]
    raise KeyError(caption)


def fact(key):
    return f"{key}: " + dict(FACTS)[key]


def questions():
    q = []

    def add(question, lang, gold, mm):
        q.append({"id": f"{LAYOUT}-q{len(q) + 1}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": mm})

    add("far foreningar med barnverksamhet hyra kommunens idrottshallar gratis?", "sv",
        [sent("Vi på kommunen kommer att låta föreningar med barn- och ungdomsverksamhet")],
        ["utan avgift", "under 20 år"])
    add("When is the activity grant paid out to the clubs?", "en",
        [sent("Vi på kommunen kommer att betala ut aktivitetsstödet")],
        ["31 mars", "30 september"])
    add("Vad åtar sig föreningarna inom området inkludering?", "sv",
        [sent("Vi som förening åtar oss att ha en värdegrund"),
         sent("Vi i föreningarna ska se till att avgifter")]
        + box("Så arbetar vi för att fler ska kunna vara med", CS),
        ["likabehandlingsplan", "syskonrabatt", "kontaktperson för inkluderingsfrågor"])
    add("Vilket organ antog överenskommelsen och när?", "sv",
        [sent("Överenskommelsen antogs av kommunfullmäktige"), fact("Beslut")],
        ["kommunfullmäktige", "24 februari 2025"])
    add("Kommer lokalhyrorna för föreningarna att höjas under de närmaste åren?", "sv",
        [sent("Vi på kommunen kommer att hålla taxorna")],
        ["oförändrade", "2026"])
    add("Vilka principer bygger överenskommelsen på?", "sv",
        [sent("Överenskommelsen vilar på samma principer")],
        ["självständighet och oberoende", "öppenhet och insyn", "mångfald"])
    add("hur ofta traffas kommunen och foreningarna i ett gemensamt forum", "sv",
        [sent("Vi – kommunen och föreningarna tillsammans – ska genomföra ett föreningsforum")],
        ["två gånger per år"])
    add("Vad åtar sig kommunen när det gäller kommunikation med föreningarna?", "sv",
        [sent("Vi på kommunen kommer att ge varje förening"),
         sent("Vi på kommunen kommer att skicka ut"),
         sent("Vi på kommunen kommer att informera föreningsrådet")],
        ["kontaktperson", "föreningsbrev", "fyra veckor"])
    add("Hur mycket bidrag får Vindeskogs IF under 2025?", "sv", [], [])
    add("Can our association get money from the municipality to buy a minibus?", "en", [], [])
    return q


def selfcheck(exp):
    try:
        raw = subprocess.run(["pdftotext", PDF, "-"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return
    text = re.sub(r"\s+", " ", re.sub(r"(\w)-\n(\w)", r"\1\2", raw)).lower()
    for c in exp["commitments"]:
        if re.sub(r"\s+", " ", c["text"]).lower() not in text:
            print("  MISSING:", c["text"][:100])


def main():
    build_fodt()
    convert()
    exp = {
        "file": BASE + ".pdf",
        "layout": LAYOUT,
        "description": (
            "Lokal överenskommelse between a kommun and its sports and culture associations, written as a "
            "LibreOffice flat ODT and exported to PDF: running header 'Vindeskogs kommun <tab> Lokal "
            "överenskommelse med föreningslivet 2025–2028', centred footer 'Sida N', title and subtitle, a "
            "shaded one-cell fact box ('Kort om överenskommelsen' with 'Beslut: Antagen av kommunfullmäktige "
            "2025-02-24, § 18' etc.); numbered chapters organised by THEMES of cooperation, not by principle "
            "('3 Mötesplatser och lokaler', '4 Ekonomiskt stöd', '5 Kommunikation', '6 Inkludering', "
            "'7 Uppföljning och utveckling'), so every commitment has principle null; the national principles "
            "appear only as one listing sentence in the preamble ('2 Utgångspunkter'). Commitments are "
            "first-person plural sentences with a party qualifier inside ordinary prose paragraphs "
            "('Vi på kommunen kommer att …', 'Vi på kultur- och fritidsförvaltningen kommer att …', "
            "'Vi i föreningarna ska …', 'Vi i Vindeskogs föreningsråd ska …', 'Vi som förening åtar oss "
            "(också) att …', 'Vi – kommunen och föreningarna tillsammans – ska …'), mixed with plain 'vi' "
            "sentences that describe or wish and are not commitments ('Vi vet att …', 'Vi vill att …', "
            "'Vi i föreningarna hoppas att …', 'Vi på kommunen ser positivt på …'); three borderless "
            "two-column tables after an italic caption, header row 'Kommunen gör' | 'Föreningarna gör' and "
            "'•' bullet items in present tense in each cell (party from the column); a decision chapter; "
            "a signature page with a borderless two-column signature table."),
        "metadata": {
            "doc_id": "vindeskog_lokal_overenskommelse_foreningslivet",
            "title": TITLE,
            "place": "Vindeskog",
            "organisation": "Vindeskogs kommun",
            "kind": "överenskommelse",
            "date": "2025-02-24",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {BASE}.pdf: {len(exp['commitments'])} commitments, {len(exp['questions'])} questions")
    selfcheck(exp)


if __name__ == "__main__":
    main()
