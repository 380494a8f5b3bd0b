"""Answer-layer figures on several question sets in one process, for comparing a change quickly.

    python scripts/experiment.py eval/gold.jsonl eval/holdout.jsonl [--set retrieval.answer.OTHER_MARGIN=0.01]

`--set module.NAME=VALUE` overrides a module constant before the index loads (a float, int or string),
so a threshold can be tried without editing the code. Prints recall / precision / must-mention /
abstention / false abstention per set and the per-question rows that changed against `--against FILE`.
Do not run it on a set kept blind.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.metrics import aggregate, load_file_texts, load_gold, score_question  # noqa: E402
from retrieval.service import Service, answer_json  # noqa: E402
from retrieval.settings import Settings  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--set", action="append", default=[], metavar="MODULE.NAME=VALUE")
    ap.add_argument("--save", help="write per-question rows here (JSON)")
    ap.add_argument("--against", help="per-question rows saved by an earlier run: print what changed")
    args = ap.parse_args()
    for spec in args.set:
        target, value = spec.split("=", 1)
        module, name = target.rsplit(".", 1)
        mod = importlib.import_module(module)
        old = getattr(mod, name)
        setattr(mod, name, type(old)(value) if not isinstance(old, bool) else value == "True")
    settings = Settings()
    svc = Service(settings)
    texts = load_file_texts(settings.corpus_dir)
    saved: dict[str, dict] = {}
    for path in args.gold:
        rows = []
        for q in load_gold(path):
            row = score_question(q, answer=answer_json(svc.ask(q.question, list(q.history))), file_texts=texts)
            rows.append(row)
            saved[row["id"]] = {k: row.get(k) for k in ("citation_recall", "citation_precision", "must_mention",
                                                        "abstained")}
        o = aggregate(rows)["overall"]
        print(f"{Path(path).stem:10s} n={o['n']:3d} recall {o['citation_recall']:.3f} precision "
              f"{o['citation_precision']:.3f} must {o['must_mention']:.3f} abst {o['abstention_accuracy'] or 0:.3f} "
              f"false-abst {o['false_abstention_rate']:.3f} chars {o['median_cited_chars']:.0f}")
    if args.against:
        before = json.loads(Path(args.against).read_text())
        for qid, row in saved.items():
            if qid in before and before[qid] != row:
                b = before[qid]
                print(f"  {qid}: recall {b['citation_recall']} -> {row['citation_recall']}, precision "
                      f"{b['citation_precision']} -> {row['citation_precision']}, must {b['must_mention']} -> "
                      f"{row['must_mention']}, abstained {b['abstained']} -> {row['abstained']}")
    if args.save:
        Path(args.save).write_text(json.dumps(saved))


if __name__ == "__main__":
    main()
