"""Recording a clinician's verdict on a draft: find the call, open the draft, measure the edits, store."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import anyio
from sqlalchemy import JSON, DateTime, Engine, delete, insert, select, text
from sqlalchemy.exc import IntegrityError

from audit import AuditCipher, AuditDecryptError, AuditEvent, AuditUnavailable, AuditWriter, EventType, open_phi
from radgate import jsonio
from radgate.auth import Principal

from monitoring._diff import FindingDiff, finding_diff, levenshtein
from monitoring._protocol import FeedbackCreate, FeedbackPublic, FindingChanges
from monitoring.models import FeedbackFindingChange, FeedbackRow

DRAFT_MAX = 2 * 20_000  # a draft longer than this is measured on its first DRAFT_MAX characters

# ``SELECT *``: columns the audit store adds later (prompt_template, site, study) are read when present.
_CALL = text("SELECT * FROM audit_events WHERE request_id = :request_id AND event_type = :event_type"
             ).columns(occurred_at=DateTime(timezone=True), detail=JSON)


class FeedbackError(Exception):
    """A feedback submission refused; ``status`` and ``code`` are what the caller gets."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass(frozen=True, slots=True)
class CallRecord:
    """The completed model call a verdict is about (from its audit record; no PHI)."""

    record_id: str
    request_id: str
    key_id: str
    model_alias: str | None
    model_version: str | None
    prompt_template: str | None
    on_behalf_of: str | None
    site: str | None
    modality: str | None
    called_at: datetime


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _json(value: Any) -> Any:
    if isinstance(value, (str, bytes)):
        try:
            return jsonio.loads(value)
        except jsonio.JSONDecodeError:
            return None
    return value


def _text_or_none(value: Any, limit: int) -> str | None:
    return value[:limit] if isinstance(value, str) and value else None


def _call_record(row: dict[str, Any]) -> CallRecord:
    detail = _json(row.get("detail"))
    detail = detail if isinstance(detail, dict) else {}

    def field(name: str, *aliases: str) -> Any:
        for key in (name, *aliases):
            if row.get(key) is not None:
                return row[key]
            if detail.get(key) is not None:
                return detail[key]
        return None

    study = _json(field("study"))
    modality = study.get("modality") if isinstance(study, dict) else None
    return CallRecord(
        record_id=row["id"], request_id=row["request_id"], key_id=row["actor_key_id"],
        model_alias=row.get("model_alias"), model_version=row.get("model_version"),
        prompt_template=_text_or_none(field("prompt_template", "template"), 200),
        on_behalf_of=_text_or_none(field("on_behalf_of"), 128), site=_text_or_none(field("site"), 128),
        modality=_text_or_none(modality, 64), called_at=_utc(row["occurred_at"]))


def draft_text(bodies: dict[str, Any]) -> str:
    """The first choice's text from a completed call's sealed response body (plain or streamed)."""
    response = bodies.get("response_body")
    choices = response.get("choices") if isinstance(response, dict) else None
    if not isinstance(choices, list) or not choices:
        return ""
    first = next((c for c in choices if isinstance(c, dict) and c.get("index", 0) == 0), choices[0])
    if not isinstance(first, dict):
        return ""
    content = (first.get("message") or {}).get("content") if "message" in first else first.get("content")
    return content if isinstance(content, str) else ""


@dataclass(frozen=True, slots=True)
class Measured:
    distance: float | None
    edit_chars: int | None
    diff: FindingDiff | None


def measure(draft: str, final: str | None) -> Measured:
    """Edit distance and finding diff of a draft against the final text (CPU work: run off the loop)."""
    if final is None:
        return Measured(None, None, None)
    draft = draft[:DRAFT_MAX]
    edits = levenshtein(draft, final)
    longest = max(len(draft), len(final))
    return Measured(edits / longest if longest else 0.0, edits, finding_diff(draft, final))


