"""`radgate audit ...`: check the audit trail's integrity."""

from __future__ import annotations

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn

import json

from audit import (
    AuditEvent,
    AuditUnavailable,
    EventType,
    SqlAuditWriter,
    latest_checkpoint,
    make_checkpoint,
    signing_key,
    verify_chain,
    verify_checkpoint,
)
from radgate.cli._common import err, load_settings
from radgate.db import create_db_engine

app = typer.Typer(help="Audit trail: integrity checks.", no_args_is_help=True)


@app.command()
def verify() -> None:
    """Recompute the hash chain over every audit record; exit 1 naming the first bad record."""
    settings = load_settings()
    engine = create_db_engine(settings)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=err, transient=True) as progress:
        task = progress.add_task("verifying audit records...", total=None)
        report = verify_chain(engine, lambda n: progress.update(task, description=f"verified {n:,} records"))
    checkpoint = latest_checkpoint(engine)
    problem = verify_checkpoint(engine, checkpoint, _trusted_key(settings)) if checkpoint else None
    try:  # reading the audit log is itself audited
        SqlAuditWriter(engine).append_sync(AuditEvent(
            event_type=EventType.audit_verified, request_id="cli-audit-verify", actor_name="cli",
            status="ok" if report.ok else "failed",
            detail={"checked": report.checked, "first_bad_seq": report.first_bad_seq}))
    except AuditUnavailable as exc:
        err.print(f"[yellow]warning:[/yellow] the verification itself could not be recorded ({exc})")
    if problem:
        err.print(f"[red]audit checkpoint check failed:[/red] {problem}")
        raise typer.Exit(1)
    if report.ok:
        since = (f"; the newest signed checkpoint (seq {checkpoint.last_seq}, {checkpoint.created_at}) holds"
                 if checkpoint else "; no signed checkpoint yet, so a truncated tail would not show")
        err.print(f"[green]audit chain intact:[/green] {report.checked:,} records verified{since}")
        return
    err.print(f"[red]audit chain broken[/red] after {report.checked:,} good records: record seq "
              f"{report.first_bad_seq} (id {report.first_bad_id}): {report.reason}")
    raise typer.Exit(1)


def _trusted_key(settings) -> str | None:  # noqa: ANN001
    if settings.audit_trusted_public_key:
        return settings.audit_trusted_public_key
    if settings.audit_signing_key is not None:
        from audit._checkpoint import _public_b64

        return _public_b64(signing_key(settings.audit_signing_key.get_secret_value()).public_key())
    return None


@app.command()
def checkpoint() -> None:
    """Sign the current chain head (Ed25519) and store the checkpoint; prints it as JSON for export."""
    settings = load_settings()
    if settings.audit_signing_key is None:
        err.print("[red]refused:[/red] RADGATE_AUDIT_SIGNING_KEY (or _FILE) is not set")
        raise typer.Exit(2)
    try:
        key = signing_key(settings.audit_signing_key.get_secret_value())
    except ValueError:
        err.print("[red]refused:[/red] the audit signing key must be 64 hexadecimal characters")
        raise typer.Exit(2) from None
    made = make_checkpoint(create_db_engine(settings), key)
    print(json.dumps(made.to_dict()))
