#!/usr/bin/env python3
"""Generate brannvika_overenskommelse_skannad.pdf (a scanned, image-only PDF)
and expected.json.

Steps: write a flat ODT (.fodt) with letterhead, numbered headings, lists,
a contact box and a signature table (handwritten-looking names are PNGs
rendered with Pillow) -> soffice --convert-to pdf -> pdftoppm (300 dpi, grey)
-> Pillow: slight rotation, paper tone, noise, blur, edge shadow, initials in
the margin -> a new PDF that holds only the page images (no text layer).

Needs: soffice, pdftoppm, Pillow and numpy (re-runs itself with
/work/main/.venv/bin/python when Pillow is missing), optionally the font
package fonts-dancingscript (else a DejaVu italic font is used).
"""
import base64
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

try:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    import numpy as np
except ImportError:  # pragma: no cover
    venv = "/work/main/.venv/bin/python"
    if os.path.exists(venv) and sys.executable != venv:
        os.execv(venv, [venv] + sys.argv)
    raise

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = os.path.basename(HERE)
DOC_ID = "brannvika_overenskommelse_skannad"
PDF_NAME = DOC_ID + ".pdf"
DPI = 300

# ---------------------------------------------------------------- content
# Each block: (kind, ...). Commitments are tagged with (principle, party);
# for paragraphs the exact commitment substrings are given explicitly.
TITLE = "Överenskommelse mellan Brännvika kommun och den idéburna sektorn i Brännvika"

C = []  # collected commitments (text, principle, party)


def item(text, principle=None, party=None):
    if party:
        C.append((text, principle, party))
    return text


def para(text, *commitments):
    for t, pr, pa in commitments:
        assert t in text, t
        C.append((t, pr, pa))
    return ("p", text)


