"""Gradient-boosted trees for the unit ranker, stored as plain arrays in weights.json.

Fitted with scikit-learn's HistGradientBoostingClassifier (`overens fit`); answering only reads
the arrays and walks every tree at once with numpy, so no pickled object is loaded and the
file can be read and diffed like the rest of the code.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

# fitted settings: shallow trees, a slow learning rate, L2 on the leaves (not tuned per question)
TREES = 150
LEARNING_RATE = 0.05
LEAVES = 15
L2 = 1.0


@dataclass(frozen=True)
class Trees:
    names: tuple[str, ...]
    baseline: float
    roots: np.ndarray  # index of each tree's root in the node arrays
    feature: np.ndarray
    threshold: np.ndarray  # go left when x[feature] <= threshold
    left: np.ndarray  # global node indices
    right: np.ndarray
    value: np.ndarray  # a leaf's contribution to the log-odds
    leaf: np.ndarray

    @functools.cached_property
    def _walk(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
        """Children with each leaf pointing at itself, and the deepest tree's depth: every row walks
        the same number of steps, without asking which rows have reached a leaf."""
        idx = np.arange(len(self.leaf))
        left = np.where(self.leaf, idx, self.left)
        right = np.where(self.leaf, idx, self.right)
        feature = np.where(self.leaf, 0, self.feature)
        frontier = self.roots.copy()
        depth = 0
        while len(frontier):
            inner = frontier[~self.leaf[frontier]]
            if not len(inner):
                break
            frontier = np.concatenate([self.left[inner], self.right[inner]])
            depth += 1
        return feature, left, right, depth

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        if not len(X):
            return np.zeros(0)
        feature, left, right, depth = self._walk
        rows = np.arange(len(X))[:, None]
        goes_left = X[:, feature] <= self.threshold  # every row at every node, in one comparison
        node = np.broadcast_to(self.roots, (len(X), len(self.roots)))
        for _ in range(depth):
            node = np.where(goes_left[rows, node], left[node], right[node])
        z = self.baseline + self.value[node].sum(axis=1)
        return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))

    def to_json(self) -> dict:
        return {
            "type": "trees",
            "features": list(self.names),
            "baseline": round(self.baseline, 8),
            "roots": self.roots.tolist(),
            "feature": self.feature.tolist(),
            "threshold": [round(float(t), 8) for t in self.threshold],
            "left": self.left.tolist(),
            "right": self.right.tolist(),
            "value": [round(float(v), 8) for v in self.value],
            "leaf": self.leaf.astype(int).tolist(),
        }

    @classmethod
    def from_json(cls, d: dict, names: tuple[str, ...]) -> Trees:
        return cls(
            names,
            float(d["baseline"]),
            np.array(d["roots"], dtype=np.int64),
            np.array(d["feature"], dtype=np.int64),
            np.array(d["threshold"], dtype=np.float64),
            np.array(d["left"], dtype=np.int64),
            np.array(d["right"], dtype=np.int64),
            np.array(d["value"], dtype=np.float64),
            np.array(d["leaf"], dtype=bool),
        )


def fit(X: np.ndarray, y: np.ndarray, names: tuple[str, ...], seed: int = 0) -> Trees:
    from sklearn.ensemble import HistGradientBoostingClassifier

    clf = HistGradientBoostingClassifier(
        max_iter=TREES,
        learning_rate=LEARNING_RATE,
        max_leaf_nodes=LEAVES,
        l2_regularization=L2,
        early_stopping=False,
        random_state=seed,
    )
    clf.fit(X, y)
    roots: list[int] = []
    feature: list[int] = []
    left: list[int] = []
    right: list[int] = []
    threshold: list[float] = []
    value: list[float] = []
    leaf: list[bool] = []
    for (predictor,) in clf._predictors:  # one tree per iteration for a binary classifier
        nodes = predictor.nodes
        base = len(feature)
        roots.append(base)
        feature.extend(int(f) for f in nodes["feature_idx"])
        threshold.extend(float(t) for t in nodes["num_threshold"])
        left.extend(base + int(i) for i in nodes["left"])
        right.extend(base + int(i) for i in nodes["right"])
        value.extend(float(v) for v in nodes["value"])
        leaf.extend(bool(b) for b in nodes["is_leaf"])
    return Trees(
        names,
        float(np.ravel(clf._baseline_prediction)[0]),
        np.array(roots),
        np.array(feature),
        np.array(threshold),
        np.array(left),
        np.array(right),
        np.array(value),
        np.array(leaf),
    )
