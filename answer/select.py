"""Selection: which candidate units an answer cites, completed by the document's structure.

The fitted probability decides (a unit is cited when it reaches the calibrated threshold and a
calibrated share of the best unit's); structure completes what a person would quote:
- a lead-in ('Kommunen åtar sig att:') brings its list items;
- a commitments question answered by some of a party's commitments under a principle gets all of
  them, from the commitments matrix (items, table cells and the party's sentences in that
  principle's section, in document order);
- one document answers, unless the question compares documents or names several.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from ingest.meta_words import vocabulary as meta_vocabulary
from ingest.records import Unit
from ingest.vocab import fold
from retrieval.search import Retriever

from .candidates import Candidate, Corpus
from .question import Question, evidence_pattern

MAX_UNITS = 8  # ranked units per document (structure may add to them)
MAX_LIST = 14  # items a lead-in or a commitments cell brings


@dataclass(frozen=True)
class Block:
    """What one document contributes to an answer."""

    doc_id: str
    units: tuple[Candidate, ...]
    principle: str | None = None  # set when every unit is a commitment under this principle ...
    party: str | None = None  # ... of this party


def _many_documents(q: Question) -> bool:
    return q.kind == "comparison" or len(q.documents) >= 2 or (q.all_documents and not q.documents)


def _list_after(corpus: Corpus, c: Candidate, qvec: np.ndarray) -> list[Candidate]:
    out: list[Candidate] = []
    pos = corpus.after(c.chunk_index, c.unit_index)
    while pos is not None and len(out) < MAX_LIST:
        u = corpus.chunks[pos[0]].units[pos[1]]
        if u.kind == "heading" or (out and out[0].unit.kind == "item" and u.kind != "item"):
            break
        if u.kind != "item" and u.display_text.rstrip().endswith(":"):
            break
        out.append(corpus.candidate(*pos, qvec))
        if u.kind != "item" and len(u.display_text) > 200:
            break
        pos = corpus.after(*pos)
    return out


def _commitment_units(
    r: Retriever, corpus: Corpus, doc_id: str, principle: str | None, party: str, qvec: np.ndarray
) -> list[Candidate]:
    """A party's listed commitments (items, table cells) under a principle, as candidates."""
    out = []
    doc = r.data.documents[doc_id]
    for cm in doc.commitments:
        if cm.party != party or cm.principle != principle or (cm.form == "sentence" and principle is None):
            continue
        pos = corpus.unit_at.get((doc_id, cm.start, cm.end))
        if pos is not None:
            out.append(corpus.candidate(*pos, qvec))
    return out[:MAX_LIST]


def from_matrix(
    r: Retriever, corpus: Corpus, q: Question, doc_ids: list[str], qvec: np.ndarray
) -> list[Block]:
    """A commitments question naming its principle is answered by the matrix: every commitment of
    the asked parties (all parties when none is asked) under that principle, per document."""
    blocks = []
    for doc_id in doc_ids:
        for party in q.parties or ("public", "civil_society", "joint"):
            units: dict[tuple[str, int, int], Candidate] = {}
            for cm in r.data.documents[doc_id].commitments:
                # items, table cells and a party's stances said as sentences in the principle's section
                if cm.party == party and cm.principle in q.principles:
                    pos = corpus.unit_at.get((doc_id, cm.start, cm.end))
                    if pos is not None:
                        c = corpus.candidate(*pos, qvec)
                        units.setdefault(c.key, c)
            if units:
                ordered = sorted(units.values(), key=lambda c: c.unit.start)[:MAX_LIST]
                blocks.append(
                    Block(doc_id, tuple(ordered), q.principles[0] if len(q.principles) == 1 else None, party)
                )
    return blocks


# an additive adverb near a sentence's start: it continues the sentence before it
_ADDS = re.compile(r"^(?:\S+\s+){0,5}?(även|också|dessutom|därutöver|likaså|also|too|as well)\b", re.I)


def _date_forms(iso: str) -> re.Pattern:
    """The ways a text writes a date: '2023-11-21', '21 november 2023', '21/11/2023', '21.11.2023'."""
    year, month, day = (int(x) for x in iso.split("-"))
    words = meta_vocabulary()["dates"]
    months, english = words["months"], words["months_en"]
    forms = [
        re.escape(iso),
        rf"{day}:?[ae]?\s+(?:{months[month - 1]}|{english[month - 1]}|{months[month - 1][:3]}\.?)\s+{year}",
        rf"(?:{english[month - 1]})\s+{day},?\s+{year}",
        rf"0?{day}[/.]0?{month}[/.]{year}",
    ]
    return re.compile("|".join(forms), re.I)


def decision_units(
    r: Retriever, corpus: Corpus, doc_id: str, qvec: np.ndarray, body: bool = False
) -> list[Candidate]:
    """The unit that states the document's adoption (the date ingest read as its decision date, in a
    sentence that says it was decided), first in document order; none when the date is unknown.
    With `body`, also the first unit naming the deciding body when the dated one does not (a header
    table's 'Beslutsdatum | 2019-02-01' and 'Beslutad av | Äldre- och omsorgsnämnden')."""
    meta = r.data.documents[doc_id].meta
    if not meta.date:
        return []
    dated = _date_forms(meta.date)
    decided = evidence_pattern("adoption")  # 'Antagen av …', 'Beslutad …', 'adopted'
    assert decided is not None
    found = []
    named: list[tuple[int, int, int]] = []
    decider = fold(meta.body) if body and meta.body else ""
    for ci in corpus.doc_chunks.get(doc_id, ()):
        for ui, u in enumerate(corpus.chunks[ci].units):
            if dated.search(u.display_text):
                found.append((not decided.search(u.display_text), u.start, ci, ui))
            if decider and decider in fold(u.display_text):
                named.append((u.start, ci, ui))
    if not found:
        return []
    _, _, ci, ui = min(found)
    out = [corpus.candidate(ci, ui, qvec)]
    if decider and decider not in fold(out[0].unit.display_text) and named:
        _, bci, bui = min(named)
        out.append(corpus.candidate(bci, bui, qvec))
    return sorted(out, key=lambda c: c.unit.start)


