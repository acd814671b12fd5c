"""Signed checkpoints of the chain head (Ed25519): truncation and wholesale rewrites become visible.

A checkpoint states "the chain had N records and ended at seq S with hash H" and is signed with the
audit signing key. ``verify_checkpoint`` checks the newest checkpoint's signature and that the
table still holds that record with that hash.
"""

from __future__ import annotations

import base64
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Engine, func, insert, select

from audit._chain import GENESIS
from audit.models import AuditCheckpointRow, AuditEventRow


@dataclass(frozen=True, slots=True)
class Checkpoint:
    last_seq: int
    last_hash: str
    record_count: int
    created_at: str
    public_key: str  # base64 raw Ed25519 public key of the signer
    signature: str  # base64

    def message(self) -> bytes:
        return (f"radgate-audit-checkpoint|{self.last_seq}|{self.last_hash}|{self.record_count}|"
                f"{self.created_at}").encode()

    def to_dict(self) -> dict:
        return asdict(self)


def signing_key(seed_hex: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(seed_hex))


def _public_b64(key: Ed25519PublicKey) -> str:
    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def make_checkpoint(engine: Engine, key: Ed25519PrivateKey) -> Checkpoint:
    """Sign the current chain head and store the checkpoint (append-only, like the records)."""
    table = AuditEventRow.__table__
    with engine.begin() as conn:
        head = conn.execute(select(table.c.seq, table.c.record_hash).order_by(table.c.seq.desc()).limit(1)).first()
        count = conn.execute(select(func.count()).select_from(table)).scalar_one()
        unsigned = Checkpoint(head.seq if head else 0, (head.record_hash if head else None) or GENESIS, count,
                              datetime.now(UTC).isoformat(timespec="seconds"), _public_b64(key.public_key()), "")
        signature = base64.b64encode(key.sign(unsigned.message())).decode()
        checkpoint = Checkpoint(**{**unsigned.to_dict(), "signature": signature})
        conn.execute(insert(AuditCheckpointRow.__table__).values(**checkpoint.to_dict()))
    return checkpoint


def latest_checkpoint(engine: Engine) -> Checkpoint | None:
    table = AuditCheckpointRow.__table__
    with engine.connect() as conn:
        row = conn.execute(select(table).order_by(table.c.seq.desc()).limit(1)).mappings().first()
    if row is None:
        return None
    return Checkpoint(**{k: row[k] for k in Checkpoint.__dataclass_fields__})


def verify_checkpoint(engine: Engine, checkpoint: Checkpoint, trusted_public_key: str | None) -> str | None:
    """None when the checkpoint is authentic and the chain still reaches it; else the problem."""
    if trusted_public_key is not None and checkpoint.public_key != trusted_public_key:
        return "the newest checkpoint was signed by an unknown key"
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(checkpoint.public_key)).verify(
            base64.b64decode(checkpoint.signature), checkpoint.message())
    except (InvalidSignature, ValueError):
        return "the newest checkpoint's signature is invalid"
    if checkpoint.last_seq == 0:
        return None
    table = AuditEventRow.__table__
    with engine.connect() as conn:
        found = conn.execute(select(table.c.record_hash).where(table.c.seq == checkpoint.last_seq)).scalar_one_or_none()
    if found is None:
        return f"records up to seq {checkpoint.last_seq} were signed but are gone (truncated)"
    if found != checkpoint.last_hash:
        return f"the chain was rewritten: seq {checkpoint.last_seq} no longer has the signed hash"
    return None
