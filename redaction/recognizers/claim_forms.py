"""Values in the fields of paper claim forms (CMS-1500, UB-04) and in billing-office notes.

A claim form's text dump keeps the form's own layout: box labels in capitals, values after a dot leader or a
column gap, sub-fields marked by letters. The patient's values there follow the form, not the prose shapes the
other recognizers read:

- CMS-1500 dates are written month, day, year with spaces: "PATIENT'S BIRTH DATE / SEX ...... 01 30 1982  F",
  the service line "05 28 25  05 28 25   11    73721", the signature box "KEKOA WATANABE MD   06 01 25".
- The patient's city after its capitals label, without a colon: "CITY SPOKANE   STATE WA   ZIP 99268"; UB-04
  FL09's sub-fields: "a 26655 LOS ROBLES AVE  b ST. PAUL  c MN  d 551551433".
- UB-04 FL76/FL77 split a clinician's name into fields: "NPI 1903530792   LAST O'BRIEN   FIRST NIAMH".
- UB-04 FL01, the billing provider's name and address block: "FL01  DESERT VISTA HEALTH".
- The last four digits of a payment card, which name the patient's card: "card ending in 7475",
  "Visa ending 8501".
"""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer

_STATES = ("AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"
           "OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI")
_MONTH = r"(?:0[1-9]|1[0-2])"
_DAY = r"(?:0[1-9]|[12]\d|3[01])"
# a date written with spaces: zero-padded month and day, then the year; no digit group around it ("1 05 28 25 3")
_SPACED = rf"(?<![\d:.,/-] )(?<![\d:.,/-]){_MONTH} {_DAY} (?:(?:19|20)\d\d|\d\d)(?![\d:.,/-]| \d)"
_CAPS = r"[A-Z][A-Z.'’-]*"


class ClaimFormDateRecognizer(RegexRecognizer):
    """A CMS-1500 date, "MM DD YYYY" or "MM DD YY" with spaces. A four-digit year is enough; a two-digit year
    needs a date's field on its line (DATE, DOB, BIRTH, FROM, DOS, SIGNATURE) or a second such date beside it
    (the service line's FROM and TO): "05 28 25  05 28 25   11    73721"."""

    ENTITY = "DATE_TIME"
    SCORE = 0.85
    PATTERNS = (rf"(?<![\d:.,/-] )(?<![\d:.,/-]){_MONTH} {_DAY} (?:19|20)\d\d(?![\d:.,/-]| \d)",
                _SPACED)

    def keep(self, text: str, start: int, end: int) -> bool:
        if end - start == 10:
            return True
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if _DATE_FIELD.search(line):
            return True
        return len(_SPACED_DATE.findall(line)) >= 2


_DATE_FIELD = re.compile(r"\b(?:DATE|DOB|BIRTH|FROM|DOS|SIGNATURE|SIGNED|Date)\b")
_SPACED_DATE = re.compile(_SPACED)


class ClaimFormCityRecognizer(RegexRecognizer):
    """A claim form's city in its capitals field: "CITY SPOKANE   STATE WA", UB-04 FL09 "b ST. PAUL  c MN  d
    551551433", and a one-line address with a ZIP+4 written without its hyphen: "PO BOX 50364, HARTFORD CT
    061530555"."""

    ENTITY = "CITY"
    SCORE = 0.85
    PATTERNS = (rf"(?m)\bCITY[ \t]+(?P<phi>{_CAPS}(?:[ \t]{_CAPS}){{0,3}})[ \t]{{2,}}STATE\b",
                rf"(?m)(?<![^ \t])b[ \t]+(?P<phi>{_CAPS}(?:[ \t]{_CAPS}){{0,3}})[ \t]{{2,}}c[ \t]+(?:{_STATES})"
                r"[ \t]{2,}d[ \t]+\d{5}",
                rf",[ \t]*(?P<phi>{_CAPS}(?:[ \t]{_CAPS}){{0,2}})[ \t]+(?:{_STATES})[ \t]+\d{{9}}(?!\d)")


class ClaimFormNameRecognizer(RegexRecognizer):
    """UB-04 FL76-FL79: the clinician's last and first names in their own fields, "LAST O'BRIEN   FIRST NIAMH"."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (rf"\bLAST[ \t]+(?P<phi>{_CAPS}(?:[ \t]{_CAPS})?)(?=[ \t]{{2,}}FIRST[ \t])",
                rf"\bLAST[ \t]+{_CAPS}(?:[ \t]{_CAPS})?[ \t]{{2,}}FIRST[ \t]+(?P<phi>{_CAPS}(?:[ \t]{_CAPS})?)"
                r"(?=[ \t]*$|[ \t]{2,})")
    FLAGS = re.MULTILINE


class ClaimFormProviderRecognizer(RegexRecognizer):
    """UB-04 FL01, the billing provider's name on its own line: "FL01  DESERT VISTA HEALTH"."""

    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (r"(?m)^FL0?1[ \t]+(?P<phi>[A-Z][A-Z'’&.-]*(?:[ \t][A-Z&][A-Z'’&.,-]*){0,6})[ \t]*$",)


class RadiologyGroupRecognizer(RegexRecognizer):
    """A radiology group by its legal name, as it bills: "Allegheny Valley Radiologists, Inc.", "PACIFIC RIM
    TELERADIOLOGY, LLC", "LONE STAR IMAGING PHYSICIANS, PLLC", "Great Plains Radiology, PA". The group is the
    rendering or billing provider named beside the patient's claim."""

    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (r"(?<![A-Za-z0-9'’&.-])(?P<phi>(?:[A-Z][A-Za-z'’&.-]*[ \t]+){1,4}"
                r"(?i:radiology|radiologists|teleradiology|imaging|x-ray)"
                r"(?:[ \t]+(?i:physicians|associates|group|partners|services|specialists|consultants))?"
                r",?[ \t]+(?:LLC|L\.L\.C\.|Inc\.|INC\.|Inc|INC|PA|P\.A\.|PLLC|PC|P\.C\.|LLP|Ltd\.?|LTD))"
                r"(?![A-Za-z0-9])",)


class CardEndingRecognizer(RegexRecognizer):
    """The last four digits of a payment card in words: "card ending in 7475", "Visa ending 8501". They name the
    patient's (or guarantor's) card. (A masked card in a log, "card ****4417", is the log's own redaction.)"""

    ENTITY = "ACCOUNT_ID"
    SCORE = 0.85
    PATTERNS = (r"\b(?i:card|visa|mastercard|amex|discover|debit|credit)(?:[ \t]+(?i:card|acct|account))?[ \t]+"
                r"(?i:ending(?:[ \t]+(?:in|with))?|ends[ \t]+(?:in|with)|last[ \t]+(?:4|four))[ \t:#-]*"
                r"(?P<phi>\d{4})(?![\d-])",)
