#!/usr/bin/env python3
"""Generate alvsby_overenskommelse.html and expected.json.

Layout: a saved municipal web page: cookie banner, skip link, top and main
<nav> menus, breadcrumbs, a sidebar with "Relaterade sidor" and contact box,
footer with address and social links, CSS in <style>, inline scripts
(analytics, cookie consent, JSON-LD). The <article> holds the agreement with
<h1>/<h2>/<h3>, <ul><li> commitments and a <table> for one principle.

Run:  python3 make.py   (standard library only)
"""
import json
import os
import re
from html import escape
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "alvsby_overenskommelse.html"

TITLE = "Överenskommelse om samverkan mellan Ålvsby kommun och civilsamhället"
DECISION = "Antagen av kommunstyrelsen 2019-09-10, § 112."
CONTACT = ("Har du frågor om överenskommelsen är du välkommen att kontakta föreningsenheten på "
           "kultur- och fritidsförvaltningen, telefon 0987-654 00.")

LEADS = {"public": "Kommunen åtar sig att:",
         "civil_society": "Civilsamhället åtar sig att:",
         "joint": "Tillsammans åtar vi oss att:"}

# principle heading, id, intro, {party: items}
PRINCIPLES = [
    ("Självständighet och oberoende", "sjalvstandighet_och_oberoende",
     "Föreningarnas självständighet är en grundförutsättning för ett levande civilsamhälle, även när föreningarna får stöd från kommunen.",
     {"public": ["respektera föreningarnas självständighet och rätt att granska och kritisera kommunen"],
      "civil_society": ["vara tydliga med vilken roll organisationen har i olika sammanhang"]}),
    ("Dialog", "dialog",
     "Dialog mellan kommunen och civilsamhället ger bättre beslut och ökar förståelsen för varandras villkor.",
     {"public": ["bjuda in till ett dialogmöte med civilsamhället minst två gånger per år",
                 "ge civilsamhället möjlighet att lämna synpunkter på kommunens budget innan den beslutas"],
      "civil_society": ["delta i dialogmöten och föra fram synpunkter från sina medlemmar"]}),
    ("Kvalitet", "kvalitet",
     "Kvalitet handlar om att verksamheten gör skillnad för de människor den är till för.",
     {"public": ["erbjuda föreningarna kostnadsfri rådgivning om bidrag, lokaler och föreningsadministration"],
      "civil_society": ["följa upp sin verksamhet och redovisa resultat när kommunen bidrar med medel",
                        "erbjuda sina ledare utbildning i barnsäkerhet och ledarskap"]}),
    ("Långsiktighet", "langsiktighet",
     "Goda och stabila villkor gör det lättare för föreningarna att planera och att hitta nya ledare.",
     {"public": ["teckna avtal om verksamhetsstöd för minst två år i taget när det är möjligt"],
      "joint": ["utvärdera samverkan vart annat år"]}),
    ("Öppenhet och insyn", "oppenhet_och_insyn",
     "Öppenhet skapar förtroende. Både kommunen och föreningarna hanterar gemensamma resurser.",
     {"public": ["publicera minnesanteckningar från dialogmötena på kommunens webbplats"],
      "civil_society": ["lämna verksamhetsberättelse och revisionsberättelse efter avslutat verksamhetsår"]}),
]
# Mångfald is presented as a table: Part | Åtagande
MANGFALD = [
    ("Kommunen", "public", "Ge stöd till nya föreningar och till föreningar som organiserar grupper som sällan hörs i samhällsdebatten."),
    ("Civilsamhället", "civil_society", "Arbeta för att verksamheterna är öppna för alla invånare oavsett bakgrund."),
    ("Gemensamt", "joint", "Uppmärksamma den ideella insatsen, bland annat genom den årliga Föreningsgalan."),
]

