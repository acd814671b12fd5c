"""System-generated styles: QI review, outside CD import log, DICOM dump, HL7 ORU, FHIR bundle, study list."""

from __future__ import annotations

from b13_common import (K, P, Person, accession, account, address, age_phrase, date, email, facility, fdate, ftime,
                        ip, mrn, name, phone, place, plan_id, rdate, serial, ssn, staff, time)
from b13_styles_a import ana, epo, hdr, meas

_DEV = ["SIEMENS SOMATOM Force", "GE Revolution CT", "Philips Ingenia 3.0T", "Canon Aquilion ONE", "Hologic Selenia Dimensions"]


def qi_review(rng):
    pt = Person(rng)
    d = rdate(rng)
    return (f"PEER REVIEW / QI CASE REVIEW - CONFIDENTIAL (protected under state peer review statute)\n"
            f"Case #{rng.randint(100, 999)}  Referred by {staff(rng, 'MD', 'FL')}\n"
            f"Patient: {name(rng, pt, 'LF')}   MRN {P('MRN', mrn(rng))}   Exam: {K('modality', 'CT')} chest "
            f"{date(rng, d, 'us')}   Acc {P('ACCESSION', accession(rng))}\n"
            f"Original reader: {staff(rng, 'MD', 'FL')}.  Reviewer: {staff(rng, 'MD', 'FL')}.\n"
            f"{hdr('SUMMARY')}: {meas(rng)} nodule in {ana(rng)} not reported; seen retrospectively. "
            f"Follow-up per Fleischner would have been {K('modality', 'CT')} in 3 months. "
            f"Patient ({age_phrase(rng)}) presented {date(rng, rdate(rng), 'long')} with "
            f"{K('score', 'Lung-RADS 4B')} lesion.\n"
            f"RADPEER score: 2b. Contributing: workload ({rng.randint(80, 140)} studies/shift), {epo(rng)} distractor.\n"
            f"Committee date {date(rng, rdate(rng, 2026, 2026), 'iso')}.\n"), "CT"


def cd_import(rng):
    pt = Person(rng)
    d = rdate(rng)
    ext = mrn(rng)
    loc = mrn(rng)
    return (f"OUTSIDE MEDIA IMPORT LOG\nReceived {date(rng, rdate(rng, 2026, 2026), 'us')} {time(rng, '24')} from courier; "
            f"sender {facility(rng)}\nPatient on media: {P('PERSON', pt.fmt(rng, 'DCM'))}  ext PID {P('MRN', ext)}  "
            f"DOB {P('DATE_TIME', fdate(rng, rdate(rng, 1930, 2005), 'compact'))}\n"
            f"Reconciled to local: {name(rng, pt, 'UPLF')}  MRN {P('MRN', loc)}  (match on name+DOB, verified by "
            f"{name(rng, Person(rng, staff=True), 'FL')})\n"
            f"Studies: {rng.randint(1, 4)}  ({K('modality', 'MR')} brain {date(rng, d, 'us')}; {K('sequence', 'DWI')}, "
            f"{K('sequence', 'T2 FLAIR')}, {K('sequence', 'SWI')})\nNew local accession {P('ACCESSION', accession(rng))}\n"
            f"Import node AE=PACS_IMP @ {P('IP_ADDRESS', ip(rng))}:104    Disc label: \"{P('PERSON', pt.fmt(rng, 'FL'))} "
            f"{K('year', str(rng.randint(2018, 2025)))}\"\nNotes: Burned-in annotations present; referring {staff(rng, 'MD', 'L')} "
            f"notified via {P('EMAIL', email(rng, Person(rng, staff=True)))}.\n"), "MR"


def dicom(rng):
    pt = Person(rng)
    d = rdate(rng)
    dev = rng.choice(_DEV)
    mod = "MG" if "Hologic" in dev else ("MR" if "Ingenia" in dev else "CT")
    bd = rdate(rng, 1920, 1999)
    age = 2026 - bd.year
    if age >= 90:
        age_span = f"0{P('AGE_OVER_89', str(age))}Y"
    else:
        age_span = K("age_under_90", f"{age:03d}Y")
    return (f"(0008,0020) StudyDate          DA [{P('DATE_TIME', fdate(rng, d, 'compact'))}]\n"
            f"(0008,0030) StudyTime          TM [{P('DATE_TIME', ftime(rng, 'hl7'))}]\n"
            f"(0008,0050) AccessionNumber    SH [{P('ACCESSION', accession(rng))}]\n"
            f"(0008,0060) Modality           CS [{K('modality', mod)}]\n"
            f"(0008,0080) InstitutionName    LO [{facility(rng)}]\n"
            f"(0008,0090) ReferringPhysicianName PN [{P('PERSON', Person(rng, staff=True).fmt(rng, 'DCM'))}]\n"
            f"(0008,1090) ManufacturerModelName LO [{dev}]\n"
            f"(0010,0010) PatientName        PN [{P('PERSON', pt.fmt(rng, 'HL7'))}]\n"
            f"(0010,0020) PatientID          LO [{P('MRN', mrn(rng))}]\n"
            f"(0010,0030) PatientBirthDate   DA [{P('DATE_TIME', fdate(rng, bd, 'compact'))}]\n"
            f"(0010,1010) PatientAge         AS [{age_span}]\n"
            f"(0010,1040) PatientAddress     LO [{address(rng, intl=False)}]\n"
            f"(0018,1000) DeviceSerialNumber LO [{P('DEVICE_SERIAL', serial(rng))}]\n"
            f"(0018,0050) SliceThickness     DS [{rng.choice(['0.625', '1.25', '3'])}]\n"
            f"(0032,1032) RequestingPhysician PN [{P('PERSON', Person(rng, staff=True).fmt(rng, 'DCM'))}]\n"
            f"(0040,0244) PerformedProcedureStepStartDate DA [{P('DATE_TIME', fdate(rng, d, 'iso'))}]\n"), mod


