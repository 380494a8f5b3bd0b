#!/usr/bin/env python3
"""Generate lovsunda_overenskommelse_ideburen_sektor.html (a saved page from a
fictional Swedish city's website) and expected.json.  Standard library only."""
import json
import os
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_ID = "lovsunda_overenskommelse_ideburen_sektor"
FILE = DOC_ID + ".html"

commitments = []  # (text, principle, party)


def ul(items, principle, party, cls="list--bullets"):
    out = [f'<ul class="{cls}">']
    for it in items:
        commitments.append((it, principle, party))
        out.append(f"  <li>{escape(it, quote=False)}</li>")
    out.append("</ul>")
    return "\n".join(out)


def p(text, principle=None, party=None):
    if party:
        commitments.append((text, principle, party))
    return f'<p class="normal">{escape(text, quote=False)}</p>'


# ---------------------------------------------------------------- content
sec = []

# --- 1 Självständighet och oberoende
P = "sjalvstandighet_och_oberoende"
sec.append(f"""
<h2 id="sjalvstandighet" class="heading2">Självständighet och oberoende</h2>
<p class="normal">Föreningar och andra idéburna organisationer bildas av människor som vill något tillsammans. Deras självständighet är en förutsättning för ett levande civilsamhälle.</p>
<p class="normal">Den idéburna sektorns organisationer har rätt att driva opinion och granska stadens verksamhet, även när de får bidrag från staden.</p>
<h3 class="heading3">Staden åtar sig att:</h3>
{ul(["respektera organisationernas rätt att själva bestämma över sina mål, sin organisation och sina arbetssätt",
     "inte ställa villkor i föreningsbidragen som påverkar organisationernas rätt att driva opinion",
     "utforma ansökningar om bidrag så att de inte kräver fler uppgifter än vad som behövs för att pröva ansökan"], P, "public")}
<h3 class="heading3">De idéburna organisationerna åtar sig att:</h3>
{ul(["vara tydliga med i vilken roll de agerar – som röstbärare, utförare av verksamhet eller samarbetspart",
     "själva ta ansvar för att verksamheten vilar på demokratiska värderingar"], P, "civil_society")}
""")

# --- 2 Dialog
P = "dialog"
sec.append(f"""
<h2 id="dialog" class="heading2">Dialog</h2>
<p class="normal">En öppen och regelbunden dialog gör att staden får del av föreningarnas kunskap och att föreningarna kan påverka beslut som rör dem. Dialogen kan se olika ut beroende på fråga, från samråd i ett enskilt ärende till de gemensamma mötena i Dialogforum.</p>
{p("Staden ska bjuda in till Dialogforum minst två gånger per år, där förtroendevalda, tjänstepersoner och företrädare för den idéburna sektorn möts.", P, "public")}
<h3 class="heading3">Staden åtar sig att:</h3>
{ul(["involvera berörda organisationer tidigt när staden planerar förändringar som påverkar dem",
     "skicka ut kallelse och underlag till Dialogforum senast tre veckor före mötet",
     "återkoppla hur organisationernas synpunkter har tagits om hand"], P, "public")}
<h3 class="heading3">De idéburna organisationerna åtar sig att:</h3>
{ul(["förankra sina synpunkter i den egna organisationen inför dialogmötena",
     "utse företrädare som kan delta i Dialogforum under hela överenskommelsens giltighetstid"], P, "civil_society")}
{p("Tillsammans ansvarar parterna för att dialogen förs med respekt för varandras olika roller och uppdrag.", P, "joint")}
<div class="sv-text-portlet table-wrapper">
<table class="sv-table table--striped">
  <caption>Dialogforum 2025</caption>
  <thead><tr><th scope="col">Datum</th><th scope="col">Tema</th><th scope="col">Plats</th></tr></thead>
  <tbody>
    <tr><td>12 mars 2025, kl. 18.00–20.30</td><td>Lokaler för föreningslivet</td><td>Stadshuset, Ekensalen</td></tr>
    <tr><td>8 oktober 2025, kl. 18.00–20.30</td><td>Uppföljning av överenskommelsen</td><td>Lövsunda kulturhus, Scenen</td></tr>
  </tbody>
</table>
</div>
""")

