"""Generate hedeby_overenskommelse.pdf (two-column brochure) and expected.json.

Writes a flat ODT (hedeby_overenskommelse.fodt) with a full-width title block
followed by a two-column section, running header, footer "Sida X av Y" and
footnotes, then converts it with `soffice --headless --convert-to pdf`.
Needs soffice; pdftotext is used for a self-check of the quotes.
"""
import json
import os
import re
import subprocess
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "hedeby_overenskommelse"

K = "Kommunen åtar sig att:"
O = "De idéburna organisationerna åtar sig att:"
G = "Parterna ska gemensamt:"

# (kind, payload). Bullets: (text, principle, party, footnote-or-None)
BODY = [
    ("h1", "Förord"),
    ("p", "Hedeby är en kommun där många människor engagerar sig i idrottsföreningar, "
          "studieförbund, församlingar, hembygdsföreningar och sociala organisationer. "
          "Det engagemanget gör Hedeby till en bättre plats att leva på. Med den här "
          "överenskommelsen vill vi visa att kommunen tar den idéburna sektorn på allvar "
          "som samarbetspart."),
    ("sig", "Maria Lundqvist (S)|Ordförande i kommunstyrelsen"),
    ("h1", "1. Bakgrund"),
    ("p", "Hedeby kommun och föreningar, stiftelser och andra idéburna organisationer har "
          "under lång tid samarbetat inom fritid, kultur, omsorg och integration. Arbetet "
          "med en lokal överenskommelse inleddes 2021 efter en dialogkonferens i Folkets hus "
          "med ett sextiotal deltagare.",
          "Den nationella överenskommelsen mellan regeringen, idéburna organisationer inom "
          "det sociala området och Sveriges Kommuner och Regioner tecknades 2008."),
    ("p", "Ett förslag till överenskommelse skickades på remiss till 112 organisationer "
          "under våren 2022. Ett trettiotal svar kom in och har arbetats in i texten."),
    ("box", "Vad är idéburen sektor?|Med idéburen sektor menas organisationer som bildats "
            "för att driva en idé och som inte har vinstsyfte, till exempel ideella "
            "föreningar, trossamfund, stiftelser och kooperativ med allmännyttigt syfte. "
            "I Hedeby finns omkring 240 registrerade föreningar."),
    ("h1", "2. Syfte"),
    ("p", "Syftet med överenskommelsen är att stärka den idéburna sektorns roll som "
          "röstbärare och opinionsbildare och som utförare av verksamhet, och att skapa "
          "tydliga spelregler för samverkan mellan kommunen och sektorn."),
    ("p", "Överenskommelsen är en avsiktsförklaring och ersätter inte avtal, "
          "bidragsregler eller andra beslut."),
    ("h1", "Överenskommelsens parter"),
    ("p", "Parter är Hedeby kommun och de idéburna organisationer som ansluter sig genom att "
          "underteckna överenskommelsen. Vid antagandet hade 58 organisationer anslutit sig. "
          "Föreningsrådet i Hedeby samordnar de anslutna organisationerna."),
    ("p", "En organisation som vill ansluta sig senare anmäler det till kultur- och "
          "fritidsförvaltningen. Anslutningen gäller från den dag anmälan kommit in."),
    ("box", "Exempel: Läxhjälp i Norra Hedeby|Sedan 2019 driver Hedeby IK, Studieförbundet "
            "Vuxenskolan och Röda Korset läxhjälp tre kvällar i veckan på biblioteket i Norra "
            "Hedeby. Verksamheten finansieras genom ett idéburet offentligt partnerskap och "
            "når omkring 80 elever varje termin."),
    ("h1", "3. Principer och åtaganden"),
    ("p", "Överenskommelsen vilar på de sex principer som finns i den nationella "
          "överenskommelsen. Under varje princip anges vad parterna åtar sig."),

    ("h2", "3.1 Självständighet och oberoende"),
    ("p", "Idéburna organisationer har rätt att självständigt formulera sina uppfattningar "
          "och driva opinion, även när de får bidrag från kommunen."),
    ("lead", K),
    ("bullets", [
        ("respektera organisationernas rätt att granska och kritisera kommunens verksamhet "
         "utan att det påverkar möjligheten till bidrag.", "sjalvstandighet_och_oberoende", "public", None),
        ("inte ställa krav i bidragsvillkor som styr organisationernas interna arbete eller "
         "val av företrädare.", "sjalvstandighet_och_oberoende", "public", None),
    ]),
    ("lead", O),
    ("bullets", [
        ("tydligt redovisa när de agerar som utförare åt kommunen och när de agerar som egen "
         "röst i samhällsdebatten.", "sjalvstandighet_och_oberoende", "civil_society", None),
    ]),

    ("h2", "3.2 Dialog"),
    ("p", "En god dialog bygger på att parterna möts tidigt, innan beslut är fattade."),
    ("lead", K),
    ("bullets", [
        ("bjuda in den idéburna sektorn till dialog tidigt i beredningen av frågor som berör "
         "sektorn.", "dialog", "public", None),
        ("ge organisationerna minst sex veckor att svara på remisser.", "dialog", "public",
         "Sex veckor räknas från den dag remissen skickas ut. Under juli månad förlängs tiden "
         "med fyra veckor."),
    ]),
    ("lead", O),
    ("bullets", [
        ("utse kontaktpersoner som kan företräda sina medlemmar i dialogen med kommunen.",
         "dialog", "civil_society", None),
    ]),
    ("lead", G),
    ("bullets", [
        ("genomföra ett öppet dialogforum minst en gång per år.", "dialog", "joint", None),
    ]),

    ("h2", "3.3 Kvalitet"),
    ("lead", K),
    ("bullets", [
        ("ta fram enkla och enhetliga rutiner för ansökan och redovisning av bidrag.",
         "kvalitet", "public", None),
    ]),
    ("lead", O),
    ("bullets", [
        ("följa upp sin verksamhet och redovisa resultat på det sätt som avtalats med kommunen.",
         "kvalitet", "civil_society", None),
        ("erbjuda ledare och volontärer grundläggande utbildning i barnskydd och bemötande.",
         "kvalitet", "civil_society", None),
    ]),

    ("h2", "3.4 Långsiktighet"),
    ("p", "Organisationer som bedriver verksamhet år efter år behöver kunna planera."),
    ("lead", K),
    ("bullets", [
        ("i första hand använda fleråriga överenskommelser om idéburet offentligt partnerskap "
         "(IOP) när verksamheten är långsiktig.", "langsiktighet", "public", None),
        ("besluta om verksamhetsbidrag för kommande år senast den 15 december.",
         "langsiktighet", "public", None),
    ]),
    ("lead", O),
    ("bullets", [
        ("planera sin verksamhet med en ekonomi som inte är helt beroende av kommunala bidrag.",
         "langsiktighet", "civil_society", None),
    ]),

    ("h2", "3.5 Öppenhet och insyn"),
    ("lead", K),
    ("bullets", [
        ("publicera alla beviljade bidrag och partnerskap på kommunens webbplats.",
         "oppenhet_och_insyn", "public", None),
    ]),
    ("lead", O),
    ("bullets", [
        ("lämna verksamhetsberättelse och ekonomisk redovisning till kommunen varje år.",
         "oppenhet_och_insyn", "civil_society", None),
        ("informera kommunen utan dröjsmål om väsentliga förändringar i verksamheten.",
         "oppenhet_och_insyn", "civil_society", None),
    ]),

    ("h2", "3.6 Mångfald"),
    ("p", "Hedeby ska ha ett föreningsliv där alla kan delta."),
    ("lead", K),
    ("bullets", [
        ("verka för att små och nystartade föreningar har samma möjligheter att söka stöd som "
         "etablerade organisationer.", "mangfald", "public", None),
    ]),
    ("lead", O),
    ("bullets", [
        ("arbeta för att verksamheten är öppen och tillgänglig för alla oavsett bakgrund, kön, "
         "ålder eller funktionsförmåga.", "mangfald", "civil_society", None),
    ]),
    ("lead", G),
    ("bullets", [
        ("ta fram en plan för att nå grupper som i dag inte deltar i föreningslivet.",
         "mangfald", "joint", None),
    ]),

    ("h1", "4. Organisation"),
    ("p", "Ett samverkansråd med sex företrädare för kommunen och sex företrädare för den "
          "idéburna sektorn leder arbetet med överenskommelsen. Rådet sammanträder fyra gånger "
          "per år. Ordförandeskapet växlar årligen mellan parterna. Kultur- och "
          "fritidsförvaltningen är sammankallande och ansvarar för sekretariatet."),
    ("h1", "5. Uppföljning och revidering"),
    ("p", "Överenskommelsen följs upp årligen av samverkansrådet, som redovisar uppföljningen "
          "till kommunstyrelsen senast i mars. En större utvärdering görs under 2025 inför "
          "revideringen."),
    ("h1", "6. Giltighetstid"),
    ("p", "Överenskommelsen gäller från och med den 1 januari 2023 till och med den "
          "31 december 2026. Den kan sägas upp av vardera part med sex månaders varsel."),
    ("decision", "Antagen av kommunfullmäktige 2022-11-28, § 147. Dnr KS 2022/318"),
    ("h1", "7. Ordlista"),
    ("p", "IOP – idéburet offentligt partnerskap, en samverkansform där kommunen och en idéburen "
          "organisation gemensamt finansierar och genomför en verksamhet utan att den "
          "upphandlas."),
    ("p", "Remiss – ett förslag som skickas ut för synpunkter innan beslut fattas."),
    ("p", "Verksamhetsbidrag – ett bidrag till en organisations ordinarie verksamhet, till "
          "skillnad från projektbidrag som avser en avgränsad insats."),
    ("h1", "Underskrifter"),
    ("sig", "Hedeby den 12 december 2022|För Hedeby kommun"),
    ("sig", "Maria Lundqvist|Kommunstyrelsens ordförande"),
    ("sig", "Hedeby den 12 december 2022|För Föreningsrådet i Hedeby"),
    ("sig", "Anders Pettersson|Ordförande"),
    ("h1", "Versionshistorik"),
    ("table", [("Version", "Datum", "Ändring"),
               ("0.9", "2022-03-14", "Remissversion"),
               ("1.0", "2022-11-28", "Antagen av kommunfullmäktige")]),
    ("box", "Kontakt|Kultur- och fritidsförvaltningen, Hedeby kommun, Storgatan 12, "
            "123 45 Hedeby. Telefon 0123-45 67 00. E-post: samverkan@hedeby.example.se"),
]

