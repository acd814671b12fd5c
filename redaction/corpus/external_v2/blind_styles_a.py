"""Document templates, part one: orders, worklists, DICOM dumps, LLM prompts, peer review, letters, IR notes."""

from __future__ import annotations

import datetime as dt

import blind_pools as P
from blind_context import Ctx, keep, phi
from blind_findings import exam, findings, impression, mod

EPONYM_SURNAMES = {"Graves": "Graves disease", "Paget": "Paget disease", "Baker": "Baker cyst", "Bell": "Bell palsy",
                   "Crohn": "Crohn disease", "Cushing": "Cushing syndrome", "Colles": "Colles fracture",
                   "Hill": "Hill-Sachs lesion"}


def sec(name: str) -> str:
    return keep("section_header", name)


def body(c: Ctx, m: str, n: int = 3, colon: bool = True) -> str:
    r = c.rng
    f = " ".join(findings(r, m, n))
    sep = ":" if colon else ""
    return f"{sec('FINDINGS')}{sep}\n{f}\n\n{sec('IMPRESSION')}{sep}\n1. {impression(r, m)}"


def ris_order(c: Ctx, m: str) -> str:
    r, p = c.rng, c.patient
    ref = c.clinician()
    ts = c.study - dt.timedelta(hours=r.randint(2, 70))
    if r.random() < 0.5:
        return (f"MSH|^~\\&|EPIC|{c.fac(True)}|RIS|RAD|{c.date(ts, 'dicom')}{c.time(ts, 'mil')}||ORM^O01|"
                f"{c.digits(9)}|P|2.3\r"
                f"PID|1||{c.mrn()}^^^MRN||{c.name(p, 'hl7')}||{c.date(c.dob, 'dicom')}|{c.sex}|||"
                f"{c.address(style='hl7')}^USA||{c.phone(False, False)}|||||{c.account()}|{c.ssn()}\r"
                f"PV1|1|O|{r.choice(['IMG', 'ED', '4W'])}^{r.randint(1, 40)}||||{c.name(ref, 'hl7')}\r"
                f"ORC|NW\rOBR|1||{c.acc()}|{r.choice(P.CPT)}^{exam(r, m).upper()}|||"
                f"{c.date(c.study, 'dicom')}{c.time(c.study, 'mil')}\r"
                f"DG1|1|I10|{r.choice(P.ICD)}|{r.choice(['Lung nodule', 'Flank pain', 'Low back pain', 'Screening'])}\r")
    return (f"*** RIS ORDER RECEIVED {c.date(ts, 'us')} {c.time(ts, '24')} ***\n"
            f"Patient ........ {c.name(p, 'upper')}\nMRN ............ {c.mrn()}\n"
            f"DOB/Age/Sex .... {c.date(c.dob)} / {c.age_phrase('Y')} / {c.sex}\n"
            f"Exam ........... {exam(r, m)} (CPT {r.choice(P.CPT)})\nPriority ....... {r.choice(['ROUTINE', 'STAT', 'ASAP'])}\n"
            f"Ordering ....... {c.doc(ref, 'upper_cred')}\n"
            f"Callback ....... {c.phone()}\nLocation ....... {c.fac()} {mod(r, m)} suite {r.randint(1, 6)}\n"
            f"Reason ......... {r.choice(['r/o PE', 'eval mass', 'f/u nodule from ' + keep('year', str(c.study.year - r.randint(1, 6))), 'trauma'])}\n"
            f"Sched .......... {c.date(c.study, 'weekday_short')} {c.time(c.study, '12')}\n")