def hl7(rng):
    pt = Person(rng)
    d = rdate(rng)
    ts = fdate(rng, d, "compact") + ftime(rng, "hl7")
    street, city, st, zp = place(rng, intl=False)
    zp = zp or "99559"
    acc = accession(rng)
    return (f"MSH|^~\\&|RIS|{P('FACILITY', rng.choice(['KAPIOLANI HARBOR MC', 'CARMEL RIDGE MC', 'HOLSTON VALLEY IMAGING']))}|"
            f"EHR|HUB|{P('DATE_TIME', ts)}||ORU^R01|MSG{rng.randint(10000, 99999)}|P|2.5.1\r"
            f"PID|1||{P('MRN', mrn(rng))}^^^MRN||{P('PERSON', pt.fmt(rng, 'HL7'))}||"
            f"{P('DATE_TIME', fdate(rng, rdate(rng, 1925, 2000), 'compact'))}|F|||{P('STREET_ADDRESS', street)}^^"
            f"{P('CITY', city)}^{st}^{P('ZIP', zp)}||{P('PHONE', phone(rng))}|||||{P('ACCOUNT_ID', account(rng))}|"
            f"{P('SSN', ssn(rng))}\r"
            f"IN1|1|BHP01|{rng.randint(1000, 9999)}|BlueHarbor Health Plan|||||||||||||||||||||||||||||||||||"
            f"{P('HEALTH_PLAN_ID', plan_id(rng))}\r"
            f"OBR|1||{P('ACCESSION', acc)}|71250^CT CHEST WO|||{P('DATE_TIME', ts[:8])}|||||||||"
            f"{P('PERSON', Person(rng, staff=True).fmt(rng, 'HL7'))}\r"
            f"OBX|1|TX|IMP||{hdr('IMPRESSION')}: {meas(rng)} nodule {ana(rng)}. {K('score', 'Lung-RADS 3')}.||||||F\r"
            f"OBX|2|RP|PDF||{P('URL', 'https://pacs.example-health.org/wado?acc=' + acc)}||||||F\r"), "CT"


def fhir(rng):
    pt = Person(rng)
    d = rdate(rng)
    street, city, st, zp = place(rng, intl=False)
    zp = zp or "96720"
    host = ip(rng)
    return ('{"resourceType": "Bundle", "type": "collection", "entry": [\n'
            f' {{"resource": {{"resourceType": "Patient", "identifier": [{{"system": "urn:mrn", "value": "{P("MRN", mrn(rng))}"}}, '
            f'{{"system": "urn:plan", "value": "{P("HEALTH_PLAN_ID", plan_id(rng))}"}}], '
            f'"name": [{{"family": "{P("PERSON", pt.last)}", "given": ["{P("PERSON", pt.first)}"]}}], '
            f'"birthDate": "{P("DATE_TIME", fdate(rng, rdate(rng, 1930, 2010), "iso"))}", '
            f'"telecom": [{{"system": "email", "value": "{P("EMAIL", email(rng, pt))}"}}], '
            f'"address": [{{"line": ["{P("STREET_ADDRESS", street)}"], "city": "{P("CITY", city)}", "state": "{st}", '
            f'"postalCode": "{P("ZIP", zp)}"}}]}}}},\n'
            f' {{"resource": {{"resourceType": "DiagnosticReport", "status": "final", "code": {{"text": "{K("modality", "US")} abdomen"}}, '
            f'"effectiveDateTime": "{P("DATE_TIME", fdate(rng, d, "iso"))}T{P("DATE_TIME", ftime(rng, "sec"))}Z", '
            f'"identifier": [{{"value": "{P("ACCESSION", accession(rng))}"}}], '
            f'"performer": [{{"display": "{P("PERSON", Person(rng, staff=True).fmt(rng, "FL"))}, {K("credential", "MD")}"}}], '
            f'"conclusion": "{meas(rng)} cyst in {ana(rng)}; {K("eponym", "Klatskin tumor")} not excluded.", '
            f'"presentedForm": [{{"url": "{P("URL", f"http://{host}:8080/fhir/Binary/{rng.randint(10000, 99999)}")}"}}]}}}}\n]}}\n'), "US"


def study_list(rng):
    rows = ["Last,First,MRN,DOB,Age,Exam,Date,Accession,Reader,Status"]
    mod = "CT"
    for _ in range(rng.randint(4, 6)):
        pt = Person(rng)
        mod = rng.choice(["CT", "MR", "US", "XR", "MG"])
        bd = rdate(rng, 1925, 2010)
        age = 2026 - bd.year
        age_s = P("AGE_OVER_89", str(age)) if age >= 90 else K("age_under_90", str(age))
        rows.append(f"{P('PERSON', pt.last)},{P('PERSON', pt.first)},{P('MRN', mrn(rng))},"
                    f"{P('DATE_TIME', fdate(rng, bd, 'us'))},{age_s},{K('modality', mod)},"
                    f"{P('DATE_TIME', fdate(rng, rdate(rng), rng.choice(['us', 'iso'])))},{P('ACCESSION', accession(rng))},"
                    f"{P('PERSON', Person(rng, staff=True).fmt(rng, 'IL'))},{rng.choice(['FINAL', 'PRELIM', 'UNREAD'])}")
    return "\n".join(rows) + "\n", mod


STYLES = {
    "qi_case_review": qi_review, "outside_cd_import": cd_import, "dicom_header_dump": dicom, "hl7_oru": hl7,
    "fhir_bundle": fhir, "study_list_csv": study_list,
}
