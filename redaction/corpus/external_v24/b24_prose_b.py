"""Prose styles 6-10: nursing SBAR handovers, insurance special-investigation letters, lecture transcripts,
team-physician e-mails, correctional telemedicine notes."""

from __future__ import annotations

from b24_builder import Doc
from b24_clinical import age_under, cred, exam, finding, findings, header, nurse_cred, year
from b24_pools import (Person, account, accession, address_line, age_over, date, dob_for, email, facility, ip, mrn,
                       old_age, phone, plan_id, serial, ssn, street, time, url, city_state, zipcode)


def sbar_handover(rng):
    """Radiology nursing handover in SBAR form (recovery bay to ward)."""
    mod = rng.choice(["CT", "MR", "XR"])
    d = Doc(mod)
    pt, rn1, rn2, md = Person(rng), Person(rng), Person(rng), Person(rng)
    d.ln(rng.choice(["Radiology Nursing Handover (SBAR)", "IR recovery -> ward handoff", "SBAR - radiology nursing",
                     "Handover note, imaging recovery bay {b}".replace("{b}", str(rng.randrange(1, 9)))]))
    d.ln(rng.choice(["From {a} to {b} at {tm}", "{dt} {tm}  {a} -> {b}", "Given by {a}; received by {b}", "{a} handing off to {b}, {dt}"]),
         a=rn1.any(rng, ("full", "il", "first")), b=rn2.any(rng, ("full", "il", "first")), dt=date(rng), tm=time(rng))
    if rng.random() < 0.5:
        d.ln(rng.choice(["Unit: {f}", "Receiving unit 6 West, {f}", "Pt from ED, {f}"]), f=facility(rng))
    d.ln()
    old = rng.random() < 0.4
    d.put(header("SITUATION"))
    d.w(" {pt} ", pt=pt.any(rng))
    d.put(age_over(rng) if old else ["(", age_under(rng), ")"])
    d.ln(", bed {b}, back from {ex}. Drowsy but rousable.".replace("{b}", f"{rng.randrange(1, 40)}{rng.choice('ABC')}"),
         ex=exam(rng, mod))
    d.put(header("BACKGROUND"))
    d.ln(" Known [[eponym|{e}]] since [[year|{y}]]; anticoagulated. MRN {mrn}.".replace("{e}", rng.choice(
        ["Parkinson disease", "Crohn disease", "Addison disease", "Graves disease"])).replace("{y}", str(rng.randrange(2001, 2023))),
        mrn=mrn(rng))
    d.put(header("ASSESSMENT"))
    d.ln(" Vitals stable at {tm}. {f} Site at the [[anatomy|right common femoral artery]] clean.", tm=time(rng),
         f=finding(rng, mod))
    d.put(header("RECOMMENDATION"))
    d.ln(rng.choice([" Obs q15min for 1 h; call {md} on {ph} if bleeding.",
                     " Keep flat until {tm}. {md} will review the images and phone the ward.",
                     " Family ({fam}, {ph}) asked to be called on arrival."]),
         md=md.any(rng, ("il", "full", "last")), ph=phone(rng), tm=time(rng), fam=Person(rng, last=pt.last).name("full"))
    if rng.random() < 0.5:
        d.ln("Acc {acc}. Meds given in department: fentanyl [[measurement|50 mcg]] at {tm}, midazolam [[measurement|1 mg]]."
             , acc=accession(rng, mod), tm=time(rng))
    if rng.random() < 0.4:
        d.ln("Prior [[vertebral_level|L2]] kyphoplasty ({dt}); allergy to iodinated contrast - premedicated per protocol.",
             dt=date(rng, fmt=rng.choice(["mdy", "mon_abbr", "md"])))
    d.ln(rng.choice(["{a}, {c}", "Handed over by {a} {c}; read-back complete"]), a=rn1.name(rng.choice(["full", "fml"])),
         c=nurse_cred(rng))
    return d