def worklist_export(c: Ctx, m: str) -> str:
    r = c.rng
    hdr = r.choice([",", "\t", "|"])
    cols = ["Status", "Sched", "Patient", "MRN", "Accession", "DOB", "Age", "Exam", "Reading"]
    lines = [f"# PACS worklist export {c.fac(True)} {c.date(c.study, 'iso')} {c.time(c.study, '24s')}", hdr.join(cols)]
    rad = c.clinician()
    nrows = r.randint(3, 6)
    for i in range(nrows):
        row = c if i == 0 else Ctx(r)
        if i:
            row.used = c.used
            row.patient = c.other_person()
            row.study = c.study + dt.timedelta(minutes=r.randint(5, 300))
        pname = row.patient.render(r.choice(["upper", "hl7", "last_first"]))
        if hdr == "," and "," in pname:
            pname_cell = f'"{phi("PERSON", pname)}"'
        else:
            pname_cell = phi("PERSON", pname)
        dob = c.study - dt.timedelta(days=int(365.25 * row.age) + r.randint(1, 360))
        age = phi("AGE_OVER_89", f"{row.age:03d}") + "Y" if row.age >= 90 else keep("age_under_90", f"{row.age:03d}Y")
        mm = r.choice(["CT", "MR", "US", "XR"]) if i else m
        lines.append(hdr.join([r.choice(["SCHEDULED", "ARRIVED", "COMPLETE", "PRELIM"]), c.time(row.study, "mil"),
                               pname_cell, row.mrn(), row.acc(), c.date(dob, r.choice(["dicom", "us", "dotted"])), age,
                               exam(r, mm).upper(), phi("PERSON", rad.render("initials"))]))
    if r.random() < 0.5:
        lines.append(f"# source {c.url()} (node {phi('IP_ADDRESS', c.ip())})")
    lines.append(f"# exported by {phi('PERSON', c.clinician().render('family').upper())} for {keep('credential', 'RN')} huddle; rows {nrows}")
    return "\n".join(lines) + "\n"


def dicom_dump(c: Ctx, m: str) -> str:
    r, p = c.rng, c.patient
    ref, tech = c.clinician(), c.clinician()
    dmod = {"MG": "MG", "NM": "PT", "RF": "RF", "IR": "XA"}.get(m, m)
    age = (phi("AGE_OVER_89", f"{c.age:03d}") + "Y") if c.age >= 90 else keep("age_under_90", f"{c.age:03d}Y")
    desc = exam(r, m)
    rows = [
        f"# dcmdump {r.choice(['IM000', 'I'])}{r.randint(1, 999)}.dcm" +
        (f"   (C-STORE from {phi('IP_ADDRESS', c.ip())} port 104)" if r.random() < 0.5 else ""),
        f"(0008,0020) DA [{c.date(c.study, 'dicom')}]                             #   8, 1 StudyDate",
        f"(0008,0030) TM [{c.time(c.study, 'dicom')}]                               #   6, 1 StudyTime",
        f"(0008,0050) SH [{c.acc()}]                         #  AccessionNumber",
        f"(0008,0060) CS [{dmod}]                                   #   2, 1 Modality",
        f"(0008,0080) LO [{c.fac(False)}]   # InstitutionName",
        f"(0008,0090) PN [{c.name(ref, 'hl7')}]           # ReferringPhysicianName",
        f"(0008,1010) SH [{r.choice(['CT_ROOM3', 'MRI1_3T', 'US-04', 'DR_ED2', 'MAMMO_A', 'PETCT1'])}]  # StationName",
        f"(0008,1030) LO [{desc.upper()}]  # StudyDescription",
        f"(0010,0010) PN [{c.name(p, 'hl7')}]             # PatientName",
        f"(0010,0020) LO [{c.mrn()}]                           # PatientID",
        f"(0010,0030) DA [{c.date(c.dob, 'dicom')}]                           # PatientBirthDate",
        f"(0010,0040) CS [{c.sex}]                                     # PatientSex",
        f"(0010,1010) AS [{age}]                                  # PatientAge",
        f"(0010,1030) DS [{r.randint(38, 130)}]                                   # PatientWeight",
        f"(0018,0015) CS [{r.choice(['CHEST', 'ABDOMEN', 'HEAD', 'LSPINE', 'BREAST', 'KNEE'])}]  # BodyPartExamined",
        f"(0018,0060) DS [{r.choice([80, 100, 120, 140])}]                                   # KVP",
        f"(0018,1000) LO [{c.serial()}]                        # DeviceSerialNumber",
        f"(0018,1030) LO [{desc}]  # ProtocolName",
        f"(0018,1150) IS [{r.randint(400, 1600)}]                                 # ExposureTime",
        f"(0020,0011) IS [{r.randint(1, 12)}]                                     # SeriesNumber",
        f"(0020,0013) IS [{r.randint(1, 420)}]                                   # InstanceNumber",
        f"(0028,0010) US {r.choice([512, 1024, 2048, 3328])}                                     # Rows",
        f"(0032,1032) PN [{c.name(tech, 'hl7')}]            # RequestingPhysician",
        f"(0040,0244) DA [{c.date(c.study, 'dicom')}]                  # PerformedProcedureStepStartDate",
    ]
    ask = r.choice(["Which of these tags must be blanked before we send this to the vendor?",
                    "Is this study safe to upload to the research PACS?", "Parse this header and tell me the protocol.",
                    "Why does the worklist show the wrong age for this patient?"])
    return "\n".join(rows) + f"\n\n{ask}\n"