# --- 3 Kvalitet
P = "kvalitet"
sec.append(f"""
<h2 id="kvalitet" class="heading2">Kvalitet</h2>
<p class="normal">Kvalitet handlar både om att verksamheten når dem den är till för och om att samverkan mellan staden och organisationerna fungerar. Föreningarnas egna erfarenheter och mål är utgångspunkten.</p>
<h3 class="heading3">Staden åtar sig att:</h3>
{ul(["erbjuda kostnadsfria utbildningar för föreningsledare i till exempel föreningsekonomi, dataskydd och bidragsansökningar",
     "ha en utsedd kontaktperson för föreningsfrågor på varje förvaltning"], P, "public")}
<h3 class="heading3">De idéburna organisationerna åtar sig att:</h3>
{ul(["redovisa hur bidrag från staden har använts",
     "utveckla sin verksamhet utifrån deltagarnas och medlemmarnas behov"], P, "civil_society")}
<h3 class="heading3">Parterna ska gemensamt:</h3>
{ul(["ta fram enkla former för uppföljning som inte blir en onödig administrativ börda för föreningarna"], P, "joint")}
""")

# --- 4 Långsiktighet
P = "langsiktighet"
sec.append(f"""
<h2 id="langsiktighet" class="heading2">Långsiktighet</h2>
<p class="normal">Många föreningar bygger sin verksamhet på ideella krafter och behöver kunna planera mer än ett år framåt. Korta projekt och ettåriga bidrag gör det svårt att behålla ledare och deltagare.</p>
{p("Staden kommer att i första hand bevilja verksamhetsbidrag för tre år i taget till organisationer som har en etablerad verksamhet.", P, "public")}
{p("Vid förändringar i bidragsreglerna ska staden informera berörda organisationer minst sex månader innan förändringen börjar gälla.", P, "public")}
{p("Staden verkar också för att föreningar kan hyra lokaler i stadens fastigheter med avtal som löper över flera år.", P, "public")}
{p("De idéburna organisationerna ansvarar för att i god tid meddela staden om de inte längre kan genomföra en verksamhet som parterna har kommit överens om.", P, "civil_society")}
""")

# --- 5 Öppenhet och insyn  (table, one commitment per cell)
P = "oppenhet_och_insyn"
rows = [
    ("Publicera regler för bidrag och lokalbokning samlat på stadens webbplats",
     "Lämna korrekta och fullständiga uppgifter i ansökningar och redovisningar"),
    ("Redovisa öppet vilka organisationer som får bidrag och med vilka belopp",
     "Hålla stadgar, årsmötesprotokoll och verksamhetsberättelser tillgängliga för medlemmar och allmänhet"),
    ("Besvara frågor från organisationerna inom fem arbetsdagar",
     "Ge staden insyn i verksamhet som finansieras med offentliga medel"),
]
trs = []
for a, b in rows:
    commitments.append((a, P, "public"))
    commitments.append((b, P, "civil_society"))
    trs.append(f"    <tr><td>{escape(a, quote=False)}</td><td>{escape(b, quote=False)}</td></tr>")
trs = "\n".join(trs)
sec.append(f"""
<h2 id="oppenhet" class="heading2">Öppenhet och insyn</h2>
<p class="normal">Öppenhet skapar förtroende mellan parterna. Båda parter behöver vara tydliga med hur beslut fattas och hur gemensamma resurser används. I tabellen ser du vad parterna åtar sig inom principen.</p>
<div class="sv-text-portlet table-wrapper">
<table class="sv-table">
  <caption>Åtaganden för öppenhet och insyn</caption>
  <thead><tr><th scope="col">Staden</th><th scope="col">De idéburna organisationerna</th></tr></thead>
  <tbody>
{trs}
  </tbody>
</table>
</div>
""")

# --- 6 Mångfald
P = "mangfald"
sec.append(f"""
<h2 id="mangfald" class="heading2">Mångfald</h2>
<p class="normal">Lövsunda har ett rikt föreningsliv med allt från stora idrottsföreningar till små nätverk och kulturföreningar. Alla ska ha samma möjlighet att samverka med staden, oavsett storlek och inriktning.</p>
<h3 class="heading3">Staden åtar sig att:</h3>
{ul(["verka för att även små och nystartade föreningar får del av stadens stöd",
     "ge information om bidrag och lokaler på lättläst svenska och på de språk som är vanligast i Lövsunda"], P, "public")}
<h3 class="heading3">De idéburna organisationerna åtar sig att:</h3>
{ul(["arbeta för att verksamheten är öppen för alla oavsett kön, ålder, funktionsnedsättning, etnisk bakgrund, religion eller sexuell läggning",
     "aktivt söka nya målgrupper så att föreningslivet speglar befolkningen i Lövsunda"], P, "civil_society")}
""")

