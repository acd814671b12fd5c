"""Feedback tables: one row per clinician verdict on a draft, and its finding-level changes.

Nothing here holds report text: the draft stays sealed in the model call's audit record and the
final text and reason are sealed in the ``feedback.received`` audit record.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, DateTime, ForeignKey, Index, String
from sqlmodel import Field, SQLModel


class FeedbackRow(SQLModel, table=True):
    __tablename__ = "feedback"
    __table_args__ = (
        Index("ix_feedback_created_at", "created_at"),
        Index("ix_feedback_model_version", "model_version"),
    )

    id: str = Field(primary_key=True, max_length=32)
    request_id: str = Field(max_length=64, unique=True)  # the model call; one verdict per call
    key_id: str = Field(max_length=32)
    model_alias: str | None = Field(default=None, max_length=128)
    model_version: str | None = Field(default=None, max_length=256)
    prompt_template: str | None = Field(default=None, max_length=200)  # ``id@version``
    user_name: str = Field(max_length=128)  # the radiologist (on_behalf_of), else the key's name
    site: str | None = Field(default=None, max_length=128)
    modality: str | None = Field(default=None, max_length=64)
    outcome: str = Field(max_length=16)  # accepted | edited | rejected
    edit_distance: float | None = None  # normalized, 0..1; None when there is no final text
    edit_chars: int | None = None
    draft_findings: int = 0
    findings_added: int = 0
    findings_removed: int = 0
    negation_flipped: int = 0
    laterality_changed: int = 0
    called_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    created_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))


class FeedbackFindingChange(SQLModel, table=True):
    """One finding (lexicon name) the radiologist added, removed, negated or moved to the other side."""

    __tablename__ = "feedback_finding_changes"

    id: int | None = Field(default=None, primary_key=True)
    feedback_id: str = Field(sa_column=Column(String(32), ForeignKey("feedback.id", ondelete="CASCADE"),
                                              nullable=False, index=True))
    finding: str = Field(max_length=128)
    change: str = Field(max_length=32)  # added | removed | negation_flipped | laterality_changed
