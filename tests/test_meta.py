"""Metadata inferred from the document alone: the seed corpus and short synthetic texts per rule."""

from __future__ import annotations

from functools import cache

import pytest

from ingest.meta import infer_meta, slugify, unique_ids
from ingest.records import Block, DocMeta
from retrieval.settings import ROOT

CORPUS = ROOT / "corpus"


@cache
def seed(name: str) -> DocMeta:
    path = next(CORPUS.glob(f"{name}_*.txt"))
    return infer_meta(path.read_text(encoding="utf-8"), path.name)


# --------------------------------------------------------------------------- the seed corpus


@pytest.mark.slow  # the seed documents of corpus/
@pytest.mark.parametrize(
    "name,doc_id,place,kind,organisation",
    [
        ("000", "tyreso", "Tyresö", "policy", "Tyresö kommun"),
        ("001", "socialnamnden", "", "policy", "Socialnämnden"),
        ("002", "vasternorrland", "Västernorrland", "överenskommelse", "Landstinget Västernorrland"),
        ("003", "stockholm", "Stockholm", "överenskommelse", "Stockholms stad"),
        ("004", "sodertalje", "Södertälje", "överenskommelse", "Södertälje kommun"),
    ],
)
def test_seed_documents_infer_their_identity(name, doc_id, place, kind, organisation):
    meta = seed(name)
    assert (meta.doc_id, meta.place, meta.kind, meta.organisation) == (doc_id, place, kind, organisation)


@pytest.mark.slow  # the seed documents of corpus/
def test_seed_header_table_gives_date_body_and_validity():
    meta = seed("000")
    assert meta.title == "Policy för samarbete med idéburna organisationer inom det sociala området"
    assert (meta.date, meta.body, meta.valid) == ("2019-02-01", "äldre- och omsorgsnämnden", "tills vidare")
    assert {"Tyreso", "Tyresö kommun", "äldre- och omsorgsnämnden", "förvaltningen för liv och hälsa"} <= set(
        meta.aliases
    )


@pytest.mark.slow  # the seed documents of corpus/
def test_seed_web_transcript_title_is_after_the_page_chrome():
    meta = seed("002")
    assert meta.title == (
        "Länsöverenskommelsen Västernorrland - överenskommelse om samverkan mellan "
        "landstinget och den idéburna sektorn i Västernorrland"
    )
    # the teasers of other documents after the transcript ('Antaget av kommunfullmäktige
    # 2015-03-24') are not it
    assert meta.date is None and meta.body == "landstingsfullmäktige"
    assert meta.revision == "minst vart femte år"
    assert {"Vasternorrland", "Landstinget Västernorrland", "Länsöverenskommelsen"} <= set(meta.aliases)


@pytest.mark.slow  # the seed documents of corpus/
def test_seed_stockholm_reads_the_genitive_and_the_body_across_a_line_break():
    meta = seed("003")
    assert meta.title == "Överenskommelse mellan Stockholms stad och den idéburna sektorn"  # bookmarks gone
    assert meta.body == "kommunfullmäktige" and meta.valid == "fyra år" and meta.date is None
    assert {"Stockholm", "Stockholms", "Stockholms stad"} <= set(meta.aliases)


@pytest.mark.slow  # the seed documents of corpus/
def test_seed_ocr_damaged_document_is_named_from_its_repaired_text():
    meta = seed("004")
    assert meta.title == "Samverkansöverenskommelse mellan idéburen sektor och Södertälje kommun"
    assert meta.revision == "vart fjärde år"  # OCR wrote 'vart fjiarde ar'
    assert {"Sodertalje", "Södertälje kommun", "Samverkansöverenskommelsen"} <= set(meta.aliases)


