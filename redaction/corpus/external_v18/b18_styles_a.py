"""blind18 styles, part A: intake questionnaires, hospital-at-home, IV-access logs, anxiolysis notes,
extravasation calls, biospecimen consent withdrawals, orthopaedic implant registry submissions."""

import b18_pools as P
from b18_clinical import FINDINGS
from b18_common import (account, accession, address, age_span, digits, email, fdate, ftime, ip, mk, mrn, people,
                        patient, pt_header, eponym_patient, MEDICAL_EPONYMS, phone, plan_id, rdate, serial, ssn, typo)


def intake_questionnaire(d, rng):
    """Pre-visit intake form filled in by the patient; answers in handwriting style (caps, misspellings)."""
    pt = patient(rng)
    (kin,) = people(rng, 1)
    hand = rng.choice(["caps", "caps", "plain", "plain", "lower"])
    caps = hand == "caps"
    case = {"caps": str.upper, "plain": str, "lower": str.lower}[hand]
    nm = case(pt.fmt(rng, rng.choice(["FL", "FML", "LF"])))
    title = rng.choice(["PRE-VISIT QUESTIONNAIRE (please print)", "Imaging Intake Form - Patient Completes",
                        "NEW PATIENT HEALTH HISTORY / RADIOLOGY", "Cuestionario / Questionnaire"])
    d.ln(title)
    d.ln(("FACILITY", rng.choice(P.RAD_FAC)))
    d.ln("-" * rng.randint(20, 44))
    rows = [
        lambda: d.ln(rng.choice(["Name: ", "Full legal name: ", "Patient name __ "]), ("PERSON", nm)),
        lambda: d.ln(rng.choice(["Date of birth: ", "DOB ", "Birthdate (mm/dd/yyyy): "]),
                     ("DATE_TIME", fdate(rng, pt.dob, rng.choice(["us", "us2", "usz", "long", "dash"]))),
                     rng.choice(["   Age: ", "  age "]), age_span(pt.age)),
        lambda: (d.w(rng.choice(["Home address: ", "Address: ", "Street / City / ZIP: "])), address(d, rng, upper=caps),
                 d.ln()),
        lambda: d.ln(rng.choice(["Best phone: ", "Cell #: ", "Phone (day): "]), ("PHONE", phone(rng)),
                     rng.choice(["", "  (ok to text)", " - cell, leave msg"])),
        lambda: d.ln(rng.choice(["Email: ", "E-mail (optional): "]), ("EMAIL", email(rng, pt))),
        lambda: d.ln(rng.choice(["Insurance ID#: ", "Member ID: ", "Ins. card # "]), ("HEALTH_PLAN_ID", plan_id(rng)),
                     "  ", rng.choice(P.PAYERS)),
        lambda: d.ln(rng.choice(["Emergency contact: ", "In case of emergency call: "]),
                     ("PERSON", case(kin.fmt(rng, "FL"))), " (", rng.choice(["wife", "husband", "son", "daughter", "mom",
                                                                        "neighbor", "partner"]), ") ",
                     ("PHONE", phone(rng))),
    ]
    rng.shuffle(rows)
    for r in rows[: rng.randint(5, 7)]:
        r()
    d.ln()
    d.ln(rng.choice(["Why are you having this exam? ", "Reason for visit (your words): "]))
    mk(d, "  " + typo(rng, rng.choice([
        "my {a:knee} keeps giving out since i fell at work on {dt}",
        "dr {doc} wants a pic of my {a:neck} bc of numbness in my hands",
        "headaches worse since {dt}, had {o:MRI} in {y:2019} at other place",
        "lump in {a:left breast}, found it {dt}, mom had breast cancer at {g:52}",
        "back pain, they said {v:L5-S1} disc last time",
        "follow up {o:CT} for kidney stone. last one {dt} at {fac}",
        "shortnes of breath, dr {doc} said maybe blood clot",
    ]), 0.4), fac=("FACILITY", rng.choice(P.RAD_FAC)), dt=("DATE_TIME", fdate(rng, rdate(rng), rng.choice(["md", "mdlong", "us2", "long"]))),
       doc=("PERSON", people(rng, 1)[0].last))
    d.ln()
    d.ln(rng.choice(["Metal in body? ", "Any implants/pacemaker/shrapnel? "]),
         rng.choice(["NO", "no", "yes - hip replaced", "not sure", "Y (staples)"]))
    d.ln(rng.choice(["Pregnant? ", "Could you be pregnant? "]), rng.choice(["N/A", "no", "NO", "maybe??"]))
    d.ln(typo(rng, rng.choice(["Allergies: iodine? shelfish", "Allergys: none", "Allergies: penicillin (rash)"]), 0.5))
    sig = pt.fmt(rng, "FL")
    d.w(rng.choice(["Signature: ", "Signed: ", "Patient/guardian signature: "]), ("PERSON", case(sig)))
    d.ln("   Date: ", ("DATE_TIME", fdate(rng, pt.visit, rng.choice(["us", "us2", "md"]))))
    if rng.random() < 0.6:
        (staff,) = people(rng, 1)
        d.ln("Reviewed by ", ("PERSON", staff.fmt(rng, "IL")), ", ", ("credential", rng.choice(["RT(R)", "RN", "RT(R)(MR)"])),
             " at ", ("DATE_TIME", ftime(rng)), "  MRN ", ("MRN", pt.mrn))
    return "XR"


