"""`radgate keys ...` and `radgate db upgrade` as an operator runs them."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from radgate.cli import app
from radgate.db import create_db_engine
from tests.conftest import AUDIT_KEY, PEPPER, make_settings

runner = CliRunner()


@pytest.fixture
def env(database_url, tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv("RADGATE_ENVIRONMENT", "test")
    monkeypatch.setenv("RADGATE_DATABASE_URL", database_url)
    monkeypatch.setenv("RADGATE_KEY_PEPPER", PEPPER)
    monkeypatch.setenv("RADGATE_AUDIT_MASTER_KEY", AUDIT_KEY)
    result = runner.invoke(app, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    return make_settings(database_url, tmp_path / "unused.yaml")


def test_create_prints_the_secret_once_and_stores_only_a_hash(env):  # noqa: ANN001
    result = runner.invoke(app, ["keys", "create", "--name", "ris-prod", "--role", "reporting",
                                 "--models", "impression-drafter"])
    assert result.exit_code == 0, result.output
    secret = re.search(r"^(rg_[0-9a-f]{8}_\S{43})$", result.stdout, re.M).group(1)
    engine = create_db_engine(env)
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT * FROM api_keys")).mappings().one()
        audit = conn.execute(text("SELECT event_type FROM audit_events")).scalars().all()
    engine.dispose()
    assert secret not in str(dict(stored))
    assert stored["prefix"] == secret.split("_")[1] and len(stored["key_hash"]) == 64
    assert audit == ["key.created"]

    listing = runner.invoke(app, ["keys", "list"])
    assert "ris-prod" in listing.stdout and secret not in listing.stdout
    assert stored["key_hash"] not in listing.stdout


def test_revoke_and_expire(env):  # noqa: ANN001
    for name in ("a", "b"):
        assert runner.invoke(app, ["keys", "create", "--name", name, "--role", "compliance"]).exit_code == 0
    assert runner.invoke(app, ["keys", "revoke", "a"]).exit_code == 0
    assert runner.invoke(app, ["keys", "expire", "b"]).exit_code == 0
    listing = runner.invoke(app, ["keys", "list"]).stdout
    assert re.search(r"a .*revoked", listing) and re.search(r"b .*expired", listing)


@pytest.mark.parametrize("args,message", [
    (["keys", "create", "--name", "x", "--role", "root"], "root"),
    (["keys", "create", "--name", "bad name!", "--role", "admin"], "key name"),
    (["keys", "revoke", "nobody"], "no key named"),
])
def test_bad_input_is_a_clear_error_with_non_zero_exit(env, args, message):  # noqa: ANN001
    result = runner.invoke(app, args)
    assert result.exit_code != 0
    assert message in result.output


def test_duplicate_names_are_refused(env):  # noqa: ANN001
    assert runner.invoke(app, ["keys", "create", "--name", "dup", "--role", "admin"]).exit_code == 0
    result = runner.invoke(app, ["keys", "create", "--name", "dup", "--role", "admin"])
    assert result.exit_code == 1 and "already exists" in result.output


def test_cli_refuses_to_start_without_secrets_outside_development(monkeypatch):  # noqa: ANN001
    monkeypatch.setenv("RADGATE_ENVIRONMENT", "production")
    monkeypatch.delenv("RADGATE_KEY_PEPPER", raising=False)
    result = runner.invoke(app, ["keys", "list"])
    assert result.exit_code == 2 and "RADGATE_KEY_PEPPER" in result.output
