"""Dates, times and ages for blind10: every common written form, plus spoken and bilingual forms."""

from __future__ import annotations

import datetime as dt

from b10_markup import AGE, AU

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = [m[:3] for m in MONTHS]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def base_date(rng) -> dt.date:
    return dt.date(2024, 1, 2) + dt.timedelta(days=rng.randint(0, 900))


def shift(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def dob_for(rng, age: int, ref: dt.date) -> dt.date:
    return dt.date(ref.year - age - 1, 1, 1) + dt.timedelta(days=rng.randint(ref.timetuple().tm_yday, 364))


def age_on(birth: dt.date, ref: dt.date) -> int:
    return ref.year - birth.year - ((ref.month, ref.day) < (birth.month, birth.day))


US_STYLES = ["mdy", "mdy_short", "iso", "dmy_mon", "long", "mon_abbr", "mdy_dash", "compact", "d_month_y",
             "mdy", "long", "iso"]


def fmt(d: dt.date, style: str) -> str:
    m, day, y = d.month, d.day, d.year
    return {
        "mdy": f"{m:02d}/{day:02d}/{y}",
        "mdy_nopad": f"{m}/{day}/{y}",
        "mdy_short": f"{m}/{day}/{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{day:02d}",
        "dmy_mon": f"{day:02d}-{MON3[m - 1]}-{y}",
        "dmy_mon_up": f"{day:02d}-{MON3[m - 1].upper()}-{y}",
        "long": f"{MONTHS[m - 1]} {day}, {y}",
        "mon_abbr": f"{MON3[m - 1]} {day}, {y}",
        "mdy_dash": f"{m:02d}-{day:02d}-{y}",
        "compact": f"{y}{m:02d}{day:02d}",
        "d_month_y": f"{day} {MONTHS[m - 1]} {y}",
        "dmy_slash": f"{day:02d}/{m:02d}/{y}",
        "dmy_dot": f"{day:02d}.{m:02d}.{y}",
        "ordinal": f"{day}{suffix(day)} {MONTHS[m - 1]} {y}",
        "md": f"{m}/{day}",
        "month_day": f"{MONTHS[m - 1]} {day}",
        "mon_dot": f"{MON3[m - 1]}. {day}" if m != 5 else f"May {day}",
        "es": f"{day} de {MES[m - 1]} de {y}",
        "es_short": f"{day} de {MES[m - 1]}",
        "fr": f"{day} {MOIS[m - 1]} {y}",
        "fr_short": f"{day} {MOIS[m - 1]}",
    }[style]


def suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def any_date(rng, d: dt.date) -> str:
    return fmt(d, rng.choice(US_STYLES))


def clock(rng, hour_range=(7, 19)) -> tuple[int, int, int]:
    return rng.randint(*hour_range), rng.choice([0, 5, 10, 12, 15, 20, 25, 30, 34, 40, 45, 48, 50, 55]), rng.randint(0, 59)


def tfmt(t: tuple[int, int, int], style: str) -> str:
    h, m, s = t
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    return {
        "24": f"{h:02d}:{m:02d}",
        "12": f"{h12}:{m:02d} {ap}",
        "hours": f"{h:02d}{m:02d} hours",
        "hhmm": f"{h:02d}{m:02d}",
        "sec": f"{h:02d}:{m:02d}:{s:02d}",
        "12dots": f"{h12}:{m:02d} {ap[0].lower()}.m.",
        "12tight": f"{h12}:{m:02d}{ap.lower()}",
        "fr": f"{h} h {m:02d}",
        "es": f"{h12}:{m:02d} {ap}",
    }[style]


def any_time(rng, t) -> str:
    return tfmt(t, rng.choice(["24", "12", "hours", "sec", "12dots", "12tight", "24", "12"]))


# ages ---------------------------------------------------------------------------------------------

def age_value(rng, old_share: float = 0.15, lo: int = 24, hi: int = 88) -> int:
    return rng.randint(90, 104) if rng.random() < old_share else rng.randint(lo, hi)


def age_phrase(rng, age: int, sex: str = "F") -> str:
    """A marked age phrase: AGE_OVER_89 marks the number only; younger ages are one keep-span."""
    if age < 18:
        g = {"F": rng.choice(["girl", "female"]), "M": rng.choice(["boy", "male"])}[sex]
    else:
        g = {"F": rng.choice(["female", "woman", "F"]), "M": rng.choice(["male", "man", "M"])}[sex]
    style = rng.choice(["yo_dash", "yo", "y", "yrs", "yo_dash"])
    if age >= 90:
        return {
            "yo_dash": f"{AGE(age)}-year-old {g}",
            "yo": f"{AGE(age)} yo {g}",
            "y": f"{AGE(age)}Y {g}",
            "yrs": f"{AGE(age)} y/o {g}",
        }[style]
    return {
        "yo_dash": f"{AU(f'{age}-year-old')} {g}",
        "yo": f"{AU(f'{age} yo')} {g}",
        "y": f"{AU(f'{age}Y')} {g}",
        "yrs": f"{AU(f'{age} y/o')} {g}",
    }[style]


def age_field(age: int, style: int = 0) -> str:
    """Header-style age value: 'Age: 93' / '93Y' / '93 years' (AGE number only, or keep for < 90)."""
    if age >= 90:
        return [f"{AGE(age)}", f"{AGE(age)}Y", f"{AGE(age)} years"][style % 3]
    return [AU(str(age)), AU(f"{age}Y"), AU(f"{age} years")][style % 3]


# spoken forms (voice-to-text) ---------------------------------------------------------------------

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}


def words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else f" {_ONES[n % 10]}")
    return f"{_ONES[n // 100]} hundred" + ("" if n % 100 == 0 else f" {words(n % 100)}")


def ordinal_words(n: int) -> str:
    if n in _ORD:
        return _ORD[n]
    if n < 20:
        return _ONES[n] + "th"
    if n % 10 == 0:
        return _TENS[n // 10][:-1] + "ieth"
    return f"{_TENS[n // 10]} {ordinal_words(n % 10)}"


def year_words(y: int) -> str:
    if 2000 <= y < 2010:
        return f"two thousand {words(y - 2000)}" if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    return f"{words(hi)} {words(lo) if lo >= 10 else 'oh ' + words(lo)}"


def spoken_date(d: dt.date, with_year: bool = True) -> str:
    s = f"{MONTHS[d.month - 1].lower()} {ordinal_words(d.day)}"
    return f"{s} {year_words(d.year)}" if with_year else s
