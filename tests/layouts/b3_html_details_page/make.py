#!/usr/bin/env python3
"""Generate granviken_overenskommelse_ideburen_sektor.html and expected.json.

Granvikens stad: a saved municipal web page (WordPress-style markup) with
header (logo, search, "In English", "Lyssna"), cookie dialog, mega menu,
breadcrumbs, "Dela sidan" links, footer with contact details and
"Senast uppdaterad 2025-02-03" (not the decision date). The principles are
<details><summary>Principen om …</summary> blocks; inside each, lead-ins as
<p><strong>Staden ska</strong></p> or <h3>Stadsdelsnämnderna åtar sig</h3>
followed by <ul>, plus commitment sentences in paragraphs with the party words
staden / stadsdelsnämnderna / förvaltningarna / föreningslivet / de idéburna
organisationerna / vi gemensamt. Extra principle: jämställdhet. A
"Vanliga frågor" section (also <details>) and a PDF download link.

Run: python3 make.py   (standard library only)
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "granviken_overenskommelse_ideburen_sektor.html"
LAYOUT = "b3_html_details_page"
PUB, CS, JT = "public", "civil_society", "joint"

TITLE = "Överenskommelse om samverkan mellan Granvikens stad och den idéburna sektorn"
DECISION = "Överenskommelsen beslutades av kommunfullmäktige den 22 november 2023."

# Principle blocks. Block kinds:
#   ("p", text, party|None)                    paragraph (party None = not a commitment)
#   ("strong", lead, party, [items])           <p><strong>lead</strong></p><ul>…
#   ("h3", lead, party, [items])               <h3>lead</h3><ul>…   (items may start with "att ")
PRINCIPLES = [
    ("sjalvstandighet_och_oberoende", "Principen om självständighet och oberoende", [
        ("p", "De idéburna organisationerna har rätt att själva bestämma över sin verksamhet, sina "
              "ståndpunkter och hur de organiserar sig. Rollen som röstbärare och opinionsbildare är en "
              "grund för demokratin i Granvik.", None),
        ("strong", "Staden ska", PUB, [
            "respektera föreningarnas rätt att kritisera staden, även när de får bidrag eller ersättning från staden",
            "inte ställa krav på föreningarnas stadgar eller interna beslutsprocesser utöver det som krävs för att få föreningsbidrag",
            "hålla isär rollen som bidragsgivare och rollen som tillsynsmyndighet i kontakterna med föreningarna",
        ]),
        ("p", "Föreningslivet ska tydligt skilja på när en organisation uttalar sig som opinionsbildare och "
              "när den utför uppdrag på stadens vägnar.", CS),
        ("p", "Självständigheten gäller även de organisationer som driver verksamhet genom idéburet "
              "offentligt partnerskap eller efter upphandling.", None),
    ]),
    ("dialog", "Principen om dialog", [
        ("p", "Dialog innebär att staden och föreningslivet möts tidigt, innan frågorna är avgjorda. Under "
              "arbetet med överenskommelsen hölls 14 dialogmöten i stadens fem stadsdelar.", None),
        ("h3", "Stadsdelsnämnderna åtar sig", PUB, [
            "att bjuda in de lokala föreningarna till dialog minst två gånger per år",
            "att skriftligt återkoppla inom sex veckor hur synpunkter från dialogmötena har tagits om hand",
            "att utse en kontaktperson för föreningslivet i varje stadsdel",
        ]),
        ("p", "Förvaltningarna ska involvera berörda idéburna organisationer när riktlinjer och "
              "styrdokument som påverkar dem tas fram.", PUB),
        ("h3", "De idéburna organisationerna åtar sig", CS, [
            "att delta i dialogen med företrädare som har mandat att föra organisationens talan",
            "att sprida information från dialogmötena till sina medlemmar och deltagare",
        ]),
        ("p", "Vi ska gemensamt genomföra ett stadsövergripande dialogforum varje höst, där "
              "överenskommelsen följs upp.", JT),
    ]),
    ("kvalitet", "Principen om kvalitet", [
        ("p", "Kvalitet handlar om att verksamheten svarar mot behoven hos dem den är till för. "
              "Föreningslivets kvalitet bygger ofta på engagemang, delaktighet och förtroende, och kan "
              "inte alltid mätas med samma mått som stadens egen verksamhet.", None),
        ("strong", "Staden ska", PUB, [
            "anpassa kraven på redovisning efter bidragets storlek och verksamhetens art",
            "erbjuda kostnadsfria utbildningar för föreningarnas styrelser i ekonomi, föreningsteknik och ansökningsskrivande",
            "i samråd med föreningarna ta fram enkla och gemensamma mallar för ansökan och återrapportering",
        ]),
        ("strong", "Föreningslivet ska", CS, [
            "följa upp sin verksamhet och redovisa hur bidragen har använts",
            "ta tillvara synpunkter från deltagare och medlemmar i utvecklingen av verksamheten",
        ]),
    ]),
    ("langsiktighet", "Principen om långsiktighet", [
        ("p", "Långsiktiga villkor ger föreningarna möjlighet att planera, behålla ideella och anställda "
              "och utveckla verksamheten över tid.", None),
        ("p", "Staden ska i första hand bevilja verksamhetsbidrag som gäller i tre år till föreningar med "
              "etablerad verksamhet.", PUB),
        ("p", "Förvaltningarna ska meddela förändringar i bidragsreglerna senast sex månader innan de "
              "börjar gälla.", PUB),
        ("h3", "Stadsdelsnämnderna åtar sig", PUB, [
            "att inte minska beviljade lokala föreningsbidrag under pågående bidragsår",
        ]),
        ("p", "De idéburna organisationerna ska planera sin verksamhet så att den inte blir beroende av "
              "ett enskilt projektbidrag.", CS),
        ("p", "Projektbidrag kan fortfarande sökas för nya idéer och tidsbegränsade insatser.", None),
    ]),
    ("oppenhet_och_insyn", "Principen om öppenhet och insyn", [
        ("p", "Öppenhet bygger förtroende, både mellan parterna och hos invånarna. Den som tar emot "
              "skattemedel behöver kunna visa hur pengarna används.", None),
        ("strong", "Staden ska", PUB, [
            "publicera alla beslut om föreningsbidrag på granviken.se med belopp och mottagare",
            "motivera avslag på ansökningar om bidrag skriftligt",
        ]),
        ("strong", "Föreningslivet ska", CS, [
            "lämna verksamhetsberättelse, ekonomisk redovisning och revisionsberättelse när staden begär det",
            "vara öppet med hur organisationen styrs och vem som företräder den",
        ]),
        ("p", "Vi gemensamt ansvarar för att sekretess och tystnadsplikt respekteras när vi delar "
              "information om enskilda.", JT),
    ]),
    ("mangfald", "Principen om mångfald", [
        ("p", "I Granviken bor människor med bakgrund i fler än 140 länder. En mångfald av organisationer "
              "– stora och små, nya och gamla – gör det möjligt för fler att engagera sig.", None),
        ("strong", "Staden ska", PUB, [
            "ge nybildade föreningar stöd och rådgivning under de två första verksamhetsåren",
            "se till att information om bidrag och lokaler finns på lätt svenska, engelska, arabiska, somaliska och finska",
            "upplåta lokaler i skolor och medborgarhus kostnadsfritt för ideell verksamhet för barn och unga",
        ]),
        ("h3", "De idéburna organisationerna åtar sig", CS, [
            "att arbeta för att verksamheten är öppen och tillgänglig för alla oavsett kön, ålder, funktionsförmåga, etnicitet eller religion",
        ]),
    ]),
    ("jamstalldhet", "Principen om jämställdhet", [
        ("p", "Granvikens stad har undertecknat den europeiska deklarationen för jämställdhet på lokal "
              "nivå. Principen lades till efter önskemål från flera kvinno- och idrottsföreningar under "
              "dialogmötena.", None),
        ("p", "Staden ska varje år redovisa hur föreningsbidragen fördelas mellan flickor och pojkar "
              "och mellan kvinnor och män.", PUB),
        ("p", "Föreningslivet ska verka för en jämn könsfördelning i styrelser och bland ledare.", CS),
        ("p", "Vi ska gemensamt ta fram en handlingsplan mot sexuella trakasserier i föreningsverksamhet "
              "senast 2025.", JT),
    ]),
]

FOLLOWUP_COMMIT = ("Kommunstyrelsens förvaltning ska sammanställa en uppföljningsrapport vartannat år "
                   "som redovisas för kommunstyrelsen.")

FAQ = [
    ("Är överenskommelsen ett juridiskt bindande avtal?",
     ["Nej. Överenskommelsen är en avsiktsförklaring och inte ett juridiskt bindande avtal.",
      "Den reglerar inte bidrag eller upphandling."]),
    ("Kan min förening ansluta sig?",
     ["Ja. Alla idéburna organisationer som är verksamma i Granviken kan ansluta sig genom att fylla i "
      "formuläret under Anslut din förening.",
      "Hittills har 167 organisationer anslutit sig."]),
    ("Vad är skillnaden mellan föreningsbidrag och idéburet offentligt partnerskap?",
     ["Föreningsbidrag söks av föreningen för dess egen verksamhet.",
      "Ett idéburet offentligt partnerskap (IOP) är ett avtal där staden och en idéburen organisation "
      "tillsammans finansierar och utvecklar en verksamhet."]),
    ("Vem kontaktar jag om jag har frågor?",
     ["Kontakta samordnaren för civilsamhällesfrågor på kommunstyrelsens förvaltning via "
      "Granvikens kontaktcenter, telefon 0531-45 00 00."]),
]

E = html.escape


def strip_att(s):
    return s[4:] if s.startswith("att ") else s


def render_principle(slug, summary, blocks, idx):
    out = [f'<details class="wp-block-details gv-accordion" id="princip-{idx}">',
           f'  <summary class="gv-accordion__summary">{E(summary)}</summary>',
           '  <div class="gv-accordion__content">']
    for b in blocks:
        if b[0] == "p":
            out.append(f"    <p>{E(b[1])}</p>")
        elif b[0] == "strong":
            out.append(f"    <p><strong>{E(b[1])}</strong></p>")
            out.append('    <ul class="wp-block-list">')
            out += [f"      <li>{E(i)}</li>" for i in b[3]]
            out.append("    </ul>")
        elif b[0] == "h3":
            out.append(f'    <h3 class="wp-block-heading">{E(b[1])}</h3>')
            out.append('    <ul class="wp-block-list">')
            out += [f"      <li>{E(i)}</li>" for i in b[3]]
            out.append("    </ul>")
    out += ["  </div>", "</details>"]
    return "\n".join(out)


def commitments():
    res = []
    for slug, _s, blocks in PRINCIPLES:
        for b in blocks:
            if b[0] == "p" and b[2]:
                res.append({"text": b[1], "principle": slug, "party": b[2]})
            elif b[0] in ("strong", "h3"):
                for i in b[3]:
                    res.append({"text": strip_att(i), "principle": slug, "party": b[2]})
    res.append({"text": FOLLOWUP_COMMIT, "principle": None, "party": PUB})
    return res


MENU = {
    "Omsorg och hjälp": ["Äldreomsorg", "Funktionsnedsättning", "Ekonomiskt bistånd", "Stöd vid våld i nära relationer"],
    "Förskola och skola": ["Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning"],
    "Kultur och fritid": ["Bibliotek", "Idrott och motion", "Föreningsstöd", "Evenemang"],
    "Bygga, bo och miljö": ["Bygglov", "Avfall och återvinning", "Vatten och avlopp"],
    "Trafik och stadsplanering": ["Parkering", "Gator och vägar", "Detaljplaner"],
    "Kommun och politik": ["Kommunfullmäktige", "Nämnder", "Styrdokument", "Samverkan med civilsamhället"],
}


def page():
    mega = []
    for top, subs in MENU.items():
        mega.append('        <li class="menu-item menu-item-has-children">'
                    f'<button class="gv-mega__toggle" aria-expanded="false">{E(top)}</button>'
                    '<div class="gv-mega__panel"><ul class="sub-menu">'
                    + "".join(f'<li class="menu-item"><a href="/{E(s.lower().replace(" ", "-"))}/">{E(s)}</a></li>' for s in subs)
                    + "</ul></div></li>")
    principles = "\n".join(render_principle(s, t, b, i + 1) for i, (s, t, b) in enumerate(PRINCIPLES))
    faq = "\n".join(
        f'<details class="wp-block-details gv-faq">\n  <summary>{E(q)}</summary>\n'
        + "\n".join(f"  <p>{E(a)}</p>" for a in ans) + "\n</details>"
        for q, ans in FAQ)
    return f"""<!DOCTYPE html>
