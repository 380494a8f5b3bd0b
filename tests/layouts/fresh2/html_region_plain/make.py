#!/usr/bin/env python3
"""Generate a Word "Save as web page"-style HTML export of a regional agreement
with the civil-society sector, and expected.json.

Layout features: Word HTML boilerplate (mso conditional comments, o:
namespaces, MsoNormal/MsoListParagraph classes, inline styles), <b> headings
instead of h-tags, &nbsp; spacer paragraphs, <br> inside paragraphs, layout
tables (letterhead, signatures), the commitments in a three-column table
("Princip" | "Region Norrhälla åtar sig" | "Idéburna organisationer åtar sig")
with several items per cell separated by <br> or in separate <p>s, Word's
Symbol-font list bullets for the joint commitments, one joint commitment in
prose, an action-plan table that is not commitments, source lines hard-wrapped
like Word does.

Run: python3 make.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = os.path.basename(HERE)
FILE = "overenskommelse_region_norrhalla_ideburen_sektor.html"
REGION = "Region Norrhälla"

commitments = []
parts = []


def add(html):
    parts.append(html)


def P(text, style=""):
    st = f" style='{style}'" if style else ""
    add(f"<p class=MsoNormal{st}>{text}</p>")


def spacer():
    add("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")


def heading(text):
    add(
        "<p class=MsoNormal style='margin-top:12.0pt;margin-bottom:6.0pt'><b>"
        "<span style='font-size:13.0pt;font-family:\"Arial\",sans-serif;color:#00509E'>"
        f"{text}<o:p></o:p></span></b></p>"
    )


def C(text, principle, party):
    commitments.append({"text": text, "principle": principle, "party": party})
    return text


# ---------------------------------------------------------------------------
# Commitments table data.  Each row: principle slug, name, description,
# region items, civil items, and how the cells are formatted.
# ---------------------------------------------------------------------------
ROWS = [
    (
        "dialog",
        "Dialog och inflytande",
        "Parterna möts regelbundet och den idéburna sektorn får möjlighet att påverka i frågor som berör den.",
        [
            "bjuda in Idéburna rådet till minst fyra samrådsmöten per år",
            "involvera idéburna organisationer tidigt i arbetet med regionala strategier och handlingsplaner",
            "ge skriftlig återkoppling på synpunkter som lämnats i samråden",
        ],
        [
            "utse representanter till Idéburna rådet som speglar bredden i sektorn",
            "förankra frågor från samråden i de egna organisationerna",
        ],
        ("br_att", "p_att"),
    ),
    (
        "sjalvstandighet_och_oberoende",
        "Självständighet och oberoende",
        "Organisationernas självständighet är grunden för samverkan.",
        [
            "respektera organisationernas rätt att driva opinion, även i frågor där de är kritiska till regionen",
            "inte styra organisationernas interna arbete genom villkor i bidrag",
        ],
        [
            "själva ansvara för verksamhetens inriktning och prioriteringar",
            "tydligt redovisa när de agerar på uppdrag av regionen",
        ],
        ("p_bullet", "p_bullet"),
    ),
    (
        "kvalitet",
        "Kvalitet",
        "Kvalitet utgår från de behov som finns hos de människor verksamheten riktar sig till.",
        [
            "utgå från de behov som patienter, brukare och medlemmar har när samverkan planeras",
            "erbjuda kompetensutveckling inom till exempel folkhälsa och krisberedskap",
        ],
        [
            "bedriva sin verksamhet med god kvalitet och följa tillämplig lagstiftning",
            "dela med sig av sin kunskap om målgruppernas behov",
        ],
        ("br_dash", "br_dash"),
    ),
    (
        "langsiktighet",
        "Långsiktighet",
        "Samverkan behöver stabila och förutsägbara villkor över tid.",
        [
            "i första hand ge organisationsbidrag och fleråriga verksamhetsbidrag",
            "besluta om bidrag för kommande år senast den 15 december",
            "använda idéburet offentligt partnerskap (IOP) när det passar verksamheten",
        ],
        [
            "planera sin verksamhet med ett långsiktigt perspektiv",
            "i god tid informera regionen om förändringar som påverkar en pågående samverkan",
        ],
        ("p_att", "br_att"),
    ),
    (
        "oppenhet_och_insyn",
        "Öppenhet och insyn",
        "Offentliga medel används öppet och båda parter har insyn i hur samverkan fungerar.",
        [
            "publicera beslut om bidrag och partnerskap på regionens webbplats",
            "vara öppen med hur prioriteringar och bedömningar görs",
        ],
        [
            "lämna ekonomisk och verksamhetsmässig redovisning för de medel som tas emot från regionen",
            "ge regionen insyn i den verksamhet som finansieras med offentliga medel",
        ],
        ("br_att", "br_att"),
    ),
    (
        "mangfald",
        "Mångfald och jämställdhet",
        "Länets idéburna sektor är mångfasetterad och ska få vara det.",
        [
            "verka för att organisationer av olika storlek och med olika inriktning kan delta i samverkan",
            "ta hänsyn till förutsättningarna i länets glesbygd",
        ],
        [
            "arbeta för att verksamheten är öppen och tillgänglig för alla oavsett kön, ålder, etnicitet, religion, sexuell läggning eller funktionsnedsättning",
            "främja jämställdhet i styrelser och ledning",
        ],
        ("p_bullet", "p_att"),
    ),
    (
        "samhallsutveckling",
        "Samhällsutveckling och folkhälsa",
        "Den idéburna sektorn är en kraft i utvecklingen av länet.",
        [
            "ta tillvara organisationernas kunskap i arbetet med att minska ojämlikhet i hälsa",
            "synliggöra civilsamhällets roll i den regionala utvecklingsstrategin",
        ],
        [
            "bidra med kunskap och engagemang i det regionala folkhälsoarbetet",
            "stärka möjligheterna för invånare att engagera sig ideellt",
        ],
        ("br_plain", "p_bullet"),
    ),
]


def cell_items(items, fmt, principle, party):
    for it in items:
        C(it, principle, party)
    sp = "<span style='font-size:10.0pt;font-family:\"Arial\",sans-serif'>"
    if fmt == "br_att":
        inner = "<br>\n".join("att " + it for it in items)
        return f"<p class=MsoNormal>{sp}{inner}<o:p></o:p></span></p>"
    if fmt == "br_dash":
        inner = "<br>\n".join("- " + it for it in items)
        return f"<p class=MsoNormal>{sp}{inner}<o:p></o:p></span></p>"
    if fmt == "br_plain":
        inner = "<br>\n".join(it[0].upper() + it[1:] + "." for it in items)
        return f"<p class=MsoNormal>{sp}{inner}<o:p></o:p></span></p>"
    if fmt == "p_att":
        return "\n".join(
            f"<p class=MsoNormal style='margin-bottom:4.0pt'>{sp}att {it}<o:p></o:p></span></p>"
            for it in items
        )
    if fmt == "p_bullet":
        return "\n".join(
            f"<p class=MsoNormal style='margin-left:9.0pt;text-indent:-9.0pt'>{sp}•&nbsp;{it}<o:p></o:p></span></p>"
            for it in items
        )
    raise ValueError(fmt)


# br_plain capitalises and adds a full stop: keep the verbatim text as written
def fix_br_plain():
    for row in ROWS:
        if row[5][0] == "br_plain":
            for it in row[3]:
                for cm in commitments:
                    if cm["text"] == it and cm["party"] == "public":
                        cm["text"] = it[0].upper() + it[1:]


# ---------------------------------------------------------------------------
# Document
# ---------------------------------------------------------------------------
HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="overenskommelse_region_norrhalla_ideburen_sektor_filer/filelist.xml">
<title>Överenskommelse Region Norrhälla och idéburen sektor</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Lindqvist Sara RK</o:Author>
  <o:LastAuthor>Lindqvist Sara RK</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:Created>2022-08-31T07:12:00Z</o:Created>
  <o:LastSaved>2022-09-05T13:40:00Z</o:LastSaved>
  <o:Pages>4</o:Pages>
  <o:Company>Region Norrhälla</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:TrackMoves>false</w:TrackMoves>
  <w:HyphenationZone>21</w:HyphenationZone>
  <w:ValidateAgainstSchemas/>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0cm;
	margin-bottom:6.0pt;
	line-height:115%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
 p.MsoListParagraphCxSpFirst, p.MsoListParagraphCxSpMiddle, p.MsoListParagraphCxSpLast
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
 table.MsoTableGrid
	{border:solid windowtext 1.0pt;
	font-size:10.0pt;
	font-family:"Calibri",sans-serif;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
</head>

<body lang=SV link="#0563C1" vlink="#954F72" style='tab-interval:65.2pt'>

<div class=WordSection1>
"""

