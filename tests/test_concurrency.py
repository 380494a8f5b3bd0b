"""Concurrency: queries do not wait for each other beyond the model; re-ingest while serving loses no
query, serves no stale citation and never leaves the index link dangling."""

from __future__ import annotations

import os
import random
import threading
import time
from collections import defaultdict

from fastapi.testclient import TestClient

from app.api import create_app
from retrieval.records import Filters
from tests.fakes import HashingEncoder

QUESTIONS = [
    ("Vad åtar sig Åkerlunda kommun?", Filters(document="akerlunda")),
    ("Vad gäller om dialog?", None),
    ("Vad åtar sig Fjällvik kommun?", Filters(document="fjallvik")),
    ("Hur ska parterna följa upp överenskommelsen?", None),
    ("What does the municipality commit to?", None),
]
CHANGED = "akerlunda_policy.txt"


def _check_link(root) -> str | None:
    """None if data/index resolves to a complete folder, else what is wrong."""
    target = (root / "index").resolve()
    if target.name.startswith(".building-"):
        return f"the link points at a folder still being built: {target}"
    if not (target / "manifest.json").is_file():
        return f"the link points at {target}, which has no manifest.json"
    return None


def test_queries_run_while_documents_change_and_the_index_is_rebuilt(small_corpus, make_service):
    svc = make_service(small_corpus)
    svc.ingest()
    svc.state()
    root = svc.settings.data_dir
    original = (small_corpus / CHANGED).read_text(encoding="utf-8")
    # every text each source ever had: a citation must be exact against one of them
    versions: dict[str, set[str]] = defaultdict(set)
    for p in small_corpus.glob("*.txt"):
        versions[p.name].add(p.read_text(encoding="utf-8"))
    versions_lock = threading.Lock()
    stop = threading.Event()
    errors: list[str] = []
    counts = defaultdict(int)

    def reader(seed: int) -> None:
        rnd = random.Random(seed)
        while not stop.is_set():
            q, flt = rnd.choice(QUESTIONS)
            try:
                # the served answer, checked against every version of the file
                a = svc.ask(q, [], flt)
                with versions_lock:
                    for c in a.citations:
                        if not any(t[c.start : c.end] == c.text for t in versions[c.source]):
                            errors.append(
                                f"citation [{c.start}:{c.end}] of {c.source} matches no version: {c.text!r}"
                            )
                # a snapshot of the loaded state: its hits are exact against its own stored documents
                st = svc.state()
                for h in st.retriever.search(q, 5, flt):
                    stored = st.retriever.data.documents[h.chunk.doc_id].text
                    if stored[h.chunk.start : h.chunk.end] != h.chunk.text:
                        errors.append(
                            f"hit {h.chunk.doc_id} [{h.chunk.start}:{h.chunk.end}] not in its index"
                        )
                counts["queries"] += 1
                time.sleep(0.005)  # leave the rebuild some of the GIL
            except Exception as e:  # a lost query is the failure this test is about
                errors.append(f"query {q!r} failed: {type(e).__name__}: {e}")

    def monitor() -> None:
        while not stop.is_set():
            try:
                problem = _check_link(root)
            except OSError as e:
                problem = f"the link cannot be resolved: {e}"
            if problem:
                errors.append(problem)
            counts["link checks"] += 1
            time.sleep(0.001)

    threads = [threading.Thread(target=reader, args=(i,)) for i in range(3)]
    threads.append(threading.Thread(target=monitor))
    for t in threads:
        t.start()
    try:
        for i in range(4):
            # a prefix shifts every later offset: a stale index would cite the wrong characters
            text = f"Version {i}. Kommunen åtar sig att föra dialog om ändring {i}.\n\n" + original
            with versions_lock:
                versions[CHANGED].add(text)
            (small_corpus / CHANGED).write_text(text, encoding="utf-8")
            if i == 1:  # a document is added
                added = "Överenskommelse mellan Ny kommun och föreningarna\n\nKommunen åtar sig att lyssna.\n"
                with versions_lock:
                    versions["added.txt"].add(added)
                (small_corpus / "added.txt").write_text(added, encoding="utf-8")
            report = svc.ingest()
            assert report.rebuilt and not report.failures
            assert _check_link(root) is None
            time.sleep(0.05)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=30)
    assert not errors, errors[:5]
    assert counts["queries"] > 20 and counts["link checks"] > 20, counts
    # the served index is the last one built, and it holds the last version of the changed file
    stored = svc.retriever.data.documents["akerlunda"].text
    assert stored.startswith("Version 3.") and "added" in {d.doc_id for d in svc.retriever.documents()}
    assert not list(root.glob(".building-*"))
    assert len(list(root.glob("index-*"))) <= 2  # the new index and the one before it


