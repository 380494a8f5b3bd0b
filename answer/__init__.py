"""The answer layer: question -> conversation -> candidates -> rank -> select / abstain -> render.

question.py      Question (language, kind, documents, principles, parties) from the text
conversation.py  follow-ups resolved into a full question
candidates.py    the units of Retriever.search's top chunks (one ranking in the system)
features.py      a feature row per candidate
rank.py          fitted logistic weights (weights.json, written by `overens fit`)
select.py        calibrated threshold + structure (lead-ins, matrix cells)
abstain.py       calibrated answerability + named reasons
render.py        Swedish/English framing, citations
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from retrieval.records import Answer, Filters, QueryInfo
from retrieval.search import Retriever

from . import abstain, conversation, features, question
from .candidates import Candidate, Corpus, gather
from .rank import Model, load
from .render import declined, render
from .select import select

__all__ = ["Answerer", "Prepared"]


@dataclass(frozen=True)
class Prepared:
    """A question up to its scored candidates (what `overens fit` learns from)."""

    q: question.Question
    cands: list[Candidate]
    X: np.ndarray
    qvec: np.ndarray


class Answerer:
    def __init__(
        self, retriever: Retriever, model: Model | None = None, min_answerability: float | None = None
    ):
        self.r = retriever
        self.corpus = Corpus(retriever)
        m = model or load()
        if min_answerability is not None:
            m = m.with_thresholds(answerable=min_answerability)
        self.model = m

    def resolve(self, question_text: str, history: list[str]) -> tuple[str, QueryInfo]:
        """The question as answered after the conversation is taken into account (search uses it)."""
        text, info, _ = conversation.resolve(self.r, self.r.restore_spelling(question_text), history)
        return text, info

    def prepare(
        self, question_text: str, history: list[str] | None = None, filters: Filters | None = None
    ) -> Prepared:
        asked = self.r.check_question(question_text)
        restored = self.r.restore_spelling(asked)
        hist = [self.r.restore_spelling(h) for h in (history or []) if isinstance(h, str) and h.strip()][-10:]
        flt = self.r.check_filters(filters)
        text, info, follow_up = conversation.resolve(self.r, restored, hist)
        q = question.parse(asked, text, info, follow_up)
        q = question.with_filters(q, flt.document, flt.principle, flt.party)
        qvec = self.r.encode_query(q.search_text)
        cands = gather(self.corpus, q, qvec, flt)
        return Prepared(q, cands, features.matrix(self.corpus, q, cands), qvec)

    def answerability(self, prep: Prepared, p: np.ndarray, model: Model | None = None) -> float:
        m = model or self.model
        qf = abstain.question_features(prep.q, prep.cands, prep.X, p, self.corpus)
        return float(m.questions.probabilities(qf[None, :])[0])

    def decide(
        self, prep: Prepared, p: np.ndarray, model: Model | None = None, answerability: float | None = None
    ) -> Answer:
        m = model or self.model
        a = self.answerability(prep, p, m) if answerability is None else answerability
        why = abstain.reason(prep.q, prep.cands, p, a, m.answerable)
        if why is not None:
            return declined(prep.q, self.r, *why)
        blocks = select(
            self.r, self.corpus, prep.q, prep.cands, p, *m.cut(prep.q.kind, bool(prep.q.documents)), prep.qvec
        )
        prob = {c.key: float(pi) for c, pi in zip(prep.cands, p, strict=True)}
        return render(prep.q, self.r, blocks, prob)

    def answer(
        self, question_text: str, history: list[str] | None = None, filters: Filters | None = None
    ) -> Answer:
        prep = self.prepare(question_text, history, filters)
        return self.decide(prep, self.model.probabilities(prep.X))

    def explain(
        self,
        question_text: str,
        history: list[str] | None = None,
        filters: Filters | None = None,
        top: int = 12,
    ) -> dict:
        """The parsed question, the best candidates with their features and probabilities, and
        which of them the answer cites."""
        prep = self.prepare(question_text, history, filters)
        p = self.model.probabilities(prep.X)
        a = self.answerability(prep, p)
        ans = self.decide(prep, p, answerability=a)
        cited = {(c.doc_id, c.start, c.end) for c in ans.citations}
        q = prep.q
        rows = []
        for i in np.argsort(-p, kind="stable")[:top]:
            c = prep.cands[i]
            rows.append(
                {
                    "probability": round(float(p[i]), 4),
                    "cited": c.key in cited,
                    "doc_id": c.chunk.doc_id,
                    "start": c.unit.start,
                    "end": c.unit.end,
                    "text": c.unit.display_text[:160],
                    "features": {
                        n: round(float(v), 3) for n, v in zip(features.NAMES, prep.X[i], strict=True)
                    },
                }
            )
        return {
            "question": {
                "asked": q.asked,
                "text": q.text,
                "language": q.language,
                "kind": q.kind,
                "documents": q.documents,
                "principles": q.principles,
                "parties": q.parties,
                "unknown_places": q.unknown_places,
                "follow_up": q.follow_up,
                "expansion": q.expansion,
            },
            "thresholds": {
                "select": self.model.cut(q.kind, bool(q.documents))[0],
                "relative": self.model.cut(q.kind, bool(q.documents))[1],
                "answerable": self.model.answerable,
            },
            "answerability": round(a, 4),
            "abstained": ans.abstained,
            "reason": ans.reason,
            "candidates": rows,
            "cited_outside_candidates": len(cited - {c.key for c in prep.cands}),
        }
