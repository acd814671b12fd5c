"""Addresses written the Australian, New Zealand, South African, Indian, Philippine, Nigerian and Irish way.

- a four-digit postcode closing an address line after a street, its town and (optionally) a state or province:
  "12 Gum Street, Kingsvale, QLD 4123", "7 Totara Road, Riverbend, 3012", "Lot 4, Acacia Street, Barrio Uno,
  Laguna 4027)"; and the same address laid out one part a line ("7 Totara Road / Riverbend / 3012")
- the town of such a line when it carries a clinical-looking word ("Port Morrow, VIC 3123")
- an Indian door number with its cross and layout ("No. 12/3, 4th Cross, Nehru Layout"), a Philippine block
  and lot ("Blk 2 Lot 9, Acacia Street"), a Nigerian plot ("Plot 7, Adebayo Close") and a street with a
  trailing part word ("14 Church Street Upper")
- a clinic named after a "Clinic:" label before its phone, and chiropractors' and funeral directors' names
- a town after "repatriation to" and after an "ETA" before a date

A four-digit number is a postcode only after a numbered street on the same line (or the lines just above),
so a year or a count never matches.
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.places import _SUFFIX

_W = r"[A-ZÀ-ÞĀ-Ž][^\W\d_]*(?:['’][^\W\d_]+)?"  # a capitalised word, accents and apostrophes allowed
_TOWN = rf"{_W}(?:(?:[ \t]+|-){_W}){{0,3}}"
_TAIL = r"(?:[ \t]+(?:Upper|Lower|Extension|Extn\.?|North|South|East|West))?"
# a numbered street: "12 Gum Street", "Unit 3/12 Gum St", "No. 12/3, Temple Street", "Plot 7, Adebayo Close"
_NUMBERED = (rf"\d{{1,5}}[A-Za-z]?(?:/\d{{1,5}}[A-Za-z]?)?,?[ \t]+(?:\d{{1,2}}(?:st|nd|rd|th)[ \t]+\w+,[ \t]+)?"
             rf"(?:(?:{_W}[ \t]+){{1,4}}{_SUFFIX}\.?{_TAIL}|Purok[ \t]+{_W})")
_STATE = r"[A-Z]{2,3}"
_CLOSE = r"(?![\w/.:-]|[.,]\d)(?=[ \t]*(?:$|[);,]))"


class RegionPostcodeRecognizer(RegexRecognizer):
    """ZIP: a four-digit postcode closing a numbered street's line, or laid out on the lines below it."""

    ENTITY = "ZIP"
    SCORE = 0.85
    PATTERNS = (
        rf"\b{_NUMBERED}(?:,[ \t]*{_TOWN}){{1,3}}(?:,?[ \t]+{_STATE})?,?[ \t]+(?P<phi>\d{{4}}){_CLOSE}",
        rf"\b{_NUMBERED}[ \t]*\n[ \t]*{_TOWN}[ \t]*\n[ \t]*(?:{_STATE}[ \t]+)?(?P<phi>\d{{4}})[ \t]*$",
    )
    FLAGS = re.MULTILINE


def _not_all_clinical(text: str, start: int, end: int) -> bool:
    words = text[start:end].replace("-", " ").split()
    known = clinical_words()
    return not all(w.lower() in known for w in words)


class RegionTownRecognizer(RegexRecognizer):
    """CITY: the town right after a numbered street and before a state code or a four-digit postcode, the town
    of a stacked address, and a town after "repatriation to" or an "ETA" before a date."""

    ENTITY = "CITY"
    SCORE = 0.85
    PATTERNS = (
        rf"\b{_NUMBERED},[ \t]*(?P<phi>{_TOWN})(?:,?[ \t]+{_STATE})?,?[ \t]+\d{{4}}{_CLOSE}",
        rf"\b{_NUMBERED}[ \t]*\n[ \t]*(?P<phi>{_TOWN})[ \t]*\n[ \t]*(?:{_STATE}[ \t]+)?\d{{4}}[ \t]*$",
        rf"\b(?i:repatriation|repatriated|repatriate)[ \t]+to[ \t]+(?P<phi>{_TOWN})\b",
        rf"\bETA[ \t]+(?P<phi>{_TOWN})[ \t]+\d{{1,2}}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{{2,8}}\b",
    )
    FLAGS = re.MULTILINE

    def keep(self, text: str, start: int, end: int) -> bool:
        return _not_all_clinical(text, start, end)


