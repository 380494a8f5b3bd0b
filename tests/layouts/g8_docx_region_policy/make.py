#!/usr/bin/env python3
"""Generate a fictional Swedish region policy (DOCX) on cooperation with civil society,
plus expected.json for the layout test suite.  Needs python-docx."""
import json
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = os.path.basename(HERE)
DOC_ID = "region_hallmyra_policy_samverkan_civilsamhallet"
FILE = DOC_ID + ".docx"

REGION = "Region Hallmyra"
TITLE = "Policy för samverkan mellan Region Hallmyra och civilsamhället"
SHORT = "Policy för samverkan med civilsamhället"
DNR = "RS 2024/0387"
DECISION = "Beslutad av regionfullmäktige 2024-11-26, § 142"
BLUE = RGBColor(0x00, 0x4B, 0x87)

commitments = []  # filled while writing


def C(text, principle, party):
    commitments.append({"text": text, "principle": principle, "party": party})
    return text


# ---------------------------------------------------------------- helpers
def add_field(paragraph, instr, cached="1"):
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r._r.append(fc)
    r = paragraph.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    r._r.append(it)
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r._r.append(fc)
    paragraph.add_run(cached)
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r._r.append(fc)


def fld_char(paragraph, kind):
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); r._r.append(fc)
    return r


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def para(doc, text, style=None, bold_lead=None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p


def bullets(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def setup_styles(doc):
    st = doc.styles
    normal = st["Normal"]
    normal.font.name = "Georgia"
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Georgia")
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name, size, before in (("Heading 1", 18, 18), ("Heading 2", 13, 12)):
        h = st[name]
        h.font.name = "Arial"
        rpr = h.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), "Arial")
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        h.font.size = Pt(size)
        h.font.bold = True
        h.font.color.rgb = BLUE
        h.paragraph_format.space_before = Pt(before)
        h.paragraph_format.space_after = Pt(6)
    lb = st["List Bullet"]
    lb.font.name = "Georgia"
    lb.paragraph_format.space_after = Pt(3)


def header_footer(section):
    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    hp.text = ""
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run(SHORT); r.font.size = Pt(8); r.font.name = "Arial"
    r = hp.add_run("\t" + REGION.upper()); r.font.size = Pt(8); r.font.name = "Arial"; r.bold = True
    r.font.color.rgb = BLUE
    fp = section.footer.paragraphs[0]
    fp.text = ""
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run(f"Dnr {DNR}"); r.font.size = Pt(8); r.font.name = "Arial"
    r = fp.add_run("\tSida "); r.font.size = Pt(8); r.font.name = "Arial"
    add_field(fp, "PAGE", "2")
    r = fp.add_run(" ("); r.font.size = Pt(8)
    add_field(fp, "NUMPAGES", "7")
    r = fp.add_run(")"); r.font.size = Pt(8)
    # first page footer: only the region's address line
    ffp = section.first_page_footer.paragraphs[0]
    ffp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = ffp.add_run("Region Hallmyra · Regionens hus, Storgatan 14, 871 30 Hallmyra · 010-476 30 00 · "
                    "regionhallmyra.se")
    r.font.size = Pt(8); r.font.name = "Arial"


