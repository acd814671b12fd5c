"""Span-tracking document builder and formatting helpers for the blind33 corpus."""

from __future__ import annotations

import re

PHI_TYPES = frozenset({
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
})
_SLOT = re.compile(r"\{(\w+)\}")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


class Doc:
    """Append text piece by piece; pieces given as (text, TYPE_or_label) become spans."""

    def __init__(self, rng):
        self.rng = rng
        self.buf: list[str] = []
        self.n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def t(self, s: str) -> "Doc":
        self.buf.append(s)
        self.n += len(s)
        return self

    def span(self, s: str, kind: str) -> "Doc":
        assert s and s == s.strip(), repr(s)
        start = self.n
        self.t(s)
        if kind in PHI_TYPES:
            self.phi.append({"start": start, "end": self.n, "type": kind, "text": s})
        else:
            self.keep.append({"start": start, "end": self.n, "label": kind, "text": s})
        return self

    def put(self, v) -> "Doc":
        if isinstance(v, tuple):
            self.span(*v)
        elif isinstance(v, list):
            for item in v:
                self.put(item)
        else:
            self.t(str(v))
        return self

    def f(self, template: str, **kw) -> "Doc":
        pos = 0
        for m in _SLOT.finditer(template):
            self.t(template[pos:m.start()])
            self.put(kw[m.group(1)])
            pos = m.end()
        self.t(template[pos:])
        return self

    def text(self) -> str:
        return "".join(self.buf)


def one(rng, *options):
    return rng.choice(options)


# ---------------------------------------------------------------- dates and times
def rand_date(rng, y0=2019, y1=2026):
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def dob(rng, age):
    return 2026 - age, rng.randint(1, 12), rng.randint(1, 28)


def fmt_date(rng, d, kind=None) -> str:
    y, m, dd = d
    mon = MONTHS[m - 1]
    kinds = ["us", "us_short", "iso", "dmy_abbr", "long", "abbr", "dmy_long", "compact", "us_dash", "dmy_abbr2",
             "md", "mon_day", "mon_dot", "ordinal"]
    k = kind or rng.choice(kinds)
    return {
        "us": f"{m:02d}/{dd:02d}/{y}", "us_short": f"{m}/{dd}/{y % 100:02d}", "iso": f"{y}-{m:02d}-{dd:02d}",
        "dmy_abbr": f"{dd:02d}-{mon[:3]}-{y}", "long": f"{mon} {dd}, {y}", "abbr": f"{mon[:3]} {dd}, {y}",
        "dmy_long": f"{dd} {mon} {y}", "compact": f"{y}{m:02d}{dd:02d}", "us_dash": f"{m:02d}-{dd:02d}-{y}",
        "dmy_abbr2": f"{dd}-{mon[:3]}-{y % 100:02d}", "md": f"{m}/{dd}", "mon_day": f"{mon} {dd}",
        "mon_dot": f"{mon[:3]}. {dd}", "ordinal": f"{mon} {dd}{ORD.get(dd, 'th')}",
        "upper": f"{dd:02d}{mon[:3].upper()}{y}",
    }[k]


def full_date(rng, d) -> str:
    return fmt_date(rng, d, rng.choice(["us", "us_short", "iso", "dmy_abbr", "long", "abbr", "dmy_long", "compact",
                                        "us_dash", "dmy_abbr2", "upper"]))


def fmt_time(rng, kind=None, h=None, mi=None) -> str:
    h = rng.randint(0, 23) if h is None else h
    mi = rng.choice([0, 5, 10, 15, 20, 30, 32, 41, 45, 50, 57]) if mi is None else mi
    k = kind or rng.choice(["24", "ampm", "hours", "dots", "sec", "h"])
    h12 = h % 12 or 12
    return {
        "24": f"{h:02d}:{mi:02d}", "ampm": f"{h12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
        "hours": f"{h:02d}{mi:02d} hours", "dots": f"{h12}:{mi:02d} {'a.m.' if h < 12 else 'p.m.'}",
        "sec": f"{h:02d}:{mi:02d}:{rng.randint(0, 59):02d}", "h": f"{h:02d}{mi:02d}h",
    }[k]


def D(rng, d=None, kind=None):
    return (fmt_date(rng, d or rand_date(rng), kind), "DATE_TIME")


def FD(rng, d=None):
    return (full_date(rng, d or rand_date(rng)), "DATE_TIME")


def T(rng, kind=None, h=None):
    return (fmt_time(rng, kind, h), "DATE_TIME")


# ---------------------------------------------------------------- identifiers
def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def letters(rng, n, pool="ABCDEFGHJKMNPQRTUVWXY"):
    return "".join(rng.choice(pool) for _ in range(n))


