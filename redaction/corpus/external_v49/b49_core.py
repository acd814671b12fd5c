"""Span-building primitives and the per-document case (patient, staff, identifiers) for blind49.

Text is built from segments: a plain ``str``, ``P(type, value)`` for a PHI span, ``K(label, value)`` for
a keep span, or a (nested) list of those. ``Doc.add`` appends them and records offsets as it goes, so
spans are never found by searching the finished text.
"""

from __future__ import annotations

import datetime as dt
import random

import b49_pools as pools


def P(kind: str, value: str) -> tuple[str, str, str]:
    return ("P", kind, value)


def K(label: str, value: str) -> tuple[str, str, str]:
    return ("K", label, value)


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.phi: list[dict] = []
        self.keep: list[dict] = []
        self.n = 0

    def _plain(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def add(self, *segs) -> "Doc":
        for s in segs:
            if s is None or s == "":
                continue
            if isinstance(s, str):
                self._plain(s)
            elif isinstance(s, tuple):
                kind, lab, v = s
                assert v and v == v.strip(), (kind, lab, v)
                start = self.n
                self._plain(v)
                if kind == "P":
                    self.phi.append({"start": start, "end": self.n, "type": lab, "text": v})
                else:
                    self.keep.append({"start": start, "end": self.n, "label": lab, "text": v})
            else:
                self.add(*s)
        return self

    def line(self, *segs) -> "Doc":
        return self.add(*segs, "\n")

    @property
    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- people


def fold(s: str) -> str:
    """ASCII-only, no spaces or apostrophes (how a name lands in a file name)."""
    table = str.maketrans("áàâäãåçéèêëíìîïñóòôöõøúùûüýÿšžćčłńśźżğışŞİ", "aaaaaaceeeeiiiinoooooouuuuyyszcclnszzgisSI")
    return "".join(ch for ch in s.translate(table) if ch.isalnum() or ch == "-")


class Person:
    def __init__(self, rng: random.Random, sex: str | None = None) -> None:
        self.sex = sex or rng.choice("FM")
        self.given = rng.choice(pools.GIVEN_F if self.sex == "F" else pools.GIVEN_M)
        self.surname = rng.choice(pools.SURNAMES)
        self.middle = rng.choice(pools.MIDDLE_INITIALS) if rng.random() < 0.45 else ""
        self.login = (self.given[0] + fold(self.surname)).lower().replace("-", "")[:12]

    @property
    def full(self) -> str:
        return f"{self.given} {self.middle + '. ' if self.middle else ''}{self.surname}"

    @property
    def plain(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def last_first(self) -> str:
        return f"{self.surname}, {self.given}{' ' + self.middle if self.middle else ''}"

    def hl7(self) -> str:
        return f"{fold(self.surname).upper()}^{fold(self.given).upper()}" + (f"^{self.middle}" if self.middle else "")

    def initials(self) -> str:
        return (self.given[0] + (self.middle or "") + fold(self.surname)[0]).upper()

    def file(self, rng: random.Random, form: str | None = None) -> str:
        """The name as an export/scan tool writes it into a file or folder name (one PERSON value)."""
        s, g = fold(self.surname), fold(self.given)
        form = form or rng.choice(pools.NAME_FORMS)
        if form == "SUR_GIV":
            return f"{s.upper()}_{g.upper()}"
        if form == "Sur_Giv":
            return f"{s}_{g}"
        if form == "sur_giv":
            return f"{s.lower()}_{g.lower()}"
        if form == "SUR^GIV":
            return self.hl7()
        if form == "sur-giv":
            return f"{s.lower()}-{g.lower()}"
        if form == "SurGiv":
            return s.replace("-", "") + g
        if form == "SUR.GIV":
            return f"{s.upper()}.{g.upper()}"
        if form == "Giv.Sur":
            return f"{g}.{s}"
        if form == "SURGI":
            return (s.replace("-", "")[:5] + g[:2]).upper()
        if form == "Sur Giv":
            return f"{s} {g}"
        if form == "Sur%20Giv":
            return f"{s}%20{g}"
        return f"{s.upper()},{g.upper()}"


# ---------------------------------------------------------------- dates


def d_compact(d: dt.date) -> str:
    return d.strftime("%Y%m%d")


def d_short(d: dt.date) -> str:
    return d.strftime("%y%m%d")


def d_iso(d: dt.date) -> str:
    return d.strftime("%Y-%m-%d")


def d_us(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def d_dmy(d: dt.date) -> str:
    return d.strftime("%d-%b-%Y")


def d_long(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def d_mon(d: dt.date) -> str:
    return f"{d.strftime('%b')} {d.day:>2}"


def t_hms(t: dt.datetime) -> str:
    return t.strftime("%H%M%S")


def t_colon(t: dt.datetime, sec: bool = False) -> str:
    return t.strftime("%H:%M:%S" if sec else "%H:%M")


def rand_date(rng: random.Random, y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(y1, 12, 28).toordinal()))


def rand_dt(rng: random.Random, day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59))


def later(rng: random.Random, t: dt.datetime, lo: int = 20, hi: int = 900) -> dt.datetime:
    return t + dt.timedelta(seconds=rng.randint(lo, hi))


# ---------------------------------------------------------------- study descriptors


def study_segs(tokens, sep: str = "_", case: str = "upper") -> list:
    """Render a descriptor (list of (label|None, [words])) joined by sep; labelled tokens become keep spans."""
    out: list = []
    for j, (label, words) in enumerate(tokens):
        if j:
            out.append(sep)
        w = sep.join(words)
        w = w.lower() if case == "lower" else w
        out.append(K(label, w) if label else w)
    return out


def series_segs(series, sep: str = "_") -> list:
    return study_segs(series, sep)


# ---------------------------------------------------------------- the case


class Case:
    """Everything one document may mention, drawn from the document's own rng."""

    def __init__(self, rng: random.Random, modality: str | None = None) -> None:
        self.rng = rng
        self.pt = Person(rng)
        self.relative = Person(rng)
        self.relative.surname = self.pt.surname if rng.random() < 0.6 else self.relative.surname
        self.relation = rng.choice(pools.RELATIONS)
        self.rad, self.tech, self.ref, self.it, self.it2 = (Person(rng) for _ in range(5))
        self.dob = rand_date(rng, 1926, 1934) if rng.random() < 0.15 else rand_date(rng, 1938, 2012)
        self.study_day = rand_date(rng, 2024, 2026)
        self.study_t = rand_dt(rng, self.study_day)
        self.age = self.study_day.year - self.dob.year - ((self.study_day.month, self.study_day.day) < (self.dob.month, self.dob.day))
        self.mrn = pools.mrn(rng)
        self.mrn2 = pools.mrn(rng)
        self.acc = pools.accession(rng, self.study_day)
        self.acc2 = pools.accession(rng, self.study_day)
        self.ssn = pools.ssn(rng)
        self.plan = pools.plan_id(rng)
        self.account = pools.account(rng)
        self.serial = pools.serial(rng)
        self.fac, self.fac_tok = rng.choice(pools.FACILITIES)
        self.osh, self.osh_tok = rng.choice([f for f in pools.FACILITIES if f[0] != self.fac])
        self.street = pools.street(rng)
        self.city, self.state, self.zip = pools.city(rng)
        self.phone = pools.phone(rng)
        self.fax = pools.phone(rng)
        self.domain = rng.choice(pools.DOMAINS)
        self.ip = pools.ip(rng)
        self.ip2 = pools.ip(rng)
        self.modality = modality or rng.choice(["CT", "CT", "MR", "MR", "MR", "US", "XR", "MG"])
        self.study, self.series = pools.study_for(rng, self.modality)

    def age_segs(self) -> list:
        """PatientAge as DICOM writes it: over-89 number is PHI, otherwise a keep span."""
        if self.age > 89:
            return [P("AGE_OVER_89", f"{self.age:03d}"), "Y"]
        return [K("age_under_90", f"{self.age:03d}Y")]

    def age_words(self) -> list:
        if self.age > 89:
            return [P("AGE_OVER_89", str(self.age)), "-year-old"]
        return [K("age_under_90", f"{self.age}-year-old")]

    def staff_email(self, p: Person, dot: bool = True) -> str:
        g, s = fold(p.given).lower(), fold(p.surname).lower().replace("-", "")
        return f"{g}.{s}@{self.domain}" if dot else f"{g[0]}{s}@{self.domain}"
