"""Structured styles 16-20: rad-tech student clinical logs, CT dose-creep investigations, patient-survey exports,
equipment loaner agreements, reading-room voice-assistant command logs."""

from __future__ import annotations

from b24_builder import Doc
from b24_clinical import age_under, cred, exam, finding, header, tech_cred, year
from b24_pools import (Person, account, accession, address_line, age_over, date, dob_for, email, facility, ip, mrn,
                       old_age, phone, plan_id, serial, ssn, time, url)


def student_clinical_log(rng):
    """Radiologic technology student's clinical competency log (one exam per line)."""
    mod = rng.choice(["XR", "CT"])
    d = Doc(mod)
    st, ci = Person(rng), Person(rng)
    d.ln(rng.choice(["RT Program - Clinical Log", "Student Competency Log (ARRT)", "CLINICAL ROTATION LOG",
                     "Radiography student daily log"]))
    d.ln(rng.choice(["Student: {s}   Site: {f}", "{s} / {f}", "Student {s}; clinical site {f}", "Site: {f}"]),
         s=st.any(rng, ("full", "LF")), f=facility(rng))
    d.ln(rng.choice(["Week of {dt}", "Rotation start {dt}", "Dates {dt} - {d2}"]), dt=date(rng), d2=date(rng, fmt="md"))
    d.ln()
    fmt = rng.randrange(3)
    d.ln(["Date | Acc# | Pt age | Exam | Tech | Comp?", "date,accession,age,exam,supervising_tech,competency",
          "DATE       ACC          AGE   EXAM / TECH"][fmt])
    sep = [" | ", ",", "   "][fmt]
    techs = [Person(rng) for _ in range(2)]
    for _ in range(rng.randrange(4, 8)):
        t = rng.choice(techs)
        d.w("{dt}" + sep + "{acc}" + sep, dt=date(rng, fmt=rng.choice(["mdy", "md"])), acc=accession(rng, mod))
        d.put(age_over(rng) if rng.random() < 0.2 else age_under(rng, 4, 89))
        d.w(sep + "{ex}" + sep + "{t}", ex=exam(rng, mod), t=t.any(rng, ("il", "full", "last", "init")))
        d.ln(sep + rng.choice(["Y", "N", "sim"]) if fmt != 2 else "")
    d.ln()
    d.ln("Notes: {n}", n=rng.choice(["repeated lateral for rotation.", "observed [[vertebral_level|C7]] not included; re-shot with swimmer view.",
                                     "patient with [[eponym|Parkinson disease]] tremor; used sandbags.", "no repeats."]))
    d.ln(rng.choice(["Clinical instructor: {c}, {cr}", "Verified {c} {cr} on {dt}"]), c=ci.any(rng), cr=tech_cred(rng),
         dt=date(rng))
    return d


def dose_creep(rng):
    """CT dose-creep investigation report listing outlier exams."""
    d = Doc("CT")
    phys, lead, rad = Person(rng), Person(rng), Person(rng)
    fac = facility(rng)
    d.ln(rng.choice(["CT Dose Creep Investigation", "RADIATION SAFETY - Dose index review", "DIR outlier report (CT)",
                     "Medical physics: protocol drift review"]))
    d.ln(rng.choice(["Facility: {f}", "{f} - Medical Physics", "Site {f}; scanner CT-{n}".replace("{n}", str(rng.randrange(1, 6)))]),
         f=fac)
    d.ln(rng.choice(["Review period {a} to {b}", "Period: {a} - {b}", "Data pulled {a}"]), a=date(rng, fmt="iso"),
         b=date(rng, fmt="iso"))
    d.ln()
    d.put(header("FINDINGS"))
    d.ln(" Median CTDIvol for routine head rose from [[measurement|{a} mGy]] to [[measurement|{b} mGy]] after a protocol "
         "edit on {dt}.".replace("{a}", str(rng.randrange(42, 52))).replace("{b}", str(rng.randrange(58, 75))), dt=date(rng))
    d.ln()
    d.ln("Outlier exams:")
    lay = rng.randrange(2)
    for _ in range(rng.randrange(3, 6)):
        p = Person(rng)
        if lay:
            d.ln("  {acc}  {mrn}  {pt}  {dt}  DLP [[measurement|{v} mGy-cm]]".replace("{v}", str(rng.randrange(900, 2400))),
                 acc=accession(rng), mrn=mrn(rng), pt=p.any(rng, ("LFn", "LF", "hl7")), dt=date(rng, fmt="mdy"))
        else:
            d.w("  - {pt}, ", pt=p.any(rng, ("full", "LF")))
            d.put(age_over(rng) if rng.random() < 0.25 else age_under(rng))
            d.ln(", acc {acc}, {dt} {tm}: CTDIvol [[measurement|{v} mGy]]".replace("{v}", str(rng.randrange(60, 95))),
                 acc=accession(rng), dt=date(rng), tm=time(rng))
    d.ln()
    d.ln("Root cause: tube-current modulation reference edited from workstation {ip} by a user account assigned to "
         "{l}.", ip=ip(rng), l=lead.any(rng, ("full", "il")))
    d.put(header("RECOMMENDATION"))
    d.ln(" Restore reference mAs; re-audit in [[measurement|30 days]].")
    d.ln(rng.choice(["{p}, PhD, DABR", "Physicist: {p}", "{p} ({ph})"]), p=phys.any(rng, ("full", "fml")), ph=phone(rng))
    if rng.random() < 0.5:
        d.ln("Reviewed with {r}, {c}, on {dt}.", r=rad.name("full"), c=cred(rng, True), dt=date(rng))
    return d


