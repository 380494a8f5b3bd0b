"""The ranker and the answerability score: two logistic models fitted by `overens fit`.

`weights.json` beside this module is versioned with the code: for each model the feature names,
their standardisation and coefficients; the calibrated thresholds; the cross-validated figures
they were chosen by. Nothing here is tuned by hand.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from ingest.errors import OverensError

from .trees import Trees

WEIGHTS = Path(__file__).resolve().parent / "weights.json"


# questions whose answer is a list (cited item by item) and those answered by a sentence or two
# get their own calibrated cuts
GROUPS = {"list": ("commitments", "comparison", "principle_list")}


WITHIN = "@document"  # the suffix of a group's cuts for questions asked within named documents


def group_of(kind: str, within: bool = False) -> str:
    """The thresholds group of a question: its kind's group, and whether it is asked within named
    documents (a filter or a place in the question: every candidate comes from them, and what is
    worth citing is calibrated apart)."""
    return next((g for g, kinds in GROUPS.items() if kind in kinds), "fact") + (WITHIN if within else "")


def cut_groups() -> tuple[str, ...]:
    return tuple(g + w for w in ("", WITHIN) for g in (*GROUPS, "fact"))


class WeightsError(OverensError):
    """The fitted weights are missing or do not fit the code's features."""


@dataclass(frozen=True)
class Logistic:
    names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    bias: float

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        if not len(X):
            return np.zeros(0)
        z = ((X - self.mean) / self.scale) @ self.coef + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))

    @classmethod
    def neutral(cls, names: tuple[str, ...]) -> Logistic:
        n = len(names)
        return cls(names, np.zeros(n), np.ones(n), np.zeros(n), 0.0)

    def to_json(self) -> dict:
        return {
            "type": "logistic",
            "features": list(self.names),
            "mean": self.mean.round(6).tolist(),
            "scale": self.scale.round(6).tolist(),
            "coef": self.coef.round(6).tolist(),
            "bias": round(self.bias, 6),
        }

    @classmethod
    def from_json(cls, d: dict, names: tuple[str, ...], where: str) -> Logistic:
        if tuple(d.get("features", ())) != names:
            raise WeightsError(f"{where} was fitted for other features; refit it with `overens fit`")
        return cls(names, np.array(d["mean"]), np.array(d["scale"]), np.array(d["coef"]), float(d["bias"]))


@dataclass(frozen=True)
class Model:
    units: Logistic | Trees  # P(a candidate unit is a passage to cite)
    questions: Logistic  # P(the question is answerable from the documents)
    # per group of question kinds (GROUPS): a unit is cited when its probability reaches `select`
    # and `relative` times the best unit's
    cuts: dict[str, tuple[float, float]] = field(default_factory=dict)
    answerable: float = 0.0  # the question is answered when its answerability reaches this
    info: dict | None = None

    def cut(self, kind: str, within: bool = False) -> tuple[float, float]:
        return self.cuts.get(group_of(kind, within), self.cuts.get(group_of(kind), (0.5, 0.0)))

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        return self.units.probabilities(X)

    def with_thresholds(
        self, cuts: dict[str, tuple[float, float]] | None = None, answerable: float | None = None
    ) -> Model:
        return replace(
            self,
            cuts=self.cuts if cuts is None else cuts,
            answerable=self.answerable if answerable is None else answerable,
        )

    def to_json(self) -> dict:
        return {
            "version": 2,
            "units": self.units.to_json(),
            "questions": self.questions.to_json(),
            "thresholds": {
                "cuts": {g: {"select": s, "relative": r} for g, (s, r) in self.cuts.items()},
                "answerable": self.answerable,
            },
            **(self.info or {}),
        }


def neutral() -> Model:
    from .abstain import QUESTION_FEATURES
    from .features import NAMES

    return Model(Logistic.neutral(NAMES), Logistic.neutral(QUESTION_FEATURES))


def from_json(d: dict, where: str = "weights") -> Model:
    from .abstain import QUESTION_FEATURES
    from .features import NAMES

    try:
        t = d["thresholds"]
        info = {k: v for k, v in d.items() if k not in {"version", "units", "questions", "thresholds"}}
        u = d["units"]
        if tuple(u.get("features", ())) != NAMES:
            raise WeightsError(f"{where} was fitted for other features; refit it with `overens fit`")
        units = Trees.from_json(u, NAMES) if u.get("type") == "trees" else Logistic.from_json(u, NAMES, where)
        return Model(
            units,
            Logistic.from_json(d["questions"], QUESTION_FEATURES, where),
            {g: (float(c["select"]), float(c["relative"])) for g, c in t["cuts"].items()},
            float(t["answerable"]),
            info,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise WeightsError(f"{where} is damaged ({exc!r}); refit it with `overens fit`") from exc


@functools.lru_cache(maxsize=4)
def load(path: Path = WEIGHTS) -> Model:
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise WeightsError(f"no fitted weights at {path}; fit them with `overens fit`") from exc
    except json.JSONDecodeError as exc:
        raise WeightsError(f"{path} is not valid JSON ({exc.msg}); refit it with `overens fit`") from exc
    return from_json(d, str(path))
