#!/usr/bin/env python3
"""Generate tornasa_overenskommelse.fodt -> .pdf (LibreOffice) and expected.json.

Layout: cover page, running header, "Sida X av Y" footer, commitments in
running prose paragraphs (several per paragraph, mixed parties), principle
headings "Princip: X" and "X – undertitel", footnotes (one right after a
commitment), signature page with a two-column table, appendix "Bilaga 1
Handlingsplan" with a table Aktivitet | Ansvar | Tidplan.  The appendix rows
are nominal planning items (no party commits in a sentence) and are
therefore NOT listed as commitments; the commitments they implement are in
the prose.

Markup in the source text:
  [[P|...]] [[C|...]] [[J|...]]   commitment (public / civil_society / joint)
  {{...}}                         footnote body (placed where it stands)
Needs: soffice, pdftotext.
"""
import json
import os
import re
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "tornasa_overenskommelse"
PARTY = {"P": "public", "C": "civil_society", "J": "joint"}

# ----------------------------------------------------------------------------
# Content.  Blocks: ("title", t) ("sub", t) ("cover", t) ("h1", t, principle)
# ("h2", t, principle) ("p", t) ("pb",) page break before next block,
# ("sig",) signature table, ("plan",) handlingsplan table, ("small", t)
# ----------------------------------------------------------------------------
B = []
A = B.append

A(("cover", "Tornåsa kommun · Idéforum Tornåsa"))
A(("title", "Lokal överenskommelse om samverkan mellan Tornåsa kommun och "
             "den idéburna sektorn"))
A(("sub", "Överenskommelse 2024–2028"))
A(("cover", "Antagen av kommunfullmäktige 2024-04-22, § 61"))
A(("cover", "Dnr KS 2023/0356"))
A(("pb",))

A(("h1", "1 Inledning", None))
A(("p", "Tornåsa har en lång tradition av folkrörelser. Bygdegårds"
        "föreningar, idrottsföreningar, frikyrkoförsamlingar, pensionärs"
        "organisationer och nykterhetsrörelsen har under mer än ett sekel "
        "format livet i kommunens byar och tätorter. Under de senaste tio åren "
        "har dessutom många nya föreningar bildats, inte minst av människor "
        "som har flyttat till Tornåsa från andra delar av världen. Tillsammans "
        "utgör de en idéburen sektor som skapar mötesplatser, gemenskap och "
        "delaktighet och som ofta når människor som kommunen har svårt att nå."))
A(("p", "Den här överenskommelsen är ett uttryck för en gemensam vilja hos "
        "Tornåsa kommun och de idéburna organisationerna att utveckla och "
        "fördjupa samverkan. Den bygger på den nationella överenskommelse som "
        "regeringen, Sveriges Kommuner och Landsting och idéburna organisationer "
        "inom det sociala området ingick 2008.{{Överenskommelsen mellan "
        "regeringen, idéburna organisationer inom det sociala området och "
        "Sveriges Kommuner och Landsting, 2008. Sedan 2018 följs arbetet upp "
        "av Nationellt organ för dialog och samråd mellan regeringen och det "
        "civila samhället (NOD).}} Principerna från den nationella "
        "överenskommelsen har anpassats till lokala förhållanden i Tornåsa."))
A(("p", "Överenskommelsen antogs av Idéforum Tornåsas årsmöte den 11 april "
        "2024 och av kommunfullmäktige den 22 april 2024, § 61. Den "
        "undertecknades vid Föreningarnas dag i Tornåsa den 16 maj 2024."))

A(("h1", "2 Bakgrund och syfte", None))
A(("p", "Arbetet med överenskommelsen inleddes våren 2023 efter ett uppdrag "
        "från kommunstyrelsen. En gemensam arbetsgrupp med fyra representanter "
        "för kommunen och fem för de idéburna organisationerna har lett "
        "arbetet. Arbetsgruppen har genomfört sex dialogmöten i olika delar av "
        "kommunen, bland annat i Bäckby, Norra Tornåsa och Hultasjö, och en "
        "enkät som besvarades av 93 föreningar. Ett förslag var ute på remiss "
        "under hösten 2023."))
A(("p", "I dialogmötena framkom att många föreningar upplever att kommunen "
        "är svår att nå, att det är oklart vem som ansvarar för vad och att "
        "bidragsreglerna ändras för ofta. Samtidigt lyfte förvaltningarna fram "
        "att det saknas en samlad bild av vilka föreningar som finns och vad de "
        "gör. Överenskommelsen är ett svar på dessa iakttagelser."))
