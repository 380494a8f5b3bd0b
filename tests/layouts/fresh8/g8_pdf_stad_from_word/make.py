#!/usr/bin/env python3
"""Generate a Word-made city agreement (Hagmora stad) and export it to PDF.

Run with a python that has python-docx (e.g. /work/main/.venv/bin/python make.py).
Writes the .docx (temporary), the .pdf and expected.json. Two passes: the first
PDF is used to find the page of each heading for the typed-in TOC field result.
"""
import json
import os
import re
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Twips

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = os.path.basename(HERE)
BASE = "hagmora_stad_overenskommelse_ideburen_sektor_2025-2028"
PDF = BASE + ".pdf"
BLUE = RGBColor(0x00, 0x4B, 0x87)

COMMITMENTS = []  # (text, principle, party)


def c(text, principle, party):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


# ---------------------------------------------------------------- helpers
def add_field(par, instr, placeholder="1"):
    def fc(kind):
        r = OxmlElement("w:r")
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), kind)
        r.append(f)
        return r
    par._p.append(fc("begin"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = f" {instr} "
    r.append(t)
    par._p.append(r)
    par._p.append(fc("separate"))
    par.add_run(placeholder)
    par._p.append(fc("end"))


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def box_borders(table, color="004B87", size="8"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), size)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def heading(doc, text, level):
    h = doc.add_heading(text, level=level)
    return h


def para(doc, text, bold_lead=None, style=None, space_after=6):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def lead(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    return p


def bullets(doc, items):
    for it in items:
        p = doc.add_paragraph(it, style="List Bullet")
        p.paragraph_format.space_after = Pt(2)
    doc.paragraphs[-1].paragraph_format.space_after = Pt(8)


def item(text, principle, party, end=","):
    """A list item; the commitment is stored without the trailing punctuation."""
    c(text, principle, party)
    return text + end


# ---------------------------------------------------------------- document
def build(toc_pages):
    COMMITMENTS.clear()
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    st.font.size = Pt(10.5)
    for name, size in (("Heading 1", 15), ("Heading 2", 12.5), ("Title", 26), ("Subtitle", 14)):
        s = doc.styles[name]
        s.font.name = "Arial"
        s.font.color.rgb = BLUE
        s.font.size = Pt(size)
        rf = s.element.rPr.rFonts
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), "Arial")
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
    doc.styles["Heading 1"].paragraph_format.space_before = Pt(18)
    doc.styles["Heading 2"].paragraph_format.space_before = Pt(12)
    doc.styles["Subtitle"].font.italic = False

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    sec.different_first_page_header_footer = True

    # header / footer (not on the cover)
    hp = sec.header.paragraphs[0]
    hp.text = ""
    for par_ in (hp, sec.footer.paragraphs[0]):
        par_.paragraph_format.tab_stops.add_tab_stop(Twips(4680), WD_TAB_ALIGNMENT.CLEAR)
        par_.paragraph_format.tab_stops.add_tab_stop(Twips(9360), WD_TAB_ALIGNMENT.CLEAR)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Hagmora stad\tDnr KS 2024/0318")
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Överenskommelse med den idéburna sektorn 2025–2028\tSida ")
    r.font.size = Pt(8.5)
    add_field(fp, "PAGE")
    fp.add_run(" av ").font.size = Pt(8.5)
    add_field(fp, "NUMPAGES", "9")

    # ------------------------------------------------ cover
    p = doc.add_paragraph()
    r = p.add_run("HAGMORA STAD")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = BLUE
    p = doc.add_paragraph()
    r = p.add_run("Kommunstyrelsens förvaltning")
    r.font.size = Pt(10)
    for _ in range(7):
        doc.add_paragraph()
    doc.add_paragraph("Överenskommelse mellan Hagmora stad och den idéburna sektorn", style="Title")
    doc.add_paragraph("Lokal överenskommelse för samverkan 2025–2028", style="Subtitle")
    for _ in range(10):
        doc.add_paragraph()
    t = doc.add_table(rows=4, cols=2)
    rows = [("Beslutad:", "Antagen av kommunfullmäktige den 25 november 2024, § 187"),
            ("Giltighetstid:", "1 januari 2025 – 31 december 2028"),
            ("Dokumentansvarig:", "Kommunstyrelsen"),
            ("Diarienummer:", "KS 2024/0318")]
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        t.cell(i, 0).width = Cm(4)
        t.cell(i, 1).width = Cm(11)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------ TOC (field with saved result)
    p = doc.add_paragraph()
    r = p.add_run("Innehåll")
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = BLUE
    toc = [("1", "Inledning", 1), ("2", "Bakgrund", 1), ("3", "Syfte", 1),
           ("4", "Parter och giltighetstid", 1), ("5", "Principer för samverkan", 1),
           ("5.1", "Självständighet och oberoende", 2), ("5.2", "Dialog", 2),
           ("5.3", "Kvalitet", 2), ("5.4", "Långsiktighet", 2), ("5.5", "Öppenhet och insyn", 2),
           ("5.6", "Mångfald", 2), ("5.7", "Barnrättsperspektiv", 2),
           ("6", "Genomförande och uppföljning", 1), ("7", "Underskrifter", 1),
           ("Bilaga 1", "Begrepp och arbetsprocess", 1)]
    first = True
    for i, (num, txt, lvl) in enumerate(toc):
        key = f"{num} {txt}"
        tp = doc.add_paragraph()
        tp.paragraph_format.tab_stops.add_tab_stop(Cm(1.2 if lvl == 1 else 2.2))
        tp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        tp.paragraph_format.left_indent = Cm(0 if lvl == 1 else 0.6)
        tp.paragraph_format.space_after = Pt(3 if lvl == 2 else 5)
        if first:
            tp._p.append(_fc("begin"))
            rr = OxmlElement("w:r")
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-2" \\h \\z \\u '
            rr.append(it)
            tp._p.append(rr)
            tp._p.append(_fc("separate"))
            first = False
        sep = " " if num.startswith("Bilaga") else "\t"
        run = tp.add_run(f"{num}{sep}{txt}\t{toc_pages.get(key, 3)}")
        if lvl == 1:
            run.bold = True
        if i == len(toc) - 1:
            tp._p.append(_fc("end"))
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Dokumentinformation")
    r.bold = True
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    info = [("Dokumenttyp", "Överenskommelse (styrdokument)"),
            ("Fastställd av", "Kommunfullmäktige, 2024-11-25, § 187"),
            ("Ersätter", "Överenskommelse mellan Hagmora stad och föreningslivet, KF 2016-06-13, § 94"),
            ("Gäller för", "Samtliga nämnder och helägda bolag i Hagmora stad"),
            ("Revideras senast", "2028-12-31")]
    for i, (a, b) in enumerate(info):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
        shade(t.cell(i, 0), "DCE6F0")
        t.cell(i, 0).width = Cm(4.5)
        t.cell(i, 1).width = Cm(11.5)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------ 1-4
    heading(doc, "1 Inledning", 1)
    para(doc, "Hagmora är en stad med ett rikt och levande föreningsliv. Omkring 420 föreningar, "
              "stiftelser och andra idéburna organisationer är registrerade i stadens föreningsregister. "
              "Idrottsföreningar, studieförbund, kulturföreningar, pensionärsorganisationer, trossamfund, "
              "sociala organisationer och nätverk gör varje dag insatser som betyder mycket för dem som "
              "bor och verkar i staden.")
    para(doc, "Staden och den idéburna sektorn har olika roller och uppdrag, men vi delar en vilja att "
              "göra Hagmora till en trygg, inkluderande och hållbar plats att leva i. Den här "
              "överenskommelsen beskriver hur vi vill samverka och vad parterna åtar sig för att "
              "samverkan ska fungera väl.")
    heading(doc, "2 Bakgrund", 1)
    para(doc, "År 2008 tecknade regeringen, Sveriges Kommuner och Regioner (dåvarande Sveriges "
              "Kommuner och Landsting) och idéburna organisationer inom det sociala området en nationell "
              "överenskommelse. Den bygger på sex principer: självständighet och oberoende, dialog, "
              "kvalitet, långsiktighet, öppenhet och insyn samt mångfald. Sedan dess har många kommuner "
              "och regioner tagit fram lokala överenskommelser.")
    para(doc, "Hagmora stad antog en första överenskommelse med föreningslivet 2016. Under 2023 och "
              "2024 har den reviderats i en gemensam process där fler än 60 organisationer deltog i "
              "dialogmöten, workshoppar och en webbenkät. Den reviderade överenskommelsen utgår från de "
              "nationella principerna och har kompletterats med ett barnrättsperspektiv.")
    heading(doc, "3 Syfte", 1)
    para(doc, "Överenskommelsen syftar till att:", space_after=2)
    bullets(doc, ["stärka den idéburna sektorns roll som röstbärare och opinionsbildare,",
                  "utveckla formerna för samverkan mellan staden och sektorn,",
                  "göra det tydligt vad parterna kan förvänta sig av varandra,",
                  "bidra till att fler invånare engagerar sig i föreningslivet."])
    para(doc, "Överenskommelsen är inget avtal om ekonomiskt stöd. Bidrag, upphandling och idéburet "
              "offentligt partnerskap (IOP) regleras i särskilda beslut och riktlinjer.")
    heading(doc, "4 Parter och giltighetstid", 1)
    para(doc, "Parter är Hagmora stad, det vill säga samtliga nämnder och helägda bolag, och de idéburna "
              "organisationer som verkar i Hagmora och som ställer sig bakom överenskommelsen. Den "
              "idéburna sektorn företräds i arbetet med överenskommelsen av Hagmora föreningsråd.")
    para(doc, "Överenskommelsen gäller från den 1 januari 2025 till och med den 31 december 2028. "
              "En organisation kan när som helst ansluta sig genom att anmäla det till stadens "
              "samordnare för civilsamhällesfrågor.")

    # ------------------------------------------------ 5 principles
    heading(doc, "5 Principer för samverkan", 1)
    para(doc, "Under varje princip beskrivs vad den innebär i Hagmora och vilka åtaganden parterna gör. "
              "Åtagandena gäller under hela överenskommelsens giltighetstid.")

    P = "sjalvstandighet_och_oberoende"
    heading(doc, "5.1 Självständighet och oberoende", 2)
    para(doc, "Den idéburna sektorn är en självständig del av samhället. Organisationerna bestämmer "
              "själva över sina mål, sin organisation och sina arbetsformer, och de har en viktig roll "
              "som granskare och röst för sina medlemmar och målgrupper.")
    lead(doc, "Staden åtar sig att:")
    bullets(doc, [item("respektera organisationernas rätt att själva bestämma över sin inriktning, sina "
                       "arbetsformer och sina prioriteringar", P, "public"),
                  item("inte ställa krav på politisk eller religiös tillhörighet som villkor för bidrag "
                       "eller samverkan", P, "public", ".")])
    lead(doc, "Den idéburna sektorn åtar sig att:")
    bullets(doc, [item("tydligt redovisa när organisationen företräder sina medlemmar och när den utför "
                       "uppdrag åt staden", P, "civil_society"),
                  item("värna sin självständighet även när verksamheten delvis finansieras av staden",
                       P, "civil_society", ".")])
    para(doc, c("Staden ska även respektera att organisationerna har rätt att granska och kritisera "
                "stadens verksamhet, också när de får ekonomiskt stöd från staden.", P, "public"))

    P = "dialog"
    heading(doc, "5.2 Dialog", 2)
    para(doc, "En god dialog bygger på ömsesidig respekt och förtroende. Dialogen mellan staden och "
              "sektorn förs både i Hagmora samverkansråd och i de nämnder och förvaltningar som har "
              "kontakt med föreningslivet.")
    lead(doc, "Staden åtar sig att:")
    bullets(doc, [item("bjuda in den idéburna sektorn till dialog i ett tidigt skede när beslut som berör "
                       "sektorn förbereds", P, "public"),
                  item("genomföra minst två dialogmöten per år i Hagmora samverkansråd", P, "public"),
                  item("återkoppla skriftligt hur synpunkter från sektorn har tagits om hand", P,
                       "public", ".")])
    lead(doc, "Den idéburna sektorn åtar sig att:")
    bullets(doc, [item("utse representanter till samverkansrådet som kan föra sina organisationers talan",
                       P, "civil_society"),
                  item("förankra frågor som tas upp i dialogen hos sina medlemmar och målgrupper", P,
                       "civil_society", ".")])
    para(doc, c("Gemensamt ansvarar parterna för att dagordningen till samverkansrådets möten tas fram i "
                "samråd och skickas ut senast två veckor före mötet.", P, "joint"))

    P = "kvalitet"
    heading(doc, "5.3 Kvalitet", 2)
    para(doc, "Kvalitet handlar om att verksamheten motsvarar de behov som finns och de förväntningar "
              "som invånarna har. Idéburna organisationer bidrar med kunskap, engagemang och "
              "perspektiv som staden inte alltid har tillgång till på egen hand.")
    lead(doc, "Staden åtar sig att:")
    bullets(doc, [item("utforma ansökningar om föreningsbidrag så att de är enkla och begripliga även "
                       "för små föreningar", P, "public"),
                  item("erbjuda kostnadsfri utbildning i ansökan, redovisning och projektledning minst "
                       "en gång per termin", P, "public", ".")])
    lead(doc, "Den idéburna sektorn åtar sig att:")
    bullets(doc, [item("följa upp och utvärdera sin verksamhet utifrån egna mål och de villkor som "
                       "gäller för stadens stöd", P, "civil_society"),
                  item("ha ordning på sin ekonomi och redovisa hur bidrag från staden har använts", P,
                       "civil_society", ".")])
    lead(doc, "Gemensamt åtar vi oss att:")
    bullets(doc, [item("utveckla enkla sätt att beskriva resultat och värden som inte låter sig mätas i "
                       "siffror", P, "joint", ".")])

    P = "langsiktighet"
    heading(doc, "5.4 Långsiktighet", 2)
    para(doc, "Förutsättningar som är stabila över tid gör det lättare för föreningar att planera, "
              "rekrytera ideella krafter och bygga upp kunskap. "
              + c("Staden kommer att i första hand ge verksamhetsbidrag som löper över flera år, i regel "
                  "tre år, framför kortare projektbidrag.", P, "public"))
    lead(doc, "Staden åtar sig att:")
    bullets(doc, [item("lämna besked om föreningsbidrag senast den 15 december året före bidragsåret", P,
                       "public"),
                  item("i god tid informera om förändringar i bidragssystem och lokalfrågor som påverkar "
                       "föreningarnas villkor", P, "public", ".")])
    lead(doc, "Den idéburna sektorn åtar sig att:")
    bullets(doc, [item("planera sin verksamhet med en långsiktig inriktning och i tid informera staden om "
                       "förändringar som påverkar samverkan", P, "civil_society", ".")])
    para(doc, c("Parterna ska tillsammans verka för att goda exempel på långsiktig samverkan, till exempel "
                "idéburet offentligt partnerskap, sprids inom staden och sektorn.", P, "joint"))

    P = "oppenhet_och_insyn"
    heading(doc, "5.5 Öppenhet och insyn", 2)
    para(doc, "Öppenhet och insyn skapar förtroende mellan parterna och gentemot invånarna. Det gäller "
              "särskilt när offentliga medel används.")
    lead(doc, "Staden åtar sig att:")
    bullets(doc, [item("publicera regler, riktlinjer och beslut om bidrag på stadens webbplats", P, "public"),
                  item("vara öppen med hur medel till den idéburna sektorn fördelas mellan olika "
                       "verksamhetsområden", P, "public", ".")])
    lead(doc, "Den idéburna sektorn åtar sig att:")
    bullets(doc, [item("ge staden insyn i den verksamhet som får offentlig finansiering", P, "civil_society"),
                  item("hålla stadgar, verksamhetsberättelse och ekonomisk redovisning tillgängliga för "
                       "medlemmar och allmänhet", P, "civil_society", ".")])
    para(doc, c("Båda parter ska respektera att uppgifter om enskilda personer som föreningarna möter i "
                "sin verksamhet kan omfattas av tystnadsplikt eller sekretess.", P, "joint"))

    P = "mangfald"
    heading(doc, "5.6 Mångfald", 2)
    para(doc, "Den idéburna sektorn i Hagmora är bred och rymmer allt från stora riksorganisationers "
              "lokalavdelningar till små nätverk utan anställd personal. Mångfalden är en styrka som "
              "gör att fler invånare kan hitta sin plats i föreningslivet.")
    lead(doc, "Staden åtar sig att:")
    bullets(doc, [item("stödja framväxten av nya föreningar, särskilt i stadsdelar där föreningslivet är "
                       "svagt", P, "public"),
                  item("ta fram information om bidrag och stöd på lättläst svenska och på de vanligaste "
                       "språken i staden", P, "public", ".")])
    lead(doc, "Den idéburna sektorn åtar sig att:")
    bullets(doc, [item("arbeta för att verksamheten är öppen och tillgänglig för alla oavsett kön, ålder, "
                       "funktionsnedsättning, etnisk bakgrund, religion eller sexuell läggning", P,
                       "civil_society", ".")])
    lead(doc, "Gemensamt åtar vi oss att:")
    bullets(doc, [item("motverka diskriminering och verka för att fler grupper kommer till tals i "
                       "dialogen mellan staden och sektorn", P, "joint", ".")])

    P = "barnrattsperspektiv"
    heading(doc, "5.7 Barnrättsperspektiv", 2)
    para(doc, "Sedan den 1 januari 2020 gäller FN:s konvention om barnets rättigheter som svensk lag. "
              "Många av stadens föreningar möter barn och unga varje vecka och har stor betydelse för "
              "deras fritid, hälsa och framtidstro.")
    para(doc, c("Staden ska beakta barnets bästa när beslut som rör föreningslivet för barn och unga "
                "fattas.", P, "public") + " "
              + c("Staden kommer också att låta barn och unga komma till tals när bidragsregler och "
                  "mötesplatser för unga ses över.", P, "public"))
    para(doc, c("Föreningar som bedriver verksamhet för barn och unga åtar sig att ha rutiner för att "
                "förebygga och hantera kränkningar, våld och övergrepp.", P, "civil_society") + " "
              + c("Gemensamt verkar parterna för att barn och unga får möjlighet att påverka de "
                  "verksamheter som riktar sig till dem.", P, "joint"))

    # ------------------------------------------------ 6 follow-up, contact box
    heading(doc, "6 Genomförande och uppföljning", 1)
    para(doc, c("Kommunstyrelsen ansvarar för att överenskommelsen blir känd inom stadens organisation "
                "och att den följs upp.", None, "public") + " "
              + c("Stadens nämnder och bolag ska i sina årliga verksamhetsberättelser redovisa hur de har "
                  "arbetat med överenskommelsen.", None, "public"))
    para(doc, c("Staden och den idéburna sektorn ska varje år genomföra en gemensam uppföljning i "
                "samverkansrådet och vid behov föreslå ändringar i överenskommelsen.", None, "joint")
         + " Samverkansrådet består av sex ledamöter från staden och sex från den idéburna sektorn "
           "och leds av ett delat ordförandeskap.")
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    box_borders(t)
    cell = t.cell(0, 0)
    shade(cell, "E8F0F8")
    cp = cell.paragraphs[0]
    r = cp.add_run("Kontakt")
    r.bold = True
    r.font.color.rgb = BLUE
    r.font.size = Pt(11.5)
    for txt in ["Har du frågor om överenskommelsen eller vill din förening ansluta sig?",
                "Hagmora stad: Maria Lindqvist, samordnare för civilsamhällesfrågor, "
                "Kommunstyrelsens förvaltning, telefon 0123-45 67 80, e-post civilsamhalle@hagmora.se",
                "Den idéburna sektorn: Jonas Berg, ordförande i Hagmora föreningsråd, "
                "e-post kontakt@hagmoraforeningsrad.se",
                "Mer information finns på hagmora.se/foreningsliv."]:
        cell.add_paragraph(txt).paragraph_format.space_after = Pt(3)

    # ------------------------------------------------ 7 signatures
    heading(doc, "7 Underskrifter", 1)
    para(doc, "Överenskommelsen undertecknades vid Föreningarnas dag i Hagmora stadshus den "
              "7 december 2024.")
    t = doc.add_table(rows=4, cols=2)
    sig = [("För Hagmora stad", "För den idéburna sektorn i Hagmora"),
           ("\n\n______________________________", "\n\n______________________________"),
           ("Lena Strömberg", "Jonas Berg"),
           ("Kommunstyrelsens ordförande", "Ordförande, Hagmora föreningsråd")]
    for i, (a, b) in enumerate(sig):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
        if i == 0:
            t.cell(i, 0).paragraphs[0].runs[0].bold = True
            t.cell(i, 1).paragraphs[0].runs[0].bold = True

    # ------------------------------------------------ appendix
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading(doc, "Bilaga 1 Begrepp och arbetsprocess", 1)
    for term, d in [
        ("Idéburen sektor", "Organisationer som drivs utifrån en idé, som inte har vinstsyfte och som "
                            "är fristående från stat, region och kommun, till exempel ideella "
                            "föreningar, stiftelser, trossamfund och sociala företag."),
        ("Föreningsråd", "Hagmora föreningsråd är en paraplyorganisation för föreningar i staden och "
                         "företräder sektorn i samverkansrådet."),
        ("IOP", "Idéburet offentligt partnerskap, en samverkansform där staden och en idéburen "
                "organisation tillsammans finansierar och genomför en verksamhet."),
        ("Samverkansråd", "Ett forum för dialog där staden och den idéburna sektorn möts för att "
                          "följa upp överenskommelsen och diskutera gemensamma frågor.")]:
        para(doc, " " + d, bold_lead=term + ":")
    p = doc.add_paragraph()
    p.add_run("Så togs överenskommelsen fram").bold = True
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    steps = [("Tid", "Aktivitet"),
             ("mars 2023", "Uppstart i samverkansrådet, beslut om revidering"),
             ("maj–september 2023", "Fyra dialogmöten i stadsdelarna och en webbenkät (214 svar)"),
             ("februari 2024", "Remiss till nämnder, bolag och föreningar"),
             ("2024-10-16", "Kommunstyrelsen föreslår att fullmäktige antar överenskommelsen"),
             ("2024-11-25", "Kommunfullmäktige antar överenskommelsen")]
    for i, (a, b) in enumerate(steps):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
        t.cell(i, 0).width = Cm(4)
        t.cell(i, 1).width = Cm(12)
        if i == 0:
            shade(t.cell(i, 0), "DCE6F0")
            shade(t.cell(i, 1), "DCE6F0")
            t.cell(i, 0).paragraphs[0].runs[0].bold = True
            t.cell(i, 1).paragraphs[0].runs[0].bold = True
    return doc, toc