<html lang="sv-SE" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Granviksöverenskommelsen – samverkan med den idéburna sektorn - Granvikens stad</title>
<meta name="description" content="Överenskommelsen mellan Granvikens stad och den idéburna sektorn beskriver hur vi samverkar.">
<link rel="stylesheet" id="gv-theme-css" href="https://granviken.se/wp-content/themes/granviken/dist/main.css?ver=4.2.1" media="all">
<link rel="alternate" hreflang="en" href="https://granviken.se/en/">
<style id="wp-block-details-inline-css">.wp-block-details{{box-sizing:border-box}}.wp-block-details summary{{cursor:pointer}}</style>
<script>document.documentElement.className=document.documentElement.className.replace('no-js','js');</script>
<script async src="https://granviken.se/wp-content/plugins/gv-analytics/matomo.js?ver=1.9"></script>
</head>
<body class="page-template-default page page-id-4812 wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#main">Hoppa till innehållet</a>

<div id="cookie-dialog" class="gv-cookie" role="dialog" aria-modal="true" aria-labelledby="cookie-title">
  <h2 id="cookie-title">Granvikens stad använder kakor</h2>
  <p>Vi använder nödvändiga kakor för att webbplatsen ska fungera. Med ditt samtycke använder vi även kakor för besöksstatistik.</p>
  <p><a href="/om-webbplatsen/kakor/">Läs mer om hur vi använder kakor</a></p>
  <button type="button" class="gv-btn" data-consent="all">Godkänn alla kakor</button>
  <button type="button" class="gv-btn gv-btn--secondary" data-consent="necessary">Endast nödvändiga</button>
