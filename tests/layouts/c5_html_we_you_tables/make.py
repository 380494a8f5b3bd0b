#!/usr/bin/env python3
"""Generate ebbelunda_overenskommelse_foreningslivet.html and expected.json.

Ebbelunda stad (fictional): the agreement with föreningslivet as a saved
municipal web page ("Spara sida som … komplett" in a browser). Full page
chrome: skip link, cookie consent dialog, mega menu, ReadSpeaker button,
breadcrumbs, "Dela" / "Skriv ut", feedback form, footer, scripts and JSON-LD.

The article: h1 and ingress, an <aside> fact box ("Beslutad av
kommunfullmäktige den 21 november 2023"), background sections, then one <h2>
per principle (some with a tagline after a dash), a short intro and a
responsive table whose column headers speak to the reader ("Det här gör
staden" | "Det här gör ni i föreningslivet", "Vi lovar" | "Ni lovar",
"Vi i staden" | "Ni i föreningslivet", …). Cells hold several commitments as
a <ul>, or separated by <br>, or one commitment per row with empty cells
(one table carries the labels a responsive-table script wrote into each
cell). Commitments are subjectless present-tense verbs ("Bjuder in …") or
infinitives ("att erbjuda …,"). Some tables are followed by
<p><strong>Tillsammans</strong> … </p> with joint commitments, one table has
a third "tillsammans" column. Follow-up sentences, decision information and a
"Vanliga frågor" accordion with <details>.

Run: python3 make.py   (standard library only)
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "ebbelunda_overenskommelse_foreningslivet"
HTML_FILE = BASE + ".html"
LAYOUT = "c5_html_we_you_tables"
PUB, CS, JT = "public", "civil_society", "joint"
TITLE = "Överenskommelse mellan Ebbelunda stad och föreningslivet"
URL = "https://www.ebbelunda.se/kultur-och-fritid/foreningsliv/overenskommelse-med-foreningslivet"

COMMITMENTS = []


def c(text, principle, party):
    """Register a commitment (text as it will be quoted) and return it."""
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


def e(s):
    return html.escape(s, quote=False)


# ------------------------------------------------------------ table styles
def wrap_table(tid, caption, thead, tbody, cls="table table--responsive table--striped"):
    return f"""
            <div class="table-scroll" role="region" aria-labelledby="{tid}-caption" tabindex="0">
              <p class="table-scroll__hint" aria-hidden="true">Svep i sidled för att se hela tabellen</p>
              <table class="{cls}" id="{tid}">
                <caption id="{tid}-caption" class="visually-hidden">{e(caption)}</caption>
                <thead>
                  <tr>
{thead}
                  </tr>
                </thead>
                <tbody>
{tbody}
                </tbody>
              </table>
            </div>"""


def th_row(headers):
    return "\n".join(f'                    <th scope="col">{e(h)}</th>' for h in headers)


def table_ul(tid, caption, headers, columns):
    """One row; every cell a <ul> of items (items are already registered)."""
    cells = []
    for h, items in zip(headers, columns):
        lis = "\n".join(f"                        <li>{e(i)}</li>" for i in items)
        cells.append(f'                    <td data-label="{e(h)}">\n'
                     f'                      <ul class="list list--check">\n{lis}\n'
                     f'                      </ul>\n                    </td>')
    tbody = "                  <tr>\n" + "\n".join(cells) + "\n                  </tr>"
    return wrap_table(tid, caption, th_row(headers), tbody)


def table_br(tid, caption, headers, columns, att=False, newline=True):
    """One row; items in a cell separated by <br> (as the CMS editor makes it)."""
    cells = []
    for h, items in zip(headers, columns):
        if att:
            parts = [f"att {i}," for i in items[:-1]] + [f"att {items[-1]}."]
        else:
            parts = list(items)
        sep = "<br>\n                      " if newline else "<br />"
        cells.append(f'                    <td data-label="{e(h)}">\n                      '
                     + sep.join(e(p) for p in parts) + "\n                    </td>")
    tbody = "                  <tr>\n" + "\n".join(cells) + "\n                  </tr>"
    return wrap_table(tid, caption, th_row(headers), tbody)


def table_rows(tid, caption, headers, rows, empty="", tablesaw=False):
    """One commitment per cell, one row at a time; None = empty cell."""
    out = []
    for row in rows:
        tds = []
        for h, v in zip(headers, row):
            if v is None and tablesaw:
                tds.append('                    <td></td>')
            elif v is None:
                tds.append(f'                    <td data-label="{e(h)}">{empty}</td>')
            elif tablesaw:
                tds.append(f'                    <td><b class="tablesaw-cell-label">{e(h)}</b>'
                           f'<span class="tablesaw-cell-content">{e(v)}</span></td>')
            else:
                tds.append(f'                    <td data-label="{e(h)}">{e(v)}</td>')
        out.append("                  <tr>\n" + "\n".join(tds) + "\n                  </tr>")
    cls = ("table tablesaw tablesaw-stack" if tablesaw else "table table--responsive")
    return wrap_table(tid, caption, th_row(headers), "\n".join(out), cls=cls)


# ------------------------------------------------------------ principles
def sec_sjalvstandighet():
    p = "sjalvstandighet_och_oberoende"
    h = ["Det här gör staden", "Det här gör ni i föreningslivet"]
    pub = [
        c("Respekterar föreningarnas rätt att själva bestämma över sina mål, sin organisation och sitt arbetssätt.", p, PUB),
        c("Ställer inte krav på föreningens värdegrund eller inre arbete som villkor för bidrag.", p, PUB),
        c("Välkomnar att föreningar tar ställning och framför kritik mot staden, även offentligt, utan att det påverkar stödet.", p, PUB),
        c("Skiljer tydligt mellan föreningsbidrag och upphandlade uppdrag, så att det framgår vilka krav som gäller.", p, PUB),
    ]
    cs = [
        c("Driver er verksamhet utifrån era egna stadgar och demokratiska beslut.", p, CS),
        c("Säger ifrån när ni upplever att stadens krav inskränker er självständighet.", p, CS),
        c("Gör det tydligt när ni uttalar er som förening och när ni utför ett uppdrag åt staden.", p, CS),
    ]
    joint = c("Tillsammans tar vi fram en enkel vägledning om vad som gäller för bidrag, "
              "idéburet offentligt partnerskap och upphandling.", p, JT)
    return f"""
          <h2 id="sjalvstandighet">Självständighet och oberoende – er förening, era beslut</h2>
          <p>Föreningslivet har en egen roll i samhället. Er förening bestämmer själv över sin verksamhet,
            sina värderingar och sitt sätt att arbeta – även när ni får stöd från staden. Att ni granskar
            och ibland kritiserar det staden gör är en del av demokratin.</p>
{table_ul("tabell-sjalvstandighet", "Åtaganden inom självständighet och oberoende", h, [pub, cs])}
          <p><strong>Tillsammans</strong> {e(joint[len("Tillsammans "):])}</p>
