"""HTML: the page's main content (trafilatura), with its headings, list items and table cells.

Menus, cookie banners, breadcrumbs, sidebars and footers are left out by trafilatura's
main-content extraction; what remains is written block by block, so no citation holds markup.
"""

from __future__ import annotations

import re

from ..errors import IngestError
from ..records import Extracted
from . import BULLET_MARK, TextWriter


def _text(el) -> str:
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip()


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
        rows = [r for r in el if r.tag == "row"]
        header = [_text(c) for c in rows[0]] if rows else []
        index = state.setdefault("tables", 0)
        state["tables"] = index + 1
        for ri, r in enumerate(rows):
            cells = [c for c in r if c.tag == "cell"]
            row_header = _text(cells[0]) if cells else ""
            for ci, c in enumerate(cells):
                w.add("cell", _text(c), table=index, row=ri, col=ci, row_header=row_header if ci else "",
                      col_header=header[ci] if ri and ci < len(header) else "")
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


def load_html(raw: bytes, name: str, text: str) -> Extracted:
    try:
        import trafilatura
        from lxml import etree

        xml = trafilatura.extract(text, output_format="xml", include_tables=True, include_comments=False,
                                  include_links=False, include_images=False, with_metadata=True,
                                  favor_recall=True, deduplicate=False)
        root = etree.fromstring(xml.encode("utf-8")) if xml else None
    except Exception as e:  # trafilatura and lxml raise several types for broken pages
        raise IngestError(f"{name}: the HTML cannot be read ({type(e).__name__}: {e})") from e
    if root is None:
        return _fallback(text, name)
    w = TextWriter()
    main = root.find("main")
    body = main if main is not None else root
    title = (root.get("title") or "").strip()
    first = next(iter(body), None)
    if title and not (first is not None and first.tag == "head" and _text(first) == title):
        w.add("heading", title, level=1)
    for child in body:
        _walk(w, child, 0, {})
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
    return w.result("html", removed=max(0, len(text) - w.pos),
                    warnings=["main content not found; the page's visible text was used"])
