#!/usr/bin/env python3
"""Generate sjostad_overenskommelse.txt and expected.json.

Layout: a plain UTF-8 text document without heading markup: paragraphs only
(one line per paragraph, blank line between), principles introduced in running
text ("När det gäller kvalitet ska kommunen …") or as a lone word on a line
("Dialog"), commitments as sentences ("Kommunen ska …", "Föreningarna
ansvarar för att …", "Båda parter förbinder sig att …", "Vi, kommunen och
föreningarna, åtar oss …"), a form feed with a page line in the middle, and a
signature block.

Run:  python3 make.py   (standard library only)
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "sjostad_overenskommelse.txt"

TITLE = "Överenskommelse om samverkan mellan Sjöstads kommun och föreningslivet i Sjöstad"
DECISION = "Överenskommelsen antogs av kultur- och fritidsnämnden den 12 maj 2020 (§ 34) och gäller till och med den 31 december 2024."

C = []


def c(text, principle, party):
    C.append({"text": text, "principle": principle, "party": party})
    return text


DI1 = c("Kommunen ska bjuda in föreningarna till ett gemensamt föreningsforum minst en gång per termin.", "dialog", "public")
DI2 = c("Föreningarna ansvarar för att utse representanter till forumet och för att återkoppla till sina medlemmar.", "dialog", "civil_society")
KV1 = c("När det gäller kvalitet ska kommunen erbjuda utbildning för föreningarnas styrelser och ledare minst två gånger per år.", "kvalitet", "public")
KV2 = c("Föreningarna ansvarar för att verksamheten håller god kvalitet och att ledare som arbetar med barn har visat utdrag ur belastningsregistret.", "kvalitet", "civil_society")
LA1 = c("Kommunen ska sträva efter att bevilja verksamhetsbidrag för tre år i taget.", "langsiktighet", "public")
LA2 = c("Båda parter förbinder sig att meddela varandra i god tid om förändringar som påverkar samverkan.", "langsiktighet", "joint")
OP1 = c("I fråga om öppenhet och insyn åtar sig kommunen att publicera alla beslut om föreningsbidrag på kommunens webbplats.", "oppenhet_och_insyn", "public")
OP2 = c("Föreningarna ska lämna verksamhetsberättelse, ekonomisk redovisning och revisionsberättelse senast den 30 april varje år.", "oppenhet_och_insyn", "civil_society")
SJ1 = c("Principen om självständighet och oberoende innebär att kommunen inte ska lägga sig i föreningarnas interna angelägenheter så länge verksamheten följer gällande regler och bidragsvillkor.", "sjalvstandighet_och_oberoende", "public")
MA1 = c("Kommunen ska ge särskilt stöd till nystartade föreningar under deras två första verksamhetsår.", "mangfald", "public")
MA2 = c("Vi, kommunen och föreningarna, åtar oss gemensamt att arbeta för att föreningslivet ska vara tillgängligt för alla, oavsett funktionsförmåga, kön eller bakgrund.", "mangfald", "joint")
UP1 = c("Kultur- och fritidsförvaltningen ansvarar för att överenskommelsen följs upp varje år och att resultatet redovisas för nämnden.", None, "public")

PARAS = [
    TITLE,
    "Sjöstads kommun, kultur- och fritidsförvaltningen. Dnr KFN 2019/233.",
    "Föreningslivet i Sjöstad är en viktig del av kommunens identitet. Idrottsföreningar, hembygdsföreningar, kulturföreningar, pensionärsföreningar och sociala organisationer samlar tillsammans en stor del av kommunens invånare. Föreningarna skapar mötesplatser, tar tillvara människors engagemang och bidrar till att Sjöstad är en attraktiv plats att bo och leva på.",
    "Den här överenskommelsen har tagits fram av kommunen och föreningslivet tillsammans under 2019. Den bygger på den nationella överenskommelsen mellan regeringen, idéburna organisationer och Sveriges Kommuner och Landsting från 2008 och dess principer. Syftet är att beskriva hur kommunen och föreningarna ska samarbeta och vad parterna kan förvänta sig av varandra. Överenskommelsen är inte juridiskt bindande utan ska ses som en gemensam viljeförklaring.",
    "Med föreningar avses i denna överenskommelse ideella föreningar och andra idéburna organisationer som är verksamma i Sjöstads kommun och som är registrerade i kommunens föreningsregister.",
    "Överenskommelsen omfattar inte frågor om upphandling eller avtal om köp av tjänster. Sådana frågor regleras i kommunens riktlinjer för inköp och i lagen om offentlig upphandling.",
    "Under arbetet med överenskommelsen genomfördes fyra dialogmöten i Sjöstad, Norrby, Kvarnbo och Strandvik. Föreningarna lyfte bland annat behovet av enklare ansökningar, bättre information från kommunen och fler tillfällen att träffa andra föreningar. Flera föreningar beskrev också svårigheter att rekrytera nya ledare och styrelseledamöter, särskilt på de mindre orterna. Synpunkterna från dialogmötena har arbetats in i texten nedan, som är ordnad efter de principer som finns i den nationella överenskommelsen.",
    "Dialog",
    "En god dialog är grunden för all samverkan. " + DI1 + " Vid forumet diskuteras frågor som är aktuella för föreningslivet, till exempel bidragsregler, anläggningar och rekrytering av ledare. " + DI2 + " Utöver föreningsforumet finns möjlighet att boka enskilda möten med förvaltningens föreningskonsulenter.",
    KV1 + " Utbildningarna genomförs i samarbete med studieförbunden och är kostnadsfria för deltagarna. " + KV2,
    "Långsiktighet",
    "Föreningarna behöver stabila villkor för att kunna planera sin verksamhet. " + LA1 + " " + LA2,
    "Verksamhetsbidraget beräknas utifrån antalet medlemmar och aktiviteter och betalas ut i mars varje år. Beslut om bidrag fattas av kultur- och fritidsnämnden efter ansökan.",
    "Överenskommelse om samverkan – Sjöstads kommun och föreningslivet                    Sida 1 av 2\f",
    OP1 + " " + OP2 + " Redovisningen lämnas via kommunens e-tjänst för föreningar.",
    SJ1 + " Föreningarna har rätt att framföra kritik mot kommunen och att driva opinion i frågor som är viktiga för deras medlemmar.",
    "Mångfald",
    "Sjöstad blir rikare av ett föreningsliv med många olika inriktningar. " + MA1 + " " + MA2,
    "Tillgänglighet handlar både om fysisk tillgänglighet och om att information ska vara lätt att hitta och förstå. Under de senaste åren har kommunen och föreningarna bland annat samarbetat kring sommarlovsaktiviteter för barn och unga, språkcaféer på biblioteken och trygghetsvandringar i centrum. Sådana samarbeten visar hur mycket som kan åstadkommas när parterna drar åt samma håll.",
    UP1 + " Uppföljningen sker i form av en enkät till föreningarna och en genomgång vid höstens föreningsforum. Resultatet ligger till grund för eventuella förändringar. Överenskommelsen ska revideras senast under 2024.",
    DECISION,
    "För Sjöstads kommun\t\t\t\tFör föreningslivet i Sjöstad",
    "Eva Holmberg\t\t\t\t\tPer-Olof Strand",
    "Ordförande, kultur- och fritidsnämnden\t\tOrdförande, Sjöstads idrottsallians",
    "Frågor om överenskommelsen besvaras av föreningskonsulenten, kultur- och fritidsförvaltningen, telefon 0521-72 00 00, e-post forening@sjostad.se.",
]

TEXT = "\n\n".join(PARAS) + "\n"


def main():
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
        f.write(TEXT)
    text = re.sub(r"\s+", " ", TEXT)
    for x in C:
        assert x["text"] in text, x["text"]
    q = [
        ("vad lovar kommunen om utbildning for foreningar i sjostad", True,
         [KV1], ["två gånger per år"]),
        ("Vad ansvarar föreningarna i Sjöstad för när det gäller dialog?", True,
         [DI2], ["utse representanter", "återkoppla"]),
        ("När ska föreningarna i Sjöstad lämna in verksamhetsberättelsen?", True,
         [OP2], ["30 april"]),
        ("What extra support does Sjöstad give to newly started associations?", True,
         [MA1], ["nystartade föreningar", "två första verksamhetsår"]),
        ("När antogs överenskommelsen i Sjöstad och av vilken nämnd?", True,
         [DECISION], ["kultur- och fritidsnämnden", "12 maj 2020"]),
        ("Får kommunen i Sjöstad lägga sig i föreningarnas interna angelägenheter?", True,
         [SJ1], ["interna angelägenheter"]),
        ("Vad åtar sig båda parter i Sjöstads överenskommelse?", True,
         [LA2, MA2], ["i god tid", "tillgängligt för alla"]),
        ("Hur länge kan verksamhetsbidrag beviljas i Sjöstad?", True,
         [LA1], ["tre år"]),
        ("Hur många föreningar finns det i Sjöstad?", False, [], []),
        ("Does Sjöstad municipality offer free premises to associations?", False, [], []),
    ]
    questions = []
    for i, (question, ans, gold, must) in enumerate(q, 1):
        for g in gold:
            assert g in text, g
        for m in must:
            assert any(m in g for g in gold), m
        lang = "en" if re.match(r"(What|Does|When|Who|How|Is|Can)\b", question) else "sv"
        questions.append({"id": f"plain_noheadings-q{i}", "question": question, "language": lang,
                          "answerable": ans, "gold": list(gold), "must_mention": must})
    out = {
        "file": FILE,
        "layout": "plain_noheadings",
        "description": "Plain UTF-8 text, no heading markup: one paragraph per line, principles as lone words "
                       "('Dialog') or in running text ('När det gäller kvalitet ska kommunen …'), several "
                       "commitment sentences per paragraph mixed with non-commitment prose, form feed with a "
                       "page line, tab-aligned signature block",
        "metadata": {
            "doc_id": "sjostad",
            "title": TITLE,
            "place": "Sjöstad",
            "organisation": "Sjöstads kommun",
            "kind": "överenskommelse",
            "date": "2020-05-12",
            "body": "kultur- och fritidsnämnden",
        },
        "commitments": C,
        "questions": questions,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{FILE}: {len(C)} commitments, {len(questions)} questions")


if __name__ == "__main__":
    main()
