"""Clinical-note styles: ED note, hospitalist progress, resident call log, addendum, breast concordance,
IR consent phone call, home-health order."""

from __future__ import annotations

import datetime as _dt

from b13_common import (K, P, Person, accession, account, address, age_phrase, date, email, facility, mrn, name,
                        phone, plan_id, rdate, staff, time)

EPONYMS = ["Baker cyst", "Kerley B lines", "Hodgkin lymphoma", "Crohn disease", "Colles fracture",
           "Monteggia fracture", "Hill-Sachs lesion", "Bankart lesion", "Schmorl node", "Chiari I malformation",
           "Paget disease", "Graves disease", "Segond fracture", "Meckel diverticulum", "Klatskin tumor",
           "Bell palsy", "Hashimoto thyroiditis", "Osgood-Schlatter disease", "Wilms tumor", "Jones fracture"]
ANATOMY = ["right lower lobe", "left hepatic lobe", "common bile duct", "pancreatic head", "left kidney",
           "distal esophagus", "right adrenal gland", "splenic flexure", "anterior mediastinum", "left lobe of thyroid",
           "right hilum", "medial meniscus", "supraspinatus tendon", "right common femoral vein"]
LEVELS = ["C5-C6", "C6-C7", "L4-L5", "L5-S1", "T12", "L1", "T8-T9", "C2"]
SCORES = ["BI-RADS 4", "BI-RADS 3", "LI-RADS 3", "TI-RADS 4", "PI-RADS 4", "Lung-RADS 4A", "Bosniak IIF", "O-RADS 3"]
SEQS = ["T2 FLAIR", "DWI", "STIR", "SWI", "T1 post-contrast"]


def meas(rng) -> str:
    a = rng.randint(3, 60) / 10
    return K("measurement", rng.choice([f"{a} cm", f"{a:.1f} x {rng.randint(3, 50) / 10} cm", f"{rng.randint(2, 19)} mm"]))


def epo(rng) -> str:
    return K("eponym", rng.choice(EPONYMS))


def ana(rng) -> str:
    return K("anatomy", rng.choice(ANATOMY))


def hdr(label: str) -> str:
    return K("section_header", label)


def ed_note(rng):
    pt = Person(rng)
    d = rdate(rng)
    mod = rng.choice(["CT", "XR", "US"])
    hx = rng.choice(["HPI", "History of Present Illness", "HISTORY OF PRESENT ILLNESS"])
    return (f"EMERGENCY DEPARTMENT PROVIDER NOTE\n{facility(rng)} - Main ED\n"
            f"Patient: {name(rng, pt, 'UPLF')}   MRN {P('MRN', mrn(rng))}   CSN {P('ACCOUNT_ID', account(rng))}\n"
            f"Arrival: {date(rng, d, 'us')} {time(rng, '24')}\n"
            f"{hdr(hx)}: {age_phrase(rng)} {rng.choice(['woman', 'man'])} brought by EMS after a fall at home "
            f"({address(rng, intl=False)}). Daughter {name(rng, Person(rng), 'FL')} at bedside, cell {P('PHONE', phone(rng))}.\n"
            f"{hdr('ED COURSE')}: {K('modality', mod)} reviewed with radiology. Prelim read per {staff(rng, 'MD')}: "
            f"{meas(rng)} lesion in the {ana(rng)}; also incidental {epo(rng)}. Degenerative change at {K('vertebral_level', rng.choice(LEVELS))}.\n"
            f"Accession {P('ACCESSION', accession(rng))}. Final read pending at {time(rng, '12')}.\n"
            f"{hdr('DISPOSITION')}: admit to hospitalist {staff(rng, 'DO')}. Seen at {time(rng, 'hours')}.\n"
            f"Electronically signed {name(rng, Person(rng, staff=True), 'FL')}, {K('credential', 'MD')} {date(rng, d, 'long')}\n"), mod


