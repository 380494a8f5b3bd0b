#!/usr/bin/env python3
"""OCR the image-only PDF with tesseract (swe) and check that every commitment
and gold quote of expected.json is found, normalised as check_layouts.py does
(whitespace, line-end hyphenation, case)."""
import json, os, re, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
dpi = sys.argv[1] if len(sys.argv) > 1 else "300"
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(["pdftoppm", "-r", dpi, "-gray", "-png", os.path.join(HERE, exp["file"]), f"{tmp}/p"], check=True)
    raw = ""
    for f in sorted(os.listdir(tmp)):
        raw += subprocess.run(["tesseract", f"{tmp}/{f}", "-", "-l", "swe"], capture_output=True, text=True).stdout
open(os.path.join(tempfile.gettempdir(), "g10_ocr.txt"), "w").write(raw)
text = re.sub(r"\s+", " ", re.sub(r"(\w)-\n(\w)", r"\1\2", raw)).strip().lower()
quotes = [c["text"] for c in exp["commitments"]] + [g for q in exp["questions"] for g in q["gold"]]
miss = [q for q in quotes if re.sub(r"\s+", " ", q).strip().lower() not in text]
print(f"{len(quotes) - len(miss)}/{len(quotes)} quotes found in OCR text")
for m in miss:
    print("  MISS:", m)
