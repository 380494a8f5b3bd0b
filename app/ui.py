"""The Streamlit UI, Swedish first with an English switch.

Run it with `overens ui` (or `streamlit run app/ui.py`); it talks to the overens HTTP API over
HTTP only, at `OVERENS_API_URL` (default http://127.0.0.1:8000). Three views:

- Fråga: a chat; earlier questions go along as `history`; each citation opens to show the passage
  highlighted inside its section of the document, and optionally inside the whole document.
- Åtaganden: principles × documents, each cell the commitments per party; CSV download.
- Dokument: each document's structure (sections, principles), what ingest understood of it (format,
  pages, sections, principles, commitments per party, warnings) and its clean text; with
  `OVERENS_ADMIN_TOKEN` set, a file upload that adds a document (`POST /documents`).

Document text is escaped (`ui_helpers.esc`) before it is put into any HTML.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from app.ui_helpers import (
    EXAMPLE_QUESTIONS,
    LANGUAGES,
    PARTIES,
    PRINCIPLES,
    ApiClient,
    ApiError,
    ApiUnavailable,
    answer_html,
    build_matrix,
    citation_matches,
    clean_filters,
    commitments_csv,
    error_message,
    esc,
    filter_commitments,
    highlight_html,
    history_for,
    matrix_html,
    md_escape,
    party_label,
    passage_bounds,
    principle_label,
    report_facts,
    report_party_rows,
    t,
)
from retrieval.settings import Settings, load_settings

PAGES = ("chat", "commitments", "documents")

CSS = """<style>
.ov-doc { white-space: pre-wrap; font-family: Georgia, serif; line-height: 1.45; color: #1f1f1f;
  background: #fafaf7; border-left: 3px solid #c9c2a6; padding: .6em .9em; max-height: 24em;
  overflow-y: auto; }
