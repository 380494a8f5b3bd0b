"""The evaluation report: eval/report.md (a table per system, by type and language) and its chart."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

REPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("n", "questions"),
    ("citation_recall", "citation recall"),
    ("citation_precision", "citation precision"),
    ("must_mention", "must-mention"),
    ("contract_ok", "contract ok"),
    ("recall@1", "recall@1"),
    ("recall@5", "recall@5"),
    ("recall@10", "recall@10"),
    ("hit@5", "hit@5"),
    ("mrr", "MRR"),
    ("abstention_accuracy", "abstention accuracy"),
    ("false_abstention_rate", "false abstention"),
    ("median_cited_chars", "median cited chars"),
    ("latency_median_ms", "latency median (ms)"),
    ("latency_p95_ms", "latency p95 (ms)"),
)
CHART_KEYS: tuple[str, ...] = (
    "citation_recall",
    "citation_precision",
    "must_mention",
    "recall@5",
    "mrr",
    "abstention_accuracy",
)


def _fmt(key: str, value: Any) -> str:
    if value is None:
        return "–"
    if key == "n" or key.startswith("n_"):
        return str(int(value))
    if key.endswith("_ms") or key == "median_cited_chars":
        return f"{value:.0f}"
    return f"{value:.3f}"


def _table(
    header: str, rows: Mapping[str, Mapping[str, Any]], columns: Sequence[tuple[str, str]]
) -> list[str]:
    lines = [
        "| " + " | ".join([header] + [label for _, label in columns]) + " |",
        "|" + "---|" * (len(columns) + 1),
    ]
    for name, summary in rows.items():
        lines.append("| " + " | ".join([name] + [_fmt(k, summary.get(k)) for k, _ in columns]) + " |")
    return lines


def _used_columns(summaries: Iterable[Mapping[str, Any]]) -> list[tuple[str, str]]:
    summaries = list(summaries)
    return [(k, label) for k, label in REPORT_COLUMNS if any(s.get(k) is not None for s in summaries)]


def write_report(
    summary: Mapping[str, Any],
    path_md: str | Path,
    path_png: str | Path,
    systems: Mapping[str, Mapping[str, Any]] | None = None,
) -> None:
    """Write the markdown report and a bar chart PNG (matplotlib, Agg canvas).

    ``summary`` is the :func:`aggregate` output of the main system, broken down by type and language;
    ``systems`` maps system names ("dense", "bm25", "hybrid", "full", "fixed-size baseline", ...)
    to their :func:`aggregate` outputs for the side-by-side table and the chart.
    """
    path_md, path_png = Path(path_md), Path(path_png)
    systems = dict(systems) if systems else {"full": summary}
    overall = {name: s["overall"] for name, s in systems.items()}

    lines = ["# Evaluation report", ""]
    lines += ["## Systems side by side", ""]
    lines += _table("system", overall, _used_columns(overall.values()))
    lines += ["", f"![metrics by system]({path_png.name})", ""]
    for title, key in (("By question type", "by_type"), ("By language", "by_language")):
        groups = summary.get(key) or {}
        if groups:
            lines += [f"## {title} (main system)", ""]
            lines += _table(key.removeprefix("by_"), groups, _used_columns(groups.values()))
            lines.append("")
    lines += [
        "## Definitions",
        "",
        "- citation recall: share of gold passages with at least 50% of their characters inside cited spans",
        "- citation precision: share of citations overlapping a gold passage",
        "- must-mention: share of answers containing every key phrase (case, å/ä/ö and spacing folded)",
        "- recall@k: share of gold passages covered at least 50% by one of the first k hits; MRR: mean "
        "reciprocal rank of the first hit overlapping a gold passage",
        "- abstention accuracy: share of unanswerable questions abstained on; false abstention: share of "
        "answerable questions abstained on",
        "",
    ]
    path_md.parent.mkdir(parents=True, exist_ok=True)
    path_md.write_text("\n".join(lines), encoding="utf-8")
    _write_chart(overall, path_png)


def _write_chart(overall: Mapping[str, Mapping[str, Any]], path_png: Path) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    keys = [k for k in CHART_KEYS if any(s.get(k) is not None for s in overall.values())] or list(CHART_KEYS)
    labels = dict(REPORT_COLUMNS)
    fig = Figure(figsize=(max(6.0, 1.6 * len(keys)), 4.0), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    width = 0.8 / max(1, len(overall))
    for i, (name, s) in enumerate(overall.items()):
        xs = [j + (i - (len(overall) - 1) / 2) * width for j in range(len(keys))]
        ys = [float(s.get(k) or 0.0) for k in keys]
        ax.bar(xs, ys, width=width, label=name)
    ax.set_xticks(range(len(keys)), [labels[k] for k in keys], rotation=20, ha="right")
    ax.set_ylim(0, 1.25)
    ax.set_ylabel("score")
    ax.set_title("Evaluation by system")
    ax.legend(fontsize="small", loc="upper center", ncol=min(5, max(1, len(overall))), frameon=False)
    fig.tight_layout()
    path_png.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path_png)
