#!/usr/bin/env python3
"""Generate ostersand_overenskommelse.pdf (via a flat ODT) and expected.json.

Layout: a LibreOffice-produced PDF with a cover page, a table of contents with
dot leaders and page numbers, page headers with the agreement's name, footers
"Sida X av Y", footnotes (some attached mid-sentence to a year or a word inside
a commitment), automatic Swedish hyphenation of justified text, numbered
headings ("4.1 Principen om dialog"), bullet lists beginning with "att",
commitments as "Staden ska ..." sentences, a signature table and a revision
history table.

Needs: soffice (LibreOffice), pdftotext (poppler-utils); Swedish hyphenation
patterns (hyphen-sv) make the line-end hyphenation appear.
Run:  python3 make.py   (no third-party Python modules needed)
"""
import json
import os
import re
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "ostersand_overenskommelse"
FILE = STEM + ".pdf"

TITLE = "Överenskommelse om samverkan mellan Östersands stad och den idéburna sektorn"
HEADER = "Överenskommelse om samverkan mellan Östersands stad och den idéburna sektorn 2023–2026"
DECISION = "Antagen av kommunfullmäktige i Östersand den 24 november 2022, § 187."
VALID = "Överenskommelsen gäller för perioden 2023–2026."

# Footnote markup inside text: [[fn:footnote text]]
FN_IDEBUREN = ("Med idéburen sektor avses organisationer som är fristående från offentlig sektor, drivs "
               "utan vinstsyfte och har ett tydligt värdegrundat syfte, till exempel ideella föreningar, "
               "stiftelser, trossamfund, studieförbund och kooperativ. I detta dokument används även "
               "begreppen föreningslivet och de idéburna organisationerna.")
FN_2008 = ("Överenskommelsen mellan regeringen, idéburna organisationer inom det sociala området och "
           "Sveriges Kommuner och Landsting, oktober 2008. Sveriges Kommuner och Landsting bytte 2019 "
           "namn till Sveriges Kommuner och Regioner (SKR).")
FN_2018 = "Föreningspolicy för Östersands stad, antagen av kommunfullmäktige 2018-05-28, § 96."
FN_STUDIE = ("I Östersand är sju studieförbund verksamma. Samarbetet regleras i stadens riktlinjer för "
             "stöd till folkbildningen.")
FN_IOP = ("IOP är en samverkansform mellan offentlig och idéburen sektor för verksamhet som inte omfattas "
          "av lagen (2016:1145) om offentlig upphandling.")

# ------------------------------------------------------------ commitments --
C = {}  # key -> (text as in document, principle, party)


def com(key, text, principle, party):
    C[key] = (text, principle, party)
    return text


S_SJ1 = com("sj1", "att respektera de idéburna organisationernas självständighet och rätt att driva opinion, även i frågor där de är kritiska mot staden", "sjalvstandighet_och_oberoende", "public")
S_SJ2 = com("sj2", "att inte ställa villkor för bidrag som inskränker organisationernas oberoende", "sjalvstandighet_och_oberoende", "public")
I_SJ1 = com("sj3", "att vara tydlig med sitt uppdrag och sin värdegrund i kontakter med staden", "sjalvstandighet_och_oberoende", "civil_society")

S_DI1 = com("di1", "att bjuda in sektorn till samråd innan beslut fattas i frågor som påverkar dess verksamhet", "dialog", "public")
S_DI2 = com("di2", "att hålla ett öppet dialogforum varje vår och höst", "dialog", "public")
I_DI1 = com("di3", "att delta aktivt i dialogforum och samråd samt sprida information till sina medlemmar", "dialog", "civil_society")
G_DI1 = com("di4", "Parterna ska gemensamt ta fram en plan för dialogarbetet som revideras årligen.", "dialog", "joint")

S_KV1 = com("kv1", "att erbjuda föreningsutbildningar i samarbete med studieförbunden[[fn:" + FN_STUDIE + "]] och Östersands föreningsråd", "kvalitet", "public")
S_KV2 = com("kv2", "att förenkla ansökningsförfarandet för föreningsbidrag genom en gemensam e-tjänst", "kvalitet", "public")
I_KV1 = com("kv3", "att bedriva verksamhet med god kvalitet och följa upp den systematiskt", "kvalitet", "civil_society")
I_KV2 = com("kv4", "att ha rutiner för kontroll av belastningsregistret när verksamheten riktar sig till barn", "kvalitet", "civil_society")