def hospital_at_home(d, rng):
    """Hospital-at-home daily note with mobile imaging."""
    pt = patient(rng)
    epo = eponym_patient(d, rng, pt, pool=MEDICAL_EPONYMS)
    np_, rad, cg = people(rng, 3)
    prog = rng.choice(P.RAD_FAC)
    day = rng.randint(1, 9)
    hdr = rng.choice(["HOSPITAL AT HOME - DAILY PROGRESS NOTE", "Acute Care at Home | Day {n} Note",
                      "H@H DAILY NOTE (virtual + in-person)"]).replace("{n}", str(day))
    d.ln(hdr)
    d.ln("Program: ", ("FACILITY", prog))
    if rng.random() < 0.5:
        d.w("Pt: ", ("PERSON", pt.fmt(rng, "UPLFM")), "  MRN: ", ("MRN", pt.mrn), "  DOB: ",
            ("DATE_TIME", fdate(rng, pt.dob, "usz")), "\n")
    else:
        d.ln("Patient ", ("PERSON", pt.fmt(rng, "FL")), " (", age_span(pt.age), rng.choice(["y", " yo", "-year-old"]),
             "), enc ", ("ACCOUNT_ID", account(rng)))
    d.w("Home location: ")
    address(d, rng)
    d.ln()
    d.ln("Date of service: ", ("DATE_TIME", fdate(rng, pt.visit)), "  Visit start ", ("DATE_TIME", ftime(rng)))
    if rng.random() < 0.5:
        d.ln("Home phone ", ("PHONE", phone(rng)), " | caregiver cell ", ("PHONE", phone(rng)))
    else:
        d.ln(rng.choice(["Contact: ", "Pt cell "]), ("PHONE", phone(rng)))
    d.ln()
    if epo:
        mk(d, rng.choice(["PMH: ", "{h:PMH}: ", "Hx: "]) + epo + rng.choice(["; HTN; CKD 3.\n", ", dx {y:2016}; AFib.\n", "; T2DM.\n"]))
    mk(d, rng.choice(["{h:SUBJECTIVE}: ", "S: ", "{h:Interval history}: "]))
    mk(d, rng.choice([
        "Slept in recliner, less dyspnea. Daughter {cg} at bedside, managing meds.",
        "Pt says cough better. Caregiver {cg} reports low appetite.",
        "No falls overnight per {cg}. Using 2L NC.",
    ]) + "\n", cg=("PERSON", cg.fmt(rng, rng.choice(["F", "FL"]))))
    mk(d, rng.choice(["{h:IMAGING}: ", "Mobile imaging: ", "{h:Portable studies}: "]))
    mk(d, "portable {o:XR} {a:chest} 1 view obtained in the home at {t}, acc ", t=("DATE_TIME", ftime(rng, "24")))
    d.ln(("ACCESSION", accession(rng)), ". Read by ", ("PERSON", rad.fmt(rng, rng.choice(["FL", "IL"]))), ", ",
         ("credential", "MD"), ":")
    mk(d, "  " + typo(rng, rng.choice([
        "Improving {a:right lower lobe} consolidation. Small {a:pleural effusion}.",
        "{e:Kerley B lines} less prominent. Cardiomegaly unchanged.",
        "Left {a:PICC} tip at the {a:cavoatrial junction}.",
    ])) + "\n")
    mk(d, rng.choice(["{h:PLAN}: ", "A/P: "]) + rng.choice([
        "Continue IV abx day {n}/7. Repeat film {dt}.", "Diuresis; recheck BMP {dt}. Escalate to brick-and-mortar if SpO2 <88.",
        "Likely discharge from program {dt}.",
    ]).replace("{n}", str(day)) + "\n", dt=("DATE_TIME", fdate(rng, rdate(rng), rng.choice(["md", "mdabbr", "us"]))))
    d.ln(("PERSON", np_.fmt(rng, "FL")), ", ", ("credential", rng.choice(["NP", "MD", "PA-C"])), " - remote monitoring ",
         ("DATE_TIME", ftime(rng, rng.choice(["ampm", "hours"]))))
    return "XR"


