"""Styles 1-10: letters, forms and logs a radiology department really sends. Each returns one marked document."""

from __future__ import annotations

from b4_context import Ctx, Person
from b4_findings import cred, findings, hdr, impression, mod
from b4_markup import K, P
from b4_pools import RAD_CREDS, TECH_CREDS, UK_PLACES, UK_TRUSTS


def initials(p: Person) -> str:
    """Three-letter staff initials (given, middle or second family letter, family)."""
    if not p.family:
        return p.given[:3].upper()
    mid = (p.middle or p.family[1:]).strip("' ")[:1]
    return f"{p.given[0]}{mid}{p.family.replace(' ', '')[0]}".upper()


def mammo_tracking_letter(c: Ctx) -> str:
    c.modality = "MG"
    c.patient = c.person("F")
    ref, coord = c.person(), c.person("F")
    sent = [c.days(d) for d in (14, 35, 63)]
    return "\n".join([
        f"{c.fac()} — Breast Imaging Results Tracking (MQSA)",
        f"{c.date(c.days(80), 'long')}",
        "",
        f"To: Dr. {c.name(ref, 'plain')}, {cred('MD')}    Fax: {c.phone('paren')}",
        f"RE: {c.name(c.patient, 'upper_last')}   DOB {c.date(c.dob, 'us')}   MRN {c.mrn()}",
        "",
        f"Your patient had a diagnostic {mod('MG')} and targeted {mod('US')} on {c.date(c.study, 'long')}.",
        *findings(c.rng, "MG", 1),
        "A tissue diagnosis was recommended. We have not been able to schedule the biopsy. Letters were mailed to",
        f"{c.address()} on {c.date(sent[0], 'mon_d')} and {c.date(sent[1], 'mon_d')}, and by certified mail on "
        f"{c.date(sent[2], 'us_short')}. Calls to {c.phone('dash')} reached voicemail.",
        "Please contact the patient and let us know if care is being provided elsewhere.",
        "",
        f"{c.name(coord, 'plain')}, Results Tracking Coordinator, ext. {c.phone('ext')}",
        f"cc: Dr. {c.name(c.person(), 'family')} (breast surgery)",
    ])


def intl_outside_report(c: Ctx) -> str:
    town, postcode = c.rng.choice(UK_PLACES)
    trust = c.rng.choice(UK_TRUSTS)
    con, gp = c.person(), c.person()
    nhs = f"{c.digits(3)} {c.digits(3)} {c.digits(4)}"
    return "\n".join([
        f"{P('FACILITY', trust)} — Department of Clinical Radiology",
        f"Patient: {c.name(c.patient, 'upper_last')}    NHS No: {P('MRN', nhs)}    Hospital No: {c.mrn()}",
        f"DOB: {c.date(c.dob, 'dmy_slash')}    Address: {P('STREET_ADDRESS', c.street)}, {P('CITY', town)} "
        f"{P('ZIP', postcode)}",
        f"Examination: {mod(c.modality)} — performed {c.date(c.study, 'dmy_slash')} {c.time('24')}",
        f"Referrer: Dr {c.name(gp, 'initial')}, GP, tel {c.phone('uk')}",
        "",
        f"{hdr('Clinical details')}: {c.age_phrase('yo')} with weight loss.",
        f"{hdr('Report')}:",
        *findings(c.rng, c.modality, 3),
        f"{hdr('Conclusion')}: {impression(c.rng)}",
        "",
        f"Reported by Dr {c.name(con, 'plain')}, Consultant Radiologist, {cred('FRCR')} — "
        f"{c.date(c.days(1), 'dmonth')}",
        f"Images shared with {c.fac(other=True)} for second opinion via image exchange portal.",
    ])


