#!/usr/bin/env python3
"""Generate ekeslunda_overenskommelse_foreningslivet.html and expected.json.

A saved web page from a small kommun's CMS: cookie notice, header, main menu,
breadcrumbs, side menu, "Innehåll på sidan" TOC with anchors, h2 per principle,
commitments pasted from the Word original (bold lead-ins + lists, h3 party
headings, sentences, a Word table, a Word-pasted MsoListParagraph list),
contact box, related documents, footer and scripts.
"""
import json
import os
import re
from html import escape
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.basename(HERE)
FILE = "ekeslunda_overenskommelse_foreningslivet.html"

COMMITMENTS = []  # (text, principle, party)


def c(text, principle, party):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return escape(text, quote=False)


def ul(items, principle, party, cls=None):
    a = f' class="{cls}"' if cls else ""
    return f"<ul{a}>\n" + "".join(f"<li>{c(t, principle, party)}</li>\n" for t in items) + "</ul>\n"


# ---------------------------------------------------------------- principles
P = "sjalvstandighet_och_oberoende"
sjalv = f"""
<h2 id="sjalvstandighet">Självständighet och oberoende</h2>
<p>Föreningslivets självständighet och oberoende är en förutsättning för ett levande civilsamhälle. Föreningarna ska kunna driva opinion, granska och vara kritiska mot kommunen utan att det påverkar deras möjligheter att få stöd.</p>
<p><strong>Ekeslunda kommun åtar sig att:</strong></p>
{ul(["respektera föreningarnas rätt att själva bestämma över sin verksamhet, sina mål och sin organisation",
     "inte ställa villkor för föreningsbidrag som inskränker föreningens rätt att driva opinion eller granska kommunen",
     "tydligt skilja på föreningsbidrag och ersättning för tjänster som kommunen köper av en förening"], P, "public")}
<p><strong>Föreningslivet åtar sig att:</strong></p>
{ul(["verka utifrån sina egna stadgar och demokratiskt fattade beslut",
     "vara tydligt med i vilken roll föreningen agerar när den samverkar med kommunen"], P, "civil_society")}
<p>&nbsp;</p>
"""

P = "dialog"
dialog = f"""
<h2 id="dialog">Dialog</h2>
<p>En öppen och regelbunden dialog bygger förtroende och gör att kommunens beslut kan grundas på kunskap om föreningarnas vardag. Dialogen ska vara ömsesidig och kan föras både i formella forum och i vardagliga kontakter.</p>
<h3>Kommunen ska</h3>
<ul>
<li>{c("bjuda in föreningslivet till ett gemensamt dialogforum minst två gånger per år", P, "public")}</li>
<li><span lang="SV">{c("involvera berörda föreningar tidigt i beredningen av frågor som påverkar dem, till exempel förändringar av bidragsregler och taxor för lokaler", P, "public")}</span></li>
<li>{c("ge återkoppling på de synpunkter som kommer in från föreningslivet", P, "public")}</li>
</ul>
<h3>Föreningslivet ska</h3>
<ul>
<li>{c("utse representanter till dialogforum och förankra frågorna i sina egna organisationer", P, "civil_society")}</li>
<li>{c("delta aktivt i dialogen och bidra med kunskap om medlemmarnas behov", P, "civil_society")}</li>
</ul>
<p>{c("Parterna ansvarar gemensamt för att dagordningen till dialogforum tas fram i god tid före varje möte.", P, "joint")}</p>
"""

P = "kvalitet"
kvalitet = f"""
<h2 id="kvalitet">Kvalitet</h2>
<p>Med kvalitet menar vi att verksamheten håller god standard och utvecklas utifrån deltagarnas behov. Föreningslivet och kommunen har olika roller, men båda parter vinner på att det finns kunskap, trygghet och ordning i verksamheten.</p>
<p>{c("Kommunen ska ge föreningarna information och rådgivning om bidrag, lokaler och regelverk genom föreningskonsulenterna på kultur- och fritidsförvaltningen.", P, "public")} {c("Kommunen kommer också att erbjuda utbildning för föreningarnas styrelser minst en gång per termin, i samarbete med studieförbunden.", P, "public")}</p>
<p>{c("Föreningarna ansvarar för att verksamheten bedrivs på ett säkert sätt och att ledare som arbetar med barn och unga har visat utdrag ur belastningsregistret.", P, "civil_society")} {c("Föreningarna förbinder sig också att redovisa beviljade bidrag enligt kommunens riktlinjer.", P, "civil_society")}</p>
"""

