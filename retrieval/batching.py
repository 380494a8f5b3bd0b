"""Concurrent queries, micro-batched: many requests' query encodes become few encode calls.

`QueryBatcher` wraps an `Encoder`. `encode_queries` puts the texts on a bounded queue and waits;
`workers` threads (one per core) each take what is queued, up to `max_batch` queries, and encode
it in one call. A worker that finds one query alone and no other worker busy encodes it at
once, so a single request pays only the hand-over (tens of microseconds); under load, a worker
whose peers are busy waits `window_ms` for company before encoding. When `max_pending` queries
already wait, a new one is refused at once with `Overloaded` (HTTP 503 with Retry-After)
instead of letting every request's latency grow without bound.

Passages (index builds) go to the wrapped encoder directly.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass, field

import numpy as np

from ingest.errors import Overloaded

log = logging.getLogger(__name__)


@dataclass
class _Request:
    texts: list[str]
    done: threading.Event = field(default_factory=threading.Event)
    result: np.ndarray | None = None
    error: BaseException | None = None


class QueryBatcher:
    def __init__(
        self, encoder, workers: int = 1, max_pending: int = 64, window_ms: float = 2.0, max_batch: int = 8
    ) -> None:
        if workers < 1 or max_pending < 1 or max_batch < 1 or window_ms < 0:
            raise ValueError("workers, max_pending and max_batch must be >= 1 and window_ms >= 0")
        self.encoder = encoder
        self.name = encoder.name
        self.dim = encoder.dim
        self.workers = workers
        self.max_pending = max_pending
        self.window = window_ms / 1000
        self.max_batch = max_batch
        self._queue: queue.Queue[_Request] = queue.Queue()
        self._pending = 0  # queued, not yet taken by a worker
        self._busy = 0  # workers encoding now
        self._lock = threading.Lock()
        self.batches = 0  # encode calls made, and queries in them (for benchmarks)
        self.batched_queries = 0
        self._threads = [
            threading.Thread(target=self._work, name=f"query-batcher-{i}", daemon=True)
            for i in range(workers)
        ]
        for t in self._threads:
            t.start()

    def __getattr__(self, attr: str):  # max_seq_length, folder, model ... of the wrapped encoder
        if attr == "encoder":
            raise AttributeError(attr)
        return getattr(self.encoder, attr)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self.encoder.encode_passages(texts)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        if isinstance(texts, str):
            raise TypeError("encode_* takes a list of strings, not a single string")
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        req = _Request(list(texts))
        with self._lock:
            if self._pending >= self.max_pending:
                raise Overloaded(
                    f"{self._pending} questions are already waiting for the encoder (the limit is "
                    f"{self.max_pending}, OVERENS_MAX_PENDING_QUERIES): retry in a second",
                    retry_after=1,
                )
            self._pending += 1
        self._queue.put(req)
        req.done.wait()
        if req.error is not None:
            raise req.error
        assert req.result is not None
        return req.result

    def _take(self, block: bool, timeout: float | None = None) -> _Request | None:
        try:
            req = self._queue.get(block, timeout)
        except queue.Empty:
            return None
        with self._lock:
            self._pending -= 1
        return req

    def _work(self) -> None:
        while True:
            first = self._take(True)
            assert first is not None
            batch = [first]
            n = len(first.texts)
            with self._lock:
                others_busy = self._busy > 0
                self._busy += 1
            deadline = time.monotonic() + (self.window if others_busy else 0.0)
            while n < self.max_batch:
                left = deadline - time.monotonic()
                req = self._take(left > 0, max(left, 0.0)) if left > 0 else self._take(False)
                if req is None:
                    break
                batch.append(req)
                n += len(req.texts)
            try:
                self._run(batch)
            finally:
                with self._lock:
                    self._busy -= 1

    def _run(self, batch: list[_Request]) -> None:
        texts = [t for r in batch for t in r.texts]
        try:
            vecs = self.encoder.encode_queries(texts)
        except BaseException as exc:  # each waiting request gets the error, the worker lives on
            for r in batch:
                r.error = exc
                r.done.set()
            return
        self.batches += 1
        self.batched_queries += len(texts)
        at = 0
        for r in batch:
            r.result = np.ascontiguousarray(vecs[at : at + len(r.texts)])
            at += len(r.texts)
            r.done.set()
