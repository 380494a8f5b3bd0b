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
    ["Vilka överenskommelser har en princip om mångfald?", "Vad säger Stockholms överenskommelse om dialog?",
     "Vilka dokument"],
)
def test_topic_keeps_questions_without_the_frame(question):
    assert topic(question) == question


def test_etc_closes_a_sentence_but_t_ex_does_not():
    text = "Det kan vara folkbildning, stiftelser etc. Social hållbarhet innebär rättigheter. Se t.ex. Bilaga 2."
    spans = [text[a:b] for a, b in sentences(text, 0)]
    assert spans == ["Det kan vara folkbildning, stiftelser etc.", "Social hållbarhet innebär rättigheter.",
                     "Se t.ex. Bilaga 2."]


def test_sentence_spans_are_offsets_from_base():
    text = "Första meningen. Andra meningen."
    assert sentences(text, 100) == [(100, 116), (117, 132)]


def test_a_compound_head_counts_no_more_than_its_own_rarity(corpus_service):
    """'samverkansansvarig' is rare; 'samverkan' is everywhere. A unit that only says 'samverkan'
    must score far below the unit with the word itself."""
    from retrieval.textproc import tokens

    answerer = corpus_service.state().answerer
    lex = answerer.lexical("samverkansansvarig")
    chunks = corpus_service.retriever.chunks
    stems = [set(tokens(chunks[ci].units[ui].display_text)) for ci, ui in answerer.refs]
    with_word = [lex[i] for i, s in enumerate(stems) if "samverkansansvar" in s]
    head_only = [lex[i] for i, s in enumerate(stems) if "samverkan" in s and not s & {"samverkansansvar", "samverk"}]
    assert with_word and len(head_only) > 10
    assert min(with_word) == pytest.approx(1.0)
    assert max(head_only) < 0.5


def test_named_document_does_not_favour_units_repeating_its_name(corpus_service):
    answerer = corpus_service.state().answerer
    stripped = answerer._strip_names("Vem ska utse en samverkansansvarig i Södertälje kommun?", ("sodertalje",))
    assert "Södertälje" not in stripped and "samverkansansvarig" in stripped
    # party words that are also aliases stay: they say who acts
    kept = answerer._strip_names("Vad ansvarar landstinget för i Västernorrland?", ("vasternorrland",))
    assert "landstinget" in kept and "Västernorrland" not in kept
    # written without å/ä/ö, the name is still a name
    plain = answerer._strip_names("hur ofta ses lansoverenskommelsen over", ("vasternorrland",))
    assert "lansoverenskommelsen" not in plain and "ofta" in plain


@pytest.mark.parametrize("question,added", [
    ("När ska policyn ses över?", "översyn"),
    ("hur ofta ses lansoverenskommelsen over", "översyn"),
    ("Hur ofta träffas gruppen?", "sammanträda"),
    ("Hur är styrgruppen sammansatt?", "representanter"),
    ("Vilka består gruppen av?", "representanter"),
    ("Vad består samverkansgruppen i Västernorrland av?", "representanter"),
    ("Vilka kan delta i konferensen?", "öppen"),
    ("Vad har parterna lovat?", "åtar"),
    ("Hur länge gäller avtalet?", "omfattar år"),
    ("Vem får skriva under överenskommelsen?", "underteckna"),
    ("Hur gör kommunen det enklare att bli volontär?", "underlätta"),
    ("Vem ska ordna konferensen?", "arrangera"),
])
def test_everyday_swedish_gets_the_documents_words(question, added):
    from retrieval.answer import expand_swedish

    out = expand_swedish(question)
    assert out.startswith(question) and added in out[len(question):]


def test_questions_without_everyday_phrasings_are_left_alone():
    from retrieval.answer import expand_swedish

    for q in ("Vad menas med social ekonomi?", "Vad åtar sig kommunen under principen om dialog?", "Översyn?"):
        assert expand_swedish(q) == q


