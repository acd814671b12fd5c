"""People that a letter's, a memoir's or a newsletter's phrasing names, even when the name is also a word
("May", "Page", "Hope", "Lane"):

- a titled surname in a letter's greeting: "Dear Dr. Page,", "Dear Mx. St. Clair,";
- the first of two people greeted with one surname: "Dear Hope and Ivo Kessler," (Ivo Kessler is left to the
  other recognizers);
- a first name with a possessive opening a paragraph before the person's exam or relative:
  "Ruby's hip ultrasound on ...", "Tad's wife, ...";
- the person a letter's heading gives results for: "Scan results for May — please keep for your records";
- a person introduced by "named": "a retired welder named Ivo Page";
- a name opening a line with its age in apposition: "Ivo May, 35-year-old man", "Ada Lane, woman aged 37";
- a bulleted staff entry with the person's modality or unit in brackets: "• Mei-Ling Hill (ultrasound) — 1/9".
- a letter's child, pupil, relative or staff member: "the loss of your baby Wren", "Ivy was seen in our clinic",
  "I have reviewed Le's imaging", "On 3/4/25, Dawn noted a cyst", "Joy, our bereavement coordinator,",
  "His partner Ivo Page", "Dearest Hope and Ivo,"; a short name spelled like an acronym ("Pet") where the cue
  is a relative's word or a section opening on the person's age.

The cue, not the spelling, makes it a person; a clinical, deny-listed or abbreviated word is still never taken
(a surname after a given name may be a word that report vocabulary lists, when the census lists it as a surname).
"""

from __future__ import annotations

import re

from redaction._denylist import abbreviations, clinical_words, not_name_words
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.given_names import surnames
from redaction.recognizers.word_names import cued_name_word

_WORD = r"(?:[A-Z]['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_SURNAME = rf"(?:St\.?[ \t])?{_WORD}"
_FULL = rf"{_WORD}(?:[ \t][A-Z]\.)?[ \t]{_SURNAME}"
_TITLE = r"(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Doctor)\.?"
# what a person's possessive opens a paragraph on: their exam, their results, their relative
_OWNED = (r"(?:ultrasound|sonogram|scan|x-?ray|radiograph|MRI|CT|mammogram|study|exam|examination|imaging|images|"
          r"results?|appointment|wife|husband|partner|mother|father|mum|mom|dad|daughter|son|sister|brother|"
          r"parents?|grandmother|grandfather|cast|splint|brace|records|chart)")
# a staff role a name is put in apposition with: "Joy, our bereavement coordinator, will ring"
_ROLE = (r"(?:coordinator|nurse|midwife|sonographer|radiographer|technologist|chaplain|counsell?or|social[ \t]+worker|"
         r"navigator|therapist|receptionist|scheduler)")
# possessives that open a paragraph without naming anyone
_AGE_AFTER = re.compile(r"[ \t]+is[ \t]+an?[ \t]+\d")
_NOT_OWNERS = frozenset("today yesterday tomorrow tonight week month year everyone nobody somebody".split())


def _surname_ok(word: str) -> bool:
    """The last word of a name a cue introduces: a name word, or a census surname report vocabulary lists too
    ("Page", "Lane"), but never a clinical word."""
    lower = word.strip(".,'’").lower()
    if lower in clinical_words():
        return False
    return cued_name_word(word) or lower in surnames()


def _titled_acronym(word: str) -> bool:
    """A short name spelled like an acronym but written in title case ("Pet", "Peg"): reports write the acronym
    in capitals ("PET"), so where a cue says a person stands, it is the name."""
    return 2 <= len(word) <= 4 and word[0].isupper() and word[1:].islower() and word.lower() in abbreviations()


def _full_name_ok(value: str) -> bool:
    words = [w for w in re.split(r"[ \t]+", value) if w and w not in ("St.", "St")]
    return (bool(words) and all(cued_name_word(w) or _titled_acronym(w) for w in words[:-1])
            and _surname_ok(words[-1]))


