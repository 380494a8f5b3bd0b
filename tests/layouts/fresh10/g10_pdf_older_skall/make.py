#!/usr/bin/env python3
"""Generate an older (2012) kommun agreement as a LibreOffice PDF plus expected.json.

Sörbyholms kommun (fictional) – "Överenskommelse mellan Sörbyholms kommun och
idéburna organisationer i Sörbyholm 2012–2015", written in the style of the time
("skall"), numbered paragraphs 1.1 …, lettered a) b) c) lists, footnotes, a typed
TOC with dot leaders, running header, "Sida X (Y)" footer, signature page, Bilaga 1.

Usage: python3 make.py   (needs soffice and pdftotext)
"""
import json
import os
import re
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = os.path.basename(HERE)
BASENAME = "Overenskommelse_ideburna_organisationer_Sorbyholm_KF_2012"
FODT = os.path.join(HERE, BASENAME + ".fodt")
PDF = os.path.join(HERE, BASENAME + ".pdf")

COMMITMENTS = []
FOOTNOTES = []


def C(text, principle, party):
    """Register a commitment (verbatim) and return it for the document text."""
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


def FN(text):
    """Footnote placeholder; rendered as a LibreOffice footnote."""
    FOOTNOTES.append(text)
    return "\x00FN%d\x00" % len(FOOTNOTES)


# ---------------------------------------------------------------- content
# blocks: ("h1", num, title) | ("p", num, text) | ("plain", text)
#         ("list", [items]) | ("table", header, rows) | ("break",) ...
B = []


def h1(num, title):
    B.append(("h1", num, title))


def p(num, text):
    B.append(("p", num, text))


def lst(*items):
    B.append(("list", list(items)))


# 1 Bakgrund ---------------------------------------------------------------
h1("1", "Bakgrund")
p("1.1", "Hösten 2008 undertecknade regeringen, Sveriges Kommuner och Landsting (SKL) och ett "
    "stort antal idéburna organisationer inom det sociala området en nationell överenskommelse om "
    "relationerna mellan parterna." + FN(
        "Överenskommelsen mellan regeringen, idéburna organisationer inom det sociala området och "
        "Sveriges Kommuner och Landsting, oktober 2008. Överenskommelsen finns att hämta på "
        "regeringens webbplats.")
  + " Den nationella överenskommelsen bygger på sex principer: självständighet och oberoende, "
    "dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald.")
p("1.2", "I den nationella överenskommelsen uttrycks förhoppningen att motsvarande överenskommelser "
    "skall komma till stånd på lokal och regional nivå. Riksdagen har därefter, genom propositionen "
    "En politik för det civila samhället," + FN("Prop. 2009/10:55, En politik för det civila samhället.")
  + " betonat det civila samhällets betydelse för demokratin och för välfärden.")
p("1.3", "Samverkan mellan Sörbyholms kommun och föreningslivet har en lång tradition, framför allt "
    "inom idrott, kultur, omsorg om äldre och stöd till utsatta grupper. Kommunstyrelsen gav den "
    "15 februari 2011 kommunledningskontoret i uppdrag att tillsammans med Föreningsrådet i "
    "Sörbyholm ta fram ett förslag till lokal överenskommelse.")
p("1.4", "Förslaget har arbetats fram av en arbetsgrupp med företrädare för kommunen och för "
    "organisationerna. Under 2011 hölls fyra öppna dialogmöten i Sörbyholm, Västra Bergby och "
    "Lönnhult med sammanlagt ett hundratal deltagare. Förslaget var ute på remiss hos nämnderna och "
    "hos föreningslivet under perioden oktober–december 2011.")
p("1.5", "Kommunstyrelsen beslutade den 24 april 2012, § 88, att föreslå kommunfullmäktige att anta "
    "överenskommelsen. Kommunfullmäktige antog överenskommelsen den 21 maj 2012, § 64.")

# 2 Syfte ------------------------------------------------------------------
h1("2", "Syfte och mål")
p("2.1", "Syftet med överenskommelsen är att tydliggöra rollerna och förbättra förutsättningarna för "
    "samverkan mellan Sörbyholms kommun och de idéburna organisationerna, till nytta för "
    "kommuninvånarna.")
p("2.2", "Överenskommelsen skall bidra till att:")
lst("fler kommuninvånare kan engagera sig i föreningslivet,",
    "organisationernas kunskap och erfarenheter tas till vara i kommunens planering,",
    "kontakterna mellan kommunen och organisationerna blir enklare och tydligare, samt",
    "organisationernas roll som röstbärare och opinionsbildare stärks.")
p("2.3", "Överenskommelsen ersätter inte avtal, bidragsregler eller andra beslut som reglerar "
    "förhållandet mellan kommunen och enskilda organisationer. Den är inte heller ett "
    "juridiskt bindande avtal, utan en avsiktsförklaring som vilar på parternas ömsesidiga förtroende.")

