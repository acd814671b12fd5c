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


class AuditCipher:
    def __init__(self, master_key: bytes) -> None:
        if len(master_key) != 32:
            raise ValueError("the audit master key must be 32 bytes")
        self._master = AESGCM(master_key)
        self.master_key_id = hashlib.sha256(b"radgate-audit-master:" + master_key).hexdigest()[:16]

    def new_data_key(self) -> DataKey:
        key = AESGCM.generate_key(bit_length=256)
        key_id = os.urandom(16).hex()
        nonce = os.urandom(_NONCE)
        wrapped = nonce + self._master.encrypt(nonce, key, self._wrap_aad(key_id))
        return DataKey(key_id, key, wrapped, self.master_key_id)

    def unwrap(self, key_id: str, wrapped: bytes, master_key_id: str) -> bytes:
        if master_key_id != self.master_key_id:
            raise AuditDecryptError(f"data key {key_id} is wrapped by master key {master_key_id}, "
                                    f"not {self.master_key_id}")
        try:
            return self._master.decrypt(wrapped[:_NONCE], wrapped[_NONCE:], self._wrap_aad(key_id))
        except InvalidTag:
            raise AuditDecryptError(f"data key {key_id} does not open with this master key") from None

    def _wrap_aad(self, key_id: str) -> bytes:
        return f"radgate-audit-dek|{key_id}|{self.master_key_id}".encode()


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
