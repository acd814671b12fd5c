"""Sites placed by a document's layout rather than by a facility head word: the title line of a notice
(``CRITICAL RESULT NOTIFICATION - GSR``), the site line of a signature block under the department
(``Body Imaging`` / ``Mercy West`` / ``Tel ...``), a form's ``Site`` field, a DICOM station name's site
prefix (``[OLOL_CT4]``), a follow-up appointment (``Follow-up: Mercy West on March 3``) and a ``Site`` field
before the site's street address (``Site: Elm Day Room, 12 Oak St``).

A short acronym or a two-word name says nothing by itself; its place in the layout says it is a site.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction._denylist import abbreviations, clinical_words, department_words, not_name_words
from redaction._site_tails import day_count, department_tail
from redaction.recognizers._base import RegexRecognizer

# one site name: capitalised words or initials, single-spaced, with an optional " - Route 9" / " - East" tail
_SITE = r"[A-Z][\w'’.&]*(?:[ \t](?:[-–][ \t])?[\w'’.&]+){0,7}?"
# a department line of a signature block ("Neuroradiology Section", "Internal Medicine |")
_DEPARTMENT = r"[A-Z][A-Za-z &-]{0,40}?(?:Imaging|Radiology|Section|Medicine|Department|Division)"
# a contact line under the site ("Tel", "Direct:", "p:", "o:", "Reading room", "Phone")
_CONTACT = r"(?:(?:Tel|TEL|Direct|Phone|Ph|Fax|Pager|Reading[ \t]+room)\b|[pof]:)"

# a size or a finding's verb in the value: a summary's text, never a site's name
_FINDING = re.compile(r"\b\d+(?:\.\d+)?[ \t]*(?:(?:x|×)[ \t]*\d+(?:\.\d+)?[ \t]*)*(?:mm|cm)\b|"
                      r"\b(?:showing|shows|demonstrat(?:es|ing)|consistent[ \t]+with|suspicious[ \t]+for)\b")


class LayoutSiteRecognizer(RegexRecognizer):
    """A site named by where it stands in a notice, a signature block, a form or a DICOM header."""

    ENTITY = "FACILITY"
    SCORE = 0.75
    PATTERNS = (
        # the title line of a notice, a summary or a board: "DISCHARGE SUMMARY - GSR", "CONFIRMATION  GSR",
        # "ED PROVIDER NOTE   Mercy West   Arrival ..."
        r"(?m)^[A-Z][A-Z /&-]*(?:NOTIFICATION|BOARD|SUMMARY|CONFIRMATION|NOTE)(?:[ \t]+[-–][ \t]+|[ \t]{2,})"
        rf"(?P<phi>{_SITE})(?=[ \t]*$|[ \t]{{2,}})",
        # a letterhead before the department: "TCDI  DEPARTMENT OF RADIOLOGY"
        rf"(?m)^(?P<phi>{_SITE})(?:[ \t]{{2,}}|[ \t]+[-–][ \t]+)(?i:DEPARTMENT[ \t]+OF)\b",
        # a signature block: department line, site line, contact line (mail quotes "> " kept out)
        rf"(?m)^(?:>[ \t]?)?{_DEPARTMENT}(?:[ \t]*\|[ \t]*|[ \t]*\n(?:>[ \t]?)?)(?P<phi>{_SITE})[ \t]*\n"
        rf"(?:>[ \t]?)?{_CONTACT}",
        # a form's site field: "| Site Prairie Sky Cancer Institute", "Site: Mercy West"
        rf"(?:\||^|\n)[ \t]*Site:?[ \t]+(?P<phi>{_SITE})(?=[ \t]*(?:$|\n|\|))",
        # a form's site field followed by the site's street address: "Site: Elm Day Room, 12 Oak St, ..."
        # (a shelter, a mission or a day room named by the field, whatever its last word)
        rf"(?:\||^|\n)[ \t]*Site:?[ \t]+(?P<phi>{_SITE}),[ \t]*\d{{1,6}}[ \t]+[A-Z]",
        # a DICOM station name's site prefix: "(0008,1010) SH [OLOL_CT4]"
        r"\(0008,1010\)[ \t]+SH[ \t]+\[(?P<phi>[A-Z][^\]_\n]{1,40})_",
        # a follow-up visit: "Follow-up: Mercy West on February 15"
        rf"\bFollow-up:[ \t]+(?P<phi>{_SITE})[ \t]+on[ \t]",
    )

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        """A department after the site's name is no part of it: "ED NOTE  Elm Row Medical Center Emergency Dept",
        nor the dash before it: "Site: Elm Clinic - Interventional Radiology"."""
        end = department_tail(text, start, end)
        while end > start and text[end - 1] in " \t-–—":
            end -= 1
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        if day_count(text, start, end):
            return False  # "PROGRESS NOTE - Hospital day 7": a day count, not a site
        if _FINDING.search(text, start, end):
            return False  # "CLINICAL SUMMARY  CT showing a 22 x 16 mm lesion": a finding, not a site
        words = [w.lower().strip(".,'’") for w in re.split(r"[ \t]+[-–]?[ \t]*", text[start:end]) if w]
        if len(words) == 1 and words[0] in abbreviations():
            return False  # "TELEMEDICINE NOTE - DOC": an office's abbreviation (corrections), never a site's initials
        return any(w not in clinical_words() and w not in not_name_words() and w not in department_words()
                   for w in words if w.isalpha())


class WorklistSiteRecognizer(EntityRecognizer):
    """The value of a worklist's SITE column, when an accession column follows it: under a header
    ``PRI  SITE  ACC  PATIENT ...`` the row ``STAT QVMH-E  7285020941  DOE, JANE ...`` holds the site
    "QVMH-E" (the words after the columns before SITE, up to the first token with a digit)."""

    SCORE = 0.8
    _HEADER = re.compile(r"(?m)^[ \t]*((?:[A-Z/#_]+[ \t]+)*?)(?:SITE|FACILITY|LOCATION|LOC)[ \t]+"
                         r"(?:ACC|ACCESSION|ACC#|ACCN|ACCESSION#|ORDER|STUDY)\b[^\n]*\n")
    _TOKEN = re.compile(r"[^ \t\n]+")

    def __init__(self) -> None:
        super().__init__(supported_entities=["FACILITY"], name="WorklistSiteRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = []
        for header in self._HEADER.finditer(text):
            skip = len(header.group(1).split())  # columns before SITE ("PRI"): one token each
            pos = header.end()
            while pos < len(text):
                line_end = text.find("\n", pos)
                line_end = len(text) if line_end < 0 else line_end
                tokens = list(self._TOKEN.finditer(text, pos, line_end))
                if not tokens or tokens[0].group(0).endswith(":"):
                    break  # a blank line or a labelled line ("Escalations: call ...") ends the table
                site = []
                for token in tokens[skip:]:
                    if any(c.isdigit() for c in token.group(0)):
                        break
                    site.append(token)
                if site and len(site) <= 6 and site[0].group(0)[:1].isalpha() and text[pos:tokens[0].start()] == "":
                    start, end = site[0].start(), site[-1].end()
                    if _named(text[start:end]):
                        results.append(RecognizerResult("FACILITY", start, end, self.SCORE))
                pos = line_end + 1
        return results


def _named(site: str) -> bool:
    words = [w.lower().strip(".,'’") for w in re.split(r"[ \t-]+", site) if w]
    return any(w not in clinical_words() and w not in not_name_words() and w not in department_words()
               for w in words if w.isalpha())
