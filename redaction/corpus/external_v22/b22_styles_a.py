"""blind22 styles A: milestone evaluations, reference letters, locum placement e-mails, complaint calls."""

from __future__ import annotations

import b22_pools as P
from b22_clin import finding, modality_word
from b22_doc import ACC, CTY, EML, FAC, IP, PER, URL, a90, cred, hdr, sc, yr
from b22_kit import addr, dmk, doc_name, fields, nm, tel, titled, tmk


def milestone_eval(rng, d) -> str:
    ref = P.rand_date(rng)
    ids = P.IdStyle(rng)
    res, ev1, ev2, pd = P.people(rng, 4)
    fac = P.facility(rng, rng.choice(["Medical Center", "Regional Hospital", "Memorial Hospital"]))
    pgy = rng.randrange(1, 5)
    start = P.shift(ref, -rng.randrange(60, 160))
    topic = rng.choice(["chest", "neuro", "abdomen", "msk", "spine"])
    if rng.random() < 0.5:
        d.line(rng.choice(["MILESTONE EVALUATION - DIAGNOSTIC RADIOLOGY", "Semiannual Milestone Review",
                           "Clinical Competency Committee: resident milestone summary"]))
        d.line(f"Program: {FAC(fac)} {rng.choice(['Diagnostic Radiology Residency', 'DR residency', 'Department of Radiology'])}")
        fields(rng, d, [
            (["Resident", "Trainee", "Name"], nm(rng, res, rng.choice(["lf", "LF", "short"]))),
            (["Level", "PGY"], f"PGY-{pgy}"),
            (["Rotation", "Block"], rng.choice(["Body CT", "Neuroradiology", "MSK", "Nights/ED", "Breast"])),
            (["Dates", "Period"], f"{dmk(rng, start)} - {dmk(rng, ref)}"),
            (["Evaluator", "Faculty"], doc_name(rng, ev1)),
            (["Second evaluator", "Co-signer"], doc_name(rng, ev2), 0.6),
            (["Resident e-mail", "Email"], EML(res.email(rng)), 0.5),
        ])
    else:
        d.line(f"{dmk(rng, ref)}")
        d.line(f"Re: {nm(rng, res, 'full')}, PGY-{pgy}, {fac_mk(fac)}")
        d.line(f"Evaluator: {doc_name(rng, ev1)}" + (f"; with input from {doc_name(rng, ev2)}" if rng.random() < 0.5 else ""))
    d.line()
    subs = [("PC2 Image interpretation", "PC2"), ("MK1 Protocol selection", "MK1"), ("SBP2 Patient safety", "SBP2"),
            ("ICS2 Communication with patients and families", "ICS2"), ("PBLI1 Evidence-based practice", "PBLI1"),
            ("PROF1 Professional behavior", "PROF1")]
    rng.shuffle(subs)
    for long, short in subs[:rng.randrange(3, 6)]:
        lvl = rng.choice(["2", "2.5", "3", "3.5", "4", "4.5"])
        lab = long if rng.random() < 0.6 else short
        d.line(rng.choice([f"- {lab}: {sc('Level ' + lvl)}", f"{lab} .... {sc('L' + lvl)}", f"* {lab} = {sc(lvl + '/5')}"]))
    d.line()
    d.line(hdr(rng.choice(["Narrative", "Comments", "NARRATIVE FEEDBACK"])) + ":")
    first = PER(res.given)
    acc = ids.acc()
    parts = [
        f"{first} has grown steadily since starting in {yr(ref.year - pgy)}.",
        (f"On the overnight shift of {dmk(rng, P.shift(ref, -rng.randrange(5, 40)), rng.choice(['md', 'Monthd', 'mdY']))} "
         f"{'she' if res.sex == 'F' else 'he'} handled case {ACC(acc)} well: {finding(rng, topic)}"),
        f"The ordering clinician, {doc_name(rng, pd, ('MD', 'DO', 'PA-C'))}, was phoned within fifteen minutes." if rng.random() < 0.5 else
        f"The call to {doc_name(rng, pd, ('MD', 'DO', 'NP'))} was documented in the report.",
        rng.choice([f"Needs to tighten hedging language in {modality_word(rng, 'CT')} impressions.",
                    f"Protocols {modality_word(rng, 'MR')} studies independently.",
                    "Dictation turnaround is within department targets."]),
    ]
    d.line(" ".join(parts))
    if rng.random() < 0.5:
        d.line(f"Reviewed with the resident in person on {dmk(rng, P.shift(ref, rng.randrange(1, 9)))}"
               f"{' at ' + tmk(rng) if rng.random() < 0.5 else ''}.")
    if rng.random() < 0.4:
        d.line(f"CCC meeting: {dmk(rng, P.shift(ref, 20))}, chair {doc_name(rng, ev2, form='dr')}")
    return rng.choice(["CT", "MR"])


