#!/usr/bin/env python3
"""Generate ravelsby_overenskommelse_reviderad_spardade_andringar.docx and expected.json.

Ravelsby kommun (fictional): the revised agreement with the idéburna sektorn,
saved in Word with Track Changes still switched on. python-docx writes the base
document (Title, Heading 1/2, List Bullet, tables, header/footer with PAGE and
NUMPAGES fields); the revision mark-up is written by hand into the XML:

* w:ins / w:del (w:delText) runs by two reviewers (Anna Lindqvist at the
  kommunledningsförvaltning, Mikael Haddad at Ravelsby Föreningsråd),
* whole list items inserted (paragraph mark w:rPr/w:ins) or deleted (all runs
  in w:del and paragraph mark w:rPr/w:del),
* words changed inside a commitment (deleted word followed by inserted word),
  including a change of the acting party and of dates,
* a whole commitment sentence deleted inside a paragraph,
* text inserted by one reviewer and deleted by the other (w:ins > w:del),
* a formatting change (w:rPrChange), an inserted table row (w:trPr/w:ins),
* margin comments (word/comments.xml, w:commentRangeStart/End and
  w:commentReference), and w:trackRevisions in settings.xml.

The meaning of the document is the text with every change ACCEPTED, and
expected.json lists that text only.

Run: python3 make.py   (needs python-docx; falls back to /work/main/.venv)
"""
import itertools
import json
import os
import sys

try:
    import docx  # noqa: F401
except ImportError:  # fall back to the project venv which has python-docx
    venv = "/work/main/.venv/bin/python"
    if os.path.exists(venv) and not os.environ.get("MAKE_REEXEC"):
        os.environ["MAKE_REEXEC"] = "1"
        os.execv(venv, [venv] + sys.argv)
    raise

import datetime as dt

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = "c4_docx_tracked_changes"
FILE = "ravelsby_overenskommelse_reviderad_spardade_andringar.docx"
PUB, CS, JT = "public", "civil_society", "joint"

AUTHORS = {
    "A": ("Anna Lindqvist", "AL"),
    "B": ("Mikael Haddad", "MH"),
}
# each reviewer worked in one or two sessions; revision dates increase per reviewer
_CLOCK = {"A": dt.datetime(2025, 2, 11, 9, 2), "B": dt.datetime(2025, 3, 4, 13, 15)}
LATE_A = "2025-04-29T08:41:00Z"  # after the KF decision: the decision date was corrected
_rev_ids = itertools.count(101)  # apart from the comment ids 0–14


def _stamp(who):
    _CLOCK[who] += dt.timedelta(minutes=7)
    return _CLOCK[who].strftime("%Y-%m-%dT%H:%M:00Z")


# ------------------------------------------------------------ segment helpers
def I(text, who, date=None):
    return ("ins", text, who, date)


def D(text, who, date=None):
    return ("del", text, who, date)


def ID(text, ins_who, del_who):
    """Inserted by one reviewer and then deleted by the other."""
    return ("insdel", text, ins_who, del_who)


def CS_(key):
    return ("cstart", key)


def CE_(key):
    return ("cend", key)


def BOLD(text):
    return ("bold", text)


def FMT(text, who):
    """Normal text that a reviewer made bold (formatting change)."""
    return ("fmt", text, who)


def accepted(segs):
    if isinstance(segs, str):
        return segs
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(s)
        elif s[0] in ("ins", "bold", "fmt"):
            out.append(s[1])
    return "".join(out)


# ------------------------------------------------------------ document content
TITLE = "Överenskommelse mellan Ravelsby kommun och den idéburna sektorn i Ravelsby"

COMMENTS = {
    "c_att": ("A", "2025-04-29T08:45:00Z",
              "OBS! Spara med spårade ändringar till KS-beredningen. Ändringarna accepteras först när "
              "protokollet är justerat."),
    "c_date": ("A", "2025-04-29T08:43:00Z",
               "Ärendet bordlades i KF den 24 mars. Nytt beslutsdatum enligt protokoll 28/4."),
    "c_anslut": ("B", "2025-03-04T14:02:00Z",
                 "Varför ska anmälan inte längre gå via Föreningsrådet? Vi vill gärna veta vilka som är anslutna."),
    "c_anslut2": ("A", "2025-03-10T10:20:00Z",
                  "Föreningsservice har registret och skickar en förteckning till Föreningsrådet varje kvartal."),
    "c_vardegrund": ("B", "2025-03-04T13:40:00Z",
                     "Känns förmyndaraktigt. Föreningsrådet föreslår att punkten stryks."),
    "c_allmanhet": ("B", "2025-03-04T13:51:00Z",
                    "Vi kan inte ta på oss att informera allmänheten – det är kommunens uppgift."),
    "c_fyra": ("B", "2025-03-04T13:55:00Z",
               "Enligt dialogmötet 12 november: fyra forum per år, varav ett ute i en av kransorterna."),
    "c_gala": ("A", "2025-02-11T09:30:00Z",
               "Galan finansieras inte längre inom överenskommelsen. Den ligger i kultur- och "
               "fritidsnämndens verksamhetsplan för 2025."),
    "c_belast": ("B", "2025-03-04T14:20:00Z",
                 "OK för oss, men kommunen behöver hjälpa de mindre föreningarna med rutiner för detta."),
    "c_okt": ("A", "2025-03-10T10:31:00Z",
              "31 oktober fungerar bara om KF tar budgeten i juni. Har stämt av med ekonomichefen – det går."),
    "c_lokal": ("B", "2025-03-04T14:33:00Z", "Flyttad till 4.7 Samhällsutveckling (lokaler)."),
    "c_fr": ("B", "2025-03-04T14:41:00Z",
             "Föreningsrådet har inte resurser att göra den här sammanställningen. Uppgifterna finns "
             "redan i bidragsansökningarna."),
    "c_gdpr": ("B", "2025-03-04T14:47:00Z",
               "Detta registrerar vi inte och får inte heller göra det utan samtycke (GDPR)."),
    "c_kris": ("A", "2025-03-10T10:44:00Z", "Bra! Samordnas med kommunens beredskapssamordnare."),
    "c_synp": ("B", "2025-03-04T15:02:00Z", "Går bra, men vi behöver tillgång till kommunens enkätverktyg."),
}

