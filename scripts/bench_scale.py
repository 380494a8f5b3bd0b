"""The scale curve, measured: synthetic corpora through the whole system, and a synthetic vector set
for the FAISS index alone.

    .venv/bin/python scripts/bench_scale.py                       # short: 5 documents, 100k vectors
    .venv/bin/python scripts/bench_scale.py --sizes 5 50 500 --vectors 1000000

Corpora: document i is seed document i mod 5 (corpus/*.txt) with its place names replaced by a made-up
municipality and its body paragraphs recombined in a seeded order, so every document is new text
(nothing is reused from another build). Per size: index build time, peak RSS, ask p50/p95 over the
gold questions (cold: the query cache is cleared before each).

Vectors: N clustered unit vectors of dimension 384 (1,000 centres plus noise, like sentence
embeddings: many near neighbours), 200 held-out queries; exact top 10 by brute force as the truth.
Per FAISS index kind: build time, recall@10 against exact, search p50 (one query, one thread) and
RSS. Each size and each index kind runs in its own process, so RSS is its own.

Prints figures, asserts nothing; not part of pytest.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402

DIM = 384
SEED_PLACES = (
    "Tyresö",
    "Västernorrland",
    "Stockholms stad",
    "Stockholm",
    "Södertälje",
    "Sodertalje",
    "Södertälj",
    "Socialnämnden",
)
PREFIXES = (
    "Björk",
    "Ek",
    "Sjö",
    "Berg",
    "Lund",
    "Ås",
    "Dal",
    "Hag",
    "Strand",
    "Norr",
    "Sör",
    "Väster",
    "Öster",
    "Lind",
    "Al",
    "Gran",
    "Tall",
    "Ros",
    "Sand",
    "Sten",
)
SUFFIXES = (
    "by",
    "köping",
    "hamn",
    "vik",
    "stad",
    "holm",
    "näs",
    "fors",
    "torp",
    "hult",
    "ryd",
    "sjö",
    "berga",
    "mark",
    "bro",
    "tuna",
    "lösa",
    "vall",
    "sund",
    "ö",
    "ås",
    "dal",
    "hed",
    "strand",
    "inge",
)
KINDS = {
    "flat": "Flat",  # exact: every vector as float32
    "sq8": "SQ8",  # exact scan over 8-bit scalar-quantised vectors
    "hnsw": "HNSW32",
    "ivf-sq8": "IVF{lists},SQ8",
    "ivf-pq": "IVF{lists},PQ48,Refine(SQ8)",
}


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


# ------------------------------------------------------------------------------------ corpora


def place_name(i: int) -> str:
    a, b = PREFIXES[i % len(PREFIXES)], SUFFIXES[(i // len(PREFIXES)) % len(SUFFIXES)]
    k = i // (len(PREFIXES) * len(SUFFIXES))
    return f"{a}{b}" + (f" {k + 1}" if k else "")


def synthetic_corpus(n: int, dest: Path) -> None:
    seeds = sorted((ROOT / "corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    pattern = re.compile("|".join(re.escape(p) for p in sorted(SEED_PLACES, key=len, reverse=True)))
    dest.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        seed = texts[i % len(texts)]
        place = place_name(i)
        paragraphs = re.split(r"\n\s*\n", pattern.sub(place, seed))
        head, body = paragraphs[:3], paragraphs[3:]
        random.Random(i).shuffle(body)
        (dest / f"{i:04d}_synthetic_{i % len(texts)}.txt").write_text(
            "\n\n".join(head + body), encoding="utf-8"
        )


def corpus_run(n: int, queries: int) -> dict:
    from retrieval.service import Service
    from retrieval.settings import Settings

    gold = [
        json.loads(x) for x in (ROOT / "eval" / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x
    ]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        synthetic_corpus(n, corpus)
        svc = Service(Settings(corpus_dir=corpus, data_dir=Path(tmp) / "data"))
        svc.encoder  # noqa: B018 (the model loads outside the timing)
        t0 = time.perf_counter()
        report = svc.ingest(force=True)
        build = time.perf_counter() - t0
        st = svc.state()
        for g in gold[:3]:
            svc.ask(g["question"])  # warm up
        ms = []
        for i in range(queries):
            g = gold[i % len(gold)]
            st.retriever.clear_cache()
            t0 = time.perf_counter()
            svc.ask(g["question"], list(g.get("history") or []))
            ms.append((time.perf_counter() - t0) * 1000)
    return {
        "documents": report.documents,
        "chunks": report.chunks,
        "embedded": report.embedded,
        "build_s": build,
        "rss_mb": rss_mb(),
        "ask_p50_ms": statistics.median(ms),
        "ask_p95_ms": pct(ms, 0.95),
    }


# ------------------------------------------------------------------------------------ vectors


def vector_chunks(n: int, seed: int = 1, step: int = 100_000):
    """N clustered unit vectors, generated chunk by chunk (the whole set need not sit in memory)."""
    centres = np.random.default_rng(seed).standard_normal((1000, DIM)).astype("float32")
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    for start in range(0, n, step):
        rng = np.random.default_rng(seed * 1_000_003 + start)
        m = min(step, n - start)
        x = centres[rng.integers(0, len(centres), m)] + 0.06 * rng.standard_normal((m, DIM)).astype("float32")
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        yield x.astype("float32")


def _held_out(n_queries: int) -> np.ndarray:
    """Queries from the same clusters as the set (same centres), but not in it."""
    centres = np.random.default_rng(1).standard_normal((1000, DIM)).astype("float32")
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    rng = np.random.default_rng(99)
    q = centres[rng.integers(0, len(centres), n_queries)] + 0.06 * rng.standard_normal((n_queries, DIM))
    return (q / np.linalg.norm(q, axis=1, keepdims=True)).astype("float32")


def exact_truth(n: int, q: np.ndarray, k: int = 10) -> np.ndarray:
    """Exact top-k ids by brute force over the chunks."""
    best_s = np.full((len(q), k), -np.inf, dtype="float32")
    best_i = np.zeros((len(q), k), dtype="int64")
    start = 0
    for x in vector_chunks(n):
        s = q @ x.T
        top = np.argpartition(-s, k, axis=1)[:, :k]
        cand_s = np.concatenate([best_s, np.take_along_axis(s, top, 1)], axis=1)
        cand_i = np.concatenate([best_i, top + start], axis=1)
        order = np.argsort(-cand_s, axis=1)[:, :k]
        best_s, best_i = np.take_along_axis(cand_s, order, 1), np.take_along_axis(cand_i, order, 1)
        start += len(x)
    return best_i


def vector_run(kind: str, n: int, truth_file: Path) -> dict:
    import faiss

    faiss.omp_set_num_threads(os.cpu_count() or 1)  # building uses every core
    lists = max(64, int(4 * np.sqrt(n)))
    index = faiss.index_factory(DIM, KINDS[kind].format(lists=lists), faiss.METRIC_INNER_PRODUCT)
    t0 = time.perf_counter()
    if not index.is_trained:
        train = next(vector_chunks(min(n, 100_000), seed=1, step=min(n, 100_000)))
        index.train(train[: min(max(lists * 40, 20_000), 60_000)])
        del train
    if kind == "hnsw":
        faiss.downcast_index(index).hnsw.efConstruction = 64
    for x in vector_chunks(n):
        index.add(x)
    build = time.perf_counter() - t0
    if kind.startswith("ivf"):
        from retrieval.index import ivf_nprobe

        faiss.extract_index_ivf(index).nprobe = ivf_nprobe(lists)  # as the product's OVERENS_FAISS_INDEX=ivf
    if kind == "ivf-pq":
        faiss.downcast_index(index).k_factor = 8  # re-rank 80 PQ candidates with the 8-bit vectors
    if kind == "hnsw":
        faiss.downcast_index(index).hnsw.efSearch = 96
    q = _held_out(200)
    truth = np.load(truth_file)
    faiss.omp_set_num_threads(1)  # one query, one thread: what a request gets
    ms, found = [], []
    for i in range(len(q)):
        t0 = time.perf_counter()
        _, ids = index.search(q[i : i + 1], 10)
        ms.append((time.perf_counter() - t0) * 1000)
        found.append(len(set(ids[0]) & set(truth[i])) / 10)
    return {
        "kind": kind,
        "factory": KINDS[kind].format(lists=lists),
        "n": n,
        "build_s": build,
        "recall@10": float(np.mean(found)),
        "search_p50_ms": statistics.median(ms),
        "search_p95_ms": pct(ms, 0.95),
        "rss_mb": rss_mb(),
    }


# ------------------------------------------------------------------------------------ driver


def child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False)
    lines = [x for x in out.stdout.splitlines() if x.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"{' '.join(args)} failed: {out.stderr.strip()[-1500:]}")
    return json.loads(lines[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[5], help="corpus sizes in documents (default 5)")
    ap.add_argument("--queries", type=int, default=60, help="asks per corpus size")
    ap.add_argument("--vectors", type=int, default=100_000, help="vector set size (0: skip; 1000000 for 1M)")
    ap.add_argument(
        "--kinds",
        nargs="*",
        default=["flat", "ivf-sq8"],
        help=f"FAISS index kinds, of {', '.join(KINDS)} (hnsw and ivf-pq build slowly at 1M)",
    )
    ap.add_argument("--corpus-child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--vector-child", help=argparse.SUPPRESS)
    ap.add_argument("--truth", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.corpus_child:
        print(json.dumps(corpus_run(args.corpus_child, args.queries)))
        return 0
    if args.vector_child:
        print(json.dumps(vector_run(args.vector_child, args.vectors, args.truth)))
        return 0

    if args.sizes:
        print(
            f"{'docs':>5} {'chunks':>7} {'embedded':>9} {'build s':>8} {'RSS MB':>7} "
            f"{'ask p50':>8} {'ask p95':>8}"
        )
        first = None
        for n in args.sizes:
            r = child(["--corpus-child", str(n), "--queries", str(args.queries)])
            first = first or r
            print(
                f"{r['documents']:5d} {r['chunks']:7d} {r['embedded']:9d} {r['build_s']:8.1f} "
                f"{r['rss_mb']:7.0f} {r['ask_p50_ms']:8.1f} {r['ask_p95_ms']:8.1f}   "
                f"ask p50 x{r['ask_p50_ms'] / first['ask_p50_ms']:.2f} "
                f"of {first['documents']} docs",
                flush=True,
            )
    if args.vectors:
        with tempfile.TemporaryDirectory() as tmp:
            truth_file = Path(tmp) / "truth.npy"
            t0 = time.perf_counter()
            np.save(truth_file, exact_truth(args.vectors, _held_out(200)))
            print(
                f"\n{args.vectors} x {DIM} vectors; exact top 10 of 200 queries by brute force in "
                f"{time.perf_counter() - t0:.1f} s"
            )
            print(
                f"{'kind':8} {'factory':34} {'build s':>8} {'recall@10':>9} {'p50 ms':>7} "
                f"{'p95 ms':>7} {'RSS MB':>7}"
            )
            for kind in args.kinds:
                r = child(
                    ["--vector-child", kind, "--vectors", str(args.vectors), "--truth", str(truth_file)]
                )
                print(
                    f"{kind:8} {r['factory']:34} {r['build_s']:8.1f} {r['recall@10']:9.3f} "
                    f"{r['search_p50_ms']:7.2f} {r['search_p95_ms']:7.2f} {r['rss_mb']:7.0f}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
