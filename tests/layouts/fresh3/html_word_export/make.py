#!/usr/bin/env python3
"""Generate ravlunda_overenskommelse.htm: a local agreement saved from Microsoft
Word as "Webbsida (*.htm;*.html)" with Webbalternativ > Kodning = Unicode (UTF-8),
in the real Word HTML dialect,
plus expected.json.  Run: python3 make.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "ravlunda_overenskommelse.htm"
FILES_DIR = "ravlunda_overenskommelse_files"

PLACE = "Rävlunda"
TITLE = ("Överenskommelse om samverkan mellan Rävlunda kommun och den "
         "idéburna sektorn i Rävlunda 2025–2028")

commitments = []   # (text, principle, party)


def C(text, principle, party):
    commitments.append({"text": text, "principle": principle, "party": party})
    return text


# ---------------------------------------------------------------- helpers
TNR = "font:7.0pt \"Times New Roman\""
NBSP = "&nbsp;"


def spell(word):
    """Word marks words it does not know."""
    return "<span class=SpellE>%s</span>" % word


def rv(text):
    """Rävlunda is not in Word's dictionary -> SpellE spans."""
    return text.replace("Rävlundas", spell("Rävlundas")).replace(
        "Rävlunda ", spell("Rävlunda") + " ").replace(
        "Rävlunda.", spell("Rävlunda") + ".").replace(
        "Rävlunda,", spell("Rävlunda") + ",")


def p(text, cls="MsoNormal", style=None):
    st = " style='%s'" % style if style else ""
    return "<p class=%s%s><span lang=SV>%s<o:p></o:p></span></p>" % (cls, st, rv(text))


def empty_p():
    return "<p class=MsoNormal><span lang=SV><o:p>&nbsp;</o:p></span></p>"


def fake_heading(text, size="14.0", before=None):
    st = "margin-top:12.0pt" if before else None
    st_attr = " style='%s'" % st if st else ""
    return ("<p class=MsoNormal%s><b><span lang=SV style='font-size:%spt;line-height:107%%;"
            "color:#1F3864;mso-themecolor:accent1;mso-themeshade:128'>%s<o:p></o:p></span></b></p>"
            % (st_attr, size, rv(text)))


toc_entries = []


def h1(num, text, toc_id):
    toc_entries.append((num, text, toc_id))
    return ("<h1 style='margin-left:21.6pt;text-indent:-21.6pt;mso-list:l2 level1 lfo3'>"
            "<a name=\"%s\"><![if !supportLists]><span lang=SV style='mso-fareast-font-family:"
            "\"Calibri Light\";mso-fareast-theme-font:major-latin;mso-bidi-font-family:"
            "\"Calibri Light\";mso-bidi-theme-font:major-latin'><span style='mso-list:Ignore'>%s"
            "<span style='%s'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
            "<![endif]><span lang=SV>%s</span></a><span lang=SV><o:p></o:p></span></h1>"
            % (toc_id, num, TNR, rv(text)))


def bullets(items, lfo, in_table=False):
    """Word list paragraphs with downlevel-revealed bullet markers."""
    out = []
    n = len(items)
    for i, it in enumerate(items):
        if n == 1:
            cls = "MsoListParagraph"
            extra = ""
        elif i == 0:
            cls = "MsoListParagraphCxSpFirst"
            extra = ""
        elif i == n - 1:
            cls = "MsoListParagraphCxSpLast"
            extra = "mso-add-space:auto;"
        else:
            cls = "MsoListParagraphCxSpMiddle"
            extra = "mso-add-space:auto;"
        indent = "margin-left:18.0pt;" if in_table else ""
        if in_table and n > 1 and i == 0:
            extra = "mso-add-space:auto;"
        out.append(
            "<p class=%s style='%s%stext-indent:-18.0pt;mso-list:l0 level1 lfo%d'>"
            "<![if !supportLists]><span lang=SV style='font-family:Symbol;mso-fareast-font-family:"
            "Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span "
            "style='%s'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
            "<![endif]><span lang=SV>%s<o:p></o:p></span></p>"
            % (cls, indent, extra, lfo, TNR, rv(it)))
    return "\n".join(out)


def lead(text):
    return ("<p class=MsoNormal style='margin-bottom:4.0pt'><i><span lang=SV>%s<o:p></o:p></span></i></p>"
            % rv(text))


def ftnref(n):
    return ("<a style='mso-footnote-id:ftn%d' href=\"#_ftn%d\" name=\"_ftnref%d\" title=\"\">"
            "<span class=MsoFootnoteReference><span lang=SV><span style='mso-special-character:"
            "footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span lang=SV "
            "style='font-size:11.0pt;line-height:107%%;font-family:\"Calibri\",sans-serif;"
            "mso-ascii-theme-font:minor-latin;mso-fareast-font-family:Calibri;mso-fareast-theme-font:"
            "minor-latin;mso-hansi-theme-font:minor-latin;mso-bidi-font-family:\"Times New Roman\";"
            "mso-bidi-theme-font:minor-bidi;mso-ansi-language:SV;mso-fareast-language:EN-US;"
            "mso-bidi-language:AR-SA'>[%d]</span></span><![endif]></span></span></span></a>"
            % (n, n, n, n))