"""


def sec_dialog():
    p = "dialog"
    h = ["Vi lovar", "Ni lovar"]
    rows = [
        (c("Bjuder in föreningslivet till ett gemensamt dialogforum minst två gånger per år.", p, PUB),
         c("Utser representanter till dialogforumet som kan föra fram era medlemmars synpunkter.", p, CS)),
        (c("Tar kontakt med berörda föreningar tidigt när vi planerar förändringar som påverkar dem.", p, PUB),
         c("Svarar på stadens remisser och inbjudningar när frågan berör er verksamhet.", p, CS)),
        (c("Svarar på frågor från föreningar inom fem arbetsdagar.", p, PUB), None),
        (c("Återkopplar hur era synpunkter har påverkat besluten.", p, PUB),
         c("Håller föreningens kontaktuppgifter aktuella i stadens föreningsregister.", p, CS)),
        (c("Har en utsedd kontaktperson för föreningslivet på varje förvaltning.", p, PUB), None),
    ]
    return f"""
          <h2 id="dialog">Dialog</h2>
          <p>Bra dialog bygger på att vi känner varandra och att ni får vara med tidigt, innan besluten
            är fattade. Dialog handlar lika mycket om att lyssna som om att återkoppla. I tabellen är
            <em>vi</em> staden och <em>ni</em> föreningarna.</p>
{table_rows("tabell-dialog", "Åtaganden inom dialog", h, rows, tablesaw=True)}
"""


def sec_kvalitet():
    p = "kvalitet"
    h = ["Vi i staden åtar oss", "Ni i föreningarna åtar er"]
    pub = [
        c("erbjuda kostnadsfria utbildningar i föreningskunskap, ekonomi och styrelsearbete", p, PUB),
        c("ge stöd när ni söker bidrag från staden eller från externa finansiärer", p, PUB),
        c("ha enkla och tydliga bidragsregler som är lätta att hitta på webbplatsen", p, PUB),
        c("ställa krav på återrapportering som står i proportion till stödets storlek", p, PUB),
    ]
    cs = [
        c("ha en fungerande styrelse och följa era stadgar", p, CS),
        c("använda bidragen till det ändamål som de har beviljats för", p, CS),
        c("se till att ledare som arbetar med barn och unga har lämnat utdrag ur belastningsregistret", p, CS),
    ]
    j1 = c("Tillsammans utvecklar vi enkla sätt att följa upp vad stödet leder till.", p, JT)
    j2 = c("Vi delar också med oss av goda exempel på den årliga dialogkonferensen.", p, JT)
    return f"""
          <h2 id="kvalitet">Kvalitet</h2>
          <p>Kvalitet handlar om att verksamheten håller vad den lovar och att stadens stöd kommer till
            nytta. Det är i första hand ni i föreningen som avgör vad kvalitet betyder i just er
            verksamhet.</p>
{table_br("tabell-kvalitet", "Åtaganden inom kvalitet", h, [pub, cs], att=True)}
          <p><strong>Tillsammans</strong> {e(j1[len("Tillsammans "):])} {e(j2)}</p>
