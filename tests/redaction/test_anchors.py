"""Skipping a recognizer pattern whose literal anchors are absent (`redaction/recognizers/_anchors.py`) must never
skip a pattern that would have matched: checked on the anchors themselves and, for every anchored pattern of the
built analyzer, on the dev, holdout, seventh and tenth outside corpora (1,400 documents of many writers' formats,
accented and bilingual text included)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from redaction._fold import fold
from redaction.recognizers._anchors import anchors
from redaction.recognizers._base import RegexRecognizer, text_forms

CORPUS = Path(__file__).resolve().parents[2] / "redaction" / "corpus"


def _present(text: str, found: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    lowered, spaced = text_forms(text)
    return any(a in lowered for a in found[0]) or any(a in spaced for a in found[1])


def test_a_cue_alternation_gives_its_words_as_whole_word_anchors() -> None:
    # A word boundary before the cue: looked up after a space in the text's words form (the white space after
    # it too, since round 25).
    assert anchors(re.compile(r"\b(?i:wife|husband)\s+([A-Z][a-z]+)")) == ((), (" husband ", " wife "))
    assert not _present("Patient denies pain except at night.", anchors(re.compile(r"\b(?i:pt)\s+[A-Z]\w+")))
    assert _present("Seen with pt Alvarez today.", anchors(re.compile(r"\b(?i:pt)\s+[A-Z]\w+")))


def test_a_pattern_without_a_required_literal_has_no_anchors() -> None:
    assert anchors(re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")) is None
    assert anchors(re.compile(r"\b[A-Z][a-z]+, [A-Z][a-z]+\b")) == ((", ",), ())  # the comma is required
    assert anchors(re.compile(r"\d{3}-\d{3}-\d{4}")) is None


def test_letters_that_case_insensitive_matching_reads_as_ascii_keep_their_anchor() -> None:
    # the Kelvin sign, long s and dotless i match k, s and i under (?i): the anchor check must see them too
    for text in ("Seen with \u212ai Alvarez.", "the \u017fon Ali was present", "Seen with pt \u0131lker today"):
        for cue in ("ki", "son", "ilker"):
            pattern = re.compile(rf"\b(?i:{cue})\s+[A-Za-z\u0131]\w+")
            if pattern.search(text):
                assert _present(text, anchors(pattern)), (cue, text)
    assert not _present("Caf\u00e9 au lait \u2014 no cue here", anchors(re.compile(r"\b(?i:wife|husband)\s+\w+")))


@pytest.fixture(scope="module")
def texts() -> list[str]:
    docs = []
    for name in ("dev", "holdout", "external_v7", "external_v10", "external_v11"):  # accents, quotes, other languages
        for line in (CORPUS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            docs.append(fold(json.loads(line)["text"]))
    assert sum(not text.isascii() for text in docs) > 100
    return docs


def test_no_skipped_pattern_matches_anywhere_in_the_corpora(analyzer, texts: list[str]) -> None:  # noqa: ANN001
    checked = 0
    for recognizer in analyzer._patterns:
        if not isinstance(recognizer, RegexRecognizer):
            continue
        for pattern, found in recognizer._anchored:
            if found is None:
                continue
            for text in texts:
                if not _present(text, found):
                    checked += 1
                    assert pattern.search(text) is None, (type(recognizer).__name__, pattern.pattern[:80])
    assert checked > 10_000  # the skip is real: most anchored patterns are absent from most documents
