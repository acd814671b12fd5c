"""blind50 structured styles, part B: Bates-stamped records production, payer claims-history ledger,
CSV export of priors with multiline impressions, JSON patient-timeline payload, DICOM C-FIND history dump."""

from __future__ import annotations

import datetime as dt

import b50_pools as pools
from b50_exams import EXAMS
from b50_markup import (ACC, ACCT, CITY, D, EMAIL, FAC, HPID, IP, MOD, MRN, P, PHONE, SER, SH, SSN, ST, URL, ZIP,
                        plain, vlen)
from b50_parts import add_reports, paginate
from b50_reports import World, render_report
from b50_world import age_phrase, digits, fmt_date, fmt_time, patient_addr


def bates_production(rng, target):
    w = World(rng, rng.randint(6, 11))
    pt, p = w.pt, w.pt.person
    pref = rng.choice(["PLTF-RAD", "DEF-MED", "RECORDS", "SUBP-IMG"])
    atty = rng.choice(["Colette Marchetti", "Bernard Oyelaran", "Shauna Petrakis", "Ilya Sorokin"])
    start = rng.randint(100, 3000)
    out = [f"RECORDS PRODUCTION INDEX\nIn re: {p.form('First M. Last')} - Case No. {ACCT(str(w.today.year % 100) + '-CV-' + digits(rng, 5))}\n"
           f"Produced by: Custodian of Records, {FAC(w.facs[-1].name)}\nTo: {P(atty)}, Esq., {EMAIL(atty.split()[0].lower() + '@' + rng.choice(['marchettilaw.com', 'oyelaranpc.com', 'petrakis-legal.com']))}\n"
           f"Date of production: {D(fmt_date(w.today, 'long'))}\n\n{'Bates range':<26}{'Provider':<44}Dates of service\n"]
    pg = start
    for s in w.studies:
        n = rng.randint(1, 4)
        out.append(f"{pref}-{pg:06d} - {pref}-{pg + n - 1:06d}  {FAC(s.fac.name)}{' ' * max(1, 44 - len(s.fac.name))}"
                   f"{D(fmt_date(s.date, 'us'))}\n")
        pg += n
    out.append(f"\nCERTIFICATION: I, {P(rng.choice(['Dana Whitcombe', 'Rosa Iglesias', 'Tuan Vo', 'Grace Mwangi']))}, certify that "
               f"the attached {pg - start} pages are true copies of the imaging records of the above patient, "
               f"DOB {D(fmt_date(pt.dob, 'us'))}, MRN {MRN(pt.mrns[w.facs[-1].abbr])}.\n\n")
    used = sum(vlen(x) for x in out)
    body = "".join(add_reports(w, target - used - 600, minimum=3, newest_first=False))
    counter = iter(range(start, start + 999))

    def banner(k, n):
        return f"{pref}-{next(counter):06d}                 CONFIDENTIAL - SUBJECT TO PROTECTIVE ORDER   {p.form('LAST, FIRST')}"

    return "".join(out) + paginate(w, body, banner, rng.randint(1600, 2600)), w


def claims_ledger(rng, target):
    w = World(rng, rng.randint(7, 12))
    pt, p = w.pt, w.pt.person
    cpt = {"ct_chest": "71260", "ct_abd": "74177", "mr_brain": "70553", "mr_lspine": "72148", "mammo": "77066",
           "us_thyroid": "76536", "xr_chest": "71046", "pet_ct": "78815", "mr_knee": "73721", "xr_wrist": "73110",
           "mr_prostate": "72197", "us_pelvis": "76856", "mr_shoulder": "73222", "ct_head": "70450", "mr_cspine": "72141"}
    out = [f"{pt.payer.upper()} - MEMBER CLAIMS HISTORY (IMAGING)\nMember: {p.form('LAST, FIRST M')}   ID {HPID(pt.member_id)}   "
           f"Group {HPID(pt.group_no)}   DOB {D(fmt_date(pt.dob, 'us'))}\nSubscriber SSN: {SSN(pt.ssn)}   Address: "
           f"{patient_addr(pt.addresses[-1])}\nReport run {D(fmt_date(w.today, 'us'))} by utilization review "
           f"({P(rng.choice(['Kamala Iyer', 'Per Jonsson', 'Adwoa Boateng', 'Mateo Ruiz']))}, RN)\n\n"
           "CLAIM #        | DOS        | CPT   | RENDERING            | FACILITY                      | BILLED   | ALLOWED | PAID    | STATUS\n"]
    for s in w.studies:
        billed = rng.randint(180, 4200)
        out.append(f"{ACCT(digits(rng, 4) + letters(rng) + digits(rng, 8))} | {D(fmt_date(s.date, 'us'))} | {cpt[s.key]} | "
                   f"{s.rad.form('LAST, FIRST')} | {FAC(s.fac.name)} | {billed:>8.2f} | {billed * 0.41:>7.2f} | "
                   f"{billed * 0.33:>7.2f} | {'PAID' if rng.random() < 0.8 else 'DENIED-PA'}\n")
    out.append(f"\nPrior authorization log\n")
    for s in w.studies[-3:]:
        out.append(f"  PA {ACCT('PA' + digits(rng, 9))} requested {D(fmt_date(s.date - dt.timedelta(days=6), 'us'))} by "
                   f"{s.ref.form('Name, cred')} ({PHONE(s.ref.phone)}); {EXAMS[s.key][2]}; approved "
                   f"{D(fmt_date(s.date - dt.timedelta(days=2), 'us'))}\n")
    out.append(f"\nAttached clinical documentation submitted with claims:\n\n")
    used = sum(vlen(x) for x in out)
    out += add_reports(w, target - used, minimum=2)
    return "".join(out), w


