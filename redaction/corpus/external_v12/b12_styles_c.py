"""blind12 styles: correctional transport, clearance forms, complaint letters, peer-to-peer transcripts."""

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

PRISONS = ["Cedar Hollow Correctional Facility", "Brushy Fork State Prison", "Marlow County Detention Center",
           "Eastgate Women's Correctional Institution", "Pell Ridge Juvenile Justice Center"]
SCHOOLS = ["Westfield Regional High School", "St. Columba Academy", "Lincoln-Douglas Middle School",
           "Fairhaven Prep", "Cottonwood Valley High School"]


def correctional_transport(rng) -> dict:
    g = C.Gen(rng)
    pt = g.person()
    when = g.day()
    age = g.age(0.12)
    prison = P("FACILITY", g.pick(PRISONS))
    lines = [
        g.pick(["OFFSITE MEDICAL TRIP REQUEST - CONFIDENTIAL", "INMATE OUTSIDE APPOINTMENT / TRANSPORT REQUISITION",
                "Correctional Health Services - Radiology Referral & Transport"]),
        f"Facility: {prison}   Housing: {g.pick(['B-Pod', 'Unit 4 West', 'SHU', 'Med Obs', 'Dorm C'])}",
        f"Inmate: {g.name(pt, g.pick(['LAST, FIRST M', 'LAST, FIRST', 'Last, First']))}   DOC # {P('ACCOUNT_ID', g.digits(6, True))}"
        f"   Booking {P('ACCOUNT_ID', g.pick(['BK', 'J']) + g.digits(8))}",
        f"DOB: {g.date(g.dob(age, when), ['mdY', 'mdy', 'mdY-'])}   Age: {g.age_phrase(age, C.SHORT_AGES)}   Custody level: {g.pick(['MIN', 'MED', 'CLOSE', 'MAX'])}",
        f"Appointment: {g.facility()}  {K('modality', g.pick(['CT', 'MRI', 'US', 'XR']))} {g.pick(['abdomen/pelvis', 'lumbar spine', 'RUQ', 'R hand 3 views', 'brain'])}"
        f"  on {g.date(when, ['md', 'Monthd', 'mdY', 'Mond.'])} at {g.time(('hours', 'mil', 'ampm'))}",
        f"Order #: {g.accession()}   Outside MRN (if known): {g.mrn()}",
        f"Reason: {g.pick(['fight injury - hand, r/o boxer fx', 'suspected ingested foreign body', 'chronic LBP radiculopathy', 'RUQ pain, jaundice', 'fall from top bunk'])}",
        f"Restraints: {g.pick(['full (waist chain/leg irons)', 'hand only', 'remove for MRI per officer'])} - NO METAL in Zone IV; "
        f"officers {g.name(g.person(), 'Last')} #{g.r.randint(100, 999)} and {g.name(g.person(), 'Last')} #{g.r.randint(100, 999)}",
        f"Do NOT disclose appointment date/time to inmate or family. Security contact: Lt. {g.name(g.person(), 'First Last')} {g.phone()}",
        f"Requested by: {g.staff(g.pick(['NP', 'PA-C', 'MD']))}   Approved UM {g.date(when - C.dt.timedelta(days=g.r.randint(3, 20)), ['mdy', 'mdY'])}",
    ]
    if g.chance(0.5):
        lines.append(f"Result fax back to infirmary {P('PHONE', g.pick(['(478) 555-', '478-555-']) + g.digits(4))}; "
                     f"prelim: {g.pick(['displaced ' + K('eponym', 'Colles fracture'), 'boxer fracture 5th MC neck', 'no acute fracture', 'swallowed battery in stomach'])}.")
    return {"modality": "XR", "marked": "\n".join(lines)}