def ir_consent_form(c: Ctx) -> str:
    c.modality = "CT"
    op, nurse, interp = c.person(), c.person("F"), c.person()
    rep_rel, rep = c.relative("son", "daughter", "wife", "husband", "health care proxy")
    lang = c.rng.choice(("Vietnamese", "Somali", "Haitian Creole", "Polish", "Tigrinya", "Tagalog"))
    return "\n".join([
        f"{c.fac()} — INTERVENTIONAL RADIOLOGY CONSENT FOR PROCEDURE",
        f"Patient name: {c.name(c.patient, 'full')}    MRN: {c.mrn()}    DOB: {c.date(c.dob, 'us')}",
        f"Procedure: {mod('CT')}-guided percutaneous biopsy, target in {K('anatomy', 'Couinaud segment 6')} "
        f"(lesion {K('measurement', '2.7 cm')}).",
        f"I, {c.name(c.patient, 'plain')}, authorize Dr. {c.name(op, 'family')} and assistants to perform the "
        "procedure named above. Risks (bleeding, infection, pneumothorax, non-diagnostic sample) were explained.",
        f"Interpreter: {lang}, {c.name(interp, 'plain')} (on-site), phone line {c.phone('dash')}",
        f"If signed by a representative: {c.name(rep, 'full')}, relationship: "
        f"{rep_rel}",
        f"Patient/representative signature: ____________   Date: {c.date(c.study, 'us')}   Time: {c.time('ampm')}",
        f"Witness: {c.name(nurse, 'plain')}, {cred('RN')}",
        f"Physician attestation: signed this {c.date(c.study, 'legal')} by {c.name(op, 'full')}, {cred('MD')}.",
    ])


def mri_screening_checklist(c: Ctx) -> str:
    c.modality = "MRI"
    tech = c.person()
    rel, kin = c.relative("wife", "husband", "niece", "neighbor", "son")
    box = lambda on: "[X]" if on else "[ ]"  # noqa: E731
    pm = c.rng.random() < 0.6
    return "\n".join([
        f"MRI SAFETY SCREENING FORM — {c.fac()}",
        f"Name: {c.name(c.patient, 'last_first')}   DOB: {c.date(c.dob, 'iso')}   Age: {c.age_phrase('y')}   "
        f"Wt: {K('measurement', f'{c.rng.randint(44, 120)} kg')}   Insurance: {c.plan_id()}",
        f"{box(pm)} Cardiac pacemaker/ICD   Model: Accolade MRI   Serial: {c.serial() if pm else 'n/a'}",
        f"{box(not pm)} Aneurysm clip   {box(False)} Cochlear implant   {box(True)} Prior surgery: knee, in "
        f"{K('year', str(c.rng.randint(1985, 2022)))}",
        f"{box(c.rng.random() < 0.3)} Metal fragments (welder)  — orbits cleared with {mod('XR')} on "
        f"{c.date(c.days(-c.rng.randint(3, 900)), 'us_short')}",
        "Implant MR Conditional 1.5 T only; SAR normal operating mode.",
        f"Emergency contact: {c.name(kin, 'plain')} ({rel}) {c.phone('dot')}",
        f"Planned: {K('sequence', 'T1')}, {K('sequence', 'T2 FLAIR')}, {K('sequence', 'DWI')}",
        f"Reviewed with patient by {P('PERSON', initials(tech))} ({c.name(tech, 'plain')}, "
        f"{cred(c.rng.choice(TECH_CREDS))}) {c.date(c.study, 'us')} {c.time('24')}",
    ])


def contrast_reaction_report(c: Ctx) -> str:
    c.modality = "CT"
    rad, nurse = c.person(), c.person("F")
    kin_rel, kin = c.relative("brother", "partner", "daughter")
    mrn_value = c.mrn_value()
    mrn = P("MRN", mrn_value)
    t = c.clock(4)
    return "\n".join([
        "ADVERSE CONTRAST REACTION — QUALITY REPORT",
        f"Patient: {c.name(c.patient, 'full')} ({c.age_phrase('space_yo')} {c.sex})   MRN {mrn}   Acc {c.acc()}",
        f"Exam: {mod('CT')} abdomen/pelvis with IV contrast, {c.date(c.study, 'dmon')}",
        f"Agent: iohexol 350, {K('measurement', '100 mL')} at {K('measurement', '3 mL/s')}, injected {t[0]}.",
        f"Onset {t[1]}: urticaria, throat tightness, BP {K('measurement', '84/50')}.",
        f"Treatment: epinephrine {K('measurement', '0.3 mg')} IM at {t[2]}; diphenhydramine "
        f"{K('measurement', '50 mg')} IV.",
        f"Responders: Dr. {c.name(rad, 'family')} (radiologist), {c.name(nurse, 'plain')}, {cred('RN')}; "
        f"rapid response pager {c.phone('pager')}",
        f"Discharged {t[3]} with {kin_rel} {c.name(kin, 'plain')}.",
        f"Allergy entry: {P('URL', f'https://emr.{c.domain}/chart/allergy?mrn={mrn_value}&src=rad')}",
        f"Premedication for future {mod('CT')}/{mod('MRI')}: 13-hour prednisone protocol.",
    ])


