"""blind14 styles: radiation-oncology simulation, iRECIST worksheet, portal message, interpreter call."""

from __future__ import annotations

import sys

C = sys.modules["b14_core"]
NM = sys.modules["b14_names"]

SITES = [
    ("left breast, post-lumpectomy", "{an=left breast}", "supine on breast board, arms up, {ms=10 degree} incline",
     "{sq=T2} {mod=MRI} not required", "42.56 Gy in 16 fractions"),
    ("prostate adenocarcinoma, Gleason 4+3", "{an=prostate}", "supine, knee-fix, comfortably full bladder",
     "fused with {mod=MRI} {sq=T2}-weighted axial and {sq=DWI}", "70 Gy in 28 fractions"),
    ("{ep=Hodgkin lymphoma}, mediastinal bulk", "{an=mediastinum}", "deep-inspiration breath hold, Vac-Lok",
     "fused with baseline PET/CT", "30 Gy in 15 fractions (ISRT)"),
    ("glioblastoma, resection cavity", "{an=right temporal lobe}", "thermoplastic mask, head rest B",
     "fused with {mod=MRI} {sq=T1 post-contrast} and {sq=T2 FLAIR}", "60 Gy in 30 fractions with TMZ"),
    ("NSCLC, peripheral nodule", "{an=right upper lobe}", "arms up on wingboard, abdominal compression",
     "4D {mod=CT} with 10 phases, ITV from MIP", "54 Gy in 3 fractions (SBRT)"),
    ("painful osseous metastasis", "{vl=T11} and {vl=L1} vertebral bodies", "supine, knee sponge",
     "fused with {mod=MRI} {sq=STIR} and {sq=T1}", "8 Gy in 1 fraction"),
]


def radonc_sim(r, d):
    pt, att, dosi, th1, th2, rel = NM.people(r, 6, None)
    c = C
    sim = C.rdate(r)
    site = r.choice(SITES)
    kw = dict(fac=NM.facility(r), pt=r.choice([pt.LF, pt.lf, pt.full]), mrn=c.mrn(r), dob=c.date(r, lo=1938, hi=1990),
              sim=c.date(r, sim), t1=c.time(r), ser=c.serial(r), att=att.family, dosi=dosi.full, th1=th1.init,
              th2=th2.first_last, acc=c.acc(r), prior=c.date(r, C.shift(sim, -r.randint(5, 40))),
              start=c.date(r, C.shift(sim, r.randint(6, 14)), ["md", "month_day", "mon_dot", "us"]),
              rel=rel.first_last, ph=c.phone(r), attf=att.full, sign=c.date(r, sim), st=c.time(r, "hm"))
    d.f("{FAC:fac}\nDepartment of Radiation Oncology\n\n{hdr=CT SIMULATION NOTE}\n\n"
        "Patient: {N:pt}          MRN {MRN:mrn}          DOB {D:dob}\n"
        "Sim date: {D:sim}   Time in room: {D:t1}   Sim accession {ACC:acc}\n"
        "Scanner: large-bore {mod=CT} simulator, SN {SER:ser}\n"
        "Attending: Dr. {N:att}    Dosimetrist: {N:dosi}    Therapists: {N:th1} / {N:th2}\n\n", **kw)
    d.f("Diagnosis/site: " + site[0] + ", " + site[1] + ".\n", )
    d.f("Immobilization: " + site[2] + ". Indexed to couch at H2.\n")
    d.f("{hdr=TECHNIQUE}: {mod=CT} simulation with {ms=2.5 mm} slices from {vl=C2} through {vl=L3}; " + site[3] +
        " obtained {D:prior}.\n", **kw)
    d.f("Isocenter: three tattoos placed; reference mark {ms=4 cm} inferior to the sternal notch.\n")
    d.f("Prescription intent: " + site[4] + ".\n\n")
    v = r.randrange(3)
    if v == 0:
        d.f("Psychosocial: patient was accompanied by {N:rel}, who drives for all fractions; best number {PH:ph}.\n", **kw)
    elif v == 1:
        d.f("Transport: {N:rel} (spouse) requests early slots; home {PH:ph}. Lives at ", **kw)
        d.span("ST", NM.street(r))
        d.w(" — ")
        d.put([x for x in NM.us_address(r)[2:]])
        d.w(".\n")
    else:
        d.f("Patient prefers " + pt.rel("her") + " first name only on the daily board; emergency contact {N:rel} {PH:ph}.\n", **kw)
    d.f("Planned first fraction {D:start}. Contours due 48 h before start.\n\n"
        "Electronically signed: {N:attf}, {cred=MD}  {D:sign} {D:st}\n", **kw)
    return "CT"


