"""`radgate keys ...`: create, list, expire and revoke API keys."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import typer
from rich.console import Console
from rich.table import Table

from audit import AuditEvent, AuditUnavailable, EventType, SqlAuditWriter
from radgate.auth import KeyError_, KeyService, Role
from radgate.cli._common import err, load_settings
from radgate.db import create_db_engine

app = typer.Typer(help="API keys for the reporting system, compliance officers and the committee.",
                  no_args_is_help=True)
out = Console()


def _services() -> tuple[KeyService, SqlAuditWriter]:
    settings = load_settings()
    engine = create_db_engine(settings)
    return KeyService(engine, settings.key_pepper.get_secret_value().encode()), SqlAuditWriter(engine)


def record_key_event(writer: SqlAuditWriter, kind: EventType, key_id: str, name: str, detail: dict) -> None:
    """Key lifecycle events are audited; the command fails if they cannot be."""
    try:
        writer.append_sync(AuditEvent(event_type=kind, request_id=f"cli-{key_id}", actor_name="cli",
                                      actor_role="admin", detail={"key_id": key_id, "key_name": name,
                                                                  **detail}))
    except AuditUnavailable as exc:
        err.print(f"[red]audit store unavailable:[/red] {exc}")
        raise typer.Exit(1) from None


@app.command()
def create(
    name: str = typer.Option(..., help="Unique name, e.g. ris-prod."),
    role: Role = typer.Option(..., help="What the key may do."),
    models: list[str] = typer.Option([], "--models", help="Model alias the key may call (repeatable)."),
    expires_in_days: int | None = typer.Option(None, min=1, help="Expire after this many days."),
    acceptance_testing: bool = typer.Option(False, "--acceptance-testing",
                                            help="May call models in 'sandbox' (governance acceptance testing)."),
    default_template: str | None = typer.Option(None, help="Prompt template (id or id@version) used when a "
                                                           "request names none; such requests then send no messages."),
) -> None:
    """Create a key and print its secret ONCE (only a hash is stored)."""
    keys, writer = _services()
    expires = datetime.now(UTC) + timedelta(days=expires_in_days) if expires_in_days else None
    if default_template is not None:
        from prompts import PromptError, load_registry

        try:
            load_registry(load_settings().prompts_dir).get(default_template)
        except PromptError as exc:
            err.print(f"[red]refused:[/red] {exc}")
            raise typer.Exit(1) from None
    try:
        created = keys.create(name, role, models, expires_at=expires, acceptance_testing=acceptance_testing,
                              default_template=default_template)
    except KeyError_ as exc:
        err.print(f"[red]refused:[/red] {exc}")
        raise typer.Exit(1) from None
    record_key_event(writer, EventType.key_created, created.key.id, name,
           {"role": role.value, "models": created.key.models, "acceptance_testing": acceptance_testing,
            "default_template": default_template})
    err.print(f"created key [bold]{name}[/bold] (prefix {created.key.prefix}, role {role.value}); "
              "store the secret now, it cannot be shown again:")
    print(created.secret)


@app.command("list")
def list_keys() -> None:
    """List keys (prefix, role, models, state). Secrets and hashes are never shown."""
    keys, _ = _services()
    table = Table("name", "prefix", "role", "models", "created", "expires", "state")
    for key in keys.list():
        state = "active" if key.active else ("revoked" if key.revoked_at else "expired")
        table.add_row(key.name, key.prefix, key.role, ",".join(key.models) or "-",
                      key.created_at.strftime("%Y-%m-%d %H:%M"),
                      key.expires_at.strftime("%Y-%m-%d %H:%M") if key.expires_at else "-", state)
    out.print(table)


@app.command()
def revoke(key: str = typer.Argument(..., help="Key name or prefix.")) -> None:
    """Revoke a key at once (running proxies stop accepting it within the key cache TTL)."""
    keys, writer = _services()
    try:
        public = keys.revoke(key)
    except KeyError_ as exc:
        err.print(f"[red]refused:[/red] {exc}")
        raise typer.Exit(1) from None
    record_key_event(writer, EventType.key_revoked, public.id, public.name, {})
    err.print(f"revoked {public.name} ({public.prefix})")


@app.command()
def expire(key: str = typer.Argument(..., help="Key name or prefix."),
           in_days: int = typer.Option(0, min=0, help="Days from now (0 = now).")) -> None:
    """Set a key's expiry (now by default)."""
    keys, writer = _services()
    try:
        public = keys.expire(key, datetime.now(UTC) + timedelta(days=in_days))
    except KeyError_ as exc:
        err.print(f"[red]refused:[/red] {exc}")
        raise typer.Exit(1) from None
    record_key_event(writer, EventType.key_expired, public.id, public.name,
           {"expires_at": public.expires_at.isoformat() if public.expires_at else None})
    err.print(f"{public.name} expires at {public.expires_at:%Y-%m-%d %H:%M} UTC")
