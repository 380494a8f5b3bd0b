"""Cleaning: remove what is not the document, repair OCR damage, keep a map to the original.

Each rule returns `Edit`s over the original text; `clean()` applies them all at once with
`apply_edits`, so the original is never altered and every clean span maps back exactly.
Rules are generic (web transcript headers, page markers, teaser tails, tables of contents,
markup, OCR damage), not tied to one file.
"""

from __future__ import annotations

import bisect
import html
import re
from collections import Counter
from collections.abc import Iterable

from .cleantext import CleanText, Edit, apply_edits
from .records import Document

OCR_THRESHOLD = 0.06  # share of implausible words above which OCR repair runs


def web_header_edits(text: str) -> list[Edit]:
    """A web page's chrome before a line 'Transkript' / 'Transcript' (a PDF's transcript page)."""
    m = re.search(r"(?m)^[ \t]*(Transkript|Transcript)[ \t]*\n", text[:5000])
    if not m:
        return []
    head = text[: m.start()].lower()
    if not any(w in head for w in ("download", "save this", "ladda ner", "pdf", "visningen")):
        return []
    return [Edit(0, m.end(), "", "web page header")]


_PAGE_MARKER = re.compile(r"(?m)(?:^|(?<=\n))(\d{1,3}) (\d{1,3}) S ?ida ")
_TRANSCRIPT_PAGE = re.compile(r"(?m)^(\d{1,3}) (?=\S)")


def page_marker_edits(text: str) -> list[Edit]:
    """Transcript page markers like '3 2 S ida ' and the bare page counter '1 ' at a page start."""
    edits = [Edit(m.start(), m.end(), "", "page marker") for m in _PAGE_MARKER.finditer(text)]
    if edits:
        # the first transcript page often has only its counter: '1 Länsöverenskommelsen ...'
        first = _TRANSCRIPT_PAGE.search(text)
        if first and first.group(1) == "1" and first.start() < edits[0].start:
            edits.insert(0, Edit(first.start(), first.end(), "", "page marker"))
    edits += [Edit(m.start(), m.end(), "", "page marker") for m in _PAGE_LINE.finditer(text)]
    return edits


# a line that is only a page number: 'Sida 3', 'Sida 3 av 12', 'Page 3 (12)', '- 3 -', '3 (12)', '3/12'
_PAGE_LINE = re.compile(
    r"(?mi)^[ \t]*(?:(?:sida|page|s\.)[ \t]*\d{1,3}(?:[ \t]*(?:av|of|/)[ \t]*\d{1,3}|[ \t]*\(\d{1,3}\))?"
    r"|[-–—][ \t]*\d{1,3}[ \t]*[-–—]|\d{1,3}[ \t]*(?:\(\d{1,3}\)|/[ \t]*\d{1,3}))[ \t]*$"
)


def running_header_edits(text: str) -> list[Edit]:
    """A running header or footer of a text pasted from a paged document: a line found next to two
    or more page breaks (a page-number line or a form feed), removed wherever it stands alone."""
    lines = [
        (m.start(), m.end(), re.sub(r"\s+", " ", m.group()).strip()) for m in re.finditer(r"[^\n\f]*", text)
    ]
    lines = [ln for ln in lines if ln[2] or ln[0] < len(text) and text[ln[0] : ln[0] + 1] == "\f"]
    content = [i for i, ln in enumerate(lines) if ln[2]]
    breaks = [m.start() for m in _PAGE_LINE.finditer(text)] + [m.start() for m in re.finditer("\f", text)]
    if len(breaks) < 2:
        return []
    starts = [lines[i][0] for i in content]
    near: Counter[str] = Counter()
    for b in breaks:
        j = bisect.bisect_left(starts, b)
        seen = set()
        for k in (j - 2, j - 1, j, j + 1, j + 2):
            if 0 <= k < len(content):
                t = lines[content[k]][2]
                if t and not _PAGE_LINE.match(t) and len(t) <= 120 and not t.endswith(":"):
                    seen.add(t)
        near.update(seen)
    occurs = Counter(t for _, _, t in lines if t)
    furniture = {t for t, n in near.items() if n >= 2 and occurs[t] >= 2}
    return [Edit(a, b, "", "running header") for a, b, t in lines if t in furniture]


def teaser_tail_edits(text: str) -> list[Edit]:
    """A tail of other documents' teasers, each ending in a 'Läs mer' line: not this document."""
    marks = [m.start() for m in re.finditer(r"(?m)^[ \t]*(Läs mer|Read more)[ \t]*$", text)]
    if len(marks) < 2:
        return []
    # the tail starts at the title paragraph of the first teaser: two paragraphs before 'Läs mer'
    first = marks[0]
    paras = [m.start() for m in re.finditer(r"\n[ \t]*\n", text[:first])]
    if len(paras) < 3:
        return []
    start = paras[-3]
    return [Edit(start, len(text), "\n", "teaser tail of other documents")]


