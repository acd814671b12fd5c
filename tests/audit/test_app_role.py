"""On PostgreSQL the service's role (``radgate_app``, set up by the migrations) may read and append to
the audit tables, and nothing else: UPDATE, DELETE and TRUNCATE are refused by privilege, and the
append-only triggers refuse UPDATE and DELETE even for the owner."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from audit import AuditCipher, AuditEvent, BlindIndex, EventType, SqlAuditWriter, verify_chain
from radgate.db import create_db_engine, upgrade
from tests.conftest import AUDIT_KEY, _postgres_database, make_settings

AUDIT_TABLES = ("audit_events", "audit_data_keys", "audit_checkpoints", "audit_identifiers")


@pytest.fixture
def pg_app_login(tmp_path):  # noqa: ANN001, ANN201
    """A migrated PostgreSQL database and a login role that is only a member of radgate_app."""
    url, drop = _postgres_database()
    settings = make_settings(url, tmp_path / "m.yaml")
    upgrade(settings)
    login = f"rg_app_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as owner:
        owner.execute(f"CREATE ROLE {login} LOGIN IN ROLE radgate_app")
    user_url = url.replace("://postgres@", f"://{login}@", 1)
    try:
        yield settings, user_url
    finally:
        drop()
        with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as admin:
            admin.execute(f"DROP ROLE IF EXISTS {login}")


def test_app_role_appends_but_cannot_change_or_remove(pg_app_login):  # noqa: ANN001
    settings, user_url = pg_app_login
    app_settings = settings.model_copy(update={"database_url": user_url})
    engine = create_db_engine(app_settings)
    writer = SqlAuditWriter(engine, cipher=AuditCipher(bytes.fromhex(AUDIT_KEY)), blind_index=BlindIndex(b"k" * 32))
    for i in range(3):  # sealed body (data key row) + chain, all as the application role
        writer.append_sync(AuditEvent(EventType.model_call_started, f"r{i}", request_body={"p": "x"},
                                      identifiers={"mrn": ["123"]}, model_alias="m"))
    assert verify_chain(engine).ok
    engine.dispose()
    with psycopg.connect(user_url, autocommit=True) as conn:
        for table in AUDIT_TABLES:
            conn.execute(f"SELECT count(*) FROM {table}")  # reading is allowed
            for statement in (f"UPDATE {table} SET {_column(table)} = {_column(table)}",
                              f"DELETE FROM {table}", f"TRUNCATE {table}"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement)
        # the rest of the schema stays usable: keys can be revoked (UPDATE) by the service
        conn.execute("UPDATE api_keys SET name = name")


def test_triggers_refuse_changes_even_for_the_owner(pg_app_login):  # noqa: ANN001
    settings, _ = pg_app_login
    engine = create_db_engine(settings)
    SqlAuditWriter(engine, cipher=AuditCipher(bytes.fromhex(AUDIT_KEY)), blind_index=BlindIndex(b"k" * 32)).append_sync(
        AuditEvent(EventType.model_call_started, "r", request_body={"p": "x"}, identifiers={"mrn": ["1"]}))
    engine.dispose()
    owner_url = settings.database_url
    for statement in ("UPDATE audit_events SET model_alias = 'x'", "DELETE FROM audit_events",
                      "TRUNCATE audit_events CASCADE", "DELETE FROM audit_identifiers", "TRUNCATE audit_identifiers",
                      "DELETE FROM audit_data_keys", "UPDATE audit_data_keys SET id = 'forged'"):
        with psycopg.connect(owner_url, autocommit=True) as conn, pytest.raises(psycopg.errors.RaiseException):
            conn.execute(statement)


def _column(table: str) -> str:
    return {"audit_events": "model_alias", "audit_data_keys": "master_key_id", "audit_checkpoints": "last_hash",
            "audit_identifiers": "token"}[table]
