#!/usr/bin/env python3
"""Generate torsvalla_overenskommelse_foreningslivet.html and expected.json.

A saved page from the (fictional) Torsvalla kommun website, section
Kultur och fritid > Föreningsliv, presenting the kommun's överenskommelse
with the föreningsliv. The whole site is around the article: skip link,
cookie notice, top links (Lyssna, Languages, Lättläst), search, main menu,
breadcrumbs, side menu, contact card, "Aktuellt" teaser, feedback widget,
footer, a <style> block and inline scripts.

The article: ingress, a "Bra att veta" fact box (<dl>) with the decision,
PDF links, background, who is covered / how to join, a <ul> of the seven
principles, then the principles in a button-driven accordion (panels
`hidden`). Inside each panel: a short principle text, then
'<p><strong>Kommunen åtar sig att:</strong></p><ul>…' /
'<p><strong>Föreningslivet åtar sig att:</strong></p><ul>…' (lead-in wording
varies: 'Kommunen ska:', 'Föreningarna ska:'), joint commitments as a
'Tillsammans ska vi …' sentence or a 'Tillsammans ska vi:' list. One
principle (Långsiktighet) is a two-column table 'Det här gör kommunen | Det
här gör föreningslivet' with a <ul> per cell. Follow-up section with joint
sentence commitments and a 'Vad | När | Vem' table that is not commitments.
A 'Sidan uppdaterades' date and a signing date that are not the decision.

Run: python3 make.py   (standard library only)
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "torsvalla_overenskommelse_foreningslivet.html"
LAYOUT = "f5_html_kommun_page"
PUB, CS, JT = "public", "civil_society", "joint"
NBSP = "\u00a0"

COMMITMENTS = []  # filled while building the page


def esc(s):
    return html.escape(s, quote=False).replace(NBSP, "&nbsp;")


def ul(items, principle, party, cls=None):
    """A <ul> of commitments; each item is recorded as a commitment."""
    out = ['<ul%s>' % (' class="%s"' % cls if cls else "")]
    for it in items:
        if isinstance(it, tuple):  # (text, trailing link text, href)
            text, link, href = it
            out.append('<li>%s<a href="%s">%s</a></li>' % (esc(text), href, esc(link)))
            COMMITMENTS.append({"text": (text + link).replace(NBSP, " "), "principle": principle,
                                "party": party})
        else:
            out.append("<li>%s</li>" % esc(it))
            COMMITMENTS.append({"text": it.replace(NBSP, " "), "principle": principle, "party": party})
    out.append("</ul>")
    return "\n".join(out)


def sentence(text, principle, party, lead=None):
    """A paragraph that is itself a commitment; `lead` (if given) is bolded."""
    COMMITMENTS.append({"text": text.replace(NBSP, " "), "principle": principle, "party": party})
    if lead and text.startswith(lead):
        return "<p><strong>%s</strong>%s</p>" % (esc(lead), esc(text[len(lead):]))
    return "<p>%s</p>" % esc(text)


def lead(text):
    return "<p><strong>%s</strong></p>" % esc(text)


# --------------------------------------------------------------- principles
PRINCIPLES = []


def principle(slug, name, pid, body):
    PRINCIPLES.append((slug, name, pid, body))


S = "sjalvstandighet_och_oberoende"
principle(S, "Självständighet och oberoende", "sjalvstandighet", "\n".join([
    "<p>Föreningarna bestämmer själva över sin verksamhet. De har rätt att driva sina frågor, "
    "granska kommunen och framföra kritik, även när de får bidrag eller samarbetar med kommunen "
    "i andra former.</p>",
    lead("Kommunen åtar sig att:"),
    ul(["respektera föreningarnas rätt att själva bestämma över sin verksamhet, sina mål och sina arbetsformer",
        "inte ställa villkor för bidrag som begränsar en förenings rätt att uttrycka sina åsikter, även när de är kritiska mot kommunen",
        "tydligt skilja mellan kommunens roll som bidragsgivare och kommunens roll som samarbetspartner"], S, PUB),
    lead("Föreningslivet åtar sig att:"),
    ul(["vara tydliga med när en förening företräder sina medlemmar och när den utför ett uppdrag åt kommunen",
        "följa de demokratiska principer som gäller för föreningar som får stöd från kommunen"], S, CS),
]))

D = "dialog"
principle(D, "Dialog", "dialog", "\n".join([
    "<p>En bra dialog bygger på att vi känner till varandras förutsättningar och att föreningarna "
    "får komma in tidigt, innan besluten är fattade. Dialogen ska vara öppen och ske på lika villkor.</p>",
    lead("Kommunen åtar sig att:"),
    ul(["bjuda in föreningslivet till dialog i ett tidigt skede när kommunen planerar förändringar som berör föreningarna",
        ("ha en utsedd kontaktperson för föreningsfrågor på ", "kultur- och fritidsförvaltningen",
         "/kommun-och-politik/organisation/forvaltningar/kultur-och-fritidsforvaltningen.html"),
        "ge föreningarna minst fyra veckor att lämna synpunkter när kommunen skickar ut remisser som berör dem"], D, PUB),
    lead("Föreningslivet åtar sig att:"),
    ul(["utse representanter till Föreningsrådet och se till att frågorna förankras i de egna föreningarna",
        "informera kommunen om behov och förändringar i verksamheten som kan påverka samarbetet"], D, CS),
    sentence("Tillsammans ska vi hålla Föreningsdialogen, ett öppet dialogmöte för alla föreningar, "
             "minst två gånger per år.", D, JT, lead="Tillsammans"),
]))

K = "kvalitet"
principle(K, "Kvalitet", "kvalitet", "\n".join([
    "<p>Kvalitet handlar om att verksamheten håller vad den lovar och utvecklas efter deltagarnas behov. "
    "Kommunen och föreningarna beskriver kvalitet på olika sätt, och det ska vi respektera.</p>",
    lead("Kommunen ska:"),
    ul(["erbjuda föreningarna kostnadsfria utbildningar i bland annat bidragsansökan, styrelsearbete och bokföring",
        "utforma bidragsregler och blanketter så att de är lätta att förstå och använda",
        "ta hänsyn till föreningarnas egna sätt att beskriva sina resultat när bidrag följs upp"], K, PUB),
    lead("Föreningarna ska:"),
    ul(["arbeta för att verksamheten håller god kvalitet och utvecklas efter deltagarnas behov",
        "se till att ledare som arbetar med barn och unga har relevant utbildning",
        "begära utdrag ur belastningsregistret för ledare som arbetar med barn och unga"], K, CS),
]))

L = "langsiktighet"
_l_kommun = ul(["erbjuda fleråriga verksamhetsbidrag på upp till tre" + NBSP + "år till föreningar med en stabil verksamhet",
                "besluta om bidrag i så god tid att föreningarna kan planera kommande säsong",
                "informera om förändringar i bidragsreglerna minst ett år innan de börjar gälla"], L, PUB)
_l_for = ul(["planera verksamheten med ett längre perspektiv än ett år i taget",
             "arbeta för att bredda sin finansiering så att verksamheten inte är beroende av ett enda bidrag"], L, CS)
principle(L, "Långsiktighet", "langsiktighet", "\n".join([
    "<p>Föreningarna behöver kunna planera mer än ett år framåt. Långsiktiga villkor ger trygghet "
    "för ledare, medlemmar och deltagare.</p>",
    '<div class="table-wrapper">',
    '<table class="sv-table">',
    "<caption>Långsiktighet – så här gör vi</caption>",
    '<thead><tr><th scope="col">Det här gör kommunen</th><th scope="col">Det här gör föreningslivet</th></tr></thead>',
    "<tbody><tr>",
    "<td>" + _l_kommun + "</td>",
    "<td>" + _l_for + "</td>",
    "</tr></tbody>",
    "</table>",
    "</div>",
]))

O = "oppenhet_och_insyn"
principle(O, "Öppenhet och insyn", "oppenhet", "\n".join([
    "<p>Öppenhet skapar förtroende. Både kommunen och föreningarna ska vara öppna med hur beslut "
    "fattas och hur pengar används.</p>",
    lead("Kommunen åtar sig att:"),
    ul(["publicera bidragsregler, beslut om bidrag och kontaktuppgifter på kommunens webbplats",
        "motivera beslut när en förenings ansökan om bidrag inte beviljas"], O, PUB),
    lead("Föreningslivet åtar sig att:"),
    ul(["lämna verksamhetsberättelse och ekonomisk redovisning till kommunen när föreningen har fått bidrag",
        "ha öppna och demokratiska former för medlemskap och beslut"], O, CS),
    sentence("Båda parter ska vara beredda att redovisa hur de har arbetat med överenskommelsen "
             "när den följs upp.", O, JT),
]))

M = "mangfald"
principle(M, "Mångfald", "mangfald", "\n".join([
    "<p>I Torsvalla finns drygt 200 föreningar – idrottsföreningar, hembygdsföreningar, "
    "studieförbund, kulturföreningar, pensionärsföreningar och trossamfund. Mångfalden är en "
    "styrka, och alla ska kunna hitta en plats i föreningslivet.</p>",
    lead("Kommunen åtar sig att:"),
    ul(["ge stöd till olika typer av föreningar, även små och nystartade föreningar",
        "se till att kommunens lokaler och anläggningar är tillgängliga för personer med funktionsnedsättning",
        "erbjuda information om föreningsstöd på lättläst svenska och på de vanligaste språken i kommunen"], M, PUB),
    lead("Föreningslivet åtar sig att:"),
    ul(["arbeta för att verksamheten är öppen och välkomnande för alla, oavsett kön, ålder, bakgrund, funktionsnedsättning eller sexuell läggning",
        "aktivt försöka nå grupper som i dag deltar mindre i föreningslivet, till exempel nyanlända och unga med funktionsnedsättning"], M, CS),
]))

SU = "samhallsutveckling"
principle(SU, "Samhällsutveckling", "samhallsutveckling", "\n".join([
    "<p>Föreningslivet bidrar till att göra Torsvalla till en bra plats att leva på. Många föreningar "
    "gör insatser som ingen annan gör, och deras kunskap behövs när kommunen planerar för framtiden.</p>",
    lead("Kommunen åtar sig att:"),
    ul(["ta tillvara föreningslivets kunskap och erfarenheter i arbetet med översiktsplanen och andra strategiska planer",
        "bjuda in föreningar att delta i kommunens arbete med trygghet och folkhälsa"], SU, PUB),
    lead("Föreningslivet åtar sig att:"),
    ul(["bidra med kunskap om medlemmarnas och deltagarnas behov i kommunens planering"], SU, CS),
    lead("Tillsammans ska vi:"),
    ul(["arbeta för att fler barn och unga får en meningsfull fritid",
        "ta fram gemensamma insatser när samhället står inför särskilda utmaningar, till exempel vid en kris"], SU, JT),
]))


def accordion():
    out = ['<div class="accordion" data-accordion>',
           '<div class="accordion__toolbar"><button type="button" class="accordion__toggle-all" '
           'data-expand-all>Visa alla</button></div>']
    for slug, name, pid, body in PRINCIPLES:
        out += [
            '<div class="accordion__item">',
            '<h3 class="accordion__heading"><button type="button" class="accordion__button" '
            'aria-expanded="false" aria-controls="panel-%s" id="btn-%s">%s'
            '<span class="accordion__icon" aria-hidden="true"></span></button></h3>' % (pid, pid, esc(name)),
            '<div class="accordion__panel" id="panel-%s" role="region" aria-labelledby="btn-%s" hidden>'
            % (pid, pid),
            body,
            "</div>",
            "</div>",
        ]
    out.append("</div>")
    return "\n".join(out)


# ---------------------------------------------------------------- follow-up
_FU = ("Kultur- och fritidsförvaltningen skickar en enkät till de anslutna föreningarna i januari "
       "och sammanställer resultatet i en rapport till kultur- och fritidsnämnden.")
COMMITMENTS.append({"text": _FU, "principle": None, "party": PUB})
FOLLOWUP = "\n".join([
    '<h2 id="uppfoljning">Så följer vi upp överenskommelsen</h2>',
    "<p>Överenskommelsen följs upp varje år. " + esc(_FU) + "</p>",
    sentence("Kommunen och föreningslivet ska tillsammans gå igenom hur åtagandena har uppfyllts "
             "på höstens Föreningsdialog.", None, JT),
    sentence("Parterna ska senast under 2027 gemensamt ta ställning till om överenskommelsen behöver "
             "revideras.", None, JT),
    '<div class="table-wrapper">',
    '<table class="sv-table">',
    "<caption>Uppföljning under året</caption>",
    '<thead><tr><th scope="col">Vad</th><th scope="col">När</th><th scope="col">Vem ansvarar</th></tr></thead>',
    "<tbody>",
    "<tr><td>Enkät till anslutna föreningar</td><td>Januari</td><td>Kultur- och fritidsförvaltningen</td></tr>",
    "<tr><td>Rapport till kultur- och fritidsnämnden</td><td>Mars</td><td>Kultur- och fritidsförvaltningen</td></tr>",
    "<tr><td>Föreningsdialogen</td><td>April och oktober</td><td>Föreningsrådet och kultur- och fritidsförvaltningen</td></tr>",
    "<tr><td>Översyn av överenskommelsen</td><td>2027</td><td>Kommunstyrelsen och Föreningsrådet</td></tr>",
    "</tbody>",
    "</table>",
    "</div>",
])

PDF_LINK = "Överenskommelse mellan Torsvalla kommun och föreningslivet 2024–2027 (pdf, 486 kB)"
PDF_LINK_LL = "Överenskommelsen på lättläst svenska (pdf, 212 kB)"

ARTICLE = "\n".join([
    '<article class="sv-article" id="innehall">',
    "<h1>Överenskommelse med föreningslivet</h1>",
    '<p class="ingress">Torsvalla kommun och föreningslivet har en gemensam överenskommelse. Den '
    "beskriver hur vi ska samarbeta och vad kommunen och föreningarna lovar varandra. "
    "Överenskommelsen gäller 2024–2027.</p>",
    '<div class="factbox" role="complementary" aria-labelledby="fakta-rubrik">',
    '<h2 id="fakta-rubrik" class="factbox__title">Bra att veta</h2>',
    "<dl>",
    "<dt>Beslutad av</dt><dd>Kommunfullmäktige 2024-05-27, § 64</dd>",
    "<dt>Diarienummer</dt><dd>KS 2023/0318</dd>",
    "<dt>Giltighetstid</dt><dd>2024–2027</dd>",
    "<dt>Dokumentansvarig</dt><dd>Kultur- och fritidschef</dd>",
    "</dl>",
    "</div>",
    '<h2 id="ladda-ner">Ladda ner överenskommelsen</h2>',
    '<ul class="doc-list">',
    '<li><a class="doc-link doc-link--pdf" href="/download/18.4f2a9c1d18e6b0a7c3d51e2/1718185530211/'
    'overenskommelse-torsvalla-kommun-foreningslivet-2024-2027.pdf">%s</a></li>' % esc(PDF_LINK),
    '<li><a class="doc-link doc-link--pdf" href="/download/18.4f2a9c1d18e6b0a7c3d51e9/1718185530877/'
    'overenskommelse-lattlast.pdf">%s</a></li>' % esc(PDF_LINK_LL),
    "</ul>",
    '<h2 id="bakgrund">Bakgrund</h2>',
    "<p>År 2008 slöt regeringen, Sveriges Kommuner och Regioner (dåvarande Sveriges Kommuner och "
    "Landsting) och ett stort antal idéburna organisationer en nationell överenskommelse om hur "
    "samverkan mellan det offentliga och den idéburna sektorn ska gå till. Många kommuner har "
    "sedan dess tagit fram egna lokala överenskommelser.</p>",
    "<p>Arbetet i Torsvalla startade 2022, efter en motion i kommunfullmäktige. Under 2023 hölls fem "
    "dialogmöten i olika delar av kommunen, där drygt 60 föreningar deltog. Ett förslag skickades "
    "sedan på remiss till föreningarna och till kommunens nämnder.</p>",
    "<p>Överenskommelsen antogs av kommunfullmäktige den 27 maj 2024. Den undertecknades den 12 juni "
    "2024 av kommunstyrelsens ordförande och Föreningsrådets ordförande vid en ceremoni i "
    "Folkets hus.</p>",
    '<h2 id="vilka-omfattas">Vilka omfattas av överenskommelsen?</h2>',
    "<p>Överenskommelsen gäller för kommunens alla nämnder och förvaltningar. På föreningssidan "
    "gäller den för de föreningar som har anslutit sig. Det är frivilligt för föreningen att ansluta sig. "
    "Hittills har 84 föreningar anslutit sig till överenskommelsen (februari 2025).</p>",
    '<div class="sv-text-portlet info-box">',
    '<h3>Så ansluter sig din förening</h3>',
    "<p>Föreningen måste finnas i kommunens föreningsregister. Anmälan görs av föreningens "
    "ordförande eller kassör i e-tjänsten. Föreningen behöver ha ett styrelsebeslut om att ansluta sig.</p>",
    '<p><a class="button" href="/e-tjanster/kultur-och-fritid/anslut-till-overenskommelsen.html">'
    "Anslut din förening i e-tjänsten</a></p>",
    "</div>",
    '<h2 id="principer">Sju principer för samverkan</h2>',
    "<p>Precis som den nationella överenskommelsen bygger vår lokala överenskommelse på sju "
    "principer:</p>",
    "<ul>",
    "\n".join("<li>%s</li>" % esc(p[1]) for p in PRINCIPLES),
    "</ul>",
    "<p>Under varje princip finns det åtaganden för kommunen och för föreningslivet, och för vissa "
    "principer också saker som vi ska göra tillsammans. Klicka på en princip för att läsa mer.</p>",
    accordion(),
    FOLLOWUP,
    '<h2 id="fragor">Har du frågor?</h2>',
    "<p>Kontakta föreningsutvecklarna på kultur- och fritidsförvaltningen om du vill veta mer om "
    "överenskommelsen eller om hur din förening kan ansluta sig.</p>",
    "</article>",
])

# -------------------------------------------------------------- site chrome
STYLE = """
:root{--tv-green:#1f5d4c;--tv-light:#eef5f2;--tv-text:#1d1d1b}
body{font-family:"Source Sans Pro",Arial,sans-serif;color:var(--tv-text);margin:0}
.skip-link{position:absolute;left:-9999px}.skip-link:focus{left:1rem;top:1rem}
.cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#fff;box-shadow:0 -2px 8px rgba(0,0,0,.2);padding:1.5rem;z-index:1000}
.site-header{background:var(--tv-green);color:#fff}
.main-nav ul{display:flex;list-style:none;gap:1.5rem}
.breadcrumbs ol{display:flex;list-style:none;padding:0}.breadcrumbs li+li:before{content:"›";padding:0 .4rem}
.factbox{background:var(--tv-light);border-left:6px solid var(--tv-green);padding:1rem 1.5rem}
.accordion__button{width:100%;text-align:left;background:none;border:0;border-bottom:1px solid #ccc;padding:1rem 0;font-size:1.2rem}
.accordion__button[aria-expanded=true] .accordion__icon{transform:rotate(180deg)}
.sv-table{border-collapse:collapse;width:100%}.sv-table td,.sv-table th{border:1px solid #bbb;padding:.5rem;vertical-align:top}
.site-footer{background:#173f35;color:#fff;padding:2rem}
"""

SCRIPT_TOP = """
window.dataLayer = window.dataLayer || [];
var _paq = window._paq = window._paq || [];
_paq.push(['requireCookieConsent']);
_paq.push(['trackPageView']);
_paq.push(['enableLinkTracking']);
(function() {
  var u="https://statistik.torsvalla.se/";
  _paq.push(['setTrackerUrl', u+'matomo.php']);
  _paq.push(['setSiteId', '3']);
})();
"""

SCRIPT_BOTTOM = """
document.querySelectorAll('[data-accordion]').forEach(function (acc) {
  acc.querySelectorAll('.accordion__button').forEach(function (btn) {
    btn.addEventListener('click', function () {
      var open = btn.getAttribute('aria-expanded') === 'true';
      btn.setAttribute('aria-expanded', String(!open));
      document.getElementById(btn.getAttribute('aria-controls')).hidden = open;
    });
  });
  var all = acc.querySelector('[data-expand-all]');
  if (all) all.addEventListener('click', function () {
    var expand = all.textContent.trim() === 'Visa alla';
    acc.querySelectorAll('.accordion__button').forEach(function (b) {
      b.setAttribute('aria-expanded', String(expand));
      document.getElementById(b.getAttribute('aria-controls')).hidden = !expand;
    });
    all.textContent = expand ? 'Dölj alla' : 'Visa alla';
  });
});
document.getElementById('cookie-accept-all').addEventListener('click', function () {
  document.cookie = 'tv_consent=all;path=/;max-age=31536000';
  document.getElementById('cookie-banner').hidden = true;
});
"""

JSONLD = {
    "@context": "https://schema.org",
    "@type": "WebPage",
    "name": "Överenskommelse med föreningslivet",
    "inLanguage": "sv",
    "dateModified": "2025-03-04",
    "publisher": {"@type": "GovernmentOrganization", "name": "Torsvalla kommun",
                  "url": "https://www.torsvalla.se"},
    "breadcrumb": {"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Startsida", "item": "https://www.torsvalla.se/"},
        {"@type": "ListItem", "position": 2, "name": "Kultur och fritid",
         "item": "https://www.torsvalla.se/kultur-och-fritid.html"},
        {"@type": "ListItem", "position": 3, "name": "Föreningsliv",
         "item": "https://www.torsvalla.se/kultur-och-fritid/foreningsliv.html"}]},
}

PAGE = """<!DOCTYPE html>
<html lang="sv" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Överenskommelse med föreningslivet - Torsvalla kommun</title>
<meta name="description" content="Torsvalla kommun och föreningslivet har en gemensam överenskommelse om hur vi ska samarbeta. Läs om principerna och vad kommunen och föreningarna åtar sig.">
<link rel="canonical" href="https://www.torsvalla.se/kultur-och-fritid/foreningsliv/overenskommelse-med-foreningslivet.html">
<meta property="og:title" content="Överenskommelse med föreningslivet">
<meta property="og:site_name" content="Torsvalla kommun">
<link rel="stylesheet" href="/sitevision/system-resource/c2a6f0e1b39/css/portlets.css">
<link rel="stylesheet" href="/webdav/files/system/css/torsvalla-2024.css">
<link rel="icon" href="/webdav/files/system/favicon.ico">
<style>{style}</style>
<script>{script_top}</script>
<script type="application/ld+json">{jsonld}</script>
</head>
<body class="sv-layout page-article">
<a class="skip-link" href="#innehall">Till innehållet på sidan</a>
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-modal="false" aria-labelledby="cookie-title">
<h2 id="cookie-title">Vi använder kakor</h2>
<p>Torsvalla kommun använder kakor (cookies) för att webbplatsen ska fungera och för att samla statistik om hur den används. Statistiken hjälper oss att förbättra webbplatsen. Du väljer själv om du godkänner kakor för statistik.</p>
<p><a href="/om-webbplatsen/kakor.html">Läs mer om kakor</a></p>
<button type="button" id="cookie-accept-all" class="button">Godkänn alla kakor</button>
<button type="button" id="cookie-necessary" class="button button--secondary">Endast nödvändiga</button>
</div>
<header class="site-header">
<div class="top-bar">
<ul class="top-links">
<li><a href="#" class="rs_skip" data-readspeaker>Lyssna</a></li>
<li><a href="/other-languages.html" lang="en">Languages</a></li>
<li><a href="/lattlast.html">Lättläst</a></li>
<li><a href="/teckensprak.html">Teckenspråk</a></li>
<li><a href="/kontakta-oss.html">Kontakta oss</a></li>
</ul>
</div>
<div class="header-main">
<a href="/" class="logo"><img src="/webdav/files/system/images/torsvalla-logo-vit.svg" alt="Torsvalla kommun, till startsidan"></a>
<form class="search" action="/sok.html" method="get" role="search">
<label for="q" class="sr-only">Sök på webbplatsen</label>
<input type="search" id="q" name="query" placeholder="Vad letar du efter?">
<button type="submit">Sök</button>
</form>
</div>
<nav class="main-nav" aria-label="Huvudmeny">
<ul>
<li><a href="/barn-och-utbildning.html">Barn och utbildning</a></li>
<li><a href="/omsorg-och-stod.html">Omsorg och stöd</a></li>
<li><a href="/bygga-bo-och-miljo.html">Bygga, bo och miljö</a></li>
<li class="active"><a href="/kultur-och-fritid.html" aria-current="true">Kultur och fritid</a></li>
<li><a href="/naringsliv-och-arbete.html">Näringsliv och arbete</a></li>
<li><a href="/trafik-och-infrastruktur.html">Trafik och infrastruktur</a></li>
<li><a href="/kommun-och-politik.html">Kommun och politik</a></li>
</ul>
</nav>
</header>
<nav class="breadcrumbs" aria-label="Du är här">
<ol>
<li><a href="/">Startsida</a></li>
<li><a href="/kultur-och-fritid.html">Kultur och fritid</a></li>
<li><a href="/kultur-och-fritid/foreningsliv.html">Föreningsliv</a></li>
<li aria-current="page">Överenskommelse med föreningslivet</li>
</ol>
</nav>
<div class="page-wrapper">
<aside class="side-nav" aria-label="Undermeny Föreningsliv">
<h2><a href="/kultur-och-fritid/foreningsliv.html">Föreningsliv</a></h2>
<ul>
<li><a href="/kultur-och-fritid/foreningsliv/foreningsregistret.html">Föreningsregistret</a></li>
<li><a href="/kultur-och-fritid/foreningsliv/foreningsbidrag.html">Föreningsbidrag</a></li>
<li><a href="/kultur-och-fritid/foreningsliv/boka-lokaler-och-anlaggningar.html">Boka lokaler och anläggningar</a></li>
<li><a href="/kultur-och-fritid/foreningsliv/foreningsradet.html">Föreningsrådet</a></li>
<li><a href="/kultur-och-fritid/foreningsliv/utbildningar-for-foreningar.html">Utbildningar för föreningar</a></li>
<li class="current"><a href="/kultur-och-fritid/foreningsliv/overenskommelse-med-foreningslivet.html" aria-current="page">Överenskommelse med föreningslivet</a></li>
<li><a href="/kultur-och-fritid/foreningsliv/priser-och-stipendier.html">Priser och stipendier</a></li>
<li><a href="/kultur-och-fritid/foreningsliv/ideburet-offentligt-partnerskap.html">Idéburet offentligt partnerskap (IOP)</a></li>
</ul>
</aside>
<main class="main-content">
<div class="page-tools">
<button type="button" class="print-button" onclick="window.print()">Skriv ut</button>
<a href="#" class="share-button">Dela</a>
</div>
{article}
<div class="page-meta">
<p>Sidan uppdaterades: 2025-03-04</p>
<p>Sidansvarig: Kultur- och fritidsförvaltningen</p>
</div>
<section class="feedback" aria-labelledby="feedback-title">
<h2 id="feedback-title">Hjälpte informationen på sidan dig?</h2>
<form action="/appresource/4.6b1e3d8a18a1c55a0f21f/12.4f2a9c1d18e6b0a7c3d5/feedback" method="post">
<button type="submit" name="svar" value="ja">Ja</button>
<button type="submit" name="svar" value="nej">Nej</button>
<p class="feedback__note">Vi kan inte svara på frågor via formuläret. Kontakta i stället Kontaktcenter.</p>
</form>
</section>
</main>
<aside class="right-col" aria-label="Kontakt och aktuellt">
<div class="contact-card">
<h2>Kontakt</h2>
<p><strong>Föreningsutvecklare</strong><br>
Kultur- och fritidsförvaltningen<br>
Telefon: <a href="tel:+46532410000">0532-41 00 00</a> (Kontaktcenter)<br>
E-post: <a href="mailto:foreningsliv@torsvalla.se">foreningsliv@torsvalla.se</a></p>
</div>
<div class="news-teaser">
<h2>Aktuellt</h2>
<p><a href="/kultur-och-fritid/foreningsliv/aktuellt/foreningsdialogen-hosten-2025.html">Föreningsdialogen 16 oktober – anmäl din förening</a></p>
<p class="date">Publicerad 2025-08-28</p>
<p><a href="/kultur-och-fritid/foreningsliv/aktuellt/ansok-om-aktivitetsstod.html">Sista dag att söka aktivitetsstöd är 25 augusti</a></p>
<p class="date">Publicerad 2025-06-10</p>
</div>
<div class="related">
<h2>Relaterat</h2>
<ul>
<li><a href="/kultur-och-fritid/foreningsliv/foreningsbidrag/regler-for-foreningsbidrag.html">Regler för föreningsbidrag</a></li>
<li><a href="https://www.overenskommelsen.se" rel="external">Den nationella överenskommelsen (extern webbplats)</a></li>
</ul>
</div>
</aside>
</div>
<footer class="site-footer">
<div class="footer-col">
<h2>Torsvalla kommun</h2>
<p>Box 300<br>
672 80 Torsvalla<br>
Besöksadress: Stadshustorget 1</p>
<p>Telefon: 0532-41 00 00<br>
E-post: <a href="mailto:kommun@torsvalla.se">kommun@torsvalla.se</a><br>
Organisationsnummer: 212000-2233</p>
</div>
<div class="footer-col">
<h2>Kontaktcenter</h2>
<p>Måndag–torsdag 8.00–16.30<br>Fredag 8.00–15.00</p>
<p>Lunchstängt 12.00–13.00. Dag före röd dag stänger vi 12.00.</p>
</div>
<div class="footer-col">
<h2>Om webbplatsen</h2>
<ul>
<li><a href="/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li>
<li><a href="/om-webbplatsen/kakor.html">Kakor (cookies)</a></li>
<li><a href="/kommun-och-politik/personuppgifter.html">Så behandlar vi dina personuppgifter</a></li>
<li><a href="/kommun-och-politik/visselblasarfunktion.html">Visselblåsarfunktion</a></li>
</ul>
</div>
<div class="footer-col">
<h2>Följ oss</h2>
<ul class="social">
<li><a href="https://www.facebook.com/torsvallakommun">Facebook</a></li>
<li><a href="https://www.instagram.com/torsvallakommun">Instagram</a></li>
<li><a href="https://www.linkedin.com/company/torsvalla-kommun">Linkedin</a></li>
</ul>
</div>
</footer>
<script src="/sitevision/system-resource/c2a6f0e1b39/js/jquery.js"></script>
<script src="https://cdn1.readspeaker.com/script/10832/webReader/webReader.js?pids=wr&amp;lang=sv_se" id="rs_req_Init"></script>
<script>{script_bottom}</script>
</body>
</html>
"""


def build_page():
    return (PAGE.replace("{style}", STYLE)
                .replace("{script_top}", SCRIPT_TOP)
                .replace("{jsonld}", json.dumps(JSONLD, ensure_ascii=False))
                .replace("{article}", ARTICLE)
                .replace("{script_bottom}", SCRIPT_BOTTOM))


def items(slug, party):
    return [c["text"] for c in COMMITMENTS if c["principle"] == slug and c["party"] == party]


def questions():
    q = []

    def add(question, lang, gold, must):
        q.append({"id": "%s-q%d" % (LAYOUT, len(q) + 1), "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": must})

    add("Vad åtar sig kommunen under principen om kvalitet?", "sv", items(K, PUB),
        ["kostnadsfria utbildningar", "bidragsregler och blanketter", "egna sätt att beskriva sina resultat"])
    add("nar beslutade kommunfullmaktige om overenskommelsen med foreningslivet", "sv",
        ["Kommunfullmäktige 2024-05-27, § 64",
         "Överenskommelsen antogs av kommunfullmäktige den 27 maj 2024."],
        ["2024-05-27", "27 maj 2024"])
    add("Can our club criticise the municipality in public even if we receive grants from it?", "en",
        ["Föreningarna bestämmer själva över sin verksamhet.",
         "De har rätt att driva sina frågor, granska kommunen och framföra kritik, även när de får "
         "bidrag eller samarbetar med kommunen i andra former.",
         "inte ställa villkor för bidrag som begränsar en förenings rätt att uttrycka sina åsikter, "
         "även när de är kritiska mot kommunen"],
        ["framföra kritik", "kritiska mot kommunen"])
    add("Måste vår förening ansluta sig till överenskommelsen?", "sv",
        ["Det är frivilligt för föreningen att ansluta sig."],
        ["frivilligt"])
    add("Vilka principer bygger överenskommelsen på?", "sv",
        [p[1] for p in PRINCIPLES],
        ["Självständighet och oberoende", "Dialog", "Kvalitet", "Långsiktighet",
         "Öppenhet och insyn", "Mångfald", "Samhällsutveckling"])
    add("hur ofta ska foreningsdialogen hallas", "sv",
        items(D, JT),
        ["minst två gånger per år"])
    add("Vad ska föreningarna göra under principen om öppenhet och insyn?", "sv",
        items(O, CS),
        ["verksamhetsberättelse och ekonomisk redovisning", "öppna och demokratiska former"])
    add("Can associations get grants for more than one year at a time?", "en",
        ["erbjuda fleråriga verksamhetsbidrag på upp till tre år till föreningar med en stabil verksamhet"],
        ["fleråriga verksamhetsbidrag", "upp till tre år"])
    add("Hur mycket pengar betalar kommunen ut i föreningsbidrag varje år?", "sv", [], [])
    add("Vilka föreningar sitter i Föreningsrådet?", "sv", [], [])
    return q


def main():
    page = build_page()
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
        f.write(page)
    expected = {
        "file": FILE,
        "layout": LAYOUT,
        "description": (
            "Saved page from a Sitevision-style kommun website (Kultur och fritid > Föreningsliv): skip "
            "link, cookie dialog, top links (Lyssna, Languages, Lättläst, Teckenspråk), search, main menu, "
            "breadcrumbs, side menu, right column with contact card, 'Aktuellt' teasers with publish dates "
            "and related links, feedback form, footer with address/opening hours/social links, <style>, "
            "Matomo and accordion scripts, JSON-LD. The <article>: ingress, 'Bra att veta' fact box <dl> "
            "with the decision ('Kommunfullmäktige 2024-05-27, § 64', diarienummer), two PDF download "
            "links, background (national agreement 2008; adoption and a separate signing date), who is "
            "covered and how to join (info box), a <ul> naming the seven principles, then the principles "
            "in a button accordion (h3 > button aria-expanded, panels `hidden`): each panel a short "
            "principle text, '<p><strong>Kommunen åtar sig att:</strong></p>' / 'Föreningslivet åtar sig "
            "att:' (or 'Kommunen ska:' / 'Föreningarna ska:') followed by <ul> items; joint commitments as "
            "a 'Tillsammans ska vi …' sentence with bold first word, a 'Båda parter ska …' sentence and a "
            "'Tillsammans ska vi:' list; Långsiktighet as a two-column table 'Det här gör kommunen | Det "
            "här gör föreningslivet' with a <ul> per cell; one item ends in a link; one &nbsp; inside a "
            "commitment. Follow-up section with two joint sentence commitments (principle null) and a "
            "'Vad | När | Vem ansvarar' table that is not commitments; 'Sidan uppdaterades: 2025-03-04' "
            "is not the decision date."),
        "metadata": {
            "doc_id": "torsvalla_overenskommelse_foreningslivet",
            "title": "Överenskommelse mellan Torsvalla kommun och föreningslivet",
            "place": "Torsvalla",
            "organisation": "Torsvalla kommun",
            "kind": "överenskommelse",
            "date": "2024-05-27",
            "body": "kommunfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", FILE, "with", len(COMMITMENTS), "commitments")


if __name__ == "__main__":
    main()
