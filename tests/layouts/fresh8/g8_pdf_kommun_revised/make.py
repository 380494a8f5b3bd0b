#!/usr/bin/env python3
"""Generate a revised (version 2.0) kommun-överenskommelse with the idéburna
sektorn as a LibreOffice-made PDF, plus expected.json.

Writes a flat ODT (.fodt), converts it with `soffice --headless --convert-to pdf`
twice: the first pass is used to look up the page numbers for the (static)
table of contents, the second pass produces the final PDF.
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
DOC_ID = "hallebro_overenskommelse_ideburen_sektor_v2"
FODT = os.path.join(HERE, DOC_ID + ".fodt")
PDF = os.path.join(HERE, DOC_ID + ".pdf")

TITLE = "Överenskommelse mellan Hällebro kommun och den idéburna sektorn i Hällebro"

COMMITMENTS = []


def C(text, principle, party):
    """Register a commitment and return its text (so document and gold agree)."""
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


def e(s):
    return escape(s)


# ---------------------------------------------------------------- helpers
def p(text, style="Text_20_body"):
    return f'<text:p text:style-name="{style}">{text}</text:p>\n'


def h(text, level):
    return (f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
            f'{e(text)}</text:h>\n')


def ul(items, style="Bullets"):
    out = [f'<text:list text:style-name="{style}">']
    for it in items:
        out.append(f'<text:list-item><text:p text:style-name="List_20_para">{e(it)}</text:p></text:list-item>')
    out.append('</text:list>\n')
    return "".join(out)


def lead(text):
    return p(f'<text:span text:style-name="Bold">{e(text)}</text:span>', "Lead_20_in")


def cell(text, style="Cell", pstyle="Table_20_contents"):
    paras = text if isinstance(text, list) else [text]
    inner = "".join(f'<text:p text:style-name="{pstyle}">{e(x)}</text:p>' for x in paras)
    return f'<table:table-cell table:style-name="{style}" office:value-type="string">{inner}</table:table-cell>'


def table(name, widths, header, rows, head_style="CellHead"):
    out = [f'<table:table table:name="{name}" table:style-name="Tbl_{name}">']
    for i, _ in enumerate(widths):
        out.append(f'<table:table-column table:style-name="Tbl_{name}.{chr(65 + i)}"/>')
    if header:
        out.append('<table:table-header-rows><table:table-row>')
        out += [cell(x, head_style, "Table_20_heading") for x in header]
        out.append('</table:table-row></table:table-header-rows>')
    for r in rows:
        out.append('<table:table-row>' + "".join(cell(x) for x in r) + '</table:table-row>')
    out.append('</table:table>\n')
    return "".join(out)


def table_styles(name, widths):
    total = sum(widths)
    s = [f'<style:style style:name="Tbl_{name}" style:family="table">'
         f'<style:table-properties style:width="{total}cm" table:align="left" '
         f'fo:margin-top="0.15cm" fo:margin-bottom="0.3cm"/></style:style>']
    for i, w in enumerate(widths):
        s.append(f'<style:style style:name="Tbl_{name}.{chr(65 + i)}" style:family="table-column">'
                 f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
    return "\n".join(s)


# ---------------------------------------------------------------- content
def build_body(toc_pages):
    b = []
    # ---------------- cover (own master page, no header/footer)
    b.append(p("HÄLLEBRO KOMMUN", "Cover_20_org"))
    b.append(p("Kommunstyrelseförvaltningen · Avdelningen för demokrati och samhällsutveckling", "Cover_20_small"))
    b.append(p("Överenskommelse", "Cover_20_kind"))
    b.append(p(e("mellan Hällebro kommun och den idéburna sektorn i Hällebro"), "Cover_20_title"))
    b.append(p("Version 2.0 – reviderad 2024", "Cover_20_sub"))
    b.append(p("Gäller 2025–2028", "Cover_20_sub"))
    b.append(table("Info", [5.0, 11.0], None, [
        ["Dokumenttyp", "Överenskommelse (styrdokument)"],
        ["Beslutad av", "Kommunfullmäktige 2024-11-25, § 187"],
        ["Diarienummer", "KS 2024/0412"],
        ["Giltighetstid", "2025-01-01 – 2028-12-31"],
        ["Ersätter", "Överenskommelse med idéburen sektor, version 1.0 (KF 2016-03-21, § 34)"],
        ["Dokumentansvarig", "Kommunstyrelsen, avdelningen för demokrati och samhällsutveckling"],
        ["Målgrupp", "Kommunens nämnder och förvaltningar samt idéburna organisationer i Hällebro"],
    ]))

    # ---------------- page 2: revisionshistorik + innehåll
    b.append(p("Revisionshistorik", "Heading_20_plain_20_break"))
    b.append(table("Rev", [1.9, 2.5, 8.3, 3.3],
                   ["Version", "Datum", "Ändring", "Beslut"], [
        ["1.0", "2016-03-21", "Första överenskommelsen mellan kommunen och den idéburna sektorn antas.", "KF § 34"],
        ["1.1", "2019-06-10", "Redaktionella ändringar: nya kontaktuppgifter och förtydligad rutin för årlig uppföljning.", "KS § 112"],
        ["1.2", "2021-09-13", "Förlängd giltighet till och med 2024 i avvaktan på revidering.", "KF § 141"],
        ["2.0", "2024-11-25", "Reviderad överenskommelse. Ny princip om barnrättsperspektiv, åtaganden per part och ny handlingsplan 2025–2028.", "KF § 187"],
    ]))
    b.append(p("Innehåll", "Heading_20_plain"))
    for title, lvl in TOC_ENTRIES:
        pg = toc_pages.get(title, "")
        style = "Contents_20_1" if lvl == 1 else "Contents_20_2"
        b.append(p(f'{e(title)}<text:tab/>{pg}', style))

    # ---------------- 1 Inledning
    b.append(h("1 Inledning", 1) .replace('text:style-name="Heading_20_1"', 'text:style-name="Heading_20_1_20_break"', 1))
    b.append(p(e("Den idéburna sektorn är en viktig del av Hällebro. Idrottsföreningar, studieförbund, "
                 "trossamfund, hembygdsföreningar, pensionärsorganisationer, kulturföreningar och "
                 "sociala organisationer skapar mötesplatser, engagemang och gemenskap i hela kommunen – "
                 "från centralorten till Norrvik, Åsby och Lilla Hammar.")))
    b.append(p(e("Hällebro kommun och företrädare för den idéburna sektorn antog den första lokala "
                 "överenskommelsen 2016. Den byggde på den nationella överenskommelsen från 2008 mellan "
                 "regeringen, idéburna organisationer på det sociala området och Sveriges Kommuner och "
                 "Regioner. Under 2023–2024 har överenskommelsen utvärderats och reviderats i en gemensam "
                 "arbetsgrupp med fyra dialogmöten och en digital enkät som besvarades av 94 föreningar.")))
    b.append(p(e("Denna version ersätter överenskommelsen version 1.0 som antogs av kommunfullmäktige den "
                 "21 mars 2016 (§ 34).")))

    # ---------------- 2 Vad är nytt
    b.append(h("2 Vad är nytt i denna version", 1))
    b.append(p(e("Jämfört med version 1.0 innehåller den reviderade överenskommelsen följande förändringar:")))
    b.append(ul([
        "En ny princip om barnrättsperspektiv har lagts till (avsnitt 4.7).",
        "Åtagandena under varje princip har delats upp per part och gjorts mer konkreta.",
        "Principen om dialog innehåller nu en riktlinje för hur lång tid föreningarna får för att svara på remisser.",
        "Idéburet offentligt partnerskap (IOP) beskrivs under principen om långsiktighet i stället för i en egen bilaga.",
        "Handlingsplanen gäller för hela perioden 2025–2028 och följs upp årligen (avsnitt 5).",
        "Kontaktuppgifter och hänvisningar till kommunens webbplats har uppdaterats.",
    ]))
    b.append(p(e("Principerna om självständighet och oberoende, kvalitet, öppenhet och insyn samt mångfald "
                 "finns kvar med i huvudsak samma innebörd som tidigare.")))

    # ---------------- 3 Syfte och parter
    b.append(h("3 Syfte och parter", 1))
    b.append(p(e("Syftet med överenskommelsen är att stärka samverkan mellan kommunen och den idéburna "
                 "sektorn, tydliggöra rollerna och skapa goda förutsättningar för ett levande och "
                 "självständigt föreningsliv. Överenskommelsen är inte juridiskt bindande utan bygger på "
                 "parternas gemensamma vilja.")))
    b.append(p(e("Parter är Hällebro kommun, med samtliga nämnder och förvaltningar, och de idéburna "
                 "organisationer som verkar i Hällebro. Den idéburna sektorn företräds i arbetet med "
                 "överenskommelsen av Hällebro föreningsråd, Idrottsalliansen Hällebro, Studieförbunden i "
                 "Hällebro samt Samverkansgruppen för sociala organisationer. Varje förening kan ansluta "
                 "sig genom att anmäla det till föreningsrådet.")))
    b.append(p(e("Med idéburen organisation avses i detta dokument en organisation som bildats av fria "
                 "sammanslutningar av människor, som drivs utan vinstsyfte och som har ett allmännyttigt "
                 "ändamål.")))

    # ---------------- 4 Principer och åtaganden
    b.append(h("4 Principer och åtaganden", 1))
    b.append(p(e("Överenskommelsen utgår från de sex principerna i den nationella överenskommelsen. I denna "
                 "version har en sjunde princip, barnrättsperspektiv, lagts till. Under varje princip "
                 "beskrivs vad den innebär och vad respektive part åtar sig.")))

    # 4.1
    b.append(h("4.1 Självständighet och oberoende", 2))
    b.append(p(e("De idéburna organisationerna har rätt att själva bestämma över sin verksamhet, sina "
                 "värderingar och sina arbetssätt. Att en förening får bidrag eller utför uppdrag åt "
                 "kommunen ska inte begränsa dess roll som röstbärare och kritisk granskare.")))
    b.append(lead("Kommunen åtar sig att:"))
    b.append(ul([
        C("respektera föreningarnas rätt att driva opinion och granska kommunens verksamhet, även när de samtidigt tar emot bidrag eller har avtal med kommunen", "sjalvstandighet_och_oberoende", "public"),
        C("utforma bidragsvillkor så att de inte styr organisationernas interna arbete, ledning eller val av företrädare", "sjalvstandighet_och_oberoende", "public"),
    ]))
    b.append(lead("Den idéburna sektorn åtar sig att:"))
    b.append(ul([
        C("tydligt redovisa när organisationen företräder sina medlemmar och när den utför uppdrag på kommunens vägnar", "sjalvstandighet_och_oberoende", "civil_society"),
        C("själv ta ansvar för att den egna verksamheten vilar på en demokratisk grund och respekterar de mänskliga rättigheterna", "sjalvstandighet_och_oberoende", "civil_society"),
    ]))

    # 4.2 Dialog – sentences
    b.append(h("4.2 Dialog", 2))
    b.append(p(e("En öppen och återkommande dialog är grunden för samverkan. Dialogen ska ske på lika "
                 "villkor och bygga på att båda parter har något att bidra med.")))
    b.append(p(e(C("Kommunen ska bjuda in den idéburna sektorn till dialog i ett tidigt skede när frågor som berör föreningslivet ska utredas eller beslutas.", "dialog", "public"))
               + " " + e(C("Kommunen ska ge organisationerna rimlig tid att lämna synpunkter på remisser, normalt minst sex veckor.", "dialog", "public"))))
    b.append(p(e(C("De idéburna organisationerna ansvarar för att förankra sina synpunkter hos medlemmarna och för att utse representanter till dialogforumet.", "dialog", "civil_society"))))
    b.append(p(e(C("Parterna ska gemensamt genomföra minst två dialogforum per år, varav ett med fokus på uppföljning av handlingsplanen.", "dialog", "joint"))
               + " " + e("Dialogforumet är öppet för alla föreningar i Hällebro.")))

    # 4.3 Kvalitet
    b.append(h("4.3 Kvalitet", 2))
    b.append(p(e("Kvalitet i den idéburna sektorn handlar om att verksamheten motsvarar medlemmarnas och "
                 "deltagarnas behov. Vad som är god kvalitet avgörs i första hand av organisationerna "
                 "själva, men när offentliga medel används behöver också kommunen kunna följa upp "
                 "resultatet.")))
    b.append(lead("Kommunen åtar sig att:"))
    b.append(ul([
        C("erbjuda kostnadsfri kompetensutveckling för föreningarnas ledare och styrelser, bland annat inom ekonomi, bidragsansökan och dataskydd", "kvalitet", "public"),
        C("tydliggöra vilka krav på kvalitet och uppföljning som gäller när kommunen ger bidrag eller ingår ett idéburet offentligt partnerskap", "kvalitet", "public"),
    ]))
    b.append(lead("Den idéburna sektorn åtar sig att:"))
    b.append(ul([
        C("följa upp och utveckla kvaliteten i den egna verksamheten", "kvalitet", "civil_society"),
        C("använda beviljade bidrag för de ändamål som angetts i ansökan och redovisa resultatet enligt gällande villkor", "kvalitet", "civil_society"),
    ]))

    # 4.4 Långsiktighet – own lead-in wording + sentence
    b.append(h("4.4 Långsiktighet", 2))
    b.append(p(e("Föreningslivet bygger ofta på ideella krafter och behöver stabila förutsättningar. "
                 "Korta projektmedel och sena besked gör det svårt att planera och att behålla ledare.")))
    b.append(p(e("För att föreningarna ska kunna planera sin verksamhet över tid kommer kommunen att:"), "Lead_20_in"))
    b.append(ul([
        C("erbjuda fleråriga verksamhetsbidrag, i regel treåriga, till organisationer som uppfyller villkoren", "langsiktighet", "public"),
        C("meddela beslut om verksamhetsbidrag senast den 15 december året före bidragsåret", "langsiktighet", "public"),
        C("pröva idéburet offentligt partnerskap (IOP) som samverkansform när det finns ett gemensamt samhällsintresse och upphandling inte är aktuell", "langsiktighet", "public"),
    ]))
    b.append(p(e(C("Föreningarna förbinder sig att i god tid informera kommunen om förändringar som påverkar en pågående samverkan eller ett beviljat bidrag.", "langsiktighet", "civil_society"))))

    # 4.5 Öppenhet och insyn
    b.append(h("4.5 Öppenhet och insyn", 2))
    b.append(p(e("Öppenhet skapar förtroende. Det ska vara lätt för invånare och föreningar att se hur "
                 "kommunens stöd fördelas och hur de idéburna organisationerna använder det.")))
    b.append(lead("Kommunen åtar sig att:"))
    b.append(ul([
        C("samla information om bidrag, lokaler och kontaktpersoner på kommunens webbplats", "oppenhet_och_insyn", "public"),
        C("årligen redovisa vilka organisationer som fått bidrag och med vilka belopp", "oppenhet_och_insyn", "public"),
    ]))
    b.append(lead("Den idéburna sektorn åtar sig att:"))
    b.append(ul([
        C("lämna verksamhetsberättelse, ekonomisk redovisning och revisionsberättelse till kommunen när bidrag har beviljats", "oppenhet_och_insyn", "civil_society"),
        C("ge medlemmar och allmänhet insyn i hur verksamheten styrs och finansieras", "oppenhet_och_insyn", "civil_society"),
    ]))

    # 4.6 Mångfald – prose naming several parties
    b.append(h("4.6 Mångfald", 2))
    b.append(p(e("Hällebros invånare har olika bakgrund, erfarenheter och förutsättningar. Ett föreningsliv "
                 "som speglar den bredden gör kommunen starkare.")))
    b.append(p(e(C("Kommunen och den idéburna sektorn ska tillsammans verka för att fler invånare, oavsett bakgrund, kön, ålder eller funktionsförmåga, kan delta i föreningslivet.", "mangfald", "joint"))
               + " " + e(C("Kommunen kommer att se över bidragsreglerna så att även små och nystartade föreningar kan söka stöd.", "mangfald", "public"))
               + " " + e(C("Organisationerna ska för sin del arbeta för att verksamheten är tillgänglig och välkomnande för nya målgrupper.", "mangfald", "civil_society"))))

    # 4.7 Barnrättsperspektiv (new)
    b.append(h("4.7 Barnrättsperspektiv (ny princip)", 2))
    b.append(p(e("Sedan den 1 januari 2020 gäller FN:s konvention om barnets rättigheter som svensk lag. "
                 "En stor del av föreningslivet i Hällebro riktar sig till barn och unga, och båda parter "
                 "har ett ansvar för att barnets bästa beaktas.")))
    b.append(lead("Kommunen åtar sig att:"))
    b.append(ul([
        C("göra barnkonsekvensanalyser inför beslut som påverkar föreningslivet för barn och unga", "barnrattsperspektiv", "public"),
        C("ge barn och unga möjlighet att komma till tals i dialogforumet, bland annat genom Hällebro ungdomsråd", "barnrattsperspektiv", "public"),
    ]))
    b.append(lead("Den idéburna sektorn åtar sig att:"))
    b.append(ul([
        C("ha rutiner för att förebygga och hantera kränkningar, övergrepp och trakasserier i verksamhet för barn och unga", "barnrattsperspektiv", "civil_society"),
        C("begära utdrag ur belastningsregistret för ledare som arbetar med barn", "barnrattsperspektiv", "civil_society"),
    ]))

    # ---------------- 5 Handlingsplan
    b.append(h("5 Handlingsplan 2025–2028", 1))
    b.append(p(e("Parterna har kommit överens om följande aktiviteter för perioden. Ansvarig part "
                 "ansvarar för att aktiviteten genomförs och rapporterar läget vid dialogforumet.")))
    plan = [
        ("1", C("Ta fram en samlad digital föreningsportal med bidragsansökan, lokalbokning och kalender", "oppenhet_och_insyn", "public"),
         "Öppenhet och insyn", "Kultur- och fritidsnämnden", "2025"),
        ("2", C("Genomföra en utbildningsserie om IOP för föreningar och tjänstepersoner", "langsiktighet", "joint"),
         "Långsiktighet", "Gemensamt", "2025–2026"),
        ("3", C("Inrätta ett referensråd med unga från föreningslivet", "barnrattsperspektiv", "joint"),
         "Barnrättsperspektiv", "Kommunen och ungdomsföreningarna", "2026"),
        ("4", C("Kartlägga föreningarnas behov av lokaler och redovisa resultatet vid dialogforumet", "langsiktighet", "public"),
         "Långsiktighet", "Kommunstyrelsen", "2026"),
        ("5", C("Genomföra en rekryteringskampanj för nya ledare och volontärer", "mangfald", "civil_society"),
         "Mångfald", "Hällebro föreningsråd", "2026–2027"),
        ("6", C("Ta fram en gemensam mall för barnkonsekvensanalys och föreningarnas trygghetsrutiner", "barnrattsperspektiv", "joint"),
         "Barnrättsperspektiv", "Gemensamt", "2025"),
        ("7", C("Utvärdera överenskommelsen inför nästa revidering", None, "joint"),
         "Samtliga", "Gemensamt", "2028"),
    ]
    b.append(table("Plan", [0.9, 6.0, 3.4, 3.9, 1.8],
                   ["Nr", "Aktivitet", "Princip", "Ansvarig", "Klart"],
                   [list(r) for r in plan]))

    # ---------------- 6 Uppföljning
    b.append(h("6 Uppföljning och revidering", 1))
    b.append(p(e(C("Kommunstyrelsen ansvarar för att handlingsplanen följs upp årligen och att resultatet redovisas för kommunfullmäktige.", None, "public"))
               + " " + e(C("Hällebro föreningsråd ansvarar för att samordna den idéburna sektorns medverkan i uppföljningen.", None, "civil_society"))))
    b.append(p(e("Överenskommelsen gäller till och med den 31 december 2028. Den kan revideras tidigare om "
                 "någon av parterna begär det.")))

    # ---------------- 7 Kontakt (box)
    b.append(h("7 Kontakt", 1))
    b.append(table("Kontakt", [16.0], None, [[[
        "Frågor om överenskommelsen",
        "Hällebro kommun, avdelningen för demokrati och samhällsutveckling",
        "Föreningsutvecklare Sara Lindqvist, tel. 0512-48 30 17",
        "E-post: foreningsliv@hallebro.se",
        "Webbplats: www.hallebro.se/forening",
    ]]]))

    # ---------------- Beslut + signatures
    b.append(h("Beslut", 1))
    b.append(p(e("Antagen av kommunfullmäktige 2024-11-25, § 187.")))
    b.append(p(e("Överenskommelsen har godkänts av representanterna för den idéburna sektorn vid "
                 "dialogforum den 22 oktober 2024.")))
    b.append(table("Sign", [8.0, 8.0], None, [
        ["För Hällebro kommun", "För den idéburna sektorn i Hällebro"],
        ["Hällebro den 2 december 2024", "Hällebro den 2 december 2024"],
        ["______________________________", "______________________________"],
        ["Annika Strömberg", "Mats Ekholm"],
        ["Kommunstyrelsens ordförande", "Ordförande, Hällebro föreningsråd"],
    ]))
    return "".join(b)


TOC_ENTRIES = [
    ("1 Inledning", 1), ("2 Vad är nytt i denna version", 1), ("3 Syfte och parter", 1),
    ("4 Principer och åtaganden", 1),
    ("4.1 Självständighet och oberoende", 2), ("4.2 Dialog", 2), ("4.3 Kvalitet", 2),
    ("4.4 Långsiktighet", 2), ("4.5 Öppenhet och insyn", 2), ("4.6 Mångfald", 2),
    ("4.7 Barnrättsperspektiv (ny princip)", 2),
    ("5 Handlingsplan 2025–2028", 1), ("6 Uppföljning och revidering", 1), ("7 Kontakt", 1),
    ("Beslut", 1),
]

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')

FONT = 'style:font-name="Liberation Sans"'

STYLES = f"""
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties {FONT} fo:font-size="11pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text">
  <style:text-properties {FONT} fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="125%" fo:keep-together="always" fo:orphans="2" fo:widows="2"/>
 </style:style>
 <style:style style:name="Lead_20_in" style:display-name="Lead in" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
 </style:style>
 <style:style style:name="List_20_para" style:display-name="List para" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.12cm" fo:line-height="120%" fo:keep-together="always"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:keep-with-next="always"/>
  <style:text-properties {FONT} fo:color="#1f4e79" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.25cm"/>
  <style:text-properties fo:font-size="16pt"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.15cm"/>
  <style:text-properties fo:font-size="13pt"/>
 </style:style>
 <style:style style:name="Heading_20_plain" style:display-name="Heading plain" style:family="paragraph" style:parent-style-name="Heading">
  <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.25cm"/>
  <style:text-properties fo:font-size="14pt"/>
 </style:style>
 <style:style style:name="Table_20_contents" style:display-name="Table contents" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="Table_20_heading" style:display-name="Table heading" style:family="paragraph" style:parent-style-name="Table_20_contents">
  <style:text-properties fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.12cm">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="0.6cm" fo:margin-top="0.05cm">
   <style:tab-stops><style:tab-stop style:position="15.4cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:border-bottom="0.5pt solid #808080" fo:padding-bottom="0.1cm">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="8.5pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="8.5pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Cover_20_small" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="4cm"/>
  <style:text-properties fo:font-size="9pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Cover_20_kind" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="30pt" fo:font-weight="bold" fo:color="#1f4e79"/>
 </style:style>
 <style:style style:name="Cover_20_title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.8cm"/>
  <style:text-properties fo:font-size="18pt" fo:color="#1f4e79"/>
 </style:style>
 <style:style style:name="Cover_20_sub" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.15cm"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="Bullets">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-0.5cm" fo:margin-left="1.1cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
