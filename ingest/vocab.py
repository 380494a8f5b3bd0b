"""The domain's own words: principles and parties, with their Swedish and English names.

One vocabulary for every stage: structure parsing (headings, party headers), query understanding,
the answer layer's framing, the CLI, the API and the UI all name principles and parties from here.
(The words that *recognise* a party in a text are data: ingest/data/parties.toml.)
"""

from __future__ import annotations

import difflib
import functools
import re
import tomllib
import unicodedata
from pathlib import Path

# principle id -> (Swedish name, English name, extra Swedish/English synonyms)
PRINCIPLES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "sjalvstandighet_och_oberoende": (
        "självständighet och oberoende",
        "independence and autonomy",
        ("självständighet", "oberoende", "independence", "autonomy", "independent", "autonomous"),
    ),
    "dialog": ("dialog", "dialogue", ("dialogue", "dialog")),
    "kvalitet": ("kvalitet", "quality", ("quality",)),
    "langsiktighet": (
        "långsiktighet",
        "long-term perspective",
        ("long-term", "longterm", "long term", "continuity"),
    ),
    "oppenhet_och_insyn": (
        "öppenhet och insyn",
        "openness and transparency",
        ("öppenhet", "insyn", "openness", "transparency"),
    ),
    "mangfald": ("mångfald", "diversity", ("diversity", "pluralism")),
    "samhallsutveckling": (
        "samhällsutveckling",
        "community development",
        ("community development", "social development", "societal development", "development of society"),
    ),
}


PARTIES: tuple[str, ...] = ("public", "civil_society", "joint")
# how each party is named when the document does not say (lower case; a UI capitalises)
PARTY_NAMES: dict[str, dict[str, str]] = {
    "sv": {"public": "kommunen/regionen", "civil_society": "idéburen sektor", "joint": "båda parter"},
    "en": {"public": "the municipality/region", "civil_society": "civil society", "joint": "both parties"},
}
# how the public party names itself, read from the organisation's name: (needle, Swedish, English)
PUBLIC_NAMES: tuple[tuple[str, str, str], ...] = (
    ("landsting", "landstinget", "the county council"),
    ("region", "regionen", "the region"),
    ("stad", "staden", "the city"),
    ("kommun", "kommunen", "the municipality"),
    ("nämnd", "nämnden", "the committee"),
)


def party_name(party: str, lang: str = "sv", organisation: str = "") -> str:
    """A party as the answer names it: the public side after its organisation where that says
    ('Södertälje kommun' -> 'kommunen', 'Landstinget Västernorrland' -> 'landstinget')."""
    lang = lang if lang in PARTY_NAMES else "sv"
    if party == "public" and organisation:
        org = fold(organisation)
        for needle, swedish, english in PUBLIC_NAMES:
            if fold(needle) in org:
                return swedish if lang == "sv" else english
    return PARTY_NAMES[lang].get(party, party.replace("_", " "))


def fold(text: str) -> str:
    """Lower-case and strip diacritics: 'Öppenhet' -> 'oppenhet'."""
    nfkd = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in nfkd if not unicodedata.combining(c))


_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[a-z][.)]|[ivx]+[.)])\s+")
# "Princip:", "Princip 3:", "Principen om", "Principle 2 -", "Principle of" before the name itself
_PRINCIPLE_PREFIX = re.compile(
    r"^(?:principen|princip|principle)\s*(?:nr\.?\s*)?(?:\d+|[ivx]+)?\s*[:.\u2013\u2014-]?\s*(?:(?:om|of)\s+)?"
)
# a subtitle after the name: "Långsiktighet – förutsättningar att planera", "Dialog: att lyssna"
_SUBTITLE = re.compile(r"\s+[\u2013\u2014-]\s+|:\s+|\s*\(")


def _principle_key(name: str) -> tuple[str, str]:
    """The folded name without numbering or a 'Princip:' prefix, and its head before any subtitle."""
    key = re.sub(r"\s+", " ", fold(name)).strip(" .:")
    key = _NUMBERING.sub("", key)
    key = _PRINCIPLE_PREFIX.sub("", key).strip(" .:")
    head = _SUBTITLE.split(key, maxsplit=1)[0].strip(" .:")
    return key, head or key


def _known_principles() -> dict[str, str]:
    return {fold(v[0]): k for k, v in PRINCIPLES.items()}


@functools.lru_cache(maxsize=1)
def _other_names() -> dict[str, str]:
    """The seven's English names and synonyms, matched whole ('Quality', 'Social development')."""
    return {fold(n): k for k, (_, en, syn) in PRINCIPLES.items() for n in (en, *syn)}


@functools.lru_cache(maxsize=1)
def extra_principles() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """The principles local agreements often add (data/principles.toml), as PRINCIPLES has them."""
    with open(Path(__file__).with_name("data") / "principles.toml", "rb") as f:
        data = tomllib.load(f)
    return {pid: (d["sv"], d["en"], tuple(d.get("synonyms", ()))) for pid, d in data.items()}


@functools.lru_cache(maxsize=1)
def _extra_names() -> dict[str, str]:
    return {fold(n): pid for pid, (sv, en, syn) in extra_principles().items() for n in (sv, en, *syn)}


