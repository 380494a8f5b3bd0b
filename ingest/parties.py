"""Who commits to what: party words and commitment verbs from `data/parties.toml`.

Three readings, all from the genre's words rather than any one document's phrasing:
- `lead_in_party(line)`: a line that introduces a party's list ("Kommunen åtar sig att:",
  "För att främja dialog åtar sig regionen att:", "Gemensamt:", "Föreningslivets åtaganden").
- `sentence_party(sentence)`: a sentence whose subject is a party and whose verb commits it
  ("Kommunen ska …", "Föreningarna ansvarar för att …", "Vi åtar oss att …", "Inom ramen för
  dialogen ska staden …").
- `header_party(text)`: a table column or row header that names a party ("Kommunen åtar sig",
  "Föreningslivet", "Gemensamt").
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from .lexicon import verb_form

DATA = Path(__file__).with_name("data") / "parties.toml"
PARTY_ORDER = ("joint", "civil_society", "public")
ADDRESSED = 3  # times a document says 'ni' to its reader before its 'vi' is read as one party


@lru_cache(maxsize=1)
def _vocab() -> dict:
    with open(DATA, "rb") as f:
        return tomllib.load(f)


_TOLERANT = str.maketrans({"å": "[åa]", "ä": "[äa]", "ö": "[öo]", "é": "[ée]"})


def _alts(words: list[str]) -> str:
    """Vocabulary alternatives as one regex group body that also matches text written without
    å/ä/ö (an old export's 'Foreningarna atar sig att', a volunteer's 'foreningslivet')."""
    return "|".join(w.translate(_TOLERANT) for w in words)


@lru_cache(maxsize=1)
def action_headers() -> frozenset[str]:
    """Column headers of actions ('Åtgärd', 'Aktivitet'): parties.toml [tables]."""
    return frozenset(_vocab()["tables"]["action_headers"])


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, re.Pattern], re.Pattern, re.Pattern]:
    v = _vocab()
    words = {
        party: re.compile(
            r"(?<![\wåäö])(" + _alts(v["party"][party]["sv"] + v["party"][party]["en"]) + r")(?![\wåäö])"
        )
        for party in PARTY_ORDER
    }
    verbs = sorted(v["verbs"]["sv"] + v["verbs"]["en"], key=len, reverse=True)
    inserted = r"(?:\s+(?:" + _alts(v["verbs"]["inserted"]) + r"))?\s+"
    # a verb of several words may have an adverb inside it ('verkar också för', 'kommer gemensamt att')
    verb = re.compile(
        r"(?<![\wåäö])("
        + "|".join(inserted.join(_alts([w]) for w in vb.split()) for vb in verbs)
        + r")(?![\wåäö])"
    )
    nouns = re.compile(r"(?<![\wåäö])(" + _alts(v["lead_in"]["nouns"]) + r")(?![\wåäö])")
    return words, verb, nouns


@lru_cache(maxsize=1)
def _bodies() -> re.Pattern:
    return re.compile(
        r"^(?:en |ett |den |det |the |a )?(" + _alts(_vocab()["party"]["joint"]["bodies"]) + r")(?![\wåäö])"
    )


def party_in(phrase: str) -> str | None:
    """The party a noun phrase names: the first party word, or joint when two parties are joined."""
    words, _, _ = _patterns()
    low = phrase.lower()
    found = []
    for party in PARTY_ORDER:
        for m in words[party].finditer(low):
            found.append((m.start(), party))
    if not found:
        return None
    found.sort()
    kinds = {p for _, p in found}
    if "joint" in kinds:
        return "joint"
    # 'Kommunen och föreningsrådet', 'Fritidsförvaltningen i samverkan med Föreningsrådet'
    if {"public", "civil_society"} <= kinds and re.search(r"\b(och|samt|and|&|med|with)\b", low):
        return "joint"
    return found[0][1]


_DETERMINERS = {
    "den",
    "de",
    "det",
    "varje",
    "alla",
    "respektive",
    "samtliga",
    "the",
    "each",
    "all",
    "both",
    "båda",
}
_NOT_SUBJECT = {
    "om",
    "att",
    "när",
    "som",
    "då",
    "där",
    "eftersom",
    "medan",
    "innan",
    "vilket",
    "hur",
    "if",
    "that",
    "when",
    "where",
    "i",
    "inom",
    "för",
    "genom",
    "med",
    "mellan",
    "av",
    "till",
    "in",
    "for",
}
_NOT_COMMITTING = re.compile(r"^(ska|skall|will|shall)\s+(\S+\s+)?(kunna|få|ha möjlighet|be able|präglas)\b")
_FINITE = re.compile(r"(?<![\wåäö])(är|har|finns|blir|kan|får|is|are|has|have)(?![\wåäö])")


def _head_party(subject: str, original: str = "") -> str | None:
    """The party a subject names when a party word is its head ('Kommunen', 'Den idéburna sektorn',
    'Ekby kommun', 'Båda parter', 'Kultur- och fritidsförvaltningen'), not a word inside a longer
    phrase ('Relationen mellan nämnden', 'Eventuell kritik mot stadens verksamhet')."""
    words = subject.split()
    names = original.split()
    if not words or words[0] in _NOT_SUBJECT:
        return None
    if _bodies().match(subject):
        return "joint"  # the joint council or group: 'Samverkansrådet ska …'
    for i in range(min(4, len(words))):
        if party_in(" ".join(words[: i + 1])):
            return party_in(subject)
        w = words[i]
        proper = i < len(names) and names[i][:1].isupper()  # a name: 'Ekby kommun', 'Region Norrvik'
        # an adjective after a determiner: 'de anslutna organisationerna', 'den lokala föreningen'
        adjective = i > 0 and words[0] in _DETERMINERS and re.fullmatch(r"[^\W\d]{3,}(a|e)", w) is not None
        if not (w in _DETERMINERS or w == "och" or w.endswith("-") or proper or adjective):
            return None
    return None


@lru_cache(maxsize=1)
def _expects() -> re.Pattern:
    v = _vocab()["expects"]
    return re.compile(r"^(.{1,60}?)\s(" + _alts(v["sv"] + v["en"]) + r")\s(.+)$")


def _expected_party(low: str) -> str | None:
    """'Vi vill att föreningarna …', 'The council expects associations to …': the party expected
    to act, when a party (or 'vi') expects it."""
    m = _expects().match(low)
    if not m or not (party_in(m.group(1)) or m.group(1).split()[0] in ("vi", "we")):
        return None
    return _head_party(" ".join(m.group(3).split()[:4]))


def _subject_party(text: str, max_words: int = 7) -> str | None:
    """Party of 'SUBJECT VERB …' or of an inverted 'ADVERBIAL VERB SUBJECT …' clause."""
    _, verb, _ = _patterns()
    orig = text.strip().lstrip("•-–*· ")
    low = orig.lower()
    expected = _expected_party(low)
    if expected:
        return expected
    m = verb.search(low)
    inverted = _inverted_party(low, m.start() if m else len(low))
    if inverted:
        return inverted
    if not m or _NOT_COMMITTING.match(low[m.start() :]):
        return None
    party = _clause_subject_party(low, orig, m, max_words)
    if party and party != "joint" and _joined(low, m):
        return "joint"  # 'Regionen och Idéburna Norrvalla kommer gemensamt att …'
    return party


@lru_cache(maxsize=1)
def _inverted() -> re.Pattern:
    v = _vocab()
    return re.compile(
        r"(?<![\wåäö])(?:" + _alts(v["verbs"]["inverted"]) + r")\s+((?:[\wåäöé-]+\s+){1,4}?)"
        r"(?:att|to)(?:\s|$)"
    )


def _inverted_party(low: str, limit: int) -> str | None:
    """'Inför 2028 kommer parterna att …', 'När … avser regionen att …': the subject after the
    verb, when what comes before the verb names no party or is a fronted adverbial ('För att stödja
    föreningslivet kommer staden att:', 'I dialog med föreningarna kommer kommunen att …')."""
    m = _inverted().search(low, 0, limit + 40)
    if not m or m.start() == 0 or m.start() > limit:
        return None
    before = low[: m.start()].split()
    if party_in(" ".join(before)) and before[0] not in _NOT_SUBJECT:
        return None
    return _head_party(m.group(1).strip())


def _joined(low: str, m: re.Match) -> bool:
    """A commitment two parties share: a joint adverb in or right after the verb, and a subject of
    two ('Kommunen och föreningarna ska gemensamt …') or 'tillsammans med' a party."""
    adverbs, _ = _joint_words()
    verb_words = m.group(0).split()
    after = verb_words[1:] + re.findall(r"[\wåäöé-]+", low[m.end() :])[:4]
    if not set(verb_words[1:] + after[:1]) & adverbs:
        return False
    if re.search(r"(?<![\wåäö])(och|samt|and)(?![\wåäö])", low[: m.start()]):
        return True
    i = next((k for k, w in enumerate(after) if w in adverbs), None)
    return (
        i is not None
        and i + 1 < len(after)
        and after[i + 1] in ("med", "with")
        and party_in(" ".join(after[i + 2 :])) is not None
    )


def _clause_subject_party(low: str, orig: str, m: re.Match, max_words: int) -> str | None:
    """The party of the clause whose verb `m` is: its subject before it, or after it when a phrase
    was put first."""
    before = low[: m.start()].strip(" ,")
    agent = re.match(r"^(?:av|från)\s+(.+)$", before)
    if agent and m.group(0).endswith("s"):
        # a passive's agent put first: 'Av de idéburna organisationerna förväntas att de …'
        return _head_party(agent.group(1))
    relative = re.match(r"^(.+?)\s(?:som|vilka|which|that|who)\s", before)
    if relative and party_in(relative.group(1)):  # 'De organisationer som får bidrag … ska': the head
        before = relative.group(1)
    elif _FINITE.search(before):  # '… är obunden och kommunen ska …': the last clause's subject
        if re.search(r"(?<![\wåäö])(att|hur|vad|om|när|där|eftersom|how|what|whether)(?![\wåäö])", before):
            # the verb belongs to a subordinate clause ('Syftet är att beskriva hur …'), unless the
            # main clause follows it with its subject after the verb ('När … är …, ska regionen …')
            return _head_party(" ".join(low[m.end() :].split()[:4]))
        before = re.split(r",\s|\s(?:och|men|samt|and|but)\s", before)[-1].strip()
    if _bodies().match(before) and not re.search(r"[.;:!?]", before):
        return "joint"  # a joint body with its members: 'Ett samverkansråd med representanter för …'
    if before and len(before.split()) <= max_words and not re.search(r"[.;:!?]", before):
        party = _head_party(before, orig[: len(before)] if low.startswith(before) else "")
        if party:
            return party
    # inverted word order after an adverbial: 'För att främja dialog ska kommunen …'
    # or after any fronted phrase that names no party ('Senast ett år innan … ska parterna …')
    after = low[m.end() :].split()[:4]
    if (
        before
        and after
        and (
            before.split()[0] in _NOT_SUBJECT | {"därför", "därutöver", "dessutom", "vidare"}
            # a fronted object may hold a party word inside a compound ('Beslut om föreningsbidrag
            # ska kommunen fatta …'); a party as its head would have been the subject above
            or _head_party(before) is None
        )
    ):
        return _head_party(" ".join(after))
    return None


def lead_in_party(line: str) -> str | None:
    """A line introducing a party's list: ends with ':' (or is a short label) and names the party."""
    _, verb, nouns = _patterns()
    t = " ".join(line.split())
    if len(t) > 200:
        return None
    short = len(t.split()) <= 5
    if t.endswith(":"):
        body = t[:-1]
        expected = _expected_party(body.lower())
        if expected:
            return expected
        low_body = body.lower()
        if verb.search(low_body) or nouns.search(low_body) or short or _inverted().search(low_body):
            return (
                _subject_party(body)
                or (party_in(body) if short or nouns.search(low_body) else None)
                or _inverted_tail(low_body)
            )
        return None
    low = t.lower()
    # a lead-in that ends in 'att' cannot be a sentence: 'De idéburna organisationerna åtar sig att'
    open_end = len(t.split()) <= 15 and re.search(r"(?<![\wåäö])(att|to)$", low) is not None
    if short or open_end:
        # a label ('Kommunens åtaganden') or a lead-in whose colon was left off, as a heading or a
        # bold line before its list: 'Kommunen åtar sig att', 'Föreningslivet ska', 'The Region will';
        # after the last verb at most the subject and an adverb ('Tillsammans ska vi', 'Gemensamt åtar
        # sig parterna att', 'För att … ska bli känd åtar sig parterna att')
        # ... and nothing the party commits to ('Kommunen åtar sig att lyssna.' is a commitment)
        bare = _subject_after_verb(low) is not None and not t.endswith(".")
        if (short and nouns.search(low)) or bare:
            return party_in(t)
    if len(t.split()) <= 7 and not t.endswith(".") and t[:1].isupper():
        # (a label is capitalised: 'idéburen sektor' alone on a line ends a wrapped item)
        return label_party(low)
    return None


def _subject_after_verb(low: str) -> list[str] | None:
    """The words after a lead-in's last verb (a closing 'att' left off) when they are at most its
    subject, a party or a pronoun, and nothing it commits to; None when they are more, or when the
    lead-in has no verb. 'Gemensamt åtar sig parterna att' -> ['parterna']; 'Kommunen ska' -> []."""
    _, verb, _ = _patterns()
    last = next(reversed(list(verb.finditer(low))), None)
    if last is None:
        return None
    tail = low[last.end() :].split()
    if tail and tail[-1] in ("att", "to"):
        tail = tail[:-1]
    pronouns = _vocab()["lead_in"]["subject_pronouns"]
    if len(tail) > 3 or not all(w in pronouns or party_in(w) for w in tail):
        return None
    return tail


def _inverted_tail(low: str) -> str | None:
    """A lead-in whose subject follows its last verb after a fronted clause that has a verb of its
    own: 'För att dialogen ska fungera ska regionen:'."""
    tail = _subject_after_verb(low)
    if not tail:
        return None
    return party_in(" ".join(tail)) or _head_party(" ".join(tail))


@lru_cache(maxsize=1)
def _label_verbs() -> re.Pattern:
    verbs = sorted(_vocab()["lead_in"]["label_verbs"], key=len, reverse=True)
    return re.compile(r"(?<![\wåäö])(" + _alts(verbs) + r")(?![\wåäö])")


def bare_label(text: str) -> bool:
    """A label that is a party alone ('Tillsammans', 'Kommunen'), with no verb."""
    words = re.findall(r"[\wåäöé-]+", text.lower())
    return " ".join(words) in _vocab()["lead_in"]["label_alone"]


def label_party(low: str) -> str | None:
    """A short label that is only a party ('Tillsammans', 'Kommunen', 'Båda parter') or names what a
    party does ('Så här arbetar kommunen', 'Det här förväntar vi oss av föreningslivet'): that party."""
    pronouns = _vocab()["lead_in"]["subject_pronouns"]
    if bare_label(low):
        return party_in(low)
    last = next(reversed(list(_label_verbs().finditer(low))), None)
    if last is None:
        return None
    tail = re.findall(r"[\wåäöé-]+", low[last.end() :])
    if tail and len(tail) <= 3 and all(w in pronouns or party_in(w) for w in tail):
        return party_in(" ".join(tail))
    # the party before its label verb: 'Kommunen gör', 'Föreningarna gör' over a box's list
    head = re.findall(r"[\wåäöé-]+", low[: last.start()])
    if not tail and head and len(head) <= 3 and party_in(" ".join(head)) and _head_party(" ".join(head)):
        return party_in(" ".join(head))
    return None


def sentence_party(sentence: str, place: str = "") -> str | None:
    """The party a sentence commits, or None when it is not a party's commitment. With the
    document's `place`, a named organisation of that place as the subject ('Idéforum Tornåsa ska …',
    'Forum Ekby åtar sig …') is the civil-society side: the public side names itself with its
    own words (kommunen, regionen, nämnden …), which are read first."""
    t = " ".join(sentence.split())  # a hard-wrapped 'åtar\nsig att' reads as one line
    if len(t) < 12 or t.endswith("?") or len(t.split()) < 4:
        return None  # 'Kommunen åtar sig' alone is a heading, not a commitment
    if re.search(r"(?<![\wåäö])(att|to|sig|oss|för)$", t.lower()):
        return None  # a lead-in without its colon ('Vallmora kommun åtar sig att'), a column header
    return _subject_party(t) or _joint_present(t) or (_named_organisation(t, place) if place else None)


@lru_cache(maxsize=1)
def _passive() -> tuple[re.Pattern, re.Pattern, re.Pattern, frozenset[str]]:
    v = _vocab()["passive"]
    modal = re.compile(r"(?<![\wåäö])(?:" + _alts(v["modals"]) + r")(?![\wåäö])")
    # the modal of the main clause, then up to three words (an inverted subject, an adverb), then an
    # infinitive passive in -as or -es/-ås ('fattas', 'informeras', 'ges', 'nås'); a genitive in -rnas
    # ('parternas') or 'deras' is not one, nor a word after another verb's 'att' or 'för' ('ska verka
    # för att deras …')
    obligation = re.compile(
        r"(?<![\wåäö])(?:" + _alts(v["modals"]) + r")\s+(?:(?!att\s|för\s)[\wåäöé-]+\s+){0,3}?"
        r"((?![\wåäöé]*rnas(?![\wåäö]))(?!deras(?![\wåäö]))[a-zåäöé]{2,}(?:as|es|ås))(?![\wåäö])"
    )
    agent = re.compile(r"(?<![\wåäö])(?:" + _alts(v["agents"]) + r")\s+((?:[\wåäöé-]+\s*){1,6})")
    return modal, obligation, agent, frozenset(v["not_passive"])


_STAND_IN = {"public": "kommunen", "civil_society": "föreningarna", "joint": "parterna"}


def continued_party(sentence: str, before: str | None) -> str | None:
    """The party of a sentence that names none itself, read from its agent or from the sentence
    before it in the same paragraph (`before`, that sentence's party): a passive obligation
    ('Regionen ska verka för … Beslut om bidrag ska fattas senast …', 'Överenskommelsen ska revideras
    i samverkan mellan parterna') or a pronoun continuing the subject ('De förväntas också …')."""
    t = " ".join(sentence.split())
    low = t.lower()
    if len(t.split()) < 4 or t.endswith("?") or re.search(r"(?<![\wåäö])(att|sig|för)$", low):
        return None
    first = low.split()[0]
    if before and first in _vocab()["passive"]["pronouns"]:
        _, verb, _ = _patterns()
        m = verb.search(low)
        if m and m.start() == len(first) + 1:  # the pronoun is the subject: 'De förväntas …', not 'De nya …'
            return before if sentence_party(_STAND_IN[before] + t[len(first) :]) else None
        return None
    m = _passive_obligation(low)
    if not m:
        return None
    return _named_agent(low, m) or before


def _passive_obligation(low: str) -> re.Match | None:
    """The main clause's modal and its passive verb ('… ska fattas …'), or None."""
    modal, obligation, _, not_passive = _passive()
    first_modal = modal.search(low)
    # the first modal only: the main clause's, not one in a clause after it ('… ligga till grund för
    # hur överenskommelsen ska utvecklas')
    m = obligation.match(low, first_modal.start()) if first_modal else None
    if not m or m.start() > 90 or m.group(1) in not_passive or _NOT_COMMITTING.match(low[m.start() :]):
        return None
    return m


def _named_agent(low: str, m: re.Match) -> str | None:
    by = _passive()[2].search(low, m.end())
    return party_in(by.group(1)) if by else None


_OTHER_SIDE = {"public": "civil_society", "civil_society": "public"}


def passive_party(sentence: str, subject: str, before: str | None) -> str:
    """A passive obligation whose subject is a party names who receives, not who commits
    ('Nybildade föreningar ska erbjudas stöd', 'Kommunen ska informeras om …'): the party is its
    agent when named ('av regionen'), else the party of the sentence before it, else the other
    side. `subject`, the party read as the sentence's subject, is kept when it is no passive."""
    low = " ".join(sentence.split()).lower()
    m = _passive_obligation(low)
    if not m or subject == "joint":
        return subject
    if m.group(1) in _vocab()["passive"]["reciprocal"]:
        return subject
    agent = _named_agent(low, m)
    if agent:
        return agent
    if before and before != subject:
        return before
    return _OTHER_SIDE.get(subject, subject)


@lru_cache(maxsize=1)
def _joint_words() -> tuple[frozenset[str], frozenset[str]]:
    v = _vocab()["joint_present"]
    return frozenset(v["adverbs"]), frozenset(v["subjects"])


def _joint_present(text: str) -> str | None:
    """'Tillsammans tar vi fram …', 'Varje höst följer vi tillsammans upp …': joint."""
    adverbs, subjects = _joint_words()
    words = re.findall(r"[\wåäöé]+", text.lower())[:14]
    if len(words) >= 3 and words[0] in adverbs and verb_form(words[1]) and words[2] in subjects:
        return "joint"
    if len(words) >= 3 and words[0] in subjects and words[1].endswith("r") and verb_form(words[1]):
        if words[2] in adverbs:
            return "joint"  # 'Parterna tar gemensamt fram …', 'Vi följer tillsammans upp …'
    for i in range(len(words) - 2):
        if (
            words[i].endswith("r")
            and verb_form(words[i])
            and words[i + 1] in subjects
            and words[i + 2] in adverbs
        ):
            return "joint"
    return None


def _named_organisation(text: str, place: str) -> str | None:
    _, verb, _ = _patterns()
    m = verb.search(text.lower())
    if not m:
        return None
    subject = text[: m.start()].strip()
    words = subject.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    if place.lower() not in (w.lower().rstrip("s") for w in words) or party_in(subject.lower()):
        return None
    if _NOT_COMMITTING.match(text.lower()[m.start() :]):
        return None
    return "civil_society"


_WE = re.compile(
    r"^(?:vi|we|ni)(?![\wåäö])(?:,?\s+(?:i|inom|på|från|som|in|at|within|from|as)\s+(.+))?", re.I
)


def voiced(header: str) -> bool:
    """A header that names its party only as 'vi' ('Vi lovar', 'Det här gör vi', 'What we do')."""
    low = header.lower()
    if not re.search(r"(?<![\wåäö])(vi|we)(?![\wåäö])", low):
        return False
    rest = re.sub(r"(?<![\wåäö])(vi|we)(?![\wåäö])", " ", low)
    return party_in(rest) is None


def addresses_reader(text: str) -> bool:
    """Whether a document speaks to its reader as 'ni' (a municipal page to the associations):
    then its 'vi' is the body that wrote it."""
    words = _vocab()["voice"]["addressee"]
    found = re.findall(r"(?<![\wåäö])(" + "|".join(words) + r")(?![\wåäö])", text)
    return len(found) >= ADDRESSED


def joint_subject(text: str) -> bool:
    """A sentence whose subject is both parties ('Parterna utvärderar …', 'Nämnden och föreningarna
    genomför …', 'Gemensamt åtar sig parterna …'), whatever its verb."""
    t = text.strip().lstrip("•-–*· ")
    if not t[:1].isupper():
        return False  # an item continuing its column's 'åtar sig att' ('erbjuda lokaler till …')
    return sentence_party(t) == "joint" or _head_party(" ".join(t.lower().split()[:4])) == "joint"


def voice_by_contrast(leads: list[tuple[str, str | None]]) -> str | None:
    """Who 'vi' is, read from a document's lead-ins (text, party): 'Vi åtar oss att:' beside
    'Kommunen åtar sig att:' and no list of the associations' own is the associations speaking (a
    föreningsråd's page), and the reverse; None when both sides have lists of their own or no
    bare 'vi' leads one."""
    we = 0
    sides: set[str] = set()
    for text, party in leads:
        t = text.strip().lstrip("•-–*· ")
        m = _WE.match(t)
        if m and t.split()[0].lower() in ("vi", "we"):
            if party == "joint" and not _we_named(m):
                we += 1
        elif party in _OTHER_SIDE:
            sides.add(party)
    return _OTHER_SIDE[sides.pop()] if we and len(sides) == 1 else None


def speaker(text: str, party: str | None, we: str) -> str | None:
    """A party that speaks as 'vi': 'Vi i föreningslivet …' is the party named after it; a bare
    'Vi ska …' (read as joint) is `we`, the document's own voice (the public body in its policy)."""
    if party is None:
        return None
    m = _WE.match(text.strip().lstrip("•-–*· "))
    if not m:
        return party
    return _we_named(m) or (we if party == "joint" else party)


def _we_named(m: re.Match) -> str | None:
    """The party a 'vi' names after it ('Vi i föreningslivet …'), or None for a bare 'vi'."""
    return party_in(" ".join(m.group(1).lower().split()[:3])) if m.group(1) else None


def commitment_header(text: str) -> bool:
    """A short header naming commitments without a party: 'Åtagande', 'Vad vi åtar oss', 'Ansvar'."""
    _, verb, nouns = _patterns()
    t = text.strip().strip(":").lower()
    return 0 < len(t.split()) <= 5 and bool(nouns.search(t) or verb.search(t))


def header_party(text: str) -> str | None:
    """A table header naming a party: 'Kommunen åtar sig', 'Föreningslivet', 'Gemensamt ansvar'."""
    t = text.strip().strip(":")
    if not t or len(t.split()) > 8 or t.endswith("?"):
        return None
    _, verb, nouns = _patterns()
    words = t.lower().split()
    for i, w in enumerate(words[:3]):
        if party_in(w) is None:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        genitive = w.endswith("s") and party_in(w[:-1]) is not None
        if (
            genitive
            and nxt
            and not (party_in(nxt) or nouns.match(nxt) or verb.match(" ".join(words[i + 1 :])))
        ):
            return None  # 'Föreningarnas upplevelse av samverkan': the party word modifies another head
        break
    return party_in(t)


@lru_cache(maxsize=1)
def _topic() -> re.Pattern:
    markers = _vocab()["topic"]["markers"]
    return re.compile(r"^(?:" + _alts(markers) + r")\s+(.{3,60})$", re.I)


def topic_principle_text(sentence: str) -> str | None:
    """The words after a topic marker that opens a sentence ('När det gäller kvalitet ska …',
    'I fråga om öppenhet och insyn åtar sig …'): a candidate principle name, for the caller to look up."""
    head = " ".join(sentence.split()[:10])
    m = _topic().match(head)
    return m.group(1) if m else None
