"""The structure of each of the five documents, pinned: principles and commitments per party (slow tier:
they are the real corpus), and of the fixture corpus's two (fast tier)."""

from __future__ import annotations

from collections import Counter

import pytest

from ingest.clean import clean, vocabulary
from ingest.load import load, read_metadata
from ingest.structure import structure
from tests.conftest import CORPUS, MINI_CORPUS

SIX = {
    "sjalvstandighet_och_oberoende",
    "dialog",
    "kvalitet",
    "langsiktighet",
    "oppenhet_och_insyn",
    "mangfald",
}


@pytest.fixture(scope="module")
def parsed():
    meta = read_metadata(CORPUS)
    docs = {p.name: load(p, meta) for p in sorted(CORPUS.glob("*.txt"))}
    vocab = vocabulary(d.text for n, d in docs.items() if not n.startswith("004"))
    out = {}
    for d in docs.values():
        ct = clean(d, vocab)
        out[d.doc_id] = (d, ct, structure(d, ct))
    return out


def counts(st):
    return Counter((c.principle, c.party) for c in st.commitments)


def test_the_fixture_corpus_principles_and_commitments_per_party():
    docs = {p.name: load(p, read_metadata(MINI_CORPUS)) for p in sorted(MINI_CORPUS.glob("*.txt"))}
    vocab = vocabulary(d.text for d in docs.values())
    parsed = {d.doc_id: (d, structure(d, clean(d, vocab))) for d in docs.values()}
    doc, st = parsed["fjallvik"]
    assert [s.principle for s in st.sections if s.kind == "principle"] == [
        "dialog",
        "kvalitet",
        "oppenhet_och_insyn",
        "sjalvstandighet_och_oberoende",
        "langsiktighet",
        "mangfald",
    ]
    assert counts(st)[("dialog", "public")] == 2 and counts(st)[("dialog", "civil_society")] == 1
    assert (
        counts(st)[("oppenhet_och_insyn", "joint")] == 2
    )  # 'Båda parter åtar sig att:' and 'Parterna ska …'
    assert sum(c.party == "public" for c in st.commitments) == 9
    _, st = parsed["akerlunda"]
    assert counts(st) == {
        ("dialog", "public"): 2,
        ("kvalitet", "public"): 2,
        ("kvalitet", "civil_society"): 1,
        ("oppenhet_och_insyn", "public"): 1,
        ("samhallsutveckling", "joint"): 1,
    }
    for d, st in parsed.values():
        for c in st.commitments:
            assert d.text[c.start : c.end] == c.text


@pytest.mark.slow  # the seed documents of corpus/
def test_sodertalje_seven_principles_and_their_commitments(parsed):
    _, _, st = parsed["sodertalje"]
    assert {s.principle for s in st.sections if s.principle} == SIX | {"samhallsutveckling"}
    assert counts(st) == Counter(
        {
            ("langsiktighet", "public"): 2,
            ("langsiktighet", "civil_society"): 1,
            ("langsiktighet", "joint"): 1,
            ("oppenhet_och_insyn", "public"): 2,
            ("oppenhet_och_insyn", "civil_society"): 1,
            ("oppenhet_och_insyn", "joint"): 2,
            ("mangfald", "public"): 4,
            ("mangfald", "civil_society"): 3,
            ("sjalvstandighet_och_oberoende", "public"): 3,
            ("sjalvstandighet_och_oberoende", "civil_society"): 1,
            ("dialog", "public"): 3,
            ("dialog", "civil_society"): 3,
            ("dialog", "joint"): 1,
            ("kvalitet", "public"): 3,
            ("kvalitet", "civil_society"): 1,
            ("kvalitet", "joint"): 2,
            ("samhallsutveckling", "public"): 3,
            ("samhallsutveckling", "civil_society"): 2,
            # commitments written as sentences: 'Kommunen ska därför skapa förutsättningar …',
            # 'Kommunen ansvarar för att säkerställa tjänstepersonstöd …', and in the follow-up list
            # 'Kommunen ser till att information blir tillgänglig …' (an undertaking in the present tense)
            (None, "public"): 2,
        }
    )
    texts = [c.display_text for c in st.commitments]
    assert (
        "Att förenkla möjligheten att nå kommunen, t.ex. en väg in genom kontaktpersoner och eget forum för "
        "samverkansöverenskommelsen" in texts
    )