def test_a_sentence_resuming_an_introduced_noun_continues_the_answer():
    from retrieval.answer import Answerer

    before = "Överenskommelsen har tagits fram i en dialogprocess med representanter från sektorn."
    assert Answerer._resumes(before, "Processen har innehållit workshoppar och en enkät.")
    # the same subject again is a new statement, and an unrelated definite noun is not a resumption
    assert not Answerer._resumes("Förvaltningen strävar efter god kunskap.", "Förvaltningen tar tillvara kompetens.")
    assert not Answerer._resumes(before, "Kommunen ansvarar för uppföljningen.")
    assert not Answerer._resumes(before, "Det finns fyra nivåer.")


def test_an_abbreviation_in_brackets_does_not_end_a_sentence():
    text = "Regeringen beslutade om propositionen (prop. 2009/10:55) som presenterar förslag. Nästa mening."
    assert [text[a:b] for a, b in sentences(text, 0)] == [
        "Regeringen beslutade om propositionen (prop. 2009/10:55) som presenterar förslag.", "Nästa mening."]


def test_the_documents_words_are_alternatives_to_the_asked_word():
    from retrieval.answer import query_terms

    # 'sammansatt' and 'representanter' are one thing asked; the subject stays its own term
    assert query_terms("Hur är samverkansgruppen sammansatt?", "sv") == [
        ("samverkansgrupp",), ("sammansat", "representant")]
    # the words between 'ses' and 'över' are not part of the phrase
    terms = query_terms("När ska gruppen ses över?", "sv")
    assert ("grupp",) in terms and any("oversyn" in g and "ses" in g for g in terms)
    # a place name stripped from inside the phrase leaves a gap that does not break it
    assert ("bestar", "representant") in query_terms("Vad består gruppen i   av?", "sv")
    english = query_terms("How is the working group composed?", "en")
    assert any(g[0] == "composed" and "representant" in g for g in english)


def test_a_unit_with_the_documents_word_gets_the_whole_weight_of_the_asked_one(corpus_service):
    """'sammansatt' is not in the corpus; a unit saying 'representanter' answers it as fully as the
    word itself would, and 'sammanträda' (same first letters) does not count for it."""
    from retrieval.answer import query_terms
    from retrieval.textproc import tokens

    answerer = corpus_service.state().answerer
    lex = answerer.lexical(query_terms("sammansatt", "sv"))
    chunks = corpus_service.retriever.chunks
    stems = [set(tokens(chunks[ci].units[ui].display_text)) for ci, ui in answerer.refs]
    with_word = [lex[i] for i, s in enumerate(stems) if "representant" in s]
    only_prefix = [lex[i] for i, s in enumerate(stems) if "sammantrad" in s and "representant" not in s]
    assert with_word and only_prefix
    assert min(with_word) == pytest.approx(1.0)
    assert max(only_prefix) == 0.0


def test_a_sentence_pointing_back_is_embedded_and_matched_with_the_one_before(corpus_service):
    from retrieval.index import unit_text

    chunks = corpus_service.retriever.chunks
    found = [(c, ui) for c in chunks for ui, u in enumerate(c.units)
             if u.display_text.startswith("Dess övergripande uppdrag")]
    assert found
    c, ui = found[0]
    text = unit_text(c, ui, "Stockholm")
    assert "En gemensam arbetsgrupp mellan parterna bildas. Dess övergripande" in text
    # a sentence that does not point back is embedded alone
    assert unit_text(c, ui - 1, "Stockholm") == f"Stockholm. {c.section}: {c.units[ui - 1].display_text}"
    answerer = corpus_service.state().answerer
    lex = answerer.lexical("arbetsgrupp")
    assert lex[answerer.row_of[(chunks.index(c), ui)]] == pytest.approx(1.0)


@pytest.mark.parametrize(("sentence", "points_back"), [
    ("Dess övergripande uppdrag ska vara att formulera en handlingsplan.", True),
    ("De ska kunna ha den rollen utan att riskera sitt ekonomiska stöd.", True),
    ("Den ska också bidra till att följa upp dialogen.", True),
    ("De idéburna organisationerna kan ha en kritiskt granskande roll.", False),  # the article, not a pronoun
    ("Det är viktigt att parterna möts.", False),
])
def test_which_sentences_point_back_at_the_one_before(sentence, points_back):
    from retrieval.textproc import POINTS_BACK

    assert bool(POINTS_BACK.match(sentence)) is points_back


