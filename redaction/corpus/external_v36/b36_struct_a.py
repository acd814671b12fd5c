"""blind36 structured styles, part A: paramedic form, pharmacist sheet, dietitian prep, chiro request, physio discharge."""

from __future__ import annotations

from b36_clin import Ctx, account, accession, condition, cred, device_serial, digits, finding, health_id, mrn, national_id
from b36_core import D, K, P, age_phrase, fdate, ftime, m, rand_date
from b36_pools import address_lines, email_for, person, phone


def kv(rows, sep=": ", width=None):
    out = []
    for k, v in rows:
        if v is None:
            continue
        key = f"{k}{sep}" if width is None else f"{k}{sep}".ljust(width)
        out.append(f"{key}{v}")
    return out


def community_paramedic_form(rng):
    c = Ctx(rng, ["UK", "AU", "NZ", "ZA", "US", "IE"], old=rng.random() < 0.4)
    cp = c.doc
    d = c.scan
    dk = rng.choice(["dot", "slash4", "slash_short", "iso"])
    tk = rng.choice(["colon", "h", "hrs"])
    rows = [
        ("CAD / incident no", m("ACCT", f"{rng.choice(['CAD', 'INC', 'E'])}{digits(rng, 8)}")),
        ("Date", D(fdate(rng, d, dk))),
        ("Call received", D(ftime(rng, tk))),
        ("On scene", D(ftime(rng, tk))),
        ("Patient", P(c.pt.last_first(caps=rng.random() < .5))),
        ("DOB", D(fdate(rng, c.dob, dk))),
        ("Age", age_phrase(rng, c.age)),
        ("Address", address_lines(rng, c.loc)),
        ("NOK", f"{P(c.other.full())} ({rng.choice(['daughter', 'son', 'wife', 'neighbour'])}) {m('PH', phone(rng, c.loc))}"),
        ("GP", f"Dr {P(c.new(rng).formal())}, {m('FAC', c.fac2)}" if rng.random() < .7 else None),
    ]
    if rng.random() < 0.5:
        hl, hv = health_id(rng, c.loc)
        rows.append((hl, m("HP", hv)))
    head = rows[:2]
    rest = rows[2:]
    rng.shuffle(rest) if rng.random() < 0.3 else None
    title = rng.choice(["COMMUNITY PARAMEDIC - PATIENT CARE RECORD", "Extended Care Paramedic attendance",
                        "Community Paramedicine Visit Form"])
    L = [title, "=" * len(title)] + kv(head + rest, width=rng.choice([None, 20]))
    L.append("")
    L.append(K("sh", "OBSERVATIONS") if rng.random() < .5 else K("sh", "Obs"))
    L.append(f"HR {rng.randrange(55, 120)} | BP {rng.randrange(95, 180)}/{rng.randrange(50, 100)} | SpO2 {rng.randrange(88, 100)}% | "
             f"RR {rng.randrange(12, 28)} | {K('sc', 'GCS ' + str(rng.randrange(13, 16)))} | BGL {rng.randrange(4, 15)}.{rng.randrange(10)}")
    L.append("")
    L.append(K("sh", "Assessment"))
    L.append(rng.choice([f"Fall at home, lying on floor ~{K('ms', str(rng.randrange(1, 9)) + ' hours')}. Pain {K('an', 'right hip')}, shortened and rotated.",
                         f"Review post discharge. Known {condition(rng)}. States hospital told her {finding(rng, c.mod)}.",
                         f"Lower back pain, no red flags. Tender over {K('vl', rng.choice(['L3', 'L4', 'L5', 'T12']))}."]))
    L.append("")
    L.append(K("sh", "Plan / disposition"))
    L.append(rng.choice([f"Conveyed to {m('FAC', c.fac)} ED for {K('mod', 'X-ray')}. Handover to {P(c.new(rng).full())} RN at {D(ftime(rng, tk))}.",
                         f"Direct referral to {m('FAC', c.fac)} for outpatient {K('mod', rng.choice(['X-ray', 'ultrasound', 'CT']))} "
                         f"booked {D(fdate(rng, rand_date(rng), dk))}; left at home with family.",
                         "Treat and refer to GP. Safety-netting advice given."]))
    if rng.random() < 0.5:
        L.append(f"Monitor/defib S/N: {m('DEV', device_serial(rng))}")
    L.append("")
    L.append(f"Clinician: {P(cp.full())}  {rng.choice(['ECP', 'CP', 'Paramedic'])}   Clear: {D(ftime(rng, tk))}")
    return "\n".join(L), c.mod


