"""The answer layer's parts: the fitted weights file, the tree walker, question parsing from the
data files, the structure selection adds, the named reasons for declining, and --explain.

Answer quality itself is measured on the question sets (`overens fit`: cross-validated on the
FIT sets, aggregates on the BLIND sets), not by a test per phrasing.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from answer import abstain, features, question, trees
from answer.rank import WEIGHTS, WeightsError, from_json, load
from ingest.vocab import fold


def test_the_committed_weights_fit_the_features_and_record_their_cross_validation():
    model = load()
    assert model.units.names == features.NAMES
    assert model.questions.names == abstain.QUESTION_FEATURES
    cv = json.loads(WEIGHTS.read_text(encoding="utf-8"))["cross_validated"]
    assert cv["questions"] >= 300 and 0.0 < cv["citation_recall"] <= 1.0


def test_weights_for_other_features_are_refused_with_the_fix():
    d = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    d["units"]["features"] = d["units"]["features"][:-1]
    with pytest.raises(WeightsError, match="overens fit"):
        from_json(d)
    with pytest.raises(WeightsError, match="overens fit"):
        from_json({"units": {}})


def test_the_tree_walker_gives_sklearns_probabilities():
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(3)
    X = rng.random((2000, 5))
    y = ((X[:, 0] + X[:, 1] * X[:, 2]) > 0.9).astype(int)
    walked = trees.fit(X, y, tuple("abcde"))
    clf = HistGradientBoostingClassifier(
        max_iter=trees.TREES,
        learning_rate=trees.LEARNING_RATE,
        max_leaf_nodes=trees.LEAVES,
        l2_regularization=trees.L2,
        early_stopping=False,
        random_state=0,
    ).fit(X, y)
    Z = rng.random((300, 5))
    assert np.allclose(walked.probabilities(Z), clf.predict_proba(Z)[:, 1], atol=1e-9)
    again = trees.Trees.from_json(walked.to_json(), tuple("abcde"))
    assert np.allclose(again.probabilities(Z), walked.probabilities(Z), atol=1e-6)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Vilket datum antogs överenskommelsen?", "date"),
        ("Vilket år började samarbetet?", "year"),
        ("Hur ofta ska överenskommelsen följas upp?", "frequency"),
        ("Hur många ledamöter har rådet?", "count"),
        ("Hur mycket pengar får föreningarna?", "amount"),
        ("Vem är ordförande i samverkansrådet?", "person"),
        ("Vad menas med idéburen sektor?", "definition"),
        ("När det gäller dialog, vad gäller då?", "fact"),  # 'när det gäller' is 'regarding', not 'when'
    ],
)
def test_the_kind_of_answer_is_read_from_the_data_file(text, kind):
    from retrieval.records import QueryInfo

    info = QueryInfo(text=text, language="sv")
    assert question.answer_kind(fold(text), info) == kind


def test_english_questions_get_the_documents_swedish_words():
    assert "åtar" in question.expansion("What does the municipality commit to?", "en")
    assert "insyn" in question.expansion("transparency", "en")


def test_a_count_needs_a_number_of_the_thing_counted():
    q = question.Question("x", "Hur många ledamöter har rådet?", "sv", "count")
    pattern = abstain.counted_pattern(q)
    assert pattern is not None
    assert pattern.search(fold("Rådet har sex ledamöter."))
    assert not pattern.search(fold("Överenskommelsen gäller i fyra år."))


def test_a_commitments_question_naming_a_principle_is_answered_by_the_matrix(fake_service):
    a = fake_service.ask("Vad åtar sig kommunen under principen om dialog i Fjällvik?")
    doc = fake_service.retriever.data.documents["fjallvik"]
    # items, cells and the party's sentences in the principle's section: the matrix row, whole
    expected = {(c.start, c.end) for c in doc.commitments if c.principle == "dialog" and c.party == "public"}
    assert expected and {(c.start, c.end) for c in a.citations} == expected
    assert a.answer.splitlines()[0].startswith("Fjällvik")
    text = doc.text
    assert all(text[c.start : c.end] == c.text for c in a.citations)


def test_a_place_not_in_the_corpus_is_declined_with_its_name(fake_service):
    a = fake_service.ask("Vad åtar sig Malmö stad under principen om dialog?")
    assert a.abstained and not a.citations and "Malmö" in (a.reason or "")


def test_explain_names_the_parsed_question_and_what_was_cited(fake_service):
    ex = fake_service.state().answerer.explain(
        "Vad åtar sig kommunen under principen om kvalitet i Fjällvik?"
    )
    assert ex["question"]["kind"] == "commitments" and ex["question"]["principles"] == ("kvalitet",)
    assert ex["candidates"] and set(ex["candidates"][0]["features"]) == set(features.NAMES)
    assert 0.0 <= ex["answerability"] <= 1.0


def test_when_and_by_whom_the_document_was_adopted_is_its_decision_line(fake_service):
    doc = fake_service.retriever.data.documents["fjallvik"]
    assert doc.meta.date == "2023-05-16"
    for asked in (
        "När antogs överenskommelsen i Fjällvik, och av vem?",
        "When was the Fjällvik agreement adopted?",
    ):
        a = fake_service.ask(asked)
        assert [c.text for c in a.citations] == ["Antagen av kommunfullmäktige 2023-05-16, § 48."], asked
