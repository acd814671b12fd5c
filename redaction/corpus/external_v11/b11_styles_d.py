"""blind11 styles: CSV worklist exports, LLM chat prompts, dental CBCT reports, trauma activations with EMS run sheets."""

from __future__ import annotations

import datetime as _dt
import importlib.util
import sys
from pathlib import Path


def _common():
    key = "blind11_b11_common"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, Path(__file__).resolve().parent / "b11_common.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[key] = mod
        spec.loader.exec_module(mod)
    return sys.modules[key]


globals().update({k: v for k, v in vars(_common()).items() if not k.startswith("_")})


def csv_export(rng):
    sep = rng.choice([",", ";", "\t", "|"])
    cols = ["PatientName", "MRN", "DOB", "Age", "Accession", "StudyDate", "StudyTime", "Modality", "Procedure",
            "ReferringPhys", "Facility", "Phone"]
    if rng.random() < 0.5:
        cols = [c.upper() for c in cols]
    L = [f"# export from RIS worklist {D(rng, rdate(rng), ['%Y-%m-%d'])} {T(rng, fmts=['sec'])} by user {email(rng)}",
         sep.join(cols)]
    for _ in range(rng.randint(4, 7)):
        pt, ref = Person(rng), Person(rng)
        d = rdate(rng)
        age = rng.choice([12, 33, 58, 71, 84, 90, 91, 96, 103])
        m = rng.choice(["CT", "MR", "US", "CR", "MG"])
        proc = {"CT": "CT ABD PELVIS W", "MR": "MR KNEE WO", "US": "US RENAL", "CR": "XR CHEST 2V", "MG": "MAMMO SCREEN BILAT"}[m]
        nm = name(pt, rng.choice(["hl7", "lfm", "lf"]))
        if sep == "," and "," in nm:
            nm = '"' + nm + '"'
        refn = P("PERSON", ref.last.upper() + "^" + ref.first.upper()) if rng.random() < 0.5 else P("PERSON", ref.lf())
        if sep == "," and "," in refn:
            refn = '"' + refn + '"'
        agev = P("AGE_OVER_89", str(age)) if age > 89 else K("age_under_90", f"{age:03d}Y")
        if age > 89 and rng.random() < 0.5:
            agev = "0" + P("AGE_OVER_89", str(age)) + "Y" if age < 100 else P("AGE_OVER_89", str(age)) + "Y"
        L.append(sep.join([nm, mrn(rng), P("DATE_TIME", dob_for(rng, age, d).strftime(rng.choice(["%Y%m%d", "%m/%d/%Y"]))),
                           agev, acc(rng), P("DATE_TIME", d.strftime("%Y%m%d")), T(rng, fmts=["hhmm", "sec"]),
                           K("modality", m), proc, refn, fac(rng), phone(rng)]))
    L.append(f"# {len(L) - 2} rows; source host {ip(rng)}")
    return "\n".join(L) + "\n", "CT"


def llm_chat(rng):
    pt, ref = Person(rng), Person(rng)
    d = rdate(rng)
    age = rng.choice([46, 63, 77, 90, 94, 99])
    ep = rng.choice(["Baker cyst", "Segond fracture", "Osgood-Schlatter disease", "Bankart lesion", "Hill-Sachs lesion"])
    if rng.random() < 0.4:
        pt.last = ep.split(" ")[0].split("-")[0]
    L = [rng.choice(["**User:**", "You said:", "User >"]),
         rng.choice(["draft an impression for this, keep it short", "can you write the impression? attending wants it concise",
                     "summarize for the referring doc pls"]), "",
         "| field | value |", "|---|---|",
         f"| patient | {name(pt, rng.choice(['full', 'lf', 'upper']))} |",
         f"| MRN | {mrn(rng)} |", f"| DOB | {D(rng, dob_for(rng, age, d))} |",
         f"| age | {P('AGE_OVER_89', str(age)) if age > 89 else K('age_under_90', str(age))} |",
         f"| exam | {mod('MRI')} {rng.choice(['knee', 'shoulder', 'L-spine'])} {D(rng, d, ['m/d', '%m/%d/%Y', 'b d, Y'])} |",
         f"| acc | {acc(rng)} |", f"| ref | {dr(rng, ref)} |", "",
         f"findings: {seq(rng)} shows {rng.choice([K('eponym', ep), 'a ' + K('eponym', ep)])}, {meas(rng)}. "
         f"{K('anatomy', rng.choice(['medial meniscus', 'anterior cruciate ligament', 'supraspinatus tendon']))} "
         f"{rng.choice(['intact', 'partial tear', 'degenerated'])}. prior from {year(rng.randint(2015, 2023))} not available.",
         "", rng.choice(["**Assistant:**", "ChatGPT said:", "Assistant >"]),
         f"{hdr('IMPRESSION')}:",
         f"1. {K('eponym', ep)} measuring {meas(rng)}.",
         "2. No other acute abnormality.",
         f"Note: I removed nothing from your table - please avoid pasting identifiers such as the MRN or "
         f"{pt.title} {P('PERSON', pt.last)}'s date of birth into chat tools.",
         "", "**User:**" if rng.random() < 0.5 else "You said:",
         f"ok also add that {dr(rng, Person(rng))} called the pt at {phone(rng)} on {D(rng, d, ['B d', 'm/d'])} at {T(rng)}"]
    return "\n".join(L) + "\n", "MR"


