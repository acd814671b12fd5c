"""Dates and times in the many ways hospitals write them; every rendering is one DATE_TIME span.

Besides the formats named in the corpus README this module writes European day-first dates, dotted dates,
``14MAR2026``, ``Mar-14-26``, ``2026/03/14``, weekday-led long dates with ordinals, month-year (``March 2026``
is still a date element under Safe Harbor), ISO date-times split into a date and a time span, military
``0732``/``1932 hrs``, ``14h32``, and spoken forms for dictation transcripts (``march third twenty twenty six``).
"""

from __future__ import annotations

import datetime as dt
import random

from .markup import ph

_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
        9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
        15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
        30: "thirtieth"}


def words(n: int) -> str:
    """0..99 in words (``forty-seven``)."""
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def ordinal_words(n: int) -> str:
    if n in _ORD:
        return _ORD[n]
    tens, ones = divmod(n, 10)
    return f"{_TENS[tens]}-{_ORD[ones]}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def year_words(y: int) -> str:
    """2026 -> ``twenty twenty six``; 1931 -> ``nineteen thirty one``."""
    hi, lo = divmod(y, 100)
    if lo == 0:
        return f"{words(hi)} hundred"
    tail = f"oh {_ONES[lo]}" if lo < 10 else words(lo).replace("-", " ")
    return f"{words(hi)} {tail}"


DATE_FORMATS = ("us", "us_short", "iso", "dotted_eu", "slash_eu", "iso_slash", "dmy_caps", "mon_dash",
                "long", "weekday_long", "abbr", "day_month_year", "compact")


def date(d: dt.date, fmt: str) -> str:
    """One date in format ``fmt`` (see DATE_FORMATS plus ``md``, ``month_year``, ``spoken``), marked."""
    mon, month = d.strftime("%b"), d.strftime("%B")
    value = {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "dotted_eu": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "slash_eu": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "iso_slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "dmy_caps": f"{d.day:02d}{mon.upper()}{d.year}",
        "mon_dash": f"{mon}-{d.day:02d}-{d.year % 100:02d}",
        "long": f"{month} {d.day}, {d.year}",
        "weekday_long": f"{d.strftime('%A')}, {month} {_ordinal(d.day)}, {d.year}",
        "abbr": f"{mon} {d.day} {d.year}",
        "day_month_year": f"{d.day} {month} {d.year}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
        "md": f"{d.month}/{d.day}",
        "month_day": f"{month} {d.day}",
        "month_year": f"{month} {d.year}",
        "ordinal_day": _ordinal(d.day),
        "spoken": f"{month.lower()} {ordinal_words(d.day)} {year_words(d.year)}",
        "spoken_md": f"the {ordinal_words(d.day)} of {month.lower()}",
    }[fmt]
    return ph("DATE_TIME", value)


TIME_FORMATS = ("hm24", "hm12", "military", "hrs", "hms", "h_sep", "ampm_tight")


def time(t: dt.time, fmt: str) -> str:
    """One time in format ``fmt`` (see TIME_FORMATS plus ``spoken``), marked."""
    h12 = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    value = {
        "hm24": f"{t.hour:02d}:{t.minute:02d}",
        "hm12": f"{h12}:{t.minute:02d} {ap}",
        "military": f"{t.hour:02d}{t.minute:02d}",
        "hrs": f"{t.hour:02d}{t.minute:02d} hrs",
        "hms": f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}",
        "h_sep": f"{t.hour:02d}h{t.minute:02d}",
        "ampm_tight": f"{h12}:{t.minute:02d}{ap.lower()}",
        "spoken": f"{words(h12)} {words(t.minute) if t.minute >= 10 else 'oh ' + words(t.minute)} "
                  f"{'a m' if t.hour < 12 else 'p m'}" if t.minute else f"{words(h12)} o'clock",
    }[fmt]
    return ph("DATE_TIME", value)


def random_time(rng: random.Random, start_hour: int = 0, end_hour: int = 24) -> dt.time:
    return dt.time(rng.randrange(start_hour, end_hour), rng.randrange(60), rng.randrange(60))


def later(rng: random.Random, t: dt.time, max_minutes: int = 90) -> dt.time:
    """A time a little after ``t`` on the same day (clamped before midnight)."""
    total = min(t.hour * 60 + t.minute + rng.randint(3, max_minutes), 23 * 60 + 59)
    return dt.time(total // 60, total % 60, rng.randrange(60))


def iso_datetime(d: dt.date, t: dt.time) -> str:
    """``2026-03-14T14:32:05-05:00`` as a date span and a time span (the ``T`` and the offset are not PHI)."""
    return f"{date(d, 'iso')}T{time(t, 'hms')}-05:00"