def _fc(kind):
    r = OxmlElement("w:r")
    f = OxmlElement("w:fldChar")
    f.set(qn("w:fldCharType"), kind)
    r.append(f)
    return r


def to_pdf(doc):
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, BASE + ".docx")
    doc.save(src)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to", "pdf", "--outdir", tmp, src],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, PDF), os.path.join(HERE, PDF))
    shutil.rmtree(tmp)


def heading_pages(toc):
    pages = subprocess.run(["pdftotext", "-layout", os.path.join(HERE, PDF), "-"],
                           capture_output=True, text=True, check=True).stdout.split("\f")
    found = {}
    for num, txt, _ in toc:
        key = f"{num} {txt}"
        for i, pg in enumerate(pages[2:], start=3):  # skip cover and TOC page
            if re.search(r"^\s*" + re.escape(key) + r"\s*$", pg, re.M):
                found[key] = i
                break
    return found


def main():
    pages = {}
    for _ in range(3):
        doc, toc = build(pages)
        to_pdf(doc)
        new = heading_pages(toc)
        if new == pages:
            break
        pages = new
    write_expected()


def write_expected():
    q = [
        ("Hur ofta ska samverkansrådet ha dialogmöten?", "sv",
         ["genomföra minst två dialogmöten per år i Hagmora samverkansråd"], ["minst två dialogmöten per år"]),
        ("nar far vi besked om foreningsbidraget for nasta ar?", "sv",
         ["lämna besked om föreningsbidrag senast den 15 december året före bidragsåret"], ["15 december"]),
        ("Which body adopted the agreement, and when?", "en",
         ["Antagen av kommunfullmäktige den 25 november 2024, § 187"],
         ["kommunfullmäktige", "25 november 2024"]),
        ("Does the city commit to giving associations funding for more than one year at a time?", "en",
         ["Staden kommer att i första hand ge verksamhetsbidrag som löper över flera år, i regel tre år, "
          "framför kortare projektbidrag."], ["flera år", "tre år"]),
        ("Kan staden kräva att vår förening har en viss politisk eller religiös tillhörighet för att vi ska få bidrag?",
         "sv", ["inte ställa krav på politisk eller religiös tillhörighet som villkor för bidrag eller samverkan"],
         ["inte ställa krav på politisk eller religiös tillhörighet"]),
        ("Vem på staden kan jag kontakta om överenskommelsen?", "sv",
         ["Hagmora stad: Maria Lindqvist, samordnare för civilsamhällesfrågor, Kommunstyrelsens förvaltning, "
          "telefon 0123-45 67 80, e-post civilsamhalle@hagmora.se"],
         ["Maria Lindqvist", "civilsamhalle@hagmora.se"]),
        ("vad maste foreningar som har barnverksamhet gora enligt overenskommelsen?", "sv",
         ["Föreningar som bedriver verksamhet för barn och unga åtar sig att ha rutiner för att förebygga "
          "och hantera kränkningar, våld och övergrepp."], ["rutiner", "kränkningar, våld och övergrepp"]),
        ("Hur länge gäller överenskommelsen och hur ansluter sig en förening?", "sv",
         ["Överenskommelsen gäller från den 1 januari 2025 till och med den 31 december 2028.",
          "En organisation kan när som helst ansluta sig genom att anmäla det till stadens samordnare för "
          "civilsamhällesfrågor."], ["31 december 2028", "samordnare för civilsamhällesfrågor"]),
        ("Hur mycket pengar avsätter staden till föreningsbidrag under 2025?", "sv", [], []),
        ("Far foreningar lana stadens lokaler gratis for sina arsmoten?", "sv", [], []),
    ]
    questions = [{"id": f"q{i + 1}", "question": qq, "language": lang, "answerable": bool(g),
                  "gold": g, "must_mention": m} for i, (qq, lang, g, m) in enumerate(q)]
    exp = {
        "file": PDF,
        "layout": LAYOUT,
        "description": (
            "A Swedish city's (Hagmora stad) local agreement with the idéburen sektor, written in Word "
            "(python-docx, Arial) and exported to PDF with LibreOffice. Cover page without header/footer: "
            "'HAGMORA STAD' in bold capitals, the förvaltning, Title/Subtitle, and a borderless table with "
            "'Beslutad: Antagen av kommunfullmäktige den 25 november 2024, § 187', validity, "
            "owner and diarienummer. Page 2: 'Innehåll' as a saved TOC field result (dot leaders, page "
            "numbers, sub-entries indented) and a 'Dokumentinformation' grid table that mentions the "
            "replaced 2016 agreement (a decoy date). Running header 'Hagmora stad  Dnr KS 2024/0318' and "
            "footer 'Överenskommelse med den idéburna sektorn 2025–2028  Sida X av Y' (PAGE/NUMPAGES "
            "fields) on every page but the cover. Heading 1/2 with typed numbers ('1 Inledning' … "
            "'5 Principer för samverkan', '5.1 Självständighet och oberoende' … '5.7 Barnrättsperspektiv', "
            "'6 Genomförande och uppföljning', '7 Underskrifter'). Background and a purpose list "
            "('Överenskommelsen syftar till att:') that are not commitments. Under each of the six "
            "national principles: a description paragraph, bold lead-ins 'Staden åtar sig att:' / "
            "'Den idéburna sektorn åtar sig att:' / 'Gemensamt åtar vi oss att:' followed by List Bullet "
            "items (ending ',' or '.'), plus commitment sentences in prose ('Staden ska även …', "
            "'Gemensamt ansvarar parterna för …', 'Parterna ska tillsammans verka för …', 'Båda parter "
            "ska …', one 'Staden kommer att …' sentence at the end of a description paragraph). 5.7 "
            "Barnrättsperspektiv has prose-only commitments, two per paragraph with different parties. "
            "Chapter 6 has follow-up commitments without a principle (kommunstyrelsen, nämnder och bolag, "
            "joint yearly follow-up) and a shaded, bordered one-cell contact box. Signature table dated "
            "7 december 2024 (not the decision date). Appendix 'Bilaga 1 Begrepp och arbetsprocess' "
            "with bold run-in definitions and a process timeline table with more decoy dates."),
        "metadata": {
            "doc_id": BASE,
            "title": "Överenskommelse mellan Hagmora stad och den idéburna sektorn",
            "place": "Hagmora",
            "organisation": "Hagmora stad",
            "kind": "överenskommelse",
            "date": "2024-11-25",
            "body": "kommunfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": questions,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{PDF}: {len(COMMITMENTS)} commitments")


if __name__ == "__main__":
    main()
