#!/usr/bin/env python3
"""Generate kvistinge_overenskommelse.docx / .pdf and expected.json.

Kvistinge stad: agreement with the local associations, written in Word
(python-docx) and converted to PDF with LibreOffice. Core: a commitments
table "Princip | Staden åtar sig att | Föreningarna åtar sig att" where the
principle cell holds the bold principle name plus a short description (not a
commitment); the table runs over a page break with a repeated header row.
Header and "Sida N av M" footer on every page, joint commitments after the
table, follow-up text, signatures and an action-plan appendix (not commitments).

Run: python3 make.py   (needs python-docx, soffice)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

try:
    import docx  # noqa: F401
except ImportError:  # fall back to the project venv which has python-docx
    venv = "/work/main/.venv/bin/python"
    if os.path.exists(venv) and not os.environ.get("MAKE_REEXEC"):
        os.environ["MAKE_REEXEC"] = "1"
        os.execv(venv, [venv] + sys.argv)
    raise

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "kvistinge_overenskommelse"
DOCX = os.path.join(HERE, BASE + ".docx")
PDF = os.path.join(HERE, BASE + ".pdf")

TITLE = "Överenskommelse mellan Kvistinge stad och föreningslivet i Kvistinge 2025–2028"
DNR = "Dnr KS 2024/0718"
ADOPTED = "Antagen av kommunfullmäktige 2024-11-25, § 201"
VALIDITY = "Överenskommelsen gäller från den 1 januari 2025 till och med den 31 december 2028."

# ---------------------------------------------------------------- content
# (slug, name, description sentences, city cell, associations cell)
# a cell = (mode, [items]); mode "bullet" = List Bullet paragraphs,
# "para" = separate plain paragraphs
PRINCIPLES = [
    ("sjalvstandighet_och_oberoende", "Självständighet och oberoende",
     "Principen handlar om föreningarnas rätt att själva bestämma över sin verksamhet, "
     "sina stadgar och sina ståndpunkter. Rätten att granska och kritisera staden gäller "
     "även för föreningar som får bidrag.",
     ("bullet", [
         "respektera föreningarnas rätt att driva opinion och kritisera staden, även när de får bidrag eller har avtal med staden",
         "inte ställa krav på föreningarnas interna organisation utöver vad som krävs för att få bidrag",
     ]),
     ("bullet", [
         "hålla isär sin roll som opinionsbildare och sin roll som utförare av uppdrag som staden finansierar",
         "vara tydliga med vem som företräder föreningen i kontakter med staden",
     ])),
    ("dialog", "Dialog",
     "Dialog betyder att parterna möts på lika villkor och utbyter kunskap innan beslut "
     "fattas. Dialogen kan ske i samverkansrådet, i tematiska möten eller i enskilda kontakter.",
     ("bullet", [
         "bjuda in föreningarna till dialog i ett tidigt skede när staden planerar förändringar som berör dem",
         "återkoppla skriftligt inom sex veckor hur föreningarnas synpunkter har påverkat beslutet",
         "ha en utsedd kontaktperson för föreningslivet på varje förvaltning",
     ]),
     ("bullet", [
         "delta i dialogen med företrädare som har mandat att tala för föreningen",
         "sprida information från samverkansrådet till sina medlemmar",
     ])),
    ("kvalitet", "Kvalitet",
     "Kvalitet handlar om att verksamheten når dem den är till för och att den utvecklas "
     "över tid. Föreningarnas kvalitet bygger ofta på medlemmarnas engagemang och egna erfarenheter.",
     ("para", [
         "Utforma bidragsansökningar och redovisningar så att de är enkla och står i proportion till bidragets storlek.",
         "Erbjuda föreningarna kostnadsfri utbildning i styrelsearbete, ekonomi och ansökningsskrivande.",
     ]),
     ("para", [
         "Följa upp sin verksamhet och redovisa resultat enligt de villkor som gäller för bidraget.",
         "Ta tillvara deltagarnas synpunkter när verksamheten utvecklas.",
     ])),
    ("langsiktighet", "Långsiktighet",
     "Långsiktighet ger föreningarna möjlighet att planera sin verksamhet och behålla ideella "
     "krafter. Kortsiktiga projektmedel gör det svårt att bygga upp en stabil verksamhet.",
     ("bullet", [
         "i första hand ge fleråriga bidrag, med en löptid på minst tre år, till föreningar med etablerad verksamhet",
         "meddela förändringar i bidragsregler och lokalvillkor minst sex månader innan de träder i kraft",
     ]),
     ("bullet", [
         "planera sin ekonomi så att verksamheten inte är helt beroende av stadens bidrag",
     ])),
    ("oppenhet_och_insyn", "Öppenhet och insyn",
     "Öppenhet innebär att information om stöd, beslut och villkor är lätt att hitta och "
     "förstå. Insyn gör det möjligt för invånarna att se hur offentliga medel används.",
     ("bullet", [
         "publicera bidragsregler, beslut om bidrag och kontaktuppgifter på stadens webbplats",
         "motivera avslag på bidragsansökningar skriftligt",
     ]),
     ("para", [
         "Ge staden insyn i hur bidrag och andra offentliga medel används.",
         "Lämna årsmötesprotokoll, verksamhetsberättelse och ekonomisk redovisning när staden begär det.",
     ])),
    ("mangfald", "Mångfald",
     "Ett rikt föreningsliv består av föreningar av olika storlek, inriktning och "
     "organisationsform. Mångfald handlar också om att invånare med olika bakgrund kan delta.",
     ("bullet", [
         "göra det enklare för nybildade och små föreningar att söka bidrag och boka lokaler",
         "ta fram information om föreningsstöd på lättläst svenska och på minst fem språk",
     ]),
     ("bullet", [
         "arbeta för att verksamheten är öppen och välkomnande för alla, oavsett kön, ålder, funktionsförmåga, etnisk bakgrund eller sexuell läggning",
         "motverka diskriminering och kränkande behandling i sin verksamhet",
     ])),
    ("barnrattsperspektiv", "Barnrättsperspektiv",
     "Sedan 2020 är FN:s konvention om barnets rättigheter svensk lag. I Kvistinge är "
     "omkring 7 000 barn och unga medlemmar i någon förening.",
     ("para", [
         "Göra en barnkonsekvensanalys inför beslut som påverkar föreningsverksamhet för barn och unga.",
     ]),
     ("bullet", [
         "ha rutiner för att förebygga och hantera kränkningar och övergrepp mot barn",
         "begära utdrag ur belastningsregistret för ledare som arbetar med barn",
         "låta barn och unga vara med och påverka verksamheten",
     ])),
]

JOINT_LEAD = "Utöver åtagandena i tabellen åtar sig staden och föreningslivet gemensamt att:"
JOINT = [
    "ha ett samverkansråd med sex företrädare för föreningslivet och fyra för staden, som träffas minst fyra gånger per år",
    "anordna ett öppet föreningsforum varje höst",
    "följa upp överenskommelsen årligen och redovisa resultatet för kommunstyrelsen",
    "påbörja revideringen av överenskommelsen senast våren 2028",
]

ACTION_PLAN = [
    ("Aktivitet", "Ansvarig", "Klart senast"),
    ("Lättlästa versioner av bidragsreglerna publiceras", "Kultur- och fritidsförvaltningen", "2025-06-30"),
    ("Kontaktpersoner för föreningslivet utses på alla förvaltningar", "Stadsledningskontoret", "2025-03-31"),
    ("Utbildning i styrelsearbete, två tillfällen per termin", "Kvistinge Föreningsråd och Studieförbundet Vuxenskolan", "2025-12-31"),
    ("Mall för barnkonsekvensanalys tas fram", "Barn- och utbildningsförvaltningen", "2025-09-30"),
    ("Enkät till föreningarna inför den årliga uppföljningen", "Kultur- och fritidsförvaltningen", "2026-02-28"),
]


# ---------------------------------------------------------------- helpers
def add_field(run, instr):
    """Insert a complex field (PAGE / NUMPAGES) into run."""
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = f" {instr} "
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t"); v.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, v, e):
        run._r.append(el)


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true")
    trPr.append(h)


def set_cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit"); c.set(qn("w:val"), "true")
    trPr.append(c)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def cell_para(cell, first=False, style=None):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    if style:
        p.style = style
    p.paragraph_format.space_after = Pt(3)
    return p


def heading(doc, text, level=1):
    h = doc.add_heading(text, level=level)
    return h


def para(doc, text, bold=False, italic=False, size=None, align=None, space_after=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


# ---------------------------------------------------------------- build docx
def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    for lvl, size in ((1, 15), (2, 12.5)):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.name = "Arial"; hs.font.size = Pt(size); hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        rpr = hs.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), "Arial")
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]

    sec = doc.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.3); sec.bottom_margin = Cm(2.0)
    sec.header_distance = Cm(1.0); sec.footer_distance = Cm(1.0)

    # header: organisation + short title, right: Dnr
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("Kvistinge stad"); r.bold = True; r.font.size = Pt(9)
    r = hp.add_run("\tÖverenskommelse med föreningslivet 2025–2028\t" + DNR); r.font.size = Pt(9)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(8.3), alignment=1)  # center
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), alignment=2)  # right
    # footer: Sida N av M
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Sida "); r.font.size = Pt(9)
    r = fp.add_run(); r.font.size = Pt(9); add_field(r, "PAGE")
    r = fp.add_run(" av "); r.font.size = Pt(9)
    r = fp.add_run(); r.font.size = Pt(9); add_field(r, "NUMPAGES")

    # --- title block
    para(doc, "KVISTINGE STAD", bold=True, size=11, space_after=2)
    para(doc, "Stadsledningskontoret", size=9, space_after=18)
    t = doc.add_paragraph(); t.paragraph_format.space_after = Pt(10)
    r = t.add_run(TITLE); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    meta = [
        ("Dokumenttyp:", "Överenskommelse"),
        ("Diarienummer:", "KS 2024/0718"),
        ("Beslut:", ADOPTED),
        ("Giltighetstid:", "2025-01-01 – 2028-12-31"),
        ("Dokumentägare:", "Kultur- och fritidsnämnden"),
        ("Kontakt:", "foreningsliv@kvistinge.se"),
    ]
    mt = doc.add_table(rows=0, cols=2)
    for k, v in meta:
        row = mt.add_row().cells
        row[0].paragraphs[0].add_run(k).bold = True
        row[1].paragraphs[0].add_run(v)
    set_col_widths(mt, [Cm(3.6), Cm(12.0)])
    para(doc, "", space_after=4)

    # --- 1 Inledning
    heading(doc, "1 Inledning", 1)
    para(doc, "Kvistinge har ett brett föreningsliv med drygt 420 registrerade föreningar inom idrott, "
              "kultur, friluftsliv, socialt arbete och trosliv. Föreningarna skapar mötesplatser, "
              "ger barn och unga en meningsfull fritid och fångar upp behov som ingen annan ser.")
    para(doc, "Staden tecknade sin första överenskommelse med föreningslivet 2016. Den utvärderades "
              "under 2023, och utvärderingen visade att dialogen hade blivit bättre men att många "
              "föreningar upplevde bidragssystemet som krångligt och kortsiktigt. Den nya "
              "överenskommelsen har tagits fram av en arbetsgrupp med företrädare för staden och "
              "Kvistinge Föreningsråd, efter sju dialogmöten där sammanlagt 138 föreningar deltog.")
    para(doc, "Överenskommelsen bygger på de sex principer som finns i den nationella "
              "överenskommelsen mellan regeringen, idéburna organisationer och Sveriges Kommuner "
              "och Regioner. Kvistinge har lagt till en sjunde princip om barnrättsperspektiv.")
    para(doc, VALIDITY)

    # --- 2 Syfte
    heading(doc, "2 Syfte och mål", 1)
    para(doc, "Syftet med överenskommelsen är att tydliggöra rollfördelningen mellan staden och "
              "föreningarna och att skapa goda förutsättningar för ett självständigt och livskraftigt "
              "föreningsliv. Överenskommelsen är inte juridiskt bindande utan en gemensam "
              "viljeförklaring.")
    para(doc, "Målen för perioden 2025–2028 är att fler invånare deltar i föreningslivet, att andelen "
              "fleråriga bidrag ökar och att föreningarna upplever att deras synpunkter tas till vara.")

    # --- 3 Vilka omfattas
    heading(doc, "3 Vilka omfattas av överenskommelsen", 1)
    para(doc, "Med förening avses i denna överenskommelse en ideell förening, stiftelse eller ett "
              "trossamfund som har sin verksamhet i Kvistinge och som inte har vinstsyfte. Även "
              "nätverk och lösare sammanslutningar kan ansluta sig till överenskommelsen.")
    para(doc, "För staden gäller överenskommelsen alla nämnder, förvaltningar och helägda bolag. "
              "En förening ansluter sig genom att anmäla det till Kvistinge Föreningsråd eller "
              "till kultur- och fritidsförvaltningen.")

    # --- 4 Principer och åtaganden (table)
    heading(doc, "4 Principer och åtaganden", 1)
    para(doc, "Tabellen nedan beskriver varje princip och vad staden respektive föreningarna åtar sig "
              "att göra. Beskrivningen i den vänstra kolumnen förklarar vad principen innebär i Kvistinge.")

    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = tbl.rows[0]
    set_repeat_header(hdr)
    for i, txt in enumerate(("Princip", "Staden åtar sig att", "Föreningarna åtar sig att")):
        c = hdr.cells[i]
        set_cell_shading(c, "1F3A5F")
        r = c.paragraphs[0].add_run(txt); r.bold = True; r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for slug, name, desc, city, assoc in PRINCIPLES:
        new_row = tbl.add_row()
        set_cant_split(new_row)  # rows move whole to the next page
        cells = new_row.cells
        p = cell_para(cells[0], first=True)
        rr = p.add_run(name); rr.bold = True
        p2 = cell_para(cells[0])
        r2 = p2.add_run(desc); r2.font.size = Pt(9.5)
        set_cell_shading(cells[0], "E8EEF5")
        for cell, (mode, items) in ((cells[1], city), (cells[2], assoc)):
            for j, it in enumerate(items):
                if mode == "bullet":
                    q = cell_para(cell, first=(j == 0), style="List Bullet")
                else:
                    q = cell_para(cell, first=(j == 0))
                q.add_run(it)
    set_col_widths(tbl, [Cm(4.6), Cm(5.9), Cm(5.9)])

    # --- 5 Gemensamma åtaganden
    heading(doc, "5 Gemensamma åtaganden", 1)
    para(doc, JOINT_LEAD)
    for it in JOINT:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(it)

    # --- 6 Uppföljning
    heading(doc, "6 Uppföljning och revidering", 1)
    para(doc, "Underlaget till den årliga uppföljningen tas fram av kultur- och fritidsförvaltningen. "
              "Det bygger på en enkät till de anslutna föreningarna och på statistik från stadens "
              "föreningsregister.")
    para(doc, "Resultatet diskuteras i samverkansrådet och presenteras vid föreningsforumet på "
              "hösten. Om parterna är överens kan överenskommelsen ändras under perioden utan att den "
              "revideras i sin helhet.")

    # --- 7 Underskrifter
    heading(doc, "7 Underskrifter", 1)
    dp = para(doc, "Kvistinge den 10 december 2024")
    dp.paragraph_format.keep_with_next = True
    sig = doc.add_table(rows=1, cols=2)
    set_cant_split(sig.rows[0])
    for cell, who, name, role in (
            (sig.rows[0].cells[0], "För Kvistinge stad", "Annika Brolin", "Kommunstyrelsens ordförande"),
            (sig.rows[0].cells[1], "För föreningslivet i Kvistinge", "Tomas Ekvall",
             "Ordförande, Kvistinge Föreningsråd")):
        cell.paragraphs[0].add_run(who).bold = True
        cell_para(cell).add_run("")
        cell_para(cell).add_run("______________________________")
        cell_para(cell).add_run(name)
        cell_para(cell).add_run(role)

    # --- Bilaga 1 handlingsplan (not commitments)
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    heading(doc, "Bilaga 1. Handlingsplan 2025", 1)
    para(doc, "Handlingsplanen beslutas av samverkansrådet varje år. Den anger vilka aktiviteter som "
              "prioriteras under året och vem som ansvarar för dem.")
    ap = doc.add_table(rows=0, cols=3)
    ap.style = "Table Grid"
    for i, row in enumerate(ACTION_PLAN):
        cells = ap.add_row().cells
        for j, txt in enumerate(row):
            rr = cells[j].paragraphs[0].add_run(txt)
            if i == 0:
                rr.bold = True
                set_cell_shading(cells[j], "D9D9D9")
    set_col_widths(ap, [Cm(7.6), Cm(5.6), Cm(3.2)])

    doc.core_properties.title = TITLE
    doc.core_properties.author = "Kvistinge stad"
    doc.save(DOCX)


def convert():
    prof = tempfile.mkdtemp(prefix="lo_kvistinge_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, DOCX],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


# ---------------------------------------------------------------- expected.json
def commitments():
    out = []
    for slug, name, desc, city, assoc in PRINCIPLES:
        for party, (mode, items) in (("public", city), ("civil_society", assoc)):
            for it in items:
                out.append({"text": it, "principle": slug, "party": party})
    for it in JOINT:
        out.append({"text": it, "principle": None, "party": "joint"})
    return out


def P(slug):
    return next(p for p in PRINCIPLES if p[0] == slug)


def questions():
    L = "b2_pdf_matrix_described"
    dia = P("dialog"); barn = P("barnrattsperspektiv"); lang = P("langsiktighet"); opp = P("oppenhet_och_insyn")
    qs = [
        ("vad ska staden gora inom dialog enligt kvistinge overenskommelsen", "sv", dia[3][1],
         ["tidigt skede", "inom sex veckor", "kontaktperson för föreningslivet"]),
        ("När antogs överenskommelsen mellan Kvistinge stad och föreningslivet, och av vilket organ?", "sv",
         [ADOPTED], ["kommunfullmäktige", "2024-11-25"]),
        ("What do the associations in Kvistinge commit to under the child rights perspective?", "en", barn[4][1],
         ["kränkningar och övergrepp", "belastningsregistret", "vara med och påverka"]),
        ("Vad menas med långsiktighet i Kvistinges överenskommelse?", "sv",
         ["Långsiktighet ger föreningarna möjlighet att planera sin verksamhet och behålla ideella krafter.",
          "Kortsiktiga projektmedel gör det svårt att bygga upp en stabil verksamhet."],
         ["planera sin verksamhet", "behålla ideella krafter"]),
        ("far staden stalla krav pa hur var forening ar organiserad internt?", "sv",
         ["inte ställa krav på föreningarnas interna organisation utöver vad som krävs för att få bidrag"],
         ["interna organisation", "utöver vad som krävs för att få bidrag"]),
        ("Compare what the city and the associations commit to under öppenhet och insyn.", "en",
         opp[3][1] + opp[4][1],
         ["stadens webbplats", "motivera avslag", "insyn i hur bidrag", "verksamhetsberättelse"]),
        ("hur lange galler overenskommelsen i kvistinge", "sv", [VALIDITY],
         ["1 januari 2025", "31 december 2028"]),
        ("Vad ska staden och föreningarna göra gemensamt enligt överenskommelsen?", "sv", JOINT,
         ["samverkansråd", "föreningsforum varje höst", "följa upp överenskommelsen årligen", "våren 2028"]),
        ("Hur mycket pengar delar Kvistinge stad ut i föreningsbidrag 2025?", "sv", [], []),
        ("Who is the contact person for associations at the social services department in Kvistinge?", "en", [], []),
    ]
    out = []
    for i, (q, lang_, gold, mm) in enumerate(qs, 1):
        out.append({"id": f"{L}-q{i}", "question": q, "language": lang_, "answerable": bool(gold),
                    "gold": list(gold), "must_mention": mm})
    return out


def write_expected():
    exp = {
        "file": BASE + ".pdf",
        "layout": "b2_pdf_matrix_described",
        "description": ("Word document (python-docx) converted to PDF with LibreOffice: title block with a "
                        "metadata table, running header with Dnr and 'Sida N av M' footer; a commitments table "
                        "'Princip | Staden åtar sig att | Föreningarna åtar sig att' over a page break with a "
                        "repeated header row, where each principle cell holds the bold principle name plus a "
                        "two-sentence description (not commitments) and party cells hold 1–3 commitments as "
                        "bullet paragraphs or separate plain paragraphs; extra principle Barnrättsperspektiv; "
                        "joint commitments list after the table; follow-up prose, signature table and an "
                        "action-plan appendix table that is not commitments."),
        "metadata": {
            "doc_id": "kvistinge",
            "title": TITLE,
            "place": "Kvistinge",
            "organisation": "Kvistinge stad",
            "kind": "överenskommelse",
            "date": "2024-11-25",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def self_check():
    """Every commitment / gold quote must appear in pdftotext output (whitespace-normalised)."""
    try:
        txt = subprocess.run(["pdftotext", PDF, "-"], capture_output=True, text=True, check=True).stdout
    except Exception as e:  # pragma: no cover
        print("pdftotext failed:", e); return
    norm = " ".join(txt.replace("\u00ad", "").split())
    with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as f:
        exp = json.load(f)
    missing = [c["text"] for c in exp["commitments"] if " ".join(c["text"].split()) not in norm]
    for q in exp["questions"]:
        missing += [g for g in q["gold"] if " ".join(g.split()) not in norm]
    pages = subprocess.run(["pdfinfo", PDF], capture_output=True, text=True).stdout
    npages = [l for l in pages.splitlines() if l.startswith("Pages")]
    print(BASE, npages, "commitments:", len(exp["commitments"]), "missing:", len(missing))
    for m in missing:
        print("  MISSING:", m)


if __name__ == "__main__":
    build_docx()
    convert()
    write_expected()
    self_check()
