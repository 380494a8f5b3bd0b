#!/usr/bin/env python3
"""Generate a wiki/GitHub-exported Markdown policy for a kommun's cooperation
with the idéburen sektor, plus expected.json."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = "md_forening_policy"
FILE = "ljungmark_policy_ideburen_sektor.md"

MD = r"""---
title: "Policy för samverkan med idéburen sektor"
kommun: Ljungmarks kommun
dokumenttyp: Policy
beslutsinstans: Kommunstyrelsen
beslutsdatum: 2022-03-15
paragraf: "§ 48"
diarienummer: KS 2021/388
giltig_till: 2026-12-31
dokumentansvarig: Kommundirektör
revideras: vart fjärde år
tags: [styrdokument, civilsamhälle, föreningsliv]
---

> **Obs!** Detta är en exporterad version från kommunens interna wiki.
> Den fastställda versionen finns i diariet. Vid skillnader gäller den
> diarieförda versionen.

[[_TOC_]]

# Policy för samverkan mellan Ljungmarks kommun och idéburen sektor

*Beslutad av kommunstyrelsen den 15 mars 2022, § 48*

| Dokumenttyp | Policy |
|---|---|
| Fastställd av | Kommunstyrelsen |
| Diarienummer | KS 2021/388 |
| Gäller för | Samtliga nämnder och förvaltningar |
| Dokumentansvarig | Kommundirektör |

Inledning
=========

Ljungmark har ett rikt föreningsliv. Sedan 1990-talet har antalet
föreningar i kommunen ökat från omkring 140 till drygt 210, och var
tredje invånare är medlem i minst en förening. Föreningslivet står för
en stor del av fritidsutbudet för barn och unga, men också för stöd till
äldre, nyanlända och människor i utsatta situationer.

> ”Föreningslivet är Ljungmarks ryggrad. Utan alla ideella krafter skulle
> bygden stanna.”
> – deltagare i medborgardialogen 2021

Policyn är kommunens svar på de synpunkter som kom fram i
medborgardialogen och i samtal med föreningslivet under 2021. Den tar
avstamp i den nationella överenskommelsen mellan regeringen, idéburna
organisationer och Sveriges Kommuner och Regioner[^1].

Syfte
-----

Policyn beskriver hur Ljungmarks kommun förhåller sig till och samverkar
med den idéburna sektorn. Målet med policyn är att

1. föreningslivet i Ljungmark ska vara starkt och självständigt,
2. samverkan ska bygga på respekt för parternas olika roller, och
3. fler invånare ska kunna engagera sig ideellt.

Policyn riktar sig i första hand till kommunens förvaltningar och bolag,
men beskriver också vad kommunen förväntar sig av de föreningar som tar
emot stöd.

## 2. Begrepp

**Idéburen sektor** – organisationer som drivs utifrån en idé, är
fristående från det offentliga och inte har vinstutdelning som syfte,
till exempel ideella föreningar, stiftelser, trossamfund och
kooperativ.

**Förening** – i policyn används ordet förening som samlingsbegrepp för
alla idéburna organisationer.

**IOP, idéburet offentligt partnerskap** – en avtalsform där kommunen och en idéburen organisation tillsammans finansierar och driver en verksamhet som inte är upphandlingspliktig[^2].

**Samverkansrådet** – kommunens och föreningslivets gemensamma forum för
dialog om den här policyn.

## 3. Kommunens övergripande åtaganden

Utöver principerna i avsnitt 4 gäller följande:

1. Kommunen ska ha en samordnare för föreningsfrågor.
2. Kommunen ska upplåta lokaler till föreningar till reducerad avgift.
   - Gäller i första hand skolor, fritidsgårdar och kommunens
     mötesrum. <!-- TODO: stäm av med lokalförsörjningsenheten -->
   - Taxan beslutas av kultur- och fritidsnämnden.

## 4. Principer för samverkan

Kommunens arbete med föreningslivet vilar på åtta principer. De bygger
på den nationella överenskommelsen men har anpassats till Ljungmarks
förutsättningar.

### 4.1 Dialog

Kommunen ska:

1. bjuda in den idéburna sektorn till ett samverkansråd minst en gång per termin
    - exempel på frågor: lokaler, bidragsregler, folkhälsa och integration
