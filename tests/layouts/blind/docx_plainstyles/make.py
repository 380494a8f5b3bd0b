#!/usr/bin/env python3
"""Generate brannvik_overenskommelse.docx and expected.json.

Layout: an överenskommelse written the way an ordinary civil servant writes it
in Word: no heading styles at all (headings are bold Normal paragraphs, some
manually numbered), hand-typed lists with "–"/"•" and tabs, some Word
auto-numbered lists (numPr on Normal paragraphs), a hand-typed TOC with dot
leaders, a first-page block with Dnr / decision line / revision note, tab
aligned signatures, footer with a PAGE field.

Run: /work/main/.venv/bin/python make.py   (needs python-docx)
"""
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "brannvik_overenskommelse.docx"

TITLE = "Överenskommelse mellan Brännviks kommun och den idéburna sektorn i Brännvik"

SJ = "sjalvstandighet_och_oberoende"
DI = "dialog"
KV = "kvalitet"
LA = "langsiktighet"
OI = "oppenhet_och_insyn"
MA = "mangfald"
TI = "tillganglighet"
P, CS, J = "public", "civil_society", "joint"


def C(text, principle, party):
    return ("C", text, principle, party)


# ---------------------------------------------------------------- content
# block kinds:
#   h   bold heading line (Normal style), size optional
#   p   paragraph: list of sentences (str) or commitments C(...)
#   lead  a lead-in line like "Kommunen åtar sig att:"
#   dash / bul   hand-typed list ("–\t" / "•\t"), items str or C
#   num / alpha  Word auto-numbered list (numPr on Normal paragraphs)
#   toc  hand-typed TOC lines (number, text, page)
#   pb   page break
BLOCKS = [
    ("h", "1. Inledning", 13),
    ("p", [
        "Brännvik har ett rikt och varierat föreningsliv.",
        "I kommunen finns drygt 240 registrerade föreningar, från idrottsklubbar och hembygdsföreningar till trossamfund, studieförbund, kvinnojourer och nätverk för nyanlända.",
        "Föreningarna fyller en viktig funktion i människors vardag och bidrar till gemenskap, delaktighet och en levande demokrati i hela kommunen, från centralorten till byarna längs Ljusån.",
    ]),
    ("p", [
        "Den här överenskommelsen beskriver hur Brännviks kommun och de idéburna organisationerna i Brännvik vill samverka under perioden 2024–2027.",
        "Den är inte ett juridiskt bindande avtal utan en gemensam viljeförklaring som bygger på ömsesidig respekt och förtroende.",
        "Överenskommelsen ersätter inte de avtal, bidragsregler eller idéburna offentliga partnerskap (IOP) som kommunen ingår med enskilda organisationer, men den är vägledande när sådana tas fram.",
    ]),
    ("p", [
        "Överenskommelsen har tagits fram gemensamt av representanter för kommunen och föreningslivet.",
        "Den gäller för kommunens samtliga nämnder och förvaltningar samt för de idéburna organisationer som har ställt sig bakom den.",
        "Kommunens helägda bolag uppmanas att tillämpa överenskommelsen i de delar som är relevanta för dem.",
    ]),
    ("h", "2. Bakgrund", 13),
    ("h", "2.1 Den nationella överenskommelsen", 11),
    ("p", [
        "År 2008 tecknade regeringen, Sveriges Kommuner och Landsting (numera Sveriges Kommuner och Regioner) och ett stort antal idéburna organisationer inom det sociala området en nationell överenskommelse.",
        "Den nationella överenskommelsen bygger på sex principer: självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald.",
        "Sedan dess har många kommuner och regioner tagit fram egna lokala överenskommelser med den nationella som förebild.",
    ]),
    ("p", [
        "Under senare år har intresset för samverkan mellan det offentliga och civilsamhället ökat ytterligare, bland annat i samband med pandemin och mottagandet av människor på flykt från Ukraina.",
        "Då blev det tydligt hur mycket föreningslivet betyder när samhället utsätts för påfrestningar, och hur viktigt det är att det finns upparbetade kontakter mellan kommunen och föreningarna innan något händer.",
    ]),
    ("h", "2.2 Arbetet i Brännvik", 11),
    ("p", [
        "Arbetet med en lokal överenskommelse i Brännvik inleddes våren 2022 efter ett initiativ från Brännviks föreningsråd.",
        "En arbetsgrupp med sex representanter för föreningslivet och fyra tjänstepersoner från kommunen har träffats vid elva tillfällen.",
        "Under hösten 2022 genomfördes tre öppna dialogmöten i Brännvik, Ljusåker och Norrsälja, där sammanlagt omkring 130 personer deltog.",
        "Ett förslag till överenskommelse var ute på remiss mellan den 1 mars och den 30 april 2023 och fick 27 svar, varav 21 från föreningar.",
    ]),
    ("p", [
        "Remissvaren visade att många föreningar upplever att det är svårt att veta vem man ska vända sig till i kommunen, att bidragsreglerna uppfattas som krångliga och att föreningarna vill bli involverade tidigare när kommunen fattar beslut som påverkar dem.",
        "Flera svar lyfte också behovet av tillgängliga och billiga lokaler, särskilt i kommunens norra delar.",
        "Synpunkterna har i möjligaste mån arbetats in i den slutliga texten.",
        "En sammanställning av remissvaren finns i ärendet.",
    ]),
    ("h", "3. Syfte och mål", 13),
    ("p", [
        "Syftet med överenskommelsen är att skapa goda förutsättningar för samverkan mellan Brännviks kommun och den idéburna sektorn, med respekt för parternas olika roller och uppdrag.",
    ]),
    ("p", ["Målen med överenskommelsen är att"]),
    ("bul", [
        "stärka föreningslivets möjligheter att verka i hela kommunen",
        "göra det enklare för invånare att engagera sig ideellt",
        "ta tillvara den idéburna sektorns kunskap och erfarenheter i kommunens utvecklingsarbete",
        "skapa en tydlig struktur för dialog och uppföljning",
    ]),
    ("p", [
        "Förhoppningen är att överenskommelsen på sikt bidrar till att Brännvik blir en kommun där fler vill bo, verka och engagera sig.",
    ]),
    ("h", "4. Parter och roller", 13),
    ("p", [
        "Med idéburen organisation avses i denna överenskommelse en organisation som har ett allmännyttigt syfte, som är fristående från offentlig sektor och som inte har vinstsyfte.",
        "Det kan till exempel vara ideella föreningar, stiftelser, trossamfund och kooperativ med allmännyttigt syfte.",
        "I texten används orden idéburna organisationer och föreningar omväxlande.",
    ]),
    ("p", [
        "Kommunen har ett demokratiskt uppdrag att tillhandahålla välfärd och service till alla invånare på lika villkor.",
        "Kommunen fördelar skattemedel och ansvarar inför väljarna.",
        "De idéburna organisationerna bygger på människors frivilliga engagemang och har sina egna värdegrunder och syften.",
        "De kan vara röstbärare för grupper som annars har svårt att göra sig hörda, och de kan bedriva verksamhet som kompletterar kommunens.",
    ]),
    ("p", [
        "Parterna har olika roller, och det är just därför samverkan är värdefull.",
        "Överenskommelsen innebär inte att föreningarna tar över ansvar som enligt lag åligger kommunen.",
    ]),
    ("p", [
        "En organisation ansluter sig till överenskommelsen genom ett beslut i sin styrelse, som anmäls till kommunens föreningsservice.",
        "En förteckning över anslutna organisationer finns på kommunens webbplats och i bilaga 1.",
    ]),
    ("h", "Koppling till andra styrdokument", 11),
    ("p", [
        "Överenskommelsen ska läsas tillsammans med kommunens övriga styrdokument.",
        "De viktigaste är",
    ]),
    ("dash", [
        "Vision Brännvik 2035",
        "Riktlinjer för föreningsstöd i Brännviks kommun (KF 2021-06-14 § 71)",
        "Kommunens plan för krisberedskap 2023–2026",
        "Policy för barnrätt och delaktighet",
    ]),
    ("p", [
        "Om en åtgärd i överenskommelsen kräver ändringar i något av dessa dokument bereds det i vanlig ordning av ansvarig nämnd.",
    ]),
    ("pb",),
    ("h", "5. Principer och åtaganden", 13),
    ("p", [
        "Överenskommelsen bygger på de sex principerna i den nationella överenskommelsen.",
        "Därtill har parterna i Brännvik lagt till en sjunde princip om tillgänglighet.",
        "Under varje princip beskrivs först vad principen innebär och därefter vad parterna åtar sig.",
    ]),
    ("h", "Principen om självständighet och oberoende", 11),
    ("p", [
        "De idéburna organisationerna har rätt att driva opinion, granska och kritisera kommunen, även när de får ekonomiskt stöd från kommunen.",
        "Organisationernas självständighet är en förutsättning för att de ska kunna vara en fri röst i samhället och en kanal för invånarnas engagemang.",
        "Det gäller oavsett om en förening får bidrag, hyr kommunala lokaler eller driver verksamhet i ett idéburet offentligt partnerskap.",
    ]),
    ("lead", "Kommunen åtar sig att:"),
    ("dash", [
        C("respektera de idéburna organisationernas rätt att själva bestämma över sin verksamhet, sina värderingar och sin interna organisation", SJ, P),
        C("inte låta föreningarnas kritik mot kommunen påverka möjligheten att söka eller få bidrag", SJ, P),
        C("utforma villkor för bidrag och överenskommelser så att de inte styr föreningarnas verksamhet mer än vad som är nödvändigt för att följa upp hur medlen används", SJ, P),
    ]),
    ("lead", "De idéburna organisationerna åtar sig att:"),
    ("dash", [
        C("tydligt redovisa när de agerar som opinionsbildare och när de utför verksamhet med stöd av kommunen", SJ, CS),
        C("värna sin självständighet även när de tar emot ekonomiskt stöd", SJ, CS),
    ]),
    ("h", "Principen om dialog", 11),
    ("p", [
        "Dialog innebär att parterna möts som jämbördiga och att olika perspektiv får komma fram innan beslut fattas.",
        "En god dialog förutsätter mötesformer som gör det möjligt för både stora och små organisationer att delta, även för föreningar som enbart drivs av ideella krafter och som har svårt att delta på dagtid.",
    ]),
    ("p", [
        C("Kommunen ska involvera berörda idéburna organisationer i ett tidigt skede när beslut som påverkar dem bereds.", DI, P),
        C("Kommunen ska i god tid informera om planerade förändringar av bidragsregler, lokaler och taxor.", DI, P),
        C("Varje förvaltning ansvarar för att utse en kontaktperson för föreningsfrågor och för att kontaktuppgifterna hålls aktuella på kommunens webbplats.", DI, P),
    ]),
    ("p", [
        C("Föreningarna ansvarar för att förankra synpunkter i sina egna organisationer inför dialogmöten och för att återkoppla resultatet till sina medlemmar.", DI, CS),
        C("De idéburna organisationerna förbinder sig att delta i dialogen på ett konstruktivt sätt och att lyfta både möjligheter och problem.", DI, CS),
    ]),
    ("p", [
        C("Tillsammans ska parterna genomföra ett dialogforum minst två gånger per år, se vidare avsnitt 6.", DI, J),
    ]),
    ("h", "Principen om kvalitet", 11),
    ("p", [
        "Kvalitet handlar om att verksamheten gör skillnad för de människor den är till för.",
        "Parterna har olika sätt att beskriva och mäta kvalitet.",
        "Den idéburna sektorns mervärden, som engagemang, gemenskap och förtroende, går inte alltid att mäta med samma metoder som kommunens egna verksamheter.",
    ]),
    ("lead", "Kommunen åtar sig att:"),
    ("num", [
        C("i dialog med föreningarna ta fram enkla och begripliga former för uppföljning av bidrag och överenskommelser", KV, P),
        C("ta hänsyn till föreningarnas storlek och förutsättningar när krav på redovisning ställs", KV, P),
        C("erbjuda utbildning i bidragsansökan, ekonomi och föreningsteknik minst en gång per termin", KV, P),
    ]),
    ("lead", "De idéburna organisationerna åtar sig att:"),
    ("num", [
        C("redovisa hur kommunens bidrag har använts på det sätt som har avtalats", KV, CS),
        C("arbeta aktivt med att utveckla sin verksamhet utifrån deltagarnas behov", KV, CS),
        C("bidra med sina erfarenheter när kommunen utvärderar verksamheter som berör föreningslivet", KV, CS),
    ]),
    ("p", [
        C("Parterna ska gemensamt utveckla metoder för att synliggöra de värden som ideellt engagemang skapar.", KV, J),
    ]),
    ("h", "Principen om långsiktighet", 11),
    ("p", [
        "Långsiktighet ger föreningarna möjlighet att planera sin verksamhet och behålla engagerade medarbetare och ideella.",
        "Korta projekt och ettåriga bidrag skapar osäkerhet och tar mycket tid i anspråk för ansökningar och redovisningar, tid som i stället kunde ha använts i verksamheten.",
        "Samtidigt måste kommunen kunna pröva sitt stöd i den årliga budgetprocessen, och långsiktighet kan därför inte innebära att stöd garanteras oberoende av förutsättningarna.",
    ]),
    ("p", [
        C("Kommunen avser att i första hand erbjuda fleråriga överenskommelser när en verksamhet har ett långsiktigt syfte.", LA, P),
        C("Kommunen ska besluta om föreningsbidrag för kommande år senast i november, så att föreningarna kan planera sin verksamhet.", LA, P),
        C("Vid väsentliga förändringar av kommunens stöd ska kommunen informera berörda föreningar minst sex månader i förväg.", LA, P),
    ]),
    ("lead", "De idéburna organisationerna åtar sig att:"),
    ("bul", [
        C("planera sin verksamhet med ett flerårigt perspektiv när det är möjligt", LA, CS),
        C("i god tid informera kommunen om förändringar som påverkar en verksamhet som kommunen stödjer", LA, CS),
    ]),
    ("h", "Principen om öppenhet och insyn", 11),
    ("p", [
        "Öppenhet och insyn skapar förtroende mellan parterna och gentemot invånarna.",
        "Samtidigt behöver organisationernas integritet respekteras.",
        "Insynen gäller den verksamhet som finansieras med offentliga medel, inte organisationernas interna angelägenheter.",
        "För kommunen följer kraven på öppenhet också av offentlighetsprincipen.",
    ]),
    ("lead", "Kommunen åtar sig att:"),
    ("dash", [
        C("publicera bidragsregler, ansökningstider och beviljade bidrag på kommunens webbplats", OI, P),
        C("motivera beslut om bidrag och lokaler skriftligt när en ansökan avslås", OI, P),
        C("vara öppen med hur föreningarnas synpunkter har tagits tillvara i kommunens beslut", OI, P),
    ]),
    ("p", [
        C("De idéburna organisationerna ska ge kommunen insyn i den verksamhet som får offentligt stöd, bland annat genom att lämna verksamhetsberättelse och ekonomisk redovisning.", OI, CS),
        C("Föreningarna ansvarar också för att deras verksamhet bedrivs i enlighet med demokratins idéer, inklusive jämställdhet och förbud mot diskriminering.", OI, CS),
    ]),
    ("h", "Principen om mångfald", 11),
    ("p", [
        "Brännvik är en kommun med stora avstånd och med invånare med många olika bakgrunder.",
        "Mångfalden av föreningar, stora som små, gamla som nya, är en tillgång.",
        "Under senare år har flera nya föreningar bildats av invånare som har flyttat till Brännvik från andra länder, samtidigt som många traditionella byaföreningar har svårt att hitta nya styrelseledamöter.",
        "Alla organisationer som uppfyller kommunens grundläggande villkor för föreningsstöd har rätt att söka stöd och delta i dialogen.",
    ]),
    ("p", [
        C("Kommunen verkar för att även nystartade och mindre föreningar samt föreningar utanför centralorten ska kunna ta del av stöd och dialog.", MA, P),
        C("Kommunen åtar sig att erbjuda information om föreningsstöd på lättläst svenska och vid behov på andra språk.", MA, P),
    ]),
    ("p", [
        C("De idéburna organisationerna åtar sig att verka för att deras verksamhet är öppen för alla, oavsett kön, ålder, funktionsnedsättning, etnisk tillhörighet, religion, sexuell läggning eller var i kommunen man bor.", MA, CS),
    ]),
    ("p", [
        C("Vi ska tillsammans uppmärksamma och sprida goda exempel på föreningar som når nya grupper.", MA, J),
    ]),
    ("h", "Principen om tillgänglighet", 11),
    ("p", [
        "Under dialogmötena framkom att tillgång till lokaler och möjligheten att ta sig till aktiviteter är avgörande för föreningslivet, särskilt i kommunens norra delar där kollektivtrafiken är gles.",
        "Parterna har därför valt att lägga till en princip om tillgänglighet.",
        "Med tillgänglighet menas här både fysisk tillgänglighet och att information och lokaler är lätta att hitta och använda.",
    ]),
    ("lead", "Kommunen åtar sig att:"),
    ("alpha", [
        C("kartlägga vilka kommunala lokaler som kan ställas till föreningarnas förfogande kvällar och helger", TI, P),
        C("verka för att kommunala lokaler som används av föreningar är tillgängliga för personer med funktionsnedsättning", TI, P),
        C("i dialog med föreningarna se över möjligheten till samåkning och anpassade busstider vid större arrangemang", TI, P),
    ]),
    ("p", [
        C("De idéburna organisationerna åtar sig att vårda de lokaler de lånar eller hyr och att vid behov dela lokaler med andra föreningar.", TI, CS),
    ]),
    ("h", "6. Samverkansformer och organisation", 13),
    ("h", "6.1 Dialogforum", 11),
    ("p", [
        "Dialogforum är överenskommelsens viktigaste mötesplats.",
        "Dit bjuds samtliga anslutna organisationer in tillsammans med representanter för kommunstyrelsen och förvaltningarna.",
        "På dialogforum diskuteras aktuella frågor, och parterna följer upp hur åtagandena i överenskommelsen genomförs.",
        "Mötena hålls på olika platser i kommunen och på tider då ideellt engagerade har möjlighet att delta, vanligen en vardagskväll.",
    ]),
    ("p", [
        C("Kommunen ansvarar för att kalla till dialogforum och för att dokumentera mötena.", None, P),
        C("Föreningsrådet ansvarar för att i samråd med kommunen ta fram dagordning och för att sprida inbjudan i föreningslivet.", None, CS),
    ]),
    ("h", "6.2 Samrådsgrupp", 11),
    ("p", [
        "En samrådsgrupp med fyra representanter för de idéburna organisationerna och fyra representanter för kommunen bereder frågor inför dialogforum.",
        "Föreningarnas representanter utses av Brännviks föreningsråd och kommunens representanter av kommundirektören.",
        "Samrådsgruppen sammanträder normalt fyra gånger per år.",
    ]),
    ("h", "6.3 Kontaktpersoner", 11),
    ("p", [
        "Kommunens föreningsservice vid kultur- och fritidsförvaltningen är den idéburna sektorns första kontakt i kommunen.",
        "Föreningsservice kan hjälpa till med frågor om bidrag, lokaler och föreningsregister och kan slussa vidare till rätt förvaltning.",
        "Kontaktuppgifter finns i bilaga 2.",
    ]),
    ("h", "6.4 Ekonomi", 11),
    ("p", [
        "Överenskommelsen i sig innebär inga nya kostnader för parterna.",
        "Kostnader för dialogforum och samrådsgrupp ryms inom kommunstyrelsens budget.",
        "Eventuella ändringar av föreningsstödet beslutas i den ordinarie budgetprocessen.",
    ]),
    ("h", "7. Uppföljning och revidering", 13),
    ("p", [
        "Överenskommelsen följs upp årligen.",
        "Uppföljningen sker vid höstens dialogforum och utgår från en enkel enkät till anslutna organisationer och förvaltningar samt från samrådsgruppens egna iakttagelser.",
    ]),
    ("p", [
        C("Kommunledningsförvaltningen ansvarar för att sammanställa en uppföljningsrapport som redovisas för kommunstyrelsen senast i februari året efter.", None, P),
    ]),
    ("p", [
        "En revidering av överenskommelsen planeras till 2027.",
        "Ett förslag till reviderad överenskommelse tas då fram av samrådsgruppen och remitteras till anslutna organisationer innan beslut fattas i kommunfullmäktige.",
    ]),
    ("p", [
        "Om någon av parterna anser att överenskommelsen inte följs kan frågan tas upp i samrådsgruppen.",
        "Överenskommelsen innehåller inga sanktioner; parternas gemensamma vilja att följa den är dess grund.",
    ]),
    ("h", "8. Giltighet", 13),
    ("p", [
        "Överenskommelsen gäller från och med den 1 januari 2024 till och med den 31 december 2027.",
        "Den kan sägas upp av kommunen eller av föreningsrådet för de anslutna organisationernas räkning med sex månaders varsel.",
    ]),
    ("pb",),
    ("h", "Underskrifter", 13),
    ("p", ["Brännvik den 12 december 2023"]),
    ("sig",),
    ("pb",),
    ("h", "Bilaga 1. Anslutna organisationer vid antagandet", 11),
    ("p", ["Följande organisationer hade anmält sin anslutning till överenskommelsen när den antogs."]),
    ("dash", [
        "Brännviks föreningsråd",
        "Brännviks IF",
        "Ljusåkers hembygdsförening",
        "Norrsälja byalag",
        "Brännviks församling, Svenska kyrkan",
        "Röda Korset, Brännvikskretsen",
        "Kvinno- och tjejjouren Ljusa",
        "Studieförbundet Bildning Norr, avdelning Brännvik",
        "PRO Brännvik",
        "Föreningen Nya Grannar",
        "Brännviks skidklubb",
        "Ljusåns fiskevårdsförening",
    ]),
    ("h", "Bilaga 2. Kontaktuppgifter", 11),
    ("contacts", [
        ("Föreningsservice, kultur- och fritidsförvaltningen", "0571-180 40", "foreningsservice@brannvik.se"),
        ("Samordnare för idéburen sektor, kommunledningsförvaltningen", "0571-180 12", "ideburen@brannvik.se"),
        ("Brännviks föreningsråd, ordförande", "070-318 22 45", "ordforande@brannviksforeningsrad.se"),
        ("Kommunens växel", "0571-180 00", "kommun@brannvik.se"),
    ]),
    ("p", ["Bilaga 2 uppdaterad 2024-06-10."]),
    ("h", "Bilaga 3. Ordlista", 11),
    ("gloss", [
        ("Idéburen organisation", "Organisation med allmännyttigt syfte som är fristående från offentlig sektor och saknar vinstsyfte, till exempel en ideell förening, en stiftelse eller ett trossamfund."),
        ("IOP", "Idéburet offentligt partnerskap. En avtalsform för samverkan mellan kommunen och en eller flera idéburna organisationer kring en verksamhet med allmännyttigt syfte, där parterna gemensamt bidrar med resurser. Ett IOP är inte en upphandling."),
        ("Föreningsbidrag", "Ekonomiskt stöd som kommunen lämnar till föreningar enligt kommunens riktlinjer för föreningsstöd, till exempel grundbidrag, aktivitetsbidrag och lokalbidrag."),
        ("Dialogforum", "Öppen mötesplats för kommunen och de anslutna organisationerna, se avsnitt 6.1."),
        ("Samrådsgrupp", "Den mindre grupp med representanter för båda parter som bereder frågor inför dialogforum och inför den årliga uppföljningen, se avsnitt 6.2."),
        ("Föreningsrådet", "Brännviks föreningsråd, en paraplyorganisation för föreningar i kommunen som företräder de anslutna organisationerna i frågor som rör överenskommelsen."),
    ]),
    ("h", "Revisionshistorik", 11),
    ("revs", [
        ("Version", "Datum", "Ändring"),
        ("1.0", "2023-11-28", "Antagen av kommunfullmäktige § 142"),
        ("1.1", "2024-06-10", "Bilaga 2 uppdaterad, KSAU § 88"),
    ]),
]

