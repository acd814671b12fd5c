"""Master-key rotation: data keys re-wrapped in place under the new key, every record still opens,
the old key can then be dropped; the rotation is audited, and refused without an explicit index key."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from audit import AuditCipher, AuditDecryptError, AuditEvent, EventType, SqlAuditWriter, open_phi
from radgate.cli import app
from radgate.db import create_db_engine, upgrade
from tests.conftest import AUDIT_KEY, PEPPER, make_settings

NEW_KEY = "5e" * 32
INDEX_KEY = "1d" * 32


def _env(monkeypatch, database_url: str, master: str, previous_file=None, index: bool = True) -> None:  # noqa: ANN001
    for name, value in {"RADGATE_ENVIRONMENT": "test", "RADGATE_DATABASE_URL": database_url,
                        "RADGATE_KEY_PEPPER": PEPPER, "RADGATE_AUDIT_MASTER_KEY": master}.items():
        monkeypatch.setenv(name, value)
    if previous_file is not None:
        monkeypatch.setenv("RADGATE_AUDIT_PREVIOUS_MASTER_KEYS_FILE", str(previous_file))
    if index:
        monkeypatch.setenv("RADGATE_AUDIT_INDEX_KEY", INDEX_KEY)


def test_rotation_rewraps_every_data_key_and_records_stay_readable(database_url, tmp_path, monkeypatch):  # noqa: ANN001
    upgrade(make_settings(database_url, tmp_path / "m.yaml"))
    engine = create_db_engine(make_settings(database_url, tmp_path / "m.yaml"))
    old = AuditCipher(bytes.fromhex(AUDIT_KEY))
    events = [AuditEvent(EventType.model_call_started, f"r{i}", request_body={"prompt": f"MRN {i}"}) for i in range(4)]
    for event in events[:2]:
        SqlAuditWriter(engine, cipher=old, data_key_ttl_s=0).append_sync(event)  # a data key each
    previous = tmp_path / "previous-keys"
    previous.write_text(AUDIT_KEY + "\n")
    # replicas rolled to the new key, the old one kept for reading: new records use the new key
    rolled = AuditCipher(bytes.fromhex(NEW_KEY), [bytes.fromhex(AUDIT_KEY)])
    for event in events[2:]:
        SqlAuditWriter(engine, cipher=rolled, data_key_ttl_s=0).append_sync(event)
    with pytest.raises(AuditDecryptError):
        open_phi(engine, AuditCipher(bytes.fromhex(NEW_KEY)), events[0].id)  # not yet re-wrapped

    _env(monkeypatch, database_url, NEW_KEY, previous)
    assert CliRunner().invoke(app, ["audit", "rotate-key", "--check"]).exit_code == 1
    result = CliRunner().invoke(app, ["audit", "rotate-key"])
    assert result.exit_code == 0, result.output
    assert "re-wrapped 2 data keys" in result.output
    assert CliRunner().invoke(app, ["audit", "rotate-key", "--check"]).exit_code == 0
    again = CliRunner().invoke(app, ["audit", "rotate-key"])  # idempotent
    assert again.exit_code == 0 and "re-wrapped 0 data keys" in again.output

    new_only = AuditCipher(bytes.fromhex(NEW_KEY))  # the old key is gone
    assert [open_phi(engine, new_only, e.id)["request_body"]["prompt"] for e in events] == [f"MRN {i}" for i in range(4)]
    with engine.connect() as conn:
        masters = set(conn.execute(text("SELECT master_key_id FROM audit_data_keys")).scalars())
        rotations = conn.execute(text("SELECT detail FROM audit_events WHERE event_type = 'audit.key_rotated'")).all()
    assert masters == {new_only.master_key_id} and len(rotations) == 2
    engine.dispose()


def test_rotation_refuses_a_derived_index_key_and_a_missing_old_key(database_url, tmp_path, monkeypatch):  # noqa: ANN001
    upgrade(make_settings(database_url, tmp_path / "m.yaml"))
    engine = create_db_engine(make_settings(database_url, tmp_path / "m.yaml"))
    SqlAuditWriter(engine, cipher=AuditCipher(bytes.fromhex(AUDIT_KEY))).append_sync(
        AuditEvent(EventType.model_call_started, "r", request_body={"prompt": "x"}))
    engine.dispose()
    _env(monkeypatch, database_url, NEW_KEY, index=False)
    refused = CliRunner().invoke(app, ["audit", "rotate-key"])
    assert refused.exit_code == 2 and "RADGATE_AUDIT_INDEX_KEY" in refused.output
    _env(monkeypatch, database_url, NEW_KEY)  # no previous keys file: the old wraps cannot be opened
    stuck = CliRunner().invoke(app, ["audit", "rotate-key"])
    assert stuck.exit_code == 1 and "PREVIOUS_MASTER_KEYS" in stuck.output
