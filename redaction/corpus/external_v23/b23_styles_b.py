"""blind23 styles, part B: paediatric parent letters, informatics change requests, retyped downtime
requisitions, MRI contrast waivers, chaplain referrals from imaging."""

from __future__ import annotations

import datetime as dt
import random

from b23_clin import year
from b23_ctx import M, ctx, fields, lab
from b23_doc import Doc
from b23_fmt import (D, P, T, accession, account, address, age_mk, digits, dob_for_age, dr, email, ip, phone, plan_id, pn,
                     serial, ssn, staff)
from b23_pools import KUNYA, VENDORS_PAYERS

PEDS = [
    ("US", "hip ultrasound", "The «alpha angle|anatomy» was «58 degrees|measurement» on the left (Graf type IIa), "
     "which is common in young babies and usually improves on its own."),
    ("XR", "bone age X-ray", "Using the «Greulich and Pyle|eponym» atlas, the bone age is about "
     "«11 years 6 months|measurement», close to the actual age."),
    ("XR", "hip X-rays", "There is flattening of the left femoral head, a condition called «Legg-Calvé-Perthes disease|eponym»."),
    ("XR", "knee X-rays", "There is irregularity at the tibial tubercle consistent with «Osgood-Schlatter disease|eponym», "
     "a common cause of knee pain in active kids."),
    ("US", "abdominal ultrasound", "The appendix was not enlarged (under «6 mm|measurement») and there was no fluid."),
    ("MR", "MRI of the brain", "The «cerebellar tonsils|anatomy» sit «6 mm|measurement» low, a mild «Chiari I malformation|eponym»; "
     "the «T2|sequence» and «FLAIR|sequence» images were otherwise normal."),
    ("XR", "heel X-rays", "The growth plate of the heel looks irritated, which fits «Sever disease|eponym»."),
]


def peds_parent_letter(rng: random.Random) -> Doc:
    c = ctx(rng, peds=True)
    mod, exam_name, finding = rng.choice(PEDS)
    d = Doc(mod)
    kid, mum, dad, rad, ped = c.ppl[0], c.ppl[1], c.ppl[2], c.ppl[3], c.ppl[4]
    months = rng.randrange(1, 200)
    dob = c.sd - dt.timedelta(days=int(months * 30.4) + rng.randrange(0, 25))
    d.ml(f"{M(c.fac, 'FACILITY')} - {rng.choice(['Pediatric Radiology', 'Children’s Imaging', 'Kids Imaging Department'])}")
    d.ml(D(rng, c.sd + dt.timedelta(days=rng.randrange(1, 5)), ["MonthdY", "dMonthY", "mdY", "MondY"]), "")
    par = [p for p in (mum, dad)][: rng.randrange(1, 3)]
    to = " and ".join(pn(rng, p, ("full",)) for p in par)
    d.ml(rng.choice(["To the parents of ", "To the family of ", "Parent/guardian of "]) + pn(rng, kid, ("full", "full_mid")))
    if rng.random() < 0.7:
        d.ml(f"c/o {to}", address(rng, rng.random() < 0.4))
    d.ml("")
    d.m(rng.choice([f"Dear {to},", f"Dear {P(kid.render('given'))}'s family,", f"Dear parent or guardian,"]) + "\n\n")
    age_txt = (f"{age_mk(months // 12)}-year-old" if months >= 24 else f"{M(str(months), 'age_under_90')}-month-old")
    d.m(f"Your {age_txt} {rng.choice(['son', 'daughter', 'child'])} {P(kid.render('given'))} had {'an' if exam_name[0] in 'aeiouAEIOUMX' else 'a'} {exam_name} "
        f"with us on {D(rng, c.sd, ['MonthdY', 'Monthd', 'mdY', 'Monthdth'])}. ")
    d.m(rng.choice(["We know waiting for results is hard, so here is a plain-language summary. ",
                    "We write to every family in plain language after the report is signed. ", ""]))
    d.m(finding + "\n\n")
    d.m(f"The full report (accession {M(accession(rng, mod), 'ACCESSION')}) has been sent to "
        f"{dr(rng, ped, rng.choice(['dr_last', 'dr_full']))}, who ordered the study and will talk with you about next steps. ")
    if rng.random() < 0.5:
        fu = c.sd + dt.timedelta(days=rng.randrange(30, 120))
        d.m(f"A follow-up {M(rng.choice(['ultrasound', 'X-ray', 'MRI']), 'modality')} is suggested around "
            f"{D(rng, fu, ['Monthd', 'MonthdY', 'md'])}. ")
    d.m(f"\n\nQuestions? Call our family line at {M(phone(rng), 'PHONE')}"
        + (f" or write to {M(email(rng, local='kidsimaging'), 'EMAIL')}" if rng.random() < 0.5 else "") + ".\n\n")
    d.ml(rng.choice(["Kind regards,", "Warmly,", "With best wishes,"]),
         dr(rng, rad, rng.choice(["full_cred", "dr_full", "last_cred"])),
         rng.choice(["Pediatric Radiologist", "Attending, Pediatric Imaging", "Staff Radiologist"]))
    if rng.random() < 0.5:
        d.m(f"\n{lab(rng, 'MRN', 'Hospital #', 'Chart')}: {M(c.mrn, 'MRN')}   {lab(rng, 'DOB', 'Born')}: {D(rng, dob)}")
    return d


