#!/usr/bin/env python3
"""Generate kronholm_overenskommelse_2011.fodt/.pdf and expected.json.

Layout: an older (2011) landsting agreement rendered by LibreOffice to PDF:
title page, table of contents with dotted leaders and page numbers (computed
in a first pass, then written into the TOC), deep manual numbering
("5.3.1 Landstingets åtaganden"), principles as numbered headings,
commitments written as running sentences ("Landstinget ska ...",
"Organisationerna förbinder sig att ..."), footnotes (one inside a
commitment sentence), justified text with automatic Swedish hyphenation
(hyphenated words at line ends), running header, footer "Dnr LK 2010/1187"
and page "3 (14)".

Fictional document. Run: python3 make.py   (needs soffice, pdftotext)
"""
import json
import os
import re
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "kronholm_overenskommelse_2011"
FODT = os.path.join(HERE, BASE + ".fodt")
PDF = os.path.join(HERE, BASE + ".pdf")

TITLE = ("Överenskommelse mellan Landstinget Kronholm och de idéburna "
         "organisationerna inom det sociala området i Kronholms län")
DNR = "Dnr LK 2010/1187"


def esc(s):
    return escape(s, {'"': "&quot;"})


COMMITMENTS = []


def c(text, principle, party):
    COMMITMENTS.append({"text": text, "principle": principle, "party": party})
    return text


FN = object()   # marker: ("fn", text) tuples are footnotes


class Doc:
    def __init__(self):
        self.items = []      # ("p", style, segments) | ("h", level, text) | ("raw", xml)
        self.fn_count = 0

    def p(self, *segs, style="Text_20_body"):
        self.items.append(("p", style, segs))

    def h(self, level, text, toc=True):
        self.items.append(("h", level, text, toc))

    def raw(self, xml):
        self.items.append(("raw", xml))


D = Doc()

# ---------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------
S_ANTAGEN = "Landstingsfullmäktige antog överenskommelsen den 14 juni 2011, § 78."
S_GILTIG = ("Överenskommelsen gäller från och med den 1 juli 2011 till och "
            "med den 31 december 2014.")
S_FORLANG = ("Om ingen av parterna har sagt upp överenskommelsen senast sex "
             "månader före giltighetstidens utgång förlängs den med två år i "
             "taget.")
S_SG_SAMMANS = ("Samverkansgruppen består av fyra förtroendevalda som utses "
                "av landstingsstyrelsen och sex företrädare för de idéburna "
                "organisationerna som utses av Idéforum Kronholm.")
S_SG_MOTEN = "Samverkansgruppen sammanträder minst tre gånger per år."
S_ARLIG = "Överenskommelsen följs upp årligen."

# -- Title page -------------------------------------------------------------
D.raw('<text:p text:style-name="P_title_org">LANDSTINGET KRONHOLM</text:p>')
D.raw('<text:p text:style-name="P_title_sub">Landstingsstyrelsens förvaltning'
      '<text:line-break/>Enheten för folkhälsa och civilsamhälle</text:p>')
D.raw('<text:p text:style-name="P_title">%s</text:p>' % esc(TITLE))
D.raw('<text:p text:style-name="P_title_meta">Antagen av landstingsfullmäktige '
      '2011-06-14, § 78</text:p>')
D.raw('<text:p text:style-name="P_title_meta">Gäller 2011-07-01 – 2014-12-31</text:p>')
D.raw('<text:p text:style-name="P_title_meta">%s</text:p>' % esc(DNR))

# -- TOC placeholder (filled in by build()) -----------------------------------
D.raw("@@TOC@@")

# -- 1 Inledning -----------------------------------------------------------
D.h(1, "1 Inledning")
D.h(2, "1.1 Bakgrund")
D.p("Hösten 2008 undertecknades en nationell överenskommelse mellan "
    "regeringen, de idéburna organisationerna inom det sociala området och "
    "Sveriges Kommuner och Landsting.", ("fn",
    "Överenskommelsen mellan regeringen, idéburna organisationer inom det "
    "sociala området och Sveriges Kommuner och Landsting, oktober 2008."),
    " Överenskommelsen bygger på sex principer som ska känneteckna "
    "relationen mellan parterna: självständighet och oberoende, dialog, "
    "kvalitet, långsiktighet, öppenhet och insyn samt mångfald. I den "
    "nationella överenskommelsen uppmanas kommuner och landsting att ta "
    "fram motsvarande överenskommelser på lokal och regional nivå.")
