"""HTML: the page's main content (trafilatura), with its headings, list items and table cells.

Menus, cookie banners, breadcrumbs, sidebars and footers are left out by trafilatura's
main-content extraction; what remains is written block by block, so no citation holds markup.
"""

from __future__ import annotations

import re

from ..errors import IngestError
from ..records import Extracted
from . import BULLET_MARK, TextWriter, write_table
from .html_page import main_content


def _text(el) -> str:
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip()


_BREAKS = ("p", "item", "head", "lb", "list")


def _cell_paragraphs(cell) -> list[tuple[str, str]]:
    """A table cell's paragraphs, list items and lines (a <br> between two commitments), each its
    own (marker, text), in order; text around them is a paragraph of its own."""
    parts: list[list[str]] = [["", ""]]

    def walk(el) -> None:
        for c in el:
            if c.tag in _BREAKS:
                parts.append([BULLET_MARK if c.tag == "item" else "", c.text or ""])
                walk(c)
                parts.append(["", c.tail or ""])
            else:  # inline markup (bold, a link): the same line goes on
                parts[-1][1] += "".join(c.itertext()) + (c.tail or "")

    parts[-1][1] = cell.text or ""
    walk(cell)
    out = [(m, re.sub(r"\s+", " ", t).strip()) for m, t in parts]
    return [(m, t) for m, t in out if t]


def _walk(w: TextWriter, el, depth: int, state: dict) -> None:
    tag = el.tag
    if tag == "head":
        rend = el.get("rend", "h2")
        level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
        w.add("heading", _text(el), level=level)
    elif tag == "list":
        ordered = el.get("rend", "") == "ol"
        n = 0
        for item in el:
            if item.tag != "item":
                continue
            n += 1
            own = (item.text or "") + "".join(
                _text(c) + (c.tail or "") if c.tag != "list" else (c.tail or "") for c in item
            )
            w.add("item", own, marker=f"{n}." if ordered else BULLET_MARK, level=depth)
            for sub in item:
                if sub.tag == "list":
                    _walk(w, sub, depth + 1, state)
    elif tag == "table":
        rows = [[_cell_paragraphs(c) for c in r if c.tag == "cell"] for r in el if r.tag == "row"]
        index = state.setdefault("tables", 0)
        state["tables"] = index + 1
        write_table(w, [r for r in rows if r], index)
    elif tag in ("p", "quote"):
        has_blocks = any(c.tag in ("list", "table", "head") for c in el)
        if not has_blocks:
            w.add("paragraph", _text(el))
        else:
            w.add("paragraph", el.text or "")
            for c in el:
                _walk(w, c, depth, state)
                w.add("paragraph", c.tail or "")
    else:
        if el.text and el.text.strip() and tag not in ("main", "doc", "body"):
            w.add("paragraph", el.text)
        for c in el:
            _walk(w, c, depth, state)


def _decision_lines(page: str, extracted: str) -> list[str]:
    """Short lines of the page's article that state its decision ('Antagen av kommunstyrelsen
    2019-09-10, § 112.') which main-content extraction drops as page metadata."""
    from ..meta_words import _vocab as meta_vocab

    try:
        from lxml import html as lxml_html

        doc = lxml_html.fromstring(page)
    except Exception:  # a page lxml cannot parse has no lines to recover
        return []
    words = meta_vocab()["decision"]["words"]  # read once, cached
    decision = re.compile(r"(?<![\wåäö])(" + "|".join(map(re.escape, words)) + r")(?![\wåäö])", re.I)
    date = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2} [a-zåäö]+ \d{4}\b")
    scope = doc.xpath("//article") or doc.xpath("//main") or [doc]
    seen_text = re.sub(r"\s+", " ", extracted)
    out: list[str] = []
    for el in scope[0].iter("p", "div", "span", "time", "dd", "li"):
        t = re.sub(r"\s+", " ", el.text_content()).strip()
        if (
            10 < len(t) < 200
            and decision.search(t)
            and date.search(t)
            and t not in seen_text
            and t not in out
        ):
            if not any(t in o or o in t for o in out):
                out.append(t)
    return out[:3]


def load_html(raw: bytes, name: str, text: str) -> Extracted:
    try:
        root = main_content(text)
    except Exception as e:  # trafilatura and lxml raise several types for broken pages
        raise IngestError(f"{name}: the HTML cannot be read ({type(e).__name__}: {e})") from e
    if root is None:
        return _fallback(text, name)
    w = TextWriter()
    recovered = _decision_lines(text, "".join(root.itertext()))
    main = root.find("main")
    body = main if main is not None else root
    title = (root.get("title") or "").strip()
    first = next(iter(body), None)
    if title and not (first is not None and first.tag == "head" and _text(first) == title):
        w.add("heading", title, level=1)
    state: dict = {}
    for i, child in enumerate(body):
        _walk(w, child, 0, state)
        if i == 0:
            for line in recovered:  # after the title, where a page puts its decision line
                w.add("paragraph", line)
    removed = max(0, len(re.sub(r"<[^>]+>|\s+", " ", text)) - w.pos)
    return w.result("html", removed=removed)


_DROP = re.compile(r"<(script|style|nav|header|footer|aside|noscript|form|button)\b.*?</\1\s*>", re.I | re.S)
_BLOCK = re.compile(r"</?(p|div|h[1-6]|li|ul|ol|tr|td|th|table|section|article|main|br)\b[^>]*>", re.I)


def _fallback(text: str, name: str) -> Extracted:
    """A page trafilatura cannot read (e.g. nested beyond the parser's depth): its visible text,
    scripts, styles, menus and footers left out, one paragraph per block element."""
    import html as html_lib

    body = _DROP.sub(" ", text)
    body = _BLOCK.sub("\n\n", body)
    body = html_lib.unescape(re.sub(r"<[^>]*>", " ", body))
    w = TextWriter()
    for para in re.split(r"\n\s*\n", body):
        w.add("paragraph", para)
    if not w.text().strip():
        raise IngestError(f"{name}: no text found in the HTML page; save the page's article as .txt")
    return w.result(
        "html",
        removed=max(0, len(text) - w.pos),
        warnings=["main content not found; the page's visible text was used"],
    )
