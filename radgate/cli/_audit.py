"""`radgate audit ...`: integrity checks, signed checkpoints, master-key rotation, exports."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn

from audit import (
    EXPORT_FORMATS,
    AuditCipher,
    AuditDecryptError,
    AuditEvent,
    AuditUnavailable,
    BlindIndex,
    EventType,
    SearchError,
    SearchFilters,
    SqlAuditWriter,
    export_chunks,
    iter_records,
    latest_checkpoint,
    make_checkpoint,
    signing_key,
    verify_chain,
    verify_checkpoint,
)
from radgate.cli._common import err, load_settings
from radgate.db import create_db_engine

app = typer.Typer(help="Audit trail: integrity checks, checkpoints, key rotation, exports.", no_args_is_help=True)


@app.command()
def verify(
    workers: int = typer.Option(min(4, os.cpu_count() or 1), "--workers", min=1, max=64,
                                help="processes checking seq ranges in parallel"),
) -> None:
    """Recompute the hash chain over every audit record; exit 1 naming the first bad record."""
    settings = load_settings()
    engine = create_db_engine(settings)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=err, transient=True) as progress:
        task = progress.add_task("verifying audit records...", total=None)
        report = verify_chain(engine, lambda n: progress.update(task, description=f"verified {n:,} records"),
                              workers=workers)
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


def _trusted_key(settings) -> str | None:
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


def _record(engine, event_type: EventType, request_id: str, status: str, **detail: object) -> None:
    try:
        SqlAuditWriter(engine).append_sync(AuditEvent(event_type=event_type, request_id=request_id,
                                                      actor_name="cli", status=status, detail=detail))
    except AuditUnavailable as exc:
        err.print(f"[red]refused:[/red] the audit store cannot record this ({exc})")
        raise typer.Exit(1) from None


@app.command("rotate-key")
def rotate_key(
    check: bool = typer.Option(False, "--check", help="only report data keys not yet under the current master key"),
) -> None:
    """Re-wrap every audit data key under the current master key (RADGATE_AUDIT_MASTER_KEY_FILE), reading
    old wraps with RADGATE_AUDIT_PREVIOUS_MASTER_KEYS_FILE. Run as the schema owner; safe to re-run."""
    from audit._rotation import keys_by_master, rewrap_data_keys

    settings = load_settings()
    engine = create_db_engine(settings)
    try:
        cipher = AuditCipher(settings.audit_master_key_bytes, settings.audit_previous_master_keys)
    except ValueError as exc:
        err.print(f"[red]refused:[/red] {exc}")
        raise typer.Exit(2) from None
    if check:
        counts = keys_by_master(engine)
        stale = {k: n for k, n in counts.items() if k != cipher.master_key_id}
        err.print(f"current master key {cipher.master_key_id}: {counts.get(cipher.master_key_id, 0):,} data keys; "
                  + (f"[red]still under old keys:[/red] {stale}" if stale else "[green]none under old keys[/green]"))
        raise typer.Exit(1 if stale else 0)
    if not settings.audit_index_key_explicit:
        err.print("[red]refused:[/red] the blind-index key is derived from the master key; set "
                  "RADGATE_AUDIT_INDEX_KEY_FILE explicitly before rotating, or patient searches stop matching")
        raise typer.Exit(2)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=err, transient=True) as progress:
        task = progress.add_task("re-wrapping data keys...", total=None)
        try:
            report = rewrap_data_keys(engine, cipher,
                                      progress=lambda n: progress.update(task, description=f"re-wrapped {n:,}"))
        except AuditDecryptError as exc:
            err.print(f"[red]rotation stopped:[/red] {exc}; add the old key to RADGATE_AUDIT_PREVIOUS_MASTER_KEYS_FILE")
            raise typer.Exit(1) from None
    _record(engine, EventType.audit_key_rotated, "cli-audit-rotate-key", "ok" if not report.remaining else "partial",
            master_key_id=cipher.master_key_id, rewrapped=report.rewrapped, remaining=report.remaining)
    err.print(f"re-wrapped {report.rewrapped:,} data keys under master key {cipher.master_key_id}")
    if report.remaining:
        err.print(f"[red]still under old keys:[/red] {report.remaining}")
        raise typer.Exit(1)


@app.command()
def export(
    output: Path = typer.Option(..., "--output", "-o", help="file to write ('-' for stdout)"),
    format: str = typer.Option("jsonl", "--format", help="jsonl, csv or fhir (FHIR R5 AuditEvent Bundle)"),
    since: datetime | None = typer.Option(None, help="from this time (UTC unless an offset is given)"),
    until: datetime | None = typer.Option(None, help="before this time"),
    event_type: str | None = typer.Option(None),
    model: str | None = typer.Option(None),
    actor_name: str | None = typer.Option(None),
    mrn: str | None = typer.Option(None, help="records about this patient (blind index)"),
) -> None:
    """Export audit records (oldest first, streamed). The export is itself recorded before it starts."""
    if format not in EXPORT_FORMATS:
        err.print(f"[red]error:[/red] unknown format {format!r}; one of {', '.join(EXPORT_FORMATS)}")
        raise typer.Exit(2)
    settings = load_settings()
    engine = create_db_engine(settings)
    filters = SearchFilters(since=_utc(since), until=_utc(until), event_type=event_type, model_alias=model,
                            actor_name=actor_name, patient=("mrn", mrn) if mrn else None)
    blind = BlindIndex(settings.audit_index_key_bytes)
    try:
        records = iter_records(engine, filters, blind=blind)
    except SearchError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    shown = {k: v for k, v in {"since": since and since.isoformat(), "until": until and until.isoformat(),
                               "event_type": event_type, "model": model, "actor_name": actor_name}.items() if v}
    if mrn:
        shown["patient"] = {"kind": "mrn", "token": blind.token("mrn", mrn)}
    _record(engine, EventType.audit_exported, "cli-audit-export", "ok", format=format, filters=shown)
    count = 0

    def counted():
        nonlocal count
        for row in records:
            count += 1
            if count % 1000 == 0:
                progress.update(task, description=f"exported {count:,} records")
            yield row

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=err, transient=True) as progress:
        task = progress.add_task("exporting...", total=None)
        target = typer.get_binary_stream("stdout") if str(output) == "-" else output.open("wb")
        try:
            for chunk in export_chunks(format, counted()):
                target.write(chunk)
        finally:
            if target is not typer.get_binary_stream("stdout"):
                target.close()
    err.print(f"exported {count:,} records as {format} to {output}")


def _utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC) if value is not None and value.tzinfo is not None else value
