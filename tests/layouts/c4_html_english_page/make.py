#!/usr/bin/env python3
"""Generate rydsalva_local_agreement_non_profit_sector_en.html and expected.json.

Rydsälva kommun (fictional): the ENGLISH web version of the municipality's
local agreement with the non-profit sector ("Lokal överenskommelse mellan
Rydsälva kommun och den idéburna sektorn"), as saved from the browser
("Save page as … HTML only"). Page chrome: skip link, cookie banner with
buttons, top bar with language switcher "Svenska | English", logo, main nav,
breadcrumbs, "On this page" jump list, translation notice, fact box, side
menu "More in this section", feedback widget, footer with address and
"Page last updated" (not the decision date), analytics and JSON-LD scripts.

The article: h1 "Local agreement between Rydsälva Municipality and the
non-profit sector", background and purpose, then seven principles as h3
"Dialogue (Dialog)" etc. with a description, lead-ins in <p><strong>
("The municipality undertakes to:", "Non-profit organisations undertake to:",
"Together, the parties will:") followed by <ul> lists (some items ending
with ';' or '.', most without), and sentence commitments ("The municipality
will …", "Associations are expected to …") mixed with non-commitment
sentences; follow-up section with commitments (principle null), period of
validity, decision line "Adopted by the Municipal Council on 14 March 2023
(§ 27)." and a Swedish PDF download link.

Run: python3 make.py   (standard library only)
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "rydsalva_local_agreement_non_profit_sector_en.html"
LAYOUT = "c4_html_english_page"
PUB, CS, JT = "public", "civil_society", "joint"
TITLE = "Local agreement between Rydsälva Municipality and the non-profit sector"

LEAD = {
    PUB: "The municipality undertakes to:",
    CS: "Non-profit organisations undertake to:",
    JT: "Together, the parties will:",
}

# Each principle: (slug, English heading, Swedish name, anchor, blocks)
# blocks: ("desc", text) | ("p", [(sentence, party|None), ...]) | ("list", party, [items])
PRINCIPLES = [
    ("sjalvstandighet_och_oberoende", "Independence and autonomy", "Självständighet och oberoende",
     "independence", [
         ("desc", "Non-profit organisations are independent of the municipality. They decide for themselves "
                  "on their activities, their opinions and how they are organised, and they have the right "
                  "to speak up for their members and target groups – also when this means criticising the "
                  "municipality."),
         ("list", PUB, [
             "respect the right of organisations to form their own opinions and to criticise the "
             "municipality, also when they receive grants or other support",
             "not make grants conditional on an organisation taking a particular position in public debate",
             "make clear in all cooperation which decisions are made by the municipality and which are "
             "made by the organisation",
         ]),
         ("list", CS, [
             "make clear in their communication when an activity is carried out on behalf of the "
             "municipality or with municipal funding",
             "keep decisions about their own activities within their own democratic bodies",
         ]),
     ]),
    ("dialog", "Dialogue", "Dialog", "dialogue", [
        ("desc", "Dialogue means that the parties meet regularly, listen to each other and exchange "
                 "knowledge before decisions are made. Good dialogue requires that both parties are well "
                 "prepared and that everyone can take part on equal terms."),
        ("p", [("The municipality will invite the non-profit sector to a joint dialogue forum at least twice "
                "a year, in spring and in autumn.", PUB),
               ("The forum is open to all organisations that have joined the agreement.", None)]),
        ("p", [("The municipality will involve the organisations concerned at an early stage when preparing "
                "decisions that affect them, such as changes to the grant rules or to the opening hours of "
                "municipal premises.", PUB)]),
        ("p", [("Associations are expected to take part in the dialogue forum and to pass on information "
                "from the forum to their members.", CS)]),
        ("list", JT, [
            "set up a joint coordination group with four representatives of the municipality and four "
            "representatives of the non-profit sector",
            "agree on the agenda for each dialogue forum no later than three weeks before the meeting",
        ]),
    ]),
    ("kvalitet", "Quality", "Kvalitet", "quality", [
        ("desc", "Quality is about what the residents of Rydsälva need and experience. The municipality and "
                 "the non-profit organisations have different roles and ways of working, and each "
                 "contributes to quality in its own way."),
        ("list", PUB, [
            "offer board members and leaders in associations free training in subjects such as accounting, "
            "child protection and grant applications at least twice a year;",
            "process applications for grants and bookings of premises within four weeks;",
            "provide a single point of contact for associations, the association desk (Föreningsdesken) at "
            "the Leisure and Culture Department.",
        ]),
        ("list", CS, [
            "carry out their activities in line with their statutes and with the conditions attached to any "
            "grant they receive;",
            "ask leaders who work with children and young people to show an extract from the police "
            "criminal records register;",
            "give the municipality feedback on how its support to associations works in practice.",
        ]),
    ]),
    ("langsiktighet", "Long-term perspective", "Långsiktighet", "long-term", [
        ("desc", "Long-term conditions make it easier for organisations to plan, recruit volunteers and "
                 "develop their activities. A long-term perspective also means that cooperation should not "
                 "depend on individual people."),
        ("p", [("The municipality will, wherever possible, decide on operating grants for two years at a "
                "time.", PUB),
               ("The municipality will give at least six months' notice of changes to the grant rules or "
                "to the conditions for using municipal premises.", PUB)]),
        ("list", CS, [
            "plan how knowledge and contacts are handed over when board members or leaders are replaced",
            "inform the municipality in good time if the organisation can no longer carry out an activity "
            "that receives municipal support",
        ]),
        ("list", JT, [
            "review the agreement and its commitments during 2026, ahead of the new term of office",
        ]),
    ]),
    ("oppenhet_och_insyn", "Openness and transparency", "Öppenhet och insyn", "openness", [
        ("desc", "Openness means that the parties share information with each other and that it is easy to "
                 "understand how decisions are made and how public money is used."),
        ("list", PUB, [
            "publish information about grants, premises and contact persons on the municipality's website "
            "in Swedish and in English",
            "publish a list every year of the grants that have been awarded to associations",
            "send out the association newsletter at least four times a year",
        ]),
        ("list", CS, [
            "submit their annual report, accounts and auditor's report when applying for an operating grant",
            "keep their contact details up to date in the municipality's <a>association register</a>",
            "show how municipal funds have been used if the municipality asks for this",
        ]),
        ("p", [("Associations are expected to inform the municipality without delay if anything happens "
                "that may affect the conditions of a grant.", CS)]),
    ]),
    ("mangfald", "Diversity", "Mångfald", "diversity", [
        ("desc", "Rydsälva is home to people of different backgrounds, ages, functional abilities and living "
                 "conditions. A diverse non-profit sector gives more people the chance to take part and to "
                 "make their voices heard."),
        ("p", [("The municipality will make sure that the municipal premises used by associations are "
                "accessible to people with disabilities.", PUB),
               ("The municipality will also support new associations and informal groups, for example "
                "networks of newly arrived residents, with advice on how to start and run an "
                "association.", PUB)]),
        ("list", CS, [
            "work actively to make their activities open and welcoming to everyone, regardless of "
            "background, gender, functional ability or financial situation",
            "consider how their activities can be made available to children and young people in families "
            "with limited financial resources",
        ]),
        ("p", [("Associations are expected to offer at least one open activity a year that is free of charge "
                "for participants.", CS)]),
    ]),
    ("samhallsutveckling", "Social development", "Samhällsutveckling", "social-development", [
        ("desc", "The non-profit sector is an important part of a democratic society and contributes to "
                 "public health, integration, safety and a living countryside. Many of Rydsälva's villages "
                 "have an active village association (byalag) that keeps local meeting places alive."),
        ("p", [("The municipality will consult the village associations when drawing up the comprehensive "
                "plan and other plans for the rural areas.", PUB)]),
        ("list", JT, [
            "cooperate on civil preparedness, for example by drawing up a joint list of premises and "
            "volunteers that can be called on in a crisis",
            "arrange a joint Association Day every year in September",
            "apply together for external funding, for example from the EU or the Swedish Inheritance Fund, "
            "for development projects in Rydsälva",
        ]),
        ("p", [("Associations are expected to share their knowledge of local needs with the municipality, "
                "for example at the village associations' annual meeting with the Municipal Executive "
                "Board.", CS)]),
    ]),
]

FOLLOW_UP = [
    [("The agreement is followed up every year.", None),
     ("The coordination group is responsible for the follow-up and presents its findings at the autumn "
      "dialogue forum.", None)],
    [("The municipality will compile an annual follow-up report, based on a survey of the associations and "
      "on the municipality's own statistics, and present it to the Municipal Executive Board.", PUB)],
    [("Organisations that have joined the agreement undertake to answer the annual survey.", CS)],
]
VALIDITY = ("The agreement applies from 1 April 2023 until 31 December 2026. "
            "It will then be revised by the parties together.")
DECISION = "Adopted by the Municipal Council on 14 March 2023 (§ 27)."


def esc(s):
    """Escape text but keep the one <a> we put inside a list item."""
    out = html.escape(s, quote=False)
    return out.replace("&lt;a&gt;", '<a href="/en/associations/association-register">') \
              .replace("&lt;/a&gt;", "</a>")


def plain(s):
    return s.replace("<a>", "").replace("</a>", "")


def render_principle(slug, en, sv, anchor, blocks):
    o = [f'<section class="principle" id="{anchor}">',
         f'<h3>{esc(en)} ({esc(sv)})</h3>']
    for b in blocks:
        if b[0] == "desc":
            o.append(f'<p class="principle-desc">{esc(b[1])}</p>')
        elif b[0] == "p":
            o.append("<p>" + " ".join(esc(s) for s, _ in b[1]) + "</p>")
        elif b[0] == "list":
            o.append(f'<p class="lead-in"><strong>{esc(LEAD[b[1]])}</strong></p>')
            o.append('<ul class="commitments">')
            for it in b[2]:
                o.append(f"  <li>{esc(it)}</li>")
            o.append("</ul>")
    o.append("</section>")
    return "\n".join(o)


def build_html():
    principles_html = "\n\n".join(render_principle(*p) for p in PRINCIPLES)
    toc = "\n".join(f'      <li><a href="#{a}">{esc(en)}</a></li>' for _, en, _, a, _ in PRINCIPLES)
    follow = "\n".join("<p>" + " ".join(esc(s) for s, _ in para) + "</p>" for para in FOLLOW_UP)
    page = f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<!-- saved from url=(0089)https://www.rydsalva.se/en/municipality-and-politics/non-profit-sector/local-agreement -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(TITLE)} - Rydsälva kommun</title>
<meta name="description" content="How Rydsälva Municipality and local associations, study associations and other non-profit organisations have agreed to work together.">
<link rel="alternate" hreflang="sv" href="https://www.rydsalva.se/kommun-och-politik/ideburen-sektor/lokal-overenskommelse">
<link rel="alternate" hreflang="en" href="https://www.rydsalva.se/en/municipality-and-politics/non-profit-sector/local-agreement">
<link rel="stylesheet" href="./local-agreement_files/main.min.css">
<style>
  .cookie-banner{{position:fixed;bottom:0;left:0;right:0;background:#1d3b2f;color:#fff;padding:1rem;z-index:999}}
  .lang-switch a[aria-current]{{font-weight:bold;text-decoration:none}}
  .principle h3{{border-top:2px solid #2f6b4f;padding-top:.6rem}}
  .lead-in{{margin-bottom:.2rem}}
  .factbox{{background:#eef5f0;padding:1rem 1.2rem;border-left:4px solid #2f6b4f}}
  .translation-note{{font-style:italic;background:#fff8e1;padding:.6rem}}
</style>
<script>document.documentElement.className=document.documentElement.className.replace('no-js','js');</script>
<script async src="./local-agreement_files/matomo.js"></script>
<script>
  var _paq = window._paq = window._paq || [];
  _paq.push(['disableCookies']); _paq.push(['trackPageView']); _paq.push(['enableLinkTracking']);
  (function() {{ var u="https://analys.rydsalva.se/"; _paq.push(['setTrackerUrl', u+'matomo.php']); _paq.push(['setSiteId', '3']); }})();
</script>
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"WebPage","name":"{TITLE}","inLanguage":"en","dateModified":"2024-10-09","publisher":{{"@type":"GovernmentOrganization","name":"Rydsälva kommun","address":{{"@type":"PostalAddress","streetAddress":"Torggatan 4","postalCode":"742 91","addressLocality":"Rydsälva","addressCountry":"SE"}}}}}}
</script>
</head>
<body class="page-en template-article">

<a class="skip-link" href="#content">Skip to content</a>

<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookies">
  <p><strong>We use cookies</strong></p>
  <p>Rydsälva kommun uses cookies that are necessary for the website to work. With your consent we also use
  cookies for statistics, to improve the website. <a href="/en/about-the-website/cookies">Read more about cookies</a></p>
  <button type="button" class="btn btn-primary" data-consent="all">Accept all cookies</button>
  <button type="button" class="btn btn-secondary" data-consent="necessary">Only necessary cookies</button>
</div>

<div class="topbar">
  <ul class="topbar-links">
    <li><a href="/en/contact">Contact us</a></li>
    <li><a href="#" class="rs-listen" data-readspeaker="true">Listen</a></li>
    <li class="lang-switch"><a href="/kommun-och-politik/ideburen-sektor/lokal-overenskommelse" lang="sv" hreflang="sv">Svenska</a> | <a href="/en/municipality-and-politics/non-profit-sector/local-agreement" aria-current="true">English</a></li>
  </ul>
</div>

<header class="site-header">
  <a href="/en" class="logo"><img src="./local-agreement_files/rydsalva-logo.svg" alt="Rydsälva kommun – to the start page" width="180" height="52"></a>
  <form class="search" action="/en/search" role="search">
    <label for="q" class="sr-only">Search</label>
    <input id="q" name="q" type="search" placeholder="What are you looking for?">
    <button type="submit">Search</button>
  </form>
  <nav class="main-nav" aria-label="Main menu">
    <ul>
      <li><a href="/en/living-and-housing">Living and housing</a></li>
      <li><a href="/en/education-and-childcare">Education and childcare</a></li>
      <li><a href="/en/care-and-support">Care and support</a></li>
      <li><a href="/en/leisure-and-culture">Leisure and culture</a></li>
      <li><a href="/en/business-and-work">Business and work</a></li>
      <li class="active"><a href="/en/municipality-and-politics">Municipality and politics</a></li>
    </ul>
  </nav>
</header>

<nav class="breadcrumbs" aria-label="Breadcrumbs">
  <ol>
    <li><a href="/en">Home</a></li>
    <li><a href="/en/municipality-and-politics">Municipality and politics</a></li>
    <li><a href="/en/municipality-and-politics/non-profit-sector">The non-profit sector</a></li>
    <li aria-current="page">Local agreement</li>
  </ol>
</nav>

<div class="page-wrapper">
<aside class="side-menu" aria-label="More in this section">
  <h2>More in this section</h2>
  <ul>
    <li><a href="/en/municipality-and-politics/non-profit-sector">The non-profit sector</a></li>
    <li class="current"><a href="/en/municipality-and-politics/non-profit-sector/local-agreement">Local agreement</a></li>
    <li><a href="/en/leisure-and-culture/associations/grants">Grants for associations</a></li>
    <li><a href="/en/leisure-and-culture/associations/book-premises">Book premises</a></li>
    <li><a href="/en/associations/association-register">Association register</a></li>
    <li><a href="/en/leisure-and-culture/volunteer">Volunteer in Rydsälva</a></li>
  </ul>
</aside>

<main id="content">
<article class="article">
<h1>{esc(TITLE)}</h1>
<p class="ingress">Rydsälva Municipality and the local non-profit sector have drawn up a joint agreement on how we
will work together. The agreement is based on seven principles and describes what the municipality, the
non-profit organisations and both parties together undertake to do.</p>

<p class="translation-note">This page is a translation of the Swedish document <span lang="sv">Lokal
överenskommelse mellan Rydsälva kommun och den idéburna sektorn</span>. If the English and Swedish versions
differ, the Swedish version applies.</p>

<nav class="on-this-page" aria-label="On this page">
  <h2 class="h4">On this page</h2>
  <ul>
    <li><a href="#background">Background</a></li>
    <li><a href="#purpose">Purpose of the agreement</a></li>
    <li><a href="#principles">The principles and our commitments</a>
      <ul>
{toc}
      </ul>
    </li>
    <li><a href="#follow-up">Follow-up</a></li>
    <li><a href="#decision">Decision</a></li>
  </ul>
</nav>

<h2 id="background">Background</h2>
<p>In 2008 the Government, the Swedish Association of Local Authorities and Regions (SALAR) and national
non-profit organisations signed a national agreement on cooperation in the social field. Since then, many
municipalities and regions have drawn up local and regional agreements based on the same principles.</p>
<p>In Rydsälva, the work on a local agreement started in 2021, when representatives of some forty associations,
the study associations, the Church of Sweden parish and the municipality met at a series of dialogue meetings
in Ryd, Älvnäs and Storbacken. The text of the agreement was then drafted by a working group with members
from both sides and was circulated for comments during the autumn of 2022.</p>
<p>Rydsälva has about 11 800 inhabitants and more than 160 registered associations. Sports clubs, village
associations, pensioners' organisations, cultural associations and faith communities together run a large
part of the leisure activities and meeting places in the municipality, not least in the villages.</p>

<h3>What do we mean by the non-profit sector?</h3>
<p>By the non-profit sector (<span lang="sv">idéburen sektor</span>) we mean organisations that are driven by
ideas and values, that are independent of the public sector and that do not aim to make a profit for their
owners. Examples are non-profit associations, foundations, study associations, faith communities and
cooperatives whose profits go back into the activities.</p>

<div class="factbox" role="complementary">
  <h2 class="h4">Facts about the agreement</h2>
  <ul>
    <li>Parties: Rydsälva kommun and the non-profit organisations that have signed the declaration of support</li>
    <li>Decision: Municipal Council, § 27/2023</li>
    <li>Reg. no.: KS 2022/318</li>
    <li>Responsible department: Leisure and Culture Department</li>
  </ul>
</div>

<h2 id="purpose">Purpose of the agreement</h2>
<p>The purpose of the agreement is to strengthen cooperation between Rydsälva Municipality and the non-profit
sector, so that more residents can take part in community life and have influence over how the municipality
develops. The agreement is meant to make roles and expectations clear and to make cooperation less dependent
on individual officials and board members.</p>
<p>The agreement does not replace the municipality's grant rules, and it does not regulate contracts or other
agreements between the municipality and individual organisations. An organisation joins the agreement by
signing a declaration of support, which is available from the association desk.</p>

<h2 id="principles">The principles and our commitments</h2>
<p>Under each principle we describe what it means for us in Rydsälva and what the parties undertake to do. The
Swedish names of the principles are given in brackets.</p>

{principles_html}

<h2 id="follow-up">Follow-up</h2>
{follow}
<p>{esc(VALIDITY)}</p>

<h2 id="decision">Decision</h2>
<p>{esc(DECISION)}</p>
<p>Reg. no. KS 2022/318</p>

<div class="download">
  <h2 class="h4">Download</h2>
  <ul class="file-list">
    <li><a href="/download/18.3f1c9a2b18734d0e5a21c7/1681205544870/lokal-overenskommelse-ideburen-sektor-2023.pdf" lang="sv">Lokal överenskommelse mellan Rydsälva kommun och den idéburna sektorn (pdf, 384 kB)</a> – in Swedish</li>
    <li><a href="/download/18.3f1c9a2b18734d0e5a21d2/1681205561203/declaration-of-support.pdf">Declaration of support (pdf, 96 kB)</a></li>
  </ul>
</div>

<div class="contact-card">
  <h2 class="h4">Contact</h2>
  <p><strong>The association desk</strong> (<span lang="sv">Föreningsdesken</span>)<br>
  Leisure and Culture Department<br>
  Phone: <a href="tel:+4617348050">0173-480 50</a><br>
  E-mail: <a href="mailto:foreningsdesken@rydsalva.se">foreningsdesken@rydsalva.se</a></p>
</div>
</article>

<div class="page-feedback">
  <p>Page last updated: 9 October 2024</p>
  <form class="feedback" action="/en/feedback" method="post">
    <fieldset>
      <legend>Did you find the information you were looking for?</legend>
      <button type="button" name="helpful" value="yes">Yes</button>
      <button type="button" name="helpful" value="no">No</button>
    </fieldset>
  </form>
</div>
</main>
</div>

<footer class="site-footer">
  <div class="footer-col">
    <h2 class="h4">Rydsälva kommun</h2>
    <p>Torggatan 4, 742 91 Rydsälva<br>
    Phone: 0173-480 00<br>
    E-mail: kommun@rydsalva.se<br>
    Org. no. 212000-4412</p>
  </div>
  <div class="footer-col">
    <h2 class="h4">Opening hours, customer service</h2>
    <p>Monday–Thursday 8.00–16.30<br>Friday 8.00–15.00</p>
  </div>
  <div class="footer-col">
    <ul>
      <li><a href="/en/about-the-website/accessibility">Accessibility statement</a></li>
      <li><a href="/en/about-the-website/personal-data">Processing of personal data</a></li>
      <li><a href="/en/about-the-website/cookies">Cookies</a></li>
      <li><a href="https://www.facebook.com/rydsalvakommun">Facebook</a></li>
    </ul>
  </div>
</footer>

<script src="./local-agreement_files/jquery-3.6.0.min.js"></script>
<script>
  document.querySelectorAll('#cookie-banner button').forEach(function (b) {{
    b.addEventListener('click', function () {{
      document.cookie = 'cookieConsent=' + b.dataset.consent + ';path=/;max-age=31536000';
      document.getElementById('cookie-banner').hidden = true;
    }});
  }});
</script>
</body>
</html>
"""
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
        f.write(page)


