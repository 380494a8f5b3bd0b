"""Lexicon-driven repair of OCR-damaged Swedish, as offset-preserving edits.

The original text is never changed: `find_ocr_edits` returns `Edit`s that `ingest.cleantext.apply_edits`
turns into a clean text with an exact map back to the original.

How a word is repaired (a noisy-channel model):
- Candidates. Each token is read as a sequence of units; a unit is a character or a known OCR
  confusion (`CHANNEL`: "d" may stand for ä/å/ö, "ia" for ä, "6" for ö, ...). Every reading is
  folded (å/ä -> a, ö -> o, é -> e) and looked up in a folded index of wordfreq's Swedish list, which
  restores the diacritics; long words are split into known parts (compounds, optionally with a
  linking -s-/vowel, or a genitive -s). A missing space after a function word ("Attverka",
  "Iarbetet") gives split candidates; unknown short words may also get one lost å/ä/ö inserted or
  one stray letter deleted.
- Scores. log10 frequency (wordfreq mixed with the clean documents' counts) + log10 probability of
  the damage, P(seen | meant) = D * CHANNEL[meant][seen]. D, the share of å/ä/ö the OCR lost, is
  estimated locally from how many å/ä/ö the text still has; in clean text D is ~0 and no word is
  touched. A correct word that is also a plausible damaged form ("for", "var", "stod") keeps a
  margin, and the choice over a run of words is made by Viterbi with word-pair evidence from the
  clean documents ("vår gemensamma", "det fortsatta arbetet").
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from ingest.cleantext import Edit
from ingest.lexicon import _PAIR_GAP_RE, Lexicon, fold

# P(seen | meant) for the letters OCR damages, as shares of the damaged cases (FACTS.md, most common
# first: o->ö, a->å, i->ä, d->ä, a->ä, d->å, é->ä, 6->ö, é->å, é->ö, d->ö; ia/éd/od/id for ä/ö).
# "" is a letter the OCR dropped; "g" (only word-initially) is a capital G read for å.
CHANNEL: dict[str, dict[str, float]] = {
    "ä": {
        "a": 0.28,
        "i": 0.28,
        "d": 0.2,
        "é": 0.08,
        "ia": 0.02,
        "id": 0.02,
        "éd": 0.02,
        "ai": 0.02,
        "4": 0.02,
        "&": 0.02,
        "&d": 0.01,
        "": 0.02,
    },
    "å": {"a": 0.6, "d": 0.2, "é": 0.1, "aé": 0.02, "éa": 0.02, "i": 0.02, "g": 0.01, "": 0.02},
    "ö": {"o": 0.8, "6": 0.07, "é": 0.04, "d": 0.03, "0": 0.02, "od": 0.02, "éd": 0.01, "": 0.01},
    "l": {"1": 0.05},
}
# seen unit -> folded letters it may stand for
_NOISE: dict[str, str] = {}
for _meant, _row in CHANNEL.items():
    for _seen in _row:
        if _seen and _seen != "g" and _seen != fold(_meant):
            _NOISE[_seen] = "".join(sorted(set(_NOISE.get(_seen, "")) | {fold(_meant)}))

DELETE_LOGP = math.log10(0.01)  # a stray letter inserted by the OCR ("verksambhet")
OOV_SCORE = -1.5  # score of a token no reading explains
# A compound not in the lexicon scores as the mean Zipf of its parts minus these penalties; parts
# must be real words: heads >= 4 letters and Zipf >= 3, finals >= 4 letters and Zipf >= 1.5.
COMPOUND_PENALTY = 2.5
EXTRA_PART_PENALTY = 0.8
GLUE_PENALTY = 0.7
# A known word is only replaced by a candidate that beats it by this much (more without the clean
# documents, which give the context that tells "det fortsatta arbetet" from "att fortsätta").
KEEP_MARGIN = 0.3
KEEP_MARGIN_NO_CONTEXT = 1.0
MIN_DAMAGE = 0.4  # below this estimated damage, words are left alone
SWEDISH_AAO_RATE = 0.046  # share of å/ä/ö among letters in Swedish prose (the clean documents: 4.4-5.3%)

# Function words that often lose the following space and never start a compound.
GLUE_HEADS = ("att", "och", "som", "i")
# After a line-break hyphen these words mean the hyphen is a real one: "informations-\noch".
KEEP_HYPHEN = {"och", "eller", "samt", "respektive", "resp", "till", "som", "men"}
ONE_LETTER_WORDS = {"i", "å", "ö"}

_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
_TOKEN_RE = re.compile(rf"[{_LETTER}0-9&]+")
_BULLET_RE = re.compile(rf"^([ \t]*)([mM=®©«¢])[ \t]+(?=[{_LETTER}0-9])", re.M)
# bounded repetitions: '\S+@\S+' is quadratic on a long run without spaces (minified HTML, base64)
_PROTECT_RE = re.compile(
    r"(?:https?://|www\.)[^\n]*|[^\s@]{1,64}@\S{1,255}|[\w.-]{1,253}\.(?:se|nu|com|org|net|eu)\b"
)
_HYPHEN_GAP_RE = re.compile(r"-(?:[ \t]*\n[ \t]*)?")
_BREAK_BEFORE_RE = re.compile(r"[.!?:]['\")\]]*\s*$")


@dataclass
class _Cand:
    score: float
    text: str  # lower-case reading, may contain a space (split)
    ops: tuple[tuple[int, int, str], ...]  # (i, j, replacement) on the token string
    known: bool = False  # identity reading that is a word of the lexicon
    direct: bool = False  # a single lexicon word (not a compound or a split)


@dataclass
class _Token:
    pos: list[int]  # text index of each token character (a hyphen-joined word skips the break)
    raw: str
    initial: bool  # starts a sentence or list item
    joins: list[tuple[int, int]] = field(default_factory=list)  # line-break hyphens to remove
    cands: list[_Cand] = field(default_factory=list)


class _Analyzer:
    """Readings of single tokens at one damage level, cached per token."""

    def __init__(self, lex: Lexicon, damage: float) -> None:
        self.lex = lex
        self.log_damage = math.log10(damage)
        self.cache: dict[str, list[_Cand]] = {}

    def unit_cost(self, seen: str, meant: str) -> float | None:
        if seen == meant:
            return 0.0
        p = CHANNEL.get(meant, {}).get(seen)
        return None if p is None else self.log_damage + math.log10(p)

    def units(self, tok: str, edit_one: bool, capital: bool) -> list[list[tuple[int, str, str, int]]]:
        """Per start index: (end, folded letter or "", seen, kind) with kind 0 plain, 1 noise, 2 ins/del."""
        out: list[list[tuple[int, str, str, int]]] = [[] for _ in range(len(tok) + 1)]
        for i, c in enumerate(tok):
            if c.isalpha():
                out[i].append((i + 1, fold(c), c, 0))
            for k in _NOISE.get(c, ""):
                out[i].append((i + 1, k, c, 1))
            pair = tok[i : i + 2]
            if len(pair) == 2 and pair in _NOISE:
                out[i].extend((i + 2, k, pair, 1) for k in _NOISE[pair])
            if i == 0 and c == "g" and capital:
                out[i].append((1, "a", "g", 1))
            if edit_one:
                out[i].append((i + 1, "", c, 2))
        if edit_one:
            for i in range(len(tok) + 1):
                out[i].extend((i, k, "", 2) for k in "ao")
        return out

    def readings(self, units, start: int, max_noise: int, edit_one: bool) -> Iterator[tuple[int, str, list]]:
        """All unit paths from `start`: (end, folded string, units), with bounded noise."""
        stack: list[tuple[int, str, list, int, bool]] = [(start, "", [], 0, False)]
        while stack:
            i, folded, path, noise, edited = stack.pop()
            if path:
                yield i, folded, path
            for u in units[i]:
                end, k, seen, kind = u
                if kind == 2 and (edited or (path and path[-1][3] == 2)):
                    continue
                n = noise + (kind == 1)
                if n <= max_noise:
                    stack.append((end, folded + k, path + [(i, end, seen, kind, k)], n, edited or kind == 2))

    def realize(self, folded: str, path: list, role: str) -> Iterator[tuple[str, float, float]]:
        """(reading, zipf, channel cost) for words matching a folded unit path.

        role "word" = the whole token, "final" = last part of a compound, "head" = an earlier part.
        """
        letters = [u for u in path if u[4]]
        looks = [(folded, "", 0, 0.0)]  # (key, suffix added, chars dropped from the word, penalty)
        if role == "head":
            looks += [(folded + v, "", 1, 0.1) for v in "ae"]  # skol- (skola)
            if len(folded) > 4 and folded[-1] in "saeou":  # samverkan-s-, arbet-s- (arbete), tjänst-e-
                looks.append((folded[:-1], folded[-1], 0, 0.1))
                if folded[-1] == "s":
                    looks += [(folded[:-1] + v, "s", 1, 0.1) for v in "ae"]
        elif folded.endswith("s") and len(folded) > 3:
            looks.append((folded[:-1], "s", 0, 0.3))  # genitive: sektors
        for key, suffix, drop, penalty in looks:
            if (suffix or drop) and len(key) < 5:
                continue
            for w in self.lex.words_with_fold(key):
                reading = (w[: len(w) - drop] if drop else w) + suffix
                if len(reading) != len(letters):
                    continue
                cost = 0.0
                for (_, _, seen, _, _), meant in zip(letters, reading, strict=True):
                    c = self.unit_cost(seen, meant)
                    if c is None:
                        break
                    cost += c
                else:
                    cost += sum(DELETE_LOGP for u in path if u[3] == 2 and not u[4])
                    yield reading, self.lex.zipf(w) - penalty, cost

    def analyze(self, tok: str, lower: bool = True) -> list[_Cand]:
        """Scored readings of a lower-cased token (best first, identity always included).

        lower: the token was written in lower case (only those may gain or lose a letter)."""
        key = tok if lower else tok + "^"
        if key in self.cache:
            return self.cache[key]
        cands = self._parse(tok, edit_one=False, capital=not lower)
        if len(tok) == 1 and tok not in ONE_LETTER_WORDS:
            cands = [c for c in cands if c.text != tok]  # a lone letter is no word ("f" for "få")
        best_direct = max((c.score for c in cands if c.direct), default=OOV_SCORE)
        for head in GLUE_HEADS:  # "attverka" -> "att verka"
            rest = tok[len(head) :]
            if tok.startswith(head) and len(rest) >= 3 and best_direct < 2.0:
                for c in self.analyze(rest, lower)[:3]:
                    if c.score > OOV_SCORE:
                        score = min(self.lex.zipf(head), c.score) - GLUE_PENALTY
                        ops = ((len(head), len(head), " "),) + tuple(
                            (i + len(head), j + len(head), r) for i, j, r in c.ops
                        )
                        cands.append(_Cand(score, head + " " + c.text, ops))
        if max((c.score for c in cands), default=OOV_SCORE) < 0.0 and 1 <= len(tok) <= 14 and lower:
            cands += self._parse(tok, edit_one=True, capital=False)  # one lost å/ä/ö or one stray letter
        if len(tok) == 1 and tok not in ONE_LETTER_WORDS:
            cands = [c for c in cands if c.text != tok]
        if not any(c.text == tok and not c.ops for c in cands):
            cands.append(_Cand(OOV_SCORE, tok, ()))
        best: dict[str, _Cand] = {}
        for c in cands:
            if c.text not in best or c.score > best[c.text].score:
                best[c.text] = c
        out = sorted(best.values(), key=lambda c: -c.score)[:6]
        if not any(c.text == tok for c in out):
            out.append(best[tok])
        self.cache[key] = out
        return out

    def _parse(self, tok: str, edit_one: bool, capital: bool) -> list[_Cand]:
        """Whole-word readings and compounds (beam search over split points)."""
        n = len(tok)
        units = self.units(tok, edit_one, capital)
        # beam[p]: partial compounds covering tok[:p]: (sum of part zipfs, cost, parts, reading, ops)
        beam: list[list[tuple]] = [[] for _ in range(n + 1)]
        beam[0] = [(0.0, 0.0, 0, "", ())]
        out: list[_Cand] = []
        for a in range(n):
            if not beam[a]:
                continue
            beam[a].sort(key=lambda s: -(s[0] / max(1, s[2]) + s[1] - EXTRA_PART_PENALTY * s[2]))
            del beam[a][6:]
            for end, folded, path in self.readings(units, a, 3 if a == 0 else 2, edit_one):
                whole = a == 0 and end == n
                if not whole and (edit_one or len(folded) < 4 or n < 8):
                    continue
                noise = sum(u[3] == 1 for u in path)
                role = "word" if whole else ("final" if end == n else "head")
                if role != "word" and noise > 2:
                    continue
                for reading, z, cost in self.realize(folded, path, role):
                    ops = tuple((u[0], u[1], r) for u, r in _align(path, reading) if u[2] != r)
                    if whole:
                        known = not ops and z > 0
                        out.append(_Cand(z + cost, reading, ops, known, direct=True))
                        continue
                    if z < (3.0 if role == "head" else 1.5):
                        continue
                    for sz, c0, k, text, ops0 in beam[a]:
                        beam[end].append((sz + z, c0 + cost, k + 1, text + reading, ops0 + ops))
        for sz, cost, k, text, ops in beam[n]:
            if k >= 2:
                score = sz / k - COMPOUND_PENALTY - EXTRA_PART_PENALTY * (k - 2) + cost
                out.append(_Cand(score, text, ops))
        return out


def _align(path: list, reading: str) -> Iterator[tuple[tuple, str]]:
    """Pair each unit of a path with the letters of the reading it stands for ("" for a deletion)."""
    k = 0
    for u in path:
        if u[4]:
            yield u, reading[k]
            k += 1
        else:
            yield u, ""


def _damage_levels(text: str) -> tuple[list[int], list[int]]:
    letters = [0]
    aao = [0]
    for ch in text.lower():
        letters.append(letters[-1] + (ch.isalpha()))
        aao.append(aao[-1] + (ch in "åäö"))
    return letters, aao


def _damage_at(prefix: tuple[list[int], list[int]], pos: int, n: int, radius: int = 3000) -> float:
    letters, aao = prefix
    lo, hi = max(0, pos - radius), min(n, pos + radius)
    if letters[hi] - letters[lo] < 400:
        lo, hi = 0, n
    n_letters = letters[hi] - letters[lo]
    if n_letters == 0:
        return 0.0
    rate = (aao[hi] - aao[lo]) / n_letters
    return min(0.98, max(0.0, 1 - rate / SWEDISH_AAO_RATE))


def _tokens(text: str, bullets: list[tuple[int, int]]) -> Iterator[_Token]:
    """Word tokens in reading order. A word hyphenated across a line break ("sam-\narbete") or with an
    in-line hyphen before a lower-case part ("samhälls-utveckling") comes as one token."""
    protected = sorted([(m.start(), m.end()) for m in _PROTECT_RE.finditer(text)] + bullets)
    bullet_ends = {e for _, e in bullets}

    def is_protected(s: int, e: int) -> bool:
        k = bisect.bisect_right(protected, (e, e)) - 1
        return k >= 0 and protected[k][1] > s

    def usable(m: re.Match[str]) -> bool:
        s, e, raw = m.start(), m.end(), m.group()
        if is_protected(s, e) or not any(c.isalpha() for c in raw) or re.search(r"[235789]", raw):
            return False
        if len(raw) == 1 and not (
            raw.islower() and text[s - 1 : s].isspace() and re.match(r"[ \t]*(?:[,;\n]|[^\W\d_])", text[e:])
        ):
            return False  # t.ex., SOI:s, S ida, s 462
        if raw[0].isupper() and len(raw) <= 3 and text[e : e + 1] == ".":
            return False  # Dir., Tel.
        return not (raw.isupper() and 1 < len(raw) <= 4 and raw.isalpha())  # SOU, IOP

    matches = [m for m in _TOKEN_RE.finditer(text) if m.group() != "&"]
    idx = 0
    while idx < len(matches):
        m = matches[idx]
        idx += 1
        if not usable(m):
            continue
        s, e, raw = m.start(), m.end(), m.group()
        pos = list(range(s, e))
        token = _Token(pos, raw, _starts_sentence(text, s, bullet_ends))
        nxt = matches[idx] if idx < len(matches) else None
        gap = _HYPHEN_GAP_RE.match(text, e)
        if nxt is not None and gap and nxt.start() == gap.end() and raw[-1].isalpha() and len(raw) >= 2:
            right = nxt.group()
            ok_start = right[0].islower() or (len(right) > 1 and right[0] in "O0&6" and right[1].islower())
            if ok_start and right.lower() not in KEEP_HYPHEN and usable(nxt):
                line_break = "\n" in gap.group()
                # "rull-\nlande": the hyphenation doubled a consonant
                drop = int(line_break and raw[-1] == raw[-2] == right[0] and raw[-1] not in "aeiouyåäö")
                pos += range(nxt.start() + drop, nxt.end())
                token.raw += right[drop:]
                if line_break:
                    token.joins.append((e, nxt.start() + drop))
                idx += 1
        yield token


_NUMBER_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*(?:§[ \t]*)?\d{1,3}(?:\.\d{1,3})*[.)]?[ \t]+$")


def _starts_sentence(text: str, s: int, bullet_ends: set[int]) -> bool:
    before = text[max(0, s - 300) : s]
    stripped = before.rstrip(" \t")
    at = s - (len(before) - len(stripped))  # index just after the previous non-blank character
    if at in bullet_ends or at == 0 or stripped[-1:] == "•":
        return True
    if _BREAK_BEFORE_RE.search(stripped[-4:]):
        return True
    if _NUMBER_BEFORE_RE.search(before):  # after a heading's or a clause's number ('5.5 ', '§ 6 ')
        return True
    if stripped.endswith("\n"):  # line start: a new sentence if the line before is blank or ends one
        lines = stripped[:-1].rsplit("\n", 1)
        prev_line = lines[-1].strip()
        return not prev_line or prev_line[-1] in ".!?:"
    return False


def _bullet_spans(text: str) -> list[tuple[int, int, str]]:
    spans = []
    for m in _BULLET_RE.finditer(text):
        glyph = m.group(2)
        if glyph == "M" and not text[m.end() : m.end() + 1].isupper():
            continue
        spans.append((m.start(2), m.end(2), glyph))
    return spans


def find_ocr_edits(text: str, clean_vocab: Counter[str] | None = None) -> list[Edit]:
    """Non-overlapping edits (sorted) over `text`: restore å/ä/ö and other character damage,
    split glued words ("Attverka" -> "Att verka", "Iarbetet" -> "I arbetet"), join words hyphenated
    across a line break ("sam-\\narbete" -> "samarbete"; keep the hyphen when the next word is
    "och"/"eller"/"samt" i.e. 'informations- och'), and turn odd bullet glyphs at line start
    ("m", "M", "=", "®", "•") into "•".
    clean_vocab: word counts from the corpus's clean documents (lower-cased), used as extra evidence;
    keys "a b" (see `ingest.lexicon.build_clean_vocab`) are word-pair counts used as context."""
    lex = _lexicon(clean_vocab)
    prefix = _damage_levels(text)
    edits: list[Edit] = []
    bullets = []
    for s, e, glyph in _bullet_spans(text):
        if glyph in "mM" and _damage_at(prefix, s, len(text)) < MIN_DAMAGE:
            continue
        bullets.append((s, e))
        edits.append(Edit(s, e, "•", "bullet"))
    tokens = list(_tokens(text, bullets))
    edits += [Edit(a, b, "", "hyphen-join") for t in tokens for a, b in t.joins]
    analyzers: dict[float, _Analyzer] = {}
    active: list[_Token] = []
    for t in tokens:
        damage = round(_damage_at(prefix, t.pos[0], len(text)), 1)
        if damage < MIN_DAMAGE:
            continue
        analyzer = analyzers.setdefault(damage, _Analyzer(lex, damage))
        t.cands = analyzer.analyze(t.raw.lower(), t.raw.islower())
        active.append(t)
    chosen = [
        (t, c) for chain in _chains(text, active) for t, c in zip(chain, _viterbi(chain, lex), strict=True)
    ]
    # a word written with a capital inside sentences at least twice is a name ("Överenskommelsen")
    capital_inside = Counter(c.text for t, c in chosen if not t.initial and t.raw[0].isupper())
    names = {w for w, n in capital_inside.items() if n >= 2}
    for t, cand in chosen:
        edits += _emit(t, cand, cand.text in names)
    return sorted(edits, key=lambda e: (e.start, e.end))


_LEXICONS: dict[int, tuple[Counter[str] | None, Lexicon]] = {}


def _lexicon(clean_vocab: Counter[str] | None) -> Lexicon:
    key = id(clean_vocab)
    hit = _LEXICONS.get(key)
    if hit is None or hit[0] is not clean_vocab:
        if len(_LEXICONS) > 4:
            _LEXICONS.clear()
        hit = _LEXICONS[key] = (clean_vocab, Lexicon(clean_vocab))
    return hit[1]


def _chains(text: str, tokens: list[_Token]) -> Iterator[list[_Token]]:
    chain: list[_Token] = []
    for t in tokens:
        if chain and not _PAIR_GAP_RE.match(text[chain[-1].pos[-1] + 1 : t.pos[0]]):
            yield chain
            chain = []
        chain.append(t)
    if chain:
        yield chain


def _viterbi(chain: list[_Token], lex: Lexicon) -> list[_Cand]:
    """Best reading per token over a run of words: own scores plus clean-corpus pair lifts."""

    margin = KEEP_MARGIN if lex.pairs else KEEP_MARGIN_NO_CONTEXT

    def own(t: _Token) -> list[float]:
        known = any(x.known for x in t.cands)
        return [c.score - (margin if known and not c.known else 0.0) for c in t.cands]

    scores = own(chain[0])
    back: list[list[int]] = []
    for prev_t, t in zip(chain, chain[1:], strict=False):
        lasts = [c.text.rsplit(" ", 1)[-1] for c in prev_t.cands]
        new_scores, pointers = [], []
        for c, sc_c in zip(t.cands, own(t), strict=True):
            first = c.text.split(" ", 1)[0]
            totals = [sc + lex.pair_lift(last, first) for sc, last in zip(scores, lasts, strict=True)]
            k = max(range(len(totals)), key=totals.__getitem__)
            new_scores.append(totals[k] + sc_c)
            pointers.append(k)
        scores = new_scores
        back.append(pointers)
    k = max(range(len(scores)), key=scores.__getitem__)
    picked = [k]
    for pointers in reversed(back):
        k = pointers[k]
        picked.append(k)
    return [t.cands[i] for t, i in zip(chain, reversed(picked), strict=True)]


def _emit(t: _Token, cand: _Cand, is_name: bool) -> list[Edit]:
    """Edits for the chosen reading. Case: a replaced first letter is a capital at the start of a
    sentence or in a name, otherwise lower case (OCR reads a lower-case ö as "O" or "0")."""
    edits = []
    all_caps = t.raw.isupper() and len(t.raw) > 1
    for i, j, repl in cand.ops:
        src = t.raw[i:j]
        if all_caps or (i == 0 and src and not src.islower() and (t.initial or is_name)):
            repl = repl.upper()
        if i == j:
            at = t.pos[i] if i < len(t.pos) else t.pos[-1] + 1
            edits.append(Edit(at, at, repl, "ocr-split" if repl == " " else "ocr-char"))
        elif t.pos[j - 1] - t.pos[i] == j - 1 - i:
            edits.append(Edit(t.pos[i], t.pos[j - 1] + 1, repl, "ocr-char"))
    return edits


def ocr_damage_score(text: str) -> float:
    """Share of alphabetic word tokens that look OCR-damaged (unknown or implausible in Swedish);
    ~0 on the clean docs, high on 004."""
    analyzer = _Analyzer(_lexicon(None), 0.9)
    n = damaged = 0
    for t in _tokens(text, []):
        tok = t.raw.lower()
        if len(tok) < 2:
            continue
        n += 1
        cands = analyzer.analyze(tok)
        ident = next(c for c in cands if c.text == tok)
        if ident.score <= OOV_SCORE or cands[0].score - ident.score > 1.0:
            damaged += 1
    return damaged / n if n else 0.0
