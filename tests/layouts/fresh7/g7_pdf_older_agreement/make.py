#!/usr/bin/env python3
"""Generate gardsjo_overenskommelse_2013.pdf (via a flat ODT and LibreOffice) and expected.json.

An older (2013) local agreement between a kommun and the idéburna organisationerna, in the
formal style of the time: cover with a document-information table, typed TOC with dot leaders,
foreword, chapters numbered by LibreOffice's outline numbering, the six national principles
(4.1-4.6) each with a paragraph followed by 'Kommunens åtaganden' / 'Organisationernas åtaganden'
written as running 'Kommunen ska ...' / 'Organisationerna ska ...' sentences, a footnote,
running header with Dnr, footer 'Sida X (Y)', signature page and an appendix table.

Run: python3 make.py   (needs soffice and pdftotext)
"""
import json
import os
import re
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "gardsjo_overenskommelse_2013"
FODT = os.path.join(HERE, STEM + ".fodt")
PDF = os.path.join(HERE, STEM + ".pdf")

COMMITMENTS = []  # filled while building the content


class C(str):
    """A sentence (or list item) that is a commitment."""

    def __new__(cls, text, principle, party):
        s = str.__new__(cls, text)
        s.principle, s.party = principle, party
        return s


def reg(c, text=None):
    COMMITMENTS.append({"text": text or str(c), "principle": c.principle, "party": c.party})


FOOTNOTE = ("Överenskommelsen mellan regeringen, idéburna organisationer inom det sociala området "
            "och Sveriges Kommuner och Landsting, november 2008. Överenskommelsen och material om "
            "den finns på www.overenskommelsen.se.")

SJ, DI, KV, LA, OI, MA = ("sjalvstandighet_och_oberoende", "dialog", "kvalitet", "langsiktighet",
                          "oppenhet_och_insyn", "mangfald")
PUB, CIV, JOI = "public", "civil_society", "joint"

# ---------------------------------------------------------------------------------------------
# Content.  Blocks: ("h1", title) ("h2", title) ("p", [sentences]) ("party", label)
# ("ul", lead_in, [items]) ("pagebreak",) ("fn", ...) handled via the FN marker in a sentence.
# ---------------------------------------------------------------------------------------------
FN = "\x00FN\x00"

