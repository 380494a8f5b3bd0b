#!/usr/bin/env python3
"""Generate oxelvik_overenskommelse_civilsamhallet.html (a saved city web page)
and expected.json.  Standard library only:  python3 make.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "oxelvik_overenskommelse_civilsamhallet.html"

HTML = """<!DOCTYPE html>
<html lang="sv" class="no-js">
<!-- saved from url=(0093)https://www.oxelvik.se/kultur-och-fritid/foreningsliv/stadens-overenskommelse-med-civilsamhallet -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stadens överenskommelse med civilsamhället - Oxelviks stad</title>
<meta name="description" content="Oxelviks stad och civilsamhället har en gemensam överenskommelse om hur vi samverkar. Här kan du läsa hela överenskommelsen.">
<meta property="og:title" content="Stadens överenskommelse med civilsamhället">
<meta property="og:site_name" content="Oxelviks stad">
<meta property="og:type" content="article">
<meta name="sv.pageId" content="4.3c61d0a8187f2b9e4a21b7e">
<link rel="canonical" href="https://www.oxelvik.se/kultur-och-fritid/foreningsliv/stadens-overenskommelse-med-civilsamhallet">
<link rel="stylesheet" href="./Stadens överenskommelse med civilsamhället - Oxelviks stad_files/main.4f09c1.css">
<link rel="icon" href="https://www.oxelvik.se/favicon.ico">
<style>
  .sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
  .skip-link{position:absolute;left:-9999px}.skip-link:focus{left:1rem;top:1rem;z-index:999}
  .ox-table{border-collapse:collapse;width:100%;margin:1rem 0 1.5rem}
  .ox-table th,.ox-table td{border:1px solid #c9c9c9;padding:.5rem .75rem;vertical-align:top;text-align:left}
  .ox-table thead th{background:#0b4f6c;color:#fff}
  .ox-factbox{background:#eef5f8;border-left:4px solid #0b4f6c;padding:1rem 1.25rem;margin:2rem 0}
  .ox-feedback[hidden]{display:none}
</style>
<script>document.documentElement.className = document.documentElement.className.replace('no-js','js');</script>
<script async src="./Stadens överenskommelse med civilsamhället - Oxelviks stad_files/matomo.js"></script>
<script>
  var _paq = window._paq = window._paq || [];
  _paq.push(['setCustomDimension', 1, 'Kultur och fritid']);
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
</script>
</head>
<body class="sv-page template-article">

<a class="skip-link" href="#huvudinnehall">Gå direkt till innehållet</a>

<div id="cookie-banner" class="ox-cookie" role="region" aria-label="Kakor">
  <div class="ox-cookie__inner">
    <p class="ox-cookie__title"><strong>Vi använder kakor</strong></p>
    <p>Oxelviks stad använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. Vissa kakor är nödvändiga, andra använder vi bara om du godkänner dem. <a href="https://www.oxelvik.se/om-webbplatsen/kakor">Läs mer om kakor</a></p>
    <button type="button" class="ox-btn" data-cookie="all">Godkänn alla kakor</button>
    <button type="button" class="ox-btn ox-btn--secondary" data-cookie="necessary">Bara nödvändiga kakor</button>
  </div>
</div>

<header class="ox-header">
  <div class="ox-topbar">
    <ul class="ox-topbar__links">
      <li><a href="https://www.oxelvik.se/other-languages">Other languages</a></li>
      <li><a href="https://www.oxelvik.se/lattlast">Lättläst</a></li>
      <li><a href="https://www.oxelvik.se/teckensprak">Teckenspråk</a></li>
      <li><a href="#" class="ox-listen">Lyssna</a></li>
      <li><a href="https://www.oxelvik.se/e-tjanster">E-tjänster</a></li>
    </ul>
  </div>
  <div class="ox-header__main">
    <a class="ox-logo" href="https://www.oxelvik.se/"><img src="./Stadens överenskommelse med civilsamhället - Oxelviks stad_files/oxelvik-logo.svg" alt="Oxelviks stad, till startsidan"></a>
    <form class="ox-search" action="https://www.oxelvik.se/sok" role="search">
      <label for="q" class="sr-only">Sök på webbplatsen</label>
      <input id="q" name="query" type="search" placeholder="Vad letar du efter?">
      <button type="submit">Sök</button>
    </form>
    <button type="button" class="ox-menu-toggle" aria-expanded="false" aria-controls="huvudmeny">Meny</button>
  </div>
  <nav id="huvudmeny" class="ox-mainnav" aria-label="Huvudmeny">
    <ul>
      <li><a href="https://www.oxelvik.se/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="https://www.oxelvik.se/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="https://www.oxelvik.se/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="https://www.oxelvik.se/trafik-och-stadsplanering">Trafik och stadsplanering</a></li>
      <li class="is-active"><a href="https://www.oxelvik.se/kultur-och-fritid" aria-current="true">Kultur och fritid</a></li>
      <li><a href="https://www.oxelvik.se/naringsliv-och-arbete">Näringsliv och arbete</a></li>
      <li><a href="https://www.oxelvik.se/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
</header>

<nav class="ox-breadcrumbs" aria-label="Du är här">
  <ol>
    <li><a href="https://www.oxelvik.se/">Startsida</a></li>
    <li><a href="https://www.oxelvik.se/kultur-och-fritid">Kultur och fritid</a></li>
    <li><a href="https://www.oxelvik.se/kultur-och-fritid/foreningsliv">Föreningsliv</a></li>
    <li aria-current="page">Stadens överenskommelse med civilsamhället</li>
  </ol>
</nav>

<div class="ox-layout">

<aside class="ox-sidenav" aria-labelledby="sidenav-rubrik">
  <h2 id="sidenav-rubrik" class="ox-sidenav__title"><a href="https://www.oxelvik.se/kultur-och-fritid/foreningsliv">Föreningsliv</a></h2>
  <ul>
    <li><a href="https://www.oxelvik.se/kultur-och-fritid/foreningsliv/foreningsbidrag">Föreningsbidrag</a>
      <button type="button" class="ox-sidenav__expand" aria-expanded="false"><span class="sr-only">Visa undersidor</span></button></li>
    <li><a href="https://www.oxelvik.se/kultur-och-fritid/foreningsliv/lokaler-och-anlaggningar">Lokaler och anläggningar för föreningar</a></li>
    <li><a href="https://www.oxelvik.se/kultur-och-fritid/foreningsliv/foreningsregistret">Föreningsregistret</a></li>
    <li><a href="https://www.oxelvik.se/kultur-och-fritid/foreningsliv/utbildningar-for-foreningar">Utbildningar för föreningar</a></li>
    <li class="is-current"><a href="https://www.oxelvik.se/kultur-och-fritid/foreningsliv/stadens-overenskommelse-med-civilsamhallet" aria-current="page">Stadens överenskommelse med civilsamhället</a>
      <ul>
        <li><a href="https://www.oxelvik.se/kultur-och-fritid/foreningsliv/stadens-overenskommelse-med-civilsamhallet/samverkansradet">Samverkansrådet</a></li>
        <li><a href="https://www.oxelvik.se/kultur-och-fritid/foreningsliv/stadens-overenskommelse-med-civilsamhallet/dialogforum">Dialogforum</a></li>
      </ul>
    </li>
    <li><a href="https://www.oxelvik.se/kultur-och-fritid/foreningsliv/ideburet-offentligt-partnerskap">Idéburet offentligt partnerskap (IOP)</a></li>
    <li><a href="https://www.oxelvik.se/kultur-och-fritid/foreningsliv/foreningsnytt">Föreningsnytt – nyhetsbrev</a></li>
  </ul>
</aside>

<main id="huvudinnehall" class="ox-main" tabindex="-1">
<article class="ox-article">

<h1>Stadens överenskommelse med civilsamhället</h1>

<p class="ox-ingress">Oxelviks stad och civilsamhället har tillsammans tagit fram en överenskommelse om hur vi ska samverka. Den bygger på sju principer och beskriver vad staden och föreningarna lovar varandra, så att fler kan engagera sig och Oxelvik blir en bättre stad att leva i.</p>

<div class="ox-download">
  <p><a class="ox-download__link" href="https://www.oxelvik.se/download/18.3c61d0a8187f2b9e4a2216f/1736846012311/Overenskommelse-Oxelviks-stad-och-civilsamhallet-2025-2028.pdf">
    Överenskommelse mellan Oxelviks stad och civilsamhället 2025–2028 (pdf, 486 kB)</a></p>
  <p class="ox-download__note">Dokumentet är inte helt tillgängligt. Kontakta oss om du behöver det i ett annat format.</p>
</div>

<h2 id="varfor">Varför har vi en överenskommelse?</h2>
<p>Föreningar, trossamfund, studieförbund, stiftelser och andra idéburna organisationer gör varje dag stora insatser i Oxelvik. De skapar mötesplatser, ger stöd till människor i utsatta situationer och ger röst åt olika gruppers intressen. Staden vill ta vara på det engagemanget och skapa bättre förutsättningar för det.</p>
<p>År 2008 tecknade regeringen, idéburna organisationer inom det sociala området och Sveriges Kommuner och Regioner en nationell överenskommelse. Den har varit en förebild för många lokala överenskommelser runt om i landet, också för vår. Oxelviks första överenskommelse antogs 2017. Den här versionen har arbetats fram under 2023 och 2024 i tre dialogmöten och en öppen webbenkät som drygt 140 föreningar svarade på.</p>

<h2 id="vilka">Vilka omfattas?</h2>
<p>Överenskommelsen gäller för stadens samtliga nämnder, förvaltningar och helägda bolag. På civilsamhällets sida gäller den för de organisationer som har anslutit sig. Alla idéburna organisationer som är verksamma i Oxelvik kan ansluta sig genom att fylla i ett formulär på sidan <a href="https://www.oxelvik.se/kultur-och-fritid/foreningsliv/stadens-overenskommelse-med-civilsamhallet/samverkansradet">Samverkansrådet</a>. I januari 2025 hade 96 organisationer anslutit sig.</p>
<p>Överenskommelsen är inte juridiskt bindande. Den är en gemensam viljeförklaring och ersätter inte de regler som gäller för bidrag, upphandling eller idéburet offentligt partnerskap.</p>

<h2 id="principer">Sju principer för samverkan</h2>
<p>Överenskommelsen bygger på de sex principerna i den nationella överenskommelsen. Vi har lagt till en sjunde princip om samhällsutveckling. Under varje princip står vad staden och civilsamhällets organisationer åtar sig att göra.</p>

<h3 id="sjalvstandighet">Självständighet och oberoende</h3>
<p>Civilsamhällets organisationer har rätt att själva bestämma över sina mål, sin organisation och sitt arbete. Det gäller också när en organisation får bidrag från staden eller utför uppdrag åt staden. Organisationernas roll som röstbärare och opinionsbildare är lika viktig när de kritiserar stadens beslut som när de stödjer dem.</p>
<table class="ox-table">
  <caption class="sr-only">Åtaganden inom principen självständighet och oberoende</caption>
  <thead>
    <tr><th scope="col">Staden åtar sig att</th><th scope="col">Civilsamhällets organisationer åtar sig att</th></tr>
  </thead>
  <tbody>
    <tr>
      <td>respektera organisationernas rätt att driva opinion och granska stadens verksamhet, även när organisationen får ekonomiskt stöd från staden</td>
      <td>självständigt formulera sina mål och driva sin verksamhet utifrån medlemmarnas och målgruppernas behov</td>
    </tr>
    <tr>
      <td>inte ställa villkor för bidrag som styr organisationernas interna arbete, utöver vad som krävs för att följa upp hur bidraget har använts</td>
      <td>vara tydliga med när de agerar som utförare åt staden och när de agerar som intresseorganisation</td>
    </tr>
  </tbody>
</table>

<h3 id="dialog">Dialog</h3>
<p>Dialog handlar om att lyssna på varandra och ta vara på varandras kunskap. En bra dialog börjar tidigt, innan besluten är fattade, och den bygger på att båda parter är förberedda.</p>
<h4>Staden åtar sig att:</h4>
<ul>
  <li>bjuda in civilsamhället till dialog tidigt i processer som berör föreningslivet, innan förslag till beslut har tagits fram</li>
  <li>ge organisationerna minst sex&nbsp;veckor att svara på remisser</li>
  <li>återkoppla skriftligt hur synpunkter från dialogen har påverkat beslutet</li>
  <li>utse en kontaktperson för civilsamhällesfrågor på varje förvaltning</li>
</ul>
<h4>Civilsamhällets organisationer åtar sig att:</h4>
<ul>
  <li>förankra sina synpunkter hos medlemmar och målgrupper inför dialogmöten</li>
  <li>sprida information om dialogmöten och remisser vidare i sina nätverk</li>
</ul>
<p>Tillsammans ska vi ordna ett öppet dialogforum minst två gånger per år. Datum och anmälan hittar du på sidan <a href="https://www.oxelvik.se/kultur-och-fritid/foreningsliv/stadens-overenskommelse-med-civilsamhallet/dialogforum">Dialogforum</a>.</p>

<h3 id="kvalitet">Kvalitet</h3>
<p>Kvalitet betyder att verksamheten utgår från behoven hos de människor den är till för. Civilsamhällets organisationer har ofta ett eget sätt att se på kvalitet, som bygger på engagemang, närhet och delaktighet. Det behöver vägas in när stöd och uppdrag följs upp.</p>
<p>För att stödja kvaliteten i föreningslivet kommer staden att:</p>
<ul>
  <li>erbjuda kostnadsfria utbildningar för förtroendevalda och ledare i föreningar, till exempel i styrelsearbete, ekonomi och dataskydd</li>
  <li>ha enkla och förutsägbara ansökningsprocesser för bidrag, med e-tjänst och tydliga beslutsdatum</li>
</ul>
<p>Civilsamhällets organisationer ansvarar för att verksamhet som finansieras av staden följs upp och redovisas enligt de villkor som gäller för stödet. Organisationerna åtar sig också att arbeta för en trygg miljö för barn och unga, bland annat genom att begära utdrag ur belastningsregistret för ledare som arbetar med barn.</p>
<p>Staden och organisationerna ska gemensamt ta fram enkla former för uppföljning som inte tar mer tid i anspråk än nödvändigt.</p>

<h3 id="langsiktighet">Långsiktighet</h3>
<p>Föreningar som vet vad som gäller några år framåt kan planera, anställa och utveckla sin verksamhet. Långsiktighet handlar både om ekonomiska villkor och om att samverkan håller över tid, också när personer byts ut.</p>
<table class="ox-table ox-table--small">
  <caption class="sr-only">Åtaganden inom principen långsiktighet</caption>
  <thead>
    <tr><th scope="col">Vem</th><th scope="col">Åtar sig att</th></tr>
  </thead>
  <tbody>
    <tr>
      <th scope="row">Staden</th>
      <td>
        <ul>
          <li>besluta om föreningsbidrag för kommande år senast den 15 december</li>
          <li>pröva flerårigt stöd eller idéburet offentligt partnerskap när en verksamhet har en långsiktig inriktning</li>
        </ul>
      </td>
    </tr>
    <tr>
      <th scope="row">Civilsamhällets organisationer</th>
      <td>planera sin verksamhet så att den inte blir beroende av ett enskilt bidrag från staden</td>
    </tr>
    <tr>
      <th scope="row">Gemensamt</th>
      <td>se över överenskommelsen en gång per mandatperiod</td>
    </tr>
  </tbody>
</table>

<h3 id="oppenhet">Öppenhet och insyn</h3>
<p>Öppenhet skapar förtroende. Båda parter behöver veta hur den andra fattar beslut och hur gemensamma resurser används.</p>
<h4>Staden åtar sig att:</h4>
<ul>
  <li>publicera alla beslut om föreningsbidrag på stadens webbplats</li>
  <li>tydligt beskriva vilka kriterier som gäller för bidrag och för att få låna eller hyra lokaler</li>
  <li>dela med sig av statistik och underlag om lokalsamhället som kan vara till nytta för organisationerna</li>
</ul>
<h4>Civilsamhällets organisationer åtar sig att:</h4>
<ul>
  <li>vara öppna med hur organisationen styrs och hur stöd från staden används</li>
  <li>lämna verksamhetsberättelse och ekonomisk redovisning till staden när de tar emot bidrag</li>
</ul>
<p>Staden ska behandla uppgifter som organisationerna lämnar med respekt för deras integritet, och organisationerna ska i sin tur informera staden i god tid om de inte kan genomföra en verksamhet som staden har gett stöd till.</p>

<h3 id="mangfald">Mångfald</h3>
<p>Civilsamhället i Oxelvik är brett, från stora idrottsföreningar till små nätverk som saknar både lokal och anställda. Mångfalden är en styrka i samverkan. Ingen organisation behöver vara stor eller ha lång erfarenhet för att kunna vara med.</p>
<p><strong>Staden ska:</strong></p>
<ul>
  <li>verka för att stadens lokaler är tillgängliga för personer med funktionsnedsättning</li>
  <li>ge stöd till nystartade föreningar och till organisationer som saknar etablerade kontakter med staden</li>
  <li>översätta information om bidrag och lokaler till de vanligaste språken i Oxelvik</li>
</ul>
<p><strong>Civilsamhällets organisationer ska:</strong></p>
<ul>
  <li>arbeta för att verksamheten är öppen för alla oavsett kön, ålder, funktionsförmåga, etnisk bakgrund, religion, sexuell läggning eller ekonomiska förutsättningar</li>
  <li>bidra med kunskap om grupper som staden har svårt att nå</li>
</ul>

<h3 id="samhallsutveckling">Samhällsutveckling</h3>
<p>Den här principen har vi lagt till i Oxelvik. Civilsamhället bidrar till att göra staden trygg, levande och hållbar, och organisationerna har kunskap som staden behöver när stadsdelar planeras och utvecklas.</p>
<p>Staden kommer att involvera civilsamhället i arbetet med översiktsplanen och i planeringen av nya bostadsområden. Staden verkar också för att fler skolor och mötesplatser i stadsdelarna kan användas av föreningar på kvällar och helger.</p>
<p>Organisationerna åtar sig att dela med sig av sina erfarenheter och nätverk i stadens arbete med trygghet och hållbar utveckling.</p>

<h2 id="uppfoljning">Så följer vi upp överenskommelsen</h2>
<p>Ett samverkansråd med representanter för staden och civilsamhället ansvarar för att följa upp överenskommelsen. Rådet har tolv ledamöter: sex från staden och sex som utses av de anslutna organisationerna. Ordförandeskapet växlar varje år mellan parterna.</p>
<p>Samverkansrådet ska varje år lämna en rapport till kommunstyrelsen om hur åtagandena har genomförts. Kultur- och fritidsförvaltningen ansvarar för att samordna stadens arbete med överenskommelsen och är sekretariat för samverkansrådet.</p>

<div class="ox-factbox" role="note">
  <h2 class="ox-factbox__title">Fakta om överenskommelsen</h2>
  <p>Beslutad av kommunfullmäktige 25 november 2024, § 214 (dnr KS 2024/0387).</p>
  <p>Gäller från 1 januari 2025 till och med 31 december 2028.</p>
  <p>Ersätter överenskommelsen från 2017.</p>
  <p>Ansvarig nämnd: kultur- och fritidsnämnden</p>
</div>

<div class="ox-contact">
  <h2>Kontakt</h2>
  <p><strong>Maria Lindqvist</strong><br>Föreningsutvecklare, kultur- och fritidsförvaltningen<br>
  <a href="mailto:maria.lindqvist@oxelvik.se">maria.lindqvist@oxelvik.se</a><br>Telefon: 0498-56 23 10</p>
  <p>Kontaktcenter Oxelvik<br>Telefon: 0498-56 00 00<br><a href="mailto:kontaktcenter@oxelvik.se">kontaktcenter@oxelvik.se</a></p>
</div>

</article>

<div class="ox-page-meta">
  <p>Sidan uppdaterades: <time datetime="2025-01-14">14 januari 2025</time></p>
  <p>Sidansvarig: Kultur- och fritidsförvaltningen</p>
  <button type="button" class="ox-share">Dela sidan</button>
  <button type="button" class="ox-print" onclick="window.print()">Skriv ut</button>
</div>

<section class="ox-feedback-widget" aria-labelledby="feedback-rubrik">
  <h2 id="feedback-rubrik">Hittade du det du sökte?</h2>
  <form class="ox-feedback" action="https://www.oxelvik.se/feedback" method="post">
    <input type="hidden" name="page" value="4.3c61d0a8187f2b9e4a21b7e">
    <button type="button" class="ox-feedback__yes" name="answer" value="ja">Ja</button>
    <button type="button" class="ox-feedback__no" name="answer" value="nej">Nej</button>
    <div class="ox-feedback__more" hidden>
      <label for="feedback-text">Vad kan vi göra bättre på den här sidan?</label>
      <textarea id="feedback-text" name="comment" rows="4" maxlength="1000"></textarea>
      <p class="ox-feedback__help">Skriv inte personuppgifter. Vi kan inte svara på frågor via formuläret. Har du en fråga kontaktar du Kontaktcenter.</p>
      <button type="submit">Skicka</button>
    </div>
    <p class="ox-feedback__thanks" hidden>Tack för din återkoppling!</p>
  </form>
</section>

</main>
</div>

<footer class="ox-footer">
  <div class="ox-footer__cols">
    <div>
      <h2>Oxelviks stad</h2>
      <p>Stadshuset, Storgatan 12<br>561 80 Oxelvik</p>
      <p>Telefon: 0498-56 00 00<br>E-post: <a href="mailto:kontaktcenter@oxelvik.se">kontaktcenter@oxelvik.se</a></p>
      <p>Organisationsnummer: 212000-9417</p>
    </div>
    <div>
      <h2>Om webbplatsen</h2>
      <ul>
        <li><a href="https://www.oxelvik.se/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li>
        <li><a href="https://www.oxelvik.se/om-webbplatsen/kakor">Kakor</a></li>
        <li><a href="https://www.oxelvik.se/om-webbplatsen/personuppgifter">Så behandlar vi personuppgifter</a></li>
        <li><a href="https://www.oxelvik.se/press">Press och media</a></li>
      </ul>
    </div>
    <div>
      <h2>Följ oss</h2>
      <ul class="ox-social">
        <li><a href="https://www.facebook.com/oxelviksstad">Facebook</a></li>
        <li><a href="https://www.instagram.com/oxelviksstad">Instagram</a></li>
        <li><a href="https://www.linkedin.com/company/oxelviks-stad">LinkedIn</a></li>
      </ul>
    </div>
  </div>
  <p class="ox-footer__copy">© Oxelviks stad 2025</p>
</footer>

<script src="./Stadens överenskommelse med civilsamhället - Oxelviks stad_files/main.4f09c1.js"></script>
<script>
  document.querySelectorAll('.ox-feedback__yes, .ox-feedback__no').forEach(function (b) {
    b.addEventListener('click', function () {
      var f = b.closest('form');
      if (b.value === 'nej') { f.querySelector('.ox-feedback__more').hidden = false; }
      else { f.querySelector('.ox-feedback__thanks').hidden = false; }
    });
  });
</script>
</body>
</html>
"""

S, D, K, L, O, M, SU = ("sjalvstandighet_och_oberoende", "dialog", "kvalitet", "langsiktighet",
                        "oppenhet_och_insyn", "mangfald", "samhallsutveckling")
P, C, J = "public", "civil_society", "joint"

COMMITMENTS = [
    # Självständighet och oberoende (table, one commitment per cell)
    ("respektera organisationernas rätt att driva opinion och granska stadens verksamhet, även när organisationen får ekonomiskt stöd från staden", S, P),
    ("inte ställa villkor för bidrag som styr organisationernas interna arbete, utöver vad som krävs för att följa upp hur bidraget har använts", S, P),
    ("självständigt formulera sina mål och driva sin verksamhet utifrån medlemmarnas och målgruppernas behov", S, C),
    ("vara tydliga med när de agerar som utförare åt staden och när de agerar som intresseorganisation", S, C),
    # Dialog (h4 lead-ins + lists, joint sentence)
    ("bjuda in civilsamhället till dialog tidigt i processer som berör föreningslivet, innan förslag till beslut har tagits fram", D, P),
    ("ge organisationerna minst sex veckor att svara på remisser", D, P),
    ("återkoppla skriftligt hur synpunkter från dialogen har påverkat beslutet", D, P),
    ("utse en kontaktperson för civilsamhällesfrågor på varje förvaltning", D, P),
    ("förankra sina synpunkter hos medlemmar och målgrupper inför dialogmöten", D, C),
    ("sprida information om dialogmöten och remisser vidare i sina nätverk", D, C),
    ("Tillsammans ska vi ordna ett öppet dialogforum minst två gånger per år.", D, J),
    # Kvalitet (paragraph lead-in + list, sentences)
    ("erbjuda kostnadsfria utbildningar för förtroendevalda och ledare i föreningar, till exempel i styrelsearbete, ekonomi och dataskydd", K, P),
    ("ha enkla och förutsägbara ansökningsprocesser för bidrag, med e-tjänst och tydliga beslutsdatum", K, P),
    ("Civilsamhällets organisationer ansvarar för att verksamhet som finansieras av staden följs upp och redovisas enligt de villkor som gäller för stödet.", K, C),
    ("Organisationerna åtar sig också att arbeta för en trygg miljö för barn och unga, bland annat genom att begära utdrag ur belastningsregistret för ledare som arbetar med barn.", K, C),
    ("Staden och organisationerna ska gemensamt ta fram enkla former för uppföljning som inte tar mer tid i anspråk än nödvändigt.", K, J),
    # Långsiktighet (small table with row headers)
    ("besluta om föreningsbidrag för kommande år senast den 15 december", L, P),
    ("pröva flerårigt stöd eller idéburet offentligt partnerskap när en verksamhet har en långsiktig inriktning", L, P),
    ("planera sin verksamhet så att den inte blir beroende av ett enskilt bidrag från staden", L, C),
    ("se över överenskommelsen en gång per mandatperiod", L, J),
    # Öppenhet och insyn (lists + one sentence with two parties)
    ("publicera alla beslut om föreningsbidrag på stadens webbplats", O, P),
    ("tydligt beskriva vilka kriterier som gäller för bidrag och för att få låna eller hyra lokaler", O, P),
    ("dela med sig av statistik och underlag om lokalsamhället som kan vara till nytta för organisationerna", O, P),
    ("vara öppna med hur organisationen styrs och hur stöd från staden används", O, C),
    ("lämna verksamhetsberättelse och ekonomisk redovisning till staden när de tar emot bidrag", O, C),
    ("Staden ska behandla uppgifter som organisationerna lämnar med respekt för deras integritet", O, P),
    ("organisationerna ska i sin tur informera staden i god tid om de inte kan genomföra en verksamhet som staden har gett stöd till", O, C),
    # Mångfald (bold paragraph lead-ins + lists)
    ("verka för att stadens lokaler är tillgängliga för personer med funktionsnedsättning", M, P),
    ("ge stöd till nystartade föreningar och till organisationer som saknar etablerade kontakter med staden", M, P),
    ("översätta information om bidrag och lokaler till de vanligaste språken i Oxelvik", M, P),
    ("arbeta för att verksamheten är öppen för alla oavsett kön, ålder, funktionsförmåga, etnisk bakgrund, religion, sexuell läggning eller ekonomiska förutsättningar", M, C),
    ("bidra med kunskap om grupper som staden har svårt att nå", M, C),
    # Samhällsutveckling (sentences)
    ("Staden kommer att involvera civilsamhället i arbetet med översiktsplanen och i planeringen av nya bostadsområden.", SU, P),
    ("Staden verkar också för att fler skolor och mötesplatser i stadsdelarna kan användas av föreningar på kvällar och helger.", SU, P),
    ("Organisationerna åtar sig att dela med sig av sina erfarenheter och nätverk i stadens arbete med trygghet och hållbar utveckling.", SU, C),
    # Uppföljning (no principle)
    ("Ett samverkansråd med representanter för staden och civilsamhället ansvarar för att följa upp överenskommelsen.", None, J),
    ("Samverkansrådet ska varje år lämna en rapport till kommunstyrelsen om hur åtagandena har genomförts.", None, J),
    ("Kultur- och fritidsförvaltningen ansvarar för att samordna stadens arbete med överenskommelsen och är sekretariat för samverkansrådet.", None, P),
]


def q(id_, question, lang, gold, mm):
    return {"id": id_, "question": question, "language": lang, "answerable": bool(gold),
            "gold": gold, "must_mention": mm}


QUESTIONS = [
    q("q1", "Hur lång tid har vår förening på oss att svara på en remiss från staden?", "sv",
      ["ge organisationerna minst sex veckor att svara på remisser"], ["sex veckor"]),
    q("q2", "När får vi besked om föreningsbidraget för nästa år?", "sv",
      ["besluta om föreningsbidrag för kommande år senast den 15 december"], ["15 december"]),
    q("q3", "nar beslutades overenskommelsen och vilket organ tog beslutet", "sv",
      ["Beslutad av kommunfullmäktige 25 november 2024, § 214 (dnr KS 2024/0387)."],
      ["kommunfullmäktige", "25 november 2024"]),
    q("q4", "Måste föreningen lämna in verksamhetsberättelse till staden om vi får bidrag?", "sv",
      ["lämna verksamhetsberättelse och ekonomisk redovisning till staden när de tar emot bidrag"],
      ["verksamhetsberättelse"]),
    q("q5", "How often is the agreement reviewed, and who is responsible for following it up?", "en",
      ["se över överenskommelsen en gång per mandatperiod",
       "Ett samverkansråd med representanter för staden och civilsamhället ansvarar för att följa upp överenskommelsen.",
       "Samverkansrådet ska varje år lämna en rapport till kommunstyrelsen om hur åtagandena har genomförts."],
      ["en gång per mandatperiod", "samverkansråd"]),
    q("q6", "vilka utbildningar kan foreningar fa av staden?", "sv",
      ["erbjuda kostnadsfria utbildningar för förtroendevalda och ledare i föreningar, till exempel i styrelsearbete, ekonomi och dataskydd"],
      ["kostnadsfria utbildningar", "styrelsearbete"]),
    q("q7", "Hur ofta ordnas dialogforum med föreningslivet?", "sv",
      ["Tillsammans ska vi ordna ett öppet dialogforum minst två gånger per år."],
      ["två gånger per år"]),
    q("q8", "Can an association that gets money from the city still criticise the city's decisions?", "en",
      ["Organisationernas roll som röstbärare och opinionsbildare är lika viktig när de kritiserar stadens beslut som när de stödjer dem.",
       "respektera organisationernas rätt att driva opinion och granska stadens verksamhet, även när organisationen får ekonomiskt stöd från staden"],
      ["driva opinion", "ekonomiskt stöd"]),
    q("q9", "Hur mycket pengar delar staden ut i föreningsbidrag varje år?", "sv", [], []),
    q("q10", "Kan vår förening få låna en lokal gratis för årsmötet?", "sv", [], []),
]

DESCRIPTION = (
    "A city's article page saved from a Sitevision-style site (UTF-8, 'saved from url' comment, "
    "relative _files/ assets): skip link, cookie banner, top bar, main menu, breadcrumbs and a side "
    "navigation of related pages (Föreningsbidrag, Lokaler, IOP, sub-pages Samverkansrådet/Dialogforum) "
    "before <main>. The <article> has an h1, an ingress paragraph, a PDF download link with an "
    "accessibility note, background sections (national 2008 agreement, who is covered, 'inte juridiskt "
    "bindande') that are not commitments, then h2 'Sju principer för samverkan' with seven h3 principles "
    "(the six national ones plus Samhällsutveckling), each with a descriptive paragraph that is not a "
    "commitment. Commitments vary per principle: Självständighet och oberoende is a two-column table "
    "'Staden åtar sig att | Civilsamhällets organisationer åtar sig att' with one commitment per cell "
    "(sr-only caption); Dialog and Öppenhet och insyn use h4 '… åtar sig att:' lead-ins with <ul> lists, "
    "Dialog ends with a joint 'Tillsammans ska vi …' sentence followed by a link sentence; Kvalitet has a "
    "paragraph lead-in 'För att stödja kvaliteten i föreningslivet kommer staden att:' with a list, then "
    "two civil-society sentences in one paragraph ('ansvarar för', 'åtar sig också att') and a joint "
    "'gemensamt' sentence; Långsiktighet is a small 'Vem | Åtar sig att' table with row headers Staden "
    "(a <ul> in the cell) / Civilsamhällets organisationer / Gemensamt; Öppenhet och insyn ends with one "
    "sentence holding a public and a civil-society commitment joined by ', och'; Mångfald uses "
    "<p><strong>Staden ska:</strong></p> bold paragraph lead-ins; Samhällsutveckling has 'kommer att', "
    "'verkar också för' and 'Organisationerna åtar sig att' sentences. An h2 'Så följer vi upp "
    "överenskommelsen' holds three follow-up commitments (principle null) mixed with description of the "
    "samverkansråd. A fact box gives 'Beslutad av kommunfullmäktige 25 november 2024, § 214' with validity "
    "and a replaced 2017 version; decoy dates: 'Sidan uppdaterades 14 januari 2025', 2008, 2017, 2023/2024, "
    "'januari 2025'. Then a contact box, page meta, the feedback widget 'Hittade du det du sökte?' (Ja/Nej, "
    "hidden textarea), footer with address, org number and links, and scripts. One &nbsp; inside a "
    "commitment ('sex&nbsp;veckor')."
)


def main():
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
        f.write(HTML)
    exp = {
        "file": FILE,
        "layout": os.path.basename(HERE),
        "description": DESCRIPTION,
        "metadata": {
            "doc_id": FILE.rsplit(".", 1)[0],
            "title": "Stadens överenskommelse med civilsamhället",
            "place": "Oxelvik",
            "organisation": "Oxelviks stad",
            "kind": "överenskommelse",
            "date": "2024-11-25",
            "body": "kommunfullmäktige",
        },
        "commitments": [{"text": t, "principle": p, "party": pa} for t, p, pa in COMMITMENTS],
        "questions": QUESTIONS,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {FILE} and expected.json ({len(COMMITMENTS)} commitments)")


if __name__ == "__main__":
    main()
