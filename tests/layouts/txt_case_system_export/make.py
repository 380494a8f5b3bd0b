#!/usr/bin/env python3
"""Generate a plain-text export from a municipal case-management system
(Ciceron-style "Ärendeutskrift") holding a KF protocol extract and the
adopted agreement as "Bilaga 1", plus expected.json."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "vretaholm_arendeutskrift_KS_2023_0412.txt"
LAYOUT = "txt_case_system_export"

SEP = "=" * 78
DASH = "-" * 78

TEXT = f"""{SEP}
VRETAHOLMS KOMMUN                                   Ciceron Classic 5.2
Ärendeutskrift                                      Utskriven: 2023-12-05 09:41
                                                    Av: LIHA01
{SEP}

Ärende:             Överenskommelse mellan Vretaholms kommun och idéburen sektor 2024–2027
Diarienummer:       KS 2023/0412
Ärendetyp:          SAM – Samverkan/Överenskommelse
Registrerat:        2023-03-14
Status:             Avslutat
Handläggare:        Linnea Hallström, utvecklingsstrateg, Kommunledningskontoret
Ansvarig enhet:     KLK/Strategi och utveckling
Beslutsinstans:     Kommunfullmäktige
Beslutsdatum:       2023-11-20
Sekretess:          Nej
Motpart:            Föreningsrådet i Vretaholm; Idéforum Vretaholm (nätverk)
Klassificering:     1.3.2 Samverkan med externa parter
Gallring:           Bevaras

Handlingar i ärendet
Nr  Datum       Typ Beskrivning                                          Sign
--  ----------  --- ---------------------------------------------------  ------
1   2023-03-14  I   Skrivelse från Föreningsrådet om ny överenskommelse  LIHA01
2   2023-05-22  A   Minnesanteckningar dialogmöte 1 (Folkets hus)        LIHA01
3   2023-09-28  U   Tjänsteskrivelse – förslag till överenskommelse      LIHA01
4   2023-10-17  P   Protokollsutdrag KSAU 2023-10-17, § 201              ANKA02
5   2023-11-06  P   Protokollsutdrag KS 2023-11-06, § 154                ANKA02
6   2023-11-20  P   Protokollsutdrag KF 2023-11-20, § 112                ANKA02
7   2023-11-20  B   Bilaga 1 – Överenskommelse, slutlig version          LIHA01
8   2023-12-01  U   Expediering till Föreningsrådet                      ANKA02

Beslutshistorik
2023-10-17  KSAU § 201   Förslag till kommunstyrelsen
2023-11-06  KS § 154     Förslag till kommunfullmäktige
2023-11-20  KF § 112     Beslut

{DASH}
Handling 6 av 8   Protokollsutdrag KF 2023-11-20, § 112
{DASH}

VRETAHOLMS KOMMUN                               PROTOKOLLSUTDRAG
Kommunfullmäktige                               Sammanträdesdatum 2023-11-20

Protokollsutdrag

§ 112                                           Dnr KS 2023/0412

Överenskommelse mellan Vretaholms kommun och idéburen sektor 2024–2027

Sammanfattning av ärendet
Föreningsrådet i Vretaholm inkom i mars 2023 med en skrivelse där rådet föreslog att kommunen och den idéburna sektorn tar fram en lokal överenskommelse om samverkan. Den tidigare Riktlinjer för föreningssamverkan antogs 2015 och har inte reviderats sedan dess.
Under perioden maj–september 2023 har kommunledningskontoret tillsammans med Föreningsrådet och Idéforum Vretaholm genomfört fyra dialogmöten där sammanlagt 46 föreningar, två trossamfund och ett socialt företag har deltagit. Förslaget bygger på de sex principerna i den nationella överenskommelsen mellan regeringen, idéburna organisationer och Sveriges Kommuner och Regioner från 2008, kompletterade med en lokal princip om jämställdhet.
Kommunstyrelsen föreslår att kommunfullmäktige antar överenskommelsen och att Riktlinjer för föreningssamverkan (KF 2015-06-15, § 58) upphävs.
Överenskommelsen bedöms inte medföra några direkta kostnader utöver befintlig budget. Eventuella förändringar av bidragsreglerna hanteras i kultur- och fritidsnämndens ordinarie budgetprocess.

