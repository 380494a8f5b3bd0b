"""Markdown: headings, list items and table cells as blocks, in the file's own offsets.

The text of a .md document is the file itself (citations index into it); markdown-it-py reads its
block structure (ATX and setext headings, nested and numbered lists, GFM tables), and
`markdown_edits` (used by `ingest.clean`) leaves the syntax out of the clean text: emphasis
markers, link targets, footnote references, table pipes, `<br>` and comments.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from ..cleantext import Edit
from ..records import Block

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:.*\n)*?(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
_BR = re.compile(r"<br\s*/?>", re.I)
# a paragraph opening with a bold run-in heading: '**Långsiktighet.** Kommunen ska …'
_RUN_IN = re.compile(r"(\*\*|__)([^*_\n]{2,60}?)(?:[.:]\1|\1[.:])(?=\s|$)")


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def _cells(line: str) -> list[tuple[int, int]]:
    """Spans of a table row's cells within `line` (unescaped pipes separate them)."""
    seps = [m.start() for m in re.finditer(r"(?<!\\)\|", line)]
    bounds = [-1, *seps, len(line)]
    spans = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        seg = line[a + 1 : b]
        if a == -1 and not seg.strip() or b == len(line) and not seg.strip():
            continue  # outside the leading / trailing pipe
        lead = len(seg) - len(seg.lstrip())
        spans.append((a + 1 + lead, a + 1 + len(seg.rstrip())))
    return spans


def _pieces(line: str, a: int, b: int) -> list[tuple[int, int]]:
    """A cell's paragraphs: its text split at `<br>`."""
    out, pos = [], a
    for m in _BR.finditer(line, a, b):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, b))
    spans = []
    for x, y in out:
        seg = line[x:y]
        if seg.strip():
            spans.append((x + len(seg) - len(seg.lstrip()), x + len(seg.rstrip())))
    return spans


def markdown_blocks(text: str) -> tuple[Block, ...]:
    front = _FRONT_MATTER.match(text)
    body = text
    if front:  # YAML front matter: its lines stay in the text (label lines), outside the parse
        body = "\n" * front.group().count("\n") + text[front.end() :]
    lines = text.split("\n")
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)

    def span(first: int, last: int) -> tuple[int, int]:
        """Offsets of lines [first, last) without surrounding whitespace."""
        a, b = starts[first], starts[last] - 1
        seg = text[a:b]
        return a + len(seg) - len(seg.lstrip()), a + len(seg.rstrip())

    blocks: list[Block] = []
    tokens = _parser().parse(body)
    depth = 0
    item_stack: list[tuple[str, bool]] = []  # (marker, text seen) of the open list items
    table = -1
    row = -1
    header: list[str] = []
    heading_level = 0
    for tok in tokens:
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif tok.type == "list_item_open":
            marker = f"{tok.info}{tok.markup}" if tok.info else tok.markup
            item_stack.append((marker, False))
        elif tok.type == "list_item_close":
            item_stack.pop()
        elif tok.type == "heading_open" and tok.map:
            heading_level = int(tok.tag[1])
            first = tok.map[0]
            a, b = span(first, first + 1)
            m = re.match(r"#{1,6}[ \t]+", text[a:b])
            if m:
                a += m.end()
                b = a + len(re.sub(r"[ \t]+#+[ \t]*$", "", text[a:b]))
            blocks.append(Block("heading", a, b, level=heading_level))
        elif tok.type == "paragraph_open" and tok.map:
            if item_stack and not item_stack[-1][1]:
                marker, _ = item_stack[-1]
                item_stack[-1] = (marker, True)
                first, last = tok.map
                a, b = span(first, last)
                m = re.match(r"([-*+•]|\d{1,3}[.)])[ \t]+", text[a:b])
                a += m.end() if m else 0
                blocks.append(Block("item", a, b, level=max(0, depth - 1), marker=marker))
            elif not item_stack:
                a, b = span(*tok.map)
                m = _RUN_IN.match(text, a)
                if m and len(m.group(2).split()) <= 5:
                    # a bold run-in heading: one level below the section it opens a part of
                    blocks.append(
                        Block("heading", m.start(2), m.end(2), level=min(6, max(heading_level, 1) + 1))
                    )
                else:  # a paragraph is prose however short its lines: headings are marked in Markdown
                    blocks.append(Block("paragraph", a, b))
        elif tok.type == "table_open":
            table += 1
            row = -1
            header = []
        elif tok.type == "tr_open" and tok.map:
            line_no = tok.map[0]
            line = lines[line_no]
            cells = _cells(line)
            row += 1
            texts = [re.sub(r"\s+", " ", _BR.sub(" ", line[a:b])).strip() for a, b in cells]
            if row == 0:
                header = texts
            for col, (a, b) in enumerate(cells):
                for x, y in _pieces(line, a, b):
                    blocks.append(
                        Block(
                            "cell",
                            starts[line_no] + x,
                            starts[line_no] + y,
                            table=table,
                            row=row,
                            col=col,
                            row_header=texts[0] if col else "",
                            col_header=header[col] if row and col < len(header) else "",
                        )
                    )
    return tuple(sorted(blocks, key=lambda b: b.start))