"""


def sec_langsiktighet():
    p = "langsiktighet"
    h = ["Det här gör vi", "Det här gör ni"]
    pub = [
        c("Erbjuder fleråriga verksamhetsbidrag på upp till tre år till föreningar med en stabil verksamhet.", p, PUB),
        c("Beslutar om föreningsbidrag för nästa år senast den 15 december.", p, PUB),
        c("Informerar minst ett år i förväg om större förändringar i bidragsregler eller lokalsubventioner.", p, PUB),
        c("Prövar idéburet offentligt partnerskap (IOP) när det passar verksamheten bättre än bidrag eller upphandling.", p, PUB),
    ]
    cs = [
        c("Planerar er verksamhet och ekonomi så att den inte blir helt beroende av stöd från staden.", p, CS),
        c("Berättar i god tid om ni behöver lägga ned eller förändra en verksamhet som får stöd.", p, CS),
        c("Arbetar för att föra kunskap och engagemang vidare till nya ledare och styrelseledamöter.", p, CS),
    ]
    return f"""
          <h2 id="langsiktighet">Långsiktighet – förutsättningar att planera</h2>
          <p>För att kunna planera och utveckla er verksamhet behöver ni veta vilka förutsättningar som
            gäller över tid. Samtidigt måste staden kunna pröva hur skattepengarna används bäst.</p>
{table_ul("tabell-langsiktighet", "Åtaganden inom långsiktighet", h, [pub, cs])}
"""


def sec_oppenhet():
    p = "oppenhet_och_insyn"
    h = ["Vi i staden", "Ni i föreningslivet"]
    rows = [
        (c("Publicerar beslut om föreningsbidrag med mottagare och belopp på webbplatsen.", p, PUB),
         c("Lämnar verksamhetsberättelse och ekonomisk redovisning när ni har fått bidrag.", p, CS)),
        (c("Motiverar skriftligt varför en ansökan om bidrag har fått avslag.", p, PUB),
         c("Är öppna med hur ni använder stadens stöd, både mot staden och mot era medlemmar.", p, CS)),
        (c("Delar med oss av den statistik och de underlag om Ebbelunda som staden tar fram, "
           "så långt det är möjligt.", p, PUB), None),
        (None, c("Ger staden insyn i verksamhet som får stöd, till exempel genom att ta emot studiebesök.", p, CS)),
    ]
    return f"""
          <h2 id="oppenhet">Öppenhet och insyn</h2>
          <p>Öppenhet skapar förtroende. Vi behöver känna till varandras förutsättningar, och ni ska kunna
            förstå hur staden fattar de beslut som påverkar er.</p>
{table_rows("tabell-oppenhet", "Åtaganden inom öppenhet och insyn", h, rows, empty="–")}
"""


def sec_mangfald():
    p = "mangfald"
    h = ["Det här gör staden", "Det här gör ni i föreningslivet"]
    pub = [
        c("Ger stöd till nya föreningar och till grupper som vill starta en förening.", p, PUB),
        c("Erbjuder tolk och översatt information vid stadens dialogmöten när det behövs.", p, PUB),
        c("Ser till att de lokaler staden hyr ut till föreningslivet är tillgängliga för personer med funktionsnedsättning.", p, PUB),
    ]
    cs = [
        c("Välkomnar nya medlemmar oavsett bakgrund, kön, ålder eller funktionsförmåga.", p, CS),
        c("Arbetar för att styrelse och ledare speglar medlemmarna.", p, CS),
        c("Tar hjälp av stadens föreningsutvecklare när ni vill nå nya grupper.", p, CS),
    ]
    joint = c("Tillsammans ordnar vi varje år en föreningsmässa där nya invånare kan möta föreningslivet.", p, JT)
    return f"""
          <h2 id="mangfald">Mångfald – plats för alla</h2>
          <p>I Ebbelunda bor människor från fler än 120 länder. Ett föreningsliv som speglar hela staden
            ger fler möjlighet att delta och påverka.</p>
{table_br("tabell-mangfald", "Åtaganden inom mångfald", h, [pub, cs], newline=False)}
          <p><strong>Tillsammans</strong> {e(joint[len("Tillsammans "):])}</p>
