#!/usr/bin/env python3
"""Generate a Swedish kommun's överenskommelse with föreningslivet as DOCX whose
commitments sit in one table per principle (Kommunen | Föreningslivet | Gemensamt),
plus expected.json. Run: /work/main/.venv/bin/python make.py"""
import json
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = os.path.basename(HERE)
DOC_ID = "Overenskommelse_foreningslivet_Brannvika_kommun_2025-2028"
FILE = DOC_ID + ".docx"

BLUE = RGBColor(0x1F, 0x4E, 0x79)

# --------------------------------------------------------------------------- helpers


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))


def add_field(paragraph, instr, placeholder="1"):
    """Complex field with a cached result."""
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run._r.append(b)
    run = paragraph.add_run()
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = f" {instr} "
    run._r.append(t)
    run = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run._r.append(s)
    paragraph.add_run(placeholder)
    run = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(e)


def set_cell_text(cell, text, bold=False, size=None, color=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    return p


def fill_cell(cell, items):
    """items: list of (style, text). style 'b' = bullet, 'p' = plain paragraph."""
    first = True
    for style, text in items:
        if first:
            p = cell.paragraphs[0]
            if style == "b":
                p.style = "List Bullet"
            first = False
        else:
            p = cell.add_paragraph(style="List Bullet" if style == "b" else None)
        p.add_run(text)
        p.paragraph_format.space_after = Pt(3)


def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


# --------------------------------------------------------------------------- content

PRINCIPLES = [
    {
        "slug": "sjalvstandighet_och_oberoende",
        "title": "Självständighet och oberoende",
        "desc": (
            "Föreningslivet bygger på människors frivilliga engagemang och har en egen roll i "
            "demokratin. Föreningarna bestämmer själva över sina mål, sin organisation och sina "
            "arbetsformer. Deras roll som röstbärare och opinionsbildare gäller även när de riktar "
            "kritik mot kommunen, också om föreningen får bidrag eller har ett uppdrag från kommunen."
        ),
        "public": [
            ("b", "Respektera föreningarnas rätt att själva bestämma över sina mål, sin organisation och sina arbetsformer."),
            ("b", "Inte villkora föreningsbidrag med krav som begränsar föreningarnas möjlighet att driva opinion eller granska kommunen."),
            ("b", "Utforma bidragsreglerna så att de inte styr föreningarnas interna arbete mer än vad som krävs för att följa upp hur bidragen används."),
        ],
        "civil_society": [
            ("b", "Tydligt redovisa när föreningen agerar som utförare på uppdrag av kommunen och när den agerar som egen röst."),
            ("b", "Arbeta efter demokratiska principer med stadgar, styrelse och årsmöte som ger medlemmarna inflytande."),
        ],
        "joint": [],
    },
    {
        "slug": "dialog",
        "title": "Dialog",
        "desc": (
            "En öppen och återkommande dialog gör det möjligt att ta tillvara föreningslivets "
            "kunskap om invånarnas behov. Dialogen förs både i Föreningsforum och i de "
            "kontakter som förvaltningarna har med enskilda föreningar i vardagen."
        ),
        "public": [
            ("b", "Bjuda in till Föreningsforum minst två gånger per år."),
            ("b", "Ge föreningslivet möjlighet att lämna synpunkter i ett tidigt skede när kommunen tar fram planer, program och beslut som berör föreningarna."),
            ("b", "Återkoppla till föreningarna hur deras synpunkter har tagits om hand."),
            ("p", "Frågor från föreningar ska besvaras inom fem arbetsdagar."),
        ],
        "civil_society": [
            ("b", "Utse representanter till Föreningsforum som kan företräda fler än den egna föreningen."),
            ("b", "Förankra synpunkter i den egna organisationen och sprida information från dialogmötena till sina medlemmar."),
        ],
        "joint": [
            ("b", "Tillsammans ta fram dagordningen för Föreningsforum."),
        ],
    },
    {
        "slug": "kvalitet",
        "title": "Kvalitet",
        "desc": (
            "Kvalitet i föreningslivet handlar om att verksamheten håller vad den lovar och är "
            "trygg för deltagarna. Föreningarna avgör själva vad kvalitet betyder i deras "
            "verksamhet, medan kommunen kan bidra med stöd, kunskap och en enkel kontaktväg."
        ),
        "public": [
            ("p", "Erbjuda kostnadsfria utbildningar för förtroendevalda och ledare i föreningarna, bland annat i föreningsekonomi, styrelsearbete och bidragsansökan."),
            ("p", "Ha en samlad ingång för föreningsfrågor, Föreningsservice, som går att nå per telefon alla vardagar."),
        ],
        "civil_society": [
            ("b", "Ha rutiner för att begära utdrag ur belastningsregistret för ledare som arbetar med barn och unga."),
            ("b", "Följa upp och utveckla den egna verksamheten utifrån medlemmarnas och deltagarnas behov."),
            ("b", "Ta del av kommunens utbildningsutbud när det är relevant för föreningens verksamhet."),
        ],
        "joint": [],
    },
    {
        "slug": "langsiktighet",
        "title": "Långsiktighet",
        "desc": (
            "Föreningar som kan planera flera år framåt kan också behålla ledare, ta ansvar för "
            "lokaler och utveckla sin verksamhet. Ettåriga bidrag och projekt gör det svårt att "
            "bygga upp något som håller över tid."
        ),
        "public": [
            ("b", "Besluta om verksamhetsbidrag för två år i taget till föreningar som har fått bidrag tre år i följd."),
            ("b", "Informera om förändringar i bidragsreglerna senast sex månader innan de börjar gälla."),
            ("b", "Verka för att idéburet offentligt partnerskap (IOP) används när det finns förutsättningar för en längre samverkan."),
        ],
        "civil_society": [
            ("b", "Planera verksamheten med en flerårig horisont och i god tid informera kommunen om verksamhet som föreningen planerar att avveckla."),
            ("b", "Bygga upp en ekonomi som inte är helt beroende av kommunala bidrag."),
        ],
        "joint": [],
    },
    {
        "slug": "oppenhet_och_insyn",
        "title": "Öppenhet och insyn",
        "desc": (
            "Förtroende mellan parterna förutsätter att båda känner till hur den andra arbetar. "
            "Det behöver gå att följa hur offentliga medel används, samtidigt som föreningarnas integritet respekteras."
        ),
        "public": [
            ("b", "Publicera bidragsregler, ansökningstider och beviljade bidrag på kommunens webbplats."),
            ("b", "Motivera avslag på bidragsansökningar skriftligt."),
        ],
        "civil_society": [
            ("b", "Lämna verksamhetsberättelse, ekonomisk redovisning och revisionsberättelse till kommunen i samband med ansökan om verksamhetsbidrag."),
            ("b", "Ge kommunen insyn i hur bidrag och andra kommunala medel har använts."),
        ],
        "joint": [
            ("b", "Påtala brister och missförhållanden för varandra på ett tidigt stadium."),
        ],
    },
    {
        "slug": "mangfald",
        "title": "Mångfald",
        "desc": (
            "Brännvika har ett brett föreningsliv med allt från idrott och kultur till "
            "hembygdsföreningar, trossamfund och sociala organisationer. Olika föreningar har "
            "olika förutsättningar, och både stora och små behövs."
        ),
        "public": [
            ("b", "Ta hänsyn till föreningslivets bredd vid fördelning av bidrag och lokaler, så att även små och nya föreningar får stöd."),
            ("b", "Göra information om bidrag och lokaler tillgänglig på lätt svenska och på de vanligaste språken i kommunen."),
        ],
        "civil_society": [
            ("b", "Verka för att verksamheten är öppen för alla oavsett kön, ålder, funktionsförmåga, etnisk tillhörighet, religion, sexuell läggning eller ekonomiska förutsättningar."),
            ("b", "Arbeta aktivt för att fler unga och personer med utländsk bakgrund blir ledare och förtroendevalda."),
        ],
        "joint": [],
    },
    {
        "slug": "barnrattsperspektiv",
        "title": "Barnrättsperspektiv",
        "desc": (
            "Barnkonventionen är svensk lag sedan 2020. Många av kommunens föreningar har "
            "verksamhet för barn och unga, och parterna delar ansvaret för att barnets bästa "
            "beaktas."
        ),
        "public": [
            ("b", "Göra barnkonsekvensanalyser inför beslut som påverkar föreningar med barn- och ungdomsverksamhet."),
        ],
        "civil_society": [
            ("b", "Låta barn och unga komma till tals i frågor som rör verksamheten, utifrån ålder och mognad."),
        ],
        "joint": [
            ("b", "Under avtalsperioden genomföra minst en gemensam utbildningsinsats om barnkonventionen."),
        ],
    },
]

CONTACTS = [
    ("Linnea Sjöberg, föreningsstrateg", "Kultur- och fritidsförvaltningen", "0523-61 42 18", "linnea.sjoberg@brannvika.se"),
    ("Föreningsservice", "Kultur- och fritidsförvaltningen", "0523-61 40 00", "foreningsservice@brannvika.se"),
    ("Johan Eklind, kanslichef", "Kommunledningskontoret", "0523-61 10 27", "johan.eklind@brannvika.se"),
    ("Maria Nordh, ordförande", "Brännvika Föreningsråd", "070-318 44 92", "ordforande@brannvikaforeningsrad.se"),
]

# --------------------------------------------------------------------------- document


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for name, size in (("Heading 1", 15), ("Heading 2", 12.5)):
        doc.styles[name].font.color.rgb = BLUE
        doc.styles[name].font.size = Pt(size)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    sec.different_first_page_header_footer = True

    # header (pages 2-)
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("Brännvika kommun")
    r.bold = True
    r.font.color.rgb = BLUE
    hp.add_run("\tÖverenskommelse med föreningslivet 2025–2028\t")
    r = hp.add_run("Dnr KS 2024/0347")
    r.font.size = Pt(9)
    for run in hp.runs[1:]:
        run.font.size = Pt(9)
    # footer
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Sida ").font.size = Pt(9)
    add_field(fp, "PAGE", "2")
    fp.add_run(" av ").font.size = Pt(9)
    add_field(fp, "NUMPAGES", "9")
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp2.add_run("Brännvika kommun · 785 81 Brännvika · Växel 0523-61 00 00 · www.brannvika.se")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    # first page footer
    ffp = sec.first_page_footer.paragraphs[0]
    ffp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = ffp.add_run("Brännvika kommun · Kultur- och fritidsförvaltningen · www.brannvika.se")
    r.font.size = Pt(8)
    fhp = sec.first_page_header.paragraphs[0]
    fhp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fhp.add_run("BRÄNNVIKA KOMMUN")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = BLUE

    # ----- cover
    for _ in range(5):
        doc.add_paragraph()
    t = doc.add_paragraph(style="Title")
    t.add_run("Överenskommelse mellan Brännvika kommun och föreningslivet i Brännvika")
    sub = doc.add_paragraph(style="Subtitle")
    sub.add_run("Lokal överenskommelse 2025–2028")
    doc.add_paragraph()

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    info.alignment = WD_TABLE_ALIGNMENT.CENTER
    for k, v in (
        ("Dokumenttyp", "Överenskommelse"),
        ("Beslutad av", "Kommunfullmäktige"),
        ("Beslutsdatum", "2024-11-25, § 142"),
        ("Diarienummer", "KS 2024/0347"),
        ("Giltighetstid", "2025-01-01 – 2028-12-31"),
        ("Dokumentansvarig", "Kultur- och fritidschef"),
        ("Gäller för", "Kommunens samtliga nämnder och bolag samt anslutna föreningar"),
    ):
        row = info.add_row()
        set_cell_text(row.cells[0], k, bold=True)
        shade(row.cells[0], "DEEAF6")
        set_cell_text(row.cells[1], v)
    set_col_widths(info, [Cm(4.5), Cm(10.5)])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ----- TOC (field with saved result)
    h = doc.add_paragraph()
    r = h.add_run("Innehåll")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = BLUE
    toc_lines = [
        ("1 Inledning", "3"), ("2 Syfte", "3"), ("3 Parter och giltighet", "4"),
        ("4 Principer och åtaganden", "4"), ("5 Uppföljning och revidering", "8"),
        ("6 Kontaktuppgifter", "8"), ("7 Underskrifter", "9"), ("Versionshistorik", "9"),
    ]
    p = doc.add_paragraph()
    tabs = p.paragraph_format.tab_stops
    r = p.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r = p.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
    it.text = ' TOC \\o "1-2" \\h \\z \\u '; r._r.append(it)
    r = p.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r._r.append(s)
    p.add_run(f"{toc_lines[0][0]}\t{toc_lines[0][1]}")
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    tabs.add_tab_stop(Cm(16.3), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    for i, (txt, pg) in enumerate(toc_lines[1:]):
        q = doc.add_paragraph()
        q.paragraph_format.tab_stops.add_tab_stop(Cm(16.3), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        q.add_run(f"{txt}\t{pg}")
        if i == len(toc_lines) - 2:
            r = q.add_run()
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ----- 1 Inledning
    doc.add_heading("1 Inledning", level=1)
    doc.add_paragraph(
        "I Brännvika finns drygt 230 föreningar som tillsammans samlar tusentals medlemmar i alla "
        "åldrar. Föreningslivet bidrar till gemenskap, folkhälsa och demokrati och är en viktig del "
        "av det som gör Brännvika till en bra plats att leva på. Många av de verksamheter som "
        "invånarna uppskattar mest – idrottsträningar, kulturarrangemang, läxhjälp och "
        "besöksgrupper på äldreboenden – drivs helt eller delvis av ideella krafter."
    )
    doc.add_paragraph(
        "År 2008 tecknade regeringen, Sveriges Kommuner och Regioner och idéburna organisationer en "
        "nationell överenskommelse inom det sociala området. Den byggde på sex principer: "
        "självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt "
        "mångfald. Brännvikas överenskommelse utgår från samma principer och har kompletterats "
        "med ett barnrättsperspektiv."
    )
    doc.add_paragraph(
        "Arbetet med överenskommelsen inleddes våren 2023 med fyra dialogträffar där drygt 60 "
        "föreningar deltog. Ett förslag var på remiss hos föreningslivet och kommunens nämnder "
        "under perioden 2024-05-06 – 2024-06-14. Kommunstyrelsen behandlade ärendet 2024-10-29 "
        "och kommunfullmäktige antog överenskommelsen 2024-11-25, § 142."
    )

    # ----- 2 Syfte
    doc.add_heading("2 Syfte", level=1)
    doc.add_paragraph("Överenskommelsen har som syfte att")
    for s in (
        "stärka samverkan mellan kommunen och föreningslivet,",
        "ge föreningarna goda och förutsägbara förutsättningar att bedriva sin verksamhet,",
        "tydliggöra vad parterna kan förvänta sig av varandra,",
        "bidra till att fler invånare kan och vill engagera sig i föreningslivet.",
    ):
        doc.add_paragraph(s, style="List Bullet")
    doc.add_paragraph(
        "Överenskommelsen är inte ett juridiskt bindande avtal. Den är en gemensam "
        "viljeinriktning som parterna står bakom och som beskriver hur samverkan ska gå till."
    )

    # ----- 3 Parter och giltighet
    doc.add_heading("3 Parter och giltighet", level=1)
    doc.add_paragraph(
        "Parter är Brännvika kommun, med samtliga nämnder och helägda bolag, och de föreningar "
        "som har anslutit sig till överenskommelsen. Med föreningslivet avses ideella föreningar, "
        "stiftelser och trossamfund med verksamhet i kommunen som inte har vinstsyfte. "
        "Brännvika Föreningsråd företräder föreningslivet i arbetet med överenskommelsen."
    )
    doc.add_paragraph(
        "En förening ansluter sig genom att anmäla det till Föreningsservice. En förteckning "
        "över anslutna föreningar finns på kommunens webbplats. Överenskommelsen gäller från "
        "2025-01-01 till 2028-12-31."
    )

    # ----- 4 Principer och åtaganden
    doc.add_heading("4 Principer och åtaganden", level=1)
    doc.add_paragraph(
        "Under varje princip finns en kort beskrivning av vad principen innebär i Brännvika. "
        "I tabellen under beskrivningen framgår vad kommunen, föreningslivet respektive parterna "
        "gemensamt åtar sig. Ett streck (–) betyder att det inte finns något gemensamt åtagande "
        "under principen."
    )
    widths = [Cm(6.0), Cm(6.0), Cm(4.4)]
    for i, pr in enumerate(PRINCIPLES, 1):
        doc.add_heading(f"4.{i} {pr['title']}", level=2)
        doc.add_paragraph(pr["desc"])
        tbl = doc.add_table(rows=2, cols=3)
        tbl.style = "Table Grid"
        hdr = tbl.rows[0]
        repeat_header(hdr)
        for c, txt in zip(hdr.cells, ("Kommunen åtar sig att", "Föreningslivet åtar sig att",
                                      "Gemensamt åtar vi oss att")):
            set_cell_text(c, txt, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
            shade(c, "1F4E79")
        body = tbl.rows[1]
        fill_cell(body.cells[0], pr["public"])
        fill_cell(body.cells[1], pr["civil_society"])
        if pr["joint"]:
            fill_cell(body.cells[2], pr["joint"])
        else:
            body.cells[2].paragraphs[0].add_run("–")
            body.cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_col_widths(tbl, widths)
        cap = doc.add_paragraph()
        r = cap.add_run(f"Tabell {i}. Åtaganden – {pr['title'].lower()}")
        r.italic = True
        r.font.size = Pt(9)

    # ----- 5 Uppföljning
    doc.add_heading("5 Uppföljning och revidering", level=1)
    doc.add_paragraph(
        "Överenskommelsen följs upp en gång per år. Uppföljningen görs vid höstens Föreningsforum, "
        "där parterna går igenom vad som har fungerat och vad som behöver utvecklas. Som underlag "
        "används en enkät till de anslutna föreningarna och statistik från Föreningsservice."
    )
    doc.add_paragraph(
        "Resultatet redovisas för kultur- och fritidsnämnden och kommunstyrelsen i samband med "
        "årsredovisningen. Inför en ny mandatperiod görs en större översyn av hela "
        "överenskommelsen, och ändringar beslutas av kommunfullmäktige."
    )
    ut = doc.add_table(rows=1, cols=3)
    ut.style = "Table Grid"
    for c, txt in zip(ut.rows[0].cells, ("Uppföljning", "När", "Underlag")):
        set_cell_text(c, txt, bold=True)
        shade(c, "DEEAF6")
    for a, b_, c_ in (
        ("Enkät till anslutna föreningar", "September varje år", "Svar från föreningarna"),
        ("Dialog vid Föreningsforum", "Oktober–november", "Enkätresultat, statistik"),
        ("Rapport till nämnd och kommunstyrelse", "Februari", "Sammanställning från Föreningsforum"),
        ("Översyn av överenskommelsen", "2028", "Fyra årliga uppföljningar"),
    ):
        row = ut.add_row()
        set_cell_text(row.cells[0], a)
        set_cell_text(row.cells[1], b_)
        set_cell_text(row.cells[2], c_)
    set_col_widths(ut, [Cm(6.0), Cm(4.0), Cm(6.4)])
    cap = doc.add_paragraph()
    r = cap.add_run("Tabell 8. Årlig uppföljning")
    r.italic = True
    r.font.size = Pt(9)

    # ----- 6 Kontakt
    doc.add_heading("6 Kontaktuppgifter", level=1)
    doc.add_paragraph("Har du frågor om överenskommelsen är du välkommen att kontakta oss.")
    kt = doc.add_table(rows=1, cols=4)
    kt.style = "Table Grid"
    for c, txt in zip(kt.rows[0].cells, ("Kontakt", "Organisation", "Telefon", "E-post")):
        set_cell_text(c, txt, bold=True)
        shade(c, "DEEAF6")
    for row_data in CONTACTS:
        row = kt.add_row()
        for c, txt in zip(row.cells, row_data):
            set_cell_text(c, txt, size=10)
    set_col_widths(kt, [Cm(4.4), Cm(4.2), Cm(2.8), Cm(5.0)])

    # ----- 7 Underskrifter
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("7 Underskrifter", level=1)
    doc.add_paragraph("Brännvika 2024-12-09")
    sg = doc.add_table(rows=3, cols=2)
    set_cell_text(sg.cell(0, 0), "För Brännvika kommun", bold=True)
    set_cell_text(sg.cell(0, 1), "För föreningslivet i Brännvika", bold=True)
    set_cell_text(sg.cell(1, 0), "\n\n………………………………………")
    set_cell_text(sg.cell(1, 1), "\n\n………………………………………")
    set_cell_text(sg.cell(2, 0), "Anders Holmgren\nKommunstyrelsens ordförande")
    set_cell_text(sg.cell(2, 1), "Maria Nordh\nOrdförande, Brännvika Föreningsråd")

    doc.add_paragraph()
    h = doc.add_paragraph()
    r = h.add_run("Versionshistorik")
    r.bold = True
    r.font.color.rgb = BLUE
    vt = doc.add_table(rows=1, cols=4)
    vt.style = "Table Grid"
    for c, txt in zip(vt.rows[0].cells, ("Version", "Datum", "Ändring", "Beslut")):
        set_cell_text(c, txt, bold=True, size=9)
        shade(c, "DEEAF6")
    for row_data in (
        ("0.9", "2024-05-06", "Remissversion", "–"),
        ("1.0", "2024-11-25", "Antagen", "KF § 142"),
        ("1.1", "2025-02-03", "Kontaktuppgifter uppdaterade", "Redaktionell ändring"),
    ):
        row = vt.add_row()
        for c, txt in zip(row.cells, row_data):
            set_cell_text(c, txt, size=9)

    doc.save(os.path.join(HERE, FILE))


# --------------------------------------------------------------------------- expected


def commitments():
    out = []
    for pr in PRINCIPLES:
        for party in ("public", "civil_society", "joint"):
            for _, text in pr[party]:
                out.append({"text": text, "principle": pr["slug"], "party": party})
    return out


QUESTIONS = [
    {
        "id": "q1",
        "question": "Hur ofta bjuder kommunen in till Föreningsforum?",
        "language": "sv",
        "answerable": True,
        "gold": ["Bjuda in till Föreningsforum minst två gånger per år."],
        "must_mention": ["minst två gånger per år"],
    },
    {
        "id": "q2",
        "question": "Maste var forening lamna in revisionsberattelse nar vi soker verksamhetsbidrag?",
        "language": "sv",
        "answerable": True,
        "gold": ["Lämna verksamhetsberättelse, ekonomisk redovisning och revisionsberättelse till kommunen i samband med ansökan om verksamhetsbidrag."],
        "must_mention": ["revisionsberättelse"],
    },
    {
        "id": "q3",
        "question": "Kan vår förening få verksamhetsbidrag för mer än ett år i taget?",
        "language": "sv",
        "answerable": True,
        "gold": ["Besluta om verksamhetsbidrag för två år i taget till föreningar som har fått bidrag tre år i följd."],
        "must_mention": ["två år i taget", "tre år i följd"],
    },
    {
        "id": "q4",
        "question": "hur lang tid innan far foreningarna veta om bidragsreglerna andras?",
        "language": "sv",
        "answerable": True,
        "gold": ["Informera om förändringar i bidragsreglerna senast sex månader innan de börjar gälla."],
        "must_mention": ["sex månader"],
    },
    {
        "id": "q5",
        "question": "What does the municipality promise regarding children's rights?",
        "language": "en",
        "answerable": True,
        "gold": ["Göra barnkonsekvensanalyser inför beslut som påverkar föreningar med barn- och ungdomsverksamhet."],
        "must_mention": ["barnkonsekvensanalyser"],
    },
    {
        "id": "q6",
        "question": "How and when is the agreement followed up?",
        "language": "en",
        "answerable": True,
        "gold": [
            "Överenskommelsen följs upp en gång per år.",
            "Uppföljningen görs vid höstens Föreningsforum, där parterna går igenom vad som har fungerat och vad som behöver utvecklas.",
            "Som underlag används en enkät till de anslutna föreningarna och statistik från Föreningsservice.",
        ],
        "must_mention": ["en gång per år", "höstens Föreningsforum", "enkät"],
    },
    {
        "id": "q7",
        "question": "vem ar kontaktperson pa kommunen for overenskommelsen?",
        "language": "sv",
        "answerable": True,
        "gold": ["Linnea Sjöberg, föreningsstrateg", "linnea.sjoberg@brannvika.se"],
        "must_mention": ["Linnea Sjöberg"],
    },
    {
        "id": "q8",
        "question": "Vad förväntas vi som ledare i en ungdomsförening göra när det gäller registerutdrag?",
        "language": "sv",
        "answerable": True,
        "gold": ["Ha rutiner för att begära utdrag ur belastningsregistret för ledare som arbetar med barn och unga."],
        "must_mention": ["belastningsregistret"],
    },
    {
        "id": "q9",
        "question": "Hur mycket pengar delar kommunen ut i föreningsbidrag varje år?",
        "language": "sv",
        "answerable": False,
        "gold": [],
        "must_mention": [],
    },
    {
        "id": "q10",
        "question": "Får föreningar låna kommunens lokaler gratis?",
        "language": "sv",
        "answerable": False,
        "gold": [],
        "must_mention": [],
    },
]


def expected():
    return {
        "file": FILE,
        "layout": LAYOUT,
        "description": (
            "A kommun's Word agreement with föreningslivet built from Normal/Title/Subtitle/Heading 1-2 "
            "styles with typed numbers ('4.3 Kvalitet'). Different first-page header ('BRÄNNVIKA KOMMUN') "
            "and footer; later pages have a header 'Brännvika kommun <tab> Överenskommelse med föreningslivet "
            "2025–2028 <tab> Dnr KS 2024/0347' and a footer 'Sida {PAGE} av {NUMPAGES}' with an address line. "
            "Cover with a metadata table (Beslutad av Kommunfullmäktige, Beslutsdatum 2024-11-25, § 142, "
            "Dnr, Giltighetstid). A TOC field with a saved result of typed lines with dot leaders. Sections "
            "1 Inledning (background incl. the 2008 national agreement, decoy dates: remiss 2024-05-06 – "
            "2024-06-14, KS 2024-10-29), 2 Syfte (bullet list of aims, not commitments), 3 Parter och "
            "giltighet. Section 4 has seven principles (the six national ones plus Barnrättsperspektiv), each "
            "as Heading 2, a description paragraph (not commitments) and a 2-row table 'Kommunen åtar sig att | "
            "Föreningslivet åtar sig att | Gemensamt åtar vi oss att' with a shaded repeated header row; "
            "each body cell holds several commitments as List Bullet paragraphs, or as plain paragraphs "
            "(Kvalitet, kommun column), one plain 'ska' sentence among bullets (Dialog, kommun column); empty "
            "joint cells contain only '–'; an italic caption 'Tabell N. Åtaganden – …' follows each table. "
            "Section 5 Uppföljning och revidering is prose plus a 'Uppföljning | När | Underlag' table, not "
            "commitments. Section 6 is a contact table (Kontakt | Organisation | Telefon | E-post), then a "
            "signature table dated 2024-12-09 (not the decision) and a version table (1.1 on 2025-02-03)."
        ),
        "metadata": {
            "doc_id": DOC_ID,
            "title": "Överenskommelse mellan Brännvika kommun och föreningslivet i Brännvika",
            "place": "Brännvika",
            "organisation": "Brännvika kommun",
            "kind": "överenskommelse",
            "date": "2024-11-25",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments(),
        "questions": QUESTIONS,
    }


if __name__ == "__main__":
    build()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
    print(FILE, len(commitments()), "commitments")