P = "langsiktighet"
rows = [
    ("besluta om föreningsbidrag för minst två år i taget när det är möjligt",
     "planera sin verksamhet med ett flerårigt perspektiv"),
    ("meddela förändringar i bidragsregler senast sex månader innan de börjar gälla",
     "i god tid informera kommunen om föreningen inte längre kan genomföra verksamhet som fått stöd"),
    ("i första hand använda idéburet offentligt partnerskap (IOP) eller flerårig avtalstid när kommunen samverkar med föreningar kring längre uppdrag",
     "arbeta för att fler medlemmar tar ansvar i styrelse och ledarskap, så att verksamheten inte blir beroende av enskilda personer"),
]
trs = ""
for k, f in rows:
    trs += ('<tr>\n<td width="302" valign="top" style="width:226.55pt;border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt">'
            f'<p class="MsoNormal">{c(k, P, "public")}<o:p></o:p></p></td>\n'
            '<td width="302" valign="top" style="width:226.55pt;border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
            f'<p class="MsoNormal">{c(f, P, "civil_society")}<o:p></o:p></p></td>\n</tr>\n')
langs = f"""
<h2 id="langsiktighet">Långsiktighet</h2>
<p>Föreningarnas verksamhet bygger i hög grad på ideella krafter. Stabila och förutsägbara villkor gör det lättare att planera, rekrytera ledare och våga satsa på nya aktiviteter.</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tbody>
<tr>
<td width="302" valign="top" style="width:226.55pt;border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>Kommunen åtar sig att</b><o:p></o:p></p></td>
<td width="302" valign="top" style="width:226.55pt;border:solid windowtext 1.0pt;border-left:none;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>Föreningslivet åtar sig att</b><o:p></o:p></p></td>
</tr>
{trs}</tbody>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
"""

P = "oppenhet_och_insyn"


def mso(items, party):
    out = []
    for i, t in enumerate(items):
        cls = ("MsoListParagraphCxSpFirst" if i == 0 else
               "MsoListParagraphCxSpLast" if i == len(items) - 1 else "MsoListParagraphCxSpMiddle")
        out.append(f'<p class="{cls}" style="text-indent:-18.0pt;mso-list:l{0 if party == "public" else 1} level1 lfo{1 if party == "public" else 2}">'
                   '<!--[if !supportLists]--><span style="font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol">·'
                   '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><!--[endif]-->'
                   f'<span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{c(t, P, party)}</span><o:p></o:p></p>')
    return "\n".join(out) + "\n"


oppen = f"""
<h2 id="oppenhet">Öppenhet och insyn</h2>
<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">Öppenhet och insyn skapar förtroende mellan parterna och gentemot invånarna. Både kommunen och föreningarna hanterar gemensamma resurser och behöver kunna visa hur de används.<o:p></o:p></span></p>
<p class="MsoNormal"><b><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">Kommunen ska:</span></b><o:p></o:p></p>
{mso(["publicera information om bidrag, lokaler och beslut som rör föreningslivet på kommunens webbplats",
      "redovisa hur bidragen till föreningslivet har fördelats i en årlig sammanställning",
      "motivera beslut om avslag på ansökningar om bidrag skriftligt"], "public")}
<p class="MsoNormal"><b><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">Föreningslivet ska:</span></b><o:p></o:p></p>
{mso(["lämna verksamhetsberättelse, ekonomisk redovisning och revisionsberättelse till kommunen i samband med ansökan om bidrag",
      "vara öppna med hur föreningen är organiserad och vem som företräder den"], "civil_society")}
"""

