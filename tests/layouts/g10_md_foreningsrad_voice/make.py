#!/usr/bin/env python3
"""Generate angsholms_foreningsrad_overenskommelsen.md and expected.json.

A page from a föreningsråd's own website (Jekyll/kramdown source): the local
överenskommelse told in the associations' voice ("vi" = föreningslivet,
"kommunen" = the other party)."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.basename(HERE)
FILE = "angsholms_foreningsrad_overenskommelsen.md"

DOC = """---
layout: page
title: "Överenskommelsen mellan föreningslivet och Ängsholms kommun"
permalink: /overenskommelsen/
description: "Så samverkar föreningarna i Ängsholm med kommunen – läs överenskommelsen 2025–2028."
nav_order: 3
image: /assets/img/foreningsdagen-2024.jpg
last_modified_at: 2025-06-12
tags: [överenskommelse, kommunen, samverkan, påverkan]
---

<!-- Uppdaterad efter årsmötet. TODO: byt bild när vi har foton från undertecknandet (Karin) -->

# Överenskommelsen mellan föreningslivet och Ängsholms kommun
{: .no_toc }

Föreningslivet och Ängsholms kommun har för första gången en gemensam överenskommelse om hur vi ska arbeta tillsammans. På den här sidan berättar vi hur den kom till, vad vi har lovat varandra och vad som händer nu.
{: .lead }

<div class="faktaruta" markdown="1">

**Fakta om överenskommelsen**

- **Fullständigt namn:** Lokal överenskommelse om samverkan mellan Ängsholms kommun och föreningslivet i Ängsholm 2025–2028
- **Parter:** Ängsholms kommun och föreningarna i Ängsholm, företrädda av Ängsholms Föreningsråd
- **Beslutad av kommunfullmäktige:** 24 februari 2025, § 14 (dnr KS 2024/0288)
- **Godkänd av föreningsrådets årsmöte:** 22 mars 2025
- **Gäller:** 1 april 2025 – 31 december 2028
- **Ansvarig nämnd:** kultur- och fritidsnämnden

</div>

<details markdown="1">
<summary>Innehåll på sidan</summary>

* TOC
{:toc}

</details>

## Så tog vi fram överenskommelsen

Idén väcktes på Föreningsdagen i oktober 2022. Många föreningar berättade då att de ofta fick veta för sent när kommunen ändrade bidragsregler eller taxor, och att det var svårt att veta vem på kommunen man skulle vända sig till. Föreningsrådet tog frågan vidare till kultur- och fritidsnämnden, som i februari 2023 gav förvaltningen i uppdrag att tillsammans med oss undersöka om en lokal överenskommelse kunde vara ett sätt att komma vidare.

Vi har hämtat inspiration från den nationella överenskommelsen mellan regeringen och den idéburna sektorn från 2008 och från överenskommelser i andra kommuner. De sex nationella principerna finns med, och vi har lagt till en sjunde – barnrättsperspektiv – eftersom nästan hälften av våra medlemsföreningar har verksamhet för barn och unga.

Under våren och hösten 2023 höll vi sju dialogmöten i Ängsholm, Bäckeby och Norrtuna. Sammanlagt kom 142 personer från 61 föreningar. En arbetsgrupp med fem personer från föreningsrådet och fyra tjänstepersoner från kultur- och fritidsförvaltningen sammanställde det som kom fram. Uppdraget var att arbetsgruppen skulle ta fram ett förslag som både föreningarna och kommunen kunde ställa sig bakom.

Förslaget var ute på remiss mellan 1 mars och 15 april 2024. Vi fick 38 svar, varav 31 från föreningar, och flera av synpunkterna har arbetats in – bland annat kravet på längre svarstider och delen om lokaler. Kultur- och fritidsnämnden ställde sig bakom förslaget den 19 november 2024, och kommunfullmäktige fattade beslut den 24 februari 2025.

> ”Det här är inget avtal med juridiska krav, men det är ett löfte. Nu har vi något att peka på när samarbetet inte fungerar – och något att vara stolta över när det gör det.”
> – Karin Sjöberg, ordförande i Ängsholms Föreningsråd

![Deltagare vid dialogmötet i Bäckeby bygdegård](/assets/img/dialogmote-backeby.jpg){: .bild-full }
*Dialogmöte i Bäckeby bygdegård, september 2023. Foto: Leif Ahlgren*

## Vad är överenskommelsen – och vad är den inte?

