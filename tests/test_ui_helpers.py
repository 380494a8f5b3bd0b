"""Fast tests of the UI: the pure helpers in `app/ui_helpers.py`, and the page itself through
Streamlit's AppTest against a fake API (httpx.MockTransport; no server, no browser)."""

from __future__ import annotations

import csv
import io
import json
import re
import socket
from pathlib import Path

import httpx
import pytest

from app import ui_helpers
from app.ui_helpers import (
    STRINGS,
    ApiClient,
    ApiError,
    ApiUnavailable,
    answer_html,
    build_matrix,
    citation_matches,
    commitments_csv,
    context_window,
    error_message,
    esc,
    filter_commitments,
    find_section,
    highlight_html,
    history_for,
    matrix_html,
    md_escape,
    party_label,
    passage_bounds,
    principle_label,
    t,
)

UI_SCRIPT = str(Path(__file__).resolve().parent.parent / "app" / "ui.py")
EVIL = "<script>alert(1)</script>"

# --- strings and labels ----------------------------------------------------------------------


def test_both_languages_have_the_same_strings():
    assert set(STRINGS["sv"]) == set(STRINGS["en"])


def test_t_formats_and_falls_back_to_swedish():
    assert t("sv", "n_commitments", n=3) == "3 åtaganden"
    assert t("en", "n_commitments", n=3) == "3 commitments"
    assert t("xx", "page_commitments") == "Åtaganden"


def test_principle_labels():
    assert principle_label("oppenhet_och_insyn") == "Öppenhet och insyn"
    assert principle_label("oppenhet_och_insyn", "en") == "Openness and transparency"
    assert principle_label("folkhalsa_och_delaktighet") == "Folkhalsa och delaktighet"
    assert principle_label(None) == "(ingen princip)"


def test_party_labels_follow_the_organisation():
    assert party_label("civil_society") == "Idéburen sektor"
    assert party_label("joint") == "Båda parter"
    assert party_label("public") == "Kommunen/regionen"
    assert party_label("public", "sv", "Landstinget Västernorrland") == "Landstinget"
    assert party_label("public", "sv", "Stockholms stad") == "Staden"
    assert party_label("public", "sv", "Södertälje kommun") == "Kommunen"
    assert party_label("public", "sv", "Socialnämnden") == "Nämnden"
    assert party_label("public", "en", "Stockholms stad") == "The city"
    assert party_label("civil_society", "en") == "Civil society"


# --- escaping and highlighting ---------------------------------------------------------------


def test_highlight_escapes_script_and_marks_the_span():
    text = f"Före {EVIL} mitt & <b>slut</b>\nnästa rad"
    start = text.index(EVIL)
    end = start + len(EVIL)
    out = highlight_html(text, start, end)
    assert "<script" not in out and "<b>" not in out
    assert out.count("<mark>") == 1 and out.count("</mark>") == 1
    assert "<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>" in out
    assert "&amp;" in out and "&lt;b&gt;slut&lt;/b&gt;" in out
    assert "<br>nästa rad" in out
    # the only tags left are the mark and line breaks
    assert set(re.findall(r"<(/?\w+)", out)) == {"mark", "/mark", "br"}


def test_highlight_window_and_clamping():
    text = "abcdefghij"
    assert highlight_html(text, 3, 5, 2, 7) == "c<mark>de</mark>fg"
    assert highlight_html(text, 0, 99, 8) == "<mark>ij</mark>"  # span clamped into the window
    assert highlight_html(text, 5, 2) == "abcde<mark></mark>fghij"  # end before start: empty mark


def test_highlight_cuts_long_windows_around_the_span():
    words = [f"ord{i}" for i in range(400)]
    text = " ".join(words)
    start = text.index("ord200")
    end = start + len("ord200")
    out = highlight_html(text, start, end, max_chars=200)
    assert out.startswith("… ") and out.endswith(" …")
    assert "<mark>ord200</mark>" in out
    assert len(out) < 300
    assert "ord0 " not in out and "ord399" not in out


def test_highlight_mark_id_is_escaped():
    out = highlight_html("abc", 1, 2, mark_id='x"><script>')
    assert "<script>" not in out and 'id="x&quot;&gt;&lt;script&gt;"' in out


def test_esc_and_answer_html():
    assert esc("a<b>\nc") == "a&lt;b&gt;<br>c"
    out = answer_html(f"Kommunen åtar sig {EVIL} att [1] och [12].")
    assert "<script" not in out
    assert '<span class="ov-cite">[1]</span>' in out and '<span class="ov-cite">[12]</span>' in out


def test_md_escape_keeps_labels_literal():
    assert md_escape("[1] *Titel* <i>x</i> $5") == r"\[1\] \*Titel\* \<i\>x\</i\> \$5"


