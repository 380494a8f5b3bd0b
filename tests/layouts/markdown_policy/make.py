#!/usr/bin/env python3
"""Generate lindkoping_policy_ideburen_sektor.md and expected.json.

Layout: a Markdown policy (as exported from a municipal intranet/wiki):
metadata table, linked table of contents, #/##/### headings, commitments as
"Kommunen ska …" sentences and "- " lists after "Kommunen ska:", a footnote in
Markdown [^1] syntax, a blockquote, an HTML comment, and a principle outside
the national six ("Barnrättsperspektiv").

Run:  python3 make.py   (standard library only)
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "lindkoping_policy_ideburen_sektor.md"

TITLE = "Policy för samverkan med idéburen sektor i Lindköpings kommun"
DECISION = "Antagen av kommunfullmäktige 2020-06-22, § 71."

C = []


def c(text, principle, party):
    C.append({"text": text, "principle": principle, "party": party})
    return text


SJ1 = c("Kommunen ska respektera de idéburna organisationernas självständighet och oberoende, även när organisationerna får ekonomiskt stöd från kommunen.", "sjalvstandighet_och_oberoende", "public")
DI1 = c("Kommunen ska bjuda in idéburna organisationer till dialog i ett tidigt skede av beslutsprocesser som berör dem.", "dialog", "public")
DI2 = c("Varje nämnd ansvarar för att det finns en utsedd kontaktperson för idéburen sektor.", "dialog", "public")
KV1 = c("erbjuda utbildning för föreningarnas förtroendevalda i bland annat ekonomi, styrelsearbete och ansökan om bidrag", "kvalitet", "public")
KV2 = c("ha enkla och tydliga regler för bidrag och ansökan", "kvalitet", "public")
KV3 = c("följa upp samverkan med utgångspunkt i de gemensamma målen", "kvalitet", "public")
LA1 = c("Kommunen ska i första hand använda fleråriga överenskommelser, till exempel idéburet offentligt partnerskap (IOP), när verksamheten är av långsiktig karaktär.", "langsiktighet", "public")
LA2 = c("Kommunen ska besluta om förändringar i bidragsregler senast den 1 september året innan de börjar gälla.", "langsiktighet", "public")
OP1 = c("Kommunen ska redovisa vilka idéburna organisationer som får stöd och med vilka belopp.", "oppenhet_och_insyn", "public")
OP2 = c("Kommunen ska vara tydlig med vilka krav som ställs för att få stöd och hur ansökningar bedöms.", "oppenhet_och_insyn", "public")
MA1 = c("stödja nya former av engagemang, till exempel nätverk och tillfälliga upprop", "mangfald", "public")
MA2 = c("verka för att även små organisationer kan ta del av kommunens stöd", "mangfald", "public")
BR1 = c("Kommunen ska säkerställa att barns och ungas röster tas till vara i dialogen med idéburen sektor.", "barnrattsperspektiv", "public")
BR2 = c("Kommunen ska i samverkan med idéburna organisationer som arbetar med barn och unga verka för att barnkonventionen tillämpas i verksamheten.", "barnrattsperspektiv", "public")
BR3 = c("De idéburna organisationer som får bidrag för barn- och ungdomsverksamhet ska ha en handlingsplan mot kränkande behandling.", "barnrattsperspektiv", "civil_society")
AN1 = c("Kommunstyrelsen ansvarar för att policyn följs upp och revideras en gång per mandatperiod.", None, "public")

MD = f"""<!-- Exporterad från Lindköpings kommuns styrdokumentdatabas 2021-02-03. Ändra inte manuellt. -->

# {TITLE}

| Dokumenttyp | Policy |
|---|---|
| Fastställd av | Kommunfullmäktige |
| Beslutsdatum | 2020-06-22, § 71 |
| Diarienummer | KS 2019-0587 |
| Giltighetstid | Tills vidare |
| Dokumentansvarig | Kommundirektören |
| Senast reviderad | – |

## Innehåll

