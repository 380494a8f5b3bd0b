#!/usr/bin/env python3
"""Generate skarvinge_overenskommelse.html and expected.json (deterministic, stdlib only).

Fictional saved web page of "Skärvinge stad": header navigation, breadcrumbs,
cookie consent dialog, tab widget (Om överenskommelsen / Principer och åtaganden /
Uppföljning / Dokument), "Relaterade sidor" sidebar, footer, scripts and styles.
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "skarvinge_overenskommelse.html"
TITLE = "Överenskommelse mellan Skärvinge stad och civilsamhällets organisationer"

STADEN = ("public", "Staden åtar sig")
CIV = ("civil_society", "Civilsamhällets organisationer åtar sig")
GEM = ("joint", "Gemensamma åtaganden")

# style: "h3"  -> <h3> labels, list items start with "att "
#        "strong" -> <p><strong>… åtar sig att:</strong></p> labels, items without "att"
#        "table" -> one table, columns = parties, header row
PRINCIPLES = [
    {
        "id": "sjalvstandighet_och_oberoende",
        "name": "Självständighet och oberoende",
        "style": "h3",
        "intro": [
            "Civilsamhällets organisationer har rätt att själva formulera sina mål, välja arbetsmetoder "
            "och driva opinion. Organisationernas självständighet gäller även när de får ekonomiskt stöd från staden.",
        ],
        "groups": [
            (STADEN, [
                "att respektera organisationernas rätt att granska och kritisera staden utan att det påverkar "
                "deras möjligheter till bidrag eller samarbete.",
                "att inte ställa krav i bidragsvillkor som styr organisationernas interna arbete, stadgar eller "
                "val av företrädare.",
                "att tydligt skilja mellan föreningsbidrag och ersättning för tjänster som staden beställer.",
            ]),
            (CIV, [
                "att själva ansvara för sin verksamhet, sina beslut och sina prioriteringar.",
                "att tydligt informera när de agerar som utförare på uppdrag av staden och när de agerar som egen röst.",
            ]),
            (GEM, [
                "att ta upp frågor om självständighet och oberoende vid det årliga dialogforumet.",
            ]),
        ],
    },
    {
        "id": "dialog",
        "name": "Dialog",
        "style": "strong",
        "intro": [
            "Dialog innebär att parterna lyssnar på varandra och att civilsamhällets erfarenheter tas till vara "
            "tidigt, innan beslut fattas.",
        ],
        "groups": [
            (STADEN, [
                "bjuda in civilsamhällets organisationer till dialog i ett tidigt skede när staden planerar "
                "förändringar som berör dem.",
                "ge återkoppling på hur synpunkter från organisationerna har påverkat stadens beslut.",
                "utse en kontaktperson för civilsamhällesfrågor i varje förvaltning.",
            ]),
            (CIV, [
                "delta i dialog utifrån sina erfarenheter och föra fram synpunkter från sina medlemmar och målgrupper.",
                "sprida information om dialogmöten inom sina nätverk.",
            ]),
            (GEM, [
                "genomföra ett dialogforum minst en gång per år där överenskommelsens tillämpning diskuteras.",
                "göra dialogen tillgänglig genom att erbjuda möten både dagtid och kvällstid.",
            ]),
        ],
    },
    {
        "id": "kvalitet",
        "name": "Kvalitet",
        "style": "h3",
        "intro": [
            "Kvalitet handlar om att verksamheten håller hög nivå och möter människors behov. Civilsamhället "
            "bidrar med egna metoder och kunskaper som kompletterar stadens verksamhet.",
        ],
        "groups": [
            (STADEN, [
                "att ta till vara organisationernas kunskap när staden utvecklar sina verksamheter.",
                "att erbjuda utbildning för föreningars styrelser i bland annat ekonomi, föreningsteknik och "
                "bidragsansökningar.",
                "att ställa rimliga krav på dokumentation som står i proportion till bidragets storlek.",
            ]),
            (CIV, [
                "att bedriva sin verksamhet med god kvalitet utifrån sina egna mål och värderingar.",
                "att följa lagar, regler och villkor som gäller för bidrag och uppdrag från staden.",
                "att verka för att ledare och volontärer får den introduktion och utbildning de behöver.",
            ]),
            (GEM, [
                "att utveckla gemensamma former för att följa upp och lära av samarbeten.",
            ]),
        ],
    },
    {
        "id": "langsiktighet",
        "name": "Långsiktighet",
        "style": "table",
        "intro": [
            "Långsiktighet är en förutsättning för att organisationerna ska kunna planera, behålla engagerade "
            "medlemmar och utveckla sin verksamhet över tid.",
        ],
        "groups": [
            (("public", "Staden åtar sig att"), [
                "erbjuda fleråriga verksamhetsbidrag, som längst tre år, till organisationer med stabil verksamhet",
                "lämna besked om bidrag senast den 15 december året före bidragsåret",
                "ge organisationerna skäligt varsel, minst sex månader, om staden förändrar eller avslutar ett "
                "långsiktigt stöd",
            ]),
            (("civil_society", "Civilsamhällets organisationer åtar sig att"), [
                "planera sin verksamhet så att den inte är beroende av enskilda personer",
                "i god tid informera staden om förändringar som påverkar en överenskommen verksamhet",
            ]),
            (("joint", "Gemensamt åtar sig parterna att"), [
                "pröva idéburet offentligt partnerskap (IOP) när det finns behov av långsiktig samverkan kring "
                "en verksamhet",
            ]),
        ],
    },
    {
        "id": "oppenhet_och_insyn",
        "name": "Öppenhet och insyn",
        "style": "strong",
        "intro": [
            "Öppenhet och insyn skapar förtroende mellan parterna och gentemot invånarna.",
        ],
        "groups": [
            (STADEN, [
                "publicera information om bidrag, regler och ansökningstider samlat på stadens webbplats.",
                "redovisa vilka organisationer som har fått bidrag och med vilka belopp.",
                "motivera sina beslut när en ansökan om bidrag avslås.",
            ]),
            (CIV, [
                "redovisa hur bidrag och ersättningar från staden har använts.",
                "hålla stadgar, styrelsesammansättning och årsredovisning tillgängliga för den som begär det.",
                "informera staden om de får kännedom om oegentligheter i en verksamhet som staden finansierar.",
            ]),
            (GEM, [
                "vara öppna med sina utgångspunkter och intressen när de samverkar.",
            ]),
        ],
    },
    {
        "id": "mangfald",
        "name": "Mångfald",
        "style": "h3",
        "intro": [
            "Skärvinge är en stad med invånare från fler än 90 länder. Ett levande civilsamhälle med många "
            "olika röster stärker demokratin.",
        ],
        "groups": [
            (STADEN, [
                "att ge stöd till både stora och små organisationer, även nybildade föreningar och informella nätverk.",
                "att erbjuda information om bidrag och dialogmöten på lättläst svenska och på de vanligaste "
                "språken i staden.",
                "att arbeta för att stadens lokaler för föreningsverksamhet är tillgängliga för personer med "
                "funktionsnedsättning.",
            ]),
            (CIV, [
                "att vara öppna för nya medlemmar oavsett kön, ålder, etnisk bakgrund, religion, sexuell "
                "läggning eller funktionsförmåga.",
                "att arbeta för att styrelser och ledare speglar de grupper som organisationen finns till för.",
            ]),
            (GEM, [
                "att uppmärksamma och motverka diskriminering i de verksamheter som parterna bedriver.",
                "att sprida goda exempel på samverkan mellan olika delar av civilsamhället.",
            ]),
        ],
        "outro": [
            "Föreningar som vill arrangera aktiviteter för nyanlända kan söka integrationsbidrag två gånger per år.",
        ],
    },
]

FOLLOWUP = [
    "följa upp överenskommelsen varje år genom en enkät till de anslutna organisationerna och en redovisning "
    "vid dialogforumet.",
    "utse en gemensam styrgrupp med lika många representanter från staden och civilsamhället.",
    "revidera överenskommelsen innan den löper ut 2025.",
]
FOLLOWUP_PUBLIC = "Kultur- och fritidsnämnden ansvarar för att samordna uppföljningen inom staden."

DEFINITION = ("Med civilsamhällets organisationer menar vi föreningar, stiftelser, trossamfund, kooperativ och "
              "nätverk som är fristående från stat och kommun och som inte har vinst som huvudsyfte.")
DECISION = "Beslutad i kommunfullmäktige 2021-06-14"
VALIDITY = "Överenskommelsen gäller från den 1 juli 2021 till och med den 30 juni 2025."
UPDATED = ("Senast uppdaterad:", "2023-02-08", "8 februari 2023")

e = html.escape


def strip_att(s):
    return s[4:] if s.startswith("att ") else s


def principle_html(p, idx):
    out = [f'<section class="principle" id="princip-{idx}" aria-labelledby="rubrik-{idx}">',
           f'  <h2 id="rubrik-{idx}">{e(p["name"])}</h2>']
    for para in p["intro"]:
        out.append(f"  <p>{e(para)}</p>")
    if p["style"] == "table":
        groups = p["groups"]
        out.append('  <div class="table-wrapper" tabindex="0">')
        out.append('  <table class="commitments-table">')
        out.append(f'    <caption>Åtaganden inom principen {e(p["name"].lower())}</caption>')
        out.append("    <thead><tr>" + "".join(f'<th scope="col">{e(lbl)}</th>' for (_, lbl), _ in groups)
                   + "</tr></thead>")
        out.append("    <tbody>")
        rows = max(len(items) for _, items in groups)
        for r in range(rows):
            cells = []
            for _, items in groups:
                cells.append(f"<td>{e(items[r])}</td>" if r < len(items) else "<td></td>")
            out.append("      <tr>" + "".join(cells) + "</tr>")
        out.append("    </tbody>")
        out.append("  </table>")
        out.append("  </div>")
    else:
        for (party, label), items in p["groups"]:
            if p["style"] == "h3":
                out.append(f"  <h3>{e(label)}</h3>")
            else:
                lbl = label + " att:" if party != "joint" else "Gemensamt åtar sig parterna att:"
                out.append(f'  <p class="label"><strong>{e(lbl)}</strong></p>')
            out.append("  <ul>")
            for it in items:
                out.append(f"    <li>{e(it)}</li>")
            out.append("  </ul>")
    for para in p.get("outro", []):
        out.append(f'  <p class="info-box">{e(para)}</p>')
    out.append("</section>")
    return "\n".join(out)


CSS = """
:root{--brand:#0b5563;--accent:#f2a541;--text:#1d1d1b}
body{font-family:"Source Sans Pro",Arial,sans-serif;color:var(--text);margin:0}
.skip-link{position:absolute;left:-9999px}.skip-link:focus{left:1rem;top:1rem}
.site-header{background:var(--brand);color:#fff}.site-header a{color:#fff}
.tabs [role=tab][aria-selected=true]{border-bottom:3px solid var(--accent)}
.tabpanel[hidden]{display:none}
.commitments-table{border-collapse:collapse;width:100%}
.commitments-table th,.commitments-table td{border:1px solid #ccc;padding:.5rem;vertical-align:top}
.cookie-dialog{position:fixed;bottom:0;left:0;right:0;background:#fff;box-shadow:0 -2px 8px rgba(0,0,0,.2)}
"""

JS_HEAD = """
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('consent', 'default', {'analytics_storage': 'denied'});
"""

JS_TABS = """
(function () {
  var tabs = document.querySelectorAll('[role="tab"]');
  tabs.forEach(function (tab) {
    tab.addEventListener('click', function () {
      tabs.forEach(function (t) {
        t.setAttribute('aria-selected', 'false');
        document.getElementById(t.getAttribute('aria-controls')).hidden = true;
      });
      tab.setAttribute('aria-selected', 'true');
      document.getElementById(tab.getAttribute('aria-controls')).hidden = false;
    });
  });
  var c = document.getElementById('cookie-dialog');
  if (document.cookie.indexOf('cookieconsent=') !== -1) { c.hidden = true; }
  c.querySelectorAll('button').forEach(function (b) {
    b.addEventListener('click', function () {
      document.cookie = 'cookieconsent=' + b.dataset.consent + ';path=/;max-age=31536000';
      c.hidden = true;
    });
  });
})();
"""


def build_html():
    principles = "\n".join(principle_html(p, i + 1) for i, p in enumerate(PRINCIPLES))
    toc = "\n".join(f'        <li><a href="#princip-{i + 1}">{e(p["name"])}</a></li>'
                    for i, p in enumerate(PRINCIPLES))
    followup = "\n".join(f"      <li>{e(x)}</li>" for x in FOLLOWUP)
    return f"""<!DOCTYPE html>
<html lang="sv">
<!-- saved from url=(0089)https://www.skarvinge.se/kultur-och-fritid/foreningar/overenskommelse-med-civilsamhallet -->
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Överenskommelse med civilsamhället - Skärvinge stad</title>
<meta name="description" content="Skärvinge stad och civilsamhällets organisationer har en gemensam överenskommelse om samverkan.">
<meta property="og:title" content="Överenskommelse med civilsamhället">
<link rel="stylesheet" href="./Överenskommelse med civilsamhället - Skärvinge stad_files/main.css">
<style>{CSS}</style>
<script>{JS_HEAD}</script>
<script async src="./Överenskommelse med civilsamhället - Skärvinge stad_files/analytics.js"></script>
</head>
<body class="page-article">
<a class="skip-link" href="#main">Gå direkt till innehållet</a>

<div class="cookie-dialog" id="cookie-dialog" role="dialog" aria-modal="true" aria-labelledby="cookie-title">
  <h2 id="cookie-title">Kakor på skarvinge.se</h2>
  <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. Du väljer själv om du godkänner kakor för statistik.</p>
  <p><a href="/om-webbplatsen/kakor">Läs mer om hur vi använder kakor</a></p>
  <div class="cookie-buttons">
    <button type="button" data-consent="all">Godkänn alla kakor</button>
    <button type="button" data-consent="necessary">Endast nödvändiga kakor</button>
  </div>
</div>

<header class="site-header">
  <div class="header-top">
    <a class="logo" href="/"><img src="./Överenskommelse med civilsamhället - Skärvinge stad_files/logo.svg" alt="Skärvinge stad, till startsidan"></a>
    <ul class="header-tools">
      <li><a href="/lyssna">Lyssna</a></li>
      <li><a href="/languages">Languages</a></li>
      <li><a href="/lattlast">Lättläst</a></li>
      <li><a href="/e-tjanster">E-tjänster</a></li>
    </ul>
    <form class="search" role="search" action="/sok"><label for="q">Sök på webbplatsen</label><input id="q" name="q" type="search"><button type="submit">Sök</button></form>
  </div>
  <nav class="main-nav" aria-label="Huvudmeny">
    <ul>
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/trafik-och-stadsplanering">Trafik och stadsplanering</a></li>
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
    <li aria-current="page">Överenskommelse med civilsamhället</li>
  </ol>
</nav>

<div class="page-wrapper">
<main id="main">
  <article class="article">
    <h1>{e(TITLE)}</h1>
    <p class="lead">Skärvinge stad och civilsamhällets organisationer har tagit fram en gemensam överenskommelse. Den beskriver hur vi ska samverka för att stärka demokratin och utveckla staden.</p>
    <div class="share-tools"><button type="button" onclick="window.print()">Skriv ut</button><a href="#" class="share">Dela sidan</a></div>

    <div class="tabs">
      <ul role="tablist" aria-label="Överenskommelsen">
        <li><button role="tab" id="tab-1" aria-controls="panel-1" aria-selected="true">Om överenskommelsen</button></li>
        <li><button role="tab" id="tab-2" aria-controls="panel-2" aria-selected="false">Principer och åtaganden</button></li>
        <li><button role="tab" id="tab-3" aria-controls="panel-3" aria-selected="false">Uppföljning</button></li>
        <li><button role="tab" id="tab-4" aria-controls="panel-4" aria-selected="false">Dokument</button></li>
      </ul>

      <div class="tabpanel" role="tabpanel" id="panel-1" aria-labelledby="tab-1">
        <h2>Om överenskommelsen</h2>
        <p>Överenskommelsen har tagits fram i dialog mellan staden och ett fyrtiotal föreningar, stiftelser och trossamfund under 2020 och 2021. Den bygger på de nationella principerna för samverkan mellan regeringen och det civila samhället.</p>
        <p class="decision">{e(DECISION)}</p>
        <p>{e(VALIDITY)}</p>
        <h3>Vad menar vi med civilsamhället?</h3>
        <p>{e(DEFINITION)} I överenskommelsen används begreppet idéburen sektor med samma betydelse.</p>
        <p>Alla organisationer som är verksamma i Skärvinge kan ansluta sig till överenskommelsen genom att skicka in en anslutningsblankett till föreningsenheten.</p>
      </div>

      <div class="tabpanel" role="tabpanel" id="panel-2" aria-labelledby="tab-2" hidden>
        <p>Överenskommelsen bygger på sex principer. Under varje princip beskrivs vad staden åtar sig, vad civilsamhällets organisationer åtar sig och vad parterna gör tillsammans.</p>
        <nav class="toc" aria-label="Principer">
      <ul>
{toc}
      </ul>
        </nav>
{principles}
      </div>

      <div class="tabpanel" role="tabpanel" id="panel-3" aria-labelledby="tab-3" hidden>
        <h2>Uppföljning</h2>
        <p>Överenskommelsen är ett levande dokument som ska utvecklas över tid.</p>
        <p><strong>Parterna åtar sig att gemensamt:</strong></p>
        <ul>
{followup}
        </ul>
        <p>{e(FOLLOWUP_PUBLIC)}</p>
      </div>

      <div class="tabpanel" role="tabpanel" id="panel-4" aria-labelledby="tab-4" hidden>
        <h2>Dokument</h2>
        <ul class="documents">
          <li><a href="/download/18.4f1e/overenskommelse-civilsamhallet.pdf">Överenskommelse med civilsamhället (pdf, 412 kB)</a></li>
          <li><a href="/download/18.4f1f/anslutningsblankett.docx">Anslutningsblankett (docx, 38 kB)</a></li>
          <li><a href="/download/18.4f20/overenskommelse-lattlast.pdf">Överenskommelsen på lättläst svenska (pdf, 220 kB)</a></li>
        </ul>
      </div>
    </div>

    <footer class="article-footer">
      <p class="updated"><span>{UPDATED[0]}</span> <time datetime="{UPDATED[1]}">{UPDATED[2]}</time></p>
      <p class="responsible">Sidansvarig: Kultur- och fritidsförvaltningen</p>
      <form class="feedback"><fieldset><legend>Hittade du den information du sökte?</legend>
        <button type="button">Ja</button> <button type="button">Nej</button></fieldset></form>
    </footer>
  </article>
</main>

<aside class="sidebar" aria-labelledby="related-title">
  <h2 id="related-title">Relaterade sidor</h2>
  <ul>
    <li><a href="/kultur-och-fritid/foreningar/foreningsbidrag">Föreningsbidrag</a></li>
    <li><a href="/kultur-och-fritid/foreningar/boka-lokal">Boka lokal</a></li>
    <li><a href="/kultur-och-fritid/foreningar/foreningsregistret">Föreningsregistret</a></li>
    <li><a href="/kultur-och-fritid/foreningar/iop">Idéburet offentligt partnerskap</a></li>
    <li><a href="/kultur-och-fritid/foreningar/dialogforum">Dialogforum</a></li>
  </ul>
  <div class="contact-box">
    <h2>Kontakt</h2>
    <p>Föreningsenheten</p>
    <p>Telefon: 0462-53 10 00</p>
    <p><a href="mailto:foreningar@skarvinge.se">foreningar@skarvinge.se</a></p>
  </div>
</aside>
</div>

<footer class="site-footer">
  <div class="footer-col">
    <h2>Skärvinge stad</h2>
    <p>Stadshusgatan 4</p>
    <p>651 80 Skärvinge</p>
    <p>Växel: 0462-53 00 00</p>
    <p><a href="mailto:kontakt@skarvinge.se">kontakt@skarvinge.se</a></p>
    <p>Organisationsnummer: 212000-9999</p>
  </div>
  <div class="footer-col">
    <h2>Genvägar</h2>
    <ul>
      <li><a href="/kontakta-oss">Kontakta oss</a></li>
      <li><a href="/lediga-jobb">Lediga jobb</a></li>
      <li><a href="/press">Press</a></li>
      <li><a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li>
      <li><a href="/om-webbplatsen/personuppgifter">Så hanterar vi personuppgifter</a></li>
    </ul>
  </div>
  <div class="footer-col social">
    <h2>Följ oss</h2>
    <ul>
      <li><a href="https://www.facebook.com/skarvingestad">Facebook</a></li>
      <li><a href="https://www.instagram.com/skarvingestad">Instagram</a></li>
      <li><a href="https://www.linkedin.com/company/skarvinge-stad">LinkedIn</a></li>
      <li><a href="https://www.youtube.com/@skarvingestad">YouTube</a></li>
    </ul>
  </div>
  <p class="copyright">© Skärvinge stad 2023</p>
</footer>
<script>{JS_TABS}</script>
<script src="./Överenskommelse med civilsamhället - Skärvinge stad_files/readspeaker.js"></script>
</body>
</html>
"""


def commitments():
    out = []
    for p in PRINCIPLES:
        for (party, _), items in p["groups"]:
            for it in items:
                out.append({"text": strip_att(it), "principle": p["id"], "party": party})
    for it in FOLLOWUP:
        out.append({"text": it, "principle": None, "party": "joint"})
    out.append({"text": FOLLOWUP_PUBLIC, "principle": None, "party": "public"})
    return out


def items(pid, party):
    for p in PRINCIPLES:
        if p["id"] == pid:
            for (pa, _), its in p["groups"]:
                if pa == party:
                    return [strip_att(x) for x in its]
    raise KeyError((pid, party))


def questions():
    q = []

    def add(question, lang, gold, must):
        q.append({"id": f"q{len(q) + 1:02d}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": must})

    add("Vad åtar sig staden under principen om dialog?", "sv",
        items("dialog", "public"), ["tidigt skede", "återkoppling", "kontaktperson"])
    add("nar beslutades overenskommelsen och av vem?", "sv",
        [DECISION], ["2021-06-14", "kommunfullmäktige"])
    add("What do the civil society organisations commit to under the quality principle?", "en",
        items("kvalitet", "civil_society"), ["god kvalitet", "lagar, regler och villkor", "introduktion och utbildning"])
    add("När uppdaterades sidan senast?", "sv",
        [f"{UPDATED[0]} {UPDATED[2]}"], ["8 februari 2023"])
    add("hur tidigt far vi besked om bidraget for nasta ar?", "sv",
        ["lämna besked om bidrag senast den 15 december året före bidragsåret"], ["15 december"])
    add("Måste vår förening redovisa hur vi har använt pengarna vi fått från staden?", "sv",
        ["redovisa hur bidrag och ersättningar från staden har använts."], ["redovisa"])
    add("Vad menas med civilsamhällets organisationer i överenskommelsen?", "sv",
        [DEFINITION], ["föreningar", "stiftelser", "trossamfund", "inte har vinst som huvudsyfte"])
    add("Vilka gemensamma åtaganden finns under principen om mångfald?", "sv",
        items("mangfald", "joint"), ["diskriminering", "goda exempel"])
    add("hur mycket far en forening i bidrag per medlem?", "sv", [], [])
    add("Who signed the agreement on behalf of the civil society organisations?", "en", [], [])
    return q


def main():
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write(build_html())
    exp = {
        "file": FILE,
        "layout": os.path.basename(HERE),
        "description": "Saved web page of a fictional 'stad' with cookie dialog, nav, breadcrumbs, tab widget "
                       "(hidden tab panels), h2 per principle with h3 or <strong> party labels and <ul> lists, "
                       "one principle as a party-column table, follow-up tab with joint commitments, "
                       "'Relaterade sidor' sidebar, footer, scripts and styles.",
        "metadata": {
            "doc_id": "skarvinge",
            "title": TITLE,
            "place": "Skärvinge",
            "organisation": "Skärvinge stad",
            "kind": "överenskommelse",
            "date": "2021-06-14",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
