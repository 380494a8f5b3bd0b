"""Metrics on small hand-made answers give the expected numbers."""

from __future__ import annotations

import json

import pytest

from eval.metrics import (
    GoldFormatError,
    GoldPassage,
    GoldQuestion,
    aggregate,
    citation_metrics,
    fold_text,
    load_gold,
    retrieval_metrics,
    score_question,
    write_report,
)

A = "Kommunen åtar sig att bjuda in till dialog. Sektorn åtar sig att delta. Övrig text som inte är gold."
B = "En helt annan fil med andra ord och fler tecken än den första filen har, för säkerhets skull."
TEXTS = {"a.txt": A, "b.txt": B}
P1 = "Kommunen åtar sig att bjuda in till dialog."
P2 = "Sektorn åtar sig att delta."
S1, S2 = A.index(P1), A.index(P2)


def question(**overrides) -> GoldQuestion:
    fields = dict(
        id="t1",
        question="Vad åtar sig parterna?",
        language="sv",
        type="obligation",
        noisy=False,
        history=(),
        answerable=True,
        gold=(GoldPassage("a.txt", P1, S1), GoldPassage("a.txt", P2, S2)),
        must_mention=("bjuda in", "delta"),
    )
    fields.update(overrides)
    return GoldQuestion(**fields)


UNANSWERABLE = question(id="u1", type="unanswerable", answerable=False, gold=(), must_mention=())


def cite(n: int, start: int, end: int, source: str = "a.txt") -> dict:
    return {"n": n, "source": source, "start": start, "end": end, "text": TEXTS[source][start:end]}


def answer(text: str, *citations: dict) -> dict:
    return {"answer": text, "abstained": False, "reason": None, "citations": list(citations)}


ABSTAINED = {
    "answer": "Det framgår inte.",
    "abstained": True,
    "reason": "Inget stöd i texterna.",
    "citations": [],
}


def test_perfect_answer():
    ans = answer(
        "Kommunen ska bjuda in till dialog [1] och sektorn ska delta [2].",
        cite(1, S1, S1 + len(P1)),
        cite(2, S2, S2 + len(P2)),
    )
    m = citation_metrics(ans, question(), TEXTS)
    assert m["citation_recall"] == 1.0
    assert m["citation_precision"] == 1.0
    assert m["must_mention"] is True
    assert m["cited_chars"] == len(P1) + len(P2)
    assert m["contract_ok"] and m["contract_errors"] == []
    assert not m["abstained"]


def test_partial_answer():
    ans = answer("Kommunen ska bjuda in till dialog [1].", cite(1, S1, S1 + len(P1)))
    m = citation_metrics(ans, question(), TEXTS)
    assert m["citation_recall"] == 0.5
    assert m["citation_precision"] == 1.0
    assert m["must_mention"] is False  # "delta" is missing
    assert m["contract_ok"]


def test_half_coverage_threshold_and_union_of_spans():
    half = len(P2) // 2 + 1  # P2 has 27 characters: 14 covered is >= 50%
    m = citation_metrics(answer("[1]", cite(1, S2, S2 + half)), question(), TEXTS)
    assert m["citation_recall"] == 0.5
    m = citation_metrics(answer("[1]", cite(1, S2, S2 + half - 2)), question(), TEXTS)
    assert m["citation_recall"] == 0.0
    # two short spans, each under half of P1, count together
    third = len(P1) // 3
    ans = answer("[1] [2]", cite(1, S1, S1 + third), cite(2, S1 + third, S1 + 2 * third))
    assert citation_metrics(ans, question(), TEXTS)["citation_recall"] == 0.5


def test_extra_citation_lowers_precision():
    noise = A.index("Övrig")
    ans = answer("[1] [2] [3]", cite(1, S1, S1 + len(P1)), cite(2, S2, S2 + len(P2)), cite(3, noise, len(A)))
    m = citation_metrics(ans, question(), TEXTS)
    assert m["citation_recall"] == 1.0
    assert m["citation_precision"] == pytest.approx(2 / 3)


def test_wrong_source():
    ans = answer("bjuda in och delta [1]", cite(1, S1, S2 + len(P2), source="b.txt"))
    m = citation_metrics(ans, question(), TEXTS)
    assert m["citation_recall"] == 0.0
    assert m["citation_precision"] == 0.0
    assert m["must_mention"] is True
    assert m["contract_ok"]


