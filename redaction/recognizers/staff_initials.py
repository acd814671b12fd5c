"""People written as initials, or as a bare given name, where the layout says a person is meant:

- meeting minutes: the chair and the scribe (``Chair: A.B.   Scribe: CDE``), an owner in brackets opening an action
  item (``  [AB] update the on-call grid by 11/10``), an owner opening a sentence with a task (``CD to update ...``)
  and a patient cited by initials before a record number (``ordered for pt XY (MRN ...)``);
- who did a ledger step (``reconciled by A.B. 2/16``);
- a note's patient as initials before age and sex (``3:25pm XY 43yo ♀``);
- a sign-off closing a document: ``AB/CDE``, ``-- XYZ``, ``— Ann``;
- a card's name lines read by OCR (``Name D0E, JANE A``, ``Dep: JOHN ROE``), an emergency contact written
  surname first (``Emergency contact Doe, Ann K (spouse)``) and a list line opening with a name before age and sex
  (``Doe, Ann K - 61F - 2489092``).
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words, not_name_words
from redaction._vocabulary import is_clinical_vocabulary
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.given_names import _given_word
from redaction.recognizers.log_names import _NOT_INITIALS

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
# "KK", "AMA", "EÖ", "N.O.", "S.O.B.", "S."
_INITIALS = rf"(?:[{_UP}]{{2,3}}|(?:[{_UP}]\.){{1,4}})"
_END = r"(?![\w.])"
# words a minutes line or a note writes in capitals that are not anyone's initials
_NOT_STAFF = _NOT_INITIALS | frozenset("TBD TBA NA N/A ALL NONE AND THE FYI ASAP OK NB PS RE CC HR OT PT OR "
                                       "END EOF EOM EOR FIN NIL".split())


def _initials_ok(value: str, dotted_ok: bool = False) -> bool:
    if dotted_ok and "." in value:
        return True  # "Chair: M.D.", "[P.A.] update ...": the field, not the letters, decides
    return value.replace(".", "") not in _NOT_STAFF and value.rstrip(".") not in _NOT_STAFF


class _InitialsRecognizer(RegexRecognizer):
    ENTITY = "PERSON"
    SCORE = 0.85
    FLAGS = re.MULTILINE
    DOTTED_OK = False

    def keep(self, text: str, start: int, end: int) -> bool:
        return _initials_ok(text[start:end], self.DOTTED_OK and text[start - 1:start] in ":[ \t")


class MeetingRoleInitialsRecognizer(_InitialsRecognizer):
    """``Chair: A.B.   Scribe: CDE``, ``Facilitator: S.``: initials filling a meeting role's field."""

    DOTTED_OK = True

    PATTERNS = (r"\b(?:Chair|Co-?[Cc]hair|Chairperson|Scribe|Recorder|Secretary|Facilitator|Note[ -]?taker|Timekeeper)"
                rf"[ \t]*:[ \t]*(?P<phi>{_INITIALS}){_END}(?=[ \t]*(?:$|[ \t]{{2}}|[;,|/]))",)


# a task verb after an owner: the owner opens an action line or a sentence
_TASK = (r"(?:update|circulate|confirm|audit|send|draft|review|contact|schedule|email|call|notify|prepare|share|"
         r"arrange|present|revise|obtain|coordinate|finalize|finalise|investigate|distribute|check|book|order|"
         r"post|reach|follow|collect|compile|submit|escalate|train|track|verify|write|set|organi[sz]e|"
         r"liaise|summari[sz]e|report|assign|run|test|survey|reconcile|ask|invite|complete)")


