"""Names and sites in scanned text whose letters OCR read as digits: ``Cedar B1uff Family Health Center``,
``Memorial Hospita1``, ``Patient: LONG, R0SE J``.

A word of letters with a 0, 1 or 5 among them ("B1uff", "R0SE", "Hospita1") is a word the scanner
misread, not a number or a code: clinical codes mixing letters and digits are short ("T1", "L5-S1",
"C5") or mostly digits. Those digits are read as the letters they stand for (0 -> O, 1 -> l, 5 -> S,
same length and offsets), and the name and site recognizers run over that reading; a span they find is
kept only where it holds such a word.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.recognizers.names import AllCapsNameRecognizer, HeaderNameRecognizer
from redaction.recognizers.places import FacilityRecognizer

# a run of letters and OCR digits, four or more long; words with a digit and three or more letters are kept
_WORD = re.compile(r"(?<![\w.-])(?=[A-Za-z]*[015])[A-Za-z015]{4,}(?![\w-])")  # with a digit in it
_LETTERS = {"0": ("O", "o"), "1": ("I", "l"), "5": ("S", "s")}


def read_as_letters(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with its misread words' digits read as letters, and the spans of those words."""
    chars = list(text)
    words = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        digits = sum(c.isdigit() for c in word)
        if not digits or digits * 4 > len(word) or len(word) - digits < 3:
            continue
        upper = sum(c.isupper() for c in word) > sum(c.islower() for c in word)
        for i, c in enumerate(word, match.start()):
            if c in _LETTERS:
                chars[i] = _LETTERS[c][0 if upper or (i == match.start() and c != "1") else 1]
        words.append(match.span())
    return "".join(chars), words


class OcrWordRecognizer(EntityRecognizer):
    """Names and sites holding a misread word, found by the name and site recognizers on the letters."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON", "FACILITY"], name="OcrWordRecognizer")
        self._inner = [FacilityRecognizer(), HeaderNameRecognizer(), AllCapsNameRecognizer()]

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        if not any(c in text for c in "015"):
            return []
        letters, words = read_as_letters(text)
        if not words:
            return []
        results = []
        for recognizer in self._inner:
            for result in recognizer.analyze(letters, entities, None):
                if any(result.start <= s and e <= result.end for s, e in words):
                    results.append(result)
        return results
