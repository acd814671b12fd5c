"""Model inventory and lifecycle: inventory, append-only decision and training logs, key flags.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_APPEND_ONLY = ("governance_transitions", "governance_training")


def upgrade() -> None:
    op.create_table(
        "governance_models",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("alias", sa.String(128), nullable=False),
        sa.Column("version", sa.String(256), nullable=False),
        sa.Column("backend", sa.String(256), nullable=False),
        sa.Column("deployed_on", sa.Date(), nullable=True),
        sa.Column("ifu", sa.String(1024), nullable=True),
        sa.Column("intended_purpose", sa.Text(), nullable=False),
        sa.Column("regulatory_status", sa.String(32), nullable=False),
        sa.Column("criteria", sa.JSON(), nullable=True),
        sa.Column("clinical_champion", sa.String(256), nullable=True),
        sa.Column("support_contact", sa.String(256), nullable=True),
        sa.Column("irb_ref", sa.String(256), nullable=True),
        sa.Column("legal_review_ref", sa.String(256), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("approved_prompts", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(128), nullable=False),
        sa.UniqueConstraint("alias", "version", name="uq_governance_models_alias_version"),
    )
    op.create_table(
        "governance_transitions",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("model_id", sa.String(32), sa.ForeignKey("governance_models.id"), nullable=False),
        sa.Column("from_state", sa.String(16), nullable=False),
        sa.Column("to_state", sa.String(16), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("prompt_refs", sa.JSON(), nullable=True),
        sa.Column("eval_runs", sa.JSON(), nullable=True),
        sa.Column("actor_name", sa.String(128), nullable=False),
        sa.Column("actor_role", sa.String(32), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_governance_transitions_model", "governance_transitions", ["model_id", "seq"])
    op.create_table(
        "governance_training",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("model_id", sa.String(32), sa.ForeignKey("governance_models.id"), nullable=False),
        sa.Column("trainee", sa.String(128), nullable=False),
        sa.Column("trained_on", sa.Date(), nullable=False),
        sa.Column("trainer", sa.String(128), nullable=True),
        sa.Column("note", sa.String(512), nullable=True),
        sa.Column("recorded_by", sa.String(128), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_governance_training_model_user", "governance_training", ["model_id", "trainee"])
    with op.batch_alter_table("api_keys") as batch:
        batch.add_column(sa.Column("acceptance_testing", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("default_template", sa.String(160), nullable=True))
    # The decision and training logs are append-only, like the audit tables.
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE OR REPLACE FUNCTION radgate_governance_append_only() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION 'governance logs are append-only (% refused on %)', TG_OP, TG_TABLE_NAME;
            END $$ LANGUAGE plpgsql
        """)
        for table in _APPEND_ONLY:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION radgate_governance_append_only()")
            op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                       "FOR EACH STATEMENT EXECUTE FUNCTION radgate_governance_append_only()")
    else:
        for table in _APPEND_ONLY:
            for action in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                           "BEGIN SELECT RAISE(ABORT, 'governance logs are append-only'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in _APPEND_ONLY:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION IF EXISTS radgate_governance_append_only()")
    with op.batch_alter_table("api_keys") as batch:
        batch.drop_column("default_template")
        batch.drop_column("acceptance_testing")
    op.drop_table("governance_training")
    op.drop_table("governance_transitions")
    op.drop_table("governance_models")
