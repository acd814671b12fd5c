"""blind23 styles, part A: sonographer worksheets, concordance letters, biopsy flowsheets,
IR clinic phone follow-ups, fellow-written treatment-response summaries."""

from __future__ import annotations

import datetime as dt
import random

from b23_clin import H, findings, impression, year
from b23_ctx import M, ctx, fields, lab
from b23_doc import Doc
from b23_fmt import D, P, T, address, age_mk, dr, email, phone, pn, serial, staff


def us_tech_worksheet(rng: random.Random) -> Doc:
    c = ctx(rng, "US")
    d = Doc("US")
    tech, rad, orderer, rel = c.ppl[1:5]
    d.ml(lab(rng, "SONOGRAPHER WORKSHEET", "US Tech Worksheet", "Ultrasound Preliminary Worksheet (not a final report)",
             "** SONO WORKSHEET **"), "")
    pairs = [
        (lab(rng, "Patient", "Pt name", "Name", "PATIENT"), pn(rng, c.pt)),
        (lab(rng, "DOB", "Birth date", "D.O.B."), D(rng, c.dob)),
        (lab(rng, "MRN", "Med rec #", "MR No."), M(c.mrn, "MRN")),
        (lab(rng, "Acc", "Accession", "Acc#"), M(c.acc, "ACCESSION")),
        (lab(rng, "Exam", "Study", "Procedure"), c.exam),
        (lab(rng, "Date of service", "Exam date", "DOS"), f"{D(rng, c.sd)} {T(rng)}"),
        ("?" + lab(rng, "Ordering", "Ordered by", "Referring"), dr(rng, orderer)),
        ("?" + lab(rng, "Age", "Pt age"), age_mk(c.age) + rng.choice(["", " y", " yrs", "Y"])),
        ("?" + lab(rng, "Unit / probe", "Machine", "Scanner"),
         f"{rng.choice(['Logiq E10', 'EPIQ Elite', 'Aplio i800', 'Acuson Sequoia'])} SN {M(serial(rng), 'DEVICE_SERIAL')}"),
    ]
    d.ml(fields(rng, pairs), "")
    d.ml(lab(rng, "Measurements / tech impression:", "TECH FINDINGS", "Sonographer observations -"))
    for f in findings(rng, c.region, rng.randrange(1, 4)):
        d.ml(rng.choice(["- ", "* ", "  "]) + f)
    d.m("\n" + lab(rng, "Hand-off comments", "HANDOFF", "Notes for reading radiologist", "Comments") + ": ")
    bits = [
        f"pt arrived late, scanned at {T(rng)}",
        f"images pushed to {dr(rng, rad, 'dr_last')} queue",
        f"{rng.choice(['husband', 'daughter', 'son', 'partner', 'niece'])} {pn(rng, rel, ('full', 'given', 'full_mid'))} "
        f"waiting in lobby, cell {M(phone(rng), 'PHONE')}",
        f"prior from {M(c.fac, 'FACILITY')} not in PACS",
        f"limited by body habitus",
        f"pt states prior study in {year(rng.randrange(2012, 2024))}",
    ]
    rng.shuffle(bits)
    d.m(rng.choice(["; ", ". ", " / "]).join(bits[:rng.randrange(3, 6)]) + ".\n")
    d.m(f"{lab(rng, 'Sonographer', 'Tech', 'Scanned by')}: {staff(rng, tech, ['RDMS', 'RDMS, RVT', 'RVT', 'RT(R)'])}")
    if rng.random() < 0.5:
        d.m(f"   ext {rng.randrange(2000, 7999)}")
    return d