def progress_note(rng):
    pt = Person(rng)
    d = rdate(rng)
    mod = rng.choice(["CT", "MR", "US"])
    mname = {"CT": "CT", "MR": "MRI", "US": "US"}[mod]
    return (f"HOSPITAL MEDICINE PROGRESS NOTE - Hospital day {rng.randint(2, 14)}\n"
            f"{name(rng, pt, 'FML')} | DOB {date(rng, rdate(rng, 1928, 2000), rng.choice(['us', 'iso', 'dmy']))} | "
            f"MR# {P('MRN', mrn(rng))} | Rm {rng.randint(200, 899)}\n"
            f"{hdr('SUBJECTIVE')}: Pt says she \"slept badly\". Husband {name(rng, Person(rng), 'F')} called overnight from "
            f"{P('PHONE', phone(rng))}.\n"
            f"{hdr('OBJECTIVE')}: Afebrile. {K('modality', mname)} {K('sequence', rng.choice(SEQS)) if mod == 'MR' else 'abdomen'} "
            f"from {date(rng, d, 'md')} shows {meas(rng)} focus in the {ana(rng)}, known {epo(rng)}.\n"
            f"{hdr('ASSESSMENT AND PLAN')}:\n1. {K('eponym', 'Crohn disease')} flare - GI ({staff(rng, 'MD')}) following.\n"
            f"2. Prior imaging at {facility(rng)} in {K('year', str(rng.randint(2009, 2023)))}; request CD.\n"
            f"3. Dispo: home with services; PCP {staff(rng, '')} ({P('PHONE', phone(rng))}).\n"
            f"-- {name(rng, Person(rng, staff=True), 'IL')}, {K('credential', 'NP')} {date(rng, d, 'us2')} {time(rng, 'pm')}\n"), mod


def call_log(rng):
    d = rdate(rng)
    lines = [f"RADIOLOGY RESIDENT CALL LOG  {date(rng, d, 'dmy')}  overnight  resident: {staff(rng, 'MD', 'IL')}"]
    mod = "CT"
    for _ in range(rng.randint(3, 5)):
        pt = Person(rng)
        mod = rng.choice(["CT", "MR", "US", "XR"])
        lines.append(
            f"{time(rng, rng.choice(['24', 'hours']))} | {name(rng, pt, rng.choice(['UPLF', 'LF']))} | {P('MRN', mrn(rng))} | "
            f"acc {P('ACCESSION', accession(rng))} | {K('modality', mod)} | {age_phrase(rng)} | called "
            f"{staff(rng, rng.choice(['MD', 'PA-C', 'NP']), 'L')} x{rng.randint(4000, 4999)} re {meas(rng)} {ana(rng)} finding; "
            f"read back OK")
    lines.append(f"Handoff to attending {staff(rng, 'MD', 'FL')} at {time(rng, '24')}. Pager {P('PHONE', phone(rng))}.")
    return "\n".join(lines) + "\n", mod


def addendum(rng):
    pt = Person(rng)
    d = rdate(rng)
    mod = rng.choice(["CT", "MR", "XR"])
    ref = Person(rng, staff=True)
    return (f"*** CORRECTED REPORT ***\nPATIENT NAME: {name(rng, pt, 'UPLF')}\nMRN: {P('MRN', mrn(rng))}   "
            f"ACCESSION: {P('ACCESSION', accession(rng))}\nEXAM DATE: {date(rng, d, rng.choice(['us', 'compact', 'dash']))}\n"
            f"{hdr('ADDENDUM')}: The {meas(rng)} nodule in the {ana(rng)} was previously described as stable. "
            f"On comparison with the {K('year', str(rng.randint(2015, 2023)))} study from {facility(rng)} it has grown; "
            f"{K('score', rng.choice(SCORES))}. Findings discussed with Dr. {P('PERSON', ref.last)} by telephone at "
            f"{time(rng, 'pm')} on {date(rng, d, 'mlong')}; read-back confirmed.\n"
            f"{hdr('ORIGINAL IMPRESSION')}: 1. Incidental {epo(rng)}. 2. Spondylosis at {K('vertebral_level', 'L4-L5')}.\n"
            f"Addendum by {name(rng, Person(rng, staff=True), 'FML')}, {K('credential', 'MD')} "
            f"{date(rng, d, 'iso')} {time(rng, 'sec')}\n"), mod