def llm_patient_rewrite(c: Ctx, m: str) -> str:
    r, p = c.rng, c.patient
    rad = c.clinician()
    lead = r.choice([
        f"Rewrite this report for the patient at a 6th grade reading level. Address her as Ms. {c.name(p, 'family')}." if c.sex == "F"
        else f"Rewrite this report for the patient in plain language. He goes by {phi('PERSON', p.nick or p.given)}.",
        (f"Can you make this understandable for {c.name(p, 'western')}? {'Her' if c.sex == 'F' else 'His'} daughter "
         f"{c.name(c.other_person(), 'western')} will read it to {'her' if c.sex == 'F' else 'him'}."),
        f"Patient-friendly version please, keep the {mod(r, m)} terms simple. Pt: {c.name(p, 'nick')}, MRN {c.mrn()}.",
    ])
    if p.family in EPONYM_SURNAMES:
        lead += (f" Careful: {c.name(p, 'family')} is the patient's surname; a "
                 f"{keep('eponym', EPONYM_SURNAMES[p.family])} would be a diagnosis, keep those words.")
    return (f"{lead}\n\n---\n{exam(r, m).upper()}  {c.date()}\n{sec('INDICATION')}: {c.age_phrase()} "
            f"{'female' if c.sex == 'F' else 'male'} with {r.choice(['pain', 'abnormal labs', 'follow-up', 'fall'])}.\n"
            f"{sec('COMPARISON')}: {r.choice(['None.', 'Prior from ' + keep('year', str(c.study.year - 2)) + '.', c.date(c.earlier_days(30, 900), 'us') + '.'])}\n\n"
            f"{body(c, m)}\n\nElectronically signed by {c.doc(rad, 'cred')} on {c.date(c.later(r.randint(30, 900)))} at "
            f"{c.time(c.later(r.randint(30, 900)))}\n---\nDo not add anything that is not in the report.\n")


def llm_prior_summary(c: Ctx, m: str) -> str:
    r, p = c.rng, c.patient
    board = c.clinician()
    lines = [r.choice([f"Summarize the priors for {c.doc(board, 'dr')} before {c.date(c.later(60 * 24 * 3), 'weekday_md')} tumor board.",
                       f"summarize priors for {c.name(p, 'initial')} ({c.mrn()}), {c.age_phrase('yo')}, in 5 bullets",
                       f"I'm reading today's {mod(r, m)} on {c.name(p, 'upper')}. Give me the trend from these priors:"])]
    facs = [c.facility, r.choice(P.FACILITIES)]
    for i in range(r.randint(3, 5)):
        when = c.earlier_days(20 + 120 * i, 120 + 160 * i)
        fac = facs[i % 2]
        mm = r.choice(["CT", "MR", "NM", "US"])
        lines.append(f"- {c.date(when, r.choice(['us', 'dmy_mon', 'mon_short', 'us_short']))} {exam(r, mm)} at {c.fac(None, fac)}: "
                     f"{findings(r, mm, 1)[0]} (acc {c.new_acc()})")
    lines.append(f"Also, surgery was in {keep('year', str(c.study.year - r.randint(2, 9)))} per "
                 f"{r.choice(['his', 'her'])} oncologist {c.doc(c.clinician())}.")
    return "\n".join(lines) + "\n"


