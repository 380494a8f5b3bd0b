#!/usr/bin/env python3
"""Generate brannmora_lokal_overenskommelse_2025-2028.txt (a text copy out of a PDF) and expected.json."""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "brannmora_lokal_overenskommelse_2025-2028.txt"
LAYOUT = os.path.basename(HERE)

COMMITS = []   # (text, principle, party)
GOLD = {}      # key -> verbatim quote
PROTECT = []   # strings that must not be hyphenated


def C(text, principle, party):
    COMMITS.append({"text": text, "principle": principle, "party": party})
    PROTECT.append(text)
    return text


def G(key, text):
    GOLD.setdefault(key, []).append(text)
    PROTECT.append(text)
    return text


# ---------------------------------------------------------------- content
PAGE = ("page",)
B = []  # blocks


def P(text, hyph=True):
    B.append(("p", text, hyph))


def H(num, title, sep=" "):
    B.append(("h", num, title, sep))


def LI(marker, text):
    B.append(("li", marker, text))


def RAW(text, keep=False):
    B.append(("raw", text, keep))


def BL():
    B.append(("blank",))


# --- page 1: cover
RAW("BRÄNNMORA KOMMUN\n\n\n\n\nLokal överenskommelse\nmellan Brännmora kommun och den\nidéburna sektorn i Brännmora\n"
    "2025–2028\n\n\n\n\nAntagen av kommunfullmäktige 2024-11-25, § 142\nDnr KS 2024/318")
B.append(PAGE)

# --- page 2: document information table + TOC
RAW("Dokumentinformation\nDokumenttyp\nÖverenskommelse\nBeslutad av\nKommunfullmäktige 2024-11-25, § 142\n"
    "Gäller för\nKommunens samtliga nämnder och de idéburna organisationer som har\nanslutit sig\n"
    "Giltighetstid\n2025-01-01 – 2028-12-31\nDokumentansvarig\nKommunledningskontoret, enheten för samhällsutveckling\n"
    "Diarienummer\nKS 2024/318\nSenast reviderad\n–")
BL()
B.append(("toc",))
B.append(PAGE)

# --- page 3
H("1", "Inledning")
P("År 2008 slöt regeringen, Sveriges Kommuner och Landsting (nuvarande Sveriges Kommuner och Regioner) "
  "och ett stort antal idéburna organisationer inom det sociala området en nationell överenskommelse. "
  "Överenskommelsen bygger på sex principer: självständighet och oberoende, dialog, kvalitet, "
  "långsiktighet, öppenhet och insyn samt mångfald. Sedan dess har många kommuner och regioner tagit "
  "fram egna lokala överenskommelser med utgångspunkt i de nationella principerna.")
P("I Brännmora har föreningslivet en lång tradition. Här ﬁnns i dag drygt 180 registrerade föreningar, "
  "från idrottsföreningar och hembygdsföreningar till trossamfund, studieförbund och sociala "
  "organisationer. Många invånare engagerar sig ideellt, och den idéburna sektorn bidrar på ett "
  "avgörande sätt till gemenskap, folkhälsa och demokrati i hela kommunen, inte minst i de mindre "
  "orterna Västby, Holmsjö och Kvarnbäcken.")
P("Arbetet med den här överenskommelsen inleddes hösten 2023 på initiativ av Brännmora föreningsråd. "
  "Under våren 2024 hölls fem öppna dialogmöten där drygt 60 organisationer deltog. Ett förslag skickades "
  "på remiss 2024-06-14, och de synpunkter som kom in har arbetats in i den slutliga versionen. "
  "Överenskommelsen ersätter kommunens föreningspolicy (antagen av kommunfullmäktige 2016-04-18, § 51).")
H("2", "Syfte och mål")
P("Syftet med överenskommelsen är att skapa goda förutsättningar för samverkan mellan kommunen och den "
  "idéburna sektorn och att tydliggöra vad parterna kan förvänta sig av varandra. Överenskommelsen är "
  "inte ett juridiskt bindande avtal utan en gemensam viljeförklaring som bygger på ömsesidigt "
  "förtroende och respekt för varandras olika roller.")
