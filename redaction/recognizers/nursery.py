"""Newborn, maternity and child-welfare paperwork: a placeholder-registered baby's surname, maternity and childcare
sites, a county in a juvenile-court caption and a child-welfare agency's case number.

- ``BB Moss``, ``BG Gill``, ``BABY GIRL A TANAKA``, ``Twin B Okafor``, ``Baby Girl Rosenthal``: a newborn
  registered before it has a given name; the word after the placeholder is the family name, even when it is also a
  clinician's eponym ("Rosenthal") or an everyday word ("Moss"). The placeholder itself is no PHI.
- ``Royal Alder Maternity Unit``, ``Riverside Mother & Baby Unit``, ``Queen Adelaide Hospital for Women``,
  ``Cedar Ridge OB/GYN``, ``Little Acorns Day Nursery``: maternity units, women's and children's hospitals, OB
  practices and day nurseries, whose closing words the general site pattern does not know.
- ``IN THE JUVENILE COURT OF MARICOPA COUNTY``: the county of a court caption is a geographic subdivision
  smaller than a state (Safe Harbor); its name is masked as a place even where it is also a surname ("HARRIS").
- ``CPS DCFS 72028798``, ``HAR 715289030``: a child-welfare department's case number or a hospital account
  record written with its agency's initials; the initials are part of the number as written.
"""

from __future__ import annotations

import re

from redaction._newborn_names import PLACEHOLDER
from redaction.recognizers._base import RegexRecognizer

_PARTICLE = r"(?:(?:Te|TE|De|DE|Dela|DELA|Van|VAN|Von|VON|Al|AL|El|EL|Le|LE|Da|DA|Di|DI)[ \t])?"
_SURNAME = r"[A-Z](?:[a-z]+|[A-Z]+)(?:['’-][A-Z]?[A-Za-z]+)?(?!\w|['’][A-Za-z])"


class NewbornSurnameRecognizer(RegexRecognizer):
    """``BB Moss``, ``BABY GIRL A TANAKA``, ``Twin B Okafor``: the family name after a newborn's placeholder."""

    ENTITY = "PERSON"
    SCORE = 0.9
    PATTERNS = (rf"(?<!\w)(?!(?:INFANT|Infant|BABY|Baby)[ \t]+(?:OF|of))(?:{PLACEHOLDER})[ \t]+"
                rf"(?P<phi>{_PARTICLE}{_SURNAME})",)

    def keep(self, text: str, start: int, end: int) -> bool:
        from redaction._denylist import abbreviations

        return text[start:end].lower() not in abbreviations()  # "Twin A BPD 7.1 cm": a measurement, no name


# maternity, women's and children's sites and childcare settings, by the words that close their names
_SITE_HEAD = (r"(?:Maternity[ \t]+(?:Unit|Hospital|Home|Wing|Centre|Center|Service)|Mother[ \t]+(?:&|and)[ \t]+Baby"
              r"[ \t]+(?:Unit|Centre|Center)|Hospital[ \t]+for[ \t]+(?:Women|Children|Sick[ \t]+Children|Women[ \t]+"
              r"(?:&|and)[ \t]+(?:Children|Babies|Infants))|OB/GYN|OB-GYN|OBGYN|Ob/Gyn|"
              r"Obstetrics[ \t]+(?:&|and)[ \t]+Gyn(?:a?ecology)?|Day[ \t]+Nursery|Nursery[ \t]+School|Pre-?[Ss]chool|"
              r"Child[ \t]?[Cc]are[ \t]+(?:Centre|Center)|Early[ \t]+Learning[ \t]+(?:Centre|Center)|Day[ \t]?care)")


class MaternitySiteRecognizer(RegexRecognizer):
    """``Royal Alder Maternity Unit``, ``Queen Adelaide Hospital for Women``, ``Cedar Ridge OB/GYN``."""

    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (rf"(?<![\w'’])(?P<phi>(?:[A-Z][A-Za-z'’.-]+[ \t]){{1,4}}{_SITE_HEAD})(?![\w])",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        """A sentence's opening word is no part of the name: "Then Royal Alder Maternity Unit" -> the unit."""
        first = _OPENER.match(text, start)
        return (first.end(), end) if first else (start, end)


# a sentence's or a clause's opening word before a site name
_OPENER = re.compile(r"(?:The|Then|At|In|From|To|Via|For|With|And|Our|Your|Her|His|Their|Transfer|Transferred|"
                     r"Delivered|Born|Seen|Referred|Attends|Attending)[ \t]+(?=[A-Z])")


class CourtCountyRecognizer(RegexRecognizer):
    """``JUVENILE COURT OF MARICOPA COUNTY``, ``Family Court for Cook County``: the county's name."""

    ENTITY = "CITY"
    SCORE = 0.9
    PATTERNS = (r"(?i:court)[ \t]+(?i:of|for)[ \t]+(?:(?i:the)[ \t]+)?(?P<phi>[A-Z][A-Za-z'’.-]+"
                r"(?:[ \t][A-Z][A-Za-z'’.-]+)?)[ \t]+(?:COUNTY|County)\b",)


class AgencyCaseNumberRecognizer(RegexRecognizer):
    """``DCFS 72028798``, ``DCYF 1234567``, ``HAR 715289030``: a number written with its agency's initials."""

    ENTITY = "ACCOUNT_ID"
    SCORE = 0.85
    PATTERNS = (r"(?<![\w-])(?P<phi>(?:DCFS|DCYF|DCF|CFSA|HAR)[ ]\d{6,12})(?![\w-])",)
