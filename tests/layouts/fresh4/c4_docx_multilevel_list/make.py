#!/usr/bin/env python3
"""Generate alvedal_overenskommelse_ideburen_sektor.docx and expected.json.

Alvedals kommun: a local agreement (överenskommelse) with the idéburen sektor,
written in Word style. The body of the agreement is ONE Word multilevel list
whose numbers come from numbering.xml (w:numPr on the paragraphs, an
abstractNum with three levels "%1." / "%1.%2" / "%3)"); the numbers are NOT
typed in the text:

  1.   Självständighet och oberoende            (ilvl 0, bold run)
       <principle description: List Paragraph without numPr, indented>
  1.1  Kommunen åtar sig att:                   (ilvl 1, party lead-in)
       a)  respektera ... ;                     (ilvl 2, commitment)

All list paragraphs use style "List Paragraph" (Liststycke). The only heading
styles are Title (the title) and Heading 1 ("Bakgrund"); "Syfte" etc. are bold
Normal paragraphs. Before the list: introduction in Normal paragraphs and a
small bullet list (other numId, Symbol bullets) of the working group that is
not commitments. Inside the list: unnumbered continuation paragraph under one
item, empty spacer paragraphs, runs split by proofErr / bookmarks as Word
leaves them, lead-ins with and without colon, one principle without a joint
part. After the list: follow-up (two prose commitments, principle null),
validity, decision, signature paragraphs. Header "Alvedals kommun | Dnr",
footer "Sida X av Y" fields.

Run: python3 make.py   (needs python-docx; falls back to /work/main/.venv)
"""
import json
import os
import sys

try:
    import docx  # noqa: F401
except ImportError:  # fall back to the project venv which has python-docx
    venv = "/work/main/.venv/bin/python"
    if os.path.exists(venv) and not os.environ.get("MAKE_REEXEC"):
        os.environ["MAKE_REEXEC"] = "1"
        os.execv(venv, [venv] + sys.argv)
    raise

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "alvedal_overenskommelse_ideburen_sektor"
DOCX = os.path.join(HERE, BASE + ".docx")
LAYOUT = "c4_docx_multilevel_list"
PUB, CS, JT = "public", "civil_society", "joint"
NBSP = "\u00a0"

TITLE = "Överenskommelse om samverkan mellan Alvedals kommun och den idéburna sektorn"
DNR = "Dnr KS 2024/318"
DECISION = ("Överenskommelsen har antagits av kommunfullmäktige i Alvedals kommun den 14 november 2024, "
            f"§{NBSP}112.")