</div>

<header id="masthead" class="site-header">
  <div class="site-header__top">
    <ul class="gv-tools">
      <li><a href="/en/" lang="en" hreflang="en">In English</a></li>
      <li><a href="/other-languages/">Other languages</a></li>
      <li><button type="button" class="gv-listen">Lyssna</button></li>
      <li><a href="/kontakt/">Kontakta oss</a></li>
    </ul>
  </div>
  <div class="site-header__main">
    <a class="site-logo" href="/" rel="home"><img src="/wp-content/themes/granviken/img/granviken-logo.svg" alt="Granvikens stad – till startsidan" width="180" height="52"></a>
    <form role="search" method="get" class="search-form" action="/">
      <label for="s" class="screen-reader-text">Sök på granviken.se</label>
      <input type="search" id="s" name="s" placeholder="Vad letar du efter?">
      <button type="submit">Sök</button>
    </form>
    <button class="gv-menu-toggle" aria-controls="primary-menu" aria-expanded="false">Meny</button>
  </div>
  <nav id="site-navigation" class="gv-mega" aria-label="Huvudmeny">
    <ul id="primary-menu" class="menu">
{chr(10).join(mega)}
    </ul>
  </nav>
</header>

<nav class="breadcrumbs" aria-label="Brödsmulor">
  <ol>
    <li><a href="/">Start</a></li>
    <li><a href="/kommun-och-politik/">Kommun och politik</a></li>
    <li><a href="/kommun-och-politik/samverkan-med-civilsamhallet/">Samverkan med civilsamhället</a></li>
    <li aria-current="page">Granviksöverenskommelsen</li>
  </ol>
