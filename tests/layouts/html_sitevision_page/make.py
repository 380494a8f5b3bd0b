#!/usr/bin/env python3
"""Generate a saved Sitevision-style municipal web page holding a local
agreement (överenskommelse) with the idéburen sektor, plus expected.json."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = "html_sitevision_page"
FILE = "vallmora_overenskommelse.html"

HTML = r"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-sida">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Överenskommelse med idéburen sektor - Vallmora kommun</title>
<meta name="description" content="Vallmora kommun och den idéburna sektorn har en gemensam överenskommelse om hur vi ska samverka.">
<meta property="og:title" content="Överenskommelse med idéburen sektor">
<meta property="og:site_name" content="Vallmora kommun">
<meta name="sv-page-id" content="4.3f1a2b7c18a0d9e4c512ab3">
<link rel="stylesheet" href="/sitevision/system-resource/3c9f0e/css/portlets.min.css">
<link rel="stylesheet" href="/webdav/files/system/resources/css/vallmora-2023.css?v=41">
<link rel="icon" href="/webdav/files/system/resources/graphics/favicon.ico">
<style>
  .sv-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
  .vk-cookie{position:fixed;bottom:0;left:0;right:0;background:#1d3b2a;color:#fff;padding:1.5rem;z-index:9999}
  .vk-megamenu__panel{display:none}
  .vk-megamenu__item--open .vk-megamenu__panel{display:grid;grid-template-columns:repeat(3,1fr)}
  table.vk-table td,table.vk-table th{border:1px solid #c9d3cc;padding:.5rem;vertical-align:top}
</style>
<script>document.documentElement.className=document.documentElement.className.replace('sv-no-js','sv-js');</script>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"WebPage","name":"Överenskommelse med idéburen sektor","publisher":{"@type":"GovernmentOrganization","name":"Vallmora kommun","telephone":"0567-190 00"},"dateModified":"2024-02-12T09:41:00+01:00","breadcrumb":"Start > Kommun och politik > Styrdokument > Överenskommelse med idéburen sektor"}
</script>
<script async src="/webdav/files/system/resources/js/analytics-loader.js" data-consent="statistics"></script>
</head>
<body class="sv-responsive vk-body">

<div id="vk-cookie" class="vk-cookie" role="dialog" aria-labelledby="vk-cookie-title" aria-live="polite">
  <div class="sv-text-portlet">
    <h2 id="vk-cookie-title" class="vk-cookie__title">Vi använder kakor</h2>
    <p class="vk-cookie__text">Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. Nödvändiga kakor kan inte väljas bort. Du kan när som helst ändra ditt val under <a href="/om-webbplatsen/kakor">Om kakor</a>.</p>
    <button type="button" class="vk-btn vk-btn--primary" data-cookie="all">Godkänn alla kakor</button>
    <button type="button" class="vk-btn" data-cookie="necessary">Endast nödvändiga</button>
    <button type="button" class="vk-btn vk-btn--link" data-cookie="settings">Inställningar</button>
  </div>
</div>

<a class="vk-skiplink sv-visually-hidden" href="#svid12_main">Till innehåll på sidan</a>

<header class="vk-header" role="banner">
  <div class="sv-layout vk-header__top">
    <a href="/" class="vk-logo"><img src="/images/18.3f1a2b7c18a0d9e4c5100a/vallmora-logo.svg" alt="Vallmora kommun, till startsidan" width="180" height="52"></a>
    <ul class="vk-toolbar">
      <li><a href="/languages">Languages</a></li>
      <li><a href="/lattlast">Lättläst</a></li>
      <li><a href="/teckensprak">Teckenspråk</a></li>
      <li><button type="button" class="vk-readspeaker" data-rs="main">Lyssna</button></li>
      <li><a href="/e-tjanster">E-tjänster</a></li>
      <li><a href="/kontakt">Kontakta oss</a></li>
    </ul>
    <form class="vk-search" action="/sok" method="get" role="search">
      <label for="vk-q" class="sv-visually-hidden">Sök på webbplatsen</label>
      <input id="vk-q" name="query" type="search" placeholder="Vad letar du efter?" autocomplete="off">
      <button type="submit">Sök</button>
    </form>
  </div>
  <nav class="vk-megamenu" aria-label="Huvudmeny">
    <ul class="vk-megamenu__list">
      <li class="vk-megamenu__item"><a href="/barn-och-utbildning">Barn och utbildning</a><button class="vk-megamenu__toggle" aria-expanded="false"><span class="sv-visually-hidden">Öppna undermeny för Barn och utbildning</span></button>
        <div class="vk-megamenu__panel"><ul>
          <li><a href="/barn-och-utbildning/forskola">Förskola</a></li>
          <li><a href="/barn-och-utbildning/grundskola">Grundskola</a></li>
          <li><a href="/barn-och-utbildning/gymnasieskola">Gymnasieskola</a></li>
          <li><a href="/barn-och-utbildning/vuxenutbildning">Vuxenutbildning och SFI</a></li>
        </ul></div></li>
      <li class="vk-megamenu__item"><a href="/omsorg-och-stod">Omsorg och stöd</a><button class="vk-megamenu__toggle" aria-expanded="false"><span class="sv-visually-hidden">Öppna undermeny för Omsorg och stöd</span></button>
        <div class="vk-megamenu__panel"><ul>
          <li><a href="/omsorg-och-stod/aldreomsorg">Äldreomsorg</a></li>
          <li><a href="/omsorg-och-stod/funktionsnedsattning">Stöd vid funktionsnedsättning</a></li>
          <li><a href="/omsorg-och-stod/ekonomiskt-bistand">Ekonomiskt bistånd</a></li>
          <li><a href="/omsorg-och-stod/vald-i-nara-relationer">Våld i nära relationer</a></li>
        </ul></div></li>
      <li class="vk-megamenu__item"><a href="/uppleva-och-gora">Uppleva och göra</a><button class="vk-megamenu__toggle" aria-expanded="false"><span class="sv-visually-hidden">Öppna undermeny för Uppleva och göra</span></button>
        <div class="vk-megamenu__panel"><ul>
          <li><a href="/uppleva-och-gora/bibliotek">Bibliotek</a></li>
          <li><a href="/uppleva-och-gora/foreningsliv">Föreningsliv</a></li>
          <li><a href="/uppleva-och-gora/foreningsbidrag">Föreningsbidrag</a></li>
          <li><a href="/uppleva-och-gora/idrottsanlaggningar">Idrottsanläggningar och bokning</a></li>
        </ul></div></li>
      <li class="vk-megamenu__item"><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li class="vk-megamenu__item"><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
      <li class="vk-megamenu__item vk-megamenu__item--active"><a href="/kommun-och-politik" aria-current="true">Kommun och politik</a><button class="vk-megamenu__toggle" aria-expanded="false"><span class="sv-visually-hidden">Öppna undermeny för Kommun och politik</span></button>
        <div class="vk-megamenu__panel"><ul>
          <li><a href="/kommun-och-politik/styrdokument">Styrdokument</a></li>
          <li><a href="/kommun-och-politik/sammantraden">Sammanträden och protokoll</a></li>
          <li><a href="/kommun-och-politik/medborgardialog">Medborgardialog</a></li>
          <li><a href="/kommun-och-politik/organisation">Kommunens organisation</a></li>
        </ul></div></li>
    </ul>
  </nav>
</header>

<nav class="vk-breadcrumbs" aria-label="Du är här">
  <ol>
    <li><a href="/">Start</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    <li><a href="/kommun-och-politik/styrdokument">Styrdokument</a></li>
    <li aria-current="page">Överenskommelse med idéburen sektor</li>
  </ol>
</nav>

<div class="sv-layout vk-page">
<aside class="vk-subnav" aria-label="Undermeny">
  <ul>
    <li><a href="/kommun-och-politik/styrdokument/budget">Budget och verksamhetsplan</a></li>
    <li><a href="/kommun-och-politik/styrdokument/policyer">Policyer och riktlinjer</a></li>
    <li class="vk-subnav--current"><a href="/kommun-och-politik/styrdokument/overenskommelse-ideburen-sektor">Överenskommelse med idéburen sektor</a></li>
    <li><a href="/kommun-och-politik/styrdokument/hallbarhetsprogram">Hållbarhetsprogram 2030</a></li>
  </ul>
</aside>

<main id="svid12_main" class="vk-main" role="main">
<div class="sv-text-portlet sv-use-margins" id="svid12_4f2a91c3187ab0e1d2">
<h1 class="vk-heading-1">Överenskommelse mellan Vallmora kommun och idéburen sektor i Vallmora 2024–2027</h1>
<p class="vk-ingress">Vallmora kommun och föreningar, stiftelser, trossamfund och sociala företag i Vallmora har tillsammans tagit fram en lokal överenskommelse. Den beskriver hur vi ska samarbeta och vad var och en av parterna åtar sig.</p>
<div class="vk-tools"><button type="button" class="vk-print" onclick="window.print()">Skriv ut</button> <a class="vk-pdf" href="/download/18.3f1a2b7c18a0d9e4c5171f/1707727260112/Overenskommelse-ideburen-sektor-2024-2027.pdf">Överenskommelsen som pdf (pdf, 412&nbsp;kB)</a></div>
</div>

<div class="sv-text-portlet sv-use-margins" id="svid12_4f2a91c3187ab0e1d3">
<h2 class="vk-heading-2">Förord</h2>
<p>Föreningslivet har alltid varit en bärande kraft i Vallmora. Det är i idrottsföreningen, i hembygdsföreningen, i församlingen och i studieförbundet som många av oss har hittat gemenskap, lärt oss demokrati och fått möjlighet att bidra till något större än oss själva.</p>
<blockquote class="vk-quote"><p>”En stark idéburen sektor gör Vallmora till en bättre plats att leva på. Den här överenskommelsen är ett löfte om att vi ska lyssna mer och styra mindre.”</p><footer>Anna Berglund (S), kommunstyrelsens ordförande</footer></blockquote>
<p>Överenskommelsen är inte ett avtal i juridisk mening. Den är en gemensam avsiktsförklaring som bygger på ömsesidig respekt och förtroende mellan parterna.</p>
</div>

<div class="sv-text-portlet sv-use-margins" id="svid12_4f2a91c3187ab0e1d4">
<h2 class="vk-heading-2">Bakgrund</h2>
<p>År 2008 slöt regeringen, Sveriges Kommuner och Regioner och idéburna organisationer en nationell överenskommelse inom det sociala området. Den nationella överenskommelsen bygger på sex principer, och många kommuner och regioner har sedan dess tagit fram egna lokala överenskommelser.</p>
<p>I Vallmora startade arbetet med en lokal överenskommelse 2019, efter en rad dialogmöten mellan kommunen och föreningslivet. Arbetet pausades under pandemin och återupptogs hösten 2022. En arbetsgrupp med tjänstepersoner och representanter från 14 organisationer har formulerat texten. Förslaget var ute på remiss under våren 2023 och fick 37 remissvar.</p>
<p>I Vallmora finns i dag omkring 260 registrerade föreningar. Drygt hälften av dem har verksamhet för barn och unga.</p>
</div>

<div class="sv-text-portlet sv-use-margins" id="svid12_4f2a91c3187ab0e1d5">
<h2 class="vk-heading-2">Syfte och mål</h2>
<p>Syftet med överenskommelsen är att skapa goda förutsättningar för samverkan mellan Vallmora kommun och den idéburna sektorn, och att stärka sektorns roll som röstbärare och utförare.</p>
<p>Målen är att</p>
<ul>
<li>fler invånare är engagerade i föreningslivet år 2027 än år 2023</li>
<li>samverkan mellan kommun och sektor sker på mer likvärdiga villkor</li>
<li>föreningar upplever att det är enkelt att hitta rätt i kommunen.</li>
</ul>
</div>

<div class="sv-text-portlet sv-use-margins" id="svid12_4f2a91c3187ab0e1d6">
<h2 class="vk-heading-2">Begrepp i överenskommelsen</h2>
<dl class="vk-definitions">
<dt>Idéburen organisation</dt>
<dd>En organisation som har ett allmännyttigt syfte, är fristående från offentlig sektor och inte har vinstsyfte. Exempel är ideella föreningar, stiftelser, trossamfund och sociala företag.</dd>
<dt>Idéburen sektor</dt>
<dd>Samlingsnamn för alla idéburna organisationer i Vallmora.</dd>
<dt>IOP</dt>
<dd>Idéburet offentligt partnerskap, en samverkansform där kommunen och en idéburen organisation tillsammans finansierar och genomför en verksamhet av allmänt intresse.</dd>
<dt>Dialogforum</dt>
<dd>Ett öppet möte där företrädare för kommunen och den idéburna sektorn diskuterar gemensamma frågor.</dd>
</dl>
</div>

<div class="sv-text-portlet sv-use-margins" id="svid12_4f2a91c3187ab0e1d7">
<h2 class="vk-heading-2">Principerna och våra åtaganden</h2>
<p>Överenskommelsen bygger på sju principer. Under varje princip beskrivs vad kommunen och den idéburna sektorn åtar sig.</p>

<h3 class="vk-heading-3">1. Självständighet och oberoende</h3>
<p>Den idéburna sektorns organisationer har rätt att själva bestämma över sin verksamhet, sina mål och sitt arbetssätt. Självständigheten är en förutsättning för att sektorn ska kunna vara en röst för sina medlemmar och målgrupper.</p>
<p>Kommunen ska respektera organisationernas rätt att granska, kritisera och driva opinion, även när de tar emot bidrag eller har avtal med kommunen. Kommunen ska inte ställa krav som påverkar organisationernas interna beslut, stadgar eller val av företrädare. De idéburna organisationerna ska tydligt skilja mellan sin opinionsbildning och de uppdrag de utför med kommunal finansiering.</p>

<h3 class="vk-heading-3">2. Dialog</h3>
<p>Dialog handlar om att mötas tidigt, lyssna på varandra och ta tillvara olika perspektiv. En dialog blir meningsfull först när båda parter upplever att de blir lyssnade på.</p>
<div class="vk-table-wrapper">
<table class="vk-table">
<caption class="sv-visually-hidden">Åtaganden under principen dialog</caption>
<thead>
<tr><th scope="col">Vallmora kommun åtar sig att</th><th scope="col">Idéburna organisationer åtar sig att</th></tr>
</thead>
<tbody>
<tr><td>bjuda in till dialog tidigt i processer som berör sektorn, innan beslut är fattade</td><td>delta i dialogforum och samråd med företrädare som har mandat från sin organisation</td></tr>
<tr><td>utse en kontaktperson för idéburen sektor inom varje förvaltning</td><td>föra vidare information från dialogerna till sina medlemmar och nätverk</td></tr>
<tr><td>återkoppla hur synpunkter från sektorn har tagits om hand</td><td>&nbsp;</td></tr>
</tbody>
</table>
</div>

<h3 class="vk-heading-3">3. Kvalitet</h3>
<p>Kvalitet innebär att verksamheten utgår från de behov som invånarna har. Båda parter har kunskap och erfarenheter som behövs för att utveckla kvaliteten.</p>
<p><strong>Kommunen åtar sig att:</strong></p>
<ul>
<li>ha tydliga och enkla ansökningsprocesser för bidrag och stöd</li>
<li>ge organisationerna stöd och vägledning i hur verksamheten kan följas upp</li>
</ul>
<p><strong>De idéburna organisationerna åtar sig att:</strong></p>
<ul>
<li>följa upp och utvärdera sin verksamhet utifrån de mål som överenskommits</li>
<li>ta tillvara deltagarnas och brukarnas erfarenheter i utvecklingen av verksamheten</li>
</ul>

<h3 class="vk-heading-3">4. Långsiktighet</h3>
<p>Långsiktiga förutsättningar gör det möjligt för organisationerna att planera, anställa och utveckla sin verksamhet.</p>
<p>Kommunen ska i första hand använda fleråriga bidrag och överenskommelser när verksamheten har ett långsiktigt syfte. Kommunen ska informera om förändringar i bidragsregler senast sex månader innan de börjar gälla.</p>
<p>Parterna ska gemensamt:</p>
<ol>
<li>verka för att samverkansprojekt som faller väl ut kan övergå i ordinarie verksamhet</li>
<li>planera för hur verksamheten ska avvecklas eller föras över när en finansiering upphör</li>
</ol>

<h3 class="vk-heading-3">5. Öppenhet och insyn</h3>
<p>Öppenhet och insyn skapar förtroende. Det gäller både hur kommunen fattar beslut och hur organisationerna använder gemensamma medel. Läs mer om <a href="/uppleva-och-gora/foreningsbidrag">föreningsbidrag och regler</a>.</p>
<p><strong>Kommunen</strong></p>
<ul>
<li>Kommunen ska publicera information om bidrag, lokaler och samverkansformer på kommunens webbplats.</li>
<li>Kommunen ska redovisa öppet hur bidrag fördelas mellan organisationer.</li>
</ul>
<p><strong>Den idéburna sektorn</strong></p>
<ul>
<li>Organisationerna ska ge kommunen insyn i hur kommunala medel används.</li>
<li>Organisationerna ska lämna ekonomisk redovisning och verksamhetsberättelse när kommunen efterfrågar det.</li>
</ul>

<h3 class="vk-heading-3">6. Mångfald och jämlikhet</h3>
<p>Vallmora är en kommun med invånare från fler än 90 länder. Den idéburna sektorn speglar den mångfalden, men många grupper är fortfarande underrepresenterade i föreningslivet.</p>
<p>Kommunen ska underlätta för nya och små föreningar att ta del av bidrag, lokaler och information, och de idéburna organisationerna ska verka för att deras verksamhet är öppen och tillgänglig för alla oavsett kön, bakgrund, funktionsförmåga eller ålder. Båda parter ska motverka diskriminering i sina verksamheter.</p>
<p>Kommunen ska erbjuda information på lättläst svenska och på de vanligaste språken i kommunen.</p>

<h3 class="vk-heading-3">7. Barnrättsperspektiv</h3>
<p>Barnkonventionen blev svensk lag den 1 januari 2020. Principen har lagts till i Vallmoras överenskommelse efter önskemål från flera föreningar under remissen.</p>
<p>Båda parter ska göra barns och ungas röster hörda i frågor som rör dem. Kommunen ska göra barnkonsekvensanalyser inför beslut som påverkar föreningslivet för barn och unga.</p>
<p>Föreningar som bedriver verksamhet för barn och unga ska ha rutiner för att förebygga kränkningar och övergrepp. Kommunen ska erbjuda föreningarna utbildning i barnrätt.</p>
</div>

<div class="sv-text-portlet sv-use-margins" id="svid12_4f2a91c3187ab0e1d8">
<h2 class="vk-heading-2">Former för samverkan</h2>
<p>Parterna åtar sig gemensamt att:</p>
<ul>
<li>genomföra ett dialogforum minst två gånger per år</li>
<li>tillsätta en gemensam samverkansgrupp med fem företrädare från kommunen och fem från den idéburna sektorn</li>
<li>följa upp överenskommelsen årligen och redovisa resultatet för kommunstyrelsen</li>
</ul>
<p>Organisationer som vill ansluta sig till överenskommelsen anmäler det till kommunens samordnare. Hittills har 52 organisationer anslutit sig.</p>
</div>

<div class="sv-text-portlet sv-use-margins" id="svid12_4f2a91c3187ab0e1d9">
<h2 class="vk-heading-2">Uppföljning</h2>
<p>Uppföljningen sker med hjälp av en enkät till föreningarna och en redovisning från förvaltningarna. Resultatet presenteras vid höstens dialogforum.</p>
<h3 class="vk-heading-3">Handlingsplan 2024–2025</h3>
<p>Till överenskommelsen hör en handlingsplan. Aktiviteterna i tabellen är exempel och kan ändras av samverkansgruppen.</p>
<div class="vk-table-wrapper">
<table class="vk-table">
<thead><tr><th>Aktivitet</th><th>Ansvarig</th><th>Klart</th></tr></thead>
<tbody>
<tr><td>Ta fram en digital föreningsguide</td><td>Kultur- och fritidsförvaltningen</td><td>2024</td></tr>
<tr><td>Kartlägga lokaler som kan hyras av föreningar</td><td>Samhällsbyggnadsförvaltningen</td><td>2024</td></tr>
<tr><td>Utbildning om IOP för tjänstepersoner</td><td>Kommunledningsförvaltningen</td><td>2025</td></tr>
<tr><td>Gemensam kampanj för ideellt engagemang</td><td>Samverkansgruppen</td><td>2025</td></tr>
</tbody>
</table>
</div>
</div>

<div class="sv-text-portlet sv-use-margins" id="svid12_4f2a91c3187ab0e1da">
<h2 class="vk-heading-2">Giltighet och beslut</h2>
<p>Överenskommelsen gäller 2024–2027 och revideras vart fjärde år.</p>
<p class="vk-decision">Antagen av kommunfullmäktige 2023-11-27, § 142. Dnr KS 2023/0412.</p>
</div>

<div class="sv-text-portlet sv-use-margins vk-contact-box" id="svid12_4f2a91c3187ab0e1db">
<h2 class="vk-heading-2">Kontakt</h2>
<p>Maria Lindqvist, samordnare för idéburen sektor<br>Kommunledningsförvaltningen<br>Telefon: 0567-191 48<br>E-post: <a href="mailto:maria.lindqvist@vallmora.se">maria.lindqvist@vallmora.se</a></p>
</div>

<div class="vk-page-meta">
  <div class="vk-share"><span>Dela sidan</span>
    <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.vallmora.se%2Foverenskommelse" class="vk-share__fb">Facebook</a>
    <a href="https://www.linkedin.com/shareArticle?url=https%3A%2F%2Fwww.vallmora.se%2Foverenskommelse" class="vk-share__li">LinkedIn</a>
    <a href="mailto:?subject=%C3%96verenskommelse%20med%20id%C3%A9buren%20sektor" class="vk-share__mail">E-post</a>
  </div>
  <p class="vk-updated">Senast uppdaterad: 12&nbsp;februari&nbsp;2024</p>
  <form class="vk-feedback" action="/feedback" method="post">
    <fieldset><legend>Fick du den information du behövde?</legend>
    <button name="useful" value="yes">Ja</button> <button name="useful" value="no">Nej</button></fieldset>
  </form>
</div>
</main>

<aside class="vk-related" aria-label="Relaterade länkar">
  <h2 class="vk-heading-4">Relaterat</h2>
  <ul>
    <li><a href="/uppleva-och-gora/foreningsbidrag">Föreningsbidrag</a></li>
    <li><a href="/uppleva-och-gora/foreningsliv/iop">IOP &ndash; idéburet offentligt partnerskap</a></li>
    <li><a href="/uppleva-och-gora/foreningsliv/foreningsregister">Föreningsregistret</a></li>
    <li><a href="https://www.overenskommelsen.se" rel="external">Nationella överenskommelsen (extern länk)</a></li>
  </ul>
</aside>
</div>

<footer class="vk-footer" role="contentinfo">
  <div class="sv-layout vk-footer__cols">
    <div class="vk-footer__col">
      <h2 class="vk-footer__title">Vallmora kommun</h2>
      <p>683 80 Vallmora<br>Besöksadress: Storgatan 14<br>Telefon (växel): 0567-190 00<br>E-post: <a href="mailto:kommun@vallmora.se">kommun@vallmora.se</a><br>Organisationsnummer: 212000-1987</p>
    </div>
    <div class="vk-footer__col">
      <h2 class="vk-footer__title">Genvägar</h2>
      <ul><li><a href="/lediga-jobb">Lediga jobb</a></li><li><a href="/press">Press och media</a></li><li><a href="/diarium">Sök i diariet</a></li><li><a href="/felanmalan">Felanmälan</a></li></ul>
    </div>
    <div class="vk-footer__col">
      <h2 class="vk-footer__title">Om webbplatsen</h2>
      <ul><li><a href="/om-webbplatsen/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen/kakor">Kakor</a></li><li><a href="/om-webbplatsen/personuppgifter">Så hanterar vi personuppgifter</a></li></ul>
      <p class="vk-social"><a href="https://www.facebook.com/vallmorakommun">Facebook</a> <a href="https://www.instagram.com/vallmorakommun">Instagram</a></p>
    </div>
  </div>
  <p class="vk-footer__copy">&copy; Vallmora kommun 2024</p>
</footer>

<script src="/sitevision/system-resource/3c9f0e/js/jquery.js"></script>
<script src="/webdav/files/system/resources/js/vallmora-main.min.js?v=41"></script>
<script>
  window.sv = window.sv || {};
  sv.PageContext = {"pageId":"4.3f1a2b7c18a0d9e4c512ab3","siteName":"Vallmora kommun","locale":"sv"};
  document.querySelectorAll('[data-cookie]').forEach(function(b){b.addEventListener('click',function(){document.getElementById('vk-cookie').hidden=true;});});
</script>
<noscript><p>Vissa funktioner på webbplatsen kräver att JavaScript är aktiverat.</p></noscript>
</body>
</html>
"""