P = "mangfald"
mangfald = f"""
<h2 id="mangfald">Mångfald</h2>
<p>Ekeslunda har ett rikt föreningsliv med allt från idrotts- och hembygdsföreningar till kulturföreningar, trossamfund och föreningar som bildats av invånare som nyligen flyttat hit. Mångfalden är en styrka som vi vill ta tillvara.</p>
<p>{c("Kommunen och föreningslivet ska tillsammans verka för att fler invånare, oavsett bakgrund, kön, funktionsförmåga eller ålder, kan delta i föreningslivet.", P, "joint")} {c("Kommunen kommer att se till att de lokaler som kommunen hyr ut till föreningslivet är tillgängliga för personer med funktionsnedsättning.", P, "public")}</p>
<p>{c("Föreningarna verkar för att verksamheten är öppen för alla och att styrelser och ledare speglar bredden bland medlemmarna.", P, "civil_society")} {c("Kommunen ska även ge nybildade och mindre föreningar särskild rådgivning under det första verksamhetsåret.", P, "public")}</p>
"""

P = "barnrattsperspektiv"
barn = f"""
<h2 id="barnratt">Barnrättsperspektiv</h2>
<p>Sedan 2020 är FN:s konvention om barnets rättigheter svensk lag. Många av Ekeslundas föreningar har barn- och ungdomsverksamhet, och föreningslivet är en av de viktigaste arenorna för barns fritid. Därför har parterna valt att lägga till barnrättsperspektivet som en egen princip i den lokala överenskommelsen.</p>
<p>Kommunen åtar sig att:</p>
{ul(["göra barnkonsekvensanalyser inför beslut som påverkar föreningar med barn- och ungdomsverksamhet",
     "låta barn och unga komma till tals, bland annat genom ungdomsrådet, när nya mötesplatser och anläggningar planeras"], P, "public")}
<p>Föreningarna åtar sig att:</p>
{ul(["arbeta förebyggande mot kränkningar, våld och övergrepp och ha rutiner för hur föreningen agerar om något händer",
     "ge barn och unga möjlighet att påverka verksamheten i föreningen"], P, "civil_society")}
"""

uppf = f"""
<h2 id="uppfoljning">Giltighet och uppföljning</h2>
<p>Överenskommelsen gäller från och med 1 januari 2023 till och med 31 december 2026.</p>
<p>{c("Kultur- och fritidsförvaltningen ansvarar för att överenskommelsen följs upp varje år och att resultatet redovisas vid höstens dialogforum.", None, "public")} {c("En referensgrupp med representanter för föreningslivet och kommunen kommer att ta fram förslag till en reviderad överenskommelse under 2026.", None, "joint")}</p>
<p>Har du synpunkter på hur överenskommelsen fungerar är du välkommen att höra av dig till kultur- och fritidsförvaltningen.</p>
"""

