"""Measure the OCR repair of the Södertälje file against the hand-corrected reference.

    python scripts/ocr_report.py [--no-context]

Words are compared line by line (the reference keeps the original's line breaks and end-of-line
hyphens, so hyphen joins are left out here). Each original word, or small group of words when the
reference splits or regroups them ("Attverka" -> "Att verka"), is one unit:
- damaged: the original differs from the reference; repaired if the output equals the reference;
- correct: the original equals the reference; changed if the output differs (a false change).
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ingest.cleantext import apply_edits  # noqa: E402
from ingest.lexicon import build_clean_vocab  # noqa: E402
from ingest.ocr import find_ocr_edits  # noqa: E402

CORPUS = ROOT / "corpus"
DAMAGED = CORPUS / "004_8c146200d86916f7.txt"
REFERENCE = ROOT / "tests" / "fixtures" / "sodertalje_reference.txt"
CLEAN = ("000_*.txt", "001_*.txt", "002_*.txt", "003_*.txt")


@dataclass
class Report:
    damaged: int = 0
    repaired: int = 0
    correct: int = 0
    changed: int = 0
    mistakes: list[tuple[int, str, str, str, str]] = field(default_factory=list)  # line, kind, orig, ref, got

    @property
    def repair_rate(self) -> float:
        return self.repaired / self.damaged if self.damaged else 1.0


def clean_documents() -> list[str]:
    return [p.read_text(encoding="utf-8") for pat in CLEAN for p in sorted(CORPUS.glob(pat))]


def reference_lines(path: Path = REFERENCE) -> list[str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return lines


def _word_spans(line: str) -> list[tuple[int, int]]:
    spans, i = [], 0
    for w in line.split():
        i = line.index(w, i)
        spans.append((i, i + len(w)))
        i += len(w)
    return spans


def align_groups(orig: list[str], ref: list[str]) -> list[tuple[int, int, int, int]]:
    """Monotone alignment of word lists into groups (o1, o2, r1, r2), at most 3 words a side."""
    inf = float("inf")
    n, m = len(orig), len(ref)
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    step: dict[tuple[int, int], tuple[int, int]] = {}
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if cost[i][j] == inf:
                continue
            for a in range(1, 4):
                for b in range(1, 4):
                    if i + a > n or j + b > m or (a > 1 and b > 1 and (a, b) != (2, 2)):
                        continue
                    x, y = "".join(orig[i : i + a]).lower(), "".join(ref[j : j + b]).lower()
                    c = cost[i][j] + 1 - SequenceMatcher(None, x, y).ratio() + 0.2 * (a + b - 2)
                    if c < cost[i + a][j + b]:
                        cost[i + a][j + b] = c
                        step[(i + a, j + b)] = (a, b)
    groups, i, j = [], n, m
    while i or j:
        a, b = step[(i, j)]
        groups.append((i - a, i, j - b, j))
        i, j = i - a, j - b
    return groups[::-1]


def evaluate(original: str, ref_lines: list[str], edits) -> Report:
    """Word-level comparison of the repaired text with the reference, line by line."""
    clean = apply_edits(original, [e for e in edits if e.reason != "hyphen-join"])
    report = Report()
    offset = 0
    for lineno, (line, ref) in enumerate(zip(original.split("\n"), ref_lines, strict=True), 1):
        spans = _word_spans(line)
        words = [line[s:e] for s, e in spans]
        rwords = ref.split()
        for o1, o2, r1, r2 in align_groups(words, rwords) if words else []:
            os_, oe = offset + spans[o1][0], offset + spans[o2 - 1][1]
            cs, ce = clean.from_original(os_, oe)
            got = " ".join(clean.text[cs:ce].split())
            orig_s, ref_s = " ".join(words[o1:o2]), " ".join(rwords[r1:r2])
            if orig_s != ref_s:
                report.damaged += 1
                if got == ref_s:
                    report.repaired += 1
                else:
                    report.mistakes.append((lineno, "missed", orig_s, ref_s, got))
            else:
                report.correct += 1
                if got != ref_s:
                    report.changed += 1
                    report.mistakes.append((lineno, "FALSE CHANGE", orig_s, ref_s, got))
        offset += len(line) + 1
    return report


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--no-context", action="store_true", help="do not use the clean documents")
    args = parser.parse_args()
    original = DAMAGED.read_text(encoding="utf-8")
    vocab = None if args.no_context else build_clean_vocab(clean_documents())
    find_ocr_edits("Lexikonet laddas.", vocab)  # load the lexicon before timing
    t0 = time.perf_counter()
    edits = find_ocr_edits(original, vocab)
    elapsed = time.perf_counter() - t0
    report = evaluate(original, reference_lines(), edits)
    print(f"edits: {len(edits)} in {elapsed:.2f} s")
    print(f"damaged words: {report.damaged}, repaired: {report.repaired} ({report.repair_rate:.1%})")
    print(f"correct words: {report.correct}, falsely changed: {report.changed}")
    for lineno, kind, orig, ref, got in report.mistakes:
        print(f"  line {lineno:3d} {kind:12s} {orig!r:28s} expected {ref!r:28s} got {got!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
