#!/usr/bin/env python3
"""Generate backlunda_policy_samverkan_civilsamhallet.fodt / .pdf and expected.json.

Backlunda kommun: "Policy för samverkan med civilsamhället – med handlingsplan
2025–2027", written as a flat ODF text document (.fodt) and converted to PDF
with LibreOffice. Page 1 has a title and a "Dokumentinformation" table
(Beslutad av, Beslutsdatum, Dnr …). Then a few pages of prose: 1 Inledning,
2 Syfte och omfattning, 3 Vad menar vi med civilsamhället? (footnote),
4 Principer för samverkan with 4.1–4.7 (six national principles plus the
local "Hela kommunen") and a handful of commitment sentences in the prose
("Kommunen ska …", "Föreningarna förväntas …", "Av de föreningar som … förväntas
att …"), a pull quote from the dialogue meetings. Section 5 is the action
plan: ONE table "Åtgärd | Ansvarig | Tidplan" with a repeated header row,
rows grouped under shaded rows spanning all three columns that hold only the
principle name; the Ansvarig cell (an office/board of the municipality,
"Kommunen", "Föreningarna", "Civilsamhällets organisationer",
"Samlingslokalföreningarna", "Gemensamt", "Båda parter", "Kommunen och
föreningarna") decides the party. The table runs over page breaks. Then
6 Uppföljning (two commitments, principle null) and 7 Beslut och giltighet.
Running header "BACKLUNDA KOMMUN … Policy för samverkan med civilsamhället",
footer "Dnr KS 2024/0387 … Sida X av Y" (fields).

Run: python3 make.py   (needs soffice; pdftotext only for the self-check)
"""
import json
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "backlunda_policy_samverkan_civilsamhallet"
FODT = os.path.join(HERE, BASE + ".fodt")
PDF = os.path.join(HERE, BASE + ".pdf")
LAYOUT = "c4_pdf_handlingsplan_ansvarig"
PUB, CS, JT = "public", "civil_society", "joint"

TITLE = "Policy för samverkan med civilsamhället"
SUBTITLE = "med handlingsplan 2025–2027"

INFO = [
    ("Dokumenttyp", "Policy"),
    ("Beslutad av", "Kommunfullmäktige"),
    ("Beslutsdatum", "2024-11-18, § 142"),
    ("Diarienummer", "KS 2024/0387"),
    ("Dokumentansvarig", "Kultur- och fritidschef"),
    ("Gäller för", "Samtliga nämnder och förvaltningar"),
    ("Giltighetstid", "2025-01-01 – 2028-12-31"),
    ("Ersätter", "Riktlinjer för föreningsstöd och samverkan, KF 2016-03-21, § 31"),
]

FOOTNOTE = ("Definitionen följer regeringens proposition 2009/10:55 En politik för det civila "
            "samhället.")

