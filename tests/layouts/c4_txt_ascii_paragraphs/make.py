#!/usr/bin/env python3
"""Generate bjornhamra_overenskommelse_ideburen_sektor.txt and expected.json.

Björnhamra kommun (fictional): a local agreement with the idéburen sektor,
written in contract style and delivered as a plain-text file from an old
export that replaced å→a, ä→a, ö→o, Å→A, Ä→A, Ö→O throughout (the file is
still UTF-8: "§", "é" and "–" survive). Hard line wraps at about 78
characters inside clauses, CRLF line endings.

Structure: header block (Dnr, "Bilaga till KF § 142/2024"), title with an
underline of "=", "§ 1 Parter" … "§ 4 Utgangspunkter" as numbered clauses
"1.1", "1.2" with hanging indents; "§ 5 Principer" with sub-clauses
"5.1 Dialog", "5.2 Kvalitet" … "5.8 Hela kommunen" (a local principle), each
with a description paragraph and commitment sentences ("Kommunen ska …",
"Kommunen atar sig att …", "Vid … ska kommunen …", "Foreningarna ska …",
"Parterna ska gemensamt …"); "§ 6 Kommunens ataganden" as a lead-in
"… atar sig kommunen att:" with clause items "6.1 … ," (principle null);
"§ 7 Organisationernas ataganden" as full-sentence clauses 7.1–7.5;
"§ 8 Samverkansrad" (mixed facts and commitments), "§ 9 Giltighetstid",
"§ 10 Uppfoljning", "§ 11 Beslut", and a two-column signature block in spaces.

Everything in expected.json that quotes the file (commitments, gold, title,
place, organisation, body) is ascii-folded exactly like the file.

Run: python3 make.py   (standard library only)
"""
import json
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "bjornhamra_overenskommelse_ideburen_sektor"
TXT = os.path.join(HERE, BASE + ".txt")
LAYOUT = "c4_txt_ascii_paragraphs"
PUB, CS, JT = "public", "civil_society", "joint"
WIDTH = 78

FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O"})


def fold(s):
    return s.translate(FOLD)


TITLE = "Överenskommelse mellan Björnhamra kommun och den idéburna sektorn i Björnhamra"

HEADER = [
    "BJÖRNHAMRA KOMMUN" + " " * 33 + "Dnr KS 2024/0187",
    "Kommunledningsförvaltningen" + " " * 23 + "Bilaga till KF § 142/2024",
    "",
    "",
    TITLE,
    "=" * len(TITLE),
    "",
    "Samverkan för ett starkt civilsamhälle 2025–2028",
    "",
    "Antagen av kommunfullmäktige 2024-11-25, § 142",
    "",
    "",
]

