#!/usr/bin/env python3
"""Generate region_dalmyra_overenskommelse.fodt/.pdf and expected.json.

Layout: LibreOffice-made PDF. Portrait cover page without header/footer,
portrait prose pages with a running header and a "Sida X av Y" footer, then a
multi-page LANDSCAPE table "Princip | Regionens åtaganden | Civilsamhällets
åtaganden | Gemensamma åtaganden" whose header row repeats on every page and
whose cells hold several commitments (bullet lists, a lead-in line, and line
breaks), then portrait pages again (follow-up, organisation, signatures).

Fictional document. Run: python3 make.py   (needs soffice)
"""
import json
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "region_dalmyra_overenskommelse"
FODT = os.path.join(HERE, BASE + ".fodt")
PDF = os.path.join(HERE, BASE + ".pdf")

TITLE = ("Överenskommelse om samverkan mellan Region Dalmyra och "
         "idéburen sektor i Dalmyra län")
DNR = "RS 2023/01412"


def esc(s):
    return escape(s, {'"': "&quot;"})


# ---------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------
COMMITMENTS = []          # (text, principle, party) in document order


def c(text, principle, party):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


# Table rows: (label, slug, region sentences, civ lead-in + items, joint)
CIV_LEAD = "Organisationerna åtar sig att:"
ROWS = [
    ("Självständighet och oberoende", "sjalvstandighet_och_oberoende",
     ["Regionen ska respektera de idéburna organisationernas rätt att själva "
      "formulera sina mål, välja arbetssätt och driva opinion, även när det "
      "innebär kritik mot regionens politik.",
      "Regionen ska inte ställa krav på organisationernas interna organisering "
      "utöver vad som följer av lag och av villkoren för bidraget.",
      "Regionen avser att öka andelen verksamhetsbidrag i förhållande till "
      "projektbidrag under överenskommelsens giltighetstid."],
     ["tydligt skilja mellan den egna verksamheten och verksamhet som bedrivs "
      "på uppdrag av regionen",
      "redovisa vilka medlemmar eller målgrupper de företräder när de deltar "
      "i regionens samråd"],
     ["Parterna ska tillsammans ta fram en vägledning om hur självständigheten "
      "kan värnas i idéburet offentligt partnerskap (IOP) och andra "
      "samarbetsformer."]),
    ("Dialog", "dialog",
     ["Regionen ska involvera idéburen sektor tidigt i beredningen av frågor "
      "som berör sektorn, innan förslagen är färdigformulerade.",
      "Regionen ska ge organisationerna minst sex veckors svarstid vid remisser.",
      "Regionen ansvarar för att varje nämnd utser en kontaktperson för "
      "samverkan med idéburen sektor."],
     ["delta aktivt i dialogforum, referensgrupper och remissförfaranden",
      "förankra sina synpunkter i den egna organisationen och hos medlemmarna",
      "sprida information om överenskommelsen till sina medlemmar och "
      "lokalavdelningar"],
     ["Parterna genomför tillsammans minst två tematiska dialogmöten per år "
      "utöver det årliga dialogforumet.",
      "Parterna ska gemensamt utveckla former för digitala samråd, så att "
      "organisationer i hela länet kan delta."]),
    ("Kvalitet", "kvalitet",
     ["Regionen ska beakta de idéburna organisationernas särskilda kunskap och "
      "erfarenhet när verksamhet planeras och utvärderas.",
      "Regionen ska i sina bidragsregler ställa krav på redovisning som står i "
      "proportion till bidragets storlek.",
      "Regionen erbjuder kompetensutveckling om offentlig upphandling, IOP och "
      "bidragsansökan för organisationernas förtroendevalda och anställda."],
     ["utveckla sin verksamhet utifrån de behov som målgrupperna själva "
      "uttrycker",
      "följa upp och redovisa resultatet av verksamhet som finansieras med "
      "regionala medel",
      "ta till vara den kompetens som finns hos frivilliga, medlemmar och "
      "brukare"],
     ["Parterna ska gemensamt ta fram enkla och relevanta mått för att följa "
      "upp kvaliteten i verksamheter som bedrivs i samverkan."]),
    ("Långsiktighet", "langsiktighet",
     ["Regionen ska i första hand bevilja bidrag för flera år i taget när "
      "verksamheten är av långsiktig karaktär.",
      "Regionen ska lämna besked om beviljade bidrag för kommande år senast "
      "den 15 december.",
      "Regionen ansvarar för att förändringar i bidragssystemet föregås av "
      "dialog och aviseras minst ett år innan de träder i kraft."],
     ["planera sin verksamhet med ett längre tidsperspektiv än det enskilda "
      "bidragsåret",
      "i god tid informera regionen om förändringar som påverkar en "
      "verksamhet som regionen finansierar"],
     ["Parterna ska verka för att framgångsrika projekt kan övergå i "
      "ordinarie verksamhet när projekttiden är slut."]),
    ("Öppenhet och insyn", "oppenhet_och_insyn",
     ["Regionen ska publicera bidragsregler, beslut om bidrag och "
      "kontaktuppgifter på regionens webbplats.",
      "Regionen ska motivera avslag på bidragsansökningar skriftligt."],
     ["vara öppna med sin ekonomi och sin verksamhet, bland annat genom att "
      "hålla årsredovisning och verksamhetsberättelse tillgängliga",
      "redovisa hur regionala medel har använts enligt de villkor som gäller "
      "för bidraget",
      "verka för att anställda och frivilliga i verksamhet som regionen "
      "finansierar kan framföra kritik utan risk för repressalier"],
     ["Parterna ansvarar gemensamt för att information om överenskommelsen "
      "finns på lättläst svenska och på de nationella minoritetsspråken."]),
    ("Mångfald", "mangfald",
     ["Regionen ska verka för att organisationer av olika storlek, inriktning "
      "och med olika förutsättningar kan ta del av regionens stöd.",
      "Regionen ska särskilt beakta små organisationer och organisationer "
      "utanför de större tätorterna när bidragsreglerna utformas."],
     ["arbeta för att verksamheten är öppen för alla oavsett kön, ålder, "
      "funktionsförmåga, etnisk tillhörighet, religion, sexuell läggning "
      "eller könsidentitet",
      "bidra med kunskap om grupper som regionen har svårt att nå"],
     ["Parterna ska tillsammans arbeta för att fler unga och fler personer "
      "med utländsk bakgrund engagerar sig i föreningslivet.",
      "Parterna avser att genomföra en kartläggning av föreningslivet i "
      "länets glesbygd under 2025."]),
    ("Tillgänglighet", "tillganglighet",
     ["Regionen ska se till att lokaler för dialogmöten är fysiskt "
      "tillgängliga och har hörslinga.",
      "Regionen ska ersätta resekostnader för de förtroendevalda i "
      "organisationerna som deltar i regionens samråd."],
     ["påtala brister i tillgänglighet när sådana upptäcks"],
     []),
]