# ("h1", text) | ("h2", text, slug) | ("p", [(sentence, party|None), ...]) | ("quote", text)
# | ("plan",) – the action-plan table
BODY = [
    ("h1", "1 Inledning"),
    ("p", [("Backlunda kommun har ett rikt föreningsliv.", None),
           ("Drygt 140 föreningar finns i kommunens föreningsregister, från idrottsklubbar och "
            "hembygdsföreningar till trossamfund, studieförbund och sociala organisationer.", None),
           ("Många av dem har funnits i mer än hundra år och bärs av ideella insatser som inte går att "
            "ersätta med kommunal verksamhet.", None)]),
    ("p", [("Civilsamhället bidrar till att människor möts, engagerar sig och tar ansvar för sin bygd.", None),
           ("Under pandemin och i mottagandet av människor på flykt från Ukraina 2022 blev det tydligt hur "
            "snabbt föreningarna kan ställa om när behoven förändras.", None),
           ("Samtidigt har många föreningar svårt att rekrytera ledare och styrelseledamöter, och flera har "
            "pekat på att kontakterna med kommunen är splittrade och beroende av enskilda tjänstepersoner.",
            None)]),
    ("p", [("Policyn har tagits fram av kultur- och fritidsförvaltningen på uppdrag av kommunstyrelsen.", None),
           ("Under våren 2024 genomfördes tre dialogmöten – i Backlunda tätort, i Norrholm och i Östra Viken – "
            "med sammanlagt 86 deltagare från 52 föreningar.", None),
           ("Ett förslag har därefter varit ute på remiss hos föreningarna, Backlunda föreningsråd och "
            "kommunens nämnder.", None)]),
    ("quote", "”Vi vill inte bara bli tillfrågade när kommunen behöver hjälp. Vi vill vara med från början.” "
              "– Deltagare vid dialogmötet i Norrholm, mars 2024"),
    ("p", [("Policyn bygger på de principer som formulerades i den nationella överenskommelsen mellan "
            "regeringen, idéburna organisationer och Sveriges Kommuner och Regioner 2008, och som många "
            "kommuner och regioner sedan har anpassat till sina egna förhållanden.", None)]),
    ("h1", "2 Syfte och omfattning"),
    ("p", [("Syftet med policyn är att ge tydliga och långsiktiga förutsättningar för samverkan mellan "
            "kommunen och civilsamhället, så att fler invånare kan delta i föreningslivet och så att "
            "gemensamma samhällsutmaningar kan mötas med allas kraft.", None)]),
    ("p", [("Policyn gäller för kommunens samtliga nämnder och förvaltningar.", None),
           ("Kommunens helägda bolag uppmanas att tillämpa policyn i tillämpliga delar.", None),
           ("Policyn omfattar inte upphandling enligt lagen om offentlig upphandling (LOU) eller "
            "valfrihetssystem enligt lagen om valfrihetssystem (LOV).", None)]),
    ("h1", "3 Vad menar vi med civilsamhället?"),
    ("p", [("Med civilsamhället menas en arena, skild från staten, marknaden och det enskilda hushållet, där "
            "människor, grupper och organisationer agerar tillsammans för gemensamma intressen.{FN}", None),
           ("I Backlunda består civilsamhället främst av ideella föreningar, trossamfund, stiftelser och "
            "ekonomiska föreningar med ett allmännyttigt syfte.", None),
           ("I policyn används begreppen civilsamhällets organisationer och föreningarna omväxlande.", None)]),
    ("h1", "4 Principer för samverkan"),
    ("p", [("Samverkan mellan kommunen och civilsamhället vilar på sju principer.", None),
           ("De sex första motsvarar principerna i den nationella överenskommelsen.", None),
           ("Den sjunde, Hela kommunen, har lagts till efter dialogmötena 2024.", None),
           ("Principerna konkretiseras i handlingsplanen i avsnitt 5.", None)]),
    ("h2", "4.1 Självständighet och oberoende", "sjalvstandighet_och_oberoende"),
    ("p", [("Civilsamhällets organisationer är fristående från kommunen.", None),
           ("De bestämmer själva över sina mål, sin organisation och sina arbetsformer, och de har en viktig "
            "roll som röstbärare och opinionsbildare.", None),
           ("Ett kommunalt bidrag får aldrig användas för att styra en förenings åsikter eller inre "
            "angelägenheter.", None),
           ("Kommunen ska respektera föreningarnas rätt att driva opinion och framföra kritik, även mot "
            "kommunen och även när föreningen tar emot bidrag från kommunen.", PUB),
           ("Föreningarna ska för sin del bedriva verksamheten på demokratisk grund och i enlighet med sina "
            "egna stadgar.", CS)]),
    ("h2", "4.2 Dialog", "dialog"),
    ("p", [("Dialog förutsätter att parterna möts som jämbördiga och att båda kan ta initiativ till samtal.",
            None),
           ("Dialogen bör ske i ett tidigt skede och i former som gör det möjligt även för föreningar som "
            "enbart har ideella krafter att delta, till exempel på kvällstid.", None),
           ("Kommunen ska ge civilsamhällets organisationer möjlighet att lämna synpunkter innan beslut "
            "fattas i frågor som berör dem.", PUB),
           ("Föreningarna förväntas i sin tur delta i dialogen och förankra sina synpunkter hos sina "
            "medlemmar.", CS)]),
    ("h2", "4.3 Kvalitet", "kvalitet"),
    ("p", [("Både kommunen och föreningarna vill att verksamheten håller god kvalitet för dem den är till "
            "för.", None),
           ("Kvalitet i föreningslivet handlar ofta om annat än i kommunal verksamhet: engagemang, "
            "delaktighet och möjligheten att göra något tillsammans med andra är värden i sig.", None),
           ("Kommunen och föreningarna ska gemensamt utveckla former för att följa upp verksamhet som får "
            "kommunalt stöd, utan att uppföljningen blir onödigt betungande för små föreningar.", JT)]),
    ("h2", "4.4 Långsiktighet", "langsiktighet"),
    ("p", [("Föreningar som bedriver verksamhet år efter år behöver kunna planera längre än ett budgetår i "
            "taget.", None),
           ("Korta projektbidrag gör det svårt att behålla ledare och att bygga upp kunskap.", None),
           ("Kommunen ska i första hand ge stöd i form av fleråriga verksamhetsbidrag eller överenskommelser "
            "när en förening bedriver kontinuerlig verksamhet.", PUB),
           ("Långsiktighet innebär också att en förenings ekonomi inte bör vara beroende av ett enskilt "
            "bidrag.", None)]),
    ("h2", "4.5 Öppenhet och insyn", "oppenhet_och_insyn"),
    ("p", [("Öppenhet skapar förtroende mellan parterna.", None),
           ("Kommunen ska publicera sina regler för bidrag, lokalbokning och samverkan så att de är lätta att "
            "hitta och att förstå.", PUB),
           ("Föreningar som tar emot bidrag från kommunen ska redovisa hur bidraget har använts.", CS),
           ("Öppenheten har samtidigt sina gränser: kommunen kan inte kräva insyn i sådana angelägenheter "
            "inom en förening som inte rör det kommunala stödet.", None)]),
    ("h2", "4.6 Mångfald", "mangfald"),
    ("p", [("Backlunda har under de senaste tjugo åren blivit en mer mångkulturell kommun, och invånarnas "
            "engagemang tar sig allt fler uttryck.", None),
           ("Mångfald innebär att det finns plats för olika slags organisationer – stora och små, nya och "
            "gamla, med och utan anställda – och att föreningslivet är öppet för alla oavsett kön, ålder, "
            "funktionsförmåga, etnisk bakgrund, religion eller sexuell läggning.", None),
           ("Kommunens stödformer behöver därför vara utformade så att även nya och mindre organisationer kan "
            "ta del av dem.", None)]),
    ("h2", "4.7 Hela kommunen", "hela_kommunen"),
    ("p", [("Drygt en tredjedel av kommunens invånare bor utanför Backlunda tätort.", None),
           ("I byarna är det ofta föreningarna som driver samlingslokaler, badplatser och motionsspår, och de "
            "är avgörande för att orterna ska vara attraktiva att bo i.", None),
           ("Kommunen ska verka för att det finns mötesplatser och föreningslokaler i alla kommundelar.", PUB),
           ("Av de föreningar som får bidrag till drift av samlingslokaler förväntas att lokalerna hålls "
            "tillgängliga för andra föreningar och för allmänheten till skäliga avgifter.", CS)]),
    ("h1", "5 Handlingsplan 2025–2027"),
    ("p", [("Handlingsplanen konkretiserar policyn.", None),
           ("Varje åtgärd har en ansvarig part och en tidplan.", None),
           ("När ansvaret ligger hos föreningarna avses de föreningar som berörs av åtgärden, och Backlunda "
            "föreningsråd samordnar föreningarnas arbete.", None),
           ("Åtgärder där ansvaret anges som Gemensamt genomförs av kommunen och föreningarna tillsammans.",
            None),
           ("Kommunstyrelsen får besluta om ändringar i handlingsplanen.", None)]),
    ("plan",),
    ("h1", "6 Uppföljning"),
    ("p", [("Kultur- och fritidsförvaltningen ska varje år sammanställa en uppföljning av handlingsplanen och "
            "redovisa den för kommunstyrelsen och vid det årliga dialogforumet.", PUB),
           ("Backlunda föreningsråd ska bidra till uppföljningen med föreningarnas bild av hur samverkan har "
            "fungerat.", CS)]),
    ("p", [("Uppföljningen redovisas i kommunens årsredovisning.", None),
           ("Policyn gäller till och med 2028 och revideras därefter.", None)]),
    ("h1", "7 Beslut och giltighet"),
    ("p", [("Policyn antogs av kommunfullmäktige i Backlunda den 18 november 2024, § 142, och gäller från och "
            "med den 1 januari 2025.", None),
           ("Den ersätter Riktlinjer för föreningsstöd och samverkan som antogs av kommunfullmäktige den "
            "21 mars 2016, § 31.", None)]),
]