# Blocks:
#   ("h", text)                  § heading (resets principle)
#   ("h2", text, slug)           sub-clause heading under § 5
#   ("p", [(sentence, party)], num)   paragraph, optional clause number "1.1"
#   ("lead", text)               lead-in line before clause items
#   ("item", num, text, party)   clause item (hanging indent)
#   ("raw", [lines])             verbatim lines
BODY = [
    ("h", "§ 1 Parter"),
    ("p", [("Parter i denna överenskommelse är Björnhamra kommun, org.nr 212000-2471, genom "
            "kommunstyrelsen (nedan kallad kommunen), och de idéburna organisationer verksamma i "
            "Björnhamra kommun som genom beslut i styrelse eller motsvarande har anslutit sig till "
            "överenskommelsen (nedan kallade föreningarna).", None)], "1.1"),
    ("p", [("Björnhamra Föreningsråd företräder föreningarna i det löpande arbetet med "
            "överenskommelsen.", None),
           ("En förteckning över anslutna organisationer finns hos kommunledningsförvaltningen och "
            "på kommunens webbplats.", None)], "1.2"),
    ("p", [("En idéburen organisation kan när som helst ansluta sig till eller lämna "
            "överenskommelsen genom ett skriftligt meddelande till kommunen.", None)], "1.3"),

    ("h", "§ 2 Syfte"),
    ("p", [("Syftet med överenskommelsen är att stärka samverkan mellan kommunen och den idéburna "
            "sektorn, så att fler invånare blir delaktiga i samhällslivet och så att föreningslivets "
            "kunskap och engagemang tas tillvara i kommunens utveckling.", None)], "2.1"),
    ("p", [("Överenskommelsen är ett stöd för tjänstepersoner, förtroendevalda och "
            "föreningsföreträdare.", None),
           ("Den ersätter inte avtal, bidragsregler eller andra styrdokument och reglerar inte "
            "ekonomiska mellanhavanden mellan parterna.", None)], "2.2"),

    ("h", "§ 3 Bakgrund"),
    ("p", [("År 2008 tecknade regeringen, Sveriges Kommuner och Landsting och idéburna "
            "organisationer inom det sociala området en nationell överenskommelse.", None),
           ("Den bygger på sex principer: självständighet och oberoende, dialog, kvalitet, "
            "långsiktighet, öppenhet och insyn samt mångfald.", None),
           ("Flera kommuner och regioner har sedan dess tecknat lokala överenskommelser med samma "
            "grund.", None)], "3.1"),
    ("p", [("Arbetet med en lokal överenskommelse i Björnhamra inleddes 2022 på initiativ av "
            "Föreningsrådet.", None),
           ("Under 2023 och 2024 hölls sex dialogmöten i Björnhamra, Lövnäs, Storskog och "
            "Älvbacka, där sammanlagt 214 personer från 68 organisationer deltog.", None),
           ("Ett förslag var ute på remiss mellan den 2 april och den 14 juni 2024.", None)], "3.2"),
    ("p", [("Dialogmötena visade att föreningarna framför allt efterfrågar tidigare dialog, mer "
            "förutsägbara bidrag och ett bättre stöd till föreningslivet på landsbygden.", None),
           ("Den lokala överenskommelsen har därför kompletterats med principen om "
            "samhällsutveckling och med den lokala principen Hela kommunen.", None)], "3.3"),

    ("h", "§ 4 Utgångspunkter"),
    ("p", [("Med idéburen organisation avses i denna överenskommelse en organisation som har ett "
            "allmännyttigt syfte, som inte drivs med vinstsyfte och som är fristående från den "
            "offentliga sektorn.", None),
           ("Hit räknas bland annat ideella föreningar, stiftelser, trossamfund och sociala "
            "företag som återinvesterar sitt överskott i verksamheten.", None)], "4.1"),
    ("p", [("Överenskommelsen gäller för kommunens samtliga nämnder och förvaltningar samt för de "
            "helägda kommunala bolagen.", None)], "4.2"),
    ("p", [("Överenskommelsen ansluter till kommunens vision \"Björnhamra 2035 - en kommun där alla "
            "får plats\" och till kommunens riktlinjer för medborgardialog.", None)], "4.3"),

    ("h", "§ 5 Principer"),
    ("p", [("Samverkan mellan parterna vilar på de principer som anges i detta avsnitt.", None),
           ("Under varje princip beskrivs vad kommunen och föreningarna var för sig och tillsammans "
            "ska göra för att principen ska få genomslag.", None)], None),

    ("h2", "5.1 Dialog", "dialog"),
    ("p", [("Dialog innebär att parterna lyssnar på varandra och möts i god tid innan beslut "
            "fattas, med respekt för att parterna har olika roller och uppdrag.", None)], None),
    ("p", [("Kommunen ska bjuda in föreningarna till dialog i ett tidigt skede när kommunen "
            "planerar förändringar som påverkar föreningslivet eller de grupper som föreningarna "
            "företräder.", PUB),
           ("Kommunen ska ge föreningarna minst sex veckor att lämna synpunkter vid remisser, om "
            "inte särskilda skäl talar emot det.", PUB)], None),
    ("p", [("Föreningarna ska delta i dialogen med de kunskaper och erfarenheter som finns bland "
            "deras medlemmar och målgrupper.", CS),
           ("När Föreningsrådet eller en annan organisation för fram synpunkter för flera "
            "föreningars räkning ska synpunkterna vara förankrade hos de föreningar som berörs.",
            CS)], None),
    ("p", [("Parterna ska gemensamt anordna ett öppet dialogforum minst en gång per år.", JT)], None),

    ("h2", "5.2 Kvalitet", "kvalitet"),
    ("p", [("Kvalitet i samverkan handlar om att verksamheter utvecklas utifrån invånarnas behov "
            "och att parternas olika kunskaper tas tillvara.", None),
           ("Vad som är kvalitet i en förenings verksamhet avgörs ytterst av föreningens egna "
            "medlemmar.", None)], None),
    ("p", [("Kommunen ska erbjuda föreningarna kostnadsfri utbildning i bland annat "
            "styrelsearbete, ekonomisk redovisning och ansökan om bidrag.", PUB),
           ("Kommunen ska i sina bidragsregler tydligt ange vilka krav som ställs och hur bidragen "
            "följs upp.", PUB)], None),
    ("p", [("Föreningarna ska ha god ordning på sin ekonomi och förvaltning och följa de villkor "
            "som gäller för de bidrag de tar emot.", CS),
           ("Föreningarna ska arbeta för en trygg miljö för barn och unga, bland annat genom att "
            "begära utdrag ur belastningsregistret för ledare som har kontakt med barn.", CS)], None),
    ("p", [("Parterna ska gemensamt utveckla enkla metoder för att följa upp och synliggöra vad "
            "samverkan leder till.", JT)], None),

    ("h2", "5.3 Självständighet och oberoende", "sjalvstandighet_och_oberoende"),
    ("p", [("Föreningarna är självständiga och bestämmer själva över sina mål, sin organisation "
            "och sitt arbetssätt.", None),
           ("De har rätt att granska och kritisera kommunen, även när de tar emot bidrag från "
            "kommunen.", None)], None),
    ("p", [("Kommunen ska respektera föreningarnas rätt att själva bestämma över sin verksamhet "
            "och att fritt framföra kritik.", PUB),
           ("Kommunen åtar sig att inte ställa villkor för bidrag som påverkar föreningarnas "
            "inriktning eller inre organisation, utöver vad som följer av lag eller av kommunens "
            "bidragsregler.", PUB)], None),
    ("p", [("Föreningarna ska tydligt redovisa när de bedriver verksamhet på uppdrag av kommunen "
            "eller med särskilt bidrag från kommunen.", CS)], None),

    ("h2", "5.4 Långsiktighet", "langsiktighet"),
    ("p", [("Långsiktiga villkor är en förutsättning för att föreningarna ska kunna planera, "
            "rekrytera ideella krafter och utveckla sin verksamhet.", None)], None),
    ("p", [("Kommunen ska i första hand lämna verksamhetsbidrag och, där det är möjligt, fatta "
            "beslut om stöd för flera år i taget.", PUB),
           ("Kommunen ska meddela beslut om föreningsbidrag senast den 15 december året före "
            "bidragsåret.", PUB),
           ("Vid förändringar i bidragssystemet ska kommunen informera föreningarna minst ett år "
            "innan förändringen träder i kraft.", PUB)], None),
    ("p", [("Föreningarna ska sträva efter att ha flera finansieringskällor, så att "
            "verksamheten inte blir beroende av ett enskilt bidrag.", CS)], None),

    ("h2", "5.5 Öppenhet och insyn", "oppenhet_och_insyn"),
    ("p", [("Öppenhet skapar förtroende mellan parterna.", None),
           ("Samtidigt behöver föreningarna kunna föra interna diskussioner som inte är "
            "offentliga.", None)], None),
    ("p", [("Kommunen ska samla information om bidrag, lokaler och möjligheter till samverkan på "
            "ett ställe på kommunens webbplats.", PUB),
           ("Kommunen ska på begäran redovisa hur föreningarnas synpunkter har tagits om hand i ett "
            "ärende.", PUB)], None),
    ("p", [("Föreningarna ska ge kommunen insyn i hur kommunala bidrag används genom att varje år "
            "lämna verksamhetsberättelse och ekonomisk redovisning.", CS),
           ("Parterna ska gemensamt verka för att överenskommelsen blir känd bland invånare, "
            "föreningsmedlemmar och kommunens medarbetare.", JT)], None),

    ("h2", "5.6 Mångfald", "mangfald"),
    ("p", [("En mångfald av organisationer med olika storlek, inriktning och arbetssätt berikar "
            "samhället.", None),
           ("Både etablerade och nybildade föreningar ska kunna ta del av samverkan.", None)], None),
    ("p", [("Kommunen ska underlätta för nya och mindre föreningar att ta del av kommunens stöd, "
            "bland annat genom en förenklad ansökan om startbidrag.", PUB),
           ("Kommunen ska se till att information om stödet finns på lätt svenska och vid behov "
            "på fler språk.", PUB)], None),
    ("p", [("Föreningarna ska verka för att deras verksamhet är öppen och tillgänglig för alla, "
            "oavsett kön, ålder, funktionsförmåga, etnisk bakgrund, religion eller sexuell "
            "läggning.", CS)], None),

    ("h2", "5.7 Samhällsutveckling", "samhallsutveckling"),
    ("p", [("Föreningslivet bidrar till samhällets utveckling genom att människor organiserar sig "
            "kring frågor som är viktiga för dem.", None),
           ("Många föreningar upptäcker nya behov tidigare än kommunen.", None)], None),
    ("p", [("Kommunen ska bjuda in föreningarna att delta i arbetet med kommunens översiktsplan "
            "och i planeringen av nya bostadsområden.", PUB),
           ("Föreningarna ska bidra med kunskap om invånarnas behov och om hur föreningslivet kan "
            "medverka när kommunen utvecklas.", CS),
           ("Parterna ska gemensamt ta fram en handlingsplan för samverkan kring integration och "
            "inkludering under 2025.", JT)], None),

    ("h2", "5.8 Hela kommunen", "hela_kommunen"),
    ("p", [("Björnhamra är en kommun med stor landsbygd, och drygt en tredjedel av invånarna bor "
            "utanför centralorten.", None),
           ("Bygdegårdsföreningar, byalag och idrottsföreningar på landsbygden har en viktig roll "
            "som mötesplatser och som röst för sin bygd.", None)], None),
    ("p", [("Kommunen ska ta hänsyn till föreningslivet på landsbygden vid fördelning av stöd och "
            "lokaler, bland annat genom ett särskilt driftbidrag till bygdegårdar.", PUB),
           ("Kommunen ska se till att minst ett av samverkansrådets möten varje år hålls utanför "
            "centralorten.", PUB)], None),
    ("p", [("Föreningarna ska så långt det är möjligt samarbeta över bygränserna för att ta "
            "tillvara lokaler och ideella krafter.", CS)], None),

    ("h", "§ 6 Kommunens åtaganden"),
    ("lead", "Utöver det som följer av § 5 åtar sig kommunen att:"),
    ("item", "6.1", "utse en samordnare på kommunledningsförvaltningen med ansvar för "
                    "överenskommelsen,", PUB),
    ("item", "6.2", "i budgeten avsätta medel för samverkansrådets arbete och för det årliga "
                    "dialogforumet,", PUB),
    ("item", "6.3", "ge föreningarna möjlighet att kostnadsfritt låna kommunens "
                    "sammanträdeslokaler för möten, i mån av plats,", PUB),
    ("item", "6.4", "informera nyanställda chefer om överenskommelsen och om hur den ska tillämpas "
                    "i den egna verksamheten,", PUB),
    ("item", "6.5", "pröva om idéburet offentligt partnerskap (IOP) är en lämplig samverkansform "
                    "innan en verksamhet som berör föreningslivet upphandlas,", PUB),
    ("item", "6.6", "hålla överenskommelsen och förteckningen över anslutna organisationer "
                    "aktuella på kommunens webbplats.", PUB),

    ("h", "§ 7 Organisationernas åtaganden"),
    ("p", [("Varje ansluten organisation ska utse en kontaktperson för överenskommelsen och "
            "meddela kommunen vem det är.", CS)], "7.1"),
    ("p", [("Organisationerna ska sprida kännedom om överenskommelsen bland sina medlemmar, "
            "ideella medarbetare och anställda.", CS)], "7.2"),
    ("p", [("Organisationerna ska genom Föreningsrådet utse fem ledamöter och lika många ersättare "
            "till samverkansrådet.", CS)], "7.3"),
    ("p", [("Organisationerna ska delta i den årliga uppföljningen enligt § 10 och där redovisa "
            "hur de har arbetat med överenskommelsen.", CS)], "7.4"),
    ("p", [("Organisationerna ska meddela kommunen när kontaktuppgifter eller kontaktperson "
            "ändras.", CS)], "7.5"),

    ("h", "§ 8 Samverkansråd"),
    ("p", [("Ett samverkansråd leder arbetet med överenskommelsen.", None),
           ("Rådet består av fem ledamöter från kommunen, varav kommunstyrelsens ordförande, och "
            "fem ledamöter utsedda av Föreningsrådet.", None),
           ("Ordförandeskapet växlar årsvis mellan parterna.", None)], "8.1"),
    ("p", [("Samverkansrådet sammanträder minst fyra gånger per år.", None),
           ("Kommunen ska svara för rådets sekretariat och skicka ut kallelse och handlingar senast "
            "en vecka före varje möte.", PUB)], "8.2"),
    ("p", [("Parterna ska gemensamt ta fram en arbetsplan för varje år, som fastställs av "
            "samverkansrådet.", JT)], "8.3"),

    ("h", "§ 9 Giltighetstid"),
    ("p", [("Överenskommelsen gäller från och med 2025-01-01 till och med 2028-12-31.", None)], "9.1"),
    ("p", [("Parterna ska senast den 30 juni 2028 gemensamt ta ställning till om "
            "överenskommelsen ska förlängas, revideras eller upphöra.", JT)], "9.2"),
    ("p", [("Ändringar i överenskommelsen beslutas av kommunfullmäktige efter samråd med "
            "Föreningsrådet.", None)], "9.3"),

    ("h", "§ 10 Uppföljning"),
    ("p", [("Överenskommelsen följs upp varje år.", None),
           ("Parterna ska gemensamt genomföra uppföljningen under hösten och redovisa resultatet vid "
            "det årliga dialogforumet.", JT)], "10.1"),
    ("p", [("Kommunen ska sammanställa uppföljningen i en rapport som lämnas till "
            "kommunstyrelsen senast den 31 mars året därpå.", PUB)], "10.2"),
    ("p", [("Föreningarna ska bidra med underlag till uppföljningen genom att besvara kommunens "
            "årliga enkät.", CS)], "10.3"),
    ("p", [("Uppföljningen ska särskilt belysa hur principerna i § 5 har tillämpats och om det "
            "finns behov av att revidera överenskommelsen.", None)], "10.4"),

    ("h", "§ 11 Beslut"),
    ("p", [("Överenskommelsen har antagits av kommunfullmäktige i Björnhamra kommun den 25 "
            "november 2024, § 142, och av Björnhamra Föreningsråds styrelse den 19 oktober "
            "2024.", None),
           ("Överenskommelsen har upprättats i två likalydande exemplar, varav parterna har tagit "
            "var sitt.", None)], "11.1"),

    ("raw", [
        "",
        "",
        "Björnhamra den 10 december 2024",
        "",
        "",
        "För Björnhamra kommun                    För Björnhamra Föreningsråd",
        "",
        "",
        "_____________________________            _____________________________",
        "Annika Strömberg                         Leif Hägg",
        "Kommunstyrelsens ordförande              Ordförande",
        "",
        "",
        "_____________________________            _____________________________",
        "Jonas Ek                                 Amira Haddad",
        "Kommundirektör                           Vice ordförande",
        "",
        "",
        "Bilaga (separat): Förteckning över anslutna organisationer, 2024-12-01",
    ]),
]


