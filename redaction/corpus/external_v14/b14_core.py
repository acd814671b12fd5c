"""Core of the blind14 generator: a text builder that records spans as text is appended, and value makers."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata

PHI_CODES = {
    "N": "PERSON", "D": "DATE_TIME", "A": "AGE_OVER_89", "MRN": "MRN", "ACC": "ACCESSION", "SSN": "SSN",
    "PH": "PHONE", "EM": "EMAIL", "URL": "URL", "IP": "IP_ADDRESS", "ST": "STREET_ADDRESS", "CITY": "CITY",
    "ZIP": "ZIP", "FAC": "FACILITY", "HP": "HEALTH_PLAN_ID", "ACCT": "ACCOUNT_ID", "SER": "DEVICE_SERIAL",
}
KEEP_CODES = {
    "ep": "eponym", "an": "anatomy", "vl": "vertebral_level", "ms": "measurement", "sc": "score",
    "sq": "sequence", "age": "age_under_90", "yr": "year", "mod": "modality", "cred": "credential",
    "hdr": "section_header",
}
# {CODE:key} takes kw[key]; {CODE=literal} takes the literal; CODE "_" is plain text.
_TOKEN = re.compile(r"\{(\w+)([:=])([^{}]*)\}")


class Doc:
    """Append-only text buffer; every PHI/keep span is recorded at the moment its text is appended."""

    def __init__(self) -> None:
        self._buf: list[str] = []
        self._n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def w(self, s: str) -> None:
        self._buf.append(s)
        self._n += len(s)

    def span(self, code: str, s: str) -> None:
        if code == "_" or code is None:
            self.w(s)
            return
        if not s or s != s.strip():
            raise ValueError(f"bad span text {s!r} for {code}")
        start = self._n
        self.w(s)
        if code in PHI_CODES:
            self.phi.append({"start": start, "end": self._n, "type": PHI_CODES[code], "text": s})
        elif code in KEEP_CODES:
            self.keep.append({"start": start, "end": self._n, "label": KEEP_CODES[code], "text": s})
        else:
            raise KeyError(code)

    def put(self, value, code: str = "_") -> None:
        """A string (as `code`) or a list of (code, text) pieces."""
        if isinstance(value, (list, tuple)):
            for c, s in value:
                self.span(c or "_", s)
        else:
            self.span(code, str(value))

    def f(self, tpl: str, **kw) -> None:
        pos = 0
        for m in _TOKEN.finditer(tpl):
            self.w(tpl[pos:m.start()])
            code, op, arg = m.groups()
            self.put(kw[arg] if op == ":" else arg, code)
            pos = m.end()
        self.w(tpl[pos:])

    def text(self) -> str:
        return "".join(self._buf)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def rdate(r, lo: int = 2024, hi: int = 2026) -> _dt.date:
    return _dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def shift(d: _dt.date, days: int) -> _dt.date:
    return d + _dt.timedelta(days=days)


def fdate(d: _dt.date, f: str) -> str:
    m = MONTHS[d.month - 1]
    ab = m[:3] + ("" if m == "May" else ".")
    out = {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}", "us_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(), "dmy_abbr": f"{d.day:02d}-{m[:3]}-{d.year}", "long": f"{m} {d.day}, {d.year}",
        "eu_long": f"{d.day} {m} {d.year}", "abbr": f"{m[:3]} {d.day}, {d.year}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}", "us_dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "md": f"{d.month}/{d.day}", "mon_dot": f"{ab} {d.day}", "month_day": f"{m} {d.day}",
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}", "dmy_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "lower": f"{m.lower()} {d.day}", "ordinal": f"{m} {d.day}{_ord(d.day)}",
        "dmy_abbr_sp": f"{d.day} {m[:3]} {d.year}",
    }
    return out[f]


def _ord(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


US_DATE_FMTS = ["us", "us_short", "iso", "dmy_abbr", "long", "abbr", "us_dash", "compact", "eu_long"]
INTL_DATE_FMTS = ["dmy", "dmy_dot", "eu_long", "dmy_abbr_sp", "iso"]


def date(r, d: _dt.date | None = None, fmts=None, lo: int = 2024, hi: int = 2026) -> str:
    return fdate(d or rdate(r, lo, hi), r.choice(fmts or US_DATE_FMTS))


def time(r, fmt: str | None = None, h: int | None = None, mi: int | None = None) -> str:
    h = r.randint(6, 22) if h is None else h
    mi = r.randint(0, 59) if mi is None else mi
    fmt = fmt or r.choice(["hm", "ampm", "hours", "hms", "ampm_dots", "hm"])
    h12 = h % 12 or 12
    return {
        "hm": f"{h:02d}:{mi:02d}", "ampm": f"{h12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
        "hours": f"{h:02d}{mi:02d} hours", "hms": f"{h:02d}:{mi:02d}:{r.randint(0, 59):02d}",
        "ampm_dots": f"{h12}:{mi:02d} {'a.m.' if h < 12 else 'p.m.'}", "mil": f"{h:02d}{mi:02d}",
        "ampm_lc": f"{h12}:{mi:02d}{'am' if h < 12 else 'pm'}", "h_fr": f"{h:02d}h{mi:02d}",
    }[fmt]


def digits(r, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def letters(r, n: int) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def mrn(r) -> str:
    k = r.randrange(6)
    return [lambda: digits(r, 8), lambda: "E" + digits(r, 7), lambda: f"{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}",
            lambda: "MR" + digits(r, 6), lambda: digits(r, 10), lambda: f"{digits(r, 2)}{letters(r, 1)}{digits(r, 6)}"][k]()


def acc(r) -> str:
    k = r.randrange(6)
    return [lambda: "RAD" + digits(r, 9), lambda: f"CT{r.randint(24, 26)}-{digits(r, 6)}", lambda: "A" + digits(r, 8),
            lambda: digits(r, 11), lambda: f"{letters(r, 2)}{digits(r, 7)}", lambda: f"IMG-{digits(r, 4)}-{digits(r, 5)}"][k]()


def ssn(r) -> str:
    return f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"


def account(r) -> str:
    k = r.randrange(4)
    return [lambda: digits(r, 10), lambda: f"{digits(r, 4)}-{digits(r, 3)}-{digits(r, 3)}",
            lambda: "V" + digits(r, 9), lambda: "HAR" + digits(r, 8)][k]()


def plan_id(r) -> str:
    k = r.randrange(4)
    return [lambda: letters(r, 3) + digits(r, 9),
            lambda: f"{r.randint(1, 9)}{letters(r, 2)}{digits(r, 1)}-{letters(r, 2)}{digits(r, 1)}-{letters(r, 2)}{digits(r, 2)}",
            lambda: digits(r, 8) + letters(r, 1), lambda: "W" + digits(r, 9) + letters(r, 2)][k]()


def serial(r) -> str:
    k = r.randrange(4)
    return [lambda: letters(r, 3) + digits(r, 6) + letters(r, 1), lambda: f"{digits(r, 5)}-{digits(r, 4)}",
            lambda: letters(r, 2) + digits(r, 4) + letters(r, 2) + digits(r, 2), lambda: "SN" + digits(r, 8)][k]()


def phone(r, style: str | None = None) -> str:
    area = r.choice(["312", "614", "702", "919", "503", "412", "206", "617", "480", "816", "505", "727"])
    last = f"{r.randint(100, 199):04d}"
    style = style or r.choice(["paren", "dash", "dot", "plus", "space", "local"])
    return {"paren": f"({area}) 555-{last}", "dash": f"{area}-555-{last}", "dot": f"{area}.555.{last}",
            "plus": f"+1 {area} 555 {last}", "space": f"{area} 555 {last}", "local": f"555-{last}"}[style]


def ip(r) -> str:
    return r.choice([f"10.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                     f"192.168.{r.randint(0, 254)}.{r.randint(2, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 254)}"])


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L"))
    return re.sub(r"[^a-z]", "", s.lower()) or "x"


def email(r, person=None, host: str | None = None) -> str:
    host = host or r.choice(["example.com", "example.org", "example.net", "mail.test.example"])
    if person is None:
        user = r.choice(["scheduling", "rad.frontdesk", "imaging.help", "ir.coord", "mammo.nav"])
    else:
        g, s = slug(person.given), slug(person.family)
        user = r.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s[:3]}{r.randint(1, 99)}", f"{s}.{g[0]}"])
    return f"{user}@{host}"


def ages(r, over: bool) -> int:
    return r.randint(90, 104) if over else r.randint(18, 88)


def age_phrase(r, d: Doc, age: int, style: str | None = None) -> None:
    """Write an age: the number alone is PHI when over 89, else the whole phrase is an age_under_90 keep."""
    style = style or r.choice(["yo_dash", "yo", "Y", "years", "y.o."])
    num, suf = str(age), {"yo_dash": "-year-old", "yo": " yo", "Y": "Y", "years": " years", "y.o.": " y.o."}[style]
    if age >= 90:
        d.span("A", num)
        d.w(suf)
    else:
        d.span("age", num + suf)


def dob_for(r, ref: _dt.date, age: int) -> _dt.date:
    """A date of birth that makes the person exactly `age` on `ref`."""
    y = ref.year - age
    jan1 = _dt.date(y, 1, 1)
    return jan1 + _dt.timedelta(days=r.randint(0, (ref.replace(year=y) - jan1).days))
