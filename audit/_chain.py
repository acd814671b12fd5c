"""Tamper evidence: every audit record commits to its predecessor's hash (a single chain, by seq).

Writers serialize on the chain head (PostgreSQL advisory lock, SQLite write lock) inside the same
transaction that appends, so many proxy replicas extend one valid chain. ``verify_chain`` walks the
table in order and names the first record that was edited, inserted, deleted or reordered.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import orjson

GENESIS = "0" * 64
_LOCK_ID = 0x52474155  # "RGAU": the advisory lock guarding the chain head on PostgreSQL
# The canonical form of a record, version 1. Fixed on purpose: a column added later must not change
# the hash of records written before it (extend with a chain version, never edit this list).
CHAINED = ("id", "event_type", "request_id", "occurred_at", "recorded_at", "actor_key_id", "actor_name",
           "actor_role", "source_ip", "model_alias", "backend", "model_version", "status", "reason",
           "http_status", "stream", "prompt_tokens", "completion_tokens", "latency_ms", "detail",
           "phi_ciphertext", "data_key_id")
# Version 2 (records written since the audit-search migration): v1's columns, then who/why/which
# prompt, the blind-index tokens and the searchable redacted text; canonical JSON by orjson. A record
# says which version it was hashed with; the version itself is inside the v2 form, so relabelling a
# v2 record as v1 changes its hash.
CHAIN_VERSION = 2
CHAINED_V2 = (*CHAINED, "chain_version", "prompt_template", "on_behalf_of", "purpose_of_use", "site", "study",
              "phi_types", "id_tokens", "search_text")


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


# v2 canonical form: the chained columns except the ciphertext as one orjson array (timestamps as
# UTC ISO text with microseconds, booleans as 0/1, JSON columns as the exact text stored), then the
# ciphertext's raw bytes. Each value has one form whether it comes from the writer or from the raw
# database row, so ``verify`` can hash rows without parsing them.
V2_VALUES = tuple(c for c in CHAINED_V2 if c != "phi_ciphertext")
V2_TIMES = frozenset({"occurred_at", "recorded_at"})
V2_BOOLS = frozenset({"stream"})
V2_JSON = frozenset({"detail", "study"})


def json_text(value: Any) -> str | None:
    """The stored (and hashed) text of a JSON column: orjson, keys sorted."""
    if value is None or isinstance(value, str):
        return value
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


def _v2_value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in V2_TIMES:
        if isinstance(value, datetime):
            if value.tzinfo is not None:
                value = value.astimezone(UTC).replace(tzinfo=None)
            return value.isoformat(timespec="microseconds")
        return str(value).replace(" ", "T", 1)
    if name in V2_BOOLS:
        return int(value)
    if name in V2_JSON:
        return json_text(value)
    return value


def hash_v2(prev_hash: str, values: list | tuple, ciphertext: bytes | None) -> str:
    digest = hashlib.sha256(prev_hash.encode() + b"\n" + orjson.dumps(values))
    if ciphertext is not None:
        digest.update(b"\n" + bytes(ciphertext))
    return digest.hexdigest()


_V2_SPECIAL = tuple((i, name) for i, name in enumerate(V2_VALUES) if name in V2_TIMES | V2_BOOLS | V2_JSON)


def record_hash(prev_hash: str, row: Mapping[str, Any]) -> str:
    if row.get("chain_version") == 2:
        values = [row.get(name) for name in V2_VALUES]
        for index, name in _V2_SPECIAL:  # only these few columns need a canonical form
            values[index] = _v2_value(name, values[index])
        return hash_v2(prev_hash, values, row.get("phi_ciphertext"))
    if row.get("chain_version") not in (None, 1):
        return ""  # an unknown version never verifies
    canonical = json.dumps([_normal(row.get(name)) for name in CHAINED], separators=(",", ":"),
                           ensure_ascii=False)
    return hashlib.sha256(prev_hash.encode() + b"\n" + canonical.encode()).hexdigest()


def lock_chain_head(cursor, dialect: str) -> str:
    """Take the chain's write lock for this transaction and return the current head hash."""
    if dialect == "postgresql":
        cursor.execute(f"SELECT pg_advisory_xact_lock({_LOCK_ID})")
    elif dialect == "sqlite":
        cursor.execute("BEGIN IMMEDIATE")
    cursor.execute("SELECT record_hash FROM audit_events ORDER BY seq DESC LIMIT 1")
    head = cursor.fetchone()
    return head[0] if head and head[0] else GENESIS
