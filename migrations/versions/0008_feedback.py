"""Clinician feedback on drafts: verdicts, edit distance and finding-level changes (no report text).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feedback",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("request_id", sa.String(64), nullable=False, unique=True),
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("model_alias", sa.String(128)),
        sa.Column("model_version", sa.String(256)),
        sa.Column("prompt_template", sa.String(200)),
        sa.Column("user_name", sa.String(128), nullable=False),
        sa.Column("site", sa.String(128)),
        sa.Column("modality", sa.String(64)),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("edit_distance", sa.Float()),
        sa.Column("edit_chars", sa.Integer()),
        sa.Column("draft_findings", sa.Integer(), nullable=False),
        sa.Column("findings_added", sa.Integer(), nullable=False),
        sa.Column("findings_removed", sa.Integer(), nullable=False),
        sa.Column("negation_flipped", sa.Integer(), nullable=False),
        sa.Column("laterality_changed", sa.Integer(), nullable=False),
        sa.Column("called_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("outcome IN ('accepted', 'edited', 'rejected')", name="ck_feedback_outcome"),
    )
    op.create_index("ix_feedback_created_at", "feedback", ["created_at"])
    op.create_index("ix_feedback_model_version", "feedback", ["model_version"])
    op.create_table(
        "feedback_finding_changes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("feedback_id", sa.String(32), sa.ForeignKey("feedback.id", ondelete="CASCADE"), nullable=False),
        sa.Column("finding", sa.String(128), nullable=False),
        sa.Column("change", sa.String(32), nullable=False),
    )
    op.create_index("ix_feedback_finding_changes_feedback_id", "feedback_finding_changes", ["feedback_id"])


def downgrade() -> None:
    op.drop_table("feedback_finding_changes")
    op.drop_table("feedback")