# 3 Parter ------------------------------------------------------------------
h1("3", "Parter, omfattning och giltighetstid")
p("3.1", "Parter i överenskommelsen är Sörbyholms kommun, med dess nämnder och förvaltningar, och de "
    "idéburna organisationer verksamma i kommunen som har anslutit sig till överenskommelsen.")
p("3.2", "En organisation ansluter sig genom att fylla i och skicka in anslutningsblanketten i "
    "bilaga 1. Kommunledningskontoret för en förteckning över anslutna organisationer.")
p("3.3", "Överenskommelsen gäller från och med den 1 juli 2012 till och med den 31 december 2015.")
p("3.4", "Med idéburen organisation avses i denna överenskommelse en organisation som är fristående "
    "från offentlig sektor, som har demokratisk uppbyggnad och som drivs utan vinstsyfte, till "
    "exempel ideella föreningar, stiftelser och trossamfund." + FN(
        "Definitionen utgår från den som används i den nationella överenskommelsen. Även "
        "kooperativ och andra sammanslutningar kan omfattas om verksamheten bedrivs utan "
        "vinstintresse."))

# 4 Principer ---------------------------------------------------------------
h1("4", "Principer för samverkan")
p("4.1", "Den lokala överenskommelsen utgår från de sex principerna i den nationella "
    "överenskommelsen. Principerna skall vara vägledande i alla kontakter mellan kommunen och "
    "organisationerna.")
p("4.2", "I avsnitt 5–10 beskrivs varje princip. Under respektive princip anges de åtaganden som "
    "kommunen och organisationerna gör, var för sig och gemensamt.")

# 5 Självständighet och oberoende ------------------------------------------------
P = "sjalvstandighet_och_oberoende"
h1("5", "Självständighet och oberoende")
p("5.1", "De idéburna organisationerna har rätt att självständigt formulera sina mål, välja sina "
    "arbetsformer och driva de frågor som de anser viktiga. Organisationernas roll som röstbärare "
    "och opinionsbildare är en grundläggande del av demokratin, oavsett om organisationen tar "
    "emot stöd från kommunen eller inte.")
p("5.2", "Kommunen skall:")
lst(C("respektera organisationernas rätt att själva bestämma över sin verksamhet, sina mål och sina "
      "arbetsformer", P, "public") + ",",
    C("inte ställa villkor för ekonomiskt stöd som inskränker organisationernas självständighet", P,
      "public") + ",",
    C("respektera organisationernas rätt att framföra kritik mot kommunen, även när organisationen "
      "tar emot bidrag eller utför uppdrag åt kommunen", P, "public") + ".")
p("5.3", "Organisationerna skall:")
lst(C("tydligt redovisa sin värdegrund, sina syften och hur de är organiserade", P,
      "civil_society") + ",",
    C("själva ta ansvar för att verksamheten bedrivs i enlighet med stadgarna och gällande lagar",
      P, "civil_society") + ".")
p("5.4", C("Parterna skall gemensamt verka för att organisationernas självständighet inte begränsas "
           "när samverkan sker i form av avtal eller uppdrag.", P, "joint"))

# 6 Dialog -----------------------------------------------------------------
P = "dialog"
h1("6", "Dialog")
p("6.1", "En fungerande dialog förutsätter att parterna har kunskap om varandras förutsättningar "
    "och att synpunkter inhämtas i ett så tidigt skede att de kan påverka besluten. Dialog "
    "skall skiljas från information och från förhandling.")
p("6.2", C("Kommunen skall bjuda in organisationerna till ett gemensamt dialogforum minst två "
           "gånger per år.", P, "public")
  + " Dialogforum är öppet för samtliga anslutna organisationer och leds av kommunstyrelsens "
    "ordförande.")
p("6.3", "Kommunen skall vidare:")
lst(C("i ett tidigt skede inhämta organisationernas synpunkter i frågor som berör dem, till exempel "
      "ändrade bidragsregler eller förändringar i lokalbeståndet", P, "public") + ",",
    C("utse en kontaktperson för den idéburna sektorn vid kommunledningskontoret", P,
      "public") + ",",
    C("ge organisationerna skälig tid, normalt minst sex veckor, att besvara remisser", P,
      "public") + ".")
p("6.4", C("Organisationerna skall utse representanter till dialogforum och förankra de frågor som "
           "behandlas där i sina egna organisationer.", P, "civil_society"))
p("6.5", C("Organisationerna åtar sig att föra fram kunskap om de behov som finns bland deras "
           "medlemmar och målgrupper.", P, "civil_society"))

# 7 Kvalitet ----------------------------------------------------------------
P = "kvalitet"
h1("7", "Kvalitet")
p("7.1", "De idéburna organisationernas verksamhet vilar ofta på ideella insatser, medlemskap och "
    "engagemang. Kvalitet i en sådan verksamhet kan inte alltid mätas på samma sätt som i den "
    "kommunala verksamheten. Det är organisationerna själva som i första hand definierar "
    "kvaliteten i sin verksamhet.")
