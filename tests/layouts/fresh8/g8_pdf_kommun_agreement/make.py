#!/usr/bin/env python3
"""Generate ekbyhult_lokal_overenskommelse_ideburen_sektor.pdf (via a flat ODT and
LibreOffice) and expected.json.  Two passes: the first PDF is used to find the page
numbers of the chapter headings so that the hand-written table of contents is right."""
import json
import os
import re
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_ID = "ekbyhult_lokal_overenskommelse_ideburen_sektor"
FODT = os.path.join(HERE, DOC_ID + ".fodt")
PDF = os.path.join(HERE, DOC_ID + ".pdf")

KOMMUN = "Ekbyhults kommun"
TITLE = "Lokal överenskommelse mellan Ekbyhults kommun och den idéburna sektorn i Ekbyhult"
DNR = "KS 2023/0417"

COMMITMENTS = []  # (text, principle, party)


def c(text, principle, party):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


# ---------------------------------------------------------------- content ----
# Each block: ("h1", title) | ("h2", title) | ("p", text) | ("lead", text)
#             | ("ul", [items]) | ("raw", xml)
FN1 = ("Överenskommelsen mellan regeringen, idéburna organisationer inom det sociala området "
       "och Sveriges Kommuner och Landsting (SKL) undertecknades i oktober 2008. Den har sedan "
       "dess följts upp av Nationellt organ för dialog och samråd mellan regeringen och det "
       "civila samhället (NOD).")
FN2 = ("Definitionen följer i huvudsak betänkandet Idéburen välfärd (SOU 2019:56). Politiska "
       "partier och kommunala bolag omfattas inte.")
FN3 = ("Idéburet offentligt partnerskap (IOP) är en samverkansform där kommunen och en eller "
       "flera idéburna organisationer gemensamt bidrar till ett allmännyttigt ändamål. IOP är "
       "inte en upphandling enligt lagen (2016:1145) om offentlig upphandling.")

P = "public"
CS = "civil_society"
J = "joint"

