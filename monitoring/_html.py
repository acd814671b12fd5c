"""A self-contained HTML monitoring report: tables plus plots of rates over time, drift flags marked."""

from __future__ import annotations

import base64
import io
from html import escape

from monitoring._report import Cell, MonitoringReport

# (attribute, title, band attribute or None)
PLOTS = (("acceptance_rate", "Acceptance rate", None),
         ("reject_rate", "Reject rate", "reject_rate_max"),
         ("edit_distance_mean", "Mean edit distance (drafts used)", "edit_distance_max"),
         ("finding_change_rate", "Finding-level change rate (drafts used)", "finding_change_rate_max"))
_FLAG_METRIC = {"reject_rate": "reject_rate", "edit_distance_mean": "edit_distance_mean",
                "finding_change_rate": "finding_change_rate"}
_STYLE = """body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}
td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}td:first-child,th:first-child{text-align:left}
tr.flag td{background:#fde2e2}.flags{color:#b00020}figure{display:inline-block;margin:.5em}"""


def _label(text: str) -> str:
    # Matplotlib reads "$...$" as mathtext: a caller-chosen name must be drawn literally.
    return text.replace("\\", "\\\\").replace("$", r"\$")


def _figure(report: MonitoringReport, attribute: str, title: str, band: str | None) -> str:
    """One plot as a base64 SVG data URL (an <img> never runs script, whatever the labels hold)."""
    from matplotlib.figure import Figure  # no pyplot: no global backend state, no display needed

    periods = sorted({c.period_start for c in report.cells})
    fig = Figure(figsize=(7, 3.2))
    ax = fig.add_subplot()
    for group in sorted({c.group for c in report.cells}):
        cells = {c.period_start: c for c in report.cells if c.group == group}
        xs = [i for i, p in enumerate(periods) if p in cells and getattr(cells[p], attribute) is not None]
        ys = [getattr(cells[periods[i]], attribute) for i in xs]
        if not xs:
            continue
        (line,) = ax.plot(xs, ys, marker="o", label=_label(group))
        flagged = [(i, getattr(cells[periods[i]], attribute)) for i in xs
                   if any(f["metric"] == _FLAG_METRIC.get(attribute) for f in cells[periods[i]].flags)]
        if flagged:
            ax.scatter([i for i, _ in flagged], [y for _, y in flagged], marker="X", s=140, color="#d00000",
                       zorder=3, label=_label(f"{group}: drift"))
    if band is not None:
        ax.axhline(getattr(report.bands, band), linestyle="--", color="#888", label="band limit")
    ax.set_title(title)
    ax.set_xticks(range(len(periods)), [p or "" for p in periods], rotation=30, ha="right", fontsize=8)
    ax.set_ylim(bottom=0)
    ax.set_xlabel(f"{report.period} starting")
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=7, loc="best")
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg")
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:.1%}"


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def _rows(cells: list[Cell], with_period: bool) -> str:
    out = []
    for c in cells:
        flags = "; ".join(f"{f['metric']} {f['value']:.3f} &gt; {f['limit']}" for f in c.flags)
        period = f"<td>{escape(c.period_start or '')}</td>" if with_period else ""
        out.append(f"<tr class=\"{'flag' if c.flags else ''}\"><td>{escape(c.group)}</td>{period}<td>{c.n}</td>"
                   f"<td>{_pct(c.acceptance_rate)}</td><td>{_pct(c.edit_rate)}</td><td>{_pct(c.reject_rate)}</td>"
                   f"<td>{_num(c.edit_distance_mean)}</td><td>{_num(c.edit_distance_median)}</td>"
                   f"<td>{_pct(c.finding_change_rate)}</td><td class=\"flags\">{flags}</td></tr>")
    return "".join(out)


def _table(cells: list[Cell], group_by: str, with_period: bool) -> str:
    head = "".join(f"<th>{h}</th>" for h in [escape(group_by), *(["period"] if with_period else []), "n",
                                             "accepted", "edited", "rejected", "edit dist. mean",
                                             "edit dist. median", "finding changes", "drift"])
    return f"<table><tr>{head}</tr>{_rows(cells, with_period)}</table>"


def render_html(report: MonitoringReport) -> str:
    """The whole report as one HTML document (plots inline; no external resources)."""
    b = report.bands
    flagged = report.flagged
    summary = (f"<p class=\"flags\"><b>{len(flagged)} group/period cell(s) outside the band.</b></p>" if flagged
               else "<p>No group/period outside the band.</p>")
    figures = "".join(f"<figure><img alt=\"{escape(title)}\" src=\"{_figure(report, attr, title, band)}\"></figure>"
                      for attr, title, band in PLOTS) if report.cells else "<p>No feedback in this window.</p>"
    changes = "".join(f"<tr><td>{escape(t['finding'])}</td><td>{escape(t['change'])}</td><td>{t['count']}</td></tr>"
                      for t in report.top_changes)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>RadGate monitoring report</title><style>{_STYLE}</style></head>
<body><h1>Clinician feedback monitoring</h1>
<p>Model calls from {escape(report.since.isoformat())} to {escape(report.until.isoformat())}, grouped by
<b>{escape(report.group_by)}</b> per {escape(report.period)}.</p>
<p>Band: reject rate &le; {b.reject_rate_max:.0%}, mean edit distance &le; {b.edit_distance_max:.2f}, finding-level
change rate &le; {b.finding_change_rate_max:.0%}; cells with fewer than {b.min_feedback} verdicts are not flagged.
Edit distance and finding changes are over drafts that were used (accepted or edited).</p>
{summary}
<section><h2>Over time</h2>{figures}</section>
<section><h2>Whole window</h2>{_table(report.totals, report.group_by, False)}</section>
<section><h2>Per period</h2>{_table(report.cells, report.group_by, True)}</section>
<section><h2>Most frequent finding-level changes</h2>
<table><tr><th>finding</th><th>change</th><th>count</th></tr>{changes}</table></section>
</body></html>
"""