# ---------------------------------------------------------------- document
def build():
    doc = Document()
    setup_styles(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    header_footer(sec)

    # ---------------- cover page
    p = doc.add_paragraph()
    r = p.add_run(REGION.upper()); r.bold = True; r.font.size = Pt(16); r.font.name = "Arial"
    r.font.color.rgb = BLUE
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("POLICY"); r.font.size = Pt(11); r.font.name = "Arial"; r.bold = True
    p = doc.add_paragraph()
    r = p.add_run(TITLE); r.font.size = Pt(26); r.font.name = "Arial"; r.bold = True
    r.font.color.rgb = BLUE
    p = doc.add_paragraph()
    r = p.add_run("Förhållningssätt och åtaganden i regionens samverkan med idéburna organisationer")
    r.italic = True; r.font.size = Pt(13)
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run(DECISION); r.bold = True

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Dokumenttyp", "Policy"),
        ("Beslutsinstans", "Regionfullmäktige"),
        ("Diarienummer", DNR),
        ("Dokumentansvarig", "Regiondirektör"),
        ("Handläggare", "Lina Ekholm, enheten för regional utveckling"),
        ("Gäller från", "2025-01-01"),
        ("Giltig till", "2028-12-31"),
        ("Ersätter", "Regional överenskommelse mellan Region Hallmyra och civilsamhället (2015)"),
    ]
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        cells[0].paragraphs[0].runs[0].bold = True
        shade(cells[0], "DCE6F1")
        for c in cells:
            for rr in c.paragraphs[0].runs:
                rr.font.size = Pt(9); rr.font.name = "Arial"
    t.columns[0].width = Cm(4.5)
    for row in t.rows:
        row.cells[0].width = Cm(4.5)
        row.cells[1].width = Cm(11.5)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------- TOC (field with cached entries)
    p = doc.add_paragraph()
    r = p.add_run("Innehåll"); r.bold = True; r.font.size = Pt(16); r.font.name = "Arial"
    r.font.color.rgb = BLUE
    toc = [("Sammanfattning", 3), ("Bakgrund", 3), ("Självständighet och oberoende", 4),
           ("Dialog", 4), ("Kvalitet", 5), ("Långsiktighet", 6), ("Öppenhet och insyn", 6),
           ("Mångfald", 6), ("Barnrättsperspektiv", 7), ("Uppföljning", 7),
           ("Kontakt och versionshistorik", 7)]
    for i, (name, pg) in enumerate(toc):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS)
        p.paragraph_format.space_after = Pt(2)
        if i == 0:
            fld_char(p, "begin")
            r = p.add_run()
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-1" \\h \\z \\u '
            r._r.append(it)
            fld_char(p, "separate")
        p.add_run(f"{name}\t{pg}")
        if i == len(toc) - 1:
            fld_char(p, "end")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------- Sammanfattning
    doc.add_heading("Sammanfattning", level=1)
    doc.add_paragraph(
        "Region Hallmyra vill bidra till ett starkt, självständigt och levande civilsamhälle i hela "
        "länet. Den här policyn beskriver hur regionen samverkar med civilsamhällets organisationer och "
        "vad parterna kan förvänta sig av varandra.")
    doc.add_paragraph(
        "Policyn bygger på de sex principerna i den nationella överenskommelsen mellan regeringen, "
        "idéburna organisationer och Sveriges Kommuner och Regioner: självständighet och oberoende, "
        "dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald. Regionen har lagt till en "
        "sjunde princip om barnrättsperspektiv. Policyn gäller för regionens samtliga nämnder och "
        "förvaltningar och följs upp årligen.")

    # ---------------- Bakgrund
    doc.add_heading("Bakgrund", level=1)
    doc.add_heading("Den nationella överenskommelsen", level=2)
    doc.add_paragraph(
        "År 2008 tecknade regeringen, dåvarande Sveriges Kommuner och Landsting och ett stort antal "
        "idéburna organisationer inom det sociala området en överenskommelse om hur parterna skulle "
        "samverka. Överenskommelsen har sedan dess legat till grund för lokala och regionala "
        "överenskommelser i stora delar av landet.")
    doc.add_heading("Samverkan i Hallmyra", level=2)
    doc.add_paragraph(
        "Region Hallmyra och företrädare för länets civilsamhälle undertecknade 2015 en regional "
        "överenskommelse. En utvärdering som genomfördes under 2023 visade att överenskommelsen var "
        "känd bland de större organisationerna men mindre känd bland små föreningar och inom "
        "regionens egna förvaltningar. Regionstyrelsen gav därför den 9 maj 2023 (§ 88) "
        "regiondirektören i uppdrag att ta fram en policy som tydligare beskriver regionens "
        "förhållningssätt. Policyn har tagits fram i dialog med Civilsamhällesrådet i Hallmyra län och "
        "har varit ute på remiss under våren 2024.")
    doc.add_heading("Vad menar vi med civilsamhället?", level=2)
    doc.add_paragraph(
        "Med civilsamhället menas en arena, skild från staten, marknaden och det enskilda hushållet, "
        "där människor, grupper och organisationer agerar tillsammans för gemensamma intressen. Hit "
        "hör bland annat ideella föreningar, stiftelser, trossamfund, kooperativ och nätverk. I "
        "policyn används begreppen civilsamhällets organisationer och idéburna organisationer "
        "synonymt.")
    doc.add_heading("Syfte och omfattning", level=2)
    doc.add_paragraph("Policyn har tre syften:")
    bullets(doc, [
        "att tydliggöra regionens förhållningssätt i samverkan med civilsamhället,",
        "att skapa goda och förutsägbara villkor för de organisationer som samverkar med regionen,",
        "att ge regionens medarbetare stöd i arbetet med bidrag, dialog och partnerskap.",
    ])
    doc.add_paragraph(
        "Policyn omfattar all samverkan mellan regionen och civilsamhällets organisationer, till "
        "exempel organisationsbidrag, verksamhetsbidrag, projektstöd, idéburet offentligt partnerskap "
        "(IOP) och deltagande i råd och referensgrupper. Offentlig upphandling enligt LOU och LOV "
        "omfattas inte. Policyn kompletteras av Riktlinjer för bidrag till civilsamhällets "
        "organisationer (RS 2024/0391).")
    doc.add_heading("Policyns principer", level=2)
    doc.add_paragraph("Samverkan mellan regionen och civilsamhället vilar på följande principer:")
    bullets(doc, ["Självständighet och oberoende", "Dialog", "Kvalitet", "Långsiktighet",
                  "Öppenhet och insyn", "Mångfald", "Barnrättsperspektiv"])
    doc.add_paragraph(
        "I varje kapitel beskrivs först vad principen innebär. Därefter följer regionens åtaganden "
        "och vad regionen förväntar sig av civilsamhällets organisationer.")

    # ---------------- Självständighet och oberoende
    P = "sjalvstandighet_och_oberoende"
    doc.add_heading("Självständighet och oberoende", level=1)
    doc.add_paragraph(
        "Civilsamhällets organisationer bestämmer själva över sina mål, sin verksamhet och sin "
        "organisation. En viktig del av civilsamhällets roll är att driva opinion, granska och "
        "företräda sina medlemmar och målgrupper – också när det innebär kritik mot regionen. Att en "
        "organisation får bidrag eller samverkar med regionen påverkar inte den rätten.")
    doc.add_heading("Regionens åtaganden", level=2)
    doc.add_paragraph(C(
        "Regionen ska respektera organisationernas rätt att självständigt bestämma över sina mål, sin "
        "verksamhet och sin organisation.", P, "public"))
    doc.add_paragraph(C(
        "Regionen ska inte ställa krav på att en organisation avstår från att kritisera regionen för "
        "att få bidrag eller delta i samverkan.", P, "public"))
    doc.add_paragraph(C(
        "Villkor som regionen ställer i samband med bidrag ska vara kopplade till syftet med bidraget "
        "och inte styra organisationens verksamhet i övrigt.", P, "public"))
    doc.add_heading("Förväntningar på civilsamhällets organisationer", level=2)
    doc.add_paragraph(C(
        "Civilsamhällets organisationer förväntas vara tydliga med vilka de företräder och i vilken "
        "roll de deltar i samverkan med regionen.", P, "civil_society"))

    # ---------------- Dialog
    P = "dialog"
    doc.add_heading("Dialog", level=1)
    doc.add_paragraph(
        "En god dialog bygger på att parterna känner till varandras förutsättningar och att "
        "civilsamhällets kunskap tas tillvara innan beslut fattas. Dialogen kan ske på olika nivåer – "
        "från det regionala dialogforumet till kontakter mellan en enskild förvaltning och en "
        "förening.")
    doc.add_paragraph("För att dialogen ska fungera ska regionen:")
    bullets(doc, [
        C("bjuda in civilsamhällets organisationer tidigt i processer som berör dem, till exempel när "
          "regionala strategier och handlingsplaner tas fram", P, "public") + ",",
        C("genomföra ett regionalt dialogforum med civilsamhället minst två gånger per år", P,
          "public") + ",",
        C("ge organisationerna skälig tid att svara på remisser, normalt minst sex veckor", P,
          "public") + ",",
        C("återkoppla hur synpunkter från civilsamhället har tagits om hand", P, "public") + ".",
    ])
    doc.add_paragraph(C(
        "Civilsamhällets organisationer förväntas förankra sina synpunkter hos sina medlemmar och "
        "målgrupper inför dialogen med regionen.", P, "civil_society"))
    doc.add_paragraph(C(
        "Regionen och civilsamhällets representanter i dialogforumet ska gemensamt ta fram "
        "dagordningen inför varje möte.", P, "joint"))

    # ---------------- Kvalitet
    P = "kvalitet"
    doc.add_heading("Kvalitet", level=1)
    doc.add_paragraph(
        "Kvalitet i civilsamhällets verksamhet handlar ofta om annat än i offentlig verksamhet: "
        "engagemang, delaktighet, närhet till målgruppen och förmåga att snabbt fånga upp nya behov. "
        "Det är den enskilda människans behov som står i centrum.")
    doc.add_heading("Regionens åtaganden", level=2)
    doc.add_paragraph(C(
        "Regionen ska utgå från den kvalitet som organisationerna själva definierar och inte enbart "
        "bedöma verksamheten med mått som är utformade för offentlig verksamhet.", P, "public"))
    doc.add_paragraph("För att främja kvalitet åtar sig regionen att:")
    bullets(doc, [
        C("erbjuda kompetensutveckling om ansökan, redovisning och uppföljning av bidrag", P,
          "public") + ",",
        C("använda enkla och förutsägbara redovisningskrav som står i proportion till bidragets "
          "storlek", P, "public") + ".",
    ])
    doc.add_heading("Förväntningar på civilsamhällets organisationer", level=2)
    doc.add_paragraph("Civilsamhällets organisationer förväntas:")
    bullets(doc, [
        C("följa upp och utveckla sin egen verksamhet", P, "civil_society") + ",",
        C("redovisa hur bidrag från regionen har använts på det sätt som anges i beslutet", P,
          "civil_society") + ".",
    ])
    doc.add_paragraph(C(
        "Parterna ska tillsammans utveckla former för att följa upp och beskriva vad samverkan leder "
        "till för länets invånare.", P, "joint"))

    # ---------------- Långsiktighet
    P = "langsiktighet"
    doc.add_heading("Långsiktighet", level=1)
    doc.add_paragraph(
        "Civilsamhällets organisationer behöver kunna planera sin verksamhet över längre tid än ett "
        "år. Korta projektbidrag gör det svårt att behålla kompetens och att bygga upp verksamhet som "
        "håller.")
    doc.add_paragraph(C(
        "Regionen ska verka för att stödet till civilsamhället i första hand ges som fleråriga "
        "verksamhetsbidrag snarare än som kortsiktiga projektbidrag.", P, "public") + " " + C(
        "Beslut om bidrag ska fattas i så god tid att organisationerna kan planera sin verksamhet, "
        "och senast den 15 december året före bidragsåret.", P, "public"))
    doc.add_paragraph(C(
        "Regionen kommer att pröva idéburet offentligt partnerskap (IOP) som samverkansform när "
        "förutsättningar finns.", P, "public"))
    doc.add_paragraph(C(
        "Civilsamhällets organisationer förväntas informera regionen i god tid om förändringar som "
        "påverkar en pågående samverkan.", P, "civil_society"))

    # ---------------- Öppenhet och insyn
    P = "oppenhet_och_insyn"
    doc.add_heading("Öppenhet och insyn", level=1)
    doc.add_paragraph(
        "Öppenhet skapar förtroende. Det gäller både hur regionen fördelar offentliga medel och hur "
        "organisationerna använder dem.")
    doc.add_heading("Regionens åtaganden", level=2)
    doc.add_paragraph("Regionen ska:")
    bullets(doc, [
        C("publicera beslut om bidrag och samverkansavtal med civilsamhällets organisationer på "
          "regionens webbplats", P, "public"),
        C("ha tydliga och kända kriterier för hur bidrag fördelas", P, "public"),
        C("utse en kontaktperson för civilsamhällesfrågor på varje förvaltning", P, "public"),
    ])
    doc.add_heading("Förväntningar på civilsamhällets organisationer", level=2)
    doc.add_paragraph(C(
        "Civilsamhällets organisationer förväntas vara öppna med hur verksamheten finansieras och "
        "styrs.", P, "civil_society") + " " + C(
        "De förväntas också ge regionen den insyn som behövs för att följa upp hur offentliga medel "
        "har använts.", P, "civil_society"))

    # ---------------- Mångfald
    P = "mangfald"
    doc.add_heading("Mångfald", level=1)
    doc.add_paragraph(
        "Civilsamhället i Hallmyra län består av allt från stora riksorganisationers distrikt till "
        "små byaföreningar och nybildade nätverk. Mångfalden är en tillgång som gör det möjligt att nå "
        "grupper som regionen annars har svårt att nå.")
    doc.add_paragraph(C(
        "Regionen ska sträva efter att samverka med en bredd av organisationer, också små och "
        "nystartade föreningar och organisationer som saknar tidigare kontakt med regionen.", P,
        "public"))
    doc.add_paragraph(C(
        "Regionen ska göra information om bidrag och samverkan tillgänglig på lättläst svenska och vid "
        "behov på andra språk.", P, "public"))
    doc.add_paragraph(C(
        "Civilsamhällets organisationer förväntas arbeta för att deras verksamhet är öppen och "
        "tillgänglig för alla, oavsett kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning "
        "eller ålder.", P, "civil_society"))
    doc.add_paragraph(C(
        "Regionen och civilsamhället ska tillsammans verka för att fler unga och nyanlända engagerar "
        "sig i föreningslivet.", P, "joint"))

    # ---------------- Barnrättsperspektiv
    P = "barnrattsperspektiv"
    doc.add_heading("Barnrättsperspektiv", level=1)
    doc.add_paragraph(
        "Sedan den 1 januari 2020 är FN:s konvention om barnets rättigheter svensk lag. Många av "
        "civilsamhällets organisationer möter barn och unga varje vecka, och samverkan med regionen "
        "kan stärka barns rätt till hälsa, fritid och inflytande.")
    doc.add_paragraph("Utifrån barnkonventionen ska regionen:")
    bullets(doc, [
        C("göra en prövning av barnets bästa inför beslut om bidrag som berör barn och unga", P,
          "public"),
        C("ge barn och unga möjlighet att komma till tals i dialoger som rör deras vardag", P,
          "public"),
    ])
    doc.add_paragraph(C(
        "Organisationer som får bidrag för verksamhet som riktar sig till barn och unga förväntas ha "
        "rutiner för att begära utdrag ur belastningsregistret och för att förebygga kränkningar.", P,
        "civil_society"))

    # ---------------- Uppföljning
    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph(C(
        "Regionstyrelsen ansvarar för att policyn följs upp och för att den revideras vid behov, dock "
        "senast under 2028.", None, "public"))
    doc.add_paragraph(C(
        "Varje nämnd ska årligen redovisa till regionstyrelsen hur den har tillämpat policyn.", None,
        "public"))
    doc.add_paragraph("Uppföljningen omfattar bland annat:")
    bullets(doc, [
        "antal organisationer som har fått bidrag och bidragens sammanlagda storlek,",
        "andelen fleråriga bidrag,",
        "antal dialogtillfällen och hur civilsamhällets synpunkter har återkopplats,",
        "organisationernas upplevelse av samverkan, enligt en enkät vartannat år.",
    ])
    doc.add_paragraph(C(
        "Regionen och civilsamhällets organisationer ska gemensamt diskutera resultatet av "
        "uppföljningen vid höstens dialogforum.", None, "joint"))

    # ---------------- Kontakt och versionshistorik
    doc.add_heading("Kontakt och versionshistorik", level=1)
    doc.add_paragraph(
        "Har du frågor om policyn? Kontakta enheten för regional utveckling, "
        "civilsamhalle@regionhallmyra.se eller 010-476 30 00 (växel).")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for c, h in zip(t.rows[0].cells, ("Version", "Datum", "Ändring", "Beslutad av")):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "DCE6F1")
    for row in (("0.9", "2024-03-12", "Remissversion", "–"),
                ("1.0", "2024-11-26", "Ny policy, ersätter regional överenskommelse från 2015",
                 "Regionfullmäktige")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    for row in t.rows:
        for c in row.cells:
            for pp in c.paragraphs:
                for rr in pp.runs:
                    rr.font.size = Pt(9); rr.font.name = "Arial"

    doc.core_properties.title = TITLE
    doc.core_properties.author = "Region Hallmyra"
    doc.core_properties.subject = "Policy"
    doc.save(os.path.join(HERE, FILE))


def questions():
    return [
        {"id": "q1", "question": "Hur lång tid får vår förening på oss att svara på en remiss från regionen?",
         "language": "sv", "answerable": True,
         "gold": ["ge organisationerna skälig tid att svara på remisser, normalt minst sex veckor"],
         "must_mention": ["sex veckor"]},
        {"id": "q2", "question": "nar maste regionen senast besluta om bidrag for nasta ar?",
         "language": "sv", "answerable": True,
         "gold": ["Beslut om bidrag ska fattas i så god tid att organisationerna kan planera sin "
                  "verksamhet, och senast den 15 december året före bidragsåret."],
         "must_mention": ["15 december"]},
        {"id": "q3", "question": "How often does the region hold a dialogue forum with civil society?",
         "language": "en", "answerable": True,
         "gold": ["genomföra ett regionalt dialogforum med civilsamhället minst två gånger per år"],
         "must_mention": ["minst två gånger per år"]},
        {"id": "q4", "question": "Får regionen kräva att vi slutar kritisera regionen för att vi ska få "
                                 "bidrag? Ja eller nej?",
         "language": "sv", "answerable": True,
         "gold": ["Regionen ska inte ställa krav på att en organisation avstår från att kritisera "
                  "regionen för att få bidrag eller delta i samverkan."],
         "must_mention": ["inte ställa krav"]},
        {"id": "q5", "question": "Vem har beslutat om policyn och när?",
         "language": "sv", "answerable": True,
         "gold": [DECISION],
         "must_mention": ["regionfullmäktige", "2024-11-26"]},
        {"id": "q6", "question": "Vad förväntar sig regionen att vi som förening redovisar om bidragen?",
         "language": "sv", "answerable": True,
         "gold": ["redovisa hur bidrag från regionen har använts på det sätt som anges i beslutet",
                  "De förväntas också ge regionen den insyn som behövs för att följa upp hur "
                  "offentliga medel har använts."],
         "must_mention": ["hur bidrag från regionen har använts", "insyn"]},
        {"id": "q7", "question": "What does the policy expect from organisations that receive grants for "
                                 "activities for children and young people?",
         "language": "en", "answerable": True,
         "gold": ["Organisationer som får bidrag för verksamhet som riktar sig till barn och unga "
                  "förväntas ha rutiner för att begära utdrag ur belastningsregistret och för att "
                  "förebygga kränkningar."],
         "must_mention": ["belastningsregistret", "kränkningar"]},
        {"id": "q8", "question": "vem ansvarar for att policyn foljs upp och nar ska den revideras",
         "language": "sv", "answerable": True,
         "gold": ["Regionstyrelsen ansvarar för att policyn följs upp och för att den revideras vid "
                  "behov, dock senast under 2028."],
         "must_mention": ["Regionstyrelsen", "2028"]},
        {"id": "q9", "question": "Hur mycket pengar i kronor delar regionen ut till civilsamhället varje år?",
         "language": "sv", "answerable": False, "gold": [], "must_mention": []},
        {"id": "q10", "question": "Hur anmäler jag min förening för att få plats i regionens dialogforum?",
         "language": "sv", "answerable": False, "gold": [], "must_mention": []},
    ]


def main():
    build()
    expected = {
        "file": FILE,
        "layout": LAYOUT,
        "description": (
            "A Swedish region's policy (not an agreement) as a Word DOCX from the region's template: "
            "Georgia body text, Arial blue Heading 1/Heading 2 styles without numbers. Cover page with "
            "the region name in capitals, 'POLICY' label, title, italic subtitle, a bold decision line "
            "'Beslutad av regionfullmäktige 2024-11-26, § 142' and a shaded two-column document "
            "information table (Dokumenttyp, Beslutsinstans, Diarienummer, Gäller från 2025-01-01, "
            "Giltig till 2028-12-31 – decoy dates), different first-page footer with the address. "
            "Then a TOC field with cached entries (dot leaders, page numbers), 'Sammanfattning' and "
            "'Bakgrund' (Heading 2 subsections with decoy dates 2008, 2015, 9 maj 2023, a purpose "
            "list of 'att …' items that are not commitments, a bullet list of the seven principle "
            "names). Each principle is its own Heading 1 chapter (six national principles plus "
            "'Barnrättsperspektiv'): a description paragraph, then in some chapters Heading 2 "
            "'Regionens åtaganden' / 'Förväntningar på civilsamhällets organisationer', in others "
            "none. Commitments are 'Regionen ska …' sentences, 'Civilsamhällets organisationer "
            "förväntas …' sentences, List Bullet items after lead-ins ('För att dialogen ska fungera "
            "ska regionen:', 'För att främja kvalitet åtar sig regionen att:', 'Regionen ska:', "
            "'Civilsamhällets organisationer förväntas:', 'Utifrån barnkonventionen ska regionen:'), "
            "two commitments in one paragraph twice (one passive 'Beslut om bidrag ska fattas …', "
            "one 'De förväntas också …'), joint sentences ('Parterna ska tillsammans', 'Regionen och "
            "civilsamhället ska tillsammans'). 'Uppföljning' chapter with commitments (principle null) "
            "and a list of follow-up measures that are not commitments. Header with the document "
            "name and region name (tab), footer 'Dnr RS 2024/0387' and 'Sida PAGE (NUMPAGES)' fields; "
            "closing contact paragraph and a version table."),
        "metadata": {
            "doc_id": DOC_ID,
            "title": TITLE,
            "place": "Hallmyra",
            "organisation": REGION,
            "kind": "policy",
            "date": "2024-11-26",
            "body": "regionfullmäktige",
        },
        "commitments": commitments,
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print(f"wrote {FILE} with {len(commitments)} commitments")


if __name__ == "__main__":
    main()