@pytest.mark.slow  # the seed documents of corpus/
def test_seed_corpus_is_unique_and_gains_what_only_the_corpus_tells():
    metas = {m.doc_id: m for m in unique_ids([seed(n) for n in ("000", "001", "002", "003", "004")])}
    assert list(metas) == ["tyreso", "socialnamnden", "vasternorrland", "stockholm", "sodertalje"]
    # 000 and 001 share their title: each gets its organisation after it
    assert metas["tyreso"].title.endswith("området (Tyresö kommun)")
    assert metas["socialnamnden"].title.endswith("området (Socialnämnden)")
    # the only 'stad' and the only 'landsting' are called so by their own side; two kommuner are not
    assert "staden" in metas["stockholm"].aliases and "landstinget" in metas["vasternorrland"].aliases
    assert not any("kommunen" in m.aliases or "nämnden" in m.aliases for m in metas.values())


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "line,iso",
    [
        ("Antagen av kommunfullmäktige 2020-11-23, § 141", "2020-11-23"),
        ("Antagen av kommunfullmäktige den 3 mars 2021", "2021-03-03"),
        ("Fastställd 3 mars 2021", "2021-03-03"),
        ("Undertecknad 23/11 2020", "2020-11-23"),
        ("Antagen 23.11.2020 av kommunfullmäktige", "2020-11-23"),
        ("Beslutad av regionstyrelsen den 14 juni 2022", "2022-06-14"),
        ("Beslutsdatum: 2019-02-01", "2019-02-01"),
        ("Beslutsdatum\t2019-02-01\tDokumenttyp\tPolicy", "2019-02-01"),
        ("KF 2021-03-15 § 42", "2021-03-15"),
        ("Godkänd den 1 sept. 2018", "2018-09-01"),
    ],
)
def test_every_swedish_date_form_gives_the_iso_date(line, iso):
    assert infer_meta(f"Policy för samverkan i Ekby kommun\n\n{line}\n\nText.", "t.txt").date == iso


def test_a_decision_date_wins_over_revision_and_validity_dates():
    text = (
        "Överenskommelse om samverkan i Ekby kommun\n\nGäller från 2021-01-01\n"
        "Version 2 reviderad 2022-05-01\nAntagen av kommunfullmäktige 2020-12-10\n"
    )
    assert infer_meta(text, "t.txt").date == "2020-12-10"


def test_a_revision_date_is_a_fallback_and_someone_elses_decision_is_not_a_date():
    assert infer_meta("Policy för Ekby kommun\n\nReviderad 2022-05-01.\n", "t.txt").date == "2022-05-01"
    national = "Policy för Ekby kommun\n\nRegeringen beslutade den 23 oktober 2008 om en överenskommelse."
    assert infer_meta(national, "t.txt").date is None
    assert infer_meta("Policy för Ekby kommun\n\nBeslutad den 3 mars.\n", "t.txt").date is None  # no year


def test_a_date_in_the_page_header_counts_when_no_decision_is_written():
    text = "EKBY KOMMUN\nKommunstyrelseförvaltningen\n2020-11-23\n\nRiktlinjer för samverkan\n\nText."
    assert infer_meta(text, "t.txt").date == "2020-11-23"


# --------------------------------------------------------------------------- bodies, validity, revision


@pytest.mark.parametrize(
    "text,body",
    [
        ("Antagen av kommunfullmäktige 2020-11-23", "kommunfullmäktige"),
        ("Beslutad av regionstyrelsen den 14 juni 2022", "regionstyrelsen"),
        ("KF 2021-03-15 § 42", "kommunfullmäktige"),
        ("Beslutad av: Äldre- och omsorgsnämnden", "äldre- och omsorgsnämnden"),
        ("Policyn fastställs och undertecknas av landstingsfullmäktige.", "landstingsfullmäktige"),
        ("Den ska beslutas av ett\nenigt kommunfullmäktige.", "kommunfullmäktige"),
        ("Kommunen ska föra dialog.", ""),
    ],
)
def test_the_deciding_body_is_read_as_written(text, body):
    assert infer_meta(f"Policy för samverkan\n\n{text}\n", "t.txt").body == body


@pytest.mark.parametrize(
    "text,valid,revision",
    [
        ("Programmet gäller 2022–2025 och revideras varje mandatperiod.", "2022–2025", "varje mandatperiod"),
        ("Giltighetstid: Tills vidare\nRevideras: Årligen", "tills vidare", "årligen"),
        ("Programmet omfattar fyra år. Det ses över vart annat år.", "fyra år", "vart annat år"),
        (
            "Giltighetstid\t2021-04-01 – 2024-12-31\nRevideras senast\t2024",
            "2021-04-01 – 2024-12-31",
            "senast 2024",
        ),
        ("En handlingsplan tas fram som revideras årligen.", "", ""),  # a plan it mentions, not the document
        ("Parterna ska ta fram en plan som revideras årligen.", "", ""),
    ],
)
def test_validity_and_revision_as_written(text, valid, revision):
    meta = infer_meta(f"Program för samverkan i Ekby kommun\n\n{text}\n", "t.txt")
    assert (meta.valid, meta.revision) == (valid, revision)


