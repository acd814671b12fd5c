"""Prose styles 1-5: respirator clearance letters, hospice imaging declines, BMT timelines, research incidental
disclosures, relay-service call transcripts."""

from __future__ import annotations

from b24_builder import Doc
from b24_clinical import age_under, cred, exam, finding, findings, header, nurse_cred, year
from b24_pools import (Person, account, accession, address_line, age_over, date, dob_for, email, facility, mrn,
                       old_age, phone, time, url)


def resp_clearance(rng):
    """Occupational-health respirator clearance letter after a screening chest film."""
    d = Doc("XR")
    pt, rad, sup = Person(rng), Person(rng), Person(rng)
    fac = facility(rng)
    d.ln(rng.choice(["{fac} | Occupational Health", "OCCUPATIONAL MEDICINE - {fac}", "Employee Health Service",
                     "Respirator Medical Evaluation (OSHA 1910.134)", "{fac}, Occupational & Environmental Health"]),
         fac=fac)
    d.ln(rng.choice(["Date: {dt}", "{dt}", "Letter dated {dt}", "Issued {dt} at {tm}"]), dt=date(rng), tm=time(rng))
    d.ln()
    d.ln(rng.choice(["To: {sup}, Safety Officer", "Attn: {sup} (site safety lead)", "Dear {sup},", "Dear Mr./Ms. {s2},"]),
         sup=sup.any(rng), s2=sup.name("last"))
    d.ln()
    a = age_under(rng, 22, 64, adj=True)
    d.ln(rng.choice([
        "Re: {pt}, DOB {dob}, MRN {mrn}",
        "RE: {pt} ({dob})",
        "Employee: {pt}    Medical record: {mrn}",
        "Subject - clearance for {pt}, born {dob}",
    ]), pt=pt.any(rng, ("LF", "full", "fml", "lfm")), dob=date(rng, dob_for(rng, 40)), mrn=mrn(rng))
    d.ln()
    d.w(rng.choice([
        "{t} {last} is a {age} abrasive blaster referred for a baseline {ex} before fit testing. ",
        "We reviewed the {ex} obtained for {first}, a {age} tunnel worker with {p2} silica exposure since {yr}. ",
        "As requested, {t} {last} ({age}) completed the {ex} on {dt} at {tm}. ",
    ]), t=pt.title, last=pt.name("last"), first=pt.name("first"), age=a, ex=exam(rng, "XR"), p2=pt.pron[2],
        yr=year(rng), dt=date(rng), tm=time(rng))
    d.w("ILO reading by a certified B reader: small opacities profusion [[score|0/1]], ")
    d.ln(rng.choice(["no pleural plaques.", "no large opacities, [[anatomy|costophrenic angles]] sharp."]))
    for f in findings(rng, "XR", rng.randrange(1, 3)):
        d.ln(f)
    if rng.random() < 0.5:
        d.ln("Spirometry on {dt}: FEV1 [[measurement|82%]] predicted.", dt=date(rng, fmt="md"))
    d.ln()
    d.ln(rng.choice([
        "{first} is cleared for a half-face elastomeric respirator. Repeat film in [[year|2028]] unless symptoms change.",
        "Clearance is granted without restriction. Please have {t} {last} call {ph} with questions.",
        "Cleared for N95 and PAPR. Questions to our office at {ph} or {em}.",
    ]), first=pt.name(rng.choice(["first", "short"])), t=pt.title, last=pt.name("last"), ph=phone(rng), em=email(rng, rad))
    d.ln()
    d.ln(rng.choice(["{rad}, {c}", "Reviewed by {rad} {c}", "-- {rad}, {c}, B Reader"]), rad=rad.any(rng), c=cred(rng, True))
    if rng.random() < 0.5:
        d.ln("cc: {sup}; chart {acc}", sup=sup.name("il"), acc=accession(rng, "XR"))
    return d