# --- 7 Barnrättsperspektiv (local addition)
P = "barnrattsperspektiv"
sec.append(f"""
<h2 id="barnratt" class="heading2">Barnrättsperspektiv</h2>
<p class="normal">Barnkonventionen är svensk lag sedan 2020. Principen är ett lokalt tillägg i Lövsunda och gäller all samverkan som rör barn och unga under 18 år.</p>
{p("Staden och de idéburna organisationerna ska tillsammans verka för att barns och ungas rätt att komma till tals tas tillvara i samverkan.", P, "joint")}
<h3 class="heading3">Staden åtar sig att:</h3>
{ul(["göra en barnkonsekvensanalys inför beslut som påverkar föreningar med barn- och ungdomsverksamhet"], P, "public")}
<h3 class="heading3">De idéburna organisationerna åtar sig att:</h3>
{ul(["ha rutiner för att förebygga och hantera kränkningar och övergrepp mot barn",
     "begära utdrag ur belastningsregistret för ledare som arbetar med barn"], P, "civil_society")}
""")

# --- Uppföljning
sec.append(f"""
<h2 id="uppfoljning" class="heading2">Uppföljning och revidering</h2>
{p("Kommunstyrelsens förvaltning ansvarar för att överenskommelsen följs upp årligen i samråd med den idéburna sektorn.", None, "public")}
{p("Parterna tar gemensamt fram en uppföljningsrapport som presenteras på höstens Dialogforum.", None, "joint")}
<p class="normal">Överenskommelsen gäller till och med 2028 och revideras därefter. Förslag till ändringar kan lämnas till föreningsenheten när som helst under perioden.</p>
""")

# --- Ansluta
sec.append("""
<h2 id="ansluta" class="heading2">Så ansluter sig din förening</h2>
<p class="normal">Alla idéburna organisationer som verkar i Lövsunda kan ansluta sig till överenskommelsen. Det kostar ingenting.</p>
<ol class="list--numbered">
  <li>Läs igenom överenskommelsen i styrelsen.</li>
  <li>Fatta beslut om anslutning på ett styrelsemöte och skriv det i protokollet.</li>
  <li>Fyll i e-tjänsten Anslut till överenskommelsen. Du behöver föreningens organisationsnummer.</li>
</ol>
<p class="normal">Hittills har 47 organisationer anslutit sig. Listan över anslutna organisationer uppdateras en gång i månaden.</p>
""")

sections_html = "\n".join(sec)