class ActionOwnerInitialsRecognizer(_InitialsRecognizer):
    """The owner of a task in minutes: ``  [AB] update on-call grid by 11/10``, ``CD to update the script.``, and a
    patient cited by initials before a record number: ``ordered for pt XY (MRN E123)``."""

    DOTTED_OK = True

    PATTERNS = (rf"^[ \t]*(?:[-*•][ \t]*)?\[(?P<phi>{_INITIALS})\][ \t]+{_TASK}\b",
                rf"(?:^|(?<=[.;:!?][ \t])|(?<=[.;:!?][ \t]{{2}}))[ \t]*(?P<phi>{_INITIALS})[ \t]+to[ \t]+{_TASK}\b",
                rf"\b(?:pt|patient|Pt)[ \t]+(?P<phi>{_INITIALS}){_END}[ \t]*\((?=[ \t]*(?:MRN|MR#|DOB|acc|ID)\b)")


class LedgerStepInitialsRecognizer(_InitialsRecognizer):
    """``reconciled by A.B. 2/16``, ``counted by FP``: who did a ledger's or a log's step, as initials."""

    PATTERNS = (r"\b(?i:reconciled|counted|initial(?:l)?ed|disbursed|tallied|audited|logged|entered|prepared|"
                r"balanced|issued|paid|keyed|posted)[ \t]+by[ \t]+"
                rf"(?P<phi>{_INITIALS}){_END}(?=[ \t]*(?:$|\d|[,;(]|[ \t]on\b))",)


class AgeSexInitialsRecognizer(_InitialsRecognizer):
    """``2/24 @ 3:25pm XY 43yo ♀``, ``AB 27y ♂``: a patient written as initials before age and sex."""

    PATTERNS = (rf"(?:^|(?<=[ \t]))(?P<phi>[{_UP}]{{2,3}})[ \t]+\d{{1,3}}[ \t]?(?:yo|y/o|y\.o\.|y|yrs?)"
                r"[ \t]*(?:♀|♂|(?:[MF]|male|female)\b)",)


class SignOffInitialsRecognizer(_InitialsRecognizer):
    """The initials closing a document: ``AB/CDE`` (each side), ``-- XYZ``."""

    SCORE = 0.8
    PATTERNS = (rf"^(?P<phi>[{_UP}]{{2,3}})/[{_UP}]{{2,3}}[ \t]*\Z",
                rf"^[{_UP}]{{2,3}}/(?P<phi>[{_UP}]{{2,3}})[ \t]*\Z",
                rf"^(?:--|—|–)[ \t]*(?P<phi>{_INITIALS}){_END}[ \t]*\Z")


class SignOffGivenNameRecognizer(RegexRecognizer):
    """``— Ann`` closing a document: a known given name after a dash on the last line."""

    ENTITY = "PERSON"
    SCORE = 0.8
    FLAGS = re.MULTILINE
    PATTERNS = (r"^(?:--|—|–)[ \t]*(?P<phi>[A-Z][a-z]+)[ \t]*\Z",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return _given_word(text[start:end])


_CAPS_WORD = rf"[{_UP}][{_UP}0-9'’-]+"


class CardNameLineRecognizer(RegexRecognizer):
    """A card's name lines as OCR reads them, capitals that may hold a digit for a letter: ``Name D0E, JANE A``,
    ``Dep: JOHN ROE``, ``Dependent ANA MARIA DIAZ``: the label opens the line and the name fills it."""

    ENTITY = "PERSON"
    SCORE = 0.85
    FLAGS = re.MULTILINE
    PATTERNS = (r"^(?:Name|NAME|Dep|DEP|Dependent|DEPENDENT|Member|MEMBER|Subscriber|SUBSCRIBER|Cardholder|"
                r"CARDHOLDER|Member Name|MEMBER NAME)\.?(?:[ \t]*:[ \t]*|[ \t]+)"
                rf"(?P<phi>{_CAPS_WORD}(?:,?[ \t]{_CAPS_WORD}){{1,3}}(?:[ \t][{_UP}]\.?)?)[ \t]*$",)

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w for w in re.split(r"[ \t,]+", text[start:end]) if len(w) > 1]
        if any(sum(c.isdigit() for c in w) > 1 for w in words):
            return False
        lowered = [re.sub(r"\d", "", w).lower() for w in words]
        return not any(w in clinical_words() or w in not_name_words() for w in lowered)


