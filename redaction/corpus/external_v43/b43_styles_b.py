"""Prose styles for blind43."""

from __future__ import annotations

from b43_core import CR, D, H, P, m, maybe, pick
from b43_names import addressed, fold, formal, natural, person, variant, western
from b43_values import (abroad_address, acc, account, age, date, dob, dt, email, exam, facility, intl_phone, ip,
                        mrn, phone, plan, report_block, serial, ssn, time, url, us_address)


def _sig(rng, p=None):
    p = p or person(rng)
    return f"{P(natural(p))}, {CR(pick(rng, ['MD', 'MD, PhD', 'DO', 'MBBS']))}"


def _paras(rng, first, middle, last):
    rng.shuffle(middle)
    return "\n\n".join([first] + [x for x in middle if x] + [last])


def romanisation_letter(rng):
    p = person(rng, trad=pick(rng, ["vietnamese", "korean", "arabic", "somali", "russian", "icelandic", "hungarian", "japanese", "chinese"]))
    alt = variant(p) or fold(natural(p))
    ex = exam(rng)
    first = f"{facility(rng)}\nHealth Information Management\n{D(date(rng, kind=4))}\n\nDear {addressed(p)},"
    mid = [f"Thank you for letting us know that your name appears as {P(alt)} on some of your imaging records and as {P(natural(p))} on your passport. "
           f"We have reviewed medical record number {m('MRN', mrn(rng))} and the {ex[1]} performed on {D(date(rng))} (accession {m('ACCESSION', acc(rng))}).",
           f"Your legal name is now recorded as {formal(p, caps=False)}, with the family name in the last-name field. "
           + pick(rng, ["Diacritics are kept in the display name; the billing system can only print unaccented letters.",
                        "Because our scheduling software prints last name first, letters may still begin with your family name.",
                        "The name your family calls you has been added as a preferred name and will not appear on results."]),
           maybe(rng, 0.6, f"Reports already sent to {P(natural(person(rng)))}, {CR('MD')} at {facility(rng)} were corrected and re-sent on {D(date(rng))}."),
           f"If anything still looks wrong, call {m('PHONE', phone(rng))} or write to {m('EMAIL', email(rng))}. Your account {m('ACCOUNT_ID', account(rng))} is unaffected."]
    last = f"Sincerely,\n{P(natural(person(rng)))}\nRelease of Information Specialist\n{us_address(rng)}"
    return ex[0], _paras(rng, first, mid, last)


def family_meeting(rng):
    p = person(rng)
    ex = exam(rng)
    kids = [person(rng, trad=p["trad"]) for _ in range(rng.randint(2, 3))]
    gk = person(rng)
    rad, pal, ip_ = person(rng), person(rng), person(rng)
    first = f"FAMILY MEETING NOTE — {pick(rng, ['Palliative Care', 'Oncology', 'Hospital Medicine'])}\n{D(date(rng))} {D(time(rng))}, {facility(rng)}"
    who = ", ".join(f"{P(natural(k))} ({pick(rng, ['son', 'daughter', 'son-in-law', 'eldest daughter'])})" for k in kids)
    mid = [f"Present: patient {formal(p, caps=False)} ({age(rng)}, MRN {m('MRN', mrn(rng))}); {who}; granddaughter {P(natural(gk))} joined by phone from {abroad_address(rng)}; "
           f"interpreter {P(natural(ip_))}; {P(natural(pal))}, {CR('NP')}.",
           f"{P(natural(rad))} reviewed the {ex[1]} ({m('ACCESSION', acc(rng))}). " + report_block(rng, ex, headers=False),
           f"The family asked that news be given first to the eldest, {addressed(kids[0])}, as is their custom; {addressed(p)} agreed to this in private beforehand.",
           f"Grandchild {P(natural(gk).split()[0])} uses a different surname; the family explained this is normal in their tradition and asked that it not be flagged.",
           maybe(rng, 0.5, f"Code status revisited. Next meeting {D(date(rng, kind=9))} at {D(time(rng, 1))}.")]
    last = f"Time spent: {rng.randint(35, 90)} minutes, >50% counselling.\n{_sig(rng, pal)}"
    return ex[0], _paras(rng, first, mid, last)


