"""Prose styles 1-5: navigator note, RSO medical-event memo, child-life prep, occupational exposure, bariatric routing."""

from __future__ import annotations


def _sents(g, d, sents, shuffle=True, sep=" "):
    sents = list(sents)
    if shuffle:
        g.r.shuffle(sents)
    for k, s in enumerate(sents):
        if k:
            d.add(sep)
        d.add(*s())


def breast_navigator_note(g, d):
    p, nav, rad = g.person(), g.person(), g.person()
    d.add(g.pick("Breast Health Navigation - Progress Note\n", "NAVIGATOR NOTE\n", "Nurse navigator follow-up\n\n"))
    d.add("Patient: ", p.any(), g.pick("  DOB ", "  D.O.B. ", "  Birth date: "), g.dob(), "\n")
    d.add(g.pick("MRN ", "Med rec #: ", "Chart no. "), g.mrn(), "\n\n")
    age = g.young(35, 79) if g.maybe(0.8) else g.old()
    _sents(g, d, [
        lambda: ["Called ", p.poss()[0], p.poss()[1], g.pick(" cell", " home line", " mobile"), " at ", g.phone(), " on ",
                 g.date(), " at ", g.time(), " to review the diagnostic ", g.mod("mammogram"), " result."],
        lambda: [g.pick("Ms. ", "Mrs. ", "Patient "), p.sur(), " is a ", age, "-year-old referred after screening called back a ",
                 g.meas(), " mass in the ", g.anat(), ", now ", g.score("birads"), "."],
        lambda: ["Biopsy booked at ", g.fac(), g.pick(" for ", " on "), g.date(), ", arrival ", g.time(), "."],
        lambda: ["She asked that her sister, ", g.person().full(), ", be allowed to hear results; verbal consent documented."],
        lambda: ["Reading radiologist Dr. ", rad.sur(), " (", g.cred("MD"), ") reviewed ",
                 g.pick("tomosynthesis", "the spot compression views"), " before the call."],
    ])
    d.add("\n\n", g.pick("Transportation: ", "Barriers: "), g.pick("needs ride from ", "lives alone at "), *g.addr(), ".")
    if g.maybe():
        d.add(" Insurance member ID ", g.plan(), " verified for the core biopsy.")
    if g.maybe(0.6):
        d.add(" Portal invite sent to ", p.email(), ".")
    d.add("\n\n", nav.full(), ", ", g.cred(g.pick("RN", "BSN", "RN, BSN")), g.pick(" | Breast Navigator | ext ", " - pager "),
          g.ext(), "\n")
    return "MG"


def rso_medical_event_memo(g, d):
    p, au, rso, tech = g.person(), g.person(), g.person(), g.person()
    iso = g.pick("I-131", "Lu-177 dotatate", "Ra-223", "Y-90 microspheres", "Tc-99m MAA")
    d.add(g.pick("MEMORANDUM - Radiation Safety Office\n", "RSO Medical Event Evaluation (draft)\n",
                 "To: Radiation Safety Committee\nRe: possible reportable medical event\n"))
    d.add("Date of memo: ", g.date(), "\n", g.pick("Prepared by: ", "From: "), rso.full(), ", ", g.cred("CHP"), "\n\n")
    _sents(g, d, [
        lambda: ["On ", g.date(), " at ", g.time(), ", patient ", p.any(), " (MRN ", g.mrn(), ") received ", iso,
                 " administered by authorized user Dr. ", au.sur(), "."],
        lambda: ["The written directive specified one activity; the dose calibrator (serial ", g.serial(),
                 ") record shows a deviation of more than 20 percent."],
        lambda: ["The patient, ", g.old() if g.maybe(0.4) else g.young(40, 88), " years of age, was contacted at ",
                 g.phone(), " and informed per policy."],
        lambda: ["Nuclear medicine technologist ", tech.full(), " (", g.cred("CNMT"), ") drew the dose from vial lot ",
                 g.digits(5), "."],
        lambda: ["Post-therapy ", g.mod("SPECT/CT"), " showed uptake in the ", g.anat(), " as expected."],
    ])
    d.add("\n\n", g.hdr("Corrective action"), ": ", g.pick("retraining and two-person verification", "software interlock on the"
          " dose worksheet", "revised written-directive template"), ". Referring site: ", g.fac(), ".")
    if g.maybe():
        d.add(" Notification letter mailed to ", *g.addr(), ".")
    d.add("\nAccession ", g.acc(), g.pick(" retained for the file.", " linked in the event database."), "\n")
    return "CT"


