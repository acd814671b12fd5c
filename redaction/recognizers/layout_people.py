"""People whose place in a layout, or a cue next to them, gives them away even when the name is a word or an
eponym (the position decides, never the name itself):

- a worklist row: a priority code, then "SURNAME Given" before the age and sex ("STAT  QUILL Ada  47Y/F");
- officers with their badge numbers ("officers Quill #123 and Hart #456");
- a dictation correction quoting how a name was misheard ('misrecognized as "mister quill in"');
- the user a worklist or system screen is logged in as, ending its header line ("user: ada quill");
- a chat export's display name, alone on its line before the time, repeated for each turn ("ada quill  1:37pm");
- a nurse or technologist named after the role they held in a procedure ("sedation RN Quill"), a study's
  investigator or coordinator by full name ("IRB coordinator Ada Quill."), the name a badge showed;
- a form's "name (Last, First)" label, or a student-athlete's, before "Last, First".
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from redaction._denylist import abbreviations, is_clinical
from redaction._vocabulary import is_common_word
from redaction.recognizers._base import RegexRecognizer

_CAPS = r"[A-Z][A-Z'’-]+"
_GIVEN = r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z]+)?"
_WORD = r"[A-Za-z][A-Za-z'’-]*"  # any case: a display name or a login
_CAPITAL = r"[A-Z][A-Za-z'’]*[a-z](?:-[A-Za-z][a-z]+)?"


def _all_words(span: str) -> bool:
    """Whether every word of ``span`` is an everyday word or an abbreviation (then it names no one)."""
    return all(is_common_word(w) or w.lower() in abbreviations() for w in span.split() if len(w) > 1)


class WorklistRowNameRecognizer(RegexRecognizer):
    """``ASAP  QUILL Ada  47Y/F  E1234567``: a row's priority code, the ALL-CAPS surname (one or more words)
    and the capitalised given name(s), then the age and sex columns."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (rf"(?m)^[ \t]*[A-Z][A-Za-z]{{1,6}}[ \t]{{2,}}(?P<phi>{_CAPS}(?:[ \t]{_CAPS}){{0,3}}[ \t]{_GIVEN}"
                rf"(?:[ \t]{_GIVEN}){{0,2}})[ \t]{{2,}}\d{{1,3}}[ \t]?(?:[Yy]|yo|YO)?/[MF](?![A-Za-z])",)

    def keep(self, text: str, start: int, end: int) -> bool:
        caps = [w for w in text[start:end].split() if w.isupper()]
        return not all(w.lower() in abbreviations() for w in caps)


class BadgeNameRecognizer(RegexRecognizer):
    """Officers named with their badge numbers, one or a list: ``Officer Quill #12``, ``officers Quill #123,
    Hart #456 and Moon #789``; and the name a badge showed: ``a tech whose badge said Quill``."""

    ENTITY = "PERSON"
    SCORE = 0.85
    _BADGE = r"[ \t]*#[ \t]?\d{2,6}\b"
    _ONE = rf"(?:{_GIVEN}[ \t])?{_CAPITAL}"
    _NAMES = re.compile(_ONE)  # each name of a list the patterns' ``phi`` spans
    PATTERNS = (rf"\b(?i:officers?|deputy|deputies|guards?|sgt\.?|sergeant|cpl\.?|corporal)[ \t]+"
                rf"(?P<phi>{_ONE}{_BADGE}(?:[ \t]*(?:,[ \t]*(?:and[ \t]+|&[ \t]*)?|and[ \t]+|&[ \t]*){_ONE}{_BADGE})*)",
                rf"\bbadge[ \t]+(?i:said|read|says|reads|showed)[ \t]+(?P<phi>{_ONE})(?![A-Za-z])")

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ANN001, ANN201
        results = []
        for pattern in self.candidates(text):
            for match in pattern.finditer(text):
                start, end = match.span("phi")
                results.extend(RecognizerResult(self.ENTITY, *name.span(), self.SCORE)
                               for name in self._NAMES.finditer(text, start, end))
        return results


