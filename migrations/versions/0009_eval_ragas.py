"""Eval plans may name an LLM judge (ragas Faithfulness / FactualCorrectness), pre-registered with the plan.

Per-case ragas values live in `eval_case_results.detail` and run-level ones in `eval_runs.metrics`
(existing JSON columns); only the plan needs a column, since a plan's fields are columns.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable, no default: existing plans read as "no judge"; ADD COLUMN fires no row trigger, so the
    # append-only triggers of migration 0006 stay as they are on both SQLite and PostgreSQL.
    op.add_column("eval_plans", sa.Column("judge_model", sa.String(128), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite >= 3.35 has it): a batch rebuild would drop the table's append-only triggers.
    op.drop_column("eval_plans", "judge_model")