VERSIONS = [
    ("Version", "Datum", "Ändring", "Ansvarig"),
    ("1.0", "2019-11-18", "Överenskommelsen antagen av kommunfullmäktige, § 112", "Kommunledningsförvaltningen"),
    ("1.1", "2022-03-07", "Redaktionella ändringar efter halvtidsuppföljningen, nya kontaktuppgifter",
     "Kommunledningsförvaltningen"),
]
VERSION_NEW = ("2.0", "2025-04-28", "Reviderad efter dialogmöten hösten 2024 och remiss till föreningslivet",
               "A. Lindqvist, M. Haddad")

# blocks: ("title"/"subtitle"/"h1"/"p"/"meta", segs)
#         ("h2", segs, principle)         sets the current principle
#         ("lead", segs, party)           "X åtar sig att:" sets the current party
#         ("li", segs[, mark])            list item; commitment if inside a lead-in and not deleted
#         ("plain_li", segs[, mark])      list item that is not a commitment
#         ("p", segs, [(sentence, party), ...])  paragraph with sentence commitments
# mark: ("ins", who) or ("del", who) for the paragraph mark
BODY = [
    ("title", [TITLE]),
    ("subtitle", ["Reviderad version 2025–", D("2027", "A"), I("2028", "A")]),
    ("meta", [CS_("c_att"), "Antagen av kommunfullmäktige 2025-", CS_("c_date"), D("03-24", "A", LATE_A),
              I("04-28", "A", LATE_A), CE_("c_date"), ", § 47", CE_("c_att")]),
    ("meta", ["Diarienummer: KS 2024/0318"]),
    ("meta", ["Dokumentansvarig: Kommunledningsförvaltningen, enheten för samhällsutveckling"]),
    ("meta", ["Gäller för: Kommunstyrelsen och samtliga nämnder samt de idéburna organisationer som "
              "har anslutit sig till överenskommelsen"]),
    ("versions",),
    ("pagebreak",),

    ("h1", ["1. Bakgrund"]),
    ("p", ["Ravelsby kommun och den idéburna sektorn i Ravelsby antog sin första gemensamma överenskommelse "
           "hösten 2019. Den utgick från den nationella överenskommelsen mellan regeringen, idéburna "
           "organisationer inom det sociala området och Sveriges Kommuner och Regioner, och från de "
           "principer för samverkan som formulerades där."]),
    ("p", ["I kommunen finns drygt 230 föreningar, ", D("ett tiotal", "B"), I("ett femtontal", "B"),
           " trossamfund och församlingar samt ett antal stiftelser, studieförbund och sociala företag. "
           "Tillsammans engagerar de tusentals invånare i allt från idrott och kultur till stöd för äldre, "
           "nyanlända och människor i utsatta livssituationer."]),
    ("p", ["Under hösten 2024 genomfördes tre dialogmöten – i Ravelsby centrum, i Östra Lunde och i "
           "Hällnäset – där ett fyrtiotal organisationer deltog tillsammans med förtroendevalda och "
           "tjänstepersoner. Synpunkterna från mötena", I(" och från den skriftliga remissen i januari 2025", "B"),
           " ligger till grund för denna reviderade version."]),
    ("p", ["Den största förändringen jämfört med den tidigare överenskommelsen är att även sociala företag "
           "nu omfattas", I(", att åtagandena om långsiktig finansiering har förtydligats och att parterna "
                            "ska samverka kring krisberedskap", "A"), "."]),

    ("h1", ["2. Syfte"]),
    ("p", ["Syftet med överenskommelsen är att tydliggöra hur kommunen och de idéburna organisationerna ska "
           "samverka och att skapa goda förutsättningar för ett starkt och självständigt civilsamhälle i "
           "hela kommunen", I(", på landsbygden lika väl som i centralorten", "B"), "."]),
    ("p", ["Överenskommelsen är inte ett juridiskt bindande avtal. Den är en gemensam avsiktsförklaring som "
           "ska vara vägledande när kommunens nämnder och förvaltningar samverkar med idéburna "
           "organisationer. Den ersätter inte de regler som gäller för bidrag, upphandling eller idéburet "
           "offentligt partnerskap."]),

    ("h1", ["3. Parter"]),
    ("p", ["Överenskommelsen omfattar:"]),
    ("plain_li", ["Ravelsby kommun, genom kommunstyrelsen och samtliga nämnder"]),
    ("plain_li", ["ideella föreningar, stiftelser och trossamfund med verksamhet i Ravelsby kommun"]),
    ("plain_li", [I("sociala företag och arbetsintegrerande kooperativ som återinvesterar sitt överskott "
                    "i verksamheten", "B")], ("ins", "B")),
    ("p", ["Ravelsby Föreningsråd företräder de idéburna organisationerna i arbetet med överenskommelsen. "
           "En organisation ansluter sig genom att anmäla det till ", CS_("c_anslut"), CS_("c_anslut2"),
           D("Föreningsrådet", "A"), I("kommunens föreningsservice", "A"), CE_("c_anslut"), CE_("c_anslut2"),
           ". Anslutningen är frivillig och kan när som helst sägas upp."]),

    ("h1", ["4. Principer och åtaganden"]),
    ("p", ["Parterna har enats om sju principer för samverkan. Under varje princip beskrivs först vad "
           "principen innebär och därefter vad respektive part åtar sig. Det som parterna ska göra "
           "tillsammans anges sist under respektive princip."]),

    # ---------------------------------------------------------------- 4.1
    ("h2", ["4.1 Självständighet och oberoende"], "sjalvstandighet_och_oberoende"),
    ("p", ["De idéburna organisationerna har rätt att själva bestämma över sina mål, sin organisation och "
           "sina arbetsformer. De ska kunna granska, kritisera och påverka kommunen, oberoende av om de får "
           "ekonomiskt stöd eller inte."]),
    ("lead", ["Kommunen åtar sig att:"], PUB),
    ("li", ["respektera organisationernas rätt att själva formulera sina mål, välja sina arbetsformer och "
            "utse sina företrädare"]),
    ("li", ["inte ställa villkor som inskränker organisationernas rätt att själva bestämma över sin "
            "verksamhet"]),
    ("li", [CS_("c_vardegrund"), D("informera föreningarna om kommunens värdegrund och förvänta sig att den "
                                   "följs", "B"), CE_("c_vardegrund")], ("del", "B")),
    ("li", ["värna organisationernas rätt att framföra kritik mot kommunen, även offentligt, utan att det "
            "påverkar ", D("bidragsgivningen", "B"), I("beslut om bidrag, ersättningar eller lokaler", "B")]),
    ("lead", [D("Föreningarna", "A"), I("De idéburna organisationerna", "A"), " åtar sig att:"], CS),
    ("li", ["tydligt skilja mellan när de företräder sina medlemmar och när de utför uppdrag åt kommunen"]),
    ("li", ["ha en demokratisk uppbyggnad med stadgar, styrelse och årsmöte",
            I(" eller en motsvarande beslutsordning", "B")]),

    # ---------------------------------------------------------------- 4.2
    ("h2", ["4.2 Dialog"], "dialog"),
    ("p", ["Dialog bygger på att parterna möts i god tid, lyssnar på varandra och tar tillvara varandras "
           "kunskap. Dialogen sker både i formella forum och i den löpande kontakten mellan förvaltningar "
           "och organisationer."]),
    ("lead", ["Kommunen åtar sig att:"], PUB),
    ("li", ["bjuda in de idéburna organisationerna till samråd i ett tidigt skede när beslut som berör dem "
            "bereds"]),
    ("li", ["besvara skrivelser och frågor från organisationerna inom ", D("fyra", "A"), I("tre", "A"),
            " veckor"]),
    ("li", ["ha en utsedd kontaktperson för frågor om civilsamhället på kommunledningsförvaltningen"]),
    ("li", [I("publicera kallelser och minnesanteckningar från dialogforum på kommunens webbplats", "A")],
     ("ins", "A")),
    ("lead", [D("Föreningarna", "A"), I("De idéburna organisationerna", "A"), " åtar sig att:"], CS),
    ("li", ["utse representanter till dialogforum och förankra frågorna i sina egna organisationer"]),
    ("li", ["sprida information från kommunen till sina medlemmar", CS_("c_allmanhet"),
            D(" och till allmänheten", "B"), CE_("c_allmanhet")]),
    ("p", [FMT("Parterna ska gemensamt", "A"), " genomföra dialogforum minst ", CS_("c_fyra"), D("två", "B"),
           I("fyra", "B"), CE_("c_fyra"), " gånger per år. ", CS_("c_gala"),
           D("Parterna ska också gemensamt anordna en årlig föreningsgala där Ravelsby kommuns föreningspris "
             "delas ut. ", "A"), CE_("c_gala"), "Dialogforum leds ", D("av kommunstyrelsens ordförande", "A"),
           I("gemensamt av kommunstyrelsens ordförande och Föreningsrådets ordförande", "A"), "."],
     [("Parterna ska gemensamt genomföra dialogforum minst fyra gånger per år.", JT)]),

    # ---------------------------------------------------------------- 4.3
    ("h2", ["4.3 Kvalitet"], "kvalitet"),
    ("p", ["Kvalitet handlar om att verksamheten når sina mål och utgår från behoven hos dem den är till för. "
           "Parterna har olika roller och olika sätt att bedöma kvalitet, och det ska respekteras när "
           "verksamhet följs upp."]),
    ("lead", ["Kommunen åtar sig att:"], PUB),
    ("li", ["erbjuda de idéburna organisationerna att kostnadsfritt delta i kommunens kompetensutveckling "
            "inom områden som rör samverkan"]),
    ("li", ["ställa krav på uppföljning och redovisning som står i proportion till ", D("bidragets", "A"),
            I("bidragets eller ersättningens", "A"), " storlek"]),
    ("li", [D("genomföra en årlig enkät om hur organisationerna upplever kommunens föreningsservice", "A")],
     ("del", "A")),
    ("li", [I("ge stöd i frågor om dataskydd och informationssäkerhet, bland annat genom en årlig "
              "utbildning för föreningar", "A")], ("ins", "A")),
    ("lead", [D("Föreningarna", "A"), I("De idéburna organisationerna", "A"), " åtar sig att:"], CS),
    ("li", ["följa upp sin verksamhet och dela med sig av erfarenheter som kan utveckla samverkan"]),
    ("li", ["se till att ledare och volontärer som arbetar med barn och unga har fått introduktion",
            I(" och vet hur de ska agera vid oro för ett barn", "B")]),
    ("li", [CS_("c_belast"), I("begära utdrag ur belastningsregistret för ledare och volontärer som "
                               "regelbundet har kontakt med barn", "A"), CE_("c_belast")], ("ins", "A")),

    # ---------------------------------------------------------------- 4.4
    ("h2", ["4.4 Långsiktighet", I(" och förutsägbarhet", "A")], "langsiktighet"),
    ("p", ["Långsiktiga villkor gör det möjligt för organisationerna att planera, anställa och utveckla sin "
           "verksamhet. Det gäller både de ekonomiska förutsättningarna och samverkan i övrigt."]),
    ("lead", ["Kommunen åtar sig att:"], PUB),
    ("li", ["i första hand bevilja verksamhetsbidrag för ", D("ett år", "A"), I("två till tre år", "A"),
            " i taget till organisationer med en etablerad verksamhet"]),
    ("li", ["lämna besked om bidrag för kommande år senast den ", CS_("c_okt"), D("15 december", "B"),
            I("31 oktober", "B"), CE_("c_okt")]),
    ("li", ["pröva idéburet offentligt partnerskap som samverkansform när förutsättningarna för det finns"]),
    ("li", [CS_("c_lokal"), D("se över möjligheten att teckna fleråriga lokalavtal med organisationerna", "B"),
            CE_("c_lokal")], ("del", "B")),
    ("lead", [D("Föreningarna", "A"), I("De idéburna organisationerna", "A"), " åtar sig att:"], CS),
    ("li", ["planera sin verksamhet långsiktigt och i god tid informera kommunen om förändringar som påverkar "
            "gemensamma åtaganden"]),
    ("li", [I("söka finansiering även från andra håll än kommunen, så att verksamheten inte blir beroende av "
              "ett enda bidrag", "A")], ("ins", "A")),

    # ---------------------------------------------------------------- 4.5
    ("h2", ["4.5 Öppenhet och insyn"], "oppenhet_och_insyn"),
    ("p", ["Öppenhet och insyn är en förutsättning för förtroende mellan parterna. Det gäller hur beslut "
           "fattas, hur offentliga medel används och hur parterna informerar varandra."]),
    ("p", ["Kommunen ska göra regler, kriterier och tidsplaner för bidrag och ersättningar lätt tillgängliga "
           "på kommunens webbplats. Kommunen ska också motivera beslut om avslag skriftligt",
           I(" och informera om hur beslutet kan omprövas", "B"), "."],
     [("Kommunen ska göra regler, kriterier och tidsplaner för bidrag och ersättningar lätt tillgängliga på "
       "kommunens webbplats.", PUB),
      ("Kommunen ska också motivera beslut om avslag skriftligt och informera om hur beslutet kan omprövas.",
       PUB)]),
    ("p", ["De idéburna organisationerna ska redovisa hur kommunens bidrag har använts", D(" varje kvartal", "A"),
           I(" i samband med ansökan om nytt bidrag, dock minst en gång per år", "A"),
           ". De ska också på begäran ge kommunen insyn i verksamhet som finansieras med offentliga medel."],
     [("De idéburna organisationerna ska redovisa hur kommunens bidrag har använts i samband med ansökan om "
       "nytt bidrag, dock minst en gång per år.", CS),
      ("De ska också på begäran ge kommunen insyn i verksamhet som finansieras med offentliga medel.", CS)]),
    ("p", [CS_("c_fr"), D("Föreningsrådet ska årligen lämna en sammanställning av de anslutna organisationernas "
                          "verksamhet till kommunstyrelsen. ", "B"), CE_("c_fr"),
           "Båda parter ska i sin kommunikation vara tydliga med vem som står bakom en verksamhet och hur den "
           "finansieras."],
     [("Båda parter ska i sin kommunikation vara tydliga med vem som står bakom en verksamhet och hur den "
       "finansieras.", JT)]),

    # ---------------------------------------------------------------- 4.6
    ("h2", ["4.6 Mångfald"], "mangfald"),
    ("p", ["Ett rikt civilsamhälle med många olika slags organisationer stärker demokratin. Mångfald handlar "
           "både om vilka organisationer som finns och om vilka människor som kan delta i dem."]),
    ("lead", ["Kommunen åtar sig att:"], PUB),
    ("li", ["ta hänsyn till små och nystartade organisationers förutsättningar i bidragsregler och "
            "ansökningsförfaranden"]),
    ("li", ["erbjuda lokaler i kommunens fastigheter till ", D("subventionerat pris", "A"),
            I("reducerad hyra", "A"), " för organisationer med verksamhet för barn och unga"]),
    ("li", [I("ge information om bidrag och samverkan på lättläst svenska och på de språk som är vanligast "
              "i kommunen", "A")], ("ins", "A")),
    ("lead", [D("Föreningarna", "A"), I("De idéburna organisationerna", "A"), " åtar sig att:"], CS),
    ("li", ["arbeta för att verksamheten är öppen och tillgänglig för alla oavsett kön, ålder, "
            "funktionsförmåga, etnisk bakgrund, religion eller sexuell läggning"]),
    ("li", [I("hålla medlems- och deltagaravgifter på en nivå som gör det möjligt för alla att delta", "B")],
     ("ins", "B")),
    ("li", [CS_("c_gdpr"), D("redovisa andelen medlemmar med utländsk bakgrund i sin verksamhetsberättelse",
                             "B"), CE_("c_gdpr")], ("del", "B")),

    # ---------------------------------------------------------------- 4.7
    ("h2", ["4.7 Samhällsutveckling"], "samhallsutveckling"),
    ("p", ["De idéburna organisationerna bidrar till att utveckla Ravelsby som en plats där människor vill "
           "bo och verka. De gör det både som röstbärare och opinionsbildare och genom den verksamhet de "
           "bedriver."]),
    ("lead", ["Kommunen åtar sig att:"], PUB),
    ("li", ["involvera de idéburna organisationerna i arbetet med översiktsplanen, landsbygdsprogrammet och "
            "andra strategiska dokument", ID(", till exempel kommunens krisberedskapsplan", "A", "B")]),
    ("li", [I("upplåta skolor och andra kommunala lokaler kvällar och helger till organisationer som saknar "
              "egna lokaler, och erbjuda fleråriga lokalavtal när det är möjligt", "B")], ("ins", "B")),
    ("lead", [D("Föreningarna", "A"), I("De idéburna organisationerna", "A"), " åtar sig att:"], CS),
    ("li", ["bidra med sin kunskap om invånarnas behov och synpunkter i kommunens planeringsarbete"]),
    ("p", ["Tillsammans ska parterna verka för att fler invånare engagerar sig ideellt, bland annat genom en "
           "gemensam ", D("volontärbank", "A"), I("volontärportal på kommunens webbplats", "A"), "."],
     [("Tillsammans ska parterna verka för att fler invånare engagerar sig ideellt, bland annat genom en "
       "gemensam volontärportal på kommunens webbplats.", JT)]),
    ("p", [CS_("c_kris"), I("Parterna ska gemensamt ta fram former för hur de idéburna organisationerna kan "
                            "bidra vid samhällsstörningar, kris och höjd beredskap.", "B"), CE_("c_kris")],
     [("Parterna ska gemensamt ta fram former för hur de idéburna organisationerna kan bidra vid "
       "samhällsstörningar, kris och höjd beredskap.", JT)], ("ins", "B")),

    # ---------------------------------------------------------------- 5–7
    ("h1", ["5. Uppföljning"], None),
    ("p", ["Kommunstyrelsen ansvarar för att överenskommelsen följs upp ", D("vartannat år", "B"),
           I("varje år", "B"), ". ", CS_("c_synp"), D("Kommunen", "A"), I("Föreningsrådet", "A"), CE_("c_synp"),
           " åtar sig att samla in synpunkter från de anslutna organisationerna inför uppföljningen."],
     [("Kommunstyrelsen ansvarar för att överenskommelsen följs upp varje år.", PUB),
      ("Föreningsrådet åtar sig att samla in synpunkter från de anslutna organisationerna inför "
       "uppföljningen.", CS)]),
    ("p", ["Resultatet redovisas vid höstens dialogforum och publiceras på kommunens webbplats. Underlaget "
           "för uppföljningen består av:"]),
    ("plain_li", ["antal anslutna organisationer"]),
    ("plain_li", ["genomförda dialogforum och samråd"]),
    ("plain_li", ["kommunens bidrag och ersättningar till idéburna organisationer"]),
    ("plain_li", ["synpunkter från organisationerna"]),
    ("plain_li", [I("en bedömning av hur åtagandena under respektive princip har genomförts", "A")],
     ("ins", "A")),

    ("h1", ["6. Giltighetstid och revidering"], None),
    ("p", ["Överenskommelsen gäller från och med 2025-07-01 till och med ", D("2027", "A"), I("2028", "A"),
           "-12-31. Om någon av parterna vill ändra överenskommelsen under giltighetstiden tas frågan upp i "
           "dialogforum."]),
    ("p", ["Parterna ska gemensamt påbörja arbetet med en ny överenskommelse senast ", D("sex månader", "B"),
           I("ett år", "B"), " innan denna löper ut."],
     [("Parterna ska gemensamt påbörja arbetet med en ny överenskommelse senast ett år innan denna löper ut.",
       JT)]),

    ("h1", ["7. Beslut"], None),
    ("p", ["Överenskommelsen har antagits av kommunfullmäktige i Ravelsby kommun den ",
           D("24 mars", "A", LATE_A), I("28 april", "A", LATE_A),
           " 2025, § 47, och av Ravelsby Föreningsråds styrelse den 8 april 2025."]),
    ("signatures",),
]