SECTIONS = [
    {"title": "Hela", "path": ["Hela"], "kind": "section", "start": 0, "end": 100, "principle": None},
    {
        "title": "Öppenhet",
        "path": ["Hela", "Öppenhet"],
        "kind": "principle",
        "start": 10,
        "end": 50,
        "principle": "oppenhet_och_insyn",
    },
    {
        "title": "Åtaganden",
        "path": ["Hela", "Öppenhet", "Åtaganden"],
        "kind": "commitments",
        "start": 20,
        "end": 40,
        "principle": "oppenhet_och_insyn",
    },
]


def test_find_section_prefers_the_named_section_then_the_narrowest():
    assert find_section(SECTIONS, 25, 30)["title"] == "Åtaganden"
    assert find_section(SECTIONS, 25, 30, "Öppenhet")["title"] == "Öppenhet"
    assert find_section(SECTIONS, 25, 30, "Okänd")["title"] == "Åtaganden"
    assert find_section(SECTIONS, 45, 60)["title"] == "Hela"
    assert find_section(SECTIONS, 90, 120) is None


def test_passage_bounds_falls_back_to_whole_lines_around_the_span():
    text = "rad ett\nrad två med citat\nrad tre\n"
    start = text.index("citat")
    citation = {"start": start, "end": start + 5, "section": "x", "text": "citat"}
    lo, hi = passage_bounds({"text": text, "sections": []}, citation)
    assert text[lo:hi].startswith("rad ett")
    assert context_window(text, start, start + 5, chars=0) == (8, 25)
    assert context_window(text, start, start + 5, chars=3) == (8, 33)
    doc = {"text": "x" * 100, "sections": SECTIONS}
    assert passage_bounds(doc, {"start": 25, "end": 30, "section": "Öppenhet"}) == (10, 50)


def test_citation_matches_checks_the_exact_span():
    doc = {"text": "Kommunen åtar sig att lyssna."}
    assert citation_matches(doc, {"start": 0, "end": 8, "text": "Kommunen"})
    assert not citation_matches(doc, {"start": 1, "end": 9, "text": "Kommunen"})
    assert not citation_matches(doc, {"start": 20, "end": 99, "text": "lyssna."})


def test_history_is_the_earlier_questions_only():
    messages = [
        {"role": "user", "content": "q1"},
        {"role": "assistant", "answer": {}},
        {"role": "user", "content": "q2"},
        {"role": "assistant", "answer": {}},
        {"role": "user", "content": "q3"},
    ]
    assert history_for(messages, 10) == ["q1", "q2", "q3"]
    assert history_for(messages, 2) == ["q2", "q3"]
    assert history_for(messages, 0) == []


# --- matrix and CSV --------------------------------------------------------------------------


def _c(doc_id, principle, party, text, start=0):
    return {
        "doc_id": doc_id,
        "source": f"{doc_id}.txt",
        "principle": principle,
        "party": party,
        "section": f"Principen om {principle}",
        "text": text,
        "display_text": text,
        "start": start,
        "end": start + len(text),
    }


COMMITMENTS = [
    _c("sodertalje", "oppenhet_och_insyn", "joint", "Att sprida information", 30),
    _c("sodertalje", "oppenhet_och_insyn", "public", "Att vara transparent", 20),
    _c("sodertalje", "oppenhet_och_insyn", "public", "Att förenkla kontakten", 10),
    _c("stockholm", "dialog", "civil_society", f"Att föra dialog {EVIL}"),
    _c("stockholm", "eget_tema", "public", "Att göra något eget"),
    _c("stockholm", None, "public", "Att utan princip"),
    _c("vasternorrland", "sjalvstandighet_och_oberoende", "public", "Att respektera oberoendet"),
]


def test_build_matrix_orders_rows_columns_and_parties():
    matrix = build_matrix(COMMITMENTS, ["tyreso", "stockholm", "sodertalje"])
    assert matrix.principles == (
        "sjalvstandighet_och_oberoende",
        "dialog",
        "oppenhet_och_insyn",
        "eget_tema",
        None,
    )
    assert matrix.documents == ("tyreso", "stockholm", "sodertalje", "vasternorrland")
    cell = matrix.cell("oppenhet_och_insyn", "sodertalje")
    assert list(cell) == ["public", "joint"]
    assert [c["text"] for c in cell["public"]] == ["Att förenkla kontakten", "Att vara transparent"]
    assert matrix.cell("dialog", "tyreso") == {}


def test_matrix_html_escapes_text_and_names_parties():
    matrix = build_matrix(COMMITMENTS, ["stockholm"])
    out = matrix_html(
        matrix, "sv", {"stockholm": f"Stockholms stad {EVIL}"}, {"stockholm": "Stockholms stad"}
    )
    assert "<script" not in out and "&lt;script&gt;" in out
    assert "Idéburen sektor" in out and "Staden" in out
    assert "Självständighet och oberoende" in out and "(ingen princip)" in out


