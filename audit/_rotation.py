"""Master-key rotation: re-wrap every data key under the current master key, in place.

Only the wrapping changes (the data keys, and so every sealed record, stay as they are), so rotation
needs no downtime: replicas configured with the new key as current and the old one as previous read
both while this runs, and it can be re-run until nothing is left under an old key. It needs UPDATE on
``audit_data_keys``, which the application role does not have: run it as the schema owner.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, func, select, update

from audit._crypto import AuditCipher
from audit.models import AuditDataKey


@dataclass(frozen=True, slots=True)
class RotationReport:
    rewrapped: int
    remaining: dict[str, int]  # master key id -> data keys still wrapped by it (not the current key)


def keys_by_master(engine: Engine) -> Counter:
    table = AuditDataKey.__table__
    with engine.connect() as conn:
        return Counter({row[0]: row[1] for row in conn.execute(
            select(table.c.master_key_id, func.count()).group_by(table.c.master_key_id))})


def rewrap_data_keys(engine: Engine, cipher: AuditCipher, *, batch: int = 500,
                     progress: Callable[[int], None] | None = None) -> RotationReport:
    table = AuditDataKey.__table__
    done = 0
    while True:
        with engine.begin() as conn:
            rows = conn.execute(select(table.c.id, table.c.wrapped, table.c.master_key_id)
                                .where(table.c.master_key_id != cipher.master_key_id)
                                .order_by(table.c.id).limit(batch)).all()
            for key_id, wrapped, master_id in rows:
                conn.execute(update(table).where(table.c.id == key_id, table.c.master_key_id == master_id)
                             .values(wrapped=cipher.rewrap(key_id, bytes(wrapped), master_id),
                                     master_key_id=cipher.master_key_id))
        done += len(rows)
        if progress is not None:
            progress(done)
        if len(rows) < batch:
            break
    counts = keys_by_master(engine)
    counts.pop(cipher.master_key_id, None)
    return RotationReport(done, dict(counts))
