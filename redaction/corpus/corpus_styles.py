"""Document templates, one function per style; dev and holdout use different templates.

Each style returns corpus markup for one document (see corpus_doc.py); the context supplies the
patient, clinicians, dates and identifiers. `MODALITY` pins a style to one exam family.
"""

from __future__ import annotations

from collections.abc import Callable

from corpus_context import DocContext
from corpus_findings import EXAMS, HISTORIES, HOLDOUT_EXTRA, IMPRESSIONS, SHARED

Style = Callable[[DocContext], str]


def exam(ctx: DocContext) -> tuple[str, list[str]]:
    options = [e for e in EXAMS[ctx.modality] if ctx.patient.sex == "M" or "mr_prostate" not in e[1]]
    return ctx.rng.choice(options)


def findings(ctx: DocContext, topics: list[str], n: int = 3) -> list[str]:
    pool = [s for t in topics for s in SHARED[t] + (HOLDOUT_EXTRA.get(t, []) if ctx.split == "holdout" else [])]
    return ctx.rng.sample(pool, min(n, len(pool)))


def impression(ctx: DocContext, topics: list[str]) -> str:
    return ctx.rng.choice(IMPRESSIONS[topics[0]])


def history(ctx: DocContext) -> str:
    return ctx.rng.choice(HISTORIES)


def comparison(ctx: DocContext) -> str:
    return ctx.rng.choice(("None.", "<<prior_date>>.", "[[modality|CT]] from <<prior_year>>.",
                           "Outside study from <<facility:outside>> dated <<prior_date:any>>."))


def sections(ctx: DocContext, topics: list[str], n: int = 3) -> str:
    body = "\n".join(findings(ctx, topics, n))
    return (f"[[section_header|FINDINGS]]:\n{body}\n\n"
            f"[[section_header|IMPRESSION]]:\n1. {impression(ctx, topics)}")


# ----------------------------------------------------------------- dev templates
def dev_header_report(ctx: DocContext) -> str:
    title, topics = exam(ctx)
    return f"""<<facility>> - Department of Radiology
PATIENT: <<pt_caps>>    MRN: <<mrn>>    ACC#: <<acc>>
DOB: <<dob_date:mdy>>   AGE: <<age:y>>   SEX: <<sex>>
EXAM DATE: <<exam_date>> <<exam_time>>
REFERRING: <<ref_md>>

[[section_header|EXAMINATION]]: {title}
[[section_header|CLINICAL HISTORY]]: <<age>> <<sex:word>> with {history(ctx)}.
[[section_header|COMPARISON]]: {comparison(ctx)}
[[section_header|TECHNIQUE]]: Standard departmental protocol.

{sections(ctx, topics)}

Electronically signed by <<rad_md>> on <<sign_date:mdy>> <<sign_time:hm24>>"""


def dev_dictation(ctx: DocContext) -> str:
    title, topics = exam(ctx)
    text = " ".join(findings(ctx, topics, 3))
    return (f"This is <<rad_dr>> dictating {title} "
            "on patient <<pt_name>>, medical record number <<mrn>>, date of birth <<dob_date:long>>, "
            "accession <<acc>>. Exam performed <<exam_date:long>> at <<exam_time:hm12>>. "
            f"History is {history(ctx)} in a <<age>> <<sex:word>>. {text} "
            f"Impression, {impression(ctx, topics)} End of dictation. Please route a copy to <<ref_dr>>.")


def dev_referral_note(ctx: DocContext) -> str:
    title, _topics = exam(ctx)
    return f"""Referring clinician note - <<facility>>
From: <<ref_md>>   Phone: <<phone>>   Fax: <<fax>>
Re: <<pt_title>> (<<pt_name>>), DOB <<dob_date:mdy_short>>, MRN <<mrn>>
<<age>> <<sex:word>> with {history(ctx)}. Prior [[modality|CT]] in <<prior_year>> was unremarkable.
Please perform {title} and call results to <<ref_dr>> at <<phone>>.
Lives at <<address>>; <<pronoun:pos>> <<relation>> <<rel_name>> drives <<pronoun:obj>> to appointments."""


def dev_addendum(ctx: DocContext) -> str:
    title, topics = exam(ctx)
    return f"""[[section_header|EXAMINATION]]: {title}
Patient: <<pt_caps>>  MRN: <<mrn>>  Acc: <<acc>>
{sections(ctx, topics, 2)}

Electronically signed by <<rad_md>> on <<sign_date:iso>> <<sign_time:hm24>>

[[section_header|ADDENDUM]]: Findings discussed with <<ref_dr>> by telephone at <<call_time:hm12>> on <<sign_date:md>>; read-back confirmed.
Addendum electronically signed by <<rad_md>> on <<addendum_date:dmy_mon>> at <<call_time:hours>>."""


def dev_chat_summarize(ctx: DocContext) -> str:
    title, topics = exam(ctx)
    body = " ".join(findings(ctx, topics, 3))
    return (f"Summarize for <<ref_dr>>: <<pt_name>> (MRN <<mrn>>, <<age>>) had {title} on <<exam_date>>. "
            f"{body} Keep it to three bullet points and mention the comparison with <<prior_year>>.")


