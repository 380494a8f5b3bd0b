#!/usr/bin/env python3
"""Generate hjortsala_overenskommelse_ideburen_sektor.md (a Word document
converted with pandoc and pasted into the intranet wiki) and expected.json."""
import json
import os
import re
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.basename(HERE)
DOC_ID = "hjortsala_overenskommelse_ideburen_sektor"
FILE = DOC_ID + ".md"

COMMITMENTS = []  # (text, principle, party)


def c(text, principle, party):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


def wrap(text, first="", rest=""):
    lines = textwrap.wrap(text, width=72, initial_indent=first, subsequent_indent=rest,
                          break_long_words=False, break_on_hyphens=False)
    for ln in lines[1:]:
        s = ln.strip()
        assert not re.match(r"(- |\d+\.\s|#|>|\|)", s), ln
    return "\n".join(lines)


def para(text):
    return wrap(text) + "\n"


def bullets(items):
    return "\n".join(wrap(i, "-   ", "    ") for i in items) + "\n"


def numbered(items):
    return "\n".join(wrap(i, f"{n}.  ", "    ") for n, i in enumerate(items, 1)) + "\n"


# ---------------------------------------------------------------- principles
SJ, DI, KV, LA, OP, MA = ("sjalvstandighet_och_oberoende", "dialog", "kvalitet",
                          "langsiktighet", "oppenhet_och_insyn", "mangfald")

out = []
A = out.append

A("""---
title: "Överenskommelse om samverkan mellan Hjortsala kommun och den idéburna sektorn i Hjortsala"
subtitle: "Lokal överenskommelse 2024--2028"
author: "Kommunledningskontoret, enheten för samhällsutveckling"
date: 2 april 2024
lang: sv-SE
tags: [föreningsliv, idéburen sektor, styrdokument]
---
""")

A("""> **Observera:** Sidan är konverterad från Word och kan innehålla
> formateringsfel. Det antagna originalet finns i diariet, dnr KS
> 2023/518. Kontakta föreningsservice om du hittar något som ser fel ut.
""")

A("""![](media/image1.png){width="1.9in" height="0.74in"}

**Överenskommelse om samverkan mellan Hjortsala kommun och den idéburna
sektorn i Hjortsala**

Lokal överenskommelse 2024--2028

  ------------------- ----------------------------------------------
  **Dokumenttyp**     Överenskommelse
  **Beslutad av**     Kommunfullmäktige 2024-03-25, § 42
  **Diarienummer**    KS 2023/518
  **Giltighetstid**   2024-04-01 -- 2028-12-31
  **Dokumentägare**   Kommundirektör
  **Gäller för**      Kommunens samtliga nämnder och förvaltningar
  **Revideras**       Senast 2028
  ------------------- ----------------------------------------------
""")

TOC = [
    ("1 Inledning", 3, "_Toc161318201"),
    ("2 Syfte", 3, "_Toc161318202"),
    ("3 Parter och omfattning", 4, "_Toc161318203"),
    ("4 Principer för samverkan", 4, "_Toc161318204"),
    ("4.1 Självständighet och oberoende", 5, "_Toc161318205"),
    ("4.2 Dialog", 5, "_Toc161318206"),
    ("4.3 Kvalitet", 6, "_Toc161318207"),
    ("4.4 Långsiktighet", 6, "_Toc161318208"),
    ("4.5 Öppenhet och insyn", 7, "_Toc161318209"),
    ("4.6 Mångfald", 7, "_Toc161318210"),
    ("5 Genomförande och uppföljning", 8, "_Toc161318211"),
    ("6 Underskrifter", 9, "_Toc161318212"),
]
A("**Innehåll**\n")
A("\n".join(f"[{t} [{p}](#{a})](#{a})\n" for t, p, a in TOC))


def h(level, title, anchor=None):
    hashes = "#" * level
    if anchor:
        return f"{hashes} []{{#{anchor} .anchor}}{title}\n"
    return f"{hashes} {title}\n"