def cell(content_html, width, shade=None, first_row=False):
    bg = "background:%s;mso-background-themecolor:accent1;mso-background-themetint:51;" % shade if shade else ""
    top = "border:solid windowtext 1.0pt;" if first_row else "border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;"
    return ("  <td width=%d valign=top style='width:%.1fpt;%s"
            "mso-border-alt:solid windowtext .5pt;%spadding:0cm 5.4pt 0cm 5.4pt'>\n  %s\n  </td>"
            % (width, width * 0.75, top, bg, content_html))


def cellp(text, bold=False):
    t = rv(text)
    if bold:
        t = "<b>%s</b>" % t
    return ("<p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span lang=SV>%s"
            "<o:p></o:p></span></p>" % t)


def table(rows, widths, header_shade="#D9E2F3"):
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0",
           " style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;",
           " mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
    for r, row in enumerate(rows):
        attrs = "mso-yfti-irow:%d" % r
        if r == 0:
            attrs += ";mso-yfti-firstrow:yes"
        if r == len(rows) - 1:
            attrs += ";mso-yfti-lastrow:yes"
        out.append(" <tr style='%s'>" % attrs)
        for c, content in enumerate(row):
            out.append(cell(content, widths[c], header_shade if r == 0 else None, r == 0))
        out.append(" </tr>")
    out.append("</table>")
    return "\n".join(out)


# ---------------------------------------------------------------- content
body = []
B = body.append

# ----- title page
B("<p class=MsoNormal align=right style='text-align:right'><span lang=SV style='font-size:9.0pt;"
  "line-height:107%;color:#595959'>Dnr KS 2024/0412<o:p></o:p></span></p>")
B(empty_p())
B("<p class=MsoNormal><span style='mso-no-proof:yes'><!--[if gte vml 1]><v:shape id=\"Bildobjekt_x0020_1\" "
  "o:spid=\"_x0000_i1025\" type=\"#_x0000_t75\" alt=\"Rävlunda kommuns logotyp\" style='width:148.5pt;"
  "height:45pt;visibility:visible;mso-wrap-style:square'><v:imagedata src=\"" + FILES_DIR +
  "/image001.png\" o:title=\"\"/></v:shape><![endif]--><![if !vml]><img width=198 height=60 src=\"" +
  FILES_DIR + "/image002.png\" alt=\"Rävlunda kommuns logotyp\" v:shapes=\"Bildobjekt_x0020_1\"><![endif]>"
  "</span><span lang=SV><o:p></o:p></span></p>")
B(empty_p())
B("<p class=MsoTitle><span lang=SV>Överenskommelse om samverkan<o:p></o:p></span></p>")
B("<p class=MsoSubtitle><span lang=SV>mellan " + spell("Rävlunda") + " kommun och den idéburna sektorn i "
  + spell("Rävlunda") + " 2025–2028<o:p></o:p></span></p>")
B(empty_p())
meta_rows = [
    ("Dokumenttyp", "Överenskommelse"),
    ("Beslutsinstans", "Kommunfullmäktige"),
    ("Diarienummer", "KS 2024/0412"),
    ("Giltighetstid", "2025-01-01 – 2028-12-31"),
    ("Dokumentansvarig", "Kommunledningsförvaltningen, avdelningen för hållbar utveckling"),
    ("Gäller för", "Samtliga nämnder och helägda bolag samt anslutna idéburna organisationer"),
]
for k, v in meta_rows:
    B("<p class=MsoNormal style='margin-bottom:0cm;tab-stops:106.2pt'><b><span lang=SV>%s:</span></b>"
      "<span lang=SV><span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>%s"
      "<o:p></o:p></span></p>" % (k, v))
B(empty_p())
DECISION = "Antagen av kommunfullmäktige 2024-10-21, § 118."
B(p(DECISION, style="margin-bottom:0cm"))
B(p("Ersätter: Överenskommelse mellan Rävlunda kommun och föreningslivet 2019–2022 (KF 2018-11-26, § 164), "
    "förlängd t.o.m. 2024.", style="margin-bottom:0cm"))

# ----- TOC (filled in later)
B("<b><span lang=SV style='font-size:11.0pt;line-height:107%;font-family:\"Calibri\",sans-serif;"
  "mso-ascii-theme-font:minor-latin;mso-fareast-font-family:Calibri;mso-fareast-theme-font:minor-latin;"
  "mso-hansi-theme-font:minor-latin;mso-bidi-font-family:\"Times New Roman\";mso-bidi-theme-font:minor-bidi;"
  "mso-ansi-language:SV;mso-fareast-language:EN-US;mso-bidi-language:AR-SA'><br clear=all "
  "style='mso-special-character:line-break;page-break-before:always'>\n</span></b>")
B("<p class=MsoTocHeading><span lang=SV>Innehåll<o:p></o:p></span></p>")
B("@@TOC@@")
B("<b><span lang=SV style='font-size:11.0pt;line-height:107%;font-family:\"Calibri\",sans-serif;"
  "mso-ansi-language:SV;mso-fareast-language:EN-US;mso-bidi-language:AR-SA'><br clear=all "
  "style='mso-special-character:line-break;page-break-before:always'>\n</span></b>")

# ----- 1 Inledning
B(h1("1", "Inledning", "_Toc180512301"))
B(p("Rävlunda kommun och den idéburna sektorn har en lång tradition av samarbete inom idrott, kultur, "
    "socialt arbete och folkbildning. Föreningar, stiftelser och trossamfund bidrar till att skapa "
    "mötesplatser, stärka demokratin och ge stöd till människor i utsatta situationer."))
