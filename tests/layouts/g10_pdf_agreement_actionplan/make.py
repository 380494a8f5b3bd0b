#!/usr/bin/env python3
"""Generate frosvalla_overenskommelse_ideburen_sektor_2025-2028.pdf (via a LibreOffice
.fodt) and expected.json.  Two passes: the second fills in the TOC page numbers."""
import json
import os
import re
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_ID = "frosvalla_overenskommelse_ideburen_sektor_2025-2028"
FODT = os.path.join(HERE, DOC_ID + ".fodt")
PDF = os.path.join(HERE, DOC_ID + ".pdf")

COMMITMENTS = []


def c(text, principle, party):
    """Register a commitment and return its text for the document."""
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


def x(s):
    return escape(s)


# ---------------------------------------------------------------- content
body = []          # list of XML fragments for office:text
toc_entries = []   # (level, label, key)


def h(level, text, key=None):
    key = key or text
    toc_entries.append((level, text, key))
    style = "Heading_20_%d" % level
    body.append('<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>'
                % (style, level, x(text)))


def p(text, style="Text_20_body"):
    body.append('<text:p text:style-name="%s">%s</text:p>' % (style, x(text)))


def p_raw(xml, style="Text_20_body"):
    body.append('<text:p text:style-name="%s">%s</text:p>' % (style, xml))


def lead(text):
    body.append('<text:p text:style-name="Lead">%s</text:p>' % x(text))


def ul(items, liststyle="L_dash"):
    out = ['<text:list text:style-name="%s">' % liststyle]
    for it in items:
        out.append('<text:list-item><text:p text:style-name="List_20_item">%s</text:p></text:list-item>' % x(it))
    out.append('</text:list>')
    body.append("".join(out))


def pagebreak():
    body.append('<text:p text:style-name="PageBreak"/>')


def footnote(n, text):
    return ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
            '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
            % (n, n, x(text)))


