"""`radgate audit export`: every record in range, in order, nothing sealed, and the export recorded."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from audit import AuditCipher, AuditEvent, BlindIndex, EventType, SqlAuditWriter
from radgate.cli import app
from radgate.db import create_db_engine, upgrade
from radgate.settings import Settings
from tests.conftest import AUDIT_KEY, PEPPER, make_settings


def test_cli_export_by_mrn_and_bad_format(database_url, tmp_path, monkeypatch):  # noqa: ANN001
    for name, value in {"RADGATE_ENVIRONMENT": "test", "RADGATE_DATABASE_URL": database_url,
                        "RADGATE_KEY_PEPPER": PEPPER, "RADGATE_AUDIT_MASTER_KEY": AUDIT_KEY}.items():
        monkeypatch.setenv(name, value)
    upgrade(make_settings(database_url, tmp_path / "m.yaml"))
    engine = create_db_engine(make_settings(database_url, tmp_path / "m.yaml"))
    writer = SqlAuditWriter(engine, cipher=AuditCipher(bytes.fromhex(AUDIT_KEY)),
                            blind_index=BlindIndex(Settings().audit_index_key_bytes))
    for i, mrn in enumerate(["00123", "00999", "123"]):
        writer.append_sync(AuditEvent(EventType.model_call_started, f"r{i}", identifiers={"mrn": [mrn]},
                                      request_body={"prompt": f"MRN {mrn}"}, model_alias="m"))
    engine.dispose()
    out = tmp_path / "export.jsonl"
    result = CliRunner().invoke(app, ["audit", "export", "--format", "jsonl", "--mrn", "123", "--output", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["request_id"] for r in rows if r["event_type"] == "model_call.started"] == ["r0", "r2"]
    assert "00123" not in out.read_text() and "MRN" not in out.read_text()
    bad = CliRunner().invoke(app, ["audit", "export", "--format", "xml", "--output", str(out)])
    assert bad.exit_code == 2 and "unknown format" in bad.output
