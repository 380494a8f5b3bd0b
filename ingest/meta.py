"""Metadata read from a document's own text: what it is called, whose it is and when it was decided.

`infer_meta(text, source, blocks)` reads, with the genre's words in `data/meta.toml`:
- title: the first line near the top that names the genre (överenskommelse, policy, riktlinjer …),
  or the level-1 heading; never web chrome, page furniture, CSS, a date or label line. A document
  without one is named by how it calls itself ("Samverkansöverenskommelse mellan idéburen sektor
  och Södertälje kommun").
- organisation and place: "<Name> kommun/stad" and "Region/Landstinget <Name>", weighted by where
  they stand (title, header, text); a nämnd or förvaltning when no municipality or region is named.
  The place is the nominative: a name written with -s is a genitive ("Stockholms stad",
  "Region Norrviks") unless it is a name that ends in -s ("Borås", "Vännäs"), known from the list of
  Sweden's municipalities or told by its ending; invented names get the same rules.
- kind, decision date and body, validity and revision cycle, each as written in the text.
`unique_ids(metas)` makes the ids of a corpus unique and adds what only the corpus can tell.
The text read is the document with web headers, teaser tails, page markers, tables of contents and
markup removed, and OCR damage repaired (the same rules `ingest.clean` uses).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from difflib import get_close_matches
from functools import lru_cache
from pathlib import Path

from .cleantext import Edit, apply_edits
from .meta_dates import _DATE_START, _decision, _label, _labels, _revision, _validity
from .meta_words import HEADER_LINES, _alt, _run_on, _vocab, ascii_fold, fold, slugify
from .records import Block, DocMeta

__all__ = ["ascii_fold", "fold", "infer_meta", "slugify", "unique_ids"]

READ_CHARS = 200_000  # metadata sits at a document's start; ~60 pages are read, not a 20 MB file
OCR_SCAN_CHARS = 20_000  # OCR repair of the document's start, where the title and header stand


# --------------------------------------------------------------------------- the text to read


@dataclass(frozen=True)
class _Unit:
    """A line of the text to read, or lines joined where a sentence or a block runs on."""

    text: str
    cells: tuple[str, ...]  # tab- or table-separated parts; one for an ordinary line
    kind: str  # a block's kind ("heading", "paragraph", …) or "line"
    level: int
    alone: bool  # a blank line or another block follows
    block: int = -1  # index of the loader's block it belongs to


def _reading(
    text: str, blocks: tuple[Block, ...], markdown: bool = False
) -> tuple[str, list[_Unit], list[tuple[str, ...]], bool]:
    """The document without chrome and with OCR repaired; its units; the rows of its tables; whether
    OCR damage was found."""
    from . import clean, ocr

    edits: list[Edit] = clean.document_edits(text, markdown)
    letters = sum(c.isalpha() for c in text[:OCR_SCAN_CHARS])
    marked = sum(c in "åäöÅÄÖ" for c in text[:OCR_SCAN_CHARS])
    # å/ä/ö are ~4.5 % of Swedish letters; far fewer means OCR lost them (checked before any lexicon loads)
    damaged = (
        letters >= 400
        and marked < 0.02 * letters
        and (ocr.ocr_damage_score(text[:OCR_SCAN_CHARS]) > clean.OCR_THRESHOLD)
    )
    if damaged:
        removed = [(e.start, e.end) for e in edits]
        edits += [
            e
            for e in ocr.find_ocr_edits(text[:OCR_SCAN_CHARS])
            if not any(a <= e.start and e.end <= b for a, b in removed)
        ]
    ct = apply_edits(text, edits)
    blocks = tuple(sorted(blocks, key=lambda b: b.start))
    starts = [b.start for b in blocks]

    def block_at(clean_pos: int) -> int:
        origin = ct.orig_start[clean_pos] if clean_pos < len(ct.orig_start) else len(text)
        j = bisect.bisect_right(starts, origin) - 1
        return j if j >= 0 and origin < max(blocks[j].end, blocks[j].start + 1) else -1

    lines = ct.text.split("\n")
    offsets = [0]
    for raw in lines:
        offsets.append(offsets[-1] + len(raw) + 1)
    at = [block_at(o) for o in offsets[:-1]]
    units: list[_Unit] = []
    for i, raw in enumerate(lines):
        cells = tuple(c for c in (re.sub(r"\s+", " ", p).strip() for p in raw.split("\t")) if c)
        if not cells:
            continue
        line = re.sub(r"^#{1,6}\s+", "", " ".join(cells))
        b = at[i]
        kind, level = (blocks[b].kind, blocks[b].level) if b >= 0 else ("line", 0)
        alone = i + 1 >= len(lines) or not lines[i + 1].strip() or (b >= 0 and at[i + 1] != b)
        prev = units[-1] if units else None
        if (
            prev is not None
            and not prev.alone
            and len(prev.cells) == len(cells) == 1
            and (
                (b >= 0 and prev.block == b)  # a block's lines are one paragraph
                or (
                    b < 0
                    and prev.block < 0
                    and (
                        line[:1].islower()
                        or prev.text.endswith(("-", ","))
                        or fold(prev.text.rsplit(" ", 1)[-1]) in _run_on()
                    )
                )
            )
        ):
            joined = (
                prev.text[:-1] + line
                if prev.text.endswith("-") and line[:1].islower()
                else f"{prev.text} {line}"
            )
            units[-1] = replace(prev, text=joined, cells=(joined,), alone=alone)
        else:
            units.append(_Unit(line, cells, kind, level, alone, b))
    rows: dict[tuple[int, int], list[tuple[int, str]]] = {}
    for blk in blocks:
        if blk.kind == "cell" and blk.table is not None and blk.row is not None:
            cell = re.sub(r"\s+", " ", text[blk.start : blk.end]).strip()
            rows.setdefault((blk.table, blk.row), []).append((blk.col or 0, cell))
    table_rows = [tuple(t for _, t in sorted(r)) for r in rows.values()]
    table_rows += [u.cells for u in units if len(u.cells) > 1]
    return ct.text, units, table_rows, damaged


# --------------------------------------------------------------------------- places and names


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, str], dict[str, str]]:
    """fold -> name for Sweden's municipalities, regions and counties; official stem -> name."""
    p = _vocab()["places"]
    names = [n for county in p["kommuner"].values() for n in county] + p["regions"] + list(p["kommuner"])
    return {fold(n): n for n in names}, dict(p["official"])