def iv_access_log(d, rng):
    """Radiology nurse IV-access log, a table of attempts for several patients."""
    fac = rng.choice(P.RAD_FAC)
    day = rdate(rng)
    d.ln(rng.choice(["RADIOLOGY NURSING - PIV ACCESS LOG", "IV Start Log / Imaging Dept", "CT/MR Nurse IV Log"]))
    d.ln(("FACILITY", fac), " | ", ("DATE_TIME", fdate(rng, day, rng.choice(["us", "iso", "dmy", "upper"]))))
    (rn,) = people(rng, 1)
    d.ln("RN on shift: ", ("PERSON", rn.fmt(rng, rng.choice(["FL", "LF"]))), ", ", ("credential", rng.choice(["RN", "BSN, RN"])),
         "  ext ", ("PHONE", phone(rng)))
    sep = rng.choice([" | ", "\t", " ; "])
    cols = rng.choice([["Time", "Pt", "MRN", "Site", "Ga", "Att", "Note"], ["Tm", "Name", "MR#", "Vein", "G", "#", "Comments"]])
    d.ln(sep.join(cols))
    for p in people(rng, rng.randint(3, 6)):
        pt_mrn = mrn(rng)
        site = rng.choice(["{a:R AC}", "{a:L antecubital}", "{a:R forearm}", "{a:L hand}", "{a:R basilic vein}"])
        d.w(("DATE_TIME", ftime(rng, rng.choice(["24", "mil"]))), sep, ("PERSON", p.fmt(rng, rng.choice(["UPLF", "LF", "LFnosp"]))),
            sep, ("MRN", pt_mrn), sep)
        mk(d, site)
        d.w(sep, rng.choice(["20", "22", "18", "24"]), sep, str(rng.randint(1, 3)), sep)
        mk(d, rng.choice(["US-guided, {m:4 mm} vein", "blown x1, 2nd ok", "flushes well", "pt prefers L arm",
                          "ok for power inj 5 mL/s", "vasovagal, recovered", "{e:Raynaud} hx, warm pack"]) + "\n")
    if rng.random() < 0.6:
        (ir,) = people(rng, 1)
        d.ln("Escalated 1 difficult access to IR (", ("PERSON", ir.fmt(rng, "IL")), ") at ", ("DATE_TIME", ftime(rng, "ampm")), ".")
    return "CT"


def mri_anxiolysis(d, rng):
    """MRI claustrophobia / oral anxiolysis nursing note."""
    pt = patient(rng)
    epo = eponym_patient(d, rng, pt, 0.2)
    rn, md, drv = people(rng, 3)
    d.ln(rng.choice(["MRI ANXIOLYSIS NOTE", "Claustrophobia Management - MRI", "Minimal Sedation (Anxiolysis) Record"]))
    layout = rng.random()
    if layout < 0.4:
        pt_header(d, rng, pt, ("name", "mrn", "dob", "age"))
    elif layout < 0.7:
        d.ln("Patient: ", ("PERSON", pt.fmt(rng, "LFM")), "    MRN ", ("MRN", pt.mrn))
        d.ln("DOB: ", ("DATE_TIME", fdate(rng, pt.dob)), "    Age: ", age_span(pt.age))
    else:
        d.ln(("PERSON", pt.fmt(rng, "UPLF")), " / ", ("MRN", pt.mrn), " / ", ("DATE_TIME", fdate(rng, pt.dob, "dmy")),
             " / ", age_span(pt.age), rng.choice(["Y", "y", " yrs"]))
    d.w("Exam: ")
    mod = mk(d, rng.choice(["{o:MRI} {a:brain} w/wo", "{o:MRI} {a:cervical spine}", "{o:MR} {a:pelvis}", "{o:MRI} {a:IAC}s"]))
    d.ln("  Acc# ", ("ACCESSION", accession(rng)), "  Scanner SN ", ("DEVICE_SERIAL", serial(rng)))
    d.ln("Date ", ("DATE_TIME", fdate(rng, pt.visit)), rng.choice(["  Arrival ", " @ "]), ("DATE_TIME", ftime(rng)))
    if epo:
        mk(d, "Indication: " + epo + rng.choice([" follow-up.\n", ", r/o progression.\n"]))
    mk(d, rng.choice(["Hx: panic in prior scanner ({y:2021}), aborted.\n", "Hx: severe claustrophobia, PTSD.\n",
                      "Pt anxious, first MRI, wide-bore requested.\n"]))
    mk(d, "Ordered by {md}, {c:MD}: lorazepam 1 mg PO given at {t} by {rn}, {c:RN}.\n",
       md=("PERSON", md.fmt(rng, rng.choice(["L", "FL"]))), t=("DATE_TIME", ftime(rng, rng.choice(["24", "ampm"]))),
       rn=("PERSON", rn.fmt(rng, "IL")))
    mk(d, rng.choice(["Feet-first, prism glasses, music. Completed {q:T2 FLAIR}, {q:DWI}, {q:T1 post-contrast}.\n",
                      "Tolerated {q:STIR} and {q:T1} sequences; {q:SWI} omitted due to motion.\n",
                      "Aborted after localizer; rebooked for open MRI.\n"]))
    d.ln("Discharged to driver ", ("PERSON", drv.fmt(rng, rng.choice(["FL", "FML"]))), rng.choice([" (spouse)", " (friend)", ""]),
         " at ", ("DATE_TIME", ftime(rng, rng.choice(["24", "hours", "pm2"]))), ", callback ", ("PHONE", phone(rng)), ".")
    return "MR"


