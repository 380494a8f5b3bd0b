"""Query understanding: language, principle, party, document, unknown places, intent.

Everything recognised here is used as a boost or by the answer layer, never as a gate:
a wrong recognition may reorder results but cannot hide the right passage.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ingest.vocab import PRINCIPLES, fold

from .records import QueryInfo

_EN = set(
    "the what which who whom does do did is are was how when where why of to in on for about with and commit "
    "commits committed municipality city agreement agreements policy policies region council say says said "
    "should must will can between each every their there this that those these please tell me list show "
    "does any have has often revised long under principle principles both parties sector associations".split()
)
_SV = set(
    "och vad vilka vilken vilket hur när var varför att det som en ett på är av för med till den de om har "
    "inte eller ska skall kan sig sin åtar åtagande åtaganden kommunen staden regionen landstinget "
    "överenskommelsen överenskommelse principen principer båda parter idéburna idéburen sektorn står säger "
    "gäller finns mellan under också även ofta revideras följs upp menas avses betyder".split()
)
_SV_FOLDED = {fold(w) for w in _SV}

PARTY_PATTERNS: dict[str, tuple[str, ...]] = {
    "joint": (
        r"\bbada parter\w*",
        r"\bparterna\b",
        r"\bthe parties\b",
        r"\bboth sides\b",
        r"\bgemensam\w*",
        r"\bboth\b",
        r"\bjointly\b",
        r"\btogether\b",
        r"\btillsammans\b",
    ),
    "civil_society": (
        r"\bideburn\w*",
        r"\bideburen\b",
        r"\bforening\w*",
        r"\borganisationerna\b",
        r"\bidea-?(driven|based)\b",
        r"\borgani[sz]ations\b",
        r"\bcivil society\b",
        r"\bcivil-society\b",
        r"\bassociations?\b",
        r"\bngos?\b",
        r"\bthe sector\b",
        r"\bsektorn\b",
        r"\bvoluntary\b",
        r"\bnon-?profits?\b",
    ),
    "public": (
        r"\bkommun(en|ens)?\b",
        r"\bstaden\b",
        r"\bstadens\b",
        r"\bstad\b",
        r"\blandsting\w*",
        r"\bregion(en|ens)?\b",
        r"\bnamnd\w*",
        r"\bforvaltning\w*",
        r"\bmunicipalit\w*",
        r"\bcity\b",
        r"\bcouncil\b",
        r"\bthe region\b",
        r"\bcounty\b",
        r"\bpublic side\b",
    ),
}

INTENTS: tuple[tuple[str, str], ...] = (
    (
        "comparison",
        r"\bvilka av\b|\bvilka overenskommelser\b|\bwhich (of the )?(agreements|documents|policies)\b|"
        r"\beach (agreement|document|policy)\b|\balla (overenskommelser|dokument)\w*|\bjamfor\w*|"
        r"\bcompare\w*|\bskillnad\w*|\bdifference\w*|\bvarje overenskommelse\b|\bin all\b|"
        r"\bi vilka\b|\bwhich ones\b|\bvilka dokument\b|\bflera\b|\bolika (dokument|overenskommelse)\w*|"
        r"\bde olika\b|\bsamtliga\b|\boverenskommelserna\b|\bdokumenten\b|\bthe agreements\b|"
        r"\bdifferent (documents|agreements|policies)\b",
    ),
    (
        "principle_list",
        r"\bvilka (grund)?principer\b|\bwhich principles\b|\bwhat principles\b|"
        r"\bvilka ar (grund)?principerna\b|\blist\w* (of )?(the )?principles\b|"
        r"\b(grund)?principerna\b.*\b(vilka|lista|namn)\b|\bhow many principles\b|"
        r"\bhur manga principer\b|\bprinciples (are|does|do)\b|\bbygger .* pa\b|"
        r"\bprinciples?\b.*\b(based on|rest on|built on)\b|\bwhat are the principles\b",
    ),
    (
        "definition",
        r"\bvad menas\b|\bvad avses\b|\bdefin\w*|\bwhat is meant\b|\bwhat does .* mean\b|"
        r"\bmeaning of\b|\bvad betyder\b|\bvad innebar\b|\bvad ar (en |ett )?(ideburen|ideburna|social)\b|"
        r"\bwhat (is|are) (a |an |the )?(civil|social|ideburen|non-profit)\b|\bhow .* defined\b",
    ),
    (
        "obligation",
        r"\batar\b|\batagit\b|\batagits\b|\batagande\w*|\b(utlovat|lovat|lovar)\b|\batgard\w*|"
        r"\bcommit\w*|\bansvar\w*|\bobligat\w*|\bresponsib\w*|"
        r"\bpromise\w*|\bundertake\w*|\bpledge\w*|\bskyldig\w*|\bska (gora|gora for)\b|"
        r"\bwhat (must|should|will) .* do\b|\bwhat does .* do\b",
    ),
)

_PLACE_CONTEXT = re.compile(
    r"(kommun|stad|stads|region|regionen|landsting|municipality|city|agreement|överenskommelse|policy|county)",
    re.I,
)
_NOT_PLACES = {
    fold(w)
    for w in (
        "Vad Vilka Vilken Hur När Var Och Finns Gäller Står Säger Ska Kan Har Är Enligt I Om "
        "What Which How When Does Do Is Are The In For Of Under Both Please Tell Show List And "
        "Who Where Why Can Will Should Must Compare Jämför Beskriv Describe Explain Förklara "
        "Principen Principle Kommunen Staden Regionen Landstinget "
        "English Swedish Svenska Engelska EU SKL SOU".split()
    )
}


@dataclass(frozen=True)
class DocNames:
    """Names users may use for each document: place, organisation, aliases, doc id."""

    doc_id: str
    names: tuple[str, ...]


def detect_language(text: str) -> str:
    words = re.findall(r"[a-zåäöé]+", text.lower())
    en = sum(1 for w in words if w in _EN)
    sv = sum(1 for w in words if w in _SV or fold(w) in _SV_FOLDED and w not in _EN)
    if any(c in text for c in "åäöÅÄÖ"):
        sv += 1
    return "en" if en > sv else "sv"


@functools.lru_cache(maxsize=1)
def _principle_terms() -> tuple[tuple[str, str], ...]:
    terms = []
    for pid, (sv, en, syn) in PRINCIPLES.items():
        for t in (sv, en, *syn):
            terms.append((fold(t), pid))
    return tuple(terms)


@functools.lru_cache(maxsize=1)
def _principle_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Longest term first, so 'öppenhet och insyn' is found before 'öppenhet'."""
    ordered = sorted(_principle_terms(), key=lambda x: -len(x[0]))
    return tuple((re.compile(r"\b" + re.escape(term) + r"\w*"), pid) for term, pid in ordered)


