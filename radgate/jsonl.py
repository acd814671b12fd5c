"""JSON Lines files for the CLIs (`radgate redact`, `radgate eval ...`): read objects with errors that name the line
(never its text, which may hold PHI), write all lines or none."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape


class InputError(ValueError):
    """A problem with an input file, naming the line (never its text)."""


def read_objects(path: Path, required: tuple[str, ...], error: type[Exception],
                 prefix: str = "") -> Iterator[tuple[int, dict]]:
    """Yield (line number, object) for each non-blank line; raise ``error`` naming the bad line."""
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise error(f"{prefix}line {number}: invalid JSON ({exc.msg} at column {exc.colno})") from None
            if not isinstance(row, dict):
                raise error(f"{prefix}line {number}: expected a JSON object")
            for key in required:
                if key not in row:
                    raise error(f"{prefix}line {number}: missing field {key!r}")
            yield number, row


def write_atomic(path: Path, rows: Iterable[dict]) -> int:
    """Write rows to `path` through a temporary file in the same folder: all lines or nothing."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def read_rows(path: Path, required: tuple[str, ...], check: Callable[[int, dict], None]) -> list[dict]:
    """Read and check every line before any work is done, so a bad file writes nothing; raise InputError."""
    if not Path(path).is_file():
        raise InputError(f"input file not found: {path}")
    rows = []
    for number, row in read_objects(path, required, InputError):
        check(number, row)
        rows.append(row)
    return rows


def load_job(input: Path, output: Path, read: Callable[[Path], list[dict]], err: Console) -> list[dict]:
    """The rows of a CLI's input file, with its output folder checked; a clear message and exit 2 otherwise."""
    try:
        rows = read(input)
    except InputError as exc:
        err.print(f"[red]invalid input:[/red] {escape(str(input))}: {escape(str(exc))}")
        raise typer.Exit(2) from None
    if not output.parent.is_dir():
        err.print(f"[red]invalid output:[/red] folder {escape(str(output.parent))} does not exist")
        raise typer.Exit(2)
    return rows
