#!/usr/bin/env python3
"""Generate norrvik_overenskommelse.docx and expected.json.

Layout: a DOCX structured only with Word heading styles (Heading 1/2/3);
principles are Heading 2 under the Heading 1 "Principer", commitments are real
Word lists (List Bullet and List Number, numbering restarted per list) after
lead-ins such as "Regionen åtar sig att:". A region, not a kommun.

Run with any python3 that has python-docx:  python3 make.py
"""
import copy
import json
import os
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "region_norrvik_overenskommelse.docx"

TITLE = "Överenskommelse om samverkan mellan Region Norrvik och civilsamhället i Norrviks län"
DECISION = "Beslutad av regionfullmäktige den 14 juni 2022, § 87."

LEAD = {
    "public": "Regionen åtar sig att:",
    "civil_society": "Civilsamhället åtar sig att:",
    "joint": "Parterna åtar sig gemensamt att:",
}

# principle heading, id, intro paragraph, list style, {party: [items]}
PRINCIPLES = [
    ("Självständighet och oberoende", "sjalvstandighet_och_oberoende",
     "Civilsamhällets organisationer har en självständig roll som röstbärare, opinionsbildare och "
     "utförare. Självständigheten är en förutsättning för att organisationerna ska kunna företräda "
     "sina medlemmar och målgrupper.",
     "List Bullet",
     {"public": ["respektera civilsamhällets organisationers rätt att självständigt bestämma över sina mål, sin organisation och sina arbetsmetoder",
                 "inte använda bidrag eller avtal som medel för att styra organisationernas opinionsbildning"],
      "civil_society": ["tydligt skilja mellan rollen som röstbärare och rollen som utförare av verksamhet på uppdrag av regionen"]}),
    ("Dialog", "dialog",
     "En öppen och kontinuerlig dialog bygger förtroende och gör det möjligt att ta tillvara "
     "civilsamhällets kunskap och erfarenheter i den regionala utvecklingen.",
     "List Bullet",
     {"public": ["involvera civilsamhället tidigt i arbetet med regionala strategier, till exempel den regionala utvecklingsstrategin",
                 "genomföra minst två regionala dialogforum per år",
                 "återkoppla skriftligt hur synpunkter från dialogen har påverkat beslut"],
      "civil_society": ["samordna sina synpunkter i den mån det är möjligt och förankra dem i de egna nätverken"],
      "joint": ["ta fram en årlig dialogplan"]}),
    ("Kvalitet", "kvalitet",
     "Kvalitet handlar om att verksamheten utgår från de människor den är till för. "
     "Civilsamhällets kvalitet uttrycks ofta på andra sätt än inom offentlig verksamhet.",
     "List Bullet",
     {"public": ["i samråd med civilsamhället utveckla enkla former för ansökan och redovisning av bidrag",
                 "erbjuda kompetensutveckling om hälso- och sjukvårdens och kollektivtrafikens organisation"],
      "civil_society": ["följa upp och redovisa resultatet av verksamhet som finansieras av regionen",
                        "ha rutiner för att förebygga och hantera missförhållanden i verksamheten"]}),
    ("Långsiktighet", "langsiktighet",
     "Långsiktiga förutsättningar ger organisationerna möjlighet att planera, rekrytera och "
     "utveckla sin verksamhet.",
     "List Number",
     {"public": ["erbjuda treåriga verksamhetsbidrag till organisationer med regional verksamhet",
                 "pröva idéburet offentligt partnerskap (IOP) som samverkansform där det är lämpligt"],
      "civil_society": ["informera regionen i god tid om förändringar som påverkar verksamhet som regionen finansierar"],
      "joint": ["verka för att samverkan inte är beroende av enskilda personer"]}),
    ("Öppenhet och insyn", "oppenhet_och_insyn",
     "Öppenhet och insyn skapar förtroende mellan parterna och gentemot länets invånare.",
     "List Number",
     {"public": ["publicera beslut om bidrag och partnerskap på regionens webbplats",
                 "ge civilsamhället insyn i budgetprocessen i de delar som berör sektorn"],
      "civil_society": ["lämna verksamhetsberättelse och ekonomisk redovisning till regionen när bidrag har beviljats"],
      "joint": ["dela information som är av betydelse för samverkan"]}),
    ("Mångfald", "mangfald",
     "Civilsamhället i Norrviks län består av allt från stora riksorganisationer till små lokala "
     "föreningar och informella nätverk. Mångfalden är en styrka.",
     "List Bullet",
     {"public": ["ge stöd till såväl stora som små organisationer, inklusive nya och tillfälliga nätverk"],
      "civil_society": ["verka för att organisationerna är tillgängliga för personer med funktionsnedsättning",
                        "aktivt motverka diskriminering inom den egna verksamheten"]}),
    ("Jämlik hälsa", "jamlik_halsa",
     "Utöver de sex nationella principerna har parterna i Norrviks län valt att lägga till en "
     "princip om jämlik hälsa, eftersom hälsan i länet skiljer sig mellan olika grupper och "
     "geografiska områden.",
     "List Bullet",
     {"public": ["ta tillvara civilsamhällets kunskap om grupper med sämre hälsa i planeringen av hälso- och sjukvården"],
      "civil_society": ["bidra med erfarenheter från mötet med människor som har svårt att nå vården"]}),
]