1. [Inledning](#inledning)
2. [Syfte](#syfte)
3. [Utgångspunkter](#utgångspunkter)
4. [Principer för samverkan](#principer-för-samverkan)
5. [Ansvar och uppföljning](#ansvar-och-uppföljning)

## Inledning

Lindköpings kommun vill ha ett starkt och självständigt civilsamhälle. De idéburna organisationerna – föreningar, stiftelser, trossamfund, studieförbund och sociala företag – bidrar till demokrati, gemenskap och välfärd och ger invånarna möjlighet att engagera sig i frågor som de brinner för.

Denna policy anger hur kommunens nämnder och förvaltningar ska förhålla sig till den idéburna sektorn. Policyn är ett kommunalt styrdokument och gäller för hela den kommunala organisationen, inklusive de kommunala bolagen.

> Civilsamhället är inte en förlängning av den offentliga sektorn, utan en egen kraft med egna värden.

## Syfte

Syftet med policyn är att skapa tydliga och långsiktiga förutsättningar för samverkan mellan Lindköpings kommun och den idéburna sektorn, och att bidra till att fler invånare vill och kan engagera sig ideellt.

## Utgångspunkter

Policyn utgår från de principer som formulerades i den nationella överenskommelsen mellan regeringen, idéburna organisationer och Sveriges Kommuner och Landsting 2008[^1], samt från kommunens vision *Lindköping 2035 – staden vid vattnet*. Till de sex nationella principerna har kommunen lagt till en princip om barnrättsperspektiv, eftersom barnkonventionen sedan den 1 januari 2020 gäller som svensk lag.

## Principer för samverkan

### Självständighet och oberoende

{SJ1} De idéburna organisationerna har rätt att formulera sina egna mål och att granska och kritisera kommunen.

### Dialog

{DI1} Dialogen kan ske i form av samråd, referensgrupper eller öppna möten.

{DI2}

### Kvalitet

Kvalitet i samverkan förutsätter att båda parters kunskaper och erfarenheter tas till vara. Kommunen ska:

- {KV1}
- {KV2}
- {KV3}

### Långsiktighet

{LA1}

{LA2}

### Öppenhet och insyn

{OP1} {OP2}

### Mångfald

Den idéburna sektorn i Lindköping är mångfacetterad, och det är en styrka. För att värna mångfalden ska kommunen:

- {MA1}
- {MA2}

### Barnrättsperspektiv

Barn och unga är en stor och viktig grupp i den idéburna sektorns verksamheter.

{BR1}

{BR2}

{BR3}

## Ansvar och uppföljning

{AN1} Policyns tillämpning redovisas årligen i nämndernas årsanalyser.

{DECISION}

---

*Kontakt: Kommunledningsförvaltningen, Lindköpings kommun, 581 00 Lindköping, telefon 013-20 60 00, civilsamhalle@lindkoping.se*

[^1]: Överenskommelsen mellan regeringen, idéburna organisationer inom det sociala området och Sveriges Kommuner och Landsting, 2008.
"""


def main():
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
        f.write(MD)
    text = re.sub(r"\s+", " ", MD)
    for x in C:
        assert x["text"] in text, x["text"]
    q = [
        ("Vad säger Lindköpings policy om barnrättsperspektiv?", True,
         [BR1, BR2, BR3], ["barns och ungas röster", "barnkonventionen", "kränkande behandling"]),
        ("vad ska kommunen gora for sma foreningar i lindkoping", True,
         [MA2], ["små organisationer"]),
        ("Vem ansvarar för att policyn för samverkan med idéburen sektor i Lindköping följs upp?", True,
         [AN1], ["Kommunstyrelsen", "en gång per mandatperiod"]),
        ("Does Lindköping municipality use idea-based public partnerships (IOP)?", True,
         [LA1], ["IOP", "fleråriga överenskommelser"]),
        ("När måste ändringar i bidragsreglerna vara beslutade i Lindköping?", True,
         [LA2], ["1 september"]),
        ("Vilka åtaganden har kommunen under principen om kvalitet i Lindköpings policy?", True,
         [KV1, KV2, KV3], ["utbildning", "enkla och tydliga regler"]),
        ("När antogs policyn för samverkan med idéburen sektor i Lindköping och av vem?", True,
         [DECISION], ["kommunfullmäktige", "2020-06-22"]),
        ("Finns det en kontaktperson för idéburen sektor i Lindköpings kommun?", True,
         [DI2], ["kontaktperson"]),
        ("Hur stort bidrag får studieförbunden i Lindköping?", False, [], []),
        ("What premises can associations rent from Lindköping municipality?", False, [], []),
    ]
    questions = []
    for i, (question, ans, gold, must) in enumerate(q, 1):
        for g in gold:
            assert g in text, g
        for m in must:
            assert any(m in g for g in gold), m
        lang = "en" if re.match(r"(What|Does|When|Who|How|Is|Can)\b", question) else "sv"
        questions.append({"id": f"markdown_policy-q{i}", "question": question, "language": lang,
                          "answerable": ans, "gold": list(gold), "must_mention": must})
    out = {
        "file": FILE,
        "layout": "markdown_policy",
        "description": "Markdown policy: HTML comment, metadata pipe table, linked TOC, #/##/### headings, "
                       "'Kommunen ska …' sentences (several per paragraph) and '- ' lists after 'Kommunen ska:', "
                       "blockquote, [^1] footnote, extra principle 'Barnrättsperspektiv', one civil-society obligation",
        "metadata": {
            "doc_id": "lindkoping",
            "title": TITLE,
            "place": "Lindköping",
            "organisation": "Lindköpings kommun",
            "kind": "policy",
            "date": "2020-06-22",
            "body": "kommunfullmäktige",
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
