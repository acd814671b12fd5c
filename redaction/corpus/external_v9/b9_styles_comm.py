"""Correspondence styles: MQSA lay letters, payer denials/appeals, patient portal messages,
consult/critical-result phone logs and outside-image import requests."""

from __future__ import annotations

import b9_clinical as clin
import b9_ids as ids
from b9_dates import Clock, shift
from b9_markup import K, P
from b9_scene import Scene


def _h(s, word, style="caps"):
    return clin.header(s.rng, word, style)


def mqsa_letter(rng):
    s = Scene(rng, old_p=0.08, fac_kind="breast", sex="F")
    pt = s.patient
    s.set_age(pt, rng.randint(90, 97) if rng.random() < 0.06 else rng.randint(40, 89))
    rad, ref = s.clinician("radiologist"), s.clinician("referrer")
    f = s.facility
    result = rng.choice(("normal", "benign", "recall", "recall", "dense"))
    exam_day = shift(s.ref, -rng.randint(1, 12))
    lines = [s.fac(), s.address(f.address), f"Phone {s.phone(f.phone)}" + (f"   Fax {s.phone(ids.us_phone(rng))}" if rng.random() < .5 else ""),
             "", s.date(s.ref, "long"), "", s.name(pt, rng.choice(("first_mi_last", "first_last"))), s.address(pt.address), "",
             f"RE: {rng.choice(('Your mammogram results', 'Results of your breast imaging'))}   MRN {s.mrn()}   Exam date {s.date(exam_day)}", "",
             f"Dear {rng.choice(('Ms.', 'Mrs.', 'Ms.'))} {s.name(pt, 'last')},", ""]
    body = f"Thank you for choosing {s.fac(short=rng.random() < .3)} for your mammogram on {s.date(exam_day, 'long')}. "
    if result in ("normal", "benign"):
        body += (f"We are pleased to let you know that the results of your exam show no sign of cancer "
                 f"({K('score', 'BI-RADS ' + ('1' if result == 'normal' else '2'))}). Please continue to have a screening "
                 f"mammogram every year.")
    elif result == "recall":
        body += (f"Your mammogram showed an area that needs more testing ({K('score', 'BI-RADS 0')}). This is common: most "
                 f"women called back do not have cancer. Please call {s.phone(f.phone)} to schedule a diagnostic mammogram "
                 f"and possibly a breast {K('modality', 'ultrasound')}. We have reserved a time for you on "
                 f"{s.date(shift(s.ref, rng.randint(3, 14)), 'long')} at {s.time((rng.randint(8, 15), rng.choice((0, 15, 30, 45))), 'ampm')}.")
    else:
        body += (f"Your results are normal ({K('score', 'BI-RADS 1')}). Your mammogram shows that your breast tissue is dense. "
                 "Dense breast tissue is common and not abnormal, but it can make it harder to find cancer on a mammogram "
                 "and may raise the risk of breast cancer. Talk with your provider about whether other imaging, such as "
                 f"breast {K('modality', 'MRI')} or ultrasound, might help you.")
    lines += [body, "",
              f"A report of your results was sent to {s.doc(ref, rng.choice(('dr_full', 'full_cred')))}. Your images are part of your "
              f"medical record; if you change providers, please tell the new office where and when ({s.date(exam_day, 'md')}) "
              "you had this exam.",
              "",
              f"Si necesita esta carta en español, llame al {s.phone(ids.us_phone(rng))}." if rng.random() < .4 else
              f"Questions? Email {P('EMAIL', 'breastcenter@' + f.domain)} or visit {P('URL', 'https://' + f.domain + '/mychart')}.",
              "", "Sincerely,", "", f"{s.name(rad, 'first_mi_last')}, {s.creds(rad)}", "Breast Imaging Section",
              "", f"cc: {s.doc(ref, 'full_cred')}"]
    return "MG", "\n".join(lines)


PAYERS = ("Bluewater Health Plan", "Keystone Mutual", "Northstar Medicaid Managed Care", "Summit Choice HMO",
          "Pioneer Medicare Advantage", "TriValley Benefit Administrators")


