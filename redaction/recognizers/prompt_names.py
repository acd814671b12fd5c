"""Names in requests typed to a drafting assistant, where capitals and field labels are often missing:

- an exam line that names its patient before the date of service: ``CT chest for zoltan reyes date of service ...``;
- a lower-case title before a surname: ``mr hill``, ``dr frost``, ``for mr van der berg``;
- a reader's surname in the possessive before "read": ``Frost's read missed the nodule``.

Surnames here are often everyday words (hill, frost, long) or eponyms (paget), so the layout, not the word, decides.
"""

from __future__ import annotations

import re

from redaction._denylist import abbreviations, clinical_words, is_clinical, not_name_words
from redaction._vocabulary import is_clinical_vocabulary
from redaction.recognizers._base import SpanRecognizer

_PARTICLE = r"(?:van|von|der|den|de|del|della|la|le|da|di|du|st|ter|ten|bin|ibn|al|el|mc|mac|o)"
# words that cannot be a name in these layouts: function words and the words typed around a request
_FUNCTION = frozenset("""a an the and or at its it's is was are be been to of on in for from with by per as about re
this that who which what here there please pls thx thanks i we my me you he she they his her their our your
patient pt not no yes ok okay so all any every each some these those said says say wants want needs need called
asked told thinks thought will would can could did does has had have""".split())


class _SpanRecognizer(SpanRecognizer):
    SCORE = 0.85


def _word_ok(word: str) -> bool:
    """A word that can be part of a name: no function, clinical or report word, no abbreviation."""
    lower = word.lower().strip("'’")
    return (len(lower) >= 2 and lower not in _FUNCTION and lower not in clinical_words()
            and lower not in not_name_words() and lower not in abbreviations()
            and not is_clinical_vocabulary(lower))


# "<exam> for <name> date of service": the name is the run of two or three words between "for" and the date label
_EXAM_FOR = re.compile(r"\bfor[ \t]+(?P<name>[A-Za-z][A-Za-z'’-]+(?:[ \t]+[A-Za-z][A-Za-z'’-]+){1,2})[ \t]*,?[ \t]+"
                       r"(?:date[ \t]+of[ \t]+service|(?-i:DOS|dos)\b|date[ \t]+of[ \t]+birth|(?-i:DOB|dob)\b)",
                       re.IGNORECASE)


class ExamForNameRecognizer(_SpanRecognizer):
    """``MRI knee for linus rivers date of service April 4``: the patient named between "for" and the date of
    service (or birth) label, in whatever case it was typed. Every word must be able to be a name."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        lowered = text.lower()
        if "for" not in lowered or ("date of" not in lowered and "dos" not in lowered and "dob" not in lowered):
            return []
        spans = []
        for match in _EXAM_FOR.finditer(text):
            words = match.group("name").split()
            if all(_word_ok(w) for w in words):
                spans.append(match.span("name"))
        return spans


# a lower-case title, then a surname (with its particles) typed in lower case: "mr hill", "dr van der berg" (never
# "MR", the modality, nor a title glued to a number: "E3788MR belonging")
_LOWER_TITLE = re.compile(rf"(?<![A-Za-z0-9])(?P<title>[mM]rs?|[mM]s|[dD]r)\.?[ \t]+"
                          rf"(?P<name>(?:{_PARTICLE}[ \t]+){{0,2}}[a-z][a-z'’-]+)(?![A-Za-z0-9])")
# "mr" is also the modality and "ms" the disease: body parts that are also surnames ("mr knee", "mr heart"), and
# the words an exam name goes on with ("mr hip without contrast"), are not people
_BODY = frozenset("knee foot feet hand hands heart arm arms hip hips toe toes finger fingers thumb heel leg legs "
                  "elbow wrist ankle shoulder thigh calf brain breast face jaw lung lungs kidney kidneys bowel".split())
_EXAM_GOES_ON = re.compile(r"[ \t]+(?:with|without|w/o?|wo|contrast|protocol|study|exam|scan|arthrogram|angiogram|"
                           r"enterography|venogram|images?|sequences?|left|right|bilateral|bilat)\b", re.IGNORECASE)


class LowerTitleSurnameRecognizer(_SpanRecognizer):
    """``called dr frost``, ``mr van der berg``: a surname typed in lower case after a title. The word must be no
    function, clinical or report word, nor an eponym before its noun ("mr knee", "dr note", "mr paget disease")."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        lowered = text.lower()
        if "mr" not in lowered and "ms" not in lowered and "dr" not in lowered:
            return []
        spans = []
        for match in _LOWER_TITLE.finditer(text):
            name = match.group("name")
            last = name.split()[-1].strip("'’")
            if not _word_ok(last):
                continue
            after = text[match.end("name"):match.end("name") + 40]
            if match.group("title").lower() in ("mr", "ms") and (last in _BODY or _EXAM_GOES_ON.match(after)):
                continue
            if is_clinical(name, after):
                continue  # "mr paget disease" is an exam, not a person
            spans.append(match.span("name"))
        return spans


# "Frost's read missed ...", "Long's's read": a reader's surname in the possessive before the read it made
_READ_BY = re.compile(r"(?<![\w'’])(?P<name>[A-Z][a-z][a-z'’-]*?)(?:['’]s){1,2}[ \t]+(?:prelim(?:inary)?[ \t]+)?"
                      r"(?:read|over-?read|prelim|interpretation)\b")


class ReaderPossessiveRecognizer(_SpanRecognizer):
    """A reader named by the read they made: ``Frost's read missed the hilum``. Roles and report words
    ("the Fellow's read", "Today's read") are not names."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if "read" not in text and "prelim" not in text and "interpretation" not in text:
            return []
        spans = []
        for match in _READ_BY.finditer(text):
            name = match.group("name")
            if not _word_ok(name):
                continue
            spans.append(match.span("name"))
        return spans