def dev_chat_compare(ctx: DocContext) -> str:
    title, topics = exam(ctx)
    body = "\n".join(findings(ctx, topics, 2))
    return f"""Draft the impression for this {title}. Compare with the prior from <<prior_date:md_long>> at <<facility:outside>>.
Patient: <<pt_lastfirst>>, DOB <<dob_date:iso>>, accession <<acc>>.
Current findings:
{body}
Sign as <<rad_dr>>; cc <<ref_md>>."""


def dev_mammo_letter(ctx: DocContext) -> str:
    return f"""<<facility>>
<<pt_name>>
<<address>>

<<exam_date:long>>

Dear <<pt_title>>,
Your screening mammogram on <<exam_date:md_long>> was reviewed by <<rad_md>>. {impression(ctx, ['mammo'])}
{findings(ctx, ['mammo'], 1)[0]}
Questions? Call our breast center at <<phone>>. Patient account: <<account>>."""


dev_mammo_letter.MODALITY = "MG"


def dev_registration(ctx: DocContext) -> str:
    title, _topics = exam(ctx)
    return f"""REGISTRATION / ORDER
Name: <<pt_caps>>   Sex: <<sex>>   DOB: <<dob_date:dmy_mon>>
SSN: <<ssn>>   MRN: <<mrn>>   Acct#: <<account>>
Address: <<address>>   Home phone: <<pt_phone>>   Email: <<pt_email>>
Insurance member ID: <<plan_id>>
Emergency contact: <<rel_name>> (<<relation>>)
Order: {title}, ordered by <<ref_md>> on <<exam_date:mdy>> at <<exam_time:hm24>>.
Indication: {history(ctx)}."""


def dev_pacs_note(ctx: DocContext) -> str:
    title, topics = exam(ctx)
    return f"""Technologist note ({title}) - <<tech_name>>
Pt <<pt_caps>> / <<mrn>> / <<acc>>. Scan started <<exam_time:hours>> on <<exam_date:mdy_short>>.
Implanted pacemaker, serial number <<serial>>, confirmed MR-conditional; programmed by device rep.
Images pushed to PACS node <<ip>>; viewer link <<url>>
{findings(ctx, topics, 1)[0]}
Questions to <<email>>."""


def dev_critical_result(ctx: DocContext) -> str:
    title, topics = exam(ctx)
    return f"""CRITICAL RESULT NOTIFICATION
{title} for <<pt_name>> (<<mrn>>), <<age>> <<sex:word>>.
{' '.join(findings(ctx, topics, 2))}
Communicated to <<ref_name>> (pager <<phone>>) at <<call_time:hm12>> on <<exam_date:long>> by <<rad_name>>. Read-back confirmed.
Signed by <<rad_md>> <<sign_date:mdy>> <<sign_time>>"""


DEV_STYLES: dict[str, Style] = {
    "header_report": dev_header_report, "dictation": dev_dictation, "referral_note": dev_referral_note,
    "addendum": dev_addendum, "chat_summarize": dev_chat_summarize, "chat_compare": dev_chat_compare,
    "mammo_letter": dev_mammo_letter, "registration": dev_registration, "pacs_note": dev_pacs_note,
    "critical_result": dev_critical_result,
}


# ------------------------------------------------------------- holdout templates
def ho_hl7(ctx: DocContext) -> str:
    title, topics = exam(ctx)
    obx = "\n".join(f"OBX|{i + 2}|TX|^FINDINGS||{s}" for i, s in enumerate(findings(ctx, topics, 2)))
    return f"""MSH|^~\\&|RIS|<<facility>>|EHR||<<exam_date:compact>>||ORU^R01|MSG<<img>>|P|2.5
PID|1||<<mrn>>^^^MRN||<<pt_hl7>>||<<dob_date:compact>>|<<sex>>|||<<address>>||<<pt_phone>>
OBR|1||<<acc>>|{title}|||<<exam_date:compact>>|||||||||<<ref_hl7>>
OBX|1|TX|^HISTORY||{history(ctx)}
{obx}
OBX|9|TX|^IMPRESSION||{impression(ctx, topics)}"""


def ho_kv_header(ctx: DocContext) -> str:
    title, topics = exam(ctx)
    return f"""Name: <<pt_lastfirst>> | Unit No.: <<mrn>> | D.O.B.: <<dob_date:dmy_long>> | Age: <<age:years>>
Accession: <<acc>> | Date of Service: <<exam_date:dmy_mon>> | Visit #: <<account>>
Ordering Physician: <<ref_caps>> | Location: <<facility>>, <<city>>

Procedure: {title}
[[section_header|INDICATION]]: {history(ctx)}.
{sections(ctx, topics, 3)}

Reading Radiologist: <<rad_full>>
Dictated: <<sign_date:mon_short>> <<sign_time:hours>>   Transcribed by: <<tech_initial>>"""