def dental_cbct(rng):
    pt, dds, ref = Person(rng), Person(rng), Person(rng)
    d = rdate(rng)
    age = rng.choice([9, 16, 34, 52, 68, 91])
    teeth = rng.sample(["#1", "#16", "#17", "#32", "#30", "#19", "#8"], 2)
    L = [f"{fac(rng, rng.choice(FAC_A) + ' Oral & Maxillofacial Radiology')}",
         f"{mod('CBCT')} Interpretation Report",
         f"Patient: {name(pt, rng.choice(['full', 'lf']))}   Chart #: {mrn(rng)}   DOB: {D(rng, dob_for(rng, age, d))}",
         f"Referring dentist: {name(ref, 'full')}, {cred_k(rng.choice(['DDS', 'DMD']))}   Scan date: {D(rng, d)}",
         f"Unit: Planmeca ProMax 3D Mid (S/N {serial(rng)}), FOV {rng.choice(['8 x 8', '10 x 5', '16 x 10'])} cm, voxel 0.2 mm", "",
         f"{hdr('CLINICAL HISTORY')}: {age_phrase(rng, age)}; implant planning {', '.join(teeth)}."
         + (f" History of {K('eponym', 'Paget disease')} of the jaw." if rng.random() < 0.3 else ""),
         f"{hdr('FINDINGS')}:",
         f"  The {K('anatomy', 'inferior alveolar nerve canal')} lies {meas(rng)} below the apex of {teeth[0]}.",
         f"  {K('anatomy', 'Maxillary sinus')}: {rng.choice(['mucosal thickening ' + meas(rng), 'clear', 'retention cyst ' + meas(rng)])}.",
         f"  Periapical lucency {meas(rng)} at {teeth[1]}. TMJ condyles symmetric.",
         f"{hdr('IMPRESSION')}: {rng.choice(['Adequate bone height for implant.', 'Recommend endodontic evaluation.'])}",
         "",
         f"Read by {name(dds, rng.choice(['full', 'fml']))}, {cred_k('DDS')}, {cred_k('MS')} on {D(rng, d + _dt.timedelta(days=2))}",
         f"Questions: {phone(rng)} or {email(rng, dds)}"]
    return "\n".join(L) + "\n", "CT"


def trauma_ems(rng):
    pt, medic, rad, surg = Person(rng), Person(rng), Person(rng), Person(rng)
    d = rdate(rng)
    age = rng.choice([19, 27, 45, 72, 91, 93])
    h = rng.randint(0, 22)
    unknown = rng.random() < 0.3
    L = [f"EMS PATIENT CARE REPORT - {rng.choice(['Medic 12', 'Rescue 4', 'Ambulance 7'])}  Run # {account(rng)}",
         f"Date {D(rng, d, ['%m/%d/%Y', 'm/d/yy'])}  Dispatched {T(rng, h, 5, ['hhmm'])}  On scene {T(rng, h, 14, ['hhmm'])}  At ED {T(rng, h, 41, ['hhmm'])}",
         f"Pt: {'UNKNOWN, TRAUMA ' + P('PERSON', rng.choice(['ZEBRA', 'OSPREY', 'TANGO', 'JUNIPER'])) if unknown else name(pt, rng.choice(['lfm', 'full']))}  "
         f"Age {P('AGE_OVER_89', str(age)) if age > 89 else K('age_under_90', str(age))}  Sex {rng.choice('MF')}",
         f"Scene: MVC at {street(rng)} / {P('STREET_ADDRESS', rng.choice(STREETS))}, {us_city(rng)[0]}",
         f"Mechanism: {rng.choice(['restrained driver, T-bone', 'pedestrian struck', 'fall from ladder ~3 m'])}. "
         f"{K('score', 'GCS ' + str(rng.randint(8, 15)))}. Collar applied. Medic {name(medic, 'init')}, {cred_k('EMT-P')}.", "",
         f"LEVEL {rng.choice(['I', 'II'])} TRAUMA ACTIVATION  {fac(rng)}  {D(rng, d)} {T(rng, h + 1, 2)}",
         f"Trauma alias MRN {mrn(rng)}; acc {acc(rng)}, {acc(rng)} (pan-scan)",
         f"Trauma surgeon: {dr(rng, surg)}   Radiology: {dr(rng, rad)}", "",
         f"{mod('CT')} HEAD/C-SPINE/CAP - {hdr('FINDINGS')}:",
         f"  - {rng.choice(['Fracture', 'Burst fracture', 'Chance fracture'])} at {level(rng)} with {meas(rng)} retropulsion.",
         f"  - {K('anatomy', 'Spleen')} laceration, {meas(rng)} (AAST {rng.randint(1, 4)}). Fluid in {K('eponym', 'Morison pouch')}.",
         f"  - {K('anatomy', 'distal radius')} fracture, dorsal angulation ({K('eponym', 'Colles fracture')}).",
         f"Critical result called to {name(surg, 'init')} at {T(rng, h + 1, 30)} by {name(rad, 'init')}; "
         f"family ({name(Person(rng, pt.last), 'full')}) notified at {phone(rng)}."]
    if unknown:
        L.append(f"Identity confirmed later as {name(pt, 'lfm')} DOB {D(rng, dob_for(rng, age, d))}, MRN merged.")
    return "\n".join(L) + "\n", "CT"
