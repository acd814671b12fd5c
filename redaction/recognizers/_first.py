"""A first-character guard for regexes that open on assertions, derived from the parsed pattern.

Python's ``re`` jumps straight to candidate positions only when a pattern opens on a literal or a character
class. Most recognizer patterns open on a look-behind or ``\\b`` (``(?<![\\d/.-])(?:1[0-2]|0?[1-9])/...``,
``\\b(?i:wife|husband|...)``), so the engine enters the pattern at every position of the text and tries its
first alternation there. A leading ``(?=[...])`` holding the characters a match can start with turns that into
one character test at most positions. The set comes from the parsed pattern (never written by hand), and a
look-ahead that every match satisfies anyway changes no match: the guarded pattern finds exactly what the
pattern finds.

A pattern opening on a look-ahead still enters ``re``'s matcher at every position, the guard test costing a
matcher call each time. The compiled pattern's search block (``re``'s own "starts with a character from this
set" hint, which it derives itself only for a pattern opening on a class) is then given the guard's set, so
the search skips the other characters in one C loop: the matching code is ``re``'s own, unchanged.
"""

from __future__ import annotations

import _sre
import re
import sys
from re import _compiler, _parser
from re import _constants as c  # the parser's opcodes: the stdlib's own reading of the pattern

_ZERO_WIDTH = {c.AT, c.ASSERT, c.ASSERT_NOT}
_REPEATS = {c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT}
_CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_WORD: r"\w", c.CATEGORY_SPACE: r"\s"}
_MAX_RANGE = 128  # a wider range (any letter of any script) makes the guard useless


class _Unknown(Exception):
    """The pattern can start with a character the guard cannot name."""


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a leading look-ahead for the characters its matches start with, where that helps:
    when the pattern opens on an assertion or an alternation (``re`` then has no prefix to search for)."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError):  # pragma: no cover - the pattern compiled, so it parses
        return pattern
    if not _opens_without_prefix(list(tree)):
        return pattern
    try:
        items, nullable, folded = _first(list(tree), bool(pattern.flags & re.IGNORECASE))
    except _Unknown:
        return pattern
    if nullable or not items or r"\w" in items:
        return pattern
    # the search skips to these characters: every case spelt out (only a folded one-letter guard is not)
    letter = _one_letter(items)
    first = (letter + letter.upper() + _FOLDS.get(letter, "")) if letter else "".join(sorted(items))
    if letter and len(items) > 1:  # one literal test ignoring case beats a two-character class
        items, folded = {letter}, True
    guard = "(?=[" + "".join(sorted(items)) + "])"
    if folded and not pattern.flags & re.IGNORECASE:
        guard = "(?i:" + guard + ")"
    elif not folded and pattern.flags & re.IGNORECASE:
        guard = "(?-i:" + guard + ")"  # every case already spelt out (``_spelt``)
    body = _LEADING_FLAGS.sub("", pattern.pattern, count=1)
    source = guard + "(?:" + body + ")"
    if folded and not letter:
        return re.compile(source, pattern.flags)
    return searching(source, pattern.flags, first)


def searching(source: str, flags: int, first: str) -> re.Pattern[str]:
    """``source`` compiled as ``re.compile`` does, its search block naming ``first`` (class items, matched as
    written) as the characters a match starts with. Exact when every match starts with one of them (a guard
    demands one there) and none is empty (a guarded pattern is not nullable).

    This builds on ``re``'s private compiler (CPython 3.11-3.13); on any other Python, or if those internals
    refuse the block, the pattern is compiled plainly: the same matches, only without the faster search."""
    if not _PRIVATE_RE_OK:
        return re.compile(source, flags)
    try:
        return _searching(source, flags, first)
    except (AttributeError, TypeError, ValueError, RuntimeError, IndexError):
        return re.compile(source, flags)


_PRIVATE_RE_OK = sys.implementation.name == "cpython" and (3, 11) <= sys.version_info[:2] <= (3, 13)


