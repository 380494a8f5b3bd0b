#!/usr/bin/env python3
"""Generate vasterfjall_policy_civilsamhallet.fodt/.pdf and expected.json.

Layout: LibreOffice PDF of a regional policy: cover page (own master page
without header/footer), a table of contents with dotted leaders, running
header with the document title, footer "Sida X av Y", two footnotes,
principles as headings "Princip N: ...", commitments as "Regionen ska ..."
sentences and in two-column tables "Regionen åtar sig | Civilsamhällets
organisationer åtar sig" (one per cell, or bullet lines in a cell), plus a
seventh, local principle (Tillgänglighet).

Needs `soffice` (LibreOffice) and `pdftotext`.  Run:  python3 make.py
"""
import json
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "vasterfjall_policy_civilsamhallet"
FILE = BASE + ".pdf"
TITLE = "Policy för samverkan mellan Region Västerfjäll och civilsamhällets organisationer"
DECISION = "Beslutad av regionfullmäktige den 27 februari 2024, § 18"

COMMITMENTS = []
P_SJ, P_DI, P_KV, P_LA, P_OI, P_MA, P_TI = (
    "sjalvstandighet_och_oberoende", "dialog", "kvalitet", "langsiktighet",
    "oppenhet_och_insyn", "mangfald", "tillganglighet")


def C(text, principle, party):
    """Register a commitment; return its text unchanged."""
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


def CA(text, principle, party):
    """Commitment shown in a table cell with a leading 'att'."""
    C(text, principle, party)
    return "att " + text


def e(s):
    return escape(s)


# ---------------------------------------------------------------- blocks
# ("h1"/"h2", text) headings, ("p", text) body, ("pfn", before, note, after)
# paragraph with a footnote, ("table", rows, bulleted) two-column table.
FN1 = ("Överenskommelsen mellan regeringen, idéburna organisationer inom det sociala området och "
       "Sveriges Kommuner och Landsting, 2008. Sedan 2018 förvaltas arbetet nationellt av Nationellt "
       "organ för dialog och samråd mellan regeringen och det civila samhället (NOD).")
FN2 = "Se regeringens proposition En politik för det civila samhället (prop. 2009/10:55)."

