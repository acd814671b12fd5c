"""Audit tables: records (append-only, hash-chained, PHI sealed), data keys, blind index, checkpoints."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Index, LargeBinary, Text
from sqlmodel import Field, SQLModel


class AuditEventRow(SQLModel, table=True):
    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_request_id", "request_id"),
        Index("ix_audit_events_occurred_at", "occurred_at"),
        Index("ix_audit_events_actor_key_id", "actor_key_id"),
        Index("ix_audit_events_on_behalf_of_time", "on_behalf_of", "occurred_at"),
    )

    seq: int | None = Field(default=None, primary_key=True)
    id: str = Field(max_length=32, unique=True)
    event_type: str = Field(max_length=64)
    request_id: str = Field(max_length=64)
    occurred_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    recorded_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    actor_key_id: str | None = Field(default=None, max_length=32)
    actor_name: str | None = Field(default=None, max_length=128)
    actor_role: str | None = Field(default=None, max_length=32)
    source_ip: str | None = Field(default=None, max_length=64)
    model_alias: str | None = Field(default=None, max_length=128)
    backend: str | None = Field(default=None, max_length=256)
    model_version: str | None = Field(default=None, max_length=256)
    status: str | None = Field(default=None, max_length=32)
    reason: str | None = Field(default=None, max_length=64)
    http_status: int | None = None
    stream: bool | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    latency_ms: float | None = None
    detail: Any = Field(default=None, sa_column=Column(JSON))
    # request and response bodies (they hold PHI), AES-GCM sealed with the batch's data key
    phi_ciphertext: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    data_key_id: str | None = Field(default=None, max_length=32)
    # hash chain (tamper evidence): this record's hash commits to the previous record's
    prev_hash: str | None = Field(default=None, max_length=64)
    record_hash: str | None = Field(default=None, max_length=64)
    # since the audit-search migration (chain version 2): who/why/which prompt, what PHI was found,
    # blind-index tokens of patient identifiers, and the redacted (PHI-free) text that full-text search reads
    chain_version: int | None = None
    prompt_template: str | None = Field(default=None, max_length=160)
    on_behalf_of: str | None = Field(default=None, max_length=128)
    purpose_of_use: str | None = Field(default=None, max_length=32)
    site: str | None = Field(default=None, max_length=64)
    study: Any = Field(default=None, sa_column=Column(JSON))
    phi_types: str | None = Field(default=None, max_length=512)  # ",MRN,PERSON," (sorted, comma-wrapped)
    id_tokens: str | None = Field(default=None, sa_column=Column(Text))  # space-separated blind-index tokens
    search_text: str | None = Field(default=None, sa_column=Column(Text))


class AuditIdentifierRow(SQLModel, table=True):
    """Blind index: a keyed HMAC token of a patient identifier points at the record that holds it."""

    __tablename__ = "audit_identifiers"

    token: str = Field(primary_key=True, max_length=32)
    record_id: str = Field(primary_key=True, max_length=32)


class AuditDataKey(SQLModel, table=True):
    """A batch's data key, stored only wrapped by the master key named by ``master_key_id``."""

    __tablename__ = "audit_data_keys"

    id: str = Field(primary_key=True, max_length=32)
    master_key_id: str = Field(max_length=16)
    wrapped: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))


class AuditCheckpointRow(SQLModel, table=True):
    """A signed statement of the chain head: its seq, hash and the record count."""

    __tablename__ = "audit_checkpoints"

    seq: int | None = Field(default=None, primary_key=True)
    last_seq: int
    last_hash: str = Field(max_length=64)
    record_count: int
    created_at: str = Field(max_length=40)
    public_key: str = Field(max_length=64)
    signature: str = Field(max_length=128)
