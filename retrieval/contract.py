"""The JSON (and CSV) shapes of the outside contract: answers, hits, documents, reports, commitments.

Built from the records of the retrieval and ingest stages; the CLI, the API and eval all serialise
through these, so the contract is written once (../shared/CONTRACT.md).
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Mapping

from ingest.records import DocReport

from .index import StoredDocument
from .records import Answer, Hit

COMMITMENT_FIELDS = (
    "doc_id",
    "source",
    "principle",
    "party",
    "section",
    "text",
    "display_text",
    "start",
    "end",
)


def commitments_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(COMMITMENT_FIELDS), lineterminator="\n")
    w.writeheader()
    for row in rows:
        w.writerow(row)
    return buf.getvalue()


def doc_summary(d) -> dict:
    return {
        "doc_id": d.doc_id,
        "source": d.source,
        "title": d.meta.title,
        "organisation": d.meta.organisation,
        "kind": d.meta.kind,
        "date": d.meta.date,
        "place": d.meta.place,
        "body": getattr(d.meta, "body", ""),
        "valid": getattr(d.meta, "valid", ""),
        "revision": getattr(d.meta, "revision", ""),
    }


def with_pages(a: Answer, documents: Mapping[str, StoredDocument]) -> Answer:
    """The answer with each citation's page set from its document's page spans (PDF); others stay None."""
    if not any(documents[c.doc_id].pages for c in a.citations):
        return a
    return dataclasses.replace(
        a,
        citations=tuple(
            dataclasses.replace(c, page=documents[c.doc_id].page_of(c.start)) for c in a.citations
        ),
    )


def report_json(r: DocReport) -> dict:
    """A DocReport for JSON: commitments as {party: count}."""
    out = dataclasses.asdict(r)
    out["principles"] = list(r.principles)
    out["commitments"] = dict(r.commitments)
    out["warnings"] = list(r.warnings)
    return out


def answer_json(a: Answer) -> dict:
    return {
        "question": a.question,
        "language": a.language,
        "answer": a.answer,
        "abstained": a.abstained,
        "reason": a.reason,
        "citations": [dataclasses.asdict(c) for c in a.citations],
    }


def hit_json(h: Hit) -> dict:
    c = h.chunk
    return {
        "rank": h.rank,
        "score": round(h.score, 6),
        "doc_id": c.doc_id,
        "source": c.source,
        "title": c.title,
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "display_text": c.display_text,
        "section": c.section,
        "principle": c.principle,
        "party": c.party,
        "page": h.page,
        "kind": c.kind,
        "dense": round(h.dense, 6),
        "bm25": round(h.bm25, 6),
    }
