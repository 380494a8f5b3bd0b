#!/usr/bin/env python3
"""Generate a saved Sitevision-style web page of Region Sjöhalla presenting its
överenskommelse med civilsamhället (principles in expandable blocks), plus expected.json."""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.basename(HERE)
FILE = "region_sjohalla_overenskommelse_civilsamhallet.html"

COMMITMENTS = []


def c(text, principle, party):
    """Register a commitment and return its HTML-escaped text."""
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return html.escape(text, quote=False)


def li(text, principle, party):
    return f'<li>{c(text, principle, party)}</li>'


def p(text, principle, party):
    return f'<p class="normal">{c(text, principle, party)}</p>'


# ---------------------------------------------------------------------------
# Principle panels (expandable blocks)
# ---------------------------------------------------------------------------
P = "sjalvstandighet_och_oberoende"
panel1 = f"""
<p class="normal">Civilsamhällets organisationer är självständiga och bestämmer själva över sina mål, sitt arbetssätt och sin organisation. Den självständigheten gäller även när en organisation får bidrag från regionen eller utför ett uppdrag åt regionen. Organisationerna har rätt att driva opinion och att granska och kritisera regionens verksamhet.</p>
<p class="normal"><strong>Regionen åtar sig att:</strong></p>
<ul class="normal">
{li("respektera organisationernas rätt att själva bestämma över sina mål, arbetssätt och interna angelägenheter", P, "public")}
{li("inte ställa villkor för bidrag som begränsar organisationernas möjlighet att driva opinion eller kritisera regionen", P, "public")}
{li("utforma villkoren för bidrag och ersättningar så att de inte styr organisationernas inre arbete mer än vad uppdraget kräver", P, "public")}
</ul>
<p class="normal"><strong>Civilsamhällets organisationer åtar sig att:</strong></p>
<ul class="normal">
{li("tydligt skilja mellan sin egen verksamhet och verksamhet som finansieras av regionen", P, "civil_society")}
{li("se till att de som företräder organisationen i samverkan med regionen har mandat från organisationen", P, "civil_society")}
</ul>
"""

P = "dialog"
panel2 = f"""
<p class="normal">Dialog mellan regionen och civilsamhället ska bygga på ömsesidig respekt och förtroende. En god dialog gör att regionens beslut vilar på bättre kunskap om invånarnas behov och att civilsamhällets erfarenheter tas tillvara.</p>
<h4 class="subheading">Så här för vi dialog</h4>
{p("Regionen ska bjuda in till ett regionalt dialogforum minst två gånger per år, där regionens politiska ledning och företrädare för civilsamhället möts.", P, "public")}
{p("Regionen ska involvera civilsamhället tidigt när regionala strategier och program tas fram, till exempel den regionala utvecklingsstrategin och folkhälsoprogrammet.", P, "public")}
{p("Regionen ska ge minst sex veckors svarstid när civilsamhällets organisationer bjuds in att lämna synpunkter på remisser.", P, "public")}
<p class="normal">{c("Civilsamhällets organisationer utser sina företrädare till dialogforumet genom Forum Sjöhalla och förankrar synpunkterna hos sina medlemmar.", P, "civil_society")} {c("Organisationerna förbinder sig att delta aktivt i dialogen och att lämna sina synpunkter inom utsatt tid.", P, "civil_society")}</p>
{p("Parterna ska gemensamt ta fram en årlig dialogplan med teman för dialogforumets möten.", P, "joint")}
"""

P = "kvalitet"
panel3 = f"""
<p class="normal">Kvalitet handlar om att verksamheten möter människors behov. Civilsamhällets organisationer har ofta en särskild kunskap om de grupper de möter, och den kunskapen är viktig för regionens arbete med hälsa, kultur och regional utveckling.</p>
<div class="sv-responsive-table">
<table class="sv-table-simple">
<caption>Åtaganden för kvalitet</caption>
<thead>
<tr><th scope="col">Regionen ska</th><th scope="col">Civilsamhällets organisationer ska</th></tr>
</thead>
<tbody>
<tr><td>{c("ställa tydliga krav på uppföljning som står i proportion till bidragets eller uppdragets storlek", P, "public")}</td><td>{c("redovisa hur bidrag och ersättningar från regionen har använts", P, "civil_society")}</td></tr>
<tr><td>{c("ta tillvara organisationernas kunskap om målgruppernas behov när verksamheter utvecklas och utvärderas", P, "public")}</td><td>{c("dela med sig av erfarenheter och kunskap om de grupper de möter", P, "civil_society")}</td></tr>
<tr><td>{c("erbjuda utbildning om regionens bidragsformer och om idéburet offentligt partnerskap (IOP)", P, "public")}</td><td>{c("arbeta för att verksamhet som bedrivs med stöd från regionen håller god kvalitet", P, "civil_society")}</td></tr>
</tbody>
</table>
</div>
"""

