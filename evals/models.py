"""Tables for acceptance plans, eval runs and per-case results (append-only: migration 0006)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, DateTime, Text
from sqlmodel import Field, SQLModel


class EvalPlan(SQLModel, table=True):
    """Pre-registered acceptance plan: what is tested, on which gold set, and the thresholds to meet."""

    __tablename__ = "eval_plans"

    id: str = Field(primary_key=True, max_length=32)
    name: str = Field(max_length=200)
    model_alias: str = Field(max_length=128)
    model_version: str = Field(max_length=256)
    prompt_ref: str = Field(max_length=128)
    gold_path: str = Field(max_length=1024)
    gold_sha256: str = Field(max_length=64)
    gold_cases: int
    samples: int
    temperature: float
    max_tokens: int
    thresholds: list[dict] = Field(sa_column=Column(JSON, nullable=False))
    spec_sha256: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    created_by: str = Field(max_length=128)
    judge_model: str | None = Field(default=None, max_length=128)  # LLM judge alias for ragas metrics (0009)


class EvalRun(SQLModel, table=True):
    """One finished run of a plan: the version the proxy reported, aggregate metrics, pass/fail."""

    __tablename__ = "eval_runs"

    id: str = Field(primary_key=True, max_length=32)
    plan_id: str = Field(foreign_key="eval_plans.id", max_length=32, index=True)
    model_alias: str = Field(max_length=128)
    model_version: str | None = Field(default=None, max_length=256)
    prompt_ref: str = Field(max_length=128)
    gold_sha256: str = Field(max_length=64)
    started_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    finished_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    cases: int
    passed: bool
    metrics: dict = Field(sa_column=Column(JSON, nullable=False))
    conditions: dict = Field(sa_column=Column(JSON, nullable=False))


class EvalCaseResult(SQLModel, table=True):
    """One gold case in one run: the scored draft, its errors, and its consistency figures."""

    __tablename__ = "eval_case_results"

    run_id: str = Field(foreign_key="eval_runs.id", primary_key=True, max_length=32)
    case_id: str = Field(primary_key=True, max_length=128)
    position: int
    status: str = Field(max_length=16)  # ok | failed | excluded
    score: float | None = None
    errors: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    draft: str | None = Field(default=None, sa_column=Column(Text))
    sample_scores: list[float] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    self_consistency: float | None = None
    paraphrase_agreement: float | None = None
    paraphrase_score: float | None = None
    subgroups: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    detail: dict | None = Field(default=None, sa_column=Column(JSON))
