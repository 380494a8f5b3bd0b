#!/usr/bin/env python3
"""Generator for the layout test "pdf_policy_paragraphs".

Writes region_gransmark_policy_samverkan_civilsamhallet.docx with python-docx,
converts it to PDF with `soffice --headless --convert-to pdf` and writes
expected.json.

The document is a fictional governing document ("Policy för samverkan med
civilsamhället") of Region Gränsmark: cover with "Beslutad av
regionfullmäktige 2024-06-11, § 93" and a document-information block, numbered
headings ("1 Inledning", "2 Utgångspunkter", "3 Principer", "3.1 …"),
commitments as sentences inside running paragraphs ("Regionen ska …",
"Region Gränsmark förbinder sig att …", "Civilsamhällets organisationer
förväntas …", "Parterna ska gemensamt …"), some paragraphs holding two
parties, a shaded definitions box, real Word footnotes with sources (one
right after a commitment), header/footer from page 2 and validity/revision
lines.

Needs python-docx (e.g. /work/main/.venv/bin/python make.py), soffice and pdftotext.
"""
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASENAME = "region_gransmark_policy_samverkan_civilsamhallet"
DOCX = os.path.join(HERE, BASENAME + ".docx")
PDF = os.path.join(HERE, BASENAME + ".pdf")

TITLE = "Policy för samverkan med civilsamhället"
DECIDED = "Beslutad av regionfullmäktige 2024-06-11, § 93"
DNR = "RS 2023/1187"
VALID_1 = "Policyn gäller från och med 2024-07-01 till och med 2028-12-31."
VALID_2 = "Policyn ska ses över en gång per mandatperiod och revideras senast 2028-12-31."
DEF_IOP = ("En samverkansform där regionen och en idéburen organisation tillsammans finansierar "
           "och genomför en verksamhet som svarar mot ett allmännyttigt behov.")

FOOTNOTES = {
    1: "Regeringens proposition 2009/10:55 En politik för det civila samhället.",
    2: "Överenskommelsen mellan regeringen, idéburna organisationer inom det sociala området och "
       "Sveriges Kommuner och Landsting, 2008.",
    3: "Regional utvecklingsstrategi Gränsmark 2035, beslutad av regionfullmäktige 2021-11-23, § 176.",
    4: "Se även Riktlinjer för bidrag till civilsamhällets organisationer, Region Gränsmark, RS 2022/0456.",
    5: "Jfr Folkhälsomyndigheten, Folkhälsans utveckling – årsrapport 2024.",
    6: "Idéburet offentligt partnerskap är inte reglerat i lag. Se Upphandlingsmyndigheten, "
       "Idéburet offentligt partnerskap – en vägledning, 2023.",
}

# A paragraph is a list of segments:
#   str                        -> plain text (not a commitment)
#   ("c", text, slug, party)   -> commitment sentence (or part of a sentence)
#   ("fn", n)                  -> footnote reference
# Blocks: ("h1", text) ("h2", text) ("p", [segments]) ("defbox",) ("pagebreak",)

C = lambda t, slug, party: ("c", t, slug, party)  # noqa: E731
FN = lambda n: ("fn", n)  # noqa: E731

