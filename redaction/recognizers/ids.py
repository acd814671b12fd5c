"""Record numbers and other identifiers, anchored on the labels reports put in front of them."""

from __future__ import annotations

import re

from redaction._denylist import clinical_words
from redaction._not_patient import message_control_id, payer_box
from redaction._other_numbers import drug_lot, lot_beside_serial
from redaction.recognizers._base import RegexRecognizer

_SEP = r"\s*(?i:[:#=]|No\.?|Number|num\.?)?\s*[:#]?\s*"
# a dotted value ("R364.24095") needs four digits, so "Order 1.5 mg" is not an identifier
# a dotted or slashed value ("RAD.2026.1184018", "US/26/287554") needs four digits too
_VALUE = (r"(?P<phi>[A-Z]{0,4}[-\s./]?\d(?:(?=(?:[^\d\s]*\d){4})[\dA-Z./-]{4,19}(?<![-./])|[\dA-Z-]{2,19}(?<!-))"
          r"|[A-Z]{1,4}[./]\d{2,4}[./]\d{4,10})")


class _LabelledRecognizer(RegexRecognizer):
    """A value after its label; a modality or other abbreviation the value's letter prefix took in before a
    space is the exam, not part of the number ("Exam: LDCT 25JUN2026"), and a second label or a plan's kind is
    no part of it ("hospital MRN 37354604", "Visit ID 24-CT-04042", "Medicaid HMO 889-6567-76A")."""

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        prefix = _WORD_PREFIX.match(text, start, end)
        if prefix and (prefix.group(1).lower() in clinical_words() or prefix.group(1) in _LABEL_WORDS):
            return prefix.end(), end
        return start, end


_WORD_PREFIX = re.compile(r"([A-Z]{2,4})[ \t]+(?=\d)")
# the rest of a label ("Visit ID 24-CT-04042", "hospital MRN 37354604") or a plan's kind ("Medicaid HMO 889-6567-76A")
_LABEL_WORDS = frozenset({"MRN", "ID", "NO", "NBR", "NUM", "HMO", "PPO", "EPO", "POS"})


def _labelled(labels: str) -> str:
    # the label is a whole word: "MR" is not the start of "MRI 14MAY2025"
    return rf"\b(?i:{labels})(?![A-Za-z]){_SEP}{_VALUE}"


class MrnRecognizer(_LabelledRecognizer):
    ENTITY = "MRN"
    SCORE = 0.95
    PATTERNS = (_labelled(r"MRN|MR\s?#|MR|Med(?:ical)?\s+Rec(?:ord)?s?(?:\s+(?:No\.?|Number|#))?|Unit|"
                          r"Patient\s+ID|Pt\.?\s+ID|Hospital|Chart|EMPI|MPI|Medical\s+Record\s+Number|"
                          r"Patient\s+(?:No\.?|Number)|Hosp(?:ital)?\s+(?:No\.?|#)|UR\s?(?:No\.?|#)?|ID\s?#"),
                # the value of a FHIR/JSON identifier typed as a medical record: {"type": "MR", "value": "12-34"}
                r"\"(?i:MR|MRN)\"[^{}\"]{0,40}\"value\"\s*:\s*\"(?P<phi>[^\"]{3,40})\"",)


class AccessionRecognizer(_LabelledRecognizer):
    ENTITY = "ACCESSION"
    SCORE = 0.95
    # ("Acc (PET): 2517.71575": the label names the exam's modality in brackets)
    PATTERNS = (_labelled(r"Acc(?:ession)?\.?|ACC\s?#|Accn|Acc(?:ession)?\.?[ \t]*\([A-Z][A-Za-z/-]{1,9}\)|"
                          r"Study\s+ID|Order|Acc(?:ession)?\s+(?:No\.?|Number|#)|"
                          r"Exam\s+(?:No\.?|Number|#)|Requisition|Filler\s+Order|Placer\s+Order"),
                # the value of a FHIR/JSON identifier whose system names an accession
                r"(?i:accession)[^{}\"]{0,20}\"[^{}]{0,40}\"value\"\s*:\s*\"(?P<phi>[^\"]{3,40})\"",)


class HealthPlanRecognizer(_LabelledRecognizer):
    ENTITY = "HEALTH_PLAN_ID"
    SCORE = 0.9
    PATTERNS = (_labelled(r"(?:Member|Subscriber|Policy|Insurance|Health\s+Plan|Medicare|Medicaid|Plan|Group|"
                          r"INS|Ins\.?|Insured|Payer|Payor|Coverage|Beneficiary|Carrier|HICN|MBI|Medicaid)"
                          r"(?:\s+ID)?"),)