P = "public"
C = "civil_society"
J = "joint"

COMMITMENTS = [
    ("Kommunen ska respektera organisationernas rätt att granska, kritisera och driva opinion, även när de tar emot bidrag eller har avtal med kommunen.", "sjalvstandighet_och_oberoende", P),
    ("Kommunen ska inte ställa krav som påverkar organisationernas interna beslut, stadgar eller val av företrädare.", "sjalvstandighet_och_oberoende", P),
    ("De idéburna organisationerna ska tydligt skilja mellan sin opinionsbildning och de uppdrag de utför med kommunal finansiering.", "sjalvstandighet_och_oberoende", C),

    ("bjuda in till dialog tidigt i processer som berör sektorn, innan beslut är fattade", "dialog", P),
    ("utse en kontaktperson för idéburen sektor inom varje förvaltning", "dialog", P),
    ("återkoppla hur synpunkter från sektorn har tagits om hand", "dialog", P),
    ("delta i dialogforum och samråd med företrädare som har mandat från sin organisation", "dialog", C),
    ("föra vidare information från dialogerna till sina medlemmar och nätverk", "dialog", C),

    ("ha tydliga och enkla ansökningsprocesser för bidrag och stöd", "kvalitet", P),
    ("ge organisationerna stöd och vägledning i hur verksamheten kan följas upp", "kvalitet", P),
    ("följa upp och utvärdera sin verksamhet utifrån de mål som överenskommits", "kvalitet", C),
    ("ta tillvara deltagarnas och brukarnas erfarenheter i utvecklingen av verksamheten", "kvalitet", C),

    ("Kommunen ska i första hand använda fleråriga bidrag och överenskommelser när verksamheten har ett långsiktigt syfte.", "langsiktighet", P),
    ("Kommunen ska informera om förändringar i bidragsregler senast sex månader innan de börjar gälla.", "langsiktighet", P),
    ("verka för att samverkansprojekt som faller väl ut kan övergå i ordinarie verksamhet", "langsiktighet", J),
    ("planera för hur verksamheten ska avvecklas eller föras över när en finansiering upphör", "langsiktighet", J),

    ("Kommunen ska publicera information om bidrag, lokaler och samverkansformer på kommunens webbplats.", "oppenhet_och_insyn", P),
    ("Kommunen ska redovisa öppet hur bidrag fördelas mellan organisationer.", "oppenhet_och_insyn", P),
    ("Organisationerna ska ge kommunen insyn i hur kommunala medel används.", "oppenhet_och_insyn", C),
    ("Organisationerna ska lämna ekonomisk redovisning och verksamhetsberättelse när kommunen efterfrågar det.", "oppenhet_och_insyn", C),

    ("Kommunen ska underlätta för nya och små föreningar att ta del av bidrag, lokaler och information", "mangfald", P),
    ("de idéburna organisationerna ska verka för att deras verksamhet är öppen och tillgänglig för alla oavsett kön, bakgrund, funktionsförmåga eller ålder", "mangfald", C),
    ("Båda parter ska motverka diskriminering i sina verksamheter.", "mangfald", J),
    ("Kommunen ska erbjuda information på lättläst svenska och på de vanligaste språken i kommunen.", "mangfald", P),

    ("Båda parter ska göra barns och ungas röster hörda i frågor som rör dem.", "barnrattsperspektiv", J),
    ("Kommunen ska göra barnkonsekvensanalyser inför beslut som påverkar föreningslivet för barn och unga.", "barnrattsperspektiv", P),
    ("Föreningar som bedriver verksamhet för barn och unga ska ha rutiner för att förebygga kränkningar och övergrepp.", "barnrattsperspektiv", C),
    ("Kommunen ska erbjuda föreningarna utbildning i barnrätt.", "barnrattsperspektiv", P),

    ("genomföra ett dialogforum minst två gånger per år", None, J),
    ("tillsätta en gemensam samverkansgrupp med fem företrädare från kommunen och fem från den idéburna sektorn", None, J),
    ("följa upp överenskommelsen årligen och redovisa resultatet för kommunstyrelsen", None, J),
]

