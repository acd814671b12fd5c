"""A patient named in lower case in a clinician chat's read request, right before the study's or the record's
number: ``pls overread ada quill CT24-123456??``, ``anyone free to look at ana de la cruz A123456789``,
``can someone check jo mbeki MR26-1234``. The request verb and the identifier after the name are the cue;
a run of only everyday or clinical words ("the left knee") is no name."""

from __future__ import annotations

from redaction._denylist import is_clinical
from redaction._vocabulary import is_common_word
from redaction.recognizers._base import RegexRecognizer

_PARTICLES = frozenset("van von der den de del della la las los le da das do dos di du ter ten bin ibn al el".split())


class ChatReadRequestNameRecognizer(RegexRecognizer):
    """Two to four lower-case words between a read request and a study or record number."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (r"\b(?i:look[ \t]+at|overread|over-read|check|review|read|pull[ \t]+up|see)[ \t]+"
                r"(?P<phi>[a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]*){1,3})[ \t]+(?=[A-Z]{0,4}-?\d{2}[A-Za-z0-9-]*\d\b)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w for w in text[start:end].split() if w not in _PARTICLES]
        if len(words) < 2 or words[0] in ("the", "a", "an", "his", "her", "their", "this", "that", "my", "your"):
            return False
        return not all(is_common_word(w) or is_clinical(w, "") for w in words)
