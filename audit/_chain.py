"""Tamper evidence: every audit record commits to its predecessor's hash (a single chain, by seq).

Writers serialize on the chain head (PostgreSQL advisory lock, SQLite write lock) inside the same
transaction that appends, so many proxy replicas extend one valid chain. ``verify_chain`` walks the
table in order and names the first record that was edited, inserted, deleted or reordered.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select

from audit.models import AuditEventRow

GENESIS = "0" * 64
_LOCK_ID = 0x52474155  # "RGAU": the advisory lock guarding the chain head on PostgreSQL
# The canonical form of a record, version 1. Fixed on purpose: a column added later must not change
# the hash of records written before it (extend with a chain version, never edit this list).
CHAINED = ("id", "event_type", "request_id", "occurred_at", "recorded_at", "actor_key_id", "actor_name",
           "actor_role", "source_ip", "model_alias", "backend", "model_version", "status", "reason",
           "http_status", "stream", "prompt_tokens", "completion_tokens", "latency_ms", "detail",
           "phi_ciphertext", "data_key_id")


def _normal(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds")
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return value


def record_hash(prev_hash: str, row: Mapping[str, Any]) -> str:
    canonical = json.dumps([_normal(row.get(name)) for name in CHAINED], separators=(",", ":"),
                           ensure_ascii=False)
    return hashlib.sha256(prev_hash.encode() + b"\n" + canonical.encode()).hexdigest()


def lock_chain_head(cursor, dialect: str) -> str:  # noqa: ANN001 - a DB-API cursor
    """Take the chain's write lock for this transaction and return the current head hash."""
    if dialect == "postgresql":
        cursor.execute(f"SELECT pg_advisory_xact_lock({_LOCK_ID})")
    elif dialect == "sqlite":
        cursor.execute("BEGIN IMMEDIATE")
    cursor.execute("SELECT record_hash FROM audit_events ORDER BY seq DESC LIMIT 1")
    head = cursor.fetchone()
    return head[0] if head and head[0] else GENESIS


@dataclass(frozen=True, slots=True)
class ChainReport:
    checked: int
    ok: bool
    first_bad_seq: int | None = None
    first_bad_id: str | None = None
    reason: str | None = None


def _rows(engine: Engine) -> Iterator[Mapping[str, Any]]:
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=2000).execute(
            select(AuditEventRow.__table__).order_by(AuditEventRow.seq))
        for row in result.mappings():
            yield row


def verify_chain(engine: Engine, progress: Callable[[int], None] | None = None) -> ChainReport:
    """Recompute every link; stop at the first record that does not fit."""
    prev, checked = GENESIS, 0
    for row in _rows(engine):
        if row["prev_hash"] != prev:
            reason = ("a record before this one was deleted, inserted or reordered"
                      if row["prev_hash"] else "record is not chained")
            return ChainReport(checked, False, row["seq"], row["id"], reason)
        if record_hash(prev, row) != row["record_hash"]:
            return ChainReport(checked, False, row["seq"], row["id"], "record content was altered")
        prev, checked = row["record_hash"], checked + 1
        if progress is not None and checked % 1000 == 0:
            progress(checked)
    return ChainReport(checked, True)