def hospice_decline(rng):
    """Hospice / comfort-care note documenting that ordered imaging was declined."""
    mod = rng.choice(["CT", "MR", "US"])
    d = Doc(mod)
    pt, rn, md = Person(rng), Person(rng, "F"), Person(rng)
    rel, rsex = rng.choice([("daughter", "F"), ("son", "M"), ("niece", "F"), ("husband", "M"), ("wife", "F"),
                            ("grandson", "M"), ("partner", rng.choice("FM"))])
    fam = Person(rng, rsex, pt.last if rng.random() < 0.6 else None)
    age = old_age(rng) if rng.random() < 0.6 else None
    d.ln(rng.choice(["Comfort Care Note - Imaging", "HOSPICE NURSING NOTE", "Palliative care: imaging declined",
                     "Goals-of-care addendum"]))
    d.ln(rng.choice(["{pt} | MRN {mrn} | {dt}", "Patient: {pt}   Visit {dt} {tm}", "{dt} {tm} - {pt}",
                     "Pt {pt}, seen at {fac}"]), pt=pt.any(rng), mrn=mrn(rng), dt=date(rng), tm=time(rng),
         fac=facility(rng))
    d.ln()
    if age:
        d.w("{t} {last} is a ", t=pt.title, last=pt.name("last"))
        d.put(age_over(rng, age, "adj"))
        d.w(" {sx} with metastatic disease, now enrolled in hospice since {dt}. ",
            sx=rng.choice(["woman" if pt.sex == "F" else "man", "retired teacher", "veteran"]), dt=date(rng, fmt=rng.choice(["md_long", "md", "long"])))
    else:
        d.w("{first} is a {a} patient on home hospice with end-stage heart failure. ", first=pt.name("first"),
            a=age_under(rng, 60, 89, adj=True))
    d.ln("The {ex} had been ordered by {md} after a fall on {dt}.", ex=exam(rng, mod), md=md.any(rng, ("il", "full", "last")),
         dt=date(rng))
    d.ln()
    d.w("I met with {p2} {rel}, {fam}, at the bedside. ", p2=pt.pron[2], rel=rel, fam=fam.any(rng, ("full", "nick", "fml")))
    d.w(rng.choice(["{f} said the patient \"has had enough scans\" and asked that the study be cancelled. ",
                    "{f} felt the trip to {fac} would be too hard and declined the scan. ",
                    "After discussion, {f} and the patient agreed transport is not in keeping with comfort goals. "]),
        f=fam.name("first"), fac=facility(rng))
    d.ln("Prior imaging from [[year|{y}]] showed the primary lesion; current question: {fd}".replace("{y}", str(rng.randrange(2015, 2024))),
         fd=finding(rng, mod, True))
    d.ln("Order {acc} cancelled at {tm}; radiology notified by phone.", acc=accession(rng, mod), tm=time(rng))
    if rng.random() < 0.6:
        d.ln("Family contact: {fam}, {ph}.", fam=fam.name("full"), ph=phone(rng))
    d.ln()
    d.ln(rng.choice(["{rn}, {c}", "Signed: {rn} {c}, hospice RN", "{rn} ({c})"]), rn=rn.any(rng), c=nurse_cred(rng))
    return d


def bmt_timeline(rng):
    """Bone-marrow-transplant imaging timeline written as a running narrative."""
    d = Doc("CT")
    pt, onc, rad = Person(rng), Person(rng), Person(rng)
    donor = Person(rng, last=pt.last if rng.random() < 0.5 else None)
    fac = facility(rng)
    d.ln(rng.choice(["BMT Imaging Timeline", "Transplant imaging summary for clinic", "HCT day-count imaging recap",
                     "Stem cell transplant - imaging history"]))
    d.ln(rng.choice(["{pt}  MRN {mrn}", "{pt} / {mrn} / DOB {dob}", "Patient {pt}, {fac}", "For {onc}: {pt}"]),
         pt=pt.any(rng, ("LF", "lfm", "full")), mrn=mrn(rng), dob=date(rng, dob_for(rng, 45)), fac=fac,
         onc=onc.any(rng, ("il", "full")))
    d.ln()
    d.ln("{t} {last} is a {a} with relapsed [[eponym|Hodgkin lymphoma]] who received an allogeneic transplant on {dt} "
         "at {fac}. The donor was {p2} {rel}, {don}.", t=pt.title, last=pt.name("last"), a=age_under(rng, 19, 70),
         dt=date(rng), fac=fac, p2=pt.pron[2], rel=rng.choice(["brother", "sister", "cousin"]), don=donor.any(rng))
    steps = [("Pre-transplant", "Deauville 4"), ("Day +30", "Deauville 3"), ("Day +100", "Deauville 2"),
             ("One year", "Deauville 1")]
    for label, sc in steps[:rng.randrange(2, 5)]:
        d.w("{lab} [[modality|PET/CT]] on {dt}", lab=label, dt=date(rng))
        if rng.random() < 0.4:
            d.w(" ({acc})", acc=accession(rng, "PT"))
        d.ln(": [[score|{s}]]; {f}".replace("{s}", sc), f=finding(rng, "CT", True))
    if rng.random() < 0.5:
        d.ln("Sinus [[modality|CT]] on {dt} for fever showed mucosal thickening of the [[anatomy|maxillary sinus]].",
             dt=date(rng, fmt="md_long"))
    d.ln()
    d.ln(rng.choice(["Images available at {u}.", "Questions: {rad}, {ph}.", "Next scan due {dt}; book via {ph}."]),
         u=url(rng), rad=rad.name("full"), ph=phone(rng), dt=date(rng, fmt="md"))
    d.ln("-- {onc}, {c}", onc=onc.any(rng, ("full", "fml")), c=cred(rng, True))
    return d


