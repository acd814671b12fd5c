"""GovernanceService: the inventory, its lifecycle and the training log. Every change is audited
before it is committed (fail closed: nothing changes that is not on record)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from audit import AuditEvent, AuditWriter, EventType
from governance._lifecycle import FREE_TEXT, LifecycleState, allowed
from governance.models import InventoryModel, InventoryTransition, TrainingRecord
from governance.schemas import (
    ModelCreate,
    ModelDetail,
    ModelPublic,
    ModelUpdate,
    TrainingCreate,
    TrainingPublic,
    TransitionPublic,
    TransitionRequest,
)

# (alias, version, prompt ref) -> summary of a passing, pre-registered eval run, or None
AcceptanceCheck = Callable[[str, str, str], Any]


class GovernanceError(ValueError):
    """A governance operation was refused; ``code`` is stable, ``status`` the HTTP equivalent."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts: a committee member at the CLI, or the key of an HTTP caller."""

    name: str
    role: str = "governance"
    key_id: str | None = None
    source_ip: str | None = None
    request_id: str | None = None


def evals_acceptance(engine: Engine) -> AcceptanceCheck:
    """The production acceptance check: ``evals.passing_run`` for that exact version and prompt ref."""

    def check(alias: str, version: str, prompt_ref: str) -> Any:
        try:
            from evals import passing_run  # the evals package owns runs and their thresholds
        except ImportError:
            return None  # no eval runs, no approval
        return passing_run(engine, alias, version, prompt_ref)

    return check


def _run_id(summary: Any) -> str:
    for name in ("run_id", "id"):
        value = summary.get(name) if isinstance(summary, dict) else getattr(summary, name, None)
        if value is not None:
            return str(value)
    return "unidentified-run"


def _now() -> datetime:
    return datetime.now(UTC)


def public(row: InventoryModel) -> ModelPublic:
    runs = dict(row.approved_prompts or {})
    return ModelPublic(
        id=row.id, alias=row.alias, version=row.version, backend=row.backend, deployed_on=row.deployed_on,
        ifu=row.ifu, intended_purpose=row.intended_purpose, regulatory_status=row.regulatory_status,
        criteria=row.criteria, clinical_champion=row.clinical_champion, support_contact=row.support_contact,
        irb_ref=row.irb_ref, legal_review_ref=row.legal_review_ref, state=row.state,
        approved_prompts=sorted(runs), eval_runs=runs, created_at=row.created_at, updated_at=row.updated_at,
        created_by=row.created_by)


