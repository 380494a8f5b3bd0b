#!/usr/bin/env python3
"""Generate region_salvmark_overenskommelse_presentation.fodp / .pdf and expected.json.

Region Sälvmark: a slide deck (LibreOffice Impress flat XML, 16:9 landscape)
summarising the region's agreement with idéburen sektor, exported to PDF with
`soffice --headless --convert-to pdf`. Title slide with "Beslutad i
regionfullmäktige 12 juni 2025"; an "Om överenskommelsen" slide with two
columns ("Bakgrund" / "Så följer vi upp") of which only one item is a
commitment (joint, principle null); then one slide per principle: slide title =
principle name, an italic lead line (not a commitment), two text frames side by
side headed "Regionen åtar sig" and "Civilsamhället åtar sig" with short
infinitive bullets (no "att", no party word), and a shaded "Tillsammans" box
with joint bullets. Footer "Överenskommelse Region Sälvmark – idéburen sektor
2025–2028" and slide number come from the master page (presentation:footer /
text:page-number) and appear on every slide.

Run: python3 make.py   (needs soffice, pdftotext)
"""
import json
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = "b3_pdf_slides"
BASE = "region_salvmark_overenskommelse_presentation"
FODP = os.path.join(HERE, BASE + ".fodp")
PDF = os.path.join(HERE, BASE + ".pdf")

TITLE = "Överenskommelse mellan Region Sälvmark och idéburen sektor 2025–2028"
DECIDED = "Beslutad i regionfullmäktige 12 juni 2025"
FOOTER = "Överenskommelse Region Sälvmark – idéburen sektor 2025–2028"
PUB, CS, JT = "public", "civil_society", "joint"

INTRO_LEFT = ("Bakgrund", [
    ("Länet har över 3 100 idéburna organisationer", None),
    ("Bygger på den nationella överenskommelsen från 2008", None),
    ("Ersätter regionens överenskommelse från 2019", None),
    ("Framtagen i dialog med 64 organisationer under 2024", None),
    ("Med idéburen sektor menas organisationer som är fristående från det offentliga och inte delar "
     "ut vinst", None),
])
INTRO_RIGHT = ("Så följer vi upp", [
    ("Giltighetstid: 1 juli 2025 – 31 december 2028", None),
    ("Samverkansrådet har åtta ledamöter från regionen och åtta från sektorn", None),
    ("Parterna följer gemensamt upp överenskommelsen vartannat år", JT),
    ("Resultatet redovisas för regionstyrelsen", None),
])

# (title, slug, lead, regionen[], civilsamhället[], tillsammans[])
SLIDES = [
    ("Självständighet och oberoende", "sjalvstandighet_och_oberoende",
     "Organisationerna bestämmer själva över sina mål, sin verksamhet och sina åsikter.",
     ["Respektera organisationernas rätt att granska och kritisera regionen",
      "Inte ställa villkor som styr organisationernas stadgar eller interna beslut"],
     ["Vara tydliga med när de agerar som utförare och när de agerar som röstbärare",
      "Ta ansvar för att verksamheten vilar på demokratisk grund"],
     ["Skriva in principen om oberoende i alla IOP-avtal"]),
    ("Dialog", "dialog",
     "Dialogen ska bygga på respekt för parternas olika roller.",
     ["Bjuda in till dialog innan beslut som berör sektorn",
      "Återkoppla hur synpunkterna har tagits tillvara",
      "Ersätta resekostnader för deltagare i dialogforum"],
     ["Delta med företrädare som har mandat från sin organisation",
      "Förmedla erfarenheter från medlemmar och målgrupper"],
     ["Genomföra ett regionalt dialogforum varje höst"]),
    ("Kvalitet", "kvalitet",
     "Kvalitet i idéburen verksamhet bygger på engagemang och närhet till målgruppen.",
     ["Anpassa redovisningskraven efter bidragets storlek",
      "Erbjuda kompetensstöd i ansökan och uppföljning"],
     ["Följa upp verksamheten och redovisa resultat",
      "Ta tillvara deltagarnas synpunkter i utvecklingen av verksamheten"],
     ["Ta fram gemensamma mallar för enkel uppföljning"]),
    ("Långsiktighet", "langsiktighet",
     "Långsiktiga villkor ger organisationerna möjlighet att planera och utvecklas.",
     ["Bevilja fleråriga verksamhetsbidrag där det är möjligt",
      "Fatta beslut om bidrag senast i november året före",
      "Pröva IOP som alternativ till upphandling"],
     ["Planera verksamheten över flera år",
      "Meddela regionen i god tid om förändringar"],
     ["Utveckla former för långsiktiga partnerskap inom vård och omsorg"]),
    ("Öppenhet och insyn", "oppenhet_och_insyn",
     "Öppenhet skapar förtroende mellan parterna.",
     ["Publicera bidragsbeslut och bidragsregler på regionens webbplats",
      "Motivera avslag skriftligt"],
     ["Redovisa hur regionens medel har använts",
      "Lämna verksamhetsberättelse och revisionsberättelse på begäran"],
     ["Informera varandra i tid om förändringar som påverkar samverkan"]),
    ("Mångfald", "mangfald",
     "Ett livskraftigt civilsamhälle rymmer organisationer av olika storlek, form och inriktning.",
     ["Ge stöd även till små och nystartade organisationer",
      "Informera på lätt svenska och på flera språk"],
     ["Vara öppna för alla som delar organisationens värderingar",
      "Arbeta för att nå nya grupper i länet"],
     ["Verka för att fler unga deltar i samverkansrådet"]),
]

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:smil="urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0" '
      'xmlns:anim="urn:oasis:names:tc:opendocument:xmlns:animation:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

