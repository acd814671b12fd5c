"""Which of every recognizer's literal anchors a text holds, found in one pass over it.

Each pattern's anchor check used to be one substring search per anchor, per pattern, per text: about a
twentieth of the analysis time. Every anchor any pattern checks is registered here once; a text's present
anchors come from one scan with a prefix-tree regex, and a pattern's check is then a set test.

The scan is exact: at each position the tree regex takes the longest registered anchor starting there, and
every anchor starting there is a prefix of that one; so the anchors of the text are exactly the registered
anchors contained in one of the strings the scan finds (precomputed per anchor).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redaction.recognizers._first import searching

Anchors = tuple[tuple[str, ...], tuple[str, ...]]  # (for the lower-cased text, for its words() form)
Present = tuple[frozenset[str], frozenset[str]]

_REGISTERED: tuple[set[str], set[str]] = (set(), set())
# Each distinct anchor set gets a key; a text's live keys (those sets it holds an anchor of) are found once per
# text from an index anchor -> keys, so each recognizer's check is one set lookup per pattern: the per-pattern
# set tests cost about a seventh of the pattern scanning (profile over external_v8/v10/v11/v20).
_KEYS: dict[Present, int] = {}
_INDEX: list[tuple[object, object, dict[str, list[int]], dict[str, list[int]]] | None] = [None]  # rebuilt on change


def register_anchors(found: Iterable[Present | None]) -> list[int | None]:
    """Add the anchor sets a recognizer's patterns are checked with; returns each one's key (None: unanchored)."""
    added = False
    keys: list[int | None] = []
    for anchors in found:
        if anchors is None:
            keys.append(None)
            continue
        if anchors not in _KEYS:
            _KEYS[anchors] = len(_KEYS)
            added = True
        keys.append(_KEYS[anchors])
        for registered, strings in zip(_REGISTERED, anchors, strict=True):
            new = set(strings) - registered
            if new:
                registered |= new
    if added:
        _INDEX[0] = None
    return keys


def present(lowered: str, spaced: str) -> tuple[Present, frozenset[int], object]:
    """(registered anchors in ``lowered``, those in ``spaced``), the keys of the anchor sets holding one of
    them, and the index they were read with."""
    index = _INDEX[0]
    if index is None:
        index = _build()
        _INDEX[0] = index
    in_lowered, in_spaced = index[0].find(lowered), index[1].find(spaced)
    live: set[int] = set()
    for strings, keys_of in ((in_lowered, index[2]), (in_spaced, index[3])):
        for string in strings:
            live.update(keys_of[string])
    return (in_lowered, in_spaced), frozenset(live), index


def _build() -> tuple[object, object, dict[str, list[int]], dict[str, list[int]]]:
    keys_of: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
    for anchors, key in _KEYS.items():
        for by_string, strings in zip(keys_of, anchors, strict=True):
            for string in strings:
                by_string.setdefault(string, []).append(key)
    return _Scanner(_REGISTERED[0]), _Scanner(_REGISTERED[1]), keys_of[0], keys_of[1]


def current_index() -> object:
    return _INDEX[0]


class _Scanner:
    def __init__(self, strings: set[str]) -> None:
        strings = {s for s in strings if s}
        # each match is the longest anchor at one position, then that one character (the next search starts at
        # the next position, as after an empty match); the search skips to the characters an anchor starts with
        first = "".join(sorted({re.escape(s[0]) for s in strings}))
        self._pattern = searching("(?=(" + _tree(sorted(strings)) + "))(?s:.)", 0, first) if strings else None
        self._within = {s: frozenset(s[i:j] for i in range(len(s)) for j in range(i + 1, len(s) + 1)
                                     if s[i:j] in strings) for s in strings}

    def find(self, text: str) -> frozenset[str]:
        if self._pattern is None:
            return frozenset()
        within = self._within
        found: set[str] = set()
        for longest in set(self._pattern.findall(text)):
            found |= within[longest]
        return frozenset(found)


def _tree(strings: list[str]) -> str:
    """A regex matching the strings, longest first, factored by common prefix."""
    root: dict = {}
    for string in strings:
        node = root
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node(root)


def _node(node: dict) -> str:
    branches = [re.escape(char) + _node(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
    return body + ("?" if "" in node else "")
