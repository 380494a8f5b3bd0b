"""Structure: sections, principles and commitments, read from the clean text.

The parser works on the clean text in two steps:

1. `segment()` cuts the text into lines and `classify()` types them (`ingest/lines.py`).
2. `parse()` classifies each line (heading, principle heading, party header, list item,
   prose) and builds sections, units (sentences and items, the citable spans) and
   commitments, each with principle and party.

Everything is computed in clean offsets and mapped to original offsets once, at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .clauses import join_sentences, split_clauses
from .cleantext import CleanText
from .lines import _PARTY_SECTION, BULLET, LETTER_MARK, Line, classify, segment
from .parties import (
    addresses_reader,
    bare_label,
    continued_party,
    lead_in_party,
    passive_party,
    sentence_party,
    speaker,
    topic_principle_text,
    voice_by_contrast,
    voiced,
)
from .records import Block, Commitment, Document, Section, Unit
from .vocab import PRINCIPLES, extra_principles, heading_principle_id, party_of_item, principle_id


def _load_section_kinds() -> tuple[tuple[str, str], ...]:
    """(kind, pattern) pairs from data/sections.toml, in order."""
    import tomllib
    from pathlib import Path

    with open(Path(__file__).with_name("data") / "sections.toml", "rb") as f:
        return tuple((k["name"], k["pattern"]) for k in tomllib.load(f)["kind"])


SECTION_KINDS = _load_section_kinds()


@dataclass
class Structure:
    sections: list[Section] = field(default_factory=list)
    units: list[tuple[int, Unit]] = field(default_factory=list)  # (section index, unit)
    commitments: list[Commitment] = field(default_factory=list)


# ---------------------------------------------------------------- parsing


def section_kind(title: str, principle: str | None) -> str:
    if principle:
        return "principle"
    low = title.lower()
    for kind, pattern in SECTION_KINDS:
        if re.search(pattern, low):
            return kind
    return "section"


_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\d•·\"'(])")


_ABBREV = re.compile(r"(?:^|[\s(])(s|t\.ex|bl\.a|dvs|ca|nr|resp|jfr|prop|kap|p|t\.o\.m|fr\.o\.m)\.$", re.I)
# 'etc.', 'osv.', 'm.m.' close a list, and so usually a sentence: split when a capital follows
# ('… trossamfund etc. Social hållbarhet innebär …' is two sentences)


# a clause number opening a sentence: '7.2 ', '§ 4 '
_CLAUSE_NUMBER = re.compile(r"(?:§\s*\d{1,3}|\d{1,2}(?:\.\d{1,2})+)[.)]?\s+(?=[A-ZÅÄÖ])")


def sentences(text: str, base: int) -> list[tuple[int, int]]:
    out = []
    prev = 0
    for m in _SENT_SPLIT.finditer(text):
        before = text[: m.start()]
        if _ABBREV.search(before) or (
            re.search(r"(?:^|\s)\d{1,2}\.$", before)
            and not re.search(r"§\s*\d{1,3}\.$", before)
            # '… som anges i avsnitt 8. Nämnden ska …': a number that ends a clause ends its sentence
            and not re.search(r"(?:^|\s)[a-zåäöé]{3,}\s\d{1,2}\.$", before)
        ):
            continue  # 's. 462', or an enumeration '1. Information …
        seg = text[prev : m.start()]
        if seg.strip():
            out.append((base + prev, base + m.start()))
        prev = m.end()
    if text[prev:].strip():
        out.append((base + prev, base + len(text.rstrip())))
    return out


def table_fields(text: str, base: int) -> list[tuple[int, int]]:
    """Spans of 'label<TAB>value' pairs in a tab-separated row (a lone trailing label is its own span)."""
    cells = [(m.start(), m.end()) for m in re.finditer(r"[^\t]+", text) if m.group().strip()]
    out = []
    for i in range(0, len(cells), 2):
        a = cells[i][0]
        b = cells[i + 1][1] if i + 1 < len(cells) else cells[i][1]
        seg = text[a:b]
        out.append((base + a + len(seg) - len(seg.lstrip()), base + a + len(seg.rstrip())))
    return out


def _display(text: str) -> str:
    """A unit's text as shown and read: whitespace normalised, without its list marker ('•', '3.', 'b)')."""
    t = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^(?:" + BULLET + "|" + LETTER_MARK + r"|\d{1,3}[.)])\s+", "", t)


