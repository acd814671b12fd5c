"""Machine-formatted styles: HL7 v2 messages, FHIR/JSON payloads, DICOM header dumps and CDA XML, worklist
tables and CSV exports. Values sit between delimiters, not in sentences."""

from __future__ import annotations

import json
from datetime import date, timedelta

import b7_formats as fm
import b7_pools as pools
from b7_case import Case, ascii_fold, make_person
from b7_clinical import pick_exam
from b7_common import report_body
from b7_markup import CLOSE, KEEP_OPEN, PHI_OPEN, SEP, keep, phi


def _age_token(c: Case, text: str, digits_only: str) -> str:
    """DICOM/worklist age: the digits are AGE_OVER_89 at 90+, the whole token an age_under_90 keep otherwise."""
    if c.age >= 90:
        return text.replace(digits_only, phi("AGE_OVER_89", digits_only), 1)
    return keep("age_under_90", text)


def hl7_v2(c: Case) -> str:
    """HL7 v2.5 ADT^A08 or ORM^O01 message with PID, PV1, NK1, IN1, ORC/OBR and OBX report lines."""
    r = c.rng
    ts = c.exam_dt
    p = c.patient
    kind = r.choice(("ADT^A08", "ORM^O01", "ORU^R01"))
    fac = phi("FACILITY", ascii_fold(c.facility[0]).upper())
    street = phi("STREET_ADDRESS", ascii_fold(c.street).upper())
    addr = f"{street}^^{phi('CITY', ascii_fold(c.city).upper())}^{c.state}^{phi('ZIP', c.zip)}"
    mrn, acct = c.value("mrn"), c.value("acct")
    seg = [
        f"MSH|^~\\&|RIS|{fac}|EHR|HOSP|{phi('DATE_TIME', fm.hl7_ts(ts))}||{kind}|MSG{fm.digits(r, 8)}|P|2.5.1",
        f"EVN|{kind[-3:]}|{phi('DATE_TIME', fm.hl7_ts(ts + timedelta(seconds=4)))}",
        f"PID|1||{phi('MRN', mrn)}^^^HOSP^MR"
        + (f"~{phi('SSN', c.value('ssn'))}^^^USSSA^SS" if r.random() < 0.5 else "")
        + f"||{c.name('patient', 'hl7')}||{phi('DATE_TIME', fm.fmt_date(c.dob, 'hl7_date'))}|{p.sex}|||{addr}||"
        f"{c.phone()}^PRN^PH~^NET^Internet^{c.email()}|||||{phi('ACCOUNT_ID', acct)}",
        (
            f"PV1|1|{r.choice('OIE')}|RAD^CT{r.randint(1, 4)}^^HOSP||||^{c.name('referrer', 'hl7')}^^^DR|"
            f"^{c.name('pcp', 'hl7')}^^^DR||||||||||||{phi('ACCOUNT_ID', acct)}"
        ),
    ]
    if kind == "ADT^A08":
        seg += [
            (
                f"NK1|1|{c.name('relative', 'hl7')}|{c.relation[:3].upper()}^{c.relation.title()}"
                f"|{addr}|{c.phone('phone2')}"
            ),
            (
                f"IN1|1|{r.choice(('MCR', 'BCBS', 'AETNA', 'MCD'))}|{fm.digits(r, 5)}|PAYER|||||||||||"
                f"{c.name('patient', 'hl7')}|01|{phi('DATE_TIME', fm.fmt_date(c.dob, 'hl7_date'))}|{addr}"
                f"||||||||||||||||{phi('HEALTH_PLAN_ID', c.value('plan'))}"
            ),
        ]
    seg += [
        f"ORC|{'NW' if kind == 'ORM^O01' else 'RE'}|{phi('ACCESSION', c.value('acc'))}|||CM",
        (
            f"OBR|1|{phi('ACCESSION', c.value('acc'))}||{fm.digits(r, 5)}^{c.exam.render_title(r)}^CPT|||"
            f"{phi('DATE_TIME', fm.hl7_ts(ts))}|||||||||^{c.name('referrer', 'hl7')}"
        ),
    ]
    if kind == "ORU^R01":
        body = report_body(c, "upper", n_findings=2, with_technique=False).split("\n")
        seg += [f"OBX|{i}|TX|RPT^Report||{line}||||||F" for i, line in enumerate(body, 1)]
        seg.append(
            f"OBX|{len(body) + 1}|TX|SIG^Signature||{c.name('radiologist', 'hl7')}||||||F|||"
            f"{phi('DATE_TIME', fm.hl7_ts(ts + timedelta(minutes=41)))}"
        )
    return "\r\n".join(seg) if r.random() < 0.3 else "\n".join(seg)


