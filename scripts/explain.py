"""Why an answer is what it is: the question as understood and the best-scoring sentences and items.

    python scripts/explain.py "Hur länge gäller Stockholms överenskommelse?" [--history "…"] [-n 12]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from retrieval.answer import expand_query  # noqa: E402
from retrieval.query import strip_designation, topic  # noqa: E402
from retrieval.records import Filters  # noqa: E402
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
    r = answerer.r
    question = r.restore_spelling(args.question)
    text, info = answerer.resolve(question, [r.restore_spelling(h) for h in args.history])
    print(f"resolved: {text!r}")
    print(f"intent={info.intent} documents={info.documents} principles={info.principles} parties={info.parties} "
          f"language={info.language} all_documents={info.all_documents}")
    passages_text = strip_designation(topic(text) if info.intent == "comparison" else text)
    qvec = r.encode_query(expand_query(passages_text, info.language))
    for c in answerer.unit_candidates(passages_text, info, qvec, Filters())[: args.n]:
        print(f"{c.score:.3f} dense {c.dense:.3f} {c.chunk.doc_id[:6]} {c.unit.kind[:4]} party={c.unit.party} "
              f"[{c.chunk.section[:30]}] {c.unit.display_text[:110]}")
    a = svc.ask(args.question, args.history)
    print("---\n" + a.answer_text if hasattr(a, "answer_text") else a)


if __name__ == "__main__":
    main()