# ----------------------------------------------------------------- intro
INTRO = [
    ("title", TITLE),
    ("sub", "Alvedals kommun och de idéburna organisationerna i Alvedal"),
    ("h1", "Bakgrund"),
    ("p", "År 2008 tecknade regeringen, Sveriges Kommuner och Regioner (dåvarande Sveriges Kommuner och "
          "Landsting) och ett stort antal idéburna organisationer en nationell överenskommelse om "
          "relationerna mellan regeringen, den idéburna sektorn och kommuner och regioner. Sedan dess har "
          "många kommuner tagit fram lokala överenskommelser med utgångspunkt i de principer som den "
          "nationella överenskommelsen bygger på."),
    ("p", "I Alvedals kommun finns drygt 230 registrerade föreningar, ett tiotal trossamfund och flera "
          "stiftelser och sociala företag. De idéburna organisationerna driver idrott, kultur, "
          "studieverksamhet, stöd till äldre och nyanlända, bygdegårdar och mycket annat. Utan det ideella "
          "engagemanget skulle Alvedal vara en fattigare kommun att leva i."),
    ("p", "Arbetet med en lokal överenskommelse inleddes hösten 2022 på initiativ av Alvedals föreningsråd. "
          "Under 2023 genomfördes fyra öppna dialogträffar i Alvedal, Norrhyttan och Bäckeby där drygt 120 "
          "personer från ett åttiotal organisationer deltog. Synpunkterna från träffarna har legat till grund "
          "för texten. Överenskommelsen har tagits fram av en arbetsgrupp med representanter för"),
    ("bullet", "kommunledningsförvaltningen,"),
    ("bullet", "kultur- och fritidsförvaltningen,"),
    ("bullet", "socialförvaltningen,"),
    ("bullet", "Alvedals föreningsråd,"),
    ("bullet", "Studieförbundet Vuxenskolan och ABF,"),
    ("bullet", "Svenska kyrkan i Alvedal och Alvedals Hembygdsförening."),
    ("bold", "Syfte"),
    ("p", "Syftet med överenskommelsen är att stärka de idéburna organisationernas roll som röstbärare och "
          "opinionsbildare och som utförare av verksamhet, och att skapa goda förutsättningar för samverkan "
          "mellan kommunen och den idéburna sektorn. Överenskommelsen ska också bidra till att fler "
          "invånare i Alvedal vill och kan engagera sig ideellt."),
    ("bold", "Parter"),
    ("p", "Parter i överenskommelsen är Alvedals kommun, med dess nämnder, förvaltningar och helägda bolag, "
          "och de idéburna organisationer som verkar i kommunen och som har anslutit sig till "
          "överenskommelsen. Med idéburna organisationer avses i denna överenskommelse föreningar, "
          "stiftelser, trossamfund och andra organisationer som har ett allmännyttigt syfte och som inte "
          "drivs med vinstintresse."),
    ("bold", "Principer och åtaganden"),
    ("p", "Överenskommelsen bygger på sju principer som beskriver hur parterna ska förhålla sig till "
          "varandra. Under varje princip beskrivs först vad principen innebär i Alvedal. Därefter anges vad "
          "kommunen, de idéburna organisationerna och parterna gemensamt åtar sig för att principen ska "
          "få genomslag i praktiken."),
]