</nav>

<div class="gv-layout">
<aside class="gv-sidebar" aria-label="Undermeny">
  <h2 class="gv-sidebar__title">Samverkan med civilsamhället</h2>
  <ul>
    <li class="current-menu-item"><a href="#">Granviksöverenskommelsen</a></li>
    <li><a href="/kommun-och-politik/samverkan-med-civilsamhallet/anslut-din-forening/">Anslut din förening</a></li>
    <li><a href="/kommun-och-politik/samverkan-med-civilsamhallet/iop/">Idéburet offentligt partnerskap</a></li>
    <li><a href="/kultur-och-fritid/foreningsstod/">Föreningsstöd</a></li>
  </ul>
</aside>

<main id="main" class="site-main">
<article id="post-4812" class="page type-page status-publish">
<header class="entry-header">
  <h1 class="entry-title">{E(TITLE)}</h1>
</header>
<div class="entry-content">
<p class="gv-ingress">Granviksöverenskommelsen beskriver hur staden och föreningslivet ska samarbeta för att stärka demokratin, välfärden och sammanhållningen i Granviken. Den gäller för åren 2024–2027.</p>

<div class="gv-factbox" role="note">
  <h2 class="gv-factbox__title">Kort om överenskommelsen</h2>
  <p>{E(DECISION)}</p>
  <p>Giltighetstid: 2024–2027</p>
  <p>Diarienummer: KS 2022/1187</p>
