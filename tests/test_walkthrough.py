"""The README walk-through, run for real by scripts/walkthrough.sh: a new model is registered, fails its
acceptance run, cannot be approved; a passing (demo) model is approved, serves a production call, gets
feedback and shows in the monitoring report; everything is in the audit trail. Real servers, real CLI,
real SQLite; only the upstream 'model' that passes is the demonstration oracle. Takes a few minutes."""

from __future__ import annotations

import importlib.util
import os
import re
import signal
import socket
import sqlite3
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "walkthrough.sh"


def _embedded_model_unavailable() -> str | None:
    """Why the embedded model cannot load here, or None."""
    for package in ("torch", "transformers", "gguf"):
        if importlib.util.find_spec(package) is None:
            return f"the embedded model needs {package!r} (the 'model' extra), which is not installed"
    import modelserver

    try:
        modelserver.gguf_path()
    except modelserver.ModelCacheError as exc:
        return f"the embedded model's weights are not installed: {exc}"
    return None


def _free_ports(n: int) -> list[int]:
    sockets = [socket.socket() for _ in range(n)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


@pytest.fixture(scope="module")
def walkthrough(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    reason = _embedded_model_unavailable()
    if reason:
        pytest.skip(reason)
    work = tmp_path_factory.mktemp("walkthrough")
    proxy, model, oracle = _free_ports(3)
    env = {**os.environ, "WALKTHROUGH_DIR": str(work / "run"), "MODEL_CACHE": str(work / "models" / "smollm2"),
           "PROXY_PORT": str(proxy), "MODEL_PORT": str(model), "ORACLE_PORT": str(oracle), "COLUMNS": "160"}
    for name in [k for k in env if k.startswith("RADGATE_")]:  # the script sets its own configuration
        del env[name]
    process = subprocess.Popen(["bash", str(SCRIPT)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, start_new_session=True)
    try:
        output, _ = process.communicate(timeout=900)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGTERM)  # the script's own trap stops the servers it started
        output, _ = process.communicate(timeout=30)
        pytest.fail(f"walkthrough did not finish in 15 minutes:\n{output[-4000:]}")
    return subprocess.CompletedProcess(process.args, process.returncode, output, None), work / "run"


def _step(output: str, number: int) -> str:
    """The output of one numbered step."""
    match = re.search(rf"== {number}\. .*?(?=\n\S*== \d+\. |\n\S*== Done|\Z)", output, re.DOTALL)
    assert match, f"step {number} missing from the output"
    return match.group(0)


def test_the_walkthrough_runs_to_the_end(walkthrough) -> None:
    result, _ = walkthrough
    assert result.returncode == 0, result.stdout[-6000:]
    assert "walkthrough: FAILED" not in result.stdout


def test_the_embedded_model_fails_its_run_and_cannot_be_approved(walkthrough) -> None:
    result, work = walkthrough
    run = _step(result.stdout, 6)
    assert re.search(r"run run-\w+: FAIL\s+impression-drafter smollm2-135m-instruct@q4_1-gguf", run)
    assert "(exit status 1)" in run
    assert 'id="verdict">FAIL<' in (work / "scorecard-embedded.html").read_text()
    decisions = _step(result.stdout, 8)
    assert "refused: no passing eval run of impression-drafter" in " ".join(decisions.split())


def test_the_oracle_passes_is_approved_and_serves_production_with_the_template_only(walkthrough) -> None:
    result, work = walkthrough
    assert re.search(r"run (run-\w+): PASS\s+oracle-drafter oracle-demo-1", _step(result.stdout, 7))
    assert "sandbox -> approved" in _step(result.stdout, 8)
    call = _step(result.stdout, 9)
    assert '"model_version": "oracle-demo-1"' in call and '"prompt_template": "findings-to-impression@1"' in call
    assert "free text without a template: HTTP 403 prompt_not_approved" in call

    db = sqlite3.connect(work / "radgate.db")
    states = dict(db.execute("SELECT alias, state FROM governance_models"))
    assert states == {"impression-drafter": "sandbox", "oracle-drafter": "approved"}
    assert sorted(db.execute("SELECT model_alias, passed FROM eval_runs")) == [("impression-drafter", 0),
                                                                               ("oracle-drafter", 1)]


def test_feedback_reaches_the_monitoring_report_and_everything_is_audited(walkthrough) -> None:
    result, work = walkthrough
    assert '"outcome": "edited"' in _step(result.stdout, 10)
    report = _step(result.stdout, 11)
    assert re.search(r"oracle-demo-1\s*│\s*1\s*│\s*0\.0%\s*│\s*100\.0%", report), report
    assert (work / "monitoring.html").read_text().startswith("<!DOCTYPE html>")
    assert "audit chain intact" in _step(result.stdout, 12)

    db = sqlite3.connect(work / "radgate.db")
    events = {row[0] for row in db.execute("SELECT DISTINCT event_type FROM audit_events")}
    assert {"governance.model_registered", "governance.transition", "model_call.completed",
            "feedback.received"} <= events
    assert db.execute("SELECT outcome, model_version FROM feedback").fetchall() == [("edited", "oracle-demo-1")]
