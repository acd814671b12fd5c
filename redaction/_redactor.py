"""Redactor: the service the proxy holds; one RedactionSession per request."""

from __future__ import annotations

from presidio_anonymizer import AnonymizerEngine

from redaction._analyzer import PhiAnalyzer
from redaction._session import RedactionSession


class Redactor:
    def __init__(self, analyzer: PhiAnalyzer, *, style: str = "realistic") -> None:
        if style not in ("realistic", "tags"):
            raise ValueError("surrogate style must be 'realistic' or 'tags'")
        self._analyzer = analyzer
        self._anonymizer = AnonymizerEngine()
        self._style = style

    def session(self) -> RedactionSession:
        return RedactionSession(self._analyzer, self._anonymizer, style=self._style)
