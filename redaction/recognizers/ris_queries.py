"""A site's RIS abbreviation before the word "RIS", and the keys of a DICOM query command line.

* A RIS screen or print banner names its site by the site's own abbreviation: ``TCCH RIS | DOE^JANE | MRN ...``,
  ``SOPIC RIS: exam history``. An all-capital word of three to six letters right before "RIS" and a field
  separator is the facility (the abbreviation of a hospital, like ``GSMC``); a RIS vendor (``IDX RIS``) and a
  modality (``MRI RIS``) are not.
* A dcmtk ``findscu``/``movescu``/``getscu`` command queries by DICOM keys: ``-k PatientID=05470970``,
  ``-k AccessionNumber=A24QU03481``, ``-k PatientName=DOE^JANE``, ``-k (0010,0020)=05470970``. The key names the
  value's kind (PS3.15 Annex E, as in ``dicom_text``); an empty key (``-k StudyDate=``) asks for that field and
  holds nothing.
"""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer

# vendors whose product is called "<name> RIS", modalities and system words: never a site's abbreviation
_NOT_SITES = frozenset("IDX GE EPIC AGFA CERNER MERGE FUJI PHILIPS SECTRA MEDITECH MCKESSON CARESTREAM NOVARAD "
                       "MRI PET CTA MRA DXA DEXA SPECT HIS LIS PACS EMR EHR HL7 DICOM TEST PROD DEV UAT".split())


class RisSiteRecognizer(RegexRecognizer):
    """``TCCH RIS | ...``: the site abbreviation heading a RIS screen line."""

    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (r"(?m)(?:^|(?<=[|>]) ?|(?<=\]) )[ \t]*(?P<phi>[A-Z]{3,6})[ \t]+RIS(?=[ \t]*(?:[|:\-\u2013]|$))",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return text[start:end] not in _NOT_SITES


_KEY_TYPES = {
    "PatientID": "MRN", "OtherPatientIDs": "MRN", "0010,0020": "MRN", "0010,1000": "MRN",
    "AccessionNumber": "ACCESSION", "0008,0050": "ACCESSION",
    "PatientName": "PERSON", "0010,0010": "PERSON", "ReferringPhysicianName": "PERSON", "0008,0090": "PERSON",
    "PatientBirthDate": "DATE_TIME", "0010,0030": "DATE_TIME",
}


def _key_pattern(kind: str) -> str:
    keys = "|".join(rf"\(?{k}" if k[0].isdigit() else k for k, v in _KEY_TYPES.items() if v == kind)
    return (rf"(?<![\w-])-k[ \t]+[\"']?(?:{keys})\)?=(?P<phi>[^\s\"'=*?][^\s\"']*?)"
            r"(?=[\"']?(?:\s|$))")


class _QueryKey(RegexRecognizer):
    SCORE = 0.9

    def keep(self, text: str, start: int, end: int) -> bool:
        return any(c.isalnum() for c in text[start:end])


class QueryPatientIdRecognizer(_QueryKey):
    """``-k PatientID=05470970``: the record number a DICOM query asks for."""

    ENTITY = "MRN"
    PATTERNS = (_key_pattern("MRN"),)


class QueryAccessionRecognizer(_QueryKey):
    """``-k AccessionNumber=A24QU03481``: the accession a DICOM query asks for."""

    ENTITY = "ACCESSION"
    PATTERNS = (_key_pattern("ACCESSION"),)


class QueryPersonRecognizer(_QueryKey):
    """``-k PatientName=DOE^JANE``: the person a DICOM query asks for (a wildcard part, ``DOE*``, too)."""

    ENTITY = "PERSON"
    PATTERNS = (_key_pattern("PERSON"),)


class QueryBirthDateRecognizer(_QueryKey):
    """``-k PatientBirthDate=19300308``: the birth date a DICOM query asks for."""

    ENTITY = "DATE_TIME"
    PATTERNS = (_key_pattern("DATE_TIME"),)