SIGNATURES = [
    ("För Ravelsby kommun", "För Ravelsby Föreningsråd"),
    ("\n\n………………………………………………", "\n\n………………………………………………"),
    ("Ulrika Beck", "Johan Strid"),
    ("Kommunstyrelsens ordförande", "Ordförande"),
]


# ------------------------------------------------------------ XML writers
def _track_el(tag, who, date=None):
    el = OxmlElement(tag)
    el.set(qn("w:id"), str(next(_rev_ids)))
    el.set(qn("w:author"), AUTHORS[who][0])
    el.set(qn("w:date"), date or _stamp(who))
    return el


def _run(text, deleted=False, bold=False, fmt_who=None):
    r = OxmlElement("w:r")
    if bold or fmt_who:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        if fmt_who:
            ch = _track_el("w:rPrChange", fmt_who)
            ch.append(OxmlElement("w:rPr"))
            rpr.append(ch)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


class Builder:
    def __init__(self, doc):
        self.doc = doc
        self.comment_ids = {}
        for key, (who, date, text) in COMMENTS.items():
            c = doc.comments.add_comment(text=text, author=AUTHORS[who][0], initials=AUTHORS[who][1])
            c._comment_elm.set(qn("w:date"), date)
            self.comment_ids[key] = c.comment_id

    def fill(self, p, segs, para_mark=None, bold=False):
        """Append runs for segs to python-docx paragraph p."""
        pel = p._p
        if isinstance(segs, str):
            segs = [segs]
        for s in segs:
            if isinstance(s, str):
                pel.append(_run(s, bold=bold))
            elif s[0] == "bold":
                pel.append(_run(s[1], bold=True))
            elif s[0] == "fmt":
                pel.append(_run(s[1], fmt_who=s[2]))
            elif s[0] == "ins":
                w = _track_el("w:ins", s[2], s[3])
                w.append(_run(s[1], bold=bold))
                pel.append(w)
            elif s[0] == "del":
                w = _track_el("w:del", s[2], s[3])
                w.append(_run(s[1], deleted=True, bold=bold))
                pel.append(w)
            elif s[0] == "insdel":
                w = _track_el("w:ins", s[2])
                d = _track_el("w:del", s[3])
                d.append(_run(s[1], deleted=True, bold=bold))
                w.append(d)
                pel.append(w)
            elif s[0] == "cstart":
                el = OxmlElement("w:commentRangeStart")
                el.set(qn("w:id"), str(self.comment_ids[s[1]]))
                pel.append(el)
            elif s[0] == "cend":
                el = OxmlElement("w:commentRangeEnd")
                el.set(qn("w:id"), str(self.comment_ids[s[1]]))
                pel.append(el)
                r = OxmlElement("w:r")
                rpr = OxmlElement("w:rPr")
                rs = OxmlElement("w:rStyle")
                rs.set(qn("w:val"), "CommentReference")
                rpr.append(rs)
                r.append(rpr)
                ref = OxmlElement("w:commentReference")
                ref.set(qn("w:id"), str(self.comment_ids[s[1]]))
                r.append(ref)
                pel.append(r)
            else:
                raise ValueError(s)
        if para_mark:
            kind, who = para_mark
            ppr = pel.get_or_add_pPr()
            rpr = OxmlElement("w:rPr")
            rpr.append(_track_el("w:" + kind, who))
            ppr.append(rpr)
        return p


