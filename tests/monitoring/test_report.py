"""The monitoring report on a known fixture: rates, edit magnitude, finding changes, drift flags, HTML, CLI."""

from __future__ import annotations

import base64
import re
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import insert
from typer.testing import CliRunner

from monitoring import Bands, FeedbackFindingChange, FeedbackRow, Verdict, build_report, render_html, summarize
from radgate.cli import app
from radgate.db import create_db_engine, upgrade
from tests.conftest import AUDIT_KEY, PEPPER, make_settings

WIDE = Bands(reject_rate_max=1.0, edit_distance_max=1.0, finding_change_rate_max=1.0, min_feedback=1)
WEEK1, WEEK2 = datetime(2026, 11, 24, 9, tzinfo=UTC), datetime(2026, 12, 1, 9, tzinfo=UTC)  # Tuesdays

# (model_version, called_at, outcome, edit_distance, (added, removed, negation_flipped, laterality_changed))
FIXTURE = [
    ("v1", WEEK1, "accepted", 0.0, (0, 0, 0, 0)),
    ("v1", WEEK1, "edited", 0.2, (1, 0, 0, 0)),
    ("v1", WEEK1, "edited", 0.4, (0, 0, 2, 1)),
    ("v1", WEEK1, "rejected", None, (0, 0, 0, 0)),
    ("v1", WEEK2, "rejected", None, (0, 0, 0, 0)),
    ("v1", WEEK2, "edited", 0.5, (0, 1, 0, 0)),
    ("v2", WEEK1, "accepted", 0.1, (0, 0, 0, 0)),
]


def _verdicts() -> list[Verdict]:
    return [Verdict(group, at, outcome, distance, changes) for group, at, outcome, distance, changes in FIXTURE]


def _by(cells, group, period=None):  # noqa: ANN001, ANN202
    return next(c for c in cells if c.group == group and c.period_start == period)


def test_rates_and_edit_magnitude_match_hand_computed_values() -> None:
    cells, totals = summarize(_verdicts(), period="week", bands=WIDE)
    assert [(c.group, c.period_start) for c in cells] == [("v1", "2026-11-23"), ("v2", "2026-11-23"),
                                                          ("v1", "2026-11-30")]
    week1 = _by(cells, "v1", "2026-11-23")
    assert (week1.n, week1.accepted, week1.edited, week1.rejected) == (4, 1, 2, 1)
    assert (week1.acceptance_rate, week1.edit_rate, week1.reject_rate) == (0.25, 0.5, 0.25)
    # used drafts: 0.0, 0.2, 0.4 -> mean 0.2, median 0.2; two of three have a finding change
    assert week1.edit_distance_mean == pytest.approx(0.2) and week1.edit_distance_median == pytest.approx(0.2)
    assert week1.finding_change_rate == pytest.approx(2 / 3)
    assert week1.finding_change_rates == pytest.approx({"added": 1 / 3, "removed": 0.0,
                                                        "negation_flipped": 1 / 3, "laterality_changed": 1 / 3})
    week2 = _by(cells, "v1", "2026-11-30")
    assert (week2.reject_rate, week2.edit_rate, week2.edit_distance_mean) == (0.5, 0.5, 0.5)
    v1 = _by(totals, "v1")
    assert (v1.n, v1.acceptance_rate, v1.edit_rate) == (6, pytest.approx(1 / 6), pytest.approx(3 / 6))
    assert v1.reject_rate == pytest.approx(2 / 6)
    # used: 0.0, 0.2, 0.4, 0.5 -> mean 0.275, median 0.3
    assert v1.edit_distance_mean == pytest.approx(0.275) and v1.edit_distance_median == pytest.approx(0.3)
    assert v1.finding_change_rate == pytest.approx(3 / 4)


def test_day_periods() -> None:
    cells, _ = summarize(_verdicts(), period="day", bands=WIDE)
    assert {c.period_start for c in cells} == {"2026-11-24", "2026-12-01"}


def test_drift_flag_trips_outside_the_band_only_with_enough_verdicts() -> None:
    band = Bands(reject_rate_max=0.4, edit_distance_max=0.3, finding_change_rate_max=0.7, min_feedback=2)
    cells, totals = summarize(_verdicts(), period="week", bands=band)
    week2 = _by(cells, "v1", "2026-11-30")
    assert {f["metric"] for f in week2.flags} == {"reject_rate", "edit_distance_mean", "finding_change_rate"}
    assert {"metric": "reject_rate", "value": 0.5, "limit": 0.4} in week2.flags
    assert _by(cells, "v1", "2026-11-23").flags == []  # 25% rejected, mean 0.2, changes 2/3: inside
    assert _by(cells, "v2", "2026-11-23").flags == []  # one verdict: too few to flag
    assert [f["metric"] for f in _by(totals, "v1").flags] == ["finding_change_rate"]  # 3/4 > 0.7
    assert not summarize(_verdicts(), period="week", bands=WIDE)[0][2].flags


