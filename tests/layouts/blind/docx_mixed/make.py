#!/usr/bin/env python3
"""Generate a mixed-layout DOCX agreement for a region (python-docx): heading styles,
document-info table, TOC with page numbers, commitment tables with a column per party,
bulleted lists, a lead-in sentence with bullets, a jointly written 'Vi åtar oss' section
with a non-standard principle, real footnotes, header/footer with 'Sida X av Y' fields.
Also writes expected.json.  Run:  /tmp/bvenv/bin/python make.py
"""
import json
import os
import re
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "region_ostmark_overenskommelse.docx")

TITLE = ("Överenskommelse om samverkan mellan Region Östmark och idéburen sektor i "
         "Östmarks län")

FOOTNOTES = {
    1: "Med idéburen sektor avses i denna överenskommelse föreningar, stiftelser, trossamfund "
       "och andra organisationer som drivs utan vinstintresse och utifrån en gemensam idé.",
    2: "Folkhälsorapport Östmark 2022, Region Östmark, avdelningen för folkhälsa.",
}


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def add_field(run, code, cached="1"):
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = code
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = cached
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, i, s): run._r.append(el)
    import copy
    rpr = run._r.find(qn("w:rPr"))
    r2 = OxmlElement("w:r")
    if rpr is not None:
        r2.append(copy.deepcopy(rpr))
    r2.append(t)
    run._r.addnext(r2)
    r3 = OxmlElement("w:r")
    if rpr is not None:
        r3.append(copy.deepcopy(rpr))
    r3.append(e)
    r2.addnext(r3)