Beslutsunderlag
- Tjänsteskrivelse, kommunledningskontoret, 2023-09-28
- Kommunstyrelsens arbetsutskotts protokoll 2023-10-17, § 201
- Kommunstyrelsens protokoll 2023-11-06, § 154
- Överenskommelse mellan Vretaholms kommun och idéburen sektor 2024–2027, bilaga 1

Yrkanden
Helena Berg (S) yrkar bifall till kommunstyrelsens förslag.
Erik Sandberg (C) yrkar bifall till kommunstyrelsens förslag.
Maja Lindqvist (V) yrkar, med instämmande av Sofia Ek (MP), tillägg om att överenskommelsen ska följas upp av kommunfullmäktige varje år.

Beslutsgång
Ordföranden ställer proposition på kommunstyrelsens förslag och finner att kommunfullmäktige bifaller detta.
Ordföranden ställer därefter proposition på Maja Lindqvists (V) tilläggsyrkande och finner att kommunfullmäktige avslår detta.

Reservation
Maja Lindqvist (V) och Sofia Ek (MP) reserverar sig mot beslutet att avslå tilläggsyrkandet.

Kommunfullmäktiges beslut
Kommunfullmäktige beslutar att anta Överenskommelse mellan Vretaholms kommun och idéburen sektor 2024–2027 enligt bilaga 1.
Kommunfullmäktige beslutar vidare att upphäva Riktlinjer för föreningssamverkan (KF 2015-06-15, § 58) från och med 2024-01-01.

Expedieras till
Föreningsrådet i Vretaholm
Idéforum Vretaholm
Kultur- och fritidsförvaltningen
Socialförvaltningen
Utbildningsförvaltningen
Kommunledningskontoret, Linnea Hallström

Justerandes sign          Utdragsbestyrkande
..................        ..................

{DASH}
Handling 7 av 8   Bilaga 1 – Överenskommelse, slutlig version
{DASH}

Bilaga 1 till KF § 112/2023
Dnr KS 2023/0412

ÖVERENSKOMMELSE MELLAN VRETAHOLMS KOMMUN OCH IDÉBUREN SEKTOR I VRETAHOLM 2024–2027

Antagen av kommunfullmäktige 2023-11-20, § 112.
Överenskommelsen gäller från och med 2024-01-01 till och med 2027-12-31.
Dokumentansvarig: Kommunledningskontoret, Strategi och utveckling

1. Inledning
Vretaholm har ett rikt föreningsliv med omkring 240 registrerade föreningar, från idrottsklubbar och hembygdsföreningar till studieförbund, trossamfund och kvinno- och tjejjourer. Föreningslivet bidrar till gemenskap, demokrati och trygghet i hela kommunen, inte minst i kransorterna Nolby, Österåker och Mossbacka.
Den här överenskommelsen beskriver hur Vretaholms kommun och den idéburna sektorn ska samverka under perioden 2024–2027. Den ersätter Riktlinjer för föreningssamverkan från 2015.
Överenskommelsen är inte ett juridiskt bindande avtal. Den är en gemensam avsiktsförklaring som båda parter har tagit fram tillsammans och som ska prägla det dagliga arbetet.

2. Parter
Överenskommelsen ingås mellan Vretaholms kommun och de idéburna organisationer som verkar i Vretaholm och som ansluter sig till den. Den idéburna sektorn företräds i arbetet med överenskommelsen av Föreningsrådet i Vretaholm och Idéforum Vretaholm.
En organisation ansluter sig genom att anmäla det till kommunens samordnare för idéburen sektor. En förteckning över anslutna organisationer finns på kommunens webbplats.

Syfte Och Mål
Syftet med överenskommelsen är att stärka den idéburna sektorns roll som röstbärare och utförare och att skapa goda förutsättningar för samverkan mellan kommunen och sektorn.
Målen för perioden är att:
* fler barn och unga ska vara aktiva i föreningslivet år 2027 än år 2023
* andelen föreningar som upplever att de blir lyssnade på av kommunen ska öka
* samverkan ska omfatta fler områden än idrott och kultur, till exempel socialt arbete och integration