def biopsy_concordance_letter(rng: random.Random) -> Doc:
    c = ctx(rng, "MG", lo_age=35)
    d = Doc("MG")
    rad, nav, surg = c.ppl[1:4]
    bx = c.sd - dt.timedelta(days=rng.randrange(4, 12))
    d.ml(M(c.fac, "FACILITY"), rng.choice(["Breast Imaging", "Breast Health Program", "Women's Imaging Department"]))
    if rng.random() < 0.6:
        d.ml(rng.choice(["Phone ", "Tel. ", ""]) + M(phone(rng), "PHONE"))
    d.ml("", D(rng, c.sd, ["MonthdY", "MondY", "dMonthY", "mdY"]), "")
    d.ml(pn(rng, c.pt, ("full", "full_mid", "FULL")), address(rng, False), "")
    greet = rng.choice([f"Dear {rng.choice(['Ms.', 'Mrs.', 'Mx.', 'Mr.'])} {P(c.pt.last)},",
                        f"Dear {P(c.pt.render('given'))},", f"Dear {P(c.pt.render('full'))}:"])
    d.ml(greet, "")
    kind = rng.choice(["benign", "benign", "high-risk", "malignant"])
    path = {"benign": "fibroadenoma", "high-risk": "atypical ductal hyperplasia",
            "malignant": "invasive ductal carcinoma"}[kind]
    d.m(f"Thank you for coming in on {D(rng, bx, ['Monthd', 'MonthdY', 'mdY', 'Mon.d'])} for your "
        f"{rng.choice(['ultrasound-guided', 'stereotactic', 'MRI-guided'])} breast biopsy. The pathologist's "
        f"result is {path}. ")
    if kind == "benign":
        d.m("Our radiologists reviewed the pathology together with your images and found the result "
            "\"concordant\", which means the tissue we sampled explains what we saw. ")
        d.m(f"We recommend a follow-up {M('mammogram', 'modality')} and {M('ultrasound', 'modality')} in "
            f"{rng.choice(['6', 'six', '12'])} months.\n\n")
    else:
        d.m(f"Because this result needs further care, we have shared it with {dr(rng, surg, 'dr_full')} "
            f"of the {rng.choice(['breast surgery clinic', 'Cancer Center', 'surgical oncology team'])}, "
            f"whose office will call you. ")
        d.m(f"Your appointment is pencilled in for {D(rng, c.sd + dt.timedelta(days=rng.randrange(3, 15)), ['Monthd', 'md', 'MonthdY'])} "
            f"at {T(rng, forms=['12', '12c', '12l'])}.\n\n")
    if rng.random() < 0.5:
        d.m(f"The final assessment is {M({'benign': 'BI-RADS 2', 'high-risk': 'BI-RADS 4B', 'malignant': 'BI-RADS 6'}[kind], 'score')}. ")
    d.m(f"If you have questions, your nurse navigator {staff(rng, nav, ['RN', 'BSN, RN', 'NP'])} can be reached at "
        f"{M(phone(rng), 'PHONE')}" + (f" or {M(email(rng, nav), 'EMAIL')}" if rng.random() < 0.5 else "") + ".\n\n")
    d.ml(rng.choice(["Sincerely,", "Warm regards,", "With best wishes,"]), "", dr(rng, rad, rng.choice(["full_cred", "last_cred"])))
    d.ml(rng.choice(["Breast Imaging Radiologist", "Director, Breast Imaging", "Staff Radiologist"]))
    if rng.random() < 0.6:
        d.m(f"\ncc: {dr(rng, c.ppl[4], 'dr_full')} (primary care)   " +
            f"{lab(rng, 'MRN', 'Record #')} {M(c.mrn, 'MRN')}")
    return d


def ct_biopsy_flowsheet(rng: random.Random) -> Doc:
    c = ctx(rng, "CT")
    d = Doc("CT")
    rn, rad, tech, fam = c.ppl[1:5]
    site = rng.choice([("«right lower lobe|anatomy» nodule", "chest"), ("«left adrenal|anatomy» mass", "abd"),
                       ("«iliac bone|anatomy» lesion", "msk"), ("«retroperitoneal|anatomy» node", "abd"),
                       ("«liver|anatomy» «segment VI|anatomy» lesion", "abd")])
    d.ml(rng.choice(["CT-GUIDED BIOPSY - NURSING FLOWSHEET", "IR Nursing Procedure Record (CT)",
                     "Procedural Sedation / CT Bx Flowsheet"]))
    d.ml(fields(rng, [
        (lab(rng, "Patient", "Name", "Pt"), pn(rng, c.pt, ("LAST_FIRST", "last_first", "full"))),
        (lab(rng, "MRN", "MR#"), M(c.mrn, "MRN")),
        ("?" + lab(rng, "DOB", "Date of birth"), D(rng, c.dob)),
        (lab(rng, "Proc date", "Date"), D(rng, c.sd)),
        (lab(rng, "Target", "Site"), site[0]),
        (lab(rng, "Operator", "Proceduralist", "Attending"), dr(rng, rad)),
        ("?" + lab(rng, "CT tech", "Technologist"), staff(rng, tech, ["RT(R)(CT)", "RT(R)", "ARRT"])),
        ("?Acc", M(c.acc, "ACCESSION")),
        ("?" + lab(rng, "Age", "Age (yrs)"), age_mk(c.age)),
    ], fixed=1), "")
    d.ml(rng.choice(["TIME   HR  BP       SpO2  RASS  NOTE", "Time | HR | BP | SpO2 | Comment",
                     "time  hr  bp  sat  comments"]))
    h, m = rng.randrange(7, 15), rng.randrange(0, 50)
    notes = ["time-out completed", "midazolam 1 mg IV", "fentanyl 50 mcg IV", "lidocaine local",
             f"{M('18G', 'measurement')} coaxial needle placed", "3 cores obtained", "post-scan: no pneumothorax",
             "small pneumothorax, observed", "to recovery"]
    start = rng.randrange(0, 3)
    for note in notes[start:start + rng.randrange(4, 7)]:
        m += rng.randrange(3, 12)
        if m >= 60:
            h, m = h + 1, m - 60
        tm = T(rng, h, m, [rng.choice(["24", "mil"])])
        d.ml(f"{tm}  {rng.randrange(58, 104)}  {rng.randrange(100, 160)}/{rng.randrange(55, 95)}  "
             f"{rng.randrange(92, 100)}%  {rng.choice(['0', '-1', '0'])}  {note}")
    d.ml("")
    if rng.random() < 0.7:
        d.m(f"{lab(rng, 'Family', 'Contact', 'Ride home')}: {pn(rng, fam, ('full', 'given'))} "
            f"({rng.choice(['wife', 'brother', 'friend', 'son', 'daughter-in-law'])}) {M(phone(rng), 'PHONE')}\n")
    d.m(f"{lab(rng, 'RN', 'Recorded by', 'Nurse')}: {staff(rng, rn, ['RN', 'BSN, RN'])}"
        f" {D(rng, c.sd, ['md', 'mdY'])} {T(rng, h + 1, rng.randrange(60), ['24'])}")
    return d


