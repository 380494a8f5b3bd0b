#!/usr/bin/env python3
"""Generate lovstrand_local_agreement_en.docx and expected.json.

English translation of a fictional Swedish municipality's local agreement
(överenskommelse) with the non-profit sector, published as DOCX: title page,
metadata table, static contents list, Heading 1/2, "The municipality
undertakes to:" / "The organisations undertake to:" / "Together, the parties
shall:" bullet lists and sentence commitments, seven principles (six national
ones in English plus "Democracy and participation"), header/footer with PAGE
field, signature table, glossary.

Needs python-docx.  Deterministic (fixed core properties and zip timestamps).
Run: /work/main/.venv/bin/python make.py
"""
import datetime
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "lovstrand_local_agreement_en.docx"
LAYOUT = "docx_english"

TITLE = "Local agreement between Lövstrand Municipality and the non-profit sector"

ADOPTED = ("The agreement was adopted by Lövstrand Municipal Council (kommunfullmäktige) "
           "on 13 June 2023, § 87.")

TRANSLATION_NOTE = (
    "This is an English translation of Överenskommelse mellan Lövstrands kommun och den "
    "idéburna sektorn. The translation is provided for information. In the event of any "
    "discrepancy, the Swedish version prevails."
)

FOREWORD = [
    "Lövstrand has a long tradition of popular movements. Our sports clubs, study "
    "associations, village associations, churches and mosques, pensioners' organisations "
    "and support groups bring people together and make the municipality a better place to "
    "live. Many of them were here long before the municipality took its present form.",
    "With this agreement, we want to make our cooperation clearer and more predictable. "
    "It is the result of two years of conversations between politicians, civil servants and "
    "hundreds of people who are active in the non-profit sector. We are grateful to everyone "
    "who took part.",
    "An agreement on paper does not change anything by itself. What matters is how we use "
    "it in everyday life: when we plan new activities, when grants are decided, and when "
    "we disagree. We look forward to continuing the work together.",
]

BACKGROUND = [
    "In 2008 the Swedish Government, the Swedish Association of Local Authorities and "
    "Regions (SKR) and a large number of national organisations in the social field signed "
    "a national agreement (överenskommelsen). The agreement is based on six principles: "
    "independence and autonomy, dialogue, quality, long-term perspective, openness and "
    "transparency, and diversity. Since then, more than a hundred municipalities and "
    "regions have developed local agreements based on the same principles.",
    "In Lövstrand the work began in 2021 at the initiative of the Association Council "
    "(Föreningsrådet i Lövstrand), an umbrella body for local associations. The Municipal "
    "Executive Board gave the Culture and Leisure Department the task of preparing an "
    "agreement together with the sector. Between September 2021 and November 2022, eleven "
    "open meetings were held in Lövstrand town, in Sörby and in the villages along the "
    "coast.",
    "A draft agreement was sent out for consultation in December 2022. Forty-one "
    "organisations and three municipal committees submitted comments. The most common "
    "requests concerned longer grant periods, simpler application procedures and better "
    "opportunities for volunteers to take part in meetings.",
    ADOPTED,
]

PURPOSE = [
    "The purpose of the agreement is to strengthen the non-profit sector as an independent "
    "voice and as a provider of activities, and to create better conditions for "
    "cooperation between the municipality and non-profit organisations in Lövstrand.",
    "The agreement is a declaration of intent. It is not legally binding, and it does not "
    "replace the municipality's grant rules, procurement rules or agreements on "
    "idea-based public partnership (IOP). It describes how the parties want to relate to "
    "each other and what each party commits to.",
]

GOALS_LEAD = "The long-term goals of the agreement are:"
GOALS = [
    "a living local democracy in which many people are engaged in associations",
    "clear and predictable conditions for non-profit organisations in Lövstrand",
    "greater knowledge within the municipal organisation about the role of the non-profit sector",
    "more people taking part in leisure, culture and community activities, whatever their circumstances",
]