# Letterhead as a layout table
add(
    "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=604 "
    "style='width:453.1pt;border-collapse:collapse;mso-yfti-tbllook:1184'>\n"
    "<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>\n"
    "<td width=302 valign=top style='width:226.55pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
    "<p class=MsoNormal><span style='mso-no-proof:yes'><img width=151 height=48 "
    "src=\"overenskommelse_region_norrhalla_ideburen_sektor_filer/image001.png\" "
    "alt=\"Region Norrhälla logotyp\"></span></p>\n"
    "<p class=MsoNormal><b><span style='font-size:12.0pt;font-family:\"Arial\",sans-serif;"
    "color:#00509E;letter-spacing:1.0pt'>REGION NORRHÄLLA</span></b></p>\n"
    "</td>\n"
    "<td width=302 valign=top style='width:226.55pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
    "<p class=MsoNormal align=right style='text-align:right'><span style='font-size:9.0pt;"
    "font-family:\"Arial\",sans-serif'>ÖVERENSKOMMELSE<br>\nRegionkansliet<br>\n"
    "Datum: 2022-06-14<br>\nDnr: RS&nbsp;2021/1187</span></p>\n"
    "</td>\n</tr>\n</table>"
)
spacer()
add(
    "<p class=MsoNormal style='margin-bottom:12.0pt'><b><span style='font-size:18.0pt;"
    "line-height:115%;font-family:\"Arial\",sans-serif'>Överenskommelse mellan "
    f"{REGION} och idéburna organisationer i Norrhälla län 2022&#8211;2026"
    "<o:p></o:p></span></b></p>"
)
DECISION = (
    "Överenskommelsen beslutades av regionfullmäktige den 14 juni 2022, § 96, och "
    "undertecknades av parterna den 30 augusti 2022."
)
P(f"<i>{DECISION}</i>")
spacer()