BLOCKS = [
    ("h1", "1 Inledning"),
    ("p", ["Region Gränsmark har ett långsiktigt uppdrag att främja en hållbar regional utveckling, "
           "en god hälsa och en tillgänglig hälso- och sjukvård för alla som bor i länet. Civilsamhällets "
           "organisationer är viktiga aktörer i det arbetet. De fångar upp behov tidigt, skapar mötesplatser "
           "och ger människor möjlighet att engagera sig i frågor som de tycker är viktiga."]),
    ("p", ["Denna policy anger regionens förhållningssätt i samverkan med civilsamhället. Den ersätter "
           "Policy för regionens samverkan med idéburen sektor, beslutad av regionfullmäktige "
           "2016-11-22, § 141."]),
    ("h2", "1.1 Syfte"),
    ("p", ["Syftet med policyn är att ge en gemensam grund för regionens samverkan med civilsamhället, "
           "så att samverkan blir likvärdig i regionens olika verksamheter och så att organisationerna "
           "vet vad de kan förvänta sig av regionen."]),
    ("h2", "1.2 Omfattning"),
    ("p", ["Policyn gäller för regionstyrelsen, samtliga nämnder och regionens helägda bolag. Den omfattar "
           "all samverkan med civilsamhällets organisationer, såväl dialog och samråd som ekonomiskt stöd "
           "och partnerskap. Policyn reglerar inte regionens upphandlingar."]),
    ("h1", "2 Utgångspunkter"),
    ("p", ["Policyn utgår från den nationella politiken för det civila samhället", FN(1),
           " och från de sex principer som formulerades i den nationella överenskommelsen från 2008", FN(2),
           ": självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt "
           "mångfald. Region Gränsmark har därutöver lagt till folkhälsa som en egen princip."]),
    ("p", ["Policyn är också ett verktyg för att nå målen i den regionala utvecklingsstrategin", FN(3),
           ", där ett starkt civilsamhälle lyfts fram som en förutsättning för social sammanhållning "
           "och tillit i hela länet. År 2023 fanns drygt 4 300 registrerade ideella föreningar i Gränsmark."]),
    ("defbox",),
    ("p", ["Enligt regionens styrdokumentsmodell anger en policy regionens värderingar och "
           "förhållningssätt. Policyn kompletteras av riktlinjer och rutiner som beslutas av "
           "regionstyrelsen eller berörd nämnd."]),
    ("h1", "3 Principer"),
    ("p", ["Region Gränsmarks samverkan med civilsamhället vilar på sju principer. Under varje princip "
           "beskrivs vad regionen åtar sig och vad regionen förväntar sig av civilsamhällets "
           "organisationer. Principerna ska läsas tillsammans och väger lika tungt."]),
    ("h2", "3.1 Självständighet och oberoende"),
    ("p", ["Civilsamhällets organisationer har rätt att själva formulera sina mål, välja sina arbetssätt "
           "och driva opinion. ",
           C("Regionen ska respektera organisationernas självständighet även när de får ekonomiskt stöd "
             "från regionen.", "sjalvstandighet_och_oberoende", "public"),
           " ",
           C("Region Gränsmark förbinder sig att inte använda bidrag eller avtal för att styra "
             "organisationernas opinionsbildning eller interna angelägenheter.",
             "sjalvstandighet_och_oberoende", "public")]),
    ("p", [C("Civilsamhällets organisationer förväntas tydligt skilja mellan sin roll som opinionsbildare "
             "och sin roll som utförare av verksamhet som regionen finansierar.",
             "sjalvstandighet_och_oberoende", "civil_society")]),
    ("h2", "3.2 Dialog"),
    ("p", ["Dialog förutsätter att båda parter har kunskap om varandras villkor och att dialogen sker "
           "innan ställningstaganden är gjorda. ",
           C("Regionen ska bjuda in civilsamhället till dialog i ett tidigt skede av arbetet med planer, "
             "program och strategier som berör organisationernas verksamhet", "dialog", "public"),
           ", och ",
           C("civilsamhällets organisationer förväntas delta med företrädare som har mandat från sina "
             "organisationer", "dialog", "civil_society"),
           "."]),
    ("p", [C("Regionen ska ge återkoppling på hur synpunkter från dialogen har tagits om hand.",
             "dialog", "public"),
           " ",
           C("Parterna ska gemensamt genomföra ett regionalt dialogforum minst två gånger per år.",
             "dialog", "joint"),
           " Forumet planeras av det regionala samverkansrådet, se avsnitt 4.2."]),
    ("h2", "3.3 Kvalitet"),
    ("p", ["Kvalitet handlar om att verksamheten svarar mot behoven hos dem den är till för. "
           "Civilsamhällets kvalitet bygger ofta på engagemang, kontinuitet och förtroende snarare än "
           "på formella system. ",
           C("Regionen ska ställa krav på uppföljning som står i rimlig proportion till stödets storlek "
             "och organisationens förutsättningar.", "kvalitet", "public"),
           " ",
           C("Region Gränsmark förbinder sig att erbjuda organisationerna kompetensstöd i ansökan, "
             "uppföljning och redovisning.", "kvalitet", "public")]),
    ("p", [C("Civilsamhällets organisationer förväntas följa upp sin verksamhet och redovisa resultat "
             "utifrån de mål som har överenskommits med regionen.", "kvalitet", "civil_society"),
           FN(4)]),
    ("h2", "3.4 Långsiktighet"),
    ("p", [C("Regionen ska i första hand använda fleråriga verksamhetsbidrag och idéburna offentliga "
             "partnerskap när syftet med en verksamhet är långsiktigt.", "langsiktighet", "public"),
           " ",
           C("Regionen ska besluta om förändringar i bidragsreglerna senast nio månader innan de börjar "
             "gälla.", "langsiktighet", "public")]),
    ("p", [C("Civilsamhällets organisationer förväntas planera sin verksamhet så att den inte blir "
             "beroende av ett enda bidrag", "langsiktighet", "civil_society"),
           ", och ",
           C("parterna ska gemensamt planera för hur verksamhet som har finansierats i projektform kan "
             "övergå i ordinarie former", "langsiktighet", "joint"),
           ". Under perioden 2020–2023 avslutades 14 regionfinansierade projekt utan att verksamheten "
           "fick en fortsättning."]),
    ("h2", "3.5 Öppenhet och insyn"),
    ("p", ["Öppenhet och insyn skapar förtroende, både mellan parterna och hos länets invånare. "
           "Regionens handlingar omfattas av offentlighetsprincipen. ",
           C("Regionen ska publicera sina bidragsregler, beviljade bidrag och ingångna partnerskap på "
             "regionens webbplats.", "oppenhet_och_insyn", "public"),
           " ",
           C("Region Gränsmark förbinder sig att redovisa de bedömningsgrunder som används när stöd "
             "fördelas.", "oppenhet_och_insyn", "public")]),
    ("p", [C("Civilsamhällets organisationer förväntas ge regionen insyn i hur regionens medel har "
             "använts och lämna den redovisning som anges i beslut eller avtal.",
             "oppenhet_och_insyn", "civil_society"),
           " Uppgifter om enskilda deltagare omfattas inte av kravet på redovisning."]),
    ("h2", "3.6 Mångfald"),
    ("p", ["Civilsamhället i Gränsmark är brett och rymmer allt från stora folkrörelser till små "
           "nätverk utan anställda. ",
           C("Regionen ska verka för att även små, nya och mindre etablerade organisationer kan delta i "
             "dialog och ta del av stöd", "mangfald", "public"),
           ", medan ",
           C("civilsamhällets organisationer förväntas arbeta för att deras verksamhet är tillgänglig för "
             "alla oavsett bakgrund, funktionsförmåga eller ålder", "mangfald", "civil_society"),
           "."]),
    ("p", [C("Parterna ska gemensamt motverka diskriminering och verka för en jämlik representation i "
             "dialogforum och samverkansråd.", "mangfald", "joint")]),
    ("h2", "3.7 Folkhälsa"),
    ("p", ["Skillnaderna i hälsa mellan olika grupper i länet är stora och har ökat under senare år.",
           FN(5),
           " Civilsamhällets organisationer når ofta grupper som regionen har svårt att nå. ",
           C("Region Gränsmark förbinder sig att involvera civilsamhällets organisationer i det regionala "
             "folkhälsoarbetet, bland annat i arbetet med att minska skillnader i hälsa mellan olika "
             "grupper.", "folkhalsa", "public"),
           " ",
           C("Civilsamhällets organisationer förväntas bidra med sin kunskap om målgruppernas behov och "
             "livsvillkor.", "folkhalsa", "civil_society")]),
    ("h1", "4 Former för samverkan"),
    ("h2", "4.1 Idéburet offentligt partnerskap"),
    ("p", ["Idéburet offentligt partnerskap (IOP) kan användas när en idéburen organisation själv har "
           "tagit initiativ till en verksamhet som regionen vill stödja och när verksamheten inte är "
           "ett köp av tjänster.", FN(6), " ",
           C("Regionen ska pröva om ett idéburet offentligt partnerskap är en lämplig samverkansform innan "
             "en verksamhet som civilsamhället redan bedriver upphandlas.", None, "public")]),
    ("h2", "4.2 Regionalt samverkansråd"),
    ("p", [C("Parterna ska gemensamt inrätta ett regionalt samverkansråd med företrädare för regionen och "
             "för civilsamhällets organisationer.", None, "joint"),
           " Samverkansrådet består av tre ledamöter utsedda av regionstyrelsen och sex företrädare "
           "som utses av civilsamhällets organisationer i länet. Rådet har en rådgivande funktion och "
           "fattar inga beslut för regionens räkning."]),
    ("h1", "5 Ansvar och uppföljning"),
    ("p", ["Regionstyrelsen har det övergripande ansvaret för policyn och för att den är känd i "
           "organisationen. Varje nämnd beslutar om de riktlinjer och rutiner som behövs inom nämndens "
           "område. ",
           C("Regionstyrelsen ska följa upp policyn vartannat år och redovisa resultatet för "
             "regionfullmäktige.", None, "public"),
           " Uppföljningen görs i samråd med det regionala samverkansrådet."]),
    ("h1", "6 Giltighet och revidering"),
    ("p", [VALID_1, " ", VALID_2]),
    ("p", ["Vid ändringar i den nationella politiken för det civila samhället kan regionstyrelsen "
           "besluta att policyn ska revideras i förtid."]),
    ("h1", "7 Relaterade dokument"),
    ("li", "Riktlinjer för bidrag till civilsamhällets organisationer (RS 2022/0456)"),
    ("li", "Regional utvecklingsstrategi Gränsmark 2035"),
    ("li", "Handbok för idéburet offentligt partnerskap i Region Gränsmark, 2024"),
    ("li", "Riktlinjer för medborgardialog i Region Gränsmark (RS 2020/0871)"),
]

