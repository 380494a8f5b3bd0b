"""PDF: lines from characters, page furniture removed, footnotes detached, columns read in order.

Per page, pdfplumber's words (with font size and name) are grouped into lines. A page whose
body has an empty vertical gutter is read column by column. Lines repeated on most pages in the
top or bottom margin (running headers, footers, "Sida 2 av 12") and bare page numbers are left
out; a table of contents (dot leaders and page numbers) too. A small raised number glued to a
word is a footnote marker and is detached; small-print lines at a page foot starting with a
number are footnotes. Lines are joined into paragraphs and list items, hyphenation undone.
A PDF without a text layer is OCR'd with tesseract when it is installed with Swedish.
"""

from __future__ import annotations

import dataclasses
import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from ..errors import IngestError
from ..records import Extracted
from . import BULLET_MARK, TextWriter, write_table

OCR_DPI = 200  # enough for body text; 300 doubles the time for no gain on typed documents
# what tesseract makes of a bullet at a line start: '«', '»', '°', '©', 'e', '*' …
# ... and a typed dash ('–', '—') or what it becomes ('=')
_OCR_BULLET = re.compile(r"^(?:[«»°©®•·*+■□▪❖➢►eo¢=—–-]\s*){1,2}(?:[—–-]\s+)?(?<=\s)(?=\S)")
_OCR_TAIL = re.compile(r"(?<=\S)\s+[-–—'’;|]$")  # a speck read as a character after the line's end
# a letterhead repeated at the top of the following pages: the organisation in capitals, a diary number
_LETTERHEAD = re.compile(r"\b(dnr|diarienr|diarienummer)\b|^[A-ZÅÄÖ ]{3,}\s(KOMMUN|REGION|STAD)\b", re.I)
EDGE = 0.06  # running headers and footers sit this close to the page's edge (about 50 pt of A4)
MARGIN = 0.09  # share of the page height at the top and bottom where furniture lives
_PAGE_NO = re.compile(
    r"^(?:(?:sida|page|s\.)\s*)?\d{1,4}(?:\s*(?:av|of|/|\()\s*\d{1,4}\)?)?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.I
)
_TOC_LINE = re.compile(r"(?:\.{3,}|…{2,}|(?:\. ){3,}|_{3,})\s*\d{1,4}\s*$")
_BULLET = re.compile(r"^([•●▪◦○■□➢►‣∙·*\-–—o]|\uf0b7|\uf0a7|\d{1,2}[.)]|[a-z][.)])\s+(?=\S)")
_SENT_END = ".!?:"


@dataclass
class _Line:
    text: str
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    bold: bool
    page: int
    notes: tuple[str, ...] = ()
    kind: str = "body"  # body | footnote | table
    rows: tuple[tuple[str, ...], ...] = ()  # a table's cells as extracted (kind "table")


def _group_lines(words: list[dict], page: int) -> list[_Line]:
    words = sorted(words, key=lambda w: (round(w["top"]), w["x0"]))
    rows: list[list[dict]] = []
    for w in words:
        for row in rows[-3:]:
            ref = row[0]
            if abs(w["top"] - ref["top"]) < 0.45 * max(ref["size"], 1) or (
                w["size"] < 0.8 * ref["size"] and ref["top"] - 2 <= w["top"] <= ref["bottom"]
            ):
                row.append(w)
                break
        else:
            rows.append([w])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        body = max(w["size"] for w in row)
        parts: list[str] = []
        notes: list[str] = []
        prev = None
        for w in row:
            raised = w["size"] < 0.8 * body and w["text"].strip("*†‡").isdigit() and len(w["text"]) <= 3
            if raised and prev is not None and w["x0"] - prev["x1"] < 1.5:
                notes.append(w["text"])  # a footnote marker glued to the word before it
                prev = w
                continue
            gap = w["x0"] - prev["x1"] if prev is not None else 0
            if parts and gap > 0.12 * body:
                parts.append(" ")
            parts.append(w["text"])
            prev = w
        text = "".join(parts).strip()
        if not text:
            continue
        bold_chars = sum(len(w["text"]) for w in row if "bold" in w.get("fontname", "").lower())
        lines.append(
            _Line(
                text=text,
                top=min(w["top"] for w in row),
                bottom=max(w["bottom"] for w in row),
                x0=row[0]["x0"],
                x1=row[-1]["x1"],
                size=statistics.median(w["size"] for w in row),
                bold=bold_chars >= 0.8 * sum(len(w["text"]) for w in row),
                page=page,
                notes=tuple(notes),
            )
        )
    return lines