def drafting_prompt(rng):
    p = person(rng)
    ex = exam(rng)
    rel = person(rng, trad=p["trad"])
    ref = person(rng)
    ask = pick(rng, ["Draft a patient-friendly summary of this report in plain English.",
                     "Rewrite this for the referring doctor abroad; keep the measurements exact.",
                     "Please write a short letter to the family explaining the result, address them correctly."])
    body = (f"{pick(rng, ['User', 'Radiologist', 'You'])}: {ask}\n"
            f"Patient name: {P(natural(p))} — {pick(rng, ['family name is written FIRST', 'single name only, no surname', 'family name last', 'patronymic, no family name'])}. "
            f"Greet as {addressed(p)}. Age {age(rng)}. MRN {m('MRN', mrn(rng))}.\n"
            f"Send to {P(natural(rel))} ({pick(rng, ['daughter', 'son', 'wife', 'nephew'])}), {m('EMAIL', email(rng, rel))}, who reads {pick(rng, ['Korean', 'Amharic', 'Vietnamese', 'Spanish', 'Somali', 'Tongan'])}.\n"
            f"Referring: {P(natural(ref))}, {CR('MD')}, {facility(rng, foreign=rng.random() < 0.5)}.\n\n"
            f"Report ({ex[1]}, {m('ACCESSION', acc(rng))}, dictated {D(date(rng))}):\n{report_block(rng, ex)}\n\n"
            + pick(rng, ["Do not translate the name. Do not change the order of the names.",
                         f"Note: on older films the name was spelled {P(variant(p) or fold(natural(p)))}.",
                         "Assistant: Here is a draft. Dear family, ..."]))
    return ex[0], body


def staff_chat(rng):
    p = person(rng)
    ex = exam(rng)
    a, b, c = person(rng), person(rng), person(rng)
    nick = pick(rng, ["Auntie", "Grandpa", "Nana", "the big guy in bay 4", "Mr. T"])
    def who(x):
        return P(western(x).split()[0] if rng.random() < 0.5 else western(x))
    lines = [f"[{D(time(rng, 1))}] {who(a)}: handing off CT — {formal(p, caps=True)} still waiting for {ex[1]}, acc {m('ACCESSION', acc(rng))}",
             f"[{D(time(rng, 1))}] {who(b)}: the one everyone calls {nick}? family name first right, so {addressed(p)}?",
             f"[{D(time(rng, 1))}] {who(a)}: yes. daughter {P(natural(person(rng, trad=p['trad'], sex='F')))} on {m('PHONE', phone(rng))} translates but we booked the real interpreter for {D(time(rng, 1))}",
             f"[{D(time(rng, 1))}] {who(c)}: fyi there's a second {P(surname_only(p))} on the list today, different DOB ({D(dob(rng))}), double check MRN {m('MRN', mrn(rng))}",
             f"[{D(time(rng, 1))}] {who(b)}: ok. creat fine. " + report_block(rng, ex, headers=False) if rng.random() < 0.4 else f"[{D(time(rng, 1))}] {who(b)}: ok, on it",
             maybe(rng, 0.5, f"[{D(time(rng, 1))}] {who(a)}: pls don't put nicknames in the RIS comments again, compliance flagged it"),
             maybe(rng, 0.5, f"[{D(time(rng, 1))}] {who(c)}: viewer link {m('URL', url(rng, 'pacs'))}")]
    return ex[0], f"#{pick(rng, ['ct-floor', 'mri-desk', 'ed-rads-handoff'])} — {D(date(rng))}\n" + "\n".join(x for x in lines if x)


def surname_only(p):
    return p["family"] if p["order"] in ("FG", "GF") else p["given"]