A(("p", "Tornåsa kommun har sedan 2016 haft en föreningspolicy som "
        "främst reglerar föreningsbidrag och lokalbokning. Föreningspolicyn "
        "gäller fortfarande och kompletteras av denna överenskommelse, som "
        "har ett bredare perspektiv och omfattar hela kommunens samverkan med "
        "den idéburna sektorn. Om föreningspolicyn och överenskommelsen "
        "skulle stå i strid med varandra ska föreningspolicyn ses över."))
A(("p", "Syftet med överenskommelsen är att stärka den idéburna sektorns roll "
        "som självständig och kritisk röstbärare, att tydliggöra parternas "
        "roller och ansvar och att skapa goda och långsiktiga förutsättningar "
        "för samverkan till nytta för Tornåsas invånare. Överenskommelsen är "
        "inte juridiskt bindande och reglerar inte ekonomiska mellanhavanden "
        "mellan parterna. Den är en gemensam avsiktsförklaring som ska "
        "vägleda både kommunen och organisationerna i det dagliga arbetet."))

A(("h1", "3 Parterna", None))
A(("p", "Med den idéburna sektorn avses{{Begreppet idéburen sektor används "
        "här om civilsamhällets idéburna organisationer, det vill säga ideella "
        "föreningar, stiftelser, trossamfund och ekonomiska föreningar som "
        "inte har vinstsyfte.}} i denna överenskommelse de organisationer som "
        "har anslutit sig till överenskommelsen. Idéforum Tornåsa är ett "
        "nätverk som bildades 2019 och som i dag samlar 57 föreningar. "
        "Idéforum företräder de anslutna organisationerna i frågor som rör "
        "överenskommelsen, men varje organisation ansvarar för sina egna "
        "åtaganden."))
A(("p", "En organisation ansluter sig genom en anmälan till Idéforum Tornåsa. "
        "Anmälan kan göras när som helst under överenskommelsens giltighetstid. "
        "En förteckning över anslutna organisationer finns på kommunens "
        "webbplats och på Idéforums webbplats."))
A(("p", "Kommunen företräds av kommunstyrelsen, som har gett kultur- och "
        "fritidsnämnden i uppdrag att ansvara för det löpande arbetet med "
        "överenskommelsen. Överenskommelsen gäller för samtliga nämnder och "
        "förvaltningar i Tornåsa kommun."))

A(("h1", "4 Roller och former för samverkan", None))
A(("p", "De idéburna organisationerna har flera roller i förhållande till "
        "kommunen. De är röstbärare som för fram sina medlemmars och "
        "målgruppers intressen, opinionsbildare som driver frågor i den "
        "offentliga debatten, skapare av mötesplatser och gemenskap och i "
        "vissa fall utförare av verksamhet som kommunen finansierar. Samma "
        "organisation kan ha flera roller samtidigt, och det är viktigt att "
        "rollerna hålls isär."))
A(("p", "Samverkan kan ske i många former. De vanligaste i Tornåsa är "
        "föreningsbidrag, upplåtelse av lokaler och anläggningar, gemensamma "
        "projekt, idéburet offentligt partnerskap och upphandling enligt "
        "lagen om offentlig upphandling. Därtill kommer det löpande samrådet "
        "i råd och nätverk, till exempel kommunens pensionärsråd, "
        "funktionsrättsråd och ungdomsråd, där flera idéburna organisationer "
        "är representerade."))
A(("p", "[[P|Kommunen ska vid varje ny samverkan pröva vilken form som är "
        "lämplig och redovisa skälen för valet för den berörda "
        "organisationen.]] [[C|Organisationerna ansvarar för sin del för att "
        "bedöma om en föreslagen samverkansform är förenlig med deras ändamål "
        "och stadgar.]] Överenskommelsen påverkar inte kommunens skyldighet "
        "att följa lagstiftningen om offentlig upphandling och statligt stöd."))

A(("h1", "5 Principer för samverkan", None))
A(("p", "Överenskommelsen bygger på de sex principerna i den nationella "
        "överenskommelsen: självständighet och oberoende, dialog, kvalitet, "
        "långsiktighet, öppenhet och insyn samt mångfald. Parterna har också "
        "valt att lägga till en sjunde princip om barnrätt. Under varje princip "
        "beskrivs vad principen innebär och vad parterna åtar sig, var för sig "
        "och tillsammans."))

A(("h2", "Princip: Självständighet och oberoende", "sjalvstandighet_och_oberoende"))
A(("p", "Den idéburna sektorn har en viktig roll som röstbärare och "
        "opinionsbildare. Organisationernas självständighet är ett värde i "
        "sig och en förutsättning för ett levande demokratiskt samhälle. Att en "
        "organisation samverkar med kommunen eller får stöd från kommunen "
        "innebär inte att den ska avstå från att kritisera kommunen."))