# ---------------------------------------------------------------- 1 Inledning
A(h(1, "Inledning", "_Toc161318201"))
A(para("Hjortsala kommun har sedan 2016 haft en lokal överenskommelse med den "
       "idéburna sektorn. Den här versionen har tagits fram under 2023 i en "
       "gemensam process där ett sextiotal föreningar, studieförbund och "
       "trossamfund deltagit i dialogmöten i Hjortsala tätort, Norrbyn och "
       "Ulvåker."))
A(para("Överenskommelsen bygger på den nationella överenskommelsen från 2008 "
       "mellan regeringen, idéburna organisationer inom det sociala området och "
       "Sveriges Kommuner och Landsting.[^1] De sex principerna i den nationella "
       "överenskommelsen är grunden också för vår lokala överenskommelse."))
A(para("I Hjortsala finns drygt 280 registrerade föreningar. Tillsammans "
       "engagerar de tusentals invånare i idrott, kultur, social verksamhet, "
       "friluftsliv och mycket annat. Föreningslivet är en viktig del av "
       "demokratin och bidrar till att Hjortsala är en bra plats att leva och "
       "verka i."))

# ---------------------------------------------------------------- 2 Syfte
A(h(1, "Syfte", "_Toc161318202"))
A(para("Syftet med överenskommelsen är att tydliggöra parternas roller, att "
       "underlätta samverkan och att stärka den idéburna sektorns möjligheter "
       "att bidra till ett hållbart Hjortsala. Överenskommelsen är inte "
       "juridiskt bindande. Den är en gemensam avsiktsförklaring som beskriver "
       "hur parterna vill arbeta tillsammans."))

# ---------------------------------------------------------------- 3 Parter
A(h(1, "Parter och omfattning", "_Toc161318203"))
A(para("Parter är Hjortsala kommun och de idéburna organisationer som ansluter "
       "sig till överenskommelsen. Den idéburna sektorn företräds i arbetet av "
       "Idérådet i Hjortsala, ett nätverk med representanter för idrotts-, "
       "kultur-, social- och fritidsföreningar samt studieförbund och "
       "trossamfund."))
A(para("Med idéburna organisationer avses organisationer som har ett "
       "allmännyttigt syfte, som inte drivs med vinstsyfte och som är "
       "fristående från offentlig sektor. Det kan vara ideella föreningar, "
       "stiftelser, trossamfund eller kooperativ."))
A(para("En organisation ansluter sig genom att anmäla det till kommunens "
       "föreningsservice. I februari 2024 hade 47 organisationer anslutit sig. "
       "Se förteckningen över [anslutna "
       "organisationer](https://insidan.hjortsala.se/styrning/foreningsliv/anslutna-organisationer) "
       "på Insidan."))
A(para("Överenskommelsen omfattar inte upphandling enligt lagen om offentlig "
       "upphandling. Den ersätter inte heller kommunens [regler för "
       "föreningsbidrag]{.underline}, som gäller parallellt."))

# ---------------------------------------------------------------- 4 Principer
A(h(1, "Principer för samverkan", "_Toc161318204"))
A(para("Under varje princip beskrivs först vad principen innebär och därefter "
       "vad kommunen, de idéburna organisationerna och parterna tillsammans "
       "åtar sig. Åtagandena gäller under hela avtalsperioden."))

# 4.1 Självständighet och oberoende
A(h(2, "Självständighet och oberoende", "_Toc161318205"))
A(para("Den idéburna sektorns självständighet är en förutsättning för att "
       "organisationerna kan vara röstbärare och en kritisk röst i samhället. "
       "Det gäller oavsett om organisationen får bidrag från kommunen eller inte."))
A("**Kommunen åtar sig att:**\n")
A(bullets([
    c("respektera organisationernas rätt att själva bestämma över sina mål, sin "
      "verksamhet och sitt sätt att arbeta", SJ, "public"),
    c("inte låta organisationernas opinionsbildning eller kritik mot kommunen "
      "påverka beslut om bidrag eller andra former av stöd", SJ, "public"),
    c("ställa krav på föreningarnas inre organisation endast när det följer av "
      "lag eller av villkoren för föreningsbidrag", SJ, "public"),
]))
A("**De idéburna organisationerna åtar sig att:**\n")
A(bullets([
    c("tydligt skilja på sin roll som röstbärare och sin roll som utförare när "
      "de samverkar med kommunen", SJ, "civil_society"),
    c("sträva efter en bred finansiering så att verksamheten inte blir beroende "
      "av en enda bidragsgivare", SJ, "civil_society"),
]))