def _gutter(words: list[dict], width: float, top: float, bottom: float) -> float | None:
    """The x of an empty vertical strip between two columns of body text, if the page has one."""
    body = [w for w in words if top <= w["top"] <= bottom]
    if len(body) < 40:
        return None
    best = None
    for x in range(int(0.3 * width), int(0.7 * width), 2):
        # a column gap is wider than any space between words: an empty band of 12 pt
        crossing = sum(1 for w in body if w["x0"] < x + 6 and w["x1"] > x - 6)
        left = sum(1 for w in body if w["x1"] <= x)
        if crossing <= 0.04 * len(body) and 0.25 < left / len(body) < 0.75:
            score = abs(x - width / 2)
            if best is None or score < best[0]:
                best = (score, x)
    return best[1] if best else None


def _tables(page, number: int) -> list[_Line]:
    """Ruled tables (pdfplumber finds them by their lines), each as one line of kind 'table'."""
    out = []
    try:
        found = page.find_tables()
    except Exception:  # a malformed drawing: read the page as text
        return []
    for t in found:
        rows = [tuple((c or "").strip() for c in r) for r in t.extract()]
        rows = [r for r in rows if any(r)]
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue  # a frame around a paragraph, not a table
        x0, top, x1, bottom = t.bbox
        text = " ".join(c for r in rows for c in r)
        out.append(_Line(text, top, bottom, x0, x1, 0.0, False, number, kind="table", rows=tuple(rows)))
    return out


def _inside(w: dict, boxes: list[_Line]) -> bool:
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return any(b.x0 <= cx <= b.x1 and b.top <= cy <= b.bottom for b in boxes)


