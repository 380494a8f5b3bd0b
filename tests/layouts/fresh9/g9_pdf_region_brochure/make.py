#!/usr/bin/env python3
"""Generate a two-column brochure PDF (via LibreOffice, from a flat ODT) of
Region Bergslida's överenskommelse with the idéburna sektorn, plus expected.json.

    python3 make.py      (needs soffice and pdftotext)
"""
import json
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_ID = "region_bergslida_overenskommelse_ideburen_sektor_2025-2028"
FODT = os.path.join(HERE, DOC_ID + ".fodt")
PDF = DOC_ID + ".pdf"

COMMITMENTS = []   # filled while the body is built


def x(s):
    return escape(s)


# ---------------------------------------------------------------- builders
def P(text, style="Body"):
    return f'<text:p text:style-name="{style}">{x(text)}</text:p>'


def H(text, level=1, style=None):
    style = style or f"H{level}"
    return (f'<text:h text:style-name="{style}" text:outline-level="{level}">'
            f'{x(text)}</text:h>')


def C(text, principle, party):
    """Mark a commitment; returns the text unchanged."""
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


def MP(*segments, style="Body"):
    """Paragraph from segments; a segment is a str or a (text, principle, party) tuple."""
    out = []
    for s in segments:
        if isinstance(s, tuple):
            out.append(C(*s))
        else:
            out.append(s)
    return P(" ".join(out), style)


def LEAD(text):
    return f'<text:p text:style-name="Lead">{x(text)}</text:p>'


def UL(items, principle, party, end="."):
    """Bullet list of commitments; the last item ends with `end`, others with ','."""
    rows = []
    for i, it in enumerate(items):
        C(it, principle, party)
        punct = end if i == len(items) - 1 else ","
        rows.append('<text:list-item><text:p text:style-name="ListPara">'
                    f'{x(it)}{punct}</text:p></text:list-item>')
    return ('<text:list text:style-name="Bullets">' + "".join(rows) + "</text:list>")


def PLAINLIST(items):
    rows = ['<text:list-item><text:p text:style-name="ListPara">'
            f'{x(it)}</text:p></text:list-item>' for it in items]
    return '<text:list text:style-name="Bullets">' + "".join(rows) + "</text:list>"


def BOX(title, lines, name):
    """A shaded one-cell table used as a fact box inside the column."""
    paras = f'<text:p text:style-name="BoxTitle">{x(title)}</text:p>'
    for ln in lines:
        if isinstance(ln, tuple):
            label, value = ln
            paras += (f'<text:p text:style-name="BoxText"><text:span text:style-name="Bold">'
                      f'{x(label)}</text:span> {x(value)}</text:p>')
        else:
            paras += f'<text:p text:style-name="BoxText">{x(ln)}</text:p>'
    return (f'<table:table table:name="{name}" table:style-name="BoxTable">'
            '<table:table-column table:style-name="BoxCol"/>'
            '<table:table-row><table:table-cell table:style-name="BoxCell" office:value-type="string">'
            f'{paras}</table:table-cell></table:table-row></table:table>')


# ---------------------------------------------------------------- content
S = "sjalvstandighet_och_oberoende"
REG, IDE, GEM = "public", "civil_society", "joint"

title_page = "".join([
    '<text:p text:style-name="TitleRegion">REGION BERGSLIDA</text:p>',
    '<text:p text:style-name="TitleSpacer"/>',
    '<text:p text:style-name="TitleKicker">Tillsammans för ett starkare Bergslida</text:p>',
    '<text:p text:style-name="TitleMain">Överenskommelse mellan Region Bergslida och den idéburna sektorn i Bergslida län</text:p>',
    '<text:p text:style-name="TitleYears">2025–2028</text:p>',
    '<text:p text:style-name="TitleSpacer"/>',
    '<text:p text:style-name="TitleNote">Beslutad av regionfullmäktige den 26 november 2024</text:p>',
    '<text:p text:style-name="TitleNote">Framtagen tillsammans med Idéburna Bergslida – nätverket för ideella föreningar, '
    'stiftelser, trossamfund och sociala företag i länet</text:p>',
])