D.p("Regeringen har därefter i propositionen En politik för det civila "
    "samhället betonat det civila samhällets betydelse för demokratin och "
    "välfärden och lagt fast mål och principer för politiken på "
    "området.", ("fn", "Prop. 2009/10:55 En politik för det civila samhället."),
    " Under 2009 och 2010 har ett flertal landsting och kommuner arbetat "
    "fram egna överenskommelser med den idéburna sektorn. Erfarenheterna "
    "från dessa har varit en viktig kunskapskälla i arbetet i Kronholms län.")
D.p("I Kronholms län finns en lång tradition av folkrörelser och "
    "föreningsliv. Patient- och anhörigföreningar, pensionärsorganisationer, "
    "kvinno- och tjejjourer, idrottsrörelsen, studieförbunden och "
    "kyrkorna och andra trossamfund bedriver en omfattande verksamhet som "
    "på många sätt kompletterar och berikar landstingets egen verksamhet. "
    "Landstinget har sedan länge gett bidrag till ett stort antal "
    "organisationer, men samverkan har hittills saknat gemensamma "
    "utgångspunkter och har i hög grad varit beroende av enskilda "
    "personers engagemang.")
D.h(2, "1.2 Arbetet med överenskommelsen")
D.p("Landstingsstyrelsen beslutade i mars 2010 att inleda ett arbete med "
    "att ta fram en regional överenskommelse. En arbetsgrupp med "
    "företrädare för landstingets förvaltningar och för ett tjugotal "
    "idéburna organisationer har under 2010 och början av 2011 tagit fram "
    "ett förslag. Under arbetets gång har fem öppna dialogmöten "
    "genomförts i Kronholm, Västerby, Åmundsfors, Hedsjö och Lillbäcken, "
    "med sammanlagt drygt 300 deltagare.")
D.p("Förslaget remitterades i januari 2011 till landstingets nämnder och "
    "förvaltningar, till länets kommuner och till de organisationer som "
    "hade deltagit i dialogmötena. Sammanlagt inkom 57 remissvar. "
    "Remissvaren var i huvudsak positiva, men många organisationer efterlyste "
    "tydligare åtaganden från landstingets sida och ett enklare språk. "
    "Förslaget har bearbetats med utgångspunkt i dessa synpunkter. "
    + S_ANTAGEN + " Årsmötet i Idéforum Kronholm ställde sig bakom "
    "överenskommelsen den 7 maj 2011.")
D.h(2, "1.3 Syfte")
D.p("Syftet med överenskommelsen är att stärka de idéburna "
    "organisationernas roll i samhället och att förbättra förutsättningarna "
    "för samverkan mellan landstinget och organisationerna, till nytta för "
    "länets invånare. Överenskommelsen ska tydliggöra parternas roller och "
    "ansvar och skapa en gemensam grund för hur samverkan ska bedrivas. "
    "Den ska också bidra till att fler människor i länet ges möjlighet att "
    "engagera sig i frågor som rör hälsa, vård och social omsorg.")

# -- 2 Parter -----------------------------------------------------------------
D.h(1, "2 Parter och definitioner")
D.h(2, "2.1 Landstinget Kronholm")
D.p("Med landstinget avses i denna överenskommelse Landstinget Kronholm med "
    "samtliga nämnder och förvaltningar. Landstingets uppdrag omfattar "
    "främst hälso- och sjukvård, tandvård, folkhälsoarbete, kultur och "
    "regional utveckling. Landstingets helägda bolag omfattas inte av "
    "överenskommelsen.")
D.h(2, "2.2 De idéburna organisationerna")
D.p("Med idéburna organisationer avses organisationer som är fristående "
    "från den offentliga sektorn, som har ett idémässigt syfte och som "
    "inte har vinst som mål för sin verksamhet.", ("fn",
    "Definitionen överensstämmer i huvudsak med den som används i den "
    "nationella överenskommelsen."),
    " Det kan till exempel vara ideella föreningar, stiftelser, "
    "trossamfund och kooperativ. Organisationerna kan vara verksamma i hela "
    "länet, i en eller flera kommuner eller vara lokala avdelningar av "
    "riksorganisationer.")
D.h(2, "2.3 Anslutning till överenskommelsen")
D.p("Överenskommelsen gäller för de idéburna organisationer som har "
    "anslutit sig till den. En organisation ansluter sig genom ett "
    "skriftligt beslut av styrelsen som meddelas Idéforum Kronholm. "
    "Idéforum Kronholm för en förteckning över anslutna organisationer som "
    "är tillgänglig för alla. Anslutningen är frivillig och är inte ett "
    "villkor för att en organisation ska kunna få bidrag från landstinget.")