Begrepp Och Definitioner
Idéburen organisation: En organisation som har ett allmännyttigt syfte, är fristående från offentlig sektor och inte har vinstsyfte. Exempel är ideella föreningar, stiftelser, trossamfund och sociala företag som återinvesterar sitt överskott.
Idéburen sektor: Samlingsnamn för de idéburna organisationerna i Vretaholm.
Röstbärare: När en organisation företräder sina medlemmars eller målgruppers intressen, till exempel genom opinionsbildning.
Utförare: När en organisation genomför verksamhet med finansiering från kommunen, genom bidrag, idéburet offentligt partnerskap (IOP) eller upphandling.

Principer för samverkan
Överenskommelsen bygger på sex principer från den nationella överenskommelsen och en lokal princip om jämställdhet. Under varje princip anges vad kommunen, de idéburna organisationerna och parterna gemensamt åtar sig.

3. Självständighet och oberoende
Den idéburna sektorns självständighet är en förutsättning för att organisationerna ska kunna vara röstbärare och ge uttryck för sina medlemmars intressen. Det gäller även när organisationerna tar emot bidrag från kommunen.
Kommunen åtar sig att:
- respektera organisationernas rätt att själva bestämma över sina mål, stadgar och arbetsformer
- inte använda bidragsvillkor för att styra organisationernas opinionsbildning
De idéburna organisationerna åtar sig att:
- tydligt redovisa när de agerar som utförare på uppdrag av kommunen och när de agerar som röstbärare
- värna sitt oberoende genom att söka finansiering från flera håll där det är möjligt

4. Dialog
Dialog förutsätter att båda parter har möjlighet att påverka och att dialogen förs i ett skede där det fortfarande går att påverka.
Kommunens åtaganden: bjuda in föreningslivet till dialog innan beslut som berör sektorn fattas; utse en samordnare för idéburen sektor på kommunledningskontoret; återkoppla skriftligt inom fyra veckor hur synpunkter från dialogmöten har hanterats.
Föreningarnas åtaganden: delta i dialogmöten med företrädare som har mandat att föra organisationens talan; sprida information från dialogmötena till sina medlemmar.

Kvalitet
Kvalitet i verksamheten handlar både om att verksamheten når sina mål och om att deltagarna har inflytande. Organisationerna har själva ansvar för kvaliteten i sin verksamhet.
Kommunen åtar sig att
a) ha enkla och förutsägbara ansökningsprocesser för föreningsbidrag,
b) erbjuda föreningarna kostnadsfri utbildning i ekonomi, styrelsearbete och uppföljning,
c) anpassa kraven på redovisning efter bidragets storlek.
De idéburna organisationerna åtar sig att
a) följa upp sin verksamhet mot de mål som anges i bidragsbeslut eller avtal,
b) ta tillvara deltagarnas synpunkter i utvecklingen av verksamheten.

5. Långsiktighet
Många föreningar bygger sin verksamhet på ideella krafter som behöver kunna planera mer än ett år i taget. Korta projekt utan fortsättning riskerar att slita på både ideella och anställda.
Kommunen ska i första hand bevilja treåriga verksamhetsbidrag till organisationer med löpande verksamhet. Kommunen ska meddela ändringar i bidragsregler senast sex månader innan de träder i kraft. Organisationerna ska i god tid informera kommunen om de inte längre kan fullfölja en överenskommen verksamhet.
Parterna ska gemensamt planera för hur verksamheter som startats som projekt kan fortsätta när projektmedlen upphör.

6. Öppenhet och insyn
Öppenhet och insyn är en förutsättning för förtroende mellan parterna och för allmänhetens förtroende för hur skattemedel används.
Kommunen ska:
- publicera bidragsregler, beviljade bidrag och lediga lokaler på kommunens webbplats
- redovisa årligen hur föreningsbidragen har fördelats mellan olika verksamhetsområden
Organisationerna ska:
- lämna verksamhetsberättelse, ekonomisk redovisning och revisionsberättelse när de ansöker om bidrag
- ge kommunen insyn i hur kommunala medel har använts