# 4.2 Dialog
A(h(2, "Dialog", "_Toc161318206"))
A(para("Dialog förutsätter att parterna möts i tid, på lika villkor och med "
       "respekt för varandras roller. Dialogen är en del av kommunens ordinarie "
       "beslutsprocesser och inte ett sidospår."))
s6 = c("Kommunen ska bjuda in till Samverkansrådet, ett gemensamt forum för "
       "kommunens förtroendevalda, tjänstepersoner och representanter för den "
       "idéburna sektorn, minst två gånger per år.", DI, "public")
s7 = c("Kommunen ansvarar för att berörda organisationer får möjlighet att "
       "lämna synpunkter i ett tidigt skede när frågor som påverkar dem bereds, "
       "och för att remisstiden är minst sex veckor.", DI, "public")
A(para(f"{s6}[^2] {s7}"))
s8 = c("Idérådet åtar sig att utse representanter till Samverkansrådet och att "
       "förankra rådets frågor hos de anslutna organisationerna.", DI, "civil_society")
s9 = c("De idéburna organisationerna förbinder sig att delta i dialogen med ett "
       "helhetsperspektiv på kommunens utveckling och inte enbart utifrån den "
       "egna organisationens intressen.", DI, "civil_society")
A(para(f"{s8} {s9}"))
s10 = c("Tillsammans ska parterna ta fram en årlig dialogplan med teman för "
        "Samverkansrådets möten.", DI, "joint")
A(para(s10))

# 4.3 Kvalitet
A(h(2, "Kvalitet", "_Toc161318207"))
A(para("Kvalitet handlar om att verksamheten ger värde för de människor den är "
       "till för. Den idéburna sektorn har ofta egna metoder och ett eget språk "
       "för kvalitet, som kan skilja sig från kommunens."))
A("**Kommunen ska:**\n")
A(numbered([
    c("följa upp stöd och samverkan på ett sätt som står i proportion till "
      "stödets storlek och inte skapar onödig administration", KV, "public"),
    c("erbjuda utbildning för föreningar i bland annat ekonomi, styrelsearbete "
      "och ansökningsförfarande i samarbete med studieförbunden", KV, "public"),
    c("ta tillvara organisationernas kunskap och erfarenheter när kommunen "
      "utvecklar sina verksamheter", KV, "public"),
]))
A("**Organisationerna ska:**\n")
A(numbered([
    c("redovisa hur kommunala medel har använts och vilka resultat "
      "verksamheten har lett till", KV, "civil_society"),
    c("arbeta aktivt med att utveckla kvaliteten i sin verksamhet, till exempel "
      "genom utbildning av ledare och volontärer", KV, "civil_society"),
]))
A(para(c("Parterna ska gemensamt utveckla enkla former för uppföljning som "
         "fungerar både för stora och små organisationer.", KV, "joint")))

# 4.4 Långsiktighet
A(h(2, "Långsiktighet", "_Toc161318208"))
A(para("Långsiktiga förutsättningar gör det möjligt för organisationerna att "
       "planera, behålla ideella krafter och bygga upp kompetens. Korta "
       "projektperioder gör det svårt att utveckla en verksamhet som håller "
       "över tid."))
s17 = c("För att främja långsiktighet kommer kommunen att i första hand ge "
        "verksamhetsbidrag i stället för projektbidrag till organisationer med "
        "återkommande verksamhet.", LA, "public")
s18 = c("Kommunen åtar sig vidare att pröva idéburet offentligt partnerskap "
        "(IOP) som samverkansform när förutsättningar finns.", LA, "public")
