"""Forms and transcripts: nursing-home transfer, bone age, swallow study, vascular lab, IVR reminder,
billing denial, deposition excerpt."""

from __future__ import annotations

from b13_common import (K, P, Person, accession, account, address, age_phrase, date, digits, email, facility, mrn,
                        name, phone, plan_id, rdate, serial, ssn, staff, time)
from b13_styles_a import ana, epo, hdr, meas


def natid(rng) -> str:
    return rng.choice([f"784-{rng.randint(1930, 1960)}-{digits(rng, 7)}-{digits(rng, 1)}", digits(rng, 9), digits(rng, 11)])


def snf_transfer(rng):
    pt = Person(rng)
    d = rdate(rng)
    intl = rng.random() < 0.5
    return (f"INTER-FACILITY TRANSFER FORM\nFrom: {facility(rng)}    To: {facility(rng)} Radiology\n"
            f"Resident: {name(rng, pt, 'UPLF')}    DOB: {date(rng, rdate(rng, 1922, 1936), 'us')}    Age: {age_phrase(rng, True)}\n"
            f"SSN: {P('SSN', ssn(rng))}    Medicare MBI: {P('HEALTH_PLAN_ID', plan_id(rng))}\n"
            f"Medicaid #: {P('HEALTH_PLAN_ID', plan_id(rng))}\n"
            + (f"{rng.choice(['Emirates ID', 'Teudat Zehut', 'PESEL', 'NIN'])}: {P('SSN', natid(rng))}\n" if intl else "")
            + f""
            f"Responsible party: {name(rng, Person(rng), 'FL')} (grandson), {address(rng, intl)}, "
            f"ph {P('PHONE', phone(rng, intl))}\n"
            f"Reason: fall {date(rng, d, 'mdot')} at {time(rng, 'pm')}, r/o hip fx; {K('modality', 'XR')} pelvis requested.\n"
            f"Hx: {K('eponym', 'Parkinson disease')}, old {K('eponym', 'Colles fracture')}, pacemaker "
            f"(Medtronic Azure XT, S/N {P('DEVICE_SERIAL', serial(rng))}).\n"
            f"Code status: DNR.  Sending nurse: {name(rng, Person(rng, staff=True), 'FL')}, {K('credential', 'LPN')}  "
            f"{date(rng, d, 'us')} {time(rng, '24')}\n"), "XR"


def bone_age(rng):
    pt = Person(rng)
    d = rdate(rng)
    yrs = rng.randint(4, 15)
    return (f"{K('modality', 'XR')} LEFT HAND FOR BONE AGE\n"
            f"Patient: {name(rng, pt, rng.choice(['FL', 'UPLF']))}   Sex: {rng.choice(['M', 'F'])}   "
            f"DOB {date(rng, rdate(rng, 2011, 2021), rng.choice(['us', 'iso']))}   MRN {P('MRN', mrn(rng))}\n"
            f"Accession: {P('ACCESSION', accession(rng))}    Date of service: {date(rng, d, 'long')}\n"
            f"Referring: {staff(rng, 'MD', 'FL')} (Pediatric Endocrinology)\n"
            f"{hdr('CLINICAL HISTORY')}: Short stature; mother {name(rng, Person(rng), 'FL')} is 152 cm.\n"
            f"{hdr('FINDINGS')}: Chronological age {yrs} years {rng.randint(0, 11)} months. By the {K('eponym', 'Greulich and Pyle')} atlas the bone "
            f"age is {yrs - rng.randint(0, 2)} years. Standard deviation {rng.randint(8, 14)} months. Physes of the "
            f"{K('anatomy', 'distal radius')} open.\n"
            f"{hdr('IMPRESSION')}: Bone age within 2 SD of chronological age.\n"
            f"{staff(rng, 'MD', 'FML')}   {date(rng, d, 'us')} {time(rng, '24')}\n"), "XR"