PARTIES = [
    "The parties to the agreement are Lövstrand Municipality (Lövstrands kommun) and the "
    "non-profit organisations that operate in Lövstrand and that have chosen to sign the "
    "agreement. By non-profit organisations we mean associations, foundations, faith "
    "communities, cooperatives and other organisations that are independent of the public "
    "sector, are run without a profit motive and are based on a set of values.",
    "Organisations join by submitting a signed declaration of support to the Association "
    "Council. Joining is voluntary and free of charge, and an organisation can leave the "
    "agreement at any time.",
    "The non-profit sector plays several roles at the same time. Organisations give a voice "
    "to their members and to groups in society, they create meeting places and "
    "communities, and some of them provide services with support from, or on behalf of, "
    "the municipality. The agreement covers all of these roles.",
]

PRINCIPLES_INTRO = [
    "The agreement builds on the six principles of the national agreement. In addition to "
    "the six national principles, the parties have added a seventh principle: democracy "
    "and participation.",
    "Under each principle, the agreement describes what the municipality, the "
    "organisations and the parties together commit to.",
]

# blocks: ("p", text) | ("list", party, lead, [items]) | ("c", party, text)
PRINCIPLES = [
    ("sjalvstandighet_och_oberoende", "Independence and autonomy", [
        ("p", "Non-profit organisations are independent actors. They decide for themselves "
              "about their goals, activities and internal organisation, and they have the "
              "right to advocate, criticise and hold the municipality to account, including "
              "when they receive funding from it."),
        ("list", "public", "The municipality undertakes to:", [
            "respect the right of the organisations to define their own goals, priorities and working methods",
            "ensure that criticism from an organisation never affects its opportunities to receive grants or enter into partnerships",
            "give priority to general operating grants over grants tied to specific activities",
        ]),
        ("list", "civil_society", "The organisations undertake to:", [
            "be clear about their values, their purpose and whom they represent",
            "make clear when they act as service providers and when they act as advocates",
        ]),
        ("c", "public", "The municipality shall not require an organisation to take part in municipal activities as a condition for receiving an operating grant."),
    ]),
    ("dialog", "Dialogue", [
        ("p", "Dialogue between the parties should take place on equal terms and at an early "
              "stage, before decisions are made. Organisations need enough time to consult "
              "their members, and many representatives take part in their free time."),
        ("list", "public", "The municipality undertakes to:", [
            "invite the non-profit sector to take part early in the preparation of plans, programmes and policies that affect the sector",
            "allow at least eight weeks for responses to consultations (remiss)",
            "explain how views from the organisations have been taken into account in decisions",
            "hold dialogue meetings in the evenings or at weekends when volunteers are expected to attend",
        ]),
        ("list", "civil_society", "The organisations undertake to:", [
            "anchor their views within their own organisation before presenting them",
            "appoint representatives who have a mandate to speak on behalf of the organisation",
        ]),
        ("list", "joint", "Together, the parties shall:", [
            "organise at least one joint dialogue conference every year",
            "review the forms of dialogue at the start of each term of office",
        ]),
    ]),
    ("kvalitet", "Quality", [
        ("p", "Quality means that activities are based on people's needs and develop over "
              "time. The organisations themselves define what quality means in their own "
              "activities. When they provide services on behalf of the municipality, the "
              "quality is followed up according to the conditions that have been agreed."),
        ("c", "public", "The municipality will adapt reporting requirements to the size of the grant, so that small associations are not burdened with extensive paperwork."),
        ("c", "public", "Lövstrand Municipality is responsible for ensuring that applying for grants is simple and can be done digitally."),
        ("list", "civil_society", "The organisations undertake to:", [
            "follow up and evaluate their own activities and share the results with the municipality",
            "use grants for the purposes for which they were awarded",
        ]),
        ("list", "joint", "Together, the parties shall:", [
            "develop shared methods for following up activities that are carried out in partnership",
        ]),
    ]),
    ("langsiktighet", "Long-term perspective", [
        ("p", "Many organisations find it difficult to plan when funding is granted one year "
              "at a time or as short projects. A long-term perspective gives security to "
              "employees, volunteers and the people the activities are meant for."),
        ("list", "public", "The municipality undertakes to:", [
            "offer three-year agreements on operating grants to organisations with stable activities",
            "make decisions on annual grants no later than 15 December of the preceding year",
            "consider idea-based public partnership (IOP) as a form of cooperation where it is appropriate",
        ]),
        ("list", "civil_society", "The organisations undertake to:", [
            "plan their activities so that they are not dependent on a single source of funding",
            "inform the municipality in good time if they are unable to fulfil an agreed commitment",
        ]),
        ("c", "joint", "We will jointly look for ways to turn successful projects into permanent activities."),
    ]),
    ("oppenhet_och_insyn", "Openness and transparency", [
        ("p", "Openness creates trust. The parties need to know each other's conditions, and "
              "residents have a right to know how public money is used."),
        ("list", "public", "The municipality undertakes to:", [
            "publish its grant rules, decisions on grants and the assessment criteria on the municipality's website",
            "designate a contact person for the non-profit sector at the Culture and Leisure Department",
        ]),
        ("list", "civil_society", "The organisations undertake to:", [
            "report how municipal funds have been used",
            "provide annual reports, financial statements and statutes when the municipality asks for them",
        ]),
        ("c", "joint", "Both parties shall respect confidentiality and the protection of personal data in all cooperation."),
    ]),
    ("mangfald", "Diversity", [
        ("p", "The non-profit sector in Lövstrand is diverse: from large sports clubs with "
              "employed staff to small village associations run entirely by volunteers, and "
              "from organisations with a hundred years of history to groups that were formed "
              "last year. All of them have a role to play."),
        ("list", "public", "The municipality undertakes to:", [
            "make information about support and contact channels available in easy-to-read Swedish and in the most common languages in Lövstrand",
            "actively reach out to newly formed associations and to groups that are not yet organised",
        ]),
        ("list", "civil_society", "The organisations undertake to:", [
            "work to make their activities open and welcoming to people regardless of background, gender, age or disability",
        ]),
        ("list", "joint", "Together, the parties shall:", [
            "highlight the breadth of the non-profit sector, from sports clubs and cultural associations to faith communities and social enterprises",
        ]),
    ]),
    ("demokrati_och_delaktighet", "Democracy and participation", [
        ("p", "Non-profit organisations are schools of democracy, where people of all ages "
              "learn to take part, take responsibility and make their voices heard. This "
              "principle was added after the consultation, at the request of several youth "
              "and pensioners' organisations."),
        ("c", "public", "The municipality commits to involving children and young people, through their organisations, in decisions that affect them."),
        ("c", "civil_society", "The organisations commit to running their associations democratically and to encouraging members to take on elected positions."),
        ("list", "joint", "Together, the parties shall:", [
            "work to increase the number of people who are active in associations in Lövstrand",
            "arrange an annual Associations' Day (Föreningarnas dag) in the centre of Lövstrand",
        ]),
    ]),
]

