"""People named by their part in a registry, incident or service note, where no title or label precedes them:

- the abstractor signing a registry note with dotted initials: ``Abstracted by P.Q.R. on 3/10``;
- who discovered an incident, in any case: ``Discovered 3:32 AM when ada quill saw ...``;
- who corrected a record: ``Corrected in the VNA by Ada Lane (https://...)``;
- who reviewed a list, in a trailing note: ``Note: Ada Lane reviewed outliers``;
- a consultant in brackets after their service: ``Cardiology (S. Lane) agreed ...``;
- a caller with their credential in brackets: ``by Ada (RT(R)(CT))``;
- an initial and surname opening a patient list line: ``M. Lane, MRN 12-345-678, ...``.

A surname that is also a word ("Lane", "Bell") counts in these slots; a slot holding only vocabulary does not.
"""

from __future__ import annotations

from redaction._denylist import clinical_words, not_name_words
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.huddle_names import _NAME, _names_someone

_INITIALS = r"[A-Z]\.(?:[ ]?[A-Z]\.){1,3}"
_CAP = r"[A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)?"
_CAP_NAME = rf"{_CAP}(?:[ ]{_CAP})?"
_INITIAL_SURNAME = rf"[A-Z]\.[ ]{_CAP}"
_SERVICES = (r"(?:Cardiology|Anesthesia|Anesthesiology|Neurology|Neurosurgery|Oncology|Physics|Nephrology|"
             r"Electrophysiology|EP|Radiology|Surgery|Pharmacy|Nursing|Urology|Orthopedics|Pulmonology)")
_CREDENTIALS = r"(?:RT|RN|RDMS|RDCS|RVT|CNMT|RRA|ARRT|MD|DO|NP|PA-C|LPN|CRNA)\b"


# what fills these slots without naming anyone: titles, departments, systems, kinds of address
_NOT_IN_SLOT = frozenset("""dr dr. mr mrs ms miss prof the a an this that it he she they we who someone staff team
radiology pacs ris vna it nursing pharmacy tech techs technologist nurse resident fellow attending physicist
vendor service engineer admin administrator system interface billing shipping mailing correspondence patient
guarantor subscriber claims records delivery emergency home work mother father parent guardian spouse""".split())


class NoteRoleNameRecognizer(RegexRecognizer):
    """People in the role slots of a registry, incident or service note (see the module docstring)."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (
        rf"\b(?:Abstracted|Reviewed|Entered|Compiled|Verified|Audited|Coded|Prepared|Transcribed)[ ]by[ ]+"
        rf"(?P<phi>{_INITIALS})(?=[ ](?:on|at)\b|[ \t]*$|[ \t]*\n|[,;)])",
        rf"\b[Dd]iscovered\b[^.\n]{{0,40}}?\bwhen[ ]+(?P<phi>{_NAME})[ ]+"
        r"(?=(?:saw|noticed|spotted|caught|found|flagged|opened|reported)\b)",
        rf"\b(?:Corrected|Fixed|Merged|Reconciled|Resolved|Repaired)\b[^.\n]{{0,40}}?\bby[ ]+(?P<phi>{_CAP_NAME})"
        r"(?=[ ]\(|[ ]at\b|[ ]on\b|[,.;])",
        rf"(?m)^Note:[ ]+(?P<phi>{_CAP_NAME})[ ]+(?=(?:reviewed|checked|verified|approved|confirmed)\b)",
        rf"\b{_SERVICES}[ ]\((?P<phi>{_INITIAL_SURNAME})\)",
        rf"\bby[ ]+(?P<phi>{_CAP_NAME})[ ]\((?={_CREDENTIALS})",
        rf"(?m)^(?P<phi>{_INITIAL_SURNAME}),[ ]+(?=MRN\b)",
        rf"\b(?:Address|Phone|DOB|SSN|MRN|Contact)[ ]for[ ]+(?P<phi>{_CAP_NAME}):",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        value = text[start:end]
        if "." in value and value.replace(".", "").replace(" ", "").isupper():
            return value.replace(".", "").replace(" ", "") not in clinical_words()
        words = value.split()
        if words[0].endswith(".") and len(words[0]) == 2:  # "S. Lane": the surname is the cue's
            return words[-1].lower() not in clinical_words() and words[-1].lower() not in not_name_words()
        lowered = [w.lower() for w in words]
        if any(w in _NOT_IN_SLOT or w in clinical_words() or w in not_name_words() for w in lowered):
            return False
        # capitalised mid-sentence in a person's slot ("when Ignatius saw", "Address for Lane:")
        return value[0].isupper() or _names_someone(text, start, end)
