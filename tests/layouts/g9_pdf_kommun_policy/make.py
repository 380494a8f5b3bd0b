#!/usr/bin/env python3
"""Generate lidsjo_policy_samverkan_civilsamhallet.pdf (via a LibreOffice .fodt)
and expected.json.

A kommun's policy "Policy för samverkan med civilsamhället" adopted by
kommunfullmäktige: cover page with a document table, a typed table of contents
with dot leaders (page numbers found in a first conversion pass), running page
header with the kommun's name and the document name, footer with Dnr and
"Sida X av Y", footnotes to laws and earlier decisions, headings numbered by
LibreOffice's outline numbering (1, 1.1 …), principles as subsections 3.1–3.7,
commitments as "Kommunen ska …" / "Föreningarna förväntas …" sentences and as
lists after lead-ins, a contact box and a revision history table at the end.

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
DOC_ID = "lidsjo_policy_samverkan_civilsamhallet"
FODT = os.path.join(HERE, DOC_ID + ".fodt")
PDF = os.path.join(HERE, DOC_ID + ".pdf")

KOMMUN = "Lidsjö kommun"
TITLE = "Policy för samverkan med civilsamhället"
DNR = "KS 2024/0318"

COMMITMENTS = []


def c(text, principle, party):
    """Register a commitment and return its text unchanged."""
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


def fn(text):
    return "{fn:" + text + "}"


# ---------------------------------------------------------------------------
# Document content.  Block types:
#   ("h1", text) ("h2", text)  numbered headings (outline numbering)
#   ("hx", text)               unnumbered heading (Kontakt, Revisionshistorik)
#   ("p", text)                body paragraph; {fn:…} becomes a footnote
#   ("lead", text)             lead-in paragraph before a list
#   ("ul", [items]) ("dash", [items])
#   ("contact",) ("revisions",)
# List items are written with their trailing "," / "." in the document; the
# commitment text registered with c() leaves the punctuation out.
# ---------------------------------------------------------------------------

def li(text, principle, party, end):
    return c(text, principle, party) + end


BLOCKS = [
    ("h1", "Inledning"),
    ("h2", "Bakgrund"),
    ("p", "År 2008 tecknade regeringen, idéburna organisationer inom det sociala "
          "området och Sveriges Kommuner och Landsting en nationell överenskommelse "
          "om hur samverkan mellan parterna skulle utvecklas."
          + fn("Överenskommelsen mellan regeringen, idéburna organisationer inom det "
               "sociala området och Sveriges Kommuner och Landsting (dnr IJ2008/2110/UF). "
               "Överenskommelsen har senare utvidgats till att även omfatta integrationsområdet.")
          + " Den bygger på sex principer: självständighet och oberoende, dialog, "
          "kvalitet, långsiktighet, öppenhet och insyn samt mångfald."),
    ("p", "I Lidsjö kommun har samverkan med föreningslivet sedan 2013 reglerats i en "
          "lokal överenskommelse som togs fram tillsammans med Lidsjö föreningsråd, "
          "studieförbunden och ett tjugotal föreningar."
          + fn("Lokal överenskommelse mellan Lidsjö kommun och den idéburna sektorn, antagen "
               "av kommunfullmäktige 2013-06-17, § 58, reviderad 2019-11-25, § 112.")
          + " Vid uppföljningen 2023 framkom att överenskommelsen var okänd i stora delar "
          "av kommunens förvaltningar och att flera föreningar upplevde att den saknade "
          "tydliga åtaganden. Kommunstyrelsen gav därför kansliavdelningen i uppdrag att "
          "ersätta överenskommelsen med en policy som gäller för hela kommunkoncernen."
          + fn("Kommunstyrelsen 2024-02-06, § 19, dnr KS 2024/0318.")),
    ("p", "Policyn har arbetats fram i dialog med föreningslivet. Under hösten 2024 "
          "hölls tre dialogmöten, i Lidsjö, Sörmo och Östra Hult, och en webbenkät "
          "besvarades av 87 föreningar. Ett förslag skickades därefter på remiss till "
          "nämnderna, de kommunala bolagen och Lidsjö föreningsråd."),

    ("h2", "Syfte"),
    ("lead", "Syftet med policyn är att"),
    ("dash", ["tydliggöra hur kommunen och civilsamhället ska samverka och vad parterna "
              "kan förvänta sig av varandra,",
              "skapa goda förutsättningar för ett självständigt och livskraftigt föreningsliv "
              "i hela kommunen,",
              "bidra till att fler invånare kan delta i och påverka samhällslivet."]),

    ("h2", "Omfattning och ansvar"),
    ("p", "Policyn gäller för kommunstyrelsen, samtliga nämnder och de helägda kommunala "
          "bolagen. Den omfattar all samverkan med civilsamhällets organisationer, oavsett "
          "om samverkan sker genom bidrag, avtal, partnerskap eller i mer informella former."),
    ("p", c("Varje nämnd och bolagsstyrelse ansvarar för att policyn är känd och tillämpas "
            "inom den egna verksamheten.", None, "public")
          + " " + c("Kommunstyrelsen ansvarar för att samordna kommunens arbete med policyn "
                    "och för att stödja nämnderna i tillämpningen.", None, "public")),
    ("p", "Policyn riktar sig också till föreningslivet. De förväntningar på föreningarna "
          "som uttrycks i avsnitt 3 är inte villkor för föreningsbidrag, utan ett uttryck "
          "för vad kommunen och föreningslivet har kommit fram till i dialogen. Villkoren "
          "för bidrag framgår av kultur- och fritidsnämndens riktlinjer för föreningsbidrag."),

    ("h2", "Begrepp"),
    ("p", "Med civilsamhället avses i denna policy en arena, skild från staten, marknaden "
          "och det enskilda hushållet, där människor, grupper och organisationer agerar "
          "tillsammans för gemensamma intressen."
          + fn("Definitionen följer regeringens proposition 2009/10:55 En politik för det "
               "civila samhället.")),
    ("p", "Med idéburen organisation avses en organisation som har ett allmännyttigt syfte, "
          "som är fristående från det offentliga och där eventuellt överskott återinvesteras "
          "i verksamheten. Föreningar, stiftelser och trossamfund är exempel på idéburna "
          "organisationer."),
    ("p", "I texten används föreningarna och föreningslivet som samlingsbegrepp för "
          "civilsamhällets organisationer i Lidsjö, oavsett organisationsform."),

    ("h1", "Utgångspunkter"),
    ("h2", "Vision och mål"),
    ("p", "Kommunens vision, Lidsjö 2035 – levande bygd och öppna möten, beskriver en kommun "
          "där människor känner sig delaktiga och där det finns en meningsfull fritid för alla "
          "åldrar. Föreningslivet bidrar till visionen genom att skapa mötesplatser, "
          "engagemang och gemenskap, inte minst i kommunens mindre orter. Kommunfullmäktiges "
          "mål om ökad delaktighet och trygga uppväxtvillkor kan inte nås utan ett starkt "
          "civilsamhälle."),
    ("h2", "Lagar och andra styrdokument"),
    ("lead", "Policyn ska läsas tillsammans med bland annat följande lagar och styrdokument:"),
    ("ul", ["kommunallagen (2017:725),",
            "lag (2018:1197) om Förenta nationernas konvention om barnets rättigheter,",
            "lag (2016:1145) om offentlig upphandling,",
            "riktlinjer för föreningsbidrag i Lidsjö kommun (kultur- och fritidsnämnden "
            "2022-09-14, § 61),",
            "policy för medborgardialog (kommunfullmäktige 2021-03-29, § 30)."]),

    ("h1", "Principer för samverkan"),
    ("p", "Policyn bygger på de sex principerna i den nationella överenskommelsen. I dialogen "
          "med föreningslivet har en sjunde princip, barnrättsperspektiv, lagts till. Under "
          "varje princip beskrivs vad principen innebär i Lidsjö, vad kommunen ska göra och "
          "vad föreningarna förväntas göra. Åtagandena tolkas utifrån de förutsättningar som "
          "gäller för den enskilda föreningen och verksamheten."),

    ("h2", "Självständighet och oberoende"),
    ("p", "Föreningslivets självständighet är en grund för ett demokratiskt samhälle. "
          "Föreningarna bestämmer själva över sina mål, sin verksamhet och sin organisation "
          "och har rätt att kritisera kommunen, också när de tar emot kommunala bidrag."),
    ("p", c("Kommunen ska respektera föreningarnas rätt att driva opinion och granska "
            "kommunens verksamhet, oavsett om föreningen får bidrag eller inte.",
            "sjalvstandighet_och_oberoende", "public")
          + " " + c("Kommunen ska inte ställa krav på föreningarnas inre organisation utöver "
                    "vad som följer av lag och av kommunens bidragsregler.",
                    "sjalvstandighet_och_oberoende", "public")),
    ("p", c("När kommunen köper tjänster av eller ingår partnerskap med en förening ska "
            "avtalet utformas så att föreningens egenart och ideella karaktär kan bevaras.",
            "sjalvstandighet_och_oberoende", "public")),
    ("p", c("Föreningarna förväntas själva ansvara för att deras verksamhet och ekonomi sköts "
            "enligt gällande regler och de egna stadgarna.",
            "sjalvstandighet_och_oberoende", "civil_society")
          + " " + c("De förväntas också vara tydliga med när de företräder sina medlemmar och "
                    "när de utför uppdrag åt kommunen.",
                    "sjalvstandighet_och_oberoende", "civil_society")),

    ("h2", "Dialog"),
    ("p", "Dialog innebär att parterna möts på jämlika villkor och lyssnar på varandra i "
          "frågor som berör föreningslivet. För att föreningarnas synpunkter ska kunna påverka "
          "behöver dialogen komma in innan förslagen är färdiga."),
    ("lead", "För att dialogen ska bli meningsfull ska kommunen:"),
    ("ul", [li("bjuda in föreningslivet till dialog i ett tidigt skede när förslag som berör "
               "föreningarna tas fram", "dialog", "public", ","),
            li("ge föreningarna minst fyra veckor att lämna synpunkter på remisser, utom i "
               "brådskande ärenden", "dialog", "public", ","),
            li("återkoppla skriftligt hur föreningarnas synpunkter har tagits om hand",
               "dialog", "public", ".")]),
    ("lead", "Föreningarna förväntas:"),
    ("ul", [li("delta i dialogen utifrån sina förutsättningar och förmedla kunskap om de "
               "behov de möter", "dialog", "civil_society", ","),
            li("samordna sig i frågor som berör många föreningar, till exempel genom Lidsjö "
               "föreningsråd", "dialog", "civil_society", ".")]),
    ("p", c("Kommunen och föreningslivet ska tillsammans genomföra ett dialogforum minst två "
            "gånger per år, varav ett i samband med att kommunens budget tas fram.",
            "dialog", "joint")
          + fn("Dialogforum ersätter de föreningsträffar som tidigare anordnades av kultur- "
               "och fritidsförvaltningen.")),

    ("h2", "Kvalitet"),
    ("p", "Kvalitet handlar om att verksamheten håller god nivå och svarar mot behoven hos "
          "dem som deltar. Föreningarna har egna sätt att definiera och utveckla kvalitet, som "
          "inte alltid kan mätas med de metoder som används i kommunal verksamhet."),
    ("p", c("Kommunen ska utforma uppföljning och redovisningskrav så att de står i proportion "
            "till bidragets storlek och uppdragets art.", "kvalitet", "public")
          + " Kultur- och fritidsförvaltningen erbjuder redan i dag utbildning i "
          "föreningsteknik och bidragsansökan i samarbete med studieförbunden."),
    ("p", c("Föreningarna förväntas arbeta med att utveckla kvaliteten i sin verksamhet och "
            "vara beredda att beskriva hur de gör det.", "kvalitet", "civil_society")),
    ("p", c("Kommunen och föreningarna ska gemensamt ta fram former för att beskriva och följa "
            "upp kvalitet i verksamhet som finansieras med kommunala medel.",
            "kvalitet", "joint")),

    ("h2", "Långsiktighet"),
    ("p", "Föreningslivet behöver stabila villkor för att kunna planera, rekrytera ledare och "
          "utveckla sin verksamhet över tid. Projektbidrag kan vara ett komplement men kan inte "
          "ersätta ett långsiktigt stöd."),
    ("lead", "Kommunen ska därför:"),
    ("ul", [li("i första hand ge verksamhetsbidrag framför projektbidrag",
               "langsiktighet", "public", ","),
            li("kunna bevilja bidrag för upp till tre år i taget till föreningar som har en "
               "etablerad verksamhet", "langsiktighet", "public", ",")
            + fn("Se riktlinjer för föreningsbidrag i Lidsjö kommun, avsnitt 4 Fleråriga bidrag "
                 "(kultur- och fritidsnämnden 2022-09-14, § 61)."),
            li("informera berörda föreningar minst sex månader i förväg om kommunen avser att "
               "minska eller avveckla ett bidrag", "langsiktighet", "public", ".")]),
    ("p", c("Föreningarna förväntas planera sin verksamhet långsiktigt och i möjligaste mån "
            "söka finansiering från fler håll än kommunen.", "langsiktighet", "civil_society")),

    ("h2", "Öppenhet och insyn"),
    ("p", "Öppenhet och insyn skapar förtroende. Invånarna ska kunna se hur skattemedel "
          "används, och föreningarna ska kunna förstå hur kommunen fattar sina beslut."),
    ("lead", "Kommunen åtar sig att:"),
    ("ul", [li("publicera samtliga beslut om föreningsbidrag på kommunens webbplats",
               "oppenhet_och_insyn", "public", ","),
            li("ha tydliga och kända kriterier för bidrag, lokalsubventioner och partnerskap",
               "oppenhet_och_insyn", "public", ","),
            li("ge föreningarna insyn i de delar av kommunens planering som berör dem",
               "oppenhet_och_insyn", "public", ".")]),
    ("p", c("Föreningar som tar emot bidrag från kommunen förväntas lämna verksamhetsberättelse, "
            "ekonomisk redovisning och revisionsberättelse senast den 30 juni året efter "
            "bidragsåret.", "oppenhet_och_insyn", "civil_society")
          + fn("Handlingar som kommer in till kommunen blir allmänna handlingar, se 2 kap. "
               "tryckfrihetsförordningen (1949:105).")
          + " " + c("Föreningarna förväntas också ge kommunen den insyn som behövs för att "
                    "följa upp verksamhet som finansieras med kommunala medel.",
                    "oppenhet_och_insyn", "civil_society")),

    ("h2", "Mångfald"),
    ("p", "Civilsamhället i Lidsjö är brett – från idrottsföreningar och bygdegårdsföreningar "
          "till trossamfund, pensionärsorganisationer och nätverk för nyanlända. Mångfalden är "
          "en styrka för kommunen och för invånarna."),
    ("p", c("Kommunen ska verka för att stödet når föreningar av olika storlek och med olika "
            "inriktning, även de som saknar erfarenhet av att samarbeta med kommunen.",
            "mangfald", "public")
          + " " + c("Nybildade föreningar ska erbjudas särskilt stöd under sina två första "
                    "verksamhetsår.", "mangfald", "public")
          + " " + c("Information om föreningsbidrag och bokning av lokaler ska finnas på "
                    "lättläst svenska och på de språk som är vanligast i kommunen.",
                    "mangfald", "public")),
    ("p", c("Föreningarna förväntas verka för att deras verksamhet är öppen och tillgänglig för "
            "alla, oavsett kön, etnisk tillhörighet, religion, funktionsnedsättning, sexuell "
            "läggning eller ålder.", "mangfald", "civil_society")),

    ("h2", "Barnrättsperspektiv"),
    ("p", "Sedan den 1 januari 2020 gäller FN:s konvention om barnets rättigheter som svensk lag."
          + fn("Lag (2018:1197) om Förenta nationernas konvention om barnets rättigheter.")
          + " En stor del av föreningslivets verksamhet riktar sig till barn och unga, och "
          "föreningarna är viktiga arenor för barns fritid, delaktighet och skydd."),
    ("p", c("Kommunen ska pröva barnets bästa inför beslut om bidrag, lokaler och andra villkor "
            "som påverkar barns och ungas möjligheter till en meningsfull fritid.",
            "barnrattsperspektiv", "public")),
    ("p", c("Föreningar som bedriver verksamhet för barn och unga förväntas ha rutiner för att "
            "ta del av utdrag ur belastningsregistret för ledare som arbetar med barn.",
            "barnrattsperspektiv", "civil_society")
          + fn("Jfr lag (2013:852) om registerkontroll av personer som ska arbeta med barn "
               "samt Riksidrottsförbundets rekommendationer.")),
    ("p", c("Kommunen och föreningarna ska tillsammans skapa möjligheter för barn och unga att "
            "komma till tals i frågor som rör fritid och föreningsliv.",
            "barnrattsperspektiv", "joint")),

    ("h1", "Former för samverkan"),
    ("h2", "Samverkansrådet"),
    ("p", "Samverkansrådet för civilsamhället är den gemensamma arenan för dialog på "
          "övergripande nivå. Rådet består av tre förtroendevalda från kommunstyrelsen och "
          "kultur- och fritidsnämnden samt sex representanter för föreningslivet. "
          "Kommunstyrelsens ordförande är sammankallande."),
    ("p", c("Kommunstyrelsen ansvarar för att samverkansrådet sammanträder minst tre gånger per "
            "år och för att rådet har en sekreterare från kansliavdelningen.", None, "public")
          + " " + c("Lidsjö föreningsråd ansvarar för att utse föreningslivets representanter "
                    "och för att förankra rådets arbete bland föreningarna.",
                    None, "civil_society")),

    ("h2", "Idéburet offentligt partnerskap"),
    ("p", "Idéburet offentligt partnerskap (IOP) är en samverkansform där kommunen och en "
          "idéburen organisation tillsammans finansierar och genomför en verksamhet som ligger "
          "i linje med kommunens mål. Ett partnerskap är inte en upphandling och kan inte "
          "användas för att köpa tjänster."
          + fn("Jfr lag (2016:1145) om offentlig upphandling samt Upphandlingsmyndighetens "
               "vägledning om idéburet offentligt partnerskap.")),
    ("p", c("Innan ett partnerskap ingås ska den berörda nämnden pröva om IOP är en lämplig "
            "form och dokumentera sina överväganden i beslutet.", None, "public")
          + " En gemensam mall för partnerskap finns på kommunens intranät."),

    ("h2", "Lokaler och anläggningar"),
    ("p", "Tillgång till lokaler är en av föreningarnas viktigaste förutsättningar. Kommunen "
          "förvaltar idrottshallar, skollokaler och mötesrum som kan bokas av föreningar."),
    ("lead", "Kultur- och fritidsnämnden kommer att:"),
    ("ul", [li("prioritera föreningar med verksamhet för barn och unga vid fördelning av tider "
               "i kommunens anläggningar", None, "public", ","),
            li("göra det möjligt att boka kommunala lokaler digitalt", None, "public", ","),
            li("vart fjärde år se över taxorna för föreningars lokalhyror i samråd med "
               "samverkansrådet", None, "public", ".")]),

    ("h1", "Uppföljning och revidering"),
    ("p", c("Kommunstyrelsen ansvarar för att policyn följs upp varje år och att resultatet "
            "redovisas i kommunens årsredovisning.", None, "public")),
    ("lead", "Uppföljningen görs i samverkansrådet och kan till exempel omfatta"),
    ("dash", ["antal genomförda dialogforum och deltagande föreningar,",
              "hur föreningsbidragen har fördelats mellan olika typer av föreningar,",
              "föreningarnas upplevelse av samverkan enligt den enkät som skickas ut "
              "vartannat år."]),
    ("p", c("Kommunstyrelsen ska senast 2029 inleda en revidering av policyn och genomföra den "
            "i dialog med föreningslivet.", None, "public")),

    ("contact",),
    ("revisions",),
]

REVISIONS = [
    ("1.0", "2013-06-17", "Lokal överenskommelse mellan Lidsjö kommun och den idéburna sektorn antas.",
     "KF § 58"),
    ("1.1", "2019-11-25", "Överenskommelsen revideras. Avsnitt om idéburet offentligt partnerskap läggs till.",
     "KF § 112"),
    ("2.0", "2024-11-04", "Förslag till policy skickas på remiss till nämnder, bolag och Lidsjö föreningsråd.",
     "KS au § 201"),
    ("2.1", "2025-03-11", "Kommunstyrelsen föreslår kommunfullmäktige att anta policyn.",
     "KS § 38"),
    ("2.2", "2025-04-23", "Policy för samverkan med civilsamhället antas och ersätter överenskommelsen.",
     "KF § 47"),
]

COVER_TABLE = [
    ("Dokumenttyp", "Policy"),
    ("Beslutad av", "Kommunfullmäktige"),
    ("Beslutsdatum", "2025-04-23, § 47"),
    ("Diarienummer", DNR),
    ("Dokumentansvarig", "Kommunstyrelsen, kansliavdelningen"),
    ("Gäller från", "2025-05-01"),
    ("Giltig till", "2029-12-31"),
    ("Ersätter", "Lokal överenskommelse mellan Lidsjö kommun och den idéburna sektorn "
                 "(KF 2019-11-25, § 112)"),
]

# ---------------------------------------------------------------------------
# FODT writer
# ---------------------------------------------------------------------------
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"')

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
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="125%"/>
  </style:style>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.25cm" fo:keep-together="always" fo:orphans="2" fo:widows="2"/>
  </style:style>
  <style:style style:name="Leadin" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  </style:style>
  <style:style style:name="List_20_text" style:display-name="List text" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.1cm" fo:keep-together="always"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold" fo:color="#1f4e5f"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1">
   <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.3cm"/>
   <style:text-properties fo:font-size="16pt"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2">
   <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm"/>
   <style:text-properties fo:font-size="12.5pt"/>
  </style:style>
  <style:style style:name="Heading_20_X" style:display-name="Heading unnumbered" style:family="paragraph" style:parent-style-name="Heading">
   <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.3cm"/>
   <style:text-properties fo:font-size="16pt"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0cm" fo:padding-bottom="0.1cm" fo:border-bottom="0.5pt solid #1f4e5f">
    <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#444444"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0cm">
    <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#444444"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm" fo:margin-bottom="0.05cm" fo:line-height="100%"/>
   <style:text-properties fo:font-size="8.5pt"/>
  </style:style>
  <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
   <style:text-properties style:text-position="super 58%"/>
  </style:style>
  <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>
  <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading_20_X"/>
  <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm">
    <style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold" fo:font-size="10.5pt"/>
  </style:style>
  <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-left="0.6cm" fo:margin-bottom="0.05cm">
    <style:tab-stops><style:tab-stop style:position="15.4cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:font-size="10.5pt"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0cm" fo:line-height="115%"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents">
   <style:text-properties fo:font-weight="bold" fo:color="#ffffff"/>
  </style:style>
 </office:styles>
"""