@functools.lru_cache(maxsize=1)
def _single_terms() -> dict[str, str]:
    return {t: pid for t, pid in _principle_terms() if " " not in t and len(t) >= 5}


@functools.lru_cache(maxsize=16384)
def _principle_typo(w: str) -> str | None:
    """The principle a word of 5+ letters is a typo of, if any."""
    singles = _single_terms()
    # 'långsiktigt', 'öppet' are the adjective, used of anything; a typo of the noun names
    # the principle
    if any(t.endswith("het") and w.startswith(t[:-3]) for t in singles):
        return None
    match = difflib.get_close_matches(w, list(singles), n=1, cutoff=0.8)
    return singles[match[0]] if match else None


def detect_principles(folded: str) -> tuple[str, ...]:
    found: list[str] = []
    for pat, pid in _principle_patterns():
        if pid not in found and pat.search(folded):
            found.append(pid)
    if not found:
        for w in re.findall(r"[a-z]+", folded):
            if len(w) < 5:
                continue
            typo = _principle_typo(w)
            if typo is not None and typo not in found:
                found.append(typo)
    return tuple(found)


# how a document is named is not who is asked about: 'överenskommelsen med den idéburna sektorn',
# 'policy för samarbete med idéburna organisationer', 'the county council agreement'
_DESIGNATION = re.compile(
    r"\b(overenskommelse\w*|polic\w*|samarbete\w*|samverkan\w*|agreements?|cooperation|collaboration)"
    r"(\s+for\s+samarbete)?\s+(med|with)\s+(den\s+|de\s+|det\s+|the\s+)?"
    r"(ideburn\w*|ideburen|civil\w*|forening\w*|organisation\w*|organi[sz]ations?|associations?|"
    r"idea-?(driven|based))(\s+(sektorn?|samhallet|organisation\w*|organi[sz]ations?|society|sector|rorelse\w*))?"
    r"|\b(county council|county|city|municipality|municipal|council|collaboration|cooperation|"
    r"co-operation)('s)?"
    r"\s+(?=agreements?\b|polic)"
)