B("<p class=MsoNormal><span lang=SV>År 2008 tecknade regeringen, idéburna organisationer inom det sociala "
  "området och Sveriges Kommuner och Landsting en nationell överenskommelse." + ftnref(1) +
  " Den nationella överenskommelsen och dess sex principer ligger till grund för denna lokala "
  "överenskommelse.<o:p></o:p></span></p>")
B(p("Arbetet med överenskommelsen har pågått sedan hösten 2023. Ett fyrtiotal föreningar, stiftelser och "
    "trossamfund har deltagit i tre dialogmöten och lämnat synpunkter på ett remissförslag. Överenskommelsen "
    "är inte juridiskt bindande utan ska ses som en gemensam viljeinriktning."))

# ----- 2 Syfte och mål
B(h1("2", "Syfte och mål", "_Toc180512302"))
B(p("Syftet med överenskommelsen är att stärka den idéburna sektorns roll som röstbärare och utförare "
    "samt att skapa en tydlig och gemensam grund för samverkan i Rävlunda."))
B(p("Målen för perioden 2025–2028 är att:", style="margin-bottom:4.0pt"))
B(bullets(["fler invånare är engagerade i föreningslivet,",
           "samverkan mellan kommunen och sektorn upplevs som enkel och förutsägbar,",
           "sektorns kunskap tas tillvara i kommunens planering och budgetarbete."], 1))

# ----- 3 Definitioner
B(h1("3", "Parter och definitioner", "_Toc180512303"))
DEF1 = ("Med idéburen organisation avses i denna överenskommelse en organisation som bygger på frivilligt "
        "engagemang, har ett allmännyttigt syfte och inte delar ut vinst till ägare eller medlemmar.")
DEF2 = "Exempel är ideella föreningar, stiftelser, trossamfund, studieförbund och kooperativ utan vinstsyfte."
B(p(DEF1 + " " + DEF2))
B(p("Med kommunen avses Rävlunda kommun med dess nämnder, förvaltningar och helägda bolag."))
B(p("Idéburna organisationer som är verksamma i Rävlunda ansluter sig till överenskommelsen genom att "
    "skriva under en anslutningsblankett. Rävlunda Föreningsråd företräder de anslutna organisationerna i "
    "den gemensamma samverkansgruppen."))

# ----- 4 Principer
B(h1("4", "Principer och åtaganden", "_Toc180512304"))
B(p("Överenskommelsen bygger på de sex principerna i den nationella överenskommelsen. Parterna har lagt "
    "till en sjunde princip om barnrättsperspektivet. Under varje princip beskrivs vad kommunen och den "
    "idéburna sektorn åtar sig."))

# 4.1
B(fake_heading("4.1 Självständighet och oberoende", before=True))
B(p("Den idéburna sektorn har rätt att själv bestämma över sina mål, sin organisation och sina arbetssätt. "
    "Sektorns roll som röstbärare och opinionsbildare ska respekteras även när en organisation får "
    "ekonomiskt stöd från kommunen."))
B(lead("Kommunen åtar sig att:"))
P1 = C("respektera organisationernas rätt att kritisera kommunens beslut och verksamhet, även när de tar "
       "emot kommunalt stöd", "sjalvstandighet_och_oberoende", "public")
P2 = C("inte villkora bidrag med krav som rör organisationernas interna angelägenheter",
       "sjalvstandighet_och_oberoende", "public")
P3 = C("utforma stödformer så att organisationerna kan behålla sin egen profil och sitt arbetssätt",
       "sjalvstandighet_och_oberoende", "public")
B(bullets([P1, P2, P3], 4))
B(lead("Den idéburna sektorn åtar sig att:"))
C1 = C("tydligt redovisa när organisationen agerar som utförare på uppdrag av kommunen och när den agerar "
       "som röstbärare", "sjalvstandighet_och_oberoende", "civil_society")
C2 = C("självständigt ta ställning i frågor som rör organisationens medlemmar och målgrupper",
       "sjalvstandighet_och_oberoende", "civil_society")
B(bullets([C1, C2], 5))

# 4.2
B(fake_heading("4.2 Dialog", before=True))
B(p("Dialog innebär att parterna möts tidigt och regelbundet för att utbyta kunskap och erfarenheter. "
    "En god dialog förutsätter att båda parter är väl förberedda och har mandat att föra sin "
    "organisations talan."))
B(lead("Kommunen åtar sig att:"))
P4 = C("involvera den idéburna sektorn tidigt i planeringen av verksamheter som berör sektorn",
       "dialog", "public")
P5 = C("kalla till ett gemensamt dialogforum minst två gånger per år", "dialog", "public")
P6 = C("ge sektorn skälig tid, minst fyra veckor, att svara på remisser", "dialog", "public")
B(bullets([P4, P5, P6], 6))
B(lead("Den idéburna sektorn åtar sig att:"))
C3 = C("utse representanter med mandat att företräda sina organisationer i dialogforum", "dialog",
       "civil_society")
C4 = C("sprida information från dialogforum till sina medlemmar och nätverk", "dialog", "civil_society")
B(bullets([C3, C4], 7))

# 4.3 (sentences)
B(fake_heading("4.3 Kvalitet", before=True))
B(p("Kvalitet handlar om att verksamheten ger resultat för de människor den är till för. Den idéburna "
    "sektorns kvalitet bygger ofta på engagemang, närhet och förtroende."))
