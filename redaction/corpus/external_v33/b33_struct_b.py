"""Structured styles, part B: teaching-file XML, slot-swap form, sedation MRI roster, core-lab transmittal, router log."""

from __future__ import annotations

from b33_core import D, FD, T, acc, account, digits, email_for, hpid, ip, mrn, one, phone, rand_date, serial, spaced, url
from b33_pools import K, Person, address, facility, meas, old, year, young


def teaching_file_xml(d, rng):
    pt, auth = Person(rng), Person(rng)
    a = acc(rng)
    d.t("<?xml version=\"1.0\"?>\n<MIRCdocument display=\"tab\">\n")
    d.f("  <title>{ep} - {mod}</title>\n", ep=K(rng, "eponym"), mod=K(rng, "modality"))
    d.f("  <author><name>{n}</name><affiliation>{f}</affiliation><contact>{em}</contact></author>\n",
        n=auth.P(rng, one(rng, "full", "lastfirst")), f=facility(rng), em=email_for(rng, auth))
    d.f("  <created>{dt}</created>\n", dt=D(rng, None, one(rng, "compact", "iso")))
    d.t("  <phi>\n")
    d.f("    <pt-name>{n}</pt-name>\n    <pt-id>{m}</pt-id>\n", n=pt.P(rng, "caret"), m=mrn(rng))
    if rng.random() < 0.6:
        d.f("    <pt-age>{a}</pt-age>\n", a=old(rng) if rng.random() < 0.6 else young(rng))
    d.f("    <study-date>{dt}</study-date>\n    <accession>{a}</accession>\n", dt=D(rng, None, "compact"), a=a)
    d.t("  </phi>\n  <section heading=\"History\">\n")
    d.f("    <p>{ag}-year-old with prior {ep} ({yr}); pain at {lv}.</p>\n", ag=young(rng), ep=K(rng, "eponym"),
        yr=year(rng), lv=K(rng, "vertebral_level"))
    d.t("  </section>\n  <section heading=\"Findings\">\n")
    d.f("    <p>{sq}: {ms} lesion of the {an}. {sc}.</p>\n", sq=K(rng, "sequence"), ms=meas(rng),
        an=K(rng, "anatomy"), sc=K(rng, "score"))
    d.f("    <image src=\"{fn}_{dt}_{k}.jpg\"/>\n", fn=(pt.fname(), "PERSON"), dt=D(rng, None, "compact"),
        k=one(rng, "key1", "ax", "cor"))
    d.t("  </section>\n")
    d.f("  <link href=\"{u}\"/>\n</MIRCdocument>\n", u=url(rng, a[0]))
    return one(rng, "MR", "CT", "XR")


def slot_swap_request_form(d, rng):
    p1, p2, req = Person(rng), Person(rng), Person(rng)
    colon = one(rng, ": ", " - ", ":\t")
    dl = one(rng, "DOB", "D.O.B.", "Birth date", "Date of birth", "dob")
    d.t(one(rng, "SLOT SWAP REQUEST\n", "Imaging Slot Exchange Form\n", "== slot swap ==\n"))
    d.f("Requested by" + colon + "{r} ({em})\n", r=req.P(rng, one(rng, "full", "caps_first")), em=email_for(rng, req))
    d.f("Date submitted" + colon + "{dt} {t}\n", dt=FD(rng), t=T(rng))
    d.f("Resource" + colon + "{mod} / {f}\n\n", mod=K(rng, "modality"), f=facility(rng))
    for tag, p in (("A", p1), ("B", p2)):
        d.f("Patient {tag} name" + colon + "{n}\n", tag=tag, n=p.P(rng))
        d.f("Patient {tag} " + dl + colon + "{dob}\n", tag=tag, dob=FD(rng, rand_date(rng, 1921, 2010)))
        d.f("Patient {tag} MRN" + colon + "{m}\n", tag=tag, m=mrn(rng))
        d.f("Current slot" + colon + "{dt} @ {t}\n", dt=D(rng, None, one(rng, "md", "mon_dot", "us")), t=T(rng, "ampm"))
        if rng.random() < 0.5:
            d.f("Callback" + colon + "{ph}\n", ph=phone(rng))
        d.t("\n")
    ag = old(rng)
    d.f("Reason" + colon + one(rng, "Patient A is {ag} and needs the earlier slot with escort; ",
                               "A ({ag}) relies on transport arriving before noon; ") + "B requests a later time for "
        "work. Study: {an} with {sq}.\n", ag=ag, an=K(rng, "anatomy"), sq=K(rng, "sequence"))
    d.f("Approved by" + colon + "{a}, {cr}\n", a=Person(rng).P(rng, one(rng, "init", "full")), cr=K(rng, "credential"))
    return "MR"


