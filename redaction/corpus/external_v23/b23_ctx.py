"""Per-document context (patient, dates, ids) and small layout helpers for blind23 styles."""

from __future__ import annotations

import random
from types import SimpleNamespace

from b23_clin import exam
from b23_doc import strip_marks, tag
from b23_fmt import accession, dob_for_age, facility, mrn, people, pick_age, rdate


def ctx(rng: random.Random, mod: str | None = None, old_p: float = 0.18, n_people: int = 6,
        lo_age: int = 24, peds: bool = False) -> SimpleNamespace:
    c = SimpleNamespace()
    c.ppl = people(rng, n_people)
    c.pt = c.ppl[0]
    c.sd = rdate(rng)
    c.age = pick_age(rng, old_p, lo=lo_age)
    c.dob = dob_for_age(rng, c.sd, c.age)
    c.mod, c.exam, c.region = exam(rng, mod)
    c.mrn = mrn(rng)
    c.acc = accession(rng, c.mod)
    c.fac = facility(rng, () if peds else ("Lindell Hall Pediatric Clinic", "Westmarch Children's Hospital"))
    return c


def lab(rng: random.Random, *spellings: str) -> str:
    return rng.choice(spellings)


def fields(rng: random.Random, pairs: list[tuple[str, str]], sep: str | None = None, shuffle: bool = True,
           fixed: int = 1, drop_p: float = 0.0, align: bool | None = None) -> str:
    """Label/value lines as markup. The first `fixed` pairs keep their place; the rest may be shuffled
    and (with drop_p) dropped; pairs whose label starts with '?' are optional (dropped with p=0.35)."""
    head, rest = pairs[:fixed], pairs[fixed:]
    if shuffle:
        rest = rest[:]
        rng.shuffle(rest)
    out = []
    sep = sep if sep is not None else rng.choice([": ", ": ", ":  ", " - ", ":\t", " = "])
    align = rng.random() < 0.3 if align is None else align
    width = max(len(k.lstrip("?")) for k, _ in pairs) + 1
    for k, v in head + rest:
        if k.startswith("?"):
            if rng.random() < 0.35:
                continue
            k = k[1:]
        elif drop_p and rng.random() < drop_p:
            continue
        out.append((k.ljust(width) if align else k) + sep + v)
    return "\n".join(out)


def row(cells: list[str], widths: list[int], sep: str = " | ") -> str:
    """A table row of markup cells padded to plain-text widths."""
    out = []
    for c, w in zip(cells, widths):
        out.append(c + " " * max(0, w - len(strip_marks(c))))
    return sep.join(out).rstrip()


def M(value: str, t: str) -> str:
    return tag(value, t)