body = []
B = body.append

# first page of the two-column part
B('<text:p text:style-name="FirstBody"/>')
B(H("Förord"))
B(P("Bergslida är ett län med ett rikt föreningsliv. I nästan varje socken finns en "
    "idrottsförening, en hembygdsförening eller en församling som håller samman bygden, och i "
    "våra större orter gör brukarorganisationer, studieförbund, kvinnojourer och sociala företag "
    "en insats som ingen annan kan göra. När pandemin slog till var det ofta de idéburna "
    "organisationerna som först nådde dem som behövde hjälp."))
B(P("Den första överenskommelsen mellan regionen och den idéburna sektorn antogs 2019. Mycket har "
    "blivit bättre sedan dess: vi har ett fungerande dialogforum, fler organisationer får "
    "fleråriga bidrag och vi har prövat idéburet offentligt partnerskap inom både psykiatri och "
    "kollektivtrafik. Men utvärderingen visade också att mindre föreningar upplever regionen som "
    "svår att nå och att besked om bidrag ibland kommit för sent."))
B(P("Med den här överenskommelsen tar vi nästa steg. Den bygger på samma principer som den "
    "nationella överenskommelsen från 2008, kompletterad med ett tydligt barnrättsperspektiv. "
    "Framför allt innehåller den konkreta åtaganden – för regionen och för de idéburna "
    "organisationerna – som vi gemensamt ska kunna följa upp."))
B(P("Vi vill tacka alla som har deltagit i de tolv dialogmöten som genomfördes runt om i länet "
    "under våren 2024. Era synpunkter finns med i texten."))
B(P("Bergslida i februari 2025", "SignPlace"))
B(P("Karin Wessman (S)", "SignName"))
B(P("Regionstyrelsens ordförande", "SignRole"))
B(P("Johan Lindqvist Eriksson", "SignName"))
B(P("Ordförande, Idéburna Bergslida, för de idéburna organisationerna", "SignRole"))

B(H("Varför en överenskommelse?"))
B(P("Region Bergslida ansvarar för hälso- och sjukvård, kollektivtrafik, kultur och regional "
    "utveckling i länet. På alla dessa områden är de idéburna organisationerna viktiga – som "
    "röstbärare för sina medlemmar, som utförare av verksamhet och som mötesplatser där människor "
    "engagerar sig."))
B(P("Överenskommelsen är inte ett juridiskt bindande avtal. Den är en gemensam avsiktsförklaring "
    "som beskriver hur parterna vill samverka och vad var och en tar ansvar för. Den ersätter "
    "inte avtal, bidragsregler eller IOP-avtal, men ska vara vägledande när sådana tas fram."))

B(H("Vem omfattas?"))
B(P("Med idéburen sektor avses organisationer som har ett allmännyttigt syfte, som är "
    "fristående från det offentliga och som inte delar ut vinst till ägare eller medlemmar. "
    "Hit räknas ideella föreningar, stiftelser, trossamfund, studieförbund, folkbildning och "
    "sociala företag som återinvesterar sitt överskott."))
B(P("Alla idéburna organisationer som är verksamma i Bergslida län kan ansluta sig till "
    "överenskommelsen genom att fylla i en anslutningsblankett. På regionens sida är det "
    "regionstyrelsen, samtliga nämnder och regionens helägda bolag som omfattas."))

