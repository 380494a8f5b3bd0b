"""A saved web page's main content as trafilatura's XML (head, p, list/item, table/row/cell).

trafilatura finds the article among menus, banners and footers. Three things a municipal page
does defeat it, and are mended here: content behind tabs and accordions is `hidden` until
clicked (revealed first); a CMS puts a rich-text block, which trafilatura takes as the whole
body, before the blocks it adds after it (that container is demoted and extraction repeated);
and on some pages (a Word export) trafilatura keeps the paragraphs but loses every heading,
so the page is read into the same XML here, tag by tag.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

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


_SCREEN_READER = re.compile(r"visually-hidden|sr-only|screen-reader|visuallyhidden|hidden-text", re.I)


def _unwrap_triggers(doc) -> None:
    """An accordion's title is often a <button> in its heading ('<h3><button>Dialog</button></h3>'),
    and a button is page chrome to main-content extraction, which leaves the heading empty. A
    button in a heading, or one that opens a panel of prose, is the title of what it opens: it
    becomes plain text, without its screen-reader-only words ('Visa eller dölj') and icons."""
    panels = {el.get("id"): el for el in doc.xpath("//*[@id]")}
    for b in doc.xpath("//button"):
        in_heading = bool(
            b.xpath("ancestor::h1|ancestor::h2|ancestor::h3|ancestor::h4|ancestor::h5|ancestor::h6")
        )
        opened = [panels[i] for i in (b.get("aria-controls") or "").split() if i in panels]
        if not in_heading and not any(
            el.tag not in ("nav", "ul", "ol", "menu") and _prose_words(el) >= _CONTENT_WORDS for el in opened
        ):
            continue
        for el in b.xpath(".//*[name()='svg' or @aria-hidden='true']") + [
            el for el in b.iter() if isinstance(el.tag, str) and _SCREEN_READER.search(el.get("class") or "")
        ]:
            if el.getparent() is not None:
                el.drop_tree()
        b.tag = "span"
        for attr in list(b.attrib):
            del b.attrib[attr]


_CONTENT_WORDS = 25  # words of own prose (not link text) that make a headed container content


def _prose_words(el) -> int:
    """Words of an element's paragraphs, list items and cells outside links."""
    n = 0
    for t in el.xpath(".//p//text()[not(ancestor::a)] | .//li//text()[not(ancestor::a)] | .//td//text()"):
        n += _words(t)
    return n


def _protect_content(doc) -> None:
    """Main-content extraction discards containers by their class and id ('social…', '…bar…',
    'related', 'meta', 'tags' …), and a municipal page names its sections after their topics
    ('social-development', 'barn-och-unga'). A container with a heading and paragraphs of its own
    is content whatever it is called: its class and id are replaced by neutral names (the same
    name for the same value, so containers that shared a class still do)."""
    import hashlib

    def neutral(prefix: str, value: str) -> str:
        return prefix + hashlib.md5(value.encode("utf-8")).hexdigest()[:10]

    for el in doc.iter("div", "section", "details", "article"):
        if not (el.get("class") or el.get("id")):
            continue
        if not el.xpath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6|.//summary"):
            continue
        if _prose_words(el) < _CONTENT_WORDS:
            continue
        for attr, prefix in (("class", "c"), ("id", "i")):
            if el.get(attr):
                el.set(attr, neutral(prefix, el.get(attr)))


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


def main_content(text: str):
    """trafilatura's main content of the page, its disclosure panels revealed. When the body
    it chose is only part of the page's <main>/<article> (a rich-text block beside the blocks
    a CMS adds after it), that container is demoted and the extraction repeated."""
    from lxml import html as lxml_html

    try:
        doc = lxml_html.fromstring(text)
    except Exception:  # lxml cannot parse it: trafilatura on the page as it is
        return _extract(text)
    _reveal(doc)
    _unwrap_triggers(doc)
    _protect_content(doc)
    page = lxml_html.tostring(doc, encoding="unicode")
    root = _extract(page)
    regions = doc.xpath("//main") or doc.xpath("//article")
    if not regions:
        return _structured(root, doc.find("body") if doc.find("body") is not None else doc)
    region = max(regions, key=_visible_words)
    if root is None:
        return _structured(root, region)
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
    return _with_boxes(_structured(best, region), doc)


@lru_cache(maxsize=1)
def _box_titles() -> re.Pattern:
    with open(Path(__file__).parent.parent / "data" / "sections.toml", "rb") as f:
        titles = tomllib.load(f)["page_boxes"]["titles"]
    return re.compile(r"^(?:" + "|".join(re.escape(t) for t in titles) + r")(?![\wåäö])", re.I)