# Register table commitments in document (row) order.
for label, slug, reg, civ, joint in ROWS:
    for t in reg:
        c(t, slug, "public")
    for t in civ:
        c(t, slug, "civil_society")
    for t in joint:
        c(t, slug, "joint")

# Prose commitments after the table (not tied to a principle).
P_RAPPORT = c("Regionen ansvarar för att en uppföljningsrapport tas fram "
              "vartannat år, första gången under hösten 2025.", None, "public")
P_INSAMLING = c("Idéburna Dalmyra åtar sig att inför varje dialogforum samla "
                "in de anslutna organisationernas erfarenheter av hur "
                "överenskommelsen tillämpas.", None, "civil_society")
P_FORUM = c("Parterna genomför tillsammans ett dialogforum varje höst där "
            "överenskommelsen och handlingsplanen följs upp.", None, "joint")
P_HANDLINGSPLAN = c("Samverkansrådet ska varje år fastställa en handlingsplan "
                    "med konkreta aktiviteter och ansvarsfördelning.", None,
                    "joint")
P_SEKRETARIAT = c("Regionen står för kostnaderna för samverkansrådets "
                  "sekretariat och för arvoden till civilsamhällets "
                  "ledamöter.", None, "public")

S_BESLUT = "Fastställd av regionfullmäktige den 21 november 2023, § 187"
S_GILTIG = ("Överenskommelsen gäller från och med den 1 januari 2024 till och "
            "med den 31 december 2027.")
S_RADET_MOTEN = "Rådet sammanträder fyra gånger per år."
S_RADET_SAMMANS = ("Samverkansrådet består av sex ledamöter som utses av "
                   "regionstyrelsen och åtta ledamöter som utses av Idéburna "
                   "Dalmyra.")
S_ANSLUTA = ("En organisation ansluter sig genom att fylla i en "
             "anslutningsblankett som undertecknas av organisationens "
             "firmatecknare eller ordförande.")
S_INTE_JURIDISK = ("Överenskommelsen är inte ett juridiskt bindande avtal utan "
                   "en gemensam viljeförklaring.")

# ---------------------------------------------------------------------------
# ODF helpers
# ---------------------------------------------------------------------------
BODY = []


def P(text, style="Text_20_body"):
    BODY.append('<text:p text:style-name="%s">%s</text:p>' % (style, esc(text)))


def H(level, text):
    BODY.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">'
                '%s</text:h>' % (level, level, esc(text)))


def UL(items, pstyle="List_20_Contents", lstyle="L_bullet"):
    out = ['<text:list text:style-name="%s">' % lstyle]
    for it in items:
        out.append('<text:list-item><text:p text:style-name="%s">%s</text:p>'
                   '</text:list-item>' % (pstyle, esc(it)))
    out.append('</text:list>')
    return "".join(out)


# ---------------------------------------------------------------------------
# Document body
# ---------------------------------------------------------------------------
# Cover page (own master page without header/footer)
BODY.append('<text:p text:style-name="P_cover_org">Region Dalmyra</text:p>')
BODY.append('<text:p text:style-name="P_cover_small">Regional utveckling · '
            'Enheten för civilsamhälle</text:p>')