BODY = [
    ("h1", "Inledning"),
    ("h2", "Bakgrund"),
    ("p", ["År 2008 träffade regeringen, idéburna organisationer inom det sociala området och "
           "Sveriges Kommuner och Landsting (SKL) en nationell överenskommelse." + FN,
           "Överenskommelsen bygger på sex principer – självständighet och oberoende, dialog, "
           "kvalitet, långsiktighet, öppenhet och insyn samt mångfald – och syftar till att stärka "
           "de idéburna organisationernas roll som röstbärare och opinionsbildare och att utveckla "
           "deras roll som utförare av välfärdstjänster."]),
    ("p", ["Den nationella överenskommelsen förutsätter att motsvarande överenskommelser tas fram "
           "på lokal och regional nivå.",
           "Sedan 2008 har ett växande antal kommuner och landsting tecknat egna överenskommelser "
           "med de idéburna organisationerna i sitt område."]),
    ("p", ["I Gärdsjö finns sedan länge en nära samverkan mellan kommunen och föreningslivet, "
           "bland annat genom Gärdsjö föreningsråd och de återkommande föreningsträffarna.",
           "Samtidigt har både kommunen och organisationerna efterfrågat tydligare spelregler för "
           "samverkan, inte minst när organisationerna tar emot bidrag eller utför uppdrag åt "
           "kommunen."]),
    ("h2", "Så har överenskommelsen tagits fram"),
    ("p", ["Kommunstyrelsen gav i april 2011 (KS § 61/2011) kommunledningskontoret i uppdrag att "
           "tillsammans med företrädare för de idéburna organisationerna ta fram ett förslag till "
           "lokal överenskommelse.",
           "En arbetsgrupp med fyra tjänstemän från kommunen och sex representanter för "
           "organisationerna har lett arbetet.",
           "Under hösten 2011 och våren 2012 genomfördes fem dialogmöten i Gärdsjö, Norrnäs, "
           "Lillskog och Bäckeby med sammanlagt drygt 140 deltagare."]),
    ("p", ["Ett förslag skickades på remiss till nämnder och organisationer under perioden "
           "1 oktober–30 november 2012.",
           "Sammanlagt kom 31 remissvar in, varav 24 från idéburna organisationer.",
           "Synpunkterna har i stora delar arbetats in i den slutliga texten."]),
    ("h2", "Syfte"),
    ("p", ["Syftet med överenskommelsen är att stärka och utveckla samverkan mellan Gärdsjö kommun "
           "och de idéburna organisationerna, till nytta för kommunens invånare.",
           "Överenskommelsen tydliggör parternas olika roller och de principer som samverkan "
           "bygger på.",
           "Den är också ett stöd för att utveckla formerna för dialog, bidrag och andra former av "
           "samarbete."]),
    ("h2", "Överenskommelsens status"),
    ("p", ["Överenskommelsen är en avsiktsförklaring och inte ett juridiskt bindande avtal.",
           "Den ersätter inte de regler som gäller för kommunens bidrag, lokalupplåtelse eller "
           "upphandling, men är vägledande när sådana regler tas fram eller revideras.",
           "Frågor om enskilda organisationers bidrag behandlas inte inom ramen för "
           "överenskommelsen."]),

    ("h1", "Parter, roller och begrepp"),
    ("h2", "Parter"),
    ("p", ["Parter i överenskommelsen är å ena sidan Gärdsjö kommun, å andra sidan de idéburna "
           "organisationer som är verksamma i kommunen och som har anslutit sig till "
           "överenskommelsen.",
           "Med kommunen avses i denna överenskommelse kommunens nämnder och förvaltningar.",
           "De kommunala bolagen omfattas inte, men uppmanas att tillämpa överenskommelsens "
           "principer."]),
    ("p", ["De anslutna organisationerna redovisas i bilaga 1.",
           "När texten talar om organisationerna avses de anslutna idéburna organisationerna."]),
    ("h2", "Vad menas med idéburen organisation?"),
    ("p", ["Med idéburen organisation avses i denna överenskommelse en organisation som har en "
           "demokratisk värdegrund och som bedriver verksamhet utan vinstsyfte, där ett eventuellt "
           "överskott återinvesteras i verksamheten.",
           "Organisationen är fristående från offentlig sektor.",
           "Det kan till exempel vara en ideell förening, ett trossamfund, en stiftelse, ett "
           "studieförbund eller ett socialt företag som drivs utan vinstutdelning."]),
    ("h2", "Olika roller"),
    ("p", ["Kommunen har genom sitt demokratiska mandat ett övergripande ansvar för den kommunala "
           "servicen och för att invånarnas behov tillgodoses.",
           "Kommunen är också myndighet och fördelar bidrag och lokaler."]),
    ("p", ["De idéburna organisationerna har flera roller.",
           "De är röstbärare och opinionsbildare, som ger röst åt medlemmar och grupper som annars "
           "inte alltid blir hörda.",
           "De är utförare av verksamhet, ibland med stöd av kommunen.",
           "Och de är mötesplatser där människor engagerar sig, lär sig demokratiska arbetsformer "
           "och skapar gemenskap.",
           "Parterna är överens om att dessa roller behöver respekteras och hållas isär."]),

    ("h1", "Gemensam vision och utgångspunkter"),
    ("p", ["Vår gemensamma vision är ett Gärdsjö där alla invånare har möjlighet att engagera sig "
           "och där ett starkt och självständigt civilsamhälle bidrar till en god livsmiljö i hela "
           "kommunen – i tätorten såväl som på landsbygden."]),
    ("p", ["Överenskommelsen vilar på en gemensam syn på demokrati, alla människors lika värde och "
           "varje människas rätt att delta i samhällslivet.",
           "Parterna är också överens om att barnets bästa, jämställdhet mellan kvinnor och män och "
           "tillgänglighet för personer med funktionsnedsättning är viktiga utgångspunkter i "
           "samverkan."]),

    ("h1", "Principer och åtaganden", "pagebreak"),
    ("p", ["Överenskommelsen bygger på de sex principer som ingår i den nationella "
           "överenskommelsen.",
           "Under varje princip beskrivs först vad principen innebär för samverkan i Gärdsjö.",
           "Därefter följer de åtaganden som kommunen respektive organisationerna gör.",
           "Åtagandena är en gemensam utgångspunkt för det fortsatta arbetet och konkretiseras i "
           "den handlingsplan som beskrivs i kapitel 5."]),

    ("h2", "Principen om självständighet och oberoende"),
    ("p", ["De idéburna organisationerna har rätt att själva bestämma över sin verksamhet, sina mål "
           "och sina arbetsformer.",
           "Självständigheten omfattar också rätten att granska, kritisera och påverka kommunen.",
           "En organisation som tar emot bidrag från kommunen eller utför uppdrag åt kommunen har "
           "samma rätt att vara kritisk som andra organisationer.",
           "Samtidigt innebär självständigheten ett ansvar för organisationerna att vara tydliga "
           "med sina syften och sin roll."]),
    ("party", "Kommunens åtaganden"),
    ("p", [C("Kommunen ska respektera organisationernas rätt att självständigt formulera sina mål "
             "och bestämma över sin verksamhet.", SJ, PUB),
           C("Kommunen ska inte ställa villkor för bidrag som begränsar organisationernas rätt att "
             "granska och kritisera kommunen eller att bedriva opinionsbildning.", SJ, PUB)]),
    ("p", [C("Kommunen ska vid samverkan med organisationerna vara tydlig med vilken roll "
             "kommunen har, till exempel som bidragsgivare, beställare eller samarbetspart.",
             SJ, PUB)]),
    ("party", "Organisationernas åtaganden"),
    ("p", [C("Organisationerna ska tydligt redovisa sina syften, sin värdegrund och sina "
             "arbetsformer för medlemmar, samarbetspartner och allmänheten.", SJ, CIV),
           C("Organisationerna ska, när de tar emot bidrag eller utför uppdrag åt kommunen, hålla "
             "isär rollen som utförare och rollen som röstbärare och opinionsbildare.", SJ, CIV)]),

    ("h2", "Principen om dialog"),
    ("p", ["Dialog förutsätter att parterna möts med ömsesidig respekt och att synpunkter tas till "
           "vara.",
           "En god dialog bygger på att organisationerna bjuds in tidigt, innan beslut är fattade, "
           "och att det finns tid för organisationerna att förankra sina ståndpunkter hos "
           "medlemmarna.",
           "Dialogen sker på olika nivåer – från det övergripande samtalet om kommunens "
           "utveckling till det löpande samarbetet inom en förvaltning eller en verksamhet."]),
    ("party", "Kommunens åtaganden"),
    ("p", [C("Kommunen ska bjuda in organisationerna till dialog i ett tidigt skede när frågor som "
             "berör dem eller deras målgrupper utreds eller förändras.", DI, PUB),
           C("Remisser till organisationerna ska normalt ha en svarstid på minst sex veckor, och "
             "kommunen ska återkoppla hur synpunkterna har tagits om hand.", DI, PUB)]),
    ("p", [C("Varje nämnd ska utse en kontaktperson för frågor som rör samverkan med de idéburna "
             "organisationerna.", DI, PUB),
           C("Kommunledningskontoret ansvarar för att ett gemensamt dialogforum hålls minst två "
             "gånger per år, varav ett i samband med att kommunens budget bereds.", DI, PUB)]),
    ("party", "Organisationernas åtaganden"),
    ("p", [C("Organisationerna ska aktivt delta i dialogen och föra fram kunskap om och "
             "erfarenheter från sina medlemmar och målgrupper.", DI, CIV),
           C("Organisationerna ska utse företrädare till dialogforum och se till att dessa har "
             "förankring i den egna organisationen och återkopplar till andra berörda "
             "organisationer.", DI, CIV)]),
    ("party", "Gemensamt åtagande"),
    ("p", [C("Kommunen och organisationerna ska tillsammans utveckla former för dialog som gör det "
             "möjligt även för små organisationer och organisationer utan anställd personal att "
             "delta.", DI, JOI)]),

    ("h2", "Principen om kvalitet"),
    ("p", ["Kvalitet handlar om att verksamheten svarar mot de behov som finns hos dem den riktar "
           "sig till.",
           "De idéburna organisationerna har ofta en särskild kunskap om sina målgrupper och ett "
           "eget sätt att arbeta, vilket är en kvalitet i sig.",
           "Kvaliteten i organisationernas verksamhet är i första hand organisationernas eget "
           "ansvar.",
           "När kommunen ger bidrag eller lämnar uppdrag har kommunen dock ett ansvar för att följa "
           "upp att medlen används på avsett sätt."]),
    ("party", "Kommunens åtaganden"),
    ("p", [C("Kommunen ska, i dialog med organisationerna, utveckla former för uppföljning som tar "
             "hänsyn till organisationernas särart och som inte är mer omfattande än vad bidragets "
             "eller uppdragets storlek motiverar.", KV, PUB),
           C("Kommunen ska i mån av plats erbjuda organisationerna att delta i kommunens "
             "utbildningar och temadagar, till exempel inom folkhälsa, tillgänglighet och barnets "
             "rättigheter.", KV, PUB)]),
    ("party", "Organisationernas åtaganden"),
    ("p", [C("Organisationerna åtar sig att arbeta med kvalitet i sin verksamhet och att kunna "
             "redovisa hur verksamheten bidrar till de mål som gäller för bidraget eller "
             "uppdraget.", KV, CIV),
           C("Organisationerna ska verka för att ledare som arbetar med barn och unga kan visa "
             "utdrag ur belastningsregistret.", KV, CIV)]),

    ("h2", "Principen om långsiktighet"),
    ("p", ["Långsiktiga förutsättningar är viktiga för att organisationerna ska kunna planera sin "
           "verksamhet, behålla ideella och anställda och utveckla nya insatser.",
           "Korta bidragsperioder och plötsliga förändringar kan slå hårt, särskilt mot mindre "
           "organisationer.",
           "Långsiktighet förutsätter också att organisationerna har en stabil ekonomi och inte "
           "blir alltför beroende av en enda finansiär."]),
    ("party", "Kommunens åtaganden"),
    ("p", [C("Kommunen ska sträva efter att bevilja verksamhetsbidrag för längre perioder än ett "
             "år, när verksamhetens karaktär gör det motiverat.", LA, PUB),
           C("Beslut om bidrag för kommande år ska meddelas senast den 1 december.", LA, PUB),
           C("Kommunen ska informera organisationerna i god tid, och senast tre månader i förväg, "
             "om förändringar i bidragsregler, lokalhyror eller avtal som påverkar deras "
             "verksamhet.", LA, PUB)]),
    ("party", "Organisationernas åtaganden"),
    ("p", [C("Organisationerna ska arbeta för att bredda sin finansiering, så att verksamheten "
             "inte blir beroende av kommunen som enda finansiär.", LA, CIV),
           C("Organisationerna ska i god tid informera kommunen om en verksamhet som får stöd från "
             "kommunen inte kan genomföras som planerat.", LA, CIV)]),

    ("h2", "Principen om öppenhet och insyn"),
    ("p", ["Öppenhet och insyn är en förutsättning för ömsesidigt förtroende.",
           "För kommunen innebär det att invånare och organisationer kan ta del av hur beslut "
           "fattas och hur offentliga medel fördelas.",
           "För organisationerna innebär det bland annat att medlemmar och bidragsgivare kan se "
           "hur verksamheten bedrivs och finansieras.",
           "Parterna har samtidigt olika förutsättningar: kommunen omfattas av "
           "offentlighetsprincipen, vilket organisationerna inte gör."]),
    ("party", "Kommunens åtaganden"),
    ("p", [C("Kommunen ska tydligt redovisa på vilka grunder bidrag fördelas och hur beslut om "
             "bidrag fattas.", OI, PUB),
           C("Kommunen ska samla information om bidrag, lokaler, kontaktpersoner och aktuella "
             "remisser på ett ställe på kommunens webbplats.", OI, PUB)]),
    ("party", "Organisationernas åtaganden"),
    ("p", [C("Organisationerna ska på begäran redovisa hur kommunala medel har använts.", OI, CIV),
           C("Organisationerna ska ha stadgar, årsmöte och revision och hålla "
             "verksamhetsberättelse och bokslut tillgängliga för medlemmarna och för kommunen.",
             OI, CIV)]),

    ("h2", "Principen om mångfald"),
    ("p", ["Det idéburna Gärdsjö består av organisationer som är stora och små, gamla och nya, med "
           "anställd personal eller helt ideellt drivna.",
           "Mångfalden är en styrka och ger invånarna möjlighet att engagera sig på många olika "
           "sätt.",
           "Kommunens stöd och former för samverkan bör därför utformas så att de inte gynnar vissa "
           "typer av organisationer framför andra."]),
    ("party", "Kommunens åtaganden"),
    ("p", [C("Kommunen ska vid utformningen av bidragsregler och upphandlingar beakta att "
             "organisationerna har olika storlek och förutsättningar, så att även små "
             "organisationer har möjlighet att delta.", MA, PUB),
           C("Kommunen ska verka för att nybildade föreningar, bland annat föreningar som bildas "
             "av nyanlända, får information om kommunens stöd och om denna överenskommelse.",
             MA, PUB)]),
    ("party", "Organisationernas åtaganden"),
    ("p", [C("Organisationerna ska verka för att deras verksamhet är öppen och tillgänglig för "
             "alla, oavsett kön, ålder, funktionsnedsättning, etnisk tillhörighet, religion eller "
             "sexuell läggning.", MA, CIV),
           C("Organisationerna ska sprida kunskap om överenskommelsen till andra idéburna "
             "organisationer och uppmuntra dem att ansluta sig.", MA, CIV)]),

    ("h1", "Gemensamma åtaganden"),
    ("p", ["Utöver de åtaganden som gäller de enskilda principerna har parterna kommit överens om "
           "följande.",
           C("Parterna ska gemensamt verka för att överenskommelsen blir känd bland "
             "förtroendevalda, anställda, medlemmar och ideellt aktiva.", None, JOI),
           C("Parterna ska tillsammans ta fram en handlingsplan för genomförandet senast sex "
             "månader efter att överenskommelsen har undertecknats.", None, JOI)]),
    ("ul", "Parterna åtar sig därutöver att:",
     [C("genomföra en gemensam konferens om överenskommelsen vartannat år, första gången under "
        "2014,", None, JOI),
      C("verka för att överenskommelsens principer får genomslag när nya styrdokument som berör "
        "föreningslivet tas fram i kommunen.", None, JOI)]),

    ("h1", "Organisation, uppföljning och revidering"),
    ("h2", "Samrådsgrupp"),
    ("p", ["För att leda arbetet med överenskommelsen finns en samrådsgrupp med fyra ledamöter från "
           "kommunen och fyra ledamöter från organisationerna.",
           "Kommunens ledamöter utses av kommunstyrelsen.",
           "Organisationernas ledamöter utses vid ett gemensamt möte för de anslutna "
           "organisationerna.",
           "Gruppen sammanträder normalt minst fyra gånger per år.",
           C("Kommunledningskontoret ansvarar för samrådsgruppens sekretariat och för att "
             "minnesanteckningar från mötena publiceras på kommunens webbplats.", None, PUB)]),
    ("h2", "Uppföljning"),
    ("p", [C("Samrådsgruppen ska årligen följa upp överenskommelsen och redovisa resultatet till "
             "kommunstyrelsen och till de anslutna organisationerna.", None, JOI),
           "Uppföljningen kan exempelvis omfatta hur dialogforum och remisser har fungerat, hur "
           "bidragsreglerna har utvecklats och hur många organisationer som har anslutit sig."]),
    ("h2", "Revidering"),
    ("p", [C("Parterna ska gemensamt se över överenskommelsen senast under 2016 och därefter vid "
             "behov.", None, JOI),
           "Förslag till ändringar bereds av samrådsgruppen och beslutas av kommunfullmäktige "
           "respektive de anslutna organisationerna."]),

    ("h1", "Anslutning och giltighet"),
    ("p", ["Överenskommelsen gäller från och med att den har undertecknats och tills vidare.",
           "Idéburna organisationer som är verksamma i Gärdsjö kommun kan ansluta sig genom ett "
           "styrelsebeslut.",
           "Anmälan om anslutning görs på en särskild blankett som skickas till "
           "kommunledningskontoret.",
           "En organisation som vill lämna överenskommelsen anmäler detta skriftligen."]),
    ("p", [C("Kommunledningskontoret ansvarar för att föra en aktuell förteckning över anslutna "
             "organisationer.", None, PUB)]),
    ("contact",),

    ("h1", "Underskrifter", "pagebreak"),
    ("signatures",),
    ("appendix",),
]

