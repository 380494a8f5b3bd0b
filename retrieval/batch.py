"""Answers for a batch of questions: `overens ask --batch IN.jsonl` and the evaluation (eval/run.py).

One input line is `{"id", "question", "history": [..]}`; one output row per non-blank line carries the
same `id` and the answer JSON with its `latency_ms`, or `{"id", "error"}` naming the line and what was
wrong with it. A bad line never stops the batch; the model loads once (one `Service`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from typing import Any

from ingest.errors import BadQuestion, OverensError

from .records import Filters
from .service import Service, answer_json


class LineError(BadQuestion):
    """A batch line that is not a question object; carries the line's id where it has one."""

    def __init__(self, qid: Any, message: str):
        super().__init__(message)
        self.qid = qid


def read_line(line: str) -> tuple[Any, str, list[str]]:
    """(id, question, history) of one input line; a LineError saying what is wrong with it, which keeps
    the id where it is readable, so that the error row still carries it."""
    try:
        item = json.loads(line)
    except ValueError as e:
        raise LineError(
            None,
            f'not valid JSON ({e}); write one object per line: {{"id": 1, "question": "…", "history": []}}',
        ) from e
    if not isinstance(item, dict):
        raise LineError(None, f"expected a JSON object, got {type(item).__name__}")
    qid, question, history = item.get("id"), item.get("question", ""), item.get("history") or []
    if not isinstance(question, str):
        raise LineError(qid, f"'question' must be a string, got {type(question).__name__}")
    if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
        raise LineError(qid, "'history' must be a list of earlier questions (strings)")
    return qid, question, history


def answer_lines(
    svc: Service, lines: Iterable[str], filters: Filters | None = None
) -> Iterator[dict[str, Any]]:
    """One output row per non-blank JSONL line, in order (see the module's docstring)."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        qid = None
        try:
            qid, question, history = read_line(line)
            t0 = time.perf_counter()
            row = answer_json(svc.ask(question, history, filters))
            row["latency_ms"] = round((time.perf_counter() - t0) * 1000, 2)
        except LineError as e:
            qid, row = e.qid, {"error": f"line {lineno}: {e}"}
        except OverensError as e:
            row = {"error": f"line {lineno}: {e}"}
        yield {"id": qid, **row}
