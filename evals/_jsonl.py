"""Reading JSONL input with errors that name the line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path


def json_objects(path: Path, required: tuple[str, ...], error: type[Exception],
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
