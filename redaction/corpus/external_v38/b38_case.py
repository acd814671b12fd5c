"""Pasted case material (dictations, outside reports, headers) shared by blind38 styles."""

from __future__ import annotations

from b38_clin import exam, findings, hdr, impression, cred
from b38_core import sub

HIST = ["abd pain, r/o appendicitis", "cough x3 wks", "low back pain radiating to L leg", "hx breast ca, surveillance",
        "fall, pain", "elevated PSA", "palpable nodule", "HA, new onset", "follow-up incidental finding", "SOB"]


def header(c, r, caps=None):
    """Demographic header lines as pasted from a RIS screen."""
    caps = r.random() < 0.5 if caps is None else caps
    if caps:
        return sub("PATIENT: ⟦n⟧   MRN: ⟦mrn⟧   DOB: ⟦dob⟧\nACC#: ⟦acc⟧   EXAM DATE: ⟦d⟧ ⟦t⟧\n",
                   n=c.pt.form(r.choice(["caps", "caps", "hl7"])), mrn=(c.mrn, "MRN"), dob=c.d("dob", "us"),
                   acc=(c.acc, "ACCESSION"), d=c.d("exam", "us"), t=c.tm("24"))
    return sub("Name: ⟦n⟧ | MRN ⟦mrn⟧ | DOB ⟦dob⟧ | Acc ⟦acc⟧\n", n=c.pt.form(r.choice(["lastfirst", "full"])),
               mrn=(c.mrn, "MRN"), dob=c.d("dob"), acc=(c.acc, "ACCESSION"))


def report(c, r, with_header=True, signer=True, nl="\n"):
    ex, _ = exam(r)
    out = header(c, r) if with_header else []
    out += sub("⟦h1⟧: ⟦ex⟧" + nl + "⟦h2⟧: ⟦hx⟧" + nl, h1=hdr(r.choice(["EXAM", "PROCEDURE", "Exam"])), ex=ex,
               h2=hdr(r.choice(["CLINICAL HISTORY", "INDICATION", "History"])), hx=r.choice(HIST))
    if r.random() < 0.6:
        out += sub("⟦h⟧: ⟦d⟧." + nl, h=hdr("COMPARISON"), d=[c.d("prior")] if r.random() < 0.7 else "None")
    out += sub("⟦h⟧:" + nl, h=hdr("FINDINGS")) + findings(r, sep=nl) + [nl]
    out += sub("⟦h⟧:" + nl, h=hdr("IMPRESSION")) + impression(r) + [nl]
    if signer:
        out += sub("Electronically signed by ⟦n⟧, ⟦c⟧ on ⟦d⟧ ⟦t⟧", n=c.rad.form(r.choice(["full", "mi"])), c=cred(r),
                   d=c.d("exam", "us"), t=c.tm(r.choice(["24", "ampm"])))
    return out


def dictation(c, r):
    """Raw ASR-ish dictation with the spoken style of a radiologist."""
    ex, _ = exam(r)
    out = sub("⟦ex⟧ for ⟦n⟧ date of service ⟦d⟧ comma ", ex=ex, n=c.pt.form(r.choice(["full", "lower", "title"])),
              d=c.d("exam", r.choice(["long", "md"])))
    out += sub("history ⟦hx⟧ period findings colon ", hx=r.choice(HIST))
    out += findings(r, sep=" new paragraph ") + [" impression colon "] + impression(r)
    if r.random() < 0.5:
        out += sub(" discussed with ⟦n⟧ at ⟦t⟧ period", n=c.ref.form(r.choice(["dr", "drlow"])), t=c.tm("ampm"))
    return out
