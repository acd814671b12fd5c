"""Address lines written as a comma-separated chain, as Puerto Rico, the Philippines, Nigeria, the Gulf states,
Israel and the Caribbean write them: the street first (one or more segments), then the town, then a postcode,
a country or a US state or territory with its ZIP code.

- "Plot 14, Ikorodu Crescent, Ikeja GRA, Ibadan, Nigeria"           street = the first three segments
- "Urb. Las Lomas, Calle 7 #512, Ponce, PR 00716"                    town "Ponce", ZIP "00716"
- "Blk 9 Lot 2 Ilang-Ilang St., Brgy. Malinis, Pasig City 1600, Philippines"  town and postcode before the country
- "Villa 88, Street 5, Al Safa 1, Sharjah, UAE", "Bldg 12, Road 40, Block 905, Riffa, Bahrain"
- "Rehov Hagefen 12, apt 3, Netanya 4250512, Israel", "Lot 7 Duke St, San Fernando, Trinidad"
- a postcard or form block whose street line stands above "Town, PR 00716"

The tail (the country, or a state or territory with its ZIP code) is what shows that the segment before it is
a town; the street chain must open on a house number or a street, lot or building word ("Calle", "Urb.",
"Blk", "Plot", "Villa", "Bldg", "Door", "Rehov" ...) right after a comma, a colon, a bracket, a residence cue word
("lives in", "mailed to") or the line's start, hold a number, and be made only of address words. A chain that
does not qualify leaves the line alone, except a town before a Puerto Rico or island territory ZIP code.

Without such a tail, a residence cue ("lives in", "mailed to", "Address:") or a contact's relation in brackets
("Emeka Obi (nephew), ...") anchors the same chain, whose last segment is then the town when the clause ends
there ("lives in Plot 5, Allen Avenue, Ikeja, Ibadan."); a clinical word there is no town ("6 North, Cardiology").
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction._countries import COUNTRIES
from redaction._denylist import is_clinical
from redaction._regions import REGION_PATTERN, REGIONS
from redaction.recognizers._grouped import GroupedRegexRecognizer
from redaction.recognizers.places import _STATES

_COUNTRY = "|".join(re.escape(c) for c in sorted(COUNTRIES, key=len, reverse=True))
_TERRITORIES = "PR|VI|GU|AS|MP"  # Puerto Rico, the US Virgin Islands, Guam, American Samoa, the Northern Marianas
_TERRITORY_CODES = frozenset(_TERRITORIES.split("|"))
# a town's name: "Haifa", "Quezon City", "Port of Spain", "San Juan", "Bayamon" (text arrives folded to ASCII)
# ("Sto. Nino", "St. Cloud": a short word's full stop before the next word is an abbreviation, not a sentence's end)
_TOWN_WORD = r"(?>[A-Z][a-z]{1,3}\.(?=[ \t][A-Z])|[A-Z][a-z'’-]+)"
# a unit, lot or box word after a comma belongs to the street ("Apt. 8", "Lot 15"), never opens a town
_NOT_TOWN = r"(?!(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Bldg|Building|Lot|Box|Block|Blk|Km|No)\b)"
_TOWN = rf"{_NOT_TOWN}{_TOWN_WORD}(?:[ \t](?:(?:of|de|del|la|el|de[ \t]la)[ \t])?{_TOWN_WORD}){{0,3}}"
_STATE_ZIP = rf"(?P<state>{_STATES}|{_TERRITORIES})[ \t]+(?P<zip>\d{{5}}(?:-\d{{4}})?)(?![\w-])"
# the tail: ", Town[ postcode], Country" or ", Town, ST 00716"; or a line "Town, ST 00716" under its street line
_TAILS = (
    re.compile(rf",[ \t]*(?P<city>{_TOWN})(?:[ \t]+(?P<postcode>\d{{4,7}}))?,[ \t]*"
               rf"(?:(?P<country>{_COUNTRY})(?![ \t]*[A-Za-z0-9])|{_STATE_ZIP})"),
    re.compile(rf"\n[ \t]*(?P<city>{_TOWN}),[ \t]*{_STATE_ZIP}"),
)
# what a street chain opens on: a house number and a name, or a street, estate, lot or building word
_OPENER = re.compile(
    r"(?<![\w.#-])(?:\d{1,6}[A-Za-z]?[ \t]+[A-Z]"
    r"|(?:Urb|Urbanizacion|Cond|Condominio|Bo|Barrio|Bda|Barriada|Sector|Parcela|Calle|Carr|Carretera|Avenida|Ave|"
    r"Blk|Block|Lot|Plot|Villa|Bldg|Building|House|Flat|Door|Compound|Brgy|Barangay|Sitio|Purok|Phase|Rehov|Rechov|"
    r"Road|Street|Km|Apt|Apartment|Unit|Suite|No)\.?[ \t]+(?:#?\d|[A-Z]))")
# the chain opens after a comma, a colon, a bracket, the line's start or a cue word ("lives in", "mailed to")
_BEFORE = re.compile(r"(?:\A|[,:;(]|\b(?:in|at|to|from|is|of|address))[ \t]*\Z")
# one segment of a chain: capitalised words, numbers ("#4641", "9.1597", "3C") and address connectors
_TOKEN = (r"(?:[A-Z][A-Za-z'’-]*\.?|#?\d[\dA-Za-z]*(?:[./-]\d+[A-Za-z]?)*"
          r"|(?:off|de|del|la|las|los|el|of|the|and|y|da|do|dos|das|di|bin|al|near|opp|cor|apt|km|no|unit|flat|"
          r"suite|ste|bldg|blk|lot|rm|room|fl|floor)\.?)")
_SEGMENT = re.compile(rf"{_TOKEN}(?:[ \t]+{_TOKEN}){{0,7}}")
_MAX_SEGMENTS = 6
_MAX_CHAIN = 120
_MAX_LINE = 400  # the part of a long line looked at before its town


class AddressChainRecognizer(EntityRecognizer):
    """STREET_ADDRESS, CITY and ZIP of a comma-separated address that ends on a country or a state and ZIP."""

    SCORE = 0.9

    def __init__(self) -> None:
        super().__init__(supported_entities=["STREET_ADDRESS", "CITY", "ZIP"], name="AddressChainRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if "," not in text:
            return []
        results = []
        for tail in (found for pattern in _TAILS for found in pattern.finditer(text)):
            street = self._street(text, tail)
            territory = tail.group("state") in _TERRITORY_CODES
            if street is None and not territory:
                continue
            if street is not None:
                results.append(RecognizerResult("STREET_ADDRESS", *street, self.SCORE))
            results.append(RecognizerResult("CITY", *tail.span("city"), self.SCORE))
            for group in ("postcode", "zip"):
                if group in tail.re.groupindex and tail.group(group):
                    results.append(RecognizerResult("ZIP", *tail.span(group), self.SCORE))
        return results

    @staticmethod
    def _street(text: str, tail: re.Match[str]) -> tuple[int, int] | None:
        """The street chain right before the tail's town, on its line (or, when the town opens its line, the
        whole line above it): the earliest opener after which the rest of the line is a chain."""
        end = tail.start()  # the comma before the town, or the line break above it
        start = max(text.rfind("\n", 0, end) + 1, end - _MAX_LINE)
        window = text[start:end]
        for opener in _OPENER.finditer(window):
            if not _BEFORE.search(window, 0, opener.start()):
                continue
            chain = window[opener.start():].rstrip()
            if _is_chain(chain):
                return start + opener.start(), start + opener.start() + len(chain)
        return None


def _is_chain(chain: str) -> bool:
    """A street of up to six address-word segments holding a number."""
    if len(chain) > _MAX_CHAIN or not any(c.isdigit() for c in chain):
        return False
    segments = chain.split(",")
    return len(segments) <= _MAX_SEGMENTS and all(_SEGMENT.fullmatch(s.strip()) for s in segments)


# the next field of a form line, after a run of spaces: "    Mobile: ...", "   Ph +91 ..."
_NEXT_FIELD = r"[ \t]{2,}(?:[A-Z][A-Za-z]*(?:[ \t][A-Za-z]+)?[ \t]*:|(?i:ph|phone|tel|cell|mobile|e-?mail)\b)"


# a chain, then its town (and postcode) at the clause's end: a full stop, a semicolon, a bracket, the line's end or a
# phone or e-mail field
# (an Indian address writes its state between the town and the PIN code: "..., Pune, Maharashtra 411001"; a form
# line may go on, after a run of spaces, with its next field: "...  Mobile: +234 ...", "...   Ph +91 ...")
_CHAIN = (rf"(?P<street>(?={_OPENER.pattern})[^\n;()]{{5,{_MAX_CHAIN}}}?),"
          rf"[ \t]*(?P<city>{_TOWN})(?:,[ \t]*(?:{REGION_PATTERN}))?(?:[ \t]+(?P<postcode>\d{{4,7}}))?"
          r"(?=[ \t]*(?:[;)]|$)|\.(?:\s|$)|,[ \t]*(?i:ph|phone|tel|cell|mobile|e-?mail)\b"
          rf"|{_NEXT_FIELD})")


class CuedAddressChainRecognizer(GroupedRegexRecognizer):
    """The same chain without a country or state after a residence cue or a contact's relation in brackets, up
    to its town at the clause's end: "lives in Plot 5, Allen Avenue, Ikeja, Ibadan.", "mailed to Lot 7 Duke St,
    San Fernando; ...", "Next of kin: Jo Ode (son), 4 Oba Road, Ibadan, ph ..."."""

    ENTITY = "STREET_ADDRESS"
    SCORE = 0.9
    GROUPS: ClassVar[dict[str, str]] = {"street": "STREET_ADDRESS", "city": "CITY", "postcode": "ZIP"}
    PATTERNS = (
        (rf"\b(?i:lives|lived|living|resides|resided|residing|reside|mailed|address(?:e[ds])?)"
         r"(?:[ \t]+with[ \t]+(?:(?i:her|his|their)[ \t]+)?[a-z]+)?(?:[ \t]+(?i:in|at|to|on|is))?"
         rf"[ \t]*:?[ \t]*{_CHAIN}"),
        # a contact's relation in brackets, then the contact's address: "Jo Ode (son), 4 Oba Road, Ibadan, ph ..."
        (rf"\((?i:son|daughter|wife|husband|spouse|partner|mother|father|brother|sister|niece|nephew|grandson|"
         rf"granddaughter|grandchild|guardian|caregiver|friend|neighbou?r|aunt|uncle|cousin|proxy)\),[ \t]*{_CHAIN}"),
    )
    FLAGS = re.MULTILINE

    def accept(self, match: re.Match[str], group: str) -> bool:
        """The street opens on a house number or a street word and is a chain; the town is no country
        (the tail rule's) and no clinical word ("4 West, Oncology")."""
        street, city = match.group("street"), match.group("city")
        return (bool(_OPENER.match(street)) and _is_chain(street) and city not in COUNTRIES and city not in REGIONS
                and not is_clinical(city, match.string[match.end("city"):match.end("city") + 40]))
