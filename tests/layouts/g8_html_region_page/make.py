#!/usr/bin/env python3
"""Generate a fictional Swedish region web page (Region Älvmarken) about its
överenskommelse with civilsamhället, plus expected.json for the layout suite."""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = os.path.basename(HERE)
FILE = "overenskommelse-civilsamhallet.html"

P, C, J = "public", "civil_society", "joint"
NBSP = "\u00a0"
commitments = []


def esc(s):
    return html.escape(s, quote=False)


def c(text, party, principle):
    commitments.append({"text": text.replace("\u00a0", " "), "principle": principle, "party": party})
    return esc(text).replace("\u00a0", "&nbsp;")


# ---------------------------------------------------------------- principles
# each principle: (slug, heading, panel-builder)
def panel_sjalv(s):
    return f"""
            <p>Civilsamhällets organisationer bestämmer själva över sin inriktning, sina arbetsformer och sin roll som röstbärare och opinionsbildare. Det gäller även organisationer som får bidrag eller har uppdrag från regionen.</p>
            <p><strong>Regionen åtar sig att</strong></p>
            <ul>
              <li>{c("respektera organisationernas rätt att granska och kritisera regionens verksamhet, även när organisationen får bidrag från regionen", P, s)}</li>
              <li>{c("utforma villkoren för bidrag så att de inte begränsar organisationernas inre arbete eller val av arbetsformer", P, s)}</li>
            </ul>
            <p><strong>Civilsamhället åtar sig att</strong></p>
            <ul>
              <li>{c("tydligt redovisa när organisationen företräder sina egna medlemmar och när den utför uppdrag åt regionen", C, s)}</li>
              <li>{c("se till att verksamhet som får stöd från regionen följer organisationens egna stadgar och demokratiska beslut", C, s)}</li>
            </ul>"""


def panel_dialog(s):
    return f"""
            <p>Dialog bygger på ömsesidigt förtroende och på att båda parter är väl förberedda. En bra dialog ger regionen bättre beslutsunderlag och ger civilsamhället möjlighet att påverka i frågor som berör dem och deras målgrupper.</p>
            <p>{c("Regionen ska bjuda in civilsamhällets organisationer tidigt i arbetet med regionala strategier, planer och program som berör dem, och inte först när förslaget är färdigt.", P, s)} {c("Regionen ska ge remissinstanser inom civilsamhället minst sex veckor att svara på remisser.", P, s)}</p>
            <p>{c("Civilsamhällets organisationer åtar sig att förankra synpunkter hos sina medlemmar och målgrupper innan de lämnas till regionen.", C, s)}</p>
            <p>{c("Tillsammans ska parterna utveckla former för digital dialog, så att organisationer i hela länet kan delta oavsett avstånd.", J, s)}</p>"""


def panel_kvalitet(s):
    return f"""
            <p>Kvalitet handlar om att verksamheten når sina mål och möter behoven hos dem den är till för. Civilsamhällets organisationer har ofta en särskild kunskap om sina målgrupper som regionen ska ta tillvara.</p>
            <p><strong>Regionen åtar sig att</strong></p>
            <ul>
              <li>{c("ställa krav som är rimliga i förhållande till bidragets storlek och organisationens förutsättningar", P, s)}</li>
              <li>{c("erbjuda stöd och vägledning vid ansökan om och redovisning av bidrag", P, s)}</li>
              <li>{c("ta fram ett förenklat redovisningsformulär för bidrag under 50" + NBSP + "000 kronor", P, s)}</li>
            </ul>
            <p><strong>Civilsamhället åtar sig att</strong></p>
            <ul>
              <li>{c("följa upp och redovisa hur bidrag från regionen har använts", C, s)}</li>
              <li>{c("arbeta för att ideellt engagerade och anställda har den kunskap som verksamheten kräver", C, s)}</li>
            </ul>"""


