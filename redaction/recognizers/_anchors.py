"""Literal anchors of a regex: strings one of which every match must contain, to skip a pattern cheaply.

Most recognizer patterns open on a cue-word alternation (``\\b(?i:wife|husband|...)``). Python's ``re``
finds no literal prefix there and tries the whole alternation at every position of the text, so a pattern
that cannot match costs as much as one that does. When none of a pattern's anchors occurs in the
lower-cased text, the pattern cannot match and need not run. The anchors are derived from the parsed
pattern itself (never written by hand), so a skipped pattern is one that would have found nothing.

A ``\\b`` next to a word-character anchor is kept: such an anchor is looked up, between spaces, in the
text's words (``pt`` then matches the word "pt", not "except"), which makes short cue words useful.
The check is exact for any text once the four non-ASCII letters Python's case-insensitive matching equates
with ASCII ones are read as ASCII (``_base.text_forms`` does that). White space is read as a space, in the
text and in the anchors alike, and ``[ \\t]+`` / ``\\s+`` lend one space to the literal on either side of it
(``\\bdr\\s+`` is anchored on the word "dr" followed by white space, `` dr `` in the words form).
"""

from __future__ import annotations

import re
from re import _constants as c  # the parser's opcodes: the stdlib's own reading of the pattern
from re import _parser

_MAX_SET = 256  # a larger literal language is not worth enumerating
_MIN_ANCHOR = 2  # a shorter anchor occurs in nearly every text: the check would only add cost
_ZERO_WIDTH = {c.AT, c.ASSERT, c.ASSERT_NOT}
_REPEATS = {c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT}


_EDGE = "\x01"  # a word boundary (``\b``) in a derived string
_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_WORD_OR_SPACE = _WORD | {" "}
_SPACES = re.compile(" +")


def anchors(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(strings for the lower-cased text, strings for its ``words()`` form), one of which every match
    of ``pattern`` contains, or None when no useful set is known."""
    try:
        found = _required(_parser.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError):  # pragma: no cover - the pattern compiled, so it parses
        return None
    if not found or min(map(_length, found)) < _MIN_ANCHOR:
        return None
    plain, bounded = set(), set()
    for string in found:
        core = string.strip(_EDGE)
        if _EDGE in core or not _WORD_OR_SPACE.issuperset(core) or not core.strip():
            plain.add(string.replace(_EDGE, ""))  # a boundary inside or next to punctuation: not used
        elif core != string:
            # words() reads a boundary, and any white space next to a word, as one space
            bounded.add(_SPACES.sub(" ", (" " if string[0] == _EDGE else "") + core
                                    + (" " if string[-1] == _EDGE else "")))
        else:
            plain.add(core)
    return tuple(sorted(plain)), tuple(sorted(bounded))


def words(lowered: str) -> str:
    """``lowered`` with every run of non-word characters read as one space, between spaces: a word-
    character string stands right after (before) a word boundary in ``lowered`` exactly when it follows
    (precedes) a space here."""
    return " " + _NON_WORD.sub(" ", lowered) + " "


_NON_WORD = re.compile(r"[^a-z0-9_]+")


def _length(string: str) -> int:
    return len(string.replace(_EDGE, ""))


def _cross(left: set[str] | None, right: set[str] | None) -> set[str] | None:
    if left is None or right is None or len(left) * len(right) > _MAX_SET:
        return None
    return {a + b for a in left for b in right}


def _char(code: int) -> str | None:
    char = chr(code)
    if char.isspace():
        return " "  # the text's forms read every white-space character as a space (``_base.text_forms``)
    return char.lower() if char.isascii() else None


def _exact(items) -> set[str] | None:
    """Every string ``items`` can match (a superset is fine), or None when that language is not small."""
    result: set[str] | None = {""}
    for op, av in items:
        result = _cross(result, _exact_item(op, av))
        if result is None:
            return None
    return result


def _exact_item(op, av) -> set[str] | None:
    if op is c.AT and av is c.AT_BOUNDARY:
        return {_EDGE}
    if op in _ZERO_WIDTH:
        return {""}
    if op is c.LITERAL:
        char = _char(av)
        return None if char is None else {char}
    if op is c.IN:
        chars: set[str] = set()
        for inner_op, inner_av in av:
            if inner_op is c.LITERAL:
                char = _char(inner_av)
            elif inner_op is c.RANGE and inner_av[1] - inner_av[0] < 16:
                chars.update(_char(code) for code in range(inner_av[0], inner_av[1] + 1))
                continue
            elif inner_op is c.CATEGORY and inner_av is c.CATEGORY_SPACE:
                char = " "  # ``\s``: any white space, read as a space
            else:
                return None  # NEGATE, a category, a wide range
            chars.add(char)
        return None if None in chars or len(chars) > 16 else chars
    if op is c.SUBPATTERN:
        return _exact(av[3])
    if op is c.ATOMIC_GROUP:
        return _exact(av)
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            strings = _exact(branch)
            if strings is None:
                return None
            union |= strings
        return union if len(union) <= _MAX_SET else None
    if op in _REPEATS:
        low, high, item = av
        if high > 3:
            return None
        inner = _exact(item)
        result: set[str] | None = set() if low > 0 else {""}
        power: set[str] | None = {""}
        for count in range(1, high + 1):
            power = _cross(power, inner)
            if power is None or result is None:
                return None
            if count >= low:
                result |= power
        return result
    return None


def _required(items) -> set[str] | None:
    """A set of strings one of which every match of ``items`` contains, or None when none is known."""
    candidates: list[set[str]] = []
    run: set[str] = {""}  # the literal strings the consecutive exact items so far can spell
    for op, av in items:
        strings = _exact_item(op, av)
        joined = _cross(run, strings) if strings is not None else None
        if joined is not None:
            run = joined
            continue
        repeated = _exact(av[2]) if strings is None and op in _REPEATS and av[0] >= 1 else None
        if repeated is not None:
            # ``X+`` (``[ \t]+``, ``\s+``): one X follows the run before it, and one X precedes the next item
            joined = _cross(run, repeated)
            if joined is not None:
                run = joined
        if min(map(_length, run)):
            candidates.append(run)
        run = {""}
        if strings is not None:  # too many combinations: start a new run with this item
            run = strings
            continue
        if repeated is not None:
            run = repeated
            continue
        inner = _required_item(op, av)
        if inner:
            candidates.append(inner)
    if min(map(_length, run)):
        candidates.append(run)
    if not candidates:
        return None
    return max(candidates, key=lambda strings: (min(map(_length, strings)), -len(strings)))


def _required_item(op, av) -> set[str] | None:
    if op is c.SUBPATTERN:
        return _required(av[3])
    if op is c.ATOMIC_GROUP:
        return _required(av)
    if op in _REPEATS and av[0] >= 1:
        return _required(av[2])
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            strings = _required(branch)
            if not strings:
                return None
            union |= strings
        return union
    return None
