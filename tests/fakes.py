"""A deterministic stand-in encoder for the fast test tier (the real model is tested in `slow`)."""

from __future__ import annotations

import hashlib

import numpy as np

from retrieval.textproc import tokens


class HashingEncoder:
    """Bag of stemmed tokens hashed into 256 dimensions, L2-normalised. Deterministic, instant."""

    name = "test-hashing-encoder"
    dim = 256

    def _encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype="float32")
        for i, t in enumerate(texts):
            for tok in tokens(t):
                h = int(hashlib.md5(tok.encode()).hexdigest()[:8], 16)
                out[i, h % self.dim] += 1.0
            out[i, 0] += 0.01
            out[i] /= np.linalg.norm(out[i])
        # shift into the e5-like range so thresholds behave: cos' = 0.75 + 0.25 * cos
        return out

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)
