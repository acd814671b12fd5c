"""Round 43, tuner S (speed, no output change): line cues, per-document alternations found without compiling,
first-character guards on whole-text regexes. Each guarded rule still finds its value where its cue is present,
and each shortcut gives exactly the matches of the regex it replaces."""

from __future__ import annotations

import random
import re

import pytest

from redaction._analyzer import _propagate_facilities, _propagate_names
from redaction._spans import Span
from redaction._word_scan import alnum_edges, alternation_spans, caseless_by_lowering, word_edges
from redaction.recognizers._line_cues import LineCued, line_local
from redaction.recognizers.given_names import InvertedGivenNameRecognizer
from redaction.recognizers.log_names import SexAgeNameRecognizer
from redaction.recognizers.names import CredentialNameRecognizer, IdentifiedNameRecognizer
from redaction.recognizers.names_context import InvertedNameRecognizer, NameBeforeIdRecognizer
from tests.redaction.test_detection import check

_FILLER = "\n".join(f"Line {i}: stable appearance, no change in the visualized structures." for i in range(6))


@pytest.mark.parametrize(("text", "phi"), [
    # the credential cue: a name before MD / RN / PhD, on a line of its own among lines without one
    (f"{_FILLER}\nElectronically signed: Wendeline Okafor-Brandt, MD\n{_FILLER}", ["Wendeline Okafor-Brandt"]),
    (f"{_FILLER}\nReviewed with J. Pellucci RN today.\n{_FILLER}", ["J. Pellucci"]),
    # the age / identifier cue of a worklist line
    (f"{_FILLER}\nfor Bexley Quarrington 9yoM stat\n{_FILLER}", ["Bexley Quarrington"]),
    # the parenthesis of identifiers after a full name
    (f"{_FILLER}\nCompared with the study of Orla Fenwright (MRN 55810422).\n{_FILLER}", ["Orla Fenwright"]),
    # "Last, First" before an age, and in a table cell
    (f"{_FILLER}\nThistlewaite, Corvin | 95Y |\n{_FILLER}", ["Thistlewaite, Corvin"]),
    # sex and age after a surname in a list
    (f"{_FILLER}\n2) Schmidt-Hahnel, F/101\n{_FILLER}", ["Schmidt-Hahnel"]),
])
def test_line_cued_rules_still_find_their_value(analyzer, text: str, phi: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi)


@pytest.mark.parametrize("recognizer", [CredentialNameRecognizer, NameBeforeIdRecognizer, IdentifiedNameRecognizer,
                                        InvertedNameRecognizer, InvertedGivenNameRecognizer, SexAgeNameRecognizer])
def test_line_cued_patterns_match_as_the_whole_text_search(recognizer) -> None:  # noqa: ANN001
    """Over texts built from lines that do and do not hold a cue, the cued search gives the plain one's matches."""
    rng = random.Random(43)
    lines = ["Jane Smith, MD", "J. Lee DO", "Seen by Ana de la Cruz RN: x", "Ruiz, Ana | 44Y |", "Kaur, M/96",
             "Pt Paget, Eilidh 4376324", "Lee (F, 72)", "Ewing, Arnold 16yoM", "Omar Shah (brother) called",
             "Winter, Addison L", "no cue on this line", "", "  Fox, Rusty, rm 4E-38", "DOE, JANE 77Y M26099466",
             "plain words, Commas, and Capitals MD", "MD\nRN Smith"]
    instance = recognizer()
    cued = [(plain, step[0]) for plain, step in zip(instance._compiled, instance._plan, strict=True)
            if isinstance(step[0], LineCued)]
    assert cued
    for _ in range(200):
        text = "\n".join(rng.choice(lines) for _ in range(rng.randint(1, 8)))
        for plain, line_cued in cued:
            assert [m.span(0) for m in line_cued.finditer(text)] == [m.span(0) for m in plain.finditer(text)], text


def test_a_cue_that_can_cross_a_line_is_refused() -> None:
    assert line_local(re.compile(r"(?m)[A-Z][a-z]+,[ \t]*\d+[ \t]*$"))
    assert not line_local(re.compile(r"[A-Z][a-z]+\s+MD"))  # \s reads a line break
    assert not line_local(re.compile(r"[A-Z][a-z]+(?=[^,]*MD)"))  # so does a negated class
    assert not line_local(re.compile(r"[A-Z][a-z]+ MD$"))  # a plain "$" would read the end of the window
    with pytest.raises(ValueError):
        LineCued(re.compile(r"[A-Z][a-z]+\s+MD"), r" MD")


def _regex_spans(text: str, words: list[str], ignore_case: bool) -> list[tuple[int, int]]:
    if ignore_case:
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
    else:
        pattern = re.compile(r"(?<![A-Za-z0-9])(" + "|".join(map(re.escape, words)) + r")(?![A-Za-z0-9])")
    return [m.span() for m in pattern.finditer(text)]


def test_word_alternations_match_as_the_compiled_regex() -> None:
    rng = random.Random(7)
    pieces = ["doe", "Doe", "DOE", "jane", "Jane-", "o'neil", "O’Neil", "van", "vander", "-", " ", "_", "4", "é",
              "Ørsted", "ørsted", "GUH", "SBRMC", "sbrmc", ".", "\n", "Doe's", "DOEX"]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        words = sorted({w.lower() for w in rng.sample(pieces[:10] + ["doex", "ørsted", "de"], 3) if w.strip()},
                       key=lambda w: len(re.escape(w)), reverse=True)
        lowered = text.lower()
        if words and caseless_by_lowering(text, lowered):
            assert alternation_spans(text, lowered, words, word_edges) == _regex_spans(text, words, True), text
        forms = sorted({w.upper() for w in words if w.isalpha()}, key=len, reverse=True)
        assert not forms or alternation_spans(text, text, forms, alnum_edges) == _regex_spans(text, forms, False), text


def test_names_and_sites_still_spread_to_their_other_occurrences() -> None:
    text = "Mr. Quillon seen. QUILLON's films; quillon-type; Zoë Quillon. Greywater University Hospital ... GUH."
    site = text.index("Greywater")
    spans = [Span(4, 11, "PERSON", 0.95), Span(site, site + len("Greywater University Hospital"), "FACILITY", 0.9)]
    names = [(s.start, text[s.start:s.end]) for s in _propagate_names(text, spans)]
    assert names == [(4, "Quillon"), (18, "QUILLON"), (53, "Quillon")]  # not "quillon-type": lower case
    assert [text[s.start:s.end] for s in _propagate_facilities(text, spans)] == ["GUH"]
    dotted = "Dr. Kıvanç Quillon ... QUILLON"  # a dotless i: re's own matching is kept
    assert not caseless_by_lowering(dotted, dotted.lower())
