"""Prose styles, part A: teaching-file submission, MR implant clearance, field service, registry, incident review."""

from __future__ import annotations

from b33_core import D, FD, T, acc, account, email_for, fmt_date, ip, mrn, one, phone, rand_date, serial, url
from b33_pools import K, Person, address, age_phrase, facility, meas, old, year, young


def teaching_file_submission(d, rng):
    pt, res, att = Person(rng), Person(rng), Person(rng)
    a = acc(rng)
    ex = rand_date(rng, 2023, 2026)
    mod = one(rng, "MR", "CT", "XR", "US")
    d.f(one(rng, "To the teaching file curator,\n\n", "Hi {c},\n\n", "Curator team -\n\n"), c=Person(rng).P(rng, "first"))
    d.f(one(rng, "I'd like to submit a case for the {m} section of the departmental teaching file. ",
            "Submitting the following {m} case for the resident teaching archive. ",
            "Please add this {m} case to the teaching collection when you get a chance. "), m=K(rng, "modality"))
    d.f(one(rng, "It is from {pt}'s exam (MRN {mrn}, accession {acc}) performed {dt}",
            "Source study: accession {acc} on {pt}, MRN {mrn}, scanned {dt}",
            "The patient, {pt} (MRN {mrn}), was imaged on {dt} under accession {acc}"),
        pt=pt.P(rng), mrn=mrn(rng), acc=a, dt=FD(rng, ex))
    if rng.random() < 0.6:
        d.f(" at {fac}", fac=facility(rng))
    d.t(". ")
    age = old(rng) if rng.random() < 0.5 else young(rng)
    d.f(one(rng, "Brief history: {ag} with {ep}, now with new {an} findings. ",
            "Clinical context - {ag}, known {ep}; referred for {an} evaluation. "),
        ag=age_phrase(rng, age), ep=K(rng, "eponym"), an=K(rng, "anatomy"))
    d.f(one(rng, "Key images are the {sq} series showing a {ms} lesion near {lv}. ",
            "The {sq} images best show the {ms} abnormality at the {lv} level. "),
        sq=K(rng, "sequence"), ms=meas(rng), lv=K(rng, "vertebral_level"))
    if rng.random() < 0.7:
        d.f("I exported the key images as {fn}_{dt}_{sq}.png and {fn}_{dt2}_key2.png; ",
            fn=(pt.fname(), "PERSON"), dt=D(rng, ex, "compact"), sq=one(rng, "ax", "cor", "sag"),
            dt2=D(rng, ex, "compact"))
        d.t(one(rng, "they still carry burned-in overlay text, so please scrub before publishing. ",
                "the annotation layer may still show the name. "))
    d.f("Viewer link: {u}\n\n", u=url(rng, a[0]))
    d.f(one(rng, "{sh}: ", "{sh} - "), sh=K(rng, "section_header"))
    d.f(one(rng, "classic appearance of {ep}; compare with the {yr} case from Dr. {o}.",
            "{ep} mimicking neoplasm; prior case from {yr} filed by Dr. {o}."),
        ep=K(rng, "eponym"), yr=year(rng), o=Person(rng).P(rng, "last"))
    d.f("\n\nAttending of record: {att}, {cr}. ", att=att.P(rng, one(rng, "full", "fullmid")), cr=K(rng, "credential"))
    d.f(one(rng, "Thanks,\n{r}\nPGY-{y} ({e})\n", "Best - {r} ({e}), PGY-{y}\n"),
        r=res.P(rng, one(rng, "full", "init")), y=str(rng.randint(2, 5)), e=email_for(rng, res))
    return mod


