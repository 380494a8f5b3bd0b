#!/usr/bin/env python3
"""Generate forsviken_overenskommelse.docx and expected.json.

Layout: DOCX where headings are Normal paragraphs in bold with manual
numbering ("4.3 Kvalitet"), commitments partly as List Bullet lists after
varying lead-ins, partly as prose sentences; page header/footer with a PAGE
field; metadata line "Beslutad av kommunfullmäktige den ...".

Run with a Python that has python-docx:  python make.py
"""
import datetime
import json
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "forsviken_overenskommelse.docx"
TITLE = "Överenskommelse mellan Forsvikens kommun och den idéburna sektorn i Forsviken"
DECISION = "Beslutad av kommunfullmäktige den 14 juni 2023, § 112"

# Each block: ("h", text) bold numbered heading, ("p", text) prose,
# ("lead", text) lead-in paragraph, ("b", text) bullet item.
# Commitments are tagged with (principle, party) via the C() helper.
COMMITMENTS = []


def C(text, principle, party, kind="p"):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return (kind, text)


P_SJ, P_DI, P_KV, P_LA, P_OI, P_MA = ("sjalvstandighet_och_oberoende", "dialog", "kvalitet",
                                      "langsiktighet", "oppenhet_och_insyn", "mangfald")

BLOCKS = [
    ("title", TITLE),
    ("meta", "Dnr KS 2022/341"),
    ("meta", DECISION),
    ("meta", "Gäller från den 1 juli 2023 till och med den 31 december 2026"),
    ("meta", "Dokumentansvarig: Kultur- och fritidsförvaltningen, föreningsservice"),

    ("h", "1 Bakgrund"),
    ("p", "Arbetet med en lokal överenskommelse i Forsviken startade hösten 2021 efter ett initiativ "
          "från Forsvikens idrottsallians och Studieförbundens samråd i Forsviken."),
    ("p", "Under 2022 genomfördes sex dialogmöten där drygt 70 föreningar deltog tillsammans med "
          "politiker och tjänstepersoner från kommunens förvaltningar."),
    ("p", "Kommunen har sedan länge gett stöd till föreningslivet genom föreningsbidrag, subventionerade "
          "lokaler och föreningsservice. Föreningarna har i sin tur bidragit med fritidsaktiviteter, "
          "kulturarrangemang och socialt stöd till många invånare."),
    ("p", "Omkring 180 föreningar är i dag registrerade i kommunens föreningsregister."),
    ("p", "Den nationella överenskommelsen mellan regeringen, idéburna organisationer inom det sociala "
          "området och Sveriges Kommuner och Landsting från 2008 har varit en förebild för arbetet."),

    ("h", "2 Syfte"),
    ("p", "Överenskommelsen ska stärka samverkan mellan kommunen och den idéburna sektorn och bidra till "
          "ett levande föreningsliv i hela kommunen, från centralorten till byarna längs älven."),
    ("p", "Överenskommelsen är inte ett avtal om ekonomisk ersättning och reglerar inte föreningsbidragen."),
    ("p", "Föreningarna kan ansöka om bidrag enligt kommunens riktlinjer för föreningsstöd, som beslutas "
          "av kultur- och fritidsnämnden."),

    ("h", "3 Parter och definitioner"),
    ("h", "3.1 Parter"),
    ("p", "Parter i överenskommelsen är Forsvikens kommun och de idéburna organisationer som har anslutit "
          "sig till den. Föreningslivet företräds i det gemensamma arbetet av Forsvikens föreningsråd."),
    ("h", "3.2 Definition"),
    ("p", "Med idéburen organisation avses i denna överenskommelse en organisation som har ett "
          "allmännyttigt syfte, är fristående från offentlig sektor och inte har vinstsyfte."),
    ("h", "3.3 Anslutning"),
    ("p", "En förening som vill ansluta sig till överenskommelsen kan anmäla detta till föreningsservice "
          "via kommunens webbplats. Anslutningen är frivillig och kostnadsfri."),

    ("h", "4 Principer och åtaganden"),
    ("p", "Överenskommelsen bygger på sex principer som hämtats från den nationella överenskommelsen. "
          "Under varje princip beskrivs vad kommunen och föreningarna åtar sig, var för sig och tillsammans."),

    ("h", "4.1 Självständighet och oberoende"),
    ("p", "Föreningarna har rätt att driva opinion och att granska och kritisera kommunens verksamhet."),
    ("lead", "Kommunen kommer att:"),
    C("respektera föreningarnas rätt att själva bestämma över sin verksamhet, sina mål och sina arbetssätt",
      P_SJ, "public", "b"),
    C("inte ställa krav på föreningarnas inre organisation utöver vad som följer av lag och bidragsregler",
      P_SJ, "public", "b"),
    ("lead", "Det här gör föreningarna:"),
    C("Vi är tydliga med vilka vi företräder när vi för fram synpunkter till kommunen.", P_SJ, "civil_society", "b"),
    C("Vi håller isär vår egen verksamhet och uppdrag som vi utför åt kommunen.", P_SJ, "civil_society", "b"),
    C("Förvaltningen ansvarar för att föreningarnas kritik mot kommunen aldrig påverkar bedömningen av "
      "deras bidragsansökningar.", P_SJ, "public"),

    ("h", "4.2 Dialog"),
    ("p", "Dialog är grunden för samverkan. Tidigare har kontakterna mellan kommunen och föreningarna "
          "främst skett i samband med bidragsansökningar."),
    ("lead", "Kommunen ska:"),
    C("bjuda in till ett gemensamt dialogforum minst två gånger per år", P_DI, "public", "b"),
    C("involvera föreningslivet tidigt i frågor som berör det, till exempel förändringar i "
      "föreningsbidrag och lokalfrågor", P_DI, "public", "b"),
    C("utse en kontaktperson för föreningslivet på varje förvaltning", P_DI, "public", "b"),
    ("lead", "Föreningarna kommer att:"),
    C("utse representanter till dialogforumet och förankra frågorna i sina egna organisationer",
      P_DI, "civil_society", "b"),
    C("svara på remisser och inbjudningar till samråd när frågan berör deras verksamhet",
      P_DI, "civil_society", "b"),
    C("Föreningarna förbinder sig att föra vidare information från dialogforumet till sina medlemmar.",
      P_DI, "civil_society"),
    ("lead", "Tillsammans ska vi:"),
    C("ta fram en årlig plan för dialogforumets arbete", P_DI, "joint", "b"),

    ("h", "4.3 Kvalitet"),
    C("Förvaltningen ansvarar för att kommunens handläggning av föreningsärenden är rättssäker, enkel och snabb.",
      P_KV, "public"),
    ("lead", "Det här gör kommunen:"),
    C("Vi erbjuder utbildning i föreningskunskap, ekonomi och bidragsansökningar minst en gång per termin.",
      P_KV, "public", "b"),
    C("Vi lämnar beslut på ansökningar om föreningsbidrag inom sex veckor.", P_KV, "public", "b"),
    ("lead", "Det här gör föreningarna:"),
    C("Vi följer god föreningssed och har ordning på vår ekonomi och våra protokoll.", P_KV, "civil_society", "b"),
    C("Vi redovisar hur beviljade bidrag har använts senast den 31 mars året efter.", P_KV, "civil_society", "b"),
    C("Föreningarna förbinder sig att ha rutiner för att förebygga kränkningar och att begära utdrag ur "
      "belastningsregistret för ledare som arbetar med barn och unga.", P_KV, "civil_society"),
    ("lead", "Tillsammans ska vi:"),
    C("följa upp kvaliteten i samverkan med en gemensam enkät vartannat år", P_KV, "joint", "b"),

    ("h", "4.4 Långsiktighet"),
    C("Förvaltningen ansvarar för att föreningar som har ett flerårigt samverkansavtal med kommunen får besked "
      "om förlängning senast sex månader innan avtalet löper ut.", P_LA, "public"),
    ("lead", "Kommunen kommer att:"),
    C("i första hand använda fleråriga bidrag och avtal när föreningar utför verksamhet över längre tid",
      P_LA, "public", "b"),
    C("informera i god tid om förändringar i bidragssystemet, och senast när budgeten för nästa år beslutas",
      P_LA, "public", "b"),
    ("lead", "Vi i föreningslivet ska:"),
    C("planera vår verksamhet så att den inte står och faller med enskilda bidrag", P_LA, "civil_society", "b"),
    C("arbeta aktivt med att rekrytera och behålla ideella ledare", P_LA, "civil_society", "b"),
    ("lead", "Gemensamt ska parterna:"),
    C("verka för att fler unga tar ledaruppdrag i föreningslivet", P_LA, "joint", "b"),

    ("h", "4.5 Öppenhet och insyn"),
    ("p", "Öppenhet handlar om att båda parter vet vad som gäller och hur beslut fattas. Många föreningar har "
          "under dialogmötena efterfrågat tydligare motiveringar till bidragsbeslut."),
    ("lead", "Kommunen kommer att:"),
    C("publicera information om föreningsbidrag, beviljade belopp och beslutsgrunder på kommunens webbplats",
      P_OI, "public", "b"),
    C("motivera beslut om avslag skriftligt", P_OI, "public", "b"),
    ("lead", "Det här gör föreningarna:"),
    C("Vi ger kommunen insyn i den verksamhet som finansieras med kommunala medel.", P_OI, "civil_society", "b"),
    C("Vi informerar kommunen utan dröjsmål om väsentliga förändringar i verksamheten.", P_OI, "civil_society", "b"),
    C("Förvaltningen ansvarar också för att protokoll från dialogforumet finns tillgängliga för alla "
      "föreningar inom tre veckor efter mötet.", P_OI, "public"),

    ("h", "4.6 Mångfald"),
    ("p", "Föreningslivet i Forsviken består av allt från stora idrottsklubbar med anställd personal till "
          "små byalag och nybildade föreningar som drivs helt ideellt."),
    ("lead", "Kommunen kommer att:"),
    C("ta hänsyn till att små föreningar och föreningar utan anställd personal har olika förutsättningar",
      P_MA, "public", "b"),
    C("ge information om föreningsstöd på lätt svenska och på de vanligaste språken i kommunen",
      P_MA, "public", "b"),
    ("lead", "Det här gör föreningarna:"),
    C("Vi arbetar för att vår verksamhet ska vara öppen och tillgänglig för alla, oavsett kön, ålder, "
      "funktionsnedsättning, etnisk bakgrund eller sexuell läggning.", P_MA, "civil_society", "b"),
    C("Vi välkomnar nya medlemmar och ledare med olika bakgrund.", P_MA, "civil_society", "b"),
    ("lead", "Tillsammans ska vi:"),
    C("genomföra en gemensam föreningsmässa varje höst", P_MA, "joint", "b"),
    C("verka för att föreningslokaler är tillgängliga för personer med funktionsnedsättning", P_MA, "joint", "b"),

    ("h", "5 Uppföljning och revidering"),
    ("p", "En uppföljningsrapport togs fram för perioden 2019–2021 inom ramen för den tidigare föreningspolicyn."),
    C("Kommunstyrelsen ansvarar för att överenskommelsen följs upp årligen.", None, "public"),
    C("Föreningsrådet förbinder sig att sammanställa föreningarnas synpunkter inför varje uppföljning.",
      None, "civil_society"),
    C("Parterna ska gemensamt revidera överenskommelsen senast den 31 december 2026.", None, "joint"),

    ("h", "6 Underskrifter"),
    ("p", "För Forsvikens kommun: Anna Lindqvist, kommunstyrelsens ordförande"),
    ("p", "För föreningslivet: Mehmet Yilmaz, ordförande i Forsvikens föreningsråd"),
]


