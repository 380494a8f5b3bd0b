"""DOCX: body paragraphs and tables in document order, heading styles as levels, list numbering."""

from __future__ import annotations

import io
import re

from ..errors import IngestError
from ..records import Extracted
from . import BULLET_MARK, TextWriter, write_table

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|rubrik)\s*(\d)$", re.I)
_TITLE_STYLE = re.compile(r"^(?:title|rubrik|titel)$", re.I)


class _Numbering:
    """Which numId/ilvl is a bullet and which a number, and the running counters."""

    def __init__(self, document) -> None:
        self.fmt: dict[tuple[str, int], str] = {}
        self.counters: dict[tuple[str, int], int] = {}
        try:
            part = document.part.numbering_part
        except (KeyError, NotImplementedError, AttributeError):
            return
        root = part.element
        abstract: dict[str, dict[int, str]] = {}
        for an in root.findall(_W + "abstractNum"):
            levels = {}
            for lvl in an.findall(_W + "lvl"):
                fmt = lvl.find(_W + "numFmt")
                levels[int(lvl.get(_W + "ilvl", "0"))] = fmt.get(_W + "val") if fmt is not None else "bullet"
            abstract[an.get(_W + "abstractNumId", "")] = levels
        for num in root.findall(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            if ref is None:
                continue
            for ilvl, fmt in abstract.get(ref.get(_W + "val", ""), {}).items():
                self.fmt[(num.get(_W + "numId", ""), ilvl)] = fmt

    def marker(self, num_id: str, ilvl: int) -> str:
        fmt = self.fmt.get((num_id, ilvl), "bullet")
        if fmt in ("bullet", "none", ""):
            return BULLET_MARK
        key = (num_id, ilvl)
        self.counters[key] = self.counters.get(key, 0) + 1
        for nid, lv in list(self.counters):  # a new item resets deeper levels
            if nid == num_id and lv > ilvl:
                del self.counters[(nid, lv)]
        n = self.counters[key]
        if fmt.startswith("lower"):
            return f"{chr(96 + min(n, 26))})"
        if fmt.startswith("upper"):
            return f"{chr(64 + min(n, 26))}."
        return f"{n}."


def _num_pr(paragraph) -> tuple[str, int] | None:
    """A paragraph's list numbering (numId, level), from itself or its style."""
    ppr = paragraph._p.pPr
    el = ppr.find(_W + "numPr") if ppr is not None else None
    style = paragraph.style
    while el is None and style is not None:
        sppr = style.element.find(_W + "pPr")
        el = sppr.find(_W + "numPr") if sppr is not None else None
        style = style.base_style
    if el is None:
        return None
    num = el.find(_W + "numId")
    lvl = el.find(_W + "ilvl")
    num_id = num.get(_W + "val") if num is not None else ""
    if num_id == "0":
        return None
    return num_id, int(lvl.get(_W + "val")) if lvl is not None else 0


def _heading_level(paragraph) -> int | None:
    name = paragraph.style.name if paragraph.style is not None else ""
    m = _HEADING_STYLE.match(name.strip())
    if m:
        return int(m.group(1))
    if _TITLE_STYLE.match(name.strip()):
        return 1
    ppr = paragraph._p.pPr
    outline = ppr.find(_W + "outlineLvl") if ppr is not None else None
    if outline is not None:
        return int(outline.get(_W + "val", "0")) + 1
    return None


# a paragraph's content as the reader sees it with every tracked change accepted: the text of
# insertions, moved-to text, hyperlinks, smart tags, content controls and simple fields counts;
# deleted and moved-from text does not (python-docx reads only a paragraph's direct runs)
_SKIP = {_W + "del", _W + "moveFrom", _W + "pPr"}
_INNER = {_W + "sdt": _W + "sdtContent"}


def _runs(el):
    """The w:r elements of a paragraph (or a container within it) in reading order, changes accepted."""
    for child in el.iterchildren():
        tag = child.tag
        if tag == _W + "r":
            yield child
        elif tag in _SKIP or not isinstance(tag, str):
            continue
        elif tag in _INNER:
            inner = child.find(_INNER[tag])
            if inner is not None:
                yield from _runs(inner)
        else:  # w:ins, w:moveTo, w:hyperlink, w:smartTag, w:fldSimple, w:customXml, w:dir, w:bdo ...
            yield from _runs(child)


def _text(paragraph) -> str:
    return "".join(r.text for r in _runs(paragraph._p))


def _is_bold_line(paragraph) -> bool:
    from docx.text.run import Run

    runs = [Run(r, paragraph) for r in _runs(paragraph._p)]
    runs = [r for r in runs if r.text.strip()]
    text = _text(paragraph).strip()
    return bool(runs) and all(r.bold for r in runs) and len(text.split()) <= 12 and text[-1:] not in ".,;"


# Word's table of contents ('TOC 1', 'toc 2', 'TOC Heading', a Swedish template's 'Innehåll 1'):
# the headings again with their page numbers, not content
_TOC_STYLE = re.compile(r"(?i)^(toc|innehåll|innehållsförteckning)\s*(\d|heading|rubrik)")


def _paragraph(w: TextWriter, p, numbering: _Numbering, state: dict) -> None:
    text = _text(p)
    if not text.strip():
        return
    if _TOC_STYLE.match((p.style.name if p.style is not None else "").strip()):
        return
    level = _heading_level(p)
    if level is not None:
        state["level"] = level
        w.add("heading", text, level=level)
        return
    np_ = _num_pr(p)
    style = (p.style.name if p.style is not None else "").lower()
    if np_ is not None or style.startswith("list"):
        num_id, ilvl = np_ or ("style:" + style, 0)
        if np_ is None and "number" in style:
            numbering.fmt.setdefault((num_id, ilvl), "decimal")
        w.add("item", text, marker=numbering.marker(num_id, ilvl), level=ilvl)
        return
    if _is_bold_line(p):
        w.add("heading", text, level=min(state.get("level", 1) + 1, 6), marker="")
        return
    w.add("paragraph", text)


def _cell_text(cell) -> list[tuple[str, str]]:
    """A cell's paragraphs as (marker, text): a list item gets the bullet mark."""
    out = []
    for p in cell.paragraphs:
        text = _text(p).strip()
        if text:
            style = (p.style.name if p.style is not None else "").lower()
            item = _num_pr(p) is not None or style.startswith("list")
            out.append((BULLET_MARK if item else "", text))
    return out


def _table(w: TextWriter, table, index: int) -> None:
    rows = []
    for r in table.rows:
        trpr = r._tr.trPr
        if trpr is not None and trpr.find(_W + "del") is not None:
            continue  # a row deleted with tracked changes
        seen, cells = set(), []
        for c in r.cells:
            if id(c._tc) in seen:
                continue
            seen.add(id(c._tc))
            cells.append(_cell_text(c))
        rows.append(cells)
    write_table(w, rows, index)


def load_docx(raw: bytes, name: str) -> Extracted:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(raw))
    except Exception as e:  # python-docx raises several types for broken files
        raise IngestError(
            f"{name}: the DOCX cannot be parsed ({type(e).__name__}: {e}); "
            "open and re-save it in Word or LibreOffice"
        ) from e
    w = TextWriter()
    numbering = _Numbering(document)
    state: dict = {}
    tables = 0
    for child in document.element.body.iterchildren():
        if child.tag == _W + "p":
            _paragraph(w, Paragraph(child, document), numbering, state)
        elif child.tag == _W + "tbl":
            _table(w, Table(child, document), tables)
            tables += 1
    if not w.text().strip():
        raise IngestError(f"{name}: the DOCX has no text; check that it is not only images")
    return w.result("docx")
