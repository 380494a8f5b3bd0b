#!/usr/bin/env python3
"""Generate vallhamra_stad_overenskommelse_ideburen_sektor.pdf (via a .fodt and
LibreOffice) and expected.json.

Two passes: the first PDF is used to find on which page each chapter starts, the
second writes those page numbers into the typed table of contents.
"""
import json
import os
import re
import shutil
import subprocess
import tempfile
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "vallhamra_stad_overenskommelse_ideburen_sektor"
FODT = os.path.join(HERE, NAME + ".fodt")
PDF = os.path.join(HERE, NAME + ".pdf")

BLUE = "#00507a"
LIGHT = "#e3eff6"

COMMITMENTS = []  # (text, principle, party)


def e(s):
    return escape(s, quote=False)


def c(text, principle, party):
    """Register a commitment and return its text unchanged."""
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


# ---------------------------------------------------------------- building blocks
def para(text, style="Brodtext"):
    return f'<text:p text:style-name="{style}">{text}</text:p>\n'


def heading(level, text, style=None):
    style = style or f"Rubrik{level}"
    return (f'<text:h text:style-name="{style}" text:outline-level="{level}">'
            f'{e(text)}</text:h>\n')


def bullets(items, style="Punktlista"):
    out = f'<text:list text:style-name="{style}">\n'
    for it in items:
        out += f'<text:list-item><text:p text:style-name="Listtext">{e(it)}</text:p></text:list-item>\n'
    return out + "</text:list>\n"


def leadin(text):
    return para(e(text), "Inledning_lista")


