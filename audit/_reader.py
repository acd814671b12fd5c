"""Opening a record's sealed PHI (for break-glass access and for tests); never on the request path."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from audit._crypto import AuditCipher, AuditDecryptError, open_sealed, record_aad
from audit.models import AuditDataKey, AuditEventRow
from radgate import jsonio


def open_phi(engine: Engine, cipher: AuditCipher, record_id: str) -> dict[str, Any]:
    """The request/response bodies of one audit record; {} when it holds none."""
    with engine.connect() as conn:
        row = conn.execute(select(AuditEventRow.__table__).where(AuditEventRow.id == record_id)).mappings().first()
        if row is None:
            raise LookupError(f"no audit record {record_id}")
        if row["phi_ciphertext"] is None:
            return {}
        key = conn.execute(select(AuditDataKey.__table__).where(AuditDataKey.id == row["data_key_id"])
                           ).mappings().one_or_none()
    if key is None:
        raise AuditDecryptError(f"data key {row['data_key_id']} of record {record_id} is missing")
    data_key = cipher.unwrap(key["id"], bytes(key["wrapped"]), key["master_key_id"])
    plaintext = open_sealed(data_key, bytes(row["phi_ciphertext"]),
                            record_aad(row["id"], row["event_type"], row["request_id"]))
    return jsonio.loads(plaintext)