class RegionStreetRecognizer(RegexRecognizer):
    """STREET_ADDRESS: Indian door numbers with cross and layout, Philippine block and lot, Nigerian plots and
    a street with a trailing part word ("Upper", "Extension")."""

    ENTITY = "STREET_ADDRESS"
    SCORE = 0.86
    PATTERNS = (
        rf"\bNo\.[ \t]?\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}}[A-Za-z]?)?,[ \t]+"
        rf"(?:\d{{1,2}}(?:st|nd|rd|th)[ \t]+(?:Cross|Main|Block|Stage|Phase|Sector)(?:[ \t]+{_SUFFIX})?,[ \t]+)?"
        rf"(?:{_W}[ \t]+){{1,3}}(?:{_SUFFIX}|Layout|Colony|Nagar|Enclave|Marg|Salai){_TAIL}\b",
        rf"\bBlk\.?[ \t]?\d{{1,4}}[A-Za-z]?,?[ \t]+Lot\.?[ \t]?\d{{1,4}}[A-Za-z]?,[ \t]+"
        rf"(?:Purok[ \t]+{_W}|(?:{_W}[ \t]+){{1,3}}{_SUFFIX}{_TAIL})\b",
        rf"\bPlot[ \t]+\d{{1,5}}[A-Za-z]?,[ \t]+(?:{_W}[ \t]+){{1,3}}{_SUFFIX}{_TAIL}\b",
        rf"(?:\b(?:Flat|Unit|Apt)[ \t]+\d{{1,4}}[A-Za-z]?,[ \t]+)?\b\d{{1,5}}[A-Za-z]?(?:/\d{{1,5}})?[ \t]+"
        rf"(?:{_W}[ \t]+){{1,3}}{_SUFFIX}[ \t]+(?:Upper|Lower|Extension|Extn\.?)(?![\w-])",
    )


_CAPS = r"[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’.&-]+"
_BUSINESS = (r"(?:Chiropractic|Chiropractors?|Chiro|Funeral[ \t]+(?:Home|Homes|Directors?|Services|Parlou?r|Chapel)|"
             r"Mortuary|Crematorium)")


class RegionFacilityRecognizer(RegexRecognizer):
    """FACILITY: a clinic's name after a "Clinic:" label and before its phone, and a chiropractor's or
    funeral director's business name ("Hartley & Sons Funeral Directors", "Backbone Family Chiro"), and a
    letterhead in capitals above a numbered street."""

    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (
        rf"\bClinic[ \t]*:[ \t]*(?P<phi>{_W}(?:[ \t]+(?:&[ \t]+)?{_W}){{1,4}}),[ \t]*(?=[+(]?\d)",
        rf"(?P<phi>\b{_W}(?:[ \t]+(?:&[ \t]+)?{_W}){{0,3}}[ \t]+{_BUSINESS})\b",
        # a letterhead in capitals on the line above a numbered street: "KESTREL BAY HOSPITAL\n4 Quay Street"
        rf"^[ \t]*(?P<phi>{_CAPS}(?:[ \t]+{_CAPS}){{1,5}})[ \t]*\n[ \t]*"
        rf"(?:(?:Flat|Unit|Apt|Suite|Level|Shop|No\.|Plot)[ \t]*)?\d{{1,5}}[A-Za-z]?(?:/\d{{1,5}}[A-Za-z]?)?,?[ \t]+"
        rf"(?:\d{{1,5}}[A-Za-z]?[ \t]+)?(?:{_W}[ \t]+){{1,4}}{_SUFFIX}\b",
    )
    FLAGS = re.MULTILINE

    def keep(self, text: str, start: int, end: int) -> bool:
        return _not_all_clinical(text, start, end)
