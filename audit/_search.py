"""Searching audit records for compliance: filters, keyset pagination, never decrypted PHI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select

from audit.models import AuditEventRow

MAX_PAGE = 500
# Everything but the sealed bodies and the chain internals.
_VISIBLE = [c for c in AuditEventRow.__table__.columns
            if c.name not in {"phi_ciphertext", "data_key_id", "prev_hash", "record_hash"}]


@dataclass(frozen=True, slots=True)
class SearchFilters:
    since: datetime | None = None
    until: datetime | None = None
    event_type: str | None = None
    request_id: str | None = None
    actor_key_id: str | None = None
    actor_name: str | None = None
    model_alias: str | None = None
    status: str | None = None
    reason: str | None = None


def search_records(engine: Engine, filters: SearchFilters, *, limit: int = 100,
                   before_seq: int | None = None) -> tuple[list[dict[str, Any]], int | None]:
    """Newest first. Returns (records, cursor for the next page or None)."""
    limit = max(1, min(limit, MAX_PAGE))
    table = AuditEventRow.__table__
    query = select(*_VISIBLE, (table.c.phi_ciphertext.is_not(None)).label("has_phi"))
    for name in ("event_type", "request_id", "actor_key_id", "actor_name", "model_alias", "status", "reason"):
        value = getattr(filters, name)
        if value is not None:
            query = query.where(table.c[name] == value)
    if filters.since is not None:
        query = query.where(table.c.occurred_at >= filters.since)
    if filters.until is not None:
        query = query.where(table.c.occurred_at < filters.until)
    if before_seq is not None:
        query = query.where(table.c.seq < before_seq)
    query = query.order_by(table.c.seq.desc()).limit(limit + 1)
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (rows[-1]["seq"] if more and rows else None)
