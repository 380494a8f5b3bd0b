#!/usr/bin/env python3
"""Generate mossheda_overenskommelse.md and expected.json (deterministic, stdlib only).

Fictional small municipality "Mossheda kommun": agreement with föreningslivet written
in first person plural ("Vi i kommunen lovar att", "Vi i föreningslivet tar ansvar för att",
"Tillsammans ..."), ## per principle (own wording of the principles) plus the local
principle "Barn och unga först", numbered and asterisk lists, some commitments as
sentences in paragraphs, definitions and a follow-up section (principle null).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "mossheda_overenskommelse.md"
TITLE = "Överenskommelse mellan Mossheda kommun och föreningslivet i Mossheda"

ADOPTED = "Antagen av kommunstyrelsen den 21 mars 2023, § 45."
VALIDITY = "Överenskommelsen gäller från den 1 april 2023 till och med den 31 december 2026."
DEF_FORENINGSLIV = ("Med föreningslivet menar vi ideella föreningar, idrottsföreningar, bygdegårdsföreningar, "
                    "studieförbund, trossamfund och andra idéburna organisationer som är verksamma i Mossheda kommun.")
DEF_IDEBUREN = ("Med idéburen organisation menar vi en organisation som har bildats utifrån en idé, som inte drivs "
                "med vinstsyfte och som är fristående från det offentliga.")
DEF_KOMMUN = ("Med kommunen menar vi Mossheda kommuns nämnder, förvaltningar och helägda bolag.")
DEF_DIALOG = ("En dialogträff är ett öppet möte mellan kommunen och föreningslivet där vi tillsammans diskuterar "
              "frågor som rör överenskommelsen.")

# A block is one of:
#   ("p", text)                          plain paragraph, no commitment
#   ("lead", text)                        lead-in line, no commitment
#   ("ol"|"ul", party, [items])          list; every item a commitment
#   ("sent", party, text)                 commitment written as a sentence in a paragraph
#   ("sents", [(party, text), ...])       several commitment sentences in one paragraph
KOMMUNEN = "**Vi i kommunen lovar att:**"
FORENINGSLIVET = "**Vi i föreningslivet tar ansvar för att:**"
TILLSAMMANS = "**Tillsammans:**"

PRINCIPLES = [
    ("sjalvstandighet_och_oberoende", "Oberoende", [
        ("p", "Föreningarna är fria och självständiga. De bestämmer själva över sina mål, sina stadgar och hur de "
              "arbetar – även när de får stöd från kommunen."),
        ("lead", KOMMUNEN),
        ("ol", "public", [
            "respektera att föreningarna själva bestämmer över sin verksamhet, även när de får bidrag från kommunen.",
            "aldrig låta en förenings kritik mot kommunen påverka beslut om bidrag eller lokaler.",
            "hålla isär kommunens egna uppdrag och föreningarnas ideella verksamhet.",
        ]),
        ("lead", FORENINGSLIVET),
        ("ul", "civil_society", [
            "fatta våra egna beslut i demokratisk ordning enligt våra stadgar.",
            "tala om när vi uttalar oss som förening och när vi utför ett uppdrag åt kommunen.",
        ]),
        ("sent", "joint", "Tillsammans ser vi till att frågan om föreningarnas oberoende tas upp på varje dialogträff."),
    ]),
    ("dialog", "Öppen dialog", [
        ("p", "Vi vill prata med varandra tidigt och ofta – inte bara när något redan är bestämt."),
        ("sents", [
            ("public", "Vi i kommunen lovar att bjuda in föreningslivet innan vi fattar beslut som påverkar "
                       "föreningarna."),
            ("public", "Vi i kommunen lovar också att svara på frågor från föreningar inom tio arbetsdagar."),
        ]),
        ("lead", "Dessutom lovar vi i kommunen att:"),
        ("ul", "public", [
            "ha en namngiven kontaktperson för föreningsfrågor på kultur- och fritidsenheten.",
            "berätta hur föreningarnas synpunkter har påverkat det som beslutades.",
        ]),
        ("lead", FORENINGSLIVET),
        ("ol", "civil_society", [
            "komma till dialogträffarna och dela med oss av våra erfarenheter.",
            "förankra det vi säger i dialogen hos våra medlemmar.",
        ]),
        ("lead", TILLSAMMANS),
        ("ul", "joint", [
            "håller vi minst två dialogträffar per år, en på våren och en på hösten.",
            "turas vi om att vara värd för dialogträffarna, så att de hålls i olika delar av kommunen.",
        ]),
    ]),
    ("kvalitet", "Kvalitet och utveckling", [
        ("p", "Föreningarnas verksamhet är värdefull i sig. Kvalitet handlar för oss om att verksamheten är trygg, "
              "välkomnande och gör skillnad för dem som deltar."),
        ("lead", KOMMUNEN),
        ("ol", "public", [
            "erbjuda kostnadsfria utbildningar för styrelseledamöter, kassörer och ledare minst två gånger per år.",
            "göra bidragsansökningar och redovisningar så enkla som möjligt.",
            "ta vara på föreningarnas kunskap när kommunen utvecklar sin egen verksamhet.",
        ]),
        ("lead", FORENINGSLIVET),
        ("ul", "civil_society", [
            "följa de regler och villkor som gäller för kommunala bidrag.",
            "ge våra ledare den introduktion och det stöd de behöver.",
        ]),
        ("sent", "joint", "Tillsammans utvärderar vi de projekt vi gör ihop och delar med oss av det vi har lärt oss."),
        ("p", "Föreningar kan ansöka om utvecklingsbidrag för nya verksamheter fyra gånger per år."),
    ]),
    ("langsiktighet", "Långsiktiga förutsättningar", [
        ("p", "Många föreningar drivs av några få eldsjälar. För att orka behöver de kunna planera mer än ett år "
              "framåt."),
        ("lead", KOMMUNEN),
        ("ol", "public", [
            "ge besked om verksamhetsbidrag senast den 1 december inför kommande år.",
            "erbjuda treåriga avtal till föreningar som sköter anläggningar eller samlingslokaler åt kommunen.",
            "meddela minst ett år i förväg om kommunen vill ändra eller avsluta ett avtal med en förening.",
        ]),
        ("lead", FORENINGSLIVET),
        ("ul", "civil_society", [
            "arbeta för att fler medlemmar engagerar sig, så att föreningen inte hänger på några få personer.",
            "säga till i god tid om vi inte längre kan fullfölja ett åtagande gentemot kommunen.",
        ]),
        ("lead", TILLSAMMANS),
        ("ul", "joint", [
            "undersöker vi om idéburet offentligt partnerskap (IOP) är en bra form när en verksamhet behöver "
            "långsiktighet.",
        ]),
    ]),
    ("oppenhet_och_insyn", "Insyn", [
        ("p", "Insyn betyder att både kommunen och föreningarna är öppna med hur pengar används och hur beslut "
              "fattas."),
        ("lead", KOMMUNEN),
        ("ol", "public", [
            "publicera alla beviljade föreningsbidrag på kommunens webbplats varje år.",
            "förklara varför när en ansökan får avslag.",
        ]),
        ("lead", FORENINGSLIVET),
        ("ul", "civil_society", [
            "redovisa hur vi har använt bidrag från kommunen senast den 31 mars året efter.",
            "skicka in verksamhetsberättelse, ekonomisk redovisning och revisionsberättelse till kommunen varje år.",
            "låta kommunen ta del av underlag när vi utför uppdrag som kommunen betalar för.",
        ]),
        ("sent", "joint", "Tillsammans är vi öppna med våra intressen och roller när vi samarbetar."),
    ]),
    ("mangfald", "Mångfald och inkludering", [
        ("p", "I Mossheda ska alla kunna vara med, oavsett var man bor, var man kommer ifrån eller vilken "
              "funktionsförmåga man har."),
        ("lead", KOMMUNEN),
        ("ol", "public", [
            "ge stöd även till små föreningar och nya föreningar som ännu inte har många medlemmar.",
            "göra information om bidrag och lokaler tillgänglig på lättläst svenska.",
            "erbjuda tillgängliga lokaler för föreningsmöten i kommunens skolor och bibliotek.",
        ]),
        ("lead", FORENINGSLIVET),
        ("ul", "civil_society", [
            "välkomna alla som vill vara med, oavsett kön, ålder, bakgrund, tro, sexuell läggning eller "
            "funktionsförmåga.",
        ]),
        ("sent", "civil_society", "Vi i föreningslivet tar också ansvar för att nå ut till nyinflyttade och till "
                                  "dem som bor på landsbygden i kommunen."),
        ("lead", TILLSAMMANS),
        ("ol", "joint", [
            "arbetar vi mot diskriminering och kränkande behandling i våra verksamheter.",
            "ordnar vi en föreningsmässa varje höst där nya invånare kan hitta en förening.",
        ]),
    ]),
    ("barn_och_unga_forst", "Barn och unga först", [
        ("p", "Det här är vår egen princip. Barn och unga är föreningslivets framtid, och barnkonventionen är "
              "svensk lag sedan 2020."),
        ("lead", KOMMUNEN),
        ("ol", "public", [
            "prioritera föreningar med barn- och ungdomsverksamhet när lokaltider fördelas.",
            "låta barn och unga komma till tals i frågor om fritid, till exempel genom ungdomsrådet.",
        ]),
        ("lead", FORENINGSLIVET),
        ("ul", "civil_society", [
            "begära utdrag ur belastningsregistret för alla ledare som arbetar med barn och unga.",
            "ge barn och unga möjlighet att påverka föreningens verksamhet.",
        ]),
        ("sent", "joint", "Tillsammans tar vi fram en plan för hur fler barn i familjer med små ekonomiska "
                          "marginaler ska kunna delta i föreningslivet."),
    ]),
]

FOLLOWUP = [
    ("p", VALIDITY),
    ("lead", TILLSAMMANS),
    ("ul", "joint", [
        "följer vi upp överenskommelsen varje år på höstens dialogträff.",
        "tar vi fram en kort rapport om hur åtagandena har uppfyllts, som redovisas för kommunstyrelsen.",
        "påbörjar vi arbetet med en ny överenskommelse senast våren 2026.",
    ]),
    ("sent", "public", "Kultur- och fritidsenheten ansvarar för att kalla till dialogträffarna."),
]


def render_blocks(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "lead"):
            out += [b[1], ""]
        elif kind == "sent":
            out += [b[2], ""]
        elif kind == "sents":
            out += [" ".join(t for _, t in b[1]), ""]
        elif kind == "ol":
            out += [f"{i}. {it}" for i, it in enumerate(b[2], 1)] + [""]
        elif kind == "ul":
            out += [f"* {it}" for it in b[2]] + [""]
    return out


def block_commitments(blocks, pid):
    res = []
    for b in blocks:
        if b[0] in ("ol", "ul"):
            res += [{"text": it, "principle": pid, "party": b[1]} for it in b[2]]
        elif b[0] == "sent":
            res.append({"text": b[2], "principle": pid, "party": b[1]})
        elif b[0] == "sents":
            res += [{"text": t, "principle": pid, "party": pa} for pa, t in b[1]]
    return res


def build_md():
    L = [f"# {TITLE}", "",
         f"*{ADOPTED} Dnr KS 2022/318.*", "",
         "## Inledning", "",
         "Mossheda är en liten kommun med ett stort föreningsliv. Nästan hälften av invånarna är medlemmar i minst "
         "en förening, och många bygdegårdar, idrottsplatser och samlingslokaler drivs helt av ideella krafter.", "",
         "Den här överenskommelsen har vi skrivit tillsammans – kommunen och föreningarna – under hösten 2022. Den "
         "bygger på de nationella principerna för samverkan mellan det offentliga och den idéburna sektorn, men vi "
         "har skrivit dem med våra egna ord och lagt till en princip som är särskilt viktig för oss: Barn och unga "
         "först.", "",
         "## Ord vi använder", "",
         DEF_FORENINGSLIV, "",
         DEF_IDEBUREN, "",
         DEF_KOMMUN, "",
         DEF_DIALOG, "",
         "## Våra principer", "",
         "Överenskommelsen bygger på sju principer: " +
         ", ".join(name for _, name, _ in PRINCIPLES[:-1]) + " samt " + PRINCIPLES[-1][1] + ". "
         "Under varje princip beskriver vi vad kommunen lovar, vad föreningslivet tar ansvar för och vad vi gör "
         "tillsammans.", ""]
    for pid, name, blocks in PRINCIPLES:
        L += [f"## {name}", ""] + render_blocks(blocks)
    L += ["## Så följer vi upp överenskommelsen", ""] + render_blocks(FOLLOWUP)
    L += ["## Om vi inte är överens", "",
          "Om en förening anser att kommunen inte följer överenskommelsen kan föreningen ta upp det med "
          "kontaktpersonen eller på en dialogträff. Kommunen kan på samma sätt ta upp frågor med en förening "
          "eller med föreningslivet som helhet.", "",
          "## Underskrifter", "",
          "För Mossheda kommun:", "",
          "Anna-Karin Lund, kommunstyrelsens ordförande", "",
          "För föreningslivet:", "",
          "Per Olsson, ordförande i Mossheda idrottsallians  ",
          "Maria Nyberg, ordförande i Bygdegårdarnas samråd i Mossheda  ",
          "Samir Haddad, ordförande i Mossheda kulturföreningars råd", ""]
    return "\n".join(L)


def commitments():
    res = []
    for pid, _, blocks in PRINCIPLES:
        res += block_commitments(blocks, pid)
    res += block_commitments(FOLLOWUP, None)
    return res


def get(pid, party):
    return [c["text"] for c in commitments() if c["principle"] == pid and c["party"] == party]


def questions():
    q = []

    def add(question, lang, gold, must):
        q.append({"id": f"q{len(q) + 1:02d}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": must})

    add("Vad lovar kommunen under principen Barn och unga först?", "sv",
        get("barn_och_unga_forst", "public"), ["lokaltider", "ungdomsrådet"])
    add("vad maste foreningarna gora nar det galler insyn?", "sv",
        get("oppenhet_och_insyn", "civil_society"), ["31 mars", "verksamhetsberättelse"])
    add("When was the agreement adopted, and by which body?", "en",
        [ADOPTED], ["21 mars 2023", "kommunstyrelsen"])
    add("Vad menas med idéburen organisation i överenskommelsen?", "sv",
        [DEF_IDEBUREN], ["vinstsyfte", "fristående från det offentliga"])
    add("Hur ofta följs överenskommelsen upp?", "sv",
        ["följer vi upp överenskommelsen varje år på höstens dialogträff."], ["varje år"])
    add("Kan kommunen dra in vårt bidrag om föreningen kritiserar kommunen?", "sv",
        ["aldrig låta en förenings kritik mot kommunen påverka beslut om bidrag eller lokaler."], ["kritik"])
    add("How quickly does the municipality have to answer questions from associations?", "en",
        ["Vi i kommunen lovar också att svara på frågor från föreningar inom tio arbetsdagar."],
        ["tio arbetsdagar"])
    add("Vilka gemensamma åtaganden finns under Mångfald och inkludering?", "sv",
        get("mangfald", "joint"), ["diskriminering", "föreningsmässa"])
    add("hur mycket ar foreningsbidraget per medlem?", "sv", [], [])
    add("Does the municipality pay for the associations' insurance?", "en", [], [])
    return q


def main():
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write(build_md())
    exp = {
        "file": FILE,
        "layout": os.path.basename(HERE),
        "description": "Markdown agreement of a small fictional kommun in first person plural ('Vi i kommunen "
                       "lovar att', 'Vi i föreningslivet tar ansvar för att', 'Tillsammans'), ## per principle "
                       "with own principle names plus 'Barn och unga först', numbered and asterisk lists, "
                       "commitment sentences in paragraphs, definitions, follow-up section with principle null, "
                       "signatures.",
        "metadata": {
            "doc_id": "mossheda",
            "title": TITLE,
            "place": "Mossheda",
            "organisation": "Mossheda kommun",
            "kind": "överenskommelse",
            "date": "2023-03-21",
            "body": "kommunstyrelsen",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