def peer_review(c: Ctx, m: str) -> str:
    r = c.rng
    orig, rev = c.clinician(), c.clinician()
    return (f"PEER REVIEW / DISCREPANCY WORKSHEET — CONFIDENTIAL QA (not part of the medical record)\n"
            f"Case: {c.acc()}   Exam date: {c.date()}   Site: {c.fac(True)}\n"
            f"Original interpreter: {c.doc(orig, 'cred')}\nReviewer: {c.doc(rev, 'cred')}   reviewed {c.date(c.later(60 * 24 * r.randint(2, 40)), 'iso')}\n"
            f"Patient: {c.name(fmt='last_first')} ({c.mrn()})\n\nOriginal impression: {impression(r, m)}\n"
            f"Reviewer finding: {findings(r, m, 1)[0]}\n"
            f"Images: {c.url(with_acc=True)}\n"
            f"Score: {keep('score', r.choice(['RADPEER 2b', 'RADPEER 3', 'RADPEER 2a', 'RADPEER 1']))}. "
            f"{r.choice(['Clinically significant.', 'Unlikely to be clinically significant.'])}\n"
            f"Communicated to {c.name(orig, 'family')} by phone {c.time()}; {c.name(orig, 'initials')} agrees.\n"
            f"Draft a neutral feedback note to Dr. {c.name(orig, 'family')} for the committee.\n")


def outside_overread(c: Ctx, m: str) -> str:
    r = c.rng
    outside = r.choice(P.FACILITIES)
    rad, orig = c.clinician(), c.clinician()
    return (f"SECOND OPINION / OUTSIDE IMAGING CONSULTATION\nOutside study: {exam(r, m)} performed {c.date(c.earlier_days(3, 40))} at "
            f"{c.fac(None, outside)}, {phi('CITY', r.choice(P.TOWNS)[0])}\nOutside accession {c.new_acc()}, outside MR# {phi('MRN', c.digits(6))}\n"
            f"Our MRN: {c.mrn()}   Name: {c.name()}   DOB: {c.date(c.dob)}\n"
            f"Original outside read by {c.doc(orig)}: \"{impression(r, m)}\"\n\n"
            f"{sec('COMPARISON')}: none available at {c.fac(True)}.\n{body(c, m, 2)}\n"
            f"2. {r.choice(['Agree with outside interpretation.', 'Disagree: see findings.', 'Additional finding not described by the outside reader.'])}\n\n"
            f"{c.doc(rad, 'cred')}\n{c.date(c.later(200), 'long')} {c.time(c.later(200), '12')}\n")


def prior_auth_letter(c: Ctx, m: str) -> str:
    r = c.rng
    ref = c.clinician()
    plan = r.choice(["Cascadia Mutual Health", "Gulfstar Medicare Advantage", "Keystone Family Plan", "Medicare Part B",
                     "Pinewood Medicaid MCO"])
    return (f"{c.fac(False)}\nDepartment of Radiology · {c.address()}\nTel {c.phone(False)} · Fax {c.phone(False, False)}\n\n"
            f"{c.date(c.study - dt.timedelta(days=r.randint(3, 20)), r.choice(['long', 'dmy_long', 'us']))}\n\n"
            f"Utilization Management, {plan}\nRE: Prior authorization for {exam(r, m)} (CPT {r.choice(P.CPT)}, ICD-10 {r.choice(P.ICD)})\n"
            f"Member: {c.name(fmt='western')}   Member ID: {c.plan_id()}   DOB: {c.date(c.dob)}\n"
            f"Place of service: {r.choice(['11', '22', '19'])}   Account: {c.account()}\n\n"
            f"To whom it may concern,\n\nI am writing on behalf of my patient, a {c.age_phrase()} "
            f"{'woman' if c.sex == 'F' else 'man'}, to request authorization for {mod(r, m)} imaging. "
            f"Symptoms began in {keep('year', str(c.study.year - 1))} and conservative therapy since {c.date(c.earlier_days(60, 200), 'md_long')} has failed. "
            f"Prior imaging: {findings(r, m, 1)[0]}\n\nPlease call my office at {c.phone()} with questions.\n\n"
            f"Sincerely,\n{c.doc(ref, 'cred')}\n\n[LLM: tighten this letter, keep all identifiers the payer needs]\n")