P7 = C("Kommunen ska ställa rimliga och tydliga krav på uppföljning som står i proportion till stödets "
       "storlek.", "kvalitet", "public")
C5 = C("De idéburna organisationerna ska följa upp sina verksamheter och dela med sig av resultaten till "
       "kommunen.", "kvalitet", "civil_society")
J1 = C("Parterna ska gemensamt utveckla enkla former för uppföljning av verksamhet som finansieras med "
       "kommunala medel.", "kvalitet", "joint")
B(p(P7 + " " + C5))
B(p(J1))

# 4.4
B(fake_heading("4.4 Långsiktighet", before=True))
B(p("Föreningslivet behöver förutsägbara villkor för att kunna planera sin verksamhet och behålla "
    "engagerade medlemmar, ledare och anställda."))
B(lead("Kommunen åtar sig att:"))
P8 = C("i första hand erbjuda fleråriga överenskommelser om idéburet offentligt partnerskap när "
       "verksamheten har ett långsiktigt syfte", "langsiktighet", "public")
P9 = C("besluta om föreningsbidrag för kommande år senast den 15 december", "langsiktighet", "public")
lst = bullets(["@@P8@@", P9], 8)
lst = lst.replace(rv("@@P8@@") + "<o:p>", rv(P8) + ftnref(2) + "<o:p>")
B(lst)
B(lead("Den idéburna sektorn åtar sig att:"))
C6 = C("planera sin verksamhet så att den inte är beroende av en enda finansieringskälla",
       "langsiktighet", "civil_society")
B(bullets([C6], 9))

# 4.5 + 4.6 in a table
B(fake_heading("4.5 Öppenhet och insyn samt 4.6 Mångfald", before=True))
B(p("För principerna öppenhet och insyn respektive mångfald redovisas parternas åtaganden i tabell 1."))
B("<p class=MsoCaption style='keep-with-next:always'><span lang=SV>Tabell </span><!--[if supportFields]>"
  "<span lang=SV><span style='mso-element:field-begin'></span> SEQ Tabell \\* ARABIC <span "
  "style='mso-element:field-separator'></span></span><![endif]--><span lang=SV style='mso-no-proof:yes'>1"
  "</span><!--[if supportFields]><span lang=SV><span style='mso-element:field-end'></span></span>"
  "<![endif]--><span lang=SV>. Parternas åtaganden inom öppenhet och insyn samt mångfald<o:p></o:p>"
  "</span></p>")
P10 = C("publicera information om bidrag, lokaler och upphandlingar på kommunens webbplats",
        "oppenhet_och_insyn", "public")
P11 = C("motivera skriftligt beslut om avslag på ansökningar om föreningsbidrag", "oppenhet_och_insyn",
        "public")
C7 = C("redovisa hur kommunala medel har använts i verksamhetsberättelse och ekonomisk redovisning",
       "oppenhet_och_insyn", "civil_society")
C8 = C("informera kommunen om väsentliga förändringar i verksamheten som påverkar överenskomna uppdrag",
       "oppenhet_och_insyn", "civil_society")
P12 = C("underlätta för nybildade och mindre föreningar att söka stöd, bland annat genom rådgivning och "
        "enklare ansökningsblanketter", "mangfald", "public")
P13 = C("erbjuda information om stöd och samverkan på lättläst svenska och på engelska", "mangfald",
        "public")
C9 = C("verka för att verksamheten är öppen för alla oavsett kön, ålder, funktionsförmåga, sexuell "
       "läggning, religion eller etnisk bakgrund", "mangfald", "civil_society")
C10 = C("arbeta aktivt för att nå grupper som i dag är underrepresenterade i föreningslivet", "mangfald",
        "civil_society")
rows = [
    [cellp("Princip", True), cellp("Kommunen åtar sig att", True),
     cellp("Den idéburna sektorn åtar sig att", True)],
    [cellp("Öppenhet och insyn", True), bullets([P10, P11], 10, True), bullets([C7, C8], 11, True)],
    [cellp("Mångfald", True), bullets([P12, P13], 12, True), bullets([C9, C10], 13, True)],
]
B(table(rows, [113, 236, 255]))
B(empty_p())

# 4.7 Barnrättsperspektiv (sentences, footnote)
B(fake_heading("4.7 Barnrättsperspektiv", before=True))
B("<p class=MsoNormal><span lang=SV>Sedan den 1 januari 2020 är FN:s konvention om barnets rättigheter "
  "svensk lag." + ftnref(3) + " Många av sektorns verksamheter riktar sig till barn och unga, och parterna "
  "har därför valt att lägga till barnrättsperspektivet som en egen princip.<o:p></o:p></span></p>")
P14 = C("Kommunen ska göra en barnkonsekvensanalys inför beslut om förändrade bidrag till föreningar med "
        "barn- och ungdomsverksamhet.", "barnrattsperspektiv", "public")
C11 = C("Föreningar som tar emot aktivitetsbidrag ska ha rutiner för att begära utdrag ur "
        "belastningsregistret för ledare som arbetar med barn.", "barnrattsperspektiv", "civil_society")
J2 = C("Parterna ska gemensamt ge barn och unga möjlighet att påverka hur överenskommelsen genomförs.",
       "barnrattsperspektiv", "joint")
B(p(P14))
B(p(C11 + " " + J2))

