"""Evaluation metrics: the gold set, citation and retrieval scores, aggregation and the report.

Pure functions over plain data; no model, no index, no environment. The runner (``overens eval``)
asks the system, then feeds each answer and its hits through here:

    gold = load_gold("eval/gold.jsonl")
    texts = load_file_texts("corpus")
    rows = [score_question(q, answer=ans[q.id], hits=hits[q.id], file_texts=texts, latency_ms=...)
            for q in gold]
    summary = aggregate(rows)
    write_report(summary, "eval/report.md", "eval/report.png", systems={"full": summary, ...})

Definitions (spans are ``[start, end)`` character offsets into a corpus file's text):

- citation recall: share of gold passages with at least half of their characters inside the union
  of the cited spans of the same source file;
- citation precision: share of citations that overlap (by one character or more) any gold passage;
- must_mention: every key phrase occurs in the answer text after :func:`fold_text`;
- retrieval recall@k: share of gold passages that one hit at rank <= k covers by at least half;
- reciprocal rank: 1 / rank of the first hit overlapping any gold passage (0.0 when none does).

A metric that does not apply is ``None`` (citation recall of an unanswerable question, precision of
an answer without citations) and is left out of means.
"""

from __future__ import annotations

import json
import re
import statistics
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
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
RETRIEVAL_KS: tuple[int, ...] = (1, 5, 10)
COVERAGE = 0.5  # share of a gold passage's characters that must be covered to count as found

_REF = re.compile(r"\[(\d+)\]")
_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u"})


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


# --------------------------------------------------------------------------- loading


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
        raise BadPath(f"gold file {path} cannot be read ({reason}); give a UTF-8 JSONL file (--gold FILE)") from e
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


# --------------------------------------------------------------------------- spans and text