def insurance_appeal(rng):
    s = Scene(rng)
    pt = s.patient
    ref, rad, md = s.clinician("referrer"), s.clinician("radiologist"), s.clinician("radiologist")
    ex = clin.exam(rng, rng.choice(("mr_spine", "mr_brain", "mr_msk", "pet", "pelvis")), pt=pt)
    payer = rng.choice(PAYERS)
    dos = shift(s.ref, -rng.randint(10, 60))
    claim = ids.claim_number(rng)
    cpt = next(c for key, c in (("LUMBAR", "72148"), ("CERVICAL", "72141"), ("BRAIN", "70553"), ("KNEE", "73721"),
                                ("SHOULDER", "73222"), ("PROSTATE", "72197"), ("PET", "78815"), ("", "76856"))
               if key in ex.name)
    if rng.random() < 0.5:
        lines = [f"{payer}", "NOTICE OF ADVERSE BENEFIT DETERMINATION", "", s.date(s.ref, "long"), "",
                 s.name(pt, "first_mi_last"), s.address(pt.address), "",
                 f"Member ID: {P('HEALTH_PLAN_ID', pt.plan)}    Reference #: {P('ACCOUNT_ID', claim)}",
                 f"Service requested: {ex.name} (CPT {cpt})    Date of service: {s.date(dos)}",
                 f"Ordering provider: {s.doc(ref, 'full_cred')}    Facility: {s.fac()}", "",
                 f"Dear {s.name(pt, 'first_last')}:", "",
                 "We reviewed the request for the imaging listed above and have decided not to approve it. "
                 f"Our reviewer, {s.doc(md, 'dr_full')}, found that the records did not show six weeks of conservative "
                 "therapy, or red-flag symptoms, as our imaging guideline requires.",
                 f"You or your provider may appeal within 180 days of {s.date(s.ref, 'mon_abbr')}. To request a peer-to-peer "
                 f"review, your provider can call {s.phone(ids.us_phone(rng))} before {s.date(shift(s.ref, 14), 'long')}.",
                 f"Your plan's subscriber on file: {s.name(pt, 'LAST_FIRST')}" + (
                     f", SSN {P('SSN', pt.ssn)}" if rng.random() < .6 else "") + ".",
                 "This notice is not a decision about your medical care."]
    else:
        clock = Clock(rng, rng.randint(8, 16), rng.choice((0, 15, 30, 45)))
        lines = [s.fac(), f"Department of Radiology  |  {s.address(s.facility.address, oneline=True)}", "",
                 s.date(s.ref), "", f"{payer} Appeals Unit", f"Attn: Utilization Management",
                 f"RE: Expedited appeal -- {s.name(pt, 'first_last')}, DOB {s.dob()}",
                 f"Member ID {P('HEALTH_PLAN_ID', pt.plan)}; Claim {P('ACCOUNT_ID', claim)}; Patient account {P('ACCOUNT_ID', pt.account)}", "",
                 "To whom it may concern:", "",
                 f"I am writing on behalf of my patient, {s.name(pt, rng.choice(('first_mi_last', 'first_last')))}, a "
                 f"{s.age(pt.age)} {s.sex_word()} with {ex.indication[0].lower() + ex.indication[1:-1]}, to appeal the denial "
                 f"dated {s.date(shift(s.ref, -rng.randint(3, 20)), 'long')} of {ex.name} (CPT {cpt}).",
                 f"Symptoms began in {K('year', str(s.ref.year - 1))} and have progressed despite physical therapy from "
                 f"{s.date(shift(s.ref, -rng.randint(90, 150)), 'md')} to {s.date(shift(s.ref, -rng.randint(20, 60)), 'md')}. "
                 f"Prior imaging: {K('modality', 'XR')} on {s.date(shift(s.ref, -rng.randint(100, 300)))} at {s.fac(s.other_facility('outpatient'))}.",
                 f"A peer-to-peer call with {s.doc(md, 'dr_last')} was held on {s.date(shift(s.ref, -2))} at {s.time(clock.now())} "
                 "without resolution.", "",
                 "Findings on the limited study we were able to obtain:", *[f"  {x}" for x in ex.findings[:2]], "",
                 f"Please direct questions to my office at {s.phone(s.facility.phone)} or {P('EMAIL', ids.email_for(rng, rad.given, rad.family, s.facility.domain))}.",
                 "", "Sincerely,", f"{s.name(rad, 'first_mi_last')}, {s.creds(rad)}"]
    return ex.modality, "\n".join(lines)


