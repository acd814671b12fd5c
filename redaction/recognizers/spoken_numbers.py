"""Identifiers read aloud: digit words, pairs and digit groups in call transcripts, voicemail and captions.

On the phone a number is spoken, and speech recognition writes what it heard: "MRN zero four three zero, six
five nine zero", "accession M R, one six zero, four nine two, two seven two six", "callback twenty-one
nineteen", "six one seven, seven six four, double oh one nine", "zip 6 0 8 8 4". A run of number words
(digits, "oh", teens, tens, "double"/"triple" a digit, single typed digits) joined by spaces, commas or
hyphens is one value, with the spelled letters before it ("C I A, ", "X, E, H, "). A run is an identifier when
it holds five digits or more, or three or more after a word that names a number (MRN, accession, callback,
extension, zip, serial, member ID, ...). A value broken by a correction or a gap ("seven six four eight --
sorry, correction, seven six four seven", "four two two three [inaudible] three one six one") is read on:
each piece of three digits or more next to an identifier is one too. "two to three weeks", "seventy-two year
old" and a spoken year ("twenty eighteen") hold too few digits and no cue, so they stay.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.recognizers._first import guarded
from redaction.recognizers.spoken import _TEEN, _TENS, _UNIT

_DIGIT_WORD = rf"(?:zero|oh|{_UNIT})"
# one spoken token and the digits it stands for: "double oh" 2, "sixty-nine" 2, "fifteen" 2, "oh" 1, "7" 1
_TOKEN = (rf"(?:(?i:(?P<many>(?:double|triple)[ \t-]{_DIGIT_WORD})|(?P<pair>{_TENS}(?:-{_UNIT})?|{_TEEN})"
          rf"|{_DIGIT_WORD})\b|(?<![\w.:/])[0-9](?![\w:/]|[.,]\d))")
_SEP = r"(?:[ \t]*,[ \t]*|[ \t]+(?i:dash)[ \t]+|[ \t]*-[ \t]*|[ \t]+)"
_TOKEN_RE = re.compile(_TOKEN)
_BARE = re.sub(r"\(\?P<\w+>", "(?:", _TOKEN)
_RUN = re.compile(rf"(?<![\w'’-]){_BARE}(?:{_SEP}{_BARE})*")
_RUN = guarded(_RUN)  # searched over whole texts: re skips to where a match can start
# spelled letters before the digits: "M R, ", "X, E, H, ", "C I A, " (capitals only)
_PREFIX = re.compile(r"(?:(?<![\w'’-])[A-Z](?:,[ \t]*|[ \t]+)){1,4}$")
_LABEL_LETTERS = re.compile(r"(?<![\w'’-])M(?:,[ \t]*|[ \t]+)R(?:,[ \t]*|[ \t]+)N(?:,[ \t]*|[ \t]+)(?=(?:[A-Z]"
                            r"(?:,[ \t]*|[ \t]+))*$)")
# a word that names the number after it, then up to four filler words ("the MRN I have is", "serial off the
# card is", "member ID on file is", "MRN as stated: \"")
_CUE = re.compile(
    r"(?i:\b(?:m[ \t]?r[ \t]?n|medical[ \t]record|record[ \t]number|chart[ \t]number|accessions?|acc|call[ \t]?back|"
    r"call|extension|ext|dial|fax(?:[ \t]+it)?|phone|number|cell|mobile|zip|zip[ \t]code|"
    r"postcode|serial|s/n|member[ \t]id|id|policy|account|acct|ssn|social|whole[ \t]thing[ \t]is|contact|pin)\b)"
    r"(?:[ \t]+(?:is|was|number|no|#|on|off|the|card|file|bracelet|wristband|as|stated|i|have|it's|its|at|to|"
    r"back|please|again|reads|says|me|him|her|us|them|rad|radiology))*[ \t]*[:=#]?[ \t]*\"?[ \t]*$")
# between two pieces of one value: a correction, a gap in the recording, "and" in a list of values
_GAP = re.compile(
    r"(?i:[ \t]*(?:\[(?:inaudible|crosstalk|static|unintelligible|garbled)\]|--[ \t]*sorry,?[ \t]*(?:correction,?)?"
    r"|\.\.\.[ \t]*no[ \t]+sorry,?|,?[ \t]*uh,?[ \t]*no,?[ \t]*scratch[ \t]+that,?|,?[ \t]*sorry,?[ \t]*"
    r"(?:correction|i[ \t]+mean),?|,?[ \t]*(?:and|or)|\.\.\.)[ \t]*)")
_EMERGENCY = re.compile(r"(?i:nine|9)[ \t,-]+(?i:one|1)[ \t,-]+(?i:one|1)")  # "call nine one one"
_LINE_BACK = 60  # how far back a cue is looked for


def _digits(run: str) -> int:
    count = 0
    for token in _TOKEN_RE.finditer(run):
        count += 3 if token.group("many") and token.group(0).lower().startswith("triple") else \
            2 if token.group("many") or token.group("pair") else 1
    return count


def spoken_runs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each spoken identifier in ``text``, its spelled letter prefix included."""
    runs = []  # (start, end, digits, cued)
    for match in _RUN.finditer(text):
        start, end = match.span()
        digits = _digits(match.group(0))
        if digits < 3 or _EMERGENCY.fullmatch(match.group(0)):
            continue
        line_start = max(text.rfind("\n", 0, start) + 1, start - _LINE_BACK)
        before = text[line_start:start]
        prefix = _PREFIX.search(before)
        label = _LABEL_LETTERS.search(before) if prefix is not None else None
        if label is not None:  # "M R N M R 8 9 0 ...": only the letters after the spelled label are the value's
            prefix = _PREFIX.search(before, label.end()) if label.end() < len(before) else None
        if prefix is not None:
            letters = re.sub(r"[^A-Z]", "", prefix.group(0))
            if letters in ("MRN", "ID") or letters in ("A", "I") and not _CUE.search(before[:prefix.start()]):
                prefix = None  # "M R N" is the label; a lone "A"/"I" is a word unless a cue stands before it
        if prefix is not None:
            cued = _CUE.search(before[:prefix.start()]) is not None or len(letters) >= 2
            start = line_start + prefix.start()
        else:
            cued = _CUE.search(before) is not None
        runs.append((start, end, digits, cued))
    found: list[tuple[int, int]] = []
    group: list[tuple[int, int, int, bool]] = []
    for run in runs + [(len(text) + 1, 0, 0, False)]:
        if group and not (run[0] <= len(text) and _GAP.fullmatch(text, group[-1][1], run[0])):
            if any(digits >= 5 or cued for _, _, digits, cued in group):
                found.extend((start, end) for start, end, _, _ in group)
            group = []
        group.append(run)
    return found


class SpokenNumberRecognizer(EntityRecognizer):
    """MRN (type of any spoken identifier; the cue word says what it is, the span is what matters)."""

    ENTITY = "MRN"
    SCORE = 0.85

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__)

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        return [RecognizerResult(self.ENTITY, start, end, self.SCORE) for start, end in spoken_runs(text)]
