#!/usr/bin/env python3
"""Generate rodmossa_policy_samverkan_ideburen_sektor.docx / .pdf and expected.json.

Rödmossa kommun: "Policy för samverkan med idéburen sektor", adopted by
kommunfullmäktige 2024-11-25 § 142. Written in Word (python-docx) and
converted to PDF with LibreOffice, as a kommun would publish it: running
header 'Rödmossa kommun <tab> Policy / Dnr KS 2024/0187', footer with the
title and 'Sida X av Y' (fields), a cover block with a 'Dokumentinformation'
table, numbered chapters typed into Heading 1/Heading 2 ('4.3 Kvalitet'),
each principle with a short text and the kommun's commitments as sentences,
as bullet lists after a lead-in ('Det innebär att kommunen ska:',
'Kommunen åtar sig att:', 'Vidare ska kommunen:') or both; expectations of
the associations as sentences and as a list in chapter 5; follow-up and
decision chapters; appendices with definitions and forms of cooperation
(a list that is not commitments).

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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "rodmossa_policy_samverkan_ideburen_sektor"
DOCX = os.path.join(HERE, BASE + ".docx")
PDF = os.path.join(HERE, BASE + ".pdf")
LAYOUT = "f5_pdf_kommun_policy"
PUB, CS, JT = "public", "civil_society", "joint"
TITLE = "Policy för samverkan med idéburen sektor"

DOCINFO = [
    ("Dokumenttyp", "Policy"),
    ("Beslutad av", "Kommunfullmäktige"),
    ("Beslutsdatum", "2024-11-25, § 142"),
    ("Diarienummer", "KS 2024/0187"),
    ("Dokumentansvarig", "Kommunstyrelsen, kommunledningskontoret"),
    ("Giltighetstid", "Tills vidare, ses över senast 2028"),
    ("Ersätter", "Lokal överenskommelse mellan Rödmossa kommun och föreningslivet (KF 2013-04-22 § 48)"),
]

# Blocks:
#  ("h1", text)                      chapter heading (principle reset to None)
#  ("h2", text, slug)                principle heading
#  ("p", [(sentence, party|None)])   paragraph of sentences
#  ("list", lead_in, party|None, [items])   lead-in paragraph + bullets
BODY = [
    ("h1", "1 Inledning"),
    ("p", [("Rödmossa har ett rikt och levande föreningsliv.", None),
           ("Omkring 140 föreningar finns i kommunens föreningsregister, och tusentals invånare i "
            "Rödmossa, Kvarnbäck och Lövnäs engagerar sig ideellt varje vecka.", None),
           ("Föreningarna, trossamfunden och andra idéburna organisationer skapar mötesplatser, "
            "ger barn och unga en meningsfull fritid och når människor som kommunen ibland har svårt "
            "att nå.", None)]),
    ("p", [("Policyn bygger på den nationella överenskommelsen mellan regeringen, idéburna "
            "organisationer inom det sociala området och Sveriges Kommuner och Regioner från 2008.", None),
           ("Den ersätter den lokala överenskommelse som Rödmossa kommun och föreningslivet ingick 2013 "
            "och har tagits fram i dialog med föreningslivet under 2023 och 2024.", None)]),
    ("h1", "2 Syfte"),
    ("p", [("Syftet med policyn är att ge kommunen och den idéburna sektorn en gemensam grund för "
            "samverkan.", None),
           ("Policyn beskriver de principer som ska gälla, vad kommunen åtar sig och vad kommunen "
            "förväntar sig av de organisationer den samverkar med.", None)]),
    ("h1", "3 Omfattning"),
    ("p", [("Policyn gäller för kommunfullmäktige, kommunstyrelsen, samtliga nämnder och kommunens "
            "helägda bolag.", None),
           ("Den omfattar samverkan med ideella föreningar, stiftelser, trossamfund, sociala "
            "företag och andra organisationer inom idéburen sektor, däribland idrottsföreningar, "
            "kulturföreningar och pensionärsorganisationer.", None)]),
    ("p", [("Policyn omfattar inte kommunens myndighetsutövning, till exempel tillstånd och tillsyn.", None),
           ("Närmare regler om föreningsbidrag finns i kommunens riktlinjer för föreningsstöd.", None)]),
    ("h1", "4 Principer för samverkan"),
    ("p", [("Samverkan mellan Rödmossa kommun och den idéburna sektorn vilar på sju principer som "
            "hämtats från den nationella överenskommelsen.", None),
           ("Under varje princip beskrivs kortfattat vad principen innebär och vad kommunen åtar sig.", None)]),

    ("h2", "4.1 Självständighet och oberoende", "sjalvstandighet_och_oberoende"),
    ("p", [("Idéburna organisationer är självständiga.", None),
           ("De formar sin verksamhet utifrån sina egna värderingar och medlemmarnas vilja och har "
            "rätt att granska, kritisera och påverka kommunen.", None)]),
    ("p", [("Kommunen ska respektera organisationernas rätt att själva bestämma över sina mål, sin "
            "organisation och sina arbetsformer.", PUB),
           ("Kommunen ska inte låta kritik mot kommunens beslut eller verksamhet påverka en "
            "organisations möjlighet att få bidrag eller att samverka med kommunen.", PUB)]),
    ("p", [("Föreningarna förväntas tydligt skilja mellan sin egen opinionsbildning och sådant som de "
            "utför på uppdrag av kommunen.", CS)]),

    ("h2", "4.2 Dialog", "dialog"),
    ("p", [("En öppen och kontinuerlig dialog är grunden för ett förtroendefullt samarbete.", None),
           ("Dialogen behöver komma in tidigt, innan beslut är fattade, och föras på lika villkor.", None)]),
    ("list", "Det innebär att kommunen ska:", PUB, [
        "bjuda in idéburna organisationer till dialog i ett tidigt skede i frågor som berör dem",
        "utse en kontaktperson för föreningsfrågor på varje förvaltning",
        "ge organisationerna rimlig tid att lämna synpunkter på remisser, normalt minst sex veckor",
        "återkoppla hur organisationernas synpunkter har tagits om hand.",
    ]),
    ("p", [("Kommunen och den idéburna sektorn ska tillsammans genomföra ett dialogforum minst två "
            "gånger per år.", JT),
           ("Ett av forumen hålls på våren och ett på hösten.", None)]),

    ("h2", "4.3 Kvalitet", "kvalitet"),
    ("p", [("Idéburna organisationer bidrar med kunskap, engagemang och nya perspektiv som stärker "
            "kvaliteten i välfärden.", None),
           ("Kvalitet bedöms utifrån verksamhetens syfte och de människor den är till för.", None)]),
    ("list", "Kommunen åtar sig att:", PUB, [
        "erbjuda föreningarnas ledare och styrelser utbildning, bland annat i föreningsekonomi och "
        "barnskydd,",
        "ta tillvara organisationernas erfarenheter när kommunens egna verksamheter utvecklas,",
        "följa upp överenskomna insatser på ett sätt som står i proportion till insatsens storlek.",
    ]),
    ("p", [("De idéburna organisationerna ska för sin del redovisa hur kommunala bidrag har använts och "
            "vilka resultat verksamheten har lett till.", CS)]),

    ("h2", "4.4 Långsiktighet", "langsiktighet"),
    ("p", [("Ett långsiktigt engagemang kräver stabila villkor.", None),
           ("Kortsiktiga projektbidrag gör det svårt för föreningar att planera sin verksamhet och att "
            "behålla ideella och anställda.", None)]),
    ("p", [("Kommunen ska i första hand ge verksamhetsbidrag framför projektbidrag.", PUB),
           ("Där det är möjligt ska kommunen ingå avtal och överenskommelser som löper över flera år, "
            "till exempel idéburet offentligt partnerskap (IOP).", PUB),
           ("Kommunen ska informera berörda organisationer i god tid, och senast sex månader i förväg, "
            "om förändringar i bidragsregler eller i villkoren för lokaler.", PUB)]),

    ("h2", "4.5 Öppenhet och insyn", "oppenhet_och_insyn"),
    ("p", [("Öppenhet skapar förtroende.", None),
           ("Båda parter behöver kunna ta del av information som påverkar samverkan, och invånarna ska "
            "kunna se hur skattemedel används.", None)]),
    ("list", "Det innebär att kommunen ska:", PUB, [
        "publicera bidragsregler, ansökningstider och beslut om föreningsbidrag på kommunens webbplats",
        "motivera beslut om avslag på ansökningar om bidrag.",
    ]),
    ("p", [("Föreningarna ska på begäran ge kommunen insyn i verksamhet som finansieras med kommunala "
            "medel.", CS)]),

    ("h2", "4.6 Mångfald", "mangfald"),
    ("p", [("Mångfalden av idéburna organisationer, stora som små, är en tillgång för Rödmossa.", None),
           ("Alla ska ha möjlighet att delta i föreningslivet, oavsett bakgrund, kön, ålder, "
            "funktionsförmåga eller var i kommunen man bor.", None)]),
    ("p", [("Kommunen ska verka för att små och nystartade föreningar får samma möjligheter till stöd "
            "och dialog som etablerade organisationer.", PUB)]),
    ("list", "Vidare ska kommunen:", PUB, [
        "ge nybildade föreningar stöd i form av rådgivning och startbidrag",
        "verka för att kommunens lokaler för föreningslivet är tillgängliga för personer med "
        "funktionsnedsättning",
    ]),
    ("p", [("Föreningarna förväntas arbeta för att deras verksamhet är öppen och välkomnande för alla.", CS)]),

    ("h2", "4.7 Samhällsutveckling", "samhallsutveckling"),
    ("p", [("Idéburna organisationer bidrar till att utveckla Rödmossa som en plats där människor vill "
            "bo och verka.", None),
           ("Många föreningar fångar tidigt upp nya behov och visar på nya lösningar.", None)]),
    ("p", [("Kommunen ska ta tillvara idéburna organisationers kunskap i arbetet med översiktsplanen och "
            "andra strategiska dokument.", PUB),
           ("Kommunen åtar sig också att stödja lokala initiativ i kommunens mindre orter, bland annat "
            "genom bygdemedel.", PUB)]),
    ("p", [("Kommunen och föreningslivet ska gemensamt ta fram en handlingsplan för samverkan som "
            "revideras vartannat år.", JT)]),

    ("h1", "5 Kommunens förväntningar på föreningslivet"),
    ("p", [("Samverkan bygger på att båda parter tar ansvar.", None)]),
    ("list", "Kommunen förväntar sig att de idéburna organisationer som får stöd av eller samverkar "
             "med kommunen:", CS, [
        "har en demokratisk uppbyggnad med stadgar, årsmöte och vald styrelse",
        "följer lagar och förordningar och respekterar alla människors lika värde",
        "har en god ekonomisk förvaltning och redovisar bidrag enligt kommunens regler",
        "arbetar aktivt för att förebygga våld, trakasserier och kränkningar i verksamheten",
        "håller kommunen informerad om väsentliga förändringar i verksamheten eller ekonomin",
        "deltar i kommunens dialogforum och i uppföljningen av policyn i den mån de har möjlighet.",
    ]),
    ("p", [("En organisation som inte lever upp till förväntningarna kan inte räkna med ekonomiskt stöd "
            "från kommunen.", None)]),

    ("h1", "6 Ansvar och uppföljning"),
    ("p", [("Kommunstyrelsen har det övergripande ansvaret för policyn.", None),
           ("Varje nämnd ansvarar för att policyn tillämpas inom nämndens verksamhetsområde.", None)]),
    ("p", [("Kommunstyrelsen ska årligen följa upp hur policyn tillämpas och redovisa resultatet för "
            "kommunfullmäktige.", PUB),
           ("Uppföljningen görs i dialog med föreningslivet vid höstens dialogforum.", None)]),
    ("h1", "7 Beslut och giltighet"),
    ("p", [("Policyn antogs av kommunfullmäktige den 25 november 2024, § 142, och ersätter den lokala "
            "överenskommelse mellan Rödmossa kommun och föreningslivet som antogs 2013.", None),
           ("Policyn gäller tills vidare och ses över senast under 2028.", None)]),
]

DEFINITIONS = [
    ("Idéburen sektor", "Organisationer som är fristående från den offentliga sektorn och som inte "
     "har vinstsyfte, till exempel ideella föreningar, stiftelser, trossamfund och sociala företag. "
     "Begreppen civilsamhälle och föreningsliv används i policyn med ungefär samma innebörd."),
    ("Förening", "En ideell förening med stadgar, styrelse och medlemmar som är registrerad i "
     "kommunens föreningsregister."),
    ("Idéburet offentligt partnerskap (IOP)", "En samverkansform där en idéburen organisation och "
     "kommunen gemensamt finansierar och genomför en verksamhet som ligger i allmänhetens intresse."),
    ("Föreningsbidrag", "Ekonomiskt stöd som kommunen lämnar till föreningar enligt kommunens "
     "riktlinjer för föreningsstöd."),
]

FORMS_LEAD = "Samverkan mellan kommunen och idéburna organisationer kan ske i flera former:"
FORMS = [
    "föreningsbidrag i form av verksamhetsbidrag, projektbidrag och lokalbidrag",
    "idéburet offentligt partnerskap (IOP)",
    "upphandling enligt lagen om offentlig upphandling (LOU) eller lagen om valfrihetssystem (LOV)",
    "upplåtelse av lokaler och lån av utrustning",
    "dialog, samråd och remisser.",
]


# ----------------------------------------------------------------- helpers
def add_field(run, instr):
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = f" {instr} "
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t"); v.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, v, e):
        run._r.append(el)


def bottom_border(p, side="bottom"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "6"); e.set(qn("w:space"), "4")
    e.set(qn("w:color"), "7F7F7F")
    bdr.append(e)
    pPr.append(bdr)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)


def body_para(doc, text, after=6, style=None):
    p = doc.add_paragraph(text, style=style)
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.keep_together = True
    return p


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
    for name, size, color in (("Heading 1", 15, "1F4E79"), ("Heading 2", 12, "1F4E79"),
                              ("Title", 24, "1F4E79")):
        hs = doc.styles[name]
        hs.font.name = "Liberation Sans"
        hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor.from_string(color)
        hs.element.rPr.rFonts.set(qn("w:asciiTheme"), "")  # drop theme font
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            hs.element.rPr.rFonts.attrib.pop(qn(a), None)
        hs.element.rPr.rFonts.set(qn("w:ascii"), "Liberation Sans")
        hs.element.rPr.rFonts.set(qn("w:hAnsi"), "Liberation Sans")
    doc.styles["Heading 1"].paragraph_format.space_before = Pt(18)
    doc.styles["Heading 1"].paragraph_format.space_after = Pt(6)
    doc.styles["Heading 2"].paragraph_format.space_before = Pt(12)
    doc.styles["Heading 2"].paragraph_format.space_after = Pt(4)

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.3)
    sec.header_distance = sec.footer_distance = Cm(1.1)
    for sname in ("Header", "Footer"):  # replace the template's centre/right tabs by one right tab
        pPr = doc.styles[sname].element.get_or_add_pPr()
        for tabs in pPr.findall(qn("w:tabs")):
            pPr.remove(tabs)

    # header: kommun name left, document type and dnr right
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("RÖDMOSSA KOMMUN")
    r.bold, r.font.size = True, Pt(11)
    r.font.color.rgb = RGBColor.from_string("1F4E79")
    r = hp.add_run("\tPolicy")
    r.font.size = Pt(8.5)
    hp2 = sec.header.add_paragraph()
    hp2.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = hp2.add_run("Kommunledningskontoret\tDnr KS 2024/0187")
    r.font.size = Pt(8.5)
    bottom_border(hp2)

    # footer: title left, Sida X av Y right
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    bottom_border(fp, "top")
    for txt, fld in ((TITLE + "\tSida ", None), (None, "PAGE"), (" av ", None), (None, "NUMPAGES")):
        rr = fp.add_run(txt or "")
        rr.font.size = Pt(8.5)
        if fld:
            add_field(rr, fld)
    fp2 = sec.footer.add_paragraph()
    r = fp2.add_run("Antagen av kommunfullmäktige 2024-11-25 § 142")
    r.font.size, r.italic = Pt(8), True

    # cover block
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(90)
    p = doc.add_paragraph(TITLE, style="Title")
    p = body_para(doc, "Styrdokument för Rödmossa kommuns samverkan med föreningar, trossamfund och "
                       "andra idéburna organisationer", after=40)
    p.runs[0].italic = True
    p.runs[0].font.size = Pt(12)
    p = body_para(doc, "Dokumentinformation", after=4)
    p.runs[0].bold = True
    tbl = doc.add_table(rows=len(DOCINFO), cols=2)
    tbl.style = doc.styles["Table Grid"]
    tbl.autofit = False
    tbl.columns[0].width, tbl.columns[1].width = Cm(4.5), Cm(11.5)
    for i, (k, v) in enumerate(DOCINFO):
        c0, c1 = tbl.cell(i, 0), tbl.cell(i, 1)
        c0.width, c1.width = Cm(4.5), Cm(11.5)
        c0.paragraphs[0].add_run(k).bold = True
        c1.paragraphs[0].add_run(v)
        shade(c0, "DEEAF6")
        for c in (c0, c1):
            c.paragraphs[0].runs[0].font.size = Pt(9.5)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    for blk in BODY:
        kind = blk[0]
        if kind == "h1":
            doc.add_paragraph(blk[1], style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(blk[1], style="Heading 2")
        elif kind == "p":
            body_para(doc, " ".join(s for s, _ in blk[1]))
        elif kind == "list":
            lp = body_para(doc, blk[1], after=3)
            lp.paragraph_format.keep_with_next = True
            for i, item in enumerate(blk[3]):
                bp = body_para(doc, item, after=2 if i < len(blk[3]) - 1 else 8, style="List Bullet")

    # appendices
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("Bilaga 1 Begrepp", style="Heading 1")
    for term, desc in DEFINITIONS:
        p = body_para(doc, "", after=6)
        p.add_run(term).bold = True
        p.add_run("\n" + desc)
    doc.add_paragraph("Bilaga 2 Former för samverkan", style="Heading 1")
    lp = body_para(doc, FORMS_LEAD, after=3)
    lp.paragraph_format.keep_with_next = True
    for item in FORMS:
        body_para(doc, item, after=2, style="List Bullet")
    body_para(doc, "Vilken form som passar bäst avgörs av verksamhetens syfte, omfattning och "
                   "finansiering. Kommunens föreningsutvecklare kan ge råd.", after=6).paragraph_format.space_before = Pt(6)
    doc.save(DOCX)


def convert():
    prof = tempfile.mkdtemp(prefix="lo_pol_")
    out = tempfile.mkdtemp(prefix="lo_pol_out_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", out, DOCX],
                       check=True, capture_output=True, timeout=180)
        shutil.move(os.path.join(out, BASE + ".pdf"), PDF)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)


# ----------------------------------------------------------------- expected
def clean(item):
    return item.rstrip(",.")


def commitments():
    res, principle = [], None
    for blk in BODY:
        if blk[0] == "h1":
            principle = None
        elif blk[0] == "h2":
            principle = blk[2]
        elif blk[0] == "p":
            res += [{"text": s, "principle": principle, "party": p} for s, p in blk[1] if p]
        elif blk[0] == "list" and blk[2]:
            res += [{"text": clean(i), "principle": principle, "party": blk[2]} for i in blk[3]]
    return res


def sent(prefix):
    for blk in BODY:
        if blk[0] == "p":
            for s, _ in blk[1]:
                if s.startswith(prefix):
                    return s
    raise KeyError(prefix)


def lst(lead, heading=None):
    cur = None
    for blk in BODY:
        if blk[0] in ("h1", "h2"):
            cur = blk[1]
        if blk[0] == "list" and blk[1] == lead and (heading is None or cur == heading):
            return [clean(i) for i in blk[3]]
    raise KeyError(lead)


def questions():
    q = []

    def add(question, lang, gold, mm):
        q.append({"id": f"{LAYOUT}-q{len(q) + 1}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": mm})

    add("Vad åtar sig kommunen under principen om kvalitet?", "sv",
        lst("Kommunen åtar sig att:", "4.3 Kvalitet"),
        ["utbildning", "föreningsekonomi och barnskydd", "står i proportion till insatsens storlek"])
    add("När antogs policyn och vilket organ fattade beslutet?", "sv",
        [sent("Policyn antogs av kommunfullmäktige")],
        ["kommunfullmäktige", "25 november 2024", "§ 142"])
    add("vad forvantar sig kommunen av var forening", "sv",
        lst("Kommunen förväntar sig att de idéburna organisationer som får stöd av eller samverkar "
            "med kommunen:"),
        ["demokratisk uppbyggnad", "lika värde", "förebygga våld, trakasserier och kränkningar"])
    add("Can our association lose its grant if we publicly criticise the municipality?", "en",
        [sent("Kommunen ska inte låta kritik"), sent("Kommunen ska respektera organisationernas rätt")],
        ["inte låta kritik", "möjlighet att få bidrag"])
    add("Gäller policyn även för kommunens bolag?", "sv",
        [sent("Policyn gäller för kommunfullmäktige")],
        ["helägda bolag"])
    add("Vilka former av samverkan kan en förening ha med kommunen?", "sv",
        [clean(i) for i in FORMS],
        ["föreningsbidrag", "idéburet offentligt partnerskap (IOP)", "upplåtelse av lokaler"])
    add("hur ofta har kommunen och foreningarna dialogforum", "sv",
        [sent("Kommunen och den idéburna sektorn ska tillsammans"), sent("Ett av forumen hålls")],
        ["minst två gånger per år"])
    add("Does the municipality give multi-year funding, and how early will we hear about changes "
        "to the grant rules?", "en",
        [sent("Kommunen ska i första hand"), sent("Där det är möjligt ska kommunen"),
         sent("Kommunen ska informera berörda organisationer")],
        ["verksamhetsbidrag", "flera år", "senast sex månader i förväg"])
    add("Hur mycket pengar delar kommunen ut i föreningsbidrag varje år?", "sv", [], [])
    add("maste ledarna i foreningen visa utdrag ur belastningsregistret", "sv", [], [])
    return q


def main():
    build_docx()
    convert()
    exp = {
        "file": BASE + ".pdf",
        "layout": LAYOUT,
        "description": (
            "Kommun policy written in Word (python-docx) and published as a LibreOffice PDF: running header "
            "'RÖDMOSSA KOMMUN | Policy' / 'Kommunledningskontoret | Dnr KS 2024/0187' with a rule, footer "
            "'Policy för samverkan med idéburen sektor | Sida X av Y' (fields) plus 'Antagen av "
            "kommunfullmäktige 2024-11-25 § 142'; cover page with title, subtitle and a shaded "
            "'Dokumentinformation' table (decision date, dnr, replaced agreement); chapters typed with "
            "numbers in Heading 1 ('1 Inledning' … '7 Beslut och giltighet') and the seven principles as "
            "Heading 2 '4.1 Självständighet och oberoende' … '4.7 Samhällsutveckling', each with a short "
            "descriptive text and then commitments as 'Kommunen ska …' sentences, 'Kommunen åtar sig "
            "också att …', bullet lists after 'Det innebär att kommunen ska:' / 'Kommunen åtar sig att:' / "
            "'Vidare ska kommunen:' (items ending with ',' or '.' on the last), association expectations "
            "('Föreningarna förväntas …', 'De idéburna organisationerna ska för sin del …') and joint "
            "sentences ('Kommunen och den idéburna sektorn ska tillsammans …'); chapter 5 a bullet list of "
            "expectations after a long lead-in 'Kommunen förväntar sig att de idéburna organisationer som "
            "…:' (principle null); follow-up chapter with one commitment of kommunstyrelsen; appendices "
            "'Bilaga 1 Begrepp' (definitions) and 'Bilaga 2 Former för samverkan' (a bullet list that is "
            "not commitments)."),
        "metadata": {
            "doc_id": "rodmossa_policy_ideburen_sektor",
            "title": TITLE,
            "place": "Rödmossa",
            "organisation": "Rödmossa kommun",
            "kind": "policy",
            "date": "2024-11-25",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {BASE}.pdf: {len(exp['commitments'])} commitments, {len(exp['questions'])} questions")


if __name__ == "__main__":
    main()