Q = [
    ("vad ska kommunen gora for dialog med foreningarna i vallmora?", "sv", True,
     ["bjuda in till dialog tidigt i processer som berör sektorn, innan beslut är fattade",
      "utse en kontaktperson för idéburen sektor inom varje förvaltning",
      "återkoppla hur synpunkter från sektorn har tagits om hand"],
     ["tidigt i processer", "kontaktperson för idéburen sektor", "återkoppla"]),
    ("När antogs överenskommelsen med idéburen sektor i Vallmora kommun, och av vilket organ?", "sv", True,
     ["Antagen av kommunfullmäktige 2023-11-27, § 142."],
     ["kommunfullmäktige", "2023-11-27"]),
    ("hur lange galler vallmoras overenskommelse med ideburen sektor", "sv", True,
     ["Överenskommelsen gäller 2024–2027 och revideras vart fjärde år."],
     ["2024–2027", "vart fjärde år"]),
    ("What do civil society organisations in Vallmora commit to under the quality principle?", "en", True,
     ["följa upp och utvärdera sin verksamhet utifrån de mål som överenskommits",
      "ta tillvara deltagarnas och brukarnas erfarenheter i utvecklingen av verksamheten"],
     ["följa upp och utvärdera", "deltagarnas och brukarnas erfarenheter"]),
    ("Vad menas med idéburen organisation i Vallmoras överenskommelse?", "sv", True,
     ["En organisation som har ett allmännyttigt syfte, är fristående från offentlig sektor och inte har vinstsyfte.",
      "Exempel är ideella föreningar, stiftelser, trossamfund och sociala företag."],
     ["allmännyttigt syfte", "fristående från offentlig sektor", "inte har vinstsyfte"]),
    ("far var forening kritisera vallmora kommun offentligt fast vi far bidrag fran kommunen?", "sv", True,
     ["Kommunen ska respektera organisationernas rätt att granska, kritisera och driva opinion, även när de tar emot bidrag eller har avtal med kommunen."],
     ["granska, kritisera och driva opinion", "även när de tar emot bidrag"]),
    ("Hur följs överenskommelsen mellan Vallmora kommun och idéburen sektor upp?", "sv", True,
     ["följa upp överenskommelsen årligen och redovisa resultatet för kommunstyrelsen",
      "Uppföljningen sker med hjälp av en enkät till föreningarna och en redovisning från förvaltningarna.",
      "Resultatet presenteras vid höstens dialogforum."],
     ["årligen", "kommunstyrelsen", "enkät till föreningarna", "höstens dialogforum"]),
    ("hur manga ataganden finns under barnrattsperspektiv i vallmora och vilka ar de", "sv", True,
     ["Båda parter ska göra barns och ungas röster hörda i frågor som rör dem.",
      "Kommunen ska göra barnkonsekvensanalyser inför beslut som påverkar föreningslivet för barn och unga.",
      "Föreningar som bedriver verksamhet för barn och unga ska ha rutiner för att förebygga kränkningar och övergrepp.",
      "Kommunen ska erbjuda föreningarna utbildning i barnrätt."],
     ["barns och ungas röster", "barnkonsekvensanalyser", "förebygga kränkningar och övergrepp", "utbildning i barnrätt"]),
    ("Hur mycket pengar delar Vallmora kommun ut i föreningsbidrag varje år?", "sv", False, [], []),
    ("Who chairs the joint samverkansgrupp set up under the Vallmora agreement?", "en", False, [], []),
]


def main():
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
        f.write(HTML)
    for text, _, _ in COMMITMENTS:
        assert HTML.count(text) >= 1, text
    for _, _, _, gold, mm in Q:
        for g in gold:
            assert g in HTML, g
        for m in mm:
            assert any(m in g for g in gold), m
    expected = {
        "file": FILE,
        "layout": LAYOUT,
        "description": ("Saved Sitevision municipal web page (cookie banner, mega-menu, search, "
                        "breadcrumbs, sub-navigation, share/updated/feedback, related links, footer, "
                        "scripts and styles) with a local agreement in the main content: h2/h3 headings, "
                        "dl definitions, a two-column party table, bold party lead-ins before ul lists, "
                        "ol list, prose with several parties in one paragraph, an added principle "
                        "(barnrättsperspektiv), joint commitments outside the principles and an "
                        "action-plan table that is not commitments."),
        "metadata": {
            "doc_id": "vallmora",
            "title": "Överenskommelse mellan Vallmora kommun och idéburen sektor i Vallmora 2024–2027",
            "place": "Vallmora",
            "organisation": "Vallmora kommun",
            "kind": "överenskommelse",
            "date": "2023-11-27",
            "body": "kommunfullmäktige",
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