# -- 3 Utgångspunkter -----------------------------------------------------------
D.h(1, "3 Utgångspunkter")
D.h(2, "3.1 Det civila samhällets roller")
D.p("De idéburna organisationerna har flera roller. De är röstbärare och "
    "opinionsbildare som företräder sina medlemmar och målgrupper och som "
    "kan granska och kritisera det offentliga. De erbjuder gemenskap, "
    "stöd och service, ofta till människor som av olika skäl inte nås av "
    "den offentliga verksamheten. De kan också vara utförare av verksamhet "
    "på uppdrag av landstinget, i konkurrens med andra eller inom ramen för "
    "andra avtalsformer.")
D.p("Överenskommelsen utgår från att dessa roller är olika och att "
    "förutsättningarna för samverkan därför skiljer sig åt. En "
    "organisation som tar emot bidrag för sin verksamhet som patientförening "
    "har en annan relation till landstinget än en organisation som driver "
    "ett behandlingshem på uppdrag av landstinget. Organisationernas "
    "ideella arbete ska aldrig ses som en ersättning för landstingets "
    "ansvar enligt lag.")
D.h(2, "3.2 Förhållande till lagstiftningen")
D.p("Överenskommelsen är en avsiktsförklaring och inte ett juridiskt "
    "bindande avtal. Den ändrar inte de regler som gäller för landstingets "
    "verksamhet enligt kommunallagen, hälso- och sjukvårdslagen och lagen "
    "om offentlig upphandling.", ("fn",
    "Kommunallagen (1991:900), hälso- och sjukvårdslagen (1982:763) och "
    "lagen (2007:1091) om offentlig upphandling."),
    " Inom de ramar som lagstiftningen ger ska överenskommelsens principer "
    "vara vägledande när landstinget samverkar med idéburna organisationer.")
D.h(2, "3.3 Gemensam värdegrund")
D.p("Parterna delar en grundläggande syn på alla människors lika värde och "
    "på varje människas rätt till en god hälsa och en vård på lika villkor. "
    "Samverkan mellan parterna ska präglas av respekt, ömsesidigt "
    "förtroende och en vilja att lära av varandra. Patientens och brukarens "
    "perspektiv ska stå i centrum.")

# -- 4 Organisation -------------------------------------------------------------
D.h(1, "4 Organisation för samverkan")
D.h(2, "4.1 Samverkansgruppen")
D.p(S_SG_SAMMANS + " Idéforum Kronholm är de idéburna organisationernas "
    "gemensamma samverkansorgan i länet och är öppet för alla anslutna "
    "organisationer. Ordförande i samverkansgruppen är landstingsstyrelsens "
    "ordförande och vice ordförande är Idéforum Kronholms ordförande. "
    + S_SG_MOTEN + " Samverkansgruppen har till uppgift att leda och "
    "samordna arbetet med överenskommelsen, att bereda frågor inför "
    "dialogforum och att följa hur åtagandena uppfylls.")
D.h(2, "4.2 Kansli och kontaktpersoner")
P_KANSLI = c("Landstingsstyrelsen ansvarar för att samverkansgruppen får det "
             "administrativa stöd som behövs.", None, "public")
D.p(P_KANSLI + " Kansliet finns vid Enheten för folkhälsa och civilsamhälle "
    "inom landstingsstyrelsens förvaltning. Idéforum Kronholm har ett eget "
    "kansli med en halvtidsanställd samordnare.")
P_ARVODE = c("Landstinget ska ersätta organisationernas företrädare i "
             "samverkansgruppen med arvode och reseersättning enligt "
             "landstingets arvodesregler.", None, "public")
D.p(P_ARVODE)

# -- 5 Principer ---------------------------------------------------------------
D.h(1, "5 Principer och åtaganden")
D.p("Överenskommelsen bygger på de sex principerna i den nationella "
    "överenskommelsen. Landstinget och organisationerna har därutöver enats "
    "om en sjunde princip, jämlik hälsa, som har särskild betydelse för "
    "landstingets uppdrag. Under varje princip beskrivs först vad principen "
    "innebär i Kronholms län och därefter vilka åtaganden parterna gör.")