"""


def sec_samhallsutveckling():
    p = "samhallsutveckling"
    h = ["Det här gör vi i staden", "Det här gör ni i föreningarna", "Det här gör vi tillsammans"]
    pub = [
        c("Tar tillvara föreningslivets kunskap när vi tar fram planer och program, till exempel för trygghet och folkhälsa.", p, PUB),
        c("Ger föreningar tillgång till stadens lokaler på kvällar och helger till en låg kostnad.", p, PUB),
        c("Bjuder in föreningslivet när staden planerar nya bostadsområden och mötesplatser.", p, PUB),
    ]
    cs = [
        c("Delar med er av er kunskap om de människor och frågor som ni arbetar med.", p, CS),
        c("Deltar i stadens dialoger om utvecklingen av er stadsdel när ni har möjlighet.", p, CS),
    ]
    jt = [
        c("Tar fram en gemensam handlingsplan för fritid och trygghet i Norra Ebbelunda och Kvarnbacken.", p, JT),
        c("Söker externa medel, till exempel från EU, för gemensamma utvecklingsprojekt.", p, JT),
    ]
    return f"""
          <h2 id="samhallsutveckling">Samhällsutveckling – vi bygger Ebbelunda tillsammans</h2>
          <p>Föreningslivet bidrar till trygghet, folkhälsa, integration och demokrati. Många av stadens
            stora utmaningar kan vi bara möta tillsammans med er.</p>
{table_ul("tabell-samhallsutveckling", "Åtaganden inom samhällsutveckling", h, [pub, cs, jt])}
"""


def sec_uppfoljning():
    f1 = c("Varje höst följer vi tillsammans upp överenskommelsen på en dialogkonferens dit alla föreningar "
           "i Ebbelunda bjuds in.", None, JT)
    f2 = c("Staden sammanställer en uppföljningsrapport som redovisas för kultur- och fritidsnämnden och "
           "kommunstyrelsen i början av varje år.", None, PUB)
    f3 = c("Under 2027 utvärderar vi överenskommelsen och kommer gemensamt fram till om den ska förlängas "
           "eller revideras.", None, JT)
    return f"""
          <h2 id="uppfoljning">Så följer vi upp överenskommelsen</h2>
          <p>Överenskommelsen gäller från den 1&nbsp;januari 2024 till och med den 31&nbsp;december 2027.
            Kultur- och fritidsnämnden samordnar stadens arbete med överenskommelsen.</p>
          <p>{e(f1)} {e(f2)}</p>
          <p>{e(f3)}</p>
"""


GOLD = {}


def build_html():
    GOLD["beslut"] = ("Kommunfullmäktige beslutade om överenskommelsen den 21 november 2023, § 187.")
    GOLD["fakta"] = "Beslutad av kommunfullmäktige den 21 november 2023"
    principles = (sec_sjalvstandighet() + sec_dialog() + sec_kvalitet() + sec_langsiktighet()
                  + sec_oppenhet() + sec_mangfald() + sec_samhallsutveckling())
    uppf = sec_uppfoljning()
    jsonld = json.dumps({
        "@context": "https://schema.org", "@type": "WebPage", "name": TITLE, "url": URL,
        "inLanguage": "sv", "dateModified": "2024-03-12T09:41:00+01:00",
        "publisher": {"@type": "GovernmentOrganization", "name": "Ebbelunda stad"},
        "breadcrumb": {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Startsida", "item": "https://www.ebbelunda.se/"},
            {"@type": "ListItem", "position": 2, "name": "Kultur och fritid",
             "item": "https://www.ebbelunda.se/kultur-och-fritid"},
            {"@type": "ListItem", "position": 3, "name": "Föreningsliv",
             "item": "https://www.ebbelunda.se/kultur-och-fritid/foreningsliv"},
            {"@type": "ListItem", "position": 4, "name": "Överenskommelse med föreningslivet"}]},
    }, ensure_ascii=False, indent=2)
    files = "./Överenskommelse med föreningslivet - Ebbelunda stad_files"
    return f"""<!DOCTYPE html>
<!-- saved from url=(0088){URL} -->
<html lang="sv" class="js no-touch"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Överenskommelse med föreningslivet - Ebbelunda stad</title>
  <meta name="description" content="Ebbelunda stad och föreningslivet har kommit överens om hur vi ska samverka. Läs vad staden lovar och vad vi förväntar oss av varandra.">
  <meta property="og:title" content="Överenskommelse med föreningslivet">
  <meta property="og:site_name" content="Ebbelunda stad">
  <meta property="og:url" content="{URL}">
  <link rel="canonical" href="{URL}">
  <link rel="stylesheet" href="{files}/main.4f1c2a.css">
  <link rel="icon" href="{files}/favicon.ico">
  <style>
    .visually-hidden{{position:absolute!important;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}}
    .table-scroll{{overflow-x:auto}} .table-scroll__hint{{display:none}}
    @media (max-width:640px){{
      .table--responsive thead{{display:none}}
      .table--responsive td{{display:block}}
      .table--responsive td[data-label]::before{{content:attr(data-label);display:block;font-weight:700}}
      .table-scroll__hint{{display:block;font-size:.875rem}}
    }}
    .tablesaw-cell-label{{display:none}}
    @media print{{.site-header,.site-footer,.cookie-consent,.page-tools,.feedback{{display:none}}}}
  </style>
  <script type="application/ld+json">
{jsonld}
  </script>
  <script>
    var _paq = window._paq = window._paq || [];
    _paq.push(['trackPageView']); _paq.push(['enableLinkTracking']);
    (function() {{ var u="https://statistik.ebbelunda.se/"; _paq.push(['setTrackerUrl', u+'matomo.php']);
      _paq.push(['setSiteId', '3']); }})();
  </script>
