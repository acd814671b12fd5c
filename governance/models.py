"""Governance tables: the model inventory, its append-only decision log and the user training log."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Date, DateTime, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


class InventoryModel(SQLModel, table=True):
    """One deployed model version (alias + ``model_info.version``) and what the committee knows of it."""

    __tablename__ = "governance_models"
    __table_args__ = (UniqueConstraint("alias", "version", name="uq_governance_models_alias_version"),)

    id: str = Field(primary_key=True, max_length=32)
    alias: str = Field(max_length=128)
    version: str = Field(max_length=256)
    backend: str = Field(max_length=256)
    deployed_on: date | None = Field(default=None, sa_column=Column(Date))
    ifu: str | None = Field(default=None, max_length=1024)  # instructions for use: path or link
    intended_purpose: str = Field(sa_column=Column(Text, nullable=False))
    regulatory_status: str = Field(max_length=32)
    criteria: Any = Field(default=None, sa_column=Column(JSON))  # inclusion/exclusion criteria
    clinical_champion: str | None = Field(default=None, max_length=256)
    support_contact: str | None = Field(default=None, max_length=256)
    irb_ref: str | None = Field(default=None, max_length=256)
    legal_review_ref: str | None = Field(default=None, max_length=256)
    # Lifecycle: only ever changed by a recorded transition (never by an update).
    state: str = Field(max_length=16)
    approved_prompts: Any = Field(default=None, sa_column=Column(JSON))  # prompt refs of the approval
    created_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    updated_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    created_by: str = Field(max_length=128)


class InventoryTransition(SQLModel, table=True):
    """The committee's decision log (append-only: the migration makes the table refuse UPDATE/DELETE)."""

    __tablename__ = "governance_transitions"
    __table_args__ = (Index("ix_governance_transitions_model", "model_id", "seq"),)

    seq: int | None = Field(default=None, primary_key=True)
    model_id: str = Field(max_length=32, foreign_key="governance_models.id")
    from_state: str = Field(max_length=16)
    to_state: str = Field(max_length=16)
    rationale: str = Field(sa_column=Column(Text, nullable=False))
    prompt_refs: Any = Field(default=None, sa_column=Column(JSON))
    eval_runs: Any = Field(default=None, sa_column=Column(JSON))  # {prompt_ref: run id}
    actor_name: str = Field(max_length=128)
    actor_role: str = Field(max_length=32)
    at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))


class TrainingRecord(SQLModel, table=True):
    """Who was trained on a model version, when and by whom (append-only)."""

    __tablename__ = "governance_training"
    __table_args__ = (Index("ix_governance_training_model_user", "model_id", "trainee"),)

    seq: int | None = Field(default=None, primary_key=True)
    model_id: str = Field(max_length=32, foreign_key="governance_models.id")
    trainee: str = Field(max_length=128)  # the radiologist (as the reporting system names them)
    trained_on: date = Field(sa_column=Column(Date, nullable=False))
    trainer: str | None = Field(default=None, max_length=128)
    note: str | None = Field(default=None, max_length=512)
    recorded_by: str = Field(max_length=128)
    recorded_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