BODY = [
    ("h1", "Inledning"),
    ("h2", "Bakgrund"),
    ("p", "År 2008 tecknades en nationell överenskommelse mellan regeringen, idéburna "
          "organisationer inom det sociala området och Sveriges Kommuner och Landsting.{fn1} "
          "Sedan dess har ett stort antal kommuner och regioner tagit fram egna, lokala "
          "överenskommelser med den idéburna sektorn."),
    ("p", "Den lokala överenskommelsen bygger på samma sex principer som den nationella: "
          "självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn "
          "samt mångfald."),
    ("p", "Arbetet i Ekbyhult inleddes hösten 2022 på initiativ av Ekbyhults föreningsråd. "
          "En arbetsgrupp med företrädare för kommunen och för föreningslivet har under 2023 "
          "genomfört tre dialogmöten i Bruksgården, Västra Ekby och Lönnåsen. Drygt 60 "
          "organisationer har lämnat synpunkter på förslaget under remisstiden."),
    ("h2", "Syfte"),
    ("p", "Syftet med överenskommelsen är att stärka samverkan mellan Ekbyhults kommun och "
          "den idéburna sektorn, och att tydliggöra hur parterna ska arbeta tillsammans för ett "
          "levande lokalsamhälle där fler invånare kan vara delaktiga. Överenskommelsen ska också "
          "göra det lättare för den idéburna sektorn att vara en självständig röst och en "
          "kompletterande aktör inom välfärden."),
    ("h2", "Vad menas med idéburen sektor?"),
    ("p", "Med idéburen sektor avses i denna överenskommelse organisationer som drivs utan "
          "vinstsyfte, som har en demokratisk uppbyggnad eller en tydlig värdegrund och som är "
          "fristående från det offentliga.{fn2} Hit hör exempelvis föreningar, stiftelser, "
          "trossamfund, studieförbund och kooperativ."),
    ("h2", "Överenskommelsens status"),
    ("p", "Överenskommelsen är en avsiktsförklaring och inte ett juridiskt bindande avtal. "
          "Den ersätter inte kommunens regler för föreningsbidrag eller avtal som redan har "
          "ingåtts mellan kommunen och enskilda organisationer."),

    ("h1", "Parter och organisation"),
    ("p", "Parter i överenskommelsen är å ena sidan Ekbyhults kommun, med samtliga nämnder "
          "och förvaltningar, och å andra sidan de idéburna organisationer som är verksamma i "
          "kommunen och som har anslutit sig till överenskommelsen."),
    ("p", "En organisation ansluter sig genom att skicka in en anslutningsblankett till "
          "kommunens föreningsenhet. Blanketten finns på kommunens "
          "webbplats. Anslutningen gäller tills organisationen själv begär att den ska upphöra."),
    ("h2", "Samverkansrådet"),
    ("p", "För att driva och följa upp arbetet finns ett samverkansråd med tio ledamöter. "
          "Sex ledamöter utses av de anslutna idéburna organisationerna och fyra av kommunen, "
          "varav två förtroendevalda och två tjänstepersoner. Ordförandeskapet växlar mellan "
          "parterna varje kalenderår."),
    ("p", "Samverkansrådet sammanträder fyra gånger per år. Sekretariatet finns på kultur- och "
          "fritidsförvaltningens föreningsenhet."),

    ("h1", "Självständighet och oberoende"),
    ("p", "De idéburna organisationerna har en egen roll som röstbärare, opinionsbildare och "
          "granskare. Deras rätt att själva bestämma över sin verksamhet, sina prioriteringar "
          "och sin organisation gäller även när verksamheten helt eller delvis finansieras "
          "med offentliga medel."),
    ("lead", "Ekbyhults kommun åtar sig att:"),
    ("ul", [c("respektera de idéburna organisationernas rätt att driva opinion och granska "
              "kommunens verksamhet, även när organisationen får bidrag från kommunen",
              "sjalvstandighet_och_oberoende", P),
            c("inte ställa villkor i bidrag eller avtal som påverkar organisationernas interna "
              "beslutsprocesser eller värdegrund", "sjalvstandighet_och_oberoende", P)]),
    ("lead", "Den idéburna sektorn åtar sig att:"),
    ("ul", [c("tydligt redovisa när organisationen agerar som utförare på uppdrag av kommunen "
              "och när den agerar som röstbärare för sina medlemmar eller målgrupper",
              "sjalvstandighet_och_oberoende", CS),
            c("värna sitt oberoende genom att sträva efter flera olika finansieringskällor",
              "sjalvstandighet_och_oberoende", CS)]),
    ("p", c("Kommunstyrelsen ska i sin årliga uppföljning redovisa hur principen om "
            "självständighet har beaktats i kommunens bidragsregler.",
            "sjalvstandighet_och_oberoende", P)),

    ("h1", "Dialog"),
    ("p", "En god dialog bygger på ömsesidig respekt och på att parterna känner till "
          "varandras förutsättningar. Många idéburna organisationer drivs helt av ideella "
          "krafter, vilket ställer krav på framförhållning och på att möten kan hållas på "
          "kvällstid."),
    ("p", c("Kommunen ska bjuda in den idéburna sektorn till dialog i ett tidigt skede när "
            "beslut som berör sektorn bereds, exempelvis vid revidering av bidragsregler, "
            "planer och program.", "dialog", P)),
    ("lead", "Kommunen åtar sig också att:"),
    ("ul", [c("varje år genomföra ett öppet dialogforum dit samtliga anslutna organisationer "
              "bjuds in", "dialog", P),
            c("utse en kontaktperson för den idéburna sektorn inom varje förvaltning",
              "dialog", P),
            c("ge remisstider om minst sex veckor när idéburna organisationer ombeds lämna "
              "synpunkter", "dialog", P)]),
    ("lead", "De idéburna organisationerna åtar sig att:"),
    ("ul", [c("förankra sina synpunkter i den egna organisationen och hos medlemmarna inför "
              "dialogen", "dialog", CS),
            c("utse representanter till samverkansrådet och se till att dessa återkopplar "
              "till övriga organisationer", "dialog", CS)]),
    ("p", c("Ekbyhults föreningsråd ansvarar för att samordna sektorns synpunkter inför "
            "samverkansrådets möten.", "dialog", CS)),

    ("h1", "Kvalitet"),
    ("p", "Kvalitet i den idéburna sektorns verksamhet handlar både om resultat för "
          "målgruppen och om det mervärde som engagemang, frivillighet och delaktighet "
          "skapar. Ideella insatser ska inte ersätta verksamhet som kommunen enligt lag är "
          "skyldig att tillhandahålla."),
    ("lead", "Ekbyhults kommun ska:"),
    ("ul", [c("erbjuda kostnadsfri utbildning för föreningsledare inom exempelvis "
              "föreningskunskap, ekonomi och GDPR", "kvalitet", P),
            c("i samråd med organisationerna ta fram former för uppföljning som står i rimlig "
              "proportion till bidragets storlek", "kvalitet", P)]),
    ("lead", "Den idéburna sektorn ska:"),
    ("ul", [c("följa upp och utveckla den egna verksamheten utifrån målgruppens behov",
              "kvalitet", CS),
            c("säkerställa att ledare och frivilliga som möter barn har visat utdrag ur "
              "belastningsregistret", "kvalitet", CS)]),
    ("p", c("Parterna kommer att arbeta för att erfarenheter från den idéburna sektorns "
            "verksamhet tas tillvara i utvecklingen av kommunens välfärdstjänster.",
            "kvalitet", J)),

    ("h1", "Långsiktighet"),
    ("p", "Långsiktiga spelregler och förutsägbara villkor är en förutsättning för att "
          "organisationerna ska kunna planera, behålla engagerade medlemmar och utveckla "
          "sin verksamhet. Korta projektbidrag gör det svårt att bygga upp verksamhet som "
          "håller över tid. Ett sätt att skapa långsiktighet är idéburet offentligt "
          "partnerskap.{fn3}"),
    ("lead", "Kommunen åtar sig att:"),
    ("ul", [c("i första hand bevilja verksamhetsbidrag för tre år i taget till organisationer "
              "med en etablerad verksamhet", "langsiktighet", P),
            c("lämna besked om bidrag senast den 15 november året före bidragsåret",
              "langsiktighet", P),
            c("pröva idéburet offentligt partnerskap som samverkansform när parterna har ett "
              "gemensamt mål och organisationen bidrar med egna resurser", "langsiktighet", P)]),
    ("lead", "Den idéburna sektorn åtar sig att:"),
    ("ul", [c("planera sin verksamhet så att den inte blir beroende av enskilda projektbidrag",
              "langsiktighet", CS),
            c("i god tid meddela kommunen om förutsättningarna för en överenskommen insats "
              "förändras", "langsiktighet", CS)]),

    ("h1", "Öppenhet och insyn"),
    ("p", "Öppenhet skapar förtroende mellan parterna och gentemot invånarna. "
          "Offentlighetsprincipen gäller för kommunens handlingar men inte för de idéburna "
          "organisationernas interna handlingar."),
    ("p", c("Kommunen ska publicera beviljade bidrag per organisation på kommunens webbplats "
            "en gång per år.", "oppenhet_och_insyn", P) + " " +
          c("Kommunen ska också göra handläggningen av bidrag och lokalbokningar begriplig "
            "och lätt att följa.", "oppenhet_och_insyn", P)),
    ("lead", "För sin del åtar sig de idéburna organisationerna att:"),
    ("ul", [c("lämna verksamhetsberättelse och ekonomisk redovisning till kommunen enligt "
              "gällande bidragsregler", "oppenhet_och_insyn", CS),
            c("ge kommunen insyn i hur bidrag och ersättningar har använts",
              "oppenhet_och_insyn", CS),
            c("vara öppna med sin ekonomi, sina stadgar och sin styrelsesammansättning "
              "gentemot medlemmar och allmänhet", "oppenhet_och_insyn", CS)]),

    ("h1", "Mångfald"),
    ("p", "Ekbyhult har ett rikt föreningsliv med idrottsföreningar, byalag, "
          "kulturföreningar, trossamfund och sociala organisationer. Mångfalden av "
          "organisationsformer och arbetssätt är en tillgång som parterna vill värna. Alla "
          "invånare ska ha möjlighet att delta i föreningslivet."),
    ("lead", "Ekbyhults kommun åtar sig att:"),
    ("ul", [c("ge stöd även till små och nystartade organisationer som saknar anställd "
              "personal", "mangfald", P),
            c("sprida information om föreningslivet på flera språk och i lättläst form",
              "mangfald", P)]),
    ("lead", "Den idéburna sektorn åtar sig att:"),
    ("ul", [c("verka för att verksamheten är öppen och tillgänglig för alla oavsett kön, "
              "ålder, funktionsnedsättning, etnisk tillhörighet, religion eller sexuell "
              "läggning", "mangfald", CS),
            c("aktivt söka samarbete med organisationer som företräder grupper som i dag "
              "sällan deltar i föreningslivet", "mangfald", CS)]),

    ("h1", "Parternas gemensamma åtaganden"),
    ("p", "Utöver åtagandena under respektive princip har parterna kommit överens om följande."),
    ("lead", "Parterna åtar sig gemensamt att:"),
    ("ul", [c("sprida kännedom om överenskommelsen inom den egna organisationen och bland "
              "invånarna", None, J),
            c("ta fram en handlingsplan för överenskommelsen som revideras vart annat år",
              None, J),
            c("genomföra en gemensam uppföljning av överenskommelsen varje år", None, J),
            c("tillsammans verka för att fler idéburna organisationer ansluter sig till "
              "överenskommelsen", None, J)]),
    ("p", c("Samverkansrådet ansvarar för att uppföljningen sammanställs och redovisas för "
            "kommunstyrelsen senast den 31 mars varje år.", None, J)),
    ("p", c("Parterna förbinder sig att i första hand hantera oenighet om hur "
            "överenskommelsen ska tolkas i samverkansrådet.", None, J)),

    ("h1", "Giltighet och revidering"),
    ("p", "Överenskommelsen gäller från och med den 1 april 2024 till och med den 31 december "
          "2027. Om ingen av parterna har begärt en revidering senast ett år innan "
          "giltighetstiden går ut förlängs den med fyra år i taget."),
    ("p", "Förslag till ändringar bereds i samverkansrådet. Ändringar som rör kommunens "
          "åtaganden beslutas av kommunfullmäktige."),

    ("h1", "Underskrifter"),
    ("p", "Överenskommelsen har upprättats i två likalydande exemplar, varav parterna har "
          "tagit var sitt."),
    ("raw", "SIGNATURES"),
]