P("Målet är att överenskommelsen på sikt ska leda till:", hyph=False)
LI("•", "fler människor som engagerar sig ideellt, oavsett ålder och bakgrund")
LI("•", "ett starkt och självständigt föreningsliv i hela kommunen")
LI("•", "bättre dialog och ökad delaktighet i frågor som rör invånarna")
LI("•", "att nya idéer och lösningar på samhällsutmaningar tas tillvara.")


# --- page 4
H("3", "Parterna")
P("Överenskommelsen tecknas mellan Brännmora kommun, genom kommunstyrelsen, och de idéburna "
  "organisationer som verkar i kommunen och som har valt att ansluta sig. Med idéburen organisation "
  "avses en organisation som har en demokratisk förankring, som drivs utan vinstintresse och som är "
  "fristående från den offentliga sektorn (se Bilaga 1).")
P(G("join", "En organisation ansluter sig genom att fylla i en anslutningsblankett på kommunens webbplats, "
    "www.brannmora.se/overenskommelsen.") + " " +
  G("join", "Beslut om anslutning fattas av organisationens styrelse.") +
  " I oktober 2024 hade 47 organisationer anmält att de vill ansluta sig.")
H("4", "Utgångspunkter")
P("Överenskommelsen utgår från de sex nationella principerna. Kommunen och den idéburna sektorn har "
  "dessutom valt att lägga till en sjunde princip, barnrättsperspektiv, eftersom en stor del av "
  "föreningslivets verksamhet riktar sig till barn och unga.")
P("Överenskommelsen ska också ses i ljuset av kommunens vision Brännmora 2035 – Bygden där alla får "
  "plats, kommunens program för social hållbarhet och de globala målen i Agenda 2030. Lagen om offentlig "
  "upphandling, kommunallagen och reglerna om statsstöd gäller fullt ut även inom ramen för "
  "överenskommelsen.")
H("5", "Principer och åtaganden")
P("Under varje princip beskrivs först vad principen innebär och därefter vad kommunen respektive den "
  "idéburna sektorn åtar sig. Vissa åtaganden är gemensamma för båda parterna.")
H("5.1", "Självständighet och oberoende", "\t")
P("Den idéburna sektorn är fri att själv bestämma över sin verksamhet, sina värderingar och sina "
  "arbetsformer. Organisationerna har en viktig roll som röstbärare och opinionsbildare och ska kunna "
  "granska och kritisera kommunen, även när de får ekonomiskt stöd från kommunen. Kommunen har å sin "
  "sida ett ansvar för att offentliga medel används på ett korrekt sätt.")
P("Brännmora kommun åtar sig att:", hyph=False)
LI("•", C("respektera organisationernas rätt att själva bestämma över sin verksamhet, sina mål och sina "
          "arbetsformer", "sjalvstandighet_och_oberoende", "public"))
LI("•", G("indep", C("inte ställa villkor för föreningsbidrag som begränsar organisationernas möjlighet "
                     "att granska och kritisera kommunen", "sjalvstandighet_och_oberoende", "public")))
LI("•", C("informera förvaltningarnas medarbetare om överenskommelsen och om vad principen om "
          "självständighet innebär i praktiken", "sjalvstandighet_och_oberoende", "public"))


# --- page 5
P("Den idéburna sektorn åtar sig att:", hyph=False)
LI("-", C("värna sin självständighet och sin egen identitet i samverkan med kommunen",
          "sjalvstandighet_och_oberoende", "civil_society"))
LI("-", C("vara tydlig med när organisationen uttalar sig för egen räkning och när den företräder flera "
          "organisationer", "sjalvstandighet_och_oberoende", "civil_society"))
H("5.2", "Dialog", "\t")
P("En levande dialog förutsätter att parterna möts i tid, med respekt för varandras roller och med "
  "tillräcklig kunskap om de frågor som diskuteras. Dialog kan ske på olika nivåer, från det enskilda "
  "samtalet mellan en förening och en handläggare till det formella samverkansrådet (se avsnitt 6).")