def mrn(rng):
    k = rng.randrange(6)
    if k == 0:
        return ("W" + digits(rng, 7), "MRN")
    if k == 1:
        v = digits(rng, 8)
        return (f"{v[:2]}-{v[2:5]}-{v[5:]}", "MRN")
    if k == 2:
        return ("E" + digits(rng, 2) + "." + digits(rng, 5), "MRN")
    if k == 3:
        return (digits(rng, 9), "MRN")
    if k == 4:
        return ("KV" + digits(rng, 6), "MRN")
    return (digits(rng, 3) + " " + digits(rng, 3) + " " + digits(rng, 3), "MRN")


def spaced(v: str) -> str:
    return " ".join(v)


def acc(rng):
    k = rng.randrange(5)
    y = rng.choice(["24", "25", "26"])
    if k == 0:
        return (f"RX{y}{digits(rng, 7)}", "ACCESSION")
    if k == 1:
        return (f"{rng.choice(['MRI', 'CTX', 'USN', 'MAM', 'NMD'])}-{y}-{digits(rng, 6)}", "ACCESSION")
    if k == 2:
        return (digits(rng, 11), "ACCESSION")
    if k == 3:
        return (f"Q{digits(rng, 4)}-{digits(rng, 4)}", "ACCESSION")
    return (f"7{digits(rng, 3)}.{digits(rng, 5)}", "ACCESSION")


def ssn(rng):
    a = rng.choice([x for x in range(101, 660) if x != 666])
    v = f"{a:03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999)}"
    return (v if rng.random() < 0.8 else v.replace("-", " "), "SSN")


def phone(rng):
    area = rng.choice(["413", "508", "603", "802", "207", "401", "860", "978"])
    ln = f"555-01{rng.randint(0, 99):02d}"
    fmt = rng.randrange(5)
    v = {0: f"({area}) {ln}", 1: f"{area}-{ln}", 2: f"{area}.{ln.replace('-', '.')}", 3: f"+1 {area} {ln}",
         4: f"1-{area}-{ln}"}[fmt]
    return (v, "PHONE")


def ext_phone(rng):
    return (f"x{rng.randint(2, 7)}{digits(rng, 3)}", None)


def hpid(rng):
    k = rng.randrange(4)
    if k == 0:  # MBI-like
        return (f"{rng.randint(1, 9)}{letters(rng, 1)}{letters(rng, 1)}{rng.randint(0, 9)}-{letters(rng, 2)}"
                f"{rng.randint(0, 9)}-{letters(rng, 2)}{digits(rng, 2)}", "HEALTH_PLAN_ID")
    if k == 1:
        return (f"{letters(rng, 3)}{digits(rng, 9)}", "HEALTH_PLAN_ID")
    if k == 2:
        return (f"M{digits(rng, 8)}-0{rng.randint(1, 4)}", "HEALTH_PLAN_ID")
    return (f"{letters(rng, 2)} {digits(rng, 4)} {digits(rng, 4)}", "HEALTH_PLAN_ID")


def account(rng, prefix=None):
    k = rng.randrange(4)
    if prefix:
        return (f"{prefix}{digits(rng, 6)}", "ACCOUNT_ID")
    return ({0: f"HAR{digits(rng, 8)}", 1: f"{digits(rng, 10)}", 2: f"V{digits(rng, 3)}-{digits(rng, 5)}",
             3: f"ENC.{digits(rng, 7)}"}[k], "ACCOUNT_ID")


def serial(rng):
    k = rng.randrange(5)
    return ({0: f"SN{digits(rng, 6)}", 1: f"{letters(rng, 3)}-{digits(rng, 4)}-{letters(rng, 2)}{digits(rng, 2)}",
             2: f"{digits(rng, 5)}{letters(rng, 1)}{digits(rng, 3)}", 3: f"0{digits(rng, 3)}{letters(rng, 2)}{digits(rng, 4)}",
             4: f"{letters(rng, 2)}{digits(rng, 2)}-{digits(rng, 6)}"}[k], "DEVICE_SERIAL")


def ip(rng):
    k = rng.randrange(3)
    v = {0: f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
         1: f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
         2: f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"}[k]
    return (v, "IP_ADDRESS")


DOMAINS = ["example.org", "example.com", "example.net", "rad.example.org", "imaging.example.net", "mail.example.com"]
HOSTS = ["pacs", "viewer", "vna", "ris", "teach", "corelab", "portal", "qa", "mirc", "router"]


def url(rng, key=None):
    host = f"{rng.choice(HOSTS)}.{rng.choice(DOMAINS)}"
    path = rng.choice(["/viewer/study", "/launch", "/case", "/tf/view", "/api/v2/studies", "/qc/report", "/wado"])
    q = f"?acc={key}" if key else rng.choice(["?id=" + digits(rng, 7), "/" + digits(rng, 6), "?case=" + digits(rng, 5)])
    return (f"https://{host}{path}{q}", "URL")


def email_for(rng, p, dom=None):
    return (p.handle(rng) + "@" + (dom or rng.choice(DOMAINS)), "EMAIL")
