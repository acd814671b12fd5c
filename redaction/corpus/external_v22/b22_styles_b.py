"""blind22 styles B: nurse triage notes, contrast premedication orders, high-risk breast letters, VCUG notes."""

from __future__ import annotations

import b22_pools as P
from b22_clin import finding, modality_word
from b22_clin import meas as _m
from b22_doc import ACC, AGE, DEV, EML, FAC, HPI, MRN, PER, a90, age_mk, ana, cred, hdr, meas, sc, seq, yr
from b22_kit import dmk, doc_name, dtmk, fields, ini, nm, pt_addr, tel, titled, tmk

del _m


def nurse_triage(rng, d) -> str:
    ref = P.rand_date(rng)
    ids = P.IdStyle(rng)
    pt = P.patient(rng, ids, ref, lo=35, over89=0.15)
    rn, md = P.people(rng, 2)
    proc_d = P.shift(ref, rng.randrange(2, 10))
    proc = rng.choice([("CT-guided lung biopsy", "CT", "chest"), ("US-guided liver biopsy", "US", "abdomen"),
                       ("paracentesis", "US", "abdomen"), ("lumbar puncture under fluoroscopy", "XR", "spine"),
                       ("thyroid FNA", "US", "thyroid")])
    style = rng.randrange(3)
    if style == 0:
        d.line(f"{hdr('RADIOLOGY NURSING')} - {rng.choice(['pre-procedure phone triage', 'PRE-PROCEDURE CALL'])}")
        d.line(f"{nm(rng, pt.p, 'LF')}  MRN {MRN(pt.mrn)}  DOB {dmk(rng, pt.dob, 'full')}")
    elif style == 1:
        d.line(f"Triage call {dtmk(rng, ref)} re: {nm(rng, pt.p)} (DOB {dmk(rng, pt.dob, 'full')})")
    else:
        d.line(f"Pt: {nm(rng, pt.p)} / {MRN(pt.mrn)}")
        d.line(f"Called {tel(rng)} on {dmk(rng, ref, 'md')} at {tmk(rng)}; {rng.choice(['pt answered', 'spoke w/ pt', 'LVM x1, pt called back'])}")
    agew = f"{age_mk(pt.age)}{rng.choice([' yo', '-year-old', 'y', ' y/o'])}"
    hx = [f"{agew} {'F' if pt.p.sex == 'F' else 'M'} scheduled for {proc[0]} on {dmk(rng, proc_d)} with {doc_name(rng, md)}."]
    meds = rng.sample(["apixaban 5 mg BID", "warfarin", "clopidogrel 75 mg daily", "aspirin 81 mg", "metformin 1000 mg BID",
                       "enoxaparin", "no anticoagulants"], 2)
    if "no anticoagulants" in meds:
        meds = ["no anticoagulants", rng.choice(["metformin 1000 mg BID", "levothyroxine", "lisinopril 10 mg"])]
    hx.append(f"Meds reviewed: {', '.join(meds)}.")
    if "warfarin" in meds:
        hx.append(f"INR check ordered for {dmk(rng, P.shift(proc_d, -1), rng.choice(['md', 'Mon.d', 'mdY']))}.")
    if "apixaban 5 mg BID" in meds:
        hx.append(f"Instructed to hold apixaban 48 h; last dose evening of {dmk(rng, P.shift(proc_d, -3), 'md')}.")
    if "metformin 1000 mg BID" in meds and proc[1] == "CT":
        hx.append(f"eGFR {rng.randrange(28, 95)} on {dmk(rng, P.shift(ref, -rng.randrange(5, 60)))}; metformin hold per protocol.")
    hx.append(rng.choice(["NPO after midnight except meds with sips.", "Needs driver; daughter to bring.",
                          f"Prior {modality_word(rng, proc[1])}: {finding(rng, proc[2])}"]))
    d.line(" ".join(hx))
    if rng.random() < 0.6:
        fam = P.person(rng, kind="western")
        d.line(f"Ride/escort: {nm(rng, fam, 'short')} {tel(rng)}" if rng.random() < 0.5 else
               f"Emergency contact {nm(rng, fam)} ({rng.choice(['spouse', 'son', 'friend'])}), {tel(rng)}")
    if rng.random() < 0.3:
        d.line(f"Pacemaker present - {rng.choice(['Medtronic', 'Boston Scientific', 'Abbott'])} SN {DEV(P.serial(rng))}; rep notified.")
    d.line(f"{PER(rn.short())}, {cred(rng.choice(['RN', 'BSN, RN', 'RN, CRN']))}" if rng.random() < 0.6 else
           f"-- {ini(rn)} {cred('RN')} {tmk(rng)}")
    return proc[1]


