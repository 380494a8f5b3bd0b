"""Follow-ups: a question that continues an earlier one becomes a full question.

'Och vad gör föreningarna?' after 'Vad åtar sig kommunen om dialog i Ekby?' keeps the document
and the principle and replaces the party. A question is a follow-up when it opens like one
('och', 'what about'), points back ('dess', 'there') or is too short to stand alone; what it
names itself always wins over what the conversation named.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.vocab import fold
from retrieval.records import QueryInfo
from retrieval.search import Retriever

from .question import vocabulary

SHORT_WORDS = 4  # a question this short cannot stand alone


def is_follow_up(question: str, info: QueryInfo) -> bool:
    words = vocabulary()["words"]
    f = fold(question)
    return (
        bool(re.search(words["follow_up_openers"], f))
        or bool(re.search(words["refers_back"], f))
        or len(question.split()) <= SHORT_WORDS
    ) and not (info.documents and info.principles and info.parties)


def merge(info: QueryInfo, ctx: QueryInfo) -> QueryInfo:
    """The follow-up's own slots, the conversation's where it names none."""
    new_place = bool(info.unknown_places) or info.all_documents
    return replace(
        info,
        documents=info.documents or (() if new_place else ctx.documents),
        principles=info.principles or ctx.principles,
        parties=info.parties or (ctx.parties if not info.principles else ()),
        intent=ctx.intent if info.intent == "fact" else info.intent,
    )


def resolve(retriever: Retriever, question: str, history: list[str]) -> tuple[str, QueryInfo, bool]:
    """(text to answer, its understanding, whether it continued the conversation)."""
    info = retriever.understand(question)
    ctx: QueryInfo | None = None
    ctx_text = ""
    for h in history:
        h = h.strip()[: retriever.max_question_chars]
        if not h:
            continue
        hi = retriever.understand(h)
        if ctx is None or not is_follow_up(h, hi):
            ctx, ctx_text = hi, h
        else:
            ctx, ctx_text = merge(hi, ctx), f"{ctx_text} {h}"
    if ctx is None or not is_follow_up(question, info):
        return question, info, False
    merged = merge(info, ctx)
    if info.documents:  # 'What about the Stockholm one?': the earlier document's name is not asked for
        ctx_text = strip_names(retriever, ctx_text, set(ctx.documents) - set(info.documents))
    # the earlier question supplies what the follow-up leaves out; the follow-up comes last
    return f"{ctx_text} {question}", merged, True


def strip_names(retriever: Retriever, text: str, doc_ids: set[str]) -> str:
    """`text` without the names (place, organisation, aliases) of these documents."""
    for d in retriever.doc_names:
        if d.doc_id in doc_ids:
            for n in sorted((n for n in d.names if n), key=len, reverse=True):
                text = re.sub(r"\b" + re.escape(n) + r"s?\b", " ", text, flags=re.I)
    return re.sub(r"\s+", " ", text).strip()
