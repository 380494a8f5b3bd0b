"""The layout suite: documents nobody here wrote the code for, with what they say written down.

Each folder under tests/layouts/ (and tests/layouts/blind/) holds one document and an
expected.json (see tests/layouts/README.md). This module scores, per document:
- commitments: the share of expected commitments found in the matrix with the right principle
  and party (recall), and the share of extracted commitments that match none (spurious);
- metadata: title, place and decision date right;
- questions (with a real Service): citation recall, precision, must-mention, abstention,
  with gold quotes located in the document's extracted text.
The blind folder is reported as aggregates only.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from ingest.pipeline import load_corpus, process
from ingest.records import Commitment
from ingest.vocab import fold as vocab_fold

from .metrics import GoldPassage, GoldQuestion, answer_summary, citation_metrics

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "tests" / "layouts"


@dataclass(frozen=True)
class Case:
    folder: Path
    expected: dict

    @property
    def name(self) -> str:
        return self.folder.name

    @property
    def file(self) -> Path:
        return self.folder / self.expected["file"]


def cases(blind: bool = False, root: Path = LAYOUTS) -> list[Case]:
    base = root / "blind" if blind else root
    out = []
    for p in sorted(base.glob("*/expected.json")):
        out.append(Case(p.parent, json.loads(p.read_text(encoding="utf-8"))))
    return out


def fold(text: str) -> str:
    """Lower case, no diacritics, no leading bullet or 'att', punctuation as spaces."""
    t = re.sub(r"^\W*(att\s+)?", "", vocab_fold(text))
    return re.sub(r"[\W_]+", " ", t).strip()


def _same(expected: str, found: str) -> bool:
    a, b = fold(expected), fold(found)
    if not a or not b:
        return False
    if a in b and len(a) >= 0.5 * len(b) or b in a and len(b) >= 0.7 * len(a):
        return True
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.85


def score_commitments(expected: Sequence[dict], found: Sequence[Commitment]) -> dict:
    """Greedy one-to-one matching of expected to extracted commitments by text."""
    used: set[int] = set()
    right = located = 0
    misses = []
    for e in expected:
        hit = next(
            (i for i, c in enumerate(found) if i not in used and _same(e["text"], c.display_text)), None
        )
        if hit is None:
            misses.append(e)
            continue
        used.add(hit)
        located += 1
        c = found[hit]
        if c.party == e["party"] and (c.principle or None) == (e.get("principle") or None):
            right += 1
        else:
            misses.append({**e, "got": [c.principle, c.party]})
    spurious = [c.display_text for i, c in enumerate(found) if i not in used]
    return {
        "expected": len(expected),
        "found": len(found),
        "located": located,
        "right": right,
        "recall": right / len(expected) if expected else None,
        "spurious": len(spurious) / len(found) if found else 0.0,
        "misses": misses,
        "spurious_texts": spurious,
    }


def _meta_ok(exp: dict, meta: Any) -> dict[str, bool]:
    def norm(s: Any) -> str:
        return fold(str(s or ""))

    return {
        "title": SequenceMatcher(None, norm(exp.get("title")), norm(meta.title)).ratio() >= 0.9,
        "place": norm(exp.get("place")) == norm(meta.place),
        "date": (exp.get("date") or None) == (meta.date or None),
    }


def structure_report(blind: bool = False, chosen: Sequence[Case] | None = None) -> list[dict]:
    """Per document: commitments and metadata figures (no model needed)."""
    rows = []
    for case in cases(blind) if chosen is None else chosen:
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(case.file, Path(tmp) / case.file.name)
            docs, failures = load_corpus(Path(tmp))
            processed, more = process(docs, 350)
        if not processed:
            reason = "; ".join(f.reason for f in failures + more)
            rows.append({"layout": case.name, "error": reason})
            continue
        p = processed[0]
        row = {
            "layout": case.name,
            **score_commitments(case.expected["commitments"], p.structure.commitments),
        }
        row["metadata"] = _meta_ok(case.expected.get("metadata", {}), p.doc.meta)
        row["report"] = p.report
        rows.append(row)
    return rows


# --------------------------------------------------------------------------- questions


def _tokens(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in re.finditer(r"\w+", text):
        t = unicodedata.normalize("NFKD", m.group().lower())
        out.append(("".join(c for c in t if not unicodedata.combining(c)), m.start(), m.end()))
    return out


def locate(quote: str, text: str, toks: list[tuple[str, int, int]] | None = None) -> tuple[int, int] | None:
    """The span of the document's extracted text that a gold quote stands for (word-level, so
    line breaks, hyphenation and OCR damage do not hide it)."""
    q = [t for t, _, _ in _tokens(quote)]
    toks = toks if toks is not None else _tokens(text)
    if not q or len(toks) < len(q):
        return None
    words = [t for t, _, _ in toks]
    best, best_i = 0.0, -1
    first = set(q[:3])
    for i in range(len(words) - len(q) + 1):
        if words[i] not in first and words[i + len(q) - 1] != q[-1]:
            continue
        window = words[i : i + len(q)]
        score = sum(a == b for a, b in zip(window, q, strict=True)) / len(q)
        if score < 1 and score > best - 0.2:
            score = SequenceMatcher(None, " ".join(window), " ".join(q), autojunk=False).ratio()
        if score > best:
            best, best_i = score, i
    if best < 0.75:
        return None
    return toks[best_i][1], toks[best_i + len(q) - 1][2]


def question_rows(svc: Any, all_cases: Sequence[Case], scoped: bool = False) -> list[dict]:
    """Ask every question of the given cases through the Service; score against located gold.
    `scoped`: each question is asked within its own document (the document filter a user sets in
    the UI), which measures the answer without the choice of document."""
    from retrieval.records import Filters

    docs = svc.documents()
    texts = {d["source"]: svc.document(d["doc_id"])["text"] for d in docs}
    ids = {d["source"]: d["doc_id"] for d in docs}
    rows = []
    for case in all_cases:
        source = case.file.name
        text = texts.get(source, "")
        toks = _tokens(text)
        for q in case.expected.get("questions", []):
            passages = []
            for quote in q.get("gold", []):
                span = locate(quote, text, toks)
                if span:
                    passages.append(GoldPassage(source, text[span[0] : span[1]], span[0]))
            gq = GoldQuestion(
                q["id"],
                q["question"],
                q.get("language", "sv"),
                "layout",
                False,
                (),
                bool(q.get("answerable", True)),
                tuple(passages),
                tuple(q.get("must_mention", [])),
            )
            from retrieval.service import answer_json

            scope = Filters(document=ids.get(source)) if scoped else None
            ans = answer_json(svc.ask(q["question"], filters=scope))
            m = citation_metrics(ans, gq, texts)
            rows.append(
                {
                    "layout": case.name,
                    "id": q["id"],
                    "answerable": gq.answerable,
                    "gold_located": f"{len(passages)}/{len(q.get('gold', []))}",
                    **m,
                }
            )
    return rows


def summarise_questions(rows: Sequence[dict]) -> dict:
    s = answer_summary(rows)
    keys = (
        "questions",
        "citation_recall",
        "citation_precision",
        "must_mention",
        "answerable_declined",
        "unanswerable_declined",
    )
    return {k: s[k] for k in keys}


def summarise_structure(rows: Sequence[dict]) -> dict:
    ok = [r for r in rows if "error" not in r]
    exp = sum(r["expected"] for r in ok)
    found = sum(r["found"] for r in ok)
    right = sum(r["right"] for r in ok)
    spurious = sum(round(r["spurious"] * r["found"]) for r in ok)
    meta = [v for r in ok for v in r["metadata"].values()]
    return {
        "documents": len(rows),
        "failed": len(rows) - len(ok),
        "commitments_expected": exp,
        "commitment_recall": round(right / exp, 3) if exp else None,
        "spurious": round(spurious / found, 3) if found else 0.0,
        "metadata_right": round(sum(meta) / len(meta), 3) if meta else None,
    }


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Score the layout suite (tests/layouts)")
    ap.add_argument("--questions", action="store_true", help="also ask the questions (real model)")
    ap.add_argument("--verbose", action="store_true", help="print misses of the development set")
    ap.add_argument(
        "--scoped",
        action="store_true",
        help="with --questions: also ask the development questions each within its own document",
    )
    ap.add_argument(
        "--folder",
        type=Path,
        help="score only the documents in this folder (laid out like tests/layouts), as aggregates; "
        "their questions are asked over the seeds, the whole suite and these documents",
    )
    args = ap.parse_args(argv)
    if args.folder:
        return _folder_aggregates(args.folder.resolve(), args.questions, args.scoped)
    dev = structure_report(False)
    for r in dev:
        if "error" in r:
            print(f"{r['layout']:<20} FAILED {r['error']}")
            continue
        md = " ".join(k for k, v in r["metadata"].items() if not v)
        print(
            f"{r['layout']:<20} commitments {r['right']}/{r['expected']} right (recall {r['recall']:.2f}), "
            f"found {r['found']}, spurious {r['spurious']:.2f}; metadata wrong: {md or '-'}"
        )
        if args.verbose:
            for m in r["misses"]:
                print("   miss", m)
            for s in r["spurious_texts"]:
                print("   spurious", s[:100])
    print("development:", json.dumps(summarise_structure(dev)))
    blind = structure_report(True)
    if blind:
        print("blind (aggregate only):", json.dumps(summarise_structure(blind)))
    if args.questions:
        from retrieval.service import Service
        from retrieval.settings import Settings

        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus"
            corpus.mkdir()
            for p in (ROOT / "corpus").iterdir():
                shutil.copy(p, corpus / p.name)
            all_cases = cases(False) + cases(True)
            for c in all_cases:
                shutil.copy(c.file, corpus / c.file.name)
            svc = Service(Settings(data_dir=Path(tmp) / "data", corpus_dir=corpus))
            svc.ingest()
            rows = question_rows(svc, all_cases)
            scoped = question_rows(svc, cases(False), scoped=True) if args.scoped else []
        blind_names = {c.name for c in cases(True)}
        dev_rows = [r for r in rows if r["layout"] not in blind_names]
        _print_per_layout(dev_rows, "questions")
        print("development questions:", json.dumps(summarise_questions(dev_rows)))
        if scoped:
            _print_per_layout(scoped, "scoped   ")
            print("development questions, each within its document:", json.dumps(summarise_questions(scoped)))
        if args.verbose:
            for r in dev_rows:
                if r["answerable"] and (r["abstained"] or (r["citation_recall"] or 0) < 1):
                    print(
                        "   missed", r["id"], r["gold_located"], r["citation_recall"], r["citation_precision"]
                    )
        print(
            "blind questions (aggregate only):",
            json.dumps(summarise_questions([r for r in rows if r["layout"] in blind_names])),
        )
    return 0


def _print_per_layout(rows: list[dict], label: str) -> None:
    for name in sorted({r["layout"] for r in rows}):
        mine = [r for r in rows if r["layout"] == name]
        print(f"{name:<20} {label}", json.dumps(summarise_questions(mine)))


def _service_over(extra: Sequence[Case], tmp: str) -> Any:
    """A real Service over the seeds, the whole layout suite and `extra` documents."""
    from retrieval.service import Service
    from retrieval.settings import Settings

    corpus = Path(tmp) / "corpus"
    corpus.mkdir()
    for p in (ROOT / "corpus").iterdir():
        shutil.copy(p, corpus / p.name)
    for c in [*cases(False), *cases(True), *extra]:
        shutil.copy(c.file, corpus / c.file.name)
    svc = Service(Settings(data_dir=Path(tmp) / "data", corpus_dir=corpus))
    svc.ingest()
    return svc


def _folder_aggregates(folder: Path, questions: bool, scoped: bool = False) -> int:
    """Aggregate figures only (no document's misses) for a folder of new documents: how the product
    does on layouts it has not been developed on."""
    chosen = cases(False, root=folder)
    if not chosen:
        print(f"no */expected.json under {folder}")
        return 2
    structure = summarise_structure(structure_report(chosen=chosen))
    print(f"{folder.name} (aggregate only):", json.dumps(structure))
    if questions:
        with tempfile.TemporaryDirectory() as tmp:
            svc = _service_over(chosen, tmp)
            rows = question_rows(svc, chosen)
            within = question_rows(svc, chosen, scoped=True) if scoped else []
        print(f"{folder.name} questions (aggregate only):", json.dumps(summarise_questions(rows)))
        if within:
            print(
                f"{folder.name} questions, each within its document:",
                json.dumps(summarise_questions(within)),
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
