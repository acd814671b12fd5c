"""Structured styles 11-15: prior-auth form, eligibility log, ROI request log, proxy-access form, pregnancy attestation."""

from __future__ import annotations

import b32_pools as P
from b32_clin import finding, meas, modality_word, LEVELS, SCORES
from b32_prose_a import _age, _dt


def _kv(r, d, label_variants, value, seps=(": ", " = ", ":\t", " | ", " .... ")):
    d.add([r.choice(label_variants), r.choice(seps) if not isinstance(seps, str) else seps, value, "\n"])


def prior_auth_request_form(r, d, mod):
    pt, ordp = P.person(r), P.person(r)
    sep = r.choice([": ", " - ", "  ", ":\t"])
    d.t(r.choice(["ADVANCED IMAGING PRIOR AUTHORIZATION REQUEST\n", "Prior Auth Request (RBM portal print)\n"]))
    rows = [
        (["Member Name", "MEMBER", "Patient Name"], (P.name(r, pt, r.choice(["LFM", "lf", "hl7"])), "PERSON")),
        (["DOB", "D.O.B.", "Birth date"], _dt(r, P.dob(r))),
        (["Member ID", "Subscriber #", "Plan ID"], (P.plan_id(r), "HEALTH_PLAN_ID")),
        (["Payer"], r.choice(P.PAYERS)),
        (["Ordering Provider", "Requesting MD"], [(P.name(r, ordp, r.choice(["fl", "LFM"])), "PERSON"), ", ", (r.choice(["MD", "DO", "NP"]), "credential")]),
        (["Provider Phone", "Ph"], (P.phone(r), "PHONE")),
        (["Rendering Site", "Facility"], (r.choice(P.FACILITIES), "FACILITY")),
        (["Requested Study", "CPT/Exam"], [modality_word(r, mod), r.choice([" lumbar spine w/o", " abdomen/pelvis w/ contrast", " brain w/wo", ""])]),
        (["Clinical Summary", "Dx narrative"], finding(r, mod)),
        (["Case #", "Reference No."], (P.account(r), "ACCOUNT_ID")),
        (["Date Submitted", "Submitted"], [_dt(r, P.rdate(r)), " ", (P.ftime(r), "DATE_TIME")]),
    ]
    if r.random() < 0.5:
        rows.append((["Patient Age"], _age(r)))
    head, tail = rows[:3], rows[3:]
    r.shuffle(tail)
    for labels, val in head + tail:
        lab = r.choice(labels)
        d.add([lab.upper() if r.random() < 0.3 else lab, sep, val, "\n"])


def eligibility_verification_log(r, d, mod):
    sep = r.choice([" | ", "\t", ",", " ; "])
    cols = ["Checked", "Patient", "DOB", "Plan", "Member ID", "Status", "Agent"]
    d.t(r.choice(["Insurance eligibility verification - front desk log\n", "ELIG CHECK LOG (270/271 responses)\n"]))
    d.t(sep.join(cols) + "\n")
    agent = P.person(r)
    for _ in range(r.randrange(3, 6)):
        pt = P.person(r)
        d.add([_dt(r, P.rdate(r), r.choice(["mdy", "iso", "compact"])), " ", (P.ftime(r, "24"), "DATE_TIME"), sep,
               (P.name(r, pt, r.choice(["LFM", "hl7", "lf"])), "PERSON"), sep, _dt(r, P.dob(r), r.choice(["mdy", "DMY", "iso"])), sep,
               r.choice(P.PAYERS), sep, (P.plan_id(r), "HEALTH_PLAN_ID"), sep,
               r.choice(["ACTIVE", "INACTIVE - termed", "Active - auth req'd", "COB needed"]),
               sep, (P.name(r, agent, r.choice(["init", "fi", "lfirst"])), "PERSON"), "\n"])
    d.f("Notes: call-back for {n} re {m} coverage, {ph}\n", n=(P.name(r, P.person(r), "fl"), "PERSON"),
        m=modality_word(r, mod), ph=(P.phone(r), "PHONE"))


def roi_request_log(r, d, mod):
    sep = r.choice([" | ", "\t", " || "])
    d.t("Release of Information queue - radiology images\n")
    d.t(sep.join(["Req#", "Received", "Patient", "MRN", "Requester", "Items", "Status"]) + "\n")
    for _ in range(r.randrange(3, 5)):
        pt = P.person(r)
        req = r.choice([["Atty ", (P.name(r, P.person(r), r.choice(["last", "fi"])), "PERSON")], ["SSA/DDS"],
                        ["self (portal)"], [(r.choice(P.FACILITIES), "FACILITY")], ["ins. ", (r.choice(P.PAYERS), None)]])
        d.add([(P.account(r), "ACCOUNT_ID"), sep, _dt(r, P.rdate(r), r.choice(["mdy2", "dmy", "iso"])), sep,
               (P.name(r, pt, r.choice(["LFM", "lf", "Lf"])), "PERSON"), sep, (P.mrn(r), "MRN"), sep, req, sep,
               modality_word(r, mod), " ", (P.accession(r), "ACCESSION"), sep,
               r.choice(["mailed CD", "sent via portal", "pending auth", "denied - expired authorization"]), "\n"])
    st, city, stt, z = P.address(r)
    d.add(["Mail-to for last row: ", (st, "STREET_ADDRESS"), ", ", (city, "CITY"), " ", stt, " ", (z, "ZIP"), "\n"])


