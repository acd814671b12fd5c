"""Audit records hash-chained; UPDATE, DELETE and TRUNCATE refused on the audit tables.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TABLES = ("audit_events", "audit_data_keys")


def upgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("record_hash", sa.String(64), nullable=True))
    _chain_existing_records()
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE OR REPLACE FUNCTION radgate_audit_append_only() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION 'audit records are append-only (% refused on %)', TG_OP, TG_TABLE_NAME;
            END $$ LANGUAGE plpgsql
        """)
        for table in _TABLES:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION radgate_audit_append_only()")
            op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                       "FOR EACH STATEMENT EXECUTE FUNCTION radgate_audit_append_only()")
    else:
        for table in _TABLES:
            for action in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                           f"BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END")


def _chain_existing_records() -> None:
    """Records written before this migration join the chain, in seq order, before it is sealed."""
    from audit._chain import GENESIS, record_hash

    bind = op.get_bind()
    table = sa.table("audit_events", *(sa.column(n) for n in ("seq", "prev_hash", "record_hash")))
    full = sa.Table("audit_events", sa.MetaData(), autoload_with=bind)
    prev = GENESIS
    for row in bind.execute(sa.select(full).order_by(full.c.seq)).mappings().all():
        digest = record_hash(prev, row)
        bind.execute(sa.update(table).where(table.c.seq == row["seq"]).values(prev_hash=prev, record_hash=digest))
        prev = digest


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in _TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION IF EXISTS radgate_audit_append_only()")
    else:
        for table in _TABLES:
            for action in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{action}")
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("record_hash")
        batch.drop_column("prev_hash")