def ir_procedure_note(c: Ctx, m: str) -> str:
    r = c.rng
    m = "IR"
    op, nurse, anes = c.clinician(), c.clinician(), c.clinician()
    t0 = c.study
    log = []
    for i, (drug, dose) in enumerate([("midazolam", "1 mg"), ("fentanyl", "50 mcg"), ("midazolam", "0.5 mg"),
                                      ("fentanyl", "25 mcg")][:r.randint(2, 4)]):
        t = t0 + dt.timedelta(minutes=4 + 9 * i)
        log.append(f"  {c.time(t, r.choice(['24', 'mil']))}  {drug} {keep('measurement', dose)} IV   "
                   f"HR {r.randint(58, 104)}  BP {r.randint(100, 160)}/{r.randint(55, 95)}  SpO2 {r.randint(92, 100)}%")
    return (f"INTERVENTIONAL RADIOLOGY PROCEDURE NOTE\nPatient: {c.name(fmt='upper')}  MRN {c.mrn()}  Acct {c.account()}\n"
            f"Date of service: {c.date(t0)}\n{sec('PROCEDURE')}: {exam(r, m)}\n"
            f"Operator: {c.doc(op, 'cred')}  Sedation RN: {c.staff(nurse, P.OTHER_CREDS)}  Anesthesia: {c.staff(anes, ['CRNA'])}\n"
            f"Consent obtained from {r.choice(['patient', 'health care proxy ' + c.name(c.other_person(), 'western') + ' (son)', 'patient and wife ' + c.name(c.other_person(), 'given')])}.\n"
            f"Time-out {c.time(t0, '12')}. {sec('SEDATION')} (moderate, {r.randint(18, 62)} min intraservice):\n" + "\n".join(log) + "\n"
            f"{' '.join(findings(r, 'IR', 2))}\nFluoro time {keep('measurement', f'{r.uniform(0.5, 14):.1f} min')}, "
            f"reference air kerma {keep('measurement', f'{r.randint(12, 900)} mGy')}, DAP {keep('measurement', f'{r.randint(200, 9000)} uGy·m2')}.\n"
            f"{sec('COMPLICATIONS')}: none. EBL minimal. Pt to recovery {c.time(t0 + dt.timedelta(minutes=70), '24')} in stable condition.\n"
            f"Device: {r.choice(['Bard', 'Cook', 'AngioDynamics'])} {r.choice(['8 Fr', '9.5 Fr', '14.5 Fr'])}, implanted SN {c.serial()}.\n")


def breast_callback_letter(c: Ctx, m: str) -> str:
    r, p = c.rng, c.patient
    nav = c.clinician()
    sal = r.choice([f"Dear Ms. {c.name(p, 'family')},", f"Dear {c.name(p, 'western')},", f"Dear {c.name(p, 'given')},"])
    appt = c.later(60 * 24 * r.randint(3, 12))
    return (f"{c.fac(False)} Breast Imaging\n{c.date(c.later(60 * 24), 'long')}\n\n{c.name(p, 'western')}\n{c.address(False)}\n\n{sal}\n\n"
            f"Thank you for having your screening mammogram at {c.fac(True)} on {c.date(c.study, 'md_long')}. "
            f"Your results need a closer look ({keep('score', 'BI-RADS 0')}). This is common: most women called back do not have cancer.\n\n"
            f"We have reserved {c.date(appt, 'weekday_long')} at {c.time(appt, '12lc')} for a diagnostic {keep('modality', 'mammogram')} and possible "
            f"{keep('modality', 'ultrasound')}. Please call our navigator, {c.staff(nav, ['RN', 'BSN, RN'])}, at {c.phone(False, True)} "
            f"or email {c.email(nav)}.\n\nMedical record number: {c.mrn()}\n\n"
            f"[draft this letter in Spanish and in Tagalog, same content]\n")


STYLES_A = {"ris_order": (ris_order, ["CT", "MR", "US", "XR"]), "worklist_export": (worklist_export, ["CT", "MR", "XR"]),
            "dicom_dump": (dicom_dump, ["CT", "MR", "XR", "MG", "NM", "US"]),
            "llm_patient_rewrite": (llm_patient_rewrite, ["CT", "MR", "US", "XR"]),
            "llm_prior_summary": (llm_prior_summary, ["CT", "NM", "MR"]), "peer_review": (peer_review, ["CT", "MR", "XR", "US"]),
            "outside_overread": (outside_overread, ["CT", "MR", "NM"]), "prior_auth_letter": (prior_auth_letter, ["MR", "CT", "NM"]),
            "ir_procedure_note": (ir_procedure_note, ["IR"]), "breast_callback_letter": (breast_callback_letter, ["MG"])}
