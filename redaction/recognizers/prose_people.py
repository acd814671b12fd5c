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

The cue, not the spelling, makes it a person; a clinical, deny-listed or abbreviated word is still never taken
(a surname after a given name may be a word that report vocabulary lists, when the census lists it as a surname).
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words, not_name_words
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.given_names import surnames
from redaction.recognizers.word_names import _name_word

_WORD = r"(?:[A-Z]['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_SURNAME = rf"(?:St\.?[ \t])?{_WORD}"
_FULL = rf"{_WORD}(?:[ \t][A-Z]\.)?[ \t]{_SURNAME}"
_TITLE = r"(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Doctor)\.?"
# what a person's possessive opens a paragraph on: their exam, their results, their relative
_OWNED = (r"(?:ultrasound|sonogram|scan|x-?ray|radiograph|MRI|CT|mammogram|study|exam|examination|imaging|images|"
          r"results?|appointment|wife|husband|partner|mother|father|mum|mom|dad|daughter|son|sister|brother|"
          r"parents?|grandmother|grandfather)")
# possessives that open a paragraph without naming anyone
_NOT_OWNERS = frozenset("today yesterday tomorrow tonight week month year everyone nobody somebody".split())


def _surname_ok(word: str) -> bool:
    """The last word of a name a cue introduces: a name word, or a census surname report vocabulary lists too
    ("Page", "Lane"), but never a clinical word."""
    lower = word.strip(".,'’").lower()
    if lower in clinical_words():
        return False
    return _name_word(word) or lower in surnames()


def _full_name_ok(value: str) -> bool:
    words = [w for w in re.split(r"[ \t]+", value) if w and w not in ("St.", "St")]
    return bool(words) and all(_name_word(w) for w in words[:-1]) and _surname_ok(words[-1])


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
        # "Ruby's hip ultrasound on ...", "Tad's wife, ..." opening a paragraph
        rf"(?m)^[ \t]*(?P<phi>{_WORD})['’]s?[ \t]+(?:[a-z-]+[ \t]+){{0,2}}{_OWNED}\b",
        # "Hip ultrasound results for May — please keep for your records": a letter's heading
        rf"\b(?i:results|report|letter)[ \t]+for[ \t]+(?P<phi>{_WORD})[ \t]*(?:—|–|--)[ \t]*(?i:please)\b",
        # "a retired welder named Ivo Page"
        rf"\bnamed[ \t]+(?P<phi>{_FULL})\b",
        # "Ivo May, 35-year-old man" / "Ada Lane, woman aged 37" opening a line
        rf"(?m)^[ \t]*(?P<phi>{_FULL}),[ \t]+(?:an?[ \t]+)?(?:\d{{1,3}}[- ](?:year|yr)s?[- ]old|"
        r"(?:(?:wo)?man|male|female|boy|girl|gentleman|lady)[ \t]+aged[ \t]+\d|aged[ \t]+\d)",
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
            return _name_word(words[-1])
        if text[end:end + 3].startswith(" (") and not self._unit_ok(text, end):
            return False
        return _full_name_ok(value)

    @staticmethod
    def _unit_ok(text: str, end: int) -> bool:
        """A bulleted entry's bracket holds a modality or a unit ("(CT)", "(ultrasound)"), not anything else."""
        close = text.find(")", end)
        unit = text[end + 2:close].lower().split() if close > 0 else []
        return bool(unit) and all(w in clinical_words() or w in not_name_words() for w in unit)