def fraud_inquiry(rng):
    """Letter from a health plan special investigations unit asking radiology for records."""
    mod = rng.choice(["XR", "MR", "CT"])
    d = Doc(mod)
    inv, pt, ref = Person(rng), Person(rng), Person(rng)
    d.ln(rng.choice(["Special Investigations Unit", "SIU - Payment Integrity", "Fraud, Waste & Abuse Department",
                     "CONFIDENTIAL - Investigative Request"]))
    d.ln(rng.choice(["Case {c}", "SIU file {c}", "Our reference: {c}"]).replace("{c}", f"SIU-{rng.randrange(10**5, 10**6)}"))
    d.ln()
    d.ln(rng.choice(["{dt}", "Date of request: {dt}"]), dt=date(rng, fmt=rng.choice(["long", "mon_abbr", "mdy"])))
    d.ln()
    d.ln("Health Information Management, {fac}", fac=facility(rng))
    d.ln()
    d.ln(rng.choice(["Re: Member {pt}, ID {pid}", "RE: {pt} / member no. {pid} / SSN {ss}", "Subject: {pt} (ID {pid})"]),
         pt=pt.any(rng, ("LF", "full", "lfm")), pid=plan_id(rng), ss=ssn(rng))
    d.ln()
    d.w("Our unit is reviewing claims billed under account {acct} for {ex} dated {dt}. ", acct=account(rng),
        ex=exam(rng, mod), dt=date(rng))
    d.w("The claim lists the ordering provider as {ref}, but our records show no visit with {ref2} that week. ",
        ref=ref.any(rng, ("full", "fml")), ref2=ref.name("last"))
    d.ln("The member, {a}, also reports never having had the study.", a=rng.choice([age_under(rng), age_over(rng)]))
    if rng.random() < 0.6:
        d.ln("Member address on file: {addr}.", addr=address_line(rng))
    d.ln()
    d.ln("Please send the report, the image acquisition log (including modality station {ip}) and the technologist "
         "attestation. The report we received states: \"{f}\"", ip=ip(rng), f=finding(rng, mod))
    if rng.random() < 0.5:
        d.ln("A second claim on {dt} for {ex} is also under review.", dt=date(rng, fmt="md"), ex=exam(rng, mod))
    d.ln()
    d.ln(rng.choice(["Records may be uploaded at {u} or faxed to {ph}.", "Contact me at {ph} or {em}."]), u=url(rng, "form"),
         ph=phone(rng), em=email(rng, inv))
    d.ln()
    d.ln("{inv}, Senior Investigator", inv=inv.any(rng, ("full", "fml")))
    return d


def lecture_transcript(rng):
    """Auto-generated transcript of a radiology podcast or lecture with a case anecdote."""
    mod = rng.choice(["CT", "MR", "US", "XR", "MG"])
    d = Doc(mod)
    host, guest, pt, tech = Person(rng), Person(rng), Person(rng), Person(rng)
    d.ln(rng.choice(["[Transcript] Reading Room Rounds, episode {n}", "Lecture capture - auto transcript",
                     "PODCAST: The Hot Seat ep. {n}", "Noon conference recording (machine transcript)"])
         .replace("{n}", str(rng.randrange(12, 240))))
    d.ln(rng.choice(["Recorded {dt}", "{dt} {tm}", "Recorded at {fac} on {dt}"]), dt=date(rng), tm=time(rng),
         fac=facility(rng))
    d.ln()
    d.ln("[00:00:{s:02d}] {h}: Welcome back. My guest today is {g}, who trained at {fac}.".replace(
        "{s:02d}", f"{rng.randrange(60):02d}"), h=host.name(rng.choice(["upper", "full"])), g=guest.any(rng, ("full", "fml")),
         fac=facility(rng))
    d.ln("[00:01:12] {g}: Thanks. So I want to tell you about a case from [[year|{y}]].".replace("{y}", str(rng.randrange(2008, 2024))),
         g=guest.name("upper"))
    old = rng.random() < 0.5
    d.w("[00:01:40] {g}: A ", g=guest.name("upper"))
    d.put(age_over(rng, kind="adj") if old else age_under(rng, adj=True))
    d.ln(" came in, and honestly I still remember {p} name, {pt}, because {p2} grandson {gs} was our resident.",
         p=pt.pron[2], p2=pt.pron[2], pt=pt.any(rng, ("full", "nick")), gs=Person(rng, "M", pt.last).name("full"))
    d.ln("[00:02:05] {g}: The {ex} showed, um, {f}", g=guest.name("upper"), ex=exam(rng, mod), f=finding(rng, mod, True))
    d.ln("[00:02:31] {h}: And the tech caught it?", h=host.name("upper"))
    d.ln("[00:02:33] {g}: Yes, {tech} flagged it at like {tm} on a Sunday. Shout-out to {t2}.", g=guest.name("upper"),
         tech=tech.any(rng, ("full", "first")), tm=time(rng, "ampm"), t2=tech.name("first"))
    if rng.random() < 0.6:
        d.ln("[00:03:10] {h}: For listeners, slides are at {u}.", h=host.name("upper"), u=url(rng, "form"))
    d.ln("[00:03:20] {g}: And the lesson is: {f}", g=guest.name("upper"), f=finding(rng, mod))
    return d


