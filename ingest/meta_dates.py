"""When a document was decided and by whom, how long it is valid and when it is revised, as written:
its header table's labels, the decision date and body, validity and revision (`ingest.meta` calls them)."""

from __future__ import annotations

import re
from datetime import date as Date
from functools import lru_cache
from typing import TYPE_CHECKING

from .meta_words import HEADER_LINES, _alt, _vocab, fold

if TYPE_CHECKING:  # the reading's units; imported for the type only (ingest.meta imports this module)
    from .meta import _Unit


def _label(cell: str) -> tuple[str, str, bool]:
    """A header-table label: (category, value written in the cell, whether that value is whole).

    "Beslutad av: Kommunfullmäktige" -> ("body", "Kommunfullmäktige", True); "Beslutsdatum" ->
    ("date", "", False) and "Revideras senast" -> ("revision", "senast", False): the next cell
    holds (the rest of) the value. ("", "", False) when the cell is no label."""
    low = fold(cell).strip()
    for category, words in _vocab()["labels"].items():
        for w in sorted(words, key=len, reverse=True):
            fw = fold(w)
            rest = cell.strip()[len(fw) :]
            if low.rstrip(" :") == fw:
                return category, "", False
            if low.startswith(fw + ":"):
                return category, rest.strip(" :"), True
            if low.startswith(fw + " ") and len(rest.split()) <= 2 and not re.search(r"\d", rest):
                return category, rest.strip(" :"), False
    return "", "", False


def _labels(rows: list[tuple[str, ...]], units: list[_Unit]) -> dict[str, str]:
    out: dict[str, str] = {}
    lines = [re.split(r"\s+[•|]\s+", u.text) for u in units[:40] if ":" in u.text]  # "A: x • B: y"
    for cells in [*rows, *lines]:
        for i, cell in enumerate(cells):
            category, value, whole = _label(cell)
            if category and not whole and i + 1 < len(cells) and not _label(cells[i + 1])[0]:
                value, whole = f"{value} {cells[i + 1]}".strip(), True
            if category and whole and value and category not in out:
                out[category] = value
    return out


@lru_cache(maxsize=1)
def _date_patterns() -> list[tuple[re.Pattern, str]]:
    d = _vocab()["dates"]
    months = _alt(d["months"] + d["months_en"] + d["month_abbreviations"])
    return [
        (re.compile(r"(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])"), "ymd"),
        (re.compile(rf"(?<![\d])(\d{{1,2}})(?::[ae])? ({months})\.? (\d{{4}})(?!\d)"), "dmy-name"),
        (re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?:[ /.-]|, )(\d{4})(?!\d)"), "dmy"),
    ]


_DATE_START = re.compile(r"^\W*(datum\W*)?(den )?\d{1,4}([-/. ]\d{1,2}|\s+[a-z]+)")


def _iso(m: re.Match, form: str) -> str | None:
    d = _vocab()["dates"]
    try:
        if form == "ymd":
            return Date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        if form == "dmy-name":
            name = m.group(2)
            month = next(
                (i for i, n in enumerate(d["months_en"], 1) if n == name),
                next(i for i, n in enumerate(d["months"], 1) if fold(n).startswith(name[:3])),
            )
            return Date(int(m.group(3)), month, int(m.group(1))).isoformat()
        return Date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    except (ValueError, StopIteration):
        return None


@lru_cache(maxsize=1)
def _body_pattern() -> re.Pattern:
    d = _vocab()["decision"]
    body = rf"(?:[a-z]+- och )?[a-z]*(?:{_alt(d['body_heads'])})|(?:{_alt(d['abbreviations'])})"
    words = _alt(d["words"])
    return re.compile(
        rf"(?<![a-z])(?:{words})(?:,?\s+och\s+(?:{words}))?:?\s+(?:(?:\S+\s+){{0,4}}?av\s+)?(?:(?:ett|en|den|det)\s+)?"
        rf"(?:(?:enigt|enig|enhalligt)\s+)?(?<![a-z])({body})(?![a-z])"
    )


def _body_in(text: str, low: str) -> str:
    m = _body_pattern().search(low)
    if not m:
        return ""
    return _vocab()["decision"]["abbreviations"].get(m.group(1), text[m.start(1) : m.end(1)].lower())


