"""Document templates, part two: pediatrics, ED wet reads, teleradiology, dose reports, e-mail, billing, PET, fluoro."""

from __future__ import annotations

import datetime as dt

import blind_pools as P
from blind_context import Ctx, keep, phi
from blind_findings import exam, findings, impression, mod
from blind_styles_a import body, sec


def peds_report(c: Ctx, m: str) -> str:
    r, p = c.rng, c.patient
    months = r.randint(2, 200)
    c.dob = (c.study - dt.timedelta(days=int(30.4 * months))).date()
    if months >= 24:
        age = keep("age_under_90", r.choice([f"{months // 12}-year-old", f"{months // 12} yo", f"{months // 12}Y"]))
    else:
        age = keep("age_under_90", r.choice([f"{months}-month-old", f"{months} mo"]))
    guardian = c.other_person()
    rel = r.choice(["mother", "father", "grandmother", "legal guardian", "foster parent", "aunt"])
    rad = c.clinician()
    return (f"{c.fac(None, r.choice([('Kestrel Point Children' + chr(39) + 's Hospital', 'KPCH'), c.facility]))} — Pediatric Radiology\n"
            f"Name: {c.name(p, 'last_first')}   DOB: {c.date(c.dob)}   MRN: {c.mrn()}\n"
            f"Guardian: {c.name(guardian, 'western')} ({rel}), {c.phone()}\n"
            f"Exam: {exam(r, m)}   Date: {c.date()} {c.time()}\n\n"
            f"{sec('CLINICAL HISTORY')}: {age} {'girl' if c.sex == 'F' else 'boy'}, {r.choice(['limping', 'fever and cough', 'fell from monkey bars', 'UTI x2'])}. "
            f"History per {rel}, {c.name(guardian, 'given')}.\n{sec('TECHNIQUE')}: {mod(r, m)}; {r.choice(['no sedation', 'child life present', 'feed-and-wrap'])}.\n\n"
            f"{body(c, m, 2)}\n\n{c.doc(rad)}  Pediatric Radiology fellow {c.name(c.clinician(), 'initial')}\n"
            f"Results discussed with {rel} at bedside {c.time(c.later(40), '12')}.\n")


def ed_wet_read(c: Ctx, m: str) -> str:
    r = c.rng
    ed, rad = c.clinician(), c.clinician()
    t_call = c.later(r.randint(8, 50))
    room = f"{r.choice(['ED', 'Pod B', 'Trauma', 'Resus'])} {r.randint(1, 36)}"
    lead = r.choice(["WET READ / PRELIM", "ED PRELIMINARY INTERPRETATION", "prelim (resident, pending attending)"])
    return (f"{lead} — {exam(r, m)}\n{room} | {c.name(fmt=r.choice(['upper', 'last_first']))} | {c.age_phrase(r.choice(['Y', 'yo']))} {c.sex} | "
            f"MRN {c.mrn()} | ACC {c.acc()}\nOrdered {c.time(c.study - dt.timedelta(minutes=r.randint(20, 90)))} by {c.doc(ed, 'dr')} "
            f"\n\n{' '.join(findings(r, m, 2))}\nPrelim: {impression(r, m)}\n\n"
            f"Called to {c.doc(ed, r.choice(['dr', 'dr_full']))} at {c.time(t_call, r.choice(['24', 'hours', '12']))} on "
            f"{c.date(t_call, r.choice(['md', 'us', 'weekday_md']))}; read-back confirmed. Callback {c.phone(False, True)}.\n"
            f"{r.choice(['Resident', 'Reader'])}: {c.name(rad, 'initial')}. Final to follow.\n")


