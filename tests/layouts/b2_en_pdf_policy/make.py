#!/usr/bin/env python3
"""Generate tjarnsunda_local_agreement_non_profit_sector_EN.docx (python-docx),
convert it to PDF with LibreOffice and write expected.json.

Run from this folder:  python3 make.py   (needs python-docx, e.g. /work/main/.venv/bin/python,
and `soffice` on PATH)

Fictional English version of a Swedish municipal local agreement with the
non-profit sector (Tjärnsunda kommun).
"""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "tjarnsunda_local_agreement_non_profit_sector_EN"
DOCX = os.path.join(HERE, BASE + ".docx")
PDF = os.path.join(HERE, BASE + ".pdf")
LAYOUT = "b2_en_pdf_policy"

COMMITMENTS = []   # (text, principle, party) in document order


def c(text, principle, party):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


# ---------------------------------------------------------------- helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(6)
st.paragraph_format.line_spacing = 1.15
for name, size in (("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11), ("Title", 24)):
    s = doc.styles[name]
    s.font.name = "Liberation Sans"
    s.font.size = Pt(size)
    s.font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)
    rpr = s.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), "Liberation Sans")
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.5)
sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
sec.header_distance = sec.footer_distance = Cm(1.1)
sec.different_first_page_header_footer = True


def field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def bottom_border(par, top=False):
    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top" if top else "w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "6"); b.set(qn("w:space"), "4")
    b.set(qn("w:color"), "1F4E3D")
    bdr.append(b)
    ppr.append(bdr)


# running header and footer (not on the cover page)
hp = sec.header.paragraphs[0]
hp.text = ""
hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), alignment=2)
r = hp.add_run("Tjärnsunda Municipality – Local agreement with the non-profit sector 2023–2027")
r.font.size = Pt(8.5)
hp.add_run("\tEnglish version").font.size = Pt(8.5)
bottom_border(hp)
fp = sec.footer.paragraphs[0]
fp.text = ""
bottom_border(fp, top=True)
fp.paragraph_format.tab_stops.add_tab_stop(Cm(16), alignment=2)
fr = fp.add_run("Ref. no. KS 2023/0188\tPage ")
fr.font.size = Pt(8.5)
r = fp.add_run(); r.font.size = Pt(8.5); field(r, " PAGE ")
fp.add_run(" of ").font.size = Pt(8.5)
r = fp.add_run(); r.font.size = Pt(8.5); field(r, " NUMPAGES ")
fp.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT


def P(text="", bold=False, italic=False, size=None, align=None, after=None, style=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def H(text, level=1):
    return doc.add_heading(text, level=level)


def bullets(items):
    for t in items:
        doc.add_paragraph(t, style="List Bullet")


# numbered lists that restart at 1
_numbering = doc.part.numbering_part.element


def _list_number_numid():
    numpr = doc.styles["List Number"].element.pPr.numPr
    return int(numpr.numId.val)


def new_numbering():
    base = _list_number_numid()
    abstract = None
    for n in _numbering.findall(qn("w:num")):
        if int(n.get(qn("w:numId"))) == base:
            abstract = n.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in _numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num"); num.set(qn("w:numId"), str(new_id))
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), abstract); num.append(a)
    ov = OxmlElement("w:lvlOverride"); ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); ov.append(so)
    num.append(ov)
    _numbering.append(num)
    return new_id


