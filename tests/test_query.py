"""Query understanding and sentence splitting: the pieces answers are built on."""

from __future__ import annotations

import pytest

from ingest.structure import sentences
from retrieval.query import topic


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Vilka dokument tar upp upphandling?", "upphandling?"),
        ("Vilka överenskommelser säger att sektorn ska kunna kritisera?", "sektorn ska kunna kritisera?"),
        ("Which agreements mention an annual follow-up conference?", "an annual follow-up conference?"),
        ("vilka overenskommelser namner mangfald", "mangfald"),
        ("I vilka dokument står det att parterna ska mötas?", "parterna ska mötas?"),
    ],
)
def test_topic_drops_the_which_documents_frame(question, expected):
    assert topic(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Vilka överenskommelser har en princip om mångfald?",
        "Vad säger Stockholms överenskommelse om dialog?",
        "Vilka dokument",
    ],
)
def test_topic_keeps_questions_without_the_frame(question):
    assert topic(question) == question


def test_etc_closes_a_sentence_but_t_ex_does_not():
    text = (
        "Det kan vara folkbildning, stiftelser etc. Social hållbarhet innebär rättigheter. Se t.ex. Bilaga 2."
    )
    spans = [text[a:b] for a, b in sentences(text, 0)]
    assert spans == [
        "Det kan vara folkbildning, stiftelser etc.",
        "Social hållbarhet innebär rättigheter.",
        "Se t.ex. Bilaga 2.",
    ]


def test_sentence_spans_are_offsets_from_base():
    text = "Första meningen. Andra meningen."
    assert sentences(text, 100) == [(100, 116), (117, 132)]


@pytest.mark.parametrize(
    "question,added",
    [
        ("När ska policyn ses över?", "översyn"),
        ("hur ofta ses lansoverenskommelsen over", "översyn"),
        ("Hur ofta träffas gruppen?", "sammanträda"),
        ("Hur är styrgruppen sammansatt?", "representanter"),
        ("Vilka består gruppen av?", "representanter"),
        ("Vad består samverkansgruppen i Västernorrland av?", "representanter"),
        ("Vilka kan delta i konferensen?", "deltagande"),
        ("Vad har parterna lovat?", "åtar"),
        ("Hur länge gäller avtalet?", "giltighetstid"),
        ("Vem får skriva under överenskommelsen?", "underteckna"),
        ("Hur gör kommunen det enklare att bli volontär?", "underlätta"),
        ("Vem ska ordna konferensen?", "arrangera"),
    ],
)
def test_everyday_swedish_gets_the_documents_words(question, added):
    from answer.question import expansion

    assert added in expansion(question, "sv")


def test_an_abbreviation_in_brackets_does_not_end_a_sentence():
    text = "Regeringen beslutade om propositionen (prop. 2009/10:55) som presenterar förslag. Nästa mening."
    assert [text[a:b] for a, b in sentences(text, 0)] == [
        "Regeringen beslutade om propositionen (prop. 2009/10:55) som presenterar förslag.",
        "Nästa mening.",
    ]


@pytest.mark.parametrize(
    ("sentence", "points_back"),
    [
        ("Dess övergripande uppdrag ska vara att formulera en handlingsplan.", True),
        ("De ska kunna ha den rollen utan att riskera sitt ekonomiska stöd.", True),
        ("Den ska också bidra till att följa upp dialogen.", True),
        (
            "De idéburna organisationerna kan ha en kritiskt granskande roll.",
            False,
        ),  # the article, not a pronoun
        ("Det är viktigt att parterna möts.", False),
    ],
)
def test_which_sentences_point_back_at_the_one_before(sentence, points_back):
    from retrieval.textproc import POINTS_BACK

    assert bool(POINTS_BACK.match(sentence)) is points_back


def test_a_question_typed_without_a_with_rings_gets_the_documents_spelling(corpus_service):
    r = corpus_service.retriever
    restored = r.restore_spelling("vad menas med hallbarhet i vasternorrlands overenskommelse nar det galler")
    assert restored == "vad menas med hållbarhet i västernorrlands överenskommelse när det gäller"
    for already in ("Vad åtar sig kommunen?", "What does the county council commit to for dialogue?"):
        assert r.restore_spelling(already) == already  # spelled right, or English


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("Vad menas med kooperativa företag i Tyresös policy?", ["kooperativ", "foretag"]),
        ("vad ar social ekonomi", ["social", "ekonomi"]),
        ("Vad betyder idealitet?", ["idealitet"]),
        ("Hur många principer finns det?", []),
    ],
)
def test_a_definition_question_names_its_term(question, term):
    from answer.question import definiendum
    from ingest.vocab import fold

    assert list(definiendum(fold(question))) == term


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Vad innebär öppenhet och insyn för Västernorrland?", "definition"),
        ("Vad menas med social ekonomi?", "definition"),
        ("Vad åtar sig kommunen under principen om dialog?", "obligation"),
    ],
)
def test_what_a_question_asks_for(corpus_service, question, intent):
    assert corpus_service.retriever.understand(question).intent == intent


