"""The one-pass anchor index (``_anchor_index``) skips exactly the patterns the per-anchor substring search did."""

from __future__ import annotations

import pytest

from redaction import build_analyzer
from redaction.recognizers._anchor_index import _Scanner
from redaction.recognizers._base import RegexRecognizer, text_forms

TEXTS = [
    "Pt seen by Dr. Quillon on 03/14/2025. Wife Marisol called back at 555-0142; MRN 88421907.",
    "PATIENT NAME: TREVANNE, OSKAR J\tDOB: 1961-07-02\nexcept the ptosis, no change.",
    "family=Brightwater;given=Lio;dob=19700101 | to:Haskel | ok? -Mina | ACK",
    "",
    "Résumé of İstanbul visit: Kelvin \u212a scale, long \u017f, naïve reader; grandma Odalys age 93.",
]


@pytest.fixture(scope="module")
def regex_recognizers() -> list[RegexRecognizer]:
    return [r for r in build_analyzer()._patterns if isinstance(r, RegexRecognizer)]


@pytest.mark.parametrize("text", TEXTS)
def test_candidates_match_substring_search(regex_recognizers: list[RegexRecognizer], text: str) -> None:
    lowered, spaced = text_forms(text)
    for recognizer in regex_recognizers:
        expected = [p for p, found in recognizer._anchored
                    if found is None or any(a in lowered for a in found[0]) or any(a in spaced for a in found[1])]
        assert RegexRecognizer.candidates(recognizer, text) == expected, type(recognizer).__name__


def test_scanner_finds_overlapping_and_nested_anchors() -> None:
    scanner = _Scanner({"pt", "pt name", "name", "am", "ptn", "xyz"})
    assert scanner.find("the pt name here") == {"pt", "pt name", "name", "am"}
    assert scanner.find("nothing") == frozenset()
    assert _Scanner(set()).find("pt") == frozenset()
