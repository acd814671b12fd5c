"""The scorecard of one run: a self-contained HTML page (Jinja2, autoescaped) with inline SVG plots."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display, ever; the Figure API below keeps no global state

from jinja2 import Environment, FileSystemLoader  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from sqlalchemy import Engine  # noqa: E402

from evals._gold import load_gold  # noqa: E402
from evals._plans import METRICS  # noqa: E402
from evals._ragas import JUDGE_METRICS  # noqa: E402
from evals._score import ErrorCategory  # noqa: E402
from evals._store import RunSummary, case_results, runs_of_same_model  # noqa: E402

_TEMPLATES = Path(__file__).parent / "templates"
_CONSISTENCY = ("self_consistency", "paraphrase_robustness", "sample_mean_score", "paraphrase_mean_score")
_WORST = 10


def _svg(fig: Figure) -> str:
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "radgate-scorecard"}):  # same run, same bytes
        fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def _interval_plot(labels: list[str], points: list[dict], title: str, xlabel: str) -> str:
    """Horizontal point estimates with 95% intervals, top to bottom in the given order."""
    fig = Figure(figsize=(7, 0.35 * len(labels) + 1.2))
    ax = fig.add_subplot()
    ys = list(range(len(labels)))[::-1]
    values = [p.get("value") or 0.0 for p in points]
    low = [v - p["ci"][0] for v, p in zip(values, points, strict=True)]
    high = [p["ci"][1] - v for v, p in zip(values, points, strict=True)]
    ax.barh(ys, values, color="#9bb7d4", height=0.6)
    ax.errorbar(values, ys, xerr=[low, high], fmt="none", ecolor="#1f3b57", capsize=3)
    ax.set_yticks(ys, labels)
    ax.set_xlim(0, 1)
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    ax.grid(axis="x", alpha=0.3)
    return _svg(fig)


def _trend_plot(runs: list[RunSummary]) -> str:
    fig = Figure(figsize=(7, 2.8))
    ax = fig.add_subplot()
    xs = list(range(1, len(runs) + 1))
    for metric, colour in (("mean_score", "#1f77b4"), ("any_error_rate", "#d62728")):
        ax.plot(xs, [r.metrics.get(metric, {}).get("value") for r in runs], marker="o", color=colour, label=metric)
    ax.set_xticks(xs, [r.started_at.strftime("%m-%d %H:%M") for r in runs], rotation=30, fontsize=7)
    ax.set_ylim(0, 1)
    ax.set_title("trend over runs of this model version and prompt")
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    return _svg(fig)


def _worst_cases(engine: Engine, run: RunSummary, gold_path: str | None) -> list[dict]:
    results = [c for c in case_results(engine, run.id) if c.status != "excluded"]
    results.sort(key=lambda c: (c.status == "ok", c.score if c.score is not None else 0.0, c.position))
    try:  # the gold text is shown when the gold file is still where the plan registered it
        gold = {g.id: g for g in load_gold(gold_path)} if gold_path else {}
    except (OSError, ValueError):
        gold = {}
    worst = []
    for case in results[:_WORST]:
        if case.status == "ok" and not case.errors:
            break
        g = gold.get(case.case_id)
        worst.append({"id": case.case_id, "status": case.status, "score": case.score, "errors": case.errors,
                      "draft": case.draft, "reason": (case.detail or {}).get("reason"),
                      "findings": g.source.get("findings") if g else None, "reference": g.reference if g else None})
    return worst


def build_context(engine: Engine, run: RunSummary) -> dict:
    """Everything the template shows, computed (plots included) outside the template."""
    from evals._plans import get_plan

    plan = get_plan(engine, run.plan_id)
    metrics = run.metrics
    categories = [f"{c.value}_rate" for c in ErrorCategory]
    history = runs_of_same_model(engine, run)
    previous = history[-2] if len(history) > 1 else None
    subgroup_rows = [(key, value, data) for key, groups in run.subgroups.items() for value, data in groups.items()]
    plots = {"errors": _interval_plot([c.removesuffix("_rate") for c in categories],
                                      [metrics[c] for c in categories],
                                      "cases with an error, by category (95% Wilson CI)", "share of cases")}
    if subgroup_rows:
        plots["subgroups"] = _interval_plot([f"{k}={v} (n={d['n']})" for k, v, d in subgroup_rows],
                                            [d["mean_score"] for _, _, d in subgroup_rows],
                                            "mean score by subgroup (95% bootstrap CI)", "mean score")
    if len(history) > 1:
        plots["trend"] = _trend_plot(history)
    ragas_names = list(run.ragas.get("metrics", []))
    ragas_rows = [(name, metrics[name]) for name in ragas_names if name in metrics]
    measured = [(name, m) for name, m in ragas_rows if m.get("n")]
    if measured:
        plots["ragas"] = _interval_plot([f"{n.removeprefix('ragas_')} (n={m['n']})" for n, m in measured],
                                        [m for _, m in measured], "ragas metrics (95% bootstrap CI)", "mean")
    deltas = []
    if previous is not None:
        for name in ("mean_score", "any_error_rate", *categories, *_CONSISTENCY, *ragas_names):
            now, before = metrics.get(name, {}).get("value"), previous.metrics.get(name, {}).get("value")
            if now is not None and before is not None:
                deltas.append({"metric": name, "previous": before, "current": now, "delta": now - before})
    return {"run": run, "plan": plan, "metrics": metrics, "descriptions": METRICS, "categories": categories,
            "consistency": _CONSISTENCY, "subgroup_rows": subgroup_rows, "history": history,
            "previous": previous, "deltas": deltas, "plots": plots, "ragas_rows": ragas_rows,
            "judge_metrics": JUDGE_METRICS, "judge": run.ragas.get("judge"), "ragas_measured": bool(run.ragas),
            "worst": _worst_cases(engine, run, plan.gold_path if plan else None)}


def render_scorecard(engine: Engine, run: RunSummary) -> str:
    """The scorecard HTML; every value from the database is escaped (autoescape on)."""
    env = Environment(loader=FileSystemLoader(_TEMPLATES), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["pct"] = lambda v: "-" if v is None else f"{100 * v:.1f}%"
    env.filters["num"] = lambda v: "-" if v is None else f"{v:.3f}"
    return env.get_template("scorecard.html.j2").render(**build_context(engine, run))
