"""Any value after any identifier-like label, in any shape, in several languages.

Each site invents its own formats ("RAD.2026.1184018", "US/26/287554", "MA 5907 2356 T", "65/22565") and
its own labels ("acc", "member ID", "SN", "Versichertennummer", "n° dossier"). Listing formats has not
converged, so the label decides: after a word that says "identifier" or "number", the value is masked
whatever its shape, as long as it holds digits (a free-text answer such as "ID: pending" is left alone).
"""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer

# words that say "identifier" or "number" (English, German, French, Spanish, Italian, Portuguese, Dutch)
_LABEL = (r"(?:ID|I\.D\.|Id|prontuario|prontuário|identifier|ident|number|nbr|no|nr|num|n°|nº|#|nummer|kennung|"
          r"kennzeichen|numéro|numero|"
          r"número|identifiant|identificador|identificativo|matricule|dossier|fallnummer|codice|acc|accn|accession|"
          r"ACSN|serial|SN|S/N|member|subscriber|policy|account|acct|MRN|MR|chart|case|claim|ref|reference|"
          r"badge|license|licence|cert|auth|authorization|token|key|voucher|ticket|folio|expediente|cartella|"
          r"tessera|mutuelle|NHS|NHI|IHI|SIN|NIR|CURP|RUT|DNI|NIE|BSN|AHV|PESEL|SS#|SSN|SS)")
_SEP = r"(?:[ \t]*[:#=][ \t]*|[ \t]*(?:\.|No\.?|Nr\.?|#)?[ \t]*(?::[ \t]*)?|[ \t]+)"
# one token with digits, any separators inside; or digit groups one space apart ("MA 5907 2356 T")
_TOKEN = r"(?=[A-Za-z0-9./_:-]*\d)[A-Za-z0-9]+(?:[./_:-][A-Za-z0-9]+)*"
_SPACED = r"(?:[A-Z]{1,4}[ ])?\d{2,6}(?:[ ]\d{2,6}){1,3}(?:[ ][A-Z](?![A-Za-z0-9]))?"


class LabelledIdRecognizer(RegexRecognizer):
    """The value after an identifier label: its type is a guess (what matters is that it is masked)."""

    ENTITY = "ACCOUNT_ID"
    SCORE = 0.75
    PATTERNS = (rf"(?i:(?<![A-Za-z]){_LABEL})(?![A-Za-z]){_SEP}(?-i:(?P<phi>{_SPACED}|{_TOKEN}))"
                r"(?![A-Za-z0-9]|[./-][A-Za-z0-9])",)

    def keep(self, text: str, start: int, end: int) -> bool:
        value = text[start:end]
        digits = sum(c.isdigit() for c in value)
        if digits < 4 and not (digits >= 2 and any(c.isalpha() for c in value) and len(value) >= 5):
            return False
        if _MEASURE.fullmatch(value) or _UNIT_AFTER.match(text, end):
            return False  # "No. 2.5 mm", "number 12 cm"
        if _ANSWER_BEFORE.search(text, max(0, start - 16), start):
            return False  # "Related to accident? No 2014": the answer to a question, not a number's label
        return not _TIME.fullmatch(value)


_ANSWER_BEFORE = re.compile(r"\?:?[ \t]*(?i:no)[ \t]*\Z")
_MEASURE = re.compile(r"\d{1,3}(?:\.\d+)?")
_TIME = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d(?:[ap]m)?", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"[ \t]?(?i:mm|cm|mg|mcg|ml|mCi|MBq|mGy|Gy|mSv|HU|kV|kVp|mAs|%|x\b)(?![A-Za-z])")