def proxy_access_request_form(r, d, mod):
    pt, px = P.person(r), P.person(r)
    d.t(r.choice(["PATIENT PORTAL PROXY ACCESS REQUEST\n", "MyChart-style proxy authorization form\n"]))
    d.t("Section A - Patient\n")
    old = r.random() < 0.5
    _kv(r, d, ["Name", "Patient name", "Full legal name"], (P.name(r, pt, r.choice(["fml", "LFM", "fl"])), "PERSON"))
    _kv(r, d, ["DOB", "Date of birth", "Birthdate"], _dt(r, P.dob(r, old)))
    _kv(r, d, ["Age", "Current age"], [_age(r, old), r.choice([" years", "y", ""])])
    _kv(r, d, ["MRN", "Medical record #"], (P.mrn(r), "MRN"))
    st, city, stt, z = P.address(r)
    _kv(r, d, ["Home address", "Address"], [(st, "STREET_ADDRESS"), ", ", (city, "CITY"), ", ", stt, " ", (z, "ZIP")])
    d.t("Section B - Proxy\n")
    _kv(r, d, ["Proxy name", "Name of proxy"], (P.name(r, px, r.choice(["fl", "fml"])), "PERSON"))
    _kv(r, d, ["Relationship"], r.choice(["daughter", "son-in-law", "health care agent", "spouse", "legal guardian"]))
    _kv(r, d, ["Proxy e-mail", "Email"], (P.email(r, px), "EMAIL"))
    _kv(r, d, ["Phone", "Proxy phone", "Tel"], (P.phone(r), "PHONE"))
    _kv(r, d, ["Proxy SSN (identity check)", "SSN"], (P.ssn(r), "SSN"))
    d.t("Section C - Scope\n")
    d.add(["[x] imaging results (e.g. ", modality_word(r, mod), ")  [", r.choice(["x", " "]), "] messaging  [ ] billing\n"])
    d.f("Signed {dt}   Witness: {w}, {c}\n", dt=_dt(r, P.rdate(r)), w=(P.name(r, P.person(r), r.choice(["fi", "fl"])), "PERSON"),
        c=(r.choice(["RN", "RT(R)", "CHC"]), "credential"))


def pregnancy_attestation_form(r, d, mod):
    pt, tech = P.person(r), P.person(r)
    d.t(r.choice(["PREGNANCY STATUS SCREENING / ATTESTATION\n", "Pregnancy screen prior to ionizing radiation\n"]))
    sep = r.choice([": ", " -> ", "\t"])
    d.add(["Patient", sep, (P.name(r, pt, r.choice(["LFM", "fl", "hl7"])), "PERSON"), "   ",
           r.choice(["MRN", "Med Rec", "MR#"]), sep, (P.mrn(r), "MRN"), "\n"])
    d.add([r.choice(["DOB", "D.O.B.", "Birth date"]), sep, _dt(r, P.dob(r)), "   Age", sep, (str(r.randrange(14, 52)), "age_under_90"), "\n"])
    d.add(["Exam", sep, modality_word(r, mod), " ", r.choice(["abdomen/pelvis", "L-spine", "hip", "chest"]), "   Acc", sep,
           (P.accession(r), "ACCESSION"), "\n"])
    d.add(["LMP", sep, _dt(r, P.rdate(r), r.choice(["md", "mon.", "ord", "mdy2"])), "\n"])
    d.t(r.choice(["Possibly pregnant? [ ] yes [x] no [ ] unsure\n", "Pregnant: N   Breastfeeding: N\n"]))
    d.add(["hCG", sep, r.choice(["negative", "not required (hysterectomy ", "declined"]),
           *([(str(r.randrange(2001, 2022)), "year"), ")"] if r.random() < 0.3 else []), "\n"])
    d.add(["Shielding note: ", *finding(r, mod), "\n"])
    d.f("Patient signature: {n}   Date/time: {dt} {tm}\nTechnologist: {t}, {c}\n",
        n=(P.name(r, pt, r.choice(["fl", "fml"])), "PERSON"), dt=_dt(r, P.rdate(r)), tm=(P.ftime(r), "DATE_TIME"),
        t=(P.name(r, tech, r.choice(["fi", "fl", "init"])), "PERSON"), c=(r.choice(["RT(R)", "RT(R)(CT)", "RT(R)(MR)"]), "credential"))


STYLES = {f.__name__: f for f in (prior_auth_request_form, eligibility_verification_log, roi_request_log,
                                   proxy_access_request_form, pregnancy_attestation_form)}
