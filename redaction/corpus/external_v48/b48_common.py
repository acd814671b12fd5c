"""Small marked-text helpers shared by the blind48 styles."""

from __future__ import annotations

from b48_gen import ascii_upper, fmt_date, name
from b48_markup import age89, ageu, city, cred, dt, per, street, zipc

DATE_PROSE = ["mdY", "mdy", "MonthdY", "MondY", "mdY-", "dMonthY"]
DATE_FORM = ["mdY", "mdy", "iso", "dMonY", "mdY-"]


def d(rng, date, fmts=DATE_PROSE) -> str:
    """A marked date in one of ``fmts``."""
    return dt(fmt_date(date, rng.choice(fmts)))


def pname(rng, p, styles=("full", "full_mi", "lf", "LF")) -> str:
    return per(name(p, rng.choice(styles)))


def addr_lines(a: dict, upper: bool = False, zip4: bool = False, sep: str = "\n") -> str:
    """Street line, then City, ST ZIP (state unmarked)."""
    st, c = (ascii_upper(a["street"]), ascii_upper(a["city"])) if upper else (a["street"], a["city"])
    z = a["zip4"][:5] + "-" + a["zip4"][5:] if zip4 else a["zip"]
    return f"{street(st)}{sep}{city(c)}, {a['state']} {zipc(z)}"


def age_phrase(age: int, form: str = "year-old") -> str:
    """``67-year-old`` (keep) or ``93``-year-old (PHI number only)."""
    if age >= 90:
        return {"year-old": f"{age89(age)}-year-old", "yo": f"{age89(age)} yo", "y": f"{age89(age)}Y"}[form]
    return ageu({"year-old": f"{age}-year-old", "yo": f"{age} yo", "y": f"{age}Y"}[form])


def signed(p, credential: str) -> str:
    return f"{per(name(p, 'full'))}, {cred(credential)}"


def title(p) -> str:
    return "Ms." if p["sex"] == "F" else "Mr."