BODY = [
    ("h1", "1 Inledning"),
    ("h2", "1.1 Bakgrund"),
    ("pfn", "Region Västerfjäll har sedan 2016 haft en överenskommelse med länets idéburna organisationer, "
            "som byggde på den nationella överenskommelsen från 2008.", FN1, ""),
    ("p", "Överenskommelsen utvärderades under 2022. Utvärderingen visade att samverkan hade utvecklats "
          "inom hälso- och sjukvården och kulturområdet, men att många mindre organisationer upplevde att "
          "de hade svårt att hitta rätt ingång till regionen."),
    ("p", "Regionen fördelade 2023 cirka 42 miljoner kronor i stöd till civilsamhällets organisationer, "
          "främst som verksamhetsbidrag till länsorganisationer."),
    ("p", "Denna policy ersätter den tidigare överenskommelsen och har tagits fram i dialog med "
          "företrädare för länets civilsamhälle under 2023."),
    ("h2", "1.2 Syfte"),
    ("p", "Policyn anger hur Region Västerfjäll ska samverka med civilsamhällets organisationer och vad "
          "parterna kan förvänta sig av varandra. Den ska ge stabila och förutsägbara villkor för "
          "samverkan och bidra till en god hälsa, ett rikt kulturliv och en hållbar utveckling i hela länet."),
    ("h1", "2 Definitioner och avgränsning"),
    ("pfn", "Med civilsamhällets organisationer avses i denna policy ideella föreningar, stiftelser, "
            "trossamfund och andra organisationer som har ett allmännyttigt syfte och som varken är en "
            "del av offentlig sektor eller drivs i vinstsyfte.", FN2, ""),
    ("p", "Policyn omfattar inte upphandlade tjänster enligt lagen om offentlig upphandling."),
    ("p", "Policyn gäller för regionens samtliga nämnder och förvaltningar."),

    ("h1", "3 Principer för samverkan"),
    ("p", "Samverkan mellan regionen och civilsamhällets organisationer bygger på de sex nationella "
          "principerna samt en regional princip om tillgänglighet. Under varje princip anges vad "
          "regionen och civilsamhällets organisationer åtar sig."),

    ("h2", "Princip 1: Självständighet och oberoende"),
    ("p", "Civilsamhällets organisationer har en egen roll i samhället som röstbärare, opinionsbildare "
          "och utförare av verksamhet. Deras självständighet är en förutsättning för ett levande civilsamhälle."),
    ("p", C("Regionen ska respektera organisationernas rätt att själva formulera sina mål, välja arbetsformer "
            "och driva opinion, även när de är kritiska mot regionen.", P_SJ, "public")),
    ("p", C("Regionen ska inte ställa villkor för stöd som begränsar organisationernas möjlighet att "
            "företräda sina medlemmar.", P_SJ, "public")),
    ("p", C("Civilsamhällets organisationer ska vara tydliga med när de agerar som utförare på uppdrag av "
            "regionen och när de agerar som röstbärare.", P_SJ, "civil_society")),
    ("p", C("Civilsamhällets organisationer ansvarar för att deras styrning är fristående från regionen.",
            P_SJ, "civil_society")),

    ("h2", "Princip 2: Dialog"),
    ("p", "Dialogen ska ske på olika nivåer: i det regionala samverkansrådet, inom verksamhetsområden och "
          "i enskilda samverkansprojekt."),
    ("table", [
        (CA("bjuda in till ett regionalt samverkansråd som sammanträder minst tre gånger per år", P_DI, "public"),
         CA("utse företrädare till samverkansrådet genom en öppen process inom sina nätverk", P_DI, "civil_society")),
        (CA("involvera civilsamhället tidigt i beredningen av regionala strategier och planer", P_DI, "public"),
         CA("lämna synpunkter på remisser inom angiven svarstid", P_DI, "civil_society")),
        (CA("ge återkoppling på hur inkomna synpunkter har tagits om hand", P_DI, "public"),
         CA("sprida information från samverkansrådet till sina medlemsorganisationer", P_DI, "civil_society")),
    ], False),
    ("p", C("Regionen ska utse en central kontaktfunktion för frågor som rör civilsamhället.", P_DI, "public")),
    ("p", C("Regionen och civilsamhällets organisationer ska gemensamt ta fram en arbetsordning för "
            "samverkansrådet.", P_DI, "joint")),

    ("h2", "Princip 3: Kvalitet"),
    ("p", "Kvalitet handlar både om kvaliteten i den verksamhet som organisationerna bedriver och om "
          "kvaliteten i regionens handläggning och stöd."),
    ("table", [
        ([C("ha tydliga och förutsägbara kriterier för ekonomiskt stöd", P_KV, "public"),
          C("fatta beslut om verksamhetsbidrag före den 15 december året före bidragsåret", P_KV, "public"),
          C("erbjuda stöd och vägledning vid ansökningar och redovisningar", P_KV, "public")],
         [C("bedriva verksamhet i enlighet med den ansökan som beviljats", P_KV, "civil_society"),
          C("redovisa resultat och ekonomi enligt regionens anvisningar", P_KV, "civil_society"),
          C("arbeta systematiskt med att säkra kvaliteten i verksamheten", P_KV, "civil_society")]),
    ], True),
    ("p", C("Regionen ska följa upp stöd och samverkan på ett sätt som står i proportion till stödets storlek.",
            P_KV, "public")),

    ("h2", "Princip 4: Långsiktighet"),
    ("p", "Många organisationer har framfört att kortsiktiga projektbidrag gör det svårt att behålla "
          "kompetens och ideella krafter."),
    ("p", C("Regionen ska i första hand ge verksamhetsbidrag som kan beviljas för upp till tre år.",
            P_LA, "public")),
    ("p", C("Regionen ska meddela förändringar i bidragsvillkor minst ett år innan de börjar gälla.",
            P_LA, "public")),
    ("p", C("Civilsamhällets organisationer ska planera sin verksamhet så att den kan fortgå även om det "
            "regionala stödet förändras.", P_LA, "civil_society")),
    ("p", C("Civilsamhällets organisationer ska verka för en bred finansiering av sin verksamhet.",
            P_LA, "civil_society")),

    ("h2", "Princip 5: Öppenhet och insyn"),
    ("p", "Öppenhet och insyn skapar förtroende mellan parterna och gör det möjligt för invånarna att se "
          "hur offentliga medel används."),
    ("table", [
        (CA("publicera beslut om stöd till civilsamhället, inklusive belopp och motivering, på regionens "
            "webbplats", P_OI, "public"),
         CA("ge regionen insyn i verksamhet och ekonomi när verksamheten finansieras med regionala medel",
            P_OI, "civil_society")),
        (CA("redovisa hur dialogen i samverkansrådet har påverkat regionens beslut", P_OI, "public"),
         CA("informera regionen om förändringar som påverkar en överenskommen verksamhet", P_OI, "civil_society")),
    ], False),
    ("p", C("Regionen ska vara öppen med sina prioriteringar och budgetramar för stöd till civilsamhället.",
            P_OI, "public")),

    ("h2", "Princip 6: Mångfald"),
    ("p", "Civilsamhället i Västerfjäll är mångfacetterat, från stora länsförbund till små lokala "
          "föreningar, och organiserar människor med olika bakgrund och livsvillkor."),
    ("p", C("Regionen ska ge stöd till organisationer av olika storlek, inriktning och organisationsform, "
            "även till mindre och nybildade organisationer.", P_MA, "public")),
    ("p", C("Regionen ska ta fram information om stöd och samverkan på lätt svenska och på de nationella "
            "minoritetsspråken.", P_MA, "public")),
    ("p", C("Civilsamhällets organisationer ska arbeta för att deras verksamhet är öppen för alla oavsett "
            "bakgrund.", P_MA, "civil_society")),
    ("p", C("Regionen och civilsamhällets organisationer ska gemensamt verka för att fler grupper blir "
            "representerade i samverkansrådet.", P_MA, "joint")),

    ("h2", "Princip 7: Tillgänglighet"),
    ("p", "Utöver de sex nationella principerna har Region Västerfjäll lagt till en sjunde princip om "
          "tillgänglighet, eftersom länet har stora avstånd och många glest befolkade områden."),
    ("p", C("Regionen ska erbjuda möjlighet att delta digitalt i samtliga möten i samverkansrådet.",
            P_TI, "public")),
    ("p", C("Regionen ska ersätta resekostnader för ideella företrädare som deltar i regionens "
            "samverkansmöten.", P_TI, "public")),
    ("p", C("Regionen ska förlägga minst ett möte per år i var och en av länets tre delområden.",
            P_TI, "public")),
    ("p", C("Civilsamhällets organisationer ska sträva efter att deras verksamhet når invånare i hela länet, "
            "även utanför tätorterna.", P_TI, "civil_society")),

    ("h1", "4 Former för samverkan"),
    ("p", "Organisationer kan ansöka om verksamhetsbidrag, projektbidrag och arrangemangsbidrag enligt "
          "regionens riktlinjer för stöd till civilsamhället."),
    ("p", "Regionen kan ingå idéburet offentligt partnerskap (IOP) när en verksamhet bygger på en idé som "
          "har initierats av en idéburen organisation och när det inte är fråga om ett kontrakt som ska upphandlas."),

    ("h1", "5 Uppföljning och revidering"),
    ("p", C("Regionstyrelsen ansvarar för att policyn följs upp årligen och att resultatet redovisas för "
            "regionfullmäktige.", None, "public")),
    ("p", C("Civilsamhällets organisationer ska bidra till uppföljningen genom att delta i den årliga enkäten.",
            None, "civil_society")),
    ("p", C("Regionen och civilsamhällets organisationer ska gemensamt utvärdera policyn senast under 2027.",
            None, "joint")),
]

