"""Redactor: the service the proxy holds; one RedactionSession per request."""

from __future__ import annotations

from presidio_anonymizer import AnonymizerEngine

from redaction._analyzer import PhiAnalyzer
from redaction._session import RedactionSession


class Redactor:
    """``surrogate_key`` (a secret, >= 32 bytes) makes a value's surrogate and the date shift the same
    in every request of one patient (an HMAC-seeded choice); without it they are random per request."""

    def __init__(self, analyzer: PhiAnalyzer, *, style: str = "realistic", surrogate_key: bytes | None = None) -> None:
        if style not in ("realistic", "tags"):
            raise ValueError("surrogate style must be 'realistic' or 'tags'")
        if surrogate_key is not None and len(surrogate_key) < 32:
            raise ValueError("the surrogate key must be at least 32 bytes")
        self._analyzer = analyzer
        self._anonymizer = AnonymizerEngine()
        self._style = style
        self._key = surrogate_key

    def session(self, patient: str | None = None) -> RedactionSession:
        """A request's surrogate map; with a key, ``patient`` (e.g. an MRN) scopes the consistency."""
        return RedactionSession(self._analyzer, self._anonymizer, style=self._style, key=self._key, scope=patient)
