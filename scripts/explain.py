"""Why an answer is what it is: the question as understood and the best-scoring sentences and items.

    python scripts/explain.py "Hur länge gäller Stockholms överenskommelse?" [--history "…"] [-n 12]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from retrieval.service import Service  # noqa: E402
from retrieval.settings import Settings  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("question")
    ap.add_argument("--history", action="append", default=[])
    ap.add_argument("-n", type=int, default=12)
    args = ap.parse_args()
    svc = Service(Settings())
    answerer = svc.state().answerer
    _, text, _, info, cands = answerer.candidates(args.question, args.history)
    print(f"resolved: {text!r}")
    print(f"intent={info.intent} documents={info.documents} principles={info.principles} parties={info.parties} "
          f"language={info.language} all_documents={info.all_documents}")
    for c in cands[: args.n]:
        print(f"{c.score:.3f} dense {c.dense:.3f} {c.chunk.doc_id[:6]} {c.unit.kind[:4]} party={c.unit.party} "
              f"[{c.chunk.section[:30]}] {c.unit.display_text[:110]}")
    a = svc.ask(args.question, args.history)
    print("---\n" + a.answer)


if __name__ == "__main__":
    main()