def portal_from_relative(rng):
    p = person(rng)
    rel = person(rng, trad=p["trad"])
    ex = exam(rng)
    reply = person(rng)
    first = f"Subject: {pick(rng, ['question about my father scan', 'Re: imaging results', 'my mother name is wrong'])}\nFrom: {P(natural(rel))} <{m('EMAIL', email(rng, rel))}> (proxy access)\nSent: {dt(rng)}"
    mid = [f"Hello, I am writing for my {pick(rng, ['father', 'mother', 'grandmother', 'uncle'])} {P(natural(p))}, MRN {m('MRN', mrn(rng))}. {pick(rng, ['He', 'She'])} is {age(rng)} and does not read English.",
           f"The letter from {facility(rng)} calls {pick(rng, ['him', 'her'])} {addressed(p)} but {pick(rng, ['in our culture this is not the family name', 'that is only the first name', 'the name is written the other way'])}. Please can you fix.",
           f"We saw the {ex[1]} from {D(date(rng, kind=9))} in the app. What does {pick(rng, [m('score', 'BI-RADS 4'), m('eponym', 'Baker cyst'), m('measurement', '6 mm'), m('anatomy', 'right lower lobe')])} mean?",
           maybe(rng, 0.5, f"My phone is {m('PHONE', phone(rng))}, call after {D(time(rng, 1))}.")]
    last = (f"--- Reply from {P(natural(reply))}, {CR('RN')} on {D(date(rng))} ---\nThank you, {P(rel['given'])}. "
            f"We updated the name order and the radiologist, {_sig(rng)}, will call you.")
    return ex[0], _paras(rng, first, mid, last)


def discharge_abroad(rng):
    p = person(rng)
    ex = exam(rng)
    doc = person(rng)
    first = f"{facility(rng)}\n{us_address(rng)}\n\nTo: {P(natural(person(rng)))}, {facility(rng, foreign=True)}, {abroad_address(rng)}\n{D(date(rng, kind=5))}"
    mid = [f"Re: {P(natural(p))} (our record: {formal(p)}), born {D(dob(rng))}, passport name {P(fold(natural(p)).upper())}.",
           f"Dear colleague, your patient was admitted {D(date(rng))} after {pick(rng, ['a fall while visiting family', 'chest pain on arrival', 'a road traffic collision'])}. "
           f"{ex[1]} ({m('ACCESSION', acc(rng))}): " + report_block(rng, ex, headers=False),
           f"Images are available for {rng.randint(30, 90)} days at {m('URL', url(rng))}.",
           maybe(rng, 0.5, f"An implanted device was noted, serial {m('DEVICE_SERIAL', serial(rng))}; the manufacturer card travels with the patient."),
           f"Travelling companion: {P(natural(person(rng, trad=p['trad'])))}, mobile {m('PHONE', intl_phone(rng))}."]
    last = f"With kind regards,\n{_sig(rng, doc)}\n{m('EMAIL', email(rng, doc))}"
    return ex[0], _paras(rng, first, mid, last)


def refugee_intake(rng):
    p = person(rng, trad=pick(rng, ["somali", "burmese", "pashto", "ethiopian", "arabic", "mononym", "vietnamese"]))
    ex = pick(rng, [e for e in [exam(rng) for _ in range(6)] if e[0] in ("XR", "CT")] or [exam(rng)])
    case = person(rng)
    first = f"{m('section_header', 'REFUGEE HEALTH INTAKE')} — imaging portion\n{facility(rng)}, seen {D(date(rng))}"
    mid = [f"{pick(rng, ['Client', 'Patient'])}: {P(natural(p))}; recorded by resettlement agency as {formal(p)}. "
           f"{pick(rng, ['Date of birth recorded as 01/01 (common default, true DOB unknown)', 'DOB per I-94'])}: {D(dob(rng, kind=0))}. Age {age(rng)}.",
           f"Arrived {D(date(rng))} with {pick(rng, ['wife', 'two children', 'mother', 'brother'])} {P(natural(person(rng, trad=p['trad'])))}. "
           f"Case manager {P(natural(case))} ({m('PHONE', phone(rng))}).",
           f"Overseas panel chest film from {m('year', str(rng.randint(2019, 2024)))} reviewed. {ex[1]} here: " + report_block(rng, ex, headers=False),
           f"Medicaid {m('HEALTH_PLAN_ID', plan(rng))}; address {us_address(rng)}.",
           maybe(rng, 0.5, f"Interpreter {P(natural(person(rng)))} via phone line; patient prefers to be called {addressed(p)}.")]
    last = f"{_sig(rng)}"
    return ex[0], _paras(rng, first, mid, last)


