#!/usr/bin/env python3
"""Generate lovsater_overenskommelse_ideburen_sektor.txt (text copied out of a
Word-made PDF with Acrobat Reader and pasted into Notepad) and expected.json."""
import json
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "lovsater_overenskommelse_ideburen_sektor.txt"
WIDTH = 94          # visual line width of the PDF, roughly

COMMITMENTS = []


def C(text, principle, party):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


def wrap(text, width=WIDTH):
    lines = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)
    # Acrobat leaves a trailing blank at the end of every visual line but the last
    return [l + " " for l in lines[:-1]] + lines[-1:]


# ---------------------------------------------------------------- blocks
# ("p", text) paragraph, ("l", text) single raw line, ("bul", glyph, items, mode), ("pb",) page break
B = []
def P(*sentences):
    B.append(("p", " ".join(sentences)))
def L(*lines):
    for l in lines:
        B.append(("l", l))
def BUL(glyph, items, mode="inline", last_period=True):
    B.append(("bul", glyph, items, mode, last_period))
def PB():
    B.append(("pb",))


# ---- page 1: cover (no running header/footer on the cover)
L("Lövsäters kommun", "", "", "Överenskommelse",
  "mellan Lövsäters kommun och den idéburna sektorn i Lövsäter", "2024–2027", "",
  "Tillsammans bygger vi ett starkare Lövsäter", "", "",
  "Antagen av kommunfullmäktige 22 april 2024, § 58", "Foto: Jenny Ek")
PB()
# ---- page 2: document information (a two-column table, flattened by the copy)
L("Dokumentinformation", "Dokumenttyp", "Överenskommelse", "Beslutad av", "Kommunfullmäktige",
  "Beslutsdatum", "2024-04-22, § 58", "Diarienummer", "KS 2023/0611", "Giltighetstid",
  "2024-05-01 – 2027-12-31", "Dokumentansvarig", "Kommundirektör", "Gäller för")
P("Kommunens samtliga nämnder och förvaltningar samt de idéburna organisationer som anslutit "
  "sig till överenskommelsen")
L("", "Versionshistorik", "Version Datum Kommentar",
  "0.9 2023-11-06 Remissversion till föreningar och nämnder",
  "1.0 2024-03-27 Kommunstyrelsens förslag, KS § 41",
  "1.1 2024-04-22 Antagen av kommunfullmäktige")
PB()
# ---- page 3: TOC
toc = [("1 Inledning", 4), ("1.1 Bakgrund", 4), ("1.2 Syfte", 4), ("2 Parterna och deras roller", 5),
       ("3 Vision", 6), ("4 Principer och åtaganden", 6), ("4.1 Självständighet och oberoende", 6),
       ("4.2 Dialog", 7), ("4.3 Kvalitet", 8), ("4.4 Långsiktighet", 9), ("4.5 Öppenhet och insyn", 10),
       ("4.6 Mångfald", 11), ("5 Organisation och former för samverkan", 12),
       ("6 Uppföljning och revidering", 12), ("7 Underskrifter", 13), ("Bilaga: Kontaktuppgifter", 13)]
L("Innehåll")
for t, n in toc:
    dots = "." * max(4, 86 - len(t) - len(str(n)))
    L(f"{t} {dots} {n}")
PB()
# ---- page 4
L("1 Inledning", "1.1 Bakgrund")
P("År 2008 slöt regeringen, dåvarande Sveriges Kommuner och Landsting och ett stort antal "
  "idéburna organisationer en nationell överenskommelse om relationerna mellan regeringen och den "
  "idéburna sektorn inom det sociala området. Den nationella överenskommelsen bygger på sex "
  "principer: självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn "
  "samt mångfald. Sedan dess har många kommuner och regioner tagit fram egna lokala "
  "överenskommelser med samma utgångspunkt.")
L("")
P("Lövsäter har ett rikt och levande föreningsliv. I kommunens föreningsregister finns drygt 230 "
  "föreningar, och därtill kommer trossamfund, studieförbund, sociala företag och nätverk som "
  "saknar formell organisation. Den idéburna sektorn bidrar till mötesplatser, gemenskap och "
  "demokrati, och många organisationer gör ett viktigt arbete för barn och unga, äldre, nyanlända "
  "och människor i utsatta livssituationer.")
