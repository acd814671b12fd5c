"""blind11 styles: discharge summaries, billing/coding queries, IRB data requests, EHR JSON / HL7 payloads."""

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
import json


def discharge_summary(rng):
    pt, att, res, pcp, wife = Person(rng), Person(rng), Person(rng), Person(rng), Person(rng)
    adm = rdate(rng)
    dis = adm + _dt.timedelta(days=rng.randint(2, 12))
    age = rng.choice([57, 69, 80, 88, 90, 93, 97])
    ep = rng.choice(["Parkinson disease", "Addison disease", "Crohn disease", "Bell palsy", "Hashimoto thyroiditis"])
    L = [f"{fac(rng)}", "DISCHARGE SUMMARY",
         f"Patient: {name(pt, rng.choice(['lfm', 'lf']))}   MRN: {mrn(rng)}   FIN: {account(rng)}",
         f"Admit: {D(rng, adm)}   Discharge: {D(rng, dis)}   Attending: {dr(rng, att)}",
         f"Author: {name(res, 'full')}, {cred_k('MD')} (PGY-2)   PCP: {dr(rng, pcp)} {phone(rng)}", "",
         f"{hdr('HOSPITAL COURSE')}: {age_phrase(rng, age)} {rng.choice(['man', 'woman', 'patient'])} with {K('eponym', ep)} admitted after a fall at home "
         f"({us_address(rng)}).",
         f"{mod('CT')} head on {D(rng, adm, ['m/d', 'B d', '%m/%d'])} at {T(rng)}: no hemorrhage. {mod('XR')} pelvis: "
         + rng.choice([f"{K('anatomy', 'femoral neck')} fracture, s/p hemiarthroplasty {D(rng, adm + _dt.timedelta(days=1), ['m/d', 'B d'])}.",
                       "no fracture.", f"{K('eponym', 'Paget disease')} of the left hemipelvis, unchanged since {year(adm.year - rng.randint(2, 9))}."]),
         f"{mod('MRI')} {K('anatomy', 'lumbar spine')} ({seq(rng)}): {rng.choice(['acute compression fracture', 'disc protrusion'])} at {level(rng)}, "
         f"{meas(rng)} retropulsion.",
         f"Imaging read by {dr(rng, Person(rng))}; discussed with radiology resident {name(Person(rng), 'init')}.", "",
         f"{hdr('DISCHARGE DISPOSITION')}: {rng.choice(['Home with VNA', 'SNF', 'Acute rehab'])} - {fac(rng, rng.choice(FAC_A) + ' Rehabilitation Center')}.",
         f"Contact: {rng.choice(['wife', 'husband', 'partner'])} {name(wife, 'full')} {phone(rng)}.",
         f"Follow-up: {dr(rng, pcp)} in 1-2 weeks; repeat {mod('XR')} on {D(rng, dis + _dt.timedelta(days=14), ['m/d/yy', 'B d'])}.",
         f"Insurance: Medicare MBI {plan_id(rng)}; secondary plan member ID {plan_id(rng)}."]
    return "\n".join(L) + "\n", "CT"