S_LA1 = com("la1", "Staden ska i möjligaste mån bevilja verksamhetsbidrag för två till fyra år i taget.", "langsiktighet", "public")
S_LA2 = com("la2", "Staden ska informera om förändringar i bidragssystemet minst ett år innan de börjar gälla.", "langsiktighet", "public")
I_LA1 = com("la3", "De idéburna organisationerna ska i god tid meddela staden om de inte längre kan fullfölja en överenskommen verksamhet.", "langsiktighet", "civil_society")

S_OP1 = com("op1", "att redovisa stödet till den idéburna sektorn i årsredovisningen", "oppenhet_och_insyn", "public")
I_OP1 = com("op2", "att redovisa hur stadens bidrag har använts", "oppenhet_och_insyn", "civil_society")
G_OP1 = com("op3", "vara öppna med information som är av betydelse för samverkan, med hänsyn till sekretess och integritet", "oppenhet_och_insyn", "joint")

S_MA1 = com("ma1", "att uppmärksamma mångfalden av organisationer, även dem som saknar formell föreningsstruktur", "mangfald", "public")
I_MA1 = com("ma2", "att arbeta för att fler invånare, oavsett bakgrund, ska kunna delta i föreningslivet", "mangfald", "civil_society")
G_MA1 = com("ma3", "verka för att unga och personer med utländsk bakgrund är representerade i samverkansrådet", "mangfald", "joint")

S_ORG = com("org", "Staden ansvarar för sekretariatet och kallar till rådets möten.", None, "public")