@pytest.mark.parametrize(
    ("question", "party"),
    [
        ("vad gor landstinget for att sektorn ska kunna organisera sig", "public"),
        ("what do the associations do for quality", "civil_society"),
        ("vad ska parterna gora", "joint"),
        ("vad gor man i tyreso", None),
    ],
)
def test_the_subject_of_what_does_x_do_is_the_party(question, party):
    from retrieval.query import doing_party

    assert doing_party(question) == party


def test_an_unknown_word_does_not_decline_a_question_by_itself(corpus_service):
    svc = corpus_service
    # one unknown verb among several words the documents use: answered, not declined
    one_of_many = svc.ask(
        "Vilka av dokumenten inrättar en gemensam arbetsgrupp som ska driva arbetet vidare?"
    )
    assert not one_of_many.abstained, one_of_many.reason


@pytest.mark.parametrize(
    ("question", "parties", "stripped"),
    [
        (
            "Hur länge gäller Stockholms överenskommelse med den idéburna sektorn?",
            (),
            "Hur länge gäller Stockholms överenskommelse?",
        ),
        (
            "Vad säger policyn för samarbete med idéburna organisationer om kvalitet?",
            (),
            "Vad säger policyn om kvalitet?",
        ),
        (
            "List every commitment in the Västernorrland county agreement",
            (),
            "List every commitment in the Västernorrland agreement",
        ),
        ("Vad åtar sig den idéburna sektorn i Stockholms överenskommelse?", ("civil_society",), None),
        ("What does the county council commit to?", ("public",), None),
    ],
)
def test_how_a_document_is_named_is_not_who_is_asked_about(question, parties, stripped):
    from ingest.vocab import fold
    from retrieval.query import detect_parties, strip_designation

    assert detect_parties(fold(question)) == parties
    assert strip_designation(question) == (stripped or question)


def test_a_party_word_names_a_document_only_when_the_question_is_about_one(corpus_service):
    r = corpus_service.retriever
    assert r.understand("Vad åtar sig landstinget under principen om dialog?").documents == (
        "vasternorrland",
    )
    cmp = r.understand(
        "Vilka av överenskommelserna säger att kommunen eller landstinget ska stödja föreningar?"
    )
    assert cmp.intent == "comparison" and cmp.documents == ()
    named = r.understand(
        "Vilka av överenskommelserna, Stockholms eller Länsöverenskommelsen, nämner upphandling?"
    )
    assert set(named.documents) == {"stockholm", "vasternorrland"}


def test_an_english_collaboration_agreement_is_a_document_name():
    from retrieval.query import strip_designation

    assert (
        strip_designation("How was the Södertälje collaboration agreement drawn up?")
        == "How was the Södertälje agreement drawn up?"
    )


def test_an_adjective_is_not_the_principle_but_a_typo_of_the_noun_is():
    from ingest.vocab import fold
    from retrieval.query import detect_principles

    assert detect_principles(fold("Hjälper staden föreningarna att planera långsiktigt?")) == ()
    assert detect_principles(fold("Vad åtar sig kommunen om langsiktighett?")) == ("langsiktighet",)
    assert detect_principles(fold("Vad står det om långsiktighet?")) == ("langsiktighet",)


@pytest.mark.parametrize(
    ("question", "subject", "party"),
    [
        (
            "Vad ska de idéburna organisationerna i Stockholm göra för att samverka?",
            "organisationerna",
            "civil_society",
        ),
        ("vad gor landstinget for att stodja sektorn", "landstinget", "public"),
        (
            "Vad ska den gemensamma arbetsgruppen i Stockholm göra?",
            "arbetsgruppen",
            None,
        ),  # a group, not a party
        ("om vi vill klaga, vad ska vi gora", None, None),  # the asker
        ("What does the city of Stockholm do for dialogue?", "city", "public"),
        ("Vad åtar sig kommunen?", None, None),
    ],
)
def test_the_subject_of_what_does_x_do(question, subject, party):
    from ingest.vocab import fold
    from retrieval.query import doing_party, doing_subject

    assert doing_subject(fold(question)) == subject
    assert doing_party(fold(question)) == party


def test_principles_given_as_headings_come_with_the_sentence_that_introduces_them(corpus_service):
    a = corpus_service.ask("Vilka principer bygger Södertäljes samverkansöverenskommelse på?")
    texts = [c.display_text for c in a.citations]
    assert sum(t.startswith("Principen om") for t in texts) == 7, a.answer


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Vad åtar sig kommunen under principen om dialog?", "municipal"),
        ("vad gor staden for foreningarna", "municipal"),
        ("What will the Region do for the organisations?", "regional"),
        ("Hur ofta träffas landstinget och organisationerna?", "regional"),
        ("Vad gör kommunen och regionen tillsammans?", None),  # both kinds: neither
        ("Vad åtar sig föreningarna?", None),
    ],
)
def test_the_kind_of_public_body_a_question_names(text, body):
    """A volunteer asking about 'kommunen' means a municipality's agreement (a city is one), not a
    region's: the ranker weighs a candidate by whether its document's organisation is that kind."""
    from answer.question import public_body

    assert public_body(text) == body