def panel_lang(s):
    return f"""
            <p>Många idéburna verksamheter tar flera år att bygga upp. Korta bidragsperioder och ändrade regler med kort varsel gör det svårt att planera och att behålla ideella och anställda.</p>
            <p>{c("Regionen kommer att besluta om verksamhetsbidrag för två år i taget när det är möjligt.", P, s)} {c("Vid förändringar i regionens bidragsregler ska berörda organisationer informeras senast sex månader innan förändringen börjar gälla.", P, s)}</p>
            <p>{c("Civilsamhällets organisationer ansvarar för att planera sin verksamhet så att den inte är helt beroende av ett enskilt bidrag från regionen.", C, s)}</p>"""


def panel_oppen(s):
    return f"""
            <p>Öppenhet och insyn skapar förtroende. Den som tar emot offentliga medel behöver kunna visa hur pengarna används, och regionen behöver vara tydlig med hur beslut fattas.</p>
            <p><strong>Regionen åtar sig att</strong></p>
            <ul>
              <li>{c("publicera information om bidrag, beslut och beviljade belopp på regionens webbplats", P, s)}</li>
              <li>{c("motivera sina beslut när en ansökan om bidrag avslås", P, s)}</li>
            </ul>
            <p><strong>Civilsamhället åtar sig att</strong></p>
            <ul>
              <li>{c("ge regionen insyn i verksamhet och ekonomi som finansieras med offentliga medel", C, s)}</li>
              <li>{c("lämna verksamhetsberättelse och ekonomisk redovisning i samband med ansökan om verksamhetsbidrag", C, s)}</li>
            </ul>
            <p>{c("Båda parter förbinder sig att hantera personuppgifter enligt dataskyddsförordningen (GDPR).", J, s)}</p>"""


def panel_mangfald(s):
    return f"""
            <p>Civilsamhället i Älvmarken är brett – från stora rikstäckande förbund till små lokala föreningar och nätverk utan anställda. Mångfalden är en styrka och ska synas i samverkan med regionen.</p>
            <p>{c("Regionen ska verka för att organisationer av olika storlek, inriktning och organisationsform får möjlighet att delta i dialog och samverkan.", P, s)} {c("Vid dialogforum ska regionen erbjuda tolk och information på lätt svenska när det behövs.", P, s)}</p>
            <p><strong>Civilsamhället åtar sig att</strong></p>
            <ul>
              <li>{c("verka för att organisationen är öppen för alla, oavsett kön, ålder, funktionsnedsättning, etnisk tillhörighet, religion, sexuell läggning eller könsidentitet", C, s)}</li>
              <li>{c("sprida information om överenskommelsen till organisationer som ännu inte har anslutit sig", C, s)}</li>
            </ul>"""


def panel_barn(s):
    return f"""
            <p>Sedan 2020 är FN:s konvention om barnets rättigheter svensk lag. Barn och unga har rätt att uttrycka sin mening i frågor som rör dem, och många av civilsamhällets organisationer möter barn och unga varje dag.</p>
            <p>{c("Regionen ska göra barnkonsekvensanalyser inför beslut om bidrag och verksamheter som påverkar barn och unga.", P, s)}</p>
            <p>{c("Organisationer som har verksamhet för barn och unga ska ha rutiner för att förebygga och hantera kränkningar och övergrepp.", C, s)}</p>
            <p>{c("Tillsammans ska parterna skapa möjligheter för barn och unga att själva komma till tals i dialogen.", J, s)}</p>"""


PRINCIPLES = [
    ("sjalvstandighet_och_oberoende", "Självständighet och oberoende", panel_sjalv),
    ("dialog", "Dialog", panel_dialog),
    ("kvalitet", "Kvalitet", panel_kvalitet),
    ("langsiktighet", "Långsiktighet", panel_lang),
    ("oppenhet_och_insyn", "Öppenhet och insyn", panel_oppen),
    ("mangfald", "Mångfald", panel_mangfald),
    ("barnrattsperspektiv", "Barnrättsperspektiv", panel_barn),
]