FOREWORD = [
    "Gärdsjö har ett rikt föreningsliv. Varje vecka möts hundratals barn och ungdomar i "
    "idrottsföreningar och studieförbund, pensionärsorganisationerna erbjuder gemenskap och "
    "aktiviteter, och trossamfund och ideella organisationer gör stora insatser för människor som "
    "befinner sig i en utsatt situation. Det ideella engagemanget är en av kommunens viktigaste "
    "tillgångar.",
    "Med denna överenskommelse vill vi tydliggöra hur kommunen och de idéburna organisationerna "
    "samverkar och vilka förväntningar vi kan ha på varandra. Överenskommelsen är resultatet av ett "
    "gemensamt arbete där många har bidragit med synpunkter och idéer. Nu börjar arbetet med att "
    "göra den levande.",
    "Gärdsjö i september 2013",
]

ORGS = [
    "ABF Gärdsjö", "Brottsofferjouren Norra Gärdsjö", "Bäckeby bygdegårdsförening",
    "Föreningen Gärdsjö Kulturhus", "Gärdsjö föreningsråd", "Gärdsjö IF",
    "Gärdsjö Pingstförsamling", "Gärdsjö Schackklubb", "Gärdsjö församling, Svenska kyrkan",
    "Kvinnojouren Linnean", "Lillskogs hembygdsförening", "Norrnäs IK",
    "PRO Gärdsjö", "Röda Korset Gärdsjökretsen", "SPF Seniorerna Gärdsjö-Norrnäs",
    "Studieförbundet Vuxenskolan Gärdsjö", "Syriska föreningen i Gärdsjö",
    "Synskadades Riksförbund Gärdsjö", "Unga Örnar Gärdsjö", "Vänortsföreningen Gärdsjö–Rakvere",
]