</div>

<h2 class="wp-block-heading">Bakgrund</h2>
<p>Arbetet med överenskommelsen började 2022 med en enkät till stadens föreningar. Sammanlagt deltog 212 organisationer i dialogmöten och i remissomgången våren 2023.</p>
<p>Staden fördelar varje år cirka 38 miljoner kronor i föreningsbidrag och ersättningar till idéburna organisationer. Till det kommer lokaler som staden upplåter till reducerad hyra.</p>
<p>Överenskommelsen bygger på den nationella överenskommelsen från 2008 mellan regeringen, idéburna organisationer och Sveriges Kommuner och Landsting och på dess sex principer. Granviken har lagt till en sjunde princip om jämställdhet.</p>

<h2 class="wp-block-heading">Vilka omfattas?</h2>
<p>Med idéburen sektor menas föreningar, stiftelser, trossamfund och andra organisationer som har ett allmännyttigt syfte, är fristående från det offentliga och inte delar ut vinst till ägare.</p>
<p>För stadens del gäller överenskommelsen kommunstyrelsen, de fem stadsdelsnämnderna, kultur- och fritidsnämnden och socialnämnden med deras förvaltningar.</p>

<h2 class="wp-block-heading">Därför behövs en överenskommelse</h2>
<p>Föreningslivet i Granviken engagerar varje år tusentals invånare som ledare, volontärer och medlemmar. Idrottsföreningar, studieförbund, hyresgästföreningar, kvinno- och tjejjourer, församlingar och kulturföreningar gör en stor del av det som håller ihop staden.</p>
<p>I enkäten 2022 svarade nästan hälften av föreningarna att kontakterna med staden var svåra att överblicka. Många upplevde att de fick olika besked från olika förvaltningar, att bidragsreglerna ändrades med kort varsel och att det var oklart vem de skulle vända sig till.</p>
<p>Granviksöverenskommelsen är ett svar på de synpunkterna. Den beskriver vilka roller parterna har, hur vi för dialog och vad vi kan förvänta oss av varandra. Överenskommelsen ersätter inte stadens regler för föreningsbidrag, lokaluthyrning eller upphandling.</p>

<h2 class="wp-block-heading">Så arbetar vi med överenskommelsen</h2>
<p>I varje stadsdel finns en lokal handlingsplan som stadsdelsnämnden och föreningarna har tagit fram tillsammans. Handlingsplanerna beskriver vilka aktiviteter som genomförs under året och vem som ansvarar för dem.</p>
<p>Kommunstyrelsens förvaltning samordnar arbetet och har en samordnare för civilsamhällesfrågor. Samordnaren stödjer förvaltningarna, håller ihop dialogforumet och är föreningarnas ingång till staden i frågor som rör flera nämnder.</p>
<p>På föreningslivets sida har Granvikens föreningsråd, Idrottsalliansen Granviken och Studieförbunden i Granviken utsett var sin kontaktperson för överenskommelsen. Organisationer som inte är medlemmar i någon av dem kan ändå ansluta sig och delta i dialogforumet.</p>

<h3 class="wp-block-heading">Tidslinje</h3>
<ul class="gv-timeline">
  <li>Mars 2022: Enkät till stadens föreningar</li>
  <li>Hösten 2022: Dialogmöten i stadens fem stadsdelar</li>
  <li>April–juni 2023: Remiss av förslaget</li>
  <li>22 november 2023: Beslut i kommunfullmäktige</li>
  <li>1 januari 2024: Överenskommelsen börjar gälla</li>