COORD = ("Regionen ansvarar för att samordna arbetet med överenskommelsen genom en utsedd samordnare "
         "på regionledningsförvaltningen.")
VALID = "Överenskommelsen gäller från den 1 juli 2022 till och med den 30 juni 2026."


def add_field(run, instr):
    for kind in ("begin", "instr", "separate", "text", "end"):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = "1"
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


class Numbering:
    """Create a fresh w:num per numbered list so each list restarts at 1."""

    def __init__(self, doc):
        self.doc = doc
        style = doc.styles["List Number"]
        self.style_num = int(style.element.pPr.numPr.numId.val)
        self.numbering = doc.part.numbering_part.element
        num = [n for n in self.numbering.findall(qn("w:num")) if int(n.get(qn("w:numId"))) == self.style_num][0]
        self.abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))

    def new_list(self):
        ids = [int(n.get(qn("w:numId"))) for n in self.numbering.findall(qn("w:num"))]
        new_id = max(ids) + 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(new_id))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), self.abstract)
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        self.numbering.append(num)
        return new_id

    @staticmethod
    def apply(paragraph, num_id):
        pPr = paragraph._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        nid = OxmlElement("w:numId")
        nid.set(qn("w:val"), str(num_id))
        numPr.append(ilvl)
        numPr.append(nid)
        pPr.insert(0, numPr) if pPr.find(qn("w:pStyle")) is None else pPr.find(qn("w:pStyle")).addnext(numPr)