# ---------------------------------------------------------------------------------------------
# ODF building
# ---------------------------------------------------------------------------------------------
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text"')

SERIF = "Liberation Serif"
SANS = "Liberation Sans"

STYLES = f"""
 <office:font-face-decls>
  <style:font-face style:name="{SERIF}" svg:font-family="'{SERIF}'" style:font-family-generic="roman"/>
  <style:font-face style:name="{SANS}" svg:font-family="'{SANS}'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
   <style:text-properties style:font-name="{SERIF}" fo:font-size="11.5pt" fo:language="sv" fo:country="SE" fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"/>
  </style:default-style>
  <style:default-style style:family="table-cell"><style:table-cell-properties style:vertical-align="top"/></style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.24cm" fo:line-height="118%" fo:text-align="justify" fo:keep-together="always" fo:orphans="2" fo:widows="2"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
   <style:paragraph-properties fo:keep-with-next="always"/>
   <style:text-properties style:font-name="{SANS}" fo:font-weight="bold" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
   <style:paragraph-properties fo:margin-top="0.7cm" fo:margin-bottom="0.3cm"/>
   <style:text-properties fo:font-size="15pt" fo:color="#1f3864"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
   <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm"/>
   <style:text-properties fo:font-size="12pt" fo:color="#1f3864"/>
  </style:style>
  <style:style style:name="Partsrubrik" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
   <style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Rubrik_20_utan_20_nummer" style:display-name="Rubrik utan nummer" style:family="paragraph" style:parent-style-name="Heading" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.4cm"/>
   <style:text-properties fo:font-size="15pt" fo:color="#1f3864"/>
  </style:style>
  <style:style style:name="Lista" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list">
   <style:paragraph-properties fo:margin-bottom="0.1cm" fo:text-align="start"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/>
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties>
    <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties style:font-name="{SANS}" fo:font-size="8.5pt" fo:color="#404040"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Header" style:class="extra"/>
  <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Rubrik_20_utan_20_nummer" style:class="index"/>
  <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
   <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.05cm">
    <style:tab-stops>
     <style:tab-stop style:position="0.9cm"/>
     <style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/>
    </style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:font-weight="bold" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
   <style:paragraph-properties fo:margin-left="0.9cm" fo:margin-bottom="0.05cm">
    <style:tab-stops>
     <style:tab-stop style:position="1cm"/>
     <style:tab-stop style:position="15.1cm" style:type="right" style:leader-style="dotted" style:leader-text="."/>
    </style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:text-properties style:font-name="{SANS}" fo:font-size="9.5pt" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Signatur" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:text-properties fo:font-size="11pt" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text">
   <style:text-properties style:text-position="super 58%"/>
  </style:style>
  <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
   <style:text-properties style:text-position="super 58%"/>
  </style:style>
  <text:outline-style style:name="Outline">
   <text:outline-level-style text:level="1" style:num-format="1" style:num-suffix=".">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-1.1cm" fo:margin-left="1.1cm"/>
    </style:list-level-properties>
   </text:outline-level-style>
   <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-1.1cm" fo:margin-left="1.1cm"/>
    </style:list-level-properties>
   </text:outline-level-style>
{''.join(f'   <text:outline-level-style text:level="{i}" style:num-format=""/>{chr(10)}' for i in range(3, 11))}  </text:outline-style>
  <text:list-style style:name="Tankstreck">
   <text:list-level-style-bullet text:level="1" text:bullet-char="–">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-0.5cm" fo:margin-left="1cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
  <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pmCover">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  </style:page-layout>
  <style:page-layout style:name="pmBody">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm">
    <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
   </style:page-layout-properties>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.8cm" fo:padding-bottom="0.1cm" fo:border-bottom="0.5pt solid #808080"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.8cm" fo:padding-top="0.1cm" fo:border-top="0.5pt solid #808080"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="PCoverTop" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Forsta_20_sidan">
   <style:paragraph-properties fo:margin-bottom="0.1cm" fo:border-bottom="1.5pt solid #1f3864" fo:padding-bottom="0.15cm"/>
   <style:text-properties style:font-name="{SANS}" fo:font-size="16pt" fo:font-weight="bold" fo:letter-spacing="0.08cm" fo:color="#1f3864"/>
  </style:style>
  <style:style style:name="PCoverSmall" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="5.5cm"/>
   <style:text-properties style:font-name="{SANS}" fo:font-size="9pt" fo:color="#404040"/>
  </style:style>
  <style:style style:name="PCoverTitle" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.3cm"/>
   <style:text-properties style:font-name="{SANS}" fo:font-size="30pt" fo:font-weight="bold" fo:color="#1f3864" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="PCoverSub" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.2cm"/>
   <style:text-properties style:font-name="{SANS}" fo:font-size="16pt" fo:color="#1f3864" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="PCoverDecision" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="5.2cm"/>
   <style:text-properties fo:font-size="12pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="PBreak" style:family="paragraph" style:parent-style-name="Rubrik_20_utan_20_nummer">
   <style:paragraph-properties fo:break-before="page"/>
  </style:style>
  <style:style style:name="H1Break" style:family="paragraph" style:parent-style-name="Heading_20_1">
   <style:paragraph-properties fo:break-before="page" fo:margin-top="0cm"/>
  </style:style>
  <style:style style:name="PRight" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:text-align="start" fo:margin-top="0.4cm"/>
  </style:style>
  <style:style style:name="PSigLine" style:family="paragraph" style:parent-style-name="Signatur">
   <style:paragraph-properties fo:margin-top="1.6cm" fo:border-top="0.5pt solid #000000" fo:padding-top="0.05cm" fo:margin-right="0.8cm"/>
  </style:style>
  <style:style style:name="PSigRole" style:family="paragraph" style:parent-style-name="Signatur">
   <style:text-properties fo:font-size="10pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="PSigHead" style:family="paragraph" style:parent-style-name="Signatur">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="PLead" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:keep-with-next="always" fo:margin-bottom="0.1cm"/>
  </style:style>
  <style:style style:name="PBoxHead" style:family="paragraph" style:parent-style-name="Table_20_Contents">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="T_bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="TblInfo" style:family="table">
   <style:table-properties style:width="16cm" table:align="left"/>
  </style:style>
  <style:style style:name="TblInfo.A" style:family="table-column"><style:table-column-properties style:column-width="4.6cm"/></style:style>
  <style:style style:name="TblInfo.B" style:family="table-column"><style:table-column-properties style:column-width="11.4cm"/></style:style>
  <style:style style:name="TblInfo.cell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #808080"/>
  </style:style>
  <style:style style:name="TblInfo.headcell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #808080" fo:background-color="#dce3ef"/>
  </style:style>
  <style:style style:name="TblContact" style:family="table">
   <style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.4cm"/>
  </style:style>
  <style:style style:name="TblContact.A" style:family="table-column"><style:table-column-properties style:column-width="16cm"/></style:style>
  <style:style style:name="TblContact.cell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.2cm" fo:border="0.5pt solid #1f3864" fo:background-color="#eef1f7"/>
  </style:style>
  <style:style style:name="TblSig" style:family="table">
   <style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.6cm"/>
  </style:style>
  <style:style style:name="TblSig.A" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
  <style:style style:name="TblSig.cell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.05cm" fo:border="none"/>
  </style:style>
  <style:style style:name="TblOrg" style:family="table">
   <style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.3cm"/>
  </style:style>
  <style:style style:name="TblOrg.A" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pmBody">
   <style:header>
    <text:p text:style-name="Header">Gärdsjö kommun<text:tab/>Överenskommelse med de idéburna organisationerna</text:p>
    <text:p text:style-name="Header">Kommunledningskontoret<text:tab/>Dnr KS 2012/0347</text:p>
   </style:header>
   <style:footer>
    <text:p text:style-name="Footer">Antagen av kommunfullmäktige 2013-06-17, § 84<text:tab/>Sida <text:page-number text:select-page="current">1</text:page-number> (<text:page-count>1</text:page-count>)</text:p>
   </style:footer>
  </style:master-page>
  <style:master-page style:name="Forsta_20_sidan" style:display-name="Första sidan" style:page-layout-name="pmCover" style:next-style-name="Standard"/>
 </office:master-styles>
"""