accordion = []
for i, (slug, head, fn) in enumerate(PRINCIPLES, 1):
    body = fn(slug)
    accordion.append(f"""
        <div class="accordion__item">
          <h3 class="accordion__heading">
            <button type="button" class="accordion__toggle" aria-expanded="false" aria-controls="princip-{i}" id="princip-{i}-knapp">
              <span class="accordion__title">{head}</span>
              <svg class="icon icon--chevron" aria-hidden="true" focusable="false"><use href="/static/icons.svg#chevron-down"></use></svg>
            </button>
          </h3>
          <div class="accordion__panel" id="princip-{i}" role="region" aria-labelledby="princip-{i}-knapp" hidden>{body}
          </div>
        </div>""")
ACCORDION = "".join(accordion)

# ---------------------------------------------------------------- joint + follow-up
joint_items = [
    c("genomföra ett gemensamt dialogforum minst en gång per år", J, None),
    c("ta fram en gemensam handlingsplan för 2025–2026 senast den 31 mars 2025", J, None),
    c("följa upp överenskommelsen vartannat år med en enkät till de anslutna organisationerna", J, None),
    c("informera om överenskommelsen i sina egna nätverk och kanaler", J, None),
]
JOINT = "\n".join(f"            <li>{t}</li>" for t in joint_items)

FOLLOW = f"""
          <p>En samverkansgrupp med sex representanter från civilsamhället och fyra från regionen leder arbetet med överenskommelsen. Gruppen träffas fyra gånger per år. {c("Regionens avdelning för regional utveckling ansvarar för att samordna arbetet och är sekretariat för samverkansgruppen.", P, None)}</p>
          <p>{c("Civilsamhällets representanter i samverkansgruppen utses av Idéburna Älvmarken och ansvarar för att återkoppla till de anslutna organisationerna.", C, None)}</p>
          <p>{c("Regionen kommer att redovisa arbetet med överenskommelsen för regionala utvecklingsnämnden varje år.", P, None)} {c("Parterna ska gemensamt revidera överenskommelsen inför nästa period, senast under hösten 2028.", J, None)}</p>"""

INGRESS_DATE = "Den nuvarande versionen antogs av regionfullmäktige den 24 september 2024 och gäller 2025–2028."
PRINC_LIST = "Överenskommelsen vilar på sju principer: självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn, mångfald samt barnrättsperspektiv."
FREE = "Anslutningen är kostnadsfri och innebär inga ekonomiska åtaganden för organisationen."

TITLE = "Överenskommelse mellan Region Älvmarken och civilsamhället"

JSONLD = json.dumps([
    {"@context": "https://schema.org", "@type": "WebPage", "name": TITLE,
     "url": "https://www.regionalvmarken.se/regional-utveckling/civilsamhalle/overenskommelse-med-civilsamhallet/",
     "inLanguage": "sv-SE", "datePublished": "2024-10-02", "dateModified": "2025-01-14",
     "publisher": {"@type": "GovernmentOrganization", "name": "Region Älvmarken",
                   "url": "https://www.regionalvmarken.se/",
                   "logo": "https://www.regionalvmarken.se/static/img/region-alvmarken-logo.svg"}},
    {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Start", "item": "https://www.regionalvmarken.se/"},
        {"@type": "ListItem", "position": 2, "name": "Regional utveckling", "item": "https://www.regionalvmarken.se/regional-utveckling/"},
        {"@type": "ListItem", "position": 3, "name": "Civilsamhälle", "item": "https://www.regionalvmarken.se/regional-utveckling/civilsamhalle/"},
        {"@type": "ListItem", "position": 4, "name": "Överenskommelse med civilsamhället"}]},
], ensure_ascii=False, indent=2)