# (group row text, principle slug, [(Åtgärd, Ansvarig, Tidplan, party), ...])
PLAN = [
    ("Självständighet och oberoende", "sjalvstandighet_och_oberoende", [
        ("Se över kommunens bidragsregler så att de inte ställer krav som inskränker föreningarnas rätt att "
         "själva bestämma över sin verksamhet", "Kultur- och fritidsförvaltningen", "2025", PUB),
        ("Informera förtroendevalda och medarbetare om policyn och om civilsamhällets roll som självständig "
         "röstbärare", "Kommunledningskontoret", "2025, därefter vid varje ny mandatperiod", PUB),
        ("Se till att stadgarna tydligt beskriver föreningens ändamål och hur beslut fattas",
         "Föreningarna", "Löpande", CS),
    ]),
    ("Dialog", "dialog", [
        ("Arrangera ett dialogforum för kommunen och civilsamhället minst en gång per år, med "
         "förtroendevalda från kommunstyrelsen och kultur- och fritidsnämnden", "Gemensamt",
         "Årligen, oktober", JT),
        ("Utse en kontaktperson för civilsamhällesfrågor på varje förvaltning och publicera "
         "kontaktuppgifterna på kommunens webbplats", "Kommunstyrelsen", "Senast juni 2025", PUB),
        ("Skicka förslag till beslut som berör föreningslivet på remiss till Backlunda föreningsråd med "
         "minst sex veckors svarstid", "Kommunen", "Löpande", PUB),
        ("Samla in och föra fram medlemmarnas synpunkter inför dialogforum och remisser", "Föreningarna",
         "Löpande", CS),
    ]),
    ("Kvalitet", "kvalitet", [
        ("Erbjuda kostnadsfria utbildningar för styrelseledamöter och ledare i bland annat ekonomi, "
         "föreningsteknik och barnskydd", "Kultur- och fritidsförvaltningen",
         "Från 2025, två tillfällen per år", PUB),
        ("Ta fram en enkel modell för uppföljning av verksamhet som får verksamhetsbidrag, anpassad efter "
         "föreningarnas storlek", "Gemensamt", "2025–2026", JT),
        ("Ha rutiner för att förebygga och hantera kränkningar, trakasserier och övergrepp i verksamhet för "
         "barn och unga", "Föreningarna", "Senast 2026", CS),
        ("Ta del av kommunens utbildningar och sprida kunskapen vidare inom den egna organisationen",
         "Civilsamhällets organisationer", "Löpande", CS),
    ]),
    ("Långsiktighet", "langsiktighet", [
        ("Införa treåriga verksamhetsbidrag för föreningar med kontinuerlig verksamhet för barn och unga",
         "Kultur- och fritidsnämnden", "Från bidragsåret 2026", PUB),
        ("Ta fram riktlinjer för idéburet offentligt partnerskap (IOP) och andra former av långsiktig "
         "samverkan", "Kommunstyrelsen", "2025", PUB),
        ("Lämna besked om beviljade verksamhetsbidrag senast den 15 december året före bidragsåret",
         "Kultur- och fritidsförvaltningen", "Från 2025", PUB),
        ("Upprätta en verksamhetsplan och budget för minst två år vid ansökan om flerårigt bidrag",
         "Föreningarna", "I samband med ansökan", CS),
    ]),
    ("Öppenhet och insyn", "oppenhet_och_insyn", [
        ("Samla all information om bidrag, lokalbokning och samverkan i en digital föreningsportal på "
         "kommunens webbplats", "Kultur- och fritidsförvaltningen", "Hösten 2025", PUB),
        ("Redovisa beviljade bidrag per förening öppet på kommunens webbplats", "Kommunen",
         "Årligen, från 2026", PUB),
        ("Lämna verksamhetsberättelse, ekonomisk redovisning och revisionsberättelse till kommunen senast "
         "den 31 mars året efter bidragsåret", "Föreningarna", "Årligen", CS),
        ("Informera varandra i god tid om förändringar som påverkar samverkan, till exempel ändrade "
         "lokalbehov eller omorganisationer", "Båda parter", "Löpande", JT),
    ]),
    ("Mångfald", "mangfald", [
        ("Ge nya och informella grupper stöd i att bilda förening, bland annat genom rådgivning och mallar "
         "för stadgar", "Kultur- och fritidsförvaltningen", "2025–2027", PUB),
        ("Införa ett startbidrag för nybildade föreningar", "Kultur- och fritidsnämnden", "2026", PUB),
        ("Arbeta aktivt för att nå nya medlemmar och ledare i grupper som i dag är underrepresenterade i "
         "föreningslivet", "Civilsamhällets organisationer", "Löpande", CS),
        ("Kartlägga hur tillgängliga föreningslokalerna är för personer med funktionsnedsättning",
         "Kommunen och föreningarna", "2026", JT),
    ]),
    ("Hela kommunen", "hela_kommunen", [
        ("Inventera samlingslokaler och mötesplatser i kommunens samtliga kommundelar",
         "Samhällsbyggnadsförvaltningen", "2025", PUB),
        ("Ta fram en plan för stöd till samlingslokaler utanför tätorten utifrån inventeringen",
         "Kommunstyrelsen", "2026", PUB),
        ("Förlägga dialogforum vartannat år till en kommundel utanför Backlunda tätort",
         "Kultur- och fritidsförvaltningen", "Vartannat år, från 2026", PUB),
        ("Samordna bokning av och information om bygdegårdar och föreningslokaler så att fler kan hyra dem",
         "Samlingslokalföreningarna", "2025–2026", CS),
        ("Ta fram gemensamma förslag på hur kollektivtrafik och skolskjuts kan samordnas med "
         "föreningsaktiviteter på landsbygden", "Båda parter", "2026–2027", JT),
    ]),
]