def ho_telerad(ctx: DocContext) -> str:
    _title, topics = exam(ctx)
    return f"""** PRELIMINARY READ - TELERADIOLOGY **
Study received from <<ip>> at <<exam_time:hms24>> on <<exam_date:mdy_dash>>; images at <<url>>
Pt: <<pt_caps>>, <<age:yo>> <<sex>>, MRN <<mrn>>, site <<facility>> (<<city>>, <<state>>)
{' '.join(findings(ctx, topics, 3))}
Prelim called to ED: spoke with <<ref_name>> at <<call_time:hm12dots>>; final read to follow by <<rad_dr>>."""


def ho_portal(ctx: DocContext) -> str:
    title, topics = exam(ctx)
    return f"""Write a plain-language reply to this patient portal message, then explain the result below.
---
Hello, this is <<pt_name>> (born <<dob_date:mdy_dash>>). I had my {title} on <<exam_date:md_ord>> and
have not heard back. You can email me at <<pt_email>> or call <<pt_phone>>. My <<relation>>, <<rel_name>>,
may pick up the CD; we live at <<address>>.
---
Result: {' '.join(findings(ctx, topics, 2))} {impression(ctx, topics)}"""


def ho_prior_auth(ctx: DocContext) -> str:
    title, topics = exam(ctx)
    return f"""PRIOR AUTHORIZATION REQUEST
Member: <<pt_full>>   Medicare MBI: <<plan_id>>   SSN: <<ssn>>
Patient account: <<account>>   Phone: <<pt_phone>>
Requesting provider: <<ref_full>>, <<facility>>, fax <<fax>>
Service requested: {title}
Justification: <<age:hyphen>> patient with {history(ctx)} since <<prior_date:mon_short>>; conservative care since <<prior_year>> has failed.
Prior imaging: {findings(ctx, topics, 1)[0]}"""


def ho_device(ctx: DocContext) -> str:
    return """MRI SAFETY SCREENING
<<pt_title>> (<<pt_full>>, <<mrn>>) has an implanted cardiac device: generator serial no. <<serial>>, leads placed <<prior_date:dmy_long>> at <<facility:outside>>.
Device is MR-conditional; cleared for [[modality|MRI]] by <<rad_dr>> on <<exam_date:mon_short>> at <<exam_time:hms24>>.
Planned sequences: [[sequence|DWI]], [[sequence|STIR]], [[sequence|T2 FLAIR]]. Monitoring by <<tech_name>>.
Device clinic callback <<phone>>."""


ho_device.MODALITY = "MR"


def ho_pediatric(ctx: DocContext) -> str:
    title, topics = exam(ctx)
    return f"""Pediatric Radiology - <<facility>>
Child: <<pt_full>>   DOB: <<dob_date:long>>   MRN: <<mrn>>
Accompanied by <<relation>> <<rel_name>>, contact <<pt_phone>>.
{title}
{' '.join(findings(ctx, topics, 2))}
Reviewed with <<ref_dr>> on <<sign_date:md_long>> at <<call_time:hm24>>.
<<rad_md>>"""


ho_pediatric.PEDIATRIC = True
ho_pediatric.MODALITY = ("XR", "US")


def ho_json_prompt(ctx: DocContext) -> str:
    title, topics = exam(ctx)
    body = " ".join(findings(ctx, topics, 3))
    return (f'{{"task": "draft_impression", "patient": "<<pt_name>>", "mrn": "<<mrn>>", '
            f'"accession": "<<acc>>", "study_date": "<<exam_date:iso>>", "study_time": "<<exam_time:hm24>>", '
            f'"exam": "{title}", "referrer": "<<ref_md>>", "findings": "{body}", '
            f'"history": "<<age>> with {history(ctx)}"}}')


def ho_email_thread(ctx: DocContext) -> str:
    title, topics = exam(ctx)
    return f"""From: <<email>>
Subject: second look - <<pt_lastfirst>>

Hi <<rad_first>>, could you take another look at <<pt_title>>'s {title} from <<exam_date:md_ord>>?
Acc <<acc>>. {findings(ctx, topics, 1)[0]} The family (<<rel_name>>) is anxious. I am at <<phone>> until <<call_time:hm12>>.
Thanks, <<ref_name>>"""


def ho_tumor_board(ctx: DocContext) -> str:
    title, topics = exam(ctx)
    return f"""Tumor board, <<exam_date:dmy_long>> - case presenter <<res_md>>
<<pt_caps>> (<<mrn>>), <<age:yo>> <<sex>>, followed at <<facility>> since <<prior_year>>.
Outside imaging <<prior_date:mdy>> (<<facility:outside>>), accession <<acc2>>.
Current {title}: {' '.join(findings(ctx, topics, 2))}
Question for the board from <<ref_dr>>: {impression(ctx, topics)}"""


HOLDOUT_STYLES: dict[str, Style] = {
    "hl7": ho_hl7, "kv_header": ho_kv_header, "telerad_prelim": ho_telerad, "portal_message": ho_portal,
    "prior_auth": ho_prior_auth, "device_safety": ho_device, "pediatric": ho_pediatric,
    "json_prompt": ho_json_prompt, "email_thread": ho_email_thread, "tumor_board": ho_tumor_board,
}
SPLIT_STYLES = {"dev": DEV_STYLES, "holdout": HOLDOUT_STYLES}