def anesthesia_mri_block_roster(d, rng):
    d.f("## Anesthesia MRI block - {f} - {dt}\n\n", f=facility(rng), dt=D(rng, None, one(rng, "long", "abbr", "dmy_long")))
    d.f("Anesthesiologist: Dr. {a}   CRNA: {c}\n\n", a=Person(rng).P(rng, "last"), c=Person(rng).P(rng, "full"))
    d.t("| Time | Patient | DOB | Age | Wt | Exam | Airway/notes |\n|---|---|---|---|---|---|---|\n")
    for _ in range(rng.randint(4, 6)):
        p = Person(rng)
        ped = rng.random() < 0.5
        ag = (str(rng.randint(1, 17)), "age_under_90") if ped else (old(rng) if rng.random() < 0.4 else young(rng))
        by = 2025 - int(ag[0])
        d.f("| {t} | {p} | {dob} | {ag} | {wt} kg | {an} {sq} | {note} |\n", t=T(rng, one(rng, "24", "h")),
            p=p.P(rng, one(rng, "lastfirst", "caps", "init", "full")), dob=FD(rng, rand_date(rng, by, by)), ag=ag,
            wt=str(rng.randint(9, 110)), an=K(rng, "anatomy"), sq=K(rng, "sequence"),
            note=one(rng, ["NPO since ", T(rng, "24")], ["guardian ", Person(rng).P(rng, "full"), " ", phone(rng)],
                     ["hx ", K(rng, "eponym")], ["MRN ", mrn(rng)], "LMA ok"))
    d.f("\nPACU bed held for {p}. Call {ph} for changes.\n", p=Person(rng).P(rng, "first"), ph=phone(rng))
    return "MR"


def core_lab_transmittal(d, rng):
    coord = Person(rng)
    sj = account(rng, one(rng, "SUBJ-", "S-0"))
    d.t(one(rng, "IMAGING CORE LAB TRANSMITTAL\n", "Core Lab Data Transmittal Form v3\n"))
    rows = [("Protocol", [one(rng, "ONC-", "NEU-", "CV-") + digits(rng, 4)]),
            ("Site", [facility(rng), " (site ", digits(rng, 3), ")"]),
            ("Subject ID", [sj]),
            ("Subject initials", [Person(rng).P(rng, "initials")]),
            ("Visit", [one(rng, "Baseline", "Week 12", "Week 24", "EOT")]),
            ("Scan date", [FD(rng)]),
            ("Scan time", [T(rng)]),
            ("Modality", [K(rng, "modality")]),
            ("Scanner S/N", [serial(rng)]),
            ("Sequences", [K(rng, "sequence"), ", ", K(rng, "sequence")]),
            ("Target lesion", [K(rng, "anatomy"), " ", meas(rng)]),
            ("Media", [one(rng, ["CD, label ", serial(rng)], ["SFTP upload from ", ip(rng)], ["portal ", url(rng)])]),
            ("Courier tracking", [digits(rng, 12)]),
            ("Shipped", [D(rng)]),
            ("Coordinator", [coord.P(rng), ", ", K(rng, "credential")]),
            ("Phone", [phone(rng)]),
            ("E-mail", [email_for(rng, coord)])]
    if rng.random() < 0.5:
        rows.append(("Local MRN (DO NOT SEND)", [mrn(rng)]))
    if rng.random() < 0.5:
        rows.append(("Age at consent", [old(rng) if rng.random() < 0.5 else young(rng)]))
    sep = one(rng, ": ", " ..... ", "\t")
    for k, v in rows:
        d.t(k + sep)
        d.put(v)
        d.t("\n")
    return one(rng, "CT", "MR")


def router_syslog(d, rng):
    host = one(rng, "dcmrtr01", "vna-gw", "compass-edge", "router-b")
    yy, mm, dd = rand_date(rng, 2024, 2026)
    for _ in range(rng.randint(6, 9)):
        ts = one(rng, [D(rng, (yy, mm, dd), "iso"), "T", T(rng, "sec")],
                 [(f"{one(rng, 'Jan', 'Feb', 'Mar', 'Apr', 'Oct', 'Nov')} {rng.randint(1, 28):2d}", "DATE_TIME"), " ",
                  T(rng, "sec")])
        d.put(ts)
        d.f(" {h} dicomrouter[{pid}]: ", h=host, pid=str(rng.randint(1000, 9999)))
        p = Person(rng)
        k = rng.randrange(6)
        if k == 0:
            d.f("C-STORE from {ip} AE={ae} PatientName={n} PatientID={m} Acc={a} status=0000\n", ip=ip(rng),
                ae=one(rng, "CT_ER1", "MR_1", "PETCT"), n=p.P(rng, "caret"), m=mrn(rng), a=acc(rng))
        elif k == 1:
            d.f("rule 'outside_cd' matched: PatientID={m} (was {m2}) name=\"{n}\"\n", m=mrn(rng), m2=mrn(rng),
                n=p.P(rng, "caret"))
        elif k == 2:
            d.f("forward to {u} failed: timeout after 30s\n", u=url(rng, acc(rng)[0]))
        elif k == 3:
            d.f("user {u} ({ip}) edited StudyDate {dt} -> {dt2} on Acc={a}\n", u=(p.handle(rng), "PERSON"), ip=ip(rng),
                dt=D(rng, None, "compact"), dt2=D(rng, None, "compact"), a=acc(rng))
        elif k == 4:
            d.f("coercion: InstitutionName='{f}' ReferringPhysician={r}\n", f=facility(rng), r=p.P(rng, "caret"))
        else:
            d.f("queue depth {q}, oldest item {a} ({n}) age {s}s\n", q=str(rng.randint(1, 400)), a=acc(rng),
                n=p.P(rng, "caret"), s=str(rng.randint(5, 900)))
    d.f("-- exported by {em} for ticket {tk} --\n", em=email_for(rng, Person(rng)), tk=account(rng, "INC"))
    return one(rng, "CT", "MR", "MG")