def clearance_form(rng) -> dict:
    g = C.Gen(rng)
    pt = g.person()
    when = g.day()
    if g.chance(0.5):
        age = g.r.randint(11, 18)
        school = P("FACILITY", g.pick(SCHOOLS))
        parent = g.person()
        lines = [
            g.pick(["PRE-PARTICIPATION PHYSICAL EVALUATION - IMAGING ADDENDUM", "Athletic Clearance: Imaging Request",
                    "SPORTS MEDICINE RETURN-TO-PLAY FORM"]),
            f"Student-athlete: {g.name(pt, g.pick(['First Last', 'LAST, FIRST', 'Last, First']))}   Grade {age - 5}   "
            f"Age {g.age_phrase(age, C.SHORT_AGES)}   Student ID {P('ACCOUNT_ID', 'S' + g.digits(7))}",
            f"School: {school}   Sport: {g.pick(['football', 'wrestling', 'gymnastics', 'soccer', 'basketball'])}",
            f"Parent/guardian: {g.name(parent, 'First Last')}  cell {g.phone()}  {g.email(parent)}",
            f"Insurance member ID: {g.plan_id()}   Pediatrician: {g.staff(None)}",
            f"Imaging: {K('modality', g.pick(['XR', 'MRI']))} {g.pick(['knees bilateral', 'lumbar spine', 'L ankle', 'R elbow'])} "
            f"on {g.date(when, ['mdy', 'mdY', 'MondY'])} at {g.facility()}, Acc {g.accession()}",
            f"Result: {g.pick([K('eponym', 'Osgood-Schlatter disease') + ' bilateral, mild', 'pars defect at ' + K('vertebral_level', 'L5') + ', spondylolysis', K('eponym', 'Salter-Harris II fracture') + ' distal fibula, healing', 'normal; no ' + K('eponym', 'Segond fracture')])}",
            f"Cleared: {g.pick(['yes, full', 'limited - no contact x4 wks', 'NOT cleared pending ortho'])}.  "
            f"Athletic trainer {g.name(g.person(staff=True), 'First Last')}, {K('credential', 'ATC')}, notified {g.date(when + C.dt.timedelta(days=2), ['md', 'Monthd'])}.",
        ]
        mod = "XR"
    else:
        age = g.r.randint(19, 66)
        lines = [
            g.pick(["OCCUPATIONAL HEALTH - WORK INJURY IMAGING NOTE", "Workers' Compensation Visit - Radiology",
                    "EMPLOYEE HEALTH / OCC MED"]),
            f"Employee: {g.name(pt, g.pick(['LAST, FIRST M', 'First M. Last']))}   {g.age_phrase(age)} {pt['sex']}   "
            f"SSN {g.ssn()}",
            f"Employer: {g.pick(W.EMPLOYERS)}   Supervisor: {g.name(g.person(), 'First Last')} {g.phone()}",
            f"Claim #: {P('ACCOUNT_ID', 'WC-' + g.digits(2) + '-' + g.digits(6))}   Carrier: {g.pick(W.PAYERS)} adjuster "
            f"{g.name(g.person(), 'First Last')} {g.email()}",
            f"Date of injury: {g.date(when - C.dt.timedelta(days=g.r.randint(0, 30)), ['mdY', 'mdy', 'MonthdY'])} approx "
            f"{g.time(('ampm', 'hours', 'a.m.'))}; {g.pick(['lifting pallet', 'fell from ladder ~8 ft', 'hand caught in conveyor', 'slipped on loading dock'])}",
            f"{K('modality', g.pick(['XR', 'CT', 'MRI']))} {g.pick(['lumbar spine', 'R wrist', 'L knee', 'R shoulder'])}: "
            f"{g.pick(['acute compression deformity ' + K('vertebral_level', g.pick(['L1', 'T12'])), 'distal radius fracture, dorsal angulation (' + K('eponym', 'Colles fracture') + ')', 'tear of ' + K('anatomy', 'medial meniscus'), 'full-thickness tear ' + K('anatomy', 'supraspinatus tendon') + ' ' + g.meas(1)])}",
            f"Work status: {g.pick(['modified duty, no lifting > 10 lb', 'off work until re-eval', 'full duty'])} through "
            f"{g.date(when + C.dt.timedelta(days=g.r.randint(7, 40)), ['mdy', 'mdY'])}",
            f"Provider: {g.staff(g.pick(['MD', 'DO', 'PA-C']))}   {g.facility()}",
        ]
        mod = "XR"
    return {"modality": mod, "marked": "\n".join(lines)}


def complaint_letter(rng) -> dict:
    g = C.Gen(rng)
    pt = g.person()
    when = g.day(2023, 2026)
    rel = g.chance(0.4)
    kin = g.pick(["mother", "grandmother", "aunt"] if pt["sex"] == "F" else ["father", "grandfather", "uncle"])
    writer = g.person() if rel else pt
    age = g.r.randint(90, 99) if rel and g.chance(0.6) else g.r.randint(30, 85)
    addr = g.us_address("\n") if g.chance(0.7) else g.ca_address("\n")
    tech = g.person(staff=True)
    letter = (f"{g.name(writer, 'First M. Last')}\n{addr}\n{g.date(when + C.dt.timedelta(days=g.r.randint(3, 30)), ['MonthdY', 'mdY'])}\n\n"
              f"Patient Relations Department\n{g.facility()}\n\n"
              f"RE: {'my ' + kin + ', ' if rel else ''}"
              f"{g.name(pt, 'First Last')}, MRN {g.mrn()}, account {g.account()}\n\n"
              f"To whom it may concern,\n\n")
    if rel:
        letter += (f"I am writing on behalf of my {kin}, who is {g.age_phrase(age, ['{}', '{} years old', 'aged {}'])} and "
                   f"has {K('eponym', g.pick(['Parkinson disease', 'Paget disease', 'Addison disease']))}. ")
    else:
        letter += f"I am a {g.age_phrase(age, ['{}-year-old', '{} year old'])} {'woman' if pt['sex'] == 'F' else 'man'} with {K('eponym', g.pick(['Crohn disease', 'Graves disease', 'Cushing syndrome']))}. "
    letter += (f"On {g.date(when, ['MonthdY', 'Monthd', 'mdY0'])} at about {g.time(('ampm', 'a.m.', 'ampm2'))} "
               f"{'she' if pt['sex'] == 'F' else 'he'} had an {K('modality', g.pick(['MRI', 'CT', 'US']))} scan. "
               f"We waited {g.r.randint(2, 5)} hours past the appointment. The technologist, "
               f"{g.pick(['a man named', 'a woman whose badge said', 'someone called'])} {g.name(tech, g.pick(['First', 'First Last', 'Last']))}, "
               f"{g.pick(['was rude and rushed', 'refused to let me stay in the room', 'put the IV in three times'])}. "
               f"Nobody called me with the results until Dr. {g.name(g.person(staff=True), 'Last')} phoned on "
               f"{g.date(when + C.dt.timedelta(days=g.r.randint(5, 20)), ['Monthd', 'MonthdY', 'md'])}"
               f" and said the report mentioned a {K('eponym', g.pick(['Baker cyst', 'Schmorl node', 'Meckel diverticulum']))} "
               f"that no one had told us about since {K('year', str(g.r.randint(2016, 2022)))}.\n\n")
    letter += (f"I was also billed twice (invoice {g.account()}). My insurance ID is {g.plan_id()}.\n"
               f"Please call me at {g.phone()} or e-mail {g.email(writer)}.\n\nSincerely,\n{g.name(writer, 'First Last')}")
    if g.chance(0.4):
        letter += (f"\n\n[Internal] Logged {g.date(g.day(when.year, when.year), ['iso', 'mdy'])} by "
                   f"{g.name(g.person(staff=True), 'F. Last')}, case {P('ACCOUNT_ID', 'PR-' + g.digits(6))}")
    return {"modality": "MR", "marked": letter}


