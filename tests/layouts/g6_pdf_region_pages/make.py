#!/usr/bin/env python3
"""Generate region_alvbacka_overenskommelse_civilsamhallet.pdf (via a .fodt and
LibreOffice) and expected.json.

The document is built from one list of blocks so that the commitments written
to expected.json are exactly the strings that are typeset.  Two passes: the
first PDF is used to find the pages of the headings, the second one carries a
table of contents with the right page numbers.
"""
import json
import os
import re
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "region_alvbacka_overenskommelse_civilsamhallet"
FODT = os.path.join(HERE, NAME + ".fodt")
PDF = os.path.join(HERE, NAME + ".pdf")

REGION = "Region Älvbacka"
DNR = "RS 2024/01532"
HEADER_LEFT = "Överenskommelse mellan Region Älvbacka och civilsamhället 2025–2028"

# --------------------------------------------------------------------------
# document content
# --------------------------------------------------------------------------
# block kinds:
#   ("h1", title, numbered)        chapter heading
#   ("h2", title, principle_slug)  numbered sub-heading; sets current principle
#   ("h2x", title)                 numbered sub-heading outside the principles
#   ("p", text)                    body paragraph (may contain [[fn:...]] and **bold**)
#   ("lead", text)                 bold lead-in paragraph before a list
#   ("ul", party, [items])         bullet list of commitments (party or None)
#   ("c", party, text, tail)       commitment sentence inside a paragraph: tail
#                                  is a list of further ("c"/"t", ...) pieces
#   ("table", kind, rows)          a table
#   ("pb",)                        page break

FN_2008 = ("Överenskommelsen mellan regeringen, idéburna organisationer inom det sociala "
           "området och Sveriges Kommuner och Landsting undertecknades den 23 oktober 2008. "
           "Den har sedan dess utvidgats till att gälla även integrationsområdet.")
FN_DEF = ("Definitionen följer regeringens proposition En politik för det civila samhället "
          "(prop. 2009/10:55).")
FN_IOP = ("Idéburet offentligt partnerskap (IOP) är en samverkansform mellan en offentlig "
          "aktör och en eller flera idéburna organisationer som inte omfattas av lagen om "
          "offentlig upphandling. Se Region Älvbackas riktlinjer för IOP, dnr RS 2022/00871.")
FN_RUS = ("Regional utvecklingsstrategi för Älvbacka län 2022–2035, antagen av "
          "regionfullmäktige 2022-06-14, § 98.")