P(C("Kommunen ska bjuda in den idéburna sektorn till dialog i ett tidigt skede när beslut som berör "
    "sektorn förbereds.", "dialog", "public") + " " +
  C("Kommunen ska också se till att det finns en utsedd kontaktperson för föreningsfrågor på varje "
    "förvaltning.", "dialog", "public") +
  " Kontaktuppgifterna finns samlade på kommunens webbplats.")
P("Den idéburna sektorn har ett eget ansvar för att dialogen blir representativ. " +
  C("Organisationerna ansvarar för att förankra sina synpunkter hos medlemmarna inför dialogmöten och "
    "för att återkoppla resultatet till dem efteråt.", "dialog", "civil_society"))
P(G("forum", C("Parterna kommer gemensamt att genomföra minst två dialogforum per år, varav ett med fokus "
               "på budget och prioriteringar för kommande år.", "dialog", "joint")) +
  " Dialogforum är öppna för alla anslutna organisationer.")
H("5.3", "Kvalitet", "\t")
P("Kvalitet handlar om att verksamheten utgår från de behov som finns hos dem som den är till för. Den "
  "idéburna sektorn har ofta en unik kunskap om människors behov och livsvillkor, och den kunskapen är "
  "värdefull även för kommunen. Parterna har var för sig ansvar för kvaliteten i den egna verksamheten.")
P("För att främja kvalitet ska kommunen:", hyph=False)
LI("•\t", C("erbjuda kostnadsfria utbildningar för föreningarnas förtroendevalda, till exempel i "
            "styrelsearbete, ekonomi och dataskydd", "kvalitet", "public"))
LI("•\t", C("utveckla e-tjänsten för föreningsstöd så att ansökan, beslut och redovisning finns samlade "
            "på ett ställe", "kvalitet", "public"))
LI("•\t", C("ta tillvara den kunskap som organisationerna har om målgruppernas behov när verksamheter "
            "planeras och utvärderas", "kvalitet", "public"))
P("Föreningarna och organisationerna ska för sin del:", hyph=False)
LI("-", C("bedriva verksamheten i enlighet med sina egna kvalitetskrav och de villkor som gäller för "
          "beviljade bidrag", "kvalitet", "civil_society"))
LI("-", G("report", C("redovisa hur beviljade medel har använts senast den 31 mars året efter "
                      "bidragsåret", "kvalitet", "civil_society")))


# --- page 6
H("5.4", "Långsiktighet", "\t")
P("Många idéburna organisationer har svårt att planera sin verksamhet när bidragen beviljas ett år i "
  "taget. Långsiktiga spelregler och förutsägbara villkor gör det lättare att behålla ideella ledare "
  "och att utveckla verksamheten över tid.")
P(G("multi", C("Kommunen kommer att införa ett flerårigt verksamhetsbidrag, om högst tre år i taget, för "
               "organisationer som bedriver kontinuerlig verksamhet för barn och unga.", "langsiktighet",
               "public")) + " " +
  G("multi", "Det första fleråriga bidraget kan sökas inför 2026.") + " " +
  C("Vidare ska kommunen informera om förändringar i bidragsregler och lokalsubventioner i god tid, och "
    "senast sex månader innan de börjar gälla.", "langsiktighet", "public"))
P(C("De idéburna organisationerna verkar för att bredda sin finansiering så att verksamheten inte blir "
    "beroende av ett enskilt bidrag.", "langsiktighet", "civil_society"))
P("Idéburet offentligt partnerskap (IOP) kan vara en lämplig samverkansform när en organisation och "
  "kommunen vill utveckla en verksamhet tillsammans under en längre tid. " +
  C("Parterna ska gemensamt ta fram en vägledning för när och hur IOP kan användas i Brännmora.",
    "langsiktighet", "joint"))
