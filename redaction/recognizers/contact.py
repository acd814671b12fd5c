"""Telephone, fax and pager numbers, e-mail addresses, URLs and IP addresses."""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer


class PhoneRecognizer(RegexRecognizer):
    ENTITY = "PHONE"
    SCORE = 0.9
    PATTERNS = (
        # with its extension, French "poste" included: "819.555.0142 poste 227"
        # an opening bracket only with its closing one: "(802.555.0177)" is the number in brackets
        r"(?<![\d-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3}\)?)[\s.-]?\d{3}[\s.-]\d{4}"
        r"(?:\s*(?:[xX]|ext\.?|extension|poste)\s*\d{1,6})?(?![\d-])",
        r"(?<![\d-])\(\d{3}\)\s?\d{7}(?!\d)",
        # the area code closed by a slash, as billing letters write it: "call 212/555-0147"
        r"(?<![\d/.-])\d{3}/\d{3}[-.]\d{4}(?![\d-])",
        # "pager x3840": the extension letter goes with the number
        r"\b(?:[Pp]ager|PGR|[Pp]gr|[Ee]xt\.?|[Ee]xtension|[Bb]eeper|[Bb]leep|[Vv]ocera|[Ss]pectra[Ll]ink)\s*#?:?\s*"
        r"(?P<phi>(?:[Xx][ \t]?)?\d[\d-]{2,9}\d)\b",
        # a bare internal extension: "page x6610", "(study coordinator, x4471)", "i'm at x2290" (never "3 x4000")
        r"(?<![\w.])(?<!\d[ \t])x\d{4,5}\b(?![.,]?\d)",
        r"\b(?:[Pp]hone|[Tt]el|[Ff]ax|[Cc]ell|[Mm]obile)\s*#?:?\s*(?P<phi>\d[\d \t.-]{5,14}\d)\b",
        # a local seven-digit number after a word of calling: "call her at 555 0142", "reach me on 555.0142"
        r"\b(?i:call|calls|called|phone|phoned|tel|cell|mobile|pager|contact|reach|reached|text|texted|dial|ring)\b"
        r"[^\n\d]{0,25}(?P<phi>(?<![\d-])\d{3}[-. ]\d{4})(?![\d-])",
        # international: "+44 20 7946 0958", "+49-30-123456"
        r"(?<![\w+])\+(?:[2-9]\d{0,2})[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}(?![\d-])",
    )


class EmailRecognizer(RegexRecognizer):
    ENTITY = "EMAIL"
    SCORE = 0.95
    PATTERNS = (r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\b",)


class UrlRecognizer(RegexRecognizer):
    ENTITY = "URL"
    SCORE = 0.9
    PATTERNS = (r"\b(?:https?://|ftp://|www\.)[^\s<>\"')\]]+[^\s<>\"').,;:\]]",
                # a bare host with a path: "mychart.example.org/patient/123"
                r"(?<![@\w.-])(?:[A-Za-z0-9-]+\.)+(?:com|org|net|edu|gov|health|io|us|info|care|med|ca|uk)"
                r"/[^\s<>\"')\]]*[^\s<>\"').,;:\]]",
                # a bare host name: "mychart.kestrelpoint.org"
                r"(?<![@\w.-])(?:[A-Za-z0-9-]+\.)+(?:com|org|net|edu|gov|health|io|us|info|care|med|ca|uk)(?![\w.-]|\.\w)",)


class IpAddressRecognizer(RegexRecognizer):
    ENTITY = "IP_ADDRESS"
    SCORE = 0.9
    _OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
    PATTERNS = (rf"(?<![\d.]){_OCTET}(?:\.{_OCTET}){{3}}(?![\d.]\d)",
                r"\b(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}\b",
                # compressed: "2001:db8::1", and groups after the "::" ("2001:db8:a::be0:104")
                r"\b(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?\b(?=[^:]|$)")