BLOCKS = [
    ("h1", "Förord", False),
    ("p", "Civilsamhället är en av de viktigaste krafterna för ett levande och hållbart "
          "Älvbacka län. I föreningar, studieförbund, trossamfund, stiftelser och sociala "
          "företag gör tiotusentals människor varje vecka insatser som ingen annan kan göra: "
          "de ger stöd till människor i utsatta situationer, erbjuder meningsfull fritid, "
          "håller samman bygder och för fram röster som annars inte hörs."),
    ("p", "Den här överenskommelsen är en revidering av den överenskommelse som "
          "landstinget och civilsamhället ingick 2016. Den har arbetats fram gemensamt under "
          "ett drygt år, med dialogmöten på sju orter i länet och en öppen remiss där 64 "
          "organisationer lämnade synpunkter. Vi vill tacka alla som har bidragit."),
    ("p", "Överenskommelsen är inte ett avtal i juridisk mening. Den är ett uttryck för "
          "en gemensam vilja och ett stöd för hur vi ska arbeta tillsammans de kommande fyra "
          "åren. Det är i vardagen, i mötet mellan regionens verksamheter och "
          "organisationerna, som den ska visa sitt värde."),
    ("sign2", ["Annika Brolin (S)", "Regionstyrelsens ordförande"],
              ["Mats Edvardsson", "Ordförande, Idéforum Älvbacka"]),
    ("pb",),
    ("h1", "Inledning", True),
    ("p", "Den nationella överenskommelsen mellan regeringen, idéburna organisationer inom "
          "det sociala området och Sveriges Kommuner och Landsting från 2008[[fn:" + FN_2008 +
          "]] har varit en förebild för regionala och lokala överenskommelser i hela landet. "
          "Den bygger på sex principer: självständighet och oberoende, dialog, kvalitet, "
          "långsiktighet, öppenhet och insyn samt mångfald."),
    ("p", "Landstinget Älvbacka och företrädare för länets idéburna organisationer "
          "undertecknade sin första överenskommelse i maj 2016. När landstinget och "
          "Regionförbundet Älvbacka slogs samman till Region Älvbacka 2019 fick regionen "
          "ett bredare uppdrag, bland annat för regional utveckling, kollektivtrafik och "
          "kultur. Den utvärdering som genomfördes 2023 visade att överenskommelsen var "
          "känd i hälso- och sjukvården men mindre känd i regionens övriga verksamheter, och "
          "att många mindre organisationer upplevde att de inte nåddes av dialogen."),
    ("p", "Mot den bakgrunden beslutade samverkansrådet i mars 2023 att påbörja en "
          "revidering. Den nya överenskommelsen omfattar hela regionens verksamhet och "
          "innehåller, utöver de sex nationella principerna, en sjunde princip om "
          "samhällsutveckling."),
    ("h1", "Syfte och utgångspunkter", True),
    ("p", "Överenskommelsen ska ge en gemensam grund för samverkan mellan Region Älvbacka "
          "och civilsamhällets organisationer i länet. Den beskriver de principer som "
          "samverkan vilar på och vad parterna åtar sig för att principerna ska få genomslag."),
    ("p", "Överenskommelsen syftar till att"),
    ("ul", None, [
        "stärka civilsamhällets roll som röstbärare och opinionsbildare",
        "tydliggöra förutsättningarna för samverkan och för regionens stöd till organisationerna",
        "öka kunskapen i regionens verksamheter om civilsamhällets villkor och arbetssätt",
        "bidra till en jämlik hälsa och en hållbar utveckling i hela länet.",
    ]),
    ("p", "Överenskommelsen ersätter inte de regelverk som styr regionens bidragsgivning "
          "eller upphandling. Den kompletterar regionens policy för ekonomiskt stöd till "
          "ideella organisationer och riktlinjerna för idéburet offentligt partnerskap."),
    ("h1", "Parterna och överenskommelsens omfattning", True),
    ("p", "Parter i överenskommelsen är Region Älvbacka, med samtliga nämnder och "
          "förvaltningar, och de idéburna organisationer i länet som har anslutit sig till "
          "den. Med civilsamhället avses en arena, skild från staten, marknaden och det egna "
          "hushållet, där människor, grupper och organisationer agerar tillsammans för "
          "gemensamma intressen.[[fn:" + FN_DEF + "]]"),
    ("p", "I överenskommelsen används begreppen civilsamhällets organisationer och "
          "idéburna organisationer med samma betydelse. Det kan vara ideella föreningar, "
          "stiftelser, trossamfund, kooperativ och sociala företag som inte har vinst som "
          "syfte. Organisationerna företräds gemensamt av Idéforum Älvbacka, som också "
          "tar emot anmälningar från organisationer som vill ansluta sig."),
    ("p", "När överenskommelsen fastställdes hade 118 organisationer anslutit sig. En "
          "förteckning finns på regionens webbplats."),
    ("h1", "Principer och åtaganden", True),
    ("p", "Överenskommelsen bygger på de sex principerna från den nationella "
          "överenskommelsen och på en sjunde princip om samhällsutveckling. Under varje "
          "princip beskrivs först vad principen innebär och därefter vad regionen "
          "respektive civilsamhällets organisationer åtar sig. Vissa åtaganden är gemensamma "
          "för parterna."),

    # 4.1 ------------------------------------------------------------------
    ("h2", "Självständighet och oberoende", "sjalvstandighet_och_oberoende"),
    ("p", "Civilsamhällets organisationer har rätt att själva formulera sina mål, välja "
          "arbetssätt och driva opinion, också när det innebär kritik mot regionen. Ett "
          "ekonomiskt stöd från regionen ger inte regionen rätt att styra en organisations "
          "inre angelägenheter."),
    ("lead", "Regionen åtar sig att:"),
    ("ul", "public", [
        "respektera organisationernas rätt att granska, kritisera och påverka regionens "
        "verksamhet, även när de tar emot bidrag eller ersättning från regionen",
        "inte ställa krav på organisationernas interna arbete, styrning eller värdegrund "
        "utöver vad som följer av lag och av villkoren för det aktuella stödet",
        "utforma bidragsvillkor så att de går att förena med organisationernas egna stadgar "
        "och syften.",
    ]),
    ("lead", "Civilsamhällets organisationer åtar sig att:"),
    ("ul", "civil_society", [
        "tydligt skilja mellan rollen som röstbärare och rollen som utförare när de "
        "samverkar med regionen",
        "ta ansvar för att den egna verksamheten vilar på demokratiska värderingar och "
        "bedrivs utifrån organisationens egna mål.",
    ]),

    # 4.2 ------------------------------------------------------------------
    ("h2", "Dialog", "dialog"),
    ("p", "Dialog är grunden för allt samarbete mellan parterna. Den förs på flera nivåer: "
          "i samverkansrådet, i regionala dialogforum, i sakfrågor inom regionens olika "
          "verksamhetsområden och i det dagliga mötet mellan regionens medarbetare och "
          "organisationerna. En god dialog förutsätter att parterna har tillgång till "
          "samma information och att det finns tid att förankra frågorna."),
    ("lead", "Regionen åtar sig att:"),
    ("ul", "public", [
        "bjuda in civilsamhällets organisationer till dialog tidigt i beredningen av frågor "
        "som berör dem, så att synpunkterna kan påverka besluten",
        "anordna minst två regionala dialogforum per år, varav ett inför regionens budgetarbete",
        "ersätta resekostnader för de representanter från civilsamhället som deltar i "
        "samverkansrådet",
        "återkoppla skriftligt hur synpunkter från dialogerna har tagits om hand.",
    ]),
    ("lead", "Civilsamhällets organisationer åtar sig att:"),
    ("ul", "civil_society", [
        "utse representanter som har mandat att föra fram sina medlemmars och målgruppers "
        "synpunkter",
        "förankra frågor som tas upp i dialogen i sina egna nätverk och sprida information "
        "om resultatet av dialogen.",
    ]),
    ("lead", "Gemensamt ska parterna:"),
    ("ul", "joint", [
        "ta fram en årlig dialogplan med teman och tidpunkter för dialogforum",
        "vartannat år utvärdera hur dialogen fungerar och vid behov förändra formerna för den.",
    ]),

    # 4.3 ------------------------------------------------------------------
    ("h2", "Kvalitet", "kvalitet"),
    ("p", "Kvalitet handlar både om att verksamheterna håller god kvalitet för de "
          "människor som de är till för och om kvaliteten i själva samverkan. Parterna har "
          "olika förutsättningar och kan utgå från olika värden när de beskriver vad god "
          "kvalitet är. Det ideella engagemanget är i sig ett kvalitetsvärde."),
    ("cp", [
        ("c", "public", "Regionen ska i samråd med berörda organisationer ta fram tydliga "
                        "och relevanta kriterier för uppföljning av verksamheter som får "
                        "stöd och se till att kraven står i proportion till stödets storlek."),
        ("c", "public", "Regionen ska också erbjuda kompetensutveckling i ansökan, "
                        "redovisning och uppföljning till de organisationer som efterfrågar det."),
    ]),
    ("cp", [
        ("c", "civil_society", "De idéburna organisationerna ansvarar för att den verksamhet "
                               "de bedriver med stöd från regionen håller den kvalitet som "
                               "har överenskommits och för att redovisa resultat enligt de "
                               "villkor som gäller för stödet."),
        ("c", "civil_society", "Organisationerna förbinder sig också att ta tillvara "
                               "erfarenheter från medlemmar och målgrupper i utvecklingen av "
                               "sin verksamhet."),
    ]),

    # 4.4 ------------------------------------------------------------------
    ("h2", "Långsiktighet", "langsiktighet"),
    ("p", "Långsiktiga förutsättningar gör det möjligt för organisationerna att planera, "
          "behålla kompetens och bygga upp förtroende hos dem som de finns till för. Korta "
          "projekt och sena besked är något som organisationerna under dialogmötena har "
          "beskrivit som ett av de största hindren för samverkan."),
    ("lead", "För att främja långsiktighet åtar sig regionen att:"),
    ("ul", "public", [
        "i första hand ge verksamhetsbidrag framför kortsiktiga projektbidrag",
        "där det är möjligt fatta fleråriga beslut om bidrag, för upp till tre år i taget",
        ("pröva idéburet offentligt partnerskap när en verksamhet bedrivs av en idéburen "
         "organisation och parterna har ett gemensamt intresse av att utveckla den", FN_IOP),
        "fatta beslut om bidrag för kommande år senast den 15 december, så att "
        "organisationerna kan planera sin verksamhet.",
    ]),
    ("cp", [
        ("c", "civil_society", "Civilsamhällets organisationer tar för sin del ansvar för att "
                               "planera sin verksamhet långsiktigt och för att i god tid "
                               "informera regionen om förändringar som påverkar en "
                               "verksamhet som regionen stödjer."),
    ]),

    # 4.5 ------------------------------------------------------------------
    ("h2", "Öppenhet och insyn", "oppenhet_och_insyn"),
    ("p", "Öppenhet skapar förtroende mellan parterna och hos invånarna. Det ska vara "
          "möjligt att följa hur offentliga medel används, samtidigt som organisationernas "
          "integritet och enskilda personers rätt till skydd för sina uppgifter respekteras."),
    ("lead", "Regionen åtar sig att:"),
    ("ul", "public", [
        "publicera uppgifter om samtliga bidrag och partnerskap med civilsamhällets "
        "organisationer på regionens webbplats",
        "redovisa bedömningsgrunder och beslut i bidragsärenden på ett sätt som är lätt att "
        "förstå.",
    ]),
    ("lead", "De idéburna organisationerna ska:"),
    ("ul", "civil_society", [
        "redovisa hur medel från regionen har använts",
        "ge regionen insyn i den verksamhet som finansieras med offentliga medel, med "
        "respekt för enskildas integritet",
        "vara öppna med sin ekonomi, sina stadgar och hur organisationen styrs.",
    ]),

    # 4.6 ------------------------------------------------------------------
    ("h2", "Mångfald", "mangfald"),
    ("p", "Civilsamhället i Älvbacka län är brett. Här finns stora folkrörelser med "
          "tusentals medlemmar och små föreningar som drivs helt ideellt av ett fåtal "
          "eldsjälar, organisationer med lång historia och nybildade nätverk. Den "
          "mångfalden är en styrka och ska tas till vara."),
    ("lead", "Regionen ska:"),
    ("ul", "public", [
        "ta hänsyn till att organisationerna är olika stora och har olika resurser, bland "
        "annat genom att erbjuda en förenklad ansökan för mindre bidrag",
        "aktivt söka kontakt med organisationer som i dag saknar etablerade kanaler till "
        "regionen, till exempel nybildade föreningar och organisationer för nationella "
        "minoriteter.",
    ]),
    ("lead", "Civilsamhällets organisationer ska:"),
    ("ul", "civil_society", [
        "verka för att deras verksamhet är öppen och tillgänglig för alla, oavsett kön, "
        "ålder, funktionsförmåga, etnisk tillhörighet eller sexuell läggning.",
    ]),
    ("cp", [
        ("c", "joint", "Parterna åtar sig gemensamt att arbeta för att fler grupper, särskilt "
                       "unga och personer som är nya i Sverige, ska kunna delta i dialogen "
                       "och i civilsamhällets verksamheter."),
    ]),

    # 4.7 ------------------------------------------------------------------
    ("h2", "Samhällsutveckling", "samhallsutveckling"),
    ("p", "Regionen har ett särskilt ansvar för den regionala utvecklingen i länet.[[fn:" +
          FN_RUS + "]] Civilsamhället bidrar på många sätt till den utvecklingen, inte minst "
          "på landsbygden, där föreningarna ofta är den sista mötesplatsen i en bygd. "
          "Erfarenheterna från pandemin visade också vilken betydelse organisationerna har "
          "när samhället utsätts för påfrestningar."),
    ("lead", "Regionen kommer att:"),
    ("ul", "public", [
        "involvera civilsamhällets organisationer i arbetet med den regionala "
        "utvecklingsstrategin och i regionens folkhälsoarbete",
        "ge civilsamhällets organisationer möjlighet att delta i regionens "
        "beredskapsplanering och i arbetet med civilt försvar.",
    ]),
    ("cp", [
        ("c", "civil_society", "Civilsamhällets organisationer åtar sig att dela med sig av "
                               "sin kunskap om lokala behov och om de målgrupper som de möter "
                               "i sin verksamhet."),
        ("c", "joint", "Tillsammans ska parterna verka för att det ideella engagemanget blir "
                       "en naturlig del av länets krisberedskap."),
    ]),

    # 5 ---------------------------------------------------------------------
    ("h1", "Organisation, genomförande och uppföljning", True),
    ("h2x", "Samverkansrådet"),
    ("p", "Samverkansrådet är parternas gemensamma organ för överenskommelsen. Rådet "
          "består av fem förtroendevalda från regionen och sju företrädare för "
          "civilsamhällets organisationer. Ordförandeskapet växlar årsvis mellan parterna. "
          "Rådet sammanträder fyra gånger per år."),
    ("cp", [
        ("c", "public", "Regionen ansvarar för samverkansrådets sekretariat och för att "
                        "kallelser och minnesanteckningar skickas ut."),
        ("c", "civil_society", "Idéforum Älvbacka ansvarar för att samordna civilsamhällets "
                               "representation i rådet."),
    ]),
    ("h2x", "Uppföljning"),
    ("cp", [
        ("c", "public", "Regionstyrelsen ansvarar för att överenskommelsen följs upp varje år."),
        ("c", "joint", "Parterna ska gemensamt ta fram en uppföljningsrapport som presenteras "
                       "vid årets andra dialogforum."),
        ("c", "public", "Varje nämnd ska i sin verksamhetsberättelse redovisa hur den har "
                        "tillämpat överenskommelsen."),
    ]),
    ("p", "Arbetet med överenskommelsen följer i huvudsak årshjulet nedan."),
    ("table", "arshjul", [
        ("Tidpunkt", "Aktivitet"),
        ("Februari", "Samverkansrådet fastställer årets dialogplan"),
        ("April", "Dialogforum inför regionens budget och verksamhetsplan"),
        ("September", "Nämndernas redovisningar sammanställs"),
        ("November", "Dialogforum med presentation av uppföljningsrapporten"),
        ("15 december", "Sista dag för beslut om verksamhetsbidrag för kommande år"),
    ]),

    # 6 ---------------------------------------------------------------------
    ("h1", "Giltighetstid och revidering", True),
    ("p", "Överenskommelsen gäller från och med den 1 januari 2025 till och med den "
          "31 december 2028. Arbetet med en ny överenskommelse påbörjas under 2028 efter "
          "beslut i samverkansrådet. Om parterna är överens kan överenskommelsen revideras "
          "under giltighetstiden. Ändringar av principerna kräver beslut i regionfullmäktige."),

    # 7 ---------------------------------------------------------------------
    ("h1", "Underskrifter", True),
    ("p", "Överenskommelsen fastställdes av regionfullmäktige den 26 november 2024, § 187, "
          "och undertecknades vid dialogforum i Sörvik den 4 december 2024."),
    ("table", "sign", [
        ("För Region Älvbacka", "För civilsamhället i Älvbacka län"),
        ("Annika Brolin\nRegionstyrelsens ordförande", "Mats Edvardsson\nIdéforum Älvbacka"),
        ("Johan Lindqvist\nRegionstyrelsens förste vice ordförande",
         "Leila Haddad\nStudieförbunden i Älvbacka län"),
        ("Per-Olof Sandin\nRegiondirektör", "Kristina Öhman\nRF-SISU Älvbacka"),
    ]),

    ("pb",),
    ("h1", "Bilaga 1. Kontaktuppgifter och dokumentinformation", False),
    ("box", [
        "**Kontakt**",
        "Region Älvbacka, Regionkansliet, Enheten för demokrati och civilsamhälle",
        "Sara Nyberg, strateg civilsamhälle",
        "Telefon 0654-38 20 00 (växel)",
        "civilsamhalle@regionalvbacka.se",
        "",
        "Idéforum Älvbacka, kansliet",
        "Storgatan 14, 871 31 Sörvik",
        "info@ideforumalvbacka.se",
    ]),
    ("p", ""),
    ("table", "docinfo", [
        ("Version", "Datum", "Beslut", "Kommentar"),
        ("1.0", "2016-05-24", "Landstingsfullmäktige § 61", "Första överenskommelsen"),
        ("1.1", "2020-03-10", "Regionstyrelsen § 44", "Anpassning till Region Älvbacka"),
        ("2.0", "2024-11-26", "Regionfullmäktige § 187", "Reviderad överenskommelse 2025–2028"),
    ]),
    ("p", "Dokumentansvarig: Regiondirektör. Diarienummer: " + DNR + ". "
          "Nästa revidering: 2028."),
]