def extravasation_call(d, rng):
    """Contrast-extravasation follow-up telephone call (24/48 h)."""
    pt = patient(rng)
    rn, rad = people(rng, 2)
    d0 = rdate(rng)
    d.ln(rng.choice(["Contrast Extravasation - Follow-up Call", "EXTRAVASATION F/U PHONE NOTE",
                     "Post-injection infiltration check (48h)"]))
    if rng.random() < 0.5:
        d.ln(rng.choice(["Pt: ", "Patient name: "]), ("PERSON", pt.fmt(rng)), rng.choice(["   MRN ", " | MRN: "]), ("MRN", pt.mrn))
    else:
        pt_header(d, rng, pt, ("name", "mrn", "dob"))
    d.ln("Event: ", ("DATE_TIME", fdate(rng, d0)), " ", ("DATE_TIME", ftime(rng)), " at ", ("FACILITY", rng.choice(P.RAD_FAC)))
    d.w("Study ")
    mk(d, rng.choice(["{o:CT} {a:chest} PE protocol", "{o:CTA} {a:abdomen}", "{o:CT} {a:neck} w contrast"]))
    d.ln(", accession ", ("ACCESSION", accession(rng)), ", injector ", ("DEVICE_SERIAL", serial(rng)))
    mk(d, rng.choice(["Volume est. {m:60 mL} iohexol; site {a:left antecubital fossa}.\n",
                      "Est. extravasated vol {m:25 mL} (power inj {m:4 mL/s}), {a:right forearm} IV.\n",
                      "~{m:90 mL} iopamidol into {a:left hand} dorsum; elevated, cold compress.\n",
                      "Infiltration at {a:R AC} 20g; injector stopped at {m:40 mL}.\n"]))
    d.ln()
    d.ln("Called ", ("PHONE", phone(rng)), " on ", ("DATE_TIME", fdate(rng, rdate(rng), rng.choice(["md", "mdlong", "us"]))),
         " at ", ("DATE_TIME", ftime(rng, rng.choice(["ampm", "24"]))), rng.choice(["; spoke w/ pt.", "; LVM.", "; spoke w/ son."]))
    mk(d, rng.choice(["Swelling down to {m:3 x 2 cm}, no blisters, full ROM.\n",
                      "Reports tingling in {a:fingers}; advised ED eval.\n",
                      "Redness resolved. Cap refill normal per pt.\n"]))
    d.ln("Reviewed with ", ("PERSON", rad.fmt(rng, rng.choice(["L", "FL"]))), " (rad). ",
         rng.choice(["No further f/u.", "Plastics referral placed.", "Second call planned."]))
    d.ln("-- ", ("PERSON", rn.fmt(rng, "FL")), ", ", ("credential", "RN"))
    return "CT"


