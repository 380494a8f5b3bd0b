#!/usr/bin/env python3
"""Generate a plain-text copy of Gräsmyra kommun's lokala överenskommelse med den
idéburna sektorn (as pasted from the PDF/Word file into a text editor) and expected.json."""
import json
import os
import re
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.basename(HERE)
FILE = "lokal_overenskommelse_grasmyra_2025-2028.txt"


def wrap(par, width=80, indent=""):
    """Hard-wrap a paragraph like a copy from a PDF (no hyphenation)."""
    return textwrap.fill(par, width=width, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def item(marker, text, width=None):
    if width is None:
        return f"{marker} {text}"
    return wrap(f"{marker} {text}", width, indent="  ")


C = []  # (text, principle, party)


def c(text, principle, party):
    C.append({"text": text, "principle": principle, "party": party})
    return text


L = []
add = L.append

add("Gräsmyra kommun")
add("Kommunstyrelsens förvaltning")
add("")
add("")
add("LOKAL ÖVERENSKOMMELSE")
add("mellan Gräsmyra kommun och den idéburna sektorn i Gräsmyra")
add("2025–2028")
add("")
add("Antagen av kommunfullmäktige 2024-11-25, § 142")
add("Diarienummer: KS 2024/0318")
add("Giltighetstid: 2025-01-01 – 2028-12-31")
add("Dokumentansvarig: Kultur- och fritidsförvaltningen")
add("Remissversion: 2024-09-12")
add("")
add("")
add("Innehåll")
add("1. Inledning\t2")
add("2. Syfte\t2")
add("3. Parter\t2")
add("4. Principer och åtaganden\t3")
add("5. Samverkansråd och gemensamma åtaganden\t7")
add("6. Uppföljning och revidering\t7")
add("7. Beslut och underskrifter\t8")
add("")
add("")
add("1 (8)")
add("")
add("1. Inledning")
add("")
add(wrap("Den idéburna sektorn är en viktig del av Gräsmyra. I kommunen finns drygt 180 "
         "föreningar och organisationer inom idrott, kultur, socialt arbete, friluftsliv, "
         "trossamfund och studieförbund. Tillsammans bidrar de till gemenskap, delaktighet och "
         "en levande landsbygd i alla kommunens orter."))
add("")
add(wrap("Regeringen, Sveriges Kommuner och Regioner (dåvarande Sveriges Kommuner och "
         "Landsting) och idéburna organisationer inom det sociala området tecknade 2008 en "
         "nationell överenskommelse. Den bygger på sex principer: självständighet och "
         "oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald. "
         "Gräsmyras lokala överenskommelse utgår från samma principer och har därutöver "
         "kompletterats med en princip om barnrättsperspektiv."))
add("")
add(wrap("Överenskommelsen har tagits fram under 2024 av en arbetsgrupp med representanter "
         "för kommunen och föreningslivet. Ett förslag skickades på remiss till samtliga "
         "föreningar i kommunens föreningsregister och diskuterades vid två öppna möten i "
         "Gräsmyra och Norrbäcken."))
add("")
add("2. Syfte")
add("")
add("Syftet med överenskommelsen är att")
add("- stärka samverkan mellan kommunen och den idéburna sektorn")
add("- tydliggöra parternas roller och förväntningar på varandra")
add("- skapa goda förutsättningar för ett aktivt och självständigt föreningsliv")
add("- bidra till att fler invånare vill och kan engagera sig ideellt.")
add("")
add("Överenskommelsen är inte ett juridiskt bindande avtal utan en gemensam avsiktsförklaring.")
add("")
add("3. Parter")
add("")
add(wrap("Parter i överenskommelsen är Gräsmyra kommun, genom kommunstyrelsen och samtliga "
         "nämnder, och de idéburna organisationer som verkar i kommunen och som har anslutit "
         "sig till överenskommelsen. Med idéburna organisationer avses föreningar, stiftelser, "
         "trossamfund och andra organisationer som har ett allmännyttigt syfte och inte "
         "drivs i vinstsyfte."))
add("")
add(wrap("En organisation ansluter sig genom att anmäla det till föreningsservice. "
         "Anslutningen är frivillig och kostnadsfri. En förteckning över anslutna "
         "organisationer finns på kommunens webbplats."))
add("")
add("")
add("4. Principer och åtaganden")
add("")
add(wrap("Under varje princip beskrivs vad principen innebär i Gräsmyra och vad parterna "
         "åtar sig att göra under överenskommelsens giltighetstid."))
add("")
# 4.1
add("4.1 Självständighet och oberoende")
add("")
add(wrap("Den idéburna sektorns självständighet är en förutsättning för ett fritt och "
         "levande civilsamhälle. Organisationerna bestämmer själva över sina mål, sin "
         "verksamhet och hur de väljer att arbeta. De har också en viktig roll som "
         "röstbärare och opinionsbildare."))
add("")
add("Kommunen åtar sig att:")
add(item("-", c("respektera föreningarnas rätt att driva opinion och kritisera kommunens verksamhet, "
                "även när de tar emot bidrag från kommunen", "sjalvstandighet_och_oberoende", "public"), 80))
add(item("-", c("inte ställa villkor i bidrag eller avtal som påverkar organisationernas interna "
                "arbete, stadgar eller värdegrund", "sjalvstandighet_och_oberoende", "public"), 80))
add(item("-", c("ta hänsyn till att föreningarnas beslut fattas av medlemmarna och att det kan ta tid",
                "sjalvstandighet_och_oberoende", "public"), 80))
add("")
add("Den idéburna sektorn åtar sig att:")
add(item("-", c("tydligt visa när organisationen agerar som utförare åt kommunen och när den driver "
                "egna frågor", "sjalvstandighet_och_oberoende", "civil_society"), 80))
add(item("-", c("värna sin självständighet genom att i möjligaste mån ha flera olika "
                "finansieringskällor", "sjalvstandighet_och_oberoende", "civil_society"), 80))
add("")
# 4.2
add("4.2 Dialog")
add("")
add(wrap("Dialog bygger på att parterna möts som jämbördiga och lyssnar på varandra. En god "
         "dialog gör det möjligt att ta tillvara den idéburna sektorns kunskap och "
         "erfarenheter när kommunen planerar och utvecklar sin verksamhet."))
add("")
add(c("Kommunen ska kalla till dialogforum minst två gånger per år, varav ett i samband med "
      "budgetprocessen.", "dialog", "public") + " " +
    c("Kommunen ska också ge den idéburna sektorn möjlighet att lämna synpunkter i ett tidigt "
      "skede när styrdokument som berör sektorn tas fram.", "dialog", "public"))
add("")
add("De idéburna organisationerna ska:")
add(item("•", c("utse representanter till dialogforum med mandat att föra fram sektorns synpunkter",
                "dialog", "civil_society")))
add(item("•", c("förankra de frågor som tas upp i dialogen i sina egna nätverk och föreningar",
                "dialog", "civil_society")))
add("")
add("")
add("Gräsmyra kommun                                  Lokal överenskommelse 2025–2028")
add("3 (8)")
add("")
# 4.3
add("4.3 Kvalitet")
add("")
add(wrap("Kvalitet handlar om att verksamheten utgår från behoven hos dem den är till för. "
         "Den idéburna sektorn har ofta egna sätt att arbeta med kvalitet, som bygger på "
         "engagemang, närhet och medlemmarnas delaktighet."))
add("")
add("Kommunen åtar sig att:")
add(item("-", c("erbjuda kostnadsfria utbildningar för föreningar i exempelvis föreningsteknik, "
                "bidragsansökan och ekonomisk redovisning", "kvalitet", "public"), 80))
add(item("-", c("ha en samlad kontaktväg in till kommunen för föreningslivet genom föreningsservice "
                "på kultur- och fritidsförvaltningen", "kvalitet", "public"), 80))
add(item("-", c("anpassa sina mötestider till ideella krafters förutsättningar, till exempel genom "
                "att förlägga möten på kvällstid när det behövs", "kvalitet", "public"), 80))
add("")
add("Den idéburna sektorn åtar sig att:")
add(item("-", c("arbeta för att verksamheten håller god kvalitet och följer gällande lagar och regler",
                "kvalitet", "civil_society"), 80))
add(item("-", c("följa upp och utvärdera sin verksamhet och dela med sig av sina erfarenheter till "
                "andra organisationer", "kvalitet", "civil_society"), 80))
add("")
# 4.4
add("4.4 Långsiktighet")
add("")
add(wrap("För att kunna planera och utveckla sin verksamhet behöver föreningarna stabila och "
         "förutsägbara villkor. Långsiktighet gäller både ekonomiskt stöd, tillgång till "
         "lokaler och formerna för samverkan."))
add("")
add(wrap(c("Kommunen kommer att i ökad utsträckning använda fleråriga bidrag och idéburet "
           "offentligt partnerskap (IOP) där det är lämpligt.", "langsiktighet", "public") + " " +
         c("Kommunen ska besluta om och meddela förändringar i bidragsregler senast sex månader "
           "innan de börjar gälla.", "langsiktighet", "public")))
add("")
add("Föreningarna ska:")
add(item("-", c("planera sin verksamhet och ekonomi med ett långsiktigt perspektiv", "langsiktighet",
                "civil_society")))
add(item("-", c("i god tid informera kommunen om en verksamhet som kommunen ger stöd till riskerar "
                "att upphöra", "langsiktighet", "civil_society")))
add("")
# 4.5
add("4.5 Öppenhet och insyn")
add("")
add(wrap("Öppenhet och insyn skapar förtroende mellan parterna. Information om kommunens "
         "stöd till den idéburna sektorn behöver vara lätt att hitta och förstå. Samtidigt har "
         "organisationerna rätt att hålla sina interna angelägenheter för sig själva."))
add("")
add("Kommunen åtar sig att:")
add(item("•", c("publicera information om bidrag, lokaler och föreningsregister på kommunens "
                "webbplats", "oppenhet_och_insyn", "public")))
add(item("•", c("varje år redovisa hur mycket stöd som har fördelats till den idéburna sektorn och "
                "enligt vilka kriterier", "oppenhet_och_insyn", "public")))
add("")
add("De idéburna organisationerna åtar sig att:")
add(item("•", c("redovisa hur kommunala bidrag har använts i enlighet med bidragsvillkoren",
                "oppenhet_och_insyn", "civil_society")))
add(item("•", c("hålla stadgar, årsmötesprotokoll och kontaktuppgifter aktuella i kommunens "
                "föreningsregister", "oppenhet_och_insyn", "civil_society")))
add("")
# 4.6
add("4.6 Mångfald")
add("")
add(wrap("Gräsmyra har ett rikt och varierat föreningsliv, från stora idrottsföreningar till "
         "små byalag och nystartade föreningar. Mångfald innebär både att det finns många "
         "olika typer av organisationer och att verksamheterna är öppna för alla invånare."))
add("")
add(wrap(c("Kommunen verkar för att stödformer och regler utformas så att även små och "
           "nystartade föreningar kan söka stöd.", "mangfald", "public") + " " +
         c("Kommunen ska informera om föreningsstöd på lättläst svenska och vid behov på andra "
           "språk.", "mangfald", "public")))
add("")
add("Den idéburna sektorn ska:")
add(item("-", c("arbeta för att verksamheten är öppen och tillgänglig för alla oavsett kön, ålder, "
                "bakgrund, funktionsförmåga eller sexuell läggning", "mangfald", "civil_society"), 80))
add(item("-", c("aktivt bjuda in grupper som i dag är underrepresenterade i föreningslivet",
                "mangfald", "civil_society"), 80))
add("")
# 4.7
add("4.7 Barnrättsperspektiv")
add("")
add(wrap("Sedan den 1 januari 2020 är FN:s konvention om barnets rättigheter svensk lag. "
         "Många föreningar i Gräsmyra har verksamhet för barn och unga, och både kommunen och "
         "föreningslivet har ett ansvar för att barnets rättigheter tillgodoses."))
add("")
add(wrap(c("Kommunen och den idéburna sektorn ska gemensamt verka för att barn och unga får "
           "komma till tals i frågor som rör dem.", "barnrattsperspektiv", "joint") + " " +
         c("Kommunen ska göra barnkonsekvensanalyser inför beslut som påverkar föreningslivets "
           "verksamhet för barn och unga.", "barnrattsperspektiv", "public")))
add("")
add(wrap(c("Föreningar som bedriver barn- och ungdomsverksamhet förbinder sig att ha rutiner för "
           "att begära utdrag ur belastningsregistret för ledare som arbetar med barn.",
           "barnrattsperspektiv", "civil_society")))
add("")
add("")
add("5. Samverkansråd och gemensamma åtaganden")
add("")
add(c("Ett samverkansråd med representanter för kommunen och den idéburna sektorn ansvarar för att "
      "överenskommelsen hålls levande och utvecklas.", None, "joint") +
    " Rådet består av tre förtroendevalda från kommunstyrelsen och fem representanter som utses "
    "av föreningslivet vid dialogforum. Ordförandeskapet växlar mellan parterna varje år.")
add("")
add("Parterna ska gemensamt:")
add(item("-", c("ta fram en handlingsplan för varje år som överenskommelsen gäller", None, "joint") + ","))
add(item("-", c("arrangera en årlig föreningskonferens, Föreningsforum Gräsmyra", None, "joint") + ","))
add(item("-", c("sprida kunskap om överenskommelsen i kommunens förvaltningar och i föreningarna",
                None, "joint") + "."))
add("")
add("6. Uppföljning och revidering")
add("")
add(wrap(c("Samverkansrådet ska följa upp överenskommelsen årligen och rapportera resultatet till "
           "kommunstyrelsen.", None, "joint") + " " +
         c("Kultur- och fritidsförvaltningen ansvarar för att kalla till samverkansrådets möten "
           "och föra minnesanteckningar.", None, "public") +
         " " + c("Kommunstyrelsen ansvarar för att en översyn av överenskommelsen påbörjas under 2028 "
           "inför en ny period.", None, "public")))
add("")
add("")
add("7 (8)")
add("")
add("7. Beslut och underskrifter")
add("")
add(wrap("Kommunfullmäktige beslutade 2024-11-25, § 142, att anta Lokal överenskommelse mellan "
         "Gräsmyra kommun och den idéburna sektorn i Gräsmyra 2025–2028 att gälla från och med "
         "2025-01-01."))
add("")
add("Gräsmyra 2024-12-10")
add("")
add("För Gräsmyra kommun                          För den idéburna sektorn i Gräsmyra")
add("")
add("")
add("_____________________________                _____________________________")
add("Maria Sjöberg                                Lennart Holm")
add("Kommunstyrelsens ordförande                  Ordförande, Gräsmyra föreningsråd")
add("")
add("")
add("_____________________________                _____________________________")
add("Tomas Wikström                               Aisha Karimi")
add("Kommundirektör                               Ordförande, Gräsmyra idrottsallians")
add("")
add("")
add("Kontakt")
add("Föreningsservice, kultur- och fritidsförvaltningen")
add("Karin Öberg, föreningsutvecklare")
add("Telefon: 0564-123 40")
add("E-post: foreningsservice@grasmyra.se")
add("")

doc = "\r\n".join(L)
with open(os.path.join(HERE, FILE), "w", encoding="utf-8", newline="") as f:
    f.write(doc)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


Q = [
    ("q1", "Hur ofta ska kommunen kalla till dialogforum?", "sv",
     ["Kommunen ska kalla till dialogforum minst två gånger per år, varav ett i samband med budgetprocessen."],
     ["minst två gånger per år"]),
    ("q2", "far kommunen stalla krav pa hur var forening ar organiserad om vi far bidrag?", "sv",
     ["inte ställa villkor i bidrag eller avtal som påverkar organisationernas interna arbete, stadgar eller värdegrund"],
     ["inte ställa villkor", "stadgar"]),
    ("q3", "When was the agreement adopted, and by which body?", "en",
     ["Antagen av kommunfullmäktige 2024-11-25, § 142"],
     ["kommunfullmäktige", "2024-11-25"]),
    ("q4", "Hur lång tid i förväg måste kommunen meddela ändrade bidragsregler?", "sv",
     ["Kommunen ska besluta om och meddela förändringar i bidragsregler senast sex månader innan de börjar gälla."],
     ["sex månader"]),
    ("q5", "Måste våra ungdomsledare visa utdrag ur belastningsregistret?", "sv",
     ["Föreningar som bedriver barn- och ungdomsverksamhet förbinder sig att ha rutiner för att begära utdrag ur belastningsregistret för ledare som arbetar med barn."],
     ["belastningsregistret"]),
    ("q6", "vad ska foreningarna redovisa till kommunen enligt overenskommelsen", "sv",
     ["redovisa hur kommunala bidrag har använts i enlighet med bidragsvillkoren",
      "hålla stadgar, årsmötesprotokoll och kontaktuppgifter aktuella i kommunens föreningsregister"],
     ["hur kommunala bidrag har använts", "föreningsregister"]),
    ("q7", "Who can I contact at the municipality about the agreement?", "en",
     ["Föreningsservice, kultur- och fritidsförvaltningen",
      "Karin Öberg, föreningsutvecklare",
      "E-post: foreningsservice@grasmyra.se"],
     ["Karin Öberg", "foreningsservice@grasmyra.se"]),
    ("q8", "Vilka utbildningar erbjuder kommunen oss i föreningslivet?", "sv",
     ["erbjuda kostnadsfria utbildningar för föreningar i exempelvis föreningsteknik, bidragsansökan och ekonomisk redovisning"],
     ["föreningsteknik", "kostnadsfria"]),
    ("q9", "Hur mycket aktivitetsstöd får en förening per deltagartillfälle?", "sv", [], []),
    ("q10", "far vi ersattning for resor nar vi deltar i dialogforum?", "sv", [], []),
]
questions = [{"id": i, "question": q, "language": lang, "answerable": bool(g), "gold": g,
              "must_mention": m} for i, q, lang, g, m in Q]

low = norm(doc)
for x in [c_["text"] for c_ in C] + [g for q in questions for g in q["gold"]]:
    assert norm(x) in low, x

exp = {
    "file": FILE,
    "layout": FOLDER,
    "description": (
        "Gräsmyra kommun's lokala överenskommelse med den idéburna sektorn 2025–2028 as a plain UTF-8 "
        ".txt with CRLF line endings, as if copied from the PDF/Word file into a text editor: cover lines "
        "(kommun, förvaltning, UPPERCASE title, decision line 'Antagen av kommunfullmäktige 2024-11-25, "
        "§ 142', Diarienummer, Giltighetstid, a decoy 'Remissversion: 2024-09-12'), a copied TOC with tab "
        "page numbers, leftover page lines '1 (8)', '3 (8)', '7 (8)' and one running header line "
        "between sections; numbered plain-line headings '1. Inledning' … '7. Beslut och underskrifter' "
        "and '4.1 Självständighet och oberoende' … '4.7 Barnrättsperspektiv' (extra principle). Most "
        "paragraphs hard-wrapped at ~80 characters, some long lines unwrapped. Commitments as '-' lists "
        "(some items wrapped with two-space continuation) and '•' lists after lead-ins 'Kommunen åtar sig "
        "att:', 'Den idéburna sektorn åtar sig att:', 'De idéburna organisationerna ska:', "
        "'Föreningarna ska:', 'Parterna ska gemensamt:' (items ending ',' and '.'); commitment sentences "
        "with 'ska', 'kommer att', 'verkar för', 'förbinder sig', 'ansvarar för', two per paragraph, one "
        "joint sentence naming both parties; a 'Syftet med överenskommelsen är att' dash list that is not "
        "commitments; samverkansråd and uppföljning sections with joint commitments (principle null); a "
        "decision paragraph, a two-column signature block made with spaces and underscores dated "
        "2024-12-10 (not the decision date), and a contact block."),
    "metadata": {
        "doc_id": FILE[:-4],
        "title": "Lokal överenskommelse mellan Gräsmyra kommun och den idéburna sektorn i Gräsmyra 2025–2028",
        "place": "Gräsmyra",
        "organisation": "Gräsmyra kommun",
        "kind": "överenskommelse",
        "date": "2024-11-25",
        "body": "kommunfullmäktige",
    },
    "commitments": C,
    "questions": questions,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print(FILE, len(C), "commitments")