A(("p", "[[P|Kommunen ansvarar för att respektera de idéburna organisationernas "
        "rätt att självständigt formulera sina mål, välja arbetsformer och "
        "driva opinion, även i frågor där de är kritiska mot kommunens "
        "beslut.]] [[P|Kommunen ska inte använda bidrag eller andra former av "
        "stöd för att styra organisationernas inre arbete.]] [[C|Organisationerna "
        "ska i sin tur vara tydliga med när de agerar som utförare av "
        "verksamhet på kommunens uppdrag och när de agerar som "
        "intresseorganisationer.]]"))
A(("p", "[[C|De idéburna organisationerna åtar sig att bedriva sin verksamhet "
        "i enlighet med demokratiska principer och att ha stadgar, styrelse och "
        "ekonomisk redovisning som följer god föreningssed.]] [[J|Parterna ska "
        "gemensamt värna om att samverkan inte leder till att organisationerna "
        "blir beroende av kommunen på ett sätt som begränsar deras "
        "oberoende.]]"))

A(("h2", "Princip: Dialog", "dialog"))
A(("p", "Dialog innebär att parterna lyssnar på varandra och tar tillvara "
        "varandras kunskaper och erfarenheter innan beslut fattas. En god "
        "dialog förutsätter att det finns tid, att underlagen är begripliga "
        "och att de som deltar får veta vad deras synpunkter ledde till. "
        "Dialogen ersätter inte de demokratiska beslutsprocesserna; det är "
        "alltid de förtroendevalda som fattar besluten. Under arbetet med "
        "överenskommelsen har många föreningar efterfrågat bättre "
        "återkoppling: de har lämnat synpunkter men sällan fått veta vad som "
        "hände med dem."))
A(("p", "[[P|Kommunen ansvarar för att de idéburna organisationerna bjuds in "
        "tidigt när kommunen tar fram policyer, planer och program som berör "
        "deras verksamhet eller de grupper de företräder.]] [[P|Underlag ska "
        "skickas ut i så god tid att organisationerna hinner förankra sina "
        "synpunkter hos sina medlemmar, normalt minst fyra veckor före sista "
        "svarsdag.]] [[C|Idéforum Tornåsa ska för sin del samla in och föra "
        "fram synpunkter från de anslutna organisationerna och återkoppla "
        "resultatet av dialogen till dem.]]"))
A(("p", "[[J|Parterna förbinder sig att gemensamt arrangera ett dialogforum "
        "minst två gånger per år, varav det ena i samband med kommunens "
        "budgetarbete under våren.]] Dialogforum är öppet för alla anslutna "
        "organisationer och för kommunens förtroendevalda och tjänstepersoner "
        "och ersätter de tidigare föreningsträffarna.{{De årliga "
        "föreningsträffarna arrangerades av kultur- och fritidsförvaltningen "
        "2012–2022.}} [[P|Kommunen ska se till att minst en ledamot av "
        "kommunstyrelsens presidium och berörda förvaltningschefer deltar i "
        "varje dialogforum.]]"))

A(("h2", "Princip: Kvalitet", "kvalitet"))
A(("p", "Kvalitet i idéburen verksamhet handlar om mer än mätbara resultat. "
        "Den bedöms i första hand av dem som verksamheten finns till för och "
        "hänger ofta samman med engagemang, delaktighet och förtroende. "
        "Parterna är överens om att uppföljning är viktig, men att den ska "
        "utformas så att den inte tar kraft från själva verksamheten. För små "
        "föreningar som helt drivs av ideella krafter kan omfattande "
        "redovisningskrav vara ett skäl att avstå från att söka stöd."))
A(("p", "[[P|Kommunen ska i sin uppföljning av bidrag och partnerskap ta "
        "hänsyn till de idéburna organisationernas särart och inte ställa "
        "större krav på redovisning än vad som är motiverat av stödets "
        "omfattning.]] [[C|Organisationerna ansvarar i sin tur för att den "
        "verksamhet som får stöd av kommunen bedrivs med god kvalitet och att "
        "de redovisar resultatet på det sätt som har överenskommits.]] "
        "[[J|Tillsammans ska parterna utveckla en enkel modell för att beskriva "
        "och följa upp kvalitet, där också deltagarnas egna erfarenheter tas "
        "tillvara.]]"))
