"""`radgate db ...`: schema migrations."""

from __future__ import annotations

import typer

from radgate.cli._common import err, load_settings

app = typer.Typer(help="Database schema management.", no_args_is_help=True)


@app.command()
def upgrade(revision: str = typer.Argument("head", help="Target revision (default: latest).")) -> None:
    """Create or migrate the database schema (SQLite file or PostgreSQL from RADGATE_DATABASE_URL)."""
    from radgate.db import upgrade as run_upgrade

    settings = load_settings()
    try:
        run_upgrade(settings, revision)
    except Exception as exc:  # noqa: BLE001 - the operator needs the reason, not a traceback
        err.print(f"[red]migration failed:[/red] {type(exc).__name__}: {exc}")
        raise typer.Exit(1) from None
    err.print("database schema is up to date")
