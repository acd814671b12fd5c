"""Values of XML elements, XML attributes and JSON keys whose name says what they hold.

CDA documents, FHIR bundles and interface dumps put PHI in named fields (``<family>Nasser</family>``,
``"city": "Saint Ansgar"``, ``"given": ["Amara", "J"]``, ``<id extension="561 38 8686"/>``) where no
prose pattern anchors on it. The field name is the label: a name, a place, a date or an identifier field
is masked whatever its value looks like, so an unfamiliar surname or a new ID format is still found.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

# normalised field name (lower case, letters only) -> entity type
_FIELDS = {
    **dict.fromkeys(("given", "family", "firstname", "lastname", "surname", "middlename", "fullname", "maidenname",
                     "givenname", "familyname", "patientname", "nickname", "prefixname", "mothersmaidenname",
                     "performername", "physicianname", "authorname", "radiologist", "referringphysician",
                     "orderingprovider", "attendingphysician", "technologist", "last", "first", "middle", "guarantor",
                     "subscriber", "guardian", "nextofkin", "emergencycontact", "signer", "signedby", "dictatedby",
                     "verifiedby", "sonographer", "readingradiologist", "reportingradiologist"), "PERSON"),
    **dict.fromkeys(("city", "town", "municipality", "cityname"), "CITY"),
    **dict.fromkeys(("streetaddressline", "streetaddress", "street", "line", "addressline", "address1", "address2",
                     "houseNumber".lower(), "streetname"), "STREET_ADDRESS"),
    **dict.fromkeys(("postalcode", "zip", "zipcode", "postcode"), "ZIP"),
    **dict.fromkeys(("birthdate", "birthtime", "dob", "dateofbirth", "deceaseddatetime", "deceaseddate"),
                    "DATE_TIME"),
    **dict.fromkeys(("subscriberid", "memberid", "policynumber", "policyid", "groupnumber", "insuranceid",
                     "beneficiaryid", "planid", "mbi"), "HEALTH_PLAN_ID"),
    **dict.fromkeys(("accession", "accessionnumber", "accessionno", "studyid", "orderid", "fillerordernumber",
                     "placerordernumber"), "ACCESSION"),
    **dict.fromkeys(("mrn", "medicalrecordnumber", "patientid", "patientnumber", "empi", "extension"), "MRN"),
    **dict.fromkeys(("ssn", "socialsecuritynumber"), "SSN"),
    **dict.fromkeys(("serialnumber", "deviceserialnumber", "serial", "udi", "udicarrier"), "DEVICE_SERIAL"),
    **dict.fromkeys(("organization", "organisation", "facility", "facilityname", "institutionname", "hospital",
                     "sitename", "providerorganization", "site", "assigningauthority", "institution"), "FACILITY"),
    **dict.fromkeys(("email", "emailaddress"), "EMAIL"),
    **dict.fromkeys(("phone", "telephone", "phonenumber", "mobile", "fax"), "PHONE"),
}
_SCORE = 0.85
_XML_ELEMENT = re.compile(r"<([A-Za-z][\w:.-]*)(?:\s[^<>]*)?>([^<>]{1,200})</\1\s*>")
_XML_ATTRIBUTE = re.compile(r"\b([A-Za-z][\w:-]*)\s*=\s*\"([^\"<>]{1,120})\"")
_JSON_STRING = re.compile(r"\"([A-Za-z][\w .-]{0,40})\"\s*:\s*\"((?:[^\"\\]|\\.){1,200})\"")
_JSON_LIST = re.compile(r"\"([A-Za-z][\w .-]{0,40})\"\s*:\s*\[([^\[\]{}]{1,300})\]")
_LIST_ITEM = re.compile(r"\"((?:[^\"\\]|\\.){1,120})\"")
# an identifier object's value ({"type": "ACSN", "value": "US/26/631460"}): any quoted value holding digits
_JSON_VALUE = re.compile(r"\"(?:value|id|identifier)\"\s*:\s*\"(?P<phi>[^\"]*\d[^\"]*\d[^\"]*\d[^\"]*)\"")
_ORG_BEFORE = re.compile(r"(?i)(?:organi[sz]ation|facility|provider|custodian|institution|location)[^<>]*>\s*$")
_CODE_VALUE = re.compile(r"[\d.]+|[A-Z]\d{2}(?:\.\d{1,4})?|https?://\S*|urn:\S*|[a-z]+:[a-z]\S*", re.IGNORECASE)
_OPEN_TAG = re.compile(r"<([A-Za-z][\w:.-]*)[^<>]*$")
_ATTRIBUTE_FIELDS = frozenset({"extension"})  # <id root="OID" extension="VALUE"/>: the value is the identifier


def _key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.rsplit(":", 1)[-1].lower())


class StructuredFieldRecognizer(EntityRecognizer):
    """The value of a named PHI field in XML or JSON."""

    def __init__(self) -> None:
        super().__init__(supported_entities=sorted(set(_FIELDS.values()) | {"ACCOUNT_ID"}),
                         name="StructuredFieldRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        if "<" not in text and "\":" not in text and "\" :" not in text:
            return []
        results: list[RecognizerResult] = []
        for match in _XML_ELEMENT.finditer(text):
            kind = _FIELDS.get(_key(match.group(1)))
            if _key(match.group(1)) == "name":
                kind = "FACILITY" if _ORG_BEFORE.search(text, max(0, match.start() - 80), match.start()) else "PERSON"
            self._add(results, kind, match.start(2), match.end(2), text)
        for match in _XML_ATTRIBUTE.finditer(text):
            key = _key(match.group(1))
            if key in _ATTRIBUTE_FIELDS or key in _FIELDS and key not in ("line",):
                self._add(results, _FIELDS.get(key, "MRN"), match.start(2), match.end(2), text)
            elif key in ("code", "id", "name"):  # <Site code="SAMC-E">: a site's code or name names the site
                element = _OPEN_TAG.search(text, max(0, match.start() - 120), match.start())
                if element and _FIELDS.get(_key(element.group(1))) == "FACILITY":
                    self._add(results, "FACILITY", match.start(2), match.end(2), text)
        for match in _JSON_STRING.finditer(text):
            self._add(results, _FIELDS.get(_key(match.group(1))), match.start(2), match.end(2), text)
        for match in _JSON_LIST.finditer(text):
            kind = _FIELDS.get(_key(match.group(1)))
            if kind is None:
                continue
            for item in _LIST_ITEM.finditer(match.group(2)):
                offset = match.start(2)
                self._add(results, kind, offset + item.start(1), offset + item.end(1), text)
        for match in _JSON_VALUE.finditer(text):
            value = match.group("phi")
            if not _CODE_VALUE.fullmatch(value) or sum(c.isdigit() for c in value) >= 6 and value.count(".") < 3:
                self._add(results, "ACCOUNT_ID", match.start("phi"), match.end("phi"), text)
        return results

    @staticmethod
    def _add(results: list[RecognizerResult], kind: str | None, start: int, end: int, text: str) -> None:
        add_field_value(results, kind, start, end, text)


def add_field_value(results: list[RecognizerResult], kind: str | None, start: int, end: int, text: str,
                    score: float = _SCORE) -> None:
    """Append ``text[start:end]`` as ``kind`` (a field value, blanks trimmed) unless it holds no letter or digit."""
    if kind is None:
        return
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    if end > start and any(c.isalnum() for c in text[start:end]):
        results.append(RecognizerResult(kind, start, end, score))
