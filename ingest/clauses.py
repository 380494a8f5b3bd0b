"""Sentences across lines and clauses within a sentence: a hard-wrapped sentence arrives in pieces
and is joined; a sentence that commits two parties in two clauses is cut in two."""

from __future__ import annotations

import re
from collections.abc import Callable

from .lines import OPEN_ENDS


def join_sentences(items: list, ctext: str, said: Callable[[str], str | None] | None = None) -> list:
    """A sentence wrapped over lines arrives in pieces: join a piece that does not end a sentence
    with the next piece of the same paragraph flow. `said` reads the whole sentence's party (a
    hard-wrapped 'Båda parter ska' / 'verka för …' names its party and its verb on two lines)."""
    out: list = []
    for it in items:
        it = tuple(it) + (None,) * (6 - len(it))
        if out and it[3] == "sentence" and out[-1][3] == "sentence":
            prev = out[-1]
            prev_text = ctext[prev[0] : prev[1]].rstrip()
            nxt = ctext[it[0] : it[1]]
            goes_on = (
                nxt[:1].islower()
                or re.match(r"\d[\d.,:%–-]*\s+[a-zåäö]", nxt) is not None  # '… under' / '2027 så att …'
                or prev_text.rsplit(None, 1)[-1].lower() in OPEN_ENDS
            )
            if prev_text and prev_text[-1] not in ".!?:" and goes_on:
                whole = said(ctext[prev[0] : it[1]]) if said is not None else None
                out[-1] = (prev[0], it[1], whole or prev[2] or it[2], "sentence", prev[4] or it[4], None)
                continue
        out.append(it)
    return out


_CLAUSE = re.compile(r",?\s+(?:och|samt|medan|men|while|and|whereas)\s+(?=\S)")


def split_clauses(items: list, ctext: str, said: Callable[[str], str | None]) -> list:
    """A sentence that commits two parties in two clauses ('Kommunen ska …, och de idéburna
    organisationerna ska …') is two commitments: cut where a clause with its own party begins."""
    out: list = []
    for it in items:
        if it[3] != "sentence" or it[2] is None:
            out.append(it)
            continue
        a, b = it[0], it[1]
        pieces: list[tuple[int, int, str]] = []
        start = a
        for m in _CLAUSE.finditer(ctext, a, b):
            head, tail = ctext[start : m.start()], ctext[m.end() : b]
            first, second = said(head), said(tail)
            if first and second and second != first:
                pieces.append((start, m.start(), first))
                start = m.end()
        if not pieces:
            out.append(it)
            continue
        pieces.append((start, b, said(ctext[start:b]) or it[2]))
        out.extend((x, y, party, "sentence", it[4], it[5]) for x, y, party in pieces)
    return out