def concordance(rng):
    pt = Person(rng)
    d = rdate(rng)
    return (f"Breast Imaging - Pathology/Radiology Concordance\n"
            f"Pt: {name(rng, pt, 'LFM')}  ({age_phrase(rng, False)})  MRN {P('MRN', mrn(rng))}\n"
            f"Biopsy: US-guided core, {rng.choice(['left', 'right'])} breast {rng.randint(1, 12)}:00, "
            f"{rng.randint(2, 9)} cm FN, {date(rng, d, 'us')}; acc {P('ACCESSION', accession(rng))}. "
            f"Pre-biopsy {K('score', rng.choice(['BI-RADS 4', 'BI-RADS 4B', 'BI-RADS 5']))}, mass {meas(rng)}.\n"
            f"Pathology ({facility(rng)}, case S{rng.randint(24, 26)}-{rng.randint(1000, 9999)}): fibroadenoma.\n"
            f"{hdr('RESULT')}: CONCORDANT benign. Recommend {K('modality', 'US')} in 6 months.\n"
            f"Patient called by nurse navigator {name(rng, Person(rng, staff=True), 'FL')}, {K('credential', 'RN')} at "
            f"{P('PHONE', phone(rng))} on {date(rng, d, 'short')}; left message with son {name(rng, Person(rng), 'F')}.\n"
            f"Results letter mailed to {address(rng)}.\nConference: {staff(rng, 'MD', 'FL')}, {staff(rng, 'MD', 'FL')}\n"), "US"


def consent_call(rng):
    pt = Person(rng)
    fam = Person(rng)
    d = rdate(rng)
    proc = rng.choice(["CT-guided liver biopsy", "tunneled dialysis catheter", "IVC filter retrieval",
                       "percutaneous nephrostomy", "paracentesis"])
    intl = rng.random() < 0.5
    return (f"IR TELEPHONE CONSENT NOTE\nPatient {name(rng, pt, 'FL')} ({age_phrase(rng)}) lacks capacity per primary team. "
            f"Consent for {proc} obtained by phone from {rng.choice(['daughter', 'son', 'wife', 'nephew', 'sister'])} "
            f"and health-care proxy {name(rng, fam, 'FML')} at {P('PHONE', phone(rng, intl))}, who lives in "
            f"{address(rng, intl)}.\nWitness: {name(rng, Person(rng, staff=True), 'FL')}, {K('credential', 'RN')}. "
            f"Interpreter ID {rng.randint(200000, 299999)} (Tagalog) used.\n"
            f"Risks incl. bleeding, infection, injury to the {ana(rng)} discussed. {name(rng, fam, 'F')} asked about "
            f"the {epo(rng)} seen on prior {K('modality', 'CT')}.\n"
            f"Call {date(rng, d, rng.choice(['us', 'long', 'dlong']))} {time(rng, '12')} - {time(rng, '12')}. "
            f"MRN {P('MRN', mrn(rng))}. {staff(rng, 'MD', 'FL')}\n"), "CT"


def home_health(rng):
    pt = Person(rng)
    d = rdate(rng)
    return (f"HOME HEALTH CERTIFICATION AND PLAN OF CARE (485)\n1. Patient HI Claim No.: {P('HEALTH_PLAN_ID', plan_id(rng))}\n"
            f"2. Start of Care: {date(rng, d, 'us')}   3. Cert Period: {date(rng, d, 'us')} to {date(rng, d + _dt.timedelta(days=59), 'us')}\n"
            f"4. Medical Record No.: {P('MRN', mrn(rng))}   5. Provider No.: {rng.randint(100000, 999999)}\n"
            f"6. Patient's Name and Address: {name(rng, pt, 'LFM')}\n   {address(rng, intl=False)}\n"
            f"7. Provider: {facility(rng)}  Tel {P('PHONE', phone(rng))}\n"
            f"8. Date of Birth: {date(rng, rdate(rng, 1925, 1934), 'us')}   Age {P('AGE_OVER_89', str(rng.randint(91, 101)))}\n"
            f"11. Diagnoses: M80.08XA osteoporotic fx; {K('eponym', 'Paget disease')} of bone; compression fx "
            f"{K('vertebral_level', rng.choice(['T12', 'L1', 'T8-T9']))} per {K('modality', 'XR')}\n"
            f"21. Orders: SN 2w4, PT 3w3. Contact caregiver {name(rng, Person(rng), 'FL')} {P('PHONE', phone(rng))}, "
            f"{P('EMAIL', email(rng))}.\n"
            f"24. Physician: {staff(rng, 'MD', 'FL')}   NPI on file\n"
            f"27. Attending signature date: {date(rng, d, 'iso')}\n"), "XR"


STYLES = {
    "ed_provider_note": ed_note, "hospitalist_progress": progress_note, "resident_call_log": call_log,
    "corrected_addendum": addendum, "breast_concordance": concordance, "ir_phone_consent": consent_call,
    "home_health_485": home_health,
}
