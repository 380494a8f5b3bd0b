#!/usr/bin/env python3
"""Generate a saved English-language web page of Region Hagmora's agreement with
the non-profit sector, plus expected.json. Run: python3 make.py"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "region-hagmora-agreement-non-profit-sector.html"
LAYOUT = "g10_html_region_english"

COMMITMENTS = []  # (text, principle, party)


def c(text, principle, party):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


def e(s):
    return html.escape(s, quote=False)


def ul(items, principle, party, cls=None):
    attr = f' class="{cls}"' if cls else ""
    out = [f"<ul{attr}>"]
    for it in items:
        out.append(f"  <li>{e(c(it, principle, party))}</li>")
    out.append("</ul>")
    return "\n".join(out)


# ---------------------------------------------------------------- principles
P = "sjalvstandighet_och_oberoende"
indep = f"""
<h3 id="independence">Independence and autonomy</h3>
<p>The non-profit organisations are founded on the free will and commitment of their members.
Their independence is a value in itself and a prerequisite for a living democracy. The organisations
must be able to act as critical voices and advocates, also when they cooperate with the Region or
receive funding from it.</p>
<p><strong>The Region undertakes to:</strong></p>
{ul(["respect the organisations' right to decide on their own goals, values and ways of working, also when they receive grants from the Region",
     "design the conditions for grants and agreements so that they do not restrict the organisations' freedom to express opinions, including criticism of the Region"], P, "public")}
<p><strong>The organisations undertake to:</strong></p>
{ul(["safeguard their independence and make clear when they act as a voice for their members and when they perform services on behalf of the Region",
     "inform the Region if they feel that a collaboration risks limiting their independence"], P, "civil_society")}
"""

P = "dialog"
s1 = c("The Region will invite the organisations to dialogue at an early stage, before decisions are taken, in matters that concern them or the groups they represent.", P, "public")
s2 = c("The Region will also convene the Joint Dialogue Council at least twice a year.", P, "public")
dialogue = f"""
<h3 id="dialogue">Dialogue</h3>
<p>Dialogue means that the parties meet on equal terms to exchange knowledge and points of view.
Dialogue is not the same as negotiation, and it is not the same as a consultation on a proposal that
is already finished. A good dialogue requires time, clear questions and feedback on what happened with
the views that were given.</p>
<p>{e(s1)} {e(s2)}</p>
<h4>The organisations undertake to:</h4>
{ul(["appoint representatives who have a mandate to speak for their organisation and who report back to it after the meetings",
     "contribute their knowledge about the needs and living conditions of the groups they meet"], P, "civil_society")}
<h4>Together we will:</h4>
{ul(["develop forms of dialogue that make it possible for small associations without employed staff to take part, for example digital meetings in the evening"], P, "joint")}
<div class="factbox">
  <h4 class="factbox__heading">The Joint Dialogue Council</h4>
  <p>The Joint Dialogue Council (Gemensamt dialogråd) consists of:</p>
  <ul>
    <li>five elected representatives of the Region, appointed by the Regional Executive Committee</li>
    <li>seven representatives of the non-profit sector, appointed by Idéburet forum Hagmora</li>
    <li>a secretary from the Regional Development Administration</li>
  </ul>
  <p>The chair rotates between the parties every year.</p>
</div>
"""

P = "kvalitet"
quality = f"""
<h3 id="quality">Quality</h3>
<p>The non-profit organisations contribute with quality of their own kind: closeness to people,
commitment and the ability to reach groups that public authorities find it hard to reach. Quality is
defined and developed by each party, but we can learn from each other.</p>
<p><strong>The Region undertakes to:</strong></p>
{ul(["keep application and reporting procedures simple and in proportion to the size of the grant",
     "give written reasons when an application for a grant is rejected",
     "offer training and advice to organisations that want to apply for funding from the Region"], P, "public")}