CSS = """
:root{--green:#00594f;--light:#e8f1ef;--text:#1d1d1b}
*{box-sizing:border-box}
body{margin:0;font-family:"Source Sans Pro",Arial,sans-serif;color:var(--text);line-height:1.55;background:#fff}
a{color:var(--green)}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
.topbar{background:#003d36;color:#fff;font-size:.85rem}
.topbar ul{display:flex;gap:1.5rem;list-style:none;margin:0 auto;max-width:1160px;padding:.4rem 1rem;justify-content:flex-end}
.topbar a{color:#fff;text-decoration:none}
header.site{border-bottom:4px solid var(--green)}
.site-inner{max-width:1160px;margin:0 auto;padding:1rem;display:flex;align-items:center;justify-content:space-between}
.logo{font-weight:700;font-size:1.6rem;color:var(--green);text-decoration:none}
.search input{padding:.5rem;border:1px solid #999;width:16rem}
nav.main ul{display:flex;list-style:none;margin:0 auto;max-width:1160px;padding:0 1rem;gap:0}
nav.main a{display:block;padding:.8rem 1rem;text-decoration:none;font-weight:600}
nav.main a[aria-current]{background:var(--light)}
.breadcrumbs{max-width:1160px;margin:1rem auto;padding:0 1rem;font-size:.9rem}
.breadcrumbs ol{list-style:none;display:flex;gap:.4rem;padding:0;margin:0}
.breadcrumbs li+li:before{content:"›";margin-right:.4rem}
.layout{max-width:1160px;margin:0 auto;padding:0 1rem 3rem;display:grid;grid-template-columns:1fr 300px;gap:3rem}
article h1{font-size:2.2rem;line-height:1.2;margin-top:0}
article .ingress{font-size:1.25rem}
article h2{margin-top:2.2rem;border-top:1px solid #ddd;padding-top:1rem}
article table{border-collapse:collapse;width:100%}
article th,article td{border:1px solid #bbb;padding:.5rem;text-align:left;vertical-align:top}
article th{background:var(--light)}
.meta{font-size:.9rem;color:#555}
aside .box{background:var(--light);padding:1rem 1.2rem;margin-bottom:1.5rem}
aside h2{font-size:1.1rem;margin-top:0}
footer.site{background:#003d36;color:#fff;padding:2rem 1rem}
footer.site a{color:#fff}
.footer-grid{max-width:1160px;margin:0 auto;display:grid;grid-template-columns:repeat(3,1fr);gap:2rem}
#cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:1rem;z-index:99}
#cookie-banner button{margin-right:.5rem;padding:.5rem 1rem}
@media (max-width:800px){.layout{grid-template-columns:1fr}.footer-grid{grid-template-columns:1fr}}
"""


def li_list(items):
    return "\n".join(f"          <li>{escape(i)}</li>" for i in items)


