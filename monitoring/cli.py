"""`radgate monitor ...`: how clinicians use the drafts, for the governance committee."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn
from rich.table import Table

from radgate.cli._common import err, load_settings
from radgate.db import create_db_engine

from monitoring._html import render_html
from monitoring._report import GROUP_COLUMNS, Bands, Cell, build_report

app = typer.Typer(help="Clinician feedback monitoring: acceptance, edits, rejections and drift.",
                  no_args_is_help=True)

GroupBy = StrEnum("GroupBy", {name: name for name in GROUP_COLUMNS})


class PeriodChoice(StrEnum):
    day = "day"
    week = "week"


_DATES = ["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z"]


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:.1%}"


def _table(title: str, cells: list[Cell], group_by: str, with_period: bool) -> Table:
    table = Table(title=title)
    table.add_column(group_by)
    if with_period:
        table.add_column("period")
    for name in ("n", "accepted", "edited", "rejected", "edit dist. mean", "median", "finding changes", "drift"):
        table.add_column(name, justify="right" if name != "drift" else "left")
    for c in cells:
        drift = ", ".join(f"{f['metric']} {f['value']:.3f} > {f['limit']}" for f in c.flags)
        table.add_row(c.group, *([c.period_start or ""] if with_period else []), str(c.n), _pct(c.acceptance_rate),
                      _pct(c.edit_rate), _pct(c.reject_rate),
                      "" if c.edit_distance_mean is None else f"{c.edit_distance_mean:.3f}",
                      "" if c.edit_distance_median is None else f"{c.edit_distance_median:.3f}",
                      _pct(c.finding_change_rate), f"[red]{drift}[/red]" if drift else "",
                      style="bold" if c.flags else None)
    return table


@app.command()
def report(
    since: datetime | None = typer.Option(None, formats=_DATES, help="first model-call time (UTC unless an "
                                          "offset is given); default: twelve weeks before --until"),
    until: datetime | None = typer.Option(None, formats=_DATES, help="end of the window (exclusive); default: now"),
    group_by: GroupBy = typer.Option(GroupBy["model_version"], "--group-by", help="one row per value of this"),
    period: PeriodChoice = typer.Option(PeriodChoice.week, help="bucket per day or per week (weeks start Monday)"),
    html: Path | None = typer.Option(None, "--html", help="also write a self-contained HTML report with plots"),
    fail_on_drift: bool = typer.Option(False, help="exit 1 when any group/period is outside the band"),
) -> None:
    """Acceptance / edit / reject rates, edit magnitude and finding-level changes, with drift flags.

    The band (RADGATE_MONITORING_REJECT_RATE_MAX, _EDIT_DISTANCE_MAX, _FINDING_CHANGE_RATE_MAX) flags any
    group/period with at least RADGATE_MONITORING_MIN_FEEDBACK verdicts outside it.
    """
    settings = load_settings()
    bands = Bands.from_settings(settings)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=err, transient=True) as progress:
        progress.add_task("reading feedback...", total=None)
        try:
            result = build_report(create_db_engine(settings), bands, since=since, until=until,
                                  group_by=str(group_by), period=str(period))
        except ValueError as exc:
            err.print(f"[red]refused:[/red] {exc}")
            raise typer.Exit(2) from None
        if html is not None:
            progress.add_task("drawing plots...", total=None)
            document = render_html(result)
    out = Console()
    out.print(f"model calls {result.since:%Y-%m-%d %H:%M} to {result.until:%Y-%m-%d %H:%M} UTC, "
              f"by {result.group_by} per {result.period}")
    if not result.totals:
        out.print("no feedback in this window")
    else:
        out.print(_table("Whole window", result.totals, result.group_by, False))
        out.print(_table(f"Per {result.period}", result.cells, result.group_by, True))
    if result.flagged:
        out.print(f"[red]{len(result.flagged)} group/period cell(s) outside the band[/red]")
    if html is not None:
        try:
            html.write_text(document, encoding="utf-8")
        except OSError as exc:
            err.print(f"[red]cannot write {html}:[/red] {exc.strerror}")
            raise typer.Exit(2) from None
        err.print(f"HTML report written to {html}")
    if fail_on_drift and result.flagged:
        raise typer.Exit(1)