def peer_to_peer(rng) -> dict:
    g = C.Gen(rng)
    pt = g.person()
    when = g.day(2022, 2026)
    age = g.age(0.2)
    ordering = g.person(staff=True)
    reviewer = g.person(staff=True)
    exam = g.pick([("MRI", "lumbar spine without contrast", "72148"), ("CT", "abdomen/pelvis with contrast", "74177"),
                   ("MRI", "brain with and without contrast", "70553"), ("PET/CT", "skull base to mid-thigh", "78815"),
                   ("MRI", "right knee without contrast", "73721")])
    o_nm = g.name(ordering, 'Last')
    r_nm = g.name(reviewer, 'Last')
    lines = [
        f"PEER-TO-PEER REVIEW - TRANSCRIPT ({g.pick(W.PAYERS)})",
        f"Case ref: {P('ACCOUNT_ID', g.pick(['UM', 'PA', 'AUTH']) + g.digits(9))}   Member: {g.name(pt, g.pick(['LAST, FIRST', 'First Last']))}"
        f"   Member ID {g.plan_id()}   DOB {g.date(g.dob(age, when), ['mdY', 'mdY-', 'iso'])}",
        f"Requested: {K('modality', exam[0])} {exam[1]} (CPT {exam[2]}), ICD-10 {g.pick(['M54.16', 'R10.31', 'G35', 'C83.30', 'M23.211'])}",
        f"Call date {g.date(when, ['mdY', 'MondY'])}, start {g.time(('ampm', 'hm'))}, end {g.time(('ampm', 'hm'))}",
        f"Participants: ordering {g.name(ordering, 'First M. Last')}, {K('credential', g.pick(['MD', 'DO', 'NP']))}; "
        f"plan medical director {g.name(reviewer, 'First Last')}, {K('credential', 'MD')}",
        "",
        f"Dr. {r_nm}: This is {g.name(reviewer, 'First Last')} from the plan, calling about the request for your patient "
        f"{g.name(pt, 'First')}. Do you have a minute?",
        f"Dr. {o_nm}: Yes. {'She' if pt['sex'] == 'F' else 'He'} is {g.age_phrase(age)} with {g.pick(['six weeks', 'three months', 'ten days'])} of "
        f"{g.pick(['radicular pain down the left leg', 'progressive weakness', 'night sweats and adenopathy', 'locking of the knee'])}.",
        f"Dr. {r_nm}: Was conservative therapy tried? Physical therapy, NSAIDs?",
        f"Dr. {o_nm}: PT since {g.date(g.day(when.year, when.year), ['Monthd', 'md', 'Mond.'])}. The prior {K('modality', g.pick(['XR', 'CT']))} "
        f"showed {g.pick(['disc space narrowing at ' + K('vertebral_level', g.pick(W.LEVELS)), 'a ' + g.meas(2) + ' node in the ' + K('anatomy', 'axilla'), 'history of ' + K('eponym', 'Hodgkin lymphoma') + ' in ' + K('year', str(g.r.randint(2009, 2020)))])}.",
        f"Dr. {r_nm}: {g.pick(['That meets criteria; I can approve.', 'I will have to uphold the denial; you can appeal.', 'Approved for 60 days.'])} "
        f"Reference number for the approval is {P('ACCOUNT_ID', g.digits(12, True))}.",
        f"Dr. {o_nm}: Please fax the letter to {g.phone()}; my direct line is {g.phone()}.",
        "",
        f"Transcribed by {g.name(g.person(), 'First Last')} {g.date(when, ['mdy', 'mdY'])}.",
    ]
    return {"modality": "MR" if exam[0] == "MRI" else "CT", "marked": "\n".join(lines)}
