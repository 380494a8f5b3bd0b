#!/usr/bin/env python3
"""Generate overenskommelse_region_bjorkmora.txt and expected.json.

Layout: a region's agreement copied from a PDF and pasted into an e-mail /
intranet page, saved as UTF-8 text. Hard line wraps at ~70 characters in the
middle of sentences, hyphenated line breaks, UPPERCASE headings, principles
numbered "1)" ... and "Princip 5 – ...", party lead-ins followed by "*" or
"-" items, page-break remnants ("- 3 -" plus repeated running header), a
forwarded-mail header, a table of contents with dot leaders and a signature
block in two columns.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = "txt_region_email"
FILE = "overenskommelse_region_bjorkmora.txt"
WIDTH = 70
SHY = "\u00ad"

# Hyphenation points used when a word does not fit at the end of a line
# (as the PDF's justified typesetting did).
HYPH = {
    "överenskommelsen": "överens|kommelsen",
    "överenskommelse": "överens|kommelse",
    "organisationerna": "organisa|tionerna",
    "organisationer": "organisa|tioner",
    "organisationens": "organisa|tionens",
    "verksamheten": "verksam|heten",
    "verksamhet": "verksam|het",
    "samverkan": "sam|verkan",
    "regionens": "regio|nens",
    "utvecklingsstrategin": "utvecklings|strategin",
    "utvecklingsarbetet": "utvecklings|arbetet",
    "kompetensutveckling": "kompetens|utveckling",
    "ställningstaganden": "ställnings|taganden",
    "verksamhetsbidrag": "verksamhets|bidrag",
    "organisationsbidrag": "organisations|bidrag",
    "bidragsperioden": "bidrags|perioden",
    "samhällsutmaningar": "samhälls|utmaningar",
    "funktionsnedsättning": "funktions|nedsättning",
    "tillgänglighet": "tillgäng|lighet",
    "jämställdhet": "jämställd|het",
    "angelägenheter": "angelägen|heter",
    "verksamhetsberättelse": "verksamhets|berättelse",
    "representanter": "represen|tanter",
    "beredningen": "bered|ningen",
    "finansieras": "finansie|ras",
    "uppföljning": "upp|följning",
    "uppföljningsrapport": "uppföljnings|rapport",
    "uppföljningskonferens": "uppföljnings|konferens",
    "självständighet": "självständig|het",
    "prioriteringar": "priorite|ringar",
    "erfarenheter": "erfaren|heter",
    "förutsättningar": "förutsätt|ningar",
    "civilsamhället": "civil|samhället",
}


def shy(text):
    for word in sorted(HYPH, key=len, reverse=True):
        text = re.sub(r"(?<![\w" + SHY + r"])" + word + r"(?![\w" + SHY + r"])",
                      HYPH[word].replace("|", SHY), text)
    return text


def wrap(text, first="", rest="", width=WIDTH, hyph=True):
    words = (shy(text) if hyph else text).split()
    lines, cur, empty = [], first, True
    for w in words:
        sep = "" if empty else " "
        empty = False
        if len(cur) + len(sep) + len(w.replace(SHY, "")) <= width:
            cur += sep + w
            continue
        # try hyphenating w at the last soft-hyphen position that fits
        parts = w.split(SHY)
        done = False
        for k in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:k]) + "-"
            if len(cur) + len(sep) + len(head) <= width:
                lines.append(cur + sep + head)
                cur = rest + SHY.join(parts[k:])
                done = True
                break
        if not done:
            lines.append(cur)
            cur = rest + w
    lines.append(cur)
    return [l.replace(SHY, "").rstrip() for l in lines]


commitments = []
blocks = []  # list of lists of lines (a block is never split by a page break)


def raw(*lines):
    blocks.append(list(lines))


def p(text, hyph=True):
    blocks.append(wrap(text, hyph=hyph))


def head(text):
    blocks.append(["", text])


def c(text, principle, party):
    commitments.append({"text": text, "principle": principle, "party": party})
    return text


def plist(lead, marker, principle, party, texts, ends=None):
    lines = wrap(lead)
    for i, t in enumerate(texts):
        c(t, principle, party)
        end = ends[i] if ends else ""
        lines += wrap(t + end, first=marker + " ", rest=" " * (len(marker) + 1),
                      hyph=False)
    blocks.append(lines)


def prose(principle, parts):
    """parts: list of (sentence, party or None)."""
    out = []
    for s, party in parts:
        if party:
            c(s, principle, party)
        out.append(s)
    p(" ".join(out), hyph=False)
    return out


# ------------------------------------------------------------ mail header
raw("Från: Karin Holm <karin.holm@regionbjorkmora.se>",
    "Skickat: den 2 september 2022 10:14",
    "Till: Idéburna organisationer i länet; Regionstyrelsens förvaltning",
    "Ämne: VB: Överenskommelsen med idéburen sektor - slutlig version",
    "",
    "Hej!",
    "",
    "Här kommer den beslutade texten inklistrad, eftersom flera av er inte",
    "kunde öppna pdf:en. Formateringen har tyvärr blivit lite konstig.",
    "",
    "Mvh Karin",
    "",
    "-----Ursprungligt meddelande-----",
    "")

# ------------------------------------------------------------ title page
raw("REGION BJÖRKMORA                                  Dnr RS 2021/1187",
    "Regionstyrelsens förvaltning",
    "Avdelningen för regional utveckling",
    "",
    "",
    "ÖVERENSKOMMELSE",
    "mellan Region Björkmora och den idéburna sektorn",
    "i Björkmora län 2022–2026",
    "",
    "Beslutad av regionfullmäktige den 14 juni 2022, § 63",
    "")

PAGE_HEADER = "Överenskommelse Region Björkmora – idéburen sektor            2022–2026"

raw("INNEHÅLL",
    "Förord ............................................................ 2",
    "Bakgrund .......................................................... 2",
    "Vad menas med idéburen sektor? .................................... 3",
    "Syfte ............................................................. 3",
    "Principer och åtaganden ........................................... 3",
    "Uppföljning ....................................................... 6",
    "Giltighetstid ..................................................... 6",
    "Underskrifter ..................................................... 7")

blocks.append("PAGEBREAK")

head("FÖRORD")
p("Civilsamhället i Björkmora län är starkt. Föreningar, stiftelser, "
  "trossamfund och sociala företag bidrar varje dag till att människor i hela "
  "länet får gemenskap, stöd och möjlighet att påverka. Med den här "
  "överenskommelsen vill regionen och de idéburna organisationerna ta nästa "
  "steg i vår samverkan.")
raw("Lena Forsgren (C)", "Regionstyrelsens ordförande")

head("BAKGRUND")
p("Den nationella överenskommelsen mellan regeringen, idéburna organisationer "
  "inom det sociala området och Sveriges Kommuner och Regioner tecknades 2008. "
  "Den första regionala överenskommelsen i Björkmora antogs 2012 av det "
  "dåvarande landstinget och reviderades 2017.")
p("I Björkmora län finns omkring 4 300 registrerade föreningar och drygt "
  "80 000 personer är medlemmar i minst en förening. Under hösten 2021 hölls "
  "sex dialogmöten runt om i länet. En deltagare sammanfattade det många sa: "
  "”Ingenting om oss utan oss – vi vill vara med från början, inte bara på "
  "remiss.”")
p("Den här versionen bygger på de sju principer som används i många "
  "överenskommelser. Principen om tillit har lagts till efter önskemål från "
  "dialogmötena.")

head("VAD MENAS MED IDÉBUREN SEKTOR?")
DEF = ("Med idéburen organisation menas en organisation som drivs utifrån en idé "
       "om att göra samhällsnytta, som är självständig i förhållande till det "
       "offentliga och där eventuellt överskott går tillbaka till verksamheten.")
p(DEF + " Exempel är ideella föreningar, stiftelser, trossamfund och kooperativ. "
  "Politiska partier omfattas inte av överenskommelsen.", hyph=False)

head("SYFTE")
p("Överenskommelsen ska tydliggöra rollerna mellan regionen och de idéburna "
  "organisationerna och skapa bättre förutsättningar för samverkan. Regionen har "
  "som mål att fler idéburna organisationer ska vara delaktiga i den regionala "
  "utvecklingen och att stödet till civilsamhället ska vara enkelt att förstå.")

blocks.append("PAGEBREAK")

head("PRINCIPER OCH ÅTAGANDEN")
p("Nedan beskrivs varje princip kort, följt av de åtaganden som parterna "
  "gör. Med ”parterna” menas Region Björkmora och de idéburna organisationer "
  "som har anslutit sig till överenskommelsen.")

P = "sjalvstandighet_och_oberoende"
head("1) Självständighet och oberoende")
p("Idéburna organisationer har rätt att själva bestämma över sin verksamhet "
  "och att vara en kritisk röst, också när de får ekonomiskt stöd från "
  "regionen.")
plist("Regionen åtar sig att:", "*", P, "public", [
    "respektera de idéburna organisationernas självständighet och rätt att "
    "kritisera regionens verksamhet, oavsett om organisationen får bidrag från "
    "regionen eller inte",
    "inte använda bidragsvillkor för att styra organisationernas interna "
    "angelägenheter",
], ends=[",", ""])
plist("De idéburna organisationerna åtar sig att:", "-", P, "civil_society", [
    "värna sin självständighet och sin roll som röst för sina medlemmar och "
    "målgrupper",
    "tydligt redovisa sina egna ställningstaganden när de samverkar med regionen",
])

P = "dialog"
head("2) Dialog")
D = prose(P, [
    ("Regionen ska bjuda in idéburna organisationer till samråd i ett tidigt "
     "skede av beredningen av regionala strategier och program.", "public"),
    ("De idéburna organisationerna ska bidra med kunskap och erfarenheter från "
     "sina verksamheter och medlemmar.", "civil_society"),
    ("Parterna ska gemensamt ansvara för att det regionala dialogforumet "
     "sammanträder minst tre gånger per år.", "joint"),
])
D4 = prose(P, [
    ("Regionen ska ge ersättning för resor till dialogforumets möten för "
     "representanter från organisationer utan anställd personal.", "public"),
    ("Dialogforumets sammansättning beslutas av regionstyrelsen.", None),
])

P = "kvalitet"
head("3) Kvalitet")
p("Kvalitet innebär att insatserna utgår från de behov som människor har och "
  "att båda parter lär sig av det som fungerar och det som inte fungerar.")
plist("Regionen åtar sig att:", "*", P, "public", [
    "ställa krav på uppföljning som står i proportion till stödets storlek och "
    "syfte",
    "erbjuda kompetensutveckling om regionens bidragssystem och om idéburet "
    "offentligt partnerskap",
])
plist("De idéburna organisationerna åtar sig att:", "-", P, "civil_society", [
    "följa upp och utveckla kvaliteten i sin verksamhet",
    "redovisa resultat på det sätt som har överenskommits med regionen",
])

P = "langsiktighet"
head("4) Långsiktighet")
L = prose(P, [
    ("Regionen ska i första hand ge verksamhetsbidrag och organisationsbidrag "
     "som löper över flera år.", "public"),
    ("Regionen ska lämna besked om beviljade bidrag senast tre månader innan "
     "bidragsperioden börjar.", "public"),
])
prose(P, [
    ("De idéburna organisationerna ska planera sin verksamhet så att den inte "
     "står och faller med ett enskilt projektbidrag.", "civil_society"),
    ("Båda parter ska verka för att samverkan i projekt som har visat goda "
     "resultat kan övergå i långsiktiga former.", "joint"),
])

P = "oppenhet_och_insyn"
head("Princip 5 – Öppenhet och insyn")
p("Öppenhet och insyn är en förutsättning för förtroende mellan parterna och "
  "för allmänhetens förtroende för hur offentliga medel används.")
plist("Regionen åtar sig att:", "*", P, "public", [
    "publicera beslut om bidrag och bidragsregler på regionens webbplats",
    "motivera avslag skriftligt",
])
plist("De idéburna organisationerna åtar sig att:", "-", P, "civil_society", [
    "lämna ekonomisk redovisning och verksamhetsberättelse när regionen begär det",
    "informera öppet om sitt arbete och om hur det finansieras",
])

P = "mangfald"
head("Princip 6 – Mångfald")
p("Mångfald innebär att organisationer med olika storlek, inriktning och "
  "arbetssätt ska ha plats i samverkan. Björkmora län har stora avstånd och "
  "många små orter.")
M1 = c("Tillsammans åtar vi oss att verka för att idéburna organisationer i hela "
       "länet, även i glesbygd, har möjlighet att delta i samverkan med regionen.",
       P, "joint")
p(M1, hyph=False)
plist("Regionen åtar sig att:", "*", P, "public", [
    "underlätta för små organisationer att söka stöd, bland annat genom "
    "förenklade ansökningar för belopp under 50 000 kronor",
    "beakta jämställdhet och tillgänglighet vid fördelning av stöd",
])
plist("De idéburna organisationerna åtar sig att:", "-", P, "civil_society", [
    "arbeta aktivt för att deras verksamhet är tillgänglig för personer med "
    "funktionsnedsättning",
])

P = "samhallsutveckling"
head("Princip 7 – Samhällsutveckling och innovation")
prose(P, [
    ("Regionen ska ta tillvara idéburna organisationers förmåga att upptäcka nya "
     "behov och pröva nya lösningar.", "public"),
    ("De idéburna organisationerna ska delta i det regionala "
     "utvecklingsarbetet, bland annat i arbetet med den regionala "
     "utvecklingsstrategin.", "civil_society"),
    ("Båda parter ska gemensamt undersöka hur sociala investeringar och "
     "idéburet offentligt partnerskap kan användas för att möta "
     "samhällsutmaningar.", "joint"),
])

P = "tillit"
head("Princip 8 – Tillit")
p("Tillit är grunden för all samverkan. Tillit byggs över tid genom att "
  "parterna håller vad de lovar.")
T1 = c("Regionen åtar sig att utgå från tillit i styrning och uppföljning av stöd "
       "till idéburna organisationer.", P, "public")
T2 = c("De idéburna organisationerna åtar sig att ta ansvar för att använda "
       "regionens stöd på det sätt som har överenskommits.", P, "civil_society")
p(T1 + " " + T2, hyph=False)

head("UPPFÖLJNING")
U1 = c("Parterna ska gemensamt genomföra en årlig uppföljningskonferens där "
       "åtagandena i överenskommelsen stäms av.", None, "joint")
U2 = c("Regionen ska vartannat år sammanställa en uppföljningsrapport som "
       "redovisas för regionstyrelsen.", None, "public")
p(U1 + " " + U2, hyph=False)

head("GILTIGHETSTID")
G1 = "Överenskommelsen gäller 2022–2026 och revideras vart fjärde år."
G2 = ("Den kan sägas upp av vardera part med sex månaders uppsägningstid.")
p(G1 + " " + G2, hyph=False)

blocks.append("PAGEBREAK")

head("UNDERSKRIFTER")
raw("Björkmora den 30 juni 2022",
    "",
    "För Region Björkmora                 För de idéburna organisationerna",
    "",
    "..........................           ..........................",
    "Lena Forsgren                        Tomas Ek",
    "Regionstyrelsens ordförande          Ordförande, Idéburet forum Björkmora",
    "",
    "..........................           ..........................",
    "Per-Olof Strand                      Amira Haddad",
    "Regiondirektör                       Ordförande, Länsbildningsförbundet",
    "",
    "Kontaktperson: Karin Holm, utvecklingsstrateg, Regionstyrelsens",
    "förvaltning, tfn 0612-34 56 70, karin.holm@regionbjorkmora.se")

# ------------------------------------------------------------ render with pages
out = []
page = 1
lines_on_page = 0
for b in blocks:
    if b == "PAGEBREAK":
        page += 1
        out += ["", "", f"- {page} -", "", PAGE_HEADER, ""]
        lines_on_page = 0
        continue
    if lines_on_page + len(b) > 48:
        page += 1
        out += ["", "", f"- {page} -", "", PAGE_HEADER, ""]
        lines_on_page = 0
    if b and b[0] != "" and out and out[-1] != "":
        out.append("")
    out += b
    lines_on_page += len(b) + 1
out += ["", "", f"- {page + 1} -", ""]
txt = "\n".join(out)
with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
    f.write(txt)

# ------------------------------------------------------------ expected
FULL = re.sub(r"(\w)-\n\s*(\w)", r"\1\2", txt)
FULL = re.sub(r"\s+", " ", FULL)


def q(n, question, lang, gold, must):
    for g in gold:
        assert g in FULL, g
    for m in must:
        assert any(m in g for g in gold), m
    return {"id": f"{LAYOUT}-q{n}", "question": question, "language": lang,
            "answerable": bool(gold), "gold": gold, "must_mention": must}


for cm in commitments:
    assert cm["text"] in FULL, cm["text"]

questions = [
    q(1, "vad har regionen lovat om dialog i bjorkmora?", "sv",
      [D[0], D4[0]],
      ["tidigt skede", "ersättning för resor"]),
    q(2, "När beslutades Region Björkmoras överenskommelse med idéburen sektor, "
         "och av vem?", "sv",
      ["Beslutad av regionfullmäktige den 14 juni 2022, § 63"],
      ["regionfullmäktige", "14 juni 2022"]),
    q(3, "How long is the Region Björkmora agreement valid, and can a party "
         "terminate it?", "en",
      [G1, G2],
      ["2022–2026", "vart fjärde år", "sex månaders uppsägningstid"]),
    q(4, "vad ska foreningarna gora under principen kvalitet i region bjorkmora", "sv",
      ["följa upp och utveckla kvaliteten i sin verksamhet",
       "redovisa resultat på det sätt som har överenskommits med regionen"],
      ["kvaliteten i sin verksamhet", "redovisa resultat"]),
    q(5, "Hur många gånger per år ska dialogforumet träffas enligt överenskommelsen "
         "i Björkmora?", "sv",
      [D[2]],
      ["minst tre gånger per år"]),
    q(6, "Vad menas med idéburen organisation i Region Björkmoras överenskommelse?", "sv",
      [DEF],
      ["samhällsnytta", "självständig i förhållande till det offentliga",
       "överskott går tillbaka till verksamheten"]),
    q(7, "finns det forenklad ansokan for sma foreningar hos region bjorkmora?", "sv",
      ["underlätta för små organisationer att söka stöd, bland annat genom "
       "förenklade ansökningar för belopp under 50 000 kronor"],
      ["förenklade ansökningar", "50 000 kronor"]),
    q(8, "Hur följs överenskommelsen mellan Region Björkmora och civilsamhället upp?", "sv",
      [U1, U2],
      ["årlig uppföljningskonferens", "vartannat år", "regionstyrelsen"]),
    q(9, "Vilka organisationer sitter i det regionala dialogforumet i Björkmora?", "sv",
      [], []),
    q(10, "How much money does Region Björkmora give to civil society "
          "organisations each year?", "en", [], []),
]

expected = {
    "file": FILE,
    "layout": LAYOUT,
    "description": (
        "Region agreement copied from a PDF into an e-mail and saved as UTF-8 text: "
        "forwarded-mail header on top, hard line wraps at about 70 characters in the "
        "middle of sentences, hyphenated line breaks inside words, UPPERCASE section "
        "headings, table of contents with dot leaders, principles numbered '1)'..'4)' "
        "and then 'Princip 5 – ...', party lead-ins ('Regionen åtar sig att:') followed "
        "by '*' or '-' items with indented continuation lines, prose commitments mixing "
        "parties, an added principle (tillit), page-break remnants ('- 3 -' lines plus a "
        "repeated running header) and a two-column signature block. Verbatim commitment "
        "texts and gold quotes are the text with line wraps collapsed to single spaces "
        "and hyphenated line breaks joined (the hyphenated breaks occur in foreword, "
        "background, purpose and principle descriptions, not inside quoted text)."),
    "metadata": {
        "doc_id": "bjorkmora",
        "title": "Överenskommelse mellan Region Björkmora och den idéburna sektorn i "
                 "Björkmora län 2022–2026",
        "place": "Björkmora",
        "organisation": "Region Björkmora",
        "kind": "överenskommelse",
        "date": "2022-06-14",
        "body": "regionfullmäktige",
    },
    "commitments": commitments,
    "questions": questions,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"wrote {FILE}: {len(commitments)} commitments, {len(questions)} questions")