def informatics_change_request(rng: random.Random) -> Doc:
    c = ctx(rng)
    d = Doc(c.mod)
    req, owner, approver, rad = c.ppl[1:5]
    host_ip, ip2 = ip(rng), ip(rng)
    cr = f"CR-{rng.randrange(2024, 2027)}-{rng.randrange(100, 9999):04d}"
    d.ml(f"{lab(rng, 'Change Request', 'RIS/PACS Change Request', 'CHANGE REQ')} {cr}",
         "=" * rng.randrange(20, 40))
    opened = c.sd - dt.timedelta(days=rng.randrange(0, 20))
    pairs = [
        (lab(rng, "Title", "Summary"), rng.choice([
            "Hanging protocol drops prior CT series for chest follow-ups",
            "Modality worklist not populating on US room 4", "Add STIR default to MSK knee protocol",
            "Auto-route of outside studies to wrong archive node", "Voice recognition macro inserts wrong laterality"])),
        (lab(rng, "Requested by", "Requester", "Submitter"), staff(rng, req, ["RT(R)", "PACS Admin", "RN", "MD"])),
        (lab(rng, "Contact", "Phone", "Callback"), M(phone(rng), "PHONE")),
        ("?" + lab(rng, "Email", "E-mail"), M(email(rng, req), "EMAIL")),
        (lab(rng, "Opened", "Date opened", "Created"), f"{D(rng, opened, ['iso', 'mdY', 'dMonY'])} {T(rng, forms=['24', 'sec'])}"),
        (lab(rng, "Owner", "Assigned to", "Assignee"), pn(rng, owner, ("full", "last_first", "initial"))),
        ("?" + lab(rng, "CAB approver", "Approver"), dr(rng, approver)),
        (lab(rng, "Affected node", "Host", "Server"),
         f"{rng.choice(['pacs-arch-02', 'mwl-gw', 'ris-int-01', 'dcm-router'])} ({M(host_ip, 'IP_ADDRESS')})"),
        ("?" + lab(rng, "Priority", "Risk"), rng.choice(["P3", "Medium", "Low", "High - clinical impact"])),
    ]
    d.ml(fields(rng, pairs, fixed=1), "")
    d.ml(rng.choice(["Description:", "DETAILS", "Problem statement:"]))
    d.m(f"Reported by {dr(rng, rad, 'dr_last')} on {D(rng, opened, ['md', 'mdY'])}: when opening "
        f"{c.exam} for {pn(rng, c.pt, ('LAST_FIRST', 'full'))} (MRN {M(c.mrn, 'MRN')}, acc {M(c.acc, 'ACCESSION')}) "
        f"the {rng.choice(['prior from ' + year(rng.randrange(2019, 2025)), 'comparison series', 'key images'])} "
        f"did not load. ")
    url = (f"https://{rng.choice(['pacs', 'viewer', 'zfp'])}.{rng.choice(['rad.example.org', 'example.net'])}"
           f"/{rng.choice(['study', 'open'])}?acc={c.acc if rng.random() < 0.5 else digits(rng, 9)}")
    d.m(f"Reproduced via {M(url, 'URL')}. ")
    if rng.random() < 0.6:
        d.m(f"Routing log shows C-STORE from {M(ip2, 'IP_ADDRESS')} rejected at {T(rng, forms=['sec', '24'])}. ")
    d.m("\n\n")
    d.ml(rng.choice(["Proposed change:", "PLAN", "Implementation plan:"]),
         rng.choice(["- update routing rule and re-push last 72h", "- edit hanging protocol, test with 3 studies",
                     "- restart DICOM listener in maintenance window"]))
    win = opened + dt.timedelta(days=rng.randrange(2, 14))
    d.m(f"- window: {D(rng, win, ['iso', 'md', 'mdY'])} {T(rng, rng.choice([1, 2, 22, 23]), 0, ['24', 'hours'])}\n")
    if rng.random() < 0.5:
        d.m(f"- test patient only (ZZTEST); do NOT use real patient above in testing\n")
    d.m(f"Status: {rng.choice(['Awaiting CAB', 'Approved', 'Scheduled', 'In progress'])}")
    return d