# ------------------------------------------------------------------ ODF ----
STYLES = """
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
  <style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.21cm" fo:line-height="120%"/>
  </style:style>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.25cm" fo:orphans="3" fo:widows="3"/>
  </style:style>
  <style:style style:name="Lead" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-style="italic"/>
  </style:style>
  <style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:margin-bottom="0.12cm" fo:keep-together="always"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold" fo:color="#1f4e79"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1">
   <style:paragraph-properties fo:margin-top="0.8cm"/>
   <style:text-properties fo:font-size="16pt"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2">
   <style:text-properties fo:font-size="12.5pt"/>
  </style:style>
  <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading">
   <style:text-properties fo:font-size="16pt"/>
  </style:style>
  <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.05cm">
    <style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold" fo:font-size="10.5pt"/>
  </style:style>
  <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-left="0.6cm" fo:margin-bottom="0.02cm">
    <style:tab-stops><style:tab-stop style:position="15.4cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0cm" fo:padding-bottom="0.1cm" fo:border-bottom="0.5pt solid #1f4e79">
    <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#404040"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0cm">
    <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#404040"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm" fo:margin-bottom="0.05cm" fo:line-height="100%"/>
   <style:text-properties fo:font-size="8.5pt"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.05cm" fo:line-height="110%"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="CoverOrg" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="4.5cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold" fo:color="#1f4e79"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.6cm" fo:line-height="115%"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="24pt" fo:font-weight="bold" fo:color="#1f4e79"/>
  </style:style>
  <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.2cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:color="#404040"/>
  </style:style>
  <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
   <style:text-properties style:text-position="super 58%"/>
  </style:style>
  <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>
  <text:outline-style style:name="Outline">
   <text:outline-level-style text:level="1" style:num-format="1" style:num-suffix=" ">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-1cm" fo:margin-left="1cm"/>
    </style:list-level-properties>
   </text:outline-level-style>
   <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2" style:num-suffix=" ">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-1cm" fo:margin-left="1cm"/>
    </style:list-level-properties>
   </text:outline-level-style>
  </text:outline-style>
  <text:list-style style:name="Bullets">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.2cm" fo:text-indent="-0.6cm" fo:margin-left="1.2cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
  <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="PBreak" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:break-before="page"/>
  </style:style>
  <style:style style:name="H1Break" style:family="paragraph" style:parent-style-name="Heading_20_1">
   <style:paragraph-properties fo:break-before="page"/>
  </style:style>
  <style:style style:name="FirstCover" style:family="paragraph" style:parent-style-name="CoverOrg" style:master-page-name="Cover"/>
  <style:style style:name="StdStart" style:family="paragraph" style:parent-style-name="Contents_20_Heading" style:master-page-name="Standard">
   <style:paragraph-properties style:page-number="auto" fo:margin-top="0cm"/>
  </style:style>
  <style:style style:name="CoverSpacer" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="5cm"/>
  </style:style>
  <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="TInfo" style:family="table">
   <style:table-properties style:width="16cm" table:align="left" fo:margin-bottom="0.4cm"/>
  </style:style>
  <style:style style:name="TInfo.A" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
  <style:style style:name="TInfo.B" style:family="table-column"><style:table-column-properties style:column-width="11.5cm"/></style:style>
  <style:style style:name="TRev.A" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
  <style:style style:name="TRev.B" style:family="table-column"><style:table-column-properties style:column-width="2.8cm"/></style:style>
  <style:style style:name="TRev.C" style:family="table-column"><style:table-column-properties style:column-width="11cm"/></style:style>
  <style:style style:name="TSig.A" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
  <style:style style:name="Cell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #8c8c8c"/>
  </style:style>
  <style:style style:name="CellHead" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:background-color="#dce6f1" fo:border="0.5pt solid #8c8c8c"/>
  </style:style>
  <style:style style:name="CellSig" style:family="table-cell">
   <style:table-cell-properties fo:padding-top="1.6cm" fo:padding-right="0.8cm"/>
  </style:style>
  <style:style style:name="SigLine" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.05cm" fo:border-top="0.5pt solid #000000" fo:padding-top="0.1cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="SigText" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.05cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/>
  </style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.7cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.6cm"/></style:footer-style>
  </style:page-layout>
  <style:page-layout style:name="pm2">
   <style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="3cm" fo:margin-bottom="2.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Cover" style:page-layout-name="pm2" style:next-style-name="Standard"/>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header>
    <text:p text:style-name="Header">Ekbyhults kommun<text:tab/>Lokal överenskommelse med den idéburna sektorn</text:p>
   </style:header>
   <style:footer>
    <text:p text:style-name="Footer">Dnr KS 2023/0417<text:tab/>Sida <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count></text:p>
   </style:footer>
  </style:master-page>
 </office:master-styles>
"""


