"""Per-document case context and small layout helpers shared by the blind21 styles."""

from __future__ import annotations

import datetime as dt

import b21_pools as P

MODS = ["CT", "CT", "MR", "MR", "US", "XR", "MG", "NM"]
TECH_CREDS = ["RT(R)", "RT(R)(CT)", "RT(MR)", "RDMS", "CNMT", "RT(R)(M)"]


class Case:
    """A patient, an exam and the people and identifiers around it (all invented)."""

    def __init__(self, rng, mod: str | None = None, old_p: float = 0.2):
        self.rng = rng
        self.used: set = set()
        self.fused: set = set()
        self.pt = P.person(rng, self.used)
        self.age = rng.randint(90, 104) if rng.random() < old_p else rng.choice(
            [rng.randint(1, 17), rng.randint(18, 89), rng.randint(40, 89)])
        self.mod = mod or rng.choice(MODS)
        if self.mod == "MG" and self.age < 35:
            self.age = rng.randint(38, 88)
        self.when = P.date(rng)
        self.dob = P.dob(rng, self.age, self.when)
        self.hh, self.mm = rng.randint(6, 22), rng.randint(0, 59)
        self.mrn = P.mrn(rng)
        self.acc = P.accession(rng)
        self.acct = P.account(rng)
        self.plan = P.plan_id(rng)
        self.ssn = P.ssn(rng)
        self.fac = P.facility(rng, self.fused)
        self.rad = P.person(rng, self.used, doctor=True)
        self.ref = P.person(rng, self.used, doctor=True)
        self.tech = P.person(rng, self.used, cred=rng.choice(TECH_CREDS))
        self.street = P.street(rng)
        self.city, self.state, self.zip = P.city(rng)
        self.phone = P.phone(rng)
        self.email = P.email(rng, self.pt)

    def person(self, doctor=False, cred=None):
        return P.person(self.rng, self.used, doctor=doctor, cred=cred)

    def facility(self):
        return P.facility(self.rng, self.fused)

    def later(self, lo=1, hi=20) -> dt.date:
        return self.when + dt.timedelta(days=self.rng.randint(lo, hi))

    def earlier(self, lo=30, hi=900) -> dt.date:
        return self.when - dt.timedelta(days=self.rng.randint(lo, hi))


def date(doc, d, fmt=None, noyear_p=0.0):
    return doc.p(P.fdate(doc.rng, d, fmt, noyear_p), "DATE_TIME")


def time(doc, h=None, m=None, fmt=None):
    return doc.p(P.ftime(doc.rng, h, m, fmt), "DATE_TIME")


def dtm(doc, d, h=None, m=None, dfmt=None, tfmt=None, sep=" "):
    date(doc, d, dfmt)
    doc.t(sep)
    return time(doc, h, m, tfmt)


def address(doc, c: Case, oneline: bool | None = None):
    """Street, city, state, ZIP as separate spans (state left unannotated)."""
    rng = doc.rng
    oneline = rng.random() < 0.6 if oneline is None else oneline
    doc.p(c.street, "STREET_ADDRESS")
    doc.t(", " if oneline else "\n")
    doc.p(c.city, "CITY")
    doc.t(rng.choice([", ", " ", ", "]) + c.state + rng.choice(["  ", " ", " "]))
    return doc.p(c.zip, "ZIP")


def kv(doc, fields, seps=(": ", ":  ", ":\t", " = ", " - ", ": "), joiner="\n", shuffle=True, drop_p=0.15,
       upper=None):
    """Write ``label<sep>value`` fields. ``fields`` are (labels, writer, required)."""
    rng = doc.rng
    fields = [f for f in fields if f[2] or rng.random() > drop_p]
    if shuffle:
        head, tail = fields[:1], fields[1:]
        rng.shuffle(tail)
        fields = head + tail
    sep = rng.choice(seps)
    upper = rng.random() < 0.3 if upper is None else upper
    for i, (labels, writer, _req) in enumerate(fields):
        if i:
            doc.t(joiner)
        lab = rng.choice(labels)
        doc.t((lab.upper() if upper else lab) + sep)
        writer()


def name_fmt(rng, family_ok=False):
    opts = ["full", "full", "last_first", "LAST_FIRST", "gf", "initial"]
    return rng.choice(opts + (["family"] if family_ok else []))
