"""Markup helpers for blind43: spans are written inline as ⟦LABEL|text⟧ and parsed into offsets."""

from __future__ import annotations

import re

PHI_TYPES = ("PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL",
             "IP_ADDRESS", "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID",
             "DEVICE_SERIAL")
KEEP_LABELS = ("eponym", "anatomy", "vertebral_level", "measurement", "score", "sequence", "age_under_90",
               "year", "modality", "credential", "section_header")
_MARK = re.compile(r"⟦([A-Za-z_0-9]+)\|([^⟦⟧|]*)⟧")


def m(label: str, value: str) -> str:
    """Wrap a value in span markup (upper-case label = PHI type, lower-case = keep label)."""
    value = str(value)
    if not value or value != value.strip():
        raise ValueError(f"bad span value {value!r}")
    return f"⟦{label}|{value}⟧"


def P(v): return m("PERSON", v)
def D(v): return m("DATE_TIME", v)
def H(v): return m("section_header", v)
def CR(v): return m("credential", v)
def MOD(v): return m("modality", v)
def YR(v): return m("year", v)


def _occurrences(text: str, value: str) -> list[int]:
    pattern = r"(?<![\w/:.-])" + re.escape(value) + r"(?![\w/:-])(?!\.\w)"
    return [x.start() for x in re.finditer(pattern, text)]


def parse(marked: str) -> tuple[str, list[dict], list[dict]]:
    out: list[str] = []
    pos = 0
    length = 0
    phi: list[dict] = []
    keep: list[dict] = []
    for mt in _MARK.finditer(marked):
        chunk = marked[pos:mt.start()]
        out.append(chunk)
        length += len(chunk)
        label, value = mt.group(1), mt.group(2)
        start, end = length, length + len(value)
        if label in PHI_TYPES:
            phi.append({"start": start, "end": end, "type": label, "text": value})
        elif label in KEEP_LABELS:
            keep.append({"start": start, "end": end, "label": label, "text": value})
        else:
            raise ValueError(f"unknown label {label}")
        out.append(value)
        length = end
        pos = mt.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError("unbalanced markup: " + text[max(0, text.find("⟦") - 40):text.find("⟦") + 60])
    _complete(text, phi, keep)
    phi.sort(key=lambda s: s["start"])
    keep.sort(key=lambda s: s["start"])
    return text, phi, keep


def _complete(text: str, phi: list[dict], keep: list[dict]) -> None:
    """Annotate every further occurrence of a PHI value; refuse if one collides with another span."""
    for span in list(phi):
        if span["type"] == "AGE_OVER_89":
            continue
        value = span["text"]
        for pos in _occurrences(text, value):
            end = pos + len(value)
            spans = phi + keep
            if any(s["start"] <= pos and end <= s["end"] for s in spans):
                continue
            if any(s["start"] < end and pos < s["end"] for s in spans):
                raise ValueError(f"occurrence of {value!r} at {pos} collides with another span")
            phi.append({"start": pos, "end": end, "type": span["type"], "text": value})


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def maybe(rng, p, s, alt=""):
    return s if rng.random() < p else alt
