"""Abstention: a calibrated answerability score and named reasons.

A question is declined when the place it names is not in the corpus, when it asks for a kind
of fact with a fixed form (an amount, contact details, a date) and no candidate near the top
holds one, or when its answerability (a logistic model over what its best candidates look like,
fitted on answerable and unanswerable questions) falls below the calibrated threshold. A word
the corpus lacks never declines a question by itself.
"""

from __future__ import annotations

import re

import numpy as np

from ingest.vocab import fold
from retrieval.textproc import tokens

from .candidates import Candidate, Corpus
from .features import NAMES
from .question import Question, evidence_pattern, expansion, vocabulary

# facts with a form a passage either has or lacks
FORMED_KINDS = ("amount", "contact", "date", "time", "year", "person", "count")
LOOK_AT = 5  # candidates (best first) that must hold the asked form
QUESTION_FEATURES = (
    "p1",
    "p2",
    "p3_mean",
    "cos1",
    "cos_max",
    "lex_own_max",
    "lex_max",
    "doc_named",
    "doc_named_found",
    "english",
    "kind_commitments",
    "kind_fact",
    "evidence_top",
    "principle_named",
    "principle_found",
    "unknown_share",
    "principle_absent",
    "top_lex_own",
    "top_missing_idf",
    "doc_missing_idf",
    "cos_spread",
)
_COL = {n: i for i, n in enumerate(NAMES)}


def question_features(
    q: Question, cands: list[Candidate], X: np.ndarray, p: np.ndarray, corpus: Corpus | None = None
) -> np.ndarray:
    f = np.zeros(len(QUESTION_FEATURES))
    if not cands:
        return f
    unknown = absent = missing = doc_missing = 0.0
    order = np.argsort(-p, kind="stable")
    if corpus is not None:
        # the rarest asked word the best candidate (with its heading) does not have: a near miss on a
        # related topic lacks exactly the word the question is about
        from .features import query_stems

        best = cands[order[0]]
        have = (
            corpus.own_stems.get((best.chunk_index, best.unit_index), frozenset())
            | corpus.head_stems[best.chunk_index]
        )
        asked = query_stems(corpus, q)
        gaps = [corpus.weight(t) for t in asked if not corpus.family(t) & have]
        missing = max(gaps, default=0.0) / corpus.max_idf
        # ... and the rarest one its whole document lacks: the topic is not the document's at all
        in_doc = corpus.doc_stems.get(best.chunk.doc_id, frozenset())
        doc_gaps = [corpus.weight(t) for t in asked if not corpus.family(t) & in_doc]
        doc_missing = max(doc_gaps, default=0.0) / corpus.max_idf
        stems = [t for t in tokens(q.text) if len(t) >= 4]
        unknown = sum(not corpus.family(t) for t in stems) / len(stems) if stems else 0.0
        # a principle asked of a document that has no section or commitment under it
        if q.principles and q.documents:
            absent = float(not any(corpus.has_principle(d, pr) for d in q.documents for pr in q.principles))
    order = np.argsort(-p, kind="stable")
    top = order[:3]
    vals = {
        "p1": p[order[0]],
        "p2": p[order[1]] if len(order) > 1 else 0.0,
        "p3_mean": float(np.mean(p[top])),
        "cos1": cands[order[0]].cos,
        "cos_max": max(c.cos for c in cands),
        "lex_own_max": X[:, _COL["lex_own"]].max(),
        "lex_max": X[:, _COL["lex"]].max(),
        "doc_named": bool(q.documents),
        "doc_named_found": bool(q.documents) and X[order[0], _COL["doc_match"]],
        "english": q.language == "en",
        "kind_commitments": q.kind == "commitments",
        "kind_fact": q.kind == "fact",
        "evidence_top": X[top, _COL["evidence"]].max(),
        "principle_named": bool(q.principles),
        "principle_found": bool(q.principles) and X[order[0], _COL["principle_match"]],
        "unknown_share": unknown,
        "principle_absent": absent,
        "top_lex_own": X[order[0], _COL["lex_own"]],
        "top_missing_idf": missing,
        "doc_missing_idf": doc_missing,
        # how far the best unit stands out from the rest: a near miss stands out little
        "cos_spread": max(c.cos for c in cands) - float(np.median([c.cos for c in cands])),
    }
    for i, n in enumerate(QUESTION_FEATURES):
        f[i] = float(vals[n])
    return f


def counted_pattern(q: Question) -> re.Pattern[str] | None:
    """A number within three words of what a count question counts ('sex ledamöter', '58
    organisationer'); None when the counted word is not read (a frequency: 'hur många gånger')."""
    spec = vocabulary()["kinds"]["count"]
    m = re.search(spec["counted"], fold(q.text))
    if not m or re.match(r"(gang|time)", m.group(1)):
        return None
    word = m.group(1)
    forms = expansion(word, "en").split() if q.language == "en" else [word]
    heads = sorted({fold(f)[:5] for f in forms if len(f) >= 3})
    if not heads:
        return None
    counted = "|".join(re.escape(h) for h in heads)
    # the counted word may end a compound ('tio arbetsdagar' counts dagar, 'fem styrelseledamöter')
    return re.compile(rf"{spec['number']}\s+(?:\S+\s+){{0,2}}\w*(?:{counted})|\blika (antal|många)\b", re.I)


def reason(
    q: Question, cands: list[Candidate], p: np.ndarray, answerability: float, threshold: float
) -> tuple[str, dict] | None:
    """(reason key, its values) when the question is declined, else None."""
    if q.unknown_places and not q.documents:
        return "not_in_corpus", {"place": ", ".join(q.unknown_places)}
    if not cands:
        return "weak", {}
    order = np.argsort(-p, kind="stable")
    if q.kind in FORMED_KINDS:
        ev = counted_pattern(q) if q.kind == "count" else evidence_pattern(q.kind)
        top = [cands[i] for i in order[:LOOK_AT]]
        folded = q.kind == "count"
        if ev is not None and not any(
            ev.search(fold(c.unit.display_text) if folded else c.unit.display_text) for c in top
        ):
            return "no_evidence", {"what": q.kind}
    if answerability < threshold:
        return "weak", {}
    return None