def test_abstained_on_answerable_and_unanswerable():
    m = citation_metrics(ABSTAINED, question(), TEXTS)
    assert m["abstained"] and m["contract_ok"]
    assert m["citation_recall"] == 0.0
    assert m["citation_precision"] is None
    assert m["cited_chars"] == 0
    u = citation_metrics(ABSTAINED, UNANSWERABLE, TEXTS)
    assert u["citation_recall"] is None and u["must_mention"] is None and u["abstained"]


def test_answered_unanswerable_has_zero_precision():
    m = citation_metrics(answer("Jo [1].", cite(1, S1, S1 + len(P1))), UNANSWERABLE, TEXTS)
    assert m["citation_precision"] == 0.0 and not m["abstained"]


def test_broken_citations():
    bad = cite(2, S2, S2 + len(P2))
    bad["text"] = "något annat"
    ans = answer("Se [1] och [3].", cite(1, S1, S1 + len(P1)), bad)
    m = citation_metrics(ans, question(), TEXTS)
    assert not m["refs_resolve"]  # [3] has no citation
    assert not m["citations_referenced"]  # citation 2 is never referred to
    assert not m["texts_match"]
    assert not m["contract_ok"]
    assert len(m["contract_errors"]) == 3


def test_abstained_with_citations_or_without_reason_breaks_contract():
    m = citation_metrics({**ABSTAINED, "reason": ""}, question(), TEXTS)
    assert not m["contract_ok"]
    m = citation_metrics({**ABSTAINED, "citations": [cite(1, S1, S1 + 5)]}, question(), TEXTS)
    assert not m["contract_ok"]


def test_unknown_source_and_bad_span():
    m = citation_metrics(
        answer("[1]", {"n": 1, "source": "x.txt", "start": 0, "end": 3, "text": "Kom"}), question(), TEXTS
    )
    assert not m["texts_match"]
    m = citation_metrics(
        answer("[1]", {"n": 1, "source": "a.txt", "start": 5, "end": 5000, "text": ""}), question(), TEXTS
    )
    assert not m["texts_match"]


def test_fold_text():
    assert fold_text("  Vart FJÄRDE\n år ") == "vart fjarde ar"
    assert fold_text("Idéburen sektor") == fold_text("ideburen  SEKTOR")
    assert fold_text("dialogmöten") == "dialogmoten"


def test_must_mention_is_folded():
    ans = answer("KOMMUNEN ska BJUDA   IN och sektorn DELTA [1]", cite(1, S1, S1 + len(P1)))
    assert citation_metrics(ans, question(), TEXTS)["must_mention"] is True


def test_retrieval_metrics():
    hits = [
        {"source": "b.txt", "start": 0, "end": 20},
        {"source": "a.txt", "start": S2, "end": S2 + len(P2)},
        {"source": "a.txt", "start": 0, "end": len(A)},
    ]
    m = retrieval_metrics(hits, question())
    assert m["recall@1"] == 0.0
    assert m["recall@5"] == 1.0
    assert m["recall@10"] == 1.0
    assert m["reciprocal_rank"] == 0.5
    assert retrieval_metrics(hits[:2], question())["recall@5"] == 0.5
    assert retrieval_metrics(hits[:1], question())["reciprocal_rank"] == 0.0
    assert retrieval_metrics(hits, UNANSWERABLE)["recall@5"] is None


def test_retrieval_needs_one_hit_to_cover_half():
    third = len(P1) // 3
    hits = [
        {"source": "a.txt", "start": S1, "end": S1 + third},
        {"source": "a.txt", "start": S1 + third, "end": S1 + 2 * third},
    ]
    m = retrieval_metrics(hits, question(gold=(GoldPassage("a.txt", P1, S1),)))
    assert m["recall@10"] == 0.0 and m["reciprocal_rank"] == 1.0


