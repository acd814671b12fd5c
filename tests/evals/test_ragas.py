"""ragas metrics in eval runs: the non-LLM scores, a run that stores them and a scorecard that shows them, and
an LLM judge reached only through the real proxy (the remote judge model faked by a loopback upstream that
answers ragas' structured prompts)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from sqlalchemy import text
from typer.testing import CliRunner

import evals
from evals._plans import PlanError, parse_thresholds
from evals._ragas import JUDGE_METRICS, NON_LLM_METRICS, non_llm_scores
from evals.cli import app
from radgate.db import create_db_engine
from radgate.testing.judge_stub import JudgeStub
from radgate.testing.netguard import loopback_only
from tests.conftest import make_settings, start_proxy
from tests.evals.conftest import cli_env
from tests.evals.test_runs import THRESHOLDS, create_plan, plan_file, run, run_id_of
from tests.support import LoopbackServer

runner = CliRunner()
REFERENCE = "1. Mild bibasilar atelectasis. 2. Small right pleural effusion. 3. Cardiomegaly."
GARBLED_CASE = "ct_head-001"  # its reference: "Small left frontal subarachnoid hemorrhage."


# --- the non-LLM scores ------------------------------------------------------------------------------------

def test_identical_text_scores_one_on_every_non_llm_metric() -> None:
    scores = non_llm_scores(REFERENCE, REFERENCE)
    assert set(scores) == set(NON_LLM_METRICS)
    assert scores == {name: 1.0 for name in NON_LLM_METRICS}  # BLEU too, although the text has several sentences


def test_unrelated_text_scores_low_and_a_close_rewording_in_between() -> None:
    unrelated = non_llm_scores("The quick brown fox jumps over the lazy dog near the river bank.", REFERENCE)
    assert all(value < 0.3 for value in unrelated.values()), unrelated
    close = non_llm_scores("1. Mild bibasilar atelectasis. 2. Small left pleural effusion. 3. Cardiomegaly.",
                           REFERENCE)
    assert all(unrelated[n] < close[n] < 1.0 for n in NON_LLM_METRICS), close
    assert non_llm_scores("", REFERENCE) == {name: 0.0 for name in NON_LLM_METRICS}  # a failed draft


def test_non_llm_scores_are_deterministic() -> None:
    candidate = "Small right pleural effusion with cardiomegaly. No pneumothorax."
    assert non_llm_scores(candidate, REFERENCE) == non_llm_scores(candidate, REFERENCE)


def test_judge_thresholds_need_a_judge_and_non_llm_ones_do_not() -> None:
    assert parse_thresholds({"ragas_rouge_l": ">= 0.3"}, samples=0)[0]["metric"] == "ragas_rouge_l"
    with pytest.raises(PlanError, match="needs a 'judge'"):
        parse_thresholds({"ragas_faithfulness": ">= 0.8"}, samples=0)
    assert parse_thresholds({"ragas_faithfulness": ">= 0.8"}, samples=0, judge="judge")[0]["value"] == 0.8


# --- runs -------------------------------------------------------------------------------------------------

def test_a_run_stores_ragas_scores_and_the_scorecard_shows_them(database_url, oracle_proxy, small_gold,
                                                                 tmp_path) -> None:  # noqa: ANN001
    plan_id = create_plan(database_url, plan_file(tmp_path, small_gold, thresholds={
        **THRESHOLDS, "ragas_rouge_l": ">= 0.95"}))
    result = run(database_url, oracle_proxy, plan_id, tmp_path, "--output-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "ragas: string_similarity 1.000" in result.output
    run_id = run_id_of(result)
    engine = create_db_engine(oracle_proxy.settings)
    summary = evals.get_run(engine, run_id)
    # the oracle answers with the reference itself: every non-LLM metric is 1 on all ten cases
    for name in NON_LLM_METRICS:
        assert summary.metrics[name] == {"value": 1.0, "ci": [1.0, 1.0], "n": 10}, name
    assert not set(JUDGE_METRICS) & set(summary.metrics)
    assert summary.ragas == {"metrics": list(NON_LLM_METRICS), "judge": None}
    assert summary.conditions["judge_model"] is None
    assert {t["metric"]: t["passed"] for t in summary.thresholds}["ragas_rouge_l"] is True
    cases = [json.loads(line) for line in (tmp_path / f"{run_id}.cases.jsonl").read_text().splitlines()]
    assert all(c["detail"]["ragas"] == {name: 1.0 for name in NON_LLM_METRICS} for c in cases)

    html = (tmp_path / f"{run_id}.html").read_text()
    assert '<table id="ragas">' in html and "ragas_chrf" in html and "No judge configured" in html
    assert html.count("data:image/svg+xml;base64,") == 3  # error rates, subgroups, ragas
    card = tmp_path / "card.json"
    shown = runner.invoke(app, ["scorecard", run_id, "--output", str(card)], env=cli_env(database_url))
    assert shown.exit_code == 0, shown.output
    data = json.loads(card.read_text())
    assert data["ragas"]["judge"] is None and data["metrics"]["ragas_bleu"]["value"] == 1.0


def test_a_stub_model_that_ignores_the_case_scores_low(database_url, proxy, small_gold,
                                                       tmp_path) -> None:  # noqa: ANN001
    plan_id = create_plan(database_url, plan_file(tmp_path, small_gold, model_version="stub-1.0"))
    result = run(database_url, proxy, plan_id, tmp_path)
    assert result.exit_code == 1, result.output
    summary = evals.get_run(create_db_engine(proxy.settings), run_id_of(result))
    # the same canned impression for every case: far from each reference
    assert summary.metrics["ragas_rouge_l"]["value"] < 0.3 and summary.metrics["ragas_rouge_l"]["n"] == 10
    low, high = summary.metrics["ragas_chrf"]["ci"]
    assert 0.0 <= low <= summary.metrics["ragas_chrf"]["value"] <= high < 0.5


@pytest.fixture
def judged_proxy(database_url, oracle, tmp_path):  # noqa: ANN001, ANN201
    """A proxy with two aliases: the drafter (the reference oracle) and `judge` (a stub judge upstream that
    answers ragas' prompts, except that any prompt about the ct_head-001 reference gets prose, not JSON)."""
    judge = JudgeStub(garbage_when="subarachnoid hemorrhage")
    with LoopbackServer(judge, lifespan="off", graceful_s=1) as upstream:
        config = tmp_path / "models.yaml"
        config.write_text(yaml.safe_dump({"model_list": [
            {"model_name": "impression-drafter", "model_info": {"version": "oracle-1.0"},
             "litellm_params": {"model": "openai/stub", "api_base": oracle.url, "api_key": "none"}},
            {"model_name": "judge", "model_info": {"version": "judge-stub-1"},
             "litellm_params": {"model": "openai/judge-stub", "api_base": upstream.url + "/v1", "api_key": "none"}},
        ], "router_settings": {"num_retries": 0, "timeout": 30}}))
        server, handle = start_proxy(make_settings(database_url, config))
        with server:
            handle.url = server.url
            handle.judge = judge
            yield handle


def test_the_judge_is_called_through_the_proxy_audited_and_a_garbled_answer_is_counted(
        database_url, judged_proxy, small_gold, tmp_path) -> None:  # noqa: ANN001
    plan_id = create_plan(database_url, plan_file(tmp_path, small_gold, judge="judge", thresholds={
        **THRESHOLDS, "ragas_factual_correctness": ">= 0.9", "ragas_faithfulness": ">= 0.1"}))
    key_file = tmp_path / "key"
    key_file.write_text(judged_proxy.key(models=("impression-drafter", "judge")))
    attempts: list[str] = []
    with loopback_only(attempts):  # nothing leaves the machine: drafts, judge calls, ragas itself
        result = runner.invoke(app, ["run", "--plan", plan_id, "--base-url", judged_proxy.url, "--api-key-file",
                                     str(key_file), "--output-dir", str(tmp_path)], env=cli_env(database_url))
    assert attempts == []
    assert result.exit_code == 0, result.output  # a garbled judge answer does not fail the run
    run_id = run_id_of(result)
    engine = create_db_engine(judged_proxy.settings)
    summary = evals.get_run(engine, run_id)

    judge = summary.ragas["judge"]
    assert judge["model"] == "judge" and summary.conditions["judge_model"] == "judge"
    assert judge["prompt_version"].startswith("ragas==0.4.3: faithfulness, factual_correctness")
    assert judge["failed_parses"] == 2 and judge["failed_calls"] == 0  # both metrics of the garbled case
    assert judge["evaluations"] == 20 and judged_proxy.judge.garbage_answers >= 2
    # the drafts are the references: every claim of a draft is in its reference and the other way round
    assert summary.metrics["ragas_factual_correctness"] == {"value": 1.0, "ci": [1.0, 1.0], "n": 9}
    faithfulness = summary.metrics["ragas_faithfulness"]
    assert faithfulness["n"] == 9 and 0.0 < faithfulness["value"] <= 1.0
    assert summary.passed and all(t["passed"] for t in summary.thresholds)
    cases = {json.loads(line)["case_id"]: json.loads(line)["detail"]["ragas"]
             for line in (tmp_path / f"{run_id}.cases.jsonl").read_text().splitlines()}
    assert cases[GARBLED_CASE]["ragas_faithfulness"] is None and cases[GARBLED_CASE]["ragas_rouge_l"] == 1.0
    assert all(v["ragas_factual_correctness"] == 1.0 for k, v in cases.items() if k != GARBLED_CASE)

    # every judge call went through the proxy under the judge alias and is on the audit record
    upstream_calls = judged_proxy.judge.requests
    assert upstream_calls and all(c["model"] == "judge-stub" and c["response_format"] == {"type": "json_object"}
                                  for c in upstream_calls)
    with engine.connect() as conn:
        audited = dict(conn.execute(text(
            "SELECT event_type, count(*) FROM audit_events WHERE model_alias = 'judge' AND event_type LIKE "
            "'model_call.%' GROUP BY event_type")).all())
    assert audited == {"model_call.started": len(upstream_calls), "model_call.completed": len(upstream_calls)}

    html = (tmp_path / f"{run_id}.html").read_text()
    assert "ragas_faithfulness" in html and "ragas_factual_correctness" in html
    assert "Judge: model <b>judge</b>" in html and "2 failed parse(s)" in html and "ragas==0.4.3" in html


def test_a_judge_other_than_the_plans_cannot_pass_and_a_judge_the_key_may_not_use_is_refused(
        database_url, judged_proxy, small_gold, tmp_path) -> None:  # noqa: ANN001
    plan_id = create_plan(database_url, plan_file(tmp_path, small_gold, judge="judge"))
    key_file = tmp_path / "key"
    key_file.write_text(judged_proxy.key(models=("impression-drafter", "judge")))
    base = ["run", "--plan", plan_id, "--base-url", judged_proxy.url, "--api-key-file", str(key_file),
            "--limit", "1"]
    # the drafter as judge: it answers prose, never JSON; every judge metric is a failed parse, the run is stored
    other = runner.invoke(app, [*base, "--judge", "impression-drafter"], env=cli_env(database_url))
    assert other.exit_code == 1, other.output
    summary = evals.get_run(create_db_engine(judged_proxy.settings), run_id_of(other))
    assert any("plan registered judge 'judge'" in b for b in summary.blockers)
    assert summary.ragas["judge"]["failed_parses"] == summary.ragas["judge"]["evaluations"] == 2
    assert summary.metrics["ragas_faithfulness"]["value"] is None and summary.metrics["ragas_faithfulness"]["n"] == 0

    drafter_only = tmp_path / "drafter-key"
    drafter_only.write_text(judged_proxy.key(models=("impression-drafter",)))
    refused = runner.invoke(app, [*base[:-4], "--api-key-file", str(drafter_only), "--limit", "1"],
                            env=cli_env(database_url))
    assert refused.exit_code == 2 and "may not use the judge model 'judge'" in refused.output


# --- offline ------------------------------------------------------------------------------------------------

_OFFLINE_SCRIPT = textwrap.dedent("""
    import asyncio, json, os, socket
    from radgate.testing.netguard import loopback_only
    attempts = []
    with loopback_only(attempts):
        try:
            socket.getaddrinfo("example.org", 443)
        except OSError:
            pass
    assert attempts == ["getaddrinfo example.org"], attempts  # the guard is watching
    attempts.clear()
    with loopback_only(attempts):
        from evals._ragas import Judge, non_llm_scores
        from radgate.testing import LoopbackServer
        from radgate.testing.judge_stub import JudgeStub
        scores = non_llm_scores("Small right pleural effusion.", "Small right pleural effusion.")

        async def judged(url):
            judge = Judge(url, "key", "judge-stub")
            try:
                await judge.preflight()
                return await judge.score("Small right effusion.", "Small right effusion. No pneumothorax.",
                                         "Small right effusion.")
            finally:
                await judge.close()

        with LoopbackServer(JudgeStub(), lifespan="off", graceful_s=1) as server:
            values = asyncio.run(judged(server.url))
    print("RESULT=" + json.dumps({"attempts": attempts, "scores": scores, "values": values,
                                  "track": os.environ.get("RAGAS_DO_NOT_TRACK"),
                                  "tiktoken": os.environ.get("TIKTOKEN_CACHE_DIR")}))
""")


def test_ragas_and_the_judge_make_no_non_loopback_connection_and_turn_telemetry_off() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("RAGAS_DO_NOT_TRACK", "TIKTOKEN_CACHE_DIR")}
    proc = subprocess.run([sys.executable, "-c", _OFFLINE_SCRIPT], capture_output=True, text=True, timeout=180,
                          env=env, cwd=str(Path(__file__).parents[2]))
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.split("RESULT=", 1)[1])
    assert result["attempts"] == []
    assert result["track"] == "true"  # set by evals._ragas itself: the environment had no opt-out
    assert result["tiktoken"] and Path(result["tiktoken"]).is_dir()
    assert set(result["scores"].values()) == {1.0}
    assert result["values"] == {"ragas_faithfulness": 1.0, "ragas_factual_correctness": 1.0}