@pytest.mark.slow  # the seed documents of corpus/
def test_vasternorrland_six_principles_and_item_parties(parsed):
    _, _, st = parsed["vasternorrland"]
    assert {s.principle for s in st.sections if s.principle} == SIX
    assert counts(st) == Counter(
        {
            ("sjalvstandighet_och_oberoende", "public"): 4,
            ("sjalvstandighet_och_oberoende", "civil_society"): 1,
            ("dialog", "joint"): 1,
            ("dialog", "public"): 1,
            ("dialog", "civil_society"): 1,
            ("kvalitet", "joint"): 1,
            ("kvalitet", "public"): 2,
            ("langsiktighet", "public"): 2,
            ("langsiktighet", "civil_society"): 1,
            ("oppenhet_och_insyn", "joint"): 2,
            ("oppenhet_och_insyn", "civil_society"): 1,
            ("oppenhet_och_insyn", "public"): 1,
            ("mangfald", "public"): 2,
            ("mangfald", "joint"): 3,
            (None, "public"): 1,  # 'Landstinget Västernorrland ansvarar för ekonomiskt stöd till processen.'
            (None, "civil_society"): 1,  # 'De organisationer inom den idéburna sektorn som vill ingå … ska …'
        }
    )
    for c in st.commitments:
        if c.display_text.startswith("Landstinget ansvarar"):
            assert c.party == "public", c.display_text
        if c.display_text.startswith("De idéburna organisationerna"):
            assert c.party == "civil_society", c.display_text
        if c.display_text.startswith("Parterna"):
            assert c.party == "joint", c.display_text
        if c.display_text.startswith("Ge möjlighet för organisationerna"):  # the county council gives it
            assert c.party == "public", c.display_text
    titles = [s.title for s in st.sections]
    assert "7.1 Samverkansgruppens uppdrag och ansvar" in titles and "Bilaga 2 Definitioner" in titles
    assert {s.kind for s in st.sections if s.title == "Bilaga 2 Definitioner"} == {"definition"}


@pytest.mark.slow  # the seed documents of corpus/
def test_stockholm_party_lists(parsed):
    _, _, st = parsed["stockholm"]
    assert {s.principle for s in st.sections if s.principle} == SIX
    # joint: 'Arbetsgruppen ska vidare förbereda den årliga uppföljningskonferensen …' is the task of
    # 'en gemensam arbetsgrupp mellan parterna', read since working groups are joint bodies (data)
    assert counts(st) == Counter(
        {(None, "joint"): 12, (None, "public"): 4, (None, "civil_society"): 5, ("langsiktighet", "public"): 1}
    )  # 'Staden ska i möjligaste mån bidra …'; joint: "De åtar sig gemensamt, och var och en för sig, att …"
    said = [c.display_text for c in st.commitments if c.principle == "langsiktighet"]
    assert said and said[0].startswith("Staden ska")
    assert {s.kind for s in st.sections if s.title == "Överenskommelsens omfattning"} == {"validity"}


@pytest.mark.slow  # the seed documents of corpus/
@pytest.mark.parametrize(
    "doc_id,items",
    [
        (
            "tyreso",
            [
                "Själständighet och oberoende",
                "Dialog",
                "Kvalitet",
                "Långsiktighet",
                "Öppenhet och insyn",
                "Integration och mångfald",
                "Delaktighet",
                "Jämlikhet",
                "Jämställdhet.",
            ],
        ),
        (
            "socialnamnden",
            [
                "Självständighet och oberoende",
                "Dialog",
                "Kvalitet",
                "Långsiktighet",
                "Öppenhet och insyn",
                "Mångfald",
            ],
        ),
    ],
)
def test_policies_list_their_principles_and_commit_only_in_sentences(parsed, doc_id, items):
    _, _, st = parsed[doc_id]
    lists = [i for i, s in enumerate(st.sections) if s.kind == "principle_list"]
    assert lists
    got = [u.display_text for si, u in st.units if si in lists and u.kind == "item"]
    assert got == items
    # a policy has no party lists; what it commits to is said in sentences ('… ska socialnämnden initiera')
    assert all(c.principle is None and c.party == "public" for c in st.commitments)
    assert {s.kind for s in st.sections} >= {"purpose", "definition"}


@pytest.mark.slow  # the seed documents of corpus/
def test_every_commitment_and_section_is_exact_original_text(parsed):
    for d, _, st in parsed.values():
        for c in st.commitments:
            assert d.text[c.start : c.end] == c.text and c.text.strip()
        for s in st.sections:
            assert 0 <= s.start <= s.end <= len(d.text)


@pytest.mark.slow  # the seed documents of corpus/
def test_noise_is_not_in_the_clean_text(parsed):
    _, ct, st = parsed["vasternorrland"]
    for noise in ("Save this PDF", "Transkript", "S ida", "Läs mer", "Region Skåne", "Innehåll Innehåll"):
        assert noise not in ct.text
    _, ct, _ = parsed["tyreso"]
    assert "Innehållsförteckning" not in ct.text and "Syfte....." not in ct.text
    _, ct, _ = parsed["stockholm"]
    assert "[bookmark" not in ct.text


@pytest.mark.parametrize(
    ("item", "party"),
    [
        ("Ge möjlighet för organisationerna inom den idéburna sektorn att verka långsiktigt", "public"),
        ("Erbjuda lokaler åt föreningarna", "public"),
        ("Ge information om överenskommelsen till alla parter", "joint"),  # not the sector as receiver
        ("Öka kunskapen om sektorn", "joint"),
        ("Den idéburna sektorn ges möjlighet att yttra sig", "public"),
    ],
)
def test_an_item_giving_the_sector_something_is_the_public_sides(item, party):
    from ingest.vocab import party_of_item

    assert party_of_item(item) == party
