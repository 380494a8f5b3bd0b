"""Features of each candidate unit for a question: what the ranker's fitted weights combine.

Every feature is a general signal (similarity, word overlap, whether the unit is in the asked
document, under the asked principle, said by the asked party, holds the kind of fact asked
for, its form in the document); none knows a document or a question.
"""

from __future__ import annotations

import math
import re

import numpy as np

from retrieval.textproc import tokens

from .candidates import Candidate, Corpus
from .question import Question, evidence_pattern, vocabulary

NAMES = (
    "cos",
    "cos_gap",
    "cos_rank",
    "hit_rank",
    "hit_rel",
    "lex",
    "lex_own",
    "lex_gap",
    "doc_match",
    "doc_other",
    "principle_match",
    "principle_other",
    "party_match",
    "party_other",
    "commit_asked",
    "commit_unasked",
    "evidence",
    "evidence_absent",
    "leadin",
    "item",
    "log_len",
    "short",
    "definition_section",
    "top_doc",
    "neighbour_cos",
    "lex_head",
    "party_match_commit",
    "principle_match_commit",
    "lex_rank",
    "defines_term",
    "kind_definition",
    "body_match",
    "body_other",
)


def query_stems(corpus: Corpus, q: Question) -> list[str]:
    """The question's content stems that the corpus has a form of (its expansion included);
    the names of documents and the words for 'document' say which document, not what is asked,
    and a word the corpus lacks weighs on no unit more than another."""
    return list(corpus.content_stems(f"{q.text} {q.expansion}"))


class _Coverage:
    """The idf-weighted share of the question's stems whose word family a unit has; the weights
    and families are looked up once per question, not once per candidate."""

    def __init__(self, corpus: Corpus, stems: list[str]):
        self.fams = [(corpus.weight(t), corpus.family(t)) for t in stems]
        self.total = sum(w for w, _ in self.fams)

    def hits(self, have: frozenset[str]) -> list[bool]:
        return [not f.isdisjoint(have) for _, f in self.fams]

    def share(self, hits: list[bool]) -> float:
        if not self.total:
            return 0.0
        return sum(w for (w, _), h in zip(self.fams, hits, strict=True) if h) / self.total


def matrix(corpus: Corpus, q: Question, cands: list[Candidate]) -> np.ndarray:
    """One row of NAMES per candidate."""
    n = len(cands)
    if not n:
        return np.zeros((0, len(NAMES)), dtype="float64")
    col = {name: i for i, name in enumerate(NAMES)}
    coverage = _Coverage(corpus, query_stems(corpus, q))
    head_hits: dict[int, list[bool]] = {}
    evs = [ev for ev in (evidence_pattern(k) for k in q.kinds) if ev is not None]
    cos = np.array([c.cos for c in cands])
    order = np.argsort(-cos, kind="stable")
    cos_rank = np.empty(n)
    cos_rank[order] = np.arange(n)
    best_hit = max(c.hit_score for c in cands) or 1.0
    top_doc = min(cands, key=lambda c: (c.hit_rank or 10**6, -c.cos)).chunk.doc_id
    by_pos = {(c.chunk_index, c.unit_index): c.cos for c in cands}
    defining = re.compile(vocabulary()["definiendum"]["unit"], re.I)
    rows: list[list[float]] = []
    width = len(NAMES)
    for i, c in enumerate(cands):
        row: list[float] = [0.0] * width  # plain lists: numpy's per-element writes cost more
        rows.append(row)
        pos = (c.chunk_index, c.unit_index)
        own = corpus.own_stems.get(pos, frozenset())
        text = c.unit.display_text
        row[col["cos"]] = c.cos
        row[col["cos_rank"]] = 1.0 / (1.0 + cos_rank[i])
        row[col["hit_rank"]] = 1.0 / c.hit_rank if c.hit_rank else 0.0
        row[col["hit_rel"]] = c.hit_score / best_hit
        own_hits = coverage.hits(own)
        if c.chunk_index not in head_hits:
            head_hits[c.chunk_index] = coverage.hits(corpus.head_stems[c.chunk_index])
        heads = head_hits[c.chunk_index]
        row[col["lex"]] = coverage.share([a or b for a, b in zip(own_hits, heads, strict=True)])
        row[col["lex_own"]] = coverage.share(own_hits)
        row[col["lex_head"]] = coverage.share(heads)
        if q.body and (body := corpus.doc_body.get(c.chunk.doc_id)):
            row[col["body_match"]] = body == q.body
            row[col["body_other"]] = body != q.body
        if q.documents:
            row[col["doc_match"]] = c.chunk.doc_id in q.documents
            row[col["doc_other"]] = c.chunk.doc_id not in q.documents
        committed = c.party is not None
        asks_commitments = q.kind == "commitments"
        if q.principles and c.principle:
            row[col["principle_match"]] = c.principle in q.principles
            row[col["principle_other"]] = c.principle not in q.principles
            row[col["principle_match_commit"]] = (
                c.principle in q.principles and committed and asks_commitments
            )
        if q.parties and c.party:
            row[col["party_match"]] = c.party in q.parties
            row[col["party_other"]] = c.party not in q.parties
            row[col["party_match_commit"]] = c.party in q.parties and asks_commitments
        row[col["commit_asked"]] = committed and asks_commitments
        row[col["commit_unasked"]] = committed and not asks_commitments
        if evs:
            share = sum(bool(ev.search(text)) for ev in evs) / len(evs)
            row[col["evidence"]] = share
            row[col["evidence_absent"]] = share == 0
        row[col["leadin"]] = text.rstrip().endswith(":")
        row[col["item"]] = c.unit.kind == "item"
        row[col["log_len"]] = math.log(1 + len(text)) / 6.0
        row[col["short"]] = len(text) < 40 and not re.search(r"[.!?]\s*$", text)
        row[col["definition_section"]] = q.kind == "definition" and c.chunk.kind == "definition"
        row[col["top_doc"]] = c.chunk.doc_id == top_doc
        if q.term:
            m = defining.match(text)
            row[col["defines_term"]] = m is not None and set(q.term) <= set(tokens(m.group(1)))
        row[col["kind_definition"]] = q.kind == "definition"
        ui = c.unit_index
        row[col["neighbour_cos"]] = max(
            by_pos.get((c.chunk_index, ui - 1), 0.0), by_pos.get((c.chunk_index, ui + 1), 0.0)
        )
    X = np.array(rows, dtype="float64")
    X[:, col["cos_gap"]] = cos - cos.max()
    X[:, col["lex_gap"]] = X[:, col["lex"]] - X[:, col["lex"]].max()
    lex_order = np.argsort(-X[:, col["lex"]], kind="stable")
    lex_rank = np.empty(n)
    lex_rank[lex_order] = np.arange(n)
    X[:, col["lex_rank"]] = 1.0 / (1.0 + lex_rank)
    return X
