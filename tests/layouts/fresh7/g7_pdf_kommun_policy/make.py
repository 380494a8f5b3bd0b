#!/usr/bin/env python3
"""Generate a Hällsjö kommun 'styrdokument' (policy för samverkan med civilsamhället)
as a flat ODT (.fodt), convert it to PDF with LibreOffice, and write expected.json.
Two passes: the first render finds the page of each heading for the table of contents."""
import json
import os
import re
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_ID = "hallsjo_kommun_policy_samverkan_civilsamhallet"
TITLE = "Policy för samverkan med civilsamhället"
DNR = "KS 2024/0187"
BESLUT = "Kommunfullmäktige 2025-02-24, § 19"

C = []  # commitments: (text, principle, party)


def c(text, principle, party):
    C.append((text, principle, party))
    return text


# ---------------------------------------------------------------- content
B = []  # blocks


def h1(t): B.append(("h", 1, t))
def h2(t): B.append(("h", 2, t))
def p(t, style="Body"): B.append(("p", style, t))
def ul(items): B.append(("ul", items))
def table(head, rows, widths): B.append(("table", head, rows, widths))


h1("Inledning")
h2("Syfte")
p("Syftet med policyn är att tydliggöra hur Hällsjö kommun samverkar med civilsamhället och vilka "
  "förutsättningar som gäller för samverkan. Policyn är tänkt att ge förtroendevalda, medarbetare och "
  "föreningar en gemensam grund att stå på, så att samarbetet blir förutsägbart och likvärdigt i hela kommunen.")
p("Ett starkt och självständigt civilsamhälle bidrar till demokrati, folkhälsa, gemenskap och en "
  "meningsfull fritid. I Hällsjö finns drygt 230 registrerade föreningar, från idrottsklubbar och "
  "bygdegårdsföreningar till trossamfund, pensionärsorganisationer och nätverk för nyanlända. "
  "Många av dem gör insatser som kommunen aldrig skulle kunna ersätta.")
h2("Bakgrund")
p("År 2008 tecknade regeringen, Sveriges Kommuner och Regioner (då Sveriges Kommuner och Landsting) "
  "och idéburna organisationer inom det sociala området en nationell överenskommelse. Den bygger på sex "
  "principer: självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald.")
p("Kommunfullmäktige i Hällsjö antog den första policyn för samverkan med föreningslivet i november 2019. "
  "Inför revideringen genomfördes hösten 2024 tre dialogmöten och en webbenkät där 74 föreningar deltog. "
  "Synpunkterna har bland annat lett till att barnrättsperspektivet och idéburet offentligt partnerskap "
  "fått ett större utrymme i denna version.")
h2("Definitioner")
p("Civilsamhälle: en arena, skild från staten, marknaden och det enskilda hushållet, där människor, "
  "grupper och organisationer agerar tillsammans för gemensamma intressen.")
p("Idéburen organisation: en organisation som har ett allmännyttigt syfte, som är fristående från "
  "offentlig sektor och som inte har vinstsyfte. Det kan till exempel vara en ideell förening, en "
  "stiftelse eller ett trossamfund.")
p("Förening: i denna policy används ordet förening som samlingsnamn för de idéburna organisationer "
  "som kommunen samverkar med.")
h2("Policyns ställning och omfattning")
p("En policy anger kommunens övergripande förhållningssätt inom ett område. Policyn gäller för samtliga "
  "nämnder och förvaltningar i Hällsjö kommun. De kommunala bolagen tillämpar policyn i de delar som "
  "är relevanta för deras verksamhet.")
p("Policyn kompletteras av Riktlinjer för föreningsbidrag, Regler för bokning av lokaler och "
  "anläggningar samt Handbok för idéburet offentligt partnerskap. Riktlinjerna beslutas av respektive nämnd.")

h1("Principer för samverkan")
p("Samverkan mellan Hällsjö kommun och civilsamhället utgår från de sex principerna i den nationella "
  "överenskommelsen. Kommunen har därutöver valt att lyfta fram barnrättsperspektivet som en egen princip.")
h2("Självständighet och oberoende")
p("Föreningarnas självständighet är en förutsättning för ett levande civilsamhälle. Föreningar har rätt "
  "att driva opinion och granska och kritisera kommunens verksamhet, även när de får ekonomiskt stöd från kommunen.")
