"""A question parsed once into a typed `Question`: what it asks for and about what.

The query understanding of `retrieval.query` (language, documents, principles, parties,
places the corpus lacks, intent) plus the answer kind from `data/question.toml`, and the
documents' own words for the question's words (`data/glossary_en_sv.tsv` for English,
`data/synonyms_sv.tsv` for everyday Swedish phrasings).
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from ingest.vocab import fold
from retrieval.records import QueryInfo

DATA = Path(__file__).resolve().parent / "data"

KINDS = (
    "yesno",
    "date",
    "time",
    "year",
    "person",
    "when",
    "body",
    "frequency",
    "count",
    "amount",
    "contact",
    "definition",
    "principle_list",
    "comparison",
    "commitments",
    "fact",
)


@dataclass(frozen=True)
class Question:
    """What was asked, as the answer stages use it."""

    asked: str  # as the user wrote it
    text: str  # resolved against the conversation, spelling restored (what is encoded)
    language: str  # "sv" | "en"
    kind: str  # one of KINDS
    kinds: tuple[
        str, ...
    ] = ()  # every kind the question asks for ('När antogs den, och av vem?': date, body)
    documents: tuple[str, ...] = ()
    principles: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    unknown_places: tuple[str, ...] = ()
    all_documents: bool = False
    follow_up: bool = False
    expansion: str = ""  # the documents' words for the question's words
    term: tuple[str, ...] = ()  # the stems of the term a definition question asks about
    body: str | None = None  # the kind of public body named: "municipal" | "regional" (question.toml)
    info: QueryInfo | None = field(default=None, compare=False)

    @property
    def search_text(self) -> str:
        return f"{self.text} {self.expansion}".strip()


@functools.lru_cache(maxsize=1)
def vocabulary() -> dict:
    return tomllib.loads((DATA / "question.toml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _kind_patterns() -> tuple[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None], ...]:
    out = []
    for kind, spec in vocabulary()["kinds"].items():
        q = re.compile(spec["question"]) if spec.get("question") else None
        ev = re.compile(spec["evidence"], re.I) if spec.get("evidence") else None
        out.append((kind, q, ev))
    return tuple(out)


def asked_kinds(folded: str) -> tuple[str, ...]:
    """Every kind and facet whose question pattern matches."""
    return tuple(
        k for k, q, _ in (*_kind_patterns(), *_facet_patterns()) if q is not None and q.search(folded)
    )


@functools.lru_cache(maxsize=1)
def _facet_patterns() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    return tuple(
        (k, re.compile(spec["question"]), re.compile(spec["evidence"], re.I))
        for k, spec in vocabulary().get("facets", {}).items()
    )


def definiendum(folded: str) -> tuple[str, ...]:
    """The stems of the term a definition question asks about (empty when it names none)."""
    from retrieval.textproc import tokens

    m = re.search(vocabulary()["definiendum"]["question"], folded)
    return tuple(tokens(m.group(1))[:2]) if m else ()


def evidence_pattern(kind: str) -> re.Pattern[str] | None:
    """What a passage answering this kind (or facet) of question contains (None: no particular form)."""
    return next((ev for k, _, ev in (*_kind_patterns(), *_facet_patterns()) if k == kind), None)


@functools.lru_cache(maxsize=1)
def _table(name: str) -> tuple[tuple[str, str], ...]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, words = line.partition("\t")
            rows.append((key.strip(), words.strip()))
    return tuple(rows)


@functools.lru_cache(maxsize=1)
def _glossary() -> dict[str, str]:
    return dict(_table("glossary_en_sv.tsv"))


def expansion(text: str, language: str) -> str:
    """The documents' words for the question's words: translations for English, the written
    forms of everyday phrasings for Swedish ('när ses den över' -> 'översyn revidering')."""
    if language == "en":
        glossary = _glossary()
        return " ".join(glossary[w] for w in re.findall(r"[a-z][a-z-]+", text.lower()) if w in glossary)
    f = re.sub(r"\s+", " ", fold(text))
    return " ".join(words for pattern, words in _table("synonyms_sv.tsv") if re.search(pattern, f))


def answer_kind(folded: str, info: QueryInfo) -> str:
    """The kind of answer a question wants. The understanding's intent decides a comparison, a
    list of principles and a commitments question; the patterns of question.toml the rest."""
    if info.intent == "comparison":
        return "comparison"
    if info.intent == "principle_list":
        return "principle_list"
    count = vocabulary()["kinds"]["count"]
    counted = re.search(count["counted"], folded)
    listed = counted is not None and re.match(count["listed"], counted.group(1)) is not None
    for kind, q, _ in _kind_patterns():
        if kind == "count" and listed:
            continue  # 'hur många åtaganden …' is answered by the commitments themselves
        if q is not None and q.search(folded) and kind != "commitments":
            if kind == "yesno" and info.intent == "obligation":
                return "commitments"  # 'Har kommunen åtagit sig att …?' is answered by the commitments
            return kind
    if info.intent == "obligation":
        return "commitments"
    for kind, q, _ in _kind_patterns():
        if kind == "commitments" and q is not None and q.search(folded):
            return kind
    if info.intent == "definition":
        return "definition"
    return "fact"


def parse(asked: str, text: str, info: QueryInfo, follow_up: bool = False) -> Question:
    folded = fold(text)
    kind = answer_kind(fold(asked) if follow_up and len(asked.split()) > 3 else folded, info)
    if follow_up and kind == "fact" and info.intent == "obligation":
        kind = "commitments"
    return Question(
        asked=asked,
        text=text,
        language=info.language,
        kind=kind,
        kinds=tuple(dict.fromkeys((kind, *asked_kinds(fold(asked))))),
        documents=info.documents,
        principles=info.principles,
        parties=info.parties,
        unknown_places=info.unknown_places,
        all_documents=info.all_documents,
        follow_up=follow_up,
        expansion=expansion(text, info.language),
        term=definiendum(fold(asked)),
        body=public_body(folded),
        info=info,
    )


def public_body(text: str) -> str | None:
    """The one kind of public body (question.toml [public_body]) the words of `text` name, or None
    when they name none or both."""
    words = set(re.findall(r"[a-z]+", fold(text).lower()))
    found = [k for k, ws in vocabulary()["public_body"].items() if words & set(ws)]
    return found[0] if len(found) == 1 else None


def with_filters(q: Question, document: str | None, principle: str | None, party: str | None) -> Question:
    """Filters given beside the question (API, UI) name its documents, principle and party."""
    return replace(
        q,
        documents=(document,) if document else q.documents,
        principles=(principle,) if principle else q.principles,
        parties=(party,) if party else q.parties,
    )