# ---------------------------------------------------------------- page
HTML = f"""<!DOCTYPE html>
<html lang="sv" class="no-js">
<!-- saved from url=(0087)https://www.ekeslunda.se/kultur-och-fritid/foreningar/overenskommelse-med-foreningslivet -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Överenskommelse med föreningslivet - Ekeslunda kommun</title>
<meta name="description" content="Ekeslunda kommun och föreningslivet har tagit fram en lokal överenskommelse om hur vi ska samverka. Läs om principerna och vad parterna åtar sig.">
<meta property="og:title" content="Överenskommelse med föreningslivet">
<meta property="og:site_name" content="Ekeslunda kommun">
<meta property="og:type" content="article">
<meta name="dcterms.modified" content="2024-03-05">
<link rel="canonical" href="https://www.ekeslunda.se/kultur-och-fritid/foreningar/overenskommelse-med-foreningslivet">
<link rel="icon" href="./Överenskommelse med föreningslivet - Ekeslunda kommun_files/favicon.ico">
<link rel="stylesheet" href="./Överenskommelse med föreningslivet - Ekeslunda kommun_files/main.4f2a91c.css">
<link rel="stylesheet" href="./Överenskommelse med föreningslivet - Ekeslunda kommun_files/print.css" media="print">
<style>
.cookie-banner{{position:fixed;bottom:0;left:0;right:0;background:#1d3b2a;color:#fff;padding:1.25rem;z-index:999}}
.cookie-banner[hidden]{{display:none}}
.toc{{background:#f2f5f3;border-left:4px solid #2f6b45;padding:1rem 1.5rem;margin:1.5rem 0}}
.factbox{{background:#fff8e1;padding:1rem}}
table.MsoTableGrid td p{{margin:0}}
</style>
<script>document.documentElement.className = document.documentElement.className.replace('no-js','js');</script>
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"WebPage","name":"Överenskommelse med föreningslivet","dateModified":"2024-03-05T10:42:17+01:00","publisher":{{"@type":"GovernmentOrganization","name":"Ekeslunda kommun"}}}}
</script>
</head>
<body class="page-template page-article">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Kakor">
  <div class="cookie-banner__inner">
    <h2 class="cookie-banner__title">Vi använder kakor</h2>
    <p>Ekeslunda.se använder kakor (cookies) för att webbplatsen ska fungera och för att samla in statistik om hur den används. Statistiken hjälper oss att förbättra webbplatsen. Du kan själv välja om du vill tillåta statistikkakor.</p>
    <p><a href="/om-webbplatsen/kakor">Läs mer om hur vi använder kakor</a></p>
    <div class="cookie-banner__buttons">
      <button type="button" class="btn btn--primary" data-cookie="all">Godkänn alla kakor</button>
      <button type="button" class="btn btn--secondary" data-cookie="necessary">Endast nödvändiga</button>
    </div>
  </div>
</div>
<a class="skip-link" href="#main-content">Hoppa till huvudinnehållet</a>
<header class="site-header">
  <div class="site-header__top">
    <ul class="tools">
      <li><a href="#" class="rs_skip" onclick="readpage(this.href, 'xp1'); return false;">Lyssna</a></li>
      <li><a href="/languages">Languages</a></li>
      <li><a href="/lattlast">Lättläst</a></li>
      <li><a href="/e-tjanster">E-tjänster</a></li>
    </ul>
  </div>
  <div class="site-header__main">
    <a class="logo" href="/"><img src="./Överenskommelse med föreningslivet - Ekeslunda kommun_files/logo-ekeslunda.svg" alt="Ekeslunda kommun, till startsidan" width="210" height="56"></a>
    <form class="search" action="/sok" role="search">
      <label for="q" class="visually-hidden">Sök på webbplatsen</label>
      <input id="q" name="q" type="search" placeholder="Vad letar du efter?">
      <button type="submit">Sök</button>
    </form>
    <button class="menu-toggle" aria-expanded="false" aria-controls="main-nav">Meny</button>
  </div>
  <nav id="main-nav" class="main-nav" aria-label="Huvudmeny">
    <ul>
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li class="active"><a href="/kultur-och-fritid" aria-current="true">Kultur och fritid</a></li>
      <li><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
</header>

<nav class="breadcrumbs" aria-label="Du är här">
  <ol>
    <li><a href="/">Start</a></li>
    <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
    <li><a href="/kultur-och-fritid/foreningar">Föreningar</a></li>
    <li aria-current="page">Överenskommelse med föreningslivet</li>
  </ol>
</nav>

<div class="page-wrapper">
<aside class="sidebar" aria-label="Undermeny">
  <h2 class="sidebar__title"><a href="/kultur-och-fritid/foreningar">Föreningar</a></h2>
  <ul class="subnav">
    <li><a href="/kultur-och-fritid/foreningar/foreningsregister">Föreningsregister</a></li>
    <li><a href="/kultur-och-fritid/foreningar/foreningsbidrag">Föreningsbidrag</a></li>
    <li><a href="/kultur-och-fritid/foreningar/boka-lokal">Boka lokal eller anläggning</a></li>
    <li class="active"><a href="/kultur-och-fritid/foreningar/overenskommelse-med-foreningslivet" aria-current="page">Överenskommelse med föreningslivet</a></li>
    <li><a href="/kultur-och-fritid/foreningar/dialogforum">Dialogforum för föreningslivet</a></li>
    <li><a href="/kultur-och-fritid/foreningar/utbildning">Utbildning för föreningar</a></li>
    <li><a href="/kultur-och-fritid/foreningar/iop">Idéburet offentligt partnerskap (IOP)</a></li>
  </ul>
</aside>

<main id="main-content" class="main">
<article class="article">
<h1>Överenskommelse med föreningslivet</h1>
<p class="ingress">Ekeslunda kommun och föreningslivet har tillsammans tagit fram en lokal överenskommelse. Den beskriver hur vi ska samarbeta och vad kommunen respektive föreningarna tar ansvar för.</p>
<div class="article__tools">
  <a href="javascript:window.print()" class="print-link">Skriv ut</a>
  <a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=99999&amp;lang=sv_se&amp;readid=main-content" class="rs-link">Lyssna</a>
</div>

<nav class="toc" aria-labelledby="toc-heading">
  <h2 id="toc-heading" class="toc__heading">Innehåll på sidan</h2>
  <ul>
    <li><a href="#bakgrund">Bakgrund</a></li>
    <li><a href="#syfte">Syfte och parter</a></li>
    <li><a href="#principer">Principerna för samverkan</a>
      <ul>
        <li><a href="#sjalvstandighet">Självständighet och oberoende</a></li>
        <li><a href="#dialog">Dialog</a></li>
        <li><a href="#kvalitet">Kvalitet</a></li>
        <li><a href="#langsiktighet">Långsiktighet</a></li>
        <li><a href="#oppenhet">Öppenhet och insyn</a></li>
        <li><a href="#mangfald">Mångfald</a></li>
        <li><a href="#barnratt">Barnrättsperspektiv</a></li>
      </ul>
    </li>
    <li><a href="#uppfoljning">Giltighet och uppföljning</a></li>
    <li><a href="#kontakt">Kontakt</a></li>
    <li><a href="#dokument">Dokument</a></li>
  </ul>
</nav>

<div class="factbox" role="complementary">
  <h2 class="factbox__title">Fakta om överenskommelsen</h2>
  <dl>
    <dt>Beslut</dt>
    <dd>Antagen av kommunfullmäktige 21 november 2022, § 142</dd>
    <dt>Gäller</dt>
    <dd>2023–2026</dd>
    <dt>Diarienummer</dt>
    <dd>KS 2022/318</dd>
  </dl>
</div>

<div class="rich-text">
<p><strong>Lokal överenskommelse mellan Ekeslunda kommun och föreningslivet</strong></p>

<h2 id="bakgrund">Bakgrund</h2>
<p>År 2008 slöt regeringen, Sveriges Kommuner och Regioner (dåvarande Sveriges Kommuner och Landsting) och idéburna organisationer inom det sociala området en nationell överenskommelse. Den bygger på sex principer: självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald. Många kommuner har sedan dess tagit fram egna, lokala överenskommelser.</p>
<p>I Ekeslunda började arbetet hösten 2021. Ett fyrtiotal föreningar deltog i tre dialogmöten i Ekeslunda, Norrhammar och Björkviken, och ett förslag var ute på remiss hos föreningarna under våren 2022. Synpunkterna har arbetats in i den text du kan läsa nedan.</p>

<h2 id="syfte">Syfte och parter</h2>
<p>Syftet med överenskommelsen är att tydliggöra parternas roller och skapa goda förutsättningar för ett starkt och självständigt föreningsliv i hela kommunen. Överenskommelsen är inte juridiskt bindande utan en gemensam avsiktsförklaring.</p>
<p>Med <em>föreningslivet</em> menar vi i den här överenskommelsen ideella föreningar, trossamfund, studieförbund och andra idéburna organisationer som är verksamma i Ekeslunda kommun. Alla föreningar som vill kan ansluta sig genom att anmäla det till kultur- och fritidsförvaltningen.</p>

<h2 id="principer">Principerna för samverkan</h2>
<p>Överenskommelsen utgår från de sex principerna i den nationella överenskommelsen. Parterna har också valt att lägga till en sjunde princip om barnrättsperspektiv. Under varje princip beskrivs vad kommunen och föreningslivet åtar sig.</p>
{sjalv}{dialog}{kvalitet}{langs}{oppen}{mangfald}{barn}{uppf}
</div>

<p class="to-top"><a href="#main-content">Till toppen av sidan</a></p>

<section id="kontakt" class="contact-box">
  <h2>Kontakt</h2>
  <p><strong>Maria Sundin</strong><br>
  Föreningskonsulent, kultur- och fritidsförvaltningen<br>
  Telefon: 0512-38 52 14<br>
  E-post: <a href="mailto:maria.sundin@ekeslunda.se">maria.sundin@ekeslunda.se</a></p>
  <p><strong>Kultur- och fritidsförvaltningen</strong><br>
  Telefon (kundcenter): 0512-38 50 00<br>
  E-post: <a href="mailto:kulturochfritid@ekeslunda.se">kulturochfritid@ekeslunda.se</a></p>
</section>

<section id="dokument" class="documents">
  <h2>Dokument</h2>
  <ul class="document-list">
    <li><a href="/download/18.3c5e2f1a17e9b8d4c0a1b2f/1670934112845/Lokal%20%C3%B6verenskommelse%20f%C3%B6reningslivet%202023-2026.pdf">Lokal överenskommelse med föreningslivet 2023–2026 (pdf, 412 kB)</a></li>
    <li><a href="/download/18.3c5e2f1a17e9b8d4c0a1b30/1670934113001/Protokollsutdrag%20KF%202022-11-21%20%C2%A7%20142.pdf">Protokollsutdrag kommunfullmäktige 2022-11-21 § 142 (pdf, 96 kB)</a></li>
    <li><a href="/download/18.3c5e2f1a17e9b8d4c0a1b31/1650288814620/Riktlinjer%20f%C3%B6r%20f%C3%B6reningsbidrag.pdf">Riktlinjer för föreningsbidrag (pdf, 233 kB)</a></li>
  </ul>
  <h3>Relaterade sidor</h3>
  <ul>
    <li><a href="/kultur-och-fritid/foreningar/dialogforum">Dialogforum för föreningslivet</a></li>
    <li><a href="/kultur-och-fritid/foreningar/foreningsbidrag">Föreningsbidrag</a></li>
  </ul>
</section>

<div class="page-meta">
  <p>Sidan uppdaterades: <time datetime="2024-03-05">5 mars 2024</time></p>
  <p>Sidansvarig: Kultur- och fritidsförvaltningen</p>
</div>

<form class="feedback" action="/feedback" method="post">
  <fieldset>
    <legend>Fick du svar på din fråga?</legend>
    <button type="submit" name="answer" value="yes">Ja</button>
    <button type="submit" name="answer" value="no">Nej</button>
  </fieldset>
  <p class="feedback__note">Vi svarar inte på frågor som lämnas här. Vill du ha svar kontaktar du kundcenter.</p>
</form>
</article>
</main>
</div>

<footer class="site-footer">
  <div class="site-footer__cols">
    <div>
      <h2>Ekeslunda kommun</h2>
      <p>Box 200<br>574 80 Ekeslunda</p>
      <p>Besöksadress: Stora torget 3</p>
      <p>Organisationsnummer: 212000-9999</p>
    </div>
    <div>
      <h2>Kontakta oss</h2>
      <p>Kundcenter: 0512-38 50 00<br>
      E-post: <a href="mailto:kommun@ekeslunda.se">kommun@ekeslunda.se</a></p>
      <p>Telefontider: måndag–torsdag 8–16, fredag 8–15</p>
    </div>
    <div>
      <h2>Om webbplatsen</h2>
      <ul>
        <li><a href="/om-webbplatsen/kakor">Kakor</a></li>
        <li><a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li>
        <li><a href="/om-webbplatsen/personuppgifter">Så hanterar vi personuppgifter</a></li>
      </ul>
    </div>
    <div>
      <h2>Följ oss</h2>
      <ul class="social">
        <li><a href="https://www.facebook.com/ekeslundakommun">Facebook</a></li>
        <li><a href="https://www.instagram.com/ekeslundakommun">Instagram</a></li>
        <li><a href="https://www.linkedin.com/company/ekeslunda-kommun">LinkedIn</a></li>
      </ul>
    </div>
  </div>
</footer>

<script src="./Överenskommelse med föreningslivet - Ekeslunda kommun_files/jquery-3.6.0.min.js"></script>
<script src="./Överenskommelse med föreningslivet - Ekeslunda kommun_files/main.4f2a91c.js"></script>
<script>
  (function () {{
    var banner = document.getElementById('cookie-banner');
    if (document.cookie.indexOf('ek_consent=') > -1) {{ banner.hidden = true; }}
    banner.addEventListener('click', function (e) {{
      var v = e.target.getAttribute('data-cookie');
      if (!v) return;
      document.cookie = 'ek_consent=' + v + ';path=/;max-age=31536000';
      banner.hidden = true;
      if (v === 'all') {{ window._paq && window._paq.push(['setConsentGiven']); }}
    }});
  }})();
</script>
<script>
  var _paq = window._paq = window._paq || [];
  _paq.push(['requireConsent']);
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
  (function() {{
    var u="https://statistik.ekeslunda.se/";
    _paq.push(['setTrackerUrl', u+'matomo.php']);
    _paq.push(['setSiteId', '3']);
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
    g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
  }})();
</script>
<script src="./Överenskommelse med föreningslivet - Ekeslunda kommun_files/ReadSpeaker.js" id="rs_req_Init"></script>
</body>
</html>
"""

