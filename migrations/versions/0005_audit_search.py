"""Audit search: who/why/which-prompt columns, full-text over redacted text, blind patient-identifier
index, key re-wrapping, and the INSERT-only application role on PostgreSQL.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

APP_ROLE = "radgate_app"
_AUDIT_TABLES = ("audit_events", "audit_data_keys", "audit_checkpoints", "audit_identifiers", "audit_search")


def _columns() -> tuple[sa.Column, ...]:
    return (
        sa.Column("chain_version", sa.SmallInteger(), nullable=True),
        sa.Column("prompt_template", sa.String(160), nullable=True),
        sa.Column("on_behalf_of", sa.String(128), nullable=True),
        sa.Column("purpose_of_use", sa.String(32), nullable=True),
        sa.Column("site", sa.String(64), nullable=True),
        sa.Column("study", sa.JSON(), nullable=True),
        sa.Column("phi_types", sa.String(512), nullable=True),
        sa.Column("id_tokens", sa.Text(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=True),
    )


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    # Plain ALTER TABLE ADD COLUMN: no table rebuild, no row UPDATE, the append-only triggers stay.
    for column in _columns():
        op.add_column("audit_events", column)
    # the user + time-range search; other filters ride on occurred_at / actor_key_id / request_id
    op.create_index("ix_audit_events_on_behalf_of_time", "audit_events", ["on_behalf_of", "occurred_at"])

    # Blind index: keyed HMAC tokens of patient identifiers -> record. Identifiers themselves are sealed.
    op.create_table(
        "audit_identifiers",
        sa.Column("token", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("token", "record_id"),
    )
    if postgres:
        # Full-text index kept beside the records, filled just after commit by the indexer (not in the
        # appending transaction: tsvector + GIN maintenance was ~75% of an append's database time).
        op.create_table(
            "audit_search",
            sa.Column("seq", sa.BigInteger(), primary_key=True, autoincrement=False),
            sa.Column("tsv", postgresql.TSVECTOR(), nullable=False),
        )
        op.execute("CREATE INDEX ix_audit_search_tsv ON audit_search USING GIN (tsv)")
        _postgres_protection()
    else:
        op.execute("CREATE VIRTUAL TABLE audit_fts USING fts5(search_text, content='audit_events', "
                   "content_rowid='seq', tokenize='porter unicode61')")
        op.execute("CREATE TRIGGER audit_events_fts AFTER INSERT ON audit_events WHEN NEW.search_text IS NOT NULL "
                   "BEGIN INSERT INTO audit_fts(rowid, search_text) VALUES (NEW.seq, NEW.search_text); END")
        for action in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER audit_identifiers_no_{action.lower()} BEFORE {action} ON audit_identifiers "
                       "BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END")
        # Data keys may be re-wrapped under a new master key (rotation), never re-identified or removed.
        op.execute("DROP TRIGGER IF EXISTS audit_data_keys_no_update")
        op.execute("CREATE TRIGGER audit_data_keys_rewrap_only BEFORE UPDATE ON audit_data_keys "
                   "WHEN NEW.id IS NOT OLD.id OR NEW.created_at IS NOT OLD.created_at "
                   "BEGIN SELECT RAISE(ABORT, 'audit data keys may only be re-wrapped'); END")


def _postgres_protection() -> None:
    op.execute("""
        CREATE OR REPLACE FUNCTION radgate_audit_rewrap_only() RETURNS trigger AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.created_at = OLD.created_at THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'audit data keys may only be re-wrapped (% refused)', TG_OP;
        END $$ LANGUAGE plpgsql
    """)
    op.execute("DROP TRIGGER IF EXISTS audit_data_keys_append_only ON audit_data_keys")
    op.execute("CREATE TRIGGER audit_data_keys_rewrap_only BEFORE UPDATE OR DELETE ON audit_data_keys "
               "FOR EACH ROW EXECUTE FUNCTION radgate_audit_rewrap_only()")
    for table in ("audit_identifiers", "audit_search"):
        op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION radgate_audit_append_only()")
        op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION radgate_audit_append_only()")
    # The role the service runs as (operators GRANT radgate_app TO their login role): on the audit
    # tables it may only read and append; everything else the application needs, it may change.
    op.execute(f"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN
                CREATE ROLE {APP_ROLE} NOLOGIN;
            END IF;
        END $$
    """)
    op.execute(f"GRANT USAGE ON SCHEMA public TO {APP_ROLE}")
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {APP_ROLE}")
    op.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {APP_ROLE}")
    op.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES "
               f"TO {APP_ROLE}")
    op.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {APP_ROLE}")
    for table in _AUDIT_TABLES:
        op.execute(f"REVOKE UPDATE, DELETE, TRUNCATE ON {table} FROM {APP_ROLE}")
    op.execute(f"REVOKE ALL ON alembic_version FROM {APP_ROLE}")
    op.execute(f"GRANT SELECT ON alembic_version TO {APP_ROLE}")


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.execute("DROP TRIGGER IF EXISTS audit_data_keys_rewrap_only ON audit_data_keys")
        op.execute("CREATE TRIGGER audit_data_keys_append_only BEFORE UPDATE OR DELETE ON audit_data_keys "
                   "FOR EACH ROW EXECUTE FUNCTION radgate_audit_append_only()")
        op.execute("DROP FUNCTION IF EXISTS radgate_audit_rewrap_only()")
        op.drop_table("audit_search")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_data_keys_rewrap_only")
        op.execute("CREATE TRIGGER audit_data_keys_no_update BEFORE UPDATE ON audit_data_keys "
                   "BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END")
        op.execute("DROP TRIGGER IF EXISTS audit_events_fts")
        op.execute("DROP TABLE IF EXISTS audit_fts")
    op.drop_table("audit_identifiers")
    op.drop_index("ix_audit_events_on_behalf_of_time", table_name="audit_events")
    for column in reversed(_columns()):
        op.drop_column("audit_events", column.name)