# ----- 5 Uppföljning
B(h1("5", "Organisation, uppföljning och revidering", "_Toc180512305"))
B(p("Kommunledningsförvaltningen är sammankallande i samverkansgruppen och samordnar kommunens arbete med "
    "överenskommelsen. Rävlunda Föreningsråd samordnar sektorns deltagande."))
B(lead("Parterna åtar sig gemensamt att:"))
J3 = C("inrätta en samverkansgrupp med sex representanter från kommunen och sex från den idéburna sektorn",
       None, "joint")
J4 = C("följa upp överenskommelsen årligen vid höstens dialogforum", None, "joint")
J5 = C("påbörja en revidering av överenskommelsen senast under våren 2028", None, "joint")
B(bullets([J3, J4, J5], 14))
FOLLOW = "Resultatet av den årliga uppföljningen redovisas för kommunstyrelsen i februari året därpå."
B(p(FOLLOW))

# ----- 6 Handlingsplan (not commitments)
B(h1("6", "Handlingsplan 2025–2026", "_Toc180512306"))
B(p("Handlingsplanen revideras årligen av samverkansgruppen. Aktiviteterna nedan är inte åtaganden i "
    "överenskommelsens mening utan konkreta steg för att genomföra den."))
hp = [
    ("Aktivitet", "Ansvarig", "Klart"),
    ("Ta fram en digital bidragsguide för föreningar", "Kultur- och fritidsförvaltningen", "Juni 2025"),
    ("Utbildning i barnkonsekvensanalys för bidragshandläggare", "Kommunledningsförvaltningen",
     "Oktober 2025"),
    ("Mall för idéburet offentligt partnerskap (IOP)", "Socialförvaltningen", "December 2025"),
    ("Kartläggning av föreningslokaler i kommundelarna", "Samhällsbyggnadsförvaltningen", "Mars 2026"),
    ("Första årliga uppföljningen till kommunstyrelsen", "Samverkansgruppen", "Februari 2026"),
]
B(table([[cellp(a, r == 0), cellp(b, r == 0), cellp(c, r == 0)] for r, (a, b, c) in enumerate(hp)],
        [302, 198, 104]))
B(empty_p())

# ----- 7 Underskrifter
B(h1("7", "Underskrifter", "_Toc180512307"))
B(p("Rävlunda den 28 oktober 2024"))
B(empty_p())
sig = ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
       "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n <tr style='mso-yfti-irow:0;"
       "mso-yfti-firstrow:yes;mso-yfti-lastrow:yes'>\n%s\n%s\n </tr>\n</table>")
left = "\n".join([cellp("För Rävlunda kommun", True), cellp("&nbsp;"), cellp("……………………………………"),
                  cellp("Annika Strand"), cellp("Kommunstyrelsens ordförande")])
right = "\n".join([cellp("För den idéburna sektorn", True), cellp("&nbsp;"), cellp("……………………………………"),
                   cellp("Mats Hedlund"), cellp("Ordförande, Rävlunda Föreningsråd")])
sig_cells = ["  <td width=302 valign=top style='width:226.5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n  %s\n  </td>"
             % x for x in (left, right)]
B(sig % tuple(sig_cells))
B(empty_p())
B(fake_heading("Versionshistorik", size="11.0"))
vh = [("Version", "Datum", "Ändring"),
      ("0.9", "2024-05-14", "Remissversion till föreningar och nämnder"),
      ("1.0", "2024-10-21", "Antagen av kommunfullmäktige")]
B(table([[cellp(a, r == 0), cellp(b, r == 0), cellp(c, r == 0)] for r, (a, b, c) in enumerate(vh)],
        [76, 113, 415]))
B(empty_p())

FTN1 = ("Överenskommelsen inom det sociala området tecknades 2008 mellan regeringen, idéburna "
        "organisationer och Sveriges Kommuner och Landsting (numera Sveriges Kommuner och Regioner).")
FTN2 = ("Idéburet offentligt partnerskap (IOP) är en samverkansform mellan en offentlig aktör och en "
        "idéburen organisation där parterna tillsammans finansierar och genomför en verksamhet.")
FTN3 = "Lag (2018:1197) om Förenta nationernas konvention om barnets rättigheter."

footnotes = ["</div>", "", "<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>",
             "", "<hr align=left size=1 width=\"33%\">", "", "<![endif]>"]
for n, t in enumerate([FTN1, FTN2, FTN3], 1):
    footnotes.append(
        "<div style='mso-element:footnote' id=ftn%d>\n\n<p class=MsoFootnoteText><a style='mso-footnote-id:"
        "ftn%d' href=\"#_ftnref%d\" name=\"_ftn%d\" title=\"\"><span class=MsoFootnoteReference><span "
        "lang=SV><span style='mso-special-character:footnote'><![if !supportFootnotes]><span "
        "class=MsoFootnoteReference><span lang=SV style='font-size:10.0pt;line-height:107%%;font-family:"
        "\"Calibri\",sans-serif;mso-ascii-theme-font:minor-latin;mso-fareast-font-family:Calibri;"
        "mso-ansi-language:SV;mso-fareast-language:EN-US;mso-bidi-language:AR-SA'>[%d]</span></span>"
        "<![endif]></span></span></span></a><span lang=SV> %s<o:p></o:p></span></p>\n\n</div>"
        % (n, n, n, n, n, t))
footnotes.append("\n</div>")