# ------------------------------------------------------------- document --
# blocks: (kind, payload)
BLOCKS = [
    ("cover", None),
    ("toc", None),
    ("h1", "1 Inledning"),
    ("p", "Östersand har ett rikt och livaktigt föreningsliv. Omkring 450 föreningar är registrerade i "
          "stadens föreningsregister, och tusentals invånare engagerar sig ideellt varje vecka – som "
          "fotbollstränare, läxhjälpare, besöksvänner, körledare eller styrelseledamöter. Engagemanget "
          "är en grundsten i ett demokratiskt samhälle och bidrar till gemenskap, trygghet och delaktighet."),
    ("p", "Denna överenskommelse är en gemensam avsiktsförklaring mellan Östersands stad och den "
          "idéburna sektorn[[fn:" + FN_IDEBUREN + "]] i Östersand. Den beskriver hur parterna vill "
          "samverka och vad parterna åtar sig för att samverkan ska fungera. Överenskommelsen ersätter "
          "inte avtal, bidragsregler eller andra styrdokument, men ska vara vägledande när sådana tas fram."),
    ("h1", "2 Bakgrund"),
    ("p", "Den nationella överenskommelsen mellan regeringen, idéburna organisationer inom det sociala "
          "området och Sveriges Kommuner och Landsting tecknades 2008[[fn:" + FN_2008 + "]]. Sedan dess "
          "har ett stort antal kommuner och regioner tagit fram lokala och regionala överenskommelser med "
          "utgångspunkt i de nationella principerna."),
    ("p", "I Östersand antog kommunfullmäktige en föreningspolicy 2018[[fn:" + FN_2018 + "]], och samma år "
          "inleddes ett arbete med att ta fram en lokal överenskommelse. Arbetet har letts av en "
          "beredningsgrupp med företrädare för staden, Östersands föreningsråd, studieförbunden och flera "
          "sociala organisationer. Under 2021 och 2022 hölls tolv dialogmöten i olika stadsdelar, och ett "
          "förslag till överenskommelse var ute på remiss under våren 2022."),
    ("p", "Remissvaren visade att föreningarna framför allt efterfrågar tydligare kontaktvägar in i "
          "staden, enklare ansökningsprocesser och mer långsiktiga villkor. Många föreningar lyfte också "
          "behovet av att staden ser och uppskattar det ideella engagemanget – inte bara som en resurs för "
          "stadens verksamheter, utan som ett värde i sig. Flera remissinstanser betonade dessutom att "
          "överenskommelsen måste vara känd ute i förvaltningarna och i föreningarnas styrelser för att "
          "få någon verklig betydelse."),
    ("h1", "3 Syfte och mål"),
    ("p", "Syftet med överenskommelsen är att utveckla och fördjupa samverkan mellan Östersands stad och "
          "den idéburna sektorn, med respekt för parternas olika roller och uppdrag."),
    ("p", "Överenskommelsen ska bidra till att"),
    ("ul", ["fler invånare i Östersand ges möjlighet att engagera sig i föreningslivet,",
            "den idéburna sektorns kunskap och erfarenheter tas till vara när staden planerar och fattar beslut, och",
            "förutsättningarna för den idéburna sektorn blir tydligare och mer förutsägbara."]),
    ("p", "Överenskommelsen är inte juridiskt bindande. Den bygger på frivillighet och på att parterna "
          "var för sig och tillsammans tar ansvar för att principerna får genomslag i praktiken."),
    ("h1", "4 Principer och åtaganden"),
    ("p", "Överenskommelsen vilar på de sex principer som ligger till grund för den nationella "
          "överenskommelsen: självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och "
          "insyn samt mångfald. Under varje princip redovisas först vad principen innebär och därefter vad "
          "staden respektive den idéburna sektorn åtar sig. Vissa åtaganden är gemensamma."),
    ("h2", "4.1 Principen om självständighet och oberoende"),
    ("p", "Den idéburna sektorns självständighet är grundläggande. Organisationerna har rätt att formulera "
          "sina egna mål, välja sina arbetsformer och driva opinion i de frågor som de anser viktiga. Det "
          "gäller även när en organisation tar emot ekonomiskt stöd från staden eller utför verksamhet på "
          "stadens uppdrag."),
    ("lead", "Staden åtar sig:"),
    ("ul", [S_SJ1, S_SJ2]),
    ("lead", "Den idéburna sektorn åtar sig:"),
    ("ul", [I_SJ1]),
    ("h2", "4.2 Principen om dialog"),
    ("p", "Dialog förutsätter att frågorna är tydligt formulerade, att underlagen finns tillgängliga i god "
          "tid och att det finns utrymme för eftertanke. En god dialog bygger på ömsesidig respekt och ett "
          "förtroende som växer över tid. Dialogen kan ske i många former, från stora öppna forum till "
          "samråd i enskilda frågor."),
    ("lead", "Staden åtar sig:"),
    ("ul", [S_DI1, S_DI2]),
    ("lead", "Den idéburna sektorn åtar sig:"),
    ("ul", [I_DI1]),
    ("p", G_DI1),
    ("h2", "4.3 Principen om kvalitet"),
    ("p", "Kvalitet i den idéburna sektorns verksamhet handlar ofta om mötet mellan människor, om "
          "delaktighet och om att verksamheten utgår från deltagarnas egna behov. Sådana värden kan vara "
          "svåra att mäta med de metoder som används inom offentlig verksamhet, och det finns därför ett "
          "behov av uppföljningsformer som passar olika typer av verksamheter."),
    ("lead", "Staden åtar sig:"),
    ("ul", [S_KV1, S_KV2]),
    ("lead", "Den idéburna sektorn åtar sig:"),
    ("ul", [I_KV1, I_KV2]),
    ("h2", "4.4 Principen om långsiktighet"),
    ("p", "Föreningar som planerar sin verksamhet år för år har svårt att rekrytera ledare, ingå "
          "samarbeten och utveckla nya verksamheter. Långsiktiga villkor skapar trygghet och gör det "
          "möjligt att bygga upp kunskap över tid. Samverkansformer som idéburet offentligt partnerskap "
          "(IOP)[[fn:" + FN_IOP + "]] kan vara ett sätt att skapa sådana villkor."),
    ("p", S_LA1 + " " + S_LA2),
    ("p", I_LA1),
    ("h2", "4.5 Principen om öppenhet och insyn"),
    ("p", "Öppenhet och insyn är en förutsättning för förtroende mellan parterna och gentemot "
          "invånarna. Information om stöd, beslut och verksamhet behöver vara lätt att hitta och förstå, "
          "både för föreningarna och för allmänheten."),
    ("lead", "Staden åtar sig:"),
    ("ul", [S_OP1]),
    ("lead", "Den idéburna sektorn åtar sig:"),
    ("ul", [I_OP1]),
    ("lead", "Gemensamt åtar sig parterna att:"),
    ("ul", [G_OP1]),
    ("h2", "4.6 Principen om mångfald"),
    ("p", "Den idéburna sektorn i Östersand rymmer allt från stora idrottsföreningar med tusentals "
          "medlemmar till små nätverk som samlas kring en enskild fråga. Nya former av engagemang växer "
          "fram, till exempel tillfälliga upprop och digitala nätverk. Mångfalden är en tillgång för hela "
          "staden."),
    ("lead", "Staden åtar sig:"),
    ("ul", [S_MA1]),
    ("lead", "Den idéburna sektorn åtar sig:"),
    ("ul", [I_MA1]),
    ("lead", "Gemensamt åtar sig parterna att:"),
    ("ul", [G_MA1]),
    ("h1", "5 Organisation och arbetsformer"),
    ("h2", "5.1 Samverkansrådet"),
    ("p", "Samverkansrådet är överenskommelsens gemensamma organ. Rådet består av tre förtroendevalda från "
          "kommunstyrelsen och sex företrädare för den idéburna sektorn, som utses vid höstens "
          "dialogforum. Rådet sammanträder fyra gånger per år. " + S_ORG),
    ("h2", "5.2 Dialogforum"),
    ("p", "Dialogforum är öppna för alla idéburna organisationer i Östersand. Vårens forum har ett "
          "tematiskt fokus som bestäms av samverkansrådet, medan höstens forum ägnas åt uppföljningen av "
          "överenskommelsen och val av sektorns företrädare i rådet."),
    ("h2", "5.3 Arbetsgrupper"),
    ("p", "Samverkansrådet kan tillsätta arbetsgrupper för avgränsade frågor, till exempel "
          "ledarförsörjning eller digitalisering. En arbetsgrupp har alltid företrädare för båda parter "
          "och rapporterar till rådet."),
    ("h1", "6 Uppföljning och revidering"),
    ("p", "Överenskommelsen följs upp årligen. Uppföljningen sammanställs av stadsledningsförvaltningen och "
          "presenteras vid höstens dialogforum samt för kommunstyrelsen. Inför att giltighetstiden löper ut "
          "görs en fördjupad utvärdering, som ligger till grund för en reviderad överenskommelse."),
    ("h1", "7 Giltighetstid"),
    ("p", VALID + " Om någon av parterna vill ändra överenskommelsen under giltighetstiden tas frågan "
                  "upp i samverkansrådet."),
    ("h1", "8 Underskrifter"),
    ("p", DECISION),
    ("sign", None),
    ("h1", "Bilaga 1 Revisionshistorik"),
    ("rev", None),
    ("p", "Kontakt: Stadsledningsförvaltningen, avdelningen för social hållbarhet, Rådhusgatan 4, "
          "372 30 Östersand. E-post: samverkan@ostersand.se, telefon 0455-30 40 00."),
]

