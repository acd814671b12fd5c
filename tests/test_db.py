"""Database plumbing: migrations on both engines, SQLite's WAL set without racing writers and folded back off the
request path."""

from __future__ import annotations

import os
import sqlite3

import pytest
from sqlalchemy import inspect, text

from radgate.db import WalCheckpointer, _use_wal, create_db_engine, upgrade
from tests.conftest import make_settings


def test_migrations_create_the_schema(database_url, tmp_path):  # noqa: ANN001
    settings = make_settings(database_url, tmp_path / "m.yaml")
    upgrade(settings)
    upgrade(settings)  # idempotent
    engine = create_db_engine(settings)
    assert {"api_keys", "audit_events", "alembic_version"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_checkpointer_folds_the_wal_into_the_database(tmp_path):  # noqa: ANN001
    settings = make_settings(f"sqlite:///{tmp_path}/wal.db", tmp_path / "m.yaml")
    upgrade(settings)
    engine = create_db_engine(settings)
    main_file = tmp_path / "wal.db"
    before = os.path.getsize(main_file)
    payload = '"' + "x" * 16_000 + '"'
    for i in range(300):  # ~4.8 MB: past the 1,000-page point where SQLite would checkpoint itself
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO audit_events (id, event_type, request_id, occurred_at, recorded_at,"
                              " detail) VALUES (:i, 'x', 'r', '2026-01-01', '2026-01-01', :d)"),
                         {"i": f"id{i}", "d": payload})
    assert os.path.getsize(main_file) == before, "a commit ran a checkpoint on the request path"
    WalCheckpointer(engine).checkpoint()
    assert os.path.getsize(main_file) > before + 4_000_000
    engine.dispose()


class _LockedFirst:
    """A cursor whose journal-mode pragmas answer "database is locked" a few times, as SQLite's do while
    other connections write to the same file."""

    def __init__(self, failures: int, mode: str) -> None:
        self.failures, self.mode, self.statements = failures, mode, []

    def execute(self, sql: str):  # noqa: ANN201
        self.statements.append(sql)
        if self.failures:
            self.failures -= 1
            raise sqlite3.OperationalError("database is locked")
        if sql.endswith("=WAL"):
            self.mode = "wal"
        return self

    def fetchone(self) -> tuple[str]:
        return (self.mode,)


def test_a_new_connection_waits_out_a_locked_journal_mode_instead_of_failing():
    cursor = _LockedFirst(failures=3, mode="delete")
    _use_wal(cursor)
    assert cursor.mode == "wal" and cursor.statements[-1] == "PRAGMA journal_mode=WAL"


def test_a_database_already_in_wal_mode_is_not_switched_again():
    cursor = _LockedFirst(failures=0, mode="wal")
    _use_wal(cursor)
    assert cursor.statements == ["PRAGMA journal_mode"]


def test_other_sqlite_errors_are_not_retried():
    class Broken(_LockedFirst):
        def execute(self, sql: str):  # noqa: ANN201
            raise sqlite3.OperationalError("disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        _use_wal(Broken(failures=0, mode="delete"))