def fac_mk(f: str) -> str:
    return FAC(f)


def peer_reference(rng, d) -> str:
    ref = P.rand_date(rng)
    cand, writer, recip, pt = P.people(rng, 4)
    fac_w, fac_r = P.facilities(rng, 2)
    c = P.city(rng)
    dept = rng.choice(["Department of Radiology", "Division of Musculoskeletal Imaging", "Section of Neuroradiology"])
    top = rng.randrange(3)
    if top == 0:
        d.line(f"{FAC(fac_w)}")
        d.line(dept)
    elif top == 1:
        d.line(rng.choice(["CONFIDENTIAL - LETTER OF REFERENCE", "Peer reference (confidential)", "LETTER OF RECOMMENDATION"]))
        d.line(f"{dept}, {FAC(fac_w)}")
    else:
        d.line(f"{dept} | {FAC(fac_w)}")
    if rng.random() < 0.6:
        d.line(addr(rng, P.street(rng, 0.0), c, P.zipcode(rng, c)))
    d.line()
    d.line(dmk(rng, ref, rng.choice(["MonthdY", "dMonthY", "MondY", "mdY"])))
    d.line()
    salut = rng.choice([f"Dear Dr. {PER(recip.last())},", "To the Credentials Committee,", "To whom it may concern:",
                        f"Dear {PER(recip.short())} and committee members,"])
    if "Credentials" not in salut:
        d.line(f"{rng.choice(['Chair, Credentials Committee', 'Fellowship Director'])}, {FAC(fac_r)}")
    d.line(salut)
    d.line()
    yrs = rng.randrange(2, 9)
    since = ref.year - yrs
    cf = rng.choice(["full", "short", "dr"])
    cand_first = f"Dr. {PER(cand.short())}" if cf == "dr" else nm(rng, cand, cf)
    d.line(f"It is a pleasure to recommend {cand_first} for {rng.choice(['privileges in diagnostic radiology', 'your body imaging fellowship', 'appointment as attending radiologist'])}. "
           f"I have worked with {rng.choice(['her' if cand.sex == 'F' else 'him', 'them'])} since {yr(since)}, first as a resident at {FAC(fac_w)} and "
           f"later as a colleague on our {rng.choice(['night', 'weekend', 'emergency'])} service.")
    d.line()
    cl = f"Dr. {PER(cand.last())}"
    para = [f"{cl} reads roughly {rng.randrange(60, 140)} studies per shift across {modality_word(rng, 'CT')}, {modality_word(rng, 'MR')} and {modality_word(rng, 'US')} with a discrepancy rate below our group median."]
    if rng.random() < 0.55:
        age = rng.choice([rng.randrange(91, 100), rng.randrange(40, 85)])
        agem = f"<<AGE_OVER_89|{age}>>" if age > 89 else a90(age)
        para.append(f"I still remember {'her' if cand.sex == 'F' else 'his'} management of a {agem}-year-old, "
                    f"{titled(rng, pt)}, whose study ({finding(rng, rng.choice(['chest', 'abdomen', 'msk']))[:-1]}) was "
                    f"recognised at {tmk(rng)} and escalated before the patient left the department.")
    para.append(rng.choice([f"{cl} is unfailingly courteous with technologists and referring clinicians.",
                            "Colleagues seek out her opinion on difficult cases." if cand.sex == "F" else
                            "Colleagues seek out his opinion on difficult cases."]))
    d.line(" ".join(para))
    d.line()
    d.line(f"Please contact me at {tel(rng)}" + (f" or {EML(writer.email(rng))}" if rng.random() < 0.7 else "") + " with any questions.")
    d.line()
    d.line(rng.choice(["Sincerely,", "With best regards,", "Respectfully,"]))
    d.line(f"{PER(writer.short())}, {cred(rng.choice(['MD', 'MD, PhD', 'DO', 'MBBS']))}")
    d.line(rng.choice(["Professor of Radiology", "Associate Program Director", "Section Chief, Body Imaging", "Vice Chair for Clinical Operations"]))
    return rng.choice(["CT", "MR", "US"])


