"""blind12 styles: critical-result calls, ultrasound worksheets, MQSA audits, IR time-outs."""

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
BAKERS = ["Baker cyst", "Baker's cyst"]


def critical_call(rng) -> dict:
    g = C.Gen(rng)
    pt = g.person()
    when = g.day(2022, 2026)
    age = g.age(0.4)
    ref = g.person(staff=True)
    rad = g.person(staff=True)
    finding = g.pick([
        ("CT", "new large left MCA territory infarct with hyperdense vessel sign", "left basal ganglia", "HEAD WO"),
        ("CT", "acute saddle pulmonary embolism with RV strain", "right lower lobe", "CHEST PE PROTOCOL"),
        ("US", "testicular torsion, absent flow on the right", "right testis", "SCROTUM"),
        ("XR", "tension pneumothorax", "right lower lobe", "PORTABLE CHEST"),
        ("MRI", "cord compression", "thecal sac", "T SPINE W/WO"),
        ("CT", "free intraperitoneal air", "sigmoid colon", "ABD/PELVIS W"),
    ])
    mod, what, anat, exam = finding
    if g.chance(0.5):
        head = (f"CRITICAL RESULT COMMUNICATION\nPatient: {g.name(pt, 'LAST, FIRST M')}   MRN {g.mrn()}   Acc# {g.accession()}\n"
                f"Exam: {K('modality', mod)} {exam}"
                f"   Exam date {g.date(when)}\n")
    else:
        head = (f"** Critical finding - phone documentation **\n{g.name(pt, 'HL7')} | {g.mrn()} | {g.accession()} | "
                f"{g.age_phrase(age)} {pt['sex']}\n")
    cred = g.pick(["MD", "DO", "NP", "PA-C"])
    ref_name = g.name(ref, g.pick(["First Last", "Last"]))
    rb = g.pick(["read back and verified", "Read-back: confirmed", "RB/V", "read back correctly, verified by caller",
                 "read-back performed"])
    tm = g.time(("hm", "ampm", "hours", "mil", "a.m."))
    body = (f"{g.header('FINDINGS')} {K('modality', mod)} demonstrates {what}; {K('anatomy', anat)} involved. ")
    if g.chance(0.5):
        body += f"Lesion/collection measures {g.meas(2)}. "
    body += "\n"
    call = g.pick([
        f"Dr. {ref_name} ({K('credential', cred)}) was called at {tm} by {g.name(rad, 'F. Last')}, {K('credential', 'MD')}, "
        f"on {g.phone()} and the result was {rb}.",
        f"Discussed with {ref_name}, {K('credential', cred)}, via {g.pick(['Vocera', 'secure chat', 'pager', 'phone'])} "
        f"on {g.date(when, ['md', 'Monthd', 'Mond.'])} at {tm}; {rb}. Callback {g.phone('ext')}.",
        f"Called ordering provider {ref_name} {K('credential', cred)} at {tm} - no answer; paged again, spoke with charge nurse "
        f"{g.name(g.person(), 'First')} on {g.pick(['4 West', 'ED Pod B', 'MICU', 'L&D'])} who {rb}.",
    ])
    tail = (f"\n{g.header('IMPRESSION')} {what.capitalize()}. Communicated per policy {g.pick(['RAD-114', 'CR-7', '5.2.1'])}."
            f"\nSigned: {g.name(rad, 'First M. Last')}, {K('credential', 'MD')}  {g.date(when)} {g.time()}")
    if g.chance(0.35):
        tail += f"\nIn-house: {g.facility()}"
    return {"modality": "CT" if mod == "CT" else {"US": "US", "XR": "XR", "MRI": "MR"}[mod], "marked": head + body + call + tail}


