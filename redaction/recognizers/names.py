"""People's names where report structure gives them away: headers, titles, credentials, sign-offs."""

from __future__ import annotations

from redaction._denylist import is_clinical
from redaction.recognizers._base import RegexRecognizer

_NAME = r"[A-Z][A-Za-z'’-]+"
_INITIAL = r"(?: [A-Z]\.?(?![A-Za-z]))"
_FULL = rf"{_NAME}{_INITIAL}?(?: {_NAME}){{0,2}}"


class _NameRecognizer(RegexRecognizer):
    ENTITY = "PERSON"

    def keep(self, text: str, start: int, end: int) -> bool:
        return not is_clinical(text[start:end], text[end:end + 40])


class HeaderNameRecognizer(_NameRecognizer):
    """``PATIENT: DOE, JOHN A`` / ``Name: Jane Q. Public``."""

    SCORE = 0.95
    PATTERNS = (rf"\b(?:PATIENT(?:\s+NAME)?|Patient(?:\s+[Nn]ame)?|NAME|Name|PT|Pt|(?i:member|subscriber|"
                r"insured|guarantor|child|infant|parent|legal\s+guardian|recipient|beneficiary|resident|"
                r"requester|requested\s+by|from|sender|author|provider))\s*:\s*"
                rf"(?P<phi>{_NAME}, ?{_NAME}{_INITIAL}?|(?:[A-Z]\. ?)?{_FULL})",
                # key/value and JSON prompts: "patient": "Mateo Petrova"
                r"[\"']?(?i:patient|patient_name|name|referring|referring_physician|physician|radiologist|"
                r"member|child|contact|signed_by|author)[\"']?\s*[:=]\s*[\"'](?P<phi>[A-Z][A-Za-z'’. -]{1,60}?)[\"']",)


class AllCapsNameRecognizer(_NameRecognizer):
    """``DOE, JOHN A`` anywhere (the RIS header style)."""

    SCORE = 0.85
    PATTERNS = (r"\b[A-Z]{2,}(?:[-'’][A-Z]+)?, ?[A-Z]{2,}(?:[-'’][A-Z]+)?(?: [A-Z]\.?(?![A-Za-z]))?",)


class TitledNameRecognizer(_NameRecognizer):
    """``Dr. Patel``, ``Mrs. Jane O'Neil``."""

    SCORE = 0.95
    PATTERNS = (rf"\b(?:Dr|DR|Drs|Doctor|Mr|MR|Mrs|MRS|Ms|MS|Miss|Prof|Nurse)\.?\s+"
                rf"(?P<phi>(?:[A-Z]\. ?)?{_NAME}(?:[- ]{_NAME})?)",)


class CredentialNameRecognizer(_NameRecognizer):
    """``Jane Smith, MD`` / ``J. Smith DO``."""

    SCORE = 0.95
    PATTERNS = (rf"(?P<phi>\b(?:[A-Z]\. ?)?{_NAME}{_INITIAL}?(?: {_NAME}){{0,2}}),? "
                r"(?:MD|M\.D\.|DO|D\.O\.|RN|NP|PA-C|RT\(R\)|RT|RDMS|RVT|MBBS|PhD|FACR|FRCR|DMD|DDS)\b",)


class SignOffNameRecognizer(_NameRecognizer):
    """Names after ``signed by``, ``dictated by``, ``discussed with``, ``cc:`` and the like."""

    SCORE = 0.9
    PATTERNS = (r"\b(?i:signed\s+by|signed|dictated\s+by|read\s+by|reviewed\s+by|interpreted\s+by|"
                r"transcribed\s+by|verified\s+by|approved\s+by|attending|referring(?:\s+(?:physician|provider|"
                r"doctor|clinician))?|ordering(?:\s+(?:physician|provider))?|ordered\s+by|discussed\s+with|"
                r"communicated\s+to|called\s+to|reported\s+to|d/w|cc|radiologist|resident|technologist|"
                r"sonographer|(?:emergency\s+)?contact|next\s+of\s+kin|NOK|guarantor|for|to)\s*:?\s*"
                r"(?:(?:Dr|Doctor)\.?\s+)?"
                rf"(?P<phi>(?:[A-Z]\. ?)?{_NAME}{_INITIAL}?(?: {_NAME})?)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        # "for" / "to" are only trusted when a first and last name follow.
        return super().keep(text, start, end) and (" " in text[start:end].strip() or
                                                   not text[max(0, start - 5):start].strip().lower()
                                                   .endswith(("for", "to")))


class RelativeNameRecognizer(_NameRecognizer):
    SCORE = 0.9
    PATTERNS = (r"\b(?i:wife|husband|son|daughter|mother|father|sister|brother|spouse|partner|guardian|"
                rf"caregiver|grandson|granddaughter)\s*,?\s*(?:\(|:)?\s*(?P<phi>{_NAME}(?: {_NAME})?)",)


class Hl7NameRecognizer(_NameRecognizer):
    """HL7 / DICOM person names: ``DOE^JOHN^A``."""

    SCORE = 0.95
    PATTERNS = (r"\b[A-Z][A-Za-z'’-]+\^[A-Z][A-Za-z'’-]*(?:\^[A-Za-z'’.-]*){0,3}",)


class AddressBlockNameRecognizer(_NameRecognizer):
    """A letter's addressee: a line holding only a name, followed by a street-address line."""

    SCORE = 0.9
    PATTERNS = (rf"(?m)^(?P<phi>{_NAME}{_INITIAL}?(?: {_NAME}){{1,2}})[ \t]*\n[ \t]*\d{{1,6}} [A-Z]",)


class IdentifiedNameRecognizer(_NameRecognizer):
    """A full name right before its identifiers or relationship: ``Jane Doe (MRN ...``,
    ``Tomasz Baker (brother)``, or closing a title line: ``... - Nancy Robinson``."""

    SCORE = 0.9
    PATTERNS = (
        rf"(?P<phi>\b{_NAME}{_INITIAL}?(?: {_NAME}){{1,2}}) ?\((?i:MRN|DOB|MR|acc|age|born|pt|patient|"
        r"wife|husband|son|daughter|mother|father|sister|brother|spouse|partner|guardian|caregiver|\d)",
        rf"(?m) - (?P<phi>{_NAME}{_INITIAL}?(?: {_NAME}){{1,2}}|{_NAME}, {_NAME}{_INITIAL}?)[ \t]*$",
        # closings: "Thanks,\nKathleen Morris"
        rf"\b(?:Thanks|Thank you|Regards|Best regards|Kind regards|Best|Sincerely|Cheers|Warmly),?[ \t]*\n?[ \t]*"
        rf"(?P<phi>(?:[A-Z]\. ?)?{_NAME}{_INITIAL}?(?: {_NAME}){{0,2}})",
    )
