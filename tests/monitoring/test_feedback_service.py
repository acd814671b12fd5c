"""FeedbackService against a real database and audit writer: fail closed when the audit store is down."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text

from audit import AuditCipher, AuditEvent, EventType, SqlAuditWriter
from monitoring import FeedbackCreate, FeedbackError, FeedbackService
from radgate.auth import Principal, Role
from radgate.db import create_db_engine, upgrade
from tests.conftest import AUDIT_KEY, make_settings

CALLER = Principal("k1", "ris-north", Role.reporting, frozenset({"impression-drafter"}))


@pytest.fixture
def store(database_url, tmp_path):  # noqa: ANN001, ANN201
    settings = make_settings(database_url, tmp_path / "unused.yaml")
    upgrade(settings)
    engine = create_db_engine(settings)
    cipher = AuditCipher(bytes.fromhex(AUDIT_KEY))
    yield engine, cipher, SqlAuditWriter(engine, cipher=cipher)
    engine.dispose()


def _completed_call(writer: SqlAuditWriter, **fields) -> str:  # noqa: ANN003
    request_id = uuid.uuid4().hex
    writer.append_sync(AuditEvent(
        event_type=EventType.model_call_completed, request_id=request_id, actor_key_id="k1", actor_name="ris-north",
        model_alias="impression-drafter", model_version="stub-1.0", status="inferred",
        response_body={"choices": [{"index": 0, "message": {"content": "Small left pleural effusion."}}]},
        **fields))
    return request_id


async def test_call_metadata_is_carried_onto_the_feedback_row(store) -> None:  # noqa: ANN001
    engine, cipher, writer = store
    request_id = _completed_call(writer, prompt_template="impression@2", site="north", on_behalf_of="dr-x",
                                 study={"modality": "CT"})
    writer.start()
    try:
        result = await FeedbackService(engine, writer, cipher).submit(
            FeedbackCreate(request_id=request_id, outcome="edited", final_text="Small right pleural effusion."), CALLER)
    finally:
        writer.close()
    assert result.findings.laterality_changed == ["pleural_effusion"]
    with engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM feedback")).mappings().one()
    assert (row["prompt_template"], row["site"], row["modality"], row["user_name"]) == (
        "impression@2", "north", "CT", "dr-x")
    assert row["edit_chars"] == 4  # left -> right


async def test_no_feedback_is_kept_when_the_audit_store_cannot_record_it(store) -> None:  # noqa: ANN001
    engine, cipher, writer = store
    request_id = _completed_call(writer)
    service = FeedbackService(engine, writer, cipher)  # the writer thread is not running: appends fail
    with pytest.raises(FeedbackError) as info:
        await service.submit(FeedbackCreate(request_id=request_id, outcome="edited", final_text="No effusion."),
                             CALLER)
    assert info.value.status == 503
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM feedback")).scalar() == 0
        assert conn.execute(text("SELECT COUNT(*) FROM feedback_finding_changes")).scalar() == 0


async def test_a_call_that_did_not_complete_gets_no_feedback(store) -> None:  # noqa: ANN001
    engine, cipher, writer = store
    request_id = uuid.uuid4().hex
    writer.append_sync(AuditEvent(event_type=EventType.model_call_completed, request_id=request_id,
                                  actor_key_id="k1", status="cut", response_body={"choices": []}))
    with pytest.raises(FeedbackError) as info:
        await FeedbackService(engine, writer, cipher).submit(
            FeedbackCreate(request_id=request_id, outcome="rejected"), CALLER)
    assert info.value.status == 404