def fold_text(text: str) -> str:
    """Case-fold, map å/ä/ö (and é/è/ü) to a/a/o (e/e/u), collapse whitespace: for must_mention."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_FOLD)
    return " ".join(text.split())


def _get(obj: Any, key: str) -> Any:
    return obj[key] if isinstance(obj, Mapping) else getattr(obj, key)


def _union(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _covered(start: int, end: int, merged: Sequence[tuple[int, int]]) -> int:
    return sum(max(0, min(end, e) - max(start, s)) for s, e in merged)


def _overlaps(source: str, start: int, end: int, passages: Iterable[GoldPassage]) -> bool:
    return any(p.source == source and min(end, p.end) > max(start, p.start) for p in passages)


def cited_spans(spans: Iterable[tuple[str, int, int]]) -> dict[str, list[tuple[int, int]]]:
    """(source, start, end) citations merged per source: what `passage_found` checks a gold passage against."""
    by_source: dict[str, list[tuple[int, int]]] = {}
    for source, start, end in spans:
        by_source.setdefault(source, []).append((start, end))
    return {source: _union(s) for source, s in by_source.items()}


def passage_found(passage: GoldPassage, merged_by_source: Mapping[str, Sequence[tuple[int, int]]]) -> bool:
    """A gold passage counts as found (citation recall) when the citations cover COVERAGE of its characters."""
    covered = _covered(passage.start, passage.end, merged_by_source.get(passage.source, ()))
    return covered >= COVERAGE * len(passage.text)


# --------------------------------------------------------------------------- per question


def citation_metrics(answer: Mapping[str, Any], gold: GoldQuestion, file_texts: Mapping[str, str]) -> dict:
    """Score one answer (the contract's answer JSON) against its gold question.

    Returns citation_recall, citation_precision, must_mention, cited_chars, n_citations, abstained,
    and the contract checks refs_resolve, citations_referenced, texts_match, contract_ok with the
    reasons in contract_errors.
    """
    errors: list[str] = []
    text = answer.get("answer") or ""
    if not isinstance(text, str):
        errors.append("'answer' is not a string")
        text = ""
    abstained = bool(answer.get("abstained", False))
    citations = answer.get("citations") or []
    if not isinstance(citations, list):
        errors.append("'citations' is not a list")
        citations = []

    spans: list[tuple[str, int, int]] = []
    numbers: list[int] = []
    texts_ok = True
    for i, cit in enumerate(citations):
        try:
            n, source, start, end = cit["n"], cit["source"], cit["start"], cit["end"]
        except (KeyError, TypeError):
            errors.append(f"citation {i} lacks one of n, source, start, end")
            texts_ok = False
            continue
        numbers.append(n)
        full = file_texts.get(source)
        if full is None:
            errors.append(f"citation [{n}]: unknown source {source!r}")
            texts_ok = False
            continue
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(full)):
            errors.append(f"citation [{n}]: bad span {start!r}..{end!r} for {source} ({len(full)} chars)")
            texts_ok = False
            continue
        if cit.get("text") != full[start:end]:
            errors.append(f"citation [{n}]: text differs from {source}[{start}:{end}]")
            texts_ok = False
        spans.append((source, start, end))

    if len(set(numbers)) != len(numbers):
        errors.append(f"citation numbers repeat: {numbers}")
    refs = {int(m) for m in _REF.findall(text)}
    unresolved = sorted(refs - set(numbers))
    unreferenced = sorted(set(numbers) - refs, key=str)
    if unresolved:
        errors.append(f"answer refers to missing citations {unresolved}")
    if unreferenced:
        errors.append(f"citations never referred to in the answer: {unreferenced}")
    if abstained and citations:
        errors.append("an abstained answer carries citations")
    if abstained and not (isinstance(answer.get("reason"), str) and answer["reason"].strip()):
        errors.append("an abstained answer has no reason")

    merged = cited_spans(spans)

    recall = None
    if gold.gold:
        recall = sum(passage_found(p, merged) for p in gold.gold) / len(gold.gold)
    precision = None
    if spans:
        precision = sum(_overlaps(s, a, b, gold.gold) for s, a, b in spans) / len(spans)
    must = None
    if gold.must_mention:
        folded = fold_text(text)
        must = all(fold_text(phrase) in folded for phrase in gold.must_mention)

    return {
        "citation_recall": recall,
        "citation_precision": precision,
        "must_mention": must,
        "cited_chars": sum(b - a for _, a, b in spans),
        "n_citations": len(citations),
        "abstained": abstained,
        "refs_resolve": not unresolved,
        "citations_referenced": not unreferenced,
        "texts_match": texts_ok,
        "contract_ok": not errors,
        "contract_errors": errors,
    }


def retrieval_metrics(hits: Sequence[Any], gold: GoldQuestion, ks: Sequence[int] = RETRIEVAL_KS) -> dict:
    """recall@k for each k and the reciprocal rank, for ranked hits carrying source, start, end.

    Hits may be dicts or objects with those attributes, best first. A gold passage counts as found at
    rank r when a single hit at rank <= r covers at least half of its characters. All values are None
    for a question without gold passages.
    """
    if not gold.gold:
        return {**{f"recall@{k}": None for k in ks}, **{f"hit@{k}": None for k in ks}, "reciprocal_rank": None}
    first_rank: dict[int, int] = {}
    reciprocal = 0.0
    for rank, hit in enumerate(hits, start=1):
        source, start, end = _get(hit, "source"), int(_get(hit, "start")), int(_get(hit, "end"))
        if not reciprocal and _overlaps(source, start, end, gold.gold):
            reciprocal = 1.0 / rank
        for i, passage in enumerate(gold.gold):
            if i not in first_rank and passage_found(passage, {source: [(start, end)]}):
                first_rank[i] = rank
    out: dict[str, float | None] = {
        f"recall@{k}": sum(r <= k for r in first_rank.values()) / len(gold.gold) for k in ks
    }
    # hit@k: at least one gold passage found within the first k hits (the question is answerable from them)
    out.update({f"hit@{k}": float(any(r <= k for r in first_rank.values())) for k in ks})
    out["reciprocal_rank"] = reciprocal
    return out


def score_question(
    question: GoldQuestion,
    *,
    answer: Mapping[str, Any] | None = None,
    hits: Sequence[Any] | None = None,
    file_texts: Mapping[str, str] | None = None,
    latency_ms: float | None = None,
) -> dict:
    """One row for :func:`aggregate`: the question's labels plus whichever metrics apply.

    Pass ``answer`` (with ``file_texts``) for answer systems, ``hits`` for retrieval-only systems,
    or both.
    """
    row: dict[str, Any] = {
        "id": question.id,
        "type": question.type,
        "language": question.language,
        "noisy": question.noisy,
        "answerable": question.answerable,
    }
    if answer is not None:
        if file_texts is None:
            raise ValueError("score_question: an answer needs file_texts to check its citations")
        row.update(citation_metrics(answer, question, file_texts))
    if hits is not None:
        row.update(retrieval_metrics(hits, question))
    if latency_ms is not None:
        row["latency_ms"] = float(latency_ms)
    return row


# --------------------------------------------------------------------------- aggregation

MEAN_KEYS: tuple[str, ...] = (
    "citation_recall",
    "citation_precision",
    "must_mention",
    "contract_ok",
    "recall@1",
    "recall@5",
    "recall@10",
    "hit@1",
    "hit@5",
)


def _mean(values: Iterable[Any]) -> float | None:
    vals = [float(v) for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def _percentile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), q in [0, 100]."""
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def _summarise(rows: Sequence[Mapping[str, Any]]) -> dict:
    answerable = [r for r in rows if r.get("answerable")]
    unanswerable = [r for r in rows if not r.get("answerable")]
    out: dict[str, Any] = {
        "n": len(rows),
        "n_answerable": len(answerable),
        "n_unanswerable": len(unanswerable),
    }
    for key in MEAN_KEYS:
        out[key] = _mean(r.get(key) for r in rows)
    out["mrr"] = _mean(r.get("reciprocal_rank") for r in rows)
    out["abstention_accuracy"] = _mean(r["abstained"] for r in unanswerable if "abstained" in r)
    out["false_abstention_rate"] = _mean(r["abstained"] for r in answerable if "abstained" in r)
    cited = [r["cited_chars"] for r in rows if "cited_chars" in r and not r.get("abstained")]
    out["median_cited_chars"] = float(statistics.median(cited)) if cited else None
    latencies = [float(r["latency_ms"]) for r in rows if r.get("latency_ms") is not None]
    out["latency_median_ms"] = float(statistics.median(latencies)) if latencies else None
    out["latency_p95_ms"] = _percentile(latencies, 95) if latencies else None
    return out


def aggregate(rows: Sequence[Mapping[str, Any]]) -> dict:
    """Overall means plus the same summary by question type and by language."""

    def grouped(key: str, order: Sequence[str]) -> dict[str, dict]:
        present = {r.get(key) for r in rows}
        names = [v for v in order if v in present] + sorted(str(v) for v in present - set(order))
        return {name: _summarise([r for r in rows if str(r.get(key)) == name]) for name in names}

    return {
        "overall": _summarise(rows),
        "by_type": grouped("type", GOLD_TYPES),
        "by_language": grouped("language", LANGUAGES),
    }


# --------------------------------------------------------------------------- report

REPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("n", "questions"),
    ("citation_recall", "citation recall"),
    ("citation_precision", "citation precision"),
    ("must_mention", "must-mention"),
    ("contract_ok", "contract ok"),
    ("recall@1", "recall@1"),
    ("recall@5", "recall@5"),
    ("recall@10", "recall@10"),
    ("hit@5", "hit@5"),
    ("mrr", "MRR"),
    ("abstention_accuracy", "abstention accuracy"),
    ("false_abstention_rate", "false abstention"),
    ("median_cited_chars", "median cited chars"),
    ("latency_median_ms", "latency median (ms)"),
    ("latency_p95_ms", "latency p95 (ms)"),
)
CHART_KEYS: tuple[str, ...] = (
    "citation_recall",
    "citation_precision",
    "must_mention",
    "recall@5",
    "mrr",
    "abstention_accuracy",
)