def footnote(n, text):
    return (f'<text:note text:id="ftn{n}" text:note-class="footnote">'
            f'<text:note-citation>{n}</text:note-citation><text:note-body>'
            f'<text:p text:style-name="Footnote">{esc(text)}</text:p></text:note-body></text:note>')


def inline(text):
    x = esc(text)
    for i, fn in enumerate((FN1, FN2, FN3), 1):
        x = x.replace("{fn%d}" % i, footnote(i, fn))
    return x


def p(style, text_xml):
    return f'<text:p text:style-name="{style}">{text_xml}</text:p>'


def cell(text, head=False):
    return (f'<table:table-cell table:style-name="{"CellHead" if head else "Cell"}" office:value-type="string">'
            + p("Table_20_Heading" if head else "Table_20_Contents", esc(text)) + '</table:table-cell>')


def info_tables():
    rows = [("Dokumenttyp", "Överenskommelse"),
            ("Beslutad av", "Kommunfullmäktige, 2024-03-18, § 42"),
            ("Diarienummer", DNR),
            ("Dokumentansvarig", "Kommunstyrelsen"),
            ("Handläggare", "Föreningsenheten, kultur- och fritidsförvaltningen"),
            ("Giltighetstid", "2024-04-01 – 2027-12-31"),
            ("Kontakt", "foreningsenheten@ekbyhult.se, 0483-55 20 00")]
    x = ['<table:table table:name="Dokumentinformation" table:style-name="TInfo">'
         '<table:table-column table:style-name="TInfo.A"/><table:table-column table:style-name="TInfo.B"/>']
    for k, v in rows:
        x.append("<table:table-row>" + cell(k, True) + cell(v) + "</table:table-row>")
    x.append("</table:table>")
    x.append(p("Table_20_Heading", "Versionshistorik"))
    x.append('<table:table table:name="Versionshistorik" table:style-name="TInfo">'
             '<table:table-column table:style-name="TRev.A"/><table:table-column table:style-name="TRev.B"/>'
             '<table:table-column table:style-name="TRev.C"/>')
    x.append("<table:table-row>" + cell("Version", True) + cell("Datum", True) + cell("Ändring", True) + "</table:table-row>")
    for r in (("0.9", "2023-10-02", "Remissversion till föreningslivet och nämnderna"),
              ("1.0", "2024-03-18", "Antagen av kommunfullmäktige")):
        x.append("<table:table-row>" + "".join(cell(v) for v in r) + "</table:table-row>")
    x.append("</table:table>")
    return "".join(x)