DEFINITIONS = [
    ("Civilsamhället",
     "En arena, skild från staten, marknaden och det enskilda hushållet, där människor, grupper och "
     "organisationer agerar tillsammans för gemensamma intressen."),
    ("Idéburen organisation",
     "En organisation med en demokratisk eller värdebaserad grund som bedriver verksamhet utan "
     "vinstsyfte och som är fristående från det offentliga."),
    ("Idéburet offentligt partnerskap (IOP)", DEF_IOP),
    ("Samverkan",
     "Ett frivilligt samarbete mellan parter som behåller sina olika roller och sitt eget ansvar."),
]

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def add_field(paragraph, instr, placeholder="1"):
    def fld(kind):
        r = OxmlElement("w:r")
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r.append(fc)
        return r
    p = paragraph._p
    p.append(fld("begin"))
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r.append(it)
    p.append(r)
    p.append(fld("separate"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    p.append(r)
    p.append(fld("end"))


def footnote_ref(paragraph, n):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(n))
    r.append(ref)
    paragraph._p.append(r)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def footnotes_part(package):
    items = [
        f'<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        f'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
        f'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for n, text in FOOTNOTES.items():
        items.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r>'
            f'</w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:footnotes xmlns:w="{W_NS}">' + "".join(items) + "</w:footnotes>")
    return Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"), package)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def box_borders(table, color="5B7F95"):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "8")
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), color)
        borders.append(b)
    tblPr.append(borders)


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------