# ----------------------------------------------------------------- FODT
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink"')

STYLES = """
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="sv" fo:country="SE"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.24cm" fo:line-height="120%" fo:keep-together="always"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:margin-top="3.2cm" fo:margin-bottom="0.3cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="24pt" fo:font-weight="bold" fo:color="#1f4e79"/>
  </style:style>
  <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="1.6cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt" fo:color="#1f4e79"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
   <style:paragraph-properties fo:margin-top="0.55cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt" fo:font-weight="bold" fo:color="#1f4e79"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
   <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Quotations" style:family="paragraph" style:parent-style-name="Standard" style:class="html">
   <style:paragraph-properties fo:margin-left="1.2cm" fo:margin-right="1.2cm" fo:margin-top="0.1cm" fo:margin-bottom="0.35cm" fo:padding="0.2cm" fo:border-left="1.5pt solid #1f4e79" fo:keep-together="always"/>
   <style:text-properties fo:font-style="italic" fo:color="#1f4e79"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:padding-bottom="0.1cm" fo:border-bottom="0.5pt solid #7f7f7f">
    <style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#404040"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties>
    <style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#404040"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/>
  </style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:text-properties fo:font-weight="bold" fo:color="#ffffff"/>
  </style:style>
  <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm"/>
   <style:text-properties fo:font-size="8.5pt"/>
  </style:style>
  <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="PGroup" style:family="paragraph" style:parent-style-name="Table_20_Contents">
   <style:paragraph-properties fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold" fo:color="#1f4e79"/>
  </style:style>
  <style:style style:name="PInfoKey" style:family="paragraph" style:parent-style-name="Table_20_Contents">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="PBreak" style:family="paragraph" style:parent-style-name="Heading_20_1">
   <style:paragraph-properties fo:break-before="page"/>
  </style:style>
  <style:style style:name="TPlan" style:family="table">
   <style:table-properties style:width="17cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm" style:may-break-between-rows="true"/>
  </style:style>
  <style:style style:name="TPlan.A" style:family="table-column"><style:table-column-properties style:column-width="8.9cm"/></style:style>
  <style:style style:name="TPlan.B" style:family="table-column"><style:table-column-properties style:column-width="5.2cm"/></style:style>
  <style:style style:name="TPlan.C" style:family="table-column"><style:table-column-properties style:column-width="2.9cm"/></style:style>
  <style:style style:name="TRow" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
  <style:style style:name="THead" style:family="table-cell">
   <style:table-cell-properties fo:background-color="#1f4e79" fo:padding="0.12cm" fo:border="0.5pt solid #7f7f7f"/>
  </style:style>
  <style:style style:name="TGroup" style:family="table-cell">
   <style:table-cell-properties fo:background-color="#dbe5f1" fo:padding="0.12cm" fo:border="0.5pt solid #7f7f7f"/>
  </style:style>
  <style:style style:name="TCell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #7f7f7f"/>
  </style:style>
  <style:style style:name="TCellA" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.12cm" fo:padding-right="0.45cm" fo:border="0.5pt solid #7f7f7f"/>
  </style:style>
  <style:style style:name="TInfo" style:family="table">
   <style:table-properties style:width="13cm" table:align="left" fo:margin-bottom="0.5cm"/>
  </style:style>
  <style:style style:name="TInfo.A" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
  <style:style style:name="TInfo.B" style:family="table-column"><style:table-column-properties style:column-width="9cm"/></style:style>
  <style:style style:name="TInfoCell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.08cm" fo:border-bottom="0.5pt solid #bfbfbf" fo:border-top="none" fo:border-left="none" fo:border-right="none"/>
  </style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.3cm" fo:margin-bottom="1.3cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Header"><text:span>BACKLUNDA KOMMUN</text:span><text:tab/>Policy för samverkan med civilsamhället</text:p></style:header>
   <style:footer><text:p text:style-name="Footer">Dnr KS 2024/0387<text:tab/>Sida <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
"""


