"""Answers composed from the documents' own sentences and items, with exact citations.

No generative model is available offline, so an answer is a framing line in the question's
language followed by the documents' own (repaired) sentences or commitment items, each with
its citation marker. Citations are units (sentences or list items), never whole chunks.

Shapes by intent:
- obligation: per document, one line naming document and party, one bullet per commitment;
- principle_list: the list, cited item by item (or the principle headings);
- comparison: one block per document;
- definition / fact: the one to three sentences that answer (a list when they introduce one).

The answer declines ('det framgår inte av dokumenten') on evidence: a place that is not in
the corpus, a question asking for a kind of fact (an amount, a time, a date, a count) that no
candidate passage contains, specific words that appear nowhere in the corpus, or weak similarity.
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from dataclasses import dataclass, replace

import numpy as np

from ingest.records import Chunk, Unit
from ingest.vocab import PRINCIPLES, fold, principle_name

from .query import doing_party, doing_subject, strip_designation, subject_party, topic
from .records import Answer, Citation, Filters, QueryInfo
from .search import Retriever
from .textproc import POINTS_BACK, STOPWORDS, tokens

MIN_DENSE = 0.80  # e5 cosine (question vs best unit) below which nothing is close enough
MAX_FACT_UNITS = 3
MAX_LIST_ITEMS = 10
ADJACENT_MARGIN = 0.02  # a neighbouring sentence joins the best one when this close in score
OTHER_MARGIN = 0.008
COMMON_WORD_PRINCIPLES = {"dialog", "kvalitet"}  # also everyday words: 'dialogen initierades'
FALLBACK_MARGIN = 0.05  # sentences this close to the best one answer for a principle without commitments
SENTENCE_OVER_COMMITMENTS = 0.03  # a fact question is answered by a sentence this far ahead of every commitment
FOCUS_MARGIN = 0.01  # commitments this close to the best one stay in a focused answer
COMPARISON_MARGIN = 0.06  # a document joins a comparison when its best unit is this close to the best
# unit score = cosine + these (tuned on eval/gold.jsonl; cosines of related units differ by ~0.01-0.05)
W_LEXICAL = 0.06
W_DOCUMENT = 0.03
W_PRINCIPLE = 0.02
W_EVIDENCE = 0.025
DEFINED_EXTRA = 1  # words beyond the asked term a defining subject may have ('Dialogen sinsemellan de olika …
# organisationerna är …' is about something else)
W_OPENS_ON_TERM = 1.5  # times W_EVIDENCE: a sentence opening on the asked word as written ("Dialog utgår från …")
W_PARTY_RANKING = 0.02  # passage search only: the asked party's commitments (answers filter by party instead)

GENERIC_TERMS = {
    fold(w)
    for w in """överenskommelse överenskommelsen överenskommelserna policy policyn dokument dokumenten
    kommun kommunen kommunens stad staden stadens region regionen landsting landstinget idéburen idéburna
    sektor sektorn organisation organisationer organisationerna förening föreningar föreningarna part parter
    parterna princip principen principer principerna åtar åtagande åtaganden står säger gäller finns enligt
    samverkan text texten fråga frågor svar nämnd nämnden vilken vilket vilka många mycket ofta någon
    några något""".split()
}

# forms of a principle's word the stem prefix misses ('öppet' is not 'öppen…')
PRINCIPLE_FAMILY_SV = {"oppenhet_och_insyn": "öppet öppna", "sjalvstandighet_och_oberoende": "självständigt"}

# English domain words -> the Swedish words the documents use (lexical matching of English questions)
GLOSSARY_EN_SV: dict[str, str] = {
    "agreement": "överenskommelse", "agreements": "överenskommelser", "policy": "policy",
    "municipality": "kommun kommunen", "municipal": "kommunen", "city": "staden stad", "council": "landstinget",
    "county": "landstinget län", "region": "region", "commit": "åtar åtagande", "commits": "åtar åtaganden",
    "commitment": "åtagande", "promise": "åtar åtagande",
    "promises": "åtar åtaganden", "promised": "åtar åtagande", "commitments": "åtaganden", "responsible": "ansvarar ansvar",
    "responsibility": "ansvar", "diversity": "mångfald", "quality": "kvalitet", "dialogue": "dialog",
    "openness": "öppenhet", "transparency": "insyn öppenhet", "transparent": "transparent", "independence":
    "självständighet oberoende", "independent": "självständig oberoende", "long-term": "långsiktighet långsiktig",
    "longterm": "långsiktighet", "sustainability": "hållbarhet", "sustainable": "hållbar", "community":
    "samhälle", "development": "utveckling", "purpose": "syfte", "aim": "syfte", "goal": "mål", "goals": "mål",
    "vision": "vision", "definition": "definition definieras", "defined": "avses menas definieras innefattar",
    "define": "avses menas definieras innefattar", "meant": "avses menas", "civil": "idéburen civila civilsamhället",
    "society": "sektor samhället civilsamhället", "appendix": "bilaga", "annex": "bilaga", "sector": "sektor sektorn",
    "associations": "föreningar", "association": "förening", "organisations": "organisationer",
    "organizations": "organisationer", "idea-driven": "idéburen idéburna", "non-profit": "idéburen ideell",
    "voluntary": "ideell frivillig", "working": "arbetsgrupp", "group": "grupp gruppen", "meet": "sammanträda möten",
    "meetings": "möten", "meeting": "möte", "times": "gånger ggr", "year": "år", "annual": "årlig årliga",
    "annually": "årligen", "yearly": "årligen", "follow-up": "uppföljning", "follow": "följa", "conference":
    "konferens uppföljningskonferens", "revised": "revideras revidering översyn", "revise": "revidera översyn",
    "revision": "revidering översyn", "review": "översyn uppföljning", "reviewed": "översyn revidering", "valid": "gäller omfattar",
    "validity": "giltighetstid gäller", "years": "år", "four": "fyra", "five": "fem", "signed": "undertecknad",
    "sign": "underteckna", "decided": "beslutade beslut", "decision": "beslut", "adopted": "antagen beslut",
    "support": "stöd", "funding": "ekonomiskt stöd bidrag", "financial": "ekonomiskt", "grants": "bidrag",
    "procurement": "upphandling", "information": "information", "languages": "språk", "language": "språk",
    "platform": "plattform", "principle": "princip principen", "principles": "principer", "parties": "parterna",
    "both": "båda", "levels": "nivåer", "participation": "medverkan delaktighet", "background": "bakgrund",
    "administered": "administrera", "administer": "administrera", "project": "projektet", "pays": "ansvarar ekonomiskt",
    "process": "processen", "contact": "kontakt kontaktpersoner", "criticise": "kritik kritiskt",
    "criticize": "kritik kritiskt", "criticism": "kritik", "lose": "riskera mista", "social": "social sociala",
    "economy": "ekonomi", "welfare": "välfärd socialförvaltningen socialnämnden", "democracy": "demokrati",
    "research": "forskning", "started": "initierade inledde", "start": "initiera inleda", "began": "inledde",
    "initiated": "initierade", "launched": "initierade inledde", "joint": "gemensam gemensamma",
    "relationship": "relationen relation förhållningssätt", "relations": "relationer relationen",
    "formed": "bildas bildades", "established": "bildas inrättas", "form": "bilda bildas",
    "knowledge": "kunskap", "know": "kunskap känna", "volunteers": "ideellt engagemang", "engagement": "engagemang", "attend": "delta öppen",
    "participate": "delta öppen deltagande", "children": "barnens",
    "school": "skolan", "bill": "propositionen proposition", "government": "regeringen propositionen",
    "administration": "förvaltningen förvaltning", "composed": "sammansatt representanter",
    "composition": "sammansättning representanter", "members": "representanter ledamöter",
    "representatives": "representanter", "representative": "representant",
    "website": "webbplatsen webbinformationen", "web": "webbinformationen", "motives": "motiv", "motive": "motiv", "areas": "områden utvecklingsområden", "plan": "plan handlingsplan",
    "apply": "gäller berör omfattar", "applies": "gäller berör omfattar", "everything": "samtliga alla",
    "health": "hälso sjukvård", "care": "vård omsorg", "collaboration": "samverkan samverkansgruppen", "cooperation": "samverkan", "task": "uppdrag uppgift",
    "tasks": "uppdrag uppgifter", "mission": "uppdrag", "overall": "övergripande",
    "requirements": "krav", "requirement": "krav", "conditions": "villkor krav", "easier": "underlätta förenkla",
    "drawn": "tagits fram", "drafted": "tagits fram",
}

# 'De sju principer som …', 'följande principer': a sentence introducing a document's principles
PRINCIPLES_INTRO = re.compile(r"\b(två|tre|fyra|fem|sex|sju|åtta|följande|dessa)\s+(grund)?principer\b", re.I)

# everyday Swedish (folded) -> the documents' own words: 'när ses den över' is asked, 'översyn' is written
SYNONYMS_SV: tuple[tuple[str, str], ...] = (
    (r"\b(ses|se|sag|setts) (\w+ ){0,3}over\b", "översyn revidering"),
    (r"\b(traffas|traffades|ses|motes)\b", "sammanträda möten"),
    (r"\bsammansatt\w*|\bsammansattning\w*|\bbestar (\w+ ){0,4}av\b", "representanter"),
    (r"\b(betalar|bekostar|finansierar)\b", "ansvarar ekonomiskt"),
    (r"\b(forlora|mista)\b", "påverka riskera"),
    (r"\b(delta|deltaga|vara med|narvara)\b", "öppen deltagande"),  # 'vilka kan delta' / 'öppen för alla'
    (r"\b(lovat|lovar|lova|utlovat|lofte\w*)\b", "åtar åtagande"),  # 'vad har parterna lovat' / 'åtar sig'
    (r"\bhur lange (\w+ ){0,2}(galler|varar|loper|ska (\w+ )?galla)\b", "omfattar år"),  # 'omfattar fyra år'
    (r"\b(skriva|skriver|skrev|skrivit) under\b", "underteckna"),
    (r"\b(enklare|lattare|forenkla\w*)\b", "underlätta"),
    (r"\b(ordna|ordnar|anordna\w*)\b", "arrangera"),
    (r"\b(arbetades|arbetats|utarbetades|togs|tagits|skrevs) (\w+ ){0,3}fram\b|\butarbetad\w*", "tagits fram"),
)


def expand_swedish(text: str) -> str:
    """Add the documents' words for everyday phrasings of a Swedish question."""
    f = re.sub(r"\s+", " ", fold(text))
    extra = [words for pat, words in SYNONYMS_SV if re.search(pat, f)]
    return text + (" " + " ".join(extra) if extra else "")