B(BOX("Fakta om överenskommelsen", [
    ("Beslut:", "Regionfullmäktige 26 november 2024, § 142"),
    ("Diarienummer:", "RS 2024/0387"),
    ("Giltighetstid:", "1 januari 2025 – 31 december 2028"),
    ("Parter:", "Region Bergslida samt de idéburna organisationer som har anslutit sig"),
    ("Anslutna organisationer:", "64 stycken (december 2024)"),
    ("Samverkansgrupp:", "fyra ledamöter från regionen och fyra från de idéburna organisationerna"),
    ("Föregående överenskommelse:", "2019–2024"),
], "Faktaruta"))

B(H("Våra principer"))
B(P("Överenskommelsen vilar på sju principer. De sex första känner du igen från den nationella "
    "överenskommelsen. Den sjunde, barnets rättigheter, har vi lagt till efter önskemål från "
    "länets barn- och ungdomsorganisationer. Under varje princip beskriver vi vad den betyder "
    "för oss och vad parterna åtar sig att göra."))

# --- 1 Självständighet och oberoende
B(H("Självständighet och oberoende", 2))
B(P("De idéburna organisationerna bestämmer själva över sina mål, sin organisation och sina "
    "arbetssätt. Att en förening får bidrag från regionen eller utför verksamhet på uppdrag av "
    "regionen får inte påverka dess rätt att driva opinion och granska regionens beslut."))
B(LEAD("Regionen åtar sig att:"))
B(UL(["respektera organisationernas rätt att granska och kritisera regionens verksamhet, även när de får ekonomiskt stöd från regionen",
      "utforma villkoren för bidrag så att de inte styr organisationernas inre arbete"], S, REG))
B(LEAD("De idéburna organisationerna åtar sig att:"))
B(UL(["tydligt redovisa när de företräder sina medlemmar och när de agerar som utförare åt regionen",
      "verka för en bred finansiering så att verksamheten inte blir beroende av en enda bidragsgivare"], S, IDE))

# --- 2 Dialog
B(H("Dialog", 2))
B(P("En bra dialog förutsätter att parterna möts i tid, på jämbördiga villkor och med "
    "tillräckligt underlag. Dialogen ska ge de idéburna organisationerna verkliga möjligheter "
    "att påverka – inte bara information om beslut som redan är fattade."))
B(MP(("Regionen ska bjuda in till dialogforum minst två gånger per år, varav ett tillfälle ägnas "
      "åt regionens budget och verksamhetsplan.", "dialog", REG),
     ("Regionen kommer också att involvera de idéburna organisationerna tidigt när nya strategier "
      "och handlingsplaner tas fram, och inte först vid remisstillfället.", "dialog", REG)))
B(MP(("De idéburna organisationerna ansvarar för att utse sina representanter till dialogforum "
      "och för att återkoppla resultatet till sina nätverk.", "dialog", IDE)))
B(MP(("Båda parter ska förbereda mötena och skicka ut underlag senast två veckor i förväg.",
      "dialog", GEM)))

# --- 3 Kvalitet
B(H("Kvalitet", 2))
B(P("Kvalitet handlar om att verksamheten gör skillnad för de människor den finns till för. "
    "De idéburna organisationerna har ofta en kunskap om målgruppernas behov som regionen saknar, "
    "och den kunskapen är en tillgång i utvecklingen av regionens verksamheter."))
B(LEAD("Regionen åtar sig att:"))
B(UL(["efterfråga organisationernas kunskap om målgruppernas behov när verksamheter planeras och utvecklas",
      "följa upp stöd och samarbeten med enkla och proportionerliga krav",
      "erbjuda kompetensutveckling inom bland annat upphandling, IOP och bidragsansökningar"], "kvalitet", REG))
B(LEAD("De idéburna organisationerna åtar sig att:"))
B(UL(["arbeta systematiskt med kvalitet utifrån sina egna förutsättningar",
      "redovisa resultat av verksamhet som får stöd från regionen på ett begripligt sätt",
      "dela med sig av erfarenheter från arbetet med människor som regionen har svårt att nå"], "kvalitet", IDE))