def add_footnote_part(document):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             f'<w:footnotes xmlns:w="{W}">'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/>'
             '</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>'
             '<w:spacing w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
             '</w:footnote>']
    for fid, text in FOOTNOTES.items():
        parts.append(f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr>'
                     '<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                     f'<w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>')
    parts.append("</w:footnotes>")
    blob = "".join(parts).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                blob, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def footnote_ref(paragraph, fid):
    r = paragraph.add_run()
    rPr = OxmlElement("w:rPr"); va = OxmlElement("w:vertAlign"); va.set(qn("w:val"), "superscript")
    rPr.append(va); r._r.append(rPr)
    ref = OxmlElement("w:footnoteReference"); ref.set(qn("w:id"), str(fid)); r._r.append(ref)


def build(toc_pages):
    commitments = []
    doc = Document()
    cp = doc.core_properties
    cp.title = TITLE; cp.author = "Region Östmark"; cp.language = "sv-SE"
    cp.subject = "Överenskommelse med idéburen sektor"; cp.keywords = "idéburen sektor, samverkan"

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.4)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.3)

    normal = doc.styles["Normal"]
    normal.font.name = "Liberation Sans"; normal.font.size = Pt(10.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
    lang = OxmlElement("w:lang"); lang.set(qn("w:val"), "sv-SE"); lang.set(qn("w:eastAsia"), "sv-SE")
    normal.element.rPr.append(lang)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name, size, color in (("Title", 20, "5B2C6F"), ("Subtitle", 12, "444444"),
                              ("Heading 1", 15, "5B2C6F"), ("Heading 2", 12.5, "5B2C6F"),
                              ("Heading 3", 11, "333333")):
        st = doc.styles[name]
        st.font.size = Pt(size); st.font.color.rgb = RGBColor.from_string(color)
        rf = st.element.rPr.rFonts
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        rf.set(qn("w:ascii"), "Liberation Sans"); rf.set(qn("w:hAnsi"), "Liberation Sans")

    # header / footer
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.2), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Region Östmark"); r.bold = True; r.font.size = Pt(9)
    r = hp.add_run("\t\tÖverenskommelse om samverkan med idéburen sektor"); r.font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.2), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Dnr RS 2023/1182\t\tSida "); r.font.size = Pt(8.5)
    r = fp.add_run(); r.font.size = Pt(8.5); add_field(r, "PAGE")
    r = fp.add_run(" av "); r.font.size = Pt(8.5)
    r = fp.add_run(); r.font.size = Pt(8.5); add_field(r, "NUMPAGES")

    headings = []

    def H(t, level=1):
        doc.add_heading(t, level=level); headings.append((level, t))

    def P(t, bold=False, italic=False, style=None):
        para = doc.add_paragraph(style=style)
        run = para.add_run(t); run.bold = bold; run.italic = italic
        return para

    def B(t, principle, party):
        para = doc.add_paragraph(t, style="List Bullet")
        para.paragraph_format.space_after = Pt(3)
        commitments.append({"text": t, "principle": principle, "party": party})

    def CS(sentence, text, principle, party):
        assert text in sentence
        P(sentence)
        commitments.append({"text": text, "principle": principle, "party": party})

    def party_table(headers, rows, principle, parties, widths):
        tbl = doc.add_table(rows=1, cols=len(headers))
        tbl.style = "Table Grid"; tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(headers):
            c = tbl.rows[0].cells[j]; c.text = ""
            run = c.paragraphs[0].add_run(h); run.bold = True
            shade(c, "E8DAEF")
        for row in rows:
            cells = tbl.add_row().cells
            for j, t in enumerate(row):
                cells[j].text = t
                if t != "–":
                    commitments.append({"text": t, "principle": principle,
                                        "party": parties[j]})
        for row in tbl.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
        doc.add_paragraph().paragraph_format.space_after = Pt(2)

    # ---------------- front matter ----------------
    info = doc.add_table(rows=0, cols=4)
    info.style = "Table Grid"
    for a, b_, c, d in (("Dokumenttyp", "Överenskommelse", "Diarienummer", "RS 2023/1182"),
                        ("Fastställd av", "Regionfullmäktige", "Beslutsdatum", "2024-02-07"),
                        ("Dokumentansvarig", "Regiondirektör", "Giltig till", "2027-12-31")):
        cells = info.add_row().cells
        for k, t in enumerate((a, b_, c, d)):
            cells[k].text = t
            cells[k].paragraphs[0].runs[0].font.size = Pt(8.5)
            if k in (0, 2):
                cells[k].paragraphs[0].runs[0].bold = True
                shade(cells[k], "F2F2F2")
    doc.add_paragraph()
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph("Regional överenskommelse 2024–2027", style="Subtitle")

    P("Innehåll", bold=True)
    for level, t, page in toc_pages:
        para = doc.add_paragraph()
        pf = para.paragraph_format
        pf.space_after = Pt(1); pf.left_indent = Cm(0 if level == 1 else 0.6)
        pf.tab_stops.add_tab_stop(Cm(16.2), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        run = para.add_run(f"{t}\t{page}"); run.font.size = Pt(9.5)
    doc.add_page_break()

    # ---------------- 1 ----------------
    H("1. Inledning")
    para = P("Region Östmark ansvarar för hälso- och sjukvård, kollektivtrafik, kultur och "
             "regional utveckling i länets nio kommuner. Inom alla dessa områden är den idéburna "
             "sektorn en viktig aktör.")
    footnote_ref(para, 1)
    para.add_run(" Patientföreningar, studieförbund, kvinno- och tjejjourer, idrottsrörelsen och "
                 "kulturföreningar bidrar med engagemang, kunskap och verksamhet som regionen "
                 "inte själv kan erbjuda.")
    P("Den första regionala överenskommelsen antogs 2019. Erfarenheterna från den har använts i "
      "arbetet med den här versionen, som har tagits fram av en gemensam arbetsgrupp och skickats "
      "på remiss till drygt 300 organisationer hösten 2023.")
    H("1.1 Syfte", 2)
    P("Syftet med överenskommelsen är att utveckla samverkan mellan Region Östmark och den "
      "idéburna sektorn så att invånarna i Östmarks län får bättre hälsa, ett rikare kulturliv "
      "och större möjligheter till delaktighet. Överenskommelsen ska också ge organisationerna "
      "tydligare förutsättningar i kontakterna med regionen.")
    H("1.2 Vilka omfattas?", 2)
    P("Överenskommelsen omfattar regionens samtliga nämnder och förvaltningar. På sektorns sida "
      "omfattar den de organisationer som är anslutna till Idéforum Östmark eller som har anmält "
      "att de vill ansluta sig.")

    # ---------------- 2 ----------------
    H("2. Principer och åtaganden")
    P("Överenskommelsen bygger på de sex principerna i den nationella överenskommelsen. Parterna "
      "har därutöver lagt till en sjunde princip, jämlik hälsa, som har särskild betydelse för en "
      "region med ansvar för hälso- och sjukvården.")

    H("2.1 Självständighet och oberoende", 2)
    P("Organisationernas självständighet är en förutsättning för att de ska kunna vara röstbärare "
      "och granska regionens verksamhet.")
    party_table(["Region Östmark åtar sig att", "Den idéburna sektorn åtar sig att"], [
        ["respektera att de idéburna organisationerna själva formulerar sina mål, arbetssätt och "
         "ställningstaganden",
         "vara tydliga med sin roll och sitt uppdrag när de samverkar med regionen"],
        ["inte använda bidragsvillkor för att styra organisationernas opinionsbildning",
         "verka för en bred finansiering så att verksamheten inte blir beroende av en enda "
         "bidragsgivare"],
    ], "sjalvstandighet_och_oberoende", ["public", "civil_society"], [8.1, 8.1])

    H("2.2 Dialog", 2)
    P("Dialogen mellan parterna ska vara återkommande och ske innan viktiga beslut fattas.")
    P("Regionen ska:", bold=True)
    B("involvera idéburna organisationer i tidiga skeden när regionala utvecklingsstrategier och "
      "vårdprogram tas fram", "dialog", "public")
    B("anordna en årlig dialogkonferens tillsammans med sektorn", "dialog", "public")
    B("utse en kontaktperson för idéburen sektor inom varje förvaltning", "dialog", "public")
    P("Den idéburna sektorn ska:", bold=True)
    B("samordna sina synpunkter genom de gemensamma nätverken när det är möjligt", "dialog",
      "civil_society")
    B("bidra med erfarenheter från de grupper som organisationerna företräder", "dialog",
      "civil_society")

    H("2.3 Kvalitet", 2)
    P("Kvalitet bedöms utifrån verksamhetens syfte och de människor den finns till för. Kraven på "
      "uppföljning ska vara rimliga.")
    party_table(["Region Östmark åtar sig att", "Den idéburna sektorn åtar sig att"], [
        ["ta fram enkla och enhetliga ansökningsformulär för regionens bidrag",
         "följa upp sin verksamhet och redovisa resultat på det sätt som överenskommits"],
        ["erbjuda kompetensutveckling om regionens organisation och beslutsprocesser",
         "ta ansvar för att personal och volontärer har den kompetens som uppdraget kräver"],
        ["ställa krav på uppföljning som står i proportion till bidragets storlek", "–"],
    ], "kvalitet", ["public", "civil_society"], [8.1, 8.1])

    H("2.4 Långsiktighet", 2)
    P("Många idéburna verksamheter bygger på relationer som tar lång tid att etablera. "
      "För att skapa stabila förutsättningar kommer regionen att")
    B("erbjuda fleråriga överenskommelser om verksamhetsstöd, som regel på tre år",
      "langsiktighet", "public")
    B("pröva idéburet offentligt partnerskap (IOP) som samverkansform där det är lämpligt",
      "langsiktighet", "public")
    CS("Organisationerna förbinder sig att planera sin verksamhet med sikte längre än ett "
       "budgetår och informera regionen om större förändringar.",
       "planera sin verksamhet med sikte längre än ett budgetår och informera regionen om "
       "större förändringar", "langsiktighet", "civil_society")

    H("2.5 Öppenhet och insyn", 2)
    P("Båda parter ska kunna förstå hur den andra parten arbetar och fattar beslut.")
    party_table(["Regionen", "Idéburen sektor", "Gemensamt"], [
        ["publicera beslut om bidrag och överenskommelser med idéburna organisationer på "
         "regionens webbplats",
         "ge regionen insyn i hur bidrag och ersättningar har använts",
         "föra en öppen dialog om svårigheter och misslyckanden, inte bara om framgångar"],
    ], "oppenhet_och_insyn", ["public", "civil_society", "joint"], [5.4, 5.4, 5.4])

    H("2.6 Mångfald", 2)
    P("Sektorn består av organisationer av mycket olika storlek och med olika inriktning. Den "
      "bredden ska tas till vara.")
    P("Regionen åtar sig att:", bold=True)
    B("ta hänsyn till att små organisationer har andra förutsättningar än stora när regler och "
      "villkor utformas", "mangfald", "public")
    P("Sektorn åtar sig att:", bold=True)
    B("verka för att styrelser och verksamheter speglar befolkningens sammansättning i Östmark",
      "mangfald", "civil_society")

    H("2.7 Jämlik hälsa", 2)
    para = P("Hälsan är ojämlikt fördelad i Östmarks län. Skillnaden i förväntad livslängd mellan "
             "länets kommuner är flera år, och den upplevda hälsan skiljer sig mellan grupper med "
             "olika utbildningsnivå.")
    footnote_ref(para, 2)
    P("Vi som står bakom den här överenskommelsen menar att regionen och den idéburna sektorn "
      "tillsammans kan nå människor som annars inte får det stöd de behöver. Därför har vi lagt "
      "till jämlik hälsa som en egen princip.")
    P("Vi åtar oss att:", bold=True)
    B("tillsammans identifiera grupper som riskerar att hamna utanför vården och nå dem genom "
      "organisationernas nätverk", "jamlik_halsa", "joint")
    B("samverka kring insatser mot ofrivillig ensamhet bland äldre", "jamlik_halsa", "joint")
    B("dela kunskap och statistik om skillnader i hälsa mellan länets kommuner", "jamlik_halsa",
      "joint")

    # ---------------- 3 ----------------
    H("3. Organisation och uppföljning")
    H("3.1 Regionala samverkansrådet", 2)
    P("Det regionala samverkansrådet består av sex förtroendevalda från regionstyrelsen och sex "
      "företrädare för Idéforum Östmark, som är sektorns gemensamma nätverk. Rådet träffas tre "
      "gånger per år.")
    CS("Regionens avdelning för civilsamhälle ansvarar för att samordna arbetet med "
       "överenskommelsen och för att kalla till samverkansrådet.",
       "samordna arbetet med överenskommelsen och för att kalla till samverkansrådet", None,
       "public")
    H("3.2 Uppföljning och giltighetstid", 2)
    P("Överenskommelsen gäller från den 1 mars 2024 till och med den 31 december 2027.")
    P("Den följs upp årligen i samverkansrådet. En samlad utvärdering görs under 2027 som underlag "
      "för en reviderad överenskommelse.")

    # ---------------- 4 ----------------
    H("4. Beslut")
    P("Beslutad av regionfullmäktige den 7 februari 2024, § 12.")
    P("Överenskommelsen har dessförinnan behandlats av regionstyrelsen den 16 januari 2024 och av "
      "styrelsen för Idéforum Östmark den 11 januari 2024.")
    sig = doc.add_table(rows=3, cols=2)
    for j, (a, b_, c) in enumerate((("För Region Östmark", "______________________________",
                                     "Maria Ekholm\nRegionstyrelsens ordförande"),
                                    ("För Idéforum Östmark", "______________________________",
                                     "Johan Sundqvist\nOrdförande"))):
        sig.cell(0, j).text = a; sig.cell(0, j).paragraphs[0].runs[0].bold = True
        sig.cell(1, j).text = "\n" + b_
        sig.cell(2, j).text = c
    doc.add_paragraph()

    H("Kontakt och versionshistorik", 2)
    P("Avdelningen för civilsamhälle, Region Östmark\nE-post: civilsamhalle@regionostmark.se\n"
      "Telefon: 010-555 20 00")
    vh = doc.add_table(rows=1, cols=3); vh.style = "Table Grid"
    for j, t in enumerate(("Version", "Datum", "Ändring")):
        vh.rows[0].cells[j].text = t; vh.rows[0].cells[j].paragraphs[0].runs[0].bold = True
        shade(vh.rows[0].cells[j], "F2F2F2")
    for row in (("0.9", "2023-09-15", "Remissversion till idéburna organisationer"),
                ("1.0", "2024-02-07", "Beslutad version")):
        cells = vh.add_row().cells
        for j, t in enumerate(row):
            cells[j].text = t

    add_footnote_part(doc)
    doc.save(OUT)
    return commitments, headings


def docx_text(path):
    d = Document(path)
    out = []
    body = d.element.body
    for el in body.iterchildren():
        if el.tag == qn("w:p"):
            out.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
        elif el.tag == qn("w:tbl"):
            for tc in el.iter(qn("w:tc")):
                for p_ in tc.iter(qn("w:p")):
                    out.append("".join(t.text or "" for t in p_.iter(qn("w:t"))))
    return out


def to_pdf(path, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, capture_output=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(path))[0] + ".pdf")