def numbered(items):
    nid = new_numbering()
    for t in items:
        p = doc.add_paragraph(t, style="List Number")
        ppr = p._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(nid))
        numpr.append(il); numpr.append(ni)
        ppr.append(numpr)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def table(rows, widths, header=True, style="Table Grid", size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.width = widths[j]
            cell.text = ""
            p = cell.paragraphs[0]
            run = p.add_run(val)
            run.font.size = Pt(size)
            p.paragraph_format.space_after = Pt(2)
            if header and i == 0:
                run.bold = True
                shade(cell, "DCE9E3")
    P(after=2)
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- cover
P("Tjärnsunda Municipality", bold=True, size=13, after=2)
P("Municipal Executive Office · Unit for Democracy and Civil Society", size=9.5, after=80)
P("Local Agreement between Tjärnsunda Municipality and the Non-Profit Sector 2023–2027",
  style="Title", after=12)
P("English version of ”Överenskommelse mellan Tjärnsunda kommun och idéburen sektor 2023–2027”",
  italic=True, size=11, after=40)
table([
    ["Document type", "Local agreement (överenskommelse)"],
    ["Decision", "Approved by the Municipal Council on 5 June 2023 (§ 74)."],
    ["Ref. no.", "KS 2023/0188"],
    ["Period of validity", "1 July 2023 – 31 December 2027"],
    ["Document owner", "Head of the Unit for Democracy and Civil Society"],
    ["Applies to", "All committees and administrations of Tjärnsunda Municipality and the associations "
                   "that have acceded to the agreement"],
], [Cm(4.5), Cm(11.5)], header=False)
P(after=30)
P("Translation note: This is a translation of the Swedish original. In the event of any discrepancy "
  "between the versions, the Swedish version shall prevail. Names of bodies are given in English with "
  "the Swedish name in brackets the first time they appear.", italic=True, size=8.5)
page_break()

# ---------------------------------------------------------------- contents (typed)
P("Contents", bold=True, size=14, after=10)
for line in ["Foreword\t3", "1. Background\t3", "2. Purpose and scope\t3", "3. Definitions\t3",
             "4. Principles for cooperation\t4",
             "    4.1 Independence\t4", "    4.2 Dialogue\t4", "    4.3 Quality\t4",
             "    4.4 Long-term approach\t4", "    4.5 Openness and transparency\t5",
             "    4.6 Diversity\t5", "    4.7 Gender equality\t5",
             "5. Implementation and follow-up\t5", "6. Action plan 2023–2024\t6",
             "7. Signatures\t6", "Appendix 1. Declaration of accession\t7"]:
    p = P(line, after=1)
    pf = p.paragraph_format
    pf.tab_stops.add_tab_stop(Cm(16), alignment=2, leader=1)  # right, dots
page_break()

# ---------------------------------------------------------------- foreword
H("Foreword", 1)
P("Tjärnsunda is a municipality with a rich associational life. More than 180 associations work in "
  "sport, culture, social support, faith communities, outdoor life and the local heritage of our villages. "
  "Every week thousands of residents take part in activities that no public body could ever provide on its "
  "own.")
P("With this agreement we want to make the cooperation between the Municipality and the non-profit sector "
  "clearer and more predictable. The agreement is the result of a dialogue that started in the spring of "
  "2021 and involved three open meetings, a survey to all registered associations and a working group with "
  "members from both sides.")
P("Karin Holmqvist (S), Chair of the Municipal Executive Board (kommunstyrelsen)", italic=True, after=0)
P("Mehmet Aydın, Chair of the Tjärnsunda Association Council (Föreningsrådet i Tjärnsunda)", italic=True)

# ---------------------------------------------------------------- 1 background
H("1. Background", 1)
P("In 2008 the Government, the non-profit organisations in the social field and the Swedish Association "
  "of Local Authorities and Regions (SKR) signed a national agreement. Since then, many municipalities and "
  "regions have concluded local agreements with their non-profit sectors. Tjärnsunda Municipality adopted "
  "guidelines for grants to associations in 2016, but has until now lacked a joint document on how the "
  "cooperation should work.")
P("During the pandemic years 2020–2021, associations in Tjärnsunda organised food deliveries, telephone "
  "contact with older residents and outdoor activities for children. The experience showed that the "
  "cooperation works best when roles are clear and contact paths are short.")
P("The agreement builds on the six principles of the national agreement. Tjärnsunda has added a seventh "
  "principle, gender equality, following the Municipal Council's decision to sign the European Charter "
  "for Equality of Women and Men in Local Life.")

# ---------------------------------------------------------------- 2 purpose
H("2. Purpose and scope", 1)
P("The purpose of the agreement is to strengthen the non-profit sector as an independent voice and as a "
  "provider of activities, to develop the forms of cooperation and to make it easier for residents to "
  "engage in associations.")
P("The agreement does not regulate grants or the letting of premises. These matters are governed by the "
  "Rules for grants to associations adopted by the Culture and Leisure Committee (kultur- och "
  "fritidsnämnden) and by each committee's own decisions. Procurement and idea-based public partnerships "
  "(IOP) are also outside the scope of this agreement.")

# ---------------------------------------------------------------- 3 definitions
H("3. Definitions", 1)
p = P(after=2); p.add_run("Non-profit sector (idéburen sektor). ").bold = True
p.add_run("Organisations that work for the public good or for the interests of their members, are independent of the "
          "public sector and do not distribute any profit to owners or members. Examples include non-profit "
          "associations, foundations, faith communities and social enterprises run without a profit motive.")
p = P(after=2); p.add_run("Association. ").bold = True
p.add_run("In this agreement, “association” and “organisation” are used for all forms of non-profit "
          "organisations in Tjärnsunda.")
p = P(); p.add_run("Dialogue forum. ").bold = True
p.add_run("A meeting open to all associations that have acceded to the agreement, where representatives of "
          "the Municipality and the non-profit sector discuss common issues.")

# ---------------------------------------------------------------- 4 principles
H("4. Principles for cooperation", 1)
P("The principles below describe how the parties are to act towards each other. Under each principle the "
  "commitments of the Municipality, of the associations and of both parties together are set out.")

H("4.1 Independence", 2)
P("The associations have the right to pursue their own ideas and to act as critical voices in society, "
  "whether or not they receive support from the Municipality. Their independence is a precondition for a "
  "living local democracy.")
P(c("The Municipality shall respect the right of associations to criticise, scrutinise and influence "
    "municipal decisions, also when they receive municipal grants or carry out commissions for the "
    "Municipality.", "sjalvstandighet_och_oberoende", "public"))
P(c("The Municipality shall not make grants conditional on the internal organisation, statutes or choice "
    "of representatives of an association.", "sjalvstandighet_och_oberoende", "public"))
P(c("Associations are expected to keep a clear distinction between their own advocacy and the activities "
    "they carry out with municipal funding.", "sjalvstandighet_och_oberoende", "civil_society"))

H("4.2 Dialogue", 2)
P("Dialogue means that the parties meet on equal terms, listen to each other and share knowledge. Dialogue "
  "does not replace the formal decision-making of the Municipality, but it improves the basis for decisions.")
P("The municipality commits to:", after=2)
bullets([
    c("invite the non-profit sector to dialogue at an early stage, before decisions that affect the sector "
      "are prepared", "dialog", "public"),
    c("appoint a contact person for civil society in each administration", "dialog", "public"),
    c("give feedback on how the views of the associations have been taken into account", "dialog", "public"),
])
P(c("Organisations are expected to take part in dialogue meetings with representatives who have a mandate "
    "from their organisation and to pass on information from the meetings to their members.",
    "dialog", "civil_society"))
P(c("Both parties will hold a joint dialogue forum at least twice a year, one of which is held in the autumn "
    "in connection with the follow-up of this agreement.", "dialog", "joint"))

H("4.3 Quality", 2)
P("Quality in the cooperation is about the activities being useful to the residents who take part in them "
  "and about resources being used efficiently. Associations and the Municipality often have different "
  "ways of describing quality, and both are valid.")
P(c("The Municipality shall provide simple and clear application procedures for grants and premises.",
    "kvalitet", "public"))
P(c("The Municipality shall offer training for association board members in finance, leadership and "
    "safeguarding.", "kvalitet", "public"))
P(c("Associations are expected to follow up their activities and to report results in line with the "
    "conditions of any grant they receive.", "kvalitet", "civil_society"))
P(c("Associations are expected to make use of the experience of participants and members when they "
    "develop their activities.", "kvalitet", "civil_society"))

H("4.4 Long-term approach", 2)
P("Associations need stable conditions to plan their work, recruit leaders and keep volunteers. Short "
  "project grants make it difficult to build up activities that last.")
P(c("The Municipality shall primarily use multi-year grants and agreements for activities of a long-term "
    "nature.", "langsiktighet", "public"))
P(c("The Municipality shall announce changes to grant rules no later than six months before they take "
    "effect.", "langsiktighet", "public"))
P("Together we will:", after=2)
numbered([
    c("plan jointly for how successful development projects can become part of regular activities",
      "langsiktighet", "joint"),
    c("agree in good time on how an activity is to be wound up or transferred when funding ends",
      "langsiktighet", "joint"),
    c("keep a joint overview of premises that associations can use in the long term",
      "langsiktighet", "joint"),
])

H("4.5 Openness and transparency", 2)
P("Openness creates trust. Residents, associations and elected representatives should be able to see how "
  "the cooperation works and how public money is used.")
P("The municipality commits to:", after=2)
bullets([
    c("publish information on grants, premises and forms of cooperation on the municipal website",
      "oppenhet_och_insyn", "public"),
    c("report openly each year how grants have been distributed between associations",
      "oppenhet_och_insyn", "public"),
])
P(c("Associations are expected to give the Municipality insight into how municipal funds are used and to "
    "submit annual accounts and an activity report when requested.", "oppenhet_och_insyn", "civil_society"))
P(c("Both parties will respect the confidentiality that applies to information about individuals.",
    "oppenhet_och_insyn", "joint"))

H("4.6 Diversity", 2)
P("Tjärnsunda's associational life includes large sports clubs with hundreds of members as well as small "
  "groups without employees. New residents have started several associations in recent years. Diversity "
  "in forms, sizes and target groups is a strength.")
P(c("The Municipality shall make it easier for new and small associations to access grants, premises and "
    "information.", "mangfald", "public"))
P(c("The Municipality shall provide information in easy-to-read Swedish and in the languages most commonly "
    "spoken in Tjärnsunda.", "mangfald", "public"))
P(c("Associations are expected to work for activities that are open and welcoming to everyone, regardless "
    "of gender, origin, religion, disability, sexual orientation or age.", "mangfald", "civil_society"))
P(c("Both parties will actively counteract discrimination in their own activities.", "mangfald", "joint"))

H("4.7 Gender equality", 2)
P("Girls and boys, women and men should have the same opportunities to take part in and lead associational "
  "life. Today boys receive a larger share of the activity grants for children and young people than girls.")
P(c("The Municipality shall report grant statistics broken down by gender wherever it is possible to do so.",
    "jamstalldhet", "public"))
P(c("Associations are expected to work for an equal gender balance on their boards and among their leaders.",
    "jamstalldhet", "civil_society"))
P(c("Both parties will include a gender equality perspective when planning joint activities.",
    "jamstalldhet", "joint"))

# ---------------------------------------------------------------- 5 implementation
H("5. Implementation and follow-up", 1)
P("The agreement is valid from 1 July 2023 until 31 December 2027. It applies to all committees and "
  "administrations of the Municipality and to the associations that have acceded to it.")
P("Together we will:", after=2)
numbered([
    c("set up a joint cooperation group with four representatives of the Municipality and four "
      "representatives of the non-profit sector", None, "joint"),
    c("follow up this agreement every year and report the results to the Municipal Executive Board",
      None, "joint"),
    c("revise the agreement before it expires, no later than 2027", None, "joint"),
])
P(c("The Municipal Executive Office shall coordinate the work and act as secretariat for the cooperation "
    "group.", None, "public"))
P("The follow-up is based on a questionnaire to the associations and a report from the municipal "
  "administrations. The results are presented at the autumn dialogue forum.")

# ---------------------------------------------------------------- 6 action plan
H("6. Action plan 2023–2024", 1)
P("The action plan is decided by the cooperation group and updated once a year. It is not part of the "
  "agreement approved by the Municipal Council.", italic=True)
table([
    ["Activity", "Responsible", "When"],
    ["Contact persons for civil society appointed in all administrations", "Heads of administration",
     "December 2023"],
    ["First joint dialogue forum", "Cooperation group", "October 2023"],
    ["Grant statistics by gender published on the website", "Culture and Leisure Administration",
     "March 2024"],
    ["Information on grants translated into Arabic, Somali and Finnish", "Communications Unit",
     "June 2024"],
    ["Training day for board members: finance and safeguarding", "Unit for Democracy and Civil Society",
     "Spring 2024"],
    ["First annual follow-up report to the Municipal Executive Board", "Cooperation group",
     "November 2024"],
], [Cm(8.0), Cm(5.0), Cm(3.0)])

# ---------------------------------------------------------------- 7 signatures
H("7. Signatures", 1)
P("This agreement has been signed in two copies, of which the parties have taken one each.")
table([
    ["For Tjärnsunda Municipality", "For the non-profit sector in Tjärnsunda"],
    ["Tjärnsunda, 12 June 2023\n\n\n………………………………………\nKarin Holmqvist (S)\nChair of the Municipal "
     "Executive Board",
     "Tjärnsunda, 12 June 2023\n\n\n………………………………………\nMehmet Aydın\nChair of the Tjärnsunda "
     "Association Council"],
], [Cm(8.0), Cm(8.0)], header=True)

page_break()
H("Appendix 1. Declaration of accession", 2)
P("Associations accede to the agreement by sending a signed declaration to the Municipal Executive Office, "
  "by post or by e-mail. Accession is voluntary and does not affect the right to apply for grants.")
table([
    ["Name of the association", ""],
    ["Registration number", ""],
    ["Contact person, e-mail and telephone", ""],
    ["The association accedes to the Local Agreement between Tjärnsunda Municipality and the Non-Profit "
     "Sector 2023–2027.\nDate and signature of the chair:", ""],
], [Cm(7.0), Cm(9.0)], header=False)

doc.save(DOCX)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, DOCX],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ---------------------------------------------------------------- expected.json
by = {}
for cm in COMMITMENTS:
    by.setdefault((cm["principle"], cm["party"]), []).append(cm["text"])

