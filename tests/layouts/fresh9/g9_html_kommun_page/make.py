#!/usr/bin/env python3
"""Generate a saved municipal web page (Skogsåkra kommun) with the local
agreement between the kommun and föreningslivet / den idéburna sektorn,
plus expected.json for the layout test suite."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.basename(HERE)
FILE = "skogsakra-lokal-overenskommelse-foreningslivet.html"

HTML = """<!DOCTYPE html>
<!-- saved from url=(0092)https://www.skogsakra.se/kultur-och-fritid/foreningsliv/lokal-overenskommelse-med-foreningslivet.html -->
<html lang="sv" class="sv-no-js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lokal överenskommelse med föreningslivet - Skogsåkra kommun</title>
<meta name="description" content="Skogsåkra kommun och föreningslivet har tagit fram en lokal överenskommelse om hur vi samverkar. Läs om principerna och åtagandena.">
<meta property="og:title" content="Lokal överenskommelse med föreningslivet">
<meta property="og:site_name" content="Skogsåkra kommun">
<meta property="og:url" content="https://www.skogsakra.se/kultur-och-fritid/foreningsliv/lokal-overenskommelse-med-foreningslivet.html">
<meta name="sv-lastmodified" content="2025-03-04T10:41:12+01:00">
<link rel="stylesheet" href="./Lokal överenskommelse med föreningslivet - Skogsåkra kommun_files/sitevision-responsive-grids.css">
<link rel="stylesheet" href="./Lokal överenskommelse med föreningslivet - Skogsåkra kommun_files/main.css">
<link rel="icon" href="./Lokal överenskommelse med föreningslivet - Skogsåkra kommun_files/favicon.ico">
<style>
.sv-cookie-consent-modal{position:fixed;bottom:0;left:0;right:0;background:#fff;z-index:9999;box-shadow:0 -2px 8px rgba(0,0,0,.2)}
.env-collapse__content[hidden]{display:none}
.sk-factbox{background:#eef4ee;border-left:4px solid #2e6b3a;padding:1rem 1.25rem}
.sk-contact{background:#f5f5f2;padding:1rem}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
</style>
<script>document.documentElement.className=document.documentElement.className.replace('sv-no-js','sv-js');</script>
<script async src="./Lokal överenskommelse med föreningslivet - Skogsåkra kommun_files/matomo.js"></script>
</head>
<body class="sv-template-page sk-theme-green">

<div class="sv-cookie-consent-modal" role="dialog" aria-modal="false" aria-labelledby="cookie-title">
  <div class="sv-cookie-consent-modal__content">
    <h2 id="cookie-title" class="sv-cookie-consent-modal__title">Kakor (cookies) på skogsakra.se</h2>
    <p class="sv-cookie-consent-modal__text">Vi använder nödvändiga kakor för att webbplatsen ska fungera. Med ditt samtycke använder vi även kakor för statistik, så att vi kan förbättra webbplatsen. Du kan när som helst ändra ditt val.
      <a href="https://www.skogsakra.se/om-webbplatsen/kakor.html">Läs mer om hur vi använder kakor</a></p>
    <div class="sv-cookie-consent-modal__buttons">
      <button type="button" class="sv-cookie-consent-modal__button--accept">Godkänn alla kakor</button>
      <button type="button" class="sv-cookie-consent-modal__button--deny">Endast nödvändiga kakor</button>
      <button type="button" class="sv-cookie-consent-modal__button--settings">Inställningar</button>
    </div>
  </div>
</div>

<a class="sk-skiplink" href="#sk-main-content">Gå direkt till innehållet</a>

<header class="sk-header">
  <div class="sk-topbar">
    <ul class="sk-topbar__list">
      <li><a href="https://www.skogsakra.se/lyssna.html" class="sk-topbar__link">Lyssna</a></li>
      <li><a href="https://www.skogsakra.se/other-languages.html" class="sk-topbar__link" lang="en">Other languages</a></li>
      <li><a href="https://www.skogsakra.se/lattlast.html" class="sk-topbar__link">Lättläst</a></li>
      <li><a href="https://www.skogsakra.se/teckensprak.html" class="sk-topbar__link">Teckenspråk</a></li>
      <li><a href="https://etjanster.skogsakra.se/" class="sk-topbar__link">E-tjänster</a></li>
    </ul>
  </div>
  <div class="sk-header__main">
    <a href="https://www.skogsakra.se/" class="sk-logo"><img src="./Lokal överenskommelse med föreningslivet - Skogsåkra kommun_files/skogsakra-logo.svg" alt="Skogsåkra kommun, till startsidan"></a>
    <form class="sk-search" action="https://www.skogsakra.se/sok.html" method="get" role="search">
      <label for="sk-search-input" class="sr-only">Sök på webbplatsen</label>
      <input id="sk-search-input" type="search" name="query" placeholder="Vad letar du efter?" autocomplete="off">
      <button type="submit">Sök</button>
    </form>
    <button class="sk-menu-toggle" aria-expanded="false" aria-controls="sk-mainnav">Meny</button>
  </div>
  <nav id="sk-mainnav" class="sk-mainnav" aria-label="Huvudmeny">
    <ul>
      <li><a href="https://www.skogsakra.se/barn-och-utbildning.html">Barn och utbildning</a></li>
      <li><a href="https://www.skogsakra.se/omsorg-och-stod.html">Omsorg och stöd</a></li>
      <li><a href="https://www.skogsakra.se/bygga-bo-och-miljo.html">Bygga, bo och miljö</a></li>
      <li class="sk-active"><a href="https://www.skogsakra.se/kultur-och-fritid.html" aria-current="true">Kultur och fritid</a></li>
      <li><a href="https://www.skogsakra.se/naringsliv-och-arbete.html">Näringsliv och arbete</a></li>
      <li><a href="https://www.skogsakra.se/kommun-och-politik.html">Kommun och politik</a></li>
    </ul>
  </nav>
</header>

<nav class="sk-breadcrumbs" aria-label="Du är här">
  <ol>
    <li><a href="https://www.skogsakra.se/">Startsida</a></li>
    <li><a href="https://www.skogsakra.se/kultur-och-fritid.html">Kultur och fritid</a></li>
    <li><a href="https://www.skogsakra.se/kultur-och-fritid/foreningsliv.html">Föreningsliv</a></li>
    <li><span aria-current="page">Lokal överenskommelse med föreningslivet</span></li>
  </ol>
</nav>

<div class="sv-layout sk-page">
<aside class="sk-sidemenu" aria-label="Undermeny Föreningsliv">
  <h2 class="sk-sidemenu__title"><a href="https://www.skogsakra.se/kultur-och-fritid/foreningsliv.html">Föreningsliv</a></h2>
  <ul>
    <li><a href="https://www.skogsakra.se/kultur-och-fritid/foreningsliv/foreningsbidrag.html">Föreningsbidrag</a></li>
    <li><a href="https://www.skogsakra.se/kultur-och-fritid/foreningsliv/foreningsregister.html">Föreningsregistret</a></li>
    <li><a href="https://www.skogsakra.se/kultur-och-fritid/foreningsliv/boka-lokaler.html">Boka lokaler och anläggningar</a></li>
    <li class="sk-current"><a href="https://www.skogsakra.se/kultur-och-fritid/foreningsliv/lokal-overenskommelse-med-foreningslivet.html" aria-current="page">Lokal överenskommelse med föreningslivet</a></li>
    <li><a href="https://www.skogsakra.se/kultur-och-fritid/foreningsliv/dialogforum.html">Dialogforum</a></li>
    <li><a href="https://www.skogsakra.se/kultur-och-fritid/foreningsliv/utbildningar.html">Utbildningar för föreningar</a></li>
    <li><a href="https://www.skogsakra.se/kultur-och-fritid/foreningsliv/stipendier.html">Stipendier och priser</a></li>
  </ul>
</aside>

<main id="sk-main-content" class="sk-main">
<article class="sk-article">
  <h1 class="heading-1">Lokal överenskommelse med föreningslivet och den idéburna sektorn</h1>
  <p class="sk-ingress">Skogsåkra kommun och föreningslivet har tillsammans tagit fram en lokal överenskommelse om hur vi ska samarbeta. Här kan du läsa vad överenskommelsen innehåller och vad kommunen och föreningarna har lovat varandra.</p>

  <div class="sk-tools">
    <a href="javascript:window.print()" class="sk-tools__print">Skriv ut</a>
    <a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=11876&amp;lang=sv_se" class="sk-tools__listen">Lyssna</a>
    <a href="https://www.skogsakra.se/download/18.4f2a1c9d18c0e5b3a12/1733219004417/Lokal-overenskommelse-Skogsakra-2025-2028.pdf" class="sk-tools__pdf">Lokal överenskommelse 2025–2028 (pdf, 412 kB)</a>
  </div>

  <div class="sk-factbox">
    <h2 class="heading-4">Kort om överenskommelsen</h2>
    <p>Överenskommelsen antogs av kommunfullmäktige den 25 november 2024 (§ 168) och gäller 2025–2028.</p>
    <p>Den har tagits fram i dialog med föreningar, studieförbund, trossamfund och andra idéburna organisationer i kommunen. Hittills har 43 organisationer anslutit sig.</p>
    <p>Ansvarig nämnd: Kultur- och fritidsnämnden</p>
  </div>

  <h2 class="heading-2" id="vad-ar">Vad är en lokal överenskommelse?</h2>
  <p>En lokal överenskommelse är ett gemensamt dokument som beskriver hur kommunen och den idéburna sektorn ska arbeta tillsammans. Den bygger på den nationella överenskommelsen från 2008 mellan regeringen, Sveriges Kommuner och Regioner och idéburna organisationer inom det sociala området, och på de sex principer som finns där.</p>
  <p>I Skogsåkra har vi också lagt till en sjunde princip om barnets rättigheter, eftersom en stor del av föreningslivet i kommunen vänder sig till barn och unga.</p>
  <p>Överenskommelsen är inget avtal med juridiska krav. Den är en avsiktsförklaring som visar hur vi vill att samarbetet ska fungera.</p>

  <div class="env-collapse sk-readmore">
    <h3 class="env-collapse__heading"><button type="button" class="env-collapse__trigger" aria-expanded="false" aria-controls="readmore-bakgrund">Läs mer om hur överenskommelsen togs fram</button></h3>
    <div id="readmore-bakgrund" class="env-collapse__content" hidden>
      <p>Arbetet startade hösten 2023 med tre öppna workshoppar i Skogsåkra, Lövnäs och Bäckeby. Ett förslag skickades på remiss till alla föreningar i föreningsregistret mellan den 15 april och den 31 maj 2024. Totalt kom 27 remissvar in.</p>
      <p>En arbetsgrupp med sex representanter från föreningslivet och fyra tjänstepersoner från kommunen arbetade sedan fram den slutliga texten. Kommunstyrelsen ställde sig bakom förslaget den 29 oktober 2024.</p>
    </div>
  </div>

  <h2 class="heading-2" id="principer">Sju principer för samverkan</h2>
  <p>Överenskommelsen är uppbyggd kring sju principer. Under varje princip beskriver vi vad den betyder och vad parterna åtar sig att göra.</p>

  <h3 class="heading-3" id="sjalvstandighet">Självständighet och oberoende</h3>
  <p>Föreningslivet är en självständig del av samhället. Föreningarna har rätt att driva sina frågor, granska kommunen och vara kritiska, även när de får stöd från kommunen.</p>
  <p><strong>Kommunen åtar sig att:</strong></p>
  <ul>
    <li>respektera föreningarnas rätt att själva bestämma över sin verksamhet, sin organisation och sina prioriteringar</li>
    <li>inte ställa krav på att en förening ska ställa sig bakom kommunens politik för att få bidrag eller lokaler</li>
    <li>ta hänsyn till föreningarnas egna beslutsvägar när kommunen bjuder in till samråd, så att det finns tid att förankra synpunkter i styrelsen.</li>
  </ul>
  <p><strong>Föreningarna</strong> ansvarar för att deras verksamhet vilar på demokratisk grund och att de följer sina egna stadgar. De åtar sig också att tydligt skilja mellan verksamhet som finansieras med kommunala medel och egen opinionsbildning.</p>

  <h3 class="heading-3" id="dialog">Dialog</h3>
  <p>Dialog bygger på att båda parter lyssnar på varandra och att alla får komma till tals. En bra dialog gör att beslut blir bättre förankrade.</p>
  <p>Kommunen ska bjuda in till Dialogforum minst två gånger per år, och föreningslivet ska utse ombud som förbereder sig och för vidare det som sägs till sina medlemmar.</p>
  <p>Kommunen kommer också att</p>
  <ul>
    <li>ge föreningarna möjlighet att lämna synpunkter i ett tidigt skede när beslut som berör dem förbereds,</li>
    <li>utse en kontaktperson för föreningslivet på varje förvaltning,</li>
    <li>återkoppla inom fyra veckor på frågor och förslag som kommer in via Dialogforum.</li>
  </ul>
  <div class="env-collapse sk-readmore">
    <h4 class="env-collapse__heading"><button type="button" class="env-collapse__trigger" aria-expanded="false" aria-controls="readmore-dialogforum">Läs mer: Så fungerar Dialogforum</button></h4>
    <div id="readmore-dialogforum" class="env-collapse__content" hidden>
      <p>Dialogforum är en mötesplats för föreningslivet och kommunens politiker och tjänstepersoner. Alla föreningar som har anslutit sig till överenskommelsen kan skicka två ombud.</p>
      <p>Kultur- och fritidsförvaltningen ansvarar för kallelse och dokumentation och för att minnesanteckningarna publiceras på webbplatsen inom två veckor.</p>
      <p>Nästa Dialogforum hålls den 8 oktober 2025 kl. 18.00–20.30 i Medborgarhuset, Storgatan 14.</p>
    </div>
  </div>

  <h3 class="heading-3" id="kvalitet">Kvalitet</h3>
  <p>Föreningslivet bidrar med kunskap och erfarenheter som kommunen inte har. Kvalitet handlar både om att verksamheten håller god nivå och om att samverkan fungerar bra för båda parter.</p>
  <p>För att hålla hög kvalitet i samverkan ska kommunen:</p>
  <ul>
    <li>erbjuda kostnadsfria utbildningar för föreningarnas ledare och styrelser, till exempel i föreningsekonomi och barnskydd</li>
    <li>göra ansökningar om föreningsbidrag så enkla som möjligt och ta fram e-tjänster som fungerar även för små föreningar</li>
    <li>lämna besked om bidragsansökningar inom åtta veckor</li>
  </ul>
  <p>De idéburna organisationerna åtar sig att:</p>
  <ul>
    <li>redovisa hur kommunala bidrag har använts på ett tydligt och korrekt sätt</li>
    <li>arbeta för att ledare och volontärer har den kunskap som verksamheten kräver</li>
    <li>delta i kommunens utbildningar när de är relevanta för verksamheten</li>
  </ul>

  <h3 class="heading-3" id="langsiktighet">Långsiktighet</h3>
  <p>Föreningar behöver kunna planera längre än ett år i taget. Korta projekt och osäkra bidrag gör det svårt att bygga upp en stabil verksamhet.</p>
  <p>Kommunen ska i första hand erbjuda fleråriga överenskommelser och verksamhetsbidrag när en verksamhet är av långsiktig karaktär. Kommunen kommer att informera om förändringar i bidragsregler minst ett år innan de börjar gälla.</p>
  <p>Föreningarna ansvarar för att planera sin ekonomi så att verksamheten inte är helt beroende av kommunens bidrag.</p>
  <div class="env-collapse sk-readmore">
    <h4 class="env-collapse__heading"><button type="button" class="env-collapse__trigger" aria-expanded="false" aria-controls="readmore-iop">Läs mer om idéburet offentligt partnerskap (IOP)</button></h4>
    <div id="readmore-iop" class="env-collapse__content" hidden>
      <p>Idéburet offentligt partnerskap, IOP, är en samverkansform där kommunen och en idéburen organisation tillsammans finansierar och driver en verksamhet som ligger i linje med organisationens eget syfte. I dag har Skogsåkra kommun två IOP, med Kvinno- och tjejjouren Lindan och med Föreningen Gröna Gården.</p>
      <p>Kommunen ska pröva om IOP är en lämplig samverkansform innan en verksamhet som föreningslivet driver upphandlas.</p>
    </div>
  </div>

  <h3 class="heading-3" id="oppenhet">Öppenhet och insyn</h3>
  <p>Öppenhet och insyn skapar förtroende mellan parterna, inte minst när det gäller hur pengar fördelas och hur beslut fattas.</p>
  <p><strong>Det här gör kommunen</strong></p>
  <ul>
    <li>Publicerar beslut om föreningsbidrag och lokalbokning på <a href="https://www.skogsakra.se/kultur-och-fritid/foreningsliv/foreningsbidrag.html">kommunens webbplats</a> varje kvartal.</li>
    <li>Är öppen med hur bidragen fördelas och vilka bedömningsgrunder som används.</li>
  </ul>
  <p><strong>Det här gör föreningarna</strong></p>
  <ul>
    <li>Ger kommunen insyn i den verksamhet som får kommunalt stöd.</li>
    <li>Håller sina kontaktuppgifter i kommunens föreningsregister aktuella.</li>
  </ul>
  <p>Båda parter ska respektera att viss information kan omfattas av sekretess eller tystnadsplikt.</p>
  <p>&nbsp;</p>

  <h3 class="heading-3" id="mangfald">Mångfald</h3>
  <p>Ett rikt föreningsliv speglar hela befolkningen. Det är viktigt att människor kan delta oavsett var i kommunen de bor.</p>
  <p>Kommunen ska verka för att fler invånare får tillgång till föreningslivet, oavsett bakgrund, funktionsförmåga, kön eller ekonomiska förutsättningar. Därför ska kommunen</p>
  <ul>
    <li>prioritera bidrag till verksamheter som når grupper som i dag deltar i låg grad</li>
    <li>se till att kommunens anläggningar och lokaler är tillgängliga för personer med funktionsnedsättning.</li>
  </ul>
  <p>Föreningarna verkar för att vara öppna för alla och att aktivt bjuda in nya medlemmar, ledare och volontärer.</p>

  <h3 class="heading-3" id="barnratt">Barnrättsperspektiv</h3>
  <p>Barnkonventionen är svensk lag sedan den 1 januari 2020. Många föreningar i Skogsåkra har verksamhet för barn och unga, och både kommunen och föreningarna har ett ansvar för att barnens rättigheter tas tillvara.</p>
  <p>Kommunen ska göra barnrättsbedömningar inför beslut som påverkar barns och ungas fritid. Föreningar som bedriver verksamhet för barn och unga förbinder sig att begära utdrag ur belastningsregistret för ledare som arbetar med barn.</p>
  <p>Tillsammans ska parterna ge barn och unga möjlighet att vara med och påverka verksamheten.</p>

  <h2 class="heading-2" id="tillsammans">Så följer vi upp överenskommelsen</h2>
  <p>Kommunen och föreningslivet har kommit överens om att</p>
  <ol>
    <li>tillsammans följa upp överenskommelsen varje år på höstens Dialogforum,</li>
    <li>gemensamt ta fram en handlingsplan med konkreta aktiviteter för varje mandatperiod,</li>
    <li>revidera överenskommelsen senast under 2028.</li>
  </ol>

  <h2 class="heading-2" id="anslut">Vanliga frågor</h2>
  <div class="sk-faq">
    <details class="sk-faq__item">
      <summary>Hur ansluter sig vår förening till överenskommelsen?</summary>
      <div class="sk-faq__body"><p>Styrelsen fattar beslut om att ansluta föreningen. Därefter fyller ni i e-tjänsten Anslutning till lokal överenskommelse. Ni får ett diplom och blir inbjudna till Dialogforum.</p></div>
    </details>
    <details class="sk-faq__item">
      <summary>Kostar det något att ansluta sig?</summary>
      <div class="sk-faq__body"><p>Nej, det är kostnadsfritt. Anslutningen påverkar inte heller hur mycket bidrag föreningen kan söka.</p></div>
    </details>
    <details class="sk-faq__item">
      <summary>Vad händer om någon inte följer överenskommelsen?</summary>
      <div class="sk-faq__body"><p>Överenskommelsen är en gemensam viljeinriktning och det finns inga sanktioner. Om du upplever att kommunen eller en förening inte lever upp till den kan du ta upp det med kontaktpersonen nedan eller på Dialogforum.</p></div>
    </details>
  </div>

  <div class="sk-contact" aria-labelledby="kontakt-rubrik">
    <h2 id="kontakt-rubrik" class="heading-4">Kontakt</h2>
    <p class="sk-contact__name"><strong>Maria Sandén</strong></p>
    <p class="sk-contact__title">Utvecklare civilsamhälle, kultur- och fritidsförvaltningen</p>
    <p>Telefon: <a href="tel:+4624335218">0243-352 18</a></p>
    <p>E-post: <a href="mailto:maria.sanden@skogsakra.se">maria.sanden@skogsakra.se</a></p>
    <p class="sk-contact__title">Föreningsservice</p>
    <p>Telefon: <a href="tel:+4624335000">0243-350 00</a> (växel)</p>
    <p>E-post: <a href="mailto:foreningsservice@skogsakra.se">foreningsservice@skogsakra.se</a></p>
  </div>

  <div class="sk-article__footer">
    <p class="sk-lastmodified">Senast uppdaterad: <time datetime="2025-03-04">4 mars 2025</time></p>
    <p class="sk-pageowner">Sidansvarig: <a href="mailto:webb.kultur@skogsakra.se">Kultur- och fritidsförvaltningen</a></p>
  </div>

  <div class="sk-share">
    <span>Dela sidan:</span>
    <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.skogsakra.se%2Fkultur-och-fritid%2Fforeningsliv%2Flokal-overenskommelse-med-foreningslivet.html">Facebook</a>
    <a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.skogsakra.se%2Fkultur-och-fritid%2Fforeningsliv%2Flokal-overenskommelse-med-foreningslivet.html">LinkedIn</a>
    <a href="mailto:?subject=Lokal%20%C3%B6verenskommelse">E-post</a>
  </div>

  <form class="sk-feedback" action="https://www.skogsakra.se/feedback" method="post">
    <fieldset>
      <legend>Fick du svar på din fråga?</legend>
      <label><input type="radio" name="helpful" value="yes"> Ja</label>
      <label><input type="radio" name="helpful" value="no"> Nej</label>
    </fieldset>
    <label for="fb-comment">Vad kan vi göra bättre? Skriv inte personuppgifter här. Vi svarar inte på frågor i detta formulär.</label>
    <textarea id="fb-comment" name="comment" rows="3"></textarea>
    <button type="submit">Skicka</button>
  </form>
</article>
</main>
</div>

<footer class="sk-footer">
  <div class="sk-footer__col">
    <h2 class="heading-4">Skogsåkra kommun</h2>
    <p>Kommunhuset, Storgatan 12<br>784 31 Skogsåkra</p>
    <p>Telefon: 0243-350 00<br>E-post: <a href="mailto:kommunen@skogsakra.se">kommunen@skogsakra.se</a></p>
    <p>Organisationsnummer: 212000-2391</p>
  </div>
  <div class="sk-footer__col">
    <h2 class="heading-4">Kontaktcenter</h2>
    <p>Måndag–torsdag 8.00–16.30<br>Fredag 8.00–15.00</p>
    <p>Lunchstängt 12.00–12.45 i juni–augusti.</p>
  </div>
  <div class="sk-footer__col">
    <h2 class="heading-4">Följ oss</h2>
    <ul class="sk-social">
      <li><a href="https://www.facebook.com/skogsakrakommun">Facebook</a></li>
      <li><a href="https://www.instagram.com/skogsakrakommun/">Instagram</a></li>
      <li><a href="https://www.linkedin.com/company/skogsakra-kommun/">LinkedIn</a></li>
      <li><a href="https://www.youtube.com/@skogsakrakommun">Youtube</a></li>
    </ul>
  </div>
  <div class="sk-footer__bottom">
    <ul>
      <li><a href="https://www.skogsakra.se/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li>
      <li><a href="https://www.skogsakra.se/om-webbplatsen/kakor.html">Kakor (cookies)</a></li>
      <li><a href="https://www.skogsakra.se/kommun-och-politik/personuppgifter.html">Så hanterar vi personuppgifter</a></li>
      <li><a href="https://www.skogsakra.se/om-webbplatsen.html">Om webbplatsen</a></li>
    </ul>
  </div>
</footer>

<script src="./Lokal överenskommelse med föreningslivet - Skogsåkra kommun_files/jquery-3.7.1.min.js"></script>
<script>
document.querySelectorAll('.env-collapse__trigger').forEach(function (b) {
  b.addEventListener('click', function () {
    var p = document.getElementById(b.getAttribute('aria-controls'));
    var open = b.getAttribute('aria-expanded') === 'true';
    b.setAttribute('aria-expanded', String(!open));
    p.hidden = open;
  });
});
</script>
<script>
var _paq = window._paq = window._paq || [];
_paq.push(['trackPageView']); _paq.push(['enableLinkTracking']);
(function(){var u="https://statistik.skogsakra.se/";_paq.push(['setTrackerUrl',u+'matomo.php']);_paq.push(['setSiteId','3']);})();
</script>
</body></html>
"""

S, D, K, L, O, M, B = ("sjalvstandighet_och_oberoende", "dialog", "kvalitet", "langsiktighet",
                       "oppenhet_och_insyn", "mangfald", "barnrattsperspektiv")
P, C, J = "public", "civil_society", "joint"

COMMITMENTS = [
    (S, P, "respektera föreningarnas rätt att själva bestämma över sin verksamhet, sin organisation och sina prioriteringar"),
    (S, P, "inte ställa krav på att en förening ska ställa sig bakom kommunens politik för att få bidrag eller lokaler"),
    (S, P, "ta hänsyn till föreningarnas egna beslutsvägar när kommunen bjuder in till samråd, så att det finns tid att förankra synpunkter i styrelsen."),
    (S, C, "Föreningarna ansvarar för att deras verksamhet vilar på demokratisk grund och att de följer sina egna stadgar."),
    (S, C, "De åtar sig också att tydligt skilja mellan verksamhet som finansieras med kommunala medel och egen opinionsbildning."),
    (D, P, "Kommunen ska bjuda in till Dialogforum minst två gånger per år"),
    (D, C, "föreningslivet ska utse ombud som förbereder sig och för vidare det som sägs till sina medlemmar."),
    (D, P, "ge föreningarna möjlighet att lämna synpunkter i ett tidigt skede när beslut som berör dem förbereds"),
    (D, P, "utse en kontaktperson för föreningslivet på varje förvaltning"),
    (D, P, "återkoppla inom fyra veckor på frågor och förslag som kommer in via Dialogforum."),
    (D, P, "Kultur- och fritidsförvaltningen ansvarar för kallelse och dokumentation och för att minnesanteckningarna publiceras på webbplatsen inom två veckor."),
    (K, P, "erbjuda kostnadsfria utbildningar för föreningarnas ledare och styrelser, till exempel i föreningsekonomi och barnskydd"),
    (K, P, "göra ansökningar om föreningsbidrag så enkla som möjligt och ta fram e-tjänster som fungerar även för små föreningar"),
    (K, P, "lämna besked om bidragsansökningar inom åtta veckor"),
    (K, C, "redovisa hur kommunala bidrag har använts på ett tydligt och korrekt sätt"),
    (K, C, "arbeta för att ledare och volontärer har den kunskap som verksamheten kräver"),
    (K, C, "delta i kommunens utbildningar när de är relevanta för verksamheten"),
    (L, P, "Kommunen ska i första hand erbjuda fleråriga överenskommelser och verksamhetsbidrag när en verksamhet är av långsiktig karaktär."),
    (L, P, "Kommunen kommer att informera om förändringar i bidragsregler minst ett år innan de börjar gälla."),
    (L, C, "Föreningarna ansvarar för att planera sin ekonomi så att verksamheten inte är helt beroende av kommunens bidrag."),
    (L, P, "Kommunen ska pröva om IOP är en lämplig samverkansform innan en verksamhet som föreningslivet driver upphandlas."),
    (O, P, "Publicerar beslut om föreningsbidrag och lokalbokning på kommunens webbplats varje kvartal."),
    (O, P, "Är öppen med hur bidragen fördelas och vilka bedömningsgrunder som används."),
    (O, C, "Ger kommunen insyn i den verksamhet som får kommunalt stöd."),
    (O, C, "Håller sina kontaktuppgifter i kommunens föreningsregister aktuella."),
    (O, J, "Båda parter ska respektera att viss information kan omfattas av sekretess eller tystnadsplikt."),
    (M, P, "Kommunen ska verka för att fler invånare får tillgång till föreningslivet, oavsett bakgrund, funktionsförmåga, kön eller ekonomiska förutsättningar."),
    (M, P, "prioritera bidrag till verksamheter som når grupper som i dag deltar i låg grad"),
    (M, P, "se till att kommunens anläggningar och lokaler är tillgängliga för personer med funktionsnedsättning."),
    (M, C, "Föreningarna verkar för att vara öppna för alla och att aktivt bjuda in nya medlemmar, ledare och volontärer."),
    (B, P, "Kommunen ska göra barnrättsbedömningar inför beslut som påverkar barns och ungas fritid."),
    (B, C, "Föreningar som bedriver verksamhet för barn och unga förbinder sig att begära utdrag ur belastningsregistret för ledare som arbetar med barn."),
    (B, J, "Tillsammans ska parterna ge barn och unga möjlighet att vara med och påverka verksamheten."),
    (None, J, "tillsammans följa upp överenskommelsen varje år på höstens Dialogforum"),
    (None, J, "gemensamt ta fram en handlingsplan med konkreta aktiviteter för varje mandatperiod"),
    (None, J, "revidera överenskommelsen senast under 2028."),
]

QUESTIONS = [
    ("q1", "Hur ofta ska kommunen bjuda in till Dialogforum?", "sv",
     ["Kommunen ska bjuda in till Dialogforum minst två gånger per år"],
     ["minst två gånger per år"]),
    ("q2", "hur lang tid tar det innan man far besked om foreningsbidrag?", "sv",
     ["lämna besked om bidragsansökningar inom åtta veckor"],
     ["åtta veckor"]),
    ("q3", "When was the local agreement adopted, and by which body?", "en",
     ["Överenskommelsen antogs av kommunfullmäktige den 25 november 2024 (§ 168) och gäller 2025–2028."],
     ["kommunfullmäktige", "25 november 2024"]),
    ("q4", "Måste vår förening ställa sig bakom kommunens politik för att få bidrag?", "sv",
     ["inte ställa krav på att en förening ska ställa sig bakom kommunens politik för att få bidrag eller lokaler"],
     ["inte ställa krav"]),
    ("q5", "Vad behöver vi som har barnverksamhet göra när det gäller våra ledare?", "sv",
     ["Föreningar som bedriver verksamhet för barn och unga förbinder sig att begära utdrag ur belastningsregistret för ledare som arbetar med barn."],
     ["belastningsregistret"]),
    ("q6", "How far in advance will the municipality announce changes to the grant rules?", "en",
     ["Kommunen kommer att informera om förändringar i bidragsregler minst ett år innan de börjar gälla."],
     ["minst ett år"]),
    ("q7", "vem ar kontaktperson pa kommunen for overenskommelsen?", "sv",
     ["Maria Sandén", "Utvecklare civilsamhälle, kultur- och fritidsförvaltningen", "maria.sanden@skogsakra.se"],
     ["Maria Sandén"]),
    ("q8", "Hur ska överenskommelsen följas upp?", "sv",
     ["tillsammans följa upp överenskommelsen varje år på höstens Dialogforum",
      "revidera överenskommelsen senast under 2028."],
     ["varje år", "2028"]),
    ("q9", "Hur mycket verksamhetsbidrag får en förening per aktiv medlem?", "sv", [], []),
    ("q10", "Vilka föreningar sitter i arbetsgruppen som tar fram handlingsplanen?", "sv", [], []),
]

DESCRIPTION = (
    "A saved Sitevision-style web page of a small Swedish kommun (Skogsåkra kommun) presenting its local "
    "agreement with föreningslivet and den idéburna sektorn. Page chrome: a 'saved from url' comment, "
    "inline <style> and several <script>s (Matomo, accordion JS), a cookie consent dialog at the top "
    "('Kakor (cookies) på skogsakra.se', three buttons), skip link, top bar (Lyssna, Other languages, "
    "Lättläst …), logo, search form, main navigation, breadcrumbs in an <ol>, a side menu for "
    "Föreningsliv, print/listen/PDF tools, share links, a feedback form and a footer with address, "
    "opening hours, social links (Facebook, Instagram, LinkedIn, Youtube) and legal links. The <article> "
    "has an h1, an ingress, a fact box with the decision (kommunfullmäktige 25 november 2024, § 168, "
    "valid 2025–2028), background prose, and 'Läs mer' expandable parts built as <button aria-expanded> "
    "in h3/h4 plus a div with the hidden attribute: one pure background (decoy dates 2024-04-15–05-31 and "
    "kommunstyrelsen 29 oktober 2024), one under Dialog holding a commitment sentence (Kultur- och "
    "fritidsförvaltningen ansvarar för …) next to a decoy meeting date, and one under Långsiktighet "
    "about IOP holding a 'Kommunen ska pröva …' sentence. Seven h3 principles without numbers (the six "
    "national ones plus Barnrättsperspektiv). Commitments are varied: <ul> after a bold "
    "'Kommunen åtar sig att:' lead-in, after a plain '<p>Kommunen kommer också att</p>' without colon "
    "(items ending with commas), after 'För att hålla hög kvalitet i samverkan ska kommunen:', after 'De "
    "idéburna organisationerna åtar sig att:', after a lead-in at the end of a prose paragraph "
    "('… Därför ska kommunen' without colon); subjectless present-tense items ('Publicerar …', 'Ger …') "
    "under bold headings 'Det här gör kommunen' / 'Det här gör föreningarna'; sentences with ska / "
    "ansvarar för / kommer att / verkar för / förbinder sig, a paragraph starting with a <strong>"
    "Föreningarna</strong> run-in followed by a 'De åtar sig också att …' sentence whose subject is a "
    "pronoun, one sentence with two parties ('Kommunen ska …, och föreningslivet ska …'), two commitments "
    "in one paragraph (kommun and föreningar), a link inside a list item, and a joint <ol> after "
    "'Kommunen och föreningslivet har kommit överens om att' under 'Så följer vi upp överenskommelsen' "
    "(principle null). Non-commitments: a FAQ in <details>/<summary> (joining, cost, sanctions), a "
    "contact box (Maria Sandén, Föreningsservice), 'Senast uppdaterad: 4 mars 2025' (not the decision "
    "date), 'Sidansvarig', an empty &nbsp; paragraph."
)


def main():
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
        f.write(HTML)
    exp = {
        "file": FILE,
        "layout": FOLDER,
        "description": DESCRIPTION,
        "metadata": {
            "doc_id": FILE.rsplit(".", 1)[0],
            "title": "Lokal överenskommelse med föreningslivet och den idéburna sektorn",
            "place": "Skogsåkra",
            "organisation": "Skogsåkra kommun",
            "kind": "överenskommelse",
            "date": "2024-11-25",
            "body": "kommunfullmäktige",
        },
        "commitments": [{"text": t, "principle": p, "party": party} for p, party, t in COMMITMENTS],
        "questions": [
            {"id": i, "question": q, "language": lang, "answerable": bool(gold),
             "gold": gold, "must_mention": mm}
            for i, q, lang, gold, mm in QUESTIONS
        ],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {FILE} and expected.json: {len(COMMITMENTS)} commitments, {len(QUESTIONS)} questions")


if __name__ == "__main__":
    main()