</ul>

<h3 class="wp-block-heading">Ord och begrepp</h3>
<dl class="gv-glossary">
  <dt>Idéburen organisation</dt>
  <dd>En organisation som drivs av en idé och ett allmännyttigt syfte, inte av vinstintresse.</dd>
  <dt>Föreningsbidrag</dt>
  <dd>Ekonomiskt stöd som en förening söker för sin egen verksamhet enligt stadens bidragsregler.</dd>
  <dt>Idéburet offentligt partnerskap (IOP)</dt>
  <dd>En avtalsform där staden och en idéburen organisation tillsammans finansierar och utvecklar en verksamhet av allmänt intresse.</dd>
  <dt>Stadsdelsnämnd</dt>
  <dd>Politisk nämnd med ansvar för bland annat fritid, kultur och förebyggande arbete i en av stadens fem stadsdelar.</dd>
</dl>

<h2 class="wp-block-heading">Principerna och våra åtaganden</h2>
<p>Klicka på respektive princip för att läsa vad den innebär och vad parterna åtar sig.</p>
<div class="wp-block-group gv-accordion-group">
{principles}
</div>

<h2 class="wp-block-heading">Så följer vi upp överenskommelsen</h2>
<p>Överenskommelsen följs upp varje år vid dialogforumet. {E(FOLLOWUP_COMMIT)}</p>

<div class="wp-block-file gv-download">
  <a href="/wp-content/uploads/2023/12/granviksoverenskommelsen-2024-2027.pdf" class="gv-download__link">Ladda ner Granviksöverenskommelsen 2024–2027 (pdf, 1,2 MB)</a>
  <a href="/wp-content/uploads/2023/12/granviksoverenskommelsen-latt-svenska.pdf" class="gv-download__link">Överenskommelsen på lätt svenska (pdf, 480 kB)</a>
</div>

<h2 class="wp-block-heading">Vanliga frågor</h2>
<div class="wp-block-group gv-faq-group">
{faq}
</div>
</div>

<footer class="entry-footer">
  <p class="gv-updated">Senast uppdaterad 2025-02-03</p>
  <p class="gv-owner">Sidansvarig: Kommunstyrelsens förvaltning</p>
  <div class="gv-share">
    <span>Dela sidan</span>
    <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fgranviken.se%2Fgranviksoverenskommelsen%2F">Facebook</a>
    <a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fgranviken.se%2Fgranviksoverenskommelsen%2F">LinkedIn</a>
    <a href="mailto:?subject=Granviks%C3%B6verenskommelsen">E-post</a>
    <button type="button" class="gv-print" onclick="window.print()">Skriv ut</button>
  </div>
  <form class="gv-feedback" action="/wp-admin/admin-ajax.php" method="post">
    <p>Fick du svar på din fråga?</p>
    <button name="helpful" value="yes">Ja</button> <button name="helpful" value="no">Nej</button>
  </form>
</footer>
</article>
</main>
</div>

<footer id="colophon" class="site-footer">
  <div class="site-footer__col">
    <h2>Granvikens stad</h2>
    <p>Stadshuset, Torggatan 1<br>455 80 Granviken</p>
    <p>Telefon: <a href="tel:+4653145000">0531-45 00 00</a><br>E-post: <a href="mailto:kontaktcenter@granviken.se">kontaktcenter@granviken.se</a></p>
    <p>Organisationsnummer: 212000-9999</p>
  </div>
  <div class="site-footer__col">
    <h2>Öppettider kontaktcenter</h2>
    <p>Måndag–torsdag 8.00–17.00<br>Fredag 8.00–16.00</p>
  </div>
  <div class="site-footer__col">
    <h2>Om webbplatsen</h2>
    <ul>
      <li><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>
      <li><a href="/om-webbplatsen/kakor/">Kakor</a></li>
      <li><a href="/om-webbplatsen/personuppgifter/">Så hanterar vi personuppgifter</a></li>
    </ul>
  </div>
  <p class="site-footer__copy">© Granvikens stad</p>