def survey_export(rng):
    """Patient-satisfaction survey export with free-text comments (CSV or key/value)."""
    mod = rng.choice(["CT", "MR", "US", "XR", "MG"])
    d = Doc(mod)
    d.ln(rng.choice(["survey_export_radiology.csv", "Press Ganey-style export - Imaging", "Patient Experience Survey: free text",
                     "Q{q} patient comments (imaging)".replace("{q}", str(rng.randrange(1, 5)))]))
    kv = rng.random() < 0.5
    if not kv:
        d.ln("resp_id,visit_date,site,exam,score,comment,callback")
    for _ in range(rng.randrange(2, 4)):
        p, staff = Person(rng), Person(rng)
        rid = account(rng)
        c = rng.choice([
            "{st} the tech was wonderful, explained everything",
            "waited 2 hrs. My name is {p} and nobody called me back at {ph}",
            "Dr. {stl} read my {ex} same day. Thank you!",
            "front desk had my birthday wrong ({dob}) again",
            "please tell {st} thank you from {p}, age {ao}",
        ])
        if kv:
            d.ln("Response: {rid}", rid=rid)
            d.ln("  Visit: {dt}   Site: {f}", dt=date(rng), f=facility(rng))
            d.ln("  Rating: {s}/5".replace("{s}", str(rng.randrange(1, 6))))
            d.ln("  Comment: " + c, st=staff.any(rng, ("first", "full")), p=p.any(rng, ("full", "first")),
                 ph=phone(rng), stl=staff.name("last"), ex=exam(rng, mod), dob=date(rng, dob_for(rng, 60)),
                 ao=("AGE_OVER_89", str(old_age(rng))))
            if rng.random() < 0.4:
                d.ln("  Contact OK: {em}", em=email(rng, p))
        else:
            d.w("{rid},{dt},\"{f}\",", rid=rid, dt=date(rng, fmt="mdy"), f=facility(rng))
            d.w("\"" + exam(rng, mod) + "\",{s},\"".replace("{s}", str(rng.randrange(1, 6))))
            d.w(c, st=staff.any(rng, ("first", "full")), p=p.any(rng, ("full", "first")), ph=phone(rng),
                stl=staff.name("last"), ex=exam(rng, mod), dob=date(rng, dob_for(rng, 60)),
                ao=("AGE_OVER_89", str(old_age(rng))))
            d.ln("\",{cb}", cb=phone(rng) if rng.random() < 0.5 else "")
    return d