def recist_table(r, d):
    pt, rad, coord = NM.people(r, 3)
    base = C.rdate(r, 2024, 2025)
    crit = r.choice(["RECIST 1.1", "iRECIST", "mRECIST"])
    tps = [("Baseline", base)] + [(f"TP{i}", C.shift(base, 56 * i + r.randint(-4, 4))) for i in (1, 2, 3)]
    fmt = r.choice(["iso", "us", "dmy_abbr", "compact"])
    d.f("{hdr=TUMOR MEASUREMENT WORKSHEET} (" + crit + ")\n"
        "Protocol LUM-" + C.digits(r, 3) + "   Site: {FAC:fac}   Subject 0" + C.digits(r, 2) + "-" + C.digits(r, 4) +
        "\nPatient: {N:pt}   MRN: {MRN:mrn}   DOB: {D:dob}\nReader: Dr. {N:rad}   Coordinator: {N:coord} ({EM:em})\n\n",
        fac=NM.facility(r), pt=pt.LF, mrn=C.mrn(r), dob=C.date(r, fmts=[fmt], lo=1945, hi=1985), rad=rad.family,
        coord=coord.first_last, em=C.email(r, coord))
    d.w("Timepoint | Exam date  | Accession      | Modality\n")
    for name, t in tps:
        d.f(f"{name:<9} | " + "{D:dt} | {ACC:acc} | {mod:m}\n", dt=C.fdate(t, fmt), acc=C.acc(r), m=r.choice(["CT", "MRI"]))
    d.w("\nTarget lesions (longest diameter; nodes short axis)\n# | Location | " + " | ".join(n for n, _ in tps) + "\n")
    locs = ["right hepatic lobe segment 7", "left adrenal gland", "subcarinal lymph node", "right lower lobe",
            "peritoneal implant, left paracolic gutter", "segment 4a of the liver", "left iliac bone", "pancreatic tail"]
    tot = [0] * 4
    for i, loc in enumerate(r.sample(locs, r.randint(2, 4)), 1):
        v0 = r.randint(12, 48)
        vals = [v0] + [max(4, v0 + r.randint(-14, 8)) for _ in range(3)]
        d.f(f"T{i} | " + "{an:l} | ", l=loc)
        for j, v in enumerate(vals):
            tot[j] += v
            d.f(("{ms:v}" if j == 0 else " | {ms:v}"), v=f"{v} mm")
        d.w("\n")
    d.w("Sum | | " + " | ".join(f"{t} mm" for t in tot) + "\n\n")
    d.f("Non-target: {an=pleural effusion} — present/unequivocal progression not assessed.\n"
        "New lesions: " + r.choice(["none", "possible 6 mm hypodensity segment 2 (iUPD pending confirmation)",
                                    "new {ms=9 mm} lytic focus at {vl=L2}"]) + "\n")
    d.f("Note: TP2 was performed at {FAC:ofac} (outside); images imported by {N:coord2} on {D:imp}.\n"
        "Overall response at TP3: " + r.choice(["PR", "SD", "iUPD", "iCPD", "PD"]) + "\n\n"
        "Reader signature: {N:radf}, {cred=MD}   {D:sd}\n",
        ofac=NM.facility(r), coord2=NM.person(r).init, imp=C.date(r, tps[2][1]), radf=rad.full,
        sd=C.date(r, tps[3][1], [fmt]))
    return "CT"


def portal_message(r, d):
    pt, kid, staff, rad = NM.people(r, 4)
    rel = kid.rel(r.choice(["child", "child", "grandchild", "spouse", "niece"]))
    she, her = pt.rel("she"), pt.rel("her")
    low = r.random() < 0.7
    nm = (lambda p: p.lower) if low else (lambda p: p.first_last)
    sent = C.rdate(r)
    exam = C.shift(sent, -r.randint(1, 9))
    d.f("Patient Message\nFrom: {N:kid} (proxy for {N:pt})\nTo: {FAC:fac} Radiology\nSent: {D:sd} {D:st}\n"
        "Subject: " + r.choice(["question abt results", "re: mri", "CT scan billing??", "need to reschedule"]) + "\n\n",
        kid=kid.first_last, pt=pt.full, fac=NM.facility(r), sd=C.date(r, sent, ["us", "us_short"]),
        st=C.time(r, "ampm"))
    age = C.ages(r, True) if r.random() < 0.5 else r.randint(58, 88)
    d.f("hi its {N:kg} again, " + ("im " if low else "I'm ") + "{N:pg}'s " + rel + ". ", kg=kid.given.lower() if low else kid.given,
        pg=nm(pt))
    d.w(she + "s ")
    C.age_phrase(r, d, age, "yo")
    d.f(" and had the " + r.choice(["mri of " + her + " knee", "ct chest", "ultrasound of belly", "bone scan"]) +
        " on {D:ex} at ur " + r.choice(["downtown", "north"]) + " location. ", ex=C.fdate(exam, r.choice(["lower", "md", "ordinal"])))
    v = r.randrange(4)
    if v == 0:
        d.f("the report says {ep=bakers cyst} and {ms=3 cm} ?? is that cancer. dr {N:rad} never called back. "
            "pls call me {PH:ph} after {D:t}\n", rad=rad.family.lower() if low else rad.family, ph=C.phone(r, "space"),
            t=C.time(r, "ampm_lc"))
    elif v == 1:
        d.f(her + " dob is {D:dob} and mrn {MRN:mrn} (i think). we moved so the bill went to the old place, new addr is ",
            dob=C.date(r, C.dob_for(r, exam, age), ["us_short"]), mrn=C.mrn(r))
        d.put([("ST", NM.street(r).lower()), (None, " "), ("CITY", r.choice(NM.US_CITIES)[0].lower()), (None, " "),
               ("ZIP", NM.us_zip(r))])
        d.f(". acct # on the bill is {ACCT:acct}. email me at {EM:em} thx\n", acct=C.account(r), em=C.email(r, kid))
    elif v == 2:
        d.f("can we move " + her + " next one from {D:d1} to the week after?? " + she + " has {ep=parkinsons} so mornings r bad. "
            "also her insurance changed, new member id {HP:hp}\n", d1=C.fdate(C.shift(sent, 12), "md"), hp=C.plan_id(r))
    else:
        d.f(she + " saw the portal note that says {hdr=IMPRESSION}: no acute {an=fracture}... but " + her + " {an=hip} "
            "still hurts. my cousin {N:bro} will bring " + pt.rel("herself") + ", cell is {PH:ph}\n", bro=NM.person(r).given, ph=C.phone(r))
    d.f("\n— Reply —\nFrom: {N:staff}, RN (Radiology Nurse Navigator)\nSent: {D:rd}\n\nHi {N:kg}, thank you for the "
        "message. I have sent this to Dr. {N:rad} and the reading room. Please do not use the portal for urgent "
        "concerns; our scheduling line is {PH:desk}.\n{N:sg}\n", staff=staff.first_last, kg=kid.given, rad=rad.family,
        rd=C.date(r, C.shift(sent, 1), ["us"]), desk=C.phone(r, "paren"), sg=staff.given)
    return "MR"