def heading_pages(pdf, headings):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True,
                                                         text=True).stdout).group(1))
    pages = [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), "-layout", pdf, "-"],
                            capture_output=True, text=True).stdout for i in range(1, n + 1)]
    res = []
    for level, t in headings:
        found = None
        for i in range(2, n + 1):   # skip the title/TOC page
            if any(line.strip() == t for line in pages[i - 1].splitlines()):
                found = i; break
        res.append((level, t, found if found else "?"))
    return res, n


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    tmp = tempfile.mkdtemp(prefix="ostmark_")
    _, headings = build([(1, "x", 1)])
    res, _ = heading_pages(to_pdf(OUT, tmp), headings)
    # second pass with TOC of the right length, then a third to settle page numbers
    commitments, headings = build(res)
    res, _ = heading_pages(to_pdf(OUT, tmp), headings)
    commitments, headings = build(res)
    res2, npages = heading_pages(to_pdf(OUT, tmp), headings)
    assert res2 == res and all(isinstance(p_, int) for _, _, p_ in res), res2
    print("pages:", npages, "pdf for viewing:", tmp)

    lines = docx_text(OUT)
    full = norm(" ".join(lines))
    for c in commitments:
        assert c["text"] in full, c
    assert not any(re.search(r"\b(the|and|of|Table|Heading)\b", l) for l in lines), "English?"

    L = "docx_mixed"
    questions = [
        dict(question="Vilka åtaganden har Region Östmark under principen om kvalitet?",
             language="sv", answerable=True,
             gold=["ta fram enkla och enhetliga ansökningsformulär för regionens bidrag",
                   "erbjuda kompetensutveckling om regionens organisation och beslutsprocesser",
                   "ställa krav på uppföljning som står i proportion till bidragets storlek"],
             must_mention=["ansökningsformulär", "kompetensutveckling"]),
        dict(question="Vad innebär principen om jämlik hälsa i överenskommelsen mellan Region "
                      "Östmark och idéburen sektor?", language="sv", answerable=True,
             gold=["tillsammans identifiera grupper som riskerar att hamna utanför vården och nå "
                   "dem genom organisationernas nätverk",
                   "samverka kring insatser mot ofrivillig ensamhet bland äldre",
                   "dela kunskap och statistik om skillnader i hälsa mellan länets kommuner"],
             must_mention=["ofrivillig ensamhet", "utanför vården"]),
        dict(question="kan var forening fa stod fran region ostmark i flera ar i taget?",
             language="sv", answerable=True,
             gold=["erbjuda fleråriga överenskommelser om verksamhetsstöd, som regel på tre år"],
             must_mention=["tre år"]),
        dict(question="What does Region Östmark commit to regarding dialogue with civil "
                      "society organisations?", language="en", answerable=True,
             gold=["involvera idéburna organisationer i tidiga skeden när regionala "
                   "utvecklingsstrategier och vårdprogram tas fram",
                   "anordna en årlig dialogkonferens tillsammans med sektorn",
                   "utse en kontaktperson för idéburen sektor inom varje förvaltning"],
             must_mention=["dialogkonferens", "kontaktperson"]),
        dict(question="Använder Region Östmark idéburet offentligt partnerskap?", language="sv",
             answerable=True,
             gold=["pröva idéburet offentligt partnerskap (IOP) som samverkansform där det är "
                   "lämpligt"],
             must_mention=["IOP"]),
        dict(question="Vem beslutade om överenskommelsen i Östmark och när?", language="sv",
             answerable=True,
             gold=["Beslutad av regionfullmäktige den 7 februari 2024, § 12."],
             must_mention=["regionfullmäktige", "7 februari 2024"]),
        dict(question="Vad ska de idéburna organisationerna göra när det gäller öppenhet och "
                      "insyn gentemot Region Östmark?", language="sv", answerable=True,
             gold=["ge regionen insyn i hur bidrag och ersättningar har använts"],
             must_mention=["bidrag och ersättningar"]),
        dict(question="Hur länge gäller överenskommelsen med Region Östmark?", language="sv",
             answerable=True,
             gold=["Överenskommelsen gäller från den 1 mars 2024 till och med den 31 december "
                   "2027."],
             must_mention=["31 december 2027"]),
        dict(question="Hur mycket pengar avsätter Region Östmark varje år till idéburna "
                      "organisationer?", language="sv", answerable=False, gold=[],
             must_mention=[]),
        dict(question="Does Region Östmark offer free meeting rooms to associations?",
             language="en", answerable=False, gold=[], must_mention=[]),
    ]
    out_q = []
    for i, q in enumerate(questions, 1):
        for g in q["gold"]:
            assert g in full, g
        for m in q["must_mention"]:
            assert any(m in g for g in q["gold"]), m
        out_q.append({"id": f"{L}-q{i}", **q})

    expected = {
        "file": os.path.basename(OUT),
        "layout": L,
        "description": "DOCX for a region: heading styles, document-info table, dotted TOC, "
                       "commitment tables with one column per party (2 and 3 columns, an empty "
                       "'–' cell), bullet lists, lead-in sentence with bullets, jointly written "
                       "'Vi åtar oss' section with a non-standard principle, real footnotes, "
                       "header/footer page fields, signature and version tables",
        "metadata": {
            "doc_id": "ostmark",
            "title": TITLE,
            "place": "Östmark",
            "organisation": "Region Östmark",
            "kind": "överenskommelse",
            "date": "2024-02-07",
            "body": "regionfullmäktige",
        },
        "commitments": commitments,
        "questions": out_q,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(commitments)} commitments, {len(out_q)} questions")


if __name__ == "__main__":
    main()