def _known(name: str, damaged: bool) -> str | None:
    known, official = _places()
    if name in official:
        return official[name]
    hit = known.get(fold(name))
    if hit is None and damaged:
        close = get_close_matches(fold(name), list(known), n=1, cutoff=0.85)
        hit = known[close[0]] if close else None
    return hit


def _nominative(name: str, text: str, damaged: bool) -> str:
    """'Stockholms' -> 'Stockholm', 'Ekbys' -> 'Ekby', but 'Borås', 'Vännäs', 'Granfors' stay."""
    known = _known(name, damaged)
    if known:
        return known
    if not name.endswith("s") or len(name) < 4:
        return name
    stem = name[:-1]
    known = _known(stem, damaged)
    if known:
        return known
    if re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w-])", text):
        return stem  # the name is also written without the -s: that is its nominative
    if fold(name).endswith(tuple(fold(e) for e in _vocab()["organisation"]["s_final_endings"])):
        return name
    return stem


@lru_cache(maxsize=1)
def _org_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    o = _vocab()["organisation"]
    word = r"[A-ZÅÄÖ][a-zåäöéü]+"
    name = rf"(?:(?:{'|'.join(o['name_prefixes'])}) )?{word}(?:-{word})?"
    before = re.compile(rf"(?<![\w-])({name}) ((?i:{'|'.join(o['name_heads'])}))(s?)(?![\wåäö])")
    after = re.compile(rf"(?<![\w-])((?i:{'|'.join(o['head_names'])})) (i )?({name}(?: {word})?)(?![\wåäö])")
    county = re.compile(rf"(?<![\w-])({word})s läns landsting(?![\wåäö])")
    compound = re.compile(
        rf"(?<![\w-])((?:(?:{'|'.join(o['name_prefixes'])}) )?[A-ZÅÄÖ][a-zåäö]+?)s?regionen(?![\wåäö])"
    )
    unit = re.compile(
        r"(?i)(?<![\wåäö-])((?:[a-zåäö]+- och )?[a-zåäö]{2,}"
        rf"(?:{'|'.join(o['units'])}))(en|ens|s)?(?![\wåäö])"
    )
    return before, after, county, compound, unit


