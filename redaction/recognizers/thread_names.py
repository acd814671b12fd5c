"""People named by the layout of a messaging thread, a comment thread, a signed form or a kin remark, in any case:

- the sender label opening each line of an exported SMS / group-chat thread, after the time stamp:
  ``17.10.2025 16:47 ada quill: ...``, ``21h58 Ada: ...``, ``09:47 ada (tom's mum): ...`` (two such lines at least),
  and a known given name (no dictionary word) opening the message itself, in lower case: ``... Ada: tom went down``;
- the author of a blog or forum comment, on its own line before the date it was posted:
  ``ada quill - 24th December at 4.41pm``, ``Ada - 22/2/26 at 7.21pm``;
- the name a form or reflective account is signed with before the next field: ``Signed D. Quill   Supervisor:``,
  ``Signed Quill A.``;
- a Filipino given name written with the abbreviated "Maria": ``Ma. Theresa``, ``Ma. Theresa dela Quill``;
- the person whose relative speaks, in a possessive before a kin word: ``(ada's mum)``, ``Tom's dad``.
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words, is_clinical, not_name_words
from redaction._vocabulary import is_common_word, is_known_word
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.given_names import given_names

_WORD = r"[^\W\d_][\w'’-]*"
_CLOCK = r"(?:\d{1,2}[:h]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?)"
_STAMP = rf"(?:\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}},?[ \t]+)?{_CLOCK}"
# sender label: one to three words, an optional bracketed relation, then a colon
_SENDER = re.compile(rf"(?m)^[ \t]*\[?{_STAMP}\]?[ \t]*[-–]?[ \t]*(?P<who>{_WORD}(?:[ \t]{_WORD}){{0,2}})"
                     rf"(?:[ \t]+\([^()\n]{{1,40}}\))?:[ \t]+(?P<msg>[^\n]*)")
# senders that are no person
_ROLES = frozenset("""system admin bot you me group team club coach manager medical physio nurse doctor dr gp
reception office clinic hospital ward unknown everyone all note update reminder alert info""".split())
_PARTICLES = frozenset("de da del dela della di van von der den la le al el bin binti ter te du dos das".split())


def _not_words(words: list[str]) -> bool:
    """No word of ``words`` is a clinical or role word, and one at least is a given name or no everyday word
    (the layout is the cue: "beryl young" is two dictionary words and a person)."""
    lowered = [w.lower().strip("'’") for w in words]
    if any(w in _ROLES or w in clinical_words() or w in not_name_words() or is_clinical(w, "") for w in lowered):
        return False
    names = [w for w in lowered if w not in _PARTICLES]
    return bool(names) and any(w in given_names() or not is_common_word(w) for w in names)


# a message opening on a person: the word after the name says what they did ("tom went down"); an eponym opening a
# finding ("chiari malformation") is followed by none of these
_DID = (r"(?:went|is|was|has|had|fell|got|hurt|says|said|will|can|did|came|took|needs|wants|twisted|rolled|"
        r"landed|collapsed|fainted|injured|hit|left|arrived|called|rang)")
# chat shorthand that opens a message without being anyone
_SLANG = frozenset("""lol omg ffs tmrw tmr tho thx pls plz yep yup nah nope hes shes its ive im dont cant wont
gonna wanna gotta btw fyi idk imo ngl brb asap kk okay sorry soz yeah yes ok cheers ta thanks""".split())


class SmsSenderNameRecognizer(RegexRecognizer):
    """``17.10.2025 16:47 ada quill: ...``: the sender label after each time stamp of a message thread (two
    lines of the shape at least), and a lower-case known given name opening a message."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (r"(?m)^[ \t]*\[?(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+)?\d{1,2}[:h]\d{2}",)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None):  # noqa: ANN001, ANN201
        from presidio_analyzer import RecognizerResult

        if ":" not in text or "\n" not in text:
            return []
        turns = list(_SENDER.finditer(text))
        if len(turns) < 2:
            return []
        results = []
        for turn in turns:
            who = turn.group("who")
            if not _not_words(who.split()):
                continue
            start = turn.start("who")
            results.append(RecognizerResult("PERSON", start, start + len(who), self.SCORE))
            first = re.match(rf"([a-z][a-z'-]{{2,}})\b(?![:'’])(?=[ \t]+{_DID}\b)", turn.group("msg"))
            if first:
                word = first.group(1)
                if (word not in _SLANG and not is_known_word(word) and word not in clinical_words()
                        and word not in not_name_words() and not is_clinical(word, "")):
                    s = turn.start("msg")
                    results.append(RecognizerResult("PERSON", s, s + len(word), 0.8))
        return results


_POSTED = (r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+(?:[ \t]+\d{4})?|[A-Z][a-z]+[ \t]+\d{1,2}(?:st|nd|rd|th)?"
           r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})")