Mångfald
Vretaholm är en kommun där 28 procent av invånarna är födda utomlands. Ett mångsidigt föreningsliv gör det möjligt för fler att hitta en plats där de kan engagera sig.
Kommunen åtar sig att underlätta för nya och små föreningar att ta del av lokaler, bidrag och information.
De idéburna organisationerna åtar sig att arbeta för att deras verksamheter är öppna för alla oavsett kön, etnisk tillhörighet, religion, funktionsnedsättning, sexuell läggning eller ålder.
Parterna ska tillsammans motverka diskriminering och kränkande behandling i sina verksamheter.

7. Jämställdhet – lokal princip för Vretaholm
I dialogmötena lyftes att flickor och kvinnor är underrepresenterade i föreningslivets styrelser och att tillgången till lokaler och träningstider är ojämnt fördelad. Parterna har därför valt att lägga till en lokal princip.
* Kommunen ska fördela lokaltider och bidrag så att flickor och pojkar får likvärdiga möjligheter.
* Föreningarna ska verka för en jämn könsfördelning i styrelser och bland ledare.

Så Följer Vi Upp
Parterna åtar sig gemensamt att:
- hålla möten i samverkansrådet minst fyra gånger per år
- genomföra en gemensam uppföljning av överenskommelsen varje höst
- revidera överenskommelsen senast under 2027
Samverkansrådet består av tre förtroendevalda från kommunstyrelsen och fyra företrädare för den idéburna sektorn som utses av Föreningsrådet och Idéforum Vretaholm. Kommunens samordnare för idéburen sektor är sekreterare.
Uppföljningen sker genom en enkät till de anslutna organisationerna och en sammanställning från förvaltningarna. Resultatet redovisas för kommunstyrelsen i december.

Handlingsplan 2024 (vägledande, revideras årligen)
Aktivitet: Digital föreningsportal med bidragsansökan | Ansvar: Kultur- och fritidsförvaltningen | Klart: Q2 2024
Aktivitet: Utbildningsdag för föreningsstyrelser | Ansvar: Studieförbunden i samverkan med KLK | Klart: Q3 2024
Aktivitet: Kartläggning av lokalbehov i kransorterna | Ansvar: Samverkansrådet | Klart: Q4 2024
Aktivitet: Första gemensamma uppföljningen | Ansvar: Samverkansrådet | Klart: december 2024

8. Underskrifter
Vretaholm den 1 december 2023

För Vretaholms kommun                     För idéburen sektor i Vretaholm

______________________________            ______________________________
Helena Berg (S)                           Jonas Åkesson
Kommunstyrelsens ordförande               Ordförande, Föreningsrådet i Vretaholm

                                          ______________________________
                                          Amira Haddad
                                          Samordnare, Idéforum Vretaholm

{DASH}
Justering och anslag (protokoll KF 2023-11-20)
{DASH}
Ordförande:        ______________________  Karin Nordén (M)
Justerare:         ______________________  Anna Lind (S)
Justerare:         ______________________  Per-Olof Nyström (KD)
Sekreterare:       ______________________  Anders Karlsson
Justeringsdatum:   2023-11-24
Anslag uppsatt:    2023-11-27
Anslag nedtas:     2023-12-19
Förvaringsplats:   Kommunledningskontoret, Vretaholms kommun

