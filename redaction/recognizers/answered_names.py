"""Names said in lower case where auto-captions leave them (round 42, tuner B).

Captions write speech with no capitals, so the shape of a name is gone; its place in the talk is left:

* the answer to "can you confirm your name and date of birth" is the name, then the date: "sunita washington
  january seventh nineteen fifty-three", "ama oyelaran eleven twenty-two nineteen seventy-eight";
* a relative named before a verb: "my sister mei-ling hill is here too";
* a speaker joining with a greeting that ends the turn: "hi yes its mei-ling".
"""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer, SpanRecognizer
from redaction.recognizers._first import guarded

_W = r"[a-zà-öø-ÿ](?:[a-zà-öø-ÿ'’-]*[a-zà-öø-ÿ])?"
_STOP = frozenset(
    "um uh er ah yes yeah yep sure okay ok so well hi hello hey its it's it’s my name is am i and the a an it this "
    "that me us he she they we you him her them here there also just really still too now then not no ready fine "
    "good done on off called said says was were will can has had who which what do does did from at to in with for "
    "by of since until before after".split())
_LINE = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]*\][ \t]*)?[^:\n]{1,40}:[ \t]*(?P<said>[^\n]*)$")
_DATE_WORD = re.compile(r"(?i)(?:\d|(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|first|second|"
                        r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|january|february|march|april|may|june|"
                        r"july|august|september|october|november|december)\b)")
_ASKS_NAME = re.compile(r"(?i)\bname\b[^\n]*\b(?:birth|dob|born)\b|\b(?:birth|dob)\b[^\n]*\bname\b")
_ASKS_NAME = guarded(_ASKS_NAME)  # searched over whole texts: re skips to where a match can start
# the turn before asks for them: a question or a request, not a form's "ID checked (name/DOB/postcode)"
_ASKING = re.compile(r"(?i)\?|\b(?:confirm|say|state|tell|give|spell|what|please|can[ \t]you|could[ \t]you)\b")


class AnsweredNameRecognizer(SpanRecognizer):
    """The words before the date in a turn that answers a request for the name and date of birth."""

    ENTITY = "PERSON"
    SCORE = 0.8

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if not _ASKS_NAME.search(text):
            return []
        spans: list[tuple[int, int]] = []
        previous = ""
        for line in _LINE.finditer(text):
            said, start = line.group("said"), line.start("said")
            if _ASKS_NAME.search(previous) and _ASKING.search(previous):
                words = list(re.finditer(r"\S+", said))
                names = []
                for word in words:
                    if _DATE_WORD.match(word.group()):
                        break
                    names.append(word)
                else:
                    names = []  # no date after the words: not a name-and-date answer
                while names and names[0].group().strip(",.").lower() in _STOP:
                    names.pop(0)
                if names and 1 <= len(names) <= 4 and len(names) < len(words) and all(
                        re.fullmatch(_W, w.group()) and w.group().lower() not in _STOP for w in names):
                    spans.append((start + names[0].start(), start + names[-1].end()))
            previous = said
        return spans


class KinNameRecognizer(RegexRecognizer):
    """A relative's name in lower case before a verb ("my sister mei-ling hill is here"), or a speaker's name
    ending a greeting turn ("hi yes its mei-ling")."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (
        (rf"\bmy[ \t]+(?:mom|mum|mother|dad|father|husband|wife|son|daughter|sister|brother|partner|aunt|uncle|"
         rf"niece|nephew|grandson|granddaughter|grandmother|grandfather|neighbou?r|friend)[ \t]+"
         rf"(?P<phi>{_W}(?:[ \t]{_W}){{1,2}})[ \t]+(?:is|was|will|can|has|says|said)\b"),
        (rf"(?m)\b(?:hi|hello|hey)[ \t,]+(?:yes[ \t,]+)?(?:it['’]?s|this[ \t]is)[ \t]+"
         rf"(?P<phi>{_W}(?:[ \t]{_W})?)[ \t]*$"),
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].lower().split()
        return not any(w in _STOP or w.endswith("ly") for w in words)