GREEN = "#2E6B4F"

STYLES = f"""
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="graphic">
   <style:graphic-properties draw:stroke="none" svg:stroke-color="#3465a4" draw:fill="none" draw:fill-color="#729fcf"/>
   <style:paragraph-properties style:writing-mode="lr-tb"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="18pt" fo:language="sv" fo:country="SE"/>
  </style:default-style>
  <style:style style:name="standard" style:family="graphic">
   <style:graphic-properties draw:stroke="none" draw:fill="none" fo:padding-top="0.13cm" fo:padding-bottom="0.13cm" fo:padding-left="0.25cm" fo:padding-right="0.25cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="18pt" fo:color="#1A1A1A" fo:language="sv" fo:country="SE"/>
  </style:style>
  <style:style style:name="Salvmark-background" style:family="presentation">
   <style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#ffffff"/>
  </style:style>
  <style:style style:name="Salvmark-backgroundobjects" style:family="presentation">
   <style:graphic-properties draw:stroke="none" draw:fill="none"/>
  </style:style>
  <style:style style:name="Salvmark-title" style:family="presentation">
   <style:graphic-properties draw:stroke="none" draw:fill="none" draw:textarea-vertical-align="middle"/>
   <style:paragraph-properties fo:text-align="start"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="30pt" fo:font-weight="bold" fo:color="{GREEN}" fo:language="sv" fo:country="SE"/>
  </style:style>
  <style:style style:name="Salvmark-notes" style:family="presentation">
   <style:text-properties fo:font-size="12pt"/>
  </style:style>
 </office:styles>
"""