def x(s):
    return escape(s)


def para_xml(sentences, style="Text_20_body"):
    parts = []
    for s in sentences:
        if isinstance(s, C):
            reg(s)
        t = x(str(s))
        t = t.replace(FN, '<text:note text:id="ftn1" text:note-class="footnote">'
                          '<text:note-citation>1</text:note-citation><text:note-body>'
                          f'<text:p text:style-name="Footnote">{x(FOOTNOTE)}</text:p>'
                          '</text:note-body></text:note>')
        parts.append(t)
    return f'<text:p text:style-name="{style}">{" ".join(parts)}</text:p>\n'


def info_table():
    rows = [("Dokumenttyp", "Överenskommelse"),
            ("Beslutad av", "Kommunfullmäktige"),
            ("Datum och paragraf", "2013-06-17, § 84"),
            ("Diarienummer", "KS 2012/0347"),
            ("Dokumentansvarig", "Kommunchef"),
            ("Gäller för", "Kommunens nämnder och förvaltningar samt anslutna idéburna organisationer"),
            ("Giltighetstid", "Tills vidare. Ses över senast 2016.")]
    out = ['<table:table table:name="Dokumentinformation" table:style-name="TblInfo">'
           '<table:table-column table:style-name="TblInfo.A"/><table:table-column table:style-name="TblInfo.B"/>']
    for k, v in rows:
        out.append('<table:table-row>'
                   f'<table:table-cell table:style-name="TblInfo.headcell" office:value-type="string"><text:p text:style-name="PBoxHead">{x(k)}</text:p></table:table-cell>'
                   f'<table:table-cell table:style-name="TblInfo.cell" office:value-type="string"><text:p text:style-name="Table_20_Contents">{x(v)}</text:p></table:table-cell>'
                   '</table:table-row>')
    out.append('</table:table>\n')
    return "".join(out)