p("7.2", "Kommunen skall:")
lst(C("vid uppföljning av bidrag och uppdrag ta hänsyn till organisationernas egenart och "
      "arbetssätt", P, "public") + ",",
    C("ställa krav på redovisning som står i rimlig proportion till bidragets eller uppdragets "
      "storlek", P, "public") + ",",
    C("när det är lämpligt erbjuda organisationerna att delta i kommunens utbildningar, till "
      "exempel inom ledarskap och brandskydd", P, "public") + ".")
p("7.3", "Organisationerna skall:")
lst(C("systematiskt följa upp och utveckla kvaliteten i sin verksamhet", P, "civil_society") + ",",
    C("på begäran redovisa hur kommunala bidrag har använts", P, "civil_society") + "," + FN(
        "Se Regler för föreningsbidrag i Sörbyholms kommun, antagna av kultur- och "
        "fritidsnämnden 2010-11-18, § 97."),
    C("ta ansvar för att ledare och frivilliga har den kunskap som verksamheten kräver", P,
      "civil_society") + ".")
p("7.4", C("Parterna skall tillsammans utveckla enkla former för att beskriva och följa upp "
           "kvaliteten i verksamhet som kommunen ger stöd till.", P, "joint"))

# 8 Långsiktighet -----------------------------------------------------------
P = "langsiktighet"
h1("8", "Långsiktighet")
p("8.1", "Ideellt engagemang och förtroende byggs upp över tid. För att organisationerna skall "
    "kunna planera sin verksamhet behöver de så långt möjligt kunna förutse vilket stöd de kan "
    "räkna med från kommunen.")
p("8.2", "Kommunen åtar sig att:")
lst(C("där så är möjligt bevilja verksamhetsbidrag för mer än ett år i taget", P, "public") + ",",
    C("lämna besked om beviljade bidrag senast den 15 december året före bidragsåret", P,
      "public") + ",",
    C("inte göra väsentliga förändringar i bidragsreglerna under ett pågående bidragsår", P,
      "public") + ".")
p("8.3", C("Organisationerna skall verka för en stabil ekonomi och flera olika finansieringskällor, "
           "så att verksamheten inte blir beroende av kommunens stöd.", P, "civil_society"))
p("8.4", C("Kommunen och organisationerna skall i god tid informera varandra om förändringar som "
           "kan påverka samverkan.", P, "joint"))

# 9 Öppenhet och insyn -------------------------------------------------------
P = "oppenhet_och_insyn"
h1("9", "Öppenhet och insyn")
p("9.1", "Öppenhet och insyn är en förutsättning för förtroende mellan parterna och hos "
    "allmänheten. Kommunen omfattas av offentlighetsprincipen. Organisationerna har ingen "
    "motsvarande skyldighet, men den som tar emot offentliga medel måste kunna visa hur de "
    "används.")
p("9.2", "Kommunen skall:")
lst(C("på kommunens hemsida redovisa vilka organisationer som har fått bidrag och med vilka "
      "belopp", P, "public") + ",",
    C("hålla organisationerna informerade om planer och beslut som kan påverka dem", P,
      "public") + ",",
    C("tillämpa tydliga och kända kriterier när bidrag fördelas", P, "public") + ".")
p("9.3", C("Organisationerna skall ge kommunen insyn i den verksamhet som finansieras med "
           "kommunala medel, bland annat genom att lämna verksamhetsberättelse, årsbokslut och "
           "revisionsberättelse.", P, "civil_society"))

# 10 Mångfald ---------------------------------------------------------------
P = "mangfald"
h1("10", "Mångfald")
p("10.1", "Ett rikt och varierat föreningsliv ger kommuninvånarna möjlighet att välja verksamhet "
    "efter sina egna behov och intressen. Mångfald gäller både organisationernas inriktning "
    "och storlek och de människor som deltar i verksamheten.")
p("10.2", "Kommunen skall:")
lst(C("verka för att organisationer med olika inriktning, storlek och arbetsformer kan få stöd", P,
      "public") + ",",
    C("uppmärksamma små och nybildade föreningars behov av råd och stöd, till exempel vid "
      "ansökan om bidrag", P, "public") + ",",
    C("vid upphandling pröva om förfrågningsunderlaget kan utformas så att även mindre idéburna "
      "organisationer kan lämna anbud", P, "public") + "." + FN(
        "Upphandling sker enligt lagen (2007:1091) om offentlig upphandling (LOU)."))
p("10.3", C("Organisationerna skall verka för att deras verksamhet är öppen och tillgänglig för "
            "alla, oavsett kön, ålder, etnisk bakgrund, funktionsnedsättning eller sexuell "
            "läggning.", P, "civil_society"))
p("10.4", C("Parterna skall gemensamt arbeta för att ungdomar och personer som i dag inte är aktiva "
            "i föreningslivet får möjlighet att engagera sig.", P, "joint"))