def dose_alert_note(c: Ctx) -> str:
    c.modality = "CT"
    tech, phys, rad = c.person(), c.person(), c.person()
    ctdi = c.rng.randint(62, 140)
    return "\n".join([
        "CT DOSE NOTIFICATION/ALERT VALUE EXCEEDED (NEMA XR 25)",
        f"Scanner: CT-3 (dual source)  S/N {c.serial()}  console {c.ip()}",
        f"Patient: {c.name(c.patient, 'caret')}  ID {c.mrn()}  Acc {c.acc()}",
        f"StudyDate {c.date(c.study, 'dicom')}  StudyTime {c.time('dicom')}",
        f"Protocol: brain perfusion. {K('measurement', f'CTDIvol {ctdi}.4 mGy')} "
        f"(alert {K('measurement', '60 mGy')}); {K('measurement', f'DLP {ctdi * 14} mGy·cm')}.",
        f"Justification (entered by {c.name(tech, 'initial')}, {cred(c.rng.choice(TECH_CREDS))}): repeat acquisition "
        "after motion; stroke alert.",
        f"Physicist review: {c.name(phys, 'plain')}, {cred('PhD')}, on {c.date(c.days(2), 'us')} — no deterministic "
        f"effect expected below {K('measurement', '2 Gy')} skin dose.",
        f"Radiologist notified: Dr. {c.name(rad, 'family')} {c.time('ampm')}. Patient age {c.age_phrase('yrs')}.",
    ])


def pacs_audit_excerpt(c: Ctx) -> str:
    users = [c.person() for _ in range(3)]
    roles = ("radiologist", "ED resident", "unit clerk", "billing")
    other = c.person()
    mrn, acc = c.mrn(), c.acc()
    rows = []
    for k in range(c.rng.randint(4, 6)):
        u = c.rng.choice(users)
        when = c.days(c.rng.randint(0, 9))
        pt, ptid = (c.patient, mrn) if k != 2 else (other, c.mrn())
        rows.append(f"{c.date(when, 'iso')}T{c.time('sec')} | {c.name(u, 'last_first')} ({c.rng.choice(roles)}) | "
                    f"{c.ip()} | {c.rng.choice(('OPEN_STUDY', 'VIEW_REPORT', 'EXPORT_DICOM', 'PRINT'))} | "
                    f"{c.name(pt, 'upper_last')} | {ptid} | {acc if k != 2 else c.acc()}")
    return "\n".join([
        f"Privacy Office — PACS access audit excerpt, case {c.account()}, {c.fac()}",
        f"Requested by {c.name(c.person(), 'plain')} (privacy officer) on {c.date(c.days(12), 'long')}",
        "timestamp | user | workstation | action | patient | MRN | accession",
        *rows,
        "Note: entries by non-treating staff flagged for review; EXPORT_DICOM to removable media requires reason.",
    ])