@dataclass(frozen=True)
class _Org:
    organisation: str
    place: str
    family: str  # "kommun" (kommun, stad), "region" (region, landsting), "nämnd", "förvaltning"


def _organisation(text: str, title: str, damaged: bool) -> _Org | None:
    before, after, county, compound, unit = _org_patterns()
    o = _vocab()["organisation"]
    not_names = set(o["not_names"])
    head_end = sum(len(u) + 1 for u in text.split("\n")[:HEADER_LINES])
    scores: Counter[tuple[str, str]] = Counter()
    written: dict[tuple[str, str], Counter[str]] = {}

    def add(place: str, family: str, organisation: str, pos: int, in_title: bool) -> None:
        key = (place, family)
        scores[key] += 5 if in_title else (2 if pos < head_end else 1)
        written.setdefault(key, Counter())[organisation] += 1

    for source, in_title in ((title, True), (text, False)):
        # all-capital headings ("EKBY KOMMUN") read as names; same length, so positions stay
        cased = re.sub(r"\b[A-ZÅÄÖ]{2,}\b", lambda m: m.group().capitalize(), source)
        for m in before.finditer(cased):
            name = m.group(1)
            if name.split()[0] in not_names or (
                " " in name and not _known(name, False) and name.split()[0] not in o["name_prefixes"]
            ):
                name = name.split()[-1]
            if name in not_names:
                continue
            place = _nominative(name, text, damaged)
            if fold(name) == fold(place):
                name = place
            elif fold(name) == fold(place) + "s":
                name = place + "s"
            head = source[m.start(2) : m.end(2)]
            head = head if head[:1].isupper() and not head.isupper() else head.lower()
            add(place, "kommun", f"{name} {head}", m.start(), in_title)
        for m in after.finditer(cased):
            name = m.group(3)
            if " " in name and not _known(name, False):
                name = name.split()[0]
            if name in not_names:
                continue
            place = _nominative(name, text, damaged)
            add(place, "region", f"{m.group(1).capitalize()} {m.group(2) or ''}{place}", m.start(), in_title)
        for m in county.finditer(cased):
            add(f"{m.group(1)}s län", "region", m.group(0), m.start(), in_title)
        for m in compound.finditer(cased):  # "Västra Götalandsregionen": only a region the list knows
            known = _known(m.group(1), damaged)
            if known:
                add(known, "region", source[m.start() : m.end()], m.start(), in_title)
    if scores:
        best = max(scores, key=lambda k: scores[k])
        return _Org(written[best].most_common(1)[0][0], best[0], best[1])
    for head in o["units"]:
        found = Counter(m.group(1).lower() for m in unit.finditer(text) if m.group(1).lower().endswith(head))
        if found:
            base = found.most_common(1)[0][0]
            return _Org(base[:1].upper() + base[1:] + "en", "", head)
    return None


# --------------------------------------------------------------------------- title and kind


def _genre_words() -> re.Pattern:
    return re.compile(_alt(_vocab()["title"]["words"]))