def parse(doc: Document, clean: CleanText) -> Structure:
    lines = segment(clean.text, _hints(doc, clean))
    classify(lines)
    in_run = _principle_run(lines)
    st = Structure()
    ctext = clean.text

    # open sections as (title, level, clean start, principle, kind)
    path: list[tuple[str, int]] = []
    cur: dict | None = None
    raw_sections: list[dict] = []
    party: str | None = None
    list_mode = False  # inside an 'Åtaganden' list with per-item parties

    def open_section(title: str, level: int, start: int, hstart: int, hend: int, principle: str | None):
        nonlocal cur, path
        while path and path[-1][1] >= level:
            path.pop()
        path.append((title, level))
        parent_principle = None
        if principle is None and level > 1:
            # the nearest section above this one in the outline, not the one just before it: a
            # second party heading under a principle inherits the principle as the first did
            parent = _parent(raw_sections, level)
            parent_principle = parent.get("principle") if parent is not None else None
        cur = {
            "own_principle": principle,
            "title": title,
            "path": tuple(p[0] for p in path),
            "level": level,
            "start": start,
            "hs": hstart,
            "he": hend,
            "principle": principle or parent_principle,
            "items": [],  # (cs, ce, party, kind)
        }
        raw_sections.append(cur)

    if lines and lines[0].kind != "heading":
        open_section(doc.meta.title, 1, 0, 0, 0, None)

    # who 'vi' is: the public body in its own policy, both parties in an agreement
    # (an agreement page that addresses the associations as 'ni' speaks for the public body too)
    # ... unless its bare 'vi' lists stand beside lists of one named side only: then 'vi' is the other
    we = voice_by_contrast([(ln.text, ln.party) for ln in lines if ln.kind == "party"]) or (
        "public" if doc.meta.kind == "policy" or addresses_reader(ctext) else "joint"
    )
    topic: str | None = None  # a principle named by the prose itself, where no heading names it
    # items may span several lines: an open item grows with continuation lines
    open_item: list | None = None
    open_item_level = 0
    for ln in lines:
        if ln.kind == "heading_cont":
            continue
        if ln.kind in ("heading", "principle"):
            topic = None
            open_item = None
            party, list_mode = None, False
            level = ln.level
            tentative = False
            pid: str | None
            if ln.kind == "principle":
                pid = principle_id(ln.title)
            else:
                pid = _heading_principle(ln, path) or in_run.get(ln.start)
                added = principle_id(_unnumbered(ln.title)) if pid is None else None
                if (
                    added in extra_principles()
                    and not _within_principle(raw_sections, level)
                    and len(_principles_so_far(raw_sections)) >= 3
                ):
                    # a principle agreements often add ('5.2 Barnrättsperspektiv' under 'Åtaganden',
                    # not a part of another principle) in a document that has given its commitments
                    # by principle so far (not by theme): one when its section holds commitments
                    # (checked at the end)
                    pid, tentative = added, True
                if pid is None and _sibling_principle(raw_sections, level):
                    # a heading among principle headings ('Dialog', 'Mångfald', 'Hållbar utveckling'):
                    # a principle of its own when its section holds commitments (checked at the end)
                    pid = _sibling_heading_principle(ln.title)
                    tentative = pid is not None
            if ln.kind == "principle" and ln.block is None:
                # a principle under a numbered chapter nests below it, otherwise it is top level
                level = 2 if any(lv == 1 and re.match(r"^\d", t) for t, lv in path) else 1
            title = re.sub(r"^\s*" + BULLET + r"\s+", "", ln.title)
            title = re.sub(r"\s+", " ", title)
            open_section(title, level, ln.start, ln.start, ln.end, pid)
            assert cur is not None
            cur["tentative"] = tentative
            continue
        if cur is None:
            open_section(doc.meta.title, 1, ln.start, ln.start, ln.start, None)
        assert cur is not None
        if ln.kind == "party":
            open_item = None
            party, list_mode = speaker(ln.text, ln.party, we), False
            heading = ln.block is not None and ln.block.kind == "heading"
            title = re.sub(r"^#{1,6}\s+", "", ln.title)
            num, cur_num = _outline(title), _outline(cur["title"])
            # '5. Föreningens åtaganden' after '4.7 Barnets bästa': a chapter of its own, not a
            # party's list within the principle before it
            escapes = num is not None and cur_num is not None and not num.startswith(cur_num + ".")
            # a party's heading as high as the principle's ('Tillsammans' after 'Barnrätt') ends it
            # and one above it ('<h2>Det här gör vi tillsammans</h2>' after '<h3>Barnrätt</h3>') does too
            escapes = escapes or (
                heading
                and ln.block is not None
                and 0 < ln.block.level <= cur["level"]
                and (bare_label(title) or ln.block.level < cur["level"])
            )
            if escapes or ((_PARTY_SECTION.match(ln.text) or heading) and not cur.get("principle")):
                # 'Stockholms stads åtaganden': a section of its own under the current chapter
                if heading and ln.block:
                    level = max(1, min(ln.block.level, 6))
                elif num is not None and escapes:
                    level = num.count(".") + 1
                else:
                    level = min(cur["level"] + 1, 3)
                open_section(title, level, ln.start, ln.start, ln.end, None)
                assert cur is not None
                cur["kind"] = "commitments"
            cur["items"].append((ln.start, ln.end, party, "heading"))
            continue
        if ln.kind == "footnote":
            for a, b in sentences(ln.text, ln.start):
                cur["items"].append((a, b, None, "sentence"))
            continue
        if ln.kind == "cell_item":
            open_item = None
            header = ln.block.col_header if ln.block is not None else ""
            # 'Vi lovar' / 'Det här gör vi' over a column: the document's own voice
            cell_party = speaker(header, ln.party, we) if header else ln.party  # 'Vi i staden åtar oss'
            if ln.party == "joint" and voiced(header):
                cell_party = we
            cur["items"].append(
                (ln.start, ln.end, cell_party, "item", ln.principle or cur.get("principle"), True)
            )
            continue
        if ln.kind == "list":
            open_item = None
            party, list_mode = None, True
            cur["items"].append((ln.start, ln.end, None, "heading"))
            continue
        if ln.kind == "item_cont" and open_item is not None:
            open_item[1] = ln.end  # the next line of the same list item (a wrapped or soft-broken item)
            continue
        if ln.kind == "item":
            it_party = party
            shown = _display(ln.text)
            level = ln.block.level if ln.block is not None else 0
            if (
                open_item is not None
                and level > open_item_level
                and not ctext[open_item[0] : open_item[1]].rstrip().endswith(":")
            ):
                # a sub-item of a commitment is its detail or example, not a commitment of its own
                cur["items"].append([ln.start, ln.end, None, "item"])
                continue
            if list_mode:
                it_party = speaker(shown, party_of_item(shown), we)
            elif it_party is None and section_kind(cur["title"], cur.get("principle")) not in NON_COMMITTING:
                # (a purpose's list of goals, 'Målet är att 1. föreningslivet ska …', commits no one)
                it_party = speaker(shown, sentence_party(shown, doc.meta.place), we)
            open_item = [ln.start, ln.end, it_party, "item"]
            open_item_level = level
            cur["items"].append(open_item)
            continue
        # prose: continues an open item when it directly follows without a blank line
        if open_item is not None and not ln.blank_before and ln.text[:1].islower():
            open_item[1] = ln.end
            continue
        if open_item is not None and not ln.blank_before and (party or list_mode):
            open_item[1] = ln.end
            continue
        open_item = None
        if party and ln.blank_before and ln.text[:1].isupper() and not list_mode:
            party = None  # a new paragraph ends a party's list
        if ln.text.count("\t") >= 1 and not re.search(r"[.!?]\s", ln.text):
            # a form/table row 'Beslutsdatum<TAB>2019-02-01<TAB>Dokumenttyp<TAB>Policy': one unit per field
            for a, b in table_fields(ln.text, ln.start):
                cur["items"].append((a, b, None, "sentence"))
            continue
        committing = section_kind(cur["title"], cur.get("principle")) not in NON_COMMITTING
        before = None  # the party of the paragraph's previous sentence, which a passive may continue
        for a, b in sentences(ln.text, ln.start):
            if a == ln.start and (clause := _CLAUSE_NUMBER.match(ctext[a:b])):
                a += clause.end()  # a contract's clause number ('7.2 Organisationerna ska …') is not said
            named = _topic_principle(ctext[a:b])
            if named:
                topic = named  # 'När det gäller kvalitet ska kommunen …': prose about that principle
            said = None
            if committing and not ctext[a:b].rstrip().endswith(":"):
                said = speaker(ctext[a:b], sentence_party(ctext[a:b], doc.meta.place), we)
                if said:  # a passive's subject receives: 'Nya föreningar ska erbjudas stöd'
                    said = passive_party(ctext[a:b], said, before)
                said = said or continued_party(ctext[a:b], before)
            before = said
            cur["items"].append((a, b, said, "sentence", topic if said else None))
        if ln.text.endswith(":"):
            last = sentences(ln.text, ln.start)[-1:]
            lead = lead_in_party(ctext[last[0][0] : last[0][1]]) if last else None
            lead = speaker(ctext[last[0][0] : last[0][1]], lead, we) if last else None
            if lead:
                party, list_mode = lead, False

    _confirm_tentative(raw_sections)
    # close sections: each runs to the start of the next one (or the end)
    for i, s in enumerate(raw_sections):
        s["end"] = raw_sections[i + 1]["start"] if i + 1 < len(raw_sections) else len(ctext)
        last = max([it[1] for it in s["items"]] + [s["he"]])
        s["end"] = min(s["end"], last) if last > s["start"] else s["end"]

    # sections in original offsets, with their units (sentence pieces joined across line breaks)
    for s in raw_sections:
        if s["end"] <= s["start"]:
            continue
        o_start, o_end = clean.to_original(s["start"], max(s["start"] + 1, s["end"]))
        hs, he = clean.to_original(s["hs"], s["he"]) if s["he"] > s["hs"] else (o_start, o_start)
        kind = s.get("kind") or section_kind(s["title"], s["principle"])
        st.sections.append(
            Section(
                title=s["title"],
                path=s["path"],
                kind=kind,
                start=o_start,
                end=o_end,
                principle=s["principle"],
                heading_start=hs,
                heading_end=he,
            )
        )
        sec_index = len(st.sections) - 1
        committing = section_kind(s["title"], s.get("principle")) not in NON_COMMITTING

        def party_said(t: str, committing: bool = committing) -> str | None:
            if not committing or t.rstrip().endswith(":"):
                return None
            return speaker(t, sentence_party(t, doc.meta.place), we)

        for cs, ce, it_party, it_kind, it_principle, it_cell in split_clauses(
            join_sentences(s["items"], ctext, party_said), ctext, party_said
        ):
            if ce <= cs or len(re.findall(r"[^\W\d_]", ctext[cs:ce])) < 2:
                continue  # nothing to read: a signature line of dots, a lone number or mark
            os_, oe = clean.to_original(cs, ce)
            display = _display(ctext[cs:ce])
            # a sentence's party goes to the matrix, not to the unit: answers read a unit's party
            # as a list item's, and sentences are ranked as prose
            unit = Unit(
                start=os_,
                end=oe,
                display_text=display,
                kind=it_kind,
                party=it_party if it_kind != "sentence" else None,
            )
            st.units.append((sec_index, unit))
            if it_kind in ("item", "sentence") and it_party:
                st.commitments.append(
                    Commitment(
                        doc_id=doc.doc_id,
                        source=doc.source,
                        principle=it_principle or s["principle"],
                        party=it_party,
                        section=s["title"],
                        text=doc.text[os_:oe],
                        display_text=display,
                        start=os_,
                        end=oe,
                        form="sentence" if it_kind == "sentence" else ("cell" if it_cell else "item"),
                    )
                )
    return st


