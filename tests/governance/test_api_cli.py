"""/governance/models over HTTP (role checks, no writable state) and `radgate models ...` at the CLI."""

from __future__ import annotations

import json
import re

import httpx
import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from radgate.auth import Role
from radgate.cli import app
from radgate.db import create_db_engine
from tests.conftest import AUDIT_KEY, PEPPER, make_settings, write_models_config

NEW = {"alias": "impression-drafter", "version": "stub-1.0", "backend": "openai/stub",
       "intended_purpose": "draft CT chest impressions for radiologist review", "regulatory_status": "non_fda",
       "criteria": {"modalities": ["CT"]}, "irb_ref": "IRB-2026-114"}


def _h(key: str) -> dict:
    return {"Authorization": f"Bearer {key}"}


def test_routes_follow_the_role_matrix_and_state_is_never_writable(gov):  # noqa: ANN001
    proxy, _ = gov
    committee, admin, reporting = proxy.key(Role.governance, ()), proxy.key(Role.admin, ()), proxy.key()
    url = proxy.url + "/governance/models"
    assert httpx.get(url, headers=_h(reporting)).status_code == 403
    assert httpx.get(url).status_code == 401
    assert httpx.post(url, headers=_h(admin), json=NEW).status_code == 403  # admin reads, does not decide
    smuggled = httpx.post(url, headers=_h(committee), json={**NEW, "state": "approved"})
    assert smuggled.status_code == 400 and "state" in smuggled.json()["error"]["message"]
    created = httpx.post(url, headers=_h(committee), json=NEW)
    assert created.status_code == 201 and created.json()["state"] == "proposed"
    model = created.json()["id"]
    for field, value in (("state", "approved"), ("approved_prompts", {"free-text": "x"}), ("alias", "other")):
        reply = httpx.patch(f"{url}/{model}", headers=_h(committee), json={field: value})
        assert reply.status_code == 400, field
    changed = httpx.patch(f"{url}/{model}", headers=_h(committee), json={"support_contact": "vendor@example.org"})
    assert changed.status_code == 200 and changed.json()["state"] == "proposed"
    skip = httpx.post(f"{url}/{model}/transitions", headers=_h(committee),
                      json={"to_state": "approved", "rationale": "we like it a lot", "prompt_refs": ["free-text"]})
    assert skip.status_code == 409 and skip.json()["error"]["code"] == "transition_not_allowed"
    assert httpx.post(f"{url}/{model}/transitions", headers=_h(admin),
                      json={"to_state": "sandbox", "rationale": "acceptance testing"}).status_code == 403
    moved = httpx.post(f"{url}/{model}/transitions", headers=_h(committee),
                       json={"to_state": "sandbox", "rationale": "acceptance testing agreed"})
    assert moved.status_code == 200 and moved.json()["transitions"][0]["actor_name"].startswith("k-")
    shown = httpx.get(f"{url}/{model}", headers=_h(admin)).json()
    assert shown["state"] == "sandbox" and shown["criteria"]["modalities"] == ["CT"]
    assert httpx.get(f"{url}/{'0' * 32}", headers=_h(admin)).status_code == 404
    assert httpx.get(f"{url}/x' OR 1=1 --", headers=_h(admin)).status_code in (400, 404)


runner = CliRunner()


@pytest.fixture
def cli_env(database_url, tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    config = write_models_config(tmp_path / "models.yaml", "http://127.0.0.1:9/v1")
    for name, value in {"ENVIRONMENT": "test", "DATABASE_URL": database_url, "KEY_PEPPER": PEPPER,
                        "AUDIT_MASTER_KEY": AUDIT_KEY, "MODELS_CONFIG": str(config)}.items():
        monkeypatch.setenv(f"RADGATE_{name}", value)
    assert runner.invoke(app, ["db", "upgrade"]).exit_code == 0
    return make_settings(database_url, config)


def _ok(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_walk_through_register_decide_criteria_train(cli_env):  # noqa: ANN001
    by = ["--by", "dr-chair"]
    _ok(["models", "register", "--alias", "impression-drafter", "--purpose", "draft impressions",
         "--regulatory-status", "foundation_model", "--irb", "IRB-7", *by])  # version/backend from the config
    _ok(["models", "transition", "impression-drafter", "--to", "sandbox", "--rationale", "acceptance testing", *by])
    refused = runner.invoke(app, ["models", "transition", "impression-drafter", "--to", "approved", "--rationale",
                                  "committee vote 5-0", "--prompt", "findings-to-impression@1", *by])
    assert refused.exit_code == 1 and "no passing eval run" in refused.output
    unknown = runner.invoke(app, ["models", "transition", "impression-drafter", "--to", "approved", "--rationale",
                                  "committee vote 5-0", "--prompt", "findings-to-impression@7", *by])
    assert unknown.exit_code == 1 and "not a prompt template version" in unknown.output
    _ok(["models", "criteria", "impression-drafter", "--modality", "CT", "--modality", "CR", "--min-age", "18", *by])
    _ok(["models", "train", "impression-drafter", "--user", "dr-lee", "--on", "2026-11-20", "--trainer", "dr-chair",
         *by])
    shown = json.loads(_ok(["models", "show", "impression-drafter", "--json"]))
    assert shown["version"] == "stub-1.0" and shown["state"] == "sandbox" and shown["irb_ref"] == "IRB-7"
    assert shown["criteria"]["modalities"] == ["CT", "CR"] and shown["criteria"]["min_age"] == 18
    assert shown["training"][0]["trainee"] == "dr-lee"
    assert "impressi" in _ok(["models", "list"])  # (the table is cut to the test terminal width)
    bad = runner.invoke(app, ["models", "criteria", "impression-drafter", "--min-age", "70", "--max-age", "20", *by])
    assert bad.exit_code == 2 and "min_age" in bad.output
    missing = runner.invoke(app, ["models", "show", "summary-drafter"])
    assert missing.exit_code == 1
    engine = create_db_engine(cli_env)
    with engine.connect() as conn:
        kinds = conn.execute(text("SELECT event_type FROM audit_events WHERE event_type LIKE 'governance.%' "
                                  "ORDER BY seq")).scalars().all()
    engine.dispose()
    assert kinds == ["governance.model_registered", "governance.transition", "governance.model_changed",
                     "governance.training_recorded"]


def test_keys_create_marks_acceptance_testing_and_a_default_template(cli_env):  # noqa: ANN001
    out = _ok(["keys", "create", "--name", "eval-runner", "--role", "reporting", "--models", "impression-drafter",
               "--acceptance-testing", "--default-template", "findings-to-impression@1"])
    assert re.search(r"^rg_[0-9a-f]{8}_\S{43}$", out, re.M)
    bad = runner.invoke(app, ["keys", "create", "--name", "x", "--role", "reporting", "--default-template", "nope"])
    assert bad.exit_code == 1 and "unknown prompt template" in bad.output
    wrong_role = runner.invoke(app, ["keys", "create", "--name", "y", "--role", "compliance", "--acceptance-testing"])
    assert wrong_role.exit_code == 1
    engine = create_db_engine(cli_env)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT acceptance_testing, default_template FROM api_keys")).one()
    engine.dispose()
    assert bool(row[0]) is True and row[1] == "findings-to-impression@1"