P = "langsiktighet"
panel4 = f"""
<p class="normal">Många organisationer beskriver att kortsiktiga projektbidrag gör det svårt att bygga upp en stabil verksamhet och behålla engagerade medarbetare och ideella. Långsiktiga villkor skapar trygghet för både organisationerna och de människor de finns till för.</p>
<p class="normal">För att främja långsiktighet ska regionen:</p>
<ul class="normal">
{li("i första hand ge verksamhetsbidrag och organisationsbidrag framför kortsiktiga projektbidrag", P, "public")}
{li("kunna fatta beslut om bidrag för upp till tre år i taget när verksamheten har ett långsiktigt syfte", P, "public")}
{li("besluta om bidrag i så god tid att organisationerna kan planera sin verksamhet, senast den 15 december året före bidragsåret", P, "public")}
</ul>
<p class="normal">{c("Civilsamhällets organisationer ska i sin tur planera för hur verksamheten kan fortsätta när ett projektstöd upphör.", P, "civil_society")} {c("Regionen och organisationerna kommer gemensamt att se över möjligheterna till fler idéburna offentliga partnerskap.", P, "joint")}</p>
"""

P = "oppenhet_och_insyn"
panel5 = f"""
<p class="normal">Öppenhet och insyn skapar förtroende. Det gäller både hur regionen fördelar skattemedel och hur organisationerna använder dem. Samtidigt ska öppenheten inte inkräkta på organisationernas självständighet.</p>
<h4 class="subheading">Regionens åtaganden</h4>
<ul class="normal">
{li("publicera samlad information om regionens bidrag, bedömningskriterier och beviljade belopp på regionens webbplats", P, "public")}
{li("motivera skriftligt varför en ansökan om bidrag har fått avslag", P, "public")}
</ul>
<h4 class="subheading">Civilsamhällets åtaganden</h4>
<ul class="normal">
{li("vara öppna med sin ekonomi, sina stadgar och hur beslut fattas i organisationen", P, "civil_society")}
{li("informera regionen om förändringar som påverkar en verksamhet som regionen finansierar", P, "civil_society")}
</ul>
"""

P = "mangfald"
panel6 = f"""
<p class="normal">Civilsamhället i Sjöhalla län är brett – från idrottsföreningar och studieförbund till patientföreningar, trossamfund och nätverk som saknar formell struktur. Mångfalden är en styrka och en förutsättning för ett levande demokratiskt samhälle.</p>
<p class="normal">{c("Regionen ska verka för att organisationer av olika storlek och inriktning, även nya och mindre föreningar, får möjlighet att samverka med regionen.", P, "public")} {c("Regionen kommer att göra information om bidrag och dialogforum tillgänglig på lättläst svenska.", P, "public")}</p>
{p("Civilsamhällets organisationer ska arbeta för att vara öppna och välkomnande för alla, oavsett bakgrund, kön, funktionsnedsättning eller ålder.", P, "civil_society")}
{p("Tillsammans ska parterna sprida kunskap om överenskommelsen till organisationer som ännu inte har anslutit sig.", P, "joint")}
"""

P = "barnrattsperspektiv"
panel7 = f"""
<p class="normal">Sedan 2020 är FN:s konvention om barnets rättigheter svensk lag. Många av civilsamhällets organisationer möter barn och unga varje vecka, och parterna har därför valt att lägga till barnrättsperspektivet som en egen princip i den regionala överenskommelsen.</p>
{p("Regionen åtar sig att göra en barnrättsbedömning i ärenden som rör bidrag till verksamhet för barn och unga.", P, "public")}
{p("Organisationer som bedriver verksamhet för barn och unga förbinder sig att ha rutiner för att förebygga och hantera kränkningar och övergrepp, bland annat genom att begära utdrag ur belastningsregistret.", P, "civil_society")}
{p("Regionen och civilsamhället ska gemensamt verka för att barn och unga själva får komma till tals i dialogforum och andra samråd.", P, "joint")}
"""

PANELS = [
    ("sjalvstandighet", "Självständighet och oberoende", panel1),
    ("dialog", "Dialog", panel2),
    ("kvalitet", "Kvalitet", panel3),
    ("langsiktighet", "Långsiktighet", panel4),
    ("oppenhet", "Öppenhet och insyn", panel5),
    ("mangfald", "Mångfald", panel6),
    ("barnratt", "Barnrättsperspektiv", panel7),
]