# ----------------------------------------------------------------- expected
def commitments():
    res = []
    for slug, _en, _sv, _a, blocks in PRINCIPLES:
        for b in blocks:
            if b[0] == "p":
                res += [{"text": s, "principle": slug, "party": p} for s, p in b[1] if p]
            elif b[0] == "list":
                res += [{"text": plain(i).rstrip(";."), "principle": slug, "party": b[1]} for i in b[2]]
    for para in FOLLOW_UP:
        res += [{"text": s, "principle": None, "party": p} for s, p in para if p]
    return res


def items(slug, party):
    for s, _en, _sv, _a, blocks in PRINCIPLES:
        if s == slug:
            return [plain(i).rstrip(";.") for b in blocks if b[0] == "list" and b[1] == party for i in b[2]]
    raise KeyError(slug)


def sent(prefix):
    for _s, _en, _sv, _a, blocks in PRINCIPLES:
        for b in blocks:
            if b[0] == "p":
                for s, _ in b[1]:
                    if s.startswith(prefix):
                        return s
    for para in FOLLOW_UP:
        for s, _ in para:
            if s.startswith(prefix):
                return s
    raise KeyError(prefix)


def questions():
    qs = [
        ("How often does the municipality hold the dialogue forum with the associations?", "en",
         [sent("The municipality will invite the non-profit sector")],
         ["at least twice a year"]),
        ("What does the municipality undertake to do under the principle of quality?", "en",
         items("kvalitet", PUB),
         ["free training", "within four weeks", "Föreningsdesken"]),
        ("Vad åtar sig föreningarna under principen om öppenhet och insyn?", "sv",
         items("oppenhet_och_insyn", CS) + [sent("Associations are expected to inform the municipality")],
         ["annual report", "association register"]),
        ("When was the local agreement adopted, and by which body?", "en",
         [DECISION],
         ["14 March 2023", "Municipal Council"]),
        ("Can our association criticise the municipality in public even though we get a grant from them?",
         "en",
         items("sjalvstandighet_och_oberoende", PUB)[:2],
         ["criticise the municipality", "not make grants conditional"]),
        ("vad ska foreningarna gora for mangfald enligt overenskommelsen", "sv",
         items("mangfald", CS) + [sent("Associations are expected to offer")],
         ["open and welcoming", "free of charge"]),
        ("List the things the municipality and the associations will do together for social development.",
         "en",
         items("samhallsutveckling", JT),
         ["civil preparedness", "Association Day", "external funding"]),
        ("how long is the agreement valid", "en",
         ["The agreement applies from 1 April 2023 until 31 December 2026."],
         ["1 April 2023", "31 December 2026"]),
        ("What is the deadline for applying for the annual operating grant?", "en", [], []),
        ("Hur mycket pengar delar kommunen ut i föreningsbidrag per år?", "sv", [], []),
    ]
    out = []
    for i, (q, lang, gold, mm) in enumerate(qs, 1):
        out.append({"id": f"{LAYOUT}-q{i}", "question": q, "language": lang, "answerable": bool(gold),
                    "gold": gold, "must_mention": mm})
    return out