# --- 4 Långsiktighet
B(H("Långsiktighet", 2))
B(P("Ettåriga projekt och sena besked gör det svårt för föreningarna att behålla anställda och "
    "ideella. Långsiktiga spelregler ger trygghet åt båda parter."))
B(MP(("Regionen ska i första hand bevilja verksamhetsbidrag för tre år i taget till organisationer "
      "som uppfyller kriterierna.", "langsiktighet", REG),
     ("Vid förändringar i regionens bidragsregler kommer regionen att informera minst sex månader "
      "innan förändringen träder i kraft.", "langsiktighet", REG)))
B(MP(("Regionen verkar för att idéburet offentligt partnerskap (IOP) används när det är ett "
      "lämpligt verktyg för samverkan.", "langsiktighet", REG)))
B(MP(("De idéburna organisationerna åtar sig att planera sin verksamhet med framförhållning och i "
      "god tid meddela regionen om förutsättningarna för ett samarbete förändras.",
      "langsiktighet", IDE)))

# --- 5 Öppenhet och insyn
B(H("Öppenhet och insyn", 2))
B(P("Öppenhet skapar förtroende. Det ska vara lätt att förstå hur regionen fördelar sitt stöd, "
    "och det ska gå att se hur offentliga medel används i de idéburna organisationerna."))
B(LEAD("Regionen åtar sig att:"))
B(UL(["publicera bidragsregler, beslut om bidrag och kontaktuppgifter på regionens webbplats",
      "motivera skriftligt varför en ansökan om bidrag har avslagits",
      "svara på frågor från organisationerna inom tio arbetsdagar"], "oppenhet_och_insyn", REG))
B(LEAD("De idéburna organisationerna åtar sig att:"))
B(UL(["lämna ekonomisk redovisning och verksamhetsberättelse i den form som villkoren för stödet anger",
      "ge regionen insyn i hur offentliga medel har använts"], "oppenhet_och_insyn", IDE))
B(MP(("Parterna ska gemensamt ta fram en årlig sammanställning över samverkan som görs "
      "tillgänglig för allmänheten.", "oppenhet_och_insyn", GEM)))

# --- 6 Mångfald
B(H("Mångfald", 2))
B(P("Den idéburna sektorn i Bergslida består av allt från stora riksorganisationers "
    "länsförbund till små föreningar utan anställda. Mångfalden är en styrka, men den ställer "
    "krav på att kontakterna med regionen fungerar även för den som är ny eller liten."))
B(MP(("Regionen ska ta hänsyn till att organisationerna ser olika ut och anpassa "
      "ansökningsförfaranden efter små organisationers förutsättningar.", "mangfald", REG),
     ("Regionen kommer att tillhandahålla information på lätt svenska och vid behov på andra språk.",
      "mangfald", REG)))
B(LEAD("För att främja mångfald åtar sig de idéburna organisationerna att:"))
B(UL(["arbeta för att verksamheten är öppen och tillgänglig för alla oavsett bakgrund, funktionsförmåga, kön eller ålder",
      "sprida information om överenskommelsen till organisationer som ännu inte deltar i samverkan"], "mangfald", IDE))

# --- 7 Barnets rättigheter
B(H("Barnets rättigheter", 2))
B(P("Sedan 2020 är FN:s konvention om barnets rättigheter svensk lag. Många idéburna "
    "organisationer möter barn och unga varje vecka och vet vad som är viktigt för dem."))
B(MP(("Regionen ansvarar för att en barnrättsbedömning görs inför beslut om bidrag som påverkar "
      "barn och unga.", "barnrattsperspektiv", REG)))
B(LEAD("Parterna ska gemensamt:"))
B(UL(["se till att barn och unga får komma till tals i frågor som berör dem",
      "genomföra minst en dialog per år med organisationer som företräder barn och unga"],
     "barnrattsperspektiv", GEM))

