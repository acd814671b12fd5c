"""End to end: the real embedded SmolLM2-135M behind a real proxy, an acceptance plan, a stored run and its
scorecard. A 135M model is not a radiologist: it is expected to fail sensible thresholds."""

from __future__ import annotations

import json
import re

import yaml
from typer.testing import CliRunner

import evals
from evals.cli import app
from radgate.db import create_db_engine
from tests.conftest import make_settings, start_proxy
from tests.evals.conftest import cli_env

VERSION = "smollm2-135m-instruct@q4_1-gguf"


def test_embedded_model_run_is_stored_and_its_scorecard_shows_the_failure(embedded_server, small_gold,
                                                                          tmp_path) -> None:  # noqa: ANN001
    config = tmp_path / "models.yaml"
    config.write_text(yaml.safe_dump({"model_list": [{
        "model_name": "impression-drafter",
        "litellm_params": {"model": "openai/smollm2-135m-instruct", "api_base": embedded_server.url + "/v1",
                           "api_key": "none", "timeout": 120},
        "model_info": {"version": VERSION}}]}))
    database_url = f"sqlite:///{tmp_path}/db.sqlite"
    server, proxy = start_proxy(make_settings(database_url, config))
    plan = tmp_path / "plan.yaml"
    plan.write_text(yaml.safe_dump({
        "name": "SmolLM2 impression drafting, acceptance", "model": "impression-drafter", "model_version": VERSION,
        "prompt": "findings-to-impression@1", "gold": {"path": str(small_gold)},
        "samples": 1, "temperature": 0.7, "max_tokens": 24,  # ~12 tokens/s on CPU: keep drafts short
        "thresholds": {"mean_score": ">= 0.8", "fabricated_finding_rate": "<= 0.1", "omitted_finding_rate": "<= 0.2",
                       "self_consistency": ">= 0.7"}}))
    runner, env = CliRunner(), cli_env(database_url)
    with server:
        created = runner.invoke(app, ["plan", "create", "--file", str(plan), "--by", "AI committee chair"], env=env)
        assert created.exit_code == 0, created.output
        plan_id = created.stdout.strip().splitlines()[-1]
        key_file = tmp_path / "key"
        key_file.write_text(proxy.key())
        ran = runner.invoke(app, ["run", "--plan", plan_id, "--base-url", server.url, "--api-key-file", str(key_file),
                                  "--limit", "3", "--output-dir", str(tmp_path), "--timeout", "300"], env=env)
    assert ran.exit_code == 1, ran.output  # stored, and failed
    run_id = ran.stdout.strip().splitlines()[-1]

    summary = evals.get_run(create_db_engine(proxy.settings), run_id)
    assert summary.model_version == VERSION and summary.cases == 3 and not summary.passed
    assert summary.counts["scored"] + summary.counts["failed"] == 3
    assert any(not t["passed"] for t in summary.thresholds)
    assert any("partial run" in b for b in summary.blockers)
    cases = [json.loads(line) for line in (tmp_path / f"{run_id}.cases.jsonl").read_text().splitlines()]
    assert [c["case_id"] for c in cases] == ["xr_chest-002", "xr_chest-003", "ct_chest-001"]
    assert all(c["draft"] for c in cases if c["status"] == "ok")

    card = tmp_path / "card.html"
    rendered = runner.invoke(app, ["scorecard", run_id, "--output", str(card)], env=env)
    assert rendered.exit_code == 0, rendered.output
    html = card.read_text()
    assert re.search(rf'id="model-version">{re.escape(VERSION)}<', html)
    assert 'id="prompt-ref">findings-to-impression@1<' in html
    assert 'id="verdict">FAIL<' in html and ">FAIL</td>" in html  # the verdict and at least one failed threshold
    assert "SmolLM2 impression drafting, acceptance" in html and "AI committee chair" in html
    assert html.count("data:image/svg+xml;base64,") >= 2
    assert html == (tmp_path / f"{run_id}.html").read_text()  # --output-dir wrote the same card
