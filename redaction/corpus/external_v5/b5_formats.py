"""Date, time and identifier renderers: many formats, including ones outside the corpus README's list.

Each function returns plain text (no marks); the caller wraps it in a PHI mark so the span is exactly the value.
"""

from __future__ import annotations

import datetime as dt
import random

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORD = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
        "twelve": "twelfth"}


def _words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + ("" if ones == 0 else "-" + _ONES[ones])


def _ordinal(n: int) -> str:
    w = _words(n)
    head, _, last = w.rpartition("-")
    last = _ORD.get(last, last[:-1] + "ieth" if last.endswith("y") else last + "th")
    return f"{head}-{last}" if head else last


def spoken_date(d: dt.date) -> str:
    """Voice-recognition style: 'march third twenty twenty-six', 'june ninth nineteen oh four'."""
    century, yy = divmod(d.year, 100)
    year = f"{_words(century)} {_words(yy) if yy >= 10 else 'oh ' + _ONES[yy]}"
    return f"{MONTHS[d.month - 1].lower()} {_ordinal(d.day)} {year}"


def spoken_digits(s: str) -> str:
    """'4471' -> 'four four seven one' (dictated identifiers)."""
    return " ".join(_ONES[int(ch)] for ch in s if ch.isdigit())


DATE_FORMATS = (
    lambda d: d.strftime("%m/%d/%Y"),
    lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}",
    lambda d: d.isoformat(),
    lambda d: d.strftime("%d-%b-%Y"),
    lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    lambda d: d.strftime("%b %d, %Y").replace(" 0", " "),
    lambda d: d.strftime("%Y%m%d"),
    lambda d: d.strftime("%m-%d-%Y"),
    lambda d: d.strftime("%d%b%Y").upper(),
    lambda d: d.strftime("%Y/%m/%d"),
    lambda d: d.strftime("%m.%d.%Y"),
    lambda d: d.strftime("%a %b ") + f"{d.day} {d.year}",
    lambda d: d.strftime("%b-%d-%y"),
)


def fmt_date(d: dt.date, rng: random.Random, idx: int | None = None) -> str:
    """One date in a random (or the given) format."""
    return DATE_FORMATS[rng.randrange(len(DATE_FORMATS)) if idx is None else idx](d)


def fmt_short_date(d: dt.date, rng: random.Random) -> str:
    """Month-day without a year, as in flowsheets and worklists."""
    return rng.choice((f"{d.month}/{d.day}", f"{MONTHS[d.month - 1][:3]} {d.day}", f"{d.day}-{d.strftime('%b')}"))


TIME_FORMATS = (
    lambda h, m, s: f"{h:02d}:{m:02d}",
    lambda h, m, s: f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}",
    lambda h, m, s: f"{h:02d}{m:02d} hours",
    lambda h, m, s: f"{h:02d}:{m:02d}:{s:02d}",
    lambda h, m, s: f"{(h - 1) % 12 + 1}:{m:02d}{'am' if h < 12 else 'pm'}",
    lambda h, m, s: f"{h:02d}{m:02d}h",
    lambda h, m, s: f"{h}h{m:02d}",
    lambda h, m, s: f"{h:02d}{m:02d} hrs",
    lambda h, m, s: f"{(h - 1) % 12 + 1}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}",
)


def fmt_time(t: tuple[int, int, int], rng: random.Random, idx: int | None = None) -> str:
    """One clock time in a random (or the given) format."""
    return TIME_FORMATS[rng.randrange(len(TIME_FORMATS)) if idx is None else idx](*t)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def mrn(rng: random.Random) -> str:
    """Medical record numbers in several vendors' shapes, one NHS-like 3-3-4 number among them."""
    k = rng.randrange(7)
    return (f"E{_digits(rng, 7)}", f"00{_digits(rng, 7)}", f"M-{_digits(rng, 3)}-{_digits(rng, 4)}",
            f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}", f"RG{_digits(rng, 6)}",
            f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}", f"V{_digits(rng, 8)}")[k]


def accession(rng: random.Random, mod: str) -> str:
    k = rng.randrange(6)
    return (f"{mod}26-{_digits(rng, 6)}", f"ACC{_digits(rng, 8)}", f"RAD.{_digits(rng, 4)}.{_digits(rng, 3)}",
            f"{_digits(rng, 10)}", f"A{_digits(rng, 2)}{mod}{_digits(rng, 5)}", f"X-{_digits(rng, 7)}")[k]


def ssn(rng: random.Random) -> str:
    a, b, c = f"{rng.randint(101, 665)}", _digits(rng, 2).replace("00", "17"), _digits(rng, 4).replace("0000", "4417")
    return rng.choice((f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"))


def plan_id(rng: random.Random, payer: str) -> str:
    if payer == "Medicare":
        letters = "ACDEFGHJKMNPQRTUVWXY"
        return (f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}{rng.randint(0, 9)}-"
                f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(0, 9)}-{rng.choice(letters)}"
                f"{rng.choice(letters)}{_digits(rng, 2)}")
    if payer == "Tricare":
        return _digits(rng, 11)
    prefix = "".join(rng.choice("BCDHJKLMNQRWXZ") for _ in range(3))
    return rng.choice((f"{prefix}{_digits(rng, 9)}", f"{prefix}-{_digits(rng, 6)}-{_digits(rng, 2)}",
                       f"{_digits(rng, 8)}{rng.choice('ABCK')}"))


def account(rng: random.Random) -> str:
    return rng.choice((f"{_digits(rng, 10)}", f"FIN{_digits(rng, 9)}", f"HAR-{_digits(rng, 8)}",
                       f"{_digits(rng, 4)}-{_digits(rng, 6)}", f"V{_digits(rng, 3)}.{_digits(rng, 5)}"))


def serial(rng: random.Random) -> str:
    return rng.choice((f"SN{_digits(rng, 6)}K", f"{_digits(rng, 3)}-{_digits(rng, 5)}-A",
                       f"PKX{_digits(rng, 7)}", f"GE{_digits(rng, 4)}RT{_digits(rng, 2)}"))


def phone(rng: random.Random, area: str) -> str:
    ex, num = f"{rng.randint(201, 989)}", _digits(rng, 4)
    return rng.choice((f"({area}) {ex}-{num}", f"{area}-{ex}-{num}", f"{area}.{ex}.{num}", f"+1 {area} {ex} {num}",
                       f"1-{area}-{ex}-{num}", f"{area} {ex} {num}", f"({area}){ex}-{num}"))


def ip(rng: random.Random) -> str:
    return rng.choice((f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"))
