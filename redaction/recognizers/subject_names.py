"""A person who opens a sentence as its subject, named by a known given name and a surname that may be a word
("Kofi Street may have taken a hard fall", "Ada Long was found on the floor"): the given name and the verb
after the pair are the cue, so the surname's spelling does not matter. Alerts and incident notes read so."""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.given_names import _given_word

_CAPITAL = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"


class SubjectNameRecognizer(RegexRecognizer):
    """A given name and a capitalised word at a sentence or line start, before an auxiliary or a reporting verb."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (rf"(?:^|(?<=[.!?] ))(?P<phi>{_CAPITAL} {_CAPITAL})"
                r"(?= (?:may|might|has|had|was|is|fell|reported|called|said|did|will|appears)\b)",)
    FLAGS = re.MULTILINE

    def keep(self, text: str, start: int, end: int) -> bool:
        return _given_word(text[start:end].split()[0])