# ----------------------------------------------------------------- the multilevel list
# principle: (name, slug, description, [(lead-in, party, [items], {extra})...])
# an item is a str, or (str, continuation paragraph)
PRINCIPLES = [
    ("Självständighet och oberoende", "sjalvstandighet_och_oberoende",
     "De idéburna organisationerna har rätt att själva bestämma över sin verksamhet, sina mål och sina "
     "arbetsformer. Organisationernas roll som röstbärare och opinionsbildare ska respekteras, även när de "
     "riktar kritik mot kommunen.",
     [("Kommunen åtar sig att:", PUB, [
         "respektera de idéburna organisationernas rätt att formulera sina egna mål och arbetssätt, även när "
         "organisationerna får ekonomiskt stöd från kommunen;",
         "inte låta en organisations kritik mot kommunen påverka beslut om bidrag, lokaler eller andra former "
         "av stöd;",
         "utforma villkoren för föreningsbidrag så att de inte styr organisationernas verksamhet mer än vad som "
         "krävs för att följa upp hur bidraget används.",
     ]),
      ("De idéburna organisationerna åtar sig att:", CS, [
          "vara tydliga med när de uttalar sig som självständig organisation och när de utför uppdrag på "
          "kommunens vägnar;",
          "själva ansvara för att den egna verksamheten vilar på demokratiska värderingar och följer "
          "organisationens stadgar.",
      ])]),
    ("Dialog", "dialog",
     "Dialog förutsätter att parterna känner till varandras förutsättningar och att samtalen förs tidigt, "
     "innan besluten är fattade. Dialogen kan se olika ut beroende på frågan, från enskilda samtal till "
     "större dialogforum.",
     [("Kommunen åtar sig att", PUB, [
         "involvera de idéburna organisationerna tidigt i frågor som berör dem, i god tid innan beslut fattas;",
         "utse en kontaktperson för den idéburna sektorn inom varje förvaltning;",
         "anpassa tider och former för möten så att ideellt engagerade kan delta, till exempel genom "
         "kvällsmöten och möjlighet att delta digitalt.",
     ]),
      ("De idéburna organisationerna åtar sig att", CS, [
          "förankra sina synpunkter hos medlemmarna innan de framförs i dialogen med kommunen;",
          "sprida information från dialogmötena vidare inom den egna organisationen.",
      ]),
      ("Gemensamt åtar sig parterna att:", JT, [
          "genomföra minst två dialogmöten per år mellan kommunens förtroendevalda och representanter för de "
          "idéburna organisationerna;",
          "föra dialogen i en anda av ömsesidig respekt, även när parterna har olika uppfattningar.",
      ])]),
    ("Kvalitet", "kvalitet",
     "Kvalitet handlar om att verksamheten motsvarar behoven hos dem den är till för. Parterna har olika "
     "kunskaper och erfarenheter som tillsammans kan bidra till en bättre verksamhet för invånarna.",
     [("Kommunen åtar sig att:", PUB, [
         "erbjuda de idéburna organisationerna utbildning i frågor som föreningsekonomi, ansökningar och "
         "tillgänglighet;",
         "ta tillvara de idéburna organisationernas kunskap och erfarenheter när kommunens egna verksamheter "
         "utvecklas;",
         ("i ansökningar och redovisningar inte begära fler uppgifter än vad som behövs för att bedöma och "
          "följa upp stödet.",
          "Detta gäller såväl föreningsbidrag som projektmedel och hyresbidrag."),
     ]),
      ("De idéburna organisationerna åtar sig att:", CS, [
          "arbeta för att verksamheten håller god kvalitet och utgår från målgruppernas behov;",
          "följa upp sin verksamhet och redovisa resultatet till kommunen när de tar emot stöd;",
          "ha rutiner för att förebygga och hantera kränkningar, trakasserier och övergrepp, särskilt i "
          "verksamhet för barn och unga.",
      ]),
      ("Gemensamt åtar sig parterna att", JT, [
          "utveckla enkla och gemensamma sätt att följa upp och beskriva verksamhetens kvalitet.",
      ])]),
    ("Långsiktighet", "langsiktighet",
     "Långsiktiga och förutsebara villkor är en förutsättning för att idéburna organisationer ska kunna "
     "planera sin verksamhet och behålla engagerade medlemmar, ledare och anställda.",
     [("Kommunen åtar sig att:", PUB, [
         "i första hand ge stöd i form av verksamhetsbidrag framför kortsiktiga projektbidrag;",
         "vid större förändringar av bidragsregler eller bidragsnivåer informera de idéburna organisationerna "
         "minst ett år innan förändringen börjar gälla;",
         "pröva möjligheten till flerårigt stöd eller idéburet offentligt partnerskap (IOP) när en verksamhet "
         "är långsiktig till sin karaktär.",
     ]),
      ("De idéburna organisationerna åtar sig att:", CS, [
          "planera sin verksamhet och ekonomi så att den inte blir helt beroende av kommunala bidrag;",
          "i god tid meddela kommunen om organisationen inte längre kan genomföra en verksamhet som kommunen "
          "stödjer.",
      ]),
      ("Gemensamt åtar sig parterna att:", JT, [
          "se överenskommelsen som en del av ett långsiktigt arbete och tillsammans hålla den levande under "
          "hela giltighetstiden.",
      ])]),
    ("Öppenhet och insyn", "oppenhet_och_insyn",
     "Öppenhet och insyn skapar förtroende mellan parterna och gentemot invånarna. Det gäller både hur "
     "offentliga medel används och hur besluten fattas.",
     [("Kommunen åtar sig att:", PUB, [
         "göra information om bidrag, lokaler och andra former av stöd lätt tillgänglig på kommunens "
         "webbplats, även på lättläst svenska;",
         "redovisa öppet hur bidragen har fördelats mellan organisationer och verksamhetsområden;",
         "motivera sina beslut när en ansökan om stöd avslås.",
     ]),
      ("De idéburna organisationerna åtar sig att", CS, [
          "ge kommunen insyn i hur kommunala bidrag har använts;",
          "hålla stadgar, verksamhetsberättelse och uppgifter om styrelsen tillgängliga för den som vill ta "
          "del av dem.",
      ])]),
    ("Mångfald", "mangfald",
     "I Alvedal bor människor med ursprung i ett sextiotal länder, och det är stora skillnader mellan "
     "tätorten och landsbygden. En mångfald av idéburna organisationer, stora som små, gör det möjligt för "
     "fler att engagera sig utifrån sina egna intressen.",
     [("Kommunen åtar sig att:", PUB, [
         "ge stöd till både stora och små organisationer samt till nya och informella grupper som vill starta "
         "verksamhet;",
         "se till att kommunens lokaler för föreningslivet är tillgängliga för personer med "
         "funktionsnedsättning;",
         "uppmärksamma landsbygdens föreningar och bygdegårdar vid fördelning av stöd.",
     ]),
      ("De idéburna organisationerna åtar sig att:", CS, [
          "verka för att verksamheten är öppen för alla oavsett kön, ålder, etnisk tillhörighet, religion, "
          "funktionsnedsättning eller sexuell läggning;",
          "arbeta aktivt för att nå grupper som i dag sällan deltar i föreningslivet.",
      ]),
      ("Gemensamt åtar sig parterna att:", JT, [
          "tillsammans ta fram information om föreningslivet i Alvedal på flera språk.",
      ])]),
    ("Samhällsutveckling", "samhallsutveckling",
     "De idéburna organisationerna bidrar till ett levande demokratiskt samhälle och till en god livsmiljö i "
     "hela kommunen. Flera av de stora utmaningarna, som ofrivillig ensamhet bland äldre och psykisk ohälsa "
     "bland unga, kan bara mötas om parterna arbetar tillsammans.",
     [("Kommunen åtar sig att:", PUB, [
         "bjuda in de idéburna organisationerna när kommunens översiktsplan, budget och större strategier tas "
         "fram;",
         "ta tillvara idéer och initiativ från de idéburna organisationerna, även när de inte passar in i "
         "befintliga bidragsformer.",
     ]),
      ("De idéburna organisationerna åtar sig att:", CS, [
          "bidra med sin kunskap om lokala behov och om de människor som organisationerna möter;",
          "ta initiativ till samarbeten med andra organisationer, näringslivet och kommunen.",
      ]),
      ("Gemensamt åtar sig parterna att", JT, [
          "varje år välja ut minst en samhällsutmaning som parterna tillsammans ska arbeta med under det "
          "kommande året;",
          "verka för att fler invånare i Alvedal engagerar sig ideellt.",
      ])]),
]