class AccessionFormatRecognizer(RegexRecognizer):
    """Accession numbers in the common modality-year-sequence shape (CT25-252640), unlabelled."""

    ENTITY = "ACCESSION"
    SCORE = 0.8
    PATTERNS = (r"\b(?:CT|MR|MRI|XR|CR|DX|US|MG|NM|PT|RF|IR|DR|XA|BD|OT)\d{2}-?\d{5,9}\b",
                # four digits, a dot, four or five digits ("2497.9255", "2497.92551"): no measurement or lab
                # value is written so
                r"(?<![\d.,$])\d{4}\.\d{4,5}(?![\d.])(?![ \t]*(?i:mm|cm|m|mg|ml|g|kg|mmol|hu|%)(?![A-Za-z]))",)


class MedicareIdRecognizer(RegexRecognizer):
    """Medicare Beneficiary Identifiers (1EG4-TE5-MK73 shape), with or without dashes; a plan's member ID in the
    dashed shape with a leading zero ("0FR9-VP0-RX97") is as much an identifier."""

    ENTITY = "HEALTH_PLAN_ID"
    SCORE = 0.9
    PATTERNS = (r"\b[0-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?"
                r"[AC-HJKMNP-RT-Y]{2}\d{2}\b",)


class AccountRecognizer(_LabelledRecognizer):
    ENTITY = "ACCOUNT_ID"
    SCORE = 0.9
    PATTERNS = (_labelled(r"Account|Acct\.?|Encounter|Visit|FIN|CSN|Billing|Claim|Case|Req(?:uisition)?\.?|"
                          r"Exam(?:\s+ID)?|Specimen|Ref(?:erence)?\.?|Auth(?:orization)?|Prior\s+Auth|Referral|"
                          r"Ticket|Confirmation|Transaction|Invoice|NPI|DEA|License|Lic\.?|Badge|Employee(?:\s+ID)?|"
                          r"Certificate|Cert\.?|Registration|Reg\.?|Voucher|Booking|Appointment|Appt\.?|"
                          r"Document|Doc\.?|Record|Patient\s*#|Pt\s*#|PID|Person(?:\s+ID)?|Subject(?:\s+ID)?"),)


class DeviceSerialRecognizer(RegexRecognizer):
    ENTITY = "DEVICE_SERIAL"
    SCORE = 0.9
    PATTERNS = (rf"\b(?i:Serial|S/N|SN|Device\s+ID|Lot|UDI|Model/Serial)(?![A-Za-z]){_SEP}"
                # "serial SN 48213": the repeated label goes with the number
                r"(?P<phi>(?:SN[ \t]?)?[A-Z0-9][A-Z0-9/.-]{3,24}(?<![/.-]))",
                # a GS1 UDI string: "(01)00812345678905(17)300131(21)QX55120" (device, expiry, serial)
                r"\(01\)\d{14}(?:\(\d{2,4}\)[A-Za-z0-9-]+)*",)

    def keep(self, text: str, start: int, end: int) -> bool:
        # a contrast agent's or kit's batch, or an implant's batch listed beside its own serial
        return not (drug_lot(text, start) or lot_beside_serial(text, start))


class SsnRecognizer(RegexRecognizer):
    ENTITY = "SSN"
    SCORE = 0.95
    PATTERNS = (r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])",
                # spaced or dotted, the SSN's own 3-2-4 grouping (a phone is 3-3-4): "561 38 8686", "561.38.8686"
                r"(?<![\d.-])\d{3}([ .])\d{2}\1\d{4}(?![\d-]|\.\d)",
                r"\b(?i:SS#|SSN#?|SS\s+No\.?|Soc\.?\s+Sec\.?(?:\s+(?:No\.?|#))?)\s*[:#]?\s*(?P<phi>\d{3}[-\s.]?\d{2}[-\s.]?\d{4})\b",
                r"\b(?:SSN|Social\s+Security(?:\s+(?:No\.?|Number|#))?)\s*[:#]?\s*(?P<phi>\d{9}|\d{3}\s\d{2}\s\d{4})\b")