# --------------------------------------------------------------------------
# FODT writer
# --------------------------------------------------------------------------
FN_COUNTER = [0]


def inline(s):
    """escape text, turn [[fn:...]] into footnotes and **x** into bold"""
    out = []
    pos = 0
    for m in re.finditer(r"\[\[fn:(.*?)\]\]|\*\*(.*?)\*\*", s):
        out.append(escape(s[pos:m.start()]))
        if m.group(1) is not None:
            out.append(footnote(m.group(1)))
        else:
            out.append('<text:span text:style-name="Tbold">%s</text:span>' % escape(m.group(2)))
        pos = m.end()
    out.append(escape(s[pos:]))
    return "".join(out)


def footnote(txt):
    FN_COUNTER[0] += 1
    n = FN_COUNTER[0]
    return ('<text:note text:id="ftn%d" text:note-class="footnote">'
            '<text:note-citation>%d</text:note-citation><text:note-body>'
            '<text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
            % (n, n, escape(txt)))


def build_body(toc_pages):
    FN_COUNTER[0] = 0
    x = []
    # cover ------------------------------------------------------------
    x.append('<text:p text:style-name="CoverLogo">REGION ÄLVBACKA</text:p>')
    x.append('<text:p text:style-name="CoverSpace"/>')
    x.append('<text:p text:style-name="CoverTitle">Överenskommelse</text:p>')
    x.append('<text:p text:style-name="CoverSub">mellan Region Älvbacka och civilsamhället '
             'i Älvbacka län</text:p>')
    x.append('<text:p text:style-name="CoverYears">2025–2028</text:p>')
    x.append('<text:p text:style-name="CoverSpace"/>')
    x.append('<text:p text:style-name="CoverSpace"/>')
    x.append('<text:p text:style-name="CoverMeta">Fastställd av regionfullmäktige '
             '2024-11-26, § 187</text:p>')
    x.append('<text:p text:style-name="CoverMeta">Diarienummer: %s</text:p>' % DNR)
    x.append('<text:p text:style-name="CoverMeta">Gäller 2025-01-01 – 2028-12-31</text:p>')
    x.append('<text:p text:style-name="CoverMeta">Dokumenttyp: Överenskommelse</text:p>')

    # TOC ------------------------------------------------------------------
    x.append('<text:table-of-content text:style-name="Sect1" text:protected="true" '
             'text:name="Innehållsförteckning1">')
    x.append('<text:table-of-content-source text:outline-level="2">'
             '<text:index-title-template text:style-name="Contents_20_Heading">Innehåll'
             '</text:index-title-template>'
             '<text:table-of-content-entry-template text:outline-level="1" '
             'text:style-name="Contents_20_1"><text:index-entry-chapter/>'
             '<text:index-entry-text/><text:index-entry-tab-stop style:type="right" '
             'style:leader-char="."/><text:index-entry-page-number/>'
             '</text:table-of-content-entry-template>'
             '<text:table-of-content-entry-template text:outline-level="2" '
             'text:style-name="Contents_20_2"><text:index-entry-chapter/>'
             '<text:index-entry-text/><text:index-entry-tab-stop style:type="right" '
             'style:leader-char="."/><text:index-entry-page-number/>'
             '</text:table-of-content-entry-template>'
             '</text:table-of-content-source><text:index-body>')
    x.append('<text:index-title text:style-name="Sect1" text:name="Innehållsförteckning1_Head">'
             '<text:p text:style-name="TocTitle">Innehåll</text:p></text:index-title>')
    ch = 0
    sub = 0
    for b in BLOCKS:
        if b[0] == "h1":
            if b[2]:
                ch += 1
                sub = 0
                label = "%d %s" % (ch, b[1])
            else:
                label = b[1]
            x.append('<text:p text:style-name="Contents_20_1">%s<text:tab/>%s</text:p>'
                     % (escape(label), toc_pages.get(b[1], "")))
        elif b[0] in ("h2", "h2x"):
            sub += 1
            label = "%d.%d %s" % (ch, sub, b[1])
            x.append('<text:p text:style-name="Contents_20_2">%s<text:tab/>%s</text:p>'
                     % (escape(label), toc_pages.get(b[1], "")))
    x.append('</text:index-body></text:table-of-content>')

    # body ------------------------------------------------------------------
    commitments = []
    principle = None
    first_h1 = True
    for b in BLOCKS:
        k = b[0]
        if k == "h1":
            style = "H1First" if first_h1 else "Heading_20_1"
            first_h1 = False
            if b[2]:
                x.append('<text:h text:style-name="%s" text:outline-level="1">%s</text:h>'
                         % (style, escape(b[1])))
            else:
                x.append('<text:h text:style-name="%s" text:outline-level="1" '
                         'text:is-list-header="true">%s</text:h>' % (style, escape(b[1])))
            if b[1].startswith("Organisation"):
                principle = None
        elif k == "h2":
            principle = b[2]
            x.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>'
                     % escape(b[1]))
        elif k == "h2x":
            x.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>'
                     % escape(b[1]))
        elif k == "p":
            if b[1]:
                x.append('<text:p text:style-name="Text_20_body">%s</text:p>' % inline(b[1]))
            else:
                x.append('<text:p text:style-name="Text_20_body"/>')
        elif k == "lead":
            x.append('<text:p text:style-name="LeadIn">%s</text:p>' % escape(b[1]))
        elif k == "ul":
            party, items = b[1], b[2]
            x.append('<text:list text:style-name="LBullet">')
            for i, it in enumerate(items):
                fn = None
                if isinstance(it, tuple):
                    it, fn = it
                st = "ListLast" if i == len(items) - 1 else "ListItem"
                body = escape(it) + (footnote(fn) if fn else "")
                x.append('<text:list-item><text:p text:style-name="%s">%s</text:p>'
                         '</text:list-item>' % (st, body))
                if party:
                    commitments.append({"text": it.rstrip("."), "principle": principle,
                                        "party": party})
            x.append('</text:list>')
        elif k == "cp":
            parts = []
            for piece in b[1]:
                parts.append(escape(piece[2]))
                commitments.append({"text": piece[2], "principle": principle,
                                    "party": piece[1]})
            x.append('<text:p text:style-name="Text_20_body">%s</text:p>' % " ".join(parts))
        elif k == "sign2":
            x.append('<text:p text:style-name="Text_20_body"/>')
            x.append('<text:p text:style-name="Text_20_body">Sörvik i december 2024</text:p>')
            x.append(table_xml([(b[1][0] + "\n" + b[1][1], b[2][0] + "\n" + b[2][1])],
                               "Tsign2", header=False, italic=True))
        elif k == "table":
            kind, rows = b[1], b[2]
            if kind == "arshjul":
                x.append(table_xml(rows, "Tarshjul", header=True))
            elif kind == "sign":
                x.append(table_xml(rows, "Tsign", header=True, signlines=True))
            elif kind == "docinfo":
                x.append('<text:p text:style-name="LeadIn">Dokumentinformation</text:p>')
                x.append(table_xml(rows, "Tdoc", header=True))
        elif k == "box":
            x.append('<table:table table:name="Kontakt" table:style-name="Tbox">'
                     '<table:table-column table:style-name="TboxA"/><table:table-row>'
                     '<table:table-cell table:style-name="TboxCell" office:value-type="string">')
            for line in b[1]:
                if line:
                    x.append('<text:p text:style-name="BoxText">%s</text:p>' % inline(line))
                else:
                    x.append('<text:p text:style-name="BoxText"/>')
            x.append('</table:table-cell></table:table-row></table:table>')
        elif k == "pb":
            x.append('<text:p text:style-name="PageBreak"/>')
    return "\n".join(x), commitments


