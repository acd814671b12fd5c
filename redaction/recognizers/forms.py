"""Round-8 formats: claim-form and military dates, VA last-four IDs, dotted accessions, inverted names with a middle
initial, sign-off initials, and sites named without a facility head word.

Each pattern is anchored on a literal, a label or a fixed shape so that it stays cheap on long text.
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words, not_name_words
from redaction.recognizers._base import RegexRecognizer

_MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
# a capitalised word in any Latin script, with its hyphens and apostrophes: "Kowalczyk-Nowak", "Łukasz", "O'Neil"
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ž][^\W\d_]*(?:['’-][^\W\d_]+)*"
_PARTICLE = r"(?:van|von|der|den|de|del|la|le|da|di|du|ter|ten|bin|ibn|al|el|Mc|Mac|St\.?)"
_RELATIVES = ("grandfather|grandmother|granddaughter|grandson|stepfather|stepmother|stepson|stepdaughter|father|"
              "mother|son|daughter|wife|husband|partner|spouse|sister|brother|nephew|niece|aunt|uncle|cousin|friend|"
              "caregiver|guardian|neighbou?r|(?:health[ \t]+care[ \t]+)?proxy")


class MilitaryDateRecognizer(RegexRecognizer):
    """Military and mainframe dates, day-month-year run together in capitals: ``DOB: 11MAR57``, ``02NOV25``."""

    ENTITY = "DATE_TIME"
    SCORE = 0.9
    PATTERNS = (rf"\b(?:0[1-9]|[12]\d|3[01])(?:{_MONTHS})(?:19|20)?\d{{2}}\b",)


class SpacedFormDateRecognizer(RegexRecognizer):
    """Claim-form dates printed in boxes, month day year split by spaces, after a date label:
    ``BIRTH DATE: 09 23 1948``, ``DOS FROM 10 02 25 TO 10 03 25``, ``DATE 10 05 25``."""

    ENTITY = "DATE_TIME"
    SCORE = 0.85
    PATTERNS = (r"\b(?:DATE|Date|DOB|DOS|FROM|TO|THROUGH|THRU)\b[ \t]*[:#]?[ \t]*"
                r"(?P<phi>(?:0[1-9]|1[0-2])[ \t](?:0[1-9]|[12]\d|3[01])[ \t](?:19|20)?\d{2})(?![\d.])",)


class LastFourRecognizer(RegexRecognizer):
    """The VA "last four": the surname's initial and the SSN's last four digits printed after the patient's name
    (``Name     : QUARRY,ODALYS    Q7730``)."""

    ENTITY = "SSN"
    SCORE = 0.85
    PATTERNS = (r"(?m)^[ \t]*(?i:name|patient|pt(?:[ \t]+name)?)[ \t]*:[ \t]*[A-Z][A-Z' -]*,[ \t]*[A-Z][A-Z' .-]*?"
                r"[ \t]{2,}(?P<phi>[A-Z]\d{4})\b",)


class DottedAccessionRecognizer(RegexRecognizer):
    """A four-dot-three accession: bracketed after a study (``CT HEAD WO 3/2 (4418.209)``) or after an accession or
    prior-study label (``"acc": "7301.552"``, ``prior study 4418.209``)."""

    ENTITY = "ACCESSION"
    SCORE = 0.85
    PATTERNS = (r"\((?P<phi>\d{4}\.\d{3})\)",
                r"\b(?i:acc(?:ession)?|study|exam)\b[\"']?[ \t]*[:#]?[ \t]*[\"']?(?P<phi>\d{4}\.\d{3})(?![\d.])")


class GroupedIdRecognizer(RegexRecognizer):
    """A nine-digit ID printed three-three-three in brackets or barcode asterisks: ``ARNO T (521 804 337)``,
    ``*614 220 958*``."""

    ENTITY = "MRN"
    SCORE = 0.8
    PATTERNS = (r"(?:(?<=\()|(?<=\*))\d{3} \d{3} \d{3}(?=[)*])",)


class InitialledInvertedNameRecognizer(RegexRecognizer):
    """"Surname, Given I" with its middle initial, in an address or signature field: ``To: Quist, Marit L <...>``,
    ``Cc: Mc Varga, Imre J; ...``, ``"ordering": "Okonjo-Bell, Tamsin R"``, ``SPONSOR: PO2 HILL, JUNE R``."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (rf"(?m)(?:^|[:;\"][ \t]*)(?:[A-Z]{{2,3}}\d[ \t]+)?"
                rf"(?P<phi>(?:{_PARTICLE} ){{0,2}}{_CAP}(?: {_CAP})?,[ \t]*"
                rf"{_CAP}(?: {_CAP})? [A-Z]\.?)(?=[ \t]*(?:$|[;<\"]|[ \t]{{2}}))",)

    def keep(self, text: str, start: int, end: int) -> bool:
        """Not a heading such as "Utilization Management, Medicare Part B": no given name may be a label or term
        (a surname may: "Bell, Vernon A")."""
        stop = not_name_words() | clinical_words()
        given = text[start:end].partition(",")[2]
        return not any(w.lower() in stop for w in re.findall(r"[^\W\d_]{2,}", given))


class SignOffInitialsRecognizer(RegexRecognizer):
    """Initials that sign a message or a specimen: ``Thanks - QV``, ``Coll: 3/4/26 0815  by RW``."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (r"\b(?:Thanks|Thank[ \t]+you|Thx|Cheers|Regards)[ \t]*[,\-–—]+[ \t]*(?P<phi>[A-Z]{2,3})\b(?![ \t]*\w)",
                r"\b(?:Coll(?:ected)?|Drawn)\b[^\n]{0,30}?\bby[ \t]+(?P<phi>[A-Z]{2,3})\b")


class NamedSiteRecognizer(RegexRecognizer):
    """Sites whose name has no head word the facility recognizer knows: ``from Port Haven General``, ``St. Odran's``,
    ``... NHS Foundation Trust``, ``Willow Creek CBOC``, ``Home with Port Haven Rehabilitation``."""

    ENTITY = "FACILITY"
    SCORE = 0.8
    PATTERNS = (r"(?i:\b(?:at|from|to|by|with|institution:?)|,)[ \t]+"
                r"(?P<phi>(?:[A-Z][a-z'’-]+[ \t]){1,3}(?:General|Rehabilitation|Regional))\b"
                r"(?![ \t](?!period\b)[A-Za-z])",
                r"\b(?i:st\.|saint)[ \t]+[A-Za-z][a-z]+['’]s\b(?![ \t]+(?i:wort|dance|fire)\b)",
                r"\b(?:[A-Z][a-z'’-]+[ \t]){1,4}NHS(?:[ \t]+Foundation)?[ \t]+Trust\b",
                r"\b(?:[A-Z][a-z'’-]+[ \t]){1,3}(?:CBOC|VAMC|VA[ \t]+Medical[ \t]+Center)\b",
                # not a form's Spanish label: "Hospital de origen / destino" (sending / receiving hospital)
                (r"\b(?:Szpital|Hôpital|Hospital[ \t]+de(?![ \t]+(?i:origen|destino|referencia|procedencia)\b)|"
                 r"Krankenhaus|Klinikum|Ospedale|Ziekenhuis)(?:[ \t]+[\w.]+){1,3}"))


class DictationSiteRecognizer(RegexRecognizer):
    """A site in lower-case dictation, between "at"/"from" and the spoken "period" of a copy or comparison line:
    ``c c doctor X at brackley vale period``, ``comparison 3/1/24 from alder crest medical group period``."""

    ENTITY = "FACILITY"
    SCORE = 0.8
    PATTERNS = (r"\bc[ \t]?c[ \t]+(?:doctor|dr\.?)[ \t][^\n]{2,40}?[ \t]at[ \t]+(?P<phi>[a-z][a-z'’.,& -]{1,40}?)"
                r"[ \t]+period\b",
                r"\bcomparison\b[^\n]{0,40}?[ \t]from[ \t]+(?P<phi>[a-z][a-z'’.,& -]{1,40}?)[ \t]+period\b")


class CuedNameRecognizer(RegexRecognizer):
    """Names, often in lower case, by their cue: a relative in dictation (``discussed with stepdaughter odalys
    quarry at``), a chat's patient (``on OQ read yet?``), a study coordinator (``by Grant Hill (study coordinator``),
    the writer of a portal message (``its marit quist, Tamsin's partner``) or its signature
    before a phone number (``- arno pell 613 555 0199``)."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (rf"\b(?:discussed[ \t]+with|notified|called|told)[ \t]+(?:the[ \t]+)?(?:patient's[ \t]+)?"
                rf"(?:{_RELATIVES})[ \t]+(?P<phi>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){{0,3}}?)"
                r"(?=[ \t]+(?:at|by|on|via|over)\b)",
                r"\b(?:its|it's|this[ \t]+is)[ \t]+(?P<phi>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,4}?),[ \t]+"
                rf"[A-Za-z][\w'’-]*['’]s[ \t]+(?:{_RELATIVES})\b",
                r"\b(?:its|it's|this[ \t]+is)[ \t]+[^\n,]{2,40},[ \t]+(?P<phi>[A-Za-z][\w'’-]*)(?=['’]s[ \t]+"
                rf"(?:{_RELATIVES})\b)",
                # a chat asking after a study: "is the CT HEAD on odalys quarry read yet?"
                r"\bon[ \t]+(?!(?i:bed|room|bay|the|his|her|my|our|this|that)\b)(?P<phi>[^\W\d_][^\n?:|\d]{0,40}?)"
                r"[ \t]+read[ \t]+yet\b",
                # a study role after the name: "by Grant Hill (study coordinator, x4471)"
                rf"\b(?P<phi>{_CAP}[ \t]+{_CAP})[ \t]*\((?:study|research|clinical|trial)[ \t]+(?:coordinator|nurse)\b",
                r"(?m)(?:^|[.!?][ \t]+)-[ \t]*(?P<phi>[a-zà-ÿ][\w'’-]*(?:[ \t]+[a-zà-ÿ][\w'’-]*){1,4})[ \t]+"
                r"(?=\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b)")


class MonthNameDateRecognizer(RegexRecognizer):
    """A written date typed all in lower case by speech recognition: ``date of service march 3, 2026``."""

    ENTITY = "DATE_TIME"
    SCORE = 0.85
    PATTERNS = (r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)"
                r"[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d{2}\b",)


class RuralAddressRecognizer(RegexRecognizer):
    """Addresses with no numbered street: rural grid numbers (``W2217 County Road JJ``) and British named houses
    on a lane (``Ivy Cottage, Mill Lane``)."""

    ENTITY = "STREET_ADDRESS"
    SCORE = 0.85
    PATTERNS = (r"\b[NSEW]\d{3,5}[ \t]+(?i:county[ \t]+(?:road|rd|highway|hwy|trunk)|state[ \t]+(?:road|highway|hwy))"
                r"[ \t]+(?:[A-Z]{1,2}|\d{1,4})\b",
                r"\b(?:[A-Z][a-z]+[ \t]){1,2}(?:Cottage|House|Farm|Lodge|Barn|Manor|Villa|Grange|Mill|Croft)"
                r",[ \t]+(?:[A-Z][a-z]+[ \t]){1,2}(?:Lane|Road|Street|Way|Close|Row|Green|Hill|Drove|End)\b")


class HeaderSiteRecognizer(RegexRecognizer):
    """The sending site in a fax banner, between the number and the department: ``FROM: 505 555 0142   Elm Row
    RADIOLOGY   P. 002/005``."""

    ENTITY = "FACILITY"
    SCORE = 0.8
    PATTERNS = (r"\bFROM:?[ \t]*\+?[\d() .-]{10,17}[ \t]{2,}(?P<phi>[A-Z][\w.'’&-]*(?:[ \t][A-Z][\w.'’&-]*){0,4}?)"
                r"[ \t]+(?:RADIOLOGY|IMAGING|HOSPITAL|CLINIC|MEDICAL)\b",)


class MarkupNameRecognizer(RegexRecognizer):
    """A name between CDA name parts: ``<prefix>Dr.</prefix>April Stone<suffix>MD</suffix>``."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (r"</prefix>[ \t]*(?P<phi>[^<>\n]{2,60}?)[ \t]*(?=<suffix>|</name>)",)


class RoleNameRecognizer(RegexRecognizer):
    """A nurse's or technologist's name after the role in a table cell or list: ``| RN Hope Parkinson | 802...``."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (rf"(?:^|\|)[ \t]*(?:RN|LPN|NP|PA-C|CNA|RT|Tech)[ \t]+"
                rf"(?P<phi>{_CAP}(?:[ \t](?:{_PARTICLE}|{_CAP})){{1,3}})"
                r"[ \t]*(?=\||$)",)
    FLAGS = re.MULTILINE
