"""Audit trail: every model call and every human or admin action, durable before the response leaves;
PHI sealed, records hash-chained, searchable by blind index and full text, exportable.

Public face: ``AuditEvent`` (what is recorded), ``AuditWriter`` (the interface the request path
uses), ``SqlAuditWriter`` (group-commit implementation over SQLModel) and ``AuditUnavailable``.
"""

from audit._blind import BlindIndex
from audit._checkpoint import Checkpoint, latest_checkpoint, make_checkpoint, signing_key, verify_checkpoint
from audit._crypto import AuditCipher, AuditDecryptError
from audit._events import AuditEvent, EventType
from audit._export import FORMATS as EXPORT_FORMATS
from audit._export import export_chunks
from audit._indexer import AuditIndexer, index_pending
from audit._reader import open_phi
from audit._search import SearchError, SearchFilters, iter_records, search_records
from audit._verify import ChainReport, verify_chain
from audit._writer import AuditUnavailable, AuditWriter, SqlAuditWriter
from audit.models import AuditDataKey, AuditEventRow

__all__ = [
    "EXPORT_FORMATS",
    "AuditCipher",
    "AuditDataKey",
    "AuditDecryptError",
    "AuditEvent",
    "AuditIndexer",
    "AuditEventRow",
    "AuditUnavailable",
    "AuditWriter",
    "BlindIndex",
    "ChainReport",
    "Checkpoint",
    "EventType",
    "SearchError",
    "SearchFilters",
    "SqlAuditWriter",
    "export_chunks",
    "index_pending",
    "iter_records",
    "latest_checkpoint",
    "make_checkpoint",
    "open_phi",
    "search_records",
    "signing_key",
    "verify_chain",
    "verify_checkpoint",
]