class MisheardNameRecognizer(RegexRecognizer):
    """The name a speech-recognition correction quotes as misheard, without the title or the filler word the
    engine ran into it: ``name misrecognized as "mister quill in" - corrected to Quill``."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (r"\b(?i:misrecogni[sz]ed|misheard|mistranscribed|transcribed)[ \t]+as[ \t]+[\"“']"
                r"(?:(?i:mister|missus|miss|mrs|mr|ms|doctor|dr)\.?[ \t]+)?"
                rf"(?P<phi>{_WORD}(?:[ \t]{_WORD}){{0,3}}?)(?:[ \t](?:in|on|and|an|at|a|the))?[\"”']",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return not _all_words(text[start:end]) or "name" in text[max(0, start - 60):start].lower()


class LoggedUserRecognizer(RegexRecognizer):
    """The user a screen is logged in as, ending its header line: ``STAT queue [6/1/24 09:12]  user: ada quill``,
    ``user: Quill A``."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (rf"(?m)\b(?i:user|username|logged[ \t]+in[ \t]+as|signed[ \t]+in[ \t]+as)[ \t]*:[ \t]*"
                rf"(?P<phi>{_WORD}[ \t]{_WORD}(?:[ \t]{_WORD})?)[ \t]*$",)

    def keep(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].split()
        initialled = len(words) == 2 and words[0][:1].isupper() and len(words[1]) == 1 and words[1].isupper()
        return initialled or not _all_words(text[start:end])  # "user: Quill A": a surname and an initial


class ChatDisplayNameRecognizer(RegexRecognizer):
    """A chat export's display name alone on its line before the time, once for each of the speaker's turns:
    ``ada quill  1:37pm`` (any case; a name seen on one such line only is left to the other rules)."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (rf"(?m)^(?P<phi>{_WORD}(?:[ \t]{_WORD}){{0,2}})  [ \t]*\d{{1,2}}:\d{{2}}(?:[ \t]?[AaPp][Mm])?[ \t]*$",)

    def keep(self, text: str, start: int, end: int) -> bool:
        name = text[start:end]
        turns = len(re.findall(rf"(?m)^{re.escape(name)}  [ \t]*\d{{1,2}}:\d{{2}}", text))
        return turns >= 2 and not is_clinical(name, text[end:end + 40]) and not (
            name.islower() and _all_words(name))


class RoleNurseNameRecognizer(RegexRecognizer):
    """A nurse or technologist named by the role held in a procedure, the name ending the entry:
    ``sedation RN Quill``, ``circulating nurse Ada Quill;``."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (r"\b(?i:sedation|circulating|scrub|recovery|anesthesia|anaesthesia|procedure|procedural)[ \t]+"
                rf"(?:RN|RT|CRNA|LPN|(?i:nurse|tech|technologist))[ \t]+(?P<phi>{_CAPITAL}(?:[ \t]{_CAPITAL})?)"
                r"(?=[ \t]*(?:[;,.)]|$))",
                # a study role and the full name: "investigator Ada Quill (aq@site.org)", "IRB coordinator Ada Quill."
                rf"\b(?i:investigator|coordinator)[ \t]+(?P<phi>{_GIVEN}[ \t]{_CAPITAL})(?=[ \t]*(?:[;,.(]|$))")
    FLAGS = re.MULTILINE


class FormLabelNameRecognizer(RegexRecognizer):
    """``Patient name (Last, First, MI): Quill, Ada``, ``Student-athlete: Quill, Ada``: a label that asks
    for the inverted name, then the name."""

    ENTITY = "PERSON"
    SCORE = 0.85
    _INVERTED = rf"{_CAPITAL}(?:[ \t]{_CAPITAL})?,[ \t]?{_CAPITAL}(?:[ \t]{_CAPITAL})?(?:[ \t][A-Z]\.?)?"
    PATTERNS = (rf"\b(?i:name)[ \t]*\((?i:last)[^()\n]{{0,30}}\)[ \t]*:[ \t]*(?P<phi>{_INVERTED})",
                rf"\b(?i:student-athlete|student[ \t]athlete|athlete)[ \t]*:[ \t]*(?P<phi>{_INVERTED})")