H("5.5", "Öppenhet och insyn", "\t")
P("Öppenhet och insyn är en förutsättning för förtroende mellan parterna. För kommunen följer detta av "
  "offentlighetsprincipen. Organisationer som tar emot offentliga medel behöver på motsvarande sätt vara "
  "öppna med hur medlen används, samtidigt som deras interna angelägenheter är deras egna.")
RAW("Tabell 1. Åtaganden för öppenhet och insyn")
B.append(("table", ["Kommunen åtar sig att", "Den idéburna sektorn åtar sig att"], [
    [C("publicera beslut om föreningsbidrag och beviljade belopp på kommunens webbplats",
       "oppenhet_och_insyn", "public"),
     C("vara öppen med hur verksamheten är organiserad och finansierad", "oppenhet_och_insyn",
       "civil_society")],
    [C("ge en skriftlig motivering när en ansökan om bidrag avslås helt eller delvis",
       "oppenhet_och_insyn", "public"),
     C("lämna verksamhetsberättelse och ekonomisk redovisning till kommunen när bidrag har beviljats",
       "oppenhet_och_insyn", "civil_society")],
    [C("redovisa i beslutsunderlag hur synpunkter från dialogforum har tagits om hand",
       "oppenhet_och_insyn", "public"),
     C("informera sina medlemmar om överenskommelsen och om vad den innebär", "oppenhet_och_insyn",
       "civil_society")],
]))


# --- page 7
H("5.6", "Mångfald", "\t")
P("Brännmora blir alltmer mångkulturellt, samtidigt som andelen invånare över 80 år ökar. Ett "
  "föreningsliv som speglar befolkningens bredd stärker demokratin. Mångfald handlar både om att det "
  "ﬁnns många olika typer av organisationer och om att verksamheterna är öppna för alla som vill "
  "delta.")
P("Brännmora kommun ska:", hyph=False)

# --- page 8 (list continues after the page break)
LI("•", C("verka för att föreningslokaler som kommunen äger eller hyr ut är tillgängliga för personer med "
          "funktionsnedsättning", "mangfald", "public"))
LI("•", C("ge särskilt stöd till nybildade föreningar, bland annat genom en startguide som finns på flera "
          "språk", "mangfald", "public"))
P(C("Organisationerna åtar sig att arbeta för att deras verksamhet är öppen för alla, oavsett kön, ålder, "
    "etnisk bakgrund, funktionsförmåga eller sexuell läggning.", "mangfald", "civil_society") + " " +
  C("De ska också aktivt motverka diskriminering och kränkande behandling i den egna verksamheten.",
    "mangfald", "civil_society"))
H("5.7", "Barnrättsperspektiv", "\t")
P("Sedan den 1 januari 2020 är FN:s konvention om barnets rättigheter svensk lag. Både kommunen och "
  "föreningslivet möter varje vecka tusentals barn och unga i Brännmora, och parterna har ett gemensamt "
  "ansvar för att barnets bästa beaktas i alla beslut och verksamheter som rör barn.")
P("Parterna åtar sig att:", hyph=False)
LI("1.", C("ge barn och unga möjlighet att komma till tals i frågor som rör föreningslivet, bland annat "
           "genom kommunens ungdomsråd", "barnrattsperspektiv", "joint"))
LI("2.", C("samverka kring trygga och säkra miljöer för barn, till exempel genom gemensamma utbildningar "
           "om att upptäcka barn som far illa", "barnrattsperspektiv", "joint"))
P(C("Kommunen ansvarar för att en prövning av barnets bästa görs när förändringar i föreningsstödet "
    "påverkar barn och unga.", "barnrattsperspektiv", "public") + " " +
  G("leaders", C("Föreningar som får bidrag för verksamhet med barn och unga ska begära utdrag ur "
                 "belastningsregistret för ledare som arbetar med barn.", "barnrattsperspektiv",
                 "civil_society")))