def travel_outside_films(rng):
    p = person(rng)
    ex = exam(rng)
    first = f"{facility(rng)} — Outside Imaging Import Note\n{D(date(rng))} {D(time(rng))}"
    mid = [f"{P(natural(p))} brought a CD from {facility(rng, foreign=True)} ({abroad_address(rng)}) obtained during travel. "
           f"DICOM header lists the patient as {P(fold(natural(p)).upper().replace(' ', '^'))} with foreign ID {m('MRN', str(rng.randint(100000, 999999)))}.",
           f"Imported to local MRN {m('MRN', mrn(rng))} as accession {m('ACCESSION', acc(rng))} from workstation {m('IP_ADDRESS', ip(rng))}.",
           f"Outside study {pick(rng, ['dated', 'acquired'])} {D(date(rng, kind=8))}: " + report_block(rng, ex, headers=False),
           f"Travel clinic contact {P(natural(person(rng)))} {m('PHONE', phone(rng))}. Patient {age(rng)}.",
           maybe(rng, 0.4, f"Name on disc differs in order from our record ({formal(p)}); identity confirmed by DOB {D(dob(rng))} and photo ID.")]
    return ex[0], _paras(rng, first, mid, f"Imported by {P(natural(person(rng)))}, PACS administrator.")


def obituary_request(rng):
    p = person(rng, sex='F')
    req = person(rng, trad=p["trad"])
    ex = exam(rng)
    first = f"{D(date(rng, kind=4))}\n\n{facility(rng)}\nRelease of Information\n{us_address(rng)}"
    mid = [f"To whom it may concern,\nMy {pick(rng, ['grandmother', 'father', 'aunt', 'mother'])}, {P(natural(p))}, died on {D(date(rng))} at {age(rng, old=rng.random() < 0.5, form=3)}. "
           f"Her obituary in the community paper lists her as {P(western(p))}, but your records may use {formal(p)}.",
           f"As executor I request copies of all imaging reports and the {ex[1]} images (I believe accession {m('ACCESSION', acc(rng))}) for {pick(rng, ['a genetic counselling visit', 'the insurance claim', 'our family records'])}.",
           f"Her MRN was {m('MRN', mrn(rng))} and her SSN {m('SSN', ssn(rng))}. The life insurance policy references member {m('HEALTH_PLAN_ID', plan(rng))}.",
           maybe(rng, 0.6, f"Please send to {us_address(rng)} or by secure link to {m('EMAIL', email(rng, req))}.")]
    last = f"Respectfully,\n{P(natural(req))}\n{m('PHONE', phone(rng))}"
    return ex[0], _paras(rng, first, mid, last)


def cross_border_opinion(rng):
    p = person(rng)
    ex = exam(rng)
    ref = person(rng)
    first = (f"{m('section_header', 'SECOND OPINION CONSULTATION')}\nRequesting physician: {P(natural(ref))}, {facility(rng, foreign=True)}, "
             f"{abroad_address(rng)}\nReceived {D(date(rng))}; portal upload {m('URL', url(rng, 'upload'))}")
    mid = [f"{m('section_header', 'PATIENT')}: {formal(p)} (native order: {P(natural(p))}), {age(rng)}, local MRN {m('MRN', mrn(rng))}, self-pay account {m('ACCOUNT_ID', account(rng))}.",
           f"{m('section_header', 'HISTORY')}: Outside {ex[1]} from {D(date(rng, kind=5))}; prior surgery in {m('year', str(rng.randint(2010, 2023)))}.",
           report_block(rng, ex),
           maybe(rng, 0.5, f"Discussed by video with {P(natural(ref))} and the patient's {pick(rng, ['son', 'husband', 'daughter'])} {P(natural(person(rng, trad=p['trad'])))} on {D(date(rng))} at {D(time(rng))}.")]
    return ex[0], _paras(rng, first, mid, _sig(rng))


STYLES_B = {"name_romanisation_correction_letter": romanisation_letter, "family_meeting_note_multigenerational": family_meeting,
            "drafting_prompt_diverse_names": drafting_prompt, "staff_chat_handoff_nicknames": staff_chat,
            "portal_message_from_relative": portal_from_relative, "discharge_letter_abroad": discharge_abroad,
            "refugee_health_intake_imaging": refugee_intake, "travel_medicine_outside_films": travel_outside_films,
            "obituary_records_request": obituary_request, "cross_border_second_opinion": cross_border_opinion}