class UnlabelledIdRecognizer(RegexRecognizer):
    """Long digit runs and letter-prefixed numbers: in a report these are identifiers, not measurements."""

    ENTITY = "ACCOUNT_ID"
    SCORE = 0.6
    # a letter-prefixed number keeps a member's two-digit suffix: "W52082724-03"
    PATTERNS = (r"(?<![\d.,])\d{7,}(?![\d.,]\d)", r"\b[A-Z]{1,4}-?\d{6,}(?:-\d{2}(?![\d-]))?\b",
                # digit groups joined by dashes, 8+ digits, not a phone or SSN shape: "481-223-925", "29-45-7125"
                r"(?<![\w.-])(?=(?:-?\d){8})\d{2,4}-\d{2,4}-\d{3,4}(?:-\d{2,4})?(?![\w-]|\.\d)",
                # site/year/sequence: "E-26-054555"; letter, digits, dot, digits: "R364.24095" (an ICD-10 code
                # has two digits before the dot and at most four after)
                r"\b[A-Z]{1,4}-\d{2,4}-\d{4,10}\b", r"\b[A-Z]{1,3}\d{3,}\.\d{4,}\b",
                r"\b[A-Z]{1,4}\d{1,4}-\d{4,10}\b",  # SP26-004411: prefix, year or site, sequence
                # any code-like value after a number sign: "label # SP26-4411", "#A44B901"
                r"#\s*:?\s*(?P<phi>[A-Z]{0,4}\d[\dA-Z-]{3,19}(?<!-))")

    def keep(self, text: str, start: int, end: int) -> bool:
        return not message_control_id(text, start, end)  # an HL7 message's number (MSH-10)


class IdShapedRecognizer(RegexRecognizer):
    """Any token with five or more digits ("6986868-5", "IMG27-740-2624", "MDX7526243A", "18145-MR1"),
    labelled or not, that is not a measurement, a dose, a decimal or a billing code: in a report such a
    token is a record number, an accession, a serial or a date. The recall-first net behind the labelled
    recognizers (its type is a guess; what matters is that it is masked)."""

    ENTITY = "ACCOUNT_ID"
    SCORE = 0.55
    PATTERNS = (r"(?<![\w.,/+$-])(?=[A-Za-z0-9-]*\d(?:[A-Za-z-]*\d){4})[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*"
                r"(?:[ ]\d{2}(?=[ \t]{2}|[ \t]*$|[ \t]*\n))?(?![\w-]|[.,]\d)",
                # dotted or slashed: "RAD.2026.1184018", "US/26/287554", "840.899.752", "65/22565"
                r"(?<![\w.,/+$-])(?=[A-Za-z0-9./-]*\d(?:[A-Za-z./-]*\d){5})[A-Za-z0-9]+(?:[./-][A-Za-z0-9]+)+"
                r"(?![\w/-]|[.,]\d)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        token = text[start:end]
        if ("." in token or "/" in token) and not _SEPARATED_ID.fullmatch(token):
            return False
        if _UNIT_AFTER.match(text, end) or _CODE_BEFORE.search(text, max(0, start - 24), start):
            return False
        if _CODED_ELEMENT.match(text, end):
            return False  # an HL7 coded element, code^text: "70450^CT HEAD"
        if message_control_id(text, start, end) or payer_box(text, start, end):
            return False  # an HL7 message's number (MSH-10); a payer's PO box
        return not _YEAR_RANGE.fullmatch(text[start:end])


# (an "X-ray" after the number is no "x" of a size: "XR.9893703<TAB>X-ray chest")
_UNIT_AFTER = re.compile(r"[ \t]?(?i:mm|cm|m|mg|mcg|ml|mCi|MBq|mGy|cGy|Gy|mSv|HU|kV|kVp|mAs|counts?|cts|kcts|units?|"
                         r"microns?|um|µm|μm|mL/min|mg/dL|"
                         r"cells|copies|IU|ng|pg|%|x\b(?!-))(?![A-Za-z])")
# procedure and diagnosis codes: "CPT 74250", "bill 72148", "codes 71250, 71260"
_CODE_BEFORE = re.compile(r"(?i)\b(?:cpt|hcpcs|icd(?:-?1?0)?(?:-cm)?|codes?|bill(?:ed)?|charge[sd]?)\b[\s:#(]*"
                          r"(?:\d{5}[\s,/&;]+(?:and\s+|or\s+)?)*$")
_CODED_ELEMENT = re.compile(r"\^[A-Za-z]")
# a dotted/slashed identifier has a letter prefix, a part of four or more digits or three parts, and is no OID,
# no diagnosis code read through OCR ("S52.501A" -> "552.501A"),
# no decimal and no ratio of small numbers ("120/80")
_SEPARATED_ID = re.compile(r"(?=.*(?:[A-Za-z]{2}|\d{4}[./-]|[./-]\d{4})|(?:\w+[./-]){2}\w)"
                           r"(?!(?:\d+\.){3,}\d+$)(?!\d+\.\d+$)[A-Za-z0-9./-]+")
# "2019-2021", a "512x512" matrix, a month/day range "10/7-3/16" (two dates, found as such)
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d-(?:19|20)?\d\d|\d{2,4}x\d{2,4}|"
                         r"(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])-(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])")