def premed_order(rng, d) -> str:
    ref = P.rand_date(rng)
    ids = P.IdStyle(rng)
    pt = P.patient(rng, ids, ref, over89=0.1)
    ordr, pharm = P.people(rng, 2)
    prior_d = P.shift(ref, -rng.randrange(200, 2000))
    fac = P.facility(rng)
    exam_h = rng.choice([8, 9, 10, 13, 14, 15])
    m = rng.choice(["CT", "MR"])
    agent = "iodinated contrast" if m == "CT" else "gadolinium"
    d.line(rng.choice(["CONTRAST PREMEDICATION ORDER", "Order: Contrast allergy premedication (elective)",
                       "PREMEDICATION PROTOCOL - CONTRAST HYPERSENSITIVITY"]))
    fields(rng, d, [
        (["Patient", "Name", "PATIENT NAME"], nm(rng, pt.p, rng.choice(["LF", "lf", "full"]))),
        (["DOB", "Birth date", "D.O.B."], dmk(rng, pt.dob, P.full_date_form(rng))),
        (["Age", "AGE"], age_mk(pt.age), 0.5),
        (["MRN", "Medical record no."], MRN(pt.mrn)),
        (["Exam", "Procedure"], f"{modality_word(rng, m)} {rng.choice(['abdomen/pelvis with contrast', 'chest with contrast', 'brain with and without', 'liver protocol'])}"),
        (["Accession", "Acc#"], ACC(ids.acc()), 0.7),
        (["Scheduled", "Exam time"], dtmk(rng, P.shift(ref, 1), (exam_h, 0))),
    ])
    d.line()
    d.line(f"{hdr(rng.choice(['Allergy history', 'REACTION HISTORY', 'Indication']))}: " + rng.choice([
        f"Hives and throat tightness after {agent} on {dmk(rng, prior_d)} at {FAC(fac)}.",
        f"Prior moderate reaction ({sc('ACR moderate')}) to {agent} in {yr(prior_d.year)}; treated with epinephrine.",
        f"Per patient, \"broke out all over\" after a {modality_word(rng, m)} in {yr(prior_d.year)} at {FAC(fac)}.",
    ]))
    d.line()
    d.line(hdr(rng.choice(["Regimen", "ORDERS", "Medications"])) + ":")
    if rng.random() < 0.5:
        for hrs in (13, 7, 1):
            h = (exam_h - hrs) % 24
            day = P.shift(ref, 1) if exam_h - hrs >= 0 else ref
            d.line(f"  prednisone 50 mg PO at {dtmk(rng, day, (h, 0), 'md' if rng.random() < 0.5 else None, sep=' ')}  ({hrs} h before)")
        d.line("  diphenhydramine 50 mg PO/IV 1 hour prior to contrast")
    else:
        d.line(f"  methylprednisolone 32 mg PO 12 h and 2 h before exam (i.e. {tmk(rng, ((exam_h - 12) % 24, 0))} "
               f"{'prior evening' if exam_h < 12 else 'same day'} and {tmk(rng, (exam_h - 2, 0))})")
        d.line("  cetirizine 10 mg PO 1 h prior")
    if rng.random() < 0.5:
        d.line(f"  Weight {meas(str(rng.randrange(48, 130)) + ' kg')}; eGFR {rng.randrange(45, 110)}")
    d.line()
    d.line(f"Ordered by: {doc_name(rng, ordr, ('MD', 'DO', 'NP', 'PA-C'))}  {dmk(rng, ref, 'md')} {tmk(rng)}")
    if rng.random() < 0.7:
        d.line(f"Verified: {PER(pharm.short() if rng.random() < 0.5 else pharm.initial_last())}, {cred('PharmD')}")
    if rng.random() < 0.4:
        d.line(f"Patient instructed by phone ({tel(rng)}); pharmacy: {rng.choice(['Walgreens', 'CVS', 'hospital outpatient pharmacy'])}.")
    return m


