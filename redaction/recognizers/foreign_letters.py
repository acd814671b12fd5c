"""Continental address lines, a letter's place-and-date line, and a cruise ship's medical-centre header.

- a European letterhead's address line: the street (its number before or after the name, its type a word of its
  own or part of the name) then a comma, the postcode and the town: "Jonas Lies vei 110, 5021 Bergen",
  "56 ulica Dluga, 31-501 Krakow", "37 Seefeldstrasse, 8091 Zurich", "rue des Tanneurs 162, 69003 Lyon",
  "43 Rua do Bonjardim, 4200-319 Porto" (the street, the postcode and the town are each their own span)
- the place-and-date line that opens a European letter: "Bergen, 08.01.2024", "Zurich, 22 May 2026"
- a ship's medical centre: the ship's name after its prefix ("MV Aurora Borealis", "MS Nordic Gull"), the port
  of call ("Port of call: Key West") and the guest's cabin ("Cabin 8214", "Stateroom 10112"), where they live
  on board
"""

from __future__ import annotations

import re

from redaction._denylist import PLACE_AND_DATE_WORDS, clinical_words, is_clinical, not_name_words
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers._first import guarded

_TOWN_WORD = r"[A-ZÀ-ÞĀ-ž][a-zß-ÿĀ-ž'’]+"
_TOWN = rf"{_TOWN_WORD}(?:[ \t-]{_TOWN_WORD}){{0,2}}"
_STREET_WORD = r"[A-Za-zÀ-ž][A-Za-zß-ÿĀ-ž'’.-]*"
_NUMBER = r"\d{1,5}[A-Za-z]?"
# the street: its number first ("56 ulica Dluga") or last ("Jonas Lies vei 110"), one to four words
_STREET = (rf"(?:{_NUMBER}[ \t]+{_STREET_WORD}(?:[ \t]+{_STREET_WORD}){{0,3}}|"
           rf"{_STREET_WORD}(?:[ \t]+{_STREET_WORD}){{0,3}}[ \t]+{_NUMBER})")
# continental postcodes: four or five digits, Polish "31-501", Portuguese "4200-319"
_POSTCODE = r"(?:\d{4,5}|\d{2}-\d{3}|\d{4}-\d{3})"
_COUNTRY_TAIL = r"(?:,[ \t]*[A-Z][A-Za-z]+(?:[ \t][A-Z][a-z]+)?)?"


def _address_line(group: str) -> str:
    parts = {"street": _STREET, "postcode": _POSTCODE, "town": _TOWN}
    parts[group] = f"(?P<phi>{parts[group]})"
    return (rf"^[ \t]*{parts['street']},[ \t]*{parts['postcode']}[ \t]+{parts['town']}"
            rf"{_COUNTRY_TAIL}[ \t]*$")


def _names_a_place(words: str) -> bool:
    """The town's words are not a label, a date word, a clinical word or report vocabulary."""
    if is_clinical(words, ""):
        return False
    lowered = [w.lower() for w in re.split(r"[ \t-]+", words) if w]
    return not any(w in PLACE_AND_DATE_WORDS or w in not_name_words() or w in clinical_words() for w in lowered)


class _AddressLine(RegexRecognizer):
    SCORE = 0.85
    FLAGS = re.MULTILINE

    def keep(self, text: str, start: int, end: int) -> bool:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        street = re.match(rf"[ \t]*({_STREET}),", line)
        town = re.search(rf"({_TOWN}){_COUNTRY_TAIL}[ \t]*$", line)
        # a street holds a capitalised word, and the line's last words name a town
        return bool(street and town and re.search(r"[A-Z][a-z]{2,}", street.group(1))
                    and _names_a_place(town.group(1)))


class ContinentalStreetRecognizer(_AddressLine):
    """STREET_ADDRESS: the street of a "street, postcode town" line."""

    ENTITY = "STREET_ADDRESS"
    PATTERNS = (_address_line("street"),)


class ContinentalPostcodeRecognizer(_AddressLine):
    """ZIP: the postcode of a "street, postcode town" line."""

    ENTITY = "ZIP"
    PATTERNS = (_address_line("postcode"),)


class ContinentalTownRecognizer(_AddressLine):
    """CITY: the town of a "street, postcode town" line."""

    ENTITY = "CITY"
    PATTERNS = (_address_line("town"),)


_MONTHS = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|janv|f[ée]vr|mars|avr|mai|juin|juil|ao[uû]t|"
           r"sept|oct|nov|d[ée]c|M[äa]rz|Mai|Okt|Dez)[a-zéû]*\.?")
_DATE = (rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{1,2}}\.?[ \t]+{_MONTHS}[ \t]+\d{{4}}|"
         rf"{_MONTHS}[ \t]+\d{{1,2}},?[ \t]+\d{{4}})")


class PlaceDateLineRecognizer(RegexRecognizer):
    """CITY: the town of a letter's place-and-date line, a line of its own: "Bergen, 08.01.2024"."""

    ENTITY = "CITY"
    SCORE = 0.85
    FLAGS = re.MULTILINE
    PATTERNS = (rf"^[ \t]*(?P<phi>{_TOWN}),[ \t]*(?:(?i:le|den|am)[ \t]+)?{_DATE}[ \t]*$",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return _names_a_place(text[start:end])


# a ship's log words: the ship rules run only in a document that says it is on board a ship
_ON_BOARD = re.compile(r"(?i)\b(?:ship|ship's|cruise|vessel|on[ \t]+board|aboard|port[ \t]+of[ \t]+call|"
                       r"stateroom|cabin|embark(?:ation)?|disembark|shoreside)\b")
_ON_BOARD = guarded(_ON_BOARD)  # searched over whole texts: re skips to where a match can start


class ShipNameRecognizer(RegexRecognizer):
    """FACILITY: a ship's name after its prefix (motor vessel, motor ship, steamship) in a shipboard document."""

    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (r"(?<![A-Za-z0-9/])(?:MV|M/V|MS|M/S|SS|S/S|RMS|MY|M/Y)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
                r"(?![A-Za-z])",)

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        return super().candidates(text) if _ON_BOARD.search(text) else []

    def keep(self, text: str, start: int, end: int) -> bool:
        name = text[start:end].split(None, 1)[1]
        return _names_a_place(name)


class PortOfCallRecognizer(RegexRecognizer):
    """CITY: the town after a ship's port label: "Port of call: Key West", "Embarkation port: Galveston"."""

    ENTITY = "CITY"
    SCORE = 0.85
    PATTERNS = (r"\b(?i:port[ \t]+of[ \t]+(?:call|embarkation|disembarkation|departure|arrival)|home[ \t]+port|"
                r"(?:embarkation|disembarkation|next)[ \t]+port)[ \t]*:?[ \t]*"
                rf"(?P<phi>{_TOWN_WORD}(?:[ \t]{_TOWN_WORD}){{0,2}})",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return _names_a_place(text[start:end])


class CabinRecognizer(RegexRecognizer):
    """STREET_ADDRESS: a guest's cabin on a ship, where they live on board: "Cabin 8214", "Stateroom #10112"."""

    ENTITY = "STREET_ADDRESS"
    SCORE = 0.85
    PATTERNS = (r"\b(?i:cabin|stateroom)(?:[ \t]+(?i:no\.?|number))?[ \t]*[:#]?[ \t]*(?P<phi>\d{3,5}[A-Z]?)\b"
                r"(?![ \t]*(?i:ft|feet|m|hpa|mbar|psi|%)\b)",)