def principle_headings(r: Retriever, corpus: Corpus, doc_id: str, qvec: np.ndarray) -> list[Candidate]:
    """The headings of a document's principle sections, one per principle, in document order: the
    document's own list of its principles."""
    seen: set[str] = set()
    out = []
    for sec in r.data.documents[doc_id].sections:
        if not sec.principle or sec.principle in seen or sec.heading_end <= sec.heading_start:
            continue
        ci = corpus.chunk_in(doc_id, sec.start, sec.end)
        if ci is None:
            continue
        seen.add(sec.principle)
        # the heading is cited as the span it has in the text (chunks quote the section's body)
        head = Unit(sec.heading_start, sec.heading_end, sec.title, "heading")
        c = corpus.chunks[ci]
        out.append(Candidate(-1, ci, -1, c, head, 0, 0.0, 0.0, 0.0, sec.principle, None))
    return out


def select(
    r: Retriever,
    corpus: Corpus,
    q: Question,
    cands: list[Candidate],
    p: np.ndarray,
    threshold: float,
    relative: float,
    qvec: np.ndarray,
) -> list[Block]:
    if not cands:
        return []
    order = np.argsort(-p, kind="stable")
    blocks: list[Block] = []
    if q.kind == "principle_list":
        top = cands[order[0]].chunk.doc_id
        for doc_id in list(q.documents) or [top]:
            headings = principle_headings(r, corpus, doc_id, qvec)
            if headings:
                ranked = [c for c in (cands[i] for i in order[:3]) if c.chunk.doc_id == doc_id][:1]
                cited = {c.key: c for c in (*ranked, *headings)}
                blocks.append(Block(doc_id, tuple(sorted(cited.values(), key=lambda c: c.unit.start))))
        if blocks:
            return blocks
    if "adoption" in q.kinds and q.kind in ("date", "year", "when", "body", "fact"):
        # 'När antogs överenskommelsen, och av vem?': the document's own decision line
        docs = list(q.documents) or [cands[order[0]].chunk.doc_id]
        for doc_id in docs:
            decided = decision_units(r, corpus, doc_id, qvec, body="body" in q.kinds or "who" in q.kinds)
            if decided:
                blocks.append(Block(doc_id, tuple(decided)))
        if blocks:
            return blocks
    if q.kind == "commitments" and q.principles:
        docs = list(q.documents) or ([cands[order[0]].chunk.doc_id] if not _many_documents(q) else [])
        blocks = from_matrix(r, corpus, q, docs, qvec)
        if blocks:
            return blocks
    best = float(p[order[0]])
    cut = max(threshold, relative * best)
    kept = [cands[i] for i in order if p[i] >= cut] or [cands[order[0]]]
    if q.kind == "commitments" and q.parties:
        # one side's commitments asked for: the other side's, as the matrix reads them, are not them
        kept = [c for c in kept if c.party is None or c.party in q.parties] or kept
    if not _many_documents(q):
        top = cands[order[0]].chunk.doc_id
        kept = [c for c in kept if c.chunk.doc_id == top]
    elif len(q.documents) >= 2:
        # each document the question names answers for itself: its units against its own best
        kept = []
        for doc_id in q.documents:
            mine = [i for i in order if cands[i].chunk.doc_id == doc_id]
            if mine:
                own_cut = max(threshold, relative * float(p[mine[0]]))
                kept += [cands[i] for i in mine if p[i] >= own_cut] or [cands[mine[0]]]
    per_doc: dict[str, list[Candidate]] = defaultdict(list)
    for c in kept:
        if len(per_doc[c.chunk.doc_id]) < MAX_UNITS:
            per_doc[c.chunk.doc_id].append(c)
    blocks = []  # the ranked answer (no structure answered it)
    for doc_id, units in per_doc.items():
        chosen: dict[tuple[str, int, int], Candidate] = {c.key: c for c in units}
        for c in units:
            if c.unit.display_text.rstrip().endswith(":"):
                for item in _list_after(corpus, c, qvec):
                    chosen.setdefault(item.key, item)
        for c in units:
            # a sentence that adds to the one before ('Möjlighet … ges även …') is quoted with it
            if c.unit.kind == "sentence" and c.unit_index > 0 and _ADDS.search(c.unit.display_text):
                before = corpus.chunks[c.chunk_index].units[c.unit_index - 1]
                if before.kind == "sentence":
                    prev = corpus.candidate(c.chunk_index, c.unit_index - 1, qvec)
                    chosen.setdefault(prev.key, prev)
        groups = {(c.principle, c.party) for c in units if c.party}
        if q.kind == "commitments":
            for principle, party in groups:
                if q.parties and party not in q.parties:
                    continue
                for item in _commitment_units(r, corpus, doc_id, principle, party, qvec):
                    chosen.setdefault(item.key, item)
        ordered = sorted(chosen.values(), key=lambda c: c.unit.start)
        parties = {c.party for c in ordered}
        principles = {c.principle for c in ordered}
        one = len(parties) == 1 and None not in parties and len(principles) == 1
        blocks.append(
            Block(doc_id, tuple(ordered), principles.pop() if one else None, parties.pop() if one else None)
        )
    return blocks