Utdragsbestyrkande: Anders Karlsson, kommunsekreterare
*** Slut på ärendeutskrift – KS 2023/0412 – sida 1–6 ***
"""

S, O, D, K, L, OI, M, J = ("sjalvstandighet_och_oberoende", "dialog", None, "kvalitet",
                           "langsiktighet", "oppenhet_och_insyn", "mangfald", "jamstalldhet")
P, C, G = "public", "civil_society", "joint"

COMMITMENTS = [
    ("respektera organisationernas rätt att själva bestämma över sina mål, stadgar och arbetsformer", S, P),
    ("inte använda bidragsvillkor för att styra organisationernas opinionsbildning", S, P),
    ("tydligt redovisa när de agerar som utförare på uppdrag av kommunen och när de agerar som röstbärare", S, C),
    ("värna sitt oberoende genom att söka finansiering från flera håll där det är möjligt", S, C),
    ("bjuda in föreningslivet till dialog innan beslut som berör sektorn fattas", O, P),
    ("utse en samordnare för idéburen sektor på kommunledningskontoret", O, P),
    ("återkoppla skriftligt inom fyra veckor hur synpunkter från dialogmöten har hanterats", O, P),
    ("delta i dialogmöten med företrädare som har mandat att föra organisationens talan", O, C),
    ("sprida information från dialogmötena till sina medlemmar", O, C),
    ("ha enkla och förutsägbara ansökningsprocesser för föreningsbidrag", K, P),
    ("erbjuda föreningarna kostnadsfri utbildning i ekonomi, styrelsearbete och uppföljning", K, P),
    ("anpassa kraven på redovisning efter bidragets storlek", K, P),
    ("följa upp sin verksamhet mot de mål som anges i bidragsbeslut eller avtal", K, C),
    ("ta tillvara deltagarnas synpunkter i utvecklingen av verksamheten", K, C),
    ("Kommunen ska i första hand bevilja treåriga verksamhetsbidrag till organisationer med löpande verksamhet.", L, P),
    ("Kommunen ska meddela ändringar i bidragsregler senast sex månader innan de träder i kraft.", L, P),
    ("Organisationerna ska i god tid informera kommunen om de inte längre kan fullfölja en överenskommen verksamhet.", L, C),
    ("Parterna ska gemensamt planera för hur verksamheter som startats som projekt kan fortsätta när projektmedlen upphör.", L, G),
    ("publicera bidragsregler, beviljade bidrag och lediga lokaler på kommunens webbplats", OI, P),
    ("redovisa årligen hur föreningsbidragen har fördelats mellan olika verksamhetsområden", OI, P),
    ("lämna verksamhetsberättelse, ekonomisk redovisning och revisionsberättelse när de ansöker om bidrag", OI, C),
    ("ge kommunen insyn i hur kommunala medel har använts", OI, C),
    ("Kommunen åtar sig att underlätta för nya och små föreningar att ta del av lokaler, bidrag och information.", M, P),
    ("De idéburna organisationerna åtar sig att arbeta för att deras verksamheter är öppna för alla oavsett kön, etnisk tillhörighet, religion, funktionsnedsättning, sexuell läggning eller ålder.", M, C),
    ("Parterna ska tillsammans motverka diskriminering och kränkande behandling i sina verksamheter.", M, G),
    ("Kommunen ska fördela lokaltider och bidrag så att flickor och pojkar får likvärdiga möjligheter.", J, P),
    ("Föreningarna ska verka för en jämn könsfördelning i styrelser och bland ledare.", J, C),
    ("hålla möten i samverkansrådet minst fyra gånger per år", None, G),
    ("genomföra en gemensam uppföljning av överenskommelsen varje höst", None, G),
    ("revidera överenskommelsen senast under 2027", None, G),
]

Q = []


def q(question, lang, gold, must):
    Q.append({"id": f"{LAYOUT}-q{len(Q) + 1}", "question": question, "language": lang,
              "answerable": bool(gold), "gold": gold, "must_mention": must})


q("vad ska kommunen gora nar det galler dialog med foreningarna i vretaholm", "sv",
  ["bjuda in föreningslivet till dialog innan beslut som berör sektorn fattas",
   "utse en samordnare för idéburen sektor på kommunledningskontoret",
   "återkoppla skriftligt inom fyra veckor hur synpunkter från dialogmöten har hanterats"],
  ["innan beslut", "samordnare för idéburen sektor", "inom fyra veckor"])
q("När antogs överenskommelsen mellan Vretaholms kommun och idéburen sektor, och av vilket organ?", "sv",
  ["Antagen av kommunfullmäktige 2023-11-20, § 112."],
  ["kommunfullmäktige", "2023-11-20"])
q("What do the civil society organisations in Vretaholm commit to under the quality principle?", "en",
  ["följa upp sin verksamhet mot de mål som anges i bidragsbeslut eller avtal",
   "ta tillvara deltagarnas synpunkter i utvecklingen av verksamheten"],
  ["följa upp sin verksamhet", "deltagarnas synpunkter"])
q("far kommunen anvanda bidragen for att styra vad var forening sager offentligt?", "sv",
  ["inte använda bidragsvillkor för att styra organisationernas opinionsbildning"],
  ["inte använda bidragsvillkor", "opinionsbildning"])
q("Vad menas med idéburen organisation i Vretaholms överenskommelse?", "sv",
  ["Idéburen organisation: En organisation som har ett allmännyttigt syfte, är fristående från offentlig sektor och inte har vinstsyfte.",
   "Exempel är ideella föreningar, stiftelser, trossamfund och sociala företag som återinvesterar sitt överskott."],
  ["allmännyttigt syfte", "fristående från offentlig sektor", "inte har vinstsyfte"])
q("Compare what the municipality and the organisations commit to on openness and transparency in Vretaholm.", "en",
  ["publicera bidragsregler, beviljade bidrag och lediga lokaler på kommunens webbplats",
   "redovisa årligen hur föreningsbidragen har fördelats mellan olika verksamhetsområden",
   "lämna verksamhetsberättelse, ekonomisk redovisning och revisionsberättelse när de ansöker om bidrag",
   "ge kommunen insyn i hur kommunala medel har använts"],
  ["kommunens webbplats", "fördelats", "verksamhetsberättelse", "insyn i hur kommunala medel"])
q("hur lange galler overenskommelsen", "sv",
  ["Överenskommelsen gäller från och med 2024-01-01 till och med 2027-12-31."],
  ["2024-01-01", "2027-12-31"])
q("Which commitments in the Vretaholm agreement concern gender equality (jämställdhet)?", "en",
  ["Kommunen ska fördela lokaltider och bidrag så att flickor och pojkar får likvärdiga möjligheter.",
   "Föreningarna ska verka för en jämn könsfördelning i styrelser och bland ledare."],
  ["lokaltider och bidrag", "jämn könsfördelning"])
q("Hur stort årligt bidrag får Föreningsrådet i Vretaholm från kommunen?", "sv", [], [])
q("Which sports halls in Vretaholm can associations book free of charge under the agreement?", "en", [], [])


def main():
    path = os.path.join(HERE, FILE)
    with open(path, "w", encoding="utf-8") as f:
        f.write(TEXT)
    flat = " ".join(TEXT.split())
    for t, _, _ in COMMITMENTS:
        assert " ".join(t.split()) in flat, t
    for qq in Q:
        for g in qq["gold"]:
            assert " ".join(g.split()) in flat, g
        for m in qq["must_mention"]:
            assert any(m in g for g in qq["gold"]), m
    exp = {
        "file": FILE,
        "layout": LAYOUT,
        "description": ("Plain-text export from a municipal case-management system (Ciceron-style "
                        "'Ärendeutskrift'): header block with Ärende/Diarienummer/Handläggare/Beslutsinstans, "
                        "document list and decision history, a KF protocol extract (§ 112) with yrkanden, "
                        "beslutsgång and 'Kommunfullmäktige beslutar att anta …', then the agreement as "
                        "'Bilaga 1': plain-line headings (some numbered '3.', some Title Case), '-', '*' and "
                        "'a)' lists, one principle with 'Kommunens åtaganden: …; …; …' semicolon lines, "
                        "sentence commitments, a local principle Jämställdhet, goals, definitions, an "
                        "action-plan that is not commitments, signature and justering lines at the end."),
        "metadata": {
            "doc_id": "vretaholm",
            "title": "Överenskommelse mellan Vretaholms kommun och idéburen sektor i Vretaholm 2024–2027",
            "place": "Vretaholm",
            "organisation": "Vretaholms kommun",
            "kind": "överenskommelse",
            "date": "2023-11-20",
            "body": "kommunfullmäktige",
        },
        "commitments": [{"text": t, "principle": p, "party": pa} for t, p, pa in COMMITMENTS],
        "questions": Q,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {FILE} and expected.json: {len(COMMITMENTS)} commitments, {len(Q)} questions")


if __name__ == "__main__":
    main()