def signatures():
    def sig(name, role):
        return ('<table:table-cell table:style-name="CellSig" office:value-type="string">'
                + p("SigLine", esc(name)) + p("SigText", esc(role)) + '</table:table-cell>')
    x = [p("Text_20_body", "Ekbyhult den 25 april 2024"),
         '<table:table table:name="Underskrifter" table:style-name="TInfo">'
         '<table:table-column table:style-name="TSig.A" table:number-columns-repeated="2"/>',
         '<table:table-row>'
         '<table:table-cell office:value-type="string">' + p("Table_20_Heading", "För Ekbyhults kommun") + '</table:table-cell>'
         '<table:table-cell office:value-type="string">' + p("Table_20_Heading", "För den idéburna sektorn i Ekbyhult") + '</table:table-cell>'
         '</table:table-row>',
         '<table:table-row>' + sig("Anna-Karin Bergqvist", "Kommunstyrelsens ordförande")
         + sig("Lena Sjöberg", "Ordförande, Ekbyhults föreningsråd") + '</table:table-row>',
         '<table:table-row>' + sig("Magnus Ek", "Kommundirektör")
         + sig("Hassan Yilmaz", "Ordförande, Forum för idéburna organisationer i Ekbyhult") + '</table:table-row>',
         '</table:table>']
    return "".join(x)