def ir_phone_followup(rng: random.Random) -> Doc:
    c = ctx(rng, None, old_p=0.22)
    d = Doc(c.mod)
    rn, att, fam = c.ppl[1:4]
    proc = rng.choice(["port placement", "tunneled dialysis catheter", "uterine fibroid embolization",
                       "kyphoplasty at «L1|vertebral_level»", "IVC filter retrieval", "paracentesis",
                       "percutaneous nephrostomy", "G-tube placement", "thyroid FNA"])
    pday = c.sd - dt.timedelta(days=rng.randrange(1, 15))
    d.ml(rng.choice(["IR Clinic - Telephone Follow-up", "Phone note (Interventional Radiology)",
                     "IR post-procedure call", "TELEPHONE ENCOUNTER"]))
    if rng.random() < 0.5:
        d.ml(f"{pn(rng, c.pt, ('LAST_FIRST',))}  {M(c.mrn, 'MRN')}  {lab(rng, 'DOB', 'dob')} {D(rng, c.dob)}")
    d.ml(f"{D(rng, c.sd)} {T(rng)}", "")
    who = rng.random()
    if who < 0.6:
        d.m(f"Called pt at {M(phone(rng), 'PHONE')} for post-procedure check after {proc} on "
            f"{D(rng, pday, ['md', 'Monthd', 'mdY', 'Mon.d'])}. ")
    else:
        rel = rng.choice(["daughter", "son", "husband", "wife", "caregiver", "grandson"])
        d.m(f"Spoke with pt's {rel} {pn(rng, fam, ('full', 'given', 'full_mid'))} at {M(phone(rng), 'PHONE')} "
            f"(pt {rng.choice(['hard of hearing', 'asleep', 'at dialysis'])}); {proc} done "
            f"{D(rng, pday, ['md', 'Monthd', 'mdY'])} by {dr(rng, att, 'dr_last')}. ")
    if rng.random() < 0.4:
        d.m(f"Pt is {age_mk(c.age)} and lives {rng.choice(['alone', 'with spouse', 'in assisted living'])}. ")
    sx = rng.sample(["denies fever", "site c/d/i", "mild soreness at site", "no bleeding", "tolerating diet",
                     f"pain {M(str(rng.randrange(0, 6)) + '/10', 'score')}", "some bruising",
                     f"drain output {M(str(rng.randrange(10, 90)) + ' mL/day', 'measurement')}", "back pain improved"], 3)
    joined = ", ".join(sx)
    d.m(joined[0].upper() + joined[1:] + ". ")
    if rng.random() < 0.5:
        d.m(f"Reviewed post-procedure {M(rng.choice(['CT', 'XR', 'US']), 'modality')} "
            f"({M(c.acc, 'ACCESSION')}): {findings(rng, c.region, 1)[0]} ")
    d.m(rng.choice(["Reinforced return precautions. ", "Advised to call back with any fever >101. ",
                    "Instructed to go to ED for bleeding. "]))
    fu = c.sd + dt.timedelta(days=rng.randrange(7, 60))
    d.m(f"Follow-up in IR clinic {D(rng, fu, ['md', 'mdY', 'Monthd', 'MonthdY'])}"
        + (f" at {T(rng, forms=['12', '12c'])}" if rng.random() < 0.6 else "") + ".\n\n")
    d.m(f"-- {staff(rng, rn, ['RN', 'BSN, RN', 'NP', 'PA-C'])}")
    if rng.random() < 0.5:
        d.m(f"\nRouted to {dr(rng, att)} for co-signature.")
    return d