class CommentAuthorNameRecognizer(RegexRecognizer):
    """``ada quill - 24th December at 4.41pm``: a comment's author, alone on the line before its posting time."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (rf"(?m)^[ \t]*(?P<phi>{_WORD}(?:[ \t]{_WORD}){{0,3}})[ \t]+[-–—|][ \t]+{_POSTED},?[ \t]+at[ \t]+"
                r"\d{1,2}[.:]\d{2}[ \t]?(?i:[ap]\.?m\.?)?[ \t]*$",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return _not_words(text[start:end].split())


_CAP = r"(?:[A-Z][\w'’-]*[a-z\u00c0-\u024f\u1e00-\u1eff][\w'’-]*|[A-Z]{2,})"
_INITIAL = r"[A-Z]\."
_PARTICLE_RE = r"(?:de|da|del|dela|della|di|van|von|der|den|la|le|al|el|bin|binti|ter|du|dos|das)"


class SignedFormNameRecognizer(RegexRecognizer):
    """``Signed D. Quill   Supervisor: ...``: the name a form is signed with, ended by a wide gap or the line's end."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (rf"\bSigned:?[ \t]+(?P<phi>(?:{_INITIAL}[ \t]*)?(?:{_PARTICLE_RE}[ \t]+)*{_CAP}"
                rf"(?:[ \t]+(?:{_PARTICLE_RE}[ \t]+)*{_CAP})?(?:[ \t]+{_INITIAL})?)"
                r"(?=[ \t]{2,}|\t|[ \t]*$|[ \t]*\n)",)
    FLAGS = re.MULTILINE

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w for w in re.split(r"[ \t]+", text[start:end]) if not re.fullmatch(_INITIAL, w)]
        if any(re.fullmatch(_INITIAL, w) for w in text[start:end].split()):
            lowered = [w.lower() for w in words]
            return not any(w in clinical_words() or w in not_name_words() or is_clinical(w, "") for w in lowered)
        return _not_words(words)


class AbbreviatedMariaNameRecognizer(RegexRecognizer):
    """``Ma. Theresa``, ``Ma. Theresa dela Quill``: a given name written after "Ma." (Maria), with its surname."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (rf"\b(?P<phi>Ma\.[ \t]+[A-Z][a-z]+"
                rf"(?:[ \t]+(?:{_PARTICLE_RE}[ \t]+(?:los[ \t]+|la[ \t]+)?)?[A-Z][a-z]+)?)",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        words = text[start:end].split()
        if len(words) > 2 and words[-1].lower() in clinical_words() | not_name_words() or (
                len(words) > 2 and is_common_word(words[-1]) and words[-2].lower() not in _PARTICLES):
            return start, start + len(" ".join(words[:2]))
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        word = text[start:end].split()[1].lower()
        return word not in clinical_words() and word not in not_name_words() and not is_clinical(word, "")


_KIN = (r"(?:mum|mom|mam|mother|dad|father|son|daughter|wife|husband|partner|sister|brother|nan|nana|gran|granny|"
        r"grandma|grandmother|grandad|granddad|grandfather|aunt|aunty|auntie|uncle|carer|caregiver|guardian|"
        r"boyfriend|girlfriend|niece|nephew|cousin|fiance|fiancee)")


class KinPossessiveNameRecognizer(RegexRecognizer):
    """``(ada's mum)``, ``Tom's dad``: the person a relative is named by, before the kin word."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (rf"(?<![\w'’-])(?P<phi>[^\W\d_][\w-]+)['’]s[ \t]+(?i:{_KIN})\b",)

    def keep(self, text: str, start: int, end: int) -> bool:
        word = text[start:end]
        lowered = word.lower()
        if lowered in _NOT_KIN_OWNERS or lowered in clinical_words() or lowered in not_name_words():
            return False
        if word[0].isupper():
            mid_sentence = re.search(r"[\w,;(][ \t]*\Z|\(\Z", text[max(0, start - 3):start])
            return bool(mid_sentence) or not is_common_word(lowered)
        return lowered in given_names() or not is_known_word(lowered)


# who or what owns a relative without being a name
_NOT_KIN_OWNERS = frozenset("""patient patients pt pts child childs baby babys boy girl man woman lady someone
somebody anyone everyone nobody one other resident residents client clients student students friend friends
neighbour neighbor today yesterday tomorrow his her my your their our its mum mom dad mother father""".split())


_SURNAME_INITIAL = rf"{_CAP}(?:[ \t]+{_CAP})?[ \t]+[A-Z]\."


class SurnameInitialLineRecognizer(RegexRecognizer):
    """A surname and initial ("Quill A.") ending a line where the layout puts a person: the writer under a
    valediction (``God bless,\nQuill A.``), the person a subject line is about (``Subject: RE: consent - QUILL
    A.``), the staff column after a wide gap in a log row (``... Returned 4.42pm.  Quill A.``)."""

    ENTITY = "PERSON"
    SCORE = 0.85
    FLAGS = re.MULTILINE
    PATTERNS = (
        r"(?i:regards|bless|thanks|wishes|sincerely|faithfully|cheers|best)[ \t]*[,.!]?[ \t]*\n[ \t]*"
        rf"(?P<phi>{_SURNAME_INITIAL})[ \t]*$",
        rf"^Subject:[^\n]*[ \t][-–—][ \t]+(?P<phi>{_SURNAME_INITIAL})[ \t]*$",
        rf"[.!][ \t]*(?:[ \t]{{2}}|\t)[ \t]*(?P<phi>{_SURNAME_INITIAL})[ \t]*$",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w.lower() for w in text[start:end].split()[:-1]]
        return not any(w in clinical_words() or w in not_name_words() or is_clinical(w, "") or w in _ROLES
                       for w in words)