# ----------------------------------------------------------------- after the list
# ("bold", text) | ("p", [(sentence, party|None), ...]) | ("sign", [...])
OUTRO = [
    ("bold", "Uppföljning"),
    ("p", [("Parterna ska gemensamt följa upp överenskommelsen en gång per år vid Alvedalsforum, en öppen "
            "träff för förtroendevalda, tjänstepersoner och företrädare för de idéburna organisationerna.", JT),
           ("Kommunen ansvarar för att kalla till forumet och för att dokumentera uppföljningen.", PUB),
           ("Vid forumet beslutar parterna också vilken samhällsutmaning som ska prioriteras under det "
            "kommande året.", None)]),
    ("p", [("Uppföljningen redovisas för kommunstyrelsen och för Alvedals föreningsråds styrelse.", None),
           ("Kultur- och fritidsförvaltningen samordnar kommunens arbete med överenskommelsen.", None)]),
    ("bold", "Giltighetstid och revidering"),
    ("p", [("Överenskommelsen gäller från och med den 1 januari 2025 och tills vidare.", None),
           ("Den ses över i sin helhet under 2028, eller tidigare om någon av parterna begär det.", None)]),
    ("bold", "Beslut"),
    ("p", [(DECISION, None),
           ("För de idéburna organisationernas del har överenskommelsen godkänts av Alvedals föreningsråds "
            "årsmöte den 3 oktober 2024.", None)]),
    ("p", [("Idéburna organisationer som vill ansluta sig till överenskommelsen gör det genom att anmäla "
            "det till kultur- och fritidsförvaltningen.", None),
           ("En förteckning över anslutna organisationer finns på kommunens webbplats.", None)]),
    ("sign", ["", "Alvedal den 2 december 2024", "",
              "För Alvedals kommun\tFör Alvedals föreningsråd", "", "",
              "Maria Lindqvist\tPer-Olof Sandberg",
              "Kommunstyrelsens ordförande\tOrdförande"]),
]


