"""Compliance access to the audit trail: search, break-glass PHI read, export. Every access is itself
recorded before anything is returned, and a patient identifier used as a filter is never written in
clear (the record keeps its blind-index token; the value itself is sealed)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from typing import Annotated, Literal

import anyio
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response, StreamingResponse

from audit import (
    EXPORT_FORMATS,
    AuditDecryptError,
    AuditEvent,
    AuditUnavailable,
    EventType,
    SearchError,
    SearchFilters,
    export_chunks,
    iter_records,
    open_phi,
    search_records,
)
from proxy.deps import AuditExporter, AuditSearcher, PhiReader, ServicesDep
from proxy.errors import ApiError
from radgate import jsonio
from radgate.auth import Principal

router = APIRouter()


def audit_filters(
    since: datetime | None = None,
    until: datetime | None = None,
    event_type: str | None = Query(None, max_length=64),
    request_id: str | None = Query(None, max_length=64),
    actor_key_id: str | None = Query(None, max_length=32),
    actor_name: str | None = Query(None, max_length=128),
    on_behalf_of: str | None = Query(None, max_length=128, description="the radiologist a call was made for"),
    model: str | None = Query(None, max_length=128),
    prompt_template: str | None = Query(None, max_length=160),
    site: str | None = Query(None, max_length=64),
    purpose_of_use: str | None = Query(None, max_length=32),
    status: str | None = Query(None, max_length=32),
    reason: str | None = Query(None, max_length=64),
    phi_type: str | None = Query(None, pattern=r"^[A-Z_0-9]{2,40}$", description="e.g. MRN, PERSON, DATE_TIME"),
    mrn: str | None = Query(None, max_length=64, description="patient MRN (matched through the blind index)"),
    accession: str | None = Query(None, max_length=64),
    patient_name: str | None = Query(None, max_length=128),
    q: str | None = Query(None, max_length=256, description="full-text over the redacted prompt and output"),
) -> SearchFilters:
    patients = [(kind, value) for kind, value in (("mrn", mrn), ("accession", accession), ("name", patient_name))
                if value is not None]
    if len(patients) > 1:
        raise ApiError(400, "invalid_request", "give one of mrn, accession, patient_name")
    return SearchFilters(since=_utc(since), until=_utc(until), event_type=event_type, request_id=request_id,
                         actor_key_id=actor_key_id, actor_name=actor_name, on_behalf_of=on_behalf_of,
                         model_alias=model, prompt_template=prompt_template, site=site,
                         purpose_of_use=purpose_of_use, status=status, reason=reason, phi_type=phi_type,
                         patient=patients[0] if patients else None, text=q)


FiltersDep = Annotated[SearchFilters, Depends(audit_filters)]


async def _record_access(request: Request, services, caller: Principal, kind: EventType,
                         filters: SearchFilters | None, **detail: object) -> None:
    """Write the access record first; fail closed (no unaudited read)."""
    shown, sealed = _split_filters(services, filters) if filters is not None else ({}, {})
    try:
        await services.audit.append(AuditEvent(
            event_type=kind, request_id=request.scope["state"]["request_id"], actor_key_id=caller.key_id,
            actor_name=caller.name, actor_role=caller.role,
            source_ip=request.client.host if request.client else None, status="ok",
            detail={**({"filters": shown} if filters is not None else {}), **detail},
            request_body=sealed or None,
            identifiers={filters.patient[0]: [filters.patient[1]]} if filters and filters.patient else None))
    except AuditUnavailable:
        raise ApiError(503, "audit_unavailable", "the audit store cannot record this access") from None


def _split_filters(services, filters: SearchFilters) -> tuple[dict, dict]:
    """Filters as the access record shows them, and the part that may be PHI (sealed)."""
    shown = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in asdict(filters).items()
             if v is not None and k not in ("patient", "text")}
    sealed: dict = {}
    if filters.patient is not None:
        kind, value = filters.patient
        shown["patient"] = {"kind": kind, "token": services.blind.token(kind, value)}
        sealed["patient"] = {"kind": kind, "value": value}
    if filters.text is not None:
        shown["text"] = "(sealed)"
        sealed["text"] = filters.text
    return shown, sealed


@router.get("/audit/records")
async def list_audit_records(
    request: Request,
    caller: AuditSearcher,
    services: ServicesDep,
    filters: FiltersDep,
    limit: int = Query(100, ge=1, le=500),
    before: int | None = Query(None, ge=1, description="cursor: the next_before of the previous page"),
) -> Response:
    await _record_access(request, services, caller, EventType.audit_searched, filters, limit=limit, before=before)
    try:
        records, cursor = await anyio.to_thread.run_sync(
            lambda: search_records(services.engine, filters, limit=limit, before_seq=before, blind=services.blind))
    except SearchError as exc:
        raise ApiError(400, "invalid_request", str(exc)) from None
    return Response(jsonio.dumps({"records": records, "next_before": cursor}), media_type="application/json")


@router.get("/audit/export")
async def export_audit_records(
    request: Request,
    caller: AuditExporter,
    services: ServicesDep,
    filters: FiltersDep,
    format: Literal["jsonl", "csv", "fhir"] = Query("jsonl", description="jsonl, csv, or fhir (R5 Bundle)"),
) -> StreamingResponse:
    """Every matching record, oldest first, streamed (no size limit, bounded memory)."""
    try:
        # (a full-text filter first brings the index up to date: database work, so off the event loop)
        records = await anyio.to_thread.run_sync(lambda: iter_records(services.engine, filters, blind=services.blind))
    except SearchError as exc:
        raise ApiError(400, "invalid_request", str(exc)) from None
    await _record_access(request, services, caller, EventType.audit_exported, filters, format=format)
    chunks = export_chunks(format, records)

    async def body():
        while True:
            chunk = await anyio.to_thread.run_sync(next, chunks, None)
            if chunk is None:
                return
            yield chunk

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    extension = {"jsonl": "jsonl", "csv": "csv", "fhir": "json"}[format]
    return StreamingResponse(body(), media_type=EXPORT_FORMATS[format], headers={
        "content-disposition": f'attachment; filename="radgate-audit-{stamp}.{extension}"'})


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
    await _record_access(request, services, caller, EventType.audit_phi_viewed, None,
                         record_id=record_id, reason=reason)
    try:
        bodies = await anyio.to_thread.run_sync(open_phi, services.engine, services.cipher, record_id)
    except LookupError:
        raise ApiError(404, "record_not_found", f"no audit record {record_id}") from None
    except AuditDecryptError as exc:
        raise ApiError(409, "record_unreadable", str(exc)) from None
    return Response(jsonio.dumps({"record_id": record_id, **bodies}), media_type="application/json")


def _utc(value: datetime | None) -> datetime | None:
    # Records are stored in UTC; a bound given with another offset is converted, a naive one is UTC.
    return value.astimezone(UTC) if value is not None and value.tzinfo is not None else value