L = LAYOUT
questions = [
    {"id": f"{L}-q1",
     "question": "What does Tjärnsunda Municipality commit to under the principle of dialogue?",
     "language": "en", "answerable": True,
     "gold": by[("dialog", "public")],
     "must_mention": ["early stage", "contact person for civil society", "give feedback"]},
    {"id": f"{L}-q2",
     "question": "When was the Tjärnsunda agreement with the non-profit sector approved, and by which body?",
     "language": "en", "answerable": True,
     "gold": ["Approved by the Municipal Council on 5 June 2023 (§ 74)."],
     "must_mention": ["Municipal Council", "5 June 2023"]},
    {"id": f"{L}-q3",
     "question": "vad forvantas foreningarna gora nar det galler jamstalldhet i tjarnsunda",
     "language": "sv", "answerable": True,
     "gold": by[("jamstalldhet", "civil_society")],
     "must_mention": ["equal gender balance", "boards"]},
    {"id": f"{L}-q4",
     "question": "What is meant by the non-profit sector in the Tjärnsunda agreement?",
     "language": "en", "answerable": True,
     "gold": ["Organisations that work for the public good or for the interests of their members, are independent of the "
              "public sector and do not distribute any profit to owners or members.",
              "Examples include non-profit associations, foundations, faith communities and social "
              "enterprises run without a profit motive."],
     "must_mention": ["public good or for the interests of their members", "independent of the public sector",
                      "do not distribute any profit"]},
    {"id": f"{L}-q5",
     "question": "How do the Municipality's commitments on openness and transparency differ from what is "
                 "expected of the associations?",
     "language": "en", "answerable": True,
     "gold": by[("oppenhet_och_insyn", "public")] + by[("oppenhet_och_insyn", "civil_society")],
     "must_mention": ["municipal website", "how grants have been distributed",
                      "insight into how municipal funds are used", "annual accounts"]},
    {"id": f"{L}-q6",
     "question": "can our association criticise the municipality in public even if we get a grant from "
                 "tjarnsunda?",
     "language": "en", "answerable": True,
     "gold": [by[("sjalvstandighet_och_oberoende", "public")][0]],
     "must_mention": ["criticise, scrutinise and influence", "also when they receive municipal grants"]},
    {"id": f"{L}-q7",
     "question": "Hur länge gäller överenskommelsen i Tjärnsunda och när ska den revideras?",
     "language": "sv", "answerable": True,
     "gold": ["The agreement is valid from 1 July 2023 until 31 December 2027.",
              "revise the agreement before it expires, no later than 2027"],
     "must_mention": ["1 July 2023", "31 December 2027", "no later than 2027"]},
    {"id": f"{L}-q8",
     "question": "What will the Municipality and the associations do together under the long-term "
                 "approach principle?",
     "language": "en", "answerable": True,
     "gold": by[("langsiktighet", "joint")],
     "must_mention": ["part of regular activities", "wound up or transferred", "overview of premises"]},
    {"id": f"{L}-q9",
     "question": "How much money does Tjärnsunda Municipality pay out in grants to associations each year?",
     "language": "en", "answerable": False, "gold": [], "must_mention": []},
    {"id": f"{L}-q10",
     "question": "Vem är ordförande i den gemensamma samverkansgruppen i Tjärnsunda?",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
]

expected = {
    "file": os.path.basename(PDF),
    "layout": LAYOUT,
    "description": ("English version of a Swedish municipal local agreement with the non-profit sector, "
                    "written with python-docx and converted to PDF by LibreOffice: cover page with a "
                    "metadata table and translation note, typed TOC with dot leaders, running header and "
                    "'Page X of Y' footer from page 2, numbered principle headings in English (4.1 "
                    "Independence … 4.7 Gender equality), commitments as 'The Municipality shall …' "
                    "sentences, 'The municipality commits to:' bullet lists, 'Associations/Organisations "
                    "are expected to …' and 'Both parties will …' sentences, 'Together we will:' numbered "
                    "lists (also outside the principles), an action-plan table that is not commitments, "
                    "a signature table and an accession form."),
    "metadata": {
        "doc_id": "tjarnsunda",
        "title": "Local Agreement between Tjärnsunda Municipality and the Non-Profit Sector 2023–2027",
        "place": "Tjärnsunda",
        "organisation": "Tjärnsunda kommun",
        "kind": "överenskommelse",
        "date": "2023-06-05",
        "body": "kommunfullmäktige",
    },
    "commitments": COMMITMENTS,
    "questions": questions,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(COMMITMENTS), "commitments")
