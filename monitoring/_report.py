"""The monitoring report: how clinicians use the drafts, per group and period, with drift flags.

Rates are over all verdicts in a cell. Edit magnitude and finding-level change rates are over the
drafts that were used (accepted or edited): a rejected draft is counted by the reject rate, and the
text a radiologist writes from scratch says nothing about how much a used draft needed fixing.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import Engine, func, select

from radgate.settings import Settings

from monitoring.models import FeedbackFindingChange, FeedbackRow

Period = Literal["day", "week"]
# group_by name -> feedback column
GROUP_COLUMNS = {"model_version": "model_version", "prompt_version": "prompt_template", "user": "user_name",
                 "site": "site", "model": "model_alias", "modality": "modality"}
CHANGE_KINDS = ("added", "removed", "negation_flipped", "laterality_changed")
_CHANGE_COLUMNS = {"added": "findings_added", "removed": "findings_removed",
                   "negation_flipped": "negation_flipped", "laterality_changed": "laterality_changed"}
NO_VALUE = "(none)"
DEFAULT_WINDOW = timedelta(weeks=12)


@dataclass(frozen=True, slots=True)
class Bands:
    """The configured band; a cell with at least ``min_feedback`` verdicts outside it is flagged."""

    reject_rate_max: float
    edit_distance_max: float  # mean normalized edit distance of used drafts
    finding_change_rate_max: float  # share of used drafts with any finding-level change
    min_feedback: int

    @classmethod
    def from_settings(cls, settings: Settings) -> "Bands":
        return cls(settings.monitoring_reject_rate_max, settings.monitoring_edit_distance_max,
                   settings.monitoring_finding_change_rate_max, settings.monitoring_min_feedback)


@dataclass(frozen=True, slots=True)
class Verdict:
    """One feedback row, reduced to what the report needs."""

    group: str
    called_at: datetime
    outcome: str
    edit_distance: float | None = None
    changes: tuple[int, int, int, int] = (0, 0, 0, 0)  # added, removed, negation_flipped, laterality_changed


@dataclass(slots=True)
class Cell:
    """The figures of one group in one period (``period_start`` None: the whole range)."""

    group: str
    period_start: str | None
    n: int = 0
    accepted: int = 0
    edited: int = 0
    rejected: int = 0
    acceptance_rate: float = 0.0
    edit_rate: float = 0.0
    reject_rate: float = 0.0
    edit_distance_mean: float | None = None
    edit_distance_median: float | None = None
    finding_change_rate: float | None = None
    finding_change_rates: dict[str, float] = field(default_factory=dict)  # kind -> share of used drafts
    flags: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class MonitoringReport:
    since: datetime
    until: datetime
    group_by: str
    period: Period
    bands: Bands
    cells: list[Cell]  # per group and period, oldest first
    totals: list[Cell]  # per group over the whole range
    top_changes: list[dict[str, Any]]  # most frequent finding-level changes

    @property
    def flagged(self) -> list[Cell]:
        return [c for c in self.cells + self.totals if c.flags]

    def to_dict(self) -> dict[str, Any]:
        return {"since": self.since.isoformat(), "until": self.until.isoformat(), "group_by": self.group_by,
                "period": self.period, "bands": asdict(self.bands), "cells": [asdict(c) for c in self.cells],
                "totals": [asdict(c) for c in self.totals], "top_changes": self.top_changes}


def period_start(moment: datetime, period: Period) -> date:
    day = moment.astimezone(UTC).date() if moment.tzinfo else moment.date()
    return day - timedelta(days=day.weekday()) if period == "week" else day


def _cell(group: str, start: str | None, verdicts: list[Verdict], bands: Bands) -> Cell:
    cell = Cell(group, start, n=len(verdicts))
    for v in verdicts:
        setattr(cell, v.outcome, getattr(cell, v.outcome) + 1)
    cell.acceptance_rate = cell.accepted / cell.n
    cell.edit_rate = cell.edited / cell.n
    cell.reject_rate = cell.rejected / cell.n
    used = [v for v in verdicts if v.outcome != "rejected" and v.edit_distance is not None]
    if used:
        distances = [v.edit_distance for v in used]
        cell.edit_distance_mean = statistics.fmean(distances)
        cell.edit_distance_median = statistics.median(distances)
        cell.finding_change_rate = sum(1 for v in used if any(v.changes)) / len(used)
        cell.finding_change_rates = {kind: sum(1 for v in used if v.changes[i]) / len(used)
                                     for i, kind in enumerate(CHANGE_KINDS)}
    cell.flags = drift_flags(cell, bands)
    return cell


def drift_flags(cell: Cell, bands: Bands) -> list[dict[str, Any]]:
    """The band's limits this cell exceeds; none below ``min_feedback`` verdicts (too few to tell)."""
    if cell.n < bands.min_feedback:
        return []
    checks = (("reject_rate", cell.reject_rate, bands.reject_rate_max),
              ("edit_distance_mean", cell.edit_distance_mean, bands.edit_distance_max),
              ("finding_change_rate", cell.finding_change_rate, bands.finding_change_rate_max))
    return [{"metric": name, "value": round(value, 4), "limit": limit}
            for name, value, limit in checks if value is not None and value > limit]


