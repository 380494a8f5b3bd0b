#!/usr/bin/env python3
"""Generate region_asmark_overenskommelse.html and expected.json.

A fictional region's web page (Sitevision-like CMS export, saved as one
.html file) presenting its överenskommelse with the idéburna sektorn:
skip-links, cookie dialog, header with search box, breadcrumbs, left menu,
principles in a <details>/<summary> accordion, a FAQ accordion built with
button[aria-expanded], related-links box, "Senast uppdaterad", "Dela sidan",
"Hittade du det du sökte?" feedback widget, footer, inline CSS and scripts.

Deterministic: no timestamps, no randomness.  Run: python3 make.py
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "region_asmark_overenskommelse.html"
LAYOUT = "html_region_accordion"


def e(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------

TITLE = "Överenskommelse mellan Region Åsmark och den idéburna sektorn"

INGRESS = (
    "Region Åsmark och den idéburna sektorn i länet har tillsammans tagit fram en "
    "regional överenskommelse. Den beskriver hur vi vill samverka och vad var och en "
    "av parterna åtar sig för att stärka civilsamhällets roll i Åsmark."
)

DECISION = (
    "Överenskommelsen antogs av regionfullmäktige den 21 mars 2023 (§ 34) och gäller "
    "till och med den 31 december 2027."
)

BACKGROUND = [
    "År 2008 tecknade regeringen, dåvarande Sveriges Kommuner och Landsting och ett stort "
    "antal organisationer inom den sociala sektorn en nationell överenskommelse. Den "
    "byggde på sex principer som sedan dess har legat till grund för lokala och regionala "
    "överenskommelser i hela landet. Överenskommelsen har senare vidgats till att omfatta "
    "fler områden än det sociala, och många kommuner och regioner har tagit fram egna "
    "överenskommelser med sina lokala civilsamhällen.",
    "I Åsmark inleddes arbetet med en regional överenskommelse hösten 2019, när Idéburna "
    "rådet i Åsmark och regionens avdelning för regional utveckling bjöd in till en första "
    "rundabordskonferens i Björnfors. Under 2021 och 2022 genomfördes ett tjugotal "
    "dialogmöten i länets sju kommuner, både fysiskt och digitalt. Deltagarna kom från "
    "föreningar, stiftelser, trossamfund, studieförbund, kooperativ och sociala företag.",
    "Pandemin visade tydligt hur viktig den idéburna sektorn är för människors hälsa, "
    "trygghet och gemenskap. Många organisationer ställde om sin verksamhet på kort tid, "
    "handlade mat åt riskgrupper, höll kontakt med ensamma äldre och spred information på "
    "fler språk än regionen själv kunde. Samtidigt blev det tydligt att samverkan ofta "
    "byggde på personliga kontakter och att det saknades gemensamma spelregler.",
    "Ett förslag till överenskommelse skickades på remiss till organisationer och "
    "kommuner i länet under våren 2022. Det kom in 57 remissvar, och förslaget "
    "omarbetades i flera delar, bland annat när det gäller långsiktig finansiering och "
    "ersättning till ideellt aktiva som deltar i regionens arbete.",
]

WHY = [
    "Region Åsmark ansvarar för hälso- och sjukvård, kollektivtrafik, kultur och regional "
    "utveckling. Inom alla dessa områden finns idéburna organisationer som gör skillnad "
    "för invånarna: patientföreningar, brukarorganisationer, kulturföreningar, "
    "hembygdsföreningar, idrottsrörelsen och organisationer som stöttar människor i "
    "utsatta situationer.",
    "Den idéburna sektorn har flera roller. Organisationerna är röstbärare och "
    "opinionsbildare, de skapar mötesplatser och gemenskap, och en del av dem utför "
    "verksamhet med stöd av eller på uppdrag av regionen. Överenskommelsen ska göra det "
    "lättare att hålla isär de olika rollerna och ge bättre förutsättningar för en "
    "samverkan som bygger på förtroende.",
]

PURPOSE = [
    "Syftet med överenskommelsen är att stärka den idéburna sektorns roll som röstbärare "
    "och opinionsbildare och som utförare av verksamhet, och att skapa bättre "
    "förutsättningar för samverkan mellan regionen och idéburna organisationer.",
    "Överenskommelsen är inte ett juridiskt bindande avtal. Den är en gemensam "
    "avsiktsförklaring som beskriver hur parterna vill förhålla sig till varandra. Den "
    "reglerar inte bidrag, upphandling eller idéburet offentligt partnerskap, men kan "
    "vara ett stöd när sådana frågor diskuteras.",
]

GOALS_LEAD = "Målet är"
GOALS = [
    "en tydligare och mer jämbördig dialog mellan regionen och den idéburna sektorn",
    "bättre och mer förutsägbara villkor för de idéburna organisationerna",
    "ökad kunskap hos regionens förtroendevalda och medarbetare om civilsamhällets roll",
    "fler invånare som engagerar sig ideellt i hela länet",
]

PARTIES = [
    "Parter i överenskommelsen är Region Åsmark och de idéburna organisationer som verkar "
    "i Åsmarks län och som har ställt sig bakom överenskommelsen. Med idéburen organisation "
    "menar vi en organisation som är fristående från det offentliga, drivs utan vinstsyfte "
    "och har ett demokratiskt eller annat tydligt värdegrundat syfte.",
    "Den idéburna sektorn företräds i det gemensamma arbetet av Idéburna rådet i Åsmark, "
    "som samlar paraplyorganisationer, länsförbund och lokala föreningar.",
    "Organisationer som vill ansluta sig anmäler det till Idéburna rådet. Anslutningen är "
    "frivillig och kostnadsfri.",
]

PRINCIPLES_INTRO = [
    "Överenskommelsen bygger på de sex principerna från den nationella överenskommelsen. "
    "I Åsmark har parterna lagt till en sjunde princip om hållbar regional utveckling.",
    "Under varje princip beskrivs vad regionen, de idéburna organisationerna och parterna "
    "tillsammans åtar sig. Klicka på en princip för att läsa mer.",
]

PRINCIPLE_NAMES = [
    "Självständighet och oberoende",
    "Dialog",
    "Kvalitet",
    "Långsiktighet",
    "Öppenhet och insyn",
    "Mångfald",
    "Hållbar regional utveckling",
]

# A principle: (slug, anchor, name, [blocks])
# blocks: ("p", text)                       -- plain paragraph, no commitment
#         ("list", party, lead, style, [items])   style: "h4" | "strong"
#         ("c", party, text)                -- commitment sentence in its own <p>
PRINCIPLES = [
    ("sjalvstandighet_och_oberoende", "sjalvstandighet", "Självständighet och oberoende", [
        ("p", "De idéburna organisationerna är självständiga och oberoende av det offentliga. "
              "De bestämmer själva över sina mål, sin verksamhet och sina arbetsformer."),
        ("p", "Rätten att granska, kritisera och driva opinion är en grundläggande del av "
              "sektorns roll i ett demokratiskt samhälle."),
        ("list", "public", "Regionen åtar sig att:", "h4", [
            "respektera organisationernas rätt att själva bestämma över sina mål, sin verksamhet och sin organisation",
            "inte låta en organisations kritik mot regionen påverka beslut om bidrag eller andra former av stöd",
            "i första hand ge stöd i form av organisationsbidrag som inte är knutet till särskilda uppdrag",
            "tydligt skilja på regionens roll som bidragsgivare och som beställare av tjänster",
        ]),
        ("list", "civil_society", "De idéburna organisationerna åtar sig att:", "h4", [
            "vara tydliga med sin värdegrund och sitt syfte i kontakter med regionen",
            "redovisa när de agerar som utförare åt regionen och när de agerar som röstbärare",
            "värna sitt oberoende även när verksamheten till stor del finansieras med offentliga medel",
        ]),
        ("c", "joint", "Tillsammans ansvarar parterna för att frågor om oberoende tas upp i dialogforum minst en gång per år."),
    ]),
    ("dialog", "dialog", "Dialog", [
        ("p", "Dialog innebär att parterna möts som jämbördiga och att organisationerna får "
              "möjlighet att påverka tidigt, innan beslut är fattade. En god dialog förutsätter "
              "att båda parter har tid, kunskap och mandat."),
        ("p", "Dialogen sker på flera nivåer: mellan regionens förtroendevalda och sektorns "
              "företrädare i dialogforum, mellan tjänstepersoner och organisationer i det "
              "dagliga arbetet och i tematiska nätverk, till exempel inom kultur, folkhälsa och "
              "psykiatri. Ideellt aktiva deltar ofta på sin fritid, vilket ställer krav på hur "
              "möten planeras."),
        ("list", "public", "Regionen åtar sig att:", "h4", [
            "involvera den idéburna sektorn tidigt i arbetet med regionala strategier, planer och program",
            "skicka ut förslag på remiss med en svarstid på minst sex veckor",
            "ge återkoppling på hur synpunkter från organisationerna har tagits om hand",
            "erbjuda ersättning till ideellt aktiva som deltar i regionens referensgrupper",
            "hålla möten på tider och platser som gör det möjligt för ideellt aktiva att delta",
        ]),
        ("list", "civil_society", "De idéburna organisationerna åtar sig att:", "h4", [
            "förankra sina synpunkter i den egna organisationen och hos sina medlemmar",
            "utse representanter med mandat att företräda organisationen i dialogen",
            "delta aktivt i dialogforum och i remissarbete",
        ]),
        ("list", "joint", "Tillsammans ska vi:", "h4", [
            "genomföra ett gemensamt dialogforum minst två gånger per år",
            "ta fram en gemensam dialogplan för varje mandatperiod",
        ]),
    ]),
    ("kvalitet", "kvalitet", "Kvalitet", [
        ("p", "Kvalitet handlar om att verksamheten utgår från människors behov och att den "
              "utvecklas över tid. Den idéburna sektorn definierar själv vad kvalitet innebär i "
              "den egna verksamheten. När organisationerna utför tjänster på uppdrag av regionen "
              "följs de upp enligt de villkor som parterna har kommit överens om."),
        ("c", "public", "Regionen ansvarar för att krav på uppföljning står i proportion till storleken på bidraget eller uppdraget."),
        ("c", "public", "Regionen verkar för att förenkla ansökan och redovisning av bidrag, bland annat genom en gemensam e-tjänst."),
        ("list", "public", "Regionen ska också:", "strong", [
            "erbjuda kompetensutveckling om regionens ansvarsområden och beslutsprocesser",
            "använda organisationernas kunskap om målgruppernas behov när verksamheter utformas",
        ]),
        ("list", "civil_society", "De idéburna organisationerna åtar sig att:", "strong", [
            "utveckla metoder för att följa upp och synliggöra verksamhetens resultat",
            "dela med sig av kunskap och erfarenheter till regionen och till andra organisationer",
            "följa de villkor som gäller för bidrag och uppdrag",
        ]),
    ]),
    ("langsiktighet", "langsiktighet", "Långsiktighet", [
        ("p", "Många idéburna organisationer har svårt att planera när stöd beviljas år för år "
              "eller i form av korta projekt. Långsiktighet skapar trygghet för anställda, "
              "ideellt aktiva och de människor som verksamheten riktar sig till."),
        ("p", "Regionens budget beslutas för ett år i taget, vilket sätter vissa gränser. "
              "Inom de ramarna finns ändå möjligheter att skapa mer förutsägbara villkor, "
              "till exempel genom avsiktsförklaringar och avtal som löper över flera år."),
        ("list", "public", "Regionen åtar sig att:", "h4", [
            "pröva möjligheten till flerårigt organisationsbidrag för organisationer med en stabil verksamhet",
            "fatta beslut om bidrag i så god tid att organisationerna kan planera sin verksamhet inför kommande år",
            "i god tid informera om förändringar i bidragsregler och budget",
            "använda idéburet offentligt partnerskap när det är en lämplig samverkansform",
        ]),
        ("list", "civil_society", "De idéburna organisationerna åtar sig att:", "h4", [
            "planera verksamheten så att den inte är beroende av enskilda projektbidrag",
            "i god tid informera regionen om förändringar som påverkar en pågående samverkan",
        ]),
        ("c", "joint", "Parterna förbinder sig att gemensamt utvärdera hur projekt som har fallit väl ut kan övergå i ordinarie verksamhet."),
    ]),
    ("oppenhet_och_insyn", "oppenhet", "Öppenhet och insyn", [
        ("p", "Öppenhet och insyn skapar förtroende. Parterna behöver känna till varandras "
              "förutsättningar, och allmänheten har rätt att veta hur offentliga medel används."),
        ("list", "public", "Regionen åtar sig att:", "strong", [
            "publicera information om bidrag, beviljade belopp och bedömningsgrunder på regionens webbplats",
            "vara öppen med hur beslut fattas och vem som ansvarar för olika frågor",
            "utse en kontaktperson för idéburen sektor på avdelningen för regional utveckling",
        ]),
        ("list", "civil_society", "De idéburna organisationerna åtar sig att:", "strong", [
            "redovisa hur bidrag från regionen har använts",
            "lämna ekonomisk redovisning, verksamhetsberättelse och stadgar när regionen begär det",
            "informera medlemmar och allmänhet om sin samverkan med regionen",
        ]),
        ("c", "joint", "Båda parter ska respektera sekretess och tystnadsplikt där sådan gäller."),
    ]),
    ("mangfald", "mangfald", "Mångfald", [
        ("p", "Den idéburna sektorn är mångfaldig. Stora och små organisationer, nybildade "
              "föreningar och organisationer med lång historia har alla en roll. Regionen möter "
              "organisationer som arbetar med allt från idrott och kultur till stöd för "
              "människor i utsatta livssituationer."),
        ("p", "I Åsmarks län finns dessutom samiska föreningar, sverigefinska föreningar och "
              "ett växande antal organisationer som bildats av personer som har flyttat hit "
              "från andra länder. Deras kunskap och nätverk är viktiga för att regionens "
              "verksamheter ska nå alla invånare."),
        ("list", "public", "Regionen åtar sig att:", "h4", [
            "utforma stöd och kontaktvägar så att även små och nybildade organisationer kan ta del av dem",
            "ta fram information om regionens stöd på lätt svenska och på de nationella minoritetsspråken",
            "aktivt söka kontakt med organisationer som inte tidigare har samverkat med regionen",
        ]),
        ("list", "civil_society", "De idéburna organisationerna åtar sig att:", "h4", [
            "verka för att organisationerna är öppna för och välkomnar människor oavsett bakgrund",
            "bidra till att nå grupper som regionen har svårt att nå",
        ]),
        ("list", "joint", "Tillsammans ska vi:", "h4", [
            "uppmärksamma och sprida goda exempel på samverkan från hela länet",
        ]),
    ]),
    ("hallbar_regional_utveckling", "regional-utveckling", "Hållbar regional utveckling", [
        ("p", "Parterna har lagt till en sjunde princip. Den idéburna sektorn bidrar till att "
              "hela länet kan leva, inte minst på landsbygden där föreningar ofta driver "
              "samlingslokaler, byanät och lokal service."),
        ("c", "public", "Regionen avser att involvera idéburna organisationer i genomförandet av den regionala utvecklingsstrategin Åsmark 2035."),
        ("c", "public", "Regionen ska verka för att idéburna organisationer kan delta i EU-finansierade projekt, bland annat genom stöd till medfinansiering."),
        ("c", "civil_society", "De idéburna organisationerna åtar sig att bidra med kunskap om lokala förutsättningar och behov på landsbygden."),
        ("c", "joint", "Vi ska tillsammans verka för att samlingslokaler och mötesplatser finns kvar i hela länet."),
    ]),
]

CONCEPTS = [
    ("Idéburen sektor",
     "Den del av samhället som består av föreningar, stiftelser, trossamfund, kooperativ och "
     "andra organisationer som drivs utan vinstsyfte och utifrån en idé eller värdegrund. "
     "Begreppet används ofta synonymt med civilsamhället."),
    ("Organisationsbidrag",
     "Ett bidrag som ges till en organisations grundläggande verksamhet och som "
     "organisationen själv avgör hur det ska användas inom ramen för sitt syfte."),
    ("Verksamhetsbidrag och projektbidrag",
     "Bidrag som är knutna till en viss verksamhet eller ett avgränsat projekt under en "
     "begränsad tid."),
    ("Idéburet offentligt partnerskap (IOP)",
     "En samverkansform där regionen och en eller flera idéburna organisationer gemensamt "
     "finansierar och genomför en verksamhet som ligger i linje med organisationens syfte. "
     "IOP är ett alternativ till upphandling och bidrag, men är inte lämpligt i alla lägen."),
    ("Röstbärare",
     "En organisation som företräder sina medlemmar eller en grupp i samhället och för "
     "fram deras erfarenheter, intressen och synpunkter."),
]

SINCE = [
    "Sedan överenskommelsen undertecknades har parterna genomfört tre dialogforum. Det "
    "första hölls i Björnfors i oktober 2023 och handlade om hur regionens bidragsregler "
    "kan göras enklare. Vid vårens forum 2024 i Lillnäs stod psykisk hälsa och samverkan "
    "mellan vården och patientföreningar i fokus.",
    "Under 2024 har regionen också sett över bidragsreglerna för kultur och folkhälsa. Ett "
    "förslag med färre bidragsformer och en gemensam ansökningsperiod har varit ute på "
    "remiss hos organisationerna och behandlas av regionstyrelsen under hösten.",
    "Idéburna rådet har genomfört en turné i länets kommuner för att berätta om "
    "överenskommelsen. Vid träffarna deltog både föreningar som redan samverkar med "
    "regionen och organisationer som aldrig tidigare haft kontakt med den. Många "
    "efterfrågade mer kunskap om hur man söker EU-medel och hur ett IOP går till i praktiken.",
    "Den första årliga uppföljningen visade att de flesta anslutna organisationerna upplever "
    "att dialogen med regionen har blivit bättre, men också att det fortfarande är svårt för "
    "små föreningar att hitta rätt kontaktperson. Resultatet har publicerats i en rapport "
    "som finns under Relaterat på den här sidan.",
]

ORG_INTRO = (
    "Ansvaret för överenskommelsen ligger hos regionstyrelsen. Det löpande arbetet "
    "samordnas av avdelningen för regional utveckling tillsammans med Idéburna rådet i Åsmark."
)
DIALOGFORUM = (
    "Dialogforum är den gemensamma mötesplatsen för överenskommelsen. Forumet består av "
    "förtroendevalda från regionstyrelsen och företrädare för den idéburna sektorn, och det "
    "träffas två gånger per år, på våren och på hösten."
)
ORG_COMMITMENTS = [
    ("public", "Regionen ansvarar för att kalla till dialogforum och för att föra minnesanteckningar från mötena."),
    ("civil_society", "Idéburna rådet ansvarar för att sprida information om överenskommelsen till organisationerna i länet."),
]
FOLLOWUP = [
    "Överenskommelsen följs upp årligen.",
    "Uppföljningen presenteras vid höstens dialogforum och redovisas därefter för regionstyrelsen.",
    "Som underlag används bland annat en enkät till de anslutna organisationerna och "
    "regionens egen redovisning av bidrag och samverkan.",
]
REVISION = (
    "En fördjupad utvärdering görs under 2026 inför att en reviderad överenskommelse tas "
    "fram. Beslut om en ny överenskommelse fattas av regionfullmäktige."
)
SIGNING = (
    "Överenskommelsen undertecknades vid en gemensam ceremoni i Regionens hus i Åsmark "
    "den 12 april 2023."
)
SIGNATORIES = [
    ("För Region Åsmark", "Eva Sundqvist", "regionstyrelsens ordförande"),
    ("För den idéburna sektorn", "Tomas Ek", "ordförande, Idéburna rådet i Åsmark"),
]

FAQ = [
    ("Måste vår förening skriva under överenskommelsen för att få bidrag?",
     "Nej. Bidrag från regionen söks enligt regionens bidragsregler och är inte kopplade "
     "till om föreningen har anslutit sig till överenskommelsen."),
    ("Vad är skillnaden mellan överenskommelsen och IOP?",
     "Överenskommelsen är en övergripande avsiktsförklaring. Ett idéburet offentligt "
     "partnerskap (IOP) är ett avtal om en specifik verksamhet mellan regionen och en eller "
     "flera organisationer."),
    ("Var hittar jag minnesanteckningar från dialogforum?",
     "Minnesanteckningarna publiceras på sidan Dialogforum ungefär en månad efter mötet."),
    ("Vår förening finns bara i en kommun. Kan vi ändå ansluta oss?",
     "Ja. Alla idéburna organisationer som verkar i länet kan ansluta sig, oavsett storlek."),
]

# ---------------------------------------------------------------------------
# HTML rendering
# ---------------------------------------------------------------------------

CSS = """
:root{--brand:#1d5c4b;--brand-light:#e6f0ec;--text:#1b1b1b;--muted:#5a5a5a;--line:#d4d9d7}
*{box-sizing:border-box}
body{margin:0;font-family:"Source Sans Pro",Arial,sans-serif;color:var(--text);line-height:1.55;background:#fff}
.skip-links a{position:absolute;left:-9999px;top:0;background:#000;color:#fff;padding:.5rem 1rem;z-index:1000}
.skip-links a:focus{left:0}
.cookie-dialog{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:4px solid var(--brand);box-shadow:0 -2px 12px rgba(0,0,0,.2);padding:1.5rem;z-index:900}
.cookie-dialog[hidden]{display:none}
.cookie-dialog .buttons button{margin-right:.5rem;padding:.5rem 1rem;border:2px solid var(--brand);background:#fff;cursor:pointer}
.cookie-dialog .buttons button.primary{background:var(--brand);color:#fff}
.site-header{background:var(--brand);color:#fff}
.site-header .inner{max-width:1200px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;padding:1rem}
.site-header a{color:#fff}
.logo{font-size:1.6rem;font-weight:700;text-decoration:none}
.search input{padding:.45rem;width:16rem;border:0}
.search button{padding:.45rem .8rem}
.tools a{margin-left:1rem;font-size:.9rem}
.main-nav{background:#164a3c}
.main-nav ul{list-style:none;margin:0 auto;max-width:1200px;display:flex;padding:0}
.main-nav a{display:block;color:#fff;padding:.75rem 1rem;text-decoration:none}
.breadcrumbs{max-width:1200px;margin:0 auto;padding:.75rem 1rem;font-size:.9rem}
.breadcrumbs ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
.breadcrumbs li+li:before{content:"\\203A";padding:0 .4rem;color:var(--muted)}
.layout{max-width:1200px;margin:0 auto;display:grid;grid-template-columns:240px 1fr 280px;gap:2rem;padding:0 1rem 3rem}
.sub-nav ul{list-style:none;padding:0;margin:0;border-top:1px solid var(--line)}
.sub-nav li a{display:block;padding:.6rem .5rem;border-bottom:1px solid var(--line);text-decoration:none;color:var(--text)}
.sub-nav li.current>a{font-weight:700;border-left:4px solid var(--brand)}
.sub-nav ul ul a{padding-left:1.5rem;font-size:.95rem}
.ingress{font-size:1.25rem}
.factbox{background:var(--brand-light);padding:1rem 1.25rem;margin:1.5rem 0}
.factbox dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem;margin:0}
.factbox dt{font-weight:700}
.accordion-controls{text-align:right;margin-bottom:.5rem}
details.accordion{border:1px solid var(--line);border-radius:4px;margin-bottom:.5rem}
details.accordion>summary{cursor:pointer;padding:.8rem 1rem;list-style:none;background:#f6f8f7}
details.accordion>summary::-webkit-details-marker{display:none}
details.accordion>summary h3{display:inline;font-size:1.15rem;margin:0}
details.accordion>summary:after{content:"+";float:right;font-weight:700}
details.accordion[open]>summary:after{content:"\\2212"}
details.accordion .accordion__content{padding:0 1rem 1rem}
.faq button{width:100%;text-align:left;background:none;border:0;border-bottom:1px solid var(--line);padding:.75rem 0;font-size:1rem;cursor:pointer}
.faq .panel{padding:.5rem 0 1rem}
.related{border-top:4px solid var(--brand);background:#f6f8f7;padding:1rem}
.contact-card{margin-top:1.5rem;border:1px solid var(--line);padding:1rem}
.page-meta{font-size:.9rem;color:var(--muted);border-top:1px solid var(--line);margin-top:2rem;padding-top:1rem}
.share a{margin-right:.75rem}
.feedback{background:var(--brand-light);padding:1rem;margin-top:1.5rem}
.feedback textarea{width:100%;min-height:5rem}
.site-footer{background:#12382e;color:#fff;padding:2rem 1rem}
.site-footer a{color:#fff}
.site-footer .cols{max-width:1200px;margin:0 auto;display:grid;grid-template-columns:repeat(3,1fr);gap:2rem}
@media print{.site-header,.main-nav,.sub-nav,.related,.feedback,.share,.site-footer,.cookie-dialog{display:none}}
@media (max-width:900px){.layout{grid-template-columns:1fr}.sub-nav{order:3}}
"""

HEAD_SCRIPT = """
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('consent', 'default', {'analytics_storage': 'denied', 'ad_storage': 'denied'});
var svDocReady = svDocReady || [];
(function(){var c=document.cookie.match(/rasmark_consent=([^;]+)/);window.__consent=c?c[1]:null;})();
"""

JSONLD = {
    "@context": "https://schema.org",
    "@type": "WebPage",
    "name": TITLE,
    "inLanguage": "sv-SE",
    "datePublished": "2023-04-14",
    "dateModified": "2024-09-12",
    "publisher": {"@type": "GovernmentOrganization", "name": "Region Åsmark",
                  "url": "https://www.regionasmark.se"},
}

BODY_SCRIPT = """
(function(){
  var dlg = document.getElementById('cookie-dialog');
  if (window.__consent) { dlg.hidden = true; }
  function setConsent(v){
    document.cookie = 'rasmark_consent=' + v + ';path=/;max-age=31536000;SameSite=Lax';
    dlg.hidden = true;
    if (v === 'all') { gtag('consent','update',{'analytics_storage':'granted'}); }
  }
  document.getElementById('cookie-accept').addEventListener('click', function(){ setConsent('all'); });
  document.getElementById('cookie-necessary').addEventListener('click', function(){ setConsent('necessary'); });

  // Öppna/stäng alla principer
  var toggle = document.getElementById('toggle-all');
  toggle.addEventListener('click', function(){
    var items = document.querySelectorAll('details.accordion');
    var open = toggle.getAttribute('data-state') !== 'open';
    items.forEach(function(d){ d.open = open; });
    toggle.setAttribute('data-state', open ? 'open' : 'closed');
    toggle.textContent = open ? 'Stäng alla' : 'Öppna alla';
  });
  if (location.hash) {
    var t = document.querySelector(location.hash);
    if (t && t.tagName === 'DETAILS') { t.open = true; }
  }

  // FAQ-accordion
  document.querySelectorAll('.faq button[aria-controls]').forEach(function(b){
    b.addEventListener('click', function(){
      var p = document.getElementById(b.getAttribute('aria-controls'));
      var exp = b.getAttribute('aria-expanded') === 'true';
      b.setAttribute('aria-expanded', exp ? 'false' : 'true');
      p.hidden = exp;
    });
  });

  // Hittade du det du sökte?
  var fb = document.getElementById('feedback-form');
  fb.addEventListener('change', function(ev){
    if (ev.target.name === 'found') {
      document.getElementById('feedback-more').hidden = false;
    }
  });
  fb.addEventListener('submit', function(ev){
    ev.preventDefault();
    fb.innerHTML = '<p role="status">Tack för din återkoppling!</p>';
  });
})();
"""


def render_principle(idx, p):
    slug, anchor, name, blocks = p
    out = []
    out.append(f'<details class="accordion" id="{anchor}">')
    out.append(f'  <summary><h3 class="accordion__heading">{e(name)}</h3></summary>')
    out.append('  <div class="accordion__content">')
    for b in blocks:
        if b[0] == "p":
            out.append(f"    <p>{e(b[1])}</p>")
        elif b[0] == "c":
            out.append(f"    <p>{e(b[2])}</p>")
        elif b[0] == "list":
            _, party, lead, style, items = b
            if style == "h4":
                out.append(f"    <h4>{e(lead)}</h4>")
            else:
                out.append(f"    <p><strong>{e(lead)}</strong></p>")
            out.append("    <ul>")
            for it in items:
                out.append(f"      <li>{e(it)}</li>")
            out.append("    </ul>")
    out.append("  </div>")
    out.append("</details>")
    return "\n".join(out)


def build_html():
    P = []
    a = P.append
    a("<!DOCTYPE html>")
    a('<html lang="sv" class="no-js">')
    a("<head>")
    a('<meta charset="utf-8">')
    a('<meta name="viewport" content="width=device-width, initial-scale=1">')
    a(f"<title>{e(TITLE)} - Region Åsmark</title>")
    a('<meta name="description" content="Region Åsmark och den idéburna sektorn har tecknat en överenskommelse om samverkan. Läs om principerna och parternas åtaganden.">')
    a('<meta property="og:title" content="Överenskommelse med idéburen sektor">')
    a('<meta property="og:site_name" content="Region Åsmark">')
    a('<link rel="canonical" href="https://www.regionasmark.se/regional-utveckling/civilsamhalle/overenskommelse-med-ideburen-sektor.html">')
    a('<link rel="icon" href="/images/favicon-32.png" sizes="32x32">')
    a(f"<style>{CSS}</style>")
    a(f"<script>{HEAD_SCRIPT}</script>")
    a('<script async src="https://www.googletagmanager.com/gtag/js?id=G-RASM0000"></script>')
    a('<script type="application/ld+json">' + json.dumps(JSONLD, ensure_ascii=False) + "</script>")
    a("</head>")
    a('<body class="sv-page sv-template-artikel">')

    # skip-links
    a('<div class="skip-links">')
    a('  <a href="#innehall">Gå direkt till innehållet</a>')
    a('  <a href="#huvudmeny">Gå till huvudmenyn</a>')
    a('  <a href="#sok">Gå till sök</a>')
    a("</div>")

    # cookie dialog
    a('<div class="cookie-dialog" id="cookie-dialog" role="dialog" aria-modal="true" aria-labelledby="cookie-title">')
    a('  <h2 id="cookie-title">Vi använder kakor</h2>')
    a("  <p>På regionasmark.se använder vi kakor (cookies) för att webbplatsen ska fungera och för att "
      "förbättra den. Nödvändiga kakor behövs för att webbplatsen ska fungera. Statistikkakor hjälper "
      "oss att förstå hur webbplatsen används. Du kan när som helst ändra ditt val.</p>")
    a('  <p><a href="/om-webbplatsen/kakor.html">Läs mer om kakor</a></p>')
    a('  <div class="buttons">')
    a('    <button type="button" id="cookie-accept" class="primary">Godkänn alla kakor</button>')
    a('    <button type="button" id="cookie-necessary">Endast nödvändiga</button>')
    a('    <button type="button" id="cookie-settings">Inställningar</button>')
    a("  </div>")
    a("</div>")

    # header
    a('<header class="site-header">')
    a('  <div class="inner">')
    a('    <a class="logo" href="/">Region Åsmark</a>')
    a('    <form class="search" id="sok" role="search" action="/sok.html" method="get">')
    a('      <label for="q" class="visually-hidden">Sök på webbplatsen</label>')
    a('      <input type="search" id="q" name="query" placeholder="Vad letar du efter?" autocomplete="off">')
    a('      <button type="submit">Sök</button>')
    a("    </form>")
    a('    <div class="tools">')
    a('      <a href="#" id="lyssna">Lyssna</a>')
    a('      <a href="/languages.html" lang="en">Languages</a>')
    a('      <a href="/lattlast.html">Lättläst</a>')
    a('      <a href="/kontakt.html">Kontakt</a>')
    a("    </div>")
    a("  </div>")
    a("</header>")

    # main nav
    a('<nav class="main-nav" id="huvudmeny" aria-label="Huvudmeny">')
    a("  <ul>")
    for t, h in [("Vård och hälsa", "/vard-och-halsa.html"), ("Kollektivtrafik", "/kollektivtrafik.html"),
                 ("Kultur", "/kultur.html"), ("Regional utveckling", "/regional-utveckling.html"),
                 ("Politik och påverkan", "/politik.html"), ("Jobba hos oss", "/jobba.html"),
                 ("Om regionen", "/om-regionen.html")]:
        a(f'    <li><a href="{h}">{e(t)}</a></li>')
    a("  </ul>")
    a("</nav>")

    # breadcrumbs
    a('<nav class="breadcrumbs" aria-label="Du är här">')
    a("  <ol>")
    a('    <li><a href="/">Startsida</a></li>')
    a('    <li><a href="/regional-utveckling.html">Regional utveckling</a></li>')
    a('    <li><a href="/regional-utveckling/civilsamhalle.html">Civilsamhälle</a></li>')
    a('    <li aria-current="page">Överenskommelse med idéburen sektor</li>')
    a("  </ol>")
    a("</nav>")

    a('<div class="layout">')

    # left menu
    a('<nav class="sub-nav" aria-label="Undermeny Civilsamhälle">')
    a("  <ul>")
    a('    <li><a href="/regional-utveckling/civilsamhalle.html">Civilsamhälle</a>')
    a("      <ul>")
    a('        <li><a href="/regional-utveckling/civilsamhalle/bidrag.html">Bidrag till organisationer</a></li>')
    a('        <li><a href="/regional-utveckling/civilsamhalle/iop.html">Idéburet offentligt partnerskap (IOP)</a></li>')
    a('        <li class="current"><a href="/regional-utveckling/civilsamhalle/overenskommelse-med-ideburen-sektor.html" aria-current="page">Överenskommelse med idéburen sektor</a></li>')
    a('        <li><a href="/regional-utveckling/civilsamhalle/dialogforum.html">Dialogforum</a></li>')
    a('        <li><a href="/regional-utveckling/civilsamhalle/utbildning.html">Utbildning och nätverk</a></li>')
    a('        <li><a href="/regional-utveckling/civilsamhalle/kontakt.html">Kontakta oss</a></li>')
    a("      </ul>")
    a("    </li>")
    a('    <li><a href="/regional-utveckling/landsbygd.html">Landsbygdsutveckling</a></li>')
    a('    <li><a href="/regional-utveckling/eu-projekt.html">EU-projekt och finansiering</a></li>')
    a('    <li><a href="/regional-utveckling/strategi.html">Regional utvecklingsstrategi</a></li>')
    a("  </ul>")
    a("</nav>")

    # main content
    a('<main id="innehall" tabindex="-1">')
    a("<article>")
    a(f"<h1>{e(TITLE)}</h1>")
    a(f'<p class="ingress">{e(INGRESS)}</p>')
    a(f"<p>{e(DECISION)}</p>")
    a('<aside class="factbox" aria-label="Fakta om överenskommelsen">')
    a("  <dl>")
    for dt, dd in [("Beslutad av", "Regionfullmäktige"), ("Datum", "2023-03-21, § 34"),
                   ("Diarienummer", "RÅ 2022/1187"), ("Giltighetstid", "2023–2027"),
                   ("Ansvarig", "Regionstyrelsen")]:
        a(f"    <dt>{e(dt)}</dt><dd>{e(dd)}</dd>")
    a("  </dl>")
    a('  <p><a href="/download/18.4f2a9c1e18a/1681300000000/overenskommelse-ideburen-sektor-2023.pdf">'
      "Överenskommelsen i pdf-format (412 kB)</a></p>")
    a("</aside>")

    a('<h2 id="bakgrund">Bakgrund</h2>')
    for t in BACKGROUND:
        a(f"<p>{e(t)}</p>")
    a('<h2 id="varfor">Varför behövs en överenskommelse?</h2>')
    for t in WHY:
        a(f"<p>{e(t)}</p>")
    a('<h2 id="syfte">Syfte och mål</h2>')
    for t in PURPOSE:
        a(f"<p>{e(t)}</p>")
    a(f"<p>{e(GOALS_LEAD)}</p>")
    a("<ul>")
    for g in GOALS:
        a(f"  <li>{e(g)}</li>")
    a("</ul>")
    a('<h2 id="parter">Vilka omfattas?</h2>')
    for t in PARTIES:
        a(f"<p>{e(t)}</p>")

    a('<h2 id="principer">Sju principer för samverkan</h2>')
    for t in PRINCIPLES_INTRO:
        a(f"<p>{e(t)}</p>")
    a('<ol class="principle-index">')
    for (slug, anchor, name, _b) in PRINCIPLES:
        a(f'  <li><a href="#{anchor}">{e(name)}</a></li>')
    a("</ol>")
    a('<div class="accordion-controls"><button type="button" id="toggle-all" data-state="closed">Öppna alla</button></div>')
    a('<div class="accordion-group">')
    for i, p in enumerate(PRINCIPLES):
        a(render_principle(i, p))
    a("</div>")

    a('<h2 id="organisation">Organisation och uppföljning</h2>')
    a(f"<p>{e(ORG_INTRO)}</p>")
    a("<h3>Dialogforum</h3>")
    a(f"<p>{e(DIALOGFORUM)}</p>")
    for party, t in ORG_COMMITMENTS:
        a(f"<p>{e(t)}</p>")
    a("<h3>Uppföljning</h3>")
    a("<p>" + " ".join(e(t) for t in FOLLOWUP[:2]) + "</p>")
    a(f"<p>{e(FOLLOWUP[2])}</p>")
    a("<h3>Revidering</h3>")
    a(f"<p>{e(REVISION)}</p>")

    a('<h2 id="sedan-beslutet">Det här har hänt sedan beslutet</h2>')
    for t in SINCE:
        a(f"<p>{e(t)}</p>")

    a('<h2 id="begrepp">Ord och begrepp</h2>')
    a('<dl class="concepts">')
    for term, d in CONCEPTS:
        a(f"  <dt>{e(term)}</dt>")
        a(f"  <dd>{e(d)}</dd>")
    a("</dl>")

    a('<h2 id="undertecknande">Undertecknande</h2>')
    a(f"<p>{e(SIGNING)}</p>")
    a('<div class="signatures">')
    for who, name, role in SIGNATORIES:
        a(f'  <p><strong>{e(who)}</strong><br>{e(name)}<br><span class="role">{e(role)}</span></p>')
    a("</div>")

    a('<h2 id="fragor">Vanliga frågor</h2>')
    a('<div class="faq">')
    for i, (q, ans) in enumerate(FAQ, 1):
        a(f'  <h3><button type="button" aria-expanded="false" aria-controls="faq-panel-{i}" id="faq-btn-{i}">{e(q)}</button></h3>')
        a(f'  <div class="panel" id="faq-panel-{i}" role="region" aria-labelledby="faq-btn-{i}" hidden>')
        a(f"    <p>{e(ans)}</p>")
        a("  </div>")
    a("</div>")

    a('<div class="contact-card">')
    a("  <h2>Kontakt</h2>")
    a("  <p><strong>Maria Lindqvist</strong><br>utvecklingsledare civilsamhälle<br>Avdelningen för regional utveckling</p>")
    a('  <p>E-post: <a href="mailto:maria.lindqvist@regionasmark.se">maria.lindqvist@regionasmark.se</a><br>Telefon: 0620-45 12 87</p>')
    a("</div>")

    a('<div class="page-meta">')
    a('  <p>Senast uppdaterad: <time datetime="2024-09-12">12 september 2024</time><br>Sidansvarig: Avdelningen för regional utveckling</p>')
    a('  <div class="share"><span>Dela sidan:</span>')
    a('    <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.regionasmark.se%2Fovk" rel="noopener">Facebook</a>')
    a('    <a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.regionasmark.se%2Fovk" rel="noopener">LinkedIn</a>')
    a('    <a href="mailto:?subject=%C3%96verenskommelse%20med%20id%C3%A9buren%20sektor">E-post</a>')
    a('    <a href="javascript:window.print()">Skriv ut</a>')
    a("  </div>")
    a("</div>")

    a('<section class="feedback" aria-labelledby="fb-title">')
    a('  <h2 id="fb-title">Hittade du det du sökte?</h2>')
    a('  <form id="feedback-form" action="/feedback" method="post">')
    a('    <input type="hidden" name="page" value="overenskommelse-med-ideburen-sektor">')
    a('    <label><input type="radio" name="found" value="ja"> Ja</label>')
    a('    <label><input type="radio" name="found" value="nej"> Nej</label>')
    a('    <div id="feedback-more" hidden>')
    a('      <label for="fb-text">Vad kan vi göra bättre? Skriv inga personuppgifter. Vi kan inte svara på frågor här.</label>')
    a('      <textarea id="fb-text" name="comment" maxlength="1000"></textarea>')
    a('      <button type="submit">Skicka</button>')
    a("    </div>")
    a("  </form>")
    a("</section>")
    a("</article>")
    a("</main>")

    # related links
    a('<aside class="related" aria-labelledby="related-title">')
    a('  <h2 id="related-title">Relaterat</h2>')
    a("  <ul>")
    for t, h in [("Bidrag till idéburna organisationer", "/regional-utveckling/civilsamhalle/bidrag.html"),
                 ("Så fungerar IOP i Region Åsmark", "/regional-utveckling/civilsamhalle/iop.html"),
                 ("Dialogforum – minnesanteckningar", "/regional-utveckling/civilsamhalle/dialogforum.html"),
                 ("Regional utvecklingsstrategi Åsmark 2035", "/regional-utveckling/strategi.html"),
                 ("Nationella överenskommelsen (extern länk)", "https://www.example.org/overenskommelsen")]:
        a(f'    <li><a href="{h}">{e(t)}</a></li>')
    a("  </ul>")
    a('  <p class="news-teaser"><strong>Nyhet:</strong> Anmälan till höstens dialogforum är öppen.</p>')
    a("</aside>")
    a("</div>")  # layout

    # footer
    a('<footer class="site-footer">')
    a('  <div class="cols">')
    a('    <div><h2>Region Åsmark</h2><p>Regionens hus<br>Storgatan 12<br>871 40 Åsmark</p>'
      "<p>Växel: 0620-45 00 00<br>E-post: region@regionasmark.se<br>Organisationsnummer: 232100-0999</p></div>")
    a('    <div><h2>Genvägar</h2><ul><li><a href="/kontakt.html">Kontakta oss</a></li>'
      '<li><a href="/press.html">Press</a></li><li><a href="/diarium.html">Diarium och allmänna handlingar</a></li>'
      '<li><a href="/jobba.html">Lediga jobb</a></li></ul></div>')
    a('    <div><h2>Om webbplatsen</h2><ul><li><a href="/om-webbplatsen/tillganglighet.html">Tillgänglighetsredogörelse</a></li>'
      '<li><a href="/om-webbplatsen/kakor.html">Om kakor</a></li>'
      '<li><a href="/om-webbplatsen/personuppgifter.html">Så behandlar vi personuppgifter</a></li></ul>'
      "<p>Följ oss: Facebook, Instagram, LinkedIn</p></div>")
    a("  </div>")
    a('  <p class="copyright">© Region Åsmark</p>')
    a("</footer>")
    a(f"<script>{BODY_SCRIPT}</script>")
    a("</body>")
    a("</html>")
    return "\n".join(P) + "\n"


# ---------------------------------------------------------------------------
# expected.json
# ---------------------------------------------------------------------------

def commitments():
    out = []
    for slug, _a, _n, blocks in PRINCIPLES:
        for b in blocks:
            if b[0] == "c":
                out.append({"text": b[2], "principle": slug, "party": b[1]})
            elif b[0] == "list":
                for it in b[4]:
                    out.append({"text": it, "principle": slug, "party": b[1]})
    for party, t in ORG_COMMITMENTS:
        out.append({"text": t, "principle": None, "party": party})
    return out


def items_of(slug, party):
    for s, _a, _n, blocks in PRINCIPLES:
        if s != slug:
            continue
        res = []
        for b in blocks:
            if b[0] == "list" and b[1] == party:
                res.extend(b[4])
        return res
    raise KeyError(slug)


def questions():
    Q = []

    def q(question, lang, gold, mm):
        Q.append({"id": f"q{len(Q) + 1}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": mm})

    q("När antogs överenskommelsen och vilket organ fattade beslutet?", "sv",
      [DECISION], ["regionfullmäktige", "21 mars 2023"])
    q("Vad åtar sig regionen under principen om dialog?", "sv",
      items_of("dialog", "public"), ["remiss", "sex veckor", "återkoppling"])
    q("hur ofta foljs overenskommelsen upp och var redovisas uppfoljningen?", "sv",
      FOLLOWUP[:2], ["årligen", "regionstyrelsen"])
    q("Does the region offer multi-year funding to associations?", "en",
      [items_of("langsiktighet", "public")[0]], ["flerårigt organisationsbidrag"])
    q("Lista de idéburna organisationernas åtaganden under öppenhet och insyn.", "sv",
      items_of("oppenhet_och_insyn", "civil_society"),
      ["redovisa hur bidrag", "verksamhetsberättelse"])
    q("Kan regionen dra in vårt bidrag om föreningen kritiserar regionen offentligt?", "sv",
      ["Rätten att granska, kritisera och driva opinion är en grundläggande del av "
       "sektorns roll i ett demokratiskt samhälle.",
       items_of("sjalvstandighet_och_oberoende", "public")[1]],
      ["kritik", "bidrag"])
    q("How often does the dialogue forum meet, and who sits on it?", "en",
      [DIALOGFORUM.split(". ")[1]], ["två gånger per år", "förtroendevalda"])
    q("Vilken extra princip har Åsmark lagt till utöver de sex nationella?", "sv",
      ["I Åsmark har parterna lagt till en sjunde princip om hållbar regional utveckling."],
      ["hållbar regional utveckling"])
    q("Hur mycket pengar har regionen avsatt till organisationsbidrag för 2024?", "sv", [], [])
    q("hur manga foreningar har skrivit under overenskommelsen hittills?", "sv", [], [])
    return Q


def main():
    doc = build_html()
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)
    # sanity: every commitment / gold must be in the HTML verbatim (escaped)
    for c in commitments():
        assert e(c["text"]) in doc, c["text"]
    expected = {
        "file": FILE,
        "layout": LAYOUT,
        "description": (
            "Saved web page of a fictional region (Region Åsmark) presenting its "
            "överenskommelse with the idéburna sektorn: skip-links, cookie dialog, header "
            "with search box, main menu, breadcrumbs, left sub-menu, fact box (dl), seven "
            "principles in a <details>/<summary> accordion with h3 in summary and "
            "'Regionen åtar sig att:' lists under h4 or <p><strong> lead-ins plus "
            "sentence commitments, FAQ accordion with button[aria-expanded] and hidden "
            "panels, signatures, contact card, 'Senast uppdaterad', 'Dela sidan', "
            "'Hittade du det du sökte?' feedback form, related-links aside, footer with "
            "address and phone, inline CSS, JSON-LD and scripts."
        ),
        "metadata": {
            "doc_id": "asmark",
            "title": TITLE,
            "place": "Åsmark",
            "organisation": "Region Åsmark",
            "kind": "överenskommelse",
            "date": "2023-03-21",
            "body": "regionfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    for qq in expected["questions"]:
        for g in qq["gold"]:
            assert e(g) in doc, g
        for m in qq["must_mention"]:
            assert any(m in g for g in qq["gold"]), m
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
