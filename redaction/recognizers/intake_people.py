"""Names whose form layout or care-team cue marks them, even typed in lower case or shared with an eponym.

- a patient's own entry after an intake form's name, contact or signature label, often typed in lower case:
  "Full legal name: rosa m. ellery", "Emergency contact: tam vo (aunt) 555 0100", "signature: rosa ellery"
- an ALL-CAPS "SURNAME, GIVEN" after a field label ending in "=" (a registry export): "Patient = HOLT, MI-RAE K"
- an ALL-CAPS "SURNAME, GIVEN" opening a header line of slash-separated identifiers: "OYELARAN, TOBI / A12345 / 3/4/61",
  (the given name may be mixed case when a labelled number follows: "OYELARAN, Tobi / MRN A12345 / Age 64"),
  or ending a record-number field after the number and a slash: "Source MRN: A1234567 / OYELARAN, TOBI"
- a community health representative's or other care worker's name before a phone cue: "CHR Ada Parkes cell 555..."
- a colleague after a referral or review cue, before a bracketed specialty: "Ref: Ines Okafor (cardiology)",
  "discussed with Lund (rad)"
"""

from __future__ import annotations

from redaction._denylist import PLACE_AND_DATE_WORDS, clinical_words, not_name_words
from redaction.recognizers._base import RegexRecognizer

# what a form's name or signature field holds when it holds no name
_NOT_AN_ENTRY = frozenset("on file none self same see above below n/a na unknown declined refused obtained pending "
                          "not given patient pt yes no parent guardian mother father spouse".split())
_CAPS_NAME = r"[A-Z][A-Z'-]+(?:[ \t][A-Z][A-Z'-]+)?, ?[A-Z][A-Z'-]+(?:[ \t][A-Z][A-Z'-]+)?(?:[ \t][A-Z]\b\.?)?"
_CAPS_SURNAME = r"[A-Z][A-Z'-]+(?:[ \t][A-Z][A-Z'-]+)?"
_CAP = r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"
_SPECIALTY = (r"rad|rads|radiology|sleep(?:[ \t]+medicine)?|cardiology|cards|neuro|neurology|neurosurgery|ortho|"
              r"orthopedics|GI|gastro|surgery|gen[ \t]+surg|onc|oncology|IR|ENT|pulm|pulmonology|nephro|nephrology|"
              r"urology|uro|peds|pediatrics|medicine|ED|ER|hospitalist|PCP|OB|OBGYN|endo|endocrinology|derm|"
              r"vascular|rheum|rheumatology|ID|heme|hematology|psych|psychiatry|palliative|anesthesia|nucs|"
              r"nuclear[ \t]+medicine|neuroradiology|body|MSK|breast[ \t]+imaging")


def _is_word(word: str) -> bool:
    lowered = word.lower().strip(".,")
    return (lowered in clinical_words() or lowered in not_name_words() or lowered in PLACE_AND_DATE_WORDS
            or lowered in _NOT_AN_ENTRY)


