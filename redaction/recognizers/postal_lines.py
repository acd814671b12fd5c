"""Whole address lines outside the US: street, postcode and town found together, each as its own type.

- continental order, street then "postcode Town": "Lindenweg 6, 3521 KL Zwolle", "Havnegade 3, 8000 Aarhus",
  "Storgatan 12, 411 38 Malmö", "Kieler Str. 9, 24103 Kiel"; after an address label in the country's language
  ("Adres:", "Adresse:", "Adress:", "Anschrift:") or, without one, when the street's own word names it a street
- Commonwealth order after an "Address:" label, town then postcode: "14 Protea Rd, Paarl, 7646",
  "No. 5, 2nd Main Road, Koramangala, Bengaluru - 560034"

A line of this shape is an address wherever it stands; the label or the street word is what anchors it.
"""

from __future__ import annotations

import re
from typing import ClassVar

from redaction._denylist import clinical_words
from redaction.recognizers._grouped import GroupedRegexRecognizer

# Netherlands "3521 KL", Sweden "411 38", four- or five-digit codes, with an optional country prefix ("DK-8000")
_EU_ZIP = r"(?:[A-Z]{1,2}-)?(?:[1-9]\d{3}[ \t]?[A-Z]{2}(?=[ \t])|\d{3}[ \t]\d{2}(?!\d)|\d{4,5})"
_TOWN = (r"[A-Z][a-z'’]+(?:[ \t-](?:(?:am|an|der|den|im|bei|aan|op|upon|on|sur|la|le)[ \t-])?"
         r"[A-Z][a-z'’]+){0,2}")
# the town ends the line, its field (a column gap) or its clause
_END = r"(?=[ \t]*$|[ \t]*[,;|(·.–-]|[ \t]{2}|\t)"
_LABEL = (r"\b(?:Adres|Adresse|Adress|Anschrift|Wohnort|Woonadres|Postadres|Postadresse|Bostadsadress|Indirizzo|"
          r"Direccion|Domicilio|Endereco|Osoite|Address|Addr|ADDRESS|ADRES|ADRESSE)\.?[ \t]*:[ \t]*")
_HOUSE = r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?"
# a street named by its own word: "Dorpsstraat", "Lindenallee", "Skovvej", "Kungsvagen" (folded), "Bonner Str."
_STREET_WORD = (r"(?:[A-Z][a-z]+[ \t]+(?:Str\.|Strasse|Strase|Weg|Allee|Platz|Gasse|Damm|Ufer|Vej|Gade|Laan|"
                r"Straat|Plein|Gata|Gatan|Vagen)|[A-Z][a-z]{2,}(?:straat|strasse|strase|str\.|weg|laan|gracht|plein|"
                r"gasse|allee|dijk|kade|singel|platz|damm|ufer|vej|gade|gatan|vagen|torv|plads|straede|veien|"
                r"vegen|gata|torget|stigen|backen|markt|steig))")


class PostalLineRecognizer(GroupedRegexRecognizer):
    """A street, its postcode and its town on one line; each named group is reported as its own type."""

    ENTITY = "STREET_ADDRESS"
    SCORE = 0.9
    GROUPS: ClassVar[dict[str, str]] = {"street": "STREET_ADDRESS", "zip": "ZIP", "city": "CITY"}
    PATTERNS = (
        # labelled, continental order: "Adres: Lindenweg 6, 3521 KL Zwolle", "Adresse : 4 rue Haute, 1000 Namur"
        rf"{_LABEL}(?P<street>[A-Z0-9][^\n,:|]{{2,60}}?),[ \t]*(?P<zip>{_EU_ZIP})[ \t]+(?P<city>{_TOWN}){_END}",
        # unlabelled, the street's own word: "Kieler Str. 9, 24103 Kiel"
        rf"\b(?P<street>{_STREET_WORD}[ \t]+{_HOUSE}),[ \t]*(?P<zip>{_EU_ZIP})[ \t]+(?P<city>{_TOWN}){_END}",
        # labelled, town then postcode: "Address : 14 Protea Rd, Paarl, 7646", "..., Bengaluru - 560034"
        rf"{_LABEL}(?P<street>[^\n]{{3,80}}?),[ \t]*(?P<city>{_TOWN})[ \t]*(?:,|-|–)[ \t]*"
        r"(?P<zip>\d{6}|\d{3}[ \t]\d{3}|\d{4})(?![\w/:-]|[.,]\d)",
    )
    FLAGS = re.MULTILINE

    def accept(self, match: re.Match[str], group: str) -> bool:
        """The street holds a house number and no column gap; the town is no clinical word."""
        street = match.group("street")
        return (any(c.isdigit() for c in street) and not _GAP.search(street)
                and not any(w.lower() in clinical_words() for w in match.group("city").split()))


_GAP = re.compile(r"[ ]{2,}|\t")
