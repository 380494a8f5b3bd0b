#!/usr/bin/env python3
"""Generate hallbyholm_policy_samverkan_civilsamhallet.htm – a Swedish municipal
policy as saved from Microsoft Word with "Spara som webbsida, filtrerad"
(filtered HTML, windows-1252) – and expected.json.

Run from this folder:  python3 make.py   (standard library only)
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "hallbyholm_policy_samverkan_civilsamhallet.htm"
LAYOUT = "b2_word_html_policy"
ASSETS = "hallbyholm_policy_samverkan_civilsamhallet_filer"

COMMITMENTS = []


def c(text, principle, party):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


def e(text):
    return html.escape(text, quote=False)


OUT = []


def w(s):
    OUT.append(s)


NBSP = "&nbsp;"
MARK = {
    "·": ("<span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>"
          + NBSP * 7 + " </span></span>"),
    "o": ("<span style='font-family:\"Courier New\"'>o<span style='font:7.0pt \"Times New Roman\"'>"
          + NBSP * 2 + " </span></span>"),
    "-": ("<span style='font-family:\"Calibri\",sans-serif'>-<span style='font:7.0pt \"Times New Roman\"'>"
          + NBSP * 12 + " </span></span>"),
}


def num_mark(i):
    return ("<span>%d.<span style='font:7.0pt \"Times New Roman\"'>" % i) + NBSP * 5 + " </span></span>"


def p(text, cls="MsoNormal", style=None, raw=False):
    st = " style='%s'" % style if style else ""
    w("<p class=%s%s>%s</p>" % (cls, st, text if raw else e(text)))


def blank():
    w("<p class=MsoNormal>&nbsp;</p>")


def h(level, text, toc):
    w("<h%d><a name=\"%s\"></a>%s</h%d>" % (level, toc, e(text), level))


def bold_heading(text, toc=None, size="12.0pt"):
    anchor = "<a name=\"%s\"></a>" % toc if toc else ""
    w("<p class=MsoNormal style='margin-top:12.0pt'>%s<b><span style='font-size:%s;line-height:107%%;"
      "color:#1F3864'>%s</span></b></p>" % (anchor, size, e(text)))


def lst(items, marker, indent="36.0pt", in_table=False, raw_items=None):
    n = len(items)
    for i, t in enumerate(items):
        if n == 1:
            cls = "MsoListParagraph"
        elif i == 0:
            cls = "MsoListParagraphCxSpFirst"
        elif i == n - 1:
            cls = "MsoListParagraphCxSpLast"
        else:
            cls = "MsoListParagraphCxSpMiddle"
        if in_table:
            style = "margin-left:%s;text-indent:-18.0pt;line-height:normal" % indent
        elif n == 1:
            style = "text-indent:-18.0pt"
        elif i == 0:
            style = "margin-bottom:0cm;text-indent:-18.0pt"
        elif i == n - 1:
            style = "text-indent:-18.0pt"
        else:
            style = "margin-top:0cm;margin-right:0cm;margin-bottom:0cm;margin-left:%s;text-indent:-18.0pt" % indent
        mk = num_mark(i + 1) if marker == "1." else MARK[marker]
        body = raw_items[i] if raw_items and raw_items[i] else e(t)
        pre = "  " if in_table else ""
        w("%s<p class=%s style='%s'>%s%s</p>" % (pre, cls, style, mk, body))


# ------------------------------------------------------------------ content
TITLE = "Policy för samverkan mellan Hällbyholms kommun och civilsamhället"

w("<p class=MsoNormal><img width=163 height=61 src=\"%s/image001.png\" "
  "alt=\"Hällbyholms kommun logotyp\"></p>" % ASSETS)
blank()

# metadata table (plain Word table with manual borders)
META = [("Dokumenttyp", "Policy"), ("Beslutad av", "Kommunfullmäktige"),
        ("Datum och paragraf", "2022-11-21, § 156"), ("Diarienummer", "KS 2022/0417"),
        ("Giltighetstid", "2023-01-01 – 2026-12-31"), ("Dokumentansvarig", "Kanslichef"),
        ("Revideras senast", "2026-06-30")]
w("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=604")
w(" style='width:453.0pt;border-collapse:collapse'>")
for k, v in META:
    w(" <tr>")
    w("  <td width=170 valign=top style='width:127.6pt;border:none;border-bottom:solid #8EAADB 1.0pt;"
      "padding:0cm 5.4pt 0cm 5.4pt'>")
    w("  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><b><span style='font-size:9.0pt'>"
      "%s</span></b></p>" % e(k))
    w("  </td>")
    w("  <td width=434 valign=top style='width:325.4pt;border:none;border-bottom:solid #8EAADB 1.0pt;"
      "padding:0cm 5.4pt 0cm 5.4pt'>")
    w("  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span style='font-size:9.0pt'>"
      "%s</span></p>" % e(v))
    w("  </td>")
    w(" </tr>")
w("</table>")
blank()
blank()
p(TITLE, cls="MsoTitle")
p("Gäller 2023–2026", cls="MsoSubtitle")
p("<i>Antagen av kommunfullmäktige 2022-11-21, § 156.</i>", raw=True)
blank()

# table of contents (Word field result, page numbers hidden in web view)
TOC = [(1, "_Toc118391201", "1. Inledning", 2), (1, "_Toc118391202", "2. Syfte och omfattning", 2),
       (2, "_Toc118391203", "2.1 Begrepp", 3), (1, "_Toc118391204", "3. Principer för samverkan", 3),
       (2, "_Toc118391205", "3.1 Självständighet och oberoende", 3), (2, "_Toc118391206", "3.2 Dialog", 3),
       (2, "_Toc118391207", "3.3 Kvalitet", 4), (2, "_Toc118391208", "3.4 Långsiktighet", 4),
       (2, "_Toc118391209", "3.5 Öppenhet och insyn", 4), (2, "_Toc118391210", "3.6 Mångfald", 5),
       (2, "_Toc118391211", "3.7 Barnrättsperspektiv", 5),
       (1, "_Toc118391212", "4. Genomförande och uppföljning", 5),
       (1, "_Toc118391213", "5. Handlingsplan 2023–2024", 6),
       (1, "_Toc118391214", "6. Koppling till andra styrdokument", 6)]
p("Innehåll", cls="MsoTocHeading")
for lvl, anchor, text, page in TOC:
    w("<p class=MsoToc%d><span class=MsoHyperlink><a href=\"#%s\">%s<span style='color:windowtext;"
      "display:none;text-decoration:none'>. </span><span style='color:windowtext;display:none;"
      "text-decoration:none'>%d</span></a></span></p>" % (lvl, anchor, e(text), page))
blank()
w("<span style='font-size:11.0pt;line-height:107%;font-family:\"Calibri\",sans-serif'><br clear=all")
w("style='page-break-before:always'>")
w("</span>")

# 1 Inledning
h(1, "1. Inledning", "_Toc118391201")
p("Hällbyholms kommun har ett rikt föreningsliv med drygt 120 registrerade föreningar inom idrott, kultur, "
  "friluftsliv, sociala frågor och trossamfund. Föreningslivet bidrar till gemenskap, hälsa och delaktighet "
  "och är en viktig del av den lokala demokratin.")
p(e("År 2008 tecknades en nationell överenskommelse mellan regeringen, idéburna organisationer inom det "
    "sociala området och Sveriges Kommuner och Landsting.")
  + "<a href=\"#_ftn1\" name=\"_ftnref1\" title=\"\"><span class=MsoFootnoteReference><span "
    "class=MsoFootnoteReference><span style='font-size:11.0pt;line-height:107%;font-family:\"Calibri\","
    "sans-serif'>[1]</span></span></span></a>"
  + e(" Den här policyn bygger på de principer som formulerades där, men är anpassad till förhållandena i "
      "Hällbyholm."), raw=True)
p("Policyn har tagits fram av kommunledningsförvaltningen tillsammans med en arbetsgrupp med företrädare "
  "för föreningslivet. Under våren 2022 genomfördes två dialogmöten och en webbenkät som 54 föreningar "
  "besvarade.")

# 2 Syfte
h(1, "2. Syfte och omfattning", "_Toc118391202")
p("Syftet med policyn är att tydliggöra hur kommunen och civilsamhället samverkar, att stärka "
  "civilsamhällets roll som röstbärare och utförare av verksamhet samt att göra det enklare för invånare "
  "att engagera sig.")
p("Policyn gäller för alla kommunens nämnder och förvaltningar. För civilsamhällets organisationer är "
  "policyn vägledande och bygger på frivillighet.")
p("Policyn reglerar inte föreningsbidrag, upphandling eller idéburet offentligt partnerskap (IOP). Dessa "
  "frågor hanteras i särskilda riktlinjer.")
h(2, "2.1 Begrepp", "_Toc118391203")
DEF_CIV = ("Med civilsamhället avses en arena, skild från staten, marknaden och det enskilda hushållet, där "
           "människor, grupper och organisationer agerar tillsammans för gemensamma intressen.")
DEF_IDE = ("Med idéburen organisation avses en organisation som har ett allmännyttigt syfte eller ett "
           "medlemsintresse, som är fristående från offentlig sektor och som inte delar ut vinst.")
p("<b>Civilsamhälle.</b> " + e(DEF_CIV), raw=True)
p("<b>Idéburen organisation.</b> " + e(DEF_IDE) + e(" Hit räknas ideella föreningar, stiftelser, "
  "trossamfund och ekonomiska föreningar utan vinstutdelning."), raw=True)
p("<b>Föreningar.</b> " + e("I policyn används ordet föreningar som samlingsbegrepp för civilsamhällets "
  "organisationer i Hällbyholm."), raw=True)

# 3 Principer
h(1, "3. Principer för samverkan", "_Toc118391204")
p("Policyn bygger på sex principer från den nationella överenskommelsen: självständighet och oberoende, "
  "dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald. Hällbyholm har lagt till en sjunde "
  "princip om barnrättsperspektiv eftersom en stor del av föreningslivet riktar sig till barn och unga.")

# 3.1
h(2, "3.1 Självständighet och oberoende", "_Toc118391205")
p("Civilsamhällets organisationer har rätt att driva sina egna frågor och att vara kritiska röster i "
  "samhället. Ett självständigt föreningsliv är en förutsättning för en levande demokrati.")
P1 = "sjalvstandighet_och_oberoende"
p(c("Kommunen ska respektera föreningarnas rätt att självständigt formulera sina mål, välja arbetsmetoder "
    "och granska kommunens verksamhet.", P1, "public"))
p("Kommunen åtar sig att:", style="margin-bottom:0cm")
lst([c("inte ställa villkor för bidrag som rör föreningens interna angelägenheter, stadgar eller val av "
       "företrädare", P1, "public"),
     c("ge föreningarna möjlighet att yttra sig innan villkor för bidrag eller lokaler ändras", P1, "public")],
    "·")
p(c("Föreningarna ska tydligt skilja mellan sin egen opinionsbildning och verksamhet som bedrivs med stöd "
    "av kommunala medel.", P1, "civil_society"))

# 3.2
h(2, "3.2 Dialog", "_Toc118391206")
p("Dialog innebär att parterna möts på lika villkor och tar del av varandras kunskap. Dialogen ersätter "
  "inte de formella besluten men ger ett bättre beslutsunderlag.")
p("Kommunen åtar sig att:", style="margin-bottom:0cm")
lst([c("bjuda in civilsamhället till dialog i ett tidigt skede, innan beslut som berör föreningslivet "
       "bereds", "dialog", "public"),
     c("utse en kontaktperson för civilsamhället i varje förvaltning", "dialog", "public"),
     c("återkoppla hur föreningarnas synpunkter har tagits om hand", "dialog", "public")], "·")
p("Civilsamhällets organisationer åtar sig att:", style="margin-bottom:0cm")
lst([c("delta i dialogmöten med företrädare som har mandat från sin organisation", "dialog",
       "civil_society"),
     c("sprida information från dialogmötena till sina medlemmar", "dialog", "civil_society")],
    "o", indent="72.0pt")

# 3.3
bold_heading("3.3 Kvalitet", "_Toc118391207")
p("Med kvalitet menas att verksamheten motsvarar deltagarnas behov och att resurserna används effektivt. "
  "Parterna kan ha olika sätt att beskriva kvalitet.")
p("Kommunen åtar sig att:", style="margin-bottom:0cm")
lst([c("ha enkla och tydliga ansökningsprocesser för bidrag och lokaler", "kvalitet", "public"),
     c("erbjuda föreningarnas styrelser utbildning i ekonomi, ledarskap och föreningsdemokrati",
       "kvalitet", "public")], "-")
p("Föreningarna åtar sig att:", style="margin-bottom:0cm")
lst([c("följa upp sin verksamhet och redovisa resultat enligt villkoren för de bidrag de får",
       "kvalitet", "civil_society"),
     c("ta tillvara deltagarnas och medlemmarnas erfarenheter när verksamheten utvecklas",
       "kvalitet", "civil_society")], "-")

# 3.4 – table with one column per party
bold_heading("3.4 Långsiktighet", "_Toc118391208")
p("Föreningarna behöver stabila villkor för att kunna planera, rekrytera ledare och behålla ideellt "
  "engagerade. I tabellen nedan framgår parternas åtaganden.")
p("Tabell 1. Åtaganden för långsiktighet", cls="MsoCaption", style="keep-with-next")
L4 = {
    "Kommunen åtar sig att": [
        c("i första hand använda fleråriga bidrag och överenskommelser för verksamhet av långsiktig karaktär",
          "langsiktighet", "public"),
        c("informera om ändrade bidragsregler senast sex månader innan de börjar gälla",
          "langsiktighet", "public")],
    "Civilsamhällets organisationer åtar sig att": [
        c("i god tid informera kommunen om verksamheten inte kan genomföras som planerat",
          "langsiktighet", "civil_society"),
        c("arbeta för att verksamheten har flera finansieringskällor", "langsiktighet", "civil_society")],
    "Gemensamt åtar vi oss att": [
        c("planera för hur verksamhet kan fortsätta eller avvecklas när en finansiering upphör",
          "langsiktighet", "joint")],
}
w("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0")
w(" style='border-collapse:collapse;border:none'>")
w(" <tr>")
for j, head in enumerate(L4):
    left = "" if j == 0 else "border-left:none;"
    w("  <td width=201 valign=top style='width:150.95pt;border:solid windowtext 1.0pt;%s"
      "background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt'>" % left)
    w("  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><b>%s</b></p>" % e(head))
    w("  </td>")
w(" </tr>")
w(" <tr>")
for j, (head, items) in enumerate(L4.items()):
    left = "" if j == 0 else "border-left:none;"
    w("  <td width=201 valign=top style='width:150.95pt;border:solid windowtext 1.0pt;border-top:none;%s"
      "padding:0cm 5.4pt 0cm 5.4pt'>" % left)
    lst(items, "-", indent="18.0pt", in_table=True)
    w("  </td>")
w(" </tr>")
w("</table>")
blank()

# 3.5
h(2, "3.5 Öppenhet och insyn", "_Toc118391209")
p("Öppenhet skapar förtroende. Invånare, föreningar och förtroendevalda ska kunna se hur samverkan "
  "fungerar och hur offentliga medel används.")
t = c("Kommunen ska publicera information om bidrag, lokaler och samverkansformer på kommunens webbplats.",
      "oppenhet_och_insyn", "public")
p("Kommunen ska <span style='color:black'>publicera</span> information om bidrag, lokaler och "
  "samverkansformer på kommunens webbplats.", raw=True)
assert t == "Kommunen ska publicera information om bidrag, lokaler och samverkansformer på kommunens webbplats."
p(c("Kommunen ska varje år redovisa hur föreningsbidragen har fördelats.", "oppenhet_och_insyn", "public"))
p(c("Föreningarna ska ge kommunen insyn i hur kommunala medel används och lämna verksamhetsberättelse och "
    "ekonomisk redovisning när kommunen begär det.", "oppenhet_och_insyn", "civil_society"))

# 3.6
bold_heading("3.6 Mångfald", "_Toc118391210")
p("Föreningslivet i Hällbyholm består av allt från stora idrottsföreningar till små nätverk utan anställda. "
  "Mångfald i form, storlek och målgrupp är en styrka.")
p("För att främja mångfald ska kommunen:", style="margin-bottom:0cm")
lst([c("underlätta för nya och små föreningar att få tillgång till bidrag, lokaler och information",
       "mangfald", "public"),
     c("ge information på lättläst svenska och på de språk som är vanligast i kommunen", "mangfald",
       "public")], "·")
p(c("Föreningarna ska verka för att deras verksamhet är öppen för alla oavsett kön, etnisk tillhörighet, "
    "religion, funktionsnedsättning, sexuell läggning eller ålder.", "mangfald", "civil_society"))
p(c("Båda parter ska motverka diskriminering i sina egna verksamheter.", "mangfald", "joint"))

# 3.7
bold_heading("3.7 Barnrättsperspektiv", "_Toc118391211")
p("Sedan 2020 är FN:s konvention om barnets rättigheter svensk lag. Många föreningar i Hällbyholm har "
  "verksamhet för barn och unga.")
p(c("Kommunen ska göra en prövning av barnets bästa inför beslut som påverkar föreningslivet för barn och "
    "unga.", "barnrattsperspektiv", "public"))
p(c("Föreningar som har verksamhet för barn och unga ska ha rutiner för att förebygga och hantera "
    "kränkningar och övergrepp.", "barnrattsperspektiv", "civil_society"))
p(c("Parterna ska gemensamt skapa möjligheter för barn och unga att vara delaktiga i utvecklingen av "
    "föreningslivet.", "barnrattsperspektiv", "joint"))

# 4
h(1, "4. Genomförande och uppföljning", "_Toc118391212")
p("Parterna åtar sig gemensamt att:", style="margin-bottom:0cm")
lst([c("genomföra ett gemensamt dialogforum minst två gånger per år", None, "joint"),
     c("tillsätta en samverkansgrupp med tre företrädare för kommunen och tre företrädare för "
       "civilsamhället", None, "joint"),
     c("följa upp policyn varje år och vid behov föreslå ändringar", None, "joint")], "1.")
p(c("Kommunstyrelsen ska varje år redovisa till kommunfullmäktige hur policyn har följts.", None, "public"))
p("Uppföljningen görs genom en enkät till föreningarna och en redovisning från förvaltningarna. "
  "Resultatet presenteras vid höstens dialogforum.")

# 5 Handlingsplan
h(1, "5. Handlingsplan 2023–2024", "_Toc118391213")
p("Handlingsplanen beslutas av samverkansgruppen och revideras årligen. Den ingår inte i det som "
  "kommunfullmäktige har antagit.")
PLAN = [("Aktivitet", "Ansvarig", "Klart"),
        ("Utse kontaktpersoner för civilsamhället i alla förvaltningar", "Förvaltningscheferna", "2023-06-30"),
        ("Första gemensamma dialogforum", "Samverkansgruppen", "2023-04-30"),
        ("Ta fram information om bidrag på lättläst svenska", "Kultur- och fritidsförvaltningen",
         "2023-12-31"),
        ("Utbildning för föreningsstyrelser: ekonomi och föreningsdemokrati",
         "Kultur- och fritidsförvaltningen", "2024-03-31"),
        ("Första årliga uppföljning till kommunfullmäktige", "Kommunstyrelsen", "2024-05-31")]
widths = [(302, "226.8pt"), (189, "141.75pt"), (113, "85.05pt")]
w("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0")
w(" style='border-collapse:collapse;border:none'>")
for i, row in enumerate(PLAN):
    w(" <tr>")
    for j, val in enumerate(row):
        wd, pt = widths[j]
        bg = "background:#D9E2F3;" if i == 0 else ""
        top = "" if i == 0 else "border-top:none;"
        left = "" if j == 0 else "border-left:none;"
        w("  <td width=%d valign=top style='width:%s;border:solid #8EAADB 1.0pt;%s%s%s"
          "padding:0cm 5.4pt 0cm 5.4pt'>" % (wd, pt, top, left, bg))
        inner = "<b>%s</b>" % e(val) if i == 0 else e(val)
        w("  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'>%s</p>" % inner)
        w("  </td>")
    w(" </tr>")
w("</table>")
blank()

# 6 Styrdokument
h(1, "6. Koppling till andra styrdokument", "_Toc118391214")
p("Policyn ska läsas tillsammans med:", style="margin-bottom:0cm")
lst(["Riktlinjer för föreningsbidrag i Hällbyholms kommun (KFN 2021-09-14, § 42)",
     "Plan för barnets rättigheter 2022–2025",
     "Lokalförsörjningsplan 2023–2027",
     "Kommunikationspolicy för Hällbyholms kommun"], "-")
blank()

# footnotes
w("</div>")
w("")
w("<div><br clear=all>")
w("")
w("<hr align=left size=1 width=\"33%\">")
w("")
w("<div id=ftn1>")
w("")
w("<p class=MsoFootnoteText><a href=\"#_ftnref1\" name=\"_ftn1\" title=\"\"><span "
  "class=MsoFootnoteReference><span class=MsoFootnoteReference><span style='font-size:10.0pt;"
  "font-family:\"Calibri\",sans-serif'>[1]</span></span></span></a> Överenskommelsen mellan regeringen, "
  "idéburna organisationer inom det sociala området och Sveriges Kommuner och Landsting, 2008. Sedan 2019 "
  "heter förbundet Sveriges Kommuner och Regioner (SKR).</p>")
w("")
w("</div>")
w("")
w("</div>")

# ------------------------------------------------------------------ Word wrapping and head
def wrap(line, width=78):
    """Hard-wrap a source line at a space before `width`, as Word does; continuation lines keep
    the indentation of the original line."""
    out = []
    indent = line[:len(line) - len(line.lstrip(" "))]
    n = len(indent)
    while len(line) > width:
        cut = line.rfind(" ", n + 1, width)
        if cut < 0:
            cut = line.find(" ", width)
            if cut < 0:
                break
        out.append(line[:cut])
        line = indent + line[cut + 1:]
    out.append(line)
    return out


HEAD = """<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>%s</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Wingdings;
	panose-1:5 0 0 0 0 0 0 0 0 0;}
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:"Calibri Light";
	panose-1:2 15 3 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
