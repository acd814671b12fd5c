"""People named where a form's layout or a sign-off says so, even when the surname is an eponym or a word:

- a person label with a dash, a bar or a tab after it ("Name - DOE, JANE A", "PATIENT | JOHN STONE",
  "SUBJECT - DOE, JANE"), the value written in capitals (the colon forms are the header recognizers');
- an electronic signature written surname first ("/s/ Doe, Jane (MD)");
- a staff member named after an administrative role ("escalating to PACS admin Ada Long");
- the second of two people paired with a slash, written surname first ("Ann Ruiz / Doe, Jane P - CT, 555-0100"):
  a roster's primary and backup;
- an interpreter team's members joined by a plus ("Deaf interpreter team Ann Quill + Joy (CDI)"), even when a
  name spells a word.
"""

from __future__ import annotations

import re

from redaction._denylist import PLACE_AND_DATE_WORDS, abbreviations, clinical_words, not_name_words
from redaction.recognizers.given_names import _given_word, _surname_word
from redaction.recognizers.names import _CREDENTIAL, _INITIAL, _NAME, _NameRecognizer

_CAPS = r"[A-Z](?:['’][A-Z])?[A-Z]+(?:[-'’][A-Z]+)?"
# "DOE, JANE A" / "DE LA CRUZ, ANA" / "JOHN A STONE" / "JOHN STONE"
_CAPS_NAME = (rf"(?:(?:DE LA|DE|DEL|DA|DI|DOS|VAN DER|VAN|VON|LE|AL|EL) )?{_CAPS}(?: {_CAPS})?, ?{_CAPS}"
              rf"(?: {_CAPS})?(?: [A-Z]\.?)?|{_CAPS}(?: [A-Z]\.?)? {_CAPS}(?: {_CAPS})?")
# a label that names the person a form is about, then its separator: a dash or a bar between spaces, or a tab
_PERSON_LABEL = (r"(?i:patient(?:[ \t]+name)?|pt(?:[ \t]+name)?|name|full[ \t]+name|subject|client|member|"
                 r"examinee|claimant|beneficiary|insured|subscriber|resident|decedent)")
# (or a colon padded into a column: "Pt name    : DOE, JANE")
_SEPARATOR = r"(?:[ \t]+[-–—][ \t]+|[ \t]*\|[ \t]*|\t[ \t]*|[ \t]{2,}:[ \t]*)"


def _name_word(word: str) -> bool:
    lower = word.strip(".,").lower()
    return not (lower in clinical_words() or lower in not_name_words() or lower in abbreviations()
                or lower in PLACE_AND_DATE_WORDS or _CREDENTIAL.fullmatch(word.strip(".,")))


class LabelSeparatorCapsNameRecognizer(_NameRecognizer):
    """A capitals name after a person label and a dash, a bar or a tab, ending its field."""

    SCORE = 0.9
    PATTERNS = (rf"(?m:^|(?<=[ \t]{{2}})|(?<=\t))[ \t]*{_PERSON_LABEL}{_SEPARATOR}(?P<phi>{_CAPS_NAME})"
                r"(?=[ \t]*$|[ \t]{2}|\t|[ \t]*\|)",)
    FLAGS = re.MULTILINE

    def keep(self, text: str, start: int, end: int) -> bool:
        value = text[start:end]
        words = [w for w in re.split(r"[ ,]+", value) if len(w.strip(".")) > 1]
        given = (value.split(",", 1)[1] if "," in value else value).split()
        # a known given name settles it (the surname may be an eponym: "JOHN WILSON"); otherwise every word
        # must be a name word ("CT HEAD", "NOT GIVEN" are no names)
        if not words or any(w.lower() in _FIELD_VALUES for w in words):
            return False
        return _given_word(given[0]) or all(_name_word(w) and _surname_word(w) for w in words)


class SlashSignatureNameRecognizer(_NameRecognizer):
    """``/s/ Doe, Jane (MD)``: an electronic signature with the surname first."""

    SCORE = 0.9
    PATTERNS = (rf"/s/[ \t]*(?P<phi>{_NAME}, ?{_NAME}{_INITIAL}?)(?![A-Za-z'’-])",)


# what a form writes where no name is given: "NOT GIVEN", "ON FILE", "SEE ABOVE"
_FIELD_VALUES = frozenset("not given unknown none pending on file see above below withheld redacted declined anonymous "
                          "same as tbd unavailable refused".split())