A(para(f"{s17} {s18}[^3]"))
A(para(c("Beslut om föreningsbidrag ska kommunen fatta senast den 15 december "
         "året före bidragsåret.", LA, "public")))
A(para(c("Organisationerna åtar sig att i god tid informera kommunen om "
         "förändringar som påverkar en pågående samverkan, till exempel "
         "minskad verksamhet eller svårigheter att bemanna den.", LA,
         "civil_society")))

# 4.5 Öppenhet och insyn
A(h(2, "Öppenhet och insyn", "_Toc161318209"))
A(para("Öppenhet skapar förtroende mellan parterna. Samtidigt har "
       "organisationerna rätt att själva bestämma över sin interna information, "
       "så länge den inte rör användningen av offentliga medel. Kommunens "
       "[regler för föreningsbidrag](https://www.hjortsala.se/foreningsbidrag) "
       "beskriver vilka uppgifter som krävs vid ansökan."))
A("**Kommunen åtar sig att:**\n")
A(bullets([
    c("publicera information om bidrag, lokaler och samverkansmöjligheter "
      "samlat på kommunens webbplats", OP, "public"),
    c("redovisa öppet vilka organisationer som fått bidrag och med vilka "
      "belopp", OP, "public"),
    c("skriftligt motivera beslut om avslag på ansökningar om bidrag", OP,
      "public"),
]))
A("**De idéburna organisationerna åtar sig att:**\n")
A(bullets([
    c("ge kommunen insyn i den verksamhet som finansieras med kommunala medel",
      OP, "civil_society"),
    c("på begäran lämna stadgar, uppgift om styrelsens sammansättning och "
      "senaste årsredovisning till kommunen", OP, "civil_society"),
]))

# 4.6 Mångfald
A(h(2, "Mångfald", "_Toc161318210"))
A(para("Ett rikt och varierat föreningsliv ger fler invånare möjlighet att "
       "engagera sig. Mångfald gäller både organisationerna, stora som små och "
       "nya som etablerade, och de människor som deltar i verksamheterna. "
       "Åtagandena inom principen sammanfattas i tabellen nedan."))
m1 = c("verka för att nya och mindre organisationer får samma möjligheter till "
       "stöd och lokaler som etablerade", MA, "public")
m2 = c("göra information om stöd tillgänglig på lätt svenska och vid behov på "
       "andra språk", MA, "public")
m3 = c("anpassa kommunens lokaler för föreningslivet så att de blir "
       "tillgängliga för personer med funktionsnedsättning", MA, "public")
m4 = c("arbeta för att verksamheten är öppen och välkomnande för alla oavsett "
       "bakgrund, kön, ålder eller funktionsnedsättning", MA, "civil_society")
m5 = c("verka för att styrelser och ledare speglar mångfalden bland "
       "medlemmarna", MA, "civil_society")
m6 = c("synliggöra den idéburna sektorns bredd, bland annat genom en årlig "
       "föreningsmässa", MA, "joint")
A("| Kommunen ska | De idéburna organisationerna ska | Gemensamt ska parterna |\n"
  "|---|---|---|\n"
  f"| {m1} | {m4} | {m6} |\n"
  f"| {m2} | {m5} | |\n"
  f"| {m3} | | |\n"
  "\n: Åtaganden inom principen om mångfald\n")

# ---------------------------------------------------------------- 5 Uppföljning
A(h(1, "Genomförande och uppföljning", "_Toc161318211"))
A(para("Överenskommelsen får betydelse först när den används i vardagen, i "
       "förvaltningarnas arbete och i föreningarnas kontakter med kommunen."))
A(para(c("Kommunstyrelsen ansvarar för att överenskommelsen är känd i alla "
         "förvaltningar och att den följs upp årligen.", None, "public") + " " +
       c("Kommunledningskontoret ska sammanställa en årlig uppföljning som "
         "redovisas i Samverkansrådet och för kommunstyrelsen.", None, "public")))
A(para(c("Idérådet ansvarar för att sprida kännedom om överenskommelsen bland "
         "föreningar, studieförbund och trossamfund i kommunen.", None,
         "civil_society")))