def _json(obj: object, indent: int | None) -> str:
    """json.dumps that lets span marks through (json escapes control characters; they are put back)."""
    s = json.dumps(obj, ensure_ascii=False, indent=indent)
    for ch in (PHI_OPEN, KEEP_OPEN, SEP, CLOSE):
        s = s.replace(f"\\u{ord(ch):04x}", ch)
    return s


def fhir_json(c: Case) -> str:
    """FHIR R4 Patient/ServiceRequest bundle or a home-grown JSON drafting request."""
    r = c.rng
    p = c.patient
    if r.random() < 0.6:
        patient = {
            "resourceType": "Patient",
            "identifier": [
                {
                    "system": "urn:oid:2.16.840.1.113883.19.5",
                    "type": {"text": "MRN"},
                    "value": phi("MRN", c.value("mrn")),
                }
            ],
            "name": [
                {
                    "use": "official",
                    "family": phi("PERSON", p.family or p.given),
                    "given": [phi("PERSON", g) for g in (p.given, p.middle) if g],
                }
            ],
            "telecom": [
                {"system": "phone", "value": c.phone(), "use": "mobile"},
                {"system": "email", "value": c.email()},
            ],
            "birthDate": phi("DATE_TIME", fm.fmt_date(c.dob, "iso")),
            "address": [
                {
                    "line": [phi("STREET_ADDRESS", c.street)],
                    "city": phi("CITY", c.city),
                    "state": c.state,
                    "postalCode": phi("ZIP", c.zip),
                }
            ],
            "contact": [
                {
                    "relationship": [{"text": c.relation}],
                    "name": {"text": c.name("relative", "first_last")},
                    "telecom": [{"system": "phone", "value": c.phone("phone2")}],
                }
            ],
        }
        if p.family == "" and patient["name"][0]["given"]:
            patient["name"][0].pop("given")
        request = {
            "resourceType": "ServiceRequest",
            "status": "active",
            "identifier": [{"type": {"text": "Accession"}, "value": phi("ACCESSION", c.value("acc"))}],
            "code": {"text": c.exam.render_title(r)},
            "occurrenceDateTime": phi("DATE_TIME", f"{c.exam_dt:%Y-%m-%dT%H:%M:%S}-05:00"),
            "requester": {"display": c.name("referrer", "first_last")},
            "reasonCode": [{"text": c.exam.render_indication(r)}],
            "note": [
                {
                    "text": f"Prior at {c.fac('outside')} {c.date(c.prior_dt, 'mdy')}; call "
                    f"{phi('PHONE', c.extra['ext'])} when read"
                }
            ],
        }
        bundle = {
            "resourceType": "Bundle",
            "type": "collection",
            "entry": [{"resource": patient}, {"resource": request}],
        }
        return _json(bundle, 2)
    payload = {
        "task": "draft_impression",
        "model_hint": "concise",
        "context": {
            "patient_name": c.name("patient", "first_last"),
            "dob": c.date(c.dob, "mdy"),
            "age": _age_token(c, f"{c.age}Y", str(c.age)),
            "mrn": phi("MRN", c.value("mrn")),
            "acc": phi("ACCESSION", c.value("acc")),
            "site": c.fac(short=True),
            "ordering": c.name("referrer", "last_first"),
            "exam_time": c.time(c.exam_dt, "hms"),
            "exam_date": c.date(c.exam_dt, "iso"),
        },
        "findings": c.exam.render_findings(r, 3),
        "instructions": f"Write the impression in the style of {c.dr('radiologist')}. Do not include the MRN.",
    }
    return _json(payload, None if r.random() < 0.4 else 1)