_GIVEN = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_SURNAME = r"(?:[A-Z]['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"


class AdminRoleNameRecognizer(_NameRecognizer):
    """``PACS admin Ada Long``, ``scheduling coordinator Ada Long``: a known given name and a surname after an
    administrative role noun (the role, not the surname's spelling, says it is a person)."""

    SCORE = 0.9
    PATTERNS = (r"\b(?i:admin|administrator|coordinator|supervisor|manager|analyst|navigator|liaison|scheduler|"
                r"dispatcher|registrar|director)[ \t]+"
                rf"(?P<phi>{_GIVEN}(?: [A-Z]\.)? {_SURNAME})(?![A-Za-z'’-])",)

    def keep(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].split()
        return _given_word(words[0]) and _name_word(words[-1]) and words[-1].lower() not in _ROLE_TAILS


_ROLE_TAILS = frozenset("office desk team group line department services service unit center centre".split())


class CellCapsInvertedNameRecognizer(_NameRecognizer):
    """``A2: DOE SMITH, JANE``: a spreadsheet cell (column letters, row number, colon) holding only a capitals name
    written surname first; every word must be a name word ("B4: CT, CHEST" is no name)."""

    SCORE = 0.85
    PATTERNS = (rf"(?m)^[ \t]*[A-Z]{{1,2}}\d{{1,4}}[ \t]*:[ \t]*(?P<phi>{_CAPS}(?: {_CAPS})?, ?{_CAPS}(?: {_CAPS})?"
                r"(?: [A-Z]\.?)?)[ \t]*$",)

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w for w in re.split(r"[ ,]+", text[start:end]) if len(w.strip(".")) > 1]
        return bool(words) and not any(w.lower() in _FIELD_VALUES for w in words) and all(map(_name_word, words))


class EqualsLabelNameRecognizer(_NameRecognizer):
    """``Patient = Ann C Doe``: a mixed-case name filling a person field written with "=" (the capitals form is
    ``intake_people``'s); a known given name first, or every word a name word and the last a surname word."""

    SCORE = 0.9
    PATTERNS = (r"(?m)^[ \t]*(?i:patient(?:[ \t]+name)?|name|member|subscriber|insured|guarantor|enrollee)[ \t]*=[ \t]*"
                rf"(?P<phi>{_GIVEN}(?: [A-Z]\.?)? {_SURNAME}(?: {_SURNAME})?)[ \t]*$",)

    def keep(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].split()
        if any(w.strip(".").lower() in _FIELD_VALUES for w in words) or not all(_name_word(w) for w in words[1:]):
            return False
        return _given_word(words[0]) or (_name_word(words[0]) and _surname_word(words[-1]))


class SlashPairInvertedNameRecognizer(_NameRecognizer):
    """``A. Ruiz / Doe, Jane P - CT``: a mixed-case "Surname, Given [I]" after a name and a slash (a roster's
    pair), ending its entry; an initial or a census given name, and no report vocabulary, make it a name."""

    SCORE = 0.85
    PATTERNS = (rf"/[ \t](?P<phi>{_SURNAME},[ \t]{_GIVEN}(?:[ \t][A-Z]\.?)?)"
                r"(?=[ \t]+[-–—][ \t]|[ \t]*(?:$|[,;(]|\+?\d))",)
    FLAGS = re.MULTILINE
    _BEFORE = re.compile(r"(?:[A-Z]\.|[A-Z][a-z'’]+)[ \t]/[ \t]\Z")

    def keep(self, text: str, start: int, end: int) -> bool:
        if not self._BEFORE.search(text, max(0, start - 40), start):
            return False
        surname, _, given = text[start:end].partition(",")
        given_words = given.split()
        if not all(_name_word(w) for w in (surname, given_words[0])):
            return False
        return len(given_words) > 1 or _given_word(given_words[0])


# what a staff field holds when nobody is named
_UNSTAFFED = frozenset("unassigned vacant open closed team queue pool tbd tba nobody everyone anyone self system "
                       "admin auto automatic triage desk front reception".split())