def _field(paragraph, instr):
    r1 = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1.append(fc)
    r2 = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2.append(it)
    r3 = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3.append(fc)
    r4 = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r4.append(t)
    r5 = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5.append(fc)
    for r in (r1, r2, r3, r4, r5):
        paragraph._p.append(r)


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def build_docx(path):
    doc = Document()
    b = Builder(doc)

    # base formatting
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    rpr = st.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "sv-SE")
    rpr.append(lang)
    for name, size in (("Heading 1", 15), ("Heading 2", 12.5)):
        doc.styles[name].font.size = Pt(size)
        doc.styles[name].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.styles["Title"].font.size = Pt(22)
    # the styles Word adds when a document gets comments
    ct = doc.styles.add_style("annotation text", WD_STYLE_TYPE.PARAGRAPH)
    ct.element.set(qn("w:styleId"), "CommentText")
    del ct.element.attrib[qn("w:customStyle")]
    ct.base_style = doc.styles["Normal"]
    ct.font.size = Pt(10)
    cr = doc.styles.add_style("annotation reference", WD_STYLE_TYPE.CHARACTER)
    cr.element.set(qn("w:styleId"), "CommentReference")
    del cr.element.attrib[qn("w:customStyle")]
    cr.font.size = Pt(8)

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)

    # header / footer
    hp = sec.header.paragraphs[0]
    hp.text = "RAVELSBY KOMMUN\tÖverenskommelse med idéburen sektor\tVersion 2.0"
    for r in hp.runs:
        r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Dnr KS 2024/0318\t\tSida ")
    _field(fp, "PAGE")
    fp.add_run(" av ")
    _field(fp, "NUMPAGES")

    principle = None
    party = None
    for block in BODY:
        kind = block[0]
        if kind == "title":
            b.fill(doc.add_paragraph(style="Title"), block[1])
        elif kind == "subtitle":
            b.fill(doc.add_paragraph(style="Subtitle"), block[1])
        elif kind == "meta":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            b.fill(p, block[1])
        elif kind == "versions":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(18)
            b.fill(p, [BOLD("Versionshistorik")])
            t = doc.add_table(rows=0, cols=4)
            t.style = "Table Grid"
            for i, row in enumerate(VERSIONS):
                cells = t.add_row().cells
                for c, txt in zip(cells, row):
                    b.fill(c.paragraphs[0], [BOLD(txt)] if i == 0 else [txt])
                    if i == 0:
                        _shade(c, "D9E2F3")
            # the new row is a tracked insertion by A
            row = t.add_row()
            trpr = row._tr.get_or_add_trPr()
            trpr.append(_track_el("w:ins", "A"))
            for c, txt in zip(row.cells, VERSION_NEW):
                b.fill(c.paragraphs[0], [I(txt, "A")], para_mark=("ins", "A"))
            widths = (Cm(2.3), Cm(2.7), Cm(6.9), Cm(4.1))
            t.autofit = False
            for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), str(w.twips))
            for row in t.rows:
                for c, w in zip(row.cells, widths):
                    c.width = w
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            b.fill(doc.add_paragraph(style="Heading 1"), block[1])
            principle, party = None, None
        elif kind == "h2":
            b.fill(doc.add_paragraph(style="Heading 2"), block[1])
            principle, party = block[2], None
        elif kind == "lead":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.keep_with_next = True
            b.fill(p, block[1], bold=True)
            party = block[2]
        elif kind in ("li", "plain_li"):
            mark = block[2] if len(block) > 2 else None
            p = doc.add_paragraph(style="List Bullet")
            b.fill(p, block[1], para_mark=mark)
        elif kind == "p":
            mark = block[3] if len(block) > 3 else None
            b.fill(doc.add_paragraph(), block[1], para_mark=mark)
            party = None
        elif kind == "signatures":
            p = doc.add_paragraph()
            t = doc.add_table(rows=0, cols=2)
            p.paragraph_format.keep_with_next = True
            for i, row in enumerate(SIGNATURES):
                cells = t.add_row().cells
                for c, txt in zip(cells, row):
                    c.paragraphs[0].text = txt
                    c.paragraphs[0].paragraph_format.keep_with_next = i < len(SIGNATURES) - 1
        else:
            raise ValueError(kind)

    # Track Changes still switched on
    settings = doc.settings.element
    tr = OxmlElement("w:trackRevisions")
    settings.find(qn("w:defaultTabStop")).addprevious(tr)

    cp = doc.core_properties
    cp.author = "Anna Lindqvist"
    cp.last_modified_by = "Anna Lindqvist"
    cp.title = TITLE
    cp.created = dt.datetime(2019, 10, 2, 8, 0)
    cp.modified = dt.datetime(2025, 4, 29, 8, 47)
    cp.revision = 41
    doc.save(path)


