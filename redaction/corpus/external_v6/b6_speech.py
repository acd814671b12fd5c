"""Numbers, dates and times as speech recognition writes them when the radiologist says them aloud.

Why: dictated identifiers ("medical record number zero zero four...") and spoken dates are PHI a pattern
matcher for digits never sees.
"""

from __future__ import annotations

import datetime as dt
import random

from b6_values import MONTHS

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}


def number(n: int) -> str:
    """0..199 in words (``ninety three``, ``one hundred two``)."""
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" {number(rest)}" if rest else "")
    if n < 20:
        return _ONES[n]
    return _TENS[n // 10] + (f" {_ONES[n % 10]}" if n % 10 else "")


def ordinal(n: int) -> str:
    """1..31 as a spoken ordinal (``fourteenth``, ``twenty first``)."""
    if n < 20:
        return _ORD.get(n, _ONES[n] + "th")
    tens, ones = divmod(n, 10)
    if not ones:
        return _TENS[tens][:-1] + "ieth"
    return f"{_TENS[tens]} {ordinal(ones)}"


def year(y: int) -> str:
    """``twenty twenty six`` or ``nineteen thirty four``; 2000-2009 as ``two thousand five``."""
    hi, lo = divmod(y, 100)
    if 2000 <= y < 2010:
        return "two thousand" + (f" {_ONES[lo]}" if lo else "")
    return f"{number(hi)} {'oh ' + _ONES[lo] if 0 < lo < 10 else number(lo) if lo else 'hundred'}"


def spoken_date(rng: random.Random, d: dt.date) -> str:
    """A date the way it is dictated."""
    month = MONTHS[d.month - 1].lower()
    return rng.choice([f"{month} {ordinal(d.day)} {year(d.year)}", f"{month} {number(d.day)} {year(d.year)}",
                       f"{number(d.month)} {number(d.day)} "
                       f"{number(d.year % 100) if d.year % 100 >= 10 else year(d.year)}",
                       f"the {ordinal(d.day)} of {month}"])


def spoken_time(rng: random.Random, t: dt.datetime) -> str:
    """A clock time as dictated (``two thirty two p m``, ``fourteen thirty two hours``)."""
    h12 = t.hour % 12 or 12
    minute = "o'clock" if t.minute == 0 else ("oh " + _ONES[t.minute] if t.minute < 10 else number(t.minute))
    return rng.choice([f"{number(h12)} {minute} {'a m' if t.hour < 12 else 'p m'}",
                       f"{number(t.hour) if t.hour >= 10 else 'zero ' + _ONES[t.hour]} "
                       f"{'hundred' if t.minute == 0 else minute} hours"])


def spelled(s: str) -> str:
    """An identifier read character by character (``e one two dash four``)."""
    words = {"-": "dash", " ": "", "/": "slash"}
    out = [words.get(ch, _ONES[int(ch)] if ch.isdigit() else ch.lower()) for ch in s]
    return " ".join(w for w in out if w)


def letters(word: str) -> str:
    """A name spelled out letter by letter for the transcriptionist (``n g u y e n``)."""
    return " ".join(ch.lower() for ch in word if ch.isalpha())
