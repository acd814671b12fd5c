"""Alembic migrations (run with `radgate db upgrade`)."""