def _outline(title: str) -> str | None:
    """A heading's outline number ('4.7' of '4.7 Barnets bästa'), or None."""
    m = re.match(r"^\s*(?:§\s*)?(\d+(?:\.\d+)*)[.)]?\s+\S", title)
    return m.group(1) if m else None


NON_COMMITTING = ("background", "definition", "purpose", "vision", "principle_list")


def _hints(doc: Document, clean: CleanText) -> list[tuple[int, int, Block]] | None:
    """The loader's blocks in clean offsets, sorted, for the lines to be classified by."""
    if doc.layout is None or not doc.layout.blocks:
        return None
    out = []
    for b in doc.layout.blocks:
        if b.end <= b.start:
            continue
        cs, ce = clean.from_original(b.start, b.end)
        if ce > cs:
            # a line starts at its marker ('• text'): widen back over it
            line_start = clean.text.rfind("\n", 0, cs) + 1
            if not clean.text[line_start:cs].strip(" #•·*+-–0123456789.)abcdefghijklmnopqrstuvwxyz\t"):
                cs = line_start
            out.append((cs, ce, b))
    out.sort(key=lambda h: h[0])
    return out


_PRINCIPLES_PARENT = re.compile(r"princip|principles", re.I)


def _topic_principle(sentence: str) -> str | None:
    """A known principle named after a topic marker at the start of a sentence."""
    text = topic_principle_text(sentence)
    if not text:
        return None
    words = re.findall(r"[\wåäöÅÄÖ-]+", text)
    for n in (4, 3, 2, 1):
        pid = principle_id(" ".join(words[:n]))
        if pid in PRINCIPLES:
            return pid
    return None