def mr_implant_clearance(d, rng):
    pt, off, card = Person(rng), Person(rng), Person(rng)
    d.f(one(rng, "MR SAFETY OFFICER MEMO\n\n", "MR Implant Clearance - Level 2 review\n\n", "mr safety review note\n\n"))
    age = old(rng) if rng.random() < 0.55 else young(rng)
    d.f(one(rng, "Patient {pt}, {ag}, DOB {dob}, MRN {m}, is scheduled for {sq}-inclusive brain MRI on {dt} at {tm}. ",
            "{pt} (MRN {m}; born {dob}), {ag}, is booked for MRI {dt} {tm}. "),
        pt=pt.P(rng), ag=age_phrase(rng, age), dob=FD(rng, rand_date(rng, 1921, 1990)), m=mrn(rng), dt=D(rng),
        tm=T(rng, None, rng.randint(7, 19)), sq=K(rng, "sequence"))
    dev = one(rng, "spinal cord stimulator", "dual-chamber pacemaker", "cochlear implant", "deep brain stimulator",
              "sacral neuromodulator", "implantable loop recorder")
    d.f(one(rng, "The {dev} (serial {sn}) was implanted {idt} at {fac}. ",
            "Implant: {dev}, S/N {sn}, placed on {idt} at {fac}. ",
            "Records from {fac} confirm a {dev}, device serial number {sn}, implanted {idt}. "),
        dev=dev, sn=serial(rng), idt=FD(rng), fac=facility(rng))
    if rng.random() < 0.6:
        d.f("Leads: {sn1} and {sn2}; abandoned lead fragment excluded on {mod} scout. ",
            sn1=serial(rng), sn2=serial(rng), mod=K(rng, "modality"))
    d.f(one(rng, "Per the conditional labeling, scan at 1.5 T only, whole-body SAR under 2 W/kg, exclusion zone "
                 "{ms} above the generator. ",
            "Conditions: 1.5 T, normal operating mode, keep the {an} outside the transmit coil where possible; "
            "gradient slew limited. "), ms=meas(rng), an=K(rng, "anatomy"))
    d.f(one(rng, "Device rep {rep} will reprogram to MRI mode; reach {p}. ",
            "Cardiology ({c}) agreed to be on site; pager backup {p}. "),
        rep=Person(rng).P(rng), c=card.P(rng, one(rng, "init", "full")), p=phone(rng))
    if rng.random() < 0.5:
        d.f("Patient lives at {addr} and will arrive by ride service. ", addr=address(rng))
    d.f(one(rng, "\n\nCleared by {o}, {cr}, {dt}.\n", "\n\n- {o} {cr} (MRSO), signed {dt} {tm}\n"),
        o=off.P(rng, one(rng, "full", "caps_first", "init")), cr=K(rng, "credential"), dt=D(rng), tm=T(rng))
    return "MR"


def field_service_report(d, rng):
    eng, tech = Person(rng), Person(rng)
    fac = facility(rng)
    sn = serial(rng)
    mod = one(rng, "CT", "MR", "XR")
    d.f(one(rng, "FIELD SERVICE REPORT\n", "Service visit summary\n", "FSE NARRATIVE\n"))
    d.f(one(rng, "Site: {fac}, {addr}\n", "Customer site {fac} ({addr})\n"), fac=fac, addr=address(rng))
    d.f(one(rng, "System: {m} gantry, serial {sn}; console at {ip}\n\n", "Equipment {m} SN {sn} / host {ip}\n\n"),
        m=K(rng, "modality"), sn=sn, ip=ip(rng))
    d.f(one(rng, "Called in at {t1} on {dt} by {tech} ({cr}) for ",
            "On {dt}, {tech}, {cr}, reported at {t1} "),
        t1=T(rng), dt=D(rng), tech=tech.P(rng, one(rng, "full", "init", "first")), cr=K(rng, "credential"))
    d.t(one(rng, "intermittent tube arc faults during helical acquisitions. ", "a helium pressure alarm and cold-head noise. ",
            "detector ghosting on flat-panel exposures. "))
    n = rng.randint(1, 3)
    d.t(one(rng, "Scans interrupted: ", "Affected exams: ", "The following patients were on the table or queued: "))
    for i in range(n):
        p = Person(rng)
        d.f("{p} ({a}){s}", p=p.P(rng, one(rng, "lastfirst", "caps", "full")), a=acc(rng),
            s="; " if i < n - 1 else ". ")
    d.f(one(rng, "Replaced {part} (new part serial {ps}, removed {os}). ", "Swapped {part}; installed serial {ps}, old {os} "
                                                                           "returned under RMA. "),
        part=one(rng, "HV tank", "cold head", "detector module 14", "anode bearing", "gradient amplifier card"),
        ps=serial(rng), os=serial(rng))
    d.f(one(rng, "Ran phantom after repair: water CT number within spec, noise {ms}. ",
            "Post-repair QA passed; uniformity ROI {ms}. "), ms=meas(rng))
    d.f(one(rng, "System returned to clinical use at {t} {dt}. ", "Back in service {dt} {t}. "), t=T(rng), dt=D(rng))
    d.f("\n\nEngineer: {e} | {em} | cell {ph}\n", e=eng.P(rng, one(rng, "full", "caps_first")), em=email_for(rng, eng),
        ph=phone(rng))
    return mod


