#!/usr/bin/env python3
"""Generate gransjo_policy_samverkan_civilsamhallet.docx and expected.json.

Gransjö kommun: a municipal POLICY for cooperation with civilsamhället, written
in Word (python-docx). Heading 1 / Heading 2 are numbered by Word automatic
multilevel numbering (w:numPr in the heading styles, linked from the
abstractNum with w:pStyle), so "4.2" etc. is NOT part of the heading text.
Principle headings are Heading 2 under "Principer för samverkan". Policy
language ("Kommunen ska verka för att …", "Kommunen strävar efter att …",
"Nämnderna ansvarar för att …", "Förvaltningen ska …", "Vi förväntar oss att
föreningarna …"), Heading 3 subheadings "Så här arbetar kommunen" /
"Det här förväntar vi oss av föreningslivet" followed by List Bullet items
without a party word, and paragraphs with bold inline party labels
("Kommunen:", "Föreningarna:", "Tillsammans:"). Background, purpose, scope
and definitions contain 'ska' sentences that are not commitments.

Decision (careful civil servant): sentences about the policy document itself
(scope, ownership, revision: "Policyn ska revideras varje mandatperiod.") are
NOT commitments; an undertaking towards föreningslivet in the follow-up
chapter ("Kommunen ska varje år bjuda in …") IS a commitment (principle null).
For label paragraphs the commitment text is the part after the bold label.

Run: python3 make.py   (needs python-docx)
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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = "b3_docx_policy_numbered"
BASE = "gransjo_policy_samverkan_civilsamhallet"
DOCX = os.path.join(HERE, BASE + ".docx")

TITLE = "Policy för samverkan mellan Gransjö kommun och civilsamhället"
DECIDED = "Antagen av kommunfullmäktige den 19 mars 2024, § 41"
PUB, CS, JT = "public", "civil_society", "joint"

# Blocks:
#  ("h1", text)                  numbered level 0 (principle reset to None)
#  ("h2", text, slug)            numbered level 1; slug = principle or None
#  ("h3", text, party)           unnumbered subheading; party applies to following bullets
#  ("p", [(sentence, party|None), ...])
#  ("label", label, rest, party) bold "Kommunen:" + rest  (rest is the commitment)
#  ("bullets", [item, ...])      party from latest h3; None = not commitments
BODY = [
    ("h1", "Inledning"),
    ("p", [("Gransjö kommun har ett rikt föreningsliv med drygt 210 registrerade föreningar, tre "
            "trossamfund och fyra studieförbund som är verksamma i kommunen.", None),
           ("Föreningslivet bidrar till gemenskap, folkhälsa och demokrati och är en viktig del av det "
            "som gör Gransjö till en attraktiv kommun att bo och leva i.", None),
           ("Den här policyn beskriver hur kommunen och civilsamhället ska samverka och vad parterna "
            "kan förvänta sig av varandra.", None)]),

    ("h1", "Bakgrund"),
    ("p", [("År 2008 tecknade regeringen, Sveriges Kommuner och Landsting och idéburna organisationer "
            "inom det sociala området en nationell överenskommelse.", None),
           ("Den nationella överenskommelsen bygger på sex principer: självständighet och oberoende, "
            "dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald.", None)]),
    ("p", [("Gransjö kommun antog 2016 en lokal överenskommelse med föreningslivet som gällde till och "
            "med 2022.", None),
           ("Enligt den lokala överenskommelsen skulle kommunen och föreningarna träffas i ett "
            "samverkansråd fyra gånger per år, men rådet upphörde under pandemin.", None),
           ("Inför arbetet med policyn genomförde kommunen under hösten 2023 fyra dialogmöten och en "
            "webbenkät som besvarades av 86 föreningar.", None)]),

    ("h1", "Syfte och omfattning"),
    ("p", [("Syftet med policyn är att skapa tydliga och långsiktiga förutsättningar för föreningslivet "
            "och att ta tillvara civilsamhällets kunskap i utvecklingen av kommunen.", None),
           ("Policyn ska vara vägledande för kommunens samtliga nämnder, förvaltningar och helägda bolag "
            "i kontakterna med civilsamhället.", None),
           ("Policyn ersätter inte de riktlinjer för föreningsbidrag som kultur- och fritidsnämnden "
            "beslutar om.", None)]),
    ("h2", "Vad menas med civilsamhället?", None),
    ("p", [("Med civilsamhället avses i policyn en arena, skild från staten, marknaden och det enskilda "
            "hushållet, där människor, grupper och organisationer agerar tillsammans för gemensamma "
            "intressen.", None),
           ("I policyn används ordet föreningar som samlingsbegrepp för ideella föreningar, stiftelser, "
            "trossamfund och andra idéburna organisationer.", None)]),

    ("h1", "Principer för samverkan"),
    ("p", [("Policyn bygger på de sex principerna i den nationella överenskommelsen.", None),
           ("Gransjö kommun har lagt till en sjunde princip om ideellt engagemang.", None),
           ("Under varje princip beskrivs hur kommunen arbetar och vad kommunen förväntar sig av "
            "föreningslivet.", None)]),

    ("h2", "Självständighet och oberoende", "sjalvstandighet_och_oberoende"),
    ("p", [("Föreningarna är självständiga och bestämmer själva över sina mål, sin verksamhet och sina "
            "åsikter.", None)]),
    ("p", [("Kommunen ska respektera föreningarnas rätt att kritisera kommunen och driva opinion, även "
            "när föreningen får bidrag från kommunen.", PUB),
           ("Nämnderna ansvarar för att bidragsvillkor inte används för att styra föreningarnas interna "
            "angelägenheter.", PUB)]),
    ("h3", "Det här förväntar vi oss av föreningslivet", CS),
    ("bullets", ["Bedriver verksamheten demokratiskt och i enlighet med sina stadgar.",
                 "Är tydliga med i vilken roll de agerar – som utförare på uppdrag av kommunen eller som "
                 "röstbärare och opinionsbildare."]),

    ("h2", "Dialog", "dialog"),
    ("p", [("Dialog innebär att kommunen och föreningslivet utbyter kunskap och synpunkter innan beslut "
            "fattas.", None)]),
    ("h3", "Så här arbetar kommunen", PUB),
    ("bullets", ["Bjuder in föreningslivet till ett öppet dialogmöte minst två gånger per år.",
                 "Tar kontakt med berörda föreningar tidigt när en nämnd planerar förändringar som påverkar "
                 "föreningarnas verksamhet eller lokaler.",
                 "Återkopplar skriftligt hur synpunkter från dialogmötena har tagits om hand."]),
    ("h3", "Det här förväntar vi oss av föreningslivet", CS),
    ("bullets", ["Deltar i dialogen med representanter som har mandat från sin styrelse.",
                 "Delar med sig av kunskap om de behov som finns bland medlemmar och deltagare."]),

    ("h2", "Kvalitet", "kvalitet"),
    ("p", [("Kvalitet i föreningslivet handlar om engagemang, delaktighet och förmåga att nå människor "
            "som kommunen har svårt att nå.", None)]),
    ("p", [("Kommunen strävar efter att uppföljningskrav står i proportion till bidragets storlek.", PUB),
           ("Förvaltningen ska erbjuda föreningar stöd och utbildning i ansökan, redovisning och "
            "föreningsdemokrati.", PUB)]),
    ("label", "Kommunen:", "följer upp bidrag och uppdrag med enkla mallar som tas fram tillsammans med "
     "föreningslivet.", PUB),
    ("label", "Föreningarna:", "redovisar hur bidrag har använts och vilka resultat verksamheten har gett.", CS),
    ("p", [("Vi förväntar oss att föreningarna arbetar aktivt för att förebygga kränkningar, våld och "
            "övergrepp i sin verksamhet.", CS)]),

    ("h2", "Långsiktighet", "langsiktighet"),
    ("p", [("Långsiktiga förutsättningar gör det möjligt för föreningar att planera, behålla ledare och "
            "utveckla sin verksamhet.", None)]),
    ("p", [("Kommunen ska verka för att föreningar med etablerad verksamhet kan få verksamhetsbidrag för "
            "upp till tre år i taget.", PUB),
           ("Nämnderna ansvarar för att förändringar i bidragsregler beslutas minst sex månader innan de "
            "börjar gälla.", PUB)]),
    ("label", "Kommunen:", "använder idéburet offentligt partnerskap (IOP) när det passar bättre än "
     "upphandling eller bidrag.", PUB),
    ("label", "Föreningarna:", "planerar verksamheten långsiktigt och informerar kommunen i god tid om "
     "förändringar som påverkar ett bidrag eller ett partnerskap.", CS),
    ("label", "Tillsammans:", "tar vi fram en plan för hur kommunens skollokaler kan användas av "
     "föreningslivet på kvällar och helger.", JT),

    ("h2", "Öppenhet och insyn", "oppenhet_och_insyn"),
    ("p", [("Öppenhet skapar förtroende mellan parterna och gör det lättare för invånarna att förstå hur "
            "skattemedel används.", None)]),
    ("h3", "Så här arbetar kommunen", PUB),
    ("bullets", ["Publicerar bidragsregler, ansökningstider och beviljade bidrag på kommunens webbplats.",
                 "Motiverar skriftligt beslut om avslag på en ansökan.",
                 "Svarar på frågor från föreningar inom fem arbetsdagar."]),
    ("h3", "Det här förväntar vi oss av föreningslivet", CS),
    ("bullets", ["Lämnar verksamhetsberättelse, ekonomisk redovisning och revisionsberättelse när bidrag "
                 "söks.",
                 "Ger kommunen insyn i verksamhet som finansieras med kommunala medel."]),

    ("h2", "Mångfald", "mangfald"),
    ("p", [("Ett levande civilsamhälle har plats för stora och små föreningar, nya grupper och tillfälliga "
            "nätverk.", None)]),
    ("p", [("Kommunen ska verka för att bidragssystemet även är tillgängligt för nya och mindre "
            "föreningar.", PUB),
           ("Förvaltningen ska ge information om föreningsstöd på lätt svenska och på de språk som är "
            "vanligast i kommunen.", PUB)]),
    ("p", [("Vi förväntar oss att föreningarna är öppna för alla som delar föreningens värderingar, "
            "oavsett kön, etnisk tillhörighet, religion, funktionsnedsättning, sexuell läggning eller "
            "ålder.", CS),
           ("Kommunen och föreningslivet ska gemensamt arbeta för att fler unga och nyanlända engagerar "
            "sig i föreningslivet.", JT)]),

    ("h2", "Ideellt engagemang", "ideellt_engagemang"),
    ("p", [("Gransjö kommun har lagt till principen om ideellt engagemang eftersom många föreningar i "
            "kommunen är beroende av ett fåtal eldsjälar.", None),
           ("Kommunen strävar efter att göra det enkelt att engagera sig ideellt, bland annat genom en "
            "gemensam volontärportal.", PUB)]),
    ("h3", "Så här arbetar kommunen", PUB),
    ("bullets", ["Uppmärksammar ideella ledare genom ett årligt föreningspris.",
                 "Erbjuder kostnadsfria utbildningar för styrelseledamöter och ledare."]),
    ("h3", "Det här förväntar vi oss av föreningslivet", CS),
    ("bullets", ["Tar emot nya ideella på ett välkomnande sätt och ger dem introduktion i verksamheten.",
                 "Begär utdrag ur belastningsregistret för ledare som arbetar med barn och unga."]),

    ("h1", "Genomförande och uppföljning"),
    ("p", [("Kommunstyrelsen är ansvarig för policyn och samordnar arbetet med den.", None),
           ("Kommunen ska varje år bjuda in föreningslivet till ett uppföljningsmöte där policyns "
            "tillämpning diskuteras.", PUB),
           ("Resultatet av uppföljningen redovisas för kommunstyrelsen.", None),
           ("Policyn ska revideras varje mandatperiod.", None)]),
]

H1_BREAK_BEFORE = {"Principer för samverkan"}


# ---------------------------------------------------------------- numbering
def add_heading_numbering(doc):
    numbering = doc.part.numbering_part.element
    lvls = []
    for i in range(9):
        if i == 0:
            body = ('<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
                    '<w:lvlText w:val="%1"/><w:lvlJc w:val="left"/>'
                    '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>')
        elif i == 1:
            body = ('<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
                    '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
                    '<w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr>')
        else:
            body = ('<w:start w:val="1"/><w:numFmt w:val="none"/><w:lvlText w:val=""/>'
                    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>')
        lvls.append(f'<w:lvl w:ilvl="{i}">{body}</w:lvl>')
    absnum = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
                       '<w:multiLevelType w:val="multilevel"/>' + "".join(lvls) + '</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    for style_name, ilvl in (("Heading 1", 0), ("Heading 2", 1)):
        st = doc.styles[style_name].element
        ppr = st.get_or_add_pPr()
        numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>')
        anchor = None
        for tag in ("w:keepNext", "w:keepLines", "w:pageBreakBefore"):
            el = ppr.find(qn(tag))
            if el is not None:
                anchor = el
        if anchor is not None:
            anchor.addnext(numpr)
        else:
            ppr.insert(0, numpr)


# ---------------------------------------------------------------- helpers
def add_field(run, instr):
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = f" {instr} "
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, i, s, t, e):
        run._r.append(el)


def style_fonts(doc):
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    for name, size, color in (("Heading 1", 16, "1F4E5A"), ("Heading 2", 13, "1F4E5A"),
                              ("Heading 3", 11, "3A6B35")):
        st = doc.styles[name]
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor.from_string(color)
        st.font.name = "Calibri"
        rfonts = st.element.rPr.find(qn("w:rFonts"))
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rfonts is not None and rfonts.get(qn(a)) is not None:
                del rfonts.attrib[qn(a)]
    doc.styles["Heading 1"].paragraph_format.space_before = Pt(18)
    doc.styles["Heading 1"].paragraph_format.space_after = Pt(6)
    doc.styles["Heading 2"].paragraph_format.space_before = Pt(14)
    doc.styles["Heading 2"].paragraph_format.space_after = Pt(4)
    doc.styles["Heading 3"].paragraph_format.space_before = Pt(8)
    doc.styles["Heading 3"].paragraph_format.space_after = Pt(2)


def simple(doc, text, size=None, bold=False, italic=False, align=None, after=None, color=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def build_docx():
    doc = Document()
    style_fonts(doc)
    add_heading_numbering(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.2)
    sec.different_first_page_header_footer = True

    hp = sec.header.paragraphs[0]
    hp.text = "Gransjö kommun\tPolicy\tKS 2023/0587"
    for r in hp.runs:
        r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Policy för samverkan med civilsamhället – sida "); r.font.size = Pt(8)
    r2 = fp.add_run(); r2.font.size = Pt(8); add_field(r2, "PAGE")

    # ---- cover page
    simple(doc, "GRANSJÖ KOMMUN", size=12, bold=True, color="1F4E5A", after=60)
    simple(doc, "Styrdokument", size=11, color="666666", after=4)
    doc.add_paragraph(TITLE, style="Title")
    simple(doc, "Policy", size=12, italic=True, after=36)
    rows = [("Dokumenttyp", "Policy"),
            ("Beslut", DECIDED),
            ("Diarienummer", "KS 2023/0587"),
            ("Giltighetstid", "2024–2027"),
            ("Dokumentansvarig", "Kommunledningsförvaltningen, avdelningen för demokrati och samhällsutveckling"),
            ("Ersätter", "Lokal överenskommelse med föreningslivet i Gransjö (KF 2016-05-23, § 58)")]
    for k, v in rows:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        a = p.add_run(k + ": "); a.bold = True
        p.add_run(v)
    brk = doc.add_paragraph().add_run(); brk.add_break(WD_BREAK.PAGE)

    for block in BODY:
        kind = block[0]
        if kind == "h1":
            if block[1] in H1_BREAK_BEFORE:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            doc.add_paragraph(block[1], style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(block[1], style="Heading 2")
        elif kind == "h3":
            doc.add_paragraph(block[1], style="Heading 3")
        elif kind == "p":
            doc.add_paragraph(" ".join(s for s, _ in block[1]))
        elif kind == "label":
            p = doc.add_paragraph()
            a = p.add_run(block[1]); a.bold = True
            p.add_run(" " + block[2])
        elif kind == "bullets":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")

    doc.core_properties.title = TITLE
    doc.core_properties.author = "Gransjö kommun"
    doc.core_properties.subject = "Policy"
    doc.save(DOCX)


# ---------------------------------------------------------------- expected
def commitments():
    out, principle, party3 = [], None, None
    for block in BODY:
        kind = block[0]
        if kind == "h1":
            principle, party3 = None, None
        elif kind == "h2":
            principle, party3 = block[2], None
        elif kind == "h3":
            party3 = block[2]
        elif kind == "p":
            for s, party in block[1]:
                if party:
                    out.append({"text": s, "principle": principle, "party": party})
        elif kind == "label":
            out.append({"text": block[2], "principle": principle, "party": block[3]})
        elif kind == "bullets" and party3:
            for item in block[1]:
                out.append({"text": item, "principle": principle, "party": party3})
    return out


def all_texts():
    for block in BODY:
        if block[0] == "p":
            for s, _ in block[1]:
                yield s
        elif block[0] == "bullets":
            yield from block[1]
        elif block[0] == "label":
            yield block[2]


def find(prefix):
    for s in all_texts():
        if s.startswith(prefix):
            return s
    raise KeyError(prefix)


def questions():
    qs = [
        ("vad forvantar sig kommunen av foreningarna nar det galler oppenhet och insyn", "sv",
         [find("Lämnar verksamhetsberättelse"), find("Ger kommunen insyn")],
         ["revisionsberättelse", "insyn i verksamhet"]),
        ("När antogs Gransjö kommuns policy för samverkan med civilsamhället, och av vem?", "sv",
         [DECIDED], ["kommunfullmäktige", "19 mars 2024"]),
        ("Can our association get a grant from Gransjö kommun for more than one year at a time?", "en",
         [find("Kommunen ska verka för att föreningar med etablerad")],
         ["upp till tre år"]),
        ("Måste vår förening begära utdrag ur belastningsregistret för ledarna i barngruppen?", "sv",
         [find("Begär utdrag ur belastningsregistret")],
         ["belastningsregistret", "barn och unga"]),
        ("hur ofta bjuder kommunen in till dialogmote med foreningarna", "sv",
         [find("Bjuder in föreningslivet")], ["minst två gånger per år"]),
        ("How quickly does the municipality answer questions from associations, and will it explain "
         "why an application is rejected?", "en",
         [find("Svarar på frågor"), find("Motiverar skriftligt")],
         ["fem arbetsdagar", "avslag"]),
        ("Vad menas med civilsamhället i policyn?", "sv",
         [find("Med civilsamhället avses"), find("I policyn används ordet föreningar")],
         ["skild från staten, marknaden och det enskilda hushållet", "samlingsbegrepp"]),
        ("hur ofta ska policyn revideras och vem ansvarar for den", "sv",
         [find("Kommunstyrelsen är ansvarig"), find("Policyn ska revideras")],
         ["Kommunstyrelsen", "varje mandatperiod"]),
        ("Hur stort är prissumman för Gransjö kommuns årliga föreningspris?", "sv", [], []),
        ("Who is the contact person for IOP agreements at Gransjö kommun?", "en", [], []),
    ]
    return [{"id": f"{LAYOUT}-q{i}", "question": q, "language": lg, "answerable": bool(g),
             "gold": g, "must_mention": mm} for i, (q, lg, g, mm) in enumerate(qs, 1)]


def write_expected():
    exp = {
        "file": BASE + ".docx",
        "layout": LAYOUT,
        "description": ("Municipal POLICY (kind policy) in Word: cover page with a 'Beslut: Antagen av "
                        "kommunfullmäktige den … , § …' line and field list; Heading 1/Heading 2 numbered by "
                        "Word automatic multilevel numbering (numPr in the heading styles, numbers not in the "
                        "text), principles as Heading 2 under 'Principer för samverkan' plus an extra principle "
                        "'Ideellt engagemang'; policy-language commitments ('Kommunen ska verka för att', "
                        "'strävar efter att', 'Nämnderna ansvarar för att', 'Förvaltningen ska', 'Vi förväntar "
                        "oss att föreningarna'); Heading 3 'Så här arbetar kommunen' / 'Det här förväntar vi "
                        "oss av föreningslivet' followed by List Bullet items without a party word; paragraphs "
                        "with bold inline labels 'Kommunen:' / 'Föreningarna:' / 'Tillsammans:' (commitment "
                        "text = the part after the label); 'ska' sentences in introduction, purpose and scope "
                        "that are not commitments; in the follow-up chapter an annual meeting is a commitment "
                        "(principle null) while 'Policyn ska revideras varje mandatperiod.' is not; header "
                        "and PAGE-field footer."),
        "metadata": {
            "doc_id": "gransjo",
            "title": TITLE,
            "place": "Gransjö",
            "organisation": "Gransjö kommun",
            "kind": "policy",
            "date": "2024-03-19",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    counts = {}
    for c in exp["commitments"]:
        counts[c["party"]] = counts.get(c["party"], 0) + 1
    print(BASE, "commitments:", len(exp["commitments"]), counts)


if __name__ == "__main__":
    build_docx()
    write_expected()