A(("p", "[[P|Kommunen erbjuder kompetensutveckling för organisationernas "
        "förtroendevalda och anställda, bland annat i ekonomi, styrelsearbete "
        "och ansökningsskrivande.]] [[C|Organisationerna ska verka för att "
        "deras ledare får den utbildning som krävs för uppdraget, särskilt när "
        "verksamheten riktar sig till barn eller till personer i utsatta "
        "situationer.]]"))

A(("h2", "Långsiktighet – förutsättningar att planera", "langsiktighet"))
A(("p", "Långsiktiga relationer och stabila villkor gör det möjligt för "
        "organisationerna att planera, att behålla engagerade medlemmar och "
        "anställda och att utveckla sin verksamhet. För kommunen innebär "
        "långsiktighet att samverkan med civilsamhället blir en naturlig del "
        "av verksamheten och inte beroende av enskilda personer. Många "
        "föreningar har beskrivit hur ettåriga projektmedel har gjort det "
        "svårt att behålla både personal och deltagare när projekten har "
        "avslutats."))
A(("p", "[[P|Kommunen verkar för att stöd till idéburna organisationer i "
        "första hand ges som fleråriga verksamhetsbidrag eller genom idéburet "
        "offentligt partnerskap, när verksamheten är av långsiktig "
        "karaktär.]]{{Idéburet offentligt partnerskap (IOP) är en "
        "samverkansform där en idéburen organisation och en offentlig aktör "
        "gemensamt bidrar till en verksamhet som inte är en "
        "upphandlingspliktig tjänst.}} [[P|Beslut om bidrag för kommande år "
        "ska meddelas senast den 30 november.]] [[C|De idéburna "
        "organisationerna ska i god tid informera kommunen om de förutser att "
        "de inte kommer att kunna genomföra en verksamhet som kommunen har gett "
        "stöd till.]]"))
A(("p", "[[P|Kommunen förbinder sig att inte ändra villkoren för ett beviljat "
        "flerårigt bidrag under bidragsperioden, annat än om det finns "
        "synnerliga skäl och efter dialog med den berörda organisationen.]] "
        "[[J|Parterna åtar sig att gemensamt se över bidragsreglerna under 2025 "
        "med målet att göra dem enklare och mer förutsebara.]]"))

A(("h2", "Öppenhet och insyn – att visa hur vi arbetar", "oppenhet_och_insyn"))
A(("p", "Öppenhet skapar förtroende mellan parterna och gentemot invånarna. "
        "Det gäller både hur kommunen fattar beslut som berör de idéburna "
        "organisationerna och hur organisationerna använder offentliga medel. "
        "Samtidigt har organisationerna rätt att ha en verksamhet som inte är "
        "föremål för kommunens granskning."))
A(("p", "[[P|Kommunen ska göra information om bidrag, lokaler, partnerskap och "
        "beslutsprocesser lätt tillgänglig på kommunens webbplats och på "
        "lättläst svenska.]] [[P|Kommunen ansvarar också för att det finns en "
        "namngiven kontaktperson för den idéburna sektorn på varje "
        "förvaltning.]] [[C|De idéburna organisationerna ska ge kommunen insyn "
        "i hur offentliga medel har använts genom verksamhetsberättelse, "
        "ekonomisk redovisning och revisionsberättelse.]] Insynen omfattar den "
        "verksamhet som har fått offentligt stöd och inte organisationernas "
        "övriga verksamhet."))
A(("p", "[[J|Båda parter ska vara öppna med sina förutsättningar och "
        "begränsningar, till exempel när det gäller ekonomi och "
        "personalresurser, så att förväntningarna på samverkan blir "
        "realistiska.]]"))

A(("h2", "Mångfald – plats för alla", "mangfald"))
A(("p", "Den idéburna sektorn i Tornåsa rymmer stora organisationer med "
        "anställd personal och små föreningar som helt bygger på ideella "
        "insatser, organisationer med rötter i 1800-talets folkrörelser och "
        "föreningar som bildades förra året. Mångfalden är en styrka, men den "
        "innebär också att förutsättningarna att samverka med kommunen "
        "skiljer sig mycket åt. Den som inte har en anställd kanslist eller "
        "erfarenhet av kommunala processer behöver ofta mer stöd för att kunna "
        "delta på lika villkor."))