H("6", "Samverkansråd")
P(G("council", "För att följa och utveckla samverkan finns ett samverkansråd.") + " " +
  G("council", "Rådet består av fem förtroendevalda från kommunstyrelsen och kultur- och fritidsnämnden "
    "samt sju representanter för den idéburna sektorn, som utses av de anslutna organisationerna vid ett "
    "årligt stormöte.") + " " +
  "Rådet sammanträder fyra gånger per år och leds växelvis av en ordförande från kommunen och en från "
  "sektorn. Där diskuteras hur överenskommelsen tillämpas, och rådet planerar dialogforum och lyfter "
  "gemensamma frågor till berörda nämnder.")
P(C("Kommunledningskontoret ansvarar för samverkansrådets sekretariat, kallelser och minnesanteckningar.",
    None, "public"))


# --- page 9
H("7", "Uppföljning")
P("Uppföljningen är en viktig del av överenskommelsen och ska visa om samverkan utvecklas i den riktning "
  "som parterna har kommit överens om. " +
  G("followup", C("Kommunledningskontoret ansvarar för att varje år sammanställa en uppföljning av "
                  "överenskommelsen, som redovisas för kommunstyrelsen senast i maj.", None, "public")))
P(C("De anslutna organisationerna åtar sig att besvara den årliga enkät som ligger till grund för "
    "uppföljningen.", None, "civil_society"))
P("I uppföljningen redovisas bland annat:", hyph=False)
LI("•", "antal anslutna organisationer")
LI("•", "antal genomförda dialogforum och antal deltagare")
LI("•", "andel organisationer som upplever att dialogen med kommunen fungerar bra")
LI("•", "antal organisationer som har flerårigt verksamhetsbidrag.")
P(C("Under hösten 2026 kommer parterna att genomföra en fördjupad halvtidsutvärdering av "
    "överenskommelsen.", None, "joint"))
H("8", "Giltighetstid")
P(G("valid", "Överenskommelsen gäller från och med den 1 januari 2025 till och med den 31 december 2028.") +
  " En ansluten organisation kan när som helst lämna överenskommelsen genom ett skriftligt meddelande "
  "till kommunledningskontoret. " +
  C("Parterna ska påbörja arbetet med en ny eller reviderad överenskommelse senast i januari 2028.",
    None, "joint"))
P("Om någon av parterna vill ändra i överenskommelsen under giltighetstiden tas frågan upp i "
  "samverkansrådet.")
H("9", "Underskrifter")
RAW("Brännmora den 10 december 2024\n\n"
    "För Brännmora kommun För den idéburna sektorn i Brännmora\n\n\n"
    "…………………………………………… ……………………………………………\n"
    "Anna-Karin Sjödin Mehmet Yilmaz\n"
    "Kommunstyrelsens ordförande Ordförande, Brännmora föreningsråd\n\n\n"
    "…………………………………………… ……………………………………………\n"
    "Lars Hedqvist Eva Lundberg\n"
    "Kommundirektör Samordnare, Studieförbunden i Brännmora", keep=True)
B.append(PAGE)

# --- page 10
H("Bilaga 1", "Begrepp")
P("Idéburen organisation – en organisation som har en demokratisk förankring, drivs utan vinstintresse "
  "och är fristående från offentlig sektor. Begreppet omfattar bland annat ideella föreningar, "
  "trossamfund, stiftelser och kooperativ med ett allmännyttigt syfte.")
P("Föreningsstöd – samlingsnamn för de bidrag, lokalsubventioner och andra former av stöd som kommunen "
  "lämnar till föreningar.")
P("IOP – idéburet offentligt partnerskap, en samverkansform där kommunen och en idéburen organisation "
  "gemensamt finansierar och utvecklar en verksamhet som inte är upphandlingspliktig.")
P("Dialogforum – ett öppet möte mellan kommunen och den idéburna sektorn där gemensamma frågor tas upp.")
BL()
RAW("Har du frågor om överenskommelsen?\nKontakta Sofia Ekman, utvecklingsledare civilsamhälle,\n"
    "kommunledningskontoret\nE-post: sofia.ekman@brannmora.se\nTelefon: 0591-400 12")