# 11 Uppföljning ------------------------------------------------------------
P = None
h1("11", "Uppföljning och revidering")
p("11.1", "Överenskommelsen är ett levande dokument. Den skall utvecklas i takt med att parterna "
    "får erfarenhet av samverkan.")
p("11.2", C("Parterna skall en gång per år gemensamt pröva hur åtagandena i överenskommelsen har "
            "uppfyllts.", P, "joint") + " Resultatet redovisas för kommunstyrelsen.")
p("11.3", C("Parterna skall senast den 1 mars 2015 påbörja en revidering av överenskommelsen inför "
            "en ny period.", P, "joint"))
p("11.4", "Om parterna har olika uppfattning om hur överenskommelsen skall tolkas tas frågan upp "
    "i dialogforum.")
p("11.5", "Inom kommunen fördelas ansvaret enligt följande:")
B.append(("table", ["Organ", "Ansvar"], [
    ["Kommunstyrelsen",
     C("Ansvarar för att överenskommelsen genomförs och följs upp samt för att resultatet av "
       "uppföljningen redovisas för kommunfullmäktige.", P, "public")],
    ["Kommunledningskontoret",
     C("Ansvarar för att sammankalla dialogforum, föra minnesanteckningar och hålla förteckningen "
       "över anslutna organisationer aktuell.", P, "public")],
    ["Övriga nämnder",
     C("Ansvarar för att överenskommelsen är känd inom nämndens verksamheter och att principerna "
       "tillämpas i kontakterna med organisationerna.", P, "public")],
]))

# 12 Underskrifter ----------------------------------------------------------
B.append(("pagebreak",))
h1("12", "Underskrifter")
p("12.1", "Denna överenskommelse har upprättats i två likalydande exemplar, av vilka parterna har "
    "tagit var sitt. Organisationer som ansluter sig senare undertecknar anslutningsblanketten i "
    "bilaga 1.")
B.append(("plain", "Sörbyholm den 12 juni 2012"))
B.append(("sigs", "För Sörbyholms kommun", [
    ("Lars-Göran Nyström", "Kommunstyrelsens ordförande"),
    ("Birgitta Holm", "Kommunchef"),
]))
B.append(("sigs", "För de idéburna organisationerna i Sörbyholm", [
    ("Anita Sandberg", "Ordförande, Föreningsrådet i Sörbyholm"),
    ("Kjell Åhman", "Sörbyholms Idrottsallians"),
    ("Maria Lindqvist", "Röda Korset, Sörbyholmskretsen"),
    ("Erik Fors", "Studieförbunden i Sörbyholm"),
]))

# Bilaga 1 --------------------------------------------------------------------
B.append(("pagebreak",))
B.append(("appendix", "Bilaga 1", "Anslutning till överenskommelsen"))
B.append(("plain", "Vår organisation ansluter sig till Överenskommelse mellan Sörbyholms kommun och "
          "idéburna organisationer i Sörbyholm 2012–2015, antagen av kommunfullmäktige "
          "2012-05-21, § 64."))
B.append(("form", ["Organisationens namn", "Organisationsnummer", "Kontaktperson",
                   "Adress", "Telefon", "E-post", "Ort och datum",
                   "Underskrift (firmatecknare)", "Namnförtydligande"]))
B.append(("plain", "Blanketten skickas till: Sörbyholms kommun, Kommunledningskontoret, "
          "Utvecklingsenheten, Box 300, 745 81 Sörbyholm."))

# ---------------------------------------------------------------- render
TOC_ENTRIES = [(b[1], b[2]) for b in B if b[0] == "h1"] + [("", "Bilaga 1 Anslutning till överenskommelsen")]


