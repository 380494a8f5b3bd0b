"""Rendering: the answer's framing in the question's language, the documents' own words quoted.

No generative model is available offline: an answer is a line per document naming it (and the
party and principle when every quoted unit is one party's commitments under one principle),
then the quoted units, each with its citation marker.
"""

from __future__ import annotations

from ingest.vocab import party_name, principle_name
from retrieval.records import Answer, Citation
from retrieval.search import Retriever

from .question import Question
from .select import Block

TEXTS = {
    "sv": {
        "abstain": "Det framgår inte av dokumenten.",
        "not_in_corpus": "{place} finns inte bland dokumenten; dokumenten gäller {known}.",
        "no_evidence": "Inget i dokumenten besvarar frågan om {what}.",
        "weak": "Inget stycke i dokumenten ligger tillräckligt nära frågan.",
        "oblig_head": "{doc}: {party} åtar sig under principen om {principle}:",
        "oblig_head_noprinciple": "{doc}: {party} åtar sig:",
        "fact_head": "Enligt {doc}:",
    },
    "en": {
        "abstain": "The documents do not say (det framgår inte av dokumenten).",
        "not_in_corpus": "{place} is not among the documents; they cover {known}.",
        "no_evidence": "Nothing in the documents answers the question about {what}.",
        "weak": "No passage in the documents is close enough to the question.",
        "oblig_head": "Under the principle of {principle} ({principle_sv}), {party} commits to ({doc}):",
        "oblig_head_noprinciple": "According to {doc}, {party} commits to:",
        "fact_head": "According to {doc}:",
    },
}
WHAT = {
    "sv": {
        "amount": "belopp",
        "contact": "kontaktuppgifter",
        "date": "datum",
        "time": "tider",
        "count": "antal",
        "year": "årtal",
        "person": "namn",
        "when": "tidpunkt",
        "body": "beslutande organ",
        "frequency": "hur ofta",
    },
    "en": {
        "amount": "amounts",
        "contact": "contact details",
        "date": "dates",
        "time": "times",
        "count": "numbers",
        "year": "years",
        "person": "names",
        "when": "times",
        "body": "deciding bodies",
        "frequency": "frequencies",
    },
}


def doc_label(r: Retriever, doc_id: str) -> str:
    m = r.data.documents[doc_id].meta
    return m.organisation.split(",")[0] if m.organisation else (m.place or m.title)


def party_label(r: Retriever, doc_id: str, party: str, lang: str) -> str:
    return party_name(party, lang, r.data.documents[doc_id].meta.organisation)


def declined(q: Question, r: Retriever, key: str, values: dict) -> Answer:
    t = TEXTS[q.language]
    if key == "not_in_corpus":
        values = {**values, "known": ", ".join(sorted({doc_label(r, d) for d in r.data.documents}))}
    if key == "no_evidence":
        values = {"what": WHAT[q.language].get(values.get("what", ""), values.get("what", ""))}
    why = t[key].format(**values)
    return Answer(q.asked, q.language, f"{t['abstain']} {why}", True, why, (), q.info)


def _head(r: Retriever, q: Question, b: Block) -> str:
    t = TEXTS[q.language]
    doc = doc_label(r, b.doc_id)
    if b.party and q.kind == "commitments":
        party = party_label(r, b.doc_id, b.party, q.language)
        if b.principle:
            return t["oblig_head"].format(
                doc=doc,
                party=party,
                principle=principle_name(b.principle, q.language),
                principle_sv=principle_name(b.principle, "sv"),
            )
        return t["oblig_head_noprinciple"].format(doc=doc, party=party)
    return t["fact_head"].format(doc=doc)


def render(
    q: Question, r: Retriever, blocks: list[Block], probability: dict[tuple[str, int, int], float]
) -> Answer:
    citations: list[Citation] = []
    lines: list[str] = []
    for b in blocks:
        if not b.units:
            continue
        lines.append(_head(r, q, b))
        doc = r.data.documents[b.doc_id]
        for c in b.units:
            n = len(citations) + 1
            citations.append(
                Citation(
                    n=n,
                    doc_id=b.doc_id,
                    source=doc.source,
                    title=doc.meta.title,
                    start=c.unit.start,
                    end=c.unit.end,
                    text=doc.text[c.unit.start : c.unit.end],
                    display_text=c.unit.display_text,
                    section=c.chunk.section,
                    principle=c.principle,
                    party=c.party,
                    score=round(float(probability.get(c.key, 0.0)), 4),
                )
            )
            bullet = "- " if len(b.units) > 1 else ""
            lines.append(f"{bullet}{c.unit.display_text} [{n}]")
    if not citations:
        return declined(q, r, "weak", {})
    return Answer(q.asked, q.language, "\n".join(lines), False, None, tuple(citations), q.info)