def _decision(text: str, labels: dict[str, str]) -> tuple[str | None, str]:
    """The adoption date (ISO) and the deciding body as written, lower-case."""
    d = _vocab()["decision"]
    low = fold(text)
    kinds = [(4, d["words"]), (2, d["revision"]), (1, d["validity"]), (2, ["datum"])]
    keyword = re.compile("|".join(rf"(?<![a-z])(?P<k{i}>{_alt(w)})" for i, (_, w) in enumerate(kinds)))
    foreign = re.compile(rf"(?<![a-z])({_alt(d['foreign'])})(?![a-z])")
    abbreviation = re.compile(rf"(?<![a-z])({_alt(d['abbreviations'])})\W*$")
    head_end = sum(len(u) + 1 for u in text.split("\n")[:HEADER_LINES])
    found: list[tuple[int, int, str, str]] = []  # (-tier, position, iso, body)
    for pattern, form in _date_patterns():
        for m in pattern.finditer(low):
            iso = _iso(m, form)
            if iso is None:
                continue
            line_start = low.rfind("\n", 0, m.start()) + 1
            if not low[line_start : m.start()].strip(" \t:") and line_start > 0:
                line_start = low.rfind("\n", 0, line_start - 1) + 1  # a date alone under its label
            window = low[max(line_start, m.start() - 150) : m.start()]
            window = re.split(r"[.!?]\s+(?=[a-z])|\d{4}-\d\d-\d\d|\d \w+ \d{4}", window)[-1]
            if foreign.search(window):
                continue
            hits = list(keyword.finditer(window))
            tier = next(kinds[int(k[1:])][0] for k, v in hits[-1].groupdict().items() if v) if hits else 0
            if tier < 3 and (
                abbreviation.search(window) or re.match(r"\W{0,3}§\s*\d", low[m.end() : m.end() + 8])
            ):
                tier = 3
            if tier == 0 and m.start() < head_end and m.start() - line_start < 40:
                tier = 2
            if tier:
                span = max(line_start, m.start() - 150)
                end = low.find("\n", m.end())
                end = min(m.end() + 80, len(low) if end < 0 else end)
                body = _body_in(text[span:end], low[span:end])
                short = abbreviation.search(window)
                if not body and short:
                    body = d["abbreviations"][short.group(1)]
                found.append((-tier, m.start(), iso, body))
    found.sort()
    when = found[0][2] if found else None
    body = found[0][3] if found else ""
    if not body and "body" in labels:
        value = labels["body"]
        body = _body_in("beslutad av " + value, "beslutad av " + fold(value)) or value.lower().strip(" .")
    if not body:
        bodies = [
            m
            for m in _body_pattern().finditer(low)
            if not foreign.search(low[max(0, m.start() - 60) : m.start()])
        ]
        body = _body_in(text[bodies[0].start() :], low[bodies[0].start() :]) if bodies else ""
    if when is None and "date" in labels:
        for pattern, form in _date_patterns():
            labelled = pattern.search(fold(labels["date"]))
            if labelled:
                when = _iso(labelled, form)
                break
    return when, body


# --------------------------------------------------------------------------- validity and revision


def _spelled(phrase: str) -> str:
    """A phrase in the spelling of the genre's words (OCR may have written 'vart fjärde är')."""
    v = _vocab()
    words = v["revision"]["spelling"] + v["validity"]["numbers"] + v["revision"]["ordinals"]
    canon = {fold(w): w for w in words}
    return " ".join(canon.get(fold(w), w) for w in re.sub(r"\s+", " ", phrase).strip().split(" "))


def _validity(text: str, labels: dict[str, str]) -> str:
    v = _vocab()["validity"]
    if "valid" in labels:
        value = labels["valid"].strip(" .")
        return value[:1].lower() + value[1:]
    low = fold(text)
    lead = _alt(v["lead"])
    numbers = _alt(v["numbers"])
    patterns = [
        rf"(?:{lead})\W{{1,3}}(?:\w+ ){{0,2}}?({_alt(v['open'])})(?![a-z])",
        (
            rf"(?:{lead}) (?:for |under |i )?(?:perioden |aren |ar )?"
            r"((?:19|20)\d\d ?[-–—] ?(?:19|20)?\d\d)(?![\d-])"
        ),
        # 'Gäller 2025-01-01 – 2028-12-31', 'Giltig från och med 2024-04-01 till 2027-12-31'
        (
            rf"(?:{lead}) (?:fran )?(?:och med |fr\.?o\.?m\.? )?"
            r"((?:19|20)\d\d-\d\d-\d\d ?(?:[-–—]|till och med|till|t\.o\.m\.?) ?(?:19|20)\d\d-\d\d-\d\d)"
        ),
        rf"(?:{lead}) (?:i |under |for )?(?:ytterligare )?((?:{numbers}|\d+) ar)(?![a-z])",
        r"(?:galler|giltig) ((?:till och med|t\.o\.m\.?|fram till|till) (?:\d{4}-\d\d-\d\d|\d{4}))",
    ]
    hits = [m for p in patterns for m in re.finditer(p, low)]
    if not hits:
        return ""
    m = min(hits, key=lambda h: h.start(1))
    return _spelled(text[m.start(1) : m.end(1)]).lower()


def _revision(text: str, labels: dict[str, str], title: str) -> str:
    r = _vocab()["revision"]
    if "revision" in labels:
        return _spelled(labels["revision"].strip(" .")).lower()
    low = fold(text)
    cycle = re.compile(
        rf"(?<![a-z])((?:minst |senast )?(?:vart|var|varje) (?:{_alt(r['ordinals'])}) ar|{_alt(r['cycles'])}"
        rf"|(?:minst |senast )?vart(?:annat|tredje|fjarde|femte) ar)(?![a-z])"
    )
    word = re.compile(rf"(?<![a-z])(?:{_alt(r['words'])})")
    # the sentence must be about the document ("Programmet revideras …", "Den ses över …" after it),
    # not about a plan it mentions: the title's head word names it, or any kind word without one
    kinds = [w for ws in _vocab()["kind"].values() for w in ws]
    head = re.search(rf"(?<![a-z])[a-z]*?({_alt(kinds)})", fold(title))
    document = re.compile(_alt([head.group(1)] if head else kinds) + "|dokument")
    about = False
    for sentence in re.finditer(r"[^.!?\n]+(?:\n(?!\s*\n)[^.!?\n]+)*", low):
        s = sentence.group()
        about = bool(document.search(s)) or (about and re.match(r"\s*(den|det)\s", s) is not None)
        words = [w.start() for w in word.finditer(s)]
        if not words or not about:
            continue
        near = [(min(abs(c.start() - w) for w in words), c) for c in cycle.finditer(s)]
        near = [(d, c) for d, c in near if d <= 100]
        if near:
            c = min(near, key=lambda x: x[0])[1]
            a = sentence.start() + c.start()
            return _spelled(text[a : a + len(c.group())])
    return ""
