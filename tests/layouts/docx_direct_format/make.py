#!/usr/bin/env python3
"""Generate mossebo_overenskommelse.docx + expected.json.

A kommun agreement written in Word without heading styles: every paragraph is
style Normal, headings are bold/larger/caps/underlined direct formatting,
numbering and bullets typed by hand, some Word list paragraphs with own
numbering definitions, a cover page with logo placeholder and VML text box,
revision table, typed TOC with dot leaders, header with Dnr, footer with page
fields, action-plan table (not commitments) and a tab-separated signature block.
Needs python-docx.
"""
import json
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = "mossebo_overenskommelse.docx"

COMMITMENTS = []


def com(text, principle, party):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


doc = Document()

# ---------------------------------------------------------------- base style
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10.5)
normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
normal.paragraph_format.space_after = Pt(6)
normal.paragraph_format.line_spacing = 1.15

sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.5)
sec.top_margin = Cm(2.5)
sec.bottom_margin = Cm(2.2)
sec.different_first_page_header_footer = True

# ---------------------------------------------------------------- numbering definitions (Word lists)
numbering = doc.part.numbering_part.element
ABSTRACT_BULLET = """
<w:abstractNum %s w:abstractNumId="90">
  <w:nsid w:val="3A7F21C4"/>
  <w:multiLevelType w:val="hybridMultilevel"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/>
    <w:numFmt w:val="bullet"/>
    <w:lvlText w:val="\uf0b7"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>
  </w:lvl>
</w:abstractNum>""" % nsdecls("w")
ABSTRACT_DECIMAL = """
<w:abstractNum %s w:abstractNumId="91">
  <w:nsid w:val="5C1E09B2"/>
  <w:multiLevelType w:val="hybridMultilevel"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/>
    <w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%%1."/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>
  </w:lvl>
</w:abstractNum>""" % nsdecls("w")
first_num = numbering.find(qn("w:num"))
for xml in (ABSTRACT_BULLET, ABSTRACT_DECIMAL):
    el = parse_xml(xml)
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)
numbering.append(parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % nsdecls("w")))
numbering.append(parse_xml('<w:num %s w:numId="91"><w:abstractNumId w:val="91"/></w:num>' % nsdecls("w")))
numbering.append(parse_xml(
    '<w:num %s w:numId="92"><w:abstractNumId w:val="91"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % nsdecls("w")))


# ---------------------------------------------------------------- helpers
def para(text="", bold=False, italic=False, size=None, align=None, space_after=None, color=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def heading(text, size=14, caps=False, underline=False, bold=True, before=18, after=6):
    """A 'heading' made only by direct formatting on a Normal paragraph."""
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    r.font.all_caps = caps
    r.underline = underline
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.keep_with_next = True
    return p


def lead(text, underline=False, bold=True):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.underline = underline
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    return p


def typed_item(marker, text, tab=True):
    """Bullet typed by hand: '•<TAB>text', '–<TAB>text' or 'o text'."""
    p = doc.add_paragraph()
    p.add_run(marker + ("\t" if tab else " ") + text)
    pf = p.paragraph_format
    pf.left_indent = Cm(1.0)
    pf.first_line_indent = Cm(-0.6)
    pf.tab_stops.add_tab_stop(Cm(1.0))
    pf.space_after = Pt(2)
    return p


def word_item(text, num_id):
    """A Normal paragraph that is a Word list item (numPr, no list style)."""
    p = doc.add_paragraph()
    p.add_run(text)
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(
        '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id)))
    p.paragraph_format.space_after = Pt(2)
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def field(run_parent, instr):
    fld = parse_xml(
        '<w:fldSimple %s w:instr=" %s "><w:r><w:t>1</w:t></w:r></w:fldSimple>' % (nsdecls("w"), instr))
    run_parent._p.append(fld)


def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


# ---------------------------------------------------------------- header / footer
hdr = sec.header.paragraphs[0]
hdr.text = "Mossebo kommun\tÖverenskommelse idéburen sektor 2023–2026\tDnr KS 2022/0418"
for r in hdr.runs:
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
ftr = sec.footer.paragraphs[0]
ftr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fr = ftr.add_run("Sida ")
fr.font.size = Pt(8)
field(ftr, "PAGE")
fr = ftr.add_run(" av ")
fr.font.size = Pt(8)
field(ftr, "NUMPAGES")
fp = sec.first_page_footer.paragraphs[0]
fp.text = "Mossebo kommun • Kommunledningskontoret • Storgatan 14, 573 91 Mossebo • www.mossebo.se"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(8)

# ---------------------------------------------------------------- cover page
para("[Infoga kommunens logotyp här – använd logotyp i färg, bredd 5 cm]", italic=True, size=9,
     color="808080", space_after=36)
para("MOSSEBO KOMMUN", bold=True, size=12, color="1F4E79", space_after=48)
para("Överenskommelse mellan Mossebo kommun och den idéburna sektorn i Mossebo 2023–2026",
     bold=True, size=24, space_after=12)
para("Lokal överenskommelse om samverkan mellan kommunen och föreningslivet", size=14,
     color="404040", space_after=36)

# VML text box with document facts
TEXTBOX = """
<w:p %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
 <w:r>
  <w:pict>
   <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
    <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>
   </v:shapetype>
   <v:shape id="Faktaruta" o:spid="_x0000_s1026" type="#_x0000_t202"
            style="width:330pt;height:118pt" fillcolor="#f2f2f2" strokecolor="#7f7f7f">
    <v:textbox inset="8pt,6pt,8pt,6pt">
     <w:txbxContent>
      %s
     </w:txbxContent>
    </v:textbox>
   </v:shape>
  </w:pict>
 </w:r>
</w:p>"""
box_lines = [
    ("Dokumenttyp:", "Överenskommelse"),
    ("Beslutsinstans:", "Kommunfullmäktige"),
    ("Diarienummer:", "Dnr KS 2022/0418"),
    ("Giltighetstid:", "2023–2026"),
    ("Dokumentägare:", "Kommunledningskontoret"),
    ("Ska revideras senast:", "2026-12-31"),
]
box_ps = "".join(
    '<w:p><w:pPr><w:spacing w:after="40"/></w:pPr>'
    '<w:r><w:rPr><w:b/><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">%s </w:t></w:r>'
    '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>%s</w:t></w:r></w:p>' % (k, v)
    for k, v in box_lines)
doc.element.body.append(parse_xml(TEXTBOX % (nsdecls("w"), box_ps)))
# keep sectPr last
body = doc.element.body
body.append(body.find(qn("w:sectPr")))

para("", space_after=24)
para("Antagen av kommunfullmäktige 2022-11-21, § 164", bold=True, size=11)
para("Dnr KS 2022/0418", size=11)
page_break()

# ---------------------------------------------------------------- revision table + typed TOC
heading("Revisionshistorik", size=12, before=0)
rev = doc.add_table(rows=1, cols=4)
rev.style = "Table Grid"
for i, h in enumerate(["Version", "Datum", "Beskrivning", "Handläggare"]):
    c = rev.rows[0].cells[i]
    c.text = ""
    c.paragraphs[0].add_run(h).bold = True
    set_cell_shading(c, "D9D9D9")
for row in [
    ("1.0", "2017-03-20", "Första lokala överenskommelsen, antagen av KF § 38", "Lena Berglöf"),
    ("1.1", "2019-05-13", "Redaktionella ändringar efter uppföljning 2018", "Lena Berglöf"),
    ("2.0", "2022-11-21", "Reviderad överenskommelse för 2023–2026, ny princip om jämställdhet, antagen av KF § 164",
     "Amir Haddad"),
]:
    cells = rev.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
rev.autofit = False
for gc, w in zip(rev._tbl.tblGrid.findall(qn("w:gridCol")), (Cm(1.8), Cm(2.4), Cm(8.6), Cm(3.2))):
    gc.w = w
for row in rev.rows:
    for cell, w in zip(row.cells, (Cm(1.8), Cm(2.4), Cm(8.6), Cm(3.2))):
        cell.width = w
        for p in cell.paragraphs:
            for r in p.runs:
                r.font.size = Pt(9)

para("", space_after=18)
heading("Innehåll", size=12)
toc = [("1", "Bakgrund", "3"), ("2", "Syfte och mål", "3"), ("3", "Principer och åtaganden", "4"),
       ("4", "Genomförande", "6"), ("5", "Uppföljning och revidering", "6"),
       ("6", "Underskrifter", "6"), ("Bilaga 1", "Handlingsplan 2023", "7")]
for num, title, page in toc:
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.8))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.paragraph_format.space_after = Pt(2)
    p.add_run("%s\t%s\t%s" % (num, title, page))
page_break()

# ---------------------------------------------------------------- 1 Bakgrund (typed in caps)
heading("1 BAKGRUND", size=14, before=0)
para("År 2008 slöts en nationell överenskommelse mellan regeringen, idéburna organisationer inom det sociala "
     "området och Sveriges Kommuner och Regioner. Överenskommelsen bygger på sex principer: självständighet och "
     "oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald. Många kommuner har sedan dess "
     "tagit fram egna lokala överenskommelser med samma principer som grund.")
para("Mossebo kommun och föreningslivet i Mossebo antog sin första lokala överenskommelse 2017. Den uppföljning "
     "som gjordes hösten 2021 visade att dialogen mellan kommunen och föreningarna har blivit bättre, men att många "
     "mindre föreningar fortfarande tycker att det är svårt att hitta rätt kontaktperson i kommunen. Uppföljningen "
     "visade också att föreningarna efterfrågar mer långsiktiga villkor för bidrag.")
para("Den här överenskommelsen har tagits fram av en arbetsgrupp med fyra tjänstepersoner från kommunen och sex "
     "representanter för föreningslivet. Förslaget var ute på remiss till samtliga föreningar i kommunens "
     "föreningsregister under perioden 2022-03-01–2022-05-15. Sammanlagt kom 41 remissvar in, varav 37 från "
     "föreningar och fyra från studieförbund.")
para("I Mossebo finns omkring 210 registrerade föreningar inom idrott, kultur, socialt arbete, friluftsliv, "
     "trossamfund och intressepolitik. Föreningslivet är en viktig del av det lokala samhället, inte minst i "
     "kommunens mindre orter där föreningarna ofta driver bygdegårdar, badplatser och samlingslokaler.")

# ---------------------------------------------------------------- 2 Syfte och mål
heading("2 SYFTE OCH MÅL", size=14)
para("Syftet med överenskommelsen är att stärka samverkan mellan Mossebo kommun och den idéburna sektorn och att "
     "skapa bättre förutsättningar för föreningslivet att bidra till ett levande Mossebo.")
para("Målen för perioden 2023–2026 är att:", space_after=2)
typed_item("•", "minst 60 procent av föreningarna i föreningsregistret känner till överenskommelsen år 2026")
typed_item("•", "antalet föreningar som har anslutit sig till överenskommelsen ökar varje år")
typed_item("•", "föreningarna upplever att de har goda möjligheter att påverka beslut som berör dem")
para("", space_after=2)

heading("2.1 Definitioner", size=11, underline=True, before=10)
para("Med idéburen organisation avses i denna överenskommelse en organisation som har ett allmännyttigt syfte, "
     "som inte drivs med vinstintresse och som är fristående från offentlig sektor. Det kan till exempel vara "
     "ideella föreningar, stiftelser, trossamfund och kooperativ med sociala ändamål.")
para("Med föreningarna avses i texten nedan de idéburna organisationer som har anslutit sig till överenskommelsen.")

heading("2.2 Vem omfattas?", size=11, underline=True, before=10)
para("Överenskommelsen omfattar kommunens samtliga förvaltningar samt de kommunala bolagen Mossebo Bostäder AB "
     "och Mossebo Energi AB. Idéburna organisationer som verkar i Mossebo kan ansluta sig genom att anmäla det till "
     "kommunens föreningsservice.")

# ---------------------------------------------------------------- 3 Principer och åtaganden (w:caps formatting)
heading("3 Principer och åtaganden", size=14, caps=True)
para("Under varje princip beskrivs först vad principen innebär i Mossebo och därefter vad kommunen respektive "
     "föreningarna åtar sig. Vissa åtaganden är gemensamma för båda parter. Åtagandena gäller under hela "
     "överenskommelsens giltighetstid.")

# 3.1 Självständighet och oberoende
P = "sjalvstandighet_och_oberoende"
heading("3.1 Självständighet och oberoende", size=12, before=12)
para("Föreningarnas självständighet är en förutsättning för ett starkt civilsamhälle. Föreningarna har rätt att "
     "driva opinion och att vara kritiska mot kommunen, oavsett om de får bidrag eller inte.")
lead("Kommunen åtar sig att")
typed_item("•", com("respektera föreningarnas rätt att självständigt bestämma över sina mål, sin organisation "
                    "och sitt arbetssätt", P, "public"))
typed_item("•", com("inte ställa villkor för bidrag som begränsar föreningarnas möjlighet att granska och kritisera "
                    "kommunen", P, "public"))
typed_item("•", com("skilja tydligt mellan bidrag och upphandlade uppdrag i sina beslut och avtal", P, "public"))
lead("Föreningarna åtar sig att:")
typed_item("–", com("värna sin självständighet även när de utför uppdrag åt kommunen", P, "civil_society"))
typed_item("–", com("tydligt visa i vilken roll de uttalar sig, som utförare av ett uppdrag eller som röst för "
                    "sina medlemmar", P, "civil_society"))

# 3.2 Dialog
P = "dialog"
heading("3.2 Dialog", size=12, before=12)
para("Dialog innebär att parterna möts i ett tidigt skede, innan beslut fattas, och att båda parter får möjlighet "
     "att påverka. Dialog är något annat än information och något annat än samråd enligt lag.")
lead("Kommunen åtar sig att:")
word_item(com("bjuda in föreningarna till dialog i ett tidigt skede i frågor som berör dem", P, "public"), 90)
word_item(com("ha en utsedd kontaktperson för föreningslivet på varje förvaltning", P, "public"), 90)
word_item(com("återkoppla skriftligt till föreningarna hur deras synpunkter har tagits om hand", P, "public"), 90)
p = para(com("Föreningarna ska delta i dialogmöten med företrädare som har mandat att föra föreningens talan.",
             P, "civil_society"))
p.paragraph_format.space_before = Pt(6)
p.runs[0].text += " " + com("Föreningarna ska också sprida information från dialogerna vidare till sina medlemmar.",
                            P, "civil_society")
lead("Gemensamt åtar sig parterna att")
typed_item("o", com("genomföra ett gemensamt dialogforum minst två gånger per år", P, "joint"), tab=False)
typed_item("o", com("ta fram en årlig mötesplan för dialogen mellan kommunen och föreningslivet", P, "joint"),
           tab=False)

# Princip 3: Kvalitet (civil servant switched numbering style)
P = "kvalitet"
heading("Princip 3: Kvalitet", size=12, before=12)
para("Kvalitet handlar om att verksamheten utgår från deltagarnas behov och att den utvecklas över tid. "
     "Föreningarnas kvalitet bygger ofta på engagemang och frivillighet, vilket kräver andra former av uppföljning "
     "än den som används för kommunens egen verksamhet.")
lead("Kommunens åtaganden", underline=True, bold=False)
typed_item("–", com("anpassa kraven på uppföljning och redovisning efter bidragets storlek", P, "public"))
typed_item("–", com("erbjuda föreningarna utbildning i ansökan, redovisning och föreningsekonomi", P, "public"))
lead("Föreningarnas åtaganden", underline=True, bold=False)
typed_item("–", com("följa upp sin verksamhet och redovisa resultatet till kommunen enligt överenskomna villkor",
                    P, "civil_society"))
typed_item("–", com("ta tillvara deltagarnas erfarenheter när verksamheten utvecklas", P, "civil_society"))

# Princip 4: Långsiktighet
P = "langsiktighet"
heading("Princip 4: Långsiktighet", size=12, before=12)
para("Långsiktiga villkor gör det möjligt för föreningarna att planera, anställa personal och utveckla sin "
     "verksamhet. Korta projekt riskerar att försvinna när finansieringen tar slut.")
p = para(com("Kommunen ska i första hand ge verksamhetsbidrag som gäller i tre år när verksamheten är av "
              "långsiktig karaktär.", P, "public"))
p.runs[0].text += " " + com("Kommunen ska meddela förändringar i bidragsnivåer eller bidragsregler senast sex "
                            "månader innan de träder i kraft.", P, "public")
para(com("Föreningarna ska i god tid informera kommunen om de inte längre kan bedriva en verksamhet som får "
         "bidrag.", P, "civil_society"))
lead("Kommunen och föreningarna åtar sig gemensamt att")
word_item(com("planera för hur projekt som fungerar väl kan övergå i ordinarie verksamhet", P, "joint"), 91)
word_item(com("utvärdera projekt tillsammans innan projektperioden tar slut", P, "joint"), 91)

# Princip 5: Öppenhet och insyn
P = "oppenhet_och_insyn"
heading("Princip 5: Öppenhet och insyn", size=12, before=12)
para("Öppenhet och insyn skapar förtroende mellan parterna. Den som får offentliga medel ska kunna visa hur de "
     "har använts, och kommunens beslut om stöd ska vara lätta att förstå.")
lead("Kommunen åtar sig att")
typed_item("•", com("publicera information om bidrag, lokaler och samverkan samlat på kommunens webbplats",
                    P, "public"))
typed_item("•", com("årligen redovisa vilka föreningar som har fått bidrag och med vilka belopp", P, "public"))
lead("Föreningarna åtar sig att")
typed_item("•", com("ge kommunen insyn i hur kommunala bidrag har använts", P, "civil_society"))
typed_item("•", com("hålla sina stadgar, årsmötesprotokoll och verksamhetsberättelser tillgängliga för kommunen",
                    P, "civil_society"))
para("Offentlighetsprincipen gäller för handlingar som kommer in till kommunen. Det innebär att en ansökan om "
     "bidrag normalt är en allmän handling.", italic=True)

# Princip 6: Mångfald
P = "mangfald"
heading("Princip 6: Mångfald", size=12, before=12)
para("Mångfald innebär att det finns många olika sorters föreningar i Mossebo och att fler invånare får möjlighet "
     "att engagera sig, oavsett bakgrund. En mångfald av organisationer ger invånarna fler vägar till delaktighet.")
lead("Kommunen åtar sig att:")
word_item(com("göra det enklare för nya och små föreningar att söka bidrag och boka lokaler", P, "public"), 92)
word_item(com("ta fram information om föreningsstöd på lättläst svenska och på minst fem andra språk", P,
              "public"), 92)
p = para(com("Föreningarna ska arbeta för att deras verksamhet är öppen för alla invånare oavsett kön, ålder, "
             "funktionsförmåga, etnisk bakgrund eller sexuell läggning.", P, "civil_society"))
p.paragraph_format.space_before = Pt(6)
para(com("Båda parter ska motverka diskriminering och kränkande behandling i sina verksamheter.", P, "joint"))

# Princip 7: Jämställdhet (local extra principle)
P = "jamstalldhet"
heading("Princip 7: Jämställdhet", size=12, before=12)
para("Kommunfullmäktige har beslutat att Mossebo ska vara en jämställd kommun. Principen har lagts till i denna "
     "version av överenskommelsen efter önskemål från föreningslivet i remissen.")
lead("Kommunen åtar sig att")
typed_item("•", com("fördela bidrag och lokaltider så att flickor och pojkar, kvinnor och män får likvärdiga "
                    "möjligheter", P, "public"))
typed_item("•", com("redovisa könsuppdelad statistik över vilka som tar del av föreningsstödet", P, "public"))
p = para(com("Föreningarna ska verka för en jämn könsfördelning i styrelser och bland ledare.", P, "civil_society"))
p.paragraph_format.space_before = Pt(6)

# ---------------------------------------------------------------- 4 Genomförande
heading("4 GENOMFÖRANDE", size=14)
para("Kommunstyrelsen har det övergripande ansvaret för överenskommelsen i kommunen. Kultur- och "
     "fritidsförvaltningen samordnar arbetet och är kontaktpunkt för föreningarna.")
lead("För att överenskommelsen ska bli känd och användas åtar sig parterna att")
typed_item("•", com("inrätta ett samverkansråd med fem ledamöter från kommunen och fem från föreningslivet",
                    None, "joint"))
typed_item("•", com("informera nya förtroendevalda och nyanställda chefer om överenskommelsen", None, "joint"))
typed_item("•", com("gemensamt följa upp överenskommelsen varje år", None, "joint"))

# ---------------------------------------------------------------- 5 Uppföljning och revidering
heading("5 UPPFÖLJNING OCH REVIDERING", size=14)
para("Uppföljningen görs genom en enkät till de anslutna föreningarna och genom en redovisning från varje "
     "förvaltning. Resultatet presenteras för kommunstyrelsen och vid höstens dialogforum.")
para("Överenskommelsen gäller från 2023-01-01 till och med 2026-12-31. En revidering påbörjas under 2026 inför "
     "nästa period.")
para("Frågor om överenskommelsen besvaras av kultur- och fritidsförvaltningens föreningsservice, "
     "foreningsservice@mossebo.se.")

# ---------------------------------------------------------------- 6 Underskrifter (tab-separated block)
heading("6 UNDERSKRIFTER", size=14)
para("Mossebo den 5 december 2022", space_after=30)
for line in ["För Mossebo kommun\tFör föreningslivet i Mossebo",
             "……………………………………\t……………………………………",
             "Karin Öhrvall\tJohan Lindqvist",
             "Kommunstyrelsens ordförande\tOrdförande, Mossebo Föreningsråd"]:
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.5))
    p.paragraph_format.space_after = Pt(2)
    p.add_run(line)