# --------------------------------------------------------------- ODF xml --
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')

STYLES = """
<office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
  <style:default-style style:family="paragraph">
    <style:paragraph-properties style:tab-stop-distance="1.25cm"/>
    <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="sv" fo:country="SE"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
    <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="118%" fo:text-align="justify" fo:orphans="2" fo:widows="2"/>
    <style:text-properties fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"/>
  </style:style>
  <style:style style:name="Lead" style:family="paragraph" style:parent-style-name="Text_20_body">
    <style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
    <style:text-properties fo:font-style="italic"/>
  </style:style>
  <style:style style:name="List_20_Item" style:display-name="List Item" style:family="paragraph" style:parent-style-name="Text_20_body">
    <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
    <style:paragraph-properties fo:keep-with-next="always"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold" fo:color="#1b3f6b" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
    <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.25cm"/>
    <style:text-properties fo:font-size="15pt"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
    <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm"/>
    <style:text-properties fo:font-size="12.5pt"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter">
    <style:paragraph-properties fo:text-align="start" fo:margin-top="6cm" fo:margin-bottom="0.6cm"/>
    <style:text-properties fo:font-size="24pt"/>
  </style:style>
  <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter">
    <style:paragraph-properties fo:margin-bottom="0.3cm"/>
    <style:text-properties fo:font-size="14pt" fo:font-weight="normal" fo:color="#444444"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
    <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.05cm"/>
    <style:text-properties fo:font-size="8.5pt"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
    <style:paragraph-properties fo:text-align="end" fo:border-bottom="0.5pt solid #1b3f6b" fo:padding-bottom="0.1cm"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#444444"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
    <style:paragraph-properties>
      <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
    </style:paragraph-properties>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#444444"/>
  </style:style>
  <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading">
    <style:paragraph-properties fo:margin-bottom="0.4cm"/>
    <style:text-properties fo:font-size="15pt"/>
  </style:style>
  <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
    <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.05cm">
      <style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
    </style:paragraph-properties>
    <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
    <style:paragraph-properties fo:margin-left="0.6cm" fo:margin-bottom="0.05cm">
      <style:tab-stops><style:tab-stop style:position="15.4cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
    </style:paragraph-properties>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
    <style:text-properties fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
    <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
  <style:page-layout style:name="pm1">
    <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.4cm" fo:margin-bottom="1.4cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm">
      <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:rel-width="25%" style:color="#000000"/>
    </style:page-layout-properties>
    <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"/></style:header-style>
    <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.6cm"/></style:footer-style>
  </style:page-layout>
  <style:page-layout style:name="pm2">
    <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  </style:page-layout>
  <style:style style:name="PCoverOrg" style:family="paragraph" style:parent-style-name="Heading" style:master-page-name="First_20_Page">
    <style:text-properties fo:font-size="13pt" fo:letter-spacing="0.06cm" fo:color="#1b3f6b"/>
  </style:style>
  <style:style style:name="PTocHead" style:family="paragraph" style:parent-style-name="Contents_20_Heading">
    <style:paragraph-properties fo:break-before="page"/>
  </style:style>
  <style:style style:name="PFirstH1" style:family="paragraph" style:parent-style-name="Heading_20_1">
    <style:paragraph-properties fo:break-before="page"/>
  </style:style>
  <style:style style:name="PCoverSmall" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:margin-top="0.2cm"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:color="#444444"/>
  </style:style>
  <text:list-style style:name="L1">
    <text:list-level-style-bullet text:level="1" text:bullet-char="•">
      <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
        <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-0.5cm" fo:margin-left="1.1cm"/>
      </style:list-level-properties>
    </text:list-level-style-bullet>
  </text:list-style>
  <style:style style:name="Tbl" style:family="table">
    <style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/>
  </style:style>
  <style:style style:name="CellB" style:family="table-cell">
    <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #808080"/>
  </style:style>
  <style:style style:name="CellH" style:family="table-cell">
    <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #808080" fo:background-color="#dce6f2"/>
  </style:style>
  <style:style style:name="CellN" style:family="table-cell">
    <style:table-cell-properties fo:padding="0.15cm" fo:border="none"/>
  </style:style>
</office:automatic-styles>
<office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
    <style:header><text:p text:style-name="Header">%(header)s</text:p></style:header>
    <style:footer><text:p text:style-name="Footer">Östersands stad · Dnr KS 2022/318<text:tab/>Sida <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count></text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pm2" style:next-style-name="Standard"/>
</office:master-styles>
"""

