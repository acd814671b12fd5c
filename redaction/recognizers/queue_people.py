"""People that queue chats, equipment logs and committee minutes name by their slot in the line:

- a chat handle after the bracketed time, written ``surname_given``: ``[7:17 PM] chen_harold: new pt ...``;
- a patient on a queue line by initials and surname, or one word, before the age: ``- AF Kowalczyk, 95-year-old``;
- two initials and a surname after a person label, or before a credential or a record number in brackets:
  ``Patient: IT Hill``, ``Chair: LC Lovejoy (RN)``, ``pt SH Nguyen (E9051217)``, ``reader: DR Smith, MD``
  (the initials may spell an abbreviation: the slot decides);
- who acted in an equipment log entry, in any case: ``- tube arc; TERRENCE rebooted``,
  ``; mateo van der berg moved pts to backup``, ``; TD Lovejoy called vendor``;
- the field engineer before a phone number: ``FSE dolores haddad +1 207 555 0104``;
- a lower-case login that did a step, before its date: ``IMPORTED by marisol 5JUL24``;
- a requester before their e-mail address: ``Requested by: clarence booker / cb@example.com``;
- a technologist's name in lower case before the credential: ``Tech: marisol lovejoy RT(R)``;
- an action item's owner in minutes: ``Action: June to revise IV policy.``
"""

from __future__ import annotations

import re

from redaction._denylist import abbreviations, clinical_words
from redaction._vocabulary import is_common_word
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.given_names import _given_word, _surname_word
from redaction.recognizers.names import CREDENTIALS

_PARTICLE = r"(?:van[ \t]der|van[ \t]den|de[ \t]la|van|von|de|del|da|di|du|le|la|ben|bin|al|el)"
# a surname: "Hill", "O'Neill", "Oyelaran-Smith", "van der Berg", "ben Ami"
_SURNAME = rf"(?:{_PARTICLE}[ \t])?[A-Z](?:['’][A-Z])?[a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"
_INITIALS_SURNAME = rf"[A-Z]{{2}}[ \t]{_SURNAME}"
_LOWER_NAME = r"[a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+){0,3}"
_CAPS_WORD = r"[A-Z](?:['’][A-Z])?[A-Z]+(?:-[A-Z]+)?"
_CAP_NAME = r"[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+)?"
_INVERTED = r"[A-Z][A-Za-z'’-]+,[ \t][A-Z][A-Za-z'’-]+"
# a name in an entry, whatever its case: "TD Lovejoy", "Booker, Haruto", "O'NEILL", "Joy", "hope haddad"
_ANY_NAME = rf"(?:{_INITIALS_SURNAME}|{_INVERTED}|{_CAPS_WORD}(?:[ \t]{_CAPS_WORD})?|{_CAP_NAME}|{_LOWER_NAME})"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d"
_DATE_AHEAD = rf"(?=\d{{1,4}}[-/.]\d{{1,2}}\b|\d{{1,2}}[A-Z]{{3}}\d{{2}}\b|\d{{8}}\b|{_MONTH})"
_AGE_AFTER = r"\d{1,3}(?:[ \t-]?(?:years?|yrs?)[ \t-]old|[ \t]?(?:yo|y/o|y\.o\.)\b|[ \t]?[MF]\b)"
_ELIDED = re.compile(r"[A-Z]['’][A-Za-z]{2,}")
# who or what is no person in these slots: roles, equipment, services
_ROLES = frozenset("tech techs technologist technologists radiologist resident fellow nurse rn charge supervisor "
                   "manager lead staff team vendor fse engineer service biomed physicist it pacs ris admin operator "
                   "user system "
                   "scanner console gantry host server workstation desk helpdesk security facilities ops everyone "
                   "someone nobody all pt pts patient patients department dept unit room night day evening shift "
                   "dr md on call oncall reader front".split())
# months that are given names: "JUNE rebooted" is someone
_NAME_MONTHS = frozenset("april may june august".split())


def _surname_ok(word: str) -> bool:
    """A surname word; an "O'Neill" or a "D'SOUZA" whatever the word lists say of its parts."""
    return bool(_ELIDED.fullmatch(word)) or _surname_word(word)


def _person_words(words: list[str]) -> bool:
    """No word a role or a clinical word; a lower-case or single word is no everyday word unless a given name."""
    lowered = [w.strip(".,").lower() for w in words]
    if not lowered or any(w in _ROLES or w in clinical_words() or w in abbreviations() for w in lowered):
        return False
    if len(words) == 1 and (not words[0].islower() or "_" in words[0]):
        word = lowered[0]
        return word in _NAME_MONTHS or not is_common_word(word) or _given_word(word) or (
            not words[0].islower() and _surname_ok(words[0]))
    return any(not is_common_word(w) or _given_word(w) for w in lowered)