def pharmacist_contrast_interaction(rng):
    c = Ctx(rng, ["UK", "IE", "AU", "US", "IN", "MY"], mods=("CT", "MR"))
    ph = c.doc
    agent = "iodinated contrast" if c.mod == "CT" else "gadolinium"
    L = [rng.choice(["PHARMACY - CONTRAST INTERACTION CHECK", "Pharmacist medicines review prior to contrast imaging",
                     "Clinical pharmacy note: pre-contrast med rec"])]
    hl, hv = health_id(rng, c.loc)
    rows = [("Patient", P(c.pt.full())), ("DOB", D(fdate(rng, c.dob, rng.choice(["slash4", "dot", "dmon"])))),
            ("Hosp no", m("MRN", mrn(rng, c.loc))), (hl, m("HP", hv)),
            ("Exam", f"{K('mod', c.mod)} {rng.choice(['abdomen/pelvis', 'chest', 'brain', 'liver'])} with {agent}"),
            ("Accession", m("ACC", accession(rng))),
            ("Scheduled", f"{D(fdate(rng, c.scan, rng.choice(['dot', 'slash_short', 'th'])))} {D(ftime(rng, rng.choice(['colon', 'dotpm'])))}"),
            ("eGFR", K("ms", f"{rng.randrange(22, 95)} mL/min/1.73m2")), ("Weight", K("ms", f"{rng.randrange(45, 120)} kg"))]
    if rng.random() < .4:
        rng.shuffle(rows)
    L += kv(rows, sep=rng.choice([": ", " - ", "\t"]))
    L.append("")
    meds = [("Metformin 1 g BD", "Withhold 48 h post contrast if eGFR < 30 / AKI"), ("Ramipril 5 mg OD", "Continue; monitor U&E"),
            ("Furosemide 40 mg OM", "Hold morning dose on scan day"), ("Apixaban 5 mg BD", "No interaction"),
            ("Levothyroxine 100 mcg", "Nil"), ("Ibuprofen PRN", "Avoid 48 h around contrast"),
            ("Lithium 400 mg nocte", "Check level; renal risk"), ("Interleukin-2 (trial)", "Delayed reaction risk - inform radiology")]
    rng.shuffle(meds)
    fmt = rng.choice(["pipe", "tab", "md"])
    if fmt == "md":
        L += ["| Medicine | Interaction / action |", "|---|---|"] + [f"| {a} | {b} |" for a, b in meds[:rng.randrange(3, 7)]]
    elif fmt == "pipe":
        L += ["MEDICINE | ACTION"] + [f"{a} | {b}" for a, b in meds[:rng.randrange(3, 7)]]
    else:
        L += ["Drug\tComment"] + [f"{a}\t{b}" for a, b in meds[:rng.randrange(3, 7)]]
    L.append("")
    L.append(rng.choice([f"Previous reaction: hives after {K('mod', 'CT')} in {K('yr', str(rng.randrange(2010, 2025)))} - premedication per protocol.",
                         "No previous contrast reaction documented.", f"Background: {condition(rng)}."]))
    L.append(f"Discussed with Dr {P(c.new(rng).formal())} (radiology) {D(ftime(rng, rng.choice(['colon', 'dotpm'])))}.")
    L.append(f"Pharmacist: {P(ph.full())} {cred(rng, c.loc, 'pharm')}  bleep {rng.randrange(1000, 9999)}  {m('EM', email_for(rng, ph)) if rng.random() < .5 else ''}".rstrip())
    return "\n".join(L), c.mod