BLOCKS = [
    ("title", TITLE),
    ("sub", "Antagen av kommunfullmäktige den 21 oktober 2024, § 112. Gäller 2025–2028."),
    ("h1", "1. Inledning"),
    para("Brännvika kommun och den idéburna sektorn har ett gemensamt intresse av en levande bygd där "
         "människor kan påverka sin vardag och vara delaktiga i föreningslivet. I kommunen finns omkring "
         "240 registrerade föreningar, tre studieförbund och ett tiotal idéburna organisationer inom det "
         "sociala området. Tillsammans bidrar de till gemenskap, folkbildning, idrott, kultur och stöd "
         "till människor i utsatta situationer."),
    para("Arbetet med överenskommelsen inleddes hösten 2023 med tre dialogmöten i Brännvika, Sörby och "
         "Lillåker där drygt 70 föreningar deltog. Ett förslag remitterades under våren 2024 till "
         "föreningslivet och till kommunens nämnder innan kommunfullmäktige fattade beslut."),
    para("Överenskommelsen bygger på den nationella överenskommelsen från 2008 mellan regeringen, "
         "idéburna organisationer inom det sociala området och Sveriges Kommuner och Landsting och på "
         "dess sex principer. Parterna har valt att lägga till en sjunde princip om barnrättsperspektiv."),
    ("h1", "2. Syfte"),
    para("Syftet är att förbättra förutsättningarna för samverkan mellan kommunen och den idéburna "
         "sektorn, att tydliggöra parternas olika roller och att stärka den idéburna sektorns ställning "
         "som röstbärare och opinionsbildare. Överenskommelsen ersätter inte avtal, bidragsregler eller "
         "andra styrdokument."),
    ("h1", "3. Parter"),
    para("Parter är Brännvika kommun, med samtliga nämnder och förvaltningar, och de idéburna "
         "organisationer som ansluter sig till överenskommelsen. Med idéburen organisation avses här en "
         "organisation som har en demokratisk uppbyggnad, är fristående från offentlig sektor och inte "
         "har vinstsyfte. Kommunens bolag omfattas inte."),
    para("En organisation ansluter sig genom en anmälan till föreningsservice vid kultur- och "
         "fritidsförvaltningen. En förteckning över anslutna organisationer finns på kommunens webbplats."),
    ("h1", "4. Principer och åtaganden"),
    para("Varje princip beskrivs kort nedan. Därefter anges vad kommunen och den idéburna sektorn åtar "
         "sig. En del åtaganden är gemensamma för parterna."),

    ("h2", "4.1 Självständighet och oberoende"),
    para("Den idéburna sektorn har rätt att utforma sin verksamhet utifrån egna värderingar och syften. "
         "Organisationernas roll som röstbärare och kritisk granskare är en del av ett levande "
         "demokratiskt samhälle, också när en organisation får bidrag från kommunen."),
    ("lead", "Kommunen åtar sig att:"),
    ("list", [
        item("respektera organisationernas rätt att driva opinion, även i frågor där de är kritiska mot kommunen",
             "sjalvstandighet_och_oberoende", "public"),
        item("inte ställa villkor för bidrag som påverkar organisationernas interna beslut eller värdegrund",
             "sjalvstandighet_och_oberoende", "public"),
    ]),
    ("lead", "Den idéburna sektorn åtar sig att:"),
    ("list", [
        item("tydligt skilja mellan sin roll som utförare av verksamhet och sin roll som intresseorganisation",
             "sjalvstandighet_och_oberoende", "civil_society"),
        item("själv ansvara för sin ekonomi, sina beslut och sin verksamhet",
             "sjalvstandighet_och_oberoende", "civil_society"),
    ]),

    ("h2", "4.2 Dialog"),
    para("Dialog ger parterna kunskap om varandra och ett bättre underlag för beslut. Goda kontakter "
         "byggs både i formella forum och i det vardagliga samarbetet."),
    para("Kommunen ska bjuda in den idéburna sektorn till dialog i ett tidigt skede när beslut förbereds "
         "som berör sektorn eller dess målgrupper. Kommunstyrelsen ansvarar för att kalla till ett "
         "samrådsforum minst två gånger per år.",
         ("Kommunen ska bjuda in den idéburna sektorn till dialog i ett tidigt skede när beslut "
          "förbereds som berör sektorn eller dess målgrupper", "dialog", "public"),
         ("Kommunstyrelsen ansvarar för att kalla till ett samrådsforum minst två gånger per år",
          "dialog", "public")),
    para("De idéburna organisationerna ska utse representanter till samrådsforumet och förankra "
         "synpunkterna hos sina medlemmar. Parterna ska gemensamt ta fram dagordningen inför varje "
         "samrådsforum.",
         ("De idéburna organisationerna ska utse representanter till samrådsforumet och förankra "
          "synpunkterna hos sina medlemmar", "dialog", "civil_society"),
         ("Parterna ska gemensamt ta fram dagordningen inför varje samrådsforum", "dialog", "joint")),

    ("h2", "4.3 Kvalitet"),
    para("Kvalitet handlar om att verksamheten möter människors behov. Den idéburna sektorn bidrar med "
         "kunskap och erfarenheter som kompletterar kommunens egna."),
    ("lead", "Kommunen åtar sig att:"),
    ("list", [
        item("tillvarata den idéburna sektorns kunskap när kommunens verksamheter utvecklas",
             "kvalitet", "public"),
        item("erbjuda föreningarna utbildning i bland annat bidragsansökan, föreningsekonomi och krisberedskap",
             "kvalitet", "public"),
    ]),
    ("lead", "De idéburna organisationerna åtar sig att:"),
    ("list", [
        item("följa upp och redovisa resultatet av verksamhet som får stöd från kommunen",
             "kvalitet", "civil_society"),
        item("sprida kunskap från kommunens utbildningar inom den egna organisationen",
             "kvalitet", "civil_society"),
    ]),
    para("Parterna kommer att utveckla gemensamma sätt att beskriva vilken nytta verksamheten gör för "
         "målgrupperna.",
         ("Parterna kommer att utveckla gemensamma sätt att beskriva vilken nytta verksamheten gör för "
          "målgrupperna", "kvalitet", "joint")),

    ("h2", "4.4 Långsiktighet"),
    para("Långsiktiga förutsättningar gör det möjligt för organisationerna att planera, anställa "
         "personal och bygga upp en stabil verksamhet."),
    ("lead", "Kommunen åtar sig att:"),
    ("list", [
        item("i första hand ge verksamhetsbidrag framför kortsiktiga projektbidrag",
             "langsiktighet", "public"),
        item("pröva idéburet offentligt partnerskap (IOP) när förutsättningarna finns",
             "langsiktighet", "public"),
        item("besluta om bidrag för nästkommande år senast den 15 december",
             "langsiktighet", "public"),
    ]),
    ("lead", "De idéburna organisationerna åtar sig att:"),
    ("list", [
        item("planera sin verksamhet så att den inte blir beroende av ett enskilt bidrag",
             "langsiktighet", "civil_society"),
        item("i god tid meddela kommunen om en verksamhet med kommunalt stöd kommer att förändras eller avvecklas",
             "langsiktighet", "civil_society"),
    ]),

    ("h2", "4.5 Öppenhet och insyn"),
    para("Öppenhet skapar förtroende mellan parterna. Den som tar emot offentliga medel behöver kunna "
         "visa hur pengarna används, samtidigt som organisationerna har rätt till integritet i sitt "
         "inre arbete."),
    para("Kommunen ska redovisa öppet hur bidrag fördelas och på vilka grunder, och de idéburna "
         "organisationerna ska lämna den ekonomiska redovisning som bidragsvillkoren anger.",
         ("Kommunen ska redovisa öppet hur bidrag fördelas och på vilka grunder", "oppenhet_och_insyn", "public"),
         ("de idéburna organisationerna ska lämna den ekonomiska redovisning som bidragsvillkoren anger",
          "oppenhet_och_insyn", "civil_society")),
    para("Kommunen ansvarar också för att information om bidrag, lokaler och samrådsforum finns samlad "
         "på kommunens webbplats. Organisationerna förbinder sig att ge kommunen insyn i hur bidragen har "
         "använts, men inte i medlemsregister eller interna överläggningar.",
         ("Kommunen ansvarar också för att information om bidrag, lokaler och samrådsforum finns samlad "
          "på kommunens webbplats", "oppenhet_och_insyn", "public"),
         ("Organisationerna förbinder sig att ge kommunen insyn i hur bidragen har använts, men inte i "
          "medlemsregister eller interna överläggningar", "oppenhet_och_insyn", "civil_society")),

    ("h2", "4.6 Mångfald"),
    para("Brännvika har en växande andel invånare med utländsk bakgrund och en landsbygd där "
         "befolkningen blir allt äldre. Ett föreningsliv som speglar befolkningen gör det lättare för "
         "fler att delta."),
    ("lead", "Kommunen åtar sig att:"),
    ("list", [
        item("verka för att stödformerna passar både stora och små organisationer, även nybildade föreningar",
             "mangfald", "public"),
        item("erbjuda lokaler till subventionerad hyra på kvällar och helger",
             "mangfald", "public"),
    ]),
    ("lead", "Den idéburna sektorn åtar sig att:"),
    ("list", [
        item("arbeta för att verksamheten är öppen för alla oavsett kön, ålder, funktionsnedsättning, "
             "etnisk bakgrund, religion eller sexuell läggning", "mangfald", "civil_society"),
        item("sträva efter att nå nya grupper, särskilt unga och nyanlända",
             "mangfald", "civil_society"),
    ]),

    ("h2", "4.7 Barnrättsperspektiv"),
    para("Barnkonventionen är sedan 2020 svensk lag. Många barn och unga i Brännvika möter "
         "föreningslivet varje vecka, som medlemmar, deltagare eller ideella ledare."),
    ("lead", "Parterna ska gemensamt:"),
    ("list", [
        item("göra barnets bästa till en utgångspunkt i samverkan som berör barn och unga",
             "barnrattsperspektiv", "joint"),
        item("ge barn och unga möjlighet att framföra sina åsikter i frågor som rör dem",
             "barnrattsperspektiv", "joint"),
    ]),
    para("Kommunen kommer dessutom att erbjuda stöd till föreningar som vill införa rutiner för "
         "registerkontroll. De idéburna organisationerna ansvarar för att begära utdrag ur "
         "belastningsregistret för ledare som arbetar med barn.",
         ("Kommunen kommer dessutom att erbjuda stöd till föreningar som vill införa rutiner för "
          "registerkontroll", "barnrattsperspektiv", "public"),
         ("De idéburna organisationerna ansvarar för att begära utdrag ur belastningsregistret för "
          "ledare som arbetar med barn", "barnrattsperspektiv", "civil_society")),

    ("h1", "5. Uppföljning och revidering"),
    para("Överenskommelsen följs upp varje år. Kommunstyrelsen ansvarar för att den gemensamma "
         "uppföljningen genomförs och redovisas i samrådsforumet. De idéburna organisationerna ska bidra "
         "till uppföljningen genom att besvara en enkät och delta i ett uppföljningsmöte.",
         ("Kommunstyrelsen ansvarar för att den gemensamma uppföljningen genomförs och redovisas i "
          "samrådsforumet", None, "public"),
         ("De idéburna organisationerna ska bidra till uppföljningen genom att besvara en enkät och "
          "delta i ett uppföljningsmöte", None, "civil_society")),
    para("Efter uppföljningen 2026 ska parterna gemensamt ta ställning till om överenskommelsen behöver "
         "revideras.",
         ("Efter uppföljningen 2026 ska parterna gemensamt ta ställning till om överenskommelsen behöver "
          "revideras", None, "joint")),
    ("tablecap", "Årshjul för samverkan"),
    ("table", [("Aktivitet", "Tidpunkt"),
               ("Samrådsforum", "mars och oktober"),
               ("Enkät till anslutna organisationer", "november"),
               ("Uppföljningsmöte", "januari"),
               ("Redovisning till kommunstyrelsen", "februari")]),

    ("h1", "6. Giltighetstid"),
    para("Överenskommelsen gäller från den 1 januari 2025 till och med den 31 december 2028. "
         "Den kan sägas upp av endera parten med sex månaders varsel."),

    ("h1", "7. Kontakt"),
    ("contact", ["Frågor om överenskommelsen besvaras av föreningsservice:",
                 "Lena Åkesson, föreningsutvecklare",
                 "Kultur- och fritidsförvaltningen",
                 "Telefon 0652-190 32",
                 "E-post foreningsservice@brannvika.se"]),

    ("pagebreak",),
    ("h1", "8. Underskrifter"),
    para("Överenskommelsen har undertecknats i Brännvika den 14 november 2024."),
    ("sign", [
        ("För Brännvika kommun", [
            ("Anders Lindqvist", "Anders Lindqvist", "Kommunstyrelsens ordförande"),
            ("M. Sundberg", "Maria Sundberg", "Kommundirektör")]),
        ("För den idéburna sektorn", [
            ("Karin Holm", "Karin Holm", "Ordförande, Föreningsrådet i Brännvika"),
            ("Jonas Ek", "Jonas Ek", "Ordförande, Brännvika Idrottsallians"),
            ("Ahmed Yusuf", "Ahmed Yusuf", "Ordförande, Somaliska kulturföreningen"),
            ("Eva Bergqvist", "Eva Bergqvist", "Verksamhetschef, Kvinnojouren Tranan")]),
    ]),
]

