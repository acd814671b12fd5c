"""The first-character guard: it must never change what a pattern finds, and it must be added where it helps."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers._first import guarded

CORPUS = Path(__file__).resolve().parents[2] / "redaction" / "corpus"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("source", "text"), [
    (r"\b(?i:wife|husband)\s+(?P<phi>[A-Z]\w+)", "Seen with WIFE Ann and Husband Bob; midwife Cara."),
    (r"(?i)(?<![a-z])(?:id|no)[ :]*\d+", "ID: 55, no 7, Id 8, idno 9, piano 3"),
    (r"(?<![\d/.-])(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])", "3/14, 12/1, 1/2/3, x13/4, ٣/٤"),
    (r"(?<!x)\d+", "a ٣٤ b 12 x9"),  # \d matches any script's digits: the guard must keep the category
    (r"(?:(?<=\d\d\d\d[ \t])|(?<=à[ \t]))(?P<phi>(?:[01]?\d|2[0-3])[ \t]?h[ \t]?[0-5]\d)\b", "2025 10 h 05 à 16h55"),
    (r"(?m)(?:^|(?<=\|))[ \t]*(?P<phi>[A-Z]+, [A-Z]+)", "DOE, JANE\n| ROE, RICHARD | x"),
    (r"\b(?:(?i:the)\s+)?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\s+of\s+March", "THE 4th of March, the 21st of March"),
    (r"(?<![\w.])x?\d{4,5}\b", "ext x4455 or 12345 and .1234"),
])
def test_guarded_pattern_finds_exactly_what_the_pattern_finds(source: str, text: str) -> None:
    pattern = re.compile(source)
    guard = guarded(pattern)
    assert guard is not pattern  # all of these open on an assertion or an alternation
    assert guard.pattern.startswith(("(?=[", "(?i:(?=[", "(?-i:(?=["))
    assert _spans(guard, text) == _spans(pattern, text)
    assert _spans(pattern, text)  # and each finds something, so the comparison means something


@pytest.mark.parametrize("source", [
    r"Dr\.\s+[A-Z]\w+",           # a literal first: re already searches for it
    r"[0-9]-[0-9]{4}",              # a class first
    r"^PATIENT:\s*\w+",           # tried at the start only
    r"\b\w+son\b",                # any word character can start it: a guard would not narrow anything
    r"(?:abc)?",                  # can match empty
    r"(?<!x).+",                  # any character can start it
])
def test_no_guard_where_it_cannot_help(source: str) -> None:
    pattern = re.compile(source)
    assert guarded(pattern) is pattern


def test_global_flags_stay_first_and_keep_working() -> None:
    pattern = re.compile(r"(?im)^[ \t]*(?:name|patient)[ \t]*:[ \t]*(?P<phi>\w+)|\bpt\s+(?P<pt>\w+)")
    guard = guarded(pattern)
    text = "NAME: Ann\n  patient : Bob\nseen PT Carl"
    assert guard.flags == pattern.flags
    assert _spans(guard, text) == _spans(pattern, text)


@pytest.fixture(scope="module")
def sample() -> list[str]:
    texts = []
    for name in ("holdout", "external_v9", "external_v11"):
        lines = (CORPUS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        texts.extend(json.loads(line)["text"] for line in random.Random(name).sample(lines, 40))
    return texts


def test_every_configured_pattern_finds_the_same_with_its_guard(analyzer, sample: list[str]) -> None:  # noqa: ANN001
    guarded_count = 0
    for recognizer in analyzer._patterns:
        if not isinstance(recognizer, RegexRecognizer):
            continue
        for source in recognizer.PATTERNS:
            pattern = re.compile(source, recognizer.FLAGS)
            guard = guarded(pattern)
            if guard is pattern:
                continue
            guarded_count += 1
            for text in sample:
                assert _spans(guard, text) == _spans(pattern, text), (type(recognizer).__name__, source[:60])
    assert guarded_count > 200  # most recognizer patterns open on a look-behind or \b
