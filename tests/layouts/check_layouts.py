#!/usr/bin/env python3
"""Sanity-check the layout suite: every expected.json is well-formed and every
commitment text and gold quote can be found in the text extracted from the
generated file (whitespace-normalised; for the PDF also after joining
line-end hyphenation). Standard library + pdftotext only.

Run from anywhere:  python3 tests/layouts/check_layouts.py [FOLDER]   (default: this folder)
Exit status 1 if a structural rule is broken; text misses are reported.
"""
import json
import os
import re
import subprocess
import sys
import zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PRINCIPLES = {"sjalvstandighet_och_oberoende", "dialog", "kvalitet", "langsiktighet",
              "oppenhet_och_insyn", "mangfald", "samhallsutveckling"}
PARTIES = {"public", "civil_society", "joint"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(paras)


class _HTML(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style")
        self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return docx_text(path)
    if ext == "pdf":
        raw = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
        return re.sub(r"(\w)-\n(\w)", r"\1\2", raw)
    if ext in ("html", "htm"):
        h = _HTML()
        h.feed(read_text(path))
        return "".join(h.parts)
    return read_text(path)


def read_text(path):
    """UTF-8, or the windows-1252 a Word 'web page' export declares."""
    raw = open(path, "rb").read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    bad = 0
    base = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
    folders = sorted(d for d in os.listdir(base)
                     if os.path.isfile(os.path.join(base, d, "expected.json")))
    for d in folders:
        exp = json.load(open(os.path.join(base, d, "expected.json"), encoding="utf-8"))
        problems = []
        if exp["layout"] != d:
            problems.append("layout != folder name")
        md = exp["metadata"]
        for k in ("doc_id", "title", "place", "organisation", "kind", "date", "body"):
            if k not in md:
                problems.append(f"metadata.{k} missing")
        if md.get("kind") not in ("överenskommelse", "policy"):
            problems.append("bad kind")
        if md.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", md["date"]):
            problems.append("bad date")
        for c in exp["commitments"]:
            p = c["principle"]
            if p is not None and p not in PRINCIPLES and not re.fullmatch(r"[a-z_]+", p):
                problems.append(f"bad principle {p}")
            if c["party"] not in PARTIES:
                problems.append(f"bad party {c['party']}")
        qs = exp["questions"]
        if not 8 <= len(qs) <= 10:
            problems.append(f"{len(qs)} questions")
        if sum(not q["answerable"] for q in qs) != 2:
            problems.append("unanswerable count != 2")
        for q in qs:
            if q["answerable"] != bool(q["gold"]):
                problems.append(f"{q['id']}: answerable/gold mismatch")
            for m in q["must_mention"]:
                if not any(m in g for g in q["gold"]):
                    problems.append(f"{q['id']}: must_mention {m!r} not in gold")
        if problems:
            bad = 1
        text = norm(extract(os.path.join(base, d, exp["file"])))
        low = text.lower()
        misses = [c["text"] for c in exp["commitments"] if norm(c["text"]).lower() not in low]
        misses += [g for q in qs for g in q["gold"] if norm(g).lower() not in low]
        print(f"{d:18} {exp['file']:40} commitments={len(exp['commitments']):2} "
              f"questions={len(qs):2} structural_problems={len(problems)} text_misses={len(misses)}")
        for p in problems:
            print("   PROBLEM:", p)
        for m in misses:
            print("   not found verbatim in extracted text:", m[:110])
    sys.exit(bad)


if __name__ == "__main__":
    main()
