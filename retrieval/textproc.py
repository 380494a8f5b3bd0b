"""Tokens for BM25 and matching: Swedish Snowball stems, lower-cased and accent-folded."""

from __future__ import annotations

import functools
import re

from ingest.vocab import fold

_WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+")
STOPWORDS = set(
    fold(w)
    for w in """och i att det som en på är av för med till den de om har inte eller ett vad var
    hur vilka vilken vilket kan ska skall sig sin sina så men från vid under också även detta dessa
    samt genom the of and to in a is what which how does do for on by with about are be an \
have has had""".split()
)

# a sentence opening with one of these points back at the sentence before it ('Dess uppdrag …')
POINTS_BACK = re.compile(
    r"^(Dessa|Detta|Denna|Dess|Därför|Därmed|Dessutom|Vidare|I detta|I dessa|"
    r"These|This|Therefore)\b"
    # 'De ska kunna ha den rollen …': a pronoun subject, not the article ('De idéburna …')
    r"|^(De|Den) (ska|skall|kan|har|är|bör|får|vill|måste)\b"
)


@functools.lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("swedish")


@functools.lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return fold(_stemmer().stemWord(word))


def tokens(text: str, keep_stopwords: bool = False) -> list[str]:
    out = []
    for w in _WORD.findall(text.lower()):
        f = fold(w)
        if not keep_stopwords and (f in STOPWORDS or len(f) < 2):
            continue
        out.append(_stem(w))
    return out