# --- Uppföljning
B(H("Så följer vi upp"))
B(P("Samverkansgruppen består av fyra ledamöter från regionen och fyra från de idéburna "
    "organisationerna. Gruppen träffas fyra gånger om året och håller i planeringen av "
    "dialogforum."))
B(MP(("Parterna ska årligen följa upp överenskommelsen vid ett gemensamt dialogforum.", None, GEM),
     ("Regionstyrelsen ansvarar för att överenskommelsen utvärderas under 2028 inför att en ny "
      "överenskommelse tas fram.", None, REG)))
B(P("Vid uppföljningen brukar vi bland annat titta på:"))
B(PLAINLIST(["hur många organisationer som har anslutit sig",
             "andelen verksamhetsbidrag som beviljats för flera år",
             "hur deltagarna har upplevt dialogforum"]))

B(BOX("Kontakt", [
    "Regionledningskontoret, enheten för social hållbarhet",
    ("Samordnare:", "Lina Forsgren, 0581-39 20 47"),
    ("E-post:", "civilsamhalle@regionbergslida.se"),
    ("Idéburna Bergslida:", "kansli@ideburnabergslida.se"),
    "Anslutningsblanketten finns på regionbergslida.se/ideburen",
], "Kontaktruta"))
B(P("Utgiven av Region Bergslida, 2025. Tryck: Länstryckeriet i Sörbo, mars 2025. "
    "Foto: Region Bergslida.", "Imprint"))


# ---------------------------------------------------------------- document
STYLES = """
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="10pt" fo:language="sv" fo:country="SE"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="118%"/>
 </style:style>
 <style:style style:name="H1" style:family="paragraph" style:default-outline-level="1" style:next-style-name="Body">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt" fo:font-weight="bold" fo:color="#1f5c73"/>
 </style:style>
 <style:style style:name="H2" style:family="paragraph" style:default-outline-level="2" style:next-style-name="Body">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"
    fo:padding-bottom="0.05cm" fo:border-bottom="0.06pt solid #7aa9bb"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold" fo:color="#1f5c73"/>
 </style:style>
 <style:style style:name="Lead" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.08cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="ListPara" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-bottom="0.08cm" fo:keep-together="always"/>
 </style:style>
 <style:style style:name="SignPlace" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="SignName" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-bottom="0cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold" fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="SignRole" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-style="italic" fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="BoxTitle" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:font-weight="bold" fo:color="#1f5c73"/>
 </style:style>
 <style:style style:name="BoxText" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.08cm" fo:line-height="115%"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Imprint" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.5cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="7pt" fo:color="#666666"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#4d4d4d"/>
 </style:style>
 <style:style style:name="TitleRegion" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold" fo:letter-spacing="0.1cm" fo:color="#1f5c73"/>
 </style:style>
 <style:style style:name="TitleSpacer" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="4.5cm"/>
 </style:style>
 <style:style style:name="TitleKicker" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.4cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:font-style="italic" fo:color="#4d7f92"/>
 </style:style>
 <style:style style:name="TitleMain" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.5cm" fo:line-height="110%"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="28pt" fo:font-weight="bold" fo:color="#1f5c73"/>
 </style:style>
 <style:style style:name="TitleYears" style:family="paragraph">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="22pt" fo:color="#4d7f92"/>
 </style:style>
 <style:style style:name="TitleNote" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.2cm" fo:margin-right="5cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:color="#4d4d4d"/>
 </style:style>
 <style:style style:name="Bold" style:family="text">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <text:list-style style:name="Bullets">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm"
      fo:text-indent="-0.4cm" fo:margin-left="0.45cm"/>
   </style:list-level-properties>
   <style:text-properties fo:color="#1f5c73"/>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pmTitle">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
    fo:margin-top="2.5cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="2cm"
    fo:background-color="#eef5f8"/>
 </style:page-layout>
 <style:page-layout style:name="pmBody" style:page-usage="mirrored">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
    fo:margin-top="1.8cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm">
   <style:columns fo:column-count="2" fo:column-gap="0.8cm"/>
  </style:page-layout-properties>
  <style:footer-style>
   <style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"
     fo:border-top="0.06pt solid #7aa9bb" fo:padding-top="0.1cm"/>
  </style:footer-style>
 </style:page-layout>
 <style:style style:name="FirstBody" style:family="paragraph" style:master-page-name="Broschyr">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="BoxTable" style:family="table">
  <style:table-properties style:width="8.1cm" table:align="left" fo:margin-top="0.3cm" fo:margin-bottom="0.4cm"/>
 </style:style>
 <style:style style:name="BoxCol" style:family="table-column">
  <style:table-column-properties style:column-width="8.1cm"/>
 </style:style>
 <style:style style:name="BoxCell" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#dcebf1" fo:padding="0.3cm"
    fo:border-left="0.15cm solid #1f5c73" fo:border-right="none" fo:border-top="none" fo:border-bottom="none"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pmTitle"/>
 <style:master-page style:name="Broschyr" style:page-layout-name="pmBody">
  <style:footer>
   <text:p text:style-name="Footer">Överenskommelse med den idéburna sektorn 2025–2028<text:tab/><text:page-number text:select-page="current">2</text:page-number></text:p>
  </style:footer>
  <style:footer-left>
   <text:p text:style-name="Footer"><text:page-number text:select-page="current">2</text:page-number><text:tab/>Region Bergslida</text:p>
  </style:footer-left>
 </style:master-page>
</office:master-styles>
"""