# ---------------------------------------------------------------- content
def body(toc_pages):
    x = []
    # ------------------------------------------------ cover
    x.append('<text:p text:style-name="Omslag_logo">VALLHAMRA STAD</text:p>\n')
    x.append(para("", "Omslag_luft"))
    x.append(para(e("Överenskommelse mellan Vallhamra stad och den idéburna sektorn i Vallhamra"),
                  "Omslag_titel"))
    x.append(para(e("Samverkan för ett starkt och självständigt civilsamhälle 2025–2028"),
                  "Omslag_under"))
    x.append(para("", "Omslag_luft"))
    x.append(para(e("Antagen av kommunfullmäktige 2024-11-21, § 187"), "Omslag_fakta"))
    x.append(para(e("Diarienummer KS 2024/0512"), "Omslag_fakta"))
    x.append(para(e("Styrdokument: Överenskommelse"), "Omslag_fakta"))

    # ------------------------------------------------ page 2: document info + TOC
    x.append('<text:p text:style-name="Sidbyte_standard"/>\n')
    x.append(para("Dokumentinformation", "Tabellrubrik_liten"))
    rows = [
        ("Dokumenttyp", "Överenskommelse"),
        ("Fastställd av", "Kommunfullmäktige 2024-11-21, § 187"),
        ("Gäller för", "Samtliga nämnder i Vallhamra stad samt de idéburna organisationer som anslutit sig"),
        ("Giltighetstid", "2025-01-01 – 2028-12-31"),
        ("Dokumentansvarig", "Stadsledningskontoret, avdelningen för demokrati och inkludering"),
        ("Diarienummer", "KS 2024/0512"),
        ("Ersätter", "Överenskommelse mellan Vallhamra kommun och föreningslivet (KF 2016-03-17, § 42)"),
        ("Revideras senast", "2028-06-30"),
    ]
    x.append('<table:table table:name="Dokumentinfo" table:style-name="Infotabell">\n'
             '<table:table-column table:style-name="Infotabell.A"/>'
             '<table:table-column table:style-name="Infotabell.B"/>\n')
    for k, v in rows:
        x.append('<table:table-row>'
                 f'<table:table-cell table:style-name="Infocell" office:value-type="string">'
                 f'<text:p text:style-name="Tabell_fet">{e(k)}</text:p></table:table-cell>'
                 f'<table:table-cell table:style-name="Infocell" office:value-type="string">'
                 f'<text:p text:style-name="Tabelltext">{e(v)}</text:p></table:table-cell>'
                 '</table:table-row>\n')
    x.append("</table:table>\n")
    x.append(para("", "Brodtext"))

    # typed TOC (index body as LibreOffice saves it; not updated on conversion)
    toc = [("Förord", "forord"), ("1 Inledning", "kap1"),
           ("2 Syfte, parter och giltighet", "kap2"),
           ("3 Principer och åtaganden", "kap3"),
           ("4 Genomförande och uppföljning", "kap4"),
           ("5 Beslut och anslutning", "kap5")]
    x.append('<text:table-of-content text:style-name="Innehall_sektion" text:protected="true" '
             'text:name="Innehållsförteckning1">\n'
             '<text:table-of-content-source text:outline-level="1">'
             '<text:index-title-template text:style-name="Innehall_rubrik">Innehåll</text:index-title-template>'
             '<text:table-of-content-entry-template text:outline-level="1" text:style-name="Innehall1">'
             '<text:index-entry-chapter/><text:index-entry-text/>'
             '<text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
             '<text:index-entry-page-number/></text:table-of-content-entry-template>'
             '</text:table-of-content-source>\n<text:index-body>\n'
             '<text:index-title text:style-name="Innehall_sektion" text:name="Innehållsförteckning1_Head">'
             '<text:p text:style-name="Innehall_rubrik">Innehåll</text:p></text:index-title>\n')
    for label, key in toc:
        x.append(f'<text:p text:style-name="Innehall1">{e(label)}<text:tab/>{toc_pages.get(key, 0)}</text:p>\n')
    x.append('</text:index-body>\n</text:table-of-content>\n')

    # ------------------------------------------------ foreword
    x.append('<text:p text:style-name="Sidbyte"/>\n')
    x.append(heading(1, "Förord", "Rubrik1_onumrerad"))
    x.append(para(e(
        "Föreningslivet är en av Vallhamras största tillgångar. Varje vecka leder tusentals ideella "
        "ledare träningar, körer, läxhjälp och samtalsgrupper. Trossamfund, jourer och "
        "pensionärsföreningar finns där när människor behöver någon att prata med. Utan de idéburna "
        "organisationerna skulle vår stad vara fattigare – på gemenskap, på engagemang och på "
        "demokrati.")))
    x.append(para(e(
        "Den här överenskommelsen beskriver hur staden och de idéburna organisationerna vill arbeta "
        "tillsammans de kommande fyra åren. Den har vuxit fram i samtal under drygt ett år, och vi "
        "vill tacka alla som har deltagit i dialogmöten, svarat på enkäten och lämnat synpunkter i "
        "remissen. Nu är det dags att göra orden till verklighet.")))
    x.append(para(e("Vallhamra i december 2024"), "Brodtext_luft"))
    x.append('<table:table table:name="Forordsunderskrift" table:style-name="Signtabell">\n'
             '<table:table-column table:style-name="Signtabell.A" table:number-columns-repeated="2"/>\n'
             '<table:table-row>')
    for name, role in [("Anna-Karin Berglund", "Kommunstyrelsens ordförande"),
                       ("Tomas Lindqvist", "Ordförande, Föreningsrådet i Vallhamra")]:
        x.append('<table:table-cell table:style-name="Signcell" office:value-type="string">'
                 f'<text:p text:style-name="Signnamn">{e(name)}</text:p>'
                 f'<text:p text:style-name="Signroll">{e(role)}</text:p></table:table-cell>')
    x.append('</table:table-row>\n</table:table>\n')

    # ------------------------------------------------ 1 Inledning
    x.append('<text:p text:style-name="Sidbyte"/>\n')
    x.append(heading(1, "1 Inledning"))
    x.append(para(e(
        "Vallhamra stad och de idéburna organisationerna har en lång tradition av samarbete. "
        "Idrottsföreningar, studieförbund, trossamfund, kvinno- och tjejjourer, "
        "pensionärsorganisationer och kulturföreningar bidrar till att Vallhamra är en stad där "
        "människor vill leva, bo och verka. Många organisationer fångar tidigt upp behov som "
        "staden inte ser och prövar nya sätt att möta dem.")))
    x.append(para(e(
        "År 2008 slöts en nationell överenskommelse mellan regeringen, dåvarande Sveriges "
        "Kommuner och Landsting och idéburna organisationer inom det sociala området. Den "
        "nationella överenskommelsen bygger på sex principer: självständighet och oberoende, "
        "dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald. Sedan dess har ett "
        "stort antal kommuner och regioner tagit fram lokala överenskommelser.")))
    x.append(para(e(
        "Vallhamras första överenskommelse med föreningslivet antogs 2016. Den här "
        "överenskommelsen ersätter den och har tagits fram i en gemensam process under 2023 och "
        "2024. Ett sextiotal organisationer har deltagit i dialogmöten, en webbenkät och två "
        "remissrundor. Utöver de sex nationella principerna har parterna valt att lägga till "
        "barnrättsperspektivet som en egen princip.")))
    # fact box
    x.append('<table:table table:name="Faktaruta" table:style-name="Faktatabell">\n'
             '<table:table-column table:style-name="Faktatabell.A"/>\n<table:table-row>'
             '<table:table-cell table:style-name="Faktacell" office:value-type="string">\n')
    x.append(para(e("Fakta: Föreningslivet i Vallhamra"), "Fakta_rubrik"))
    for line in [
        "Cirka 430 föreningar är registrerade i stadens föreningsregister.",
        "Drygt 21 000 barn och vuxna är medlemmar i en idrottsförening.",
        "Sju studieförbund har verksamhet i kommunen.",
        "Staden betalade ut 31,6 miljoner kronor i förenings- och verksamhetsbidrag 2023.",
        "Fyra idéburna offentliga partnerskap (IOP) löper under 2024.",
    ]:
        x.append(f'<text:list text:style-name="Faktalista"><text:list-item>'
                 f'<text:p text:style-name="Fakta_text">{e(line)}</text:p></text:list-item></text:list>\n')
    x.append(para(e("Källa: Kultur- och fritidsförvaltningen, föreningsregistret 2024."), "Fakta_kalla"))
    x.append('</table:table-cell></table:table-row>\n</table:table>\n')

    # ------------------------------------------------ 2 Syfte, parter
    x.append(heading(1, "2 Syfte, parter och giltighet"))
    x.append(heading(2, "2.1 Syfte"))
    x.append(para(e(
        "Syftet med överenskommelsen är att stärka den idéburna sektorn som en självständig röst "
        "och som utförare av verksamhet, att tydliggöra parternas roller och att skapa bättre "
        "förutsättningar för samverkan. Överenskommelsen är inte juridiskt bindande utan bygger "
        "på att parterna tar ansvar för de åtaganden som beskrivs i kapitel 3 och 4.")))
    x.append(heading(2, "2.2 Parter"))
    x.append(para(e(
        "Parter i överenskommelsen är dels Vallhamra stad, det vill säga kommunfullmäktige, "
        "kommunstyrelsen och stadens nämnder, dels de idéburna organisationer med verksamhet i "
        "Vallhamra som anslutit sig till överenskommelsen. Med idéburna organisationer avses "
        "föreningar, stiftelser, trossamfund och andra organisationer som drivs utan vinstsyfte "
        "och som är fristående från det offentliga.")))
    x.append(para(e(
        "Stadens helägda bolag, Vallhamra Bostäder AB och Vallhamra Energi AB, omfattas inte "
        "formellt men uppmuntras att tillämpa överenskommelsens principer i sina kontakter med "
        "föreningslivet.")))
    x.append(heading(2, "2.3 Giltighet"))
    x.append(para(e(
        "Överenskommelsen gäller från och med den 1 januari 2025 till och med den 31 december "
        "2028. Den kompletterar men ersätter inte stadens regler för föreningsbidrag, "
        "lokalbokning och upphandling.")))

    # ------------------------------------------------ 3 Principer och åtaganden
    x.append('<text:p text:style-name="Sidbyte"/>\n')
    x.append(heading(1, "3 Principer och åtaganden"))
    x.append(para(e(
        "Under varje princip beskrivs först vad principen innebär i Vallhamra och därefter vad "
        "parterna åtar sig. Åtagandena gäller staden, de idéburna organisationerna eller parterna "
        "gemensamt. Med staden avses här kommunstyrelsen och samtliga nämnder.")))

    # 3.1
    P = "sjalvstandighet_och_oberoende"
    x.append(heading(2, "3.1 Självständighet och oberoende"))
    x.append(para(e(
        "De idéburna organisationerna har en egen identitet och formulerar själva sina mål, "
        "arbetssätt och åsikter. Deras rätt att granska och kritisera staden är en viktig del av "
        "deras roll i demokratin, också när organisationerna får bidrag eller utför verksamhet på "
        "uppdrag av staden.")))
    x.append(leadin("Staden åtar sig att:"))
    x.append(bullets([
        c("respektera organisationernas rätt att själva bestämma över sin verksamhet, sina mål och sina arbetsformer", P, "public"),
        c("inte låta kritik från en organisation påverka dess möjligheter att få bidrag eller samverka med staden", P, "public"),
        c("utforma bidragsvillkor så att de inte begränsar organisationernas självständighet mer än vad som krävs för att följa upp att medlen används rätt", P, "public"),
    ]))
    x.append(leadin("De idéburna organisationerna åtar sig att:"))
    x.append(bullets([
        c("vara tydliga med sina mål, sin värdegrund och hur organisationen styrs", P, "civil_society"),
        c("bedriva sin verksamhet i enlighet med demokratins idéer, inklusive jämställdhet och förbud mot diskriminering", P, "civil_society"),
    ]))

    # 3.2 Dialog – sentences
    P = "dialog"
    x.append(heading(2, "3.2 Dialog"))
    x.append(para(e(
        "En god dialog bygger på att parterna träffas regelbundet, lyssnar på varandra och har "
        "tillgång till samma information. Dialogen är som mest värdefull när den kommer in tidigt, "
        "innan ett förslag har tagit form.")))
    x.append(para(e(
        c("Kommunstyrelsen ansvarar för att ett samverkansråd med företrädare för staden och de idéburna organisationerna sammanträder minst fyra gånger per år.", P, "public")
        + " " +
        c("Stadens nämnder ska bjuda in berörda organisationer till dialog i ett tidigt skede när beslut som påverkar dem förbereds.", P, "public")
        + " " +
        c("Staden kommer att ge remisstider på minst sex veckor i frågor som rör föreningslivet, utom när särskilda skäl finns.", P, "public"))))
    x.append(para(e(
        c("De idéburna organisationerna utser sina företrädare i samverkansrådet och ser till att de har mandat att föra organisationernas talan.", P, "civil_society")
        + " " +
        c("Organisationerna förbinder sig också att förankra det som kommer fram i dialogen i sina egna nätverk och att återkoppla till sina medlemmar.", P, "civil_society"))))
    x.append(para(e(
        c("Parterna ska tillsammans ta fram en årlig dialogplan med teman och tider för gemensamma möten.", P, "joint"))))

    # 3.3 Kvalitet – table
    P = "kvalitet"
    x.append(heading(2, "3.3 Kvalitet"))
    x.append(para(e(
        "Kvalitet handlar om att verksamheten når fram till och gör skillnad för de människor den "
        "är till för. Organisationernas egen kunskap om sina målgrupper är en viktig utgångspunkt "
        "när kvalitet beskrivs och följs upp. Tabellen visar parternas åtaganden inom principen.")))
    x.append(para(e("Tabell 1. Åtaganden inom principen kvalitet"), "Tabelltext_caption"))
    x.append('<table:table table:name="Kvalitet" table:style-name="Partstabell">\n'
             '<table:table-column table:style-name="Partstabell.A" table:number-columns-repeated="2"/>\n'
             '<table:table-header-rows><table:table-row>'
             '<table:table-cell table:style-name="Partshuvud" office:value-type="string">'
             '<text:p text:style-name="Tabellhuvud">Staden åtar sig att</text:p></table:table-cell>'
             '<table:table-cell table:style-name="Partshuvud" office:value-type="string">'
             '<text:p text:style-name="Tabellhuvud">De idéburna organisationerna åtar sig att</text:p></table:table-cell>'
             '</table:table-row></table:table-header-rows>\n')
    pairs = [
        (c("följa upp verksamhet med metoder som står i proportion till bidragets eller uppdragets storlek", P, "public"),
         c("redovisa hur bidrag och andra medel från staden har använts, i den form och inom den tid som har överenskommits", P, "civil_society")),
        (c("erbjuda utbildning i stadens bidragssystem och ansökningsprocesser minst två gånger per år", P, "public"),
         c("arbeta systematiskt med att utveckla kvaliteten, till exempel genom utbildning av ledare och volontärer", P, "civil_society")),
    ]
    for a, b in pairs:
        x.append('<table:table-row>'
                 f'<table:table-cell table:style-name="Partscell" office:value-type="string"><text:p text:style-name="Tabelltext">{e(a)}</text:p></table:table-cell>'
                 f'<table:table-cell table:style-name="Partscell" office:value-type="string"><text:p text:style-name="Tabelltext">{e(b)}</text:p></table:table-cell>'
                 '</table:table-row>\n')
    joint = c("Parterna ska gemensamt utveckla sätt att beskriva och mäta värdet av de idéburna organisationernas insatser.", P, "joint")
    x.append('<table:table-row><table:table-cell table:style-name="Partsgemensam" '
             'table:number-columns-spanned="2" office:value-type="string">'
             f'<text:p text:style-name="Tabelltext"><text:span text:style-name="Fet">Gemensamt: </text:span>{e(joint)}</text:p>'
             '</table:table-cell><table:covered-table-cell/></table:table-row>\n</table:table>\n')

    # 3.4 Långsiktighet
    P = "langsiktighet"
    x.append(heading(2, "3.4 Långsiktighet"))
    x.append(para(e(
        "Många idéburna verksamheter bygger på förtroende som tar lång tid att skapa. Korta "
        "projekt och osäkra besked om finansiering gör det svårt att behålla ideella ledare och "
        "anställda och att planera för mer än ett år i taget.")))
    x.append(leadin("För att främja långsiktighet ska staden:"))
    x.append(bullets([
        c("i första hand ge förenings- och verksamhetsbidrag i stället för kortsiktiga projektbidrag", P, "public"),
        c("pröva fleråriga bidrag eller idéburet offentligt partnerskap (IOP) när en verksamhet är långsiktig till sin karaktär", P, "public"),
        c("fatta beslut om verksamhetsbidrag för kommande år senast den 15 december", P, "public"),
        c("lämna besked om minskade bidragsnivåer minst sex månader innan förändringen börjar gälla", P, "public"),
    ]))
    x.append(para(e(
        c("De idéburna organisationerna verkar för en blandad finansiering så att verksamheten inte blir helt beroende av stadens bidrag.", P, "civil_society")
        + " " +
        c("De informerar också staden i god tid om förändringar som påverkar en verksamhet som staden stödjer.", P, "civil_society"))))

    # 3.5 Öppenhet och insyn – prose, several parties per paragraph
    P = "oppenhet_och_insyn"
    x.append(heading(2, "3.5 Öppenhet och insyn"))
    x.append(para(e(
        "Öppenhet skapar förtroende. När offentliga medel används ska det gå att se hur och "
        "till vad, samtidigt som organisationernas integritet och medlemmarnas personuppgifter "
        "skyddas.")))
    x.append(para(e(
        c("Staden ska publicera uppgifter om samtliga bidrag till idéburna organisationer på vallhamra.se, med mottagare och belopp.", P, "public")
        + " " +
        c("Stadens nämnder motiverar skriftligt varför en ansökan om bidrag avslås.", P, "public")
        + " " +
        c("De idéburna organisationerna ska på begäran ge staden insyn i den verksamhet som finansieras med offentliga medel.", P, "civil_society")
        + " " +
        c("Båda parter åtar sig att tala öppet om problem och brister i samverkan och att göra det i ett tidigt skede.", P, "joint"))))

    # 3.6 Mångfald
    P = "mangfald"
    x.append(heading(2, "3.6 Mångfald"))
    x.append(para(e(
        "Vallhamra behöver många olika slags organisationer: stora och små, gamla och nya, "
        "sådana som driver verksamhet och sådana som främst är röstbärare. Mångfalden gäller "
        "också vilka människor som deltar i och leder föreningslivet.")))
    x.append(leadin("Staden ska:"))
    x.append(bullets([
        c("se till att även små och nystartade föreningar kan få stöd och råd från staden", P, "public"),
        c("göra stadens lokaler, till exempel skolor och fritidsgårdar, tillgängliga för föreningar kvällar och helger till låg kostnad", P, "public"),
        c("se över bidragsregler som i onödan missgynnar nya föreningar och organisationer som företräder nationella minoriteter", P, "public"),
    ]))
    x.append(leadin("De idéburna organisationerna ska:"))
    x.append(bullets([
        c("arbeta för att verksamheten är öppen och välkomnande för alla, oavsett kön, ålder, funktionsförmåga eller bakgrund", P, "civil_society"),
        c("verka för att styrelser och ledare speglar mångfalden bland medlemmarna", P, "civil_society"),
    ]))
    x.append(para(e(
        c("Tillsammans ska vi uppmärksamma och stödja organisationer som når grupper som sällan deltar i föreningslivet.", P, "joint"))))

    # 3.7 Barnrättsperspektiv
    P = "barnrattsperspektiv"
    x.append(heading(2, "3.7 Barnrättsperspektiv"))
    x.append(para(e(
        "Barnkonventionen är svensk lag sedan 2020. Föreningslivet är en av de viktigaste "
        "arenorna för barns och ungas fritid, delaktighet och inflytande.")))
    x.append(para(e(
        c("Staden ska göra en barnrättsbedömning inför beslut om bidrag och samverkan som rör barn och unga.", P, "public")
        + " " +
        c("Organisationer med verksamhet för barn och unga åtar sig att ha rutiner för att förebygga och hantera kränkningar och övergrepp, bland annat genom att begära utdrag ur belastningsregistret för ledare.", P, "civil_society"))))

    # ------------------------------------------------ 4 Genomförande och uppföljning
    x.append(heading(1, "4 Genomförande och uppföljning"))
    x.append(heading(2, "4.1 Ansvar"))
    x.append(para(e(
        "Kommunstyrelsen har det övergripande ansvaret för överenskommelsen. "
        + c("Stadsledningskontoret ska samordna arbetet och vara stadens kontaktpunkt för de idéburna organisationerna.", None, "public")
        + " " + c("Varje nämnd ansvarar för att överenskommelsen är känd i den egna förvaltningen och tillämpas i förvaltningens kontakter med föreningslivet.", None, "public"))))
    x.append(heading(2, "4.2 Uppföljning"))
    x.append(para(e(
        c("Samverkansrådet ska varje år följa upp hur överenskommelsen tillämpas och redovisa resultatet till kommunstyrelsen senast den 31 mars året efter.", None, "joint")
        + " " +
        c("Staden och organisationerna anordnar tillsammans ett föreningsforum vartannat år, där överenskommelsen diskuteras och utvärderas.", None, "joint"))))
    x.append(para(e(
        "Uppföljningen utgår från indikatorerna i tabell 2, som har tagits fram av "
        "samverkansrådet.")))
    x.append(para(e("Tabell 2. Indikatorer för uppföljning"), "Tabelltext_caption"))
    ind = [("Indikator", "Källa", "Frekvens"),
           ("Andel anslutna organisationer som anser att dialogen med staden fungerar bra", "Föreningsenkäten", "Vartannat år"),
           ("Andel bidrag som beslutats före den 15 december", "Kultur- och fritidsförvaltningen", "Årligen"),
           ("Antal fleråriga bidrag och IOP", "Stadsledningskontoret", "Årligen"),
           ("Antal genomförda möten i samverkansrådet", "Protokoll", "Årligen")]
    x.append('<table:table table:name="Indikatorer" table:style-name="Partstabell">\n'
             '<table:table-column table:style-name="Ind.A"/><table:table-column table:style-name="Ind.B"/>'
             '<table:table-column table:style-name="Ind.C"/>\n')
    for i, row in enumerate(ind):
        x.append('<table:table-header-rows><table:table-row>' if i == 0 else '<table:table-row>')
        for cell in row:
            cs, ps = ("Partshuvud", "Tabellhuvud") if i == 0 else ("Partscell", "Tabelltext")
            x.append(f'<table:table-cell table:style-name="{cs}" office:value-type="string">'
                     f'<text:p text:style-name="{ps}">{e(cell)}</text:p></table:table-cell>')
        x.append('</table:table-row></table:table-header-rows>\n' if i == 0 else '</table:table-row>\n')
    x.append('</table:table>\n')
    x.append(heading(2, "4.3 Revidering"))
    x.append(para(e(
        c("Kommunstyrelsen ska, i samråd med samverkansrådet, inleda arbetet med en reviderad överenskommelse senast ett år innan giltighetstiden går ut.", None, "public")
        + " Fram till dess att en ny överenskommelse har antagits gäller denna.")))

    # ------------------------------------------------ 5 Beslut och anslutning
    x.append(heading(1, "5 Beslut och anslutning"))
    x.append(para(e(
        "Överenskommelsen har antagits av kommunfullmäktige i Vallhamra stad den 21 november "
        "2024, § 187, på förslag av kommunstyrelsen (2024-10-30, § 241). Den gäller från och med "
        "den 1 januari 2025.")))
    x.append(para(e(
        "Idéburna organisationer ansluter sig genom att styrelsen fattar beslut om anslutning och "
        "skickar in anslutningsblanketten på vallhamra.se/overenskommelsen. Där finns också en "
        "förteckning över de organisationer som hittills har anslutit sig.")))
    x.append(para(e("Antagen av kommunfullmäktige 2024-11-21, § 187"), "Beslutsrad"))
    # contact box
    x.append('<table:table table:name="Kontakt" table:style-name="Faktatabell">\n'
             '<table:table-column table:style-name="Faktatabell.A"/>\n<table:table-row>'
             '<table:table-cell table:style-name="Faktacell" office:value-type="string">\n')
    x.append(para(e("Kontakt"), "Fakta_rubrik"))
    for line in ["Stadsledningskontoret, avdelningen för demokrati och inkludering",
                 "Linnea Åkesson, samordnare för idéburen sektor",
                 "linnea.akesson@vallhamra.se",
                 "Telefon 0523-62 40 17 (via Vallhamra kontaktcenter 0523-62 00 00)"]:
        x.append(para(e(line), "Fakta_text_ej_lista"))
    x.append('</table:table-cell></table:table-row>\n</table:table>\n')

    # ------------------------------------------------ back cover
    x.append('<text:p text:style-name="Sidbyte_baksida"/>\n')
    for _ in range(14):
        x.append(para("", "Brodtext"))
    x.append(para("VALLHAMRA STAD", "Baksida_logo"))
    for line in ["Stadsledningskontoret", "Besöksadress: Stadshustorget 1",
                 "Postadress: 462 80 Vallhamra", "Telefon: 0523-62 00 00",
                 "vallhamra.se"]:
        x.append(para(e(line), "Baksida_text"))
    x.append(para("", "Baksida_text"))
    x.append(para(e("Produktion: Kommunikationsavdelningen, Vallhamra stad, januari 2025. "
                    "Omslagsfoto: Föreningsdagen på Stortorget 2024."), "Baksida_liten"))
    x.append(para(e("Dokumentet finns även i lättläst version och kan beställas i andra format "
                    "från kontaktcenter."), "Baksida_liten"))
    return "".join(x)