# CSS, markup, code and menus ("Hem | Kommun och politik | Kontakt"); one " | " is a page title's site name
_CODE = re.compile(r"[{}<>=»›]|\|.*\||;\s*$|^[.#@][\w-]+|\w+\s*:\s*[\w#-]+\s*;")
_NUMBERED = re.compile(r"^\d+(\.\d+)*\.?\s+\S")


def _title_like(u: _Unit, not_title: re.Pattern, date_at: re.Pattern) -> bool:
    t = u.text
    if (
        not 8 <= len(t) <= 250
        or len(u.cells) > 1
        or not t[:1].isupper()
        or t.endswith((".", "?", ":", ",", ";", "!"))
    ):
        return False
    if _CODE.search(t) or not_title.search(fold(t)) or date_at.match(fold(t)) or len(t.split()) < 2:
        return False
    return not _label(t)[0]


_INNER_NAME = re.compile(r"\s[A-ZÅÄÖ][a-zåäö]{2,}")


# a cover sets a title's genre word apart and its rest below it in smaller type:
# 'Överenskommelse' / 'mellan Region Älvbacka och civilsamhället'
_TITLE_GOES_ON = re.compile(r"^(mellan|om|för|med|kring|rörande|gällande|between|on|for|with)\s")


def _continued_titles(zone: list[_Unit], genre: re.Pattern) -> list[_Unit]:
    """A line naming the genre joined with the lower-case line that goes on with it."""
    out: list[_Unit] = []
    for u in zone:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(prev.cells) == len(u.cells) == 1
            and len(prev.text.split()) <= 3
            and genre.search(fold(prev.text))
            and _TITLE_GOES_ON.match(u.text)
        ):
            joined = f"{prev.text} {u.text}"
            out[-1] = replace(prev, text=joined, cells=(joined,), alone=u.alone)
            continue
        out.append(u)
    return out


def _title_line(units: list[_Unit], text: str) -> str:
    """The title as the document writes it near its top, or "" when no line reads as one."""
    v = _vocab()["title"]
    not_title = re.compile(r"(?<![a-z])(" + _alt(v["not_title"]) + r")(?![a-z])")
    genre = _genre_words()
    transcript = next(
        (i for i, u in enumerate(units[:40]) if fold(u.text) in ("transkript", "transcript")), -1
    )
    zone: list[_Unit] = []
    for u in units[transcript + 1 : transcript + 41]:
        if _NUMBERED.match(u.text) and (len(u.text) <= 80 or u.kind == "heading"):
            break  # the first numbered section: the title is above it
        zone.append(u)
    repeated = Counter(re.sub(r"\s+", " ", line).strip() for line in text.split("\n"))
    zone = _continued_titles(zone, genre)
    fits = [u for u in zone if _title_like(u, not_title, _DATE_START) and repeated[u.text] < 3]
    headings = [u for u in fits if u.kind == "heading"]
    titled = [u for u in headings if u.level <= 2 and genre.search(fold(u.text))][:3]
    # of a generic heading ('Överenskommelse med idéburen sektor') and one that names who made it
    # ('Överenskommelse mellan Region Åsmark och …') at the top, the one with the name
    named = [u for u in titled if _INNER_NAME.search(u.text) and u.level <= titled[0].level]
    # a field naming the document ('Ärende: Överenskommelse mellan …') in a case system's header
    fielded = next(
        (
            _Unit(value, (value,), u.kind, u.level, u.alone)
            for u in zone
            for category, value, whole in [_label(u.text)]
            if category == "title" and whole and genre.search(fold(value))
        ),
        None,
    )
    chosen = (
        (named[0] if named and not _INNER_NAME.search(titled[0].text) else None)
        # of several, the largest heading: a protocol's item heading above the agreement's own title
        or min(titled, key=lambda u: u.level, default=None)
        or fielded
        or next((u for u in headings if u.level == 1), None)
        or next((u for u in fits if genre.search(fold(u.text))), None)
        # a short line standing alone at the very top, genre words or not ("Tillsammans för Ekby")
        or next((u for u in fits[:1] if u is zone[0] and u.alone and len(u.text) <= 100), None)
    )
    return _trim(chosen.text) if chosen else ""