_fn_counter = [0]
_tbl_counter = [0]


def inline(text):
    """Escape text and turn [[fn:...]] markup into ODF footnotes."""
    out = []
    pos = 0
    for m in re.finditer(r"\[\[fn:(.*?)\]\]", text):
        out.append(escape(text[pos:m.start()]))
        _fn_counter[0] += 1
        n = _fn_counter[0]
        out.append(f'<text:note text:id="ftn{n}" text:note-class="footnote">'
                   f'<text:note-citation>{n}</text:note-citation><text:note-body>'
                   f'<text:p text:style-name="Footnote">{escape(m.group(1))}</text:p>'
                   f'</text:note-body></text:note>')
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def plain(text):
    return re.sub(r"\[\[fn:.*?\]\]", "", text)


def table(rows, widths, header=True, style_cell="CellB"):
    cols = "".join(f'<table:table-column table:style-name="Col{len(widths)}_{i}"/>' for i in range(len(widths)))
    _tbl_counter[0] += 1
    x = [f'<table:table table:name="Tabell{_tbl_counter[0]}" table:style-name="Tbl">{cols}']
    for r, row in enumerate(rows):
        x.append("<table:table-row>")
        for cell in row:
            st = "CellH" if header and r == 0 else style_cell
            ps = "Table_20_Heading" if header and r == 0 else "Table_20_Contents"
            paras = "".join(f'<text:p text:style-name="{ps}">{escape(line)}</text:p>' for line in cell.split("\n"))
            x.append(f'<table:table-cell table:style-name="{st}" office:value-type="string">{paras}</table:table-cell>')
        x.append("</table:table-row>")
    x.append("</table:table>")
    return "".join(x)