class IntakeEntryNameRecognizer(RegexRecognizer):
    """PERSON: a name typed after an intake form's own label, in any case: "Full legal name: rosa m. ellery",
    "Emergency contact: tam vo (aunt) 555 0100", "Patient/guardian signature: rosa ellery   Date: ..."."""

    ENTITY = "PERSON"
    SCORE = 0.9
    PATTERNS = (r"\b(?i:full[ \t]+(?:legal[ \t]+)?name|legal[ \t]+name|emergency[ \t]+contact(?:[ \t]+name)?|"
                r"signature)[ \t]*:[ \t]*"
                r"(?P<phi>[a-z][a-z'-]+(?:[ \t]+[a-z]\.?)?(?:[ \t]+[a-z][a-z'-]+){1,2})"
                r"(?=[ \t]*(?:\(|,|$|\n|[ \t]{2}|\+?\d))",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return not any(_is_word(word) for word in text[start:end].split())


class LaidOutHeaderNameRecognizer(RegexRecognizer):
    """PERSON: an ALL-CAPS "SURNAME, GIVEN" after a field label ending in "=" ("Patient = HOLT, MI-RAE K") or
    opening a header line whose next slash-separated field is an identifier or a date ("OYELARAN, TOBI / A1234 /")."""

    ENTITY = "PERSON"
    SCORE = 0.95
    PATTERNS = (rf"\b(?i:patient(?:[ \t]+name)?|name|member|subscriber|insured|guarantor|enrollee)[ \t]*=[ \t]*"
                rf"(?P<phi>{_CAPS_NAME})(?=[ \t]*$|[ \t]*\n|[ \t]{{2}}|[ \t]*[,;|])",
                rf"(?m)^[ \t]*(?P<phi>{_CAPS_NAME})[ \t]*/[ \t]*(?=[A-Z]{{0,3}}\d)",
                # the given name in mixed case, the next field a labelled number: "OYELARAN, Tobi / MRN A1234 / Age 64"
                rf"(?m)^[ \t]*(?P<phi>{_CAPS_SURNAME}, ?{_CAP}(?:[ \t]{_CAP})?(?:[ \t][A-Z]\b\.?)?)[ \t]*/[ \t]*"
                r"(?=(?:MRN|MR#|DOB|D\.O\.B\.|Age|AGE|Acc|ACC|Chart|CHART)\b[ \t]*[:#]?[ \t]*[A-Z]{0,3}\d)",
                r"\b(?i:mrn|mr#|mr[ \t]+no\.?|chart(?:[ \t]+no\.?)?|medical[ \t]+record(?:[ \t]+(?:no\.?|number))?)"
                rf"[ \t]*[:#]?[ \t]*[A-Z]{{0,3}}-?\d[A-Za-z0-9-]*[ \t]*/[ \t]*(?P<phi>{_CAPS_NAME})"
                r"(?=[ \t]*$|[ \t]*\n|[ \t]{2}|[ \t]*[,;|])")

    def keep(self, text: str, start: int, end: int) -> bool:
        return not any(word.lower() in clinical_words() for word in text[start:end].replace(",", " ").split())


class CareWorkerNameRecognizer(RegexRecognizer):
    """PERSON: a care worker's name after the role and before a phone cue, even a name an eponym shares:
    "CHR Ada Parkes cell 555 0100" (community health representative), "driver Tom Hale phone 555..."."""

    ENTITY = "PERSON"
    SCORE = 0.9
    PATTERNS = (rf"\b(?:CHR|CHW|CNA|LPN|EMT|(?i:driver|aide|interpreter|escort|sitter|caseworker|case[ \t]+manager|"
                rf"social[ \t]+worker|health[ \t]+representative))[ \t]+(?P<phi>{_CAP}(?:[ \t]{_CAP}){{1,2}})[ \t]+"
                r"(?i:cell|phone|mobile|pager|ph|tel)\.?[ \t]*(?:#|:|is)?[ \t]*(?=[+(]?\d)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return not any(word.lower() in not_name_words() for word in text[start:end].split())


class ReferralColleagueRecognizer(RegexRecognizer):
    """PERSON: a colleague after a referral or review cue, before a bracketed specialty: "Ref: Ines Okafor
    (cardiology)", "Reviewed with Lund (rad)", "d/w Dr. Maas (IR)"."""

    ENTITY = "PERSON"
    SCORE = 0.9
    PATTERNS = (r"\b(?i:ref|referred[ \t]+by|referring|reviewed[ \t]+with|discussed[ \t]+with|d/w|spoke[ \t]+with|"
                r"per|seen[ \t]+by|cc)[ \t]*:?[ \t]+(?:(?i:dr)\.?[ \t]+)?"
                rf"(?P<phi>{_CAP}(?:[ \t]{_CAP}){{0,2}})[ \t]*\((?:{_SPECIALTY})\)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return not any(_is_word(word) for word in text[start:end].split())