TITLE = "Överenskommelse om samverkan mellan Hedeby kommun och den idéburna sektorn 2023–2026"
SUBTITLE = "För ett starkt och självständigt föreningsliv i Hedeby"

STYLES = """
<office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
  <style:default-style style:family="paragraph">
    <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
    <style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph">
    <style:paragraph-properties fo:margin-bottom="0.2cm" fo:line-height="120%"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph">
    <style:paragraph-properties fo:margin-bottom="0.2cm"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="20pt" fo:font-weight="bold" fo:color="#1d5c3a"/>
  </style:style>
  <style:style style:name="Subtitle" style:family="paragraph">
    <style:paragraph-properties fo:margin-bottom="0.5cm" fo:padding-bottom="0.2cm" fo:border-bottom="1.5pt solid #1d5c3a"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-style="italic" fo:color="#444444"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
    <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:font-weight="bold" fo:color="#1d5c3a"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2">
    <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:font-weight="bold" fo:color="#2b7a4f"/>
  </style:style>
  <style:style style:name="Lead" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:margin-bottom="0.05cm" fo:keep-with-next="always"/>
    <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:margin-bottom="0.08cm"/>
  </style:style>
  <style:style style:name="Box" style:family="paragraph">
    <style:paragraph-properties fo:background-color="#e4f1e8" fo:padding="0.2cm" fo:border="0.5pt solid #2b7a4f" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Decision" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:margin-top="0.4cm"/>
    <style:text-properties fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph">
    <style:paragraph-properties fo:padding-bottom="0.1cm" fo:border-bottom="0.5pt solid #1d5c3a"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#1d5c3a"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph">
    <style:paragraph-properties fo:text-align="center"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph">
    <style:text-properties fo:font-size="8pt"/>
  </style:style>
  <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
  <text:list-style style:name="Dots">
    <text:list-level-style-bullet text:level="1" text:bullet-char="•">
      <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
        <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.4cm" fo:margin-left="0.5cm"/>
      </style:list-level-properties>
    </text:list-level-style-bullet>
  </text:list-style>
</office:styles>
<office:automatic-styles>
  <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="8cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>
  <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #888888"/></style:style>
  <style:style style:name="TH" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="TD" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/></style:style>
  <style:style style:name="Cols" style:family="section">
    <style:section-properties text:dont-balance-text-columns="false">
      <style:columns fo:column-count="2" fo:column-gap="0.8cm"/>
    </style:section-properties>
  </style:style>
  <style:page-layout style:name="pm1">
    <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm">
      <style:footnote-sep style:width="0.02cm" style:rel-width="25%" style:color="#000000" style:line-style="solid" style:adjustment="left" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm"/>
    </style:page-layout-properties>
    <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
    <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
</office:automatic-styles>
<office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
    <style:header><text:p text:style-name="Header">Hedeby kommun · Överenskommelse med idéburen sektor 2023–2026</text:p></style:header>
    <style:footer><text:p text:style-name="Footer">Sida <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>4</text:page-count></text:p></style:footer>
  </style:master-page>
</office:master-styles>
"""