# ---------------------------------------------------------------- pictures
DANCING = "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf"
FALLBACK = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"


def hand_font(size):
    for f in (DANCING, FALLBACK):
        if os.path.exists(f):
            return ImageFont.truetype(f, size)
    return ImageFont.load_default()


def png_bytes(img):
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def signature_png(text, seed):
    rnd = random.Random(seed)
    font = hand_font(150)
    w = int(font.getlength(text)) + 120
    img = Image.new("RGBA", (w, 260), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    ink = (25, 35, 110, 255)
    d.text((40, 30), text, font=font, fill=ink)
    # a flourish under the name
    x0, y0 = 50, 215
    pts = [(x0 + i * (w - 120) / 30, y0 + 10 * np.sin(i / 4.0 + rnd.random())) for i in range(31)]
    d.line(pts, fill=ink, width=5, joint="curve")
    img = img.rotate(rnd.uniform(-4, 3), resample=Image.BICUBIC, expand=True)
    return img


def logo_png():
    img = Image.new("RGBA", (300, 360), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    black = (0, 0, 0, 255)
    shield = [(20, 20), (280, 20), (280, 200), (150, 340), (20, 200)]
    d.polygon(shield, outline=black, width=14)
    # flame (bränn) and waves (vik)
    d.polygon([(150, 50), (190, 120), (170, 110), (175, 160), (150, 130), (125, 160), (130, 110), (110, 120)],
              fill=black)
    for k, y in enumerate((190, 225, 260)):
        pts = [(40 + k * 15 + i * 6, y + 10 * np.sin(i / 3.0)) for i in range(int((220 - k * 30) / 6))]
        d.line(pts, fill=black, width=10)
    return img


def frame(name, data, w_cm, h_cm):
    return (f'<draw:frame draw:name="{name}" draw:style-name="fr1" text:anchor-type="as-char" '
            f'svg:width="{w_cm:.2f}cm" svg:height="{h_cm:.2f}cm" draw:z-index="0">'
            f'<draw:image><office:binary-data>{base64.b64encode(data).decode()}</office:binary-data>'
            f'</draw:image></draw:frame>')


# ---------------------------------------------------------------- fodt
def build_fodt():
    logo = logo_png()
    logo_frame = frame("logo", png_bytes(logo), 1.55, 1.86)
    body = []
    for b in BLOCKS:
        k = b[0]
        if k == "title":
            body.append(f'<text:p text:style-name="TitleFirst">{escape(b[1])}</text:p>')
        elif k == "sub":
            body.append(f'<text:p text:style-name="Sub">{escape(b[1])}</text:p>')
        elif k == "h1":
            body.append(f'<text:h text:style-name="H1" text:outline-level="1">{escape(b[1])}</text:h>')
        elif k == "h2":
            body.append(f'<text:h text:style-name="H2" text:outline-level="2">{escape(b[1])}</text:h>')
        elif k == "p":
            body.append(f'<text:p text:style-name="Body">{escape(b[1])}</text:p>')
        elif k == "lead":
            body.append(f'<text:p text:style-name="Lead">{escape(b[1])}</text:p>')
        elif k == "list":
            items = "".join(f'<text:list-item><text:p text:style-name="ListP">{escape(t)}</text:p></text:list-item>'
                            for t in b[1])
            body.append(f'<text:list text:style-name="LBullet">{items}</text:list>')
        elif k == "tablecap":
            body.append(f'<text:p text:style-name="Cap">{escape(b[1])}</text:p>')
        elif k == "table":
            rows = []
            for i, (a, c) in enumerate(b[1]):
                st = "CellH" if i == 0 else "CellP"
                rows.append('<table:table-row>'
                            f'<table:table-cell table:style-name="TCell" office:value-type="string"><text:p text:style-name="{st}">{escape(a)}</text:p></table:table-cell>'
                            f'<table:table-cell table:style-name="TCell" office:value-type="string"><text:p text:style-name="{st}">{escape(c)}</text:p></table:table-cell>'
                            '</table:table-row>')
            body.append('<table:table table:name="Arshjul" table:style-name="Tab1">'
                        '<table:table-column table:style-name="Tab1.A"/><table:table-column table:style-name="Tab1.B"/>'
                        + "".join(rows) + '</table:table>')
        elif k == "contact":
            ps = [f'<text:p text:style-name="{"BoxB" if i == 0 else "BoxP"}">{escape(t)}</text:p>'
                  for i, t in enumerate(b[1])]
            body.append('<table:table table:name="Kontakt" table:style-name="TabBox">'
                        '<table:table-column table:style-name="TabBox.A"/>'
                        '<table:table-row><table:table-cell table:style-name="BoxCell" office:value-type="string">'
                        + "".join(ps) + '</table:table-cell></table:table-row></table:table>')
        elif k == "pagebreak":
            body.append('<text:p text:style-name="Break"/>')
        elif k == "sign":
            n = 0
            for head, people in b[1]:
                body.append(f'<text:p text:style-name="SignHead">{escape(head)}</text:p>')
                rows = []
                for i in range(0, len(people), 2):
                    cells = []
                    for sig, name, role in people[i:i + 2]:
                        n += 1
                        img = signature_png(sig, 1000 + n)
                        h_cm = 1.5
                        w_cm = min(6.5, h_cm * img.width / img.height)
                        h_cm = w_cm * img.height / img.width
                        cells.append(
                            '<table:table-cell table:style-name="SignCell" office:value-type="string">'
                            f'<text:p text:style-name="SignImg">{frame("sig%d" % n, png_bytes(img), w_cm, h_cm)}</text:p>'
                            f'<text:p text:style-name="SignLine"/>'
                            f'<text:p text:style-name="SignName">{escape(name)}</text:p>'
                            f'<text:p text:style-name="SignRole">{escape(role)}</text:p>'
                            '</table:table-cell>')
                    while len(cells) < 2:
                        cells.append('<table:table-cell table:style-name="SignCell" office:value-type="string"><text:p/></table:table-cell>')
                    rows.append('<table:table-row>' + "".join(cells) + '</table:table-row>')
                body.append('<table:table table:name="Sign%d" table:style-name="TabSign">'
                            '<table:table-column table:style-name="TabSign.A" table:number-columns-repeated="2"/>'
                            % n + "".join(rows) + '</table:table>')
        else:
            raise ValueError(k)

    page = ('<text:page-number text:select-page="current">1</text:page-number> '
            '(<text:page-count>1</text:page-count>)')
    first_header = (
        '<table:table table:name="Brevhuvud" table:style-name="TabHead">'
        '<table:table-column table:style-name="TabHead.A"/><table:table-column table:style-name="TabHead.B"/>'
        '<table:table-column table:style-name="TabHead.C"/>'
        '<table:table-row>'
        f'<table:table-cell office:value-type="string"><text:p text:style-name="HeadL">{logo_frame}</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string">'
        '<text:p text:style-name="OrgName">BRÄNNVIKA KOMMUN</text:p>'
        '<text:p text:style-name="OrgSub">Kommunstyrelsen</text:p>'
        '<text:p text:style-name="OrgSub">Kommunledningsförvaltningen</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string">'
        '<text:p text:style-name="HeadR"><text:span text:style-name="Bold">ÖVERENSKOMMELSE</text:span><text:tab/>' + page + '</text:p>'
        '<text:p text:style-name="HeadR">Datum<text:tab/>Diarienummer</text:p>'
        '<text:p text:style-name="HeadR">2024-11-14<text:tab/>KS 2024/0387</text:p>'
        '</table:table-cell></table:table-row></table:table>')
    header = ('<text:p text:style-name="HeadStd">Brännvika kommun<text:tab/>Överenskommelse med den idéburna '
              'sektorn<text:tab/>' + page + '</text:p>')
    first_footer = ('<text:p text:style-name="Foot">Postadress: Brännvika kommun, 826 80 Brännvika  |  '
                    'Besöksadress: Storgatan 14  |  Telefon: 0652-190 00  |  www.brannvika.se</text:p>')
    footer = '<text:p text:style-name="Foot">Dnr KS 2024/0387</text:p>'

    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(TITLE)}</dc:title><meta:initial-creator>lena.akesson</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11.5pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.21cm" fo:line-height="118%" fo:orphans="2" fo:widows="2"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="18pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Sub" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.5cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="H1" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.18cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="H2" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.14cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Lead" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.12cm" fo:margin-bottom="0.08cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="ListP" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.08cm" fo:line-height="118%" fo:keep-together="always"/>
 </style:style>
 <style:style style:name="Cap" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CellH" style:family="paragraph">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CellP" style:family="paragraph">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="BoxB" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="BoxP" style:family="paragraph">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/>
 </style:style>
 <style:style style:name="Break" style:family="paragraph">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="SignHead" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="SignImg" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.3cm"/>
 </style:style>
 <style:style style:name="SignLine" style:family="paragraph">
  <style:paragraph-properties fo:margin-right="0.8cm" fo:border-bottom="0.5pt solid #000000" fo:padding="0cm"/>
  <style:text-properties fo:font-size="2pt"/>
 </style:style>
 <style:style style:name="SignName" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.08cm"/>
  <style:text-properties fo:font-size="10.5pt"/>
 </style:style>
 <style:style style:name="SignRole" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="9.5pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="OrgName" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.15cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold" fo:letter-spacing="0.04cm"/>
 </style:style>
 <style:style style:name="OrgSub" style:family="paragraph">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="HeadL" style:family="paragraph"/>
 <style:style style:name="HeadR" style:family="paragraph">
  <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="3.6cm"/></style:tab-stops></style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="HeadStd" style:family="paragraph">
  <style:paragraph-properties fo:padding-bottom="0.1cm" fo:border-bottom="0.5pt solid #000000">
   <style:tab-stops><style:tab-stop style:position="8cm" style:type="center"/><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Foot" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:padding-top="0.1cm" fo:border-top="0.5pt solid #000000"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt"/>
 </style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="LBullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-0.5cm" fo:margin-left="1.1cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.1cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="TitleFirst" style:family="paragraph" style:parent-style-name="Title" style:master-page-name="First"/>
 <style:style style:name="fr1" style:family="graphic">
  <style:graphic-properties style:vertical-pos="middle" style:vertical-rel="line" fo:border="none" style:wrap="none"/>
 </style:style>
 <style:style style:name="TabHead" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>
 <style:style style:name="TabHead.A" style:family="table-column"><style:table-column-properties style:column-width="2.0cm"/></style:style>
 <style:style style:name="TabHead.B" style:family="table-column"><style:table-column-properties style:column-width="7.0cm"/></style:style>
 <style:style style:name="TabHead.C" style:family="table-column"><style:table-column-properties style:column-width="7.0cm"/></style:style>
 <style:style style:name="Tab1" style:family="table"><style:table-properties style:width="12cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="Tab1.A" style:family="table-column"><style:table-column-properties style:column-width="7.5cm"/></style:style>
 <style:style style:name="Tab1.B" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
 <style:style style:name="TCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="TabBox" style:family="table"><style:table-properties style:width="11cm" table:align="left" fo:margin-top="0.1cm"/></style:style>
 <style:style style:name="TabBox.A" style:family="table-column"><style:table-column-properties style:column-width="11cm"/></style:style>
 <style:style style:name="BoxCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.3cm" fo:border="1pt solid #000000" fo:background-color="#e6e6e6"/></style:style>
 <style:style style:name="TabSign" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>
 <style:style style:name="TabSign.A" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
 <style:style style:name="SignCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="First" style:page-layout-name="pm1" style:next-style-name="Standard">
  <style:header>{first_header}</style:header>
  <style:footer>{first_footer}</style:footer>
 </style:master-page>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header>{header}</style:header>
  <style:footer>{footer}</style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{"".join(body)}
</office:text></office:body>
</office:document>
'''


# ---------------------------------------------------------------- scanning
def scan_pages(pdf, tmp):
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", pdf, os.path.join(tmp, "pg")], check=True)
    files = sorted(f for f in os.listdir(tmp) if f.startswith("pg") and f.endswith(".png"))
    rnd = random.Random(20241114)
    np_rnd = np.random.default_rng(20241114)
    angles = [0.45, -0.35, 0.6, -0.25, 0.3, -0.55, 0.5, -0.4, 0.35]
    out = []
    initials = hand_font(70)
    for i, f in enumerate(files):
        img = Image.open(os.path.join(tmp, f)).convert("L")
        w, h = img.size
        # initials (paraf) in the bottom right margin of every page but the last
        if i < len(files) - 1:
            d = ImageDraw.Draw(img)
            d.text((w - 420, h - 300), "AL", font=initials, fill=70)
            d.text((w - 260, h - 290), "KH", font=initials, fill=80)
        # slight shift and rotation as from a feeder
        img = img.rotate(angles[i % len(angles)], resample=Image.BICUBIC, fillcolor=255,
                         translate=(rnd.randint(-12, 12), rnd.randint(-8, 14)))
        a = np.asarray(img, dtype=np.float32)
        # paper tone, toner not quite black
        a = 18 + a * (236 - 18) / 255.0
        # grey noise
        a += np_rnd.normal(0, 5.0, a.shape)
        # a few specks
        for _ in range(60):
            y, x = np_rnd.integers(0, h - 4), np_rnd.integers(0, w - 4)
            a[y:y + np_rnd.integers(1, 4), x:x + np_rnd.integers(1, 4)] -= 120
        # a darker band along the left edge (scanner lid shadow)
        shade = np.linspace(70, 0, 90, dtype=np.float32)
        a[:, :90] -= shade[None, :]
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        out.append(img)
    return out


def main():
    with tempfile.TemporaryDirectory() as tmp:
        fodt = os.path.join(tmp, DOC_ID + ".fodt")
        with open(fodt, "w", encoding="utf-8") as fh:
            fh.write(build_fodt())
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo",
                        "--convert-to", "pdf", "--outdir", tmp, fodt],
                       check=True, capture_output=True)
        src_pdf = os.path.join(tmp, DOC_ID + ".pdf")
        if os.environ.get("KEEP_SOURCE_PDF"):
            shutil.copy(src_pdf, os.path.join(HERE, "source_not_scanned.pdf"))
        pages = scan_pages(src_pdf, tmp)
    target = os.path.join(HERE, PDF_NAME)
    pages[0].save(target, "PDF", save_all=True, append_images=pages[1:], resolution=float(DPI),
                  quality=60, title="", author="", creator="Scan2PDF", producer="MFP Scan 3.1")
    print(f"wrote {target} ({len(pages)} pages)")
    write_expected(len(pages))


# ---------------------------------------------------------------- expected.json
QUESTIONS = [
    {"id": "q1", "question": "Hur ofta ska kommunen kalla till samrådsforum med föreningarna?",
     "language": "sv", "answerable": True,
     "gold": ["Kommunstyrelsen ansvarar för att kalla till ett samrådsforum minst två gånger per år."],
     "must_mention": ["minst två gånger per år"]},
    {"id": "q2", "question": "När får vi som förening besked om bidraget för nästa år?",
     "language": "sv", "answerable": True,
     "gold": ["besluta om bidrag för nästkommande år senast den 15 december"],
     "must_mention": ["15 december"]},
    {"id": "q3", "question": "Maste foreningen begara utdrag ur belastningsregistret for ledare som jobbar med barn?",
     "language": "sv", "answerable": True,
     "gold": ["De idéburna organisationerna ansvarar för att begära utdrag ur belastningsregistret för "
              "ledare som arbetar med barn."],
     "must_mention": ["belastningsregistret"]},
    {"id": "q4", "question": "How long is the agreement valid, and can a party terminate it?",
     "language": "en", "answerable": True,
     "gold": ["Överenskommelsen gäller från den 1 januari 2025 till och med den 31 december 2028.",
              "Den kan sägas upp av endera parten med sex månaders varsel."],
     "must_mention": ["31 december 2028", "sex månaders varsel"]},
    {"id": "q5", "question": "Vilka principer bygger överenskommelsen på?",
     "language": "sv", "answerable": True,
     "gold": ["Överenskommelsen bygger på den nationella överenskommelsen från 2008 mellan regeringen, "
              "idéburna organisationer inom det sociala området och Sveriges Kommuner och Landsting och på "
              "dess sex principer.",
              "Parterna har valt att lägga till en sjunde princip om barnrättsperspektiv."],
     "must_mention": ["2008", "sex principer", "barnrättsperspektiv"]},
    {"id": "q6", "question": "vem pa kommunen kan jag kontakta om overenskommelsen",
     "language": "sv", "answerable": True,
     "gold": ["Lena Åkesson, föreningsutvecklare",
              "Telefon 0652-190 32"],
     "must_mention": ["Lena Åkesson", "0652-190 32"]},
    {"id": "q7", "question": "Does the municipality offer associations cheaper premises to rent?",
     "language": "en", "answerable": True,
     "gold": ["erbjuda lokaler till subventionerad hyra på kvällar och helger"],
     "must_mention": ["subventionerad hyra"]},
    {"id": "q8", "question": "Vad behöver föreningarna redovisa till kommunen när de får bidrag?",
     "language": "sv", "answerable": True,
     "gold": ["följa upp och redovisa resultatet av verksamhet som får stöd från kommunen",
              "de idéburna organisationerna ska lämna den ekonomiska redovisning som bidragsvillkoren anger.",
              "Organisationerna förbinder sig att ge kommunen insyn i hur bidragen har använts, men inte i "
              "medlemsregister eller interna överläggningar."],
     "must_mention": ["resultatet", "ekonomiska redovisning"]},
    {"id": "q9", "question": "Hur mycket pengar avsätter kommunen till föreningsbidrag 2025?",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
    {"id": "q10", "question": "Far foreningarnas representanter i samradsforumet nagon ersattning for sin tid?",
     "language": "sv", "answerable": False, "gold": [], "must_mention": []},
]

DESCRIPTION = (
    "A scanned copy of a small kommun's signed agreement with the idéburen sektor: an image-only PDF "
    "(one 300 dpi greyscale JPEG per page, no text layer, so the text must be read by OCR; "
    "check_layouts.py finds no text in it). The pages were laid out in LibreOffice and then 'scanned': "
    "each page is slightly rotated (about 0.25–0.6 degrees) and shifted, with a grey paper tone, noise, "
    "specks, a slight blur and a dark shadow band at the left edge. Page 1 has a letterhead table (a "
    "drawn coat of arms, 'BRÄNNVIKA KOMMUN', Kommunstyrelsen, 'ÖVERENSKOMMELSE', 'Datum 2024-11-14' "
    "(the signing date, not the decision) and 'Diarienummer KS 2024/0387', page 'N (M)') and an address "
    "footer; later pages have a running header 'Brännvika kommun | Överenskommelse med den idéburna "
    "sektorn | N (M)' and a footer with the Dnr. Handwritten initials ('AL', 'KH') sit in the bottom "
    "right margin of each page but the last. The decision (kommunfullmäktige 21 oktober 2024, § 112) is "
    "stated in an italic line under the title. Typed numbered headings 1–8; chapter 4 'Principer och "
    "åtaganden' has 4.1–4.7 with the six national principles plus Barnrättsperspektiv; each principle "
    "opens with a descriptive paragraph (not commitments), then either italic lead-ins 'Kommunen åtar "
    "sig att:' / 'Den idéburna sektorn åtar sig att:' / 'De idéburna organisationerna åtar sig att:' / "
    "'Parterna ska gemensamt:' followed by '•' bullet lists, or commitment sentences, often two parties "
    "in one paragraph and once two parties in one sentence joined by ', och' (4.5). Chapter 5 holds "
    "follow-up commitments (principle null) and an 'Årshjul för samverkan' table (Aktivitet | Tidpunkt) "
    "that is a schedule, not commitments. Chapter 6 gives validity, chapter 7 a grey-shaded contact "
    "box, chapter 8 (on its own page) the signatures: two groups ('För Brännvika kommun', 'För den "
    "idéburna sektorn') of handwritten-looking signatures in blue ink (now grey) above lines, with "
    "typed names and italic titles; tesseract reads most signatures as near-copies of the names ('Anders "
    "Lindquist', 'va Bergquist'), so every name appears about twice. Known OCR slips (tesseract 5, swe): "
    "'5 (5)' in the header comes out as '545)' or '515)', the '@' in the shaded contact box as 'Q', and "
    "the '•' bullets as '«', 'e' or nothing; all commitment and gold quotes were checked against "
    "tesseract's output at 150, 200, 300 and 400 dpi.")


def write_expected(n_pages):
    commitments = [{"text": t, "principle": p, "party": pa} for t, p, pa in C]
    exp = {
        "file": PDF_NAME,
        "layout": LAYOUT,
        "description": DESCRIPTION,
        "metadata": {
            "doc_id": DOC_ID,
            "title": TITLE,
            "place": "Brännvika",
            "organisation": "Brännvika kommun",
            "kind": "överenskommelse",
            "date": "2024-10-21",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments,
        "questions": QUESTIONS,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"wrote expected.json ({len(commitments)} commitments, {n_pages} pages)")


if __name__ == "__main__":
    main()
