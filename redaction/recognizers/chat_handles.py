"""People in an exported secure-messaging conversation and in an informal e-mail thread, written in lower case
or as bare initials:

- the speaker's handle opening each turn of a chat export, in the three shapes exports write it:
  ``ada.quill @ 5:57 PM | ...``, ``1:16 PM <ada.quill> ...``, ``[18:56] aquill: ...``. A ``first.last`` handle
  gives each part; a one-word handle (``aquill``: initial and surname) is masked whole. The position is the cue,
  so a handle that spells a word ("chill") is still a person; a role ("system", "bot") is not;
- a patient named in lower case in a bed request: ``pt ada quill in bay 7``;
- a person asked about by age: ``is ada over 89?``, and the age the record gives back, when the line asks about
  age: ``... over 89? chart says 95`` (AGE_OVER_89, 90 and over only);
- the colleague greeted in lower case at the start of an informal e-mail: ``ada, quick one.``, ``hey ada - ...``;
- initials alone on their line signing an e-mail body off before the next quoted message or the end:
  ``\\n\\nAQB\\n\\nFrom: ...``.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction._denylist import clinical_words, is_clinical, not_name_words
from redaction._vocabulary import is_common_word, is_known_word
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.given_names import given_names
from redaction.recognizers.log_names import _NOT_INITIALS

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_HANDLE = r"[a-z][a-z'-]{1,30}(?:[._][a-z][a-z'-]{0,30})?"
# a turn's speaker, in each export's shape
_TURNS = (
    re.compile(rf"(?m)^(?P<h>{_HANDLE})[ \t]+@[ \t]+{_TIME}[ \t]*\|"),
    re.compile(rf"(?m)^\[?{_TIME}\]?[ \t]+<(?P<h>{_HANDLE})>"),
    re.compile(rf"(?m)^\[{_TIME}\][ \t]+(?P<h>{_HANDLE}):"),
)
# speakers that are no person
_ROLES = frozenset("""system sys admin administrator bot server root daemon cron job task reminder notice notify
notification page pager event msg message log info warn warning error debug status update alert auto automated
user guest unknown anonymous anon me you all everyone here team group desk frontdesk nurse nursing md dr rn tech
reading room radiology rad pharmacy lab triage scheduler scheduling note notes bulletin broadcast noreply
no-reply support helpdesk service queue dispatch operator""".split())


def _speaker_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for pattern in _TURNS:
        turns = list(pattern.finditer(text))
        if len(turns) < 2:
            continue  # one line of this shape is no conversation
        for turn in turns:
            start, end = turn.span("h")
            handle = text[start:end]
            parts = re.split(r"[._]", handle)
            if handle in _ROLES or any(p in _ROLES or p in clinical_words() for p in parts):
                continue
            if len(parts) == 1:
                if len(handle) >= 3:
                    spans.append((start, end))
                continue
            offset = start
            for part in parts:
                if len(part) >= 2:
                    spans.append((offset, offset + len(part)))
                offset += len(part) + 1
    return spans


class ChatSpeakerHandleRecognizer(EntityRecognizer):
    """The lower-case handle opening each turn of a chat export (two turns of one shape at least)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="ChatSpeakerHandleRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        if "\n" not in text or (" @ " not in text and "<" not in text and "[" not in text):
            return []
        return [RecognizerResult("PERSON", s, e, 0.85) for s, e in _speaker_spans(text)]


def _not_all_vocabulary(words: list[str]) -> bool:
    return not all(is_common_word(w) or is_clinical(w, "") or w in not_name_words() for w in words)


class BedRequestNameRecognizer(RegexRecognizer):
    """``pt ada quill in bay 7``: a patient named in lower case before the bay, room or bed they are in."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (r"\b(?:pt|patient)[ \t]+(?P<phi>[a-z][a-z'-]+(?:[ \t][a-z][a-z'-]+)?)[ \t]+"
                r"(?=in[ \t]+(?:bay|room|rm|bed|cubicle|cube|pod|stall|slot)[ \t]*\d)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return _not_all_vocabulary(text[start:end].split())


_AGE = r"(?:9\d|1[0-2]\d)"
# what else an age question is asked of: a pronoun, a pointer, a vital sign
_NOT_ASKED = frozenset("she he they it this that there she's he's the pt patient mom dad bp sbp dbp hr rr "
                       "temp sat sats map pulse score".split())


class AgeQuestionNameRecognizer(RegexRecognizer):
    """``is ada over 89?``: the person a question about age is asked of."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (r"\bis[ \t]+(?P<phi>[a-z][a-z'-]{2,}(?:[ \t][a-z][a-z'-]{2,})?)[ \t]+"
                r"(?=(?:over|under|older[ \t]+than|past|above)[ \t]+(?:8\d|9\d)\b)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].split()
        if any(w in _NOT_ASKED or w in clinical_words() or w in not_name_words() for w in words):
            return False
        # the age asked about is the cue: a known given name counts even where it is also a word ("Ezekiel")
        return any(w in given_names() for w in words) or _not_all_vocabulary(words)