def test_a_question_typed_without_a_with_rings_gets_the_documents_spelling(corpus_service):
    r = corpus_service.retriever
    restored = r.restore_spelling("vad menas med hallbarhet i vasternorrlands overenskommelse nar det galler")
    assert restored == "vad menas med hållbarhet i västernorrlands överenskommelse när det gäller"
    for already in ("Vad åtar sig kommunen?", "What does the county council commit to for dialogue?"):
        assert r.restore_spelling(already) == already  # spelled right, or English


def test_a_verb_typed_without_diacritics_is_not_a_missing_topic(corpus_service):
    from retrieval.answer import _spelling_variants

    assert "hänvisar" in _spelling_variants("hanvisar")
    answerer = corpus_service.state().answerer
    assert answerer.missing_terms("Vilken vision hanvisar staden till?") == []
    assert answerer.missing_terms("Vad säger överenskommelsen om parkeringsplatser?") == ["parkeringsplatser"]


@pytest.mark.parametrize(("question", "term"), [
    ("Vad menas med kooperativa företag i Tyresös policy?", ["kooperativ", "foretag"]),
    ("vad ar social ekonomi", ["social", "ekonomi"]),
    ("Vad betyder idealitet?", ["idealitet"]),
    ("Hur många principer finns det?", []),
])
def test_a_definition_question_names_its_term(question, term):
    from retrieval.answer import definiendum

    assert definiendum(question) == term


def test_the_sentence_defining_the_asked_term_is_preferred(corpus_service):
    """'Kooperativa företag är sådana som …' defines the asked term; 'Med idéburna organisationer
    avses …' defines another one and does not count for it."""
    answerer = corpus_service.state().answerer
    defines = answerer._defines(["kooperativ", "foretag"])
    texts = {corpus_service.retriever.chunks[ci].units[ui].display_text: defines[row]
             for row, (ci, ui) in enumerate(answerer.refs)}
    assert texts["Kooperativa företag är sådana som ägs och drivs av sina medlemmar."] == 1.0
    assert all(v == 0.0 for t, v in texts.items() if t.startswith("Med idéburna organisationer avses"))


@pytest.mark.parametrize(("question", "intent"), [
    ("Vad innebär öppenhet och insyn för Västernorrland?", "definition"),
    ("Vad menas med social ekonomi?", "definition"),
    ("Vad åtar sig kommunen under principen om dialog?", "obligation"),
])
def test_what_a_question_asks_for(corpus_service, question, intent):
    assert corpus_service.retriever.understand(question).intent == intent


@pytest.mark.parametrize(("question", "party"), [
    ("vad gor landstinget for att sektorn ska kunna organisera sig", "public"),
    ("what do the associations do for quality", "civil_society"),
    ("vad ska parterna gora", "joint"),
    ("vad gor man i tyreso", None),
])
def test_the_subject_of_what_does_x_do_is_the_party(question, party):
    from retrieval.answer import doing_party

    assert doing_party(question) == party


def test_a_missing_word_declines_only_when_it_is_what_the_question_is_about(corpus_service):
    svc = corpus_service
    about = svc.ask("Vad säger överenskommelsen om parkeringsplatser?")
    assert about.abstained and "parkeringsplatser" in about.reason
    # one unknown verb among several words the documents use: answered, not declined
    one_of_many = svc.ask("Vilka av dokumenten inrättar en gemensam arbetsgrupp som ska driva arbetet vidare?")
    assert not one_of_many.abstained, one_of_many.reason


@pytest.mark.parametrize(("question", "parties", "stripped"), [
    ("Hur länge gäller Stockholms överenskommelse med den idéburna sektorn?", (),
     "Hur länge gäller Stockholms överenskommelse?"),
    ("Vad säger policyn för samarbete med idéburna organisationer om kvalitet?", (), "Vad säger policyn om kvalitet?"),
    ("List every commitment in the Västernorrland county agreement", (),
     "List every commitment in the Västernorrland agreement"),
    ("Vad åtar sig den idéburna sektorn i Stockholms överenskommelse?", ("civil_society",), None),
    ("What does the county council commit to?", ("public",), None),
])
def test_how_a_document_is_named_is_not_who_is_asked_about(question, parties, stripped):
    from ingest.vocab import fold
    from retrieval.query import detect_parties, strip_designation

    assert detect_parties(fold(question)) == parties
    assert strip_designation(question) == (stripped or question)


