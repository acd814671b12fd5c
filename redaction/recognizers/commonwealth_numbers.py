"""Telephone, identity and reference numbers in the layouts of the UK, Ireland, India, Hong Kong and Singapore.

- a national number written with its trunk prefix "0" and its area code, in two or three groups:
  UK "020 7946 3209", "(0117) 414 3839", "0161 276 8318"; Irish "091 524 679", "(01) 221 1170"; Indian
  "044 2187 0810", "080-2047 5949" (9 to 11 digits in all, the shape of those countries' plans)
- an eight-digit local number (Hong Kong, Singapore) after a contact label or a relative's role in brackets:
  "Contact: 2780 3234 (patient)", "Lau Kwok Wai (son, 2423 7260)", "(domestic helper, 9931 2910)"
- a Hong Kong identity card number with its check character in brackets: "A123456(7)", "XA123456(A)"
- an NHS e-Referral booking number (UBRN) and an invoice or bill number in groups of digits:
  "e-RS UBRN: 4555 0725 2087", "Invoice 4072 5666 8448"
"""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer

# a relative, carer or other contact named before their number in brackets
_CONTACT_ROLES = (r"(?:son|daughter|wife|husband|mother|father|brother|sister|niece|nephew|grandson|granddaughter|"
                  r"partner|friend|neighbour|neighbor|carer|caregiver|guardian|helper|maid|spouse|cousin|aunt|uncle|"
                  r"patient|home|mobile|office|work)")


class TrunkPhoneRecognizer(RegexRecognizer):
    """PHONE: a number with its trunk "0" and area code, as the UK, Ireland, India, Australia and NZ write them."""

    ENTITY = "PHONE"
    SCORE = 0.85
    PATTERNS = (r"(?<![\w+/.-])(?<!\d[ \t])(?:\(0\d{1,4}\)|0\d{1,4})[ \t-]\d{3,4}[ \t-]\d{3,4}(?![\w/-]|\.\d)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        digits = sum(c.isdigit() for c in text[start:end])
        return 9 <= digits <= 11


class LocalEightDigitPhoneRecognizer(RegexRecognizer):
    """PHONE: an eight-digit local number after a contact label or a contact's role in brackets."""

    ENTITY = "PHONE"
    SCORE = 0.85
    PATTERNS = (
        r"\b(?i:contact|contact[ \t]+no\.?|home|mobile|tel|phone|whatsapp)[ \t]*:[ \t]*"
        r"(?P<phi>[2-9]\d{3}[ \t-]?\d{4})(?![\w-])",
        rf"\((?:[A-Za-z'’-]+[ \t]){{0,2}}{_CONTACT_ROLES},[ \t]*(?:(?i:tel|ph|mob)\.?:?[ \t]*)?"
        r"(?P<phi>[2-9]\d{3}[ \t-]?\d{4})\)",
    )


class HkidRecognizer(RegexRecognizer):
    """SSN: a Hong Kong identity card number with its bracketed check character."""

    ENTITY = "SSN"
    SCORE = 0.9
    PATTERNS = (r"(?<![\w(])[A-Z]{1,2}\d{6}\([0-9A]\)",)


class ReferenceNumberRecognizer(RegexRecognizer):
    """ACCOUNT_ID: an e-Referral UBRN or an invoice/bill number written in groups of digits."""

    ENTITY = "ACCOUNT_ID"
    SCORE = 0.85
    PATTERNS = (
        r"\bUBRN\b(?:[ \t]+(?i:no\.?|number))?[ \t]*[:#]?[ \t]*(?P<phi>\d{4}[ \t-]?\d{4}[ \t-]?\d{4})(?![\w-])",
        r"\b(?i:invoice|tax[ \t]+invoice|receipt)(?:[ \t]+(?i:no\.?|number|#))?[ \t]*[:#]?[ \t]*"
        r"(?P<phi>\d{3,5}(?:[ \t-]\d{3,5}){1,3})(?![\w-])",
    )