def team_physician_email(rng):
    """E-mail between a sports team physician and the radiology department about an athlete."""
    mod = rng.choice(["MR", "XR", "MR"])
    d = Doc(mod)
    doc_, rad, ath, at = Person(rng), Person(rng), Person(rng), Person(rng)
    if rng.random() < 0.3:
        d.ln(rng.choice(["-----Original Message-----", "Forwarded message", "[EXTERNAL] Sports Medicine"]))
    dated = rng.random() < 0.4
    if dated:
        d.ln("Date: {dt} {tm}", dt=date(rng, fmt=rng.choice(["long", "mdy", "mon_abbr"])), tm=time(rng, "ampm"))
    d.ln(rng.choice(["From: {a} <{ea}>", "From: \"{a}\" <{ea}>", "From: {ea}", "FROM: {a}"]), a=doc_.any(rng, ("full", "lf")),
         ea=email(rng, doc_))
    d.ln(rng.choice(["To: {r} <{er}>", "To: {er}", "TO: Radiology reading room; {r}"]), r=rad.any(rng, ("full", "il")),
         er=email(rng, rad))
    if rng.random() < 0.6:
        d.ln("Cc: {at} (head athletic trainer)", at=at.name("full"))
    if not dated:
        d.ln("Sent: {dt} {tm}", dt=date(rng, fmt=rng.choice(["long", "mdy", "mon_abbr"])), tm=time(rng, "ampm"))
    d.ln("Subject: {s}", s=rng.choice(["urgent read before Saturday", "athlete imaging - please expedite",
                                       "Re: shoulder MRI", "return-to-play question"]))
    d.ln()
    d.ln(rng.choice(["Hi {f},", "{f} -", "Dr. {l},", "Dear Dr. {l}:"]), f=rad.name("first"), l=rad.name("last"))
    d.ln()
    d.w("Our {a} forward, {ath} (DOB {dob}, MRN {mrn}), ", a=rng.choice(["sophomore", "senior", "starting"]),
        ath=ath.any(rng, ("full", "nick", "fml")), dob=date(rng, dob_for(rng, 20)), mrn=mrn(rng))
    d.ln("had the {ex} this morning at {fac} after a collision in practice on {dt}.", ex=exam(rng, mod),
         fac=facility(rng), dt=date(rng, fmt=rng.choice(["md_long", "md", "mon_dot"])))
    if rng.random() < 0.3:
        d.ln("Also has low back pain; rule out pars stress reaction at [[vertebral_level|L4]].")
    d.ln("Coach wants to know about Saturday. Please don't discuss with {p} parents until I talk with {ath}.",
         p=ath.pron[2], ath=ath.name("first"))
    d.ln()
    d.ln("Thanks,")
    d.ln(rng.choice(["{a}, {c}", "{f}", "{a}, {c}, Team Physician"]), a=doc_.name(rng.choice(["full", "fml"])),
         f=doc_.name("first"), c=cred(rng, True))
    if rng.random() < 0.6:
        d.ln("Cell {ph}", ph=phone(rng))
    d.ln()
    d.ln("> Preliminary: {f}", f=finding(rng, mod))
    if rng.random() < 0.5:
        d.ln("> Images: {u}", u=url(rng, "viewer"))
    return d


def prison_telemed(rng):
    """Telemedicine note for an incarcerated patient seen over video from a correctional facility."""
    mod = rng.choice(["CT", "XR", "US"])
    d = Doc(mod)
    pt, md, co = Person(rng), Person(rng), Person(rng)
    cf = ("FACILITY", rng.choice(["Harlan Ridge Correctional Facility", "Pine Hollow State Prison",
                                  "Tri-County Detention Center", "Kestrel Valley Correctional Institution"]))
    d.ln(rng.choice(["Correctional Telehealth Consult", "TELEMEDICINE NOTE - DOC", "Video visit (secure) - radiology results",
                     "Inmate telehealth: imaging follow-up"]))
    d.ln(rng.choice(["Site: {cf}   Date: {dt}", "{dt} {tm} | {cf}", "Originating site {cf}"]), cf=cf, dt=date(rng),
         tm=time(rng))
    d.ln(rng.choice(["Patient: {pt}  DOC# {did}  MRN {mrn}", "{pt}, MRN {mrn}", "Name {pt} / MRN {mrn}"]),
         pt=pt.any(rng, ("LF", "LFn", "lf")), did=account(rng), mrn=mrn(rng))
    d.ln()
    d.w("{t} {l} is ", t=pt.title, l=pt.name("last"))
    d.put(["a ", age_under(rng, adj=True), " man" if pt.sex == "M" else " woman"] if rng.random() < 0.7
          else ["", age_over(rng, kind="pred")])
    d.ln(" and was escorted to the telehealth room by Officer {co}, who stepped out for the discussion.",
         co=co.name(rng.choice(["last", "full"])))
    d.ln("We reviewed the {ex} performed at {fac} on {dt} ({acc}).", ex=exam(rng, mod), fac=facility(rng),
         dt=date(rng), acc=accession(rng, mod))
    for f in findings(rng, mod, rng.randrange(1, 3)):
        d.ln("- " + f)
    if rng.random() < 0.3:
        d.ln("Records verified against DOC face sheet (SSN {s}).", s=ssn(rng))
    d.ln("{p} asked whether {p2} sister {sis} in {city} could be told the results; release form to be signed.",
         p=pt.pron[0].capitalize(), p2=pt.pron[2], sis=Person(rng, "F").any(rng, ("full", "first")), city=city_state(rng)[0])
    d.ln()
    d.ln("{md}, {c}  (distant site, {tm})", md=md.any(rng, ("full", "fml")), c=cred(rng, True), tm=time(rng))
    return d


STYLES = {"sbar_handover": sbar_handover, "fraud_inquiry": fraud_inquiry, "lecture_transcript": lecture_transcript,
          "team_physician_email": team_physician_email, "prison_telemed": prison_telemed}