# ------------------------------------------------------------ expected.json
def commitments():
    out = []
    principle, party = None, None
    for block in BODY:
        kind = block[0]
        if kind == "h1":
            principle, party = None, None
        elif kind == "h2":
            principle, party = block[2], None
        elif kind == "lead":
            party = block[2]
        elif kind == "li":
            mark = block[2] if len(block) > 2 else None
            if party and not (mark and mark[0] == "del"):
                out.append({"text": accepted(block[1]).strip(), "principle": principle, "party": party})
        elif kind == "p":
            party = None
            if len(block) > 2:
                acc = accepted(block[1])
                for sent, prt in block[2]:
                    assert sent in acc, sent
                    out.append({"text": sent, "principle": principle, "party": prt})
    return out


def by_text(prefix):
    hits = [c["text"] for c in commitments() if c["text"].startswith(prefix)]
    assert len(hits) == 1, (prefix, hits)
    return hits[0]


def questions():
    q = []

    def add(question, lang, gold, must):
        q.append({"id": f"{LAYOUT}-q{len(q) + 1}", "question": question, "language": lang,
                  "answerable": bool(gold), "gold": gold, "must_mention": must})

    add("Vad åtar sig kommunen under principen om kvalitet?", "sv",
        [by_text("erbjuda de idéburna organisationerna att kostnadsfritt"),
         by_text("ställa krav på uppföljning"),
         by_text("ge stöd i frågor om dataskydd")],
        ["kompetensutveckling", "dataskydd och informationssäkerhet"])
    add("När antogs den reviderade överenskommelsen och av vilket organ?", "sv",
        ["Antagen av kommunfullmäktige 2025-04-28, § 47",
         "Överenskommelsen har antagits av kommunfullmäktige i Ravelsby kommun den 28 april 2025, § 47, och "
         "av Ravelsby Föreningsråds styrelse den 8 april 2025."],
        ["kommunfullmäktige", "2025-04-28"])
    add("hur ofta ska kommunen och foreningarna ha dialogforum", "sv",
        ["Parterna ska gemensamt genomföra dialogforum minst fyra gånger per år."],
        ["minst fyra gånger per år"])
    add("When will the associations find out about their grants for next year?", "en",
        [by_text("lämna besked om bidrag")],
        ["31 oktober"])
    add("Får en förening som får bidrag kritisera kommunen offentligt?", "sv",
        [by_text("värna organisationernas rätt")],
        ["även offentligt"])
    add("Vilka organisationer omfattas av överenskommelsen?", "sv",
        ["Ravelsby kommun, genom kommunstyrelsen och samtliga nämnder",
         "ideella föreningar, stiftelser och trossamfund med verksamhet i Ravelsby kommun",
         "sociala företag och arbetsintegrerande kooperativ som återinvesterar sitt överskott i verksamheten"],
        ["trossamfund", "sociala företag"])
    add("How long is the revised agreement valid?", "en",
        ["Överenskommelsen gäller från och med 2025-07-01 till och med 2028-12-31."],
        ["2025-07-01", "2028-12-31"])
    add("hur ofta maste foreningarna redovisa vad de gjort med bidraget fran kommunen", "sv",
        [by_text("De idéburna organisationerna ska redovisa")],
        ["minst en gång per år"])
    add("Anordnar kommunen och föreningslivet en föreningsgala varje år?", "sv", [], [])
    add("How much money has the municipality set aside for grants to associations in 2025?", "en", [], [])
    return q


