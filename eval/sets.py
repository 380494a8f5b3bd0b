"""The labelled question sets and the corpus they are asked over.

The evaluation corpus is the five seeds plus every document of the layout suite (development
and blind). Questions come in three formats, all read into `GoldQuestion`s whose passages are
exact spans of the indexed documents' text:
- eval/*.jsonl: passages with `start` offsets into a seed file;
- eval/qa/*.jsonl: passages as verbatim quotes `{"source", "quote"}`, located in the text;
- tests/layouts/*/expected.json: each document's questions, quotes located in its text.

FIT sets are what `overens fit` learns weights from (and reports cross-validated figures on);
BLIND sets are measured as aggregates only and never fitted on or read for failures.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from retrieval.settings import ROOT

from .layouts import _tokens, cases, locate
from .metrics import GoldPassage, GoldQuestion, load_gold

EVAL = ROOT / "eval"
FIT_SETS = (
    "gold",
    "holdout",
    "blind",
    "blind3",
    "blind5",
    "qa/dev_seeds",
    "qa/dev_layouts",
    "layouts/dev",
    "layouts/dev_scoped",
)
BLIND_SETS = ("blind2", "blind4", "blind6", "qa/blind", "layouts/blind", "layouts/blind_scoped")
SCOPED = ":scoped"  # the id suffix of a question asked within its own document


def build_corpus(folder: Path) -> Path:
    """The evaluation corpus (seeds + layout suite) copied into `folder`; returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {p.name: p for p in (ROOT / "corpus").iterdir() if p.name != "metadata.json"}
    for c in cases(False) + cases(True):
        wanted[c.file.name] = c.file
    for p in folder.iterdir():
        if p.name not in wanted:
            p.unlink()
    for name, src in wanted.items():
        dst = folder / name
        if not dst.exists() or dst.read_bytes() != src.read_bytes():
            shutil.copy(src, dst)
    return folder


def _located(
    qid: str,
    question: str,
    language: str,
    qtype: str,
    noisy: bool,
    history: list[str],
    answerable: bool,
    quotes: list[tuple[str, str]],
    must: list[str],
    texts: dict[str, str],
    toks: dict[str, Any],
    document: str | None = None,
) -> GoldQuestion:
    passages = []
    for source, quote in quotes:
        text = texts.get(source)
        if text is None:
            continue
        if source not in toks:
            toks[source] = _tokens(text)
        span = locate(quote, text, toks[source])
        if span:
            passages.append(GoldPassage(source, text[span[0] : span[1]], span[0]))
    return GoldQuestion(
        qid,
        question,
        language,
        qtype,
        noisy,
        tuple(history),
        answerable,
        tuple(passages),
        tuple(must),
        document,
    )


def load_set(name: str, texts: dict[str, str]) -> list[GoldQuestion]:
    """One named set; `texts` maps each corpus file name to its indexed document text.
    `layouts/dev_scoped` and `layouts/blind_scoped` are the layout suite's questions each asked
    within its own document (the document filter set in the UI or the API)."""
    toks: dict[str, Any] = {}
    if name.startswith("layouts/"):
        out = []
        scoped = name.endswith("_scoped")
        for c in cases(name.startswith("layouts/blind")):
            for q in c.expected.get("questions", []):
                quotes = [(c.file.name, g) for g in q.get("gold", [])]
                out.append(
                    _located(
                        f"{c.name}:{q['id']}{SCOPED if scoped else ''}",
                        q["question"],
                        q.get("language", "sv"),
                        "layout",
                        False,
                        [],
                        bool(q.get("answerable", True)),
                        quotes,
                        q.get("must_mention", []),
                        texts,
                        toks,
                        c.file.name if scoped else None,
                    )
                )
        return out
    path = EVAL / f"{name}.jsonl"
    if name.startswith("qa/"):
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            quotes = [(g["source"], g["quote"]) for g in q.get("gold", [])]
            out.append(
                _located(
                    q["id"],
                    q["question"],
                    q.get("language", "sv"),
                    q.get("type", "fact"),
                    bool(q.get("noisy")),
                    q.get("history", []),
                    bool(q.get("answerable", True)),
                    quotes,
                    q.get("must_mention", []),
                    texts,
                    toks,
                )
            )
        return out
    return load_gold(path)


def available(names: tuple[str, ...]) -> tuple[str, ...]:
    """The sets of `names` whose files exist (a set not written yet is skipped)."""
    out = []
    for n in names:
        if n.startswith("layouts/") or (EVAL / f"{n}.jsonl").exists():
            out.append(n)
    return tuple(out)