p(c("Kommunen ska respektera föreningarnas rätt att själva bestämma över sin organisation, sina mål och "
    "sina arbetsformer.", "sjalvstandighet_och_oberoende", "public") + " "
  + c("Kommunen ska inte ställa villkor för bidrag som begränsar en förenings rätt att driva opinion "
      "eller framföra kritik mot kommunen.", "sjalvstandighet_och_oberoende", "public"))
h2("Dialog")
p("En bra dialog förutsätter att båda parter är väl förberedda och att det finns tid för synpunkterna "
  "att påverka. Dialog kan ske i många former, från enskilda möten till större samråd.")
p(c("Kommunen ska involvera civilsamhället tidigt i beredningen av frågor som berör föreningarna, så att "
    "synpunkterna kan påverka besluten.", "dialog", "public") + " "
  + c("Kommunen ska ha ett gemensamt forum för dialog, Föreningsforum Hällsjö, som sammanträder minst "
      "två gånger per år.", "dialog", "public"))
h2("Kvalitet")
p("Med kvalitet avses både kvaliteten i den verksamhet som föreningarna bedriver och kvaliteten i själva "
  "samverkan. Föreningarnas kunskap om sina målgrupper är en viktig tillgång för kommunen.")
p(c("Kommunen ska ta tillvara föreningarnas kunskap och erfarenheter när verksamheter planeras och "
    "utvärderas.", "kvalitet", "public"))
h2("Långsiktighet")
p("Föreningar behöver kunna planera sin verksamhet flera år framåt. Korta projekt ger sällan bestående "
  "resultat och tar mycket tid i anspråk för ansökningar och redovisningar.")
p(c("Kommunen ska i första hand erbjuda fleråriga bidrag och överenskommelser framför kortsiktiga "
    "projektbidrag.", "langsiktighet", "public") + " "
  + c("Förändringar av bidragsreglerna ska beslutas och meddelas föreningarna senast sex månader innan "
      "de börjar gälla.", "langsiktighet", "public"))
h2("Öppenhet och insyn")
p("Öppenhet skapar förtroende. Det gäller hur kommunen fördelar stöd, men också hur föreningarna "
  "använder de medel de får.")
p(c("Kommunen ska på ett tydligt och lättillgängligt sätt informera om vilka bidrag, lokaler och andra "
    "former av stöd som föreningarna kan söka.", "oppenhet_och_insyn", "public") + " "
  + c("Kommunen och föreningarna ska vara öppna med hur offentliga medel används och vilka resultat "
      "som uppnås.", "oppenhet_och_insyn", "joint"))
h2("Mångfald")
p("Civilsamhället i Hällsjö är mångfacetterat. Nya föreningar och informella nätverk har ofta svårare "
  "att hitta rätt i kommunens organisation än väletablerade föreningar.")
p(c("Kommunen ska verka för att föreningslivet speglar befolkningens sammansättning och att nya och "
    "mindre föreningar får samma möjligheter till stöd och dialog som etablerade föreningar.",
    "mangfald", "public"))
h2("Barnrättsperspektiv")
p("Barnkonventionen är svensk lag sedan den 1 januari 2020. Föreningslivet är en av de viktigaste "
  "arenorna för barns och ungas fritid, delaktighet och inflytande.")
p(c("Kommunen ska beakta barnets bästa vid beslut om stöd till föreningar och prioritera verksamhet "
    "för barn och unga.", "barnrattsperspektiv", "public"))

h1("Kommunens åtaganden")
p("Utöver det som anges under respektive princip åtar sig Hällsjö kommun följande.")
h2("Bidrag och ekonomiskt stöd")
p("Kommunen ska:")
ul([c("ha enkla och förutsägbara regler för föreningsbidrag,", "oppenhet_och_insyn", "public"),
    c("handlägga ansökningar om bidrag inom åtta veckor från det att en komplett ansökan har kommit in,",
      "kvalitet", "public"),
    c("erbjuda digital ansökan och redovisning via e-tjänsten Föreningsportalen,", None, "public"),
    c("årligen räkna upp verksamhetsbidragen i takt med kostnadsutvecklingen, inom ramen för "
      "tilldelade medel.", "langsiktighet", "public")])
