"""Names that only a chat's, a portal message's or a log's phrasing marks as names.

- a first name with a possessive "s" and no apostrophe, before a phone number: "Nadias cell is 555 0100"
- who exported a record, a name quoted as spelled or transcribed, a patient listed with a room:
  "exported 2025-01-02 by June Baker", 'name spelled "Nguyenn"', "1. Ferris in 9West-26 -- CT HEAD"
- a titled surname before a phone number, even an eponym's: "backup Dr. Paget cell 555 0100"
- a referrer's surname after "ref" at a cell's or line's end: '..., "ref Okafor"'
- a patient named by a bare word in a colleague's request: "can you look at Ferris before I sign?"
- initials before the person's name in brackets, after "by": "Imported by TK (Tomas Kral, RT(R))"
- the writer's name after a diary or journal title or in its byline: "my scan diary — oksana", "Journal\nby Ivo"
"""

from __future__ import annotations

import re

from redaction._denylist import PLACE_AND_DATE_WORDS, clinical_words, not_name_words
from redaction._vocabulary import is_common_word
from redaction.recognizers._base import RegexRecognizer


def _is_word(word: str) -> bool:
    lowered = word.lower()
    return lowered in clinical_words() or lowered in not_name_words() or lowered in PLACE_AND_DATE_WORDS