def inline(text):
    out = []
    for part in re.split(r"(\x00FN\d+\x00)", text):
        m = re.fullmatch(r"\x00FN(\d+)\x00", part)
        if m:
            n = int(m.group(1))
            out.append('<text:note text:id="ftn%d" text:note-class="footnote">'
                       '<text:note-citation>%d</text:note-citation><text:note-body>'
                       '<text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                       % (n, n, escape(FOOTNOTES[n - 1])))
        else:
            out.append(escape(part))
    return "".join(out)


def body_xml(toc_pages):
    x = []
    # cover ------------------------------------------------------------
    x.append('<text:p text:style-name="CoverOrg">SÖRBYHOLMS KOMMUN</text:p>')
    x.append('<text:p text:style-name="CoverSmall">Kommunledningskontoret</text:p>')
    for _ in range(6):
        x.append('<text:p text:style-name="Standard"/>')
    x.append('<text:p text:style-name="CoverTitle">Överenskommelse</text:p>')
    x.append('<text:p text:style-name="CoverSub">mellan Sörbyholms kommun och idéburna '
             'organisationer i Sörbyholm</text:p>')
    x.append('<text:p text:style-name="CoverSub">2012–2015</text:p>')
    x.append('<text:p text:style-name="Standard"/>')
    x.append('<text:p text:style-name="CoverDecision">Antagen av kommunfullmäktige 2012-05-21, '
             '§ 64</text:p>')
    for _ in range(8):
        x.append('<text:p text:style-name="Standard"/>')
    rows = [("Dokumenttyp", "Överenskommelse"), ("Beslutsinstans", "Kommunfullmäktige"),
            ("Diarienummer", "KS 2011/312-106"), ("Giltighetstid", "2012-07-01 – 2015-12-31"),
            ("Dokumentansvarig", "Kommunledningskontoret, utvecklingsenheten"),
            ("Fastställd", "2012-05-21, § 64"), ("Senast reviderad", "–")]
    x.append('<table:table table:name="Dokumentinfo" table:style-name="InfoTable">'
             '<table:table-column table:style-name="InfoCol1"/>'
             '<table:table-column table:style-name="InfoCol2"/>')
    for k, v in rows:
        x.append('<table:table-row><table:table-cell table:style-name="InfoCell" office:value-type="string">'
                 '<text:p text:style-name="TableLabel">%s</text:p></table:table-cell>'
                 '<table:table-cell table:style-name="InfoCell" office:value-type="string">'
                 '<text:p text:style-name="TableText">%s</text:p></table:table-cell></table:table-row>'
                 % (escape(k), escape(v)))
    x.append('</table:table>')
    # TOC ------------------------------------------------------------------
    x.append('<text:p text:style-name="TocHeading">Innehåll</text:p>')
    for i, (num, title) in enumerate(TOC_ENTRIES):
        label = (num + "\t" + title) if num else title
        pg = toc_pages.get(title, "")
        x.append('<text:p text:style-name="TocLine">%s<text:tab/>%s</text:p>'
                 % (escape(label).replace("\t", "<text:tab/>"), pg))
    # body -------------------------------------------------------------------
    first_h1 = True
    pending_break = False
    list_n = 0
    for b in B:
        kind = b[0]
        if kind == "h1":
            style = "H1First" if first_h1 else ("H1Break" if pending_break else "Heading_20_1")
            first_h1 = False
            pending_break = False
            x.append('<text:h text:style-name="%s" text:outline-level="1">%s<text:tab/>%s</text:h>'
                     % (style, escape(b[1]), escape(b[2])))
        elif kind == "p":
            x.append('<text:p text:style-name="NumPara">%s<text:tab/>%s</text:p>'
                     % (escape(b[1]), inline(b[2])))
        elif kind == "list":
            list_n += 1
            x.append('<text:list text:style-name="LetterList">')
            for it in b[1]:
                x.append('<text:list-item><text:p text:style-name="ListPara">%s</text:p>'
                         '</text:list-item>' % inline(it))
            x.append('</text:list>')
        elif kind == "table":
            hdr, rows = b[1], b[2]
            x.append('<table:table table:name="Ansvar" table:style-name="RespTable">'
                     '<table:table-column table:style-name="RespCol1"/>'
                     '<table:table-column table:style-name="RespCol2"/>')
            x.append('<table:table-header-rows><table:table-row>')
            for h in hdr:
                x.append('<table:table-cell table:style-name="HeadCell" office:value-type="string">'
                         '<text:p text:style-name="TableLabel">%s</text:p></table:table-cell>' % escape(h))
            x.append('</table:table-row></table:table-header-rows>')
            for r in rows:
                x.append('<table:table-row>')
                for i, c in enumerate(r):
                    x.append('<table:table-cell table:style-name="InfoCell" office:value-type="string">'
                             '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                             % ("TableLabel" if i == 0 else "TableText", inline(c)))
                x.append('</table:table-row>')
            x.append('</table:table>')
        elif kind == "pagebreak":
            pending_break = True
        elif kind == "plain":
            x.append('<text:p text:style-name="BodyPlain">%s</text:p>' % inline(b[1]))
        elif kind == "sigs":
            x.append('<text:p text:style-name="SigGroup">%s</text:p>' % escape(b[1]))
            x.append('<table:table table:name="Sig%d" table:style-name="SigTable">'
                     '<table:table-column table:style-name="SigCol" table:number-columns-repeated="2"/>'
                     % len(x))
            people = b[2]
            for i in range(0, len(people), 2):
                pair = people[i:i + 2]
                x.append('<table:table-row>')
                for name, role in pair + [("", "")] * (2 - len(pair)):
                    if name:
                        x.append('<table:table-cell table:style-name="SigCell" office:value-type="string">'
                                 '<text:p text:style-name="SigLine">……………………………………………</text:p>'
                                 '<text:p text:style-name="SigName">%s</text:p>'
                                 '<text:p text:style-name="SigRole">%s</text:p></table:table-cell>'
                                 % (escape(name), escape(role)))
                    else:
                        x.append('<table:table-cell table:style-name="SigCell"><text:p/></table:table-cell>')
                x.append('</table:table-row>')
            x.append('</table:table>')
        elif kind == "appendix":
            x.append('<text:p text:style-name="AppLabel">%s</text:p>' % escape(b[1]))
            x.append('<text:p text:style-name="AppTitle">%s</text:p>' % escape(b[2]))
        elif kind == "form":
            x.append('<table:table table:name="Blankett" table:style-name="InfoTable">'
                     '<table:table-column table:style-name="FormCol1"/>'
                     '<table:table-column table:style-name="FormCol2"/>')
            for f in b[1]:
                x.append('<table:table-row><table:table-cell table:style-name="FormCell" office:value-type="string">'
                         '<text:p text:style-name="TableText">%s</text:p></table:table-cell>'
                         '<table:table-cell table:style-name="FormCell"><text:p/></table:table-cell>'
                         '</table:table-row>' % escape(f))
            x.append('</table:table>')
    return "\n".join(x)


STYLES = r'''
<office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
  <style:default-style style:family="paragraph">
    <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
    <style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="NumPara" style:default-outline-level="1" style:class="text">
    <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always" fo:margin-left="1.25cm" fo:text-indent="-1.25cm"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="NumPara" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
    <style:paragraph-properties fo:margin-left="1.25cm" fo:text-indent="-1.25cm" fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:text-align="justify" fo:line-height="115%" fo:orphans="2" fo:widows="2"/>
  </style:style>
  <style:style style:name="ListPara" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
    <style:paragraph-properties fo:margin-bottom="0.1cm" fo:text-align="justify" fo:line-height="115%"/>
  </style:style>
  <style:style style:name="BodyPlain" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
    <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm" fo:margin-left="1.25cm"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
    <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/>
    <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
    <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#444444"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Header" style:class="extra"/>
  <style:style style:name="CoverOrg" style:family="paragraph" style:parent-style-name="Standard">
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="16pt" fo:font-weight="bold" fo:letter-spacing="0.05cm"/>
  </style:style>
  <style:style style:name="CoverSmall" style:family="paragraph" style:parent-style-name="Standard">
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="CoverTitle" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:margin-bottom="0.3cm"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="28pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="CoverSub" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:margin-bottom="0.2cm"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="16pt"/>
  </style:style>
  <style:style style:name="CoverDecision" style:family="paragraph" style:parent-style-name="Standard">
    <style:text-properties fo:font-size="12pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="TableLabel" style:family="paragraph" style:parent-style-name="Standard">
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="TableText" style:family="paragraph" style:parent-style-name="Standard">
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="TocHeading" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Standard">
    <style:paragraph-properties fo:break-before="page" fo:margin-bottom="0.6cm" style:page-number="auto"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="16pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="TocLine" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:margin-left="1.25cm" fo:text-indent="-1.25cm" fo:margin-bottom="0.15cm">
      <style:tab-stops>
        <style:tab-stop style:position="0cm"/>
        <style:tab-stop style:position="14.75cm" style:type="right" style:leader-style="dotted" style:leader-text="."/>
      </style:tab-stops>
    </style:paragraph-properties>
  </style:style>
  <style:style style:name="SigGroup" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:margin-top="0.8cm" fo:margin-bottom="0.2cm"/>
    <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="SigLine" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:margin-top="1.2cm"/>
  </style:style>
  <style:style style:name="SigName" style:family="paragraph" style:parent-style-name="Standard"/>
  <style:style style:name="SigRole" style:family="paragraph" style:parent-style-name="Standard">
    <style:text-properties fo:font-size="10pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="AppLabel" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:break-before="page" fo:text-align="end"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="AppTitle" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.4cm"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold"/>
  </style:style>
  <text:list-style style:name="LetterList">
    <text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="a">
      <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
        <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="2cm" fo:text-indent="-0.75cm" fo:margin-left="2cm"/>
      </style:list-level-properties>
    </text:list-level-style-number>
  </text:list-style>
  <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
  <style:style style:name="H1First" style:family="paragraph" style:parent-style-name="Heading_20_1">
    <style:paragraph-properties fo:break-before="page" fo:margin-top="0cm"/>
  </style:style>
  <style:style style:name="H1Break" style:family="paragraph" style:parent-style-name="Heading_20_1">
    <style:paragraph-properties fo:break-before="page" fo:margin-top="0cm"/>
  </style:style>
  <style:style style:name="InfoTable" style:family="table">
    <style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/>
  </style:style>
  <style:style style:name="InfoCol1" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
  <style:style style:name="InfoCol2" style:family="table-column"><style:table-column-properties style:column-width="11.5cm"/></style:style>
  <style:style style:name="FormCol1" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>
  <style:style style:name="FormCol2" style:family="table-column"><style:table-column-properties style:column-width="10.5cm"/></style:style>
  <style:style style:name="InfoCell" style:family="table-cell">
    <style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #808080"/>
  </style:style>
  <style:style style:name="FormCell" style:family="table-cell">
    <style:table-cell-properties fo:padding="0.25cm" fo:border="0.5pt solid #808080"/>
  </style:style>
  <style:style style:name="HeadCell" style:family="table-cell">
    <style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #808080" fo:background-color="#d9d9d9"/>
  </style:style>
  <style:style style:name="RespTable" style:family="table">
    <style:table-properties style:width="14.75cm" table:align="right" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/>
  </style:style>
  <style:style style:name="RespCol1" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
  <style:style style:name="RespCol2" style:family="table-column"><style:table-column-properties style:column-width="9.75cm"/></style:style>
  <style:style style:name="SigTable" style:family="table">
    <style:table-properties style:width="16cm" table:align="left"/>
  </style:style>
  <style:style style:name="SigCol" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
  <style:style style:name="SigCell" style:family="table-cell">
    <style:table-cell-properties fo:padding-bottom="0.3cm" fo:border="none"/>
  </style:style>
  <style:page-layout style:name="pm1">
    <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm">
      <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
    </style:page-layout-properties>
    <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm" fo:border-bottom="0.5pt solid #808080" fo:padding-bottom="0.1cm"/></style:header-style>
    <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.6cm" fo:border-top="0.5pt solid #808080" fo:padding-top="0.1cm"/></style:footer-style>
  </style:page-layout>
  <style:page-layout style:name="pm2">
    <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  </style:page-layout>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="CoverOrg" style:master-page-name="First_20_Page"/>
</office:automatic-styles>
<office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
    <style:header>
      <text:p text:style-name="Header">Sörbyholms kommun<text:tab/>Överenskommelse med idéburna organisationer 2012–2015</text:p>
    </style:header>
    <style:footer>
      <text:p text:style-name="Footer">Dnr KS 2011/312-106 · Antagen av KF 2012-05-21, § 64<text:tab/>Sida <text:page-number text:select-page="current">1</text:page-number> (<text:page-count>1</text:page-count>)</text:p>
    </style:footer>
  </style:master-page>
  <style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pm2" style:next-style-name="Standard"/>
</office:master-styles>
'''


def fodt(toc_pages):
    body = body_xml(toc_pages)
    # first cover paragraph uses the first-page master
    body = body.replace('<text:p text:style-name="CoverOrg">', '<text:p text:style-name="P1">', 1)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">\n'
            '<office:meta><dc:title>Överenskommelse mellan Sörbyholms kommun och idéburna '
            'organisationer i Sörbyholm</dc:title><meta:initial-creator>Kommunledningskontoret'
            '</meta:initial-creator><meta:creation-date>2012-04-10T09:12:00</meta:creation-date>'
            '</office:meta>\n'
            + STYLES +
            '<office:body><office:text>\n' + body + '\n</office:text></office:body></office:document>\n')


def render(toc_pages):
    with open(FODT, "w", encoding="utf-8") as f:
        f.write(fodt(toc_pages))
    tmp = tempfile.mkdtemp()
    try:
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--convert-to", "pdf", "--outdir", tmp, FODT],
                       check=True, capture_output=True)
        shutil.copy(os.path.join(tmp, BASENAME + ".pdf"), PDF)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def page_texts():
    raw = subprocess.run(["pdftotext", "-layout", PDF, "-"], capture_output=True, text=True,
                         check=True).stdout
    return raw.split("\f")


