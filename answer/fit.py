"""Fitting the ranker and calibrating its thresholds, with k-fold cross-validation.

The unit ranker is gradient-boosted trees over candidate features (trees.py), labelled by
whether a unit is a gold passage; the answerability score a logistic regression over what a
question's best candidates look like. The thresholds (cite a unit, a share of the best unit,
answer at all) are chosen on out-of-fold probabilities, so every figure reported is one the
fitted weights did not see:
each question scores (recall + precision) / 2 when answerable and answered, 1 when
unanswerable and declined, 0 otherwise; the thresholds maximise the mean.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import Answerer, Prepared, trees
from .abstain import QUESTION_FEATURES, question_features
from .candidates import Corpus
from .features import NAMES
from .rank import Logistic, Model, cut_groups, group_of
from .trees import Trees

FOLDS = 5
C = 1.0  # inverse L2 strength of the logistic regression (sklearn's default)
SELECT_GRID = (0.01, 0.02, 0.03) + tuple(round(x, 2) for x in np.arange(0.05, 0.80, 0.05))
RELATIVE_GRID = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
ANSWERABLE_GRID = tuple(round(x, 3) for x in np.arange(0.0, 0.95, 0.025))
# the share of answerable questions the answerability threshold may decline (the target):
# a wrong answer and a decline score alike, so without it a set where many answers miss (several
# documents answer alike) would buy declined unanswerables with declined answerables
MAX_ANSWERABLE_DECLINED = 0.03
# ... bounded with 95 % confidence (one-sided Wilson upper bound), not only as measured: the threshold
# is chosen on the same out-of-fold predictions it is measured on, so the measured share is optimistic
DECLINE_CONFIDENCE_Z = 1.645


def decline_upper_bound(declined: int, n: int, z: float = DECLINE_CONFIDENCE_Z) -> float:
    """One-sided Wilson upper bound of a decline rate measured as declined / n."""
    if n <= 0:
        return 1.0
    p = declined / n
    centre = p + z * z / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre + margin) / (1 + z * z / n)


OVERLAP = 0.5  # a unit is gold when this share of the shorter of it and a gold passage overlaps


@dataclass(frozen=True)
class Example:
    id: str  # shared by the same question asked with and without a document filter (one fold)
    prep: Prepared
    y: np.ndarray  # 1 per candidate that is a gold passage
    answerable: bool
    gold: object  # the GoldQuestion, passed back to the scorer


def labels(prep: Prepared, passages: Sequence) -> np.ndarray:
    y = np.zeros(len(prep.cands))
    for i, c in enumerate(prep.cands):
        a, b = c.unit.start, c.unit.end
        for g in passages:
            if g.source != c.chunk.source:
                continue
            ov = min(b, g.end) - max(a, g.start)
            if ov > 0 and ov >= OVERLAP * min(b - a, g.end - g.start):
                y[i] = 1
                break
    return y


def _fit(X: np.ndarray, y: np.ndarray, names: tuple[str, ...]) -> Logistic:
    from sklearn.linear_model import LogisticRegression

    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-9] = 1.0
    if len(set(y.tolist())) < 2:
        return Logistic(names, mean, scale, np.zeros(len(names)), 0.0)
    lr = LogisticRegression(C=C, max_iter=5000)
    lr.fit((X - mean) / scale, y)
    return Logistic(names, mean, scale, lr.coef_[0], float(lr.intercept_[0]))


def _folds(ids: Sequence[str], folds: int, seed: int = 0) -> np.ndarray:
    """Each example's fold; examples with the same id fall in the same fold."""
    distinct = sorted(set(ids), key=list(ids).index)
    order = np.random.default_rng(seed).permutation(len(distinct))
    fold_of_id = np.empty(len(distinct), dtype=int)
    fold_of_id[order] = np.arange(len(distinct)) % folds
    at = {k: int(f) for k, f in zip(distinct, fold_of_id, strict=True)}
    return np.array([at[i] for i in ids], dtype=int)


def fit_units(examples: Sequence[Example]) -> Trees:
    use = [e for e in examples if len(e.y)]
    return trees.fit(np.vstack([e.prep.X for e in use]), np.concatenate([e.y for e in use]), NAMES)


def question_matrix(examples: Sequence[Example], probs: Sequence[np.ndarray], corpus: Corpus) -> np.ndarray:
    return np.vstack(
        [
            question_features(e.prep.q, e.prep.cands, e.prep.X, p, corpus)
            for e, p in zip(examples, probs, strict=True)
        ]
    )