def downtime_requisition(rng: random.Random) -> Doc:
    c = ctx(rng)
    d = Doc(c.mod)
    ordering, clerk, ec = c.ppl[1:4]
    d.ml(rng.choice(["DOWNTIME REQUISITION - retyped from paper", "[Downtime form transcribed after EHR restore]",
                     "Paper requisition (downtime) - entered by HIM"]))
    d.ml(f"{lab(rng, 'Downtime', 'Outage')} {D(rng, c.sd, ['mdY', 'md'])} {T(rng, forms=['24', 'hours'])}"
         f" to {T(rng, forms=['24', 'hours'])}", "")
    payer = rng.choice(VENDORS_PAYERS)
    pairs = [
        (lab(rng, "PATIENT NAME", "Name (last, first)", "Pt"), pn(rng, c.pt, ("LAST_FIRST", "last_first"))),
        (lab(rng, "DOB", "Birthdate"), D(rng, c.dob, ["mdY", "mdy", "mdY_nopad"]) + f"   {lab(rng, 'Sex', 'Gender')}: {rng.choice(['F', 'M', 'X'])}"),
        ("?" + lab(rng, "Age", "AGE"), age_mk(c.age)),
        (lab(rng, "Address", "Home address"), address(rng, True)),
        (lab(rng, "Home phone", "Phone", "Tel"), M(phone(rng), "PHONE")),
        ("?" + lab(rng, "SSN", "Soc Sec #", "SS#"), M(ssn(rng), "SSN")),
        (lab(rng, "Insurance", "Primary ins."), f"{payer}  {lab(rng, 'ID', 'Member #', 'Policy')} {M(plan_id(rng), 'HEALTH_PLAN_ID')}"),
        ("?" + lab(rng, "Guarantor acct", "Acct #", "Visit #"), M(account(rng), "ACCOUNT_ID")),
        ("?" + lab(rng, "Emergency contact", "EC"), f"{pn(rng, ec, ('full', 'last_first'))} {M(phone(rng), 'PHONE')}"),
        (lab(rng, "Exam requested", "EXAM", "Study"), c.exam),
        (lab(rng, "Dx / reason", "Clinical history", "Indication"), rng.choice([
            "r/o PE, tachycardic", "fall, pain at «L1|vertebral_level»", "RUQ pain, hx «Crohn disease|eponym»",
            "knee swelling ?«Baker cyst|eponym»", "headache, hx «Chiari I malformation|eponym»", "cough x3 wk"])),
        (lab(rng, "Ordering MD", "Ordered by", "Physician"), dr(rng, ordering)),
        ("?" + lab(rng, "Temp MRN", "Downtime MRN"), M(c.mrn, "MRN")),
    ]
    d.ml(fields(rng, pairs, fixed=1), "")
    d.m(rng.choice(["Notes: ", "Transcriber note: ", "HIM: "]))
    d.m(rng.choice([f"signature illegible, stamp reads {dr(rng, ordering, 'dr_last')}. ",
                    "ink smudged on DOB, verified with pt. ", "pt wristband used to confirm identity. ",
                    f"phone # corrected per pt's wife. "]))
    d.m(f"Temporary acc {M(c.acc, 'ACCESSION')} reconciled {D(rng, c.sd + dt.timedelta(days=1), ['md', 'mdY'])}.\n")
    d.m(f"Entered by {staff(rng, clerk, ['HIM', 'RHIT', 'CPC'])}")
    return d