def article():
    parts = []
    parts.append(f'<h1>{escape(TITLE)}</h1>')
    parts.append('<p class="ingress">Ålvsby kommun och civilsamhället har tillsammans tagit fram en '
                 'överenskommelse om hur vi ska samarbeta. Här kan du läsa vad överenskommelsen innehåller '
                 'och vad kommunen och föreningarna har lovat varandra.</p>')
    parts.append(f'<p class="meta">{escape(DECISION)} Giltig tills vidare.</p>')
    parts.append('<nav class="toc" aria-label="Innehåll på sidan"><strong>På den här sidan</strong><ul>'
                 '<li><a href="#bakgrund">Bakgrund</a></li><li><a href="#syfte">Syfte</a></li>'
                 '<li><a href="#principer">Principer och åtaganden</a></li>'
                 '<li><a href="#uppfoljning">Uppföljning</a></li></ul></nav>')
    parts.append('<h2 id="bakgrund">Bakgrund</h2>')
    parts.append('<p>I Ålvsby finns drygt 200 föreningar inom idrott, kultur, friluftsliv, socialt arbete '
                 'och byautveckling. Föreningarna gör stora insatser för kommunens invånare, inte minst i '
                 'byarna längs älven där föreningen ofta är navet i bygden.</p>')
    parts.append('<p>Arbetet med överenskommelsen startade 2018 efter en föreningsenkät där många föreningar '
                 'efterfrågade ett tydligare samarbete med kommunen. Ett förslag togs fram av en arbetsgrupp '
                 'med representanter för kommunen, Ålvsby idrottsråd, Byaföreningarnas samarbetsråd och '
                 'flera sociala organisationer.</p>')
    parts.append('<h2 id="syfte">Syfte</h2>')
    parts.append('<p>Överenskommelsen ska göra det lättare för kommunen och civilsamhället att samarbeta, '
                 'och bidra till att Ålvsby är en kommun där människor vill bo och engagera sig.</p>')
    parts.append('<h2 id="principer">Principer och åtaganden</h2>')
    parts.append('<p>Överenskommelsen bygger på sex principer. Under varje princip står vad kommunen och '
                 'civilsamhället åtar sig.</p>')
    for label, pid, intro, parties in PRINCIPLES:
        parts.append(f'<h3 id="{pid}">{escape(label)}</h3>')
        parts.append(f'<p>{escape(intro)}</p>')
        for party in ("public", "civil_society", "joint"):
            if party in parties:
                parts.append(f'<p><strong>{escape(LEADS[party])}</strong></p>')
                parts.append("<ul>\n" + li_list(parties[party]) + "\n        </ul>")
    parts.append('<h3 id="mangfald">Mångfald</h3>')
    parts.append('<p>Mångfalden i civilsamhället är en styrka, i både byarna och centralorten.</p>')
    rows = "\n".join(f"            <tr><th scope=\"row\">{escape(p)}</th><td>{escape(t)}</td></tr>"
                     for p, _party, t in MANGFALD)
    parts.append('<table>\n          <caption>Åtaganden inom principen om mångfald</caption>\n'
                 '          <thead><tr><th scope="col">Part</th><th scope="col">Åtagande</th></tr></thead>\n'
                 f'          <tbody>\n{rows}\n          </tbody>\n        </table>')
    parts.append('<h2 id="uppfoljning">Uppföljning och revidering</h2>')
    parts.append('<p>Överenskommelsen följs upp vid dialogmötena. Den gäller tills vidare och kan revideras '
                 'när kommunen eller civilsamhället begär det.</p>')
    parts.append('<h2>Ladda ner</h2>')
    parts.append('<ul class="downloads"><li><a href="/download/18.4f1a2b/overenskommelse-civilsamhallet-2019.pdf">'
                 'Överenskommelse med civilsamhället (pdf, 412 kB)</a></li>'
                 '<li><a href="/download/18.4f1a2c/lattlast-overenskommelse.pdf">Överenskommelsen på lättläst svenska (pdf, 180 kB)</a></li></ul>')
    parts.append(f'<p>{escape(CONTACT)}</p>')
    parts.append('<p class="meta">Sidan uppdaterades: 2023-01-17 av Föreningsenheten</p>')
    return "\n        ".join(parts)


