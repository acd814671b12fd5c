"""Inline span marks for the blind10 corpus.

Text is composed with inline marks; ``strip_marks`` walks the marked string once, copies the visible
characters and records each span's start/end from the length of the output built so far.  Offsets
therefore always refer to the string that is actually emitted and cannot drift.

    mark:  OPEN_PHI  TYPE  SEP  value  CLOSE      (PHI)
           OPEN_KEEP LABEL SEP  value  CLOSE      (keep)

The mark characters are ASCII control characters that never occur in document text.
"""

from __future__ import annotations

OPEN_PHI = "\x01"
OPEN_KEEP = "\x02"
SEP = "\x1f"
CLOSE = "\x03"
_MARKS = (OPEN_PHI, OPEN_KEEP, SEP, CLOSE)

PHI_TYPES = (
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
)
KEEP_LABELS = (
    "eponym", "anatomy", "vertebral_level", "measurement", "score", "sequence", "age_under_90", "year",
    "modality", "credential", "section_header",
)


class MarkupError(ValueError):
    """A malformed mark (nested, unterminated, empty, padded with whitespace, unknown type)."""


def _check_value(value: str) -> str:
    value = str(value)
    if not value or value != value.strip():
        raise MarkupError(f"span value empty or padded: {value!r}")
    if any(m in value for m in _MARKS):
        raise MarkupError(f"nested mark in span value: {value!r}")
    return value


def phi(kind: str, value) -> str:
    """Mark ``value`` as a PHI span of ``kind``."""
    if kind not in PHI_TYPES:
        raise MarkupError(f"unknown PHI type {kind!r}")
    return f"{OPEN_PHI}{kind}{SEP}{_check_value(value)}{CLOSE}"


def keep(label: str, value) -> str:
    """Mark ``value`` as a keep-span with ``label``."""
    if label not in KEEP_LABELS:
        raise MarkupError(f"unknown keep label {label!r}")
    return f"{OPEN_KEEP}{label}{SEP}{_check_value(value)}{CLOSE}"


def strip_marks(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Return (text, phi_spans, keep_spans) for a marked string, in one left-to-right loop."""
    out: list[str] = []
    length = 0
    phis: list[dict] = []
    keeps: list[dict] = []
    state = "text"          # text -> kind -> value -> text
    kind_chars: list[str] = []
    value_chars: list[str] = []
    opener = ""
    start = 0
    for ch in marked:
        if state == "text":
            if ch in (OPEN_PHI, OPEN_KEEP):
                state, opener, kind_chars = "kind", ch, []
            elif ch in (SEP, CLOSE):
                raise MarkupError(f"stray mark at output offset {length}")
            else:
                out.append(ch)
                length += 1
        elif state == "kind":
            if ch == SEP:
                state, start, value_chars = "value", length, []
            elif ch in _MARKS:
                raise MarkupError(f"malformed mark at output offset {length}")
            else:
                kind_chars.append(ch)
        else:  # value
            if ch == CLOSE:
                kind = "".join(kind_chars)
                value = "".join(value_chars)
                if opener == OPEN_PHI:
                    phis.append({"start": start, "end": length, "type": kind, "text": value})
                else:
                    keeps.append({"start": start, "end": length, "label": kind, "text": value})
                state = "text"
            elif ch in _MARKS:
                raise MarkupError(f"nested mark at output offset {length}")
            else:
                out.append(ch)
                value_chars.append(ch)
                length += 1
    if state != "text":
        raise MarkupError("unterminated mark at end of text")
    text = "".join(out)
    for span in phis + keeps:
        if text[span["start"]:span["end"]] != span["text"]:
            raise MarkupError(f"offset drift for {span}")
    return text, phis, keeps


def visible(marked: str) -> str:
    """The emitted text of a marked fragment (marks removed)."""
    return strip_marks(marked)[0]


# Short helpers used by the style modules -------------------------------------------------------

def PER(v): return phi("PERSON", v)
def DT(v): return phi("DATE_TIME", v)
def AGE(v): return phi("AGE_OVER_89", v)
def MRN(v): return phi("MRN", v)
def ACC(v): return phi("ACCESSION", v)
def SSN(v): return phi("SSN", v)
def TEL(v): return phi("PHONE", v)
def EML(v): return phi("EMAIL", v)
def URL(v): return phi("URL", v)
def IP(v): return phi("IP_ADDRESS", v)
def ST(v): return phi("STREET_ADDRESS", v)
def CITY(v): return phi("CITY", v)
def ZIP(v): return phi("ZIP", v)
def FAC(v): return phi("FACILITY", v)
def HPID(v): return phi("HEALTH_PLAN_ID", v)
def ACCT(v): return phi("ACCOUNT_ID", v)
def SER(v): return phi("DEVICE_SERIAL", v)

def EP(v): return keep("eponym", v)
def AN(v): return keep("anatomy", v)
def LV(v): return keep("vertebral_level", v)
def MS(v): return keep("measurement", v)
def SC(v): return keep("score", v)
def SQ(v): return keep("sequence", v)
def AU(v): return keep("age_under_90", v)
def YR(v): return keep("year", v)
def MOD(v): return keep("modality", v)
def CR(v): return keep("credential", v)
def SH(v): return keep("section_header", v)