def build():
    doc = Document()
    st = doc.styles
    st["Normal"].font.name = "Liberation Serif"
    st["Normal"].font.size = Pt(11)
    st["Normal"].paragraph_format.space_after = Pt(6)
    for name, size in (("Heading 1", 14), ("Heading 2", 12), ("Title", 24)):
        st[name].font.name = "Liberation Sans"
        st[name].font.size = Pt(size)
        st[name].font.color.rgb = RGBColor(0x0B, 0x3C, 0x5D)
    st["Heading 2"].font.italic = False

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.6)
    sec.bottom_margin = Cm(2.4)
    sec.different_first_page_header_footer = True

    hp = sec.header.paragraphs[0]
    hp.text = f"Region Gränsmark\t{TITLE}\t{DNR}"
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.name = "Liberation Sans"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ")
    add_field(fp, "PAGE")
    fp.add_run(" av ")
    add_field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(9)
        r.font.name = "Liberation Sans"

    # ---------- cover ----------
    p = doc.add_paragraph()
    r = p.add_run("REGION GRÄNSMARK")
    r.bold = True
    r.font.size = Pt(14)
    r.font.name = "Liberation Sans"
    r.font.color.rgb = RGBColor(0x0B, 0x3C, 0x5D)
    p.paragraph_format.space_after = Pt(120)
    p = doc.add_paragraph()
    r = p.add_run("Policy")
    r.font.size = Pt(12)
    r.font.name = "Liberation Sans"
    r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    doc.add_paragraph(TITLE, style="Title")
    p = doc.add_paragraph(DECIDED)
    p.runs[0].bold = True
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(150)

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Dokumenttyp", "Policy"),
        ("Diarienummer", DNR),
        ("Beslutsinstans", "Regionfullmäktige"),
        ("Dokumentansvarig", "Regiondirektör"),
        ("Handläggare", "Avdelningen för regional utveckling"),
        ("Gäller från", "2024-07-01"),
        ("Giltig till och med", "2028-12-31"),
        ("Revideras", "En gång per mandatperiod"),
        ("Ersätter", "Policy för regionens samverkan med idéburen sektor (RF 2016-11-22, § 141)"),
    ]:
        row = info.add_row()
        for cell, txt, b in ((row.cells[0], k, True), (row.cells[1], v, False)):
            run = cell.paragraphs[0].add_run(txt)
            run.bold = b
            run.font.size = Pt(9)
            run.font.name = "Liberation Sans"
            cell.paragraphs[0].paragraph_format.space_after = Pt(0)
        shade(row.cells[0], "E3ECF2")
    info.autofit = False
    grid = info._tbl.tblGrid.findall(qn("w:gridCol"))
    for gc, w in zip(grid, (Cm(4.5), Cm(11.5))):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in info.rows:
        row.cells[0].width, row.cells[1].width = Cm(4.5), Cm(11.5)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------- body ----------
    for block in BLOCKS:
        kind = block[0]
        if kind == "h1":
            doc.add_heading(block[1], level=1)
        elif kind == "h2":
            doc.add_heading(block[1], level=2)
        elif kind == "p":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            for seg in block[1]:
                if isinstance(seg, str):
                    p.add_run(seg)
                elif seg[0] == "c":
                    p.add_run(seg[1])
                elif seg[0] == "fn":
                    footnote_ref(p, seg[1])
        elif kind == "li":
            doc.add_paragraph(block[1], style="List Bullet")
        elif kind == "defbox":
            t = doc.add_table(rows=1, cols=1)
            box_borders(t)
            cell = t.rows[0].cells[0]
            shade(cell, "EEF3F7")
            hp_ = cell.paragraphs[0]
            hr = hp_.add_run("Definitioner")
            hr.bold = True
            hr.font.name = "Liberation Sans"
            hr.font.size = Pt(10.5)
            for term, definition in DEFINITIONS:
                dp = cell.add_paragraph()
                dp.paragraph_format.space_after = Pt(4)
                tr = dp.add_run(term)
                tr.bold = True
                tr.font.size = Pt(10)
                dr = dp.add_run(" – " + definition)
                dr.font.size = Pt(10)
            doc.add_paragraph()

    doc.part.relate_to(footnotes_part(doc.part.package), RT.FOOTNOTES)
    doc.save(DOCX)


