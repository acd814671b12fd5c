"""Sites and address parts that a layout or a cue marks.

- the site code in a worklist's title line, between its modality and its date: "RIS WORKLIST  CT  NWMC  03/04/2025"
- the site after "outside facility" / "outside hospital": "prior at outside facility KRH, requested",
  "Outside facility: Larch Valley Clinic, 12 ..."
- a site code after a clock time: "Performed: 03/01/2025 21:05 at NRH"
- a labelled street without a street suffix: "Address: 27 Parkgate, Sligo F91 X2Y3"
- the town between a lower-case street and its ZIP code, after an address cue, as patients type it:
  "new address is 88 birch ln tulsa 74101", "we live at 4 oak rd enid ok 73701"
"""

from __future__ import annotations

import re
from typing import ClassVar

from redaction.recognizers._grouped import GroupedRegexRecognizer

_MODALITIES = frozenset({"CT", "MR", "MRI", "US", "XR", "NM", "PET", "DX", "CR", "MG", "RF", "IR", "DEXA", "ALL",
                         "MAMMO", "FLUORO", "ECHO", "ED", "ER", "OR", "ICU", "NICU", "PICU", "PACU", "CCU", "EST",
                         "PST", "CST", "MST", "UTC", "GMT", "BST", "CET", "HOME", "BEDSIDE"})
_LOWER_SUFFIX = (r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|"
                 r"parkway|pkwy|circle|cir|terrace|ter|trail|trl|highway|hwy)")


class CuedSiteRecognizer(GroupedRegexRecognizer):
    """FACILITY (worklist title, outside facility), STREET_ADDRESS (labelled street without a suffix) and
    CITY (lower-case town before a ZIP code)."""

    ENTITY = "FACILITY"
    SCORE = 0.9
    GROUPS: ClassVar[dict[str, str]] = {"site": "FACILITY", "street": "STREET_ADDRESS", "town": "CITY"}
    PATTERNS = (
        r"\bWORKLIST[ \t]+(?:(?P<mod>[A-Z]{2,6})[ \t]+)?(?P<site>[A-Z][A-Z0-9-]{1,7})[ \t]+(?=\d{1,4}[/.-]\d)",
        r"(?m)\b(?i:outside|external)[ \t]+(?i:facility|hospital|institution)[ \t]*:?[ \t]+"
        r"(?P<site>[A-Z][A-Za-z&'.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][A-Za-z&'.-]*){0,5})(?=[ \t]*(?:[,;(]|$))",
        # a site code after a clock time: "Performed: 03/01/2025 21:05 at NRH"
        r"(?m)\d{1,2}:[0-5]\d(?:[ \t]*[AaPp][Mm])?[ \t]+at[ \t]+(?P<site>[A-Z]{2,6})(?=[ \t]*(?:$|[,;]|\.(?:\s|$)))",
        r"\b(?i:address)[ \t]*:[ \t]*(?P<street>\d{1,5}[A-Za-z]?[ \t]+[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+){0,2})"
        r"(?=,[ \t]*[A-Z])",
        rf"\b(?i:address(?:[ \t]+is)?|moved[ \t]+to|live[ \t]+at|living[ \t]+at|lives[ \t]+at|staying[ \t]+at)[ \t:]*"
        rf"\d{{1,6}}[ \t]+(?:[a-z]+[ \t]+){{1,3}}{_LOWER_SUFFIX}\b(?:\.,?|,)?[ \t]+"
        r"(?P<town>[a-z]{3,}(?:[ \t][a-z]+)??)(?:,?[ \t]+[a-z]{2})?,?[ \t]+\d{5}(?:-\d{4})?\b",
    )

    def accept(self, match: re.Match[str], group: str) -> bool:
        value = match.group(group)
        if group == "site":
            return value not in _MODALITIES and not value.isdigit()
        if group == "town":
            return value.split()[0] not in {"apt", "unit", "suite", "ste", "box", "and", "the"}
        return True