def dicom_xml(c: Case) -> str:
    """dcmdump-style DICOM header, or a CDA XML recordTarget/author fragment."""
    r = c.rng
    if r.random() < 0.55:
        sn = f"{fm.letters(r, 2)}{fm.digits(r, 5)}"
        age_digits = f"{c.age:03d}"
        rows = [
            ("0008,0020", "DA", phi("DATE_TIME", fm.fmt_date(c.exam_dt, "compact")), "StudyDate"),
            ("0008,0030", "TM", phi("DATE_TIME", f"{c.exam_dt:%H%M%S}.000"), "StudyTime"),
            ("0008,0050", "SH", phi("ACCESSION", c.value("acc")), "AccessionNumber"),
            ("0008,0060", "CS", keep("modality", c.exam.modality), "Modality"),
            ("0008,0080", "LO", c.fac(), "InstitutionName"),
            ("0008,0090", "PN", c.name("referrer", "dicom"), "ReferringPhysicianName"),
            ("0008,1010", "SH", f"{c.exam.modality}{r.randint(1, 5)}_ROOM{r.randint(1, 3)}", "StationName"),
            ("0008,1030", "LO", c.exam.render_title(r), "StudyDescription"),
            ("0008,1060", "PN", c.name("radiologist", "dicom"), "NameOfPhysiciansReadingStudy"),
            ("0010,0010", "PN", c.name("patient", "hl7"), "PatientName"),
            ("0010,0020", "LO", phi("MRN", c.value("mrn")), "PatientID"),
            ("0010,0030", "DA", phi("DATE_TIME", fm.fmt_date(c.dob, "compact")), "PatientBirthDate"),
            ("0010,0040", "CS", c.patient.sex, "PatientSex"),
            ("0010,1010", "AS", _age_token(c, f"{age_digits}Y", age_digits), "PatientAge"),
            (
                "0010,1040",
                "LO",
                f"{phi('STREET_ADDRESS', ascii_fold(c.street))}^{phi('CITY', c.city)}^{c.state}^{phi('ZIP', c.zip)}",
                "PatientAddress",
            ),
            ("0010,2154", "SH", c.phone(), "PatientTelephoneNumbers"),
            ("0018,1000", "LO", phi("DEVICE_SERIAL", sn), "DeviceSerialNumber"),
            ("0020,0010", "SH", fm.digits(r, 4), "StudyID"),
            ("0032,1032", "PN", c.name("referrer", "dicom"), "RequestingPhysician"),
        ]
        out = [f"# dcmdump (file: /import/{fm.digits(r, 8)}/IM0001.dcm, from {phi('IP_ADDRESS', c.extra['ip'])}:104)"]
        out += [f"({tag}) {vr} [{val}]  # {name}" for tag, vr, val, name in rows if r.random() < 0.9]
        return "\n".join(out)
    p = c.patient
    given = "".join(f"<given>{phi('PERSON', g)}</given>" for g in (p.given, p.middle) if g)
    return "\n".join(
        (
            '<ClinicalDocument xmlns="urn:hl7-org:v3">',
            f'  <effectiveTime value="{phi("DATE_TIME", fm.hl7_ts(c.exam_dt) + "-0500")}"/>',
            "  <recordTarget><patientRole>",
            f'    <id root="2.16.840.1.113883.19.5" extension="{phi("MRN", c.value("mrn"))}"/>',
            (
                f'    <addr use="HP"><streetAddressLine>{phi("STREET_ADDRESS", c.street)}</streetAddressLine>'
                f"<city>{phi('CITY', c.city)}</city>"
                f"<state>{c.state}</state><postalCode>{phi('ZIP', c.zip)}</postalCode></addr>"
            ),
            f'    <telecom use="MC" value="tel:{phi("PHONE", fm.us_phone(r, "one_dash"))}"/>',
            f'    <telecom value="mailto:{c.email()}"/>',
            (
                f"    <patient><name>{given}<family>{phi('PERSON', p.family or p.given)}</family></name>"
                f'<administrativeGenderCode code="{p.sex}"/>'
                f'<birthTime value="{phi("DATE_TIME", fm.fmt_date(c.dob, "hl7_date"))}"/></patient>'
            ),
            "  </patientRole></recordTarget>",
            (
                f'  <author><time value="{phi("DATE_TIME", fm.hl7_ts(c.exam_dt + timedelta(minutes=50)))}"/>'
                f"<assignedAuthor>"
                f"<assignedPerson><name><prefix>Dr.</prefix>{c.name('radiologist', 'first_last')}"
                f"<suffix>{keep('credential', 'MD')}</suffix></name>"
                f"</assignedPerson><representedOrganization>"
                f"<name>{c.fac()}</name></representedOrganization></assignedAuthor></author>"
            ),
            (
                f"  <component><section><title>{keep('section_header', 'IMPRESSION')}</title>"
                f"<text>{c.exam.render_impression(r)}</text></section></component>"
            ),
            "</ClinicalDocument>",
        )
    )


