#!/usr/bin/env python3
"""Generate lok_hallbacka_stad.docx and expected.json.

Layout: a committee-written DOCX. No heading styles at all: headings are
Normal paragraphs with bold, larger runs; numbering ("1.", "5.1", "a)") is
typed into the text; soft line breaks (Shift+Enter) inside paragraphs;
commitments as "Staden åtar sig:" lead-ins followed by manually typed
"–" or "•" lines; an appendix with an action-plan table (not commitments).
"""
import json
import os
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = "docx_lok_stad"
FILE = "lok_hallbacka_stad.docx"

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Garamond"
normal.font.size = Pt(11)

commitments = []
all_text = []


def para(parts, *, bold=False, size=None, align=None, indent=None, italic=False,
         space_after=None):
    """parts: str or list of str; list elements are joined by soft line breaks."""
    if isinstance(parts, str):
        parts = [parts]
    p = doc.add_paragraph()
    for i, part in enumerate(parts):
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if i < len(parts) - 1:
            r.add_break()  # soft line break
    if align:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    all_text.append(" ".join(parts))
    return p


def h1(text):
    doc.add_paragraph()
    para(text, bold=True, size=14)


def h2(text):
    para(text, bold=True, size=12)


def c(text, principle, party, stored=None):
    """Record a commitment; stored = text as listed in expected.json."""
    commitments.append({"text": stored if stored is not None else text,
                        "principle": principle, "party": party})
    return text


def lead(text):
    para(text, italic=False, bold=False)


def items(marker, principle, party, texts):
    for t in texts:
        para(f"{marker} att {t}", indent=0.6, space_after=2)
        c(t, principle, party)


