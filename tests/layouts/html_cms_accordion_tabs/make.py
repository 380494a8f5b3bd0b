#!/usr/bin/env python3
"""Generate kvarnholma_overenskommelse_foreningslivet.html: a saved page from a
kommun web site built in Optimizely (Episerver) CMS, with the agreement's
principles in a tab widget, party commitments under <h4> + <ul> and in <p>
sentences, a fact box with the decision, FAQ accordion, cookie banner, header
navigation, breadcrumbs, share block, related links and footer.  Also writes
expected.json.  Run: python3 make.py"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "kvarnholma_overenskommelse_foreningslivet.html"
TITLE = "Överenskommelse mellan Kvarnholma kommun och föreningslivet 2023–2026"

commitments = []


def C(text, principle, party):
    commitments.append({"text": text, "principle": principle, "party": party})
    return text


def e(s):
    return html.escape(s, quote=False)


def ul(items, cls="list"):
    return ('<ul class="%s">\n' % cls +
            "\n".join("                  <li>%s</li>" % e(i) for i in items) +
            "\n                </ul>")


# ------------------------------------------------------------------ commitments
# Självständighet och oberoende
P1 = C("respektera föreningarnas rätt att driva opinion och granska kommunens verksamhet",
       "sjalvstandighet_och_oberoende", "public")
P2 = C("inte ställa krav som begränsar föreningarnas rätt att själva välja sina företrädare",
       "sjalvstandighet_och_oberoende", "public")
C1 = C("vara tydliga med i vilken roll de deltar när de samverkar med kommunen",
       "sjalvstandighet_och_oberoende", "civil_society")
# Dialog
P3 = C("bjuda in föreningslivet till Kvarnholmadialogen två gånger per år", "dialog", "public")
P4 = C("ha en tydlig väg in till kommunen för föreningar, med kontaktuppgifter på kommunens webbplats",
       "dialog", "public")
P5 = C("återkoppla skriftligt hur föreningslivets synpunkter har påverkat besluten", "dialog", "public")
C2 = C("delta i dialogen med företrädare som kan föra sin organisations talan", "dialog", "civil_society")
C3 = C("lyfta frågor och behov som rör föreningens medlemmar och målgrupper", "dialog", "civil_society")
# Kvalitet (sentences)
P6 = C("Kommunen ska göra det enkelt att söka bidrag genom en digital ansökan med tydliga instruktioner.",
       "kvalitet", "public")
C4 = C("Föreningarna ska själva följa upp att verksamheten når de mål som de har angett i sin ansökan.",
       "kvalitet", "civil_society")
J1 = C("Kommunen och föreningslivet ska tillsammans utveckla en enkel modell för att följa upp verksamhet "
       "som får kommunalt stöd.", "kvalitet", "joint")
# Långsiktighet
P7 = C("erbjuda treåriga verksamhetsbidrag till föreningar med en stabil och långsiktig verksamhet",
       "langsiktighet", "public")
P8 = C("informera om förändringar i bidragsreglerna minst ett år innan de börjar gälla", "langsiktighet",
       "public")
C5 = C("arbeta för en bred finansiering och inte enbart förlita sig på kommunala bidrag", "langsiktighet",
       "civil_society")
# Öppenhet och insyn
P9 = C("publicera alla beslut om föreningsbidrag på kommunens webbplats", "oppenhet_och_insyn", "public")
P10 = C("svara på frågor från föreningar inom fem arbetsdagar", "oppenhet_och_insyn", "public")
C6 = C("lämna årsmötesprotokoll, verksamhetsberättelse och ekonomisk redovisning när de söker bidrag",
       "oppenhet_och_insyn", "civil_society")
C7 = C("ge kommunen insyn i verksamhet som finansieras med kommunala medel", "oppenhet_och_insyn",
       "civil_society")
# Mångfald (sentences + joint list)
P11 = C("Kommunen ska verka för att det finns föreningslokaler i alla kommundelar, även på landsbygden.",
        "mangfald", "public")
C8 = C("Föreningarna ska välkomna nya medlemmar oavsett bakgrund, kön, ålder eller funktionsförmåga.",
       "mangfald", "civil_society")
J2 = C("sprida kunskap om föreningslivet till nyanlända och andra som är nya i Kvarnholma", "mangfald",
       "joint")
# Jämställdhet (extra principle)
P12 = C("fördela bidrag och tider i idrottshallar så att flickor och pojkar får likvärdiga förutsättningar",
        "jamstalldhet", "public")
P13 = C("redovisa könsfördelningen bland bidragsmottagarna i den årliga uppföljningen", "jamstalldhet",
        "public")
C9 = C("verka för en jämn könsfördelning i styrelser och bland ledare", "jamstalldhet", "civil_society")
# Genomförande och uppföljning (no principle)
J3 = C("utse en gemensam styrgrupp med företrädare för kommunen och föreningslivet", None, "joint")
J4 = C("följa upp överenskommelsen varje år och presentera resultatet på höstens Kvarnholmadialog", None,
       "joint")
J5 = C("revidera överenskommelsen under 2026 så att en ny version kan gälla från 2027", None, "joint")

DECISION = "Beslutad i kommunfullmäktige 27 mars 2023, § 41"
VALID = "Överenskommelsen gäller från 2023 till och med 2026."
DEF1 = ("Idéburen sektor är ett samlingsnamn för föreningar, stiftelser, trossamfund och andra "
        "organisationer som drivs utan vinstsyfte och som bygger på frivilligt engagemang.")
DEF2 = "I den här överenskommelsen använder vi ordet föreningslivet för hela den idéburna sektorn."
FOLLOW = ("Kultur- och fritidsförvaltningen sammanställer uppföljningen och rapporterar den till "
          "kultur- och fritidsnämnden och kommunstyrelsen.")

# ------------------------------------------------------------------ tabs
tabs = [
    ("oberoende", "Oberoende", "Självständighet och oberoende", f"""
                <p>Föreningarna bestämmer själva över sin verksamhet, sina mål och sina arbetssätt. Det gäller även när en förening får bidrag från kommunen eller utför uppdrag åt kommunen.</p>
                <h4>Kommunen åtar sig att</h4>
                {ul([P1, P2])}
                <h4>Föreningslivet åtar sig att</h4>
                {ul([C1])}"""),
    ("dialog", "Dialog", "Dialog", f"""
                <p>Genom dialog tar vi tillvara föreningarnas kunskap om invånarnas behov. Dialogen ska vara öppen, återkommande och ske i ett tidigt skede.</p>
                <h4>Kommunen åtar sig att</h4>
                {ul([P3, P4, P5])}
                <h4>Föreningslivet åtar sig att</h4>
                {ul([C2, C3])}"""),
    ("kvalitet", "Kvalitet", "Kvalitet", f"""
                <p>Kvalitet handlar om att verksamheten gör skillnad för de människor den finns till för. Föreningarna har ofta en nära kontakt med sina deltagare och vet vad som fungerar.</p>
                <p>{e(P6)} {e(C4)}</p>
                <p>{e(J1)}</p>"""),
    ("langsiktighet", "Långsiktighet", "Långsiktighet", f"""
                <p>Föreningar behöver kunna planera mer än ett år i taget. Långsiktighet handlar också om att engagemanget ska kunna leva vidare när eldsjälar slutar.</p>
                <h4>Kommunen åtar sig att</h4>
                {ul([P7, P8])}
                <h4>Föreningslivet åtar sig att</h4>
                {ul([C5])}"""),
    ("oppenhet", "Öppenhet", "Öppenhet och insyn", f"""
                <p>Öppenhet skapar förtroende mellan kommunen och föreningslivet. Båda parter har ett ansvar för att information om stöd och samverkan är lätt att hitta.</p>
                <h4>Kommunen åtar sig att</h4>
                {ul([P9, P10])}
                <h4>Föreningslivet åtar sig att</h4>
                {ul([C6, C7])}"""),
    ("mangfald", "Mångfald", "Mångfald", f"""
                <p>Ett rikt föreningsliv speglar hela Kvarnholma – i tätorten och på landsbygden, bland unga och äldre och bland människor med olika bakgrund.</p>
                <p>{e(P11)} {e(C8)}</p>
                <h4>Tillsammans ska vi</h4>
                {ul([J2])}"""),
    ("jamstalldhet", "Jämställdhet", "Jämställdhet", f"""
                <p>Kvarnholma kommun har undertecknat den europeiska deklarationen för jämställdhet på lokal och regional nivå (CEMR). Jämställdhet har därför lagts till som en egen princip i den lokala överenskommelsen.</p>
                <h4>Kommunen åtar sig att</h4>
                {ul([P12, P13])}
                <h4>Föreningslivet åtar sig att</h4>
                {ul([C9])}"""),
]

tab_buttons = []
tab_panels = []
for i, (slug, label, heading, content) in enumerate(tabs):
    sel = "true" if i == 0 else "false"
    tabindex = "" if i == 0 else ' tabindex="-1"'
    active = " tabs__tab--active" if i == 0 else ""
    tab_buttons.append(
        f'            <button type="button" role="tab" class="tabs__tab{active}" id="tab-{slug}" '
        f'aria-selected="{sel}" aria-controls="panel-{slug}"{tabindex} data-tab="{slug}">{e(label)}</button>')
    hidden = "" if i == 0 else " hidden"
    tab_panels.append(f"""            <div role="tabpanel" class="tabs__panel" id="panel-{slug}" aria-labelledby="tab-{slug}" tabindex="0"{hidden}>
                <h3 class="tabs__panel-heading">{e(heading)}</h3>{content}
            </div>""")

faq = [
    ("Vad är idéburen sektor?", f"<p>{e(DEF1)} {e(DEF2)}</p>"),
    ("Måste vår förening skriva under överenskommelsen?",
     "<p>Nej. Överenskommelsen gäller alla föreningar som är registrerade i kommunens föreningsregister. "
     "Det finns ingen blankett att skriva under, men vi vill gärna att er förening deltar i "
     "Kvarnholmadialogen.</p>"),
    ("Är överenskommelsen ett juridiskt bindande avtal?",
     "<p>Nej, överenskommelsen är en avsiktsförklaring. Den beskriver hur kommunen och föreningslivet vill "
     "samverka, men den ersätter inte avtal, bidragsregler eller lagstiftning.</p>"),
    ("Hur togs överenskommelsen fram?",
     "<p>En arbetsgrupp med sex företrädare för föreningslivet och fyra tjänstepersoner från kommunen "
     "tog fram ett förslag under 2022. Förslaget var ute på remiss till föreningar och nämnder under "
     "hösten 2022 och 46 remissvar kom in.</p>"),
]
faq_html = []
for i, (qq, a) in enumerate(faq, 1):
    faq_html.append(f"""          <div class="accordion__item">
            <h3 class="accordion__heading">
              <button type="button" class="accordion__button" aria-expanded="false" aria-controls="faq-{i}" id="faq-btn-{i}">
                <span class="accordion__title">{e(qq)}</span>
                <svg class="icon icon--chevron" aria-hidden="true" focusable="false"><use xlink:href="/dist/svg/sprite.svg#chevron-down"></use></svg>
              </button>
            </h3>
            <div class="accordion__panel" id="faq-{i}" role="region" aria-labelledby="faq-btn-{i}" hidden>
              {a}
            </div>
          </div>""")

nav_items = ["Barn och utbildning", "Omsorg och stöd", "Bygga, bo och miljö", "Kultur och fritid",
             "Näringsliv och arbete", "Trafik och infrastruktur", "Kommun och politik"]
slugs = ["barn-och-utbildning", "omsorg-och-stod", "bygga-bo-och-miljo", "kultur-och-fritid",
         "naringsliv-och-arbete", "trafik-och-infrastruktur", "kommun-och-politik"]
nav_lines = []
for n, s in zip(nav_items, slugs):
    act = n == "Kultur och fritid"
    nav_lines.append('            <li class="mainnav__item%s"><a href="/%s/" class="mainnav__link"%s>%s</a></li>'
                     % (" mainnav__item--active" if act else "", s, ' aria-current="true"' if act else "", e(n)))
nav_html = "\n".join(nav_lines)

PAGE = f"""<!DOCTYPE html>
<!-- saved from url=(0093)https://www.kvarnholma.se/kultur-och-fritid/foreningar/samverkan/overenskommelse-med-foreningslivet/ -->
<html lang="sv" class="no-js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Överenskommelse med föreningslivet - Kvarnholma kommun</title>
    <meta name="description" content="Kvarnholma kommun och föreningslivet har en gemensam överenskommelse om hur vi ska samverka. Läs om principerna och vad parterna åtar sig.">
    <meta property="og:title" content="Överenskommelse med föreningslivet">
    <meta property="og:type" content="article">
    <meta property="og:url" content="https://www.kvarnholma.se/kultur-och-fritid/foreningar/samverkan/overenskommelse-med-foreningslivet/">
    <meta property="og:image" content="https://www.kvarnholma.se/globalassets/bilder/kultur-och-fritid/foreningsdialog-2023.jpg?width=1200&amp;height=630&amp;mode=crop">
    <meta property="og:site_name" content="Kvarnholma kommun">
    <meta name="pageid" content="18422">
    <meta name="last-modified" content="2024-01-12T09:41:17+01:00">
    <link rel="canonical" href="https://www.kvarnholma.se/kultur-och-fritid/foreningar/samverkan/overenskommelse-med-foreningslivet/">
    <link rel="icon" href="/favicon.ico" sizes="any">
    <link rel="apple-touch-icon" href="/dist/img/apple-touch-icon.png">
    <link rel="stylesheet" href="./kvarnholma_files/main.4c81e2b7.css">
    <style>
      .js .tabs__panel[hidden]{{display:none}}
      .cookie-banner{{position:fixed;bottom:0;left:0;right:0;z-index:9000;background:#1d3b2f;color:#fff}}
      .accordion__panel[hidden]{{display:none}}
    </style>
    <script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
    <script>
      window.dataLayer = window.dataLayer || [];
      function gtag(){{dataLayer.push(arguments);}}
      gtag('consent', 'default', {{'analytics_storage': 'denied', 'ad_storage': 'denied'}});
    </script>
    <script async="" src="./kvarnholma_files/matomo.js"></script>
    <script type="text/javascript">
      var _paq = window._paq = window._paq || [];
      _paq.push(['requireCookieConsent']);
      _paq.push(['trackPageView']);
      _paq.push(['enableLinkTracking']);
      (function() {{ var u="https://statistik.kvarnholma.se/"; _paq.push(['setTrackerUrl', u+'matomo.php']); _paq.push(['setSiteId', '3']); }})();
    </script>
</head>
<body class="page page--article" data-epi-page-id="18422" data-epi-content-link="18422_40155">

<div class="cookie-banner" id="cookie-banner" role="dialog" aria-modal="false" aria-labelledby="cookie-banner-title">
  <div class="cookie-banner__inner container">
    <h2 class="cookie-banner__title" id="cookie-banner-title">Vi använder kakor</h2>
    <p class="cookie-banner__text">Kvarnholma kommun använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. Nödvändiga kakor behövs för att webbplatsen ska fungera. Analytiska kakor hjälper oss att förstå hur webbplatsen används. <a href="/om-webbplatsen/kakor/">Läs mer om hur vi använder kakor</a></p>
    <div class="cookie-banner__buttons">
      <button type="button" class="btn btn--primary" data-cookie-consent="all">Godkänn alla kakor</button>
      <button type="button" class="btn btn--secondary" data-cookie-consent="necessary">Endast nödvändiga kakor</button>
      <button type="button" class="btn btn--link" aria-expanded="false" aria-controls="cookie-settings">Inställningar</button>
    </div>
    <div id="cookie-settings" class="cookie-banner__settings" hidden>
      <fieldset>
        <legend>Välj vilka kakor du godkänner</legend>
        <label><input type="checkbox" checked disabled> Nödvändiga kakor</label>
        <label><input type="checkbox" name="analytics"> Statistikkakor (Matomo)</label>
        <label><input type="checkbox" name="media"> Kakor för inbäddad media (YouTube)</label>
      </fieldset>
      <button type="button" class="btn btn--primary" data-cookie-consent="save">Spara inställningar</button>
    </div>
  </div>
</div>

<a class="skip-link" href="#main-content">Gå direkt till innehåll</a>

<header class="site-header" role="banner">
  <div class="site-header__top">
    <div class="container">
      <ul class="site-header__tools">
        <li><a href="/om-webbplatsen/lyssna/" class="tool tool--listen"><svg class="icon" aria-hidden="true"><use xlink:href="/dist/svg/sprite.svg#listen"></use></svg>Lyssna</a></li>
        <li><a href="/other-languages/" class="tool tool--lang" lang="en">Other languages</a></li>
        <li><a href="/lattlast/" class="tool">Lättläst</a></li>
        <li><a href="/teckensprak/" class="tool">Teckenspråk</a></li>
        <li><a href="https://etjanster.kvarnholma.se/" class="tool tool--eservices">E-tjänster</a></li>
      </ul>
    </div>
  </div>
  <div class="site-header__main container">
    <a href="/" class="site-header__logo"><img src="./kvarnholma_files/logo-kvarnholma.svg" alt="Kvarnholma kommun, till startsidan" width="210" height="56"></a>
    <form class="site-search" role="search" action="/sok/" method="get">
      <label for="q" class="visually-hidden">Sök på webbplatsen</label>
      <input type="search" id="q" name="q" placeholder="Vad letar du efter?" autocomplete="off">
      <button type="submit" class="site-search__button">Sök</button>
    </form>
    <button type="button" class="menu-toggle" aria-expanded="false" aria-controls="mainnav">Meny</button>
  </div>
  <nav class="mainnav" id="mainnav" aria-label="Huvudmeny">
    <div class="container">
      <ul class="mainnav__list">
{nav_html}
      </ul>
    </div>
  </nav>
</header>

<div class="container">
  <nav class="breadcrumbs" aria-label="Du är här">
    <ol class="breadcrumbs__list">
      <li class="breadcrumbs__item"><a href="/">Startsida</a></li>
      <li class="breadcrumbs__item"><a href="/kultur-och-fritid/">Kultur och fritid</a></li>
      <li class="breadcrumbs__item"><a href="/kultur-och-fritid/foreningar/">Föreningar</a></li>
      <li class="breadcrumbs__item"><a href="/kultur-och-fritid/foreningar/samverkan/">Samverkan med föreningslivet</a></li>
      <li class="breadcrumbs__item" aria-current="page">Överenskommelse med föreningslivet</li>
    </ol>
  </nav>
</div>

<div class="container layout layout--sidebar">
  <aside class="subnav" aria-label="Undermeny för Föreningar">
    <h2 class="subnav__title"><a href="/kultur-och-fritid/foreningar/">Föreningar</a></h2>
    <ul class="subnav__list">
      <li><a href="/kultur-och-fritid/foreningar/foreningsbidrag/">Föreningsbidrag</a></li>
      <li><a href="/kultur-och-fritid/foreningar/lokaler/">Boka lokaler och anläggningar</a></li>
      <li><a href="/kultur-och-fritid/foreningar/foreningsregistret/">Föreningsregistret</a></li>
      <li><a href="/kultur-och-fritid/foreningar/utbildning/">Utbildning och inspiration för föreningar</a></li>
      <li class="subnav__item--open"><a href="/kultur-och-fritid/foreningar/samverkan/">Samverkan med föreningslivet</a>
        <ul>
          <li class="subnav__item--current"><a href="/kultur-och-fritid/foreningar/samverkan/overenskommelse-med-foreningslivet/" aria-current="page">Överenskommelse med föreningslivet</a></li>
          <li><a href="/kultur-och-fritid/foreningar/samverkan/kvarnholmadialogen/">Kvarnholmadialogen</a></li>
          <li><a href="/kultur-och-fritid/foreningar/samverkan/iop/">Idéburet offentligt partnerskap, IOP</a></li>
        </ul>
      </li>
      <li><a href="/kultur-och-fritid/foreningar/priser-och-stipendier/">Priser och stipendier</a></li>
    </ul>
  </aside>

  <main id="main-content" class="main" tabindex="-1">
    <article class="article">
      <h1 class="article__title">Överenskommelse med föreningslivet</h1>
      <p class="article__preamble">Kvarnholma kommun och föreningslivet har en gemensam överenskommelse om hur vi ska samverka. Den bygger på sju principer och beskriver vad kommunen och föreningarna åtar sig – var för sig och tillsammans.</p>

      <aside class="factbox" aria-labelledby="factbox-title">
        <h2 class="factbox__title" id="factbox-title">Fakta om överenskommelsen</h2>
        <p class="factbox__decision">{e(DECISION)}</p>
        <dl class="factbox__list">
          <dt>Fullständigt namn</dt>
          <dd>{e(TITLE)}</dd>
          <dt>Diarienummer</dt>
          <dd>KS 2022/0318</dd>
          <dt>Giltighet</dt>
          <dd>2023–2026</dd>
          <dt>Ansvarig nämnd</dt>
          <dd>Kultur- och fritidsnämnden</dd>
        </dl>
      </aside>

      <div class="article__body richtext">
        <h2>Varför en överenskommelse?</h2>
        <p>Föreningslivet i Kvarnholma är en viktig del av samhället. Över 220 föreningar erbjuder idrott, kultur, studiecirklar, stöd till människor i utsatta situationer och mötesplatser för alla åldrar. Överenskommelsen ska göra det tydligt vad föreningarna kan förvänta sig av kommunen och vad kommunen kan förvänta sig av föreningarna.</p>
        <p>Överenskommelsen är inspirerad av den nationella överenskommelsen mellan regeringen, idéburna organisationer och Sveriges Kommuner och Regioner. {e(VALID)}</p>

        <h2>Vilka omfattas?</h2>
        <p>Överenskommelsen omfattar Kvarnholma kommuns nämnder och förvaltningar samt de föreningar, stiftelser och trossamfund som är verksamma i kommunen. Kvarnholma Föreningsråd och Idrottsalliansen Kvarnholma har företrätt föreningslivet i arbetet.</p>
      </div>

      <section class="block block--tabs" aria-labelledby="principer-rubrik">
        <h2 id="principer-rubrik">Sju principer för samverkan</h2>
        <p class="block__intro">Välj en princip för att läsa vad kommunen och föreningslivet åtar sig.</p>
        <div class="tabs" data-module="tabs">
          <div class="tabs__list" role="tablist" aria-label="Principer i överenskommelsen">
{chr(10).join(tab_buttons)}
          </div>
{chr(10).join(tab_panels)}
        </div>
      </section>

      <div class="article__body richtext">
        <h2>Så genomför och följer vi upp överenskommelsen</h2>
        <p>Överenskommelsen ska leva i vardagen och inte bara finnas på papper. För att lyckas med det har vi kommit överens om några gemensamma arbetssätt.</p>
        <h3>Tillsammans ska vi</h3>
        {ul([J3, J4, J5])}
        <p>{e(FOLLOW)} En handlingsplan med konkreta aktiviteter tas fram för varje år.</p>

        <div class="documents">
          <h3 class="documents__title">Dokument</h3>
          <ul class="documents__list">
            <li><a href="/contentassets/4a1f0c6e9b2d4c7e8f3a5b6c7d8e9f01/overenskommelse-kvarnholma-kommun-och-foreningslivet-2023-2026.pdf" class="file file--pdf">Överenskommelse mellan Kvarnholma kommun och föreningslivet 2023–2026 (pdf, 524 kB)</a></li>
            <li><a href="/contentassets/4a1f0c6e9b2d4c7e8f3a5b6c7d8e9f01/handlingsplan-2024.pdf" class="file file--pdf">Handlingsplan 2024 (pdf, 210 kB)</a></li>
            <li><a href="/contentassets/4a1f0c6e9b2d4c7e8f3a5b6c7d8e9f01/overenskommelse-lattlast.pdf" class="file file--pdf">Överenskommelsen på lättläst svenska (pdf, 1,2 MB)</a></li>
          </ul>
        </div>
      </div>

      <section class="block block--accordion" aria-labelledby="faq-rubrik">
        <h2 id="faq-rubrik">Vanliga frågor</h2>
        <div class="accordion" data-module="accordion">
{chr(10).join(faq_html)}
        </div>
      </section>

      <section class="block block--puff">
        <a href="/kultur-och-fritid/foreningar/samverkan/kvarnholmadialogen/" class="puff">
          <img src="./kvarnholma_files/foreningsdialog-2023.jpg" alt="" width="400" height="225" loading="lazy">
          <span class="puff__content">
            <span class="puff__title">Kvarnholmadialogen 14 mars 2024</span>
            <span class="puff__text">Välkommen till vårens dialogmöte i Folkets hus kl. 18.00–20.30. Temat är lokaler för föreningar. Anmäl dig senast 1 mars.</span>
          </span>
        </a>
      </section>

      <div class="contact-card">
        <h2 class="contact-card__title">Kontakt</h2>
        <p><strong>Kultur och fritid, föreningsservice</strong><br>
        E-post: <a href="mailto:foreningsservice@kvarnholma.se">foreningsservice@kvarnholma.se</a><br>
        Telefon: <a href="tel:+46491764000">0491-76 40 00</a> (via Kontaktcenter)</p>
      </div>

      <footer class="article__footer">
        <p class="article__updated">Senast uppdaterad: <time datetime="2024-01-12">12 januari 2024</time></p>
        <p class="article__owner">Sidansvarig: Kultur och fritid</p>

        <div class="share" aria-labelledby="share-title">
          <h2 class="share__title" id="share-title">Dela sidan</h2>
          <ul class="share__list">
            <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.kvarnholma.se%2Fkultur-och-fritid%2Fforeningar%2Fsamverkan%2Foverenskommelse-med-foreningslivet%2F" class="share__link share__link--facebook" target="_blank" rel="noopener">Facebook</a></li>
            <li><a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.kvarnholma.se%2Fkultur-och-fritid%2Fforeningar%2Fsamverkan%2Foverenskommelse-med-foreningslivet%2F" class="share__link share__link--linkedin" target="_blank" rel="noopener">LinkedIn</a></li>
            <li><a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.kvarnholma.se%2Fkultur-och-fritid%2Fforeningar%2Fsamverkan%2Foverenskommelse-med-foreningslivet%2F" class="share__link share__link--x" target="_blank" rel="noopener">X</a></li>
            <li><a href="mailto:?subject=%C3%96verenskommelse%20med%20f%C3%B6reningslivet&amp;body=https%3A%2F%2Fwww.kvarnholma.se%2Fkultur-och-fritid%2Fforeningar%2Fsamverkan%2Foverenskommelse-med-foreningslivet%2F" class="share__link share__link--mail">E-post</a></li>
            <li><button type="button" class="share__link share__link--copy" data-copy-url="https://www.kvarnholma.se/kultur-och-fritid/foreningar/samverkan/overenskommelse-med-foreningslivet/">Kopiera länk</button></li>
          </ul>
        </div>

        <form class="feedback" action="/api/feedback" method="post" data-module="feedback">
          <fieldset>
            <legend class="feedback__title">Fick du svar på din fråga?</legend>
            <button type="submit" name="answer" value="yes" class="btn btn--small">Ja</button>
            <button type="submit" name="answer" value="no" class="btn btn--small">Nej</button>
          </fieldset>
          <input type="hidden" name="pageId" value="18422">
          <input name="__RequestVerificationToken" type="hidden" value="CfDJ8K3zq9Yb2mWlq8m0yXo1wQ5r7sT3uV9xZa1B2c3D4e5F6g7H8i9J0k">
        </form>
      </footer>
    </article>

    <aside class="related" aria-labelledby="related-title">
      <h2 class="related__title" id="related-title">Relaterade sidor</h2>
      <ul class="related__list">
        <li><a href="/kultur-och-fritid/foreningar/foreningsbidrag/">Föreningsbidrag och stöd</a></li>
        <li><a href="/kultur-och-fritid/foreningar/samverkan/iop/">Idéburet offentligt partnerskap, IOP</a></li>
        <li><a href="/kommun-och-politik/styrdokument/">Styrdokument – planer, program och policyer</a></li>
        <li><a href="https://www.kvarnholmaforeningsrad.se/" class="external">Kvarnholma Föreningsråd (extern webbplats)</a></li>
        <li><a href="https://www.overenskommelsen.se/" class="external">Den nationella överenskommelsen (extern webbplats)</a></li>
      </ul>
    </aside>
  </main>
</div>

<footer class="site-footer" role="contentinfo">
  <div class="container site-footer__grid">
    <div class="site-footer__col">
      <h2 class="site-footer__title">Kvarnholma kommun</h2>
      <p>Kontaktcenter<br>
      Telefon: <a href="tel:+46491764000">0491-76 40 00</a><br>
      E-post: <a href="mailto:kommun@kvarnholma.se">kommun@kvarnholma.se</a></p>
      <p>Öppettider telefon: måndag–fredag 8.00–16.30<br>Lunchstängt 12.00–13.00</p>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__title">Besöksadress</h2>
      <p>Kommunhuset, Storgatan 14<br>Kvarnholma</p>
      <h2 class="site-footer__title">Postadress</h2>
      <p>Kvarnholma kommun<br>593 80 Kvarnholma</p>
      <p>Organisationsnummer: 212000-0993</p>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__title">Om webbplatsen</h2>
      <ul>
        <li><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>
        <li><a href="/om-webbplatsen/kakor/">Kakor (cookies)</a></li>
        <li><a href="/om-webbplatsen/personuppgifter/">Så behandlar vi dina personuppgifter</a></li>
        <li><a href="/kommun-och-politik/visselblasarfunktion/">Visselblåsarfunktion</a></li>
        <li><a href="/press/">Press och media</a></li>
      </ul>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__title">Följ oss</h2>
      <ul class="site-footer__social">
        <li><a href="https://www.facebook.com/kvarnholmakommun">Facebook</a></li>
        <li><a href="https://www.instagram.com/kvarnholmakommun">Instagram</a></li>
        <li><a href="https://www.linkedin.com/company/kvarnholma-kommun">LinkedIn</a></li>
      </ul>
    </div>
  </div>
  <div class="site-footer__bottom container"><p>© Kvarnholma kommun 2024</p></div>
</footer>

<script src="./kvarnholma_files/vendor.8a2e41c0.js"></script>
<script src="./kvarnholma_files/main.4c81e2b7.js"></script>
<script>
  (function () {{
    document.querySelectorAll('[data-module="tabs"]').forEach(function (tabs) {{
      var buttons = tabs.querySelectorAll('[role="tab"]');
      buttons.forEach(function (btn) {{
        btn.addEventListener('click', function () {{
          buttons.forEach(function (b) {{
            b.setAttribute('aria-selected', 'false'); b.setAttribute('tabindex', '-1');
            document.getElementById(b.getAttribute('aria-controls')).hidden = true;
          }});
          btn.setAttribute('aria-selected', 'true'); btn.removeAttribute('tabindex');
          document.getElementById(btn.getAttribute('aria-controls')).hidden = false;
        }});
      }});
    }});
    document.querySelectorAll('.accordion__button').forEach(function (btn) {{
      btn.addEventListener('click', function () {{
        var open = btn.getAttribute('aria-expanded') === 'true';
        btn.setAttribute('aria-expanded', String(!open));
        document.getElementById(btn.getAttribute('aria-controls')).hidden = open;
      }});
    }});
  }})();
</script>
<script type="text/javascript">
  /*<![CDATA[*/
  window.epi = window.epi || {{}}; window.epi.tracking = {{ contentGuid: "7d1c5e0a-3b2f-4a9e-9c41-6f8b2d0e5a17", language: "sv" }};
  /*]]>*/
</script>
</body></html>
"""

with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
    f.write(PAGE)

# ------------------------------------------------------------------ expected.json
Q = []


def q(question, lang, gold, must):
    Q.append({"id": "html_cms_accordion_tabs-q%d" % (len(Q) + 1), "question": question, "language": lang,
              "answerable": bool(gold), "gold": gold, "must_mention": must})


q("vad lovar kommunen om dialog med foreningarna i kvarnholma", "sv", [P3, P4, P5],
  ["Kvarnholmadialogen två gånger per år", "väg in till kommunen", "återkoppla skriftligt"])
q("När beslutades Kvarnholmas överenskommelse med föreningslivet, och av vilket organ?", "sv",
  [DECISION], ["kommunfullmäktige", "27 mars 2023", "§ 41"])
q("What does Kvarnholma kommun commit to under the gender equality principle?", "en", [P12, P13],
  ["flickor och pojkar", "likvärdiga förutsättningar", "könsfördelningen bland bidragsmottagarna"])
q("hur lange galler overenskommelsen med foreningslivet i kvarnholma", "sv", [VALID],
  ["från 2023 till och med 2026"])
q("Vad menas med idéburen sektor i Kvarnholmas överenskommelse?", "sv", [DEF1, DEF2],
  ["utan vinstsyfte", "frivilligt engagemang", "hela den idéburna sektorn"])
q("Compare the commitments of the municipality and the associations on openness and transparency in "
  "Kvarnholma.", "en", [P9, P10, C6, C7],
  ["beslut om föreningsbidrag", "fem arbetsdagar", "verksamhetsberättelse", "insyn"])
q("maste var forening lamna verksamhetsberattelse nar vi soker bidrag fran kvarnholma kommun?", "sv", [C6],
  ["verksamhetsberättelse", "när de söker bidrag"])
q("How is the Kvarnholma agreement followed up?", "en", [J3, J4, FOLLOW],
  ["styrgrupp", "varje år", "höstens Kvarnholmadialog", "kultur- och fritidsnämnden"])
q("hur mycket pengar far en forening i trearigt verksamhetsbidrag i kvarnholma", "sv", [], [])
q("What is the application deadline for activity grants (aktivitetsbidrag) in Kvarnholma?", "en", [], [])

expected = {
    "file": FILE,
    "layout": "html_cms_accordion_tabs",
    "description": ("Saved kommun web page from an Optimizely/Episerver CMS: 'saved from url' comment, "
                    "consent scripts, cookie banner with hidden settings, tool bar, search, main navigation, "
                    "breadcrumbs, side sub-navigation; fact box with 'Beslutad i kommunfullmäktige …' and a "
                    "<dl>; seven principles in an ARIA tab widget (short labels on role=tab buttons, one "
                    "visible panel and six panels with the hidden attribute), each panel with an <h3> "
                    "principle heading and <h4> party headings ('Kommunen åtar sig att', 'Föreningslivet "
                    "åtar sig att', 'Tillsammans ska vi') + <ul>, or commitments as <p> sentences; extra "
                    "principle Jämställdhet; joint follow-up list outside the tabs; document links; FAQ "
                    "accordion with buttons (definition, non-commitment answers); event teaser, contact "
                    "card, 'Senast uppdaterad', 'Dela sidan', feedback form, related links, footer with "
                    "contact info and scripts."),
    "metadata": {
        "doc_id": "kvarnholma",
        "title": TITLE,
        "place": "Kvarnholma",
        "organisation": "Kvarnholma kommun",
        "kind": "överenskommelse",
        "date": "2023-03-27",
        "body": "kommunfullmäktige",
    },
    "commitments": commitments,
    "questions": Q,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("wrote", FILE, len(commitments), "commitments")
