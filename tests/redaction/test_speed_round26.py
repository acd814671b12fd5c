"""Round 26 (speed, identical output): case-insensitive first-character guards spelt out in both cases
(``_first``), and each recognizer's anchor check read from the text's live anchor-set keys (``_anchor_index``)."""

from __future__ import annotations

import re

import pytest

from redaction.recognizers._anchor_index import register_anchors
from redaction.recognizers._base import RegexRecognizer, live_keys
from redaction.recognizers._first import guarded


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("source", "guard"), [
    (r"\b(?i:wife|husband)\s+[A-Z]", "(?=[HWhw])"),                  # spelt out: no case-insensitive test
    (r"(?i)\b(?:mrn|id)[: ]+\d+", "(?-i:(?=[IMimİı]))"),             # the non-ASCII letters that fold to i
    (r"\b(?i:ks|s\d)", "(?=[KSks\u017f\u212a])"),                  # long s and the Kelvin sign
    (r"\b(?i:address|addr)\.?", "(?i:(?=[a]))"),                     # one letter: one case-insensitive test
    (r"\bsig\b", "(?=[s])"),                                          # case-sensitive stays so
    (r"\b(?i:[à-ö]x|ab)", "(?i:(?=[Aaà-ö]))"),                       # a non-ASCII range keeps ignoring case
])
def test_case_insensitive_guards_are_spelt_out(source: str, guard: str) -> None:
    assert guarded(re.compile(source)).pattern.startswith(guard)


@pytest.mark.parametrize(("source", "text"), [
    (r"\b(?i:wife|husband)\s+(?P<phi>[A-Z]\w+)", "WIFE Ann, Husband Bob, wİfe Cy"),
    (r"(?i)\b(?:mrn|id)[: ]+\d+", "MRN: 5, İD 7, ıd 8, Id 9"),
    (r"\b(?i:kin|sis)\s+\w+", "\u212ain Al, ſis Bo, KIN Cy, Sis Di"),
    (r"\b(?i:address|addr)\.?", "ADDR. Address addr"),
    (r"\b(?i:[à-ö]x|ab)", "Àx ÀX àx AB"),
])
def test_spelt_guards_find_exactly_what_the_pattern_finds(source: str, text: str) -> None:
    pattern = re.compile(source)
    assert _spans(guarded(pattern), text) == _spans(pattern, text)
    assert _spans(pattern, text)


def test_the_folds_are_the_only_non_ascii_letters_matching_an_ascii_one() -> None:
    ascii_letter = re.compile(r"(?i)[a-z]")
    assert {hex(code) for code in range(0x80, 0x110000) if ascii_letter.fullmatch(chr(code))} == {
        "0x130", "0x131", "0x17f", "0x212a"}


def test_anchor_sets_get_one_key_each() -> None:
    first = (frozenset({"zq round26 a"}), frozenset({" zq26b "}))
    keys = register_anchors([first, None, (frozenset({"zq round26 a"}), frozenset({" zq26b "}))])
    assert keys[0] is not None and keys[1] is None and keys[2] == keys[0]


class _Probe(RegexRecognizer):
    ENTITY = "PERSON"
    PATTERNS = (r"\bzqprobe(?:26|27)\s+(?P<phi>[A-Z]\w+)", r"\b[A-Z]\w+ zqother26\b", r"\d+")


def test_live_keys_select_the_patterns_whose_anchors_the_text_holds() -> None:
    probe = _Probe()
    assert probe.candidates("Nothing here 5") == [probe._compiled[2]]  # unanchored: always a candidate
    text = "seen zqprobe27 Ann and Bob zqother26."
    assert probe.candidates(text) == probe._compiled
    keyed = {key for _, key in probe._keyed if key is not None}
    assert keyed <= live_keys(text)
    assert {text[r.start:r.end] for r in probe.analyze(text, ["PERSON"])} == {"Ann", "Bob zqother26", "26", "27"}