# ---------------------------------------------------------------- title block
para("HALLBÄCKA STAD", bold=True, size=12)
para(["Stadsledningskontoret", "Dnr KS 2023/0412"], size=9)
doc.add_paragraph()
doc.add_paragraph()
para(["Lokal överenskommelse (LÖK)",
      "mellan Hallbäcka stad och de idéburna organisationerna i Hallbäcka"],
     bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
para("2024–2027", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_paragraph()
para("Antagen av kommunfullmäktige 2023-11-20, § 142",
     italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para(["Framtagen av arbetsgruppen för LÖK:",
      "Föreningsrådet i Hallbäcka, Hallbäcka Idrottsallians, Studieförbunden i Hallbäcka,",
      "Svenska kyrkan Hallbäcka församling samt Hallbäcka stad"],
     size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- 1. Förord
h1("1. Förord")
para("”Ett starkt civilsamhälle är en förutsättning för ett levande Hallbäcka. "
     "Det är i föreningarna som många av oss hittar gemenskap, lär oss "
     "demokrati och gör skillnad för andra.”")
para("Den här överenskommelsen är resultatet av ett drygt års samtal mellan staden och "
     "föreningslivet. Vi som har skrivit under vill att den ska användas – inte "
     "hamna i en pärm.")
para(["Anna-Karin Lund, kommunstyrelsens ordförande",
      "Mehmet Yilmaz, ordförande Föreningsrådet i Hallbäcka"], italic=True)

# ---------------------------------------------------------------- 2. Bakgrund
h1("2. Bakgrund")
para("År 2008 tecknades en nationell överenskommelse mellan regeringen, Sveriges "
     "Kommuner och Regioner och idéburna organisationer inom det sociala området. "
     "Den nationella överenskommelsen bygger på sex principer, och flera kommuner "
     "har sedan dess tagit fram egna lokala överenskommelser.")
para(["I Hallbäcka påbörjades arbetet hösten 2022 efter ett initiativ från Föreningsrådet.",
      "Under våren 2023 hölls fyra öppna dialogmöten där drygt 60 föreningar deltog.",
      "En arbetsgrupp med fem representanter från föreningslivet och tre tjänstepersoner "
      "från staden har därefter skrivit texten."])
para("Vi har valt att inte ha samhällsutveckling som en egen princip eftersom den "
     "genomsyrar hela överenskommelsen. I stället har vi lagt till en princip om "
     "barnrättsperspektiv.")

# ---------------------------------------------------------------- 3. Syfte och mål
h1("3. Syfte och mål")
para("Syftet med överenskommelsen är att skapa goda förutsättningar för samverkan "
     "mellan staden och de idéburna organisationerna, med respekt för parternas "
     "olika roller.")
para("Målen är att")
for t in ["a) fler invånare i Hallbäcka ska engagera sig ideellt,",
          "b) de idéburna organisationerna ska ha stabila och förutsägbara villkor,",
          "c) staden och föreningslivet ska känna till och förstå varandras uppdrag."]:
    para(t, indent=0.6, space_after=2)

# ---------------------------------------------------------------- 4. Begrepp
h1("4. Begrepp")
para("Med idéburen organisation avses i denna överenskommelse en organisation som "
     "har ett allmännyttigt syfte, är fristående från offentlig sektor och inte har "
     "vinstsyfte. Det kan till exempel vara föreningar, stiftelser, trossamfund och "
     "sociala företag som återinvesterar eventuell vinst i verksamheten.")
para(["Med idéburet offentligt partnerskap (IOP) avses en samverkansform där staden och "
      "en eller flera idéburna organisationer tillsammans finansierar och genomför en "
      "verksamhet.",
      "IOP är inte en upphandling och inte ett vanligt bidrag."])
para("I texten används ”staden” för Hallbäcka stad med nämnder och förvaltningar och "
     "”de idéburna organisationerna” för de organisationer som har anslutit sig "
     "till överenskommelsen.")

# ---------------------------------------------------------------- 5. Principer
h1("5. Principer och åtaganden")
para("Under varje princip beskrivs först vad principen betyder för oss. Därefter "
     "följer vad staden respektive de idéburna organisationerna åtar sig, och vad "
     "vi åtar oss gemensamt.")

P = "sjalvstandighet_och_oberoende"
h2("5.1 Självständighet och oberoende")
para("De idéburna organisationerna har rätt att själva bestämma över sina mål, sin "
     "organisation och sina arbetsformer. Rollen som röstbärare och opinionsbildare "
     "ska respekteras även när organisationen får ekonomiskt stöd från staden.")
lead("Staden åtar sig:")
items("–", P, "public", [
    "respektera de idéburna organisationernas rätt att driva opinion och granska "
    "stadens verksamhet, även när de får bidrag eller ersättning från staden.",
    "inte ställa krav på organisationernas interna arbete som går utöver vad som "
    "behövs för att följa upp stöd och ersättning.",
])
lead("De idéburna organisationerna åtar sig:")
items("–", P, "civil_society", [
    "tydligt redovisa när organisationen uttalar sig i egen sak och när den utför "
    "uppdrag åt staden.",
    "värna sin egen demokratiska organisation och sitt ideella engagemang.",
])

P = "dialog"
h2("5.2 Dialog")
para("Dialog bygger på att parterna möts tidigt, lyssnar på varandra och har "
     "realistiska förväntningar på vad dialogen kan leda till. Dialog betyder inte "
     "att parterna alltid måste vara överens.")
lead("Staden åtar sig:")
items("•", P, "public", [
    "bjuda in de idéburna organisationerna till dialog i ett tidigt skede när beslut "
    "som berör dem bereds.",
    "i god tid informera om förändringar i bidragsregler och ansökningsdatum.",
    "utse en kontaktperson för idéburen sektor på stadsledningskontoret.",
])
lead("De idéburna organisationerna åtar sig:")
items("•", P, "civil_society", [
    "delta i dialogen och förankra synpunkter i sina egna nätverk.",
    "utse representanter till Dialogforum Hallbäcka.",
])
t = c("genomföra minst två dialogmöten per år i Dialogforum Hallbäcka.", P, "joint")
para(["Gemensamt åtar vi oss:", "• att " + t], space_after=4)

P = "kvalitet"
h2("5.3 Kvalitet")
para("Kvalitet handlar om att insatserna ska göra skillnad för de människor som berörs.")
a1 = c("Staden ska ta tillvara den kunskap som finns i föreningslivet och ställa "
       "rimliga krav på redovisning som står i proportion till bidragets storlek.",
       P, "public")
a2 = c("De idéburna organisationerna ska själva ansvara för kvaliteten i sin "
       "verksamhet och redovisa hur stödet har använts.", P, "civil_society")
a3 = c("Båda parter ska verka för att deltagarnas erfarenheter tas tillvara i "
       "utvecklingen av verksamheten.", P, "joint")
# soft line break between two sentences of one paragraph (committee style)
para([a1, a2 + " " + a3])
t = c("ta fram en gemensam mall för enkel återrapportering av föreningsbidrag.",
      P, "joint")
para(["Gemensamt åtar vi oss:", "• att " + t], space_after=4)

P = "langsiktighet"
h2("5.4 Långsiktighet")
para("Många föreningar lägger mycket tid på att söka kortsiktiga projektmedel. "
     "Långsiktiga villkor gör det möjligt att planera, behålla ledare och bygga "
     "upp kunskap.")
lead("Staden åtar sig:")
items("–", P, "public", [
    "i första hand använda fleråriga verksamhetsbidrag, i regel för tre år i taget, "
    "när en verksamhet bedöms vara långsiktig.",
    "fatta beslut om bidrag senast den 15 december året innan bidragsåret.",
    "pröva idéburet offentligt partnerskap (IOP) som samverkansform där det är lämpligt.",
])
lead("De idéburna organisationerna åtar sig:")
items("–", P, "civil_society", [
    "i god tid informera staden om förändringar som påverkar möjligheten att "
    "genomföra överenskomna insatser.",
    "sträva efter att bredda sin finansiering så att verksamheten inte blir "
    "beroende av ett enda bidrag.",
])

P = "oppenhet_och_insyn"
h2("5.5 Öppenhet och insyn")
para("Öppenhet skapar förtroende. Offentlighetsprincipen gäller för stadens "
     "handlingar men inte för föreningarnas interna handlingar.")
s1 = c("publicera information om vilka bidrag som finns och hur de fördelas på "
       "stadens webbplats", P, "public")
s2 = c("motivera beslut om avslag på ansökningar om bidrag.", P, "public")
para(["Staden ska:", "a) " + s1 + ",", "b) " + s2], indent=0.6)
o1 = c("ge staden insyn i hur offentliga medel används", P, "civil_society")
o2 = c("hålla sina stadgar, årsberättelser och bokslut tillgängliga för stadens "
       "handläggare.", P, "civil_society")
para("De idéburna organisationerna ska:", indent=0.6)
para("a) " + o1 + ",", indent=1.2, space_after=2)
para("b) " + o2, indent=1.2)

P = "mangfald"
h2("5.6 Mångfald och delaktighet")
para("Staden och de idéburna organisationerna vill tillsammans bidra till att alla "
     "invånare i Hallbäcka, oavsett bakgrund, kön, ålder eller funktionsförmåga, "
     "kan delta i föreningslivet. Mångfald gäller också organisationsformer: små och "
     "stora, gamla och nya organisationer ska ha plats.")
lead("Staden åtar sig:")
items("–", P, "public", [
    "ge stöd till små och nystartade föreningar, även sådana som saknar tidigare "
    "erfarenhet av att söka bidrag.",
    "erbjuda lokaler till rimlig kostnad i stadens anläggningar och skolor.",
])
lead("De idéburna organisationerna åtar sig:")
items("–", P, "civil_society", [
    "verka för att verksamheten är öppen och tillgänglig för alla oavsett kön, "
    "etnicitet, funktionsförmåga, sexuell läggning, religion eller ålder.",
])
t = c("uppmärksamma hinder för delaktighet och tillsammans söka lösningar på dem.",
      P, "joint")
para(["Gemensamt åtar vi oss:", "• att " + t], space_after=4)

P = "barnrattsperspektiv"
h2("5.7 Barnrättsperspektiv")
para("Sedan den 1 januari 2020 är FN:s konvention om barnets rättigheter svensk lag. "
     "En stor del av föreningslivet i Hallbäcka riktar sig till barn och unga.")
b1 = c("Båda parter ska ta hänsyn till barnets bästa i beslut och verksamheter som "
       "rör barn och unga.", P, "joint")
b2 = c("Staden ska ge barn och unga möjlighet att komma till tals genom att bjuda in "
       "ungdomsrådet till Dialogforum Hallbäcka minst en gång per år.", P, "public")
b3 = c("De idéburna organisationerna ska ha rutiner för att förebygga att barn far "
       "illa, till exempel genom att begära utdrag ur belastningsregistret för ledare.",
       P, "civil_society")
para(b1 + " " + b2)
para(b3)

# ---------------------------------------------------------------- 6. Uppföljning
h1("6. Uppföljning och revidering")
u1 = c("Parterna ska gemensamt följa upp överenskommelsen varje år och redovisa "
       "resultatet i en kort rapport till kommunstyrelsen.", None, "joint")
u2 = c("Staden åtar sig att kalla till uppföljningsmötet och föra minnesanteckningar.",
       None, "public")
para(u1 + " " + u2)
para("Uppföljningen ska visa hur åtagandena har genomförts och vad som behöver "
     "ändras. Handlingsplanen i bilaga 1 stäms av vid samma tillfälle.")

# ---------------------------------------------------------------- 7. Giltighet
h1("7. Giltighetstid")
para(["Överenskommelsen gäller från och med den 1 januari 2024 till och med den "
      "31 december 2027.",
      "Den revideras vart fjärde år, och arbetet med en ny överenskommelse påbörjas "
      "senast våren 2027."])
para("Om en part vill lämna överenskommelsen ska det meddelas skriftligt till "
     "stadsledningskontoret.")

# ---------------------------------------------------------------- 8. Underskrifter
h1("8. Underskrifter")
para("Hallbäcka den 4 december 2023")
doc.add_paragraph()
para(["För Hallbäcka stad\t\tFör de idéburna organisationerna",
      "",
      "…………………………………\t\t…………………………………",
      "Anna-Karin Lund\t\t\tMehmet Yilmaz",
      "Kommunstyrelsens ordförande\t\tOrdförande, Föreningsrådet i Hallbäcka"])
doc.add_paragraph()
para(["…………………………………\t\t…………………………………",
      "Jonas Ahlqvist\t\t\tLinnea Sandberg",
      "Stadsdirektör\t\t\tHallbäcka Idrottsallians"])
doc.add_paragraph()
para(["Kontakt:",
      "Sofia Berg, samordnare idéburen sektor, stadsledningskontoret",
      "tel. 0451-22 31 40, e-post sofia.berg@hallbacka.se"], size=9)

# ---------------------------------------------------------------- Bilaga 1
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
para("Bilaga 1. Handlingsplan 2024–2025", bold=True, size=14)
para("Handlingsplanen är ett arbetsmaterial och beslutas inte av kommunfullmäktige. "
     "Den visar hur arbetsgruppen vill komma igång med överenskommelsen.",
     italic=True)
rows = [
    ("Aktivitet", "Ansvarig", "Tidplan"),
    ("Ta fram gemensam mall för återrapportering", "Stadsledningskontoret och Föreningsrådet", "Kvartal 2, 2024"),
    ("Informationsträff om IOP för föreningar", "Kultur- och fritidsförvaltningen", "Hösten 2024"),
    ("Inventera stadens lokaler som kan hyras av föreningar", "Fastighetsavdelningen", "2024"),
    ("Dialogmöte med ungdomsrådet", "Dialogforum Hallbäcka", "Årligen"),
    ("Utbildning i barnrätt för föreningsledare", "Studieförbunden i Hallbäcka", "Våren 2025"),
]
table = doc.add_table(rows=len(rows), cols=3)
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        cell = table.cell(i, j)
        cell.text = val
        if i == 0:
            for r in cell.paragraphs[0].runs:
                r.bold = True
    all_text.append(" ".join(row))

section = doc.sections[0]
section.footer.paragraphs[0].text = "Lokal överenskommelse Hallbäcka stad 2024–2027"

doc.save(os.path.join(HERE, FILE))

# ---------------------------------------------------------------- expected
FULL = re.sub(r"\s+", " ", " ".join(all_text))


def q(n, question, lang, gold, must):
    for g in gold:
        assert g in FULL, g
    for m in must:
        assert any(m in g for g in gold), m
    return {"id": f"{LAYOUT}-q{n}", "question": question, "language": lang,
            "answerable": bool(gold), "gold": gold, "must_mention": must}


questions = [
    q(1, "vad lovar hallbacka stad om dialog med foreningarna?", "sv",
      ["bjuda in de idéburna organisationerna till dialog i ett tidigt skede när "
       "beslut som berör dem bereds.",
       "i god tid informera om förändringar i bidragsregler och ansökningsdatum.",
       "utse en kontaktperson för idéburen sektor på stadsledningskontoret."],
      ["tidigt skede", "bidragsregler", "kontaktperson"]),
    q(2, "När antogs den lokala överenskommelsen i Hallbäcka och av vilket organ?", "sv",
      ["Antagen av kommunfullmäktige 2023-11-20, § 142"],
      ["kommunfullmäktige", "2023-11-20"]),
    q(3, "hur lange galler LÖK:en i hallbacka stad", "sv",
      ["Överenskommelsen gäller från och med den 1 januari 2024 till och med den "
       "31 december 2027.",
       "Den revideras vart fjärde år, och arbetet med en ny överenskommelse påbörjas "
       "senast våren 2027."],
      ["1 januari 2024", "31 december 2027", "vart fjärde år"]),
    q(4, "Vad menas med idéburen organisation i Hallbäcka stads överenskommelse?", "sv",
      ["Med idéburen organisation avses i denna överenskommelse en organisation som "
       "har ett allmännyttigt syfte, är fristående från offentlig sektor och inte har "
       "vinstsyfte."],
      ["allmännyttigt syfte", "fristående från offentlig sektor", "vinstsyfte"]),
    q(5, "What do the civil society organisations in Hallbäcka commit to under "
         "openness and transparency?", "en",
      [o1, o2],
      ["insyn i hur offentliga medel används", "stadgar, årsberättelser och bokslut"]),
    q(6, "Ingår samhällsutveckling som egen princip i Hallbäckas LÖK?", "sv",
      ["Vi har valt att inte ha samhällsutveckling som en egen princip eftersom den "
       "genomsyrar hela överenskommelsen.",
       "I stället har vi lagt till en princip om barnrättsperspektiv."],
      ["inte ha samhällsutveckling som en egen princip", "barnrättsperspektiv"]),
    q(7, "hur manga dialogmoten per ar ska det vara i hallbacka?", "sv",
      ["genomföra minst två dialogmöten per år i Dialogforum Hallbäcka."],
      ["minst två dialogmöten per år"]),
    q(8, "Hur ska överenskommelsen mellan Hallbäcka stad och föreningslivet följas upp?", "sv",
      [u1, u2],
      ["varje år", "rapport till kommunstyrelsen", "minnesanteckningar"]),
    q(9, "Hur mycket pengar avsätter Hallbäcka stad till föreningsbidrag 2024?", "sv",
      [], []),
    q(10, "hur ansoker man om lokalbidrag hos hallbacka stad?", "sv", [], []),
]

for cm in commitments:
    assert cm["text"] in FULL, cm["text"]

expected = {
    "file": FILE,
    "layout": LAYOUT,
    "description": (
        "Committee-written DOCX local agreement (LÖK) of a city ('staden'). No heading "
        "styles: headings are bold, larger runs in Normal paragraphs with manually typed "
        "numbering ('1.', '5.1'); lists are manually typed '–', '•' and 'a)' lines; soft "
        "line breaks inside paragraphs (title, lead-in + item in one paragraph, one break "
        "between commitment sentences); commitments as 'Staden åtar sig:' / "
        "'De idéburna organisationerna åtar sig:' / 'Gemensamt åtar vi oss:' lead-ins, "
        "'Staden ska:' with a)/b) items, and prose sentences mixing parties; an added "
        "principle (barnrättsperspektiv), samhällsutveckling dropped; follow-up "
        "commitments outside the principles (principle null); signature block with tabs; "
        "appendix with an action-plan table that is not commitments; footer text."),
    "metadata": {
        "doc_id": "hallbacka",
        "title": "Lokal överenskommelse (LÖK) mellan Hallbäcka stad och de idéburna "
                 "organisationerna i Hallbäcka",
        "place": "Hallbäcka",
        "organisation": "Hallbäcka stad",
        "kind": "överenskommelse",
        "date": "2023-11-20",
        "body": "kommunfullmäktige",
    },
    "commitments": commitments,
    "questions": questions,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"wrote {FILE}: {len(commitments)} commitments, {len(questions)} questions")