A(para(c("Parterna förbinder sig att gemensamt utvärdera överenskommelsen under "
         "2027 så att en reviderad version kan antas senast 2028.", None, "joint")))
A("""> **Vad är Samverkansrådet?**
>
> I Samverkansrådet ingår tre förtroendevalda från kommunstyrelsen,
> kommunens föreningsstrateg och sex representanter som utses av
> Idérådet. Rådet har ingen beslutanderätt men kan lämna förslag till
> kommunstyrelsen.
""")

# ---------------------------------------------------------------- 6 Underskrifter
A(h(1, "Underskrifter", "_Toc161318212"))
A("""Hjortsala den 10 april 2024

  ------------------------------------ ------------------------------------
  För Hjortsala kommun                 För Idérådet i Hjortsala

  \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_   \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_

  Anna-Karin Widell                    Mehmet Aksoy

  Kommunstyrelsens ordförande          Ordförande, Idérådet i Hjortsala
  ------------------------------------ ------------------------------------
""")

A("""**Kontakt**\\
Föreningsservice, Kommunledningskontoret\\
E-post: <foreningsservice@hjortsala.se>\\
Telefon: 0587-41 20 00 (växel)
""")

A("""**Versionshistorik**

| Version | Datum | Beslut | Kommentar |
|---|---|---|---|
| 1.0 | 2016-05-30 | KF § 61 | Första lokala överenskommelsen |
| 1.1 | 2019-11-18 | KS § 203 | Redaktionella ändringar, nya kontaktuppgifter |
| 2.0 | 2024-03-25 | KF § 42 | Reviderad överenskommelse 2024--2028 |
""")

A("""[^1]: Överenskommelsen mellan regeringen, idéburna organisationer inom
    det sociala området och Sveriges Kommuner och Landsting (2008). Sedan
    2018 heter Sveriges Kommuner och Landsting Sveriges Kommuner och
    Regioner (SKR).

[^2]: Samverkansrådet ersätter det tidigare Föreningsforum, som
    avvecklades vid årsskiftet 2023/2024.

[^3]: Med idéburet offentligt partnerskap (IOP) avses en samverkansform där
    kommunen och en idéburen organisation tillsammans finansierar och
    utvecklar en verksamhet av allmänintresse. IOP kan inte användas när
    verksamheten ska upphandlas.
""")

A("""------------------------------------------------------------------------

*Sidansvarig: Lina Berglöf, kommunledningskontoret. Senast uppdaterad
2024-04-08.* [Redigera sidan](https://insidan.hjortsala.se/wiki/edit/styrning/foreningsliv/overenskommelse)
""")

doc = "\n".join(out)
with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
    f.write(doc)

# ---------------------------------------------------------------- expected
T = {x["text"]: x["text"] for x in COMMITMENTS}