# ---------------------------------------------------------------- styles
HEAD = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta>
 <dc:title>Överenskommelse mellan Vallhamra stad och den idéburna sektorn i Vallhamra</dc:title>
 <meta:initial-creator>Kommunikationsavdelningen</meta:initial-creator>
 <dc:language>sv-SE</dc:language>
</office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Brodtext" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="125%"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="Brodtext_luft" style:family="paragraph" style:parent-style-name="Brodtext">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.8cm"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Inledning_lista" style:family="paragraph" style:parent-style-name="Brodtext">
  <style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" style:font-name="Liberation Sans" fo:font-size="10.5pt"/>
 </style:style>
 <style:style style:name="Listtext" style:family="paragraph" style:parent-style-name="Brodtext">
  <style:paragraph-properties fo:margin-bottom="0.12cm"/>
 </style:style>
 <style:style style:name="Rubrik" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:color="{BLUE}" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Rubrik1" style:family="paragraph" style:parent-style-name="Rubrik" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.35cm"/>
  <style:text-properties fo:font-size="20pt"/>
 </style:style>
 <style:style style:name="Rubrik1_onumrerad" style:family="paragraph" style:parent-style-name="Rubrik1" style:default-outline-level="1"/>
 <style:style style:name="Rubrik2" style:family="paragraph" style:parent-style-name="Rubrik" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="14pt"/>
 </style:style>
 <style:style style:name="Tabelltext" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.05cm" fo:margin-bottom="0.05cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="Tabell_fet" style:family="paragraph" style:parent-style-name="Tabelltext">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Tabellhuvud" style:family="paragraph" style:parent-style-name="Tabelltext">
  <style:text-properties fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="Tabelltext_caption" style:family="paragraph" style:parent-style-name="Tabelltext">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Tabellrubrik_liten" style:family="paragraph" style:parent-style-name="Rubrik">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="Fakta_rubrik" style:family="paragraph" style:parent-style-name="Rubrik">
  <style:paragraph-properties fo:margin-bottom="0.15cm"/>
  <style:text-properties fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="Fakta_text" style:family="paragraph" style:parent-style-name="Tabelltext">
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Fakta_text_ej_lista" style:family="paragraph" style:parent-style-name="Tabelltext">
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Fakta_kalla" style:family="paragraph" style:parent-style-name="Tabelltext">
  <style:paragraph-properties fo:margin-top="0.15cm"/>
  <style:text-properties fo:font-size="8pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Signnamn" style:family="paragraph" style:parent-style-name="Brodtext">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Signroll" style:family="paragraph" style:parent-style-name="Brodtext">
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Beslutsrad" style:family="paragraph" style:parent-style-name="Brodtext">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.6cm" fo:padding="0.15cm" fo:border-top="0.06pt solid {BLUE}" fo:border-bottom="0.06pt solid {BLUE}" fo:border-left="none" fo:border-right="none"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold" fo:color="{BLUE}" fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Innehall_rubrik" style:family="paragraph" style:parent-style-name="Rubrik">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="16pt"/>
 </style:style>
 <style:style style:name="Innehall1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.18cm">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="Sidhuvud" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:padding-bottom="0.1cm" fo:border-bottom="0.06pt solid {BLUE}">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Sidfot" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Omslag_logo" style:family="paragraph" style:parent-style-name="Rubrik">
  <style:text-properties fo:font-size="16pt" fo:letter-spacing="0.1cm"/>
 </style:style>
 <style:style style:name="Omslag_luft" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="5cm"/>
 </style:style>
 <style:style style:name="Omslag_titel" style:family="paragraph" style:parent-style-name="Rubrik">
  <style:paragraph-properties fo:margin-bottom="0.5cm" fo:line-height="110%"/>
  <style:text-properties fo:font-size="30pt"/>
 </style:style>
 <style:style style:name="Omslag_under" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="16pt" fo:color="#333333"/>
 </style:style>
 <style:style style:name="Omslag_fakta" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Baksida_logo" style:family="paragraph" style:parent-style-name="Omslag_logo">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="Baksida_text" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="Baksida_liten" style:family="paragraph" style:parent-style-name="Baksida_text">
  <style:text-properties fo:font-size="7.5pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Fet" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="Punktlista">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/>
   </style:list-level-properties>
   <style:text-properties fo:color="{BLUE}"/>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="Faktalista">
  <text:list-level-style-bullet text:level="1" text:bullet-char="▪">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.4cm" fo:margin-left="0.5cm"/>
   </style:list-level-properties>
   <style:text-properties style:font-name="OpenSymbol"/>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Sidbyte_standard" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Standard">
  <style:paragraph-properties fo:break-before="page"/>
  <style:text-properties fo:font-size="2pt"/>
 </style:style>
 <style:style style:name="Sidbyte" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:break-before="page"/>
  <style:text-properties fo:font-size="2pt"/>
 </style:style>
 <style:style style:name="Sidbyte_baksida" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Baksida">
  <style:paragraph-properties fo:break-before="page"/>
  <style:text-properties fo:font-size="2pt"/>
 </style:style>
 <style:style style:name="Innehall_sektion" style:family="section">
  <style:section-properties style:editable="false"/>
 </style:style>
 <style:style style:name="Infotabell" style:family="table">
  <style:table-properties style:width="16cm" table:align="left" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="Infotabell.A" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
 <style:style style:name="Infotabell.B" style:family="table-column"><style:table-column-properties style:column-width="11.5cm"/></style:style>
 <style:style style:name="Infocell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border-bottom="0.5pt solid #9bb7c9" fo:border-top="none" fo:border-left="none" fo:border-right="none"/>
 </style:style>
 <style:style style:name="Signtabell" style:family="table">
  <style:table-properties style:width="16cm" table:align="left"/>
 </style:style>
 <style:style style:name="Signtabell.A" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
 <style:style style:name="Signcell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none"/></style:style>
 <style:style style:name="Faktatabell" style:family="table">
  <style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.4cm" fo:margin-bottom="0.4cm"/>
 </style:style>
 <style:style style:name="Faktatabell.A" style:family="table-column"><style:table-column-properties style:column-width="16cm"/></style:style>
 <style:style style:name="Faktacell" style:family="table-cell">
  <style:table-cell-properties fo:background-color="{LIGHT}" fo:padding="0.35cm" fo:border-left="2.5pt solid {BLUE}" fo:border-top="none" fo:border-right="none" fo:border-bottom="none"/>
 </style:style>
 <style:style style:name="Partstabell" style:family="table">
  <style:table-properties style:width="16cm" table:align="left" fo:margin-bottom="0.4cm"/>
 </style:style>
 <style:style style:name="Partstabell.A" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
 <style:style style:name="Ind.A" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
 <style:style style:name="Ind.B" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
 <style:style style:name="Ind.C" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
 <style:style style:name="Partshuvud" style:family="table-cell">
  <style:table-cell-properties fo:background-color="{BLUE}" fo:padding="0.12cm" fo:border="0.5pt solid #ffffff"/>
 </style:style>
 <style:style style:name="Partscell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #9bb7c9"/>
 </style:style>
 <style:style style:name="Partsgemensam" style:family="table-cell">
  <style:table-cell-properties fo:background-color="{LIGHT}" fo:padding="0.12cm" fo:border="0.5pt solid #9bb7c9"/>
 </style:style>
 <style:page-layout style:name="Sidlayout">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.8cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.8cm"/></style:footer-style>
 </style:page-layout>
 <style:page-layout style:name="Omslagslayout">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm" fo:background-color="{LIGHT}"/>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Omslag" style:page-layout-name="Omslagslayout" style:next-style-name="Standard"/>
 <style:master-page style:name="Baksida" style:page-layout-name="Omslagslayout"/>
 <style:master-page style:name="Standard" style:page-layout-name="Sidlayout">
  <style:header>
   <text:p text:style-name="Sidhuvud">VALLHAMRA STAD<text:tab/>Överenskommelse med idéburen sektor 2025–2028</text:p>
  </style:header>
  <style:footer>
   <text:p text:style-name="Sidfot">Dnr KS 2024/0512<text:tab/><text:page-number text:select-page="current">1</text:page-number> (<text:page-count>1</text:page-count>)</text:p>
  </style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
