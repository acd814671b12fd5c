"""Names that read as everyday words ("May", "Hope", "Faith", "Ivy") or as bare initials, told by where they stand:

- dotted initials filling a cell of a log whose header has a staff column ("| Tech |" ... "| R.F.D. |");
- the two nurses of a handover line ("From Ana to May at 9:22", "10:39 p.m.  Ana -> Hope");
- a name after a witness, session-user or quoted voice-command cue ("Witness: Faith Marsh",
  "Session user Ana May", "open worklist for Doe-Ray, Ana");
- a name in a comment's thanks or self-introduction ("please tell Rose thank you", "Shout-out to Ivy",
  "My name is Ana May", "this is May.", "June the tech was kind");
- an initial and a surname after a note's "by" ("Note by C. May:");
- an e-mail's one-word salutation under its subject line ("Subject: ...", a blank line, "Anselm -"), a name
  opening a sentence on an age ("Faith is a 81-yr-old"), a patient written surname first before a bracketed
  number ("Real patient Doe, May (E1234567)");
- an inverted name after a "RE:" line label ("RE: Doe-Ray, Hiroshi L / member no.") or, in capitals, after a
  bare "Name" or "Member" label ("Name DOE-RAY, HOPE R / MRN").

The word itself may be a month or a common noun: the cue, not the spelling, makes it a person. A clinical
term, a deny-listed word or an abbreviation is still never taken.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from redaction._denylist import PLACE_AND_DATE_WORDS, abbreviations, clinical_words, not_name_words
from redaction.recognizers.given_names import given_names
from redaction.recognizers.names import _CREDENTIAL, _NameRecognizer

_WORD = r"(?:[A-Z]['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_ONE = rf"(?:[A-Z]\.[ \t]?)?{_WORD}"  # "Ana", "T. Doe-Ray"
_FULL = rf"{_WORD}(?:[ \t][A-Z]\.)?(?:[ \t]{_WORD}){{0,2}}"  # "Ana May", "Ana B. May"
_INVERTED = rf"{_WORD}(?:[ \t]{_WORD})?,[ \t]?{_WORD}(?:[ \t][A-Z]\.?)?"  # "Doe-Ray, Ana", "Doe, Ana B"
_CAPS = r"(?:[A-Z]['’])?[A-Z]{2,}(?:[-'’][A-Z]+)*"
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight".split())
# pronouns, greetings, group and role nouns that stand where a cued name would ("Claimant is a 40-year-old")
_NOT_NAMES = frozenset("""he she it this that they we you who everyone all team folks colleagues hi hello hey dear
patient pt claimant member subject client resident child infant baby boy girl man woman gentleman lady person
individual mother father son daughter husband wife sister brother student worker employee athlete player veteran
donor recipient applicant inmate candidate participant volunteer caller customer guest visitor case""".split())


def cued_name_word(word: str) -> bool:
    """A word that may be part of a name where a cue says one stands: no clinical, deny-listed or abbreviated
    word, no credential; a month or place word only when it is also a given name ("May", "June", "Austin")."""
    lower = word.strip(".,'’").lower()
    if len(lower) < 2:
        return True  # an initial
    if lower in clinical_words() or lower in not_name_words() or lower in abbreviations() or lower in _WEEKDAYS:
        return False
    if lower in _NOT_NAMES or _CREDENTIAL.fullmatch(word.strip(".,")):
        return False
    return lower not in PLACE_AND_DATE_WORDS or lower in given_names()


def _all_name_words(value: str) -> bool:
    return all(cued_name_word(w) for w in re.split(r"[ \t,]+", value) if w)


class _CuedWordNameRecognizer(_NameRecognizer):
    SCORE = 0.9

    def keep(self, text: str, start: int, end: int) -> bool:
        return _all_name_words(text[start:end]) and super().keep(text, start, end)


class CuedWordNameRecognizer(_CuedWordNameRecognizer):
    """A name after a cue that only a person follows; its words may be everyday words."""

    PATTERNS = (
        # a form's witness line: "Witness: Faith Marsh", "Witnessed by: A. Long"
        rf"\b(?i:witness(?:ed)?(?:[ \t]+by)?)[ \t]*:[ \t]*(?P<phi>(?:[A-Z]\.[ \t]?)?{_FULL})"
        r"(?=[ \t]*(?:$|\n|,|;|[ \t]{2}|\t|\())",
        # the user a voice or dictation session runs as: "Session user Ana May"
        rf"(?m)\b(?i:session[ \t]+user|dictating[ \t]+user)[ \t]*:?[ \t]+(?P<phi>(?:[A-Z]\.[ \t]?)?{_FULL})[ \t]*$",
        # a quoted voice command naming a patient: "open worklist for Doe-Ray, Ana" -> OK
        r"\"(?i:open|show|load|pull[ \t]+up|find|display)[ \t]+(?:the[ \t]+)?(?i:worklist|chart|record|studies|"
        rf"study|images|priors|exams?)[ \t]+(?i:for|of)[ \t]+(?P<phi>{_INVERTED}|{_ONE}(?:[ \t]{_WORD}){{1,2}})(?=\")",
        # an inverted name on a letter's reference line: "RE: Doe-Ray, Ana L / member no."
        rf"(?m)\b(?:RE|Re)[ \t]*:[ \t]*(?P<phi>{_INVERTED})(?=[ \t]*(?:/|\(|;|$))",
        # a capitals name written surname first after a bare "Name" or "Member" label (no colon):
        # "Name DOE-RAY, ANA R / MRN ...", "Re: Member DOE-RAY, ANA T, ID ..."
        rf"\b(?:Name|NAME|Member|MEMBER)[ \t]+(?P<phi>{_CAPS}, ?{_CAPS}(?: [A-Z]\.?)?)(?=[ \t]*(?:[/,;(]|$))",
        # a patient written surname first before a bracketed number: "Real patient Doe, May (E1234567)"
        rf"\b(?i:patient|pt)[ \t]+(?P<phi>{_INVERTED})(?=[ \t]*\([ \t]*[A-Z]{{0,4}}[ \t#:]*\d)",
        # a patient line written surname first, then a date or a number: "Pt DOE-RAY, HOPE - 3/4/25",
        # "Pt Doe, May - Acc 12.345"
        rf"(?m)^[ \t]*(?:Pt|PT|Patient|PATIENT)[ \t]+(?P<phi>{_CAPS},[ \t]?{_CAPS}(?:[ \t][A-Z]\.?)?|{_INVERTED})"
        r"(?=[ \t]+[-–—|][ \t]+(?:\d|[A-Z][A-Za-z]{0,4}\b))",
        # an e-mail's salutation line right under its subject line: "Subject: ...", a blank line, "Anselm -"
        rf"(?m)^Subject:[^\n]*\n[ \t]*\n[ \t]*(?P<phi>{_WORD})[ \t]*(?:-|–|—|,)?[ \t]*$",
        # a sentence opening on a name, then an age: "Faith is a 81-yr-old patient"
        # (or a section's label: "History: Grant is a 66 y/o man")
        rf"(?:^|(?<=[.!?][ \t]))(?:[A-Z][A-Za-z]*(?:[ \t][a-z]+){{0,3}}:[ \t]*)?(?P<phi>{_WORD}(?:[ \t]{_WORD})?)"
        r"[ \t]+is[ \t]+an?[ \t]+\d{1,3}(?:-|[ \t])?"
        r"(?i:yr|year|y/?o\b|yo\b)",
        # thanks passed on in a comment: "please tell Rose thank you", "Shout-out to Ivy."
        rf"\b(?i:please[ \t]+(?:tell|thank)|shout[- ]?out[ \t]+to|kudos[ \t]+to)[ \t]+(?P<phi>{_WORD}"
        rf"(?:[ \t]{_WORD})?)(?=[ \t]*(?:[.,!;:\"]|$|\n|(?i:thank|thanks|for|from|that)\b))",
        # a self-introduction: "My name is Ana May and", "My name is June."
        rf"\b(?i:my[ \t]+name[ \t]+is)[ \t]+(?P<phi>{_WORD}(?:[ \t]{_WORD})?)(?![A-Za-z'’-])",
        # a speaker naming themself after their service: "Radiology scheduling, this is May."
        rf"(?:,|:)[ \t]*(?i:this[ \t]+is)[ \t]+(?P<phi>{_WORD})(?=[ \t]*[.!](?:[ \t]|$))",
        # an initial and a surname after a note's author cue: "Note by C. May:"
        r"\b(?i:note|notes|noted|entered|recorded|written|logged|prepared|signed)[ \t]+by[ \t]+"
        rf"(?P<phi>[A-Z]\.[ \t]?{_WORD})(?![A-Za-z'’-])",
        # a name opening a comment, then the staff role it held: "June the tech was wonderful"
        rf"(?:^|(?<=[\"'(]))(?P<phi>{_WORD})[ \t]+the[ \t]+(?i:tech|technologist|nurse|sonographer|radiographer|"
        r"receptionist|scheduler|therapist)[ \t]+(?i:was|is|did|made|explained|helped|took)\b",
    )
    FLAGS = re.MULTILINE


# a role whose field holds a person, after up to two qualifying words: "Site manager:", "Adoptive parent(s):"
_ROLE_FIELD = (r"(?m)^[ \t]*(?:[A-Za-z]+[ \t]+){0,2}(?i:manager|counsel(?:l)?or|candidate|applicant|interviewee|"
               r"parent(?:\(s\)|s)?|caseworker|case[ \t]+worker|social[ \t]+worker|advocate|navigator)[ \t]*:[ \t]*")
_LOWER_PARTICLE = (r"(?:(?:[Ll]e|[Ll]a|[Dd]e|[Dd]e[ \t][Ll]a|[Dd]el|[Dd]u|[Dd]a|[Dd]i|[Vv]an|[Vv]an[ \t][Dd]er|"
                   r"[Vv]on)[ \t])")
_PARTICLE_WORDS = frozenset("le la de del du da di van der von".split())


class RoleFieldNameRecognizer(_CuedWordNameRecognizer):
    """A name filling a role field, ending it (a phone number, a comma, a semicolon, a bracket or the line end):
    ``Site manager: Doe, Ana P 555-0100``, ``Adoptive parent(s): Faith Marsh; ...``, ``Candidate: Le Roux, Ana``.
    The field says a person stands there, so the words may be everyday words or a month ("June Obi")."""

    PATTERNS = (rf"{_ROLE_FIELD}(?P<phi>{_LOWER_PARTICLE}?{_WORD},[ \t]?{_WORD}(?:[ \t][A-Z]\.?)?|"
                rf"{_WORD}(?:[ \t][A-Z]\.)?[ \t]{_LOWER_PARTICLE}?{_WORD})(?=[ \t]*(?:$|[,;(]|\+?\d))",)

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w for w in re.split(r"[ \t,]+", text[start:end]) if w and w.lower() not in _PARTICLE_WORDS]
        return all(map(cued_name_word, words)) and not any(w.lower() in _NOT_NAMES for w in words)


# months the census lists as given names; a document names such a person with an initial or surname first
_MONTH_GIVEN = r"(?:January|April|May|June|August|September)"
_MONTH_PERSON = re.compile(rf"\b(?P<m>{_MONTH_GIVEN})[ \t][A-Z]\.[ \t]{_WORD}|{_WORD},[ \t](?P<n>{_MONTH_GIVEN})"
                           r"(?:[ \t][A-Z]\.?)?(?![A-Za-z0-9'’-])")


class MonthGivenNameRecognizer(_NameRecognizer):
    """A month-word given name standing alone for a person the document names in full: its possessive ("May's
    result letter", "June's son") or a sentence opening on it before a verb ("June completed the protocol")."""

    SCORE = 0.85
    PATTERNS = (rf"\b(?P<phi>{_MONTH_GIVEN})(?=['’]s(?![A-Za-z]))",
                rf"(?:^|(?<=[.!?][ \t])|(?<=\n))(?P<phi>{_MONTH_GIVEN})(?=[ \t]+(?:is|was|has|had|will|did|"
                r"[a-z]+[^e\W]ed)\b)")
    FLAGS = re.MULTILINE

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = super().analyze(text, entities, nlp_artifacts)
        if not results:
            return results
        named = {m.group("m") or m.group("n") for m in _MONTH_PERSON.finditer(text)}
        return [r for r in results if text[r.start:r.end] in named]


class HandoverNamesRecognizer(_CuedWordNameRecognizer):
    """The giver and the taker of a nursing handover, on its opening line: ``From Ana to May at 9:22 AM``,
    ``June 13, 2026 10:39 p.m.  Ana -> Hope``, ``From T. Doe to Grant at 15:15``."""

    PATTERNS = (rf"(?m)^[ \t]*From[ \t]+(?P<a>{_ONE})[ \t]+to[ \t]+(?P<b>{_ONE})[ \t]+at[ \t]+\d",
                rf"(?m)(?:\d|[AaPp]\.?[Mm]\.?)[ \t]+(?P<a>{_ONE})[ \t]*(?:->|→|=>)[ \t]*(?P<b>{_ONE})[ \t]*$")
    _DOCUMENT = re.compile(r"(?i)handover|handoff|hand-off|\bsbar\b")

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = []
        for pattern in self.candidates(text):
            for match in pattern.finditer(text):
                if not self._DOCUMENT.search(text, 0, 400):
                    return []
                for group in ("a", "b"):
                    start, end = match.span(group)
                    if self.keep(text, start, end):
                        results.append(RecognizerResult(self.ENTITY, start, end, self.SCORE))
        return results


class StaffCellInitialsRecognizer(_NameRecognizer):
    """Dotted initials filling a cell (``| R.F.D. |``, ``...  thigh   H.E.O.`` at a row's end) of a log whose
    header row names a staff column ("Tech", "Technologist", "Initials", "Performed by")."""

    SCORE = 0.85
    PATTERNS = (r"(?m)(?:(?<=\|)|(?<=[ \t]{2})|(?<=\t))[ \t]*(?P<phi>[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)"
                r"(?=[ \t]*(?:\||$))",)
    # a header row: a staff column word between delimiters (a bar, a tab, two spaces, a slash) or at a line end
    _HEADER = re.compile(r"(?im)(?:\||\t|[ \t]{2}|/)[ \t]*(?:tech|technologist|tech[ \t]+initials|initials|"
                         r"performed[ \t]+by|staff)[ \t]*(?:\||\t|[ \t]{2}|/|$)")

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        lowered = text.lower()
        if not any(word in lowered for word in ("tech", "initials", "staff", "performed by")):
            return []
        if not self._HEADER.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts)

    def keep(self, text: str, start: int, end: int) -> bool:
        return text[start:end].replace(".", "").lower() not in abbreviations()