<p><strong>The organisations undertake to:</strong></p>
{ul(["use the grants for the purpose for which they were given and report the results on time"], P, "civil_society")}
<p><strong>Together we will:</strong></p>
{ul(["develop ways of describing the value of non-profit work that are not only about figures and statistics"], P, "joint")}
"""

P = "langsiktighet"
l1 = c("The Region will offer multi-year operating grants of up to three years to organisations that have received funding from the Region for at least two years in a row.", P, "public")
l2 = c("Changes to the Region's grant rules will be announced at least twelve months before they come into force.", P, "public")
longterm = f"""
<h3 id="long-term">Long-term perspective</h3>
<p>Short project grants make it hard for the organisations to keep staff, volunteers and knowledge
over time. Many of the challenges in our county, such as loneliness among older people and the
exclusion of young people, need efforts that last longer than one budget year.</p>
<p>{e(l1)}</p>
<p>{e(l2)}</p>
<p><strong>The organisations undertake to:</strong></p>
{ul(["plan their activities with a long-term perspective and tell the Region in good time about major changes in their organisation or finances"], P, "civil_society")}
"""

P = "oppenhet_och_insyn"
openness = f"""
<h3 id="openness">Openness and transparency</h3>
<p>Openness and transparency build trust between the parties. Both the Region and the organisations
handle public money, and the citizens have a right to know how it is used. At the same time the
organisations' internal work must be respected.</p>
<p><strong>The Region undertakes to:</strong></p>
{ul(["publish a yearly summary of all grants paid to non-profit organisations on the Region's website",
     "be open about how grant decisions are made and which criteria are used"], P, "public")}
<p><strong>The organisations undertake to:</strong></p>
{ul(["be open about their finances, their organisation and how public funds are used",
     "give the Region access to the documents needed to follow up how grants have been used"], P, "civil_society")}
"""

P = "mangfald"
d1 = c("The Region will work to make it easier for new and small organisations, including organisations started by people who have recently come to Sweden, to take part in the cooperation.", P, "public")
diversity = f"""
<h3 id="diversity">Diversity</h3>
<p>The non-profit sector in Hagmora is made up of everything from large national federations to
small village associations, faith communities and informal networks. This diversity is a strength,
and the cooperation should reflect it. {e(d1)}</p>
<p><strong>The Region undertakes to:</strong></p>
{ul(["provide information about grants and dialogue in easy-to-read Swedish and, when needed, in other languages",
     "make sure that the premises where we meet are accessible for people with disabilities"], P, "public")}
<p><strong>The organisations undertake to:</strong></p>
{ul(["work actively to make their activities open to everyone, regardless of gender, ethnicity, religion or other belief, disability, sexual orientation or age"], P, "civil_society")}
"""

P = "barnrattsperspektiv"
b1 = c("The Region is responsible for making sure that children and young people are given the opportunity to express their views in matters within the agreement that concern them.", P, "public")
b2 = c("Organisations working with children and young people will have procedures for safe environments, including checking extracts from the criminal records register for leaders.", P, "civil_society")
children = f"""
<h3 id="childrens-rights">Children's rights</h3>
<p>Since 1 January 2020 the UN Convention on the Rights of the Child is Swedish law. Many
non-profit organisations meet children and young people every week, in sports, scouting, culture
and support activities. This principle was added in Hagmora and is not part of the national
agreement.</p>
<p>{e(b1)} {e(b2)}</p>
<p><strong>Together we will:</strong></p>
{ul(["arrange a dialogue meeting with children and young people at least once during the agreement period"], P, "joint")}
"""

P = None
f1 = c("The Regional Executive Committee is responsible for coordinating the Region's work with the agreement and for reporting to the Regional Council every year.", P, "public")
f2 = c("Idéburet forum Hagmora will spread information about the agreement to the organisations in the county and collect their views.", P, "civil_society")
followup = f"""
<h2 id="follow-up">Follow-up and development of the agreement</h2>
<p>{e(f1)}</p>
<p>{e(f2)}</p>
<p><strong>Together we will:</strong></p>
{ul(["follow up the agreement every year at a joint conference, the Civil Society Day",
     "agree on an action plan for each year based on the follow-up",
     "revise the agreement no later than 2028"], P, "joint")}
<table class="table">
  <caption>Meetings 2025</caption>
  <thead><tr><th scope="col">Date</th><th scope="col">Meeting</th><th scope="col">Place</th></tr></thead>
  <tbody>
    <tr><td>8 April 2025</td><td>Joint Dialogue Council</td><td>Regionens hus, Hagmora</td></tr>
    <tr><td>14 October 2025</td><td>Joint Dialogue Council</td><td>Digital meeting</td></tr>
    <tr><td>22 November 2025</td><td>Civil Society Day</td><td>Folkets hus, Tallsjö</td></tr>
  </tbody>