PAGE = f"""<!DOCTYPE html>
<html lang="sv" class="no-js">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Överenskommelse med civilsamhället - Region Älvmarken</title>
  <meta name="description" content="Region Älvmarken och civilsamhället i länet har en gemensam överenskommelse om samverkan. Här kan du läsa om principerna, åtagandena och hur din organisation ansluter sig.">
  <meta property="og:title" content="Överenskommelse med civilsamhället">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Region Älvmarken">
  <meta property="og:image" content="https://www.regionalvmarken.se/globalassets/bilder/regional-utveckling/dialogforum-2024.jpg">
  <link rel="canonical" href="https://www.regionalvmarken.se/regional-utveckling/civilsamhalle/overenskommelse-med-civilsamhallet/">
  <link rel="icon" href="/static/img/favicon.ico">
  <link rel="stylesheet" href="/static/css/main.4f2a91c.css">
  <script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
  <script type="application/ld+json">
{JSONLD}
  </script>
  <script>
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({{"pageType": "ArticlePage", "section": "regional-utveckling", "pageId": "48213"}});
  </script>
</head>
<body class="page page--article">
  <a class="skip-link" href="#huvudinnehall">Gå direkt till innehållet</a>

  <div class="cookie-consent" id="cookie-consent" role="dialog" aria-modal="true" aria-labelledby="cookie-rubrik" aria-describedby="cookie-text">
    <div class="cookie-consent__inner">
      <h2 id="cookie-rubrik" class="cookie-consent__title">Vi använder kakor</h2>
      <p id="cookie-text">På regionalvmarken.se använder vi kakor (cookies) för att webbplatsen ska fungera och för att förstå hur den används. Nödvändiga kakor behövs för att webbplatsen ska fungera och kan inte väljas bort. Analyskakor sätts bara om du godkänner dem.</p>
      <div class="cookie-consent__buttons">
        <button type="button" class="button button--primary" data-consent="all">Godkänn alla kakor</button>
        <button type="button" class="button button--secondary" data-consent="necessary">Endast nödvändiga kakor</button>
        <a class="cookie-consent__link" href="/om-webbplatsen/kakor/">Läs mer om kakor</a>
      </div>
    </div>
  </div>

  <header class="site-header">
    <div class="site-header__top">
      <ul class="tools">
        <li><a href="#" class="tools__listen" data-readspeaker>Lyssna</a></li>
        <li><a href="/languages/" lang="en">Languages</a></li>
        <li><a href="/lattlast/">Lättläst</a></li>
        <li><a href="/teckensprak/">Teckenspråk</a></li>
        <li><a href="/for-medarbetare/">För medarbetare</a></li>
      </ul>
    </div>
    <div class="site-header__main">
      <a class="site-header__logo" href="/">
        <img src="/static/img/region-alvmarken-logo.svg" alt="Region Älvmarken – till startsidan" width="200" height="48">
      </a>
      <form class="site-search" role="search" action="/sok/" method="get">
        <label for="sok" class="visually-hidden">Sök på webbplatsen</label>
        <input id="sok" type="search" name="q" placeholder="Vad letar du efter?">
        <button type="submit">Sök</button>
      </form>
      <button type="button" class="menu-toggle" aria-expanded="false" aria-controls="huvudmeny">Meny</button>
    </div>
    <nav class="main-nav" id="huvudmeny" aria-label="Huvudmeny">
      <ul>
        <li><a href="/vard-och-halsa/">Vård och hälsa</a></li>
        <li><a href="/kollektivtrafik/">Kollektivtrafik</a></li>
        <li><a href="/kultur/">Kultur</a></li>
        <li class="is-active"><a href="/regional-utveckling/" aria-current="true">Regional utveckling</a></li>
        <li><a href="/utbildning/">Utbildning</a></li>
        <li><a href="/politik-och-paverkan/">Politik och påverkan</a></li>
        <li><a href="/om-regionen/">Om regionen</a></li>
      </ul>
    </nav>
  </header>

  <nav class="breadcrumbs" aria-label="Du är här">
    <ol>
      <li><a href="/">Start</a></li>
      <li><a href="/regional-utveckling/">Regional utveckling</a></li>
      <li><a href="/regional-utveckling/civilsamhalle/">Civilsamhälle</a></li>
      <li><span aria-current="page">Överenskommelse med civilsamhället</span></li>
    </ol>
  </nav>

  <div class="layout layout--sidebar">
    <nav class="sub-nav" aria-label="Undermeny Civilsamhälle">
      <h2 class="sub-nav__title"><a href="/regional-utveckling/civilsamhalle/">Civilsamhälle</a></h2>
      <ul>
        <li><a href="/regional-utveckling/civilsamhalle/bidrag-till-organisationer/">Bidrag till organisationer</a></li>
        <li class="is-active"><a href="/regional-utveckling/civilsamhalle/overenskommelse-med-civilsamhallet/" aria-current="page">Överenskommelse med civilsamhället</a>
          <ul>
            <li><a href="/regional-utveckling/civilsamhalle/overenskommelse-med-civilsamhallet/anslutna-organisationer/">Anslutna organisationer</a></li>
            <li><a href="/regional-utveckling/civilsamhalle/overenskommelse-med-civilsamhallet/dialogforum/">Dialogforum</a></li>
          </ul>
        </li>
        <li><a href="/regional-utveckling/civilsamhalle/ideburet-offentligt-partnerskap/">Idéburet offentligt partnerskap, IOP</a></li>
        <li><a href="/regional-utveckling/civilsamhalle/folkbildning/">Folkbildning</a></li>
      </ul>
    </nav>

    <main id="huvudinnehall" class="main" tabindex="-1">
      <article class="article">
        <h1>{TITLE}</h1>
        <p class="article__preamble">Region Älvmarken och det civila samhället i länet har sedan 2016 en gemensam överenskommelse om hur vi ska samverka. {INGRESS_DATE}</p>

        <div class="article__meta">
          <a href="#" class="listen-button" data-readspeaker>Lyssna</a>
          <button type="button" class="print-button" onclick="window.print()">Skriv ut</button>
        </div>

        <figure class="article__image">
          <img src="/globalassets/bilder/regional-utveckling/dialogforum-2024.jpg" alt="Deltagare sitter i grupper runt bord under ett dialogforum." width="960" height="540">
          <figcaption>Dialogforum i Tallberga, november 2024. Foto: Region Älvmarken</figcaption>
        </figure>

        <div class="article__body">
          <h2>Varför en överenskommelse?</h2>
          <p>År 2008 slöt regeringen, dåvarande Sveriges Kommuner och Landsting och ett stort antal idéburna organisationer en nationell överenskommelse inom det sociala området. Sedan dess har många kommuner och regioner tagit fram egna, lokala överenskommelser.</p>
          <p>Den första överenskommelsen i Älvmarken tecknades 2016. Inför den nya perioden har en arbetsgrupp med representanter från regionen, Idéburna Älvmarken, Studieförbunden i Älvmarken och Älvmarkens idrottsförbund gått igenom och reviderat texten. Över 40 organisationer lämnade synpunkter under remissen våren 2024.</p>

          <h2>Syfte</h2>
          <p>Syftet med överenskommelsen är att stärka civilsamhällets roll i länets utveckling och att skapa tydliga och långsiktiga spelregler för samverkan mellan regionen och idéburna organisationer. Överenskommelsen är inte juridiskt bindande och reglerar inte ekonomiska mellanhavanden mellan parterna.</p>

          <h2>Vilka omfattas?</h2>
          <p>Överenskommelsen gäller för Region Älvmarkens nämnder och förvaltningar. På civilsamhällets sida gäller den för de idéburna organisationer som har anslutit sig. I januari 2025 hade 74 organisationer anslutit sig.</p>

          <h2>Principer och åtaganden</h2>
          <p>{PRINC_LIST} De sex första kommer från den nationella överenskommelsen. Barnrättsperspektivet lade vi till vid revideringen 2024.</p>
          <p>Under varje princip beskrivs vad regionen och civilsamhället åtar sig att göra.</p>

          <div class="accordion" data-accordion>
            <button type="button" class="accordion__expand-all" data-expand-all>Öppna alla</button>{ACCORDION}
          </div>

          <h2>Gemensamma åtaganden</h2>
          <p>Utöver åtagandena under varje princip har regionen och civilsamhället tillsammans kommit överens om att</p>
          <ul>
{JOINT}
          </ul>

          <h2>Organisation och uppföljning</h2>{FOLLOW}

          <h2>Så ansluter du din organisation</h2>
          <p>Alla idéburna organisationer som är verksamma i Älvmarken kan ansluta sig till överenskommelsen. Det gör ni genom att styrelsen fattar beslut och att ni sedan fyller i anmälningsformuläret. {FREE}</p>
          <p><a class="button button--primary" href="/regional-utveckling/civilsamhalle/overenskommelse-med-civilsamhallet/anmalan/">Anslut din organisation</a></p>

          <div class="document-list">
            <h2 class="document-list__title">Dokument</h2>
            <ul>
              <li><a href="/globalassets/regional-utveckling/civilsamhalle/overenskommelse-civilsamhallet-2025-2028.pdf">Överenskommelse mellan Region Älvmarken och civilsamhället 2025–2028 (pdf, 412 kB)</a></li>
              <li><a href="/globalassets/regional-utveckling/civilsamhalle/overenskommelse-lattlast.pdf">Överenskommelsen på lätt svenska (pdf, 188 kB)</a></li>
              <li><a href="/globalassets/regional-utveckling/civilsamhalle/protokollsutdrag-rf-2024-09-24-142.pdf">Protokollsutdrag regionfullmäktige 24 september 2024, § 142 (pdf, 96 kB)</a></li>
            </ul>
          </div>
        </div>

        <footer class="article__footer">
          <p class="article__dates">Publicerad: <time datetime="2024-10-02">2 oktober 2024</time> <span class="sep">|</span> Senast uppdaterad: <time datetime="2025-01-14">14 januari 2025</time></p>
          <p class="article__owner">Sidansvarig: Avdelningen för regional utveckling</p>
          <div class="share">
            <span>Dela sidan:</span>
            <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.regionalvmarken.se%2Fregional-utveckling%2Fcivilsamhalle%2Foverenskommelse-med-civilsamhallet%2F">Facebook</a>
            <a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.regionalvmarken.se%2Fregional-utveckling%2Fcivilsamhalle%2Foverenskommelse-med-civilsamhallet%2F">LinkedIn</a>
            <a href="mailto:?subject=%C3%96verenskommelse%20med%20civilsamh%C3%A4llet">E-post</a>
          </div>
        </footer>
      </article>

      <aside class="page-aside">
        <section class="related-links" aria-labelledby="relaterat-rubrik">
          <h2 id="relaterat-rubrik">Relaterat</h2>
          <ul>
            <li><a href="/regional-utveckling/civilsamhalle/bidrag-till-organisationer/">Bidrag till organisationer</a></li>
            <li><a href="/regional-utveckling/civilsamhalle/ideburet-offentligt-partnerskap/">Idéburet offentligt partnerskap, IOP</a></li>
            <li><a href="/regional-utveckling/civilsamhalle/overenskommelse-med-civilsamhallet/anslutna-organisationer/">Anslutna organisationer</a></li>
            <li><a href="https://www.regeringen.se/" class="external">Den nationella överenskommelsen (regeringen.se)</a></li>
            <li><a href="/regional-utveckling/regional-utvecklingsstrategi/">Regional utvecklingsstrategi för Älvmarken 2030</a></li>
          </ul>
        </section>

        <section class="contact-box" aria-labelledby="kontakt-rubrik">
          <h2 id="kontakt-rubrik">Kontakt</h2>
          <p class="contact-box__name">Anna-Karin Holmqvist</p>
          <p class="contact-box__title">Utvecklingsstrateg civilsamhälle</p>
          <p class="contact-box__unit">Avdelningen för regional utveckling</p>
          <p>Telefon: <a href="tel:+46104753218">010-475 32 18</a></p>
          <p>E-post: <a href="mailto:anna-karin.holmqvist@regionalvmarken.se">anna-karin.holmqvist@regionalvmarken.se</a></p>
          <p class="contact-box__name">Idéburna Älvmarken</p>
          <p>Kansli: <a href="mailto:kansli@ideburnaalvmarken.se">kansli@ideburnaalvmarken.se</a></p>
        </section>
      </aside>

      <section class="page-feedback" aria-labelledby="feedback-rubrik">
        <h2 id="feedback-rubrik">Fick du den information du behövde?</h2>
        <button type="button" data-feedback="yes">Ja</button>
        <button type="button" data-feedback="no">Nej</button>
        <p class="page-feedback__info">Vi kan inte svara på frågor via formuläret. Har du en fråga, kontakta oss via regionens växel.</p>
      </section>
    </main>
  </div>

  <footer class="site-footer">
    <div class="site-footer__columns">
      <div>
        <h2>Region Älvmarken</h2>
        <p>Regionens hus<br>Storgatan 12<br>831 40 Tallberga</p>
        <p>Växel: <a href="tel:+46104750000">010-475 00 00</a><br>
        E-post: <a href="mailto:region@regionalvmarken.se">region@regionalvmarken.se</a></p>
        <p>Organisationsnummer: 232100-0412</p>
      </div>
      <div>
        <h2>Genvägar</h2>
        <ul>
          <li><a href="/om-regionen/jobba-hos-oss/">Jobba hos oss</a></li>
          <li><a href="/om-regionen/press/">Press och media</a></li>
          <li><a href="/politik-och-paverkan/handlingar-och-protokoll/">Handlingar och protokoll</a></li>
          <li><a href="/om-regionen/fakturering/">Fakturera regionen</a></li>
        </ul>
      </div>
      <div>
        <h2>Om webbplatsen</h2>
        <ul>
          <li><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>
          <li><a href="/om-webbplatsen/kakor/">Kakor (cookies)</a></li>
          <li><a href="/om-webbplatsen/personuppgifter/">Så behandlar vi dina personuppgifter</a></li>
          <li><button type="button" data-open-consent>Ändra kakinställningar</button></li>
        </ul>
      </div>
      <div>
        <h2>Följ oss</h2>
        <ul class="social">
          <li><a href="https://www.facebook.com/regionalvmarken">Facebook</a></li>
          <li><a href="https://www.instagram.com/regionalvmarken">Instagram</a></li>
          <li><a href="https://www.linkedin.com/company/regionalvmarken">LinkedIn</a></li>
        </ul>
      </div>
    </div>
    <p class="site-footer__bottom">© Region Älvmarken 2025</p>
  </footer>

  <script src="/static/js/vendor.8d1e0b3.js" defer></script>
  <script src="/static/js/main.4f2a91c.js" defer></script>
  <script>
    (function () {{
      var c = document.cookie.match(/ra_consent=([^;]+)/);
      if (c && c[1] === 'all') {{
        var s = document.createElement('script');
        s.async = true;
        s.src = 'https://analytics.regionalvmarken.se/matomo.js';
        document.head.appendChild(s);
      }}
    }})();
  </script>
  <script src="https://cdn-eu.readspeaker.com/script/11632/webReader/webReader.js?pids=wr" async></script>
</body>
</html>
"""

