"""Street addresses, towns, postcodes and phone numbers in Korean, Latin American, French and Irish layouts.

- a Korean road address: "12 Sejong-daero 9-gil", "3 Jong-ro" ("-ro", "-gil", "-daero" road names)
- a Spanish or Portuguese street with its type first and its number after the name, and the unit or
  neighbourhood that follows: "Calle Morelos 12, Col. Roma", "Avenida Paulista, 900, apto 12"
- the town after a five-digit postcode (French, Spanish, Mexican, Brazilian "01310-100") on a line that
  opens with a street: "14 rue des Pins, 35000 Rennes", "Rua Augusta, 5, 01310-100 Santos SP"
- an Irish Dublin district and an Eircode: "Dublin 4 D04 X2Y8", "Co. Cork T12 AB34"
- a Brazilian phone with its two-digit area code: "(21) 98765-4321", "(11) 3456-7890"
"""

from __future__ import annotations


from redaction.recognizers._base import RegexRecognizer

_CAP = r"[A-ZÀ-Þ][^\W\d_]+"
_TOWN = r"[A-ZÀ-Þ][a-zß-ÿ'’]+"  # a town's word (not a state's code: "Santos SP")
_STREET_TYPE = r"(?:Calle|Avenida|Av\.|Rua|Travessa|Alameda|Rodovia|Estrada|Calzada|Privada|Paseo|Carrera|Camino)"
_UNIT = r"(?:apto|apt|ap|sala|bloco|casa|conj|depto|dpto|piso|int|Col|Colonia|Bairro)"
_EIRCODE = r"[AC-FHKNPRTV-Y]\d[0-9W][ ][0-9AC-FHKNPRTV-Y]{4}"


class WorldStreetRecognizer(RegexRecognizer):
    """STREET_ADDRESS: Korean road addresses and Spanish/Portuguese "type, name, number" streets."""

    ENTITY = "STREET_ADDRESS"
    SCORE = 0.85
    PATTERNS = (
        r"\b\d{1,4}(?:-\d{1,4})?[ \t]+[A-Z][a-z]+(?:-[a-z]+)?-(?:ro|gil|daero)\b(?:[ \t]+\d{1,4}(?:beon)?-gil\b)?",
        rf"\b{_STREET_TYPE}[ \t]+(?:(?:d[aoe]s?|del|de[ \t]la)[ \t]+)?{_CAP}(?:[ \t](?:(?:d[aoe]s?|del)[ \t])?{_CAP}){{0,3}}"
        rf",?[ \t]+(?:(?:n[º°o]\.?|No\.?|#)[ \t]*)?\d{{1,5}}[A-Za-z]?\b(?!-\d)"
        rf"(?:,[ \t]*{_UNIT}\.?[ \t]+(?:\d{{1,5}}[A-Za-z]?\b|{_CAP}(?:[ \t]{_CAP}){{0,2}}))?",
    )


class PostcodeTownRecognizer(RegexRecognizer):
    """CITY: the town after a five-digit postcode that follows a street on the same line."""

    ENTITY = "CITY"
    SCORE = 0.85
    PATTERNS = (
        r"\b(?i:rue|avenue|boulevard|chemin|impasse|allee|quai|calle|avenida|rua|travessa|alameda|calzada)"
        rf"[ \t][^\n]{{1,60}}?,[ \t]*\d{{5}}(?:-\d{{3}})?[ \t]+(?P<phi>{_TOWN}(?:[ \t-]{_TOWN}){{0,2}})\b",
    )


class IrishPlaceRecognizer(RegexRecognizer):
    """CITY "Dublin 8" and the Eircode after a Dublin district or a county."""

    ENTITY = "CITY"
    SCORE = 0.85
    PATTERNS = (r"\b(?P<phi>Dublin[ \t]\d{1,2}W?)\b",)


class EircodeRecognizer(RegexRecognizer):
    """ZIP: an Eircode after "Dublin <n>", "Co. <County>" or an "Eircode" label."""

    ENTITY = "ZIP"
    SCORE = 0.85
    PATTERNS = (rf"\b(?:Dublin[ \t]\d{{1,2}}W?|Co\.[ \t][A-Z][a-z]+|Eircode:?)[ \t,]+(?P<phi>{_EIRCODE})\b",)


class BrazilPhoneRecognizer(RegexRecognizer):
    """PHONE: "(21) 98765-4321", "(11) 3456-7890"."""

    ENTITY = "PHONE"
    SCORE = 0.85
    PATTERNS = (r"(?<![\w(])\(\d{2}\)[ ](?:9[ ]?)?\d{4}-\d{4}(?![\d-])",)