def contact_box():
    lines = ["Kommunledningskontoret, utvecklingsenheten",
             "Anna-Karin Sjödin, utvecklingsstrateg",
             "Telefon 0493-180 00 (växel)",
             "E-post: kommunen@gardsjo.se",
             "Postadress: Gärdsjö kommun, 594 80 Gärdsjö"]
    cell = '<text:p text:style-name="PBoxHead">Kontakt och anmälan om anslutning</text:p>' + "".join(
        f'<text:p text:style-name="Table_20_Contents">{x(l)}</text:p>' for l in lines)
    return ('<table:table table:name="Kontakt" table:style-name="TblContact">'
            '<table:table-column table:style-name="TblContact.A"/>'
            f'<table:table-row><table:table-cell table:style-name="TblContact.cell" office:value-type="string">{cell}</table:table-cell></table:table-row>'
            '</table:table>\n')


def signatures():
    out = [para_xml(["Överenskommelsen har undertecknats vid Föreningarnas dag i Gärdsjö "
                     "Folkets hus. Den har upprättats i två likalydande exemplar, av vilka "
                     "kommunen och Gärdsjö föreningsråd har tagit var sitt."]),
           '<text:p text:style-name="PRight">Gärdsjö den 12 september 2013</text:p>\n']
    left = [("För Gärdsjö kommun", None),
            ("Birgitta Lönnqvist", "Kommunstyrelsens ordförande"),
            ("Tomas Hedman", "Kommunstyrelsens 1:e vice ordförande"),
            ("Gunnel Åkerberg", "Kommunchef")]
    right = [("För de idéburna organisationerna", None),
             ("Kjell Ahlström", "Ordförande, Gärdsjö föreningsråd"),
             ("Margareta Ek", "Ordförande, PRO Gärdsjö"),
             ("Jonas Falk", "Ordförande, Röda Korset Gärdsjökretsen")]

    def cell(item):
        name, role = item
        if role is None:
            body = f'<text:p text:style-name="PSigHead">{x(name)}</text:p>'
        else:
            body = (f'<text:p text:style-name="PSigLine">{x(name)}</text:p>'
                    f'<text:p text:style-name="PSigRole">{x(role)}</text:p>')
        return f'<table:table-cell table:style-name="TblSig.cell" office:value-type="string">{body}</table:table-cell>'

    out.append('<table:table table:name="Underskrifter" table:style-name="TblSig">'
               '<table:table-column table:style-name="TblSig.A" table:number-columns-repeated="2"/>')
    for l, r in zip(left, right):
        out.append(f'<table:table-row>{cell(l)}{cell(r)}</table:table-row>')
    out.append('</table:table>\n')
    return "".join(out)


def appendix():
    out = ['<text:p text:style-name="PBreak">Bilaga 1. Anslutna organisationer</text:p>\n',
           para_xml(["Följande idéburna organisationer hade anslutit sig till överenskommelsen när "
                     "den undertecknades den 12 september 2013. En uppdaterad förteckning finns "
                     "hos kommunledningskontoret och på kommunens webbplats."])]
    half = (len(ORGS) + 1) // 2
    out.append('<table:table table:name="Anslutna" table:style-name="TblOrg">'
               '<table:table-column table:style-name="TblOrg.A" table:number-columns-repeated="2"/>')
    for i in range(half):
        a = ORGS[i]
        b = ORGS[i + half] if i + half < len(ORGS) else ""
        out.append('<table:table-row>'
                   f'<table:table-cell table:style-name="TblInfo.cell" office:value-type="string"><text:p text:style-name="Table_20_Contents">{x(a)}</text:p></table:table-cell>'
                   f'<table:table-cell table:style-name="TblInfo.cell" office:value-type="string"><text:p text:style-name="Table_20_Contents">{x(b)}</text:p></table:table-cell>'
                   '</table:table-row>')
    out.append('</table:table>\n')
    return "".join(out)