def fodt():
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            '<office:meta><dc:title>Överenskommelse mellan Region Bergslida och den idéburna sektorn 2025–2028</dc:title>'
            '<meta:initial-creator>Regionledningskontoret</meta:initial-creator></office:meta>'
            + STYLES +
            '<office:body><office:text>' + title_page + "".join(body) +
            '</office:text></office:body></office:document>')


# ---------------------------------------------------------------- questions
QUESTIONS = [
    {"id": "q1", "question": "Hur ofta ska regionen bjuda in till dialogforum?", "language": "sv",
     "answerable": True,
     "gold": ["Regionen ska bjuda in till dialogforum minst två gånger per år, varav ett tillfälle ägnas åt regionens budget och verksamhetsplan."],
     "must_mention": ["två gånger per år"]},
    {"id": "q2", "question": "hur lang tid har regionen pa sig att svara pa fragor fran var forening?", "language": "sv",
     "answerable": True,
     "gold": ["svara på frågor från organisationerna inom tio arbetsdagar"],
     "must_mention": ["tio arbetsdagar"]},
    {"id": "q3", "question": "Får vi en skriftlig motivering om regionen säger nej till vår bidragsansökan?", "language": "sv",
     "answerable": True,
     "gold": ["motivera skriftligt varför en ansökan om bidrag har avslagits"],
     "must_mention": ["motivera skriftligt"]},
    {"id": "q4", "question": "For how many years at a time does the region grant operating grants to associations?", "language": "en",
     "answerable": True,
     "gold": ["Regionen ska i första hand bevilja verksamhetsbidrag för tre år i taget till organisationer som uppfyller kriterierna."],
     "must_mention": ["tre år"]},
    {"id": "q5", "question": "Vem beslutade om overenskommelsen och nar?", "language": "sv",
     "answerable": True,
     "gold": ["Regionfullmäktige 26 november 2024, § 142"],
     "must_mention": ["Regionfullmäktige", "26 november 2024"]},
    {"id": "q6", "question": "Vad måste föreningarna redovisa till regionen när de får stöd?", "language": "sv",
     "answerable": True,
     "gold": ["redovisa resultat av verksamhet som får stöd från regionen på ett begripligt sätt",
              "lämna ekonomisk redovisning och verksamhetsberättelse i den form som villkoren för stödet anger",
              "ge regionen insyn i hur offentliga medel har använts"],
     "must_mention": ["ekonomisk redovisning", "verksamhetsberättelse"]},
    {"id": "q7", "question": "How much notice will the region give before it changes its grant rules?", "language": "en",
     "answerable": True,
     "gold": ["Vid förändringar i regionens bidragsregler kommer regionen att informera minst sex månader innan förändringen träder i kraft."],
     "must_mention": ["sex månader"]},
    {"id": "q8", "question": "Hur ska barn och unga fa komma till tals enligt overenskommelsen?", "language": "sv",
     "answerable": True,
     "gold": ["se till att barn och unga får komma till tals i frågor som berör dem",
              "genomföra minst en dialog per år med organisationer som företräder barn och unga"],
     "must_mention": ["komma till tals", "minst en dialog per år"]},
    {"id": "q9", "question": "Hur mycket pengar kan en förening få i verksamhetsbidrag per år?", "language": "sv",
     "answerable": False, "gold": [], "must_mention": []},
    {"id": "q10", "question": "Kan vi som förening hyra regionens lokaler billigare om vi har anslutit oss?", "language": "sv",
     "answerable": False, "gold": [], "must_mention": []},
]