def markdown_edits(text: str) -> list[Edit]:
    """Markdown syntax left out of the clean text, every removal mapped back to the file."""
    edits: list[Edit] = []
    front = _FRONT_MATTER.match(text)
    if front:  # YAML front matter: each 'key: value' a label and its value, like a table row
        for m in re.finditer(r"(?m)^([\w åäöÅÄÖ-]{2,40}):[ \t]+(?=\S)", front.group()):
            edits.append(Edit(m.end(1), m.end(), "\t", "front matter field"))
        for m in re.finditer(r"(?m)^(?:---|\.\.\.)[ \t]*$", front.group()):
            edits.append(Edit(m.start(), m.end(), "", "front matter fence"))
    for m in re.finditer(r"(?s)<!--.*?-->", text):
        edits.append(Edit(m.start(), m.end(), "", "markdown comment"))
    for m in _BR.finditer(text):
        edits.append(Edit(m.start(), m.end(), "\n", "markdown line break"))
    for m in re.finditer(r"(?m)^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", text):
        edits.append(Edit(m.start(), m.end(), "", "table rule"))
    for m in re.finditer(r"(?m)^[ \t]*(={2,}|-{2,})[ \t]*$", text):
        edits.append(Edit(m.start(), m.end(), "", "setext underline"))
    pos = 0
    for line in text.split("\n"):
        row = line.strip()
        if row.startswith("|") and row.endswith("|") and len(row) > 1:  # a table row
            for m in re.finditer(r"[ \t]*(?<!\\)\|[ \t]*", line):
                inner = bool(line[: m.start()].strip()) and bool(line[m.end() :].strip())
                edits.append(Edit(pos + m.start(), pos + m.end(), "\t" if inner else "", "table pipe"))
        pos += len(line) + 1
    for m in re.finditer(r"(\*\*|__)(?=\S)|(?<=\S)(\*\*|__)", text):
        edits.append(Edit(m.start(), m.end(), "", "emphasis"))
    for m in re.finditer(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,200}?)(?<=\S)\*(?![\w*])", text):
        edits.append(Edit(m.start(), m.start() + 1, "", "emphasis"))
        edits.append(Edit(m.end() - 1, m.end(), "", "emphasis"))
    for m in re.finditer(r"\[\^[^\]\s]{1,10}\](?!:)", text):
        edits.append(Edit(m.start(), m.end(), "", "footnote reference"))
    for m in re.finditer(r"(?m)^\[\^([^\]\s]{1,10})\]:[ \t]*", text):
        edits.append(Edit(m.start(), m.end(), f"{m.group(1)} ", "footnote"))
    for m in re.finditer(r"(?<!!)\[([^\]\n]{1,300})\]\(([^)\s]{1,500})\)", text):
        edits.append(Edit(m.start(), m.start() + 1, "", "link"))
        edits.append(Edit(m.start() + 1 + len(m.group(1)), m.end(), "", "link target"))
    for m in re.finditer(r"(?m)^[ \t]*\[\[_?TOC_?\]\][ \t]*$", text):
        edits.append(Edit(m.start(), m.end(), "", "table of contents marker"))
    # a converter's table of contents: lines that are only a link to a place in the page
    # ('[4.2 Dialog [5](#_Toc161318206)](#_Toc161318206)')
    for m in re.finditer(r"(?m)^[ \t]*(?:[-*+][ \t]+)?\[[^\n]{1,300}\]\(#[^)\s]{1,200}\)[ \t]*$", text):
        edits.append(Edit(m.start(), m.end(), "", "table of contents"))
    # pandoc's attributes: an empty anchor span ('[]{#_Toc16 .anchor}'), a span's class
    # ('[understruken]{.underline}' keeps its text) and an image's size ('{width="2in"}')
    for m in re.finditer(r"\[\]\{[^}\n]{0,200}\}", text):
        edits.append(Edit(m.start(), m.end(), "", "anchor"))
    for m in re.finditer(r"(?<!\])\[([^\]\n]{1,300})\]\{[.#][^}\n]{0,200}\}", text):
        edits.append(Edit(m.start(), m.start() + 1, "", "span"))
        edits.append(Edit(m.start() + 1 + len(m.group(1)), m.end(), "", "span attributes"))
    for m in re.finditer(r"(?<=\))\{(?:width|height)=[^}\n]{0,200}\}", text):
        edits.append(Edit(m.start(), m.end(), "", "image attributes"))
    for m in re.finditer(r"(?m)^[ \t]*>[ \t]?", text):
        edits.append(Edit(m.start(), m.end(), "", "quote marker"))
    return _disjoint(edits)


def _disjoint(edits: list[Edit]) -> list[Edit]:
    """Overlapping edits (a pipe inside a comment) keep the first, outermost one."""
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, -(e.end - e.start))):
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out