def _trim(title: str) -> str:
    title = re.sub(r"\s+\|\s.*$", "", title).strip(" \"'”“«»")  # a web page's '… | Site name'
    if re.search(r"[a-zåäö]", title):  # 'ÖVERENSKOMMELSE mellan Region …': a cover's capitals
        title = re.sub(r"\b[A-ZÅÄÖ]{4,}\b", lambda m: m.group().capitalize(), title)
    limit = _vocab()["title"]["max_chars"]
    return title if len(title) <= limit else title[:limit].rsplit(" ", 1)[0]


def _designation(text: str, org: _Org | None) -> str:
    """How a document without a title line calls itself: its most used genre word, with its parties."""
    low = fold(text)
    stems = _alt(_vocab()["title"]["definite"])
    counts: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for m in re.finditer(rf"(?<![a-z])([a-z]*?)({stems})[a-z]*", low):
        base = m.group(1) + m.group(2)
        counts[base] += 1
        spelled.setdefault(base, text[m.start() : m.start() + len(base)].lower())
    if not counts or counts.most_common(1)[0][1] < 2:
        return ""
    base = spelled[counts.most_common(1)[0][0]]
    name = base[:1].upper() + base[1:]
    if org is None:
        return name
    who = re.escape(org.organisation)
    other = r"((?:den |de |det )?[a-zåäöé]+(?: [a-zåäöé]+){0,3})"
    pair = re.search(rf"\bmellan {other} och ({who})\b", text) or re.search(
        rf"\bmellan ({who}) och {other}\b", text
    )
    return f"{name} mellan {pair.group(1)} och {pair.group(2)}" if pair else f"{name} – {org.organisation}"


def _kind(title: str, labels: dict[str, str], text: str) -> str:
    kinds = _vocab()["kind"]
    found = []
    for kind, words in kinds.items():
        m = re.search(rf"(?<![a-z])[a-z]*({_alt(words)})", fold(title))
        if m:
            found.append((m.start(), kind))
    if found:
        return min(found)[1]
    for kind, words in kinds.items():
        if "kind" in labels and re.search(_alt(words), fold(labels["kind"])):
            return kind
    counts = {k: len(re.findall(rf"(?<![a-z])[a-z]*({_alt(w)})", fold(text))) for k, w in kinds.items()}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else ""


# --------------------------------------------------------------------------- aliases, ids


def _title_name(title: str) -> str:
    """The document's own name, when its title gives one ('Länsöverenskommelsen Västernorrland - …')."""
    definite = _vocab()["title"]["definite"]
    for word in re.findall(r"[A-ZÅÄÖ][a-zåäöé]+", title):
        low = fold(word)
        for base, form in definite.items():
            i = low.find(fold(base))
            if i >= 3 and len(low) <= i + len(form):
                return word[: i + len(base)] + form[len(base) :]
    return ""


def _aliases(org: _Org | None, body: str, title: str, text: str, labels: dict[str, str]) -> tuple[str, ...]:
    names: list[str] = []
    if org:
        place = org.place
        if place:
            genitive = place if place.endswith(("s", "x", "z")) else place + "s"
            names += [place, ascii_fold(place), genitive]
            if org.organisation.startswith("Landstinget"):
                names.append(f"Region {place}")  # the county councils became regions in 2019
        names += [org.organisation, ascii_fold(org.organisation)]
        if org.family in ("nämnd", "förvaltning"):
            names.append(org.organisation.lower())
            if org.family == "nämnd":
                office = fold(org.organisation)[: -len("namnden")] + "forvaltningen"
                m = re.search(rf"(?<![a-z]){office}(?![a-z])", fold(text))
                names += [text[m.start() : m.end()].lower()] if m else []
    generic = {fold(b) for b in _vocab()["decision"]["generic_bodies"]}
    if body and fold(body) not in generic:
        names += [body, ascii_fold(body)]
    names.append(_title_name(title))
    if "owner" in labels and len(labels["owner"]) <= 40 and "," not in labels["owner"]:
        names.append(labels["owner"].lower())
    seen: set[str] = set()
    out = []
    for n in names:
        if n and n.casefold() not in seen:
            seen.add(n.casefold())
            out.append(n)
    return tuple(out)