def letters(rng) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")


def _csv(marked: str) -> str:
    return '"' + marked.replace('"', '""') + '"'


def csv_priors(rng, target):
    w = World(rng, rng.randint(8, 12))
    pt, p = w.pt, w.pt.person
    out = ["patient_name,mrn,dob,age_at_exam,accession,exam_date,exam_time,modality,procedure,facility,"
           "radiologist,referrer,scanner_serial,report_text\n"]
    budget = target
    for s in reversed(w.studies):
        rep = render_report(w, s)
        body = rep.split("\n\n", 1)[-1] if rng.random() < 0.6 else rep
        row = (f"{_csv(p.form('LAST, FIRST M'))},{MRN(pt.mrns[s.fac.abbr])},{D(fmt_date(pt.dob, 'iso'))},"
               f"{age_phrase(w.age(s.date), p.sex, 'Y')},{ACC(s.acc)},{D(fmt_date(s.date, 'iso'))},{D(fmt_time(s.h, s.mi, '24'))},"
               f"{MOD(EXAMS[s.key][1])},{EXAMS[s.key][2]},{_csv(FAC(s.fac.name))},{_csv(s.rad.form('LAST, FIRST'))},"
               f"{_csv(s.ref.form('LAST, FIRST'))},{SER(s.serial)},{_csv(body.strip())}\n")
        if len(out) > 3 and vlen("".join(out)) + vlen(row) > budget:
            break
        out.append(row)
    return "".join(out), w


def _js(marked: str) -> str:
    return marked.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def json_timeline(rng, target):
    w = World(rng, rng.randint(7, 12))
    pt, p = w.pt, w.pt.person
    fac = w.facs[-1]
    street, city, state, zp = pt.addresses[-1][:4]
    portal = f"https://mychart.{fac.domain}/timeline/{digits(rng, 10)}"
    out = ['{\n  "patient": {\n'
           f'    "name": "{p.form("First M. Last")}",\n    "mrn": "{MRN(pt.mrns[fac.abbr])}",\n    "dob": "{D(fmt_date(pt.dob, "iso"))}",\n'
           f'    "age": "{age_phrase(w.age(w.today), p.sex, "Y")}",\n    "address": {{"street": "{ST(street)}", "city": "{CITY(city)}", "state": "{state}", "zip": "{ZIP(zp)}"}},\n'
           f'    "phone": "{PHONE(pt.phones[-1])}",\n    "email": "{EMAIL(pt.email)}",\n    "insurance": {{"payer": "{pt.payer}", "member_id": "{HPID(pt.member_id)}"}},\n'
           f'    "proxy": {{"name": "{pt.relatives[0][1].form("First Last")}", "relation": "{pt.relatives[0][0]}", "phone": "{PHONE(pt.relatives[0][1].phone)}"}},\n'
           f'    "portal": "{URL(portal)}"\n  }},\n  "generated": "{D(w.today.isoformat())}T{D(fmt_time(rng.randint(0, 23), rng.randint(0, 59), "24s"))}",\n  "events": [\n']
    budget = target - 100
    evs = []
    for s in w.studies:
        evs.append((s.date, "imaging", s))
        if rng.random() < 0.5:
            evs.append((s.date + dt.timedelta(days=rng.randint(1, 20)), "visit", s))
    evs.sort(key=lambda e: (e[0], e[1]))
    first = True
    for d, kind, s in reversed(evs):
        if kind == "visit":
            e = (f'    {{"type": "encounter", "date": "{D(d.isoformat())}", "provider": "{s.ref.form("Name, cred")}", '
                 f'"location": "{FAC(w.clinic.name)}", "note": "Reviewed imaging with patient and {pt.relatives[0][0]}."}}')
        else:
            full = rng.random() < 0.5
            e = (f'    {{"type": "imaging", "date": "{D(s.date.isoformat())}", "time": "{D(fmt_time(s.h, s.mi, "24"))}", '
                 f'"accession": "{ACC(s.acc)}", "modality": "{MOD(EXAMS[s.key][1])}", "facility": "{FAC(s.fac.name)}",\n'
                 f'     "reader": "{s.rad.form("Dr. First Last")}", "device": {{"model": "{s.model}", "serial": "{SER(s.serial)}"}},\n'
                 f'     "viewer": "{URL(portal.rsplit("/", 2)[0] + "/viewer?acc=" + s.acc)}"'
                 + (f',\n     "report": "{_js(render_report(w, s))}"' if full else "") + "}")
        if not first and vlen("".join(out)) + vlen(e) > budget:
            break
        out.append(("" if first else ",\n") + e)
        first = False
    out.append("\n  ]\n}\n")
    return "".join(out), w


