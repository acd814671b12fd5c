"""Composers for identifier-bearing file and folder names (segment lists, see b49_core)."""

from __future__ import annotations

import random

from b49_core import P, K, Case, d_compact, d_short, d_iso, t_hms, series_segs, study_segs


def D(v: str):
    return P("DATE_TIME", v)


def date_tok(rng: random.Random, d, forms=("c", "c", "s", "i")) -> tuple:
    f = rng.choice(forms)
    return D({"c": d_compact, "s": d_short, "i": d_iso}[f](d))


def patient_folder(rng: random.Random, c: Case, form: str | None = None) -> list:
    """e.g. NGUYEN_THI_00482913, 00482913_Nguyen^Thi, NGUYETH_19520314."""
    name = P("PERSON", c.pt.file(rng, form))
    mrn = P("MRN", c.mrn)
    k = rng.randint(0, 4)
    if k == 0:
        return [name, "_", mrn]
    if k == 1:
        return [mrn, "_", name]
    if k == 2:
        return [name, "_", D(d_compact(c.dob))]
    if k == 3:
        return [name, "_MRN", mrn]
    return [mrn, "-", name, "-", D(d_compact(c.dob))]


def study_folder(rng: random.Random, c: Case, sep: str = "_") -> list:
    k = rng.randint(0, 3)
    desc = study_segs(c.study, sep)
    if k == 0:
        return [D(d_compact(c.study_day)), sep, desc, sep, P("ACCESSION", c.acc)]
    if k == 1:
        return [P("ACCESSION", c.acc), sep, desc]
    if k == 2:
        return [D(d_iso(c.study_day)), "T", D(t_hms(c.study_t)), sep, desc]
    return [desc, sep, D(d_short(c.study_day))]


def series_folder(rng: random.Random, c: Case, j: int, style: int = 0) -> list:
    ser = c.series[j % len(c.series)]
    if style == 0:
        return [f"S{j + 1:03d}_", series_segs(ser, "_")]
    if style == 1:
        return [f"{j + 1:02d}-", series_segs(ser, "_")]
    return [f"Series_{j + 1}_", series_segs(ser, "_")]


DOC_KINDS = ["Requisition", "Consent", "InsCard", "OutsideReport", "Screening", "CDRequest", "ROI"]


def scan_pdf(rng: random.Random, c: Case, kind: str | None = None) -> list:
    """Scanned-document file names as HIM scanning stations write them."""
    kind = kind or rng.choice(DOC_KINDS)
    name = P("PERSON", c.pt.file(rng, rng.choice(["SUR_GIV", "SUR_GIV", "Sur_Giv", "SurGiv", "SUR^GIV"])))
    day = c.study_day
    if kind == "InsCard":
        return ["InsCard_", rng.choice(["front", "back"]), "_", name, "_", P("HEALTH_PLAN_ID", c.plan), ".jpg"]
    if kind == "Requisition":
        return [name, "_DOB", D(d_compact(c.dob)), "_MRN", P("MRN", c.mrn), "_", study_segs(c.study, "", "upper"),
                "_", D(d_compact(day)), ".pdf"]
    if kind == "Consent":
        return ["consent_", P("ACCOUNT_ID", c.account), "_", name, "_", D(d_short(day)), ".pdf"]
    if kind == "OutsideReport":
        return [P("FACILITY", c.osh_tok), "_report_", name, "_", D(d_iso(day)), ".pdf"]
    if kind == "Screening":
        return ["MRSafety_", name, "_", P("MRN", c.mrn), "_", D(d_compact(day)), ".tif"]
    if kind == "CDRequest":
        return ["CDreq_", P("PERSON", c.pt.file(rng, "Sur_Giv")), "_", P("ACCESSION", c.acc), ".pdf"]
    return ["ROI_", P("SSN", c.ssn.replace("-", "")), "_", name, ".pdf"]


def legacy_ssn_name(c: Case) -> list:
    return [P("SSN", c.ssn.replace("-", "")), "_", study_segs(c.study, "_")]


def image_name(rng: random.Random, c: Case, j: int) -> list:
    k = rng.randint(0, 3)
    if k == 0:
        return [f"IM{j:05d}.dcm"]
    if k == 1:
        return [P("ACCESSION", c.acc), f".{j:04d}.dcm"]
    if k == 2:
        return [f"{j:04d}.dcm"]
    return [P("PERSON", c.pt.initials()), "_", P("MRN", c.mrn), f"_{j:03d}.dcm"]


def keep_sentence(rng: random.Random, c: Case) -> list:
    """A clinical phrase with keep spans, for prose around the file names."""
    import b49_pools as pools
    k = rng.randint(0, 4)
    ep = rng.choice(pools.EPONYMS)
    if k == 0:
        return ["the ", K("measurement", f"{rng.randint(3, 19)} mm"), " ", rng.choice(["nodule", "lesion", "cyst"]),
                " in the ", K("anatomy", rng.choice(["right upper lobe", "left kidney", "liver", "thyroid"]))]
    if k == 1:
        return ["the ", K("eponym", ep), " follow-up"]
    if k == 2:
        return ["the ", K("score", rng.choice(pools.SCORES)), " callback"]
    if k == 3:
        return ["the ", K("vertebral_level", rng.choice(["L4-L5", "L5-S1", "C5-C6", "T12"])), " level on ",
                K("sequence", rng.choice(["STIR", "T2 FLAIR", "DWI", "T1 post-contrast"]))]
    return ["the ", K("modality", rng.choice(["CT", "MRI", "US", "XR"])), " from ", K("year", str(rng.randint(2014, 2022)))]
