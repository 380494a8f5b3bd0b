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
    def _scorer(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Every tree as bit masks over its leaves, numbered left to right (QuickScorer, Lucchese et
        al. 2015): a node whose test sends a row right rules out the leaves of its left subtree, and
        the row's leaf is the leftmost one no failed test ruled out. Answering is then a handful of
        array operations over all trees at once instead of a walk down each."""
        features: list[int] = []
        thresholds: list[float] = []
        masks: list[int] = []
        starts: list[int] = []
        leaf_values = np.zeros((len(self.roots), 32))

        def leaves(n: int) -> list[int]:
            return [n] if self.leaf[n] else leaves(int(self.left[n])) + leaves(int(self.right[n]))

        for t, root in enumerate(self.roots):
            order = leaves(int(root))
            if len(order) > 32:
                raise ValueError("a tree with more than 32 leaves")
            at = {n: i for i, n in enumerate(order)}
            full = (1 << len(order)) - 1
            leaf_values[t, : len(order)] = self.value[order]
            starts.append(len(features))
            features.append(0)  # a test no row fails: every tree has a node, and its mask keeps all
            thresholds.append(np.inf)
            masks.append(full)
            stack = [int(root)]
            while stack:
                n = stack.pop()
                if self.leaf[n]:
                    continue
                ruled_out = sum(1 << at[x] for x in leaves(int(self.left[n])))
                features.append(int(self.feature[n]))
                thresholds.append(float(self.threshold[n]))
                masks.append(full & ~ruled_out)
                stack += [int(self.left[n]), int(self.right[n])]
        return (
            np.array(features),
            np.array(thresholds),
            np.array(masks, dtype=np.uint32),
            np.array(starts),
            leaf_values,
        )

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        if not len(X):
            return np.zeros(0)
        features, thresholds, masks, starts, leaf_values = self._scorer
        goes_right = ~(X[:, features] <= thresholds)  # every row at every node, in one comparison
        kept = np.where(goes_right, masks, np.uint32(0xFFFFFFFF))
        alive = np.bitwise_and.reduceat(kept, starts, axis=1)  # per row and tree
        exit_leaf = np.log2(alive & (~alive + np.uint32(1))).astype(np.int64)  # lowest set bit
        z = self.baseline + leaf_values[np.arange(len(self.roots)), exit_leaf].sum(axis=1)
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
