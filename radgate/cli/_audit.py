"""`radgate audit ...`: check the audit trail's integrity."""

from __future__ import annotations

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn

from audit import AuditEvent, AuditUnavailable, EventType, SqlAuditWriter, verify_chain
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
    try:  # reading the audit log is itself audited
        SqlAuditWriter(engine).append_sync(AuditEvent(
            event_type=EventType.audit_verified, request_id="cli-audit-verify", actor_name="cli",
            status="ok" if report.ok else "failed",
            detail={"checked": report.checked, "first_bad_seq": report.first_bad_seq}))
    except AuditUnavailable as exc:
        err.print(f"[yellow]warning:[/yellow] the verification itself could not be recorded ({exc})")
    if report.ok:
        err.print(f"[green]audit chain intact:[/green] {report.checked:,} records verified")
        return
    err.print(f"[red]audit chain broken[/red] after {report.checked:,} good records: record seq "
              f"{report.first_bad_seq} (id {report.first_bad_id}): {report.reason}")
    raise typer.Exit(1)