OUTLINE = """
  <text:outline-style style:name="Outline">
   <text:outline-level-style text:level="1" style:num-format="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-1cm" fo:margin-left="1cm"/>
    </style:list-level-properties>
   </text:outline-level-style>
   <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-1cm" fo:margin-left="1cm"/>
    </style:list-level-properties>
   </text:outline-level-style>
  </text:outline-style>
  <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
"""

AUTO = """
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.6cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.6cm"/></style:footer-style>
  </style:page-layout>
  <style:page-layout style:name="pm2">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  </style:page-layout>
  <style:style style:name="PCoverKommun" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Cover">
   <style:paragraph-properties fo:margin-bottom="4.5cm" fo:padding-bottom="0.2cm" fo:border-bottom="2pt solid #1f4e5f"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt" fo:font-weight="bold" fo:letter-spacing="0.05cm" fo:color="#1f4e5f"/>
  </style:style>
  <style:style style:name="PCoverTitle" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.4cm" fo:line-height="110%"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="28pt" fo:font-weight="bold" fo:color="#1f4e5f"/>
  </style:style>
  <style:style style:name="PCoverSub" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="3.2cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:color="#444444"/>
  </style:style>
  <style:style style:name="PCoverNote" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.6cm"/>
   <style:text-properties fo:font-size="9pt" fo:font-style="italic" fo:color="#444444"/>
  </style:style>
  <style:style style:name="PTocHead" style:family="paragraph" style:parent-style-name="Contents_20_Heading" style:master-page-name="Standard">
   <style:paragraph-properties style:page-number="auto" fo:margin-top="0cm"/>
  </style:style>
  <style:style style:name="PChapter1" style:family="paragraph" style:parent-style-name="Heading_20_1">
   <style:paragraph-properties fo:break-before="page" fo:margin-top="0cm"/>
  </style:style>
  <style:style style:name="PBreakX" style:family="paragraph" style:parent-style-name="Heading_20_X">
   <style:paragraph-properties fo:break-before="page" fo:margin-top="0cm"/>
  </style:style>
  <style:style style:name="PBox" style:family="paragraph" style:parent-style-name="Table_20_Contents">
   <style:text-properties fo:font-size="9.5pt"/>
  </style:style>
  <style:style style:name="PBoxHead" style:family="paragraph" style:parent-style-name="Table_20_Contents">
   <style:paragraph-properties fo:margin-bottom="0.1cm"/>
   <style:text-properties fo:font-size="10.5pt" fo:font-weight="bold" fo:color="#1f4e5f"/>
  </style:style>
  <style:style style:name="TCover" style:family="table">
   <style:table-properties style:width="16cm" table:align="left"/>
  </style:style>
  <style:style style:name="TCover.A" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
  <style:style style:name="TCover.B" style:family="table-column"><style:table-column-properties style:column-width="11.5cm"/></style:style>
  <style:style style:name="TCell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border-bottom="0.5pt solid #9aa9b0" fo:border-top="none" fo:border-left="none" fo:border-right="none"/>
  </style:style>
  <style:style style:name="TCellHead" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:background-color="#1f4e5f" fo:border="0.5pt solid #1f4e5f"/>
  </style:style>
  <style:style style:name="TCellGrid" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #9aa9b0"/>
  </style:style>
  <style:style style:name="TBox" style:family="table">
   <style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.3cm" fo:margin-bottom="0.5cm"/>
  </style:style>
  <style:style style:name="TBox.A" style:family="table-column"><style:table-column-properties style:column-width="16cm"/></style:style>
  <style:style style:name="TBoxCell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.3cm" fo:background-color="#e8f0f2" fo:border-left="3pt solid #1f4e5f" fo:border-top="none" fo:border-right="none" fo:border-bottom="none"/>
  </style:style>
  <style:style style:name="TRev" style:family="table">
   <style:table-properties style:width="16cm" table:align="left"/>
  </style:style>
  <style:style style:name="TRev.A" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
  <style:style style:name="TRev.B" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
  <style:style style:name="TRev.C" style:family="table-column"><style:table-column-properties style:column-width="9.2cm"/></style:style>
  <style:style style:name="TRev.D" style:family="table-column"><style:table-column-properties style:column-width="2.8cm"/></style:style>
  <text:list-style style:name="LBullet">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-0.5cm" fo:margin-left="1.1cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
  <text:list-style style:name="LDash">
   <text:list-level-style-bullet text:level="1" text:bullet-char="–">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-0.5cm" fo:margin-left="1.1cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
 </office:automatic-styles>
"""