QUESTIONS = [
    {"id": "q1", "question": "Hur ofta ska kommunen bjuda in föreningarna till dialogforum?", "language": "sv",
     "answerable": True,
     "gold": ["bjuda in föreningslivet till ett gemensamt dialogforum minst två gånger per år"],
     "must_mention": ["minst två gånger per år"]},
    {"id": "q2", "question": "Hur lang tid innan maste kommunen tala om att bidragsreglerna andras?", "language": "sv",
     "answerable": True,
     "gold": ["meddela förändringar i bidragsregler senast sex månader innan de börjar gälla"],
     "must_mention": ["senast sex månader"]},
    {"id": "q3", "question": "If our association's grant application is turned down, does the municipality have to give us the reasons in writing?",
     "language": "en", "answerable": True,
     "gold": ["motivera beslut om avslag på ansökningar om bidrag skriftligt"],
     "must_mention": ["skriftligt"]},
    {"id": "q4", "question": "Who follows up the agreement, and where are the results presented?", "language": "en",
     "answerable": True,
     "gold": ["Kultur- och fritidsförvaltningen ansvarar för att överenskommelsen följs upp varje år och att resultatet redovisas vid höstens dialogforum."],
     "must_mention": ["Kultur- och fritidsförvaltningen", "höstens dialogforum"]},
    {"id": "q5", "question": "Vad behöver vi som förening lämna in till kommunen när vi söker bidrag?", "language": "sv",
     "answerable": True,
     "gold": ["lämna verksamhetsberättelse, ekonomisk redovisning och revisionsberättelse till kommunen i samband med ansökan om bidrag",
              "Föreningarna förbinder sig också att redovisa beviljade bidrag enligt kommunens riktlinjer."],
     "must_mention": ["verksamhetsberättelse", "revisionsberättelse"]},
    {"id": "q6", "question": "Jag är ungdomsledare i en fotbollsklubb. Vad förväntas vi göra för att barnen ska vara trygga?", "language": "sv",
     "answerable": True,
     "gold": ["Föreningarna ansvarar för att verksamheten bedrivs på ett säkert sätt och att ledare som arbetar med barn och unga har visat utdrag ur belastningsregistret.",
              "arbeta förebyggande mot kränkningar, våld och övergrepp och ha rutiner för hur föreningen agerar om något händer"],
     "must_mention": ["belastningsregistret", "kränkningar"]},
    {"id": "q7", "question": "nar beslutades overenskommelsen och hur lange galler den?", "language": "sv",
     "answerable": True,
     "gold": ["Antagen av kommunfullmäktige 21 november 2022, § 142",
              "Överenskommelsen gäller från och med 1 januari 2023 till och med 31 december 2026."],
     "must_mention": ["21 november 2022", "31 december 2026"]},
    {"id": "q8", "question": "Vem kan jag kontakta på kommunen om jag har frågor om överenskommelsen?", "language": "sv",
     "answerable": True,
     "gold": ["Maria Sundin", "Föreningskonsulent, kultur- och fritidsförvaltningen", "Telefon: 0512-38 52 14"],
     "must_mention": ["Maria Sundin", "0512-38 52 14"]},
    {"id": "q9", "question": "Hur mycket pengar delar kommunen ut i föreningsbidrag varje år?", "language": "sv",
     "answerable": False, "gold": [], "must_mention": []},
    {"id": "q10", "question": "kan foreningar fa gratis tider i sporthallen pa helger enligt overenskommelsen?", "language": "sv",
     "answerable": False, "gold": [], "must_mention": []},
]