def onc_response_summary(rng: random.Random) -> Doc:
    c = ctx(rng, "CT", old_p=0.12)
    d = Doc("CT")
    fellow, att, onc = c.ppl[1:4]
    dx, rx = rng.choice([("«Hodgkin lymphoma|eponym»", "ABVD"), ("metastatic colorectal adenocarcinoma", "FOLFOX"),
                         ("NSCLC, adenocarcinoma", rng.choice(["pembrolizumab", "carboplatin/pemetrexed"])),
                         ("«Ewing sarcoma|eponym» of the «left femur|anatomy»", "VDC/IE"), ("HCC", "atezolizumab/bevacizumab"),
                         ("renal cell carcinoma", "nivolumab/ipilimumab")])
    tl = sorted([c.sd - dt.timedelta(days=rng.randrange(20, 400)) for _ in range(3)]) + [c.sd]
    d.ml(rng.choice(["Treatment Response Summary", "Imaging response summary for tumor clinic",
                     "ONCOLOGY IMAGING RESPONSE - fellow summary"]), "")
    intro = rng.choice([
        f"{pn(rng, c.pt, ('full', 'full_mid', 'initial'))} is a {age_mk(c.age)}-year-old with {dx} ",
        f"Pt: {pn(rng, c.pt, ('LAST_FIRST', 'last_first'))} ({M(c.mrn, 'MRN')}), {age_mk(c.age)} yo, {dx}, ",
        f"This {age_mk(c.age)} y/o {rng.choice(['man', 'woman', 'patient'])} ({pn(rng, c.pt, ('full',))}) with {dx} ",
    ])
    d.m(intro + f"diagnosed in {year(rng.randrange(2015, 2025))}, on {rx} "
        f"since {D(rng, tl[0], ['MonthdY', 'mdY', 'Monthd', 'md'])}.\n\n")
    d.m(f"{H(rng, 'COMPARISON')}: baseline {D(rng, tl[1], ['mdY', 'iso', 'dMonY'])}"
        f"{' (outside, ' + M(rng.choice(['Northgate', 'Kittredge', 'Elmstead']) + ' Imaging', 'FACILITY') + ')' if rng.random() < 0.3 else ''}"
        f", interval {D(rng, tl[2], ['mdY', 'iso', 'md'])}, current {D(rng, c.sd, ['mdY', 'iso'])}"
        f" ({M(c.acc, 'ACCESSION')}).\n\n")
    d.ml(f"Target lesions (RECIST 1.1 by {pn(rng, fellow, ('initial', 'full'))}):")
    total0 = total1 = 0
    for site in rng.sample(["«right lower lobe|anatomy» mass", "«segment IVa|anatomy» liver lesion",
                            "left para-aortic node", "«right adrenal|anatomy»", "«T10|vertebral_level» lytic lesion",
                            "subcarinal node"], rng.randrange(2, 4)):
        a = rng.randrange(12, 60)
        b = max(5, a + rng.randrange(-20, 10))
        total0, total1 = total0 + a, total1 + b
        d.ml(f"  {site}: {M(f'{a} mm', 'measurement')} -> {M(f'{b} mm', 'measurement')}")
    pct = round(100 * (total1 - total0) / total0)
    resp = "PR" if pct <= -30 else ("PD" if pct >= 20 else "SD")
    d.m(f"Sum {M(f'{total0} mm', 'measurement')} -> {M(f'{total1} mm', 'measurement')} ({pct:+d}%), {resp}. ")
    if rng.random() < 0.5:
        d.m(f"{M(rng.choice(['Deauville 3', 'Deauville 4', 'Deauville 2']), 'score')} on the correlative PET. ")
    d.m(f"Non-target: {rng.choice(['stable', 'unequivocal progression of bone disease', 'resolved effusion'])}.\n\n")
    d.m(f"Discussed with {dr(rng, att)} on {D(rng, c.sd, ['md', 'mdY'])}; "
        f"{rng.choice(['will present at', 'to be added to', 'queued for'])} tumor clinic. Primary oncologist "
        f"{dr(rng, onc, 'dr_last')} ({M(email(rng, onc), 'EMAIL')}) aware.\n\n")
    d.m(f"{rng.choice(['Prepared by', 'Fellow', '-'])} {dr(rng, fellow, rng.choice(['full_cred', 'plain']))}, "
        f"{rng.choice(['PGY-6', 'Body Imaging Fellow', 'Oncologic Imaging Fellow'])}")
    return d


STYLES_A = {
    "us_tech_worksheet": us_tech_worksheet,
    "biopsy_concordance_letter": biopsy_concordance_letter,
    "ct_biopsy_flowsheet": ct_biopsy_flowsheet,
    "ir_phone_followup": ir_phone_followup,
    "onc_response_summary": onc_response_summary,
}
