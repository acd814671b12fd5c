"""Telephone, fax and pager numbers, e-mail addresses, URLs and IP addresses."""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer


class PhoneRecognizer(RegexRecognizer):
    ENTITY = "PHONE"
    SCORE = 0.9
    PATTERNS = (
        r"(?<![\d-])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?(?![\d-])",
        r"(?<![\d-])\(\d{3}\)\s?\d{7}(?!\d)",
        r"\b(?:[Pp]ager|PGR|[Pp]gr|[Ee]xt\.?|[Ee]xtension|[Bb]eeper|[Vv]ocera|[Ss]pectra[Ll]ink)\s*#?:?\s*"
        r"(?P<phi>\d[\d-]{2,9}\d)\b",
        r"\b(?:[Pp]hone|[Tt]el|[Ff]ax|[Cc]ell|[Mm]obile)\s*#?:?\s*(?P<phi>\d[\d\s.-]{5,14}\d)\b",
    )


class EmailRecognizer(RegexRecognizer):
    ENTITY = "EMAIL"
    SCORE = 0.95
    PATTERNS = (r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\b",)


class UrlRecognizer(RegexRecognizer):
    ENTITY = "URL"
    SCORE = 0.9
    PATTERNS = (r"\b(?:https?://|ftp://|www\.)[^\s<>\"')\]]+[^\s<>\"').,;:\]]",)


class IpAddressRecognizer(RegexRecognizer):
    ENTITY = "IP_ADDRESS"
    SCORE = 0.9
    _OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
    PATTERNS = (rf"(?<![\d.]){_OCTET}(?:\.{_OCTET}){{3}}(?![\d.]\d)",
                r"\b(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}\b",
                r"\b(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4})?\b(?=[^:]|$)")
