"""Site-, address- and ID-shaped text that belongs to no patient: a payer's name and its mailing address,
an HL7 message's control ID and its interface nodes.

- A health plan or insurer ("Northwind Health Plan", "Cobalt Health Insurance") is named on denial letters
  and in HL7 ``IN1`` segments; a payer is not a care site and identifies no patient.
- The payer's own mailing address on its letterhead line ("Northwind Health Plan  Appeals Unit  PO Box
  4410") is the payer's, not the patient's, and so is the box (and its town) under letterhead lines that name
  the payer or its department ("Keystone Mutual / Utilization Management Department / PO Box 4410, Harrisburg,
  PA"). Only a PO box on, or right under, a line that names the payer, outside HL7 segments (an ``IN1``
  segment's address field is the insured's).
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


def after_plan_id(text: str, start: int) -> bool:
    """True when the name at ``start`` follows a labelled insurance number on its line: the plan's name
    ("Insurance ID#: W4926  Elm Union Health", "Member ID: XJ-2231 Cobalt Health"), or the plan's label
    ("Insurance: Elm Union Health", "Insurance on file: Cobalt Care Alliance")."""
    return bool(_PLAN_ID_BEFORE.search(text, max(0, start - 60), start))


_PLAN_ID_BEFORE = re.compile(r"(?i:insurance|ins\.|insurer|payer|plan|policy|member|subscriber|coverage)"
                             r"(?:[ \t]*(?i:card|id|no\.?|number))*[ \t]*(?:#[ \t]*:?|:)"
                             r"[ \t]*[A-Z0-9][A-Z0-9-]{3,}[ \t]+\Z"
                             # or the plan's own label: "Insurance: Elm Union Health  ID W4926", "Coverage: ..."
                             r"|(?i:insurance|insurer|payer|payor|coverage|carrier)(?:[ \t]+(?i:on[ \t]+file))?"
                             r"[ \t]*:[ \t]*\Z")


# a name that itself ends on the payer word, as NER takes it whole: "Northwind Health Plan", "Cobalt Care Advantage"
_PAYER_END = re.compile(r"[ \t](?:Plan|Insurance|Assurance|HMO|PPO|Medicaid|Advantage)\Z")


def is_payer_name(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a health plan or an insurer: it ends on, or is followed by, a payer word."""
    return (bool(_PAYER_END.search(text, max(start, end - 12), end)) or names_a_payer(text, end)
            or after_plan_id(text, start))


# the payer on its letterhead, before its address: "... Health Plan  Appeals Unit  PO Box", or a letterhead block
# whose lines above the box name the plan or its department ("Keystone Mutual\nUtilization Management\nPO Box ...")
_PAYER_ON_LINE = re.compile(r"(?i:\bhealth[ \t]+plan\b|\binsurance\b|\binsurer\b"
                            r"|\bappeals[ \t]+(?:unit|department|dept)"
                            r"|\bclaims[ \t]+(?:unit|department|dept|processing)"
                            r"|\butilization[ \t]+(?:management|review)|\bmutual\b)")
_PO_BOX = re.compile(r"(?i:p\.?[ \t]?o\.?[ \t]*box|post[ \t]+office[ \t]+box)[ \t]*\Z")
# a PO box line's start, up to the town: "PO Box 4410, " (the town then a state: "Harrisburg, PA")
_BOX_BEFORE_TOWN = re.compile(r"[ \t]*(?i:p\.?[ \t]?o\.?[ \t]*box|post[ \t]+office[ \t]+box)"
                              r"[ \t]*\d{1,6},[ \t]*\Z")
_BLOCK_LINES = 3  # the letterhead lines above the box looked at


def payer_box(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a PO box (or its number) on a line that names a payer, or opening a line
    under letterhead lines that do, outside HL7."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    line = text[line_start:start]
    if "|" in line:
        return False
    box = text[start:end]
    if not (_PO_BOX.search(box[:box.rfind(" ") + 1] if " " in box else "") or _PO_BOX.search(line)):
        return False
    # a box that opens its line may be the address line of a letterhead block ("Member: Jo Roe, PO Box ..." is not)
    opens_line = not _PO_BOX.sub("", line).strip()
    return bool(_PAYER_ON_LINE.search(line)) or (opens_line and _payer_block_above(text, line_start))


def payer_box_town(text: str, start: int) -> bool:
    """True when the town starting at ``start`` follows a payer's PO box on its letterhead: "PO Box 4410,
    Harrisburg, PA" under "Keystone Mutual" (the payer's mailing town, not the patient's)."""
    line_start = text.rfind("\n", 0, start) + 1
    return (start - line_start < 40 and bool(_BOX_BEFORE_TOWN.fullmatch(text, line_start, start))
            and _payer_block_above(text, line_start))


def _payer_block_above(text: str, line_start: int) -> bool:
    """True when one of the few lines right above ``line_start`` (no blank line between) names a payer."""
    end = line_start - 1
    for _ in range(_BLOCK_LINES):
        if end <= 0:
            return False
        above_start = text.rfind("\n", 0, end) + 1
        above = text[above_start:end]
        if not above.strip() or "|" in above:
            return False
        if _PAYER_ON_LINE.search(above):
            return True
        end = above_start - 1
    return False


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