def us_worksheet(rng) -> dict:
    g = C.Gen(rng)
    pt = g.person()
    when = g.day()
    tech = g.person(staff=True)
    age = g.age(0.2)
    exam = g.pick(["RUQ", "Renal", "Pelvic TV/TA", "Carotid duplex", "LE venous DVT", "Thyroid", "Scrotal", "OB 2nd tri"])
    lines = [
        g.pick(["US TECH WORKSHEET", "Sonographer Worksheet", "US prelim sheet -- not a final report"]),
        f"Pt: {g.name(pt, g.pick(['LAST, FIRST', 'Last, First', 'LAST First']))}  DOB {g.date(g.dob(age, when), ['mdY', 'mdy', 'mdY0'])}"
        f"  ({g.age_phrase(age)})  MRN# {g.mrn()}",
        f"Exam: {K('modality', 'US')} {exam}   Acc {g.accession()}   DOS {g.date(when, ['mdy', 'md', 'mdY0'])} @ {g.time(('mil', 'hm', 'ampm2'))}",
        f"Sono: {g.name(tech, g.pick(['F. Last', 'First Last', 'Last F']))}, {K('credential', g.pick(['RDMS', 'RVT', 'RDMS, RVT']))}",
        f"Hx: {g.pick(['RUQ pn x3d', 'r/o DVT L calf pn', 'elev LFTs', 'flank pn, hematuria', 'palp nod', 'f/u ' + K('eponym', g.pick(['Hashimoto thyroiditis', 'Baker cyst']))])}",
        "",
    ]
    pre = g.pick(["Lt", "Rt"])
    findings = [
        f"{K('anatomy', g.pick(['gallbladder', 'common bile duct', 'right hepatic lobe', 'left kidney', 'thyroid isthmus', 'common femoral vein']))}: "
        f"{g.pick(['wnl', 'nml', 'sludge +, no shadowing stones', 'sm echogenic focus', 'nonocclusive thrombus', 'hypoechoic nod'])} {g.meas(g.r.randint(1, 3))}",
        f"{pre} {g.pick(['kid', 'lobe', 'pop v', 'ovary'])} {g.meas(3)}  vasc +  {g.pick(['no hydro', 'mild hydro', 'compressible', 'TI-RADS pts 4'])}",
    ]
    if g.chance(0.5):
        findings.append(f"score est: {K('score', g.pick(['TI-RADS 4', 'TI-RADS 3', 'O-RADS 3', 'O-RADS 2']))} (rad to confirm)")
    if g.chance(0.4):
        findings.append(f"popliteal fossa: {K('eponym', g.pick(BAKERS))} {g.meas(3)}, no rupture")
    if g.chance(0.45):
        findings.append(f"** pt states prior {K('modality', 'CT')} at {g.facility()} in {K('year', str(g.r.randint(2012, 2023)))}, "
                        f"imgs requested - call {g.phone()}")
    findings.append(g.pick([
        f"Prelim given to Dr {g.name(g.person(staff=True), 'Last')} @ {g.time(('mil', 'hm'))}",
        f"Rad notified: {g.name(g.person(staff=True), 'F. Last')} {g.time(('ampm2', 'hm'))}",
        f"pt ambulatory, d/c'd to lobby w/ {g.pick(['daughter', 'son', 'spouse', 'caregiver'])} {g.name(g.person(), 'First Last')}",
    ]))
    return {"modality": "US", "marked": "\n".join(lines + findings)}


def mqsa_audit(rng) -> dict:
    g = C.Gen(rng)
    yr = g.r.randint(2021, 2025)
    fac = g.facility()
    lines = [
        f"MQSA MEDICAL OUTCOMES AUDIT -- {K('year', str(yr))}   Site: {fac}",
        f"Interpreting physician: {g.name(g.person(staff=True), 'LAST, FIRST')}, {K('credential', 'MD')}   "
        f"Lead interpreting physician: Dr. {g.name(g.person(staff=True), 'Last')}",
        "Recall cases with pathology follow-up (positive predictive value worksheet)",
        g.pick(["MRN        | Name                     | Exam date  | Assess.   | Biopsy     | Path",
                "Pt ID; Patient; Screen dt; BI-RADS; Bx dt; Result"]),
    ]
    n = g.r.randint(5, 8)
    for _ in range(n):
        pt = g.person("F")
        a = g.day(yr, yr)
        b = a + C.dt.timedelta(days=g.r.randint(5, 40))
        score = g.pick(["BI-RADS 0", "BI-RADS 4A", "BI-RADS 4B", "BI-RADS 4C", "BI-RADS 5", "BI-RADS 3"])
        path = g.pick(["IDC grade 2", "DCIS", "fibroadenoma", "benign FCC", "ILC", "PASH", "lost to f/u", "ADH -> excision"])
        f = g.pick(["mdY", "mdy", "iso"])
        lines.append(f"{g.mrn()} | {g.name(pt, g.pick(['LAST, FIRST M', 'Last, First']))} | {g.date(a, [f])} | "
                     f"{K('score', score)} | {g.date(b, [f]) if path != 'lost to f/u' else '--'} | {path}")
    lines.append(f"Cancer detection rate {g.r.uniform(3.0, 6.5):.1f}/1000; recall rate {g.r.uniform(7, 12):.1f}%; "
                 f"PPV2 {g.r.randint(18, 35)}%.")
    if g.chance(0.6):
        old = g.person("F")
        age = g.r.randint(90, 99)
        lines.append(f"Note: {g.name(old, 'First Last')} ({g.age_phrase(age)}) recalled from screen; {K('score', 'BI-RADS 4B')} "
                     f"{K('anatomy', g.pick(['right breast', 'left breast']))} mass {g.meas(2)} at 10:00 position, core bx benign concordant.")
    lines.append(f"Reviewed by {g.name(g.person(staff=True), 'First Last')}, {K('credential', g.pick(['MD', 'RT(R)(M)']))} "
                  f"on {g.date(g.day(yr + 1, yr + 1))}. Questions: {g.email()}")
    return {"modality": "MG", "marked": "\n".join(lines)}