def telerad_header(c: Ctx, m: str) -> str:
    r = c.rng
    rad = c.clinician()
    tz = r.choice(["EST", "CST", "MST", "PST", "HST", "UTC"])
    return (f"==== NIGHTHAWK TELERADIOLOGY ({r.choice(['AUS', 'IN', 'US-West'])} node) ====\n"
            f"Client site: {c.fac()} [{c.fac(True)}]  gateway {phi('IP_ADDRESS', c.ip())}\n"
            f"Received: {c.date(c.study, 'iso')}T{c.time(c.study, '24s')} {tz}   TAT goal 30 min\n"
            f"Pt: {c.name(fmt='hl7')}  ID: {c.mrn()}  Acc: {c.acc()}  DOB {c.date(c.dob, 'dotted')}\n"
            f"Images: {c.url(with_acc=r.random() < 0.5)}\nReader: {c.doc(rad, 'cred')} (licensed in {r.choice(['TX', 'OH', 'NY', 'AZ'])})\n"
            f"Site contact: {c.name(c.clinician(), 'western')} {c.phone()}\n\n{body(c, m, 2)}\n\n"
            f"Final signed {c.date(c.later(27), 'us')} {c.time(c.later(27), '24s')} {tz}. Critical result phoned to "
            f"{c.doc(c.clinician(), 'dr')} at {c.time(c.later(31), '12dot')}.\n")


def dose_report(c: Ctx, m: str) -> str:
    r = c.rng
    tech = c.clinician()
    rows, total = [], 0.0
    for i, name in enumerate(r.sample(["Topogram", "Head", "Chest", "Abd/Pel", "Angio", "Delayed"], r.randint(2, 4))):
        ctdi = r.uniform(1.5, 60)
        dlp = ctdi * r.uniform(10, 45)
        total += dlp
        rows.append(f"{i + 1:>3}  {name:<9} {r.choice([80, 100, 120])} kV  {r.randint(50, 600)} mAs  "
                    f"CTDIvol {keep('measurement', f'{ctdi:.2f} mGy')}  DLP {keep('measurement', f'{dlp:.1f} mGy·cm')}  "
                    f"phantom {r.choice(['16', '32'])} cm")
    return (f"RADIATION DOSE STRUCTURED REPORT (CT)\nInstitution: {c.fac(False)}  Scanner SN {c.serial()}\n"
            f"Patient: {c.name(fmt='upper')}  MRN: {c.mrn()}  Age: {c.age_phrase('Y')}  Wt {r.randint(40, 140)} kg\n"
            f"Study: {c.date(c.study, 'dmy_mon')} {c.time(c.study, '24s')}  Acc: {c.acc()}\n" + "\n".join(rows) +
            f"\nTotal DLP: {keep('measurement', f'{total:.2f} mGy·cm')}   Events: {len(rows)}\n"
            f"Alert threshold {r.choice([1000, 2000])} mGy·cm not exceeded. Tech: {c.staff(tech, P.TECH_CREDS)}\n"
            f"[Explain whether this dose is high for a {c.age_phrase()} and draft a note for the dose committee]\n")


def scheduling_email(c: Ctx, m: str) -> str:
    r, p = c.rng, c.patient
    sched = c.clinician()
    appt = c.later(60 * 24 * r.randint(1, 14))
    return (f"From: {c.name(sched, 'western')} <{c.email(sched)}>\nTo: {c.email(p)}\n"
            f"Sent: {c.date(c.study - dt.timedelta(days=2), 'weekday_long')} {c.time(c.study - dt.timedelta(days=2, hours=3), '12')}\n"
            f"Subject: {r.choice(['Your', 'Re: your', 'FW: your'])} {mod(r, m)} appointment{' (' + c.mrn() + ')' if r.random() < 0.5 else ''}\n\nHi {c.name(p, r.choice(['given', 'nick']) if p.nick else 'given')},\n\n"
            f"You're booked for {exam(r, m)} on {c.date(appt, r.choice(['weekday_long', 'md_abbr', 'mon_short', 'weekday_md']))} at "
            f"{c.time(appt, r.choice(['12', '12lc', '12dot']))} at our {phi('CITY', c.town[0])} location, "
            f"{c.address()}. Please arrive {r.choice([15, 30, 45])} minutes early"
            f"{', nothing to eat for 6 hours' if m in ('CT', 'US', 'NM') else ''}.\n"
            f"If you need to reschedule call {c.phone(False, True)} (Mon-Fri 7:30-5). Your visit # is {c.account()}.\n\n"
            f"Thanks,\n{c.name(sched, 'given')}\nScheduling, {c.fac()}\n\n> On {c.date(c.study - dt.timedelta(days=3), 'us_short')}, "
            f"{c.name(p, 'western')} wrote:\n> My {r.choice(['husband', 'wife', 'son'])} {c.name(c.other_person(), 'given')} will drive me. "
            f"Can I bring my records from {keep('year', str(c.study.year - 3))}? My new cell is {c.phone()}.\n\n"
            f"[Assistant: rewrite the reply above to sound warmer.]\n")


