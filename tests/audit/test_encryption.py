"""PHI in audit records is sealed at rest: unreadable in the table, bound to its record and key."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text

from audit import AuditCipher, AuditDecryptError, AuditEvent, EventType, SqlAuditWriter, open_phi
from radgate.db import create_db_engine, upgrade
from tests.audit.tamper import tamper
from tests.conftest import AUDIT_KEY, make_settings

PROMPT = {"messages": [{"role": "user", "content": "DOE, JOHN MRN 00482913: CT chest, no effusion."}]}


@pytest.fixture
def store(database_url, tmp_path):  # noqa: ANN001, ANN201
    settings = make_settings(database_url, tmp_path / "m.yaml")
    upgrade(settings)
    engine = create_db_engine(settings)
    writer = SqlAuditWriter(engine, cipher=AuditCipher(bytes.fromhex(AUDIT_KEY)))
    writer.start()
    yield engine, writer
    writer.close()
    engine.dispose()


def append_all(writer: SqlAuditWriter, events: list[AuditEvent]) -> None:
    async def run() -> None:
        await asyncio.gather(*(writer.append(e) for e in events))
    asyncio.run(run())


def test_bodies_are_sealed_and_open_with_the_master_key(store):  # noqa: ANN001
    engine, writer = store
    events = [AuditEvent(EventType.model_call_started, f"r{i}", request_body=PROMPT, model_alias="m")
              for i in range(20)]
    append_all(writer, events)
    with engine.connect() as conn:
        raw = conn.execute(text("SELECT * FROM audit_events")).mappings().all()
        keys = conn.execute(text("SELECT count(*) FROM audit_data_keys")).scalar_one()
    assert len(raw) == 20 and keys >= 1
    for row in raw:
        assert b"00482913" not in bytes(row["phi_ciphertext"]) and "00482913" not in str(dict(row))
    assert open_phi(engine, AuditCipher(bytes.fromhex(AUDIT_KEY)), events[3].id)["request_body"] == PROMPT


def test_records_without_bodies_hold_no_ciphertext(store):  # noqa: ANN001
    engine, writer = store
    event = AuditEvent(EventType.auth_failed, "r-auth", status="rejected")
    append_all(writer, [event])
    assert open_phi(engine, AuditCipher(bytes.fromhex(AUDIT_KEY)), event.id) == {}


def test_wrong_master_key_and_moved_ciphertext_do_not_open(store):  # noqa: ANN001
    engine, writer = store
    first, second = (AuditEvent(EventType.model_call_started, f"r{i}", request_body=PROMPT) for i in (1, 2))
    append_all(writer, [first, second])
    with pytest.raises(AuditDecryptError, match="master key"):
        open_phi(engine, AuditCipher(b"\x01" * 32), first.id)
    with engine.connect() as conn:  # copy one record's ciphertext onto another record
        blob = conn.execute(text("SELECT phi_ciphertext FROM audit_events WHERE id = :i"), {"i": first.id}).scalar_one()
    tamper(engine, "UPDATE audit_events SET phi_ciphertext = :b WHERE id = :i", b=blob, i=second.id)
    with pytest.raises(AuditDecryptError, match="altered, moved"):
        open_phi(engine, AuditCipher(bytes.fromhex(AUDIT_KEY)), second.id)


def test_phi_without_a_master_key_is_refused(store):  # noqa: ANN001
    engine, _ = store
    writer = SqlAuditWriter(engine)  # no cipher
    from audit import AuditUnavailable
    with pytest.raises(AuditUnavailable):
        writer.append_sync(AuditEvent(EventType.model_call_started, "r", request_body=PROMPT))


def test_one_data_key_serves_a_period_not_a_batch(store):  # noqa: ANN001
    engine, writer = store
    for i in range(5):
        append_all(writer, [AuditEvent(EventType.model_call_started, f"r{i}", request_body=PROMPT)])
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_data_keys")).scalar_one() == 1
        assert conn.execute(text("SELECT count(DISTINCT data_key_id) FROM audit_events")).scalar_one() == 1