L("")
P("Arbetet med en lokal överenskommelse inleddes hösten 2022 på initiativ av Lövsäters "
  "Föreningsråd och kommunstyrelsen. En arbetsgrupp med företrädare för både kommunen och "
  "föreningslivet har tagit fram förslaget. Under 2023 hölls fyra öppna dialogmöten, och i "
  "remissomgången lämnade 41 organisationer")
PB()   # the page breaks in the middle of the sentence
P("och samtliga nämnder synpunkter.")
L("", "1.2 Syfte")
P("Syftet med överenskommelsen är att stärka och fördjupa samverkan mellan Lövsäters kommun och "
  "den idéburna sektorn, och att göra det tydligt vad parterna kan förvänta sig av varandra. "
  "Överenskommelsen ska bidra till att fler invånare blir delaktiga i samhällslivet och till att "
  "den idéburna sektorns förutsättningar att verka förbättras.")
L("")
Q_BINDING = ("Överenskommelsen är inte juridiskt bindande och reglerar inte ekonomiska förhållanden "
             "mellan parterna.")
P(Q_BINDING, "Den ersätter inte avtal, bidragsregler, idéburet offentligt partnerskap (IOP) eller "
  "upphandling, men ska vara vägledande när sådana tas fram.")
L("", "2 Parterna och deras roller")
P("Överenskommelsen tecknas mellan Lövsäters kommun och de idéburna organisationer som är "
  "verksamma i kommunen och som ansluter sig till den. Kommunen företräds av kommunstyrelsen. "
  "Den idéburna sektorn företräds av Idéforum Lövsäter, ett nätverk för föreningar, trossamfund, "
  "studieförbund och andra idéburna organisationer, tillsammans med Lövsäters Föreningsråd.")
L("")
P("Med idéburen organisation avses i denna överenskommelse en organisation som är fristående från "
  "offentlig sektor, har en demokratisk uppbyggnad eller ett allmännyttigt syfte och inte delar "
  "ut vinst till ägare eller medlemmar.")
L("")
P("Parterna har olika roller. Kommunen har ett demokratiskt mandat och det yttersta ansvaret för "
  "den service och de tjänster som invånarna har rätt till enligt lag. Den idéburna sektorn bygger "
  "på frivillighet och engagemang och kan vara röstbärare för grupper vars röster annars sällan "
  "hörs. Båda rollerna är nödvändiga för ett levande lokalsamhälle.")
L("")
Q_JOIN1 = ("En organisation ansluter sig till överenskommelsen genom att skicka in en "
           "anslutningsblankett till kommunledningskontoret.")
Q_JOIN2 = "Blanketten finns på lovsater.se/overenskommelsen."
P(Q_JOIN1, Q_JOIN2, "Anslutna organisationer redovisas på kommunens webbplats och får inbjudan "
  "till Lövsätersdialogen.")
PB()
# ---- page 6
L("3 Vision")
P("Lövsäter är en kommun där alla som vill kan engagera sig, där föreningslivet är starkt och "
  "självständigt och där kommunen och den idéburna sektorn tillsammans tar ansvar för en hållbar "
  "samhällsutveckling. Vi vill att samverkan ska präglas av tillit, respekt och ömsesidighet.")
L("", "4 Principer och åtaganden")
P("Överenskommelsen vilar på de sex principerna från den nationella överenskommelsen. Under varje "
  "rubrik beskrivs först vad principen innebär i Lövsäter och därefter vilka åtaganden kommunen "
  "och de idéburna organisationerna gör, var för sig och tillsammans. Åtagandena följs upp årligen "
  "enligt avsnitt 6.")
L("", "4.1 Självständighet och oberoende")
P("Den idéburna sektorns självständighet är en förutsättning för en fungerande samverkan. Idéburna "
  "organisationer ska kunna vara både samarbetspartner och kritisk röst, och bidrag eller uppdrag "
  "från kommunen får inte påverka organisationernas rätt att själva bestämma över sin inriktning.")