_NAME_WORD = r"(?:[A-Z]['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"


class InvertedContactNameRecognizer(RegexRecognizer):
    """``Emergency contact Doe, Ann K (spouse)``; a list line ``Doe, Ann K - 61F - 2489092``: a surname-first name
    where the field or the age and sex after it say a person is meant (the surname may be an eponym)."""

    ENTITY = "PERSON"
    SCORE = 0.85
    FLAGS = re.MULTILINE
    _INVERTED = rf"{_NAME_WORD},[ \t]{_NAME_WORD}(?:[ \t][A-Z]\.?)?"
    PATTERNS = (rf"\b(?i:emergency[ \t]+contact|next[ \t]+of[ \t]+kin|NOK|contact[ \t]+person)[ \t]*:?[ \t]*"
                rf"(?P<phi>{_INVERTED})(?=[ \t]*\()",
                rf"^(?P<phi>{_INVERTED})[ \t]+[-–|][ \t]+\d{{1,3}}[ \t]?(?:[MF]|y/?o)\b")

    def keep(self, text: str, start: int, end: int) -> bool:
        given = text[start:end].split(",", 1)[1].split()[0]
        return given.lower() not in clinical_words() and given.lower() not in not_name_words()



_LOW = "a-zß-öø-ÿāăąćčďđēęěğīıłńňōőœřśşšţťūůűźżž"
# a surname, accents allowed, with a Gaelic or Dutch prefix word: "Gutiérrez", "Mac Aodha", "O'Neill", "Al-Amin"
_SURNAME = rf"(?:(?:Mac|Mc|Mhic|Ní|Nic|Van|De|Di|Da|Le|La)[ \t])?(?:[{_UP}]['’])?[{_UP}][{_LOW}'’]*[{_LOW}]" \
           rf"(?:-[{_UP}][{_LOW}'’]+)?"
_SURNAME_INITIAL = rf"{_SURNAME}(?:[ \t]{_SURNAME})?[ \t][{_UP}]\."


class SurnameInitialRecognizer(RegexRecognizer):
    """A surname with the given name's initial after it, ``Doe J.``, where the layout says a person is meant: after
    ``entered by`` / ``recorded by:``, after a contact role (``your nurse navigator Doe J. can be reached``), or
    signing off (``-- Doe J.``, ``— Doe J.;``, or alone on the line after ``Thanks``)."""

    ENTITY = "PERSON"
    SCORE = 0.85
    FLAGS = re.MULTILINE
    _AFTER = r"(?=[ \t]*(?:[;,]|$|\d|(?:can|will|is|at|on|ext)\b))"
    PATTERNS = (
        r"\b(?i:entered|recorded|requested|reviewed|signed|prepared|completed|verified|approved|submitted|"
        r"dictated|transcribed|scanned|performed|checked|logged|updated|created|authored|assigned|sent)"
        rf"[ \t]+(?i:by)[ \t]*:?[ \t]*(?P<phi>{_SURNAME_INITIAL}){_AFTER}",
        r"\b(?i:navigator|coordinator|scheduler|liaison|advocate|contact|technologist|nurse)[ \t]+"
        rf"(?P<phi>{_SURNAME_INITIAL}){_AFTER}",
        rf"^(?:--|—|–)[ \t]*(?P<phi>{_SURNAME_INITIAL})[ \t]*(?:[;,]|$)",
        r"^[ \t]*(?i:thanks|thank[ \t]+you|regards|best|sincerely|cheers|warmly|respectfully)\b[^\n]{0,30}\n"
        rf"(?P<phi>{_SURNAME_INITIAL})[ \t]*$",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w.lower() for w in re.split(r"[ \t]+", text[start:end - 2])]
        return not any(w in clinical_words() or w in not_name_words() or is_clinical_vocabulary(w) for w in words)
