"""Machine-format styles pasted into prompts: FHIR-ish JSON, CDA-ish XML, QA spreadsheet, image import request,
protocoling queue. Values sit inside quotes, tags and cells, where context words are scarce."""

from __future__ import annotations

import datetime as dt
import random

from . import when
from .case import Case, new_case
from .common import history, study_for
from .markup import kp


def fhir_json(c: Case, rng: random.Random) -> tuple[str, str]:
    """A FHIR-like Patient + DiagnosticReport bundle fragment with an instruction line."""
    s = study_for(c, rng)
    p = c.patient
    given = f'"{p.first_only()}"' + (f', "{c.p("PERSON", p.middle)}"' if p.middle else "")
    family = f'"family": "{p.last_only()}", ' if not p.mononym else ""
    text = (
        "Summarize this for the referring doctor in two sentences:\n"
        "{\n"
        '  "resourceType": "Bundle",\n'
        '  "entry": [\n'
        '    {"resource": {"resourceType": "Patient",\n'
        f'      "identifier": [{{"system": "urn:mrn", "value": "{c.p("MRN", c.mrn)}"}}],\n'
        f'      "name": [{{{family}"given": [{given}]}}],\n'
        f'      "birthDate": "{c.dob_str("iso")}",\n'
        f'      "telecom": [{{"system": "phone", "value": "{c.p("PHONE", c.phone)}"}}],\n'
        f'      "address": [{{"line": ["{c.p("STREET_ADDRESS", c.street)}"], "city": "{c.p("CITY", c.city)}", '
        f'"state": "{c.state}", "postalCode": "{c.p("ZIP", c.zip)}"}}]}}}},\n'
        '    {"resource": {"resourceType": "DiagnosticReport", "status": "final",\n'
        f'      "identifier": [{{"type": "ACSN", "value": "{c.p("ACCESSION", c.accession)}"}}],\n'
        f'      "effectiveDateTime": "{when.iso_datetime(c.study_date, c.study_time)}",\n'
        f'      "performer": [{{"display": "{c.radiologist.plain_name()}"}}],\n'
        f'      "conclusion": "{s.impression} {s.findings[-1]}"}}}}'
        f',\n    {{"resource": {{"resourceType": "Coverage", "subscriberId": "{c.p("HEALTH_PLAN_ID", c.plan_id)}"}}}}\n'
        "  ]\n}"
    )
    return s.modality, text


def cda_xml(c: Case, rng: random.Random) -> tuple[str, str]:
    """A CDA-like XML header and imaging section, as exported by an HIE and pasted whole."""
    s = study_for(c, rng)
    p = c.patient
    fam = f"<family>{p.last_only()}</family>" if not p.mononym else ""
    text = "\n".join([
        "<ClinicalDocument>",
        f'  <effectiveTime value="{when.date(c.study_date, "compact")}{c.t(fmt="military")}"/>',
        "  <recordTarget><patientRole>",
        f'    <id root="2.16.840.1.113883.19.5" extension="{c.p("MRN", c.mrn)}"/>',
        f'    <id root="2.16.840.1.113883.4.1" extension="{c.p("SSN", c.ssn)}"/>',
        f"    <addr><streetAddressLine>{c.p('STREET_ADDRESS', c.street)}</streetAddressLine>"
        f"<city>{c.p('CITY', c.city)}</city><state>{c.state}</state>"
        f"<postalCode>{c.p('ZIP', c.zip)}</postalCode></addr>",
        f'    <telecom value="tel:{c.p("PHONE", c.phone)}"/>',
        f"    <patient><name><given>{p.first_only()}</given>{fam}</name>",
        f'      <birthTime value="{c.dob_str("compact")}"/></patient>',
        "  </patientRole></recordTarget>",
        f"  <author><assignedPerson><name>{c.radiologist.plain_name()}</name></assignedPerson>",
        f"    <representedOrganization><name>{c.fac()}</name></representedOrganization></author>",
        '  <section><code code="18782-3" displayName="Radiology Study observation"/>',
        f"    <text>{' '.join(s.findings)}</text>",
        "  </section>",
        "</ClinicalDocument>",
        "Extract the findings as a bullet list.",
    ])
    return s.modality, text