MONTHS = r"(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)"
ANSWER_TYPES: tuple[tuple[str, str, str], ...] = (
    # (question pattern on folded text, evidence pattern, what is missing)
    (r"\b(hur mycket|belopp|kronor|pengar|budget\w*|kostar|kostnad\w*|how much|amount|money|sek)\b",
     r"\d[\d\s]*(kr\b|kronor|sek|miljon|tkr|mnkr|€|euro)", "belopp"),
    (r"\b(oppettid\w*|opening hours?|klockan|what time|vilken tid)\b", r"\b\d{1,2}[.:]\d{2}\b|\bkl\.? ?\d", "tider"),
    (r"\b(telefon\w*|phone|e-?post|email|e-mail|adress|address|mejl)\b", r"\d{2,}[- ]?\d{3,}|@", "kontaktuppgifter"),
    (r"\b(vilket datum|what date|which date|datum for)\b",
     r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2} " + MONTHS + r" \d{4}\b", "datum"),
    # when something was decided or signed: a year in a sentence about a decision or a signature
    (r"\b(when was .* (decided|adopted|approved|signed)|nar (beslutades|antogs|undertecknades|fastst\w+))\b|"
     r"\b(vilket ar|which year|what year)\b.*\b(beslut\w*|anto\w*|undertecknad\w*|decided|adopted|signed)",
     r"\b(19|20)\d{2}\b.*\b(beslut|antog|antagen|fastställ|undertecknad)|\b(beslut|antog|antagen|fastställ|"
     r"undertecknad)\w*\b.*\b(19|20)\d{2}\b|beslutsdatum", "datum"),
    # who decided or adopted it: a body named with a decision ('Beslutad av Äldre- och omsorgsnämnden')
    # (the whole question: '…, och vem antog det?' is one part of two, answered with the other)
    (r"^\W*(vem|vilk\w+ (\w+ )?(organ|namnd\w*))\s+(beslutade|beslutar|faststallde|antog)\b|"
     r"^\W*who (decided|adopted|approved)\b",
     r"\b(beslut|fastställ|anta|antog|underteckna)\w*\s+av\b|"
     r"\b(beslut|fastställ|anta|antog|underteckna)\w*\b.*\b(\w*nämnd\w*|\w*fullmäktige|styrelse\w*|regering\w*)\b|"
     r"\b(\w*nämnd\w*|\w*fullmäktige|styrelse\w*|regering\w*)\b.*\b(beslut|fastställ|anta|antog)\w*\b",
     "vem som beslutade"),
    # any other 'which year': a year
    (r"\b(vilket ar|which year|what year)\b", r"\b(19|20)\d{2}\b", "datum"),
    (r"\b(hur manga|how many|antal|number of)\b",
     r"\b(\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)(-tal)?\s+(?-i:[a-zåäö]{3,})|\blika (antal|många)\b",
     "antal"),
    (r"\b(vem (ar|var)|who (is|was)|namn pa|name of)\b.*\b(ordforande|chair\w*|kontaktperson|contact person|"
     r"samordnare|coordinator)\b", r"\b[A-ZÅÄÖ][a-zåäö]+ [A-ZÅÄÖ][a-zåäö]+(son|berg|ström|lund|gren)\b", "namn"),
)
# 'adopted by the city council': a decision date only answers when it is that body's decision
# (the government's decision on the national agreement is not the city council's)
DECISION_BODIES: tuple[tuple[str, str], ...] = (
    (r"\b(city council|municipal council|\w*fullmaktige)\b", r"fullmäktige"),
    (r"\b(regeringen|the government)\b", r"regering"),
    (r"\b(\w*namnd\w*|committee|board)\b", r"nämnd"),
)
WHAT_EN = {"belopp": "amounts", "tider": "times", "kontaktuppgifter": "contact details", "datum": "dates",
           "namn": "names", "antal": "numbers", "vem som beslutade": "who decided"}

# the kind of sentence a question asks for: 'how often' wants a frequency, 'when' a time
EVIDENCE_BOOSTS: tuple[tuple[str, str], ...] = (
    (r"\b(hur ofta|how often|revider\w*|revis\w*|reviewed|hur lange|how long|giltig\w*|valid\w*|period|ses .* over|"
     r"oversyn)\b",
     r"\b(årlig\w*|vart \w+ år|varje år|\w+ år\b|halvårsvis|gånger per|ggr|tills vidare|fjärde året|"
     r"löpande|regelbundet|översyn)"),
    (r"\b(nar|when|datum|date|vilket ar|which year|what year)\b",
     r"\b(19|20)\d{2}\b|\b(årlig\w*|vart \w+ år|varje år|våren|hösten)\b"),
    (r"\b(hur manga|how many|antal|number of)\b", r"\b(\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|lika antal)\b"),
    (r"\b(vem|who|vilka|which)\b.*\b(ansvar\w*|betalar|pays|responsib\w*|administr\w*)\b",
     r"\b(ansvarar|ansvar|uppdraget|administrera)\b"),
    (r"^\s*(vilka|which|what are|list)\b", r":\s*$"),
    (r"^\s*(och |and |men |but )?(vem|who)\b", r"\b(av|ansvarar|åtar|nämnd\w*|förvaltning\w*|fullmäktige)\b"),
    (r"\b(varfor|why)\b", r"\b(därför|eftersom|syfte\w*|skäl\w*|motiv\w*)\b"),
    # 'Vilka politiska organ beslutar om dokumenten?' is answered by the bodies that decide ('beslutad av …nämnden')
    (r"\b(vilk\w+|which|what)\s+(\w+\s+)?(organ|namnd\w*|bod(y|ies)|committees?|councils?)\b|"
     r"\b(vem|who)\s+(beslutar|beslutade|faststaller|faststallde|antar|antog|decides?|decided|adopted|approved)\b",
     r"\b(beslutad|beslutade|fastställs|fastställd|antagen|antogs|undertecknas)\b.*\b(\w*nämnd\w*|\w*fullmäktige)\b|"
     r"\b(\w*nämnd\w*|\w*fullmäktige)\b.*\b(beslutad|beslutade|fastställ\w*|antagen|antog\w*)\b"),
    # 'vilka organisationer kan underteckna' is answered by the conditions
    (r"\b(vilka|vem|who|which)\b.*\b(kan|far|may|can)\b|\b(krav|villkor|requirements?|conditions?)\b",
     r"\b(bör|måste|krav\w*|villkor\w*|förutsättning\w*|behörig\w*)\b"),
    # 'hur är gruppen sammansatt' is answered by who sits in it
    (r"\b(sammansatt\w*|sammansattning\w*|bestar (\w+ ){0,4}av|composed|composition|members|ledamoter)\b",
     r"\b(lika antal|representanter (från|för)|ledamöter|bestående av|består av|sammansatt)"),
    (r"\b(vad menas|vad avses|defin\w*|vad betyder|vad innebar|what is meant|meaning|mean)\b",
     r"\b(avses|menas|innebär|innefattar|definieras|betecknar|kallas|är ett begrepp|räknas|handlar (\w+ ){0,2}om|"
     r"dvs|det vill säga)\b"),
)

# a question asking two things at once ('När beslutades policyn, och av vilken nämnd?', 'Who started it, and
# when?'): each part is answered by a sentence holding its kind of evidence
FACETS: tuple[tuple[str, str], ...] = (
    (r"\b(nar|when|vilket ar|which year|what year)\b",
     r"\b(19|20)\d{2}\b|\b(våren|hösten|vintern|sommaren)\b|beslutsdatum"),
    (r"\b(vem|vilka|who|vilken|vilket|which)\b\W+(\w+\W+){0,1}(namnd|organ|body|committee|\w*fullmaktige|council|"
     r"startade|initierade|inledde|tog initiativ|started|initiated|began|beslutade|decided)|^\W*(vem|who)\b",
     r"\b(av|nämnd\w*|fullmäktige|borgarråd\w*|initierade|inledde|beslutade)\b"),
)
FACET_MARGIN = 0.05  # the best sentence for a question's second part joins when this close to the best