_note_no = [0]


def note(text):
    _note_no[0] += 1
    n = _note_no[0]
    return (f'<text:note text:id="ftn{n}" text:note-class="footnote">'
            f'<text:note-citation>{n}</text:note-citation><text:note-body>'
            f'<text:p text:style-name="Footnote">{escape(text)}</text:p>'
            f'</text:note-body></text:note>')


def render():
    out = []
    for kind, payload, *rest in BODY:
        if kind == "h1":
            out.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{escape(payload)}</text:h>')
        elif kind == "h2":
            out.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{escape(payload)}</text:h>')
        elif kind == "p":
            fn = note(rest[0]) if rest else ""
            out.append(f'<text:p text:style-name="Standard">{escape(payload)}{fn}</text:p>')
        elif kind == "lead":
            out.append(f'<text:p text:style-name="Lead">{escape(payload)}</text:p>')
        elif kind == "bullets":
            items = []
            for text, _pr, _pa, fn in payload:
                f = note(fn) if fn else ""
                items.append(f'<text:list-item><text:p text:style-name="Bullet">{escape(text)}{f}</text:p></text:list-item>')
            out.append('<text:list text:style-name="Dots">' + "".join(items) + "</text:list>")
        elif kind == "box":
            head, body = payload.split("|", 1)
            out.append(f'<text:p text:style-name="Box"><text:span text:style-name="B">{escape(head)}</text:span>'
                       f'<text:line-break/>{escape(body)}</text:p>')
        elif kind == "sig":
            name, role = payload.split("|")
            out.append(f'<text:p text:style-name="Standard">{escape(name)}<text:line-break/>{escape(role)}</text:p>')
        elif kind == "table":
            rows = []
            for i, row in enumerate(payload):
                cells = "".join(
                    f'<table:table-cell table:style-name="Cell" office:value-type="string">'
                    f'<text:p text:style-name="{"TH" if i == 0 else "TD"}">{escape(c)}</text:p></table:table-cell>'
                    for c in row)
                rows.append(f"<table:table-row>{cells}</table:table-row>")
            out.append('<table:table table:name="Versioner" table:style-name="Tbl">'
                       '<table:table-column table:number-columns-repeated="3"/>' + "".join(rows) + "</table:table>")
        elif kind == "decision":
            out.append(f'<text:p text:style-name="Decision">{escape(payload)}</text:p>')
    return "\n".join(out)