# ---------------------------------------------------------------- Bilaga 1 Handlingsplan (not commitments)
page_break()
heading("Bilaga 1. Handlingsplan 2023", size=12, before=0)
para("Handlingsplanen tas fram av samverkansrådet för ett år i taget. Aktiviteterna nedan är inte åtaganden i "
     "överenskommelsens mening utan ett stöd för genomförandet.", italic=True)
hp = doc.add_table(rows=1, cols=3)
hp.style = "Table Grid"
hp.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(["Aktivitet", "Ansvarig", "Klart"]):
    c = hp.rows[0].cells[i]
    c.text = ""
    c.paragraphs[0].add_run(h).bold = True
    set_cell_shading(c, "D9D9D9")
for row in [
    ("Ta fram en lättläst version av överenskommelsen", "Kultur- och fritidsförvaltningen", "2023-06-30"),
    ("Utse kontaktpersoner för föreningslivet på alla förvaltningar", "Förvaltningscheferna", "2023-03-31"),
    ("Första dialogforum för perioden", "Samverkansrådet", "2023-04-20"),
    ("Informationsträff för nya föreningar", "Föreningsservice", "2023-09-14"),
    ("Enkät till de anslutna föreningarna", "Kommunledningskontoret", "2023-11-30"),
]:
    cells = hp.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v

