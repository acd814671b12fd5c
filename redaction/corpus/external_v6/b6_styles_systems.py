"""Styles emitted by machines: RIS report headers, HL7 v2 ORU messages, FHIR JSON, XML exports, CSV worklists.

Each style takes the document's random generator and returns (modality, marked text).
"""

from __future__ import annotations

import datetime as dt
import json
import random

import b6_case as cs
import b6_values as val
from b6_case import age, date, name, p, time
from b6_clinical import header
from b6_markup import keep


def ris_order_header(rng: random.Random) -> tuple[str, str]:
    """A RIS/PACS report with a banner header block, then the report and the signature lines."""
    c = cs.make_case(rng)
    s = c.site
    bar = rng.choice(["=" * 60, "-" * 60, "*" * 48])
    sex = "F" if c.patient.sex == "F" else "M"
    dob_form = rng.choice(["mdY", "m/d/Y", "dMonY", "iso"])
    lines = [bar, f"{cs.facility(c)} - DEPARTMENT OF RADIOLOGY",
             f"{cs.site_address(c)}   Ph {p('PHONE', s.phone)}", bar,
             f"PATIENT: {name(c.patient, 'upper')}{' ' * rng.randint(2, 8)}MRN: {p('MRN', c.mrn)}",
             f"DOB: {date(c.dob, dob_form)} ({age(c.age, 'Y')})  SEX: {sex}  ACCT#: "
             f"{p('ACCOUNT_ID', val.account_id(rng))}",
             f"ACCESSION: {p('ACCESSION', c.acc)}   PT CLASS: {rng.choice(['ED', 'IP', 'OP', 'OBS'])}",
             f"EXAM DATE/TIME: {date(c.exam, 'mdY')} {time(c.exam, rng.choice(['hm', 'ampm', 'hhmm']))}",
             f"ORDERING: {name(c.referrer, 'upper')} {keep('credential', c.ref_cred)}",
             f"PCP: {cs.dr(c.resident)}" if rng.random() < 0.4 else f"TECH: {name(c.tech, 'initials')}",
             bar, cs.report_body(rng, c), ""]
    sig_time = rng.choice(["hm", "ampm", "hours"])
    lines.append(f"Electronically signed by: {cs.signed_name(c.radiologist, c.rad_cred, 'full_mi')} "
                 f"on {date(c.signed, 'mdY')} at {time(c.signed, sig_time)}")
    if rng.random() < 0.6:
        lines.append(f"Prelim by: {name(c.resident, 'initial_last')}, {keep('credential', 'MD')} (PGY-"
                     f"{rng.randint(2, 5)})  Transcribed: {rng.choice(['PS360', 'VR', 'self-edited'])}")
    return c.modality, "\n".join(lines)