A(("p", "[[P|Kommunen ska verka för att även små, nystartade och mindre "
        "etablerade organisationer får möjlighet att delta i samverkan, bland "
        "annat genom att erbjuda stöd vid ansökningar och anpassa "
        "mötestider.]] [[C|Idéforum Tornåsa avser att aktivt bjuda in "
        "organisationer som ännu inte har anslutit sig, särskilt föreningar som "
        "har bildats av personer med utländsk bakgrund och föreningar i "
        "kommunens ytterområden.]] [[C|De anslutna organisationerna ska sträva "
        "efter att deras verksamhet är öppen och tillgänglig för alla oavsett "
        "bakgrund, kön, funktionsförmåga eller ålder.]]"))
A(("p", "[[P|Kommunen åtar sig vidare att se till att de lokaler som kommunen "
        "upplåter till föreningslivet är tillgängliga för personer med "
        "funktionsnedsättning.]]"))

A(("h2", "Barnrätt – barns och ungas inflytande", "barnrattsperspektiv"))
A(("p", "Sedan 2020 är barnkonventionen svensk lag.{{Lagen (2018:1197) om "
        "Förenta nationernas konvention om barnets rättigheter.}} Många "
        "idéburna organisationer möter barn och unga varje vecka, i "
        "idrottshallar, scoutstugor, läxhjälp och församlingslokaler. De har "
        "därför en särskild kunskap om barns och ungas villkor i Tornåsa."))
A(("p", "[[J|Parterna ska tillsammans verka för att barn och unga får komma "
        "till tals i frågor som rör dem, både i kommunens beslut och i "
        "föreningarnas verksamhet.]] [[P|Kommunen ansvarar för att göra en "
        "barnrättsbedömning innan beslut fattas om att förändra stöd till "
        "verksamhet som riktar sig till barn.]] [[C|Organisationer som bedriver "
        "verksamhet för barn och unga åtar sig att ha rutiner för att "
        "förebygga och hantera kränkningar och övergrepp.]]"))

A(("h1", "6 Uppföljning och utveckling", None))
A(("p", "[[J|Parterna ska årligen följa upp överenskommelsen vid det "
        "dialogforum som hålls under hösten.]] [[P|Kultur- och fritidsnämnden "
        "ansvarar för att sammanställa en skriftlig uppföljning som redovisas "
        "för kommunstyrelsen senast den 31 mars året efter.]] [[C|Idéforum "
        "Tornåsa ska bidra till uppföljningen genom att varje år genomföra en "
        "enkät bland de anslutna organisationerna.]]"))
A(("p", "Uppföljningen beskriver hur principerna har tillämpats, vilka "
        "aktiviteter i handlingsplanen som har genomförts och vilka "
        "erfarenheter parterna har gjort. Den ska vara kortfattad och skriven "
        "så att den kan läsas av alla som är intresserade av samverkan. "
        "[[J|Parterna ska revidera handlingsplanen i bilaga 1 varje år i "
        "samband med uppföljningen.]]"))

A(("h1", "7 Giltighetstid", None))
A(("p", "Överenskommelsen gäller från och med den 1 juni 2024 till och med "
        "den 31 december 2028. [[J|Senast ett år innan giltighetstiden löper ut "
        "ska parterna påbörja arbetet med en ny eller reviderad "
        "överenskommelse.]] Överenskommelsen kan sägas upp i förtid av vardera "
        "parten med sex månaders uppsägningstid."))

A(("h1", "8 Kontakt", None))
A(("p", "Tornåsa kommun: Maria Holmgren, utvecklingsstrateg, kultur- och "
        "fritidsförvaltningen, telefon 0477-55 12 80, "
        "maria.holmgren@tornasa.se."))
A(("p", "Idéforum Tornåsa: Ali Rahimi, samordnare, telefon 070-312 44 19, "
        "kontakt@ideforumtornasa.se."))
A(("pb",))

A(("h1", "Underskrifter", None))
A(("p", "Denna överenskommelse har upprättats i två likalydande exemplar, "
        "av vilka parterna har tagit var sitt."))
A(("p", "Tornåsa den 16 maj 2024"))
A(("sig",))
A(("pb",))

A(("h1", "Bilaga 1 Handlingsplan", None))
A(("p", "Handlingsplanen anger de aktiviteter som parterna avser att "
        "prioritera under 2024 och 2025. Den följs upp och revideras årligen "
        "enligt avsnitt 6."))
A(("plan",))
A(("small", "Handlingsplanen är ett levande dokument. Aktiviteter och tidplan "
            "kan justeras efter dialog mellan parterna."))

SIG = [("För Tornåsa kommun", "För Idéforum Tornåsa"),
       ("Karin Sjöberg (S), kommunstyrelsens ordförande",
        "Erik Nyström, ordförande"),
       ("Johan Persson (M), kultur- och fritidsnämndens ordförande",
        "Leila Haddad, vice ordförande")]