doc.core_properties.title = "Överenskommelse mellan Mossebo kommun och den idéburna sektorn i Mossebo 2023–2026"
doc.core_properties.author = "Amir Haddad"
doc.save(os.path.join(HERE, DOCX))

# ---------------------------------------------------------------- expected.json
def C(*texts):
    return list(texts)


questions = [
    {
        "question": "vad ska kommunen gora for att forbattra dialogen med foreningarna i mossebo",
        "language": "sv", "answerable": True,
        "gold": C("bjuda in föreningarna till dialog i ett tidigt skede i frågor som berör dem",
                  "ha en utsedd kontaktperson för föreningslivet på varje förvaltning",
                  "återkoppla skriftligt till föreningarna hur deras synpunkter har tagits om hand"),
        "must_mention": C("tidigt skede", "kontaktperson", "återkoppla skriftligt"),
    },
    {
        "question": "När antogs överenskommelsen med den idéburna sektorn i Mossebo, och av vilket organ?",
        "language": "sv", "answerable": True,
        "gold": C("Antagen av kommunfullmäktige 2022-11-21, § 164"),
        "must_mention": C("kommunfullmäktige", "2022-11-21"),
    },
    {
        "question": "What do the associations in Mossebo commit to under the principle of openness and transparency?",
        "language": "en", "answerable": True,
        "gold": C("ge kommunen insyn i hur kommunala bidrag har använts",
                  "hålla sina stadgar, årsmötesprotokoll och verksamhetsberättelser tillgängliga för kommunen"),
        "must_mention": C("insyn i hur kommunala bidrag har använts", "stadgar", "verksamhetsberättelser"),
    },
    {
        "question": "Vad menas med idéburen organisation i Mossebos överenskommelse?",
        "language": "sv", "answerable": True,
        "gold": C("Med idéburen organisation avses i denna överenskommelse en organisation som har ett "
                  "allmännyttigt syfte, som inte drivs med vinstintresse och som är fristående från offentlig sektor.",
                  "Det kan till exempel vara ideella föreningar, stiftelser, trossamfund och kooperativ med sociala "
                  "ändamål."),
        "must_mention": C("allmännyttigt syfte", "inte drivs med vinstintresse", "fristående från offentlig sektor"),
    },
    {
        "question": "far var forening kritisera kommunen fast vi far bidrag av mossebo kommun?",
        "language": "sv", "answerable": True,
        "gold": C("Föreningarna har rätt att driva opinion och att vara kritiska mot kommunen, oavsett om de får "
                  "bidrag eller inte.",
                  "inte ställa villkor för bidrag som begränsar föreningarnas möjlighet att granska och kritisera "
                  "kommunen"),
        "must_mention": C("vara kritiska mot kommunen", "oavsett om de får bidrag"),
    },
    {
        "question": "Compare what the municipality and the associations in Mossebo commit to on long-term "
                    "conditions (långsiktighet).",
        "language": "en", "answerable": True,
        "gold": C("Kommunen ska i första hand ge verksamhetsbidrag som gäller i tre år när verksamheten är av "
                  "långsiktig karaktär.",
                  "Kommunen ska meddela förändringar i bidragsnivåer eller bidragsregler senast sex månader innan "
                  "de träder i kraft.",
                  "Föreningarna ska i god tid informera kommunen om de inte längre kan bedriva en verksamhet som "
                  "får bidrag.",
                  "planera för hur projekt som fungerar väl kan övergå i ordinarie verksamhet",
                  "utvärdera projekt tillsammans innan projektperioden tar slut"),
        "must_mention": C("tre år", "sex månader", "i god tid informera kommunen", "ordinarie verksamhet"),
    },
    {
        "question": "hur lange galler overenskommelsen i mossebo och nar revideras den",
        "language": "sv", "answerable": True,
        "gold": C("Överenskommelsen gäller från 2023-01-01 till och med 2026-12-31.",
                  "En revidering påbörjas under 2026 inför nästa period."),
        "must_mention": C("2023-01-01", "2026-12-31", "under 2026"),
    },
    {
        "question": "Vilka åtaganden finns under principen om jämställdhet i Mossebo?",
        "language": "sv", "answerable": True,
        "gold": C("fördela bidrag och lokaltider så att flickor och pojkar, kvinnor och män får likvärdiga "
                  "möjligheter",
                  "redovisa könsuppdelad statistik över vilka som tar del av föreningsstödet",
                  "Föreningarna ska verka för en jämn könsfördelning i styrelser och bland ledare."),
        "must_mention": C("lokaltider", "könsuppdelad statistik", "jämn könsfördelning"),
    },
    {
        "question": "Hur mycket pengar fördelar Mossebo kommun i föreningsbidrag under 2023?",
        "language": "sv", "answerable": False, "gold": [], "must_mention": [],
    },
    {
        "question": "Who chairs the samverkansråd set up under the Mossebo agreement?",
        "language": "en", "answerable": False, "gold": [], "must_mention": [],
    },
]
for i, q in enumerate(questions, 1):
    q_id = {"id": "docx_direct_format-q%d" % i}
    q_id.update(q)
    questions[i - 1] = q_id