def strip_designation(text: str) -> str:
    """`text` without the phrases that name an agreement by its parties ('… överenskommelse med den
    idéburna sektorn'): they say which document, not what is asked, and would favour every sentence
    that repeats them. Unchanged when nothing else would be left."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    out, last = [], 0
    for m in _DESIGNATION.finditer(folded):
        keep = m.group(1) or ""
        out.append(text[last : m.start()] + text[m.start() : m.start() + len(keep)])
        last = m.end()
    stripped = "".join(out) + text[last:]
    return stripped if len(stripped.split()) >= 2 else text


def detect_parties(folded: str) -> tuple[str, ...]:
    folded = _DESIGNATION.sub(lambda m: m.group(1) or "", folded)
    hits: list[tuple[int, str]] = []
    for party, pats in PARTY_PATTERNS.items():
        for p in pats:
            m = re.search(p, folded)
            if m:
                hits.append((m.start(), party))
                break
    hits.sort()
    parties = [p for _, p in hits]
    if "joint" in parties:
        return ("joint",)
    return tuple(dict.fromkeys(parties))


# an alias that is also what every document calls its public party: it names the document only when
# the question is about one ('Vad åtar sig landstinget?'), not in 'I vilka … kommunen eller landstinget …'
_GENERIC_ALIASES = {"kommunen", "staden", "landstinget", "regionen", "namnden"}


@functools.lru_cache(maxsize=65536)
def _folded_name(name: str) -> str:
    return fold(name).strip()


@functools.lru_cache(maxsize=65536)
def _first_word(n: str) -> str:
    words = re.findall(r"[a-z]+", n)
    return words[0] if words else ""


@functools.lru_cache(maxsize=65536)
def _name_pattern(n: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(n) + r"s?\b")


def detect_documents(folded: str, docs: Iterable[DocNames], generic: bool = True) -> tuple[str, ...]:
    found: list[tuple[int, str]] = []
    words = re.findall(r"[a-z]+", folded)
    # every prefix of a question word: a name whose first word is none of them cannot match
    prefixes = {w[:k] for w in set(words) for k in range(1, len(w) + 1)}
    unmatched: dict[str, list[str]] = {}  # single-word place name -> documents not matched exactly
    for d in docs:
        best = None
        for name in d.names:
            n = _folded_name(name)
            if not n or (not generic and n in _GENERIC_ALIASES):
                continue
            first = _first_word(n)
            if first and first not in prefixes:
                continue  # its first word is not in the question: it cannot match
            m = _name_pattern(n).search(folded)
            if m:
                best = m.start() if best is None else min(best, m.start())
        if best is not None:
            found.append((best, d.doc_id))
        else:
            for n in d.names[:1]:
                if " " not in n.strip() and len(n) >= 6:
                    unmatched.setdefault(fold(n), []).append(d.doc_id)
    if unmatched:
        # typos in a single-word place name: 'Sodertalje', 'Vasternorland' (one fuzzy pass per word
        # over all names, so the cost does not grow with a matcher per document)
        names = list(unmatched)
        done: set[str] = set()
        for w in dict.fromkeys(w for w in words if len(w) >= 6):
            for n in difflib.get_close_matches(w.rstrip("s"), names, n=len(names), cutoff=0.85):
                for doc_id in unmatched[n]:
                    if doc_id not in done:
                        done.add(doc_id)
                        found.append((folded.find(w), doc_id))
    found.sort()
    return tuple(doc_id for _, doc_id in found)


def detect_unknown_places(text: str, known_vocab: set[str]) -> tuple[str, ...]:
    """Capitalised names in place context that the corpus does not know: 'Malmö stad', 'in Uppsala'."""
    out: list[str] = []
    tokens = list(re.finditer(r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?", text))
    for m in tokens:
        word = m.group()
        base = word[:-1] if word.endswith("s") and len(word) > 4 else word
        f, fb = fold(word), fold(base)
        if f in _NOT_PLACES or fb in _NOT_PLACES or f in known_vocab or fb in known_vocab:
            continue
        before = text[max(0, m.start() - 12) : m.start()].lower()
        after = re.sub(r"^['’]s\b", "", text[m.end() : m.end() + 30])
        sentence_start = m.start() == 0 or re.search(r"[.!?]\s*$", text[: m.start()])
        context = _PLACE_CONTEXT.match(after.strip()) or re.search(r"\b(i|in|för|for|from|från)\s+$", before)
        if context and not sentence_start or (context and _PLACE_CONTEXT.match(after.strip())):
            out.append(base)
    # lower-case, without diacritics: 'malmo stads overenskommelse'
    for m in re.finditer(r"\b([a-zåäöé]{3,}?)s? (stads?|kommuns?|regions?|landstings?)\b", text.lower()):
        word = m.group(1)
        if (
            fold(word) not in known_vocab
            and fold(word) not in _NOT_PLACES
            and word not in ("den", "vår", "var")
        ):
            out.append(word.capitalize())
    return tuple(dict.fromkeys(out))


_PLURAL_PRINCIPLES = re.compile(r"\b(grundprincip\w*|principer|principerna|principles)\b")
_ASKS_LIST = re.compile(
    r"\b(vilka|vilken|which|what|list\w*|namn\w*|har|have|has|samma|same|how many|hur manga|"
    r"bygger|based|utgar|rest)\b"
)
_COMPARE = re.compile(
    r"\b(jamfor\w*|compare\w*|skillnad\w*|difference\w*|samma|same|both|bada|olika|vs|versus)\b"
)
_OBLIGATION_VERBS = re.compile(r"\b(gor|lovar|lova|ska|skall|bidra\w*|arbeta\w*|must|should|do|does|will)\b")


def doing_subject(folded_question: str) -> str | None:
    """The head of the subject of 'vad gör X …' / 'what does X do …' ('de idéburna organisationerna i
    Stockholm' -> 'organisationerna', 'den gemensamma arbetsgruppen' -> 'arbetsgruppen'); None without one."""
    m = re.search(
        r"\b(?:vad (?:gor|ska|skall|maste|bor|behover)|what (?:does|do|will|should|must)) (\w+(?: \w+){0,5}?)"
        r"(?= (?:i|pa|inom|for|gora|enligt|nar|of|in|do|to|under|according)\b|\s*[?.]?$)",
        folded_question.lower(),
    )
    head = m.group(1).split()[-1] if m else None
    # a pronoun ('vad ska vi göra', 'what should we do') is the asker, whichever side: no subject named
    return None if head in {"vi", "jag", "man", "ni", "de", "we", "i", "they", "you"} else head


def subject_party(head: str | None) -> str | None:
    """The party a subject's head word names ('organisationerna', 'city'), if any ('arbetsgruppen': none)."""
    parties = detect_parties("the " + head) if head else ()
    return parties[0] if parties else None


def doing_party(folded_question: str) -> str | None:
    """The party that is the subject of 'vad gör X …', if the subject is a party (a group is not)."""
    return subject_party(doing_subject(folded_question))


def detect_intent(
    folded: str, principles: tuple[str, ...], parties: tuple[str, ...] = (), documents: tuple[str, ...] = ()
) -> str:
    if len(documents) >= 2 and _COMPARE.search(folded) and not _PLURAL_PRINCIPLES.search(folded):
        return "comparison"
    if (
        _PLURAL_PRINCIPLES.search(folded)
        and _ASKS_LIST.search(folded)
        and not re.search(r"\batar\b|\batagande\w*|\bcommit\w*", folded)
    ):
        return "principle_list"
    for intent, pattern in INTENTS:
        if intent == "principle_list":
            continue
        if re.search(pattern, folded):
            if intent == "obligation" and re.search(r"\bvilka av\b|\bwhich of\b", folded):
                return "comparison"
            return intent
    if parties and principles and _OBLIGATION_VERBS.search(folded):
        return "obligation"
    if parties and re.search(r"\b(lovar|lova|ansvarar|ansvar)\b", folded):
        return "obligation"
    if parties and doing_party(folded) and re.search(r"\b(gora|gor|for att)\b", folded):
        return "obligation"  # 'vad ska föreningarna i Stockholm göra för att …'
    return "fact"


# 'Vilka överenskommelser säger att …', 'Which agreements mention …': the frame asks which documents;
# what they should say is the rest, and that is what passages are matched against
_FRAME = re.compile(
    r"^\s*(i\s+)?(vilka|vilken|vilket|which|what)\s+(av\s+|of\s+)?(de\s+olika\s+|the\s+)?"
    r"(överenskommelse\w*|overenskommelse\w*|dokument\w*|polic\w*|avtal\w*|agreements?|documents?)\s+"
    r"(säger|sager|nämner|namner|tar upp|beskriver|talar om|skriver om|"
    r"innehåller|innehaller|handlar om|berör|"
    r"står det|star det|framgår det|framgar det|"
    r"beror|betonar|lyfter( fram)?|tar ställning till|says?|mentions?|talks? about|discuss(es)?|covers?|"
    r"contains?|includes?|describes?|states?|refers? to|addresses)\s+(något\s+)?(om\s+|that\s+|att\s+)?",
    re.I,
)


def topic(question: str) -> str:
    """The question without a 'which documents say …' frame (unchanged when it has none)."""
    rest = _FRAME.sub("", question, count=1)
    return rest if rest != question and len(rest.split()) >= 1 else question


def understand(question: str, docs: Iterable[DocNames], known_vocab: set[str]) -> QueryInfo:
    folded = fold(question)
    principles = detect_principles(folded)
    documents = detect_documents(folded, docs)
    parties = detect_parties(folded)
    intent = detect_intent(folded, principles, parties, documents)
    if intent == "comparison":
        documents = detect_documents(folded, docs, generic=False)
    all_docs = (
        bool(re.search(r"\b(alla|samtliga|each|every|all|varje|respektive)\b", folded))
        or intent == "comparison"
    )
    return QueryInfo(
        text=question,
        language=detect_language(question),
        principles=principles,
        parties=parties,
        documents=documents,
        unknown_places=detect_unknown_places(question, known_vocab),
        intent=intent,
        all_documents=all_docs,
    )
