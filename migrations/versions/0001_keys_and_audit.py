"""API keys and the append-only audit event table.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(128), nullable=False, unique=True),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("models", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_api_keys_prefix", "api_keys", ["prefix"], unique=True)
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(32), nullable=False, unique=True),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_key_id", sa.String(32)),
        sa.Column("actor_name", sa.String(128)),
        sa.Column("actor_role", sa.String(32)),
        sa.Column("source_ip", sa.String(64)),
        sa.Column("model_alias", sa.String(128)),
        sa.Column("backend", sa.String(256)),
        sa.Column("model_version", sa.String(256)),
        sa.Column("status", sa.String(32)),
        sa.Column("reason", sa.String(64)),
        sa.Column("http_status", sa.Integer()),
        sa.Column("stream", sa.Boolean()),
        sa.Column("prompt_tokens", sa.Integer()),
        sa.Column("completion_tokens", sa.Integer()),
        sa.Column("latency_ms", sa.Float()),
        sa.Column("request_body", sa.JSON()),
        sa.Column("response_body", sa.JSON()),
        sa.Column("detail", sa.JSON()),
    )
    op.create_index("ix_audit_events_request_id", "audit_events", ["request_id"])
    op.create_index("ix_audit_events_occurred_at", "audit_events", ["occurred_at"])
    op.create_index("ix_audit_events_actor_key_id", "audit_events", ["actor_key_id"])


def downgrade() -> None:
    op.drop_table("audit_events")
    op.drop_table("api_keys")
