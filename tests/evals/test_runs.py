"""Acceptance plans and eval runs through a real proxy (uvicorn on loopback, official openai client),
with the remote model faked by loopback upstreams: one that echoes the gold reference, the default stub."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from sqlalchemy import text
from typer.testing import CliRunner

import evals
from evals.cli import app
from radgate.db import create_db_engine
from tests.evals.conftest import cli_env

runner = CliRunner()
THRESHOLDS = {"mean_score": ">= 0.9", "fabricated_finding_rate": "<= 0.05", "negation_rate": "<= 0.05",
              "fabricated_comparison_rate": "<= 0.05", "self_consistency": ">= 0.9", "paraphrase_robustness": ">= 0.9"}


def plan_file(tmp_path: Path, gold_path: Path, **overrides) -> Path:  # noqa: ANN003
    plan = {"name": "impression drafter acceptance", "model": "impression-drafter", "model_version": "oracle-1.0",
            "prompt": "findings-to-impression@1", "gold": {"path": str(gold_path)}, "samples": 2, "temperature": 0.7,
            "max_tokens": 64, "thresholds": THRESHOLDS, **overrides}
    path = tmp_path / f"plan-{len(list(tmp_path.glob('plan-*.yaml')))}.yaml"
    path.write_text(yaml.safe_dump(plan))
    return path


def create_plan(database_url: str, path: Path) -> str:
    result = runner.invoke(app, ["plan", "create", "--file", str(path), "--by", "Dr. Chair"], env=cli_env(database_url))
    assert result.exit_code == 0, result.output
    return result.stdout.strip().splitlines()[-1]


def run(database_url: str, proxy, plan_id: str, tmp_path: Path, *extra: str):  # noqa: ANN001, ANN201
    key_file = tmp_path / "key"
    key_file.write_text(proxy.key() + "\n")
    return runner.invoke(app, ["run", "--plan", plan_id, "--base-url", proxy.url, "--api-key-file", str(key_file),
                               *extra], env=cli_env(database_url))


def run_id_of(result) -> str:  # noqa: ANN001
    return result.stdout.strip().splitlines()[-1]


def test_a_model_that_echoes_the_reference_passes_and_is_found_by_governance(
        database_url, oracle_proxy, oracle, small_gold, tmp_path) -> None:  # noqa: ANN001
    plan_id = create_plan(database_url, plan_file(tmp_path, small_gold))
    result = run(database_url, oracle_proxy, plan_id, tmp_path, "--output-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "PASS" in result.output
    run_id = run_id_of(result)

    engine = create_db_engine(oracle_proxy.settings)
    summary = evals.get_run(engine, run_id)
    assert summary.passed and summary.blockers == [] and summary.preregistered
    assert summary.model_version == "oracle-1.0" and summary.prompt_ref == "findings-to-impression@1"
    assert summary.counts == {"cases": 10, "attempted": 10, "scored": 10, "failed": 0, "excluded": 0}
    assert summary.metrics["mean_score"]["value"] == 1.0
    assert summary.metrics["self_consistency"]["value"] == 1.0
    assert summary.metrics["paraphrase_robustness"]["value"] == 1.0
    assert all(t["passed"] for t in summary.thresholds) and len(summary.thresholds) == len(THRESHOLDS)
    assert set(summary.subgroups["modality"]) == {"XR", "CT", "MR", "US"}
    assert evals.passing_run(engine, "impression-drafter", "oracle-1.0", "findings-to-impression@1").id == run_id
    assert evals.passing_run(engine, "impression-drafter", "oracle-1.1", "findings-to-impression@1") is None
    assert evals.passing_run(engine, "impression-drafter", "oracle-1.0", "findings-to-impression@2") is None

    # 10 cases x (1 greedy + 2 samples + 1 paraphrase), each with the study context and site from the gold set
    assert len(oracle.requests) == 40
    temperatures = sorted({r.get("temperature") for r in oracle.requests})
    assert temperatures == [0.0, 0.7]
    with engine.connect() as conn:  # what the audit trail (and so criteria and monitoring) saw
        seen = conn.execute(text("SELECT study, site FROM audit_events WHERE event_type = 'model_call.started'")).all()
    assert len(seen) == 40
    studies = [json.loads(study) if isinstance(study, str) else study for study, _ in seen]
    assert {s["modality"] for s in studies} == {"XR", "CT", "MR", "US"}
    assert all(s["patient_age"] in (10, 45, 75) and s["sex"] in ("F", "M") and s["body_part"] for s in studies)
    assert {site for _, site in seen} <= {"site_a", "site_b", "site_c"}
    # the output folder has the run, its cases and the scorecard
    assert {p.name for p in tmp_path.glob(f"{run_id}*")} == {f"{run_id}.json", f"{run_id}.cases.jsonl", f"{run_id}.html"}
    cases = [json.loads(line) for line in (tmp_path / f"{run_id}.cases.jsonl").read_text().splitlines()]
    assert [c["case_id"] for c in cases][:2] == ["xr_chest-002", "xr_chest-003"]


def test_a_model_that_invents_findings_and_priors_fails(database_url, proxy, small_gold, tmp_path) -> None:  # noqa: ANN001
    # the default stub answers every case with the same impression: a nodule, "unchanged from prior", ...
    plan_id = create_plan(database_url, plan_file(tmp_path, small_gold, model_version="stub-1.0"))
    result = run(database_url, proxy, plan_id, tmp_path)
    assert result.exit_code == 1, result.output
    assert "FAIL" in result.output
    summary = evals.get_run(create_db_engine(proxy.settings), run_id_of(result))
    assert not summary.passed and summary.blockers == []  # it failed on its metrics alone
    failed = {t["metric"] for t in summary.thresholds if not t["passed"]}
    assert {"mean_score", "fabricated_finding_rate", "fabricated_comparison_rate"} <= failed
    assert summary.metrics["fabricated_comparison_rate"]["count"] >= 1
    low, high = summary.metrics["fabricated_finding_rate"]["ci"]
    assert 0 <= low <= summary.metrics["fabricated_finding_rate"]["value"] <= high <= 1
    assert evals.passing_run(create_db_engine(proxy.settings), "impression-drafter", "stub-1.0",
                             "findings-to-impression@1") is None

    card = tmp_path / "card.html"
    result = runner.invoke(app, ["scorecard", summary.id, "--output", str(card)], env=cli_env(database_url))
    assert result.exit_code == 0, result.output
    html = card.read_text()
    assert 'id="verdict">FAIL<' in html and "stub-1.0" in html and "findings-to-impression@1" in html
    assert "fabricated_comparison" in html and "data:image/svg+xml;base64," in html
    assert "xr_chest-002" in html  # worst cases name the gold cases


def test_a_plan_registered_after_the_run_started_cannot_pass(oracle_proxy, small_gold, tmp_path) -> None:  # noqa: ANN001
    engine = create_db_engine(oracle_proxy.settings)
    spec = evals.parse_plan(yaml.safe_load(plan_file(tmp_path, small_gold).read_text()))
    late = evals.create_plan(engine, spec, "Dr. Chair", now=datetime.now(UTC) + timedelta(hours=1))
    summary, _ = evals.run_plan(engine, late.id, evals.RunOptions(oracle_proxy.url, oracle_proxy.key()))
    assert not summary.passed and not summary.preregistered
    assert all(t["passed"] for t in summary.thresholds)  # the metrics alone would have passed
    assert any("not before the run started" in b for b in summary.blockers)
    assert evals.passing_run(engine, "impression-drafter", "oracle-1.0", "findings-to-impression@1") is None


def test_a_run_of_another_model_version_cannot_pass(oracle_proxy, small_gold, tmp_path) -> None:  # noqa: ANN001
    engine = create_db_engine(oracle_proxy.settings)
    spec = evals.parse_plan(yaml.safe_load(plan_file(tmp_path, small_gold, model_version="oracle-2.0").read_text()))
    plan = evals.create_plan(engine, spec, "Dr. Chair")
    summary, _ = evals.run_plan(engine, plan.id, evals.RunOptions(oracle_proxy.url, oracle_proxy.key()))
    assert summary.model_version == "oracle-1.0" and summary.planned_model_version == "oracle-2.0"
    assert not summary.passed and any("oracle-1.0" in b and "oracle-2.0" in b for b in summary.blockers)
    assert evals.passing_run(engine, "impression-drafter", "oracle-2.0", "findings-to-impression@1") is None
    assert evals.passing_run(engine, "impression-drafter", "oracle-1.0", "findings-to-impression@1") is None


def test_a_partial_run_cannot_pass(database_url, oracle_proxy, small_gold, tmp_path) -> None:  # noqa: ANN001
    plan_id = create_plan(database_url, plan_file(tmp_path, small_gold))
    result = run(database_url, oracle_proxy, plan_id, tmp_path, "--limit", "2")
    assert result.exit_code == 1, result.output
    summary = evals.get_run(create_db_engine(oracle_proxy.settings), run_id_of(result))
    assert summary.cases == 2 and not summary.passed and any("partial run" in b for b in summary.blockers)


def test_plans_and_runs_are_append_only(oracle_proxy, small_gold, tmp_path) -> None:  # noqa: ANN001
    engine = create_db_engine(oracle_proxy.settings)
    plan = evals.create_plan(engine, evals.parse_plan(yaml.safe_load(plan_file(tmp_path, small_gold).read_text())),
                             "Dr. Chair")
    summary, _ = evals.run_plan(engine, plan.id, evals.RunOptions(oracle_proxy.url, oracle_proxy.key(), limit=1))
    for statement in ("UPDATE eval_plans SET thresholds = '[]'", "DELETE FROM eval_plans",
                      "UPDATE eval_runs SET passed = true", "DELETE FROM eval_case_results"):
        with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
            conn.execute(text(statement))
    assert evals.get_run(engine, summary.id).passed is False


def test_trend_compares_with_the_previous_run_of_the_same_model(database_url, oracle_proxy, small_gold,
                                                                tmp_path) -> None:  # noqa: ANN001
    plan_id = create_plan(database_url, plan_file(tmp_path, small_gold))
    first = run_id_of(run(database_url, oracle_proxy, plan_id, tmp_path))
    second = run_id_of(run(database_url, oracle_proxy, plan_id, tmp_path))
    listing = runner.invoke(app, ["runs", "--plan", plan_id, "--json"], env=cli_env(database_url))
    assert listing.exit_code == 0, listing.output
    assert [json.loads(line)["id"] for line in listing.stdout.splitlines()] == [second, first]  # newest first
    assert runner.invoke(app, ["runs"], env=cli_env(database_url)).exit_code == 0
    card = tmp_path / "card.html"
    assert runner.invoke(app, ["scorecard", second, "--output", str(card)], env=cli_env(database_url)).exit_code == 0
    html = card.read_text()
    assert 'id="verdict">PASS<' in html and f"previous run of oracle-1.0 x findings-to-impression@1: {first}" in html
    assert html.count("data:image/svg+xml;base64,") == 4  # error rates, ragas, subgroups, trend


# --- refusals: clear message, non-zero exit, nothing stored ----------------------------------------------

def _runs_stored(database_url: str) -> int:
    from sqlalchemy import create_engine

    from radgate.db import normalize_url

    with create_engine(normalize_url(database_url)).connect() as conn:
        return conn.execute(text("SELECT count(*) FROM eval_runs")).scalar_one()


def test_run_refuses_a_missing_plan_an_unreachable_proxy_and_a_bad_key(database_url, proxy, small_gold,
                                                                        tmp_path) -> None:  # noqa: ANN001
    plan_id = create_plan(database_url, plan_file(tmp_path, small_gold, model_version="stub-1.0"))
    key_file = tmp_path / "key"
    key_file.write_text(proxy.key())
    env = cli_env(database_url)

    def invoke(*args: str):  # noqa: ANN202
        return runner.invoke(app, ["run", *args], env=env)

    missing = invoke("--plan", "plan-000000000000", "--base-url", proxy.url, "--api-key-file", str(key_file))
    assert missing.exit_code == 2 and "no acceptance plan 'plan-000000000000'" in missing.output

    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    unreachable = invoke("--plan", plan_id, "--base-url", dead, "--api-key-file", str(key_file))
    assert unreachable.exit_code == 2 and "cannot reach the proxy" in unreachable.output

    (tmp_path / "bad").write_text("rg_0000dead_" + "x" * 43)
    bad_key = invoke("--plan", plan_id, "--base-url", proxy.url, "--api-key-file", str(tmp_path / "bad"))
    assert bad_key.exit_code == 2 and "refused the API key" in bad_key.output

    other_model = tmp_path / "other"
    other_model.write_text(proxy.key(models=("summary-drafter",)))
    not_allowed = invoke("--plan", plan_id, "--base-url", proxy.url, "--api-key-file", str(other_model))
    assert not_allowed.exit_code == 2 and "may not use model 'impression-drafter'" in not_allowed.output

    no_file = invoke("--plan", plan_id, "--base-url", proxy.url, "--api-key-file", str(tmp_path / "nope"))
    assert no_file.exit_code == 2 and "cannot read --api-key-file" in no_file.output
    assert _runs_stored(database_url) == 0


def test_run_refuses_a_gold_set_that_changed_since_the_plan(database_url, proxy, small_gold, tmp_path) -> None:  # noqa: ANN001
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(small_gold.read_bytes())
    plan_id = create_plan(database_url, plan_file(tmp_path, gold, model_version="stub-1.0"))
    original = gold.read_text()
    gold.write_text(original.replace("Small right pleural effusion", "Large right pleural effusion", 1))
    assert gold.read_text() != original
    result = run(database_url, proxy, plan_id, tmp_path)
    assert result.exit_code == 2 and "the gold set changed" in result.output
    assert _runs_stored(database_url) == 0


@pytest.mark.parametrize(("change", "message"), [
    ({"thresholds": {"bleu": ">= 0.5"}}, "unknown metric 'bleu'"),
    ({"thresholds": {"mean_score": 0.9}}, "must read like"),
    ({"thresholds": {"mean_score": ">= 1.5"}}, "between 0 and 1"),
    ({"samples": 0, "thresholds": {"self_consistency": ">= 0.9"}}, "needs 'samples' of at least 1"),
    ({"prompt": "findings-to-impression"}, "exact template version"),
    ({"prompt": "findings-to-impression@99"}, "unknown prompt template"),
    ({"gold": {"path": "missing.jsonl"}}, "gold set not found"),
    ({"gold": {"path": "GOLD", "sha256": "0" * 64}}, "has SHA-256"),
    ({"colour": "blue"}, "unknown plan field(s): colour"),
])
def test_plan_create_refuses_bad_plans(change, message, small_gold, tmp_path) -> None:  # noqa: ANN001
    if change.get("gold", {}).get("path") == "GOLD":
        change = {**change, "gold": {**change["gold"], "path": str(small_gold)}}
    database_url = f"sqlite:///{tmp_path}/db.sqlite"
    from radgate.db import upgrade
    from tests.conftest import make_settings

    upgrade(make_settings(database_url, Path("config/models.yaml")))
    result = runner.invoke(app, ["plan", "create", "--file", str(plan_file(tmp_path, small_gold, **change)),
                                 "--by", "Dr. Chair"], env=cli_env(database_url))
    assert result.exit_code == 2
    assert message in re.sub(r"\s+", " ", result.output)