# --------------------------------------------------------------------------- places and organisations


@pytest.mark.parametrize(
    "title,place,organisation",
    [
        ("Överenskommelse mellan Stockholms stad och civilsamhället", "Stockholm", "Stockholms stad"),
        ("Policy för idéburen sektor i Linköpings kommun", "Linköping", "Linköpings kommun"),
        ("Överenskommelse om samverkan i Borås Stad", "Borås", "Borås Stad"),
        ("Överenskommelse mellan Vännäs kommun och föreningslivet", "Vännäs", "Vännäs kommun"),
        ("Överenskommelse mellan Strängnäs kommun och civilsamhället", "Strängnäs", "Strängnäs kommun"),
        ("Lokal överenskommelse i Kramfors kommun", "Kramfors", "Kramfors kommun"),
        ("Överenskommelse mellan Falu kommun och föreningarna", "Falun", "Falu kommun"),
        (
            "Överenskommelse mellan Upplands Väsby kommun och föreningslivet",
            "Upplands Väsby",
            "Upplands Väsby kommun",
        ),
        # invented places, never seen: a genitive -s comes off, a name ending in -ås/-fors keeps it
        ("Policy för samverkan med civilsamhället i Ekby kommun", "Ekby", "Ekby kommun"),
        ("Policy för idéburen sektor, Sjöstads kommun", "Sjöstad", "Sjöstads kommun"),
        ("Policy för samverkan i Ålvsby kommun", "Ålvsby", "Ålvsby kommun"),
        ("Strategi för civilsamhället i Tallås kommun", "Tallås", "Tallås kommun"),
        ("Policy för samverkan i Granfors kommun", "Granfors", "Granfors kommun"),
        ("RIKTLINJER FÖR SAMVERKAN – EKBY KOMMUN", "Ekby", "Ekby kommun"),
    ],
)
def test_place_is_the_nominative_of_the_organisation(title, place, organisation):
    meta = infer_meta(f"{title}\n\nText om samverkan.\n", "t.txt")
    assert (meta.place, meta.organisation, meta.doc_id) == (place, organisation, slugify(place))


def test_a_name_written_without_its_s_elsewhere_is_a_genitive():
    meta = infer_meta(
        "Ekbys kommuns överenskommelse med föreningslivet\n\nI Ekby finns många föreningar.", "t.txt"
    )
    assert meta.place == "Ekby"


@pytest.mark.parametrize(
    "text,place,organisation",
    [
        (
            "Överenskommelse mellan Region Norrvik och den idéburna sektorn\n\nRegion Norrviks arbete …",
            "Norrvik",
            "Region Norrvik",
        ),
        ("Policy för Region Norrviks samverkan med civilsamhället\n", "Norrvik", "Region Norrvik"),
        (
            "Landstinget Dalarnas policy för ideell sektor\n\nLandstinget Dalarna ska …",
            "Dalarna",
            "Landstinget Dalarna",
        ),
        (
            "Överenskommelse mellan Västra Götalandsregionen och den sociala ekonomin\n",
            "Västra Götaland",
            "Västra Götalandsregionen",
        ),
    ],
)
def test_regions_and_county_councils(text, place, organisation):
    meta = infer_meta(text, "t.txt")
    assert (meta.place, meta.organisation) == (place, organisation)


def test_a_county_council_is_also_known_by_its_region():
    assert "Region Dalarna" in infer_meta("Landstinget Dalarnas policy för ideell sektor\n", "t.txt").aliases


def test_the_most_named_organisation_wins_over_one_mentioned_in_passing():
    text = (
        "Policy för samverkan med föreningslivet\n\n"
        "Ekby kommun vill … Som i Sjöstads kommun ska Ekby kommun …\n"
        "Ekby kommun åtar sig …"
    )
    assert infer_meta(text, "t.txt").place == "Ekby"