with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
    f.write(PAGE)


def find(prefix):
    hits = [x["text"] for x in commitments if x["text"].startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]


questions = [
    {"id": "q1", "question": "Hur lång tid har vi som förening på oss att svara på en remiss från regionen?",
     "language": "sv", "answerable": True,
     "gold": [find("Regionen ska ge remissinstanser")], "must_mention": ["minst sex veckor"]},
    {"id": "q2", "question": "vilka principer bygger overenskommelsen med regionen pa?",
     "language": "sv", "answerable": True,
     "gold": [PRINC_LIST], "must_mention": ["dialog", "långsiktighet", "barnrättsperspektiv"]},
    {"id": "q3", "question": "When was the agreement adopted, by whom, and for which period does it apply?",
     "language": "en", "answerable": True,
     "gold": [INGRESS_DATE], "must_mention": ["regionfullmäktige", "24 september 2024", "2025–2028"]},
    {"id": "q4", "question": "Kostar det något för vår förening att ansluta sig till överenskommelsen?",
     "language": "sv", "answerable": True,
     "gold": [FREE], "must_mention": ["kostnadsfri"]},
    {"id": "q5", "question": "Vad förväntas vi som idéburen organisation göra när det gäller öppenhet och insyn?",
     "language": "sv", "answerable": True,
     "gold": [find("ge regionen insyn"), find("lämna verksamhetsberättelse"), find("Båda parter förbinder sig")],
     "must_mention": ["insyn i verksamhet och ekonomi", "verksamhetsberättelse"]},
    {"id": "q6", "question": "How often is there a dialogue forum between the region and civil society?",
     "language": "en", "answerable": True,
     "gold": [find("genomföra ett gemensamt dialogforum")], "must_mention": ["minst en gång per år"]},
    {"id": "q7", "question": "vem ar kontaktperson pa regionen for overenskommelsen?",
     "language": "sv", "answerable": True,
     "gold": ["Anna-Karin Holmqvist", "Utvecklingsstrateg civilsamhälle", "010-475 32 18",
              "anna-karin.holmqvist@regionalvmarken.se"],
     "must_mention": ["Anna-Karin Holmqvist"]},
    {"id": "q8", "question": "Får vi besked om verksamhetsbidrag för flera år i taget, och hur tidigt får vi veta om reglerna ändras?",
     "language": "sv", "answerable": True,
     "gold": [find("Regionen kommer att besluta"), find("Vid förändringar i regionens bidragsregler")],
     "must_mention": ["två år i taget", "sex månader"]},
    {"id": "q9", "question": "Hur mycket pengar avsätter regionen totalt till bidrag för civilsamhället 2025?",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
    {"id": "q10", "question": "Far civilsamhallets representanter i samverkansgruppen nagon ersattning for sitt arbete?",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
]

expected = {
    "file": FILE,
    "layout": LAYOUT,
    "description": (
        "Single UTF-8 HTML page from a fictional Swedish region's website (Region Älvmarken, CMS-style markup) "
        "about its överenskommelse with civilsamhället 2025–2028. Page chrome before the content: skip link, "
        "a cookie-consent dialog (role=dialog, its text contains 'ska fungera' – not a commitment), header with "
        "tool links (Lyssna, Languages, Lättläst), search form, main menu, breadcrumbs (also as JSON-LD "
        "BreadcrumbList) and a sub-navigation sidebar. The article has h1, preamble with the decision date "
        "(regionfullmäktige 24 september 2024), an image with caption, background/purpose/scope sections as h2, "
        "then an h2 'Principer och åtaganden' followed by an accordion: seven principles (the six national ones "
        "+ barnrättsperspektiv) as h3 > button elements with panels marked hidden. Inside panels commitments are "
        "written in varied ways: <strong> lead-ins 'Regionen åtar sig att' / 'Civilsamhället åtar sig att' followed "
        "by <ul> lists of items without 'att'; whole sentences ('Regionen ska …', 'Regionen kommer att …', "
        "'Civilsamhällets organisationer ansvarar för …', 'Tillsammans ska parterna …', 'Båda parter förbinder "
        "sig …'), sometimes two commitments in one paragraph. A 'Gemensamma åtaganden' h2 has a lead-in sentence "
        "plus list (joint, no principle); 'Organisation och uppföljning' has prose commitments mixed with "
        "descriptive sentences (no principle). Then joining instructions (with a non-commitment 'inga ekonomiska "
        "åtaganden'), a document list of PDFs, publish/update dates, share links, an aside with a 'Relaterat' "
        "links box and a 'Kontakt' box, a page-feedback widget, a large site footer, and scripts (inline JS, "
        "JSON-LD WebPage/BreadcrumbList, analytics loader). One amount uses &nbsp; ('50&nbsp;000 kronor'). "
        "Metadata date is the decision date; publish date 2024-10-02 and update date 2025-01-14 are distractors."
    ),
    "metadata": {
        "doc_id": os.path.splitext(FILE)[0],
        "title": TITLE,
        "place": "Älvmarken",
        "organisation": "Region Älvmarken",
        "kind": "överenskommelse",
        "date": "2024-09-24",
        "body": "regionfullmäktige",
    },
    "commitments": commitments,
    "questions": questions,
}

with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"wrote {FILE} and expected.json: {len(commitments)} commitments")
