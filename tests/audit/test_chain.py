"""Tamper evidence: the chain names the first altered, deleted, inserted or reordered record."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from audit import AuditCipher, AuditEvent, EventType, SqlAuditWriter, verify_chain
from radgate.db import create_db_engine, upgrade
from tests.audit.tamper import tamper
from tests.audit.test_encryption import PROMPT, append_all, store  # noqa: F401 - fixture
from tests.conftest import AUDIT_KEY


def fill(writer: SqlAuditWriter, n: int = 12) -> None:
    append_all(writer, [AuditEvent(EventType.model_call_started, f"r{i}", request_body=PROMPT, model_alias="m")
                        for i in range(n)])


def seqs(engine) -> list[int]:  # noqa: ANN001
    with engine.connect() as conn:
        return conn.execute(text("SELECT seq FROM audit_events ORDER BY seq")).scalars().all()


def test_an_intact_chain_verifies(store):  # noqa: ANN001, F811
    engine, writer = store
    fill(writer)
    report = verify_chain(engine)
    assert report.ok and report.checked == 12


@pytest.mark.parametrize("attack,reason", [
    ("UPDATE audit_events SET status = 'inferred' WHERE seq = :s", "altered"),
    ("DELETE FROM audit_events WHERE seq = :s", "deleted"),
    ("UPDATE audit_events SET occurred_at = occurred_at WHERE seq = :s", None),  # a no-op stays valid
])
def test_edits_and_deletions_are_found_and_named(store, attack, reason):  # noqa: ANN001, F811
    engine, writer = store
    fill(writer)
    target = seqs(engine)[5]
    tamper(engine, attack, s=target)
    report = verify_chain(engine)
    if reason is None:
        assert report.ok
        return
    assert not report.ok and reason in report.reason
    assert report.first_bad_seq in (target, seqs(engine)[5])  # the edited one, or the one after a gap


def test_an_inserted_record_is_found(store):  # noqa: ANN001, F811
    engine, writer = store
    fill(writer)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM audit_events ORDER BY seq LIMIT 1")).mappings().one()
    forged = {k: v for k, v in row.items() if k not in ("seq", "search_tsv")} | {"id": "f" * 32}
    columns = ", ".join(forged)
    tamper(engine, f"INSERT INTO audit_events ({columns}) VALUES ({', '.join(':' + c for c in forged)})", **forged)
    report = verify_chain(engine)
    assert not report.ok and report.first_bad_id == "f" * 32


def test_reordering_is_found(store):  # noqa: ANN001, F811
    engine, writer = store
    fill(writer)
    first, second = seqs(engine)[2:4]
    tamper(engine, "UPDATE audit_events SET seq = -1 WHERE seq = :a",
           "UPDATE audit_events SET seq = :a WHERE seq = :b",
           "UPDATE audit_events SET seq = :b WHERE seq = -1", a=first, b=second)
    assert not verify_chain(engine).ok


@pytest.mark.parametrize("statement", ["UPDATE audit_events SET status = 'x'", "DELETE FROM audit_events"])
def test_the_database_refuses_updates_and_deletes(store, statement):  # noqa: ANN001, F811
    engine, writer = store
    fill(writer, 3)
    with pytest.raises(DBAPIError, match="append-only"):
        with engine.begin() as conn:
            conn.execute(text(statement))
    assert verify_chain(engine).ok


def test_many_writers_extend_one_valid_chain(store, database_url):  # noqa: ANN001, F811
    engine, _ = store
    engines = [create_db_engine(engine_settings(database_url)) for _ in range(3)]
    writers = [SqlAuditWriter(e, cipher=AuditCipher(bytes.fromhex(AUDIT_KEY))) for e in engines]
    for w in writers:
        w.start()
    threads = [threading.Thread(target=fill, args=(w, 40)) for w in writers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for w, e in zip(writers, engines, strict=True):
        w.close()
        e.dispose()
    report = verify_chain(engine)
    assert report.ok and report.checked == 120


def engine_settings(database_url: str):  # noqa: ANN201
    from pathlib import Path

    from tests.conftest import make_settings
    return make_settings(database_url, Path("unused.yaml"))


def test_cli_verify_exit_status_and_message(store, database_url, monkeypatch):  # noqa: ANN001, F811
    from typer.testing import CliRunner

    from radgate.cli import app
    from tests.conftest import PEPPER

    engine, writer = store
    fill(writer, 5)
    for name, value in {"RADGATE_ENVIRONMENT": "test", "RADGATE_DATABASE_URL": database_url,
                        "RADGATE_KEY_PEPPER": PEPPER, "RADGATE_AUDIT_MASTER_KEY": AUDIT_KEY}.items():
        monkeypatch.setenv(name, value)
    ok = CliRunner().invoke(app, ["audit", "verify"])
    assert ok.exit_code == 0 and "5 records verified" in ok.output
    target = seqs(engine)[2]
    tamper(engine, "UPDATE audit_events SET model_alias = 'other' WHERE seq = :s", s=target)
    bad = CliRunner().invoke(app, ["audit", "verify"])
    assert bad.exit_code == 1 and f"record seq {target}" in bad.output and "altered" in bad.output


def test_signed_checkpoint_reveals_truncation_and_rewrites(store):  # noqa: ANN001, F811
    from audit import latest_checkpoint, make_checkpoint, signing_key, verify_checkpoint

    engine, writer = store
    fill(writer, 10)
    key = signing_key("11" * 32)
    made = make_checkpoint(engine, key)
    trusted = made.public_key
    assert verify_checkpoint(engine, latest_checkpoint(engine), trusted) is None
    fill(writer, 3)  # growth after a checkpoint is fine
    assert verify_checkpoint(engine, latest_checkpoint(engine), trusted) is None
    # an impostor's checkpoint is not trusted
    make_checkpoint(engine, signing_key("22" * 32))
    assert "unknown key" in verify_checkpoint(engine, latest_checkpoint(engine), trusted)
    # truncating the tail passes the chain check but not the checkpoint
    tamper(engine, "DELETE FROM audit_events WHERE seq >= :s", s=made.last_seq)
    assert verify_chain(engine).ok
    assert "truncated" in verify_checkpoint(engine, made, trusted)


def test_cli_checkpoint_then_truncation_fails_verify(store, database_url, monkeypatch):  # noqa: ANN001, F811
    import json as jsonlib

    from typer.testing import CliRunner

    from radgate.cli import app
    from tests.conftest import PEPPER

    engine, writer = store
    fill(writer, 6)
    for name, value in {"RADGATE_ENVIRONMENT": "test", "RADGATE_DATABASE_URL": database_url,
                        "RADGATE_KEY_PEPPER": PEPPER, "RADGATE_AUDIT_MASTER_KEY": AUDIT_KEY,
                        "RADGATE_AUDIT_SIGNING_KEY": "33" * 32}.items():
        monkeypatch.setenv(name, value)
    made = CliRunner().invoke(app, ["audit", "checkpoint"])
    assert made.exit_code == 0, made.output
    signed = jsonlib.loads(made.stdout)
    assert signed["record_count"] == 6 and len(signed["last_hash"]) == 64
    assert CliRunner().invoke(app, ["audit", "verify"]).exit_code == 0
    tamper(engine, "DELETE FROM audit_events WHERE seq >= :s", s=signed["last_seq"] - 1)
    bad = CliRunner().invoke(app, ["audit", "verify"])
    assert bad.exit_code == 1 and "truncated" in bad.output


def test_records_from_before_the_chain_are_chained_by_the_migration(database_url, tmp_path):  # noqa: ANN001
    from datetime import UTC, datetime

    from tests.conftest import make_settings

    settings = make_settings(database_url, tmp_path / "m.yaml")
    upgrade(settings, "0002")
    engine = create_db_engine(settings)
    with engine.begin() as conn:
        for i in range(3):
            conn.execute(text("INSERT INTO audit_events (id, event_type, request_id, occurred_at, recorded_at) "
                              "VALUES (:i, 'model_call.started', 'r', :t, :t)"),
                         {"i": f"{i:032x}", "t": datetime(2026, 11, 1, tzinfo=UTC)})
    upgrade(settings)
    writer = SqlAuditWriter(engine, cipher=AuditCipher(bytes.fromhex(AUDIT_KEY)))
    writer.start()
    fill(writer, 2)
    writer.close()
    report = verify_chain(engine)
    engine.dispose()
    assert report.ok and report.checked == 5


@pytest.mark.parametrize("attack", ["edit", "delete", "swap"])
def test_parallel_verify_names_the_same_first_bad_record(store, attack):  # noqa: ANN001, F811
    engine, writer = store
    fill(writer, 30)
    all_seqs = seqs(engine)
    target = all_seqs[10]  # the second of three ranges
    if attack == "edit":
        tamper(engine, "UPDATE audit_events SET model_alias = 'x' WHERE seq = :s", s=target)
    elif attack == "delete":  # the record right at the first range's end: caught at the join
        tamper(engine, "DELETE FROM audit_events WHERE seq = :s", s=all_seqs[9])
    else:
        tamper(engine, "UPDATE audit_events SET request_id = CASE WHEN seq = :a THEN 'r21' ELSE 'r20' END "
                       "WHERE seq IN (:a, :b)", a=all_seqs[20], b=all_seqs[21])
    single = verify_chain(engine)
    parallel = verify_chain(engine, workers=3)
    assert not single.ok and (parallel.ok, parallel.first_bad_seq) == (False, single.first_bad_seq)
    assert verify_chain(engine, workers=3).checked == single.checked
