"""Chunks: exact original spans, one section and one party each, within the token budget."""

from __future__ import annotations

from ingest.tokens import count_tokens


def _exact_and_within_budget(svc, texts: dict[str, str], at_least: int) -> None:
    budget = svc.settings.chunk_tokens
    chunks = svc.retriever.chunks
    assert len(chunks) > at_least
    for c in chunks:
        assert texts[c.source][c.start : c.end] == c.text
        for u in c.units:
            assert c.start <= u.start < u.end <= c.end
        single_units = len([u for u in c.units if u.kind != "heading"]) == 1
        assert c.n_tokens <= budget + 40 or single_units, (c.chunk_id, c.n_tokens)


def test_chunks_are_exact_and_within_budget(fake_service, mini_texts):
    _exact_and_within_budget(fake_service, mini_texts, 10)


def test_the_real_corpus_chunks_are_exact_and_within_budget(corpus_service, file_texts):
    _exact_and_within_budget(corpus_service, file_texts, 60)  # long sections, OCR lines: the budget bites


def test_a_chunk_never_spans_two_principles_or_two_parties(fake_service):
    for c in fake_service.retriever.chunks:
        parties = {u.party for u in c.units if u.kind == "item" and u.party}
        assert len(parties) <= 1, c.chunk_id
        docs_sections = {(c.doc_id, c.section)}
        assert len(docs_sections) == 1


def test_chunks_carry_principle_and_party(fake_service):
    chunks = [c for c in fake_service.retriever.chunks if c.doc_id == "fjallvik" and c.kind == "commitments"]
    keys = {(c.principle, c.party) for c in chunks}
    assert ("oppenhet_och_insyn", "public") in keys and ("dialog", "civil_society") in keys


def test_token_counting_is_offline_cl100k():
    assert count_tokens("Kommunen åtar sig") > 2


def test_counting_tokens_leaves_the_environment_alone(monkeypatch):
    import os

    from ingest import tokens

    monkeypatch.delenv("TIKTOKEN_CACHE_DIR", raising=False)
    tokens.encoding.cache_clear()
    before = dict(os.environ)
    assert count_tokens("Kommunen åtar sig att föra dialog.") > 0
    assert dict(os.environ) == before