def summarize(verdicts: Iterable[Verdict], *, period: Period, bands: Bands) -> tuple[list[Cell], list[Cell]]:
    """Cells per (group, period) and per group; pure, so a fixture can check it by hand."""
    by_cell: dict[tuple[str, date], list[Verdict]] = {}
    by_group: dict[str, list[Verdict]] = {}
    for v in verdicts:
        by_cell.setdefault((v.group, period_start(v.called_at, period)), []).append(v)
        by_group.setdefault(v.group, []).append(v)
    cells = [_cell(group, start.isoformat(), items, bands)
             for (group, start), items in sorted(by_cell.items(), key=lambda kv: (kv[0][1], kv[0][0]))]
    totals = [_cell(group, None, items, bands) for group, items in sorted(by_group.items())]
    return cells, totals


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def report_window(since: datetime | None, until: datetime | None) -> tuple[datetime, datetime]:
    """UTC bounds; by default the last twelve weeks. Naive values are read as UTC."""
    until = _utc(until) if until else datetime.now(UTC)
    since = _utc(since) if since else until - DEFAULT_WINDOW
    if since >= until:
        raise ValueError("'since' must be earlier than 'until'")
    return since, until


def build_report(engine: Engine, bands: Bands, *, since: datetime | None = None, until: datetime | None = None,
                 group_by: str = "model_version", period: Period = "week") -> MonitoringReport:
    """Read the feedback rows of [since, until) (by model-call time) and summarize them."""
    if group_by not in GROUP_COLUMNS:
        raise ValueError(f"group_by must be one of {', '.join(GROUP_COLUMNS)}")
    if period not in ("day", "week"):
        raise ValueError("period must be 'day' or 'week'")
    since, until = report_window(since, until)
    table = FeedbackRow.__table__
    columns = [table.c[GROUP_COLUMNS[group_by]], table.c.called_at, table.c.outcome, table.c.edit_distance,
               *(table.c[_CHANGE_COLUMNS[k]] for k in CHANGE_KINDS)]
    window = (table.c.called_at >= since) & (table.c.called_at < until)
    changes = FeedbackFindingChange.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(*columns).where(window).execution_options(yield_per=5000))
        verdicts = [Verdict(group if group is not None else NO_VALUE, _utc(called), outcome, distance,
                            tuple(int(c or 0) for c in counts))
                    for group, called, outcome, distance, *counts in rows]
        top = conn.execute(
            select(changes.c.finding, changes.c.change, func.count().label("count"))
            .join(table, table.c.id == changes.c.feedback_id).where(window)
            .group_by(changes.c.finding, changes.c.change).order_by(func.count().desc(), changes.c.finding)
            .limit(10)).all()
    cells, totals = summarize(verdicts, period=period, bands=bands)
    return MonitoringReport(since, until, group_by, period, bands, cells, totals,
                            [{"finding": f, "change": c, "count": n} for f, c, n in top])
