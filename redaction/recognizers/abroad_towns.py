"""Towns abroad and their postcodes, where the postcode follows the town as most of the world writes it, with no
state or country after them: "Reykjavik 105", "Kaohsiung 800", "Addis Ababa 1000", "Porto 4050-262",
"Rotterdam 3011 AB", "Lagos 100001", "Guadalajara, Jal. 44100".

A bare "Town 1234" is a postcode only in an address's place, so each layout is anchored on one:
- a site's or a person's name, a comma, then the town and postcode closing the line, the bracket or the clause,
  as letters, referral lines and consult headers write where a site abroad is:
  "To: Dr Ana Silva, Hospital Sao Joao, Porto 4200-319", "referred from Klinikum Nord, Kabul 1001"
- a site's name, then its town and postcode in brackets: "a CD from Klinikum Nordstadt (Addis Ababa 1000)"
- a travel or call cue: "joined by phone from Auckland 1010;", "calling from Chennai 600004."
- a home or residence label: "Donor home: Debrecen 4032", "Home town: Kaohsiung 800"
- a postcode before its town closing an address line: "Presernova 10, 1000 Ljubljana", "to 4032 Debrecen."

A "town" that is a clinical, unit or report word ("Series 105", "Room 800", "Omnipaque 350"), a month or a
weekday ("October 2024") is none, and a four-digit number that reads as a year is no postcode.
"""

from __future__ import annotations

import re
from typing import ClassVar

from redaction._countries import COUNTRIES
from redaction._denylist import clinical_words, department_words, is_clinical, not_name_words
from redaction.recognizers._grouped import GroupedRegexRecognizer

# a town of one to three capitalised words (the text arrives folded to ASCII: "Reykjavik", "Sao Paulo")
_TOWN = r"[A-Z][a-z'’]+(?:[ \t-](?:(?:de|do|da|del|la|el|am|an|upon|on|sur)[ \t-])?[A-Z][a-z'’]+){0,2}"
# a postcode: three to six digits, a Portuguese or Polish tail ("4050-262", "00-950"), a Dutch letter pair
_POSTCODE = r"(?:\d{3,6}(?:-\d{3,4})?|\d{2}-\d{3}|[1-9]\d{3}[ \t][A-Z]{2}(?![A-Za-z]))"
# what may follow the postcode: the line's, bracket's or clause's end
_CLOSE = r"(?![\w-])(?=[ \t]*(?:$|[;)]|,[ \t]*(?:\n|[a-z])|\.[ \t]*(?:$|[A-Z])|[ \t]+\())"
_MONTHS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split())
# words before a number that make it a unit, a room, an image, a dose or a version, not a postcode
_NOT_TOWNS = frozenset("""room rm bed bay suite ste unit floor fl level lvl ward station wing building bldg box
series image img slice frame page line row col column item step phase grade stage type class zone area sector
version ver release build model ref no number ext extension option channel lane route highway exit gate door
dose lot batch code year week day hour hours min minutes total score patient patients case cases study studies
pod block table figure fig appendix section chapter part trial cohort group arm visit cycle""".split())
_YEAR = re.compile(r"(?:19|20)\d\d")


def _is_town(town: str, following: str) -> bool:
    words = [w.lower() for w in re.split(r"[ \t-]+", town) if w]
    if town in COUNTRIES or any(w in _MONTHS or w in _NOT_TOWNS for w in words):
        return False
    if all(w in clinical_words() or w in not_name_words() or w in department_words() for w in words):
        return False
    return not is_clinical(town, following)


class AbroadTownRecognizer(GroupedRegexRecognizer):
    """CITY and ZIP: a town abroad and its postcode, after a name and a comma, in a site's brackets, after a
    travel cue or a home label, or a postcode before its town closing an address line."""

    ENTITY = "CITY"
    SCORE = 0.85
    GROUPS: ClassVar[dict[str, str]] = {"city": "CITY", "zip": "ZIP"}
    PATTERNS = (
        # "..., Korle View Teaching Hospital, Reykjavik 105" / "Klinikum Nord, Porto 4050-262": after a name
        rf"(?m)(?<![\w'’.])[A-Z][A-Za-z'’.]*,[ \t]+(?P<city>{_TOWN})[ \t]+(?P<zip>{_POSTCODE}){_CLOSE}",
        # "Klinikum Nordstadt (Addis Ababa 1000)": a name, then its town and postcode in brackets
        rf"\b[A-Z][A-Za-z'’.-]*[ \t]+\((?P<city>{_TOWN})[ \t]+(?P<zip>{_POSTCODE})\)",
        # "joined by phone from Auckland 1010;", "flew in from Lagos 100001."
        rf"(?m)\b(?i:phone|call(?:ing|ed)?|video|dialed|dialled|flew|flying|travel(?:l)?ing|travel(?:l)?ed|arriving|"
        rf"arrived|came|coming|moved|relocated|referred|transferred|joined|joining|dial(?:l)?ing|zoom|teams)"
        rf"(?:[ \t]+(?:in|up|over|back|to[ \t]+us))?[ \t]+from[ \t]+(?P<city>{_TOWN})[ \t]+(?P<zip>{_POSTCODE})"
        rf"{_CLOSE}",
        # "Donor home: Debrecen 4032", "Home town: Kaohsiung 800", "Residence: Porto 4050-262"
        rf"(?m)\b(?i:home|home[ \t]+town|hometown|residence|resides|lives|city|town|domicile)[ \t]*(?:in|:)[ \t]*"
        rf"(?P<city>{_TOWN})[ \t]+(?P<zip>{_POSTCODE}){_CLOSE}",
        # "Guadalajara, Jal. 44100", "Monterrey, N.L. 64000": a town, its state's abbreviation, a postcode
        rf"(?m)(?<=[A-Za-z'’.]),[ \t]+(?P<city>{_TOWN}),[ \t]+(?:[A-Z][a-z]{{1,4}}\.|(?:[A-Z]\.){{2,3}})[ \t]*"
        rf"(?P<zip>\d{{5}}){_CLOSE}",
        # "Presernova 10, 1000 Ljubljana", "..., 4032 Debrecen": a postcode before its town closing the line
        rf"(?m)(?<=[A-Za-z0-9.]),[ \t]+(?P<zip>\d{{4,5}})[ \t]+(?P<city>{_TOWN})(?=[ \t]*(?:$|[;)]))",
    )

    def accept(self, match: re.Match[str], group: str) -> bool:
        town, code = match.group("city"), match.group("zip")
        if _YEAR.fullmatch(code) or re.fullmatch(r"0+", code.split("-")[0]):
            return False
        return _is_town(town, match.string[match.end():match.end() + 40])