# ---------------------------------------------------------------- page
page = f"""<!DOCTYPE html>
<!-- saved from url=(0098)https://www.lovsunda.se/uppleva-och-gora/foreningsliv/overenskommelse-med-ideburen-sektor.html -->
<html lang="sv" class="sv-no-js sv-template-standardsida"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Överenskommelse med idéburen sektor - Lövsunda stad</title>
<meta name="description" content="Lövsunda stad och den idéburna sektorn har en gemensam överenskommelse om hur vi ska samverka. Här kan du läsa om principerna och vad parterna åtar sig.">
<meta property="og:title" content="Överenskommelse med idéburen sektor">
<meta property="og:site_name" content="Lövsunda stad">
<meta property="og:image" content="https://www.lovsunda.se/images/18.4b1c7e2f18a3d0c5e7f2a1/1700213344112/og-lovsunda.jpg">
<meta name="sv.date.modified" content="2024-11-05">
<link rel="canonical" href="https://www.lovsunda.se/uppleva-och-gora/foreningsliv/overenskommelse-med-ideburen-sektor.html">
<link rel="stylesheet" href="./Överenskommelse med idéburen sektor - Lövsunda stad_files/sitevision-responsive-grids.css" type="text/css">
<link rel="stylesheet" href="./Överenskommelse med idéburen sektor - Lövsunda stad_files/lovsunda-main.min.css" type="text/css">
<link rel="icon" href="https://www.lovsunda.se/favicon.ico">
<style>
  .sv-cookie-consent-banner{{position:fixed;bottom:0;left:0;right:0;background:#1d3b2f;color:#fff;padding:1.5rem;z-index:9999}}
  .sv-cookie-consent-banner button{{margin-right:.5rem}}
  .lov-factbox{{background:#eef5f1;border-left:6px solid #2f7a54;padding:1rem 1.25rem}}
  .sv-table{{border-collapse:collapse;width:100%}} .sv-table td,.sv-table th{{border:1px solid #c6d3cb;padding:.5rem;vertical-align:top}}
</style>
<script>document.documentElement.className=document.documentElement.className.replace('sv-no-js','sv-js');</script>
<script async src="./Överenskommelse med idéburen sektor - Lövsunda stad_files/matomo.js"></script>
<script>
  var _paq = window._paq = window._paq || [];
  _paq.push(['requireCookieConsent']);
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
  (function() {{ var u="https://statistik.lovsunda.se/"; _paq.push(['setTrackerUrl', u+'matomo.php']); _paq.push(['setSiteId', '3']); }})();
</script>
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[
 {{"@type":"ListItem","position":1,"name":"Start","item":"https://www.lovsunda.se/"}},
 {{"@type":"ListItem","position":2,"name":"Uppleva och göra","item":"https://www.lovsunda.se/uppleva-och-gora.html"}},
 {{"@type":"ListItem","position":3,"name":"Föreningsliv","item":"https://www.lovsunda.se/uppleva-och-gora/foreningsliv.html"}},
 {{"@type":"ListItem","position":4,"name":"Överenskommelse med idéburen sektor"}}]}}
</script>
</head>
<body class="sv-responsive">

<div id="svid10_cookie" class="sv-cookie-consent-banner" role="region" aria-label="Kakor (cookies)">
  <div class="sv-cookie-consent-banner__inner">
    <h2 class="sv-cookie-consent-banner__heading">Vi använder kakor (cookies)</h2>
    <p class="sv-cookie-consent-banner__text">Lövsunda stad använder kakor för att webbplatsen ska fungera och för att samla statistik som hjälper oss att förbättra den. Du väljer själv om du godkänner statistikkakor. Nödvändiga kakor kan inte väljas bort.</p>
    <p><a href="https://www.lovsunda.se/om-webbplatsen/kakor-cookies.html">Läs mer om kakor på lovsunda.se</a></p>
    <div class="sv-cookie-consent-banner__buttons">
      <button type="button" class="sv-cookie-consent-banner__accept" data-cookie-consent="all">Godkänn alla kakor</button>
      <button type="button" class="sv-cookie-consent-banner__deny" data-cookie-consent="necessary">Endast nödvändiga</button>
      <button type="button" class="sv-cookie-consent-banner__settings">Inställningar</button>
    </div>
  </div>
</div>

<a class="lov-skiplink" href="#content">Hoppa till innehållet</a>

<header class="lov-header" role="banner">
  <div class="lov-header__top">
    <ul class="lov-header__tools">
      <li><a href="https://www.lovsunda.se/languages.html" lang="en">Other languages</a></li>
      <li><a href="https://www.lovsunda.se/lattlast.html">Lättläst</a></li>
      <li><a href="https://www.lovsunda.se/teckensprak.html">Teckenspråk</a></li>
      <li><button type="button" class="rs_skip rsbtn_play" title="Lyssna på sidans text">Lyssna</button></li>
      <li><a href="https://www.lovsunda.se/e-tjanster.html">E-tjänster</a></li>
    </ul>
  </div>
  <div class="lov-header__main">
    <a class="lov-logo" href="https://www.lovsunda.se/"><img src="./Överenskommelse med idéburen sektor - Lövsunda stad_files/lovsunda-logo.svg" alt="Lövsunda stad, till startsidan"></a>
    <form class="lov-search" action="https://www.lovsunda.se/sok.html" method="get" role="search">
      <label for="search-q" class="sv-visuallyhidden">Sök på lovsunda.se</label>
      <input id="search-q" type="search" name="query" placeholder="Vad letar du efter?">
      <button type="submit">Sök</button>
    </form>
    <button type="button" class="lov-menu-toggle" aria-expanded="false" aria-controls="lov-mainmenu">Meny</button>
  </div>
  <nav id="lov-mainmenu" class="lov-mainmenu" aria-label="Huvudmeny">
    <ul>
      <li><a href="https://www.lovsunda.se/barn-och-utbildning.html">Barn och utbildning</a></li>
      <li><a href="https://www.lovsunda.se/omsorg-och-stod.html">Omsorg och stöd</a></li>
      <li><a href="https://www.lovsunda.se/bygga-bo-och-miljo.html">Bygga, bo och miljö</a></li>
      <li><a href="https://www.lovsunda.se/trafik-och-stadsplanering.html">Trafik och stadsplanering</a></li>
      <li class="is-active"><a href="https://www.lovsunda.se/uppleva-och-gora.html" aria-current="true">Uppleva och göra</a></li>
      <li><a href="https://www.lovsunda.se/naringsliv-och-arbete.html">Näringsliv och arbete</a></li>
      <li><a href="https://www.lovsunda.se/kommun-och-politik.html">Kommun och politik</a></li>
    </ul>
  </nav>
</header>

<nav class="lov-breadcrumbs" aria-label="Brödsmulor">
  <ol>
    <li><a href="https://www.lovsunda.se/">Start</a></li>
    <li><a href="https://www.lovsunda.se/uppleva-och-gora.html">Uppleva och göra</a></li>
    <li><a href="https://www.lovsunda.se/uppleva-och-gora/foreningsliv.html">Föreningsliv</a></li>
    <li><span aria-current="page">Överenskommelse med idéburen sektor</span></li>
  </ol>
</nav>

<div class="sv-layout lov-page">
  <aside class="lov-sidenav" aria-label="Undermeny Föreningsliv">
    <h2 class="lov-sidenav__heading"><a href="https://www.lovsunda.se/uppleva-och-gora/foreningsliv.html">Föreningsliv</a></h2>
    <ul>
      <li><a href="https://www.lovsunda.se/uppleva-och-gora/foreningsliv/foreningsbidrag.html">Föreningsbidrag</a></li>
      <li><a href="https://www.lovsunda.se/uppleva-och-gora/foreningsliv/boka-lokaler-och-anlaggningar.html">Boka lokaler och anläggningar</a></li>
      <li><a href="https://www.lovsunda.se/uppleva-och-gora/foreningsliv/foreningsregistret.html">Föreningsregistret</a></li>
      <li class="is-current"><a href="https://www.lovsunda.se/uppleva-och-gora/foreningsliv/overenskommelse-med-ideburen-sektor.html" aria-current="page">Överenskommelse med idéburen sektor</a>
        <ul>
          <li><a href="https://www.lovsunda.se/uppleva-och-gora/foreningsliv/overenskommelse-med-ideburen-sektor/anslutna-organisationer.html">Anslutna organisationer</a></li>
        </ul>
      </li>
      <li><a href="https://www.lovsunda.se/uppleva-och-gora/foreningsliv/ideburet-offentligt-partnerskap-iop.html">Idéburet offentligt partnerskap (IOP)</a></li>
      <li><a href="https://www.lovsunda.se/uppleva-och-gora/foreningsliv/utbildningar-for-foreningar.html">Utbildningar för föreningar</a></li>
      <li><a href="https://www.lovsunda.se/uppleva-och-gora/foreningsliv/nyhetsbrev-for-foreningar.html">Nyhetsbrev för föreningar</a></li>
    </ul>
  </aside>

  <main id="content" class="lov-main" tabindex="-1">
    <div class="sv-text-portlet">
      <h1 class="heading1">Överenskommelse med idéburen sektor</h1>
      <p class="lov-preamble">Lövsunda stad och den idéburna sektorn har en gemensam överenskommelse som beskriver hur vi ska samarbeta. Den bygger på sju principer och innehåller åtaganden för både staden och organisationerna.</p>
    </div>

    <div class="sv-text-portlet lov-factbox" role="complementary" aria-label="Fakta om överenskommelsen">
      <h2 class="heading4">Fakta om överenskommelsen</h2>
      <ul class="list--plain">
        <li>Beslutad av kommunfullmäktige den 18 mars 2024, § 42</li>
        <li>Diarienummer: KS 2023/0815</li>
        <li>Undertecknad vid Föreningarnas dag den 25 april 2024</li>
        <li>Gäller 2024–2028</li>
      </ul>
    </div>

    <nav class="lov-toc" aria-label="Innehåll på sidan">
      <h2 class="heading4">På den här sidan</h2>
      <ul>
        <li><a href="#bakgrund">Bakgrund</a></li>
        <li><a href="#sjalvstandighet">Självständighet och oberoende</a></li>
        <li><a href="#dialog">Dialog</a></li>
        <li><a href="#kvalitet">Kvalitet</a></li>
        <li><a href="#langsiktighet">Långsiktighet</a></li>
        <li><a href="#oppenhet">Öppenhet och insyn</a></li>
        <li><a href="#mangfald">Mångfald</a></li>
        <li><a href="#barnratt">Barnrättsperspektiv</a></li>
        <li><a href="#uppfoljning">Uppföljning och revidering</a></li>
        <li><a href="#ansluta">Så ansluter sig din förening</a></li>
      </ul>
    </nav>

    <div class="sv-text-portlet lov-richtext">
<h2 id="bakgrund" class="heading2">Bakgrund</h2>
<p class="normal">År 2008 tecknade regeringen, Sveriges Kommuner och Regioner och idéburna organisationer inom det sociala området en nationell överenskommelse. Den lokala överenskommelsen i Lövsunda har tagits fram under 2023 i samarbete mellan staden, Lövsunda föreningsråd, Idrottsalliansen Lövsunda och ett trettiotal andra organisationer.</p>
<p class="normal">Med idéburen sektor menar vi föreningar, stiftelser, trossamfund och andra organisationer som drivs utan vinstintresse och som bygger på engagemang och frivillighet. Överenskommelsen gäller alla stadens nämnder och bolag.</p>
<p class="normal">Överenskommelsen bygger på de sex principerna i den nationella överenskommelsen. Lövsunda har lagt till en sjunde princip om barnrättsperspektiv.</p>
{sections_html}
    </div>

    <div class="sv-text-portlet lov-documents">
      <h2 class="heading4">Dokument</h2>
      <ul class="lov-filelist">
        <li><a href="https://www.lovsunda.se/download/18.4b1c7e2f18a3d0c5e7f9c2/1714046512870/Overenskommelse-ideburen-sektor-Lovsunda-2024-2028.pdf">Överenskommelse mellan Lövsunda stad och den idéburna sektorn 2024–2028 (pdf, 412 kB)</a></li>
        <li><a href="https://www.lovsunda.se/download/18.4b1c7e2f18a3d0c5e7f9c5/1714046513002/Overenskommelse-lattlast.pdf">Överenskommelsen på lättläst svenska (pdf, 188 kB)</a></li>
        <li><a href="https://www.lovsunda.se/download/18.4b1c7e2f18a3d0c5e7fa10/1731318876401/Uppfoljning-overenskommelsen-2024.pdf">Uppföljning 2024 (pdf, 264 kB)</a></li>
      </ul>
    </div>

    <div class="sv-text-portlet lov-contact">
      <h2 class="heading4">Kontakt</h2>
      <p><strong>Föreningsenheten</strong><br>
      Kultur- och fritidsförvaltningen<br>
      E-post: foreningsenheten@lovsunda.se<br>
      Telefon: 0431-55 20 00 (Lövsunda kontaktcenter)</p>
      <p><strong>Malin Ekstrand</strong>, utvecklare civilsamhällesfrågor<br>
      Kommunstyrelsens förvaltning<br>
      E-post: malin.ekstrand@lovsunda.se</p>
    </div>

    <div class="lov-share">
      <span>Dela sidan:</span>
      <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.lovsunda.se%2Fuppleva-och-gora%2Fforeningsliv%2Foverenskommelse-med-ideburen-sektor.html">Facebook</a>
      <a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.lovsunda.se%2Fuppleva-och-gora%2Fforeningsliv%2Foverenskommelse-med-ideburen-sektor.html">LinkedIn</a>
      <a href="mailto:?subject=%C3%96verenskommelse%20med%20id%C3%A9buren%20sektor">E-post</a>
    </div>

    <p class="lov-lastmodified">Senast uppdaterad: 5 november 2024</p>

    <form class="lov-feedback" action="https://www.lovsunda.se/appresource/4.6f1a2b3c18a3d0c5e7f/12.7d2e/feedback" method="post">
      <fieldset>
        <legend>Hittade du den information du sökte?</legend>
        <button type="submit" name="answer" value="yes">Ja</button>
        <button type="submit" name="answer" value="no">Nej</button>
      </fieldset>
      <p class="lov-feedback__note">Vi kan inte svara på frågor som skickas via formuläret. Har du en fråga, kontakta Lövsunda kontaktcenter.</p>
    </form>
  </main>
</div>

<footer class="lov-footer" role="contentinfo">
  <div class="lov-footer__col">
    <h2 class="lov-footer__heading">Lövsunda stad</h2>
    <p>Stadshuset, Torggatan 4<br>
    641 80 Lövsunda<br>
    Organisationsnummer: 212000-1473</p>
    <p>Telefon: 0431-55 20 00<br>
    E-post: kontaktcenter@lovsunda.se</p>
  </div>
  <div class="lov-footer__col">
    <h2 class="lov-footer__heading">Genvägar</h2>
    <ul>
      <li><a href="https://www.lovsunda.se/kommun-och-politik/lediga-jobb.html">Lediga jobb</a></li>
      <li><a href="https://www.lovsunda.se/kommun-och-politik/press.html">Press och media</a></li>
      <li><a href="https://www.lovsunda.se/kommun-och-politik/synpunkter.html">Lämna en synpunkt</a></li>
      <li><a href="https://www.lovsunda.se/kommun-och-politik/allmanna-handlingar.html">Allmänna handlingar</a></li>
    </ul>
  </div>
  <div class="lov-footer__col">
    <h2 class="lov-footer__heading">Om webbplatsen</h2>
    <ul>
      <li><a href="https://www.lovsunda.se/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li>
      <li><a href="https://www.lovsunda.se/om-webbplatsen/kakor-cookies.html">Kakor (cookies)</a></li>
      <li><a href="https://www.lovsunda.se/om-webbplatsen/behandling-av-personuppgifter.html">Så behandlar vi dina personuppgifter</a></li>
    </ul>
  </div>
  <div class="lov-footer__social">
    <a href="https://www.facebook.com/lovsundastad">Facebook</a>
    <a href="https://www.instagram.com/lovsundastad">Instagram</a>
    <a href="https://www.linkedin.com/company/lovsunda-stad">LinkedIn</a>
  </div>
  <p class="lov-footer__copy">© Lövsunda stad 2024</p>
</footer>

<script src="./Överenskommelse med idéburen sektor - Lövsunda stad_files/jquery.min.js"></script>
<script src="./Överenskommelse med idéburen sektor - Lövsunda stad_files/sitevision-cookie-consent.js"></script>
<script>
  (function () {{
    var banner = document.getElementById('svid10_cookie');
    if (document.cookie.indexOf('sv-cookie-consent=') > -1) {{ banner.style.display = 'none'; }}
    banner.addEventListener('click', function (e) {{
      var v = e.target.getAttribute('data-cookie-consent');
      if (!v) return;
      document.cookie = 'sv-cookie-consent=' + v + ';path=/;max-age=31536000;SameSite=Lax';
      if (v === 'all') {{ _paq.push(['rememberCookieConsentGiven']); }}
      banner.style.display = 'none';
    }});
  }})();
</script>
<script src="https://cdn-eu.readspeaker.com/script/10876/webReader/webReader.js?pids=wr" id="rs_req_Init"></script>
</body></html>
"""