S = "sjalvstandighet_och_oberoende"
L("", "Kommunen åtar sig att:")
BUL("•", [
    C("respektera de idéburna organisationernas rätt att själva formulera sina mål, välja arbetssätt "
      "och driva opinion, även när de är kritiska till kommunens politik", S, "public"),
    C("inte ställa krav på ändrade stadgar eller ändrad organisation som villkor för stöd, utöver vad "
      "som följer av kommunens bidragsregler", S, "public"),
    C("välja den samverkansform som passar verksamheten, till exempel föreningsbidrag eller IOP, när "
      "kommunen vill stödja verksamhet som organisationerna själva har tagit initiativ till", S, "public"),
])
L("", "De idéburna organisationerna åtar sig att:")
BUL("•", [
    C("vara tydliga med när de företräder sina medlemmar och när de utför uppdrag åt kommunen", S,
      "civil_society"),
    C("värna sin egen identitet och sitt oberoende i samverkan med kommunen", S, "civil_society"),
])
PB()
# ---- page 7
D = "dialog"
L("4.2 Dialog")
P("En öppen och återkommande dialog skapar förtroende och leder till bättre beslut. Dialogen ska "
  "ske på lika villkor och ha ett tydligt syfte, så att alla vet vad den kan påverka.")
L("")
Q_REMISS = C("Förvaltningarna ansvarar för att remisstiden för ärenden som rör sektorn är minst sex "
             "veckor, om inte särskilda skäl finns.", D, "public")
P(C("Kommunen ska bjuda in den idéburna sektorn till dialog i ett tidigt skede när beslut förbereds "
    "som berör sektorn eller de grupper som organisationerna företräder.", D, "public"),
  C("Kommunen ska också se till att det finns en utsedd kontaktperson för idéburen sektor på varje "
    "förvaltning.", D, "public"),
  Q_REMISS)
L("")
P(C("De idéburna organisationerna åtar sig att delta aktivt i dialogen och att förankra sina "
    "synpunkter hos medlemmar och målgrupper.", D, "civil_society"))
L("")
Q_FORUM = C("Parterna ska gemensamt genomföra ett årligt dialogforum, Lövsätersdialogen, som är öppet "
            "för alla idéburna organisationer i kommunen.", D, "joint")
P(Q_FORUM, "Där följs överenskommelsen upp och aktuella frågor diskuteras.")
PB()
# ---- page 8 / 9
K = "kvalitet"
L("4.3 Kvalitet")
P("Kvalitet handlar om att verksamheten utgår från de behov som de människor den riktar sig till "
  "har. Idéburna organisationer har ofta kunskap och arbetssätt som kompletterar kommunens, och "
  "parterna har mycket att lära av varandra.")
L("", "För att främja kvaliteten ska kommunen:")
Q_UTB = C("erbjuda föreningarna kostnadsfri utbildning, till exempel i föreningsekonomi, "
          "styrelsearbete och ansökan om bidrag", K, "public")
BUL("–", [
    C("ta tillvara organisationernas erfarenheter och kunskap när kommunens verksamheter utvecklas",
      K, "public"),
    Q_UTB,
], last_period=False)
PB()   # the page breaks inside the list
BUL("–", [
    C("tillsammans med berörda organisationer ta fram krav på redovisning och uppföljning som är "
      "begripliga och står i proportion till stödets storlek", K, "public"),
])
L("", "Föreningarna ska:")
BUL("–", [
    C("följa upp och redovisa sin verksamhet på det sätt som parterna har kommit överens om", K,
      "civil_society"),
    C("se till att de som är verksamma i organisationen, anställda som ideella, har den kunskap som "
      "uppdraget kräver", K, "civil_society"),
])
L("", "4.4 Långsiktighet")
LS = "langsiktighet"
P("Långsiktiga förutsättningar gör det möjligt för organisationerna att planera, behålla kompetens "
  "och utveckla sin verksamhet. Korta beslut och plötsliga förändringar skapar osäkerhet, inte "
  "minst för ideella krafter.")
L("")
Q_SEXMAN = C("Vidare förbinder sig kommunen att informera om förändringar i bidragsregler och "
             "lokalförsörjning som berör organisationerna senast sex månader innan förändringarna "
             "träder i kraft.", LS, "public")