PRINCIPLES = [
    ("5.1", "Principen om självständighet och oberoende",
     "sjalvstandighet_och_oberoende",
     ["De idéburna organisationerna är självständiga i förhållande till "
      "landstinget. De har rätt att själva bestämma över sina mål, sin "
      "organisation och sin verksamhet, och att fritt formulera sina "
      "åsikter, också när dessa innebär kritik mot landstingets politik "
      "eller verksamhet. Självständigheten gäller oavsett om en organisation "
      "får ekonomiskt stöd från landstinget eller inte."],
     [["Landstinget ska respektera organisationernas självständighet och "
       "deras rätt att agera som opinionsbildare och kritiker.",
       "Landstinget ska inte ställa villkor för ekonomiskt stöd som påverkar "
       "organisationernas rätt att själva bestämma över sina mål och sin "
       "inre organisation.",
       "Landstinget åtar sig vidare att vid upphandling och i andra avtal "
       "respektera organisationernas särart och ideella förankring."]],
     [["Organisationerna förbinder sig att värna sin självständighet och att "
       "vara tydliga med när de agerar som företrädare för sina medlemmar "
       "och när de utför uppdrag åt landstinget.",
       "Organisationerna ansvarar själva för att deras verksamhet vilar på "
       "en egen idémässig grund."]],
     None),
    ("5.2", "Principen om dialog", "dialog",
     ["Dialog förutsätter att parterna möts som jämbördiga och att det finns "
      "en ömsesidig vilja att lyssna och att lära. Dialogen kan föras på "
      "flera nivåer: i länsövergripande frågor, inom landstingets "
      "förvaltningar och i den enskilda verksamheten. För att dialogen ska "
      "vara meningsfull måste det vara tydligt vad som kan påverkas och hur "
      "synpunkterna tas om hand."],
     [["Landstinget ska ge organisationerna möjlighet att delta i ett tidigt "
       "skede när landstinget planerar förändringar som berör deras "
       "medlemmar och målgrupper.",
       "Landstinget ska skicka ärenden av betydelse för de idéburna "
       "organisationerna på remiss till berörda organisationer och ge en "
       "svarstid om minst sex veckor.",
       "Varje förvaltning inom landstinget ska utse en kontaktperson för de "
       "idéburna organisationerna."]],
     [["Organisationerna förbinder sig att delta i dialogen med utgångspunkt "
       "i sina medlemmars och målgruppers erfarenheter.",
       "Organisationerna ska sprida kunskap om överenskommelsen inom sina "
       "egna led och till lokalföreningar i länet."]],
     [["Landstinget och organisationerna ska gemensamt genomföra ett "
       "dialogforum minst en gång per år."]]),
    ("5.3", "Principen om kvalitet", "kvalitet",
     ["Kvalitet handlar ytterst om att verksamheten motsvarar de behov och "
      "förväntningar som patienter, brukare och närstående har. De idéburna "
      "organisationerna bidrar med ett perspektiv som bygger på egna "
      "erfarenheter och på ett ideellt engagemang, vilket ger en annan "
      "sorts kvalitet än den som kan åstadkommas inom den offentliga "
      "verksamheten. Kvalitet i en idéburen verksamhet kan därför inte "
      "alltid mätas med samma mått som i landstingets egen verksamhet."],
     [["Landstinget ska ta till vara organisationernas kunskaper om "
       "patienters, närståendes och brukares behov när vården utvecklas.",
       "Landstinget ska i avtal och bidragsvillkor ställa krav på "
       "uppföljning som är rimliga i förhållande till verksamhetens "
       "omfattning."]],
     [["Organisationerna förbinder sig att bedriva verksamhet av god "
       "kvalitet och att följa upp den verksamhet som får stöd från "
       "landstinget.",
       "Organisationerna ska vid behov erbjuda utbildning och handledning "
       "till de frivilliga som medverkar i verksamhet som landstinget "
       "finansierar."]],
     None),
    ("5.4", "Principen om långsiktighet", "langsiktighet",
     ["Långsiktighet och förutsägbarhet är avgörande för att "
      "organisationerna ska kunna bygga upp en stabil verksamhet, behålla "
      "kompetent personal och ta till vara det ideella engagemanget. Korta "
      "projekt och ettåriga bidrag gör det svårt att planera och leder till "
      "att mycket tid går åt till ansökningar och redovisningar."],
     [["Landstinget ska i första hand ge stöd i form av verksamhetsbidrag "
       "som beviljas för tre år i taget.",
       "Landstinget ska i god tid, och senast sex månader i förväg, "
       "informera organisationerna om förändringar i bidragsregler och "
       "bidragsnivåer.",
       "Landstinget avser att pröva idéburet offentligt partnerskap som en "
       "långsiktig samverkansform."]],
     [["Organisationerna förbinder sig att planera sin verksamhet "
       "långsiktigt och att i god tid meddela landstinget om en verksamhet "
       "som landstinget stöder inte kan fullföljas."]],
     [["Parterna ska gemensamt verka för att verksamhet som har prövats i "
       "projektform och visat goda resultat kan ges en långsiktig "
       "finansiering."]]),
    ("5.5", "Principen om öppenhet och insyn", "oppenhet_och_insyn",
     ["Öppenhet och insyn är en förutsättning för förtroende, både mellan "
      "parterna och i förhållande till länets invånare. Landstingets "
      "beslut om bidrag och avtal ska kunna granskas, och de idéburna "
      "organisationerna ska kunna visa hur offentliga medel har använts."],
     [["Landstinget ska redovisa vilka bidrag som har beviljats och till "
       "vilka organisationer på landstingets webbplats.",
       "Landstinget ska lämna skriftlig motivering när en ansökan om bidrag "
       "avslås."]],
     [["Organisationerna förbinder sig att redovisa hur bidrag från "
       "landstinget har använts.",
       "Organisationerna ska på begäran lämna verksamhetsberättelse, "
       "årsredovisning och revisionsberättelse till landstinget.",
       "Organisationerna förbinder sig också att ge anställda och frivilliga "
       "i verksamhet som finansieras av landstinget möjlighet att framföra "
       "synpunkter och påtala missförhållanden."]],
     None),
    ("5.6", "Principen om mångfald", "mangfald",
     ["Det civila samhället i länet består av organisationer av mycket "
      "olika storlek och inriktning. Vissa har anställd personal och "
      "omsätter miljonbelopp, andra drivs helt ideellt av ett fåtal "
      "eldsjälar. Mångfalden är en tillgång som ger länets invånare "
      "möjlighet att välja och som gör det möjligt att nå grupper som "
      "landstinget annars har svårt att nå."],
     [["Landstinget ska verka för att organisationer av olika storlek och "
       "med olika inriktning får likvärdiga möjligheter att samverka med "
       "landstinget.",
       "Landstinget ska vid upphandling utforma förfrågningsunderlagen så "
       "att även mindre idéburna organisationer har möjlighet att lämna "
       "anbud."]],
     [["Organisationerna förbinder sig att verka för att deras verksamhet "
       "är öppen och tillgänglig för alla, oavsett kön, etnisk tillhörighet, "
       "religion, funktionsnedsättning, sexuell läggning eller ålder."]],
     [["Parterna åtar sig att tillsammans stödja framväxten av nya "
       "organisationer, särskilt bland grupper som i dag är svagt "
       "representerade i länets föreningsliv."]]),
    ("5.7", "Principen om jämlik hälsa", "jamlik_halsa",
     ["Hälsan är ojämnt fördelad i Kronholms län. Skillnaderna i "
      "medellivslängd mellan länets kommuner och mellan olika "
      "socioekonomiska grupper har ökat under de senaste tjugo åren. Många "
      "idéburna organisationer har en nära kontakt med människor som har "
      "sämre hälsa och som sällan kommer till tals, och de har därför en "
      "viktig roll i arbetet för en jämlik hälsa."],
     [["Landstinget ska i sitt folkhälsoarbete samverka med de idéburna "
       "organisationer som når grupper med sämre hälsa.",
       "Landstinget ska ta fram underlag om hälsoläget i länet och göra det "
       "tillgängligt för organisationerna."]],
     [["Organisationerna förbinder sig att dela med sig av sina erfarenheter "
       "av vilka behov som finns hos de grupper de företräder.",
       "Organisationerna ska, där det är möjligt, medverka i landstingets "
       "hälsofrämjande och förebyggande arbete."]],
     None),
]