def build_content():
    COMMITMENTS.clear()
    body.clear()
    toc_entries.clear()

    # ---- cover
    body.append('<text:p text:style-name="CoverOrg">FRÖSVALLA KOMMUN</text:p>')
    body.append('<text:p text:style-name="CoverSpace"/>')
    body.append('<text:p text:style-name="CoverTitle">Överenskommelse mellan Frösvalla kommun och den idéburna sektorn i Frösvalla</text:p>')
    body.append('<text:p text:style-name="CoverSub">Lokal överenskommelse 2025–2028 med handlingsplan</text:p>')
    body.append('<text:p text:style-name="CoverSpace"/>')
    body.append('<text:p text:style-name="CoverInfo">Antagen av kommunfullmäktige 2025-03-24, § 41</text:p>')
    body.append('<text:p text:style-name="CoverInfo">Dnr KS 2024/318</text:p>')
    body.append('<text:p text:style-name="CoverInfo">Giltig 2025-04-01 – 2028-12-31</text:p>')

    # ---- page 2: document info + TOC (TOC inserted later as placeholder)
    body.append('<text:p text:style-name="PageBreakTitle">Dokumentinformation</text:p>')
    rows = [("Dokumenttyp", "Överenskommelse"),
            ("Beslutad av", "Kommunfullmäktige, 2025-03-24, § 41"),
            ("Diarienummer", "KS 2024/318"),
            ("Giltighetstid", "2025-04-01 – 2028-12-31"),
            ("Dokumentansvarig", "Kommundirektör"),
            ("Parter", "Frösvalla kommun och Frösvalla föreningsråd"),
            ("Senast reviderad", "–")]
    t = ['<table:table table:name="Dokumentinfo" table:style-name="InfoTable">',
         '<table:table-column table:style-name="InfoColA"/><table:table-column table:style-name="InfoColB"/>']
    for a, b in rows:
        t.append('<table:table-row><table:table-cell table:style-name="InfoCellA" office:value-type="string">'
                 '<text:p text:style-name="TableTextBold">%s</text:p></table:table-cell>'
                 '<table:table-cell table:style-name="InfoCellB" office:value-type="string">'
                 '<text:p text:style-name="TableText">%s</text:p></table:table-cell></table:table-row>' % (x(a), x(b)))
    t.append('</table:table>')
    body.append("".join(t))
    body.append('<text:p text:style-name="Text_20_body"/>')
    body.append("@@TOC@@")

    # ---- 1 Inledning
    pagebreak()
    h(1, "1 Inledning")
    p_raw(x("År 2008 slöt regeringen, Sveriges Kommuner och Landsting (i dag SKR) och organisationer inom den "
            "sociala ekonomin en nationell överenskommelse om samverkan.") + footnote(1,
          "Överenskommelsen mellan regeringen, idéburna organisationer inom det sociala området och "
          "Sveriges Kommuner och Landsting, Ku2008/2110/RFS.") +
          x(" Den nationella överenskommelsen bygger på sex principer: självständighet och oberoende, "
            "dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald. Många kommuner har "
            "sedan dess tagit fram egna, lokala överenskommelser utifrån samma principer."))
    p("I Frösvalla finns drygt 160 registrerade föreningar inom idrott, kultur, friluftsliv, "
      "socialt arbete och trossamfund. Föreningslivet är en viktig del av kommunens identitet och "
      "bidrar till gemenskap, folkhälsa och demokrati. Kommunen och föreningslivet har samverkat "
      "länge, men samverkan har hittills byggt mycket på enskilda personers kontakter.")
    p("Arbetet med denna överenskommelse inleddes våren 2024 på initiativ av Frösvalla föreningsråd. "
      "Under hösten 2024 hölls fyra dialogmöten i Frösvalla, Norrbyn, Kvarnåsen och Lillsjö där "
      "sammanlagt 94 personer från 58 föreningar deltog. Ett förslag var ute på remiss mellan "
      "2024-11-18 och 2025-01-17, och föreningsrådets årsmöte ställde sig bakom förslaget den "
      "22 februari 2025.")

    h(1, "2 Syfte och mål")
    p("Syftet med överenskommelsen är att tydliggöra hur kommunen och den idéburna sektorn ska "
      "samverka och vad parterna kan förvänta sig av varandra. Överenskommelsen ska bidra till att:")
    ul(["fler invånare i alla åldrar vill och kan engagera sig i föreningslivet",
        "föreningarnas kunskap tas tillvara när kommunen planerar och fattar beslut",
        "samverkan blir mindre beroende av enskilda personer och mer förutsägbar över tid"],
       "L_bullet")
    p("Överenskommelsen är inte juridiskt bindande och reglerar inte ekonomiska mellanhavanden. "
      "Den ersätter inte kommunens riktlinjer för föreningsbidrag eller avtal om idéburet "
      "offentligt partnerskap (IOP).")

    h(1, "3 Parter och begrepp")
    p("Parter i överenskommelsen är Frösvalla kommun, genom kommunstyrelsen och facknämnderna, och "
      "den idéburna sektorn i Frösvalla, företrädd av Frösvalla föreningsråd.")
    p("Med idéburen sektor menas föreningar, stiftelser, trossamfund och andra organisationer som "
      "drivs utan vinstsyfte och som har ett allmännyttigt eller medlemsnyttigt ändamål. "
      "Frösvalla föreningsråd är en ideell paraplyorganisation med 112 medlemsföreningar. "
      "Föreningar som inte är medlemmar i föreningsrådet kan ändå ansluta sig till "
      "överenskommelsen genom en anmälan till föreningsrådet.")
    p("Med kommunen menas i denna överenskommelse kommunfullmäktige, kommunstyrelsen och "
      "nämnderna med sina förvaltningar. Kommunens helägda bolag omfattas inte.")

    # ---- 4 principles
    h(1, "4 Principer och åtaganden")
    p("Överenskommelsen utgår från den nationella överenskommelsens sex principer. Parterna har "
      "dessutom lagt till en sjunde princip om barnrättsperspektiv. Under varje princip beskrivs "
      "vad parterna åtar sig. Konkreta åtgärder för de två första åren finns i handlingsplanen i "
      "bilaga 1.")

    h(2, "4.1 Självständighet och oberoende")
    p("Föreningslivets självständighet är grunden för dess roll i demokratin. Föreningarna ska "
      "kunna vara både samarbetspartner och kritisk röst, utan att det påverkar deras möjligheter "
      "att få stöd.")
    lead("Kommunen åtar sig att:")
    ul([c("respektera föreningarnas rätt att själva bestämma över sina mål, sin organisation och sin verksamhet",
          "sjalvstandighet_och_oberoende", "public"),
        c("inte ställa krav på föreningarnas inre arbete utöver vad som följer av lag eller av villkoren för ett beviljat stöd",
          "sjalvstandighet_och_oberoende", "public"),
        c("värna föreningarnas rätt att driva opinion, även när de kritiserar kommunens beslut",
          "sjalvstandighet_och_oberoende", "public")])
    lead("Föreningslivet åtar sig att:")
    ul([c("tydligt skilja mellan när en förening utför ett uppdrag åt kommunen och när den agerar som fri aktör",
          "sjalvstandighet_och_oberoende", "civil_society")])

    h(2, "4.2 Dialog")
    p("En god dialog förutsätter att parterna möts regelbundet och att synpunkter lämnas innan "
      "besluten i praktiken redan är fattade.")
    p(c("Kommunen ska bjuda in föreningsrådet till dialog i ett tidigt skede när frågor som påverkar föreningslivet bereds.",
        "dialog", "public") + " " +
      c("Kultur- och fritidsnämnden ansvarar för att nämndens presidium och föreningsrådets styrelse möts minst två gånger per år.",
        "dialog", "public"))
    p(c("Föreningsrådet förbinder sig att förankra sina synpunkter bland medlemsföreningarna och att återkoppla resultatet av dialogen till dem.",
        "dialog", "civil_society"))
    p(c("Parterna ska gemensamt planera årets dialogmöten och komma överens om vilka frågor som ska tas upp.",
        "dialog", "joint"))

    h(2, "4.3 Kvalitet")
    p("Kvalitet handlar om att verksamheten motsvarar behoven hos dem den är till för. Både kommunen "
      "och föreningarna har ett ansvar för att utveckla och följa upp sin verksamhet.")
    lead("För att samverkan ska hålla god kvalitet ska kommunen:")
    ul([c("handlägga ansökningar om föreningsbidrag inom sex veckor från det att ansökan är komplett",
          "kvalitet", "public"),
        c("ge föreningarna en enkel och samlad information om bidrag, lokaler och tillstånd på kommunens webbplats",
          "kvalitet", "public")])
    lead("De idéburna organisationerna åtar sig att:")
    ul([c("följa upp och utveckla sin verksamhet och ta tillvara deltagarnas och medlemmarnas synpunkter",
          "kvalitet", "civil_society"),
        c("redovisa hur beviljade bidrag har använts inom den tid som anges i bidragsbeslutet",
          "kvalitet", "civil_society")])

    h(2, "4.4 Långsiktighet")
    p("Föreningarna behöver kunna planera mer än ett år i taget. Långsiktiga spelregler gör det "
      "lättare att rekrytera ideella ledare och att bygga upp verksamhet som håller över tid.")
    p(c("Kommunen kommer att i första hand ge stöd i form av fleråriga verksamhetsbidrag framför kortsiktiga projektbidrag.",
        "langsiktighet", "public") + " " +
      c("Vid förändringar av bidragsreglerna ska kommunen informera föreningarna minst tolv månader innan förändringen börjar gälla.",
        "langsiktighet", "public"))
    p(c("Föreningsrådet ansvarar för att överenskommelsen är känd bland medlemsföreningarna och att nya föreningar får information om den.",
        "langsiktighet", "civil_society"))
    p(c("Tillsammans verkar parterna för att idéburet offentligt partnerskap används när det är lämpligt och att sådana partnerskap löper över flera år.",
        "langsiktighet", "joint"))

    h(2, "4.5 Öppenhet och insyn")
    p("Öppenhet skapar förtroende. Föreningarna behöver insyn i hur kommunen fattar beslut, och "
      "kommunen behöver kunna visa hur offentliga medel används.")
    lead("Kommunen åtar sig att:")
    ul([c("publicera samtliga beslut om föreningsbidrag på kommunens webbplats",
          "oppenhet_och_insyn", "public"),
        c("skicka underlag inför beslut som rör föreningslivet till föreningsrådet senast tre veckor före nämndens sammanträde",
          "oppenhet_och_insyn", "public")])
    p(c("Föreningarna ska på begäran ge kommunen insyn i hur kommunala bidrag har använts i verksamheten.",
        "oppenhet_och_insyn", "civil_society"))

    h(2, "4.6 Mångfald")
    p("Frösvalla har ett brett föreningsliv, men alla grupper är inte lika väl representerade. "
      "Både små och stora föreningar ska kunna ta del av samverkan.")
    p(c("Kommunen ska verka för att stöd och lokaler fördelas så att föreningar av olika storlek, inriktning och organisationsform får likvärdiga förutsättningar.",
        "mangfald", "public"))
    p(c("Föreningsrådet åtar sig att aktivt bjuda in föreningar som i dag inte är medlemmar, bland annat föreningar som bildats av nyanlända, till samverkan inom överenskommelsen.",
        "mangfald", "civil_society"))
    p(c("Parterna ska gemensamt se till att möten och information inom ramen för överenskommelsen är tillgängliga för personer med funktionsnedsättning.",
        "mangfald", "joint"))

    h(2, "4.7 Barnrättsperspektiv")
    p("Sedan 2020 är barnkonventionen svensk lag. En stor del av föreningslivets verksamhet riktar "
      "sig till barn och unga, och många beslut om föreningsstöd påverkar barn direkt.")
    p(c("Både kommunen och föreningslivet ska utgå från barnets bästa i sina beslut och verksamheter.",
        "barnrattsperspektiv", "joint") + " " +
      c("Kommunen ska göra en barnkonsekvensanalys inför beslut om förändrade bidrag eller lokalavgifter som berör barn och unga.",
        "barnrattsperspektiv", "public"))
    p(c("Föreningarna åtar sig att ha rutiner för att förebygga kränkningar och att begära utdrag ur belastningsregistret för ledare som arbetar med barn.",
        "barnrattsperspektiv", "civil_society"))

    # ---- 5 uppföljning
    h(1, "5 Uppföljning och revidering")
    p("Överenskommelsen gäller från den 1 april 2025 till och med den 31 december 2028. Den följs upp "
      "varje år vid ett gemensamt uppföljningsmöte under det första kvartalet.")
    p(c("Kommunstyrelsen ansvarar för att en skriftlig uppföljning av överenskommelsen och handlingsplanen redovisas för kommunfullmäktige varje år.",
        None, "public"))
    p(c("Föreningsrådet ska inför uppföljningsmötet sammanställa medlemsföreningarnas erfarenheter av samverkan med kommunen.",
        None, "civil_society"))
    p("Handlingsplanen revideras efter två år. Om någon av parterna vill säga upp överenskommelsen "
      "ska detta ske skriftligen med sex månaders varsel.")

    # contact box
    body.append('<table:table table:name="Kontakt" table:style-name="BoxTable">'
                '<table:table-column table:style-name="BoxCol"/>'
                '<table:table-row><table:table-cell table:style-name="BoxCell" office:value-type="string">'
                '<text:p text:style-name="TableTextBold">Kontakt</text:p>'
                '<text:p text:style-name="TableText">Frösvalla kommun: Johanna Lindqvist, föreningsstrateg, kommunledningskontoret, 0571-284 10, johanna.lindqvist@frosvalla.se</text:p>'
                '<text:p text:style-name="TableText">Frösvalla föreningsråd: Kansliet, 0571-120 45, kansli@frosvallaforeningsrad.se</text:p>'
                '</table:table-cell></table:table-row></table:table>')

    # ---- 6 underskrifter
    pagebreak()
    h(1, "6 Underskrifter")
    p("Överenskommelsen har upprättats i två likalydande exemplar, varav parterna har tagit var sitt.")
    sig = ['<table:table table:name="Underskrifter" table:style-name="SigTable">',
           '<table:table-column table:style-name="SigCol"/><table:table-column table:style-name="SigCol"/>']

    def sigrow(a, b, style="TableText", cell="SigCell"):
        return ('<table:table-row><table:table-cell table:style-name="%s" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                '<table:table-cell table:style-name="%s" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell></table:table-row>'
                % (cell, style, x(a), cell, style, x(b)))
    sig.append(sigrow("För Frösvalla kommun", "För Frösvalla föreningsråd", "TableTextBold"))
    sig.append(sigrow("Frösvalla den ____________ 2025", "Frösvalla den ____________ 2025"))
    sig.append(sigrow("", "", cell="SigLine"))
    sig.append(sigrow("Annika Berglund", "Per-Olof Nyström"))
    sig.append(sigrow("Kommunstyrelsens ordförande", "Ordförande, Frösvalla föreningsråd"))
    sig.append(sigrow("", "", cell="SigLine"))
    sig.append(sigrow("Mats Ekholm", "Leyla Karimi"))
    sig.append(sigrow("Kommundirektör", "Vice ordförande, Frösvalla föreningsråd"))
    sig.append('</table:table>')
    body.append("".join(sig))

    # ---- Bilaga 1 handlingsplan
    pagebreak()
    h(1, "Bilaga 1 Handlingsplan 2025–2026")
    p("Handlingsplanen anger vilka åtgärder parterna ska genomföra under överenskommelsens två "
      "första år. Den som står som ansvarig ansvarar för att åtgärden genomförs och för att "
      "redovisa den vid det årliga uppföljningsmötet. Med gemensamt menas att kommunen och "
      "föreningsrådet delar ansvaret.")
    plan = [
        ("Inrätta en gemensam ingång för föreningsfrågor med en namngiven kontaktperson på kommunledningskontoret",
         "Kommunstyrelsen", "Senast juni 2025", "Dialog", "dialog", "public"),
        ("Nominera två representanter till kommunens folkhälso- och trygghetsråd",
         "Föreningsrådet", "Maj 2025", "Dialog", "dialog", "civil_society"),
        ("Gå igenom villkoren i bidragsbesluten så att de inte begränsar föreningarnas rätt att delta i samhällsdebatten",
         "Kommunstyrelsen", "Hösten 2025", "Självständighet och oberoende", "sjalvstandighet_och_oberoende", "public"),
        ("Ta fram nya riktlinjer för föreningsbidrag med treåriga verksamhetsbidrag",
         "Kultur- och fritidsnämnden", "Beslut senast december 2025", "Långsiktighet", "langsiktighet", "public"),
        ("Pröva ett idéburet offentligt partnerskap mot ofrivillig ensamhet bland äldre",
         "Socialnämnden", "2026", "Långsiktighet", "langsiktighet", "public"),
        ("Erbjuda en kostnadsfri utbildningsdag för nya styrelseledamöter om ekonomi, bidragsansökan och dataskydd",
         "Föreningsrådet", "Februari varje år", "Kvalitet", "kvalitet", "civil_society"),
        ("Genomföra en enkät till föreningarna om hur samverkan med kommunen fungerar",
         "Gemensamt", "Hösten 2026", "Kvalitet", "kvalitet", "joint"),
        ("Publicera en samlad förteckning över medlemsföreningarna med kontaktuppgifter och verksamhet",
         "Föreningsrådet", "Löpande, uppdateras varje kvartal", "Öppenhet och insyn", "oppenhet_och_insyn", "civil_society"),
        ("Öppna en digital samrådsyta på kommunens webbplats där föreningar kan lämna synpunkter på förslag",
         "Kommunstyrelsen", "2026", "Öppenhet och insyn", "oppenhet_och_insyn", "public"),
        ("Kartlägga vilka kommunala lokaler som kan hyras ut till föreningar på kvällar och helger",
         "Tekniska nämnden", "Klart mars 2026", "Mångfald", "mangfald", "public"),
        ("Arrangera en årlig föreningsmässa i Frösvallahallen",
         "Gemensamt", "September varje år", "Mångfald", "mangfald", "joint"),
        ("Ta fram en mall för barnkonsekvensanalys som föreningarna kan använda",
         "Kultur- och fritidsnämnden", "2025", "Barnrättsperspektiv", "barnrattsperspektiv", "public"),
    ]
    t = ['<table:table table:name="Handlingsplan" table:style-name="PlanTable">',
         '<table:table-column table:style-name="PlanColA"/><table:table-column table:style-name="PlanColB"/>'
         '<table:table-column table:style-name="PlanColC"/><table:table-column table:style-name="PlanColD"/>',
         '<table:table-header-rows><table:table-row>']
    for head in ("Åtgärd", "Ansvarig", "Tidplan", "Princip"):
        t.append('<table:table-cell table:style-name="PlanHead" office:value-type="string">'
                 '<text:p text:style-name="TableHead">%s</text:p></table:table-cell>' % head)
    t.append('</table:table-row></table:table-header-rows>')
    for atg, ansv, tid, princ, slug, party in plan:
        c(atg, slug, party)
        t.append('<table:table-row>')
        for val in (atg, ansv, tid, princ):
            t.append('<table:table-cell table:style-name="PlanCell" office:value-type="string">'
                     '<text:p text:style-name="TableText">%s</text:p></table:table-cell>' % x(val))
        t.append('</table:table-row>')
    t.append('</table:table>')
    body.append("".join(t))
    p("Handlingsplanen följs upp årligen vid uppföljningsmötet. Nya åtgärder för 2027–2028 tas fram "
      "gemensamt under hösten 2026.", "Small")


