"""Identifiers and ages written in structured keys and spaced groups (round 34).

* a record number written as three groups of three digits ("482 106 337") on a line that names a record number
  before it (``mrn: "..."``, ``PatientID=``, ``<pt-id>``, ``Patient B MRN - ``, "merged MRN ... into ...",
  a FHIR ``Patient/`` reference), or after a "Surname, Given / " match cell;
* an age over 89 under a key that names an age (``age_at_index: 93``, ``<pt-age>97</pt-age>``,
  ``"patient_age": "101"``), after a lettered patient ("A (96) relies on ...") or in "Patient B is 94 and ...";
* the second of two accessions after one label ("accession Q1234-5678 and 4321.87654");
* a coverage number whose last group of digits the labelled pattern left off ("Coverage HK 2231 7780").
"""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer

_GROUPED = r"(?<![\w.,-])(?<!\d/)(?<!\d )(?P<phi>\d{3} \d{3} \d{3})(?! ?\d)(?![\w-])"
_AGE = r"(?P<phi>9\d|1[01]\d)"
# a label on the same line, before the value, that names a record number
_RECORD_CUE = re.compile(r"(?i:\bmrn\b|\bmr#|patient[ _]?id\b|\bpt[-_ ]?id\b|medical[ _]record|\bpatient/|"
                         r"\bchart[ _](?:no|number|#))")


class GroupedRecordNumberRecognizer(RegexRecognizer):
    ENTITY = "MRN"
    SCORE = 0.9
    PATTERNS = (_GROUPED,)

    def keep(self, text: str, start: int, end: int) -> bool:
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start]
        if _RECORD_CUE.search(before):
            return True
        # a reconciliation table's "Suggested match" cell: "Okafor, Dana / 482 106 337"
        return bool(_NAME_SLASH.search(before))


_NAME_SLASH = re.compile(r"[A-Z][A-Za-z'’-]+, [A-Z][A-Za-z'’-]+(?: [A-Z]\.?)? / $")


class KeyedAgeRecognizer(RegexRecognizer):
    ENTITY = "AGE_OVER_89"
    SCORE = 0.9
    PATTERNS = (
        # a YAML / JSON / key=value key or an XML element whose name holds the word "age"
        (r"(?<![A-Za-z0-9_-])[\"']?(?i:(?:[a-z]+[_-])*age(?:[_-][a-z]+)*)[\"']?[ \t]*[:=][ \t]*[\"']?"
         rf"{_AGE}(?![\d.])(?![ \t]*(?:%|[a-z]))"),
        rf"<(?i:(?:[a-z]+[_-])*age(?:[_-][a-z]+)*)>[ \t]*{_AGE}[ \t]*</",
        # a lettered patient of a two-patient form: "A (96) relies on transport", "Patient B (91) needs"
        (rf"(?<![\w-])(?:(?i:patient|pt\.?)[ \t])?[A-Z][ \t]\({_AGE}\)[ \t]+"
         r"(?:is|was|has|had|needs|lives|relies|requires|uses|cannot|can't|would|will)\b"),
        # "Patient A is 98 and needs the earlier slot"
        (rf"\b(?i:patient|pt\.?)[ \t][A-Z][ \t](?:is|was|turns|turned)[ \t]+{_AGE}"
         r"(?=[ \t]*(?:,|;|\.(?!\d)|\)|$|and\b|but\b|years?\b|yrs?\b|y/?o\b))"),
    )


class SpacedCoverageRecognizer(RegexRecognizer):
    ENTITY = "HEALTH_PLAN_ID"
    SCORE = 0.9
    PATTERNS = (r"\b(?i:coverage|member[ \t]id|policy|subscriber[ \t]id|health[ \t]plan)[ \t]*[:#]?[ \t]*"
                r"(?P<phi>[A-Z]{2}[ \t]\d{4}[ \t]\d{4})(?![\w-])",)


class ListedAccessionRecognizer(RegexRecognizer):
    """The second accession of a pair after one label: "accession Q1234-5678 and 4321.87654"."""

    ENTITY = "ACCESSION"
    SCORE = 0.85
    PATTERNS = (r"\b(?i:accessions?|acc\.?)(?:[ \t]+(?i:numbers?|nos?\.?|#))?[ \t]*[:#]?[ \t]*"
                r"[A-Z]{0,4}-?\d[\dA-Z.-]{4,18}\d[ \t]*(?:,|and|&|/|\+)[ \t]*"
                r"(?P<phi>[A-Z]{0,4}-?\d(?=(?:[^\d\s]*\d){5})[\dA-Z.-]{4,18}\d)(?![\w-])",)
