#!/usr/bin/env python3
"""Generate a saved Sitevision-style web page from the fictional Bergvreta kommun
(överenskommelse med civilsamhället) plus expected.json.

Run:  python3 make.py
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.basename(HERE)
FILE = "bergvreta_overenskommelse_med_civilsamhallet.html"

K, C, T = "public", "civil_society", "joint"
LEAD = {K: "Kommunen gör", C: "Civilsamhället gör", T: "Tillsammans gör vi"}

# Each principle: slug, heading, anchor id, explanation paragraphs, markup style,
# blocks [(party, [items])], extra sentence commitments [(after_block_index, party, text)]
PRINCIPLES = [
    ("sjalvstandighet_och_oberoende", "Självständighet och oberoende", "sjalvstandighet",
     ["Civilsamhällets organisationer är fria och självständiga. De bestämmer själva över sina mål, "
      "sin organisation och sin verksamhet och har rätt att driva opinion och att granska kommunen."],
     "dl_each",
     [(K, ["Respekterar organisationernas rätt att själva bestämma över sin verksamhet, sina arbetsformer "
           "och sina ståndpunkter, även när de kritiserar kommunen.",
           "Ställer inte andra villkor för bidrag än de som behövs för att följa upp att pengarna används "
           "till det de beviljats för."]),
      (C, ["Håller isär rollen som röstbärare och rollen som utförare när organisationen har ett uppdrag "
           "från kommunen."])],
     []),
    ("dialog", "Dialog", "dialog",
     ["En bra dialog förs tidigt, innan beslut fattas, och bygger på att parterna lyssnar på varandra. "
      "Dialogen kan handla om allt från enskilda frågor till kommunens långsiktiga planering."],
     "h4_ul",
     [(K, ["Bjuder in till dialogforum för hela civilsamhället minst två gånger per år.",
           "Tar med civilsamhället tidigt när planer, strategier och program som berör föreningslivet tas fram.",
           "Återkopplar hur synpunkterna från civilsamhället har tagits om hand."]),
      (C, ["Utser representanter till samverkansrådet och förankrar frågorna i den egna organisationen.",
           "Delar med sig av kunskap om de behov och målgrupper organisationen möter."])],
     [(0, K, "Kommunen ska dessutom ha en särskild kontaktperson för civilsamhället på kultur- och "
             "fritidsförvaltningen.")]),
    ("kvalitet", "Kvalitet", "kvalitet",
     ["Kvalitet handlar om att verksamheten blir bra för dem den är till för. Både kommunen och "
      "civilsamhället har ansvar för kvaliteten i det de gör, och vad som är god kvalitet kan se olika "
      "ut för olika parter."],
     "dl_ul",
     [(K, ["Erbjuder enkla och tydliga e-tjänster för att söka bidrag och boka lokaler.",
           "Anordnar kostnadsfria utbildningar för föreningar, till exempel i föreningsekonomi, "
           "styrelsearbete och ansökningar."]),
      (C, ["Följer upp sin verksamhet och redovisar resultatet till kommunen på det sätt som har avtalats.",
           "Arbetar aktivt för trygghet och säkerhet för barn och unga, bland annat genom att begära utdrag "
           "ur belastningsregistret för ledare."])],
     []),
    ("langsiktighet", "Långsiktighet", "langsiktighet",
     ["Långsiktiga förutsättningar gör det lättare för organisationerna att planera, att behålla "
      "ideella krafter och att utveckla sin verksamhet över tid."],
     "strong_ul",
     [(K, ["Strävar efter fleråriga överenskommelser och flerårigt verksamhetsstöd där det är möjligt.",
           "Informerar i god tid, senast sex månader i förväg, om förändringar i bidragsregler eller "
           "lokalupplåtelse."]),
      (C, ["Planerar sin verksamhet långsiktigt och söker även andra finansieringskällor än kommunen."])],
     []),
    ("oppenhet_och_insyn", "Öppenhet och insyn", "oppenhet",
     ["Öppenhet och insyn skapar förtroende mellan parterna. Den som får offentliga medel behöver kunna "
      "visa hur pengarna används, och kommunen behöver vara tydlig med hur den fattar sina beslut."],
     "dl_each",
     [(K, ["Publicerar information om bidrag, beslutsvägar och kontaktpersoner på kommunens webbplats.",
           "Redovisar varje år hur föreningsbidragen har fördelats."]),
      (C, ["Är öppet med hur kommunens bidrag används och lämnar de handlingar som kommunen begär vid "
           "uppföljning.",
           "Informerar sina medlemmar och deltagare om överenskommelsen."])],
     []),
    ("mangfald", "Mångfald", "mangfald",
     ["Ett livskraftigt civilsamhälle består av många olika organisationer – stora och små, nya och "
      "gamla, med olika inriktning och arbetssätt. Mångfalden är en styrka för Bergvreta."],
     "h4_ul",
     [(K, ["Tar hänsyn till olika organisationers storlek, resurser och förutsättningar när dialog och "
           "samverkan planeras.",
           "Når ut till nya och mindre föreningar, även sådana som ännu inte finns i kommunens föreningsregister."]),
      (C, ["Välkomnar alla oavsett kön, ålder, bakgrund, funktionsförmåga, sexuell läggning eller religion.",
           "Verkar för att göra sina lokaler och aktiviteter tillgängliga för personer med funktionsnedsättning."])],
     []),
    ("barnrattsperspektiv", "Barnrättsperspektiv", "barnratt",
     ["Sedan 2020 är FN:s konvention om barnets rättigheter svensk lag. Många av civilsamhällets "
      "organisationer i Bergvreta vänder sig till barn och unga, och parterna delar ansvaret för att "
      "barnets rättigheter tillgodoses på fritiden."],
     "dl_each",
     [(K, ["Gör barnkonsekvensanalyser inför beslut som påverkar barns och ungas fritid."]),
      (C, ["Utgår från barnets bästa när verksamhet för barn och unga planeras."]),
      (T, ["Ger barn och unga möjlighet att komma till tals i frågor som rör dem."])],
     []),
]

FOLLOWUP = [
    (None, "Överenskommelsen följs upp i samverkansrådet, som består av fem förtroendevalda från "
           "kommunstyrelsen och kultur- och fritidsnämnden och sju representanter för civilsamhället."),
    (K, "Kultur- och fritidsförvaltningen ansvarar för att kalla till samverkansrådets möten och för att "
        "dokumentera dem."),
    (T, "Samverkansrådet ska varje år följa upp hur överenskommelsen fungerar och redovisa resultatet "
        "till kommunstyrelsen."),
    (T, "Inför varje ny mandatperiod kommer parterna att gemensamt utvärdera överenskommelsen och vid "
        "behov revidera den."),
]

E = html.escape


def sv_portlet(inner, kind="sv-text-portlet", sid="12_5c1a2b3f18d4e7a9c2f1b63"):
    return (f'<div class="{kind} sv-portlet sv-use-margins" id="svid{sid}">'
            f'<div id="{sid}"><!-- Text --></div>'
            f'<div class="sv-text-portlet-content">\n{inner}\n</div></div>\n')


def render_principle(i, p):
    slug, head, anchor, expl, style, blocks, extras = p
    out = [f'<h3 class="subheading3" id="{anchor}">{E(head)}</h3>']
    for e in expl:
        out.append(f'<p class="normal">{E(e)}</p>')
    if style in ("dl_each", "dl_ul"):
        out.append('<dl class="env-list lp-principle-list">')
        for party, items in blocks:
            out.append(f'  <dt class="env-list__term"><span class="lp-party lp-party--{party}">{E(LEAD[party])}</span></dt>')
            if style == "dl_each":
                for it in items:
                    out.append(f'  <dd class="env-list__desc">{E(it)}</dd>')
            else:
                out.append('  <dd class="env-list__desc">\n    <ul class="normal">')
                for it in items:
                    out.append(f'      <li>{E(it)}</li>')
                out.append('    </ul>\n  </dd>')
        out.append('</dl>')
    else:
        for bi, (party, items) in enumerate(blocks):
            if style == "h4_ul":
                out.append(f'<h4 class="subheading4">{E(LEAD[party])}</h4>')
            else:
                out.append(f'<p class="normal"><strong>{E(LEAD[party])}:</strong></p>')
            out.append('<ul class="normal">')
            for it in items:
                out.append(f'  <li>{E(it)}</li>')
            out.append('</ul>')
            for (after, _party, text) in extras:
                if after == bi:
                    out.append(f'<p class="normal">{E(text)}</p>')
    return sv_portlet("\n".join(out), sid=f"12_5c1a2b3f18d4e7a9c2f1b{70 + i}")


HEAD = """<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-sida">
<!-- saved from url=(0083)https://www.bergvreta.se/uppleva-och-gora/foreningsliv/overenskommelse-med-civilsamhallet.html -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Överenskommelse med civilsamhället - Bergvreta kommun</title>
<meta name="description" content="Bergvreta kommun och civilsamhället har en överenskommelse om hur vi samverkar. Läs om principerna och vad parterna gör.">
<meta property="og:title" content="Överenskommelse med civilsamhället">
<meta property="og:site_name" content="Bergvreta kommun">
<meta name="twitter:card" content="summary">
<link rel="stylesheet" href="./overenskommelse_files/sitevision-responsive-grids.css">
<link rel="stylesheet" href="./overenskommelse_files/sitevision-spacing.css">
<link rel="stylesheet" href="./overenskommelse_files/portlets.css">
<link rel="stylesheet" href="./overenskommelse_files/1234.css">
<style>
.sv-cookie-consent-banner{position:fixed;bottom:0;left:0;right:0;z-index:9999;background:#fff}
.env-list__term{font-weight:700;margin-top:1em}
.lp-party--public{color:#00507a}.lp-party--civil_society{color:#6b2c5f}.lp-party--joint{color:#2f6b2c}
.sv-visuallyhidden{position:absolute;left:-10000px}
</style>
<script>
  window.sv = window.sv || {}; sv.PageContext = {pageId:'4.3f2c19a5180b7e6d1c4a2e1', siteId:'2.3f2c19a5180b7e6d1c4a1', userIdentityId:'', dateFormat:'yyyy-MM-dd'};
  sv.UNSAFE_MAY_CHANGE_AT_ANY_GIVEN_TIME_webAppExternals = {};
  document.documentElement.className = document.documentElement.className.replace('sv-no-js','sv-js');
</script>
<script src="./overenskommelse_files/envision.js"></script>
<script src="./overenskommelse_files/sitevision.js"></script>
</head>
"""

COOKIE = """<div class="sv-cookie-consent-banner env-cookie-banner" role="region" aria-label="Kakor (cookies)" data-cookie-consent="banner">
  <div class="sv-layout sv-spacing-medium">
    <div class="env-cookie-banner__content">
      <h2 class="env-cookie-banner__heading">Vi använder kakor (cookies)</h2>
      <p class="env-text">Bergvreta kommun använder kakor för att webbplatsen ska fungera och för att förbättra din upplevelse. Nödvändiga kakor kan inte väljas bort. Statistikkakor sparas bara om du godkänner dem.</p>
      <p class="env-text"><a href="https://www.bergvreta.se/om-webbplatsen/kakor.html">Läs mer om hur vi använder kakor</a></p>
    </div>
    <div class="env-cookie-banner__buttons">
      <button type="button" class="env-button env-button--primary" data-cookie-consent-button="accept">Godkänn alla kakor</button>
      <button type="button" class="env-button" data-cookie-consent-button="necessary">Endast nödvändiga kakor</button>
      <button type="button" class="env-button env-button--link" data-cookie-consent-button="settings">Inställningar</button>
    </div>
  </div>
</div>
"""

HEADER = """<div class="sv-layout lp-skip"><a class="sv-visuallyhidden" href="#huvudinnehall">Hoppa till huvudinnehållet</a></div>
<header class="sv-layout lp-header" id="svid10_3f2c19a5180b7e6d1c4a2f0">
  <div class="sv-grid-main sv-fluid-grid sv-layout">
    <div class="sv-row sv-layout">
      <div class="sv-layout sv-column-4">
        <div class="sv-image-portlet sv-portlet" id="svid12_3f2c19a5180b7e6d1c4a2f5">
          <a href="https://www.bergvreta.se/"><img class="sv-noborder" alt="Bergvreta kommun, till startsidan" src="./overenskommelse_files/bergvreta-logo.svg" width="210" height="56"></a>
        </div>
      </div>
      <div class="sv-layout sv-column-8">
        <ul class="lp-toolbar env-list env-list--horizontal">
          <li><a href="https://www.bergvreta.se/lattlast.html">Lättläst</a></li>
          <li><a href="https://www.bergvreta.se/other-languages.html">Other languages</a></li>
          <li><a href="https://www.bergvreta.se/talande-webb.html">Lyssna</a></li>
          <li><a href="https://www.bergvreta.se/kontakt.html">Kontakta oss</a></li>
        </ul>
        <form class="lp-search env-form" action="https://www.bergvreta.se/sok.html" method="get" role="search">
          <label for="q" class="sv-visuallyhidden">Sök på webbplatsen</label>
          <input id="q" name="query" type="search" class="env-form-input" placeholder="Vad letar du efter?">
          <button type="submit" class="env-button">Sök</button>
        </form>
      </div>
    </div>
  </div>
  <nav class="sv-layout lp-mainmenu" aria-label="Huvudmeny">
    <div class="sv-script-portlet sv-portlet" id="svid12_3f2c19a5180b7e6d1c4a2f9">
      <ul class="lp-mainmenu__list">
        <li class="lp-mainmenu__item"><a href="https://www.bergvreta.se/barn-och-utbildning.html">Barn och utbildning</a></li>
        <li class="lp-mainmenu__item"><a href="https://www.bergvreta.se/omsorg-och-stod.html">Omsorg och stöd</a></li>
        <li class="lp-mainmenu__item"><a href="https://www.bergvreta.se/bygga-bo-och-miljo.html">Bygga, bo och miljö</a></li>
        <li class="lp-mainmenu__item"><a href="https://www.bergvreta.se/trafik-och-gator.html">Trafik och gator</a></li>
        <li class="lp-mainmenu__item lp-mainmenu__item--active"><a href="https://www.bergvreta.se/uppleva-och-gora.html" aria-current="true">Uppleva och göra</a>
          <ul class="lp-mainmenu__sub">
            <li><a href="https://www.bergvreta.se/uppleva-och-gora/bibliotek.html">Bibliotek</a></li>
            <li><a href="https://www.bergvreta.se/uppleva-och-gora/idrott-och-motion.html">Idrott och motion</a></li>
            <li><a href="https://www.bergvreta.se/uppleva-och-gora/foreningsliv.html">Föreningsliv</a></li>
            <li><a href="https://www.bergvreta.se/uppleva-och-gora/kultur.html">Kultur</a></li>
          </ul>
        </li>
        <li class="lp-mainmenu__item"><a href="https://www.bergvreta.se/naringsliv-och-arbete.html">Näringsliv och arbete</a></li>
        <li class="lp-mainmenu__item"><a href="https://www.bergvreta.se/kommun-och-politik.html">Kommun och politik</a></li>
      </ul>
    </div>
  </nav>
</header>
"""

BREADCRUMBS = """<nav class="sv-layout lp-breadcrumbs" aria-label="Du är här">
  <div class="sv-breadcrumbs-portlet sv-portlet" id="svid12_3f2c19a5180b7e6d1c4a30b">
    <ol class="sv-defaultlist env-breadcrumb">
      <li><a href="https://www.bergvreta.se/" class="normal">Start</a></li>
      <li><a href="https://www.bergvreta.se/uppleva-och-gora.html" class="normal">Uppleva och göra</a></li>
      <li><a href="https://www.bergvreta.se/uppleva-och-gora/foreningsliv.html" class="normal">Föreningsliv</a></li>
      <li><span class="normal" aria-current="page">Överenskommelse med civilsamhället</span></li>
    </ol>
  </div>
</nav>
"""

SIDEMENU = """<div class="sv-layout sv-column-3 lp-sidebar">
  <nav class="sv-script-portlet sv-portlet lp-sidemenu" aria-label="Undermeny Föreningsliv" id="svid12_3f2c19a5180b7e6d1c4a31c">
    <h2 class="sv-visuallyhidden">Föreningsliv</h2>
    <ul class="lp-sidemenu__list">
      <li><a href="https://www.bergvreta.se/uppleva-och-gora/foreningsliv/foreningsbidrag.html">Föreningsbidrag</a></li>
      <li><a href="https://www.bergvreta.se/uppleva-och-gora/foreningsliv/boka-lokaler.html">Boka lokaler och anläggningar</a></li>
      <li><a href="https://www.bergvreta.se/uppleva-och-gora/foreningsliv/foreningsregistret.html">Föreningsregistret</a></li>
      <li class="lp-sidemenu__item--active"><a href="https://www.bergvreta.se/uppleva-och-gora/foreningsliv/overenskommelse-med-civilsamhallet.html" aria-current="page">Överenskommelse med civilsamhället</a>
        <ul>
          <li><a href="https://www.bergvreta.se/uppleva-och-gora/foreningsliv/overenskommelse-med-civilsamhallet/samverkansradet.html">Samverkansrådet</a></li>
          <li><a href="https://www.bergvreta.se/uppleva-och-gora/foreningsliv/overenskommelse-med-civilsamhallet/anslut-din-forening.html">Anslut din förening</a></li>
        </ul>
      </li>
      <li><a href="https://www.bergvreta.se/uppleva-och-gora/foreningsliv/utbildningar-for-foreningar.html">Utbildningar för föreningar</a></li>
      <li><a href="https://www.bergvreta.se/uppleva-och-gora/foreningsliv/ideellt-engagemang.html">Ideellt engagemang</a></li>
    </ul>
  </nav>
</div>
"""

INTRO = """<h1 class="heading" id="h-Overenskommelsemedcivilsamhallet">Överenskommelse med civilsamhället</h1>
<p class="lp-ingress">Bergvreta kommun och civilsamhället har en gemensam överenskommelse om hur vi vill samverka för att göra Bergvreta till en bra plats att leva i. Här kan du läsa om principerna för samverkan och om vad kommunen och civilsamhället gör.</p>"""

TOC = """<nav class="lp-page-toc" aria-label="Innehåll på sidan">
  <p class="lp-page-toc__heading">Innehåll på sidan</p>
  <ul>
    <li><a href="#om">Om överenskommelsen</a></li>
    <li><a href="#principer">Principer</a></li>
    <li><a href="#uppfoljning">Så följer vi upp</a></li>
    <li><a href="#beslut">Beslut</a></li>
  </ul>
</nav>"""

ABOUT = """<h2 class="subheading" id="om">Om överenskommelsen</h2>
<p class="normal">Överenskommelsen togs fram under 2023 och 2024 i dialog mellan kommunen och ett fyrtiotal föreningar, studieförbund, trossamfund och andra idéburna organisationer. Arbetet utgick från den nationella överenskommelsen mellan regeringen, idéburna organisationer och Sveriges Kommuner och Regioner från 2008.</p>
<p class="normal">Överenskommelsen bygger på sju principer: självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn, mångfald samt barnrättsperspektiv.</p>
<p class="normal">Överenskommelsen är inte ett juridiskt bindande avtal. Den gäller för perioden 2025–2028 och omfattar kommunens samtliga nämnder och förvaltningar samt de organisationer i civilsamhället som ansluter sig.</p>
<div class="lp-factbox env-card">
  <p class="lp-factbox__heading"><strong>Vem kan ansluta sig?</strong></p>
  <p class="normal">Alla ideella föreningar, stiftelser, trossamfund och andra idéburna organisationer som har verksamhet i Bergvreta kan ansluta sig. Det gör du genom att fylla i <a href="https://www.bergvreta.se/uppleva-och-gora/foreningsliv/overenskommelse-med-civilsamhallet/anslut-din-forening.html">anslutningsblanketten</a>.</p>
</div>"""

PRINC_INTRO = """<h2 class="subheading" id="principer">Principer</h2>
<p class="normal">Under varje princip beskriver vi kort vad principen innebär och vad kommunen respektive civilsamhället gör för att leva upp till den.</p>"""

YEAR = """<table class="sv-table lp-table" summary="">
  <caption>Samverkansåret i korthet</caption>
  <thead><tr><th scope="col">När</th><th scope="col">Vad</th></tr></thead>
  <tbody>
    <tr><td>Februari</td><td>Samverkansrådet träffas och planerar året</td></tr>
    <tr><td>April</td><td>Dialogforum våren</td></tr>
    <tr><td>Oktober</td><td>Dialogforum hösten</td></tr>
    <tr><td>December</td><td>Årlig uppföljning redovisas för kommunstyrelsen</td></tr>
  </tbody>
</table>"""

DECISION = """<h2 class="subheading" id="beslut">Beslut</h2>
<div class="lp-decision env-card env-card--bordered">
  <p class="normal">Antagen av kommunfullmäktige 23 september 2024, § 112.</p>
  <dl class="lp-decision__facts">
    <dt>Diarienummer</dt><dd>KS 2024/318</dd>
    <dt>Giltighetstid</dt><dd>1 januari 2025 – 31 december 2028</dd>
    <dt>Dokumentansvarig</dt><dd>Kultur- och fritidschef</dd>
    <dt>Undertecknad</dt><dd>14 november 2024 av kommunstyrelsens ordförande och representanter för civilsamhället</dd>
  </dl>
</div>"""

RELATED = """<div class="sv-related-portlet sv-portlet lp-related" id="svid12_3f2c19a5180b7e6d1c4a35e">
  <h2 class="subheading">Relaterade sidor</h2>
  <ul class="env-list">
    <li><a href="https://www.bergvreta.se/uppleva-och-gora/foreningsliv/foreningsbidrag.html">Föreningsbidrag</a></li>
    <li><a href="https://www.bergvreta.se/uppleva-och-gora/foreningsliv/boka-lokaler.html">Boka lokaler och anläggningar</a></li>
    <li><a href="https://www.bergvreta.se/uppleva-och-gora/foreningsliv/overenskommelse-med-civilsamhallet/samverkansradet.html">Samverkansrådet</a></li>
    <li><a href="https://www.bergvreta.se/download/18.3f2c19a5180b7e6d1c4a/1730891102345/Overenskommelse-civilsamhallet-Bergvreta-2025-2028.pdf">Överenskommelse med civilsamhället 2025–2028 (pdf, 512 kB)</a></li>
    <li><a href="https://www.regeringen.se/">Den nationella överenskommelsen (regeringen.se)</a></li>
  </ul>
</div>"""

CONTACT = """<aside class="sv-layout lp-contact env-card" aria-labelledby="kontakt-rubrik">
  <div class="sv-script-portlet sv-portlet" id="svid12_3f2c19a5180b7e6d1c4a36a">
    <h2 class="subheading" id="kontakt-rubrik">Kontakt</h2>
    <div class="lp-contact__item">
      <p class="normal"><strong>Föreningsenheten</strong><br>Kultur- och fritidsförvaltningen</p>
      <p class="normal">Linnea Bergkvist, föreningsutvecklare<br>
        Telefon: <a href="tel:+46573412763">0573-41 27 63</a><br>
        E-post: <a href="mailto:foreningsenheten@bergvreta.se">foreningsenheten@bergvreta.se</a></p>
    </div>
    <div class="lp-contact__item">
      <p class="normal"><strong>Kontaktcenter</strong><br>Telefon: <a href="tel:+4657341000">0573-41 000</a><br>Måndag–fredag 8.00–16.30</p>
    </div>
  </div>
</aside>"""

FEEDBACK = """<div class="sv-layout lp-pageinfo">
  <p class="lp-pageinfo__updated">Sidan uppdaterades: 11 mars 2025</p>
  <form class="lp-feedback env-form" action="https://www.bergvreta.se/feedback" method="post">
    <fieldset><legend>Fick du svar på din fråga?</legend>
      <button type="button" class="env-button" name="answer" value="yes">Ja</button>
      <button type="button" class="env-button" name="answer" value="no">Nej</button>
    </fieldset>
  </form>
</div>"""

FOOTER = """<footer class="sv-layout lp-footer" id="svid10_3f2c19a5180b7e6d1c4a3a1">
  <div class="sv-grid-main sv-fluid-grid sv-layout">
    <div class="sv-row sv-layout">
      <div class="sv-layout sv-column-4">
        <div class="sv-text-portlet sv-use-margins" id="svid12_3f2c19a5180b7e6d1c4a3a4">
          <div class="sv-text-portlet-content">
            <h2 class="lp-footer__heading">Bergvreta kommun</h2>
            <p class="lp-footer-text">Kommunhuset, Storgatan 14<br>733 80 Bergvreta</p>
            <p class="lp-footer-text">Organisationsnummer: 212000-1890</p>
          </div>
        </div>
      </div>
      <div class="sv-layout sv-column-4">
        <div class="sv-text-portlet sv-use-margins" id="svid12_3f2c19a5180b7e6d1c4a3a7">
          <div class="sv-text-portlet-content">
            <h2 class="lp-footer__heading">Kontakta kommunen</h2>
            <p class="lp-footer-text">Telefon: 0573-41 000<br>E-post: kommun@bergvreta.se</p>
          </div>
        </div>
      </div>
      <div class="sv-layout sv-column-4">
        <div class="sv-text-portlet sv-use-margins" id="svid12_3f2c19a5180b7e6d1c4a3aa">
          <div class="sv-text-portlet-content">
            <h2 class="lp-footer__heading">Om webbplatsen</h2>
            <ul class="lp-footer-links">
              <li><a href="https://www.bergvreta.se/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li>
              <li><a href="https://www.bergvreta.se/om-webbplatsen/kakor.html">Kakor (cookies)</a></li>
              <li><a href="https://www.bergvreta.se/om-webbplatsen/personuppgifter.html">Så behandlar vi personuppgifter</a></li>
            </ul>
          </div>
        </div>
      </div>
    </div>
  </div>
</footer>
<script>
  svDocReady(function(){ sv.initCookieConsent({ banner: '.sv-cookie-consent-banner', expires: 365 }); });
  (function(){var _paq=window._paq=window._paq||[];_paq.push(['trackPageView']);_paq.push(['enableLinkTracking']);})();
</script>
<script src="./overenskommelse_files/matomo.js" async></script>
"""


def build_html():
    parts = [HEAD, '<body class="sv-responsive env-m-around--0">\n', COOKIE,
             '<div class="sv-layout" id="svid10_3f2c19a5180b7e6d1c4a2e5">\n', HEADER, BREADCRUMBS,
             '<div class="sv-grid-main sv-fluid-grid sv-layout" id="svid10_3f2c19a5180b7e6d1c4a312">\n'
             '<div class="sv-row sv-layout" id="svid10_3f2c19a5180b7e6d1c4a315">\n', SIDEMENU,
             '<main class="sv-layout sv-column-6 lp-content" id="huvudinnehall">\n'
             '<div class="sv-vertical sv-layout" id="svid10_3f2c19a5180b7e6d1c4a318">\n',
             sv_portlet(INTRO, sid="12_3f2c19a5180b7e6d1c4a31b"),
             sv_portlet(TOC, sid="12_3f2c19a5180b7e6d1c4a31e"),
             sv_portlet(ABOUT, sid="12_3f2c19a5180b7e6d1c4a321"),
             sv_portlet(PRINC_INTRO, sid="12_3f2c19a5180b7e6d1c4a324")]
    for i, p in enumerate(PRINCIPLES):
        parts.append(render_principle(i, p))
    fu = ['<h2 class="subheading" id="uppfoljning">Så följer vi upp</h2>']
    fu += [f'<p class="normal">{E(t)}</p>' for _, t in FOLLOWUP]
    fu.append(YEAR)
    parts.append(sv_portlet("\n".join(fu), sid="12_3f2c19a5180b7e6d1c4a33a"))
    parts.append(sv_portlet(DECISION, sid="12_3f2c19a5180b7e6d1c4a33d"))
    parts.append(RELATED)
    parts.append(FEEDBACK)
    parts.append('</div>\n</main>\n<div class="sv-layout sv-column-3 lp-aside">\n')
    parts.append(CONTACT)
    parts.append('\n</div>\n</div>\n</div>\n</div>\n')
    parts.append(FOOTER)
    parts.append('</body>\n</html>\n')
    return "".join(parts)


def commitments():
    out = []
    for slug, head, anchor, expl, style, blocks, extras in PRINCIPLES:
        for bi, (party, items) in enumerate(blocks):
            for it in items:
                out.append({"text": it, "principle": slug, "party": party})
            for after, party2, text in extras:
                if after == bi:
                    out.append({"text": text, "principle": slug, "party": party2})
    for party, text in FOLLOWUP:
        if party:
            out.append({"text": text, "principle": None, "party": party})
    return out


QUESTIONS = [
    {"id": "q1", "question": "Hur ofta bjuder kommunen in till dialogforum?", "language": "sv",
     "answerable": True,
     "gold": ["Bjuder in till dialogforum för hela civilsamhället minst två gånger per år."],
     "must_mention": ["minst två gånger per år"]},
    {"id": "q2", "question": "Hur lang tid innan far foreningarna veta om det blir andringar i bidragsreglerna?",
     "language": "sv", "answerable": True,
     "gold": ["Informerar i god tid, senast sex månader i förväg, om förändringar i bidragsregler eller "
              "lokalupplåtelse."],
     "must_mention": ["senast sex månader i förväg"]},
    {"id": "q3", "question": "When was the agreement adopted, and by which body?", "language": "en",
     "answerable": True,
     "gold": ["Antagen av kommunfullmäktige 23 september 2024, § 112."],
     "must_mention": ["kommunfullmäktige", "23 september 2024"]},
    {"id": "q4", "question": "Måste vi som förening begära utdrag ur belastningsregistret för våra ledare?",
     "language": "sv", "answerable": True,
     "gold": ["Arbetar aktivt för trygghet och säkerhet för barn och unga, bland annat genom att begära "
              "utdrag ur belastningsregistret för ledare."],
     "must_mention": ["utdrag ur belastningsregistret"]},
    {"id": "q5", "question": "vem ansvarar for att kalla till samverkansradets moten?", "language": "sv",
     "answerable": True,
     "gold": ["Kultur- och fritidsförvaltningen ansvarar för att kalla till samverkansrådets möten och för "
              "att dokumentera dem."],
     "must_mention": ["Kultur- och fritidsförvaltningen"]},
    {"id": "q6", "question": "What does the municipality do to reach new and small associations?",
     "language": "en", "answerable": True,
     "gold": ["Når ut till nya och mindre föreningar, även sådana som ännu inte finns i kommunens "
              "föreningsregister.",
              "Tar hänsyn till olika organisationers storlek, resurser och förutsättningar när dialog och "
              "samverkan planeras."],
     "must_mention": ["nya och mindre föreningar"]},
    {"id": "q7", "question": "Vilka principer bygger överenskommelsen på?", "language": "sv",
     "answerable": True,
     "gold": ["Överenskommelsen bygger på sju principer: självständighet och oberoende, dialog, kvalitet, "
              "långsiktighet, öppenhet och insyn, mångfald samt barnrättsperspektiv."],
     "must_mention": ["sju principer", "barnrättsperspektiv"]},
    {"id": "q8", "question": "Hur följs överenskommelsen upp och hur ofta?", "language": "sv",
     "answerable": True,
     "gold": ["Samverkansrådet ska varje år följa upp hur överenskommelsen fungerar och redovisa resultatet "
              "till kommunstyrelsen.",
              "Inför varje ny mandatperiod kommer parterna att gemensamt utvärdera överenskommelsen och vid "
              "behov revidera den."],
     "must_mention": ["varje år", "kommunstyrelsen"]},
    {"id": "q9", "question": "Hur mycket kan en förening få i verksamhetsbidrag per år?", "language": "sv",
     "answerable": False, "gold": [], "must_mention": []},
    {"id": "q10", "question": "Kan var forening lana kommunens lokaler gratis pa helgerna?", "language": "sv",
     "answerable": False, "gold": [], "must_mention": []},
]

DESCRIPTION = (
    "A single saved web page (.html, UTF-8) from a Swedish kommun's Sitevision site: 'saved from url' comment, "
    "head with meta tags, CSS and inline/external scripts (Sitevision page context, cookie consent init, Matomo), "
    "a fixed cookie banner with buttons, skip link, header with logo, toolbar and search form, a main menu with "
    "a nested submenu, breadcrumbs (ol), a side menu, and many nested sv-layout / sv-text-portlet divs with "
    "svid ids. Main column: h1, an ingress paragraph, an 'Innehåll på sidan' in-page link list, 'Om "
    "överenskommelsen' background (naming the seven principles, validity 2025–2028, a fact box on who may join), "
    "then h2 'Principer' with each of seven principles as an h3 in its own portlet (Självständighet och "
    "oberoende, Dialog, Kvalitet, Långsiktighet, Öppenhet och insyn, Mångfald, extra principle "
    "Barnrättsperspektiv), each followed by a short explanation paragraph and the parties' commitments in "
    "three different markups: a <dl> with <dt>Kommunen gör</dt> / <dt>Civilsamhället gör</dt> (and "
    "<dt>Tillsammans gör vi</dt> under Barnrättsperspektiv) and one commitment per <dd>; a <dl> whose <dd> "
    "wraps a <ul>; and <h4>Kommunen gör</h4> or <p><strong>Kommunen gör:</strong></p> lead-ins before <ul> "
    "lists. Commitment items are subjectless present-tense verb phrases ('Bjuder in …', 'Informerar …'); one "
    "extra sentence commitment 'Kommunen ska dessutom …' sits between the two lists under Dialog. 'Så följer "
    "vi upp' has a description of the samverkansråd (not a commitment), three follow-up sentences ('ansvarar "
    "för', 'ska', 'kommer parterna att gemensamt') with no principle, and a 'Samverkansåret i korthet' "
    "När | Vad table that is a schedule, not commitments. A 'Beslut' card: 'Antagen av kommunfullmäktige 23 "
    "september 2024, § 112.' plus a <dl> with Dnr, validity and a signing date (decoy), related links incl. a "
    "pdf link, 'Sidan uppdaterades: 11 mars 2025' (decoy), feedback form, contact box in an <aside> after the "
    "main column, footer with address and links, trailing scripts."
)


def main():
    page = build_html()
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
        f.write(page)
    exp = {
        "file": FILE,
        "layout": FOLDER,
        "description": DESCRIPTION,
        "metadata": {
            "doc_id": FILE.rsplit(".", 1)[0],
            "title": "Överenskommelse med civilsamhället",
            "place": "Bergvreta",
            "organisation": "Bergvreta kommun",
            "kind": "överenskommelse",
            "date": "2024-09-23",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments(),
        "questions": QUESTIONS,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(FILE, len(exp["commitments"]), "commitments")


if __name__ == "__main__":
    main()
