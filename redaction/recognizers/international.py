"""Addresses, postcodes, telephone numbers and health-card numbers in the national formats outside the US.

Referrals and letters from the UK, Ireland, Canada, Australia and the Netherlands write a postcode
after the town ("Ryde NSW 4066", "Laval QC H3J 2B3", "Tralee V92 H8R7", "Zwolle 6005 XY"), a unit before
the street number ("1A/69 Banksia St"), the street type first or in the street's own word
("rue Maple Ridge", "Ard na Greine", "Lindenweg 6a", "Hoofdstraat 96-II") and telephone numbers with a
national trunk prefix ("(03) 9741 2453"). Each shape is matched with its address context (a town word
or a region code before a postcode), so a clinical number or abbreviation on its own never matches.
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words, is_clinical
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.places import _SUFFIX

_PROVINCES = r"(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)"
_AU_STATES = r"(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)"
_TOWN = r"[A-Z][a-z'’.-]+(?:[ \t-]+(?:(?:sur|on|upon|le|la|de|du)[ \t-]+)?[A-Z][a-z'’.-]+){0,2}"
_CA_POSTCODE = r"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
_UK_POSTCODE = r"[A-Z]{1,2}\d{1,2}[A-Z]?[ \t]\d[A-Z]{2}"
_EIRCODE = r"(?:[A-Z]\d{2}|D6W)[ \t]?(?=[A-Z0-9]{0,3}\d)(?=[0-9]{0,3}[A-Z])[A-Z0-9]{4}"
_NL_POSTCODE = r"[1-9]\d{3}[ \t]?[A-Z]{2}"
# continental "postcode Town, Country" lines: "31234 Kraków, Poland", "7421 Brakelo, Netherlands"
_EU_COUNTRIES = (r"(?:Netherlands|Nederland|Germany|Deutschland|Denmark|Danmark|Poland|Polska|Belgium|Belgique|België|"
                 r"France|Austria|Österreich|Switzerland|Schweiz|Suisse|Sweden|Sverige|Norway|Norge|Finland|Suomi|"
                 r"Spain|España|Italy|Italia|Portugal|Luxembourg|Czechia|Ireland)")
_EU_TOWN = r"[A-ZÀ-ÞĀ-ž][^\W\d_]+(?:[ \t-][A-ZÀ-ÞĀ-ž][^\W\d_]+){0,2}"
# a line that opens with a street address: "230 Banksia St", "Unit 5/18 Wattle St", "9B/59 Kingsley Rd"
_STREET_LINE = (rf"^[ \t]*(?:(?:Unit|Flat|Apt|Suite|Shop|Level)[ \t]+)?\d{{1,5}}[A-Za-z]?(?:/\d{{1,5}}[A-Za-z]?)?[ \t]+"
                rf"(?:[A-Z][A-Za-z'’.-]+[ \t]+){{1,4}}{_SUFFIX}\.?")
_LINE_POSTCODE = re.compile(r"(?m),[ \t]*[A-Z][^\n,]{0,40}[ \t]\d{4}[ \t]*$")


def _gate_street_line(patterns: list[re.Pattern[str]], text: str) -> list[re.Pattern[str]]:
    """The street-line patterns run only where a line ends in ", Town 1234" (they open on any line)."""
    if _LINE_POSTCODE.search(text):
        return patterns
    return [pattern for pattern in patterns if _STREET_LINE not in pattern.pattern]


# modality and other two-letter abbreviations a year can stand before ("In 2023 CT showed")
_NOT_NL_LETTERS = frozenset("CT MR US XR PT NM CR DX MG IR RF SA SD SS DR MD".split())


class IntlPostcodeRecognizer(RegexRecognizer):
    """A postcode after its town or its province/state code."""

    ENTITY = "ZIP"
    SCORE = 0.85
    PATTERNS = (rf"\b{_PROVINCES}[ \t]+(?P<phi>{_CA_POSTCODE})\b",
                rf"\b[A-Z][a-z'’.-]+[ \t]+{_AU_STATES}[ \t]+(?P<phi>\d{{4}})\b(?![.,:/]\d)",
                # UK and Irish postcodes after a town: "Whitby Bridge SW26 5CH", "Tralee V92 H8R7"
                rf"(?<=[a-z])[ \t]+(?P<phi>{_UK_POSTCODE}|{_EIRCODE})\b",
                # Dutch: "Hoofdstraat 96-II, Altenau 3763 TR" (after the street's comma and the town)
                rf",[ \t]+{_TOWN}[ \t]+(?P<phi>{_NL_POSTCODE})\b(?![ \t]*[a-z])",
                rf"\b(?P<phi>\d{{4,5}})[ \t]+{_EU_TOWN},[ \t]*{_EU_COUNTRIES}\b",
                # a four-digit postcode closing a street-address line with no state: "230 Banksia St, Ryde 2104"
                rf"{_STREET_LINE},[ \t]*{_TOWN}[ \t]+(?P<phi>\d{{4}})[ \t]*$")
    FLAGS = re.MULTILINE

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        return _gate_street_line(super().candidates(text), text)

    def keep(self, text: str, start: int, end: int) -> bool:
        letters = text[end - 2:end]
        return not (re.fullmatch(_NL_POSTCODE, text[start:end]) and letters in _NOT_NL_LETTERS)


class IntlCityRecognizer(RegexRecognizer):
    """The town before a province/state code and its postcode, or before a UK, Irish or Dutch postcode."""

    ENTITY = "CITY"
    SCORE = 0.85
    PATTERNS = (rf"(?P<phi>\b{_TOWN}),?[ \t]+{_PROVINCES}[ \t]+{_CA_POSTCODE}\b",
                rf"(?P<phi>\b{_TOWN}),?[ \t]+{_AU_STATES}[ \t]+\d{{4}}\b",
                rf"(?:,[ \t]*|^[ \t]*)(?P<phi>{_TOWN})[ \t]+"
                rf"(?:{_UK_POSTCODE}|{_EIRCODE}|{_NL_POSTCODE}|{_CA_POSTCODE})\b",
                rf"{_STREET_LINE},[ \t]*(?P<phi>{_TOWN})[ \t]+\d{{4}}[ \t]*$",
                rf"\b\d{{4,5}}[ \t]+(?P<phi>{_EU_TOWN}),[ \t]*{_EU_COUNTRIES}\b")
    FLAGS = re.MULTILINE

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        return _gate_street_line(super().candidates(text), text)

    def keep(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].split()
        return (not is_clinical(text[start:end], text[end:end + 40])
                and not any(w.lower() in clinical_words() for w in words))


class IntlStreetRecognizer(RegexRecognizer):
    """Street forms outside the US: a unit before the number, the type first or in the street's own word."""

    ENTITY = "STREET_ADDRESS"
    SCORE = 0.85
    PATTERNS = (
        # Australian unit/number: "1A/69 Banksia St", "6B/32 Old Mill St"
        rf"\b(?:(?:Unit|Flat|Apt|Suite|Shop|Level)[ \t]+)?\d{{1,5}}[A-Za-z]?/\d{{1,5}}[A-Za-z]?[ \t]+"
        rf"(?:[A-Z][A-Za-z'’.-]+[ \t]+){{1,4}}{_SUFFIX}\b\.?",
        # the street type first, typed in lower case: "2098 rue Maple Ridge", "12 calle Mayor"
        r"\b\d{1,5}[A-Za-z]?,?[ \t]+(?:rue|rua|calle|chemin|avenida|carrer|rambla|viale|strada)"
        r"[ \t]+(?:(?:de|del|de la|des|du|da|do|di|della|le|la|l['’]|d['’])[ \t]*){0,2}"
        r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}",
        # Irish street words: "31 Ard na Greine", "4 Bothar an Chnoic", "12 Pairc na Coille"
        r"\b\d{1,5}[A-Za-z]?[ \t]+(?:Ard|Bothar|Boithrin|Sraid|Cnoc|Pairc|Radharc|Cluain|Gleann|Ascaill|Lana|Plas|"
        r"Ceide|Faiche|Coill|Baile|Cuirt|Ros|Cul)[ \t]+(?:(?:na|an|a|de|an t-)[ \t]+)?[A-Z][A-Za-z'’-]+",
        # Dutch, German and Nordic streets: the type in the word, the number after ("Lindenweg 6a")
        r"\b[A-Z][a-z]{2,}(?:weg|straat|strasse|stra(?:ss|ß)e|str\.|laan|gracht|plein|gasse|allee|dijk|kade|singel|"
        r"steeg|platz|damm|ufer|vej|gatan|gade|veien|vegen|katu|kuja)[ \t]+\d{1,5}"
        # a floor or letter after the number: "3 hs" (ground floor), "6a", "96-II", "12 B"
        r"(?:[ \t](?:hs|bis|huis|bg)\b|[ \t]?[a-z](?![A-Za-z])|-[IVX]{1,4}(?![A-Za-z])|-\d{1,4}|"
        r"[ \t][A-Z](?![A-Za-z]))?",
        # Polish: "ul. Lipowa 17 m. 4" (street, house, flat); not a measurement after "os." (the cervical os)
        # ending a sentence: "clear of os. Cervix 2.9 cm", "os. Cervix 3 cm"
        r"\b(?:ul|al|pl|os)\.[ \t]+(?:[A-ZÀ-ÞĀ-ž][^\W\d_]+[ \t]+){1,3}\d{1,5}[a-z]?(?![.,]\d|\d|[ \t]?(?:cm|mm)\b)"
        r"(?:[ \t]*(?:m\.|/)[ \t]*\d{1,4})?",
    )


