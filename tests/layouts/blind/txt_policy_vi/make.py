#!/usr/bin/env python3
"""Generate vretsunda_policy_samverkan.txt and expected.json.

Simulates a Word document saved as "Oformaterad text" (UTF-8 with BOM, CRLF,
"infoga radbrytningar" at ~72 characters): hard line breaks, some words
hyphenated at line ends, ALL CAPS / numbered headings, "*" and "-" lists,
tab-separated metadata table, a TOC exported as text and form feeds for
manual page breaks.  The kommun speaks as "vi".

Markup used in the source below:
  [[P|...]] / [[C|...]] / [[J|...]]  commitment (public / civil_society / joint)
  [[N|...]]                          protected quote (never hyphenated)
  ~                                  allowed hyphenation point
Deterministic: no randomness, no dates taken from the clock.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "vretsunda_policy_samverkan.txt"
WIDTH = 72
PARTY = {"P": "public", "C": "civil_society", "J": "joint"}

# ----------------------------------------------------------------------------
# Document source: list of blocks
#   ("raw", text)            lines copied as they are
#   ("h", text, principle)   heading line; sets current principle (None = null)
#   ("p", text)              paragraph, wrapped
#   ("ul", marker, [items])  list, wrapped with hanging indent
#   ("ff",)                  form feed (manual page break)
#   ("blank",)               extra empty line
# ----------------------------------------------------------------------------
B = []


def raw(t):
    B.append(("raw", t))


def h(t, pr="keep"):
    B.append(("h", t, pr))


def p(t):
    B.append(("p", t))


def ul(marker, items):
    B.append(("ul", marker, items))


def ff():
    B.append(("ff",))


raw("VRETSUNDA KOMMUN")
raw("Kommunledningsförvaltningen")
B.append(("blank",))
B.append(("blank",))
raw("POLICY FÖR SAMVERKAN MED CIVILSAMHÄLLET")
raw("Hur Vretsunda kommun samverkar med föreningar och andra idéburna")
raw("organisationer")
B.append(("blank",))
B.append(("blank",))
raw("Dokumenttyp:\tPolicy")
raw("Beslutad av:\tKommunfullmäktige")
raw("Beslutsdatum:\t2023-03-27, § 38")
raw("Diarienummer:\tKS 2022/0871")
raw("Giltighetstid:\t2023–2026")
raw("Dokumentansvarig:\tKommundirektör")
raw("Handläggare:\tSara Lindqvist, strateg för civilsamhällesfrågor")
raw("Gäller för:\tSamtliga nämnder, förvaltningar och helägda kommunala bolag")
raw("Ersätter:\tRiktlinjer för föreningssamverkan, KF 2015-06-15, § 72")
ff()
raw("Innehåll")
B.append(("blank",))
raw("1\tInledning\t2")
raw("2\tBakgrund\t2")
raw("3\tSyfte och omfattning\t3")
raw("4\tUtgångspunkter\t3")
raw("5\tPrinciper för samverkan\t4")
raw("5.1\tSjälvständighet och oberoende\t4")
raw("5.2\tDialog\t4")
raw("5.3\tKvalitet\t5")
raw("5.4\tLångsiktighet\t6")
raw("5.5\tÖppenhet och insyn\t6")
raw("5.6\tMångfald\t7")
raw("5.7\tHållbar samhällsutveckling\t7")
raw("6\tFormer för samverkan\t8")
raw("7\tOrganisation och ansvar\t9")
raw("8\tUppföljning och revidering\t9")
raw("Bilaga\tBegrepp i policyn\t10")
ff()

h("1 INLEDNING", None)
p("Vretsunda är en kommun med ett rikt och levande föreningsliv. Här finns "
  "drygt 240 registrerade föreningar, från idrottsklubbar och hembygds~föreningar "
  "till studieförbund, trossamfund, kvinnojourer och nätverk för nyanlända. "
  "Tusentals invånare lägger varje vecka ned tid på ideellt arbete. Det "
  "engagemanget är en av kommunens viktigaste tillgångar och en förutsättning "
  "för att Vretsunda ska vara en trygg, levande och hållbar plats att bo och "
  "verka på.")
p("Den här policyn beskriver hur vi vill samverka med civil~samhällets "
  "organisationer. När vi i policyn skriver \"vi\" menar vi Vretsunda kommun, "
  "det vill säga kommunfullmäktige, nämnderna, förvaltningarna och de helägda "
  "kommunala bolagen. När vi skriver \"föreningarna\" eller \"organisationerna\" "
  "menar vi de idéburna organisationer som samverkar med kommunen, oavsett om "
  "de är ideella föreningar, stiftelser, trossamfund eller andra former av "
  "idéburen verksamhet.")
p("[[N|Policyn antogs av kommunfullmäktige den 27 mars 2023, § 38.]] Den har tagits "
  "fram i dialog med föreningslivet och gäller till och med 2026.")

h("2 BAKGRUND", None)
p("År 2008 tecknade regeringen, Sveriges Kommuner och Landsting (i dag "
  "Sveriges Kommuner och Regioner, SKR) och idéburna organisationer inom det "
  "sociala området en nationell överenskommelse. Överenskommelsen bygger på "
  "sex principer: självständighet och oberoende, dialog, kvalitet, "
  "långsiktighet, öppenhet och insyn samt mångfald. Sedan dess har många "
  "kommuner och regioner tagit fram lokala överenskommelser eller policyer "
  "med samma principer som grund.")
p("I Vretsunda har samverkan med föreningslivet länge reglerats av "
  "Riktlinjer för föreningssamverkan från 2015. Riktlinjerna handlade främst "
  "om föreningsbidrag och lokaler och omfattade inte kommunens samlade "
  "relation till civilsamhället. Kommunstyrelsen gav därför i december 2021 "
  "kommunledningsförvaltningen i uppdrag att ta fram en ny policy.")
p("Arbetet har skett i nära samarbete med Vretsunda föreningsråd. Under "
  "hösten 2022 genomfördes fem dialogmöten i Kyrkbyn, Östra hamnen, Lövmora, "
  "Sörby och Ängsjö med sammanlagt 118 deltagare från 64 föreningar. En "
  "webbenkät besvarades dessutom av 212 personer. Förslaget till policy var "
  "ute på remiss hos föreningarna och nämnderna mellan den 1 november 2022 "
  "och den 15 januari 2023. Synpunkterna från remissen har i stora delar "
  "arbetats in i den slutliga texten.")
p("Många av de synpunkter som kom fram handlade om samma saker: att "
  "föreningarna vill bli tillfrågade tidigare, att bidragsreglerna upplevs "
  "som krångliga och ändras för ofta, att det är svårt att veta vem man ska "
  "vända sig till på kommunen och att mindre föreningar har svårt att göra "
  "sig hörda. Policyn försöker ge svar på dessa frågor.")
p("Policyn ska också ses i ett större sammanhang. På nationell nivå har "
  "överenskommelsen följts av Nationellt organ för dialog och samråd mellan "
  "regeringen och det civila samhället, NOD, och av regeringens politik för "
  "det civila samhället. Flera av våra grannkommuner och regionen har under "
  "senare år antagit egna överens~kommelser. Vi har tagit del av deras "
  "erfarenheter, men Vretsundas policy är skriven utifrån de förut~sättningar "
  "och behov som finns här.")
ff()

h("3 SYFTE OCH OMFATTNING", None)
p("Syftet med policyn är att skapa tydliga och långsiktiga förutsättningar "
  "för samverkan mellan Vretsunda kommun och civilsamhället. Policyn ska "
  "bidra till att")
ul("-", [
    "invånarnas engagemang tas tillvara och stärks",
    "föreningarna kan verka på egna villkor och utifrån sina egna idéer",
    "kommunens stöd till civilsamhället blir förutsägbart och likvärdigt",
    "kommunen och föreningarna tillsammans kan möta samhälls~utmaningar som "
    "ingen av parterna klarar ensam.",
])
p("Policyn gäller för alla nämnder, förvaltningar och helägda bolag i "
  "Vretsunda kommun. Den omfattar all samverkan med idéburna organisationer, "
  "såväl föreningsbidrag och lokalupplåtelse som dialog, idéburet offentligt "
  "partnerskap och upphandling. Policyn är inte ett avtal, och den ger inte "
  "enskilda föreningar rätt till visst stöd. Den anger i stället hur vi ska "
  "agera och vad vi förväntar oss av de föreningar som samverkar med oss.")
p("Policyn kompletteras av nämndernas egna regler, till exempel kultur- och "
  "fritidsnämndens regler för föreningsbidrag och socialnämndens riktlinjer "
  "för stöd till sociala föreningar. Dessa ska stämma överens med policyn.")
p("För dig som är aktiv i en förening innebär policyn framför allt att du "
  "ska kunna veta vad du kan förvänta dig av kommunen, vart du vänder dig "
  "och vilka krav som ställs på föreningen. Policyn är skriven för att "
  "kunna läsas av alla, men några begrepp förklaras i bilagan sist i "
  "dokumentet. Kommunens tjänste~personer ska kunna använda policyn som stöd "
  "i det dagliga arbetet, och de förtroende~valda som vägledning när beslut "
  "som berör civil~samhället ska fattas.")

h("4 UTGÅNGSPUNKTER", None)
p("Vår samverkan med civilsamhället vilar på några grundläggande "
  "utgångspunkter:")
ul("*", [
    "Civilsamhället är en självständig del av samhället med ett eget värde, "
    "inte en förlängning av den kommunala verksamheten.",
    "Föreningarnas roll som röstbärare och opinionsbildare är lika viktig "
    "som deras roll som utförare av verksamhet.",
    "Samverkan bygger på ömsesidig respekt, förtroende och tydlighet om "
    "vem som ansvarar för vad.",
    "Kommunen har alltid det yttersta ansvaret för myndighets~utövning och "
    "för de välfärdstjänster som lagen ålägger kommunen att tillhandahålla.",
    "Barnets rättigheter enligt barnkonventionen är en självklar utgångspunkt "
    "i all samverkan som berör barn och unga.",
])
ff()

h("5 PRINCIPER FÖR SAMVERKAN", None)
p("Policyn bygger på de sex principerna i den nationella över~enskommelsen. "
  "Vi har valt att lägga till en sjunde princip om hållbar samhälls~utveckling, "
  "eftersom många föreningar under dialogmötena lyfte fram sin roll i det "
  "lokala utvecklingsarbetet. Under varje princip beskriver vi först vad "
  "principen innebär och därefter vad vi åtar oss och vad vi förväntar oss "
  "av föreningarna.")

h("5.1 Självständighet och oberoende", "sjalvstandighet_och_oberoende")
p("Civil~samhällets organisationer har rätt att själva formulera sina mål, "
  "välja sina arbetsformer och driva sina frågor, även när de är kritiska "
  "mot kommunen. Ett själv~ständigt civilsamhälle är en förut~sättning för "
  "demokratin. Att en förening tar emot stöd från kommunen får aldrig "
  "innebära att den förlorar sin röst.")
p("[[P|Vi ska respektera föreningarnas rätt att själva bestämma över sin "
  "verksamhet, sina mål och sina arbetsformer.]] [[P|Vi ska inte ställa krav "
  "som påverkar föreningarnas interna organisation eller hur de väljer sina "
  "företrädare.]]")
p("Vi åtar oss att:")
ul("*", [
    "[[P|värna föreningarnas rätt att granska och kritisera kommunens "
    "verksamhet, även när de tar emot bidrag från oss]]",
    "[[P|utforma bidragsvillkor så att de inte begränsar föreningarnas "
    "möjlighet att bedriva opinionsbildning]]",
    "[[P|tydligt skilja mellan föreningsbidrag och ersättning för tjänster som "
    "kommunen köper]].",
])
p("[[C|Vi förväntar oss att föreningarna håller isär den verksamhet som "
  "finansieras av kommunen och sin övriga verksamhet i sin bokföring.]] "
  "[[C|Föreningarna ansvarar själva för att verksamheten vilar på en "
  "demokratisk grund och att stadgarna är antagna av medlemmarna.]]")

h("5.2 Dialog", "dialog")
p("Dialog handlar om att lyssna på varandra och att ta tillvara varandras "
  "kunskap innan beslut fattas. Dialog är inte detsamma som förhandling, "
  "och det är alltid de förtroendevalda som fattar besluten. Men en god "
  "dialog gör besluten bättre och ökar förståelsen för dem. Under dialog~mötena "
  "hösten 2022 var det här den fråga som engagerade flest.")
p("[[P|Vi ska bjuda in civilsamhällets organisationer till dialog i ett "
  "tidigt skede när vi tar fram planer, program och andra styrdokument som "
  "berör dem.]] [[J|Minst två gånger per år ska vi tillsammans med "
  "föreningarna genomföra Forum Vretsunda, ett gemensamt dialogforum där "
  "kommunstyrelsens presidium deltar.]] [[P|Vi ansvarar för att kallelse "
  "och underlag skickas ut senast tre veckor före varje forum.]]")
p("[[P|Vi ska återkoppla till föreningarna hur deras synpunkter har tagits "
  "om hand, senast två månader efter att en dialog har avslutats.]] [[P|När "
  "synpunkterna inte har kunnat tillgodoses ska vi förklara varför.]]")
p("[[C|Vi förväntar oss att föreningarna utser representanter som kan föra "
  "fram medlemmarnas synpunkter och återkoppla till dem.]] [[C|Föreningarna "
  "ska i möjligaste mån samordna sina synpunkter genom de nätverk som finns, "
  "till exempel Vretsunda föreningsråd.]]")
p("Vi har valt att inte reglera exakt hur dialogen i varje enskild fråga "
  "ska gå till. Formerna kan variera från ett enkelt samråd till "
  "gemensamma arbetsgrupper, beroende på frågans karaktär.")
ff()

h("5.3 Kvalitet", "kvalitet")
p("Kvalitet i föreningarnas verksamhet handlar inte bara om att nå mätbara "
  "resultat. Lika viktigt är det som gör den idéburna verksamheten unik: "
  "engagemanget, närheten till människor och förmågan att fånga upp behov "
  "tidigt. Kvalitet ska i första hand definieras av dem som verksam~heten "
  "är till för.")
p("[[J|Tillsammans med föreningarna ska vi ta fram enkla former för att "
  "beskriva och följa upp kvaliteten i den verksamhet som kommunen stöder.]] "
  "[[P|Vi ska erbjuda föreningarna kostnadsfri utbildning i förenings~kunskap, "
  "ekonomi och ansökningsskrivande minst en gång per termin.]] [[P|Vi avser "
  "att förenkla ansökningsförfarandet för föreningsbidrag så att ansökan "
  "kan göras digitalt och med så få bilagor som möjligt.]]")
p("[[C|Vi förväntar oss att föreningarna följer upp sin verksamhet och "
  "redovisar hur bidragen har använts enligt de villkor som gäller för "
  "respektive bidrag.]] [[C|Föreningarna ansvarar för att ledare och "
  "volontärer som arbetar med barn och unga har visat upp utdrag ur "
  "belastningsregistret.]]")
p("[[P|Vi ska anpassa kraven på uppföljning efter bidragets storlek.]] En "
  "liten förening som söker ett aktivitetsbidrag ska inte behöva lämna "
  "samma redovisning som en organisation med flera anställda.")

h("5.4 Långsiktighet", "langsiktighet")
p("Föreningarna behöver kunna planera sin verksamhet för mer än ett år i "
  "taget. Ideella krafter och anställd personal försvinner snabbt om "
  "finansieringen är osäker. Lång~siktighet handlar också om att relationen "
  "mellan kommunen och civilsamhället ska hålla över tid, oavsett politisk "
  "majoritet eller personalbyten.")
p("[[P|Vi ska sträva efter att bevilja verksamhetsbidrag för tre år i taget "
  "när det gäller verksamhet av mer varaktig karaktär.]] [[P|Vi åtar oss "
  "att fatta beslut om föreningsbidrag för kommande år senast den 15 "
  "december.]] [[P|Vi ska inte göra väsentliga förändringar av bidrags~reglerna "
  "under en pågående bidragsperiod utan att först ha fört dialog med de "
  "föreningar som berörs.]]")
p("[[P|Vi förbinder oss att ge föreningarna besked minst sex månader i "
  "förväg om vi avser att säga upp ett lokalavtal eller ett avtal om "
  "idéburet offentligt partnerskap.]]")
p("[[C|Vi förväntar oss att föreningarna planerar sin verksamhet och ekonomi "
  "så att de inte blir helt beroende av kommunala medel.]]")
ff()

h("5.5 Öppenhet och insyn", "oppenhet_och_insyn")
p("Öppenhet och insyn skapar förtroende. Föreningarna ska kunna förstå hur "
  "kommunen fattar beslut som berör dem, och kommunen och invånarna ska "
  "kunna se hur offentliga medel används. Samtidigt har förenings~livet rätt "
  "att ha en egen verksamhet som kommunen inte har insyn i.")
p("[[P|Vi ska publicera regler, ansökningstider och beslut om föreningsbidrag "
  "på kommunens webbplats.]] [[P|Vi ska vara öppna med hur vi prioriterar "
  "mellan olika ändamål när resurserna inte räcker till.]]")
p("[[C|Vi förväntar oss att föreningarna på begäran lämnar verksamhets~berättelse, "
  "årsredovisning och revisionsberättelse till kommunen.]] [[C|Föreningarna "
  "ska ge kommunen insyn i den verksamhet som finansieras med offentliga "
  "medel.]] [[J|Vi och föreningarna ska gemensamt verka för att information "
  "om samverkan finns på lättläst svenska och på de vanligaste språken i "
  "kommunen.]]")
p("Observera att handlingar som föreningar lämnar in till kommunen som "
  "regel blir allmänna handlingar. Den som vill veta mer om vad det innebär "
  "kan vända sig till kommunens registratur.")

h("5.6 Mångfald", "mangfald")
p("Civilsamhället i Vretsunda är mångfacetterat. Här finns stora "
  "organisationer med anställd personal och små föreningar som helt drivs "
  "av ett fåtal eldsjälar. Här finns föreningar med rötter i bygden sedan "
  "mer än hundra år och föreningar som bildats av nya vretsundabor under de "
  "senaste åren. Alla ska ha möjlighet att samverka med kommunen.")
p("[[P|Vi ska verka för att även mindre och nybildade föreningar, och "
  "föreningar som inte tidigare har haft kontakt med kommunen, får möjlighet "
  "att delta i dialog och söka stöd.]] För att det ska bli verklighet "
  "åtar vi oss att:")
ul("-", [
    "[[P|anpassa tider och platser för dialogmöten så att fler kan delta, "
    "till exempel kvällstid och i olika delar av kommunen]],",
    "[[P|erbjuda tolk och lättläst material vid behov]], samt",
    "[[P|se till att de lokaler vi upplåter är tillgängliga för personer med "
    "funktionsnedsättning]].",
])
p("[[C|Vi förväntar oss att föreningarna arbetar för att vara öppna för alla, "
  "oavsett kön, ålder, etnisk tillhörighet, religion, sexuell läggning "
  "eller funktionsförmåga.]]")

h("5.7 Hållbar samhällsutveckling", "samhallsutveckling")
p("Föreningarna har ofta en unik kunskap om de platser och människor de "
  "verkar bland. Den kunskapen är värdefull när kommunen planerar för "
  "bostäder, trygghet, folkhälsa och klimat~omställning.")
p("[[J|Tillsammans med civilsamhället ska vi utveckla former för att ta "
  "tillvara invånarnas engagemang i arbetet med Agenda 2030 och kommunens "
  "miljömål.]] [[P|Vi ska verka för att föreningarnas kunskap om lokala "
  "förhållanden tas tillvara i översiktsplaneringen och i trygghets~arbetet i "
  "bostadsområdena.]] [[C|Föreningarna förväntas bidra med sin kunskap och "
  "sina nätverk när kommunen genomför trygghetsvandringar och "
  "medborgardialoger.]]")
ff()

h("6 FORMER FÖR SAMVERKAN", None)
p("Samverkan mellan kommunen och civilsamhället kan ta sig många olika "
  "former. De vanligaste i Vretsunda är:")
ul("-", [
    "Föreningsbidrag: ekonomiskt stöd till föreningens verksamhet i "
    "form av grundbidrag, aktivitetsbidrag, verksamhetsbidrag eller "
    "projektbidrag.",
    "Lokaler: upplåtelse av kommunala lokaler och anläggningar, gratis "
    "eller till reducerad taxa.",
    "Idéburet offentligt partnerskap (IOP): ett avtal om samverkan kring "
    "en verksamhet där båda parter bidrar med resurser och där verksamheten "
    "inte är en tjänst som kommunen köper.",
    "Upphandling: kommunen köper en tjänst enligt lagen om offentlig "
    "upphandling eller lagen om valfrihetssystem.",
    "Volontärsamverkan: ideella insatser inom eller i anslutning till "
    "kommunal verksamhet, till exempel inom äldreomsorgen.",
])
p("[[P|Vi ska i varje enskilt fall pröva vilken samverkansform som är "
  "lämplig, utifrån verksamhetens syfte och gällande lagstiftning.]] "
  "[[P|Innan vi ingår ett idéburet offentligt partnerskap ska vi säkerställa "
  "att verksamheten inte är en sådan tjänst som ska upphandlas enligt lagen "
  "(2016:1145) om offentlig upphandling.]] [[P|Vi ska ta fram en gemensam "
  "mall och vägledning för idéburet offentligt partnerskap som samtliga "
  "förvaltningar använder.]]")
p("Ideella insatser inom kommunal verksamhet är alltid ett komplement och "
  "ersätter inte anställd personal.")
p("Sedan 2019 har kommunen ingått tre avtal om idéburet offentligt "
  "partnerskap: med Kvinnojouren Linnea om stöd till våldsutsatta, med "
  "Lövmora IF om en öppen fritidsgård och med Föreningen Språk~vänner om "
  "språkcaféer för nyanlända. Erfaren~heterna från dessa partnerskap är "
  "goda, men de har också visat att det behövs en tydligare gemensam "
  "struktur för hur avtalen tas fram, följs upp och förnyas. [[P|Vi kommer "
  "därför att utarbeta vägledningen i samråd med de föreningar som redan "
  "har erfarenhet av partnerskap.]]")

h("7 ORGANISATION OCH ANSVAR", None)
p("[[P|Kommunstyrelsen ansvarar för att samordna kommunens arbete med "
  "policyn.]] [[P|Varje nämnd ansvarar för att policyn tillämpas inom "
  "nämndens verksamhetsområde.]] Kultur- och fritidsförvaltningen är "
  "kommunens samlade ingång för föreningslivet och har en förenings~service "
  "som kan svara på frågor om bidrag, lokaler och kontakter inom kommunen.")
p("[[P|Vi ska utse en kontaktperson för civilsamhällesfrågor på varje "
  "förvaltning.]] Kontaktpersonerna träffas i ett förvaltnings~övergripande "
  "nätverk som leds av strategen för civilsamhällesfrågor på "
  "kommunledningsförvaltningen.")
p("Policyn ändrar inte den grundläggande ansvars~fördelningen mellan "
  "politiker och tjänste~personer. Det är de förtroende~valda som fattar beslut "
  "om mål, regler och budget, medan förvaltningarna ansvarar för att "
  "besluten genomförs och för den löpande kontakten med föreningarna. "
  "Vretsunda föreningsråd är en självständig part och inte en del av den "
  "kommunala organisationen.")
p("[[N|Frågor om policyn besvaras av Föreningsservice på kultur- och "
  "fritidsförvaltningen, telefon 0399-12 34 00 eller e-post "
  "foreningsservice@vretsunda.se.]]")

h("8 UPPFÖLJNING OCH REVIDERING", None)
p("[[P|Kommunstyrelsen ska årligen följa upp hur policyn tillämpas och "
  "redovisa resultatet för kommunfullmäktige i samband med "
  "årsredovisningen.]] [[J|Uppföljningen ska göras tillsammans med "
  "föreningslivet vid Forum Vretsunda under våren.]]")
p("I uppföljningen redovisas bland annat")
ul("*", [
    "hur många föreningar som har deltagit i dialog med kommunen,",
    "hur föreningarna upplever kommunens bemötande och återkoppling,",
    "andelen verksamhetsbidrag som beviljats för flera år, och",
    "hur många avtal om idéburet offentligt partnerskap som har ingåtts.",
])
p("[[P|Vi ska se över policyn i sin helhet under 2026, i dialog med "
  "civilsamhällets organisationer.]]")
ff()

h("BILAGA: BEGREPP I POLICYN", None)
ul("-", [
    "Civilsamhället: en arena, skild från staten, marknaden och det egna "
    "hushållet, där människor, grupper och organisationer agerar tillsammans "
    "för gemensamma intressen.",
    "Idéburen organisation: en organisation som drivs utifrån en idé och "
    "inte har vinstsyfte, till exempel en ideell förening, en stiftelse "
    "eller ett trossamfund.",
    "Föreningsråd: Vretsunda föreningsråd, ett partipolitiskt obundet nätverk "
    "för föreningar i kommunen.",
    "IOP: idéburet offentligt partnerskap.",
    "Forum Vretsunda: det gemensamma dialogforum mellan kommunen och "
    "civilsamhället som beskrivs i avsnitt 5.2.",
])
B.append(("blank",))
raw("_______________________")
raw("Vretsunda kommun, 633 90 Vretsunda. Växel 0399-12 30 00. www.vretsunda.se")


# ----------------------------------------------------------------------------
COMMIT_RE = re.compile(r"\[\[([PCJN])\|(.*?)\]\]", re.S)


# Hyphenation points Word would use in ordinary prose (outside commitments).
HYPH = ["förenings~livet", "kommun~fullmäktige", "kommun~styrelsen",
        "civil~samhället", "organisa~tioner", "organisa~tionerna",
        "verksam~heten", "verksam~het", "dialog~möten", "dialog~mötena",
        "kommunlednings~förvaltningen", "förenings~bidrag", "sam~verkan",
        "överens~kommelse", "överens~kommelsen", "fritids~förvaltningen",
        "idé~burna", "idé~buren", "lokal~upplåtelse", "partner~skap",
        "upp~handling", "upp~följning", "upp~följningen", "förut~sättningar",
        "engage~manget", "opinions~bildare", "utvecklings~arbetet",
        "grann~kommuner", "välfärds~tjänster", "ansvars~fördelningen",
        "förvaltning~arna", "invånar~nas", "äldre~omsorgen", "ideal~ism"]
HYPH_RE = re.compile(r"(?<![\w~])(%s)(?![\w~])" % "|".join(
    re.escape(x.replace("~", "")) for x in sorted(HYPH, key=len, reverse=True)))
HYPH_MAP = {x.replace("~", ""): x for x in HYPH}


def plain(t):
    # no hyphenation inside commitments / protected quotes
    out, pos = [], 0
    for m in COMMIT_RE.finditer(t):
        out.append(HYPH_RE.sub(lambda k: HYPH_MAP[k.group(1)], t[pos:m.start()]))
        out.append(m.group(2).replace("~", ""))
        pos = m.end()
    out.append(HYPH_RE.sub(lambda k: HYPH_MAP[k.group(1)], t[pos:]))
    return "".join(out)


def wrap(text, width, first="", rest=""):
    """Greedy wrap; split words at '~' when that lets the line be filled."""
    lines, cur, empty = [], first, True
    for w in text.split():
        sep = "" if empty else " "
        cand = cur + sep + w.replace("~", "")
        if len(cand) <= width:
            cur, empty = cand, False
            continue
        done = False
        if "~" in w:
            parts = w.split("~")
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                if len(cur + sep + head) <= width:
                    lines.append(cur + sep + head)
                    cur = rest + "".join(parts[k:])
                    done = True
                    break
        if not done:
            lines.append(cur)
            cur = rest + w.replace("~", "")
        empty = False
    lines.append(cur)
    return lines


out = []
commitments = []
principle = None
for blk in B:
    kind = blk[0]
    if kind in ("p", "ul"):
        texts = [blk[1]] if kind == "p" else blk[2]
        for t in texts:
            for m in COMMIT_RE.finditer(t):
                if m.group(1) == "N":
                    continue
                txt = " ".join(m.group(2).replace("~", "").split())
                commitments.append({"text": txt, "principle": principle,
                                    "party": PARTY[m.group(1)]})
    if kind == "raw":
        out.append(blk[1])
    elif kind == "blank":
        out.append("")
    elif kind == "ff":
        out.append("\f")
    elif kind == "h":
        if blk[2] != "keep":
            principle = blk[2]
        if out and out[-1] not in ("", "\f"):
            out.append("")
        out.append(blk[1])
        out.append("")
    elif kind == "p":
        out.extend(wrap(plain(blk[1]), WIDTH))
        out.append("")
    elif kind == "ul":
        m = blk[1]
        for it in blk[2]:
            out.extend(wrap(plain(it), WIDTH, first=m + " ", rest="  "))
        out.append("")

text = "\r\n".join(out).replace("\r\n\f\r\n", "\r\n\f")
text = re.sub(r"(\r\n){3,}", "\r\n\r\n", text) + "\r\n"
assert "~" not in text and "[[" not in text
with open(os.path.join(HERE, FILE), "w", encoding="utf-8-sig", newline="") as f:
    f.write(text)

# ----------------------------------------------------------------------------
C = {c["text"]: c for c in commitments}


def g(prefix):
    """Full commitment / sentence text starting with prefix (for gold)."""
    hits = [t for t in C if t.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]


questions = [
    {"id": "q1", "language": "sv", "answerable": True,
     "question": "Vad åtar sig kommunen enligt policyn under principen om långsiktighet?",
     "gold": [g("Vi ska sträva efter att bevilja"), g("Vi åtar oss att fatta beslut"),
              g("Vi ska inte göra väsentliga"), g("Vi förbinder oss att ge")],
     "must_mention": ["tre år", "15 december", "sex månader"]},
    {"id": "q2", "language": "sv", "answerable": True,
     "question": "nar beslutades policyn och vem beslutade den?",
     "gold": ["Policyn antogs av kommunfullmäktige den 27 mars 2023, § 38."],
     "must_mention": ["kommunfullmäktige", "27 mars 2023"]},
    {"id": "q3", "language": "en", "answerable": True,
     "question": "Do leaders in our youth club need a criminal record extract according to the policy?",
     "gold": [g("Föreningarna ansvarar för att ledare")],
     "must_mention": ["belastningsregistret"]},
    {"id": "q4", "language": "sv", "answerable": True,
     "question": "Hur ofta ska policyn följas upp och vem redovisar resultatet?",
     "gold": [g("Kommunstyrelsen ska årligen"), g("Uppföljningen ska göras tillsammans")],
     "must_mention": ["årligen", "kommunfullmäktige"]},
    {"id": "q5", "language": "sv", "answerable": True,
     "question": "Hur lang tid innan Forum Vretsunda ska kallelsen komma ut?",
     "gold": [g("Vi ansvarar för att kallelse")],
     "must_mention": ["tre veckor"]},
    {"id": "q6", "language": "en", "answerable": True,
     "question": "How much notice does the municipality give before terminating a premises lease or an IOP agreement?",
     "gold": [g("Vi förbinder oss att ge")],
     "must_mention": ["sex månader"]},
    {"id": "q7", "language": "sv", "answerable": True,
     "question": "Vad förväntar sig kommunen av föreningarna när det gäller öppenhet och insyn?",
     "gold": [g("Vi förväntar oss att föreningarna på begäran"),
              g("Föreningarna ska ge kommunen insyn")],
     "must_mention": ["verksamhetsberättelse", "offentliga medel"]},
    {"id": "q8", "language": "sv", "answerable": True,
     "question": "vem kan jag kontakta om jag har fragor om policyn",
     "gold": ["Frågor om policyn besvaras av Föreningsservice på kultur- och "
              "fritidsförvaltningen, telefon 0399-12 34 00 eller e-post "
              "foreningsservice@vretsunda.se."],
     "must_mention": ["Föreningsservice"]},
    {"id": "q9", "language": "sv", "answerable": False,
     "question": "Hur mycket pengar avsätter kommunen till föreningsbidrag under 2024?",
     "gold": [], "must_mention": []},
    {"id": "q10", "language": "en", "answerable": False,
     "question": "What is the application deadline for multi-year activity grants (verksamhetsbidrag)?",
     "gold": [], "must_mention": []},
]
for q in questions:
    for mm in q["must_mention"]:
        assert any(mm in x for x in q["gold"]), (q["id"], mm)

expected = {
    "file": FILE,
    "layout": "txt_policy_vi",
    "description": (
        "Kommun policy exported from Word as plain text (UTF-8 BOM, CRLF): hard "
        "line breaks at ~72 characters, words hyphenated at line ends, ALL CAPS "
        "and numbered headings, tab-separated metadata block, TOC as text, '*' "
        "and '-' lists, form feeds as page breaks; the kommun speaks as 'vi' "
        "('Vi ska', 'Vi förväntar oss att föreningarna'), seven principles incl. "
        "'Hållbar samhällsutveckling', commitments also in organisation and "
        "follow-up sections (principle null)."),
    "metadata": {
        "doc_id": "vretsunda",
        "title": "Policy för samverkan med civilsamhället",
        "place": "Vretsunda",
        "organisation": "Vretsunda kommun",
        "kind": "policy",
        "date": "2023-03-27",
        "body": "kommunfullmäktige",
    },
    "commitments": commitments,
    "questions": [{k: q[k] for k in ("id", "question", "language", "answerable",
                                     "gold", "must_mention")} for q in questions],
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"{FILE}: {len(text.split())} words, {len(commitments)} commitments, "
      f"{len(questions)} questions")
