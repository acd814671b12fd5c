"""Addresses, postcodes and towns in the layouts of India, Hong Kong, the Gulf, Ireland, South Africa, Kenya and the UK.

- an Indian street by its cross and main roads: "No. 154, 3rd Cross, 7th Main", "#12, 4th Block"
- a Hong Kong flat: "Flat 9H, 40/F, Block 2, Sunshine City" (the estate before the district), and the district
  before the region: "Sunshine City, Tseung Kwan O, New Territories"
- an office, suite or villa with its road: "Office 278, Salwa Road"; a unit over a street number:
  "Unit 6/12 Rue Laurier, Fitzroy"; a numbered "-way" street: "160 Kingsway", "29 Broadway"
- an Indian PIN code after the state: "Karnataka 560 034", "New Delhi 110024"; a South African postal code after
  the province: "Western Cape, 8005"; a four-digit code closing a site's line ("Royal Prince Alfred Hospital,
  Camperdown 2050"); an Eircode whose unique part is all letters, after its town: "Galway H91 ARED"
- a town after a site and before its phone ("Riverside Medical Practice, Christchurch   Tel ...")
- a town after a P.O. box with its East African postal code ("P.O. Box 30588-00100 Nairobi"), before an Indian
  state and PIN ("Chennai, Tamil Nadu 600 017"), before an Eircode or before a county and a UK
  postcode ("Inverness, Highland IV2 3LG")
"""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer

_CAP = r"[A-Z][a-z'’]+"
_ORD = r"\d{1,2}(?:st|nd|rd|th)"
_INDIAN_STATES = (r"(?:Andhra[ \t]Pradesh|Arunachal[ \t]Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|"
                  r"Himachal[ \t]Pradesh|Jharkhand|Karnataka|Kerala|Madhya[ \t]Pradesh|Maharashtra|Manipur|Meghalaya|"
                  r"Mizoram|Nagaland|Odisha|Orissa|Punjab|Rajasthan|Sikkim|Tamil[ \t]Nadu|Telangana|Tripura|"
                  r"Uttar[ \t]Pradesh|Uttarakhand|West[ \t]Bengal|Delhi|Puducherry|Chandigarh|Jammu[ \t](?:and|&)[ \t]"
                  r"Kashmir|Ladakh)")
_SA_PROVINCES = (r"(?:Western[ \t]Cape|Eastern[ \t]Cape|Northern[ \t]Cape|Gauteng|KwaZulu-Natal|Free[ \t]State|"
                 r"Limpopo|Mpumalanga|North[ \t]West)")
_HK_REGIONS = r"(?:Kowloon|New[ \t]Territories|Hong[ \t]Kong[ \t]Island|Lantau(?:[ \t]Island)?)"
_EIRCODE_LETTERS = r"[AC-FHKNPRTV-Y]\d[0-9W][ \t][AC-FHKNPRTV-Y]{4}"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2}"
_MAIN_ROADS = r"(?:Road|Street|Avenue|Highway|Boulevard)"  # a Gulf office's road: "Office 278, Salwa Road"
_SITE_HEADS = r"(?:Hospital|Centre|Center|Clinic|Polyclinic|Practice|Surgery|Doctors|Radiology|Imaging)"
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")


