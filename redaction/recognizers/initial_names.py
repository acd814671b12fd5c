"""Names shortened to a surname initial or quoted as a record shows them:

- a given name and the initial of the surname, ending a clause: ``used by 4 techs incl. Hamish W.;``;
- an inverted name with its middle initial inside quotes or backticks: ```Doe, Jane Q.```, ``"Roe, Ann"``.
"""

from __future__ import annotations

import re

from redaction._denylist import abbreviations, clinical_words, is_clinical, not_name_words
from redaction._vocabulary import is_clinical_vocabulary, is_eponym
from redaction.recognizers._base import SpanRecognizer


class _SpanRecognizer(SpanRecognizer):
    SCORE = 0.85


def _name_word(word: str) -> bool:
    lower = word.lower().strip("'’")
    return (len(lower) >= 2 and lower not in clinical_words() and lower not in not_name_words()
            and lower not in abbreviations() and not is_clinical_vocabulary(lower))


# "Hamish W.;" - a capitalised word (never the end of a hyphenated class: "Child-Pugh B."), one capital and a
# full stop, then a clause break (not a new sentence, where "Grade B. The ..." could be a grade): the separator,
# a bracket or quote, or "and"/"or" before the next name
_GIVEN_INITIAL = re.compile(r"(?<![\w.'’-])(?P<given>[A-Z][a-z]+)[ ](?P<initial>[A-Z]\.)"
                            r"(?=[ \t]*(?:[;,:)\]`'\"”’]|$)|[ \t]+(?:and|or|&)[ \t])", re.MULTILINE)


class GivenInitialRecognizer(_SpanRecognizer):
    """``incl. Juniper H.;``: a given name with its surname cut to an initial, closing a clause or a list item.
    The word must be no clinical or report word, nor an eponym ("Kerley B.,", "Hepatitis B.;", "Grade A.")."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if ". " not in text and not re.search(r"[A-Z]\.[;,:)\]`'\"]", text):
            return []
        spans = []
        for match in _GIVEN_INITIAL.finditer(text):
            given = match.group("given")
            if not _name_word(given) or is_eponym(given):
                continue
            if is_clinical(given, text[match.end("given"):match.end("given") + 40]):
                continue
            spans.append(match.span())
        return spans


# `Doe, Jane Q.` / "Doe, Jane": an inverted name that is the whole of a quoted or backticked value
_QUOTED_INVERTED = re.compile(r"(?P<open>[`\"“'])(?P<name>[A-Z][A-Za-z'’-]+(?:[ ][A-Z][A-Za-z'’-]+)?,[ ]?"
                              r"[A-Z][a-z][A-Za-z'’-]*(?:[ ][A-Z]\.?)?)(?P<close>[`\"”'])")
_CLOSERS = {"`": "`", '"': '"', "“": "”", "'": "'"}


class QuotedInvertedNameRecognizer(_SpanRecognizer):
    """A ``Last, First M.`` name quoted whole as a value (a record's name field in a runbook or a ticket)."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if "," not in text:
            return []
        spans = []
        for match in _QUOTED_INVERTED.finditer(text):
            if _CLOSERS[match.group("open")] != match.group("close"):
                continue
            name = match.group("name")
            words = [w for w in re.findall(r"[A-Za-z'’-]+", name) if len(w) > 1]
            if all(_name_word(w) and not is_eponym(w) for w in words):
                spans.append(match.span("name"))
        return spans