def billing_query(c: Ctx, m: str) -> str:
    r, p = c.rng, c.patient
    coder, rad = c.clinician(), c.clinician()
    return (f"CODING QUERY #{r.randint(10000, 99999)}   Priority: {r.choice(['normal', 'hold-billing'])}\n"
            f"Acct: {c.account()}   Guarantor: {c.name(r.choice([p, c.other_person()]), 'upper')}\n"
            f"Patient: {c.name(p, 'last_first')}   DOB {c.date(c.dob, 'us')}   SSN {c.ssn()}\n"
            f"Payer: {r.choice(['Medicare', 'Cascadia Mutual', 'Tricare', 'self-pay'])}  ID {c.plan_id()}\n"
            f"DOS {c.date(c.study, 'us_short')}  Acc {c.acc()}  CPT billed {r.choice(P.CPT)}  ICD {r.choice(P.ICD)}, {r.choice(P.ICD)}\n\n"
            f"{c.doc(rad, 'dr')}, the report for this {mod(r, m)} documents \"{findings(r, m, 1)[0]}\" but the order says "
            f"{exam(r, m).lower()}. Can you addend laterality/contrast so we can bill {r.choice(P.CPT)}? "
            f"Units: {r.randint(1, 3)}. Charge ${r.randint(180, 4800)}.00.\n— {c.name(coder, 'western')}, {keep('credential', 'CPC')}\n")


def pet_report(c: Ctx, m: str) -> str:
    r = c.rng
    m = "NM"
    inj = c.study - dt.timedelta(minutes=r.randint(55, 80))
    rad = c.clinician()
    return (f"{exam(r, m).upper()}\n{c.name(fmt='last_first')} | {c.mrn()} | {c.date(c.dob, 'us')} | {c.fac(True)}\n\n"
            f"{sec('TECHNIQUE')}: {keep('measurement', f'{r.uniform(6, 14):.1f} mCi')} F-18 FDG IV at {c.time(inj, '24')}; "
            f"imaging at {c.time(c.study, '24')} ({int((c.study - inj).seconds // 60)} min uptake). "
            f"Glucose {r.randint(72, 180)} mg/dL. CT for attenuation correction.\n"
            f"{sec('COMPARISON')}: {c.date(c.earlier_days(80, 300), r.choice(['dmy_long', 'mon_short', 'us']))} PET/CT.\n\n"
            f"{body(c, m, 3)}\n\nDictated by {c.doc(rad, 'cred')}; transcribed by {c.name(c.clinician(), 'initials')} "
            f"{c.date(c.later(90), 'us_short')} {c.time(c.later(90), '12')}\n")


def fluoro_report(c: Ctx, m: str) -> str:
    r = c.rng
    m = "RF"
    slp, rad = c.clinician(), c.clinician()
    return (f"{c.fac(False)}   {c.date(c.study, r.choice(['dmy_mon', 'us']))}\n{exam(r, m)}\n"
            f"PATIENT: {c.name(fmt='upper')}   ACCT: {c.account()}   ACC#: {c.acc()}\n"
            f"Performed with speech pathologist {c.staff(slp, ['MS, CCC-SLP', 'CCC-SLP'])}. Patient is a {c.age_phrase()} "
            f"with {r.choice(['dysphagia', 'recurrent UTI', 'reflux', 'globus'])} after stroke in {keep('year', str(c.study.year - 1))}.\n"
            f"Consistencies: thin, nectar, puree, solid.\n\n{body(c, m, 3)}\n\n{c.doc(rad)} {c.time(c.later(45), 'hours')}\n")