def numbered_headings():
    """[(level, number, title)] in document order."""
    res, n1, n2 = [], 0, 0
    for b in BODY:
        if b[0] == "h1":
            n1, n2 = n1 + 1, 0
            res.append((1, f"{n1}.", b[1]))
        elif b[0] == "h2":
            n2 += 1
            res.append((2, f"{n1}.{n2}", b[1]))
    return res


def build(pages):
    COMMITMENTS.clear()
    o = []
    # cover
    o.append('<text:p text:style-name="PCoverTop">GÄRDSJÖ KOMMUN</text:p>\n')
    o.append('<text:p text:style-name="PCoverSmall">Kommunledningskontoret</text:p>\n')
    o.append('<text:p text:style-name="PCoverTitle">Överenskommelse</text:p>\n')
    o.append('<text:p text:style-name="PCoverSub">mellan Gärdsjö kommun och de idéburna '
             'organisationerna i Gärdsjö</text:p>\n')
    o.append('<text:p text:style-name="PCoverDecision">Antagen av kommunfullmäktige den 17 juni '
             '2013, § 84</text:p>\n')
    o.append(info_table())
    # TOC
    o.append('<text:p text:style-name="PBreak">Innehåll</text:p>\n')
    o.append(f'<text:p text:style-name="Contents_20_1"><text:tab/>Förord<text:tab/>{pages.get("Förord", 3)}</text:p>\n')
    for lvl, num, title in numbered_headings():
        pg = pages.get(title, 0)
        o.append(f'<text:p text:style-name="Contents_20_{lvl}">{x(num)}<text:tab/>{x(title)}'
                 f'<text:tab/>{pg}</text:p>\n')
    o.append(f'<text:p text:style-name="Contents_20_1"><text:tab/>Bilaga 1. Anslutna organisationer'
             f'<text:tab/>{pages.get("Bilaga 1. Anslutna organisationer", 0)}</text:p>\n')
    # foreword
    o.append('<text:p text:style-name="PBreak">Förord</text:p>\n')
    for f in FOREWORD:
        o.append(para_xml([f]))
    o.append('<table:table table:name="Forord" table:style-name="TblSig">'
             '<table:table-column table:style-name="TblSig.A" table:number-columns-repeated="2"/>'
             '<table:table-row>'
             '<table:table-cell table:style-name="TblSig.cell" office:value-type="string">'
             '<text:p text:style-name="Signatur">Birgitta Lönnqvist (S)</text:p>'
             '<text:p text:style-name="PSigRole">Kommunstyrelsens ordförande</text:p></table:table-cell>'
             '<table:table-cell table:style-name="TblSig.cell" office:value-type="string">'
             '<text:p text:style-name="Signatur">Kjell Ahlström</text:p>'
             '<text:p text:style-name="PSigRole">Ordförande, Gärdsjö föreningsråd</text:p></table:table-cell>'
             '</table:table-row></table:table>\n')
    # body
    first_h1 = True
    for b in BODY:
        k = b[0]
        if k == "h1":
            style = "H1Break" if (first_h1 or (len(b) > 2 and b[2] == "pagebreak")) else "Heading_20_1"
            first_h1 = False
            o.append(f'<text:h text:style-name="{style}" text:outline-level="1">{x(b[1])}</text:h>\n')
        elif k == "h2":
            o.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{x(b[1])}</text:h>\n')
        elif k == "party":
            o.append(f'<text:p text:style-name="Partsrubrik">{x(b[1])}</text:p>\n')
        elif k == "p":
            o.append(para_xml(b[1]))
        elif k == "ul":
            o.append(para_xml([b[1]], "PLead"))
            o.append('<text:list text:style-name="Tankstreck">')
            for it in b[2]:
                if isinstance(it, C):
                    reg(it, str(it).rstrip(",."))
                o.append(f'<text:list-item><text:p text:style-name="Lista">{x(str(it))}</text:p></text:list-item>')
            o.append('</text:list>\n')
        elif k == "contact":
            o.append(contact_box())
        elif k == "signatures":
            o.append(signatures())
        elif k == "appendix":
            o.append(appendix())
    body = "".join(o)
    meta = ('<office:meta><dc:title>Överenskommelse mellan Gärdsjö kommun och de idéburna '
            'organisationerna i Gärdsjö</dc:title><meta:initial-creator>asjod01</meta:initial-creator>'
            '<dc:creator>asjod01</dc:creator><meta:creation-date>2013-05-21T09:14:00</meta:creation-date>'
            '<dc:date>2013-09-04T15:02:00</dc:date></office:meta>')
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS}>\n{meta}\n{STYLES}\n'
           f' <office:body><office:text>\n{body} </office:text></office:body>\n</office:document>\n')
    with open(FODT, "w", encoding="utf-8") as fh:
        fh.write(doc)


def convert():
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, FODT],
                       check=True, capture_output=True)


def page_texts():
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", PDF], capture_output=True,
                                                         text=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), PDF, "-"], capture_output=True,
                           text=True).stdout for i in range(1, n + 1)]


def find_pages():
    pages = {}
    texts = page_texts()
    titles = ["Förord"] + [t for _, _, t in numbered_headings()] + ["Bilaga 1. Anslutna organisationer"]
    p = 2  # after the TOC (index 1 = page 2)
    for t in titles:
        for i in range(p, len(texts)):
            lines = [re.sub(r"^\d+(\.\d+)*\.?\s*", "", ln.strip()) for ln in texts[i].splitlines()]
            if t in lines:
                pages[t] = i + 1
                p = i
                break
    return pages