def ir_timeout(rng) -> dict:
    g = C.Gen(rng)
    pt = g.person()
    when = g.day()
    age = g.age(0.25)
    proc = g.pick(["CT-guided liver biopsy", "US-guided paracentesis", "IVC filter placement", "Port placement",
                   "Lumbar puncture under fluoro", "Kyphoplasty " + K("vertebral_level", g.pick(["T12", "L1", "L2"])),
                   "Nephrostomy tube exchange", "Uterine artery embolization"])
    ok = lambda: g.pick(["Y", "Yes", "[x]", "✔", "done"])
    lines = [
        g.pick(["INTERVENTIONAL RADIOLOGY - PRE-PROCEDURE CHECKLIST / UNIVERSAL PROTOCOL",
                "IR Time-Out Record", "Pre-Procedure Verification & Time Out"]),
        f"Patient name: {g.name(pt, g.pick(['LAST, FIRST M', 'First M. Last']))}   Age/Sex: {g.age_phrase(age, C.SHORT_AGES)} / {pt['sex']}",
        f"Two identifiers verified: name + DOB {g.date(g.dob(age, when), ['mdY', 'dMonY', 'MonthdY'])}  [{ok()}]   "
        f"wristband MRN {g.mrn()}",
        f"Encounter/FIN: {g.account()}   Procedure date: {g.date(when)}   Room: IR {g.r.randint(1, 4)}",
        f"Procedure: {proc}   Site marked: {g.pick(['N/A midline', 'R', 'L', 'yes - ' + K('anatomy', 'right hepatic lobe')])}",
        f"Consent signed {ok()} (witness {g.name(g.person(), 'First Last')}, {K('credential', 'RN')})",
        f"Allergies: {g.pick(['NKDA', 'iodinated contrast - hives', 'PCN', 'latex'])}   Anticoag: {g.pick(W.DRUGS)} last dose "
        f"{g.date(when - C.dt.timedelta(days=g.r.randint(1, 3)), ['md', 'Mond.'])} {g.time(('hm', 'hours'))}",
        f"Labs: INR {g.r.uniform(0.9, 1.6):.1f}  Plt {g.r.randint(60, 420)}  Cr {g.r.uniform(0.6, 2.1):.2f}",
        f"TIME OUT called at {g.time(('hm', 'hms', 'mil', 'hours'))} by {g.name(g.person(staff=True), 'First Last')}, "
        f"{K('credential', 'RN')}",
        f"Team present: attending {g.staff('MD')}; fellow {g.name(g.person(staff=True), 'F. Last')}; technologist "
        f"{g.name(g.person(staff=True), 'First Last')} {K('credential', 'RT(R)')}; sedation RN {g.name(g.person(staff=True), 'Last')}",
    ]
    if g.chance(0.5):
        lines.append(f"Implant log: {g.pick(['Bard PowerPort', 'Denali IVC filter', 'Cook pigtail 10 Fr'])} Lot 24-{g.r.randint(100, 999)}B "
                     f"REF {g.r.randint(1000, 9999)}-{g.r.randint(10, 99)}  SN {g.serial()}")
    if g.chance(0.5):
        lines.append(f"Pre-procedure imaging: {K('modality', 'CT')} {g.date(g.day(), ['mdy', 'md'])} shows target {g.meas(2)} in "
                     f"{K('anatomy', g.pick(['right hepatic lobe', 'left kidney', 'pancreatic head']))}.")
    lines.append(f"Family contact: {g.pick(['wife', 'husband', 'son', 'daughter', 'niece'])} {g.name(g.person(), 'First Last')} "
                 f"{g.phone()}")
    return {"modality": "CT" if "CT" in proc else "XR", "marked": "\n".join(lines)}