def patient_message(rng):
    s = Scene(rng, old_p=0.1)
    pt = s.patient
    ref = s.clinician("referrer")
    fam = s.person()
    rel = rng.choice(("daughter", "sister", "wife", "neighbor") if fam.sex == "F" else ("son", "brother", "husband", "grandson"))
    ex = clin.exam(rng, pt=pt)
    when = shift(s.ref, -rng.randint(1, 9))
    clock = Clock(rng, rng.randint(6, 23), rng.randrange(60))
    head = (f"From: {s.name(pt, 'last_first')} (MRN {s.mrn()})\nSent: {s.date(s.ref, 'mdy')} {s.time(clock.now(), 'ampm')}\n"
            f"To: {s.doc(ref, 'dr_last')}'s care team\nSubject: " + rng.choice(("question about my scan", "mri results???",
                                                                               "RE: imaging appt", "need to reschedule")))
    nick = pt.name("nick").lower()
    lname = pt.name("last").lower()
    body = [f"hi dr {P('PERSON', ref.name('last').lower())}" + rng.choice((",", " -", "")),
            f"this is {P('PERSON', nick + ' ' + lname)} " + rng.choice((
                f"i had the {ex.code.lower()} scan on {s.date(when, rng.choice(('md', 'month_day', 'ordinal')))} at {s.fac(short=rng.random() < .5)}",
                f"my scan was {s.date(when, 'md')} i think around {P('DATE_TIME', str(rng.randint(1, 11)) + rng.choice(('pm', 'am', ' pm')))}")) +
            f" and the portal says \"{rng.choice(('see report', 'result available', 'abnormal'))}\" but i cant understand it.",
            rng.choice((f"it says something about a {K('eponym', rng.choice(('bakers cyst', 'bakers cist', 'Baker cyst')))} is that cancer??",
                        f"what does {K('score', rng.choice(('birads 0', 'BIRADS 4', 'lung rads 3', 'tirads 4')))} mean",
                        f"they said {K('measurement', rng.choice(('7mm', '1.2 cm', '2.3 x 1.9 cm')))} nodule, should i be worried",
                        f"it mentions {K('vertebral_level', rng.choice(('L4-L5', 'L5-S1', 'C5-6')))} is that why my leg hurts")),
            f"my {rel} {P('PERSON', fam.name('first'))} can drive me if i need another one, {P('PERSON', fam.name('first'))}s cell is "
            f"{s.phone(ids.us_phone(rng, rng.choice(('dash', 'plain', 'dot'))))}.",
            rng.choice((f"also i moved, new address is {P('STREET_ADDRESS', pt.address.street.lower())} {P('CITY', pt.address.city.lower())} {P('ZIP', pt.address.zip)}",
                        f"please email me instead {P('EMAIL', pt.email)} i dont check the portal much",
                        f"my birthday is {s.dob(style=rng.choice(('mdy_short', 'mdy_nopad')))} if you need it",
                        f"i'm {s.bare_age(pt.age)} and nobody explains anything to me")),
            rng.choice(("thanks", "thank u so much", "pls call me back", "sorry for all the questions")) + ",",
            P("PERSON", rng.choice((nick, nick.capitalize(), pt.name("first_last"))))]
    if rng.random() < 0.5:
        nurse = s.clinician("nurse")
        body += ["", f"--- Reply from {s.name(nurse, 'first_last')}, {s.creds(nurse)} on {s.date(shift(s.ref, 1), 'mdy')} {s.time(clock.tick(600, 900), 'ampm')} ---",
                 f"Hi {P('PERSON', pt.name('first'))}, {s.doc(ref, 'dr_last')} reviewed your results and will call you at "
                 f"{s.phone(pt.phone)}. The finding is not urgent. -{P('PERSON', nurse.name('first'))}"]
    return ex.modality, head + "\n\n" + "\n".join(body)


def phone_log(rng):
    s = Scene(rng)
    rad = s.clinician("radiologist")
    clock = Clock(rng, rng.randint(0, 20), rng.randrange(60))
    tstyle = rng.choice(("hm24", "hours", "ampm"))
    t = lambda hm: s.time(hm, tstyle)  # noqa: E731
    lines = [rng.choice(("RADIOLOGY CONSULT / CRITICAL RESULT PHONE LOG", "Reading Room Phone Log")),
             f"{s.fac()} -- {s.date(s.ref)} -- reading radiologist {s.doc(rad, 'dr_full')}", ""]
    for k in range(rng.randint(3, 6)):
        pt = s.patient if k == 0 else s.patient_n()
        caller = s.clinician(rng.choice(("referrer", "nurse", "resident")))
        ex = clin.exam(rng, rng.choice(("ct_abd", "ct_chest", "ct_head", "mr_brain", "pet")), pt=pt)
        when = clock.tick(7, 95)
        kind = rng.randrange(3)
        if kind == 0:
            crit = rng.choice(("acute pulmonary embolism, right lower lobe segmental", "free intraperitoneal air",
                               "new intracranial hemorrhage", "malpositioned enteric tube in right bronchus",
                               "tension pneumothorax", "ruptured appendix with abscess", "acute aortic dissection"))
            lines.append(f"{t(when)}  CRITICAL: {crit}. {s.name(pt, 'LAST_FIRST')} MRN {s.mrn(pt.mrn)} "
                         f"Acc {s.acc(ex.code)}. Called {s.doc(caller, 'dr_last')} at {s.phone(ids.us_phone(rng))}; "
                         f"read-back confirmed by {s.name(caller, 'initials')} at {t(clock.tick(1, 6))}.")
        elif kind == 1:
            lines.append(f"{t(when)}  Incoming from {s.name(caller, 'first_last')}, {s.creds(caller)} "
                         f"({s.fac(s.other_facility(rng.choice(('care', 'outpatient', 'hospital'))))}): asking whether "
                         f"{s.name(pt, 'first_last')}, {s.age(pt.age)}, DOB {s.dob(pt)}, can have {ex.name} with eGFR {rng.randint(22, 60)}. "
                         f"Advised yes with hydration. Callback {s.phone(ids.us_phone(rng))}.")
        else:
            lines.append(f"{t(when)}  {s.doc(caller, 'dr_last')} requested wet read on {s.name(pt, 'last_first')} "
                         f"(MRN {s.mrn(pt.mrn)}), {ex.name}. Prelim: {ex.findings[0]} Final to follow by {t(clock.tick(20, 60))}.")
    lines += ["", f"Log reviewed {s.date(shift(s.ref, 1))} by {s.name(rad, 'initials')}."]
    return "CT", "\n".join(lines)