def main():
    build({})
    convert()
    pages = find_pages()
    build(pages)
    convert()
    assert find_pages() == pages, "TOC page numbers unstable"

    questions = [
        {"id": "q1", "question": "Hur lång tid har föreningarna på sig att svara på en remiss från kommunen?",
         "language": "sv", "answerable": True,
         "gold": ["Remisser till organisationerna ska normalt ha en svarstid på minst sex veckor, och "
                  "kommunen ska återkoppla hur synpunkterna har tagits om hand."],
         "must_mention": ["minst sex veckor"]},
        {"id": "q2", "question": "nar far vi besked om bidrag for nasta ar?",
         "language": "sv", "answerable": True,
         "gold": ["Beslut om bidrag för kommande år ska meddelas senast den 1 december."],
         "must_mention": ["1 december"]},
        {"id": "q3", "question": "When is the agreement supposed to be reviewed?",
         "language": "en", "answerable": True,
         "gold": ["Parterna ska gemensamt se över överenskommelsen senast under 2016 och därefter vid behov."],
         "must_mention": ["2016"]},
        {"id": "q4", "question": "Kan kommunen ställa villkor i bidraget som hindrar vår förening från att kritisera kommunen?",
         "language": "sv", "answerable": True,
         "gold": ["Kommunen ska inte ställa villkor för bidrag som begränsar organisationernas rätt att "
                  "granska och kritisera kommunen eller att bedriva opinionsbildning.",
                  "En organisation som tar emot bidrag från kommunen eller utför uppdrag åt kommunen har "
                  "samma rätt att vara kritisk som andra organisationer."],
         "must_mention": ["inte ställa villkor", "samma rätt att vara kritisk"]},
        {"id": "q5", "question": "Vem ansvarar för sekretariatet i samrådsgruppen?",
         "language": "sv", "answerable": True,
         "gold": ["Kommunledningskontoret ansvarar för samrådsgruppens sekretariat och för att "
                  "minnesanteckningar från mötena publiceras på kommunens webbplats."],
         "must_mention": ["Kommunledningskontoret"]},
        {"id": "q6", "question": "How often is the joint dialogue forum held?",
         "language": "en", "answerable": True,
         "gold": ["Kommunledningskontoret ansvarar för att ett gemensamt dialogforum hålls minst två "
                  "gånger per år, varav ett i samband med att kommunens budget bereds."],
         "must_mention": ["minst två gånger per år"]},
        {"id": "q7", "question": "hur ansluter sig en forening till overenskommelsen",
         "language": "sv", "answerable": True,
         "gold": ["Idéburna organisationer som är verksamma i Gärdsjö kommun kan ansluta sig genom ett "
                  "styrelsebeslut.",
                  "Anmälan om anslutning görs på en särskild blankett som skickas till "
                  "kommunledningskontoret."],
         "must_mention": ["styrelsebeslut", "blankett"]},
        {"id": "q8", "question": "Vilket organ antog överenskommelsen och när?",
         "language": "sv", "answerable": True,
         "gold": ["Antagen av kommunfullmäktige den 17 juni 2013, § 84"],
         "must_mention": ["kommunfullmäktige", "17 juni 2013"]},
        {"id": "q9", "question": "Hur stort verksamhetsbidrag per medlem kan en pensionärsförening få?",
         "language": "sv", "answerable": False, "gold": [], "must_mention": []},
        {"id": "q10", "question": "Får vi låna kommunens skollokaler gratis på helgerna?",
         "language": "sv", "answerable": False, "gold": [], "must_mention": []},
    ]
    expected = {
        "file": STEM + ".pdf",
        "layout": os.path.basename(HERE),
        "description": (
            "An older (2013) local agreement between a kommun and the idéburna organisationerna, "
            "made with LibreOffice from a flat ODT: cover page without header (municipality name "
            "with a rule, big title, 'Antagen av kommunfullmäktige den 17 juni 2013, § 84' and a "
            "two-column 'Dokumentinformation' table with Beslutad av/Datum och paragraf/Diarienummer/"
            "Giltighetstid); typed TOC 'Innehåll' with dot leaders and page numbers; a foreword "
            "signed by the KS chair and the föreningsråd chair ('Gärdsjö i september 2013'); "
            "chapters numbered by LibreOffice outline numbering ('1.' / '1.1'); running header on "
            "every following page ('Gärdsjö kommun' / 'Överenskommelse med de idéburna "
            "organisationerna' / 'Kommunledningskontoret' / 'Dnr KS 2012/0347') and footer "
            "'Antagen av kommunfullmäktige 2013-06-17, § 84 ... Sida X (Y)'; a footnote in the "
            "background section; justified body text. Chapter 4 'Principer och åtaganden' has the "
            "six national principles as '4.1 Principen om självständighet och oberoende' … "
            "'4.6 Principen om mångfald', each with a descriptive paragraph followed by bold-italic "
            "sub-headings 'Kommunens åtaganden' / 'Organisationernas åtaganden' (and once "
            "'Gemensamt åtagande') under which the commitments are running sentences in "
            "paragraphs, usually two per paragraph ('Kommunen ska …', 'Organisationerna ska …', "
            "'Organisationerna åtar sig att …', also 'Varje nämnd ska …', "
            "'Kommunledningskontoret ansvarar för …' and two passive ones: 'Remisser till "
            "organisationerna ska normalt …', 'Beslut om bidrag för kommande år ska meddelas …'). "
            "Chapter 5 'Gemensamma åtaganden' has 'Parterna ska …' sentences after a "
            "non-commitment sentence and a lead-in 'Parterna åtar sig därutöver att:' with an en-dash "
            "list whose second item falls on the next page; chapter 6 (samrådsgrupp, uppföljning, revidering) and 7 (anslutning) mix "
            "descriptive sentences with a few commitments (principle null), one of them the last "
            "sentence of a descriptive paragraph; a contact box; signature "
            "page 'Underskrifter' with a two-column borderless table of signature lines (date "
            "'Gärdsjö den 12 september 2013', not the decision date); 'Bilaga 1. Anslutna "
            "organisationer' as a two-column table of organisation names. Descriptions of roles, "
            "definitions, the vision and 'bör' sentences are not commitments."),
        "metadata": {
            "doc_id": STEM,
            "title": "Överenskommelse mellan Gärdsjö kommun och de idéburna organisationerna i Gärdsjö",
            "place": "Gärdsjö",
            "organisation": "Gärdsjö kommun",
            "kind": "överenskommelse",
            "date": "2013-06-17",
            "body": "kommunfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": questions,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"wrote {PDF} ({len(COMMITMENTS)} commitments), TOC pages {pages}")


if __name__ == "__main__":
    main()