def locum_placement(rng, d) -> str:
    ref = P.rand_date(rng)
    rad, rec, cc = P.people(rng, 3)
    fac = P.facility(rng)
    c = P.city(rng)
    start = P.shift(ref, rng.randrange(14, 70))
    end = P.shift(start, rng.randrange(4, 20))
    sh = rng.choice([7, 8, 17, 22])
    agency = rng.choice(["Meridian Locum Partners", "Summit Radiology Staffing", "BlueWave Locums", "Northstar Physician Staffing"])
    if rng.random() < 0.3:
        d.line(rng.choice(["---------- Forwarded message ---------", "-----Original Message-----", "FW: locum assignment details"]))
    d.line(f"From: {PER(rec.short())} <{EML(rec.email(rng, 'example.com'))}>")
    d.line(f"To: {EML(rad.email(rng))}")
    if rng.random() < 0.5:
        d.line(f"Cc: {EML(cc.email(rng, 'example.net'))}")
    d.line(f"Sent: {dmk(rng, ref, rng.choice(['mdY', 'MondY', 'iso']))} {tmk(rng)}")
    d.line(f"Subject: {rng.choice(['Confirmed', 'Pending credentialing', 'Offer'])}: {rng.choice(['CT/MR', 'general', 'IR-lite', 'overnight teleradiology'])} coverage at {FAC(fac)}")
    d.line()
    greet = rng.choice([f"Hi Dr. {PER(rad.last())},", f"Dr. {PER(rad.short())} -", f"Hello {PER(rad.given)},"])
    d.line(greet)
    d.line()
    d.line(f"Thanks for confirming with {agency}. Details for the {CITY_mk(c)}, {c[1]} assignment:")
    items = [
        (["Dates", "Assignment dates", "Coverage"], f"{dmk(rng, start)} through {dmk(rng, end)}"),
        (["Shift", "Hours"], f"{tmk(rng, (sh, 0))} to {tmk(rng, ((sh + rng.choice([8, 9, 10, 12])) % 24, 0))}"),
        (["Reading", "Modalities"], f"{modality_word(rng, 'CT')}, {modality_word(rng, 'MR')}, {modality_word(rng, 'US')}, plain films"),
        (["Site contact", "Medical staff office", "Credentialing"], f"{PER(cc.short())} at {tel(rng)}"),
        (["Lodging", "Hotel"], f"{rng.choice(['Hampton Inn', 'Residence Inn', 'Courtyard'])}, {addr(rng, P.street(rng, 0), c, P.zipcode(rng, c), 'one')}", 0.6),
        (["VPN/PACS", "Remote access"], URL(P.url(rng, "vpn")), 0.4),
        (["Workstation IP", "Reading station"], IP(P.priv_ip(rng)), 0.35),
    ]
    fields(rng, d, items, sep=rng.choice([": ", " - ", ": "]), keep_first=0)
    d.line()
    d.line(rng.choice([f"Your rate and travel stipend are unchanged from the {yr(ref.year - 1)} contract.",
                       "Please upload your updated DEA and state license by the end of the week.",
                       f"The group uses {rng.choice(['PowerScribe', 'Fluency', 'Visage', 'Sectra'])} for dictation; training is scheduled for your first morning."]))
    if rng.random() < 0.5:
        d.line(f"The previous locum, Dr. {PER(P.person(rng, kind='western').family)}, left sign-out notes on the shared drive.")
    d.line()
    d.line(rng.choice(["Best,", "Thanks!", "Regards,"]))
    d.line(f"{PER(rec.given if rng.random() < 0.4 else rec.short())}")
    d.line(f"{agency} | {tel(rng)}")
    return "CT"