def e(s):
    return escape(s)


def p(style, text):
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def cell(style, pstyle, text, span=None):
    a = f' table:number-columns-spanned="{span}"' if span else ""
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string"{a}>'
            f'{p(pstyle, e(text))}</table:table-cell>')


def plan_table():
    out = ['<table:table table:name="Handlingsplan" table:style-name="TPlan">',
           '<table:table-column table:style-name="TPlan.A"/>',
           '<table:table-column table:style-name="TPlan.B"/>',
           '<table:table-column table:style-name="TPlan.C"/>',
           '<table:table-header-rows><table:table-row table:style-name="TRow">',
           cell("THead", "Table_20_Heading", "Åtgärd"), cell("THead", "Table_20_Heading", "Ansvarig"),
           cell("THead", "Table_20_Heading", "Tidplan"),
           '</table:table-row></table:table-header-rows>']
    for title, _slug, rows in PLAN:
        out.append('<table:table-row table:style-name="TRow">' + cell("TGroup", "PGroup", title, span=3)
                   + '<table:covered-table-cell/><table:covered-table-cell/></table:table-row>')
        for act, who, when, _party in rows:
            out.append('<table:table-row table:style-name="TRow">'
                       + cell("TCellA", "Table_20_Contents", act) + cell("TCell", "Table_20_Contents", who)
                       + cell("TCell", "Table_20_Contents", when) + '</table:table-row>')
    out.append('</table:table>')
    return "\n".join(out)