def contrast_waiver(rng: random.Random) -> Doc:
    c = ctx(rng, "MR", old_p=0.2)
    d = Doc("MR")
    rad, witness, tech, ref = c.ppl[1:5]
    egfr = rng.randrange(18, 44)
    d.ml(rng.choice(["MRI CONTRAST WAIVER / INFORMED DECISION", "Gadolinium Contrast - Risk Acknowledgement & Waiver",
                     "MR Contrast Authorization Form"]), "")
    pairs = [
        (lab(rng, "Patient", "Name"), pn(rng, c.pt)),
        (lab(rng, "MRN", "Medical record no."), M(c.mrn, "MRN")),
        (lab(rng, "DOB", "Date of birth"), D(rng, c.dob)),
        (lab(rng, "Exam", "Procedure"), c.exam),
        ("?" + lab(rng, "Referring", "Ordering provider"), dr(rng, ref)),
        (lab(rng, "eGFR", "Most recent eGFR"), f"{M(f'{egfr} mL/min/1.73m2', 'measurement')} on {D(rng, c.sd - dt.timedelta(days=rng.randrange(1, 20)), ['md', 'mdY'])}"),
        ("?" + lab(rng, "Age", "Age at exam"), age_mk(c.age)),
        ("?Acc", M(c.acc, "ACCESSION")),
    ]
    d.ml(fields(rng, pairs), "")
    reason = rng.choice(["eGFR below 30", "prior mild hives to gadobutrol in " + year(rng.randrange(2015, 2025)),
                         "pregnancy cannot be excluded", "on dialysis (MWF)"])
    d.m(f"Reason for waiver: {reason}.\n")
    d.m(rng.choice(["[x] ", "(X) ", "Yes - "]) + "Risks including NSF and allergic-like reaction explained.\n")
    d.m(rng.choice(["[x] ", "(X) ", "Yes - "]) + f"Group II agent ({rng.choice(['gadoterate', 'gadobutrol', 'gadopiclenol'])}) at "
        f"{M(rng.choice(['half dose', '0.05 mmol/kg', 'standard dose']), 'measurement')}.\n")
    if rng.random() < 0.5:
        d.m(rng.choice(["[x] ", "(X) "]) + f"Non-contrast «DWI|sequence» and «T2|sequence» reviewed first by radiologist.\n".replace("«", "«"))
    d.m("\n")
    sig = rng.choice(["Patient signature", "Signed (patient/legal rep.)"])
    if c.age > 89 or rng.random() < 0.3:
        d.m(f"{sig}: {pn(rng, witness, ('full',))} ({rng.choice(['daughter', 'son', 'health care proxy', 'POA'])}), "
            f"{M(phone(rng), 'PHONE')}\n")
    else:
        d.m(f"{sig}: {pn(rng, c.pt, ('full', 'FULL'))}\n")
    d.m(f"{lab(rng, 'Radiologist authorizing', 'Approved by', 'Supervising radiologist')}: {dr(rng, rad)}"
        f"   {D(rng, c.sd, ['mdY', 'md', 'iso'])} {T(rng)}\n")
    d.m(f"{lab(rng, 'Witness', 'Tech')}: {staff(rng, tech, ['RT(R)(MR)', 'RT(R)', 'MRSO'])}")
    return d


def chaplain_referral(rng: random.Random) -> Doc:
    c = ctx(rng, old_p=0.25)
    d = Doc(c.mod)
    sender, chap, rel1, rel2 = c.ppl[1:5]
    d.ml(rng.choice(["Spiritual Care Referral (from Imaging)", "Chaplain consult request", "Referral to Chaplaincy"]))
    d.ml(f"{lab(rng, 'Date', 'Sent')}: {D(rng, c.sd)} {T(rng)}")
    d.ml(f"{lab(rng, 'To', 'Attn')}: {rng.choice(['on-call chaplain', P(chap.render('full')), 'Spiritual Care office'])}", "")
    faith = rng.choice(["Catholic", "Muslim", "no stated affiliation", "Ethiopian Orthodox", "Jewish", "Baptist", "Buddhist"])
    kin = rng.choice(["wife", "husband", "mother", "son", "daughter", "brother"])
    rel_ref = (P(rng.choice(KUNYA)) if faith == "Muslim" and rng.random() < 0.6 else pn(rng, rel1, ("full", "given", "full_mid")))
    d.m(rng.choice([
        f"{pn(rng, c.pt, ('full', 'full_mid'))} ({M(c.mrn, 'MRN')}) is in the imaging holding area after {c.exam} and is very frightened. ",
        f"I'm writing about {pn(rng, c.pt, ('full', 'given', 'initial'))}, who just completed {c.exam}. ",
        f"Pt {pn(rng, c.pt, ('LAST_FIRST',))}, age {age_mk(c.age)}, here for {c.exam}. ",
    ]))
    d.m(f"The {kin}, {rel_ref}, told me the family is {faith} and asked whether someone could pray with them "
        f"before the results conversation with {dr(rng, c.ppl[5], 'dr_last')}. ")
    if rng.random() < 0.5:
        d.m(f"Another relative, {pn(rng, rel2, ('full', 'given'))}, is driving in from {M(rng.choice(['Duluth', 'Laredo', 'Reno', 'Tulsa', 'Erie']), 'CITY')} "
            f"and should arrive around {T(rng, forms=['12', '12c'])}. ")
    if rng.random() < 0.5:
        d.m(f"Pt was last at {M(c.fac, 'FACILITY')} in {year(rng.randrange(2016, 2026))} "
            "for the same problem and said a chaplain there helped. ")
    d.m(f"Family can be reached at {M(phone(rng), 'PHONE')}.\n\n")
    d.m(rng.choice(["Thank you,\n", "Thanks so much -\n", ""]) + staff(rng, sender, ["RT(R)", "RN", "RDMS", "CNMT", "RT(R)(CT)"]))
    d.m(f"\n{rng.choice(['Imaging', 'Radiology', 'Nuclear Medicine'])}, ext {rng.randrange(2000, 8000)}")
    return d


STYLES_B = {
    "peds_parent_letter": peds_parent_letter,
    "informatics_change_request": informatics_change_request,
    "downtime_requisition": downtime_requisition,
    "contrast_waiver": contrast_waiver,
    "chaplain_referral": chaplain_referral,
}
