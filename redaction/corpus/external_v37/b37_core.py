"""Core helpers for blind37: a document builder that records spans as text is appended."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

PHI_TYPES = {
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
}


class Doc:
    """Append plain text and tagged pieces; offsets are right by construction."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def add(self, *pieces) -> "Doc":
        for piece in pieces:
            if isinstance(piece, tuple):
                value, tag = piece
                if isinstance(value, list):  # nested pieces
                    self.add(*value)
                    continue
                assert value and value == value.strip(), repr(value)
                span = {"start": self.n, "end": self.n + len(value)}
                if tag in PHI_TYPES:
                    span["type"] = tag
                    span["text"] = value
                    self.phi.append(span)
                else:
                    span["label"] = tag
                    span["text"] = value
                    self.keep.append(span)
                self.parts.append(value)
                self.n += len(value)
            elif isinstance(piece, list):
                self.add(*piece)
            else:
                self.parts.append(piece)
                self.n += len(piece)
        return self

    def line(self, *pieces) -> "Doc":
        self.add(*pieces)
        self.add("\n")
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


def P(v):  # person
    return (v, "PERSON")


def DT(v):
    return (v, "DATE_TIME")


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]


def rand_dt(rng: random.Random, year: int = 2026) -> datetime:
    base = datetime(year, 1, 5, 0, 0, 0)
    return base + timedelta(days=rng.randint(0, 300), seconds=rng.randint(0, 86399))


def later(rng: random.Random, dt: datetime, lo: int = 5, hi: int = 900) -> datetime:
    return dt + timedelta(seconds=rng.randint(lo, hi))


def iso_pieces(dt: datetime, frac: str = "", zone: str = "Z", sep: str = "T") -> list:
    """2026-03-14T14:32:05.123Z -> date span, time span (fraction inside, zone letter outside)."""
    return [DT(dt.strftime("%Y-%m-%d")), sep, DT(dt.strftime("%H:%M:%S") + frac), zone]


def fmt_date(rng: random.Random, dt: datetime, style: str | None = None) -> str:
    style = style or rng.choice(["us", "us_short", "iso", "long", "dmy", "mon"])
    if style == "us":
        return dt.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{dt.month}/{dt.day}/{dt.strftime('%y')}"
    if style == "iso":
        return dt.strftime("%Y-%m-%d")
    if style == "long":
        return f"{MONTHS_LONG[dt.month - 1]} {dt.day}, {dt.year}"
    if style == "dmy":
        return f"{dt.day:02d}-{MONTHS[dt.month - 1]}-{dt.year}"
    if style == "md":
        return f"{dt.month}/{dt.day}"
    if style == "mon_day":
        return f"{MONTHS_LONG[dt.month - 1]} {dt.day}"
    return f"{MONTHS[dt.month - 1]} {dt.day}, {dt.year}"


def fmt_time(rng: random.Random, dt: datetime, style: str | None = None) -> str:
    style = style or rng.choice(["24", "24s", "ampm", "mil"])
    if style == "24":
        return dt.strftime("%H:%M")
    if style == "24s":
        return dt.strftime("%H:%M:%S")
    if style == "ampm":
        h = dt.hour % 12 or 12
        return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"
    if style == "ampm_lower":
        h = dt.hour % 12 or 12
        return f"{h}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"
    return dt.strftime("%H%M") + " hours"


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def hexs(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def plen(cell) -> int:
    if isinstance(cell, str):
        return len(cell)
    if isinstance(cell, tuple):
        return plen(cell[0]) if isinstance(cell[0], list) else len(cell[0])
    return sum(plen(c) for c in cell)


def table(d: Doc, headers: list[str], rows: list[list], sep: str = " | ", right: bool = False, rule: str | None = "-",
          lead: str = "") -> None:
    """Aligned text table; cells are strings, tagged tuples or lists of pieces."""
    widths = [max([len(h)] + [plen(r[i]) for r in rows]) for i, h in enumerate(headers)]
    d.add(lead, sep.join(h.rjust(w) if right else h.ljust(w) for h, w in zip(headers, widths)).rstrip(), "\n")
    if rule:
        d.add(lead, ("-+-" if sep.strip() == "|" else sep).join(rule * w for w in widths), "\n")
    for r in rows:
        pieces: list = [lead]
        for i, (c, w) in enumerate(zip(r, widths)):
            pad = " " * (w - plen(c))
            if i:
                pieces.append(sep)
            pieces.extend([pad, c] if right else [c, pad] if i < len(r) - 1 else [c])
        d.add(*pieces, "\n")