def col_styles():
    out = []
    for widths in ((8.0, 8.0), (1.8, 2.6, 7.6, 4.0)):
        for i, w in enumerate(widths):
            out.append(f'<style:style style:name="Col{len(widths)}_{i}" style:family="table-column">'
                       f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
    return "".join(out)


def build_fodt(toc_pages):
    _fn_counter[0] = 0
    _tbl_counter[0] = 0
    body = []
    first_h1 = True
    for kind, payload in BLOCKS:
        if kind == "cover":
            body.append('<text:p text:style-name="PCoverOrg">ÖSTERSANDS STAD</text:p>')
            body.append(f'<text:p text:style-name="Title">{escape(TITLE)}</text:p>')
            body.append('<text:p text:style-name="Subtitle">2023–2026</text:p>')
            body.append(f'<text:p text:style-name="PCoverSmall">{escape(DECISION)}</text:p>')
            body.append('<text:p text:style-name="PCoverSmall">Diarienummer: KS 2022/318</text:p>')
            body.append('<text:p text:style-name="PCoverSmall">Dokumentansvarig: Stadsledningsförvaltningen</text:p>')
        elif kind == "toc":
            body.append('<text:p text:style-name="PTocHead">Innehåll</text:p>')
            for k, t in BLOCKS:
                if k in ("h1", "h2"):
                    st = "Contents_20_1" if k == "h1" else "Contents_20_2"
                    body.append(f'<text:p text:style-name="{st}">{escape(t)}<text:tab/>{toc_pages.get(t, "")}</text:p>')
        elif kind in ("h1", "h2"):
            lvl = 1 if kind == "h1" else 2
            st = f"Heading_20_{lvl}"
            if kind == "h1" and first_h1:
                st, first_h1 = "PFirstH1", False
            body.append(f'<text:h text:style-name="{st}" text:outline-level="{lvl}">{escape(payload)}</text:h>')
        elif kind == "p":
            body.append(f'<text:p text:style-name="Text_20_body">{inline(payload)}</text:p>')
        elif kind == "lead":
            body.append(f'<text:p text:style-name="Lead">{inline(payload)}</text:p>')
        elif kind == "ul":
            items = "".join(f'<text:list-item><text:p text:style-name="List_20_Item">{inline(i)}</text:p></text:list-item>'
                            for i in payload)
            body.append(f'<text:list text:style-name="L1">{items}</text:list>')
        elif kind == "sign":
            body.append(table([["För Östersands stad", "För den idéburna sektorn i Östersand"],
                               ["\n\n…………………………………………", "\n\n…………………………………………"],
                               ["Karin Åberg (M)\nKommunstyrelsens ordförande",
                                "Johan Nilsson\nOrdförande, Östersands föreningsråd"],
                               ["", "\n\n…………………………………………\nLeila Hassan\nOrdförande, Östersands sociala forum"]],
                              (8.0, 8.0), header=False, style_cell="CellN"))
        elif kind == "rev":
            body.append(table([["Version", "Datum", "Beskrivning", "Ansvarig"],
                               ["0.1", "2022-03-01", "Remissförslag", "Beredningsgruppen"],
                               ["0.2", "2022-09-12", "Bearbetning efter remiss", "Stadsledningsförvaltningen"],
                               ["1.0", "2022-11-24", "Antagen av kommunfullmäktige, § 187", "Kommunfullmäktige"]],
                              (1.8, 2.6, 7.6, 4.0)))
    styles = STYLES.replace("%(header)s", escape(HEADER))
    styles = styles.replace("</office:automatic-styles>", col_styles() + "</office:automatic-styles>")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">'
            f'<office:meta><dc:title>{escape(TITLE)}</dc:title><dc:language>sv-SE</dc:language></office:meta>'
            f'{styles}<office:body><office:text>{"".join(body)}</office:text></office:body></office:document>')


def convert(fodt_xml, workdir):
    src = os.path.join(workdir, STEM + ".fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(fodt_xml)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", workdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.join(workdir, STEM + ".pdf")
    pages = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True,
                           text=True).stdout.split("\f")
    return pdf, pages


