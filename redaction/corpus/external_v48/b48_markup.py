"""Inline span markup for the blind48 corpus.

Text is written with markers ``⟦KIND¦value⟧`` while it is being built; ``parse`` strips the markers and
returns the plain text with the span offsets it recorded.  Upper-case kinds are PHI types, lower-case
kinds are keep labels.  Spans are therefore known by construction, never found by searching.
"""

from __future__ import annotations

OPEN, SEP, CLOSE = "\u27e6", "\u00a6", "\u27e7"

PHI_TYPES = (
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
)
KEEP_LABELS = (
    "eponym", "anatomy", "vertebral_level", "measurement", "score", "sequence", "age_under_90", "year",
    "modality", "credential", "section_header",
)
_KINDS = frozenset(PHI_TYPES) | frozenset(KEEP_LABELS)


def m(kind: str, value: object) -> str:
    """Mark ``value`` as a span of ``kind`` (a PHI type or a keep label)."""
    value = str(value)
    if kind not in _KINDS:
        raise ValueError(f"unknown span kind {kind!r}")
    if not value or value != value.strip() or any(c in value for c in (OPEN, SEP, CLOSE)):
        raise ValueError(f"bad span value {value!r}")
    return f"{OPEN}{kind}{SEP}{value}{CLOSE}"


# Short PHI helpers.
def per(v): return m("PERSON", v)
def dt(v): return m("DATE_TIME", v)
def age89(v): return m("AGE_OVER_89", v)
def mrn(v): return m("MRN", v)
def acc(v): return m("ACCESSION", v)
def ssn(v): return m("SSN", v)
def tel(v): return m("PHONE", v)
def mail(v): return m("EMAIL", v)
def url(v): return m("URL", v)
def ip(v): return m("IP_ADDRESS", v)
def street(v): return m("STREET_ADDRESS", v)
def city(v): return m("CITY", v)
def zipc(v): return m("ZIP", v)
def fac(v): return m("FACILITY", v)
def plan(v): return m("HEALTH_PLAN_ID", v)
def acct(v): return m("ACCOUNT_ID", v)
def serial(v): return m("DEVICE_SERIAL", v)


# Short keep helpers.
def k(label, v): return m(label, v)
def hdr(v): return m("section_header", v)
def cred(v): return m("credential", v)
def mod(v): return m("modality", v)
def meas(v): return m("measurement", v)
def anat(v): return m("anatomy", v)
def year(v): return m("year", v)
def ageu(v): return m("age_under_90", v)


def parse(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Strip markers: (plain text, phi spans, keep spans)."""
    out: list[str] = []
    phi: list[dict] = []
    keep: list[dict] = []
    length = 0
    i = 0
    while True:
        j = marked.find(OPEN, i)
        if j < 0:
            tail = marked[i:]
            if SEP in tail or CLOSE in tail:
                raise ValueError("stray marker")
            out.append(tail)
            break
        chunk = marked[i:j]
        if SEP in chunk or CLOSE in chunk:
            raise ValueError("stray marker")
        out.append(chunk)
        length += len(chunk)
        s = marked.index(SEP, j)
        e = marked.index(CLOSE, s)
        kind, value = marked[j + 1:s], marked[s + 1:e]
        if OPEN in value:
            raise ValueError("nested marker")
        span = {"start": length, "end": length + len(value)}
        if kind in PHI_TYPES:
            span.update(type=kind, text=value)
            phi.append(span)
        else:
            span.update(label=kind, text=value)
            keep.append(span)
        out.append(value)
        length += len(value)
        i = e + 1
    return "".join(out), phi, keep
