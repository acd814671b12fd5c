"""Pieces shared by the style modules: report sections, signature lines, surname/eponym collisions, noise.

Why here: every style quotes some part of a radiology report; keeping the section writer in one place keeps
the section headers, findings and impression marked the same way everywhere.
"""

from __future__ import annotations

import random
import re
from datetime import timedelta

from b7_case import Case
from b7_markup import keep, map_text, phi

# Patient surnames that are also eponyms in radiology text (the eponym must survive, the patient must not).
SURNAME_EPONYMS = {
    "Graves": "Graves disease",
    "Paget": "Paget disease of bone",
    "Bell": "Bell palsy",
    "Cushing": "Cushing syndrome",
    "Parkinson": "Parkinson disease",
    "Wilson": "Wilson disease",
    "Barrett": "Barrett esophagus",
    "Morton": "Morton neuroma",
    "Bennett": "Bennett fracture",
    "Baker": "Baker cyst",
}


_PROCEDURES = (
    "cholecystectomy",
    "right total knee arthroplasty",
    "lumpectomy",
    "CABG",
    "appendectomy",
    "L4-5 laminectomy",
    "thyroidectomy",
    "hysterectomy",
)


def header(name: str, case_style: str = "upper", colon: bool = True) -> str:
    """A section header keep-span, e.g. FINDINGS: / Findings: / IMPRESSION."""
    text = {"upper": name.upper(), "title": name.title(), "lower": name.lower()}[case_style]
    return keep("section_header", text) + (":" if colon else "")


def surname_history(case: Case) -> str:
    """A history sentence naming the eponym that shares the patient's surname, or ''."""
    ep = SURNAME_EPONYMS.get(case.patient.family)
    return f"History of {keep('eponym', ep)}." if ep else ""


def report_body(
    case: Case, hstyle: str = "upper", n_findings: int = 3, comparison: str = "date", with_technique: bool = True
) -> str:
    """EXAM / HISTORY / TECHNIQUE / COMPARISON / FINDINGS / IMPRESSION block (marked)."""
    rng = case.rng
    ex = case.exam
    lines = [f"{header('Exam', hstyle)} {ex.render_title(rng)}"]
    hist = " ".join(
        x
        for x in (
            ex.render_indication(rng).capitalize() if rng.random() < 0.5 else ex.render_indication(rng),
            surname_history(case),
        )
        if x
    )
    if rng.random() < 0.45 and case.age >= 30:
        hist += f" S/p {rng.choice(_PROCEDURES)} in {keep('year', str(rng.randint(1998, 2024)))}."
    lines.append(f"{header(rng.choice(('Clinical history', 'Indication', 'History')), hstyle)} {hist}")
    if with_technique:
        lines.append(f"{header('Technique', hstyle)} {ex.render_technique(rng)}")
    if comparison == "date":
        cmp_ = f"{case.date(case.prior_dt, rng.choice(('mdy', 'mdy_short', 'iso', 'dmy_mon', 'mon_d_y')))}"
        if rng.random() < 0.4:
            cmp_ += f" at {case.fac('outside')}"
        lines.append(f"{header('Comparison', hstyle)} {cmp_}.")
    elif comparison == "none":
        lines.append(f"{header('Comparison', hstyle)} None.")
    lines.append(f"{header('Findings', hstyle)}")
    lines += ex.render_findings(rng, n_findings)
    lines.append(f"{header('Impression', hstyle)}")
    lines.append(f"1. {ex.render_impression(rng)}")
    return "\n".join(lines)


def esign(case: Case, who: str = "radiologist") -> str:
    """'Electronically signed by NAME, MD on DATE TIME' in one of several house forms."""
    rng = case.rng
    t = case.exam_dt + timedelta(minutes=case.rng.randint(12, 95))
    form = rng.choice(("a", "b", "c"))
    if form == "a":
        return f"Electronically signed by: {case.signed(who)} on {case.date(t, 'mdy')} {case.time(t, 'ampm')}"
    if form == "b":
        return f"Signed: {case.signed(who, 'last_first')}  {case.date(t, 'iso')} {case.time(t, 'hm')}"
    return f"/es/ {case.signed(who, 'first_mi_last')}\n{case.date(t, 'mon_d_y')} at {case.time(t, 'hours')}"


_OCR = (("m", "rn"), ("l", "1"), ("O", "0"), ("cl", "d"), ("e", "c"), ("S", "5"), ("i", "í"))


def ocr_noise(marked: str, rng: random.Random, rate: float = 0.03) -> str:
    """Scan/OCR artefacts: rn for m, 1 for l, broken lines; applied to the text and span values alike."""

    def run(s: str) -> str:
        for a, b in _OCR:
            s = re.sub(re.escape(a), lambda m, b=b: b if rng.random() < rate else m.group(0), s)
        return re.sub(r"(?<=\S) (?=\S)", lambda m: "\n" if rng.random() < rate / 2 else " ", s)

    return map_text(marked, run)


def lower_all(marked: str) -> str:
    return map_text(marked, str.lower)


def clinician_line(case: Case, who: str, label: str) -> str:
    """'Label: Dr. NAME' with a varied name form."""
    form = case.rng.choice(("first_last", "last_first", "initial_last", "dr_last", "signed"))
    if form == "dr_last":
        return f"{label}: {case.dr(who)}"
    if form == "signed":
        return f"{label}: {case.signed(who)}"
    return f"{label}: {case.name(who, form)}"


def person_phi(text: str) -> str:
    return phi("PERSON", text)