def info_table():
    out = ['<table:table table:name="Dokumentinformation" table:style-name="TInfo">',
           '<table:table-column table:style-name="TInfo.A"/><table:table-column table:style-name="TInfo.B"/>']
    for k, v in INFO:
        out.append('<table:table-row>' + cell("TInfoCell", "PInfoKey", k)
                   + cell("TInfoCell", "Table_20_Contents", v) + '</table:table-row>')
    out.append('</table:table>')
    return "\n".join(out)


def build_fodt():
    body = [p("Title", e(TITLE)), p("Subtitle", e(SUBTITLE)), info_table(),
            p("Text_20_body", e("Policyn riktar sig till förtroendevalda och medarbetare i Backlunda kommun och "
                                "till föreningar och andra organisationer i civilsamhället."))]
    first_h1 = True
    for blk in BODY:
        kind = blk[0]
        if kind == "h1":
            style = "PBreak" if first_h1 else "Heading_20_1"
            first_h1 = False
            body.append(f'<text:h text:style-name="{style}" text:outline-level="1">{e(blk[1])}</text:h>')
        elif kind == "h2":
            body.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{e(blk[1])}</text:h>')
        elif kind == "p":
            txt = e(" ".join(s for s, _ in blk[1]))
            note = ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                    f'<text:note-body>{p("Footnote", e(FOOTNOTE))}</text:note-body></text:note>')
            body.append(p("Text_20_body", txt.replace("{FN}", note)))
        elif kind == "quote":
            body.append(p("Quotations", e(blk[1])))
        elif kind == "plan":
            body.append(p("Caption", e("Tabell 1. Handlingsplan 2025–2027")))
            body.append(plan_table())
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
           f'office:mimetype="application/vnd.oasis.opendocument.text">\n'
           f'<office:meta><dc:title>{e(TITLE)} – Backlunda kommun</dc:title></office:meta>\n'
           f'{STYLES}\n<office:body><office:text>\n' + "\n".join(body)
           + '\n</office:text></office:body></office:document>\n')
    with open(FODT, "w", encoding="utf-8") as f:
        f.write(doc)