def outside_import(rng):
    s = Scene(rng)
    pt = s.patient
    req, tech = s.clinician("referrer"), s.clinician("tech")
    out = s.other_facility(rng.choice(("hospital", "outpatient")))
    out_mrn = ids.mrn(rng)
    ip = ids.ip_address(rng, private=rng.random() < .6)
    port = rng.choice((104, 11112, 4242, 2762))
    tok = ids.share_token(rng)
    clock = Clock(rng, rng.randint(7, 18), rng.randrange(60))
    studies = [clin.exam(rng, pt=pt) for _ in range(rng.randint(1, 3))]
    lines = ["OUTSIDE IMAGE IMPORT REQUEST", f"Receiving site: {s.fac()} PACS", "",
             f"Requested by: {s.doc(req, 'full_cred')}  {s.phone(ids.us_phone(rng))}  "
             f"{P('EMAIL', ids.email_for(rng, req.given, req.family, s.facility.domain))}",
             f"Requested: {s.date(s.ref)} {s.time(clock.now())}   Needed for: {rng.choice(('tumor board', 'surgical planning', 'comparison for read', 'clinic visit'))} "
             f"on {s.date(shift(s.ref, rng.randint(1, 10)), 'md')}", "",
             f"Patient (local): {s.name(pt, 'last_first_mi')}   MRN {s.mrn()}   DOB {s.dob()}",
             f"Patient (as on outside media): {s.name(pt, 'hl7')}   Outside MRN {P('MRN', out_mrn)}",
             f"Outside facility: {s.fac(out)}, {s.address(out.address, oneline=True)}; film library {s.phone(out.phone)}", "",
             "Studies:"]
    for ex in studies:
        when = shift(s.ref, -rng.randint(3, 400))
        lines.append(f"  - {ex.name}, {s.rdate(when)}, outside acc {P('ACCESSION', ids.accession(rng, ex.code, when.year))}")
    how = rng.randrange(3)
    if how == 0:
        lines.append(f"Transfer: image-share link {P('URL', f'https://share.{out.domain}/s/{tok}')} (expires in 7 days).")
    elif how == 1:
        lines.append(f"Transfer: DICOM push from {P('IP_ADDRESS', ip)} port {port}, AE title {ids.slug(out.abbrev).upper()[:8]}_PACS.")
    else:
        lines.append(f"Transfer: CD received by courier {s.date(s.ref, 'md')}; uploaded via gateway {P('IP_ADDRESS', ip)}.")
    lines += ["", f"Reconciliation: outside name/DOB match local record; outside MRN retained in Other Patient IDs.",
              f"Imported by {s.name(tech, 'initials')} ({s.name(tech, 'first_last')}, {s.creds(tech)}) at {s.time(clock.tick(30, 240))}; "
              f"{len(studies)} {'study' if len(studies) == 1 else 'studies'}, {rng.randint(200, 3200)} images.",
              f"Viewer: {P('URL', f'https://pacs.{s.facility.domain}/viewer/?mrn={pt.mrn}&src=import')}"]
    return studies[0].modality, "\n".join(lines)


STYLES = {"mqsa_letter": mqsa_letter, "insurance_appeal": insurance_appeal, "patient_message": patient_message,
          "phone_log": phone_log, "outside_import": outside_import}