</footer>
<script src="https://granviken.se/wp-content/themes/granviken/dist/main.js?ver=4.2.1"></script>
<script>
document.querySelectorAll('[data-consent]').forEach(function(b){{b.addEventListener('click',function(){{document.cookie='gv_consent='+b.dataset.consent+';path=/;max-age=31536000';document.getElementById('cookie-dialog').hidden=true;}});}});
</script>
</body>
</html>
"""


def P(name):
    for s, t, b in PRINCIPLES:
        if s == name:
            return b
    raise KeyError(name)


def items(slug, lead):
    for b in P(slug):
        if b[0] in ("strong", "h3") and b[1] == lead:
            return [strip_att(i) for i in b[3]]
    raise KeyError(lead)


def questions():
    L = LAYOUT
    q = []

    def add(question, lang, gold, mm):
        q.append({"id": f"{L}-q{len(q) + 1}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": mm})

    add("Vad åtar sig stadsdelsnämnderna när det gäller dialog med föreningarna?", "sv",
        items("dialog", "Stadsdelsnämnderna åtar sig"),
        ["två gånger per år", "inom sex veckor", "kontaktperson"])
    add("nar beslutades granviksoverenskommelsen och av vem", "sv",
        [DECISION], ["kommunfullmäktige", "22 november 2023"])
    add("What does the city promise about long-term funding for associations?", "en",
        [P("langsiktighet")[1][1], P("langsiktighet")[2][1], items("langsiktighet", "Stadsdelsnämnderna åtar sig")[0]],
        ["tre år", "sex månader", "pågående bidragsår"])
    add("Är överenskommelsen juridiskt bindande?", "sv",
        [FAQ[0][1][0].split(" ", 1)[1]], ["inte ett juridiskt bindande avtal"])
    add("hur mycket pengar far foreningarna fran staden varje ar", "sv",
        ["Staden fördelar varje år cirka 38 miljoner kronor i föreningsbidrag och ersättningar till idéburna organisationer."],
        ["38 miljoner kronor"])
    add("What do associations have to do regarding openness and transparency?", "en",
        items("oppenhet_och_insyn", "Föreningslivet ska"),
        ["revisionsberättelse", "vem som företräder den"])
    add("Hur gör vår förening för att ansluta sig till överenskommelsen?", "sv",
        [FAQ[1][1][0].split(" ", 1)[1]], ["fylla i formuläret"])
    add("vilka ataganden finns om jamstalldhet", "sv",
        [b[1] for b in P("jamstalldhet") if b[0] == "p" and b[2]],
        ["fördelas mellan flickor och pojkar", "jämn könsfördelning", "handlingsplan mot sexuella trakasserier"])
    add("Hur många ledamöter sitter i Granvikens samverkansråd för civilsamhället?", "sv", [], [])
    add("When is the application deadline for föreningsbidrag in Granviken for 2025?", "en", [], [])
    return q


def main():
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
        f.write(page())
    exp = {
        "file": FILE,
        "layout": LAYOUT,
        "description": (
            "Saved WordPress-style municipal web page (Granvikens stad): cookie dialog, header with logo, "
            "search, 'In English' and 'Lyssna', mega menu, breadcrumbs, side menu, fact box with the decision "
            "sentence, 'Senast uppdaterad 2025-02-03' (not the decision date), 'Dela sidan' links, feedback "
            "form, footer with contact details, scripts. Seven principles as <details><summary>Principen om …"
            "</summary> blocks with <p><strong>Staden ska</strong></p> or <h3>Stadsdelsnämnderna åtar sig</h3> "
            "lead-ins (no colon) before <ul> lists ('att …' items under h3), plus commitment sentences in "
            "paragraphs ('Förvaltningarna ska', 'Föreningslivet ska', 'Vi ska gemensamt', 'Vi gemensamt "
            "ansvarar för'); extra principle Jämställdhet; one commitment in the follow-up section; "
            "'Vanliga frågor' also as <details>; PDF download links."),
        "metadata": {
            "doc_id": "granviken",
            "title": TITLE,
            "place": "Granviken",
            "organisation": "Granvikens stad",
            "kind": "överenskommelse",
            "date": "2023-11-22",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {FILE}: {len(exp['commitments'])} commitments, {len(exp['questions'])} questions")


if __name__ == "__main__":
    main()