</head>
<body class="page page--article theme-kultur">
  <a class="skip-link" href="#main-content">Till innehållet</a>

  <div class="cookie-consent" id="cookie-consent" role="dialog" aria-modal="true" aria-labelledby="cookie-consent-title">
    <div class="cookie-consent__inner">
      <h2 id="cookie-consent-title">Ebbelunda stad använder kakor</h2>
      <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att samla in statistik som hjälper
        oss att förbättra den. Statistiken är anonym. Du väljer själv om du godkänner statistikkakor.</p>
      <div class="cookie-consent__buttons">
        <button type="button" class="btn btn--primary" data-consent="all">Godkänn alla kakor</button>
        <button type="button" class="btn btn--secondary" data-consent="necessary">Endast nödvändiga</button>
      </div>
      <p><a href="https://www.ebbelunda.se/om-webbplatsen/kakor">Läs mer om hur vi använder kakor</a></p>
    </div>
  </div>

  <header class="site-header">
    <div class="site-header__top">
      <a class="site-header__logo" href="https://www.ebbelunda.se/"><img src="{files}/logo-ebbelunda.svg" alt="Ebbelunda stad, till startsidan"></a>
      <ul class="site-header__tools">
        <li><a href="https://www.ebbelunda.se/languages">Languages</a></li>
        <li><button type="button" class="rs-listen" aria-label="Lyssna på sidans text">Lyssna</button></li>
        <li><a href="https://www.ebbelunda.se/kontakta-oss">Kontakta oss</a></li>
        <li><a href="https://etjanster.ebbelunda.se/">E-tjänster</a></li>
      </ul>
      <form class="site-search" role="search" action="https://www.ebbelunda.se/sok">
        <label for="q" class="visually-hidden">Sök på webbplatsen</label>
        <input id="q" name="q" type="search" placeholder="Vad letar du efter?">
        <button type="submit">Sök</button>
      </form>
    </div>
    <nav class="mega-menu" aria-label="Huvudmeny">
      <button class="mega-menu__toggle" aria-expanded="false" aria-controls="mega">Meny</button>
      <ul id="mega" class="mega-menu__list">
        <li class="mega-menu__item"><a href="https://www.ebbelunda.se/barn-och-utbildning">Barn och utbildning</a>
          <div class="mega-menu__panel" hidden>
            <ul><li><a href="#">Förskola</a></li><li><a href="#">Grundskola</a></li><li><a href="#">Gymnasieskola</a></li><li><a href="#">Vuxenutbildning</a></li></ul>
          </div></li>
        <li class="mega-menu__item"><a href="https://www.ebbelunda.se/omsorg-och-stod">Omsorg och stöd</a>
          <div class="mega-menu__panel" hidden>
            <ul><li><a href="#">Äldreomsorg</a></li><li><a href="#">Funktionsnedsättning</a></li><li><a href="#">Ekonomiskt bistånd</a></li><li><a href="#">Våld i nära relationer</a></li></ul>
          </div></li>
        <li class="mega-menu__item"><a href="https://www.ebbelunda.se/bygga-bo-och-miljo">Bygga, bo och miljö</a>
          <div class="mega-menu__panel" hidden>
            <ul><li><a href="#">Bygglov</a></li><li><a href="#">Avfall och återvinning</a></li><li><a href="#">Vatten och avlopp</a></li></ul>
          </div></li>
        <li class="mega-menu__item mega-menu__item--active"><a href="https://www.ebbelunda.se/kultur-och-fritid" aria-current="true">Kultur och fritid</a>
          <div class="mega-menu__panel" hidden>
            <span class="mega-menu__heading">Kultur och fritid</span>
            <ul><li><a href="#">Bibliotek</a></li><li><a href="#">Idrott och motion</a></li><li><a href="https://www.ebbelunda.se/kultur-och-fritid/foreningsliv">Föreningsliv</a></li>
              <li><a href="#">Fritidsgårdar</a></li><li><a href="#">Kulturskolan</a></li><li><a href="#">Lokaler och anläggningar att boka</a></li></ul>
          </div></li>
        <li class="mega-menu__item"><a href="https://www.ebbelunda.se/naringsliv-och-arbete">Näringsliv och arbete</a>
          <div class="mega-menu__panel" hidden>
            <ul><li><a href="#">Starta företag</a></li><li><a href="#">Upphandling</a></li><li><a href="#">Lediga jobb</a></li></ul>
          </div></li>
        <li class="mega-menu__item"><a href="https://www.ebbelunda.se/kommun-och-politik">Kommun och politik</a>
          <div class="mega-menu__panel" hidden>
            <ul><li><a href="#">Kommunfullmäktige</a></li><li><a href="#">Nämnder och styrelser</a></li><li><a href="#">Styrdokument</a></li><li><a href="#">Sammanträden och protokoll</a></li></ul>
          </div></li>
      </ul>
    </nav>
  </header>

  <nav class="breadcrumbs" aria-label="Du är här">
    <ol>
      <li><a href="https://www.ebbelunda.se/">Startsida</a></li>
      <li><a href="https://www.ebbelunda.se/kultur-och-fritid">Kultur och fritid</a></li>
      <li><a href="https://www.ebbelunda.se/kultur-och-fritid/foreningsliv">Föreningsliv</a></li>
      <li aria-current="page">Överenskommelse med föreningslivet</li>
    </ol>
  </nav>

  <main id="main-content" class="main" tabindex="-1">
    <div class="layout layout--sidebar">
      <nav class="side-menu" aria-label="Undermeny Föreningsliv">
        <ul>
          <li><a href="#">Föreningsbidrag</a></li>
          <li><a href="#">Föreningsregistret</a></li>
          <li class="is-active"><a href="{URL}" aria-current="page">Överenskommelse med föreningslivet</a></li>
          <li><a href="#">Utbildningar för föreningar</a></li>
          <li><a href="#">Idéburet offentligt partnerskap</a></li>
          <li><a href="#">Hyra lokal</a></li>
        </ul>
      </nav>

      <article class="article">
        <div class="page-tools">
          <div class="share">
            <span class="share__label">Dela</span>
            <a href="https://www.facebook.com/sharer/sharer.php?u={URL}" class="share__link">Facebook</a>
            <a href="https://www.linkedin.com/sharing/share-offsite/?url={URL}" class="share__link">LinkedIn</a>
            <a href="mailto:?subject=%C3%96verenskommelse%20med%20f%C3%B6reningslivet&amp;body={URL}" class="share__link">E-post</a>
          </div>
          <button type="button" class="page-tools__print" onclick="window.print()">Skriv ut</button>
        </div>

        <h1>{e(TITLE)}</h1>
        <p class="ingress">Ebbelunda stad och föreningslivet har kommit överens om hur vi ska arbeta tillsammans.
          Här kan du läsa vad vi i staden lovar er i föreningarna – och vad vi förväntar oss av varandra.</p>

        <aside class="factbox" aria-labelledby="factbox-title">
          <h2 id="factbox-title" class="factbox__title">Fakta om överenskommelsen</h2>
          <ul class="factbox__list">
            <li>{e(GOLD["fakta"])}</li>
            <li>Gäller 2024–2027</li>
            <li>Diarienummer KS 2023/0412</li>
            <li>Ansvarig nämnd: kultur- och fritidsnämnden</li>
          </ul>
          <p><a class="link--document" href="{files}/overenskommelse-foreningslivet-2024-2027.pdf">Överenskommelsen som pdf (pdf, 1,2 MB)</a></p>
          <p><a href="#">Sammanfattning på lätt svenska</a></p>
        </aside>

        <div class="article__body">
          <h2 id="bakgrund">Därför har vi en överenskommelse</h2>
          <p>I Ebbelunda finns drygt 310 föreningar och andra idéburna organisationer – idrottsföreningar,
            kulturföreningar, studieförbund, trossamfund, pensionärsorganisationer, hjälporganisationer
            och många fler. Tillsammans med alla som engagerar sig ideellt gör de Ebbelunda till en bättre
            stad att leva i.</p>
          <p>Överenskommelsen beskriver hur staden och föreningslivet ska samverka. Den bygger på de sju
            principer som regeringen, Sveriges Kommuner och Regioner och den idéburna sektorn kom överens om
            i den nationella överenskommelsen 2008. Överenskommelsen ersätter inte bidragsregler, avtal eller
            andra beslut, utan är ett stöd för hur vi arbetar tillsammans.</p>

          <h2 id="sa-har-kom-den-till">Så togs överenskommelsen fram</h2>
          <p>En arbetsgrupp med representanter för staden, Ebbelunda föreningsråd och Ebbelunda
            idrottsallians tog fram överenskommelsen under 2022 och 2023. Under våren 2023 var förslaget ute
            på remiss hos föreningarna och 64 föreningar lämnade synpunkter.
            {e(GOLD["beslut"])} Föreningsrådet och idrottsalliansen skrev under den för
            föreningslivets räkning den 30 januari 2024.</p>

          <h2 id="sa-laser-du">Så läser du överenskommelsen</h2>
          <p>Under varje princip beskriver vi kort vad den innebär. I tabellen står vad vi i staden gör och
            vad vi förväntar oss av er i föreningslivet. Det vi gör gemensamt står under rubriken
            Tillsammans.</p>
{principles}
{uppf}
          <h2 id="vanliga-fragor">Vanliga frågor</h2>
          <div class="accordion">
            <details class="accordion__item">
              <summary>Måste vår förening skriva under överenskommelsen?</summary>
              <div class="accordion__content">
                <p>Nej. Överenskommelsen gäller för alla föreningar i Ebbelunda som vill vara med. Föreningsrådet
                  och idrottsalliansen har skrivit under för föreningslivets räkning.</p>
              </div>
            </details>
            <details class="accordion__item">
              <summary>Påverkar överenskommelsen vårt föreningsbidrag?</summary>
              <div class="accordion__content">
                <p>Inte direkt. Reglerna för föreningsbidrag beslutas av kultur- och fritidsnämnden och finns
                  på sidan <a href="#">Föreningsbidrag</a>. Överenskommelsen beskriver hur vi samverkar.</p>
              </div>
            </details>
            <details class="accordion__item">
              <summary>Gäller överenskommelsen även studieförbund och trossamfund?</summary>
              <div class="accordion__content">
                <p>Ja. Med föreningslivet menar vi alla idéburna organisationer i Ebbelunda, oavsett
                  organisationsform.</p>
              </div>
            </details>
            <details class="accordion__item">
              <summary>Vem kontaktar jag om staden inte gör det som står i överenskommelsen?</summary>
              <div class="accordion__content">
                <p>Kontakta stadens föreningsutvecklare på <a href="mailto:foreningsservice@ebbelunda.se">foreningsservice@ebbelunda.se</a>
                  eller via Kontaktcenter, telefon 0770-12 34 00. Du kan också ta upp frågan på dialogforumet.</p>
              </div>
            </details>
          </div>
        </div>

        <div class="article__meta">
          <p>Senast uppdaterad: <time datetime="2024-03-12">12 mars 2024</time></p>
          <p>Sidansvarig: Kultur- och fritidsförvaltningen</p>
        </div>

        <section class="feedback" aria-labelledby="feedback-title">
          <h2 id="feedback-title">Hjälpte informationen på sidan dig?</h2>
          <form action="https://www.ebbelunda.se/api/feedback" method="post">
            <fieldset>
              <legend class="visually-hidden">Hjälpte informationen på sidan dig?</legend>
              <input type="radio" id="fb-ja" name="helpful" value="yes"><label for="fb-ja">Ja</label>
              <input type="radio" id="fb-nej" name="helpful" value="no"><label for="fb-nej">Nej</label>
            </fieldset>
            <label for="fb-text">Vad kan vi göra bättre? (frivilligt)</label>
            <textarea id="fb-text" name="comment" maxlength="1000"></textarea>
            <p class="feedback__info">Skriv inte personuppgifter. Vi kan inte svara på frågor som lämnas här.
              Vill du ha svar, kontakta oss i stället.</p>
            <button type="submit" class="btn btn--primary">Skicka</button>
          </form>
        </section>
      </article>
    </div>
  </main>

  <footer class="site-footer">
    <div class="site-footer__cols">
      <div>
        <p class="site-footer__heading">Ebbelunda stad</p>
        <p>Stadshuset, Torggatan 2<br>738 80 Ebbelunda</p>
        <p>Telefon: 0770-12 34 00<br>E-post: <a href="mailto:stad@ebbelunda.se">stad@ebbelunda.se</a></p>
        <p>Organisationsnummer: 212000-9999</p>
      </div>
      <div>
        <p class="site-footer__heading">Om webbplatsen</p>
        <ul>
          <li><a href="#">Tillgänglighetsredogörelse</a></li>
          <li><a href="#">Behandling av personuppgifter</a></li>
          <li><a href="#">Kakor</a></li>
          <li><a href="#">Lämna synpunkter</a></li>
        </ul>
      </div>
      <div>
        <p class="site-footer__heading">Följ oss</p>
        <ul>
          <li><a href="#">Facebook</a></li>
          <li><a href="#">Instagram</a></li>
          <li><a href="#">LinkedIn</a></li>
        </ul>
      </div>
    </div>
    <p class="site-footer__copy">© Ebbelunda stad 2024</p>
  </footer>
  <script src="{files}/main.4f1c2a.js"></script>
  <script src="{files}/tablesaw.jquery.js"></script>
  <script>document.addEventListener('DOMContentLoaded',function(){{if(window.Tablesaw){{Tablesaw.init();}}}});</script>
