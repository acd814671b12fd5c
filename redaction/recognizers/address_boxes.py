"""The town after a post-office box on an address line, as Kenya, Uganda, Tanzania, Botswana and the Gulf states
write it: the box number (with its post office's code) and then the town, with no comma between.

- "Address: P.O. Box 4410-00200 Kisumu    Tel: ..."     town "Kisumu"
- "Postal address: PO Box 118, Gaborone"                town "Gaborone"
- "Address: Private Bag 7 Mbabane 0100"                 town "Mbabane", postcode "0100"

Only after an address label, and only where the town ends its field: the line's end, a full stop, a semicolon, a
comma and a contact word, or a run of spaces before the form's next field ("    Mobile: ..."). The box itself is
the street rules' (``places.StreetAddressRecognizer``).
"""

from __future__ import annotations

import re
from typing import ClassVar

from redaction._countries import COUNTRIES
from redaction._regions import REGIONS
from redaction.recognizers._grouped import GroupedRegexRecognizer
from redaction.recognizers.address_chains import _NEXT_FIELD, _TOWN


class CuedBoxTownRecognizer(GroupedRegexRecognizer):
    """CITY (and ZIP) after "Address: P.O. Box 4410-00200": the town the box is at."""

    ENTITY = "CITY"
    SCORE = 0.9
    GROUPS: ClassVar[dict[str, str]] = {"city": "CITY", "postcode": "ZIP"}
    PATTERNS = (
        (r"\b(?i:address|addr)\.?[ \t]*:?[ \t]*"
         r"(?i:P\.?[ \t]?O\.?[ \t]*Box|Post[ \t]+Office[ \t]+Box|Private[ \t]+Bag)[ \t]*\d{1,6}(?:-\d{3,6})?,?[ \t]+"
         rf"(?P<city>{_TOWN})(?:[ \t]+(?P<postcode>\d{{4,6}}))?"
         r"(?=[ \t]*(?:[;)]|$)|\.(?:\s|$)|,[ \t]*(?i:ph|phone|tel|cell|mobile|e-?mail)\b"
         rf"|{_NEXT_FIELD})"),
    )
    FLAGS = re.MULTILINE

    def accept(self, match: re.Match[str], group: str) -> bool:
        """A country or a region after the box is no town ("PO Box 12, Kenya")."""
        return match.group("city") not in COUNTRIES and match.group("city") not in REGIONS