# ----- TOC
toc = []
pages = {"1": 2, "2": 2, "3": 2, "4": 3, "5": 5, "6": 6, "7": 6}
for i, (num, text, tid) in enumerate(toc_entries):
    begin = ""
    end = ""
    if i == 0:
        begin = ("<!--[if supportFields]><span lang=SV><span style='mso-element:field-begin'></span>"
                 "<span style='mso-spacerun:yes'> </span>TOC \\o &quot;1-3&quot; \\h \\z \\u <span "
                 "style='mso-element:field-separator'></span></span><![endif]-->")
    if i == len(toc_entries) - 1:
        end = ("<!--[if supportFields]><span lang=SV><span style='mso-element:field-end'></span></span>"
               "<![endif]-->")
    toc.append(
        "<p class=MsoToc1 style='tab-stops:22.0pt right dotted 453.1pt'>%s<span class=MsoHyperlink>"
        "<span style='mso-no-proof:yes'><a href=\"#%s\"><span lang=SV>%s</span><span lang=SV "
        "style='font-size:11.0pt;line-height:107%%;mso-fareast-language:SV'><span style='mso-tab-count:1'>"
        "&nbsp;&nbsp; </span></span><span lang=SV>%s</span><span lang=SV style='color:windowtext;"
        "display:none;mso-hide:screen;text-decoration:none;text-underline:none'><span style='mso-tab-count:1 "
        "dotted'>. . . . . . . </span></span><span lang=SV style='color:windowtext;display:none;"
        "mso-hide:screen;text-decoration:none;text-underline:none'>%d</span></a></span></span>"
        "<span lang=SV><o:p></o:p></span>%s</p>" % (begin, tid, num, text, pages[num], end))

body_html = "\n".join(body).replace("@@TOC@@", "\n".join(toc))

