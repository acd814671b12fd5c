"""Text as the recognizers read it: same length and offsets, ASCII letters, labels with colons.

The recognizers' patterns are written over ASCII letter classes (``[A-Z][a-z]+``), so ``NOVOTNÁ``,
``Ó Briain`` or ``Nguyễn`` would fall through every one of them. Folding the text before detection
(``Á`` -> ``A``, ``ø`` -> ``o``, ``ı`` -> ``i``) makes every pattern, the vocabularies and NER see the
name a clinician would type on a US keyboard, while spans keep pointing into the original text.
Dot leaders between a label and its value ("Patient ........ DOE, JANE") read as a colon, so every
labelled-field pattern applies to form-style printouts too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that do not decompose to an ASCII base letter under NFD, mapped to the nearest one.
_SPECIAL = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "t",
            "Þ": "T", "æ": "a", "Æ": "A", "œ": "o", "Œ": "O", "ß": "s", "ı": "i", "ħ": "h", "Ħ": "H",
            "ŋ": "n", "Ŋ": "N", "ſ": "s", "ƒ": "f", "ĸ": "k"}
# Typographic apostrophes and hyphens read as their ASCII forms, so name patterns take "O’Neil" whole.
_PUNCT = {"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-"}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    if char in _PUNCT:
        return _PUNCT[char]
    if not char.isalpha():
        return char
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() and base.isalpha() else char


class _FoldTable(dict):
    """``str.translate`` table filled on first sight of each code point (ASCII maps to itself)."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = _fold_char(chr(code)) if code > 127 else chr(code)
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """``text`` with accented Latin letters replaced by their base letter and dot leaders by a colon;
    same length, same offsets."""
    if not text.isascii():
        text = text.translate(_TABLE)
    if "..." in text:
        text = _LEADER.sub(lambda m: ":" + " " * (len(m.group(0)) - 1), text)
    return text


# a run of four or more dots between a label and its value (an ellipsis has three)
_LEADER = re.compile(r"(?<=[A-Za-z#)] )\.{4,}(?= )")