def biospecimen_withdrawal(d, rng):
    """Research biospecimen consent withdrawal, incl. imaging data destruction."""
    pt = patient(rng)
    coord, pi = people(rng, 2)
    study = rng.choice(["IMAGE-BANK", "RADIOGENOMICS-2", "LUNG-TISSUE", "PROSTATE-MRI-BIO", "BRAIN-ATLAS"])
    d.ln(rng.choice(["WITHDRAWAL OF CONSENT - BIOSPECIMEN & IMAGING RESEARCH", "Research Participant Withdrawal Form",
                     "Biorepository: Request to Destroy Samples and Images"]))
    d.ln("Protocol: ", study, "-", digits(rng, 3), "   PI: ", ("PERSON", pi.fmt(rng, "FL")), ", ", ("credential", "MD, PhD"))
    d.ln("Participant: ", ("PERSON", pt.fmt(rng)), rng.choice(["   Subject ID: ", "  Study #: "]),
         ("ACCOUNT_ID", f"{study[:3]}-{digits(rng, 4)}"))
    if rng.random() < 0.5:
        d.ln("DOB ", ("DATE_TIME", fdate(rng, pt.dob)), "  MRN ", ("MRN", pt.mrn))
    else:
        pt_header(d, rng, pt, ("dob", "mrn", "age"))
    if rng.random() < 0.7:
        d.w("Mailing address: ")
        address(d, rng)
        d.ln()
    d.ln("Received: ", ("DATE_TIME", fdate(rng, pt.visit)), rng.choice([" by e-mail from ", " via letter; reply to "]),
         ("EMAIL", email(rng, pt)))
    choice = rng.choice(["[X] destroy all remaining samples  [X] remove images from research archive",
                         "[ ] destroy samples  [X] stop future use, keep already-shared data",
                         "[X] destroy samples  [ ] images may remain (de-identified)"])
    d.ln(choice)
    d.ln("Linked imaging: accession ", ("ACCESSION", accession(rng)), ", ", ("ACCESSION", accession(rng)),
         "; archive node ", ("IP_ADDRESS", ip(rng)))
    mk(d, rng.choice(["Samples: FFPE block ({a:left lung} wedge), 2 serum aliquots.\n",
                      "Samples: core biopsy {a:prostate}, {s:PI-RADS 4} target.\n",
                      "Samples: CSF, plasma; {o:MRI} {q:DWI} series.\n"]))
    d.ln("Processed by ", ("PERSON", coord.fmt(rng, rng.choice(["FL", "LF"]))), ", ", ("credential", "CCRP"), " on ",
         ("DATE_TIME", fdate(rng, rdate(rng), rng.choice(["iso", "dmy", "long"]))), ". Confirmation letter mailed.")
    return "MR"


def implant_registry(d, rng):
    """Orthopaedic implant registry submission (arthroplasty)."""
    pt = patient(rng, old_p=0.2)
    surg, = people(rng, 1)
    joint = rng.choice(["hip", "knee", "shoulder"])
    d.ln(rng.choice(["AMERICAN JOINT REPLACEMENT REGISTRY - CASE SUBMISSION", "Arthroplasty Registry Upload (batch item)",
                     "ORTHO IMPLANT REGISTRY FORM v3"]))
    fields = [
        ("Facility", ("FACILITY", rng.choice(P.RAD_FAC))), ("Patient", ("PERSON", pt.fmt(rng, rng.choice(["UPLFM", "LF"])))),
        ("DOB", ("DATE_TIME", fdate(rng, pt.dob, rng.choice(["usz", "iso", "compact"])))), ("Age at surgery", age_span(pt.age)),
        ("SSN (last 4 not accepted; full)", ("SSN", ssn(rng))), ("MRN", ("MRN", pt.mrn)),
        ("Payer ID", ("HEALTH_PLAN_ID", plan_id(rng))), ("Surgeon", ("PERSON", surg.fmt(rng, "FML"))),
        ("Procedure date", ("DATE_TIME", fdate(rng, pt.visit, rng.choice(["usz", "iso"])))),
    ]
    if rng.random() < 0.5:
        fields = fields[:4] + fields[5:]
    sep = rng.choice([": ", " = ", "\t"])
    for k, v in fields:
        d.ln(k, sep, v)
    mk(d, f"Joint/side: {rng.choice(['L', 'R'])} {joint}   Approach: {rng.choice(['posterior', 'anterior', 'medial parapatellar'])}\n")
    d.ln("Components:")
    for comp in rng.sample(["stem", "cup", "liner", "head", "femoral", "tibial tray", "poly insert", "glenoid"], 3):
        d.ln("  - ", comp, "  lot ", digits(rng, 6), "  SN ", ("DEVICE_SERIAL", serial(rng)))
    mk(d, "Post-op {o:XR}: " + rng.choice([FINDINGS[26], FINDINGS[27], "No periprosthetic fracture; {a:greater trochanter} intact."]) + "\n")
    d.ln("Imaging acc ", ("ACCESSION", accession(rng)), " ", ("DATE_TIME", fdate(rng, rdate(rng), "us")))
    return "XR"
