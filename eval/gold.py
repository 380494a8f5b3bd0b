"""The gold set: its records and its loader (`load_gold`), which checks every line against the corpus.

A gold file is JSONL, one question a line: `id`, `question`, `language`, `type` (one of `GOLD_TYPES`),
`history`, `answerable`, `gold` (passages: `source`, `text`, `start`) and `must_mention` (1 to 3
phrases). A malformed line is a `GoldFormatError` naming the file, the line and the field.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.errors import BadPath, GoldFormatError

GOLD_TYPES: tuple[str, ...] = (
    "obligation",
    "definition",
    "principle_list",
    "fact",
    "comparison",
    "followup",
    "unanswerable",
)
LANGUAGES: tuple[str, ...] = ("sv", "en")


@dataclass(frozen=True)
class GoldPassage:
    source: str  # file name in corpus/
    text: str  # exact characters of the original file
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class GoldQuestion:
    id: str
    question: str
    language: str  # "sv" | "en"
    type: str  # one of GOLD_TYPES
    noisy: bool
    history: tuple[str, ...]
    answerable: bool
    gold: tuple[GoldPassage, ...]
    must_mention: tuple[str, ...]
    # the corpus file the question is asked within (the document filter a user sets), or None
    document: str | None = None


def load_file_texts(corpus_dir: str | Path) -> dict[str, str]:
    """Every ``*.txt`` file of the corpus folder, decoded as UTF-8 exactly (no newline translation)."""
    folder = Path(corpus_dir)
    return {p.name: p.read_bytes().decode("utf-8") for p in sorted(folder.glob("*.txt"))}


def load_gold(path: str | Path, corpus_dir: str | Path | None = None) -> list[GoldQuestion]:
    """Read and validate the gold file (one JSON object per line; blank lines are skipped).

    Each passage needs ``start`` unless ``corpus_dir`` is given, in which case a missing ``start`` is
    resolved from the text (it must then occur exactly once) and every passage is checked against
    its file. Raises :class:`GoldFormatError` naming the line at the first problem.
    """
    path = Path(path)
    texts = load_file_texts(corpus_dir) if corpus_dir is not None else None
    questions: list[GoldQuestion] = []
    seen: dict[str, int] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        reason = e.strerror if isinstance(e, OSError) else "not UTF-8"
        raise BadPath(
            f"gold file {path} cannot be read ({reason}); give a UTF-8 JSONL file (--gold FILE)"
        ) from e
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path.name} line {lineno}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
        question = _parse_question(raw, where, texts)
        if question.id in seen:
            raise GoldFormatError(f"{where}: id {question.id!r} already used on line {seen[question.id]}")
        seen[question.id] = lineno
        questions.append(question)
    if not questions:
        raise GoldFormatError(f"{path}: no questions; expected one JSON object per line")
    return questions


def _parse_question(raw: Any, where: str, texts: Mapping[str, str] | None) -> GoldQuestion:
    if not isinstance(raw, dict):
        raise GoldFormatError(f"{where}: expected a JSON object, got {type(raw).__name__}")

    def field(name: str, kind: type | tuple[type, ...]) -> Any:
        if name not in raw:
            raise GoldFormatError(f"{where}: missing field {name!r}")
        value = raw[name]
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise GoldFormatError(f"{where}: field {name!r} has the wrong type ({type(value).__name__})")
        return value

    qid = field("id", str)
    question = field("question", str)
    language = field("language", str)
    qtype = field("type", str)
    noisy = field("noisy", bool)
    answerable = field("answerable", bool)
    history = raw.get("history", [])
    gold_raw = field("gold", list)
    must = field("must_mention", list)
    if not qid.strip() or not question.strip():
        raise GoldFormatError(f"{where}: 'id' and 'question' must not be empty")
    if language not in LANGUAGES:
        raise GoldFormatError(f"{where}: language {language!r} is not one of {LANGUAGES}")
    if qtype not in GOLD_TYPES:
        raise GoldFormatError(f"{where}: type {qtype!r} is not one of {GOLD_TYPES}")
    if not isinstance(history, list) or not all(isinstance(h, str) and h.strip() for h in history):
        raise GoldFormatError(f"{where}: 'history' must be a list of non-empty strings")
    if not all(isinstance(m, str) and m.strip() for m in must):
        raise GoldFormatError(f"{where}: 'must_mention' must be a list of non-empty strings")
    if qtype == "unanswerable" and answerable:
        raise GoldFormatError(f"{where}: type 'unanswerable' needs answerable: false")
    if qtype == "followup" and not history:
        raise GoldFormatError(f"{where}: a 'followup' question needs a non-empty 'history'")
    if answerable:
        if not gold_raw:
            raise GoldFormatError(f"{where}: an answerable question needs at least one gold passage")
        if not 1 <= len(must) <= 3:
            raise GoldFormatError(f"{where}: 'must_mention' needs 1 to 3 phrases, got {len(must)}")
    elif gold_raw or must:
        raise GoldFormatError(f"{where}: an unanswerable question has gold [] and must_mention []")
    passages = tuple(_parse_passage(p, f"{where}, gold[{i}]", texts) for i, p in enumerate(gold_raw))
    return GoldQuestion(
        id=qid,
        question=question,
        language=language,
        type=qtype,
        noisy=noisy,
        history=tuple(history),
        answerable=answerable,
        gold=passages,
        must_mention=tuple(must),
    )


def _parse_passage(raw: Any, where: str, texts: Mapping[str, str] | None) -> GoldPassage:
    if not isinstance(raw, dict):
        raise GoldFormatError(f"{where}: expected an object with 'source' and 'text'")
    source, text, start = raw.get("source"), raw.get("text"), raw.get("start")
    if not isinstance(source, str) or not source:
        raise GoldFormatError(f"{where}: 'source' must be a corpus file name")
    if not isinstance(text, str) or not text.strip():
        raise GoldFormatError(f"{where}: 'text' must be a non-empty string")
    if start is not None and (not isinstance(start, int) or isinstance(start, bool) or start < 0):
        raise GoldFormatError(f"{where}: 'start' must be a non-negative integer, got {start!r}")
    if texts is None:
        if start is None:
            raise GoldFormatError(f"{where}: no 'start'; add it or pass corpus_dir to resolve it")
        return GoldPassage(source, text, start)
    if source not in texts:
        raise GoldFormatError(f"{where}: source {source!r} is not in the corpus folder")
    full = texts[source]
    if start is None:
        count = full.count(text)
        if count != 1:
            raise GoldFormatError(
                f"{where}: text occurs {count} times in {source}; it must occur once or carry 'start'"
            )
        start = full.index(text)
    elif full[start : start + len(text)] != text:
        raise GoldFormatError(f"{where}: text is not at offset {start} of {source}")
    return GoldPassage(source, text, start)