TABLE_COLS = {
    "Tarshjul": ["3.5cm", "12.5cm"],
    "Tsign": ["8cm", "8cm"],
    "Tsign2": ["8cm", "8cm"],
    "Tdoc": ["1.8cm", "2.6cm", "5.2cm", "6.4cm"],
}


def table_xml(rows, name, header=True, signlines=False, italic=False):
    cols = TABLE_COLS[name]
    out = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
    for i in range(len(cols)):
        out.append('<table:table-column table:style-name="%s.%s"/>' % (name, "ABCD"[i]))
    for r, row in enumerate(rows):
        is_head = header and r == 0
        if is_head:
            out.append('<table:table-header-rows>')
        out.append('<table:table-row>')
        for cell in row:
            cs = ("CellHead" if is_head else "CellBody") if name in ("Tarshjul", "Tdoc") \
                else "CellPlain"
            out.append('<table:table-cell table:style-name="%s" office:value-type="string">' % cs)
            if signlines and not is_head:
                out.append('<text:p text:style-name="SignSpace"/>')
                out.append('<text:p text:style-name="TableText">'
                           '……………………………………………</text:p>')
            for j, line in enumerate(cell.split("\n")):
                st = "TableHead" if is_head else ("SignName" if (italic and j == 0) else "TableText")
                out.append('<text:p text:style-name="%s">%s</text:p>' % (st, escape(line)))
            out.append('</table:table-cell>')
        out.append('</table:table-row>')
        if is_head:
            out.append('</table:table-header-rows>')
    out.append('</table:table>')
    return "".join(out)