'''

TAIL = "</office:text></office:body></office:document>\n"


def write_fodt(toc_pages):
    COMMITMENTS.clear()
    content = body(toc_pages)
    # first paragraph must carry the cover master page
    head = HEAD.replace(
        "<office:automatic-styles>",
        '<office:automatic-styles>\n <style:style style:name="Omslag_logo_start" style:family="paragraph" '
        'style:parent-style-name="Omslag_logo" style:master-page-name="Omslag"/>')
    content = content.replace('<text:p text:style-name="Omslag_logo">VALLHAMRA STAD</text:p>',
                              '<text:p text:style-name="Omslag_logo_start">VALLHAMRA STAD</text:p>', 1)
    with open(FODT, "w", encoding="utf-8") as f:
        f.write(head + content + TAIL)


def convert():
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to", "pdf", "--outdir", HERE, FODT],
                   check=True, capture_output=True)
    shutil.rmtree(tmp, ignore_errors=True)


def find_pages():
    n = int(re.search(r"Pages:\s+(\d+)",
                      subprocess.run(["pdfinfo", PDF], capture_output=True, text=True).stdout).group(1))
    keys = {"forord": "Förord", "kap1": "1 Inledning", "kap2": "2 Syfte, parter och giltighet",
            "kap3": "3 Principer och åtaganden", "kap4": "4 Genomförande och uppföljning",
            "kap5": "5 Beslut och anslutning"}
    pages = {}
    for i in range(3, n + 1):  # skip cover and the TOC page
        t = subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), PDF, "-"],
                           capture_output=True, text=True).stdout
        lines = [l.strip() for l in t.splitlines()]
        for k, h in keys.items():
            if k not in pages and h in lines:
                pages[k] = i
    return pages


# ---------------------------------------------------------------- expected.json
def questions():
    return [
        {"id": "q1", "question": "Hur lång remisstid ska staden ge föreningarna?",
         "language": "sv", "answerable": True,
         "gold": ["Staden kommer att ge remisstider på minst sex veckor i frågor som rör föreningslivet, utom när särskilda skäl finns."],
         "must_mention": ["sex veckor"]},
        {"id": "q2", "question": "När får vi i föreningen besked om verksamhetsbidraget för nästa år?",
         "language": "sv", "answerable": True,
         "gold": ["fatta beslut om verksamhetsbidrag för kommande år senast den 15 december"],
         "must_mention": ["15 december"]},
        {"id": "q3", "question": "hur ofta traffas samverkansradet?",
         "language": "sv", "answerable": True,
         "gold": ["Kommunstyrelsen ansvarar för att ett samverkansråd med företrädare för staden och de idéburna organisationerna sammanträder minst fyra gånger per år."],
         "must_mention": ["minst fyra gånger per år"]},
        {"id": "q4", "question": "Who adopted the agreement, and when?",
         "language": "en", "answerable": True,
         "gold": ["Överenskommelsen har antagits av kommunfullmäktige i Vallhamra stad den 21 november 2024, § 187, på förslag av kommunstyrelsen (2024-10-30, § 241)."],
         "must_mention": ["kommunfullmäktige", "21 november 2024"]},
        {"id": "q5", "question": "Can associations use the city's premises, e.g. schools, in the evenings?",
         "language": "en", "answerable": True,
         "gold": ["göra stadens lokaler, till exempel skolor och fritidsgårdar, tillgängliga för föreningar kvällar och helger till låg kostnad"],
         "must_mention": ["kvällar och helger", "låg kostnad"]},
        {"id": "q6", "question": "Måste vi som har barnverksamhet begära utdrag ur belastningsregistret för våra ledare? Ja eller nej?",
         "language": "sv", "answerable": True,
         "gold": ["Organisationer med verksamhet för barn och unga åtar sig att ha rutiner för att förebygga och hantera kränkningar och övergrepp, bland annat genom att begära utdrag ur belastningsregistret för ledare."],
         "must_mention": ["belastningsregistret"]},
        {"id": "q7", "question": "vad maste foreningen redovisa till staden om vi far bidrag?",
         "language": "sv", "answerable": True,
         "gold": ["redovisa hur bidrag och andra medel från staden har använts, i den form och inom den tid som har överenskommits",
                  "De idéburna organisationerna ska på begäran ge staden insyn i den verksamhet som finansieras med offentliga medel."],
         "must_mention": ["hur bidrag och andra medel från staden har använts", "insyn"]},
        {"id": "q8", "question": "Vem ansvarar för att följa upp överenskommelsen och när redovisas uppföljningen?",
         "language": "sv", "answerable": True,
         "gold": ["Kommunstyrelsen har det övergripande ansvaret för överenskommelsen.",
                  "Samverkansrådet ska varje år följa upp hur överenskommelsen tillämpas och redovisa resultatet till kommunstyrelsen senast den 31 mars året efter."],
         "must_mention": ["Samverkansrådet", "31 mars"]},
        {"id": "q9", "question": "Hur mycket aktivitetsstöd får en förening per deltagartillfälle?",
         "language": "sv", "answerable": False, "gold": [], "must_mention": []},
        {"id": "q10", "question": "Finns det något extra stöd till föreningar som drabbats av höjda elpriser i sina klubbstugor?",
         "language": "sv", "answerable": False, "gold": [], "must_mention": []},
    ]


def write_expected():
    exp = {
        "file": NAME + ".pdf",
        "layout": os.path.basename(HERE),
        "description": (
            "A city's (Vallhamra stad) local agreement with the idéburen sektor, laid out by a "
            "communications department and exported from LibreOffice (source .fodt) to a 10-page A4 PDF. "
            "Tinted cover page (no header/footer) with a letter-spaced 'VALLHAMRA STAD' (pdftotext reads "
            "'VA L L H A M R A S TA D'), title, subtitle and "
            "'Antagen av kommunfullmäktige 2024-11-21, § 187'; page 2 holds a 'Dokumentinformation' table "
            "(Fastställd av, Giltighetstid, Ersätter … with an older KF date 2016-03-17) and a short typed TOC "
            "'Innehåll' with dot leaders (chapter level only). Running header 'VALLHAMRA STAD <tab> "
            "Överenskommelse med idéburen sektor 2025–2028' with a rule, footer 'Dnr KS 2024/0512 <tab> N (M)'. "
            "Foreword signed by two people in a borderless table ('Vallhamra i december 2024'). "
            "Chapter 1 has a shaded fact box (one-cell table) with ▪ bullets of statistics. "
            "Chapter 3 'Principer och åtaganden' has 3.1–3.7 (six national principles plus "
            "'Barnrättsperspektiv'), each with a descriptive paragraph (not commitments) and then "
            "commitments in varied forms: bold lead-ins 'Staden åtar sig att:' / 'De idéburna "
            "organisationerna åtar sig att:' / 'För att främja långsiktighet ska staden:' / 'Staden ska:' "
            "followed by • bullet lists; sentence commitments in running paragraphs, often several parties "
            "in one paragraph ('Kommunstyrelsen ansvarar för', 'Stadens nämnder ska', 'Staden kommer att', "
            "'förbinder sig', 'De informerar också', 'Båda parter åtar sig', 'Tillsammans ska vi'); "
            "under 3.3 Kvalitet a table 'Tabell 1' with blue header row 'Staden åtar sig att | De idéburna "
            "organisationerna åtar sig att' and a merged full-width 'Gemensamt:' row. Chapter 4 "
            "'Genomförande och uppföljning' has follow-up commitments (principle null; samverkansrådet = "
            "joint) and an indicator table 'Indikator | Källa | Frekvens' that is NOT commitments. "
            "Chapter 5 has the decision paragraph (KF 2024-11-21 § 187, KS proposal 2024-10-30 § 241), a "
            "bordered decision line and a shaded contact box; back cover with address and a production date "
            "(januari 2025) that is not the decision date."),
        "metadata": {
            "doc_id": NAME,
            "title": "Överenskommelse mellan Vallhamra stad och den idéburna sektorn i Vallhamra",
            "place": "Vallhamra",
            "organisation": "Vallhamra stad",
            "kind": "överenskommelse",
            "date": "2024-11-21",
            "body": "kommunfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    write_fodt({})
    convert()
    pages = find_pages()
    write_fodt(pages)
    convert()
    if find_pages() != pages:
        print("warning: page numbers moved in second pass", pages, find_pages())
    write_expected()
    print("pages:", pages, "commitments:", len(COMMITMENTS))


if __name__ == "__main__":
    main()