def wrap(text, prefix="", indent=None):
    return textwrap.fill(text, width=WIDTH, initial_indent=prefix,
                         subsequent_indent=" " * (len(prefix) if indent is None else indent),
                         break_long_words=False, break_on_hyphens=False)


def render():
    out = list(HEADER)
    for blk in BODY:
        kind = blk[0]
        if kind == "h":
            out += ["", "", blk[1], ""]
        elif kind == "h2":
            out += ["", blk[1], ""]
        elif kind == "p":
            text = " ".join(s for s, _ in blk[1])
            prefix = (blk[2] + " " * (6 - len(blk[2]))) if blk[2] else ""
            out += [wrap(text, prefix), ""]
        elif kind == "lead":
            out += [wrap(blk[1]), ""]
        elif kind == "item":
            out += [wrap(blk[2], blk[1] + " " * (6 - len(blk[1])))]
        elif kind == "raw":
            out += blk[1]
    txt = "\n".join(out)
    while "\n\n\n\n" in txt:
        txt = txt.replace("\n\n\n\n", "\n\n\n")
    txt = fold(txt).rstrip("\n") + "\n"
    with open(TXT, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(txt)
    return txt


def commitments():
    res, principle = [], None
    for blk in BODY:
        if blk[0] == "h":
            principle = None
        elif blk[0] == "h2":
            principle = blk[2]
        elif blk[0] == "p":
            res += [{"text": fold(s), "principle": principle, "party": p} for s, p in blk[1] if p]
        elif blk[0] == "item":
            res.append({"text": fold(blk[2]).rstrip(",."), "principle": principle, "party": blk[3]})
    return res


def sent(prefix):
    for blk in BODY:
        if blk[0] == "p":
            for s, _ in blk[1]:
                if s.startswith(prefix):
                    return fold(s)
    raise KeyError(prefix)


def item(num):
    for blk in BODY:
        if blk[0] == "item" and blk[1] == num:
            return fold(blk[2]).rstrip(",.")
    raise KeyError(num)


def section_sentences(heading):
    """All commitment sentences of a § section / sub-clause."""
    res, on = [], False
    for blk in BODY:
        if blk[0] in ("h", "h2"):
            on = blk[1] == heading
        elif on and blk[0] == "p":
            res += [fold(s) for s, p in blk[1] if p]
    return res


def questions():
    q = []

    def add(question, lang, gold, mm):
        for m in mm:
            assert any(m in g for g in gold), (m, gold)
        q.append({"id": f"{LAYOUT}-q{len(q) + 1}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": mm})

    add("Vad åtar sig kommunen under principen om kvalitet?", "sv",
        [sent("Kommunen ska erbjuda föreningarna kostnadsfri"),
         sent("Kommunen ska i sina bidragsregler")],
        ["kostnadsfri utbildning", "bidragsregler"])
    add("nar far vi besked om foreningsbidraget for nasta ar", "sv",
        [sent("Kommunen ska meddela beslut om föreningsbidrag")],
        ["15 december"])
    add("Who is responsible for the agreement on the municipality's side?", "en",
        [item("6.1")],
        ["samordnare", "kommunledningsforvaltningen"])
    add("Vilket organ antog överenskommelsen och vilket datum?", "sv",
        [fold("Antagen av kommunfullmäktige 2024-11-25, § 142"),
         sent("Överenskommelsen har antagits av kommunfullmäktige")],
        ["kommunfullmaktige", "2024-11-25", "25 november 2024"])
    add("Får vår förening kritisera kommunen offentligt även om vi får bidrag från kommunen?", "sv",
        [sent("De har rätt att granska och kritisera kommunen"),
         sent("Kommunen ska respektera föreningarnas rätt")],
        ["kritisera kommunen", "fritt framfora kritik"])
    add("Vilka åtaganden har organisationerna enligt § 7?", "sv",
        section_sentences("§ 7 Organisationernas åtaganden"),
        ["kontaktperson", "samverkansradet", "arliga uppfoljningen"])
    add("How long is the agreement valid, and what happens when it expires?", "en",
        [sent("Överenskommelsen gäller från och med"), sent("Parterna ska senast den 30 juni 2028")],
        ["2025-01-01", "2028-12-31", "30 juni 2028"])
    add("vad lovar kommunen foreningarna ute pa landsbygden", "sv",
        section_sentences("5.8 Hela kommunen")[:2],
        ["bygdegardar", "utanfor centralorten"])
    add("Hur mycket pengar avsätter kommunen totalt till föreningsbidrag 2025?", "sv", [], [])
    add("hur manga medlemmar maste en ny forening ha for att fa startbidrag", "sv", [], [])
    return q


def main():
    render()
    exp = {
        "file": BASE + ".txt",
        "layout": LAYOUT,
        "description": (
            "Plain-text agreement (UTF-8, CRLF) from an old export that replaced å/ä/ö with a/a/o "
            "everywhere ('Overenskommelse', 'ataganden', 'Foreningarna ska', 'kommunfullmaktige'; '§', "
            "'é' and '–' survive). Contract style: header block with Dnr and 'Bilaga till KF § 142/2024', "
            "title underlined with '=', '§ 1 Parter' … '§ 4 Utgangspunkter' as numbered clauses '1.1' "
            "with hanging indents (no commitments), '§ 5 Principer' with sub-clauses '5.1 Dialog', "
            "'5.2 Kvalitet', '5.3 Sjalvstandighet och oberoende' … '5.8 Hela kommunen' (local "
            "principle), each a description paragraph plus paragraphs of commitment sentences "
            "('Kommunen ska', 'Kommunen atar sig att', 'Vid … ska kommunen', 'Foreningarna ska', "
            "'Nar Foreningsradet … ska synpunkterna', 'Parterna ska gemensamt'); '§ 6 Kommunens "
            "ataganden' as a lead-in '… atar sig kommunen att:' with clause items '6.1 … ,' "
            "(principle null); '§ 7 Organisationernas ataganden' as full-sentence clauses 7.1–7.5; "
            "'§ 8 Samverkansrad' mixing facts and commitments; '§ 9 Giltighetstid', '§ 10 Uppfoljning' "
            "with joint/public/civil-society sentences; '§ 11 Beslut'; a two-column signature block "
            "laid out with spaces. Hard wraps at 78 characters inside every clause."),
        "metadata": {
            "doc_id": "bjornhamra_overenskommelse_ideburen_sektor",
            "title": fold(TITLE),
            "place": "Bjornhamra",
            "organisation": "Bjornhamra kommun",
            "kind": "överenskommelse",
            "date": "2024-11-25",
            "body": "kommunfullmaktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {BASE}.txt: {len(exp['commitments'])} commitments, {len(exp['questions'])} questions")


if __name__ == "__main__":
    main()
