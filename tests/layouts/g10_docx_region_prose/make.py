#!/usr/bin/env python3
"""Generate region_gardsland_policy_samverkan_ideburen_sektor.docx and expected.json.

A region's policy written almost entirely in running prose: commitments are
sentences inside long paragraphs, mixed with background and description.
Run with a python that has python-docx (e.g. /work/main/.venv/bin/python make.py).
"""
import json
import os
import re

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_ID = "region_gardsland_policy_samverkan_ideburen_sektor"
FILE = DOC_ID + ".docx"
TITLE = "Policy för regionens samverkan med den idéburna sektorn"

COMMITMENTS = []
PARTY = {"R": "public", "C": "civil_society", "J": "joint"}

# Paragraph markup: {{P|principle|text}} marks a commitment (P = R/C/J,
# principle = slug or "-" for null); **x** marks bold.
MARK = re.compile(r"\{\{([RCJ])\|([a-z_\-]+)\|(.+?)\}\}", re.S)


def parse(text):
    def repl(m):
        party, princ, body = m.group(1), m.group(2), m.group(3)
        COMMITMENTS.append({"text": body.replace("**", ""),
                            "principle": None if princ == "-" else princ,
                            "party": PARTY[party]})
        return body
    return MARK.sub(repl, text)


# ---------------------------------------------------------------- helpers
def add_field(run, instr, placeholder="1"):
    r = run._r
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r.append(b)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r.append(it)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r.append(s)
    t = OxmlElement("w:t"); t.text = placeholder; r.append(t)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r.append(e)


def fld_char(paragraph, kind):
    run = paragraph.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind)
    run._r.append(fc)
    return run


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(doc, text, style=None, space_after=8):
    text = parse(text)
    p = doc.add_paragraph(style=style)
    for i, part in enumerate(text.split("**")):
        if part:
            r = p.add_run(part)
            r.bold = bool(i % 2)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def heading(doc, text, level):
    return doc.add_heading(text, level=level)


# ---------------------------------------------------------------- document
doc = Document()
st = doc.styles
st["Normal"].font.name = "Calibri"
st["Normal"].font.size = Pt(11)
st["Normal"].paragraph_format.line_spacing = 1.15
for name, size in (("Heading 1", 15), ("Heading 2", 12.5)):
    st[name].font.name = "Calibri"
    st[name].font.size = Pt(size)
    st[name].font.color.rgb = RGBColor(0x1F, 0x4E, 0x5A)
for lvl in (1, 2):
    s = st.add_style(f"TOC {lvl}", WD_STYLE_TYPE.PARAGRAPH)
    s.base_style = st["Normal"]
    s.paragraph_format.left_indent = Cm(0.6 * (lvl - 1))
    s.paragraph_format.space_after = Pt(3)
    s.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)

sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.5)
sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
sec.different_first_page_header_footer = True

# header / footer (not on the cover)
hp = sec.header.paragraphs[0]
hp.text = "Region Gärdsland\tPolicy\tDnr RS 2024/01217"
hp.style.font.size = Pt(9)
hp2 = sec.header.add_paragraph(TITLE)
hp2.runs[0].font.size = Pt(8)
hp2.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp.add_run("Sida ")
add_field(fp.add_run(), "PAGE", "2")
fp.add_run(" av ")
add_field(fp.add_run(), "NUMPAGES", "9")
fl = sec.footer.add_paragraph("Region Gärdsland | Regionledningsförvaltningen | www.regiongardsland.se")
fl.runs[0].font.size = Pt(8)
sec.first_page_footer.paragraphs[0].text = "Region Gärdsland, 451 80 Gärdsholm  ·  Växel 010-476 30 00  ·  region@regiongardsland.se"
sec.first_page_footer.paragraphs[0].runs[0].font.size = Pt(8)

# ---------------------------------------------------------------- cover
p = doc.add_paragraph()
r = p.add_run("REGION GÄRDSLAND"); r.bold = True; r.font.size = Pt(14)
r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x5A)
for _ in range(5):
    doc.add_paragraph()
doc.add_paragraph(TITLE, style="Title")
doc.add_paragraph("Styrdokument – policy", style="Subtitle")
doc.add_paragraph()
doc.add_paragraph(
    "Policyn har tagits fram i dialog med den idéburna sektorn i Gärdsland och ersätter "
    "Överenskommelse om samverkan mellan Region Gärdsland och idéburna organisationer "
    "(RF 2016-06-14, § 87).")