MASTER = f"""
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Header">{escape(KOMMUN)}<text:tab/>{escape(TITLE)}</text:p></style:header>
   <style:footer><text:p text:style-name="Footer">Dnr {escape(DNR)}<text:tab/>Sida <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count></text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="Cover" style:page-layout-name="pm2" style:next-style-name="Standard"/>
 </office:master-styles>
"""

FN_RE = re.compile(r"\{fn:(.*?)\}")


class Writer:
    def __init__(self):
        self.fn_no = 0

    def inline(self, text):
        out, pos = [], 0
        for m in FN_RE.finditer(text):
            out.append(escape(text[pos:m.start()]))
            self.fn_no += 1
            n = self.fn_no
            out.append(f'<text:note text:id="ftn{n}" text:note-class="footnote">'
                       f'<text:note-citation>{n}</text:note-citation><text:note-body>'
                       f'<text:p text:style-name="Footnote">{escape(m.group(1))}</text:p>'
                       f'</text:note-body></text:note>')
            pos = m.end()
        out.append(escape(text[pos:]))
        return "".join(out)


def numbered_headings():
    """(label, text, level) for each heading, as LibreOffice will number them."""
    res, n1, n2 = [], 0, 0
    for b in BLOCKS:
        if b[0] == "h1":
            n1 += 1
            n2 = 0
            res.append((str(n1), b[1], 1))
        elif b[0] == "h2":
            n2 += 1
            res.append((f"{n1}.{n2}", b[1], 2))
        elif b[0] == "contact":
            res.append(("", "Kontakt", 1))
        elif b[0] == "revisions":
            res.append(("", "Revisionshistorik", 1))
    return res