Överenskommelsen beskriver hur föreningslivet och kommunen ska samverka. Den är inte juridiskt bindande och ersätter inte regler för bidrag, lokaluthyrning eller upphandling. Den gäller alla ideella föreningar i Ängsholm, även de som inte är medlemmar i föreningsrådet.

När vi skriver ”vi” och ”oss” nedan menar vi föreningslivet i Ängsholm. När det står ”kommunen” menas Ängsholms kommun, både politiker och förvaltningar.

## Principerna och våra åtaganden

Överenskommelsen bygger på sju principer. Under varje princip står vad vi åtar oss, vad kommunen åtar sig och vad vi ska göra tillsammans.

### 1. Självständighet och oberoende

Föreningarna i Ängsholm finns till för sina medlemmar och för det de brinner för – inte för att utföra kommunens uppdrag. Vi bestämmer själva över våra mål, vår verksamhet och hur vi organiserar oss, och vi har rätt att vara kritiska mot kommunen även när vi får bidrag.

**Vi åtar oss att:**

- stå för våra egna värderingar och vara tydliga med vilka frågor vi driver, även när vi inte håller med kommunen
- vara tydliga med när vi talar för vår egen förening och när vi företräder föreningslivet i stort

**Kommunen åtar sig att:**

- respektera föreningarnas rätt att granska och kritisera kommunens beslut, även när föreningen får bidrag från kommunen
- inte ställa villkor i bidrag eller avtal som styr föreningens inre arbete, utöver vad som krävs för att följa upp hur pengarna används

Tillsammans ska vi hålla isär rollerna som bidragsmottagare, samarbetspart och röstbärare, så att en förening aldrig behöver vara rädd för att kritik påverkar dess bidrag.

### 2. Dialog

Många av de bästa idéerna i Ängsholm har kommit från föreningarna. Men dialog fungerar bara om den sker i tid och om man får veta vad som hände med det man sa. Vi har alla varit på möten där besluten redan var fattade.

**Vi åtar oss att:**

- samla in synpunkter från medlemsföreningarna inför varje dialogmöte och föra dem vidare till kommunen
- svara på remisser inom den tid som anges, eller höra av oss i god tid om vi behöver mer tid
- sprida information från kommunen till våra medlemsföreningar via nyhetsbrevet Föreningsnytt och hemsidan

**Kommunen åtar sig att:**

- bjuda in föreningslivet till dialog tidigt, innan beslut är fattade, i frågor som berör föreningarnas villkor
- skicka remisser till föreningsrådet med minst sex veckors svarstid
- återkoppla skriftligt hur synpunkterna från dialogmötena har tagits om hand

Tillsammans ska vi hålla minst två dialogmöten per år, ett på våren och ett på hösten, där både förtroendevalda och tjänstepersoner från kommunen deltar.

### 3. Kvalitet

För oss handlar kvalitet om att verksamheten håller vad den lovar – för deltagarna, för medlemmarna och för den som ger bidrag. Kvalitet i en förening ser inte likadan ut som kvalitet i en kommunal verksamhet, och det ska synas i hur den följs upp.

Vi ansvarar för att de pengar vi får från kommunen används till det de är avsedda för och att vi redovisar dem på det sätt som vi har kommit överens om. Vi kommer att uppmuntra våra ledare och styrelseledamöter att gå de utbildningar som erbjuds.

Kommunen ska förenkla ansökan och redovisning av föreningsbidrag, så att samma uppgifter inte behöver lämnas flera gånger. Kommunen kommer också att erbjuda en kostnadsfri grundutbildning i föreningskunskap – ekonomi, styrelsearbete och dataskydd – minst en gång per termin.

**Tillsammans ska vi:**

- ta fram enkla sätt att beskriva vad föreningslivet betyder för Ängsholm, som inte bara bygger på antal deltagartillfällen

### 4. Långsiktighet

Det tar år att bygga upp en verksamhet, men bara ett beslut att rasera den. De flesta föreningar planerar flera år framåt, och många har lån eller hyreskontrakt som löper längre än ett bidragsår.

**Kommunen åtar sig att:**

- i första hand ge verksamhetsbidrag som gäller i tre år i stället för ett år i taget
- informera om förändringar i bidragsregler, taxor och lokalhyror senast sex månader innan de börjar gälla
- ta med föreningarnas behov av lokaler och anläggningar i den fysiska planeringen, till exempel
  när nya bostadsområden planeras i Norrtuna och på Sjövallen

**Vi åtar oss att:**

