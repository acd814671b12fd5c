"""Audit trail: every model call and every human or admin action, durable before the response leaves.

Public face: ``AuditEvent`` (what is recorded), ``AuditWriter`` (the interface the request path
uses), ``SqlAuditWriter`` (group-commit implementation over SQLModel) and ``AuditUnavailable``.
"""

from audit._chain import ChainReport, verify_chain
from audit._checkpoint import Checkpoint, latest_checkpoint, make_checkpoint, signing_key, verify_checkpoint
from audit._crypto import AuditCipher, AuditDecryptError
from audit._events import AuditEvent, EventType
from audit._reader import open_phi
from audit._search import SearchFilters, search_records
from audit._writer import AuditUnavailable, AuditWriter, SqlAuditWriter
from audit.models import AuditDataKey, AuditEventRow

__all__ = [
    "AuditCipher",
    "AuditDataKey",
    "AuditDecryptError",
    "AuditEvent",
    "AuditEventRow",
    "AuditUnavailable",
    "AuditWriter",
    "ChainReport",
    "Checkpoint",
    "EventType",
    "SearchFilters",
    "SqlAuditWriter",
    "latest_checkpoint",
    "make_checkpoint",
    "open_phi",
    "search_records",
    "signing_key",
    "verify_chain",
    "verify_checkpoint",
]
