#!/usr/bin/env python3
"""Generate a local överenskommelse between a stadsdelsnämnd and the associations
in its district, as it looks when someone selects the whole intranet page in a
browser and pastes it into a text file: menu, breadcrumb and footer noise, headings
as lone lines, list items as bare lines (markers lost), one list whose dashes were
typed by hand, a table pasted as tab-separated rows, comments under the page.

    python3 make.py   -> lokal_overenskommelse_norra_angsvara_insidan.txt, expected.json
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = "f5_text_iop_or_local"
FILE = "lokal_overenskommelse_norra_angsvara_insidan.txt"
TITLE = "Lokal överenskommelse om samverkan i Norra Ängsvära 2024–2027"
NB = "\u00a0"  # non-breaking spaces survive the copy from the web page

PUB, CIV, JOINT = "public", "civil_society", "joint"

HEAD_NOISE = f"""Hoppa till huvudinnehållet
Insidan – intranätet för Ängsvära stad
Sök på Insidan
Sök
Meny
Start
Mitt jobb
Organisation
Styrning och ledning
Verktyg och system
Nyheter

Start/Styrning och ledning/Samverkan med civilsamhället/Lokal överenskommelse Norra Ängsvära

Lokal överenskommelse med föreningslivet i Norra Ängsvära
Publicerad 12 februari 2024 · Uppdaterad 3 oktober 2024
Sidansvarig: Lena Forsgren
Dela
Skriv ut
Lyssna

Här hittar du hela texten i den lokala överenskommelsen mellan stadsdelsnämnden och föreningslivet i Norra Ängsvära. Överenskommelsen gäller för alla medarbetare i stadsdelsförvaltningen som samverkar med föreningar, trossamfund och andra idéburna organisationer. Den undertecknade versionen finns som pdf längst ned på sidan.

Bra att veta
Överenskommelsen ersätter den lokala överenskommelsen från 2019. För övriga förvaltningar i staden gäller stadens övergripande överenskommelse med den idéburna sektorn. Har du frågor? Kontakta enheten för områdesutveckling.

Innehåll på sidan
Bakgrund
Syfte
Parter och giltighetstid
Principer och åtaganden
Uppföljning
Beslut och underskrifter"""

TAIL_NOISE = f"""Dokument
Lokal överenskommelse Norra Ängsvära 2024–2027, undertecknad (pdf, 412{NB}kB)
Anslutningsblankett för föreningar (docx, 38{NB}kB)
Ängsvära stads överenskommelse med den idéburna sektorn 2019 (pdf, 1,1{NB}MB)

Kontakt
Lena Forsgren
Områdesutvecklare
Enheten för områdesutveckling, stadsdelsförvaltningen Norra Ängsvära
lena.forsgren@angsvara.se
Anknytning 4417

Relaterade sidor
Föreningsbidrag – så handlägger vi ansökningar
Lokalbokning för föreningar och studieförbund
Trygghetsarbete i Norra Ängsvära

Taggar: Civilsamhälle, Föreningar, Samverkan, Norra Ängsvära

Kommentarer (2)
Jonas Eklund, fritidsledare Bergsgården
5 mars 2024 kl. 09:42
Bra att barn och unga har fått en egen princip! Gäller överenskommelsen även för oss på fritidsgårdarna?
Svara
Lena Forsgren
5 mars 2024 kl. 13:15
Hej Jonas! Ja, fritidsgårdarna är en del av förvaltningen och omfattas av överenskommelsen. Hör gärna av dig om du vill veta mer om lovkalendern.
Svara

Skriv en kommentar
Publicera

Var den här sidan till hjälp?
Ja
Nej

