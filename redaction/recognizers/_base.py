"""Base class for pattern recognizers: compiled regexes whose ``phi`` group (or whole match) is the span."""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.recognizers._anchor_index import Present, current_index, present, register_anchors
from redaction.recognizers._anchors import anchors, words
from redaction.recognizers._first import guarded
from redaction.recognizers._line_cues import LineCued


class RegexRecognizer(EntityRecognizer):
    """Subclasses set ENTITY, SCORE and PATTERNS (strings compiled once per class)."""

    ENTITY: ClassVar[str]
    SCORE: ClassVar[float] = 0.85
    PATTERNS: ClassVar[tuple[str, ...]] = ()
    FLAGS: ClassVar[int] = 0
    # LINE_CUES[i], when set, is a regex every match of PATTERNS[i] holds on its own line: the pattern is then
    # searched only on the lines holding it (``_line_cues``), with the same matches
    LINE_CUES: ClassVar[tuple[str | None, ...]] = ()

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__)
        written = [re.compile(p, self.FLAGS) for p in self.PATTERNS]
        # each pattern with a first-character guard where re would otherwise try it at every position
        self._compiled = [guarded(pattern) for pattern in written]
        # (pattern, its literal anchors or None): a pattern none of whose anchors is in the text is skipped
        self._anchored = [(pattern, _as_sets(anchors(source)))
                          for pattern, source in zip(self._compiled, written, strict=True)]
        keys = register_anchors(found for _, found in self._anchored)
        # (pattern, the key of its anchor set or None): the text's live keys come once per text
        self._keyed = [(pattern, key) for (pattern, _), key in zip(self._anchored, keys, strict=True)]
        # (pattern, key, whether it has a ``phi`` group) for ``analyze``'s loop, and whether the hooks are the
        # base ones (which change nothing): a text runs every recognizer, so per-call work adds up
        cues = self.LINE_CUES
        self._plan = [(LineCued(pattern, cues[i]) if i < len(cues) and cues[i] else pattern, key,
                       "phi" in pattern.groupindex) for i, (pattern, key) in enumerate(self._keyed)]
        self._hooked = (type(self).bounds is not RegexRecognizer.bounds
                        or type(self).keep is not RegexRecognizer.keep)
        self._own_candidates = type(self).candidates is not RegexRecognizer.candidates

    def load(self) -> None:  # patterns are compiled in __init__
        return None

    def keep(self, text: str, start: int, end: int) -> bool:
        """Hook for subclasses to drop a match (e.g. a clinical term)."""
        return True

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        """Hook for subclasses to trim a match (e.g. a possessive or a trailing modality)."""
        return start, end

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        """The patterns that can match ``text``: those none of whose anchors it holds are left out."""
        live = live_keys(text)
        return [pattern for pattern, key in self._keyed if key is None or key in live]

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = []
        if self._own_candidates:  # a subclass's own choice of patterns
            live, plan = frozenset(), [(p, None, "phi" in p.groupindex) for p in self.candidates(text)]
        else:
            live, plan = live_keys(text), self._plan
        hooked = self._hooked
        for pattern, key, phi in plan:
            if key is not None and key not in live:
                continue  # none of its anchors is in the text: it cannot match
            for match in pattern.finditer(text):
                start, end = match.span("phi") if phi else match.span()
                if start < 0:  # the ``phi`` group took no part in the match
                    start, end = match.span()
                if hooked:
                    start, end = self.bounds(text, start, end)
                    if not (end > start and self.keep(text, start, end)):
                        continue
                elif end <= start:
                    continue
                results.append(RecognizerResult(self.ENTITY, start, end, self.SCORE))
        return results


class SpanRecognizer(EntityRecognizer):
    """A recognizer whose subclass finds its spans in code (``_spans``) rather than by ``PATTERNS``: subclasses set
    ENTITY, SCORE and, where a span without a letter is no value of theirs, NEEDS_LETTER."""

    ENTITY: ClassVar[str] = "PERSON"
    SCORE: ClassVar[float] = 0.85
    NEEDS_LETTER: ClassVar[bool] = False

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__)

    def load(self) -> None:
        return None

    def _spans(self, text: str) -> list[tuple[int, int]]:
        raise NotImplementedError

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        return [RecognizerResult(self.ENTITY, s, e, self.SCORE) for s, e in self._spans(text)
                if e > s and (not self.NEEDS_LETTER or any(c.isalpha() for c in text[s:e]))]


Anchors = tuple[tuple[str, ...], tuple[str, ...]]  # (for the lower-cased text, for its words() form)


def _as_sets(found: Anchors | None) -> Present | None:
    """A pattern's anchors as sets: with the text's present anchors found by one scan (``_anchor_index``), the
    check is a set test costing at most the smaller set's size, so even hundreds of anchors are worth checking
    (over external_v8/v20, every cap on their number from 32 to 256 was slower)."""
    return None if found is None else (frozenset(found[0]), frozenset(found[1]))


_LAST: list[tuple[str, tuple[str, str]]] = [("", ("", "  "))]
_LAST_PRESENT: list[tuple[str, object, Present, frozenset[int]]] = [
    ("", None, (frozenset(), frozenset()), frozenset())]


# The only characters outside ASCII that Python's case-insensitive matching equates with an ASCII letter
# (dotted and dotless i, long s, the Kelvin sign): read as that letter, any other text holds the same anchors.
# Every white-space character (what ``\s`` matches) is read as a space, as the anchors read it (``_anchors``):
# "[ \t]+" and "\s+" then give one anchor, not one per white-space character.
_SPACES = {code: " " for code in range(0x110000) if chr(code).isspace() and code != 0x20}
_ASCII_SPACES = str.maketrans({code: " " for code in _SPACES if code < 0x80})
_CASE_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k", **_SPACES})


def text_forms(text: str) -> tuple[str, str]:
    """``text`` lower-cased and as its ``words()``: computed once per text and shared by all recognizers.

    Anchors are ASCII, so a text with accents, curly quotes or dashes holds a pattern's anchor wherever the
    pattern matches once those four letters are read as ASCII and white space as spaces: no word character
    lower-cases to an ASCII one unless it is one, so ``words()`` only adds boundaries (a pattern may run
    needlessly, never be skipped wrongly)."""
    last = _LAST[0]  # one tuple read and one write: safe across threads
    if last[0] is text:
        return last[1]
    lowered = (text.translate(_ASCII_SPACES) if text.isascii() else text.translate(_CASE_FOLDS)).lower()
    forms = (lowered, words(lowered))
    _LAST[0] = (text, forms)
    return forms


def present_anchors(text: str) -> Present:
    """The registered anchors (``_anchor_index``) that ``text_forms(text)`` holds: computed once per text."""
    return _present(text)[2]


def live_keys(text: str) -> frozenset[int]:
    """The keys (``register_anchors``) of the anchor sets ``text`` holds an anchor of: computed once per text."""
    return _present(text)[3]


def _present(text: str) -> tuple[str, object, Present, frozenset[int]]:
    last = _LAST_PRESENT[0]  # one tuple read and one write: safe across threads
    if last[0] is text and last[1] is current_index() and last[1] is not None:
        return last
    found, live, index = present(*text_forms(text))
    last = (text, index, found, live)
    _LAST_PRESENT[0] = last
    return last
