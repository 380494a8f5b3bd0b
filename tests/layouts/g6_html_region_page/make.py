#!/usr/bin/env python3
"""Generate a saved region web page (SiteVision-style) presenting the
region's överenskommelse with civilsamhället, plus expected.json."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.basename(HERE)
FILE = "region-norrvalla-overenskommelse-civilsamhallet.html"
RES = "./Överenskommelse med civilsamhället - Region Norrvalla_files"

C = []  # commitments: (text, principle, party)


def c(text, principle, party):
    C.append({"text": text, "principle": principle, "party": party})
    return text


def ul(items):
    return "\n".join(f'            <li>{i}</li>' for i in items)


# ---------------------------------------------------------------- content
S1_R = [
    c("respektera organisationernas rätt att självständigt formulera kritik och driva opinion, även i frågor där regionen har en annan uppfattning", "sjalvstandighet_och_oberoende", "public"),
    c("inte ställa krav på organisationernas inre arbete utöver vad som följer av lag eller av villkoren för ett beviljat bidrag", "sjalvstandighet_och_oberoende", "public"),
    c("tydligt skilja på bidrag och upphandlade tjänster i kontakterna med organisationerna", "sjalvstandighet_och_oberoende", "public"),
]
S1_C = [
    c("värna sin självständighet och sin egen identitet i samverkan med regionen", "sjalvstandighet_och_oberoende", "civil_society"),
    c("vara tydliga med i vilken roll de uppträder – som röstbärare, som utförare av tjänster eller som samverkanspart", "sjalvstandighet_och_oberoende", "civil_society"),
]
D1 = c("Region Norrvalla ska bjuda in civilsamhället tidigt i processer som rör regionala strategier, program och planer, så att organisationerna har en reell möjlighet att påverka.", "dialog", "public")
D2 = c("Regionen ansvarar för att det finns en utsedd kontaktperson för civilsamhällesfrågor inom varje förvaltning.", "dialog", "public")
D3 = c("Regionen ska ge idéburna organisationer minst sex veckors svarstid på remisser och i möjligaste mån undvika att förlägga remisstiden till juli.", "dialog", "public")
D4 = c("Organisationerna för sin del åtar sig att förankra synpunkter hos sina medlemmar och målgrupper inför dialogmöten och att återkoppla resultatet av dialogen i sina egna nätverk.", "dialog", "civil_society")
K_ROWS = [
    (c("Utgå från organisationernas kunskap om målgruppernas behov när regionen utformar och utvecklar sin verksamhet.", "kvalitet", "public"),
     c("Bidra med sin kunskap och sina erfarenheter från de grupper de möter.", "kvalitet", "civil_society")),
    (c("Ta fram enkla och enhetliga former för ansökan, redovisning och uppföljning av bidrag.", "kvalitet", "public"),
     c("Redovisa använda medel och uppnådda resultat på ett korrekt och begripligt sätt.", "kvalitet", "civil_society")),
    (c("Erbjuda utbildning om regionens organisation, beslutsvägar och bidragsformer minst en gång per år.", "kvalitet", "public"),
     c("Arbeta aktivt med att utveckla sin verksamhet och kvaliteten i den egna organisationen.", "kvalitet", "civil_society")),
]
L1 = c("Region Norrvalla ska i första hand ge verksamhetsbidrag framför projektbidrag till organisationer vars verksamhet bidrar till regionens mål.", "langsiktighet", "public")
L2 = c("När verksamheten är av långsiktig karaktär kommer regionen att erbjuda fleråriga bidragsöverenskommelser, som regel på tre år.", "langsiktighet", "public")
L3 = c("Beslut om verksamhetsbidrag ska fattas i så god tid att organisationerna kan planera, senast den 15 december året före bidragsåret.", "langsiktighet", "public")
L4 = c("De idéburna organisationerna ska i god tid informera regionen om förändringar som påverkar en pågående samverkan.", "langsiktighet", "civil_society")
O_R = [
    c("samlad information om regionens bidrag, bedömningskriterier och beslut finns tillgänglig på regionens webbplats", "oppenhet_och_insyn", "public"),
    c("beslut om avslag på bidragsansökningar motiveras skriftligt", "oppenhet_och_insyn", "public"),
]
O_C = [
    c("ge regionen insyn i hur bidrag och andra offentliga medel har använts", "oppenhet_och_insyn", "civil_society"),
    c("verksamhetsberättelse och ekonomisk redovisning finns tillgängliga för den som vill ta del av dem", "oppenhet_och_insyn", "civil_society"),
]
M1 = c("Regionen verkar för att även mindre och nybildade organisationer får kännedom om och möjlighet att söka regionens bidrag.", "mangfald", "public")
M2 = c("Regionen och Idéburna Norrvalla kommer gemensamt att ordna minst två informationsträffar per år på andra orter än Älvsunda, med tolkning vid behov.", "mangfald", "joint")
M3 = c("De idéburna organisationerna förbinder sig att arbeta för att deras verksamhet är öppen och tillgänglig för alla, oavsett kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder.", "mangfald", "civil_society")
B_R = [
    c("göra barnkonsekvensanalyser inför beslut om bidrag som berör barn och unga", "barnrattsperspektiv", "public"),
    c("ta fram stödmaterial till organisationer som vill stärka barns och ungas inflytande i sin verksamhet", "barnrattsperspektiv", "public"),
]
B_C = [
    c("ha rutiner för att begära utdrag ur belastningsregistret för ledare och volontärer som arbetar med barn", "barnrattsperspektiv", "civil_society"),
    c("låta barn och unga komma till tals i frågor som rör dem", "barnrattsperspektiv", "civil_society"),
]
G = [
    c("genomföra ett årligt dialogforum där överenskommelsen följs upp", None, "joint"),
    c("ta fram en handlingsplan med konkreta aktiviteter för varje mandatperiod", None, "joint"),
    c("sprida kännedom om överenskommelsen i de egna organisationerna och nätverken", None, "joint"),
]
U1 = c("Avdelningen för regional utveckling ansvarar för att sammanställa en årlig uppföljning som redovisas för regionala utvecklingsnämnden.", None, "public")
U2 = c("Idéburna Norrvalla ansvarar för att, i samråd med de anslutna organisationerna, utse sex ledamöter till den gemensamma samrådsgruppen.", None, "civil_society")
U2b = c("Regionen ska utse lika många ledamöter bland förtroendevalda och tjänstepersoner.", None, "public")
U3 = c("Inför 2028 kommer parterna att revidera överenskommelsen gemensamt.", None, "joint")
A1 = c("En organisation som ansluter sig förbinder sig att arbeta i enlighet med överenskommelsens principer och åtaganden.", None, "civil_society")

INGRESS2 = "Den reviderade överenskommelsen antogs av regionfullmäktige den 28 november 2023 och gäller 2024–2027."
PRINC = "Överenskommelsen bygger på sju principer: självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn, mångfald samt barnets rättigheter."
ANSLUT = "Fyll i anmälningsformuläret längre ner på sidan och skicka in det tillsammans med ett protokollsutdrag där styrelsen har beslutat att ansluta organisationen."


def acc(n, title, body):
    return f'''        <div class="accordion env-collapse" data-accordion>
          <h3 class="accordion__heading">
            <button type="button" class="accordion__trigger" aria-expanded="false" aria-controls="acc-panel-{n}" id="acc-btn-{n}">
              <span class="accordion__title">{title}</span>
              <span class="visually-hidden">Visa eller dölj</span>
              <svg class="icon icon--chevron" aria-hidden="true" focusable="false"><use xlink:href="#icon-chevron-down"></use></svg>
            </button>
          </h3>
          <div class="accordion__panel env-collapse__content" id="acc-panel-{n}" role="region" aria-labelledby="acc-btn-{n}">
{body}
          </div>
        </div>'''


P1 = acc(1, "Självständighet och oberoende", f'''            <p>Idéburna organisationer bestämmer själva över sina mål, sin verksamhet och sina arbetssätt. Rollen som röstbärare och opinionsbildare är en central del av civilsamhällets uppdrag, även när organisationerna riktar kritik mot regionen.</p>
            <p><strong>Region Norrvalla åtar sig att:</strong></p>
            <ul>
{ul(S1_R)}
            </ul>
            <p><strong>De idéburna organisationerna åtar sig att:</strong></p>
            <ul>
{ul(S1_C)}
            </ul>''')

P2 = acc(2, "Dialog", f'''            <p>Dialog bygger på ömsesidig respekt och förtroende. Parterna har olika roller och olika förutsättningar, och det behöver vi ta hänsyn till när vi möts. En bra dialog förutsätter också att det är tydligt vad som går att påverka.</p>
            <p>{D1} {D2}</p>
            <p>{D3}</p>
            <p>{D4}</p>''')

P3 = acc(3, "Kvalitet", '''            <p>Kvalitet handlar om att verksamheten motsvarar behoven hos de människor den är till för. Civilsamhällets kunskap om människors vardag är en viktig källa när regionen utvecklar sina verksamheter.</p>
            <div class="sv-responsive-table">
            <table class="table table--striped">
              <caption class="visually-hidden">Åtaganden under principen kvalitet</caption>
              <thead>
                <tr><th scope="col">Region Norrvalla åtar sig att</th><th scope="col">De idéburna organisationerna åtar sig att</th></tr>
              </thead>
              <tbody>
''' + "\n".join(f"                <tr><td>{a}</td><td>{b}</td></tr>" for a, b in K_ROWS) + '''
              </tbody>
            </table>
            </div>''')

P4 = acc(4, "Långsiktighet", f'''            <p>Långsiktiga och stabila förutsättningar ger organisationerna möjlighet att planera, behålla kompetens och bygga förtroende hos sina målgrupper. Korta projekt kan vara ett bra sätt att pröva nya idéer, men räcker sällan för att bära en verksamhet.</p>
            <p>{L1} {L2}</p>
            <p>{L3}</p>
            <p>{L4}</p>''')

P5 = acc(5, "Öppenhet och insyn", f'''            <p>Öppenhet är en förutsättning för förtroende mellan parterna. Regionens handlingar omfattas av offentlighetsprincipen, medan idéburna organisationer är självständiga och inte omfattas av den på samma sätt.</p>
            <p><strong>Region Norrvalla ansvarar för att:</strong></p>
            <ul>
{ul(O_R)}
            </ul>
            <p><strong>De idéburna organisationerna ansvarar för att:</strong></p>
            <ul>
{ul(O_C)}
            </ul>''')

P6 = acc(6, "Mångfald", f'''            <p>Mångfalden i civilsamhället är en tillgång för Norrvalla. Små och nystartade föreningar, organisationer som företräder nationella minoriteter och grupper som sällan hörs i samhällsdebatten bidrar med perspektiv som annars lätt går förlorade.</p>
            <p>{M1} {M2}</p>
            <p>{M3}</p>''')

P7 = acc(7, "Barnets rättigheter", f'''            <p>Sedan den 1 januari 2020 är FN:s konvention om barnets rättigheter svensk lag. Vid revideringen 2023 lade parterna till barnets rättigheter som en egen princip i överenskommelsen.</p>
            <p><strong>Region Norrvalla åtar sig att:</strong></p>
            <ul>
{ul(B_R)}
            </ul>
            <p><strong>Organisationer som har verksamhet för barn och unga åtar sig att:</strong></p>
            <ul>
{ul(B_C)}
            </ul>''')

NAV_MAIN = [
    ("Hälsa och vård", "/halsa-och-vard"), ("Kollektivtrafik", "/kollektivtrafik"),
    ("Kultur och fritid", "/kultur-och-fritid"), ("Utbildning", "/utbildning"),
    ("Regional utveckling", "/regional-utveckling"), ("Jobba hos oss", "/jobba-hos-oss"),
    ("Om regionen", "/om-regionen"),
]
nav_main = "\n".join(
    f'          <li class="main-nav__item{" main-nav__item--active" if t == "Regional utveckling" else ""}"><a href="https://www.regionnorrvalla.se{h}">{t}</a></li>'
    for t, h in NAV_MAIN)

HTML = f'''<!DOCTYPE html>
<!-- saved from url=(0101)https://www.regionnorrvalla.se/regional-utveckling/civilsamhalle/overenskommelse-med-civilsamhallet.html -->
<html lang="sv" class="no-js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Överenskommelse med civilsamhället - Region Norrvalla</title>
<meta name="description" content="Region Norrvalla och de idéburna organisationerna i länet har en gemensam överenskommelse om samverkan. Här kan du läsa om principerna och parternas åtaganden.">
<meta property="og:title" content="Överenskommelse med civilsamhället">
<meta property="og:site_name" content="Region Norrvalla">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.regionnorrvalla.se/regional-utveckling/civilsamhalle/overenskommelse-med-civilsamhallet.html">
<meta property="og:image" content="https://www.regionnorrvalla.se/images/18.4f2a61c3187e2b9d0a51f7c/1701251123456/og-civilsamhalle.jpg">
<meta name="generator" content="SiteVision">
<link rel="canonical" href="https://www.regionnorrvalla.se/regional-utveckling/civilsamhalle/overenskommelse-med-civilsamhallet.html">
<link rel="icon" href="{RES}/favicon.ico">
<link rel="stylesheet" type="text/css" href="{RES}/sitevision-responsive-grids.css">
<link rel="stylesheet" type="text/css" href="{RES}/sitevision-spacing.css">
<link rel="stylesheet" type="text/css" href="{RES}/main.9c3e1f.css">
<style>
  .visually-hidden{{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}}
  .skip-link:not(:focus){{position:absolute;left:-9999px}}
  .accordion__panel{{padding:0 1rem 1rem}}
  .no-js .accordion__panel{{display:block}}
  .sv-responsive-table{{overflow-x:auto}}
  .cookie-banner{{position:fixed;bottom:0;left:0;right:0;z-index:999;background:#1d3b4f;color:#fff}}
</style>
<script>document.documentElement.className=document.documentElement.className.replace('no-js','js');</script>
<script>
  window.sv = window.sv || {{}};
  sv.PageContext = {{"pageId":"4.4f2a61c3187e2b9d0a52b1e","siteName":"Region Norrvalla","dateFormat":"yyyy-MM-dd","locale":"sv_SE","breadcrumb":["Start","Regional utveckling","Civilsamhälle","Överenskommelse med civilsamhället"]}};
</script>
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"WebPage","name":"Överenskommelse med civilsamhället","publisher":{{"@type":"GovernmentOrganization","name":"Region Norrvalla"}},"dateModified":"2024-03-15T10:42:07+01:00","inLanguage":"sv-SE"}}
</script>
<script async src="{RES}/matomo.js"></script>
<script>
  var _paq = window._paq = window._paq || [];
  _paq.push(['requireCookieConsent']);
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
  (function() {{
    var u="https://analys.regionnorrvalla.se/";
    _paq.push(['setTrackerUrl', u+'matomo.php']);
    _paq.push(['setSiteId', '3']);
  }})();
</script>
<script src="{RES}/ReadSpeaker.js" id="rs_req_Init"></script>
</head>
<body class="sv-responsive page-template--content">

<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="icon-chevron-down" viewBox="0 0 24 24"><path d="M7 10l5 5 5-5z"></path></symbol><symbol id="icon-search" viewBox="0 0 24 24"><path d="M15.5 14h-.8l-.3-.3A6.5 6.5 0 1 0 14 15.5l.3.3v.8l5 5 1.5-1.5-5-5z"></path></symbol><symbol id="icon-pdf" viewBox="0 0 24 24"><path d="M6 2h9l5 5v15H6z"></path></symbol></svg>

<div id="cookie-consent" class="cookie-banner" role="dialog" aria-labelledby="cookie-title" aria-describedby="cookie-text">
  <div class="cookie-banner__inner">
    <h2 id="cookie-title" class="cookie-banner__title">Vi använder kakor</h2>
    <p id="cookie-text">Region Norrvalla använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. Nödvändiga kakor behövs för att webbplatsen ska fungera och kan inte väljas bort. Statistikkakor hjälper oss att förstå hur besökarna använder webbplatsen. <a href="https://www.regionnorrvalla.se/om-webbplatsen/kakor">Läs mer om kakor</a></p>
    <div class="cookie-banner__buttons">
      <button type="button" class="btn btn--primary" data-consent="all">Godkänn alla kakor</button>
      <button type="button" class="btn btn--secondary" data-consent="necessary">Endast nödvändiga kakor</button>
      <button type="button" class="btn btn--link" data-consent="settings">Inställningar</button>
    </div>
  </div>
</div>

<a class="skip-link" href="#main-content">Gå direkt till innehållet</a>

<header class="site-header" role="banner">
  <div class="top-bar">
    <ul class="top-bar__links">
      <li><a href="https://www.regionnorrvalla.se/lattlast">Lättläst</a></li>
      <li><a href="https://www.regionnorrvalla.se/teckensprak">Teckenspråk</a></li>
      <li><a href="https://www.regionnorrvalla.se/other-languages" lang="en">Other languages</a></li>
      <li><a href="https://www.regionnorrvalla.se/om-webbplatsen/lyssna" class="rs_skip" id="rs-listen">Lyssna</a></li>
      <li><a href="https://www.1177.se/Norrvalla/">1177 Norrvalla</a></li>
    </ul>
  </div>
  <div class="site-header__main">
    <a class="site-logo" href="https://www.regionnorrvalla.se/"><img src="{RES}/logo-region-norrvalla.svg" alt="Region Norrvalla, till startsidan" width="210" height="56"></a>
    <form class="site-search" role="search" action="https://www.regionnorrvalla.se/sok.html" method="get">
      <label for="search-q" class="visually-hidden">Sök på webbplatsen</label>
      <input id="search-q" type="search" name="query" placeholder="Vad letar du efter?" autocomplete="off">
      <button type="submit"><svg class="icon" aria-hidden="true"><use xlink:href="#icon-search"></use></svg><span class="visually-hidden">Sök</span></button>
    </form>
    <button type="button" class="menu-toggle" aria-expanded="false" aria-controls="main-nav">Meny</button>
  </div>
  <nav id="main-nav" class="main-nav" aria-label="Huvudmeny">
    <ul class="main-nav__list">
{nav_main}
    </ul>
  </nav>
</header>

<div class="page-wrapper">
  <nav class="breadcrumbs" aria-label="Brödsmulor">
    <ol>
      <li><a href="https://www.regionnorrvalla.se/">Start</a></li>
      <li><a href="https://www.regionnorrvalla.se/regional-utveckling">Regional utveckling</a></li>
      <li><a href="https://www.regionnorrvalla.se/regional-utveckling/civilsamhalle">Civilsamhälle</a></li>
      <li aria-current="page">Överenskommelse med civilsamhället</li>
    </ol>
  </nav>

  <div class="sv-layout sv-row">
    <aside class="sidebar sv-column-3" aria-label="Undermeny">
      <nav class="sub-nav">
        <h2 class="sub-nav__title"><a href="https://www.regionnorrvalla.se/regional-utveckling">Regional utveckling</a></h2>
        <ul>
          <li><a href="https://www.regionnorrvalla.se/regional-utveckling/regional-utvecklingsstrategi">Regional utvecklingsstrategi</a></li>
          <li><a href="https://www.regionnorrvalla.se/regional-utveckling/naringsliv">Näringsliv och innovation</a></li>
          <li><a href="https://www.regionnorrvalla.se/regional-utveckling/kompetensforsorjning">Kompetensförsörjning</a></li>
          <li class="sub-nav__item--open"><a href="https://www.regionnorrvalla.se/regional-utveckling/civilsamhalle">Civilsamhälle</a>
            <ul>
              <li class="sub-nav__item--current"><a href="https://www.regionnorrvalla.se/regional-utveckling/civilsamhalle/overenskommelse-med-civilsamhallet.html" aria-current="page">Överenskommelse med civilsamhället</a></li>
              <li><a href="https://www.regionnorrvalla.se/regional-utveckling/civilsamhalle/bidrag-till-ideburna-organisationer">Bidrag till idéburna organisationer</a></li>
              <li><a href="https://www.regionnorrvalla.se/regional-utveckling/civilsamhalle/ideburet-offentligt-partnerskap">Idéburet offentligt partnerskap (IOP)</a></li>
              <li><a href="https://www.regionnorrvalla.se/regional-utveckling/civilsamhalle/dialogforum">Dialogforum</a></li>
            </ul>
          </li>
          <li><a href="https://www.regionnorrvalla.se/regional-utveckling/landsbygd">Landsbygdsutveckling</a></li>
          <li><a href="https://www.regionnorrvalla.se/regional-utveckling/eu-och-internationellt">EU och internationellt</a></li>
        </ul>
      </nav>
    </aside>

    <main id="main-content" class="main sv-column-9" tabindex="-1">
      <div class="page-tools rs_skip">
        <a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=9876&amp;lang=sv_se&amp;readid=main-content" class="rs-button" title="Lyssna på sidans text med ReadSpeaker">Lyssna</a>
        <button type="button" class="print-button" onclick="window.print()">Skriv ut</button>
        <a href="https://www.regionnorrvalla.se/dela?url=overenskommelse-med-civilsamhallet" class="share-button">Dela</a>
      </div>

      <h1 class="heading">Överenskommelse mellan Region Norrvalla och civilsamhället</h1>

      <p class="normal ingress">Sedan 2019 har Region Norrvalla en överenskommelse om samverkan med de idéburna organisationerna i länet. {INGRESS2}</p>

      <div class="sv-decoration-content download-box">
        <h2 class="download-box__title">Ladda ner</h2>
        <ul class="document-list">
          <li><svg class="icon" aria-hidden="true"><use xlink:href="#icon-pdf"></use></svg><a href="https://www.regionnorrvalla.se/download/18.4f2a61c3187e2b9d0a53c02/1707391845112/Overenskommelse-Region-Norrvalla-civilsamhallet-2024-2027.pdf">Överenskommelse mellan Region Norrvalla och civilsamhället 2024–2027 (pdf, 1,2 MB)</a></li>
          <li><svg class="icon" aria-hidden="true"><use xlink:href="#icon-pdf"></use></svg><a href="https://www.regionnorrvalla.se/download/18.4f2a61c3187e2b9d0a53c05/1707391845230/Overenskommelsen-lattlast.pdf">Överenskommelsen på lättläst svenska (pdf, 640 kB)</a></li>
          <li><svg class="icon" aria-hidden="true"><use xlink:href="#icon-pdf"></use></svg><a href="https://www.regionnorrvalla.se/download/18.4f2a61c3187e2b9d0a53c09/1710495611004/Anslutna-organisationer-mars-2024.pdf">Anslutna organisationer, mars 2024 (pdf, 98 kB)</a></li>
        </ul>
      </div>

      <h2 class="subheading">Varför en överenskommelse?</h2>
      <p class="normal">Civilsamhället har stor betydelse för livskvaliteten i Norrvalla. Föreningar, stiftelser, trossamfund och andra idéburna organisationer skapar mötesplatser, ger människor en röst och bidrar med verksamhet som ingen annan erbjuder. Samtidigt behöver regionen och civilsamhället ett gemensamt förhållningssätt för hur vi samverkar.</p>
      <p class="normal">Överenskommelsen har förebild i den nationella överenskommelse som regeringen, Sveriges Kommuner och Regioner och idéburna organisationer inom det sociala området ingick 2008. Den är också en del av arbetet med den regionala utvecklingsstrategin Norrvalla 2035, där ett starkt och självständigt civilsamhälle pekas ut som en förutsättning för ett hållbart län.</p>

      <h2 class="subheading">Vilka omfattas?</h2>
      <p class="normal">Med idéburen sektor och civilsamhälle menar vi organisationer som har ett allmännyttigt syfte, är fristående från offentlig sektor och inte drivs i vinstsyfte. Överenskommelsen gäller för alla regionens förvaltningar och bolag och för de idéburna organisationer som har anslutit sig.</p>
      <p class="normal">Överenskommelsen är inget avtal i juridisk mening och reglerar inte upphandling eller villkoren för enskilda bidrag. Den beskriver hur parterna vill arbeta tillsammans.</p>

      <h2 class="subheading">Principerna och parternas åtaganden</h2>
      <p class="normal">{PRINC} Under varje princip finns de åtaganden som regionen respektive de idéburna organisationerna har gjort. Klicka på rubrikerna för att läsa mer.</p>

      <div class="accordion-group">
{P1}
{P2}
{P3}
{P4}
{P5}
{P6}
{P7}
      </div>

      <h2 class="subheading">Det här gör vi tillsammans</h2>
      <p class="normal">Utöver åtagandena under varje princip har parterna kommit överens om några gemensamma åtaganden.</p>
      <p class="normal">Region Norrvalla och de anslutna idéburna organisationerna ska gemensamt:</p>
      <ul class="normal">
{ul(G)}
      </ul>

      <h2 class="subheading">Uppföljning och revidering</h2>
      <p class="normal">Överenskommelsen förvaltas av en samrådsgrupp med representanter för regionen och för civilsamhället. {U1}</p>
      <p class="normal">{U2} {U2b}</p>
      <p class="normal">{U3}</p>

      <h2 class="subheading">Anslut din organisation</h2>
      <p class="normal">Alla idéburna organisationer som är verksamma i Norrvalla län kan ansluta sig till överenskommelsen. I dag har 52 organisationer anslutit sig. {A1}</p>
      <p class="normal">{ANSLUT} Du får en bekräftelse via e-post när anslutningen är registrerad.</p>
      <p class="normal"><a href="https://www.regionnorrvalla.se/e-tjanster/anslutning-overenskommelse" class="btn btn--primary">Till anmälningsformuläret</a></p>

      <h2 class="subheading">Historik</h2>
      <p class="normal">Den första överenskommelsen antogs av regionfullmäktige i juni 2019 efter en dialogprocess med ett sextiotal organisationer. Inför revideringen 2023 genomfördes sex dialogmöten runt om i länet. Den reviderade överenskommelsen undertecknades vid Civilsamhällesforum i Älvsunda den 8 februari 2024.</p>

      <div class="sv-decoration-content contact-box">
        <h2 class="contact-box__title">Kontakt</h2>
        <div class="contact-card">
          <p class="contact-card__name"><strong>Maria Lindqvist</strong></p>
          <p>Utvecklingsstrateg civilsamhälle<br>Avdelningen för regional utveckling</p>
          <p>Telefon: <a href="tel:+46104473218">010-447 32 18</a><br>
          E-post: <a href="mailto:maria.lindqvist@regionnorrvalla.se">maria.lindqvist@regionnorrvalla.se</a></p>
        </div>
        <div class="contact-card">
          <p class="contact-card__name"><strong>Jonas Berglund</strong></p>
          <p>Samordnare, Idéburna Norrvalla</p>
          <p>Telefon: <a href="tel:+46702151146">070-215 11 46</a><br>
          E-post: <a href="mailto:jonas.berglund@ideburnanorrvalla.se">jonas.berglund@ideburnanorrvalla.se</a></p>
        </div>
      </div>

      <div class="related-links">
        <h2 class="related-links__title">Relaterade sidor</h2>
        <ul>
          <li><a href="https://www.regionnorrvalla.se/regional-utveckling/civilsamhalle/bidrag-till-ideburna-organisationer">Bidrag till idéburna organisationer</a></li>
          <li><a href="https://www.regionnorrvalla.se/regional-utveckling/civilsamhalle/ideburet-offentligt-partnerskap">Idéburet offentligt partnerskap (IOP)</a></li>
          <li><a href="https://www.regeringen.se/" rel="external">Nationella överenskommelsen (regeringen.se)</a></li>
        </ul>
      </div>

      <div class="page-info">
        <p>Senast uppdaterad: <time datetime="2024-03-15">15 mars 2024</time></p>
        <p>Sidansvarig: <a href="mailto:regionalutveckling@regionnorrvalla.se">Avdelningen för regional utveckling</a></p>
      </div>

      <form class="feedback" action="https://www.regionnorrvalla.se/feedback" method="post">
        <fieldset>
          <legend>Fick du svar på din fråga?</legend>
          <button type="button" class="btn" data-feedback="yes">Ja</button>
          <button type="button" class="btn" data-feedback="no">Nej</button>
        </fieldset>
        <div class="feedback__thanks" style="display:none">
          <p>Tack för ditt svar! Vi kommer att använda dina synpunkter för att förbättra webbplatsen. Har du frågor som du vill ha svar på, kontakta oss via e-post eller telefon.</p>
        </div>
      </form>
    </main>
  </div>
</div>

<footer class="site-footer" role="contentinfo">
  <div class="site-footer__inner sv-row">
    <div class="sv-column-4">
      <h2 class="site-footer__title">Region Norrvalla</h2>
      <p>Regionens hus<br>Storgatan 14<br>831 42 Älvsunda</p>
      <p>Växel: <a href="tel:+46104470000">010-447 00 00</a><br>
      E-post: <a href="mailto:region@regionnorrvalla.se">region@regionnorrvalla.se</a><br>
      Organisationsnummer: 232100-0412</p>
    </div>
    <div class="sv-column-4">
      <h2 class="site-footer__title">Genvägar</h2>
      <ul>
        <li><a href="https://www.regionnorrvalla.se/om-regionen/politik-och-beslut">Politik och beslut</a></li>
        <li><a href="https://www.regionnorrvalla.se/om-regionen/diarium">Diarium och allmänna handlingar</a></li>
        <li><a href="https://www.regionnorrvalla.se/press">Press</a></li>
        <li><a href="https://www.regionnorrvalla.se/jobba-hos-oss/lediga-jobb">Lediga jobb</a></li>
      </ul>
    </div>
    <div class="sv-column-4">
      <h2 class="site-footer__title">Om webbplatsen</h2>
      <ul>
        <li><a href="https://www.regionnorrvalla.se/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li>
        <li><a href="https://www.regionnorrvalla.se/om-webbplatsen/kakor">Kakor (cookies)</a></li>
        <li><a href="https://www.regionnorrvalla.se/om-webbplatsen/personuppgifter">Så behandlar vi personuppgifter</a></li>
        <li><a href="https://www.regionnorrvalla.se/om-webbplatsen/visselblasning">Visselblåsning</a></li>
      </ul>
      <ul class="social">
        <li><a href="https://www.facebook.com/regionnorrvalla">Facebook</a></li>
        <li><a href="https://www.instagram.com/regionnorrvalla">Instagram</a></li>
        <li><a href="https://www.linkedin.com/company/region-norrvalla">LinkedIn</a></li>
      </ul>
    </div>
  </div>
  <p class="site-footer__copy">© Region Norrvalla 2024</p>
</footer>

<script src="{RES}/jquery-3.7.1.min.js"></script>
<script src="{RES}/main.9c3e1f.js"></script>
<script>
  document.querySelectorAll('[data-accordion] .accordion__trigger').forEach(function (btn) {{
    var panel = document.getElementById(btn.getAttribute('aria-controls'));
    panel.style.display = 'none';
    btn.addEventListener('click', function () {{
      var open = btn.getAttribute('aria-expanded') === 'true';
      btn.setAttribute('aria-expanded', String(!open));
      panel.style.display = open ? 'none' : 'block';
    }});
  }});
  document.querySelectorAll('[data-consent]').forEach(function (b) {{
    b.addEventListener('click', function () {{
      var v = b.getAttribute('data-consent');
      if (v === 'all') {{ _paq.push(['rememberCookieConsentGiven']); }}
      document.cookie = 'rn_consent=' + v + ';path=/;max-age=31536000';
      document.getElementById('cookie-consent').style.display = 'none';
    }});
  }});
</script>
<noscript><img src="https://analys.regionnorrvalla.se/matomo.php?idsite=3&amp;rec=1" style="border:0" alt=""></noscript>

</body></html>
'''

QUESTIONS = [
    {"id": "q1", "question": "Hur lång tid har vi på oss att svara på en remiss från regionen?",
     "language": "sv", "answerable": True, "gold": [D3], "must_mention": ["sex veckors"]},
    {"id": "q2", "question": "nar far vi besked om verksamhetsbidraget for nasta ar?",
     "language": "sv", "answerable": True, "gold": [L3], "must_mention": ["15 december"]},
    {"id": "q3", "question": "What do organisations that run activities for children have to do about background checks on leaders and volunteers?",
     "language": "en", "answerable": True, "gold": [B_C[0]], "must_mention": ["belastningsregistret"]},
    {"id": "q4", "question": "Måste regionen motivera det om vår bidragsansökan får avslag?",
     "language": "sv", "answerable": True, "gold": [O_R[1]], "must_mention": ["motiveras skriftligt"]},
    {"id": "q5", "question": "Vilka principer bygger regionens överenskommelse med civilsamhället på?",
     "language": "sv", "answerable": True, "gold": [PRINC],
     "must_mention": ["självständighet och oberoende", "dialog", "barnets rättigheter"]},
    {"id": "q6", "question": "Vem ansvarar för den årliga uppföljningen av överenskommelsen och vart rapporteras den?",
     "language": "sv", "answerable": True, "gold": [U1], "must_mention": ["regional utveckling", "regionala utvecklingsnämnden"]},
    {"id": "q7", "question": "Which body adopted the agreement, when, and for what period does it apply?",
     "language": "en", "answerable": True, "gold": [INGRESS2], "must_mention": ["regionfullmäktige", "28 november 2023", "2024–2027"]},
    {"id": "q8", "question": "hur gor var forening for att ansluta sig till overenskommelsen",
     "language": "sv", "answerable": True, "gold": [ANSLUT], "must_mention": ["anmälningsformuläret", "protokollsutdrag"]},
    {"id": "q9", "question": "Hur mycket pengar delar regionen ut i verksamhetsbidrag till idéburna organisationer varje år?",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
    {"id": "q10", "question": "Kan vår förening få hjälp av regionen med lokaler eller lokalbidrag?",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
]

EXPECTED = {
    "file": FILE,
    "layout": FOLDER,
    "description": (
        "A region's web page saved from the browser (Chrome 'saved from url' comment, resources rewritten to a local "
        "'_files' folder), SiteVision-style markup in UTF-8. Heavy site chrome around the content: cookie-consent dialog "
        "at the top of <body> (text with 'ska fungera'), skip link, top bar (Lättläst, Teckenspråk, Other languages, "
        "Lyssna, 1177), logo and search form, main navigation, breadcrumbs, left sub-navigation, page tools "
        "(Lyssna/Skriv ut/Dela), inline SVG sprite, JSON config, JSON-LD, Matomo/ReadSpeaker/accordion scripts, "
        "noscript pixel, feedback widget whose thank-you text contains 'Vi kommer att' (not a commitment), footer with "
        "address and org number. Main content: h1, ingress with the decision (regionfullmäktige 28 November 2023, "
        "valid 2024–2027), a download box with PDF links, background and scope sections (no commitments), a sentence "
        "listing the seven principles, then seven accordion panels (h3 > button, panel divs not hidden in HTML) — "
        "one per principle (the six national principles plus 'Barnets rättigheter', slug barnrattsperspektiv). "
        "Commitments vary by principle: bold lead-in paragraphs 'Region Norrvalla åtar sig att:' / 'De idéburna "
        "organisationerna åtar sig att:' or '... ansvarar för att:' followed by <ul> items (Självständighet, Öppenhet, "
        "Barnets rättigheter); running prose sentences with 'ska', 'ansvarar för', 'åtar sig', 'kommer att', 'verkar "
        "för', 'förbinder sig' (Dialog, Långsiktighet, Mångfald; two commitments sometimes share one paragraph); a "
        "two-column table whose header cells name the party and whose cells are the commitments (Kvalitet). One joint "
        "commitment in Mångfald names both the region and the umbrella organisation Idéburna Norrvalla. After the "
        "accordions: joint commitments as a list after 'ska gemensamt:', follow-up section in prose (public, civil "
        "society and joint commitments without principle), a 'join your organisation' section with one civil-society "
        "commitment, history with decoy dates (June 2019, signing 8 February 2024), contact box with two people, "
        "related links, 'Senast uppdaterad 15 mars 2024'. Principle descriptions are written without commitment verbs."
    ),
    "metadata": {
        "doc_id": FILE.rsplit(".", 1)[0],
        "title": "Överenskommelse mellan Region Norrvalla och civilsamhället",
        "place": "Norrvalla",
        "organisation": "Region Norrvalla",
        "kind": "överenskommelse",
        "date": "2023-11-28",
        "body": "regionfullmäktige",
    },
    "commitments": C,
    "questions": QUESTIONS,
}

with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
    f.write(HTML)
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"wrote {FILE} with {len(C)} commitments")