def test_x_handlar_om_reads_as_a_definition_of_x(corpus_service):
    import re

    from retrieval.answer import EVIDENCE_BOOSTS
    from retrieval.textproc import tokens

    answerer = corpus_service.state().answerer
    chunks = answerer.r.chunks
    rows = [i for i, (ci, ui) in enumerate(answerer.refs)
            if chunks[ci].units[ui].display_text.startswith("Hållbarhet handlar om")]
    assert rows and answerer.defined[rows[0]] == tokens("Hållbarhet")
    definition_evidence = next(ev for q, ev in EVIDENCE_BOOSTS if "vad menas" in q)
    assert re.search(definition_evidence, "För oss handlar principen om växelverkan mellan förtroende och öppenhet.")
    assert not re.search(definition_evidence, "Landstinget ansvarar för att upprätta en systematik.")


def test_a_party_word_names_a_document_only_when_the_question_is_about_one(corpus_service):
    r = corpus_service.retriever
    assert r.understand("Vad åtar sig landstinget under principen om dialog?").documents == ("vasternorrland",)
    cmp = r.understand("Vilka av överenskommelserna säger att kommunen eller landstinget ska stödja föreningar?")
    assert cmp.intent == "comparison" and cmp.documents == ()
    named = r.understand("Vilka av överenskommelserna, Stockholms eller Länsöverenskommelsen, nämner upphandling?")
    assert set(named.documents) == {"stockholm", "vasternorrland"}


def test_what_the_documents_call_themselves_is_not_a_term_to_match():
    from retrieval.answer import query_terms

    terms = [g[0] for g in query_terms("Vilka diskrimineringsgrunder räknas upp i samverkansöverenskommelsen?", "sv")]
    assert not any("overenskomm" in t for t in terms) and any(t.startswith("diskrimin") for t in terms)
    english = [g[0] for g in query_terms("What does the agreement say about procurement?", "en")]
    assert "agreement" not in english and "procurement" in english


def test_an_english_collaboration_agreement_is_a_document_name():
    from retrieval.query import strip_designation

    assert strip_designation("How was the Södertälje collaboration agreement drawn up?") == \
        "How was the Södertälje agreement drawn up?"


def test_an_adjective_is_not_the_principle_but_a_typo_of_the_noun_is():
    from ingest.vocab import fold
    from retrieval.query import detect_principles

    assert detect_principles(fold("Hjälper staden föreningarna att planera långsiktigt?")) == ()
    assert detect_principles(fold("Vad åtar sig kommunen om langsiktighett?")) == ("langsiktighet",)
    assert detect_principles(fold("Vad står det om långsiktighet?")) == ("langsiktighet",)


@pytest.mark.parametrize(("question", "subject", "party"), [
    ("Vad ska de idéburna organisationerna i Stockholm göra för att samverka?", "organisationerna", "civil_society"),
    ("vad gor landstinget for att stodja sektorn", "landstinget", "public"),
    ("Vad ska den gemensamma arbetsgruppen i Stockholm göra?", "arbetsgruppen", None),  # a group, not a party
    ("om vi vill klaga, vad ska vi gora", None, None),  # the asker
    ("What does the city of Stockholm do for dialogue?", "city", "public"),
    ("Vad åtar sig kommunen?", None, None),
])
def test_the_subject_of_what_does_x_do(question, subject, party):
    from ingest.vocab import fold
    from retrieval.query import doing_party, doing_subject

    assert doing_subject(fold(question)) == subject
    assert doing_party(fold(question)) == party


def test_principles_given_as_headings_come_with_the_sentence_that_introduces_them(corpus_service):
    a = corpus_service.ask("Vilka principer bygger Södertäljes samverkansöverenskommelse på?")
    texts = [c.display_text for c in a.citations]
    assert texts and "sju principer" in texts[0], a.answer
    assert sum(t.startswith("Principen om") for t in texts) == 7, a.answer
