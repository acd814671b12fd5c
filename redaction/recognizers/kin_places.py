"""Towns in a person's own account of a family: a birthplace after the birth date, and where someone still lives.

- "I was born 09/30/1987 in Dayton.", "born on 3 January 1963 in Flagstaff", "born March 2, 1950 in Red Bank"
- "is 97 and still in Roanoke;", "now lives in Fort Wayne", "still living in Bangor with my aunt"
- a relative placed in a town: "his daughter Ana in Red Bank could be called", "her brother in Elm Falls who ..."

The town is one to three capitalised words ending the clause; a clinical word ("still in Recovery") is no town.
"""

from __future__ import annotations

import re

from redaction._denylist import PLACE_AND_DATE_WORDS, clinical_words
from redaction.recognizers._base import RegexRecognizer

_TOWN = r"(?P<phi>(?:St\.|Ft\.|Mt\.|[A-Z][a-z]+)(?:[ \t-][A-Z][a-z]+){0,2})"
_DATE = (r"(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[ \t][A-Z][a-z]{2,8}\.?[ \t]\d{4}|"
         r"[A-Z][a-z]{2,8}\.?[ \t]\d{1,2},?[ \t]\d{4})")
# rooms and states a patient is "still in", never a town
_NOT_TOWN = frozenset("recovery rehab rehabilitation hospital hospice care bed pain progress school college "
                      "treatment therapy remission labor labour surgery theatre theater clinic ward unit".split())
_END = r"(?=[ \t]*(?:[.;,:)!]|$|(?:and|with|where|but|when|since|until)\b))"
# a relative by possessive and kin word, the relative's name or not
_KIN = (r"\b(?i:his|her|their|my|your)[ \t]+(?i:sister|brother|daughter|son|mother|father|aunt|uncle|cousin|niece|"
        r"nephew|wife|husband|spouse|partner|grandson|granddaughter|grandmother|grandfather)"
        r"(?:[ \t]+[A-Z][a-z'’-]+){0,2}")
# what follows the town in the clause: a verb or a relative pronoun ("in Red Bank could be told", "... who drives")
_KIN_END = (r"(?=[ \t]*(?:[.;,:)!]|$|(?:and|with|where|but|when|since|until|who|could|can|would|will|may|might|"
            r"should|is|was|has|had|to)\b))")


class KinTownRecognizer(RegexRecognizer):
    """A birthplace after a birth date, or where a person is still or now living."""

    ENTITY = "CITY"
    SCORE = 0.85
    PATTERNS = (rf"\b(?i:born)[ \t]+(?:(?i:on)[ \t]+)?{_DATE}[ \t]+(?i:in)[ \t]+{_TOWN}{_END}",
                rf"\b(?i:still|now)[ \t]+(?:(?i:lives|living|lived|based|residing)[ \t]+)?(?i:in)[ \t]+{_TOWN}{_END}",
                rf"{_KIN}[ \t]+in[ \t]+{_TOWN}{_KIN_END}")
    FLAGS = re.MULTILINE

    def keep(self, text: str, start: int, end: int) -> bool:
        words = re.findall(r"[A-Za-z]+", text[start:end].lower())
        if len(words) > 1 and words[0] in _TOWN_FIRST:
            words = words[1:]  # "Port Ellery", "Mount Vale": a town's first word, whatever else it means
        return not any(w in clinical_words() or w in _NOT_TOWN or w in PLACE_AND_DATE_WORDS for w in words)


# the first word of many towns' names, some of them clinical words on their own ("port", "mount")
_TOWN_FIRST = frozenset("port fort mount lake cape glen".split())