AUTO = f"""
 <office:automatic-styles>
  <style:page-layout style:name="PM1">
   <style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/>
  </style:page-layout>
  <style:style style:name="dp1" style:family="drawing-page">
   <style:drawing-page-properties draw:background-size="full" presentation:display-header="false" presentation:display-footer="true" presentation:display-page-number="true" presentation:display-date-time="false"/>
  </style:style>
  <style:style style:name="pr1" style:family="presentation" style:parent-style-name="Salvmark-title">
   <style:graphic-properties draw:stroke="none" draw:fill="none" draw:auto-grow-height="false" draw:textarea-vertical-align="middle" fo:min-height="1.6cm"/>
  </style:style>
  <style:style style:name="pr2" style:family="presentation" style:parent-style-name="Salvmark-backgroundobjects">
   <style:graphic-properties draw:stroke="none" draw:fill="none" draw:auto-grow-height="false"/>
  </style:style>
  <style:style style:name="PT" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start"/>
   <style:text-properties fo:font-size="30pt" fo:font-weight="bold" fo:color="#2E6B4F"/>
  </style:style>
  <style:style style:name="gr1" style:family="graphic" style:parent-style-name="standard">
   <style:graphic-properties draw:stroke="none" draw:fill="none" draw:auto-grow-height="false" draw:textarea-vertical-align="top" fo:min-height="1cm"/>
  </style:style>
  <style:style style:name="gr2" style:family="graphic" style:parent-style-name="standard">
   <style:graphic-properties draw:stroke="solid" svg:stroke-color="{GREEN}" svg:stroke-width="0.05cm" draw:fill="solid" draw:fill-color="#E3EFE8" draw:auto-grow-height="false" draw:textarea-vertical-align="top" fo:min-height="1cm" fo:padding-top="0.2cm" fo:padding-left="0.4cm" fo:padding-right="0.4cm"/>
  </style:style>
  <style:style style:name="gr3" style:family="graphic" style:parent-style-name="standard">
   <style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="{GREEN}"/>
  </style:style>
  <style:style style:name="gr4" style:family="graphic" style:parent-style-name="standard">
   <style:graphic-properties draw:stroke="none" draw:fill="none" draw:auto-grow-height="false" draw:textarea-vertical-align="middle" fo:min-height="0.6cm"/>
  </style:style>
  <style:style style:name="P1" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.2cm"/>
   <style:text-properties fo:font-size="19pt" fo:font-weight="bold" fo:color="{GREEN}"/>
  </style:style>
  <style:style style:name="P2" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.15cm"/>
   <style:text-properties fo:font-size="15pt"/>
  </style:style>
  <style:style style:name="P3" style:family="paragraph">
   <style:text-properties fo:font-size="14pt" fo:font-style="italic" fo:color="#555555"/>
  </style:style>
  <style:style style:name="P4" style:family="paragraph">
   <style:text-properties fo:font-size="10pt" fo:color="#555555"/>
  </style:style>
  <style:style style:name="P5" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties fo:font-size="10pt" fo:color="#555555"/>
  </style:style>
  <style:style style:name="P6" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.1cm"/>
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:color="{GREEN}"/>
  </style:style>
  <style:style style:name="P7" style:family="paragraph">
   <style:text-properties fo:font-size="34pt" fo:font-weight="bold" fo:color="{GREEN}"/>
  </style:style>
  <style:style style:name="P8" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.2cm"/>
   <style:text-properties fo:font-size="18pt" fo:color="#333333"/>
  </style:style>
  <style:style style:name="P9" style:family="paragraph">
   <style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#FFFFFF"/>
  </style:style>
  <text:list-style style:name="L1">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:space-before="0cm" text:min-label-width="0.6cm"/>
    <style:text-properties fo:font-family="Liberation Sans" fo:color="{GREEN}"/>
   </text:list-level-style-bullet>
  </text:list-style>
 </office:automatic-styles>
"""

MASTER = f"""
 <office:master-styles>
  <style:master-page style:name="Salvmark" style:display-name="Sälvmark" style:page-layout-name="PM1" draw:style-name="dp1">
   <draw:rect draw:style-name="gr3" draw:layer="backgroundobjects" svg:x="0cm" svg:y="0cm" svg:width="28cm" svg:height="0.35cm"/>
   <draw:rect draw:style-name="gr3" draw:layer="backgroundobjects" svg:x="1.2cm" svg:y="14.55cm" svg:width="25.6cm" svg:height="0.03cm"/>
   <draw:frame presentation:style-name="pr2" draw:text-style-name="P4" draw:layer="backgroundobjects" svg:x="1.2cm" svg:y="14.65cm" svg:width="20cm" svg:height="0.8cm" presentation:class="footer">
    <draw:text-box><text:p text:style-name="P4"><presentation:footer/></text:p></draw:text-box>
   </draw:frame>
   <draw:frame presentation:style-name="pr2" draw:text-style-name="P5" draw:layer="backgroundobjects" svg:x="22.8cm" svg:y="14.65cm" svg:width="4cm" svg:height="0.8cm" presentation:class="page-number">
    <draw:text-box><text:p text:style-name="P5"><text:page-number>&lt;number&gt;</text:page-number></text:p></draw:text-box>
   </draw:frame>
  </style:master-page>
 </office:master-styles>
"""


def frame(x, y, w, h, inner, style="gr1"):
    return (f'<draw:frame draw:style-name="{style}" draw:layer="layout" svg:x="{x}cm" svg:y="{y}cm" '
            f'svg:width="{w}cm" svg:height="{h}cm"><draw:text-box>{inner}</draw:text-box></draw:frame>')


def para(text, style):
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def bullets(items):
    return ('<text:list text:style-name="L1">' +
            "".join(f'<text:list-item>{para(t, "P2")}</text:list-item>' for t in items) + '</text:list>')