# a phrase the asker puts in quotes: 'idealitet', "social ekonomi", «samråd» (not the apostrophe of "committee's")
QUOTED = re.compile(r"(?:^|(?<=[\s(]))['\"‘“«]([^'\"’”»]{3,40})['\"’”»](?=[\s?.,;:)!]|$)")

# 'what does X do (to …)' is answered by what X has committed to
DOES_WHAT = r"\b(vad (gor|ska|skall|maste|bor|behover) (\w+ ){1,6}(for att|gora)|what (does|do|will|should|must) .* do)\b"


def asks_who(info: QueryInfo) -> bool:
    """'Vem …' / 'Who …': the question asks for the party, so the party words in it are not a filter."""
    return bool(re.match(r"\s*(vem|who)\b", fold(info.text)))


TEXTS = {
    "sv": {
        "abstain": "Det framgår inte av dokumenten.",
        "not_in_corpus": "{place} finns inte bland dokumenten; dokumenten gäller {known}.",
        "no_evidence": "Inget i dokumenten besvarar frågan om {what}.",
        "unknown_terms": "Dokumenten nämner inte {terms}.",
        "weak": "Inget stycke i dokumenten ligger tillräckligt nära frågan.",
        "oblig_head": "{doc}: {party} åtar sig under principen om {principle}:",
        "oblig_head_noprinciple": "{doc}: {party} åtar sig:",
        "principle_head": "{doc} om principen om {principle}:",
        "list_head": "{doc} bygger på följande principer:",
        "cmp_head": "{doc}:",
        "fact_head": "Enligt {doc}:",
    },
    "en": {
        "abstain": "The documents do not say (det framgår inte av dokumenten).",
        "not_in_corpus": "{place} is not among the documents; they cover {known}.",
        "no_evidence": "Nothing in the documents answers the question about {what}.",
        "unknown_terms": "The documents do not mention {terms}.",
        "weak": "No passage in the documents is close enough to the question.",
        "oblig_head": "Under the principle of {principle} ({principle_sv}), {party} commits to ({doc}):",
        "oblig_head_noprinciple": "According to {doc}, {party} commits to:",
        "principle_head": "{doc} on the principle of {principle} ({principle_sv}):",
        "list_head": "{doc} is based on these principles:",
        "cmp_head": "{doc}:",
        "fact_head": "According to {doc}:",
    },
}
PARTY_SV = {"civil_society": "idéburen sektor", "joint": "båda parter"}
PARTY_EN = {"civil_society": "civil society", "joint": "both parties"}
PUBLIC_WORDS_SV = (("kommun", "kommunen"), ("stad", "staden"), ("landsting", "landstinget"),
                   ("region", "regionen"), ("nämnd", "nämnden"))
PUBLIC_WORDS_EN = (("kommun", "the municipality"), ("stad", "the city"), ("landsting", "the county council"),
                   ("region", "the region"), ("nämnd", "the committee"))

PARTY_WORDS = {
    "public": r"\b(staden|stadens|kommunen|kommunens|landstinget|landstingets|regionen|nämnd\w*)\b",
    "civil_society": r"\b(idéburna|idéburen|sektorn|sektorns|organisationer\w*|föreningar\w*)\b",
    "joint": r"\b(båda|både|parterna|parter|gemensam\w*)\b",
}

ELLIPTIC = re.compile(
    r"^\s*(och|men|samt|and|but|what about|how about|hur är det med|hur ar det med|"
    r"samma|same|also|också|ocksa|then|då|da|in|i)\b",
    re.I,
)
# words pointing back at the conversation; 'den' only standing alone ('i den?'), not as an article
REFERENCE = re.compile(r"\b(dess|där|dar|det dokumentet|there|it|its|this one|that one|the same|gruppen|"
                       r"the group|dem|them)\b|\bden\s*[?.!]*\s*$", re.I)


ADDS_TO = re.compile(r"\b(även|också|[Ll]ikaså)\b")

# … and the sentence after the answering one joins it on these too ('Det …', 'De …')
CONTINUES = re.compile(POINTS_BACK.pattern + r"|^(Den|De|Det)\b(?!.*:\s*$)")  # not an intro to a new list


@dataclass(frozen=True)
class Candidate:
    row: int
    chunk_index: int
    unit_index: int
    chunk: Chunk
    unit: Unit
    score: float
    dense: float




def _doc_label(retriever: Retriever, doc_id: str) -> str:
    m = retriever.data.documents[doc_id].meta
    return m.organisation.split(",")[0] if m.organisation else (m.place or m.title)


def _party_label(retriever: Retriever, doc_id: str, party: str, lang: str) -> str:
    if party == "public":
        org = fold(retriever.data.documents[doc_id].meta.organisation)
        for key, word in PUBLIC_WORDS_EN if lang == "en" else PUBLIC_WORDS_SV:
            if fold(key) in org:
                return word
        return "the public side" if lang == "en" else "den offentliga parten"
    return (PARTY_EN if lang == "en" else PARTY_SV)[party]


def expand_english(text: str) -> str:
    """Add the Swedish words for English domain words, so lexical matching works across languages."""
    extra = [GLOSSARY_EN_SV[w] for w in re.findall(r"[a-z][a-z-]+", text.lower()) if w in GLOSSARY_EN_SV]
    return text + (" " + " ".join(extra) if extra else "")


def expand_query(text: str, language: str) -> str:
    """The question with the documents' words added: glossary for English, synonyms for Swedish."""
    return expand_english(text) if language == "en" else expand_swedish(text)


DOCUMENT_WORD = re.compile(r"(overenskomm|^polic|^dokument|^document|^agreement)")


# how a question asks, not what about: 'Vad innebär dialog?' is not answered by '… innebörden av dessa …'
# (a sentence that defines is found by the definition evidence instead)
_FRAME_STEMS = frozenset(tokens("innebär innebära menas avses betyder betyda definieras"))


def query_terms(text: str, language: str) -> list[tuple[str, ...]]:
    """The question's stems for lexical matching, each with the documents' words for it as
    alternatives: 'sammansatt' or 'representanter' is one thing asked, matched by either form."""
    text = re.sub(r"\s+", " ", text)  # a stripped name leaves a gap inside a phrase ('består … av')
    # what the documents call themselves ('samverkansöverenskommelsen', 'policyn') says which document,
    # not what is asked: the named document is boosted as a whole
    asked = list(dict.fromkeys(t for t in tokens(text) if not DOCUMENT_WORD.search(t) and t not in _FRAME_STEMS))
    group_of: dict[str, set[str]] = {t: {t} for t in asked}

    def join(span: list[str], words: str) -> None:
        # the span's stems and the documents' words become one group ('ses … över' / 'översyn')
        merged = set(tokens(words)).union(*(group_of[t] for t in span if t in group_of))
        for t in merged & set(group_of) | set(span):
            group_of[t] = merged

    if language == "en":
        for w in re.findall(r"[a-z][a-z-]+", text.lower()):
            if w in GLOSSARY_EN_SV:
                join(tokens(w), GLOSSARY_EN_SV[w])
    else:
        f = fold(text)
        same_length = len(f) == len(text)  # stems come from the original spelling ('består', not 'bestar')
        for pat, words in SYNONYMS_SV:
            for m in re.finditer(pat, f):
                span = (text[m.start():m.end()] if same_length else m.group()).split()
                # the phrase's own words ('ses' … 'över'), not what stands between ('ses den över')
                join(tokens(" ".join(span[:1] + span[1:][-1:])), words)
    out: list[tuple[str, ...]] = []
    seen: list[set[str]] = []
    for t in asked:
        g = group_of[t]
        if not any(g is s for s in seen):
            seen.append(g)
            out.append((t, *sorted(g - {t})))
    return out


DEFINIENDUM = re.compile(r"\b(?:menas med|avses med|betyder|innebar|vad ar|definition(?: av)?|definieras) "
                         r"(?:en |ett |begreppet )?([a-z][a-z-]+(?: [a-z][a-z-]+)?)")


def definiendum(question: str) -> list[str]:
    """The stems of the term a definition question asks about ('Vad menas med kooperativa företag
    i …' -> kooperativ, foretag); [] when it names none."""
    m = DEFINIENDUM.search(fold(question))
    return tokens(m.group(1))[:2] if m else []


def _spelling_variants(word: str, limit: int = 64) -> list[str]:
    """The word and its forms with å/ä/ö put back ('hanvisar' -> 'hänvisar'): typed without them."""
    out = [""]
    for ch in word:
        alts = {"a": "aåä", "o": "oö"}.get(ch, ch)
        out = [o + a for o in out for a in alts][:limit]
    return out