def _principle_run(lines: list[Line]) -> dict[int, str]:
    """Headings that name principles in other words ('Oberoende', 'Öppen dialog', 'Kvalitet och
    utveckling'), accepted where at least three headings of one level each name a different known
    principle: the document's list of principles. Keyed by the heading line's start."""
    by_level: dict[int, list[tuple[int, str]]] = {}
    for ln in lines:
        if ln.kind != "heading":
            continue
        title = _unnumbered(ln.title)
        if not title or len(_principle_head(title).split()) > 4 or title.endswith("?"):
            continue
        pid = heading_principle_id(title)
        if pid:
            by_level.setdefault(ln.level, []).append((ln.start, pid))
    out: dict[int, str] = {}
    for found in by_level.values():
        if len({pid for _, pid in found}) >= 3:
            out.update(found)
    return out


def _sibling_principle(raw_sections: list[dict], level: int) -> bool:
    """Whether the nearest earlier heading at this level (with no shallower heading since) named a
    principle of its own."""
    for s in reversed(raw_sections):
        if s["level"] < level:
            return False
        if s["level"] == level:
            return bool(s.get("own_principle"))
    return False


def _sibling_heading_principle(title: str) -> str | None:
    title = _unnumbered(title)
    if not title or len(_principle_head(title).split()) > 5 or not title[:1].isupper() or title.endswith("?"):
        return None
    if section_kind(title, None) != "section":
        return None  # 'Uppföljning', 'Bakgrund', 'Giltighetstid': the document's frame, not a principle
    return heading_principle_id(title) or principle_id(title)