def heading_pages(pages):
    found = {}
    for k, t in BLOCKS:
        if k not in ("h1", "h2"):
            continue
        for i, page in enumerate(pages[2:], start=3):  # skip cover and TOC page
            if t in re.sub(r"\s+", " ", page):
                found[t] = i
                break
    return found


def main():
    work = tempfile.mkdtemp()
    toc = {}
    for _ in range(4):
        pdf, pages = convert(build_fodt(toc), work)
        new = heading_pages(pages)
        if new == toc:
            break
        toc = new
    missing = [t for k, t in BLOCKS if k in ("h1", "h2") and t not in toc]
    assert not missing, missing
    shutil.copy(pdf, os.path.join(HERE, FILE))
    with open(os.path.join(HERE, STEM + ".fodt"), "w", encoding="utf-8") as f:
        f.write(build_fodt(toc))
    npages = len([p for p in pages if p.strip()])

    # source-level text (without footnote markup) for verbatim checks
    src_parts = [TITLE, DECISION]
    for k, payload in BLOCKS:
        if k in ("p", "lead", "h1", "h2"):
            src_parts.append(plain(payload))
        elif k == "ul":
            src_parts.extend(plain(i) for i in payload)
    src = re.sub(r"\s+", " ", "\n".join(src_parts))

    commitments = []
    for text, principle, party in C.values():
        t = plain(text)
        if t.startswith("att "):
            t = t[4:]
        assert t in src, t
        commitments.append({"text": t, "principle": principle, "party": party})

    q = [
        ("Vilka åtaganden har Östersands stad under principen om dialog?", True,
         [S_DI1, S_DI2], ["samråd", "dialogforum varje vår och höst"]),
        ("vad ska foreningarna i ostersand gora nar det galler kvalitet", True,
         [I_KV1, I_KV2], ["följa upp", "belastningsregistret"]),
        ("Hur långa verksamhetsbidrag ger Östersands stad?", True,
         [S_LA1], ["två till fyra år"]),
        ("When was the Östersand agreement adopted, and by which body?", True,
         [DECISION], ["kommunfullmäktige", "24 november 2022"]),
        ("Vad åtar sig parterna gemensamt i Östersands överenskommelse?", True,
         [G_DI1, G_OP1, G_MA1], ["plan för dialogarbetet", "samverkansrådet"]),
        ("Måste staden i Östersand säga till i förväg om bidragssystemet ändras?", True,
         [S_LA2], ["minst ett år"]),
        ("Vem ansvarar för samverkansrådets sekretariat i Östersand?", True,
         [S_ORG], ["sekretariatet"]),
        ("Hur länge gäller överenskommelsen mellan Östersands stad och den idéburna sektorn?", True,
         [VALID], ["2023–2026"]),
        ("Hur mycket hyra betalar föreningar för stadens lokaler i Östersand?", False, [], []),
        ("Does Östersand offer a special grant for youth sports clubs?", False, [], []),
    ]
    questions = []
    for i, (question, ans, gold, must) in enumerate(q, 1):
        gold = [plain(g) for g in gold]
        for g in gold:
            assert g in src, g
        for m in must:
            assert any(m in g for g in gold), m
        lang = "en" if re.match(r"(What|Does|When|Who|How|Is|Can)\b", question) else "sv"
        questions.append({"id": f"pdf_libreoffice-q{i}", "question": question, "language": lang,
                          "answerable": ans, "gold": gold, "must_mention": must})
    out = {
        "file": FILE,
        "layout": "pdf_libreoffice",
        "description": "LibreOffice PDF: cover page, dotted-leader table of contents, running header with the "
                       "agreement name, 'Sida X av Y' footer, footnotes (after years and inside one commitment), "
                       "hyphenated justified text, numbered headings '4.1 Principen om …', 'att …' bullet lists, "
                       "'Staden ska …' sentences, signature and revision tables",
        "metadata": {
            "doc_id": "ostersand",
            "title": TITLE,
            "place": "Östersand",
            "organisation": "Östersands stad",
            "kind": "överenskommelse",
            "date": "2022-11-24",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments,
        "questions": questions,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    shutil.rmtree(work)
    print(f"{FILE}: {npages} pages, {len(commitments)} commitments, {len(questions)} questions, toc={toc}")


if __name__ == "__main__":
    main()