def build_expected():
    exp = {
        "file": FILE,
        "layout": LAYOUT,
        "description": (
            "English-language web version of a Swedish municipality's local agreement with the non-profit "
            "sector, saved as HTML: skip link, cookie banner with consent buttons, top bar with language "
            "switcher 'Svenska | English' and 'Listen', logo, search, main nav, breadcrumbs, side menu "
            "'More in this section', 'On this page' jump list of the principles, translation notice "
            "(Swedish version applies), fact box, download list with the Swedish PDF, contact card, "
            "feedback widget, 'Page last updated' date that is not the decision, footer, Matomo and "
            "JSON-LD scripts. Article: h1 'Local agreement between Rydsälva Municipality and the "
            "non-profit sector', background, definition and purpose sections without commitments, then "
            "seven principles as h3 'English name (Swedish name)' ('Independence and autonomy "
            "(Självständighet och oberoende)', 'Dialogue (Dialog)', 'Long-term perspective "
            "(Långsiktighet)' …) with a description paragraph, <p><strong> lead-ins 'The municipality "
            "undertakes to:', 'Non-profit organisations undertake to:', 'Together, the parties will:' "
            "before <ul> lists (one principle's items end in ';'/'.', one item contains a link), and "
            "sentence commitments 'The municipality will …' / 'Associations are expected to …' mixed "
            "with non-commitment sentences; a Follow-up section with commitments (principle null, one "
            "'Organisations … undertake to …' sentence), validity period and the decision line "
            "'Adopted by the Municipal Council on 14 March 2023 (§ 27).'"),
        "metadata": {
            "doc_id": "rydsalva_local_agreement_en",
            "title": TITLE,
            "place": "Rydsälva",
            "organisation": "Rydsälva kommun",
            "kind": "överenskommelse",
            "date": "2023-03-14",
            "body": "municipal council",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return exp


if __name__ == "__main__":
    build_html()
    e = build_expected()
    print(f"wrote {FILE}: {len(e['commitments'])} commitments, {len(e['questions'])} questions")