with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
    f.write(page)

# ---------------------------------------------------------------- expected
q = []


def Q(qid, question, lang, gold, must):
    q.append({"id": qid, "question": question, "language": lang,
              "answerable": bool(gold), "gold": gold, "must_mention": must})


Q("q1", "Hur ofta ska staden bjuda in till Dialogforum?", "sv",
  ["Staden ska bjuda in till Dialogforum minst två gånger per år, där förtroendevalda, tjänstepersoner och företrädare för den idéburna sektorn möts."],
  ["minst två gånger per år"])
Q("q2", "hur lange i taget kan var forening fa verksamhetsbidrag", "sv",
  ["Staden kommer att i första hand bevilja verksamhetsbidrag för tre år i taget till organisationer som har en etablerad verksamhet."],
  ["tre år i taget"])
Q("q3", "What do associations that run activities for children have to do to keep the children safe?", "en",
  ["ha rutiner för att förebygga och hantera kränkningar och övergrepp mot barn",
   "begära utdrag ur belastningsregistret för ledare som arbetar med barn"],
  ["kränkningar och övergrepp", "belastningsregistret"])
Q("q4", "Kan staden kräva att vi slutar kritisera stadens politik för att vi ska få föreningsbidrag?", "sv",
  ["Den idéburna sektorns organisationer har rätt att driva opinion och granska stadens verksamhet, även när de får bidrag från staden.",
   "inte ställa villkor i föreningsbidragen som påverkar organisationernas rätt att driva opinion"],
  ["driva opinion", "inte ställa villkor"])