BODY.append('<text:p text:style-name="P_cover_kind">ÖVERENSKOMMELSE</text:p>')
BODY.append('<text:p text:style-name="P_cover_title">%s</text:p>' % esc(TITLE))
BODY.append('<text:p text:style-name="P_cover_years">2024–2027</text:p>')
BODY.append('<text:p text:style-name="P_cover_meta">%s</text:p>' % esc(S_BESLUT))
BODY.append('<text:p text:style-name="P_cover_meta">Undertecknad av Idéburna '
            'Dalmyra – samverkansrådet för civilsamhällets organisationer i '
            'länet</text:p>')
BODY.append('<text:p text:style-name="P_cover_meta">Diarienummer: %s</text:p>'
            % esc(DNR))

# --- Förord (first portrait page with header/footer) ---
BODY.append('<text:h text:style-name="H1_first" text:outline-level="1">'
            'Förord</text:h>')
P("Dalmyra län är rikt på föreningar, trossamfund, studieförbund, "
  "stiftelser och sociala företag. Tillsammans samlar de tiotusentals "
  "människor som engagerar sig för sina grannar, för sin bygd och för "
  "sina idéer. Det engagemanget bär en stor del av det som gör länet "
  "till en bra plats att leva på, från idrottsföreningen i Norrbyn till "
  "kvinnojouren i Dalmyra stad.")
P("Med den här överenskommelsen vill Region Dalmyra och den idéburna "
  "sektorn ta nästa steg i ett samarbete som började med länets första "
  "överenskommelse 2016. Den nya överenskommelsen är kortare och mer "
  "konkret än den tidigare. Parternas åtaganden redovisas samlat i en "
  "tabell, princip för princip, så att det blir lättare att se vem som "
  "ska göra vad och att följa upp om det blir gjort.")
P("Vi vill tacka alla de organisationer som har deltagit i dialogmöten, "
  "svarat på remissen och delat med sig av sina erfarenheter under "
  "arbetets gång.")
BODY.append('<text:p text:style-name="P_sign">Karin Elmgren (S)<text:line-break/>'
            'Regionstyrelsens ordförande</text:p>')
BODY.append('<text:p text:style-name="P_sign">Mehmet Aydın<text:line-break/>'
            'Ordförande, Idéburna Dalmyra</text:p>')

H(1, "1. Bakgrund")
P("År 2008 slöt regeringen, Sveriges Kommuner och Regioner (dåvarande "
  "Sveriges Kommuner och Landsting) och idéburna organisationer inom det "
  "sociala området en nationell överenskommelse. Den byggde på sex "
  "principer: självständighet och oberoende, dialog, kvalitet, "
  "långsiktighet, öppenhet och insyn samt mångfald. Sedan dess har ett "
  "stort antal kommuner och regioner tagit fram lokala och regionala "
  "överenskommelser med samma principer som grund.")
P("I Dalmyra län antog dåvarande landstinget och regionförbundet en "
  "gemensam överenskommelse med länets idéburna organisationer år 2016. "
  "När Region Dalmyra bildades den 1 januari 2019 övertog regionen "
  "ansvaret för överenskommelsen. En utvärdering som genomfördes av "
  "Mellersta Sveriges högskola under 2021 visade att överenskommelsen var "
  "känd bland de större organisationerna men i liten utsträckning bland "
  "mindre föreningar och på landsbygden. Utvärderingen visade också att "
  "principerna var allmänt hållna och att det var svårt att följa upp vad "
  "parterna faktiskt hade åtagit sig.")
P("Mot den bakgrunden gav regionstyrelsen i juni 2022 Regional utveckling "
  "i uppdrag att tillsammans med Idéburna Dalmyra ta fram en reviderad "
  "överenskommelse. Under hösten 2022 och våren 2023 genomfördes fjorton "
  "dialogmöten på olika orter i länet och två digitala möten. Sammanlagt "
  "deltog företrädare för omkring 160 organisationer. Ett förslag till "
  "överenskommelse var ute på remiss mellan den 3 april och den 31 maj "
  "2023 och fick 42 remissvar.")
P("Överenskommelsen har ett nära samband med regionens utvecklingsstrategi "
  "Dalmyra 2035 och med regionens riktlinjer för bidrag till "
  "civilsamhällets organisationer. Den ersätter inte regler för bidrag, "
  "upphandling eller idéburet offentligt partnerskap, men anger de "
  "principer som ska gälla när parterna samverkar.")

H(1, "2. Syfte och mål")
P("Syftet med överenskommelsen är att stärka den idéburna sektorns "
  "självständiga roll som röstbärare och utförare, att förbättra "
  "förutsättningarna för samverkan mellan regionen och sektorn och att "
  "tydliggöra vad parterna kan förvänta sig av varandra.")