# ---------------------------------------------------------------- styles
STYLES = r'''
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
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.22cm" fo:line-height="120%" fo:text-align="justify" fo:keep-together="always"/>
 </style:style>
 <style:style style:name="Lead" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="List_20_item" style:display-name="List item" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-bottom="0.12cm" fo:text-align="start"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-top="0.3cm"/>
  <style:text-properties fo:font-size="9pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold" fo:color="#1f4e5a"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm"/>
  <style:text-properties fo:font-size="16pt"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm"/>
  <style:text-properties fo:font-size="13pt"/>
 </style:style>
 <style:style style:name="PageBreak" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:break-before="page"/>
  <style:text-properties fo:font-size="2pt"/>
 </style:style>
 <style:style style:name="PageBreakTitle" style:family="paragraph" style:parent-style-name="Heading">
  <style:paragraph-properties fo:break-before="page" fo:margin-bottom="0.25cm"/>
  <style:text-properties fo:font-size="14pt"/>
 </style:style>
 <style:style style:name="CoverOrg" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="1cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:font-weight="bold" fo:letter-spacing="0.08cm" fo:color="#1f4e5a"/>
 </style:style>
 <style:style style:name="CoverSpace" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="5cm"/>
 </style:style>
 <style:style style:name="CoverTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.6cm" fo:line-height="115%"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="26pt" fo:font-weight="bold" fo:color="#1f4e5a"/>
 </style:style>
 <style:style style:name="CoverSub" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt"/>
 </style:style>
 <style:style style:name="CoverInfo" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/>
 </style:style>
 <style:style style:name="TableText" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.05cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="TableTextBold" style:family="paragraph" style:parent-style-name="TableText">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="TableHead" style:family="paragraph" style:parent-style-name="TableText">
  <style:text-properties fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/>
  <style:text-properties fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:padding-bottom="0.1cm" fo:border-bottom="0.5pt solid #1f4e5a">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#444444"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#444444"/>
 </style:style>
 <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.25cm"/>
  <style:text-properties fo:font-size="14pt"/>
 </style:style>
 <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
  <style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.05cm">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
  <style:paragraph-properties fo:margin-left="0.6cm" fo:margin-bottom="0.05cm">
   <style:tab-stops><style:tab-stop style:position="15.4cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/>
 </style:style>
 <text:list-style style:name="L_dash">
  <text:list-level-style-bullet text:level="1" text:bullet-char="–">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-0.5cm" fo:margin-left="1.1cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="L_bullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-0.5cm" fo:margin-left="1.1cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
 <style:page-layout style:name="pm2">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">Frösvalla kommun<text:tab/>Överenskommelse med den idéburna sektorn 2025–2028</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Dnr KS 2024/318<text:tab/>Sida <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Cover" style:page-layout-name="pm2" style:next-style-name="Standard"/>
</office:master-styles>
'''