def expand_block(i, slug, title, body, group="principer"):
    return f"""<div class="sv-decoration-content expand-block">
<h3 class="expand-block__heading">
<button type="button" class="env-button env-button--link expand-block__toggle" data-env-collapse data-target="#{group}-{slug}" aria-expanded="false" aria-controls="{group}-{slug}"><span class="expand-block__title">{title}</span><svg class="env-icon expand-block__icon" aria-hidden="true"><use xlink:href="/sitevision/envision-icons.svg#icon-plus"></use></svg></button>
</h3>
<div class="env-collapse expand-block__content" id="{group}-{slug}" data-section-index="{i}">
<div class="sv-text-portlet-content">
{body.strip()}
</div>
</div>
</div>"""


principles_html = "\n".join(expand_block(i, s, t, b) for i, (s, t, b) in enumerate(PANELS, 1))

# Follow-up section (outside the expandable blocks)
followup_html = f"""<h2 class="subheading" id="h-Uppfoljning">Uppföljning</h2>
<p class="normal">Överenskommelsen gäller 2024–2027. Den följs upp på två sätt: genom en årlig avstämning i dialogforum och genom en fördjupad utvärdering mot slutet av perioden.</p>
<ul class="normal">
{li("Regionstyrelsen ansvarar för att överenskommelsen följs upp varje år och att resultatet redovisas i dialogforum.", None, "public")}
{li("Forum Sjöhalla ansvarar för att samla in civilsamhällets synpunkter inför den årliga uppföljningen.", None, "civil_society")}
{li("Parterna ska tillsammans genomföra en fördjupad utvärdering under 2027 som underlag för en reviderad överenskommelse.", None, "joint")}
</ul>"""

FAQ = [
    ("faq-bidrag", "Måste vår förening ha skrivit under överenskommelsen för att kunna söka bidrag?",
     """<p class="normal">Nej. Regionens bidrag är inte kopplade till överenskommelsen. Alla organisationer som uppfyller villkoren för respektive bidrag kan söka, oavsett om de har anslutit sig eller inte.</p>"""),
    ("faq-kostnad", "Kostar det något att ansluta sig?",
     """<p class="normal">Nej, det är kostnadsfritt att ansluta sig. Anslutningen innebär inte heller några ekonomiska förpliktelser för er organisation.</p>"""),
    ("faq-kommuner", "Gäller överenskommelsen även kommunerna i länet?",
     """<p class="normal">Nej, överenskommelsen gäller Region Sjöhalla och de organisationer som har anslutit sig. Flera av länets kommuner har egna lokala överenskommelser med föreningslivet. Kontakta din kommun för mer information.</p>"""),
    ("faq-forum", "Hur får vi en inbjudan till dialogforum?",
     """<p class="normal">Inbjudan skickas via e-post till alla anslutna organisationer och publiceras i regionens kalender. Du kan också prenumerera på vårt nyhetsbrev om civilsamhällesfrågor.</p>"""),
    ("faq-iop", "Vad är idéburet offentligt partnerskap (IOP)?",
     """<p class="normal">IOP är en samverkansform mellan en idéburen organisation och det offentliga, där parterna tillsammans bidrar till ett gemensamt mål. Läs mer på sidan <a href="https://www.regionsjohalla.se/regional-utveckling/civilsamhalle/ideburet-offentligt-partnerskap.html">Idéburet offentligt partnerskap</a>.</p>"""),
]
faq_html = "\n".join(expand_block(i, s, q, a, group="faq") for i, (s, q, a) in enumerate(FAQ, 1))

TITLE = "Överenskommelse mellan Region Sjöhalla och civilsamhället"
URL = "https://www.regionsjohalla.se/regional-utveckling/civilsamhalle/overenskommelse-med-civilsamhallet.html"
FILES = "./Överenskommelse mellan Region Sjöhalla och civilsamhället - Region Sjöhalla_files"

page = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="sv" class="sv-no-js sv-template-standardsida"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} - Region Sjöhalla</title>
<meta name="description" content="Region Sjöhalla och civilsamhället i länet har kommit överens om sju principer för samverkan. Här kan du läsa överenskommelsen och se hur din organisation kan ansluta sig.">
<meta property="og:title" content="{TITLE}">
<meta property="og:type" content="website">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="https://www.regionsjohalla.se/images/18.4c2e9a1f18b3d7e0a1c2f44/1702388118554/og-civilsamhalle.jpg">
<meta name="robots" content="index, follow">
<link rel="canonical" href="{URL}">
<link rel="stylesheet" type="text/css" href="{FILES}/envision.css">
<link rel="stylesheet" type="text/css" href="{FILES}/portlets.css">
<link rel="stylesheet" type="text/css" href="{FILES}/sjohalla-main.css">
<link rel="icon" href="{FILES}/favicon.ico">
<script>
  window.sv = window.sv || {{}};
  sv.PageContext = {{ pageId: '4.6b1d2c9e18b3d7e0a1c1a77', siteName: 'Region Sjöhalla', dateFormat: 'yyyy-MM-dd' }};
  document.documentElement.className = document.documentElement.className.replace('sv-no-js', 'sv-js');
