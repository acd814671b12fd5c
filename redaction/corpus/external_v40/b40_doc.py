"""Document builder, OCR noise and per-document fake patient for blind40.

Text and spans are appended together so offsets are right by construction.
"""

from __future__ import annotations

import datetime as dt

import b40_pools as P

_SUBS = {"0": "O", "O": "0", "o": "0", "1": "l", "l": "1", "I": "l", "i": "l", "5": "S", "S": "5", "B": "8",
         "8": "B", "e": "c", "g": "q", "Z": "2", "2": "Z", ".": ",", ",": ".", "m": "rn", "h": "b", "c": "e"}
_STRAY = ["|", "~", "'", "`", ".", ":", "_", "\u00b7", ";", "!"]


def ocr(s: str, rng, rate: float, stray: bool = False) -> str:
    """OCR-like corruption: 0/O, 1/l/I, 5/S, rn/m, dropped spaces, stray marks (stray only in plain text)."""
    if rate <= 0:
        return s
    out: list[str] = []
    i = 0
    while i < len(s):
        c = s[i]
        if s.startswith("rn", i) and rng.random() < rate:
            out.append("m")
            i += 2
            continue
        r = rng.random()
        if c == " " and 0 < i < len(s) - 1 and r < rate * 0.7:
            i += 1
            continue
        if c in _SUBS and r < rate:
            out.append(_SUBS[c])
        else:
            out.append(c)
        if stray and c == " " and rng.random() < rate * 0.25:
            out.append(rng.choice(_STRAY))
        i += 1
    return "".join(out)


class Doc:
    """Accumulates text plus phi/keep spans. noise: OCR corruption rate for plain text."""

    def __init__(self, rng, noise: float = 0.0):
        self.rng = rng
        self.noise = noise
        self.parts: list[str] = []
        self.pos = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def _app(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def t(self, s: str, clean: bool = False) -> "Doc":
        self._app(s if clean else ocr(s, self.rng, self.noise, stray=True))
        return self

    def _span(self, s: str, noisy: bool):
        if noisy and self.noise:
            s2 = ocr(s, self.rng, min(0.5, self.noise * 1.5))
            s = s2 if s2.strip() == s2 and s2 else s
        assert s and s == s.strip(), repr(s)
        start = self.pos
        self._app(s)
        return start, s

    def p(self, s: str, typ: str, noisy: bool = True) -> "Doc":
        start, s = self._span(s, noisy)
        self.phi.append({"start": start, "end": self.pos, "type": typ, "text": s})
        return self

    def k(self, s: str, label: str, noisy: bool = False) -> "Doc":
        start, s = self._span(s, noisy)
        self.keep.append({"start": start, "end": self.pos, "label": label, "text": s})
        return self

    def seq(self, pieces) -> "Doc":
        """pieces: list of str (plain) or (value, kind, type) with kind 'p'/'k'."""
        for pc in pieces:
            if isinstance(pc, str):
                self.t(pc)
            elif pc[1] == "p":
                self.p(pc[0], pc[2])
            else:
                self.k(pc[0], pc[2])
        return self

    def text(self) -> str:
        return "".join(self.parts)


def plen(pieces) -> int:
    return sum(len(pc if isinstance(pc, str) else pc[0]) for pc in pieces)


# ---------------------------------------------------------------- dates and names
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]


def fdate(d: dt.date, fmt: str) -> str:
    m, day, y = d.month, d.day, d.year
    return {
        "us": f"{m:02d}/{day:02d}/{y}", "us_short": f"{m}/{day}/{y % 100:02d}", "iso": d.isoformat(),
        "dicom": f"{y}{m:02d}{day:02d}", "dmy_mon": f"{day:02d}-{MON[m - 1]}-{y}", "dmy_mon_uc": f"{day:02d}-{MON[m - 1].upper()}-{y}",
        "long": f"{MONTH[m - 1]} {day}, {y}", "mon_d_y": f"{MON[m - 1]} {day}, {y}", "d_month_y": f"{day} {MONTH[m - 1]} {y}",
        "dot": f"{day:02d}.{m:02d}.{y}", "md": f"{m}/{day}", "mon_d": f"{MON[m - 1]}. {day}", "dash_us": f"{m:02d}-{day:02d}-{y}",
        "month_d": f"{MONTH[m - 1]} {day}",
    }[fmt]


def ftime(h: int, mi: int, fmt: str, sec: int = 0) -> str:
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    return {
        "24": f"{h:02d}:{mi:02d}", "24s": f"{h:02d}:{mi:02d}:{sec:02d}", "12": f"{h12}:{mi:02d} {ap}",
        "12l": f"{h12}:{mi:02d} {'a.m.' if h < 12 else 'p.m.'}", "hrs": f"{h:02d}{mi:02d} hours",
        "dicom": f"{h:02d}{mi:02d}{sec:02d}", "12c": f"{h12}:{mi:02d}{ap.lower()}",
    }[fmt]