def _principles_so_far(raw_sections: list[dict]) -> set[str]:
    """The principles the sections and table cells read so far were given."""
    got = {r["principle"] for r in raw_sections if r.get("principle")}
    got |= {it[4] for r in raw_sections for it in r["items"] if len(it) > 4 and it[4]}
    return got


def _parent(raw_sections: list[dict], level: int) -> dict | None:
    """The nearest section above a heading at `level` in the outline (not the one just before it)."""
    return next((r for r in reversed(raw_sections) if r.get("level", 1) < level), None)


def _within_principle(raw_sections: list[dict], level: int) -> bool:
    """Whether a heading at `level` falls inside a section that has a principle."""
    parent = _parent(raw_sections, level)
    return parent is not None and parent.get("principle") is not None


def _confirm_tentative(raw_sections: list[dict]) -> None:
    """A tentative principle (a heading among principles) stays only if its section, or a section
    below it, holds a party's commitment; otherwise it and what inherited it lose the principle."""
    for i, s in enumerate(raw_sections):
        if not s.get("tentative"):
            continue
        group = [s]
        for t in raw_sections[i + 1 :]:
            if t["level"] <= s["level"]:
                break
            group.append(t)
        if any(len(it) > 2 and it[2] for t in group for it in t["items"] if it[3] != "heading"):
            continue
        for t in group:
            if t["principle"] == s["principle"]:
                t["principle"] = None
        s["own_principle"] = None


def _heading_principle(ln: Line, path: list[tuple[str, int]]) -> str | None:
    """The principle a heading names: one of the known ones in any usual form ('4.1 Principen om
    dialog', '1. Dialog', 'Dialog'), or any short heading under a section about principles."""
    title = _unnumbered(ln.title)
    if not title or len(_principle_head(title).split()) > 6:
        return None
    pid = principle_id(title)
    if pid in PRINCIPLES:
        return pid
    parent = [t for t, lv in path if lv < ln.level]
    if parent and _PRINCIPLES_PARENT.search(parent[-1]) and title[:1].isupper():
        named = heading_principle_id(title)
        if named:
            return named  # 'Öppen dialog', 'Långsiktiga förutsättningar' under 'Principer'
        if len(_principle_head(title).split()) <= 4:
            return principle_id(title)
    return None


def _unnumbered(title: str) -> str:
    """A heading's title without its numbering ('4.1 ', 'B. ', 'IV. ') and closing colon."""
    return re.sub(r"^\s*(\d+(\.\d+)*\.?|[A-Za-z]\.|[IVX]+\.)\s+", "", title).strip(" :")


def _principle_head(title: str) -> str:
    return re.split(r"\s+[\u2013\u2014-]\s+|:\s+", title, maxsplit=1)[0]


def structure(doc: Document, clean: CleanText) -> Structure:
    return parse(doc, clean)