HEAD = r'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta>
 <dc:title>Överenskommelse mellan Region Älvbacka och civilsamhället i Älvbacka län 2025–2028</dc:title>
 <meta:initial-creator>Sara Nyberg</meta:initial-creator>
 <dc:creator>Regionkansliet</dc:creator>
 <dc:language>sv-SE</dc:language>
</office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties style:tab-stop-distance="1.25cm"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="sv" fo:country="SE"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text">
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="118%" fo:text-align="justify" fo:orphans="2" fo:widows="2"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:color="#1f4e5f"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
  <style:paragraph-properties fo:margin-top="0.7cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="LeadIn" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always" fo:text-align="start"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="ListItem" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-bottom="0.1cm" fo:text-align="start"/>
 </style:style>
 <style:style style:name="ListLast" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-bottom="0.3cm" fo:text-align="start"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm"/>
  <style:text-properties fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:border-bottom="0.5pt solid #1f4e5f" fo:padding-bottom="0.1cm">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#404040"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="8cm" style:type="center"/><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#404040"/>
 </style:style>
 <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading" style:class="index">
  <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.05cm">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
  <style:paragraph-properties fo:margin-left="0.6cm" fo:margin-bottom="0.05cm">
   <style:tab-stops><style:tab-stop style:position="15.4cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/>
 </style:style>
 <style:style style:name="TableText" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="TableHead" style:family="paragraph" style:parent-style-name="TableText">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="BoxText" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.05cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/>
 </style:style>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-1.1cm" fo:margin-left="1.1cm"/>
   </style:list-level-properties>
  </text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-1.1cm" fo:margin-left="1.1cm"/>
   </style:list-level-properties>
  </text:outline-level-style>
 </text:outline-style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pmCover">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="3cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
 </style:page-layout>
 <style:page-layout style:name="pmMain">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.4cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm">
   <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
  </style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="CoverLogo" style:family="paragraph" style:master-page-name="Cover">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold" fo:letter-spacing="0.1cm" fo:color="#1f4e5f"/>
 </style:style>
 <style:style style:name="CoverSpace" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="2.8cm"/>
 </style:style>
 <style:style style:name="CoverTitle" style:family="paragraph">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="32pt" fo:font-weight="bold" fo:color="#1f4e5f"/>
 </style:style>
 <style:style style:name="CoverSub" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.3cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="18pt" fo:color="#1f4e5f"/>
 </style:style>
 <style:style style:name="CoverYears" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.6cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="18pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CoverMeta" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="TocTitle" style:family="paragraph" style:parent-style-name="Contents_20_Heading" style:master-page-name="Standard">
  <style:paragraph-properties style:page-number="auto" fo:margin-bottom="0.4cm"/>
 </style:style>
 <style:style style:name="H1First" style:family="paragraph" style:parent-style-name="Heading_20_1">
  <style:paragraph-properties fo:break-before="page" fo:margin-top="0cm"/>
 </style:style>
 <style:style style:name="PageBreak" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:break-after="page" fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="2pt"/>
 </style:style>
 <style:style style:name="SignSpace" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.9cm"/>
 </style:style>
 <style:style style:name="SignName" style:family="paragraph" style:parent-style-name="TableText">
  <style:text-properties fo:font-style="italic" fo:font-size="10.5pt"/>
 </style:style>
 <style:style style:name="Tbold" style:family="text">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Sect1" style:family="section">
  <style:section-properties style:editable="false"/>
 </style:style>
 <text:list-style style:name="LBullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-0.5cm" fo:margin-left="1.1cm"/>
   </style:list-level-properties>
   <style:text-properties style:font-name="OpenSymbol"/>
  </text:list-level-style-bullet>
 </text:list-style>
 <style:style style:name="Tarshjul" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.4cm"/></style:style>
 <style:style style:name="Tarshjul.A" style:family="table-column"><style:table-column-properties style:column-width="3.5cm"/></style:style>
 <style:style style:name="Tarshjul.B" style:family="table-column"><style:table-column-properties style:column-width="12.5cm"/></style:style>
 <style:style style:name="Tsign" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.4cm"/></style:style>
 <style:style style:name="Tsign.A" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
 <style:style style:name="Tsign.B" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
 <style:style style:name="Tsign2" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.2cm"/></style:style>
 <style:style style:name="Tsign2.A" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
 <style:style style:name="Tsign2.B" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
 <style:style style:name="Tdoc" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="Tdoc.A" style:family="table-column"><style:table-column-properties style:column-width="1.8cm"/></style:style>
 <style:style style:name="Tdoc.B" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
 <style:style style:name="Tdoc.C" style:family="table-column"><style:table-column-properties style:column-width="5.2cm"/></style:style>
 <style:style style:name="Tdoc.D" style:family="table-column"><style:table-column-properties style:column-width="6.4cm"/></style:style>
 <style:style style:name="Tbox" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.2cm"/></style:style>
 <style:style style:name="TboxA" style:family="table-column"><style:table-column-properties style:column-width="16cm"/></style:style>
 <style:style style:name="TboxCell" style:family="table-cell"><style:table-cell-properties fo:background-color="#e4eef1" fo:padding="0.3cm" fo:border="0.5pt solid #1f4e5f"/></style:style>
 <style:style style:name="CellHead" style:family="table-cell"><style:table-cell-properties fo:background-color="#d5e3e8" fo:padding="0.1cm" fo:border="0.5pt solid #808080"/></style:style>
 <style:style style:name="CellBody" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #808080"/></style:style>
 <style:style style:name="CellPlain" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pmMain">
  <style:header><text:p text:style-name="Header">''' + escape(HEADER_LEFT) + r'''<text:tab/>Dnr ''' + DNR + r'''</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Region Älvbacka<text:tab/>Sida <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count><text:tab/>Fastställd 2024-11-26</text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Cover" style:page-layout-name="pmCover" style:next-style-name="Standard"/>
