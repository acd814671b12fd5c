"""blind50 structured styles, part A: RECIST grid over many dates, RIS exam-history screen print,
HL7 ORU batch file, FHIR searchset bundle, IHE XDS registry query listing."""

from __future__ import annotations

import datetime as dt

from b50_exams import EXAMS
from b50_markup import (ACC, ACCT, A, CITY, D, EMAIL, FAC, HPID, IP, M, MOD, MRN, P, PHONE, SC, SER, SH, SSN, ST,
                        URL, ZIP, plain, vlen)
from b50_parts import add_reports
from b50_reports import World, render_report
from b50_world import age_phrase, digits, fmt_date, fmt_time, patient_addr


def recist_grid(rng, target):
    w = World(rng, rng.randint(6, 12), theme=rng.choice(["lung", "colon", "lymphoma"]))
    pt, p = w.pt, w.pt.person
    pts = [s for s in w.studies if EXAMS[s.key][0] in ("CT", "PT")] or w.studies
    lesions = [("T1", "right upper lobe", 31), ("T2", "hepatic segment 7", 24), ("T3", "right paratracheal node", 18),
               ("T4", "left adrenal gland", 15), ("T5", "peritoneal implant", 12)][: rng.randint(2, 5)]
    base = sum(l[2] for l in lesions)
    out = [f"ONCOLOGY IMAGING TIMELINE - RECIST 1.1\nSite: {FAC(w.facs[-1].name)}   Protocol: {rng.choice(['KEYNOTE-style IO', 'institutional standard', 'NCI-sponsored'])}\n"
           f"Patient: {p.form('LAST, FIRST M')}   MRN {MRN(pt.mrns[w.facs[-1].abbr])}   DOB {D(fmt_date(pt.dob, 'dmy'))}   "
           f"Treating oncologist: {w.onc.form('Name, cred')}\nBaseline: {D(fmt_date(pts[0].date, 'dmy'))} (acc {ACC(pts[0].acc)})\n\n"
           f"{SH('TARGET LESIONS')} (longest diameter, mm; nodes short axis)\n",
           "Lesion | Location".ljust(38) + "".join(f" | TP{j}" for j in range(len(pts))) + "\n"]
    for lid, loc, mm in lesions:
        out.append(f"{lid} | {A(loc)}".ljust(38 + len(A(loc)) - len(loc)) +
                   "".join(f" | {M(str(max(0, round(mm * s.factor))) + ' mm')}" for s in pts) + "\n")
    out.append("\nTP | Date | Time | Accession | Facility | Reader | SLD (mm) | % vs baseline | % vs nadir | Response\n")
    nadir = base
    for j, s in enumerate(pts):
        sld = sum(max(0, round(mm * s.factor)) for _, _, mm in lesions)
        nadir = min(nadir, sld)
        resp = "BL" if j == 0 else ("PD" if sld >= nadir * 1.2 and sld - nadir >= 5 else "PR" if sld <= base * 0.7 else "SD")
        out.append(f"TP{j} | {D(fmt_date(s.date, 'dmy'))} | {D(fmt_time(s.h, s.mi, '24'))} | {ACC(s.acc)} | {FAC(s.fac.abbr)} | "
                   f"{s.rad.form('LAST, FIRST')} | {M(str(sld) + ' mm')} | {(sld - base) * 100 / base:+.0f}% | "
                   f"{(sld - nadir) * 100 / max(1, nadir):+.0f}% | {resp}\n")
    out.append(f"\n{SH('NON-TARGET')}: {A('pleural')} effusion (present/absent by TP): "
               + " ".join("P" if s.factor > 1.1 else "A" for s in pts) + "\n"
               f"{SH('NEW LESIONS')}: {'yes, TP' + str(len(pts) - 1) + ' (' + A('left cerebellar hemisphere') + ')' if pts[-1].factor > 1.1 else 'none'}\n"
               f"Reviewer: {w.facs[-1].radiologists[-1].form('Name, cred')}   QC by {P(rng.choice(['Hana Novak', 'Obinna Okafor', 'Lorena Vidal', 'Sung-min Yoo']))}, CRA, "
               f"{D(fmt_date(w.today, 'dmy'))}\n\n{SH('SOURCE REPORTS')}\n\n")
    used = sum(vlen(x) for x in out)
    out += add_reports(w, target - used, studies=pts, minimum=1)
    return "".join(out), w


