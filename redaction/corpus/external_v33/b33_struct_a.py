"""Structured styles, part A: QC phantom CSV, reject analysis, registry YAML, FHIR ImagingStudy, orphan reconciliation."""

from __future__ import annotations

from b33_core import D, FD, T, acc, account, digits, email_for, hpid, ip, mrn, one, phone, rand_date, serial, url
from b33_pools import K, Person, address, facility, meas, old, young


def qc_phantom_log_csv(d, rng):
    sep = one(rng, ",", ";", "\t", "|")
    sn = serial(rng)
    d.f("# daily QC export{s} unit {sn}{s} site {fac}\n", s=sep, sn=sn, fac=facility(rng))
    cols = one(rng, ["date", "time", "tech", "test", "result", "status", "first_pt_acc"],
               ["Date", "Time", "Operator", "Test", "Value", "Pass/Fail", "First exam"],
               ["qc_date", "qc_time", "user", "phantom", "measure", "flag", "acc_after_qc"])
    d.t(sep.join(cols) + "\n")
    techs = [Person(rng) for _ in range(3)]
    for _ in range(rng.randint(4, 7)):
        t = rng.choice(techs)
        user = one(rng, "handle", "initials", "caps")
        tp = (t.handle(rng), "PERSON") if user == "handle" else t.P(rng, "initials" if user == "initials" else "last")
        d.f("{dt}{s}{tm}{s}{u}{s}{test}{s}{v}{s}{st}{s}{a}\n", s=sep,
            dt=D(rng, None, one(rng, "iso", "us", "compact", "dmy_abbr")), tm=T(rng, one(rng, "24", "sec")), u=tp,
            test=one(rng, "water HU", "uniformity", "SNR", "slice thickness", "ACR phantom", "low contrast"),
            v=meas(rng) if rng.random() < 0.5 else str(round(rng.uniform(-3, 3), 2)),
            st=one(rng, "PASS", "PASS", "FAIL", "pass"), a=acc(rng) if rng.random() < 0.6 else "")
    d.f("# reviewed by {p}, {cr} ({dt})\n", p=Person(rng).P(rng, one(rng, "full", "caps_first")),
        cr=K(rng, "credential"), dt=FD(rng))
    return one(rng, "CT", "MR")


def reject_analysis_export(d, rng):
    sep = one(rng, " | ", "\t", ",")
    d.f("Repeat/Reject Analysis - {fac} - period ending {dt}\n", fac=facility(rng), dt=FD(rng))
    d.t(sep.join(["Accession", "Exam date", "Technologist", "Body part", "Reason", "Detector", "EI"]) + "\n")
    for _ in range(rng.randint(4, 7)):
        tech = Person(rng)
        d.f("{a}{s}{dt}{s}{t}{s}{bp}{s}{r}{s}{det}{s}{ei}\n", s=sep, a=acc(rng), dt=D(rng, None, one(rng, "us", "us_short",
                                                                                                     "iso")),
            t=tech.P(rng, one(rng, "lastfirst", "init", "caps", "first")), bp=K(rng, "anatomy"),
            r=one(rng, "positioning", "motion", "clipped anatomy", "artifact - jewelry", "under-exposed", "wrong side marker"),
            det=serial(rng), ei=str(rng.randint(180, 2400)))
    d.f("\nNote: {p} reviewed outliers; repeat rate {pc}% ({mod}).\n", p=Person(rng).P(rng, "full"),
        pc=str(round(rng.uniform(2, 9), 1)), mod=K(rng, "modality"))
    return "XR"


def registry_yaml_record(d, rng):
    pt = Person(rng)
    ind = "  "
    d.f("registry: {r}\nrecord_version: {v}\n", r=one(rng, "cardiac_ct_outcomes", "implant_registry_breast",
                                                          "pediatric_mri_sedation", "aaa_surveillance"), v=str(rng.randint(2, 7)))
    d.f("case_id: {c}\npatient:\n", c=account(rng, one(rng, "REG-", "CASE")))
    d.f(ind + "name: \"{n}\"\n", n=pt.P(rng, one(rng, "lastfirst", "full", "caret")))
    a = old(rng) if rng.random() < 0.5 else (str(rng.randint(19, 88)), "age_under_90")
    by = 2024 - int(a[0])
    d.f(ind + "{lbl}: {dob}\n", lbl=one(rng, "dob", "birth_date", "DOB"), dob=FD(rng, rand_date(rng, by, by)))
    d.f(ind + "age_at_index: {a}\n", a=a)
    d.f(ind + "mrn: \"{m}\"\n", m=mrn(rng))
    if rng.random() < 0.6:
        d.f(ind + "ssn_last_entered: {s}\n", s=(digits(rng, 3) + "-" + digits(rng, 2) + "-" + digits(rng, 4), "SSN"))
    d.f(ind + "payer_member_id: {h}\n", h=hpid(rng))
    d.t(ind + "address:\n")
    ad = address(rng)
    d.f(ind * 2 + "line1: {s}\n" + ind * 2 + "city: {c}\n" + ind * 2 + "zip: \"{z}\"\n", s=ad[0], c=ad[2], z=ad[4])
    d.f(ind + "phone: \"{p}\"\n", p=phone(rng))
    d.t("index_exam:\n")
    d.f(ind + "modality: {m}\n" + ind + "accession: {a}\n" + ind + "performed: {dt}T{t}\n",
        m=K(rng, "modality"), a=acc(rng), dt=D(rng, None, "iso"), t=T(rng, "sec"))
    d.f(ind + "site: {f}\n" + ind + "scanner_serial: {sn}\n", f=facility(rng), sn=serial(rng))
    d.f(ind + "findings:\n" + ind * 2 + "- {an}: {ms}\n" + ind * 2 + "- category: {sc}\n" + ind * 2 + "- dx: {ep}\n",
        an=K(rng, "anatomy"), ms=meas(rng), sc=K(rng, "score"), ep=K(rng, "eponym"))
    d.f("abstractor: {p}\nabstracted_on: {dt}\n", p=(Person(rng).handle(rng), "PERSON"), dt=D(rng, None, "iso"))
    return one(rng, "CT", "MR", "US")


