"""The matches of a per-document word alternation (``\\b(?:doe|jane)\\b``), found without compiling it.

Spreading a found name or site to its other occurrences searched the text with an alternation of that document's
own words, compiled for each document: ``re`` caches few patterns, so nearly every document paid a compile (on
external_v42/v43 the two compiles were some 2-3% of the analysis time). The same matches follow from plain string
search: at each position the alternation takes the first of its words (longest first) that occurs there with its
edges on a boundary, and ``finditer`` goes on after that match, so collecting every such occurrence and sweeping
them left to right gives exactly its matches. Example: in "Doe met Jane Doe-Smith" the words ["doe", "jane"] with
word boundaries give (0, 3), (8, 12), (13, 16).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

Edge = Callable[[str, int, int], bool]  # (text, start, end): whether a word there stands on its boundaries


def alternation_spans(text: str, haystack: str, words: Iterable[str], edges: Edge) -> list[tuple[int, int]]:
    """The (start, end) of each match that ``finditer`` gives for the alternation of ``words`` (tried in the
    order given) with the boundary test ``edges``, searching ``haystack`` (``text`` itself, or its lower-cased
    form of the same length for a case-insensitive ASCII alternation)."""
    best: dict[int, int] = {}  # start -> end of the first word, in the alternation's order, that matches there
    for word in words:
        size = len(word)
        if not size:
            continue
        at = haystack.find(word)
        while at >= 0:
            if at not in best and edges(text, at, at + size):
                best[at] = at + size
            at = haystack.find(word, at + 1)
    spans: list[tuple[int, int]] = []
    pos = 0
    for start in sorted(best):
        if start >= pos:
            spans.append((start, best[start]))
            pos = best[start]
    return spans


def _word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what ``re`` counts as a word character in a str pattern


def word_edges(text: str, start: int, end: int) -> bool:
    """``\\b`` on both sides of ``text[start:end]``."""
    return (_word(text[start - 1]) if start else False) != _word(text[start]) and \
        _word(text[end - 1]) != (_word(text[end]) if end < len(text) else False)


# the characters that ``re`` matches to an ASCII letter ignoring case though ``str.lower`` does not give that
# letter (dotted and dotless i, long s, the Kelvin sign)
_OTHER_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def caseless_by_lowering(text: str, lowered: str) -> bool:
    """True when, for words of ASCII letters, apostrophes and hyphens, matching ``text`` ignoring case is
    finding them in ``lowered`` (``text.lower()``): the same length, and none of the characters that fold
    to an ASCII letter only in ``re``."""
    return len(lowered) == len(text) and not any(char in text for char in _OTHER_FOLDS)


def _alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def alnum_edges(text: str, start: int, end: int) -> bool:
    """``(?<![A-Za-z0-9])`` before and ``(?![A-Za-z0-9])`` after ``text[start:end]``."""
    return not (start and _alnum(text[start - 1])) and not (end < len(text) and _alnum(text[end]))