def incidental_disclosure(rng):
    """Letter from a research MRI study disclosing an incidental finding to the participant."""
    d = Doc("MR")
    pt, pi, coord = Person(rng), Person(rng), Person(rng, "F")
    gp = Person(rng)
    d.ln(rng.choice(["{fac} - Human Imaging Research Core", "RESEARCH MRI PROGRAM", "Brain Health Study, {fac}",
                     "{fac} Clinical Research Office"]), fac=facility(rng))
    if rng.random() < 0.7:
        d.ln("{addr}", addr=address_line(rng))
    d.ln(rng.choice(["{dt}", "Sent {dt}", "Date: {dt}"]), dt=date(rng, fmt=rng.choice(["long", "dmy_long", "mdy"])))
    d.ln()
    d.ln("{pt}", pt=pt.any(rng, ("full", "fml")))
    d.ln("{addr}", addr=address_line(rng))
    d.ln()
    d.ln(rng.choice(["Dear {n},", "Dear {t} {l}:", "Hello {n},"]), n=pt.name(rng.choice(["first", "short"])), t=pt.title,
         l=pt.name("last"))
    d.ln()
    d.ln("Thank you for taking part in our study (participant {sid}). Your research scan on {dt} was reviewed by a "
         "neuroradiologist as our protocol requires. Research scans use fewer sequences than clinical ones "
         "([[sequence|T1 MPRAGE]], [[sequence|T2 FLAIR]] and [[sequence|DWI]] only).",
         sid=account(rng), dt=date(rng))
    d.ln()
    d.ln("The review noted: {f} This is not an emergency, but we recommend you share it with your doctor, {gp}.",
         f=finding(rng, "MR"), gp=gp.any(rng, ("full", "il")))
    if rng.random() < 0.6:
        d.ln("With your permission we have faxed the report to {fac} ({ph}).", fac=facility(rng), ph=phone(rng))
    d.ln()
    d.ln(rng.choice(["Please call {c} at {ph} or write to {em}.", "Our coordinator {c} can be reached at {ph}.",
                     "Questions may go to {em}."]), c=coord.name("full"), ph=phone(rng), em=email(rng, coord))
    d.ln()
    d.ln("Sincerely,")
    d.ln("{pi}, {cr}, Principal Investigator", pi=pi.any(rng, ("full", "fml")), cr=cred(rng, True))
    return d


def relay_call(rng):
    """Transcript of a telecommunications relay service (TRS) call with a deaf patient."""
    mod = rng.choice(["US", "CT", "MR"])
    d = Doc(mod)
    pt, sched = Person(rng), Person(rng, "F")
    op = rng.randrange(1000, 9999)
    d.ln(rng.choice(["TRS CALL LOG", "Relay call transcript (captioned)", "IP Relay session - Radiology Scheduling",
                     "Video relay call notes"]))
    d.ln(rng.choice(["{dt} {tm}", "Start {tm} on {dt}", "Call date {dt}"]), dt=date(rng), tm=time(rng))
    d.ln()
    d.ln("OPERATOR {op}: Hello, this is the relay service with a call from a deaf caller. GA".replace("{op}", str(op)))
    d.ln("SCHEDULER: Radiology scheduling, this is {s}. GA", s=sched.name(rng.choice(["first", "full"])))
    d.ln("CALLER: Hi {s}. My name is {pt} and I need to move my {ex}. GA", s=sched.name("first"),
         pt=pt.any(rng, ("full", "nick", "fml")), ex=exam(rng, mod))
    d.ln("SCHEDULER: Can you give me your date of birth? GA")
    d.ln("CALLER: {dob}. GA", dob=date(rng, dob_for(rng, 50), fmt=rng.choice(["long", "mdy", "mdy2"])))
    if rng.random() < 0.5:
        d.ln("CALLER: My chart number is {mrn} if that helps. GA", mrn=mrn(rng))
    d.ln("SCHEDULER: I see it for {dt} at {tm}. What works better? GA", dt=date(rng, fmt=rng.choice(["md_long", "md"])),
         tm=time(rng, "ampm"))
    d.ln("CALLER: Anything after {tm}. I work at the bakery until then. Please send the new time to {em}. GA",
         tm=time(rng, "ampm"), em=email(rng, pt))
    d.ln("SCHEDULER: Done, {dt} at {tm} at {fac}. Bring your insurance card. GA", dt=date(rng), tm=time(rng),
         fac=facility(rng))
    if rng.random() < 0.5:
        d.ln("CALLER: Last time the interpreter did not come. Please book an ASL interpreter. GA")
        d.ln("SCHEDULER: Noted on the order. GA")
    d.ln("CALLER: Thank you. SK")
    d.ln()
    d.ln(rng.choice(["Note by {s}: callback number {ph} (VRS).", "Callback {ph}. Entered by {s}.",
                     "Documented by {s}."]), s=sched.name(rng.choice(["il", "full"])), ph=phone(rng))
    return d


STYLES = {"resp_clearance": resp_clearance, "hospice_decline": hospice_decline, "bmt_timeline": bmt_timeline,
          "incidental_disclosure": incidental_disclosure, "relay_call": relay_call}