def _with_boxes(root, doc):
    """The boxes beside the article that a reader takes as part of it (data/sections.toml
    [page_boxes]: 'Kontakt', 'Fakta' in an <aside>) are appended to it when extraction left them
    out: the contact person and the decision a volunteer asks about. Menus, headers and footers
    are never read."""
    if root is None:
        return root
    from lxml import html as lxml_html

    seen = re.sub(r"\s+", "", "".join(root.itertext()))
    body = root.find("main") if root.find("main") is not None else root
    for aside in doc.xpath("//aside"):
        if any(
            isinstance(a.tag, str) and a.tag.lower() in ("header", "footer", "nav")
            for a in aside.iterancestors()
        ):
            continue
        for h in list(aside.iter("h2", "h3", "h4", "h5", "h6")):
            title = re.sub(r"\s+", " ", h.text_content()).strip()
            box = h.getparent()
            if not _box_titles().match(title) or box is None:
                continue
            if box is aside:  # the heading and what follows it up to the next heading
                parts = [h]
                for sib in h.itersiblings():
                    if isinstance(sib.tag, str) and _HEADING.fullmatch(sib.tag.lower()):
                        break
                    parts.append(sib)
                box = lxml_html.Element("div")
                for p in parts:
                    box.append(_copy(p))
            for br in box.iter("br"):  # 'Föreningsenheten<br>Kultur- och fritidsförvaltningen': two words
                br.tail = " " + (br.tail or "")
            text = re.sub(r"\s+", "", box.text_content())
            if not text or text in seen:
                continue
            for el in _own_xml(box).find("main"):
                body.append(el)
            seen += text
    return root


def _copy(el):
    from copy import deepcopy

    c = deepcopy(el)
    c.tail = None
    return c


def _structured(root, region):
    """trafilatura's extraction, unless it lost every heading of a page that has them: then the
    region read here, tag by tag."""
    if (root is None or root.find(".//head") is None) and _headings(region) >= 3:
        return _own_xml(region)
    return root


# ------------------------------------------------------------- the page read tag by tag

_HEADING = re.compile(r"h[1-6]")


def _headings(el) -> int:
    return sum(
        1
        for h in el.iter()
        if isinstance(h.tag, str) and _HEADING.fullmatch(h.tag) and h.text_content().strip()
    )


def _own_xml(region):
    """The region as trafilatura's XML: headings, paragraphs, lists and tables in document order,
    page chrome and hidden elements left out."""
    from lxml import etree

    root = etree.Element("doc")
    body = etree.SubElement(root, "main")

    def text_of(el) -> str:
        return re.sub(r"\s+", " ", el.text_content()).strip()

    def walk(el, out) -> None:
        for c in el:
            if not isinstance(c.tag, str):
                continue
            tag = c.tag.lower()
            if (
                tag in _CHROME
                or "hidden" in c.attrib
                or "display:none" in (c.get("style") or "").replace(" ", "")
            ):
                continue
            if _HEADING.fullmatch(tag):
                if text_of(c):
                    etree.SubElement(out, "head", rend=tag).text = text_of(c)
            elif tag in ("ul", "ol"):
                lst = etree.SubElement(out, "list", rend=tag)
                for li in c:
                    if isinstance(li.tag, str) and li.tag.lower() == "li":
                        item = etree.SubElement(lst, "item")
                        item.text = text_of(li)
            elif tag == "table":
                table = etree.SubElement(out, "table")
                for tr in c.iter("tr"):
                    row = etree.SubElement(table, "row")
                    for td in tr:
                        if isinstance(td.tag, str) and td.tag.lower() in ("td", "th"):
                            cell = etree.SubElement(row, "cell")
                            paras = [text_of(p) for p in td.iter("p", "li") if text_of(p)]
                            for t in paras if len(paras) > 1 else []:
                                etree.SubElement(cell, "p").text = t
                            if len(paras) <= 1:
                                cell.text = text_of(td)
            elif tag == "dl":  # a term with its description on one line: 'Beslutad: Kommunfullmäktige …'
                term = ""
                for d in c:
                    if not isinstance(d.tag, str):
                        continue
                    if d.tag.lower() == "dt":
                        if term:
                            etree.SubElement(out, "p").text = term
                        term = text_of(d)
                    elif d.tag.lower() == "dd" and text_of(d):
                        sep = "" if not term else term + ("" if term.endswith(":") else ":") + " "
                        etree.SubElement(out, "p").text = sep + text_of(d)
                        term = ""
                if term:
                    etree.SubElement(out, "p").text = term
            elif tag in ("p", "blockquote", "pre", "dd", "dt", "li"):
                if text_of(c):
                    etree.SubElement(out, "p").text = text_of(c)
            else:
                if c.text and c.text.strip():
                    etree.SubElement(out, "p").text = c.text.strip()
                walk(c, out)
                if c.tail and c.tail.strip():
                    etree.SubElement(out, "p").text = c.tail.strip()

    walk(region, body)
    return root