def highrisk_letter(rng, d) -> str:
    ref = P.rand_date(rng)
    ids = P.IdStyle(rng)
    pt = P.patient(rng, ids, ref, lo=28, hi=62, over89=0.0, sex="F")
    mom, sis, md, nav = P.people(rng, 4, sex="F")
    mom.family = pt.p.family if pt.p.kind != "mononym" and rng.random() < 0.5 else mom.family
    clinic = P.facility(rng, rng.choice(["Cancer Center", "Women's Imaging", "Medical Center"]))
    risk = round(rng.uniform(20.5, 38.0), 1)
    mri_d = P.shift(ref, rng.randrange(20, 90))
    d.line(f"{FAC(clinic)} - {rng.choice(['High-Risk Breast Clinic', 'Breast Cancer Risk Assessment Program', 'Hereditary Cancer & High-Risk Clinic'])}")
    d.line()
    d.line(dmk(rng, ref, rng.choice(["MonthdY", "MondY", "mdY", "dMonthY"])))
    d.line()
    d.line(nm(rng, pt.p, rng.choice(["full", "short"])))
    d.line(pt_addr(rng, pt, rng.choice(["two", "two", "one"])))
    if rng.random() < 0.4:
        d.line(f"MRN: {MRN(pt.mrn)}")
    d.line()
    d.line(f"Dear {titled(rng, pt.p) if rng.random() < 0.6 else PER(pt.p.given)},")
    d.line()
    gen = rng.choice(["BRCA2", "CHEK2", "PALB2", "no known pathogenic variant"])
    d.line(f"Thank you for meeting with us on {dmk(rng, P.shift(ref, -rng.randrange(3, 20)), rng.choice(['MonthdY', 'Monthd', 'md']))}. "
           f"Based on your family history and {'genetic testing (' + gen + ')' if gen != 'no known pathogenic variant' else 'negative genetic testing'}, "
           f"your estimated lifetime risk of breast cancer is {sc(f'{risk}% (Tyrer-Cuzick v8)')}" + ".")
    famline = [f"your mother{', ' + nm(rng, mom, 'short') + ',' if rng.random() < 0.5 else ''} was diagnosed at age {a90(rng.randrange(38, 55))}"]
    if rng.random() < 0.6:
        famline.append(f"your sister {PER(sis.given)} at {a90(rng.randrange(33, 50))}")
    if rng.random() < 0.35:
        famline.append(f"your grandmother, who lived to {AGE(rng.randrange(90, 99))}, had ovarian cancer")
    d.line("As we discussed, " + "; ".join(famline) + ".")
    d.line()
    d.line(f"We recommend annual breast {mod_mri(rng)} alternating with mammography every six months. Your first "
           f"{mod_mri(rng)} is scheduled for {dtmk(rng, mri_d, None, rng.choice(['MonthdY', 'mdY', 'MondY']), sep=' at ')} "
           f"at {FAC(clinic) if rng.random() < 0.5 else 'our main campus'}. Please schedule it between days 7 and 14 of your cycle "
           f"if you still have periods; the exam uses {seq('DCE')} and {seq('T2')} imaging and takes about 30 minutes.")
    if rng.random() < 0.5:
        d.line(f"Your last mammogram ({dmk(rng, P.shift(ref, -rng.randrange(30, 300)), 'md')}) was read as {sc(rng.choice(['BI-RADS 1', 'BI-RADS 2']))} "
               f"with {sc('heterogeneously dense')} tissue.")
    d.line()
    d.line(f"Questions? Call our nurse navigator, {PER(nav.short())}, at {tel(rng)}" +
           (f" or e-mail {EML(nav.email(rng))}." if rng.random() < 0.5 else "."))
    d.line()
    d.line("Warm regards,")
    d.line(f"{PER(md.short())}, {cred(rng.choice(['MD', 'MD, MPH', 'DO', 'NP']))}")
    if rng.random() < 0.4:
        d.line(f"cc: {doc_name(rng, P.person(rng), ('MD',), 'comma')} (primary care)")
    return "MR"


def mod_mri(rng) -> str:
    from b22_doc import mod
    return mod(rng.choice(["MRI", "MR", "magnetic resonance imaging"]))