PLAN = [("Aktivitet", "Ansvar", "Tidplan"),
        ("Gemensam kommunikationsplan för överenskommelsen", "Gemensamt",
         "Hösten 2024"),
        ("Namngivna kontaktpersoner på samtliga förvaltningar", "Kommunen",
         "Senast december 2024"),
        ("Dialogforum vår och höst", "Gemensamt", "April och oktober varje år"),
        ("Utbildningsserie i styrelsearbete och ekonomi",
         "Kommunen (kultur- och fritidsförvaltningen)", "Start januari 2025"),
        ("Översyn av bidragsreglerna", "Gemensamt", "2025"),
        ("Enkät till anslutna organisationer", "Idéforum Tornåsa",
         "September varje år"),
        ("Informationsmaterial på lättläst svenska, arabiska, somaliska och "
         "engelska", "Kommunen", "Våren 2025"),
        ("Kartläggning av föreningar i ytterområdena", "Idéforum Tornåsa",
         "2025"),
        ("Vägledning för idéburet offentligt partnerskap",
         "Kommunen i dialog med Idéforum Tornåsa", "Senast juni 2025")]

# ----------------------------------------------------------------------------
TOKEN = re.compile(r"\[\[([PCJ])\||\]\]|\{\{(.*?)\}\}", re.S)


def inline(t, notes):
    """Escape text, drop commitment markers, turn {{..}} into footnotes."""
    out, pos = [], 0
    for m in TOKEN.finditer(t):
        out.append(escape(t[pos:m.start()]))
        if m.group(0).startswith("{{"):
            notes.append(m.group(2))
            n = len(notes)
            out.append(
                f'<text:note text:id="ftn{n}" text:note-class="footnote">'
                f'<text:note-citation>{n}</text:note-citation><text:note-body>'
                f'<text:p text:style-name="Footnote">{escape(m.group(2))}'
                f'</text:p></text:note-body></text:note>')
        pos = m.end()
    out.append(escape(t[pos:]))
    return "".join(out)


def cell(text, style="Table_20_Contents", cstyle="Tbl.C"):
    return (f'<table:table-cell table:style-name="{cstyle}" office:value-type="string">'
            f'<text:p text:style-name="{style}">{escape(text)}</text:p></table:table-cell>')


body, notes, commitments = [], [], []
principle = None
brk = False
for blk in B:
    k = blk[0]
    if k == "pb":
        brk = True
        continue
    if k in ("h1", "h2"):
        principle = blk[2]
    if k == "p":
        for m in re.finditer(r"\[\[([PCJ])\|(.*?)\]\]", blk[1], re.S):
            txt = re.sub(r"\{\{.*?\}\}", "", m.group(2))
            commitments.append({"text": " ".join(txt.split()),
                                "principle": principle,
                                "party": PARTY[m.group(1)]})
    if k == "cover":
        style = "CoverBreak" if brk else "Cover"
        body.append(f'<text:p text:style-name="{style}">{escape(blk[1])}</text:p>')
    elif k == "title":
        body.append(f'<text:p text:style-name="Title">{escape(blk[1])}</text:p>')
    elif k == "sub":
        body.append(f'<text:p text:style-name="Subtitle">{escape(blk[1])}</text:p>')
    elif k == "h1":
        style = "H1Break" if brk else "Heading_20_1"
        body.append(f'<text:h text:style-name="{style}" text:outline-level="1">'
                    f'{escape(blk[1])}</text:h>')
    elif k == "h2":
        body.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">'
                    f'{escape(blk[1])}</text:h>')
    elif k == "p":
        body.append(f'<text:p text:style-name="Text_20_body">{inline(blk[1], notes)}</text:p>')
    elif k == "small":
        body.append(f'<text:p text:style-name="Small">{escape(blk[1])}</text:p>')
    elif k == "sig":
        rows = []
        for i, (a, b) in enumerate(SIG):
            if i == 0:
                rows.append("<table:table-row>" + cell(a, "SigHead", "Sig.C") +
                            cell(b, "SigHead", "Sig.C") + "</table:table-row>")
            else:
                rows.append("<table:table-row>" + cell("_______________________________", "SigLine", "Sig.C") +
                            cell("_______________________________", "SigLine", "Sig.C") + "</table:table-row>")
                rows.append("<table:table-row>" + cell(a, "SigName", "Sig.C") +
                            cell(b, "SigName", "Sig.C") + "</table:table-row>")
        body.append('<table:table table:name="Underskrifter" table:style-name="Sig">'
                    '<table:table-column table:style-name="Sig.A" table:number-columns-repeated="2"/>'
                    + "".join(rows) + "</table:table>")
    elif k == "plan":
        rows = []
        for i, r in enumerate(PLAN):
            st = "Table_20_Heading" if i == 0 else "Table_20_Contents"
            cs = "Tbl.H" if i == 0 else "Tbl.C"
            rows.append("<table:table-row>" + "".join(cell(x, st, cs) for x in r)
                        + "</table:table-row>")
        body.append('<table:table table:name="Handlingsplan" table:style-name="Tbl">'
                    '<table:table-column table:style-name="Tbl.A"/>'
                    '<table:table-column table:style-name="Tbl.B"/>'
                    '<table:table-column table:style-name="Tbl.D"/>'
                    '<table:table-header-rows>' + rows[0] + '</table:table-header-rows>'
                    + "".join(rows[1:]) + "</table:table>")
    brk = False