def child_life_prep_note(g, d):
    kid, mom, cl = g.person(), g.person(), g.person()
    mom.last = kid.last
    d.add(g.pick("Child Life Services - Imaging Preparation\n", "CHILD LIFE NOTE (MRI prep)\n", "Child life specialist note\n"))
    d.add(g.pick("Pt: ", "Patient name: "), kid.any(), "   ", g.pick("DOB: ", "Birthdate "), g.dob(), "\n")
    d.add("Visit: ", g.date(), g.pick(" @ ", " at "), g.time(), "   Location: ", g.fac(short=True), "\n\n")
    age = g.young(3, 16)
    _sents(g, d, [
        lambda: [kid.first and (kid.first, "PERSON"), " is a ", age, "-year-old scheduled for ", g.mod("MRI"), " of the ",
                 g.anat(), " with ", g.seq(), " and ", g.seq(), " sequences."],
        lambda: ["Mother ", mom.full(), " reports prior needle fear; she can be reached at ", g.phone(), "."],
        lambda: ["We practised lying still with the mock scanner and the knocking-sound recording; ", kid.lower(),
                 g.pick(" giggled", " counted to 20", " chose a dinosaur sticker"), " and tolerated 6 minutes."],
        lambda: ["Plan is to attempt without sedation; ", g.score("asa"), " noted by anesthesia in case of rescue."],
        lambda: ["Video goggles booked; favourite show recorded in the chart so staff can queue it before the ",
                 g.seq(), " run."],
    ])
    d.add("\n\n", cl.full(), ", ", g.cred("CCLS"), g.pick("\nChild Life Specialist", "\ncc: ordering provider Dr. "))
    if d.buf[-1].endswith("Dr. "):
        d.add(g.person().sur())
    d.add("\n")
    return "MR"


def occ_health_exposure_note(g, d):
    emp, src, doc_ = g.person(), g.person(), g.person()
    d.add(g.pick("Employee Health - Blood/Body Fluid Exposure\n", "OCCUPATIONAL EXPOSURE NOTE\n",
                 "Occ Health visit: needlestick in IR\n"))
    d.add("Employee: ", emp.any(), "  Employee ID ", (f"EH{g.digits(6)}", "ACCOUNT_ID"), "\n")
    d.add(g.pick("Date/time of exposure: ", "Exposure occurred "), g.date(), " ", g.time(), "\n\n")
    _sents(g, d, [
        lambda: ["Employee is a ", g.young(24, 64), "-year-old ", g.pick("IR technologist", "radiology nurse", "sonographer"),
                 " who sustained a percutaneous injury with a ", g.pick("21-gauge", "18-gauge", "22-gauge Chiba"),
                 " needle during a ", g.mod("CT"), "-guided biopsy of the ", g.anat(), "."],
        lambda: ["Source patient is ", src.any(), ", MRN ", g.mrn(), ", accession ", g.acc(), "."],
        lambda: ["Source consented to rapid HIV and hepatitis panel; results phoned to ", emp.first and (emp.first, "PERSON"),
                 " at ", g.phone(), "."],
        lambda: ["Wound washed within ", g.pick("2 minutes", "5 minutes"), "; no deep puncture visible."],
        lambda: ["Workers' claim number ", (f"WC-{g.digits(7)}", "ACCOUNT_ID"), " opened with employer carrier."],
    ])
    d.add("\n\nFollow-up labs at 6 weeks, 3 months. Seen by ", doc_.full(), ", ", g.cred(g.pick("MD", "DO", "NP")),
          g.pick(", Employee Health.", ".  Clinic fax pending."), "\n")
    if g.maybe():
        d.add("Employee home address on file: ", *g.addr(), "\n")
    return "CT"


def bariatric_routing_memo(g, d):
    p, sched, phys = g.person(), g.person(), g.person()
    kg = g.r.randint(180, 290)
    d.add(g.pick("Subject: table weight limit - rerouting exam\n\n", "BARIATRIC IMAGING ROUTING MEMO\n\n",
                 "Re: accommodation for large-bore scanner\n\n"))
    d.add(g.pick("Hi team,\n\n", "To the CT front desk:\n\n", ""))
    _sents(g, d, [
        lambda: [p.any(), " (", g.pick("MRN ", "MR# ", "med rec "), g.mrn(), ") weighs about ", (f"{kg} kg", "measurement"),
                 ", over the limit for the ", g.pick("Somatom", "Revolution", "Aquilion"), " in room 3 (serial ", g.serial(), ")."],
        lambda: ["The order is for ", g.mod(), " of the ", g.anat(), g.pick(" for suspected ", " to evaluate "),
                 g.ep(), "."],
        lambda: ["I have moved the appointment from ", g.date(), " to ", g.date(), " at ", g.fac(), ", which has the 70 cm bore unit."],
        lambda: ["Bariatric transport was arranged from home, ", *g.addr(), ", by ", sched.lower(), " in scheduling."],
        lambda: ["Ordering physician Dr. ", phys.sur(), " agreed; patient's daughter ", g.person().full(), " (",
                 g.phone(), ") will accompany."],
    ])
    d.add("\n\n", g.pick("Thanks,\n", "Regards,\n", "-- \n"), sched.full(), g.pick(", Patient Access\n", "\n"))
    if g.maybe(0.6):
        d.add(g.pick("Tracking ticket ", "Case "), (f"ACC-REQ-{g.digits(6)}", "ACCOUNT_ID"), " (linked to account ", g.account(), ")\n")
    return "CT"


STYLES = {
    "breast_navigator_note": breast_navigator_note,
    "rso_medical_event_memo": rso_medical_event_memo,
    "child_life_prep_note": child_life_prep_note,
    "occ_health_exposure_note": occ_health_exposure_note,
    "bariatric_routing_memo": bariatric_routing_memo,
}
