"""Markup, offset stripping and the shared generator for the blind12 corpus (standard library only).

Builders write text with inline marks: ``P("PERSON", "Jane Doe")`` for PHI and ``K("eponym", "Baker cyst")`` for
keep-spans. ``strip_marks`` removes the marks in one left-to-right pass and records each span's start/end from the
length of the text emitted so far, then checks ``text[start:end] == value``.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from pathlib import Path


def _sibling(name: str):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


W = _sibling("b12_pools")

_PHI_OPEN, _KEEP_OPEN, _SEP, _CLOSE = "\x01", "\x04", "\x02", "\x03"
_MARK = re.compile(r"\x01([A-Z_0-9]+)\x02([^\x01-\x04]*)\x03|\x04([a-z_0-9]+)\x02([^\x01-\x04]*)\x03")


def P(kind: str, value: str) -> str:
    """A PHI span of type ``kind``."""
    assert value and value == value.strip() and not any(c in value for c in "\x01\x02\x03\x04"), value
    return f"{_PHI_OPEN}{kind}{_SEP}{value}{_CLOSE}"


def K(label: str, value: str) -> str:
    """A keep-span with ``label``."""
    assert value and value == value.strip() and not any(c in value for c in "\x01\x02\x03\x04"), value
    return f"{_KEEP_OPEN}{label}{_SEP}{value}{_CLOSE}"


def strip_marks(marked: str) -> tuple[str, list[dict], list[dict]]:
    """(plain text, phi spans, keep spans); offsets come from the length of the emitted string."""
    parts: list[str] = []
    length = 0
    phi: list[dict] = []
    keep: list[dict] = []
    pos = 0
    for m in _MARK.finditer(marked):
        plain = marked[pos:m.start()]
        parts.append(plain)
        length += len(plain)
        value = m.group(2) if m.group(1) else m.group(4)
        start, end = length, length + len(value)
        if m.group(1):
            phi.append({"start": start, "end": end, "type": m.group(1), "text": value})
        else:
            keep.append({"start": start, "end": end, "label": m.group(3), "text": value})
        parts.append(value)
        length = end
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if any(c in text for c in "\x01\x02\x03\x04"):
        raise ValueError("unbalanced markup")
    for span in phi + keep:
        if text[span["start"]:span["end"]] != span["text"]:
            raise ValueError(f"offset drift: {span}")
    return text, phi, keep


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

SHORT_AGES = ["{}", "{}Y", "{} yrs", "{} y", "{}yo", "{} years"]

DATE_FORMATS = ["mdY", "mdy", "iso", "dMonY", "MonthdY", "dMonthY", "MondY", "compact", "mdY-", "mdY0"]


def fmt_date(d: dt.date, f: str) -> str:
    mon = MONTHS[d.month - 1]
    return {
        "mdY": f"{d.month:02d}/{d.day:02d}/{d.year}", "mdY0": f"{d.month}/{d.day}/{d.year}",
        "mdy": f"{d.month}/{d.day}/{d.year % 100:02d}", "iso": d.isoformat(),
        "dMonY": f"{d.day:02d}-{mon[:3]}-{d.year}", "MonthdY": f"{mon} {d.day}, {d.year}",
        "dMonthY": f"{d.day} {mon} {d.year}", "MondY": f"{mon[:3]} {d.day}, {d.year}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}", "mdY-": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "md": f"{d.month}/{d.day}", "Monthd": f"{mon} {d.day}", "Mond.": f"{mon[:3]}. {d.day}",
        "dmY": f"{d.day:02d}/{d.month:02d}/{d.year}", "dmY.": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "DMONY": f"{d.day:02d}{mon[:3].upper()}{d.year}", "DMONY2": f"{d.day:02d} {mon[:3].upper()} {d.year % 100:02d}",
        "ymd/": f"{d.year}/{d.month:02d}/{d.day:02d}", "MONDY": f"{mon[:3].upper()} {d.day:02d} {d.year}",
    }[f]


def fmt_time(h: int, m: int, s: int, f: str) -> str:
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    return {
        "hm": f"{h:02d}:{m:02d}", "hms": f"{h:02d}:{m:02d}:{s:02d}", "ampm": f"{h12}:{m:02d} {ap}",
        "a.m.": f"{h12}:{m:02d} {ap[0].lower()}.m.", "hours": f"{h:02d}{m:02d} hours", "mil": f"{h:02d}{m:02d}",
        "h": f"{h:02d}h{m:02d}", "ampm2": f"{h12}:{m:02d}{ap.lower()}",
    }[f]


class Gen:
    """Shared generator bound to one document's rng; methods return marked strings."""

    def __init__(self, rng):
        self.r = rng
        self._used: set[str] = set()

    # -- basic choices -------------------------------------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        """A fresh digit string (never repeated inside one document)."""
        while True:
            s = "".join(self.r.choice("0123456789") for _ in range(n))
            if first_nonzero and s[0] == "0":
                continue
            if s not in self._used and not re.fullmatch(r"(19|20)\d\d", s):
                self._used.add(s)
                return s

    def letters(self, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXY") -> str:
        return "".join(self.r.choice(pool) for _ in range(n))

    # -- dates and times ------------------------------------------------------------------------------
    def day(self, lo: int = 2019, hi: int = 2026) -> dt.date:
        return dt.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))

    def date(self, d: dt.date | None = None, fmts=None) -> str:
        d = d or self.day()
        return P("DATE_TIME", fmt_date(d, self.pick(fmts or DATE_FORMATS)))

    def time(self, fmts=("hm", "ampm", "hours", "hms", "a.m.")) -> str:
        return P("DATE_TIME", fmt_time(self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59),
                                       self.pick(fmts)))

    def dob(self, age: int, ref: dt.date) -> dt.date:
        m, d = self.r.randint(1, 12), self.r.randint(1, 28)
        return dt.date(ref.year - age - (1 if (ref.month, ref.day) < (m, d) else 0), m, d)

    # -- people ---------------------------------------------------------------------------------------
    def person(self, sex: str | None = None, staff: bool = False) -> dict:
        sex = sex or self.pick("FM")
        first = self.pick(W.FIRST_F if sex == "F" else W.FIRST_M)
        last = self.pick(W.STAFF_LAST if staff else W.LAST)
        return {"first": first, "last": last, "mi": self.pick("ABCDEFGHJKLMNPRSTW"), "sex": sex}

    def name(self, p: dict, fmt: str | None = None) -> str:
        f, last, mi = p["first"], p["last"], p["mi"]
        fmt = fmt or self.pick(["First Last", "LAST, FIRST M", "Last, First", "F. Last", "First M. Last"])
        value = {
            "First Last": f"{f} {last}", "LAST, FIRST M": f"{last.upper()}, {f.upper()} {mi}",
            "LAST, FIRST": f"{last.upper()}, {f.upper()}", "Last, First": f"{last}, {f}",
            "F. Last": f"{f[0]}. {last}", "First M. Last": f"{f} {mi}. {last}", "Last": last, "First": f,
            "HL7": f"{last.upper()}^{f.upper()}^{mi}", "LAST First": f"{last.upper()} {f}",
            "Last F": f"{last} {f[0]}", "FIRST LAST": f"{f.upper()} {last.upper()}", "lower": f"{f.lower()} {last.lower()}",
        }[fmt]
        return P("PERSON", value)

    def staff(self, cred: str | None = "MD", fmt: str | None = None, title: bool | None = None) -> str:
        p = self.person(staff=True)
        if title is None:
            title = cred is None and self.chance(0.6)
        nm = self.name(p, fmt or self.pick(["First Last", "F. Last", "First M. Last", "Last"]) if not title
                       else "Last" if self.chance(0.5) else "First Last")
        out = ("Dr. " if title else "") + nm
        return out + (", " + K("credential", cred) if cred else "")

    def age_phrase(self, age: int, fmts=None) -> str:
        f = self.pick(fmts or ["{}-year-old", "{} yo", "Age: {} years", "{}Y", "{} y/o", "aged {}", "{}-yr-old"])
        if age >= 90:
            a, b = f.split("{}")
            return a + P("AGE_OVER_89", str(age)) + b
        if f.startswith(("Age: ", "aged ")):
            head, tail = f.split(" ", 1)
            return head + " " + K("age_under_90", tail.format(age))
        return K("age_under_90", f.format(age))

    def age(self, old_p: float = 0.35) -> int:
        return self.r.randint(90, 104) if self.chance(old_p) else self.r.randint(1, 89)

    # -- identifiers ----------------------------------------------------------------------------------
    def mrn(self) -> str:
        return P("MRN", self.pick([lambda: self.digits(8), lambda: "E" + self.digits(7), lambda: self.digits(7, True),
                                   lambda: "MR" + self.digits(6), lambda: self.digits(3) + "-" + self.digits(2) + "-"
                                   + self.digits(2), lambda: "0" + self.digits(9)])())

    def accession(self) -> str:
        return P("ACCESSION", self.pick([lambda: self.digits(10, True), lambda: "RAD" + self.digits(8),
                                         lambda: f"{self.r.randint(19, 26)}-{self.letters(2)}-{self.digits(6)}",
                                         lambda: "A" + self.digits(9), lambda: "CT" + self.digits(7)])())

    def account(self) -> str:
        return P("ACCOUNT_ID", self.pick([lambda: self.digits(11, True), lambda: "V" + self.digits(9),
                                          lambda: "FIN" + self.digits(8), lambda: self.digits(4) + "-" + self.digits(6)])())

    def plan_id(self) -> str:
        return P("HEALTH_PLAN_ID", self.pick([
            lambda: self.letters(3) + self.digits(9),
            lambda: f"{self.r.randint(1, 9)}{self.letters(2)}{self.r.randint(1, 9)}-{self.letters(2)}"
                    f"{self.r.randint(1, 9)}-{self.letters(2)}{self.digits(2)}",
            lambda: "W" + self.digits(8) + self.letters(1), lambda: self.digits(3) + "-" + self.digits(3) + "-" + self.digits(3)])())

    def ssn(self) -> str:
        return P("SSN", self.pick([lambda: f"{self.r.randint(101, 665)}-{self.digits(2)}-{self.digits(4)}",
                                   lambda: f"{self.r.randint(101, 665)} {self.digits(2)} {self.digits(4)}",
                                   lambda: f"{self.r.randint(101, 665)}{self.digits(2)}{self.digits(4)}"])())

    def serial(self) -> str:
        return P("DEVICE_SERIAL", self.pick([lambda: self.letters(3) + self.digits(6) + self.letters(1),
                                             lambda: "SN" + self.digits(8), lambda: self.digits(6, True) + "-" + self.digits(3),
                                             lambda: self.letters(2) + "-" + self.digits(7)])())

    def phone(self, kind: str = "us") -> str:
        a = self.r.choice(["212", "303", "406", "508", "614", "702", "813", "919", "253", "478"])
        d4 = self.digits(4)
        v = {"us": self.pick([f"({a}) 555-{d4}", f"{a}-555-{d4}", f"{a}.555.{d4}", f"+1 {a} 555 {d4}",
                              f"1-{a}-555-{d4}", f"{a}-555-{d4} ext. {self.digits(3)}"]),
             "ext": f"{self.r.randint(4, 8)}{self.digits(4)}",
             "au": self.pick([f"(03) 9555 {d4}", f"+61 2 9555 {d4}", f"0491 555 {self.digits(3)}"]),
             "nz": f"+64 9 555 {d4}", "ie": self.pick([f"+353 1 555 {d4}", f"(01) 555 {d4}"]),
             "fr": f"+33 1 45 55 {d4[:2]} {d4[2:]}", "it": f"+39 06 5550 {d4}", "br": f"(11) 95555-{d4}",
             "mx": f"+52 55 5555 {d4}", "jp": f"03-5555-{d4}", "kr": f"02-555-{d4}",
             "ca": f"({self.pick(['905', '819', '306', '506'])}) 555-{d4}"}[kind]
        return P("PHONE", v)

    def email(self, p: dict | None = None) -> str:
        p = p or self.person()
        first = p["first"].lower().replace(" ", "").replace("-", "")
        last = p["last"].lower().replace(" ", "").replace("'", "")
        user = self.pick([f"{first}.{last}", f"{first[0]}{last}", f"{last}{self.r.randint(2, 99)}", f"{first}_{last[:4]}"])
        return P("EMAIL", f"{user}@{self.pick(W.EMAIL_DOMAINS)}")

    def ip(self) -> str:
        return P("IP_ADDRESS", self.pick([f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}",
                                          f"192.168.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}",
                                          f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}"]))

    def facility(self) -> str:
        return P("FACILITY", self.pick(W.FACILITIES))

    # -- addresses ------------------------------------------------------------------------------------
    def us_address(self, sep: str = ", ") -> str:
        street = f"{self.r.randint(2, 9899)} {self.pick(W.US_STREETS)}"
        if self.chance(0.3):
            street += self.pick([f" Apt {self.r.randint(1, 40)}{self.pick('ABCD')}", f", Unit {self.r.randint(101, 940)}",
                                 f" #{self.r.randint(2, 30)}"])
        city, st = self.pick(W.US_CITIES)
        z = self.digits(5, True) + (("-" + self.digits(4)) if self.chance(0.25) else "")
        return P("STREET_ADDRESS", street) + sep + P("CITY", city) + ", " + st + " " + P("ZIP", z)

    def ca_address(self, sep: str = ", ") -> str:
        city, prov = self.pick(W.CA_CITIES)
        pc = f"{self.letters(1, 'ABCEGHJKLMNPRSTVXY')}{self.r.randint(0, 9)}{self.letters(1)} {self.r.randint(0, 9)}" \
             f"{self.letters(1)}{self.r.randint(0, 9)}"
        street = f"{self.r.randint(2, 990)} {self.pick(['rue Principale', 'King St W', 'Avenue des Erables', 'Spadina Cres', 'Lakeshore Rd'])}"
        return P("STREET_ADDRESS", street) + sep + P("CITY", city) + " " + prov + "  " + P("ZIP", pc)

    # -- keep helpers ---------------------------------------------------------------------------------
    def meas(self, dims: int | None = None) -> str:
        dims = dims or self.r.randint(1, 3)
        unit = self.pick(["cm", "mm", "cm", "mm"])
        vals = [f"{self.r.uniform(0.3, 9.9):.1f}" if unit == "cm" else str(self.r.randint(2, 48)) for _ in range(dims)]
        return K("measurement", " x ".join(vals) + " " + unit)

    def header(self, h: str, colon: str = ":") -> str:
        return K("section_header", h) + colon

    def k(self, label: str, pool) -> str:
        return K(label, self.pick(pool))