P(C("Kommunen ska sträva efter fleråriga beslut om stöd, med en löptid på minst två år, när det "
    "gäller verksamhet av löpande karaktär.", LS, "public"),
  Q_SEXMAN,
  C("Organisationerna åtar sig å sin sida att i god tid meddela kommunen om de inte längre kan "
    "genomföra en verksamhet som får kommunalt stöd, och att planera för ett ansvarsfullt avslut.",
    LS, "civil_society"),
  C("Tillsammans ska parterna verka för att kunskap och erfarenheter från samverkan dokumenteras, så "
    "att samarbetet inte blir beroende av enskilda personer.", LS, "joint"))
PB()
# ---- page 10 / 11
O = "oppenhet_och_insyn"
L("4.5 Öppenhet och insyn")
P("Öppenhet skapar förtroende mellan parterna. Kommunen förvaltar skattemedel och behöver kunna "
  "visa hur de används. På motsvarande sätt har den som får offentligt stöd ett ansvar att ge "
  "insyn i hur stödet används.")
L("", "Lövsäters kommun åtar sig att")     # lead-in without colon
Q_AVSLAG = C("motivera skriftligt när en ansökan om bidrag eller IOP avslås", O, "public")
BUL("\uf0b7", [
    C("göra information om bidrag, lokaler och möjligheter till samverkan lätt att hitta på "
      "kommunens webbplats", O, "public"),
    C("varje år, senast den 31 mars, redovisa hur kommunens stöd till den idéburna sektorn har "
      "fördelats", O, "public"),
    Q_AVSLAG,
], last_period=False)
PB()
L("De idéburna organisationerna åtar sig att")
Q_INSYN1 = C("ge kommunen insyn i hur offentliga medel används i verksamheten", O, "civil_society")
Q_INSYN2 = C("på begäran visa upp stadgar, årsmötesprotokoll och verksamhetsberättelse för kommunen",
             O, "civil_society")
BUL("\uf0b7", [Q_INSYN1, Q_INSYN2])
L("")
P(C("Parterna ska respektera sekretess och den personliga integriteten i allt informationsutbyte.",
    O, "joint"))
L("", "4.6 Mångfald")
M = "mangfald"
P("Mångfald innebär att det finns plats för organisationer av olika storlek, med olika inriktning "
  "och arbetsformer. Både etablerade föreningar och nya initiativ behövs, och invånarnas olika "
  "bakgrund, erfarenheter och behov ska kunna speglas i samverkan.")
L("", "Kommunen ska:")
BUL("•", [
    C("verka för att små och nystartade föreningar, liksom grupper som saknar formell organisation, "
      "får möjlighet att delta i dialog och samverkan", M, "public"),
    C("anpassa information och mötesformer så att de blir tillgängliga för personer med "
      "funktionsnedsättning och för personer som inte har svenska som förstaspråk", M, "public"),
    C("se till att bidragsreglerna inte gynnar stora organisationer på bekostnad av små", M, "public"),
], mode="ownline")
L("Föreningslivet ska:")
BUL("•", [
    C("verka för att verksamheten är öppen för alla och välkomnar nya medlemmar oavsett bakgrund", M,
      "civil_society"),
    C("dela med sig av kunskap om de grupper organisationerna möter, så att kommunens arbete kan utgå "
      "från invånarnas olika behov", M, "civil_society"),
], mode="ownline")
L("Gemensamt ska parterna:")
BUL("•", [
    C("arbeta för ett jämställt och inkluderande föreningsliv där barn och unga får verkligt "
      "inflytande", M, "joint"),
], mode="ownline")
PB()
# ---- page 12
L("5 Organisation och former för samverkan")
Q_RAD = ("Rådet består av fem förtroendevalda som utses av kommunstyrelsen och fem representanter "
         "för den idéburna sektorn som utses av Idéforum Lövsäter.")
P("Samverkansrådet är parternas gemensamma forum för att leda och utveckla arbetet med "
  "överenskommelsen.", Q_RAD, "Ordförandeskapet delas mellan parterna.",
  C("Samverkansrådet ska sammanträda minst fyra gånger per år.", None, "joint"))
L("")
P(C("Kommunledningskontoret ansvarar för att samordna kommunens arbete med överenskommelsen och är "
    "sekretariat för samverkansrådet.", None, "public"),
  C("Varje nämnd ansvarar för att överenskommelsen är känd i den egna verksamheten och tillämpas i "
    "nämndens kontakter med den idéburna sektorn.", None, "public"),
  C("Idéforum Lövsäter ansvarar för att information från rådet når de anslutna organisationerna.",
    None, "civil_society"))