@pytest.fixture
def seeded(database_url, tmp_path):  # noqa: ANN001, ANN201
    """A migrated database holding the fixture as feedback rows (plus one outside the window)."""
    settings = make_settings(database_url, tmp_path / "unused.yaml")
    upgrade(settings)
    engine = create_db_engine(settings)
    rows, changes = [], []
    for i, (version, at, outcome, distance, counts) in enumerate(
            [*FIXTURE, ("v1", datetime(2026, 1, 5, tzinfo=UTC), "rejected", None, (0, 0, 0, 0))]):
        fid = uuid.uuid4().hex
        rows.append({"id": fid, "request_id": f"req{i}", "key_id": "k", "model_alias": "impression-drafter",
                     "model_version": version, "prompt_template": "impression@1", "user_name": f"dr-{i % 2}",
                     "site": None, "modality": "CT", "outcome": outcome, "edit_distance": distance,
                     "edit_chars": None, "draft_findings": 2, "findings_added": counts[0],
                     "findings_removed": counts[1], "negation_flipped": counts[2], "laterality_changed": counts[3],
                     "called_at": at, "created_at": at})
        changes += [{"feedback_id": fid, "finding": "pneumothorax", "change": "negation_flipped"}] * counts[2]
        changes += [{"feedback_id": fid, "finding": "nodule", "change": "added"}] * counts[0]
    with engine.begin() as conn:
        conn.execute(insert(FeedbackRow.__table__), rows)
        conn.execute(insert(FeedbackFindingChange.__table__), changes)
    yield settings, engine
    engine.dispose()


SINCE, UNTIL = datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 31, tzinfo=UTC)


def test_report_from_the_database_matches_the_fixture(seeded) -> None:  # noqa: ANN001
    _, engine = seeded
    report = build_report(engine, WIDE, since=SINCE, until=UNTIL, group_by="model_version", period="week")
    v1 = _by(report.totals, "v1")
    assert v1.n == 6 and v1.edit_distance_median == pytest.approx(0.3)  # the January row is outside
    assert report.top_changes == [{"finding": "pneumothorax", "change": "negation_flipped", "count": 2},
                                  {"finding": "nodule", "change": "added", "count": 1}]
    by_site = build_report(engine, WIDE, since=SINCE, until=UNTIL, group_by="site")
    assert [c.group for c in by_site.totals] == ["(none)"]
    by_user = build_report(engine, WIDE, since=SINCE, until=UNTIL, group_by="user")
    assert {c.group: c.n for c in by_user.totals} == {"dr-0": 4, "dr-1": 3}
    with pytest.raises(ValueError):
        build_report(engine, WIDE, since=UNTIL, until=SINCE)


def test_html_report_renders_its_plots_with_drift_marked() -> None:
    band = Bands(reject_rate_max=0.4, edit_distance_max=0.3, finding_change_rate_max=0.7, min_feedback=2)
    verdicts = [*_verdicts(), Verdict("<script>alert(1)</script>", WEEK1, "accepted", 0.0)]
    cells, totals = summarize(verdicts, period="week", bands=band)
    from monitoring import MonitoringReport

    report = MonitoringReport(SINCE, UNTIL, "model_version", "week", band, cells, totals, [])
    html = render_html(report)
    images = re.findall(r'<img alt="([^"]+)" src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', html)
    assert [alt for alt, _ in images] == ["Acceptance rate", "Reject rate", "Mean edit distance (drafts used)",
                                         "Finding-level change rate (drafts used)"]
    reject_plot = base64.b64decode(images[1][1]).decode()
    assert reject_plot.lstrip().startswith("<?xml") and "<svg" in reject_plot
    assert "v1: drift" in reject_plot  # the flagged week is marked (and named in the legend)
    assert "v1: drift" not in base64.b64decode(images[0][1]).decode()  # acceptance has no band
    assert 'class="flag"' in html and "reject_rate 0.500 &gt; 0.4" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "http://" not in html.replace("http://www.w3.org", "")  # self-contained


def test_cli_prints_the_table_and_writes_html(seeded, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    settings, _ = seeded
    for name, value in {"ENVIRONMENT": "test", "DATABASE_URL": settings.database_url, "KEY_PEPPER": PEPPER,
                        "AUDIT_MASTER_KEY": AUDIT_KEY, "MONITORING_REJECT_RATE_MAX": "0.4",
                        "MONITORING_MIN_FEEDBACK": "2"}.items():
        monkeypatch.setenv(f"RADGATE_{name}", value)
    out = tmp_path / "report.html"
    runner = CliRunner()
    args = ["monitor", "report", "--since", "2026-11-01", "--until", "2026-12-31", "--html", str(out)]
    result = runner.invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "v1" in result.stdout and "33.3%" in result.stdout  # v1 reject rate over the window: 2/6
    assert "outside the band" in result.stdout
    assert out.read_text().count("data:image/svg+xml;base64,") == 4
    assert runner.invoke(app, [*args, "--fail-on-drift"]).exit_code == 1
    bad = runner.invoke(app, ["monitor", "report", "--group-by", "colour"])
    assert bad.exit_code == 2
    backwards = runner.invoke(app, ["monitor", "report", "--since", "2026-12-31", "--until", "2026-11-01"])
    assert backwards.exit_code == 2 and "earlier" in backwards.output
