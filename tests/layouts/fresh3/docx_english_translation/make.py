#!/usr/bin/env python3
"""Generate an English translation (DOCX, Heading styles) of a Swedish
region's agreement with the non-profit sector, plus expected.json.
Run with a Python that has python-docx (e.g. /work/main/.venv/bin/python)."""
import json
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "region_sorvalla_agreement_non_profit_sector_EN.docx"
LAYOUT = "docx_english_translation"

S, D, K, L, O, M, B = ("sjalvstandighet_och_oberoende", "dialog", "kvalitet", "langsiktighet",
                       "oppenhet_och_insyn", "mangfald", "barnrattsperspektiv")
PUB, CS, J = "public", "civil_society", "joint"
COMMITMENTS = []  # (text, principle, party), filled while writing


def c(text, principle, party):
    COMMITMENTS.append((text, principle, party))
    return text


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Sörvalla – Agreement with the non-profit sector – English translation"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Ref. no. RS 2022/1187   |   Page ")
    add_field(fp.add_run(), "PAGE")
    fp.add_run(" of ")
    add_field(fp.add_run(), "NUMPAGES")

    P = doc.add_paragraph
    H = doc.add_heading

    def bullets(items, style="List Bullet"):
        for it in items:
            P(it, style=style)

    doc.add_paragraph("Agreement between Region Sörvalla and the non-profit sector in Sörvalla County 2023–2027",
                      style="Title")
    doc.add_paragraph("Överenskommelse mellan Region Sörvalla och idéburen sektor i Sörvalla län 2023–2027 – "
                      "English translation", style="Subtitle")

    note = P()
    r = note.add_run("Translator’s note: ")
    r.bold = True
    note.add_run("This is an unofficial translation produced by Region Sörvalla’s translation service. "
                 "In the event of any discrepancy between the English and Swedish versions, the Swedish "
                 "version prevails. Swedish terms are given in brackets where the English term may be unclear.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Light Grid Accent 1"
    for k, v in [
        ("Document type", "Agreement (överenskommelse)"),
        ("Decision", "Adopted by the Regional Council (regionfullmäktige) on 14 March 2023, § 31."),
        ("Reference number", "RS 2022/1187"),
        ("Period of validity", "The agreement applies from 1 April 2023 to 31 December 2027 and shall be "
                               "revised during 2027."),
        ("Document owner", "Regional Development Department, Unit for Civil Society and Democracy"),
        ("Translation date", "2 June 2023"),
    ]:
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
        row[0].paragraphs[0].runs[0].bold = True

    H("1. Background", level=1)
    P("In 2008 the Swedish Government, national non-profit organisations and the Swedish Association of "
      "Local Authorities and Regions (SKR) signed a national agreement on relations between the public "
      "sector and the non-profit sector. The agreement is built on six principles (in Swedish: "
      "självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn, mångfald).")
    P("Region Sörvalla adopted its first regional agreement with the non-profit sector in 2015. This "
      "revised agreement is the result of a dialogue process during 2022 in which more than 90 "
      "organisations took part in six meetings held in Västerby, Lillfors and Sörvalla town, and online.")
    P("The non-profit sector in Sörvalla County comprises around 3,400 associations, foundations, faith "
      "communities and social enterprises. Many of them cooperate with the Region in the fields of "
      "public health, culture, patient support and regional development.")

    H("2. Purpose and objectives", level=1)
    P("The purpose of the agreement is to strengthen the role of the non-profit sector as a voice for its "
      "members and target groups and as a provider of services, and to create good conditions for "
      "cooperation with the Region.")
    P("The objectives for the period are that:")
    bullets(["more organisations in all municipalities of the county take part in regional dialogue",
             "the share of organisations that feel listened to by the Region increases",
             "cooperation covers more areas than culture and public health, for example healthcare and "
             "regional development"])
    P("The agreement is not a legally binding contract. It is a joint declaration of intent.")

    H("3. Definitions", level=1)
    p = P()
    p.add_run("Non-profit sector (idéburen sektor): ").bold = True
    p.add_run("Organisations that have a public-benefit purpose, are independent of the public sector and "
              "do not have a profit motive. Examples are non-profit associations, foundations, faith "
              "communities and social enterprises.")
    p = P()
    p.add_run("Civil society organisations: ").bold = True
    p.add_run("In this translation, the organisations in the non-profit sector that have joined the "
              "agreement.")
    p = P()
    p.add_run("Non-profit public partnership (IOP): ").bold = True
    p.add_run("A form of cooperation in which the Region and a civil society organisation jointly finance "
              "and carry out an activity of public interest, outside public procurement.")

    H("4. Principles and commitments", level=1)
    P("For each principle, the agreement sets out what the Region, the civil society organisations and "
      "the parties jointly commit to. In addition to the six national principles, the parties have "
      "added a seventh principle on children’s rights.")

    H("4.1 Independence and autonomy", level=2)
    P("The independence of the non-profit sector is a precondition for organisations to be able to "
      "express the interests of their members and to criticise the Region when they find it necessary.")
    P(c("The Region will respect the right of civil society organisations to determine their own goals, "
        "values and working methods.", S, PUB) + " " +
      c("The Region will not use funding conditions to restrict organisations’ freedom to criticise the "
        "Region or to engage in advocacy.", S, PUB))
    P(c("Civil society organisations commit to making clear when they act as service providers on behalf "
        "of the Region and when they act as independent voices.", S, CS))

    H("4.2 Dialogue", level=2)
    P("Dialogue requires that both parties have a real opportunity to influence the outcome and that "
      "dialogue takes place at a stage where decisions have not yet been made.")
    P("The Region undertakes to:")
    bullets([c("involve the non-profit sector at an early stage in matters that affect it, before "
               "decisions are made", D, PUB),
             c("appoint a contact person for the non-profit sector in each administrative department", D, PUB),
             c("provide written feedback on how views from dialogue meetings have been taken into "
               "account", D, PUB)])
    P(c("Civil society organisations commit to taking part in dialogue through representatives who have "
        "a mandate from their organisation.", D, CS))

    H("4.3 Quality", level=2)
    P("Quality means that activities achieve their objectives and that participants have influence. "
      "The organisations are themselves responsible for the quality of their activities.")
    P(c("The Region will apply simple and predictable application procedures for grants.", K, PUB) + " " +
      c("The Region will offer organisations support in developing methods for follow-up and "
        "evaluation.", K, PUB))
    P(c("Civil society organisations commit to following up their activities against the objectives "
        "agreed with the Region.", K, CS) + " " +
      c("Civil society organisations commit to using the experiences of participants and users to "
        "develop their activities.", K, CS))

    H("4.4 Long-term perspective", level=2)
    P("Many organisations depend on volunteers who need to be able to plan more than one year ahead. "
      "Short-term project funding without continuation creates uncertainty for volunteers and staff.")
    P(c("The Region will primarily grant multi-year operating grants to organisations with ongoing "
        "activities.", L, PUB))
    P(c("The Region will give at least six months’ notice of changes to grant rules.", L, PUB))
    P(c("Civil society organisations commit to informing the Region in good time if they can no longer "
        "carry out an agreed activity.", L, CS))
    P(c("The parties shall jointly plan how activities started as projects can continue when project "
        "funding ends.", L, J))

    H("4.5 Openness and transparency", level=2)
    P("Openness and transparency build trust between the parties and public trust in how tax revenue "
      "is used.")
    P("The Region undertakes to:")
    bullets([c("publish information about grants, premises and forms of cooperation on the Region’s "
               "website", O, PUB),
             c("report openly each year how grants have been distributed between organisations", O, PUB)])
    P(c("Civil society organisations commit to providing the Region with insight into how regional "
        "funds have been used.", O, CS))
    P(c("Civil society organisations commit to submitting an annual report and financial statements "
        "when the Region requests them.", O, CS))

    H("4.6 Diversity", level=2)
    P("Sörvalla County is home to people from more than 150 countries. A diverse non-profit sector "
      "makes it possible for more people to find a place to get involved.")
    P(c("The Region will make it easier for new and small organisations, including organisations "
        "founded by people who have moved to Sweden, to take part in dialogue and apply for grants.",
        M, PUB))
    P(c("Civil society organisations commit to working to make their activities open to everyone "
        "regardless of gender, ethnicity, religion, disability, sexual orientation or age.", M, CS))
    P(c("The parties shall jointly counteract discrimination in their activities.", M, J))

    H("4.7 Children’s rights", level=2)
    P("Since 1 January 2020 the UN Convention on the Rights of the Child is Swedish law. The parties "
      "have therefore added a principle on children’s rights (barnrättsperspektiv).")
    P("The Region undertakes to:")
    bullets([c("carry out child impact assessments before decisions that affect activities for children "
               "and young people", B, PUB),
             c("offer civil society organisations training in the UN Convention on the Rights of the "
               "Child", B, PUB)])
    P(c("Civil society organisations commit to having procedures to prevent abuse and offensive "
        "treatment in activities for children and young people.", B, CS))
    P(c("The parties shall jointly create opportunities for children and young people to influence "
        "matters that concern them.", B, J))

    H("5. Joint structures and follow-up", level=1)
    P("The parties shall jointly:")
    bullets([c("establish a joint council with six representatives from the Region and six from the "
               "non-profit sector", None, J),
             c("hold a regional dialogue forum at least once a year", None, J),
             c("follow up the agreement annually and report the results to the Regional Executive "
               "Board", None, J)], style="List Number")
    P("The follow-up is based on a survey of the organisations that have joined the agreement and on "
      "reports from the Region’s departments. The results are presented at the autumn dialogue forum.")

    H("6. Action plan 2023–2024", level=1)
    P("The action plan is indicative and is revised every year by the joint council. It is not part of "
      "the agreement adopted by the Regional Council.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(["Activity", "Responsible", "Timetable"]):
        t.rows[0].cells[i].text = h
    for a, b, d in [
        ("Set up the joint council and adopt rules of procedure", "Regional Development Department",
         "Q2 2023"),
        ("Digital grant application portal", "Regional Development Department", "Q4 2023"),
        ("Training day on children’s rights for organisations", "Culture Department together with "
         "study associations", "Q1 2024"),
        ("First annual follow-up", "Joint council", "November 2024"),
    ]:
        row = t.add_row().cells
        row[0].text, row[1].text, row[2].text = a, b, d

    H("7. Signatures", level=1)
    P("Sörvalla, 20 April 2023")
    t = doc.add_table(rows=3, cols=2)
    t.cell(0, 0).text = "For Region Sörvalla"
    t.cell(0, 1).text = "For the non-profit sector in Sörvalla County"
    t.cell(1, 0).text = "[signature]\nGunilla Ström\nChair of the Regional Executive Board"
    t.cell(1, 1).text = "[signature]\nTomas Virtanen\nChair, Civil Society Forum Sörvalla"
    t.cell(2, 0).text = ""
    t.cell(2, 1).text = "[signature]\nLeyla Osman\nCoordinator, Sörvalla Association of Social Enterprises"

    end = P()
    r = end.add_run("Translated from Swedish. The Swedish original is available at www.regionsorvalla.se/"
                    "ideburen-sektor.")
    r.italic = True
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    doc.core_properties.title = "Agreement between Region Sörvalla and the non-profit sector"
    doc.core_properties.author = "Region Sörvalla"
    doc.core_properties.language = "en-GB"
    doc.save(os.path.join(HERE, FILE))


Q = []


def q(question, lang, gold, must):
    Q.append({"id": f"{LAYOUT}-q{len(Q) + 1}", "question": question, "language": lang,
              "answerable": bool(gold), "gold": gold, "must_mention": must})


q("What does Region Sörvalla undertake to do under the dialogue principle?", "en",
  ["involve the non-profit sector at an early stage in matters that affect it, before decisions are made",
   "appoint a contact person for the non-profit sector in each administrative department",
   "provide written feedback on how views from dialogue meetings have been taken into account"],
  ["early stage", "contact person", "written feedback"])
q("nar antogs overenskommelsen i region sorvalla och av vem", "sv",
  ["Adopted by the Regional Council (regionfullmäktige) on 14 March 2023, § 31."],
  ["Regional Council", "14 March 2023"])
q("Which language version applies if the English and the Swedish texts differ?", "en",
  ["In the event of any discrepancy between the English and Swedish versions, the Swedish version prevails."],
  ["Swedish version prevails"])
q("Vad åtar sig civilsamhällets organisationer när det gäller öppenhet och insyn i Region Sörvalla?", "sv",
  ["Civil society organisations commit to providing the Region with insight into how regional funds have been used.",
   "Civil society organisations commit to submitting an annual report and financial statements when the Region requests them."],
  ["insight into how regional funds", "annual report and financial statements"])
q("What is meant by the non-profit sector in the Sörvalla agreement?", "en",
  ["Organisations that have a public-benefit purpose, are independent of the public sector and do not have a profit motive.",
   "Examples are non-profit associations, foundations, faith communities and social enterprises."],
  ["public-benefit purpose", "independent of the public sector", "profit motive"])
q("Can the Region use grant conditions to stop our association from criticising it?", "en",
  ["The Region will not use funding conditions to restrict organisations’ freedom to criticise the Region or to engage in advocacy."],
  ["not use funding conditions", "criticise the Region"])
q("jamfor vad regionen och organisationerna ska gora for barnens rattigheter", "sv",
  ["carry out child impact assessments before decisions that affect activities for children and young people",
   "offer civil society organisations training in the UN Convention on the Rights of the Child",
   "Civil society organisations commit to having procedures to prevent abuse and offensive treatment in activities for children and young people.",
   "The parties shall jointly create opportunities for children and young people to influence matters that concern them."],
  ["child impact assessments", "training in the UN Convention", "prevent abuse", "influence matters"])
q("How long is the Region Sörvalla agreement valid, and when will it be revised?", "en",
  ["The agreement applies from 1 April 2023 to 31 December 2027 and shall be revised during 2027."],
  ["1 April 2023", "31 December 2027", "revised during 2027"])
q("How much money does Region Sörvalla give to the non-profit sector each year?", "en", [], [])
q("Vem är ordförande i det gemensamma rådet enligt överenskommelsen?", "sv", [], [])


def extracted_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for row in tb.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return " ".join(" ".join(parts).split())


def main():
    build()
    flat = extracted_text(os.path.join(HERE, FILE))
    for t, _, _ in COMMITMENTS:
        assert t in flat, t
    for qq in Q:
        for g in qq["gold"]:
            assert g in flat, g
        for m in qq["must_mention"]:
            assert any(m in g for g in qq["gold"]), m
    exp = {
        "file": FILE,
        "layout": LAYOUT,
        "description": ("English translation of a Swedish region's agreement, DOCX with Title/Subtitle and "
                        "Heading 1/2 styles, a metadata table (decision, reference number, validity), a "
                        "translator's note that the Swedish version prevails, English principle names "
                        "('4.1 Independence and autonomy' … '4.7 Children’s rights'), commitments as "
                        "'The Region will …' sentences (two per paragraph in places), 'The Region undertakes "
                        "to:' + List Bullet, 'Civil society organisations commit to …', 'The parties shall "
                        "jointly …' and a List Number list outside the principles; header/footer with PAGE "
                        "fields, an action-plan table and a signature table that are not commitments."),
        "metadata": {
            "doc_id": "sorvalla",
            "title": "Agreement between Region Sörvalla and the non-profit sector in Sörvalla County 2023–2027",
            "place": "Sörvalla",
            "organisation": "Region Sörvalla",
            "kind": "överenskommelse",
            "date": "2023-03-14",
            "body": "regionfullmäktige",
        },
        "commitments": [{"text": t, "principle": p, "party": pa} for t, p, pa in COMMITMENTS],
        "questions": Q,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {FILE} and expected.json: {len(COMMITMENTS)} commitments, {len(Q)} questions")


if __name__ == "__main__":
    main()