def numbering():
    """Outline numbers for the headings, as LibreOffice will render them."""
    out, n1, n2 = [], 0, 0
    for kind, val in BODY:
        if kind == "h1":
            n1, n2 = n1 + 1, 0
            out.append((f"{n1}", val, 1))
        elif kind == "h2":
            n2 += 1
            out.append((f"{n1}.{n2}", val, 2))
    return out


def build(pages):
    heads = numbering()
    x = []
    # cover
    x.append(p("FirstCover", "EKBYHULTS KOMMUN"))
    x.append(p("Title", esc(TITLE)))
    x.append(p("Subtitle", "Principer och åtaganden för samverkan 2024–2027"))
    x.append(p("CoverSpacer", ""))
    x.append(p("Subtitle", "Antagen av kommunfullmäktige den 18 mars 2024, § 42"))
    x.append(p("Subtitle", "Diarienummer " + DNR))
    # page 2: info + toc
    x.append(p("StdStart", "Dokumentinformation"))
    x.append(info_tables())
    x.append('<text:table-of-content text:protected="true" text:name="Innehållsförteckning1">'
             '<text:table-of-content-source text:outline-level="2"><text:index-title-template text:style-name="Contents_20_Heading">Innehåll</text:index-title-template></text:table-of-content-source>'
             '<text:index-body><text:index-title text:style-name="Contents_20_Heading" text:name="Innehållsförteckning1_Head">'
             + p("Contents_20_Heading", "Innehåll") + '</text:index-title>')
    for num, title, lvl in heads:
        x.append(p(f"Contents_20_{lvl}", f"{num} {esc(title)}<text:tab/>{pages.get(num, 0)}"))
    x.append("</text:index-body></text:table-of-content>")
    # body
    first = True
    for kind, val in BODY:
        if kind == "h1":
            style = "H1Break" if first else "Heading_20_1"
            first = False
            x.append(f'<text:h text:style-name="{style}" text:outline-level="1">{esc(val)}</text:h>')
        elif kind == "h2":
            x.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{esc(val)}</text:h>')
        elif kind == "p":
            x.append(p("Text_20_body", inline(val)))
        elif kind == "lead":
            x.append(p("Lead", esc(val)))
        elif kind == "ul":
            x.append('<text:list text:style-name="Bullets">')
            for i, item in enumerate(val):
                end = "." if i == len(val) - 1 else ","
                x.append("<text:list-item>" + p("List_20_Paragraph", esc(item) + end) + "</text:list-item>")
            x.append("</text:list>")
        elif kind == "raw" and val == "SIGNATURES":
            x.append(signatures())
    body = "\n".join(x)
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n'
           '<office:meta><dc:title>' + esc(TITLE) + '</dc:title><meta:initial-creator>Kultur- och fritidsförvaltningen</meta:initial-creator>'
           '<dc:language>sv-SE</dc:language></office:meta>\n'
           + STYLES +
           '<office:body><office:text>\n' + body + '\n</office:text></office:body></office:document>\n')
    with open(FODT, "w", encoding="utf-8") as f:
        f.write(doc)


