"""Chunking by section and principle, within a token budget.

A chunk never spans two sections (so never two principles) and never two parties' lists;
a long group is split at unit (sentence or item) boundaries to the token budget, counted
with tiktoken's cl100k_base. Each chunk's [start, end) is an original-text span.
"""

from __future__ import annotations

import hashlib

from .records import Chunk, Document, Section, Unit
from .structure import Structure
from .tokens import count_tokens

PARTY_WORDS = {"public": "Offentlig part", "civil_society": "Idéburen sektor", "joint": "Båda parter"}


def _groups(units: list[Unit]) -> list[list[Unit]]:
    """Consecutive units of one kind and party: prose together, each party's items together."""
    groups: list[list[Unit]] = []
    key_prev = None
    for u in units:
        if u.kind == "heading":
            key = ("list", u.party)
            groups.append([u])
            key_prev = key
            continue
        key = ("prose", None) if u.kind == "sentence" else ("list", u.party)
        if groups and key == key_prev:
            groups[-1].append(u)
        else:
            groups.append([u])
            key_prev = key
    return groups


def _split_budget(group: list[Unit], budget: int) -> list[list[Unit]]:
    parts: list[list[Unit]] = [[]]
    used = 0
    for u in group:
        n = count_tokens(u.display_text)
        if parts[-1] and used + n > budget and any(x.kind != "heading" for x in parts[-1]):
            parts.append([])
            used = 0
        parts[-1].append(u)
        used += n
    return [p for p in parts if p]


def chunk(doc: Document, st: Structure, budget: int = 220) -> list[Chunk]:
    by_section: dict[int, list[Unit]] = {}
    for si, u in st.units:
        by_section.setdefault(si, []).append(u)
    chunks: list[Chunk] = []
    for si, section in enumerate(st.sections):
        units = by_section.get(si, [])
        first = True
        for group in _groups(units):
            for part in _split_budget(group, budget):
                content = [u for u in part if u.kind != "heading"]
                if not content:
                    continue
                chunks.append(_make_chunk(doc, section, part, len(chunks), with_heading=first))
                first = False
    return chunks


def _make_chunk(
    doc: Document, section: Section, units: list[Unit], n: int, with_heading: bool = False
) -> Chunk:
    start = min(u.start for u in units)
    end = max(u.end for u in units)
    if with_heading and section.heading_start < section.heading_end <= start:
        start = section.heading_start  # a section's first chunk shows (and cites) its heading
    parties = {u.party for u in units if u.kind == "item" and u.party}
    party = parties.pop() if len(parties) == 1 else None
    kind = "commitments" if any(u.kind == "item" and u.party for u in units) else section.kind
    display = "\n".join(("- " if u.kind == "item" else "") + u.display_text for u in units)
    digest = hashlib.sha1(f"{doc.doc_id}:{start}:{end}".encode()).hexdigest()[:10]
    return Chunk(
        chunk_id=f"{doc.doc_id}-{n:03d}-{digest}",
        doc_id=doc.doc_id,
        source=doc.source,
        title=doc.meta.title,
        section=section.title,
        section_path=section.path,
        kind=kind,
        principle=section.principle,
        party=party,
        start=start,
        end=end,
        text=doc.text[start:end],
        display_text=display,
        units=tuple(units),
        n_tokens=count_tokens(display),
    )


def embedding_text(c: Chunk, place: str = "") -> str:
    """What the encoder and BM25 see: the chunk with its context (document, section, party)."""
    head = " > ".join(c.section_path)
    who = PARTY_WORDS.get(c.party or "", "")
    prefix = f"{place or c.title}. {head}."
    if who:
        prefix += f" {who} åtar sig:"
    return f"{prefix}\n{c.display_text}"
