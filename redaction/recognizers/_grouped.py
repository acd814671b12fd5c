"""Pattern recognizers whose one match holds several PHI spans of different types (street, town, postcode)."""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import RecognizerResult

from redaction.recognizers._base import RegexRecognizer


class GroupedRegexRecognizer(RegexRecognizer):
    """Subclasses set GROUPS (named group -> entity type); each group a match holds is reported as its type.
    ENTITY is the main type (the one the recognizer is registered under)."""

    GROUPS: ClassVar[dict[str, str]] = {}

    def accept(self, match: re.Match[str], group: str) -> bool:
        """Hook for subclasses to drop a group of a match (or, by returning False for all, the match)."""
        return True

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = []
        for pattern in self.candidates(text):
            for match in pattern.finditer(text):
                for group, kind in self.GROUPS.items():
                    if group in pattern.groupindex and match.group(group) is not None and self.accept(match, group):
                        results.append(RecognizerResult(kind, *match.span(group), self.SCORE))
        return results
