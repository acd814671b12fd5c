"""Stored runs: writing a finished run, reading it back, and the governance query `passing_run`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from evals._plans import aware
from evals.models import EvalCaseResult, EvalPlan, EvalRun


@dataclass(frozen=True)
class RunSummary:
    """A stored eval run as governance and the scorecard see it."""

    id: str
    plan_id: str
    plan_name: str
    plan_created_at: datetime
    plan_created_by: str
    model_alias: str
    model_version: str | None  # as the proxy reported it (radgate.model_version)
    planned_model_version: str
    prompt_ref: str
    gold_sha256: str
    started_at: datetime
    finished_at: datetime
    cases: int
    passed: bool
    thresholds: list[dict]  # each: metric, op, value, observed, passed
    blockers: list[str]  # why the run cannot pass whatever its metrics (empty when none)
    metrics: dict  # metric name -> {value, ci, n[, count]}
    counts: dict
    subgroups: dict
    conditions: dict
    # {"metrics": [ragas metric names computed], "judge": {model, prompt_version, evaluations, failed_parses,
    # failed_calls, no_statements} or None}; empty for runs stored before ragas metrics existed
    ragas: dict = field(default_factory=dict)

    @property
    def preregistered(self) -> bool:
        """The plan (and so its thresholds) existed before the run started."""
        return self.plan_created_at < self.started_at


def _summary(run: EvalRun, plan: EvalPlan) -> RunSummary:
    data = run.metrics
    return RunSummary(
        id=run.id, plan_id=run.plan_id, plan_name=plan.name, plan_created_at=aware(plan.created_at),
        plan_created_by=plan.created_by, model_alias=run.model_alias, model_version=run.model_version,
        planned_model_version=plan.model_version, prompt_ref=run.prompt_ref, gold_sha256=run.gold_sha256,
        started_at=aware(run.started_at), finished_at=aware(run.finished_at), cases=run.cases,
        passed=run.passed, thresholds=data.get("thresholds", []), blockers=data.get("blockers", []),
        metrics=data.get("metrics", {}), counts=data.get("counts", {}), subgroups=data.get("subgroups", {}),
        conditions=run.conditions, ragas=data.get("ragas", {}))


def store_run(engine: Engine, run: EvalRun, cases: list[EvalCaseResult]) -> None:
    """One transaction: the run and all its case results, or nothing."""
    with Session(engine, expire_on_commit=False) as session:  # the caller still reads them afterwards
        session.add(run)
        session.flush()  # the run row first: case rows reference it
        session.add_all(cases)
        session.commit()


def get_run(engine: Engine, run_id: str) -> RunSummary | None:
    """A stored run by id, or None."""
    with Session(engine) as session:
        row = session.exec(select(EvalRun, EvalPlan).join(EvalPlan, EvalRun.plan_id == EvalPlan.id)
                           .where(EvalRun.id == run_id)).first()
        return _summary(*row) if row else None


def list_runs(engine: Engine, *, plan_id: str | None = None, model_alias: str | None = None,
              limit: int = 50) -> list[RunSummary]:
    """Newest first."""
    query = select(EvalRun, EvalPlan).join(EvalPlan, EvalRun.plan_id == EvalPlan.id)
    if plan_id:
        query = query.where(EvalRun.plan_id == plan_id)
    if model_alias:
        query = query.where(EvalRun.model_alias == model_alias)
    with Session(engine) as session:
        rows = session.exec(query.order_by(col(EvalRun.started_at).desc()).limit(limit)).all()
        return [_summary(*row) for row in rows]


def runs_of_same_model(engine: Engine, run: RunSummary, limit: int = 20) -> list[RunSummary]:
    """Runs of the same model alias, version and prompt up to this one, oldest first (for trends)."""
    query = (select(EvalRun, EvalPlan).join(EvalPlan, EvalRun.plan_id == EvalPlan.id)
             .where(EvalRun.model_alias == run.model_alias, EvalRun.prompt_ref == run.prompt_ref,
                    EvalRun.model_version == run.model_version, EvalRun.started_at <= run.started_at)
             .order_by(col(EvalRun.started_at).desc()).limit(limit))
    with Session(engine) as session:
        return [_summary(*row) for row in reversed(session.exec(query).all())]


def case_results(engine: Engine, run_id: str) -> list[EvalCaseResult]:
    with Session(engine) as session:
        return list(session.exec(select(EvalCaseResult).where(EvalCaseResult.run_id == run_id)
                                 .order_by(EvalCaseResult.position)))


def passing_run(engine: Engine, model_alias: str, model_version: str, prompt_ref: str) -> RunSummary | None:
    """The newest finished run that passed its plan's thresholds for exactly this model alias, version and
    prompt ref, where the plan was registered before the run started and names that same version; else None."""
    query = (select(EvalRun, EvalPlan).join(EvalPlan, EvalRun.plan_id == EvalPlan.id)
             .where(EvalRun.passed.is_(True), EvalRun.model_alias == model_alias,
                    EvalRun.model_version == model_version, EvalRun.prompt_ref == prompt_ref,
                    EvalPlan.model_alias == model_alias, EvalPlan.model_version == model_version,
                    EvalPlan.prompt_ref == prompt_ref)
             .order_by(col(EvalRun.started_at).desc()))
    with Session(engine) as session:
        for row in session.exec(query):
            summary = _summary(*row)
            # Checked again here, not only when the run was stored: a row written by other means
            # must still meet the pre-registration rule.
            if summary.preregistered and not summary.blockers and all(t["passed"] for t in summary.thresholds) \
                    and summary.thresholds:
                return summary
    return None
