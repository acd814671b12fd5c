"""Line cues: a pattern searched only on the lines that hold its cue, with exactly the matches of a whole-text run.

Some patterns open on any capitalised word (``Jane Smith, MD``: the name comes first, the credential that decides
last), so ``re`` tries them at nearly every position of the text, yet they can only match on a line that holds
their cue (a credential after a space). When neither the pattern nor its look-aheads can cross a line break, every
match lies inside one line, so searching only the lines holding a cue finds the same matches, in the same order:
a match found by ``finditer`` over the whole text ends on its own line, and the search restarts there, just as it
does on that line alone. Look-behinds and ``\\b`` still see the text before the line (``re`` reads the string
before ``pos``); the search window ends after the line's own ``\\n``, which is all a line-local look-ahead can
read. On external_v42/v43 the credential name pattern ran on half a line per document instead of sixteen.

The cue is the recognizer's own claim (every match holds a match of the cue on its line); that the pattern and
the cue are line-local is checked here, on the parsed patterns, and a pattern that is not is refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as c  # the parser's opcodes: the stdlib's own reading of the pattern
from re import _parser

from redaction.recognizers._first import guarded

_NEWLINE = ord("\n")
_SAFE_AT = {c.AT_BOUNDARY, c.AT_NON_BOUNDARY, c.AT_BEGINNING, c.AT_BEGINNING_LINE, c.AT_BEGINNING_STRING}
_SAFE_CATEGORIES = {c.CATEGORY_DIGIT, c.CATEGORY_WORD, c.CATEGORY_NOT_SPACE}  # \s, \W and \D hold "\n"
_NEWLINE_CATEGORIES = {c.CATEGORY_SPACE, c.CATEGORY_NOT_WORD, c.CATEGORY_NOT_DIGIT, c.CATEGORY_LINEBREAK}
_REPEATS = {c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT}


class LineCued:
    """``pattern`` searched only on the lines where ``cue`` matches: ``finditer`` gives the whole-text matches.

    >>> LineCued(re.compile(r"[A-Z][a-z]+ MD"), r" MD").finditer("Ann Lee MD\\nno cue\\nBo Li MD")  # doctest: +SKIP
    """

    __slots__ = ("_cue", "_search", "groupindex", "pattern")

    def __init__(self, pattern: re.Pattern[str], cue: str) -> None:
        compiled_cue = re.compile(cue)
        if not (line_local(pattern) and line_local(compiled_cue)):
            raise ValueError(f"a line cue needs a pattern and a cue that cannot cross a line break: {cue!r}")
        self._search = pattern
        self._cue = guarded(compiled_cue)  # a cue opening on a class or an alternation: its first characters
        self.pattern = pattern.pattern
        self.groupindex = pattern.groupindex

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        cue, pattern, find, size = self._cue.search, self._search.finditer, text.find, len(text)
        pos = 0
        while (found := cue(text, pos)) is not None:
            start = text.rfind("\n", 0, found.start()) + 1
            end = find("\n", found.end())
            end = size if end < 0 else end + 1  # the line's own "\n" stays in the window
            yield from pattern(text, start, end)
            pos = end


def line_local(pattern: re.Pattern[str]) -> bool:
    """True when no match of ``pattern`` and none of its look-aheads can hold a ``\\n`` or depend on the text's end."""
    try:
        return _local(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    except (re.error, TypeError, ValueError):  # pragma: no cover - the pattern compiled, so it parses
        return False


def _local(items, flags: int) -> bool:  # noqa: ANN001
    return all(_item_local(op, av, flags) for op, av in items)


def _item_local(op, av, flags: int) -> bool:  # noqa: ANN001, PLR0911
    if op is c.LITERAL:
        return av != _NEWLINE
    if op is c.NOT_LITERAL:
        return av == _NEWLINE
    if op is c.ANY:
        return not flags & re.DOTALL
    if op is c.IN:
        if av and av[0][0] is c.NEGATE:  # "[^<>\\s@]" leaves "\\n" out when it names it
            return any(_surely_newline(o, v) for o, v in av[1:])
        return not any(_may_be_newline(o, v) for o, v in av)
    if op is c.AT:  # "$" reads the end of the window unless (?m) makes it read the line's own "\\n"
        return av in _SAFE_AT or av is c.AT_END and bool(flags & re.MULTILINE)
    if op is c.ASSERT_NOT or op is c.ASSERT:
        direction, inner = av
        return direction < 0 or _local(inner, flags)  # a look-behind reads the text before the window: exact
    if op is c.SUBPATTERN:
        _, add, remove, inner = av
        return _local(inner, (flags | add) & ~remove)
    if op is c.ATOMIC_GROUP:
        return _local(av, flags)
    if op is c.BRANCH:
        return all(_local(branch, flags) for branch in av[1])
    if op in _REPEATS:
        return _local(av[2], flags)
    return op is c.GROUPREF  # a back-reference repeats a line-local group; anything else is refused


def _may_be_newline(op, value) -> bool:  # noqa: ANN001
    """Whether a class item may match "\n" (an item this reading does not know counts as one that may)."""
    if op is c.LITERAL:
        return value == _NEWLINE
    if op is c.RANGE:
        return value[0] <= _NEWLINE <= value[1]
    if op is c.CATEGORY:
        return value not in _SAFE_CATEGORIES
    return True


def _surely_newline(op, value) -> bool:  # noqa: ANN001
    """Whether a class item surely matches "\n" (in a negated class it then leaves "\n" out)."""
    if op is c.LITERAL:
        return value == _NEWLINE
    if op is c.RANGE:
        return value[0] <= _NEWLINE <= value[1]
    return op is c.CATEGORY and value in _NEWLINE_CATEGORIES
