"""`overens fit`: fit the answer layer's weights on the FIT sets, report k-fold cross-validated
figures, calibrate the thresholds, write answer/weights.json; `--blind` measures the BLIND sets
(aggregates only) with the weights in place.

    python -m eval.fit [--folds 5] [--dry-run] [--blind] [--sets gold,qa/dev_seeds]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from answer import Answerer
from answer.fit import Example, calibrate, fit_questions, fit_units, labels, out_of_fold
from answer.rank import WEIGHTS, Model, load, neutral
from retrieval.index import load_index
from retrieval.records import Filters
from retrieval.search import Retriever
from retrieval.service import Service, answer_json
from retrieval.settings import ROOT, Settings

from .metrics import GoldQuestion, answer_summary, citation_metrics
from .sets import BLIND_SETS, FIT_SETS, SCOPED, available, build_corpus, load_set

WORK = ROOT / ".cache" / "evalcorpus"


def open_eval_corpus(settings: Settings | None = None) -> tuple[Retriever, dict[str, str]]:
    """The evaluation corpus indexed (built once, reused while unchanged): its retriever and
    each file's document text."""
    base = settings or Settings()
    corpus = build_corpus(WORK / "corpus")
    svc = Service(base.model_copy(update={"data_dir": WORK / "data", "corpus_dir": corpus}))
    svc.ingest()
    data = load_index(WORK / "data", svc.encoder.name)
    r = Retriever(data, svc.encoder, base.max_question_chars)
    return r, {d.source: d.text for d in data.documents.values()}


def scope(r: Retriever, g: GoldQuestion) -> Filters | None:
    """The document filter a question is asked with (its corpus file's document id), or None."""
    if g.document is None:
        return None
    ids = {d.source: d.doc_id for d in r.data.documents.values()}
    return Filters(document=ids[g.document])


def examples(ans: Answerer, questions: Sequence[GoldQuestion]) -> list[Example]:
    out = []
    for g in questions:
        if g.answerable and not g.gold:
            continue  # a quote the text does not hold: nothing to learn or score
        prep = ans.prepare(g.question, list(g.history), scope(ans.r, g))
        # a question and its scoped twin share a fold: neither may be fitted on to answer the other
        out.append(Example(g.id.removesuffix(SCOPED), prep, labels(prep, g.gold), g.answerable, g))
    return out


@dataclass(frozen=True)
class Fitted:
    model: Model
    cv: dict  # cross-validated figures over all FIT questions
    cv_sets: dict[str, dict]  # ... per set
    cv_kinds: dict[str, dict]  # ... per kind of question (as the answer layer reads it)
    fitted: dict  # the same questions answered by the weights fitted on them
    names: tuple[str, ...]
    n_questions: int


def fit(r: Retriever, texts: dict[str, str], names: Sequence[str], folds: int = 5) -> Fitted:
    """Fit the weights on the named FIT sets; cross-validate and calibrate."""

    def score(answer, gold) -> dict:
        return citation_metrics(answer_json(answer), gold, texts)

    ans = Answerer(r, neutral())  # candidates and features do not depend on the weights
    exs: list[Example] = []
    per_set: dict[str, list[int]] = {}
    for name in names:
        start = len(exs)
        exs.extend(examples(ans, load_set(name, texts)))
        per_set[name] = list(range(start, len(exs)))
    probs, answerability = out_of_fold(exs, ans.corpus, folds)
    full = Model(fit_units(exs), fit_questions(exs, probs, ans.corpus))
    model, rows = calibrate(ans, exs, probs, answerability, score, full)
    rows = [{**r, "answerable": e.answerable} for r, e in zip(rows, exs, strict=True)]
    cv_sets = {n: answer_summary([rows[i] for i in idx]) for n, idx in per_set.items()}
    # the same thresholds with weights fitted on everything: the gap to cv is what fitting on a set buys
    # (the answerability model is fitted on out-of-fold unit probabilities, as it meets them in use)
    fitted_rows = [
        {
            **score(ans.decide(e.prep, model.probabilities(e.prep.X), model), e.gold),
            "answerable": e.answerable,
        }
        for e in exs
    ]
    kinds: dict[str, list[int]] = {}
    for i, e in enumerate(exs):
        kinds.setdefault(e.prep.q.kind, []).append(i)
    cv_kinds = {k: answer_summary([rows[i] for i in idx]) for k, idx in sorted(kinds.items())}
    return Fitted(
        model, answer_summary(rows), cv_sets, cv_kinds, answer_summary(fitted_rows), tuple(names), len(exs)
    )


def measure_blind(r: Retriever, texts: dict[str, str], model: Model) -> dict[str, dict]:
    """The BLIND sets answered with these weights: aggregates only."""
    ans = Answerer(r, model)
    out = {}
    for name in available(BLIND_SETS):
        rows = [
            {
                **citation_metrics(
                    answer_json(ans.answer(g.question, list(g.history), scope(r, g))), g, texts
                ),
                "answerable": g.answerable,
            }
            for g in load_set(name, texts)
            if g.gold or not g.answerable
        ]
        out[name] = answer_summary(rows)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="overens fit", description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--sets", default=",".join(FIT_SETS), help="comma-separated FIT sets")
    ap.add_argument("--dry-run", action="store_true", help="report, do not write answer/weights.json")
    ap.add_argument(
        "--blind", action="store_true", help="only measure the BLIND sets with the current weights"
    )
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    r, texts = open_eval_corpus()
    if args.blind:
        for name, figures in measure_blind(r, texts, load(args.out)).items():
            print(f"blind {name:<14}", json.dumps(figures))
        return 0
    names = [s for s in args.sets.split(",") if s in available(FIT_SETS)]
    f = fit(r, texts, names, args.folds)
    print(f"{f.n_questions} questions from {', '.join(names)} ({time.perf_counter() - t0:.0f} s)")
    print("cross-validated:", json.dumps(f.cv))
    for n, s in f.cv_sets.items():
        print(f"  cv {n:<14}", json.dumps(s))
    for n, s in f.cv_kinds.items():
        print(f"  cv kind {n:<14}", json.dumps(s))
    print("fitted-on:      ", json.dumps(f.fitted))
    print("thresholds:", json.dumps({"cuts": f.model.cuts, "answerable": f.model.answerable}))
    q = f.model.questions
    print("answerability weights:", json.dumps(dict(zip(q.names, np.round(q.coef, 2).tolist(), strict=True))))
    if not args.dry_run:
        info = {
            "fitted_on": list(names),
            "folds": args.folds,
            "n_questions": f.n_questions,
            "cross_validated": f.cv,
            "cross_validated_sets": f.cv_sets,
            "cross_validated_kinds": f.cv_kinds,
            "fitted": f.fitted,
        }
        out = Model(f.model.units, f.model.questions, f.model.cuts, f.model.answerable, info)
        args.out.write_text(json.dumps(out.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
