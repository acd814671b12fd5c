"""The whole acceptance path with the real evals API: a sandbox model is evaluated through the proxy with an
acceptance-testing key against a plan registered first; only then can the committee approve it, and only
then do production keys reach it (for the approved prompt only)."""

from __future__ import annotations

import openai
import pytest
import yaml

from audit import SqlAuditWriter
from governance import GovernanceError, GovernanceService, TransitionRequest
from radgate.db import create_db_engine
from tests.conftest import make_settings, start_proxy
from tests.governance.conftest import COMMITTEE, _inventory
from tests.governance.test_enforcement import call

evals = pytest.importorskip("evals")
if not hasattr(evals, "run_plan"):
    pytest.skip("evals runs (run_plan / passing_run) are not available", allow_module_level=True)
from tests.evals.conftest import models_config, oracle, small_gold  # noqa: E402, F401 - fixtures

PLAN = {"name": "impression drafter acceptance", "model": "impression-drafter", "model_version": "oracle-1.0",
        "prompt": "findings-to-impression@1", "samples": 2, "temperature": 0.7, "max_tokens": 64,
        "thresholds": {"mean_score": ">= 0.9", "fabricated_finding_rate": "<= 0.05", "negation_rate": "<= 0.05"}}
APPROVE = TransitionRequest(to_state="approved", rationale="passed plan AP-1 on the local gold set",
                            prompt_refs=["findings-to-impression@1"])


def test_only_a_passing_pre_registered_run_unlocks_approval_and_production_routing(database_url, oracle, small_gold,  # noqa: ANN001, F811
                                                                                   tmp_path):
    settings = make_settings(database_url, models_config(tmp_path / "models.yaml", oracle.url, "oracle-1.0"),
                             redaction_enabled=False)
    server, proxy = start_proxy(settings, approve_models=False)
    inv = _inventory(settings)
    engine = create_db_engine(settings)
    committee = GovernanceService(engine, SqlAuditWriter(engine))  # the production check: evals.passing_run
    with server:
        proxy.url = server.url
        model_id = inv.register(version="oracle-1.0")
        inv.move(model_id, "sandbox")
        with pytest.raises(GovernanceError, match="no passing eval run"):
            committee.transition(model_id, APPROVE, COMMITTEE)
        production = proxy.key()
        with pytest.raises(openai.PermissionDeniedError):
            call(proxy, production, messages=[], radgate={"template": "findings-to-impression@1", "variables": {
                "indication": "cough", "comparison": "none", "findings": "Clear lungs."}})

        plan = evals.create_plan(engine, evals.parse_plan({**PLAN, "gold": {"path": str(small_gold)}}), "Dr. Chair")
        summary, _ = evals.run_plan(engine, plan.id, evals.RunOptions(proxy.url, proxy.key(acceptance_testing=True)))
        assert summary.passed, summary.blockers

        approved = committee.transition(model_id, APPROVE, COMMITTEE)
        assert approved.state == "approved" and approved.eval_runs == {"findings-to-impression@1": summary.id}
        import time

        time.sleep(settings.governance_cache_ttl_s + 0.1)
        answer = call(proxy, production, messages=[], radgate={"template": "findings-to-impression@1", "variables": {
            "indication": "cough", "comparison": "none", "findings": "Clear lungs."}})
        assert answer.model_extra["radgate"]["prompt_template"] == "findings-to-impression@1"
        with pytest.raises(openai.PermissionDeniedError) as info:  # free text was never evaluated
            call(proxy, production)
        assert info.value.response.json()["error"]["code"] == "prompt_not_approved"

        # the nightly job: re-run the plan of every approved (version, prompt) through the proxy
        from typer.testing import CliRunner

        from radgate.cli import app
        from tests.conftest import AUDIT_KEY, PEPPER

        key_file = tmp_path / "eval-key"
        key_file.write_text(proxy.key())
        env = {"RADGATE_ENVIRONMENT": "test", "RADGATE_DATABASE_URL": database_url, "RADGATE_KEY_PEPPER": PEPPER,
               "RADGATE_AUDIT_MASTER_KEY": AUDIT_KEY}
        nightly = CliRunner().invoke(app, ["eval", "run-approved", "--base-url", proxy.url,
                                           "--api-key-file", str(key_file)], env=env)
        assert nightly.exit_code == 0, nightly.output
        assert "PASS" in nightly.output and len(evals_runs(engine)) == 2
    inv.engine.dispose()
    engine.dispose()


def evals_runs(engine) -> list:  # noqa: ANN001
    from sqlalchemy import text

    with engine.connect() as conn:
        return conn.execute(text("SELECT id FROM eval_runs")).all()