def convert():
    outdir = tempfile.mkdtemp()
    profile = tempfile.mkdtemp()
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, DOCX],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(outdir, BASENAME + ".pdf"), PDF)
    shutil.rmtree(outdir, ignore_errors=True)
    shutil.rmtree(profile, ignore_errors=True)


# --------------------------------------------------------------------------
# expected.json
# --------------------------------------------------------------------------


def commitments():
    out = []
    for block in BLOCKS:
        if block[0] != "p":
            continue
        for seg in block[1]:
            if isinstance(seg, tuple) and seg[0] == "c":
                out.append({"text": seg[1], "principle": seg[2], "party": seg[3]})
    return out


def by(slug=None, party=None, contains=None):
    return [c["text"] for c in commitments()
            if (slug is None or c["principle"] == slug)
            and (party is None or c["party"] == party)
            and (contains is None or contains in c["text"])]


MANGFALD_SENTENCE = (
    "Regionen ska verka för att även små, nya och mindre etablerade organisationer kan delta i "
    "dialog och ta del av stöd, medan civilsamhällets organisationer förväntas arbeta för att deras "
    "verksamhet är tillgänglig för alla oavsett bakgrund, funktionsförmåga eller ålder."
)


def questions():
    L = "pdf_policy_paragraphs"
    qs = [
        ("vad forvantas civilsamhallets organisationer gora nar det galler oppenhet och insyn i region gransmark",
         "sv", True, by("oppenhet_och_insyn", "civil_society"),
         ["insyn i hur regionens medel har använts", "redovisning som anges i beslut eller avtal"]),
        ("When was Region Gränsmark's policy for cooperation with civil society adopted, and by which body?",
         "en", True, [DECIDED], ["regionfullmäktige", "2024-06-11", "§ 93"]),
        ("Vad betyder idéburet offentligt partnerskap i regionens policy?", "sv", True, [DEF_IOP],
         ["tillsammans finansierar och genomför", "allmännyttigt behov"]),
        ("far regionen anvanda bidrag for att styra var forenings opinionsbildning?", "sv", True,
         by("sjalvstandighet_och_oberoende", "public", "förbinder sig"),
         ["förbinder sig att inte använda bidrag eller avtal", "opinionsbildning"]),
        ("How do the region's and the civil society organisations' commitments on diversity (mångfald) differ?",
         "en", True,
         [MANGFALD_SENTENCE] + by("mangfald", "joint"),
         ["små, nya och mindre etablerade organisationer", "tillgänglig för alla",
          "motverka diskriminering"]),
        ("Hur länge gäller policyn och när ska den revideras?", "sv", True, [VALID_1, VALID_2],
         ["2024-07-01", "2028-12-31", "en gång per mandatperiod"]),
        ("What does the region commit to under the principle of long-term sustainability?", "en", True,
         by("langsiktighet", "public"),
         ["fleråriga verksamhetsbidrag", "nio månader"]),
        ("hur ofta ska det regionala dialogforumet hallas", "sv", True,
         by("dialog", "joint"), ["minst två gånger per år"]),
        ("Hur mycket pengar avsätter Region Gränsmark till civilsamhällets organisationer varje år?",
         "sv", False, [], []),
        ("What is the application deadline for IOP funding from Region Gränsmark in 2025?", "en", False, [], []),
    ]
    out = []
    for i, (q, lang, ans, gold, mm) in enumerate(qs, 1):
        if ans:
            assert gold, q
        out.append({"id": f"{L}-q{i}", "question": q, "language": lang, "answerable": ans,
                    "gold": list(gold), "must_mention": list(mm)})
    return out