AUTO = r'''
<office:automatic-styles>
 <style:style style:name="P_cover" style:family="paragraph" style:parent-style-name="CoverOrg" style:master-page-name="Cover"/>
 <style:style style:name="InfoTable" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>
 <style:style style:name="InfoColA" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
 <style:style style:name="InfoColB" style:family="table-column"><style:table-column-properties style:column-width="11.5cm"/></style:style>
 <style:style style:name="InfoCellA" style:family="table-cell"><style:table-cell-properties fo:background-color="#e6eef0" fo:padding="0.1cm" fo:border="0.5pt solid #9bb3b9"/></style:style>
 <style:style style:name="InfoCellB" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #9bb3b9"/></style:style>
 <style:style style:name="BoxTable" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.5cm"/></style:style>
 <style:style style:name="BoxCol" style:family="table-column"><style:table-column-properties style:column-width="16cm"/></style:style>
 <style:style style:name="BoxCell" style:family="table-cell"><style:table-cell-properties fo:background-color="#eef3e6" fo:padding="0.25cm" fo:border="none"/></style:style>
 <style:style style:name="SigTable" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.8cm"/></style:style>
 <style:style style:name="SigCol" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
 <style:style style:name="SigCell" style:family="table-cell"><style:table-cell-properties fo:padding-left="0.1cm" fo:padding-right="0.6cm" fo:padding-top="0.05cm" fo:border="none"/></style:style>
 <style:style style:name="SigLine" style:family="table-cell"><style:table-cell-properties fo:padding-left="0.1cm" fo:padding-right="0.6cm" fo:padding-top="1.8cm" fo:border-bottom="0.5pt solid #000000"/></style:style>
 <style:style style:name="PlanTable" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.3cm"/></style:style>
 <style:style style:name="PlanColA" style:family="table-column"><style:table-column-properties style:column-width="6.7cm"/></style:style>
 <style:style style:name="PlanColB" style:family="table-column"><style:table-column-properties style:column-width="3.1cm"/></style:style>
 <style:style style:name="PlanColC" style:family="table-column"><style:table-column-properties style:column-width="2.7cm"/></style:style>
 <style:style style:name="PlanColD" style:family="table-column"><style:table-column-properties style:column-width="3.5cm"/></style:style>
 <style:style style:name="PlanHead" style:family="table-cell"><style:table-cell-properties fo:background-color="#1f4e5a" fo:padding="0.12cm" fo:border="0.5pt solid #1f4e5a"/></style:style>
 <style:style style:name="PlanCell" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.12cm" fo:padding-bottom="0.12cm" fo:padding-left="0.2cm" fo:padding-right="0.3cm" fo:border="0.5pt solid #9bb3b9"/></style:style>
 <style:style style:name="Sect1" style:family="section"><style:section-properties style:editable="false"/></style:style>
</office:automatic-styles>
'''