def infer_meta(text: str, source: str, blocks: tuple[Block, ...] = ()) -> DocMeta:
    """Metadata from the text itself (see the module docstring); `blocks` from a loader that keeps layout."""
    main, units, rows, damaged = _reading(text[:READ_CHARS], blocks, source.lower().endswith(".md"))
    labels = _labels(rows, units)
    title = _title_line(units, main)
    org = _organisation(main, title, damaged)
    title = title or _trim(_designation(main, org)) or Path(source).stem
    when, body = _decision(main, labels)
    place = org.place if org else ""
    return DocMeta(
        doc_id=slugify(place or (org.organisation if org else "") or Path(source).stem),
        title=title,
        organisation=org.organisation if org else "",
        kind=_kind(title, labels, main),
        date=when,
        place=place,
        aliases=_aliases(org, body, title, main, labels),
        body=body,
        valid=_validity(main, labels),
        revision=_revision(main, labels, title),
    )


def _family(meta: DocMeta) -> set[str]:
    """The head words of a document's organisation and body: 'stad', 'landstinget', 'nämnd' …"""
    words = fold(f"{meta.organisation} {meta.body}")
    found = set()
    for head in _vocab()["organisation"]["definite"]:
        whole = head in _vocab()["organisation"]["units"]  # 'socialnämnden' has the head 'nämnd'
        if re.search(rf"{'' if whole else '(?<![a-z])'}{fold(head)}(?:en|ens)?(?![a-z])", words):
            found.add(head)
    return found


def unique_ids(metas: list[DocMeta], sources: list[str] | None = None) -> list[DocMeta]:
    """The corpus's metadata with unique, stable ids, in the same order.

    In source order (`sources`, e.g. file names; default the given order) the first document of a
    place keeps its id, a second gets `place-kind` ('ekby-policy'), then `-2`, `-3` …. What only the
    corpus can tell is added too: documents with the same title get their organisation after it
    ('… (Tyresö kommun)'), an alias two documents share that is not their place is dropped, and the
    word a document uses for its own side ('staden', 'landstinget') becomes an alias when no other
    document's organisation or body has that head.
    """
    order = sorted(range(len(metas)), key=lambda i: (sources[i] if sources else "", i))
    taken: set[str] = set()
    ids: dict[int, str] = {}
    for i in order:
        base = metas[i].doc_id
        candidate = base
        if candidate in taken:
            candidate = f"{base}-{slugify(metas[i].kind)}" if metas[i].kind else f"{base}-2"
        n = 2
        while candidate in taken:
            candidate = f"{base}-{slugify(metas[i].kind)}-{n}" if metas[i].kind else f"{base}-{n}"
            n += 1
        taken.add(candidate)
        ids[i] = candidate
    titles = Counter(m.title.casefold() for m in metas)
    shared = Counter(a.casefold() for m in metas for a in set(m.aliases))
    heads = Counter(h for m in metas for h in _family(m))
    definite = _vocab()["organisation"]["definite"]
    out = []
    for i, m in enumerate(metas):
        title = m.title
        if titles[title.casefold()] > 1 and (m.organisation or m.place):
            title = f"{title} ({m.organisation or m.place})"
        keep = tuple(
            a for a in m.aliases if shared[a.casefold()] == 1 or (m.place and fold(m.place) in fold(a))
        )
        own = tuple(
            definite[h] for h in sorted(_family(m)) if heads[h] == 1 and fold(h) in fold(m.organisation)
        )
        out.append(
            replace(m, doc_id=ids[i], title=title, aliases=keep + tuple(a for a in own if a not in keep))
        )
    return out
