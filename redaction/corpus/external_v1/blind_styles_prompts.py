"""Prompts a radiologist types to a report-drafting model: summaries for patients, impressions, comparisons,
pasted FHIR JSON, teaching-file clean-up, protocol questions. Each returns (modality, markup, post)."""

from __future__ import annotations

import json
from random import Random

import blind_clinical as clin
import blind_pools as pools
from blind_case import Case
from blind_markup import K, P, segments
from blind_styles_reports import ALL_MODALITIES, report_body

Style = tuple[str, str, str]


def summarize_for_patient(c: Case, r: Random) -> Style:
    mod = r.choice(ALL_MODALITIES)
    ex = clin.exam(mod, r, c.age < 18)
    subj, obj = c.pronoun()
    ask = r.choice((
        f"Summarize this for the patient in plain language (6th grade). {subj.capitalize()} is {c.age_phrase('years')} and "
        f"{obj} {c.relation} {c.name('rel', 'fl')} will read it to {'her' if subj == 'she' else 'him'}.",
        f"Please write a short, kind explanation of the report below for {c.pt_title()}; avoid jargon and don't mention "
        f"{c.dr('rad', 'dr_l')} by name.",
        f"rewrite for patient portal, {c.name('pt', 'f')} asked what '{clin.fill(r.choice(('[e:Kerley B lines]', '[e:Schmorl node]', '[e:Baker cyst]', '[sc:BI-RADS 3]', '[e:Virchow-Robin spaces]')), r)}' means.",
    ))
    ask += r.choice(("", " I hope the tone is right; she will worry about the word 'mass'.", " Keep it brief, we will call too.",
                     " Note the young resident's draft below may have typos."))
    text = (f"{ask}\n\n---\n{c.facility_name()} | {ex} | {c.date('exam', r.choice(('us', 'long', 'iso')))}\n"
            f"Patient: {c.name('pt', 'fl')}  MRN {c.id('mrn', 'MRN')}\n\n{report_body(c, r, mod, ex=ex, caps=r.random() < 0.6)}\n\n"
            f"Signed: {c.dr('rad', 'fl_md')} {c.date('sign', 'us')} {c.time('sign', '12')}\n---")
    return mod, text, ""


def draft_impression(c: Case, r: Random) -> Style:
    """Hurried lower-case typing: an MRN without a label, 'seen 3/4', 24 h times."""
    if r.random() < 0.25:
        c.as_child()
    mod = r.choice(("CT", "MR", "US", "XR"))
    ex = clin.exam(mod, r, c.age < 18)
    bullets = "\n".join("- " + f for f in clin.findings(mod, r, None, ex))
    text = (f"{r.choice(('draft the impression for', 'write impression,', 'pls draft a concise impression for'))} "
            f"{c.name('pt', r.choice(('l', 'fl_lower', 'lf')))} {c.id('mrn', 'MRN')} {ex.lower()}, "
            f"{c.age_phrase(r.choice(('yof', 'yo', 'y')))}, seen {c.date('prior', 'md')} at {c.facility_name('outside', short=r.random() < 0.5)} "
            f"for {clin.fill(r.choice(clin.HISTORY), r)}. scanned at {c.time('exam', 'mil')}.\nfindings:\n{bullets}\n"
            f"numbered list, most important first, mention comparison to {c.date('prior', r.choice(('md', 'md_mon', 'us_short')))}. "
            f"{r.choice(('ref is', 'cc', 'send to'))} {c.dr('ref', r.choice(('dr_l', 'dr_fl', 'iil')))}")
    return mod, text, ""


def compare_priors(c: Case, r: Random) -> Style:
    mod = r.choice(("CT", "MR", "NM"))
    ex = clin.exam(mod, r, c.age < 18)
    year = K("year", str(r.randint(2012, 2023)))
    text = (f"Compare today's {K('modality', {'CT': 'CT', 'MR': 'MRI', 'NM': 'PET/CT'}[mod])} (acc {c.id('acc', 'ACCESSION')}) with the outside exam "
            f"from {year} and the one from {c.date('prior', r.choice(('md_long', 'long', 'dots_eu')))} at {c.facility_name('outside')}. "
            f"The outside report by {c.dr('ref', r.choice(('fl_md', 'dr_fl')))} said: \""
            + " ".join(clin.findings(mod, r, 2, ex)) + "\"\nToday: " + " ".join(clin.findings(mod, r, 2, ex)) +
            f"\nWrite one comparison paragraph. Patient {c.name('pt', 'il')}, {c.age_phrase('yo_dash')}, DOB {c.date('dob', 'us')}. "
            f"Outside PACS: https://{c.ids['ip']}/viewer?acc={c.ids['acc2']} (VPN).")
    start = text.index("https://")
    end = text.index(" (VPN)")
    text = text[:start] + P("URL", text[start:end]) + text[end:]
    return mod, text, ""


