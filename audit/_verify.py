"""``verify_chain``: recompute every record's hash and link, fast enough for millions of records.

Rows are read raw (DB-API, keyset pages) with timestamps, booleans and JSON already in their
canonical text form, so a version-2 record is hashed without parsing anything. Each record's check
needs only itself and its predecessor's stored hash, so the table is split into seq ranges checked
in parallel processes; the joins between ranges are checked afterwards. Records of chain version 1
(written before the audit-search migration) take the slower typed path.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.pool import NullPool

from audit._chain import (
    GENESIS,
    V2_BOOLS,
    V2_JSON,
    V2_TIMES,
    V2_VALUES,
    hash_v2,
    record_hash,
)
from audit.models import AuditEventRow

_PAGE = 5000
_RELINKED = "a record before this one was deleted, inserted or reordered"


@dataclass(frozen=True, slots=True)
class ChainReport:
    checked: int
    ok: bool
    first_bad_seq: int | None = None
    first_bad_id: str | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class _Segment:
    checked: int
    first_prev: str | None  # prev_hash of the segment's first record
    last_hash: str | None  # record_hash of its last record
    bad: tuple[int, str, str] | None  # (seq, id, reason) of its first bad record


def _select_sql(dialect: str) -> str:
    columns = []
    for name in V2_VALUES:
        if name in V2_TIMES:
            columns.append(f"to_char({name} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')"
                           if dialect == "postgresql" else f"replace(substr({name}, 1, 26), ' ', 'T')")
        elif name in V2_BOOLS and dialect == "postgresql":
            columns.append(f"{name}::int")
        elif name in V2_JSON and dialect == "postgresql":
            columns.append(f"{name}::text")
        else:
            columns.append(name)
    marker = "%s" if dialect == "postgresql" else "?"
    return (f"SELECT seq, id, prev_hash, record_hash, chain_version, phi_ciphertext, {', '.join(columns)} "
            f"FROM audit_events WHERE seq > {marker} AND seq <= {marker} ORDER BY seq LIMIT {_PAGE}")


def _typed_hash(engine: Engine, seq: int, prev: str) -> str:
    """Version-1 records: hashed from typed values, as they were written."""
    with engine.connect() as conn:
        row = conn.execute(select(AuditEventRow.__table__).where(AuditEventRow.seq == seq)).mappings().one()
    return record_hash(prev, row)


def _check_range(url: str, lo: int, hi: int, counter=None) -> _Segment:
    """Records with lo < seq <= hi."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        sql = _select_sql(engine.dialect.name)
        raw = engine.raw_connection()
        try:
            # binary results on PostgreSQL: the same Python values, about half the decoding work (measured)
            cursor = raw.cursor(binary=True) if engine.dialect.name == "postgresql" else raw.cursor()
            prev: str | None = None
            first_prev: str | None = None
            checked, after = 0, lo
            while True:
                cursor.execute(sql, (after, hi))
                rows = cursor.fetchall()
                for seq, record_id, prev_hash, stored, version, ciphertext, *values in rows:
                    if first_prev is None and checked == 0:
                        first_prev = prev_hash or ""
                    elif prev_hash != prev:
                        reason = _RELINKED if prev_hash else "record is not chained"
                        return _Segment(checked, first_prev, prev, (seq, record_id, reason))
                    if version == 2:
                        digest = hash_v2(prev_hash or "", values, ciphertext)
                    elif version in (None, 1):
                        digest = _typed_hash(engine, seq, prev_hash or "")
                    else:
                        digest = ""
                    if digest != stored:
                        return _Segment(checked, first_prev, prev, (seq, record_id, "record content was altered"))
                    prev, checked = stored, checked + 1
                if counter is not None:
                    with counter.get_lock():
                        counter.value += len(rows)
                if len(rows) < _PAGE:
                    return _Segment(checked, first_prev, prev, None)
                after = rows[-1][0]
        finally:
            raw.close()
    finally:
        engine.dispose()


def verify_chain(engine: Engine, progress: Callable[[int], None] | None = None, *, workers: int = 1) -> ChainReport:
    """Recompute every link; report the first record that does not fit."""
    with engine.connect() as conn:
        low, high = conn.execute(select(func.min(AuditEventRow.seq), func.max(AuditEventRow.seq))).one()
    if low is None:
        return ChainReport(0, True)
    url = engine.url.render_as_string(hide_password=False)
    bounds = [low - 1 + (high - low + 1) * i // max(1, workers) for i in range(max(1, workers) + 1)]
    if workers <= 1 or engine.dialect.name == "sqlite" and ":memory:" in url:
        segments = [_check_range(url, bounds[0], bounds[-1], _Progress(progress))]
    else:
        segments = _parallel(url, bounds, progress)
    checked, prev = 0, GENESIS
    for segment in segments:
        if segment.first_prev is not None and segment.first_prev != prev:
            return ChainReport(checked, False, *_first_record_after(engine, prev), _RELINKED)
        if segment.bad is not None:
            return ChainReport(checked + segment.checked, False, *segment.bad)
        checked += segment.checked
        prev = segment.last_hash or prev
    return ChainReport(checked, True)


def _first_record_after(engine: Engine, prev: str) -> tuple[int, str]:
    table = AuditEventRow.__table__
    with engine.connect() as conn:
        after = conn.execute(select(table.c.seq).where(table.c.record_hash == prev)).scalar() if prev != GENESIS else 0
        row = conn.execute(select(table.c.seq, table.c.id).where(table.c.seq > (after or 0))
                           .order_by(table.c.seq).limit(1)).one()
    return row.seq, row.id


class _Progress:
    """A counter the single-process path reports through, like the shared one in the parallel path."""

    def __init__(self, callback: Callable[[int], None] | None) -> None:
        self._callback = callback
        self.value = 0

    def get_lock(self):
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if self._callback is not None:
            self._callback(self.value)


def _parallel(url: str, bounds: list[int], progress: Callable[[int], None] | None) -> list[_Segment]:
    context = multiprocessing.get_context("fork")
    counter = context.Value("q", 0)
    with context.Pool(len(bounds) - 1, initializer=_set_counter, initargs=(counter,)) as pool:
        pending = pool.starmap_async(_check_range_shared, [(url, bounds[i], bounds[i + 1])
                                                           for i in range(len(bounds) - 1)])
        while not pending.ready():
            pending.wait(0.5)
            if progress is not None:
                progress(counter.value)
        return pending.get()


_shared = None


def _set_counter(counter) -> None:
    global _shared
    _shared = counter


def _check_range_shared(url: str, lo: int, hi: int) -> _Segment:
    return _check_range(url, lo, hi, _shared)