class CuedPersonRecognizer(RegexRecognizer):
    """PERSON: a titled surname before a phone number, a referrer after "ref" closing a note or a quoted cell,
    a patient in a "look at X before" request, the writer after a diary title."""

    ENTITY = "PERSON"
    SCORE = 0.9
    PATTERNS = (
        # a titled surname before its phone number, even one an eponym shares: "Dr. Paget cell 555 0100"
        r"\b(?:Dr|Doctor)\.?[ \t]+(?P<phi>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+(?i:cell|phone|mobile|pager|beeper|ext)"
        r"\.?[ \t]*(?:is|:|#)?[ \t]*(?=[+(]?\d)",
        # a referrer's surname closing a note or a quoted cell: "ref Okafor", "(ref Dr. Lind)"
        r"(?m)\b(?i:ref)\.?[ \t]+(?:(?i:dr)\.?[ \t]+)?(?P<phi>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[\"”),;]|[ \t]*$)",
        # "can you look at Ferris before I call it?" / "check on Imani for me"
        r"\b(?i:look|looking|peek|glance)[ \t]+at[ \t]+(?P<phi>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
        r"(?=[ \t]+(?:before|for[ \t]+me|first|again|when[ \t]+you)\b|[ \t]*\?)",
        # "my scan diary — oksana" (the title line ends with the name)
        r"(?im)\b(?:diary|journal)[ \t]*(?:—|–|--?)[ \t]*(?P<phi>[a-z][a-z'-]+(?:[ \t][a-z][a-z'-]+)?)[ \t]*$",
        # "Journal — shared with my care team\nby Ignatius": the byline under a diary's title line
        r"(?im)\b(?:diary|journal)\b[^\n]{0,80}\n[ \t]*by[ \t]+(?P<phi>[A-Z][a-z'-]+(?:[ \t][A-Z][a-z'-]+)?)[ \t]*$",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        return not any(_is_word(word) for word in text[start:end].split())


class StrongCuePersonRecognizer(RegexRecognizer):
    """PERSON where the cue leaves no doubt, even for a name that is also a month or a word ("May", "Swift"):
    a possessive first name before a phone number, who exported a record, a name quoted as spelled or
    transcribed, a patient listed with the room they are in."""

    ENTITY = "PERSON"
    SCORE = 0.9
    PATTERNS = (
        # "Nadias cell is 555..." / "Omars phone: (555)...": the name without the possessive "s"
        r"\b(?P<phi>[A-Z][a-z]{1,20})s[ \t]+(?i:cell(?:[ \t]?phone)?|phone|mobile|number|home\s+phone)"
        r"[ \t]*(?i:is|:|=)?[ \t]*(?=[+(]?\d)",
        # "[chat] exported 2025-01-02 by June Baker"
        r"\b(?i:exported|printed|generated|downloaded|imported|uploaded|merged)\b[^\n]{0,30}?\bby[ \t]+"
        r"(?P<phi>[A-Z][a-z]+[ \t][A-Z][a-z'-]+)\b",
        # "outside name spelled "Nguyenn"", "spelling of referring physician, transcribed as "Monday""
        r"\b(?i:name|spelling|physician|doctor|surname)\b[^\n\"]{0,60}?\b(?i:spelled|spelt|misspelled|transcribed[ \t]+as|written[ \t]+as)[ \t]+[\"“]"
        r"(?P<phi>[A-Z][A-Za-z'-]+(?:[ \t][A-Z][A-Za-z'-]+)?)[\"”]",
        # "1. Ferris in 9West-26 -- MRI BRAIN", "2. Imani in 4North-12"
        r"(?m)^[ \t]*\d{1,2}[.)][ \t]+(?P<phi>[A-Z][a-z]+)[ \t]+in[ \t]+\d{1,2}[A-Z][a-z]+-\d{1,3}\b",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        return not any(word.lower() in clinical_words() or word.lower() in not_name_words()
                       for word in text[start:end].split())


class BracketedInitialsRecognizer(RegexRecognizer):
    """PERSON: initials after "by" whose bracketed name that follows begins and ends with their letters:
    "Imported by TK (Tomas Kral, RT(R))", "edited by MJS (Mary Jo Simms)"; an expansion made of
    clinical or common words is not a name ("assessed by MR (Magnetic Resonance)")."""

    ENTITY = "PERSON"
    SCORE = 0.9
    PATTERNS = (r"\b(?i:by)[ \t]+(?P<phi>[A-Z]{2,3})[ \t]+\("
                r"(?=(?P<name>[A-Z][a-z]+(?:[ \t-][A-Z][a-z'-]+){1,3})[,)])",)
    _NAME = re.compile(r"\(([A-Z][a-z]+(?:[ \t-][A-Z][a-z'-]+){1,3})[,)]")

    def keep(self, text: str, start: int, end: int) -> bool:
        name = self._NAME.match(text, text.index("(", end))
        if name is None:
            return False
        parts = re.split(r"[ \t-]", name.group(1))
        initials = text[start:end]
        return (initials[0] == parts[0][0] and initials[-1] == parts[-1][0]
                and not all(_is_word(part) or is_common_word(part) for part in parts))  # "MR (Magnetic Resonance)"


class LaidOutCapsNameRecognizer(RegexRecognizer):
    """PERSON: an ALL-CAPS "SURNAME, GIVEN" whose layout makes it a name even when the surname is also a word or
    an abbreviation ("ENGLISH", "RAO"): before a worklist row's age and sex ("LONG, ADA M  67F"), or after a
    study participant label ("Participant: BISHOP, ROSE")."""

    ENTITY = "PERSON"
    SCORE = 0.95
    _CAPS = r"[A-Z][A-Z'-]+(?:[ \t][A-Z][A-Z'-]+)?, [A-Z][A-Z'-]+(?:[ \t][A-Z][A-Z'-]+)?(?:[ \t][A-Z]\b\.?)?"
    PATTERNS = (
        rf"(?<![A-Za-z'-])(?P<phi>{_CAPS})[ \t]{{2,}}\d{{1,3}}[ \t]?[MF]\b",
        rf"\b(?i:participant|subject[ \t]+name|enrollee)[ \t]*:[ \t]*(?P<phi>{_CAPS})\b",
    )


class RoleFirstNameRecognizer(RegexRecognizer):
    """PERSON: a first name right after a care role, before what the person did: "Child life specialist Ines
    assisted.", "interpreter Farida present" (a clinical word or a name of a place or a date is not taken)."""

    ENTITY = "PERSON"
    SCORE = 0.9
    PATTERNS = (r"\b(?i:specialist|therapist|coordinator|navigator|assistant|aide|interpreter|chaplain|doula|"
                r"volunteer|sitter|escort)[ \t]+(?P<phi>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
                r"(?=[ \t]+(?:assisted|helped|attended|stayed|was[ \t]+present|present|provided|accompanied)\b)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return not any(_is_word(word) for word in text[start:end].split())