def title_frame(text):
    return ('<draw:frame presentation:style-name="pr1" draw:layer="layout" svg:x="1.2cm" svg:y="0.7cm" '
            'svg:width="25.6cm" svg:height="1.6cm" presentation:class="title" presentation:user-transformed="true">'
            f'<draw:text-box><text:p text:style-name="PT">{escape(text)}</text:p></draw:text-box></draw:frame>')


def page(n, shapes):
    return (f'<draw:page draw:name="page{n}" draw:style-name="dp1" draw:master-page-name="Salvmark" '
            f'presentation:use-footer-name="ftr1" presentation:presentation-page-layout-name="AL1T0">'
            + "".join(shapes) + '</draw:page>')


def build_fodp():
    pages = []
    # 1 title slide
    pages.append(page(1, [
        '<draw:rect draw:style-name="gr3" draw:layer="layout" svg:x="1.2cm" svg:y="1.3cm" svg:width="6.2cm" svg:height="1.2cm"/>',
        frame(1.2, 1.4, 6.2, 1.0, para("REGION SÄLVMARK", "P9"), style="gr4"),
        frame(1.2, 3.6, 25.6, 4.2, para(TITLE, "P7")),
        frame(1.2, 8.2, 25.6, 1.2, para("Om samverkan mellan regionen och länets idéburna organisationer", "P8")),
        frame(1.2, 10.4, 25.6, 2.4, para(DECIDED, "P6") + para("Dnr RS 2024/0731", "P4")),
    ]))
    # 2 om överenskommelsen
    pages.append(page(2, [
        title_frame("Om överenskommelsen"),
        frame(1.2, 2.9, 12.2, 10.8, para(INTRO_LEFT[0], "P1") + bullets([t for t, _ in INTRO_LEFT[1]])),
        frame(14.6, 2.9, 12.2, 10.8, para(INTRO_RIGHT[0], "P1") + bullets([t for t, _ in INTRO_RIGHT[1]])),
    ]))
    # principle slides
    for i, (title, _slug, lead, reg, civ, tog) in enumerate(SLIDES, 3):
        pages.append(page(i, [
            title_frame(title),
            frame(1.2, 2.3, 25.6, 0.9, para(lead, "P3")),
            frame(1.2, 3.4, 12.2, 7.0, para("Regionen åtar sig", "P1") + bullets(reg)),
            frame(14.6, 3.4, 12.2, 7.0, para("Civilsamhället åtar sig", "P1") + bullets(civ)),
            frame(1.2, 10.7, 25.6, 3.4, para("Tillsammans", "P6") + bullets(tog), style="gr2"),
        ]))
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
           'office:mimetype="application/vnd.oasis.opendocument.presentation">\n'
           f' <office:meta><dc:title>{escape(TITLE)}</dc:title><meta:initial-creator>Region Sälvmark, '
           'Regional utveckling</meta:initial-creator><dc:language>sv-SE</dc:language></office:meta>\n'
           + STYLES + AUTO + MASTER +
           ' <office:body><office:presentation>\n'
           f'  <presentation:footer-decl presentation:name="ftr1">{escape(FOOTER)}</presentation:footer-decl>\n'
           + "\n".join(pages) +
           '\n  <presentation:settings presentation:mouse-visible="false"/>\n'
           ' </office:presentation></office:body>\n</office:document>\n')
    with open(FODP, "w", encoding="utf-8") as f:
        f.write(doc)