def test_a_policy_of_a_namnd_alone():
    text = (
        "Policy för samarbete med idéburna organisationer\n\nSyftet är att tydliggöra socialnämndens "
        "förhållningssätt. Socialnämnden ska initiera dialog. Socialförvaltningen har god kunskap."
    )
    meta = infer_meta(text, "t.txt")
    assert (meta.organisation, meta.place, meta.doc_id, meta.kind) == (
        "Socialnämnden",
        "",
        "socialnamnden",
        "policy",
    )
    assert {"Socialnämnden", "Socialnamnden", "socialförvaltningen"} <= set(meta.aliases)


def test_aliases_name_the_place_in_every_form():
    meta = infer_meta("Överenskommelse mellan Södertälje kommun och idéburen sektor\n", "t.txt")
    assert meta.aliases[:5] == (
        "Södertälje",
        "Sodertalje",
        "Södertäljes",
        "Södertälje kommun",
        "Sodertalje kommun",
    )
    assert infer_meta("Policy för Borås Stad\n", "t.txt").aliases[:2] == ("Borås", "Boras")  # no 'Boråss'


# --------------------------------------------------------------------------- titles and kinds


@pytest.mark.parametrize(
    "text,title",
    [
        # a page header before the title
        (
            "Ekby kommun   Riktlinjer för samverkan   Sida 1 (8)\n\n"
            "Riktlinjer för samverkan med föreningslivet\n\nText.",
            "Riktlinjer för samverkan med föreningslivet",
        ),
        (
            "EKBY KOMMUN\nDnr KS 2020/123\n2020-11-23\n\nPolicy för samverkan med civilsamhället\n\nText.",
            "Policy för samverkan med civilsamhället",
        ),
        # CSS, a cookie banner and a menu before the title
        (
            "body { margin: 0; }\n.nav a { color: #fff; }\n"
            "Vi använder kakor (cookies) för att förbättra webbplatsen.\n"
            "Hem | Kommun och politik | Kontakt\n\nÖverenskommelse om samverkan i Sjöstad\n\nText.",
            "Överenskommelse om samverkan i Sjöstad",
        ),
        # a web transcript's header before 'Transkript'
        (
            "- överenskommelse om samverkan i Kramfors\n\n"
            "Save this PDF as:\n WORD PNG TXT JPG\n\nTranskript\n\n"
            "1 Lokal överenskommelse mellan Kramfors kommun och föreningslivet\n\n"
            "2 1 S ida Innehåll Inledning\n",
            "Lokal överenskommelse mellan Kramfors kommun och föreningslivet",
        ),
        # a title wrapped over two lines, a running header repeated on every page
        (
            "Överenskommelse om samverkan mellan\nSjöstads kommun och den idéburna sektorn\n\nText.",
            "Överenskommelse om samverkan mellan Sjöstads kommun och den idéburna sektorn",
        ),
        (
            "Överenskommelse Ekby\n\nÖverenskommelse mellan Ekby kommun och föreningslivet\n\nText\n\n"
            "Överenskommelse Ekby\n\nText\n\nÖverenskommelse Ekby\n",
            "Överenskommelse mellan Ekby kommun och föreningslivet",
        ),
        ("# Överenskommelse om samverkan i Sjöstad\n\nText.", "Överenskommelse om samverkan i Sjöstad"),
        ("Policy för samverkan | Ekby kommun\n\nText.", "Policy för samverkan"),
        ("Tillsammans för Ekby\n\nEkby kommun och föreningarna vill …", "Tillsammans för Ekby"),
    ],
)
def test_the_title_is_the_documents_not_the_pages(text, title):
    assert infer_meta(text, "t.txt").title == title


def test_a_document_without_a_title_line_is_named_by_how_it_calls_itself():
    text = (
        "Samhällsutveckling börjar med den\n. Den idéburna sektorn bidrar.\n 1. Inledning\n\n"
        "Samverkansöverenskommelsen skapar samarbete mellan idéburen sektor och Sjöstads kommun.\n"
        "Samverkansöverenskommelsen revideras vart fjärde år."
    )
    meta = infer_meta(text, "t.txt")
    assert meta.title == "Samverkansöverenskommelse mellan idéburen sektor och Sjöstads kommun"
    assert meta.kind == "överenskommelse" and "Samverkansöverenskommelsen" in meta.aliases
    assert infer_meta("Text utan namn.\n", "019_utan_titel.txt").title == "019_utan_titel"