ORG_TEXT = [
    "The Municipal Executive Board (kommunstyrelsen) has overall responsibility for the "
    "agreement on the municipal side. The Association Council represents the organisations "
    "that have signed the agreement.",
    "A joint steering group with four elected representatives of the municipality and four "
    "representatives of the non-profit sector leads the work. The steering group meets "
    "four times a year.",
]
ORG_COMMITMENTS = [
    ("public", "The Culture and Leisure Department shall convene the steering group and keep minutes of its meetings."),
    ("civil_society", "The Association Council undertakes to keep its member organisations informed about the work under the agreement."),
]
FOLLOWUP = [
    "The agreement is followed up every year.",
    "The follow-up is presented at the annual dialogue conference and reported to the "
    "Municipal Executive Board in the first quarter of the following year.",
    "The follow-up is based on a survey of the signatory organisations, statistics on "
    "grants and partnerships, and the steering group's own assessment.",
]
VALIDITY = [
    "The agreement applies from 1 July 2023 to 31 December 2026.",
    "A revised agreement is to be prepared during the second half of 2026, so that a new "
    "agreement can be adopted by the Municipal Council at the beginning of the next term "
    "of office. Until then, the agreement remains in force.",
]

GLOSSARY = [
    ("Non-profit sector (idéburen sektor)",
     "Associations, foundations, faith communities, cooperatives and other organisations "
     "that are run without a profit motive and are based on a set of values."),
    ("Operating grant (organisationsbidrag)",
     "A grant to an organisation's basic activities, which the organisation itself decides "
     "how to use within its purpose."),
    ("Activity grant (verksamhetsbidrag)",
     "A grant tied to a specific activity, for example a summer camp or a homework club."),
    ("Idea-based public partnership (IOP)",
     "A form of cooperation in which the municipality and one or more non-profit "
     "organisations jointly finance and carry out an activity that is in line with the "
     "organisation's purpose."),
    ("Consultation (remiss)",
     "The procedure by which the municipality asks for written comments on a proposal "
     "before a decision is made."),
]


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------