TOC = [
    ("1.", "Inledning", "2"),
    ("2.", "Bakgrund", "2"),
    ("3.", "Syfte och mål", "3"),
    ("4.", "Parter och roller", "3"),
    ("5.", "Principer och åtaganden", "4"),
    ("6.", "Samverkansformer och organisation", "7"),
    ("7.", "Uppföljning och revidering", "8"),
    ("8.", "Giltighet", "8"),
    ("", "Underskrifter", "9"),
    ("", "Bilagor", "10"),
]

QUESTIONS = [
    dict(question="Vad åtar sig kommunen under principen om kvalitet?", language="sv",
         gold=["i dialog med föreningarna ta fram enkla och begripliga former för uppföljning av bidrag och överenskommelser",
               "ta hänsyn till föreningarnas storlek och förutsättningar när krav på redovisning ställs",
               "erbjuda utbildning i bidragsansökan, ekonomi och föreningsteknik minst en gång per termin"],
         must_mention=["utbildning i bidragsansökan", "föreningarnas storlek"]),
    dict(question="När antogs överenskommelsen och av vilket organ?", language="sv",
         gold=["Antagen av kommunfullmäktige den 28 november 2023 § 142"],
         must_mention=["28 november 2023", "kommunfullmäktige"]),
    dict(question="hur ofta foljs overenskommelsen upp?", language="sv",
         gold=["Överenskommelsen följs upp årligen."],
         must_mention=["årligen"]),
    dict(question="Can our association criticise the municipality and still get grants?", language="en",
         gold=["De idéburna organisationerna har rätt att driva opinion, granska och kritisera kommunen, även när de får ekonomiskt stöd från kommunen.",
               "inte låta föreningarnas kritik mot kommunen påverka möjligheten att söka eller få bidrag"],
         must_mention=["kritisera kommunen", "få bidrag"]),
    dict(question="Hur många gånger per år ska dialogforum hållas?", language="sv",
         gold=["Tillsammans ska parterna genomföra ett dialogforum minst två gånger per år, se vidare avsnitt 6."],
         must_mention=["två gånger per år"]),
    dict(question="Vad lovar föreningarna när det gäller lokaler?", language="sv",
         gold=["De idéburna organisationerna åtar sig att vårda de lokaler de lånar eller hyr och att vid behov dela lokaler med andra föreningar."],
         must_mention=["vårda de lokaler", "dela lokaler"]),
    dict(question="Hur lang tid i forvag ska kommunen informera om att bidraget andras?", language="sv",
         gold=["Vid väsentliga förändringar av kommunens stöd ska kommunen informera berörda föreningar minst sex månader i förväg."],
         must_mention=["sex månader"]),
    dict(question="Who do we contact at the municipality about grants and premises?", language="en",
         gold=["Kommunens föreningsservice vid kultur- och fritidsförvaltningen är den idéburna sektorns första kontakt i kommunen.",
               "Föreningsservice kan hjälpa till med frågor om bidrag, lokaler och föreningsregister och kan slussa vidare till rätt förvaltning."],
         must_mention=["föreningsservice"]),
    dict(question="Får föreningarnas representanter i samrådsgruppen något arvode?", language="sv",
         gold=[], must_mention=[]),
    dict(question="What is the application deadline for activity grants (aktivitetsbidrag)?", language="en",
         gold=[], must_mention=[]),
]


