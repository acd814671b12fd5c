"""Shared text builders for blind46: the dictated report, prompts a gateway sends, log timestamps."""

from __future__ import annotations

import datetime as dt

from b46_clinical import Study, cred, hdr
from b46_pools import Case, Person
from b46_segs import ph

MODELS = ["gpt-4o-2024-08-06", "gpt-4.1-mini", "o4-mini", "claude-sonnet-4-20250514", "claude-3-5-haiku-20241022",
          "gemini-2.5-flash", "gemini-1.5-pro-002", "llama-3.1-70b-instruct", "medgemma-27b-text-it", "gpt-4o-mini"]
SYSTEMS = [
    "You are a radiology reporting assistant. Rewrite the dictation into a structured report. Do not invent findings.",
    "You are RadDraft. Produce a concise impression with numbered items and flag critical results.",
    "Summarize prior imaging for the reading radiologist. Cite accession numbers and dates exactly as given.",
    "You convert radiology reports to patient-friendly language at a 6th grade reading level.",
    "Extract structured fields from the report. Respond with JSON only.",
]
TASKS = ["Clean up this dictation and format it as a final report.", "Draft the impression.",
         "Summarize for the ordering provider in 3 bullets.", "Extract the fields as JSON.",
         "Compare with the prior and state interval change.", "Write a lay summary for the patient portal."]


def new_case(rng, modality_hint: str | None = None) -> tuple[Case, Study]:
    st = Study(rng)
    return Case(rng, st.modality), st


def pname(c: Case, style: int | None = None) -> str:
    return c.pt.m(c.rng.choice([0, 1, 2, 5]) if style is None else style)


def dr(p: Person, rng, with_cred: bool = True) -> str:
    """A clinician reference: 'Dr. Last', 'First Last, MD', 'LAST, FIRST'."""
    k = rng.randint(0, 3)
    if k == 0:
        return f"Dr. {p.m(6)}"
    if k == 1 and with_cred:
        return f"{p.m(0)}, {cred(rng.choice(['MD', 'DO', 'MBBS']))}"
    if k == 2:
        return p.m(5)
    return f"Dr. {p.m(3)}"


def header_lines(c: Case, st: Study, rng) -> list[str]:
    ds = rng.randint(0, 9)
    out = [f"PATIENT: {c.pt.m(1)}", f"MRN: {c.m_mrn}", f"DOB: {c.d(c.dob, ds)} (Age: {c.age_num()})",
           f"ACCESSION: {c.m_acc}", f"EXAM: {st.exam}", f"DATE: {c.d(c.exam, ds)} {c.t()}",
           f"REFERRING: {dr(c.ref, rng)}", f"LOCATION: {c.m_fac}"]
    if rng.random() < 0.3:
        out.append(f"INSURANCE ID: {c.m_plan}")
    if rng.random() < 0.3:
        out.append(f"ACCOUNT: {c.m_account}")
    if rng.random() < 0.15:
        out.append(f"SSN: {c.m_ssn}")
    if st.modality == "MR" and rng.random() < 0.4:
        out.append(f"IMPLANT: {c.device}, SN {c.m_serial} (MR conditional)")
    return out


def body_lines(c: Case, st: Study, rng, md: bool = False) -> list[str]:
    h = (lambda s: f"**{hdr(s)}:**") if md else (lambda s: f"{hdr(s)}:")
    comp = f"{K_mod(st)} {c.d(c.prior)} ({c.m_prior_acc})" if rng.random() < 0.7 else "None."
    hx = f" Prior {rng.choice(['surgery', 'biopsy', 'MVC', 'radiation'])} in {ph('year', rng.randint(1998, 2024))}." if rng.random() < 0.4 else ""
    out = [f"{h('CLINICAL HISTORY')} {c.age_m()} {rng.choice(['female', 'male', 'patient'])} with {st.indication}.{hx}",
           f"{h('COMPARISON')} {comp}", f"{h('FINDINGS')}"]
    out += [("- " if md else "") + f for f in st.findings]
    out.append(f"{h('IMPRESSION')}")
    out += [f"{n}. {x}" for n, x in enumerate(st.impressions, 1)]
    return out


def K_mod(st: Study) -> str:
    return ph("modality", {"CT": "CT", "MR": "MRI", "US": "US", "XR": "XR", "MG": "MG"}[st.modality])


def signature(c: Case, rng) -> str:
    ds = rng.randint(0, 9)
    return f"Electronically signed: {c.rad.m(rng.choice([0, 5]))}, {cred('MD')} on {c.d(c.exam, ds)} {c.t(h=min(c.h + 1, 23))}"


def report(c: Case, st: Study, rng, md: bool = False) -> str:
    return "\n".join(header_lines(c, st, rng) + [""] + body_lines(c, st, rng, md) + ["", signature(c, rng)])


def dictation(c: Case, st: Study, rng) -> str:
    """Raw ASR-ish dictation the user pastes in."""
    f = " ".join(st.findings)
    return (f"this is {dr(c.rad, rng, False)} dictating on {c.pt.m(rng.choice([0, 2]))} medical record number {c.m_mrn} "
            f"{st.exam} dated {c.d(c.exam)} history {st.indication} comparison {c.d(c.prior)} "
            f"{hdr('findings')} {f} {hdr('impression')} {st.impressions[0]} end of dictation")


def user_prompt(c: Case, st: Study, rng) -> str:
    task = rng.choice(TASKS)
    body = report(c, st, rng) if rng.random() < 0.6 else dictation(c, st, rng)
    return f"{task}\n\n{body}"


def log_ts(c: Case, rng, iso: bool = True, days: int | None = None) -> tuple[str, dt.datetime]:
    """A gateway event timestamp (annotated: date and hh:mm:ss, fraction/zone outside)."""
    when = dt.datetime.combine(c.exam, dt.time(0, 0)) + dt.timedelta(
        days=rng.randint(1, 3) if days is None else days, seconds=rng.randint(6 * 3600, 86000))
    frac = rng.randint(0, 999999)
    d, t = when.date().isoformat(), when.strftime("%H:%M:%S")
    if iso:
        return f"{ph('DATE_TIME', d)}T{ph('DATE_TIME', t)}.{frac:06d}Z", when
    return f"{ph('DATE_TIME', d)} {ph('DATE_TIME', t)},{frac // 1000:03d}", when


def ts_after(c: Case, rng, when: dt.datetime, secs: int, iso: bool = True) -> str:
    w = when + dt.timedelta(seconds=secs)
    frac = rng.randint(0, 999999)
    d, t = w.date().isoformat(), w.strftime("%H:%M:%S")
    if iso:
        return f"{ph('DATE_TIME', d)}T{ph('DATE_TIME', t)}.{frac:06d}Z"
    return f"{ph('DATE_TIME', d)} {ph('DATE_TIME', t)},{frac // 1000:03d}"


def hexid(rng, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b62(rng, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(n))


def extra_patients(rng, n: int) -> list[Case]:
    return [Case(rng, rng.choice(["CT", "MR", "US", "XR"])) for _ in range(n)]
