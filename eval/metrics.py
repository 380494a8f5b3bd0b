"""Evaluation metrics: citation and retrieval scores and their aggregation. The gold set's records and
loader are in `eval/gold.py`, the report in `eval/report.py`; both are re-exported here.

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

import re
import statistics
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ingest.errors import GoldFormatError

from .gold import (
    GOLD_TYPES,
    LANGUAGES,
    GoldPassage,
    GoldQuestion,
    load_file_texts,
    load_gold,
)
from .report import write_report

__all__ = [  # re-exported: the runner, the layout suite, scripts and tests import them from here
    "GOLD_TYPES",
    "LANGUAGES",
    "GoldFormatError",
    "GoldPassage",
    "GoldQuestion",
    "load_file_texts",
    "load_gold",
    "write_report",
]

RETRIEVAL_KS: tuple[int, ...] = (1, 5, 10)
COVERAGE = 0.5  # share of a gold passage's characters that must be covered to count as found

_REF = re.compile(r"\[(\d+)\]")
_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u"})


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
    """(source, start, end) citations merged per source: what `passage_found` checks a gold
    passage against."""
    by_source: dict[str, list[tuple[int, int]]] = {}
    for source, start, end in spans:
        by_source.setdefault(source, []).append((start, end))
    return {source: _union(s) for source, s in by_source.items()}


def passage_found(passage: GoldPassage, merged_by_source: Mapping[str, Sequence[tuple[int, int]]]) -> bool:
    """A gold passage counts as found (citation recall) when the citations cover COVERAGE of its
    characters."""
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
        return {
            **{f"recall@{k}": None for k in ks},
            **{f"hit@{k}": None for k in ks},
            "reciprocal_rank": None,
        }
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


def answer_summary(rows: Sequence[Mapping[str, Any]]) -> dict:
    """The answer layer's figures over scored questions (citation_metrics rows, each with its
    question's `answerable`): the issue's targets and the score calibration maximises. Recall is 0
    for a declined answerable question; a metric that does not apply (None) is left out."""
    from answer.fit import question_score

    ans = [r for r in rows if r["answerable"]]
    answered = [r for r in ans if not r["abstained"]]

    def mean(xs: Iterable[float | None]) -> float | None:
        kept = [x for x in xs if x is not None]
        return round(statistics.fmean(kept), 3) if kept else None

    return {
        "questions": len(rows),
        "score": mean(question_score(r, r["answerable"]) for r in rows),
        "citation_recall": mean(0.0 if r["abstained"] else r["citation_recall"] for r in ans),
        "citation_precision": mean(r["citation_precision"] for r in answered),
        "must_mention": mean(float(bool(r["must_mention"])) for r in ans if r["must_mention"] is not None),
        "unanswerable_declined": mean(float(r["abstained"]) for r in rows if not r["answerable"]),
        "answerable_declined": mean(float(r["abstained"]) for r in ans),
        "median_cited_chars": statistics.median(r["cited_chars"] for r in answered) if answered else None,
    }