heading("1. Inledning")
P(
    "Den nationella överenskommelsen mellan regeringen, idéburna organisationer inom det "
    "sociala området och Sveriges Kommuner och Regioner tecknades 2008. I Norrhälla län har "
    "regionen och den idéburna sektorn samverkat sedan 2012 inom ramen för Forum Norrhälla. "
    "Den första regionala överenskommelsen antogs 2015 och har nu reviderats efter en gemensam "
    "process under 2021 och våren 2022."
)
P(
    "Under processen har tre öppna dialogmöten hållits:<br>\n"
    "Hällby&nbsp;&nbsp;12 oktober 2021<br>\n"
    "Storås&nbsp;&nbsp;23 november 2021<br>\n"
    "Digitalt&nbsp;&nbsp;8 februari 2022"
)
P(
    "Överenskommelsen är ingen juridiskt bindande handling utan en gemensam viljeyttring om "
    "hur parterna vill samverka."
)

heading("2. Parter")
P(
    f"Överenskommelsen är tecknad mellan {REGION} och de idéburna organisationer som har "
    "anslutit sig genom Idéburna rådet i Norrhälla. En förteckning över anslutna organisationer "
    "finns på regionens webbplats."
)
JOIN = (
    "Idéburna organisationer som verkar i länet kan när som helst ansluta sig till "
    "överenskommelsen genom att anmäla detta till Idéburna rådet."
)
P(JOIN)

heading("3. Syfte och mål")
P(
    f"Syftet med överenskommelsen är att stärka samverkan mellan {REGION} och den idéburna "
    "sektorn och att ge förutsättningar för ett aktivt civilsamhälle i hela länet."
)
P(
    "Målen är att<br>\n"
    "&#8211; fler invånare ska ha möjlighet att engagera sig ideellt,<br>\n"
    "&#8211; den idéburna sektorns kunskap ska tas tillvara i regionens verksamheter,<br>\n"
    "&#8211; samverkan ska präglas av tillit och ömsesidig respekt."
)

