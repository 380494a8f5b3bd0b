"""Load test: start `overens serve` on a free loopback port and drive POST /ask with concurrent clients.

    .venv/bin/python scripts/load.py [--seconds 60] [--clients 32] [--max-requests 50000] [--data-dir DIR]
                                     [--encoder onnx|onnx-int8|torch] [--workers N] [--no-reference]

The server is a second process (`overens serve --host 127.0.0.1`), its index folder is
`--data-dir` (OVERENS_DATA_DIR; built on first use, reused afterwards). Questions are drawn
from eval/gold.jsonl with their history. The run is bounded in time (`--seconds`) and in count
(`--max-requests`). Prints requests, errors (non-2xx or exceptions), throughput and latency
p50/p95/p99, stops the server, and exits 1 if any request failed. Loopback only.

Before the load, the same machine's single-query encode time is measured in this process for
torch (one thread) and for ONNX Runtime (the reference), and the run ends with the ratios the
targets are stated in: one client's ask p50 against each encode, and 32 clients' throughput and
p99 against the torch encode.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, round(q * (len(sorted_values) - 1)))]


UNIQUE = True


def questions(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"question": r["question"], "history": r.get("history") or []} for r in rows]


def start_server(
    port: int, data_dir: Path, log, encoder: str | None = None, workers: int = 1
) -> subprocess.Popen:
    exe = shutil.which("overens", path=str(Path(sys.executable).parent))
    cmd = [exe] if exe else [sys.executable, "-m", "app.cli"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("OVERENS_")}
    env.update(
        OVERENS_DATA_DIR=str(data_dir),
        OVERENS_ADMIN_TOKEN="",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        TOKENIZERS_PARALLELISM="false",
    )
    if encoder:
        env["OVERENS_ENCODER"] = encoder
    return subprocess.Popen(
        [*cmd, "serve", "--host", HOST, "--port", str(port), "--workers", str(workers)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def wait_ready(proc: subprocess.Popen, base: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with code {proc.returncode} before it was ready")
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"the server was not ready after {timeout:.0f} s")


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)  # its own session: uvicorn and nothing else of ours
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


async def drive(base: str, pool: list[dict], clients: int, seconds: float, max_requests: int, seed: int):
    latencies: list[float] = []
    errors: collections.Counter[str] = collections.Counter()
    issued = 0
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as http:

        async def client(n: int) -> None:
            nonlocal issued
            rnd = random.Random(seed + n)
            while time.monotonic() < deadline and issued < max_requests:
                issued += 1
                body = dict(rnd.choice(pool))
                if UNIQUE:
                    # a request number makes every question new: no query-embedding cache hits
                    body["question"] = f"{body['question']} ({issued})"
                t0 = time.perf_counter()
                try:
                    r = await http.post("/ask", json=body)
                    ok = 200 <= r.status_code < 300 and "answer" in r.json()
                    if not ok:
                        errors[f"HTTP {r.status_code}: {r.text[:120]}"] += 1
                except Exception as e:  # a refused connection, a timeout: counted, never fatal
                    errors[f"{type(e).__name__}: {e}"[:160]] += 1
                    continue
                if ok:
                    latencies.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        await asyncio.gather(*(client(n) for n in range(clients)))
        wall = time.perf_counter() - t0
    return latencies, errors, wall


def encode_reference(n: int = 100) -> dict[str, float]:
    """Median single-query encode (ms) for torch at one thread and for ONNX Runtime, in this process."""
    import statistics

    sys.path.insert(0, str(ROOT))
    import torch

    from retrieval.embedder import load_encoder
    from retrieval.settings import Settings

    torch.set_num_threads(1)
    settings = Settings()
    out = {}
    for backend in ("torch", "onnx"):
        enc = load_encoder(settings.model, settings.cache_dir, backend=backend)
        ms = []
        for i in range(n + 5):
            q = f"Hur ska överenskommelsen följas upp och utvärderas av parterna? ({i})"
            t0 = time.perf_counter()
            enc.encode_queries([q])
            if i >= 5:  # the first calls warm up
                ms.append((time.perf_counter() - t0) * 1000)
        out[backend] = statistics.median(ms)
        del enc
    return out


def report(title: str, latencies: list[float], errors: collections.Counter, wall: float) -> dict[str, float]:
    lat = sorted(x * 1000 for x in latencies)
    n_err = sum(errors.values())
    print(f"{title}")
    print(f"  requests    {len(lat) + n_err}")
    print(f"  errors      {n_err}")
    print(f"  duration    {wall:.1f} s")
    print(f"  throughput  {len(lat) / wall:.1f} req/s")
    print(
        f"  latency ms  p50 {percentile(lat, 0.50):.0f}  p95 {percentile(lat, 0.95):.0f}  "
        f"p99 {percentile(lat, 0.99):.0f}  max {lat[-1] if lat else float('nan'):.0f}"
    )
    for what, n in errors.most_common(5):
        print(f"  {n} x {what}")
    return {"throughput": len(lat) / wall, "p50": percentile(lat, 0.50), "p99": percentile(lat, 0.99)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="how long to drive the load (default 60)")
    ap.add_argument("--clients", type=int, default=32, help="concurrent clients (default 32)")
    ap.add_argument("--max-requests", type=int, default=50_000, help="stop after this many requests")
    ap.add_argument(
        "--baseline",
        type=float,
        default=10.0,
        help="seconds of one client first, to compare latency without contention (0: skip)",
    )
    ap.add_argument(
        "--data-dir",
        type=Path,
        default=ROOT / ".cache" / "load-data",
        help="the server's index folder (built on first use, then reused)",
    )
    ap.add_argument("--gold", type=Path, default=ROOT / "eval" / "gold.jsonl")
    ap.add_argument("--startup-timeout", type=float, default=900.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--encoder", choices=("onnx", "onnx-int8", "torch"), help="the server's OVERENS_ENCODER")
    ap.add_argument("--workers", type=int, default=1, help="`overens serve --workers N` (default 1)")
    ap.add_argument("--no-reference", action="store_true", help="skip the in-process encode reference")
    ap.add_argument(
        "--repeat",
        action="store_true",
        help="send the gold questions as they are (repeats hit the server's query cache); "
        "by default each request is made unique so every query is encoded",
    )
    args = ap.parse_args()
    if not 1 <= args.clients <= 256 or args.seconds <= 0 or args.max_requests < 1:
        ap.error("--clients must be 1..256, --seconds and --max-requests positive")

    pool = questions(args.gold)
    global UNIQUE
    UNIQUE = not args.repeat
    args.data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    base = f"http://{HOST}:{port}"
    with tempfile.TemporaryFile("w+") as log:
        proc = start_server(port, args.data_dir, log, args.encoder, args.workers)
        try:
            t0 = time.perf_counter()
            wait_ready(proc, base, args.startup_timeout)
            print(f"server {base} ready in {time.perf_counter() - t0:.1f} s (data {args.data_dir})")
            ref = {} if args.no_reference else encode_reference()  # the server idles meanwhile
            for backend, ms in ref.items():
                print(f"query encode in-process, {backend:5}  median {ms:.1f} ms")
            for _ in range(4 * args.workers):
                httpx.post(f"{base}/ask", json=pool[0], timeout=120)  # warm-up (every worker, likely)
            one = {}
            if args.baseline > 0:
                one = report(
                    "1 client (baseline)",
                    *asyncio.run(drive(base, pool, 1, args.baseline, args.max_requests, args.seed)),
                )
            latencies, errors, wall = asyncio.run(
                drive(base, pool, args.clients, args.seconds, args.max_requests, args.seed)
            )
            many = report(f"{args.clients} clients, {args.seconds:.0f} s", latencies, errors, wall)
            if ref:
                torch_ms, onnx_ms = ref["torch"], ref["onnx"]
                print("ratios (targets in issue 17)")
                if one:
                    print(f"  1 client ask p50 / onnx encode   {one['p50'] / onnx_ms:.2f}   (target <= 1.15)")
                    print(f"  1 client ask p50 / torch encode  {one['p50'] / torch_ms:.2f}   (target <= 0.6)")
                print(
                    f"  {args.clients} clients throughput x torch encode  "
                    f"{many['throughput'] * torch_ms / 1000:.2f}   (target >= 3)"
                )
                print(
                    f"  {args.clients} clients p99 / torch encode  "
                    f"{many['p99'] / torch_ms:.1f}   (target <= 8)"
                )
        except RuntimeError as e:
            log.seek(0)
            tail = log.read()[-3000:]
            print(f"error: {e}\n--- server output ---\n{tail}", file=sys.stderr)
            return 2
        finally:
            stop_server(proc)
    return 1 if errors or not latencies else 0


if __name__ == "__main__":
    sys.exit(main())
