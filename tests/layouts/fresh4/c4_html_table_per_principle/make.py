#!/usr/bin/env python3
"""Generate renakra_overenskommelse_foreningslivet.html and expected.json.

Renåkra kommun (fictional): a saved municipal web page ("Spara som – hela
webbsidan") presenting the local agreement between the kommun and
föreningslivet. Full page chrome: "saved from url" comment, skip link, cookie
banner, header with logo text, search form, main menu, breadcrumbs, left
sub-menu "Föreningsliv", "Lyssna"/"Dela sidan", "Senast uppdaterad", feedback
widget, footer with contact and accessibility links, inline and external
scripts.

The article: h1 + ingress, a fact box (<aside>) with "Beslutad i
kommunfullmäktige: 18 mars 2024" and a link to the PDF, Bakgrund, then per
principle an <h2>, an intro paragraph, a <table> with the column headers
"Det här gör kommunen" | "Det här gör föreningslivet" and a paragraph
"Tillsammans ska vi …" after the table. The tables vary the way an editor in a
CMS would: one commitment per row with empty cells where the columns are of
unequal length, a single row with <br>-separated items, <ul> inside cells,
several <p> in one cell, a mix of <br> and rows, an optional <caption>.
Eight principles: the seven national ones plus the local "Hela kommunen ska
leva". Then "Vilka föreningar omfattas?" and "Uppföljning".

Run: python3 make.py   (standard library only)
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = "c4_html_table_per_principle"
FILE = "renakra_overenskommelse_foreningslivet.html"
PUB, CS, JT = "public", "civil_society", "joint"
TITLE = "Överenskommelse mellan Renåkra kommun och föreningslivet"
PDF_HREF = ("/download/18.4f2a9c1d18e3b7a05c21e4f/1712651830412/"
            "Overenskommelse-Renakra-kommun-och-foreningslivet-2024-2027.pdf")

# --------------------------------------------------------------- principles
# Each table is a list of rows; a row is (kommun_cell, forening_cell).
# A cell: None (empty), ("t", text), ("br", [items]), ("brn", [items]) (<br> + newline),
# ("ul", [items]), ("ps", [items]) (several <p> in the cell).
PRINCIPLES = [
    {
        "slug": "sjalvstandighet_och_oberoende",
        "h2": "Självständighet och oberoende",
        "id": "sjalvstandighet",
        "intro": [
            "Föreningarna är fristående från kommunen och bestämmer själva över sina mål, sin "
            "verksamhet och sina åsikter. Att en förening får bidrag eller hyr lokaler av kommunen "
            "påverkar inte föreningens rätt att granska och kritisera kommunen."
        ],
        "caption": None,
        "rows": [
            (("t", "Respekterar föreningarnas rätt att själva bestämma över sina stadgar, sin "
                   "verksamhet och sina ställningstaganden."),
             ("t", "Driver sin verksamhet utifrån sina egna stadgar och värderingar.")),
            (("t", "Låter inte kritik från en förening påverka föreningens möjligheter att få "
                   "bidrag eller lokaler."),
             ("t", "Säger ifrån när föreningens oberoende riskerar att begränsas.")),
            (("t", "Ställer inga villkor för bidrag som begränsar föreningarnas självständighet, "
                   "utöver det som följer av lag och kommunens bidragsregler."),
             None),
        ],
        "together": "Tillsammans ska vi värna om att föreningslivet är en självständig och kritisk "
                    "röst i samhället.",
    },
    {
        "slug": "dialog",
        "h2": "Dialog",
        "id": "dialog",
        "intro": [
            "Dialog handlar om att lyssna på varandra och om att föreningarna får vara med tidigt när "
            "kommunen planerar förändringar som berör dem. En bra dialog bygger på ömsesidig respekt "
            "och på att båda parter får tid att förbereda sig."
        ],
        "caption": "Åtaganden för principen dialog",
        "rows": [
            (("br", [
                "Bjuder in föreningslivet till dialog i ett tidigt skede när beslut som berör "
                "föreningarna förbereds.",
                "Genomför minst två föreningsträffar per år, varav en på landsbygden.",
                "Ger återkoppling på föreningarnas synpunkter och förklarar hur de har påverkat "
                "besluten.",
                "Har en utsedd kontaktperson för föreningsfrågor på kultur- och fritidsförvaltningen.",
            ]),
             ("br", [
                 "Deltar i föreningsträffar och andra dialogtillfällen när det är möjligt.",
                 "Lämnar synpunkter inom utsatt tid när kommunen ber om det.",
                 "Håller föreningens kontaktuppgifter i föreningsregistret aktuella.",
             ])),
        ],
        "together": "Tillsammans ska vi ta fram en årlig dialogkalender som visar när föreningslivet "
                    "kan påverka kommunens planering och budget.",
    },
    {
        "slug": "kvalitet",
        "h2": "Kvalitet",
        "id": "kvalitet",
        "intro": [
            "Kvalitet betyder att verksamheten håller god standard och utgår från deltagarnas behov. "
            "Kommunen och föreningarna har olika sätt att se på kvalitet, och båda perspektiven "
            "behövs."
        ],
        "caption": None,
        "rows": [
            (("ul", [
                "Erbjuder kostnadsfria utbildningar för föreningarnas ledare och styrelser inom bland "
                "annat ekonomi, styrelsearbete och barnskydd.",
                "Ser till att kommunens lokaler och anläggningar är säkra och i gott skick.",
                "Tar hänsyn till föreningarnas egna sätt att beskriva kvalitet när verksamhet följs upp.",
            ]),
             ("ul", [
                 "Arbetar för att ledare och funktionärer har den utbildning som verksamheten kräver.",
                 "Begär utdrag ur belastningsregistret för ledare som arbetar med barn och unga.",
                 "Följer upp sin verksamhet och tar tillvara deltagarnas synpunkter.",
                 "Redovisar bidrag och aktiviteter enligt kommunens bidragsregler.",
             ])),
        ],
        "together": "Tillsammans ska vi utveckla enkla former för att följa upp verksamhet som får "
                    "kommunalt stöd.",
    },
    {
        "slug": "langsiktighet",
        "h2": "Långsiktighet",
        "id": "langsiktighet",
        "intro": [
            "Föreningar behöver kunna planera sin verksamhet flera år framåt. Ettåriga bidrag och "
            "korta hyresavtal gör det svårt att behålla ledare och att utveckla verksamheten."
        ],
        "caption": None,
        "rows": [
            (("t", "Erbjuder fleråriga verksamhetsbidrag till föreningar som har ett långsiktigt "
                   "samarbete med kommunen."),
             ("t", "Planerar sin verksamhet och ekonomi långsiktigt och informerar kommunen om "
                   "förändringar som påverkar ett pågående samarbete.")),
            (("t", "Meddelar beslut om bidrag och tider i anläggningar i så god tid som möjligt, för "
                   "säsongsbokningar senast den 15 juni."),
             None),
            (("t", "Informerar berörda föreningar minst sex månader i förväg om större förändringar "
                   "i bidragsregler eller taxor."),
             ("empty_nbsp", None)),
        ],
        "together": "Tillsammans ska vi se över överenskommelsen inför varje ny mandatperiod.",
    },
    {
        "slug": "oppenhet_och_insyn",
        "h2": "Öppenhet och insyn",
        "id": "oppenhet",
        "intro": [
            "Öppenhet skapar förtroende. Kommunen och föreningarna är öppna med hur de arbetar och hur "
            "gemensamma resurser används, samtidigt som föreningarnas inre angelägenheter är deras egen "
            "sak."
        ],
        "caption": None,
        "rows": [
            (("t", "Publicerar bidragsregler, taxor och beslut om föreningsbidrag på kommunens "
                   "webbplats."),
             ("t", "Är öppna med hur bidrag från kommunen har använts.")),
            (("t", "Motiverar skriftligt varför en ansökan om bidrag har fått avslag."),
             ("brn", [
                 "Lämnar verksamhetsberättelse och ekonomisk redovisning till kommunen när föreningen "
                 "söker bidrag.",
                 "Har demokratiskt valda styrelser och årsmöten som är öppna för medlemmarna.",
             ])),
        ],
        "together": "Tillsammans ska vi göra information om överenskommelsen lätt att hitta, både på "
                    "kommunens webbplats och i föreningarnas egna kanaler.",
    },
    {
        "slug": "mangfald",
        "h2": "Mångfald",
        "id": "mangfald",
        "intro": [
            "I Renåkra ska alla kunna vara med i föreningslivet, oavsett bakgrund, kön, ålder, "
            "funktionsförmåga, sexuell läggning eller ekonomiska förutsättningar. Många föreningar med "
            "olika inriktning och storlek gör kommunen rikare."
        ],
        "caption": "Åtaganden för principen mångfald",
        "rows": [
            (("brn", [
                "Ger stöd till föreningar som vill nå nya grupper, till exempel genom integrationsbidrag "
                "och hjälp med översättning.",
                "Fördelar tider i anläggningar så att både stora och små föreningar och olika idrotter "
                "får plats.",
                "Tillgänglighetsanpassar kommunens lokaler för föreningsverksamhet.",
            ]),
             ("brn", [
                 "Arbetar aktivt för att verksamheten ska vara öppen och välkomnande för alla.",
                 "Håller avgifterna på en nivå som gör det möjligt för barn och unga att delta oavsett "
                 "familjens ekonomi.",
             ])),
        ],
        "together": "Tillsammans ska vi motverka diskriminering och kränkningar i all verksamhet som "
                    "kommunen och föreningslivet bedriver.",
    },
    {
        "slug": "samhallsutveckling",
        "h2": "Samhällsutveckling",
        "id": "samhallsutveckling",
        "intro": [
            "Föreningslivet bidrar till en levande kommun, till folkhälsa och till att människor känner "
            "sig delaktiga. När föreningarnas kunskap tas tillvara blir det lättare att möta samhällets "
            "utmaningar."
        ],
        "caption": None,
        "rows": [
            (("ul", [
                "Tar tillvara föreningarnas kunskap och erfarenheter i arbetet med översiktsplanen och "
                "andra strategiska planer.",
                "Informerar om möjligheten att samverka genom idéburet offentligt partnerskap (IOP).",
                "Stödjer föreningar som vill söka externa medel, till exempel från Leader eller Allmänna "
                "arvsfonden.",
            ]),
             ("ps", [
                 "Bidrar med kunskap om medlemmarnas och lokalsamhällets behov.",
                 "Tar initiativ till samarbeten med andra föreningar, skolor och företag.",
             ])),
        ],
        "together": "Tillsammans ska vi arbeta för att Renåkra ska vara en trygg och attraktiv kommun "
                    "att bo och leva i.",
    },
    {
        "slug": "hela_kommunen_ska_leva",
        "h2": "Hela kommunen ska leva",
        "id": "hela-kommunen",
        "intro": [
            "Nästan hälften av Renåkras invånare bor utanför tätorten. Bygdegårdsföreningar, byalag och "
            "idrottsföreningar på landsbygden har stor betydelse för mötesplatser, service och "
            "sammanhållning. Den här principen har vi lagt till lokalt i Renåkra."
        ],
        "caption": None,
        "rows": [
            (("t", "Tar hänsyn till långa avstånd och små föreningars förutsättningar när "
                   "bidragsreglerna utformas."),
             ("t", "Håller samlingslokaler och bygdegårdar öppna för andra föreningar och för "
                   "allmänheten.")),
            (("t", "Håller föreningsträffar och utbildningar även utanför Renåkra tätort."),
             ("t", "Samverkar med andra föreningar i bygden för att använda lokaler och resurser "
                   "effektivt.")),
        ],
        "together": "Tillsammans ska vi arbeta för att det ska finnas mötesplatser och "
                    "fritidsaktiviteter i alla delar av kommunen.",
    },
]

BACKGROUND = [
    "Föreningslivet är en viktig del av Renåkra. I kommunen finns drygt 180 registrerade föreningar "
    "inom idrott, kultur, friluftsliv, socialt arbete och byaverksamhet. Föreningarna skapar "
    "mötesplatser, engagerar hundratals ideella ledare och bidrar till att människor trivs och vill "
    "bo kvar i kommunen.",
    "År 2008 tecknade regeringen, Sveriges Kommuner och Regioner och idéburna organisationer en "
    "nationell överenskommelse inom det sociala området. Många kommuner har sedan dess tagit fram "
    "lokala överenskommelser med sitt föreningsliv, och Renåkras överenskommelse är inspirerad av "
    "det arbetet.",
    "Överenskommelsen har tagits fram under 2022 och 2023 i en process där fler än 60 föreningar "
    "deltog i dialogmöten i Renåkra tätort, Västerby och Hällnäs. Föreningsrådet ställde sig bakom "
    "förslaget den 6 februari 2024 och kommunfullmäktige antog överenskommelsen den 18 mars 2024.",
    "Överenskommelsen bygger på principerna självständighet och oberoende, dialog, kvalitet, "
    "långsiktighet, öppenhet och insyn, mångfald och samhällsutveckling. Lokalt har vi också lagt "
    "till principen Hela kommunen ska leva.",
    "Överenskommelsen är inte ett juridiskt bindande avtal utan en gemensam avsiktsförklaring. Den "
    "ersätter inte kommunens regler för föreningsbidrag eller avtal om lokaler.",
]

FOLLOWUP_PUB = ("Kommunen bjuder varje höst in till ett uppföljningsforum där kommunen och föreningarna "
                "går igenom hur åtagandena har fungerat under året.")
FOLLOWUP_CS = "Föreningsrådet samlar in synpunkter från föreningarna inför forumet."


# --------------------------------------------------------------- html helpers
def e(s):
    return html.escape(s, quote=False)


def cell_html(cell):
    if cell is None:
        return "<td></td>"
    kind, val = cell
    if kind == "empty_nbsp":
        return "<td>&nbsp;</td>"
    if kind == "t":
        return f"<td>{e(val)}</td>"
    if kind == "br":
        return "<td>" + "<br>".join(e(v) for v in val) + "</td>"
    if kind == "brn":
        return "<td>" + "<br />\n                    ".join(e(v) for v in val) + "</td>"
    if kind == "ul":
        lis = "".join(f"\n                      <li>{e(v)}</li>" for v in val)
        return f"<td>\n                    <ul>{lis}\n                    </ul>\n                  </td>"
    if kind == "ps":
        ps = "".join(f"\n                    <p>{e(v)}</p>" for v in val)
        return f"<td>{ps}\n                  </td>"
    raise ValueError(kind)


def cell_items(cell):
    if cell is None or cell[0] == "empty_nbsp":
        return []
    kind, val = cell
    return [val] if kind == "t" else list(val)


def principle_html(p):
    out = [f'          <h2 id="{p["id"]}">{e(p["h2"])}</h2>']
    for para in p["intro"]:
        out.append(f"          <p>{e(para)}</p>")
    out.append('          <div class="table-wrapper" tabindex="0">')
    out.append('            <table class="c-table c-table--striped">')
    if p["caption"]:
        out.append(f'              <caption class="visually-hidden">{e(p["caption"])}</caption>')
    out.append('              <thead>\n                <tr>\n'
               '                  <th scope="col" style="width:50%">Det här gör kommunen</th>\n'
               '                  <th scope="col" style="width:50%">Det här gör föreningslivet</th>\n'
               '                </tr>\n              </thead>')
    out.append("              <tbody>")
    for k, f in p["rows"]:
        out.append(f"                <tr>\n                  {cell_html(k)}\n                  {cell_html(f)}\n"
                   f"                </tr>")
    out.append("              </tbody>\n            </table>\n          </div>")
    out.append(f'          <p>{e(p["together"])}</p>')
    return "\n".join(out)


HEAD = """<!DOCTYPE html>
<!-- saved from url=(0093)https://www.renakra.se/kultur-och-fritid/foreningsliv/overenskommelse-med-foreningslivet.html -->
<html lang="sv" class="no-js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Överenskommelse med föreningslivet - Renåkra kommun</title>
  <meta name="description" content="Renåkra kommun och föreningslivet har tagit fram en överenskommelse om hur vi ska samverka. Läs om principerna och vad kommunen och föreningarna har lovat varandra.">
  <meta property="og:title" content="Överenskommelse med föreningslivet">
  <meta property="og:site_name" content="Renåkra kommun">
  <meta property="og:type" content="article">
  <meta property="og:image" content="https://www.renakra.se/images/18.4f2a9c1d18e3b7a05c2100/1700000000000/og-renakra.jpg">
  <meta name="DC.Date.Modified" content="2024-05-07">
  <link rel="canonical" href="https://www.renakra.se/kultur-och-fritid/foreningsliv/overenskommelse-med-foreningslivet.html">
  <link rel="icon" href="./Överenskommelse med föreningslivet - Renåkra kommun_files/favicon.ico">
  <link rel="stylesheet" href="./Överenskommelse med föreningslivet - Renåkra kommun_files/main.3f9a1c.css" media="all">
  <style>
    .visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(1px,1px,1px,1px);white-space:nowrap}
    .c-table td,.c-table th{vertical-align:top;padding:.6rem .8rem;border:1px solid #c9d3cf}
    .c-table thead th{background:#0b5d4b;color:#fff;text-align:left}
    .c-factbox{background:#eef5f2;border-left:6px solid #0b5d4b;padding:1rem 1.25rem;margin:0 0 1.5rem}
    .cookie-banner[hidden]{display:none}
  </style>
  <script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
  <script>
    var _mtm = window._mtm = window._mtm || [];
    _mtm.push({'mtm.startTime': (new Date().getTime()), 'event': 'mtm.Start'});
    (function() {
      var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
      g.async=true; g.src='https://statistik.renakra.se/js/container_Xk4r9PqA.js'; s.parentNode.insertBefore(g,s);
    })();
  </script>
</head>
"""

TOP = """<body class="page page--article">
  <a class="skip-link" href="#main-content">Gå direkt till innehållet</a>

  <div class="cookie-banner" id="cookie-banner" role="region" aria-label="Kakor">
    <div class="cookie-banner__inner">
      <h2 class="cookie-banner__title">Vi använder kakor</h2>
      <p>Renåkra kommun använder kakor (cookies) för att webbplatsen ska fungera och för att samla in anonym statistik som hjälper oss att förbättra webbplatsen. Du väljer själv om du vill godkänna statistikkakor.</p>
      <div class="cookie-banner__buttons">
        <button type="button" class="btn btn--primary" data-cookie-consent="all">Godkänn alla kakor</button>
        <button type="button" class="btn btn--secondary" data-cookie-consent="necessary">Endast nödvändiga</button>
        <a href="https://www.renakra.se/om-webbplatsen/kakor.html">Läs mer om kakor</a>
      </div>
    </div>
  </div>

  <header class="c-header" role="banner">
    <div class="c-header__top o-container">
      <ul class="c-header__tools">
        <li><a href="https://www.renakra.se/om-webbplatsen/lyssna.html" class="rs_skip">Lyssna</a></li>
        <li><a href="https://www.renakra.se/other-languages.html" lang="en">Other languages</a></li>
        <li><a href="https://www.renakra.se/lattlast.html">Lättläst</a></li>
        <li><a href="https://www.renakra.se/teckensprak.html">Teckenspråk</a></li>
        <li><a href="https://www.renakra.se/e-tjanster.html">E-tjänster</a></li>
      </ul>
    </div>
    <div class="c-header__main o-container">
      <a class="c-logo" href="https://www.renakra.se/" aria-label="Renåkra kommun, till startsidan">
        <img src="./Överenskommelse med föreningslivet - Renåkra kommun_files/logo-renakra.svg" alt="" width="48" height="56">
        <span class="c-logo__text">Renåkra kommun</span>
      </a>
      <form class="c-search" action="https://www.renakra.se/sok.html" method="get" role="search">
        <label for="search-query" class="visually-hidden">Sök på webbplatsen</label>
        <input id="search-query" type="search" name="query" placeholder="Vad letar du efter?" autocomplete="off">
        <button type="submit">Sök</button>
      </form>
      <button class="c-header__menu-toggle" aria-expanded="false" aria-controls="main-nav">Meny</button>
    </div>
    <nav id="main-nav" class="c-mainnav" aria-label="Huvudmeny">
      <ul class="c-mainnav__list o-container">
        <li><a href="https://www.renakra.se/barn-och-utbildning.html">Barn och utbildning</a></li>
        <li><a href="https://www.renakra.se/omsorg-och-stod.html">Omsorg och stöd</a></li>
        <li><a href="https://www.renakra.se/bygga-bo-och-miljo.html">Bygga, bo och miljö</a></li>
        <li class="is-active"><a href="https://www.renakra.se/kultur-och-fritid.html" aria-current="true">Kultur och fritid</a></li>
        <li><a href="https://www.renakra.se/trafik-och-infrastruktur.html">Trafik och infrastruktur</a></li>
        <li><a href="https://www.renakra.se/naringsliv-och-arbete.html">Näringsliv och arbete</a></li>
        <li><a href="https://www.renakra.se/kommun-och-politik.html">Kommun och politik</a></li>
      </ul>
    </nav>
  </header>

  <nav class="c-breadcrumbs o-container" aria-label="Du är här">
    <ol>
      <li><a href="https://www.renakra.se/">Startsida</a></li>
      <li><a href="https://www.renakra.se/kultur-och-fritid.html">Kultur och fritid</a></li>
      <li><a href="https://www.renakra.se/kultur-och-fritid/foreningsliv.html">Föreningsliv</a></li>
      <li><span aria-current="page">Överenskommelse med föreningslivet</span></li>
    </ol>
  </nav>

  <div class="o-container o-layout">
    <aside class="o-layout__sidebar c-subnav" aria-label="Undermeny">
      <h2 class="c-subnav__title"><a href="https://www.renakra.se/kultur-och-fritid/foreningsliv.html">Föreningsliv</a></h2>
      <ul>
        <li><a href="https://www.renakra.se/kultur-och-fritid/foreningsliv/foreningsbidrag.html">Föreningsbidrag</a>
          <button class="c-subnav__expand" aria-expanded="false"><span class="visually-hidden">Visa undersidor till Föreningsbidrag</span></button></li>
        <li><a href="https://www.renakra.se/kultur-och-fritid/foreningsliv/foreningsregistret.html">Föreningsregistret</a></li>
        <li><a href="https://www.renakra.se/kultur-och-fritid/foreningsliv/lokaler-och-anlaggningar.html">Lokaler och anläggningar</a></li>
        <li class="is-current"><a href="https://www.renakra.se/kultur-och-fritid/foreningsliv/overenskommelse-med-foreningslivet.html" aria-current="page">Överenskommelse med föreningslivet</a></li>
        <li><a href="https://www.renakra.se/kultur-och-fritid/foreningsliv/foreningsradet.html">Föreningsrådet</a></li>
        <li><a href="https://www.renakra.se/kultur-och-fritid/foreningsliv/utbildning-for-foreningar.html">Utbildning för föreningar</a></li>
        <li><a href="https://www.renakra.se/kultur-och-fritid/foreningsliv/ideburet-offentligt-partnerskap.html">Idéburet offentligt partnerskap (IOP)</a></li>
        <li><a href="https://www.renakra.se/kultur-och-fritid/foreningsliv/priser-och-stipendier.html">Priser och stipendier</a></li>
      </ul>
      <div class="c-contactcard">
        <h2 class="c-contactcard__title">Kontakt</h2>
        <p><strong>Föreningsservice</strong><br>Kultur- och fritidsförvaltningen<br>
          Telefon: <a href="tel:+4622516040">0225-160 40</a><br>
          E-post: <a href="mailto:foreningsservice@renakra.se">foreningsservice@renakra.se</a></p>
        <p>Telefontid: måndag–torsdag 9.00–11.30</p>
      </div>
    </aside>

    <main id="main-content" class="o-layout__main" tabindex="-1">
      <div class="c-pagetools">
        <button type="button" class="c-pagetools__listen rs_skip" onclick="readpage(this.href, 'xp1'); return false;">Lyssna</button>
        <button type="button" class="c-pagetools__print" onclick="window.print()">Skriv ut</button>
      </div>
      <div id="xp1" class="rs_preserve"></div>
      <article class="c-article">
        <h1>Överenskommelse med föreningslivet</h1>
        <p class="c-article__lead">Renåkra kommun och föreningslivet har tillsammans tagit fram en överenskommelse om hur vi ska samarbeta. Här kan du läsa vad överenskommelsen innebär och vad kommunen och föreningarna har lovat varandra.</p>

        <aside class="c-factbox" aria-labelledby="factbox-title">
          <h2 id="factbox-title" class="c-factbox__title">Fakta om överenskommelsen</h2>
          <p><strong>Beslutad i kommunfullmäktige:</strong> 18 mars 2024</p>
          <p><strong>Diarienummer:</strong> KS 2023/417</p>
          <p><strong>Gäller:</strong> 2024–2027</p>
          <p><strong>Ansvarig nämnd:</strong> Kultur- och fritidsnämnden</p>
          <p class="c-factbox__download"><a href="{pdf}" class="c-link--pdf">{title} (pdf, 412 kB)</a></p>
        </aside>

        <div class="c-article__body sv-text-portlet">
          <h2 id="bakgrund">Bakgrund</h2>
{background}
"""

BOTTOM = """
          <h2 id="vilka-omfattas">Vilka föreningar omfattas?</h2>
          <p>Överenskommelsen gäller alla ideella föreningar som är registrerade i kommunens föreningsregister. Även andra idéburna organisationer, till exempel stiftelser och trossamfund, kan ansluta sig.</p>
          <p>Vill din förening ansluta sig? Fyll i e-tjänsten <a href="https://www.renakra.se/e-tjanster/anslut-till-overenskommelsen.html">Anslut till överenskommelsen med föreningslivet</a>. Föreningar i föreningsregistret behöver inte anmäla sig.</p>

          <h2 id="uppfoljning">Uppföljning</h2>
          <p>Kultur- och fritidsnämnden ansvarar för överenskommelsen på kommunens vägnar. Föreningsrådet, som består av sju ledamöter valda av föreningarna, företräder föreningslivet.</p>
          <p>{fu_pub} {fu_cs}</p>
          <p>Nämnden får varje år en rapport om hur överenskommelsen har följts. Rapporterna finns under <a href="https://www.renakra.se/kommun-och-politik/protokoll.html">Protokoll och handlingar</a>.</p>

          <h2 id="las-mer">Läs mer</h2>
          <ul class="c-linklist">
            <li><a href="{pdf}">{title} (pdf, 412 kB)</a></li>
            <li><a href="https://www.renakra.se/kultur-och-fritid/foreningsliv/foreningsbidrag.html">Föreningsbidrag och regler</a></li>
            <li><a href="https://www.renakra.se/kultur-och-fritid/foreningsliv/foreningsradet.html">Föreningsrådet</a></li>
          </ul>
        </div>

        <div class="c-share">
          <h2 class="c-share__title">Dela sidan</h2>
          <ul>
            <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.renakra.se%2Fkultur-och-fritid%2Fforeningsliv%2Foverenskommelse-med-foreningslivet.html" target="_blank" rel="noopener">Facebook</a></li>
            <li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https%3A%2F%2Fwww.renakra.se%2Fkultur-och-fritid%2Fforeningsliv%2Foverenskommelse-med-foreningslivet.html" target="_blank" rel="noopener">LinkedIn</a></li>
            <li><a href="mailto:?subject=%C3%96verenskommelse%20med%20f%C3%B6reningslivet&amp;body=https%3A%2F%2Fwww.renakra.se%2Fkultur-och-fritid%2Fforeningsliv%2Foverenskommelse-med-foreningslivet.html">E-post</a></li>
          </ul>
        </div>
        <p class="c-article__updated">Senast uppdaterad: <time datetime="2024-05-07">7 maj 2024</time><br>Sidansvarig: <a href="mailto:foreningsservice@renakra.se">Föreningsservice</a></p>
      </article>

      <section class="c-feedback" aria-labelledby="feedback-title">
        <h2 id="feedback-title">Fick du den information du behövde?</h2>
        <form action="https://www.renakra.se/feedback" method="post" class="c-feedback__form">
          <input type="hidden" name="page" value="18.4f2a9c1d18e3b7a05c21d77">
          <button type="submit" name="answer" value="yes">Ja</button>
          <button type="submit" name="answer" value="no">Nej</button>
          <div class="c-feedback__more" hidden>
            <label for="fb-comment">Vad kan vi förbättra? Svar lämnas inte på synpunkter som skickas här. Har du en fråga, kontakta kommunens kontaktcenter.</label>
            <textarea id="fb-comment" name="comment" maxlength="500"></textarea>
            <button type="submit">Skicka</button>
          </div>
        </form>
      </section>
    </main>
  </div>

  <footer class="c-footer" role="contentinfo">
    <div class="o-container c-footer__grid">
      <div class="c-footer__col">
        <h2>Renåkra kommun</h2>
        <p>Kommunhuset, Storgatan 21<br>795 80 Renåkra</p>
        <p>Telefon: <a href="tel:+4622516000">0225-160 00</a><br>E-post: <a href="mailto:kommun@renakra.se">kommun@renakra.se</a></p>
        <p>Organisationsnummer: 212000-3457</p>
      </div>
      <div class="c-footer__col">
        <h2>Kontaktcenter</h2>
        <p>Måndag–fredag 8.00–16.30<br>Lunchstängt 12.00–12.45</p>
        <p><a href="https://www.renakra.se/kommun-och-politik/synpunkter.html">Lämna en synpunkt eller klagomål</a></p>
      </div>
      <div class="c-footer__col">
        <h2>Om webbplatsen</h2>
        <ul>
          <li><a href="https://www.renakra.se/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li>
          <li><a href="https://www.renakra.se/om-webbplatsen/kakor.html">Kakor (cookies)</a></li>
          <li><a href="https://www.renakra.se/om-webbplatsen/behandling-av-personuppgifter.html">Behandling av personuppgifter</a></li>
          <li><a href="https://www.renakra.se/om-webbplatsen/rapportera-brist-i-tillganglighet.html">Rapportera brist i tillgänglighet</a></li>
        </ul>
      </div>
      <div class="c-footer__col">
        <h2>Följ oss</h2>
        <ul class="c-footer__social">
          <li><a href="https://www.facebook.com/renakrakommun">Facebook</a></li>
          <li><a href="https://www.instagram.com/renakrakommun">Instagram</a></li>
        </ul>
      </div>
    </div>
    <p class="c-footer__copy o-container">© Renåkra kommun 2024</p>
  </footer>

  <script type="application/json" id="site-config">{"siteId":"renakra","lang":"sv","cookieConsentVersion":3,"readspeaker":{"customerId":11832,"lang":"sv_se"}}</script>
  <script src="./Överenskommelse med föreningslivet - Renåkra kommun_files/cookie-consent.min.js"></script>
  <script src="./Överenskommelse med föreningslivet - Renåkra kommun_files/main.3f9a1c.js" defer></script>
  <script src="./Överenskommelse med föreningslivet - Renåkra kommun_files/ReadSpeaker.js" async></script>
  <script>
    document.querySelectorAll('[data-cookie-consent]').forEach(function (b) {
      b.addEventListener('click', function () {
        document.cookie = 'cookie_consent=' + b.getAttribute('data-cookie-consent') + ';path=/;max-age=31536000';
        document.getElementById('cookie-banner').hidden = true;
      });
    });
  </script>
</body></html>
"""


def build_html():
    bg = "\n".join(f"          <p>{e(p)}</p>" for p in BACKGROUND)
    parts = [HEAD,
             TOP.replace("{background}", bg).replace("{pdf}", PDF_HREF).replace("{title}", e(TITLE))]
    for p in PRINCIPLES:
        parts.append("\n" + principle_html(p) + "\n")
    parts.append(BOTTOM.replace("{pdf}", PDF_HREF).replace("{title}", e(TITLE))
                 .replace("{fu_pub}", e(FOLLOWUP_PUB)).replace("{fu_cs}", e(FOLLOWUP_CS)))
    return "".join(parts)


# --------------------------------------------------------------- expected
def commitments():
    res = []
    for p in PRINCIPLES:
        kom, far = [], []
        for k, f in p["rows"]:
            kom += cell_items(k)
            far += cell_items(f)
        res += [{"text": t, "principle": p["slug"], "party": PUB} for t in kom]
        res += [{"text": t, "principle": p["slug"], "party": CS} for t in far]
        res.append({"text": p["together"], "principle": p["slug"], "party": JT})
    res.append({"text": FOLLOWUP_PUB, "principle": None, "party": PUB})
    res.append({"text": FOLLOWUP_CS, "principle": None, "party": CS})
    return res


def side(slug, col):
    p = next(p for p in PRINCIPLES if p["slug"] == slug)
    items = []
    for row in p["rows"]:
        items += cell_items(row[col])
    return items


def together(slug):
    return next(p for p in PRINCIPLES if p["slug"] == slug)["together"]


def find(prefix, pool):
    hits = [s for s in pool if s.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]


def questions():
    q = []
    all_items = [c["text"] for c in commitments()]

    def add(question, lang, gold, mm):
        q.append({"id": f"{LAYOUT}-q{len(q) + 1}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": mm})

    add("Vad åtar sig kommunen under principen om dialog?", "sv",
        side("dialog", 0),
        ["tidigt skede", "minst två föreningsträffar per år", "kontaktperson"])
    add("maste foreningen begara utdrag ur belastningsregistret for sina ledare?", "sv",
        [find("Begär utdrag ur belastningsregistret", all_items)],
        ["belastningsregistret", "barn och unga"])
    add("När beslutade kommunfullmäktige om överenskommelsen med föreningslivet?", "sv",
        ["Beslutad i kommunfullmäktige: 18 mars 2024",
         find("Överenskommelsen har tagits fram", BACKGROUND).split(". ", 1)[1]],
        ["18 mars 2024"])
    add("Vad förväntas föreningslivet göra när det gäller kvalitet?", "sv",
        side("kvalitet", 1),
        ["utbildning", "belastningsregistret", "bidragsregler"])
    add("Vilka principer bygger överenskommelsen på?", "sv",
        [s + "." for s in find("Överenskommelsen bygger på", BACKGROUND).rstrip(".").split(". ")],
        ["självständighet och oberoende", "öppenhet och insyn", "samhällsutveckling",
         "Hela kommunen ska leva"])
    add("Can our sports club get funding for more than one year at a time?", "en",
        [find("Erbjuder fleråriga verksamhetsbidrag", all_items)],
        ["fleråriga verksamhetsbidrag"])
    add("nar far vi besked om tider i idrottshallen infor nasta sasong", "sv",
        [find("Meddelar beslut om bidrag och tider", all_items)],
        ["senast den 15 juni"])
    add("What will the municipality and the associations do together for the countryside?", "en",
        [together("hela_kommunen_ska_leva")],
        ["alla delar av kommunen"])
    add("Hur mycket aktivitetsstöd får en förening per deltagartillfälle?", "sv", [], [])
    add("Vem skrev under överenskommelsen för Föreningsrådets räkning?", "sv", [], [])
    return q


def main():
    page = build_html()
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as fh:
        fh.write(page)
    exp = {
        "file": FILE,
        "layout": LAYOUT,
        "description": (
            "Saved municipal web page (browser 'save as', 'saved from url' comment) for Renåkra kommun: "
            "skip link, cookie banner, header with tool links, logo text and search form, main menu, "
            "breadcrumbs, left sub-menu 'Föreningsliv' with a contact card, 'Lyssna'/'Skriv ut', inline "
            "and external scripts, a JSON config script. The <article> has h1 + lead, a fact box "
            "(<aside>) with 'Beslutad i kommunfullmäktige: 18 mars 2024', diarienummer, period and a PDF "
            "link, a Bakgrund section, then per principle (seven national plus local 'Hela kommunen ska "
            "leva') an <h2>, an intro paragraph, a <table> with headers 'Det här gör kommunen' | 'Det "
            "här gör föreningslivet' (verb-first present-tense items without a subject) and a 'Tillsammans "
            "ska vi …' paragraph after the table (joint). The tables vary: one item per row with empty "
            "cells (<td></td> and <td>&nbsp;</td>) where columns are uneven; a single row with "
            "<br>-separated items (no whitespace around <br>); <ul> inside cells; several <p> in one cell; "
            "a row mixing a single item with a <br> pair; two tables with a visually hidden <caption>. "
            "After the principles: 'Vilka föreningar omfattas?' and 'Uppföljning' (two sentence "
            "commitments, principle null), 'Läs mer' links, 'Dela sidan', 'Senast uppdaterad: 7 maj "
            "2024' (not the decision date), feedback form, footer with contact and accessibility links."),
        "metadata": {
            "doc_id": "renakra_overenskommelse_foreningslivet",
            "title": TITLE,
            "place": "Renåkra",
            "organisation": "Renåkra kommun",
            "kind": "överenskommelse",
            "date": "2024-03-18",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"wrote {FILE}: {len(exp['commitments'])} commitments, {len(exp['questions'])} questions")


if __name__ == "__main__":
    main()
