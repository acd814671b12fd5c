"""Shared fragments (signatures, headers, addresses) for blind25 styles."""

from __future__ import annotations

import b25_clinical as C
import b25_pools as PL


def pick(rng, *options):
    return rng.choice(options)


def ds(rng, d=None, fmt=None):
    """A DATE_TIME part for a random (or given) date."""
    return (PL.fmt_date(rng, d or PL.date(rng), fmt), "DATE_TIME")


def ts(rng, fmt=None):
    return (PL.fmt_time(rng, fmt), "DATE_TIME")


def person_part(rng, p, form=None):
    form = form or rng.choice(["full", "plain", "last_first", "upper", "initial_last"])
    return (getattr(p, form)(), "PERSON")


def signature(rng, p, fac=None, with_contact=True):
    """Closing block: name, credential, optional facility, phone, e-mail."""
    parts = [(pick(rng, p.full(), p.plain(), p.initial_last()), "PERSON"), ", ", C.cred(rng), "\n"]
    if fac or rng.random() < 0.5:
        parts += [(fac or PL.facility(rng), "FACILITY")]
        if rng.random() < 0.5:
            parts += [" - " + rng.choice(PL.DEPT_TAILS)]
        parts += ["\n"]
    if with_contact:
        if rng.random() < 0.8:
            parts += [pick(rng, "Tel ", "Phone: ", "Direct: ", "T: ", "Office "), (PL.phone(rng), "PHONE"), "\n"]
        if rng.random() < 0.7:
            parts += [pick(rng, "", "Email: ", "E: "), (PL.email(rng, p), "EMAIL"), "\n"]
    return parts


def patient_block(rng, pt, dob=None, fields=("mrn", "dob"), sep="\n"):
    """Labelled patient identifiers; label spellings vary."""
    parts = [pick(rng, "Patient: ", "PATIENT NAME: ", "Pt: ", "Name: ", "Re: "),
             (pick(rng, pt.upper(), pt.last_first(), pt.full()), "PERSON")]
    for f in fields:
        parts.append(sep)
        if f == "mrn":
            parts += [pick(rng, "MRN: ", "MRN ", "Med Rec #: ", "Chart no. ", "Hospital ID: "), (PL.mrn(rng), "MRN")]
        elif f == "dob":
            parts += [pick(rng, "DOB: ", "Date of birth: ", "D.O.B. ", "Born "), ds(rng, dob or PL.dob(rng))]
        elif f == "acc":
            parts += [pick(rng, "Accession: ", "Acc# ", "ACC NO: ", "Exam ID: "), (PL.accession(rng), "ACCESSION")]
        elif f == "plan":
            parts += [pick(rng, "Member ID: ", "Insurance ID: ", "Plan ID ", "Subscriber #: "), (PL.plan_id(rng), "HEALTH_PLAN_ID")]
        elif f == "acct":
            parts += [pick(rng, "Account: ", "Acct #: ", "Billing acct ", "Encounter acct: "), (PL.account(rng), "ACCOUNT_ID")]
        elif f == "ssn":
            parts += [pick(rng, "SSN: ", "Social Security No. ", "SS#: "), (PL.ssn(rng), "SSN")]
        elif f == "phone":
            parts += [pick(rng, "Phone: ", "Home ph ", "Cell: ", "Tel: "), (PL.phone(rng), "PHONE")]
    return parts


def address(rng, one_line=None):
    return PL.address_parts(rng, one_line)


def header(rng, word=None):
    return (word or rng.choice(C.HEADERS), "section_header")


def fac_with_tail(rng, fac=None):
    parts = [(fac or PL.facility(rng), "FACILITY")]
    if rng.random() < 0.5:
        parts.append(rng.choice([", ", " - ", " / "]) + rng.choice(PL.DEPT_TAILS))
    return parts


def _plain_len(parts) -> int:
    n = 0
    for p in parts:
        if p is None:
            continue
        if isinstance(p, list):
            n += _plain_len(p)
        else:
            n += len(p) if isinstance(p, str) else len(p[0])
    return n


def cell(x):
    """Normalise a cell to a list of parts."""
    if x is None:
        return [""]
    if isinstance(x, (str, tuple)):
        return [x]
    return list(x)


def table(d, header, rows, fmt):
    """Write a table in one of: pipe, csv, tsv, fixed, md."""
    rows = [[cell(c) for c in r] for r in rows]
    if fmt == "fixed":
        widths = [max([len(h)] + [_plain_len(r[i]) for r in rows]) + 2 for i, h in enumerate(header)]
        d.line("".join(h.ljust(w) for h, w in zip(header, widths)).rstrip())
        for r in rows:
            for i, c in enumerate(r):
                d.add(*c)
                if i < len(r) - 1:
                    d.add(" " * (widths[i] - _plain_len(c)))
            d.line()
        return
    sep = {"pipe": " | ", "csv": ",", "tsv": "\t", "md": " | "}[fmt]
    pre, post = ("| ", " |") if fmt == "md" else ("", "")
    d.line(pre + sep.join(header) + post)
    if fmt == "md":
        d.line("|" + "|".join("---" for _ in header) + "|")
    for r in rows:
        d.add(pre)
        for i, c in enumerate(r):
            if fmt == "csv" and any(isinstance(p, tuple) and "," in p[0] for p in c):
                c = ['"'] + c + ['"']
            d.add(*c)
            if i < len(r) - 1:
                d.add(sep)
        d.line(post)