P("Överenskommelsen ska bidra till följande mål:")
BODY.append(UL([
    "Ett starkt, självständigt och mångfaldigt civilsamhälle i hela länet.",
    "Tydligare och mer förutsägbara villkor för organisationernas samverkan "
    "med regionen.",
    "Ökad delaktighet för länets invånare genom ett aktivt föreningsliv.",
    "Bättre kunskap inom regionen om den idéburna sektorns villkor och "
    "arbetssätt.",
], pstyle="List_20_Goal"))

H(1, "3. Parter, omfattning och giltighet")
H(2, "3.1 Parter")
P("Parter i överenskommelsen är å ena sidan Region Dalmyra, det vill säga "
  "regionfullmäktige, regionstyrelsen och regionens nämnder, och å andra "
  "sidan de idéburna organisationer verksamma i Dalmyra län som ansluter "
  "sig till överenskommelsen. Idéburna Dalmyra företräder de anslutna "
  "organisationerna i samverkansrådet.")
P("Med idéburna organisationer avses i överenskommelsen föreningar, "
  "trossamfund, stiftelser, studieförbund och andra organisationer som "
  "drivs utan vinstsyfte, som är fristående från den offentliga sektorn "
  "och som har ett idémässigt syfte. Regionens helägda bolag omfattas "
  "inte, men bolagen uppmanas att tillämpa principerna.")
H(2, "3.2 Anslutning")
P(S_ANSLUTA + " Blanketten finns på regionens webbplats och skickas till "
  "Enheten för civilsamhälle. Anslutningen är frivillig och kan när som "
  "helst sägas upp skriftligen. Vid utgången av oktober 2023 hade 87 "
  "organisationer anslutit sig.")
H(2, "3.3 Giltighetstid och status")
P(S_GILTIG + " " + S_INTE_JURIDISK + " Den påverkar inte organisationernas "
  "eller regionens rättigheter och skyldigheter enligt lag eller avtal.")

H(2, "3.4 Former för samverkan")
P("Samverkan mellan regionen och den idéburna sektorn sker i många former. "
  "Överenskommelsen omfattar alla dessa former men ersätter inte de regler "
  "som gäller för var och en av dem.")
BODY.append(UL([
    "Dialog och samråd, till exempel referensgrupper, remisser, "
    "brukarråd och det årliga dialogforumet.",
    "Bidrag i form av organisationsbidrag, verksamhetsbidrag och "
    "projektbidrag enligt regionens riktlinjer för bidrag.",
    "Idéburet offentligt partnerskap (IOP), när en verksamhet med ett "
    "allmännyttigt syfte byggs upp och finansieras gemensamt.",
    "Upphandling enligt lagen (2016:1145) om offentlig upphandling, där "
    "idéburna organisationer deltar på samma villkor som andra "
    "leverantörer.",
], pstyle="List_20_Goal"))
P("Valet av samverkansform ska utgå från verksamhetens syfte och karaktär. "
  "Under arbetet med överenskommelsen framkom att många mindre "
  "organisationer upplever det som svårt att veta vilken form som passar "
  "och vart de ska vända sig. Regionens riktlinjer för bidrag och en "
  "kortfattad beskrivning av de olika samverkansformerna finns på "
  "regionens webbplats.")
H(2, "3.5 Begrepp")
P("Idéburen sektor och civilsamhälle används i överenskommelsen som "
  "synonymer. Med idéburen organisation avses en organisation som har ett "
  "idéburet syfte, som inte delar ut vinst till ägare eller medlemmar och "
  "som står fristående från stat, region och kommun. Med förtroendevald "
  "avses en person som har valts till ett uppdrag i en organisations "
  "styrelse eller motsvarande. Med ideell insats avses arbete som utförs "
  "frivilligt och utan ersättning.")
P("Med dialogforum avses den årliga öppna konferens där alla anslutna "
  "organisationer och regionens förtroendevalda och tjänstepersoner kan "
  "delta. Med handlingsplan avses den ettåriga plan som anger hur "
  "åtagandena i avsnitt 5 ska genomföras under det kommande året.")

H(1, "4. Principerna")
P("Överenskommelsen vilar på de sex principerna från den nationella "
  "överenskommelsen. Under dialogmötena lyfte många organisationer fram "
  "att personer med funktionsnedsättning ofta möter hinder när de vill "
  "delta i regionens samråd. Parterna har därför lagt till en sjunde "
  "princip om tillgänglighet.")