def ris_history(rng, target):
    w = World(rng, rng.randint(7, 12))
    pt, p = w.pt, w.pt.person
    f = w.facs[-1]
    bar = "=" * 96
    out = [f"{FAC(f.abbr)} RIS v11.4   PATIENT EXAM HISTORY   Printed {D(fmt_date(w.today, 'us'))} {D(fmt_time(rng.randint(8, 18), rng.randint(0, 59), '24'))}\n{bar}\n"
           f"NAME: {p.form('LAST, FIRST M'):<40} MRN: {MRN(pt.mrns[f.abbr])}   DOB: {D(fmt_date(pt.dob, 'us'))}  "
           f"SEX: {p.sex}  AGE: {age_phrase(w.age(w.today), p.sex, 'Y')}\nADDR: {patient_addr(pt.addresses[-1])}   "
           f"PH: {PHONE(pt.phones[-1])}\nINS: {pt.payer[:20].upper()} {HPID(pt.member_id)}   GUAR: "
           f"{pt.relatives[0][1].form('LAST, FIRST') if rng.random() < 0.4 else p.form('LAST, FIRST')}\n{bar}\n"
           f"{'DATE':<11}{'TIME':<7}{'ACCESSION':<20}{'MOD':<5}{'PROCEDURE':<34}{'LOC':<8}{'STAT':<6}READ BY\n{'-' * 96}\n"]
    for s in reversed(w.studies):
        _, _, title, _ = EXAMS[s.key]
        out.append(f"{D(fmt_date(s.date, 'us'))} {D(fmt_time(s.h, s.mi, '24'))}  {ACC(s.acc)}{' ' * max(1, 20 - len(s.acc))}"
                   f"{EXAMS[s.key][0]:<5}{title[:33]:<34}{FAC(s.fac.abbr)}{' ' * max(1, 8 - len(s.fac.abbr))}"
                   f"{'FINAL' if not s.addendum else 'ADDND'} {s.rad.form('LAST, FIRST')}\n")
    out.append(f"{'-' * 96}\n{len(w.studies)} exams. Outside exams imported from {', '.join(FAC(x.name) for x in w.facs[:-1])}.\n\n"
               f"REPORT TEXT (selected)\n{bar}\n")
    used = sum(vlen(x) for x in out)
    out += add_reports(w, target - used, minimum=2, sep=f"\n{bar}\n")
    return "".join(out), w


def _hl7_esc(marked: str) -> str:
    return marked.replace("|", "\\F\\").replace("~", "\\R\\")


def hl7_batch(rng, target):
    w = World(rng, rng.randint(5, 10))
    pt, p = w.pt, w.pt.person
    fac = w.facs[-1]
    now = w.today.strftime("%Y%m%d") + f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    street, city, state, zp = pt.addresses[-1][:4]
    out = [f"FHS|^~\\&|RIS|{FAC(fac.abbr)}|HIM_EXPORT|{FAC(w.clinic.abbr)}|{D(now)}\n"
           f"BHS|^~\\&|RIS|{FAC(fac.abbr)}|HIM_EXPORT|{FAC(w.clinic.abbr)}|{D(now)}||PRIOR_PACKET\n"]
    pid = (f"PID|1||{MRN(pt.mrns[fac.abbr])}^^^{FAC(fac.abbr)}^MR||{p.form('HL7')}||{D(pt.dob.strftime('%Y%m%d'))}|{p.sex}|||"
           f"{ST(street)}^^{CITY(city)}^{state}^{ZIP(zp)}||{PHONE(pt.phones[-1])}|||||{ACCT(digits(rng, 10))}|{SSN(pt.ssn)}\n")
    budget = target - 400
    n = 0
    for s in reversed(w.studies):
        code, _, title, fn = EXAMS[s.key]
        ts = s.date.strftime("%Y%m%d") + f"{s.h:02d}{s.mi:02d}"
        rep = render_report(w, s, style=2)
        body_lines = rep.split("\n")[3:]
        msg = [f"MSH|^~\\&|RIS|{FAC(s.fac.abbr)}|HIM_EXPORT|{FAC(w.clinic.abbr)}|{D(ts)}||ORU^R01|{digits(rng, 9)}|P|2.5.1", pid.rstrip("\n"),
               f"PV1|1|O|{FAC(s.fac.abbr)}^RAD^{code}||||{s.ref.form('HL7')}",
               f"ORC|RE|{ACC(s.acc)}|{ACC(s.acc)}",
               f"OBR|1|{ACC(s.acc)}|{ACC(s.acc)}|{code}^{title}|||{D(ts)}|||||||||{s.ref.form('HL7')}||||||{D(ts)}||{code}|F||||||||{s.rad.form('HL7')}"]
        for k, line in enumerate(x for x in body_lines if plain(x).strip()):
            msg.append(f"OBX|{k + 1}|TX|{code}^REPORT||{_hl7_esc(line)}||||||F")
        block = "\n".join(msg) + "\n"
        if n >= 2 and vlen("".join(out)) + vlen(block) > budget:
            break
        out.append(block)
        n += 1
    out.append(f"BTS|{n}\nFTS|1\n")
    return "".join(out), w