_AGE_TALK = re.compile(r"(?i)\b(?:over|under|older[ \t]+than|past|above)[ \t]+(?:8\d|9\d)\b|\bage\b|\baged\b|"
                       r"\bhow[ \t]+old\b|\byears?[ \t]+old\b")


class RecordSaysAgeRecognizer(RegexRecognizer):
    """``over 89? chart says 95``: the age the record gives back, on a line that asks about age."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.85
    PATTERNS = (r"\b(?i:chart|record|ehr|emr|registration|facesheet|face[ \t]+sheet|epic|file)[ \t]+"
                r"(?i:says|shows|lists|has|reads|states)[ \t]+(?:(?i:she|he|they|pt|patient)(?:'s|[ \t]+is)?[ \t]+)?"
                rf"(?P<phi>{_AGE})(?!\d|[.,]\d|%|[/:-])"
                r"(?![ \t]*(?i:mm|cm|kg|lbs?|%|percent|bpm|mg|ml|hu|degrees?)\b)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        return bool(_AGE_TALK.search(text[line_start:line_end if line_end >= 0 else len(text)]))


# chat shorthand that opens a paragraph before a comma without being anyone
_NOT_GREETED = frozenset("btw fyi imo imho pls plz thx ty tx np lol fwiw tldr ugh hmm hm ah oh um uh sry ps re "
                         "hiya yo ok okay yep yup nope sure hey hi hello morning evening".split())


class LowercaseGreetingNameRecognizer(RegexRecognizer):
    """``ada, quick one.``, ``hey ada - would value your eyes``: the colleague a paragraph of an informal e-mail
    opens on, in lower case (a known given name or a word no vocabulary knows)."""

    ENTITY = "PERSON"
    SCORE = 0.8
    FLAGS = re.MULTILINE
    PATTERNS = (r"(?:\n[ \t]*\n|\A)(?:(?:hey|hi|hello|morning|dear)[ \t]+)?(?P<phi>[a-z][a-z'-]{2,})"
                r"(?:,|[ \t]+[-–—])[ \t]+\S",)

    def keep(self, text: str, start: int, end: int) -> bool:
        word = text[start:end]
        if word in _NOT_GREETED or word in clinical_words() or word in not_name_words():
            return False
        if word in given_names():
            return not is_common_word(word)
        return not is_known_word(word)



class EmailSignOffInitialsRecognizer(RegexRecognizer):
    """``\\n\\nAQB\\n\\nFrom: ...``: initials alone on their line, a paragraph of their own, before the next quoted
    message's header or the end of the text."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (r"\n[ \t]*\n(?P<phi>[A-Z]{2,3}|[A-Z]{2}[a-z])[ \t]*"
                r"(?=(?:\n[ \t]*)*(?:\Z|(?:From|De|Von|-{2,}[ \t]*Original)[ :]))",)

    def keep(self, text: str, start: int, end: int) -> bool:
        value = text[start:end]
        return value.upper() not in _NOT_INITIALS and value.upper() not in {"OK", "NA", "TBD", "FYI", "ASAP",
                                                                              "THX", "TY", "PS", "END", "CC"}