def telerad_invoice(c: Ctx) -> str:
    ap = c.person()
    lines = []
    for _ in range(c.rng.randint(3, 5)):
        p, c.modality = c.person(mononym_ok=True), c.rng.choice(("CT", "MRI", "XR", "US"))
        fee = c.rng.choice(("38.00", "52.50", "95.00", "110.00"))
        lines.append(f"{c.date(c.days(c.rng.randint(-25, 0)), 'us_short')}  {c.acc()}  "
                     f"{c.name(p, c.rng.choice(('last_first', 'initial')))}  {mod(c.modality)} "
                     f"{c.rng.choice(('head wo', 'chest PE', 'abd/pel w', 'chest 2v'))}  "
                     f"CPT {c.rng.choice(('70450', '71275', '74177', '71046'))}  ${fee}")
    return "\n".join([
        "NIGHTHAWK RADIOLOGY PARTNERS — INVOICE INV-2026-" + str(c.rng.randint(1000, 9999)),
        f"Bill to: {c.fac()}  Attn: {c.name(ap, 'plain')}, Accounts Payable",
        f"{c.address(sep=' / ')}   AP phone {c.phone('paren')}",
        f"Service period ending {c.date(c.study, 'long')}; reads after {c.time('ampm')} billed at night rate.",
        "Date  Accession  Patient  Exam  CPT  Fee",
        *lines,
        f"Questions: {c.email(ap)} — remit within 30 days.",
    ])


def cd_import_log(c: Ctx) -> str:
    lib = c.person()
    p = c.patient
    alt = p.form("plain").replace("'", "").replace("-", " ") if p.family else p.given
    alt = alt if alt != p.form("plain") else f"{p.given} {p.family[:-1]}" if p.family else alt + "A"
    return "\n".join([
        f"OUTSIDE MEDIA IMPORT — {c.fac()} Film Library",
        f"Received {c.date(c.study, 'us')} {c.time('24')} from {c.fac(other=True)} (courier); "
        f"disc label: \"{c.name(p, 'upper')} DOB {c.date(c.dob, 'us_short')}\"",
        f"Disc burner: Rimage Producer, S/N {c.serial()}",
        f"(0010,0010) PatientName = {c.name(p, 'caret')}",
        f"(0010,0020) PatientID = {c.mrn()}  -> reconciled to local MRN {c.mrn()}",
        f"(0008,0020) StudyDate = {c.date(c.days(-c.rng.randint(2, 40)), 'dicom')}",
        f"(0008,0050) AccessionNumber = {c.acc()}  -> local {c.acc()}",
        f"Series: {K('sequence', 'AX T2 FLAIR')}, {K('sequence', 'DWI')}, {K('sequence', 'SAG T1')} "
        f"({mod('MRI')}), plus one {mod('CT')} series",
        f"QC flag: outside name spelled \"{P('PERSON', alt)}\"; matched on DOB + address {c.address()}",
        f"Imported by {c.name(lib, 'plain')} (film library). Destination AE {c.ip()}:104",
    ])


def concordance_email(c: Ctx) -> str:
    c.modality = c.rng.choice(("US", "MG"))
    c.patient = c.person("F")
    rad, path, ref = c.person(), c.person(), c.person()
    path_acc = P("ACCESSION", f"S{c.study.year % 100}-{c.digits(5)}")
    return "\n".join([
        f"From: {c.email(rad)}",
        f"To: {c.email(path)}; Cc: {c.email(ref)}",
        f"Sent: {c.date(c.days(6), 'long')} {c.time('ampm')}",
        f"Subject: rad-path concordance {path_acc}",
        "",
        f"Hi {c.name(path, 'given')},",
        f"Core biopsy on {c.date(c.days(2), 'mon_d')} (acc {c.acc()}) for {c.name(c.patient, 'full')}, "
        f"{c.age_phrase('yo')}, MRN {c.mrn()}. Imaging:",
        *findings(c.rng, c.modality, 1),
        f"Your report {path_acc} reads fibroadenoma — I consider this DISCORDANT; recommend excision.",
        f"Dr. {c.name(ref, 'family')} is aware (spoke {c.date(c.days(7), 'md')} at {c.time('short')}).",
        "",
        f"Thanks, {c.name(rad, 'given')}",
        f"{c.name(rad, 'full')}, {cred(c.rng.choice(RAD_CREDS))} | Breast & Body Imaging | {c.fac()} | "
        f"pager {c.phone('pager')}",
    ])


STYLES_A = (mammo_tracking_letter, intl_outside_report, ir_consent_form, mri_screening_checklist,
            contrast_reaction_report, dose_alert_note, pacs_audit_excerpt, telerad_invoice, cd_import_log,
            concordance_email)