Q("q5", "När beslutades överenskommelsen och av vilket organ?", "sv",
  ["Beslutad av kommunfullmäktige den 18 mars 2024, § 42"],
  ["kommunfullmäktige", "18 mars 2024"])
Q("q6", "How much notice will the city give before the grant rules change?", "en",
  ["Vid förändringar i bidragsreglerna ska staden informera berörda organisationer minst sex månader innan förändringen börjar gälla."],
  ["minst sex månader"])
Q("q7", "vad maste foreningen gora med pengarna vi far fran staden, ska vi redovisa nagot?", "sv",
  ["redovisa hur bidrag från staden har använts",
   "Lämna korrekta och fullständiga uppgifter i ansökningar och redovisningar",
   "Ge staden insyn i verksamhet som finansieras med offentliga medel"],
  ["redovisa hur bidrag från staden har använts"])
Q("q8", "Vem ansvarar för att följa upp överenskommelsen, och hur ofta görs det?", "sv",
  ["Kommunstyrelsens förvaltning ansvarar för att överenskommelsen följs upp årligen i samråd med den idéburna sektorn.",
   "Parterna tar gemensamt fram en uppföljningsrapport som presenteras på höstens Dialogforum."],
  ["Kommunstyrelsens förvaltning", "årligen"])
Q("q9", "Hur mycket pengar har staden budgeterat för föreningsbidrag 2025?", "sv", [], [])
Q("q10", "Vad händer om en förening inte följer överenskommelsen, kan den bli av med sitt bidrag?", "sv", [], [])