def add_field(paragraph, instr):
    run = paragraph.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = instr
        run._r.append(el)
    paragraph.add_run("1")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def build_docx(path):
    doc = Document()
    fixed = datetime.datetime(2023, 6, 20, 9, 0, 0)
    cp = doc.core_properties
    cp.author = "Föreningsservice"
    cp.title = TITLE
    cp.created = cp.modified = cp.last_printed = fixed
    cp.last_modified_by = "Föreningsservice"
    cp.revision = 3

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Forsvikens kommun | Överenskommelse med den idéburna sektorn"
    fp = sec.footer.paragraphs[0]
    fp.add_run("Dnr KS 2022/341 | Sida ")
    add_field(fp, "PAGE")

    for kind, text in BLOCKS:
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(18)
        elif kind == "meta":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.italic = True
        elif kind == "h":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(13 if text.count(".") == 0 else 11)
        elif kind == "lead":
            doc.add_paragraph(text)
        elif kind == "b":
            doc.add_paragraph(text, style="List Bullet")
        else:
            doc.add_paragraph(text)
    doc.save(path)
    # make the archive byte-deterministic (fixed member timestamps)
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 6, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    os.replace(tmp, path)


QUESTIONS = [
    {"id": "q1", "question": "nar beslutades overenskommelsen och av vem?", "language": "sv",
     "gold": [DECISION], "must_mention": ["kommunfullmäktige", "14 juni 2023"]},
    {"id": "q2", "question": "Vad åtar sig kommunen under principen dialog?", "language": "sv",
     "gold": ["bjuda in till ett gemensamt dialogforum minst två gånger per år",
              "involvera föreningslivet tidigt i frågor som berör det, till exempel förändringar i "
              "föreningsbidrag och lokalfrågor",
              "utse en kontaktperson för föreningslivet på varje förvaltning"],
     "must_mention": ["dialogforum", "kontaktperson"]},
    {"id": "q3", "question": "Måste vår förening begära utdrag ur belastningsregistret för våra ledare?",
     "language": "sv",
     "gold": ["Föreningarna förbinder sig att ha rutiner för att förebygga kränkningar och att begära utdrag ur "
              "belastningsregistret för ledare som arbetar med barn och unga."],
     "must_mention": ["belastningsregistret", "barn och unga"]},
    {"id": "q4", "question": "How long does the municipality take to decide on an application for an association grant?",
     "language": "en",
     "gold": ["Vi lämnar beslut på ansökningar om föreningsbidrag inom sex veckor."],
     "must_mention": ["sex veckor"]},
    {"id": "q5", "question": "Vad menas med idéburen organisation i överenskommelsen?", "language": "sv",
     "gold": ["Med idéburen organisation avses i denna överenskommelse en organisation som har ett "
              "allmännyttigt syfte, är fristående från offentlig sektor och inte har vinstsyfte."],
     "must_mention": ["allmännyttigt syfte", "inte har vinstsyfte"]},
    {"id": "q6", "question": "nar maste vi redovisa hur bidraget har anvants", "language": "sv",
     "gold": ["Vi redovisar hur beviljade bidrag har använts senast den 31 mars året efter."],
     "must_mention": ["31 mars"]},
    {"id": "q7", "question": "Vilka åtaganden har föreningarna under öppenhet och insyn?", "language": "sv",
     "gold": ["Vi ger kommunen insyn i den verksamhet som finansieras med kommunala medel.",
              "Vi informerar kommunen utan dröjsmål om väsentliga förändringar i verksamheten."],
     "must_mention": ["insyn", "väsentliga förändringar"]},
    {"id": "q8", "question": "Styr överenskommelsen hur mycket föreningsbidrag vi får?", "language": "sv",
     "gold": ["Överenskommelsen är inte ett avtal om ekonomisk ersättning och reglerar inte föreningsbidragen."],
     "must_mention": ["reglerar inte föreningsbidragen"]},
    {"id": "q9", "question": "Hur mycket lokalbidrag får en förening per medlem?", "language": "sv",
     "gold": [], "must_mention": []},
    {"id": "q10", "question": "Is there a procedure for resolving disputes if one party does not keep the agreement?",
     "language": "en", "gold": [], "must_mention": []},
]


def main():
    build_docx(os.path.join(HERE, FILE))
    for q in QUESTIONS:
        q["answerable"] = bool(q["gold"])
    questions = [{k: q[k] for k in ("id", "question", "language", "answerable", "gold", "must_mention")}
                 for q in QUESTIONS]
    expected = {
        "file": FILE,
        "layout": os.path.basename(HERE),
        "description": "DOCX without heading styles: bold Normal paragraphs with manual numbering, "
                       "List Bullet commitments after varying lead-ins plus prose commitments, "
                       "metadata line, header/footer with PAGE field",
        "metadata": {
            "doc_id": "forsviken",
            "title": TITLE,
            "place": "Forsviken",
            "organisation": "Forsvikens kommun",
            "kind": "överenskommelse",
            "date": "2023-06-14",
            "body": "kommunfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": questions,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