Insidan · Ängsvära stad · Kontakta intranätredaktionen · Om kakor
"""

# Blocks of the agreement text as it appears on the page.
#   ("h", heading, principle)          heading line; principle for what follows ("" = keep none)
#   ("p", [(sentence, party|None)])    paragraph
#   ("list", lead, party, items, mark) lead-in line + one line per item (mark = typed marker or "")
#   ("raw", text)                      text that is not commitments
BODY = [
    ("raw", TITLE + "\nMellan stadsdelsnämnden Norra Ängsvära och de idéburna organisationer i stadsdelen "
            "som har anslutit sig till överenskommelsen"),
    ("h", "Bakgrund", None),
    ("p", [(f"Norra Ängsvära är en av Ängsvära stads fem stadsdelar och har omkring 38{NB}000 invånare.", None),
           ("I stadsdelen finns ett rikt föreningsliv med drygt 120 föreningar, trossamfund, studieförbund och "
            "andra idéburna organisationer som på olika sätt bidrar till att göra stadsdelen till en bra plats "
            "att växa upp, leva och åldras i.", None)]),
    ("p", [("År 2008 tecknade regeringen, Sveriges Kommuner och Regioner och idéburna organisationer inom det "
            "sociala området en nationell överenskommelse.", None),
           ("Ängsvära stad antog 2019 en övergripande överenskommelse med den idéburna sektorn i staden.", None),
           ("Den lokala överenskommelsen i Norra Ängsvära bygger på båda dessa och anpassar dem till "
            "förhållandena i stadsdelen.", None)]),
    ("p", [("Arbetet med att revidera den lokala överenskommelsen påbörjades hösten 2022.", None),
           ("Under 2023 hölls tre dialogkvällar i Folkets hus i Ängsvära centrum och på Bergsgårdens fritidsgård, "
            "med sammanlagt 64 deltagare från 37 organisationer.", None),
           ("Synpunkterna från dialogkvällarna ligger till grund för texten nedan.", None)]),
    ("h", "Syfte", None),
    ("p", [("Syftet med överenskommelsen är att stärka samverkan mellan stadsdelsförvaltningen och föreningslivet "
            "så att fler invånare i Norra Ängsvära får möjlighet att delta i och påverka det lokala samhället.",
            None),
           ("Överenskommelsen ska också göra det tydligt vad parterna kan förvänta sig av varandra.", None)]),
    ("p", [("Överenskommelsen är inte ett avtal om ekonomiskt stöd.", None),
           ("Bidrag till föreningar söks enligt stadens bidragsregler.", None)]),
    ("h", "Parter och giltighetstid", None),
    ("p", [("Parter är stadsdelsnämnden Norra Ängsvära, genom stadsdelsförvaltningen, och de idéburna "
            "organisationer som är verksamma i stadsdelen och som har anslutit sig till överenskommelsen.", None),
           ("En organisation ansluter sig genom att skicka in en anslutningsblankett till förvaltningen.", None),
           ("Föreningsrådet i Norra Ängsvära företräder de anslutna organisationerna i den löpande dialogen.",
            None)]),
    ("p", [("Överenskommelsen gäller från den 1 februari 2024 till och med den 31 december 2027.", None)]),
    ("h", "Principer och åtaganden", None),
    ("p", [("Överenskommelsen vilar på samma sex principer som den nationella överenskommelsen och stadens "
            "övergripande överenskommelse: självständighet och oberoende, dialog, kvalitet, långsiktighet, "
            "öppenhet och insyn samt mångfald.", None),
           ("Till dessa har vi lagt en lokal princip om barns och ungas delaktighet, eftersom det var den fråga "
            "som flest tog upp under dialogkvällarna.", None),
           ("Under varje princip beskrivs vad stadsdelsförvaltningen, föreningarna och vi tillsammans åtar oss.",
            None)]),

    # 1
    ("h", "Självständighet och oberoende", "sjalvstandighet_och_oberoende"),
    ("p", [("Föreningarnas självständighet är en förutsättning för ett levande civilsamhälle.", None),
           ("Föreningarna bestämmer själva över sina mål, sin organisation och sina arbetssätt, även när de "
            "samarbetar med förvaltningen eller tar emot bidrag.", None)]),
    ("list", "Stadsdelsförvaltningen åtar sig att:", PUB, [
        "respektera föreningarnas rätt att själva formulera sina mål och välja sina arbetssätt",
        "inte ställa krav på föreningarnas inre organisation utöver det som följer av lag eller stadens "
        "bidragsregler",
        "välkomna att föreningarna framför kritik mot förvaltningen, även offentligt, utan att det påverkar "
        "bidrag eller annan samverkan",
    ], ""),
    ("list", "Föreningarna åtar sig att:", CIV, [
        "vara tydliga med när de uttalar sig som egen organisation och när de deltar i ett gemensamt uppdrag "
        "med förvaltningen",
        "själva ansvara för sin verksamhet och sina beslut",
    ], ""),
    ("p", [("När vi samarbetar i ett projekt ska vi gemensamt skriva ned vem som ansvarar för vad, så att "
            "föreningens självständighet inte går förlorad.", JOINT)]),

    # 2
    ("h", "Dialog", "dialog"),
    ("p", [("En god dialog bygger på att parterna möts regelbundet, lyssnar på varandra och tar tillvara "
            "varandras kunskap.", None),
           ("Dialogen gör mest nytta när den kommer in tidigt, innan beslut är fattade.", None)]),
    ("p", [("Stadsdelsförvaltningen ska bjuda in föreningarna till dialog tidigt i arbetet med frågor som berör "
            "dem, till exempel inför förändringar i fritids- och kulturutbudet eller i stadsdelens "
            "trygghetsarbete.", PUB),
           ("Förvaltningen ska ha en utsedd kontaktperson för föreningslivet på enheten för områdesutveckling.",
            PUB),
           ("Frågor från föreningar ska besvaras av förvaltningen inom tio arbetsdagar.", PUB)]),
    ("p", [("Föreningarna utser, genom Föreningsrådet, fem representanter till det lokala samverkansrådet.", CIV),
           ("Föreningarna ska också förmedla den kunskap om invånarnas behov och synpunkter som de möter i sin "
            "verksamhet.", CIV)]),
    ("list", "Tillsammans ska vi:", JOINT, [
        "träffas i det lokala samverkansrådet tre gånger per år, varav ett möte är öppet för alla anslutna "
        "föreningar",
        "bjuda in till ett öppet föreningsforum varje höst",
        "lägga mötena på tider och platser som passar den som är ideellt engagerad",
    ], "– "),

    # 3
    ("h", "Kvalitet", "kvalitet"),
    ("p", [("Kvalitet handlar om att verksamheten svarar mot behoven hos dem som den är till för.", None),
           ("Föreningarna och förvaltningen arbetar med kvalitet på olika sätt, och båda sätten behövs.", None)]),
    ("list", "Stadsdelsförvaltningen åtar sig att:", PUB, [
        "anpassa krav på redovisning och uppföljning efter bidragets storlek och föreningens förutsättningar",
        "erbjuda föreningarna kostnadsfria utbildningar, till exempel i bidragsansökan, föreningsekonomi och "
        "arbete mot våld och kränkningar",
        "ta tillvara föreningarnas kunskap när förvaltningen utvecklar sina egna verksamheter",
    ], ""),
    ("list", "Föreningarna åtar sig att:", CIV, [
        "följa upp sin verksamhet och berätta för förvaltningen om resultaten i den omfattning som "
        "bidragsreglerna kräver",
        "arbeta för att verksamheten är trygg för barn, unga och andra som deltar",
    ], ""),
    ("p", [("En gång per år tar vi tillsammans fram en gemensam bild av hur samverkan har fungerat och vad vi "
            "behöver förbättra.", JOINT)]),

    # 4
    ("h", "Långsiktighet", "langsiktighet"),
    ("p", [("Långsiktiga förutsättningar gör det möjligt för föreningarna att planera, behålla ideella krafter "
            "och bygga upp kunskap.", None)]),
    ("p", [("Förvaltningen ska i första hand ge föreningar med en etablerad verksamhet i stadsdelen "
            "verksamhetsbidrag i stället för projektbidrag.", PUB),
           ("Förändringar i bidragsnivåer ska förvaltningen informera om så tidigt som möjligt, och senast när "
            "nämnden fattar beslut om verksamhetsplan och budget.", PUB),
           ("Förvaltningen ska också upplåta lokaler i Ängsvära centrum och på Bergsgården till föreningarna "
            "utan kostnad eller till en låg kostnad, i den mån lokalerna inte används för förvaltningens egen "
            "verksamhet.", PUB)]),
    ("p", [("Föreningarna ska planera sin verksamhet så att den inte blir helt beroende av bidrag från "
            "stadsdelsnämnden.", CIV),
           ("Om en förening inte längre kan genomföra en verksamhet som den har fått bidrag för ska den meddela "
            "förvaltningen i god tid.", CIV)]),
    ("p", [("Parterna ska gemensamt verka för att projekt som har visat goda resultat kan bli permanenta.",
            JOINT)]),

    # 5
    ("h", "Öppenhet och insyn", "oppenhet_och_insyn"),
    ("p", [("Öppenhet och insyn skapar förtroende.", None),
           ("Invånare och medlemmar behöver kunna se hur offentliga medel används, och parterna behöver känna "
            "till varandras förutsättningar.", None)]),
    ("list", "Stadsdelsförvaltningen åtar sig att:", PUB, [
        "publicera beslut om föreningsbidrag på stadens webbplats",
        "förklara skälen när en ansökan om bidrag avslås",
        "hålla föreningarna informerade om nämndens planer och beslut som berör föreningslivet, bland annat "
        "genom ett nyhetsbrev fyra gånger per år",
    ], ""),
    ("list", "Föreningarna åtar sig att:", CIV, [
        "ge förvaltningen insyn i hur bidrag har använts",
        "ha stadgar, protokoll från årsmöten och en ekonomisk redovisning som medlemmarna kan ta del av",
    ], ""),
    ("list", "Gemensamt åtar vi oss att:", JOINT, [
        "föra protokoll vid samverkansrådets möten och publicera protokollen på stadens webbplats",
    ], ""),

    # 6
    ("h", "Mångfald", "mangfald"),
    ("p", [("I Norra Ängsvära talas över hundra språk.", None),
           ("Ett föreningsliv som speglar den mångfalden gör att fler invånare kan hitta en plats där de känner "
            "sig hemma.", None)]),
    ("p", [("Förvaltningen ska ta fram information om bidrag och lokaler på lätt svenska och vid behov på de "
            "vanligaste språken i stadsdelen.", PUB),
           ("Förvaltningen ska även ge stöd till nybildade föreningar och till invånare som vill starta en "
            "förening.", PUB)]),
    ("p", [("Föreningarna ska arbeta för att deras verksamhet är öppen och tillgänglig för alla, oavsett kön, "
            "könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion, funktionsnedsättning, "
            "sexuell läggning eller ålder.", CIV),
           ("De större föreningarna är beredda att dela med sig av sina erfarenheter till nya och mindre "
            "föreningar, till exempel genom att vara faddrar.", CIV)]),
    ("p", [("Tillsammans ska vi göra en särskild satsning för att nå flickor och äldre kvinnor, som i dag sällan "
            "deltar i föreningslivet.", JOINT)]),

    # 7 (local)
    ("h", "Barns och ungas delaktighet (lokal princip)", "barns_och_ungas_delaktighet"),
    ("p", [("Alla barn och unga i Norra Ängsvära har rätt till en meningsfull fritid och till att påverka "
            "frågor som rör dem.", None),
           ("Principen lades till efter önskemål från föreningarna under dialogkvällarna.", None)]),
    ("list", "Förvaltningen åtar sig att:", PUB, [
        "samla föreningarnas lovaktiviteter i en gemensam lovkalender som sprids via skolorna och "
        "fritidsgårdarna",
        "prioritera föreningar med verksamhet för barn och unga när lokaltider på eftermiddagar och kvällar "
        "fördelas",
    ], ""),
    ("list", "Föreningarna åtar sig att:", CIV, [
        "låta barn och unga komma till tals när verksamhet som riktar sig till dem planeras",
        "sträva efter att erbjuda minst en kostnadsfri aktivitet under varje skollov",
    ], ""),
    ("p", [("Varje vår genomför vi tillsammans Ungdomsdialogen, där unga i stadsdelen möter politiker, "
            "tjänstepersoner och föreningar.", JOINT)]),

    ("h", "Uppföljning", None),
    ("p", [("Överenskommelsen följs upp varje år.", None),
           ("Stadsdelsförvaltningen ansvarar för att sammanställa den årliga uppföljningen och redovisa den för "
            "stadsdelsnämnden och samverkansrådet senast i april året efter.", PUB),
           ("Föreningsrådet samlar inför uppföljningen in synpunkter från de anslutna föreningarna.", CIV)]),
    ("p", [("Innan överenskommelsen löper ut ska parterna gemensamt utvärdera den och ta ställning till om den "
            "ska förnyas.", JOINT)]),
    ("raw", "Årshjul för samverkan\n"
            "Månad\tAktivitet\tAnsvarig\n"
            "Februari\tSamverkansråd\tFörvaltningen och Föreningsrådet\n"
            "April\tÅrlig uppföljning redovisas för nämnden\tFörvaltningen\n"
            "Maj\tUngdomsdialogen\tGemensamt\n"
            "September\tSamverkansråd (öppet möte)\tFörvaltningen och Föreningsrådet\n"
            "Oktober\tFöreningsforum\tGemensamt\n"
            "December\tSamverkansråd\tFörvaltningen och Föreningsrådet"),
    ("h", "Beslut och underskrifter", None),
    ("p", [(f"Överenskommelsen antogs av stadsdelsnämnden Norra Ängsvära den 14 december 2023, §{NB}142 "
            "(dnr SDN-NÄ 2023/0876), och av Föreningsrådet i Norra Ängsväras extra årsmöte den 23 januari 2024.",
            None)]),
    ("raw", "Ängsvära den 1 februari 2024\n\n"
            "För stadsdelsnämnden Norra Ängsvära\n"
            "Annika Roos (S)\n"
            "Ordförande\n\n"
            "För Föreningsrådet i Norra Ängsvära\n"
            "Mehmet Karaca\n"
            "Ordförande"),
]


def render():
    out = [HEAD_NOISE]
    for blk in BODY:
        kind = blk[0]
        if kind == "raw":
            out.append(blk[1])
        elif kind == "h":
            out.append(blk[1])
        elif kind == "p":
            out.append(" ".join(s for s, _ in blk[1]))
        elif kind == "list":
            _, lead, _, items, mark = blk
            out.append("\n".join([lead] + [mark + i for i in items]))
    out.append(TAIL_NOISE)
    return "\n\n".join(out)


def commitments():
    res, principle = [], None
    for blk in BODY:
        if blk[0] == "h":
            principle = blk[2]
        elif blk[0] == "p":
            res += [{"text": s, "principle": principle, "party": p} for s, p in blk[1] if p]
        elif blk[0] == "list":
            res += [{"text": i, "principle": principle, "party": blk[2]} for i in blk[3]]
    return res


def sent(prefix):
    for blk in BODY:
        if blk[0] == "p":
            for s, _ in blk[1]:
                if s.startswith(prefix):
                    return s
    raise KeyError(prefix)


def items(lead, principle):
    cur = None
    for blk in BODY:
        if blk[0] == "h":
            cur = blk[2]
        elif blk[0] == "list" and blk[1] == lead and cur == principle:
            return list(blk[3])
    raise KeyError((lead, principle))


def item(prefix):
    for blk in BODY:
        if blk[0] == "list":
            for i in blk[3]:
                if i.startswith(prefix):
                    return i
    raise KeyError(prefix)


def questions():
    q = []

    def add(question, lang, gold, mm):
        q.append({"id": f"{LAYOUT}-q{len(q) + 1}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": mm})

    add("Vad åtar sig stadsdelsförvaltningen under principen om kvalitet?", "sv",
        items("Stadsdelsförvaltningen åtar sig att:", "kvalitet"),
        ["redovisning och uppföljning", "kostnadsfria utbildningar", "ta tillvara föreningarnas kunskap"])
    add("far foreningen kritisera forvaltningen offentligt utan att bidraget paverkas", "sv",
        [item("välkomna att föreningarna framför kritik")],
        ["även offentligt", "utan att det påverkar"])
    add("How often does the local cooperation council meet?", "en",
        [item("träffas i det lokala samverkansrådet")],
        ["tre gånger per år"])
    add("När och av vem beslutades den lokala överenskommelsen?", "sv",
        [sent("Överenskommelsen antogs av stadsdelsnämnden")],
        ["14 december 2023", "stadsdelsnämnden Norra Ängsvära", "23 januari 2024"])
    add("Är överenskommelsen ett avtal om bidrag till föreningarna?", "sv",
        [sent("Överenskommelsen är inte ett avtal"), sent("Bidrag till föreningar söks")],
        ["inte ett avtal om ekonomiskt stöd", "stadens bidragsregler"])
    add("Vilka principer bygger överenskommelsen på?", "sv",
        [sent("Överenskommelsen vilar på"), sent("Till dessa har vi lagt")],
        ["självständighet och oberoende", "mångfald", "barns och ungas delaktighet"])
    add("hur lange galler overenskommelsen", "sv",
        [sent("Överenskommelsen gäller från")],
        ["1 februari 2024", "31 december 2027"])
    add("What do the associations commit to under the local principle on children and young people?", "en",
        items("Föreningarna åtar sig att:", "barns_och_ungas_delaktighet"),
        ["komma till tals", "kostnadsfri aktivitet under varje skollov"])
    add("How much money does the district council give to associations in grants each year?", "en", [], [])
    add("Får föreningarnas representanter arvode för att sitta i samverkansrådet?", "sv", [], [])
    return q


def main():
    text = render()
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
        f.write(text)
    exp = {
        "file": FILE,
        "layout": LAYOUT,
        "description": (
            "A local överenskommelse between a stadsdelsnämnd (Norra Ängsvära, Ängsvära stad) and the "
            "associations in the district, copied from the city's intranet page with select-all and pasted into "
            "a UTF-8 text file: skip link, menu items, a breadcrumb 'Start/Styrning och ledning/…', "
            "'Publicerad … · Uppdaterad …', 'Dela/Skriv ut/Lyssna', an editor's intro and a 'Bra att veta' box, "
            "an on-page table of contents; then the agreement with headings as lone lines (no markup), "
            "paragraphs as single long lines, non-breaking spaces ('38 000', '§ 142'); six national principles "
            "plus a local 'Barns och ungas delaktighet (lokal princip)'; under each principle either "
            "'Stadsdelsförvaltningen åtar sig att:' / 'Föreningarna åtar sig att:' / 'Gemensamt åtar vi oss att:' "
            "lead-ins followed by list items on bare lines (bullets lost in the copy), one 'Tillsammans ska vi:' "
            "list with typed '– ' dashes, or sentence commitments with varied word order ('Frågor från föreningar "
            "ska besvaras av förvaltningen …', 'Föreningarna utser …', 'Varje vår genomför vi tillsammans …', "
            "'De större föreningarna är beredda att …'); Uppföljning with sentence commitments (principle null) "
            "and an 'Årshjul' table pasted as tab-separated rows that is not commitments; decision sentence and "
            "signature lines; after the text: attachments list, contact card, related pages, tags, two employee "
            "comments (one answering a question about scope), 'Var den här sidan till hjälp?' and footer."),
        "metadata": {
            "doc_id": "norra_angsvara_lokal_overenskommelse",
            "title": TITLE,
            "place": "Ängsvära",
            "organisation": "Ängsvära stad, stadsdelsnämnden Norra Ängsvära",
            "kind": "överenskommelse",
            "date": "2023-12-14",
            "body": "stadsdelsnämnden norra ängsvära",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {FILE}: {len(exp['commitments'])} commitments, {len(exp['questions'])} questions")


if __name__ == "__main__":
    main()