FN_LONG = ("Treåriga verksamhetsbidrag införs från och med bidragsåret 2012 "
           "enligt landstingets riktlinjer för bidrag till ideella "
           "organisationer (dnr LK 2011/0412).")

for num, name, slug, intro, pub, civ, joint in PRINCIPLES:
    D.h(2, "%s %s" % (num, name))
    for t in intro:
        D.p(t)
    D.h(3, "%s.1 Landstingets åtaganden" % num, toc=False)
    for para in pub:
        segs = []
        for k, t in enumerate(para):
            c(t, slug, "public")
            segs.append(("" if k == 0 else " ") + t)
            if slug == "langsiktighet" and k == 0:
                segs.append(("fn", FN_LONG))
        D.p(*segs)
    D.h(3, "%s.2 Organisationernas åtaganden" % num, toc=False)
    for para in civ:
        for t in para:
            c(t, slug, "civil_society")
        D.p(" ".join(para))
    if joint:
        D.h(3, "%s.3 Gemensamma åtaganden" % num, toc=False)
        for para in joint:
            for t in para:
                c(t, slug, "joint")
            D.p(" ".join(para))

# -- 6 Uppföljning --------------------------------------------------------------
D.h(1, "6 Uppföljning och utvärdering")
D.h(2, "6.1 Årlig uppföljning")
P_UPPF = c("Landstingsstyrelsen ansvarar för att en skriftlig uppföljning "
           "sammanställs varje år och redovisas vid dialogforumet.", None,
           "public")