heading("4. Principer och åtaganden")
PRINCIPLES = (
    "Överenskommelsen vilar på sju principer: dialog och inflytande, självständighet och "
    "oberoende, kvalitet, långsiktighet, öppenhet och insyn, mångfald och jämställdhet samt "
    "samhällsutveckling och folkhälsa."
)
P(PRINCIPLES + " I tabellen nedan beskrivs vad respektive part åtar sig under varje princip.")

th = ("<td width={w} valign=top style='width:{pt};border:solid windowtext 1.0pt;"
      "background:#DEEAF6;padding:0cm 5.4pt 0cm 5.4pt'>\n"
      "<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:\"Arial\",sans-serif'>"
      "{t}<o:p></o:p></span></b></p>\n</td>")
td_open = ("<td width={w} valign=top style='width:{pt};border:solid windowtext 1.0pt;"
           "border-top:none;padding:0cm 5.4pt 0cm 5.4pt'>\n")
widths = [(140, "105.0pt"), (232, "174.05pt"), (232, "174.05pt")]
tbl = [
    "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
    "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
    "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>",
    "<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>",
]
for (w, pt), t in zip(widths, ["Princip", f"{REGION} åtar sig", "Idéburna organisationer åtar sig"]):
    tbl.append(th.format(w=w, pt=pt, t=t))
tbl.append("</tr>")
for i, (slug, name, desc, reg, civ, (freg, fciv)) in enumerate(ROWS, start=1):
    tbl.append(f"<tr style='mso-yfti-irow:{i}'>")
    tbl.append(td_open.format(w=widths[0][0], pt=widths[0][1]))
    tbl.append(
        f"<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:\"Arial\",sans-serif'>{name}</span></b></p>\n"
        f"<p class=MsoNormal><i><span style='font-size:9.0pt;font-family:\"Arial\",sans-serif;color:#404040'>{desc}</span></i></p>"
    )
    tbl.append("</td>")
    tbl.append(td_open.format(w=widths[1][0], pt=widths[1][1]))
    tbl.append(cell_items(reg, freg, slug, "public"))
    tbl.append("</td>")
    tbl.append(td_open.format(w=widths[2][0], pt=widths[2][1]))
    tbl.append(cell_items(civ, fciv, slug, "civil_society"))
    tbl.append("</td>")
    tbl.append("</tr>")
tbl.append("</table>")
add("\n".join(tbl))
fix_br_plain()
spacer()

heading("5. Gemensamma åtaganden")
P(f"{REGION} och de idéburna organisationerna har också gemensamma åtaganden. Parterna åtar sig gemensamt att:")
joint = [
    "sprida kunskap om överenskommelsen inom sina respektive organisationer",
    "genomföra en gemensam länskonferens om civilsamhällets villkor vartannat år",
    "årligen följa upp överenskommelsen i Idéburna rådet",
    "ta fram en handlingsplan för varje mandatperiod med konkreta aktiviteter",
]
for k, it in enumerate(joint):
    cls = ("MsoListParagraphCxSpFirst" if k == 0 else
           "MsoListParagraphCxSpLast" if k == len(joint) - 1 else "MsoListParagraphCxSpMiddle")
    C(it, None, "joint")
    add(
        f"<p class={cls} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
        "<![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;"
        "mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "
        "\"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
        f"<![endif]>{it}<o:p></o:p></p>"
    )
spacer()
WG = C(
    f"{REGION} och Idéburna rådet ska tillsammans utse en gemensam arbetsgrupp som bereder "
    "frågor inför samrådsmötena.",
    None,
    "joint",
)
P(WG + " Arbetsgruppen består av tre representanter från vardera parten.")

heading("6. Handlingsplan 2022&#8211;2023")
P(
    "Handlingsplanen är inte en del av överenskommelsen och kan ändras av arbetsgruppen. "
    "Aktiviteterna nedan är planerade för den första perioden."
)
plan = [
    ("Aktivitet", "Ansvar", "Tid"),
    ("Informationsträffar om överenskommelsen i länets sex kommuner", "Regionkansliet och Idéburna rådet", "Hösten 2022"),
    ("Kartläggning av regionens bidrag till idéburna organisationer", "Regionkansliet", "Våren 2023"),
    ("Utbildning om IOP för tjänstepersoner", "Regionkansliet", "2023"),
    ("Länskonferens", "Arbetsgruppen", "November 2023"),
]
pl = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
      "style='border-collapse:collapse;border:none'>"]
