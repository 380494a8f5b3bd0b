#!/usr/bin/env python3
"""Generate hjartsjo_overenskommelse_ideburen_sektor.html (a saved municipal CMS page)
and expected.json for the layout test suite. Fictional place: Hjärtsjö kommun."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.basename(HERE)
FILE = "hjartsjo_overenskommelse_ideburen_sektor.html"

C = []  # commitments: (text, principle, party)


def c(text, principle, party):
    C.append({"text": text, "principle": principle, "party": party})
    return text


def ul(items, principle, party):
    return "<ul>\n" + "\n".join(
        f"                  <li>{c(t, principle, party)}</li>" for t in items) + "\n                </ul>"


# ---------------------------------------------------------------- article body
sj = "sjalvstandighet_och_oberoende"
sj_pub = ul([
    "respektera föreningarnas rätt att själva bestämma över sin organisation, sina värderingar och sin verksamhet",
    "inte ställa villkor i bidrag eller avtal som påverkar en organisations rätt att uttala sig offentligt",
    "ge återkoppling på synpunkter från organisationerna, även när de är kritiska mot kommunen",
], sj, "public")
sj_civ = ul([
    "vara tydliga med sina utgångspunkter och vems intressen organisationen företräder",
    "självständigt driva sina frågor, också när organisationen samverkar med eller får stöd från kommunen",
], sj, "civil_society")

d1 = c("Kommunen ska bjuda in till dialog tidigt, innan beslut är fattade, i frågor som berör föreningslivet.", "dialog", "public")
d2 = c("Kultur- och fritidsförvaltningen ansvarar för att det finns en utsedd kontaktperson för överenskommelsen.", "dialog", "public")
d3 = c("Den idéburna sektorn ska utse representanter till dialogforumet och förankra synpunkterna i sina egna organisationer.", "dialog", "civil_society")
d4 = c("Parterna ska gemensamt genomföra ett dialogforum minst två gånger per år.", "dialog", "joint")
d5 = c("Båda parter ska föra dialogen med respekt för varandras olika roller och förutsättningar.", "dialog", "joint")

kv_pub = ul([
    "ha enkla och begripliga regler för föreningsbidrag och ansökningar",
    "erbjuda utbildning och rådgivning inom till exempel föreningskunskap, ekonomi och ansökningsförfarande",
    "ta vara på organisationernas kunskap när kommunen utvecklar sina egna verksamheter",
], "kvalitet", "public")
kv_civ = ul([
    "bedriva sin verksamhet med god kvalitet och följa upp den på ett sätt som passar organisationen",
    "redovisa hur bidrag och andra medel från kommunen har använts",
], "kvalitet", "civil_society")

la = "langsiktighet"
rows = [
    ("Sträva efter fleråriga överenskommelser och bidrag när verksamheten tillåter det",
     "Planera sin verksamhet långsiktigt och informera kommunen i god tid om förändringar som påverkar samverkan"),
    ("Informera om förändringar i bidragsregler minst sex månader innan de träder i kraft",
     "Bygga upp en stabil ekonomi och inte göra sig beroende av en enda finansiär"),
    ("Pröva idéburet offentligt partnerskap (IOP) när det passar verksamhetens syfte",
     "Bidra till återväxt genom att välkomna nya och unga ledare"),
]
la_rows = "\n".join(
    f"                    <tr>\n                      <td>{c(a, la, 'public')}</td>\n"
    f"                      <td>{c(b, la, 'civil_society')}</td>\n                    </tr>" for a, b in rows)

o1 = c("Kommunen ska publicera information om föreningsbidrag, beslut och pågående dialoger på kommunens webbplats.", "oppenhet_och_insyn", "public")
o2 = c("Kommunen ska också redovisa varje år hur mycket bidrag som har betalats ut till föreningslivet och hur det fördelas mellan olika områden.", "oppenhet_och_insyn", "public")
o3 = c("Organisationer som tar emot stöd förbinder sig att lämna verksamhetsberättelse och ekonomisk redovisning till kommunen i den form som bidragsreglerna anger.", "oppenhet_och_insyn", "civil_society")

ma_pub = ul([
    "verka för att organisationer av olika storlek, inriktning och form får möjlighet att delta i dialog och samverkan",
    "göra information om stöd och dialog tillgänglig på flera språk och i lättläst form",
], "mangfald", "public")
ma_civ = ul([
    "arbeta för att verksamheten är öppen och välkomnande för alla oavsett kön, ålder, funktionsförmåga, etnisk bakgrund, religion eller sexuell läggning",
    "aktivt nå ut till grupper som i dag sällan deltar i föreningslivet",
], "mangfald", "civil_society")

b1 = c("Parterna ska gemensamt se till att barn och unga får komma till tals i frågor som rör dem.", "barnrattsperspektiv", "joint")
b2 = c("Kommunen kommer att göra en barnkonsekvensanalys inför beslut som påverkar föreningslivets villkor för barn och unga.", "barnrattsperspektiv", "public")
b3 = c("Föreningar med verksamhet för barn och unga ska ha rutiner för att förebygga kränkningar och begära utdrag ur belastningsregistret för ledare.", "barnrattsperspektiv", "civil_society")

u1 = c("Kultur- och fritidsnämnden ansvarar för att uppföljningen sammanställs och redovisas för kommunstyrelsen.", None, "public")
u2 = c("Den idéburna sektorn ska bidra med sina erfarenheter genom att svara på den årliga enkäten och delta i dialogforumet.", None, "civil_society")
u3 = c("Överenskommelsen ska revideras senast 2027 i samverkan mellan parterna.", None, "joint")

HTML = f"""<!DOCTYPE html>
<html lang="sv" class="no-js">
<!-- saved from url=(0093)https://www.hjartsjo.se/kultur-och-fritid/foreningsliv/overenskommelse-med-ideburen-sektor.html -->
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Överenskommelse med idéburen sektor - Hjärtsjö kommun</title>
  <meta name="description" content="Hjärtsjö kommun och den idéburna sektorn har en gemensam överenskommelse om hur vi ska samverka. Här kan du läsa om principerna och åtagandena.">
  <meta property="og:title" content="Överenskommelse med idéburen sektor">
  <meta property="og:site_name" content="Hjärtsjö kommun">
  <meta property="og:image" content="https://www.hjartsjo.se/images/18.4f2a91c3186d0b7e1a2f1b/1678890123456/og-hjartsjo.jpg">
  <link rel="canonical" href="https://www.hjartsjo.se/kultur-och-fritid/foreningsliv/overenskommelse-med-ideburen-sektor.html">
  <link rel="icon" href="/favicon.ico">
  <link rel="stylesheet" href="./Överenskommelse med idéburen sektor - Hjärtsjö kommun_files/sitevision-responsive-grids.css">
  <link rel="stylesheet" href="./Överenskommelse med idéburen sektor - Hjärtsjö kommun_files/main.min.css">
  <style>
    .sv-visually-hidden{{position:absolute;clip:rect(0 0 0 0);height:1px;width:1px;overflow:hidden}}
    .hk-cookie{{position:fixed;bottom:0;left:0;right:0;background:#1d3b53;color:#fff;padding:1.5em;z-index:999}}
    .hk-factbox{{background:#eef5f0;border-left:6px solid #2e7d4f;padding:1em 1.5em}}
    table.hk-table td,table.hk-table th{{border:1px solid #ccc;padding:.5em;vertical-align:top}}
  </style>
  <script>document.documentElement.className = document.documentElement.className.replace('no-js','js');</script>
  <script>
    var _paq = window._paq = window._paq || [];
    _paq.push(['requireCookieConsent']);
    _paq.push(['trackPageView']);
    _paq.push(['enableLinkTracking']);
    (function() {{
      var u="https://statistik.hjartsjo.se/";
      _paq.push(['setTrackerUrl', u+'matomo.php']);
      _paq.push(['setSiteId', '3']);
    }})();
  </script>
  <script type="application/ld+json">
  {{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"Hjärtsjö kommun","url":"https://www.hjartsjo.se","telephone":"+46-381-45 00 00"}}
  </script>
</head>
<body class="sv-responsive hk-page hk-page--article">
  <div id="svid10_1a2b3c4d5e" class="sv-layout">
    <a class="hk-skiplink sv-visually-hidden" href="#hk-main">Gå direkt till innehållet</a>

    <!-- Cookie banner -->
    <div class="hk-cookie" id="hk-cookie" role="dialog" aria-labelledby="hk-cookie-title" aria-modal="false">
      <div class="hk-cookie__inner">
        <h2 id="hk-cookie-title" class="hk-cookie__title">Vi använder kakor</h2>
        <p>Hjärtsjö kommun använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. Nödvändiga kakor kan inte väljas bort. Statistikkakor hjälper oss att förstå hur webbplatsen används.</p>
        <p><a href="/om-webbplatsen/kakor.html">Läs mer om hur vi använder kakor</a></p>
        <div class="hk-cookie__buttons">
          <button type="button" class="hk-btn hk-btn--primary" data-cookie="all">Godkänn alla kakor</button>
          <button type="button" class="hk-btn" data-cookie="necessary">Endast nödvändiga</button>
          <button type="button" class="hk-btn hk-btn--link" data-cookie="settings">Inställningar</button>
        </div>
      </div>
    </div>

    <!-- Header -->
    <header class="hk-header" role="banner">
      <div class="hk-header__top">
        <ul class="hk-toolbar">
          <li><a href="#" class="hk-toolbar__listen" id="rs-listen">Lyssna</a></li>
          <li><a href="/languages.html" lang="en">Languages</a></li>
          <li><a href="/lattlast.html">Lättläst</a></li>
          <li><a href="/teckensprak.html">Teckenspråk</a></li>
          <li><a href="https://etjanster.hjartsjo.se/">E-tjänster</a></li>
        </ul>
      </div>
      <div class="hk-header__main">
        <a href="/" class="hk-logo"><img src="./Överenskommelse med idéburen sektor - Hjärtsjö kommun_files/hjartsjo-logo.svg" alt="Hjärtsjö kommun, till startsidan" width="210" height="64"></a>
        <form class="hk-search" action="/sok.html" method="get" role="search">
          <label for="hk-search-input" class="sv-visually-hidden">Sök på webbplatsen</label>
          <input id="hk-search-input" type="search" name="query" placeholder="Vad letar du efter?" autocomplete="off">
          <button type="submit">Sök</button>
        </form>
        <button class="hk-menu-toggle" aria-expanded="false" aria-controls="hk-mainnav">Meny</button>
      </div>
      <nav id="hk-mainnav" class="hk-mainnav" aria-label="Huvudmeny">
        <ul>
          <li><a href="/barn-och-utbildning.html">Barn och utbildning</a></li>
          <li><a href="/omsorg-och-stod.html">Omsorg och stöd</a></li>
          <li><a href="/bygga-bo-och-miljo.html">Bygga, bo och miljö</a></li>
          <li class="is-active"><a href="/kultur-och-fritid.html" aria-current="true">Kultur och fritid</a></li>
          <li><a href="/naringsliv-och-arbete.html">Näringsliv och arbete</a></li>
          <li><a href="/trafik-och-infrastruktur.html">Trafik och infrastruktur</a></li>
          <li><a href="/kommun-och-politik.html">Kommun och politik</a></li>
        </ul>
      </nav>
    </header>

    <!-- Breadcrumbs -->
    <nav class="hk-breadcrumbs" aria-label="Du är här">
      <ol>
        <li><a href="/">Startsida</a></li>
        <li><a href="/kultur-och-fritid.html">Kultur och fritid</a></li>
        <li><a href="/kultur-och-fritid/foreningsliv.html">Föreningsliv</a></li>
        <li><span aria-current="page">Överenskommelse med idéburen sektor</span></li>
      </ol>
    </nav>

    <div class="sv-grid-main hk-content">
      <div class="sv-row">
        <!-- Left sub-menu -->
        <aside class="sv-column-3 hk-submenu" aria-label="Undermeny">
          <h2 class="hk-submenu__title"><a href="/kultur-och-fritid/foreningsliv.html">Föreningsliv</a></h2>
          <ul>
            <li><a href="/kultur-och-fritid/foreningsliv/foreningsbidrag.html">Föreningsbidrag</a></li>
            <li><a href="/kultur-och-fritid/foreningsliv/lokaler-och-bokning.html">Lokaler och bokning</a></li>
            <li><a href="/kultur-och-fritid/foreningsliv/foreningsregister.html">Föreningsregistret</a></li>
            <li><a href="/kultur-och-fritid/foreningsliv/utbildning-for-foreningar.html">Utbildning för föreningar</a></li>
            <li class="is-current"><a href="/kultur-och-fritid/foreningsliv/overenskommelse-med-ideburen-sektor.html" aria-current="page">Överenskommelse med idéburen sektor</a>
              <ul>
                <li><a href="/kultur-och-fritid/foreningsliv/overenskommelse-med-ideburen-sektor/dialogforum.html">Dialogforum</a></li>
              </ul>
            </li>
            <li><a href="/kultur-och-fritid/foreningsliv/iop.html">Idéburet offentligt partnerskap (IOP)</a></li>
            <li><a href="/kultur-och-fritid/foreningsliv/foreningsdagen.html">Föreningsdagen</a></li>
            <li><a href="/kultur-och-fritid/foreningsliv/ledarpriset.html">Årets ledare</a></li>
          </ul>
        </aside>

        <!-- Main content -->
        <main id="hk-main" class="sv-column-6 hk-article" tabindex="-1">
          <div class="sv-text-portlet sv-use-margins">
            <h1 class="hk-heading-1">Överenskommelse med idéburen sektor</h1>
            <p class="hk-ingress">Hjärtsjö kommun och den idéburna sektorn har tillsammans tagit fram en överenskommelse om hur vi ska samverka. Överenskommelsen antogs av kommunfullmäktige den 18 mars 2024 och gäller för perioden 2024–2027.</p>
            <div class="hk-readspeaker"><a href="#" class="rs_href">Lyssna på sidan</a></div>

            <p>Föreningar, studieförbund, trossamfund, stiftelser och andra idéburna organisationer gör stora insatser i Hjärtsjö. De skapar mötesplatser, fritidsaktiviteter och gemenskap och fångar tidigt upp behov som finns i samhället. Överenskommelsen ska göra det lättare för kommunen och föreningslivet att arbeta tillsammans, och den tydliggör vad vi kan förvänta oss av varandra.</p>

            <h2>Bakgrund</h2>
            <p>År 2008 slöt regeringen, Sveriges Kommuner och Regioner och idéburna organisationer en nationell överenskommelse med sex principer för samverkan. Många kommuner har sedan dess tagit fram egna, lokala överenskommelser. I Hjärtsjö startade arbetet hösten 2022 efter ett initiativ från Hjärtsjö Idrottsallians och Föreningsrådet.</p>
            <p>Under 2023 genomfördes fyra workshoppar i Hjärtsjö, Backa och Norrlida med sammanlagt omkring 140 deltagare. En arbetsgrupp med sex representanter från föreningslivet och fyra tjänstepersoner från kommunen har skrivit texten. Överenskommelsen är undertecknad av kommunstyrelsens ordförande och av Föreningsrådet i Hjärtsjö.</p>

            <h2>Vem omfattas?</h2>
            <p>Med idéburen sektor menar vi organisationer som har en demokratisk grund, som är fristående från offentlig sektor och som inte har vinst som syfte. Det kan till exempel vara idrottsföreningar, pensionärsföreningar, kulturföreningar, studieförbund, trossamfund och sociala ideella organisationer. Med kommunen menar vi Hjärtsjö kommuns nämnder, förvaltningar och helägda bolag.</p>
            <p>Det är frivilligt för en organisation att ansluta sig till överenskommelsen. Anslutna organisationer finns listade på sidan <a href="/kultur-och-fritid/foreningsliv/overenskommelse-med-ideburen-sektor/anslutna.html">Anslutna organisationer</a>.</p>

            <h2>Principerna och våra åtaganden</h2>
            <p>Överenskommelsen bygger på de sex principerna i den nationella överenskommelsen. I Hjärtsjö har vi också lagt till en sjunde princip om barnrättsperspektiv. Under varje princip står vad kommunen och den idéburna sektorn åtar sig.</p>

            <h3>Självständighet och oberoende</h3>
            <p>Den idéburna sektorns självständighet är en förutsättning för ett levande civilsamhälle. Föreningar har rätt att granska, kritisera och påverka kommunen även när de får bidrag.</p>
            <p>Kommunen åtar sig att:</p>
                {sj_pub}
            <p>Den idéburna sektorn åtar sig att:</p>
                {sj_civ}

            <h3>Dialog</h3>
            <p>En bra dialog bygger på att båda parter får möjlighet att påverka och att synpunkter tas tillvara. Dialogen kan vara både formell och informell.</p>
            <p>{d1} {d2} Kontaktpersonen finns med i faktarutan på den här sidan.</p>
            <p>{d3}</p>
            <p>{d4} {d5}</p>

            <h3>Kvalitet</h3>
            <p>Kvalitet handlar om att verksamheten svarar mot de behov som finns hos dem den är till för. Kommunen och föreningslivet har olika sätt att mäta och beskriva kvalitet, och båda behövs.</p>
            <p>Det innebär att kommunen ska:</p>
                {kv_pub}
            <p>Föreningslivet och de idéburna organisationerna förbinder sig att:</p>
                {kv_civ}

            <h3>Långsiktighet</h3>
            <p>Goda förutsättningar över tid gör det möjligt för föreningarna att planera, anställa och utveckla sin verksamhet. Tabellen visar vad parterna åtar sig.</p>
            <div class="hk-table-wrapper">
              <table class="hk-table">
                <caption class="sv-visually-hidden">Åtaganden för principen långsiktighet</caption>
                <thead>
                  <tr>
                    <th scope="col">Kommunen ska</th>
                    <th scope="col">Den idéburna sektorn ska</th>
                  </tr>
                </thead>
                <tbody>
{la_rows}
                </tbody>
              </table>
            </div>

            <h3>Öppenhet och insyn</h3>
            <p>Öppenhet och insyn skapar förtroende mellan parterna och gentemot invånarna. Offentlighetsprincipen gäller för kommunen, medan föreningarna själva bestämmer över sina interna handlingar.</p>
            <p>{o1} {o2}</p>
            <p>{o3}</p>

            <h3>Mångfald</h3>
            <p>Ett rikt och varierat föreningsliv, med både stora och små organisationer, är en tillgång för Hjärtsjö. Alla invånare ska kunna hitta ett sammanhang där de känner sig välkomna.</p>
            <p>Kommunen åtar sig att:</p>
                {ma_pub}
            <p>Den idéburna sektorn åtar sig att:</p>
                {ma_civ}

            <h3>Barnrättsperspektiv</h3>
            <p>Sedan 2020 är FN:s konvention om barnets rättigheter svensk lag. Många barn och unga i Hjärtsjö möter föreningslivet varje vecka, och därför har parterna valt att lyfta barnrättsperspektivet som en egen princip.</p>
            <p>{b1} {b2}</p>
            <p>{b3}</p>

            <h2>Uppföljning</h2>
            <p>Överenskommelsen följs upp varje år, bland annat genom en enkät till anslutna organisationer och vid höstens dialogforum. {u1}</p>
            <p>{u2}</p>
            <p>{u3}</p>

            <h2>Dokument</h2>
            <ul class="hk-filelist">
              <li><a href="/download/18.4f2a91c3186d0b7e1a2f3c/1711018800000/overenskommelse-ideburen-sektor-2024-2027.pdf">Överenskommelse mellan Hjärtsjö kommun och den idéburna sektorn 2024–2027 (pdf, 412 kB)</a></li>
              <li><a href="/download/18.4f2a91c3186d0b7e1a2f3d/1711018800000/overenskommelse-lattlast.pdf">Överenskommelsen på lättläst svenska (pdf, 198 kB)</a></li>
              <li><a href="/download/18.4f2a91c3186d0b7e1a2f3e/1711018800000/anslutningsblankett.docx">Blankett för att ansluta din organisation (docx, 34 kB)</a></li>
            </ul>
          </div>

          <div class="hk-feedback" id="hk-feedback">
            <h2 class="hk-feedback__title">Hittade du den information du sökte?</h2>
            <button type="button" data-answer="yes">Ja</button>
            <button type="button" data-answer="no">Nej</button>
          </div>

          <div class="hk-share">
            <span>Dela sidan:</span>
            <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.hjartsjo.se%2Fkultur-och-fritid%2Fforeningsliv%2Foverenskommelse-med-ideburen-sektor.html">Facebook</a>
            <a href="https://www.linkedin.com/shareArticle?url=https%3A%2F%2Fwww.hjartsjo.se%2Fkultur-och-fritid%2Fforeningsliv%2Foverenskommelse-med-ideburen-sektor.html">LinkedIn</a>
            <a href="mailto:?subject=%C3%96verenskommelse%20med%20id%C3%A9buren%20sektor">E-post</a>
          </div>

          <div class="hk-pageinfo">
            <p>Sidan uppdaterades: 9 april 2024</p>
            <p>Sidansvarig: <a href="mailto:kulturochfritid@hjartsjo.se">Kultur- och fritidsförvaltningen</a></p>
          </div>
        </main>

        <!-- Right column: fact box -->
        <aside class="sv-column-3 hk-aside">
          <div class="hk-factbox">
            <h2 class="hk-factbox__title">Fakta</h2>
            <dl>
              <dt>Beslutad</dt>
              <dd>Kommunfullmäktige 18 mars 2024, § 34</dd>
              <dt>Diarienummer</dt>
              <dd>KS 2023/412</dd>
              <dt>Giltighetstid</dt>
              <dd>Gäller 2024–2027</dd>
              <dt>Nästa dialogforum</dt>
              <dd>Torsdag 10 oktober 2024, Folkets hus i Hjärtsjö</dd>
            </dl>
          </div>
          <div class="hk-contactbox">
            <h2>Kontakt</h2>
            <p><strong>Maria Lundqvist, föreningsutvecklare</strong><br>
            Kultur- och fritidsförvaltningen<br>
            Telefon: <a href="tel:+46381450312">0381-45 03 12</a><br>
            E-post: <a href="mailto:maria.lundqvist@hjartsjo.se">maria.lundqvist@hjartsjo.se</a></p>
            <p><strong>Kontaktcenter</strong><br>
            Telefon: <a href="tel:+46381450000">0381-45 00 00</a><br>
            Måndag–torsdag 8.00–16.30, fredag 8.00–15.00</p>
          </div>
          <div class="hk-related">
            <h2>Relaterade sidor</h2>
            <ul>
              <li><a href="/kultur-och-fritid/foreningsliv/iop.html">Idéburet offentligt partnerskap (IOP)</a></li>
              <li><a href="/kultur-och-fritid/foreningsliv/foreningsbidrag.html">Sök föreningsbidrag</a></li>
              <li><a href="/kommun-och-politik/styrdokument.html">Styrdokument</a></li>
            </ul>
          </div>
        </aside>
      </div>
    </div>

    <!-- Footer -->
    <footer class="hk-footer" role="contentinfo">
      <div class="hk-footer__cols">
        <div class="hk-footer__col">
          <h2>Hjärtsjö kommun</h2>
          <p>Kommunhuset, Storgatan 14<br>568 80 Hjärtsjö</p>
          <p>Telefon: 0381-45 00 00<br>E-post: <a href="mailto:kommun@hjartsjo.se">kommun@hjartsjo.se</a></p>
          <p>Organisationsnummer: 212000-0597</p>
        </div>
        <div class="hk-footer__col">
          <h2>Genvägar</h2>
          <ul>
            <li><a href="/kommun-och-politik/lediga-jobb.html">Lediga jobb</a></li>
            <li><a href="/kommun-och-politik/press.html">Press och media</a></li>
            <li><a href="/synpunkter.html">Lämna en synpunkt</a></li>
            <li><a href="/kommun-och-politik/diarium.html">Sök allmänna handlingar</a></li>
          </ul>
        </div>
        <div class="hk-footer__col">
          <h2>Om webbplatsen</h2>
          <ul>
            <li><a href="/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li>
            <li><a href="/om-webbplatsen/personuppgifter.html">Behandling av personuppgifter</a></li>
            <li><a href="/om-webbplatsen/kakor.html">Kakor</a></li>
          </ul>
        </div>
        <div class="hk-footer__col">
          <h2>Följ oss</h2>
          <ul class="hk-social">
            <li><a href="https://www.facebook.com/hjartsjokommun">Facebook</a></li>
            <li><a href="https://www.instagram.com/hjartsjokommun/">Instagram</a></li>
            <li><a href="https://www.linkedin.com/company/hjartsjo-kommun">LinkedIn</a></li>
            <li><a href="https://www.youtube.com/@hjartsjokommun">Youtube</a></li>
          </ul>
        </div>
      </div>
      <p class="hk-footer__copy">© Hjärtsjö kommun 2024</p>
    </footer>
  </div>

  <script src="./Överenskommelse med idéburen sektor - Hjärtsjö kommun_files/jquery-3.6.4.min.js"></script>
  <script src="./Överenskommelse med idéburen sektor - Hjärtsjö kommun_files/main.min.js"></script>
  <script>
    window.sv = window.sv || {{}};
    sv.PageContext = {{"pageId":"4.4f2a91c3186d0b7e1a2f10","siteName":"Hjärtsjö kommun","language":"sv"}};
    (function () {{
      var banner = document.getElementById('hk-cookie');
      if (document.cookie.indexOf('hk_consent=') > -1) {{ banner.style.display = 'none'; }}
      banner.addEventListener('click', function (e) {{
        var choice = e.target.getAttribute('data-cookie');
        if (!choice || choice === 'settings') return;
        document.cookie = 'hk_consent=' + choice + ';path=/;max-age=31536000';
        if (choice === 'all') {{ _paq.push(['rememberCookieConsentGiven']); }}
        banner.style.display = 'none';
      }});
    }})();
  </script>
  <script src="https://cdn-eu.readspeaker.com/script/10234/webReader/webReader.js?pids=wr" async></script>
</body>
</html>
"""

with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
    f.write(HTML)

Q = [
    {"id": "q1", "question": "När beslutades överenskommelsen och av vilket organ?", "language": "sv", "answerable": True,
     "gold": ["Överenskommelsen antogs av kommunfullmäktige den 18 mars 2024 och gäller för perioden 2024–2027.",
              "Kommunfullmäktige 18 mars 2024, § 34"],
     "must_mention": ["18 mars 2024", "kommunfullmäktige"]},
    {"id": "q2", "question": "Hur ofta ska det hållas dialogforum mellan kommunen och föreningarna?", "language": "sv", "answerable": True,
     "gold": [d4], "must_mention": ["två gånger per år"]},
    {"id": "q3", "question": "Kan kommunen krava att var forening inte kritiserar kommunen offentligt om vi far bidrag?", "language": "sv", "answerable": True,
     "gold": ["Föreningar har rätt att granska, kritisera och påverka kommunen även när de får bidrag.",
              "inte ställa villkor i bidrag eller avtal som påverkar en organisations rätt att uttala sig offentligt"],
     "must_mention": ["inte ställa villkor", "kritisera"]},
    {"id": "q4", "question": "Hur lång tid i förväg ska kommunen berätta om ändringar i bidragsreglerna?", "language": "sv", "answerable": True,
     "gold": [rows[1][0]], "must_mention": ["sex månader"]},
    {"id": "q5", "question": "Who should I contact at the municipality about the agreement?", "language": "en", "answerable": True,
     "gold": ["Maria Lundqvist, föreningsutvecklare", "maria.lundqvist@hjartsjo.se"],
     "must_mention": ["Maria Lundqvist"]},
    {"id": "q6", "question": "What does the agreement require from associations that run activities for children?", "language": "en", "answerable": True,
     "gold": [b3], "must_mention": ["förebygga kränkningar", "belastningsregistret"]},
    {"id": "q7", "question": "vad maste foreningarna redovisa till kommunen?", "language": "sv", "answerable": True,
     "gold": ["redovisa hur bidrag och andra medel från kommunen har använts", o3],
     "must_mention": ["verksamhetsberättelse", "ekonomisk redovisning"]},
    {"id": "q8", "question": "Hur länge gäller överenskommelsen och när ska den ses över?", "language": "sv", "answerable": True,
     "gold": ["Gäller 2024–2027", u3], "must_mention": ["2024–2027", "senast 2027"]},
    {"id": "q9", "question": "Hur mycket pengar delar kommunen ut i föreningsbidrag totalt under 2024?", "language": "sv", "answerable": False,
     "gold": [], "must_mention": []},
    {"id": "q10", "question": "Får vi någon ersättning från kommunen för att delta i dialogforumet?", "language": "sv", "answerable": False,
     "gold": [], "must_mention": []},
]

expected = {
    "file": FILE,
    "layout": FOLDER,
    "description": (
        "Municipal web page (Sitevision-style CMS) saved as a single UTF-8 .html file from a fictional "
        "Swedish kommun's website. Page chrome before the article: HTML comment 'saved from url', head with "
        "meta/OG tags, inline CSS, Matomo tracking script and JSON-LD; a cookie banner (h2 'Vi använder kakor' "
        "plus buttons); a toolbar (Lyssna, Languages, Lättläst, Teckenspråk, E-tjänster); logo image and search "
        "form; main menu of seven sections; breadcrumbs; and a left sub-menu of the Föreningsliv section. "
        "The article has an h1, an ingress paragraph (which carries the decision date and period), background "
        "and definition sections under h2 (no commitments), then h2 'Principerna och våra åtaganden' with seven "
        "h3 principles: the six national ones plus a local 'Barnrättsperspektiv'. Commitments are written in "
        "varied ways: <ul> lists after lead-ins such as 'Kommunen åtar sig att:', 'Den idéburna sektorn åtar sig "
        "att:', 'Det innebär att kommunen ska:' and 'Föreningslivet och de idéburna organisationerna förbinder "
        "sig att:' (Självständighet, Kvalitet, Mångfald); full ska/ansvarar för/kommer att/förbinder sig "
        "sentences in paragraphs, several per paragraph and mixed with descriptive sentences (Dialog, Öppenhet "
        "och insyn, Barnrättsperspektiv); and a two-column table with header cells 'Kommunen ska' / 'Den "
        "idéburna sektorn ska' where each cell is one commitment (Långsiktighet). A closing h2 'Uppföljning' "
        "holds three commitments without a principle (one public, one civil society, one joint). After the "
        "article: document download list, a 'Hittade du...' feedback widget, share links, 'Sidan uppdaterades: "
        "9 april 2024' and Sidansvarig line. A right-hand aside has a fact box as a <dl> (Beslutad: "
        "Kommunfullmäktige 18 mars 2024, § 34; diarienummer; giltighetstid; next dialogue forum date), a "
        "contact box and related links. Footer with address, phone, org number, shortcut links and social "
        "links, followed by scripts (jQuery, cookie-consent handler, ReadSpeaker). The page itself never gives "
        "the full formal title; the PDF link text names it."
    ),
    "metadata": {
        "doc_id": os.path.splitext(FILE)[0],
        "title": "Överenskommelse med idéburen sektor",
        "place": "Hjärtsjö",
        "organisation": "Hjärtsjö kommun",
        "kind": "överenskommelse",
        "date": "2024-03-18",
        "body": "kommunfullmäktige",
    },
    "commitments": C,
    "questions": Q,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print(f"wrote {FILE} and expected.json with {len(C)} commitments")