L("", "6 Uppföljning och revidering")
P(C("Samverkansrådet ansvarar för att överenskommelsen följs upp varje år och att resultatet "
    "redovisas för kommunstyrelsen och på Lövsätersdialogen.", None, "joint"),
  "Uppföljningen ska bland annat belysa hur åtagandena har genomförts och vad parterna behöver "
  "utveckla.")
L("")
P("Överenskommelsen gäller till och med den 31 december 2027.",
  C("Under 2027 ska parterna gemensamt utvärdera överenskommelsen och ta ställning till om den ska "
    "revideras och förlängas.", None, "joint"))
PB()
# ---- page 13
L("7 Underskrifter")
P("Överenskommelsen undertecknades vid Lövsätersdialogen den 14 maj 2024.")
L("", "För Lövsäters kommun", "", "..............................................",
  "Anders Berglund (S)", "Kommunstyrelsens ordförande", "",
  "För den idéburna sektorn i Lövsäter", "", "..............................................",
  "Maria Holm", "Ordförande, Idéforum Lövsäter", "", "..............................................",
  "Kerstin Wallin", "Ordförande, Lövsäters Föreningsråd", "", "",
  "Bilaga: Kontaktuppgifter",
  "Funktion", "Namn", "Telefon", "E-post",
  "Samordnare idéburen sektor, kommunledningskontoret", "Sara Lindqvist", "0587-38 12 40",
  "sara.lindqvist@lovsater.se",
  "Samverkansrådets sekretariat", "Johan Ek", "0587-38 12 07", "samverkansradet@lovsater.se",
  "Idéforum Lövsäter", "Malin Persson", "070-412 55 18", "info@ideforumlovsater.se")

# ---------------------------------------------------------------- render pages
pages, cur = [], []
for b in B:
    if b[0] == "pb":
        pages.append(cur); cur = []
    elif b[0] == "l":
        cur.append(b[1])
    elif b[0] == "p":
        cur.extend(wrap(b[1]))
    elif b[0] == "bul":
        _, glyph, items, mode, last_period = b
        for i, it in enumerate(items):
            txt = it + ("." if last_period and i == len(items) - 1 else "")
            if mode == "ownline":
                cur.append(glyph + " ")
                cur.extend(wrap(txt, WIDTH - 4))
            else:
                # continuation lines come back flush left, as Acrobat copies them
                cur.extend(wrap(glyph + " " + txt, WIDTH - 4))
pages.append(cur)

N = len(pages)
out = []
for n, lines in enumerate(pages, 1):
    if n == 1:
        out.extend(lines)
    else:
        out.append("Lövsäters kommun")
        out.append("Överenskommelse med den idéburna sektorn 2024–2027 ")
        out.extend(lines)
        out.append("Dnr KS 2023/0611")
        out.append(f"Sida {n} av {N}")
with open(os.path.join(HERE, FILE), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(out) + "\n")
assert N == 13, N

# ---------------------------------------------------------------- expected.json
def q(i, question, lang, gold, must):
    return {"id": f"q{i}", "question": question, "language": lang, "answerable": bool(gold),
            "gold": gold, "must_mention": must}

questions = [
    q(1, "Hur lång remisstid ska föreningarna få när kommunen skickar ut ärenden som rör oss?", "sv",
      [Q_REMISS], ["minst sex veckor"]),
    q(2, "hur lang tid innan maste kommunen beratta om andrade bidragsregler?", "sv",
      [Q_SEXMAN], ["senast sex månader"]),
    q(3, "What do the associations have to show the municipality about how they use public money?",
      "en", [Q_INSYN1, Q_INSYN2], ["insyn", "årsmötesprotokoll"]),
    q(4, "Är överenskommelsen juridiskt bindande?", "sv", [Q_BINDING], ["inte juridiskt bindande"]),
    q(5, "Hur gör vår förening för att ansluta sig till överenskommelsen?", "sv",
      [Q_JOIN1, Q_JOIN2], ["anslutningsblankett", "kommunledningskontoret"]),
    q(6, "vilka utbildningar erbjuder kommunen foreningarna?", "sv", [Q_UTB],
      ["kostnadsfri utbildning", "föreningsekonomi"]),
    q(7, "How often is the joint dialogue forum held, and who can take part?", "en", [Q_FORUM],
      ["årligt", "öppet för alla idéburna organisationer"]),
    q(8, "Vad gäller om kommunen avslår vår ansökan om bidrag?", "sv", [Q_AVSLAG],
      ["motivera skriftligt"]),
    q(9, "Hur mycket pengar avsätter kommunen till föreningsbidrag varje år?", "sv", [], []),
    q(10, "vilket datum ar sista ansokningsdag for lokalbidrag?", "sv", [], []),
]