# TOC entries (text, page) – page numbers verified against the rendered PDF
TOC = [
    ("1 Inledning", 3), ("1.1 Bakgrund", 3), ("1.2 Syfte", 3),
    ("2 Definitioner och avgränsning", 3), ("3 Principer för samverkan", 3),
    ("Princip 1: Självständighet och oberoende", 3), ("Princip 2: Dialog", 4),
    ("Princip 3: Kvalitet", 4), ("Princip 4: Långsiktighet", 4), ("Princip 5: Öppenhet och insyn", 5),
    ("Princip 6: Mångfald", 5), ("Princip 7: Tillgänglighet", 5),
    ("4 Former för samverkan", 5), ("5 Uppföljning och revidering", 6),
]

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
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%" fo:keep-together="always" fo:orphans="2" fo:widows="2"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold" fo:color="#1f4e5f"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1">
  <style:text-properties fo:font-size="16pt"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2">
  <style:text-properties fo:font-size="13pt"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="10.5pt"/>
 </style:style>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents">
  <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading">
  <style:text-properties fo:font-size="16pt"/>
 </style:style>
 <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.15cm">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="0.6cm">
   <style:tab-stops><style:tab-stop style:position="15.4cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>
 <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
  <style:text-properties style:text-position="super 58%"/>
 </style:style>
 <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 <text:list-style style:name="Bullets">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.4cm" fo:margin-left="0.5cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Cover1" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Cover">
  <style:paragraph-properties fo:margin-top="6cm" fo:margin-bottom="0.6cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:color="#1f4e5f" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CoverTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="1.5cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="24pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CoverMeta" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/>
 </style:style>
 <style:style style:name="TocHead" style:family="paragraph" style:parent-style-name="Contents_20_Heading" style:master-page-name="Body">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="H1Break" style:family="paragraph" style:parent-style-name="Heading_20_1">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="16cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.35cm" fo:keep-with-next="auto"/>
 </style:style>
 <style:style style:name="Tbl.A" style:family="table-column">
  <style:table-column-properties style:column-width="8cm"/>
 </style:style>
 <style:style style:name="Tbl.H" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#dbe8ec" fo:padding="0.15cm" fo:border="0.5pt solid #7f9fa8"/>
 </style:style>
 <style:style style:name="Tbl.C" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.15cm" fo:border="0.5pt solid #7f9fa8"/>
 </style:style>
 <style:page-layout style:name="PL">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Cover" style:page-layout-name="PL" style:next-style-name="Body"/>
 <style:master-page style:name="Body" style:page-layout-name="PL">
  <style:header><text:p text:style-name="Header">Policy för samverkan med civilsamhällets organisationer – Region Västerfjäll</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Sida <text:page-number text:select-page="current"/> av <text:page-count/></text:p></style:footer>
 </style:master-page>