2. remittera förslag till styrdokument som berör föreningslivet till berörda organisationer med minst sex veckors svarstid
3. ge återkoppling på inkomna synpunkter i skriftlig form

Föreningarna ska:

- utse företrädare till samverkansrådet som kan föra sina medlemmars talan

### 4.2 Självständighet och oberoende

Vi ska respektera att föreningarna själva bestämmer sina mål, sin organisation och sina arbetssätt. Vi ska inte använda bidragsvillkor för att styra föreningarnas opinionsbildning. Vi åtar oss också att värna föreningarnas rätt att vara kritiska mot kommunens beslut.

### 4.3 Tillit

Tillitsbaserad styrning är ett av kommunfullmäktiges prioriterade
utvecklingsområden för perioden 2020–2023.

Kommunen ska utgå från tillit i kontakten med föreningarna och undvika onödig detaljstyrning. Kommunen ska anpassa kraven på uppföljning efter bidragets storlek. Föreningarna ska informera kommunen om de får svårt att genomföra en verksamhet som fått stöd.

### 4.4 Öppenhet och insyn

| Part | Åtagande |
|------|----------|
| Kommunen | Publicera alla beslut om föreningsbidrag på kommunens webbplats.<br>Svara på frågor från föreningar inom tio arbetsdagar. |
| Föreningarna | Lämna verksamhetsberättelse och ekonomisk redovisning för föregående år.<br>Hålla uppgifterna i föreningsregistret aktuella. |
| Gemensamt | Dokumentera och publicera minnesanteckningar från samverkansrådet. |