def test_commitments_csv_round_trips():
    data = commitments_csv(
        COMMITMENTS, "sv", {"sodertalje": "Södertälje"}, {"sodertalje": "Södertälje kommun"}
    )
    rows = list(csv.DictReader(io.StringIO(data)))
    assert len(rows) == len(COMMITMENTS)
    first = rows[0]
    assert first["doc_id"] == "sodertalje" and first["title"] == "Södertälje"
    assert first["principle_name"] == "Öppenhet och insyn" and first["party_name"] == "Båda parter"
    assert rows[1]["party_name"] == "Kommunen"
    assert rows[3]["text"] == f"Att föra dialog {EVIL}"  # CSV is data: kept as written
    assert rows[5]["principle"] == "" and int(rows[1]["start"]) == 20


def test_filter_commitments_matches_every_word():
    assert len(filter_commitments(COMMITMENTS, "")) == len(COMMITMENTS)
    assert [c["text"] for c in filter_commitments(COMMITMENTS, "att TRANSPARENT")] == ["Att vara transparent"]
    assert filter_commitments(COMMITMENTS, "transparent saknas") == []


# --- the HTTP client -------------------------------------------------------------------------


def test_client_sends_history_and_filters():
    seen = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen["path"] = request.url.path
        seen["body"] = json.loads(request.content)
        return httpx.Response(200, json={"answer": "ok", "citations": []})

    client = ApiClient("http://api.test/", transport=httpx.MockTransport(handler))
    assert client.ask("Och Stockholm?", ["Vad åtar sig kommunen?"], {"party": "public"})["answer"] == "ok"
    assert seen["path"] == "/ask"
    assert seen["body"] == {
        "question": "Och Stockholm?",
        "history": ["Vad åtar sig kommunen?"],
        "filters": {"party": "public"},
    }


def test_client_turns_errors_into_api_errors():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.raw_path == b"/documents/x%2Fy":  # the id is quoted, not a path
            return httpx.Response(404, json={"error": "unknown document 'x/y'"})
        if request.url.path == "/health":
            return httpx.Response(200, text="<html>not json</html>")
        return httpx.Response(500, text="boom")

    client = ApiClient("http://api.test", transport=httpx.MockTransport(handler))
    with pytest.raises(ApiError) as info:
        client.document("x/y")
    assert info.value.status == 404 and info.value.message == "unknown document 'x/y'"
    assert "(404)" in error_message(info.value, "sv", "http://api.test")
    with pytest.raises(ApiError, match="did not answer JSON"):
        client.health()
    with pytest.raises(ApiError, match="boom"):
        client.documents()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_client_says_when_the_api_is_down():
    url = f"http://127.0.0.1:{_closed_port()}"
    with pytest.raises(ApiUnavailable) as info:
        ApiClient(url, timeout=5).health()
    assert error_message(info.value, "sv", url).startswith(f"API:t svarar inte på {url}")
    assert error_message(info.value, "en", url).startswith(f"The API does not answer at {url}")


# --- the page, through Streamlit's AppTest with a fake API -----------------------------------

DOC_TEXT = (
    "Överenskommelse\n\nPrincipen om öppenhet och insyn\nKommunen åtar sig:\n"
    f"m Att vara transparent {EVIL} när det gäller beslut\n\n"
    "Principen om dialog\nBåda parter åtar sig att mötas.\n"
)
SPAN_START = DOC_TEXT.index("Att vara transparent")
SPAN_END = DOC_TEXT.index(" när det") + len(" när det gäller beslut")
SEC_START = DOC_TEXT.index("Principen om öppenhet")
SEC_END = DOC_TEXT.index("Principen om dialog")
FAKE_DOC = {
    "doc_id": "sodertalje",
    "source": "004.txt",
    "title": "Samverkansöverenskommelse Södertälje",
    "organisation": "Södertälje kommun",
    "kind": "överenskommelse",
    "date": None,
    "text": DOC_TEXT,
    "clean_text": DOC_TEXT,
    "sections": [
        {
            "title": "Principen om öppenhet och insyn",
            "path": ["Principen om öppenhet och insyn"],
            "kind": "principle",
            "start": SEC_START,
            "end": SEC_END,
            "principle": "oppenhet_och_insyn",
        },
        {
            "title": "Principen om dialog",
            "path": ["Principen om dialog"],
            "kind": "principle",
            "start": SEC_END,
            "end": len(DOC_TEXT),
            "principle": "dialog",
        },
    ],
}
FAKE_CITATION = {
    "n": 1,
    "doc_id": "sodertalje",
    "source": "004.txt",
    "title": FAKE_DOC["title"],
    "start": SPAN_START,
    "end": SPAN_END,
    "text": DOC_TEXT[SPAN_START:SPAN_END],
    "display_text": f"Att vara transparent {EVIL} när det gäller beslut",
    "section": "Principen om öppenhet och insyn",
    "principle": "oppenhet_och_insyn",
    "party": "public",
    "score": 0.8,
}


