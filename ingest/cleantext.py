"""Clean text with an exact map back to the original.

Cleaning never alters the original: it produces a list of `Edit`s (replace original
[start, end) by `replacement`), and `apply_edits` builds the clean text together with,
for every clean character, the original span it came from. Any clean span [cs, ce)
then maps to the original span [orig_start[cs], orig_end[ce - 1]).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str
    reason: str = ""


@dataclass(frozen=True)
class CleanText:
    text: str
    orig_start: tuple[int, ...]  # per clean char: first original index it stands for
    orig_end: tuple[int, ...]  # per clean char: one past the last original index

    def to_original(self, cs: int, ce: int) -> tuple[int, int]:
        """Map a clean span to the original span that holds exactly its source characters."""
        if not 0 <= cs < ce <= len(self.text):
            raise ValueError(f"clean span [{cs}, {ce}) out of range 0..{len(self.text)}")
        return self.orig_start[cs], self.orig_end[ce - 1]

    def from_original(self, os_: int, oe: int) -> tuple[int, int]:
        """Smallest clean span whose characters come from inside original [os_, oe)."""
        import bisect

        cs = bisect.bisect_left(self.orig_start, os_)
        ce = bisect.bisect_right(self.orig_end, oe)
        # orig_end is non-decreasing, so bisect works on it
        return cs, max(cs, ce)


def apply_edits(original: str, edits: Iterable[Edit]) -> CleanText:
    """Apply non-overlapping edits; later overlapping edits are dropped (first wins)."""
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    out: list[str] = []
    ostart: list[int] = []
    oend: list[int] = []
    pos = 0
    for e in ordered:
        if e.start < pos or e.end < e.start or e.end > len(original):
            continue  # overlapping or invalid: keep the earlier decision
        for i in range(pos, e.start):
            out.append(original[i])
            ostart.append(i)
            oend.append(i + 1)
        n = len(e.replacement)
        if n:
            width = e.end - e.start
            for j, ch in enumerate(e.replacement):
                if width == n:  # same length: character-exact mapping
                    a, b = e.start + j, e.start + j + 1
                elif width == 0:
                    a = b = e.start
                else:
                    a, b = e.start, e.end
                out.append(ch)
                ostart.append(a)
                oend.append(b)
        pos = e.end
    for i in range(pos, len(original)):
        out.append(original[i])
        ostart.append(i)
        oend.append(i + 1)
    return CleanText("".join(out), tuple(ostart), tuple(oend))