def qa_spreadsheet(c: Case, rng: random.Random) -> tuple[str, str]:
    """Peer-learning discrepancy spreadsheet (CSV) with several patients and a request to summarize trends."""
    rows = [c] + [new_case(rng, year=c.study_date.year) for _ in range(rng.randint(2, 4))]
    out = ["Summarize the discrepancy themes in this QA export (one paragraph, no patient identifiers):",
           "case_no,patient,mrn,acc,exam_date,reader,reviewer,score,note"]
    for i, k in enumerate(rows, 1):
        s = study_for(k, rng)
        cat = rng.choice(("missed finding", "overcall", "laterality", "communication delay", "agree"))
        out.append(f"{i},\"{k.patient.formal(upper=False)}\",{k.p('MRN', k.mrn)},{k.p('ACCESSION', k.accession)},"
                   f"{k.d(fmt=rng.choice(('us', 'iso', 'us_short')))},{k.radiologist.initial_last()},"
                   f"{k.referrer.initial_last()},{kp('score', f'RADPEER {rng.randint(1, 3)}')},{cat} - {s.region}")
    out.append(f"Exported by {c.tech.plain_name()} {c.d(c.study_date + dt.timedelta(days=30), 'iso')} "
               f"from {c.fac()}")
    return rng.choice(("CT", "MR", "XR")), "\n".join(out)


def image_import_request(c: Case, rng: random.Random) -> tuple[str, str]:
    """Outside-image import ticket: CD from another facility, reconciling outside and local identifiers."""
    s = study_for(c, rng)
    out_mrn = new_case(rng).mrn
    lines = [
        f"IMAGE IMPORT REQUEST - ticket {rng.randint(100000, 999999)}",
        f"Requested by: {c.referrer.signed()} ({c.p('PHONE', c.referrer_phone)})   {c.d()} {c.t()}",
        f"Source: CD from {c.fac(outside=True)}, courier {rng.choice(('hand-delivered by', 'mailed by'))} "
        f"{c.relative.plain_name()} ({c.relation})",
        f"Outside name: {c.patient.hl7()}  Outside MRN: {c.p('MRN', out_mrn)}  DOB {c.dob_str('compact')}",
        f"Local name:   {c.patient.formal()}  Local MRN: {c.p('MRN', c.mrn)}  DOB {c.dob_str()}",
        f"Studies on disc: {s.exam} {c.d(c.prior_date, 'us')}; outside acc {c.p('ACCESSION', c.prior_accession)}",
        f"Import node: {c.p('IP_ADDRESS', c.ip)} AE IMPORT_QR; reconciled by {c.tech.initials()}.",
        f"Link: {c.url('import')}",
    ]
    if rng.random() < 0.5:
        lines.insert(3, f"Return disc to: {c.address()}")
    return s.modality, "\n".join(lines)


def protocol_queue(c: Case, rng: random.Random) -> tuple[str, str]:
    """Protocoling worklist comment thread: indication, renal function, allergy, contrast decision."""
    s = study_for(c, rng, rng.choice(("CT", "MR")))
    seq = rng.choice(("DWI", "STIR", "3D SPGR", "T1 post-contrast", "DCE"))
    lines = [
        f"PROTOCOL QUEUE :: {s.exam} :: {c.patient.formal()} :: {c.p('MRN', c.mrn)} :: age {c.age_str('y')}",
        f"Ordered {c.d(fmt='us_short')} by {c.referrer.plain_name()}, {kp('credential', c.referrer.credential)} - "
        f"indication: {history(c, rng, s.region)}",
        f"eGFR {rng.randint(28, 95)} on {c.d(c.study_date - dt.timedelta(days=3), 'md')}; allergy: iodinated contrast "
        f"(hives {kp('year', str(rng.randint(2004, 2022)))}).",
        f"{c.resident.initials()} {c.t(fmt='ampm_tight')}: suggest premedication; add {kp('sequence', seq)}.",
        f"{c.radiologist.initials()} {c.t(when.later(rng, c.study_time), 'ampm_tight')}: agree. "
        f"Contact {c.nurse.first_only()} in scheduling, {c.p('PHONE', c.referrer_fax)}.",
        f"Scanner: {c.fac()} MR2 ({c.p('IP_ADDRESS', c.ip)})",
    ]
    if rng.random() < 0.5:
        lines.insert(3, f"Prior auth: submitted to payer, member ID {c.p('HEALTH_PLAN_ID', c.plan_id)}.")
    if rng.random() < 0.4:
        lines.insert(3, f"Pacemaker card scanned: serial {c.p('DEVICE_SERIAL', c.serial)} (MR-conditional?).")
    return s.modality, "\n".join(lines)