def billing_query(rng):
    pt, coder, rad, ref = Person(rng), Person(rng), Person(rng), Person(rng)
    d = rdate(rng)
    cpt = rng.choice([("74177", "CT abd/pelvis w contrast"), ("71271", "LDCT lung screening"), ("72148", "MRI lumbar w/o"),
                      ("77080", "DXA axial"), ("76700", "US abdomen complete")])
    icd = rng.choice(["R91.1", "M54.50", "K50.90", "Z87.891", "E05.00"])
    payer = rng.choice(["BlueRiver Health Plan", "Cascadia Mutual", "Medicare Part B", "Keystone Medicaid"])
    L = [f"CODING QUERY - {rng.choice(['Radiology Professional Fee', 'Technical component', 'Denial work queue'])}",
         f"To: {dr(rng, rad)}   From: {name(coder, 'full')}, {cred_k(rng.choice(['CPC', 'CCS', 'RHIT']))}   Date: {D(rng, d + _dt.timedelta(days=rng.randint(5, 40)))}",
         f"Patient: {name(pt, rng.choice(['lfm', 'lf', 'upper']))}   DOB {D(rng, dob_for(rng, rng.randint(20, 99), d))}   MRN {mrn(rng)}",
         f"Guarantor acct: {account(rng)}   Claim #: {account(rng)}",
         f"Payer: {payer}   Member ID: {plan_id(rng)}   Group: {plan_id(rng)}",
         f"SSN on file: {ssn(rng)}" if rng.random() < 0.5 else f"Subscriber: {name(Person(rng, pt.last), 'lf')} (spouse), ID {plan_id(rng)}",
         f"DOS: {D(rng, d)}   Accession: {acc(rng)}   Ordering: {dr(rng, ref)} (NPI on claim)", "",
         f"CPT billed: {cpt[0]} ({cpt[1]}). ICD-10: {icd}.",
         rng.choice([
             f"The {hdr('IMPRESSION')} documents a {meas(rng)} nodule but no {K('score', 'Lung-RADS')} category; payer requires it for {cpt[0]}.",
             f"Report lists {mod('CT')} with contrast, but the {hdr('TECHNIQUE')} section says no IV contrast was given. Please clarify.",
             f"Laterality missing: {K('anatomy', 'right kidney')} vs left. {K('eponym', 'Wilms tumor')} history noted in {year(d.year - rng.randint(10, 40))}.",
             f"Denial CO-50 (medical necessity). Indication '{K('eponym', 'Crohn disease')}' not on LCD list; was there {K('anatomy', 'splenic flexure')} wall thickening?"]),
         f"Please reply in the EHR in-basket or to {email(rng, coder)} / {phone(rng)} by {D(rng, d + _dt.timedelta(days=50), ['B d', 'm/d', '%m/%d/%Y'])}.",
         f"Remit address: {fac(rng, rng.choice(FAC_A) + ' Radiology Associates')}, PO Box {rng.randint(100, 9999)}, {us_city(rng)[0]}"]
    return "\n".join(L) + "\n", rng.choice(["CT", "MR", "US"])


def irb_request(rng):
    pi, coord, analyst = Person(rng), Person(rng), Person(rng)
    d = rdate(rng)
    y0 = rng.randint(2012, 2019)
    proto = f"IRB-{d.year}-{rng.randint(100, 999)}"
    rows = []
    for _ in range(rng.randint(2, 4)):
        p = Person(rng)
        e = rdate(rng, 2019, 2025)
        age = rng.choice([41, 67, 73, 88, 90, 94, 101])
        rows.append(f"  {mrn(rng)} | {name(p, 'lfm')} | {D(rng, e, ['%Y-%m-%d'])} | {acc(rng)} | "
                    f"{P('AGE_OVER_89', str(age)) if age > 89 else K('age_under_90', str(age))}")
    L = [f"Research Data Request - {proto}",
         f"PI: {dr(rng, pi)}, Department of Radiology, {fac(rng)}",
         f"Coordinator: {name(coord, 'full')} <{email(rng, coord)}>  {phone(rng)}",
         f"Submitted: {D(rng, d)} {T(rng)}", "",
         f"Title: Deep learning triage of {rng.choice(['intracranial hemorrhage', 'pulmonary embolism', 'pneumothorax'])} "
         f"on {mod(rng.choice(['CT', 'MRI']))}, {year(y0)}-{year(y0 + 5)}.",
         f"Inclusion: adults, {K('sequence', 'DWI') + ' and ' + K('sequence', 'SWI') if rng.random() < 0.5 else 'contrast-enhanced series'}; "
         f"exclude {K('eponym', 'Chiari I malformation')} and prior craniotomy.",
         "Requested elements: accession, study date, age (ages over 89 to be aggregated), report text.",
         "Honest broker check - sample rows pulled by mistake (to be deleted):", *rows, "",
         f"Transfer: SFTP from {ip(rng)} to research enclave {ip(rng)}; dataset landing page "
         f"{P('URL', 'https://research.' + rng.choice(['harrowvalley', 'northgate']) + '.example/datasets/' + proto.lower())}.",
         f"De-identification by {name(analyst, 'init')} using date shift; audit log to {email(rng)}.",
         f"Determination: {rng.choice(['Approved (expedited)', 'Exempt category 4', 'Returned for revisions'])} {D(rng, d + _dt.timedelta(days=rng.randint(7, 30)))}"]
    return "\n".join(L) + "\n", "CT"


