"""Envelope encryption of the PHI in audit records (AES-256-GCM, ``cryptography``).

Each writer batch gets a fresh data key, stored only wrapped by the master key (with the master
key's id), in the same transaction as the records it protects. Each record's PHI is sealed with
associated data naming the record, so a ciphertext moved to another row fails to open.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_NONCE = 12


class AuditDecryptError(ValueError):
    """A ciphertext could not be opened: wrong key, or the record or key was altered."""


@dataclass(frozen=True, slots=True)
class DataKey:
    id: str
    key: bytes
    wrapped: bytes
    master_key_id: str


def master_key_id(master_key: bytes) -> str:
    return hashlib.sha256(b"radgate-audit-master:" + master_key).hexdigest()[:16]


def _wrap_aad(key_id: str, master_id: str) -> bytes:
    return f"radgate-audit-dek|{key_id}|{master_id}".encode()


class AuditCipher:
    """Wraps new data keys with the current master key; unwraps with it or with a previous one
    (during a rotation, until every data key has been re-wrapped)."""

    def __init__(self, master_key: bytes, previous: list[bytes] | tuple[bytes, ...] = ()) -> None:
        if len(master_key) != 32 or any(len(k) != 32 for k in previous):
            raise ValueError("audit master keys must be 32 bytes")
        self.master_key_id = master_key_id(master_key)
        self._masters = {master_key_id(k): AESGCM(k) for k in previous}
        self._masters[self.master_key_id] = AESGCM(master_key)

    def new_data_key(self) -> DataKey:
        key = AESGCM.generate_key(bit_length=256)
        key_id = os.urandom(16).hex()
        return DataKey(key_id, key, self._wrap(key_id, key), self.master_key_id)

    def _wrap(self, key_id: str, key: bytes) -> bytes:
        nonce = os.urandom(_NONCE)
        return nonce + self._masters[self.master_key_id].encrypt(nonce, key, _wrap_aad(key_id, self.master_key_id))

    def unwrap(self, key_id: str, wrapped: bytes, master_key_id: str) -> bytes:
        master = self._masters.get(master_key_id)
        if master is None:
            raise AuditDecryptError(f"data key {key_id} is wrapped by master key {master_key_id}, "
                                    f"which is not configured (current {self.master_key_id})")
        try:
            return master.decrypt(wrapped[:_NONCE], wrapped[_NONCE:], _wrap_aad(key_id, master_key_id))
        except InvalidTag:
            raise AuditDecryptError(f"data key {key_id} does not open with master key {master_key_id}") from None

    def rewrap(self, key_id: str, wrapped: bytes, master_key_id: str) -> bytes:
        """The same data key, wrapped by the current master key."""
        return self._wrap(key_id, self.unwrap(key_id, wrapped, master_key_id))


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(_NONCE)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, blob: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(blob[:_NONCE], blob[_NONCE:], aad)
    except InvalidTag:
        raise AuditDecryptError("record ciphertext does not open: altered, moved, or the wrong key") from None


def record_aad(record_id: str, event_type: str, request_id: str) -> bytes:
    return f"radgate-audit-record|{record_id}|{event_type}|{request_id}".encode()
