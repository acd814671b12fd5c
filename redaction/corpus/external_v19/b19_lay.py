"""Layout helpers for blind19: label wording, field blocks, signatures."""

from __future__ import annotations

import b19_gen as G
import b19_pools as P


def pick(rng, *opts):
    import b19_gen
    c = rng.choice(opts)
    return b19_gen.typo(rng, c) if isinstance(c, str) else c


def fields(d, rng, rows, shuffle=True, upper=None):
    """rows: list of (label options tuple or str, items list). Renders label/value lines in a random style."""
    rows = list(rows)
    if shuffle and rng.random() < 0.5:
        head, tail = rows[:1], rows[1:]
        rng.shuffle(tail)
        rows = head + tail
    sep = rng.choice([": ", ":  ", " - ", ":\t", " | ", ": "])
    upper = rng.random() < 0.4 if upper is None else upper
    pair = rng.random() < 0.3
    for i, (labels, items) in enumerate(rows):
        lab = labels if isinstance(labels, str) else rng.choice(labels)
        lab = lab.upper() if upper else lab
        d.w(lab, sep, items)
        if pair and i % 2 == 0 and i + 1 < len(rows):
            d.w("    ")
        else:
            d.w("\n")
    if pair and len(rows) % 2 == 1:
        pass
    if not d.text().endswith("\n"):
        d.w("\n")


def header(d, rng, title, fac=None):
    fac = fac or G.facility(rng)
    style = rng.randrange(3)
    if style == 0:
        d.ln(("FACILITY", fac))
        d.ln(title.upper())
        d.ln("=" * min(60, len(title) + 4))
    elif style == 1:
        d.ln(title, " -- ", ("FACILITY", fac))
        d.ln("-" * 40)
    else:
        d.ln("** ", ("FACILITY", fac), " **")
        d.ln(title)
    return fac


def sig(d, rng, person=None, cred=None, role=None, when=True):
    person = person or G.Person(rng)
    cred = cred or rng.choice(P.CREDENTIALS)
    form = rng.randrange(4)
    if form == 0:
        d.w(rng.choice(["Signed: ", "Electronically signed by ", "-- ", "e-signed: "]), ("PERSON", person.name("full")), ", ",
            ("credential", cred))
    elif form == 1:
        d.w(("PERSON", person.name("fml")), " ", ("credential", cred))
    elif form == 2:
        d.w("/s/ ", ("PERSON", person.name("lastfirst")), " (", ("credential", cred), ")")
    else:
        d.w(rng.choice(["Dr. ", "Author: ", "By: "]), ("PERSON", person.name(rng.choice(["last", "init", "full"]))))
    if role:
        d.w(", ", role)
    if when:
        dd = G.date(rng)
        d.w(rng.choice([" on ", " ", " | ", " @ "]), ("DATE_TIME", G.fdate(rng, dd)), " ", ("DATE_TIME", G.ftime(rng)))
    d.w("\n")
    return person


def phone_items(rng, ph=None):
    ph = ph or G.phone(rng)
    out = [("PHONE", ph)]
    if rng.random() < 0.25:
        out.append(rng.choice([" x", " ext. ", " ext "]) + str(rng.randrange(100, 9999)))
    return out


def age_items(rng, old=None):
    old = rng.random() < 0.3 if old is None else old
    if old:
        a = G.old_age(rng)
        return [("AGE_OVER_89", a)], a
    a = G.young_age(rng)
    return [("age_under_90", a)], a


def age_phrase(rng, old=None):
    items, a = age_items(rng, old)
    suf = rng.choice(["-year-old", " yo", " y/o", "-yr-old", " years old", "yo", "Y"])
    return items + [suf]