def test_two_rebuilds_at_once_leave_a_complete_index(small_corpus, make_service, monkeypatch):
    svc = make_service(small_corpus)
    svc.ingest()
    svc.state()
    real_symlink = os.symlink

    def slow_symlink(*args, **kwargs):
        time.sleep(0.3)  # widen the gap between a build's rename and its link, where the other build prunes
        return real_symlink(*args, **kwargs)

    monkeypatch.setattr(os, "symlink", slow_symlink)
    errors: list[str] = []

    def rebuild() -> None:
        for _ in range(2):
            try:
                svc.ingest(force=True)
            except Exception as e:
                errors.append(f"{type(e).__name__}: {e}")

    threads = [threading.Thread(target=rebuild) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    root = svc.settings.data_dir
    assert _check_link(root) is None
    assert svc.retriever.data.path == (root / "index").resolve()
    assert svc.ask("Vad åtar sig Åkerlunda kommun?").citations


class SlowEncoder(HashingEncoder):
    """The hashing encoder with a 0.2 s query encode that, like torch, releases the GIL while it works."""

    delay = 0.2

    def encode_queries(self, texts):
        time.sleep(self.delay)
        return super().encode_queries(texts)


def _concurrent(fn, n: int) -> float:
    errors: list[BaseException] = []

    def run():
        try:
            fn()
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=run) for _ in range(n)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    return time.perf_counter() - t0


def test_concurrent_queries_do_not_serialise_outside_the_model(small_corpus, make_service):
    from retrieval.service import Service

    make_service(small_corpus).ingest()
    built = make_service(small_corpus).settings
    svc = Service(built, encoder=SlowEncoder())
    svc.state()
    t0 = time.perf_counter()
    svc.ask("Vad åtar sig Åkerlunda kommun?")
    one = time.perf_counter() - t0
    assert one >= SlowEncoder.delay
    n = 8
    # in the library: 8 questions at once take about as long as one, not 8 times as long
    assert _concurrent(lambda: svc.ask("Vad åtar sig Åkerlunda kommun?"), n) < n * one / 3
    # through the HTTP app (sync routes run in the threadpool)
    with TestClient(create_app(built, service=svc)) as client:

        def ask():
            r = client.post("/ask", json={"question": "Vad åtar sig Åkerlunda kommun?"})
            assert r.status_code == 200, r.text

        assert _concurrent(ask, n) < n * one / 3


def test_a_server_follows_an_index_another_process_swapped_in(make_service, small_corpus):
    """Several `overens serve` processes share one index folder: a rebuild by one reaches the others."""
    import shutil
    import time

    from tests.conftest import CORPUS

    builder = make_service(small_corpus)
    builder.ingest()
    follower = make_service(small_corpus, follow_index=True)
    still = make_service(small_corpus)  # without following: keeps what it loaded
    before = follower.retriever.data.path
    n = len(follower.retriever.data.documents)
    assert still.retriever.data.path == before
    shutil.copy(CORPUS / "004_8c146200d86916f7.txt", small_corpus / "004_8c146200d86916f7.txt")
    builder.ingest()  # a new folder, swapped in by rename
    time.sleep(1.05)  # the link is looked at once a second at most
    after = follower.retriever.data.path
    assert after != before and after == (follower.settings.data_dir / "index").resolve()
    assert len(follower.retriever.data.documents) == n + 1
    assert still.retriever.data.path == before and len(still.retriever.data.documents) == n