class IntlPhoneRecognizer(RegexRecognizer):
    """Telephone numbers with a national trunk prefix, and a person's extension beside their role."""

    ENTITY = "PHONE"
    SCORE = 0.85
    PATTERNS = (r"(?<![\w(])\(0\d{1,4}\)[ \t]?\d{3,4}[ \t-]?\d{3,4}(?![\d-])",  # "(03) 9741 2453"
                r"(?<![\w.+-])0\d{3}[ \t]\d{3}[ \t]\d{3,4}(?![\d-])",  # "0458 290 422", "0124 986 4554"
                # a help desk's extension: "page IT x8294", "call the help desk 2162"
                r"\b(?i:page|pager|call|ring|dial|contact)[ \t]+(?:the[ \t]+)?(?:[A-Z]{2,5}|(?i:help[ \t]?desk|"
                r"IT|service[ \t]?desk|switchboard|operator))[ \t]+(?:(?i:at|on)[ \t]+)?(?P<phi>x?\d{4,5})\b(?![.,:/]\d)",
                # a named role's extension in brackets: "Coordinator: Bao Do (34405)", "Contact: R. Lee (x6091)"
                r"\b(?i:coordinator|contact|scheduler|secretary|navigator|on-?call|liaison|manager|charge\s+nurse)"
                r"[ \t]*:[ \t]*[A-Z][^\n():]{1,40}?\((?P<phi>x?\d{3,5})\)")


class NationalHealthIdRecognizer(RegexRecognizer):
    """A national health or insurance number written in spaced digit groups after its label:
    ``Medicare: 6674 84875 3``, ``NHS No: 432 114 2017``, ``OHIP #: 6678-511-650-QJ``, ``IHI 8003 6081 6666 6666``,
    and a Mexican IMSS affiliation number: ``No. de afiliación IMSS: 12 34 56 7890 1``."""

    ENTITY = "HEALTH_PLAN_ID"
    SCORE = 0.85
    PATTERNS = (r"\b(?i:IMSS|NSS|afiliaci[oó]n|medicare|NHS|CHI|IHI|PPSN|OHIP|RAMQ|PHN|MSP|HCN|health\s+card|BSN|SIN|"
                r"SVNR|NIR|NHI|insurance|versichertennummer|carte\s+vitale)(?:[ \t]+(?i:no\.?|number|#|card))?"
                r"[ \t]*[:#]?[ \t]*"
                r"(?P<phi>\d{2,5}(?:[ \t-]\d{1,6}){1,4}(?:[ \t-][A-Z]{1,2})?)(?![\d/.])",)