# ---------------------------------------------------------------- helpers
def setup_numbering(doc):
    """Create Word auto-numbering definitions; return a factory for fresh lists."""
    numbering = doc.part.numbering_part.element
    existing_a = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    existing_n = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    state = {"a": max(existing_a + [0]) + 10, "n": max(existing_n + [0]) + 10}

    def new_list(fmt):
        aid, nid = state["a"], state["n"]
        state["a"] += 1
        state["n"] += 1
        text = "%1." if fmt == "decimal" else "%1)"
        absn = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
            f'<w:multiLevelType w:val="hybridMultilevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
            f'</w:abstractNum>')
        nums = numbering.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(absn)
        else:
            numbering.append(absn)
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
        return nid

    return new_list


def set_numpr(par, num_id):
    pPr = par._p.get_or_add_pPr()
    numPr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
    pPr.insert(0, numPr)


def add_page_field(par):
    run = par.add_run()
    fld = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    run._r.addnext(fld)


def item_text(item):
    return item[1] if isinstance(item, tuple) else item


def spaced(par, after=6):
    par.paragraph_format.space_after = Pt(after)
    return par


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    new_list = setup_numbering(doc)

    # footer: plain text + tab + PAGE field
    fp = sec.footer.paragraphs[0]
    fp.text = "Brännviks kommun\tDnr KS 2023/0417\tSida "
    add_page_field(fp)

    commitments = []

    # ---- first page block
    p = doc.add_paragraph()
    r = p.add_run("Brännviks kommun")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Kommunledningsförvaltningen")
    p = doc.add_paragraph()
    p.add_run("Dnr KS 2023/0417")
    p.add_run().add_break()  # manual line break (Shift+Enter)
    p.add_run("Diarieplan 1.3.2")
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Överenskommelse")
    r.bold = True
    r.font.size = Pt(24)
    p = doc.add_paragraph()
    r = p.add_run("mellan Brännviks kommun och den idéburna sektorn i Brännvik")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph()
    doc.add_paragraph("Antagen av kommunfullmäktige den 28 november 2023 § 142")
    doc.add_paragraph("Giltighetstid: 1 januari 2024 – 31 december 2027")
    doc.add_paragraph("Dokumentansvarig: Kommunledningsförvaltningen, enheten för hållbar samhällsutveckling")
    p = doc.add_paragraph()
    r = p.add_run("Revidering: Bilaga 2 (Kontaktuppgifter) uppdaterad 2024-06-10 av kommunstyrelsens arbetsutskott. "
                  "Överenskommelsens åtaganden är oförändrade.")
    r.italic = True
    doc.add_paragraph()
    doc.add_paragraph()
    doc.add_paragraph("Ersätter: Överenskommelse mellan Brännviks kommun och föreningslivet, antagen av kommunstyrelsen 2015-03-10 § 38")
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    # ---- hand-typed TOC
    p = doc.add_paragraph()
    p.add_run("Innehåll").bold = True
    for nr, text, page in TOC:
        p = doc.add_paragraph(f"{nr}\t{text}\t{page}")
        ts = p.paragraph_format.tab_stops
        ts.add_tab_stop(Cm(1.0))
        ts.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()

    for block in BLOCKS:
        kind = block[0]
        if kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(block[1])
            r.bold = True
            r.font.size = Pt(block[2])
            p.paragraph_format.space_before = Pt(12 if block[2] > 11 else 8)
            spaced(p, 4)
        elif kind == "p":
            parts = []
            for s in block[1]:
                if isinstance(s, tuple):
                    commitments.append(dict(text=s[1], principle=s[2], party=s[3]))
                    parts.append(s[1])
                else:
                    parts.append(s)
            spaced(doc.add_paragraph(" ".join(parts)))
        elif kind == "lead":
            p = doc.add_paragraph(block[1])
            p.paragraph_format.keep_with_next = True
            spaced(p, 2)
        elif kind in ("dash", "bul"):
            items = block[1]
            mark = "–" if kind == "dash" else "•"
            for i, it in enumerate(items):
                t = item_text(it)
                if isinstance(it, tuple):
                    commitments.append(dict(text=it[1], principle=it[2], party=it[3]))
                end = "." if i == len(items) - 1 else ","
                if kind == "bul" and not any(isinstance(x, tuple) for x in items):
                    end = "." if i == len(items) - 1 else ""
                p = doc.add_paragraph(f"{mark}\t{t}{end}")
                pf = p.paragraph_format
                pf.left_indent = Cm(1.0)
                pf.first_line_indent = Cm(-0.6)
                pf.tab_stops.add_tab_stop(Cm(1.0))
                spaced(p, 2 if i < len(items) - 1 else 8)
        elif kind in ("num", "alpha"):
            nid = new_list("decimal" if kind == "num" else "lowerLetter")
            items = block[1]
            for i, it in enumerate(items):
                t = item_text(it)
                if isinstance(it, tuple):
                    commitments.append(dict(text=it[1], principle=it[2], party=it[3]))
                end = "." if i == len(items) - 1 else ";"
                p = doc.add_paragraph(f"{t}{end}")
                set_numpr(p, nid)
                spaced(p, 2 if i < len(items) - 1 else 8)
        elif kind == "pb":
            p = doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
        elif kind == "sig":
            doc.add_paragraph()
            rows = [
                ("För Brännviks kommun", "För de idéburna organisationerna i Brännvik"),
                ("", ""),
                ("_____________________________", "_____________________________"),
                ("Lena Hedqvist", "Mikael Örn"),
                ("Kommunstyrelsens ordförande", "Ordförande, Brännviks föreningsråd"),
            ]
            for a, b in rows:
                p = doc.add_paragraph(f"{a}\t{b}")
                p.paragraph_format.tab_stops.add_tab_stop(Cm(8.5))
                p.paragraph_format.space_after = Pt(0)
        elif kind == "contacts":
            for name, tel, mail in block[1]:
                p = doc.add_paragraph()
                p.add_run(name).bold = True
                p.add_run().add_break()
                p.add_run(f"Telefon: {tel}")
                p.add_run().add_break()
                p.add_run(f"E-post: {mail}")
                spaced(p, 8)
        elif kind == "gloss":
            for term, expl in block[1]:
                p = doc.add_paragraph()
                p.add_run(term).bold = True
                p.add_run("\t" + expl)
                pf = p.paragraph_format
                pf.left_indent = Cm(4.0)
                pf.first_line_indent = Cm(-4.0)
                pf.tab_stops.add_tab_stop(Cm(4.0))
                spaced(p, 4)
        elif kind == "revs":
            for a, b, c in block[1]:
                p = doc.add_paragraph(f"{a}\t{b}\t{c}")
                ts = p.paragraph_format.tab_stops
                ts.add_tab_stop(Cm(2.5))
                ts.add_tab_stop(Cm(5.5))
                p.paragraph_format.space_after = Pt(0)
                if a == "Version":
                    for r in p.runs:
                        r.bold = True
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = "Karin Lundmark"
    cp.last_modified_by = "Karin Lundmark"
    cp.title = ""
    cp.created = datetime.datetime(2023, 12, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2024, 6, 10, 14, 30, 0)
    cp.revision = 7

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite zip with fixed timestamps so the output is byte-deterministic
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 10, 14, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    with open(os.path.join(HERE, FILE), "wb") as f:
        f.write(out.getvalue())
    return commitments


