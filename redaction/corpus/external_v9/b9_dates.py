"""Dates and times in the formats reporting systems actually print.

Every function returns the plain string; the caller wraps it as a DATE_TIME span (one span per date and
one per time, so '03/14/2026 14:32' is two spans).
"""

from __future__ import annotations

import datetime as dt

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MON = tuple(m[:3] for m in MONTHS)

US_DATE_STYLES = ("mdy", "mdy", "mdy", "mdy_short", "iso", "dmon", "long", "long", "mon_abbr", "compact",
                  "mdy_dash", "d_long")
DAY_FIRST_STYLES = ("dmy", "dmy", "dmy_dot", "d_long", "d_mon", "iso")


def rand_date(rng, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def shift(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def fmt_date(d: dt.date, style: str) -> str:
    if style == "mdy":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "mdy_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "mdy_nopad":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dmon":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"
    if style == "dmon_upper":
        return f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}"
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "mon_abbr":
        return f"{MON[d.month - 1]} {d.day}, {d.year}"
    if style == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "mdy_dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if style == "d_long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "d_mon":
        return f"{d.day} {MON[d.month - 1]} {d.year}"
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dmy_dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "md":
        return f"{d.month}/{d.day}"
    if style == "month_day":
        return f"{MONTHS[d.month - 1]} {d.day}"
    if style == "mon_dot":
        return f"{MON[d.month - 1]}{'' if d.month == 5 else '.'} {d.day}"
    if style == "ordinal":
        suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{MONTHS[d.month - 1]} {d.day}{suf}"
    raise ValueError(style)


TIME_STYLES = ("hm24", "hm24", "ampm", "ampm", "hours", "hms", "ampm_dots", "mil")


def fmt_time(h: int, m: int, style: str, s: int = 0) -> str:
    h12 = h % 12 or 12
    if style == "hm24":
        return f"{h:02d}:{m:02d}"
    if style == "hms":
        return f"{h:02d}:{m:02d}:{s:02d}"
    if style == "ampm":
        return f"{h12}:{m:02d} {'AM' if h < 12 else 'PM'}"
    if style == "ampm_lower":
        return f"{h12}:{m:02d}{'am' if h < 12 else 'pm'}"
    if style == "ampm_dots":
        return f"{h12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"
    if style == "hours":
        return f"{h:02d}{m:02d} hours"
    if style == "mil":
        return f"{h:02d}{m:02d}"
    raise ValueError(style)


def hl7_ts(d: dt.date, h: int, m: int, s: int | None = None) -> str:
    return f"{d.year}{d.month:02d}{d.day:02d}{h:02d}{m:02d}" + ("" if s is None else f"{s:02d}")


def dob_for_age(rng, ref: dt.date, age: int) -> dt.date:
    """A birth date that makes the person `age` on `ref`."""
    last_birthday_year = ref.year - age
    born = dt.date(last_birthday_year, 1, 1) + dt.timedelta(days=rng.randrange(365))
    if (born.month, born.day) > (ref.month, ref.day):
        born = dt.date(last_birthday_year - 1, born.month, min(born.day, 28))
    return born


def age_on(dob: dt.date, ref: dt.date) -> int:
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


class Clock:
    """A running clock for a document: time only moves forward, so event times stay in order."""

    def __init__(self, rng, start_h: int, start_m: int = 0):
        self.rng = rng
        self.secs = (start_h * 60 + start_m) * 60 + rng.randrange(60)

    @property
    def s(self) -> int:
        return self.secs % 60

    def now(self) -> tuple[int, int]:
        m = self.secs // 60
        return (m // 60) % 24, m % 60

    def tick(self, lo: int = 1, hi: int = 12) -> tuple[int, int]:
        """Advance lo..hi minutes (and a random number of seconds)."""
        self.secs += self.rng.randint(lo, hi) * 60 + self.rng.randrange(-20, 21)
        return self.now()

    def tick_s(self, lo: int = 5, hi: int = 90) -> tuple[int, int]:
        """Advance lo..hi seconds."""
        self.secs += self.rng.randint(lo, hi)
        return self.now()