</body></html>
"""


# ------------------------------------------------------------ expected
def find(prefix, party=None):
    for x in COMMITMENTS:
        if x["text"].startswith(prefix) and (party is None or x["party"] == party):
            return x["text"]
    raise KeyError(prefix)


def sel(principle, party):
    return [x["text"] for x in COMMITMENTS if x["principle"] == principle and x["party"] == party]


def questions():
    q = []

    def add(question, lang, gold, mm):
        q.append({"id": f"{LAYOUT}-q{len(q) + 1}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": mm})

    add("Vad åtar sig staden under principen om kvalitet?", "sv",
        sel("kvalitet", PUB), ["kostnadsfria utbildningar", "bidragsregler", "återrapportering"])
    add("När beslutades överenskommelsen och av vilket organ?", "sv",
        [GOLD["fakta"], GOLD["beslut"]], ["kommunfullmäktige", "21 november 2023"])
    add("hur snabbt ska staden svara nar foreningen stallt en fraga", "sv",
        [find("Svarar på frågor från föreningar")], ["fem arbetsdagar"])
    add("Can our club criticise the city in public without losing its grant?", "en",
        [find("Välkomnar att föreningar tar ställning")], ["även offentligt", "utan att det påverkar stödet"])
    add("Måste våra ledare som jobbar med barn visa utdrag ur belastningsregistret?", "sv",
        [find("se till att ledare som arbetar med barn")], ["utdrag ur belastningsregistret"])
    add("Vilka åtaganden har föreningslivet under principen om långsiktighet?", "sv",
        sel("langsiktighet", CS), ["helt beroende av stöd", "i god tid", "nya ledare"])
    add("When does the city decide on next year's grants to associations?", "en",
        [find("Beslutar om föreningsbidrag för nästa år")], ["15 december"])
    add("hur foljs overenskommelsen upp och nar ska den utvarderas", "sv",
        [x["text"] for x in COMMITMENTS if x["principle"] is None],
        ["dialogkonferens", "uppföljningsrapport", "Under 2027"])
    add("Får föreningsrådets representanter arvode för att delta i dialogforumet?", "sv", [], [])
    add("How much money does the city pay out in grants to associations each year?", "en", [], [])
    return q


DESCRIPTION = (
    "Saved municipal web page (browser 'save page complete', 'saved from url' comment) of a stad that calls "
    "itself 'staden' / 'vi i staden' and addresses the associations as 'ni': skip link, cookie consent "
    "dialog with an h2, mega menu with hidden panels, ReadSpeaker button, search, breadcrumbs, side menu, "
    "'Dela' links and 'Skriv ut', JSON-LD and Matomo scripts, 'Senast uppdaterad' (not the decision), "
    "feedback form with an h2, footer. The article has an <aside> fact box with its own h2 ('Beslutad av "
    "kommunfullmäktige den 21 november 2023'), background sections as h2, then the seven principles each "
    "under an <h2> (four with a tagline after ' – '), an intro paragraph and a responsive table "
    "(wrapper div with a scroll hint, visually hidden <caption>, data-label attributes) whose column "
    "headers speak to the reader and vary: 'Det här gör staden | Det här gör ni i föreningslivet', "
    "'Vi lovar | Ni lovar' (here 'vi' is the city), 'Vi i staden åtar oss | Ni i föreningarna åtar er' "
    "(over 'att …,' infinitives), 'Det här gör vi | Det här gör ni', 'Vi i staden | Ni i föreningslivet', and one three-column table with 'Det "
    "här gör vi tillsammans'. Cells hold several commitments as <ul>, or separated by <br> (with and "
    "without newlines, once as 'att …,' infinitives), or one commitment per row with empty cells (empty or "
    "'–'); the 'Vi lovar | Ni lovar' table was saved after a tablesaw script wrote a <b> label with the "
    "column header into each non-empty cell. Commitments are subjectless present-tense verbs ('Bjuder "
    "in …', 'Svarar på …') or infinitives. Three tables are followed by '<p><strong>Tillsammans</strong> "
    "…</p>' joint commitments (one with a second sentence 'Vi delar också …'). Follow-up section with "
    "sentence commitments (principle null), decision in running text, 'Vanliga frågor' accordion with "
    "<details>.")


def main():
    page = build_html()
    with open(os.path.join(HERE, HTML_FILE), "w", encoding="utf-8") as f:
        f.write(page)
    exp = {
        "file": HTML_FILE,
        "layout": LAYOUT,
        "description": DESCRIPTION,
        "metadata": {
            "doc_id": "ebbelunda_overenskommelse_foreningslivet",
            "title": TITLE,
            "place": "Ebbelunda",
            "organisation": "Ebbelunda stad",
            "kind": "överenskommelse",
            "date": "2023-11-21",
            "body": "kommunfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {HTML_FILE}: {len(COMMITMENTS)} commitments, {len(exp['questions'])} questions")


if __name__ == "__main__":
    main()