</office:master-styles>
<office:body>
<office:text>
'''

TAIL = '''
</office:text>
</office:body>
</office:document>
'''


def render(toc_pages):
    body, commitments = build_body(toc_pages)
    with open(FODT, "w", encoding="utf-8") as f:
        f.write(HEAD + body + TAIL)
    tmp = tempfile.mkdtemp()
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--headless", "--convert-to", "pdf", "--outdir", tmp, FODT],
                       check=True, capture_output=True)
        shutil.move(os.path.join(tmp, NAME + ".pdf"), PDF)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return commitments


def page_texts():
    out = subprocess.run(["pdftotext", PDF, "-"], capture_output=True, text=True,
                         check=True).stdout
    return out.split("\f")


def find_pages():
    pages = page_texts()
    found = {}
    titles = [b[1] for b in BLOCKS if b[0] in ("h1", "h2", "h2x")]
    for t in titles:
        pat = re.compile(r"^(\d+(\.\d+)?\s+)?" + re.escape(t) + r"\s*$", re.M)
        for i, txt in enumerate(pages):
            if i < 2:   # cover and TOC
                continue
            if pat.search(txt):
                found[t] = str(i + 1)
                break
    return found


# --------------------------------------------------------------------------
# expected.json
# --------------------------------------------------------------------------
def q(id_, question, lang, gold, must):
    return {"id": id_, "question": question, "language": lang, "answerable": bool(gold),
            "gold": gold, "must_mention": must}


QUESTIONS = [
    q("q1", "Hur många dialogforum ska regionen ordna varje år?", "sv",
      ["anordna minst två regionala dialogforum per år, varav ett inför regionens budgetarbete"],
      ["minst två", "budgetarbete"]),
    q("q2", "maste foreningen redovisa vad pengarna fran regionen har anvants till?", "sv",
      ["redovisa hur medel från regionen har använts",
       "De idéburna organisationerna ansvarar för att den verksamhet de bedriver med stöd från "
       "regionen håller den kvalitet som har överenskommits och för att redovisa resultat enligt "
       "de villkor som gäller för stödet."],
      ["redovisa hur medel från regionen har använts"]),
    q("q3", "What does the region promise about long-term funding for associations?", "en",
      ["i första hand ge verksamhetsbidrag framför kortsiktiga projektbidrag",
       "där det är möjligt fatta fleråriga beslut om bidrag, för upp till tre år i taget",
       "fatta beslut om bidrag för kommande år senast den 15 december, så att "
       "organisationerna kan planera sin verksamhet"],
      ["verksamhetsbidrag", "tre år", "15 december"]),
    q("q4", "Who is responsible for following up the agreement, and how often is it done?", "en",
      ["Regionstyrelsen ansvarar för att överenskommelsen följs upp varje år.",
       "Parterna ska gemensamt ta fram en uppföljningsrapport som presenteras vid årets andra "
       "dialogforum."],
      ["Regionstyrelsen", "varje år"]),
    q("q5", "Hur länge gäller överenskommelsen med regionen?", "sv",
      ["Överenskommelsen gäller från och med den 1 januari 2025 till och med den 31 december 2028."],
      ["1 januari 2025", "31 december 2028"]),
    q("q6", "vad ska foreningarna gora for att var verksamhet ska vara oppen for alla", "sv",
      ["verka för att deras verksamhet är öppen och tillgänglig för alla, oavsett kön, ålder, "
       "funktionsförmåga, etnisk tillhörighet eller sexuell läggning"],
      ["öppen och tillgänglig för alla"]),
    q("q7", "Får regionen ställa krav på hur vår förening styrs internt när vi får bidrag?", "sv",
      ["inte ställa krav på organisationernas interna arbete, styrning eller värdegrund utöver "
       "vad som följer av lag och av villkoren för det aktuella stödet"],
      ["utöver vad som följer av lag"]),
    q("q8", "Får våra representanter i samverkansrådet ersättning för resor, och vem samordnar "
            "civilsamhällets platser i rådet?", "sv",
      ["ersätta resekostnader för de representanter från civilsamhället som deltar i "
       "samverkansrådet",
       "Idéforum Älvbacka ansvarar för att samordna civilsamhällets representation i rådet."],
      ["resekostnader", "Idéforum Älvbacka"]),
    q("q9", "Hur mycket pengar avsätter regionen per år till IOP-avtal med idéburna "
            "organisationer?", "sv", [], []),
    q("q10", "Kan en förening få bidrag från regionen till hyra av egen föreningslokal?", "sv",
      [], []),
]

DESCRIPTION = (
    "A region's agreement with civil society exported from LibreOffice (source .fodt, A4 "
    "portrait): a cover page without header/footer (logo text, title, years, 'Fastställd av "
    "regionfullmäktige 2024-11-26, § 187', Dnr, validity dates); a TOC page ('Innehåll') with "
    "dot leaders and page numbers; from page 2 a running header with the title and 'Dnr RS "
    "2024/01532' and a footer 'Region Älvbacka  Sida X av Y  Fastställd 2024-11-26'. An "
    "unnumbered 'Förord' signed by two people in a borderless table. Chapters numbered by "
    "LibreOffice outline numbering (1–7, numbers in the text layer), principles as "
    "'4.1 Självständighet och oberoende' … '4.7 Samhällsutveckling' (seventh principle added). "
    "Each principle: a descriptive paragraph (not commitments), then bold lead-ins "
    "('Regionen åtar sig att:', 'Civilsamhällets organisationer åtar sig att:', 'Gemensamt ska "
    "parterna:', 'För att främja långsiktighet åtar sig regionen att:', 'De idéburna "
    "organisationerna ska:', 'Regionen ska:', 'Regionen kommer att:') followed by '•' bullet "
    "lists whose last item ends with a full stop; under Kvalitet, Långsiktighet, Mångfald and "
    "Samhällsutveckling also commitment sentences in justified paragraphs, two per paragraph, "
    "sometimes different parties in one paragraph ('Parterna åtar sig gemensamt att …', "
    "'Tillsammans ska parterna …'). A purpose list in chapter 2 ('Överenskommelsen syftar till "
    "att') that is not commitments. Four footnotes (superscript markers; one attached to the end of a commitment "
    "bullet about IOP, whose superscript marker pdftotext gives as ' 3' after the last word; the item has no final full stop). Chapter 5 has "
    "commitments with principle null (secretariat, Idéforum's coordination, yearly follow-up by "
    "regionstyrelsen, joint report, each nämnd reporting) and an 'årshjul' table Tidpunkt | "
    "Aktivitet that is not commitments. Validity period, signature table with dotted lines, and an "
    "appendix with a shaded contact box and a revision table (versions 2016, 2020, 2024: other "
    "dates that are not the decision date).")


def main():
    render({})
    pages = find_pages()
    commitments = render(pages)
    pages2 = find_pages()
    if pages2 != pages:
        pages = pages2
        commitments = render(pages)
    exp = {
        "file": NAME + ".pdf",
        "layout": os.path.basename(HERE),
        "description": DESCRIPTION,
        "metadata": {
            "doc_id": NAME,
            "title": "Överenskommelse mellan Region Älvbacka och civilsamhället i Älvbacka län",
            "place": "Älvbacka",
            "organisation": "Region Älvbacka",
            "kind": "överenskommelse",
            "date": "2024-11-26",
            "body": "regionfullmäktige",
        },
        "commitments": commitments,
        "questions": QUESTIONS,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("pages:", pages)
    print("commitments:", len(commitments))


if __name__ == "__main__":
    main()
