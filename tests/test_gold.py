"""The gold set is well-formed and points at real, non-noise text of the corpus."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from eval.metrics import GOLD_TYPES, load_file_texts, load_gold

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "gold.jsonl"
CORPUS = ROOT / "corpus"
VASTERNORRLAND = "002_1ac61e43b5b46f03.txt"
TEASER_TAIL = "Reviderad överenskommelse om samverkan mellan Region Skåne"

pytestmark = pytest.mark.slow  # the gold set is about the real corpus


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return load_file_texts(CORPUS)


@pytest.fixture(scope="module")
def raw_rows() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def gold():
    return load_gold(GOLD, CORPUS)


def test_every_passage_is_exact_text_of_its_file(raw_rows, texts):
    for row in raw_rows:
        for passage in row["gold"]:
            full = texts[passage["source"]]
            text = passage["text"]
            assert text in full, f"{row['id']}: not in {passage['source']}: {text[:60]!r}"
            if "start" in passage:
                start = passage["start"]
                assert full[start : start + len(text)] == text, f"{row['id']}: not at offset {start}"
            else:
                assert full.count(text) == 1, f"{row['id']}: ambiguous without start: {text[:60]!r}"


def test_loader_accepts_the_file(gold):
    assert all(p.end > p.start for q in gold for p in q.gold)


def test_ids_unique(raw_rows):
    counts = Counter(row["id"] for row in raw_rows)
    assert not [i for i, c in counts.items() if c > 1]


def test_size_and_mix(gold):
    assert len(gold) >= 80
    english = sum(q.language == "en" for q in gold)
    assert english / len(gold) >= 0.15
    assert sum(not q.answerable for q in gold) >= 10
    assert {q.type for q in gold} == set(GOLD_TYPES)
    assert sum(q.noisy for q in gold) >= 8
    assert all(q.history for q in gold if q.type == "followup")


def test_every_document_is_covered(gold, texts):
    used = {p.source for q in gold for p in q.gold}
    assert used == set(texts)


def test_no_gold_in_vasternorrland_noise(gold, texts):
    full = texts[VASTERNORRLAND]
    body_start = full.index("Transkript") + len("Transkript")
    body_end = full.index(TEASER_TAIL)
    toc_start = full.index("Innehåll Innehåll")
    toc_end = full.index("1. Inledning")
    assert full.index("Datum: Underskrifter") < full.index("Bilaga 2 Definitioner", toc_end) < body_end
    for q in gold:
        for p in q.gold:
            if p.source != VASTERNORRLAND:
                continue
            assert body_start <= p.start and p.end <= body_end, f"{q.id}: outside the agreement"
            assert p.end <= toc_start or p.start >= toc_end, f"{q.id}: in the table of contents"
            assert "S ida" not in p.text, f"{q.id}: contains a page marker"
            assert "Läs mer" not in p.text, f"{q.id}: contains teaser text"


def test_no_gold_in_bookmarks_or_tables_of_contents(gold):
    for q in gold:
        for p in q.gold:
            assert "[bookmark:" not in p.text, q.id
            assert "....." not in p.text, q.id