def build():
    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(11)
    for name, size in (("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5)):
        doc.styles[name].font.color.rgb = RGBColor(0x00, 0x3A, 0x70)
        doc.styles[name].font.size = Pt(size)
    numbering = Numbering(doc)

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Region Norrvik")
    r.bold = True
    hp.add_run("\tÖverenskommelse med civilsamhället\nDnr RS 2021-00873").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ")
    add_field(fp.add_run(), "PAGE")
    fp.add_run(" av ")
    add_field(fp.add_run(), "NUMPAGES")

    doc.add_paragraph(TITLE, style="Title")
    p = doc.add_paragraph("Dokumenttyp: Överenskommelse  •  Fastställd av: Regionfullmäktige  •  "
                          "Diarienummer: RS 2021-00873  •  Giltig till: 2026-06-30")
    p.runs[0].font.size = Pt(9)
    p.runs[0].italic = True

    doc.add_heading("Inledning", level=1)
    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Civilsamhället är en viktig kraft i Norrviks län. Här finns omkring 4 000 föreningar, "
        "stiftelser och andra idéburna organisationer inom bland annat folkhälsa, kultur, "
        "idrott, socialt arbete och landsbygdsutveckling. Många av dem samverkar redan i dag "
        "med Region Norrvik, till exempel inom patientföreningarnas arbete, folkbildningen och "
        "det regionala kulturlivet.")
    doc.add_paragraph(
        "Arbetet med en regional överenskommelse inleddes 2020 på initiativ av länets "
        "civilsamhällesnätverk. Förslaget har tagits fram av en gemensam arbetsgrupp och har "
        "varit ute på remiss hos organisationerna och regionens nämnder under hösten 2021.")
    doc.add_heading("Syfte och mål", level=2)
    doc.add_paragraph(
        "Syftet med överenskommelsen är att skapa goda förutsättningar för samverkan mellan "
        "Region Norrvik och civilsamhället, så att länets invånare får del av både parternas "
        "resurser och kunskaper. Målet är en hållbar och jämlik utveckling i hela länet.")
    doc.add_heading("Parter", level=2)
    doc.add_paragraph(
        "Parter är Region Norrvik och de idéburna organisationer i länet som ansluter sig till "
        "överenskommelsen. Anslutningen sker genom att organisationen anmäler sig till "
        "regionens kansli för civilsamhällesfrågor.")

    doc.add_heading("Principer", level=1)
    doc.add_paragraph(
        "Överenskommelsen utgår från de sex principer som ingår i den nationella "
        "överenskommelsen samt en regional princip om jämlik hälsa. Under varje princip "
        "beskrivs parternas åtaganden.")
    for label, _pid, intro, list_style, parties in PRINCIPLES:
        doc.add_heading(label, level=2)
        doc.add_paragraph(intro)
        if label == "Långsiktighet":
            doc.add_heading("Åtaganden", level=3)
        for party in ("public", "civil_society", "joint"):
            items = parties.get(party)
            if not items:
                continue
            lead = doc.add_paragraph(LEAD[party])
            lead.paragraph_format.space_after = Pt(2)
            lead.paragraph_format.keep_with_next = True
            num_id = numbering.new_list() if list_style == "List Number" else None
            for item in items:
                li = doc.add_paragraph(item, style=list_style)
                if num_id:
                    Numbering.apply(li, num_id)

    doc.add_heading("Genomförande", level=1)
    doc.add_heading("Samverkansorganisation", level=2)
    doc.add_paragraph(
        "Samverkan sker i ett regionalt samverkansråd där regionens politiska ledning och "
        "företrädare för civilsamhällets organisationer ingår. Rådet bereder frågor om "
        "överenskommelsens genomförande och följer arbetet med den årliga dialogplanen.")
    doc.add_paragraph(COORD)
    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph(
        "Överenskommelsen följs upp årligen genom en enkät till de anslutna organisationerna "
        "och till regionens förvaltningar. Resultatet presenteras vid höstens dialogforum.")
    doc.add_heading("Giltighetstid och revidering", level=2)
    doc.add_paragraph(VALID + " Överenskommelsen revideras inför varje ny period.")
    doc.add_paragraph(DECISION)

    doc.add_heading("Dokumenthistorik", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for c, txt in zip(t.rows[0].cells, ("Version", "Datum", "Kommentar")):
        c.text = txt
    for row in (("1.0", "2022-06-14", "Beslutad av regionfullmäktige"),
                ("1.1", "2023-02-01", "Redaktionella ändringar, nya kontaktuppgifter")):
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt

    doc.add_heading("Kontakt", level=2)
    doc.add_paragraph("Regionledningsförvaltningen, kansliet för civilsamhällesfrågor\n"
                      "Region Norrvik, Box 450, 871 20 Norrvik\n"
                      "civilsamhalle@regionnorrvik.se")
    doc.save(os.path.join(HERE, FILE))
    return doc


def doc_text(doc):
    parts = [p.text for p in doc.paragraphs]
    return re.sub(r"\s+", " ", "\n".join(parts))


def main():
    doc = build()
    text = doc_text(doc)
    commitments = []
    for _l, pid, _i, _s, parties in PRINCIPLES:
        for party in ("public", "civil_society", "joint"):
            for item in parties.get(party, []):
                commitments.append({"text": item, "principle": pid, "party": party})
    commitments.append({"text": COORD, "principle": None, "party": "public"})
    P = {p[1]: p[4] for p in PRINCIPLES}
    joint = [c["text"] for c in commitments if c["party"] == "joint"]
    q = [
        ("Vilka åtaganden har Region Norrvik under principen om öppenhet och insyn?", True,
         P["oppenhet_och_insyn"]["public"], ["webbplats", "budgetprocessen"]),
        ("vad lovar region norrvik om flerariga bidrag till foreningar", True,
         [P["langsiktighet"]["public"][0]], ["treåriga verksamhetsbidrag"]),
        ("Hur många dialogforum ska Region Norrvik ordna per år?", True,
         [P["dialog"]["public"][1]], ["minst två"]),
        ("What do civil society organisations commit to under the principle of quality in the Region Norrvik agreement?", True,
         P["kvalitet"]["civil_society"], ["redovisa resultatet", "missförhållanden"]),
        ("När beslutades överenskommelsen mellan Region Norrvik och civilsamhället, och av vilket organ?", True,
         [DECISION], ["regionfullmäktige", "14 juni 2022"]),
        ("Kan Region Norrvik använda idéburet offentligt partnerskap?", True,
         [P["langsiktighet"]["public"][1]], ["IOP"]),
        ("Vad ska parterna göra gemensamt enligt överenskommelsen i Norrviks län?", True,
         joint, ["dialogplan", "enskilda personer"]),
        ("Vem samordnar arbetet med överenskommelsen i Region Norrvik?", True,
         [COORD], ["samordnare", "regionledningsförvaltningen"]),
        ("Får föreningar låna Region Norrviks lokaler gratis?", False, [], []),
        ("What is the total annual budget for grants to civil society in Region Norrvik?", False, [], []),
    ]
    for c in commitments:
        assert c["text"] in text, c["text"]
    questions = []
    for i, (question, ans, gold, must) in enumerate(q, 1):
        for g in gold:
            assert g in text, g
        for m in must:
            assert any(m in g for g in gold), m
        lang = "en" if re.match(r"(What|Does|When|Who|How|Is|Can)\b", question) else "sv"
        questions.append({"id": f"docx_headings-q{i}", "question": question, "language": lang,
                          "answerable": ans, "gold": list(gold), "must_mention": must})
    out = {
        "file": FILE,
        "layout": "docx_headings",
        "description": "DOCX structured only by Heading 1/2/3 styles; principles as Heading 2 under 'Principer', "
                       "commitments as List Bullet / List Number paragraphs (numbering restarted per list) after "
                       "party lead-ins; region as public party; an extra regional principle 'Jämlik hälsa'",
        "metadata": {
            "doc_id": "norrvik",
            "title": TITLE,
            "place": "Norrvik",
            "organisation": "Region Norrvik",
            "kind": "överenskommelse",
            "date": "2022-06-14",
            "body": "regionfullmäktige",
        },
        "commitments": commitments,
        "questions": questions,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{FILE}: {len(commitments)} commitments, {len(questions)} questions")


if __name__ == "__main__":
    main()