h1
	{mso-style-link:"Rubrik 1 Char";
	margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	line-height:107%%;
	page-break-after:avoid;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
h2
	{mso-style-link:"Rubrik 2 Char";
	margin-top:2.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	line-height:107%%;
	page-break-after:avoid;
	font-size:13.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
p.MsoToc1, li.MsoToc1, div.MsoToc1
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:5.0pt;
	margin-left:0cm;
	line-height:107%%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoToc2, li.MsoToc2, div.MsoToc2
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:5.0pt;
	margin-left:11.0pt;
	line-height:107%%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{mso-style-link:"Fotnotstext Char";
	margin:0cm;
	font-size:10.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoCaption, li.MsoCaption, div.MsoCaption
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:10.0pt;
	margin-left:0cm;
	font-size:9.0pt;
	font-family:"Calibri",sans-serif;
	color:#44546A;
	font-style:italic;}
span.MsoFootnoteReference
	{vertical-align:super;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{mso-style-link:"Rubrik Char";
	margin:0cm;
	font-size:28.0pt;
	font-family:"Calibri Light",sans-serif;
	letter-spacing:-.5pt;}
p.MsoSubtitle, li.MsoSubtitle, div.MsoSubtitle
	{mso-style-link:"Underrubrik Char";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	color:#5A5A5A;
	letter-spacing:.75pt;}
a:link, span.MsoHyperlink
	{color:#0563C1;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	line-height:107%%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	line-height:107%%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	line-height:107%%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	line-height:107%%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoTocHeading, li.MsoTocHeading, div.MsoTocHeading
	{margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	line-height:107%%;
	page-break-after:avoid;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
span.Rubrik1Char
	{mso-style-name:"Rubrik 1 Char";
	mso-style-link:"Rubrik 1";
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
span.Rubrik2Char
	{mso-style-name:"Rubrik 2 Char";
	mso-style-link:"Rubrik 2";
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
.MsoChpDefault
	{font-family:"Calibri",sans-serif;}
.MsoPapDefault
	{margin-bottom:8.0pt;
	line-height:107%%;}
 /* Page Definitions */
 @page WordSection1
	{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>

</head>

<body lang=SV link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>

<div class=WordSection1>

""" % TITLE

body_lines = []
for line in OUT:
    body_lines.extend(wrap(line))
    if line.startswith("<p ") or line.startswith("<h") or line == "</table>":
        body_lines.append("")
text = HEAD + "\r\n".join(body_lines) + "\r\n\r\n</body>\r\n\r\n</html>\r\n"
text = text.replace("\r\n", "\n").replace("\n", "\r\n")
with open(os.path.join(HERE, FILE), "wb") as f:
    f.write(text.encode("cp1252"))

# ------------------------------------------------------------------ expected.json
by = {}
for cm in COMMITMENTS:
    by.setdefault((cm["principle"], cm["party"]), []).append(cm["text"])

questions = [
    {"id": f"{LAYOUT}-q1",
     "question": "vad ska kommunen gora for dialogen med foreningarna i hallbyholm",
     "language": "sv", "answerable": True,
     "gold": by[("dialog", "public")],
     "must_mention": ["tidigt skede", "kontaktperson för civilsamhället", "återkoppla"]},
    {"id": f"{LAYOUT}-q2",
     "question": "När antogs policyn för samverkan med civilsamhället i Hällbyholm, och av vilket organ?",
     "language": "sv", "answerable": True,
     "gold": ["Antagen av kommunfullmäktige 2022-11-21, § 156."],
     "must_mention": ["kommunfullmäktige", "2022-11-21"]},
    {"id": f"{LAYOUT}-q3",
     "question": "What do civil society organisations in Hällbyholm commit to under the long-term "
                 "approach (långsiktighet)?",
     "language": "en", "answerable": True,
     "gold": by[("langsiktighet", "civil_society")],
     "must_mention": ["i god tid informera kommunen", "flera finansieringskällor"]},
    {"id": f"{LAYOUT}-q4",
     "question": "Vad menas med civilsamhället i Hällbyholms policy?",
     "language": "sv", "answerable": True,
     "gold": [DEF_CIV],
     "must_mention": ["arena", "skild från staten, marknaden och det enskilda hushållet",
                      "gemensamma intressen"]},
    {"id": f"{LAYOUT}-q5",
     "question": "Compare what the municipality and the associations commit to regarding openness and "
                 "transparency in the Hällbyholm policy.",
     "language": "en", "answerable": True,
     "gold": by[("oppenhet_och_insyn", "public")] + by[("oppenhet_och_insyn", "civil_society")],
     "must_mention": ["kommunens webbplats", "hur föreningsbidragen har fördelats",
                      "insyn i hur kommunala medel används"]},
    {"id": f"{LAYOUT}-q6",
     "question": "far kommunen stalla krav pa hur var forening valjer styrelse for att vi ska fa bidrag?",
     "language": "sv", "answerable": True,
     "gold": [by[("sjalvstandighet_och_oberoende", "public")][1]],
     "must_mention": ["inte ställa villkor för bidrag", "val av företrädare"]},
    {"id": f"{LAYOUT}-q7",
     "question": "How often is the joint dialogue forum held under the Hällbyholm policy?",
     "language": "en", "answerable": True,
     "gold": [by[(None, "joint")][0]],
     "must_mention": ["minst två gånger per år"]},
    {"id": f"{LAYOUT}-q8",
     "question": "Vilka åtaganden finns under barnrättsperspektivet i Hällbyholms policy?",
     "language": "sv", "answerable": True,
     "gold": by[("barnrattsperspektiv", "public")] + by[("barnrattsperspektiv", "civil_society")]
             + by[("barnrattsperspektiv", "joint")],
     "must_mention": ["prövning av barnets bästa", "kränkningar och övergrepp", "delaktiga"]},
    {"id": f"{LAYOUT}-q9",
     "question": "What is the total budget for association grants in Hällbyholm in 2023?",
     "language": "en", "answerable": False, "gold": [], "must_mention": []},
    {"id": f"{LAYOUT}-q10",
     "question": "vem ar kontaktperson for civilsamhallet pa kultur- och fritidsforvaltningen i hallbyholm",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
]

expected = {
    "file": FILE,
    "layout": LAYOUT,
    "description": ("Swedish municipal policy saved from Microsoft Word as filtered HTML (windows-1252, "
                    "Generator 'Microsoft Word 15 (filtered)', no CMS chrome): logo img, metadata table "
                    "(MsoNormalTable), MsoTitle/MsoSubtitle, TOC with hidden page numbers, headings as "
                    "<h1>/<h2> for some sections and as bold <p class=MsoNormal><b> paragraphs for others "
                    "(3.3, 3.4, 3.6, 3.7), bullet lists as MsoListParagraphCxSpFirst/Middle/Last with "
                    "'·', 'o' and '-' markers in spans plus &nbsp; padding, a '1.' numbered list the same "
                    "way, a MsoTableGrid with one column per party for Långsiktighet, 'Kommunen ska …' "
                    "sentences, a footnote, a handlingsplan table and a '-' list of related documents that "
                    "are not commitments; source lines hard-wrapped at ~78 characters, CRLF."),
    "metadata": {
        "doc_id": "hallbyholm",
        "title": TITLE,
        "place": "Hällbyholm",
        "organisation": "Hällbyholms kommun",
        "kind": "policy",
        "date": "2022-11-21",
        "body": "kommunfullmäktige",
    },
    "commitments": COMMITMENTS,
    "questions": questions,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(COMMITMENTS), "commitments")