Uppgifterna i registret uppdateras via [Föreningsregistret](https://www.ljungmark.se/uppleva-och-gora/foreningsregister).

### 4.5 Långsiktighet och kvalitet

**Långsiktighet.** Kommunen ska erbjuda treåriga verksamhetsbidrag till föreningar med stadigvarande verksamhet. Kommunen ska pröva idéburet offentligt partnerskap (IOP) som alternativ till upphandling när förutsättningarna finns.

**Kvalitet.**

* Föreningarna ska arbeta för god kvalitet i verksamheten och följa upp den utifrån sina egna mål.
* Kommunen ska erbjuda utbildning för föreningarnas ledare och styrelser.

### 4.6 Mångfald

Vi ska se till att information om stöd och bidrag finns på lättläst svenska och på flera språk. Kommunen och föreningslivet ska tillsammans verka för att fler invånare, oavsett bakgrund, kan delta i föreningslivet.

### 4.7 Jämställdhet

Kommunen ska fördela bidrag och lokaltider så att flickor och pojkar, kvinnor och män får likvärdiga möjligheter. Föreningarna ska redovisa deltagande uppdelat på kön i sin årliga redovisning.

### 4.8 Samhällsutveckling – ett hållbart Ljungmark

Båda parter ska bidra till att nå målen i Agenda 2030 och kommunens hållbarhetsprogram. Kommunen ska ta tillvara föreningarnas kunskap vid planering av nya bostadsområden, mötesplatser och grönytor. Kommunen ska bjuda in föreningar att delta i kommunens krisberedskapsarbete.

## 5. Uppföljning och revidering

Kommunen ska följa upp policyn vartannat år och redovisa resultatet i samverkansrådet.

Policyn gäller från 2022-04-01 till och med 2026-12-31. Policyn revideras vart fjärde år.

### Aktiviteter 2022–2023 (bilaga)

| # | Aktivitet | Ansvarig | Status |
|--:|-----------|----------|--------|
| 1 | Digital ansökan om föreningsbidrag | Kultur- och fritidsförvaltningen | Klar |
| 2 | Översyn av lokaltaxan | Kultur- och fritidsnämnden | Pågår |
| 3 | Pilotprojekt IOP inom läxhjälp | Utbildningsförvaltningen | Pågår |
| 4 | Informationsträff om policyn för föreningar | Samordnaren för föreningsfrågor | Ej påbörjad |

## 6. Kontakt

Frågor om policyn besvaras av samordnaren för föreningsfrågor:

- **E-post:** foreningsliv@ljungmark.se
- **Telefon:** 0581-300 00 (växel)
- **Besök:** Kulturhuset, Torggatan 3, Ljungmark

---

*Senast redigerad i wikin 2023-01-18 av Kommunledningskontoret.*

[^1]: Överenskommelsen inom det sociala området, 2008. Se även
    https://www.overenskommelsen.se.
[^2]: Jämför Upphandlingsmyndighetens vägledning om idéburet offentligt
    partnerskap.
"""

P = "public"
C = "civil_society"
J = "joint"

COMMITMENTS = [
    ("Kommunen ska ha en samordnare för föreningsfrågor.", None, P),
    ("Kommunen ska upplåta lokaler till föreningar till reducerad avgift.", None, P),

    ("bjuda in den idéburna sektorn till ett samverkansråd minst en gång per termin", "dialog", P),
    ("remittera förslag till styrdokument som berör föreningslivet till berörda organisationer med minst sex veckors svarstid", "dialog", P),
    ("ge återkoppling på inkomna synpunkter i skriftlig form", "dialog", P),
    ("utse företrädare till samverkansrådet som kan föra sina medlemmars talan", "dialog", C),

    ("Vi ska respektera att föreningarna själva bestämmer sina mål, sin organisation och sina arbetssätt.", "sjalvstandighet_och_oberoende", P),
    ("Vi ska inte använda bidragsvillkor för att styra föreningarnas opinionsbildning.", "sjalvstandighet_och_oberoende", P),
    ("Vi åtar oss också att värna föreningarnas rätt att vara kritiska mot kommunens beslut.", "sjalvstandighet_och_oberoende", P),

    ("Kommunen ska utgå från tillit i kontakten med föreningarna och undvika onödig detaljstyrning.", "tillit", P),
    ("Kommunen ska anpassa kraven på uppföljning efter bidragets storlek.", "tillit", P),
    ("Föreningarna ska informera kommunen om de får svårt att genomföra en verksamhet som fått stöd.", "tillit", C),

    ("Publicera alla beslut om föreningsbidrag på kommunens webbplats.", "oppenhet_och_insyn", P),
    ("Svara på frågor från föreningar inom tio arbetsdagar.", "oppenhet_och_insyn", P),
    ("Lämna verksamhetsberättelse och ekonomisk redovisning för föregående år.", "oppenhet_och_insyn", C),
    ("Hålla uppgifterna i föreningsregistret aktuella.", "oppenhet_och_insyn", C),
    ("Dokumentera och publicera minnesanteckningar från samverkansrådet.", "oppenhet_och_insyn", J),

    ("Kommunen ska erbjuda treåriga verksamhetsbidrag till föreningar med stadigvarande verksamhet.", "langsiktighet", P),
    ("Kommunen ska pröva idéburet offentligt partnerskap (IOP) som alternativ till upphandling när förutsättningarna finns.", "langsiktighet", P),
    ("Föreningarna ska arbeta för god kvalitet i verksamheten och följa upp den utifrån sina egna mål.", "kvalitet", C),
    ("Kommunen ska erbjuda utbildning för föreningarnas ledare och styrelser.", "kvalitet", P),

    ("Vi ska se till att information om stöd och bidrag finns på lättläst svenska och på flera språk.", "mangfald", P),
    ("Kommunen och föreningslivet ska tillsammans verka för att fler invånare, oavsett bakgrund, kan delta i föreningslivet.", "mangfald", J),

    ("Kommunen ska fördela bidrag och lokaltider så att flickor och pojkar, kvinnor och män får likvärdiga möjligheter.", "jamstalldhet", P),
    ("Föreningarna ska redovisa deltagande uppdelat på kön i sin årliga redovisning.", "jamstalldhet", C),

    ("Båda parter ska bidra till att nå målen i Agenda 2030 och kommunens hållbarhetsprogram.", "samhallsutveckling", J),
    ("Kommunen ska ta tillvara föreningarnas kunskap vid planering av nya bostadsområden, mötesplatser och grönytor.", "samhallsutveckling", P),
    ("Kommunen ska bjuda in föreningar att delta i kommunens krisberedskapsarbete.", "samhallsutveckling", P),

    ("Kommunen ska följa upp policyn vartannat år och redovisa resultatet i samverkansrådet.", None, P),
]

Q = [
    ("vad ska kommunen gora om dialog med foreningar enligt ljungmarks policy?", "sv", True,
     ["bjuda in den idéburna sektorn till ett samverkansråd minst en gång per termin",
      "remittera förslag till styrdokument som berör föreningslivet till berörda organisationer med minst sex veckors svarstid",
      "ge återkoppling på inkomna synpunkter i skriftlig form"],
     ["samverkansråd minst en gång per termin", "sex veckors svarstid", "återkoppling"]),
    ("Vilket organ beslutade Ljungmarks kommuns policy för samverkan med idéburen sektor, och när?", "sv", True,
     ["Beslutad av kommunstyrelsen den 15 mars 2022, § 48"],
     ["kommunstyrelsen", "15 mars 2022"]),
    ("hur lange galler policyn for ideburen sektor i ljungmark", "sv", True,
     ["Policyn gäller från 2022-04-01 till och med 2026-12-31.",
      "Policyn revideras vart fjärde år."],
     ["2022-04-01", "2026-12-31", "vart fjärde år"]),
    ("Under openness and transparency, what do associations in Ljungmark have to do?", "en", True,
     ["Lämna verksamhetsberättelse och ekonomisk redovisning för föregående år.",
      "Hålla uppgifterna i föreningsregistret aktuella."],
     ["verksamhetsberättelse", "ekonomisk redovisning", "föreningsregistret"]),
    ("Vad är IOP enligt Ljungmarks policy?", "sv", True,
     ["en avtalsform där kommunen och en idéburen organisation tillsammans finansierar och driver en verksamhet som inte är upphandlingspliktig"],
     ["avtalsform", "tillsammans finansierar och driver"]),
    ("kan ljungmarks kommun anvanda bidragsvillkor for att styra vad var forening tycker?", "sv", True,
     ["Vi ska inte använda bidragsvillkor för att styra föreningarnas opinionsbildning."],
     ["inte använda bidragsvillkor"]),
    ("Hur ofta ska policyn om idéburen sektor följas upp i Ljungmark?", "sv", True,
     ["Kommunen ska följa upp policyn vartannat år och redovisa resultatet i samverkansrådet."],
     ["vartannat år", "samverkansrådet"]),
    ("hur manga dagar har kommunen pa sig att svara pa fragor fran foreningar i ljungmark", "sv", True,
     ["Svara på frågor från föreningar inom tio arbetsdagar."],
     ["tio arbetsdagar"]),
    ("Hur stort är verksamhetsbidraget per förening och år i Ljungmarks kommun?", "sv", False, [], []),
    ("When is the next meeting of the samverkansråd in Ljungmark?", "en", False, [], []),
]


def main():
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
        f.write(MD)
    flat = " ".join(MD.split())
    for text, _, _ in COMMITMENTS:
        assert text in flat, text
    for _, _, _, gold, mm in Q:
        for g in gold:
            assert g in flat, g
        for m in mm:
            assert any(m in g for g in gold), m
    expected = {
        "file": FILE,
        "layout": LAYOUT,
        "description": ("Markdown policy exported from a wiki/GitHub-like repository: YAML front matter, "
                        "a callout blockquote, [[_TOC_]] marker, metadata table, ATX and setext headings, "
                        "hard-wrapped prose, numbered and nested lists with an HTML comment, bold term "
                        "lead-ins for definitions, 'Kommunen ska'/'Vi ska'/'Vi åtar oss' prose, a party-row "
                        "Markdown table with <br> inside cells, merged principle with bold sub-lead-ins, "
                        "added principles (tillit, jämställdhet), an action-plan table that is not "
                        "commitments, links and footnotes."),
        "metadata": {
            "doc_id": "ljungmark",
            "title": "Policy för samverkan mellan Ljungmarks kommun och idéburen sektor",
            "place": "Ljungmark",
            "organisation": "Ljungmarks kommun",
            "kind": "policy",
            "date": "2022-03-15",
            "body": "kommunstyrelsen",
        },
        "commitments": [{"text": t, "principle": p, "party": pa} for t, p, pa in COMMITMENTS],
        "questions": [
            {"id": f"{LAYOUT}-q{i}", "question": q, "language": lang, "answerable": ans,
             "gold": gold, "must_mention": mm}
            for i, (q, lang, ans, gold, mm) in enumerate(Q, 1)
        ],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {FILE} and expected.json ({len(COMMITMENTS)} commitments)")


if __name__ == "__main__":
    main()
