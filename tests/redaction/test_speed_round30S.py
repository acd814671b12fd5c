"""Round 30 (speed, identical output): a guarded pattern's search block names its guard's characters
(``_first.searching``), so ``re`` skips the other positions in C; the anchor scan (``_anchor_index``) too."""

from __future__ import annotations

import re
from re import _compiler, _parser
from re import _constants as c

import pytest

from redaction.recognizers._anchor_index import _Scanner
from redaction.recognizers._first import guarded, searching


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _info(pattern: re.Pattern[str]) -> int:
    """The search block's flags ``re.compile`` gives the pattern's source."""
    return _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)[2]


@pytest.mark.parametrize(("source", "text"), [
    (r"\b(?i:wife|husband)\s+(?P<phi>[A-Z]\w+)", "WIFE Ann, Husband Bob, wİfe Cy; no wife."),
    (r"(?i)\b(?:mrn|id)[: ]+\d+", "MRN: 5, İD 7, ıd 8, Id 9, grid 4"),
    (r"\b(?i:kin|sis)\s+\w+", "\u212ain Al, ſis Bo, KIN Cy, Sis Di"),
    (r"\b(?i:address|addr)\.?", "ADDR. Address addr, readdress"),
    (r"(?<![\d/.-])(?:1[0-2]|0?[1-9])/\d{2}", "seen 3/14 and 12/01, not 1.3/14 or 2/3/45"),
    (r"(?m:^|(?<=\t))[ \t]*(?i:name)[ \t]*:[ \t]*(?P<phi>[A-Z][a-z]+)", "Name: Ana\n\tNAME:\tBo\nrename: Cy"),
])
def test_searching_pattern_finds_exactly_what_the_guarded_source_finds(source: str, text: str) -> None:
    fast = guarded(re.compile(source))
    assert _spans(fast, text) == _spans(re.compile(fast.pattern, fast.flags), text)
    assert _spans(fast, text) == _spans(re.compile(source), text)


def test_guarded_pattern_gets_a_search_set_that_re_gives_no_assertion_first_pattern() -> None:
    fast = guarded(re.compile(r"\b(?i:wife|husband)\s+[A-Z]\w+"))
    assert _info(fast) == 0  # re.compile alone: the matcher is entered at every position
    assert fast.pattern.startswith("(?=[HWhw])")
    assert searching(fast.pattern, fast.flags, "HWhw").findall("my wife Ann, her HUSBAND Bo") == ["wife Ann",
                                                                                                "HUSBAND Bo"]


def test_searching_keeps_re_own_prefix_and_empty_matches() -> None:
    literal = searching("abc", 0, "a")  # re has a literal prefix of its own: left as re builds it
    assert literal.findall("xabcabc") == ["abc", "abc"]
    empty = searching(r"(?=[ab])\b", 0, "ab")  # may match empty: no search set
    assert [m.span() for m in empty.finditer("a b")] == [m.span() for m in re.finditer(r"(?=[ab])\b", "a b")]


def test_searching_keeps_groups_and_flags() -> None:
    fast = searching(r"(?=[Dd])(?:dr\.?\s+(?P<phi>[a-z]+))", re.IGNORECASE, "Dd")
    assert fast.flags & re.IGNORECASE and fast.groupindex == {"phi": 1} and fast.groups == 1
    assert [m.group("phi") for m in fast.finditer("DR. Lee, dr Ng, adr x")] == ["Lee", "Ng", "x"]
    assert c.SRE_INFO_CHARSET  # the block kind the search uses


def test_anchor_scan_finds_every_anchor_at_each_position() -> None:
    scanner = _Scanner({"mr", "mrn", "rn", " dr ", "dr", "n:"})
    assert scanner.find("mrn: 5, dr x") == frozenset({"mr", "mrn", "rn", "n:", " dr ", "dr"})
    assert scanner.find(" dr kim ") == frozenset({" dr ", "dr"})
    assert scanner.find("none here") == frozenset()