expected = {
    "file": DOCX,
    "layout": "docx_direct_format",
    "description": "Word document written without heading styles: every paragraph is style Normal; headings are "
                   "direct formatting (bold, larger size, typed capitals or the caps attribute, underlined "
                   "sub-headings) with hand-typed numbering that switches from '3.1 Självständighet och oberoende' "
                   "/ '3.2 Dialog' to 'Princip 3: Kvalitet' … 'Princip 7: Jämställdhet' (extra principle); bullets "
                   "typed by hand ('•<TAB>', '–<TAB>', 'o ') and Normal paragraphs made Word list items through "
                   "their own numbering definitions (bullet and decimal); bold party lead-ins with and without "
                   "colon, underlined 'Kommunens åtaganden' labels, 'Föreningarna ska …' and 'Kommunen ska …' "
                   "sentences (two per paragraph), 'Båda parter ska …'; joint commitments outside the principles "
                   "under 'Genomförande'; cover page with logo placeholder text and a VML text box with Dnr and "
                   "facts, different first-page footer, running header with Dnr, 'Sida X av Y' fields, revision "
                   "table, typed TOC with dot leaders, goals list and definitions (not commitments), tab-separated "
                   "signature block and an action-plan table in an appendix (not commitments).",
    "metadata": {
        "doc_id": "mossebo",
        "title": "Överenskommelse mellan Mossebo kommun och den idéburna sektorn i Mossebo 2023–2026",
        "place": "Mossebo",
        "organisation": "Mossebo kommun",
        "kind": "överenskommelse",
        "date": "2022-11-21",
        "body": "kommunfullmäktige",
    },
    "commitments": COMMITMENTS,
    "questions": questions,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("wrote", DOCX, "with", len(COMMITMENTS), "commitments")