def main():
    with open(FODT, "w", encoding="utf-8") as f:
        f.write(fodt())
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, FODT],
                       check=True, capture_output=True)
        shutil.copy(os.path.join(tmp, DOC_ID + ".pdf"), os.path.join(HERE, PDF))
    expected = {
        "file": PDF,
        "layout": "g9_pdf_region_brochure",
        "description": (
            "A region's printed brochure version of its agreement with the idéburna sektorn, made by "
            "LibreOffice from a flat ODT (source .fodt kept). A single-column title page on a tinted "
            "background with 'REGION BERGSLIDA' in spaced capitals, a kicker line, the long title, "
            "'2025–2028', a decision line and a note; no footer on it. From page 2 the page style has "
            "two text columns (mirrored pages) and a footer with a rule, title text and the page number "
            "(right on odd pages; number then 'Region Bergslida' on even pages). Unnumbered headings: "
            "'Förord' signed with place/month ('Bergslida i februari 2025', not the decision date), "
            "the regionstyrelsens ordförande and the chair of the idéburna network; background and "
            "definition sections without commitments; a shaded one-cell table as fact box "
            "('Fakta om överenskommelsen', bold labels 'Beslut:', 'Diarienummer:' …) in the column; "
            "seven principle headings (the six national ones plus 'Barnets rättigheter', slug "
            "barnrattsperspektiv) with a description paragraph, then bold lead-ins 'Regionen åtar sig "
            "att:' / 'De idéburna organisationerna åtar sig att:' / 'För att främja mångfald åtar sig de "
            "idéburna organisationerna att:' / 'Parterna ska gemensamt:' with • bullet lists (items end "
            "with ',' and '.'; at the foot of page 2 the civil-society lead-in under Självständighet och oberoende is left alone at the column end, so the page-2 footer comes between it and its list in extracted text), and commitment sentences ('Regionen ska …', 'kommer att', 'verkar för', "
            "'ansvarar för', 'Båda parter ska …', 'Parterna ska gemensamt …'), two to a paragraph in places; "
            "a 'Så följer vi upp' section with two commitments (principle null) followed by a bullet list "
            "of follow-up indicators that are not commitments; a shaded contact box and an imprint line "
            "with a print date (decoy)."),
        "metadata": {
            "doc_id": DOC_ID,
            "title": "Överenskommelse mellan Region Bergslida och den idéburna sektorn i Bergslida län 2025–2028",
            "place": "Bergslida",
            "organisation": "Region Bergslida",
            "kind": "överenskommelse",
            "date": "2024-11-26",
            "body": "regionfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": QUESTIONS,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {PDF} and expected.json ({len(COMMITMENTS)} commitments)")


if __name__ == "__main__":
    main()
