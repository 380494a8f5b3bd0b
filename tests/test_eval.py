"""The evaluation tier: the gold set through `overens ask --batch` with the real model; fails below
the floors in eval/thresholds.json. Also checks the report is written and the baselines compared."""

from __future__ import annotations

import json

import pytest

from eval.run import THRESHOLDS_FILE, check, evaluate, write_report
from retrieval.settings import ROOT, Settings
from tests.conftest import CORPUS, MODEL_CACHE

pytestmark = pytest.mark.eval


def test_full_system_meets_its_floors_and_beats_the_baseline(real_service, tmp_path):
    settings = Settings(data_dir=real_service.settings.data_dir, corpus_dir=CORPUS, cache_dir=MODEL_CACHE)
    summary, systems = evaluate(settings, ROOT / "eval" / "gold.jsonl", baselines=True)
    systems.pop("_rows_full")
    write_report(summary, tmp_path / "report.md", tmp_path / "report.png", systems)
    assert (tmp_path / "report.png").stat().st_size > 1000
    o = summary["overall"]
    print(json.dumps({k: o.get(k) for k in ("citation_recall", "citation_precision", "abstention_accuracy",
                                            "false_abstention_rate", "must_mention", "median_cited_chars")}))
    floors = json.loads(THRESHOLDS_FILE.read_text(encoding="utf-8"))["full"]
    assert check(summary, floors) == []
    base = systems["fixed-size baseline"]["overall"]
    assert o["citation_precision"] > base["citation_precision"] + 0.2
    assert o["median_cited_chars"] < base["median_cited_chars"] / 5
    # hybrid retrieval is at least as good as either part alone at rank 5
    r5 = {name: systems[name]["overall"]["recall@5"] for name in ("hybrid", "dense", "bm25")}
    assert r5["hybrid"] >= max(r5["dense"], r5["bm25"]) - 0.02, r5


@pytest.mark.parametrize("name", ["holdout", "blind", "blind3", "blind5"])
def test_development_sets_meet_their_floors(real_service, name):
    """eval/holdout.jsonl, eval/blind.jsonl, eval/blind3.jsonl and eval/blind5.jsonl were written from the
    documents by someone who never saw an answer, measured once, then developed on; their floors (lower than
    the gold set's, see README) keep what generalises from silently regressing. The sets kept blind (blind2,
    blind4, blind6) have none: a set with a floor gets tuned on."""
    settings = Settings(data_dir=real_service.settings.data_dir, corpus_dir=CORPUS, cache_dir=MODEL_CACHE)
    summary, _ = evaluate(settings, ROOT / "eval" / f"{name}.jsonl", baselines=False)
    floors = json.loads(THRESHOLDS_FILE.read_text(encoding="utf-8"))[name]
    assert check(summary, floors) == []
