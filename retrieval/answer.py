"""Answers composed from the documents' own sentences and items, with exact citations.

No generative model is available offline, so an answer is: a framing line in the question's
language, then the documents' own (repaired) sentences or commitment items, each with its
citation marker. Citations are units (sentences or list items), never whole chunks.

Shapes by intent:
- obligation: per document, one line naming document and party, one bullet per commitment;
- principle_list: the list, cited item by item (or the principle headings);
- comparison: one row per document;
- definition / fact: the one to three sentences that answer.

The answer declines ('det framgår inte av dokumenten') on evidence: a place that is not in
the corpus, a question asking for a kind of fact (an amount, a time, a phone number) that no
candidate passage contains, words that appear nowhere in the corpus, or weak similarity.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace

import numpy as np

from ingest.records import Chunk, Unit
from ingest.vocab import PRINCIPLES, fold, principle_name

from .records import Answer, Citation, Filters, QueryInfo
from .search import Retriever
from .textproc import STOPWORDS, tokens

# below this cosine (query vs best unit, e5 scale 0.7–0.93) nothing is close enough to answer
MIN_DENSE = 0.80
MAX_FACT_UNITS = 3

GENERIC_TERMS = {
    fold(w)
    for w in """överenskommelse överenskommelsen överenskommelserna policy policyn dokument dokumenten
    kommun kommunen kommunens stad staden stadens region regionen landsting landstinget idéburen idéburna
    sektor sektorn organisation organisationer organisationerna förening föreningar föreningarna part parter
    parterna princip principen principer principerna åtar åtagande åtaganden står säger gäller finns enligt
    samverkan samverkansöverenskommelse samverkansöverenskommelsen text texten fråga frågor svar nämnd nämnden
    vilken vilket vilka många mycket ofta någon några något""".split()
}

ANSWER_TYPES: tuple[tuple[str, str, str], ...] = (
    # (question pattern, required evidence pattern, what is missing)
    (r"\b(hur mycket|belopp|kronor|pengar|budget\w*|kostar|kostnad\w*|how much|amount|money|funding amount|sek)\b",
     r"\d[\d\s]*(kr\b|kronor|sek|miljon|tkr|mnkr|€|euro)", "belopp"),
    (r"\b(oppettid\w*|opening hours?|klockan|what time|vilken tid)\b", r"\b\d{1,2}[.:]\d{2}\b|\bkl\.? ?\d", "tider"),
    (r"\b(telefon\w*|phone|e-?post|email|e-mail|adress|address|mejl)\b", r"\d{2,}[- ]?\d{3,}|@", "kontaktuppgifter"),
    (r"\b(vilket datum|vilket ar|what date|which year|what year|nar (beslutades|antogs|undertecknades|signerades)|"
     r"when was .* (decided|adopted|signed|approved)|arsskifte)\b", r"\b(19|20)\d{2}\b", "datum"),
    (r"\b(vem (ar|var)|who (is|was)|namn pa|name of)\b.*\b(ordforande|chair\w*|kontaktperson|contact person|"
     r"ansvarig person|samordnare|coordinator)\b", r"\b[A-ZÅÄÖ][a-zåäö]+ [A-ZÅÄÖ][a-zåäö]+(son|sson|berg|ström|lund|gren)\b",
     "namn"),
)

# the kind of sentence a question asks for: 'how often' wants a frequency, 'when' a time
EVIDENCE_BOOSTS: tuple[tuple[str, str], ...] = (
    (r"\b(hur ofta|how often|revider\w*|revis\w*|hur lange|how long|giltig\w*|valid\w*|period)\b",
     r"\b(årlig\w*|vart \w+ år|varje år|\w+ år\b|halvårsvis|gånger per|ggr|tills vidare|fjärde året|"
     r"löpande|regelbundet)"),
    (r"\b(nar|when|datum|date)\b", r"\b(19|20)\d{2}\b|\b(årlig\w*|vart \w+ år|varje år|våren|hösten)\b"),
    (r"\b(hur manga|how many|antal|number of)\b", r"\b(\d+|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\b"),
)

TEXTS = {
    "sv": {
        "abstain": "Det framgår inte av dokumenten.",
        "not_in_corpus": "{place} finns inte bland dokumenten; dokumenten gäller {known}.",
        "no_evidence": "Inget i dokumenten besvarar frågan om {what}.",
        "unknown_terms": "Dokumenten nämner inte {terms}.",
        "weak": "Inget stycke i dokumenten ligger tillräckligt nära frågan.",
        "oblig_head": "Enligt {doc} åtar sig {party} under principen om {principle}:",
        "oblig_head_noprinciple": "Enligt {doc} åtar sig {party}:",
        "list_head": "{doc} bygger på följande principer:",
        "cmp_head": "Så här säger dokumenten:",
        "fact_head": "Enligt {doc}:",
    },
    "en": {
        "abstain": "The documents do not say (det framgår inte av dokumenten).",
        "not_in_corpus": "{place} is not among the documents; they cover {known}.",
        "no_evidence": "Nothing in the documents answers the question about {what}.",
        "unknown_terms": "The documents do not mention {terms}.",
        "weak": "No passage in the documents is close enough to the question.",
        "oblig_head": "Under the principle of {principle} ({principle_sv}), {party} in {doc} commits to:",
        "oblig_head_noprinciple": "According to {doc}, {party} commits to:",
        "list_head": "{doc} is based on these principles:",
        "cmp_head": "What the documents say:",
        "fact_head": "According to {doc}:",
    },
}
WHAT_EN = {"belopp": "amounts", "tider": "times", "kontaktuppgifter": "contact details", "datum": "dates", "namn": "names"}
PARTY_SV = {"civil_society": "idéburen sektor", "joint": "båda parter"}
PARTY_EN = {"civil_society": "civil society", "joint": "both parties"}

ELLIPTIC = re.compile(
    r"^\s*(och|men|samt|and|but|what about|how about|hur är det med|hur ar det med|vad gäller|vad galler|"
    r"samma|same|also|också|ocksa|then|då|da)\b",
    re.I,
)


def _has(unit_tokens: set[str], t: str) -> bool:
    """A query stem is in a unit if a unit stem equals it or extends it ('revider' ~ 'revidering')."""
    if t in unit_tokens:
        return True
    return len(t) >= 5 and any(u.startswith(t) or (len(u) >= 5 and t.startswith(u)) for u in unit_tokens)


@dataclass(frozen=True)
class Candidate:
    chunk_index: int
    unit_index: int
    chunk: Chunk
    unit: Unit
    score: float
    dense: float


def _doc_label(retriever: Retriever, doc_id: str) -> str:
    m = retriever.data.documents[doc_id].meta
    return m.organisation.split(",")[0] if m.organisation else (m.place or m.title)


def _party_label(retriever: Retriever, doc_id: str, party: str, lang: str) -> str:
    if party == "public":
        m = retriever.data.documents[doc_id].meta
        org = m.organisation.split(",")[0] if m.organisation else ""
        return org or ("the public side" if lang == "en" else "den offentliga parten")
    return (PARTY_EN if lang == "en" else PARTY_SV)[party]


class Answerer:
    def __init__(self, retriever: Retriever, min_similarity: float = MIN_DENSE):
        self.r = retriever
        self.min_similarity = min_similarity
        refs = retriever.data.unit_refs
        self.refs = refs
        df: Counter[str] = Counter()
        self.unit_tokens: list[set[str]] = []
        for ci, ui in refs:
            u = retriever.chunks[ci].units[ui]
            toks = set(tokens(f"{retriever.chunks[ci].section} {u.display_text}"))
            self.unit_tokens.append(toks)
            df.update(toks)
        n = max(1, len(refs))
        self.idf = {t: math.log(1 + n / c) for t, c in df.items()}
        self.corpus_stems = set(df)
        for d in retriever.data.documents.values():
            self.corpus_stems.update(tokens(d.clean_text))

    # ------------------------------------------------------------------ context
    def resolve(self, question: str, history: list[str]) -> tuple[str, QueryInfo]:
        """Merge an elliptic follow-up with the conversation's earlier questions."""
        info = self.r.understand(question)
        if not history:
            return question, info
        prev_q = next((h for h in reversed(history) if h and h.strip()), "")
        if not prev_q:
            return question, info
        prev = self.r.understand(prev_q[: self.r.max_question_chars])
        short = len(question.split()) <= 9
        elliptic = bool(ELLIPTIC.match(question)) or (
            short and not (info.principles and info.documents) and info.intent in ("fact", "obligation")
            and not (info.intent == "obligation" and info.principles)
        )
        if not elliptic:
            return question, info
        merged = replace(
            info,
            principles=info.principles or prev.principles,
            documents=info.documents or prev.documents,
            parties=info.parties or prev.parties,
            intent=info.intent if info.intent != "fact" else prev.intent,
            unknown_places=info.unknown_places,
            language=info.language,
        )
        text = f"{prev_q} {question}" if not info.documents else f"{question} {self._strip_docs(prev_q)}"
        return text, merged

    def _strip_docs(self, text: str) -> str:
        for d in self.r.doc_names:
            for n in d.names:
                if n:
                    text = re.sub(re.escape(n) + r"s?", " ", text, flags=re.I)
        return text

    # ------------------------------------------------------------------ scoring
    def unit_candidates(self, text: str, info: QueryInfo, qvec: np.ndarray, flt: Filters) -> list[Candidate]:
        dense = (self.r.data.unit_vectors @ qvec[0]).astype("float64") if len(self.refs) else np.zeros(0)
        qtoks = [t for t in set(tokens(text))]
        wants = next((ev for pat, ev in EVIDENCE_BOOSTS if re.search(pat, fold(info.text))), None)
        qweight = sum(self.idf.get(t, 0.0) for t in qtoks) or 1.0
        out: list[Candidate] = []
        for row, (ci, ui) in enumerate(self.refs):
            c = self.r.chunks[ci]
            u = c.units[ui]
            if flt.document and c.doc_id != flt.document:
                continue
            if flt.principle and c.principle != flt.principle:
                continue
            if flt.party and u.party != flt.party:
                continue
            utoks = self.unit_tokens[row]
            lex = sum(self.idf.get(t, 0.0) for t in qtoks if _has(utoks, t)) / qweight
            s = float(dense[row]) + 0.12 * lex
            if info.documents and c.doc_id in info.documents:
                s += 0.03
            if info.principles and c.principle in info.principles:
                s += 0.02
            if info.intent == "definition" and c.kind == "definition":
                s += 0.02
            if wants and re.search(wants, u.display_text, re.I):
                s += 0.025
            out.append(Candidate(ci, ui, c, u, s, float(dense[row])))
        out.sort(key=lambda x: -x.score)
        return out

    # ------------------------------------------------------------------ abstention
    def abstain_reason(self, text: str, info: QueryInfo, best: list[Candidate]) -> str | None:
        t = TEXTS[info.language]
        if info.unknown_places and not info.documents:
            known = ", ".join(sorted({_doc_label(self.r, d) for d in self.r.data.documents}))
            return t["not_in_corpus"].format(place=", ".join(info.unknown_places), known=known)
        folded = fold(info.text)
        for qpat, evidence, what in ANSWER_TYPES:
            if re.search(qpat, folded):
                pool = best[:12]
                if not any(re.search(evidence, c.unit.display_text, re.I) for c in pool):
                    return t["no_evidence"].format(what=what if info.language == "sv" else WHAT_EN[what])
        if info.language == "sv":
            missing = self.missing_terms(info.text)
            if missing:
                return t["unknown_terms"].format(terms=", ".join(f"'{m}'" for m in missing))
        if not best or best[0].dense < self.min_similarity:
            return t["weak"]
        return None

    def missing_terms(self, question: str) -> list[str]:
        """Content words of a Swedish question that occur nowhere in the corpus (typos forgiven)."""
        import difflib

        missing = []
        for w in re.findall(r"[A-Za-zÅÄÖåäöé]{5,}", question):
            f = fold(w)
            if f in STOPWORDS or f in GENERIC_TERMS or w[0].isupper() and question.find(w) > 0:
                continue
            stem = tokens(w)
            if not stem or stem[0] in self.corpus_stems:
                continue
            if difflib.get_close_matches(stem[0], self._stem_list(), n=1, cutoff=0.8):
                continue
            # compounds: 'samverkansgruppens' is known if both parts are
            if any(stem[0].startswith(s) and len(s) >= 5 for s in self._long_stems()):
                continue
            missing.append(w)
        return missing

    def _stem_list(self) -> list[str]:
        if not hasattr(self, "_stems_cache"):
            self._stems_cache = sorted(self.corpus_stems)
        return self._stems_cache

    def _long_stems(self) -> list[str]:
        if not hasattr(self, "_long_cache"):
            self._long_cache = [s for s in self.corpus_stems if len(s) >= 7]
        return self._long_cache

    # ------------------------------------------------------------------ main
    def answer(self, question: str, history: list[str] | None = None, filters: Filters | None = None) -> Answer:
        question = self.r.check_question(question)
        history = [h for h in (history or []) if isinstance(h, str)][-10:]
        flt = self.r.check_filters(filters)
        text, info = self.resolve(question, history)
        if flt.document and flt.document not in info.documents:
            info = replace(info, documents=(flt.document,))
        if flt.principle:
            info = replace(info, principles=(flt.principle,))
        if flt.party:
            info = replace(info, parties=(flt.party,))
        qvec = self.r.encode_query(text)
        cands = self.unit_candidates(text, info, qvec, flt)
        reason = self.abstain_reason(text, info, cands)
        if reason:
            return self._declined(question, info, reason)
        picked: list[tuple[str, list[tuple[str, Candidate | tuple]]]] = []
        if info.intent == "obligation":
            picked = self.compose_obligation(info, cands, flt)
        elif info.intent == "principle_list":
            picked = self.compose_principles(info, cands)
        elif info.intent == "comparison":
            picked = self.compose_comparison(info, cands)
        if not picked:
            picked = self.compose_fact(info, cands)
        if not picked:
            return self._declined(question, info, TEXTS[info.language]["weak"])
        return self._render(question, info, picked)

    def _declined(self, question: str, info: QueryInfo, reason: str) -> Answer:
        t = TEXTS[info.language]
        return Answer(question, info.language, f"{t['abstain']} {reason}", True, reason, (), info)

    # ------------------------------------------------------------------ composition
    # each composer returns [(heading line, [(prefix, candidate-or-span)])]
    def _target_docs(self, info: QueryInfo, cands: list[Candidate], require: set[str] | None = None) -> list[str]:
        if info.documents:
            return list(info.documents)
        order: list[str] = []
        for c in cands:
            if c.chunk.doc_id not in order and (require is None or c.chunk.doc_id in require):
                order.append(c.chunk.doc_id)
        return order

    def compose_obligation(self, info: QueryInfo, cands: list[Candidate], flt: Filters) -> list:
        lang = info.language
        t = TEXTS[lang]
        principle = info.principles[0] if info.principles else None
        parties = list(info.parties) if info.parties else ["public", "civil_society", "joint"]
        by_unit = {(c.chunk.doc_id, c.unit.start, c.unit.end): c for c in cands}
        docs_with = set()
        for d in self.r.data.documents.values():
            for cm in d.commitments:
                if cm.party in parties and (principle is None or cm.principle == principle):
                    docs_with.add(d.doc_id)
        targets = self._target_docs(info, cands, require=None if info.documents else docs_with)
        if not info.documents and principle is None:
            targets = targets[:1]
        out = []
        for doc_id in targets:
            doc = self.r.data.documents[doc_id]
            for party in parties:
                items = [
                    cm for cm in doc.commitments
                    if cm.party == party and (principle is None or cm.principle == principle)
                ]
                if principle and not items:
                    # commitments without a principle (a party's own list): keep those about the principle
                    terms = [fold(x) for x in (PRINCIPLES[principle][0], *PRINCIPLES[principle][2])] if principle in PRINCIPLES else []
                    stems = {s for term in terms for s in tokens(term)}
                    items = [
                        cm for cm in doc.commitments
                        if cm.party == party and cm.principle is None and stems & set(tokens(cm.display_text))
                    ]
                if not items:
                    continue
                rows = []
                for cm in items:
                    cand = by_unit.get((doc_id, cm.start, cm.end))
                    rows.append(("- ", cand or (doc_id, cm.start, cm.end, cm.display_text, cm.section, cm.principle, cm.party)))
                pname = principle_name(principle, lang) if principle else ""
                head_key = "oblig_head" if principle else "oblig_head_noprinciple"
                head = t[head_key].format(
                    doc=_doc_label(self.r, doc_id),
                    party=_party_label(self.r, doc_id, party, lang),
                    principle=pname,
                    principle_sv=principle_name(principle, "sv") if principle else "",
                )
                out.append((head, rows))
            if len(out) >= 12:
                break
        return out

    def compose_principles(self, info: QueryInfo, cands: list[Candidate]) -> list:
        lang = info.language
        docs = self._target_docs(info, cands)
        if not info.documents and not info.all_documents:
            docs = docs[:1]
        out = []
        for doc_id in docs:
            doc = self.r.data.documents[doc_id]
            rows: list = []
            lists = [s for s in doc.sections if s.kind == "principle_list"]
            for c in self.r.chunks:
                if c.doc_id != doc_id or not any(c.section == s.title for s in lists):
                    continue
                for u in c.units:
                    mentions = sum(1 for p in PRINCIPLES.values() if fold(p[0]) in fold(u.display_text))
                    if u.kind == "item" or mentions >= 2:
                        rows.append(("- ", (doc_id, u.start, u.end, u.display_text, c.section, None, None)))
            if not rows:
                for s in doc.sections:
                    if s.kind == "principle" and s.heading_end > s.heading_start:
                        rows.append(("- ", (doc_id, s.heading_start, s.heading_end, s.title, s.title, s.principle, None)))
            if rows:
                out.append((TEXTS[lang]["list_head"].format(doc=_doc_label(self.r, doc_id)), rows))
        return out

    def compose_comparison(self, info: QueryInfo, cands: list[Candidate]) -> list:
        lang = info.language
        out = []
        rows: list = []
        if info.principles:
            pid = info.principles[0]
            for doc in self.r.data.documents.values():
                hit = next((s for s in doc.sections if s.principle == pid and s.heading_end > s.heading_start), None)
                if hit:
                    rows.append((f"{_doc_label(self.r, doc.doc_id)}: ",
                                 (doc.doc_id, hit.heading_start, hit.heading_end, hit.title, hit.title, pid, None)))
                    continue
                pname = fold(PRINCIPLES[pid][0]) if pid in PRINCIPLES else pid
                for c in self.r.chunks:
                    if c.doc_id != doc.doc_id or c.kind != "principle_list":
                        continue
                    u = next((u for u in c.units if pname in fold(u.display_text)), None)
                    if u:
                        rows.append((f"{_doc_label(self.r, doc.doc_id)}: ",
                                     (doc.doc_id, u.start, u.end, u.display_text, c.section, None, None)))
                        break
        else:
            best_by_doc: dict[str, Candidate] = {}
            for c in cands:
                best_by_doc.setdefault(c.chunk.doc_id, c)
            top = cands[0].score if cands else 0
            for doc_id, c in sorted(best_by_doc.items(), key=lambda x: -x[1].score):
                if c.score >= top - 0.035 and c.dense >= self.min_similarity:
                    rows.append((f"{_doc_label(self.r, doc_id)}: ", c))
        if rows:
            out.append((TEXTS[lang]["cmp_head"], rows))
        return out

    def compose_fact(self, info: QueryInfo, cands: list[Candidate]) -> list:
        if not cands:
            return []
        lang = info.language
        top = cands[0]
        chosen = [top]
        for c in cands[1:12]:
            if len(chosen) >= MAX_FACT_UNITS:
                break
            same_doc = c.chunk.doc_id == top.chunk.doc_id
            # a neighbour of the best sentence in the same passage often completes it
            adjacent = c.chunk_index == top.chunk_index and abs(c.unit_index - top.unit_index) == 1
            margin = 0.03 if adjacent else 0.015
            if c.score >= top.score - margin and (same_doc or info.all_documents):
                chosen.append(c)
        # keep document order within a document
        chosen.sort(key=lambda c: (c.chunk.doc_id != top.chunk.doc_id, c.chunk.doc_id, c.unit.start))
        out = []
        for doc_id in dict.fromkeys(c.chunk.doc_id for c in chosen):
            rows = [("", c) for c in chosen if c.chunk.doc_id == doc_id]
            out.append((TEXTS[lang]["fact_head"].format(doc=_doc_label(self.r, doc_id)), rows))
        return out

    # ------------------------------------------------------------------ rendering
    def _render(self, question: str, info: QueryInfo, picked: list) -> Answer:
        citations: list[Citation] = []
        seen: dict[tuple[str, int, int], int] = {}
        lines: list[str] = []
        for head, rows in picked:
            lines.append(head)
            for prefix, ref in rows:
                if isinstance(ref, Candidate):
                    doc_id, start, end = ref.chunk.doc_id, ref.unit.start, ref.unit.end
                    display, section, principle = ref.unit.display_text, ref.chunk.section, ref.chunk.principle
                    party, score = ref.unit.party, ref.score
                else:
                    doc_id, start, end, display, section, principle, party = ref
                    score = 0.0
                key = (doc_id, start, end)
                if key not in seen:
                    doc = self.r.data.documents[doc_id]
                    n = len(citations) + 1
                    seen[key] = n
                    citations.append(
                        Citation(
                            n=n, doc_id=doc_id, source=doc.source, title=doc.meta.title, start=start, end=end,
                            text=doc.text[start:end], display_text=display, section=section,
                            principle=principle, party=party, score=round(float(score), 4),
                        )
                    )
                sep = "" if prefix.endswith(": ") or not prefix else ""
                lines.append(f"{prefix}{sep}{display} [{seen[key]}]")
        text = "\n".join(lines)
        return Answer(question, info.language, text, False, None, tuple(citations), info)