def _hl7(rng, pt, d):
    ts = d.strftime("%Y%m%d") + f"{rng.randint(6, 22):02d}{rng.randrange(60):02d}"
    age = rng.choice([44, 70, 92])
    dob = dob_for(rng, age, d).strftime("%Y%m%d")
    c, st, z = us_city(rng)
    rad = Person(rng)
    seg = [f"MSH|^~\\&|RIS|{fac(rng, rng.choice(FAC_A).upper().replace(' ', '').replace('.', '').replace(chr(39), ''))}|EHR|HUB|"
           f"{P('DATE_TIME', ts)}||ORU^R01|{digits(rng, 10)}|P|2.5.1",
           f"PID|1||{mrn(rng)}^^^MRN||{name(pt, 'hl7')}||{P('DATE_TIME', dob)}|{rng.choice('MF')}|||"
           f"{street(rng)}^^{c}^{st}^{z}||{phone(rng)}|||||{account(rng)}|{ssn(rng)}",
           f"OBR|1||{acc(rng)}|{rng.choice(['71260^CT CHEST W', '70551^MRI BRAIN WO'])}|||{P('DATE_TIME', ts)}",
           f"OBX|1|TX|IMP||{hdr('IMPRESSION')}: {meas(rng)} nodule {anat(rng, LUNG)}. {K('score', 'Lung-RADS 3')}.||||||F",
           f"OBX|2|TX|SIG||Signed {P('PERSON', rad.last.upper() + '^' + rad.first.upper())}||||||F"]
    return "\r\n".join(seg) + "\r\n"


def ehr_json(rng):
    pt = Person(rng)
    d = rdate(rng)
    if rng.random() < 0.3:
        return _hl7(rng, pt, d), "CT"
    age = rng.choice([35, 66, 78, 90, 95])
    rad, ref = Person(rng), Person(rng)
    c, st, z = us_city(rng)
    obj = {
        "resourceType": "DiagnosticReport",
        "id": digits(rng, 6),
        "status": rng.choice(["final", "preliminary", "amended"]),
        "subject": {"display": name(pt, rng.choice(["full", "lf", "upper"])), "mrn": mrn(rng),
                    "birthDate": P("DATE_TIME", dob_for(rng, age, d).isoformat()),
                    "ageYears": P("AGE_OVER_89", str(age)) if age > 89 else K("age_under_90", str(age)),
                    "address": {"line": [street(rng)], "city": c, "state": st, "postalCode": z},
                    "telecom": [{"system": "phone", "value": phone(rng)}, {"system": "email", "value": email(rng, pt)}],
                    "coverage": {"payor": "Cascadia Mutual", "memberId": plan_id(rng)}},
        "encounter": {"visitNumber": account(rng), "location": fac(rng)},
        "effectiveDateTime": P("DATE_TIME", d.isoformat()) + "T" + T(rng, fmts=["sec"]),
        "identifier": [{"system": "urn:accession", "value": acc(rng)}],
        "performer": [{"display": name(rad, "lf"), "role": "radiologist"}, {"display": name(ref, "full"), "role": "referrer"}],
        "presentedForm": {"url": P("URL", f"https://fhir.{rng.choice(['harrowvalley', 'kestrelpoint'])}.example/Binary/{digits(rng, 10)}")},
        "conclusion": hdr("IMPRESSION") + ": " + rng.choice([
            "No acute findings. Incidental " + K("eponym", "Schmorl node") + " at " + level(rng) + ".",
            "Stable " + meas(rng) + " lesion in the " + anat(rng, ABD) + "."]),
        "device": {"model": "SOMATOM go.Top", "serial": serial(rng), "aeTitle": "CT_ED_2", "host": ip(rng)},
    }
    text = json.dumps(obj, indent=rng.choice([2, None]), ensure_ascii=False)
    return text + "\n", "CT"