for r, row in enumerate(plan):
    pl.append("<tr>")
    for v in row:
        bg = "background:#F2F2F2;" if r == 0 else ""
        val = f"<b>{v}</b>" if r == 0 else v
        pl.append(
            f"<td valign=top style='border:solid windowtext 1.0pt;{bg}padding:0cm 5.4pt 0cm 5.4pt'>"
            f"<p class=MsoNormal style='margin-bottom:0cm'><span style='font-size:10.0pt'>{val}</span></p></td>"
        )
    pl.append("</tr>")
pl.append("</table>")
add("\n".join(pl))
spacer()

heading("7. Uppföljning och revidering")
FOLLOW1 = "Uppföljningen redovisas för regionstyrelsen i samband med årsredovisningen."
FOLLOW2 = "Vart fjärde år görs en större utvärdering som underlag för revidering."
P(f"Uppföljningen sker i Idéburna rådet och bygger bland annat på en enkät till de anslutna organisationerna. {FOLLOW1} {FOLLOW2}")

heading("8. Giltighetstid")
VALID = "Överenskommelsen gäller från och med 2022-09-01 till och med 2026-08-31."
REV = "Den revideras vart fjärde år."
EXT = ("Om ingen part säger upp överenskommelsen senast sex månader före giltighetstidens "
       "slut förlängs den med ett år i taget.")
P(f"{VALID} {REV}<br>\n{EXT}")
spacer()

heading("Underskrifter")
P("Hällby den 30 augusti 2022")
sig = (
    "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=604 "
    "style='width:453.1pt;border-collapse:collapse'>\n<tr>\n"
    "<td width=302 valign=top style='width:226.55pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
    f"<p class=MsoNormal>För {REGION}<br>\n<br>\n<br>\n_____________________________<br>\n"
    "Lena Hallström (S)<br>\nRegionstyrelsens ordförande</p>\n</td>\n"
    "<td width=302 valign=top style='width:226.55pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
    "<p class=MsoNormal>För Idéburna rådet i Norrhälla<br>\n<br>\n<br>\n_____________________________<br>\n"
    "Mikael Öhrn<br>\nOrdförande, Idéburna rådet</p>\n</td>\n</tr>\n</table>"
)
add(sig)
spacer()
P(
    "<b>Kontaktperson</b><br>\nSara Lindqvist, strateg civilsamhälle, Regionkansliet<br>\n"
    "Telefon: 010-472&nbsp;30&nbsp;00<br>\nE-post: <a href=\"mailto:sara.lindqvist@regionnorrhalla.se\">"
    "sara.lindqvist@regionnorrhalla.se</a>"
)
spacer()
P(
    "<span style='font-size:8.0pt;color:#7F7F7F'>Dokumentägare: Regionkansliet, avdelningen för "
    "regional utveckling&nbsp;|&nbsp;Senast uppdaterad: 2022-09-05</span>"
)
TAIL = "\n</div>\n\n</body>\n\n</html>\n"


def word_wrap(html, width=76):
    """Hard-wrap source lines at spaces like Word's HTML export does."""
    out = []
    for line in html.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                cut = line.find(" ", width)
                if cut < 0:
                    break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def spell_spans(html):
    """Word wraps words its speller does not know in <span class=SpellE>."""
    import re
    segs = re.split(r"(<[^>]*>)", html)
    for k, seg in enumerate(segs):
        if seg.startswith("<"):
            continue
        for word in ("Norrhälla", "Hällby", "Storås"):
            seg = seg.replace(word, f"<span class=SpellE>{word}</span>")
        segs[k] = seg
    return "".join(segs)


DOC = HEAD + word_wrap(spell_spans("\n\n".join(parts))) + TAIL


def c(prefix):
    hits = [x["text"] for x in commitments if x["text"].startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]