def dietitian_barium_prep(rng):
    c = Ctx(rng, ["UK", "AU", "NZ", "IE", "ZA", "PH", "US"], mods=("XR",))
    rd = c.doc
    study = rng.choice(["barium swallow", "barium meal and follow-through", "barium enema", "video fluoroscopy"])
    L = [rng.choice([f"DIETETIC PLAN - {study.upper()}", f"Nutrition & Dietetics: preparation for {study}", "Dietitian pre-procedure sheet"]), ""]
    rows = [("Name", P(c.pt.any(rng))), ("D.O.B.", D(fdate(rng, c.dob, rng.choice(["slash4", "dot", "dmy_dash"])))),
            ("URN", m("MRN", mrn(rng, c.loc))), ("Ward/Clinic", m("FAC", c.fac)),
            ("Appointment", f"{D(fdate(rng, c.scan, rng.choice(['day_th', 'dot', 'slash_short'])))} @ {D(ftime(rng, rng.choice(['dotpm', 'h', 'colon'])))}"),
            ("Height", K("ms", f"{rng.randrange(140, 190)} cm")), ("Weight", K("ms", f"{rng.randrange(38, 130)} kg")),
            ("BMI", K("ms", f"{rng.randrange(15, 41)}.{rng.randrange(10)} kg/m2")),
            ("Diagnosis", condition(rng) if rng.random() < .5 else "dysphagia ?cause"),
            ("Texture", f"IDDSI level {rng.randrange(3, 8)}" if rng.random() < .5 else None)]
    L += kv(rows, width=rng.choice([None, 14]))
    L.append("")
    L.append(K("sh", rng.choice(["Plan", "PREP TIMELINE", "Diet instructions"])))
    plan = [("Day -2", "low residue diet; no seeds, skins, wholegrain"), ("Day -1", "clear fluids from midday"),
            ("Day 0", "nil by mouth from 00:00 except sips of water"), ("After", "drink extra fluid; expect pale stools")]
    if "swallow" in study or "video" in study:
        plan = [("Day 0", "nil by mouth 4 h before"), ("In room", "thin and thick barium per SLT"), ("After", "resume usual diet")]
    for a, b in plan:
        L.append(f"  {a:<8}{b}")
    L.append("")
    if rng.random() < .5:
        L.append(f"Diabetic: insulin dose discussed with {P(c.other.full())} (DSN), contact {m('PH', phone(rng, c.loc))}.")
    if rng.random() < .5:
        L.append(f"Previous study: {finding(rng, 'XR')}.")
    L.append(f"Dietitian: {P(rd.full())} {cred(rng, c.loc, 'diet')}   "
             f"{D(fdate(rng, rand_date(rng), 'slash_short'))}")
    return "\n".join(L), "XR"


def chiro_imaging_request(rng):
    c = Ctx(rng, ["AU", "NZ", "UK", "US", "ZA"], mods=("XR", "MR"))
    dc = c.doc
    L = [rng.choice(["CHIROPRACTIC IMAGING REQUEST", "Request for Radiological Examination (Chiropractic)", "Imaging referral - chiro"])]
    L.append(f"To: {m('FAC', c.fac)}   Fax/Email: {m('EM', 'bookings@' + rng.choice(['rad.example.com', 'imaging.example.org']))}")
    L.append("")
    hl, hv = health_id(rng, c.loc)
    pat = [("Surname", P(c.pt.family.upper() if rng.random() < .5 else c.pt.family)), ("Given name(s)", P(c.pt.given)),
           ("DOB", D(fdate(rng, c.dob, "us_slash" if c.loc == "US" else "slash4"))), ("Phone", m("PH", phone(rng, c.loc))),
           ("Address", address_lines(rng, c.loc)), (hl, m("HP", hv))]
    L += kv(pat, width=rng.choice([None, 16]))
    L.append("")
    L.append(K("sh", "Examination requested"))
    regions = [("Cervical spine AP/lat/obliques", "XR"), ("Lumbar spine AP/lat", "XR"), ("Full spine (scoliosis)", "XR"),
               ("Pelvis AP", "XR"), ("MRI lumbar spine", "MR")]
    for r, mo in regions:
        L.append(f"[{'x' if mo == c.mod and rng.random() < .7 else ' '}] {r}")
    L.append("")
    L.append(K("sh", "Clinical notes"))
    lv = rng.choice(["L4/5", "L5/S1", "C5/6", "C6/7", "T12/L1"])
    L.append(rng.choice([f"{rng.randrange(2, 16)}/52 LBP radiating to {K('an', 'left buttock')}, ?disc {K('vl', lv)}. No bladder/bowel sx.",
                         f"Neck pain post MVA {D(fdate(rng, rand_date(rng), 'slash_short'))}, reduced ROM. Tender {K('vl', lv)}.",
                         f"Query scoliosis, rib hump R. Previous {K('mod', 'X-ray')} {K('yr', str(rng.randrange(2015, 2025)))} at another clinic."]))
    L.append(f"Red flags: {rng.choice(['nil', 'none reported', 'night pain - please expedite', 'Hx of ' + condition(rng)])}")
    L.append("Pregnant? [ ] Y [x] N" if rng.random() < .5 else "LMP: n/a")
    L.append("")
    L.append(f"Requesting practitioner: Dr {P(dc.full())} ({cred(rng, 'US') if c.loc == 'US' else K('cr', 'DC')})")
    L.append(f"Clinic: {m('FAC', rng.choice(['Spinal Balance Chiropractic', 'Backbone Family Chiro', 'Align Health Studio']))}, "
             f"{m('PH', phone(rng, c.loc))}")
    L.append(f"Signed ________  Date {D(fdate(rng, rand_date(rng), 'slash4'))}")
    return "\n".join(L), c.mod