def find_pages():
    pages = page_texts()
    res = {}
    for num, title in TOC_ENTRIES:
        for i, t in enumerate(pages):
            if i < 2:
                continue  # skip cover and TOC
            if num:
                if re.search(r"^\s*%s\s+%s\s*$" % (re.escape(num), re.escape(title)), t, re.M):
                    res[title] = str(i + 1)
                    break
            elif "Bilaga 1" in t and "Anslutning till överenskommelsen" in t:
                res[title] = str(i + 1)
                break
    return res


# ---------------------------------------------------------------- expected.json
QUESTIONS = [
    {"id": "q1", "question": "Hur ofta ska kommunen bjuda in föreningarna till dialogforum?",
     "language": "sv", "answerable": True,
     "gold": ["Kommunen skall bjuda in organisationerna till ett gemensamt dialogforum minst två "
              "gånger per år."],
     "must_mention": ["minst två gånger per år"]},
    {"id": "q2", "question": "nar far foreningarna besked om bidrag for nasta ar?",
     "language": "sv", "answerable": True,
     "gold": ["lämna besked om beviljade bidrag senast den 15 december året före bidragsåret"],
     "must_mention": ["15 december"]},
    {"id": "q3", "question": "What documents do associations have to hand in so the municipality "
     "can see how municipal money is used?",
     "language": "en", "answerable": True,
     "gold": ["Organisationerna skall ge kommunen insyn i den verksamhet som finansieras med "
              "kommunala medel, bland annat genom att lämna verksamhetsberättelse, årsbokslut och "
              "revisionsberättelse.",
              "på begäran redovisa hur kommunala bidrag har använts"],
     "must_mention": ["verksamhetsberättelse", "revisionsberättelse"]},
    {"id": "q4", "question": "Kan kommunen dra in bidraget om vår förening kritiserar kommunen "
     "offentligt? Ja eller nej?",
     "language": "sv", "answerable": True,
     "gold": ["respektera organisationernas rätt att framföra kritik mot kommunen, även när "
              "organisationen tar emot bidrag eller utför uppdrag åt kommunen",
              "inte ställa villkor för ekonomiskt stöd som inskränker organisationernas "
              "självständighet"],
     "must_mention": ["framföra kritik mot kommunen"]},
    {"id": "q5", "question": "Vilka principer bygger den lokala överenskommelsen på?",
     "language": "sv", "answerable": True,
     "gold": ["Den nationella överenskommelsen bygger på sex principer: självständighet och "
              "oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald.",
              "Den lokala överenskommelsen utgår från de sex principerna i den nationella "
              "överenskommelsen."],
     "must_mention": ["självständighet och oberoende", "mångfald"]},
    {"id": "q6", "question": "Hur lång tid har vi på oss att svara på en remiss från kommunen?",
     "language": "sv", "answerable": True,
     "gold": ["ge organisationerna skälig tid, normalt minst sex veckor, att besvara remisser"],
     "must_mention": ["minst sex veckor"]},
    {"id": "q7", "question": "When was the agreement adopted, and by which body?",
     "language": "en", "answerable": True,
     "gold": ["Kommunfullmäktige antog överenskommelsen den 21 maj 2012, § 64."],
     "must_mention": ["21 maj 2012"]},
    {"id": "q8", "question": "hur lange galler overenskommelsen och nar ska den revideras?",
     "language": "sv", "answerable": True,
     "gold": ["Överenskommelsen gäller från och med den 1 juli 2012 till och med den 31 december "
              "2015.",
              "Parterna skall senast den 1 mars 2015 påbörja en revidering av överenskommelsen "
              "inför en ny period."],
     "must_mention": ["31 december 2015", "1 mars 2015"]},
    {"id": "q9", "question": "Hur mycket får en förening i verksamhetsbidrag per medlem?",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
    {"id": "q10", "question": "Far foreningar ersattning for resor nar de deltar i dialogforum?",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
]


def main():
    render({})
    pages = find_pages()
    render(pages)
    pages2 = find_pages()
    if pages2 != pages:  # one more round if the TOC moved anything
        render(pages2)
        pages = pages2
    missing = [t for _, t in TOC_ENTRIES if t not in pages]
    if missing:
        raise SystemExit("TOC pages not found for: %s" % missing)

    expected = {
        "file": BASENAME + ".pdf",
        "layout": LAYOUT,
        "description": (
            "An older (2012) kommun agreement exported from LibreOffice to PDF, written in the style "
            "of its time with 'skall' throughout ('Kommunen skall:', 'Organisationerna skall:', "
            "'Parterna skall gemensamt …', 'Kommunen åtar sig att:'). Cover page without header/footer "
            "(kommun name in capitals, title, '2012–2015', italic decision line, a document-information "
            "table with Dnr, validity and a 'Senast reviderad –' row); a typed TOC with dot leaders and "
            "page numbers; running header 'Sörbyholms kommun … Överenskommelse med idéburna organisationer "
            "2012–2015' and footer 'Dnr … · Antagen av KF 2012-05-21, § 64 … Sida X (Y)'. Chapters "
            "'1 Bakgrund' … '12 Underskrifter' with every paragraph numbered by hand (1.1, 1.2 … 10.4) in "
            "a hanging indent; the Bakgrund cites the national överenskommelse 2008 and prop. 2009/10:55 "
            "in footnotes. The six national principles are chapters 5–10, each with a description "
            "paragraph, then 'Kommunen skall:' / 'Organisationerna skall:' / 'Kommunen åtar sig att:' "
            "lead-ins in their own numbered paragraph followed by lettered lists a) b) c) (items ending "
            "',' and '.'), and numbered paragraphs holding single commitment sentences (some followed by "
            "a descriptive sentence). Five footnotes, two at the end of commitment list items. Decoys: a "
            "goal list after 'Överenskommelsen skall bidra till att:' (2.2), 'skall' in descriptions "
            "(1.2, 4.1, 6.1, 11.1, 11.4), extra dates (KS 2011-02-15, KS 2012-04-24 § 88, signing 12 June "
            "2012, bidragsregler 2010-11-18). Chapter 11 follow-up has joint commitments without a "
            "principle and a two-column table 'Organ | Ansvar' whose cells start 'Ansvarar för att …'. "
            "A signature page (two groups in borderless tables with dotted lines) and 'Bilaga 1' "
            "joining form table."),
        "metadata": {
            "doc_id": BASENAME,
            "title": "Överenskommelse mellan Sörbyholms kommun och idéburna organisationer i Sörbyholm",
            "place": "Sörbyholm",
            "organisation": "Sörbyholms kommun",
            "kind": "överenskommelse",
            "date": "2012-05-21",
            "body": "kommunfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": QUESTIONS,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("pages:", pages)
    print("commitments:", len(COMMITMENTS))


if __name__ == "__main__":
    main()
