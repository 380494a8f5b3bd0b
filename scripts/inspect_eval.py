"""Print each question of a gold file next to the system's answer, in-process: for reading failures.

    python scripts/inspect_eval.py eval/holdout.jsonl [--only-failing] [--ids q001,q002]

Do not run it on a set kept blind (it shows the answers); `overens eval` prints only the figures.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.metrics import cited_spans, load_file_texts, load_gold, passage_found, score_question  # noqa: E402
from retrieval.service import Service, answer_json  # noqa: E402
from retrieval.settings import Settings  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument(
        "--only-failing", action="store_true", help="recall < 1, precision < 1 or a wrong abstention"
    )
    ap.add_argument("--ids", default="")
    args = ap.parse_args()
    settings = Settings()
    svc = Service(settings)
    texts = load_file_texts(settings.corpus_dir)
    ids = {i for i in args.ids.split(",") if i}
    totals = []
    for q in load_gold(args.gold):
        if ids and q.id not in ids:
            continue
        a = answer_json(svc.ask(q.question, list(q.history)))
        row = score_question(q, answer=a, file_texts=texts)
        totals.append(row)
        r, p = row.get("citation_recall"), row.get("citation_precision")
        ok = (r in (None, 1.0)) and (p in (None, 1.0)) and (a["abstained"] == (not q.answerable))
        if args.only_failing and ok:
            continue
        print(f"=== {q.id} [{q.type}/{q.language}] recall={r} precision={p} must={row.get('must_mention')}")
        if q.history:
            print("  history:", " | ".join(q.history))
        print("  Q:", q.question)
        print("  A:", a["answer"].replace("\n", "\n     "))
        for c in a["citations"]:
            print(f"    [{c['n']}] {c['source'][:3]} {c['start']}:{c['end']} {c['section']!s:.40}")
        merged = cited_spans((c["source"], c["start"], c["end"]) for c in a["citations"])
        for g in q.gold:
            # '+' found as citation recall counts it; '~' touched by a citation but less than half covered
            touched = any(
                c["source"] == g.source and c["start"] < g.end and g.start < c["end"] for c in a["citations"]
            )
            mark = "+" if passage_found(g, merged) else "~" if touched else "-"
            print(f"  {mark} gold {g.source[:3]} {g.start}: {' '.join(g.text.split())[:160]}")
        print("  must:", list(q.must_mention))
    print(f"{len(totals)} questions")


if __name__ == "__main__":
    main()