def page():
    return f"""<!DOCTYPE html>
<!-- saved from url=(0077)https://www.alvsby.se/uppleva-och-gora/foreningsliv/overenskommelse-civilsamhallet -->
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Överenskommelse med civilsamhället - Ålvsby kommun</title>
  <meta name="description" content="Ålvsby kommun och civilsamhället har en överenskommelse om samverkan.">
  <link rel="canonical" href="https://www.alvsby.se/uppleva-och-gora/foreningsliv/overenskommelse-civilsamhallet">
  <style>{CSS}</style>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('consent', 'default', {{'analytics_storage': 'denied'}});
  </script>
  <script type="application/ld+json">
  {{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"Ålvsby kommun",
    "address":{{"@type":"PostalAddress","streetAddress":"Kungsgatan 3","postalCode":"987 31","addressLocality":"Ålvsby"}}}}
  </script>
</head>
<body>
  <a class="skip" href="#content">Hoppa till innehållet</a>
  <div id="cookie-banner" role="dialog" aria-label="Kakor">
    <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. Du väljer själv om du
    vill tillåta statistikkakor. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
    <button type="button" onclick="acceptCookies(true)">Godkänn alla</button>
    <button type="button" onclick="acceptCookies(false)">Endast nödvändiga</button>
  </div>
  <div class="topbar">
    <ul>
      <li><a href="/lattlast">Lättläst</a></li>
      <li><a href="/other-languages">Other languages</a></li>
      <li><a href="/talande-webb">Lyssna</a></li>
      <li><a href="/kontakt">Kontakta oss</a></li>
    </ul>
  </div>
  <header class="site">
    <div class="site-inner">
      <a class="logo" href="/">Ålvsby kommun</a>
      <form class="search" action="/sok" role="search"><label for="q" class="skip">Sök</label>
        <input id="q" name="q" type="search" placeholder="Vad letar du efter?"><button>Sök</button></form>
    </div>
    <nav class="main" aria-label="Huvudmeny">
      <ul>
        <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
        <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
        <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
        <li><a href="/uppleva-och-gora" aria-current="true">Uppleva och göra</a></li>
        <li><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
        <li><a href="/kommun-och-politik">Kommun och politik</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumbs" aria-label="Brödsmulor">
    <ol>
      <li><a href="/">Startsida</a></li>
      <li><a href="/uppleva-och-gora">Uppleva och göra</a></li>
      <li><a href="/uppleva-och-gora/foreningsliv">Föreningsliv</a></li>
      <li aria-current="page">Överenskommelse med civilsamhället</li>
    </ol>
  </nav>
  <div class="layout">
    <main id="content">
      <article>
        {article()}
      </article>
      <div class="feedback">
        <p>Hittade du den information du letade efter?</p>
        <button type="button">Ja</button> <button type="button">Nej</button>
      </div>
    </main>
    <aside>
      <div class="box">
        <h2>Relaterade sidor</h2>
        <ul>
          <li><a href="/uppleva-och-gora/foreningsliv/foreningsbidrag">Föreningsbidrag</a></li>
          <li><a href="/uppleva-och-gora/foreningsliv/boka-lokal">Boka lokal eller idrottshall</a></li>
          <li><a href="/uppleva-och-gora/foreningsliv/foreningsregister">Föreningsregistret</a></li>
          <li><a href="/uppleva-och-gora/foreningsliv/foreningsgalan">Föreningsgalan</a></li>
          <li><a href="/kommun-och-politik/styrdokument">Styrdokument</a></li>
        </ul>
      </div>
      <div class="box">
        <h2>Kontakt</h2>
        <p>Föreningsenheten<br>Kultur- och fritidsförvaltningen<br>
        <a href="mailto:forening@alvsby.se">forening@alvsby.se</a><br>0987-654 00</p>
        <p>Telefontid: måndag–torsdag 9–11</p>
      </div>
      <div class="box">
        <h2>Aktuellt</h2>
        <ul>
          <li><a href="/nyheter/2023/ansok-om-aktivitetsstod">Sista dag att söka aktivitetsstöd är 25 augusti</a></li>
          <li><a href="/nyheter/2023/nominera-till-foreningsgalan">Nominera till Föreningsgalan 2023</a></li>
        </ul>
      </div>
    </aside>
  </div>
  <footer class="site">
    <div class="footer-grid">
      <div>
        <h2>Ålvsby kommun</h2>
        <p>Kungsgatan 3<br>987 31 Ålvsby<br>Växel: 0987-654 00<br>
        <a href="mailto:kommun@alvsby.se">kommun@alvsby.se</a><br>Organisationsnummer: 212000-0000</p>
      </div>
      <div>
        <h2>Om webbplatsen</h2>
        <ul>
          <li><a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li>
          <li><a href="/om-webbplatsen/kakor">Kakor</a></li>
          <li><a href="/om-webbplatsen/personuppgifter">Behandling av personuppgifter</a></li>
        </ul>
      </div>
      <div>
        <h2>Följ oss</h2>
        <ul class="social">
          <li><a href="https://www.facebook.com/alvsbykommun">Facebook</a></li>
          <li><a href="https://www.instagram.com/alvsbykommun">Instagram</a></li>
          <li><a href="https://www.linkedin.com/company/alvsby-kommun">LinkedIn</a></li>
        </ul>
      </div>
    </div>
  </footer>
  <script>
    function acceptCookies(all) {{
      document.cookie = "cookieConsent=" + (all ? "all" : "necessary") + ";path=/;max-age=31536000";
      document.getElementById("cookie-banner").style.display = "none";
      if (all) {{ gtag('consent', 'update', {{'analytics_storage': 'granted'}}); }}
    }}
    if (document.cookie.indexOf("cookieConsent=") !== -1) {{
      document.getElementById("cookie-banner").style.display = "none";
    }}
  </script>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX"></script>
</body>
</html>
"""


class Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def main():
    html = page()
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
        f.write(html)
    art = html.split("<article>")[1].split("</article>")[0]
    t = Text()
    t.feed(art)
    text = re.sub(r"\s+", " ", "".join(t.parts))

    commitments = []
    P = {}
    for _l, pid, _i, parties in PRINCIPLES:
        P[pid] = parties
        for party in ("public", "civil_society", "joint"):
            for item in parties.get(party, []):
                commitments.append({"text": item, "principle": pid, "party": party})
    for _p, party, item in MANGFALD:
        commitments.append({"text": item, "principle": "mangfald", "party": party})
    for c in commitments:
        assert c["text"] in text, c["text"]

    q = [
        ("vad lovar kommunen i alvsby om dialogmoten", True,
         P["dialog"]["public"], ["två gånger per år", "budget"]),
        ("Vilka åtaganden har civilsamhället under principen om kvalitet i Ålvsby?", True,
         P["kvalitet"]["civil_society"], ["redovisa resultat", "barnsäkerhet"]),
        ("Vad gör Ålvsby kommun för nya föreningar?", True,
         [MANGFALD[0][2]], ["nya föreningar"]),
        ("Who adopted the Ålvsby agreement with civil society, and when?", True,
         [DECISION], ["kommunstyrelsen", "2019-09-10"]),
        ("Får föreningarna i Ålvsby tycka till om kommunens budget innan den beslutas?", True,
         [P["dialog"]["public"][1]], ["synpunkter på kommunens budget"]),
        ("Var publiceras minnesanteckningarna från dialogmötena i Ålvsby?", True,
         P["oppenhet_och_insyn"]["public"], ["kommunens webbplats"]),
        ("Hur ofta utvärderas samverkan mellan Ålvsby kommun och civilsamhället?", True,
         P["langsiktighet"]["joint"], ["vart annat år"]),
        ("Vem kan jag kontakta om överenskommelsen med civilsamhället i Ålvsby?", True,
         [CONTACT], ["föreningsenheten", "0987-654 00"]),
        ("Vilket datum är nästa dialogmöte med civilsamhället i Ålvsby?", False, [], []),
        ("How many associations in Ålvsby have signed the agreement?", False, [], []),
    ]
    questions = []
    for i, (question, ans, gold, must) in enumerate(q, 1):
        for g in gold:
            assert g in text, g
        for m in must:
            assert any(m in g for g in gold), m
        lang = "en" if re.match(r"(What|Does|When|Who|How|Is|Can)\b", question) else "sv"
        questions.append({"id": f"html_municipal-q{i}", "question": question, "language": lang,
                          "answerable": ans, "gold": list(gold), "must_mention": must})
    out = {
        "file": FILE,
        "layout": "html_municipal",
        "description": "Saved municipal web page: cookie banner, top/main nav, breadcrumbs, sidebar 'Relaterade sidor' "
                       "and contact box, footer with address and social links, <style> and inline scripts, JSON-LD; "
                       "<article> with h1/h2/h3 principles, <ul><li> commitments after bold lead-ins, and a "
                       "Part|Åtagande <table> for Mångfald; a later 'uppdaterades' date as distractor",
        "metadata": {
            "doc_id": "alvsby",
            "title": TITLE,
            "place": "Ålvsby",
            "organisation": "Ålvsby kommun",
            "kind": "överenskommelse",
            "date": "2019-09-10",
            "body": "kommunstyrelsen",
        },
        "commitments": commitments,
        "questions": questions,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{FILE}: {len(commitments)} commitments, {len(questions)} questions")


if __name__ == "__main__":
    main()
