"""Compare encoder runtimes on every question set: the same evaluation, one index per runtime.

    .venv/bin/python scripts/eval_encoders.py [--encoders onnx onnx-int8] [--sets gold holdout ...]

Runs `eval.run.evaluate` (the full system, through `overens ask --batch`) once per runtime and
set, and prints the answer and retrieval metrics side by side with the largest difference from
the first runtime. int8 may be the default only if every set stays within 0.01 of fp32.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from eval.run import evaluate  # noqa: E402
from retrieval.settings import Settings  # noqa: E402

METRICS = ("citation_recall", "citation_precision", "must_mention", "abstention_accuracy", "recall@5", "mrr")
SETS = ("gold", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--encoders", nargs="+", default=["onnx", "onnx-int8"])
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--tolerance", type=float, default=0.01)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    results: dict[str, dict[str, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for enc in args.encoders:
            os.environ["OVERENS_ENCODER"] = (
                enc  # `ask --batch` runs in a subprocess: it reads the environment
            )
            settings = Settings(encoder=enc, data_dir=Path(tmp) / enc)
            for name in args.sets:
                summary, _ = evaluate(settings, ROOT / "eval" / f"{name}.jsonl", baselines=False)
                o = summary["overall"]
                results.setdefault(name, {})[enc] = {m: float(o.get(m) or 0.0) for m in METRICS}
                print(
                    f"{enc:10} {name:8} " + "  ".join(f"{m} {o.get(m) or 0:.3f}" for m in METRICS), flush=True
                )
    base = args.encoders[0]
    worst = 0.0
    print(f"\nset       {'metric':20} " + " ".join(f"{e:>10}" for e in args.encoders) + "   max |diff|")
    for name, per in results.items():
        for m in METRICS:
            vals = [per[e][m] for e in args.encoders]
            diff = max(abs(v - per[base][m]) for v in vals)
            worst = max(worst, diff)
            print(f"{name:9} {m:20} " + " ".join(f"{v:10.3f}" for v in vals) + f"   {diff:.3f}")
    verdict = "within" if worst <= args.tolerance else "NOT within"
    print(f"\nlargest difference from {base}: {worst:.3f} ({verdict} {args.tolerance})")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
