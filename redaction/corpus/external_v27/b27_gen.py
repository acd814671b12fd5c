"""Generators of invented identifiers and their written forms, each returned as spans (b27_doc.P/K)."""

from __future__ import annotations

import datetime as dt
import unicodedata

import b27_pools as pools
from b27_doc import Doc, K, P

MBI_LET = "ACDEFGHJKMNPQRTUVWXY"
REF = dt.date(2026, 3, 1)


class Person:
    def __init__(self, first: str, middle: str, last: str, sex: str, nick: str | None):
        self.first, self.middle, self.last, self.sex, self.nick = first, middle, last, sex, nick

    @property
    def he(self) -> str:
        return "she" if self.sex == "F" else "he"

    @property
    def his(self) -> str:
        return "her" if self.sex == "F" else "his"

    def fmt(self, style: str) -> str:
        f, m, l = self.first, self.middle, self.last
        return {
            "fl": f"{f} {l}", "fml": f"{f} {m}. {l}", "fm_l": f"{f} {m} {l}",
            "LFM": f"{l.upper()}, {f.upper()} {m}", "LF": f"{l.upper()}, {f.upper()}",
            "Lf": f"{l}, {f}", "Lfm": f"{l}, {f} {m}.", "f.l": f"{f[0]}. {l}", "l": l, "f": f,
            "nick": f"{self.nick or f} {l}", "nick1": self.nick or f, "quoted": f"{f} \u201c{self.nick}\u201d {l}" if self.nick else f"{f} {l}",
            "L_i": f"{l.upper()}, {f[0]}", "hl7": f"{l.upper()}^{f.upper()}^{m}",
        }[style]