class GovernanceService:
    def __init__(self, engine: Engine, audit: AuditWriter, *, acceptance: AcceptanceCheck | None = None,
                 prompt_refs: Callable[[str], bool] | None = None) -> None:
        self._engine = engine
        self._audit = audit
        self._acceptance = acceptance or evals_acceptance(engine)
        self._prompt_known = prompt_refs  # does this ``id@version`` exist in the prompt registry?

    # -- reads ---------------------------------------------------------------------------------
    def list(self, *, alias: str | None = None, state: LifecycleState | None = None) -> list[ModelPublic]:
        with Session(self._engine) as session:
            query = select(InventoryModel).order_by(InventoryModel.alias, InventoryModel.created_at)
            if alias is not None:
                query = query.where(InventoryModel.alias == alias)
            if state is not None:
                query = query.where(InventoryModel.state == state.value)
            return [public(r) for r in session.exec(query).all()]

    def get(self, model_id: str) -> ModelDetail:
        with Session(self._engine) as session:
            row = self._row(session, model_id)
            transitions = session.exec(select(InventoryTransition).where(InventoryTransition.model_id == row.id)
                                       .order_by(InventoryTransition.seq)).all()
            training = session.exec(select(TrainingRecord).where(TrainingRecord.model_id == row.id)
                                    .order_by(TrainingRecord.seq)).all()
            return ModelDetail(
                **public(row).model_dump(),
                transitions=[TransitionPublic(seq=t.seq, from_state=t.from_state, to_state=t.to_state,
                                              rationale=t.rationale, prompt_refs=t.prompt_refs or [],
                                              eval_runs=t.eval_runs or {}, actor_name=t.actor_name,
                                              actor_role=t.actor_role, at=t.at) for t in transitions],
                training=[TrainingPublic(trainee=t.trainee, trained_on=t.trained_on, trainer=t.trainer,
                                         note=t.note, recorded_by=t.recorded_by, recorded_at=t.recorded_at)
                          for t in training])

    def find(self, alias: str, version: str) -> ModelDetail:
        with Session(self._engine) as session:
            row = session.exec(select(InventoryModel.id).where(InventoryModel.alias == alias,
                                                               InventoryModel.version == version)).first()
        if row is None:
            raise GovernanceError(404, "model_not_registered",
                                  f"no inventory entry for model {alias!r} version {version!r}")
        return self.get(row)

    # -- changes -------------------------------------------------------------------------------
    def register(self, data: ModelCreate, actor: Actor) -> ModelPublic:
        """A new model version enters the inventory as ``proposed``."""
        with Session(self._engine) as session:
            if session.exec(select(InventoryModel.id).where(InventoryModel.alias == data.alias,
                                                            InventoryModel.version == data.version)).first():
                raise GovernanceError(409, "model_already_registered",
                                      f"model {data.alias!r} version {data.version!r} is already registered")
        now = _now()
        row = InventoryModel(id=uuid.uuid4().hex, state=LifecycleState.proposed.value, approved_prompts={},
                             created_at=now, updated_at=now, created_by=actor.name,
                             **data.model_dump(mode="json", exclude={"deployed_on"}),
                             deployed_on=data.deployed_on)
        self._record(EventType.governance_model_registered, actor, row,
                     {"model_id": row.id, **data.model_dump(mode="json"), "state": row.state})
        with Session(self._engine) as session:
            session.add(row)
            try:
                session.commit()
            except IntegrityError:
                raise GovernanceError(409, "model_already_registered",
                                      f"model {data.alias!r} version {data.version!r} is already registered") from None
            session.refresh(row)
            return public(row)

    def update(self, model_id: str, data: ModelUpdate, actor: Actor) -> ModelPublic:
        """Change descriptive fields (and criteria); the audit record keeps before and after."""
        changes = data.model_dump(mode="json", exclude_unset=True)
        if not changes:
            raise GovernanceError(400, "nothing_to_change", "the update names no field")
        cleared = [k for k in ("backend", "intended_purpose", "regulatory_status") if k in changes and changes[k] is None]
        if cleared:
            raise GovernanceError(400, "required_field", f"{', '.join(cleared)} cannot be cleared")
        with Session(self._engine) as session:
            row = self._row(session, model_id)
            before = {k: _jsonable(getattr(row, k)) for k in changes}
            self._record(EventType.governance_model_changed, actor, row,
                         {"model_id": row.id, "before": before, "after": changes})
            for name in changes:
                setattr(row, name, getattr(data, name) if name == "deployed_on" else changes[name])
            row.updated_at = _now()
            session.add(row)
            session.commit()
            session.refresh(row)
            return public(row)

    def transition(self, model_id: str, request: TransitionRequest, actor: Actor) -> ModelDetail:
        with Session(self._engine) as session:
            row = self._row(session, model_id)
            session.expunge(row)
        src, dst = LifecycleState(row.state), request.to_state
        if not allowed(src, dst):
            raise GovernanceError(409, "transition_not_allowed", f"{src} -> {dst} is not an allowed transition")
        runs = dict(row.approved_prompts or {}) if src is LifecycleState.approved else {}
        new_runs: dict[str, str] = {}
        if dst is LifecycleState.approved:
            new_runs = self._accepted(row, request.prompt_refs, already=set(runs) if src is dst else set())
            runs.update(new_runs)
        elif request.prompt_refs:
            raise GovernanceError(400, "prompt_refs_not_expected", "prompt refs are named only when approving")
        now = _now()
        self._record(EventType.governance_transition, actor, row, {
            "model_id": row.id, "from_state": src.value, "to_state": dst.value, "rationale": request.rationale,
            "prompt_refs": sorted(new_runs), "eval_runs": new_runs})
        with Session(self._engine) as session:
            # Optimistic: the state must still be what was checked (two members acting at once).
            moved = session.exec(update(InventoryModel)
                                 .where(InventoryModel.id == row.id, InventoryModel.state == src.value)
                                 .values(state=dst.value, approved_prompts=runs if dst is LifecycleState.approved
                                         else {}, updated_at=now))
            if moved.rowcount != 1:
                session.rollback()
                raise GovernanceError(409, "state_changed", "the model's state changed meanwhile; check and retry")
            session.add(InventoryTransition(
                model_id=row.id, from_state=src.value, to_state=dst.value, rationale=request.rationale,
                prompt_refs=sorted(new_runs), eval_runs=new_runs, actor_name=actor.name, actor_role=actor.role,
                at=now))
            session.commit()
        return self.get(row.id)

    def record_training(self, model_id: str, data: TrainingCreate, actor: Actor) -> TrainingPublic:
        with Session(self._engine) as session:
            row = self._row(session, model_id)
            session.expunge(row)
        record = TrainingRecord(model_id=row.id, trainee=data.trainee, trained_on=data.trained_on,
                                trainer=data.trainer, note=data.note, recorded_by=actor.name,
                                recorded_at=_now())
        self._record(EventType.governance_training_recorded, actor, row,
                     {"model_id": row.id, **data.model_dump(mode="json")})
        with Session(self._engine) as session:
            session.add(record)
            session.commit()
            session.refresh(record)
            return TrainingPublic(trainee=record.trainee, trained_on=record.trained_on, trainer=record.trainer,
                                  note=record.note, recorded_by=record.recorded_by, recorded_at=record.recorded_at)

    # -- helpers -------------------------------------------------------------------------------
    def _accepted(self, row: InventoryModel, refs: list[str], *, already: set[str]) -> dict[str, str]:
        """Each prompt ref being approved needs a passing, pre-registered eval run of this exact version."""
        if not refs:
            raise GovernanceError(400, "prompt_refs_required",
                                  f"an approval names the prompt ref(s) it covers (id@version, or {FREE_TEXT!r} "
                                  "for requests without a template)")
        runs: dict[str, str] = {}
        for ref in dict.fromkeys(refs):
            if ref in already:
                raise GovernanceError(409, "prompt_already_approved", f"{ref} is already approved for this version")
            if ref != FREE_TEXT and ("@" not in ref or (self._prompt_known and not self._prompt_known(ref))):
                raise GovernanceError(400, "unknown_prompt_ref",
                                      f"{ref!r} is not a prompt template version (id@version) in the registry")
            summary = self._acceptance(row.alias, row.version, ref)
            if summary is None:
                raise GovernanceError(409, "acceptance_not_passed",
                                      f"no passing eval run of {row.alias} version {row.version} with prompt {ref} "
                                      "against thresholds registered before the run; approval refused")
            runs[ref] = _run_id(summary)
        return runs

    def _record(self, kind: EventType, actor: Actor, row: InventoryModel, detail: dict) -> None:
        """Audit first; AuditUnavailable propagates and nothing is changed."""
        self._audit.append_sync(AuditEvent(
            event_type=kind, request_id=actor.request_id or f"gov-{uuid.uuid4().hex}",
            actor_key_id=actor.key_id, actor_name=actor.name, actor_role=actor.role, source_ip=actor.source_ip,
            model_alias=row.alias, model_version=row.version, backend=row.backend, status="ok", detail=detail))

    @staticmethod
    def _row(session: Session, model_id: str) -> InventoryModel:
        row = session.get(InventoryModel, model_id)
        if row is None:
            raise GovernanceError(404, "model_not_registered", f"no inventory entry {model_id!r}")
        return row


def _jsonable(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value