PRINC = [
    ("Självständighet och oberoende",
     "Den idéburna sektorn har en egen roll i samhället. Organisationerna "
     "bestämmer själva över sina mål, sin organisation och sina "
     "arbetssätt, oavsett om de får stöd från regionen eller inte."),
    ("Dialog",
     "Dialog innebär ett ömsesidigt utbyte mellan jämbördiga parter. Den är "
     "mest värdefull när den sker tidigt, innan beslut är fattade, och "
     "när det är tydligt vilket inflytande dialogen kan ge."),
    ("Kvalitet",
     "Kvalitet i verksamheten handlar om att möta människors behov. De "
     "idéburna organisationerna har ofta en nära kunskap om sina "
     "målgrupper som är värdefull för regionen."),
    ("Långsiktighet",
     "Förutsägbara villkor och stabil finansiering är en förutsättning för "
     "att organisationerna ska kunna bygga upp och behålla verksamhet, "
     "kompetens och ideellt engagemang."),
    ("Öppenhet och insyn",
     "Öppenhet och insyn skapar förtroende mellan parterna och gentemot "
     "länets invånare. Det gäller både hur offentliga medel fördelas och "
     "hur de används."),
    ("Mångfald",
     "Civilsamhället i länet är mångfaldigt, med stora och små "
     "organisationer, ideella och professionella inslag, i städer och på "
     "landsbygd. Mångfalden är en styrka som båda parter vill värna."),
    ("Tillgänglighet",
     "Alla ska kunna delta i samverkan oavsett funktionsförmåga, bostadsort "
     "eller ekonomiska förutsättningar."),
]
for name, txt in PRINC:
    BODY.append('<text:p text:style-name="Text_20_body"><text:span '
                'text:style-name="T_bold">%s. </text:span>%s</text:p>'
                % (esc(name), esc(txt)))

# --- Landscape section: heading + table (switches master page) ---
BODY.append('<text:h text:style-name="H1_landscape" text:outline-level="1">'
            '5. Parternas åtaganden</text:h>')
P("I tabellen redovisas parternas åtaganden för varje princip. Åtaganden i "
  "kolumnen Gemensamma åtaganden genomförs av parterna tillsammans, i "
  "första hand inom ramen för samverkansrådet. Åtagandena konkretiseras i "
  "den årliga handlingsplanen.", style="P_intro_table")

cols = ["Princip", "Regionens åtaganden", "Civilsamhällets åtaganden",
        "Gemensamma åtaganden"]
T = ['<table:table table:name="Ataganden" table:style-name="Tbl">',
     '<table:table-column table:style-name="Tbl.A"/>',
     '<table:table-column table:style-name="Tbl.B"/>',
     '<table:table-column table:style-name="Tbl.C"/>',
     '<table:table-column table:style-name="Tbl.D"/>',
     '<table:table-header-rows><table:table-row table:style-name="Tbl.Row">']
for col in cols:
    T.append('<table:table-cell table:style-name="Tbl.Head" office:value-type="string">'
             '<text:p text:style-name="P_th">%s</text:p></table:table-cell>' % esc(col))
T.append('</table:table-row></table:table-header-rows>')
for i, (label, slug, reg, civ, joint) in enumerate(ROWS):
    T.append('<table:table-row table:style-name="Tbl.Row">')
    T.append('<table:table-cell table:style-name="Tbl.Cell" office:value-type="string">'
             '<text:p text:style-name="P_td_princ">%s</text:p></table:table-cell>'
             % esc(label))
    # Region: bullet list of full sentences
    T.append('<table:table-cell table:style-name="Tbl.Cell" office:value-type="string">'
             + UL(reg, pstyle="P_td_list") + '</table:table-cell>')
    # Civil society: lead-in line + bullet list of infinitive phrases
    T.append('<table:table-cell table:style-name="Tbl.Cell" office:value-type="string">'
             '<text:p text:style-name="P_td_lead">%s</text:p>' % esc(CIV_LEAD)
             + UL(civ, pstyle="P_td_list", lstyle="L_dash") + '</table:table-cell>')
    # Joint: one paragraph, sentences separated by line breaks
    if joint:
        inner = '<text:line-break/>'.join(esc(j) for j in joint)
    else:
        inner = "–"
    T.append('<table:table-cell table:style-name="Tbl.Cell" office:value-type="string">'
             '<text:p text:style-name="P_td">%s</text:p></table:table-cell>' % inner)
    T.append('</table:table-row>')
T.append('</table:table>')
BODY.append("".join(T))

# Back to portrait
BODY.append('<text:h text:style-name="H1_portrait" text:outline-level="1">'
            '6. Uppföljning</text:h>')
P("Uppföljningen av överenskommelsen ska visa om parterna lever upp till "
  "sina åtaganden och om samverkan utvecklas i den riktning som "
  "överenskommelsen anger. " + P_RAPPORT + " Rapporten behandlas i "
  "samverkansrådet och lämnas därefter till regionstyrelsen.")
P(P_INSAMLING + " " + P_FORUM)
P("Uppföljningen utgår bland annat från följande indikatorer:")
BODY.append(UL([
    "antal anslutna organisationer, fördelat på länets kommuner",
    "andelen av regionens bidrag till civilsamhället som utgörs av "
    "fleråriga verksamhetsbidrag",
    "antal remisser till idéburen sektor och genomsnittlig svarstid",
    "organisationernas upplevelse av dialogen, enligt en enkät som "
    "genomförs vartannat år",
], pstyle="List_20_Goal"))

