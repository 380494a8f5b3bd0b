"""Real servers for the slow and browser tiers: `overens serve` (and Streamlit) as subprocesses on
loopback ports, their output in a log file, stopped on exit."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from retrieval.settings import ROOT, Settings

API_START_SECONDS = 300  # loads the model and the already built index


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def venv_bin(name: str) -> str:
    """A console script of the running interpreter's environment (`overens`, `streamlit`, `schemathesis`)."""
    return str(Path(sys.executable).parent / name)


class Server:
    """A subprocess serving HTTP on 127.0.0.1, its output in a log file; stopped on exit."""

    def __init__(self, name: str, command: list[str], url: str, log: Path, env: dict[str, str]):
        self.name, self.url, self.log = name, url, log
        with log.open("wb") as out:
            self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)

    def wait(self, probe: str, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"{self.name} exited with code {self.process.returncode}:\n{self.tail()}")
            try:
                if httpx.get(self.url + probe, timeout=5).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.5)
        self.stop()
        pytest.fail(f"{self.name} did not answer {self.url}{probe} within {seconds:.0f} s:\n{self.tail()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def tail(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-3000:]


@contextmanager
def overens_serve(settings: Settings, log: Path) -> Iterator[str]:
    """`overens serve` over the index and corpus of `settings` (the real model); yields its address."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("OVERENS_")}
    env.update(
        OVERENS_DATA_DIR=str(settings.data_dir),
        OVERENS_CORPUS_DIR=str(settings.corpus_dir),
        OVERENS_CACHE_DIR=str(settings.cache_dir),
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
    )
    server = Server(
        "overens serve",
        [venv_bin("overens"), "serve", "--host", "127.0.0.1", "--port", str(port)],
        f"http://127.0.0.1:{port}",
        log,
        env,
    )
    try:
        server.wait("/health", API_START_SECONDS)
        yield server.url
    finally:
        server.stop()