# ---------------------------------------------------------------- layout
VOWELS = set("aeiouyåäöéAEIOUYÅÄÖÉ")
rng = random.Random(20240125)


def protected_spans(text):
    spans = []
    for s in PROTECT:
        i = text.find(s)
        while i >= 0:
            spans.append((i, i + len(s)))
            i = text.find(s, i + 1)
    return spans


def try_hyphen(word, room):
    """Split word so that 'first-' fits in room; return (first, rest) or None."""
    core = re.match(r"[A-Za-zÅÄÖåäöé]+", word)
    if not core or len(core.group(0)) < 8:
        return None
    w = core.group(0)
    best = None
    for k in range(3, len(w) - 2):
        if k + 1 > room:
            break
        if w[k] not in VOWELS and k + 1 < len(w) and w[k + 1] in VOWELS and any(c in VOWELS for c in w[:k]):
            best = k
    if best is None:
        return None
    return word[:best], word[best:]


def wrap(text, prefix="", hyph=True):
    """Greedy wrap; returns [(line, breakable_after)]. No hyphenation inside protected strings, and a
    line end inside a protected string is not a place where a page may break."""
    spans = protected_spans(text)
    words = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    lines, cur, ends = [], prefix, []
    width = rng.randint(76, 86)

    def inside(pos):
        return any(a < pos < b for a, b in spans)

    for i, (w, ws, we) in enumerate(words):
        sep = "" if cur == prefix else " "
        if len(cur) + len(sep) + len(w) <= width:
            cur += sep + w
            continue
        prot = (not hyph) or any(a < we and ws < b for a, b in spans)
        sp = None if prot else try_hyphen(w, width - len(cur) - len(sep) - 1)
        if sp:
            lines.append(cur + sep + sp[0] + "-")
            ends.append(ws + len(sp[0]))
            cur = sp[1]
        else:
            lines.append(cur)
            ends.append(ws - 1)
            cur = w
        width = rng.randint(76, 86)
    lines.append(cur)
    ends.append(len(text))
    out = []
    for i, l in enumerate(lines):
        last = i == len(lines) - 1
        tail = " " if (not last and rng.random() < 0.35) else ""
        out.append((l + tail, last or not inside(ends[i])))
    return out


def wrap_cell(text, width=38):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return lines


HEADER = "Lokal överenskommelse mellan Brännmora kommun och den idéburna sektorn 2025–2028"
LPP = int(os.environ.get('LPP', 48))          # body lines per page
SOFT_WINDOW = 9   # a 'soft' break marker within this many lines of the page end is taken


def flow(toc_pages):
    """Blocks -> list of items: (line, breakable_after) | 'PAGE' | 'SOFT', plus heading ids."""
    items = []
    for b in B:
        kind = b[0]
        if kind == "page":
            items.append("PAGE")
        elif kind == "soft":
            items.append("SOFT")
        elif kind == "raw":
            ls = b[1].split("\n")
            items.extend((l, (not b[2]) or k == len(ls) - 1) for k, l in enumerate(ls))
        elif kind == "blank":
            items.append(("", True))
        elif kind == "h":
            num, title, sep = b[1], b[2], b[3]
            if items and items[-1] not in ("PAGE",) and items[-1][0] != "":
                items.append(("", True))
            items.append((f"{num}{sep}{title}", False, ("H", num, title)))
        elif kind == "p":
            items.extend(wrap(b[1], hyph=b[2]))
        elif kind == "li":
            items.extend(wrap(b[2], prefix=b[1] + ("" if b[1].endswith("\t") else " "), hyph=False))
        elif kind == "table":
            items.extend((h, False) for h in b[1])
            for r, row in enumerate(b[2]):
                for c, cell in enumerate(row):
                    cl = wrap_cell(cell)
                    items.extend((l, False) for l in cl[:-1])
                    items.append((cl[-1], c == len(row) - 1 and r < len(b[2]) - 1))
            items.append(("", True))
        elif kind == "toc":
            items.append(("Innehåll", False))
            for (num, title) in [(x[1], x[2]) for x in B if x[0] == "h"]:
                label = f"{num} {title}"
                pg = toc_pages.get((num, title), 0)
                dots = "." * max(3, 74 - len(label) - len(str(pg)))
                items.append((f"{label} {dots} {pg}", True))
    return items