def add_field(paragraph, instr):
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run._r.append(b)
    run2 = paragraph.add_run()
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = f" {instr} "
    run2._r.append(t)
    run3 = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run3._r.append(s)
    paragraph.add_run("1")
    run4 = paragraph.add_run()
    en = OxmlElement("w:fldChar")
    en.set(qn("w:fldCharType"), "end")
    run4._r.append(en)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for name in ("Heading 1", "Heading 2"):
        doc.styles[name].font.color.rgb = RGBColor(0x0B, 0x4F, 0x6C)

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.different_first_page_header_footer = True

    # header/footer (not on the title page)
    hp = sec.header.paragraphs[0]
    hp.text = "Lövstrand Municipality – Local agreement with the non-profit sector"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    add_field(fp, "PAGE")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES")
    fp2 = sec.footer.add_paragraph("Reference no. KS 2022/0456 · English translation")
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs + fp2.runs:
        r.font.size = Pt(8)

    # title page
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = p.add_run("LÖVSTRAND MUNICIPALITY")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x0B, 0x4F, 0x6C)
    for _ in range(5):
        doc.add_paragraph()
    doc.add_paragraph(TITLE, style="Title")
    p = doc.add_paragraph()
    r = p.add_run("English translation")
    r.italic = True
    r.font.size = Pt(14)
    doc.add_paragraph()
    doc.add_paragraph("Adopted by the Municipal Council on 13 June 2023, § 87")
    doc.add_paragraph("Valid 1 July 2023 – 31 December 2026")
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run(TRANSLATION_NOTE)
    r.italic = True
    r.font.size = Pt(9)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # document data table
    doc.add_paragraph("Document information", style="Heading 2")
    rows = [
        ("Document type", "Agreement (överenskommelse)"),
        ("Adopted by", "Municipal Council (kommunfullmäktige)"),
        ("Date of decision", "2023-06-13, § 87"),
        ("Reference number", "KS 2022/0456"),
        ("Period of validity", "2023-07-01 – 2026-12-31"),
        ("Responsible", "Municipal Executive Board"),
        ("Administered by", "Culture and Leisure Department"),
        ("Translation", "Authorised by the Municipal Executive Office, September 2023"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        shade(cells[0], "DCE9F0")
        cells[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph()

    doc.add_paragraph("Contents", style="Heading 2")
    toc = ["1 Foreword", "2 Background", "3 Purpose and goals", "4 The parties",
           "5 Principles", "6 Organisation and follow-up", "7 Period of validity and revision",
           "8 Signatures", "Appendix: Glossary and contact"]
    for line in toc:
        doc.add_paragraph(line)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("1 Foreword", level=1)
    for t_ in FOREWORD:
        doc.add_paragraph(t_)
    p = doc.add_paragraph()
    p.add_run("Karin Holmberg").bold = True
    p.add_run("\nChair of the Municipal Executive Board")
    p = doc.add_paragraph()
    p.add_run("Ahmed Saleh").bold = True
    p.add_run("\nChair of the Association Council in Lövstrand")

    doc.add_heading("2 Background", level=1)
    for t_ in BACKGROUND:
        doc.add_paragraph(t_)

    doc.add_heading("3 Purpose and goals", level=1)
    for t_ in PURPOSE:
        doc.add_paragraph(t_)
    doc.add_paragraph(GOALS_LEAD)
    for g in GOALS:
        doc.add_paragraph(g, style="List Bullet")

    doc.add_heading("4 The parties", level=1)
    for t_ in PARTIES:
        doc.add_paragraph(t_)

    doc.add_heading("5 Principles", level=1)
    for t_ in PRINCIPLES_INTRO:
        doc.add_paragraph(t_)
    for i, (slug, name, blocks) in enumerate(PRINCIPLES, 1):
        doc.add_heading(f"5.{i} {name}", level=2)
        for b in blocks:
            if b[0] == "p":
                doc.add_paragraph(b[1])
            elif b[0] == "c":
                doc.add_paragraph(b[2])
            elif b[0] == "list":
                lp = doc.add_paragraph()
                lp.add_run(b[2]).bold = True
                lp.paragraph_format.space_after = Pt(2)
                lp.paragraph_format.keep_with_next = True
                for it in b[3]:
                    doc.add_paragraph(it, style="List Bullet")

    doc.add_heading("6 Organisation and follow-up", level=1)
    for t_ in ORG_TEXT:
        doc.add_paragraph(t_)
    for _party, t_ in ORG_COMMITMENTS:
        doc.add_paragraph(t_)
    doc.add_heading("Follow-up", level=2)
    doc.add_paragraph(FOLLOWUP[0] + " " + FOLLOWUP[1])
    doc.add_paragraph(FOLLOWUP[2])

    doc.add_heading("7 Period of validity and revision", level=1)
    doc.add_paragraph(" ".join(VALIDITY))

    doc.add_heading("8 Signatures", level=1)
    doc.add_paragraph("Lövstrand, 29 August 2023")
    st_ = doc.add_table(rows=4, cols=2)
    st_.alignment = WD_TABLE_ALIGNMENT.CENTER
    data = [
        ("For Lövstrand Municipality", "For the non-profit sector in Lövstrand"),
        ("", ""),
        ("Karin Holmberg", "Ahmed Saleh"),
        ("Chair of the Municipal Executive Board", "Chair of the Association Council in Lövstrand"),
    ]
    for ri, (a_, b_) in enumerate(data):
        st_.rows[ri].cells[0].text = a_
        st_.rows[ri].cells[1].text = b_
    for c in st_.rows[1].cells:
        c.paragraphs[0].add_run("_______________________________")
    for c in st_.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Appendix: Glossary and contact", level=1)
    gt = doc.add_table(rows=1, cols=2)
    gt.style = "Table Grid"
    gt.rows[0].cells[0].text = "Term"
    gt.rows[0].cells[1].text = "Explanation"
    for c in gt.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
        shade(c, "DCE9F0")
    for term, expl in GLOSSARY:
        cells = gt.add_row().cells
        cells[0].text = term
        cells[1].text = expl
    doc.add_paragraph()
    doc.add_heading("Contact", level=2)
    doc.add_paragraph("Questions about the agreement can be sent to the contact person for the "
                      "non-profit sector:")
    doc.add_paragraph("Jonas Berg, Development Officer, Culture and Leisure Department")
    doc.add_paragraph("jonas.berg@lovstrand.se · +46 (0)512-36 40 00")
    doc.add_paragraph("Association Council in Lövstrand: info@foreningsradet-lovstrand.se")
    doc.add_paragraph("Lövstrand Municipality, Stationsgatan 4, 544 30 Lövstrand · "
                      "Switchboard +46 (0)512-36 00 00 · www.lovstrand.se")

    cp = doc.core_properties
    cp.title = TITLE
    cp.author = "Culture and Leisure Department, Lövstrand Municipality"
    cp.language = "en-GB"
    cp.subject = "Överenskommelse med idéburen sektor (English translation)"
    cp.keywords = "non-profit sector; agreement; överenskommelse; civil society"
    fixed = datetime.datetime(2023, 9, 4, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "Culture and Leisure Department"
    cp.revision = 3

    tmp = path + ".tmp"
    doc.save(tmp)
    # rewrite the zip with fixed timestamps for byte-stable output
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 9, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    os.remove(tmp)


# ---------------------------------------------------------------------------
# expected.json
# ---------------------------------------------------------------------------

def commitments():
    out = []
    for slug, _n, blocks in PRINCIPLES:
        for b in blocks:
            if b[0] == "c":
                out.append({"text": b[2], "principle": slug, "party": b[1]})
            elif b[0] == "list":
                for it in b[3]:
                    out.append({"text": it, "principle": slug, "party": b[1]})
    for party, t in ORG_COMMITMENTS:
        out.append({"text": t, "principle": None, "party": party})
    return out


def items_of(slug, party):
    for s, _n, blocks in PRINCIPLES:
        if s == slug:
            res = []
            for b in blocks:
                if b[0] == "list" and b[1] == party:
                    res.extend(b[3])
            return res
    raise KeyError(slug)


def questions():
    Q = []

    def q(question, lang, gold, mm):
        Q.append({"id": f"q{len(Q) + 1}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": mm})

    q("When was the agreement adopted, and by which body?", "en",
      [ADOPTED], ["Municipal Council", "13 June 2023"])
    q("What does the municipality undertake to do under the principle of dialogue?", "en",
      items_of("dialog", "public"), ["eight weeks", "consultations"])
    q("How often is the agreement followed up, and who receives the follow-up?", "en",
      FOLLOWUP[:2], ["every year", "Municipal Executive Board"])
    q("can our club lose its grant if we criticise the municipality in the local paper?", "en",
      [items_of("sjalvstandighet_och_oberoende", "public")[1]], ["criticism", "grants"])
    q("What do the organisations have to report about how they use municipal money?", "en",
      items_of("oppenhet_och_insyn", "civil_society"),
      ["report how municipal funds have been used", "financial statements"])
    q("Which extra principle did Lövstrand add to the six national ones?", "en",
      ["In addition to the six national principles, the parties have added a seventh "
       "principle: democracy and participation."],
      ["democracy and participation"])
    q("By what date does the municipality decide on annual grants?", "en",
      [items_of("langsiktighet", "public")[1]], ["15 December"])
    q("Vad åtar sig föreningarna under principen om långsiktighet?", "sv",
      items_of("langsiktighet", "civil_society"),
      ["single source of funding", "in good time"])
    q("Hur mycket pengar delar kommunen ut i föreningsbidrag varje år?", "sv", [], [])
    q("Får man ersättning för resor om man deltar i dialogkonferensen?", "sv", [], [])
    return Q


def doc_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return " ".join(" ".join(parts).split())


def main():
    path = os.path.join(HERE, FILE)
    build_docx(path)
    text = doc_text(path)
    expected = {
        "file": FILE,
        "layout": LAYOUT,
        "description": (
            "English translation of a fictional Swedish municipality's local agreement "
            "(Lövstrand Municipality) with the non-profit sector, as DOCX: title page with "
            "translation note, document-information table, static contents list, Heading 1/2 "
            "('5.1 Independence and autonomy' ...), bold 'The municipality undertakes to:' / "
            "'The organisations undertake to:' / 'Together, the parties shall:' lead-ins "
            "followed by List Bullet items, sentence commitments (shall, will, commits to, "
            "is responsible for ensuring), seventh principle 'Democracy and participation', "
            "commitments without principle in the organisation section, header and "
            "'Page X of Y' footer fields, signature table, glossary table, contact data."
        ),
        "metadata": {
            "doc_id": "lovstrand",
            "title": TITLE,
            "place": "Lövstrand",
            "organisation": "Lövstrand Municipality",
            "kind": "överenskommelse",
            "date": "2023-06-13",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    for c in expected["commitments"]:
        assert c["text"] in text, c["text"]
    for qq in expected["questions"]:
        for g in qq["gold"]:
            assert g in text, g
        for m in qq["must_mention"]:
            assert any(m in g for g in qq["gold"]), m
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("words:", len(text.split()), "commitments:", len(expected["commitments"]))


if __name__ == "__main__":
    main()