def registry_abstractor_note(d, rng):
    pt, ab = Person(rng), Person(rng)
    reg = one(rng, "stroke registry", "trauma registry", "breast imaging outcomes registry", "aneurysm registry")
    d.f(one(rng, "Abstractor note ({reg}) - ", "{reg} abstraction, case comment: ", "Note for {reg} QA: "), reg=reg)
    d.f(one(rng, "registry case {cid} corresponds to {pt}, MRN {m}, arrival {dt} {t}. ",
            "case number {cid} ({pt}; MRN {m}) arrived {dt} at {t}. "),
        cid=account(rng, one(rng, "SR-", "TR", "BOR-")), pt=pt.P(rng), m=mrn(rng), dt=D(rng), t=T(rng))
    a = old(rng) if rng.random() < 0.5 else young(rng)
    d.f(one(rng, "Age entered as {a} per face sheet; ", "Patient is {a} - "), a=age_phrase(rng, a))
    d.f(one(rng, "transferred from {fac} where the first {mod} was read at {t}. ",
            "outside {mod} from {fac} time-stamped {t}. "), fac=facility(rng), mod=K(rng, "modality"), t=T(rng))
    d.f(one(rng, "Our {mod} (accession {a}) shows {sc} and a {ms} abnormality in the {an}. ",
            "Index imaging, accession {a}: {an} with {ms} finding, {sc}. "),
        mod=K(rng, "modality"), a=acc(rng), sc=K(rng, "score"), ms=meas(rng), an=K(rng, "anatomy"))
    d.f(one(rng, "History of {ep} since {yr}. ", "Comorbid {ep} (diagnosed {yr}). "), ep=K(rng, "eponym"), yr=year(rng))
    d.f(one(rng, "Discrepancy: door-to-imaging recorded as {t1} in the EHR but the scanner log shows {t2}. ",
            "Timing conflict between EHR ({t1}) and modality log ({t2}); used the modality value. "),
        t1=T(rng, "24"), t2=T(rng, "sec"))
    if rng.random() < 0.6:
        d.f("Daughter {rel} confirmed the home address ({addr}) by phone {ph}. ",
            rel=Person(rng).P(rng, "full"), addr=address(rng), ph=phone(rng))
    d.f("\nAbstracted by {ab} on {dt}.\n", ab=ab.P(rng, one(rng, "init", "full", "initials")), dt=D(rng))
    return one(rng, "CT", "MR", "MG")


def pacs_incident_postmortem(d, rng):
    p1, p2, an1, an2 = Person(rng), Person(rng), Person(rng), Person(rng)
    inc = account(rng, "INC")
    a1, a2 = acc(rng), acc(rng)
    d.f(one(rng, "Post-incident review: {inc}\n\n", "PIR - ticket {inc} (wrong-patient image association)\n\n"), inc=inc)
    d.f("{h}\n", h=K(rng, "section_header"))
    d.f(one(rng, "At {t1} on {dt} the router at {ip1} forwarded study {a1} for {p1} to the worklist of {p2} "
                 "(MRN {m2}). ",
            "On {dt} at {t1}, {ip1} mis-routed accession {a1} ({p1}) under patient {p2}, MRN {m2}. "),
        t1=T(rng), dt=D(rng), ip1=ip(rng), a1=a1, p1=p1.P(rng, one(rng, "caret", "caps")), p2=p2.P(rng), m2=mrn(rng))
    d.f(one(rng, "Technologist {tech} noticed the {an} images did not match the requisition at {t2}. ",
            "Discovered {t2} when {tech} saw {an} images on a knee order. "),
        tech=Person(rng).P(rng, one(rng, "first", "lower", "init")), an=K(rng, "anatomy"), t2=T(rng))
    d.f(one(rng, "Second study {a2} was also affected. ", "Related accession {a2} required the same correction. "), a2=a2)
    d.f(one(rng, "Root cause: a stale MWL entry on modality AE CT_{r} ({ip2}) after a downtime. ",
            "Cause: cached worklist on host {ip2} (room {r}) reused patient ID after reboot. "),
        r=str(rng.randint(1, 9)), ip2=ip(rng))
    d.f(one(rng, "Corrected in the VNA by {an1} ({u}) at {t3}; ", "{an1} split the study via {u} at {t3}; "),
        an1=an1.P(rng, one(rng, "full", "init")), u=url(rng, a1[0]), t3=T(rng))
    d.f(one(rng, "{an2} notified the reading radiologist Dr. {rad} and the referring office. ",
            "notification to Dr. {rad} completed by {an2}. "),
        an2=an2.P(rng, "full"), rad=Person(rng).P(rng, "last"))
    d.f("\n\nAction items: purge cache nightly; alert on PID/name mismatch. Contact {em} or {ph}.\n",
        em=email_for(rng, an1), ph=phone(rng))
    return "CT"