class StaffFieldWordNameRecognizer(_NameRecognizer):
    """``Assignee      - Ann``, ``Scanned by: Ji-ho   ext 3608``: one name word filling a ticket's or a worksheet's
    staff field, whatever the word spells (a bare given name or surname), ending the field."""

    SCORE = 0.85
    PATTERNS = (r"(?m)^[ \t]*(?i:assignee|assigned[ \t]+to|owner|scanned[ \t]+by|performed[ \t]+by|sonographer|"
                r"technologist)[ \t]*(?:[:=]|[ \t]-)[ \t]*"
                r"(?P<phi>[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?)(?=[ \t]*$|[ \t]{2}|\t|[ \t]*[|;])",)

    def keep(self, text: str, start: int, end: int) -> bool:
        word = text[start:end]
        if not _name_word(word) or word.lower() in _FIELD_VALUES:
            return False
        return word.lower() not in _UNSTAFFED


# a surname particle, in any case ("da Silva", "DE LA CRUZ", "St. John")
_PARTICLE = r"(?:(?i:de(?:[ \t]la)?|da|di|du|dos|van(?:[ \t]der)?|von|le|la)[ \t]|St\.[ \t])"
_ANY_SURNAME = rf"{_PARTICLE}?(?:[A-Z]['’])?[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?"
_PARTICLE_WORDS = frozenset("de la da di du dos van der von le st st.".split())
# what a record's person field may hold that is no name
_RECORD_VALUES = _FIELD_VALUES | frozenset("male female deceased anonymous inpatient outpatient ready waiting "
                                           "arrived roomed present absent".split())


class RecordFieldNameRecognizer(_NameRecognizer):
    """A mixed-case name filling a person field of a record laid out without a plain colon: a lower-case key
    (``  patient: WELLS, Ann``, ``patient: Baker``), or a label and a column gap, a bar or "="
    (``Patient     Ann St. John``, ``Patient | Ann Lee``, ``Patient = da Silva, Ann``). The value ends the line
    or its cell; no word of it may be report vocabulary."""

    SCORE = 0.9
    PATTERNS = (r"(?m)^[ \t]*(?:patient[ \t]*:|(?i:patient(?:[ \t]+name)?|pt[ \t]+name|name|member|subscriber|"
                r"insured|guarantor)(?:[ \t]*[|=][ \t]*|[ \t]{2,}|\t[ \t]*))[ \t]*"
                rf"(?P<phi>{_ANY_SURNAME},[ \t]?{_GIVEN}(?:[ \t][A-Z]\.?)?|{_GIVEN}(?:[ \t][A-Z]\.)?"
                rf"(?:[ \t]{_ANY_SURNAME}){{1,2}}|{_ANY_SURNAME})(?=[ \t]*$|[ \t]{{2}}|\t|[ \t]*\|)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w for w in re.split(r"[ \t,]+", text[start:end]) if w and w.lower() not in _PARTICLE_WORDS]
        if not words or any(w.lower() in _RECORD_VALUES or w.lower() in clinical_words()
                            or w.lower() in abbreviations() or _CREDENTIAL.fullmatch(w) for w in words):
            return False
        if len(words) == 1:  # a lone word: a surname or a given name the census knows, not a status
            return (_given_word(words[0]) or _surname_word(words[0])) and super().keep(text, start, end)
        return (any(_given_word(w) or _surname_word(w) for w in words)
                and not all(w.lower() in not_name_words() or w.lower() in PLACE_AND_DATE_WORDS for w in words)
                and super().keep(text, start, end))


# an interpreter's name: "Joy", "Ann Quill", "Rosa del Rio"
_TEAM_NAME = (r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ \t](?:(?:de[ \t]la|de|del|da|van|von|le)[ \t])?"
              r"[A-Z](?:['’][A-Z])?[a-z'’]+(?:-[A-Z][a-z'’]+)?)?")
_TEAM = r"\b(?i:interpreters?)(?:[ \t]+(?i:team|pair))?:?[ \t]+"


class InterpreterTeamRecognizer(_NameRecognizer):
    """The members of an interpreter team joined by a plus: "interpreter team Ann Quill + Joy (CDI)"."""

    SCORE = 0.85
    PATTERNS = (rf"{_TEAM}(?P<phi>{_TEAM_NAME})(?=[ \t]*\+[ \t]*[A-Z])",
                rf"{_TEAM}{_TEAM_NAME}[ \t]*\+[ \t]*(?P<phi>{_TEAM_NAME})(?=[ \t]*(?:\(|$|[,;.]))")
    FLAGS = re.MULTILINE

    def keep(self, text: str, start: int, end: int) -> bool:
        return text[start:end].split()[0].lower() not in clinical_words()
