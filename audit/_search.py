"""Searching audit records for compliance: filters, keyset pagination, never decrypted PHI."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, literal_column, select, text

from audit._blind import BlindIndex
from audit._indexer import index_pending
from audit.models import AuditEventRow, AuditIdentifierRow

MAX_PAGE = 500
# Everything but the sealed bodies, the chain internals and the blind-index tokens.
_VISIBLE = [c for c in AuditEventRow.__table__.columns
            if c.name not in {"phi_ciphertext", "data_key_id", "prev_hash", "record_hash", "id_tokens",
                              "chain_version"}]
_WORD = re.compile(r"\w+", re.UNICODE)
_EQUALS = ("event_type", "request_id", "actor_key_id", "actor_name", "model_alias", "status", "reason",
           "on_behalf_of", "site", "purpose_of_use", "prompt_template")


class SearchError(ValueError):
    """A filter that cannot be applied (e.g. a patient-identifier search without a blind index)."""


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
    on_behalf_of: str | None = None
    site: str | None = None
    purpose_of_use: str | None = None
    prompt_template: str | None = None
    phi_type: str | None = None  # records where this PHI type was found (e.g. MRN, PERSON)
    patient: tuple[str, str] | None = None  # (kind, value): "mrn" | "accession" | "name", via the blind index
    text: str | None = None  # full-text over the redacted prompt and output


def _full_text(engine: Engine, table, words: list[str]):  # noqa: ANN001, ANN202
    if engine.dialect.name == "postgresql":
        index_pending(engine, wait=True)  # the records committed since the indexer's last round
        query = func.plainto_tsquery("english", " ".join(words))
        return table.c.seq.in_(select(literal_column("seq")).select_from(text("audit_search"))
                               .where(literal_column("tsv").op("@@")(query)))
    # FTS5: every word as a quoted string (no operators from user input), implicit AND
    match = " ".join('"' + w.replace('"', '') + '"' for w in words)
    return table.c.seq.in_(select(literal_column("rowid")).select_from(text("audit_fts"))
                           .where(text("audit_fts MATCH :match").bindparams(match=match)))


def _filtered(engine: Engine, filters: SearchFilters, blind: BlindIndex | None):
    """The SELECT for ``filters`` (no order or limit), or None when it cannot match anything."""
    table = AuditEventRow.__table__
    query = select(*_VISIBLE, (table.c.phi_ciphertext.is_not(None)).label("has_phi"))
    for name in _EQUALS:
        value = getattr(filters, name)
        if value is not None:
            query = query.where(table.c[name] == value)
    if filters.phi_type is not None:
        query = query.where(table.c.phi_types.contains(f",{filters.phi_type},", autoescape=True))
    if filters.patient is not None:
        if blind is None:
            raise SearchError("patient-identifier search needs the blind-index key")
        token = blind.token(*filters.patient)
        if token is None:
            return None
        ids = AuditIdentifierRow.__table__
        query = query.where(table.c.id.in_(select(ids.c.record_id).where(ids.c.token == token)))
    if filters.text is not None:
        words = _WORD.findall(filters.text)[:16]
        if not words:
            raise SearchError("the full-text query has no words")
        query = query.where(_full_text(engine, table, words))
    if filters.since is not None:
        query = query.where(table.c.occurred_at >= filters.since)
    if filters.until is not None:
        query = query.where(table.c.occurred_at < filters.until)
    return query


def search_records(engine: Engine, filters: SearchFilters, *, limit: int = 100, before_seq: int | None = None,
                   blind: BlindIndex | None = None) -> tuple[list[dict[str, Any]], int | None]:
    """Newest first. Returns (records, cursor for the next page or None)."""
    limit = max(1, min(limit, MAX_PAGE))
    query = _filtered(engine, filters, blind)
    if query is None:
        return [], None
    seq = AuditEventRow.__table__.c.seq
    if before_seq is not None:
        query = query.where(seq < before_seq)
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query.order_by(seq.desc()).limit(limit + 1)).mappings()]
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (rows[-1]["seq"] if more and rows else None)


def iter_records(engine: Engine, filters: SearchFilters, *, blind: BlindIndex | None = None,
                 page: int = 2000) -> Iterator[dict[str, Any]]:
    """Every matching record, oldest first, a page at a time (keyset: bounded memory for any range).
    Bad filters raise SearchError here, before the first record is read."""
    query = _filtered(engine, filters, blind)
    return iter(()) if query is None else _pages(engine, query, page)


def _pages(engine: Engine, query, page: int) -> Iterator[dict[str, Any]]:
    seq = AuditEventRow.__table__.c.seq
    after = 0
    while True:
        with engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(query.where(seq > after).order_by(seq).limit(page)).mappings()]
        yield from rows
        if len(rows) < page:
            return
        after = rows[-1]["seq"]