h2("Lokaler och anläggningar")
p("Tillgång till lokaler är en av de viktigaste förutsättningarna för föreningarnas verksamhet. "
  + c("Kommunen ska ge föreningar med verksamhet för barn och unga förtur vid fördelningen av tider i "
      "kommunens anläggningar för idrott och fritid.", "barnrattsperspektiv", "public") + " "
  + c("Kommunen kommer att hålla lokalhyrorna för ideella föreningar på en subventionerad nivå enligt "
      "den taxa som kommunfullmäktige fastställer.", None, "public"))
h2("Information och kompetensutveckling")
p(c("Kommunen ska varje år erbjuda föreningarna kostnadsfria utbildningar, till exempel i "
    "föreningskunskap, bokföring och att söka externa medel.", "kvalitet", "public") + " "
  + c("Kommunen ger ut ett digitalt nyhetsbrev till föreningarna minst fyra gånger per år.",
      "oppenhet_och_insyn", "public"))
h2("Idéburet offentligt partnerskap och andra samverkansformer")
p("Idéburet offentligt partnerskap (IOP) är en samverkansform där kommunen och en idéburen organisation "
  "tillsammans finansierar och utvecklar en verksamhet av allmänt intresse. IOP är inte en upphandling "
  "och används när det finns ett gemensamt mål som parterna vill uppnå tillsammans.")
p(c("Kommunen ska pröva om idéburet offentligt partnerskap är en lämplig form när en verksamhet ska "
    "utvecklas tillsammans med en idéburen organisation.", "samhallsutveckling", "public") + " "
  + c("Kommunen verkar för att fler idéburna organisationer kan delta i utvecklingen av välfärden, till "
      "exempel inom integration, äldreomsorg och stöd till barn och familjer.",
      "samhallsutveckling", "public"))

h1("Vad kommunen förväntar sig av föreningarna")
p("Samverkan bygger på ömsesidighet och förtroende. Kommunen förväntar sig att de föreningar som tar "
  "emot kommunalt stöd eller samverkar med kommunen på annat sätt:")
ul([c("bedriver sin verksamhet i enlighet med demokratins idéer och aktivt motverkar diskriminering,",
      None, "civil_society"),
    c("har en demokratisk uppbyggnad med stadgar, årsmöte och en vald styrelse,", None, "civil_society"),
    c("redovisar hur kommunala bidrag har använts och vilka resultat verksamheten har gett,",
      "oppenhet_och_insyn", "civil_society"),
    c("har rutiner för att förebygga och hantera kränkningar, trakasserier och övergrepp, särskilt i "
      "verksamhet för barn och unga,", "barnrattsperspektiv", "civil_society"),
    c("begär utdrag ur belastningsregistret för ledare som arbetar med barn,", "barnrattsperspektiv",
      "civil_society"),
    c("deltar i dialogen med kommunen och för fram sina medlemmars och målgruppers erfarenheter.",
      "dialog", "civil_society")])
p(c("Föreningar som får bidrag ska hålla kommunen informerad om ändrade kontaktuppgifter och om "
    "väsentliga förändringar i verksamheten.", "oppenhet_och_insyn", "civil_society") + " "
  "Kommunen hoppas också att föreningarna vill samarbeta med varandra, till exempel genom att dela "
  "lokaler och utrustning.")

h1("Roller och ansvar")
h2("Ansvarsfördelning inom kommunen")
p("Ansvaret för samverkan med civilsamhället är fördelat enligt tabellen nedan.")
table(("Aktör", "Ansvar"), [
    ("Kommunfullmäktige", c("Ansvarar för att anta policyn och besluta om de ekonomiska ramarna för stödet "
                           "till civilsamhället.", None, "public")),
    ("Kommunstyrelsen", c("Ansvarar för att samordna kommunens samverkan med civilsamhället och för att "
                         "policyn följs upp.", None, "public")),
    ("Kultur- och fritidsnämnden", c("Ansvarar för föreningsbidrag, bokning av lokaler och anläggningar samt "
                                   "stöd och rådgivning till föreningar.", None, "public")),
    ("Övriga nämnder", c("Ansvarar för att tillämpa policyn inom sina verksamhetsområden och för att utse "
                        "en kontaktperson för samverkan med civilsamhället.", None, "public")),
    ("Förvaltningarna", c("Bereder ärenden, håller kontakt med föreningarna och ser till att synpunkter från "
                         "civilsamhället kommer med i beslutsunderlagen.", "dialog", "public")),
], (4.6, 11.9))
h2("Föreningsforum Hällsjö")
p("Föreningsforum Hällsjö är kommunens gemensamma mötesplats för dialog med civilsamhället. I forumet "
  "ingår presidierna i kommunstyrelsen och kultur- och fritidsnämnden, tjänstepersoner från berörda "
  "förvaltningar samt sju representanter som utses av Hällsjö Föreningsråd.")