questions = [
    {"id": "q1", "question": "Hur ofta ska Samverkansrådet träffas?", "language": "sv",
     "answerable": True, "gold": [s6], "must_mention": ["minst två gånger per år"]},
    {"id": "q2", "question": "Nar maste kommunen fatta beslut om foreningsbidrag for nasta ar?",
     "language": "sv", "answerable": True,
     "gold": ["Beslut om föreningsbidrag ska kommunen fatta senast den 15 december året före bidragsåret."],
     "must_mention": ["15 december"]},
    {"id": "q3", "question": "What does the municipality commit to regarding IOP partnerships?",
     "language": "en", "answerable": True,
     "gold": [s18, "Med idéburet offentligt partnerskap (IOP) avses en samverkansform där kommunen och en idéburen organisation tillsammans finansierar och utvecklar en verksamhet av allmänintresse."],
     "must_mention": ["pröva idéburet offentligt partnerskap (IOP)"]},
    {"id": "q4", "question": "Vad behöver vår förening redovisa till kommunen om vi får bidrag?",
     "language": "sv", "answerable": True,
     "gold": ["redovisa hur kommunala medel har använts och vilka resultat verksamheten har lett till",
              "ge kommunen insyn i den verksamhet som finansieras med kommunala medel"],
     "must_mention": ["hur kommunala medel har använts", "insyn"]},
    {"id": "q5", "question": "Får kommunen låta bli att ge oss bidrag för att vår förening kritiserat kommunen offentligt?",
     "language": "sv", "answerable": True,
     "gold": ["inte låta organisationernas opinionsbildning eller kritik mot kommunen påverka beslut om bidrag eller andra former av stöd"],
     "must_mention": ["kritik mot kommunen"]},
    {"id": "q6", "question": "Vem beslutade om överenskommelsen och när?", "language": "sv",
     "answerable": True, "gold": ["Kommunfullmäktige 2024-03-25, § 42"],
     "must_mention": ["Kommunfullmäktige", "2024-03-25"]},
    {"id": "q7", "question": "vad ska kommunen gora for att sma och nya foreningar ska fa stod och lokaler?",
     "language": "sv", "answerable": True, "gold": [m1],
     "must_mention": ["nya och mindre organisationer"]},
    {"id": "q8", "question": "How long do associations get to respond when the municipality asks for their views?",
     "language": "en", "answerable": True, "gold": [s7],
     "must_mention": ["minst sex veckor"]},
    {"id": "q9", "question": "Hur mycket pengar finns det totalt för föreningsbidrag 2024?",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
    {"id": "q10", "question": "Får föreningarnas representanter i Samverkansrådet arvode för mötena?",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
]

expected = {
    "file": FILE,
    "layout": FOLDER,
    "description": (
        "Markdown file produced by converting a Word document with pandoc and pasting it into a "
        "kommun intranet wiki ('Insidan'). YAML front matter (title, subtitle with pandoc '--' en dash, "
        "author, a 'date: 2 april 2024' that is the document date, not the decision), a wiki "
        "blockquote warning about the conversion, a cover image link with {width=... height=...}, "
        "a bold title paragraph, a pandoc simple table (dash lines, no header) with bold field names "
        "holding 'Beslutad av: Kommunfullmäktige 2024-03-25, § 42' and the dnr; a Word TOC converted "
        "to nested links '[4.2 Dialog [5](#_Toc…)](#_Toc…)' carrying the heading numbers, while the "
        "ATX headings themselves lost Word's numbering and start with '[]{#_Toc… .anchor}' bookmark "
        "spans. Six principles as '##' headings; commitments are written in varied ways: '-   ' "
        "bullet lists after bold lead-ins '**Kommunen åtar sig att:**' / '**De idéburna "
        "organisationerna åtar sig att:**', '1.  ' numbered lists after '**Kommunen ska:**' / "
        "'**Organisationerna ska:**', prose sentences naming the party ('Kommunen ska …', 'Idérådet "
        "åtar sig att …', 'förbinder sig', 'Tillsammans ska parterna …', 'Beslut om föreningsbidrag "
        "ska kommunen fatta …' with inverted word order), and for Mångfald a pipe table 'Kommunen "
        "ska | De idéburna organisationerna ska | Gemensamt ska parterna' with empty cells and a "
        "pandoc table caption. A chapter 'Genomförande och uppföljning' holds commitments without "
        "principle. Hard wraps at 72 columns with 4-space continuation indents; footnotes [^1]–[^3] "
        "(two placed right after commitment sentences), inline links and a leftover "
        "'[…]{.underline}' span; a fact box as blockquote; a signature simple table with escaped "
        "underscores and a signing date (10 april 2024) that differs from the decision; a contact "
        "block with backslash line breaks; a 'Versionshistorik' pipe table; wiki footer with "
        "'Senast uppdaterad 2024-04-08' and an edit link."
    ),
    "metadata": {
        "doc_id": DOC_ID,
        "title": "Överenskommelse om samverkan mellan Hjortsala kommun och den idéburna sektorn i Hjortsala",
        "place": "Hjortsala",
        "organisation": "Hjortsala kommun",
        "kind": "överenskommelse",
        "date": "2024-03-25",
        "body": "kommunfullmäktige",
    },
    "commitments": COMMITMENTS,
    "questions": questions,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(FILE, len(COMMITMENTS), "commitments")