expected = {
    "file": FILE,
    "layout": "g6_text_kommun",
    "description": (
        "A kommun's local agreement with the idéburna sektorn as plain text (UTF-8, LF) copied out of "
        "a Word-made PDF with a PDF reader and pasted into a text editor. The copy keeps the visual "
        "line breaks of the PDF (hard wraps at about 90 characters, a trailing blank at the end of "
        "wrapped lines) and loses all styling: headings are bare lines ('1 Inledning', '4.1 "
        "Självständighet och oberoende', '4.2 Dialog' ...). Cover page without header/footer (title over "
        "three lines, slogan, 'Antagen av kommunfullmäktige 22 april 2024, § 58', photo credit); a "
        "document-information table flattened to one cell per line (label line, value line: "
        "'Beslutsdatum' / '2024-04-22, § 58', 'Giltighetstid' ...) and a version-history table with "
        "other dates (remiss 2023-11-06, KS proposal 2024-03-27); a TOC with dot leaders and page "
        "numbers. Every page after the cover starts with a two-line running header ('Lövsäters kommun' "
        "/ 'Överenskommelse med den idéburna sektorn 2024–2027') and ends with 'Dnr KS 2023/0611' and "
        "'Sida N av 13'; one page break falls in the middle of a background sentence, one between two "
        "items of the kommun's Kvalitet list, and one between the kommun's and the organisations' "
        "lists under Öppenhet och insyn. Six national principles as sections 4.1–4.6, each with a "
        "descriptive paragraph (with non-commitment phrasing such as 'ska kunna vara', 'får inte "
        "påverka', 'ska kunna speglas', 'har … ett ansvar att ge insyn'; the vision's 'Vi vill att …' "
        "and 'Uppföljningen ska bland annat belysa …' in section 6 are not counted either) then "
        "commitments written in varied ways: '•' lists after 'Kommunen åtar sig att:' / 'De idéburna "
        "organisationerna åtar sig att:' (4.1); sentence commitments 'Kommunen ska …', "
        "'Förvaltningarna ansvarar för …', 'De idéburna organisationerna åtar sig att …', 'Parterna "
        "ska gemensamt …' (4.2); en-dash items after 'För att främja kvaliteten ska kommunen:' and "
        "'Föreningarna ska:' (4.3); one prose paragraph naming kommunen, organisationerna and "
        "'Tillsammans ska parterna' (4.4); Symbol-font bullets copied as U+F0B7 after lead-ins without "
        "colon 'Lövsäters kommun åtar sig att' (4.5) plus a joint sentence; bullets copied onto their "
        "own line with the item text on the next line after 'Kommunen ska:' / 'Föreningslivet ska:' / "
        "'Gemensamt ska parterna:' (4.6). Sections 5 (samverkansråd, kommunledningskontoret, nämnder, "
        "Idéforum) and 6 (uppföljning, utvärdering 2027) hold commitments outside the principles "
        "(principle null). Ends with a signature block (signing date 14 May 2024, not the decision "
        "date) with dotted lines, and a contact table flattened to one cell per line."),
    "metadata": {
        "doc_id": FILE.rsplit(".", 1)[0],
        "title": "Överenskommelse mellan Lövsäters kommun och den idéburna sektorn i Lövsäter 2024–2027",
        "place": "Lövsäter",
        "organisation": "Lövsäters kommun",
        "kind": "överenskommelse",
        "date": "2024-04-22",
        "body": "kommunfullmäktige",
    },
    "commitments": COMMITMENTS,
    "questions": questions,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(FILE, N, "pages,", len(COMMITMENTS), "commitments")
