"""The UI's words (`app/ui.py`): every string in Swedish and English, example questions, and the labels of
principles and parties as people write them. Pure, no Streamlit; tested in `tests/test_ui_helpers.py`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ingest.vocab import PARTIES, PARTY_NAMES, party_name, principle_name

LANGUAGES: dict[str, str] = {"sv": "Svenska", "en": "English"}

# All UI strings, Swedish first. Both languages must have the same keys (tested).
STRINGS: dict[str, dict[str, str]] = {
    "sv": {
        "app_title": "Överens",
        "app_subtitle": "Frågor och svar om överenskommelserna mellan kommuner, regioner och "
        "idéburen sektor, med exakta källhänvisningar till dokumenten.",
        "language": "Språk",
        "page": "Vy",
        "page_chat": "Fråga",
        "page_commitments": "Åtaganden",
        "page_documents": "Dokument",
        "filters": "Filter",
        "filter_document": "Dokument",
        "filter_principle": "Princip",
        "filter_party": "Part",
        "all_documents": "Alla dokument",
        "all_principles": "Alla principer",
        "all_parties": "Alla parter",
        "no_principle": "(ingen princip)",
        "examples": "Exempelfrågor",
        "new_chat": "Ny konversation",
        "chat_placeholder": "Ställ en fråga om överenskommelserna …",
        "chat_intro": "Ställ en fråga om överenskommelserna mellan kommuner, regioner och idéburen sektor. "
        "Svaret bygger bara på dokumentens egna meningar, med exakta källhänvisningar [1]. "
        "Följdfrågor fungerar. Du kan också välja en exempelfråga i sidomenyn.",
        "thinking": "Söker i dokumenten …",
        "abstained": "Dokumenten ger inget svar på frågan.",
        "reason": "Orsak",
        "sources": "Källor",
        "title": "Dokument",
        "section": "Avsnitt",
        "principle": "Princip",
        "party": "Part",
        "passage_in_section": "Stycket i sitt avsnitt (originaltext, markerat):",
        "display_text": "Stycket med reparerad stavning:",
        "show_whole": "Visa hela dokumentet med stycket markerat",
        "jump_to_passage": "Hoppa till stycket",
        "doc_unavailable": "Dokumentet kunde inte hämtas; här är det citerade stycket.",
        "api_down": "API:t svarar inte på {url}. Starta det med `overens serve` (eller `make run`) och "
        "ladda om sidan.",
        "api_error": "API:t svarade med ett fel ({status}): {error}",
        "api_status_ok": "API: {documents} dokument, {chunks} textstycken, modell {model}",
        "commitments_intro": "Principer × dokument: varje cell visar vad respektive part åtar sig. "
        "Filtren i sidomenyn gäller även här.",
        "search_commitments": "Sök i åtagandena",
        "download_csv": "Ladda ner CSV",
        "n_commitments": "{n} åtaganden",
        "no_commitments": "Inga åtaganden matchar filtren.",
        "no_commitments_in": "Inga åtaganden (med dessa filter) i: {documents}",
        "documents_intro": "Varje dokuments struktur (avsnitt och principer) och dess rensade text.",
        "choose_document": "Välj dokument",
        "organisation": "Organisation",
        "kind": "Typ",
        "date": "Datum",
        "source": "Fil",
        "structure": "Struktur",
        "principles_found": "Principer i dokumentet",
        "clean_text": "Rensad text",
        "show_original": "Visa originaltexten i stället",
        "col_section": "Avsnitt",
        "col_kind": "Typ",
        "col_principle": "Princip",
        "col_start": "Start",
        "col_end": "Slut",
        "none": "–",
        "report": "Vad inläsningen förstod",
        "report_missing": "Indexet har ingen inläsningsrapport för dokumentet; kör `overens ingest`.",
        "report_format": "Format",
        "report_pages": "Sidor",
        "report_sections": "Avsnitt",
        "report_principles": "Principer",
        "report_commitments": "Åtaganden",
        "report_warnings": "Varningar",
        "col_party": "Part",
        "col_commitments": "Åtaganden",
        "upload": "Lägg till ett dokument",
        "upload_help": "Filen kontrolleras, läggs i korpusen och indexet byggs om. Format: .txt, .md, "
        ".html, .pdf (med textlager) eller .docx, högst {mb} MB.",
        "upload_file": "Fil",
        "upload_replace": "Ersätt en befintlig fil med samma namn",
        "upload_submit": "Lägg till och indexera om",
        "upload_busy": "Läser in dokumentet och bygger om indexet …",
        "upload_done": "{source} är tillagt som dokument {doc_id}.",
        "upload_failed": "Dokumentet lades inte till ({status}): {error}",
        "upload_no_file": "Välj en fil först.",
        "upload_off": "Att lägga till dokument här är avstängt. Sätt `OVERENS_ADMIN_TOKEN` (samma hemlighet) "
        "för både API:t och gränssnittet för att slå på det, eller använd `overens add FIL`.",
    },
    "en": {
        "app_title": "Överens",
        "app_subtitle": "Questions and answers about the agreements between municipalities, "
        "regions and civil society, with exact citations of the documents.",
        "language": "Language",
        "page": "View",
        "page_chat": "Ask",
        "page_commitments": "Commitments",
        "page_documents": "Documents",
        "filters": "Filters",
        "filter_document": "Document",
        "filter_principle": "Principle",
        "filter_party": "Party",
        "all_documents": "All documents",
        "all_principles": "All principles",
        "all_parties": "All parties",
        "no_principle": "(no principle)",
        "examples": "Example questions",
        "new_chat": "New conversation",
        "chat_placeholder": "Ask a question about the agreements …",
        "chat_intro": "Ask a question about the agreements between municipalities, regions and "
        "civil society. "
        "Answers are built only from the documents' own sentences, with exact citations [1]. "
        "Follow-up questions work. You can also pick an example question in the sidebar.",
        "thinking": "Searching the documents …",
        "abstained": "The documents do not answer this question.",
        "reason": "Reason",
        "sources": "Sources",
        "title": "Document",
        "section": "Section",
        "principle": "Principle",
        "party": "Party",
        "passage_in_section": "The passage in its section (original text, highlighted):",
        "display_text": "The passage with repaired spelling:",
        "show_whole": "Show the whole document with the passage highlighted",
        "jump_to_passage": "Jump to the passage",
        "doc_unavailable": "The document could not be fetched; here is the cited passage.",
        "api_down": "The API does not answer at {url}. Start it with `overens serve` (or `make run`) and "
        "reload the page.",
        "api_error": "The API answered with an error ({status}): {error}",
        "api_status_ok": "API: {documents} documents, {chunks} passages, model {model}",
        "commitments_intro": "Principles × documents: each cell shows what each party commits to. "
        "The sidebar filters apply here too.",
        "search_commitments": "Search the commitments",
        "download_csv": "Download CSV",
        "n_commitments": "{n} commitments",
        "no_commitments": "No commitments match the filters.",
        "no_commitments_in": "No commitments (with these filters) in: {documents}",
        "documents_intro": "Each document's structure (sections and principles) and its cleaned text.",
        "choose_document": "Choose a document",
        "organisation": "Organisation",
        "kind": "Kind",
        "date": "Date",
        "source": "File",
        "structure": "Structure",
        "principles_found": "Principles in the document",
        "clean_text": "Cleaned text",
        "show_original": "Show the original text instead",
        "col_section": "Section",
        "col_kind": "Kind",
        "col_principle": "Principle",
        "col_start": "Start",
        "col_end": "End",
        "none": "–",
        "report": "What ingest understood",
        "report_missing": "The index has no ingest report for this document; run `overens ingest`.",
        "report_format": "Format",
        "report_pages": "Pages",
        "report_sections": "Sections",
        "report_principles": "Principles",
        "report_commitments": "Commitments",
        "report_warnings": "Warnings",
        "col_party": "Party",
        "col_commitments": "Commitments",
        "upload": "Add a document",
        "upload_help": "The file is checked, put into the corpus and the index is rebuilt. "
        "Formats: .txt, .md, .html, .pdf (with a text layer) or .docx, at most {mb} MB.",
        "upload_file": "File",
        "upload_replace": "Replace an existing file of the same name",
        "upload_submit": "Add and re-index",
        "upload_busy": "Reading the document and rebuilding the index …",
        "upload_done": "{source} was added as document {doc_id}.",
        "upload_failed": "The document was not added ({status}): {error}",
        "upload_no_file": "Choose a file first.",
        "upload_off": "Adding documents here is off. Set `OVERENS_ADMIN_TOKEN` (the same secret) "
        "for both the API and the UI to turn it on, or use `overens add FILE`.",
    },
}

EXAMPLE_QUESTIONS: tuple[str, ...] = (
    "Vad åtar sig kommunen under principen om öppenhet och insyn?",
    "Vilka principer bygger Stockholms överenskommelse på?",
    "Hur ofta revideras överenskommelserna?",
    "Vad åtar sig den idéburna sektorn i Västernorrland?",
    "What does the city of Stockholm commit to?",
)

# The seven principles of the national agreement, in their usual order: (Swedish, English).
PARTY_LABELS: dict[str, dict[str, str]] = {
    lang: {p: name[0].upper() + name[1:] for p, name in names.items()} for lang, names in PARTY_NAMES.items()
}


def t(lang: str, key: str, **values: Any) -> str:
    """The UI string `key` in `lang` (Swedish if the language is unknown), formatted with `values`."""
    text = STRINGS.get(lang, STRINGS["sv"]).get(key, STRINGS["sv"][key])
    return text.format(**values) if values else text


def principle_label(principle: str | None, lang: str = "sv") -> str:
    """A principle id as people write it: `oppenhet_och_insyn` -> "Öppenhet och insyn"."""
    if not principle:
        return t(lang, "no_principle")
    return principle_name(principle, lang).capitalize()


def party_label(party: str | None, lang: str = "sv", organisation: str = "") -> str:
    """A party id as people write it; the public party is named after the organisation where possible
    ("Landstinget Västernorrland" -> "Landstinget")."""
    if not party:
        return t(lang, "none")
    name = party_name(party, lang if lang in PARTY_NAMES else "sv", organisation)
    return name[0].upper() + name[1:]


def report_facts(report: Mapping[str, Any], lang: str) -> list[tuple[str, str]]:
    """A document's ingest report (`GET /documents/{id}` `report`) as (label, value) pairs for metrics."""
    commitments = report.get("commitments") or {}
    return [
        (t(lang, "report_format"), str(report.get("format") or t(lang, "none"))),
        (t(lang, "report_pages"), str(report["pages"]) if report.get("pages") else t(lang, "none")),
        (t(lang, "report_sections"), str(report.get("sections", 0))),
        (t(lang, "report_principles"), str(len(report.get("principles") or []))),
        (t(lang, "report_commitments"), str(sum(commitments.values()))),
    ]


def report_party_rows(report: Mapping[str, Any], lang: str, organisation: str = "") -> list[dict[str, Any]]:
    """Commitments per party, in the usual party order, as rows for a small table."""
    commitments = report.get("commitments") or {}
    order = [p for p in PARTIES if p in commitments] + sorted(p for p in commitments if p not in PARTIES)
    return [
        {t(lang, "col_party"): party_label(p, lang, organisation), t(lang, "col_commitments"): commitments[p]}
        for p in order
    ]
