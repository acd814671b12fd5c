"""Blind index: keyed HMAC tokens of patient identifiers, so an officer can find a patient's records by
MRN, accession number or name without any identifier stored in clear. The key is separate from the
master key (rotating the master key must not invalidate the index) and never leaves the service."""

from __future__ import annotations

import hashlib
import hmac
import re

KINDS = ("mrn", "accession", "name")
_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")
_LABEL = re.compile(r"^\s*(?:(?:mrn|mr|acc(?:ession)?|acct|no)\b[\s#:.]*|#\s*)", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)


def normalize(kind: str, value: str) -> str:
    """The form two spellings of one identifier share: "MRN 00123-45" ~ "12345"; "DOE, JOHN" ~ "John Doe"."""
    if kind == "name":
        # order and middle initials do not matter: "DOE, JOHN A" ~ "John Doe"
        return " ".join(sorted(part.lower() for part in _LETTERS.findall(value) if len(part) > 1))
    return _NOT_ALNUM.sub("", _LABEL.sub("", value)).upper().lstrip("0")


class BlindIndex:
    def __init__(self, key: bytes) -> None:
        if len(key) < 32:
            raise ValueError("the blind-index key must be at least 32 bytes")
        self._key = key

    def token(self, kind: str, value: str) -> str | None:
        if kind not in KINDS:
            raise ValueError(f"unknown identifier kind {kind!r}; one of {', '.join(KINDS)}")
        normal = normalize(kind, value)
        if not normal:
            return None
        return hmac.new(self._key, f"v1|{kind}|{normal}".encode(), hashlib.sha256).hexdigest()[:32]

    def tokens(self, identifiers: dict[str, list[str]] | None) -> list[str]:
        """Sorted distinct tokens of every identifier (kinds it does not index are skipped)."""
        found = {self.token(kind, value) for kind, values in (identifiers or {}).items() if kind in KINDS
                 for value in values}
        found.discard(None)
        return sorted(found)