def toc_xml(pages):
    out = ['<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="Innehåll">',
           '<text:table-of-content-source text:outline-level="2">',
           '<text:index-title-template text:style-name="Contents_20_Heading">Innehåll</text:index-title-template>']
    for lvl in (1, 2):
        out.append('<text:table-of-content-entry-template text:outline-level="%d" text:style-name="Contents_20_%d">'
                   '<text:index-entry-link-start/><text:index-entry-chapter/><text:index-entry-text/>'
                   '<text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
                   '<text:index-entry-page-number/><text:index-entry-link-end/>'
                   '</text:table-of-content-entry-template>' % (lvl, lvl))
    out.append('</text:table-of-content-source><text:index-body>')
    out.append('<text:index-title text:name="Innehåll_Head"><text:p text:style-name="Contents_20_Heading">Innehåll</text:p></text:index-title>')
    for lvl, label, key in toc_entries:
        out.append('<text:p text:style-name="Contents_20_%d">%s<text:tab/>%s</text:p>'
                   % (lvl, x(label), pages.get(key, "")))
    out.append('</text:index-body></text:table-of-content>')
    return "".join(out)


def write_fodt(pages):
    build_content()
    content = "\n".join(body).replace("@@TOC@@", toc_xml(pages))
    # first paragraph carries the cover master page
    content = content.replace('<text:p text:style-name="CoverOrg">', '<text:p text:style-name="P_cover">', 1)
    auto_extra = AUTO.replace("<office:automatic-styles>", "").replace("</office:automatic-styles>", "")
    styles = STYLES.replace("</office:automatic-styles>", auto_extra + "</office:automatic-styles>")
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:xlink="http://www.w3.org/1999/xlink" '
           'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n'
           '<office:meta><dc:title>Överenskommelse mellan Frösvalla kommun och den idéburna sektorn i Frösvalla</dc:title>'
           '<meta:initial-creator>Kommunledningskontoret</meta:initial-creator><dc:language>sv-SE</dc:language></office:meta>\n'
           + styles +
           '<office:body><office:text>\n' + content + '\n</office:text></office:body></office:document>\n')
    with open(FODT, "w", encoding="utf-8") as f:
        f.write(doc)