def name_as(first: str, mi: str, last: str, fmt: str) -> str:
    return {
        "LFM": f"{last.upper()}, {first.upper()} {mi}", "LF": f"{last.upper()}, {first.upper()}",
        "caret": f"{last.upper()}^{first.upper()}^{mi}", "caret2": f"{last.upper()}^{first.upper()}",
        "FL": f"{first} {last}", "FML": f"{first} {mi}. {last}", "Lf": f"{last}, {first}", "iL": f"{first[0]}. {last}",
        "L": last, "F": first, "LFUP": f"{last.upper()} {first.upper()}", "Fl": f"{first} {last[0]}.",
    }[fmt]


def person(rng) -> dict:
    first = rng.choice(P.FIRST)
    return {"first": first, "last": rng.choice(P.LAST), "mi": rng.choice("ABCDEFGHJKLMNPRSTW")}


def login(p: dict, rng) -> str:
    base = rng.choice([p["first"][0].lower() + p["last"].lower(), p["first"].lower() + "." + p["last"].lower(),
                       p["last"].lower()[:6] + p["first"][0].lower()])
    return base.replace(" ", "").replace("'", "") + rng.choice(P.STAFF_LOGIN_SUFFIX)


def patient(rng, old: float = 0.15) -> dict:
    pt = person(rng)
    year = rng.choice([2024, 2025, 2026])
    study = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    age = rng.randint(91, 101) if rng.random() < old else rng.randint(19, 88)
    dob = dt.date(study.year - age, rng.randint(1, 12), rng.randint(1, 28))
    age = study.year - dob.year - ((study.month, study.day) < (dob.month, dob.day))
    city, state = rng.choice(P.CITIES)
    area = rng.choice(P.AREA)
    pt.update(
        study=study, dob=dob, age=age, sex=rng.choice("MF"), city=city, state=state,
        zip=f"{rng.randint(1, 99):02d}{rng.randint(100, 999)}",
        street=f"{rng.randint(12, 9870)} {rng.choice(P.STREETS)}" + (f" Apt {rng.randint(1, 40)}{rng.choice('ABC')}" if rng.random() < 0.3 else ""),
        phone=rng.choice([f"({area}) 555-01{rng.randint(0, 99):02d}", f"{area}-555-01{rng.randint(0, 99):02d}",
                          f"{area}.555.01{rng.randint(0, 99):02d}"]),
        mrn=rng.choice([f"{rng.randint(10000000, 99999999)}", f"MR{rng.randint(1000000, 9999999)}",
                        f"E{rng.randint(100000, 999999)}-{rng.randint(1, 9)}"]),
        acc=rng.choice([f"RAD{year % 100}-{rng.randint(100000, 999999)}", f"{rng.randint(1000000000, 9999999999)}",
                        f"XA{rng.randint(10000000, 99999999)}"]),
        ssn=f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        plan=rng.choice(P.PLANS),
        plan_id=rng.choice([f"{rng.choice(['KMU', 'PHP', 'BRS'])}{rng.randint(100000000, 999999999)}",
                            f"{rng.randint(1, 9)}{rng.choice('ACEGHJK')}{rng.choice('ACEGHJK')}{rng.randint(1, 9)}-{rng.choice('ACEGHJK')}{rng.randint(10, 99)}-{rng.choice('ACEGHJK')}{rng.randint(10, 99)}"]),
        acct=f"{rng.choice(['V', 'HAR', ''])}{rng.randint(10000000, 99999999)}",
        facility=rng.choice(P.FACILITIES),
        email=f"{pt['first'].lower()}.{pt['last'].lower().replace(' ', '').replace(chr(39), '')}{rng.randint(1, 99)}@{rng.choice(P.MAIL_DOM)}",
    )
    return pt


def age_piece(d: Doc, age: int, noisy: bool = False) -> Doc:
    """Add an age number: PHI when over 89, keep otherwise."""
    s = str(age)
    if age > 89:
        return d.p(s, "AGE_OVER_89", noisy)
    return d.k(s, "age_under_90")


def fmt_serial(rng) -> str:
    return rng.choice([f"SN{rng.randint(100000, 999999)}", f"{rng.choice('ABCDEFGHK')}{rng.randint(10, 99)}{rng.choice('XYZQRT')}{rng.randint(10000, 99999)}",
                       f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.choice('ABCD')}"])


def priv_ip(rng) -> str:
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