</script>
<script src="{FILES}/cookieconsent.js"></script>
<style>
  .expand-block__content:not(.env-collapse--show) {{ display: none; }}
  .sv-cookie-consent-banner[hidden] {{ display: none; }}
  .factbox {{ background: #eef4f1; border-left: 4px solid #1d6b52; padding: 1rem 1.25rem; }}
</style>
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"WebPage","name":"{TITLE}","url":"{URL}","dateModified":"2025-01-09","publisher":{{"@type":"GovernmentOrganization","name":"Region Sjöhalla"}}}}
</script>
</head>
<body class="sv-responsive env-m-around--0">

<div class="sv-cookie-consent-banner env-shadow" role="region" aria-label="Kakor" id="cookie-consent" data-cid="12.6b1d2c9e18b3d7e0a1c3e1">
<div class="sv-cookie-consent-banner__content">
<h2 class="sv-cookie-consent-banner__title">Vi använder kakor</h2>
<p class="sv-cookie-consent-banner__text">Kakor (cookies) används för att webbplatsen ska fungera och för att vi ska kunna förbättra den. Nödvändiga kakor krävs för att webbplatsen ska fungera. Analyskakor hjälper oss att förstå hur webbplatsen används. Du väljer själv om du vill tillåta analyskakor. <a href="https://www.regionsjohalla.se/om-webbplatsen/kakor.html">Läs mer om kakor</a></p>
<div class="sv-cookie-consent-banner__buttons">
<button type="button" class="env-button env-button--primary" data-cookie-consent-button="accept">Godkänn alla kakor</button>
<button type="button" class="env-button" data-cookie-consent-button="necessary">Endast nödvändiga kakor</button>
<button type="button" class="env-button env-button--link" data-cookie-consent-button="settings">Inställningar</button>
</div>
</div>
</div>

<a class="skip-link" href="#innehall">Till innehållet</a>
<a class="skip-link" href="#huvudmeny">Till huvudmenyn</a>

<header class="sjh-header">
<div class="sjh-header__top">
<ul class="sjh-toplinks">
<li><a href="https://www.regionsjohalla.se/lattlast.html">Lättläst</a></li>
<li><a href="https://www.regionsjohalla.se/teckensprak.html">Teckenspråk</a></li>
<li><a href="https://www.regionsjohalla.se/other-languages.html" lang="en">Other languages</a></li>
<li><button type="button" class="sjh-listen" data-readspeaker>Lyssna</button></li>
</ul>
</div>
<div class="sjh-header__main">
<a class="sjh-logo" href="https://www.regionsjohalla.se/"><img src="{FILES}/logo-region-sjohalla.svg" alt="Region Sjöhalla, till startsidan" width="210" height="54"></a>
<form class="sjh-search" role="search" action="https://www.regionsjohalla.se/sok.html" method="get">
<label for="sok-query" class="env-assistive-text">Sök på webbplatsen</label>
<input id="sok-query" name="query" type="search" placeholder="Vad söker du?" autocomplete="off">
<button type="submit" class="env-button">Sök</button>
</form>
<button type="button" class="sjh-menu-toggle" aria-expanded="false" aria-controls="huvudmeny">Meny</button>
</div>
<nav id="huvudmeny" class="sjh-mainnav" aria-label="Huvudmeny">
<ul>
<li><a href="https://www.regionsjohalla.se/vard-och-halsa.html">Vård och hälsa</a></li>
<li><a href="https://www.regionsjohalla.se/kollektivtrafik.html">Kollektivtrafik</a></li>
<li><a href="https://www.regionsjohalla.se/kultur.html">Kultur</a></li>
<li class="sjh-mainnav__item--active"><a href="https://www.regionsjohalla.se/regional-utveckling.html" aria-current="true">Regional utveckling</a></li>
<li><a href="https://www.regionsjohalla.se/jobba-hos-oss.html">Jobba hos oss</a></li>
<li><a href="https://www.regionsjohalla.se/politik-och-organisation.html">Politik och organisation</a></li>
</ul>
</nav>
</header>

<nav class="sjh-breadcrumbs" aria-label="Du är här">
<ol>
<li><a href="https://www.regionsjohalla.se/">Start</a></li>
<li><a href="https://www.regionsjohalla.se/regional-utveckling.html">Regional utveckling</a></li>
<li><a href="https://www.regionsjohalla.se/regional-utveckling/civilsamhalle.html">Civilsamhälle</a></li>
<li><span aria-current="page">Överenskommelse med civilsamhället</span></li>
</ol>
</nav>