def to_pdf():
    tmp = tempfile.mkdtemp()
    try:
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/u",
                        "--convert-to", "pdf", "--outdir", HERE, FODT],
                       check=True, capture_output=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def heading_pages():
    info = subprocess.run(["pdfinfo", PDF], capture_output=True, text=True).stdout
    n = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    pages = {}
    for i in range(3, n + 1):   # skip cover and TOC page
        txt = subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), PDF, "-"],
                             capture_output=True, text=True).stdout
        lines = [l.strip() for l in txt.splitlines()]
        for lvl, label, key in toc_entries:
            if key not in pages and label in lines:
                pages[key] = str(i)
    return pages


def write_expected():
    exp = {
        "file": DOC_ID + ".pdf",
        "layout": "g10_pdf_agreement_actionplan",
        "description": (
            "A kommun's agreement with the idéburen sektor exported from LibreOffice (source .fodt kept): "
            "a cover page without header (org name in spaced capitals, title, subtitle, decision line "
            "'Antagen av kommunfullmäktige 2025-03-24, § 41', Dnr, validity); a document information table "
            "and a dotted-leader table of contents on page 2; running header 'Frösvalla kommun <tab> "
            "Överenskommelse med den idéburna sektorn 2025–2028' and footer 'Dnr KS 2024/318 <tab> Sida X av Y' "
            "on every later page; a footnote in the introduction; background with decoy dates (consultation "
            "period, dialogue meetings, the association council's annual meeting 22 February 2025); "
            "definitions of the parties. Chapter '4 Principer och åtaganden' has seven principles '4.1'–'4.7' "
            "(the national six plus Barnrättsperspektiv); commitments are written as italic lead-ins "
            "('Kommunen åtar sig att:', 'Föreningslivet åtar sig att:', 'För att samverkan ska hålla god kvalitet "
            "ska kommunen:', 'De idéburna organisationerna åtar sig att:') followed by en-dash lists, and as "
            "sentences ('Kommunen ska …', 'Kultur- och fritidsnämnden ansvarar för …', 'Föreningsrådet förbinder "
            "sig …', 'Kommunen kommer att …', 'Tillsammans verkar parterna för …', 'Parterna ska gemensamt …', "
            "'Både kommunen och föreningslivet ska …'), sometimes two commitments of different parties in one "
            "paragraph. Chapter 5 on follow-up has two commitments without principle. A green contact box, then a "
            "signature page (borderless two-column table with signature lines for the kommun and the "
            "föreningsråd). Appendix 'Bilaga 1 Handlingsplan 2025–2026' is a four-column table "
            "Åtgärd | Ansvarig | Tidplan | Princip with a shaded header row; each row's Åtgärd cell is an "
            "infinitive-phrase commitment of the party in the Ansvarig cell (Kommunstyrelsen, Kultur- och "
            "fritidsnämnden, Socialnämnden, Tekniska nämnden = public; Föreningsrådet = civil_society; "
            "Gemensamt = joint) and its principle is given in the Princip column. A bullet list of purposes "
            "in chapter 2 is not commitments."),
        "metadata": {
            "doc_id": DOC_ID,
            "title": "Överenskommelse mellan Frösvalla kommun och den idéburna sektorn i Frösvalla",
            "place": "Frösvalla",
            "organisation": "Frösvalla kommun",
            "kind": "överenskommelse",
            "date": "2025-03-24",
            "body": "kommunfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": [
            {"id": "q1", "question": "Hur lång tid tar det att få besked på en ansökan om föreningsbidrag?",
             "language": "sv", "answerable": True,
             "gold": ["handlägga ansökningar om föreningsbidrag inom sex veckor från det att ansökan är komplett"],
             "must_mention": ["sex veckor"]},
            {"id": "q2", "question": "Vilken namnd ska ta fram en mall for barnkonsekvensanalys som foreningarna kan anvanda?",
             "language": "sv", "answerable": True,
             "gold": ["Ta fram en mall för barnkonsekvensanalys som föreningarna kan använda",
                      "Kultur- och fritidsnämnden"],
             "must_mention": ["Kultur- och fritidsnämnden"]},
            {"id": "q3", "question": "Hur ofta träffas kultur- och fritidsnämnden och föreningsrådet?",
             "language": "sv", "answerable": True,
             "gold": ["Kultur- och fritidsnämnden ansvarar för att nämndens presidium och föreningsrådets styrelse möts minst två gånger per år."],
             "must_mention": ["minst två gånger per år"]},
            {"id": "q4", "question": "Vad åtar sig föreningarna när det gäller barn och ledare?",
             "language": "sv", "answerable": True,
             "gold": ["Föreningarna åtar sig att ha rutiner för att förebygga kränkningar och att begära utdrag ur belastningsregistret för ledare som arbetar med barn."],
             "must_mention": ["belastningsregistret", "förebygga kränkningar"]},
            {"id": "q5", "question": "Maste kommunen varna i forvag om bidragsreglerna andras?",
             "language": "sv", "answerable": True,
             "gold": ["Vid förändringar av bidragsreglerna ska kommunen informera föreningarna minst tolv månader innan förändringen börjar gälla."],
             "must_mention": ["tolv månader"]},
            {"id": "q6", "question": "Which actions in the action plan is the association council (föreningsrådet) responsible for?",
             "language": "en", "answerable": True,
             "gold": ["Nominera två representanter till kommunens folkhälso- och trygghetsråd",
                      "Erbjuda en kostnadsfri utbildningsdag för nya styrelseledamöter om ekonomi, bidragsansökan och dataskydd",
                      "Publicera en samlad förteckning över medlemsföreningarna med kontaktuppgifter och verksamhet"],
             "must_mention": ["folkhälso- och trygghetsråd", "utbildningsdag", "förteckning över medlemsföreningarna"]},
            {"id": "q7", "question": "Will the municipality publish its decisions on grants to associations?",
             "language": "en", "answerable": True,
             "gold": ["publicera samtliga beslut om föreningsbidrag på kommunens webbplats"],
             "must_mention": ["publicera samtliga beslut om föreningsbidrag"]},
            {"id": "q8", "question": "Vad gör vi tillsammans med kommunen i handlingsplanen, jag sitter i styrelsen för en idrottsförening?",
             "language": "sv", "answerable": True,
             "gold": ["Genomföra en enkät till föreningarna om hur samverkan med kommunen fungerar",
                      "Arrangera en årlig föreningsmässa i Frösvallahallen"],
             "must_mention": ["enkät", "föreningsmässa"]},
            {"id": "q9", "question": "Hur mycket pengar avsätter kommunen till föreningsbidrag per år?",
             "language": "sv", "answerable": False, "gold": [], "must_mention": []},
            {"id": "q10", "question": "Far foreningar hyra kommunens lokaler gratis for barn- och ungdomsverksamhet?",
             "language": "sv", "answerable": False, "gold": [], "must_mention": []},
        ],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    write_fodt({})
    to_pdf()
    pages = heading_pages()
    write_fodt(pages)
    to_pdf()
    check = heading_pages()
    if check != pages:
        write_fodt(check)
        to_pdf()
    write_expected()
    print("pages:", check)
    print("commitments:", len(COMMITMENTS))


if __name__ == "__main__":
    main()
