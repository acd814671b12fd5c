"""Payment-card numbers: a prepaid or stipend card's sixteen digits written in four groups of four.

``4415 1575 9689 7005``, ``5461-3615-3574-4083``: the groups share one separator and stand alone between
non-digits. Any such number is a card's (an account number), checksum or not: research-payment and gift cards
need not pass the Luhn check. A run of four years ("1998 2003 2011 2019") is no card.
"""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer

_YEARS = re.compile(r"(?:(?:19|20)\d\d[ -]){3}(?:19|20)\d\d")


class CardNumberRecognizer(RegexRecognizer):
    """Sixteen digits in four groups of four, one separator between them."""

    ENTITY = "ACCOUNT_ID"
    SCORE = 0.85
    PATTERNS = (r"(?<![\d.,/-])\d{4}(?P<sep>[ -])\d{4}(?P=sep)\d{4}(?P=sep)\d{4}(?![\d.,/-]|[ -]\d)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return not _YEARS.fullmatch(text, start, end)
