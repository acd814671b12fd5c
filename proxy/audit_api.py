"""GET /audit/records: compliance search over audit metadata and redacted text (no decrypted PHI)."""

from __future__ import annotations

from datetime import UTC, datetime

import anyio
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from audit import AuditDecryptError, AuditEvent, AuditUnavailable, EventType, SearchFilters, open_phi, search_records
from radgate import jsonio

from proxy.deps import AuditSearcher, PhiReader, ServicesDep
from proxy.errors import ApiError

router = APIRouter()


@router.get("/audit/records")
async def list_audit_records(
    request: Request,
    caller: AuditSearcher,
    services: ServicesDep,
    since: datetime | None = None,
    until: datetime | None = None,
    event_type: str | None = Query(None, max_length=64),
    request_id: str | None = Query(None, max_length=64),
    actor_key_id: str | None = Query(None, max_length=32),
    actor_name: str | None = Query(None, max_length=128),
    model: str | None = Query(None, max_length=128),
    status: str | None = Query(None, max_length=32),
    reason: str | None = Query(None, max_length=64),
    limit: int = Query(100, ge=1, le=500),
    before: int | None = Query(None, ge=1, description="cursor: the next_before of the previous page"),
) -> Response:
    filters = SearchFilters(since=_utc(since), until=_utc(until), event_type=event_type, request_id=request_id,
                            actor_key_id=actor_key_id, actor_name=actor_name, model_alias=model,
                            status=status, reason=reason)
    # Reading the audit log is itself audited, before anything is returned.
    try:
        await services.audit.append(AuditEvent(
            event_type=EventType.audit_searched, request_id=request.scope["state"]["request_id"],
            actor_key_id=caller.key_id, actor_name=caller.name, actor_role=caller.role,
            source_ip=request.client.host if request.client else None, status="ok",
            detail={"filters": _filter_dict(filters), "limit": limit, "before": before}))
    except AuditUnavailable:  # fail closed: no unaudited read
        raise ApiError(503, "audit_unavailable", "the audit store cannot record this search") from None
    records, cursor = await anyio.to_thread.run_sync(
        lambda: search_records(services.engine, filters, limit=limit, before_seq=before))
    return Response(jsonio.dumps({"records": records, "next_before": cursor}), media_type="application/json")


@router.get("/audit/records/{record_id}/phi")
async def read_record_phi(
    request: Request,
    caller: PhiReader,
    services: ServicesDep,
    record_id: str = Path(..., pattern=r"^[0-9a-f]{32}$"),
    reason: str = Query(..., min_length=10, max_length=500,
                        description="why this PHI must be seen (kept in the audit trail)"),
) -> Response:
    """Break-glass: decrypt one record's bodies, with a stated reason, recorded before it is shown."""
    try:
        await services.audit.append(AuditEvent(
            event_type=EventType.audit_phi_viewed, request_id=request.scope["state"]["request_id"],
            actor_key_id=caller.key_id, actor_name=caller.name, actor_role=caller.role,
            source_ip=request.client.host if request.client else None, status="ok",
            detail={"record_id": record_id, "reason": reason}))
    except AuditUnavailable:
        raise ApiError(503, "audit_unavailable", "the audit store cannot record this access") from None
    try:
        bodies = await anyio.to_thread.run_sync(open_phi, services.engine, services.cipher, record_id)
    except LookupError:
        raise ApiError(404, "record_not_found", f"no audit record {record_id}") from None
    except AuditDecryptError as exc:
        raise ApiError(409, "record_unreadable", str(exc)) from None
    return Response(jsonio.dumps({"record_id": record_id, **bodies}), media_type="application/json")


def _filter_dict(filters: SearchFilters) -> dict:
    return {name: (value.isoformat() if isinstance(value, datetime) else value)
            for name in SearchFilters.__dataclass_fields__ if (value := getattr(filters, name)) is not None}


def _utc(value: datetime | None) -> datetime | None:
    # Records are stored in UTC; a bound given with another offset is converted, a naive one is UTC.
    return value.astimezone(UTC) if value is not None and value.tzinfo is not None else value