# ----------------------------------------------------------------- numbering
W_NS = nsdecls("w")


def lvl_xml(ilvl, fmt, text, left, hanging, bold=False, font=None):
    rpr = ""
    if bold or font:
        rpr = "<w:rPr>"
        if font:
            rpr += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/>'
        if bold:
            rpr += "<w:b/><w:bCs/>"
        rpr += "</w:rPr>"
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>')


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    # main multilevel list: 1. / 1.1 / a)
    levels = [lvl_xml(0, "decimal", "%1.", 360, 360, bold=True),
              lvl_xml(1, "decimal", "%1.%2", 792, 432),
              lvl_xml(2, "lowerLetter", "%3)", 1224, 432)]
    # Word's own defaults for the deeper levels of a multilevel list
    deeper = [(3, "%1.%2.%3.%4.", 1728, 648), (4, "%1.%2.%3.%4.%5.", 2232, 792),
              (5, "%1.%2.%3.%4.%5.%6.", 2736, 936), (6, "%1.%2.%3.%4.%5.%6.%7.", 3240, 1080),
              (7, "%1.%2.%3.%4.%5.%6.%7.%8.", 3744, 1224), (8, "%1.%2.%3.%4.%5.%6.%7.%8.%9.", 4320, 1440)]
    levels += [lvl_xml(i, "decimal", t, l, h) for i, t, l, h in deeper]
    main = parse_xml(f'<w:abstractNum {W_NS} w:abstractNumId="10">'
                     '<w:nsid w:val="3A1F62C4"/><w:multiLevelType w:val="multilevel"/>'
                     '<w:tmpl w:val="0B6C2E5A"/>' + "".join(levels) + "</w:abstractNum>")
    # bullet list in the introduction
    bl = [lvl_xml(0, "bullet", "\uf0b7", 720, 360, font="Symbol"),
          lvl_xml(1, "bullet", "o", 1440, 360, font="Courier New"),
          lvl_xml(2, "bullet", "\uf0a7", 2160, 360, font="Wingdings")]
    bullet = parse_xml(f'<w:abstractNum {W_NS} w:abstractNumId="11">'
                       '<w:nsid w:val="5D2B7E19"/><w:multiLevelType w:val="hybridMultilevel"/>'
                       '<w:tmpl w:val="041D000F"/>' + "".join(bl) + "</w:abstractNum>")
    first_num = numbering.find(qn("w:num"))
    for a in (main, bullet):
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)
    for num_id, abs_id in ((10, 10), (11, 11)):
        numbering.append(parse_xml(f'<w:num {W_NS} w:numId="{num_id}">'
                                   f'<w:abstractNumId w:val="{abs_id}"/></w:num>'))


def set_numpr(p, num_id, ilvl):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    i = OxmlElement("w:ilvl"); i.set(qn("w:val"), str(ilvl))
    n = OxmlElement("w:numId"); n.set(qn("w:val"), str(num_id))
    numPr.append(i); numPr.append(n)
    # numPr comes right after pStyle / keepNext / keepLines / pageBreakBefore ...
    ps = pPr.find(qn("w:pStyle"))
    if ps is not None:
        ps.addnext(numPr)
    else:
        pPr.insert(0, numPr)


# ----------------------------------------------------------------- Word-ish run noise
RSIDS = ["00A31F2C", "00B84E17", "004C6D90", "00E7125B"]
_bm = [100]