def _row_person(c: Case, i: int):
    """A patient on the worklist (the case's own first): (person, mrn, accession, age, dob, exam)."""
    r = c.rng
    if i == 0:
        return c.patient, c.value("mrn"), c.value("acc"), c.age, c.dob, c.exam
    p = make_person(r)
    age = r.choice((r.randint(20, 89), r.randint(90, 101), r.randint(2, 17)))
    dob = date(c.exam_dt.year - age - 1, r.randint(1, 12), r.randint(1, 28))
    return p, fm.mrn(r)[1], fm.accession(r)[1], age, dob, pick_exam(r, p.sex, age)


def _age_cell(age: int, text: str) -> str:
    return text.replace(str(age), phi("AGE_OVER_89", str(age)), 1) if age >= 90 else keep("age_under_90", text)


def worklist_csv(c: Case) -> str:
    """Scheduling CSV export, teleradiology worklist table, or a markdown schedule pasted into a prompt."""
    r = c.rng
    form = r.choice(("csv", "telerad", "markdown"))
    n = r.randint(3, 6)
    rows = []
    for i in range(n):
        p, mrn, acc, age, dob, exam = _row_person(c, i)
        rows.append((p, mrn, acc, age, dob, c.exam_dt + timedelta(minutes=20 * i), exam))
    if form == "csv":
        out = ["appt_date,appt_time,mrn,patient_name,dob,age,exam,room,ordering_provider,callback,status"]
        for p, mrn, acc, age, dob, t, exam in rows:
            out.append(
                ",".join(
                    (
                        phi("DATE_TIME", fm.fmt_date(t, "mdy")),
                        phi("DATE_TIME", fm.fmt_time(t, "hm")),
                        phi("MRN", mrn),
                        f'"{phi("PERSON", p.form("last_first_upper"))}"',
                        phi("DATE_TIME", fm.fmt_date(dob, "mdy")),
                        _age_cell(age, str(age)),
                        exam.render_title(r).replace(",", ""),
                        f"{exam.modality}{r.randint(1, 3)}",
                        f'"{phi("PERSON", make_person(r).form("last_first"))}"',
                        phi("PHONE", fm.us_phone(r, "dash")),
                        r.choice(("ARRIVED", "SCHEDULED", "NO SHOW", "CANCELLED")),
                    )
                )
            )
        return "\n".join(out)
    if form == "telerad":
        company = r.choice(pools.TELERAD_COMPANIES)
        out = [
            (
                f"{company} - ACTIVE WORKLIST  ({phi('DATE_TIME', fm.fmt_date(c.exam_dt, 'mdy'))} night shift, "
                f"reader {c.name('radiologist', 'initial_last')})"
            ),
            "PRI | RECEIVED | SITE | ACCESSION | PATIENT | AGE/SEX | EXAM | STATUS",
        ]
        for (p, mrn, acc, age, dob, t, exam), (fac, _abbr) in zip(
            rows, r.sample(pools.FACILITIES + pools.OUTSIDE_FACILITIES, n)
        ):
            out.append(
                " | ".join(
                    (
                        r.choice(("STAT", "STAT", "ED", "INPT")),
                        phi("DATE_TIME", fm.fmt_time(t, "hms")),
                        phi("FACILITY", fac),
                        phi("ACCESSION", acc),
                        phi("PERSON", p.form("last_first_upper")),
                        f"{_age_cell(age, f'{age}Y')}/{p.sex}",
                        exam.render_title(r),
                        r.choice(("UNREAD", "PRELIM SENT", "IN PROGRESS")),
                    )
                )
            )
        coordinator = phi("PHONE", fm.us_phone(r, "ext"))
        bridge = f"https://status.{r.choice(('nighthawkreads', 'sentinel-telerad'))}.com/bridge/{fm.digits(r, 6)}"
        out.append(f"Escalations: call site coordinator at {coordinator}; IT bridge {phi('URL', bridge)}")
        return "\n".join(out)
    out = [
        f"Can you turn this into a handoff note for {c.dr('resident', 'first_last')}? Tomorrow's list:",
        "",
        "| Time | Patient | MRN | Exam | Notes |",
        "|---|---|---|---|---|",
    ]
    for p, mrn, acc, age, dob, t, exam in rows:
        note = r.choice(
            ("needs sedation", "interpreter booked", "creatinine pending", f"age {age}", "claustro, prefers music")
        )
        if note.startswith("age"):
            note = f"age {_age_cell(age, str(age))}"
        out.append(
            f"| {phi('DATE_TIME', fm.fmt_time(t, 'ampm'))} | "
            f"{phi('PERSON', p.form(r.choice(('first_last', 'last_first', 'initial_last'))))} "
            f"| {phi('MRN', mrn)} | {exam.render_title(r)} | {note} |"
        )
    return "\n".join(out)