expected = {
    "file": FILE,
    "layout": os.path.basename(HERE),
    "description": (
        "Saved HTML page (UTF-8, 'saved from url' comment) from a fictional Swedish city's Sitevision-like "
        "CMS: cookie-consent banner at the top of <body> with buttons, skip link, header with tool links "
        "(Lättläst, Teckenspråk, Lyssna), search form and main menu, breadcrumbs <nav><ol>, side navigation "
        "<aside> for Föreningsliv, footer with address, link columns and social links; inline and external "
        "scripts (Matomo, cookie logic, ReadSpeaker) and a JSON-LD BreadcrumbList in <head>. <main> holds "
        "h1 + preamble, a fact box <ul> with the decision (kommunfullmäktige 18 mars 2024, § 42; "
        "diarienummer; signing date 25 april 2024, which is not the decision), an in-page TOC of anchor "
        "links, a 'Bakgrund' section (national 2008 agreement, definition), then seven principles as "
        "<h2> sections (six national + local 'Barnrättsperspektiv'). Commitments appear as <ul> lists after "
        "<h3> lead-ins 'Staden åtar sig att:' / 'De idéburna organisationerna åtar sig att:' / "
        "'Parterna ska gemensamt:', as sentence paragraphs ('Staden ska …', 'Staden kommer att …', "
        "'Staden verkar också för att …', '… ansvarar för att …', 'Tillsammans ansvarar parterna …', "
        "'Staden och de idéburna organisationerna ska tillsammans …'), and under 'Öppenhet och insyn' as a "
        "two-column table 'Staden | De idéburna organisationerna' with a <caption> and one capitalised "
        "infinitive commitment per cell. Non-commitment distractors: a 'Dialogforum 2025' dates table, "
        "an <ol> of steps for joining, a 'Uppföljning och revidering' section with two commitments plus "
        "validity text, a document download list, a contact box, share links, 'Senast uppdaterad: "
        "5 november 2024' (not the decision date) and a yes/no feedback form."
    ),
    "metadata": {
        "doc_id": DOC_ID,
        "title": "Överenskommelse med idéburen sektor",
        "place": "Lövsunda",
        "organisation": "Lövsunda stad",
        "kind": "överenskommelse",
        "date": "2024-03-18",
        "body": "kommunfullmäktige",
    },
    "commitments": [{"text": t, "principle": pr, "party": pa} for t, pr, pa in commitments],
    "questions": q,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"wrote {FILE} and expected.json: {len(commitments)} commitments, {len(q)} questions")