def add_runs(p, text, bold=False, split=None):
    """Add text, optionally split into several runs the way Word leaves them
    (rsid changes, a proofErr around a 'misspelled' word, a _Hlk bookmark)."""
    if not split:
        r = p.add_run(text)
        r.bold = bold or None
        return
    pieces, pos = [], 0
    for s in split:
        k = text.index(s, pos)
        if k > pos:
            pieces.append(("t", text[pos:k]))
        pieces.append(("x", s))
        pos = k + len(s)
    if pos < len(text):
        pieces.append(("t", text[pos:]))
    for j, (kind, s) in enumerate(pieces):
        if kind == "x" and j % 2:
            pe = OxmlElement("w:proofErr"); pe.set(qn("w:type"), "spellStart"); p._p.append(pe)
        if kind == "x" and not j % 2:
            bs = OxmlElement("w:bookmarkStart")
            bs.set(qn("w:id"), str(_bm[0])); bs.set(qn("w:name"), f"_Hlk1{_bm[0]}8815{_bm[0] % 7}")
            p._p.append(bs)
        r = p.add_run(s)
        r.bold = bold or None
        r._r.set(qn("w:rsidR"), RSIDS[j % len(RSIDS)])
        if kind == "x" and j % 2:
            pe = OxmlElement("w:proofErr"); pe.set(qn("w:type"), "spellEnd"); p._p.append(pe)
        if kind == "x" and not j % 2:
            be = OxmlElement("w:bookmarkEnd"); be.set(qn("w:id"), str(_bm[0])); p._p.append(be)
            _bm[0] += 1


def add_field(run, instr, shown):
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = f" {instr} "
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t"); v.text = shown
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, v, e):
        run._r.append(el)


# words to split into separate runs (Word noise); keyed by the start of the text
SPLITS = {
    "respektera de idéburna": ["egna mål"],
    "Dialog förutsätter": ["dialogforum"],
    "involvera de idéburna": ["i god tid"],
    "genomföra minst två": ["två dialogmöten", "förtroendevalda"],
    "pröva möjligheten": ["IOP"],
    "Kommunen åtar sig att:": ["Kommunen"],
    "verka för att verksamheten": ["etnisk tillhörighet"],
    "bjuda in de idéburna": ["översiktsplan"],
    "varje år välja ut": ["samhällsutmaning"],
}


def split_for(text):
    for k, v in SPLITS.items():
        if text.startswith(k):
            return v
    return None