def cell(text, style="TCell", pstyle="Table_20_Contents"):
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string">'
            f'<text:p text:style-name="{pstyle}">{escape(text)}</text:p></table:table-cell>')


def build(pages):
    w = Writer()
    body = []
    # --- cover -----------------------------------------------------------
    body.append(f'<text:p text:style-name="PCoverKommun">{escape(KOMMUN.upper())}</text:p>')
    body.append(f'<text:p text:style-name="PCoverTitle">{escape(TITLE)}</text:p>')
    body.append('<text:p text:style-name="PCoverSub">Antagen av kommunfullmäktige '
                '2025-04-23, § 47</text:p>')
    rows = "".join(f"<table:table-row>{cell(k)}{cell(v)}</table:table-row>" for k, v in COVER_TABLE)
    body.append('<table:table table:name="Dokumentinformation" table:style-name="TCover">'
                '<table:table-column table:style-name="TCover.A"/>'
                '<table:table-column table:style-name="TCover.B"/>' + rows + '</table:table>')
    body.append('<text:p text:style-name="PCoverNote">En policy anger kommunens förhållningssätt '
                'inom ett område och gäller för kommunens samtliga nämnder och helägda bolag. '
                'Policyn kompletteras av riktlinjer och rutiner som beslutas av respektive nämnd.'
                '</text:p>')
    # --- table of contents (typed entries, page numbers from first pass) --
    toc = ['<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="Innehållsförteckning1">',
           '<text:table-of-content-source text:outline-level="2">'
           '<text:index-title-template text:style-name="Contents_20_Heading">Innehåll</text:index-title-template>'
           '</text:table-of-content-source>',
           '<text:index-body><text:index-title text:name="Innehållsförteckning1_Head">'
           '<text:p text:style-name="PTocHead">Innehåll</text:p></text:index-title>']
    for label, text, level in numbered_headings():
        pg = pages.get(text, "")
        entry = f"{label} {text}" if label else text
        toc.append(f'<text:p text:style-name="Contents_20_{level}">{escape(entry)}'
                   f'<text:tab/>{pg}</text:p>')
    toc.append('</text:index-body></text:table-of-content>')
    body.append("".join(toc))
    # --- main text ----------------------------------------------------------
    for b in BLOCKS:
        kind = b[0]
        if kind == "h1":
            style = "PChapter1" if b[1] in ("Inledning", "Principer för samverkan") else "Heading_20_1"
            body.append(f'<text:h text:style-name="{style}" text:outline-level="1">{escape(b[1])}</text:h>')
        elif kind == "h2":
            body.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{escape(b[1])}</text:h>')
        elif kind == "p":
            body.append(f'<text:p text:style-name="Text_20_body">{w.inline(b[1])}</text:p>')
        elif kind == "lead":
            body.append(f'<text:p text:style-name="Leadin">{w.inline(b[1])}</text:p>')
        elif kind in ("ul", "dash"):
            ls = "LBullet" if kind == "ul" else "LDash"
            items = "".join(f'<text:list-item><text:p text:style-name="List_20_text">{w.inline(t)}'
                            f'</text:p></text:list-item>' for t in b[1])
            body.append(f'<text:list text:style-name="{ls}">{items}</text:list>')
            body.append('<text:p text:style-name="Text_20_body"/>')
        elif kind == "contact":
            box = ('<text:p text:style-name="PBoxHead">Ansvarig tjänsteperson</text:p>'
                   '<text:p text:style-name="PBox">Frågor om policyn besvaras av kansliavdelningen, '
                   'Lidsjö kommun.</text:p>'
                   '<text:p text:style-name="PBox">Ingrid Holmqvist, utvecklingsstrateg civilsamhälle</text:p>'
                   '<text:p text:style-name="PBox">Telefon 0573-482 10, e-post ingrid.holmqvist@lidsjo.se</text:p>'
                   '<text:p text:style-name="PBox">Frågor om bidrag och lokalbokning: Föreningsservice, '
                   'kultur- och fritidsförvaltningen, foreningsservice@lidsjo.se</text:p>')
            body.append('<text:p text:style-name="Heading_20_X">Kontakt</text:p>')
            body.append('<table:table table:name="Kontakt" table:style-name="TBox">'
                        '<table:table-column table:style-name="TBox.A"/><table:table-row>'
                        '<table:table-cell table:style-name="TBoxCell" office:value-type="string">'
                        + box + '</table:table-cell></table:table-row></table:table>')
        elif kind == "revisions":
            body.append('<text:p text:style-name="PBreakX">Revisionshistorik</text:p>')
            head = "".join(cell(h, "TCellHead", "Table_20_Heading")
                           for h in ("Version", "Datum", "Ändring", "Beslut"))
            rows = "".join("<table:table-row>" + "".join(cell(x, "TCellGrid") for x in r)
                           + "</table:table-row>" for r in REVISIONS)
            body.append('<table:table table:name="Revisionshistorik" table:style-name="TRev">'
                        + "".join(f'<table:table-column table:style-name="TRev.{x}"/>' for x in "ABCD")
                        + f'<table:table-header-rows><table:table-row>{head}</table:table-row>'
                        f'</table:table-header-rows>{rows}</table:table>')
    meta = (f'<office:meta><dc:title>{escape(TITLE)}</dc:title>'
            f'<meta:initial-creator>Kansliavdelningen</meta:initial-creator>'
            f'<dc:creator>Ingrid Holmqvist</dc:creator><dc:language>sv-SE</dc:language></office:meta>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS}>{meta}'
            f'{STYLES.replace("</office:styles>", OUTLINE + "</office:styles>")}{AUTO}{MASTER}'
            f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document>\n')


def convert():
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HOME=tmp)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, FODT],
                       check=True, capture_output=True, env=env)
        shutil.move(os.path.join(tmp, DOC_ID + ".pdf"), PDF)


