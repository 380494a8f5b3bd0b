"""A clean text as typed lines, the first of structure's two steps (`ingest.structure`):

1. `segment()` cuts the text into lines. A very long line (a PDF flattened into one paragraph per page)
   is cut further at inline headings ('5.1 Vilka är parterna …', 'Principen om dialog Alla människor …'),
   at 'Åtaganden - … - …' item lists and at bullets, so both layouts give the same kind of lines.
2. `classify()` gives each line its kind (heading, principle heading, party header, list, item, prose),
   with the loader's typed blocks where a format has them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import verb_form
from .meta_words import _vocab
from .parties import (
    action_headers,
    bare_label,
    commitment_header,
    header_party,
    joint_subject,
    label_party,
    lead_in_party,
)
from .records import Block
from .vocab import PRINCIPLES, extra_principles, party_of_header, principle_id

BULLET = r"[•·▪◦●\-–*]"
# a list item's marker typed as text: a bullet sign, 'a)', or Word's second-level 'o' before a word
LETTER_MARK = r"[a-zåäö]\)|o(?=\s+[a-zåäö])"
# a typed number before a lower-case word is a list item ('1. genomföra …'), never a heading
_NUMBER_ITEM = r"(?:\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+[.)]?)(?=\s+[a-zåäö])"  # '3. utse …', '6.1 utse …'
_BULLET_LINE = re.compile(r"^\s*(" + BULLET + "|" + LETTER_MARK + "|" + _NUMBER_ITEM + r")\s+")
# '2.3 Dialog', '2. Dialog', '2) Dialog', '§ 2 Syfte'
_NUMBERED = re.compile(r"^\s*(?:§\s*)?(\d+(?:\.\d+)*)[.)]?\s+(\S.*)$")
_PARTY_HEADER = re.compile(r"^\s*(.{2,60}?)\s+\S?tar sig\s*:?\s*$", re.I)
_PARTY_SECTION = re.compile(r"^\s*(gemensamma|.{2,40}?s)\s+åtaganden\s*$", re.I)
_LIST_HEADER = re.compile(r"^\s*(åtaganden|åtgärder)\s*:?\s*$", re.I)
_PRINCIPLE_HEAD = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(Principen om\s+[^.!?:]{2,60}?)\s*$")
# a cell naming who does a row's action is short: 'Kultur- och fritidsförvaltningen i samverkan med
# Föreningsrådet'
ROW_PARTY_WORDS = 8
PREPOSITIONS = {"till", "om", "för", "mellan", "i", "med", "av", "på"}


@dataclass
class Line:
    start: int  # clean offsets
    end: int
    text: str
    blank_before: bool = False
    kind: str = "prose"  # heading | principle | party | list | item | prose | blank
    level: int = 1
    title: str = ""
    party: str | None = None
    block: Block | None = None  # the loader's typed block this line belongs to, where there is one
    principle: str | None = None  # a table cell's principle (its row header)


# ---------------------------------------------------------------- segmentation


def _title_words(s: str) -> str:
    """A heading title at the start of s: a capitalised word and the lower-case words after it."""
    words = s.split(" ")
    out: list[str] = []
    caps_after_prep = 0
    for i, w in enumerate(words):
        if not w:
            break
        if i == 0:
            if not w[0].isupper():
                return ""
            out.append(w)
        elif w[0].islower() or w in ("–", "—", "-"):
            out.append(w)
        elif out[-1].lower() in PREPOSITIONS or (caps_after_prep and caps_after_prep < 2):
            out.append(w)
            caps_after_prep += 1
        else:
            break
        if w.endswith("?"):
            break
        if len(out) > 10:
            return ""
    return " ".join(out)


def _successor(prev: tuple[int, ...] | None, num: tuple[int, ...]) -> bool:
    if prev is None:
        return num in ((1,), (1, 1))
    if len(num) == 1:
        return num[0] == prev[0] + 1
    if len(num) == 2:
        return num[0] == prev[0] and (len(prev) == 1 or num[1] > prev[1])
    return num[:-1] == prev[:-1] and num[-1] > prev[-1]


_INLINE_NUM = re.compile(r"(?:(?<=\s)|^)(\d+(?:\.\d+)*)\.? (?=[A-ZÅÄÖ])")
_INLINE_PRINCIPLE = re.compile(r"(?:(?<=\s)|^)(Principen om) (?=[a-zåäö])")
_INLINE_BILAGA = re.compile(r"(?:(?<=\s)|^)(Bilaga \d+) (?=[A-ZÅÄÖ])")
_INLINE_LIST = re.compile(r"(?:(?<=\s)|^)(Åtaganden|Åtgärder) (?=- )")


def _split_long_line(text: str, base: int, state: dict) -> list[tuple[int, int]]:
    """Cut a flattened paragraph at inline headings, list headers and ' - ' items."""
    cuts: set[int] = set()
    cands = list(_INLINE_NUM.finditer(text))
    listed: set[int] = set()  # members of an enumerated list '1. … 2. … 3. …' with short items
    for a, b in zip(cands, cands[1:], strict=False):
        if b.group(1).isdigit() and a.group(1).isdigit() and int(b.group(1)) == int(a.group(1)) + 1:
            if b.start() - a.end() < 80:
                listed.update((a.start(), b.start()))
    for m in cands:
        if m.start() in listed:
            continue
        num = tuple(int(x) for x in m.group(1).split("."))
        title = _title_words(text[m.end() :])
        if not title or len(num) > 3 or num[0] > 30:
            continue
        if not _successor(state.get("num"), num):
            continue
        state["num"] = num
        cuts.add(m.start())
        cuts.add(m.end() + len(title))
    for m in _INLINE_BILAGA.finditer(text):
        title = _title_words(text[m.end() :])
        cuts.add(m.start())
        cuts.add(m.end() + len(title))
    for m in _INLINE_PRINCIPLE.finditer(text):
        rest = text[m.end() :]
        name_m = re.match(r"((?:[a-zåäö][\wåäö-]*\s){1,4}?)(?=[A-ZÅÄÖ])", rest)
        if not name_m:
            continue
        name = name_m.group(1).strip()
        if principle_id(name) not in PRINCIPLES:
            continue
        before = text[: m.start()].rstrip()
        numbered = re.search(r"(\d+(?:\.\d+)*)\.?$", before)
        if numbered and (m.start() - 1) not in cuts and numbered.start() not in cuts:
            continue  # an item of a numbered list of principles, not a heading
        if not numbered:
            cuts.add(m.start())
        cuts.add(m.end() + len(name_m.group(1)))
    for m in _INLINE_LIST.finditer(text):
        cuts.add(m.start())
        cuts.add(m.end())
        # items run from each ' - ' to the next cut
        pos = m.end()
        nxt = min([c for c in cuts if c > pos] + [len(text)])
        for im in re.finditer(r"(?:^|(?<=\s))- ", text[pos:nxt]):
            cuts.add(pos + im.start())
    spans = []
    points = sorted(c for c in cuts if 0 < c < len(text)) + [len(text)]
    prev = 0
    for p in points:
        seg = text[prev:p]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg.rstrip())
            spans.append((base + prev + lead, base + prev + trail))
        prev = p
    return spans


def segment(clean: str, hints: list[tuple[int, int, Block]] | None = None) -> list[Line]:
    import bisect

    starts = [h[0] for h in hints or ()]

    def hint(pos: int) -> Block | None:
        i = bisect.bisect_right(starts, pos) - 1
        if hints and i >= 0 and hints[i][0] <= pos < hints[i][1]:
            return hints[i][2]
        return None

    lines: list[Line] = []
    state: dict = {}
    pos = 0
    blank = True
    for raw in clean.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if not raw.strip():
            blank = True
            continue
        lead = len(raw) - len(raw.lstrip())
        block = hint(start + lead) if hints else None
        tab_row = block is not None and block.kind == "cell" and "\t" in raw
        if tab_row and not any(
            _cell_party(c, m.group())[0]
            for m in re.finditer(r"[^\t]+", raw)
            if (c := hint(start + m.start())) is not None
        ):
            # a label and its value ('Beslutad av<TAB>Kommunfullmäktige'): one line, read as table fields
            lines.append(Line(start + lead, start + len(raw.rstrip()), raw.strip(), blank_before=blank))
        elif tab_row:
            # a short table row written on one line: one line per cell
            for m in re.finditer(r"[^\t]+", raw):
                if m.group().strip():
                    a = start + m.start() + len(m.group()) - len(m.group().lstrip())
                    lines.append(
                        Line(
                            a,
                            start + m.start() + len(m.group().rstrip()),
                            m.group().strip(),
                            blank_before=blank,
                            block=hint(a),
                        )
                    )
        elif block is None and len(raw) > 300 and re.search(r"\. [A-ZÅÄÖ]", raw):
            for i, (a, b) in enumerate(_split_long_line(raw, start, state)):
                lines.append(Line(a, b, clean[a:b], blank_before=blank or i == 0))
        elif (
            block is not None
            and block.kind == "heading"
            and hints is not None
            and (cut := hints[bisect.bisect_right(starts, start + lead) - 1][1]) < start + len(raw.rstrip())
            and raw[cut - start :].strip()
        ):
            # a run-in heading ('Långsiktighet. Kommunen ska …'): the heading, then its paragraph
            head_end = start + len(raw[: cut - start].rstrip())
            lines.append(
                Line(start + lead, head_end, clean[start + lead : head_end], blank_before=blank, block=block)
            )
            rest = cut + len(raw[cut - start :]) - len(raw[cut - start :].lstrip())
            lines.append(
                Line(
                    rest,
                    start + len(raw.rstrip()),
                    clean[rest : start + len(raw.rstrip())],
                    blank_before=True,
                )
            )
        elif (block is None or block.kind == "paragraph") and (parts := _inline_list(raw, start)):
            # 'Kommunens åtaganden: bjuda in …; utse …; återkoppla …': the label, then one item a part
            for i, (a, b) in enumerate(parts):
                lines.append(
                    Line(
                        a,
                        b,
                        clean[a:b],
                        blank_before=blank and i == 0,
                        block=block,
                        kind="inline_item" if i else "prose",
                    )
                )
        else:
            lines.append(
                Line(start + lead, start + len(raw.rstrip()), raw.strip(), blank_before=blank, block=block)
            )
        blank = False
    return lines


def _inline_list(raw: str, base: int) -> list[tuple[int, int]]:
    """A party's label and its list written on one line, the items separated by semicolons:
    the spans of the label (with its colon) and of each item; [] for any other line."""
    m = re.match(r"^(\s*)([^:;.]{3,60}:)\s+(\S.*)$", raw)
    if not m or lead_in_party(m.group(2)) is None:
        return []
    if raw.count(";") < 1:
        # one item after a label that is a party alone: 'Kommunen: följer upp bidrag …'
        # (a definition 'Idéburen sektor: Samlingsnamn för …' starts its value with a capital)
        rest = m.group(3)
        label = label_party(m.group(2).rstrip(":").lower())
        if label is None or len(rest.split()) < 4 or not rest[0].islower():
            return []
        a = base + m.start(3)
        return [(base + len(m.group(1)), base + m.end(2)), (a, a + len(rest.rstrip()))]
    out = [(base + len(m.group(1)), base + m.end(2))]
    pos = m.start(3)
    for part in re.split(r"(?<=;)", raw[pos:]):
        t = part.strip()
        if len(t.strip(";. ")) >= 3:
            a = pos + len(part) - len(part.lstrip())
            out.append((base + a, base + a + len(t)))
        pos += len(part)
    return out if len(out) >= 3 else []


# ---------------------------------------------------------------- classification


# a decision line or a dated note: a § reference, an ISO date or 'den 14 juni 2022' (months: meta.toml)
_STATEMENT = re.compile(
    r"§|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2} (" + "|".join(_vocab()["dates"]["months"]) + r") \d{4}\b",
    re.I,
)


def _is_heading_text(t: str) -> bool:
    t = re.sub(r"^§\s*(?=\d)", "", t)  # a contract's numbered paragraph ('§ 6 Kommunens åtaganden')
    words = t.split()
    if not 1 <= len(words) <= 10 or len(t) > 90:
        return False
    if _STATEMENT.search(t):
        return False  # a decision line or a dated note ('Beslutad av … den 14 juni 2022, § 63')
    if "\t" in t or t[-1] in ".,;:-" or not (t[0].isupper() or t[0].isdigit()):
        return False
    if len(words) >= 4 and words[-1].lower() in OPEN_ENDS:
        return False  # a wrapped sentence's first line: '… utvärdera överenskommelsen under'
    return bool(re.match(r"^(\d+(\.\d+)*[.)]?)?\s*[A-ZÅÄÖ]", t))


# words a heading does not end with and a sentence broken at a line end may ('… under', '… och')
OPEN_ENDS = frozenset(
    "till om för mellan i med av på under och samt eller att som den det de en ett efter inom från "
    "genom vid utan hos mot över senast".split()
)


_GENERIC_HEADER = re.compile(
    r"(?i)^(åtaganden?|ansvar|uppdrag|aktivitet(er)?|åtgärd(er)?|beskrivning|kommentar|"
    r"commitments?|actions?|part(er)?|party|parties)\b"
)


def _action(b: Block, text: str) -> bool:
    """A cell of an action column whose action is a verb phrase ('Arrangera ett dialogforum …') in a
    table that groups its actions under titled rows (a principle's): the agreement's commitments
    written as an action plan. An ungrouped list of activities is a planning appendix."""
    words = re.findall(r"[^\W\d_]+", text)
    grouped = bool(b.group) and not re.search(r"\d", b.group)
    return (
        grouped
        and bool(words)
        and b.col_header.strip(" :").lower() in action_headers()
        and verb_form(words[0])
    )


def _row_party(b: Block) -> str | None:
    """The party a short cell beside this one in its row names ('Vem', 'Ansvarig'), or None."""
    for i, cell in enumerate(b.row_cells):
        if i != b.col and cell and len(cell.split()) <= ROW_PARTY_WORDS and (party := header_party(cell)):
            return party
    return None


def _cell_party(b: Block, text: str = "") -> tuple[str | None, str]:
    """The party a body cell's column (or, in a table with a row per party, its row) names, and the
    header that may name its principle."""
    party = header_party(b.col_header) if b.row else None
    if b.row and not b.col and party is not None:
        # a table of party columns only ('Kommunen åtar sig | Föreningarna åtar sig'): the first
        # column is a party's too, and no row header names a principle
        return party, ""
    if b.row and _action(b, text) and (named := _row_party(b)):
        # an action column ('Åtgärd | Ansvarig | Tidplan'): the row's short cell names who does it,
        # its group the principle ('Nr | Insats | Princip | Ansvariga': not the number before it)
        return named, b.group or b.row_header
    if not (b.row and b.col):
        return None, b.row_header
    if party is not None:
        return party, b.row_header
    row_party = header_party(b.row_header)
    if row_party is not None:
        # a row per party: its commitments sit in the columns that hold them, not in a column
        # beside them ('Uppföljning', 'Ansvarig', 'Klart')
        if len(b.row_cells) > 2 and b.col_header and not _commitment_column(b.col_header):
            return None, b.col_header
        return row_party, b.col_header
    if _commitment_column(b.col_header) and (named := _row_party(b)):
        # a party column ('Princip | Vem | Åtagande'): the row's own short cell names the party
        return named, b.row_header
    return None, b.col_header


def _leading_principle(text: str) -> str | None:
    """A known principle named by the first words of a row header whose cell goes on to describe
    it ('Självständighet och oberoende Principen handlar om …'): the longest such name."""
    words = text.split()
    known = set(PRINCIPLES) | set(extra_principles())
    for n in range(min(5, len(words) - 1), 0, -1):
        pid = principle_id(" ".join(words[:n]))
        if pid in known:
            return pid
    return None


def _commitment_column(header: str) -> bool:
    """A column header saying its cells are commitments ('Åtagande', 'Vad vi åtar oss', 'Ansvar')."""
    return bool(header) and lead_in_party(header + ":") is None and commitment_header(header)


def _item_lead(t: str) -> tuple[str, str] | None:
    """(title, party) of a list item that names a party over the level below it ('Regionen ska',
    'Kommunen åtar sig att:' as an outline item, its commitments lettered under it); a term of a
    definition list ('Civilsamhället', 'IOP') is a party's name, not a lead-in."""
    own = re.sub(r"^(?:" + BULLET + "|" + LETTER_MARK + r"|\d{1,3}(?:\.\d{1,3})*[.)]?)\s+", "", t)
    if re.search(r"[.!?;,]\s*$|[.!?]\s", own) or not (len(own.split()) <= 8 or own.endswith(":")):
        return None
    party = None if bare_label(own) else lead_in_party(own)
    return (own.strip(" :"), party) if party else None


def _classify_block(ln: Line, prv: Line | None) -> bool:
    """Classify a line from its loader block; False leaves it to the text rules."""
    b = ln.block
    assert b is not None
    t = ln.text
    if b.kind == "footnote":
        ln.kind = "footnote"
        return True
    if b.kind == "cell":
        if t.rstrip().endswith(":"):
            ln.kind = "prose"  # a lead-in inside a cell ('Organisationerna åtar sig att:'), its items follow
            return True
        party, principle_text = _cell_party(b, t)
        if party in ("public", "civil_society") and joint_subject(t):
            party = "joint"  # 'Parterna åtar sig gemensamt att …' in one party's column is both parties'
        pid = principle_id(principle_text) if principle_text else None
        if (
            pid
            and pid not in PRINCIPLES
            and (
                principle_text is not b.row_header
                or len(principle_text.split()) > 4
                or lead_in_party(principle_text + ":")
                or _GENERIC_HEADER.search(principle_text)
                or principle_text[:1].islower()  # a commitment beside it ('återkoppla efter mötena')
            )
        ):
            pid = None  # 'Åtaganden', 'Regionen': a column that is not a principle; the section's holds
        if pid is None and principle_text is b.row_header:
            pid = _leading_principle(principle_text)  # 'Dialog Dialog betyder att parterna möts …'
        if pid is None and b.group:
            pid = principle_id(b.group)  # the row group's title ('Öppenhet och insyn' merged across)
        words = len(re.findall(r"[^\W\d_]{2,}", t))
        # a commitment cell: under a principle's row, or long enough to say something (a signature
        # table's names, dates and lines are not commitments)
        infinitive = re.match(r"(?i)^(\W\s*)?(att|to)\s", t) is not None  # 'att delta i dialogmötena'
        # ... or a bare verb phrase under its column's 'åtar sig att' ('utse företrädare till forumet');
        # a signature table's names and titles are capitalised
        infinitive = infinitive or (re.match(r"^(\W\s*)?[a-zåäö]", t) is not None and "@" not in t)
        pb = prv.block if prv is not None else None
        sibling = (  # the next paragraph of a cell already read as a commitment
            prv is not None
            and prv.kind == "cell_item"
            and pb is not None
            and (pb.table, pb.row, pb.col) == (b.table, b.row, b.col)
        )
        named = pid is not None and (pid in PRINCIPLES or pid in extra_principles())
        enough = (
            words >= 5 or (named and words >= 2) or (infinitive and words >= 3) or (sibling and words >= 2)
        )
        if party and enough and t.strip() != b.col_header.strip():
            ln.kind, ln.party = "cell_item", party
            ln.principle = pid
            return True
        ln.kind = "prose"
        return True
    open_end = re.search(r"(?<![\wåäö])(att|to)$", t) is not None  # a lead-in without its colon
    bare_t = re.sub(r"^#{1,6}\s+", "", t)
    lead = lead_in_party(bare_t) if t.endswith(":") or len(bare_t.split()) <= 7 or open_end else None
    if b.kind == "heading":
        if lead:
            ln.kind, ln.title, ln.party = "party", t.strip(" :"), lead
            return True
        ln.kind, ln.title, ln.level = "heading", bare_t, max(1, min(b.level or 1, 6))
        return True
    if b.kind == "paragraph" and prv is not None and prv.block is b and not t.rstrip().endswith(":"):
        ln.kind = "prose"  # the next line of a wrapped paragraph
        return True
    if b.kind == "item" and prv is not None and prv.block is b:
        ln.kind = "item_cont"  # the item's next line (wrapped, or after a soft line break)
        return True
    if b.kind == "item" and (lead_item := _item_lead(t)):
        ln.kind, ln.title, ln.party = "party", lead_item[0], lead_item[1]
        return True
    if b.kind == "item" or _BULLET_LINE.match(t):
        ln.kind = "item"
        return True
    if lead and not re.search(r"[.!?]\s", t):
        ln.kind, ln.title, ln.party = "party", t.strip(" :"), lead
        return True
    nm = _NUMBERED.match(t)
    if nm and _is_heading_text(t) and len(t.split()) <= 8:
        ln.kind, ln.title, ln.level = "heading", t, len(nm.group(1).split("."))
        return True
    pm = _PRINCIPLE_HEAD.match(t)
    if pm and len(t.split()) <= 6:
        ln.kind, ln.title, ln.level = "principle", pm.group(1).strip(), 2
        return True
    ln.kind = "prose"
    return True


def classify(lines: list[Line]) -> None:
    state_num: tuple[int, ...] | None = None
    for i, ln in enumerate(lines):
        t = ln.text
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        prv = lines[i - 1] if i > 0 else None
        next_lower = bool(nxt is not None and nxt.text[:1].islower())
        if ln.kind == "heading_cont":
            continue
        if ln.kind == "inline_item":  # a part of a label's list written on one line (segment)
            ln.kind = "item"
            continue
        if ln.block is not None and _classify_block(ln, prv):
            continue
        bullet = _BULLET_LINE.match(t)
        body = t[bullet.end() :] if bullet else t
        pm = _PRINCIPLE_HEAD.match(body)
        if pm and principle_id(pm.group(1)) in PRINCIPLES or (pm and len(body.split()) <= 6):
            standalone = ln.blank_before and (
                nxt is None or nxt.blank_before or not _BULLET_LINE.match(nxt.text)
            )
            in_list = bool(bullet) and (
                (prv is not None and not ln.blank_before and prv.kind == "item")
                or (nxt is not None and not nxt.blank_before and _BULLET_LINE.match(nxt.text))
            )
            if standalone and not in_list and not next_lower:
                ln.kind, ln.title, ln.level = "principle", pm.group(1).strip(), 2
                continue
        if _LIST_HEADER.match(t) and not t.isupper():
            ln.kind, ln.title = "list", t.strip(" :")
            continue
        ph = _PARTY_HEADER.match(body) or _PARTY_SECTION.match(body)
        if ph and len(body.split()) <= 8:
            party = party_of_header(ph.group(1))
            if party:
                ln.kind, ln.title, ln.party = "party", body.strip(" :"), party
                continue
        # a lead-in ending in 'att' before its list ('De idéburna organisationerna åtar sig att'), not
        # a hard-wrapped line that goes on below it
        open_end = (
            re.search(r"(?<![\wåäö])(att|to)$", body) is not None
            and len(body.split()) <= 15
            and (nxt is None or nxt.blank_before or _BULLET_LINE.match(nxt.text) is not None)
        )
        lead = (
            lead_in_party(body)
            if not bullet and (body.endswith(":") or len(body.split()) <= 7 or open_end)
            else None
        )
        if lead and not re.search(r"[.!?]\s", body):
            ln.kind, ln.title, ln.party = "party", body.strip(" :"), lead
            continue
        if bullet:
            ln.kind = "item"
            continue
        nm = _NUMBERED.match(t)
        short_next = (
            nxt is not None and next_lower and len(nxt.text.split()) <= 6 and nxt.text[-1:] not in ".,"
        )
        if nm and _is_heading_text(t) and (not next_lower or short_next):
            num = tuple(int(x) for x in nm.group(1).split("."))
            if num[0] < 30 and (state_num is None or _successor(state_num, num) or ln.blank_before):
                state_num = num
                ln.kind, ln.title, ln.level = "heading", t, len(num)
                if next_lower and nxt is not None:
                    nxt.kind = "heading_cont"
                    ln.title = t + " " + nxt.text
                continue
        if (
            _is_heading_text(t)
            and (ln.blank_before or (prv is not None and prv.kind == "heading"))
            and not next_lower
            and not re.match(r"^(Att|Vi|Med)\b", t)
        ):
            ln.kind, ln.title, ln.level = "heading", t, 1
            continue
        if t.isupper() and len(t.split()) <= 4:
            ln.kind, ln.title, ln.level = "heading", t, 1
            continue
        # a bare principle name as a top-level heading line inside a numbered outline
        ln.kind = "prose"