class ProsePersonRecognizer(RegexRecognizer):
    """PERSON: titled greetings, greeted couples, paragraph-opening possessives, "named" introductions, names
    with their age in apposition, bulleted staff entries."""

    ENTITY = "PERSON"
    SCORE = 0.95
    PATTERNS = (
        # "Dear Dr. Page," / "Dear Mx. St. John,"
        rf"\bDear[ \t]+{_TITLE}[ \t]+(?P<phi>{_SURNAME})[ \t]*[,:!]",
        # "Dear Hope and Ivo Kessler,": the first person greeted
        rf"\bDear[ \t]+(?P<phi>{_WORD})[ \t]+(?:and|&)[ \t]+{_WORD}[ \t]+{_SURNAME}[ \t]*[,:!]",
        # "Dearest Hope and Ivo,": two people greeted by their first names
        rf"\bDear(?:est)?[ \t]+(?P<phi>{_WORD})[ \t]+(?:and|&)[ \t]+{_WORD}[ \t]*[,:!]",
        # "Ruby's hip ultrasound on ...", "Tad's wife, ..." opening a paragraph or a sentence
        rf"(?m)(?:^[ \t]*|(?<=[.!?][ \t]))(?P<phi>{_WORD})['’]s?[ \t]+(?:[a-z-]+[ \t]+){{0,2}}{_OWNED}\b",
        # "I have reviewed Ivo Page's imaging", "reviewed Le's records"
        rf"\breviewed[ \t]+(?P<phi>{_FULL}|{_WORD})['’]s[ \t]+(?:[a-z-]+[ \t]+){{0,2}}{_OWNED}\b",
        # a child a letter names after its parents' word for it: "the loss of your baby Wren", "our son Ivo"
        rf"\b(?i:your|our|her|his|their)[ \t]+(?i:baby|son|daughter|infant|newborn)[ \t]+(?:(?i:boy|girl)[ \t]+)?"
        rf"(?P<phi>{_WORD})(?![A-Za-z'’-])",
        # a paragraph or sentence opening on the person a clinic letter is about: "Ivo May was seen in our clinic"
        rf"(?m)(?:^[ \t]*|(?<=[.!?][ \t]))(?P<phi>{_WORD}(?:[ \t]{_SURNAME})?)[ \t]+was[ \t]+seen[ \t]+(?:in|at)[ \t]+"
        r"(?:our|the)[ \t]+(?i:clinic|department|office|practice|unit)\b",
        # a staff member after a date, observing: "At your scan on May 3, 2025, Wren noted a cyst"
        rf"\d,[ \t]+(?P<phi>{_WORD})[ \t]+(?:noted|observed|saw|measured|found)[ \t]+(?:a|an|the|no|two|some)\b",
        # a name in apposition with a staff role, opening a sentence: "Joy, our bereavement coordinator, will ring"
        rf"(?m)(?:^[ \t]*|(?<=[.!?][ \t]))(?P<phi>{_WORD}),[ \t]+(?:our|your|the)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}"
        rf"{_ROLE}[ \t]*,",
        # "Hip ultrasound results for May — please keep for your records": a letter's heading
        rf"\b(?i:results|report|letter)[ \t]+for[ \t]+(?P<phi>{_WORD})[ \t]*(?:—|–|--)[ \t]*(?i:please)\b",
        # "a retired welder named Ivo Page"
        rf"\bnamed[ \t]+(?P<phi>{_FULL})\b",
        # "Ivo May, 35-year-old man" / "Ada Lane, woman aged 37" opening a line
        rf"(?m)^[ \t]*(?P<phi>{_FULL}),[ \t]+(?:an?[ \t]+)?(?:\d{{1,3}}[- ](?:year|yr)s?[- ]old|"
        r"(?:(?:wo)?man|male|female|boy|girl|gentleman|lady)[ \t]+aged[ \t]+\d|aged[ \t]+\d)",
        # a relative named in full after the patient's word for them: "His partner Ivo Page", "her parent, Ada Lane."
        r"\b(?i:his|her|their|your)[ \t]+(?i:partner|parent|wife|husband|spouse|mother|father|daughter|son|sister|"
        rf"brother|carer|caregiver),?[ \t]+(?P<phi>{_FULL})(?![A-Za-z'’-])",
        # a short name spelled like an acronym ("Pet", "Peg") opening a section on the person's age:
        # "Reason for consult: Pet is a 81 years old woman" (longer names: word_names)
        r"(?m)^[A-Z][A-Za-z]*(?:[ \t][a-z]+){0,3}:[ \t]*(?P<phi>[A-Z][a-z]{1,3})[ \t]+is[ \t]+an?[ \t]+\d{1,3}"
        r"(?:-|[ \t])?(?i:yr|year|y/?o\b|yo\b)",
        # "• Mei-Ling Hill (ultrasound) — 1/9"
        rf"(?m)^[ \t]*[•·▪◦*][ \t]+(?P<phi>{_FULL})[ \t]+\((?P<unit>[A-Za-z]+(?:[ \t][A-Za-z]+)?)\)[ \t]*[—–-]",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        value = text[start:end]
        words = value.split()
        if len(words) == 1 or (len(words) == 2 and words[0] in ("St.", "St")):
            lower = words[-1].lower().rstrip("'’")
            if lower in _NOT_OWNERS:
                return False
            before = text[max(0, start - 12):start]
            if re.search(rf"\bDear[ \t]+{_TITLE}[ \t]+$", before):
                return lower not in clinical_words()  # "Dear Dr. Page,": the title leaves no doubt
            return cued_name_word(words[-1]) or _titled_acronym(words[-1]) and bool(_AGE_AFTER.match(text, end))
        if text[end:end + 3].startswith(" (") and not self._unit_ok(text, end):
            return False
        return _full_name_ok(value)

    @staticmethod
    def _unit_ok(text: str, end: int) -> bool:
        """A bulleted entry's bracket holds a modality or a unit ("(CT)", "(ultrasound)"), not anything else."""
        close = text.find(")", end)
        unit = text[end + 2:close].lower().split() if close > 0 else []
        return bool(unit) and all(w in clinical_words() or w in not_name_words() for w in unit)