L = LAYOUT
questions = [
    {
        "id": f"{L}-q1",
        "question": "Vad atar sig Region Norrhalla under principen langsiktighet?",
        "language": "sv",
        "answerable": True,
        "gold": [c("i första hand ge organisationsbidrag"), c("besluta om bidrag för kommande år"), c("använda idéburet offentligt partnerskap")],
        "must_mention": ["fleråriga verksamhetsbidrag", "15 december", "IOP"],
    },
    {
        "id": f"{L}-q2",
        "question": "vad maste vi som forening gora nar det galler oppenhet och insyn enligt overenskommelsen med region norrhalla",
        "language": "sv",
        "answerable": True,
        "gold": [c("lämna ekonomisk och verksamhetsmässig redovisning"), c("ge regionen insyn")],
        "must_mention": ["redovisning", "insyn"],
    },
    {
        "id": f"{L}-q3",
        "question": "När beslutades överenskommelsen mellan Region Norrhälla och de idéburna organisationerna, och av vilket organ?",
        "language": "sv",
        "answerable": True,
        "gold": [DECISION],
        "must_mention": ["regionfullmäktige", "14 juni 2022"],
    },
    {
        "id": f"{L}-q4",
        "question": "Hur länge gäller Region Norrhällas överenskommelse med den idéburna sektorn och hur följs den upp?",
        "language": "sv",
        "answerable": True,
        "gold": [VALID, REV, FOLLOW1, FOLLOW2],
        "must_mention": ["2026-08-31", "vart fjärde år", "regionstyrelsen"],
    },
    {
        "id": f"{L}-q5",
        "question": "What do Region Norrhälla and the civil society organisations commit to doing jointly?",
        "language": "en",
        "answerable": True,
        "gold": [c(j) for j in joint] + [WG],
        "must_mention": ["länskonferens", "årligen följa upp", "arbetsgrupp"],
    },
    {
        "id": f"{L}-q6",
        "question": "Hur manga samradsmoten per ar ska Region Norrhalla bjuda in Ideburna radet till?",
        "language": "sv",
        "answerable": True,
        "gold": [c("bjuda in Idéburna rådet")],
        "must_mention": ["minst fyra samrådsmöten per år"],
    },
    {
        "id": f"{L}-q7",
        "question": "Vilka principer bygger överenskommelsen i Region Norrhälla på?",
        "language": "sv",
        "answerable": True,
        "gold": [PRINCIPLES],
        "must_mention": ["sju principer", "samhällsutveckling och folkhälsa", "mångfald och jämställdhet"],
    },
    {
        "id": f"{L}-q8",
        "question": "Kan var forening ansluta sig till overenskommelsen med Region Norrhalla i efterhand?",
        "language": "sv",
        "answerable": True,
        "gold": [JOIN],
        "must_mention": ["när som helst", "Idéburna rådet"],
    },
    {
        "id": f"{L}-q9",
        "question": "Hur mycket pengar har Region Norrhalla budgeterat for IOP under 2023?",
        "language": "sv",
        "answerable": False,
        "gold": [],
        "must_mention": [],
    },
    {
        "id": f"{L}-q10",
        "question": "How many organisations have joined the Region Norrhälla agreement so far?",
        "language": "en",
        "answerable": False,
        "gold": [],
        "must_mention": [],
    },
]

expected = {
    "file": FILE,
    "layout": LAYOUT,
    "description": (
        "Word 'Save as web page' HTML export of a regional agreement: mso boilerplate, "
        "MsoNormal paragraphs with inline styles, bold-span headings instead of h-tags, "
        "&nbsp; spacers, <br> inside paragraphs, letterhead and signature layout tables, "
        "commitments in a three-column table (Princip | Region åtar sig | Idéburna "
        "organisationer åtar sig) with several items per cell split by <br> or <p>, Word "
        "Symbol-font bullets for joint commitments plus one joint commitment in prose, an "
        "action-plan table that is not commitments, hard-wrapped source lines."
    ),
    "metadata": {
        "doc_id": "norrhalla",
        "title": "Överenskommelse mellan Region Norrhälla och idéburna organisationer i Norrhälla län 2022–2026",
        "place": "Norrhälla",
        "organisation": "Region Norrhälla",
        "kind": "överenskommelse",
        "date": "2022-06-14",
        "body": "regionfullmäktige",
    },
    "commitments": commitments,
    "questions": questions,
}

if __name__ == "__main__":
    with open(os.path.join(HERE, FILE), "w", encoding="utf-8") as f:
        f.write(DOC)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(commitments)} commitments, {len(questions)} questions")
