"""Base class for pattern recognizers: compiled regexes whose ``phi`` group (or whole match) is the span."""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult


class RegexRecognizer(EntityRecognizer):
    """Subclasses set ENTITY, SCORE and PATTERNS (strings compiled once per class)."""

    ENTITY: ClassVar[str]
    SCORE: ClassVar[float] = 0.85
    PATTERNS: ClassVar[tuple[str, ...]] = ()
    FLAGS: ClassVar[int] = 0

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__)
        self._compiled = [re.compile(p, self.FLAGS) for p in self.PATTERNS]

    def load(self) -> None:  # patterns are compiled in __init__
        return None

    def keep(self, text: str, start: int, end: int) -> bool:
        """Hook for subclasses to drop a match (e.g. a clinical term)."""
        return True

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        """Hook for subclasses to trim a match (e.g. a possessive or a trailing modality)."""
        return start, end

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = []
        for pattern in self._compiled:
            for match in pattern.finditer(text):
                if "phi" in pattern.groupindex and match.group("phi") is not None:
                    start, end = match.span("phi")
                else:
                    start, end = match.span()
                start, end = self.bounds(text, start, end)
                if end > start and self.keep(text, start, end):
                    results.append(RecognizerResult(self.ENTITY, start, end, self.SCORE))
        return results