def _js(marked: str) -> str:
    return marked.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def fhir_bundle(rng, target):
    w = World(rng, rng.randint(5, 10))
    pt, p = w.pt, w.pt.person
    fac = w.facs[-1]
    base = f"https://fhir.{fac.domain}/r4"
    street, city, state, zp = pt.addresses[-1][:4]
    pid = digits(rng, 7)
    out = [f'{{\n  "resourceType": "Bundle",\n  "type": "searchset",\n  "timestamp": "{D(w.today.isoformat())}T{D(fmt_time(rng.randint(0, 23), rng.randint(0, 59), "24s"))}Z",\n'
           f'  "link": [{{"relation": "self", "url": "{URL(base + "/DiagnosticReport?patient=" + pid + "&category=RAD")}"}}],\n  "entry": [\n'
           f'    {{"fullUrl": "{URL(base + "/Patient/" + pid)}",\n     "resource": {{"resourceType": "Patient", "id": "{MRN(pid)}",\n'
           f'      "identifier": [{{"system": "urn:oid:2.16.840.1.113883.3.{rng.randint(100, 999)}", "value": "{MRN(pt.mrns[fac.abbr])}"}}],\n'
           f'      "name": [{{"family": "{P(p.last)}", "given": ["{P(p.first)}"]}}],\n      "gender": "{"female" if p.sex == "F" else "male"}", "birthDate": "{D(pt.dob.isoformat())}",\n'
           f'      "telecom": [{{"system": "phone", "value": "{PHONE(pt.phones[-1])}"}}, {{"system": "email", "value": "{EMAIL(pt.email)}"}}],\n'
           f'      "address": [{{"line": ["{ST(street)}"], "city": "{CITY(city)}", "state": "{state}", "postalCode": "{ZIP(zp)}"}}],\n'
           f'      "contact": [{{"relationship": [{{"text": "{pt.relatives[0][0]}"}}], "name": {{"text": "{pt.relatives[0][1].form("First Last")}"}}, '
           f'"telecom": [{{"system": "phone", "value": "{PHONE(pt.relatives[0][1].phone)}"}}]}}]}}}}']
    budget = target - 200
    for s in reversed(w.studies):
        rid = digits(rng, 8)
        rep = _js(render_report(w, s))
        e = (f',\n    {{"fullUrl": "{URL(base + "/DiagnosticReport/" + rid)}",\n     "resource": {{"resourceType": "DiagnosticReport", "id": "{rid}", "status": "final",\n'
             f'      "identifier": [{{"type": {{"text": "Accession"}}, "value": "{ACC(s.acc)}"}}],\n'
             f'      "code": {{"text": "{EXAMS[s.key][2]}"}}, "effectiveDateTime": "{D(s.date.isoformat())}T{D(fmt_time(s.h, s.mi, "24s"))}",\n'
             f'      "performer": [{{"display": "{s.rad.form("First Last")}"}}, {{"display": "{FAC(s.fac.name)}"}}],\n'
             f'      "presentedForm": [{{"contentType": "text/plain", "data_text": "{rep}"}}]}}}}')
        if len(out) >= 3 and vlen("".join(out)) + vlen(e) > budget:
            break
        out.append(e)
    out.append("\n  ]\n}\n")
    return "".join(out), w


def xds_listing(rng, target):
    w = World(rng, rng.randint(6, 11))
    pt, p = w.pt, w.pt.person
    fac = w.facs[-1]
    oid = f"1.3.6.1.4.1.{rng.randint(10000, 60000)}"
    host = fac.ip_prefix + "." + str(rng.randint(2, 250))
    out = [f"XCA/XDS Registry Stored Query - FindDocuments\nEndpoint: {URL('https://' + host + ':9443/xds/registry')}\n"
           f"Query issued {D(w.today.strftime('%Y%m%d') + f'{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}')} "
           f"by {w.onc.form('Last, First')} from {IP(w.clinic.ip_prefix + '.' + str(rng.randint(2, 250)))}\n"
           f"$XDSDocumentEntryPatientId = '{MRN(pt.mrns[fac.abbr])}^^^&{oid}&ISO'\nResponse: Success, "
           f"{len(w.studies)} DocumentEntry objects\n\n"]
    budget = target - 150
    for k, s in enumerate(reversed(w.studies), 1):
        ct = s.date.strftime("%Y%m%d") + f"{s.h:02d}{s.mi:02d}00"
        street, city, state, zp = pt.addresses[-1][:4]
        meta = (f"[{k}] DocumentEntry urn:uuid:{digits(rng, 8)}-{digits(rng, 4)}-4{digits(rng, 3)}-a{digits(rng, 3)}-{digits(rng, 12)}\n"
                f"  classCode: Radiology Report   typeCode: {EXAMS[s.key][2]}\n  creationTime: {D(ct)}\n"
                f"  serviceStartTime: {D(ct)}\n  author: {s.rad.form('HL7')}^^^^^^^^&{oid}&ISO ({FAC(s.fac.name)})\n"
                f"  sourcePatientInfo: PID-3|{MRN(pt.mrns[s.fac.abbr])}^^^{FAC(s.fac.abbr)}  PID-5|{p.form('HL7')}  "
                f"PID-7|{D(pt.dob.strftime('%Y%m%d'))}  PID-11|{ST(street)}^^{CITY(city)}^{state}^{ZIP(zp)}\n"
                f"  referenceIdList: {ACC(s.acc)}^^^^urn:ihe:iti:xds:2013:accession\n  mimeType: text/plain   size: "
                f"{rng.randint(1800, 4200)}\n")
        if k <= 3 or rng.random() < 0.5:
            meta += "  --- retrieved document ---\n" + render_report(w, s) + "  --- end ---\n"
        if k > 3 and vlen("".join(out)) + vlen(meta) > budget:
            break
        out.append(meta + "\n")
    return "".join(out), w