- arbeta för att varje förening har en plan för hur nya ledare och styrelseledamöter ska rekryteras
- meddela kommunen så snart som möjligt om en verksamhet som får bidrag riskerar att läggas ned

Tillsammans ska vi se över reglerna för föreningsbidrag under 2026, med utgångspunkt i det som står i den här överenskommelsen.

### 5. Öppenhet och insyn

Förtroende bygger på att man vet vad den andra gör. Det gäller åt båda hållen.

**Vi i föreningslivet åtar oss att:**

- ha stadgar, protokoll från årsmöten och bokslut tillgängliga för våra medlemmar och för kommunen när vi tar emot offentliga medel
- berätta öppet om hur föreningsrådet är organiserat, hur vi fattar beslut och vilka föreningar som är medlemmar

Kommunen åtar sig att publicera alla beslut om föreningsbidrag på kommunens webbplats, med belopp och mottagare. Kommunen ansvarar också för att det finns en väg in för föreningar – Föreningsservice på kultur- och fritidsförvaltningen – som kan svara på frågor eller slussa vidare till rätt person.

### 6. Mångfald

I Ängsholm talas fler än 40 språk. Föreningslivet är en av de viktigaste platserna där människor med olika bakgrund möts, men vi vet att alla inte hittar till oss i dag. Det gäller särskilt nyanlända, personer med funktionsnedsättning och familjer med små marginaler.

| Vi åtar oss att | Kommunen åtar sig att |
|---|---|
| välkomna alla som vill vara med, oavsett bakgrund, funktionsförmåga, ekonomi eller kön | göra kommunens föreningsinformation tillgänglig på lätt svenska och på de vanligaste språken i Ängsholm |
| se över våra avgifter så att det går att vara med även om man har ont om pengar | ge förtur vid lokalbokning till verksamhet som når grupper som i dag deltar i mindre utsträckning |
| | fortsätta att ge bidrag till tillgänglighetsanpassning av föreningslokaler |

Tillsammans ska vi arrangera en årlig föreningsmässa där nya invånare kan möta föreningslivet.

### 7. Barnrättsperspektiv

Barnkonventionen är svensk lag sedan 2020. Nästan hälften av föreningarna i Ängsholm har verksamhet för barn och unga, och för många barn är föreningen den viktigaste platsen utanför skolan och hemmet. Vi vill att fler barn ska få vara med och bestämma.

**Vi åtar oss att:**

- arbeta förebyggande mot kränkningar, trakasserier och övergrepp, bland annat genom att begära utdrag ur belastningsregistret för ledare som arbetar med barn[^1]
- låta barn och unga vara med och påverka verksamheten i våra föreningar

**Kommunen åtar sig att:**

- göra en barnkonsekvensanalys innan beslut som påverkar barns möjligheter till fritid i föreningslivet

## Uppföljning

Föreningsrådet och kultur- och fritidsförvaltningen ansvarar gemensamt för att följa upp överenskommelsen varje år och redovisa resultatet för kultur- och fritidsnämnden och på föreningsrådets årsmöte. Tillsammans ska vi göra en större utvärdering under 2028, innan överenskommelsen ska förnyas.

### Det här händer under 2025

| När | Vad |
|---|---|
| 3 april | Undertecknande på Föreningsdagen i Folkets hus |
| Maj | Första dialogmötet enligt den nya överenskommelsen |
| September | Föreningsmässan på Torget |
| November | Uppföljningsträff – hur har första halvåret gått? |

## Läs mer

