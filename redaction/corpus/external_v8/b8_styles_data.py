"""Machine formats: HL7 v2 ORU, FHIR JSON, vendor XML export, DICOM header dumps."""

from __future__ import annotations

import random

from b8_bits import fac, phone
from b8_cast import date, email_for, hl7_ts, ip, later, pname, time
from b8_clinical import exam_name, findings, impression
from b8_markup import keep, pad, phi
from b8_pools import DOMAINS
from b8_scene import Scene


def _json_text(marked: str) -> str:
    return marked.replace("\\", "\\\\").replace('"', '\\"')


def hl7_oru(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """HL7 v2.x ORU^R01 with PID/PV1/ORC/OBR/OBX; timestamps are compact and split into date + time spans."""
    mod = rng.choice(["CT", "MR", "US", "XR"])
    p = sc.patient
    t = sc.exam
    assigning = rng.choice(["MRN", "MR", "PI"])
    addr = f"{phi('STREET_ADDRESS', sc.street)}^^{phi('CITY', sc.city)}^{sc.state}^{phi('ZIP', sc.zip)}^USA"
    tel = phone(rng, rng.choice(["paren", "dash"]), ext=False)
    segs = [
        (
            f"MSH|^~\\&|RIS|{fac(sc, rng)}|DRAFTGW|RADGATE|{hl7_ts(later(t, rng, 30, 90))}||ORU^R01|"
            f"MSG{rng.randint(10**7, 10**8)}|P|2.5.1"
        ),
        (
            f"PID|1||{phi('MRN', sc.ids.mrn)}^^^{assigning}^MR~{phi('SSN', sc.ids.ssn)}^^^SSA^SS||{pname(p, 'hl7')}"
            f"||{phi('DATE_TIME', date_str_compact(sc))}|{p.sex.upper()}|||{addr}||{tel}|||||"
            f"{phi('ACCOUNT_ID', sc.ids.account)}"
        ),
        (
            f"PV1|1|{rng.choice(['O', 'E', 'I'])}|{rng.choice(['RAD', 'ED', '4W'])}^{rng.randint(1, 40)}||||"
            f"{rng.randint(1000, 9999)}^{pname(sc.referrer, 'hl7')}^^^^DR"
        ),
        f"ORC|RE|{phi('ACCESSION', sc.ids.acc2)}|{phi('ACCESSION', sc.ids.acc)}",
        (
            f"OBR|1|{phi('ACCESSION', sc.ids.acc2)}|{phi('ACCESSION', sc.ids.acc)}|{rng.randint(70000, 77999)}^"
            f"{exam_name(rng, mod)}|||{hl7_ts(t)}|||||||||{rng.randint(1000, 9999)}^{pname(sc.referrer, 'hl7')}"
            f"||||||{hl7_ts(later(t, rng, 30, 300))}||{mod}|F|||||||{pname(sc.radiologist, 'hl7')}"
        ),
    ]
    body = findings(rng, mod, 3) + [impression(rng)]
    for k, line in enumerate(body, 1):
        segs.append(f"OBX|{k}|TX|{rng.choice(['GDT', '18782-3', '19005-8'])}^Report||{line}||||||F")
    return mod, "\r".join(segs) if rng.random() < 0.3 else "\n".join(segs)


def date_str_compact(sc: Scene) -> str:
    d = sc.dob
    return f"{d.year}{d.month:02d}{d.day:02d}"


def fhir_json(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """FHIR R4 Bundle fragment: Patient + DiagnosticReport as a system exports it (pretty-printed)."""
    mod = rng.choice(["CT", "MR", "US", "XR", "MG"])
    p = sc.patient
    base = f"https://fhir.{rng.choice(DOMAINS)}/R4"
    pid = rng.randint(10**5, 10**6)
    conclusion = _json_text(" ".join(findings(rng, mod, 2)) + " " + impression(rng))
    fam = f'"family": "{phi("PERSON", p.family)}", ' if p.family else ""
    text = f'''{{
  "resourceType": "Bundle", "type": "collection",
  "entry": [
    {{"fullUrl": "{phi("URL", f"{base}/Patient/{pid}")}",
     "resource": {{"resourceType": "Patient",
      "identifier": [{{"type": {{"text": "MRN"}}, "value": "{phi("MRN", sc.ids.mrn)}"}},
                     {{"type": {{"text": "Member ID"}}, "value": "{phi("HEALTH_PLAN_ID", sc.ids.plan)}"}}],
      "name": [{{"use": "official", {fam}"given": ["{phi("PERSON", p.given)}"]}}],
      "telecom": [{{"system": "phone", "value": "{phi("PHONE", _plain_phone(rng))}", "use": "mobile"}},
                  {{"system": "email", "value": "{phi("EMAIL", _mail(rng, sc))}"}}],
      "birthDate": "{date(sc.dob, "iso")}",
      "address": [{{"line": ["{phi("STREET_ADDRESS", sc.street)}"], "city": "{phi("CITY", sc.city)}",
                   "state": "{sc.state}", "postalCode": "{phi("ZIP", sc.zip)}"}}]}}}},
    {{"resource": {{"resourceType": "DiagnosticReport", "status": "final",
      "identifier": [{{"system": "urn:accession", "value": "{phi("ACCESSION", sc.ids.acc)}"}}],
      "code": {{"text": "{exam_name(rng, mod)}"}},
      "subject": {{"reference": "Patient/{pid}", "display": "{pname(p, "plain")}"}},
      "effectiveDateTime": "{date(sc.exam.date(), "iso")}T{time(sc.exam, "hms")}-05:00",
      "performer": [{{"display": "{pname(sc.radiologist, "plain")}, {keep("credential", "MD")}"}},
                    {{"display": "{fac(sc, rng)}"}}],
      "conclusion": "{conclusion}"}}}}
  ]
}}'''
    return mod, text


def _plain_phone(rng: random.Random) -> str:
    return rng.choice(["+1", ""]) + f"{rng.choice(['617', '614', '206'])}5550{rng.randint(100, 199)}"


def _mail(rng: random.Random, sc: Scene) -> str:
    return email_for(sc.patient, rng, rng.choice(["gmail.com", "yahoo.com", "comcast.net"]))


def xml_export(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """Vendor XML report export (attribute-heavy, mixed-case tags, CDATA report text)."""
    mod = rng.choice(["CT", "MR", "US"])
    p = sc.patient
    t = sc.exam
    report = " ".join(findings(rng, mod, 3)).replace("&", "&amp;")
    plan_name = rng.choice(["Commercial PPO", "Medicare Advantage", "Medicaid MCO"])
    signed = later(t, rng, 40, 400)
    signed_at = f"{date(signed.date(), 'iso')} {time(signed, 'hms')}"
    text = f'''<?xml version="1.0" encoding="UTF-8"?>
<RadReport version="3.2" site="{fac(sc, rng)}">
  <Patient id="{phi("MRN", sc.ids.mrn)}" sex="{p.sex.upper()}">
    <Name><Last>{phi("PERSON", p.surname())}</Last><First>{phi("PERSON", p.given) if p.family else ""}</First></Name>
    <DOB>{date(sc.dob, rng.choice(["iso", "us"]))}</DOB>
    <Insurance plan="{plan_name}">{phi("HEALTH_PLAN_ID", sc.ids.plan)}</Insurance>
    <Guarantor relation="{sc.relation}">{pname(sc.relative, "last_first")}</Guarantor>
  </Patient>
  <Order accession="{phi("ACCESSION", sc.ids.acc)}" priority="{rng.choice(["STAT", "ROUTINE", "ASAP"])}">
    <Procedure modality="{keep("modality", mod)}">{exam_name(rng, mod)}</Procedure>
    <Ordering npi="{rng.randint(10**9, 2 * 10**9)}">{pname(sc.referrer, "LAST_FIRST")}</Ordering>
    <Scheduled>{date(t.date(), "iso")}T{time(t, "hm")}</Scheduled>
  </Order>
  <Result status="F" signedBy="{pname(sc.radiologist, "initial_last")}" signedAt="{signed_at}">
    <Text><![CDATA[{report}
{impression(rng)}]]></Text>
  </Result>
  <Viewer href="{phi("URL", f"http://{ip(rng)}:8080/viewer?study={sc.ids.acc}")}"/>
</RadReport>'''
    return mod, text


def dicom_dump(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """dcmdump-style header listing of one image: tags, VRs, bracketed values, a scanner serial and a node IP."""
    mod = rng.choice(["CT", "MR", "MG"])
    p = sc.patient
    t = sc.exam
    age = f"{sc.age:03d}"
    age_val = phi("AGE_OVER_89", age) + "Y" if sc.age > 89 else keep("age_under_90", f"{age}Y")
    name, short = sc.facility

    def tag(code: str, vr: str, value: str, label: str) -> str:
        return pad(f"({code}) {vr} [{value}]", 60) + f"#  {label}"

    lines = [
        (
            f"# Dicom-File-Format  (received from {phi('IP_ADDRESS', ip(rng))} "
            f"AE {rng.choice(['CT_SCU1', 'MRW_STORE', 'PACS_QR'])})"
        ),
        tag("0008,0020", "DA", date(t.date(), "compact"), "StudyDate"),
        tag("0008,0030", "TM", phi("DATE_TIME", f"{t.hour:02d}{t.minute:02d}{t.second:02d}"), "StudyTime"),
        tag("0008,0050", "SH", phi("ACCESSION", sc.ids.acc), "AccessionNumber"),
        tag("0008,0060", "CS", keep("modality", mod), "Modality"),
        tag("0008,0080", "LO", phi("FACILITY", name), "InstitutionName"),
        tag(
            "0008,0081",
            "ST",
            f"{phi('STREET_ADDRESS', sc.street)}, {phi('CITY', sc.city)} {sc.state}",
            "InstitutionAddress",
        ),
        tag("0008,0090", "PN", pname(sc.referrer, "hl7"), "ReferringPhysicianName"),
        tag("0008,1030", "LO", exam_name(rng, mod), "StudyDescription"),
        tag("0008,1050", "PN", pname(sc.radiologist, "hl7"), "PerformingPhysicianName"),
        tag("0010,0010", "PN", pname(p, "hl7"), "PatientName"),
        tag("0010,0020", "LO", phi("MRN", sc.ids.mrn), "PatientID"),
        tag("0010,0030", "DA", phi("DATE_TIME", date_str_compact(sc)), "PatientBirthDate"),
        tag("0010,1010", "AS", age_val, "PatientAge"),
        tag("0018,1000", "LO", phi("DEVICE_SERIAL", str(rng.randint(10**4, 10**6))), "DeviceSerialNumber"),
        tag(
            "0018,0024",
            "SH",
            keep("sequence", rng.choice(["T2 FLAIR", "DWI", "STIR", "SWI"]))
            if mod == "MR"
            else rng.choice(["HELICAL", "AXIAL"]),
            "SequenceName",
        ),
        tag("0032,1032", "PN", pname(sc.resident, "hl7"), "RequestingPhysician"),
        tag("0040,0244", "DA", date(later(t, rng, -30, -5).date(), "compact"), "PerformedProcedureStepStartDate"),
    ]
    if short:
        lines.append(tag("0008,1010", "SH", phi("FACILITY", short) + f"_{mod}{rng.randint(1, 4)}", "StationName"))
    return mod, "\n".join(lines)