class Answerer:
    def __init__(self, retriever: Retriever, min_similarity: float = MIN_DENSE):
        self.r = retriever
        self.min_similarity = min_similarity
        self.refs = retriever.data.unit_refs
        self.row_of = {ref: row for row, ref in enumerate(self.refs)}  # (chunk index, unit index) -> row
        chunks = retriever.chunks
        n = len(self.refs)
        self.doc_of = np.array([chunks[ci].doc_id for ci, _ in self.refs], dtype=object)
        self.principle_of = np.array([chunks[ci].principle or "" for ci, _ in self.refs], dtype=object)
        self.kind_of = np.array([chunks[ci].kind for ci, _ in self.refs], dtype=object)
        self.party_of = np.array([chunks[ci].units[ui].party or "" for ci, ui in self.refs], dtype=object)
        postings: dict[str, list[int]] = defaultdict(list)
        own: dict[str, list[int]] = defaultdict(list)  # the unit's own words, without its heading's
        for row, (ci, ui) in enumerate(self.refs):
            units = chunks[ci].units
            for t in set(tokens(units[ui].display_text)):
                own[t].append(row)
            # a sentence pointing back ('Dess uppdrag …') is about what the one before names
            before = units[ui - 1].display_text if ui and POINTS_BACK.match(units[ui].display_text) else ""
            for t in set(tokens(f"{chunks[ci].section} {before} {units[ui].display_text}")):
                postings[t].append(row)
        self.postings = {t: np.array(rows) for t, rows in postings.items()}
        self.own_postings = {t: np.array(rows) for t, rows in own.items()}
        self.idf = {t: math.log(1 + n / len(rows)) for t, rows in postings.items()}
        self.max_idf = math.log(1 + max(1, n))
        self.vocab_sorted = sorted(self.postings)
        words: set[str] = set()
        for d in retriever.data.documents.values():
            words.update(fold(w) for w in re.findall(r"[A-Za-zÅÄÖåäöé]{3,}", d.clean_text))
        self.corpus_words = words
        self.word_list = sorted(words)
        # which units hold each kind of evidence (a frequency, a date, an agent …): fixed per index
        self.evidence_rows = [
            np.fromiter((bool(re.search(ev, chunks[ci].units[ui].display_text, re.I)) for ci, ui in self.refs),
                        dtype=bool, count=n)
            for _, ev in EVIDENCE_BOOSTS
        ]
        self.corpus_stems = set(self.postings)
        for d in retriever.data.documents.values():
            self.corpus_stems.update(tokens(d.clean_text))
        # the term each unit defines, if it opens like a definition ('Kooperativa företag är sådana som …')
        self.defined = []
        self.defined_word = []  # the defined subject's first word as written ('dialog', not 'dialogen')
        for ci, ui in self.refs:
            m = re.match(r"^(?:med )?(.{3,60}?) (?:är|avses|menas|innebär|betyder|definieras|handlar om)\b",
                         chunks[ci].units[ui].display_text, re.I)
            self.defined.append(tokens(m.group(1)) if m else [])
            self.defined_word.append(fold(m.group(1).split()[0].lower()) if m else "")
        # the first word of each unit: a definition often opens on its term ('Dialog utgår från ett
        # inkluderande förhållningssätt …', 'Långsiktighet skapar trygghet …')
        # (the word as written: the bare noun states what it is, 'Dialogen …' goes on about a particular one)
        self.opening = np.array([fold((chunks[ci].units[ui].display_text.split() or [""])[0].lower())
                                 for ci, ui in self.refs], dtype=object)
        # full search ranks chunks by their best unit under this scoring too
        retriever.unit_scorer = self._chunk_ranking_scores

    # ------------------------------------------------------------------ context
    def _elliptic(self, question: str, info: QueryInfo) -> bool:
        short = len(question.split()) <= 5 and not self.specific_terms(question)
        return bool(ELLIPTIC.match(question)) or short or bool(REFERENCE.search(question))

    def resolve(self, question: str, history: list[str]) -> tuple[str, QueryInfo]:
        """Merge a follow-up with the conversation's earlier questions (oldest first)."""
        info = self.r.understand(question)
        ctx: QueryInfo | None = None
        ctx_text = ""
        for h in history:
            h = (h or "").strip()[: self.r.max_question_chars]
            if not h:
                continue
            hi = self.r.understand(h)
            if ctx is None or not self._elliptic(h, hi):
                ctx, ctx_text = hi, h
            else:
                ctx = self._merge(hi, ctx, elliptic=True)
                ctx_text = f"{ctx_text} {h}"
        if ctx is None:
            return question, info
        elliptic = self._elliptic(question, info)
        merged = self._merge(info, ctx, elliptic)
        if not elliptic:
            return question, merged
        if len(self.specific_terms(question)) >= 1:
            docs = " ".join(_doc_label(self.r, d) for d in merged.documents)
            return f"{question} {docs}".strip(), merged
        base = self._strip_docs(ctx_text) if info.documents else ctx_text
        return f"{base} {question}", merged

    def _merge(self, info: QueryInfo, ctx: QueryInfo, elliptic: bool) -> QueryInfo:
        intent = info.intent
        if elliptic and intent == "fact":
            intent = ctx.intent
        if intent == "principle_list" and info.principles and elliptic:
            intent = "obligation"
        return replace(
            info,
            # a place the corpus does not have replaces the conversation's document (and is declined)
            # and a question about all the documents ('överenskommelserna') is not narrowed to one
            documents=info.documents or (() if info.unknown_places or info.all_documents else ctx.documents),
            principles=info.principles or (ctx.principles if elliptic else ()),
            parties=info.parties or (ctx.parties if elliptic and not info.principles else ()),
            intent=intent,
        )

    def _strip_names(self, text: str, doc_ids: tuple[str, ...]) -> str:
        """`text` without the place and organisation names of these documents (party words stay:
        'landstinget', 'staden', 'socialnämnden' say who acts, not only which document)."""
        for d in self.r.doc_names:
            if d.doc_id not in doc_ids:
                continue
            for n in sorted(d.names, key=len, reverse=True):
                if n and not re.search(PARTY_WORDS["public"], n, re.I):
                    folded = fold(text)  # 'lansoverenskommelsen' names 'Länsöverenskommelsen' too
                    if len(folded) != len(text):
                        folded = text.lower()
                    for m in reversed(list(re.finditer(r"\b" + re.escape(fold(n)) + r"s?\b", folded))):
                        text = text[: m.start()] + " " + text[m.end():]
        return text

    def _strip_docs(self, text: str) -> str:
        for d in self.r.doc_names:
            for n in d.names:
                if n:
                    text = re.sub(re.escape(n) + r"s?", " ", text, flags=re.I)
        return text

    # ------------------------------------------------------------------ scoring
    def lexical(self, text: str | list[tuple[str, ...]]) -> np.ndarray:
        """idf-weighted share of the question's stems found in each unit (prefix-tolerant).
        `text` may be given as `query_terms` groups: a unit with any form of a group has it."""
        lex = np.zeros(len(self.refs), dtype="float64")
        groups = [(t,) for t in dict.fromkeys(tokens(text))] if isinstance(text, str) else text
        total = 0.0
        for group in groups:
            # with the documents' own words given, the asked word counts as written, not by family
            # ('sammansatt' is not 'sammanträda'; 'representanter' is given for it)
            forms = [(q, self._matching_stems(q) if len(group) == 1 or i else (q,) * (q in self.postings))
                     for i, q in enumerate(group)]
            present = [self.idf[q] if q in self.idf else max(self.idf[m] for m in ms) for q, ms in forms if ms]
            # a word the corpus lacks weighs as much as the rarest: missing it costs every unit alike
            weight = max(present) if present else self.max_idf
            total += weight
            # a unit with the word itself gets its full weight; one with only a word of the same family
            # (a compound's head: 'samverkansansvarig' ~ 'samverkan') or only a common alternative
            # ('möten', whose stem is also 'mot') no more than that word's own rarity
            credit = np.zeros(len(self.refs), dtype="float64")
            for q, matches in forms:
                for m in matches:
                    rows = self.postings[m]
                    credit[rows] = np.maximum(credit[rows], weight if m == q == group[0] else min(weight, self.idf[m]))
            lex += credit
        return lex / total if total else lex

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one Answerer per index, bounded cache
    def _matching_stems(self, q: str) -> tuple[str, ...]:
        out = [q] if q in self.postings else []
        if len(q) >= 5:
            import bisect

            # same word family: a shared prefix of all but the last three letters ('kritiser' ~ 'kritik')
            head = q[: max(5, len(q) - 3)]
            i = bisect.bisect_left(self.vocab_sorted, head)
            while i < len(self.vocab_sorted) and self.vocab_sorted[i].startswith(head):
                if self.vocab_sorted[i] != q:
                    out.append(self.vocab_sorted[i])
                i += 1
            for k in range(5, len(head)):
                if q[:k] in self.postings:
                    out.append(q[:k])
        return tuple(out)

    def unit_scores(self, text: str, info: QueryInfo, qvec: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each sentence or item scored against the question: (combined score, dense cosine)."""
        dense = (self.r.data.unit_vectors @ qvec[0]).astype("float64")
        # the named document is boosted as a whole below; its name must not favour the units that repeat it
        lex_text = self._strip_names(text, info.documents)
        score = dense + W_LEXICAL * self.lexical(query_terms(lex_text, info.language))
        if info.documents:
            score += W_DOCUMENT * np.isin(self.doc_of, list(info.documents))
        if info.principles:
            score += W_PRINCIPLE * np.isin(self.principle_of, list(info.principles))
        if info.intent == "definition":
            score += 0.02 * (self.kind_of == "definition")
            term = definiendum(info.text) if info.language == "sv" else []
            if term:
                # the sentence that defines the asked term: 'Kooperativa företag är sådana som …',
                # 'Med kooperativa företag avses …' (not 'Med idéburna organisationer avses …')
                m = DEFINIENDUM.search(fold(info.text))
                word = m.group(1).split()[0] if m else ""
                score += W_EVIDENCE * np.maximum(self._defines(term, word), W_OPENS_ON_TERM * (self.opening == word))
        for phrase in QUOTED.findall(info.text):
            # a word the asker quotes ('an element of 'idealitet'') is the documents' own word for what is asked
            stems = tokens(phrase)
            if stems and len(stems) <= 4:
                score += W_EVIDENCE * np.logical_and.reduce([self._says(st) for st in stems])
        folded_q = fold(info.text)
        if re.search(DOES_WHAT, folded_q):
            # 'vad gör landstinget för att sektorn …': the subject's commitments (any party's when unnamed)
            # ('vad ska göras …': any party's; 'vad ska arbetsgruppen göra': a group's task, not commitments)
            subject = doing_subject(folded_q)
            doer = subject_party(subject)
            if doer or subject is None:
                score += W_EVIDENCE * ((self.party_of == doer) if doer else (self.party_of != ""))
        for (pat, _), hits in zip(EVIDENCE_BOOSTS, self.evidence_rows, strict=True):
            if re.search(pat, folded_q):
                score += W_EVIDENCE * hits
        return score, dense

    def _says(self, stem: str) -> np.ndarray:
        """Units whose own words (not their heading's) include a form of `stem`."""
        out = np.zeros(len(self.refs), dtype=bool)
        for m in self._matching_stems(stem):
            if m in self.own_postings:
                out[self.own_postings[m]] = True
        return out

    def _defines(self, term: list[str], word: str = "") -> np.ndarray:
        """1.0 for each unit that defines `term` ('Kooperativa företag är …', 'Med X avses …')."""
        # the subject is the asked word as written: 'Dialog utgår …' / 'Kooperativa företag är …', not 'Dialogen är …'
        return np.fromiter((d[:len(term)] == term and len(d) <= len(term) + DEFINED_EXTRA and (not word or w == word)
                            for d, w in zip(self.defined, self.defined_word, strict=True)), dtype="float64", count=len(self.refs))

    def _chunk_ranking_scores(self, text: str, info: QueryInfo, qvec: np.ndarray) -> np.ndarray:
        score = self.unit_scores(text, info, qvec)[0]
        if info.parties:
            score += W_PARTY_RANKING * np.isin(self.party_of, list(info.parties))
        return score

    def unit_candidates(self, text: str, info: QueryInfo, qvec: np.ndarray, flt: Filters) -> list[Candidate]:
        if not self.refs:
            return []
        score, dense = self.unit_scores(text, info, qvec)
        mask = np.ones(len(self.refs), dtype=bool)
        if flt.document:
            mask &= self.doc_of == flt.document
        if flt.principle:
            mask &= self.principle_of == flt.principle
        if flt.party:
            mask &= self.party_of == flt.party
        order = [i for i in np.argsort(-score, kind="stable") if mask[i]][:200]
        out = []
        for row in order:
            ci, ui = self.refs[row]
            c = self.r.chunks[ci]
            out.append(Candidate(int(row), ci, ui, c, c.units[ui], float(score[row]), float(dense[row])))
        return out

    # ------------------------------------------------------------------ abstention
    def abstain_reason(self, info: QueryInfo, cands: list[Candidate]) -> str | None:
        t = TEXTS[info.language]
        if info.unknown_places and not info.documents:
            known = ", ".join(sorted({_doc_label(self.r, d) for d in self.r.data.documents}))
            return t["not_in_corpus"].format(place=", ".join(info.unknown_places), known=known)
        pool = [c for c in cands if not info.documents or c.chunk.doc_id in info.documents] or cands
        folded = fold(info.text)
        for qpat, evidence, what in ANSWER_TYPES:
            if re.search(qpat, folded):
                # 'av vilken nämnd?' asks which body decided: it is asked for, not a condition on the date
                bodies = [b for q, b in DECISION_BODIES if what == "datum" and re.search(q, folded)
                          and not re.search(r"\b(vilken|vilket|vilka|which|what) " + q, folded)]
                if what == "antal":
                    evidence = self._counted_evidence(folded, info.language) or evidence
                if not any(re.search(evidence, c.unit.display_text, re.I)
                           and all(re.search(b, c.unit.display_text, re.I) for b in bodies) for c in pool[:5]):
                    return t["no_evidence"].format(what=what if info.language == "sv" else WHAT_EN[what])
        if info.language == "sv":
            missing = self.missing_terms(info.text)
            # a word the corpus lacks declines when it is what the question is about ('Vad säger dokumenten
            # om fritidsgårdar?'), not when it is one word of several ('Vilka … inrättar en gemensam grupp …':
            # a verb the corpus happens not to use)
            if missing and 2 * len(missing) >= len(self.specific_terms(info.text)):
                return t["unknown_terms"].format(terms=", ".join(f"'{m}'" for m in missing))
        if not cands or cands[0].dense < self.min_similarity:
            return t["weak"]
        return None

    def _counted_evidence(self, folded_question: str, language: str) -> str | None:
        """'Hur många ledamöter …' is answered by a number of ledamöter ('sex ledamöter', 'lika antal
        representanter'), not by any number ('fyra år'): the evidence pattern for what is counted."""
        m = re.search(r"\b(?:hur manga|how many|antal|number of)\s+(?:(?:olika|different|av|of|the)\s+)*([a-z-]{3,})",
                      folded_question)
        if not m:
            return None
        word = m.group(1)
        if re.match(r"(gang|time)", word):
            return None  # 'hur många gånger': a frequency, written '4 ggr/år' as often as 'två gånger'
        forms = GLOSSARY_EN_SV.get(word, "").split() if language == "en" else [word]
        prefixes = {fold(t)[:5] for f in forms for t in tokens(f) if len(t) >= 3}
        if not prefixes:
            return None
        counted = "|".join(re.escape(p) for p in sorted(prefixes))
        number = r"(\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|lika)(-tal)?"
        return rf"\b{number}\s+(?:\w+\s+){{0,2}}(?:{counted})|\blika (antal|många)\b"

    def missing_terms(self, question: str) -> list[str]:
        """Specific words of a Swedish question that occur nowhere in the corpus (typos, compounds forgiven)."""
        import difflib

        from wordfreq import zipf_frequency

        missing = []
        for m in re.finditer(r"[A-Za-zÅÄÖåäöé]{5,}", question):
            w = m.group()
            f = fold(w)
            if f in STOPWORDS or f in GENERIC_TERMS or (w[0].isupper() and m.start() > 0):
                continue
            if f in self.corpus_words or self._known_compound(f):
                continue
            stem = tokens(w)
            if not stem or stem[0] in self.corpus_stems or self._matching_stems(stem[0]):
                continue
            if difflib.get_close_matches(f, self.word_list, n=1, cutoff=0.82):
                continue
            sv = max(zipf_frequency(v, "sv") for v in _spelling_variants(w.lower()))
            en = zipf_frequency(w.lower(), "en")
            if sv >= 4.0 or en > sv or (sv >= 3.5 and re.search(r"(ar|er|ir)$", f)):
                continue  # a common word (a verb, 'whats', 'hänvisar'): not what the question is about
            missing.append(w)
        return missing

    def _known_compound(self, f: str) -> bool:
        for i in range(4, len(f) - 3):
            left, right = f[:i], f[i:]
            if left in self.corpus_words or left.rstrip("s") in self.corpus_words:
                r = right[1:] if right.startswith("s") and right[1:4] else right
                if any(w.startswith(r[:5]) for w in self.word_list) or r in self.corpus_words:
                    return True
        return False

    # ------------------------------------------------------------------ main
    def candidates(self, question: str, history: list[str] | None = None, filters: Filters | None = None
                   ) -> tuple[str, str, Filters, QueryInfo, list[Candidate]]:
        """The question checked, resolved against the conversation and understood, and its sentences and
        items scored: (question as asked, resolved text, filters, understanding, candidates best first)."""
        asked = self.r.check_question(question)
        # matched as the documents spell it; answered as asked
        question = self.r.restore_spelling(asked)
        history = [self.r.restore_spelling(h) for h in (history or []) if isinstance(h, str) and h.strip()][-10:]
        flt = self.r.check_filters(filters)
        text, info = self.resolve(question, history)
        if flt.document:
            info = replace(info, documents=(flt.document,))
        if flt.principle:
            info = replace(info, principles=(flt.principle,))
        if flt.party:
            info = replace(info, parties=(flt.party,))
        passages_text = strip_designation(topic(text) if info.intent == "comparison" else text)
        qvec = self.r.encode_query(expand_query(passages_text, info.language))
        return asked, text, flt, info, self.unit_candidates(passages_text, info, qvec, flt)

    def answer(self, question: str, history: list[str] | None = None, filters: Filters | None = None) -> Answer:
        asked, text, flt, info, cands = self.candidates(question, history, filters)
        reason = self.abstain_reason(info, cands)
        if reason:
            return self._declined(asked, info, reason)
        if not flt.party:
            info = self._party_from_evidence(info, cands)
        blocks: list = []
        broad = info.intent == "obligation" and not info.principles and not self.specific_terms(question)
        # 'dialog', 'kvalitet' are ordinary words too: they name a principle when the question says so
        names_principle = bool(info.principles) and (
            bool(re.search(r"princip", fold(text))) or any(p not in COMMON_WORD_PRINCIPLES for p in info.principles))
        # a fact question naming a principle asks for its commitments, unless a sentence that is
        # not a commitment answers it clearly better ('får kravet på öppenhet skada brukare …?')
        best_commitment = next((c.score for c in cands if c.unit.party is not None and c.chunk.principle
                                in info.principles and c.chunk.doc_id in info.documents), None)
        commitment_first = bool(cands) and (
            best_commitment is None or cands[0].score - best_commitment < SENTENCE_OVER_COMMITMENTS)
        # 'vad ska föreningarna i Stockholm göra för att …': the named party's commitments about it
        party_asked = bool(info.parties and info.documents) and doing_party(fold(info.text)) is not None
        if (info.intent == "obligation" and (info.principles or broad or party_asked)) or (
            info.intent == "fact" and names_principle and info.documents and commitment_first
        ):
            blocks = self.compose_obligation(info, cands)
        elif info.intent == "principle_list":
            blocks = self.compose_principles(info, cands)
        elif info.intent == "comparison":
            blocks = self.compose_comparison(info, cands)
        elif len(info.documents) >= 2:
            # 'How often are the Stockholm and Södertälje agreements revised?': each named document answers
            blocks = [b for d in info.documents
                      for b in self.compose_fact(replace(info, documents=(d,)),
                                                 [c for c in cands if c.chunk.doc_id == d])]
        if not blocks:
            # a question about one named document is answered from it ('Vem beslutade om socialnämndens
            # policy?' is not answered by Tyresö's decision)
            named = [c for c in cands if c.chunk.doc_id in info.documents] if len(info.documents) == 1 else []
            blocks = self.compose_fact(info, named or cands)
        if not blocks:
            return self._declined(asked, info, TEXTS[info.language]["weak"])
        return self._render(asked, info, blocks)

    @staticmethod
    def _party_from_evidence(info: QueryInfo, cands: list[Candidate]) -> QueryInfo:
        """A 'who' question asks for the party, so the party read from its words ('Vem på landstinget …
        tillsammans med föreningarna' reads as both) gives way when another party's commitment is
        clearly the best match."""
        if not asks_who(info):
            return info
        if not info.parties or not cands or cands[0].unit.party in (None, *info.parties):
            return info
        top = cands[0]
        asked = next((c.score for c in cands if c.unit.party in info.parties
                      and c.chunk.doc_id == top.chunk.doc_id and c.chunk.principle == top.chunk.principle), None)
        if asked is not None and top.score - asked < SENTENCE_OVER_COMMITMENTS:
            return info
        return replace(info, parties=(*info.parties, top.unit.party))

    def specific_terms(self, question: str) -> list[str]:
        """Content words beyond document, party, principle and commitment words ('tjänstepersonsstöd')."""
        names = {fold(w) for d in self.r.doc_names for n in d.names for w in n.split()}
        skip = r"^(atar|atagand|commit|ansvar|gor|lov|ska|skall|bidra|arbet|must|should|does|do|what|vad|vem|who|" \
               r"kommun|stad|city|municipal|council|count|landsting|region|namnd|ideburn|ideburen|sektor|civil|" \
               r"societ|organis|forening|associat|part|both|bada|gemensam|joint|non-?profit|nonprofit|voluntar|overenskomm|agreement|policy|enligt|" \
               r"according|under|princip|sjalvstand|oberoend|dialog|kvalitet|langsikt|oppenhet|insyn|mangfald|" \
               r"samhallsutveckl|galler|finns|sager|star|kring|omrad|fraga|fragor|regarding|about|agreement|defin|sidan?$|side$|" \
               r"menas|avses|betyd|innebar|dokument|olika|jamfor|skillnad|sector|idea-driven|promis|itself$)"
        out = []
        for w in re.findall(r"[A-Za-zÅÄÖåäöé-]{4,}", question):
            f = fold(w)
            if f in STOPWORDS or f.rstrip("s") in names or f in names or re.match(skip, f) or re.search(
                r"overenskomm|samverkan|atgard|atagand", f
            ):
                continue
            out.append(w)
        return out

    def _declined(self, question: str, info: QueryInfo, reason: str) -> Answer:
        t = TEXTS[info.language]
        return Answer(question, info.language, f"{t['abstain']} {reason}", True, reason, (), info)

    # ------------------------------------------------------------------ composition
    # each composer returns [(heading line, [(prefix, ref)])]
    def _docs_by_relevance(self, cands: list[Candidate], among: set[str] | None = None) -> list[str]:
        order: list[str] = []
        for c in cands:
            if c.chunk.doc_id not in order and (among is None or c.chunk.doc_id in among):
                order.append(c.chunk.doc_id)
        for d in sorted(among or ()):
            if d not in order:
                order.append(d)
        return order

    def _by_unit(self, cands: list[Candidate]) -> dict[tuple[str, int, int], Candidate]:
        return {(c.chunk.doc_id, c.unit.start, c.unit.end): c for c in cands}

    def compose_obligation(self, info: QueryInfo, cands: list[Candidate]) -> list:
        lang = info.language
        t = TEXTS[lang]
        principle = info.principles[0] if info.principles else None
        parties = list(info.parties) if info.parties else ["public", "civil_society", "joint"]
        by_unit = self._by_unit(cands)
        docs = self.r.data.documents
        with_principle = {d.doc_id for d in docs.values() for cm in listed(d)
                          if cm.party in parties and (principle is None or cm.principle == principle)}
        if info.documents:
            targets = list(info.documents)
        else:
            targets = self._docs_by_relevance(cands, with_principle)
            if principle is None:
                targets = targets[:1]
        out = []
        for doc_id in targets:
            doc = docs[doc_id]
            has_principle = principle is not None and any(cm.principle == principle for cm in listed(doc))
            if principle and not has_principle:
                block = self._principle_fallback(doc_id, principle, parties, info, cands)
                out.extend(block)
                continue
            focus = self._focus_threshold(info, doc_id, principle, parties, by_unit)
            said = self._said_better(info, doc_id, principle, cands)
            if said is not None:
                out.append((t["principle_head"].format(doc=_doc_label(self.r, doc_id),
                                                       principle=principle_name(principle, lang),
                                                       principle_sv=principle_name(principle, "sv")), [("", said)]))
            for party in parties:
                items = [cm for cm in listed(doc)
                         if cm.party == party and (principle is None or cm.principle == principle)]
                if focus is not None:
                    items = [cm for cm in items if (c := by_unit.get((doc_id, cm.start, cm.end))) and c.score >= focus]
                if not items:
                    continue
                rows = [("- ", by_unit.get((doc_id, cm.start, cm.end))
                         or (doc_id, cm.start, cm.end, cm.display_text, cm.section, cm.principle, cm.party))
                        for cm in items]
                head = t["oblig_head" if principle else "oblig_head_noprinciple"].format(
                    doc=_doc_label(self.r, doc_id), party=_party_label(self.r, doc_id, party, lang),
                    principle=principle_name(principle, lang) if principle else "",
                    principle_sv=principle_name(principle, "sv") if principle else "")
                if lang == "en" and party == "joint":
                    head = head.replace("commits to", "commit to")  # 'both parties commit to'
                out.append((head, rows))
        return out

    @staticmethod
    def _said_better(info: QueryInfo, doc_id: str, principle: str | None, cands: list[Candidate]) -> Candidate | None:
        """For a 'who' question, the principle's own sentence when it matches better than any commitment
        ('Vem har ansvar för öppenhet …' / 'Parterna … måste var och en ta ansvar för att skapa öppenhet'):
        applied to every obligation question it cost 0.05 precision on the gold set, for no recall."""
        if principle is None or not asks_who(info):
            return None
        in_doc = [c for c in cands if c.chunk.doc_id == doc_id and c.chunk.principle == principle]
        if not in_doc:
            return None
        said = next((c for c in in_doc if c.unit.party is None and c.unit.kind == "sentence"), None)
        # the best sentence, also when a commitment outscores it only by the boosts an 'X ansvarar för …'
        # item earns while being further in meaning (it says who does one thing, not who answers for all)
        if said is None or (said is not in_doc[0] and said.dense <= in_doc[0].dense):
            return None
        return said

    def _focus_threshold(self, info: QueryInfo, doc_id: str, principle: str | None, parties: list[str],
                         by_unit: dict) -> float | None:
        """A question about one thing ('Vem ska driva frågan om upphandling?') gets the commitments about
        that thing, not the whole list: a score floor just under the best matching commitment."""
        if info.language != "sv" or not self.specific_terms(info.text):
            return None
        scores = [c.score for cm in listed(self.r.data.documents[doc_id])
                  if cm.party in parties and (principle is None or cm.principle == principle)
                  and (c := by_unit.get((doc_id, cm.start, cm.end)))]
        return max(scores) - FOCUS_MARGIN if scores else None

    def _principle_fallback(self, doc_id: str, principle: str, parties: list[str], info: QueryInfo,
                            cands: list[Candidate]) -> list:
        """A document whose commitments are not filed under principles: what it says under the
        principle's heading, and the commitments that speak of the principle."""
        lang = info.language
        terms = PRINCIPLES[principle][0] if principle in PRINCIPLES else principle.replace("_", " ")
        terms += " " + PRINCIPLE_FAMILY_SV.get(principle, "")
        stems = [s for s in tokens(terms)]
        rows: list = []
        in_section = [c for c in cands if c.chunk.doc_id == doc_id and c.chunk.principle == principle
                      and c.unit.kind == "sentence"]
        if in_section and len(parties) == 1:
            # the asked party's own sentences, where the section has some
            own = [c for c in in_section if re.search(PARTY_WORDS[parties[0]], c.unit.display_text, re.I)]
            in_section = own or in_section
        if in_section:
            top = in_section[0].score
            picked = [c for c in in_section[:4] if c.score >= top - FALLBACK_MARGIN][:3]
            rows += [("", c) for c in sorted(picked, key=lambda c: c.unit.start)]
        wanted = set(parties) | {"joint"}
        for cm in listed(self.r.data.documents[doc_id]):
            if cm.party in wanted and cm.principle is None:
                ctoks = set(tokens(cm.display_text))
                if any(any(ct.startswith(s[:5]) for ct in ctoks) for s in stems):
                    rows.append(("- ", (doc_id, cm.start, cm.end, cm.display_text, cm.section, None, cm.party)))
        if not rows:
            return []
        head = TEXTS[lang]["principle_head"].format(doc=_doc_label(self.r, doc_id),
                                                    principle=principle_name(principle, lang),
                                                    principle_sv=principle_name(principle, "sv"))
        return [(head, rows)]

    def compose_principles(self, info: QueryInfo, cands: list[Candidate]) -> list:
        lang = info.language
        docs = list(info.documents) if info.documents else self._docs_by_relevance(cands)
        if not info.documents and not info.all_documents:
            docs = docs[:1]
        out = []
        for doc_id in docs:
            rows = self.principle_rows(doc_id)
            headings = bool(rows) and all(title == section for _, (_, _, _, title, section, *_) in rows)
            intro = self._principles_intro(doc_id) if headings else None
            rows = ([("", intro)] if intro else []) + rows
            if rows:
                out.append((TEXTS[lang]["list_head"].format(doc=_doc_label(self.r, doc_id)), rows))
        return out

    def _principles_intro(self, doc_id: str) -> tuple | None:
        """The sentence introducing a document's principles when they are only headings: it says how many
        and what they are for ('De sju principer som samverkansöverenskommelsen grundar sig på utgör …')."""
        return next(((doc_id, u.start, u.end, u.display_text, c.section, None, None)
                     for c in self.r.chunks if c.doc_id == doc_id for u in c.units
                     if u.kind == "sentence" and PRINCIPLES_INTRO.search(u.display_text)), None)

    def principle_rows(self, doc_id: str) -> list:
        doc = self.r.data.documents[doc_id]
        rows: list = []
        list_titles = {s.title for s in doc.sections if s.kind == "principle_list"}
        for c in self.r.chunks:
            if c.doc_id != doc_id or c.section not in list_titles:
                continue
            for u in c.units:
                mentions = sum(1 for p in PRINCIPLES.values() if fold(p[0]) in fold(u.display_text))
                if (u.kind == "item" and len(u.display_text) < 80) or mentions >= 3:
                    rows.append(("- ", (doc_id, u.start, u.end, u.display_text, c.section, None, None)))
        if not rows:
            for s in doc.sections:
                if s.kind == "principle" and s.heading_end > s.heading_start:
                    rows.append(("- ", (doc_id, s.heading_start, s.heading_end, s.title, s.title, s.principle, None)))
        return rows

    def compose_comparison(self, info: QueryInfo, cands: list[Candidate]) -> list:
        lang = info.language
        out: list = []
        # 'Vilka dokument har en princip om mångfald?' is answered by the principle lists; a question
        # about something said under it ('… broad political backing matters for long-term …') is not
        about_content = len(self.specific_terms(topic(info.text))) >= 2
        if info.principles and not info.documents and not info.parties and not about_content:
            pid = info.principles[0]
            pname = fold(PRINCIPLES[pid][0]) if pid in PRINCIPLES else pid
            rows: list = []
            for doc in self.r.data.documents.values():
                label = f"{_doc_label(self.r, doc.doc_id)}: "
                # the document's own list of principles says it best; else the principle's heading
                listed = next((ref for _, ref in self.principle_rows(doc.doc_id) if pname in fold(ref[3])), None)
                if listed:
                    rows.append((label, listed))
                    continue
                head = next((s for s in doc.sections if s.principle == pid and s.heading_end > s.heading_start), None)
                if head:
                    rows.append((label, (doc.doc_id, head.heading_start, head.heading_end, head.title, head.title,
                                         pid, None)))
            return [(TEXTS[lang]["cmp_head"].format(doc="Dokumenten" if lang == "sv" else "The documents"), rows)]
        if info.principles and info.documents:
            return self.compose_obligation(info, cands)
        best: dict[str, list[Candidate]] = defaultdict(list)
        kinds = self._asked_kinds(info.text)
        for c in cands:
            if info.documents and c.chunk.doc_id not in info.documents:
                continue
            if kinds and self.r.data.documents[c.chunk.doc_id].meta.kind not in kinds:
                continue
            if len(best[c.chunk.doc_id]) < 2:
                best[c.chunk.doc_id].append(c)
        if not best:
            return []
        topic_rows = self._rows_with_terms(self.specific_terms(info.text)) if info.language == "sv" else None
        top = max(v[0].score for v in best.values())
        kept: list[tuple[str, list[Candidate]]] = []
        for doc_id, cs in sorted(best.items(), key=lambda x: -x[1][0].score):
            keep = [c for c in cs if c.score >= top - COMPARISON_MARGIN and c.dense >= self.min_similarity]
            if info.documents and not keep:
                keep = cs[:1]
            if len(keep) == 2 and keep[1].score < keep[0].score - 0.005:
                keep = keep[:1]
            kept.append((doc_id, keep))
        # the question's own words ('träffas') keep a document only when some document says them: when
        # none does, the documents put it in other words ('sammanträda', 'möten') and the scores decide
        if topic_rows is not None and any(c.row in topic_rows for _, keep in kept for c in keep):
            kept = [(doc_id, [c for c in keep if c.row in topic_rows]) for doc_id, keep in kept]
        for doc_id, keep in kept:
            if keep:
                head = TEXTS[lang]["cmp_head"].format(doc=_doc_label(self.r, doc_id))
                out.append((head, [("", c) for c in sorted(keep, key=lambda c: c.unit.start)]))
        return out

    def _rows_with_terms(self, words: list[str]) -> set[int] | None:
        """Units containing at least one of the words (any form); None when there are no words."""
        stems = [t for w in words for t in tokens(w)]
        if not stems:
            return None
        rows: set[int] = set()
        for st in stems:
            for m in self._matching_stems(st):
                rows.update(self.postings[m].tolist())
        return rows

    @staticmethod
    def _asked_kinds(question: str) -> set[str]:
        """'Which agreements …' asks about överenskommelser, 'which policies …' about policies."""
        f = fold(question)
        agreements = re.search(r"\b(overenskommelse\w*|agreements?)\b", f)
        policies = re.search(r"\b(polic\w*)\b", f)
        if re.search(r"\b(dokument\w*|documents?)\b", f) or (agreements and policies):
            return set()
        if agreements:
            return {"överenskommelse"}
        if policies:
            return {"policy"}
        return set()

    def compose_fact(self, info: QueryInfo, cands: list[Candidate]) -> list:
        if not cands:
            return []
        lang = info.language
        top = cands[0]
        chosen = [top]
        # the sentence after joins when it points back at this one (a chosen sentence that points back
        # brings the one before it: `_antecedents`)
        after = self._after(top.chunk_index, top.unit_index)
        nxt = self.r.chunks[after[0]].units[after[1]] if after else None
        # ('Genom samarbete ökar också möjligheterna …' adds to the sentence before it)
        adds = bool(nxt is not None and ADDS_TO.search(" ".join(nxt.display_text.split()[:6])))
        if after and nxt is not None and nxt.kind == "sentence" and (
                CONTINUES.match(nxt.display_text) or self._resumes(top.unit.display_text, nxt.display_text) or adds):
            chosen.append(self._candidate_at(after, top))
        # a sentence adding to the best one ('… ökar också …') does not take another answer's place
        bound = int(adds and len(chosen) == 2)
        if top.unit.display_text.rstrip().endswith(":") or re.search(
            r"\b(följande|fyra|fem|sex|sju|tre|två)\s+\w+", top.unit.display_text
        ):
            chosen += self._list_after(top)
        if info.intent == "definition" and top.chunk.kind == "definition":
            # a short definitions section is the definition: take it whole
            section_units = [c for c in cands if c.chunk.doc_id == top.chunk.doc_id
                             and c.chunk.section == top.chunk.section]
            n_units = sum(len([u for u in ch.units if u.kind != "heading"]) for ch in self.r.chunks
                          if ch.doc_id == top.chunk.doc_id and ch.section == top.chunk.section)
            if n_units <= 4:
                chosen += [c for c in section_units if c is not top]
        for c in cands[1:12]:
            if len(chosen) - bound >= MAX_FACT_UNITS:
                break
            if c in chosen:
                continue
            same_doc = c.chunk.doc_id == top.chunk.doc_id
            adjacent = c.chunk_index == top.chunk_index and abs(c.unit_index - top.unit_index) == 1
            margin = ADJACENT_MARGIN if adjacent else OTHER_MARGIN
            if c.score >= top.score - margin and (same_doc or info.all_documents):
                chosen.append(c)
        chosen += self._facets(info, cands, chosen)
        # another chosen sentence that introduces a list brings it ('… genom att:')
        for c in list(chosen[1:]):
            if c.unit.display_text.rstrip().endswith(":") and c.unit.kind == "sentence":
                chosen += self._list_after(c)
        chosen = list({(c.chunk.doc_id, c.unit.start): c for c in chosen}.values())
        chosen += self._gaps(chosen)
        chosen += self._antecedents(chosen, why=bool(re.search(r"\b(varfor|why)\b", fold(info.text))))
        chosen.sort(key=lambda c: (c.chunk.doc_id != top.chunk.doc_id, c.chunk.doc_id, c.unit.start))
        out = []
        for doc_id in dict.fromkeys(c.chunk.doc_id for c in chosen):
            rows = [("- " if c.unit.kind == "item" else "", c) for c in chosen if c.chunk.doc_id == doc_id]
            out.append((TEXTS[lang]["fact_head"].format(doc=_doc_label(self.r, doc_id)), rows))
        return out

    @staticmethod
    def _facets(info: QueryInfo, cands: list[Candidate], chosen: list[Candidate]) -> list[Candidate]:
        """For a question asking two things, the best sentence for each part the chosen ones leave open."""
        folded = fold(info.text)
        asked = [ev for q, ev in FACETS if re.search(q, folded)]
        if len(asked) < 2:
            return []
        top, out = chosen[0], list[Candidate]()
        for ev in asked:
            if any(re.search(ev, c.unit.display_text, re.I) for c in chosen + out):
                continue
            best = next((c for c in cands[1:12] if c.chunk.doc_id == top.chunk.doc_id
                         and re.search(ev, c.unit.display_text, re.I)), None)
            if best is not None and best.score >= top.score - FACET_MARGIN:
                out.append(best)
        return out

    @staticmethod
    def _resumes(before: str, sentence: str) -> bool:
        """A sentence opening on the definite form of a noun the one before introduced
        ('… en dialogprocess …' / 'Processen har innehållit …'): it goes on about the same thing."""
        m = re.match(r"([A-ZÅÄÖ][a-zåäö]{3,}(en|et|na|erna|arna))\b", sentence)
        if not m:
            return False
        stem = tokens(m.group(1))
        if not stem or len(stem[0]) < 5:
            return False
        # introduced, not the subject already ('Förvaltningen … / Förvaltningen …' are two statements)
        return any(t.endswith(stem[0]) for t in tokens(before)[1:])

    def _gaps(self, chosen: list[Candidate]) -> list[Candidate]:
        """The one sentence between two chosen sentences of a paragraph: an answer reads as a passage."""
        at = {(c.chunk_index, c.unit_index): c for c in chosen}
        out = []
        for (ci, ui), c in at.items():
            mid = (ci, ui + 1)
            if (ci, ui + 2) in at and mid not in at and c.chunk.units[ui + 1].kind == c.unit.kind == "sentence":
                out.append(self._candidate_at(mid, c))
        return out

    def _antecedents(self, chosen: list[Candidate], why: bool = False) -> list[Candidate]:
        """The sentence before a chosen one that points back at it ('Dess uppdrag …' needs the group);
        for a 'why' question also before one that draws a conclusion ('Kommunen ska därför …': the
        reason is the sentence before)."""
        at = {(c.chunk_index, c.unit_index) for c in chosen}
        out = []
        for c in chosen:
            prev = self._before(c.chunk_index, c.unit_index)
            opening = " ".join(c.unit.display_text.split()[:6])
            # 'Möjlighet till anslutning ges även …', 'Likaså …': adds to what the sentence before says
            back = POINTS_BACK.match(c.unit.display_text) or ADDS_TO.search(opening) or (
                why and re.search(r"\bdärför\b", c.unit.display_text))
            if prev is not None and prev not in at and back:
                if self.r.chunks[prev[0]].units[prev[1]].kind == "sentence":
                    at.add(prev)
                    out.append(self._candidate_at(prev, c))
        return out

    def _candidate_at(self, pos: tuple[int, int], like: Candidate) -> Candidate:
        """The unit at (chunk, unit) `pos` as a candidate scored like `like`, which brings it into an answer."""
        ci, ui = pos
        return Candidate(self.row_of.get(pos, -1), ci, ui, self.r.chunks[ci], self.r.chunks[ci].units[ui],
                         like.score, like.dense)

    def _after(self, ci: int, ui: int) -> tuple[int, int] | None:
        """The unit after (chunk ci, unit ui) in the same section, across a chunk boundary."""
        if ui + 1 < len(self.r.chunks[ci].units):
            return ci, ui + 1
        if ci + 1 >= len(self.r.chunks):
            return None
        cur, nxt = self.r.chunks[ci], self.r.chunks[ci + 1]
        if nxt.doc_id != cur.doc_id or nxt.section != cur.section or not nxt.units:
            return None
        return ci + 1, 0

    def _before(self, ci: int, ui: int) -> tuple[int, int] | None:
        """The unit before (chunk ci, unit ui) in the same section, across a chunk boundary."""
        if ui > 0:
            return ci, ui - 1
        if ci == 0:
            return None
        prev, cur = self.r.chunks[ci - 1], self.r.chunks[ci]
        if prev.doc_id != cur.doc_id or prev.section != cur.section or not prev.units:
            return None
        return ci - 1, len(prev.units) - 1

    def _list_after(self, intro: Candidate) -> list[Candidate]:
        """The items (or enumerated sentences) that follow an introducing sentence in its section."""
        following: list[tuple[int, int]] = []  # (chunk, unit) after the intro, up to the section's next heading
        pos = self._after(intro.chunk_index, intro.unit_index)
        while pos is not None and len(following) < 3 * MAX_LIST_ITEMS:
            if self.r.chunks[pos[0]].units[pos[1]].kind == "heading":
                break
            following.append(pos)
            pos = self._after(*pos)
        units = [self.r.chunks[ci].units[ui] for ci, ui in following]
        bulleted = bool(units) and units[0].kind == "item"
        out: list[Candidate] = []
        for k, ((ci, ui), u) in enumerate(zip(following, units, strict=True)):
            if len(out) >= MAX_LIST_ITEMS:
                break
            if bulleted and u.kind != "item":
                # a footnote or page artefact inside a bulleted list ('¹ Den ideella sektorn består …'):
                # passed over when the list goes on after it
                if any(v.kind == "item" for v in units[k + 1 : k + 5]):
                    continue
                break
            # an item, a numbered line, a short sentence, or a line without a full stop (a list whose
            # bullets were lost in OCR: 'Att säkerställa en tydlig organisation/kontaktpunkt …')
            looks_listed = (u.kind == "item" or re.match(r"^\d+\.\s", u.display_text) or len(u.display_text) < 160
                            or not u.display_text.rstrip().endswith((".", "!", "?", ":")))
            if not looks_listed:
                break
            out.append(self._candidate_at((ci, ui), intro))
        return out

    # ------------------------------------------------------------------ rendering
    def _render(self, question: str, info: QueryInfo, blocks: list) -> Answer:
        citations: list[Citation] = []
        seen: dict[tuple[str, int, int], int] = {}
        lines: list[str] = []
        for head, rows in blocks:
            if not rows:
                continue
            lines.append(head)
            for prefix, ref in rows:
                if isinstance(ref, Candidate):
                    doc_id, start, end = ref.chunk.doc_id, ref.unit.start, ref.unit.end
                    display, section, principle = ref.unit.display_text, ref.chunk.section, ref.chunk.principle
                    party, score = ref.unit.party, ref.score
                else:
                    doc_id, start, end, display, section, principle, party = ref
                    score = 0.0
                key = (doc_id, start, end)
                if key not in seen:
                    doc = self.r.data.documents[doc_id]
                    seen[key] = len(citations) + 1
                    citations.append(Citation(
                        n=seen[key], doc_id=doc_id, source=doc.source, title=doc.meta.title, start=start, end=end,
                        text=doc.text[start:end], display_text=display, section=section, principle=principle,
                        party=party, score=round(float(score), 4)))
                lines.append(f"{prefix}{display} [{seen[key]}]")
        if not citations:
            return self._declined(question, info, TEXTS[info.language]["weak"])
        return Answer(question, info.language, "\n".join(lines), False, None, tuple(citations), info)


def listed(doc) -> list:
    """A document's commitments written as list items or table cells: the lists an answer about a
    party's commitments composes. Commitments said in prose sentences are answered as ranked
    sentences, like any other prose."""
    return [cm for cm in doc.commitments if getattr(cm, "form", "item") != "sentence"]