def _searching(source: str, flags: int, first: str) -> re.Pattern[str]:
    tree = _parser.parse(source, flags)
    flags |= tree.state.flags
    code = _compiler._code(tree, flags)
    if code[0] != c.INFO or code[2] or not code[3]:  # re found a prefix or set itself, or a match may be empty
        return re.compile(source, flags)
    op, av = _parser.parse("[" + first + "]")[0]  # a class of one character parses as that literal
    charset, _ = _compiler._optimize_charset(av if op is c.IN else [(op, av)])
    info = [c.INFO, 0, c.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    indexgroup = [None] * tree.state.groups
    for name, index in tree.state.groupdict.items():
        indexgroup[index] = name
    return _sre.compile(source, flags, info + code[1 + code[1]:], tree.state.groups - 1,
                        tree.state.groupdict, tuple(indexgroup))


# global flags must stay at the very start of a pattern; the flags themselves travel in ``pattern.flags``
_LEADING_FLAGS = re.compile(r"\A(?:\(\?[aiLmsux]+\))+")


def _opens_without_prefix(items) -> bool:
    """True unless ``re`` already searches efficiently: a literal or class first, or ``^``/``\\A`` (tried at
    the start of the text only)."""
    while items and items[0][0] is c.SUBPATTERN:
        items = list(items[0][1][3])
    if not items or items[0][0] in (c.LITERAL, c.IN):
        return False
    return not (items[0][0] is c.AT and items[0][1] in (c.AT_BEGINNING, c.AT_BEGINNING_STRING))


def _first(items, icase: bool) -> tuple[set[str], bool, bool]:
    """(class items a match of the sequence can start with, whether it can match empty, whether a
    case-insensitive part contributed)."""
    found: set[str] = set()
    folded = False
    for op, av in items:
        chars, nullable, fold = _first_item(op, av, icase)
        found |= chars
        folded |= fold
        if not nullable:
            return found, False, folded
    return found, True, folded


def _first_item(op, av, icase: bool) -> tuple[set[str], bool, bool]:
    if op in _ZERO_WIDTH:
        return set(), True, False
    if op is c.LITERAL:
        return _spelt({re.escape(chr(av))}, [av], icase)
    if op is c.IN:
        return _spelt(_class_items(av), _codes(av), icase)
    if op is c.SUBPATTERN:
        _, add, remove, inner = av
        return _first(list(inner), (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
    if op is c.ATOMIC_GROUP:
        return _first(list(av), icase)
    if op is c.BRANCH:
        found, nullable, folded = set(), False, False
        for branch in av[1]:
            chars, empty, fold = _first(list(branch), icase)
            found, nullable, folded = found | chars, nullable or empty, folded or fold
        return found, nullable, folded
    if op in _REPEATS:
        low, _, item = av
        chars, empty, fold = _first(list(item), icase)
        return chars, empty or low == 0, fold
    raise _Unknown  # ANY, NOT_LITERAL, a back-reference, a conditional group


def _class_items(av) -> set[str]:
    items: set[str] = set()
    for op, value in av:
        if op is c.LITERAL:
            items.add(re.escape(chr(value)))
        elif op is c.RANGE and value[1] - value[0] < _MAX_RANGE:
            items.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
        elif op is c.CATEGORY and value in _CATEGORIES:
            items.add(_CATEGORIES[value])
        else:
            raise _Unknown  # NEGATE, another category, a wide range
    return items


# The only characters outside ASCII that Python's case-insensitive matching equates with an ASCII letter.
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _spelt(items: set[str], codes: list[int] | None, icase: bool) -> tuple[set[str], bool, bool]:
    """A class's items, every case spelt out when it is matched case-insensitively and holds only ASCII
    characters: a case-insensitive test lower-cases the text's character first and costs about twice as much
    (the guard is tried at nearly every position). Returns (items, False, whether still case-insensitive)."""
    if not icase:
        return items, False, False
    if codes is None:
        return items, False, True
    spelt = items & set(_CATEGORIES.values())  # digits, white space and word characters have no case
    for code in codes:
        char = chr(code)
        spelt.update(re.escape(other) for other in char + char.lower() + char.upper() + _FOLDS.get(char.lower(), ""))
    return spelt, False, False


def _one_letter(items: set[str]) -> str | None:
    """The ASCII letter when ``items`` are that letter's cases (and at most the non-ASCII ones it folds with)."""
    lowered = {_UNFOLD.get(item, item.lower()) for item in items}
    letter = next(iter(lowered))
    return letter if len(lowered) == 1 and len(letter) == 1 and letter.isascii() and letter.isalpha() else None


_UNFOLD = {other: letter for letter, others in _FOLDS.items() for other in others}


def _codes(av) -> list[int] | None:
    """The characters of a class that holds only ASCII characters and ranges (and categories), or None."""
    codes: list[int] = []
    for op, value in av:
        if op is c.CATEGORY:
            continue
        if op is c.LITERAL and value < 0x80:
            codes.append(value)
        elif op is c.RANGE and value[1] < 0x80:
            codes.extend(range(value[0], value[1] + 1))
        else:
            return None
    return codes