LANGS = [("Spanish", "hispanic"), ("Vietnamese", "vietnamese"), ("Arabic", "arabic"), ("Mandarin", "chinese"),
         ("Yoruba", "yoruba"), ("Polish", "polish"), ("Punjabi", "indian")]
PROCS = [("{mod=CT}-guided biopsy of the {an=left iliac bone}", "hold apixaban 48 hours"),
         ("{mod=US}-guided thyroid FNA ({sc=TI-RADS 5} nodule, {ms=1.8 cm})", "no blood thinner changes"),
         ("{mod=MRI} prostate with contrast", "remove any patches; bring medication list"),
         ("paracentesis", "eat a light breakfast"),
         ("{mod=CT} abdomen with IV contrast", "hold metformin 48 hours after"),
         ("lumbar puncture under fluoroscopy at {vl=L3-L4}", "hold aspirin 5 days")]


def interpreter_call(r, d):
    lang, cult = r.choice(LANGS)
    pt, fam = NM.people(r, 2, cult)
    interp, nurse = NM.people(r, 2)
    proc, prep = r.choice(PROCS)
    when = C.rdate(r)
    d.f("{hdr=PRE-PROCEDURE TELEPHONE CALL} — INTERPRETER ASSISTED\n{FAC:fac}, Interventional Radiology\n"
        "Call placed {D:cd} {D:ct} by {N:nurse}, RN\nLanguage: " + lang + "; interpreter {N:interp} (video line 3)\n\n",
        fac=NM.facility(r), cd=C.date(r, C.shift(when, -2)), ct=C.time(r), nurse=nurse.first_last,
        interp=r.choice([interp.given, interp.first_last]))
    rel = fam.rel(r.choice(["child", "spouse", "niece", "sibling"]))
    d.f("Spoke with patient {N:pt} and " + rel + " {N:fam}, who answered on speaker. Two identifiers confirmed: "
        "name and DOB {D:dob}. MRN {MRN:mrn}.\n", pt=pt.full, fam=fam.full, dob=C.date(r, lo=1935, hi=1995), mrn=C.mrn(r))
    d.f("Procedure: " + proc + " scheduled {D:wd} at {D:wt}.\n", wd=C.date(r, when, ["long", "us", "month_day"]),
        wt=C.time(r, "ampm"))
    d.f("Instructions given via interpreter: " + prep + "; NPO after midnight except sips with meds; "
        "a driver is required.\nPatient asked (through interpreter) whether {N:famg} may stay in the room — "
        "explained one visitor in recovery only.\n", famg=fam.given)
    d.f("Arrival: main entrance, ", )
    d.put(NM.us_address(r, ", "))
    d.f(". Parking validated.\nCallback number confirmed: {PH:ph} (" + rel + "'s cell). Alternate {PH:ph2}.\n",
        ph=C.phone(r), ph2=C.phone(r, "local"))
    if r.random() < 0.5:
        d.f("Insurance on file: member {HP:hp}; encounter {ACCT:acct}.\n", hp=C.plan_id(r), acct=C.account(r))
    d.f("Teach-back completed in " + lang + ". Call ended {D:et}. — {N:nurse}\n", et=C.time(r, "hm"), nurse=nurse.init)
    return "CT"