def convert():
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, FODT],
                       check=True, capture_output=True)


def heading_pages():
    raw = subprocess.run(["pdftotext", "-layout", PDF, "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = {}
    for i, page in enumerate(raw.split("\f"), 1):
        if i <= 2:
            continue
        for num, title, _ in numbering():
            if num in pages:
                continue
            if re.search(r"^\s*" + re.escape(num) + r"\s+" + re.escape(title) + r"\s*$", page, re.M):
                pages[num] = i
    return pages


def main():
    build({})
    convert()
    pages = heading_pages()
    build(pages)
    convert()
    assert heading_pages() == pages, "page numbers moved"
    missing = [n for n, _, _ in numbering() if n not in pages]
    assert not missing, missing
    os.remove(FODT)

    Q = []

    def q(qid, question, lang, gold, must):
        Q.append({"id": qid, "question": question, "language": lang, "answerable": bool(gold),
                  "gold": gold, "must_mention": must})

    q("q1", "Hur lång remisstid ska kommunen ge när föreningar ska lämna synpunkter?", "sv",
      ["ge remisstider om minst sex veckor när idéburna organisationer ombeds lämna synpunkter"],
      ["sex veckor"])
    q("q2", "nar far vi besked om bidraget for nasta ar?", "sv",
      ["lämna besked om bidrag senast den 15 november året före bidragsåret"], ["15 november"])
    q("q3", "Which principles is the agreement based on?", "en",
      ["Den lokala överenskommelsen bygger på samma sex principer som den nationella: "
       "självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn "
       "samt mångfald."], ["självständighet och oberoende", "dialog", "mångfald"])
    q("q4", "Måste vår förening redovisa till kommunen hur vi har använt bidraget?", "sv",
      ["lämna verksamhetsberättelse och ekonomisk redovisning till kommunen enligt gällande "
       "bidragsregler", "ge kommunen insyn i hur bidrag och ersättningar har använts"],
      ["ekonomisk redovisning", "hur bidrag och ersättningar har använts"])
    q("q5", "Vem har beslutat om överenskommelsen och när?", "sv",
      ["Antagen av kommunfullmäktige den 18 mars 2024, § 42"],
      ["kommunfullmäktige", "18 mars 2024"])
    q("q6", "Hur ofta träffas samverkansrådet och vem sitter i det?", "sv",
      ["Samverkansrådet sammanträder fyra gånger per år.",
       "Sex ledamöter utses av de anslutna idéburna organisationerna och fyra av kommunen, "
       "varav två förtroendevalda och två tjänstepersoner."],
      ["fyra gånger per år", "Sex ledamöter"])
    q("q7", "Does the municipality offer any training for people who lead associations?", "en",
      ["erbjuda kostnadsfri utbildning för föreningsledare inom exempelvis föreningskunskap, "
       "ekonomi och GDPR"], ["kostnadsfri utbildning"])
    q("q8", "hur gar det till nar en forening vill ansluta sig till overenskommelsen?", "sv",
      ["En organisation ansluter sig genom att skicka in en anslutningsblankett till "
       "kommunens föreningsenhet."], ["anslutningsblankett"])
    q("q9", "Hur mycket pengar delar kommunen totalt ut i föreningsbidrag varje år?", "sv", [], [])
    q("q10", "Finns det något särskilt bidrag för föreningar som jobbar med klimat och miljö?",
      "sv", [], [])

    exp = {
        "file": DOC_ID + ".pdf",
        "layout": os.path.basename(HERE),
        "description": (
            "A4 PDF produced by LibreOffice from a flat ODT: a kommun's local agreement "
            "(lokal överenskommelse) with the idéburna sektorn. Cover page without header/footer "
            "(org name in capitals, title, subtitle, decision line 'Antagen av kommunfullmäktige', "
            "diarienummer). Page 2 has a 'Dokumentinformation' table (type, decided by, dnr, "
            "contact e-mail/phone) and a 'Versionshistorik' table, followed by a table of contents "
            "with dotted leaders and page numbers. From page 2 on every page has a running header "
            "'Ekbyhults kommun' + document short title (tab-separated, with a rule) and a footer "
            "'Dnr KS 2023/0417' + 'Sida X av Y'. Ten chapters with automatic outline numbering "
            "(1, 1.1 …): Inledning (with sub-sections Bakgrund, Syfte, definition, status), "
            "Parter och organisation (samverkansråd), one chapter per national principle "
            "(3 Självständighet och oberoende … 8 Mångfald), 9 Parternas gemensamma åtaganden, "
            "10 Giltighet och revidering, 11 Underskrifter. Inside principle chapters: a "
            "background paragraph (not commitments), italic lead-ins such as 'Ekbyhults kommun "
            "åtar sig att:', 'Den idéburna sektorn ska:', 'För sin del åtar sig de idéburna "
            "organisationerna att:' followed by bullet lists (items end in ',' or '.'), plus "
            "some free-standing commitment sentences (Kommunen ska …, Kommunstyrelsen ska …, "
            "Ekbyhults föreningsråd ansvarar för …, Parterna kommer att …). Three numbered "
            "footnotes (national agreement 2008, SOU 2019:56 definition, IOP/LOU) printed at "
            "the page bottom; superscript digits appear in running text after sentences. "
            "Signature block as a borderless two-column table (kommun vs idéburen sektor) with "
            "lines, names and roles, preceded by place and date."),
        "metadata": {
            "doc_id": DOC_ID,
            "title": TITLE,
            "place": "Ekbyhult",
            "organisation": KOMMUN,
            "kind": "överenskommelse",
            "date": "2024-03-18",
            "body": "kommunfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": Q,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    print(len(COMMITMENTS), "commitments; heading pages:", pages)


if __name__ == "__main__":
    main()