def dicom_qr_dump(rng, target):
    w = World(rng, rng.randint(6, 12))
    pt, p = w.pt, w.pt.person
    fac = w.facs[-1]
    ip, port = fac.ip_prefix + "." + str(rng.randint(2, 250)), rng.choice([104, 11112, 4242])
    out = [f"$ findscu -v -S -aet {fac.abbr}_WS07 -aec {fac.abbr}_PACS {IP(ip)} {port} -k QueryRetrieveLevel=STUDY "
           f"-k PatientID={MRN(pt.mrns[fac.abbr])} -k StudyDate= -k AccessionNumber=\n"
           f"I: Requesting Association\nI: Association Accepted (Max Send PDV: 16372)\nI: Sending Find Request (MsgID 1)\n"]
    budget = target - 200
    for k, s in enumerate(reversed(w.studies), 1):
        std = s.date.strftime("%Y%m%d")
        stt = f"{s.h:02d}{s.mi:02d}{rng.randint(0, 59):02d}"
        rsp = (f"I: ---------------------------\nI: Find Response: {k} (Pending)\n"
               f"I: (0008,0020) DA [{D(std)}]                              #   8, 1 StudyDate\n"
               f"I: (0008,0030) TM [{D(stt)}]                                #   6, 1 StudyTime\n"
               f"I: (0008,0050) SH [{ACC(s.acc)}]                          # AccessionNumber\n"
               f"I: (0008,0061) CS [{EXAMS[s.key][0]}]                                   # ModalitiesInStudy\n"
               f"I: (0008,0080) LO [{FAC(s.fac.name)}]           # InstitutionName\n"
               f"I: (0008,0081) ST [{s.fac.addr_line()}]  # InstitutionAddress\n"
               f"I: (0008,0090) PN [{s.ref.form('HL7')}]                 # ReferringPhysicianName\n"
               f"I: (0008,1030) LO [{EXAMS[s.key][2]}]  # StudyDescription\n"
               f"I: (0008,1060) PN [{s.rad.form('HL7')}]                 # NameOfPhysiciansReadingStudy\n"
               f"I: (0010,0010) PN [{p.form('HL7')}]                     # PatientName\n"
               f"I: (0010,0020) LO [{MRN(pt.mrns[s.fac.abbr])}]                               # PatientID\n"
               f"I: (0010,0030) DA [{D(pt.dob.strftime('%Y%m%d'))}]                              # PatientBirthDate\n"
               f"I: (0010,1010) AS [{_as(w, s)}]  # PatientAge\n"
               f"I: (0018,1000) LO [{SER(s.serial)}]                                # DeviceSerialNumber\n"
               f"I: (0020,000d) UI [1.2.840.{rng.randint(10000, 99999)}.{digits(rng, 10)}.{k}]  # StudyInstanceUID\n")
        if k <= 2 and rng.random() < 0.7:
            rsp += "I: (0040,a160) UT [SR text follows]\n" + render_report(w, s)
        if k > 3 and vlen("".join(out)) + vlen(rsp) > budget:
            break
        out.append(rsp)
    out.append(f"I: Received Final Find Response (Success)\nI: Releasing Association\n")
    return "".join(out), w


def _as(w: World, s) -> str:
    from b50_markup import AGE, AU90
    a = w.age(s.date)
    return AGE(f"{a:03d}") + "Y" if a >= 90 else AU90(f"{a:03d}Y")