def heading_pages():
    txt = subprocess.run(["pdftotext", "-layout", PDF, "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = txt.split("\f")
    found = {}
    for label, text, _ in numbered_headings():
        pat = re.compile(r"^\s*" + (re.escape(label) + r"\s+" if label else "") + re.escape(text) + r"\s*$",
                         re.M)
        for i, pg in enumerate(pages[2:], start=3):  # skip cover and TOC
            if pat.search(pg):
                found[text] = str(i)
                break
    return found


def main():
    open(FODT, "w", encoding="utf-8").write(build({}))
    convert()
    pages = heading_pages()
    open(FODT, "w", encoding="utf-8").write(build(pages))
    convert()
    assert heading_pages() == pages, "TOC page numbers moved"
    missing = [t for _, t, _ in numbered_headings() if t not in pages]
    assert not missing, missing
    write_expected()


def write_expected():
    commitments = [dict(x) for x in REGISTERED]
    q = [
        {"id": "q1", "question": "Hur lång tid har föreningarna på sig att svara på en remiss från kommunen?",
         "language": "sv", "answerable": True,
         "gold": ["ge föreningarna minst fyra veckor att lämna synpunkter på remisser, utom i brådskande ärenden"],
         "must_mention": ["fyra veckor"]},
        {"id": "q2", "question": "nar maste foreningen lamna in verksamhetsberattelse och revisionsberattelse till kommunen?",
         "language": "sv", "answerable": True,
         "gold": ["Föreningar som tar emot bidrag från kommunen förväntas lämna verksamhetsberättelse, "
                  "ekonomisk redovisning och revisionsberättelse senast den 30 juni året efter bidragsåret."],
         "must_mention": ["30 juni"]},
        {"id": "q3", "question": "How far in advance does the municipality have to tell an association that its grant will be cut?",
         "language": "en", "answerable": True,
         "gold": ["informera berörda föreningar minst sex månader i förväg om kommunen avser att minska "
                  "eller avveckla ett bidrag"],
         "must_mention": ["sex månader"]},
        {"id": "q4", "question": "Kan vår förening få bidrag för flera år i taget?",
         "language": "sv", "answerable": True,
         "gold": ["kunna bevilja bidrag för upp till tre år i taget till föreningar som har en etablerad verksamhet"],
         "must_mention": ["tre år"]},
        {"id": "q5", "question": "Hur ofta träffas samverkansrådet och vem utser föreningslivets representanter?",
         "language": "sv", "answerable": True,
         "gold": ["Kommunstyrelsen ansvarar för att samverkansrådet sammanträder minst tre gånger per år och "
                  "för att rådet har en sekreterare från kansliavdelningen.",
                  "Lidsjö föreningsråd ansvarar för att utse föreningslivets representanter och för att "
                  "förankra rådets arbete bland föreningarna."],
         "must_mention": ["tre gånger per år", "Lidsjö föreningsråd"]},
        {"id": "q6", "question": "När antogs policyn och vem beslutade om den?",
         "language": "sv", "answerable": True,
         "gold": ["Antagen av kommunfullmäktige 2025-04-23, § 47"],
         "must_mention": ["2025-04-23", "kommunfullmäktige"]},
        {"id": "q7", "question": "What does the policy say about criminal record checks for leaders working with children?",
         "language": "en", "answerable": True,
         "gold": ["Föreningar som bedriver verksamhet för barn och unga förväntas ha rutiner för att ta del "
                  "av utdrag ur belastningsregistret för ledare som arbetar med barn."],
         "must_mention": ["belastningsregistret"]},
        {"id": "q8", "question": "vad forvantas foreningarna gora nar det galler dialog med kommunen?",
         "language": "sv", "answerable": True,
         "gold": ["delta i dialogen utifrån sina förutsättningar och förmedla kunskap om de behov de möter",
                  "samordna sig i frågor som berör många föreningar, till exempel genom Lidsjö föreningsråd"],
         "must_mention": ["delta i dialogen", "Lidsjö föreningsråd"]},
        {"id": "q9", "question": "Hur stort är verksamhetsbidraget per medlem för idrottsföreningar?",
         "language": "sv", "answerable": False, "gold": [], "must_mention": []},
        {"id": "q10", "question": "Hur mycket pengar har kommunen avsatt för IOP i budgeten för 2026?",
         "language": "sv", "answerable": False, "gold": [], "must_mention": []},
    ]
    exp = {
        "file": DOC_ID + ".pdf",
        "layout": os.path.basename(HERE),
        "description": (
            "A kommun's policy 'Policy för samverkan med civilsamhället' adopted by kommunfullmäktige, "
            "as a LibreOffice PDF (source .fodt kept). Cover page without header/footer: the kommun's "
            "name in capitals, title, 'Antagen av kommunfullmäktige 2025-04-23, § 47', a document table "
            "(Dokumenttyp, Beslutad av, Beslutsdatum, Diarienummer, Dokumentansvarig, 'Gäller från' "
            "2025-05-01 and 'Giltig till' 2029-12-31 as decoy dates, Ersätter) and an italic note. Page 2 "
            "a typed table of contents with dot leaders and page numbers. Running header 'Lidsjö kommun' "
            "left / document name right on every later page, footer 'Dnr KS 2024/0318' and 'Sida X av Y'. "
            "Headings numbered by LibreOffice outline numbering (1, 1.1 …); chapter 1 Inledning (background "
            "with earlier decisions, a purpose lead-in '–' list that is not commitments, scope with two "
            "'ansvarar för' commitments, definitions), 2 Utgångspunkter (vision, a bullet list of laws that "
            "is not commitments), 3 Principer för samverkan with principles as subsections 3.1–3.7 (the six "
            "national ones plus Barnrättsperspektiv). Commitments are 'Kommunen ska …' sentences (two in one "
            "paragraph, one 'ska inte', a passive 'Nybildade föreningar ska erbjudas …' and 'Information … "
            "ska finnas' meaning the kommun), 'Föreningarna förväntas …' / 'De förväntas också …' sentences, "
            "joint 'Kommunen och föreningslivet/föreningarna ska tillsammans/gemensamt …', and '•' lists after "
            "lead-ins 'För att dialogen ska bli meningsfull ska kommunen:', 'Föreningarna förväntas:', "
            "'Kommunen ska därför:', 'Kommunen åtar sig att:', 'Kultur- och fritidsnämnden kommer att:' (items "
            "end with ',' or '.'). Chapter 4 Former för samverkan (samverkansråd, IOP, lokaler) and 5 "
            "Uppföljning hold commitments outside the principles (principle null), including one by Lidsjö "
            "föreningsråd; a 'kan till exempel omfatta' follow-up list is not commitments. Ten footnotes "
            "to laws and earlier decisions (KF/KS paragraphs), several right after a commitment sentence and "
            "one after a list item; sentences on training already offered and on an existing IOP template are description, not commitments. At the end an unnumbered 'Kontakt' box (shaded one-cell table) and a "
            "'Revisionshistorik' table Version | Datum | Ändring | Beslut with five rows and earlier dates."),
        "metadata": {
            "doc_id": DOC_ID,
            "title": TITLE,
            "place": "Lidsjö",
            "organisation": KOMMUN,
            "kind": "policy",
            "date": "2025-04-23",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments,
        "questions": q,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {exp['file']} and expected.json: {len(commitments)} commitments")


REGISTERED = list(COMMITMENTS)

if __name__ == "__main__":
    main()