def swallow(rng):
    pt = Person(rng)
    d = rdate(rng)
    return (f"MODIFIED BARIUM SWALLOW STUDY (VFSS)\n{name(rng, pt, 'LF')}  MRN: {P('MRN', mrn(rng))}  "
            f"Acct: {P('ACCOUNT_ID', account(rng))}\nDate: {date(rng, d, 'dmy')}   Fluoro time: {rng.randint(1, 4)}.{rng.randint(0, 9)} min\n"
            f"Performed with {name(rng, Person(rng, staff=True), 'FL')}, MS, {K('credential', 'CCC-SLP')} and "
            f"radiologist {staff(rng, 'MD', 'L')}.\n{age_phrase(rng)} with dysphagia after stroke; history of "
            f"{K('eponym', 'Zenker diverticulum')}.\n"
            f"{hdr('FINDINGS')}: Thin liquids: silent aspiration (PAS 8). Nectar: penetration (PAS 3). Residue in "
            f"{K('anatomy', 'valleculae')} and {K('anatomy', 'pyriform sinuses')}. Cricopharyngeal bar at "
            f"{K('vertebral_level', 'C5-C6')}.\n{hdr('RECOMMENDATIONS')}: Mechanical soft, nectar-thick. Discussed with "
            f"wife {name(rng, Person(rng), 'FL')} at {time(rng, '12')}.\n"), "XR"


def vascular(rng):
    pt = Person(rng)
    d = rdate(rng)
    echo = rng.random() < 0.5
    if echo:
        body = (f"{hdr('FINDINGS')}: LVEF {rng.randint(25, 65)}%. {K('anatomy', 'left atrium')} {meas(rng)}. "
                f"Mild MR. TAPSE {rng.randint(12, 24)} mm.\n")
        title, cred = "TRANSTHORACIC ECHOCARDIOGRAM", "RDCS"
    else:
        body = (f"{hdr('FINDINGS')}: Occlusive thrombus in the {K('anatomy', 'right common femoral vein')} extending to the "
                f"{K('anatomy', 'popliteal vein')}. {K('eponym', 'Baker cyst')} {meas(rng)}.\n")
        title, cred = "VENOUS DUPLEX LOWER EXTREMITY", "RVT"
    return (f"{facility(rng)} Noninvasive Vascular Lab\n{title}\nName: {name(rng, pt, 'UPLF')}  DOB: "
            f"{date(rng, rdate(rng, 1930, 1990), 'us')}  MRN: {P('MRN', mrn(rng))}\nStudy date {date(rng, d, 'us')} "
            f"{time(rng, '24')}  Machine: Philips EPIQ 7 SN {P('DEVICE_SERIAL', serial(rng))}\n"
            f"Sonographer: {name(rng, Person(rng, staff=True), 'FL')}, {K('credential', cred)}\n{body}"
            f"{hdr('IMPRESSION')}: see above. Critical result called to {staff(rng, 'NP', 'FL')} at {time(rng, 'hours')}.\n"
            f"Interpreting: {staff(rng, 'MD', 'FL')}\n"), "US"