class Ctx:
    """Per-document generator bound to one seeded Random."""

    def __init__(self, rng):
        self.rng = rng

    # ---- basics
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def doc(self, modality: str | list) -> Doc:
        return Doc(modality if isinstance(modality, str) else self.pick(modality))

    # ---- people
    def person(self, sex: str | None = None) -> Person:
        sex = sex or self.pick("FM")
        first = self.pick(pools.FIRST_F if sex == "F" else pools.FIRST_M)
        return Person(first, self.pick(pools.MIDDLE), self.pick(pools.LAST), sex, pools.NICK.get(first))

    def kin(self, rel: str) -> Person:
        """A relative whose sex fits the relation word."""
        rel = rel.split()[-1]
        if rel in ("daughter", "wife", "niece", "sister", "mother", "aunt", "grandmother", "granddaughter"):
            return self.person("F")
        if rel in ("son", "husband", "grandson", "father", "nephew", "brother"):
            return self.person("M")
        return self.person()

    def nm(self, p: Person, *styles: str):
        return P(p.fmt(self.pick(styles or ("fl", "fml", "Lf", "LFM", "f.l", "nick"))), "PERSON")

    def dr(self, p: Person, full: bool = False):
        if full or self.chance(0.3):
            return ["Dr. ", P(p.fmt(self.pick(("fl", "f.l", "fml"))), "PERSON")]
        return ["Dr. ", P(p.last, "PERSON")]

    def staff(self, p: Person, creds, styles=("fl", "fml", "f.l")):
        return [P(p.fmt(self.pick(styles)), "PERSON"), ", ", K(self.pick(creds), "credential")]

    # ---- dates and times
    def day(self, lo: int = -400, hi: int = 60) -> dt.date:
        return REF + dt.timedelta(days=self.rng.randint(lo, hi))

    def dob(self, age: int) -> dt.date:
        return REF - dt.timedelta(days=age * 365 + self.rng.randint(20, 340))

    def dfmt(self, d: dt.date, form: str | None = None) -> str:
        form = form or self.pick(("us", "us", "us_short", "iso", "dmy_abbr", "long", "abbr", "dmy_long",
                                  "compact", "us_dash"))
        mon, mb = d.strftime("%B"), d.strftime("%b")
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return {
            "us": f"{d.month:02d}/{d.day:02d}/{d.year}", "us_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
            "iso": d.isoformat(), "dmy_abbr": f"{d.day:02d}-{mb}-{d.year}", "long": f"{mon} {d.day}, {d.year}",
            "abbr": f"{mb} {d.day}, {d.year}", "dmy_long": f"{d.day} {mon} {d.year}", "compact": d.strftime("%Y%m%d"),
            "us_dash": f"{d.month:02d}-{d.day:02d}-{d.year}", "md": f"{d.month}/{d.day}", "mon_d": f"{mon} {d.day}",
            "abbr_dot": f"{mb}. {d.day}" if mb != "May" else f"May {d.day}", "dmy_slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "ordinal": f"{mon} {d.day}{suf}", "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        }[form]

    def d(self, d: dt.date | None = None, *forms: str):
        return P(self.dfmt(d or self.day(), self.pick(forms) if forms else None), "DATE_TIME")

    def tfmt(self, h: int, m: int, form: str | None = None) -> str:
        form = form or self.pick(("24", "24", "12", "hours", "sec", "12dot", "12lc"))
        h12, ap = (h % 12 or 12), ("AM" if h < 12 else "PM")
        return {
            "24": f"{h:02d}:{m:02d}", "12": f"{h12}:{m:02d} {ap}", "hours": f"{h:02d}{m:02d} hours",
            "sec": f"{h:02d}:{m:02d}:{self.rng.randint(0, 59):02d}", "12dot": f"{h12}:{m:02d} {ap[0].lower()}.m.",
            "12lc": f"{h12}:{m:02d}{ap.lower()}", "mil": f"{h:02d}{m:02d}", "short": f"{h12}{ap.lower()}",
        }[form]

    def t(self, *forms: str, lo: int = 6, hi: int = 21):
        h, m = self.rng.randint(lo, hi), self.rng.randrange(0, 60)
        if forms and forms[0] == "short":
            m = 0
        return P(self.tfmt(h, m, self.pick(forms) if forms else None), "DATE_TIME")

    # ---- ages
    def age(self, over: float = 0.3, lo: int = 35, hi: int = 88) -> int:
        return self.rng.randint(90, 104) if self.chance(over) else self.rng.randint(lo, hi)

    def age_span(self, a: int):
        return P(str(a), "AGE_OVER_89") if a > 89 else K(str(a), "age_under_90")

    def age_ph(self, a: int, sex: str = "F", forms=None):
        x = self.age_span(a)
        form = self.pick(forms or ("yo-", "y/o", "yo", "age", "aged", "years", "Y", "yrs", "sx"))
        return {
            "yo-": [x, "-year-old"], "y/o": [x, " y/o"], "yo": [x, "yo"], "age": ["age ", x], "aged": ["aged ", x],
            "years": [x, " years old"], "Y": [x, "Y"], "yrs": [x, " yrs"], "sx": [x, sex], "paren": ["(", x, ")"],
        }[form]

    # ---- identifiers
    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mrn(self) -> str:
        return self.pick((f"0{self.digits(7)}", f"E{self.digits(7)}", f"{self.digits(3)}-{self.digits(2)}-{self.digits(2)}",
                          f"MR{self.digits(6)}", self.digits(9), f"H{self.digits(7)}"))

    def acc(self, mod: str = "CT") -> str:
        return self.pick((f"{mod}26-{self.digits(6)}", f"A{self.digits(9)}", f"2026{mod}{self.digits(7)}",
                          f"RAD{self.digits(8)}", f"{self.digits(4)}.{self.digits(5)}"))

    def acct(self) -> str:
        return self.pick((f"HAR{self.digits(10)}", f"9{self.digits(8)}", f"V000{self.digits(7)}",
                          f"ENC-{self.digits(4)}-{self.digits(5)}", f"{self.digits(3)}{self.pick('ABCK')}{self.digits(6)}"))

    def mbi(self) -> str:
        r = self.rng
        c = [str(r.randint(1, 9)), r.choice(MBI_LET), r.choice(MBI_LET + "0123456789"), str(r.randrange(10)),
             r.choice(MBI_LET), r.choice(MBI_LET + "0123456789"), str(r.randrange(10)), r.choice(MBI_LET),
             r.choice(MBI_LET), str(r.randrange(10)), str(r.randrange(10))]
        s = "".join(c)
        return f"{s[:4]}-{s[4:7]}-{s[7:]}" if self.chance(0.5) else s

    def hpid(self) -> str:
        return self.pick((self.mbi(), f"XKG{self.digits(9)}", f"W{self.digits(9)}", f"MA{self.digits(8)}B",
                          f"ZQH{self.digits(6)}-{self.digits(2)}", f"{self.digits(9)}A"))

    def ssn(self) -> str:
        a, g, s = self.rng.randint(101, 665), self.rng.randint(10, 99), self.rng.randint(1000, 9999)
        return self.pick((f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"))

    def phone(self, ca: bool = False) -> str:
        ar, ln = self.pick(pools.CA_AREA if ca else pools.AREA), f"01{self.digits(2)}"
        return self.pick((f"({ar}) 555-{ln}", f"{ar}-555-{ln}", f"{ar}.555.{ln}", f"+1 {ar} 555 {ln}",
                          f"1-{ar}-555-{ln}", f"{ar}555{ln}", f"({ar})555-{ln}"))

    def email(self, p: Person | None = None, local: str | None = None) -> str:
        if local is None:
            f = unicodedata.normalize("NFKD", p.first).encode("ascii", "ignore").decode().lower().replace("-", "")
            l = unicodedata.normalize("NFKD", p.last).encode("ascii", "ignore").decode().lower()
            l = "".join(ch for ch in l if ch.isalnum())
            local = self.pick((f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[0]}", f"{l}.{f}{self.rng.randint(1, 99)}"))
        return f"{local}@{self.pick(pools.DOMAINS)}"

    def url(self, host: str, path: str) -> str:
        return f"https://{host}.{self.pick(('example.com', 'example.org', 'example.net'))}/{path}"

    def token(self, n: int = 8) -> str:
        return "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))

    def ip(self) -> str:
        r = self.rng
        return self.pick((f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                          f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                          f"192.168.{r.randint(0, 254)}.{r.randint(2, 254)}"))

    def serial(self) -> str:
        return self.pick((f"{self.token(3)}-{self.digits(5)}", f"SN{self.digits(8)}", f"{self.digits(2)}{self.token(2)}{self.digits(6)}",
                          f"{self.token(2)}{self.digits(7)}", f"{self.digits(4)}-{self.token(4)}-{self.digits(3)}"))

    def fac(self, kind: str = "hospital") -> str:
        return self.pick(pools.FACILITIES[kind])

    # ---- places
    def zip(self) -> str:
        z = f"{self.rng.randint(1001, 99950):05d}"
        return z + f"-{self.digits(4)}" if self.chance(0.2) else z

    def postal_ca(self) -> str:
        L = "ABCEGHJKLMNPRSTVXY"
        r = self.rng
        return f"{r.choice(L)}{r.randrange(10)}{r.choice(L)} {r.randrange(10)}{r.choice(L)}{r.randrange(10)}"

    def street(self, unit: float = 0.25) -> str:
        if self.chance(0.06):
            return f"PO Box {self.rng.randint(12, 9800)}"
        s = f"{self.rng.randint(2, 9899)} {self.pick(pools.STREETS)}"
        if not s.endswith(("Road 14", "Érables")):
            s += " " + self.pick(pools.SUFFIX)
        return s + (" " + self.pick(pools.UNITS) if self.chance(unit) else "")

    def addr(self, where=None, sep: str = ", ", ca: bool = False):
        """[street, sep, city, ", ST ", zip] as spans; `where` overrides the (city, state) pool."""
        city, st = self.pick(where or (pools.CA_CITIES if ca else pools.CITIES))
        z = self.postal_ca() if ca else self.zip()
        return [P(self.street(), "STREET_ADDRESS"), sep, P(city, "CITY"), f", {st} " if self.chance(0.7) else f" {st}  ",
                P(z, "ZIP")]