def _page_lines(page, number: int) -> list[_Line]:
    words = page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False, use_text_flow=False)
    h, wdt = float(page.height), float(page.width)
    tables = _tables(page, number)
    if tables:
        # a table is read cell by cell; the page's other lines around it in reading order
        words = [w for w in words if not _inside(w, tables)]
        return sorted(_group_lines(words, number) + tables, key=lambda ln: ln.top)
    # running headers and footers sit in the margins across the full width: read them apart
    edge = EDGE * h
    top = [w for w in words if w["bottom"] < edge]
    foot = [w for w in words if w["top"] > h - edge]
    body = [w for w in words if w["bottom"] >= edge and w["top"] <= h - edge]
    gx = _gutter(body, wdt, 0, h)
    if gx is None:
        return _group_lines(top, number) + _boxed_columns(body, number, wdt) + _group_lines(foot, number)
    # line by line: a line with a word across the gutter is full width (a title, a wide table);
    # between two full-width lines, the left column is read before the right one
    out = _group_lines(top, number)
    rows = _rows(body)
    run_left: list[dict] = []
    run_right: list[dict] = []
    spans = [(min(w["top"] for w in r), max(w["bottom"] for w in r)) for r in rows]
    heights = sorted(bottom - top for top, bottom in spans)
    line_h = heights[len(heights) // 2] if heights else 0.0
    for i, row in enumerate(rows):
        # an empty band across the whole page, several lines high, ends the columns above it (a box
        # under two columns on a slide): what follows is read after both of them
        gap = i > 0 and spans[i][0] - spans[i - 1][1] > 2.5 * line_h
        if gap and (run_left or run_right):
            out += _group_lines(run_left, number) + _group_lines(run_right, number)
            run_left, run_right = [], []
        if any(w["x0"] < gx + 6 and w["x1"] > gx - 6 for w in row):
            out += (
                _group_lines(run_left, number) + _group_lines(run_right, number) + _group_lines(row, number)
            )
            run_left, run_right = [], []
        else:
            run_left += [w for w in row if w["x1"] <= gx - 6]
            run_right += [w for w in row if w["x0"] >= gx + 6]
    out += _group_lines(run_left, number) + _group_lines(run_right, number)
    return out + _group_lines(foot, number)


BOX_ROWS = 3  # rows in a run sharing an empty strip before it is read as two columns


def _gaps(row: list[dict], width: float) -> set[int]:
    """The x positions (mid page) of an empty 12 pt strip with words on both sides of it."""
    out = set()
    for x in range(int(0.3 * width), int(0.7 * width), 2):
        if any(w["x0"] < x + 6 and w["x1"] > x - 6 for w in row):
            continue
        if any(w["x1"] <= x for w in row) and any(w["x0"] >= x for w in row):
            out.add(x)
    return out


def _boxed_columns(words: list[dict], number: int, width: float) -> list[_Line]:
    """The page's lines, where a run of rows split by one empty strip (a borderless two-column box
    'Kommunen gör | Föreningarna gör', a signature block) is read column by column."""
    rows = _rows(words)
    gaps = [_gaps(r, width) for r in rows]
    out: list[_Line] = []
    i = 0
    while i < len(rows):
        common, j = gaps[i], i
        while j + 1 < len(rows) and common & gaps[j + 1]:
            common, j = common & gaps[j + 1], j + 1
        if common and j - i + 1 >= BOX_ROWS:
            x = sorted(common)[len(common) // 2]
            run = [w for r in rows[i : j + 1] for w in r]
            out += _group_lines([w for w in run if w["x1"] <= x], number)
            out += _group_lines([w for w in run if w["x0"] >= x], number)
            i = j + 1
            continue
        out += _group_lines(rows[i], number)
        i += 1
    return out


def _rows(words: list[dict]) -> list[list[dict]]:
    """Words on the same baseline across the whole page width, top to bottom."""
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if rows and abs(w["top"] - rows[-1][0]["top"]) < 0.45 * max(rows[-1][0]["size"], 1):
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


def _line_key(t: str) -> str:
    """A line with its numbers blanked: a running header or footer is the same line on every page."""
    return re.sub(r"\d+", "#", t.lower()).strip()


def _furniture(pages: list[list[_Line]], heights: list[float]) -> tuple[list[list[_Line]], int]:
    """Drop running headers/footers, page numbers and a table of contents; count what went."""

    def in_margin(ln: _Line, h: float) -> bool:
        return ln.bottom < MARGIN * h * 1.3 or ln.top > (1 - MARGIN * 1.3) * h

    seen: Counter[str] = Counter()
    for lines, h in zip(pages, heights, strict=True):
        seen.update({_line_key(ln.text) for ln in lines if in_margin(ln, h)})
    repeated = {k for k, n in seen.items() if n >= max(2, 0.5 * len(pages))}
    removed = 0
    out = []
    for lines, h in zip(pages, heights, strict=True):
        keep = []
        for ln in lines:
            margin = in_margin(ln, h)
            furniture = margin and (_line_key(ln.text) in repeated or _PAGE_NO.match(ln.text))
            if ln.kind != "table" and (furniture or _TOC_LINE.search(ln.text)):
                removed += len(ln.text)
                continue
            keep.append(ln)
        out.append(keep)
    return out, removed


def _mark_footnotes(pages: list[list[_Line]], body_size: float) -> None:
    for lines in pages:
        for i in range(len(lines) - 1, -1, -1):
            ln = lines[i]
            if ln.kind == "table":
                break
            small = ln.size < 0.9 * body_size
            if not small:
                break
            ln.kind = "footnote"


def _heading_levels(lines: list[_Line], body_size: float) -> dict[float, int]:
    sizes = sorted(
        {round(ln.size, 1) for ln in lines if ln.size >= 1.12 * body_size and len(ln.text) < 120},
        reverse=True,
    )
    return {s: min(i + 1, 6) for i, s in enumerate(sizes)}


def _is_heading(ln: _Line, body_size: float, levels: dict[float, int]) -> int | None:
    if len(ln.text) > 120 or ln.text[-1:] in ".,;" or ln.kind == "footnote":
        return None
    if round(ln.size, 1) in levels:
        return levels[round(ln.size, 1)]
    if ln.bold and len(ln.text.split()) <= 12 and ln.size >= body_size - 0.5:
        return len(levels) + 1
    numbered = _NUMBERED_HEADING.match(ln.text)
    if ln.bold and numbered and len(ln.text.split()) <= 12 and ln.size >= 0.8 * body_size:
        # a numbered run of bold words in a smaller size ('5.1.1 Landstingets åtaganden')
        return len(levels) + len(numbered.group(1).split("."))
    return None


_NUMBERED_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+[A-ZÅÄÖ]")
# a word cut at a hyphen before a conjunction is a shortened compound ('Kultur- och fritidsnämnden')
_COMPOUND_CUT = re.compile(r"(och|eller|samt|respektive|som|till|and|or)\b")


def _join(a: str, b: str) -> str:
    if re.search(r"\w-$", a) and b[:1].islower() and not _COMPOUND_CUT.match(b):
        return a[:-1] + b  # hyphenation at a line end
    return a + " " + b


def _write(pages: list[list[_Line]], body_size: float) -> TextWriter:
    w = TextWriter()
    levels = _heading_levels([ln for p in pages for ln in p], body_size)
    notes_seen = 0
    tables = 0
    for lines in pages:
        w.new_page()
        cur: dict | None = None  # the open paragraph or item

        def flush() -> None:
            nonlocal cur
            if cur:
                w.add(cur["kind"], cur["text"], marker=cur["marker"], page=cur["page"], level=cur["level"])
            cur = None

        prev: _Line | None = None
        for ln in lines:
            if ln.kind == "table":
                flush()
                write_table(w, [[_cell_paragraphs(c) for c in r] for r in ln.rows], tables, page=ln.page)
                tables += 1
                prev = None
                continue
            notes_seen += len(ln.notes)
            level = _is_heading(ln, body_size, levels)
            bullet = _BULLET.match(ln.text)
            gap = ln.top - prev.bottom if prev is not None else 0
            if ln.kind == "footnote":
                if cur and cur["kind"] == "footnote" and not re.match(r"^\d", ln.text):
                    cur["text"] = _join(cur["text"], ln.text)
                else:
                    flush()
                    cur = {"kind": "footnote", "text": ln.text, "marker": "", "page": ln.page, "level": 0}
            elif level is not None:
                wraps = (
                    ln.text[:1].islower()
                    or len(cur["text"] if cur else "") >= 40
                    or not (
                        _NUMBERED_HEADING.match(ln.text)
                        or (cur and (cur["text"][-1:] in ".:!?" or _NUMBERED_HEADING.match(cur["text"])))
                        or ln.text.endswith(":")
                    )
                )
                if (
                    cur
                    and cur["kind"] == "heading"
                    and prev is not None
                    and gap < 0.6 * ln.size
                    and cur["level"] == level
                    and wraps
                ):
                    cur["text"] = _join(cur["text"], ln.text)  # a heading wrapped over two lines
                else:
                    flush()
                    cur = {"kind": "heading", "text": ln.text, "marker": "", "page": ln.page, "level": level}
            elif bullet:
                flush()
                mark = bullet.group(1)
                mark = mark if re.match(r"[\da-z]", mark) and mark != "o" else BULLET_MARK
                cur = {
                    "kind": "item",
                    "text": ln.text[bullet.end() :],
                    "marker": mark,
                    "page": ln.page,
                    "level": 0,
                    "x0": ln.x0,
                }
            else:
                new_para = (
                    cur is None
                    or cur["kind"] == "heading"
                    or gap > 0.7 * ln.size
                    or (cur["kind"] == "item" and ln.x0 < cur.get("x0", 0) + 2)
                )
                if (
                    cur is not None
                    and cur["kind"] == "item"
                    and gap <= 0.7 * ln.size
                    and ln.x0 > cur["x0"] + 2
                ):
                    new_para = False  # a hanging-indent continuation of the item
                if new_para:
                    flush()
                    cur = {"kind": "paragraph", "text": ln.text, "marker": "", "page": ln.page, "level": 0}
                else:
                    assert cur is not None
                    cur["text"] = _join(cur["text"], ln.text)
            prev = ln
        flush()
    return w


def _cell_paragraphs(text: str) -> list[tuple[str, str]]:
    """A table cell's lines as (marker, text) paragraphs: a bullet starts an item, a line after a
    finished sentence or a lead-in starts a paragraph, any other line continues the one before."""
    out: list[list[str]] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        bullet = _BULLET.match(line)
        if bullet:
            mark = bullet.group(1)
            out.append(
                [mark if re.match(r"[\da-z]", mark) and mark != "o" else BULLET_MARK, line[bullet.end() :]]
            )
        elif out and not (out[-1][1][-1:] in ".!?:" and line[:1].isupper()):
            out[-1][1] = _join(out[-1][1], line)
        else:
            out.append(["", line])
    return [(m, t) for m, t in out]


def _ocr_pages(raw: bytes, name: str) -> list[str]:
    import shutil
    import subprocess
    import tempfile

    if not shutil.which("tesseract"):
        raise IngestError(
            f"{name}: the PDF has no text layer (a scan) and tesseract is not installed; "
            "install tesseract-ocr and tesseract-ocr-swe, or run `ocrmypdf -l swe in.pdf out.pdf`"
        )
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    if "swe" not in langs:
        raise IngestError(
            f"{name}: the PDF has no text layer (a scan) and tesseract has no Swedish; "
            "install tesseract-ocr-swe"
        )
    import pypdfium2

    pdf = pypdfium2.PdfDocument(raw)
    texts = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(len(pdf)):
            image = pdf[i].render(scale=OCR_DPI / 72).to_pil().convert("L")
            path = f"{tmp}/p{i}.png"
            image.save(path)
            res = subprocess.run(
                ["tesseract", path, "stdout", "-l", "swe", "--psm", "3"], capture_output=True, text=True
            )
            if res.returncode != 0:
                raise IngestError(f"{name}: OCR of page {i + 1} failed ({res.stderr.strip()[:200]})")
            texts.append(res.stdout)
    return texts


def _ocr_extracted(raw: bytes, name: str) -> Extracted:
    """A scan: the OCR text per page, running headers/footers and page numbers left out."""
    page_lines = [[ln.strip() for ln in t.splitlines()] for t in _ocr_pages(raw, name)]
    if sum(len(ln) for p in page_lines for ln in p) < 20:
        raise IngestError(
            f"{name}: the PDF has no text layer and OCR found no text in it; "
            "check the scan, or add the document as .txt"
        )

    edge: Counter[str] = Counter()
    for lines in page_lines:
        body = [ln for ln in lines if ln]
        edge.update({_line_key(ln) for ln in body[:2] + body[-2:]})
    repeated = {k for k, n in edge.items() if n >= max(2, 0.5 * len(page_lines))}
    w = TextWriter()
    removed = 0
    for pno, lines in enumerate(page_lines, start=1):
        w.new_page()
        body = [ln for ln in lines if ln]
        edges = set(body[:2] + body[-2:])
        para: list[str] = []
        for ln in lines + [""]:
            letterhead = pno > 1 and ln in body[:2] and _LETTERHEAD.search(ln)
            if ln and ln in edges and (_line_key(ln) in repeated or _PAGE_NO.match(ln) or letterhead):
                removed += len(ln)
                continue
            if ln:
                ln = _OCR_TAIL.sub("", _OCR_BULLET.sub(BULLET_MARK + " ", ln))
                if para and re.search(r"\w-$", para[-1]) and ln[:1].islower():
                    para[-1] = para[-1][:-1] + ln  # a word hyphenated over a line break
                else:
                    para.append(ln)
                continue
            if para:
                w.add("paragraph", "\n".join(para), page=pno)
                para = []
    ex = w.result("pdf", paged=True, removed=removed, warnings=["read by OCR (tesseract, Swedish)"])
    # OCR's paragraphs are guesses from spacing: structure reads the lines by the text rules
    return dataclasses.replace(ex, blocks=())


def load_pdf(raw: bytes, name: str) -> Extracted:
    try:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            pages = [_page_lines(p, i + 1) for i, p in enumerate(pdf.pages)]
            heights = [float(p.height) for p in pdf.pages]
    except IngestError:
        raise
    except Exception as e:  # pdfminer raises many types for broken files
        raise IngestError(
            f"{name}: the PDF cannot be parsed ({type(e).__name__}: {e}); "
            "re-export it from the program that made it"
        ) from e
    chars = sum(len(ln.text) for p in pages for ln in p)
    if chars < 20 * max(1, len(pages)):
        return _ocr_extracted(raw, name)
    # the body's size from running text: a document that is mostly one table in a smaller size would
    # otherwise make its paragraphs look like headings
    sizes: Counter[float] = Counter()
    for p in pages:
        for ln in p:
            if ln.kind != "table":
                sizes[round(ln.size, 1)] += len(ln.text)
    if not sizes:
        sizes.update(round(ln.size, 1) for p in pages for ln in p)
    body_size = sizes.most_common(1)[0][0]
    pages, removed = _furniture(pages, heights)
    _mark_footnotes(pages, body_size)
    w = _write(pages, body_size)
    warnings = []
    notes = sum(1 for b in w.blocks if b.kind == "footnote")
    if notes:
        warnings.append(f"{notes} footnotes kept apart from the text")
    return w.result("pdf", paged=True, removed=removed, warnings=warnings)