# ----------------------------------------------------------------- build
def build_docx():
    doc = Document()
    add_numbering(doc)

    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    rpr = st.element.get_or_add_rPr()
    rpr.rFonts.set(qn("w:eastAsia"), "Calibri")
    lang = OxmlElement("w:lang"); lang.set(qn("w:val"), "sv-SE"); rpr.append(lang)
    st.paragraph_format.space_after = Pt(8)
    st.paragraph_format.line_spacing = 1.08
    lp = doc.styles["List Paragraph"]
    lp.paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 24), ("Heading 1", 14)):
        s = doc.styles[name]
        s.font.name = "Calibri Light"
        s.font.size = Pt(size)
        s.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)

    # header: "Alvedals kommun<TAB><TAB>Dnr KS 2024/318"
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Alvedals kommun"); r.bold = True; r.font.size = Pt(9)
    r = hp.add_run("\t\t" + DNR); r.font.size = Pt(9)
    # footer: "Sida X av Y"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for txt, fld, shown in (("Sida ", "PAGE", "1"), (" av ", "NUMPAGES", "5")):
        r = fp.add_run(txt); r.font.size = Pt(9)
        r = fp.add_run(); r.font.size = Pt(9); add_field(r, fld, shown)

    # --- introduction
    for kind, text in INTRO:
        if kind == "title":
            doc.add_paragraph(text, style="Title")
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(text); r.italic = True; r.font.size = Pt(12)
        elif kind == "h1":
            doc.add_paragraph(text, style="Heading 1")
        elif kind == "bold":
            p = doc.add_paragraph()
            p.add_run(text).bold = True
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.space_after = Pt(4)
            p.paragraph_format.keep_with_next = True
        elif kind == "bullet":
            p = doc.add_paragraph(style="List Paragraph")
            set_numpr(p, 11, 0)
            p.add_run(text)
        else:
            p = doc.add_paragraph()
            add_runs(p, text, split=split_for(text))

    # --- the multilevel list
    for n, (name, _slug, desc, parts) in enumerate(PRINCIPLES):
        if n:
            doc.add_paragraph(style="List Paragraph")  # empty spacer line, no number
        p = doc.add_paragraph(style="List Paragraph")
        set_numpr(p, 10, 0)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.keep_with_next = True
        add_runs(p, name, bold=True)
        p = doc.add_paragraph(style="List Paragraph")  # description: continuation, no numPr
        p.paragraph_format.left_indent = Cm(0.635)
        add_runs(p, desc, split=split_for(desc))
        for lead, _party, items in parts:
            p = doc.add_paragraph(style="List Paragraph")
            set_numpr(p, 10, 1)
            p.paragraph_format.keep_with_next = True
            if n % 3 == 1:  # some lead-ins have the party in bold, as people do
                words = lead.split(" åtar sig ")
                r = p.add_run(words[0]); r.bold = True
                p.add_run(" åtar sig " + words[1])
            else:
                add_runs(p, lead, split=split_for(lead) if n == 4 else None)
            for it in items:
                cont = None
                if isinstance(it, tuple):
                    it, cont = it
                p = doc.add_paragraph(style="List Paragraph")
                set_numpr(p, 10, 2)
                add_runs(p, it, split=split_for(it))
                if cont:
                    c = doc.add_paragraph(style="List Paragraph")
                    c.paragraph_format.left_indent = Cm(2.16)
                    c.add_run(cont)

    # --- after the list
    doc.add_paragraph()
    for blk in OUTRO:
        if blk[0] == "bold":
            p = doc.add_paragraph()
            p.add_run(blk[1]).bold = True
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.space_after = Pt(4)
            p.paragraph_format.keep_with_next = True
        elif blk[0] == "p":
            doc.add_paragraph(" ".join(s for s, _ in blk[1]))
        elif blk[0] == "sign":
            for line in blk[1]:
                p = doc.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(8.5))
                p.paragraph_format.space_after = Pt(0)
                p.paragraph_format.keep_with_next = True
                p.add_run(line)
    doc.core_properties.title = TITLE
    doc.core_properties.author = "Kultur- och fritidsförvaltningen"
    doc.core_properties.language = "sv-SE"
    doc.save(DOCX)


# ----------------------------------------------------------------- expected
def clean(item):
    return item.rstrip(";,. ")


def commitments():
    res = []
    for name, slug, _d, parts in PRINCIPLES:
        for _lead, party, items in parts:
            for it in items:
                if isinstance(it, tuple):
                    it = it[0]
                res.append({"text": clean(it), "principle": slug, "party": party})
    for blk in OUTRO:
        if blk[0] == "p":
            res += [{"text": s, "principle": None, "party": p} for s, p in blk[1] if p]
    return res


def items(principle, party):
    for name, slug, _d, parts in PRINCIPLES:
        if slug == principle:
            for _lead, pty, its in parts:
                if pty == party:
                    return [clean(i[0] if isinstance(i, tuple) else i) for i in its]
    raise KeyError((principle, party))


def item(start):
    for _n, _s, _d, parts in PRINCIPLES:
        for _l, _p, its in parts:
            for i in its:
                i = i[0] if isinstance(i, tuple) else i
                if i.startswith(start):
                    return clean(i)
    raise KeyError(start)


def sent(start):
    for blk in OUTRO:
        if blk[0] == "p":
            for s, _ in blk[1]:
                if s.startswith(start):
                    return s
    for kind, text in INTRO:
        if kind == "p" and text.startswith(start):
            return text
    raise KeyError(start)


