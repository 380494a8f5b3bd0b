#!/usr/bin/env python3
"""Generate ekerslunda_lok_foreningslivet_2024.pdf (via a python-docx .docx and
LibreOffice) and expected.json.

Ekerslunda kommun is fictional.  The document is a typical Word-made LÖK:
cover text without a logo, document info + typed TOC, foreword signed by both
sides, background, seven principles (description, then Kommunen / Föreningarna
/ Tillsammans), follow-up with an action-plan table, signatures.

Run:  python3 make.py   (needs python-docx, soffice, pdftotext)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import docx  # noqa: F401
except ImportError:  # fall back to the project venv
    venv = "/work/main/.venv/bin/python"
    if os.path.exists(venv) and sys.executable != venv:
        os.execv(venv, [venv] + sys.argv)
    raise

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_ID = "ekerslunda_lok_foreningslivet_2024"
PDF = DOC_ID + ".pdf"
TITLE = "Lokal överenskommelse mellan Ekerslunda kommun och föreningslivet"
BLUE = RGBColor(0x1F, 0x4E, 0x79)

COMMITMENTS = []  # (text, principle, party)


def c(text, principle, party):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


# ---------------------------------------------------------------- helpers
def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_table_borders(table, sz=4, color="808080", none=False):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        if none:
            el.set(qn("w:val"), "nil")
        else:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def add_field(paragraph, instr, placeholder="1"):
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._r.append(fc)
    r = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._r.append(fc)
    paragraph.add_run(placeholder)
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._r.append(fc)


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None,
         align=None, space_after=None, keep_next=False, color=None):
    p = doc_or_cell.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep_next:
        p.paragraph_format.keep_with_next = True
    return p


def lead_in(doc, text):
    p = para(doc, text, bold=True, keep_next=True, space_after=3)
    p.paragraph_format.space_before = Pt(6)
    return p


def bullets(doc, items, principle, party):
    for t in items:
        para(doc, c(t, principle, party), style="List Bullet", space_after=2)


def fact_box(doc, heading, lines, fill="DEEAF6"):
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(t, none=True)
    cell = t.rows[0].cells[0]
    set_cell_shading(cell, fill)
    cant_split(t.rows[0])
    cell.paragraphs[0].add_run(heading).bold = True
    cell.paragraphs[0].runs[0].font.name = "Arial"
    for ln in lines:
        para(cell, ln, size=10, space_after=3)
    para(doc, "", space_after=0)
    return t


# ---------------------------------------------------------------- document
def build(docx_path, toc_pages):
    COMMITMENTS.clear()
    doc = Document()

    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.1
    for name, size in (("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5)):
        hs = doc.styles[name]
        hs.font.name = "Arial"
        hs.font.size = Pt(size)
        hs.font.bold = True
        hs.font.color.rgb = BLUE
        rpr = hs.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), "Arial")
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rfonts.get(qn(a)) is not None:
                del rfonts.attrib[qn(a)]
        hs.paragraph_format.space_before = Pt(18 if name == "Heading 1" else 12)
        hs.paragraph_format.space_after = Pt(6)
    doc.styles["List Bullet"].font.size = Pt(11.5)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    sec.header_distance = sec.footer_distance = Cm(1.1)
    sec.different_first_page_header_footer = True

    # header / footer (not on the cover)
    for sname in ("Header", "Footer"):
        doc.styles[sname].paragraph_format.tab_stops.clear_all()
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Ekerslunda kommun\tLÖK – Lokal överenskommelse med föreningslivet 2024–2027")
    r.font.size = Pt(8.5)
    r.font.name = "Arial"
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Dnr KS 2023/0318\tSida ")
    r.font.size = Pt(8.5)
    add_field(fp, "PAGE")
    fp.add_run(" av ").font.size = Pt(8.5)
    add_field(fp, "NUMPAGES", "9")
    for rr in fp.runs:
        rr.font.size = Pt(8.5)
        rr.font.name = "Arial"

    # ------------------------------------------------------------ cover
    for _ in range(5):
        para(doc, "")
    para(doc, "Ekerslunda kommun", size=14, color=BLUE, space_after=36).runs[0].font.name = "Arial"
    p = para(doc, "LÖK", bold=True, size=48, color=BLUE, space_after=6)
    p.runs[0].font.name = "Arial"
    p = para(doc, TITLE, bold=True, size=22, space_after=12)
    p.runs[0].font.name = "Arial"
    p = para(doc, "2024–2027", size=18, color=BLUE, space_after=48)
    p.runs[0].font.name = "Arial"
    para(doc, "Framtagen av en gemensam arbetsgrupp med representanter för kommunen och föreningslivet",
         italic=True, size=12)
    for _ in range(8):
        para(doc, "")
    para(doc, "Antagen av kommunfullmäktige 2024-04-22, § 47", size=10)
    para(doc, "Dnr KS 2023/0318", size=10)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------ doc info + TOC
    para(doc, "Dokumentinformation", bold=True, size=11, space_after=4).runs[0].font.name = "Arial"
    info = [
        ("Dokumenttyp", "Överenskommelse"),
        ("Beslutad av", "Kommunfullmäktige 2024-04-22, § 47"),
        ("Dokumentansvarig", "Kultur- och fritidsnämnden"),
        ("Gäller för", "Samtliga nämnder och förvaltningar samt anslutna föreningar"),
        ("Giltighetstid", "2024-06-01 – 2027-12-31"),
        ("Diarienummer", "KS 2023/0318"),
    ]
    t = doc.add_table(rows=len(info), cols=2)
    t.autofit = False
    set_table_borders(t, sz=2, color="BFBFBF")
    t.columns[0].width = Cm(4.5)
    t.columns[1].width = Cm(11.5)
    for i, (k, v) in enumerate(info):
        t.cell(i, 0).width = Cm(4.5)
        t.cell(i, 1).width = Cm(11.5)
        t.cell(i, 0).paragraphs[0].add_run(k).bold = True
        t.cell(i, 1).paragraphs[0].add_run(v)
        for cc in t.rows[i].cells:
            for rr in cc.paragraphs[0].runs:
                rr.font.size = Pt(9.5)
                rr.font.name = "Arial"
            cc.paragraphs[0].paragraph_format.space_after = Pt(1)
        set_cell_shading(t.cell(i, 0), "F2F2F2")
    para(doc, "")
    para(doc, "")
    p = para(doc, "Innehåll", bold=True, size=16, color=BLUE, space_after=10)
    p.runs[0].font.name = "Arial"
    for level, head in TOC:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if level == 2:
            p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.space_after = Pt(2 if level == 2 else 4)
        r = p.add_run(f"{head}\t{toc_pages.get(head, '')}")
        r.bold = level == 1
        r.font.size = Pt(10.5)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------ foreword
    doc.add_heading("Förord", level=1)
    for txt in (
        "Ekerslunda har ett rikt föreningsliv. Drygt 230 föreningar finns i kommunens "
        "föreningsregister – idrottsföreningar, hembygdsföreningar, pensionärsföreningar, "
        "kulturföreningar, studieförbund, intresseorganisationer och många fler. Tillsammans samlar de "
        "tusentals medlemmar och ideella ledare som varje vecka gör skillnad för människor i alla "
        "åldrar, i centralorten såväl som i byarna.",
        "Föreningslivet är inte en förlängning av den kommunala verksamheten. Det är en egen kraft, "
        "med egna värderingar och med rätt att ibland tycka annorlunda än kommunen. Just därför behöver "
        "vi gemensamma spelregler för hur vi samverkar. Den här överenskommelsen – vår LÖK – är inget "
        "avtal med juridiska förpliktelser. Den är ett gemensamt löfte om hur vi vill arbeta "
        "tillsammans och om vad var och en av oss tar ansvar för.",
        "Överenskommelsen har vuxit fram under drygt ett års arbete i en arbetsgrupp där kommunen och "
        "föreningslivet har suttit vid samma bord. Många föreningar har dessutom lämnat synpunkter vid "
        "dialogmötena och i remissen. Tack till alla som har bidragit!",
        "Nu börjar det viktiga arbetet: att göra orden till verklighet.",
    ):
        para(doc, txt)
    para(doc, "Ekerslunda i april 2024", space_after=24)
    t = doc.add_table(rows=2, cols=2)
    set_table_borders(t, none=True)
    sig = [("Karin Sjöholm (S)", "Mats Ekdahl"),
           ("Kommunstyrelsens ordförande", "Ordförande, Föreningsalliansen i Ekerslunda")]
    for i, row in enumerate(sig):
        for j, txt in enumerate(row):
            cp = t.cell(i, j).paragraphs[0]
            rr = cp.add_run(txt)
            rr.bold = i == 0
            rr.italic = i == 1
            cp.paragraph_format.space_after = Pt(0)

    # ------------------------------------------------------------ 1 background
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("1 Bakgrund", level=1)
    doc.add_heading("1.1 Den nationella överenskommelsen", level=2)
    para(doc, "År 2008 tecknade regeringen, Sveriges Kommuner och Landsting (i dag Sveriges Kommuner "
              "och Regioner) och ett stort antal idéburna organisationer inom det sociala området en "
              "nationell överenskommelse. Den bygger på sex principer: självständighet och oberoende, "
              "dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald. Sedan dess har många "
              "kommuner och regioner tagit fram egna lokala eller regionala överenskommelser med den "
              "nationella som förebild.")
    doc.add_heading("1.2 Så har överenskommelsen tagits fram", level=2)
    para(doc, "Hösten 2022 gav kommunstyrelsen kultur- och fritidsförvaltningen i uppdrag att "
              "tillsammans med föreningslivet ta fram en lokal överenskommelse (KS 2022-10-11, § 182). "
              "En arbetsgrupp bildades med fyra tjänstepersoner från kommunen och sex representanter "
              "för föreningslivet. Arbetsgruppen har träffats elva gånger och har hållit tre öppna "
              "dialogmöten i Ekerslunda, Storbäcken och Vallsjö med sammanlagt 118 deltagare.")
    para(doc, "Ett förslag skickades på remiss till samtliga föreningar i föreningsregistret och till "
              "kommunens nämnder under oktober–november 2023. Det kom in 41 remissvar, varav 33 från "
              "föreningar. Synpunkterna har lett till flera ändringar, bland annat att barnrättsperspektivet "
              "har fått en egen princip.")
    fact_box(doc, "Arbetsgruppen", [
        "Från kommunen: Sara Lindqvist, föreningsutvecklare, kultur- och fritidsförvaltningen "
        "(sammankallande) · Johan Berg, enhetschef fritid · Amina Hassan, socialförvaltningen · "
        "Lars-Erik Nyström, utbildningsförvaltningen",
        "Från föreningslivet: Mats Ekdahl, Föreningsalliansen i Ekerslunda · Eva Wiklund, "
        "Ekerslunda Hembygdsförening · Ahmed Yusuf, Ekerslunda IF · Birgitta Holm, SPF Seniorerna "
        "Ekerslunda · Jonas Öberg, Storbäckens Byalag · Linnea Sandberg, Kulturföreningen Gnistan",
    ])
    doc.add_heading("1.3 Syfte", level=2)
    para(doc, "Överenskommelsen syftar till att tydliggöra rollerna mellan kommunen och föreningslivet, "
              "förbättra förutsättningarna för samverkan och ge föreningslivet bättre möjligheter att "
              "bidra till utvecklingen av Ekerslunda som en god plats att leva på.")
    doc.add_heading("1.4 Parter och giltighetstid", level=2)
    para(doc, "Överenskommelsen gäller mellan Ekerslunda kommun – samtliga nämnder och förvaltningar – "
              "och de föreningar och andra idéburna organisationer som verkar i kommunen och som ställer "
              "sig bakom den. En förening ansluter sig genom en anmälan till kultur- och "
              "fritidsförvaltningen. De kommunala bolagen uppmuntras att arbeta i överenskommelsens anda.")
    para(doc, "Överenskommelsen gäller från och med den 1 juni 2024 till och med den 31 december 2027.")
    para(doc, "Överenskommelsen är inte juridiskt bindande. Den ersätter inte avtal, bidragsregler eller "
              "idéburet offentligt partnerskap (IOP), och den påverkar inte kommunens budgetprocess.")

    # ------------------------------------------------------------ 2 principles
    doc.add_heading("2 Principer och åtaganden", level=1)
    para(doc, "Överenskommelsen bygger på de sex principerna i den nationella överenskommelsen. "
              "Arbetsgruppen har dessutom lagt till en sjunde princip, barnrättsperspektiv, eftersom en "
              "stor del av föreningslivet i Ekerslunda riktar sig till barn och unga.")
    para(doc, "Under varje princip beskrivs först vad principen betyder för oss. Därefter följer vad "
              "kommunen, föreningarna och vi tillsammans åtar oss.")

    # 2.1
    P = "sjalvstandighet_och_oberoende"
    doc.add_heading("2.1 Självständighet och oberoende", level=2)
    para(doc, "Föreningar bygger på medlemmarnas engagemang och bestämmer själva över sina mål, sin "
              "verksamhet och sina åsikter. Att en förening får bidrag från kommunen eller samverkar med "
              "den ändrar inte på det. En självständig förening kan vara både samarbetspartner och "
              "kritisk röst.")
    lead_in(doc, "Kommunen åtar sig att:")
    bullets(doc, [
        "respektera föreningarnas rätt att själva bestämma över sin verksamhet, sina arbetsformer och "
        "sina ståndpunkter",
        "inte låta en förenings kritik mot kommunen påverka beslut om bidrag, lokaler eller andra "
        "former av stöd",
    ], P, "public")
    lead_in(doc, "Föreningarna åtar sig att:")
    bullets(doc, [
        "vara tydliga med när de företräder sina medlemmar och när de utför ett uppdrag åt kommunen",
        "ha en demokratisk uppbyggnad med stadgar, årsmöte och en vald styrelse",
    ], P, "civil_society")
    lead_in(doc, "Tillsammans")
    para(doc, c("Parterna ska gemensamt värna om att samverkan sker på jämbördiga villkor, även när "
                "kommunen är bidragsgivare.", P, "joint"))

    # 2.2
    P = "dialog"
    doc.add_heading("2.2 Dialog", level=2)
    para(doc, "Dialog handlar om att lyssna på varandra och att ta tillvara föreningslivets kunskap "
              "tidigt – innan besluten är fattade. Dialogen behöver fungera för både stora och små "
              "föreningar, och för föreningar med och utan anställda.")
    lead_in(doc, "Kommunen ska:")
    bullets(doc, [
        "bjuda in till föreningsforum minst två gånger per år",
        "involvera berörda föreningar tidigt när förändringar som påverkar föreningslivet planeras, "
        "till exempel i bidragsregler, taxor eller lokalfrågor",
        "ge återkoppling på hur föreningarnas synpunkter har tagits om hand",
    ], P, "public")
    lead_in(doc, "Föreningslivet ska:")
    bullets(doc, [
        "utse representanter till föreningsforum som kan föra fram fler föreningars synpunkter än den "
        "egna föreningens",
    ], P, "civil_society")
    lead_in(doc, "Tillsammans ska vi:")
    bullets(doc, [
        "ta fram ett enkelt sätt för föreningar att lämna synpunkter digitalt mellan mötena",
    ], P, "joint")
    fact_box(doc, "Föreningsforum – så fungerar det", [
        "Föreningsforum är en mötesplats där förtroendevalda, tjänstepersoner och föreningar träffas. "
        "Mötena hålls växelvis i Ekerslunda centrum och i någon av byarna. Under 2023 deltog 64 "
        "föreningar i minst ett av mötena.",
    ])

    # 2.3
    P = "kvalitet"
    doc.add_heading("2.3 Kvalitet", level=2)
    para(doc, "Kvalitet i föreningslivet handlar om mer än mätbara resultat. Det handlar om trygga "
              "miljöer, engagerade ledare och en verksamhet som deltagarna själva uppskattar. "
              "Föreningarna har själva ansvaret för kvaliteten i sin verksamhet, men kommunen kan "
              "stödja dem i det arbetet.")
    para(doc, c("Kommunen ska erbjuda kostnadsfria utbildningar för föreningarnas styrelser och ledare, "
                "bland annat i föreningsekonomi, GDPR och bidragsansökningar.", P, "public") + " "
         + c("Kommunen ansvarar också för att uppföljningen av bidrag görs med enkla och förutsägbara "
             "rutiner som står i proportion till bidragets storlek.", P, "public"))
    para(doc, c("Föreningarna förbinder sig att arbeta med ledarutveckling och att löpande utvärdera "
                "sin verksamhet tillsammans med medlemmarna.", P, "civil_society"))
    para(doc, c("Kommunen och föreningslivet kommer gemensamt att ta fram några enkla "
                "kvalitetsindikatorer som kan användas i den årliga uppföljningen av överenskommelsen.",
                P, "joint"))

    # 2.4
    P = "langsiktighet"
    doc.add_heading("2.4 Långsiktighet", level=2)
    para(doc, "Föreningar bygger upp sin verksamhet över lång tid och är beroende av att kunna planera. "
              "Korta projektpengar och plötsliga förändringar i villkoren gör det svårt att behålla "
              "ideella ledare och att våga satsa.")
    lead_in(doc, "Kommunen åtar sig att:")
    bullets(doc, [
        "i första hand ge verksamhetsbidrag framför projektbidrag där det är möjligt",
        "informera om förändringar i bidragsregler och taxor senast sex månader innan de träder i kraft",
    ], P, "public")
    lead_in(doc, "Föreningarna åtar sig att:")
    bullets(doc, [
        "i god tid informera kommunen om föreningen planerar att lägga ned eller kraftigt förändra en "
        "verksamhet som kommunen stödjer",
    ], P, "civil_society")
    lead_in(doc, "Tillsammans")
    para(doc, c("Tillsammans ansvarar vi för att överenskommelsen lever vidare även när personer byts "
                "ut, både i kommunen och i föreningarna.", P, "joint"))

    # 2.5 (table)
    P = "oppenhet_och_insyn"
    doc.add_heading("2.5 Öppenhet och insyn", level=2)
    para(doc, "Öppenhet skapar förtroende. Kommunen hanterar skattemedel och behöver kunna redovisa hur "
              "de används. Föreningarna har rätt att förstå hur de beslut som rör dem fattas. Samtidigt "
              "har föreningarna rätt till sin integritet; insynen gäller det som rör samverkan och "
              "kommunens stöd.")
    para(doc, "Så här tar vi ansvar för öppenhet och insyn:", keep_next=True)
    cols = [
        ("Kommunen åtar sig att", "public", [
            "publicera bidragsregler, beslut om föreningsbidrag och fördelningen av lokaltider på "
            "kommunens webbplats",
            "motivera avslag på bidragsansökningar skriftligt",
        ]),
        ("Föreningarna åtar sig att", "civil_society", [
            "lämna verksamhetsberättelse, årsbokslut och revisionsberättelse när de söker bidrag",
        ]),
        ("Tillsammans ska vi", "joint", [
            "redovisa uppföljningen av överenskommelsen öppet, bland annat på föreningsforum",
        ]),
    ]
    t = doc.add_table(rows=2, cols=3)
    set_table_borders(t, sz=4, color="9DC3E6")
    repeat_header(t.rows[0])
    cant_split(t.rows[1])
    for j, (head, party, items) in enumerate(cols):
        hc = t.cell(0, j)
        set_cell_shading(hc, "1F4E79")
        r = hc.paragraphs[0].add_run(head)
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        r.font.name = "Arial"
        r.font.size = Pt(10)
        cell = t.cell(1, j)
        first = True
        for it in items:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            rr = p.add_run(c(it, P, party))
            rr.font.size = Pt(10.5)
            p.paragraph_format.space_after = Pt(6)
    para(doc, "", space_after=0)

    # 2.6
    P = "mangfald"
    doc.add_heading("2.6 Mångfald", level=2)
    para(doc, "I Ekerslunda bor människor med rötter i ett sextiotal länder, och förutsättningarna "
              "skiljer sig mycket mellan centralorten och landsbygden. Ett mångsidigt föreningsliv, där "
              "alla kan hitta ett sammanhang oavsett kön, ålder, funktionsförmåga, bakgrund eller "
              "bostadsort, gör hela kommunen starkare.")
    lead_in(doc, "Kommunen ska:")
    bullets(doc, [
        "se till att bidragsformerna fungerar även för små och nystartade föreningar",
        "verka för att kommunens lokaler för föreningsverksamhet är tillgängliga för personer med "
        "funktionsnedsättning",
    ], P, "public")
    lead_in(doc, "Föreningarna ska:")
    bullets(doc, [
        "arbeta aktivt mot diskriminering och kränkande behandling",
    ], P, "civil_society")
    lead_in(doc, "Tillsammans ska vi:")
    bullets(doc, [
        "samarbeta för att nå grupper som i dag sällan deltar i föreningslivet, till exempel nyanlända "
        "och äldre på landsbygden",
    ], P, "joint")

    # 2.7
    P = "barnrattsperspektiv"
    doc.add_heading("2.7 Barnrättsperspektiv", level=2)
    para(doc, "Sedan 2020 är FN:s konvention om barnets rättigheter svensk lag. Föreningslivet är en av "
              "de viktigaste arenorna för barns och ungas fritid i Ekerslunda, och barn har rätt att "
              "komma till tals i frågor som rör dem.")
    para(doc, c("Kommunen kommer att göra barnkonsekvensanalyser inför beslut som påverkar barns och "
                "ungas möjligheter till föreningsverksamhet.", P, "public") + " "
         + c("Vid fördelningen av lokaltider ska kommunen prioritera verksamhet för barn och unga.",
             P, "public"))
    lead_in(doc, "Föreningar med verksamhet för barn och unga åtar sig att:")
    bullets(doc, [
        "begära utdrag ur belastningsregistret för ledare som arbetar med barn och unga",
        "ha en handlingsplan för hur föreningen agerar vid misstanke om att ett barn far illa",
    ], P, "civil_society")
    para(doc, c("Kommunen och föreningslivet ska tillsammans ordna en årlig utbildningsdag om barnets "
                "rättigheter för ideella ledare.", P, "joint"))

    # ------------------------------------------------------------ 3 follow-up
    doc.add_heading("3 Genomförande och uppföljning", level=1)
    para(doc, "En överenskommelse blir verklighet först när den används i vardagen – i "
              "bidragshandläggningen, i planeringen av lokaler och i föreningarnas egna styrelserum.")
    doc.add_heading("3.1 Ansvar och uppföljning", level=2)
    para(doc, c("Kultur- och fritidsnämnden ansvarar för att samordna kommunens arbete med "
                "överenskommelsen och för att den är känd inom samtliga förvaltningar.", None, "public"))
    para(doc, c("Föreningsalliansen i Ekerslunda ansvarar för att sprida överenskommelsen bland "
                "föreningarna och för att samla in föreningslivets erfarenheter inför uppföljningen.",
                None, "civil_society"))
    para(doc, c("Parterna ska varje år gemensamt följa upp hur åtagandena har genomförts, med en "
                "enkät till föreningarna och kommunens egen redovisning som underlag.", None, "joint")
         + " Resultatet blir underlag för kommunstyrelsens årsredovisning och för samtalet på "
           "höstens föreningsforum.")
    para(doc, c("Kommunstyrelsen och Föreningsalliansen ska senast våren 2027 påbörja en revidering, så "
                "att en reviderad överenskommelse kan gälla från och med 2028.", None, "joint"))
    doc.add_heading("3.2 Handlingsplan 2024–2025", level=2)
    para(doc, "För att komma igång har arbetsgruppen enats om följande aktiviteter, som parterna åtar "
              "sig att genomföra under de två första åren:", keep_next=True)
    rows = [
        ("Ta fram en föreningsguide på kommunens webbplats",
         "Kommunen (kultur- och fritidsförvaltningen)", "December 2024", "public"),
        ("Hålla informationsträffar om överenskommelsen för föreningarnas styrelser",
         "Föreningsalliansen", "Hösten 2024", "civil_society"),
        ("Kartlägga föreningarnas behov av lokaler", "Gemensamt", "December 2025", "joint"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.autofit = False
    for j, w in enumerate((Cm(8.0), Cm(5.0), Cm(3.0))):
        t.columns[j].width = w
    set_table_borders(t, sz=4, color="9DC3E6")
    repeat_header(t.rows[0])
    widths = (Cm(8.0), Cm(5.0), Cm(3.0))
    for j, h in enumerate(("Aktivitet", "Ansvarig", "Klart")):
        hc = t.cell(0, j)
        set_cell_shading(hc, "1F4E79")
        r = hc.paragraphs[0].add_run(h)
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        r.font.name = "Arial"
        r.font.size = Pt(10)
    for i, (act, who, when, party) in enumerate(rows, start=1):
        c(act, None, party)
        for j, txt in enumerate((act, who, when)):
            cell = t.cell(i, j)
            cell.width = widths[j]
            rr = cell.paragraphs[0].add_run(txt)
            rr.font.size = Pt(10.5)
            cell.paragraphs[0].paragraph_format.space_after = Pt(2)
        cant_split(t.rows[i])
    for j in range(3):
        t.cell(0, j).width = widths[j]
    para(doc, "", space_after=0)
    fact_box(doc, "Kontakt", [
        "Har du frågor om överenskommelsen? Kontakta Sara Lindqvist, föreningsutvecklare på kultur- "
        "och fritidsförvaltningen, telefon 0657-512 40, e-post forening@ekerslunda.se.",
        "Föreningsalliansen i Ekerslunda nås på info@foreningsalliansen-ekerslunda.se.",
    ], fill="F2F2F2")

    # ------------------------------------------------------------ 4 signatures
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("4 Underskrifter", level=1)
    para(doc, "Överenskommelsen har undertecknats i två likalydande exemplar, varav parterna tagit var "
              "sitt.")
    para(doc, "Ekerslunda den 30 maj 2024", space_after=18)
    t = doc.add_table(rows=1, cols=2)
    set_table_borders(t, none=True)
    heads = ("För Ekerslunda kommun", "För föreningslivet i Ekerslunda")
    for j, h in enumerate(heads):
        t.cell(0, j).paragraphs[0].add_run(h).bold = True
    signers = [
        (("Karin Sjöholm", "Kommunstyrelsens ordförande"),
         ("Mats Ekdahl", "Ordförande, Föreningsalliansen i Ekerslunda")),
        (("Ulla Strömberg", "Ordförande, kultur- och fritidsnämnden"),
         ("Eva Wiklund", "Ekerslunda Hembygdsförening")),
        (("Peter Granlund", "Kommundirektör"),
         ("Ahmed Yusuf", "Ekerslunda IF")),
    ]
    for pair in signers:
        row = t.add_row()
        cant_split(row)
        for j, (name, role) in enumerate(pair):
            cell = row.cells[j]
            p = cell.paragraphs[0]
            p.paragraph_format.space_before = Pt(30)
            p.paragraph_format.space_after = Pt(0)
            p.add_run("_______________________________")
            p2 = cell.add_paragraph()
            p2.paragraph_format.space_after = Pt(0)
            p2.add_run(name)
            p3 = cell.add_paragraph()
            r = p3.add_run(role)
            r.italic = True
            r.font.size = Pt(10)

    doc.save(docx_path)


TOC = [
    (1, "Förord"),
    (1, "1 Bakgrund"),
    (2, "1.1 Den nationella överenskommelsen"),
    (2, "1.2 Så har överenskommelsen tagits fram"),
    (2, "1.3 Syfte"),
    (2, "1.4 Parter och giltighetstid"),
    (1, "2 Principer och åtaganden"),
    (2, "2.1 Självständighet och oberoende"),
    (2, "2.2 Dialog"),
    (2, "2.3 Kvalitet"),
    (2, "2.4 Långsiktighet"),
    (2, "2.5 Öppenhet och insyn"),
    (2, "2.6 Mångfald"),
    (2, "2.7 Barnrättsperspektiv"),
    (1, "3 Genomförande och uppföljning"),
    (2, "3.1 Ansvar och uppföljning"),
    (2, "3.2 Handlingsplan 2024–2025"),
    (1, "4 Underskrifter"),
]


def render(toc_pages, workdir):
    docx_path = os.path.join(workdir, DOC_ID + ".docx")
    build(docx_path, toc_pages)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", workdir, docx_path],
                   check=True, capture_output=True)
    return os.path.join(workdir, DOC_ID + ".pdf")


def page_numbers(pdf):
    txt = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    pages = txt.split("\f")
    found = {}
    for _, head in TOC:
        for i, pg in enumerate(pages[2:], start=3):  # skip cover and TOC page
            if any(line.strip() == head for line in pg.splitlines()):
                found[head] = i
                break
    return found


def main():
    work = tempfile.mkdtemp(prefix="lok_")
    try:
        pages = page_numbers(render({}, work))
        pdf = render(pages, work)
        if page_numbers(pdf) != pages:
            pages = page_numbers(pdf)
            pdf = render(pages, work)
        shutil.copy(pdf, os.path.join(HERE, PDF))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    missing = [h for _, h in TOC if h not in pages]
    if missing:
        print("WARNING: headings not located for TOC:", missing)
    write_expected()
    print(f"wrote {PDF} and expected.json ({len(COMMITMENTS)} commitments)")


# ---------------------------------------------------------------- expected.json
def write_expected():
    questions = [
        {
            "id": "q1", "language": "sv", "answerable": True,
            "question": "Hur ofta ska kommunen bjuda in till föreningsforum?",
            "gold": ["bjuda in till föreningsforum minst två gånger per år"],
            "must_mention": ["minst två gånger per år"],
        },
        {
            "id": "q2", "language": "sv", "answerable": True,
            "question": "Hur länge gäller LÖK:en och när ska den ses över?",
            "gold": [
                "Överenskommelsen gäller från och med den 1 juni 2024 till och med den 31 december 2027.",
                "Kommunstyrelsen och Föreningsalliansen ska senast våren 2027 påbörja en revidering, så "
                "att en reviderad överenskommelse kan gälla från och med 2028.",
            ],
            "must_mention": ["31 december 2027", "våren 2027"],
        },
        {
            "id": "q3", "language": "sv", "answerable": True,
            "question": "vad maste vi som forening med barnverksamhet gora enligt overenskommelsen?",
            "gold": [
                "begära utdrag ur belastningsregistret för ledare som arbetar med barn och unga",
                "ha en handlingsplan för hur föreningen agerar vid misstanke om att ett barn far illa",
            ],
            "must_mention": ["belastningsregistret", "handlingsplan"],
        },
        {
            "id": "q4", "language": "en", "answerable": True,
            "question": "Will the municipality tell us in advance before it changes the grant rules?",
            "gold": [
                "informera om förändringar i bidragsregler och taxor senast sex månader innan de träder i kraft",
            ],
            "must_mention": ["sex månader"],
        },
        {
            "id": "q5", "language": "sv", "answerable": True,
            "question": "Vem har skrivit överenskommelsen och hur många föreningar tyckte till?",
            "gold": [
                "En arbetsgrupp bildades med fyra tjänstepersoner från kommunen och sex representanter "
                "för föreningslivet.",
                "Det kom in 41 remissvar, varav 33 från föreningar.",
            ],
            "must_mention": ["arbetsgrupp", "41 remissvar"],
        },
        {
            "id": "q6", "language": "en", "answerable": True,
            "question": "Who do I contact at the municipality if I have questions about the agreement?",
            "gold": [
                "Har du frågor om överenskommelsen? Kontakta Sara Lindqvist, föreningsutvecklare på kultur- "
                "och fritidsförvaltningen, telefon 0657-512 40, e-post forening@ekerslunda.se.",
            ],
            "must_mention": ["Sara Lindqvist", "forening@ekerslunda.se"],
        },
        {
            "id": "q7", "language": "sv", "answerable": True,
            "question": "Vilka principer bygger den lokala överenskommelsen på?",
            "gold": [
                "Överenskommelsen bygger på de sex principerna i den nationella överenskommelsen.",
                "Den bygger på sex principer: självständighet och oberoende, dialog, kvalitet, "
                "långsiktighet, öppenhet och insyn samt mångfald.",
                "Arbetsgruppen har dessutom lagt till en sjunde princip, barnrättsperspektiv, eftersom en "
                "stor del av föreningslivet i Ekerslunda riktar sig till barn och unga.",
            ],
            "must_mention": ["självständighet och oberoende", "mångfald", "barnrättsperspektiv"],
        },
        {
            "id": "q8", "language": "sv", "answerable": True,
            "question": "Kan kommunen dra in bidraget om var forening kritiserar kommunen offentligt?",
            "gold": [
                "inte låta en förenings kritik mot kommunen påverka beslut om bidrag, lokaler eller andra "
                "former av stöd",
            ],
            "must_mention": ["kritik mot kommunen"],
        },
        {
            "id": "q9", "language": "sv", "answerable": False,
            "question": "Hur mycket får en förening i aktivitetsstöd per deltagartillfälle?",
            "gold": [], "must_mention": [],
        },
        {
            "id": "q10", "language": "sv", "answerable": False,
            "question": "Vad kostar det för en förening att bli medlem i Föreningsalliansen?",
            "gold": [], "must_mention": [],
        },
    ]
    exp = {
        "file": PDF,
        "layout": os.path.basename(HERE),
        "description": (
            "Typical kommun LÖK written in Word (python-docx) and exported to PDF with LibreOffice. "
            "Page 1: logo-less cover text ('Ekerslunda kommun', big 'LÖK', full title, '2024–2027', "
            "'Framtagen av en gemensam arbetsgrupp …', decision line 'Antagen av kommunfullmäktige "
            "2024-04-22, § 47', Dnr) with no header/footer. Page 2: a 'Dokumentinformation' key/value "
            "table and a typed 'Innehåll' TOC with dot leaders and page numbers. Running header "
            "'Ekerslunda kommun … LÖK – Lokal överenskommelse med föreningslivet 2024–2027' and footer "
            "'Dnr KS 2023/0318 … Sida X av Y' on every later page. Foreword 'Förord' signed by the "
            "KS chair and the chair of Föreningsalliansen (two-column borderless table). '1 Bakgrund' "
            "with 1.1–1.4 (national agreement, how it was made, shaded box listing the working group, "
            "purpose, parties and validity 2024-06-01–2027-12-31; several other dates: 2022-10-11 "
            "commission, remiss Oct–Nov 2023, signing 2024-05-30). '2 Principer och åtaganden': seven "
            "numbered Heading 2 principles 2.1–2.7 (the six national plus Barnrättsperspektiv), each with "
            "a description paragraph, then commitments in varying forms: bold lead-ins 'Kommunen åtar "
            "sig att:' / 'Kommunen ska:' / 'Föreningarna åtar sig att:' / 'Föreningslivet ska:' / "
            "'Tillsammans ska vi:' followed by List Bullet items (Word Symbol-font bullets: pdftotext gives "
            "U+F0B7 on a line of its own before each item); a bold lead-in 'Tillsammans' (no "
            "colon) followed by a joint sentence; prose sentences naming the party (2.3 Kvalitet "
            "entirely in prose: 'Kommunen ska …', 'Kommunen ansvarar också för …', 'Föreningarna "
            "förbinder sig …', 'Kommunen och föreningslivet kommer gemensamt att …'; 2.7 'Kommunen "
            "kommer att …', 'Vid fördelningen av lokaltider ska kommunen …'); 2.5 Öppenhet och insyn "
            "as a three-column table 'Kommunen åtar sig att | Föreningarna åtar sig att | Tillsammans "
            "ska vi' with one commitment per cell paragraph. Shaded one-cell fact box in 2.2 "
            "(description, no commitments). '3 Genomförande och uppföljning': prose commitments with "
            "no principle (Kultur- och fritidsnämnden ansvarar för …, Föreningsalliansen ansvarar för "
            "…, Parterna ska …, Kommunstyrelsen och Föreningsalliansen ska …) and a 'Handlingsplan "
            "2024–2025' table 'Aktivitet | Ansvarig | Klart' after the lead-in '… som parterna åtar sig "
            "att genomföra …' whose Aktivitet cells are commitments (party from the Ansvarig column: "
            "Kommunen / Föreningsalliansen / Gemensamt; principle null); a grey contact box. "
            "'4 Underskrifter' on its own page: place and date, two-column signature table with "
            "lines, names and roles (three per side)."
        ),
        "metadata": {
            "doc_id": DOC_ID,
            "title": TITLE,
            "place": "Ekerslunda",
            "organisation": "Ekerslunda kommun",
            "kind": "överenskommelse",
            "date": "2024-04-22",
            "body": "kommunfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": questions,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
