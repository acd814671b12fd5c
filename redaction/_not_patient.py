"""Site-, address- and ID-shaped text that belongs to no patient: a payer's name and its mailing address,
an HL7 message's control ID and its interface nodes.

- A health plan or insurer ("Northwind Health Plan", "Cobalt Health Insurance") is named on denial letters
  and in HL7 ``IN1`` segments; a payer is not a care site and identifies no patient.
- The payer's own mailing address on its letterhead line ("Northwind Health Plan  Appeals Unit  PO Box
  4410") is the payer's, not the patient's. Only a PO box on a line that names the payer, outside HL7
  segments (an ``IN1`` segment's address field is the insured's).
- ``MSH-10``, the message control ID ("MSG48213"), numbers the interface message, not a person or a visit;
  an ``MSH-4``/``MSH-6`` facility that is an interface node's generic name ("HUB", "HOSP") is no site.

Each helper is called on a match a recognizer has already found, so none scans a whole text.
"""

from __future__ import annotations

import re

# a payer named as a plan or an insurer: "Northwind Health Plan", "Cobalt Health Insurance Company"
_PAYER_AFTER = re.compile(r"[ \t]+(?:Plan|Insurance|Assurance|HMO|PPO|Medicaid|Advantage)\b")


def names_a_payer(text: str, end: int) -> bool:
    """True when the site-shaped name ending at ``end`` is a health plan's or an insurer's ("... Health Plan")."""
    return bool(_PAYER_AFTER.match(text, end))


# a name that itself ends on the payer word, as NER takes it whole: "Northwind Health Plan", "Cobalt Care Advantage"
_PAYER_END = re.compile(r"[ \t](?:Plan|Insurance|Assurance|HMO|PPO|Medicaid|Advantage)\Z")


def is_payer_name(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a health plan or an insurer: it ends on, or is followed by, a payer word."""
    return bool(_PAYER_END.search(text, max(start, end - 12), end)) or names_a_payer(text, end)


# the payer on its letterhead line, before its address: "... Health Plan  Appeals Unit  PO Box"
_PAYER_ON_LINE = re.compile(r"(?i:\bhealth[ \t]+plan\b|\binsurance\b|\binsurer\b|\bappeals[ \t]+(?:unit|department|dept)"
                            r"|\bclaims[ \t]+(?:unit|department|dept|processing))")
_PO_BOX = re.compile(r"(?i:p\.?[ \t]?o\.?[ \t]*box|post[ \t]+office[ \t]+box)[ \t]*\Z")


def payer_box(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a PO box (or its number) on a line that names a payer, outside HL7."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    line = text[line_start:start]
    if "|" in line:
        return False
    box = text[start:end]
    if not (_PO_BOX.search(box[:box.rfind(" ") + 1] if " " in box else "") or _PO_BOX.search(line)):
        return False
    return bool(_PAYER_ON_LINE.search(line))


_FIELD = re.compile(r"[^|\r\n]*\|")


def message_control_id(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is (part of) the tenth field of an HL7 ``MSH`` segment (the message
    control ID)."""
    bar = text.find("|", end, end + 40)
    if bar < 0 or "\n" in text[end:bar] or "\r" in text[end:bar]:
        return False
    start = text.rfind("|", max(0, start - 40), start + 1) + 1  # the field's own start
    if start == 0 or "\n" in text[start:end] or "\r" in text[start:end]:
        return False
    head = text.rfind("MSH|", max(0, start - 400), start)
    if head < 0:
        return False
    pos, fields = head + 4, 0  # MSH-1 is the separator itself: the text after "MSH|" opens with MSH-2
    while pos < start:
        field = _FIELD.match(text, pos)
        if field is None:
            return False
        pos, fields = field.end(), fields + 1
    return pos == start and fields == 8


# MSH-4/6 values that name an interface node, not a site: "RIS|ORRIN BAY MC|EHR|HUB", "...|PACS|HOSP"
_INTERFACE_NODES = frozenset({"HUB", "HOSP", "RAD", "EHR", "EMR", "HIS", "RIS", "PACS", "LAB", "LIS", "ADT", "IE",
                              "ENGINE", "INTERFACE", "GATEWAY", "BROKER", "ROUTER", "CLOUD", "VNA", "RADGATE"})


def interface_node(value: str) -> bool:
    """True when an HL7 ``MSH`` sending or receiving facility field holds an interface node's generic name
    (an engine, a hub, a department system), which names no care site."""
    return value.strip().upper() in _INTERFACE_NODES
