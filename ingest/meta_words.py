"""The genre's words for metadata (ingest/data/meta.toml, read once) and the folding that compares them:
shared by `ingest.meta` and `ingest.meta_dates`."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "meta.toml"
HEADER_LINES = 15  # lines at the top where a header table or a page header's date stands
_FOLD = str.maketrans("åäöéàèüÅÄÖÉÀÈÜ", "aaoeaeuAAOEAEU")


@lru_cache(maxsize=1)
def _vocab() -> dict:
    with open(DATA, "rb") as f:
        return tomllib.load(f)


def vocabulary() -> dict:
    """The genre's metadata words (data/meta.toml), for other stages that read dates or bodies."""
    return _vocab()


def fold(text: str) -> str:
    """Lower case without å/ä/ö/é, same length as `text`, so positions carry over."""
    folded = text.translate(_FOLD).lower()
    return folded if len(folded) == len(text) else "".join(c.translate(_FOLD).lower()[:1] or c for c in text)


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def slugify(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(value).lower()).strip("-") or "doc"


@lru_cache(maxsize=1)
def _run_on() -> frozenset[str]:
    return frozenset(fold(w) for w in _vocab()["title"]["run_on"])


def _alt(words) -> str:
    return "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