<div class="sv-layout sjh-page">
<aside class="sjh-sidebar" aria-label="Undermeny">
<nav class="sv-vertical sjh-submenu">
<h2 class="sjh-submenu__title"><a href="https://www.regionsjohalla.se/regional-utveckling/civilsamhalle.html">Civilsamhälle</a></h2>
<ul>
<li><a href="https://www.regionsjohalla.se/regional-utveckling/civilsamhalle/bidrag-till-civilsamhallet.html">Bidrag till civilsamhället</a></li>
<li><a href="https://www.regionsjohalla.se/regional-utveckling/civilsamhalle/ideburet-offentligt-partnerskap.html">Idéburet offentligt partnerskap (IOP)</a></li>
<li class="active"><a href="{URL}" aria-current="page">Överenskommelse med civilsamhället</a></li>
<li><a href="https://www.regionsjohalla.se/regional-utveckling/civilsamhalle/dialogforum.html">Dialogforum</a></li>
<li><a href="https://www.regionsjohalla.se/regional-utveckling/civilsamhalle/civilsamhallesdagen-2025.html">Civilsamhällesdagen 2025</a></li>
<li><a href="https://www.regionsjohalla.se/regional-utveckling/civilsamhalle/nyhetsbrev.html">Nyhetsbrev om civilsamhällesfrågor</a></li>
</ul>
</nav>
</aside>

<main id="innehall" class="sjh-main">
<div class="sv-layout sv-template-portlet" id="svid12_6b1d2c9e18b3d7e0a1c1a80">
<div class="sv-text-portlet sv-use-margins">
<h1 class="heading">{TITLE}</h1>
<p class="ingress">Region Sjöhalla och civilsamhällets organisationer i Sjöhalla län har kommit överens om hur vi ska samverka för att utveckla länet. Överenskommelsen bygger på sju principer och beskriver vad regionen och civilsamhället åtar sig – var för sig och tillsammans.</p>
</div>
</div>

<div class="sv-layout sv-template-portlet" id="svid12_6b1d2c9e18b3d7e0a1c1a84">
<aside class="factbox sv-decoration-content" aria-labelledby="fakta-rubrik">
<h2 class="factbox__title" id="fakta-rubrik">Fakta om överenskommelsen</h2>
<dl class="factbox__list">
<dt>Beslutad av</dt><dd>Regionfullmäktige den 13 februari 2024, § 18</dd>
<dt>Diarienummer</dt><dd>RS 2023/01187</dd>
<dt>Undertecknad</dt><dd>21 mars 2024, vid Civilsamhällesdagen i Sjöhalla</dd>
<dt>Gäller</dt><dd>2024–2027</dd>
<dt>Parter</dt><dd>Region Sjöhalla och Forum Sjöhalla – samverkansorgan för idéburen sektor, samt de organisationer som anslutit sig</dd>
<dt>Anslutna organisationer</dt><dd>71 (januari 2025)</dd>
</dl>
<p class="factbox__download"><a href="https://www.regionsjohalla.se/download/18.4c2e9a1f18b3d7e0a1c3b10/1710932411876/overenskommelse-civilsamhallet-2024-2027.pdf">Överenskommelsen i sin helhet (pdf, 684 kB)</a></p>
</aside>
</div>

<div class="sv-layout sv-template-portlet" id="svid12_6b1d2c9e18b3d7e0a1c1a88">
<div class="sv-text-portlet sv-use-margins">
<h2 class="subheading" id="h-Bakgrund">Bakgrund</h2>
<p class="normal">År 2008 slöt regeringen, Sveriges Kommuner och Landsting och idéburna organisationer inom det sociala området en nationell överenskommelse. Den innehåller sex principer för relationen mellan det offentliga och den idéburna sektorn. Sedan dess har många kommuner och regioner tagit fram egna överenskommelser.</p>
<p class="normal">Arbetet med en regional överenskommelse i Sjöhalla län startade hösten 2022. En arbetsgrupp med företrädare för regionen och Forum Sjöhalla tog fram förslaget, och under våren 2023 hölls dialogmöten i länets alla tio kommuner med drygt 300 deltagare. Förslaget var sedan ute på remiss till organisationerna under sommaren 2023.</p>
<p class="normal">Överenskommelsen antogs av regionfullmäktige den 13 februari 2024. Den undertecknades av regionstyrelsens ordförande Annika Lundqvist och Forum Sjöhallas ordförande Tomas Berglöf vid Civilsamhällesdagen den 21 mars 2024.</p>
<h2 class="subheading" id="h-Syfte">Syfte</h2>
<p class="normal">Överenskommelsen ska bidra till ett starkt och självständigt civilsamhälle och till en tydligare och mer långsiktig samverkan med regionen. Den gäller för regionens alla förvaltningar. För civilsamhällets del gäller den de organisationer som har anslutit sig.</p>
<h2 class="subheading" id="h-Principerna">Principerna och våra åtaganden</h2>
<p class="normal">Överenskommelsen utgår från de sex principerna i den nationella överenskommelsen. Parterna har också lagt till en sjunde princip om barnets rättigheter. Klicka på en princip för att läsa vad den innebär och vad parterna åtar sig.</p>
</div>
</div>