- [Överenskommelsen i sin helhet (PDF, 412 kB)](/assets/dokument/overenskommelse-angsholm-2025-2028.pdf)
- [Protokollsutdrag kommunfullmäktige 2025-02-24, § 14](https://www.angsholm.se/download/18.4f1c2a/kf-protokoll-2025-02-24.pdf)
- [Kommunens sida om föreningsbidrag](https://www.angsholm.se/uppleva-och-gora/foreningsliv/bidrag)
- [Den nationella överenskommelsen (regeringen.se)](https://www.regeringen.se/)
- [Remissvaren 2024 – sammanställning](/remiss-2024/)

## Kontakt

Har du frågor om överenskommelsen, eller vill du tipsa om något som inte fungerar? Hör av dig!

**Ängsholms Föreningsråd**  
Karin Sjöberg, ordförande  
070-318 44 52  
[kansli@angsholmsforeningsrad.se](mailto:kansli@angsholmsforeningsrad.se)  
Folkets hus, Storgatan 14, 745 91 Ängsholm

**Ängsholms kommun, Föreningsservice**  
Kultur- och fritidsförvaltningen  
0171-52 60 00 (växel)  
[foreningsservice@angsholm.se](mailto:foreningsservice@angsholm.se)

[^1]: Föreningsrådet har tagit fram en mall för hur föreningen hanterar registerutdrag. Den finns under [Material för föreningar](/material/).

---

*Sidan senast uppdaterad 12 juni 2025 av föreningsrådets kansli.*  
*© Ängsholms Föreningsråd · Org.nr 802456-7781 · [Om cookies på sajten](/cookies/)*
"""

S, D, K, L, O, M, B = ("sjalvstandighet_och_oberoende", "dialog", "kvalitet", "langsiktighet",
                          "oppenhet_och_insyn", "mangfald", "barnrattsperspektiv")
C, P, J = "civil_society", "public", "joint"

COMMITMENTS = [
    (S, C, "stå för våra egna värderingar och vara tydliga med vilka frågor vi driver, även när vi inte håller med kommunen"),
    (S, C, "vara tydliga med när vi talar för vår egen förening och när vi företräder föreningslivet i stort"),
    (S, P, "respektera föreningarnas rätt att granska och kritisera kommunens beslut, även när föreningen får bidrag från kommunen"),
    (S, P, "inte ställa villkor i bidrag eller avtal som styr föreningens inre arbete, utöver vad som krävs för att följa upp hur pengarna används"),
    (S, J, "Tillsammans ska vi hålla isär rollerna som bidragsmottagare, samarbetspart och röstbärare, så att en förening aldrig behöver vara rädd för att kritik påverkar dess bidrag."),
    (D, C, "samla in synpunkter från medlemsföreningarna inför varje dialogmöte och föra dem vidare till kommunen"),
    (D, C, "svara på remisser inom den tid som anges, eller höra av oss i god tid om vi behöver mer tid"),
    (D, C, "sprida information från kommunen till våra medlemsföreningar via nyhetsbrevet Föreningsnytt och hemsidan"),
    (D, P, "bjuda in föreningslivet till dialog tidigt, innan beslut är fattade, i frågor som berör föreningarnas villkor"),
    (D, P, "skicka remisser till föreningsrådet med minst sex veckors svarstid"),
    (D, P, "återkoppla skriftligt hur synpunkterna från dialogmötena har tagits om hand"),
    (D, J, "Tillsammans ska vi hålla minst två dialogmöten per år, ett på våren och ett på hösten, där både förtroendevalda och tjänstepersoner från kommunen deltar."),
    (K, C, "Vi ansvarar för att de pengar vi får från kommunen används till det de är avsedda för och att vi redovisar dem på det sätt som vi har kommit överens om."),
    (K, C, "Vi kommer att uppmuntra våra ledare och styrelseledamöter att gå de utbildningar som erbjuds."),
    (K, P, "Kommunen ska förenkla ansökan och redovisning av föreningsbidrag, så att samma uppgifter inte behöver lämnas flera gånger."),
    (K, P, "Kommunen kommer också att erbjuda en kostnadsfri grundutbildning i föreningskunskap – ekonomi, styrelsearbete och dataskydd – minst en gång per termin."),
    (K, J, "ta fram enkla sätt att beskriva vad föreningslivet betyder för Ängsholm, som inte bara bygger på antal deltagartillfällen"),
    (L, P, "i första hand ge verksamhetsbidrag som gäller i tre år i stället för ett år i taget"),
    (L, P, "informera om förändringar i bidragsregler, taxor och lokalhyror senast sex månader innan de börjar gälla"),
    (L, P, "ta med föreningarnas behov av lokaler och anläggningar i den fysiska planeringen, till exempel när nya bostadsområden planeras i Norrtuna och på Sjövallen"),
    (L, C, "arbeta för att varje förening har en plan för hur nya ledare och styrelseledamöter ska rekryteras"),
    (L, C, "meddela kommunen så snart som möjligt om en verksamhet som får bidrag riskerar att läggas ned"),
    (L, J, "Tillsammans ska vi se över reglerna för föreningsbidrag under 2026, med utgångspunkt i det som står i den här överenskommelsen."),
    (O, C, "ha stadgar, protokoll från årsmöten och bokslut tillgängliga för våra medlemmar och för kommunen när vi tar emot offentliga medel"),
    (O, C, "berätta öppet om hur föreningsrådet är organiserat, hur vi fattar beslut och vilka föreningar som är medlemmar"),
    (O, P, "Kommunen åtar sig att publicera alla beslut om föreningsbidrag på kommunens webbplats, med belopp och mottagare."),
    (O, P, "Kommunen ansvarar också för att det finns en väg in för föreningar – Föreningsservice på kultur- och fritidsförvaltningen – som kan svara på frågor eller slussa vidare till rätt person."),
    (M, C, "välkomna alla som vill vara med, oavsett bakgrund, funktionsförmåga, ekonomi eller kön"),
    (M, C, "se över våra avgifter så att det går att vara med även om man har ont om pengar"),
    (M, P, "göra kommunens föreningsinformation tillgänglig på lätt svenska och på de vanligaste språken i Ängsholm"),
    (M, P, "ge förtur vid lokalbokning till verksamhet som når grupper som i dag deltar i mindre utsträckning"),
    (M, P, "fortsätta att ge bidrag till tillgänglighetsanpassning av föreningslokaler"),
    (M, J, "Tillsammans ska vi arrangera en årlig föreningsmässa där nya invånare kan möta föreningslivet."),
    (B, C, "arbeta förebyggande mot kränkningar, trakasserier och övergrepp, bland annat genom att begära utdrag ur belastningsregistret för ledare som arbetar med barn"),
    (B, C, "låta barn och unga vara med och påverka verksamheten i våra föreningar"),
    (B, P, "göra en barnkonsekvensanalys innan beslut som påverkar barns möjligheter till fritid i föreningslivet"),
    (None, J, "Föreningsrådet och kultur- och fritidsförvaltningen ansvarar gemensamt för att följa upp överenskommelsen varje år och redovisa resultatet för kultur- och fritidsnämnden och på föreningsrådets årsmöte."),
    (None, J, "Tillsammans ska vi göra en större utvärdering under 2028, innan överenskommelsen ska förnyas."),
]

QUESTIONS = [
    ("q1", "Hur lång tid har föreningsrådet på sig att svara på en remiss från kommunen?", "sv", [
        "skicka remisser till föreningsrådet med minst sex veckors svarstid",
        "svara på remisser inom den tid som anges, eller höra av oss i god tid om vi behöver mer tid",
    ], ["sex veckors svarstid"]),
    ("q2", "nar beslutade kommunfullmaktige om overenskommelsen med foreningslivet?", "sv", [
        "Kultur- och fritidsnämnden ställde sig bakom förslaget den 19 november 2024, och kommunfullmäktige fattade beslut den 24 februari 2025.",
    ], ["24 februari 2025"]),
    ("q3", "Does the municipality promise grants for more than one year at a time?", "en", [
        "i första hand ge verksamhetsbidrag som gäller i tre år i stället för ett år i taget",
    ], ["tre år"]),
    ("q4", "Hur gick det till när överenskommelsen togs fram? Var föreningarna med?", "sv", [
        "Under våren och hösten 2023 höll vi sju dialogmöten i Ängsholm, Bäckeby och Norrtuna.",
        "Sammanlagt kom 142 personer från 61 föreningar.",
        "En arbetsgrupp med fem personer från föreningsrådet och fyra tjänstepersoner från kultur- och fritidsförvaltningen sammanställde det som kom fram.",
        "Förslaget var ute på remiss mellan 1 mars och 15 april 2024.",
    ], ["sju dialogmöten", "61 föreningar", "remiss"]),
    ("q5", "Får kommunen ställa krav på hur vår styrelse arbetar bara för att vi får bidrag?", "sv", [
        "inte ställa villkor i bidrag eller avtal som styr föreningens inre arbete, utöver vad som krävs för att följa upp hur pengarna används",
    ], ["inte ställa villkor"]),
    ("q6", "Jag är ledare i en fotbollsklubb för barn – vad har vi lovat när det gäller barnens trygghet?", "sv", [
        "arbeta förebyggande mot kränkningar, trakasserier och övergrepp, bland annat genom att begära utdrag ur belastningsregistret för ledare som arbetar med barn",
    ], ["belastningsregistret"]),
    ("q7", "hur ofta ska det vara dialogmoten mellan foreningarna och kommunen", "sv", [
        "Tillsammans ska vi hålla minst två dialogmöten per år, ett på våren och ett på hösten, där både förtroendevalda och tjänstepersoner från kommunen deltar.",
    ], ["minst två dialogmöten per år"]),
    ("q8", "How will the agreement be followed up, and who is responsible?", "en", [
        "Föreningsrådet och kultur- och fritidsförvaltningen ansvarar gemensamt för att följa upp överenskommelsen varje år och redovisa resultatet för kultur- och fritidsnämnden och på föreningsrådets årsmöte.",
        "Tillsammans ska vi göra en större utvärdering under 2028, innan överenskommelsen ska förnyas.",
    ], ["varje år", "2028"]),
    ("q9", "Hur mycket pengar får föreningsrådet i bidrag från kommunen per år?", "sv", [], []),
    ("q10", "Vilka kommunala lokaler kan föreningar boka gratis?", "sv", [], []),
]


def main():
    path = os.path.join(HERE, FILE)
    with open(path, "w", encoding="utf-8") as f:
        f.write(DOC)
    low = re.sub(r"\s+", " ", DOC).lower()
    for _, _, t in COMMITMENTS:
        assert re.sub(r"\s+", " ", t).lower() in low, t
    for q in QUESTIONS:
        for g in q[3]:
            assert re.sub(r"\s+", " ", g).lower() in low, g
        for m in q[4]:
            assert any(m in g for g in q[3]), m
    exp = {
        "file": FILE,
        "layout": FOLDER,
        "description": (
            "Markdown source (Jekyll/kramdown) of a page on Ängsholms Föreningsråd's website presenting the "
            "local överenskommelse in the associations' own voice: 'vi'/'oss' = föreningslivet, 'kommunen' = "
            "Ängsholms kommun. YAML front matter with a decoy last_modified_at date, an HTML comment, kramdown "
            "attribute lines ({: .no_toc }, {: .lead }), a <div class=\"faktaruta\" markdown=\"1\"> fact box "
            "with bold-label list items (full name, parties, decision by kommunfullmäktige 24 februari 2025 § 14, "
            "approval by the föreningsråd's årsmöte 22 mars 2025, validity), a <details> box around a kramdown "
            "'* TOC {:toc}'. A long intro 'Så tog vi fram överenskommelsen' tells the process in past tense "
            "(dialogue meetings, working group, remiss, nämnd decision 19 november 2024; one decoy 'skulle ta "
            "fram') with no commitments, a blockquote from the chair, an image with caption, and a section on "
            "what the agreement is and is not. Seven principles as '### N. Name' headings (the six national "
            "ones plus Barnrättsperspektiv), each opening with descriptive 'vi' prose that is not a commitment "
            "(incl. a wish 'Vi vill att fler barn ...'). Commitments: '- ' lists after bold lead-ins "
            "'**Vi åtar oss att:**', '**Vi i föreningslivet åtar oss att:**', '**Kommunen åtar sig att:**', "
            "'**Tillsammans ska vi:**' (one item wrapped over two lines); sentences 'Tillsammans ska vi ...'; "
            "under Kvalitet two prose paragraphs with two commitment sentences each ('Vi ansvarar för att', "
            "'Vi kommer att', 'Kommunen ska', 'Kommunen kommer också att'); under Öppenhet och insyn the "
            "kommun's commitments as sentences ('Kommunen åtar sig att publicera ...', 'Kommunen ansvarar också "
            "för'); under Mångfald a pipe table 'Vi åtar oss att | Kommunen åtar sig att' with an empty cell. "
            "A footnote marker [^1] at the end of one commitment. 'Uppföljning' has two joint commitments "
            "(principle null), followed by a 2025 timetable table that is not commitments. Then links, a "
            "contact block with trailing-two-space line breaks, the footnote text, and a footer with 'Sidan "
            "senast uppdaterad 12 juni 2025' (not the decision date)."
        ),
        "metadata": {
            "doc_id": os.path.splitext(FILE)[0],
            "title": "Överenskommelsen mellan föreningslivet och Ängsholms kommun",
            "place": "Ängsholm",
            "organisation": "Ängsholms kommun",
            "kind": "överenskommelse",
            "date": "2025-02-24",
            "body": "kommunfullmäktige",
        },
        "commitments": [{"text": t, "principle": p, "party": pa} for p, pa, t in COMMITMENTS],
        "questions": [
            {"id": i, "question": q, "language": lang, "answerable": bool(g), "gold": g, "must_mention": m}
            for i, q, lang, g, m in QUESTIONS
        ],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {FILE}: {len(COMMITMENTS)} commitments, {len(QUESTIONS)} questions")


if __name__ == "__main__":
    main()
