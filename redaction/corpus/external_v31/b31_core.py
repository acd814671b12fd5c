"""Span-tracking document builder and value generators for the blind31 corpus (all values invented)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from b31_names import FIRST, LAST, CITIES, FACILITIES, STREETS, STAFF_FIRST, STAFF_LAST

_FIELD = re.compile(r"\{(\w+)\}")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


class Doc:
    """Accumulates text; tuples (value, TAG) become PHI spans (TAG upper-case) or keep spans (label lower-case)."""

    def __init__(self) -> None:
        self.text = ""
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def add(self, *items) -> Doc:
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self.text += it
            elif isinstance(it, list):
                self.add(*it)
            else:
                value, tag = it
                start = len(self.text)
                self.text += value
                if tag.upper() == tag:
                    self.phi.append({"start": start, "end": len(self.text), "type": tag, "text": value})
                else:
                    self.keep.append({"start": start, "end": len(self.text), "label": tag, "text": value})
        return self

    def fill(self, template: str, **vals) -> Doc:
        pos = 0
        for m in _FIELD.finditer(template):
            self.add(template[pos:m.start()], vals[m.group(1)])
            pos = m.end()
        return self.add(template[pos:])


class Gen:
    """Random value factory bound to one document's rng."""

    def __init__(self, rng) -> None:
        self.r = rng
        self.base = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 900))

    # ---------------------------------------------------------------- choice helpers
    def pick(self, seq):
        return self.r.choice(seq)

    def maybe(self, p: float = 0.5) -> bool:
        return self.r.random() < p

    # ---------------------------------------------------------------- people
    def first(self, staff: bool = False) -> str:
        return self.pick(STAFF_FIRST if staff and self.maybe(0.6) else FIRST)

    def last(self, staff: bool = False) -> str:
        return self.pick(STAFF_LAST if staff and self.maybe(0.6) else LAST)

    def name(self, staff: bool = False, fmt: str | None = None) -> tuple[str, str]:
        f, l = self.first(staff), self.last(staff)
        fmt = fmt or self.pick(["fl", "fl", "lf", "LF", "il", "fml", "l", "FL"])
        mi = self.pick("ABCDEFGHJKLMNPRSTW")
        s = {"fl": f"{f} {l}", "lf": f"{l}, {f}", "LF": f"{l.upper()}, {f.upper()}", "il": f"{f[0]}. {l}",
             "fml": f"{f} {mi}. {l}", "l": l, "FL": f"{f.upper()} {l.upper()}", "ii": f"{f[0]}{l[0]}",
             "caret": f"{l.upper()}^{f.upper()}^{mi}", "lfm": f"{l.upper()}, {f.upper()} {mi}"}[fmt]
        return (s, "PERSON")

    def person(self, staff: bool = False) -> tuple[str, str, str]:
        return self.first(staff), self.last(staff), self.pick("ABCDEFGHJKLMNPRSTW")

    def cred(self) -> tuple[str, str]:
        return (self.pick(["MD", "DO", "MD", "RT(R)", "RN", "PA-C", "NP", "MD, PhD", "RT(N)", "CNMT", "FACR"]),
                "credential")

    # ---------------------------------------------------------------- dates and times
    def day(self, spread: int = 60, before: bool = False) -> date:
        off = self.r.randrange(1, spread)
        return self.base - timedelta(days=off) if before else self.base + timedelta(days=off - spread // 3)

    def fmt_date(self, d: date, fmt: str | None = None) -> str:
        fmt = fmt or self.pick(["us", "us2", "iso", "dmy", "long", "short", "dmy_long", "compact", "dash",
                                "md", "mon_day", "mon_dot", "us"])
        m, dd, y = d.month, d.day, d.year
        mon = MONTHS[m - 1]
        return {"us": f"{m:02d}/{dd:02d}/{y}", "us2": f"{m}/{dd}/{y % 100:02d}", "iso": d.isoformat(),
                "dmy": f"{dd:02d}-{mon[:3]}-{y}", "long": f"{mon} {dd}, {y}", "short": f"{mon[:3]} {dd}, {y}",
                "dmy_long": f"{dd} {mon} {y}", "compact": f"{y}{m:02d}{dd:02d}", "dash": f"{m:02d}-{dd:02d}-{y}",
                "md": f"{m}/{dd}", "mon_day": f"{mon} {dd}",
                "mon_dot": f"{mon[:3]}. {dd}" if mon != "May" else f"May {dd}"}[fmt]

    def date(self, fmt: str | None = None, spread: int = 60, before: bool = False) -> tuple[str, str]:
        return (self.fmt_date(self.day(spread, before), fmt), "DATE_TIME")

    def dob(self, age: int | None = None, fmt: str | None = None) -> tuple[str, str]:
        age = age if age is not None else self.r.randrange(19, 88)
        d = date(self.base.year - age, self.r.randrange(1, 13), self.r.randrange(1, 29))
        return (self.fmt_date(d, fmt or self.pick(["us", "iso", "dmy", "long", "us2", "dash"])), "DATE_TIME")

    def time(self, fmt: str | None = None) -> tuple[str, str]:
        h, mi, se = self.r.randrange(0, 24), self.r.randrange(0, 60), self.r.randrange(0, 60)
        fmt = fmt or self.pick(["hm", "hm", "ampm", "hours", "hms", "pm_dots", "ampm_lc"])
        h12 = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        return ({"hm": f"{h:02d}:{mi:02d}", "ampm": f"{h12}:{mi:02d} {ap}", "hours": f"{h:02d}{mi:02d} hours",
                 "hms": f"{h:02d}:{mi:02d}:{se:02d}", "pm_dots": f"{h12}:{mi:02d} {ap[0].lower()}.m.",
                 "ampm_lc": f"{h12}:{mi:02d}{ap.lower()}"}[fmt], "DATE_TIME")

    # ---------------------------------------------------------------- ages
    def old_age(self) -> int:
        return self.r.randrange(90, 104)

    def age_phrase(self, over: bool | None = None, lo: int = 18, age: int | None = None) -> list:
        """An age wording; the number is PHI when over 89, otherwise the whole phrase is an age_under_90 keep."""
        over = self.maybe(0.4) if over is None else over
        a = age if age is not None else (self.old_age() if over else self.r.randrange(lo, 89))
        tpl = self.pick(["{a}-year-old", "{a} y/o", "{a} yo", "{a}Y", "{a} years old", "aged {a}", "{a}-yr-old",
                         "age {a}"])
        pre, post = tpl.split("{a}")
        if over:
            return [pre, (str(a), "AGE_OVER_89"), post]
        return [(tpl.format(a=a), "age_under_90")]

    def child_age(self) -> tuple[str, str]:
        y = self.r.randrange(2, 16)
        return (self.pick([f"{y}-year-old", f"{y} y {self.r.randrange(1, 12)} m", f"{y}y", f"{y} yrs"]),
                "age_under_90")

    # ---------------------------------------------------------------- identifiers
    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def mrn(self) -> tuple[str, str]:
        return (self.pick([self.digits(8), "E" + self.digits(7), self.digits(3) + "-" + self.digits(5),
                           "MR" + self.digits(7), self.digits(9)]), "MRN")

    def acc(self) -> tuple[str, str]:
        return (self.pick(["RAD" + self.digits(8), "A" + self.digits(9), self.digits(4) + "-" + self.digits(6),
                           "CT" + self.digits(2) + "-" + self.digits(6), "X" + self.digits(10)]), "ACCESSION")

    def ssn(self) -> tuple[str, str]:
        return (self.pick([f"{self.r.randrange(101, 665)}-{self.digits(2)}-{self.digits(4)}",
                           f"{self.r.randrange(101, 665)} {self.digits(2)} {self.digits(4)}"]), "SSN")

    def phone(self) -> tuple[str, str]:
        a, b, n = self.r.randrange(201, 989), self.pick(["555"]), f"01{self.digits(2)}"
        return (self.pick([f"({a}) {b}-{n}", f"{a}-{b}-{n}", f"{a}.{b}.{n}", f"+1 {a} {b} {n}", f"{b}-{n}"]),
                "PHONE")

    def email(self, first: str, last: str) -> tuple[str, str]:
        f, l = first.lower().replace(" ", ""), re.sub(r"[^a-z]", "", last.lower())
        dom = self.pick(["example.com", "example.org", "example.net", "mail.example.com", "rad.example.org"])
        return (self.pick([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{l}{self.digits(2)}@{dom}",
                           f"{f}_{l[:4]}@{dom}"]), "EMAIL")

    def url(self, path: str = "") -> tuple[str, str]:
        host = self.pick(["portal.example.org", "pacs.example.net", "viewer.example.com", "10.20.4.17:8443",
                          "intranet.example.org", "share.example.com"])
        path = path or self.pick(["/study/" + self.digits(9), "/s/" + self.digits(6), "/case?id=" + self.digits(7),
                                  "/forms/fa/" + self.digits(5), "/kiosk/ticket/" + self.digits(6)])
        return (f"https://{host}{path}", "URL")

    def ip(self) -> tuple[str, str]:
        return (self.pick([f"10.{self.r.randrange(0, 255)}.{self.r.randrange(0, 255)}.{self.r.randrange(2, 254)}",
                           f"192.168.{self.r.randrange(0, 255)}.{self.r.randrange(2, 254)}",
                           f"172.{self.r.randrange(16, 32)}.{self.r.randrange(0, 255)}.{self.r.randrange(2, 254)}"]),
                "IP_ADDRESS")

    def street(self) -> tuple[str, str]:
        s = f"{self.r.randrange(3, 9899)} {self.pick(STREETS)}"
        if self.maybe(0.3):
            s += self.pick([f" Apt {self.r.randrange(1, 40)}", f", Unit {self.pick('ABCD')}{self.r.randrange(1, 9)}",
                            f" #{self.r.randrange(100, 999)}"])
        return (s, "STREET_ADDRESS")

    def city(self) -> tuple[str, str, str]:
        c, st, z = self.pick(CITIES)
        return c, st, z[:3] + self.digits(2)

    def address(self, sep: str = ", ") -> list:
        c, st, z = self.city()
        return [self.street(), sep, (c, "CITY"), ", " + st + " ", (z, "ZIP")]

    def facility(self) -> tuple[str, str]:
        return (self.pick(FACILITIES), "FACILITY")

    def plan(self) -> tuple[str, str]:
        return (self.pick([self.pick("XYZHMBW") + self.pick("KQRJ") + self.pick("ABEP") + self.digits(9),
                           "W" + self.digits(8) + self.pick("ABC"), self.digits(3) + "-" + self.digits(4) + "-" +
                           self.digits(3), "MCD" + self.digits(8)]), "HEALTH_PLAN_ID")

    def account(self) -> tuple[str, str]:
        return (self.pick(["HAR" + self.digits(8), self.digits(10), "V" + self.digits(9), "PB-" + self.digits(7),
                           self.digits(4) + "-" + self.digits(4) + "-" + self.digits(2)]), "ACCOUNT_ID")

    def serial(self) -> tuple[str, str]:
        return (self.pick(["SN " + self.digits(6), "CAP" + self.digits(5) + self.pick("ABX"),
                           self.pick(["GEM", "SIE", "PHX", "CNM"]) + "-" + self.digits(4) + "-" + self.pick("KLMN"),
                           self.digits(2) + self.pick("ABCDEF") + self.digits(6), "HP" + self.pick("JQ") + self.digits(8)]),
                "DEVICE_SERIAL")

    def serial_bare(self) -> tuple[str, str]:
        v = self.serial()[0]
        return (v[3:] if v.startswith("SN ") else v, "DEVICE_SERIAL")