def convert():
    prof = tempfile.mkdtemp(prefix="lo_c4_")
    out = tempfile.mkdtemp(prefix="lo_c4_out_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", out, FODT],
                       check=True, capture_output=True, timeout=180)
        shutil.move(os.path.join(out, BASE + ".pdf"), PDF)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)


# ----------------------------------------------------------------- expected
def commitments():
    res, principle = [], None
    for blk in BODY:
        if blk[0] == "h1":
            principle = None
        elif blk[0] == "h2":
            principle = blk[2]
        elif blk[0] == "p":
            res += [{"text": s, "principle": principle, "party": pa} for s, pa in blk[1] if pa]
        elif blk[0] == "plan":
            for _title, slug, rows in PLAN:
                res += [{"text": a, "principle": slug, "party": pa} for a, _w, _t, pa in rows]
    return res


def sent(prefix):
    for blk in BODY:
        if blk[0] == "p":
            for s, _ in blk[1]:
                if s.startswith(prefix):
                    return s
    raise KeyError(prefix)


def act(prefix):
    for _t, _s, rows in PLAN:
        for a, *_ in rows:
            if a.startswith(prefix):
                return a
    raise KeyError(prefix)


def rows(slug=None, party=None):
    return [a for _t, s, rs in PLAN for a, _w, _ti, pa in rs
            if (slug is None or s == slug) and (party is None or pa == party)]