P_UPPF_ORG = c("Organisationerna ska inför uppföljningen lämna synpunkter på "
               "hur åtagandena har uppfyllts.", None, "civil_society")
D.p(S_ARLIG + " " + P_UPPF + " " + P_UPPF_ORG + " Uppföljningen ska "
    "särskilt belysa om landstingets remisser har nått berörda "
    "organisationer, hur stor andel av landstingets bidrag som beviljas "
    "som fleråriga verksamhetsbidrag och hur organisationerna upplever "
    "dialogen med landstinget.")
D.h(2, "6.2 Utvärdering")
P_UTV = c("Samverkansgruppen ansvarar för att överenskommelsen i sin helhet "
          "utvärderas under 2013 och att resultatet redovisas för "
          "landstingsstyrelsen och för Idéforum Kronholm.", None, "joint")
D.p(P_UTV, ("fn", "Utvärderingen kan med fördel genomföras i samarbete med "
            "Högskolan i Kronholm, institutionen för socialt arbete."),
    " Utvärderingen ska ligga till grund för ett beslut om hur "
    "överenskommelsen ska utvecklas efter 2014.")

# -- 7 Giltighetstid -------------------------------------------------------------
D.h(1, "7 Giltighetstid, revidering och uppsägning")
D.p(S_GILTIG + " " + S_FORLANG)
D.p("Överenskommelsen kan revideras under giltighetstiden om båda parter "
    "är överens om det. Förslag till ändringar bereds i samverkansgruppen. "
    "Ändringar av principerna ska beslutas av landstingsfullmäktige och av "
    "årsmötet i Idéforum Kronholm, medan ändringar av mindre omfattning "
    "kan beslutas av samverkansgruppen.")
D.p("En enskild organisation kan när som helst lämna överenskommelsen "
    "genom att meddela Idéforum Kronholm skriftligen. Om en organisation "
    "allvarligt bryter mot principerna i överenskommelsen kan "
    "samverkansgruppen efter samråd med organisationen besluta att den "
    "inte längre ska anses vara ansluten.")

# -- 8 Underskrifter ---------------------------------------------------------------
D.h(1, "8 Underskrifter")
D.p("Överenskommelsen har upprättats i två likalydande exemplar, av vilka "
    "parterna har tagit var sitt.")
D.p("Kronholm den 30 augusti 2011")
D.raw('<table:table table:name="Underskrifter" table:style-name="SigTbl">'
      '<table:table-column table:style-name="SigTbl.A" table:number-columns-repeated="2"/>'
      '<table:table-row>'
      '<table:table-cell office:value-type="string">'
      '<text:p text:style-name="P_sig">För Landstinget Kronholm</text:p>'
      '<text:p text:style-name="P_sigline">______________________________</text:p>'
      '<text:p text:style-name="P_sig">Lars-Göran Persson (M)<text:line-break/>'
      'Landstingsstyrelsens ordförande</text:p></table:table-cell>'
      '<table:table-cell office:value-type="string">'
      '<text:p text:style-name="P_sig">För de idéburna organisationerna</text:p>'
      '<text:p text:style-name="P_sigline">______________________________</text:p>'
      '<text:p text:style-name="P_sig">Birgitta Sandberg<text:line-break/>'
      'Ordförande, Idéforum Kronholm</text:p></table:table-cell>'
      '</table:table-row></table:table>')


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
def render_body(toc_pages):
    out = []
    fn = 0
    for it in D.items:
        if it[0] == "raw":
            if it[1] == "@@TOC@@":
                out.append(render_toc(toc_pages))
            else:
                out.append(it[1])
        elif it[0] == "h":
            _, level, text, toc = it
            style = "Heading_20_%d" % level
            if text.startswith("1 Inledning"):
                style = "H1_break"
            out.append('<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>'
                       % (style, level, esc(text)))
        else:
            _, style, segs = it
            parts = []
            for s in segs:
                if isinstance(s, tuple):
                    fn += 1
                    parts.append('<text:note text:id="ftn%d" text:note-class="footnote">'
                                 '<text:note-citation>%d</text:note-citation><text:note-body>'
                                 '<text:p text:style-name="Footnote">%s</text:p>'
                                 '</text:note-body></text:note>' % (fn, fn, esc(s[1])))
                else:
                    parts.append(esc(s))
            out.append('<text:p text:style-name="%s">%s</text:p>' % (style, "".join(parts)))
    return "\n".join(out)