def _fake_api(asked: list[dict]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/health":
            return httpx.Response(200, json={"status": "ok", "documents": 1, "chunks": 3, "model": "fake"})
        if path == "/documents":
            meta = {k: v for k, v in FAKE_DOC.items() if k not in ("text", "clean_text", "sections")}
            return httpx.Response(200, json={"documents": [meta]})
        if path == "/documents/sodertalje":
            return httpx.Response(200, json=FAKE_DOC)
        if path == "/commitments":
            keys = "doc_id source principle party section text display_text start end".split()
            return httpx.Response(200, json={"commitments": [{k: FAKE_CITATION[k] for k in keys}]})
        if path == "/ask":
            body = json.loads(request.content)
            asked.append(body)
            if "regn" in body["question"]:
                return httpx.Response(
                    200,
                    json={
                        "question": body["question"],
                        "language": "sv",
                        "answer": "",
                        "abstained": True,
                        "reason": "Inget om vädret.",
                        "citations": [],
                    },
                )
            return httpx.Response(
                200,
                json={
                    "question": body["question"],
                    "language": "sv",
                    "answer": "Kommunen åtar sig att vara transparent [1].",
                    "abstained": False,
                    "reason": None,
                    "citations": [FAKE_CITATION],
                },
            )
        return httpx.Response(404, json={"error": f"no route {path}"})

    return httpx.MockTransport(handler)


@pytest.fixture
def app_test(monkeypatch):
    """An AppTest of app/ui.py whose ApiClient talks to the fake API; yields (AppTest, asked bodies)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    asked: list[dict] = []
    transport = _fake_api(asked)
    original_init = ApiClient.__init__

    def init(self, base_url, *, timeout=120.0, **_):
        original_init(self, base_url, timeout=timeout, transport=transport)

    monkeypatch.setattr(ui_helpers.ApiClient, "__init__", init)
    monkeypatch.setenv("OVERENS_API_URL", "http://fake.test")
    st.cache_data.clear()
    yield AppTest.from_file(UI_SCRIPT, default_timeout=30), asked
    st.cache_data.clear()


def _html(at) -> str:
    return "\n".join(element.proto.body for element in at.get("html"))


def test_page_answers_with_escaped_highlighted_citations(app_test):
    at, asked = app_test
    at.run()
    assert not at.exception
    at.chat_input[0].set_value("Vad åtar sig kommunen?").run()
    at.chat_input[0].set_value("Och under dialog?").run()
    assert not at.exception
    assert asked[0]["history"] == [] and asked[1]["history"] == ["Vad åtar sig kommunen?"]
    labels = [e.label for e in at.expander]
    assert labels[0] == r"\[1\] Samverkansöverenskommelse Södertälje — Principen om öppenhet och insyn"
    body = _html(at)
    assert '<span class="ov-cite">[1]</span>' in body
    assert (
        "<mark>Att vara transparent &lt;script&gt;alert(1)&lt;/script&gt; när det gäller beslut</mark>"
        in body
    )
    assert "<script" not in body
    assert "Principen om dialog" not in body.split("ov-passage")[1].split("</div>")[0]  # only its own section


def test_page_shows_abstentions_and_switches_language(app_test):
    at, _ = app_test
    at.run()
    at.chat_input[0].set_value("Kommer det att regna?").run()
    assert "Dokumenten ger inget svar på frågan." in at.warning[0].value
    assert "Inget om vädret." in at.warning[0].value
    at.radio(key="lang").set_value("en").run()
    assert "The documents do not answer this question." in at.warning[0].value


def test_commitments_and_documents_pages_render(app_test):
    at, _ = app_test
    at.run()
    at.radio(key="page").set_value("commitments").run()
    assert not at.exception
    assert "Öppenhet och insyn" in _html(at) and "<script" not in _html(at)
    at.radio(key="page").set_value("documents").run()
    assert not at.exception
    assert "&lt;script&gt;" in _html(at) and "<script" not in _html(at)


def test_page_says_when_the_api_is_down(monkeypatch):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    url = f"http://127.0.0.1:{_closed_port()}"
    monkeypatch.setenv("OVERENS_API_URL", url)
    st.cache_data.clear()
    at = AppTest.from_file(UI_SCRIPT, default_timeout=30).run()
    assert not at.exception
    assert at.error[0].value.startswith(f"API:t svarar inte på {url}")
    at.chat_input[0].set_value("Vad åtar sig kommunen?").run()
    assert not at.exception
    assert any(e.value.startswith("API:t svarar inte") for e in at.error)