def test_a_title_is_trimmed_to_its_limit():
    line = "Policy för " + "mycket lång samverkan " * 10
    title = infer_meta(line + "\n\nText.", "t.txt").title
    assert len(line) > 200 and 180 < len(title) <= 200 and line.startswith(title + " ")  # cut between words


def test_layout_blocks_decide_which_line_is_the_heading():
    text = (
        "Kommunens webbplats\n\nVälkommen till oss\n\n"
        "Stöd till föreningslivet i Ekby\n\nEkby kommun ger stöd."
    )
    heading = text.index("Stöd")
    blocks = (
        Block("paragraph", 0, 19),
        Block("heading", 21, 39, level=2),
        Block("heading", heading, heading + 31, level=1),
        Block("paragraph", heading + 33, len(text)),
    )
    assert infer_meta(text, "t.docx", blocks).title == "Stöd till föreningslivet i Ekby"


def test_table_cells_from_a_loader_are_read_as_label_and_value():
    text = (
        "Policy för samverkan i Ekby kommun\n\nBeslutad av\n\nKultur- och fritidsnämnden\n\n"
        "Giltighetstid\n\n2022–2025"
    )
    cells = [
        (text.index(t), text.index(t) + len(t), row, col)
        for t, row, col in (
            ("Beslutad av", 0, 0),
            ("Kultur- och fritidsnämnden", 0, 1),
            ("Giltighetstid", 1, 0),
            ("2022–2025", 1, 1),
        )
    ]
    blocks = (
        Block("heading", 0, 34, level=1),
        *(Block("cell", a, b, table=0, row=r, col=c) for a, b, r, c in cells),
    )
    meta = infer_meta(text, "t.docx", blocks)
    assert (meta.body, meta.valid) == ("kultur- och fritidsnämnden", "2022–2025")


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Policy för överenskommelser med idéburen sektor\n", "policy"),  # the title's head word decides
        ("Riktlinjer för samverkan i Ekby kommun\n", "policy"),
        ("Idéburet offentligt partnerskap med Ekby kommun\n", "överenskommelse"),
        ("Samverkan i Ekby\n\nDokumenttyp: Överenskommelse\n", "överenskommelse"),
        ("Samverkan i Ekby\n\nPolicyn gäller alla nämnder. Policyn följs upp.\n", "policy"),
    ],
)
def test_kind_from_the_title_then_the_label_then_the_text(text, kind):
    assert infer_meta(text, "t.txt").kind == kind


# --------------------------------------------------------------------------- unique ids


def _meta(
    doc_id: str, kind: str, place: str = "Ekby", title: str = "T", aliases: tuple[str, ...] = ()
) -> DocMeta:
    return DocMeta(
        doc_id=doc_id, title=title, kind=kind, place=place, organisation=f"{place} kommun", aliases=aliases
    )


def test_unique_ids_name_a_second_document_of_a_place_by_its_kind_then_a_number():
    metas = [
        _meta("ekby", "policy"),
        _meta("ekby", "överenskommelse"),
        _meta("sjostad", "policy"),
        _meta("ekby", "policy"),
    ]
    ids = [m.doc_id for m in unique_ids(metas, ["b.txt", "a.txt", "c.txt", "d.txt"])]
    assert ids == ["ekby-policy", "ekby", "sjostad", "ekby-policy-2"]


def test_unique_ids_are_stable_whatever_order_the_documents_come_in():
    metas = [_meta("ekby", "policy"), _meta("ekby", "överenskommelse"), _meta("ekby", "")]
    sources = ["2.txt", "1.txt", "3.txt"]
    first = {s: m.doc_id for s, m in zip(sources, unique_ids(metas, sources), strict=True)}
    back = {s: m.doc_id for s, m in zip(sources[::-1], unique_ids(metas[::-1], sources[::-1]), strict=True)}
    assert first == back == {"1.txt": "ekby", "2.txt": "ekby-policy", "3.txt": "ekby-2"}


def test_unique_ids_drop_a_shared_alias_that_is_not_the_place():
    metas = unique_ids(
        [
            _meta("ekby", "policy", aliases=("Ekby", "Programmet")),
            _meta("sjostad", "policy", place="Sjöstad", aliases=("Sjöstad", "Programmet")),
        ]
    )
    assert [m.aliases for m in metas] == [("Ekby",), ("Sjöstad",)]