def main():
    build()
    convert()
    expected = {
        "file": BASENAME + ".pdf",
        "layout": "pdf_policy_paragraphs",
        "description": (
            "Region policy (governing document) written in Word (python-docx) and converted to PDF with "
            "LibreOffice: cover with 'Beslutad av regionfullmäktige 2024-06-11, § 93' and a "
            "document-information table (validity, revision, replaces), header and 'Sida X av Y' footer "
            "from page 2, numbered headings '1 Inledning', '2 Utgångspunkter', '3 Principer', '3.1 …', "
            "justified paragraphs with commitments as sentences ('Regionen ska …', 'Region Gränsmark "
            "förbinder sig att …', 'Civilsamhällets organisationer förväntas …', 'Parterna ska "
            "gemensamt …'), several paragraphs with two parties in one sentence, a shaded definitions "
            "box, Word footnotes with sources (one right after a commitment), extra principle "
            "Folkhälsa, commitments outside the principles under forms of cooperation and follow-up, "
            "validity and revision lines."
        ),
        "metadata": {
            "doc_id": "gransmark",
            "title": TITLE,
            "place": "Gränsmark",
            "organisation": "Region Gränsmark",
            "kind": "policy",
            "date": "2024-06-11",
            "body": "regionfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("commitments:", len(expected["commitments"]))


if __name__ == "__main__":
    main()