def convert():
    prof = tempfile.mkdtemp(prefix="lo_salvmark_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, FODP],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


# ---------------------------------------------------------------- expected
def commitments():
    out = [{"text": t, "principle": None, "party": p} for t, p in INTRO_RIGHT[1] if p]
    for title, slug, _lead, reg, civ, tog in SLIDES:
        out += [{"text": t, "principle": slug, "party": PUB} for t in reg]
        out += [{"text": t, "principle": slug, "party": CS} for t in civ]
        out += [{"text": t, "principle": slug, "party": JT} for t in tog]
    return out


def all_texts():
    yield from (t for t, _ in INTRO_LEFT[1])
    yield from (t for t, _ in INTRO_RIGHT[1])
    for s in SLIDES:
        yield s[2]
        yield from s[3]
        yield from s[4]
        yield from s[5]


def find(prefix):
    for s in all_texts():
        if s.startswith(prefix):
            return s
    raise KeyError(prefix)


def questions():
    qs = [
        ("Vad åtar sig regionen när det gäller dialog med föreningarna?", "sv",
         [find("Bjuda in till dialog"), find("Återkoppla hur"), find("Ersätta resekostnader")],
         ["innan beslut", "Återkoppla", "resekostnader"]),
        ("When was the Region Sälvmark agreement with the non-profit sector decided, and by which body?", "en",
         [DECIDED], ["regionfullmäktige", "12 juni 2025"]),
        ("kan vi fa flerariga bidrag fran regionen", "sv",
         [find("Bevilja fleråriga"), find("Fatta beslut om bidrag")],
         ["fleråriga verksamhetsbidrag", "senast i november"]),
        ("Måste vi lämna revisionsberättelse till regionen?", "sv",
         [find("Lämna verksamhetsberättelse")], ["revisionsberättelse", "på begäran"]),
        ("vad ska regionen och civilsamhallet gora tillsammans for mangfald", "sv",
         [find("Verka för att fler unga")], ["fler unga", "samverkansrådet"]),
        ("How often is the agreement followed up, and who receives the results?", "en",
         [find("Parterna följer gemensamt upp"), find("Resultatet redovisas")],
         ["vartannat år", "regionstyrelsen"]),
        ("Vad förväntas av de idéburna organisationerna inom kvalitet?", "sv",
         [find("Följa upp verksamheten"), find("Ta tillvara deltagarnas")],
         ["redovisa resultat", "deltagarnas synpunkter"]),
        ("hur lange galler overenskommelsen", "sv",
         [find("Giltighetstid")], ["1 juli 2025", "31 december 2028"]),
        ("Hur mycket pengar avsätter Region Sälvmark till IOP varje år?", "sv", [], []),
        ("Which municipalities in the county have signed the Sälvmark agreement?", "en", [], []),
    ]
    return [{"id": f"{LAYOUT}-q{i}", "question": q, "language": lg, "answerable": bool(g),
             "gold": g, "must_mention": mm} for i, (q, lg, g, mm) in enumerate(qs, 1)]


def write_expected():
    exp = {
        "file": BASE + ".pdf",
        "layout": LAYOUT,
        "description": ("Landscape 16:9 slide deck (LibreOffice Impress flat XML .fodp exported to PDF): title "
                        "slide with 'Beslutad i regionfullmäktige 12 juni 2025' and Dnr; 'Om överenskommelsen' "
                        "slide with two bullet columns 'Bakgrund' / 'Så följer vi upp' where only one item is a "
                        "commitment (joint, principle null); one slide per principle (six) with the principle "
                        "name as slide title, an italic lead line that is not a commitment, two side-by-side "
                        "text frames headed 'Regionen åtar sig' and 'Civilsamhället åtar sig' with short "
                        "infinitive bullets without party words or 'att', and a shaded 'Tillsammans' box with "
                        "joint bullets; master-page footer 'Överenskommelse Region Sälvmark – idéburen sektor "
                        "2025–2028' and slide number on every slide."),
        "metadata": {
            "doc_id": "salvmark",
            "title": TITLE,
            "place": "Sälvmark",
            "organisation": "Region Sälvmark",
            "kind": "överenskommelse",
            "date": "2025-06-12",
            "body": "regionfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def self_check():
    txt = subprocess.run(["pdftotext", PDF, "-"], capture_output=True, text=True, check=True).stdout
    norm = " ".join(txt.split()).lower()
    with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as f:
        exp = json.load(f)
    missing = [c["text"] for c in exp["commitments"] if " ".join(c["text"].split()).lower() not in norm]
    for q in exp["questions"]:
        missing += [g for q in [q] for g in q["gold"] if " ".join(g.split()).lower() not in norm]
    info = subprocess.run(["pdfinfo", PDF], capture_output=True, text=True).stdout
    npages = [l for l in info.splitlines() if l.startswith("Pages")]
    counts = {}
    for c in exp["commitments"]:
        counts[c["party"]] = counts.get(c["party"], 0) + 1
    print(BASE, npages, "commitments:", len(exp["commitments"]), counts, "missing:", len(missing))
    for m in missing:
        print("  MISSING:", m)


if __name__ == "__main__":
    build_fodp()
    convert()
    write_expected()
    self_check()
