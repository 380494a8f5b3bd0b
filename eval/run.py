"""`overens eval`: the gold set through the user's own `ask --batch` path, plus baselines.

Systems compared on the same questions:
- full:     `retrieval.batch.answer_lines`, what `overens ask --batch` runs for evaluation scripts;
- hybrid / dense / bm25: retrieval only (RRF without query boosts, FAISS only, BM25 only);
- fixed-size baseline: what a stock RAG pipeline does (LlamaIndex's defaults: 1,024-token
  windows with 200 overlap, same embedder, top 2 windows cited whole, never declines).

Writes eval/report.md, eval/report.png and eval/summary.json; prints a one-line summary.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from retrieval.batch import answer_lines
from retrieval.service import Service
from retrieval.settings import ROOT, Settings, load_settings

from .metrics import aggregate, load_file_texts, load_gold, score_question, write_report

THRESHOLDS_FILE = ROOT / "eval" / "thresholds.json"


def fixed_size_windows(text: str, size: int = 1024, overlap: int = 200) -> list[tuple[int, int]]:
    """Token windows over the original text, as character spans (tiktoken cl100k_base)."""
    from ingest.tokens import encoding

    enc = encoding()
    toks = enc.encode(text, disallowed_special=())
    # character offset of each token start
    offsets = []
    pos = 0
    for t in toks:
        offsets.append(pos)
        pos += len(enc.decode([t]))
    spans = []
    step = size - overlap
    for i in range(0, max(1, len(toks)), step):
        a = offsets[i]
        j = min(i + size, len(toks))
        b = offsets[j] if j < len(toks) else len(text)
        spans.append((a, min(b, len(text))))
        if j >= len(toks):
            break
    return spans


def baseline_answers(svc: Service, gold, file_texts: dict[str, str]) -> list[dict]:
    enc = svc.encoder
    spans = [(src, a, b) for src, text in sorted(file_texts.items()) for a, b in fixed_size_windows(text)]
    vecs = enc.encode_passages([file_texts[s][a:b] for s, a, b in spans])
    out = []
    for q in gold:
        t0 = time.perf_counter()
        qv = enc.encode_queries([" ".join([*q.history, q.question])])[0]
        top = np.argsort(-(vecs @ qv))[:2]
        cits = []
        for n, i in enumerate(top, 1):
            src, a, b = spans[i]
            cits.append({"n": n, "source": src, "start": a, "end": b, "text": file_texts[src][a:b]})
        out.append(
            {
                "answer": " ".join(f"[{c['n']}]" for c in cits),
                "abstained": False,
                "reason": None,
                "citations": cits,
                "latency_ms": (time.perf_counter() - t0) * 1000,
            }
        )
    return out


def run_batch(svc: Service, gold) -> dict[str, dict]:
    """Answers by id through the batch function of `overens ask --batch`, its input lines made
    from the gold."""
    lines = [
        json.dumps({"id": q.id, "question": q.question, "history": list(q.history)}, ensure_ascii=False)
        for q in gold
    ]
    return {row["id"]: row for row in answer_lines(svc, lines)}


def evaluate(settings: Settings, gold_path: Path, baselines: bool = True) -> tuple[dict, dict[str, dict]]:
    gold = load_gold(gold_path, settings.corpus_dir)
    file_texts = load_file_texts(settings.corpus_dir)
    svc = Service(settings)
    svc.ingest()
    st = svc.state()
    answers = run_batch(svc, gold)

    systems: dict[str, list[dict]] = {"full": []}
    modes = ("hybrid", "dense", "bm25") if baselines else ()
    for m in modes:
        systems[m] = []
    for q in gold:
        text, _ = st.answerer.resolve(q.question, list(q.history))
        st.retriever.clear_cache()  # latency of cold queries
        t0 = time.perf_counter()
        full_hits = st.retriever.search(text, 10, mode="full")
        lat_search = (time.perf_counter() - t0) * 1000
        hits = [{"source": h.chunk.source, "start": h.chunk.start, "end": h.chunk.end} for h in full_hits]
        ans = answers.get(q.id) or {"answer": "", "abstained": True, "reason": "missing", "citations": []}
        if "error" in ans:
            ans = {"answer": ans["error"], "abstained": True, "reason": ans["error"], "citations": []}
        row = score_question(
            q, answer=ans, hits=hits, file_texts=file_texts, latency_ms=ans.get("latency_ms")
        )
        row["search_ms"] = lat_search
        systems["full"].append(row)
        for m in modes:
            st.retriever.clear_cache()
            t0 = time.perf_counter()
            mh = st.retriever.search(text, 10, mode=m)
            ms = (time.perf_counter() - t0) * 1000
            mh_d = [{"source": h.chunk.source, "start": h.chunk.start, "end": h.chunk.end} for h in mh]
            systems[m].append(score_question(q, hits=mh_d, latency_ms=ms))
    if baselines:
        base = baseline_answers(svc, gold, file_texts)
        systems["fixed-size baseline"] = [
            score_question(
                q, answer=a, hits=a["citations"], file_texts=file_texts, latency_ms=a["latency_ms"]
            )
            for q, a in zip(gold, base, strict=True)
        ]
    summaries = {name: aggregate(rows) for name, rows in systems.items()}
    return summaries["full"], summaries | {"_rows_full": {"rows": systems["full"]}}


def check(summary: dict, thresholds: dict[str, float]) -> list[str]:
    o = summary["overall"]
    problems = []
    for key, limit in thresholds.items():
        value = o.get(key)
        if value is None:
            continue
        if key == "false_abstention_rate":
            if value > limit:
                problems.append(f"{key} {value:.3f} > {limit}")
        elif value < limit:
            problems.append(f"{key} {value:.3f} < {limit}")
    return problems


def one_line(o: dict) -> str:
    def f(k):
        v = o.get(k)
        return "n/a" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)

    return (
        f"eval: {o.get('n')} questions · citation recall {f('citation_recall')} · precision "
        f"{f('citation_precision')} · must-mention {f('must_mention')} · "
        f"abstention {f('abstention_accuracy')} · "
        f"false abstention {f('false_abstention_rate')} · recall@5 {f('recall@5')} · MRR {f('mrr')} · "
        f"median cited chars {f('median_cited_chars')} · latency p50 {f('latency_median_ms')} ms"
    )


def main(args: Any = None, settings: Settings | None = None) -> int:
    settings = settings or load_settings()
    gold_path = Path(getattr(args, "gold", None) or ROOT / "eval" / "gold.jsonl")
    out = Path(getattr(args, "out", None) or ROOT / "eval")
    out.mkdir(parents=True, exist_ok=True)
    summary, systems = evaluate(settings, gold_path, baselines=not getattr(args, "no_baselines", False))
    rows = systems.pop("_rows_full")["rows"]
    write_report(summary, out / "report.md", out / "report.png", systems)
    (out / "summary.json").write_text(json.dumps({"systems": systems}, indent=2, ensure_ascii=False), "utf-8")
    (out / "rows.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8"
    )
    print(one_line(summary["overall"]))
    if getattr(args, "check", False):
        thresholds = json.loads(THRESHOLDS_FILE.read_text(encoding="utf-8"))["full"]
        problems = check(summary, thresholds)
        if problems:
            print("eval: below thresholds: " + "; ".join(problems), file=sys.stderr)
            return 1
    return 0
