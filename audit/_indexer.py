"""PostgreSQL full-text index of the redacted text, filled just after commit rather than inside it.

Computing the tsvector and maintaining its GIN index was ~75% of the database time of an append
(measured), so the appending transaction only writes ``search_text``; ``index_pending`` then adds
every newer record to ``audit_search`` in seq order. Writers commit in seq order (they hold the
chain-head lock until commit), so "everything after the highest indexed seq" is exactly what is
missing. A background thread keeps up; a full-text search first catches up itself, so it never
misses a committed record. One indexer at a time across replicas (advisory lock). SQLite indexes in
the same transaction instead (an FTS5 trigger).
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import Engine, text

log = logging.getLogger("radgate.audit")
_LOCK_ID = 0x52474958  # "RGIX"
_CATCH_UP = text(
    "INSERT INTO audit_search (seq, tsv) "
    "SELECT seq, to_tsvector('english', search_text) FROM audit_events "
    "WHERE seq > (SELECT coalesce(max(seq), 0) FROM audit_search) AND search_text IS NOT NULL "
    "ORDER BY seq LIMIT :batch")


def index_pending(engine: Engine, *, batch: int = 5000, wait: bool = False, max_rounds: int = 1000) -> int:
    """Index every committed record not yet indexed; returns how many. ``wait``: queue behind a running
    indexer instead of leaving the work to it."""
    if engine.dialect.name != "postgresql":
        return 0
    done = 0
    for _ in range(max_rounds):
        with engine.begin() as conn:
            if wait:
                conn.execute(text(f"SELECT pg_advisory_xact_lock({_LOCK_ID})"))
            elif not conn.execute(text(f"SELECT pg_try_advisory_xact_lock({_LOCK_ID})")).scalar():
                return done
            added = conn.execute(_CATCH_UP, {"batch": batch}).rowcount
        done += added
        if added < batch:
            break
    return done


class AuditIndexer:
    """Background thread: ``index_pending`` every ``interval_s`` (PostgreSQL only)."""

    def __init__(self, engine: Engine, interval_s: float = 0.5) -> None:
        self._engine = engine
        self._interval = interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._engine.dialect.name == "postgresql" and self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="audit-indexer", daemon=True)
            self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                index_pending(self._engine)
            except Exception as exc:  # noqa: BLE001 - searches catch up themselves; retry next round
                log.warning("audit full-text indexing failed: %s", type(exc).__name__)
