"""Properties that must hold for any input: the clean-text map and the citation contract."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.clean import clean
from ingest.records import DocMeta, Document

WORDS = [
    "Kommunen",
    "åtar",
    "sig",
    "att",
    "dialog",
    "för",
    "idéburen",
    "sektor",
    "Läs mer",
    "Transkript",
    "3 2 S ida",
    "samverkans-\növerenskommelsen",
    "Innehåll",
    "<p>",
    "&amp;",
    "[bookmark: x]",
    "•",
    "m",
    "Principen om dialog",
    "\n",
    "\n\n",
    "Åtaganden -",
    "öppenhet",
    "1.",
    "Syfte",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=80), st.data())
def test_every_clean_span_maps_to_original_characters(words, data):
    text = " ".join(words)
    doc = Document("d", "d.txt", text, DocMeta("d", "t"))
    ct = clean(doc)
    assert len(ct.orig_start) == len(ct.text) == len(ct.orig_end)
    if not ct.text:
        return
    i = data.draw(st.integers(0, len(ct.text) - 1))
    j = data.draw(st.integers(i + 1, len(ct.text)))
    a, b = ct.to_original(i, j)
    assert 0 <= a <= b <= len(text)
    # characters that no edit touched come back identical
    for k in range(i, j):
        if ct.orig_end[k] - ct.orig_start[k] == 1 and text[ct.orig_start[k]] == ct.text[k]:
            assert a <= ct.orig_start[k] < b


QUESTIONS = st.sampled_from(
    [
        "Vad åtar sig kommunen under principen om dialog?",
        "Vilka principer finns i Stockholm?",
        "What does the city of Stockholm commit to?",
        "Hur ofta revideras överenskommelsen?",
        "Vad menas med idéburen sektor?",
        "Vad åtar sig Malmö stad?",
        "kvalitet",
        "öppenhet insyn Södertälje",
        "Vilka av överenskommelserna har en princip om mångfald?",
        "Vad åtar sig Fjällvik kommun om kvalitet?",
        "Och den idéburna sektorn i Åkerlunda?",
    ]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(QUESTIONS, st.lists(QUESTIONS, max_size=2))
def test_citation_contract_holds_for_any_question(fake_service, mini_texts, question, history):
    a = fake_service.ask(question, history)
    refs = {int(n) for n in re.findall(r"\[(\d+)\]", a.answer)}
    if a.abstained:
        assert not a.citations and a.reason
        return
    assert refs == {c.n for c in a.citations}
    for c in a.citations:
        assert mini_texts[c.source][c.start : c.end] == c.text
        assert c.display_text.strip()
    assert a.language in ("sv", "en")