def principle_id(name: str) -> str:
    """Map a principle's name as written (any case, diacritics, small OCR damage, numbered, after
    'Princip:' or 'Principen om', with or without a subtitle) to its id; one of the principles
    agreements often add gets its id from data/principles.toml ('Barnrätt – barns inflytande' ->
    'barnrattsperspektiv'); any other name becomes a slug of its head ('Hållbar utveckling' ->
    'hallbar_utveckling')."""
    key, head = _principle_key(name)
    known = _known_principles()
    other = _other_names()
    # a translated heading names it twice: 'Social development (Samhällsutveckling)'
    inner = re.search(r"\(([^()]{3,60})\)", key)
    for candidate in (key, head, *([_principle_key(inner.group(1))[0]] if inner else [])):
        if candidate in known:
            return known[candidate]
        if candidate in other:
            return other[candidate]
    for candidate in (key, head):
        best = difflib.get_close_matches(candidate, list(known), n=1, cutoff=0.8)
        if best:
            return known[best[0]]
    extra = _extra_names()
    for candidate in (key, head):
        if candidate in extra:
            return extra[candidate]
    return re.sub(r"[^a-z0-9]+", "_", head).strip("_")


def _stem(word: str) -> str:
    import Stemmer  # PyStemmer (Snowball), a dependency of bm25s

    return str(Stemmer.Stemmer("swedish").stemWord(word))


def heading_principle_id(title: str) -> str | None:
    """The known principle a short heading names in other words: a heading whose words include the
    stem of exactly one principle's name or synonym ('Öppen dialog', 'Kvalitet och utveckling',
    'Långsiktiga förutsättningar', 'Insyn'). None when no principle, or more than one, is named."""
    pid = principle_id(title)
    if pid in PRINCIPLES or pid in extra_principles():
        return pid
    _, head = _principle_key(title)
    words = re.findall(r"[a-z0-9]+", head)
    if not 1 <= len(words) <= 5:
        return None
    # a hyphenated compound counts whole too: 'long-term' names a principle, 'long' and 'term' do not
    stems = {_stem(w) for w in words + re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+", head) if len(w) >= 4}
    named = set()
    for k, (swedish, english, synonyms) in PRINCIPLES.items():
        names = [swedish, english, *synonyms]
        parts = {fold(w) for n in names for w in n.split() if len(w) >= 4 and fold(w) not in _FILLER}
        parts |= {fold(w) for n in names for w in n.split() if "-" in w}
        if stems & {_stem(p) for p in parts}:
            named.add(k)
    return named.pop() if len(named) == 1 else None


# words of a principle's name that do not name it on their own
_FILLER = {"och", "and", "term", "long", "perspective", "development", "community"}


def principle_name(pid: str, lang: str = "sv") -> str:
    known = PRINCIPLES.get(pid) or extra_principles().get(pid)
    if known:
        swedish, english, _ = known
        return swedish if lang == "sv" else english
    return pid.replace("_", " ")


_PUBLIC = (
    r"kommun\w*|stad(en|ens|s)?|landsting\w*|region\w*|nämnd\w*|förvaltning\w*|"
    r"stockholms stad|socialförvaltning\w*|municipality|city|council|region"
)
_CIVIL = (
    r"idéburn\w*|idéburen|sektorn\w*|föreningar\w*|organisationer\w*|organisationerna|associations?|ngos?"
)
_JOINT = r"båda parter\w*|parterna|parternas|gemensam\w*|both parties|both|jointly"


def party_of_header(header: str) -> str | None:
    """Party named by a list header: 'Kommunen åtar sig:', 'Den idéburna sektorns åtaganden'."""
    h = header.lower()
    if re.search(r"\b(" + _JOINT + r")\b", h):
        return "joint"
    if re.search(r"\b(" + _CIVIL + r")", h):
        return "civil_society"
    if re.search(r"\b(" + _PUBLIC + r")\b", h):
        return "public"
    return None


_PASSIVE = re.compile(r"^\S+(\s\S+){0,4}?\s(ges|bör respekteras|görs|ska ges|skall ges|erbjuds)\b")
# an item without a subject that gives the sector something ('Ge möjlighet för organisationerna …')
_GIVES_TO_SECTOR = re.compile(r"^(ge|erbjuda|tillhandahålla)\s(\S+\s){0,3}?(för|till|åt)\s(" + _CIVIL + r")")


def party_of_item(text: str) -> str:
    """Infer who commits from an item's own words, where no header says it.

    The grammatical subject decides: 'Landstinget ansvarar för …' -> public;
    'De idéburna organisationerna bidrar …' -> civil_society; 'Parterna ska …' or an
    item without a subject ('Öka kunskapen …') -> joint. A passive about the sector
    ('Den idéburna sektorn ges möjlighet …') is something the public side provides, and so is an
    item giving it something ('Ge möjlighet för organisationerna …').
    """
    t = text.strip().lstrip("-•·* ").strip()
    low = t.lower()
    first = " ".join(low.split()[:4])
    if re.match(r"^(parterna|båda parter|vi\b)", low):
        return "joint"
    public_subject = re.match(
        r"^(landsting\w*|kommun\w*|stockholms stad|staden|stadens|region\w*|varje nämnd|respektive nämnd|"
        r"nämnd\w*|förvaltning\w*|översyn av landstingets|landstingets)",
        low,
    )
    civil_subject = re.match(
        r"^(den idéburna|de idéburna|idéburen sektor|idéburna|sektorn|föreningarna)", low
    )
    if civil_subject:
        if _PASSIVE.match(low) or re.search(r"\b(ges|bör respekteras)\b", first):
            return "public"
        return "civil_society"
    if public_subject or _GIVES_TO_SECTOR.match(low):
        return "public"  # the public side gives the sector possibilities, as in the passive above
    return "joint"
