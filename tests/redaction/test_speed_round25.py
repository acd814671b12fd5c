"""Round 25 (speed, identical output): white space read as one space by the anchors and the text's forms, ``X+``
lending its literal to its neighbours, and every anchor set checked however large (``_anchors``, ``_base``)."""

from __future__ import annotations

import re

import pytest

from redaction.recognizers._anchors import anchors
from redaction.recognizers._base import RegexRecognizer, text_forms


def _present(text: str, found: tuple[tuple[str, ...], tuple[str, ...]] | None) -> bool:
    lowered, spaced = text_forms(text)
    return found is None or any(a in lowered for a in found[0]) or any(a in spaced for a in found[1])


def test_text_forms_read_every_white_space_character_as_a_space() -> None:
    lowered, spaced = text_forms("Dr\tAmes\nMRN\u00a0123\u2003x\x0bY\r\n")
    assert lowered == "dr ames mrn 123 x y  "
    assert spaced == " dr ames mrn 123 x y  "
    assert text_forms("A\tB")[0] == "a b"  # ASCII text too


def test_white_space_repeats_lend_a_space_to_the_literal_beside_them() -> None:
    assert anchors(re.compile(r"\bdr\s+[A-Z]")) == ((), (" dr ",))
    assert anchors(re.compile(r"\b(?i:wife|husband)[ \t]+[A-Z]")) == ((), (" husband ", " wife "))
    assert anchors(re.compile(r"[A-Z][a-z]+[ \t]+(?:NSW|VIC)[ \t]+\d{4}")) == ((" nsw ", " vic "), ())
    # a tab and a space in a class are one anchor character, not two anchors
    assert anchors(re.compile(r"last[ \t]4[ \t]digits")) == (("last 4 digits",), ())


@pytest.mark.parametrize(("pattern", "text"), [
    (r"\bdr\s+[A-Z]", "seen by dr\u00a0Ames today"),
    (r"\bdr\s+[A-Z]", "seen by dr\n\tAmes"),
    (r"(?i)signed\s+by\s+\w+", "SIGNED\tBY\u2003X"),
    (r"[A-Z][a-z]+[ \t]+(?:NSW|VIC)[ \t]+\d{4}", "Parramatta\tNSW  2150"),
    (r"last[ \t]4[ \t]digits", "last\t4 digits"),
    (r"\bfoo[ \t]+bar\b", "x foo \t bar y"),
])
def test_a_matching_pattern_always_finds_its_anchor(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    assert compiled.search(text)
    assert _present(text, anchors(compiled))
    assert not _present("nothing to see", anchors(compiled))


class _ManyCues(RegexRecognizer):
    ENTITY = "PERSON"
    PATTERNS = (r"\b(?i:" + "|".join(f"cue{i}word" for i in range(300)) + r")\s+(?P<phi>[A-Z][a-z]+)",)


def test_a_pattern_with_hundreds_of_anchors_is_still_skipped_when_none_is_present() -> None:
    recognizer = _ManyCues()
    assert recognizer._anchored[0][1] is not None
    assert recognizer.candidates("Seen with Alvarez today.") == []
    text = "Seen with cue217word Alvarez today."
    assert recognizer.candidates(text) == recognizer._compiled
    assert [(r.start, r.end) for r in recognizer.analyze(text, ["PERSON"])] == [(21, 28)]
