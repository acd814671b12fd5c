"""Identifier formats for blind3, chosen per document so one detector pattern cannot cover them all.

Several formats here are deliberately unlike the README's examples: dashed or dotted MRNs, site-prefixed
accessions, encounter numbers with dates inside, Medicaid-style plan IDs with spaces, serials with slashes.
"""

from __future__ import annotations

import random
import string

from . import pools


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def mrn(rng: random.Random) -> str:
    return rng.choice((
        lambda: f"MR-{_digits(rng, 3)}-{_digits(rng, 4)}",
        lambda: f"K{_digits(rng, 8)}",
        lambda: f"{_digits(rng, 4)}-{_digits(rng, 4)}",
        lambda: f"E{_digits(rng, 7)}",
        lambda: f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 3)}",
        lambda: f"{rng.randint(1, 9)}{_digits(rng, 6)}",
        lambda: f"QV{_digits(rng, 6)}{_letters(rng, 1)}",
    ))()


def accession(rng: random.Random, year: int) -> str:
    yy = year % 100
    return rng.choice((
        lambda: f"RAD.{year}.{_digits(rng, 7)}",
        lambda: f"XA-{yy}-{_digits(rng, 5)}",
        lambda: f"{yy}{_digits(rng, 8)}",
        lambda: f"US/{yy}/{_digits(rng, 6)}",
        lambda: f"IMG{_digits(rng, 9)}",
        lambda: f"{_letters(rng, 2)}{yy}{_digits(rng, 6)}",
    ))()


def account(rng: random.Random, year: int) -> str:
    return rng.choice((
        lambda: f"V{_digits(rng, 9)}",
        lambda: f"{year}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        lambda: f"FIN{_digits(rng, 9)}",
        lambda: f"{_digits(rng, 10)}",
        lambda: f"ENC-{_letters(rng, 2)}{_digits(rng, 7)}",
    ))()


def health_plan(rng: random.Random) -> str:
    return rng.choice((
        lambda: f"{_letters(rng, 3)}{_digits(rng, 9)}",
        lambda: f"MA {_digits(rng, 4)} {_digits(rng, 4)} {_letters(rng, 1)}",
        lambda: f"{rng.randint(1, 9)}{_letters(rng, 1)}{_digits(rng, 1)}{_letters(rng, 1)}-"
                f"{_letters(rng, 1)}{_digits(rng, 1)}{_letters(rng, 1)}-{_digits(rng, 2)}{_letters(rng, 2)}",
        lambda: f"W{_digits(rng, 8)}-{_digits(rng, 2)}",
        lambda: f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 6)}",
    ))()


def ssn(rng: random.Random) -> str:
    area, group, serial = rng.randint(101, 665), rng.randint(10, 99), rng.randint(1000, 9999)
    return rng.choice((f"{area}-{group}-{serial}", f"{area} {group} {serial}", f"{area}{group}{serial}"))


def device_serial(rng: random.Random) -> str:
    return rng.choice((
        lambda: f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
        lambda: f"SN {_digits(rng, 2)}/{_digits(rng, 5)}",
        lambda: f"{_digits(rng, 4)}-{_letters(rng, 2)}-{_digits(rng, 4)}",
        lambda: f"Q{_digits(rng, 10)}",
    ))().removeprefix("SN ")


def phone(rng: random.Random) -> str:
    area, ex, line = rng.choice(pools.AREA_CODES), f"{rng.randint(2, 9)}{_digits(rng, 2)}", _digits(rng, 4)
    return rng.choice((f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}",
                       f"+1 {area} {ex} {line}", f"1-{area}-{ex}-{line}", f"({area}){ex}-{line}"))


def pager(rng: random.Random) -> str:
    """A hospital pager number (value only; the template writes ``pgr``/``#``)."""
    return rng.choice((f"{rng.randint(2, 8)}-{_digits(rng, 4)}", f"{_digits(rng, 5)}", f"{_digits(rng, 4)}"))


def ip(rng: random.Random) -> str:
    prefix = rng.choice(pools.IP_PREFIXES)
    parts = 4 - prefix.count(".") - 1
    return prefix + "".join(f".{rng.randint(2, 250)}" for _ in range(parts))


def zip_code(rng: random.Random) -> str:
    base = f"{rng.randint(1, 99):02d}{_digits(rng, 3)}"
    return base if rng.random() < 0.8 else f"{base}-{_digits(rng, 4)}"