def _fmt(key: str, value: Any) -> str:
    if value is None:
        return "–"
    if key == "n" or key.startswith("n_"):
        return str(int(value))
    if key.endswith("_ms") or key == "median_cited_chars":
        return f"{value:.0f}"
    return f"{value:.3f}"


def _table(
    header: str, rows: Mapping[str, Mapping[str, Any]], columns: Sequence[tuple[str, str]]
) -> list[str]:
    lines = [
        "| " + " | ".join([header] + [label for _, label in columns]) + " |",
        "|" + "---|" * (len(columns) + 1),
    ]
    for name, summary in rows.items():
        lines.append("| " + " | ".join([name] + [_fmt(k, summary.get(k)) for k, _ in columns]) + " |")
    return lines


def _used_columns(summaries: Iterable[Mapping[str, Any]]) -> list[tuple[str, str]]:
    summaries = list(summaries)
    return [(k, label) for k, label in REPORT_COLUMNS if any(s.get(k) is not None for s in summaries)]


def write_report(
    summary: Mapping[str, Any],
    path_md: str | Path,
    path_png: str | Path,
    systems: Mapping[str, Mapping[str, Any]] | None = None,
) -> None:
    """Write the markdown report and a bar chart PNG (matplotlib, Agg canvas).

    ``summary`` is the :func:`aggregate` output of the main system, broken down by type and language;
    ``systems`` maps system names ("dense", "bm25", "hybrid", "full", "fixed-size baseline", ...)
    to their :func:`aggregate` outputs for the side-by-side table and the chart.
    """
    path_md, path_png = Path(path_md), Path(path_png)
    systems = dict(systems) if systems else {"full": summary}
    overall = {name: s["overall"] for name, s in systems.items()}

    lines = ["# Evaluation report", ""]
    lines += ["## Systems side by side", ""]
    lines += _table("system", overall, _used_columns(overall.values()))
    lines += ["", f"![metrics by system]({path_png.name})", ""]
    for title, key in (("By question type", "by_type"), ("By language", "by_language")):
        groups = summary.get(key) or {}
        if groups:
            lines += [f"## {title} (main system)", ""]
            lines += _table(key.removeprefix("by_"), groups, _used_columns(groups.values()))
            lines.append("")
    lines += [
        "## Definitions",
        "",
        "- citation recall: share of gold passages with at least 50% of their characters inside cited spans",
        "- citation precision: share of citations overlapping a gold passage",
        "- must-mention: share of answers containing every key phrase (case, å/ä/ö and spacing folded)",
        "- recall@k: share of gold passages covered at least 50% by one of the first k hits; MRR: mean "
        "reciprocal rank of the first hit overlapping a gold passage",
        "- abstention accuracy: share of unanswerable questions abstained on; false abstention: share of "
        "answerable questions abstained on",
        "",
    ]
    path_md.parent.mkdir(parents=True, exist_ok=True)
    path_md.write_text("\n".join(lines), encoding="utf-8")
    _write_chart(overall, path_png)


def _write_chart(overall: Mapping[str, Mapping[str, Any]], path_png: Path) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    keys = [k for k in CHART_KEYS if any(s.get(k) is not None for s in overall.values())] or list(CHART_KEYS)
    labels = dict(REPORT_COLUMNS)
    fig = Figure(figsize=(max(6.0, 1.6 * len(keys)), 4.0), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    width = 0.8 / max(1, len(overall))
    for i, (name, s) in enumerate(overall.items()):
        xs = [j + (i - (len(overall) - 1) / 2) * width for j in range(len(keys))]
        ys = [float(s.get(k) or 0.0) for k in keys]
        ax.bar(xs, ys, width=width, label=name)
    ax.set_xticks(range(len(keys)), [labels[k] for k in keys], rotation=20, ha="right")
    ax.set_ylim(0, 1.25)
    ax.set_ylabel("score")
    ax.set_title("Evaluation by system")
    ax.legend(fontsize="small", loc="upper center", ncol=min(5, max(1, len(overall))), frameon=False)
    fig.tight_layout()
    path_png.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path_png)