def paginate(items):
    pages, cur, heading_pages = [], [], {}
    last_ok = None  # index in cur after which we may break
    i = 0
    while i < len(items):
        it = items[i]
        if it == "PAGE":
            pages.append(cur); cur = []; last_ok = None; i += 1; continue
        if it == "SOFT":
            if len(cur) >= LPP - SOFT_WINDOW:
                pages.append(cur); cur = []; last_ok = None
            i += 1; continue
        line, ok = it[0], it[1]
        if not cur and line == "":
            i += 1; continue
        if len(cur) >= LPP:
            cut = last_ok + 1 if last_ok is not None and last_ok >= LPP - 18 else len(cur)
            carry = cur[cut:]
            pages.append(cur[:cut])
            cur = [c for c in carry]
            while cur and cur[0][0] == "":
                cur.pop(0)
            last_ok = None
            for k, c in enumerate(cur):
                if c[1]:
                    last_ok = k
            continue
        cur.append(it)
        if ok:
            last_ok = len(cur) - 1
        i += 1
    pages.append(cur)
    for n, pg in enumerate(pages, 1):
        for c in pg:
            if len(c) > 2:
                heading_pages[(c[2][1], c[2][2])] = n
    return pages, heading_pages


def render(toc_pages):
    global rng
    rng = random.Random(20240125)
    pages, heading_pages = paginate(flow(toc_pages))
    n = len(pages)
    text = []
    for i, pg in enumerate(pages, start=1):
        body = [c[0] for c in pg]
        while body and body[-1].strip() == "":
            body.pop()
        if i == 1:
            text.extend(body)
            continue
        text.append(HEADER)
        text.append("")
        text.extend(body)
        text.append("")
        text.append(f"Brännmora kommun | Dnr KS 2024/318 Sida {i} av {n}")
    return "\n".join(text) + "\n", heading_pages, pages


_, hp, _ = render({})
doc, hp2, pages = render(hp)
assert hp == hp2, (hp, hp2)
with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
    f.write(doc)

# ---------------------------------------------------------------- expected.json
Q = [
    ("q1", "Hur ofta ska kommunen och föreningarna ha dialogforum?", "sv", "forum",
     ["minst två dialogforum per år"]),
    ("q2", "nar maste foreningen redovisa hur bidraget anvants?", "sv", "report", ["31 mars"]),
    ("q3", "How long is the local agreement valid?", "en", "valid", ["1 januari 2025", "31 december 2028"]),
    ("q4", "Kan vår förening få bidrag för flera år i taget?", "sv", "multi",
     ["flerårigt verksamhetsbidrag", "högst tre år"]),
    ("q5", "Får kommunen kräva att vi inte kritiserar kommunen när vi får föreningsbidrag? Ja eller nej?", "sv",
     "indep", ["inte ställa villkor"]),
    ("q6", "Vilka sitter med i samverkansrådet?", "sv", "council",
     ["fem förtroendevalda", "sju representanter"]),
    ("q7", "Who is responsible for the yearly follow-up of the agreement?", "en", "followup",
     ["Kommunledningskontoret", "senast i maj"]),
    ("q8", "vad galler for ledare som jobbar med barn i foreningen", "sv", "leaders", ["belastningsregistret"]),
    ("q9", "Hur mycket pengar har kommunen budgeterat för att genomföra överenskommelsen?", "sv", None, []),
    ("q10", "Kan foreningar lana kommunens lokaler gratis pa helger?", "sv", None, []),
]
questions = []
for qid, q, lang, key, mm in Q:
    gold = GOLD.get(key, []) if key else []
    questions.append({"id": qid, "question": q, "language": lang, "answerable": bool(gold),
                      "gold": gold, "must_mention": mm})

