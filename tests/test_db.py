"""Database plumbing: migrations on both engines, SQLite's WAL folded back off the request path."""

from __future__ import annotations

import os

from sqlalchemy import inspect, text

from radgate.db import WalCheckpointer, create_db_engine, upgrade
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