FODT = f"""<?xml version="1.0" encoding="UTF-8"?>
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
  <dc:title>Lokal överenskommelse Tornåsa 2024–2028</dc:title>
  <meta:initial-creator>Kultur- och fritidsförvaltningen</meta:initial-creator>
  <dc:language>sv-SE</dc:language>
 </office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt"
     fo:language="sv" fo:country="SE" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="125%" fo:text-align="justify" fo:keep-together="always"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body">
   <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold" fo:color="#1f4e5f"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1">
   <style:text-properties fo:font-size="15pt"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2">
   <style:text-properties fo:font-size="12.5pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="5cm" fo:margin-bottom="0.6cm" fo:text-align="center"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="22pt" fo:font-weight="bold" fo:color="#1f4e5f"/>
  </style:style>
  <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="3cm" fo:text-align="center"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt"/>
  </style:style>
  <style:style style:name="Cover" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="center"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm"/>
   <style:text-properties fo:font-size="8.5pt"/>
  </style:style>
  <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.3cm"/>
   <style:text-properties fo:font-size="9pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents">
   <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold" fo:color="#ffffff"/>
  </style:style>
  <style:style style:name="SigHead" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="1.6cm"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="SigLine" style:family="paragraph" style:parent-style-name="Standard"/>
  <style:style style:name="SigName" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="1.6cm"/>
   <style:text-properties fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#666666"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/>
  </style:style>
  <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="H1Break" style:family="paragraph" style:parent-style-name="Heading_20_1">
   <style:paragraph-properties fo:break-before="page"/>
  </style:style>
  <style:style style:name="CoverBreak" style:family="paragraph" style:parent-style-name="Cover">
   <style:paragraph-properties fo:break-before="page"/>
  </style:style>
  <style:style style:name="Tbl" style:family="table">
   <style:table-properties style:width="16cm" table:align="margins" fo:margin-top="0.3cm"/>
  </style:style>
  <style:style style:name="Tbl.A" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
  <style:style style:name="Tbl.B" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
  <style:style style:name="Tbl.D" style:family="table-column"><style:table-column-properties style:column-width="3.5cm"/></style:style>
  <style:style style:name="Tbl.H" style:family="table-cell">
   <style:table-cell-properties fo:background-color="#1f4e5f" fo:padding="0.12cm" fo:border="0.5pt solid #1f4e5f"/>
  </style:style>
  <style:style style:name="Tbl.C" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #999999"/>
  </style:style>
  <style:style style:name="Sig" style:family="table">
   <style:table-properties style:width="16cm" table:align="margins" fo:margin-top="1cm"/>
  </style:style>
  <style:style style:name="Sig.A" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
  <style:style style:name="Sig.C" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="none"/>
  </style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
     fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.5cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Header">Lokal överenskommelse Tornåsa 2024–2028</text:p></style:header>
   <style:footer><text:p text:style-name="Footer">Sida <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
{chr(10).join(body)}
  </office:text>
 </office:body>
</office:document>
"""

fodt = os.path.join(HERE, BASE + ".fodt")
with open(fodt, "w", encoding="utf-8") as f:
    f.write(FODT)

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to", "pdf", "--outdir", tmp, fodt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, BASE + ".pdf"), os.path.join(HERE, BASE + ".pdf"))

pdftext = subprocess.run(["pdftotext", os.path.join(HERE, BASE + ".pdf"), "-"],
                         capture_output=True, text=True, check=True).stdout
flat = " ".join(pdftext.split())

# ----------------------------------------------------------------------------
C = [c["text"] for c in commitments]


def g(prefix):
    hits = [t for t in C if t.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]