</office:master-styles>
"""


def para(style, text):
    return f'<text:p text:style-name="{style}">{e(text)}</text:p>'


def table_xml(rows, bulleted, n):
    out = [f'<table:table table:name="Atagande{n}" table:style-name="Tbl">',
           '<table:table-column table:style-name="Tbl.A" table:number-columns-repeated="2"/>',
           '<table:table-header-rows><table:table-row>']
    for h in ("Regionen åtar sig", "Civilsamhällets organisationer åtar sig"):
        out.append(f'<table:table-cell table:style-name="Tbl.H" office:value-type="string">'
                   f'{para("Table_20_Heading", h)}</table:table-cell>')
    out.append('</table:table-row></table:table-header-rows>')
    for left, right in rows:
        out.append('<table:table-row>')
        for cell in (left, right):
            out.append('<table:table-cell table:style-name="Tbl.C" office:value-type="string">')
            if bulleted:
                out.append(para("Table_20_Contents", "att"))
                out.append('<text:list text:style-name="Bullets">')
                for item in cell:
                    out.append(f'<text:list-item>{para("Table_20_Contents", item)}</text:list-item>')
                out.append('</text:list>')
            else:
                out.append(para("Table_20_Contents", cell))
            out.append('</table:table-cell>')
        out.append('</table:table-row>')
    out.append('</table:table>')
    return "".join(out)


def build_fodt():
    b = []
    # cover
    b.append(para("Cover1", "Region Västerfjäll"))
    b.append(para("CoverTitle", TITLE))
    for line in (DECISION, "Diarienummer RS 2023-00412",
                 "Dokumenttyp: Policy",
                 "Dokumentansvarig: Regiondirektörens stab, enheten för samverkan och demokrati",
                 "Gäller till och med den 31 december 2027"):
        b.append(para("CoverMeta", line))
    # table of contents (pre-rendered index body)
    b.append(para("TocHead", "Innehåll"))
    b.append('<text:table-of-content text:name="Innehåll" text:protected="true">'
             '<text:table-of-content-source text:outline-level="2" text:use-index-marks="false">'
             '<text:index-title-template text:style-name="Contents_20_Heading">Innehåll</text:index-title-template>'
             '</text:table-of-content-source><text:index-body>')
    for text, page in TOC:
        st = "Contents_20_1" if text[0].isdigit() and "." not in text.split()[0] else "Contents_20_2"
        b.append(f'<text:p text:style-name="{st}">{e(text)}<text:tab/>{page}</text:p>')
    b.append('</text:index-body></text:table-of-content>')
    # body
    first, fn, tn = True, 0, 0
    for blk in BODY:
        kind = blk[0]
        if kind == "h1":
            st = "H1Break" if first else "Heading_20_1"
            first = False
            b.append(f'<text:h text:style-name="{st}" text:outline-level="1">{e(blk[1])}</text:h>')
        elif kind == "h2":
            b.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{e(blk[1])}</text:h>')
        elif kind == "p":
            b.append(para("Text_20_body", blk[1]))
        elif kind == "pfn":
            fn += 1
            b.append(f'<text:p text:style-name="Text_20_body">{e(blk[1])}'
                     f'<text:note text:id="ftn{fn}" text:note-class="footnote">'
                     f'<text:note-citation>{fn}</text:note-citation><text:note-body>'
                     f'{para("Footnote", blk[2])}</text:note-body></text:note>{e(blk[3])}</text:p>')
        elif kind == "table":
            tn += 1
            b.append(table_xml(blk[1], blk[2], tn))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n'
            f'<office:meta><dc:title>{e(TITLE)}</dc:title><dc:language>sv-SE</dc:language>'
            '<meta:initial-creator>Region Västerfjäll</meta:initial-creator>'
            '<meta:creation-date>2024-03-04T10:00:00</meta:creation-date></office:meta>\n'
            + STYLES +
            '<office:body><office:text>\n' + "\n".join(b) + '\n</office:text></office:body></office:document>\n')


QUESTIONS = [
    {"id": "q1", "question": "Vilket organ har beslutat policyn och när?", "language": "sv",
     "gold": [DECISION], "must_mention": ["regionfullmäktige", "27 februari 2024"]},
    {"id": "q2", "question": "Vad åtar sig regionen under principen dialog?", "language": "sv",
     "gold": ["bjuda in till ett regionalt samverkansråd som sammanträder minst tre gånger per år",
              "involvera civilsamhället tidigt i beredningen av regionala strategier och planer",
              "ge återkoppling på hur inkomna synpunkter har tagits om hand",
              "Regionen ska utse en central kontaktfunktion för frågor som rör civilsamhället."],
     "must_mention": ["samverkansråd", "kontaktfunktion"]},
    {"id": "q3", "question": "hur lange kan man fa verksamhetsbidrag fran regionen?", "language": "sv",
     "gold": ["Regionen ska i första hand ge verksamhetsbidrag som kan beviljas för upp till tre år."],
     "must_mention": ["tre år"]},
    {"id": "q4", "question": "What is the extra regional principle in the policy and why was it added?",
     "language": "en",
     "gold": ["Utöver de sex nationella principerna har Region Västerfjäll lagt till en sjunde princip om "
              "tillgänglighet, eftersom länet har stora avstånd och många glest befolkade områden."],
     "must_mention": ["tillgänglighet", "stora avstånd"]},
    {"id": "q5", "question": "Får vi betalt för resan när vi åker på regionens möten?", "language": "sv",
     "gold": ["Regionen ska ersätta resekostnader för ideella företrädare som deltar i regionens "
              "samverkansmöten."],
     "must_mention": ["resekostnader"]},
    {"id": "q6", "question": "Vad åtar sig civilsamhällets organisationer när det gäller kvalitet?",
     "language": "sv",
     "gold": ["bedriva verksamhet i enlighet med den ansökan som beviljats",
              "redovisa resultat och ekonomi enligt regionens anvisningar",
              "arbeta systematiskt med att säkra kvaliteten i verksamheten"],
     "must_mention": ["redovisa resultat och ekonomi", "säkra kvaliteten"]},
    {"id": "q7", "question": "Gäller policyn även upphandlade tjänster?", "language": "sv",
     "gold": ["Policyn omfattar inte upphandlade tjänster enligt lagen om offentlig upphandling."],
     "must_mention": ["omfattar inte upphandlade tjänster"]},
    {"id": "q8", "question": "By what date does the region decide on operating grants?", "language": "en",
     "gold": ["fatta beslut om verksamhetsbidrag före den 15 december året före bidragsåret"],
     "must_mention": ["15 december"]},
    {"id": "q9", "question": "hur manga ledamoter sitter i samverkansradet?", "language": "sv",
     "gold": [], "must_mention": []},
    {"id": "q10", "question": "Does the policy say anything about sponsorship from private companies?",
     "language": "en", "gold": [], "must_mention": []},
]


def main():
    fodt = os.path.join(HERE, BASE + ".fodt")
    with open(fodt, "w", encoding="utf-8") as f:
        f.write(build_fodt())
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, fodt],
                       check=True, capture_output=True)
        shutil.copy(os.path.join(tmp, BASE + ".pdf"), os.path.join(HERE, FILE))
    for q in QUESTIONS:
        q["answerable"] = bool(q["gold"])
    questions = [{k: q[k] for k in ("id", "question", "language", "answerable", "gold", "must_mention")}
                 for q in QUESTIONS]
    expected = {
        "file": FILE,
        "layout": os.path.basename(HERE),
        "description": "LibreOffice PDF of a regional policy: cover page, dotted TOC, running header, "
                       "'Sida X av Y', two footnotes, 'Princip N: ...' headings, 'Regionen ska ...' "
                       "sentences and two-column commitment tables (one per cell / bullets in a cell), "
                       "local principle Tillgänglighet",
        "metadata": {
            "doc_id": "vasterfjall",
            "title": TITLE,
            "place": "Västerfjäll",
            "organisation": "Region Västerfjäll",
            "kind": "policy",
            "date": "2024-02-27",
            "body": "regionfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": questions,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
