"""Exports of audit records: JSONL, CSV and a FHIR R5 AuditEvent Bundle (IHE BALP conventions).

Exports carry what search shows: metadata, redacted text and PHI types, never sealed PHI or the
blind-index tokens. Each format is produced as a stream of byte chunks, so a large range never sits
in memory.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from radgate import jsonio

FORMATS = {"jsonl": "application/x-ndjson", "csv": "text/csv", "fhir": "application/fhir+json"}
CSV_COLUMNS = ("seq", "id", "event_type", "request_id", "occurred_at", "recorded_at", "actor_key_id", "actor_name",
               "actor_role", "on_behalf_of", "purpose_of_use", "site", "source_ip", "model_alias", "backend",
               "model_version", "prompt_template", "status", "reason", "http_status", "stream", "prompt_tokens",
               "completion_tokens", "latency_ms", "phi_types", "has_phi", "study", "detail")

_DCM = "http://dicom.nema.org/resources/ontology/DCM"
_EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type"
_OUTCOME = "http://terminology.hl7.org/CodeSystem/audit-event-outcome"
_RADGATE = "urn:radgate:audit-event"
# event type prefix -> (category coding, action): C create, R read, U update, D delete, E execute
_CATEGORY = {
    "model_call": ((_EVENT_TYPE, "rest", "RESTful Operation"), "E"),
    "auth": ((_DCM, "110114", "User Authentication"), "E"),
    "key": ((_DCM, "110113", "Security Alert"), "U"),
    "audit.searched": ((_DCM, "110112", "Query"), "E"),
    "audit.phi_viewed": ((_DCM, "110110", "Patient Record"), "R"),
    "audit.exported": ((_DCM, "110106", "Export"), "R"),
}
_APPLICATION = ((_DCM, "110100", "Application Activity"), "E")
_KEY_ACTIONS = {"key.created": "C", "key.revoked": "D", "key.expired": "U"}


def _text(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
    return value


def public_record(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _text(v) for k, v in row.items()}


def jsonl_chunks(records: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    for row in records:
        yield jsonio.dumps(public_record(row)) + b"\n"


def csv_chunks(records: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for count, row in enumerate(records, 1):
        values = []
        for name in CSV_COLUMNS:
            value = _text(row.get(name))
            if isinstance(value, dict | list):
                value = jsonio.dumps(value).decode()
            values.append(_defuse(value))
        writer.writerow(values)
        if count % 500 == 0:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode()


def _defuse(value: Any) -> Any:
    """Spreadsheet formula injection: a cell starting with = + - @ is read as text, not a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def fhir_chunks(records: Iterable[dict[str, Any]], *, exported_at: datetime) -> Iterator[bytes]:
    head = {"resourceType": "Bundle", "id": str(uuid.uuid4()), "type": "collection",
            "timestamp": exported_at.isoformat()}
    yield jsonio.dumps(head)[:-1] + b',"entry":['
    for index, row in enumerate(records):
        entry = {"fullUrl": f"urn:uuid:{uuid.UUID(hex=row['id'])}", "resource": fhir_audit_event(row)}
        yield (b"," if index else b"") + jsonio.dumps(entry)
    yield b"]}"


def _coding(system: str, code: str, display: str | None = None) -> dict[str, str]:
    return {"system": system, "code": code, **({"display": display} if display else {})}


def fhir_audit_event(row: dict[str, Any]) -> dict[str, Any]:
    """One record as a FHIR R5 AuditEvent."""
    event_type = row["event_type"]
    category, action = _CATEGORY.get(event_type) or _CATEGORY.get(event_type.split(".")[0]) or _APPLICATION
    action = _KEY_ACTIONS.get(event_type, action)
    failed = row.get("status") in ("rejected", "failed", "error") or (row.get("http_status") or 200) >= 400
    serious = (row.get("http_status") or 0) >= 500
    event: dict[str, Any] = {
        "resourceType": "AuditEvent",
        "id": row["id"],
        "category": [{"coding": [_coding(*category)]}],
        "code": {"coding": [_coding(_RADGATE, event_type)]},
        "action": action,
        "severity": "error" if serious else "warning" if failed else "informational",
        "occurredDateTime": _text(row["occurred_at"]),
        "recorded": _text(row["recorded_at"]),
        "outcome": {"code": _coding(_OUTCOME, "8" if serious else "4" if failed else "0",
                                    "Serious failure" if serious else "Minor failure" if failed else "Success")},
        "agent": _agents(row),
        "source": {"observer": {"display": "RadGate"},
                   "type": [{"coding": [_coding("http://terminology.hl7.org/CodeSystem/security-source-type",
                                                "4", "Application Server")]}]},
    }
    if row.get("reason"):
        event["outcome"]["detail"] = [{"text": row["reason"]}]
    if row.get("purpose_of_use"):
        event["authorization"] = [{"coding": [_coding("http://terminology.hl7.org/CodeSystem/v3-ActReason",
                                                      row["purpose_of_use"])]}]
    entities = _entities(row)
    if entities:
        event["entity"] = entities
    return event


def _agents(row: dict[str, Any]) -> list[dict[str, Any]]:
    application = {"type": {"coding": [_coding(_DCM, "110150", "Application")]},
                   "who": {"display": row.get("actor_name") or "unauthenticated",
                           **({"identifier": {"system": "urn:radgate:api-key", "value": row["actor_key_id"]}}
                              if row.get("actor_key_id") else {})},
                   "requestor": not row.get("on_behalf_of")}
    if row.get("actor_role"):
        application["role"] = [{"text": row["actor_role"]}]
    if row.get("source_ip"):
        application["networkString"] = row["source_ip"]
    agents = [application]
    if row.get("on_behalf_of"):
        agents.append({"type": {"coding": [_coding(_DCM, "110153", "Source Role ID")]},
                       "who": {"identifier": {"system": "urn:radgate:user", "value": row["on_behalf_of"]}},
                       "requestor": True})
    return agents


def _entities(row: dict[str, Any]) -> list[dict[str, Any]]:
    entities = [{"what": {"identifier": {"system": "urn:radgate:request", "value": row["request_id"]}},
                 "role": {"coding": [_coding("http://terminology.hl7.org/CodeSystem/object-role", "4",
                                             "Domain Resource")]}}]
    if row.get("model_alias"):
        detail = [{"type": {"text": name}, "valueString": str(row[name])}
                  for name in ("model_version", "backend", "prompt_template", "site", "phi_types")
                  if row.get(name)]
        entities.append({"what": {"identifier": {"system": "urn:radgate:model", "value": row["model_alias"]}},
                         **({"detail": detail} if detail else {})})
    return entities


def export_chunks(fmt: str, records: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    if fmt == "jsonl":
        return jsonl_chunks(records)
    if fmt == "csv":
        return csv_chunks(records)
    if fmt == "fhir":
        return fhir_chunks(records, exported_at=datetime.now(UTC))
    raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