def hl7_oru(rng: random.Random) -> tuple[str, str]:
    """An HL7 v2.5.1 ORU^R01 result message, report text in OBX-5, segment separator CR or LF."""
    c = cs.make_case(rng)
    abbr = cs.facility(c, abbreviated=True)
    st = c.home_region or "XX"
    ts_msg = val.hl7_ts(c.signed)
    ssn = f"|{p('SSN', val.ssn(rng))}" if rng.random() < 0.45 else "|"
    dob = p("DATE_TIME", c.dob.strftime("%Y%m%d"))
    pid = (f"PID|1||{p('MRN', c.mrn)}^^^{abbr}^MR||{name(c.patient, 'hl7')}||{dob}|"
           f"{c.patient.sex}|||{p('STREET_ADDRESS', c.home_street.upper())}^^{p('CITY', c.home_city.upper())}^{st}^"
           f"{p('ZIP', c.home_postcode)}^USA||{p('PHONE', c.home_phone)}|||||{p('ACCOUNT_ID', val.account_id(rng))}"
           f"{ssn}")
    ref = f"^{name(c.referrer, 'hl7')}^^^DR^{keep('credential', c.ref_cred)}"
    rad = f"^{name(c.radiologist, 'hl7')}^^^DR^{keep('credential', c.rad_cred.split(', ')[0])}"
    segs = [f"MSH|^~\\&|RIS|{abbr}|EHR|{abbr}|{p('DATE_TIME', ts_msg)}||ORU^R01|{rng.randint(10**6, 10**7)}|P|2.5.1",
            pid, f"PV1|1|{rng.choice(['E', 'I', 'O'])}|{rng.choice(['ED', '4W', 'RAD'])}^{rng.randint(1, 40)}^A|||"
                 f"|{ref}|||||||||||"]
    if rng.random() < 0.5:
        segs.append(f"IN1|1|{rng.choice(['BCBS01', 'MCR', 'AETNA', 'UHC'])}||{rng.choice(['BLUE CROSS', 'MEDICARE'])}"
                    f"|||||||||||||||||||||||||||||||||{p('HEALTH_PLAN_ID', val.plan_id(rng))}")
    obr_study = c.study
    segs.append(f"OBR|1||{p('ACCESSION', c.acc)}|{rng.randint(70000, 79999)}^{obr_study}|||"
                f"{p('DATE_TIME', val.hl7_ts(c.exam))}|||||||||{ref}||||||{p('DATE_TIME', ts_msg)}||"
                f"{c.modality}|F||||||"
                f"|{rad}")
    body = cs.report_body(rng, c).split("\n")
    for i, line in enumerate(body, 1):
        segs.append(f"OBX|{i}|TX|&GDT^REPORT TEXT||{line}||||||F")
    segs.append(f"OBX|{len(body) + 1}|TX|&GDT^REPORT TEXT||Signed: {cs.signed_name(c.radiologist, c.rad_cred)} "
                f"{date(c.signed, 'mdY')} {time(c.signed, 'hm')}||||||F")
    return c.modality, rng.choice(["\r", "\n"]).join(segs)


def fhir_json(rng: random.Random) -> tuple[str, str]:
    """A FHIR R4 DiagnosticReport with a contained Patient, pretty-printed JSON."""
    c = cs.make_case(rng)
    s = c.site
    base = f"https://fhir.{s.domain}/r4"
    given = [p("PERSON", g) for g in c.patient.given.split()] + ([p("PERSON", c.patient.middle)]
                                                                   if c.patient.middle else [])
    patient = {"resourceType": "Patient", "id": "pat1",
               "identifier": [{"type": {"text": "MRN"}, "system": p("URL", f"{base}/sid/mrn"), "value": p("MRN",
                                                                                                          c.mrn)}],
               "name": [{"family": p("PERSON", c.patient.surname())} | ({} if c.patient.mononym else {"given": given})],
               "gender": "female" if c.patient.sex == "F" else "male",
               "birthDate": p("DATE_TIME", c.dob.isoformat()),
               "telecom": [{"system": "phone", "value": p("PHONE", c.home_phone), "use": "mobile"}],
               "address": [{"line": [p("STREET_ADDRESS", c.home_street)], "city": p("CITY", c.home_city),
                            "state": c.home_region, "postalCode": p("ZIP", c.home_postcode)}]}
    if c.age >= 90 and rng.random() < 0.5:
        patient["extension"] = [{"url": "age-at-exam", "valueString": age(c.age, "years")}]
    eff = c.exam.strftime("%Y-%m-%dT%H:%M:%S") + rng.choice(["-05:00", "-04:00", "Z", "-07:00"])
    report = {
        "resourceType": "DiagnosticReport", "contained": [patient],
        "identifier": [{"system": p("URL", f"{base}/sid/accession"), "value": p("ACCESSION", c.acc)}],
        "status": rng.choice(["final", "preliminary", "amended"]),
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "RAD"}]}],
        "code": {"text": c.study}, "subject": {"reference": "#pat1", "display": name(c.patient, "full")},
        "effectiveDateTime": p("DATE_TIME", eff),
        "issued": p("DATE_TIME", c.signed.strftime("%Y-%m-%dT%H:%M:%S") + "Z"),
        "performer": [{"display": f"{name(c.radiologist, 'full')}, {keep('credential', c.rad_cred.split(', ')[0])}"},
                      {"display": cs.facility(c)}],
        "conclusion": " ".join(c.impression),
        "presentedForm": [{"contentType": "text/plain", "data": "(base64 omitted)",
                           "url": p("URL", f"{base}/Binary/rpt-{c.acc}")}],
        "note": [{"text": "\n".join(c.findings)}],
    }
    return c.modality, json.dumps(report, indent=rng.choice([1, 2]), ensure_ascii=False)