_TOC_HEAD = re.compile(r"(?mi)^[ \t]*(Innehållsförteckning|Innehåll)[ \t]*$")
_TOC_LINE = re.compile(r"(?m)^[ \t]*\d+(\.\d+)*\.?\t.*?\t?\d*[ \t]*$|^.*\.{4,}.*$")


def toc_edits(text: str) -> list[Edit]:
    """Tables of contents: a heading line with its dotted/tabbed entries, or an inline run."""
    edits: list[Edit] = []
    m = _TOC_HEAD.search(text)
    if m:
        end = m.end()
        pos = end
        for line in re.finditer(r"[^\n]*\n?", text[end:]):
            s = line.group()
            if not s:
                break
            if s.strip() == "" or _TOC_LINE.match(s.rstrip("\n")):
                pos = end + line.end()
                continue
            break
        edits.append(Edit(m.start(), pos, "\n", "table of contents"))
    # inline TOC from a flattened PDF: 'Innehåll Innehåll Inledning Syfte ... Bilaga 2 Definitioner'
    for m2 in re.finditer(r"Innehåll(?: Innehåll)? (?=[A-ZÅÄÖ])", text):
        if any(e.start <= m2.start() < e.end for e in edits):
            continue
        stop = text.find("\n", m2.end())
        stop = len(text) if stop < 0 else stop
        edits.append(Edit(m2.start(), stop, "", "table of contents"))
    return edits


def markup_edits(text: str) -> list[Edit]:
    """Word-processor bookmarks and, in HTML files, tags, scripts, styles and entities."""
    edits = [Edit(m.start(), m.end(), "", "bookmark") for m in re.finditer(r"\[bookmark:[^\]\n]*\]", text)]
    if re.search(r"<(html|body|p|div|h[1-6])\b", text[:5000], re.I):
        for m in re.finditer(r"(?is)<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]{0,2000}>", text):
            block = m.group().lower()
            is_block = re.match(r"</?(p|div|h[1-6]|li|br|tr|section|article|ul|ol)\b", block)
            edits.append(Edit(m.start(), m.end(), "\n" if is_block else "", "markup"))
        for m in re.finditer(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", text, re.I):
            edits.append(Edit(m.start(), m.end(), html.unescape(m.group()), "entity"))
    return edits


def soft_hyphen_edits(text: str) -> list[Edit]:
    """Join words hyphenated by a PDF mid-line ('Överenskom-melsen'); keep 'social- och'."""
    edits = []
    for m in re.finditer(r"(?<=[a-zåäöé]{2})-(?=([a-zåäö]+))", text):
        right = m.group(1)
        token_start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start()))
        token = text[token_start + 1 : m.end() + len(right) + 1]
        if "/" in token or "http" in token or "@" in token:
            continue
        if right in ("och", "eller", "samt", "till"):
            continue
        edits.append(Edit(m.start(), m.end(), "", "hyphenation"))
    return edits


# what is not the document (the word-level repairs come after these)
RULES = (
    web_header_edits,
    teaser_tail_edits,
    page_marker_edits,
    running_header_edits,
    toc_edits,
    markup_edits,
)


def document_edits(text: str, markdown: bool = False) -> list[Edit]:
    """What is not the document: the RULES, and a Markdown file's syntax."""
    edits: list[Edit] = []
    for rule in RULES:
        edits += rule(text)
    if markdown:
        from .loaders.markdown import markdown_edits

        edits += markdown_edits(text)
    return edits


def clean(doc: Document, clean_vocab: Counter[str] | None = None) -> CleanText:
    """The cleaned text of a document with its offset map (see module docstring)."""
    text = doc.text
    edits = document_edits(text, doc.layout is not None and doc.layout.format == "md")
    removed = [(e.start, e.end) for e in edits]

    def inside_removed(e: Edit) -> bool:
        return any(a <= e.start and e.end <= b for a, b in removed)

    word_edits: list[Edit] = []
    from . import ocr

    if ocr.ocr_damage_score(text) > OCR_THRESHOLD:
        word_edits = ocr.find_ocr_edits(text, clean_vocab)
    else:
        word_edits = soft_hyphen_edits(text)
    edits += [e for e in word_edits if not inside_removed(e)]
    return apply_edits(text, edits)


def vocabulary(texts: Iterable[str]) -> Counter[str]:
    """Word and word-pair counts of the clean documents: evidence for OCR repair of the others."""
    from .lexicon import build_clean_vocab

    return build_clean_vocab(texts)