<div class="sv-layout sv-template-portlet expand-group" id="svid12_6b1d2c9e18b3d7e0a1c1a92" data-env-collapse-group>
{principles_html}
</div>

<div class="sv-layout sv-template-portlet" id="svid12_6b1d2c9e18b3d7e0a1c1a96">
<div class="sv-text-portlet sv-use-margins">
{followup_html}
<h2 class="subheading" id="h-Saanslutersigdinorganisation">Så ansluter sig din organisation</h2>
<p class="normal">Alla idéburna organisationer som är verksamma i Sjöhalla län kan ansluta sig till överenskommelsen. Fyll i anslutningsblanketten och låt den som tecknar organisationens firma skriva under. Skicka sedan blanketten till regionen via e-post eller post. Ni får en bekräftelse när anslutningen är registrerad.</p>
<p class="normal"><a class="env-button env-button--primary" href="https://www.regionsjohalla.se/download/18.4c2e9a1f18b3d7e0a1c3b14/1710932412001/anslutningsblankett-overenskommelsen.pdf">Anslutningsblankett (pdf, 96 kB)</a></p>
<p class="normal"><a href="https://www.regionsjohalla.se/regional-utveckling/civilsamhalle/overenskommelse-med-civilsamhallet/anslutna-organisationer.html">Se vilka organisationer som har anslutit sig</a></p>
</div>
</div>

<div class="sv-layout sv-template-portlet" id="svid12_6b1d2c9e18b3d7e0a1c1a9a">
<h2 class="subheading" id="h-Vanligafragor">Vanliga frågor</h2>
<div class="expand-group" data-env-collapse-group>
{faq_html}
</div>
</div>

<div class="sv-layout sv-template-portlet" id="svid12_6b1d2c9e18b3d7e0a1c1a9e">
<div class="sjh-contact env-card">
<h2 class="sjh-contact__title">Kontakt</h2>
<div class="sjh-contact__person">
<p class="sjh-contact__name">Lina Håkansson</p>
<p class="sjh-contact__role">Utvecklingsledare civilsamhälle, Regional utveckling</p>
<p class="sjh-contact__phone">Telefon: <a href="tel:+46104712356">010-471 23 56</a></p>
<p class="sjh-contact__email">E-post: <a href="mailto:lina.hakansson@regionsjohalla.se">lina.hakansson@regionsjohalla.se</a></p>
</div>
<div class="sjh-contact__person">
<p class="sjh-contact__name">Forum Sjöhalla</p>
<p class="sjh-contact__role">Samverkansorgan för idéburen sektor i Sjöhalla län</p>
<p class="sjh-contact__email">E-post: <a href="mailto:info@forumsjohalla.se">info@forumsjohalla.se</a></p>
</div>
</div>
</div>

<div class="sv-layout sv-template-portlet sjh-pageinfo">
<p class="sjh-pageinfo__updated">Sidan uppdaterades: <time datetime="2025-01-09">2025-01-09</time></p>
<p class="sjh-pageinfo__share">Dela: <a href="https://www.facebook.com/sharer/sharer.php?u={URL}">Facebook</a> <a href="https://www.linkedin.com/shareArticle?url={URL}">LinkedIn</a> <a href="mailto:?subject=Överenskommelse med civilsamhället&amp;body={URL}">E-post</a></p>
</div>

<form class="sjh-feedback" action="https://www.regionsjohalla.se/feedback" method="post">
<fieldset>
<legend>Fick du svar på din fråga?</legend>
<button type="submit" name="svar" value="ja" class="env-button">Ja</button>
<button type="submit" name="svar" value="nej" class="env-button">Nej</button>
</fieldset>
<p class="sjh-feedback__info">Vi kan inte svara på frågor som skickas via formuläret. Har du frågor om vård, ring 1177.</p>
</form>
</main>