def questions():
    q = []

    def add(question, lang, gold, mm):
        q.append({"id": f"{LAYOUT}-q{len(q) + 1}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": mm})

    add("Vad åtar sig kommunen under principen om kvalitet?", "sv",
        items("kvalitet", PUB),
        ["utbildning", "kunskap och erfarenheter", "inte begära fler uppgifter"])
    add("vad maste foreningarna gora nar det galler oppenhet och insyn", "sv",
        items("oppenhet_och_insyn", CS),
        ["insyn i hur kommunala bidrag har använts", "verksamhetsberättelse"])
    add("What will the municipality and the associations do together to make the cooperation long-term?",
        "en", items("langsiktighet", JT),
        ["långsiktigt arbete"])
    add("När antogs överenskommelsen och vilket organ fattade beslutet?", "sv",
        [DECISION],
        ["kommunfullmäktige", "14 november 2024"])
    add("Kan kommunen dra in bidraget till en förening som kritiserar kommunen offentligt?", "sv",
        [item("inte låta en organisations kritik")],
        ["inte låta en organisations kritik mot kommunen påverka beslut om bidrag"])
    add("Vilka principer bygger överenskommelsen på?", "sv",
        [p[0] for p in PRINCIPLES],
        ["Självständighet och oberoende", "Dialog", "Kvalitet", "Långsiktighet", "Öppenhet och insyn",
         "Mångfald", "Samhällsutveckling"])
    add("hur ofta ska det vara dialogmoten mellan politikerna och foreningarna", "sv",
        [item("genomföra minst två dialogmöten")],
        ["minst två dialogmöten per år"])
    add("How is the agreement followed up, and who calls the meeting?", "en",
        [sent("Parterna ska gemensamt följa upp"), sent("Kommunen ansvarar för att kalla")],
        ["en gång per år", "Alvedalsforum", "Kommunen ansvarar för att kalla till forumet"])
    add("Hur mycket pengar fördelar kommunen i föreningsbidrag varje år?", "sv", [], [])
    add("Is there a phone number or e-mail address I can use if I have questions about the agreement?",
        "en", [], [])
    return q


def main():
    build_docx()
    exp = {
        "file": BASE + ".docx",
        "layout": LAYOUT,
        "description": (
            "DOCX whose agreement body is ONE Word multilevel numbered list with the numbers generated from "
            "numbering.xml (w:numPr + a 3-level abstractNum '%1.' / '%1.%2' / '%3)'; no number is typed in "
            "the text): level 1 = principle names (bold run), level 2 = party lead-ins 'Kommunen åtar sig "
            "att(:)', 'De idéburna organisationerna åtar sig att(:)', 'Gemensamt åtar sig parterna att(:)', "
            "level 3 = the commitments ending in ';' / '.'. All list paragraphs have style List Paragraph "
            "(Liststycke); principle descriptions and one note are unnumbered List Paragraphs indented under "
            "their item; empty spacer List Paragraphs between principles; runs split by rsid / proofErr / "
            "_Hlk bookmarks; one principle (Öppenhet och insyn) without a joint part. Only heading styles: "
            "Title and Heading 1 'Bakgrund'; 'Syfte', 'Parter', 'Uppföljning', 'Beslut' are bold Normal "
            "paragraphs. Before the list an introduction with a Symbol-bullet list (other numId) of the "
            "working group (not commitments); after it follow-up with two prose commitments (principle "
            "null), validity, decision (kommunfullmäktige 2024-11-14, § 112 with a no-break space) and "
            "tab-separated signature lines. Header 'Alvedals kommun | Dnr KS 2024/318', footer 'Sida "
            "PAGE av NUMPAGES' fields."),
        "metadata": {
            "doc_id": "alvedal_overenskommelse_ideburen_sektor",
            "title": TITLE,
            "place": "Alvedal",
            "organisation": "Alvedals kommun",
            "kind": "överenskommelse",
            "date": "2024-11-14",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {BASE}.docx: {len(exp['commitments'])} commitments, {len(exp['questions'])} questions")


if __name__ == "__main__":
    main()