def toc_entries():
    return [(it[1], it[2]) for it in D.items if it[0] == "h" and it[3]]


def render_toc(pages):
    out = ['<text:p text:style-name="P_toc_title">Innehåll</text:p>']
    for (level, text) in toc_entries():
        pg = pages.get(text, "")
        out.append('<text:p text:style-name="P_toc%d">%s<text:tab/>%s</text:p>'
                   % (level, esc(text), pg))
    return "\n".join(out)


HEADER = ('<style:header><text:p text:style-name="P_header">LANDSTINGET KRONHOLM'
          '<text:tab/><text:tab/>Överenskommelse idéburna organisationer<text:line-break/>'
          '<text:tab/><text:tab/>2011-06-14</text:p></style:header>')
FOOTER = ('<style:footer><text:p text:style-name="P_footer">%s<text:tab/><text:tab/>'
          '<text:page-number text:select-page="current">1</text:page-number> '
          '(<text:page-count>1</text:page-count>)</text:p></style:footer>' % esc(DNR))

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')

STYLES = r'''
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="sv" fo:country="SE"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%" fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.7cm"/>
  <style:text-properties fo:font-size="15pt"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2">
  <style:text-properties fo:font-size="12.5pt"/>
 </style:style>
 <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="11pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="P_header" style:family="paragraph">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="8cm" style:type="center"/><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="P_footer" style:family="paragraph">
  <style:paragraph-properties fo:border-top="0.5pt solid #000000" fo:padding-top="0.1cm">
   <style:tab-stops><style:tab-stop style:position="8cm" style:type="center"/><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="P_title_org" style:family="paragraph" style:master-page-name="Standard">
  <style:paragraph-properties fo:margin-top="1.5cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="18pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="P_title_sub" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="5.5cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="P_title" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="1.2cm" fo:line-height="120%"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="20pt" fo:font-weight="bold" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="P_title_meta" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.15cm"/>
  <style:text-properties fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="P_toc_title" style:family="paragraph">
  <style:paragraph-properties fo:break-before="page" fo:margin-bottom="0.5cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="P_toc1" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.05cm">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-weight="bold" fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="P_toc2" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="0.6cm" fo:margin-bottom="0.05cm">
   <style:tab-stops><style:tab-stop style:position="15.4cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="H1_break" style:family="paragraph" style:parent-style-name="Heading_20_1">
  <style:paragraph-properties fo:break-before="page" fo:margin-top="0cm"/>
 </style:style>
 <style:style style:name="P_sig" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>
 <style:style style:name="P_sigline" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="1.3cm"/>
 </style:style>
 <style:style style:name="SigTbl" style:family="table">
  <style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.5cm"/>
 </style:style>
 <style:style style:name="SigTbl.A" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">HEADER FOOTER</style:master-page>
</office:master-styles>
'''.replace("HEADER", HEADER).replace("FOOTER", FOOTER)


def write_fodt(toc_pages):
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<office:document %s office:version="1.3" '
           'office:mimetype="application/vnd.oasis.opendocument.text">\n'
           '<office:meta><dc:title>%s</dc:title><dc:language>sv-SE</dc:language>'
           '<meta:initial-creator>Landstinget Kronholm</meta:initial-creator>'
           '</office:meta>\n%s\n<office:body><office:text>\n%s\n'
           '</office:text></office:body></office:document>\n'
           % (NS, esc(TITLE), STYLES, render_body(toc_pages)))
    with open(FODT, "w", encoding="utf-8") as f:
        f.write(doc)


def convert():
    tmp = tempfile.mkdtemp(prefix="lo_kronholm_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--headless", "--convert-to", "pdf", "--outdir", tmp, FODT],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, BASE + ".pdf"), PDF)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def heading_pages():
    """Find the page of each TOC heading in the rendered PDF (after the TOC page)."""
    out = subprocess.run(["pdftotext", "-layout", PDF, "-"], capture_output=True,
                         text=True, check=True).stdout
    pages = out.split("\f")
    found = {}
    for level, text in toc_entries():
        for i, pg in enumerate(pages):
            if i < 2:       # title page and TOC
                continue
            if any(line.strip() == text for line in pg.splitlines()):
                found[text] = str(i + 1)
                break
    return found