def physio_discharge_form(rng):
    c = Ctx(rng, ["UK", "IE", "AU", "NZ", "ZA", "IN"], mods=("MR", "XR", "US"))
    pt_phys = c.doc
    gp = c.new(rng)
    first, last = sorted([rand_date(rng), rand_date(rng)])
    L = [rng.choice(["PHYSIOTHERAPY DISCHARGE SUMMARY", "Physiotherapy - Discharge", "MSK Physio: episode closed"]),
         "-" * 34]
    rows = [("Patient", P(c.pt.full())), ("DOB", D(fdate(rng, c.dob, rng.choice(["dot", "slash4"])))),
            ("Hospital no.", m("MRN", mrn(rng, c.loc))), ("Referred by", f"Dr {P(gp.full())}, {m('FAC', c.fac2)}"),
            ("Episode", f"{D(fdate(rng, first, 'slash_short'))} to {D(fdate(rng, last, 'slash_short'))}"),
            ("Sessions attended", f"{rng.randrange(3, 14)} (DNA {rng.randrange(0, 3)})"),
            ("Diagnosis", rng.choice(["rotator cuff tendinopathy", "non-specific LBP", "patellofemoral pain",
                                      f"post {K('ep', 'Colles fracture')}", "ACL reconstruction rehab"]))]
    L += kv(rows, width=rng.choice([None, 20]))
    L.append("")
    L.append(K("sh", "Imaging reviewed"))
    L.append(rng.choice([f"Per report, {finding(rng, c.mod)}.", "No imaging.",
                         f"{K('mod', 'MRI')} {D(fdate(rng, c.scan, 'th'))} at {m('FAC', c.fac)} - "
                         f"report reviewed: {finding(rng, 'MR')}."]))
    L.append("")
    L.append(K("sh", "Outcome measures"))
    meas = [("Oswestry Disability Index", f"{rng.randrange(20, 60)}%", f"{rng.randrange(0, 20)}%"),
            ("NPRS", f"{rng.randrange(5, 10)}/10", f"{rng.randrange(0, 4)}/10"),
            ("QuickDASH", str(rng.randrange(30, 70)), str(rng.randrange(0, 25))),
            ("Knee flexion", f"{rng.randrange(70, 110)} deg", f"{rng.randrange(115, 140)} deg")]
    rng.shuffle(meas)
    L.append("Measure | Initial | Discharge")
    for a, b, cc in meas[:rng.randrange(2, 5)]:
        if a in ("Oswestry Disability Index", "NPRS", "QuickDASH"):
            L.append(f"{K('sc', a)} | {b} | {cc}")
        else:
            L.append(f"{a} | {K('ms', b)} | {K('ms', cc)}")
    L.append("")
    L.append(K("sh", "Plan"))
    L.append(rng.choice(["Discharged to HEP. Re-refer if symptoms recur within 6 months.",
                         f"Goals met. Advised gym programme; review with GP if night pain.",
                         f"Onward referral to orthopaedics at {m('FAC', c.fac)}."]))
    if rng.random() < .5:
        L.append(f"Patient contact: {m('PH', phone(rng, c.loc))}")
    L.append("")
    L.append(f"{P(pt_phys.full())}, {cred(rng, c.loc, 'physio')}  Physiotherapist   {D(fdate(rng, last, 'dmy_long'))}")
    return "\n".join(L), c.mod