p(c("Hällsjö Föreningsråd åtar sig att sprida information från Föreningsforum till sina medlemsföreningar "
    "och att samla in föreningarnas synpunkter inför mötena.", "dialog", "civil_society") + " "
  + c("Kommunen och Hällsjö Föreningsråd ska tillsammans ta fram en årlig aktivitetsplan för samverkan.",
      "dialog", "joint"))

h1("Uppföljning och revidering")
p(c("Kommunstyrelsen ska följa upp policyn årligen och redovisa resultatet till kommunfullmäktige i "
    "samband med årsredovisningen.", None, "public") + " "
  + c("Uppföljningen ska göras tillsammans med civilsamhället i Föreningsforum Hällsjö.", "dialog", "joint"))
p("Vid uppföljningen används bland annat följande underlag:")
ul(["antal föreningar som har fått bidrag och fördelningen mellan olika typer av föreningar,",
    "handläggningstider för bidragsansökningar,",
    "andelen av bidragen som går till verksamhet för barn och unga,",
    "resultatet av föreningsenkäten."])
p(c("Vartannat år genomför kommunen en enkät till föreningslivet om hur samverkan fungerar.",
    "kvalitet", "public") + " "
  + c("Policyn ska revideras senast 2028 eller tidigare om det finns behov.", None, "public"))

REVISIONS = [
    ("1.0", "2019-11-25", "KF § 118", "Policy för samverkan med föreningslivet antas."),
    ("1.1", "2021-06-14", "KS § 87", "Redaktionella ändringar efter ny nämndorganisation."),
    ("2.0", "2025-02-24", "KF § 19", "Revidering. Barnrättsperspektiv och IOP har lagts till."),
]

# ---------------------------------------------------------------- fodt
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"')