def fit_questions(examples: Sequence[Example], probs: Sequence[np.ndarray], corpus: Corpus) -> Logistic:
    y = np.array([float(e.answerable) for e in examples])
    return _fit(question_matrix(examples, probs, corpus), y, QUESTION_FEATURES)


def out_of_fold(
    examples: Sequence[Example], corpus: Corpus, folds: int = FOLDS
) -> tuple[list[np.ndarray], np.ndarray]:
    """Each question's candidate probabilities and its answerability, from models fitted on the
    other folds (the answerability model learns from out-of-fold unit probabilities too, as it
    sees unit probabilities of questions the unit model was not fitted on when answering)."""
    fold_of = _folds([e.id for e in examples], folds)
    first: list[np.ndarray] = [np.zeros(0)] * len(examples)
    for k in range(folds):
        units = fit_units([e for i, e in enumerate(examples) if fold_of[i] != k])
        for i, e in enumerate(examples):
            if fold_of[i] == k:
                first[i] = units.probabilities(e.prep.X)
    probs = first
    answerability = np.zeros(len(examples))
    Q = question_matrix(examples, probs, corpus)
    y = np.array([float(e.answerable) for e in examples])
    for k in range(folds):
        train = fold_of != k
        qm = _fit(Q[train], y[train], QUESTION_FEATURES)
        answerability[~train] = qm.probabilities(Q[~train])
    return probs, answerability


Scorer = Callable[[object, object], dict]  # (Answer, GoldQuestion) -> citation metrics


def question_score(m: Mapping[str, Any], answerable: bool) -> float:
    """What calibration maximises, per question: (recall + precision) / 2 when answerable and
    answered, 1 when unanswerable and declined, 0 otherwise."""
    if not answerable:
        return float(m["abstained"])
    if m["abstained"]:
        return 0.0
    return ((m["citation_recall"] or 0.0) + (m["citation_precision"] or 0.0)) / 2


def calibrate(
    answerer: Answerer,
    examples: Sequence[Example],
    probs: Sequence[np.ndarray],
    answerability: np.ndarray,
    score: Scorer,
    model: Model,
) -> tuple[Model, list[dict]]:
    """Thresholds maximising the mean question score on out-of-fold probabilities: the cuts per
    group of question kinds on the answerable questions, then the answerability threshold on
    all, among those declining at most MAX_ANSWERABLE_DECLINED of the answerable questions (at 95 %
    confidence);
    returns the model with them and each question's metrics under them."""
    cuts: dict[str, tuple[float, float]] = {}
    for group in cut_groups():
        mine = [
            (e, p)
            for e, p in zip(examples, probs, strict=True)
            if e.answerable and group_of(e.prep.q.kind, bool(e.prep.q.documents)) == group
        ]
        best: tuple[float, float, float] = (-1.0, 0.5, 0.0)
        for sel, rel in itertools.product(SELECT_GRID, RELATIVE_GRID):
            m = model.with_thresholds({group: (sel, rel)}, 0.0)
            total = sum(
                question_score(score(answerer.decide(e.prep, p, m, 1.0), e.gold), True) for e, p in mine
            )
            if total > best[0]:
                best = (total, sel, rel)
        cuts[group] = (best[1], best[2])
    chosen: tuple[float, float] = (-1.0, 0.0)
    rows_at: dict[float, list[dict]] = {}
    answerable = [e.answerable for e in examples]
    n_answerable = sum(answerable)
    for ans in ANSWERABLE_GRID:
        m = model.with_thresholds(cuts, ans)
        rows = [
            score(answerer.decide(e.prep, p, m, float(a)), e.gold)
            for e, p, a in zip(examples, probs, answerability, strict=True)
        ]
        total = sum(question_score(r, e.answerable) for r, e in zip(rows, examples, strict=True))
        rows_at[ans] = rows
        declined = sum(r["abstained"] for r, ok in zip(rows, answerable, strict=True) if ok)
        if decline_upper_bound(declined, n_answerable) > MAX_ANSWERABLE_DECLINED and ans > 0.0:
            continue  # declines too many answerable questions (0.0 stays: the named reasons alone)
        if total > chosen[0]:
            chosen = (total, ans)
    return model.with_thresholds(cuts, chosen[1]), rows_at[chosen[1]]