# ---------------------------------------------------------------- head
HEAD = r"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="@@FD@@/filelist.xml">
<link rel=Edit-Time-Data href="@@FD@@/editdata.mso">
<!--[if !mso]>
<style>
v\:* {behavior:url(#default#VML);}
o\:* {behavior:url(#default#VML);}
w\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style>
<![endif]-->
<title>Överenskommelse om samverkan</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Karin Lundqvist</o:Author>
  <o:LastAuthor>Jonas Berglöf</o:LastAuthor>
  <o:Revision>17</o:Revision>
  <o:TotalTime>412</o:TotalTime>
  <o:LastPrinted>2024-10-02T12:14:00Z</o:LastPrinted>
  <o:Created>2024-09-02T07:41:00Z</o:Created>
  <o:LastSaved>2024-10-29T13:05:00Z</o:LastSaved>
  <o:Pages>6</o:Pages>
  <o:Words>1842</o:Words>
  <o:Characters>9765</o:Characters>
  <o:Company>Rävlunda kommun</o:Company>
  <o:Lines>81</o:Lines>
  <o:Paragraphs>23</o:Paragraphs>
  <o:CharactersWithSpaces>11584</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
 <o:CustomDocumentProperties>
  <o:ContentTypeId dt:dt="string">0x0101005A3F2B9C7E1D4A4F8B2C3D1E6F7A8B90</o:ContentTypeId>
  <o:MediaServiceImageTags dt:dt="string"></o:MediaServiceImageTags>
 </o:CustomDocumentProperties>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<link rel=dataStoreItem href="@@FD@@/item0001.xml"
target="@@FD@@/props002.xml">
<link rel=themeData href="@@FD@@/themedata.thmx">
<link rel=colorSchemeMapping href="@@FD@@/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:HyphenationZone>21</w:HyphenationZone>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>SV</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:SplitPgBreakAndParaMark/>
   <w:EnableOpenTypeKerning/>
   <w:DontFlipMirrorIndents/>
   <w:OverrideTableStyleHps/>
  </w:Compatibility>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
   <m:brkBin m:val="before"/>
   <m:brkBinSub m:val="&#45;-"/>
   <m:smallFrac m:val="off"/>
   <m:dispDef/>
   <m:lMargin m:val="0"/>
   <m:rMargin m:val="0"/>
   <m:defJc m:val="centerGroup"/>
   <m:wrapIndent m:val="1440"/>
   <m:intLim m:val="subSup"/>
   <m:naryLim m:val="undOvr"/>
  </m:mathPr></w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 2"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="index 1"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" Name="toc 1"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" Name="toc 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="footnote text"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="header"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="footer"/>
  <w:LsdException Locked="false" Priority="35" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="caption"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="footnote reference"/>
  <w:LsdException Locked="false" Priority="10" QFormat="true" Name="Title"/>
  <w:LsdException Locked="false" Priority="11" QFormat="true" Name="Subtitle"/>
  <w:LsdException Locked="false" Priority="22" QFormat="true" Name="Strong"/>
  <w:LsdException Locked="false" Priority="20" QFormat="true" Name="Emphasis"/>
  <w:LsdException Locked="false" Priority="39" Name="Table Grid"/>
  <w:LsdException Locked="false" Priority="34" QFormat="true"
   Name="List Paragraph"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="TOC Heading"/>
 </w:LatentStyles>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536869121 1107305727 33554432 0 415 0;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-469750017 -1040178053 9 0 511 0;}
@font-face
	{font-family:"Calibri Light";
	panose-1:2 15 3 2 2 2 4 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-469750017 -1040178053 9 0 511 0;}
@font-face
	{font-family:Symbol;
	panose-1:5 5 1 2 1 7 6 2 5 7;
	mso-font-charset:2;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:0 268435456 0 0 -2147483648 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-ascii-theme-font:minor-latin;
	mso-fareast-font-family:Calibri;
	mso-fareast-theme-font:minor-latin;
	mso-hansi-font-family:Calibri;
	mso-hansi-theme-font:minor-latin;
	mso-bidi-font-family:"Times New Roman";
	mso-bidi-theme-font:minor-bidi;
	mso-fareast-language:EN-US;}
h1
	{mso-style-priority:9;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-link:"Rubrik 1 Char";
	mso-style-next:Normal;
	margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:21.6pt;
	text-indent:-21.6pt;
	line-height:107%;
	mso-pagination:widow-orphan lines-together;
	page-break-after:avoid;
	mso-outline-level:1;
	mso-list:l2 level1 lfo3;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	mso-ascii-font-family:"Calibri Light";
	mso-ascii-theme-font:major-latin;
	mso-fareast-font-family:"Times New Roman";
	mso-fareast-theme-font:major-fareast;
	mso-hansi-font-family:"Calibri Light";
	mso-hansi-theme-font:major-latin;
	mso-bidi-font-family:"Times New Roman";
	mso-bidi-theme-font:major-bidi;
	color:#2F5496;
	mso-themecolor:accent1;
	mso-themeshade:191;
	mso-font-kerning:0pt;
	mso-fareast-language:EN-US;
	font-weight:normal;}
h2
	{mso-style-priority:9;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-link:"Rubrik 2 Char";
	mso-style-next:Normal;
	margin-top:2.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	line-height:107%;
	page-break-after:avoid;
	mso-outline-level:2;
	font-size:13.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
p.MsoToc1, li.MsoToc1, div.MsoToc1
	{mso-style-update:auto;
	mso-style-priority:39;
	mso-style-next:Normal;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:5.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{mso-style-priority:99;
	mso-style-link:"Fotnotstext Char";
	margin:0cm;
	mso-pagination:widow-orphan;
	font-size:10.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
p.MsoCaption, li.MsoCaption, div.MsoCaption
	{mso-style-priority:35;
	mso-style-qformat:yes;
	mso-style-next:Normal;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:10.0pt;
	margin-left:0cm;
	font-size:9.0pt;
	font-family:"Calibri",sans-serif;
	color:#44546A;
	font-style:italic;}
span.MsoFootnoteReference
	{mso-style-priority:99;
	vertical-align:super;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{mso-style-priority:10;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-link:"Rubrik Char";
	mso-style-next:Normal;
	margin:0cm;
	mso-add-space:auto;
	font-size:28.0pt;
	font-family:"Calibri Light",sans-serif;
	letter-spacing:-.5pt;
	mso-font-kerning:14.0pt;}
p.MsoSubtitle, li.MsoSubtitle, div.MsoSubtitle
	{mso-style-priority:11;
	mso-style-qformat:yes;
	mso-style-link:"Underrubrik Char";
	mso-style-next:Normal;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	font-size:14.0pt;
	font-family:"Calibri",sans-serif;
	color:#5A5A5A;
	letter-spacing:.75pt;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	mso-themecolor:hyperlink;
	text-decoration:underline;
	text-underline:single;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
p.MsoTocHeading, li.MsoTocHeading, div.MsoTocHeading
	{mso-style-priority:39;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"Rubrik 1";
	mso-style-next:Normal;
	margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	line-height:107%;
	page-break-after:avoid;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
span.Rubrik1Char
	{mso-style-name:"Rubrik 1 Char";
	mso-style-priority:9;
	mso-style-unhide:no;
	mso-style-locked:yes;
	mso-style-link:"Rubrik 1";
	mso-ansi-font-size:16.0pt;
	mso-bidi-font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
span.FotnotstextChar
	{mso-style-name:"Fotnotstext Char";
	mso-style-priority:99;
	mso-style-unhide:no;
	mso-style-locked:yes;
	mso-style-link:Fotnotstext;
	mso-ansi-font-size:10.0pt;
	mso-bidi-font-size:10.0pt;}
span.SpellE
	{mso-style-name:"";
	mso-spl-e:yes;}
span.GramE
	{mso-style-name:"";
	mso-gram-e:yes;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-ascii-theme-font:minor-latin;
	mso-fareast-font-family:Calibri;
	mso-fareast-theme-font:minor-latin;
	mso-hansi-font-family:Calibri;
	mso-hansi-theme-font:minor-latin;
	mso-bidi-font-family:"Times New Roman";
	mso-bidi-theme-font:minor-bidi;
	mso-fareast-language:EN-US;}
.MsoPapDefault
	{mso-style-type:export-only;
	margin-bottom:8.0pt;
	line-height:107%;}
 /* Page Definitions */
 @page
	{mso-footnote-separator:url("@@FD@@/header.htm") fs;
	mso-footnote-continuation-separator:url("@@FD@@/header.htm") fcs;
	mso-endnote-separator:url("@@FD@@/header.htm") es;
	mso-endnote-continuation-separator:url("@@FD@@/header.htm") ecs;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-title-page:yes;
	mso-header:url("@@FD@@/header.htm") h1;
	mso-footer:url("@@FD@@/header.htm") f1;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:187332913;
	mso-list-type:hybrid;
	mso-list-template-ids:-1391638428 69009409 69009411 69009413 69009409 69009411 69009413 69009409 69009411 69009413;}
@list l0:level1
	{mso-level-number-format:bullet;
	mso-level-text:\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;
	font-family:Symbol;}
@list l2
	{mso-list-id:476187412;
	mso-list-template-ids:-1782431552;}
@list l2:level1
	{mso-level-style-link:"Rubrik 1";
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:21.6pt;
	text-indent:-21.6pt;}
@list l2:level2
	{mso-level-style-link:"Rubrik 2";
	mso-level-text:"%1\.%2";
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:28.8pt;
	text-indent:-28.8pt;}
ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Normal tabell";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin-top:0cm;
	mso-para-margin-right:0cm;
	mso-para-margin-bottom:8.0pt;
	mso-para-margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
table.MsoTableGrid
	{mso-style-name:Tabellrutnät;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-priority:39;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-border-insideh:.5pt solid windowtext;
	mso-border-insidev:.5pt solid windowtext;
	mso-para-margin:0cm;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="2050"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=SV link="#0563C1" vlink="#954F72" style='tab-interval:65.2pt;word-wrap:break-word'>

<div class=WordSection1>

"""

TAIL = "\n\n</body>\n\n</html>\n"


def word_wrap(html, width=76):
    """Word breaks source lines at spaces at ~76 characters (inside tags and text alike)."""
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


doc = HEAD.replace("@@FD@@", FILES_DIR) + word_wrap(body_html) + "\n\n" + "\n".join(footnotes) + TAIL
doc = doc.replace("\n", "\r\n")
with open(os.path.join(HERE, FILE), "wb") as f:
    f.write(doc.encode("utf-8"))

# ---------------------------------------------------------------- expected.json
Q = []


def q(question, lang, gold, must):
    Q.append({"id": "html_word_export-q%d" % (len(Q) + 1), "question": question, "language": lang,
              "answerable": bool(gold), "gold": gold, "must_mention": must})


q("vad ska kommunen gora for att foreningarnas sjalvstandighet ska respekteras i ravlunda", "sv",
  [P1, P2, P3], ["kritisera kommunens beslut", "interna angelägenheter", "egen profil"])
q("När antogs överenskommelsen mellan Rävlunda kommun och den idéburna sektorn, och av vilket organ?",
  "sv", [DECISION], ["kommunfullmäktige", "2024-10-21", "§ 118"])
q("What do civil society organisations in Rävlunda commit to under openness and transparency?", "en",
  [C7, C8], ["verksamhetsberättelse och ekonomisk redovisning", "väsentliga förändringar"])
q("vad menas med ideburen organisation i ravlunda overenskommelsen", "sv", [DEF1, DEF2],
  ["frivilligt engagemang", "allmännyttigt syfte", "inte delar ut vinst"])
q("Får en förening i Rävlunda kritisera kommunen fast den får kommunalt stöd?", "sv", [P1],
  ["kritisera kommunens beslut", "kommunalt stöd"])
q("Compare what the municipality and the associations in Rävlunda commit to under mångfald.", "en",
  [P12, P13, C9, C10], ["nybildade och mindre föreningar", "lättläst svenska",
                        "öppen för alla", "underrepresenterade"])
q("hur lang tid far foreningarna pa sig att svara pa remisser fran kommunen", "sv", [P6],
  ["minst fyra veckor"])
q("How is the Rävlunda agreement followed up, and when is it revised?", "en", [J3, J4, J5, FOLLOW],
  ["samverkansgrupp", "årligen", "höstens dialogforum", "våren 2028", "kommunstyrelsen"])
q("Hur mycket pengar avsätter Rävlunda kommun till idéburna offentliga partnerskap per år?", "sv", [], [])
q("What hourly rent do associations pay for municipal premises in Rävlunda?", "en", [], [])

expected = {
    "file": FILE,
    "layout": "html_word_export",
    "description": ("Agreement saved from Microsoft Word as 'Webbsida (.htm)' with encoding set to UTF-8 (meta charset=utf-8), CRLF line ends: xmlns:v/o/w/m "
                    "namespaces, <!--[if gte mso 9]><xml> blocks, large Mso style sheet with @list "
                    "definitions, source lines wrapped at ~76 characters, SpellE spans, a Word TOC field with "
                    "hidden page numbers, h1 headings numbered through <![if !supportLists]> markers, principle "
                    "headings as <p class=MsoNormal><b><span style='font-size:14.0pt'>, bullet lists as "
                    "MsoListParagraphCxSpFirst/Middle/Last with '·' Symbol markers and &nbsp; padding, "
                    "<o:p></o:p> everywhere, an MsoTableGrid table Princip | Kommunen | Den idéburna sektorn "
                    "with bullet paragraphs in the cells, sentence commitments, an extra principle "
                    "(barnrättsperspektiv), joint follow-up commitments outside the principles, a handlingsplan "
                    "table that is not commitments, a borderless signature table, a version table and three "
                    "footnotes (#_ftn1..3, one attached to a commitment) in a footnote-list at the end."),
    "metadata": {
        "doc_id": "ravlunda",
        "title": TITLE,
        "place": PLACE,
        "organisation": "Rävlunda kommun",
        "kind": "överenskommelse",
        "date": "2024-10-21",
        "body": "kommunfullmäktige",
    },
    "commitments": commitments,
    "questions": Q,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("wrote", FILE, len(commitments), "commitments")