EXPECTED = {
    "file": FILE,
    "layout": FOLDER,
    "description": (
        "Saved web page (UTF-8 HTML, 'saved from url' comment) of a small kommun's CMS article page: cookie banner "
        "with buttons, skip link, header tools (Lyssna, Languages, Lättläst), search form, main menu, breadcrumbs "
        "ol, side sub-menu, h1 + ingress, print/ReadSpeaker links, a 'Innehåll på sidan' TOC nav with in-page "
        "anchor links (nested list of the seven principles), a fact box <dl> with the decision (KF 21 november 2022, "
        "§ 142, valid 2023–2026, Dnr KS 2022/318). The agreement body is a rich-text block: formal title as a bold "
        "paragraph, Bakgrund / Syfte och parter (description and definition, no commitments), then h2 per principle: "
        "Självständighet och oberoende ('<strong>Ekeslunda kommun åtar sig att:</strong>' and '<strong>Föreningslivet "
        "åtar sig att:</strong>' paragraphs before <ul>s), Dialog (h3 'Kommunen ska' / 'Föreningslivet ska' without colon "
        "before <ul>s, one li wrapped in a <span lang>, then a joint 'Parterna ansvarar gemensamt för …' sentence), "
        "Kvalitet (commitments only as sentences, two per paragraph: 'Kommunen ska …', 'Kommunen kommer också att …', "
        "'Föreningarna ansvarar för …', 'Föreningarna förbinder sig också att …'), Långsiktighet (a Word-pasted "
        "MsoTableGrid with inline styles and <o:p>, header row 'Kommunen åtar sig att | Föreningslivet åtar sig att', "
        "one commitment per cell), Öppenhet och insyn (Word-pasted MsoListParagraphCxSp* paragraphs with Symbol-font "
        "'·' bullets and conditional comments instead of <ul>, after bold 'Kommunen ska:' / 'Föreningslivet ska:' "
        "MsoNormal paragraphs), Mångfald (prose mixing a joint 'Kommunen och föreningslivet ska tillsammans verka för …' "
        "sentence, 'Kommunen kommer att …', 'Föreningarna verkar för …' and 'Kommunen ska även …'), an added seventh "
        "principle Barnrättsperspektiv (plain, non-bold 'Kommunen åtar sig att:' / 'Föreningarna åtar sig att:' "
        "paragraphs before <ul>s), and 'Giltighet och uppföljning' with two commitments without principle (one "
        "by the förvaltning, one joint reference group). Descriptive 'ska' sentences in principle intros ('Föreningarna "
        "ska kunna driva opinion …', 'Dialogen ska vara ömsesidig …') are not commitments. After the article: contact "
        "section, document list (pdf links with sizes), related pages, 'Sidan uppdaterades 5 mars 2024' (not the "
        "decision date), feedback form, footer with address and links, Matomo/cookie/ReadSpeaker scripts, JSON-LD "
        "with dateModified. Empty '&nbsp;' paragraphs left from the paste."
    ),
    "metadata": {
        "doc_id": os.path.splitext(FILE)[0],
        "title": "Lokal överenskommelse mellan Ekeslunda kommun och föreningslivet",
        "place": "Ekeslunda",
        "organisation": "Ekeslunda kommun",
        "kind": "överenskommelse",
        "date": "2022-11-21",
        "body": "kommunfullmäktige",
    },
    "commitments": COMMITMENTS,
    "questions": QUESTIONS,
}


# ---------------------------------------------------------------- self-check
class _T(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style")
        self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def main():
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
        f.write(HTML)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
        f.write("\n")
    t = _T()
    t.feed(HTML)
    text = re.sub(r"\s+", " ", "".join(t.parts)).lower()
    quotes = [x["text"] for x in COMMITMENTS] + [g for q in QUESTIONS for g in q["gold"]]
    missing = [q for q in quotes if re.sub(r"\s+", " ", q).lower() not in text]
    print(f"{len(COMMITMENTS)} commitments, {len(QUESTIONS)} questions, missing: {missing}")


if __name__ == "__main__":
    main()