def ivr(rng):
    pt = Person(rng)
    d = rdate(rng, 2026, 2026)
    post = rng.random() < 0.4
    if post:
        return (f"[Postcard]\n{name(rng, pt, 'FL')}\n{address(rng, intl=False, sep=chr(10))}\n\n"
                f"It's time for your screening mammogram! Our records show your last one was in "
                f"{K('year', str(rng.randint(2022, 2025)))}. Call {P('PHONE', phone(rng))} or book at "
                f"{P('URL', 'https://portal.example-health.org/schedule?mrn=' + mrn(rng))}.\n"
                f"{facility(rng)} Breast Center\n"), "MG"
    return (f"IVR CALL TRANSCRIPT  campaign=APPT_REMIND  dialed={P('PHONE', phone(rng))}  "
            f"started={date(rng, d, 'iso')} {time(rng, 'sec')}\n"
            f"SYSTEM: Hello, this is {facility(rng)} calling for {name(rng, pt, 'FL')}. If this is "
            f"{name(rng, pt, 'F')}, press 1.\nCALLER: [DTMF 1]\n"
            f"SYSTEM: You have an {K('modality', 'MRI')} appointment on {date(rng, d, 'mlong')} at {time(rng, '12')}. "
            f"Please arrive 30 minutes early. Your confirmation number is {P('ACCOUNT_ID', account(rng))}.\n"
            f"CALLER: uh, this is her daughter {name(rng, Person(rng), 'F')}, can I move it to {date(rng, rdate(rng, 2026, 2026), 'mlong')}?\n"
            f"SYSTEM: Transferring you to scheduling.\n[transfer ext 4471 - agent {name(rng, Person(rng, staff=True), 'IL')}]\n"), "MR"


def denial(rng):
    pt = Person(rng)
    d = rdate(rng)
    return (f"EXPLANATION OF BENEFITS / CLAIM DENIAL\nBlueHarbor Health Plan  Appeals Unit  PO Box 88120\n"
            f"Member: {name(rng, pt, 'UPLF')}   Member ID: {P('HEALTH_PLAN_ID', plan_id(rng))}\n"
            f"Claim #: {P('ACCOUNT_ID', account(rng))}   Patient Acct: {P('ACCOUNT_ID', account(rng))}\n"
            f"Provider: {facility(rng)}   Rendering: {staff(rng, 'MD', 'FL')}\n"
            f"Date of service: {date(rng, d, 'us')}   CPT 72148 ({K('modality', 'MRI')} lumbar w/o)   ICD-10 M51.26\n"
            f"Reason code CO-197: precertification absent. Prior auth on file for {K('vertebral_level', 'L5-S1')} "
            f"only; auth ref {digits(rng, 6)} not valid for date billed.\n"
            f"To appeal, fax records to {P('PHONE', phone(rng))} within 180 days of {date(rng, d, 'long')}, or e-mail "
            f"{P('EMAIL', 'appeals' + str(rng.randint(1, 9)) + '@blueharbor.example')}. Questions: {name(rng, Person(rng, staff=True), 'FL')}, "
            f"ext {rng.randint(100, 999)}.\n"), "MR"


def deposition(rng):
    pt = Person(rng)
    wit = Person(rng, staff=True)
    d = rdate(rng)
    return (f"DEPOSITION OF {P('PERSON', wit.fmt(rng, 'FL').upper())}, {K('credential', 'MD')}\n"
            f"Taken {date(rng, rdate(rng, 2026, 2026), 'long')} at {time(rng, 'pm')}\n{'-' * 20}\n"
            f"Q. Doctor, you interpreted the {K('modality', 'CT')} of {name(rng, pt, 'FL')} on {date(rng, d, 'long')}?\n"
            f"A. Yes.\nQ. And the accession number was {P('ACCESSION', accession(rng))}?\nA. That's what the report says.\n"
            f"Q. You described a {meas(rng)} opacity in the {ana(rng)}. You did not mention {epo(rng)}?\n"
            f"A. It was not present in my opinion.\nQ. Mr. {P('PERSON', pt.last)}'s wife, {name(rng, Person(rng), 'FL')}, "
            f"testified she called your office at {P('PHONE', phone(rng))}.\n"
            f"MR. {P('PERSON', Person(rng, staff=True).last.upper())}: Objection, form.\n"
            f"A. I have no record of that call. The patient was {age_phrase(rng)} and lived at {address(rng)}.\n"), "CT"


STYLES = {
    "snf_transfer_form": snf_transfer, "peds_bone_age": bone_age, "swallow_study": swallow,
    "vascular_echo_lab": vascular, "reminder_ivr_postcard": ivr, "billing_denial": denial,
    "deposition_excerpt": deposition,
}
