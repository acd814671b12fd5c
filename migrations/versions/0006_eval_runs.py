"""Eval runs and acceptance plans: plans, runs and per-case results, all append-only.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_TABLES = ("eval_plans", "eval_runs", "eval_case_results")


def upgrade() -> None:
    tz = sa.DateTime(timezone=True)
    op.create_table(
        "eval_plans",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("model_alias", sa.String(128), nullable=False),
        sa.Column("model_version", sa.String(256), nullable=False),
        sa.Column("prompt_ref", sa.String(128), nullable=False),
        sa.Column("gold_path", sa.String(1024), nullable=False),
        sa.Column("gold_sha256", sa.String(64), nullable=False),
        sa.Column("gold_cases", sa.Integer(), nullable=False),
        sa.Column("samples", sa.Integer(), nullable=False),
        sa.Column("temperature", sa.Float(), nullable=False),
        sa.Column("max_tokens", sa.Integer(), nullable=False),
        sa.Column("thresholds", sa.JSON(), nullable=False),
        sa.Column("spec_sha256", sa.String(64), nullable=False),
        sa.Column("created_at", tz, nullable=False),
        sa.Column("created_by", sa.String(128), nullable=False),
    )
    op.create_table(
        "eval_runs",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("plan_id", sa.String(32), sa.ForeignKey("eval_plans.id"), nullable=False),
        sa.Column("model_alias", sa.String(128), nullable=False),
        sa.Column("model_version", sa.String(256), nullable=True),
        sa.Column("prompt_ref", sa.String(128), nullable=False),
        sa.Column("gold_sha256", sa.String(64), nullable=False),
        sa.Column("started_at", tz, nullable=False),
        sa.Column("finished_at", tz, nullable=False),
        sa.Column("cases", sa.Integer(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("metrics", sa.JSON(), nullable=False),
        sa.Column("conditions", sa.JSON(), nullable=False),
    )
    op.create_index("ix_eval_runs_plan_id", "eval_runs", ["plan_id"])
    op.create_index("ix_eval_runs_model", "eval_runs", ["model_alias", "model_version", "prompt_ref"])
    op.create_table(
        "eval_case_results",
        sa.Column("run_id", sa.String(32), sa.ForeignKey("eval_runs.id"), primary_key=True),
        sa.Column("case_id", sa.String(128), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("errors", sa.JSON(), nullable=False),
        sa.Column("draft", sa.Text(), nullable=True),
        sa.Column("sample_scores", sa.JSON(), nullable=False),
        sa.Column("self_consistency", sa.Float(), nullable=True),
        sa.Column("paraphrase_agreement", sa.Float(), nullable=True),
        sa.Column("paraphrase_score", sa.Float(), nullable=True),
        sa.Column("subgroups", sa.JSON(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=True),
    )
    # Pre-registration means nothing here changes after the fact: a new plan replaces an old one.
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE OR REPLACE FUNCTION radgate_eval_append_only() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION 'eval plans and runs are append-only (% refused on %)', TG_OP, TG_TABLE_NAME;
            END $$ LANGUAGE plpgsql
        """)
        for table in _TABLES:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION radgate_eval_append_only()")
            op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                       "FOR EACH STATEMENT EXECUTE FUNCTION radgate_eval_append_only()")
    else:
        for table in _TABLES:
            for action in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                           "BEGIN SELECT RAISE(ABORT, 'eval plans and runs are append-only'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in _TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION IF EXISTS radgate_eval_append_only()")
    else:
        for table in _TABLES:
            for action in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{action}")
    op.drop_table("eval_case_results")
    op.drop_table("eval_runs")
    op.drop_table("eval_plans")