<aside class="sjh-related" aria-label="Relaterat">
<h2 class="sjh-related__title">Nyheter om civilsamhället</h2>
<ul class="sjh-newslist">
<li><time datetime="2025-02-20">20 februari 2025</time> <a href="https://www.regionsjohalla.se/nyheter/2025-02-20-civilsamhallesdagen-2025.html">Anmälan öppen till Civilsamhällesdagen 2025</a></li>
<li><time datetime="2024-11-28">28 november 2024</time> <a href="https://www.regionsjohalla.se/nyheter/2024-11-28-nytt-bidrag-landsbygd.html">Nytt bidrag ska stärka föreningslivet på landsbygden</a></li>
<li><time datetime="2024-03-21">21 mars 2024</time> <a href="https://www.regionsjohalla.se/nyheter/2024-03-21-overenskommelsen-undertecknad.html">Överenskommelsen med civilsamhället är undertecknad</a></li>
</ul>
</aside>
</div>

<footer class="sjh-footer">
<div class="sjh-footer__cols">
<div class="sjh-footer__col">
<h2>Region Sjöhalla</h2>
<p>Regionens hus<br>Storgatan 14<br>781 85 Sjöhalla</p>
<p>Växel: 010-471 00 00<br>E-post: <a href="mailto:region@regionsjohalla.se">region@regionsjohalla.se</a></p>
<p>Organisationsnummer: 232100-0219</p>
</div>
<div class="sjh-footer__col">
<h2>Om webbplatsen</h2>
<ul>
<li><a href="https://www.regionsjohalla.se/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li>
<li><a href="https://www.regionsjohalla.se/om-webbplatsen/kakor.html">Kakor</a></li>
<li><a href="https://www.regionsjohalla.se/om-webbplatsen/behandling-av-personuppgifter.html">Behandling av personuppgifter</a></li>
<li><a href="https://www.regionsjohalla.se/politik-och-organisation/diarium.html">Diarium och allmänna handlingar</a></li>
</ul>
</div>
<div class="sjh-footer__col">
<h2>Följ oss</h2>
<ul class="sjh-social">
<li><a href="https://www.facebook.com/regionsjohalla">Facebook</a></li>
<li><a href="https://www.instagram.com/regionsjohalla">Instagram</a></li>
<li><a href="https://www.linkedin.com/company/region-sjohalla">LinkedIn</a></li>
</ul>
</div>
</div>
<p class="sjh-footer__bottom">© Region Sjöhalla 2025</p>
</footer>

<script src="{FILES}/jquery.min.js"></script>
<script src="{FILES}/envision.js"></script>
<script src="{FILES}/sjohalla-main.js"></script>
<script>
  (function () {{
    document.querySelectorAll('[data-env-collapse]').forEach(function (btn) {{
      btn.addEventListener('click', function () {{
        var open = btn.getAttribute('aria-expanded') === 'true';
        btn.setAttribute('aria-expanded', String(!open));
        document.querySelector(btn.dataset.target).classList.toggle('env-collapse--show', !open);
      }});
    }});
    if (location.hash) {{
      var t = document.querySelector('[data-target="' + location.hash + '"]');
      if (t) {{ t.click(); }}
    }}
  }})();
</script>
<script>
  /*<![CDATA[*/
  window._sz = window._sz || [];
  (function () {{
    if (!window.svCookieConsent || !svCookieConsent.hasConsent('analytics')) {{ return; }}
    var sz = document.createElement('script'); sz.async = true;
    sz.src = '//siteimproveanalytics.com/js/siteanalyze_6041277.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(sz, s);
  }})();
  /*]]>*/
