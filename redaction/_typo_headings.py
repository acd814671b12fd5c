"""A section heading typed with two letters swapped, alone on its line ("Cleint", "Nrarative", "Counsleing").

A heading such as ``Client`` or ``Narrative`` is kept by the vocabularies; a hurried typist's ``Cleint`` is no
known word, so the residual name guessers take it for a surname. The layout says otherwise: one capitalised word
alone on its line with more text on the next line, whose letters, with one adjacent pair swapped back, spell a known
word. A person's name only qualifies when it is a word-like misspelling and not a given name, which is rare enough
for a heading line.
"""

from __future__ import annotations

from functools import lru_cache

from redaction._denylist import clinical_words, not_name_words
from redaction._vocabulary import is_common_word

_MIN_LETTERS = 5  # shorter words have too many swaps that spell something


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from redaction.recognizers.given_names import given_names

    return given_names()


def _known(word: str) -> bool:
    return word in not_name_words() or word in clinical_words() or is_common_word(word)


def swapped_word(word: str) -> bool:
    """True when swapping one adjacent pair of letters of ``word`` (lower case) spells a known word."""
    for i in range(len(word) - 1):
        if word[i] != word[i + 1] and _known(word[:i] + word[i + 1] + word[i] + word[i + 2:]):
            return True
    return False


def is_typo_heading(text: str, start: int, end: int, line_begin: int, line_end: int) -> bool:
    """The span ``text[start:end]`` is a whole line holding one misspelt heading word, with text below it."""
    word = text[start:end]
    if (text[line_begin:line_end].strip() != word or len(word) < _MIN_LETTERS or not word.isalpha()
            or not word[0].isupper()):
        return False
    following = text[line_end + 1:text.find("\n", line_end + 1) if "\n" in text[line_end + 1:] else len(text)]
    if not following.strip():
        return False
    lower = word.lower()
    return lower not in _given_names() and not _known(lower) and swapped_word(lower)
