"""HTML: the page's main content (trafilatura), with its headings, list items and table cells.

Menus, cookie banners, breadcrumbs, sidebars and footers are left out by trafilatura's
main-content extraction; what remains is written block by block, so no citation holds markup.
"""

from __future__ import annotations

import re

from ..errors import IngestError
from ..records import Extracted
from . import BULLET_MARK, TextWriter, group_row, title_rows


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
        skip = title_rows([[_text(c) for c in r if c.tag == "cell"] for r in rows])
        for r in rows[:skip]:  # a caption or a title row merged across the columns
            w.add("paragraph", " ".join(t for t in (_text(c) for c in r) if t))
        rows = rows[skip:]
        header = [_text(c) for c in rows[0]] if rows else []
        index = state.setdefault("tables", 0)
        state["tables"] = index + 1
        group = ""
        for ri, r in enumerate(rows):
            cells = [c for c in r if c.tag == "cell"]
            texts = [_text(c) for c in cells]
            row_header = texts[0] if texts else ""
            for ci in range(len(cells)):
                w.add(
                    "cell",
                    texts[ci],
                    table=index,
                    row=ri,
                    col=ci,
                    row_header=row_header if ci else "",
                    col_header=header[ci] if ri and ci < len(header) else "",
                    row_cells=tuple(t[:120] for t in texts),
                    group=group,
                )
            if ri and group_row(texts, len(header)):
                group = next(t for t in texts if t)
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


# what a reader of the page never sees as the article: left out when measuring the main region
_CHROME = ("nav", "aside", "form", "script", "style", "noscript", "button", "header", "footer", "template")
WIDEN_BELOW = 0.6  # extraction holding less than this share of the main region's words is widened
WIDEN_STEPS = 3


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _visible_words(el) -> int:
    """Words of an element's text outside page chrome (menus, forms, scripts)."""
    n = _words(el.text or "")
    for c in el:
        if isinstance(c.tag, str) and c.tag.lower() not in _CHROME:
            n += _visible_words(c)
        n += _words(c.tail or "")
    return n


def _reveal(doc) -> None:
    """Tab panels and accordion panels are the page's content behind a click: a saved page keeps
    them `hidden` until then, and main-content extraction would drop them as hidden."""
    controlled: set[str] = set()
    for el in doc.xpath("//*[@aria-controls]"):
        controlled.update(el.get("aria-controls", "").split())
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        if el.get("id") in controlled or el.get("role") == "tabpanel":
            el.attrib.pop("hidden", None)
            el.attrib.pop("aria-hidden", None)
            if el.get("style"):
                el.set("style", re.sub(r"display\s*:\s*none;?", "", el.get("style")))


def _chosen(region, extracted: str):
    """The deepest element of the region holding the start and the end of the extracted text:
    the container main-content extraction took as the article's body."""
    flat = re.sub(r"\s+", "", extracted)  # without spaces: blocks run together in text_content()
    head, tail = flat[:50], flat[-50:]
    best = None
    for el in region.iter():
        if not isinstance(el.tag, str) or el is region:
            continue
        t = re.sub(r"\s+", "", el.text_content())
        if head in t and tail in t:
            best = el  # iter() is depth-first: a later match lies deeper
    return best


def _extract(page: str):
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        page,
        output_format="xml",
        include_tables=True,
        include_comments=False,
        include_links=False,
        include_images=False,
        with_metadata=True,
        favor_recall=True,
        deduplicate=False,
    )
    return etree.fromstring(xml.encode("utf-8")) if xml else None


def _main_content(text: str):
    """trafilatura's main content of the page, its disclosure panels revealed. When the body
    it chose is only part of the page's <main>/<article> (a rich-text block beside the blocks
    a CMS adds after it), that container is demoted and the extraction repeated."""
    from lxml import html as lxml_html

    try:
        doc = lxml_html.fromstring(text)
    except Exception:  # lxml cannot parse it: trafilatura on the page as it is
        return _extract(text)
    _reveal(doc)
    page = lxml_html.tostring(doc, encoding="unicode")
    root = _extract(page)
    regions = doc.xpath("//main") or doc.xpath("//article")
    if root is None or not regions:
        return root
    region = max(regions, key=_visible_words)
    total = _visible_words(region)
    best, current = root, root
    for _ in range(WIDEN_STEPS):
        got = "".join(current.itertext())
        if _words(got) >= WIDEN_BELOW * total:
            break
        el = _chosen(region, got)
        if el is None or not (el.get("class") or el.get("id")):
            break
        # the container and its like (a CMS repeats the class of its rich-text blocks)
        like = el.get("class")
        for other in [el, *(region.xpath(".//*[@class=$c]", c=like) if like else [])]:
            other.attrib.pop("class", None)
            other.attrib.pop("id", None)
        wider = _extract(lxml_html.tostring(doc, encoding="unicode"))
        if wider is None:
            break
        current = wider
        if _words("".join(wider.itertext())) > _words("".join(best.itertext())):
            best = wider
    return best


def load_html(raw: bytes, name: str, text: str) -> Extracted:
    try:
        root = _main_content(text)
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