def CITY_mk(c) -> str:
    return CTY(c[0])


def complaint_call(rng, d) -> str:
    ref = P.rand_date(rng)
    ids = P.IdStyle(rng)
    pt = P.patient(rng, ids, ref, over89=0.15)
    caller_is_pt = rng.random() < 0.5
    rel = P.person(rng, kind="western")
    rel.family = pt.p.family if rng.random() < 0.6 and pt.p.kind != "mononym" else rel.family
    staff, tech, mgr = P.people(rng, 3)
    exam_d = P.shift(ref, -rng.randrange(1, 20))
    fac = P.facility(rng, rng.choice(["Outpatient Imaging", "Imaging Center", "Medical Center"]))
    m = rng.choice(["MR", "CT", "US", "MG"])
    hdr_lbl = rng.choice(["Patient Relations - Call Note", "PATIENT EXPERIENCE CONTACT", "Grievance intake (phone)"])
    d.line(hdr_lbl)
    fields(rng, d, [
        (["Date of call", "Call date", "Received"], f"{dmk(rng, ref)} {tmk(rng)}"),
        (["Taken by", "Staff"], f"{PER(staff.short())}" + (f", {cred('RN')}" if rng.random() < 0.3 else "")),
        (["Caller", "Contact"], nm(rng, pt.p) if caller_is_pt else f"{nm(rng, rel, 'short')} ({rng.choice(['daughter', 'son', 'husband', 'wife', 'niece'])})"),
        (["Callback", "Phone", "Best number"], tel(rng)),
        (["Patient", "Pt"], None if caller_is_pt else nm(rng, pt.p)),
        (["MRN", "Med rec #"], f"<<MRN|{pt.mrn}>>", 0.8),
        (["Site", "Location"], FAC(fac)),
    ], keep_first=1)
    d.line()
    who = "Caller" if rng.random() < 0.5 or not caller_is_pt else "Pt"
    arr = rng.randrange(7, 16)
    subj = ("she" if pt.p.sex == "F" else "he") if caller_is_pt else "the patient"
    agep = "" if rng.random() < 0.5 else f" ({'<<AGE_OVER_89|' + str(pt.age) + '>>' if pt.age > 89 else a90(pt.age)} y/o)"
    story = [
        f"{who}{agep if caller_is_pt else ''} states {subj}{'' if caller_is_pt else agep} arrived for {rng.choice(['the', 'a scheduled', 'the outpatient'])} {modality_word(rng, m)} on {dmk(rng, exam_d, rng.choice(['md', 'Monthd', 'mdY', 'Mon.d']))} at {tmk(rng, (arr, 0 if arr % 2 else 30))} and was not taken back until {tmk(rng, (arr + rng.randrange(1, 3), rng.choice([5, 20, 40, 50])), 'end')}.",
        rng.choice([f"Reports the technologist ({PER(tech.given)}) was \"rushed and dismissive\" when asked about the contrast.",
                    f"Upset that results were released to MyChart before Dr. {PER(P.person(rng, kind='western').family)} called.",
                    f"States a bill for the study arrived under account {'<<ACCOUNT_ID|' + P.account(rng) + '>>'} although prior authorization had been obtained."]),
        rng.choice(["Also unhappy that the parking validation machine was broken.",
                    f"Requests that the report be sent to the patient's cardiologist, {doc_name(rng, mgr, ('MD',), 'dr')}.",
                    "Was told the scanner was down but nobody called ahead."]),
    ]
    d.line(" ".join(story))
    d.line()
    d.line(hdr(rng.choice(["Action", "ACTION TAKEN", "Plan"])) + ": " + rng.choice([
        f"Apologized; escalated to {PER(mgr.short())}, imaging manager. Will call back by {dmk(rng, P.shift(ref, 2), 'md')}.",
        f"Forwarded to billing; reference {ACC(ids.acc())} attached. Follow-up letter within 7 business days.",
        f"Spoke with {PER(tech.given)}'s supervisor {PER(mgr.short())}; coaching documented. Caller satisfied.",
    ]))
    return m
