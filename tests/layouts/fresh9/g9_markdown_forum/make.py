#!/usr/bin/env python3
"""Generate karrsby_overenskommelse_samverkansforum.md and expected.json.

A Markdown page exported from the wiki (Wiki.js-style) that Kärrsby kommun's
samverkansforum with the idéburen sektor keeps on the intranet.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.basename(HERE)
FILE = "karrsby_overenskommelse_samverkansforum.md"

MD = """---
title: Överenskommelsen
description: Lokal överenskommelse mellan Kärrsby kommun och den idéburna sektorn 2024–2027
published: true
date: 2025-02-03T09:14:22.118Z
tags: överenskommelse, samverkansforum, idéburen sektor, styrdokument
editor: markdown
dateCreated: 2023-11-08T13:02:51.406Z
---

# Lokal överenskommelse mellan Kärrsby kommun och den idéburna sektorn

> Det här är den **gällande** versionen av överenskommelsen. Den undertecknade handlingen (PDF) finns i diariet och under [Länkar](#6-länkar). Ändra inte texten i avsnitt 1–5 utan beslut i samverkansforum – rättelser av länkar och kontaktuppgifter går bra.
{.is-info}

| Uppgift | |
|---|---|
| **Beslutad** | 2024-04-22, kommunfullmäktige § 58 (dnr KS 2023/0412) |
| **Giltig till** | 2027-12-31 |
| **Ansvarig** | Kommunstyrelsen – Kommunledningskontoret, enheten för hållbar samhällsutveckling |
| **Kontakt** | Lina Åkerlund, samordnare civilsamhällesfrågor, 0513-48 12 07 |
| **Status** | Gällande |
| **Nästa revidering** | Påbörjas våren 2027 |

## Innehåll

- [1. Bakgrund](#1-bakgrund)
- [2. Syfte](#2-syfte)
- [3. Parter och anslutning](#3-parter-och-anslutning)
- [4. Principer och åtaganden](#4-principer-och-åtaganden)
  - [4.1 Självständighet och oberoende](#41-självständighet-och-oberoende)
  - [4.2 Dialog](#42-dialog)
  - [4.3 Kvalitet](#43-kvalitet)
  - [4.4 Långsiktighet](#44-långsiktighet)
  - [4.5 Öppenhet och insyn](#45-öppenhet-och-insyn)
  - [4.6 Mångfald](#46-mångfald)
  - [4.7 Barnrättsperspektiv](#47-barnrättsperspektiv)
- [5. Samverkansforum och uppföljning](#5-samverkansforum-och-uppföljning)
- [6. Länkar](#6-länkar)
- [Ändringslogg](#ändringslogg)

## 1. Bakgrund

År 2008 slöts en nationell överenskommelse mellan regeringen, idéburna organisationer inom det sociala området och Sveriges Kommuner och Landsting (SKL). Den vilar på sex principer: självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald. Sedan dess har många kommuner och regioner tagit fram egna, lokala överenskommelser utifrån samma principer.

I Kärrsby började arbetet hösten 2022, när Kärrsby Föreningsråd, Idrottsalliansen i Kärrsby och flera sociala föreningar tog initiativ till ett samtal med kommunen. Under 2023 hölls fyra dialogmöten med drygt 60 deltagare från ett 40-tal organisationer. Texten har skrivits av en arbetsgrupp med representanter från båda parter och var ute på remiss hos föreningslivet i januari–februari 2024.

Utöver de sex nationella principerna har Kärrsby lagt till en sjunde princip om barnrättsperspektiv.

Överenskommelsen är inte ett juridiskt bindande avtal och reglerar inte bidrag eller ersättningar. Den beskriver hur vi vill samverka och läses tillsammans med kommunens riktlinjer för föreningsbidrag.

<!-- TODO PE: byt länk till riktlinjerna när de nya bidragsreglerna är beslutade -->

## 2. Syfte

Syftet med överenskommelsen är att

- stärka den idéburna sektorns roll som röstbärare, opinionsbildare och utförare av verksamhet i Kärrsby,
- ge bättre förutsättningar för samverkan mellan kommunen och föreningslivet, och
- göra tydligt vad parterna kan förvänta sig av varandra.

Visionen är ett Kärrsby där människor vill och kan engagera sig, och där kommunen och föreningslivet tillsammans gör kommunen till en bra plats att leva i \\- i tätorten och på landsbygden.

## 3. Parter och anslutning

Parter är Kärrsby kommun, genom kommunfullmäktige, och de idéburna organisationer som är verksamma i kommunen och som har anslutit sig till överenskommelsen. Med idéburen sektor menas organisationer som har en ideell grund, är fristående från det offentliga och inte har vinst som syfte, till exempel ideella föreningar, stiftelser, trossamfund och kooperativ.

I texten används **föreningslivet** som samlingsnamn för de anslutna organisationerna.

Anslutning sker genom att organisationens styrelse fattar beslut om att ansluta sig och skickar in anslutningsblanketten till kommunledningskontoret. Den 31 januari 2025 hade 47 organisationer anslutit sig. En förteckning finns på sidan [Anslutna organisationer](/sv/samverkansforum/anslutna).

Överenskommelsen undertecknades den 15 maj 2024 av kommunstyrelsens ordförande Maria Holmgren (S) och Föreningsrådets ordförande Jonas Berglund vid en gemensam ceremoni i Folkets hus.

## 4. Principer och åtaganden

Under varje princip beskrivs först vad den betyder för oss i Kärrsby och sedan vad respektive part åtar sig. Kommunens åtaganden gäller alla nämnder och förvaltningar.

### 4.1 Självständighet och oberoende

Den idéburna sektorn har en egen roll i samhället. Organisationerna bestämmer själva över sina mål, sin organisation och sina arbetssätt, och bidrag från kommunen får inte begränsa en förenings rätt att granska och kritisera kommunen.

**Kommunen åtar sig att:**

- respektera föreningarnas rätt att själva bestämma över sin verksamhet, sina stadgar och sina prioriteringar
- inte ställa krav på en viss politisk eller religiös inriktning som villkor för föreningsbidrag

**Föreningslivet åtar sig att:**

- tydligt redovisa när organisationen företräder sina medlemmar och när den uttalar sig som utförare av verksamhet på uppdrag av kommunen
- värna sin självständighet även när verksamheten till stor del finansieras med offentliga medel

Parterna ska gemensamt verka för att roller och ansvar är tydliga när kommunen och en förening samarbetar i ett projekt eller i ett idéburet offentligt partnerskap (IOP).

### 4.2 Dialog

En god dialog bygger på att båda parter får komma till tals och att frågor lyfts innan besluten är fattade. Samverkansforum är den viktigaste mötesplatsen, men dialog förs också direkt mellan förvaltningar och enskilda föreningar.

Kommunen ska bjuda in föreningslivet till dialog i ett tidigt skede när frågor som berör föreningarna bereds, till exempel ändrade bidragsregler, lokalupplåtelse och taxor. Kommunen kommer också att ordna ett öppet dialogmöte för alla föreningar minst en gång per år, utöver mötena i samverkansforum.

Föreningslivet utser sina representanter i samverkansforum och ser till att de har förankring i sina organisationer. De idéburna organisationerna åtar sig att lämna synpunkter inom utsatt tid när de bjuds in att svara på remisser.

Parterna ska gemensamt se till att möten hålls på tider och platser som gör det möjligt för ideellt engagerade att delta, till exempel på kvällstid.

### 4.3 Kvalitet

Föreningarna har kunskap om och förtroende hos grupper som kommunen ofta har svårt att nå. Kvalitet handlar om att ta vara på den kunskapen och om att båda parter arbetar med ständiga förbättringar.

För att stärka kvaliteten i det som görs för kärrsbyborna ska kommunen:

- utgå från föreningarnas kunskap och erfarenheter när verksamheter som rör deras målgrupper utvecklas
- erbjuda föreningslivet kostnadsfria utbildningar i bland annat föreningsteknik, ekonomi och bidragsansökningar

**Föreningslivet åtar sig att:**

- följa upp och utveckla kvaliteten i sin verksamhet och dela med sig av resultaten
- följa de villkor som gäller för de bidrag och lokaler organisationen tar emot

Parterna ska gemensamt ta fram enkla former för uppföljning som inte är mer omfattande än vad bidragets storlek motiverar.

### 4.4 Långsiktighet

Ideellt arbete tar tid att bygga upp. Korta projekt och osäkra besked gör det svårt för föreningarna att behålla ledare och planera verksamheten.

**Kommunen åtar sig att:**

- i första hand ge verksamhetsbidrag i stället för kortsiktiga projektbidrag till verksamheter som har pågått under flera år
- pröva möjligheten att teckna fleråriga överenskommelser eller IOP när det är lämpligt
- meddela beslut om bidrag och ändrade villkor i så god tid att föreningarna hinner planera, normalt senast den 30 november året före

Föreningslivet ansvarar för att planera sin verksamhet och ekonomi så att den inte blir helt beroende av kommunala bidrag.

### 4.5 Öppenhet och insyn

Öppenhet skapar förtroende. Den som tar emot offentliga medel behöver kunna visa hur de används, och den som fördelar stödet behöver kunna förklara hur det går till.

Kommunen ska redovisa öppet hur föreningsbidragen har fördelats och publicera en sammanställning på karrsby.se varje år. Kommunen kommer också att göra minnesanteckningar från samverkansforum tillgängliga på samverkansforums wikisida inom tre veckor efter varje möte.

**Föreningslivet åtar sig att:**

- ge kommunen insyn i hur kommunala medel har använts i verksamheten
- öppet redovisa hur beslut fattas i organisationen, till exempel genom stadgar och årsmötesprotokoll

Parterna ska gemensamt verka för att information om överenskommelsen når ut även till föreningar som ännu inte har anslutit sig.

### 4.6 Mångfald

Föreningslivet i Kärrsby är brett – från idrottsklubbar och bygdeföreningar till trossamfund, pensionärsföreningar och nybildade föreningar för kvinnor med utrikes bakgrund. Den bredden är en styrka.

Kommunen verkar för att fler organisationer, även små och nystartade föreningar, ska kunna ta del av kommunens stöd. Kommunen ska också ta hänsyn till att organisationerna ser olika ut och inte utforma bidragsregler så att bara stora föreningar med anställd personal kan söka. Inför möten i samverkansforum ansvarar kommunen för att materialet finns på lättläst svenska och att lokalen är tillgänglig för personer med funktionsnedsättning, medan föreningarna ansvarar för att sprida inbjudan i sina egna nätverk.

Föreningslivet åtar sig att verka för att verksamheterna är öppna för alla, oavsett kön, ålder, etnisk tillhörighet, religion, sexuell läggning eller funktionsförmåga.

### 4.7 Barnrättsperspektiv

Principen är ett lokalt tillägg som kom fram under dialogmötena 2023. Barnkonventionen är svensk lag sedan den 1 januari 2020, och nästan hälften av medlemmarna i Kärrsbys föreningar är under 20 år.

#### Kommunen åtar sig att

- göra en barnrättsbedömning inför beslut om ändrade bidrag eller lokaler som påverkar barn- och ungdomsverksamhet
- låta barn och unga som är aktiva i föreningar komma till tals när kommunen tar fram planer för fritid och idrott

#### Föreningslivet åtar sig att

- ha rutiner för att förebygga och hantera kränkningar, våld och övergrepp mot barn i verksamheten
- begära utdrag ur belastningsregistret för ledare som arbetar med barn

Parterna ska gemensamt arbeta för att alla barn, oavsett föräldrarnas ekonomi, ska kunna ha en meningsfull fritid.

## 5. Samverkansforum och uppföljning

Samverkansforum består av åtta representanter för föreningslivet, valda av de anslutna organisationerna, samt tre förtroendevalda och två tjänstepersoner från kommunen. Ordförandeskapet växlar varje år mellan parterna. Samverkansforum sammanträder fyra gånger per år.

Kommunledningskontoret ansvarar för att kalla till möten, föra minnesanteckningar och hålla den här sidan uppdaterad. Föreningslivets representanter ansvarar för att återkoppla från mötena till de organisationer de företräder.

Parterna ska gemensamt följa upp överenskommelsen varje år och redovisa resultatet vid ett öppet möte under hösten. Inför att giltighetstiden går ut kommer parterna gemensamt att utvärdera överenskommelsen och föreslå en reviderad version.

**Mötesplan 2025**

| Möte | Datum | Tema | Plats |
|---|---|---|---|
| 1 | 12 februari | Uppföljning av 2024 | Kommunhuset, sal Kärran |
| 2 | 14 maj | Föreningslokaler | Folkets hus |
| 3 | 17 september | Översyn av bidragsreglerna | Kommunhuset, sal Kärran |
| 4 | 26 november | Årlig uppföljning och planering 2026 | Bygdegården i Västra Ed |

## 6. Länkar

- [Överenskommelsen som PDF med underskrifter (412 kB)](/files/samverkansforum/Overenskommelse_Karrsby_2024_underskriven.pdf)
- [Protokollsutdrag KF 2024-04-22 § 58](/files/samverkansforum/KF_2024-04-22_par58.pdf)
- [Anslutningsblankett för föreningar](/sv/samverkansforum/anslutning)
- [Anslutna organisationer](/sv/samverkansforum/anslutna)
- [Minnesanteckningar från samverkansforum](/sv/samverkansforum/minnesanteckningar)
- [Riktlinjer för föreningsbidrag (karrsby.se)](https://www.karrsby.se/uppleva-och-gora/foreningsliv/foreningsbidrag)
- [Den nationella överenskommelsen 2008 (regeringen.se)](https://www.regeringen.se/)
- [Forum – idéburna organisationer med social inriktning](https://www.forumideburen.org/)

## Ändringslogg

- **2025-02-03** (v1.3) – Ny kontaktperson: Lina Åkerlund ersätter Per Ekdahl. Mötesplan 2025 inlagd. /LÅ
- **2024-09-10** (v1.2) – Rättad länk till protokollsutdraget. /PE
- **2024-05-16** (v1.1) – Texten ersatt med den version som antogs av kommunfullmäktige 2024-04-22. Uppgift om undertecknande tillagd. /PE
- **2024-02-28** (v0.4) – Synpunkter från remissen inarbetade, barnrättsperspektiv tillagt som princip 4.7. /Arbetsgruppen
- **2023-12-12** (v0.2) – Utkast efter dialogmöte 3. /PE
- **2023-11-08** (v0.1) – Sidan skapad. /PE
"""

S, D, K, L, O, M, B = ("sjalvstandighet_och_oberoende", "dialog", "kvalitet", "langsiktighet",
                       "oppenhet_och_insyn", "mangfald", "barnrattsperspektiv")
P, C, J = "public", "civil_society", "joint"

COMMITMENTS = [
    (S, P, "respektera föreningarnas rätt att själva bestämma över sin verksamhet, sina stadgar och sina prioriteringar"),
    (S, P, "inte ställa krav på en viss politisk eller religiös inriktning som villkor för föreningsbidrag"),
    (S, C, "tydligt redovisa när organisationen företräder sina medlemmar och när den uttalar sig som utförare av verksamhet på uppdrag av kommunen"),
    (S, C, "värna sin självständighet även när verksamheten till stor del finansieras med offentliga medel"),
    (S, J, "Parterna ska gemensamt verka för att roller och ansvar är tydliga när kommunen och en förening samarbetar i ett projekt eller i ett idéburet offentligt partnerskap (IOP)."),
    (D, P, "Kommunen ska bjuda in föreningslivet till dialog i ett tidigt skede när frågor som berör föreningarna bereds, till exempel ändrade bidragsregler, lokalupplåtelse och taxor."),
    (D, P, "Kommunen kommer också att ordna ett öppet dialogmöte för alla föreningar minst en gång per år, utöver mötena i samverkansforum."),
    (D, C, "Föreningslivet utser sina representanter i samverkansforum och ser till att de har förankring i sina organisationer."),
    (D, C, "De idéburna organisationerna åtar sig att lämna synpunkter inom utsatt tid när de bjuds in att svara på remisser."),
    (D, J, "Parterna ska gemensamt se till att möten hålls på tider och platser som gör det möjligt för ideellt engagerade att delta, till exempel på kvällstid."),
    (K, P, "utgå från föreningarnas kunskap och erfarenheter när verksamheter som rör deras målgrupper utvecklas"),
    (K, P, "erbjuda föreningslivet kostnadsfria utbildningar i bland annat föreningsteknik, ekonomi och bidragsansökningar"),
    (K, C, "följa upp och utveckla kvaliteten i sin verksamhet och dela med sig av resultaten"),
    (K, C, "följa de villkor som gäller för de bidrag och lokaler organisationen tar emot"),
    (K, J, "Parterna ska gemensamt ta fram enkla former för uppföljning som inte är mer omfattande än vad bidragets storlek motiverar."),
    (L, P, "i första hand ge verksamhetsbidrag i stället för kortsiktiga projektbidrag till verksamheter som har pågått under flera år"),
    (L, P, "pröva möjligheten att teckna fleråriga överenskommelser eller IOP när det är lämpligt"),
    (L, P, "meddela beslut om bidrag och ändrade villkor i så god tid att föreningarna hinner planera, normalt senast den 30 november året före"),
    (L, C, "Föreningslivet ansvarar för att planera sin verksamhet och ekonomi så att den inte blir helt beroende av kommunala bidrag."),
    (O, P, "Kommunen ska redovisa öppet hur föreningsbidragen har fördelats och publicera en sammanställning på karrsby.se varje år."),
    (O, P, "Kommunen kommer också att göra minnesanteckningar från samverkansforum tillgängliga på samverkansforums wikisida inom tre veckor efter varje möte."),
    (O, C, "ge kommunen insyn i hur kommunala medel har använts i verksamheten"),
    (O, C, "öppet redovisa hur beslut fattas i organisationen, till exempel genom stadgar och årsmötesprotokoll"),
    (O, J, "Parterna ska gemensamt verka för att information om överenskommelsen når ut även till föreningar som ännu inte har anslutit sig."),
    (M, P, "Kommunen verkar för att fler organisationer, även små och nystartade föreningar, ska kunna ta del av kommunens stöd."),
    (M, P, "Kommunen ska också ta hänsyn till att organisationerna ser olika ut och inte utforma bidragsregler så att bara stora föreningar med anställd personal kan söka."),
    (M, P, "ansvarar kommunen för att materialet finns på lättläst svenska och att lokalen är tillgänglig för personer med funktionsnedsättning"),
    (M, C, "föreningarna ansvarar för att sprida inbjudan i sina egna nätverk"),
    (M, C, "Föreningslivet åtar sig att verka för att verksamheterna är öppna för alla, oavsett kön, ålder, etnisk tillhörighet, religion, sexuell läggning eller funktionsförmåga."),
    (B, P, "göra en barnrättsbedömning inför beslut om ändrade bidrag eller lokaler som påverkar barn- och ungdomsverksamhet"),
    (B, P, "låta barn och unga som är aktiva i föreningar komma till tals när kommunen tar fram planer för fritid och idrott"),
    (B, C, "ha rutiner för att förebygga och hantera kränkningar, våld och övergrepp mot barn i verksamheten"),
    (B, C, "begära utdrag ur belastningsregistret för ledare som arbetar med barn"),
    (B, J, "Parterna ska gemensamt arbeta för att alla barn, oavsett föräldrarnas ekonomi, ska kunna ha en meningsfull fritid."),
    (None, P, "Kommunledningskontoret ansvarar för att kalla till möten, föra minnesanteckningar och hålla den här sidan uppdaterad."),
    (None, C, "Föreningslivets representanter ansvarar för att återkoppla från mötena till de organisationer de företräder."),
    (None, J, "Parterna ska gemensamt följa upp överenskommelsen varje år och redovisa resultatet vid ett öppet möte under hösten."),
    (None, J, "Inför att giltighetstiden går ut kommer parterna gemensamt att utvärdera överenskommelsen och föreslå en reviderad version."),
]

QUESTIONS = [
    dict(id="q1", question="När beslutades överenskommelsen och hur länge gäller den?", language="sv",
         gold=["2024-04-22, kommunfullmäktige § 58 (dnr KS 2023/0412)", "2027-12-31"],
         must_mention=["2024-04-22", "2027-12-31"]),
    dict(id="q2", question="Hur ofta träffas samverkansforum?", language="sv",
         gold=["Samverkansforum sammanträder fyra gånger per år."],
         must_mention=["fyra gånger per år"]),
    dict(id="q3", question="Ar foreningarna skyldiga att begara utdrag ur belastningsregistret for ledare som jobbar med barn?",
         language="sv",
         gold=["begära utdrag ur belastningsregistret för ledare som arbetar med barn"],
         must_mention=["belastningsregistret"]),
    dict(id="q4", question="What does the municipality promise about long-term funding and planning for associations?",
         language="en",
         gold=["i första hand ge verksamhetsbidrag i stället för kortsiktiga projektbidrag till verksamheter som har pågått under flera år",
               "pröva möjligheten att teckna fleråriga överenskommelser eller IOP när det är lämpligt",
               "meddela beslut om bidrag och ändrade villkor i så god tid att föreningarna hinner planera, normalt senast den 30 november året före"],
         must_mention=["verksamhetsbidrag", "30 november"]),
    dict(id="q5", question="How can our association join the agreement?", language="en",
         gold=["Anslutning sker genom att organisationens styrelse fattar beslut om att ansluta sig och skickar in anslutningsblanketten till kommunledningskontoret."],
         must_mention=["styrelse", "anslutningsblanketten"]),
    dict(id="q6", question="vem ansvarar for att minnesanteckningarna fran samverkansforum laggs ut och hur snabbt?",
         language="sv",
         gold=["Kommunen kommer också att göra minnesanteckningar från samverkansforum tillgängliga på samverkansforums wikisida inom tre veckor efter varje möte.",
               "Kommunledningskontoret ansvarar för att kalla till möten, föra minnesanteckningar och hålla den här sidan uppdaterad."],
         must_mention=["tre veckor", "Kommunledningskontoret"]),
    dict(id="q7", question="Vad förväntas vi som förening redovisa till kommunen om hur bidragen används?", language="sv",
         gold=["ge kommunen insyn i hur kommunala medel har använts i verksamheten"],
         must_mention=["insyn", "kommunala medel"]),
    dict(id="q8", question="Vilka principer bygger den lokala överenskommelsen på?", language="sv",
         gold=["Den vilar på sex principer: självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald.",
               "Utöver de sex nationella principerna har Kärrsby lagt till en sjunde princip om barnrättsperspektiv."],
         must_mention=["självständighet och oberoende", "mångfald", "barnrättsperspektiv"]),
    dict(id="q9", question="Hur mycket verksamhetsbidrag får en förening per medlem?", language="sv",
         gold=[], must_mention=[]),
    dict(id="q10", question="Kan var forening lana kommunens lokaler gratis till arsmotet?", language="sv",
         gold=[], must_mention=[]),
]

DESCRIPTION = (
    "A Markdown page exported from the Wiki.js-style intranet wiki of Kärrsby kommun's samverkansforum "
    "with the idéburen sektor. YAML front matter whose 'date' (2025-02-03, last edit) and 'dateCreated' "
    "(2023-11-08) are not the decision date; a '{.is-info}' callout blockquote; a two-column pipe table "
    "with bold labels (Beslutad 2024-04-22 kommunfullmäktige § 58, Giltig till, Ansvarig, Kontakt, Status); "
    "a hand-made TOC of nested in-page links; '## 1.'–'## 6.' headings with '### 4.1'–'### 4.7' principle "
    "headings (seventh, local principle Barnrättsperspektiv). Commitments vary: '**Kommunen åtar sig att:**' "
    "and '**Föreningslivet åtar sig att:**' bold lead-ins before '- ' lists; a plain lead-in ending "
    "'ska kommunen:'; '#### Kommunen åtar sig att' / '#### Föreningslivet åtar sig att' h4 lead-ins without "
    "colon under 4.7; sentence commitments ('Kommunen ska …', 'Kommunen kommer också att …', 'Kommunen "
    "verkar för att …', 'Föreningslivet ansvarar för att …', subjectless present 'Föreningslivet utser … och "
    "ser till att …'); one sentence with two parties ('ansvarar kommunen för … medan föreningarna ansvarar "
    "för …'); 'Parterna ska gemensamt …' sentences after most principles. Section 5 (samverkansforum) has "
    "principle-less commitments by the office, the representatives and both parties ('kommer parterna "
    "gemensamt att'), then a 'Mötesplan 2025' table that is not commitments. Distractors: a purpose list "
    "('Syftet … är att'), a 'får inte begränsa' sentence and 'behöver kunna' sentences, an HTML comment, an escaped '\\-', a signing date "
    "(2024-05-15), a link list with relative wiki links, and an 'Ändringslogg' bullet list with dates and "
    "versions at the bottom."
)


def main():
    md_path = os.path.join(HERE, FILE)
    with open(md_path, "w", encoding="utf-8") as f:
        f.write(MD)
    flat = re.sub(r"\s+", " ", MD).lower()
    commitments = []
    for principle, party, text in COMMITMENTS:
        assert re.sub(r"\s+", " ", text).lower() in flat, text
        commitments.append({"text": text, "principle": principle, "party": party})
    questions = []
    for q in QUESTIONS:
        for g in q["gold"]:
            assert re.sub(r"\s+", " ", g).lower() in flat, g
        for m in q["must_mention"]:
            assert any(m in g for g in q["gold"]), m
        questions.append({"id": q["id"], "question": q["question"], "language": q["language"],
                          "answerable": bool(q["gold"]), "gold": q["gold"],
                          "must_mention": q["must_mention"]})
    expected = {
        "file": FILE,
        "layout": FOLDER,
        "description": DESCRIPTION,
        "metadata": {
            "doc_id": FILE.rsplit(".", 1)[0],
            "title": "Lokal överenskommelse mellan Kärrsby kommun och den idéburna sektorn",
            "place": "Kärrsby",
            "organisation": "Kärrsby kommun",
            "kind": "överenskommelse",
            "date": "2024-04-22",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments,
        "questions": questions,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {FILE}: {len(commitments)} commitments, {len(questions)} questions")


if __name__ == "__main__":
    main()
