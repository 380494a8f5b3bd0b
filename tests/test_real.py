"""The real parts, for real: the converted e5 model, the real FAISS index, the real HTTP server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from retrieval.settings import ROOT

pytestmark = pytest.mark.slow

README_QUESTION = "Vad åtar sig kommunen under principen om öppenhet och insyn?"


@pytest.mark.parametrize(
    "query,doc_id,needle",
    [
        (
            "Vad åtar sig kommunen under principen om öppenhet och insyn i Södertälje?",
            "sodertalje",
            "kontaktpersoner",
        ),
        ("vad atar sig kommunen om oppenhet och insyn sodertalje", "sodertalje", "kontaktpersoner"),
        ("What does the city of Stockholm commit to?", "stockholm", "Stockholms stad åtar sig"),
        ("Hur ofta ska samverkansgruppen i Västernorrland sammanträda?", "vasternorrland", "4 ggr/år"),
        ("Vad menas med social ekonomi?", "vasternorrland", "social ekonomi"),
        ("Vilka principer bygger socialnämndens policy på?", "socialnamnden", "Mångfald"),
        ("langsiktighet sodertalje idéburen sektor", "sodertalje", "kompetens och erfarenhet"),
    ],
)
def test_the_right_passage_is_in_the_top_5(real_service, query, doc_id, needle):
    hits = real_service.search(query, 5)
    assert any(h.chunk.doc_id == doc_id and needle in h.chunk.display_text for h in hits), [
        (h.chunk.doc_id, h.chunk.section) for h in hits
    ]


def test_readme_question_cites_sodertalje_items(real_service, file_texts):
    a = real_service.ask(README_QUESTION)
    assert not a.abstained
    sources = {c.doc_id for c in a.citations}
    assert "sodertalje" in sources
    assert any("kontaktpersoner" in c.display_text for c in a.citations)
    for c in a.citations:
        assert file_texts[c.source][c.start : c.end] == c.text


def test_follow_up_keeps_document_and_principle(real_service):
    a = real_service.ask(
        "Och vad åtar sig den idéburna sektorn?",
        ["Vad åtar sig Södertälje kommun under principen om dialog?"],
    )
    assert not a.abstained and {c.doc_id for c in a.citations} == {"sodertalje"}
    assert any("dialogmöten" in c.display_text for c in a.citations)


def test_english_question_gets_english_framing_and_swedish_quotes(real_service):
    a = real_service.ask("What does Södertälje municipality commit to under the principle of dialogue?")
    assert a.language == "en" and a.answer.startswith("Under the principle of dialogue")
    assert any("dialogträffar" in c.display_text for c in a.citations)


@pytest.mark.parametrize(
    "q",
    [
        "Vad åtar sig Malmö stad under principen om dialog?",
        "Hur mycket pengar får föreningarna i bidrag per år?",
        "What are the opening hours of the municipality's office?",
    ],
)
def test_unanswerable_questions_are_declined(real_service, q):
    a = real_service.ask(q)
    assert a.abstained and not a.citations and a.reason


@pytest.mark.xfail(
    strict=True,
    reason="known regression of the 2026-12-08 refit on 1540 questions: the calibrated answerability "
    "threshold fell from 0.33 to 0.20 and this unanswerable question scores 0.23, so it is answered with "
    "a passage about the dialogue; reported in the README, not tuned away (strict: this fails loudly once "
    "a refit declines it again)",
)
def test_a_decision_date_answers_only_for_the_body_asked_about(real_service):
    # the documents give the year of the government's decision, not a city council's
    council = real_service.ask("Vilket år antog kommunfullmäktige Stockholms överenskommelse?")
    assert council.abstained and not council.citations
    government = real_service.ask("När fattade regeringen beslut om den nationella överenskommelsen?")
    assert not government.abstained and any("2008" in c.display_text for c in government.citations)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_real_http_server_on_loopback(real_service, file_texts):
    port = _free_port()
    env = dict(os.environ, OVERENS_DATA_DIR=str(real_service.settings.data_dir))
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if httpx.get(base + "/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.5)
        else:
            pytest.fail("overens serve did not come up")
        body = httpx.post(base + "/ask", json={"question": README_QUESTION}, timeout=60).json()
        assert body["citations"] and all(
            file_texts[c["source"]][c["start"] : c["end"]] == c["text"] for c in body["citations"]
        )
        bad = httpx.post(base + "/ask", json={"question": ""}, timeout=10)
        assert bad.status_code == 422 and "error" in bad.json()
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_a_composition_question_is_answered_by_who_sits_in_the_group(real_service):
    # 'består … av' / 'members' ask for the sentence naming the representatives, not the group's tasks
    for q in (
        "Vad består samverkansgruppen i Västernorrland av?",
        "Who are the members of the Västernorrland collaboration group?",
    ):
        a = real_service.ask(q)
        assert any("lika antal representanter" in c.display_text for c in a.citations), (q, a.answer)


def test_a_question_without_diacritics_finds_what_the_spelled_one_finds(real_service):
    a = real_service.ask("kan oppenheten skada brukarna enligt vasternorrlands overenskommelse")
    assert a.question == "kan oppenheten skada brukarna enligt vasternorrlands overenskommelse"  # as asked
    # a sentence answering it beats the principle's commitments list
    assert any("medför skada för brukare" in c.display_text for c in a.citations), a.answer
    vision = real_service.ask("Vilken vision hanvisar Stockholms overenskommelse till?")
    assert not vision.abstained and any("vision 2030" in c.display_text for c in vision.citations), (
        vision.answer
    )


def test_what_a_party_does_is_answered_from_its_commitments(real_service):
    a = real_service.ask("Vad gör landstinget i Västernorrland för att hjälpa sektorn att organisera sig?")
    assert any("stöder den idéburna sektorns organisering" in c.display_text for c in a.citations), a.answer
    # … the subject's commitments: the sector it names is who is helped, not who acts
    assert all(c.party == "public" for c in a.citations), a.answer
    # a list introduced by a sentence that is not the best one is still read whole
    b = real_service.ask("Hur ska Södertälje hålla samverkansöverenskommelsen levande?")
    assert any("rullande gemensam plan" in c.display_text for c in b.citations), b.answer


def test_a_why_question_gets_the_reason_before_a_conclusion(real_service):
    # 'Kommunen ska därför skapa förutsättningar …': the reason is the sentence before it
    a = real_service.ask("Varför vill Södertälje kommun att nya aktörer växer fram?")
    texts = [c.display_text for c in a.citations]
    i = next(i for i, t in enumerate(texts) if "därför" in t)
    assert i > 0, a.answer


def test_naming_an_agreement_by_its_parties_does_not_ask_about_a_party(real_service):
    # 'överenskommelsen med den idéburna sektorn' names the document; the question is how long it runs
    asked = "Hur länge ska Stockholms överenskommelse med idéburen sektor gälla?"
    parsed = real_service.state().answerer.explain(asked)["question"]
    assert parsed["parties"] == () and parsed["kind"] != "commitments", parsed
    a = real_service.ask(asked)
    assert a.citations and "fyra år" in a.citations[0].display_text, a.answer  # how long it runs
    # 'the county council agreement' is the document, not the county council's side of it
    b = real_service.ask(
        "Show all the commitments on dialogue in the Västernorrland county council agreement"
    )
    assert {c.party for c in b.citations} >= {"public", "civil_society"}, b.answer


def test_a_follow_up_about_the_other_side_lists_that_sides_commitments(real_service):
    a = real_service.ask(
        "Och den idéburna sidan, vad har de lovat?",
        history=["Vad har Stockholms stad åtagit sig i överenskommelsen med idéburna organisationer?"],
    )
    assert a.citations and {c.party for c in a.citations} == {"civil_society"}, a.answer
    assert sum("Sektorn åtar sig" in c.display_text for c in a.citations) >= 5, a.answer


def test_how_many_is_answered_by_equal_numbers_too(real_service):
    a = real_service.ask(
        "How many representatives does each side have in the Västernorrland cooperation group?"
    )
    assert not a.abstained and "lika antal" in a.citations[0].display_text, a.answer


def test_a_sentence_that_adds_to_the_one_before_is_cited_with_it(real_service):
    # 'Möjlighet till anslutning ges även …' adds to 'Representanter … kan göra det i anslutning till …'
    a = real_service.ask(
        "Kan vår förening ansluta sig till Södertäljes samverkansöverenskommelse senare, och hur?"
    )
    texts = [c.display_text for c in a.citations]
    i = next(i for i, t in enumerate(texts) if t.startswith("Möjlighet till anslutning ges även"))
    assert i > 0 and texts[i - 1].startswith("Representanter från idéburen sektor som vill ansluta sig"), (
        a.answer
    )


def test_a_question_naming_two_documents_is_answered_from_each(real_service):
    a = real_service.ask("Hur länge gäller överenskommelserna i Stockholm och Södertälje?")
    assert {c.doc_id for c in a.citations} == {"stockholm", "sodertalje"}, a.answer
    assert "Stockholms stad" in a.answer and "Södertälje kommun" in a.answer, a.answer


def test_a_question_asking_when_and_by_whom_gets_both_parts(real_service):
    a = real_service.ask("Vilken nämnd beslutade Tyresös policy, och när?")
    assert not a.abstained, a.answer  # 'vilken nämnd' asks for the body: not a condition on the date
    texts = " ".join(c.display_text for c in a.citations)
    assert "2019-02-01" in texts and "Äldre- och omsorgsnämnden" in texts, a.answer


def test_how_many_needs_a_number_of_the_thing_counted(real_service):
    # the Stockholm documents give numbers (fyra år, ett 90-tal organisationer) but no number of members
    a = real_service.ask("Hur många personer ingår i Stockholms gemensamma arbetsgrupp?")
    assert a.abstained and not a.citations, a.answer
    b = real_service.ask(
        "Hur många organisationer deltog i regeringens dialog, enligt Stockholms överenskommelse?"
    )
    assert not b.abstained and any("90-tal organisationer" in c.display_text for c in b.citations), b.answer


def test_a_count_of_meetings_written_as_an_abbreviation(real_service):
    c = real_service.ask("How many times a year does the cooperation group in Västernorrland meet?")
    assert not c.abstained and any("4 ggr/år" in x.display_text for x in c.citations), c.answer


def test_a_quoted_word_is_answered_by_the_sentence_that_explains_it(real_service):
    # "'idealitet'" is the documents' word; 'idealitet, dvs. bidrag i form av gåvor …' explains it
    a = real_service.ask("What does the Västernorrland appendix mean by 'idealitet'?")
    assert any("idealitet, dvs. bidrag i form av gåvor" in c.display_text for c in a.citations), a.answer