def main():
    commitments = build()
    questions = []
    for i, q in enumerate(QUESTIONS, 1):
        questions.append(dict(id=f"q{i:02d}", question=q["question"], language=q["language"],
                              answerable=bool(q["gold"]), gold=q["gold"], must_mention=q["must_mention"]))
    expected = dict(
        file=FILE,
        layout="docx_plainstyles",
        description=("Kommun överenskommelse written in Word without heading styles: bold Normal "
                     "paragraphs as headings (some manually numbered '5.' / '6.1', principles as "
                     "unnumbered bold 'Principen om ...' lines), hand-typed TOC with dot leaders, "
                     "hand-typed '–'/'•' + tab lists, Word auto-numbered lists (numPr on Normal, "
                     "decimal and a) b) c)), first-page block with Dnr, 'Antagen av kommunfullmäktige "
                     "den 28 november 2023 § 142', revision note and superseded agreement, commitments "
                     "both as 'X åtar sig att:' lists and as sentences, extra principle Tillgänglighet, "
                     "tab-aligned signatures, contact blocks with line breaks, footer PAGE field."),
        metadata=dict(doc_id="brannvik", title=TITLE, place="Brännvik",
                      organisation="Brännviks kommun", kind="överenskommelse",
                      date="2023-11-28", body="kommunfullmäktige"),
        commitments=commitments,
        questions=questions,
    )
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {FILE}: {len(commitments)} commitments, {len(questions)} questions")


if __name__ == "__main__":
    main()
