"""Span-recording document builder for the blind22 corpus.

Text is appended piece by piece; every PHI or keep span is recorded at the moment its text is
appended.  Style code writes small markup strings:

    <<TYPE|value>>     a PHI span of TYPE (PERSON, DATE_TIME, ...)
    [[label|text]]     a keep span with a keep label (eponym, anatomy, ...)

The markup is parsed left to right while appending, so offsets come from construction, never
from searching the finished text.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"<<([A-Z_0-9]+)\|(.*?)>>|\[\[([a-z_0-9]+)\|(.*?)\]\]", re.DOTALL)

PHI_TYPES = (
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
)
KEEP_LABELS = (
    "eponym", "anatomy", "vertebral_level", "measurement", "score", "sequence", "age_under_90", "year",
    "modality", "credential", "section_header",
)


class Doc:
    """Accumulates text and spans."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def _plain(self, s: str) -> None:
        if s:
            self._parts.append(s)
            self._n += len(s)

    def _span(self, value: str, kind: str, key: str, tag: str) -> None:
        if not value or value != value.strip():
            raise ValueError(f"bad {kind} span value {value!r}")
        start = self._n
        self._plain(value)
        rec = {"start": start, "end": self._n, key: tag, "text": value}
        (self.phi if kind == "phi" else self.keep).append(rec)

    def add(self, markup: str) -> Doc:
        pos = 0
        for m in _TOKEN.finditer(markup):
            self._plain(markup[pos:m.start()])
            if m.group(1):
                if m.group(1) not in PHI_TYPES:
                    raise ValueError(m.group(1))
                self._span(m.group(2), "phi", "type", m.group(1))
            else:
                if m.group(3) not in KEEP_LABELS:
                    raise ValueError(m.group(3))
                self._span(m.group(4), "keep", "label", m.group(3))
            pos = m.end()
        self._plain(markup[pos:])
        return self

    __call__ = add

    def line(self, markup: str = "") -> Doc:
        return self.add(markup + "\n")

    def lines(self, items) -> Doc:
        for it in items:
            self.line(it)
        return self

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def finish(self) -> tuple[str, list[dict], list[dict]]:
        text = self.text
        # Trailing whitespace is trimmed; spans never end in whitespace, so offsets stay valid.
        stripped = text.rstrip()
        return stripped, self.phi, self.keep


# ---- markup helpers -------------------------------------------------------------------------

def ph(kind: str, value: str) -> str:
    return f"<<{kind}|{value}>>"


def PER(v: str) -> str: return ph("PERSON", v)
def DTM(v: str) -> str: return ph("DATE_TIME", v)
def AGE(v) -> str: return ph("AGE_OVER_89", str(v))
def MRN(v: str) -> str: return ph("MRN", v)
def ACC(v: str) -> str: return ph("ACCESSION", v)
def SSN(v: str) -> str: return ph("SSN", v)
def TEL(v: str) -> str: return ph("PHONE", v)
def EML(v: str) -> str: return ph("EMAIL", v)
def URL(v: str) -> str: return ph("URL", v)
def IP(v: str) -> str: return ph("IP_ADDRESS", v)
def ST(v: str) -> str: return ph("STREET_ADDRESS", v)
def CTY(v: str) -> str: return ph("CITY", v)
def ZIP(v: str) -> str: return ph("ZIP", v)
def FAC(v: str) -> str: return ph("FACILITY", v)
def HPI(v: str) -> str: return ph("HEALTH_PLAN_ID", v)
def ACT(v: str) -> str: return ph("ACCOUNT_ID", v)
def DEV(v: str) -> str: return ph("DEVICE_SERIAL", v)


def K(label: str, text: str) -> str:
    return f"[[{label}|{text}]]"


def ana(t: str) -> str: return K("anatomy", t)
def epo(t: str) -> str: return K("eponym", t)
def vl(t: str) -> str: return K("vertebral_level", t)
def meas(t: str) -> str: return K("measurement", t)
def sc(t: str) -> str: return K("score", t)
def seq(t: str) -> str: return K("sequence", t)
def a90(t) -> str: return K("age_under_90", str(t))
def yr(t) -> str: return K("year", str(t))
def mod(t: str) -> str: return K("modality", t)
def cred(t: str) -> str: return K("credential", t)
def hdr(t: str) -> str: return K("section_header", t)


def age_mk(age: int) -> str:
    """An age as markup: PHI when over 89, otherwise a keep span."""
    return AGE(age) if age > 89 else a90(age)