.ov-doc.ov-whole { max-height: 36em; }
.ov-doc.ov-passage { max-height: none; }
.ov-doc.ov-repaired { font-family: inherit; max-height: none; }
.ov-doc mark { background: #ffe066; color: #000; padding: 0 .1em; }
.ov-answer { font-size: 1.05em; line-height: 1.5; }
.ov-cite { font-weight: 600; color: #0b5cad; }
.ov-meta { color: #444; font-size: .92em; margin-bottom: .4em; }
.ov-matrix { overflow-x: auto; }
.ov-matrix table { border-collapse: collapse; font-size: .88em; }
.ov-matrix th, .ov-matrix td { border: 1px solid #ddd; vertical-align: top; padding: .4em .5em; \
min-width: 12em; }
.ov-matrix ul { margin: 0 0 .5em 1.1em; padding: 0; }
.ov-party { font-weight: 600; }
</style>"""


# --- API calls, cached per API address (failures raise and are not cached) -------------------


@st.cache_data(ttl=15, show_spinner=False)
def fetch_health(api_url: str) -> dict[str, Any]:
    return ApiClient(api_url, timeout=10).health()


@st.cache_data(ttl=300, show_spinner=False)
def fetch_documents(api_url: str) -> list[dict[str, Any]]:
    return ApiClient(api_url, timeout=30).documents()


@st.cache_data(ttl=600, show_spinner=False, max_entries=64)
def fetch_document(api_url: str, doc_id: str) -> dict[str, Any]:
    return ApiClient(api_url, timeout=30).document(doc_id)


@st.cache_data(ttl=300, show_spinner=False, max_entries=64)
def fetch_commitments(api_url: str, document: str, principle: str, party: str) -> list[dict[str, Any]]:
    filters = clean_filters(document=document, principle=principle, party=party)
    return ApiClient(api_url, timeout=30).commitments(filters)


# --- sidebar ---------------------------------------------------------------------------------


def _ask_example(question: str) -> None:
    st.session_state["pending_question"] = question
    st.session_state["page"] = "chat"


def _new_chat() -> None:
    st.session_state["messages"] = []


def sidebar_filters(lang: str, api_url: str, documents: list[dict[str, Any]]) -> dict[str, str]:
    titles = {d["doc_id"]: d.get("title") or d["doc_id"] for d in documents}
    principles = list(PRINCIPLES)
    try:  # principles beyond the usual seven, where a document has them
        extra = (
            {c.get("principle") for c in fetch_commitments(api_url, "", "", "")} - set(principles) - {None}
        )
        principles += sorted(p for p in extra if p)
    except ApiError:
        pass
    side = st.sidebar
    side.subheader(t(lang, "filters"))
    document = side.selectbox(
        t(lang, "filter_document"),
        ["", *titles],
        key="f_document",
        format_func=lambda d: titles.get(d, d) if d else t(lang, "all_documents"),
    )
    principle = side.selectbox(
        t(lang, "filter_principle"),
        ["", *principles],
        key="f_principle",
        format_func=lambda p: principle_label(p, lang) if p else t(lang, "all_principles"),
    )
    party = side.selectbox(
        t(lang, "filter_party"),
        ["", *PARTIES],
        key="f_party",
        format_func=lambda p: party_label(p, lang) if p else t(lang, "all_parties"),
    )
    return clean_filters(document=document, principle=principle, party=party)


def sidebar_examples(lang: str) -> None:
    st.sidebar.subheader(t(lang, "examples"))
    for i, question in enumerate(EXAMPLE_QUESTIONS):
        st.sidebar.button(
            question, key=f"example_{i}", on_click=_ask_example, args=(question,), width="stretch"
        )
    st.sidebar.button(t(lang, "new_chat"), key="new_chat", on_click=_new_chat, width="stretch")


def sidebar_status(lang: str, api_url: str) -> None:
    try:
        health = fetch_health(api_url)
    except ApiError:
        return  # the main area already says the API is down
    st.sidebar.caption(
        md_escape(
            t(
                lang,
                "api_status_ok",
                documents=health.get("documents", "?"),
                chunks=health.get("chunks", "?"),
                model=health.get("model", "?"),
            )
        )
    )


# --- the chat --------------------------------------------------------------------------------


def show_citation(key: str, citation: dict[str, Any], lang: str, api_url: str) -> None:
    title = citation.get("title") or citation["doc_id"]
    label = f"[{citation['n']}] {title} — {citation.get('section') or t(lang, 'none')}"
    with st.expander(md_escape(label)):
        try:
            document: dict[str, Any] | None = fetch_document(api_url, citation["doc_id"])
        except ApiError:
            document = None
        organisation = (document or {}).get("organisation", "")
        meta = [
            (t(lang, "title"), title),
            (t(lang, "section"), citation.get("section") or t(lang, "none")),
            (t(lang, "principle"), principle_label(citation.get("principle"), lang)),
            (t(lang, "party"), party_label(citation.get("party"), lang, organisation)),
        ]
        st.html(
            '<div class="ov-meta">' + " · ".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in meta) + "</div>"
        )
        start, end = citation["start"], citation["end"]
        found = document if document is not None and citation_matches(document, citation) else None
        if found is not None:
            lo, hi = passage_bounds(found, citation)
            st.caption(t(lang, "passage_in_section"))
            passage = highlight_html(found["text"], start, end, lo, hi, max_chars=3000)
            st.html(f'<div class="ov-doc ov-passage">{passage}</div>')
        else:
            st.caption(t(lang, "doc_unavailable"))
            st.html(f'<div class="ov-doc ov-passage"><mark>{esc(citation.get("text") or "")}</mark></div>')
        st.caption(t(lang, "display_text"))
        st.html(f'<div class="ov-doc ov-repaired">{esc(citation.get("display_text") or "")}</div>')
        if found is not None and st.toggle(t(lang, "show_whole"), key=f"whole_{key}"):
            mark_id = f"ov-mark-{key}"
            whole = highlight_html(found["text"], start, end, mark_id=mark_id)
            st.html(
                f'<a href="#{mark_id}">{esc(t(lang, "jump_to_passage"))}</a>'
                f'<div class="ov-doc ov-whole">{whole}</div>'
            )


def show_message(index: int, message: dict[str, Any], lang: str, api_url: str) -> None:
    with st.chat_message(message["role"]):
        if message["role"] == "user":
            st.html(f'<div class="ov-question">{esc(message["content"])}</div>')
        elif message.get("error") is not None:
            st.error(error_message(message["error"], lang, api_url))
        elif message["answer"].get("abstained"):
            answer = message["answer"]
            st.warning(
                f"**{t(lang, 'abstained')}**  \n{t(lang, 'reason')}: {md_escape(answer.get('reason') or '')}"
            )
        else:
            answer = message["answer"]
            st.html(f'<div class="ov-answer">{answer_html(answer.get("answer") or "")}</div>')
            for citation in answer.get("citations") or []:
                show_citation(f"{index}_{citation['n']}", citation, lang, api_url)


def chat_page(lang: str, api_url: str, filters: dict[str, str], max_history: int) -> None:
    messages: list[dict[str, Any]] = st.session_state.setdefault("messages", [])
    question = st.chat_input(t(lang, "chat_placeholder")) or st.session_state.pop("pending_question", None)
    if not messages and not question:
        st.info(t(lang, "chat_intro"))
    for index, message in enumerate(messages):
        show_message(index, message, lang, api_url)
    if not question or not question.strip():
        return
    history = history_for(messages, max_history)
    messages.append({"role": "user", "content": question})
    show_message(len(messages) - 1, messages[-1], lang, api_url)
    with st.spinner(t(lang, "thinking")):
        try:
            reply: dict[str, Any] = {
                "role": "assistant",
                "answer": ApiClient(api_url).ask(question, history, filters),
            }
        except ApiError as error:
            reply = {"role": "assistant", "error": error}
    messages.append(reply)
    show_message(len(messages) - 1, reply, lang, api_url)


# --- Åtaganden and Dokument ------------------------------------------------------------------


def commitments_page(
    lang: str, api_url: str, filters: dict[str, str], documents: list[dict[str, Any]]
) -> None:
    st.caption(t(lang, "commitments_intro"))
    try:
        items = fetch_commitments(
            api_url, filters.get("document", ""), filters.get("principle", ""), filters.get("party", "")
        )
    except ApiError as error:
        st.error(error_message(error, lang, api_url))
        return
    shown = filter_commitments(items, st.text_input(t(lang, "search_commitments"), key="commitment_query"))
    titles = {d["doc_id"]: d.get("title") or d["doc_id"] for d in documents}
    organisations = {d["doc_id"]: d.get("organisation") or "" for d in documents}
    headers = {doc_id: organisations[doc_id] or titles[doc_id] for doc_id in titles}
    left, right = st.columns([3, 1])
    left.caption(t(lang, "n_commitments", n=len(shown)))
    right.download_button(
        t(lang, "download_csv"),
        commitments_csv(shown, lang, titles, organisations).encode("utf-8-sig"),  # BOM: Excel reads åäö
        file_name="ataganden.csv",
        mime="text/csv",
        width="stretch",
    )
    if not shown:
        st.info(t(lang, "no_commitments"))
        return
    # Columns only for documents with commitments; the others are named, so an absence is visible.
    present = {c["doc_id"] for c in shown}
    order = [d for d in titles if d in present]
    absent = [headers[d] for d in titles if d not in present and filters.get("document") in (None, d)]
    if absent:
        st.caption(t(lang, "no_commitments_in", documents=md_escape(", ".join(absent))))
    st.html(matrix_html(build_matrix(shown, order), lang, headers, organisations, titles))


def _clear_caches() -> None:
    for fetch in (fetch_health, fetch_documents, fetch_document, fetch_commitments):
        fetch.clear()


def upload_section(lang: str, api_url: str, settings: Settings) -> None:
    """Add a document through `POST /documents`; only with an admin token configured for the UI."""
    with st.expander(t(lang, "upload"), expanded=bool(st.session_state.get("upload_result"))):
        if not settings.admin_token:
            st.caption(t(lang, "upload_off"))
            return
        st.caption(t(lang, "upload_help", mb=settings.max_upload_bytes // 1_000_000))
        with st.form("upload", clear_on_submit=True):
            upload = st.file_uploader(
                t(lang, "upload_file"), type=["txt", "md", "html", "htm", "pdf", "docx"], key="upload_file"
            )
            replace = st.checkbox(t(lang, "upload_replace"), key="upload_replace")
            submitted = st.form_submit_button(t(lang, "upload_submit"))
        if submitted:
            if upload is None:
                st.session_state["upload_result"] = {"error": ApiError(t(lang, "upload_no_file"))}
            else:
                with st.spinner(t(lang, "upload_busy")):
                    try:
                        added = ApiClient(api_url, timeout=900).add_document(
                            upload.name, upload.getvalue(), settings.admin_token, replace=replace
                        )
                    except ApiError as error:
                        st.session_state["upload_result"] = {"error": error}
                    else:
                        st.session_state["upload_result"] = {"added": added}
                        st.session_state["doc_choice"] = added["doc_id"]
                        _clear_caches()
                        st.rerun()  # the document list above was fetched before the addition
        result = st.session_state.get("upload_result")
        if result and "added" in result:
            added = result["added"]
            st.success(
                t(lang, "upload_done", source=md_escape(added["source"]), doc_id=md_escape(added["doc_id"]))
            )
            show_report(added.get("report"), lang, "")
        elif result and isinstance(result["error"], ApiUnavailable):
            st.error(error_message(result["error"], lang, api_url))
        elif result:
            failure = result["error"]
            status = failure.status if failure.status is not None else t(lang, "none")
            st.error(t(lang, "upload_failed", status=status, error=md_escape(failure.message)))


def show_report(report: dict[str, Any] | None, lang: str, organisation: str) -> None:
    """What ingest understood of a document: a row of metrics, commitments per party, the warnings."""
    if not report:
        st.caption(t(lang, "report_missing"))
        return
    for column, (label, value) in zip(st.columns(5), report_facts(report, lang), strict=True):
        column.metric(label, value)
    if report.get("principles"):
        st.markdown(
            f"**{t(lang, 'report_principles')}:** "
            + ", ".join(md_escape(principle_label(p, lang)) for p in report["principles"])
        )
    rows = report_party_rows(report, lang, organisation)
    if rows:
        st.dataframe(rows, hide_index=True)
    if report.get("warnings"):
        st.warning(
            f"**{t(lang, 'report_warnings')}:**\n"
            + "\n".join(f"- {md_escape(w)}" for w in report["warnings"])
        )


def documents_page(
    lang: str, api_url: str, filters: dict[str, str], documents: list[dict[str, Any]], settings: Settings
) -> None:
    st.caption(t(lang, "documents_intro"))
    upload_section(lang, api_url, settings)
    if not documents:
        return
    titles = {d["doc_id"]: d.get("title") or d["doc_id"] for d in documents}
    ids = list(titles)
    chosen = st.session_state.pop("doc_choice", None) or filters.get("document")
    default = ids.index(chosen) if chosen in ids else 0
    doc_id: str = st.selectbox(
        t(lang, "choose_document"), ids, index=default, format_func=lambda d: titles.get(d, d)
    )
    try:
        document = fetch_document(api_url, doc_id)
    except ApiError as error:
        st.error(error_message(error, lang, api_url))
        return
    st.subheader(md_escape(document.get("title") or doc_id))
    meta = [
        (t(lang, k), document.get(k) or t(lang, "none")) for k in ("organisation", "kind", "date", "source")
    ]
    st.html(
        '<div class="ov-meta">' + " · ".join(f"<b>{esc(k)}:</b> {esc(str(v))}" for k, v in meta) + "</div>"
    )
    sections = document.get("sections") or []
    st.markdown(f"**{t(lang, 'report')}**")
    show_report(document.get("report"), lang, document.get("organisation") or "")
    if not document.get("report"):
        principles = list(dict.fromkeys(s["principle"] for s in sections if s.get("principle")))
        st.markdown(
            f"**{t(lang, 'principles_found')}:** "
            + (", ".join(md_escape(principle_label(p, lang)) for p in principles) or t(lang, "none"))
        )
    st.markdown(f"**{t(lang, 'structure')}**")
    rows = [
        {
            t(lang, "col_section"): "    " * max(0, len(s.get("path") or []) - 1) + s.get("title", ""),
            t(lang, "col_kind"): s.get("kind", ""),
            t(lang, "col_principle"): principle_label(s["principle"], lang) if s.get("principle") else "",
            t(lang, "col_start"): s.get("start"),
            t(lang, "col_end"): s.get("end"),
        }
        for s in sections
    ]
    if rows:
        st.dataframe(rows, hide_index=True, width="stretch")
    original = st.toggle(t(lang, "show_original"), key="doc_original")
    st.markdown(
        f"**{t(lang, 'clean_text')}**" if not original else f"**{md_escape(document.get('source', ''))}**"
    )
    text = document.get("text" if original else "clean_text") or ""
    st.html(f'<div class="ov-doc ov-whole">{esc(text)}</div>')


# --- the page --------------------------------------------------------------------------------


def main() -> None:
    settings = load_settings()
    api_url = settings.api_url
    st.set_page_config(page_title="Överens", page_icon="📄", layout="wide")
    st.html(CSS)
    lang = st.sidebar.radio(
        "Språk / Language", list(LANGUAGES), format_func=LANGUAGES.__getitem__, horizontal=True, key="lang"
    )
    page = st.sidebar.radio(t(lang, "page"), PAGES, format_func=lambda p: t(lang, f"page_{p}"), key="page")
    try:
        documents, api_error = fetch_documents(api_url), None
    except ApiError as error:
        documents, api_error = [], error
    filters = sidebar_filters(lang, api_url, documents)
    sidebar_examples(lang)
    sidebar_status(lang, api_url)

    st.title(t(lang, "app_title"))
    st.caption(t(lang, "app_subtitle"))
    if api_error is not None:
        st.error(error_message(api_error, lang, api_url))
    if page == "chat":
        chat_page(lang, api_url, filters, settings.max_history)
    elif page == "commitments":
        commitments_page(lang, api_url, filters, documents)
    else:
        documents_page(lang, api_url, filters, documents, settings)


if __name__ == "__main__":  # `streamlit run` executes this file as __main__
    main()
