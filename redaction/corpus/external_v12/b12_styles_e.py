"""blind12 styles: pediatric skeletal surveys (NAI), post-mortem CT, de-identification failure reports, payer forms."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def _sibling(name: str):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


C = _sibling("b12_core")
P, K, W = C.P, C.K, C.W


def peds_nai_survey(rng) -> dict:
    g = C.Gen(rng)
    pt = g.person()
    when = g.day()
    months = g.r.randint(1, 23)
    dob = when - C.dt.timedelta(days=months * 30 + g.r.randint(0, 25))
    mom, dad = g.person("F"), g.person("M")
    sw = g.person()
    lines = [
        g.pick(["SKELETAL SURVEY - SUSPECTED NON-ACCIDENTAL TRAUMA", "XR SKELETAL SURVEY COMPLETE (INFANT)", "Child Protection Imaging"]),
        f"Patient: {g.name(pt, g.pick(['LAST, FIRST', 'First Last', 'LAST, FIRST M']))}   DOB {g.date(dob, ['mdY', 'mdY0', 'MonthdY'])}"
        f"   Age {K('age_under_90', str(months) + (' month' if months == 1 else ' months'))}   MRN {g.mrn()}   Acc {g.accession()}",
        f"Exam date: {g.date(when, ['mdY', 'iso', 'dMonY'])} {g.time(('hm', 'hours'))}   Ordered by {g.staff('MD', title=False)} (Child Abuse Pediatrics)",
        f"{g.header('HISTORY')} {g.pick(['Fussy infant, bruising to ear and torso', 'Femur fracture, reported fall from couch', 'Found unresponsive, retinal hemorrhages on exam', 'Sibling of abused child'])}. "
        f"Caregivers: mother {g.name(mom, 'First Last')}, {g.pick(['father', 'mother’s boyfriend', 'stepfather'])} {g.name(dad, g.pick(['First Last', 'First']))}.",
        f"{g.header('TECHNIQUE')} {g.r.randint(19, 23)} radiographs per ACR-SPR protocol; {K('modality', 'CT')} head performed same day.",
        f"{g.header('FINDINGS')} " + g.pick([
            f"Classic metaphyseal lesions of the {K('anatomy', 'distal radius')} and proximal tibiae. ",
            f"Healing fractures of the {K('anatomy', 'posterior ribs')} (right 5-7) with callus. ",
            f"Transverse fracture of the {K('anatomy', 'femoral neck')}... correction: mid femoral shaft. ",
            f"Parietal {K('anatomy', 'skull vault')} fracture {g.meas(1)} long. ",
        ]) + g.pick([f"No {K('eponym', 'Salter-Harris II fracture')}. ", "Bones otherwise normal in density. ",
                     f"Differential includes {K('eponym', 'Osgood-Schlatter disease')} (not applicable at this age) - disregard. "]),
        f"{g.header('IMPRESSION')} Findings {g.pick(['highly suspicious for', 'concerning for', 'not specific for'])} non-accidental injury. "
        f"Follow-up survey in 2 weeks ({g.date(when + C.dt.timedelta(days=14), ['md', 'Monthd', 'Mond.'])}).",
        f"Results discussed with {g.pick(['social worker', 'SW', 'CPS worker'])} {g.name(sw, 'First Last')}, {K('credential', 'LCSW')}, "
        f"{g.phone()}, and {g.pick(['DCFS', 'CPS', 'Child Protective Services'])} intake worker {g.name(g.person(), 'First Last')} "
        f"(case {P('ACCOUNT_ID', g.pick(['CPS-', '']) + g.digits(8))}) at {g.time(('ampm', 'hm', 'hours'))}.",
        f"Detective {g.name(g.person(), 'Last')}, {g.pick(['Fresno PD', 'county sheriff', 'state police'])}, badge {g.r.randint(1000, 9999)}, "
        f"requested images on CD; release per {g.staff(None, title=True)}.",
    ]
    if g.chance(0.5):
        lines.append(f"Home address on file: {g.us_address()} (sibling {g.name(g.person(), 'First')} also to be imaged)")
    return {"modality": "XR", "marked": "\n".join(lines)}


def postmortem_ct(rng) -> dict:
    g = C.Gen(rng)
    pt = g.person()
    death = g.day(2021, 2026)
    age = g.age(0.5)
    dob = g.dob(age, death)
    city_line = g.us_address()
    lines = [
        g.pick(["POST-MORTEM CT (VIRTUAL AUTOPSY)", "Medical Examiner - Postmortem Imaging Report", "PMCT WHOLE BODY"]),
        f"Decedent: {g.name(pt, g.pick(['LAST, FIRST M', 'First M. Last', 'FIRST LAST']))}   ME case {P('ACCOUNT_ID', 'ME' + str(death.year % 100) + '-' + g.digits(4))}"
        f"   Acc {g.accession()}",
        f"From the death certificate (quoted): \"{g.name(pt, 'First M. Last')}, age {g.age_phrase(age, ['{}'])}, "
        f"born {g.date(dob, ['MonthdY', 'dMonthY'])}, died {g.date(death, ['MonthdY', 'MondY'])} at {g.time(('ampm', 'a.m.', 'hours'))} "
        f"at {g.pick([g.facility(), 'residence'])}. Usual residence {city_line}. SSN {g.ssn()}. Informant: "
        f"{g.pick(['son', 'brother', 'neighbor'])} {g.name(g.person('M'), 'First Last')}.\"",
    ]
    if g.chance(0.5):
        lines.append(f"Obituary excerpt supplied by family: \"{g.name(pt, 'First Last')}, {g.age_phrase(age, ['{}', 'aged {}'])}, "
                     f"of {P('CITY', g.pick(['Scranton', 'Bangor', 'Macon', 'Duluth']))}, passed peacefully {g.date(death, ['MonthdY', 'Monthd'])}. "
                     f"A lifelong member of the {g.pick(['VFW Post 1187', 'Elks Lodge', 'church choir'])}, survived by "
                     f"{g.name(g.person(), 'First Last')} and {g.name(g.person(), 'First Last')}.\"")
    lines += [
        f"Scanned {g.date(death + C.dt.timedelta(days=1), ['mdY', 'iso'])} {g.time(('hm',))}; PMI approx {g.r.randint(6, 40)} h.",
        f"{g.header('FINDINGS')} Intracardiac gas and livor. {g.pick(['Displaced ' + K('eponym', 'Colles fracture') + ' right.', 'Large ' + K('anatomy', 'pericardium') + ' effusion (hemopericardium) ' + g.meas(1) + '.', 'Subdural hematoma ' + g.meas(1) + ' thick.', 'Fracture at ' + K('vertebral_level', g.pick(['C2', 'C5-C6'])) + ' with ' + K('sequence', 'STIR') + ' correlation not possible.'])}",
        f"Implant: {g.pick(['pacemaker', 'hip arthroplasty', 'IVC filter'])}, serial {g.serial()} (for identification).",
        f"{g.header('IMPRESSION')} Findings communicated to pathologist {g.staff('MD', title=True)} and investigator "
        f"{g.name(g.person(), 'First Last')} ({g.email()}).",
    ]
    return {"modality": "CT", "marked": "\n".join(lines)}


def deid_failure(rng) -> dict:
    g = C.Gen(rng)
    pt = g.person()
    when = g.day(2022, 2026)
    proj = f"{g.pick(['LUNG', 'NEURO', 'PROS', 'BRST'])}-{g.r.randint(100, 999)}"
    acc = g.accession()
    uid_root = "1.2.840.113619.2." + str(g.r.randint(100, 499))
    lines = [
        f"RESEARCH PACS DE-IDENTIFICATION EXCEPTION REPORT  project {proj}  run {g.date(when, ['iso', 'compact'])} {g.time(('hms',))}",
        f"Pipeline: CTP anonymizer v{g.r.randint(2, 4)}.{g.r.randint(0, 9)}; profile DICOM PS3.15 Basic + Retain Longitudinal",
        f"Source node {g.ip()} (AE {g.pick(['PACS_RSCH', 'ORTHANC_IN', 'DCM4CHEE'])}) -> {g.ip()}",
        "Residual PHI detected after scrub:",
        f"  (0010,0010) PatientName          = {g.name(pt, 'HL7')}   [should be {proj}-{g.r.randint(1, 300):04d}]",
        f"  (0010,0020) PatientID            = {g.mrn()}",
        f"  (0008,0050) AccessionNumber      = {acc}",
        f"  (0010,0030) PatientBirthDate     = {g.date(g.dob(g.age(0.4), when), ['compact'])}",
        f"  (0018,1000) DeviceSerialNumber   = {g.serial()}",
        f"  (0008,0080) InstitutionName      = {g.facility()}",
        f"  (0008,0090) ReferringPhysician   = {g.name(g.person(staff=True), 'HL7')}",
        f"  (0020,000D) StudyInstanceUID     = {uid_root}.{g.digits(8)}  (remapped OK)",
        f"  Burned-in annotation on series {g.r.randint(1, 9)}: \"{g.name(pt, 'LAST, FIRST')} {g.date(when, ['mdY'])}\" (OCR)",
        f"  SR content: \"...{K('modality', 'CT')} CHEST, {g.age_phrase(g.age(0.5), ['{}Y'])}, comparison to {g.date(g.day(), ['mdy', 'mdY'])}, "
        f"{K('score', g.pick(['Lung-RADS 3', 'Lung-RADS 4B', 'Fleischner']))}, nodule {g.meas(1)} {K('anatomy', g.pick(['right lower lobe', 'left upper lobe']))}...\"",
        f"  Private tag (0029,1010) contains home phone {g.phone()}",
    ]
    if g.chance(0.6):
        lines.append(f"  Series description: \"{K('sequence', g.pick(W.SEQUENCES))} {g.pick(['AX', 'SAG', 'COR'])}\" (kept - not PHI)")
    lines += [
        f"Quarantined: {g.r.randint(1, 400)} instances. Viewer link: "
        f"{P('URL', 'https://rpacs.example.edu/quarantine/' + proj + '/' + g.digits(7))}",
        f"Notified data steward {g.name(g.person(staff=True), 'First Last')}, {K('credential', 'PhD')} ({g.email()}) and IRB "
        f"coordinator {g.name(g.person(), 'First Last')}.",
    ]
    return {"modality": "CT", "marked": "\n".join(lines)}


def payer_form(rng) -> dict:
    g = C.Gen(rng)
    pt = g.person()
    when = g.day(2022, 2026)
    age = g.age(0.3)
    kind = g.pick(["medicare", "medicaid", "ohip", "ramq"])
    mod, desc, cpt = g.pick([("MRI", "brain w/o & w/ contrast", "70553"), ("CT", "chest w/o contrast (LDCT)", "71271"),
                             ("US", "abdomen complete", "76700"), ("MRI", "lumbar spine w/o", "72148"), ("XR", "knee 3 views", "73562")])
    if kind in ("medicare", "medicaid"):
        pid = (P("HEALTH_PLAN_ID", f"{g.r.randint(1, 9)}{g.letters(2)}{g.r.randint(1, 9)}-{g.letters(2)}{g.r.randint(1, 9)}-{g.letters(2)}{g.digits(2)}")
               if kind == "medicare" else P("HEALTH_PLAN_ID", g.pick(["", "NY"]) + g.letters(2) + g.digits(5) + g.letters(1)))
        title = g.pick(["ADVANCE BENEFICIARY NOTICE OF NONCOVERAGE (ABN)", "Medicaid Prior Authorization Request - Diagnostic Imaging",
                        "CMS-1500 (excerpt) - Radiology Claim"])
        addr = g.us_address()
        label = "Medicare Beneficiary Identifier (MBI)" if kind == "medicare" else "Medicaid Recipient ID"
    else:
        pid = (P("HEALTH_PLAN_ID", f"{g.digits(4)}-{g.digits(3)}-{g.digits(3)}-{g.letters(2)}") if kind == "ohip"
               else P("HEALTH_PLAN_ID", f"{pt['last'][:3].upper()}{pt['first'][0].upper()} {g.digits(4)} {g.digits(4)}"))
        title = g.pick(["Ontario Diagnostic Imaging Requisition", "Demande d'examen - imagerie medicale (RAMQ)",
                        "Provincial Imaging Requisition"]) if kind == "ohip" else "Demande d'examen en imagerie / Imaging request (Quebec)"
        addr = g.ca_address()
        label = "Health Card No. / Version" if kind == "ohip" else "No d'assurance maladie (RAMQ)"
    lines = [
        title,
        f"1. Patient name (Last, First, MI): {g.name(pt, g.pick(['LAST, FIRST M', 'Last, First']))}",
        f"2. Date of birth: {g.date(g.dob(age, when), ['mdY', 'dmY', 'iso', 'mdY-'])}   Sex: {pt['sex']}   Age: {g.age_phrase(age, C.SHORT_AGES)}",
        f"3. {label}: {pid}",
        f"4. Address: {addr}",
        f"5. Telephone: {g.phone('ca' if kind in ('ohip', 'ramq') else 'us')}",
        f"6. Patient account no.: {g.account()}   Chart #: {g.mrn()}",
        f"7. Service: {K('modality', mod)} {desc}  CPT {cpt}  Dx {g.pick(['R51.9', 'Z87.891', 'M25.561', 'R10.9', 'G20'])} "
        f"({g.pick([K('eponym', 'Parkinson disease'), K('eponym', 'Addison disease'), 'headache', 'former smoker 30 pk-yr', 'knee pain'])})",
        f"8. Date(s) of service: {g.date(when, ['mdY', 'mdy', 'dmY'])}{' to ' + g.date(when + C.dt.timedelta(days=1), ['mdY']) if g.chance(0.3) else ''}",
        f"9. Ordering provider: {g.staff(g.pick(['MD', 'DO', 'NP']))}  NPI {g.r.randint(1000000000, 1999999999)}   Fax {g.phone('ca' if kind in ('ohip', 'ramq') else 'us')}",
        f"10. Service location: {g.facility()}",
    ]
    if kind == "medicare":
        lines.append("Reason Medicare may not pay: frequency limit (1 per 12 months) / not medically necessary for dx code.")
        lines.append(f"Options: [X] OPTION 1  Signature: {g.name(pt, 'First Last')}  Date: {g.date(when, ['mdY', 'mdy'])}")
    elif kind == "medicaid":
        lines.append(f"PA number: {P('ACCOUNT_ID', 'PA' + g.digits(10))}   Reviewer: {g.name(g.person(), 'F. Last')}, {K('credential', 'RN')}")
    else:
        lines.append(f"Clinical information: {g.pick(['persistent headache, ' + K('sequence', 'T2 FLAIR') + ' requested', 'screening eligible, 30 pack-year', 'r/o ' + K('eponym', 'Baker cyst')])}")
        lines.append(f"Copy to family physician: {g.staff(None, title=True)}")
    return {"modality": {"MRI": "MR", "CT": "CT", "US": "US", "XR": "XR"}[mod], "marked": "\n".join(lines)}
