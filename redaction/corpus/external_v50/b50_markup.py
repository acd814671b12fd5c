"""Inline span markup for blind50: values are wrapped in control-character markers while the text is
built, and ``parse`` turns the marked text into plain text plus span lists (offsets come from the
markers, never from searching for a value afterwards)."""

from __future__ import annotations

import re

_PH, _KP, _SEP, _END = "\x01", "\x02", "\x1f", "\x03"
_MARK = re.compile("([\x01\x02])([A-Za-z_0-9]+)\x1f(.*?)\x03", re.S)
_STRIP = re.compile("[\x01\x02][A-Za-z_0-9]+\x1f|\x03")


def ph(typ: str, value: str) -> str:
    """Mark a PHI value of type ``typ``."""
    value = str(value)
    assert value and value == value.strip() and _PH not in value and _KP not in value, value
    return f"{_PH}{typ}{_SEP}{value}{_END}"


def kp(label: str, value: str) -> str:
    """Mark a keep value (never to be redacted)."""
    value = str(value)
    assert value and value == value.strip() and _PH not in value and _KP not in value, value
    return f"{_KP}{label}{_SEP}{value}{_END}"


# Short aliases used throughout the style modules.
def P(v: str) -> str: return ph("PERSON", v)
def D(v: str) -> str: return ph("DATE_TIME", v)
def MRN(v: str) -> str: return ph("MRN", v)
def ACC(v: str) -> str: return ph("ACCESSION", v)
def PHONE(v: str) -> str: return ph("PHONE", v)
def FAC(v: str) -> str: return ph("FACILITY", v)
def CITY(v: str) -> str: return ph("CITY", v)
def ZIP(v: str) -> str: return ph("ZIP", v)
def ST(v: str) -> str: return ph("STREET_ADDRESS", v)
def EMAIL(v: str) -> str: return ph("EMAIL", v)
def URL(v: str) -> str: return ph("URL", v)
def IP(v: str) -> str: return ph("IP_ADDRESS", v)
def SSN(v: str) -> str: return ph("SSN", v)
def HPID(v: str) -> str: return ph("HEALTH_PLAN_ID", v)
def ACCT(v: str) -> str: return ph("ACCOUNT_ID", v)
def SER(v: str) -> str: return ph("DEVICE_SERIAL", v)
def AGE(v: str) -> str: return ph("AGE_OVER_89", v)
def A(v: str) -> str: return kp("anatomy", v)
def M(v: str) -> str: return kp("measurement", v)
def SC(v: str) -> str: return kp("score", v)
def SEQ(v: str) -> str: return kp("sequence", v)
def VL(v: str) -> str: return kp("vertebral_level", v)
def EP(v: str) -> str: return kp("eponym", v)
def MOD(v: str) -> str: return kp("modality", v)
def YR(v: str | int) -> str: return kp("year", str(v))
def CRED(v: str) -> str: return kp("credential", v)
def SH(v: str) -> str: return kp("section_header", v)
def AU90(v: str) -> str: return kp("age_under_90", v)


def plain(marked: str) -> str:
    """The visible text of a marked string."""
    return _STRIP.sub("", marked)


def vlen(marked: str) -> int:
    return len(plain(marked))


def parse(marked: str) -> tuple[str, list[dict], list[dict]]:
    """(text, phi spans, keep spans) from marked text."""
    out: list[str] = []
    phi: list[dict] = []
    keep: list[dict] = []
    pos = 0
    last = 0
    for m in _MARK.finditer(marked):
        chunk = marked[last:m.start()]
        assert _PH not in chunk and _KP not in chunk and _END not in chunk, repr(chunk[:80])
        out.append(chunk)
        pos += len(chunk)
        kind, name, value = m.group(1), m.group(2), m.group(3)
        out.append(value)
        if kind == _PH:
            phi.append({"start": pos, "end": pos + len(value), "type": name, "text": value})
        else:
            keep.append({"start": pos, "end": pos + len(value), "label": name, "text": value})
        pos += len(value)
        last = m.end()
    tail = marked[last:]
    assert _PH not in tail and _KP not in tail and _END not in tail
    out.append(tail)
    return "".join(out), phi, keep