</script>
</body></html>
"""

with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
    f.write(page)


def q(qid, question, lang, gold, must):
    return {"id": qid, "question": question, "language": lang, "answerable": bool(gold),
            "gold": gold, "must_mention": must}


QUESTIONS = [
    q("q1", "Hur ofta ska regionen bjuda in till dialogforum med civilsamhället?", "sv",
      ["Regionen ska bjuda in till ett regionalt dialogforum minst två gånger per år, där regionens politiska ledning och företrädare för civilsamhället möts."],
      ["minst två gånger per år"]),
    q("q2", "nar maste regionen ha beslutat om bidrag for nasta ar?", "sv",
      ["besluta om bidrag i så god tid att organisationerna kan planera sin verksamhet, senast den 15 december året före bidragsåret"],
      ["15 december"]),
    q("q3", "Måste vår förening ha skrivit under överenskommelsen för att kunna söka bidrag från regionen?", "sv",
      ["Nej. Regionens bidrag är inte kopplade till överenskommelsen.",
       "Alla organisationer som uppfyller villkoren för respektive bidrag kan söka, oavsett om de har anslutit sig eller inte."],
      ["Nej", "inte kopplade till överenskommelsen"]),
    q("q4", "For how many years at a time can the region decide on grants to an association?", "en",
      ["kunna fatta beslut om bidrag för upp till tre år i taget när verksamheten har ett långsiktigt syfte"],
      ["tre år"]),
    q("q5", "Who do I contact at the region if I have questions about the agreement with civil society?", "en",
      ["Lina Håkansson", "Utvecklingsledare civilsamhälle, Regional utveckling", "010-471 23 56",
       "lina.hakansson@regionsjohalla.se"],
      ["Lina Håkansson", "010-471 23 56"]),
    q("q6", "Vad förväntas föreningarna redovisa eller informera regionen om när de får pengar?", "sv",
      ["redovisa hur bidrag och ersättningar från regionen har använts",
       "informera regionen om förändringar som påverkar en verksamhet som regionen finansierar",
       "vara öppna med sin ekonomi, sina stadgar och hur beslut fattas i organisationen"],
      ["redovisa hur bidrag och ersättningar", "informera regionen om förändringar"]),
    q("q7", "vilka krav finns pa foreningar som har verksamhet for barn och unga", "sv",
      ["Organisationer som bedriver verksamhet för barn och unga förbinder sig att ha rutiner för att förebygga och hantera kränkningar och övergrepp, bland annat genom att begära utdrag ur belastningsregistret."],
      ["rutiner", "belastningsregistret"]),
    q("q8", "När beslutades överenskommelsen och av vilket organ?", "sv",
      ["Överenskommelsen antogs av regionfullmäktige den 13 februari 2024.",
       "Regionfullmäktige den 13 februari 2024, § 18"],
      ["regionfullmäktige", "13 februari 2024"]),
    q("q9", "Hur mycket pengar avsätter regionen till idéburna offentliga partnerskap under 2025?", "sv",
      [], []),
    q("q10", "Får vi ersättning för resor när vi deltar i dialogforum?", "sv", [], []),
]

expected = {
    "file": FILE,
    "layout": FOLDER,
    "description": (
        "Saved web page (Chrome 'Webpage, Complete': 'saved from url' comment, resource links to a "
        "'..._files' folder) of a region's Sitevision-style site. Cookie consent banner at the top, skip "
        "links, top links (Lättläst, Other languages, Lyssna), search form, main menu, breadcrumbs, side "
        "menu for the Civilsamhälle section and a related-news list (one headline with 'ska' that is not a "
        "commitment). Main content: h1, ingress, a fact box (<aside> with a <dl>: decision by "
        "regionfullmäktige 13 February 2024 § 18, diarienummer, signing date 21 March 2024, validity "
        "2024–2027, download link), Bakgrund and Syfte text (a purpose sentence 'Överenskommelsen ska "
        "bidra till …' that is not a commitment). The seven principles (six national plus "
        "Barnrättsperspektiv) are Envision-style expandable blocks: <h3><button data-env-collapse "
        "aria-expanded='false'> headings with collapsed <div class='env-collapse'> panels. Inside the "
        "panels the commitments vary: '<strong>Regionen åtar sig att:</strong>' / 'Civilsamhällets "
        "organisationer åtar sig att:' bullet lists (Självständighet); 'Regionen ska …' sentences, two "
        "civil-society sentences in one paragraph and a 'Parterna ska gemensamt' sentence (Dialog); a "
        "two-column table 'Regionen ska | Civilsamhällets organisationer ska' with one commitment per cell "
        "(Kvalitet); an inverted lead-in 'För att främja långsiktighet ska regionen:' list plus a paragraph "
        "with a civil-society and a joint sentence (Långsiktighet); h4 headings 'Regionens åtaganden' / "
        "'Civilsamhällets åtaganden' over infinitive lists (Öppenhet och insyn); prose with 'ska verka för', "
        "'kommer att', 'Tillsammans ska parterna' (Mångfald); 'åtar sig', 'förbinder sig' and a joint "
        "sentence (Barnrättsperspektiv). Each panel opens with descriptive text that is not a commitment. "
        "After the blocks an 'Uppföljning' list of three commitments with no principle (regionstyrelsen, "
        "Forum Sjöhalla, parterna), a how-to-join section, an FAQ in the same expandable-block component, "
        "a contact card, 'Sidan uppdaterades 2025-01-09' (not the decision date), share links, a feedback "
        "form, footer with address and org.nr, JSON-LD and analytics/collapse scripts."
    ),
    "metadata": {
        "doc_id": os.path.splitext(FILE)[0],
        "title": TITLE,
        "place": "Sjöhalla",
        "organisation": "Region Sjöhalla",
        "kind": "överenskommelse",
        "date": "2024-02-13",
        "body": "regionfullmäktige",
    },
    "commitments": COMMITMENTS,
    "questions": QUESTIONS,
}

with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")

print(f"wrote {FILE} and expected.json: {len(COMMITMENTS)} commitments, {len(QUESTIONS)} questions")