def main():
    build_docx(os.path.join(HERE, FILE))
    exp = {
        "file": FILE,
        "layout": LAYOUT,
        "description": (
            "DOCX of a revised agreement saved with Track Changes still on (w:trackRevisions): python-docx "
            "base document (Title, Subtitle, Heading 1 chapters '1. Bakgrund' … '7. Beslut', Heading 2 "
            "principles '4.1 Självständighet och oberoende' … '4.7 Samhällsutveckling', bold lead-ins "
            "'Kommunen åtar sig att:' / 'De idéburna organisationerna åtar sig att:' followed by List Bullet "
            "items, sentence commitments 'Parterna ska gemensamt …', 'Kommunen ska …', 'Tillsammans ska "
            "parterna …'), with hand-written revision mark-up by two reviewers (Anna Lindqvist, Mikael "
            "Haddad): list items inserted as w:ins with an inserted paragraph mark, old commitments deleted "
            "(w:del/w:delText and deleted paragraph mark), words changed inside commitments (deleted word + "
            "inserted word, e.g. 'minst två→fyra gånger', '15 december→31 oktober', lead-in "
            "'Föreningarna→De idéburna organisationerna', the acting party 'Kommunen→Föreningsrådet'), a "
            "deleted commitment sentence in the middle of a paragraph, a whole inserted joint commitment "
            "paragraph, text inserted by one reviewer and deleted by the other (w:ins > w:del), a "
            "formatting change (w:rPrChange), the decision date changed by a late revision, a "
            "version-history table with a tracked inserted row; 15 margin comments in word/comments.xml "
            "(w:commentRangeStart/End, w:commentReference) that discuss the changes; header 'RAVELSBY "
            "KOMMUN | … | Version 2.0' and footer 'Dnr … Sida PAGE av NUMPAGES' (fields); a borderless "
            "signature table. The meaning is the accepted text: deleted commitments are not commitments, "
            "changed sentences count in their new wording."
        ),
        "metadata": {
            "doc_id": "ravelsby_overenskommelse_2025",
            "title": TITLE,
            "place": "Ravelsby",
            "organisation": "Ravelsby kommun",
            "kind": "överenskommelse",
            "date": "2025-04-28",
            "body": "kommunfullmäktige",
        },
        "commitments": commitments(),
        "questions": questions(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {FILE}: {len(exp['commitments'])} commitments, {len(exp['questions'])} questions")


if __name__ == "__main__":
    main()