def fhir_imagingstudy_json(d, rng):
    pt = Person(rng)
    a = acc(rng)
    ref = Person(rng)
    d.t("{\n  \"resourceType\": \"ImagingStudy\",\n")
    d.f("  \"id\": \"{i}\",\n", i=(digits(rng, 7), "ACCOUNT_ID"))
    d.f("  \"identifier\": [{\"type\": {\"text\": \"Accession\"}, \"value\": \"{a}\"}],\n", a=a)
    d.f("  \"subject\": {\"reference\": \"Patient/{m}\", \"display\": \"{n}\"},\n", m=mrn(rng),
        n=pt.P(rng, one(rng, "full", "caps", "lastfirst")))
    d.f("  \"started\": \"{dt}T{t}-05:00\",\n", dt=D(rng, None, "iso"), t=T(rng, "sec"))
    d.f("  \"referrer\": {\"display\": \"{r}\"},\n", r=ref.P(rng, one(rng, "full", "init")))
    d.f("  \"endpoint\": [{\"display\": \"{u}\"}],\n", u=url(rng, a[0]))
    d.f("  \"location\": {\"display\": \"{f}\"},\n", f=facility(rng))
    d.f("  \"modality\": [{\"code\": \"{m}\"}],\n", m=(one(rng, "CT", "MR", "US", "MG"), "modality"))
    d.t("  \"series\": [\n")
    ns = rng.randint(1, 3)
    for i in range(ns):
        d.f("    {\"number\": {n}, \"description\": \"{sq}\", \"bodySite\": {\"display\": \"{an}\"}, "
            "\"performer\": [{\"actor\": {\"display\": \"{tech}\"}}]}{c}\n",
            n=str(i + 1), sq=K(rng, "sequence"), an=K(rng, "anatomy"), tech=Person(rng).P(rng, one(rng, "full", "init")),
            c="," if i < ns - 1 else "")
    d.t("  ],\n")
    a2 = old(rng) if rng.random() < 0.5 else young(rng)
    d.f("  \"note\": [{\"text\": \"{ag}-year-old; {ep}. Contact {ph}. Host {ip}\"}]\n}\n", ag=a2,
        ep=K(rng, "eponym"), ph=phone(rng), ip=ip(rng))
    return one(rng, "CT", "MR")


def orphan_reconciliation_table(d, rng):
    d.f("ORPHAN STUDY RECONCILIATION - generated {dt} {t}\n", dt=D(rng, None, "iso"), t=T(rng, "24"))
    d.f("analyst: {u}\n\n", u=(Person(rng).handle(rng), "PERSON"))
    w = one(rng, "pipe", "fixed")
    hdr = ["RecvTime", "SrcAE", "SrcIP", "DICOM PatientName", "PatientID", "Accession", "Suggested match"]
    d.t((" | ".join(hdr) if w == "pipe" else "  ".join(h.ljust(12) for h in hdr)) + "\n")
    for _ in range(rng.randint(3, 6)):
        p = Person(rng)
        s = " | " if w == "pipe" else "  "
        d.f("{t}{s}{ae}{s}{ip}{s}{n}{s}{m}{s}{a}{s}{match}\n", s=s, t=T(rng, "sec"),
            ae=one(rng, "CT_ER1", "MR3T_B", "US_PORT4", "OUTSIDE_CD", "MAMMO2"), ip=ip(rng), n=p.P(rng, "caret"),
            m=mrn(rng) if rng.random() < 0.8 else "(blank)", a=acc(rng) if rng.random() < 0.7 else "-",
            match=one(rng, [p.P(rng, "lastfirst"), " / ", mrn(rng)], ["no match"], [p.P(rng, "full"), " DOB ", FD(rng)]))
    d.f("\nResolved items are posted to {u}; questions to {em}.\n", u=url(rng), em=email_for(rng, Person(rng)))
    return one(rng, "CT", "MR", "US", "MG")