def build():
    pages = {t: "00" for _, t in toc_entries()}
    for _ in range(4):
        write_fodt(pages)
        convert()
        new = heading_pages()
        missing = [t for _, t in toc_entries() if t not in new]
        if missing:
            raise SystemExit("headings not found in PDF: %r" % missing)
        if new == pages:
            return
        pages = new
    raise SystemExit("TOC page numbers did not converge")


def sents(slug, party):
    return [x["text"] for x in COMMITMENTS if x["principle"] == slug and x["party"] == party]


def write_expected():
    qs = [
        {"id": "q1", "question": "Vad åtar sig landstinget under principen om dialog?",
         "language": "sv", "answerable": True, "gold": sents("dialog", "public"),
         "must_mention": ["tidigt", "minst sex veckor", "kontaktperson"]},
        {"id": "q2", "question": "When was the agreement adopted, and by which body?",
         "language": "en", "answerable": True, "gold": [S_ANTAGEN],
         "must_mention": ["14 juni 2011", "Landstingsfullmäktige"]},
        {"id": "q3", "question": "vad forbinder sig organisationerna till nar det galler oppenhet och insyn",
         "language": "sv", "answerable": True, "gold": sents("oppenhet_och_insyn", "civil_society"),
         "must_mention": ["redovisa", "revisionsberättelse", "missförhållanden"]},
        {"id": "q4", "question": "Hur länge gäller överenskommelsen och förlängs den automatiskt?",
         "language": "sv", "answerable": True, "gold": [S_GILTIG, S_FORLANG],
         "must_mention": ["31 december 2014", "två år"]},
        {"id": "q5", "question": "Vilka sitter i samverkansgruppen och hur ofta träffas den?",
         "language": "sv", "answerable": True, "gold": [S_SG_SAMMANS, S_SG_MOTEN],
         "must_mention": ["fyra förtroendevalda", "sex företrädare", "tre gånger per år"]},
        {"id": "q6", "question": "Does the county council commit to multi-year grants?",
         "language": "en", "answerable": True, "gold": [sents("langsiktighet", "public")[0]],
         "must_mention": ["tre år i taget"]},
        {"id": "q7", "question": "Hur ofta följs överenskommelsen upp och vem ansvarar för uppföljningen?",
         "language": "sv", "answerable": True, "gold": [S_ARLIG, P_UPPF],
         "must_mention": ["årligen", "Landstingsstyrelsen"]},
        {"id": "q8", "question": "Vad ska organisationerna göra enligt principen om jämlik hälsa?",
         "language": "sv", "answerable": True, "gold": sents("jamlik_halsa", "civil_society"),
         "must_mention": ["erfarenheter", "hälsofrämjande"]},
        {"id": "q9", "question": "Kan landstinget hjälpa vår förening med lokaler för våra möten?",
         "language": "sv", "answerable": False, "gold": [], "must_mention": []},
        {"id": "q10", "question": "What is the phone number of the county council's contact person for the agreement?",
         "language": "en", "answerable": False, "gold": [], "must_mention": []},
    ]
    exp = {
        "file": BASE + ".pdf",
        "layout": "pdf_numbered_landsting",
        "description": ("Older (2011) landsting agreement as LibreOffice PDF: title page, "
                        "table of contents with dotted leaders and page numbers, deep manual "
                        "numbering (5.3.1 Landstingets åtaganden / 5.3.2 Organisationernas "
                        "åtaganden / 5.x.3 Gemensamma åtaganden), principles as numbered "
                        "headings 'Principen om ...' incl. extra principle jämlik hälsa, "
                        "commitments as running sentences inside justified paragraphs with "
                        "automatic Swedish hyphenation at line ends, six footnotes (one directly "
                        "after a commitment sentence), running header, footer 'Dnr LK 2010/1187' "
                        "and page 'N (M)'; organisation/follow-up commitments outside the "
                        "principles (principle null); signing date differs from decision date."),
        "metadata": {
            "doc_id": "kronholm",
            "title": TITLE,
            "place": "Kronholm",
            "organisation": "Landstinget Kronholm",
            "kind": "överenskommelse",
            "date": "2011-06-14",
            "body": "landstingsfullmäktige",
        },
        "commitments": COMMITMENTS,
        "questions": qs,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    build()
    write_expected()
    print("wrote", PDF, "commitments:", len(COMMITMENTS))