def loaner_agreement(rng):
    """Equipment loaner agreement: a patient borrows a device while their own is unavailable for an MRI visit."""
    d = Doc("MR")
    pt, staff, wit = Person(rng), Person(rng), Person(rng)
    dev = rng.choice(["insulin pump", "continuous glucose monitor reader", "cochlear implant sound processor",
                      "wearable cardioverter vest", "bone growth stimulator"])
    d.ln(rng.choice(["EQUIPMENT LOANER AGREEMENT", "Patient Device Loan Form", "Loaner device agreement - MRI",
                     "Temporary equipment loan (imaging)"]))
    d.ln(rng.choice(["{f}", "{f}, Biomedical Engineering", "Issued by {f}"]), f=facility(rng))
    d.ln()
    d.ln(rng.choice(["Borrower: {p}", "Patient / borrower: {p}", "Name of patient: {p}"]), p=pt.any(rng, ("full", "LF", "fml")))
    d.ln("Address: {a}", a=address_line(rng))
    d.ln(rng.choice(["Phone: {ph}", "Tel {ph}   Alt {ph2}"]), ph=phone(rng), ph2=phone(rng))
    d.ln("MRN: {m}   Account: {ac}", m=mrn(rng), ac=account(rng))
    if rng.random() < 0.3:
        d.ln("SSN (deposit waiver): {s}", s=ssn(rng))
    d.ln()
    d.ln("Device loaned: " + dev)
    d.ln(rng.choice(["Loaner serial: {s}", "S/N {s}", "Serial number {s} (loaner)"]), s=serial(rng))
    d.ln(rng.choice(["Patient's own unit serial: {s} (held in MRI Zone II locker)", "Own device S/N {s} - removed before scan"]),
         s=serial(rng))
    d.ln("Loan start {a} {tm}; return by {b}.", a=date(rng), tm=time(rng), b=date(rng, fmt=rng.choice(["md", "md_long", "mdy"])))
    d.ln()
    d.ln("Reason: {ex} scheduled; own device is MR Unsafe. [[sequence|DWI]] and [[sequence|T2 FLAIR]] acquired.",
         ex=exam(rng, "MR"))
    d.ln("The borrower agrees to return the device in working order or pay the replacement cost.")
    d.ln()
    d.ln("Borrower signature: {p}      Date: {dt}", p=pt.name("full"), dt=date(rng, fmt="mdy"))
    if rng.random() < 0.5:
        d.ln("Guardian (if minor): {g}", g=Person(rng, last=pt.last).name("full"))
    d.ln("Issued by: {s}, {c}    Witness: {w}", s=staff.any(rng, ("full", "il")), c=cred(rng), w=wit.any(rng, ("full", "il")))
    return d


def voice_commands(rng):
    """Structured log of voice-assistant commands spoken in a reading room."""
    mod = rng.choice(["CT", "MR", "US", "XR", "MG"])
    d = Doc(mod)
    rad = Person(rng)
    d.ln(rng.choice(["voice-assistant audit log", "# ReadingRoom Voice: command history", "VOICE CMD LOG export",
                     "[speech-nav] session trace"]))
    d.ln(rng.choice(["station=RR-{n} host={ip}", "Workstation {ip} (RR{n})", "ws: {ip}"]).replace("{n}", str(rng.randrange(1, 12))),
         ip=ip(rng))
    d.ln(rng.choice(["operator: {r}", "Session user {r}", "user_display=\"{r}\""]), r=rad.any(rng, ("full", "LF", "il")))
    d.ln()
    style = rng.randrange(2)
    for _ in range(rng.randrange(4, 7)):
        p = Person(rng)
        utt = rng.choice([
            ("open worklist for {p}", dict(p=p.any(rng, ("full", "lf")))),
            ("show prior {ex} for MRN {m}", dict(ex=exam(rng, mod), m=mrn(rng))),
            ("dictate impression: {f}", dict(f=finding(rng, mod))),
            ("call {p} at {ph}", dict(p=p.any(rng, ("full", "il")), ph=phone(rng))),
            ("compare with study from {dt}", dict(dt=date(rng, fmt=rng.choice(["long", "md_long", "mdy"])))),
            ("open accession {a}", dict(a=accession(rng, mod))),
            ("hanging protocol [[sequence|{s}]] first".replace("{s}", rng.choice(["T2 FLAIR", "DWI", "STIR", "SWI"])), {}),
            ("measure [[anatomy|left kidney]] length", {}),
        ])
        if style:
            d.w("{dt}T{tm} intent=", dt=date(rng, fmt="iso"), tm=time(rng, "hms"))
            d.w(rng.choice(["nav", "dictate", "phone", "search"]) + " text=\"")
            d.w(utt[0], **utt[1])
            d.ln("\" conf=0.{c}".replace("{c}", str(rng.randrange(70, 99))))
        else:
            d.w("[{tm}] \"", tm=time(rng, rng.choice(["hms", "ampm"])))
            d.w(utt[0], **utt[1])
            d.ln("\" -> " + rng.choice(["OK", "not understood", "confirmed"]))
    return d


STYLES = {"student_clinical_log": student_clinical_log, "dose_creep": dose_creep, "survey_export": survey_export,
          "loaner_agreement": loaner_agreement, "voice_commands": voice_commands}
