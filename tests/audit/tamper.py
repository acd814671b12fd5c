"""What an attacker with database-owner or file access could do: bypass the append-only triggers."""

from __future__ import annotations

from sqlalchemy import Engine, text


def tamper(engine: Engine, *statements: str, **params: object) -> None:
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SET LOCAL session_replication_role = replica"))  # skips triggers
        else:
            for name in ("audit_events_no_update", "audit_events_no_delete"):
                conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        for statement in statements:
            conn.execute(text(statement), params)
