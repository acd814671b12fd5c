"""Names in letters, call notes and transcripts that their shape or the contact detail after them gives away.

- an inverted name with a capitalised surname and a middle initial anywhere in prose: "a nurse, DOE, Jane A.",
  "son ROE, Ann K will drive" (an all-caps word, a comma, a given name and one capital: no term is shaped so);
- a lower-case name after a bare relative word, up to a verb or a break: "Pt states daughter ana ruiz will drive";
- a lower-case name after a contact cue and before what a contact line carries (a phone number, an age, a
  credential): "your coordinator ana ruiz at 555-0100", "Questions? ana ruiz, 555-0100", "visit to ana ruiz (90Y)",
  "(Reporter: ana ruiz, CSR)";
- a patient who missed a visit, at a line's start: "ana ruiz did not arrive for MRI";
- the deponent in a transcript's heading: "DEPOSITION TRANSCRIPT OF JANE DOE";
- "Last, I., DO": an initialled inverted name before a credential;
- an all-caps HL7-style name in prose ("Pt DOE^JANE^A"), read alone so no word before it can spoil it;
- a writer's given name on the last line after a dash ("-Ana");
- CITY: where a writer's neighbour lives ("My neighbor in Red Bank says the same").
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction._denylist import clinical_words
from redaction.recognizers._base import text_forms
from redaction.recognizers._first import guarded
from redaction.recognizers.dictation import _BREAK, _trim, _unusual, _verb_after, _words
from redaction.recognizers.given_names import _TITLES, given_names
from redaction.recognizers.kin_places import _TOWN, KinTownRecognizer
from redaction.recognizers.names import Hl7NameRecognizer, _NameRecognizer, _plausible_name
from redaction.recognizers.names_context import _CREDENTIAL_WORD

_CAPS_WORD = r"[A-Z][A-Z'’-]+"
_CAPS_SURNAME = rf"(?:(?:DE[ ]LA|DE|DEL|DA|DOS|VAN[ ]DER|VAN|VON|ST\.|O['’])[ ]?)?{_CAPS_WORD}(?:[ ]{_CAPS_WORD})?"


class CapsInvertedNameRecognizer(_NameRecognizer):
    """``DOE, Jane A`` in running text: the capitals, the comma, the given name and its one initial."""

    SCORE = 0.9
    PATTERNS = (rf"(?<![\w,’'-])(?P<phi>{_CAPS_SURNAME}, [A-Z][a-z]+(?:-[A-Za-z][a-z]+)? [A-Z])"
                r"(?![\w'’/-]|\.[ \t]?[A-Z][a-z])",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        surname, given = text[start:end].split(", ", 1)
        if any(_CREDENTIAL_WORD.fullmatch(w) or w in _CLOCK for w in surname.split()):
            return False  # "DO, A. Lee", "AM, Pavilion A": a credential or a clock before a list item
        return _plausible_name(given) and super().keep(text, start, end)


_CLOCK = frozenset({"AM", "PM", "A.M", "P.M"})


class CaretProseNameRecognizer(Hl7NameRecognizer):
    """``DOE^JANE^A`` written in capitals in prose, matched without the words before it."""

    PATTERNS = (r"(?<![\w^.-])(?:(?:DE LA|DE|VAN DER|VAN|ST\.) ?)?[A-Z][A-Z'’-]+\^[A-Z][A-Z'’-]+(?:\^[A-Z]?)?"
                r"(?![A-Za-z0-9^])",)


class DeponentNameRecognizer(_NameRecognizer):
    """The witness in a transcript's heading: ``DEPOSITION OF JANE DOE``, ``Deposition transcript of Jane Doe``."""

    SCORE = 0.9
    PATTERNS = (r"(?m)\b(?:DEPOSITION|TESTIMONY|STATEMENT|AFFIDAVIT|(?i:deposition|testimony|statement))"
                r"(?:[ \t]+(?:TRANSCRIPT|(?i:transcript)))?[ \t]+(?:OF|of)[ \t]+"
                r"(?:(?:DR|Dr|MR|Mr|MS|Ms|MRS|Mrs)\.?[ \t]+)?"
                r"(?P<phi>[A-Z][A-Za-z'’.-]+(?:[ \t]+[A-Z][A-Za-z'’.-]+){1,3})[ \t]*,?[ \t]*$",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        while end > start and text[end - 1] in ".,":
            end -= 1
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        return _plausible_name(text[start:end]) and super().keep(text, start, end)


class CredentialInitialNameRecognizer(_NameRecognizer):
    """``Roe, A., DO``: an inverted name with only an initial, before a credential."""

    SCORE = 0.85
    PATTERNS = (r"\b(?P<phi>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?, [A-Z]\.)(?=,?[ \t]+"
                rf"(?:{_CREDENTIAL_WORD.pattern})\b)",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        surname = text[start:end].split(",")[0].lower()  # "Street, A., DO": a place word too, the credential decides
        return surname not in clinical_words() and surname not in _CLOCK_WORDS and super().keep(text, start, end)


_CLOCK_WORDS = frozenset({"am", "pm", "type", "grade", "stage", "class", "level", "phase", "group", "zone"})


class DashSignOffNameRecognizer(_NameRecognizer):
    """A note's writer on its last line after a dash: ``-Ana``, ``— Ana Ruiz``."""

    SCORE = 0.85
    PATTERNS = (r"(?m)^[ \t]*[-–—~][ \t]?(?P<phi>[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’-]+)?)[ \t]*\s*\Z",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return _plausible_name(text[start:end]) and super().keep(text, start, end)


class NeighbourTownRecognizer(KinTownRecognizer):
    """CITY: where a writer's neighbour or friends live: "My neighbor in Red Bank says the same"."""

    PATTERNS = (rf"\b(?i:my|his|her|their|our)[ \t]+(?i:neighbou?rs?|friends?|relatives|folks)[ \t]+in[ \t]+{_TOWN}"
                r"(?=[ \t]*(?:[.;,:)!]|$|(?:says|said|say|swears|told|tells|who|and|is|are|was|were|thinks)\b))",)


# a relative named without "my" / "the patient's": "states daughter ana ruiz will drive"
_BARE_RELATIVE = re.compile(r"(?i)(?:\b(?:states|says|reports|stated|said|to|with|per|and|by)[ \t]+|[;,:(][ \t]*|^)"
                            r"(?:son|daughter|wife|husband|grandson|granddaughter|niece|nephew|sister|brother|"
                            r"neighbou?r|friend|caregiver|mother|father|spouse|partner)[ \t]+(?=[a-z])", re.M)
# a contact cue: whom to call or who was seen
_CONTACT_CUE = re.compile(r"(?i)\b(?:coordinator|navigator|contact|reporter|stenographer|visit[ \t]+to|"
                          r"questions\?|pt|patient)[ \t]*:?[ \t]+(?=[a-z])")
_CONTACT_CUE = guarded(_CONTACT_CUE)  # searched over whole texts: re skips to where a match can start
_PHONE = r"(?:\+?1[ .-]?)?(?:\(\d{3}\)[ \t]?|\d{3}[ .-])?\d{3}[ .-]\d{4}\b"
_CONTACT_AFTER = re.compile(rf"(?:,|[ \t]+at|[ \t]+on)?[ \t]+{_PHONE}"
                            r"|[ \t]*\(\d{1,3}[ \t-]*(?i:y|yo|y/o|yr|yrs|years?)\b"
                            r"|,[ \t]*\d{1,3}[ \t-]*(?:y/o|yo|yr|yrs|years?)(?:[ \t-]*old)?\b"
                            r"|,[ \t]*(?:CSR|RPR|CCR|RMR|RDR|CRR|RN|LPN|NP|MD|DO|PA-C|SW|LCSW|MSW)\b")
_WHO = re.compile(r"[ \t]+(?:who|whom)\b")
_MISSED = re.compile(r"(?m)^[ \t]*(?=[a-z])")
_MISSED_AFTER = re.compile(r"[ \t]+(?:did[ \t]+not[ \t]+(?:arrive|show|attend|come)|no-?showed|missed[ \t]+(?:her|his|"
                           r"their|the)[ \t]+(?:appt|appointment|scan|exam))\b")


class ProseContactNameRecognizer(EntityRecognizer):
    """Lower-case names after a bare relative word, a contact cue, or opening a missed-visit line."""

    SCORE = 0.85

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="ProseContactNameRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results: list[RecognizerResult] = []
        spaced = text_forms(text)[1]
        if any(f" {w} " in spaced for w in _RELATIVE_WORDS):
            for cue in _BARE_RELATIVE.finditer(text):
                words = _words(text, cue.end(), 4)
                for n in range(2, len(words) + 1):
                    end = words[n - 1][1]
                    if _BREAK.match(text, end) or _verb_after(text, end) or _WHO.match(text, end):
                        self._add(text, words[:n], results)
                        break
        if any(f" {w} " in spaced for w in _CONTACT_WORDS):
            for cue in _CONTACT_CUE.finditer(text):
                self._before(text, cue.end(), _CONTACT_AFTER, results)
        if " not " in spaced or "showed" in spaced or " missed " in spaced:
            for cue in _MISSED.finditer(text):
                self._before(text, cue.end(), _MISSED_AFTER, results)
        return results

    def _before(self, text: str, pos: int, edge: re.Pattern[str], results: list[RecognizerResult]) -> None:
        words = _words(text, pos, 4)
        for n in range(2, len(words) + 1):
            if edge.match(text, words[n - 1][1]):
                self._add(text, words[:n], results)
                return

    def _add(self, text: str, words: list[tuple[int, int]], results: list[RecognizerResult]) -> None:
        words = _trim(text, words)
        first = text[words[0][0]:words[0][1]] if words else ""
        # no unusual word ("dolores stone"): a census given name first will do
        if len(words) >= 2 and (_unusual(text, words) or first in given_names() and first not in _TITLES):
            results.append(RecognizerResult("PERSON", words[0][0], words[-1][1], self.SCORE))


_RELATIVE_WORDS = ("son", "daughter", "wife", "husband", "grandson", "granddaughter", "niece", "nephew", "sister",
                   "brother", "neighbor", "neighbour", "friend", "caregiver", "mother", "father", "spouse", "partner")
_CONTACT_WORDS = ("coordinator", "navigator", "contact", "reporter", "stenographer", "visit", "questions", "pt",
                  "patient")