class FeedbackService:
    """Stores verdicts; the only clear-text it keeps is metadata, scores and lexicon finding names."""

    def __init__(self, engine: Engine, audit: AuditWriter, cipher: AuditCipher) -> None:
        self._engine = engine
        self._audit = audit
        self._cipher = cipher

    def find_call(self, request_id: str, key_id: str) -> CallRecord | None:
        """The caller's own completed call; another key's call is as invisible as a missing one."""
        with self._engine.connect() as conn:
            rows = conn.execute(_CALL, {"request_id": request_id,
                                        "event_type": str(EventType.model_call_completed)}).mappings().all()
        for row in rows:
            if row["actor_key_id"] == key_id and row["status"] == "inferred":
                return _call_record(dict(row))
        return None

    def exists(self, request_id: str) -> bool:
        with self._engine.connect() as conn:
            return conn.execute(select(FeedbackRow.id).where(FeedbackRow.request_id == request_id)).first() is not None

    async def submit(self, body: FeedbackCreate, caller: Principal, *, source_ip: str | None = None,
                     http_request_id: str | None = None) -> FeedbackPublic:
        call = await anyio.to_thread.run_sync(self.find_call, body.request_id, caller.key_id)
        if call is None:
            raise FeedbackError(404, "request_not_found",
                                "no completed model call with this request_id was made with this key")
        if await anyio.to_thread.run_sync(self.exists, call.request_id):
            raise FeedbackError(409, "feedback_exists", "feedback for this request_id was already recorded")
        try:
            bodies = await anyio.to_thread.run_sync(open_phi, self._engine, self._cipher, call.record_id)
        except (LookupError, AuditDecryptError):
            raise FeedbackError(409, "draft_unavailable", "the draft of this call cannot be opened") from None
        measured = await anyio.to_thread.run_sync(measure, draft_text(bodies), body.final_text)
        user = body.on_behalf_of or call.on_behalf_of or caller.name
        row = self._row(body, call, user, measured)
        try:
            await anyio.to_thread.run_sync(self._insert, row, measured.diff)
        except IntegrityError:  # a concurrent submission for the same call won
            raise FeedbackError(409, "feedback_exists", "feedback for this request_id was already recorded") from None
        event = AuditEvent(
            event_type=EventType.feedback_received, request_id=call.request_id, actor_key_id=caller.key_id,
            actor_name=caller.name, actor_role=caller.role, source_ip=source_ip, model_alias=call.model_alias,
            model_version=call.model_version, status="ok",
            # sealed by the writer: the signed text and the free-text reason may hold PHI
            request_body={"final_text": body.final_text, "reason": body.reason}
            if body.final_text is not None or body.reason is not None else None,
            detail={"feedback_id": row["id"], "outcome": body.outcome, "edit_distance": row["edit_distance"],
                    "findings": measured.diff.counts() if measured.diff else None,
                    "http_request_id": http_request_id},
            prompt_template=call.prompt_template, on_behalf_of=user, site=call.site)
        try:
            await self._audit.append(event)
        except AuditUnavailable:  # fail closed: no verdict is kept that the audit trail does not hold
            await anyio.to_thread.run_sync(self._remove, row["id"])
            raise FeedbackError(503, "audit_unavailable", "the audit store cannot record this feedback") from None
        diff = measured.diff
        return FeedbackPublic(
            feedback_id=row["id"], request_id=call.request_id, outcome=body.outcome, model_alias=call.model_alias,
            model_version=call.model_version, edit_distance=measured.distance,
            findings=FindingChanges(added=list(diff.added), removed=list(diff.removed),
                                    negation_flipped=list(diff.negation_flipped),
                                    laterality_changed=list(diff.laterality_changed)) if diff else None)

    @staticmethod
    def _row(body: FeedbackCreate, call: CallRecord, user: str, measured: Measured) -> dict[str, Any]:
        counts = measured.diff.counts() if measured.diff else {}
        return {
            "id": uuid.uuid4().hex, "request_id": call.request_id, "key_id": call.key_id,
            "model_alias": call.model_alias, "model_version": call.model_version,
            "prompt_template": call.prompt_template, "user_name": user, "site": call.site,
            "modality": call.modality, "outcome": body.outcome, "edit_distance": measured.distance,
            "edit_chars": measured.edit_chars,
            "draft_findings": measured.diff.draft_findings if measured.diff else 0,
            "findings_added": counts.get("added", 0), "findings_removed": counts.get("removed", 0),
            "negation_flipped": counts.get("negation_flipped", 0),
            "laterality_changed": counts.get("laterality_changed", 0),
            "called_at": call.called_at, "created_at": datetime.now(UTC)}

    def _insert(self, row: dict[str, Any], diff: FindingDiff | None) -> None:
        with self._engine.begin() as conn:
            conn.execute(insert(FeedbackRow.__table__), [row])
            changes = diff.changes() if diff else []
            if changes:
                conn.execute(insert(FeedbackFindingChange.__table__),
                             [{"feedback_id": row["id"], "finding": name[:128], "change": kind}
                              for name, kind in changes])

    def _remove(self, feedback_id: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(FeedbackFindingChange.__table__)
                         .where(FeedbackFindingChange.feedback_id == feedback_id))
            conn.execute(delete(FeedbackRow.__table__).where(FeedbackRow.id == feedback_id))