def fodt():
    toc = ("I denna broschyr: 1. Bakgrund · 2. Syfte · 3. Principer och åtaganden · "
           "4. Organisation · 5. Uppföljning och revidering · 6. Giltighetstid")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(TITLE)}</dc:title><dc:language>sv-SE</dc:language></office:meta>
{STYLES}
<office:body><office:text>
<text:p text:style-name="Title">{escape(TITLE)}</text:p>
<text:p text:style-name="Subtitle">{escape(SUBTITLE)}</text:p>
<text:p text:style-name="Box">{escape(toc)}</text:p>
<text:section text:style-name="Cols" text:name="Spalter">
{render()}
</text:section>
</office:text></office:body></office:document>
"""


def commitments():
    res = []
    for kind, payload, *rest in BODY:
        if kind == "bullets":
            for text, pr, pa, _fn in payload:
                res.append({"text": text, "principle": pr, "party": pa})
    return res


def q(i, question, gold, mm, lang="sv"):
    return {"id": f"hedeby-{i:02d}", "question": question, "language": lang,
            "answerable": bool(gold), "gold": gold, "must_mention": mm}


QUESTIONS = [
    q(1, "Hur lång tid får de idéburna organisationerna på sig att svara på kommunens remisser?",
      ["ge organisationerna minst sex veckor att svara på remisser."], ["sex veckor"]),
    q(2, "Förlängs remisstiden under sommaren?",
      ["Sex veckor räknas från den dag remissen skickas ut.",
       "Under juli månad förlängs tiden med fyra veckor."], ["juli", "fyra veckor"]),
    q(3, "När ska kommunen besluta om verksamhetsbidrag för kommande år?",
      ["besluta om verksamhetsbidrag för kommande år senast den 15 december."], ["15 december"]),
    q(4, "Hur är samverkansrådet sammansatt och hur ofta träffas det?",
      ["Ett samverkansråd med sex företrädare för kommunen och sex företrädare för den "
       "idéburna sektorn leder arbetet med överenskommelsen.",
       "Rådet sammanträder fyra gånger per år."], ["sex företrädare", "fyra gånger per år"]),
    q(5, "Vad åtar sig organisationerna när det gäller öppenhet och insyn?",
      ["lämna verksamhetsberättelse och ekonomisk redovisning till kommunen varje år.",
       "informera kommunen utan dröjsmål om väsentliga förändringar i verksamheten."],
      ["verksamhetsberättelse", "väsentliga förändringar"]),
    q(6, "Hur länge gäller överenskommelsen och kan den sägas upp?",
      ["Överenskommelsen gäller från och med den 1 januari 2023 till och med den 31 december 2026.",
       "Den kan sägas upp av vardera part med sex månaders varsel."],
      ["31 december 2026", "sex månaders varsel"]),
    q(7, "What does the municipality commit to in order to protect the organisations' independence?",
      ["respektera organisationernas rätt att granska och kritisera kommunens verksamhet utan att "
       "det påverkar möjligheten till bidrag.",
       "inte ställa krav i bidragsvillkor som styr organisationernas interna arbete eller val av "
       "företrädare."], ["granska och kritisera", "bidragsvillkor"], "en"),
    q(8, "When was the agreement adopted, and by which body?",
      ["Antagen av kommunfullmäktige 2022-11-28, § 147."], ["kommunfullmäktige", "2022-11-28"], "en"),
    q(9, "Hur stort belopp avsätter Hedeby kommun till föreningsbidrag under 2024?", [], []),
    q(10, "Vilka sanktioner gäller om en förening lämnar sin redovisning för sent?", [], []),
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    src = os.path.join(HERE, BASE + ".fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(fodt())
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, src],
                   check=True, stdout=subprocess.DEVNULL)
    pdf = os.path.join(HERE, BASE + ".pdf")
    expected = {
        "file": BASE + ".pdf",
        "layout": "pdf_twocolumn_dev",
        "description": "Two-column brochure PDF made by LibreOffice from a flat ODT: full-width "
                       "title, subtitle and a one-line contents box, then a two-column section; "
                       "running header, footer 'Sida X av Y', two footnotes (one attached to a "
                       "commitment), shaded fact boxes, a foreword with a signature, bulleted "
                       "commitments after 'Kommunen åtar sig att:', 'De idéburna organisationerna "
                       "åtar sig att:' and 'Parterna ska gemensamt:' under '3.x' principle headings.",
        "metadata": {
            "doc_id": "hedeby",
            "title": TITLE,
            "place": "Hedeby",
            "organisation": "Hedeby kommun",
            "kind": "överenskommelse",
            "date": "2022-11-28",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments(),
        "questions": QUESTIONS,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    # self-check against pdftotext (whitespace-normalised)
    txt = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    missing = [c["text"] for c in expected["commitments"] if norm(c["text"]) not in txt]
    missing += [g for qq in QUESTIONS for g in qq["gold"] if norm(g) not in txt]
    for m in missing:
        print("MISSING:", m, file=sys.stderr)
    print(f"{len(expected['commitments'])} commitments, {len(QUESTIONS)} questions, "
          f"{len(missing)} missing")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