def questions():
    q = []

    def add(question, lang, gold, mm):
        q.append({"id": f"{LAYOUT}-q{len(q) + 1}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": mm})

    add("Vad åtar sig kommunen under principen om dialog?", "sv",
        [sent("Kommunen ska ge civilsamhällets organisationer")] + rows("dialog", PUB),
        ["innan beslut fattas", "kontaktperson för civilsamhällesfrågor", "minst sex veckors svarstid"])
    add("När antogs policyn och vilket organ beslutade om den?", "sv",
        [sent("Policyn antogs av kommunfullmäktige")],
        ["kommunfullmäktige", "18 november 2024", "§ 142"])
    add("vad maste var forening gora om vi far bidrag fran kommunen", "sv",
        [sent("Föreningar som tar emot bidrag"), act("Lämna verksamhetsberättelse")],
        ["redovisa hur bidraget har använts", "31 mars"])
    add("Will associations be able to get grants for more than one year at a time?", "en",
        [sent("Kommunen ska i första hand ge stöd"), act("Införa treåriga verksamhetsbidrag")],
        ["fleråriga verksamhetsbidrag", "treåriga verksamhetsbidrag"])
    add("Får en förening som får bidrag kritisera kommunen offentligt?", "sv",
        [sent("Kommunen ska respektera föreningarnas rätt")],
        ["framföra kritik", "även när föreningen tar emot bidrag"])
    add("Vilka åtgärder i handlingsplanen ska kommunen och föreningarna genomföra gemensamt?", "sv",
        rows(party=JT),
        ["dialogforum", "modell för uppföljning", "Informera varandra", "Kartlägga hur tillgängliga",
         "kollektivtrafik och skolskjuts"])
    add("Vad förväntas civilsamhällets organisationer göra när det gäller kvalitet?", "sv",
        rows("kvalitet", CS), ["kränkningar, trakasserier och övergrepp", "sprida kunskapen vidare"])
    add("vad gor kommunen for foreningarna och samlingslokalerna ute i byarna", "sv",
        [sent("Kommunen ska verka för att det finns mötesplatser")] + rows("hela_kommunen", PUB),
        ["alla kommundelar", "Inventera samlingslokaler", "plan för stöd till samlingslokaler"])
    add("Hur mycket pengar delar kommunen ut i föreningsbidrag varje år?", "sv", [], [])
    add("Does the policy say anything about free access to sports halls for youth clubs?", "en", [], [])
    return q


def main():
    build_fodt()
    convert()
    exp = {
        "file": BASE + ".pdf",
        "layout": LAYOUT,
        "description": (
            "Municipal policy written as a flat ODF document (.fodt) and exported to PDF with LibreOffice: "
            "title page with a borderless 'Dokumentinformation' table (Beslutad av, Beslutsdatum "
            "'2024-11-18, § 142', Diarienummer, Giltighetstid, Ersätter); running header 'BACKLUNDA KOMMUN "
            "… Policy för samverkan med civilsamhället' and footer 'Dnr KS 2024/0387 … Sida X av Y' (fields); "
            "a few pages of prose (1 Inledning with a pull quote, 2 Syfte och omfattning, 3 a definition with "
            "a footnote, 4 Principer för samverkan with hand-numbered headings 4.1–4.7: six national "
            "principles plus the local 'Hela kommunen') holding a handful of commitment sentences "
            "('Kommunen ska …', 'Föreningarna ska för sin del …', 'Föreningarna förväntas …', 'Kommunen och "
            "föreningarna ska gemensamt …', 'Av de föreningar som … förväntas att …') among descriptive "
            "sentences that are not commitments; then '5 Handlingsplan 2025–2027': one three-column table "
            "'Åtgärd | Ansvarig | Tidplan' with a header row repeated on every page, spanning page breaks, "
            "rows grouped under shaded rows spanning all columns that hold only the principle name; each "
            "Åtgärd is an infinitive phrase without party word or final period, and the party comes only "
            "from the Ansvarig cell (Kultur- och fritidsförvaltningen, Kommunstyrelsen, "
            "Kommunledningskontoret, Kultur- och fritidsnämnden, Samhällsbyggnadsförvaltningen, Kommunen → "
            "public; Föreningarna, Civilsamhällets organisationer, Samlingslokalföreningarna → "
            "civil_society; Gemensamt, Båda parter, Kommunen och föreningarna → joint); Tidplan cells "
            "('Löpande', 'Senast juni 2025', 'Vartannat år, från 2026'); then 6 Uppföljning with two "
            "commitment sentences (principle null) and 7 Beslut och giltighet. In pdftotext's default reading "
            "order the shaded group rows come out after the data rows of their page, and the repeated header "
            "row is interleaved with the running header."),
        "metadata": {
            "doc_id": "backlunda_policy_civilsamhallet",
            "title": TITLE,
            "place": "Backlunda",
            "organisation": "Backlunda kommun",
            "kind": "policy",
            "date": "2024-11-18",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {PDF} with {len(exp['commitments'])} commitments")


if __name__ == "__main__":
    main()