"""


def automatic_styles():
    tables = "\n".join([
        table_styles("Info", [5.0, 11.0]),
        table_styles("Rev", [1.9, 2.5, 8.3, 3.3]),
        table_styles("Plan", [0.9, 6.0, 3.4, 3.9, 1.8]),
        table_styles("Kontakt", [16.0]),
        table_styles("Sign", [8.0, 8.0]),
    ])
    return f"""
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
 <style:page-layout style:name="pmCover">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
 </style:page-layout>
 <style:style style:name="Heading_20_plain_20_break" style:family="paragraph" style:parent-style-name="Heading_20_plain" style:master-page-name="Standard">
  <style:paragraph-properties style:page-number="auto" fo:margin-top="0cm"/>
 </style:style>
 <style:style style:name="Heading_20_1_20_break" style:family="paragraph" style:parent-style-name="Heading_20_1">
  <style:paragraph-properties fo:break-before="page" fo:margin-top="0cm"/>
 </style:style>
 <style:style style:name="Cover_20_org" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Cover">
  <style:paragraph-properties fo:margin-top="1cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="#1f4e79" fo:letter-spacing="0.05cm"/>
 </style:style>
 <style:style style:name="Cell" style:family="table-cell">
  <style:table-cell-properties fo:padding-top="0.1cm" fo:padding-bottom="0.1cm" fo:padding-left="0.15cm" fo:padding-right="0.3cm" fo:border="0.5pt solid #9aa7b4"/>
 </style:style>
 <style:style style:name="CellHead" style:family="table-cell">
  <style:table-cell-properties fo:padding-top="0.1cm" fo:padding-bottom="0.1cm" fo:padding-left="0.15cm" fo:padding-right="0.3cm" fo:border="0.5pt solid #9aa7b4" fo:background-color="#1f4e79"/>
 </style:style>
{tables}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">Hällebro kommun<text:tab/>Överenskommelse med den idéburna sektorn – version 2.0</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Dnr KS 2024/0412 · Antagen av KF 2024-11-25<text:tab/>Sida <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Cover" style:page-layout-name="pmCover" style:next-style-name="Standard"/>
</office:master-styles>
"""


def write_fodt(toc_pages):
    body = build_body(toc_pages)
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n'
           f'<office:meta><dc:title>{e(TITLE)}</dc:title><meta:initial-creator>Hällebro kommun</meta:initial-creator>'
           f'<dc:language>sv-SE</dc:language></office:meta>\n'
           f'{STYLES}{automatic_styles()}<office:body><office:text>\n{body}</office:text></office:body></office:document>\n')
    with open(FODT, "w", encoding="utf-8") as f:
        f.write(doc)


def convert():
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, FODT],
                       check=True, capture_output=True)


def page_texts():
    raw = subprocess.run(["pdftotext", "-layout", PDF, "-"], capture_output=True, text=True, check=True).stdout
    return raw.split("\f")


def find_toc_pages():
    pages = page_texts()
    found = {}
    for title, _ in TOC_ENTRIES:
        for i, txt in enumerate(pages[2:], start=3):  # skip cover + TOC page
            if any(line.strip() == title for line in txt.splitlines()):
                found[title] = str(i)
                break
    return found


def main():
    COMMITMENTS.clear()
    write_fodt({})
    convert()
    toc = find_toc_pages()
    COMMITMENTS.clear()
    write_fodt(toc)
    convert()
    assert find_toc_pages() == toc, "TOC page numbers shifted"

    questions = [
        {"id": "q1", "question": "Vad är nytt i version 2.0 jämfört med den gamla överenskommelsen?",
         "language": "sv", "answerable": True,
         "gold": ["En ny princip om barnrättsperspektiv har lagts till (avsnitt 4.7).",
                  "Åtagandena under varje princip har delats upp per part och gjorts mer konkreta.",
                  "Handlingsplanen gäller för hela perioden 2025–2028 och följs upp årligen (avsnitt 5)."],
         "must_mention": ["barnrättsperspektiv", "per part", "2025–2028"]},
        {"id": "q2", "question": "hur lang tid far foreningarna pa sig att svara pa remisser?",
         "language": "sv", "answerable": True,
         "gold": ["Kommunen ska ge organisationerna rimlig tid att lämna synpunkter på remisser, normalt minst sex veckor."],
         "must_mention": ["sex veckor"]},
        {"id": "q3", "question": "When will the municipality announce its decisions on operating grants for associations?",
         "language": "en", "answerable": True,
         "gold": ["meddela beslut om verksamhetsbidrag senast den 15 december året före bidragsåret"],
         "must_mention": ["15 december"]},
        {"id": "q4", "question": "Måste vår förening begära utdrag ur belastningsregistret för ledarna i barnverksamheten?",
         "language": "sv", "answerable": True,
         "gold": ["begära utdrag ur belastningsregistret för ledare som arbetar med barn"],
         "must_mention": ["belastningsregistret"]},
        {"id": "q5", "question": "När antogs den reviderade överenskommelsen och av vilket organ?",
         "language": "sv", "answerable": True,
         "gold": ["Antagen av kommunfullmäktige 2024-11-25, § 187."],
         "must_mention": ["kommunfullmäktige", "2024-11-25", "§ 187"]},
        {"id": "q6", "question": "Vilken tidigare version ersätts och när beslutades den?",
         "language": "sv", "answerable": True,
         "gold": ["Denna version ersätter överenskommelsen version 1.0 som antogs av kommunfullmäktige den 21 mars 2016 (§ 34)."],
         "must_mention": ["version 1.0", "21 mars 2016"]},
        {"id": "q7", "question": "Who is responsible for following up the action plan each year?",
         "language": "en", "answerable": True,
         "gold": ["Kommunstyrelsen ansvarar för att handlingsplanen följs upp årligen och att resultatet redovisas för kommunfullmäktige.",
                  "Hällebro föreningsråd ansvarar för att samordna den idéburna sektorns medverkan i uppföljningen."],
         "must_mention": ["Kommunstyrelsen", "Hällebro föreningsråd"]},
        {"id": "q8", "question": "vad maste foreningen lamna in till kommunen nar vi fatt bidrag?",
         "language": "sv", "answerable": True,
         "gold": ["lämna verksamhetsberättelse, ekonomisk redovisning och revisionsberättelse till kommunen när bidrag har beviljats"],
         "must_mention": ["verksamhetsberättelse", "revisionsberättelse"]},
        {"id": "q9", "question": "Hur mycket pengar avsätter kommunen totalt till föreningsbidrag 2025?",
         "language": "sv", "answerable": False, "gold": [], "must_mention": []},
        {"id": "q10", "question": "Hur stort lokalbidrag per timme kan en förening få för att hyra egna lokaler?",
         "language": "sv", "answerable": False, "gold": [], "must_mention": []},
    ]

    expected = {
        "file": os.path.basename(PDF),
        "layout": LAYOUT,
        "description": (
            "PDF (A4, 7 pages) generated by LibreOffice from a flat ODT: a kommun's REVISED "
            "överenskommelse with the idéburna sektorn, version 2.0 replacing version 1.0 from 2016. "
            "Cover page without header/footer with organisation name, title, 'Version 2.0 – reviderad 2024' "
            "and a two-column document-info table (beslutad av, diarienummer, giltighetstid, ersätter). "
            "Page 2: revision-history table (Version/Datum/Ändring/Beslut, 4 rows, blue header row) and a "
            "static table of contents with dotted leaders and page numbers. Running header (kommun name + "
            "document title with version) and footer (dnr, decision, 'Sida X av Y') on every page after the cover. "
            "Numbered headings: Inledning, 'Vad är nytt i denna version' (bullet list of changes, not commitments), "
            "Syfte och parter, Principer och åtaganden with 4.1–4.7 (six national principles + new "
            "barnrättsperspektiv). Commitments are written in varied ways: bold lead-ins 'Kommunen åtar sig att:' / "
            "'Den idéburna sektorn åtar sig att:' followed by bullet lists; plain lead-in sentence "
            "('... kommer kommunen att:') with bullets; running prose sentences with 'ska', 'ansvarar för', "
            "'förbinder sig', 'kommer att', and joint sentences naming both parties, several commitments per paragraph. "
            "Section 5: handlingsplan 2025–2028 as a 5-column table (Nr, Aktivitet, Princip, Ansvarig, Klart); the "
            "Aktivitet cells are commitments with party taken from the Ansvarig column (Gemensamt / two parties = joint). "
            "Section 6 follow-up (commitments without principle), section 7 contact box (one-cell table), "
            "'Beslut' with KF date and § plus a borderless two-column signature table."),
        "metadata": {
            "doc_id": DOC_ID,
            "title": TITLE,
            "place": "Hällebro",
            "organisation": "Hällebro kommun",
            "kind": "överenskommelse",
            "date": "2024-11-25",
            "body": "kommunfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": questions,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print(f"wrote {PDF} ({len(COMMITMENTS)} commitments); TOC pages: {toc}")


if __name__ == "__main__":
    main()