STYLES = """
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.22cm" fo:line-height="118%" fo:keep-together="always" fo:orphans="2" fo:widows="2"/>
 </style:style>
 <style:style style:name="Lead" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:keep-with-next="always" fo:margin-bottom="0.1cm"/>
 </style:style>
 <style:style style:name="ListItem" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-bottom="0.08cm"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:keep-with-next="always" fo:margin-top="0.45cm" fo:margin-bottom="0.18cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold" fo:color="#1f4e5f"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.7cm"/>
  <style:text-properties fo:font-size="16pt"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2">
  <style:text-properties fo:font-size="12.5pt"/>
 </style:style>
 <style:style style:name="TocHead" style:family="paragraph" style:parent-style-name="Heading">
  <style:text-properties fo:font-size="16pt"/>
 </style:style>
 <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.05cm">
   <style:tab-stops><style:tab-stop style:position="16.5cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="0.6cm" fo:margin-bottom="0.05cm">
   <style:tab-stops><style:tab-stop style:position="15.9cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="8.25cm" style:type="center"/><style:tab-stop style:position="16.5cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#444444"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Header"/>
 <style:style style:name="TableText" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.05cm" fo:margin-bottom="0.05cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="TableHead" style:family="paragraph" style:parent-style-name="TableText">
  <style:text-properties fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="TableLabel" style:family="paragraph" style:parent-style-name="TableText">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CoverOrg" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="20pt" fo:font-weight="bold" fo:letter-spacing="0.08cm" fo:color="#1f4e5f"/>
 </style:style>
 <style:style style:name="CoverKind" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="5.5cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:text-transform="uppercase" fo:color="#6b6b6b"/>
 </style:style>
 <style:style style:name="CoverTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="3.2cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="28pt" fo:font-weight="bold" fo:color="#1f4e5f"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt" fo:color="#444444"/>
 </style:style>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="1" text:display-levels="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-1.1cm" fo:margin-left="1.1cm"/>
   </style:list-level-properties>
  </text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-1.1cm" fo:margin-left="1.1cm"/>
   </style:list-level-properties>
  </text:outline-level-style>
 </text:outline-style>
 <text:list-style style:name="Dash">
  <text:list-level-style-bullet text:level="1" text:bullet-char="–">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.2cm" fo:text-indent="-0.5cm" fo:margin-left="1.2cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.25cm" fo:margin-right="2.25cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.9cm" fo:padding-bottom="0.15cm" fo:border-bottom="0.5pt solid #9fb8c0"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.8cm" fo:padding-top="0.15cm" fo:border-top="0.5pt solid #9fb8c0"/></style:footer-style>
 </style:page-layout>
 <style:page-layout style:name="pm2">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.25cm" fo:margin-right="2.25cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="PCover" style:family="paragraph" style:parent-style-name="CoverOrg" style:master-page-name="Cover"/>
 <style:style style:name="PBreak" style:family="paragraph" style:parent-style-name="TocHead" style:master-page-name="Standard">
  <style:paragraph-properties style:page-number="auto" fo:break-before="page"/>
 </style:style>
 <style:style style:name="H1Break" style:family="paragraph" style:parent-style-name="Heading_20_1">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="TInfo" style:family="table"><style:table-properties style:width="16.5cm" table:align="left" fo:margin-top="0.2cm"/></style:style>
 <style:style style:name="TInfo.A" style:family="table-column"><style:table-column-properties style:column-width="4.6cm"/></style:style>
 <style:style style:name="TInfo.B" style:family="table-column"><style:table-column-properties style:column-width="11.9cm"/></style:style>
 <style:style style:name="TCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #9fb8c0"/></style:style>
 <style:style style:name="TCellShade" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:background-color="#e8eff1" fo:border="0.5pt solid #9fb8c0"/></style:style>
 <style:style style:name="THeadCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:background-color="#1f4e5f" fo:border="0.5pt solid #1f4e5f"/></style:style>
 <style:style style:name="TRow" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
 __TABLESTYLES__
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header>
   <text:p text:style-name="Header">HÄLLSJÖ KOMMUN<text:tab/>Policy för samverkan med civilsamhället<text:tab/>Sida <text:page-number text:select-page="current">1</text:page-number> (<text:page-count>1</text:page-count>)</text:p>
  </style:header>
  <style:footer>
   <text:p text:style-name="Footer">Dnr __DNR__<text:tab/>Fastställd av kommunfullmäktige 2025-02-24, § 19<text:tab/>Version 2.0</text:p>
  </style:footer>
 </style:master-page>
 <style:master-page style:name="Cover" style:page-layout-name="pm2" style:next-style-name="Standard">
  <style:footer>
   <text:p text:style-name="Footer">Hällsjö kommun · 512 80 Hällsjö · Besöksadress Stora torget 3 · Växel 0325-71 00 00 · www.hallsjo.se</text:p>
  </style:footer>
 </style:master-page>
</office:master-styles>
"""


def x(s):
    return escape(s)


def para(style, text):
    return f'<text:p text:style-name="{style}">{x(text)}</text:p>'


def cell(style, pstyle, text):
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string">'
            f'{para(pstyle, text)}</table:table-cell>')