P("Resultaten av uppföljningen är tänkta att användas som underlag när "
  "handlingsplanen revideras och när regionens nämnder tar fram sina "
  "verksamhetsplaner. Erfarenheterna från den förra överenskommelsen "
  "visade att uppföljning som bara bygger på antal möten och antal "
  "deltagare säger lite om kvaliteten i samverkan. Därför kompletteras "
  "indikatorerna med intervjuer med ett urval av organisationer och med "
  "berättelser från dialogforumet om vad som har fungerat bra och mindre bra.")

H(1, "7. Organisation")
H(2, "7.1 Samverkansrådet")
P(S_RADET_SAMMANS + " Ordförandeskapet växlar mellan parterna varje "
  "kalenderår. " + S_RADET_MOTEN + " Rådet följer tillämpningen av "
  "överenskommelsen, bereder frågor inför dialogforum och är ett forum "
  "för diskussion om civilsamhällets villkor i länet.")
P(P_HANDLINGSPLAN + " " + P_SEKRETARIAT)
H(2, "7.2 Idéburna Dalmyra")
P("Idéburna Dalmyra är en ideell förening som bildades 2015 och som "
  "samlar paraplyorganisationer, studieförbund och enskilda föreningar i "
  "länet. Föreningen utser civilsamhällets ledamöter i samverkansrådet "
  "efter en öppen nomineringsprocess som alla anslutna organisationer kan "
  "delta i.")
H(2, "7.3 Regionens organisation")
P("Inom Region Dalmyra har regionstyrelsen det övergripande ansvaret för "
  "överenskommelsen. Enheten för civilsamhälle vid Regional utveckling "
  "samordnar regionens arbete och är sekretariat för samverkansrådet. "
  "Hälso- och sjukvårdsnämnden, kulturnämnden och regionala "
  "utvecklingsnämnden har var för sig ansvar för att tillämpa "
  "överenskommelsen inom sina områden.")

H(1, "8. Revidering")
P("Överenskommelsen kan revideras under giltighetstiden om någon av "
  "parterna begär det och samverkansrådet är enigt. Ändringar av "
  "principerna beslutas av regionfullmäktige och av årsmötet i Idéburna "
  "Dalmyra. Mindre ändringar i tabellen över åtaganden kan beslutas av "
  "samverkansrådet.")

P("Förhållandet till andra styrdokument ska belysas vid varje revidering. "
  "Det gäller särskilt regionens riktlinjer för bidrag, regionens "
  "upphandlingspolicy och de överenskommelser som flera av länets kommuner "
  "har med sina lokala föreningsliv.")

H(1, "9. Underskrifter")
P("Dalmyra den 12 december 2023")
SIG = ('<table:table table:name="Underskrifter" table:style-name="SigTbl">'
       '<table:table-column table:style-name="SigTbl.A" table:number-columns-repeated="2"/>'
       '<table:table-row>'
       '<table:table-cell office:value-type="string"><text:p text:style-name="P_sig_head">För Region Dalmyra</text:p>'
       '<text:p text:style-name="P_sig_line">………………………………………</text:p>'
       '<text:p text:style-name="P_td">Karin Elmgren (S)<text:line-break/>Regionstyrelsens ordförande</text:p></table:table-cell>'
       '<table:table-cell office:value-type="string"><text:p text:style-name="P_sig_head">För Idéburna Dalmyra</text:p>'
       '<text:p text:style-name="P_sig_line">………………………………………</text:p>'
       '<text:p text:style-name="P_td">Mehmet Aydın<text:line-break/>Ordförande</text:p></table:table-cell>'
       '</table:table-row></table:table>')
BODY.append(SIG)

H(2, "Bilagor")
BODY.append(UL([
    "Bilaga 1. Anslutningsblankett",
    "Bilaga 2. Handlingsplan 2024",
    "Bilaga 3. Sammanställning av remissvar, juni 2023",
], pstyle="List_20_Goal"))
P("Bilagorna finns på regionens webbplats och kan beställas från Enheten "
  "för civilsamhälle.")

H(2, "Kontakt")
BODY.append('<text:p text:style-name="Text_20_body">Region Dalmyra, Regional '
            'utveckling, Enheten för civilsamhälle<text:line-break/>'
            'Storgatan 14, 871 30 Dalmyra<text:line-break/>'
            'Telefon: 0611-55 20 00 (växel)<text:line-break/>'
            'E-post: civilsamhalle@regiondalmyra.se</text:p>')
P("Idéburna Dalmyra, Föreningarnas hus, Kyrkogatan 3, 871 31 Dalmyra, "
  "kansli@ideburnadalmyra.se")

# ---------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------
HEADER = ('<style:header><text:p text:style-name="P_header">Region Dalmyra'
          '<text:tab/>Överenskommelse med idéburen sektor 2024–2027</text:p>'
          '</style:header>')
FOOTER = ('<style:footer><text:p text:style-name="P_footer">%s<text:tab/>'
          'Sida <text:page-number text:select-page="current">1</text:page-number>'
          ' av <text:page-count>1</text:page-count></text:p></style:footer>'
          % esc(DNR))
