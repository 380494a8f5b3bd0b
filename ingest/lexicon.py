"""Swedish lexicon for OCR repair: word frequencies, a diacritic-folded index, clean-corpus context.

The base lexicon is wordfreq's Swedish "large" list (~340k word forms with frequencies). It is
loaded lazily, once per process. On top of it `Lexicon` mixes in the counts of the corpus's clean
documents (domain vocabulary and word pairs), which the OCR repair uses as extra evidence.

Frequencies are on the Zipf scale (log10 of occurrences per billion words): 7 is "för", 3 a rare
word, 0 unknown.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

# Folding used by the index: every å/ä becomes a, ö becomes o, é becomes e. OCR that loses
# diacritics maps a word onto its fold; looking the fold up gives the real words it may stand for.
_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "à": "a", "è": "e", "ü": "u"})

WORD_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")
# Word pairs are only counted when nothing but spaces, a comma or a single line break separates them.
_PAIR_GAP_RE = re.compile(r"^[ \t]*,?[ \t]*\n?[ \t]*$")


def fold(word: str) -> str:
    return word.translate(_FOLD)


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, float]:
    """wordfreq's Swedish 'large' list: word -> frequency (share of all tokens)."""
    import wordfreq

    return wordfreq.get_frequency_dict("sv", "large")


def _zipf(word: str) -> float:
    f = word_frequencies().get(word, 0.0)
    return math.log10(f * 1e9) if f > 0 else 0.0


VERB_ZIPF = 2.0  # a form rarer than this is taken as absent from the language


def verb_form(word: str) -> bool:
    """A Swedish infinitive/imperative or present-tense verb ('informera', 'se', 'införa', 'bjuder'),
    judged from the lexicon by the verb's other forms: an infinitive in -a/-e has a present tense
    in -r or -er ('samla' -> 'samlar', 'erbjuda' -> 'erbjuder', 'föra' -> 'för') and is not a noun
    whose plural is -or ('skola' -> 'skolor'); a present tense has an infinitive ('bjuder' ->
    'bjuda', 'informerar' -> 'informera'). Adjectives ('årliga', 'nya') and nouns ('översyn',
    'kartläggning') have none of them."""
    w = word.lower()
    if len(w) < 2:
        return False
    if w[-1] in "ae":
        if w[-1] == "e" and len(w) > 4:
            return False  # a noun in -e ('utbildningsserie'); the verbs in -e are short ('se', 'utse')
        present = max(_zipf(w + "r"), _zipf(w[:-1] + "er"), _zipf(w[:-1]) if w[-2:] == "ra" else 0.0)
        return present >= VERB_ZIPF and _zipf(w[:-1] + "or") < present
    if w[-1] == "r":
        return _zipf(w[:-2] + "a") >= VERB_ZIPF or (w[-2] == "a" and _zipf(w[:-1]) >= VERB_ZIPF)
    return False


@lru_cache(maxsize=1)
def _accented_index() -> dict[str, tuple[str, ...]]:
    """Fold -> the words with å/ä/ö/é... that fold to it (plain words are their own fold)."""
    index: dict[str, list[str]] = {}
    for word in word_frequencies():
        folded = word.translate(_FOLD)
        if folded != word and word.isalpha():
            index.setdefault(folded, []).append(word)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("swedish")


def stem(word: str) -> str:
    return _stemmer().stemWord(word)


def build_clean_vocab(texts: Iterable[str]) -> Counter[str]:
    """Lower-cased word counts of clean documents, plus word-pair counts under keys "a b".

    Pass the result as `clean_vocab` to `ingest.ocr.find_ocr_edits`: single words give domain
    frequencies, pairs give context (e.g. "vår gemensamma", "det fortsatta").
    """
    counts: Counter[str] = Counter()
    for text in texts:
        prev: re.Match[str] | None = None
        for m in WORD_RE.finditer(text):
            w = m.group().lower()
            counts[w] += 1
            if prev is not None and _PAIR_GAP_RE.match(text[prev.end() : m.start()]):
                counts[f"{prev.group().lower()} {w}"] += 1
            prev = m
    return counts


class Lexicon:
    """wordfreq frequencies mixed with a clean corpus's own counts, plus pair statistics."""

    def __init__(self, clean_vocab: Counter[str] | None = None, clean_weight: float = 0.2) -> None:
        self.freq = word_frequencies()
        self.index = _accented_index()
        self.uni: Counter[str] = Counter()
        self.pairs: Counter[tuple[str, str]] = Counter()
        self.stem_uni: Counter[str] = Counter()
        self.stem_pairs: Counter[tuple[str, str]] = Counter()
        for key, n in (clean_vocab or Counter()).items():
            if n <= 0:
                continue
            if " " in key:
                a, _, b = key.partition(" ")
                self.pairs[(a, b)] += n
                self.stem_pairs[(stem(a), stem(b))] += n
            else:
                self.uni[key] += n
                self.stem_uni[stem(key)] += n
        self.total = sum(self.uni.values())
        self.clean_weight = clean_weight if self.total else 0.0
        self.extra: dict[str, list[str]] = {}  # clean words wordfreq does not know
        for w in self.uni:
            if w.isalpha() and w not in self.freq:
                self.extra.setdefault(fold(w), []).append(w)
        self._zipf: dict[str, float] = {}
        self._folds: dict[str, tuple[str, ...]] = {}
        self._lifts: dict[tuple[str, str], float] = {}

    def zipf(self, word: str) -> float:
        """Zipf frequency of `word` (0.0 if unknown), wordfreq mixed with the clean corpus."""
        z = self._zipf.get(word)
        if z is None:
            p = (1 - self.clean_weight) * self.freq.get(word, 0.0)
            if self.total:
                p += self.clean_weight * self.uni.get(word, 0) / self.total
            z = math.log10(p) + 9 if p > 0 else 0.0
            self._zipf[word] = z = max(z, 0.0)
        return z

    def words_with_fold(self, folded: str) -> tuple[str, ...]:
        """All known words whose diacritic fold is `folded`."""
        hit = self._folds.get(folded)
        if hit is None:
            hit = self.index.get(folded, ())
            if folded in self.freq:
                hit = (folded,) + hit
            hit += tuple(self.extra.get(folded, ()))
            self._folds[folded] = hit
        return hit

    def pair_lift(self, a: str, b: str) -> float:
        """log10 association of the word pair (a, b) in the clean corpus (0 when never seen).

        Interpolated pointwise mutual information: log10(1 - l + l * n(a,b) N / (n(a) n(b))),
        on word forms and (with a smaller weight) on Swedish stems; capped at 2.
        """
        if not self.total:
            return 0.0
        hit = self._lifts.get((a, b))
        if hit is None:
            hit = self._lifts[(a, b)] = self._pair_lift(a, b)
        return hit

    def _pair_lift(self, a: str, b: str) -> float:
        score = 0.8
        n_ab = self.pairs.get((a, b), 0)
        if n_ab:
            score += 0.15 * n_ab * self.total / max(1, self.uni[a] * self.uni[b])
        sa, sb = stem(a), stem(b)
        s_ab = self.stem_pairs.get((sa, sb), 0)
        if s_ab:
            score += 0.05 * s_ab * self.total / max(1, self.stem_uni[sa] * self.stem_uni[sb])
        return min(math.log10(score) + 0.097, 2.0)  # +0.097 makes "never seen" exactly 0