def build(toc_pages):
    tstyles = []
    body = []
    # ----- cover
    body.append(para("PCover", "HÄLLSJÖ KOMMUN"))
    body.append(para("CoverKind", "Styrdokument – Policy"))
    body.append(para("CoverTitle", TITLE))
    info = [
        ("Dokumenttyp", "Policy"),
        ("Fastställd av", BESLUT),
        ("Diarienummer", DNR),
        ("Dokumentansvarig", "Kommunstyrelsen"),
        ("Handläggare", "Karin Lindqvist, föreningsstrateg, kommunledningskontoret"),
        ("Gäller för", "Samtliga nämnder och förvaltningar"),
        ("Giltighetstid", "Tills vidare, dock senast 2028-12-31"),
        ("Ersätter", "Policy för samverkan med föreningslivet, KF 2019-11-25, § 118"),
    ]
    rows = "".join(f'<table:table-row table:style-name="TRow">{cell("TCellShade", "TableLabel", a)}'
                   f'{cell("TCell", "TableText", b)}</table:table-row>' for a, b in info)
    body.append('<table:table table:name="Dokumentinformation" table:style-name="TInfo">'
                '<table:table-column table:style-name="TInfo.A"/><table:table-column table:style-name="TInfo.B"/>'
                f'{rows}</table:table>')
    # ----- TOC (static index body; page numbers from the first render)
    body.append(para("PBreak", "Innehåll"))
    toc = []
    n1 = n2 = 0
    for blk in B:
        if blk[0] != "h":
            continue
        if blk[1] == 1:
            n1, n2 = n1 + 1, 0
            num = f"{n1}"
        else:
            n2 += 1
            num = f"{n1}.{n2}"
        pg = toc_pages.get(num, "")
        toc.append(f'<text:p text:style-name="Contents_20_{blk[1]}">{num}  {x(blk[2])}<text:tab/>{pg}</text:p>')
    toc.append(f'<text:p text:style-name="Contents_20_1">Versionshistorik<text:tab/>{toc_pages.get("V", "")}</text:p>')
    body.append('<text:table-of-content text:name="Innehållsförteckning" text:protected="true">'
                '<text:table-of-content-source text:outline-level="2"/>'
                '<text:index-body>' + "".join(toc) + '</text:index-body></text:table-of-content>')
    # ----- chapters
    first_h1 = True
    tcount = 0
    for blk in B:
        kind = blk[0]
        if kind == "h":
            _, lvl, t = blk
            st = f"Heading_20_{lvl}"
            if lvl == 1 and first_h1:
                st, first_h1 = "H1Break", False
            body.append(f'<text:h text:style-name="{st}" text:outline-level="{lvl}">{x(t)}</text:h>')
        elif kind == "p":
            _, st, t = blk
            if t.endswith(":"):
                st = "Lead"
            body.append(para(st, t))
        elif kind == "ul":
            items = "".join(f'<text:list-item>{para("ListItem", it)}</text:list-item>' for it in blk[1])
            body.append(f'<text:list text:style-name="Dash">{items}</text:list>')
        elif kind == "table":
            _, head, rows_, widths = blk
            tcount += 1
            tn = f"T{tcount}"
            tstyles.append(f'<style:style style:name="{tn}" style:family="table"><style:table-properties '
                           f'style:width="{sum(widths)}cm" table:align="left" fo:margin-top="0.15cm" '
                           f'fo:margin-bottom="0.3cm"/></style:style>')
            cols = ""
            for i, w in enumerate(widths):
                tstyles.append(f'<style:style style:name="{tn}.{i}" style:family="table-column">'
                               f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
                cols += f'<table:table-column table:style-name="{tn}.{i}"/>'
            hdr = "".join(cell("THeadCell", "TableHead", h) for h in head)
            trs = "".join('<table:table-row table:style-name="TRow">' + cell("TCellShade", "TableLabel", r[0])
                          + "".join(cell("TCell", "TableText", v) for v in r[1:]) + '</table:table-row>'
                          for r in rows_)
            body.append(f'<table:table table:name="{tn}" table:style-name="{tn}">{cols}'
                        f'<table:table-header-rows><table:table-row>{hdr}</table:table-row></table:table-header-rows>'
                        f'{trs}</table:table>')
    # ----- revision table
    body.append(para("Heading_20_1", "Versionshistorik"))
    tstyles.append('<style:style style:name="TRev" style:family="table"><style:table-properties style:width="16.5cm" '
                   'table:align="left"/></style:style>')
    ws = (1.5, 2.6, 2.6, 9.8)
    cols = ""
    for i, w in enumerate(ws):
        tstyles.append(f'<style:style style:name="TRev.{i}" style:family="table-column">'
                       f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
        cols += f'<table:table-column table:style-name="TRev.{i}"/>'
    hdr = "".join(cell("THeadCell", "TableHead", h) for h in ("Version", "Datum", "Beslut", "Ändring"))
    trs = "".join('<table:table-row table:style-name="TRow">' + "".join(cell("TCell", "TableText", v) for v in r)
                  + '</table:table-row>' for r in REVISIONS)
    body.append(f'<table:table table:name="Versionshistorik" table:style-name="TRev">{cols}'
                f'<table:table-header-rows><table:table-row>{hdr}</table:table-row></table:table-header-rows>'
                f'{trs}</table:table>')
    body.append(para("Small", "Policyn finns på www.hallsjo.se/styrdokument. Frågor om policyn besvaras av "
                              "kommunledningskontoret, telefon 0325-71 00 00."))
    styles = STYLES.replace("__TABLESTYLES__", "\n ".join(tstyles)).replace("__DNR__", x(DNR))
    meta = (f'<office:meta><dc:title>{x(TITLE)}</dc:title><dc:creator>Hällsjö kommun, kommunledningskontoret'
            f'</dc:creator><meta:generator>Hällsjö kommun dokumentmall styrdokument 3.2</meta:generator>'
            f'<dc:language>sv-SE</dc:language></office:meta>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">{meta}{styles}'
            f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document>')


def render(toc_pages, outdir):
    src = os.path.join(outdir, DOC_ID + ".fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(build(toc_pages))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, capture_output=True)
    return os.path.join(outdir, DOC_ID + ".pdf")


def heading_pages(pdf):
    pages = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout.split("\f")
    found = {}
    n1 = n2 = 0
    targets = []
    for blk in B:
        if blk[0] == "h":
            if blk[1] == 1:
                n1, n2 = n1 + 1, 0
                targets.append((f"{n1}", blk[2]))
            else:
                n2 += 1
                targets.append((f"{n1}.{n2}", blk[2]))
    targets.append(("V", "Versionshistorik"))
    for key, title in targets:
        for i, pg in enumerate(pages[2:], start=3):
            lines = [re.sub(r"\s+", " ", l).strip() for l in pg.splitlines()]
            if any(l == title or l.endswith(" " + title) and l.split(" ")[0].rstrip(".") == key for l in lines):
                found[key] = str(i)
                break
    return found


def main():
    tmp = tempfile.mkdtemp()
    pdf = render({}, tmp)
    pages = heading_pages(pdf)
    pdf = render(pages, tmp)
    assert heading_pages(pdf) == pages, "TOC page numbers moved"
    shutil.copy(pdf, os.path.join(HERE, DOC_ID + ".pdf"))
    shutil.rmtree(tmp)
    write_expected()


def write_expected():
    full = " ".join(b[2] if b[0] in ("p", "h") else " ".join(b[1]) if b[0] == "ul" else
                    " ".join(" ".join(r) for r in b[2]) for b in B)
    for t, _, _ in C:
        assert t in full, t
    Q = [
        ("q1", "Hur snabbt ska kommunen handlägga en ansökan om föreningsbidrag?", "sv",
         ["handlägga ansökningar om bidrag inom åtta veckor från det att en komplett ansökan har kommit in,"],
         ["åtta veckor"]),
        ("q2", "hur ofta traffas foreningsforum?", "sv",
         ["Kommunen ska ha ett gemensamt forum för dialog, Föreningsforum Hällsjö, som sammanträder minst två gånger per år."],
         ["minst två gånger per år"]),
        ("q3", "What does the municipality expect from clubs that run activities for children?", "en",
         ["har rutiner för att förebygga och hantera kränkningar, trakasserier och övergrepp, särskilt i verksamhet för barn och unga,",
          "begär utdrag ur belastningsregistret för ledare som arbetar med barn,"],
         ["belastningsregistret", "kränkningar"]),
        ("q4", "Får vår förening kritisera kommunen offentligt även om vi får bidrag?", "sv",
         ["Föreningar har rätt att driva opinion och granska och kritisera kommunens verksamhet, även när de får ekonomiskt stöd från kommunen.",
          "Kommunen ska inte ställa villkor för bidrag som begränsar en förenings rätt att driva opinion eller framföra kritik mot kommunen."],
         ["kritisera kommunens verksamhet"]),
        ("q5", "Vilken nämnd ansvarar för föreningsbidrag och lokalbokning?", "sv",
         ["Kultur- och fritidsnämnden",
          "Ansvarar för föreningsbidrag, bokning av lokaler och anläggningar samt stöd och rådgivning till föreningar."],
         ["Kultur- och fritidsnämnden"]),
        ("q6", "När beslutades policyn och av vem?", "sv",
         [BESLUT], ["Kommunfullmäktige", "2025-02-24"]),
        ("q7", "How and how often is the policy followed up?", "en",
         ["Kommunstyrelsen ska följa upp policyn årligen och redovisa resultatet till kommunfullmäktige i samband med årsredovisningen.",
          "Uppföljningen ska göras tillsammans med civilsamhället i Föreningsforum Hällsjö.",
          "Vartannat år genomför kommunen en enkät till föreningslivet om hur samverkan fungerar."],
         ["årligen", "Föreningsforum Hällsjö"]),
        ("q8", "hur lang tid innan maste nya bidragsregler meddelas foreningarna", "sv",
         ["Förändringar av bidragsreglerna ska beslutas och meddelas föreningarna senast sex månader innan de börjar gälla."],
         ["sex månader"]),
        ("q9", "Hur mycket får en idrottsförening i aktivitetsstöd per deltagartillfälle?", "sv", [], []),
        ("q10", "Finns det något särskilt bidrag för föreningar som ordnar sommarlovsaktiviteter för barn?", "sv", [], []),
    ]
    exp = {
        "file": DOC_ID + ".pdf",
        "layout": os.path.basename(HERE),
        "description": (
            "A4 PDF exported by LibreOffice from a municipal 'styrdokument' template (flat ODT). Page 1 is a "
            "cover without running header: spaced organisation name 'HÄLLSJÖ KOMMUN', the label 'Styrdokument – "
            "Policy', the title, and a two-column 'Dokumentinformation' table (dokumenttyp, fastställd av "
            "kommunfullmäktige with date and §, diarienummer, dokumentansvarig, handläggare, gäller för, "
            "giltighetstid, ersätter the 2019 policy) plus an address/phone footer. Page 2 is a static table of "
            "contents with dotted leaders and page numbers. Every following page has a running header "
            "('HÄLLSJÖ KOMMUN', document title, 'Sida N (M)') and a footer (Dnr, 'Fastställd av kommunfullmäktige "
            "2025-02-24, § 19', version), so header/footer text recurs between pages in extracted text. Six "
            "outline-numbered chapters (1, 1.1 …): Inledning (syfte, bakgrund with the national 2008 agreement, "
            "definitions, the policy's status), Principer för samverkan (the six national principles plus "
            "barnrättsperspektiv, each a short description followed by 'Kommunen ska …' sentences, one joint "
            "sentence 'Kommunen och föreningarna ska …'), Kommunens åtaganden (lead-in 'Kommunen ska:' with a "
            "dash list, then prose commitments in 'ska', 'kommer att', 'verkar för' and present tense), Vad kommunen "
            "förväntar sig av föreningarna (lead-in 'Kommunen förväntar sig att de föreningar … :' with a dash "
            "list, plus a 'ska' sentence for associations and a non-binding wish 'Kommunen hoppas också …'), Roller "
            "och ansvar (Aktör/Ansvar table with shaded label column and 'Ansvarar för …' cells for kommunfullmäktige, "
            "kommunstyrelsen, kultur- och fritidsnämnden, övriga nämnder, förvaltningarna; Föreningsforum Hällsjö "
            "with an umbrella body 'Hällsjö Föreningsråd åtar sig att …' and a joint 'Kommunen och Hällsjö "
            "Föreningsråd ska tillsammans …'), Uppföljning och revidering (commitments plus a descriptive list of "
            "follow-up data that is not a commitment). Ends with a Versionshistorik table (three versions, dates "
            "2019, 2021, 2025) and a contact line. Definitions and background contain no commitments."),
        "metadata": {
            "doc_id": DOC_ID,
            "title": TITLE,
            "place": "Hällsjö",
            "organisation": "Hällsjö kommun",
            "kind": "policy",
            "date": "2025-02-24",
            "body": "kommunfullmäktige",
        },
        "commitments": [{"text": t, "principle": pr, "party": pa} for t, pr, pa in C],
        "questions": [{"id": i, "question": q, "language": lang, "answerable": bool(g), "gold": g,
                       "must_mention": m} for i, q, lang, g, m in Q],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(C)} commitments written")


if __name__ == "__main__":
    main()