expected = {
    "file": FILE,
    "layout": LAYOUT,
    "description": (
        "Plain UTF-8 text (LF) as a user gets it by selecting all and copying out of a kommun's Word-made PDF "
        "(Brännmora kommun, lokal överenskommelse 2025–2028, 8 pages). Cover lines (kommun name in capitals, "
        "title over three lines, 'Antagen av kommunfullmäktige 2024-11-25, § 142', Dnr) run straight into "
        "page 2; a document-information table collapsed to alternating label/value lines; a copied TOC with "
        "dot leaders and page numbers. Every page after the cover starts with the running header line "
        "'Lokal överenskommelse mellan Brännmora kommun och den idéburna sektorn 2025–2028' and ends with a "
        "footer line 'Brännmora kommun | Dnr KS 2024/318 Sida X av 8'; page breaks fall inside descriptive "
        "paragraphs (mid-sentence), between the lead-in 'För att främja kvalitet ska kommunen:' and its "
        "bullets, and between two rows of a table (header row not repeated). Hard line breaks inside "
        "paragraphs at 76–86 columns, many with a trailing space; descriptive paragraphs have hyphenated "
        "word breaks at line ends ('organisa-' / 'tioner', 'röstbä-' / 'rare'), never inside commitments; "
        "two 'ﬁ' ligature characters in descriptive text. Numbered headings '1 Inledning' … '9 Underskrifter' "
        "and 'Bilaga 1 Begrepp'; principle headings '5.1<TAB>Självständighet och oberoende' … "
        "'5.7<TAB>Barnrättsperspektiv' (extra principle barnrättsperspektiv). Commitments as '• ', '•<TAB>' "
        "and '- ' items after lead-ins ('Brännmora kommun åtar sig att:', 'Den idéburna sektorn åtar sig "
        "att:', 'För att främja kvalitet ska kommunen:', 'Föreningarna och organisationerna ska för sin del:', "
        "'Brännmora kommun ska:', 'Parterna åtar sig att:' with '1.'/'2.' items), continuation lines not "
        "indented; as sentences in prose paragraphs (two per paragraph, after a descriptive sentence, "
        "'kommer att', 'ansvarar för', 'verkar för', 'De ska också …' with the party only in the previous "
        "sentence); and as a two-column table 'Kommunen åtar sig att | Den idéburna sektorn åtar sig att' "
        "that the copy flattens cell by cell (the two header cells, then each row's two cells, wrapped at "
        "~38 columns). Non-commitment lists: a goals list after 'Målet är att överenskommelsen på sikt ska "
        "leda till:' and an indicator list after 'I uppföljningen redovisas bland annat:'. Commitments under "
        "6 Samverkansråd, 7 Uppföljning and 8 Giltighetstid have principle null. Decoy dates: remiss "
        "2024-06-14, old policy KF 2016-04-18, signing date 'Brännmora den 10 december 2024', validity "
        "2025-01-01 – 2028-12-31; the decision date is 2024-11-25 (kommunfullmäktige). Signature block "
        "whose two columns run together on each line, definitions appendix and a contact box at the end."),
    "metadata": {
        "doc_id": os.path.splitext(FILE)[0],
        "title": "Lokal överenskommelse mellan Brännmora kommun och den idéburna sektorn i Brännmora 2025–2028",
        "place": "Brännmora",
        "organisation": "Brännmora kommun",
        "kind": "överenskommelse",
        "date": "2024-11-25",
        "body": "kommunfullmäktige",
    },
    "commitments": COMMITS,
    "questions": questions,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")

# self-check
norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
low = norm(doc)
for c in COMMITS:
    assert norm(c["text"]) in low, c["text"]
for q in questions:
    for g in q["gold"]:
        assert norm(g) in low, g
print(f"{FILE}: {len(pages)} pages, {len(COMMITS)} commitments, {sum(len(v) for v in GOLD.values())} gold quotes")
for i, p in enumerate(pages, 1):
    print(f"  page {i}: {len(p)} lines")