def _xml(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_export(rng: random.Random) -> tuple[str, str]:
    """A vendor XML report export (dictation system to EHR interface), entities escaped."""
    c = cs.make_case(rng)
    pt = c.patient
    rows = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<RadiologyReport version=\"3.2\">",
            f"  <Site code=\"{cs.facility(c, abbreviated=True)}\">{_xml(cs.facility(c))}</Site>",
            "  <Patient>",
            f"    <LastName>{p('PERSON', _xml(pt.surname()))}</LastName>"]
    if not pt.mononym:
        rows.append(f"    <FirstName>{p('PERSON', pt.given)}</FirstName>")
    rows += [f"    <MRN assigningAuthority=\"{cs.facility(c, abbreviated=True)}\">{p('MRN', c.mrn)}</MRN>",
             f"    <DOB>{date(c.dob, rng.choice(['iso', 'compact', 'mdY']))}</DOB>",
             f"    <Age unit=\"Y\">{age(c.age, 'years')}</Age>" if rng.random() < 0.6 else "    <Sex>U</Sex>",
             f"    <HomePhone>{p('PHONE', c.home_phone)}</HomePhone>", "  </Patient>",
             f"  <Order accession=\"{p('ACCESSION', c.acc)}\" priority=\"{rng.choice(['STAT', 'ROUTINE'])}\">",
             f"    <Procedure>{_xml(c.study)}</Procedure>",
             f"    <Ordering>{p('PERSON', _xml(c.referrer.upper()))}</Ordering>",
             f"    <ExamDate>{date(c.exam, 'iso')}</ExamDate><ExamTime>{time(c.exam, 'hms')}</ExamTime>",
             "  </Order>", "  <Sections>"]
    for h, body in (("FINDINGS", "\n".join(c.findings)), ("IMPRESSION", " ".join(c.impression))):
        rows.append(f"    <Section title=\"{header(h)}\"><![CDATA[{body}]]></Section>")
    rows += ["  </Sections>",
             f"  <Signature by=\"{p('PERSON', c.radiologist.full())}\" credential=\"{keep('credential', 'MD')}\" "
             f"ts=\"{p('DATE_TIME', c.signed.strftime('%Y-%m-%dT%H:%M:%S'))}\"/>",
             f"  <Workstation ip=\"{p('IP_ADDRESS', val.ip(rng))}\" user=\"rad{rng.randint(1, 40):02d}\"/>",
             "</RadiologyReport>"]
    return c.modality, "\n".join(rows)


def csv_export(rng: random.Random) -> tuple[str, str]:
    """A CSV turnaround-time export from the RIS, one row per study (several patients)."""
    cols = ["MRN", "Patient Name", "DOB", "Accession", "Exam Date", "Exam Time", "Mod", "Procedure", "Ordering",
            "Reading Rad", "Site", "TAT_min"]
    sep = rng.choice([",", ",", ";", "\t"])
    lines = [sep.join(cols)]
    modality = "CT"
    for _ in range(rng.randint(4, 7)):
        c = cs.make_case(rng)
        modality = c.modality
        pname = name(c.patient, "upper")
        if sep == ",":
            pname = f"\"{pname}\""
        cells = [p("MRN", c.mrn), pname, date(c.dob, "mdY"), p("ACCESSION", c.acc), date(c.exam, "mdY"),
                 time(c.exam, "hm"), keep("modality", c.modality), c.study, name(c.referrer, "upper"),
                 p("PERSON", c.radiologist.surname()), cs.facility(c, abbreviated=True), str(rng.randint(4, 900))]
        if sep == ",":
            cells[8] = p("PERSON", c.referrer.full())
        lines.append(sep.join(cells))
    lines.append(f"# exported {date(val.random_datetime(rng, dt.date(2026, 1, 5), 60), 'iso')}"
                 f" rows={len(lines) - 1}")
    return modality, "\n".join(lines)


STYLES = {"ris_order_header": ris_order_header, "hl7_oru": hl7_oru, "fhir_json": fhir_json,
          "xml_export": xml_export, "csv_export": csv_export}