HEADER_L = HEADER.replace("P_header", "P_header_l")
FOOTER_L = FOOTER.replace("P_footer", "P_footer_l")

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

STYLES = r'''
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.22cm" fo:line-height="125%"/>
 </style:style>
 <style:style style:name="List_20_Contents" style:family="paragraph" style:parent-style-name="Text_20_body"/>
 <style:style style:name="List_20_Goal" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold" fo:color="#1f4e5f"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1">
  <style:text-properties fo:font-size="16pt"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2">
  <style:text-properties fo:font-size="12.5pt"/>
 </style:style>
 <style:style style:name="P_header" style:family="paragraph">
  <style:paragraph-properties fo:border-bottom="0.5pt solid #1f4e5f" fo:padding-bottom="0.1cm">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="P_header_l" style:family="paragraph" style:parent-style-name="P_header">
  <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="25.7cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
 </style:style>
 <style:style style:name="P_footer" style:family="paragraph">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="P_footer_l" style:family="paragraph" style:parent-style-name="P_footer">
  <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="25.7cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
 </style:style>
 <style:style style:name="P_td" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm" fo:line-height="115%"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="P_td_list" style:family="paragraph" style:parent-style-name="P_td"/>
 <style:style style:name="P_td_lead" style:family="paragraph" style:parent-style-name="P_td">
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="P_td_princ" style:family="paragraph" style:parent-style-name="P_td">
  <style:text-properties fo:font-weight="bold" fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="P_th" style:family="paragraph" style:parent-style-name="P_td">
  <style:text-properties fo:font-weight="bold" fo:font-size="10pt" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="T_bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="L_bullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm" fo:text-indent="-0.4cm" fo:margin-left="0.45cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="L_dash">
  <text:list-level-style-bullet text:level="1" text:bullet-char="–">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.4cm" fo:text-indent="-0.35cm" fo:margin-left="0.4cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm_portrait">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
 <style:page-layout style:name="pm_cover">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="3cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
 </style:page-layout>
 <style:page-layout style:name="pm_landscape">
  <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="P_cover_org" style:family="paragraph" style:master-page-name="Cover">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="22pt" fo:font-weight="bold" fo:color="#1f4e5f"/>
 </style:style>
 <style:style style:name="P_cover_small" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="5cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="P_cover_kind" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.3cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:letter-spacing="0.1cm" fo:color="#1f4e5f"/>
 </style:style>
 <style:style style:name="P_cover_title" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.5cm" fo:line-height="110%"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="24pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="P_cover_years" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="6cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="20pt" fo:color="#1f4e5f"/>
 </style:style>
 <style:style style:name="P_cover_meta" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.15cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="H1_first" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Standard">
  <style:paragraph-properties fo:break-before="page" fo:margin-top="0cm"/>
 </style:style>
 <style:style style:name="H1_landscape" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Landscape">
  <style:paragraph-properties fo:break-before="page" fo:margin-top="0cm"/>
 </style:style>
 <style:style style:name="H1_portrait" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Standard">
  <style:paragraph-properties fo:break-before="page" fo:margin-top="0cm"/>
 </style:style>
 <style:style style:name="P_intro_table" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-bottom="0.35cm"/>
 </style:style>
 <style:style style:name="P_sign" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-top="0.4cm"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="P_sig_head" style:family="paragraph" style:parent-style-name="P_td">
  <style:paragraph-properties fo:margin-bottom="1.2cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="P_sig_line" style:family="paragraph" style:parent-style-name="P_td"/>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="25.7cm" table:align="margins" fo:margin-top="0cm" fo:margin-bottom="0.3cm" style:may-break-between-rows="true"/>
 </style:style>
 <style:style style:name="Tbl.A" style:family="table-column"><style:table-column-properties style:column-width="3.7cm"/></style:style>
 <style:style style:name="Tbl.B" style:family="table-column"><style:table-column-properties style:column-width="7.6cm"/></style:style>
 <style:style style:name="Tbl.C" style:family="table-column"><style:table-column-properties style:column-width="7.4cm"/></style:style>
 <style:style style:name="Tbl.D" style:family="table-column"><style:table-column-properties style:column-width="7.0cm"/></style:style>
 <style:style style:name="Tbl.Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
 <style:style style:name="Tbl.Head" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#1f4e5f" fo:padding="0.15cm" fo:border="0.5pt solid #1f4e5f"/>
 </style:style>
 <style:style style:name="Tbl.Cell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.15cm" fo:border="0.5pt solid #8aa6b0"/>
 </style:style>
 <style:style style:name="SigTbl" style:family="table">
  <style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.6cm"/>
 </style:style>
 <style:style style:name="SigTbl.A" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm_portrait">HEADER FOOTER</style:master-page>
 <style:master-page style:name="Cover" style:page-layout-name="pm_cover" style:next-style-name="Standard"/>
 <style:master-page style:name="Landscape" style:page-layout-name="pm_landscape">HEADER_L FOOTER_L</style:master-page>
</office:master-styles>
'''
STYLES = (STYLES.replace("HEADER_L", HEADER_L).replace("FOOTER_L", FOOTER_L)
          .replace("HEADER", HEADER).replace("FOOTER", FOOTER))


