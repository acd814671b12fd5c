"""The audit event value object handed to an AuditWriter."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any


class EventType(StrEnum):
    model_call_started = "model_call.started"
    model_call_completed = "model_call.completed"
    model_call_rejected = "model_call.rejected"
    key_created = "key.created"
    key_revoked = "key.revoked"
    key_expired = "key.expired"
    auth_failed = "auth.failed"
    audit_verified = "audit.verified"
    audit_searched = "audit.searched"
    audit_phi_viewed = "audit.phi_viewed"
    audit_exported = "audit.exported"
    audit_key_rotated = "audit.key_rotated"
    feedback_received = "feedback.received"
    governance_model_registered = "governance.model_registered"
    governance_model_changed = "governance.model_changed"
    governance_transition = "governance.transition"
    governance_training_recorded = "governance.training_recorded"


@dataclass(slots=True)
class AuditEvent:
    """One append-only audit entry. Model calls write ``started`` then ``completed``."""

    event_type: EventType
    request_id: str
    actor_key_id: str | None = None
    actor_name: str | None = None
    actor_role: str | None = None
    source_ip: str | None = None
    model_alias: str | None = None
    backend: str | None = None
    model_version: str | None = None
    status: str | None = None
    reason: str | None = None
    http_status: int | None = None
    stream: bool | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    latency_ms: float | None = None
    request_body: Any = None
    response_body: Any = None
    detail: dict[str, Any] | None = None
    # who and why (FHIR AuditEvent agent / purposeOfUse), which prompt, which study (no identifiers)
    prompt_template: str | None = None  # ``id@version``
    on_behalf_of: str | None = None
    purpose_of_use: str | None = None
    site: str | None = None
    study: dict[str, Any] | None = None
    # patient identifiers (type -> values: "mrn", "accession", "name"): sealed with the bodies and
    # searchable only through keyed blind-index tokens, never stored in clear
    identifiers: dict[str, list[str]] | None = None
    # what the model saw for what (redaction's surrogate map): sealed with the bodies
    surrogates: dict[str, Any] | None = None
    id: str = field(default_factory=lambda: os.urandom(16).hex())  # 32 hex, like uuid4().hex but cheaper
    occurred_at: datetime = field(default_factory=lambda: datetime.now(UTC))