doc.add_paragraph()
meta = [
    ("Dokumenttyp", "Policy"),
    ("Beslutad av", "Regionfullmäktige"),
    ("Beslutsdatum", "2024-11-26, § 148"),
    ("Diarienummer", "RS 2024/01217"),
    ("Giltig från", "2025-01-01"),
    ("Giltig till", "2028-12-31"),
    ("Dokumentansvarig", "Regiondirektör"),
    ("Handläggare", "Kansliet för civilsamhällesfrågor, regionledningsförvaltningen"),
    ("Gäller för", "Samtliga nämnder, förvaltningar och helägda bolag"),
]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.LEFT
for k, v in meta:
    row = t.add_row().cells
    row[0].text, row[1].text = k, v
    row[0].paragraphs[0].runs[0].bold = True
    shade(row[0], "E2EDEF")
    row[0].width, row[1].width = Cm(4.5), Cm(11.5)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- TOC (saved field result)
doc.add_paragraph("Innehåll", style="TOC Heading")
toc = [
    (1, "1. Inledning", 3), (1, "2. Syfte och omfattning", 3), (1, "3. Definitioner", 4),
    (1, "4. Utgångspunkter", 4), (1, "5. Principer för samverkan", 5),
    (2, "5.1 Självständighet och oberoende", 5), (2, "5.2 Dialog", 5), (2, "5.3 Kvalitet", 6),
    (2, "5.4 Långsiktighet", 6), (2, "5.5 Öppenhet och insyn", 7), (2, "5.6 Mångfald", 7),
    (2, "5.7 Barnrättsperspektiv", 7), (1, "6. Former för samverkan", 8),
    (2, "6.1 Bidrag", 8), (2, "6.2 Idéburet offentligt partnerskap (IOP)", 8),
    (1, "7. Ansvar och genomförande", 9), (1, "8. Uppföljning och revidering", 9),
    (1, "9. Kontakt", 9),
]
for i, (lvl, txt, pg) in enumerate(toc):
    p = doc.add_paragraph(style=f"TOC {lvl}")
    if i == 0:
        fld_char(p, "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
        it.text = ' TOC \\o "1-2" \\h \\z \\u '
        p.add_run()._r.append(it)
        fld_char(p, "separate")
    p.add_run(f"{txt}\t{pg}")
    if i == len(toc) - 1:
        fld_char(p, "end")
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- 1
heading(doc, "1. Inledning", 1)
para(doc, "Region Gärdsland har ett långvarigt och nära samarbete med den idéburna sektorn. Föreningar, "
     "stiftelser, trossamfund och sociala företag bidrar på många sätt till god hälsa, ett levande "
     "kulturliv och en hållbar utveckling i hela länet, inte minst i de delar av regionen där det "
     "offentliga har svårt att nå ut. Under pandemin blev det tydligt hur snabbt idéburna organisationer "
     "kan ställa om sin verksamhet och nå grupper som regionens ordinarie verksamheter inte når. Samtidigt "
     "har samverkan länge varit beroende av enskilda kontakter mellan tjänstepersoner och eldsjälar, och "
     "den har sett olika ut i olika förvaltningar.")
para(doc, "Regionen och ett trettiotal idéburna organisationer antog 2016 en gemensam överenskommelse om "
     "samverkan. Överenskommelsen utvärderades under 2023, och utvärderingen visade att principerna var "
     "väl kända bland organisationerna men att det saknades en tydlig styrning inom regionen och en gemensam "
     "syn på vilka former av samverkan som kan användas. Denna policy ersätter överenskommelsen från 2016. "
     "Den har tagits fram i dialog med representanter för den idéburna sektorn, bland annat vid tre "
     "dialogmöten under våren 2024 och genom en öppen remiss som pågick mellan den 10 juni och den "
     "30 augusti 2024. Drygt fyrtio organisationer lämnade synpunkter, och många av dem har arbetats in i "
     "texten.")

# ---------------------------------------------------------------- 2
heading(doc, "2. Syfte och omfattning", 1)
para(doc, "Syftet med policyn är att skapa goda förutsättningar för en långsiktig och jämbördig samverkan "
     "mellan Region Gärdsland och den idéburna sektorn och att tydliggöra vad parterna kan förvänta sig av "
     "varandra. Policyn ska också bidra till att regionens nämnder och förvaltningar arbetar på ett "
     "likartat sätt när de samverkar med, lämnar bidrag till eller ingår partnerskap med idéburna "
     "organisationer, så att en organisation möter samma grundsyn oavsett vilken del av regionen den har "
     "kontakt med.")
para(doc, "Policyn gäller för samtliga nämnder, förvaltningar och helägda bolag i Region Gärdsland. Den "
     "omfattar all samverkan med idéburna organisationer, oavsett om samverkan sker inom hälso- och "
     "sjukvården, kollektivtrafiken, kulturen eller det regionala utvecklingsarbetet. Policyn kompletteras "
     "av regionens riktlinjer för bidrag till idéburna organisationer och av den vägledning för idéburet "
     "offentligt partnerskap som regionstyrelsen fastställer. För de idéburna organisationerna är policyn "
     "en gemensam utgångspunkt; de organisationer som vill ställa sig bakom policyns principer och "
     "åtaganden gör det genom en anmälan till regionens kansli för civilsamhällesfrågor, och i dag har "
     "47 organisationer anmält sig.")

# ---------------------------------------------------------------- 3
heading(doc, "3. Definitioner", 1)
para(doc, "I policyn används följande begrepp. Definitionerna utgår i huvudsak från den nationella "
     "överenskommelsen och från de begrepp som används av Nationellt organ för dialog och samråd mellan "
     "regeringen och det civila samhället (NOD).")
para(doc, "**Idéburen sektor** – Med idéburen sektor avses organiserad verksamhet som bedrivs med ett "
     "allmännyttigt syfte, på demokratiska värdegrunder och som är fristående från den offentliga sektorn. "
     "Verksamheten bedrivs främst i form av ideella föreningar och stiftelser men kan också drivas i andra "
     "former, till exempel som ekonomisk förening eller som aktiebolag med särskild "
     "vinstutdelningsbegränsning (svb). I policyn används begreppet synonymt med civilsamhället.")
para(doc, "**Idéburen organisation** – En organisation inom den idéburna sektorn som har ett allmännyttigt "
     "syfte och som återinvesterar eventuellt överskott i den egna eller liknande verksamhet.")
para(doc, "**Samverkan** – Ett planerat och frivilligt samarbete mellan regionen och en eller flera "
     "idéburna organisationer för att nå ett gemensamt mål, där parterna behåller sina egna roller och sitt "
     "eget ansvar.")
para(doc, "**Idéburet offentligt partnerskap (IOP)** – En samverkansform där regionen och en eller flera "
     "idéburna organisationer tillsammans finansierar och genomför en verksamhet som har ett allmännyttigt "
     "syfte och som ligger inom regionens ansvarsområde. Ett IOP är varken ett bidrag eller en upphandlad "
     "tjänst, och partnerskapet bygger på att båda parter bidrar med resurser.")
para(doc, "**Bidrag** – Ekonomiskt stöd som regionen lämnar till en idéburen organisation utan krav på "
     "motprestation i form av en tjänst, antingen som verksamhetsbidrag till organisationens ordinarie "
     "verksamhet eller som projektbidrag till en avgränsad insats.")
para(doc, "**Dialogforum** – Regionens återkommande mötesplats för dialog med den idéburna sektorn på "
     "övergripande nivå. I dialogforum deltar förtroendevalda och tjänstepersoner från regionen och "
     "representanter som de idéburna organisationerna själva har utsett.")

# ---------------------------------------------------------------- 4
heading(doc, "4. Utgångspunkter", 1)
para(doc, "År 2008 tecknade regeringen, Sveriges Kommuner och Landsting (numera Sveriges Kommuner och "
     "Regioner) och ett stort antal idéburna organisationer inom det sociala området en nationell "
     "överenskommelse. Den bygger på sex principer: självständighet och oberoende, dialog, kvalitet, "
     "långsiktighet, öppenhet och insyn samt mångfald. Principerna har sedan dess legat till grund för "
     "lokala och regionala överenskommelser i stora delar av landet, och de är också grunden för denna "
     "policy. Region Gärdsland har därutöver valt att lyfta fram barnrättsperspektivet som en egen princip, "
     "eftersom FN:s konvention om barnets rättigheter sedan den 1 januari 2020 gäller som svensk lag och "
     "eftersom många av de organisationer som regionen samverkar med riktar sig till barn och unga.")
para(doc, "Policyn hänger samman med den regionala utvecklingsstrategin Gärdsland 2040, med regionens "
     "folkhälsopolitiska program och med Agenda 2030. En stark och självständig idéburen sektor är en "
     "förutsättning för ett demokratiskt samhälle där människor kan organisera sig kring gemensamma "
     "intressen, och regionen ser samverkan med sektorn som ett sätt att stärka den sociala "
     "hållbarheten, tilliten och delaktigheten i länet.")

# ---------------------------------------------------------------- 5
heading(doc, "5. Principer för samverkan", 1)
para(doc, "I detta avsnitt beskrivs vad varje princip innebär och vad den betyder för parterna i praktiken. "
     "Under varje princip framgår vad regionen ska göra, vad regionen förväntar sig av de idéburna "
     "organisationerna och vad parterna gör tillsammans. Åtagandena gäller från och med att policyn träder "
     "i kraft den 1 januari 2025.")

S = "sjalvstandighet_och_oberoende"
heading(doc, "5.1 Självständighet och oberoende", 2)
para(doc, "De idéburna organisationerna har en egen roll i samhället som röstbärare, opinionsbildare och "
     "utförare av verksamhet, och deras självständighet är ett värde i sig. Att en organisation granskar "
     "eller kritiserar regionen är en del av den rollen och en förutsättning för ett levande demokratiskt "
     "samtal. "
     f"{{{{R|{S}|Regionen ska respektera de idéburna organisationernas rätt att självständigt formulera "
     "sina mål, välja sina arbetsformer och framföra kritik mot regionen, även när organisationen tar emot "
     "bidrag eller ingår i ett partnerskap med regionen.}} "
     f"{{{{R|{S}|Regionen kommer inte att ställa villkor för bidrag som begränsar en organisations möjlighet "
     "att driva opinion i frågor som rör regionens verksamhet.}}")
para(doc, "Självständigheten innebär samtidigt inte att organisationerna saknar ansvar gentemot regionen "
     "när de tar emot offentliga medel. "
     f"{{{{C|{S}|De idéburna organisationerna ansvarar för att tydligt skilja mellan sin egen verksamhet och "
     "den verksamhet som bedrivs med ekonomiskt stöd från regionen, så att det alltid framgår vem som står "
     "bakom ett budskap.}} Det gäller särskilt i samband med val och i frågor där organisationen företräder "
     "en annan uppfattning än regionen.")

D = "dialog"
heading(doc, "5.2 Dialog", 2)
para(doc, "Dialog är grunden för all samverkan. En god dialog förutsätter att parterna möts i tid, innan "
     "beslut är fattade, och att de idéburna organisationerna får förutsättningar att förbereda sig och "
     "förankra sina synpunkter hos medlemmarna. Regionens erfarenhet är att dialogen fungerar bäst när den "
     "förs både på övergripande nivå och i vardagen mellan enskilda förvaltningar och organisationer. "
     f"{{{{R|{D}|Regionen ska bjuda in till dialogforum med den idéburna sektorn minst två gånger per år, "
     "varav ett tillfälle ägnas åt uppföljningen av denna policy.}} "
     f"{{{{R|{D}|Regionen kommer att skicka ut kallelse och underlag till dialogforum senast tre veckor före "
     "mötet.}} "
     f"{{{{R|{D}|Inför beslut i frågor som i väsentlig grad berör den idéburna sektorn ska regionen ge "
     "berörda organisationer möjlighet att lämna synpunkter och då ange en svarstid på minst sex veckor.}}")
para(doc, "Dialogforum är inte ett beslutande organ, och det ersätter inte de kontakter som förvaltningarna "
     "har med organisationerna i det dagliga arbetet. "
     f"{{{{R|{D}|Regionen ansvarar för att de synpunkter som lämnas vid dialogforum dokumenteras och "
     "redovisas för regionstyrelsens utskott för regional utveckling.}} "
     f"{{{{C|{D}|De idéburna organisationerna ansvarar för att utse sina representanter till dialogforum och "
     "för att representanterna förankrar synpunkterna i den egna organisationen och återkopplar till "
     "den.}} "
     f"{{{{J|{D}|Båda parter ska verka för att dialogen präglas av ömsesidig respekt, tydliga förväntningar "
     "och en öppenhet för att pröva nya arbetssätt.}}")

K = "kvalitet"
heading(doc, "5.3 Kvalitet", 2)
para(doc, "Kvalitet handlar ytterst om att verksamheten gör skillnad för de människor den är till för. "
     "Regionen och de idéburna organisationerna har ofta olika syn på vad kvalitet är och hur den bör mätas. "
     "För en idéburen organisation kan delaktighet, medmänsklighet och engagemang vara minst lika viktiga "
     "som mätbara resultat, medan regionen måste kunna visa att offentliga medel används på ett ändamålsenligt "
     "sätt. "
     f"{{{{R|{K}|Regionen ska vid uppföljning av bidrag och partnerskap använda enkla och relevanta metoder "
     "som står i proportion till stödets storlek och som tar hänsyn till den idéburna verksamhetens "
     "egenart.}} "
     f"{{{{R|{K}|Regionen kommer att erbjuda kompetensutveckling om bland annat ansökningsförfarande, "
     "uppföljning och dataskydd för ideellt och anställt aktiva i de organisationer som tar emot stöd.}}")
para(doc, f"{{{{C|{K}|De idéburna organisationerna ansvarar för att den verksamhet som regionen finansierar "
     "bedrivs med god kvalitet och i enlighet med de villkor som gäller för stödet.}} "
     f"{{{{J|{K}|Båda parter ska gemensamt utveckla former för att följa upp och beskriva resultat och värden "
     "som är svåra att mäta, till exempel social gemenskap och minskad ensamhet.}} Ett första steg i det "
     "arbetet togs 2024, när sex organisationer och regionens folkhälsoenhet prövade en gemensam modell för "
     "att beskriva effekterna av mötesplatser för äldre.")

L = "langsiktighet"
heading(doc, "5.4 Långsiktighet", 2)
para(doc, "Många idéburna organisationer vittnar om att kortsiktiga projektmedel gör det svårt att behålla "
     "personal, planera verksamheten och bygga upp förtroende hos målgrupperna. Samtidigt måste regionen "
     "kunna pröva nya insatser och fördela resurser efter förändrade behov. Långsiktighet handlar därför "
     "både om ekonomiska villkor och om förutsägbarhet i regionens beslut. "
     f"{{{{R|{L}|Regionen ska i första hand ge verksamhetsbidrag framför projektbidrag och, där det är "
     "möjligt, fatta beslut om bidrag för en period om upp till tre år.}} "
     f"{{{{R|{L}|Regionen kommer att fatta beslut om årliga verksamhetsbidrag senast den 15 december året "
     "före bidragsåret.}} "
     f"{{{{R|{L}|Om regionen avser att väsentligt minska eller avsluta ett stöd ska organisationen informeras "
     "i god tid och senast sex månader innan förändringen träder i kraft.}}")
para(doc, "Långsiktigheten är ett gemensamt ansvar. "
     f"{{{{C|{L}|De idéburna organisationerna ansvarar för att planera sin verksamhet så att den inte blir "
     "beroende av ett enskilt bidrag från regionen och för att i god tid meddela regionen om förutsättningarna "
     "för en finansierad verksamhet förändras.}}")

O = "oppenhet_och_insyn"
heading(doc, "5.5 Öppenhet och insyn", 2)
para(doc, "Öppenhet och insyn är en förutsättning för förtroendet mellan parterna och för allmänhetens tillit "
     "till hur offentliga medel används. Som offentlig aktör omfattas regionen av offentlighetsprincipen, "
     "medan de idéburna organisationerna styrs av sina egna stadgar och av de villkor som gäller för det "
     "stöd de tar emot. "
     f"{{{{R|{O}|Regionen ska på sin webbplats samlat redovisa vilka bidrag som har beviljats till idéburna "
     "organisationer, vilka partnerskap som har ingåtts och vilka kriterier som gäller vid bedömningen av "
     "ansökningar.}} "
     f"{{{{R|{O}|Regionen ansvarar för att motivera sina beslut om bidrag så att den sökande organisationen "
     "kan förstå grunden för beslutet}}; "
     f"{{{{C|{O}|de idéburna organisationerna ansvarar för att lämna fullständiga och korrekta uppgifter i "
     "sina ansökningar och redovisningar}}.")
para(doc, f"{{{{C|{O}|De idéburna organisationerna ska ge regionen insyn i den verksamhet och ekonomi som "
     "omfattas av regionens stöd, bland annat genom att på begäran lämna verksamhetsberättelse, "
     "årsredovisning och revisionsberättelse.}} Insynen avser endast den del av organisationens verksamhet "
     "som regionen bidrar till.")

M = "mangfald"
heading(doc, "5.6 Mångfald", 2)
para(doc, "Den idéburna sektorn i Gärdsland är mångfacetterad. Här finns stora riksorganisationer med lokala "
     "avdelningar, patientföreningar, studieförbund, idrottsrörelsen, trossamfund och nya nätverk som "
     "saknar fast organisationsform. Mångfalden är en styrka, men den innebär också att organisationerna har "
     "mycket olika förutsättningar att delta i samverkan med regionen. "
     f"{{{{R|{M}|Regionen ska verka för att även små organisationer, organisationer som bildats av personer "
     "med utländsk bakgrund och nya nätverk får kännedom om och möjlighet att delta i regionens dialog och "
     "att söka regionens stöd.}} "
     f"{{{{R|{M}|Regionen kommer att förenkla ansökningsformulär och blanketter och erbjuda stöd på andra "
     "språk än svenska när det behövs för att en organisation ska kunna söka bidrag.}}")
para(doc, f"{{{{C|{M}|De idéburna organisationerna ansvarar för att deras verksamhet är öppen och tillgänglig "
     "för alla som delar organisationens syfte, oavsett kön, etnisk tillhörighet, religion, "
     "funktionsnedsättning, sexuell läggning eller ålder.}} Det är regionens förhoppning att fler "
     "organisationer ska se samverkan med regionen som ett naturligt sätt att bidra till utvecklingen i "
     "länet.")

B = "barnrattsperspektiv"
heading(doc, "5.7 Barnrättsperspektiv", 2)
para(doc, "Barnkonventionen gäller för regionens verksamhet och, genom de villkor som följer med offentligt "
     "stöd, även för de verksamheter som regionen finansierar. Många idéburna organisationer har dessutom en "
     "unik kunskap om barns och ungas livsvillkor, inte minst när det gäller barn i utsatta situationer. "
     f"{{{{R|{B}|Regionen ska göra en prövning av barnets bästa inför beslut om bidrag och partnerskap som rör "
     "verksamhet för barn och unga.}} "
     f"{{{{C|{B}|De idéburna organisationer som bedriver verksamhet för barn och unga med stöd från regionen "
     "ansvarar för att ha rutiner för att förebygga och hantera kränkningar och för att kontrollera utdrag ur "
     "belastningsregistret för personer som arbetar med barn.}} "
     f"{{{{J|{B}|Båda parter ska verka för att barn och unga får komma till tals i frågor som berör dem, "
     "bland annat genom att unga själva bjuds in till dialogforum när frågor som rör dem behandlas.}}")

# ---------------------------------------------------------------- 6
heading(doc, "6. Former för samverkan", 1)
para(doc, "Samverkan mellan regionen och den idéburna sektorn kan ta många former, från informella "
     "kontakter och gemensamma kunskapsseminarier till bidrag, partnerskap och upphandlade uppdrag. Vilken "
     "form som är lämplig avgörs av verksamhetens syfte, av vem som har tagit initiativet och av om "
     "regionen efterfrågar en bestämd tjänst.")
heading(doc, "6.1 Bidrag", 2)
para(doc, "Regionen lämnar i dag bidrag till idéburna organisationer inom flera nämnders ansvarsområden, "
     "främst inom hälso- och sjukvård, kultur och regional utveckling. Villkoren för bidragen finns i "
     "regionens riktlinjer för bidrag och beskrivs inte närmare i denna policy. "
     "{{R|-|Regionen ska samordna sina bidragsregler så att en organisation som söker stöd från flera nämnder "
     "möter samma villkor, blanketter och tidsfrister.}}")
heading(doc, "6.2 Idéburet offentligt partnerskap (IOP)", 2)
para(doc, "IOP har vuxit fram som en samverkansform för verksamheter där det varken är lämpligt att lämna ett "
     "traditionellt bidrag eller att upphandla en tjänst. Ett partnerskap förutsätter att det är den "
     "idéburna organisationen som har tagit initiativ till eller driver verksamheten och att regionen ser ett "
     "allmänintresse i att stödja den. Om regionen i stället vill köpa en bestämd tjänst gäller lagen "
     "(2016:1145) om offentlig upphandling. "
     "{{R|-|Regionen ska pröva om IOP är en lämplig samverkansform när en idéburen organisation föreslår en "
     "verksamhet som kompletterar regionens eget ansvar och som inte lämpar sig för upphandling.}} "
     "{{R|-|Regionen kommer att ta fram en gemensam mall och en checklista för IOP som samtliga förvaltningar "
     "ska använda, så att partnerskap ingås och följs upp på ett enhetligt sätt.}} "
     "{{R|-|Innan ett partnerskap ingås ska regionen bedöma att partnerskapet är förenligt med reglerna om "
     "statsstöd och offentlig upphandling.}}")
para(doc, "I ett IOP bidrar båda parter med resurser, kunskap och engagemang. "
     "{{C|-|Den idéburna organisationen ansvarar för att bedriva verksamheten i enlighet med partnerskapets "
     "överenskomna mål och för att bidra med egna resurser i form av ideella insatser, lokaler eller andra "
     "medel.}} "
     "{{J|-|Båda parter ska gemensamt formulera mål för partnerskapet, komma överens om hur det ska följas "
     "upp och utse var sin kontaktperson.}} Ett partnerskap ingås normalt för två till fyra år med möjlighet "
     "till förlängning. Under 2024 hade regionen sju pågående partnerskap, bland annat med två "
     "brottsofferjourer, en kvinnojour och en förening som driver mötesplatser för personer med psykisk "
     "ohälsa.")

# ---------------------------------------------------------------- 7
heading(doc, "7. Ansvar och genomförande", 1)
para(doc, "Regionfullmäktige beslutar om policyn, och regionstyrelsen har det samordnande ansvaret för "
     "regionens arbete med den idéburna sektorn. Det praktiska samordningsarbetet sköts av kansliet för "
     "civilsamhällesfrågor inom regionledningsförvaltningen, som också är organisationernas första "
     "kontaktväg in i regionen. "
     "{{R|-|Varje nämnd ansvarar för att policyn tillämpas inom nämndens verksamhetsområde och för att "
     "förvaltningens medarbetare känner till den.}} För de idéburna organisationerna är det organisationens "
     "styrelse som avgör hur policyn används i den egna verksamheten.")

# ---------------------------------------------------------------- 8
heading(doc, "8. Uppföljning och revidering", 1)
para(doc, "Uppföljningen av policyn syftar till att visa om samverkan utvecklas i den riktning som policyn "
     "anger och att ge underlag för förbättringar. Uppföljningen görs både inom regionen och tillsammans med "
     "de idéburna organisationerna. "
     "{{R|-|Regionstyrelsen ska årligen följa upp hur policyn tillämpas och redovisa resultatet till "
     "regionfullmäktige i samband med årsredovisningen.}} "
     "{{R|-|Regionen kommer att sammanställa uppgifter om beviljade bidrag, ingångna partnerskap och "
     "genomförda dialogforum som underlag för uppföljningen.}} "
     "{{C|-|De idéburna organisationer som tar emot stöd ansvarar för att redovisa hur stödet har använts och "
     "vilka resultat verksamheten har lett till, senast den 30 april året efter bidragsåret.}} "
     "{{J|-|Båda parter ska vid det årliga uppföljningsmötet inom ramen för dialogforum gemensamt diskutera "
     "uppföljningens resultat och föreslå förbättringar.}}")
para(doc, "Policyn gäller till och med den 31 december 2028. "
     "{{R|-|Regionen ska inleda en revidering av policyn senast under 2027 och då bjuda in den idéburna "
     "sektorn att delta i arbetet.}} Fram till dess att en reviderad policy har beslutats fortsätter denna "
     "policy att gälla.")

# ---------------------------------------------------------------- 9
heading(doc, "9. Kontakt", 1)
para(doc, "Frågor om policyn besvaras av kansliet för civilsamhällesfrågor, regionledningsförvaltningen, "
     "Region Gärdsland. Kontaktperson är Maria Lindqvist Ek, strateg för civilsamhällesfrågor, telefon "
     "010-476 31 52, e-post civilsamhalle@regiongardsland.se.")
doc.add_paragraph()
p = doc.add_paragraph(); r = p.add_run("Versionshistorik"); r.bold = True
vt = doc.add_table(rows=1, cols=4)
vt.style = "Table Grid"
for c, h in zip(vt.rows[0].cells, ("Version", "Datum", "Beslut", "Kommentar")):
    c.text = h
    c.paragraphs[0].runs[0].bold = True
    shade(c, "E2EDEF")
for row in (("1.0", "2016-06-14", "RF § 87", "Överenskommelse om samverkan (ersatt)"),
            ("1.9", "2024-06-10", "RS § 112", "Remissversion av ny policy"),
            ("2.0", "2024-11-26", "RF § 148", "Ny policy, gäller från 2025-01-01")):
    cells = vt.add_row().cells
    for c, v in zip(cells, row):
        c.text = v

doc.save(os.path.join(HERE, FILE))

# ---------------------------------------------------------------- expected.json
C = {c["text"]: c for c in COMMITMENTS}


def ctext(prefix):
    hits = [t for t in C if t.startswith(prefix)]
    assert len(hits) == 1, (prefix, hits)
    return hits[0]


questions = [
    {"id": "q1", "question": "Vem har fattat beslut om policyn och när beslutades den?", "language": "sv",
     "answerable": True, "gold": ["Regionfullmäktige", "2024-11-26, § 148"],
     "must_mention": ["Regionfullmäktige", "2024-11-26"]},
    {"id": "q2", "question": "Vad menas med idéburen organisation i regionens policy?", "language": "sv",
     "answerable": True,
     "gold": ["En organisation inom den idéburna sektorn som har ett allmännyttigt syfte och som "
              "återinvesterar eventuellt överskott i den egna eller liknande verksamhet."],
     "must_mention": ["allmännyttigt syfte", "återinvesterar eventuellt överskott"]},
    {"id": "q3", "question": "nar kan regionen anvanda IOP istallet for upphandling?", "language": "sv",
     "answerable": True,
     "gold": ["IOP har vuxit fram som en samverkansform för verksamheter där det varken är lämpligt att lämna "
              "ett traditionellt bidrag eller att upphandla en tjänst.",
              ctext("Regionen ska pröva om IOP")],
     "must_mention": ["inte lämpar sig för upphandling"]},
    {"id": "q4", "question": "Does the region give associations grants for more than one year at a time?",
     "language": "en", "answerable": True,
     "gold": [ctext("Regionen ska i första hand ge verksamhetsbidrag")],
     "must_mention": ["upp till tre år"]},
    {"id": "q5", "question": "Hur ofta följs policyn upp och till vem redovisas resultatet?", "language": "sv",
     "answerable": True, "gold": [ctext("Regionstyrelsen ska årligen")],
     "must_mention": ["årligen", "regionfullmäktige"]},
    {"id": "q6", "question": "Måste vår förening redovisa hur bidraget från regionen har använts?",
     "language": "sv", "answerable": True, "gold": [ctext("De idéburna organisationer som tar emot stöd")],
     "must_mention": ["redovisa hur stödet har använts", "30 april"]},
    {"id": "q7", "question": "How often does the region hold dialogue meetings with civil society, and how "
     "early are the papers sent out?", "language": "en", "answerable": True,
     "gold": [ctext("Regionen ska bjuda in till dialogforum"), ctext("Regionen kommer att skicka ut kallelse")],
     "must_mention": ["minst två gånger per år", "tre veckor"]},
    {"id": "q8", "question": "vad gor regionen for att sma foreningar och nya natverk ska kunna soka stod?",
     "language": "sv", "answerable": True,
     "gold": [ctext("Regionen ska verka för att även små"), ctext("Regionen kommer att förenkla")],
     "must_mention": ["små organisationer", "förenkla ansökningsformulär"]},
    {"id": "q9", "question": "Hur mycket pengar har regionen avsatt till bidrag för idéburna organisationer "
     "under 2025?", "language": "sv", "answerable": False, "gold": [], "must_mention": []},
    {"id": "q10", "question": "Får föreningarnas representanter arvode eller reseersättning när de deltar i "
     "dialogforum?", "language": "sv", "answerable": False, "gold": [], "must_mention": []},
]

expected = {
    "file": FILE,
    "layout": os.path.basename(HERE),
    "description": (
        "A Swedish region's policy (Region Gärdsland) made with python-docx and written almost entirely in "
        "running prose. Cover page: region name in capitals, Title and Subtitle styles, a sentence saying "
        "the policy replaces a 2016 agreement (decoy date RF 2016-06-14), and a two-column decision table "
        "(Beslutad av Regionfullmäktige, Beslutsdatum 2024-11-26, § 148, Dnr, Giltig från/till, "
        "Dokumentansvarig). Different first-page footer; later pages have a header with tabs (region, "
        "'Policy', Dnr) plus the title, and a footer 'Sida PAGE av NUMPAGES' fields. A saved TOC field "
        "(TOC 1/TOC 2 paragraphs with dotted tabs and page numbers) repeats every heading text. Heading 1 "
        "with typed numbers '1. Inledning' … '9. Kontakt', Heading 2 '5.1 Självständighet och oberoende' … "
        "'5.7 Barnrättsperspektiv' (extra principle), '6.1 Bidrag', '6.2 Idéburet offentligt partnerskap "
        "(IOP)'. No lists at all: section 3 'Definitioner' is paragraphs with a bold run-in term and an en "
        "dash. Every commitment is a sentence inside a long paragraph mixed with background, description, "
        "a wish ('Det är regionens förhoppning att …') and decoy 'ska' sentences about the policy itself "
        "('Policyn ska också bidra till …'); verbs vary: 'Regionen ska', 'Regionen kommer att', 'Regionen "
        "kommer inte att', 'Regionen ansvarar för', 'ska regionen' after a fronted clause, 'Om regionen "
        "avser … ska organisationen informeras' (passive), 'De idéburna organisationerna ansvarar för / "
        "ska', 'Båda parter ska (verka för)'. One sentence holds two commitments of two parties split by a "
        "semicolon (the second starting lower case). Sections 6 (bidrag, IOP), 7 (each nämnd's "
        "responsibility) and 8 (uppföljning, revidering) have commitments with principle null. Decoy dates "
        "(remiss 2024-06-10 to 2024-08-30, 2020-01-01, 15 december, 30 april, 2028-12-31) and a version "
        "table at the end with the remiss and the 2016 decision."),
    "metadata": {
        "doc_id": DOC_ID,
        "title": TITLE,
        "place": "Gärdsland",
        "organisation": "Region Gärdsland",
        "kind": "policy",
        "date": "2024-11-26",
        "body": "regionfullmäktige",
    },
    "commitments": COMMITMENTS,
    "questions": questions,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print(f"wrote {FILE}: {len(COMMITMENTS)} commitments")