def vcug_note(rng, d) -> str:
    ref = P.rand_date(rng)
    ids = P.IdStyle(rng)
    kid = P.patient(rng, ids, ref, lo=0, hi=11, over89=0.0)
    par1, par2 = P.people(rng, 2)
    if kid.p.kind != "mononym" and rng.random() < 0.7:
        par1.family = kid.p.family
    rad, res, tech = P.people(rng, 3)
    months = rng.randrange(3, 30)
    age_txt = (f"{a90(months)}-month-old" if kid.age < 3 and rng.random() < 0.6 else f"{a90(max(kid.age, 1))}-year-old")
    sex = rng.choice([("girl", "boy"), ("female", "male")])[0 if kid.p.sex == "F" else 1]
    head = rng.choice(["FLUOROSCOPY - VOIDING CYSTOURETHROGRAM", "VCUG", "Voiding cystourethrogram (pediatric)"])
    d.line(head)
    fields(rng, d, [
        (["Patient", "Name"], nm(rng, kid.p, rng.choice(["LF", "lf", "short"]))),
        (["MRN", "MR#"], MRN(kid.mrn)),
        (["DOB", "Date of birth"], dmk(rng, kid.dob, 'full')),
        (["Exam date", "Date of service", "DOS"], dtmk(rng, ref)),
        (["Accession", "Acc"], ACC(ids.acc()), 0.8),
        (["Referring", "Ordered by"], doc_name(rng, P.person(rng), ('MD', 'DO', 'NP'))),
        (["Insurance ID", "Medicaid #"], HPI(P.plan_id(rng)), 0.35),
    ], sep=rng.choice([": ", ":  ", " "]))
    d.line()
    d.line(f"{hdr(rng.choice(['HISTORY', 'Clinical indication', 'INDICATION']))}: {age_txt} {sex} with "
           f"{rng.choice(['febrile UTI x2', 'antenatal hydronephrosis', 'recurrent pyelonephritis', 'UTI with E. coli'])}.")
    parent = "Mother" if par1.sex == "F" else "Father"
    d.line(f"{hdr(rng.choice(['TECHNIQUE', 'Procedure']))}: {rng.choice(['8 Fr', '5 Fr', '6 Fr'])} feeding tube placed by "
           f"{PER(tech.short())}, {cred(rng.choice(['RT(R)', 'RN', 'CCLS']))} using sterile technique. "
           f"{rng.choice([parent, 'Parent'])} ({nm(rng, par1, 'short')}) present"
           + (f" with {PER(par2.given)}" if rng.random() < 0.4 else "") + " throughout. "
           f"Fluoroscopy time {meas(f'{rng.uniform(0.3, 2.5):.1f} min')}; DAP {meas(f'{rng.uniform(1.0, 9.0):.1f} uGy*m2')}.")
    cap = f"{ana('Bladder')} capacity {meas(str(rng.randrange(60, 260)) + ' mL')}."
    if rng.random() < 0.6:
        side = rng.choice(["left", "right"])
        grade = rng.choice(["I", "II", "III", "IV"])
        fnd = (f"Reflux into the {ana(side + ' ureter')}" + (f" and {ana('renal pelvis')}" if grade != "I" else "")
               + (f" with blunting of the {ana('calyces')}" if grade in ("III", "IV") else "") + f" during {rng.choice(['filling', 'voiding'])}.")
        imp = f"{sc('Grade ' + grade)} vesicoureteral reflux on the {side}."
    else:
        fnd = f"No vesicoureteral reflux. Normal {ana('posterior urethra')} on voiding views."
        imp = rng.choice(["No vesicoureteral reflux.", "Normal VCUG."])
    parts = [fnd, cap] if rng.random() < 0.5 else [cap, fnd]
    d.line(f"{hdr(rng.choice(['FINDINGS', 'Findings']))}: " + " ".join(parts))
    d.line(f"{hdr(rng.choice(['IMPRESSION', 'Impression']))}: {imp}")
    if rng.random() < 0.5:
        d.line(f"Results discussed with {rng.choice([parent.lower(), 'parents'])} at bedside; "
               f"follow-up with urology ({doc_name(rng, P.person(rng), ('MD',), 'dr')}) on {dmk(rng, P.shift(ref, 14), 'md')}.")
    d.line(f"{doc_name(rng, rad, ('MD', 'DO'))}" + (f" / resident {PER(res.short())}, {cred('MD')}" if rng.random() < 0.5 else ""))
    return "XR"