</table>
"""

# ---------------------------------------------------------------- page
TITLE = "Agreement between Region Hagmora and the non-profit sector"

page = f"""<!DOCTYPE html>
<!-- saved from url=(0091)https://www.regionhagmora.se/in-english/about-the-region/agreement-with-the-non-profit-sector/ -->
<html lang="en" class="sv-no-js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(TITLE)} - Region Hagmora</title>
<meta name="description" content="Read the agreement between Region Hagmora and the non-profit organisations in the county in English.">
<meta property="og:title" content="Agreement with the non-profit sector">
<meta property="og:locale" content="en_GB">
<link rel="alternate" hreflang="sv" href="https://www.regionhagmora.se/kultur-och-fritid/civilsamhalle/overenskommelse-med-den-ideburna-sektorn/">
<link rel="alternate" hreflang="en" href="https://www.regionhagmora.se/in-english/about-the-region/agreement-with-the-non-profit-sector/">
<link rel="stylesheet" href="./agreement_files/main.css">
<style>
  .sv-cookie{{position:fixed;bottom:0;left:0;right:0;background:#1d2b4f;color:#fff;padding:1.5rem;z-index:999}}
  .factbox{{background:#eef4f1;border-left:4px solid #2e7d5b;padding:1rem 1.25rem;margin:1.5rem 0}}
  .notice{{background:#fff6d6;border:1px solid #e6c85c;padding:1rem}}
  .breadcrumb li+li:before{{content:"/";padding:0 .4rem}}
</style>
<script>document.documentElement.className=document.documentElement.className.replace('sv-no-js','sv-js');</script>
<script async src="./agreement_files/matomo.js"></script>
</head>
<body class="page-en">
<a class="skip-link" href="#main-content">Skip to main content</a>

<div class="sv-cookie" id="cookie-consent" role="dialog" aria-labelledby="cookie-title">
  <h2 id="cookie-title">Vi använder kakor</h2>
  <p>Region Hagmora använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra
  den. Du kan välja att bara tillåta nödvändiga kakor. <a href="https://www.regionhagmora.se/om-webbplatsen/kakor/">Läs mer om kakor</a></p>
  <button type="button" class="btn btn--primary" data-consent="all">Godkänn alla kakor</button>
  <button type="button" class="btn" data-consent="necessary">Endast nödvändiga</button>
  <button type="button" class="btn btn--link" data-consent="settings">Inställningar</button>
</div>

<header class="site-header">
  <div class="topbar">
    <ul class="topbar__links">
      <li><a href="https://www.1177.se/Hagmora/">1177 – health advice</a></li>
      <li><a href="https://www.regionhagmora.se/vardgivare/">Vårdgivare</a></li>
      <li><a href="https://www.regionhagmora.se/jobb/">Work with us</a></li>
    </ul>
    <nav class="lang-switcher" aria-label="Language">
      <ul>
        <li><a href="https://www.regionhagmora.se/kultur-och-fritid/civilsamhalle/overenskommelse-med-den-ideburna-sektorn/" lang="sv" hreflang="sv">Svenska</a></li>
        <li class="active"><a href="https://www.regionhagmora.se/in-english/" aria-current="true">English</a></li>
        <li><a href="https://www.regionhagmora.se/lattlast/" lang="sv">Lättläst</a></li>
        <li><a href="https://www.regionhagmora.se/teckensprak/" lang="sv">Teckenspråk</a></li>
        <li><a href="https://www.regionhagmora.se/other-languages/">Other languages</a></li>
      </ul>
    </nav>
    <button class="listen" type="button" aria-label="Listen to this page">Listen</button>
  </div>
  <div class="header-main">
    <a class="logo" href="https://www.regionhagmora.se/"><img src="./agreement_files/logo-region-hagmora.svg" alt="Region Hagmora – go to the start page" width="210" height="48"></a>
    <form class="search" role="search" action="https://www.regionhagmora.se/sok/">
      <label for="q" class="sr-only">Search</label>
      <input id="q" name="q" type="search" placeholder="Search regionhagmora.se">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Main menu">
    <ul>
      <li><a href="https://www.regionhagmora.se/in-english/health-care/">Health care</a></li>
      <li><a href="https://www.regionhagmora.se/in-english/public-transport/">Public transport</a></li>
      <li><a href="https://www.regionhagmora.se/in-english/culture/">Culture</a></li>
      <li><a href="https://www.regionhagmora.se/in-english/regional-development/">Regional development</a></li>
      <li class="active"><a href="https://www.regionhagmora.se/in-english/about-the-region/">About the Region</a></li>
    </ul>
  </nav>
</header>

<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="https://www.regionhagmora.se/">Start</a></li>
    <li><a href="https://www.regionhagmora.se/in-english/">In English</a></li>
    <li><a href="https://www.regionhagmora.se/in-english/about-the-region/">About the Region</a></li>
    <li aria-current="page">Agreement with the non-profit sector</li>
  </ol>
</nav>

<div class="page-wrapper">
<aside class="side-menu">
  <nav aria-label="In English">
    <h2 class="side-menu__title">About the Region</h2>
    <ul>
      <li><a href="https://www.regionhagmora.se/in-english/about-the-region/organisation/">Organisation</a></li>
      <li><a href="https://www.regionhagmora.se/in-english/about-the-region/politics/">Politics and decision-making</a></li>
      <li><a href="https://www.regionhagmora.se/in-english/about-the-region/facts/">Facts about Hagmora County</a></li>
      <li class="active"><a href="https://www.regionhagmora.se/in-english/about-the-region/agreement-with-the-non-profit-sector/" aria-current="page">Agreement with the non-profit sector</a></li>
      <li><a href="https://www.regionhagmora.se/in-english/about-the-region/contact/">Contact us</a></li>
    </ul>
  </nav>
</aside>

<main id="main-content">
<article class="sv-text-portlet article">
<h1>{e(TITLE)}</h1>
<p class="lead">Region Hagmora and the non-profit organisations in the county have agreed on how we
will work together. The agreement describes the principles for our cooperation and what each party
undertakes to do. Here you can read the agreement in English.</p>

<div class="notice" role="note">
  <p><strong>Please note:</strong> This is a translation.</p>
  <p lang="sv"><em>Överenskommelse mellan Region Hagmora och den idéburna sektorn</em></p>
  <p>The Swedish version was adopted by the Regional Council (regionfullmäktige) on 26 November 2024, § 187. In case of any differences between the versions, the Swedish text applies.</p>
  <p><a href="https://www.regionhagmora.se/globalassets/civilsamhalle/overenskommelse-ideburen-sektor-2025-2028.pdf">Read the agreement in Swedish (PDF, 1.2 MB)</a></p>
</div>

<nav class="toc" aria-label="On this page">
  <h2 class="toc__title">On this page</h2>
  <ul>
    <li><a href="#background">Background</a></li>
    <li><a href="#purpose">Purpose of the agreement</a></li>
    <li><a href="#parties">The parties</a></li>
    <li><a href="#principles">The principles</a></li>
    <li><a href="#follow-up">Follow-up and development of the agreement</a></li>
    <li><a href="#join">How to join</a></li>
  </ul>
</nav>

<h2 id="background">Background</h2>
<p>In 2008 the Swedish Government, the Swedish Association of Local Authorities and Regions and a
number of national non-profit organisations signed a national agreement on cooperation in the social
field. The agreement was built on six principles. Several regions and municipalities have since made
local and regional agreements of the same kind.</p>
<p>Region Hagmora signed its first agreement with the non-profit sector in 2016. During 2023 and 2024
the agreement was revised in dialogue with more than 60 organisations, at meetings in all eight
municipalities of the county. There are around 2,400 registered associations in Hagmora County.</p>
<p>We want the agreement to be a living document that is used in everyday work, not only a paper on
the shelf.</p>

<h2 id="purpose">Purpose of the agreement</h2>
<p>The agreement aims to:</p>
<ul>
  <li>strengthen the role of the non-profit sector as a voice and a creator of opinion</li>
  <li>clarify the roles of the Region and the organisations in the cooperation</li>
  <li>create better conditions for the organisations to contribute to a good life in the whole county</li>
</ul>
<p>The agreement is valid from 1 January 2025 to 31 December 2028. It does not regulate individual
grants or contracts, and it is not legally binding.</p>

<h2 id="parties">The parties</h2>
<p>The parties to the agreement are Region Hagmora, that is the Regional Council's committees and
administrations, and the non-profit organisations that have joined the agreement. The organisations
are represented by Idéburet forum Hagmora, a network for non-profit organisations in the county.</p>
<p>By non-profit organisations we mean organisations that are independent of the public sector and
whose main purpose is not to make a profit, for example associations, faith communities, foundations
and social enterprises that reinvest their surplus.</p>

<h2 id="principles">The principles</h2>
<p>The agreement builds on seven principles. The first six come from the national agreement. The
seventh, children's rights, was added by the parties in Hagmora. For each principle the agreement
describes what the Region and the organisations undertake to do, and what we will do together.</p>
{indep}
{dialogue}
{quality}
{longterm}
{openness}
{diversity}
{children}
{followup}

<h2 id="join">How to join</h2>
<p>All non-profit organisations that are active in Hagmora County can join the agreement. It costs
nothing.</p>
<ol>
  <li>Read the agreement and discuss it in your organisation.</li>
  <li>Let your board decide to join the agreement.</li>
  <li>Fill in the form on the Swedish page and attach the board minutes.</li>
</ol>
<p>Your organisation will then be listed on the Region's website as a party to the agreement.</p>

<div class="contact-box">
  <h2>Contact</h2>
  <p>Civil Society Unit, Regional Development Administration</p>
  <p>Karin Åhlund, Coordinator for civil society<br>
  Phone: <a href="tel:+46104751230">+46 10-475 12 30</a><br>
  E-mail: <a href="mailto:civilsamhalle@regionhagmora.se">civilsamhalle@regionhagmora.se</a></p>
</div>

<div class="page-meta">
  <p>Page last updated: 12 March 2025</p>
  <p>Page editor: Karin Åhlund</p>
  <p>Translation: Hagmora Language Services, February 2025</p>
</div>
<div class="share">
  <button type="button" onclick="window.print()">Print</button>
  <a href="https://www.regionhagmora.se/share?url=agreement">Share</a>
</div>
</article>

<section class="feedback" aria-labelledby="fb-title">
  <h2 id="fb-title">Did you find what you were looking for?</h2>
  <form action="https://www.regionhagmora.se/feedback" method="post">
    <button type="submit" name="answer" value="yes">Yes</button>
    <button type="submit" name="answer" value="no">No</button>
  </form>
</section>
</main>
</div>

<footer class="site-footer">
  <div class="footer-col">
    <h2>Region Hagmora</h2>
    <p>Regionens hus, Storgatan 14, 865 31 Hagmora<br>
    Switchboard: +46 10-475 00 00<br>
    Org. no. 232100-0317</p>
  </div>
  <div class="footer-col">
    <h2>Shortcuts</h2>
    <ul>
      <li><a href="https://www.regionhagmora.se/in-english/about-the-region/contact/">Contact us</a></li>
      <li><a href="https://www.regionhagmora.se/om-webbplatsen/tillganglighetsredogorelse/">Accessibility statement</a></li>
      <li><a href="https://www.regionhagmora.se/om-webbplatsen/personuppgifter/">Processing of personal data</a></li>
      <li><a href="https://www.regionhagmora.se/om-webbplatsen/kakor/">Cookies</a></li>
    </ul>
  </div>
  <div class="footer-col">
    <h2>Follow us</h2>
    <ul>
      <li><a href="https://www.facebook.com/regionhagmora">Facebook</a></li>
      <li><a href="https://www.instagram.com/regionhagmora">Instagram</a></li>
      <li><a href="https://www.linkedin.com/company/region-hagmora">LinkedIn</a></li>
    </ul>
  </div>
  <p class="copyright">© Region Hagmora 2025</p>
</footer>

<script src="./agreement_files/jquery-3.7.1.min.js"></script>
<script src="./agreement_files/sitevision-envision.js"></script>
<script>
  document.querySelectorAll('[data-consent]').forEach(function (b) {{
    b.addEventListener('click', function () {{
      document.cookie = 'rh_consent=' + b.dataset.consent + ';path=/;max-age=31536000';
      document.getElementById('cookie-consent').hidden = true;
    }});
  }});
  var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']);
</script>
</body></html>
"""

with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as fh:
    fh.write(page)

# ---------------------------------------------------------------- expected
def by(pred):
    return [x["text"] for x in COMMITMENTS if pred(x)]


DECISION = "The Swedish version was adopted by the Regional Council (regionfullmäktige) on 26 November 2024, § 187."
questions = [
    {"id": "q1", "question": "How often does the Joint Dialogue Council meet?", "language": "en",
     "answerable": True, "gold": [s2], "must_mention": ["at least twice a year"]},
    {"id": "q2", "question": "We are a small association run only by volunteers - how can we take part in the dialogue with the region?",
     "language": "en", "answerable": True,
     "gold": ["develop forms of dialogue that make it possible for small associations without employed staff to take part, for example digital meetings in the evening"],
     "must_mention": ["small associations without employed staff", "digital meetings"]},
    {"id": "q3", "question": "Can our organisation get a grant from Region Hagmora for more than one year?", "language": "en",
     "answerable": True, "gold": [l1], "must_mention": ["up to three years", "at least two years in a row"]},
    {"id": "q4", "question": "Is the English text of the agreement the valid version?", "language": "en",
     "answerable": True,
     "gold": ["This is a translation.", DECISION, "In case of any differences between the versions, the Swedish text applies."],
     "must_mention": ["translation", "the Swedish text applies"]},
    {"id": "q5", "question": "what happens if the region turns down our grant application", "language": "en",
     "answerable": True, "gold": ["give written reasons when an application for a grant is rejected"],
     "must_mention": ["written reasons"]},
    {"id": "q6", "question": "When was the agreement adopted, and by which body?", "language": "en",
     "answerable": True, "gold": [DECISION], "must_mention": ["26 November 2024", "Regional Council"]},
    {"id": "q7", "question": "Vad lovar regionen när det gäller mångfald och tillgänglighet?", "language": "sv",
     "answerable": True,
     "gold": [d1,
              "provide information about grants and dialogue in easy-to-read Swedish and, when needed, in other languages",
              "make sure that the premises where we meet are accessible for people with disabilities"],
     "must_mention": ["new and small organisations", "easy-to-read Swedish", "accessible for people with disabilities"]},
    {"id": "q8", "question": "nar ska overenskommelsen ses over nasta gang?", "language": "sv",
     "answerable": True, "gold": ["revise the agreement no later than 2028"], "must_mention": ["2028"]},
    {"id": "q9", "question": "What is the deadline for applying for the Region's project grants in 2025?", "language": "en",
     "answerable": False, "gold": [], "must_mention": []},
    {"id": "q10", "question": "How much money does Region Hagmora pay to non-profit organisations in total each year?", "language": "en",
     "answerable": False, "gold": [], "must_mention": []},
]

expected = {
    "file": FILE,
    "layout": LAYOUT,
    "description": (
        "A saved Sitevision-style web page of a Swedish region with the ENGLISH translation of its agreement "
        "with the non-profit sector (lang=en, hreflang alternates, a 'saved from url' comment). Page chrome: "
        "skip link, a cookie dialog left in Swedish ('Vi använder kakor', buttons), a top bar with links and a "
        "language switcher (Svenska / English / Lättläst / Teckenspråk / Other languages), logo, search, main "
        "menu, breadcrumb ol, a side menu in an <aside>, an 'On this page' in-page TOC, a feedback form, a "
        "footer with address and org. no., scripts and inline CSS. The <article> has an h1, a lead, a notice "
        "box saying it is a translation with the Swedish title in <em> and the sentence 'The Swedish version "
        "was adopted by the Regional Council (regionfullmäktige) on 26 November 2024, § 187.' (the decision); "
        "h2 Background (2008 national agreement, first agreement 2016 = decoy dates), a 'The agreement aims "
        "to:' purpose list that is NOT commitments, validity 2025-2028, definitions. Under h2 'The principles' "
        "seven h3 principles: the six national ones in English (Independence and autonomy, Dialogue, Quality, "
        "Long-term perspective, Openness and transparency, Diversity) plus 'Children's rights' "
        "(slug barnrattsperspektiv). Commitments are <ul> items after bold-paragraph lead-ins "
        "'<p><strong>The Region undertakes to:</strong></p>', 'The organisations undertake to:' and "
        "'Together we will:' (under Dialogue the lead-ins are <h4> instead), and sentences: 'The Region will "
        "…' (two in one <p> under Dialogue; one at the end of a descriptive paragraph under Diversity, 'will "
        "work to'), a passive 'Changes to the Region's grant rules will be announced …', 'The Region is "
        "responsible for …' and 'Organisations working with children … will have …' in one paragraph. "
        "A fact box under Dialogue lists the Joint Dialogue Council's members (not commitments). An h2 "
        "'Follow-up and development of the agreement' (principle null) has sentence commitments for the "
        "Regional Executive Committee and Idéburet forum Hagmora and a 'Together we will:' list, then a "
        "'Meetings 2025' table (not commitments). Then 'How to join' numbered steps (imperatives, not "
        "commitments), a contact box, 'Page last updated: 12 March 2025' and a translation date (decoys)."
    ),
    "metadata": {
        "doc_id": FILE.rsplit(".", 1)[0],
        "title": TITLE,
        "place": "Hagmora",
        "organisation": "Region Hagmora",
        "kind": "överenskommelse",
        "date": "2024-11-26",
        "body": "regionfullmäktige",
    },
    "commitments": COMMITMENTS,
    "questions": questions,
}

with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
    fh.write("\n")

print(f"wrote {FILE} and expected.json: {len(COMMITMENTS)} commitments, {len(questions)} questions")