class CommonwealthStreetRecognizer(RegexRecognizer):
    """STREET_ADDRESS: Indian cross-and-main streets, Hong Kong flats, offices on a road, units and "-way" streets."""

    ENTITY = "STREET_ADDRESS"
    SCORE = 0.85
    PATTERNS = (
        rf"(?:\b(?:No\.|Door[ \t]No\.?)[ \t]?|#)\d{{1,4}}[A-Z]?(?:/\d{{1,3}})?,[ \t]{_ORD}[ \t]"
        rf"(?:Cross|Main|Block|Stage|Phase|Sector)(?:[ \t](?:Road|Rd))?"
        rf"(?:,[ \t]{_ORD}[ \t](?:Cross|Main|Block|Stage|Phase|Sector)(?:[ \t](?:Road|Rd))?)*\b",
        # the estate is the group of capitalised words before the district
        rf"\b(?:Flat|Unit|Room|Rm)[ \t][A-Z0-9]{{1,4}},[ \t]\d{{1,3}}/F"
        rf"(?:,[ \t](?:Block|Blk|Tower|Phase)[ \t][A-Z0-9]{{1,3}})?"
        rf"(?:,[ \t]{_CAP}(?:[ \t]{_CAP}){{0,3}}(?=,[ \t][A-Z]))?",
        rf"\b(?:Office|Suite|Shop|Villa)[ \t]\d{{1,5}}[A-Z]?,[ \t](?:(?:Al|Sheikh|King|Prince|{_CAP})"
        rf"[ \t]){{1,3}}{_MAIN_ROADS}\b",
        rf"\b(?:Unit|Apt|Suite|Shop|Level)[ \t]\d{{1,4}}[A-Z]?/\d{{1,5}}[A-Z]?[ \t]{_CAP}(?:[ \t]{_CAP}){{0,3}}(?=,)",
        r"(?<![\w/.-])\d{1,4}[A-Z]?[ \t](?!Norway\b)[A-Z][a-z]+way\b(?=,)",
    )


class CommonwealthZipRecognizer(RegexRecognizer):
    """ZIP: an Indian PIN after its state, a South African code after its province, an all-letter Eircode."""

    ENTITY = "ZIP"
    SCORE = 0.85
    PATTERNS = (
        rf"\b{_INDIAN_STATES}[ \t]*[,-]?[ \t]*(?P<phi>[1-8]\d{{2}}[ \t]?\d{{3}})(?![\w-])",
        rf"\b{_SA_PROVINCES},?[ \t]+(?P<phi>\d{{4}})(?![\w-])",
        rf"\b{_CAP}[ \t](?P<phi>{_EIRCODE_LETTERS})(?![\w-])",
        # a four-digit code closing a site's address line: "Royal Prince Alfred Hospital, Camperdown 2050"
        rf"\b{_SITE_HEADS},[ \t](?!{_MONTHS}\b){_CAP}(?:[ \t]{_CAP})?[ \t](?P<phi>\d{{4}})(?=[ \t]*(?:\n|$))",
    )


class CommonwealthTownRecognizer(RegexRecognizer):
    """CITY: the town after a P.O. box, before an Indian state, an Eircode or a county and UK postcode; a Hong
    Kong district before its region."""

    ENTITY = "CITY"
    SCORE = 0.85
    PATTERNS = (
        rf"\bP\.?[ \t]?O\.?[ \t]?Box[ \t]\d{{1,6}}-\d{{5}},?[ \t]+(?P<phi>{_CAP}(?:[ \t]{_CAP})?)\b",
        rf"\b(?P<phi>{_CAP}(?:[ \t]{_CAP})?),[ \t]{_INDIAN_STATES}[ \t]*,?[ \t]*[1-8]\d{{2}}[ \t]?\d{{3}}(?![\w-])",
        rf"(?<!Co\.[ \t])\b(?P<phi>{_CAP}),?[ \t](?:[AC-FHKNPRTV-Y]\d[0-9W][ \t][0-9AC-FHKNPRTV-Y]{{4}})(?![\w-])",
        rf"\b(?P<phi>{_CAP}),[ \t]{_CAP}[ \t]{_UK_POSTCODE}\b",
        rf"\b{_SITE_HEADS},[ \t](?P<phi>{_CAP}(?:[ \t]{_CAP})?)(?=[ \t]+(?:Tel|Ph|Phone|Fax|Mob|Mobile)\b)",
        rf"(?<=,[ \t])(?P<phi>[A-Z][a-z]*(?:[ \t][A-Z][a-z]*){{0,3}}),[ \t]{_HK_REGIONS}\b",
    )
