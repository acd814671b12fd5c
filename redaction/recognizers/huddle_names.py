"""People in a terse start-of-shift huddle note, written in lower case with their particles
(``le blanc``, ``greta von holtz``, ``st. clair``, ``sterling de la cruz``):

- the patient a room bullet is about, before the age: ``rm 6: le blanc (aged 88) ...``;
- the patient a bullet opens on, before the age: ``- constance sparks (Age: 104Y), bed-bound ...``;
- who is out and who covers on a staffing line: ``staffing: ada quill out, noor lane covering 07:00-19:00``;
- who is called out and who stays on a callouts line: ``callouts: ada quill; noor lane stays till 19:00``;
- the lead or charge tech heading the note: ``lead: ada quill``, ``charge tech ada quill``;
- the patient whose study a doctor wants changed: ``dr quill wants ... added on ada lane's study``.

The slot is the cue, so a surname that is also an eponym or a word (``paget``, ``crohn``, ``lane``) counts;
a slot holding only vocabulary ("the patient", "nobody") does not.
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words, not_name_words
from redaction._vocabulary import is_common_word
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.given_names import given_names, surnames

_WORD = r"[A-Za-z](?:[a-z]|['\u2019-][a-z])+"
_PARTICLE = r"(?:[Vv]an|[Vv]on|[Dd]er|[Dd]en|[Dd]e|[Ll]a|[Ll]e|[Dd]a|[Dd]u|[Dd]el|[Dd]i|[Ss]t\.?|[Tt]er|[Tt]en)"
# one or two name words, each after any particles: "le blanc", "greta von holtz", "beatrix van der berg"
_NAME = rf"(?:{_PARTICLE}[ ]){{0,2}}{_WORD}(?:[ ](?:{_PARTICLE}[ ]){{0,2}}{_WORD})?"
_AGE = (r"\((?:[Aa]ge[: ]|[Aa]ged[ ]|\d{1,3}(?:[ -]?(?:yo|y/o|yr|y\b|years?\b)|-year|-yr|Y\)))")
_TIME = r"\d{1,2}:?\d{2}"
_PARTICLES = frozenset("van von der den de la le da du del di st st. ter ten".split())
# words that fill these slots without naming anyone
_NOT_NAMES = frozenset("""the a an pt patient patients pts this that their his her our all everyone nobody none
someone anyone tech techs team staff lead charge nurse rn dr doctor md float per diem agency traveler
registry unit desk front back day night am pm shift coverage open tbd tba n/a na""".split())


def _namey(word: str) -> bool:
    """A census given name or surname (any part of an ``o'neill``/``ben-david`` shape), or no everyday word."""
    parts = [p for p in re.split(r"['\u2019-]", word) if len(p) > 1] or [word]
    return (word in given_names() or word in surnames() or not is_common_word(word)
            or all(p in given_names() or p in surnames() for p in parts))


def _names_someone(text: str, start: int, end: int) -> bool:
    words = [w.lower() for w in text[start:end].split()]
    content = [w for w in words if w not in _PARTICLES]
    if not content or any(w in _NOT_NAMES or w in clinical_words() or w in not_name_words() for w in content):
        return False
    return any(_namey(w) for w in content)


class HuddleNameRecognizer(RegexRecognizer):
    """The people in the slots of a start-of-shift huddle note (see the module docstring)."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (
        # rm 6: le blanc (aged 88)
        rf"\b(?:[Rr]m|[Rr]oom|[Bb]ay)[ ]?\d{{1,3}}:[ ]+(?P<phi>{_NAME})[ ]+(?={_AGE})",
        # - constance sparks (Age: 104Y), bed-bound
        rf"(?m)^[ \t]*[-*\u2022][ \t]+(?P<phi>{_NAME})[ ]+(?={_AGE})",
        # staffing: ada quill out, noor lane covering 07:00-19:00
        rf"\b(?i:staffing):[ ]+(?P<phi>{_NAME})[ ]+(?=out\b)",
        rf"\b(?i:staffing):[ ]+{_NAME}[ ]+out,[ ]+(?P<phi>{_NAME})[ ]+(?=covering[ ]+{_TIME})",
        # callouts: ada quill; noor lane stays till 19:00
        rf"\b(?i:callouts?|call-outs?):[ ]+(?P<phi>{_NAME})(?=;)",
        rf"\b(?i:callouts?|call-outs?):[ ]+{_NAME};[ ]+(?P<phi>{_NAME})[ ]+(?=stays[ ]+(?:till|until|to)[ ]+{_TIME})",
        # lead: ada quill / charge tech ada quill, at the head of the note
        rf"\b(?:lead:|charge[ ]tech:?)[ ]+(?P<phi>{_NAME})[ \t]*(?=$|\n|[,;]|[ ]-[ ])",
        # dr quill wants ... added on ada lane's study
        rf"\bdr\.?[ ]+(?P<phi>{_NAME})[ ]+(?=wants[ ])",
        rf"\badded[ ]on[ ]+(?P<phi>{_NAME})(?=['\u2019]s[ ](?:study|scan|exam|case|images?|series)\b)",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        return _names_someone(text, start, end)