def implant_clearance(c: Ctx, m: str) -> str:
    r = c.rng
    phys = c.clinician()
    dev, model = r.choice([("cardiac pacemaker", "Azure XT"), ("deep brain stimulator", "Vercise 2"),
                           ("cochlear implant", "Nucleus 7"), ("spinal cord stimulator", "Intellis"), ("ICD", "ENRHYTHM-X")])
    return (f"MRI SAFETY SCREENING — implant review\nPatient {c.name()} / {c.mrn()} / age {c.age_phrase('years')}\n"
            f"Device: {dev}, model {model}, serial {c.serial()}, "
            f"implanted {c.date(c.earlier_days(400, 3000), r.choice(['mon_short', 'us', 'dotted']))} at {c.fac(None, r.choice(P.FACILITIES))}\n"
            f"Leads: {c.serial()} / {c.serial()}\nConditional at 1.5 T, whole-body SAR <= {keep('measurement', '2 W/kg')}, "
            f"B1+rms <= {keep('measurement', '2.0 uT')}; sequences limited to {keep('sequence', r.choice(P.SEQUENCES))} and "
            f"{keep('sequence', 'T2 HASTE')}.\nVendor rep on site {c.date(c.study, 'md')} {c.time(c.study, '12')}: "
            f"{c.name(c.other_person(), 'initial')}, {c.phone(False, True)}\nApproved by MR medical director {c.doc(phys, 'cred')}\n"
            f"Question: can we scan the {keep('vertebral_level', r.choice(P.LEVELS))} region with this device? Summarize the constraints.\n")


def image_exchange(c: Ctx, m: str) -> str:
    r = c.rng
    clerk = c.clinician()
    abroad = r.choice(["Lagos", "Mumbai", "Manchester", "Guadalajara", "Utrecht", "Auckland", "Cork"])
    return (f"IMAGE EXCHANGE / CD IMPORT REQUEST\nRequested {c.date(c.study, r.choice(['dotted', 'dmy_long', 'dotted_short']))} by "
            f"{c.name(clerk, 'western')} ({c.email(clerk)})\nPatient: {c.name(fmt='natural')}  DOB {c.date(c.dob, r.choice(['dotted', 'dmy_long']))}\n"
            f"Home MRN {c.mrn()}; outside hospital number {phi('MRN', 'H' + c.digits(7))}\n"
            f"Outside images from: {phi('FACILITY', r.choice(['Royal Ashcombe Infirmary', 'Clinica San Rafael de ' + abroad, 'Lakeside Diagnostics Pvt Ltd']))}, "
            f"{phi('CITY', abroad)}\nContact there: {c.name(c.other_person(), 'western')}, {phi('PHONE', r.choice(P.INTL_PHONES))}\n"
            f"Media: {r.randint(1, 3)} CD(s), {r.randint(2, 14)} studies, {mod(r, m)} from {keep('year', str(c.study.year - r.randint(1, 5)))}.\n"
            f"Reconcile outside accession {c.new_acc()} to local {c.acc()}.\n"
            f"Patient's mailing address: {c.address()}\n"
            f"Note: outside report mentions {findings(r, m, 1)[0]}\n[Please translate the outside report header to English and flag mismatched demographics]\n")


STYLES_B = {"peds_report": (peds_report, ["XR", "US", "MR", "RF"]), "ed_wet_read": (ed_wet_read, ["CT", "XR", "US"]),
            "telerad_header": (telerad_header, ["CT", "MR"]), "dose_report": (dose_report, ["CT"]),
            "scheduling_email": (scheduling_email, ["MR", "CT", "US", "MG", "NM"]),
            "billing_query": (billing_query, ["CT", "MR", "US", "XR"]), "pet_report": (pet_report, ["NM"]),
            "fluoro_report": (fluoro_report, ["RF"]), "implant_clearance": (implant_clearance, ["MR"]),
            "image_exchange": (image_exchange, ["CT", "MR", "XR"])}