def test_aggregate_and_report(tmp_path):
    full = (cite(1, S1, S1 + len(P1)), cite(2, S2, S2 + len(P2)))
    rows = [
        score_question(
            question(), answer=answer("bjuda in [1] delta [2]", *full), file_texts=TEXTS, latency_ms=10
        ),
        score_question(question(id="t2", language="en"), answer=ABSTAINED, file_texts=TEXTS, latency_ms=20),
        score_question(UNANSWERABLE, answer=ABSTAINED, file_texts=TEXTS, latency_ms=30),
        score_question(
            question(id="u2", type="unanswerable", answerable=False, gold=(), must_mention=()),
            answer=answer("[1]", full[0]),
            file_texts=TEXTS,
            latency_ms=40,
        ),
    ]
    summary = aggregate(rows)
    overall = summary["overall"]
    assert overall["n"] == 4
    assert overall["citation_recall"] == 0.5  # 1.0 and 0.0 on the answerable ones
    assert overall["citation_precision"] == 0.5  # 1.0 and 0.0 (cited on an unanswerable one)
    assert overall["must_mention"] == 0.5
    assert overall["abstention_accuracy"] == 0.5
    assert overall["false_abstention_rate"] == 0.5
    assert overall["median_cited_chars"] == (len(P1) + len(P2) + len(P1)) / 2
    assert overall["latency_median_ms"] == 25.0
    assert overall["latency_p95_ms"] == pytest.approx(38.5)
    assert overall["recall@5"] is None
    assert list(summary["by_type"]) == ["obligation", "unanswerable"]
    assert summary["by_language"]["en"]["n"] == 1
    assert summary["by_type"]["unanswerable"]["abstention_accuracy"] == 0.5

    hits = [{"source": "a.txt", "start": 0, "end": len(A)}]
    bm25 = aggregate([score_question(q, hits=hits) for q in (question(), UNANSWERABLE)])
    assert bm25["overall"]["recall@1"] == 1.0 and bm25["overall"]["citation_recall"] is None

    md, png = tmp_path / "report.md", tmp_path / "report.png"
    write_report(summary, md, png, systems={"bm25": bm25, "full": summary})
    text = md.read_text(encoding="utf-8")
    assert "| bm25 |" in text and "| full |" in text and "| obligation |" in text and "report.png" in text
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_load_gold_names_the_bad_line(tmp_path):
    good = {
        "id": "q1",
        "question": "Vad?",
        "language": "sv",
        "type": "fact",
        "noisy": False,
        "history": [],
        "answerable": True,
        "gold": [{"source": "a.txt", "text": "x", "start": 0}],
        "must_mention": ["x"],
    }
    cases = [
        ({**good, "language": "de"}, "language"),
        ({**good, "type": "opinion"}, "type"),
        ({**good, "gold": []}, "gold passage"),
        ({**good, "gold": [{"source": "a.txt", "text": "x"}]}, "start"),
        ({**good, "noisy": "no"}, "noisy"),
        ({**good, "type": "unanswerable"}, "answerable"),
        ({k: v for k, v in good.items() if k != "must_mention"}, "must_mention"),
    ]
    for bad, word in cases:
        path = tmp_path / "gold.jsonl"
        path.write_text(json.dumps(good) + "\n" + json.dumps({**bad, "id": "q2"}) + "\n", encoding="utf-8")
        with pytest.raises(GoldFormatError, match=rf"line 2.*{word}"):
            load_gold(path)
    path.write_text(json.dumps(good) + "\n" + json.dumps(good) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="line 2: id 'q1' already used on line 1"):
        load_gold(path)
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="line 1: not valid JSON"):
        load_gold(path)


def test_load_gold_checks_text_against_corpus(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(A, encoding="utf-8")
    row = {
        "id": "q1",
        "question": "Vad?",
        "language": "sv",
        "type": "fact",
        "noisy": False,
        "history": [],
        "answerable": True,
        "gold": [{"source": "a.txt", "text": P2}],
        "must_mention": ["delta"],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    [q] = load_gold(path, tmp_path / "corpus")
    assert q.gold[0].start == S2 and q.gold[0].end == S2 + len(P2)
    row["gold"] = [{"source": "a.txt", "text": P2, "start": 3}]
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="not at offset 3"):
        load_gold(path, tmp_path / "corpus")
    row["gold"] = [{"source": "a.txt", "text": "åtar sig att"}]
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="occurs 2 times"):
        load_gold(path, tmp_path / "corpus")
