"""Benchmark: index build time, query latency (median, p95) and memory, in-process.

    .venv/bin/python scripts/bench.py [--queries 200] [--encoder onnx|onnx-int8|torch] [--build-torch]

The torch query encode (one thread) is measured in the same run as the reference the ratios use;
`--build-torch` also times the index build with torch, for the build-time ratio.

Prints figures; asserts nothing (timings belong in benchmarks, not tests).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from retrieval.service import Service  # noqa: E402
from retrieval.settings import ROOT, Settings  # noqa: E402


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def torch_encode_ms(questions: list[str], n: int = 100) -> float:
    """The median single-query encode of the torch runtime at one thread: the reference for the ratios."""
    import torch

    from retrieval.embedder import load_encoder

    torch.set_num_threads(1)
    s = Settings()
    enc = load_encoder(s.model, s.cache_dir, backend="torch")
    enc.encode_queries(questions[:5])
    ms = []
    for i in range(n):
        t0 = time.perf_counter()
        enc.encode_queries([f"{questions[i % len(questions)]} ({i})"])
        ms.append((time.perf_counter() - t0) * 1000)
    return statistics.median(ms)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--encoder", choices=("onnx", "onnx-int8", "torch"), default="onnx")
    ap.add_argument("--build-torch", action="store_true", help="also time the index build with torch")
    args = ap.parse_args()
    gold = [
        json.loads(x) for x in (ROOT / "eval" / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x
    ]
    questions = [g["question"] for g in gold]
    with tempfile.TemporaryDirectory() as tmp:
        t_build_torch = None
        if args.build_torch:
            tsvc = Service(Settings(data_dir=Path(tmp) / "torch", encoder="torch"))
            tsvc.encoder  # noqa: B018 (load outside the timing)
            t0 = time.perf_counter()
            tsvc.ingest(force=True)
            t_build_torch = time.perf_counter() - t0
            del tsvc
        torch_ms = torch_encode_ms(questions)
        settings = Settings(data_dir=Path(tmp) / "index", encoder=args.encoder)
        svc = Service(settings)
        t0 = time.perf_counter()
        enc = svc.encoder
        t_model = time.perf_counter() - t0
        t0 = time.perf_counter()
        report = svc.ingest(force=True)
        t_build = time.perf_counter() - t0
        t0 = time.perf_counter()
        svc.state()
        t_load = time.perf_counter() - t0
        r = svc.retriever
        for q in questions[:5]:
            r.search(q, 10)  # warm up
        search_ms, ask_ms, encode_ms = [], [], []
        for i in range(args.queries):
            q = questions[i % len(questions)]
            t0 = time.perf_counter()
            enc.encode_queries([q])
            encode_ms.append((time.perf_counter() - t0) * 1000)
            r.clear_cache()  # measure cold queries, not the cache
            t0 = time.perf_counter()
            r.search(q, 10)
            search_ms.append((time.perf_counter() - t0) * 1000)
            r.clear_cache()
            t0 = time.perf_counter()
            svc.ask(q)
            ask_ms.append((time.perf_counter() - t0) * 1000)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"encoder {args.encoder}; model load (converted e5-small):  {t_model:7.2f} s")
    print(
        f"index build, {report.documents} docs, {report.chunks} chunks, {report.embedded} passages embedded: "
        f"{t_build:7.2f} s ({report.embedded / t_build:.0f} passages/s)"
    )
    if t_build_torch is not None:
        print(
            f"index build with torch:             {t_build_torch:7.2f} s   torch / {args.encoder} "
            f"{t_build_torch / t_build:.2f}x"
        )
    print(f"index load:                         {t_load:7.2f} s")
    for name, xs in (
        ("query encode", encode_ms),
        ("search (full, k=10)", search_ms),
        ("ask (full answer)", ask_ms),
    ):
        print(
            f"{name:34}  median {statistics.median(xs):7.1f} ms   p95 {pct(xs, 0.95):7.1f} ms   (n={len(xs)})"
        )
    print(f"query encode, torch, 1 thread:      median {torch_ms:7.1f} ms   (reference)")
    print(
        "search / encode median ratio:       "
        f"{statistics.median(search_ms) / statistics.median(encode_ms):.2f}"
    )
    print(
        f"ask p50 / {args.encoder} encode:             "
        f"{statistics.median(ask_ms) / statistics.median(encode_ms):.2f}"
    )
    print(f"ask p50 / torch encode:             {statistics.median(ask_ms) / torch_ms:.2f}")
    print(f"peak memory (max RSS):              {rss:7.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