class QueueHandleRecognizer(RegexRecognizer):
    """A chat handle ``surname_given`` (or ``surname.given``) speaking after a bracketed time."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (r"(?m)^[ \t]*\[[^\]\n]{0,20}\d[^\]\n]{0,20}\][ \t]*"
                r"(?P<phi>[a-z][a-z'’-]+[_.][a-z][a-z'’-]+)[ \t]*:(?![\d/])",)

    def keep(self, text: str, start: int, end: int) -> bool:
        parts = re.split(r"[_.]", text[start:end])
        return (not all(p in _ROLES or p in abbreviations() for p in parts)
                and any(not is_common_word(p) or _given_word(p) for p in parts))


class EntryPersonRecognizer(RegexRecognizer):
    """A person in a log entry, an engineer, a login, a requester, a technologist, an action owner."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (
        # an equipment log entry: "<when> - <event>; <who> paged FSE"
        rf"(?m);[ \t]+(?P<phi>{_ANY_NAME})[ \t]+(?:called|paged|rebooted|restarted|moved|reset|notified|escalated|"
        r"contacted|cleared|power-cycled|swapped|replaced|logged|reloaded|recalibrated)\b",
        # the field engineer before a phone number
        rf"\b(?:FSE|(?i:field[ \t]+(?:service[ \t]+)?engineer))[ \t]*:?[ \t]+(?P<phi>{_ANY_NAME})[ \t]+(?=[+(]?\d)",
        # a lower-case login that did a step, before its date: "fixed by xiaoming November 18, 2023"
        rf"\b(?:[A-Za-z]{{2,}}(?i:ed)|(?i:reprocess)|CD|review|import|export)[ \t]+by[ \t]+"
        rf"(?P<phi>[a-z][a-z'’-]{{1,15}}(?:[ \t][a-z][a-z'’-]{{1,15}})?)[ \t]+{_DATE_AHEAD}",
        # a requester before their e-mail address
        rf"\b(?i:requested|submitted|sent|ordered|entered|uploaded)[ \t]+by[ \t]*:?[ \t]*(?P<phi>{_ANY_NAME})"
        r"[ \t]*/[ \t]*[\w.+-]+@",
        # a technologist written in lower case before the credential
        rf"\b(?i:tech|technologist|radiographer|sonographer|nurse)[ \t]*:[ \t]*(?P<phi>{_LOWER_NAME})"
        rf"(?=[ \t]+,?[ \t]*(?:{CREDENTIALS})(?![A-Za-z]))",
        # an action item's owner: "Action: June to revise IV policy."
        rf"\bAction[ \t]*:[ \t]*(?P<phi>{_CAP_NAME})[ \t]+to[ \t]+[a-z]{{3,}}",
        # a queue line's patient before the age: "new pt on the table - AF Kowalczyk, 95-year-old"
        rf"(?:^|[-–:][ \t])[ \t]*(?P<phi>{_INITIALS_SURNAME}|[A-Z][a-z'’-]+),[ \t]*{_AGE_AFTER}",
    )
    FLAGS = re.MULTILINE

    def keep(self, text: str, start: int, end: int) -> bool:
        value = text[start:end]
        if re.fullmatch(_INITIALS_SURNAME, value):
            return _surname_ok(value.split()[-1])
        return _person_words(re.split(r"[ \t,]+", value.strip(",")))


class InitialsSurnameRecognizer(RegexRecognizer):
    """Two initials and a surname where the slot names a person: after a person label, or before a credential or
    a record number in brackets. The initials may spell an abbreviation ("IT Hill", "DR Smith")."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (
        r"\b(?i:patient|pt|name|worker[ \t]+name|employee|chair|chairperson|co-chair|reader|reviewer|requester|"
        rf"requested[ \t]+by|signed[ \t]+by|consenter|witness)[ \t]*:?[ \t]+(?P<phi>{_INITIALS_SURNAME})"
        r"(?=[ \t]*(?:$|[,(/;]|[ \t]{2}|\t))",
        rf"(?<![\w'’-])(?P<phi>{_INITIALS_SURNAME})(?:[ \t]*\((?:{CREDENTIALS}|[A-Z]{{0,3}}[-]?\d[\d-]{{4,12}})\)"
        rf"|,[ \t]*(?:{CREDENTIALS})(?![A-Za-z]))",
    )
    FLAGS = re.MULTILINE

    def keep(self, text: str, start: int, end: int) -> bool:
        return _surname_ok(text[start:end].split()[-1])
