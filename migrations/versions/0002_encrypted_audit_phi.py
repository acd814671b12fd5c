"""Audit PHI encrypted at rest: wrapped data keys, one ciphertext per record.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_data_keys",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("master_key_id", sa.String(16), nullable=False),
        sa.Column("wrapped", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("request_body")
        batch.drop_column("response_body")
        batch.add_column(sa.Column("phi_ciphertext", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("data_key_id", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("data_key_id")
        batch.drop_column("phi_ciphertext")
        batch.add_column(sa.Column("request_body", sa.JSON()))
        batch.add_column(sa.Column("response_body", sa.JSON()))
    op.drop_table("audit_data_keys")