questions = [
    {"id": "q1", "language": "sv", "answerable": True,
     "question": "Vad ansvarar kommunen för under principen dialog?",
     "gold": [g("Kommunen ansvarar för att de idéburna organisationerna bjuds"),
              g("Underlag ska skickas ut"), g("Kommunen ska se till att minst en")],
     "must_mention": ["bjuds in tidigt", "fyra veckor"]},
    {"id": "q2", "language": "en", "answerable": True,
     "question": "When did the municipal council adopt the agreement?",
     "gold": ["Överenskommelsen antogs av Idéforum Tornåsas årsmöte den 11 april "
              "2024 och av kommunfullmäktige den 22 april 2024, § 61."],
     "must_mention": ["22 april 2024"]},
    {"id": "q3", "language": "sv", "answerable": True,
     "question": "nar far foreningarna besked om bidrag for nasta ar?",
     "gold": [g("Beslut om bidrag för kommande år")],
     "must_mention": ["30 november"]},
    {"id": "q4", "language": "sv", "answerable": True,
     "question": "Vad åtar sig de idéburna organisationerna när det gäller öppenhet och insyn?",
     "gold": [g("De idéburna organisationerna ska ge kommunen insyn"),
              g("Båda parter ska vara öppna")],
     "must_mention": ["revisionsberättelse"]},
    {"id": "q5", "language": "sv", "answerable": True,
     "question": "Hur ofta ska dialogforum hållas?",
     "gold": [g("Parterna förbinder sig att gemensamt arrangera")],
     "must_mention": ["två gånger per år"]},
    {"id": "q6", "language": "en", "answerable": True,
     "question": "How is the agreement followed up, and who reports to the municipal executive board?",
     "gold": [g("Parterna ska årligen följa upp"), g("Kultur- och fritidsnämnden ansvarar"),
              g("Idéforum Tornåsa ska bidra till uppföljningen")],
     "must_mention": ["årligen", "31 mars"]},
    {"id": "q7", "language": "sv", "answerable": True,
     "question": "Hur länge gäller överenskommelsen?",
     "gold": ["Överenskommelsen gäller från och med den 1 juni 2024 till och med "
              "den 31 december 2028."],
     "must_mention": ["31 december 2028"]},
    {"id": "q8", "language": "sv", "answerable": True,
     "question": "Måste kommunen göra en barnrättsbedömning innan den ändrar stödet till vår barnverksamhet?",
     "gold": [g("Kommunen ansvarar för att göra en barnrättsbedömning")],
     "must_mention": ["barnrättsbedömning"]},
    {"id": "q9", "language": "sv", "answerable": False,
     "question": "Hur mycket pengar får Idéforum Tornåsa i bidrag från kommunen per år?",
     "gold": [], "must_mention": []},
    {"id": "q10", "language": "en", "answerable": False,
     "question": "Is there a procedure for resolving disputes if the parties disagree about how the agreement is applied?",
     "gold": [], "must_mention": []},
]
for q in questions:
    for mm in q["must_mention"]:
        assert any(mm in x for x in q["gold"]), (q["id"], mm)
missing = [t for t in C + [x for q in questions for x in q["gold"]] if t not in flat]
for t in missing:
    print("WARNING not in pdftotext output:", t[:80])

expected = {
    "file": BASE + ".pdf",
    "layout": "pdf_prose_commitments",
    "description": (
        "LibreOffice PDF (source .fodt) with cover page, running header and "
        "'Sida X av Y' footer; commitments only in running prose paragraphs, "
        "typically two or three per paragraph from different parties "
        "('Kommunen ansvarar för att ... Organisationerna ska i sin tur ...', "
        "'Parterna förbinder sig att ...'); principle headings as 'Princip: X' "
        "and 'X – undertitel', extra principle 'Barnrätt'; five footnotes, one "
        "directly after a commitment; signature page with a borderless two-"
        "column table; 'Bilaga 1 Handlingsplan' table Aktivitet | Ansvar | "
        "Tidplan whose rows are nominal planning items and are not listed as "
        "commitments."),
    "metadata": {
        "doc_id": "tornasa",
        "title": "Lokal överenskommelse om samverkan mellan Tornåsa kommun och "
                 "den idéburna sektorn",
        "place": "Tornåsa",
        "organisation": "Tornåsa kommun",
        "kind": "överenskommelse",
        "date": "2024-04-22",
        "body": "kommunfullmäktige",
    },
    "commitments": commitments,
    "questions": questions,
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"{BASE}.pdf: {len(flat.split())} words, {len(commitments)} commitments, "
      f"{len(questions)} questions, {len(notes)} footnotes")