def fhir_paste(c: Case, r: Random) -> Style:
    """A FHIR DiagnosticReport pasted into the prompt, values in JSON strings."""
    mod = r.choice(ALL_MODALITIES)
    ex = clin.exam(mod, r, c.age < 18)
    pt, rad = c.patient, c.people["rad"]
    d, dob = c.dates["exam"], c.dates["dob"]
    marks: dict[str, str] = {}

    def slot(kind: str, value: str) -> str:
        key = f"@@{len(marks)}@@"
        marks[key] = P(kind, value)
        return key

    resource = {
        "resourceType": "DiagnosticReport", "status": "final",
        "identifier": [{"system": "urn:ris:accession", "value": slot("ACCESSION", c.ids["acc"])}],
        "subject": {"display": slot("PERSON", f"{pt.first} {pt.last}"),
                    "identifier": {"type": "MR", "value": slot("MRN", c.ids["mrn"])}},
        "effectiveDateTime": slot("DATE_TIME", d.strftime("%Y-%m-%dT%H:%M:%S")),
        "performer": [{"display": slot("PERSON", f"{rad.first} {rad.last}") + ", MD"},
                      {"display": slot("FACILITY", c.facility[0])}],
        "patientBirthDate": slot("DATE_TIME", dob.strftime("%Y-%m-%d")),
        "conclusion": "@@CONCLUSION@@",
    }
    body = json.dumps(resource, indent=r.choice((None, 2)))
    conclusion = " ".join(clin.findings(mod, r, 2, ex))
    for key, val in marks.items():
        body = body.replace(key, val)
    # JSON-escape only the unannotated parts of the conclusion (keep-spans hold no quotes or backslashes).
    safe_markup = "".join((K(tag, text) if kind == "keep" else P(tag, text)) if kind else json.dumps(text)[1:-1]
                          for kind, tag, text in segments(conclusion))
    body = body.replace("@@CONCLUSION@@", safe_markup)
    ask = r.choice(("Turn this FHIR resource into a readable report with an impression:",
                    "Draft a patient-friendly summary from this JSON:", "Check this DiagnosticReport for laterality errors:"))
    return mod, f"{ask}\n{body}", ""


def teaching_file(c: Case, r: Random) -> Style:
    """Asking the model to strip identifiers before a teaching-file submission (the text still holds them)."""
    mod = r.choice(("CT", "MR", "XR", "NM", "RF"))
    ex = clin.exam(mod, r, c.age < 18)
    twin = c.eponym_twin()
    topic = clin.fill(twin, r) if twin else clin.fill(r.choice(("[e:Paget disease]", "[e:Chiari I malformation]",
                                                               "[e:Dandy-Walker malformation]", "[e:Monteggia fracture]")), r)
    text = (f"Teaching file submission - classic {topic}. Remove anything identifying before I upload to the "
            f"{r.choice(('departmental', 'RSNA', 'residents'))} teaching file, keep the findings verbatim.\n\n"
            f"Submitted by {c.dr('res', r.choice(('dr_fl', 'fl_md')))} with {c.dr('rad', 'dr_l')}\n"
            f"Case: {c.name('pt', r.choice(('fl', 'lfm')))}, {c.age_phrase(r.choice(('yo_dash', 'spoken', 'years')))}, seen at "
            f"{c.facility_name()} ({P('CITY', c.city[0])}, {c.city[1]}) on {c.date('exam', r.choice(('long', 'us', 'dmon')))}.\n"
            f"Key images: series {r.randint(2, 9)} image {r.randint(10, 240)}; acc {c.id('acc', 'ACCESSION')}.\n\n"
            f"{report_body(c, r, mod, ex=ex, caps=True)}")
    return mod, text, ""


def protocol_question(c: Case, r: Random) -> Style:
    mod = "MR"
    ex = clin.exam(mod, r, c.age < 18)
    device = r.choice(pools.DEVICES)
    text = (f"{r.choice(('Protocol question:', 'Which MRI protocol for this one?', 'Help me protocol:'))} "
            f"{c.age_phrase(r.choice(('yo', 'yo_dash', 'y')))} {'woman' if c.sex == 'F' else 'man'} with a {device} "
            f"(serial {c.id('serial', 'DEVICE_SERIAL')}, implanted {c.date('prior', r.choice(('us', 'mon', 'dots_us')))} by "
            f"{c.dr('ref', r.choice(('dr_l', 'dr_fl')))}), eGFR {K('measurement', str(r.randint(18, 95)))}, on {r.choice(pools.DRUGS)}. "
            f"Question: {clin.one_finding('MR', r)} Do we need {K('sequence', r.choice(('DWI', 'STIR', 'SWI', 'T2 FLAIR')))} "
            f"and contrast ({r.choice(pools.MR_CONTRAST)})? Scheduled {c.date('next', r.choice(('md', 'md_long')))} at {c.time('next', r.choice(('12', 'mil')))}, "
            f"{c.facility_name(short=r.random() < 0.4)}. Contact: {c.email('tech')} / {c.phone(2)}. Patient {c.name('pt', 'lf')}, "
            f"MRN {c.id('mrn', 'MRN')}.")
    return mod, text, ""


STYLES = {"summarize_for_patient": summarize_for_patient, "draft_impression": draft_impression,
          "compare_priors": compare_priors, "fhir_paste": fhir_paste, "teaching_file": teaching_file,
          "protocol_question": protocol_question}