def write_fodt():
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<office:document %s office:version="1.3" '
           'office:mimetype="application/vnd.oasis.opendocument.text">\n'
           '<office:meta><dc:title>%s</dc:title><dc:language>sv-SE</dc:language>'
           '<meta:initial-creator>Region Dalmyra</meta:initial-creator>'
           '</office:meta>\n%s\n<office:body><office:text>\n%s\n'
           '</office:text></office:body></office:document>\n'
           % (NS, esc(TITLE), STYLES, "\n".join(BODY)))
    with open(FODT, "w", encoding="utf-8") as f:
        f.write(doc)


def convert():
    tmp = tempfile.mkdtemp(prefix="lo_dalmyra_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--headless", "--convert-to", "pdf", "--outdir", tmp, FODT],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, BASE + ".pdf"), PDF)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def row(slug):
    for r in ROWS:
        if r[1] == slug:
            return r
    raise KeyError(slug)


def questions():
    lang = row("langsiktighet")
    opp = row("oppenhet_och_insyn")
    mang = row("mangfald")
    sj = row("sjalvstandighet_och_oberoende")
    dia = row("dialog")
    return [
        {"id": "q1", "question": "Vad åtar sig regionen under principen om långsiktighet?",
         "language": "sv", "answerable": True, "gold": list(lang[2]),
         "must_mention": ["flera år i taget", "15 december", "minst ett år"]},
        {"id": "q2", "question": "nar beslutades overenskommelsen och av vem?",
         "language": "sv", "answerable": True, "gold": [S_BESLUT],
         "must_mention": ["regionfullmäktige", "21 november 2023"]},
        {"id": "q3", "question": "How often is the agreement followed up?",
         "language": "en", "answerable": True, "gold": [P_RAPPORT, P_FORUM],
         "must_mention": ["vartannat år", "varje höst"]},
        {"id": "q4", "question": "Vilka åtaganden har föreningarna när det gäller öppenhet och insyn?",
         "language": "sv", "answerable": True, "gold": list(opp[3]),
         "must_mention": ["årsredovisning", "regionala medel", "repressalier"]},
        {"id": "q5", "question": "Får regionen ställa krav på hur vår förening organiserar sig internt?",
         "language": "sv", "answerable": True, "gold": [sj[2][1]],
         "must_mention": ["inte ställa krav", "interna organisering"]},
        {"id": "q6", "question": "Until when is the agreement valid?",
         "language": "en", "answerable": True, "gold": [S_GILTIG],
         "must_mention": ["31 december 2027"]},
        {"id": "q7", "question": "Hur ofta träffas samverkansrådet och hur många ledamöter har det?",
         "language": "sv", "answerable": True, "gold": [S_RADET_SAMMANS, S_RADET_MOTEN],
         "must_mention": ["fyra gånger per år", "sex ledamöter", "åtta ledamöter"]},
        {"id": "q8", "question": "Vad ska parterna göra gemensamt för att främja mångfald?",
         "language": "sv", "answerable": True, "gold": list(mang[4]),
         "must_mention": ["fler unga", "glesbygd"]},
        {"id": "q9", "question": "Hur mycket pengar avsätter regionen till verksamhetsbidrag för föreningar år 2024?",
         "language": "sv", "answerable": False, "gold": [], "must_mention": []},
        {"id": "q10", "question": "What is the application deadline for the regional organisation grant?",
         "language": "en", "answerable": False, "gold": [], "must_mention": []},
    ], dia


def write_expected():
    qs, _ = questions()
    exp = {
        "file": BASE + ".pdf",
        "layout": "pdf_landscape_table",
        "description": ("LibreOffice-made PDF of a regional överenskommelse: portrait cover page "
                        "without header/footer, running header, footer with Dnr and 'Sida X av Y', "
                        "prose sections, then a multi-page landscape table 'Princip | Regionens "
                        "åtaganden | Civilsamhällets åtaganden | Gemensamma åtaganden' with repeated "
                        "header row; cells hold several commitments as bullets (region), a lead-in "
                        "'Organisationerna åtar sig att:' plus dash bullets (civil society) and "
                        "line breaks (joint), one empty cell ('–'); extra principle Tillgänglighet; "
                        "back to portrait for follow-up/organisation prose commitments (principle "
                        "null), signature table and contact data. Signing date differs from decision date."),
        "metadata": {
            "doc_id": "dalmyra",
            "title": TITLE,
            "place": "Dalmyra",
            "organisation": "Region Dalmyra",
            "kind": "överenskommelse",
            "date": "2023-11-21",
            "body": "regionfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": qs,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    write_fodt()
    convert()
    write_expected()
    print("wrote", PDF, "commitments:", len(COMMITMENTS))
