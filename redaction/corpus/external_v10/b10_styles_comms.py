"""Styles: scheduling SMS / call-centre script, patient voice messages and diaries (incl. Spanish and French),
breast imaging callback letter / navigator note, referral letter from abroad, hospice / home-health referral."""

from __future__ import annotations

import b10_cast as cast
import b10_clinical as C
import b10_dates as D
import b10_pools as pools
from b10_markup import (ACC, AGE, AN, AU, CITY, CR, DT, EML, EP, FAC, HPID, MOD, MRN, PER, SC, SER, SQ, ST, TEL,
                        LV, URL, YR, ZIP)
from b10_scene import Scene

GP_PRACTICES = {
    "United Kingdom": ["Beckett Road Surgery", "Clarendon Medical Practice", "Mill Wynd Health Centre"],
    "Ireland": ["Tuam Road Medical Centre", "Claddagh Family Practice"],
    "Canada": ["Cabinet médical des Érables", "Harcourt Family Health Team", "Osborne Village Clinic"],
    "Australia": ["Flinders Parade Medical Centre", "Castle Hill GP Clinic"],
    "New Zealand": ["Kowhai Family Doctors", "Mornington Health Centre"],
}

EXAMS = ["MRI of the left knee", "CT abdomen and pelvis with contrast", "MRI brain with and without contrast",
         "ultrasound of the thyroid", "screening mammogram", "DEXA scan", "CT chest low-dose screening",
         "MRI lumbar spine", "pelvic ultrasound", "CT angiogram of the chest"]


def scheduling_sms(rng):
    s = Scene(rng, rng.choice(["MR", "CT", "US"]))
    exam = rng.choice([e for e in EXAMS if s.pt.sex == "F" or e not in ("screening mammogram", "pelvic ultrasound")])
    appt = D.shift(s.when, rng.randint(2, 12))
    at = D.clock(rng, (7, 18))
    site_st, site_city, site_state, site_zip = s.other_address()
    out = [s.prompt(0.4, "message")]
    if rng.random() < 0.55:
        relw = rng.choice(["daughter", "son", "granddaughter", "husband" if s.pt.sex == "F" else "wife"])
        rel = cast.family_of(rng, s.pt, relw)
        stamp = lambda k: f"[{s.d(s.when, 'md')} {s.t(s.later(k), '12tight')}]"
        alt1, alt2 = D.shift(appt, rng.randint(1, 4)), D.shift(appt, rng.randint(5, 8))
        out.append(f"SMS thread export — {s.facility(False)} Central Scheduling — patient mobile {TEL(s.phone)}\n\n")
        out.append(f"{stamp(0)} OUT: Hi {PER(s.pt.given)}, this is {s.facility()} Imaging. Your {exam} is scheduled "
                   f"{s.d(appt, rng.choice(['md', 'month_day', 'mon_dot']))} at {s.t(at, '12')} at {ST(site_st)}, {CITY(site_city)}. "
                   f"Arrive 30 min early. Reply C to confirm, R to reschedule. {URL(cast.portal_url(rng))}\n")
        out.append(f"{stamp(rng.randint(3, 50))} IN: R. can we do after 4? i work til {DT('3:30')}\n")
        out.append(f"{stamp(rng.randint(51, 90))} OUT: We have {s.d(alt1, 'md')} at {DT('4:45 PM')} or {s.d(alt2, 'md')} at "
                   f"{DT('5:15 PM')}. Which works?\n")
        out.append(f"{stamp(rng.randint(91, 140))} IN: the 2nd one. my {relw} {PER(rel.given)} is driving me\n")
        out.append(f"{stamp(rng.randint(141, 160))} OUT: Confirmed for {s.d(alt2, 'long')} at {DT('5:15 PM')}. Bring photo ID and your "
                   f"insurance card. Questions: {TEL(cast.phone(rng, 'dash'))}\n")
        if s.pt.tradition in ("hispanic", "filipino") or rng.random() < 0.3:
            out.append(f"{stamp(rng.randint(161, 200))} IN: gracias!! necesito ayunar? no hablo mucho ingles\n"
                       f"{stamp(rng.randint(201, 230))} OUT: No necesita ayunar. Su cita es el {DT(D.fmt(alt2, 'es_short'))} a las "
                       f"{DT('5:15 PM')}. Para un intérprete llame al {TEL(cast.phone(rng))}.\n")
        if rng.random() < 0.5:
            out.append(f"{stamp(rng.randint(231, 300))} IN: also can u send the results to dr {PER(cast.person(rng).family.lower())} "
                       f"not my old doctor\n")
    else:
        agent = cast.person(rng)
        payer = rng.choice(pools.PAYERS)
        spouse = cast.family_of(rng, s.pt, "wife" if s.pt.sex == "M" else "husband")
        out.append(f"OUTBOUND REMINDER SCRIPT — completed by agent {PER(agent.given + ' ' + agent.family[0] + '.')} "
                   f"(queue RAD-SCHED) {s.d()} {s.t()}\n\n"
                   f"1. Greeting: \"Hello, may I speak with {s.nm(s.pt, 'plain')}? This is {PER(agent.given)} calling from "
                   f"{s.facility()} Radiology.\"\n"
                   f"2. Verify identity (two identifiers):\n   [x] Full name: {s.nm(s.pt, 'last_first')}\n"
                   f"   [x] DOB: {s.d(s.dob)}\n   [ ] MRN: {MRN(s.mrn)} (not needed)\n"
                   f"   [x] Address on file: {s.addr_inline()}\n"
                   f"3. Appointment: {exam}, {s.d(appt)} at {s.t(at)}, {s.facility(False)} — {ST(site_st)}, {CITY(site_city)}, "
                   f"{site_state} {ZIP(site_zip)}. Order accession {ACC(s.acc)}.\n"
                   f"4. Prep read: {rng.choice(['nothing to eat 4 hours before', 'drink 32 oz water 1 hour before', 'no metal, no lotion'])}."
                   f" Creatinine on file {s.day(-rng.randint(5, 40), 'mdy_short')} (eGFR 74).\n"
                   f"5. Insurance on file: {payer}, member {HPID(cast.member_id(rng))}.\n"
                   f"6. Notes: Patient's {'wife' if spouse.sex == 'F' else 'husband'} {s.nm(spouse, 'plain')} will accompany; "
                   f"{rng.choice(['needs wheelchair', 'claustrophobic, requests open MRI', 'hard of hearing, speak slowly'])}. "
                   f"Best callback {TEL(cast.phone(rng))}.\n"
                   f"Disposition: CONFIRMED   Script v{rng.randint(3, 9)}.{rng.randint(0, 9)}\n")
    return "".join(out), s.modality


def patient_voice_message(rng):
    kind = rng.choice(["en", "en", "es", "fr", "diary"])
    trad = {"es": "hispanic", "fr": rng.choice(["quebecois", "haitian"])}.get(kind)
    if kind in ("en", "es"):
        s = Scene(rng, rng.choice(["CT", "MR", "US"]), old_share=0.35, age_lo=58, age_hi=89, tradition=trad)
    else:
        s = Scene(rng, "US", old_share=0, age_lo=22, age_hi=70, tradition=trad)
    relw = rng.choice(["daughter", "son"])
    caller = cast.family_of(rng, s.pt, relw)
    exam_day = D.shift(s.when, -rng.randint(1, 9))
    out = [s.prompt(0.5, "message")]
    if kind == "en":
        out.append(_voice_en(rng, s, caller, exam_day))
    elif kind == "es":
        out.append(f"Mensaje de voz / voicemail — línea en español — {s.d()} {s.t()}\nTranscripción automática:\n\n"
                   f"hola buenas tardes habla {PER(caller.lower())} llamo por mi {'mamá' if s.pt.sex == 'F' else 'papá'} "
                   f"{PER(s.pt.lower())} fecha de nacimiento {DT(D.fmt(s.dob, 'es'))} tiene la cita de resonancia magnética "
                   f"el {DT(D.fmt(D.shift(s.when, 5), 'es_short'))} a las {DT(D.tfmt(D.clock(rng), 'es'))} pero no tenemos "
                   f"transporte desde {CITY(s.city)} necesitamos cambiar la cita mi número es {TEL(cast.phone(rng, 'dash'))} gracias\n\n"
                   f"[Staff English summary — {PER(cast.person(rng).given)}]: {relw.capitalize()} requesting reschedule of MRI for "
                   f"{s.nm(s.pt, 'last_first')} (MRN {MRN(s.mrn)}); transport barrier. Offered {s.day(9, 'md')}.\n")
    elif kind == "fr":
        out.append(f"Message vocal / voice message — {s.facility(False)} — {s.d(s.when, 'dmy_slash')} {s.t(s.t0, 'fr')}\n\n"
                   f"bonjour c'est {PER(s.pt.lower())} je vous appelle pour mon échographie du {DT(D.fmt(exam_day, 'fr'))} "
                   f"le docteur {PER(cast.person(rng).family.lower())} m'a dit que c'était un {EP('kyste de Baker')} "
                   f"mais je n'ai pas reçu le rapport mon numéro d'assurance maladie c'est {HPID(ramq(rng, s))} "
                   f"et vous pouvez me rappeler au {TEL(cast.phone(rng, 'dash'))} merci\n\n"
                   f"[EN summary]: Patient requests copy of knee {MOD('US')} report dated {s.d(exam_day, 'iso')}; "
                   f"{EP('Baker cyst')} per referrer. Email on file {EML(cast.email(rng, s.pt))}.\n")
    else:
        nurse = cast.person(rng)
        out.append(f"my scan diary — {PER(s.pt.given.lower())}\n\n"
                   f"{DT(D.fmt(exam_day, 'mon_dot'))} — {rng.choice(['ct', 'mri', 'ultrasound'])} at {s.facility()} "
                   f"({ST(s.street)} entrance). tech was {PER(nurse.given)}, super kind. they said I'd hear in 2 days.\n"
                   f"{DT(D.fmt(D.shift(exam_day, 3), 'md'))} — portal says \"{EP('Hashimoto thyroiditis')}, "
                   f"{SC('TI-RADS 3')} nodule {C.mm(rng, 8, 19)}\" what does that mean?? called {TEL(cast.phone(rng))}\n"
                   f"{DT(D.fmt(D.shift(exam_day, 6), 'month_day'))} {DT('9:40am')} — spoke w/ nurse, follow up in 1 yr. mom had thyroid "
                   f"stuff in {YR(str(rng.randint(1985, 2015)))} too. my login: {URL(cast.portal_url(rng))}\n")
    return "".join(out), s.modality


def _voice_en(rng, s, caller, exam_day) -> str:
    digits_phone = cast.phone(rng, "dash").replace("-", " ")
    head = (f"Voicemail from {TEL(cast.phone(rng, 'compact'))} received {s.d()} {s.t()} "
            "(transcription may be inaccurate)\n\n")
    he, his = s.pt.pronoun(), s.pt.possessive()
    variant = rng.randrange(3)
    if variant == 0:
        age_bit = f"{he}'s {AGE(D.words(s.age))} " if s.age >= 90 else ""
        return head + (
            f"hi um this is {PER(caller.lower())} calling about my {'mom' if s.pt.sex == 'F' else 'dad'} "
            f"{PER(s.pt.lower())} date of birth {DT(D.spoken_date(s.dob))} {age_bit}{he} had the "
            f"{rng.choice(['cat scan', 'ultrasound', 'mri'])} on {DT(D.spoken_date(exam_day, False))} at the "
            f"{FAC(s.fac.lower())} and nobody called with the results and {his} doctor doctor "
            f"{PER(cast.person(rng).family.lower())} is on vacation so um could somebody please call me back my number "
            f"is {TEL(digits_phone)} again {TEL(digits_phone)} thank you bye\n")
    if variant == 1:
        st2, c2, s2, z2 = s.other_address()
        return ("Voice-to-text message (patient portal)\n\n" if rng.random() < 0.5 else head) + (
            f"hey it's {PER(s.pt.lower())} birthday {DT(D.fmt(s.dob, 'mdy_nopad'))} i'm supposed to have my mri "
            f"{DT(D.spoken_date(D.shift(s.when, 1), False))} at {DT(D.tfmt(D.clock(rng), '12tight'))} at {FAC(s.fac)} "
            f"but i have a pacemaker the card says model {rng.choice(['Azure', 'Assurity', 'Accolade'])} serial "
            f"{SER(cast.device_serial(rng))} is that ok?? also i moved my new address is {ST(st2.lower())} "
            f"{CITY(c2.lower())} {s2.lower()} {ZIP(z2)} my cell is {TEL(digits_phone)} thx\n")
    spouse_w = "wife" if s.pt.sex == "M" else "husband"
    caller = cast.family_of(rng, s.pt, spouse_w)
    user = cast.email(rng, caller).replace("@", " at ").replace(".", " dot ")
    return head + (
        f"hi this is {PER(caller.plain())} i'm {PER(s.pt.first())}'s {spouse_w} um {he} had a ct on "
        f"{DT(D.fmt(exam_day, 'month_day'))} and the report on the portal says {EP('Paget disease')} of the pelvis and "
        f"something about {LV('L5')} what does that mean is it cancer? {his} medical record number is {MRN(s.mrn)} "
        f"you can email me at {EML(user)} or call {TEL(digits_phone)} we're around after {DT('4 pm')} thank you\n")


def ramq(rng, s) -> str:
    return f"{s.pt.family[:3].upper()}{s.pt.given[0].upper()} {cast.digits(rng, 4)} {cast.digits(rng, 4)}"


def breast_callback(rng):
    s = Scene(rng, "MG", sex="F", old_share=0.03, age_lo=40, age_hi=84, fac_kinds=("hospital", "imaging", "womens"))
    rad, nav, ref = cast.clinician(rng, "radiologist"), cast.clinician(rng, "nurse", sex="F"), cast.clinician(rng, "referrer")
    fnd, cat = C.findings_breast(rng)
    site = FAC(rng.choice([s.fac, "Mobile Mammography Coach 2", "Prairie Sky Women's Health"]))
    st2, c2, s2, z2 = s.other_address()
    out = [s.prompt(0.35, "letter")]
    if rng.random() < 0.5:
        out.append(f"{s.facility(False)}\nBreast Imaging Center · {ST(st2)} · {CITY(c2)}, {s2} {ZIP(z2)} · {TEL(cast.phone(rng))}\n\n"
                   f"{s.day(rng.randint(1, 4), 'long')}\n\n{s.nm(s.pt, 'full')}\n{s.addr_lines()}\n\n"
                   f"Dear {rng.choice(['Ms.', 'Mrs.'])} {PER(s.pt.family)},\n\n"
                   f"Thank you for having your screening {MOD('mammogram')} at {site} on {s.d()}. Your images need additional "
                   f"evaluation (result {cat}). This is common: most women called back do not have cancer. Please call "
                   f"{TEL(cast.phone(rng))} to schedule a diagnostic mammogram and possibly an {MOD('ultrasound')}.\n\n"
                   f"Federal law requires us to tell you about breast density: your breast tissue is "
                   f"{rng.choice(['heterogeneously dense', 'extremely dense', 'scattered fibroglandular'])}.\n"
                   f"A copy of this letter was sent to your health care provider, {s.dr(ref, rng.choice(['dr', 'dr_full']))}.\n")
        if s.pt.tradition in ("hispanic", "filipino") or rng.random() < 0.3:
            out.append(f"\nEstimada Sra. {PER(s.pt.family)}: su mamografía del {DT(D.fmt(s.when, 'es'))} necesita imágenes "
                       f"adicionales. Llame al {TEL(cast.phone(rng))}; hay intérpretes sin costo.\n")
        out.append(f"\nSincerely,\n{s.cred(rad)}\nBreast Imaging Section    MRN {MRN(s.mrn)}    Acc {ACC(s.acc)}\n")
    else:
        sis = cast.family_of(rng, s.pt, "sister")
        bx = D.shift(s.when, rng.randint(3, 10))
        out.append(f"NURSE NAVIGATOR NOTE — Breast Health    {s.d()} {s.t()}\n"
                   f"Pt: {s.nm(s.pt, 'last_first')}   DOB {s.d(s.dob)}   MRN {MRN(s.mrn)}\n\n"
                   f"Spoke with pt by phone at {TEL(s.phone)} to discuss {cat} result of diagnostic mammogram/US "
                   f"{s.d()} (Acc {ACC(s.acc)}):\n" + "\n".join(f"  {x}" for x in fnd) + "\n"
                   f"US-guided core biopsy scheduled {s.d(bx, 'md')} at {s.t(D.clock(rng, (7, 15)), 'hours')} with "
                   f"{s.dr(rad, 'dr')} at {site}. PMH {s.pmh()}. Hold aspirin 5 days. Pt is {AU(f'{s.age} yo')}; mother diagnosed at "
                   f"{AU(str(rng.randint(38, 70)))}. Sister {s.nm(sis, 'plain')} will drive ({TEL(cast.phone(rng))}).\n"
                   f"Navigator direct line {TEL(cast.phone(rng))}, email {EML(cast.email(rng, nav))}.\n\n{s.cred(nav)}\n")
    return "".join(out), "MG"


def intl_referral_letter(rng):
    country, city, pc, pfx, hlabel = cast.intl_place(rng)
    s = Scene(rng, rng.choice(["CT", "MR"]), old_share=0.15)
    fac = FAC(rng.choice(pools.INTL_FACILITIES[country]))
    cons, gp, us_doc = cast.clinician(rng, "radiologist"), cast.person(rng), cast.clinician(rng, "referrer")
    relw = rng.choice(["son", "daughter"]) if s.age >= 55 else rng.choice(["sister", "brother"])
    son = cast.family_of(rng, s.pt, relw)
    dstyle = rng.choice(["dmy_slash", "d_month_y", "ordinal", "dmy_dot"])
    cred = rng.choice(["MBChB, FRCR", "MB BCh BAO, FFR RCSI", "MD, FRCPC", "MBBS, FRANZCR", "FRCR"])
    streets = pools.INTL_STREETS[country]
    st1, st2 = f"{rng.randint(2, 180)} {rng.choice(streets)}", f"{rng.randint(2, 90)} {rng.choice(streets)}"
    hid = {"NHS No.": f"{cast.digits(rng, 3)} {cast.digits(rng, 3)} {cast.digits(rng, 4)}", "IHI": cast.digits(rng, 10),
           "PHIN": cast.digits(rng, 9), "Health Card No.": f"{cast.digits(rng, 4)} {cast.digits(rng, 3)} {cast.digits(rng, 3)}",
           "RAMQ": ramq(rng, s), "Medicare No.": f"{cast.digits(rng, 4)} {cast.digits(rng, 5)} {rng.randint(1, 9)}",
           "NHI": f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{cast.digits(rng, 4)}"}[hlabel]
    exam_back = rng.randint(3, 40)
    dd = lambda k=0, st=None: DT(D.fmt(D.shift(s.when, k), st or dstyle))
    us_city, us_state, us_zip = s.city, s.state, s.zip
    out = [s.prompt(0.4, "letter")]
    out.append(f"{fac}\nDepartment of {rng.choice(['Clinical Radiology', 'Medical Imaging', 'Radiologie / Radiology'])}\n"
               f"{ST(st1)}, {CITY(city)} {ZIP(pc)}, {country}\nTel {TEL(cast.intl_phone(rng, pfx))}   "
               f"Email {EML(cast.email(rng, cons, pools.INTL_EMAIL[country]))}\n\n"
               f"{dd(rng.randint(1, 5), rng.choice(['d_month_y', 'ordinal']))}\n\n"
               f"Dear Dr {PER(us_doc.family)},\n\n"
               f"Re: {s.nm(s.pt, rng.choice(['full', 'last_first']))}, DOB {DT(D.fmt(s.dob, dstyle))}, "
               f"{hlabel} {HPID(hid)}, Hospital No. {MRN(s.mrn)}\n    {ST(st2)}, {CITY(city)} {ZIP(pc)}\n\n")
    if hlabel == "RAMQ":
        out.append(f"(Version française ci-dessous / French version below.)\n\n")
    age_txt = D.age_phrase(rng, s.age, s.pt.sex)
    out.append(f"I would be grateful if you could take over the imaging follow-up of this {age_txt}, who is relocating to "
               f"{CITY(us_city)}, {us_state} to live with {s.pt.possessive()} {relw}, "
               f"{s.nm(son, 'plain')} ({EML(cast.email(rng, son))}). US address: {ST(s.street)}, {CITY(us_city)}, {us_state} {ZIP(us_zip)}.\n\n"
               f"{s.pt.pronoun().capitalize()} had a {C.modality_word(rng, s.modality)} here on "
               f"{dd(-exam_back)} (our ref {ACC(s.acc)}):\n")
    body = C.findings_neuro(rng) if s.modality == "MR" else (C.findings_abdomen(rng) if rng.random() < 0.5 else C.findings_chest(rng)[0])
    out.append("\n".join(f"  – {b}" for b in body) + "\n")
    out.append(f"\nBackground: {s.pmh()} diagnosed in {YR(str(rng.randint(1990, 2022)))}. Images are available via "
               f"{URL('https://' + rng.choice(['share', 'ie', 'xfer']) + '.imaging-exchange.example/' + cast.token(rng, 10))} until "
               f"{dd(60)}.\n\nYours sincerely,\n\n{PER(cons.plain())}\n{CR(cred)}\nConsultant Radiologist\n"
               f"cc: Dr {PER(gp.plain())}, {FAC(rng.choice(GP_PRACTICES[country]))}\n")
    if hlabel == "RAMQ":
        out.append(f"\n— Version française —\nObjet : {s.nm(s.pt, 'plain')}, né(e) le {DT(D.fmt(s.dob, 'fr'))}. "
                   f"Examen du {DT(D.fmt(D.shift(s.when, -exam_back), 'fr'))} à {DT(D.tfmt(D.clock(rng), 'fr'))}. Merci de votre collaboration.\n")
    return "".join(out), s.modality


def hospice_homehealth_referral(rng):
    s = Scene(rng, "CT", old_share=0.55, age_lo=60, age_hi=89)
    cm_rn, att, md = cast.clinician(rng, "nurse"), cast.clinician(rng, "referrer"), cast.clinician(rng, "referrer")
    poa = cast.family_of(rng, s.pt, rng.choice(["daughter", "son", "granddaughter", "wife", "husband"]))
    agency = FAC(rng.choice(pools.HOSPICES))
    home = rng.choice(pools.NURSING_HOMES)
    st2, c2, s2, z2 = s.other_address()
    out = [s.prompt(0.4, "admin")]
    hospice = rng.random() < 0.6
    out.append(f"{'HOSPICE REFERRAL / INTAKE' if hospice else 'HOME HEALTH REFERRAL — SKILLED NURSING + PT'} — {agency}\n"
               f"Referral received: {s.d()} {s.t()}   From: {s.cred(cm_rn, 'plain')}, Case Management, {FAC(cast.facility(rng, ('hospital',))[0])}\n"
               f"Phone {TEL(cast.phone(rng))}   Fax {TEL(cast.phone(rng))}\n\n"
               f"Patient: {s.nm(s.pt, 'last_first')}   DOB: {s.d(s.dob)}   Age: {D.age_field(s.age, rng.randint(0, 2))}\n"
               f"Medicare MBI: {HPID(cast.mbi(rng))}   {'Medicaid: ' + HPID(cast.member_id(rng)) if rng.random() < 0.5 else 'No secondary'}\n")
    if rng.random() < 0.6:
        out.append(f"Current location: {FAC(home)}, Room {rng.randint(100, 340)}{rng.choice('AB')}, {ST(st2)}, {CITY(c2)}, {s2} {ZIP(z2)}\n")
    else:
        out.append(f"Lives at home: {s.addr_inline()}; {rng.choice(['lives alone', 'with spouse', 'with daughter'])}\n")
    dx = rng.choice([f"end-stage {EP('Parkinson disease')}", f"advanced {EP('Alzheimer disease')}",
                     "metastatic pancreatic adenocarcinoma", "end-stage heart failure, EF 15%", f"{EP('Lewy body dementia')}"])
    out.append(f"\nPrimary dx: {dx}. PMH: {s.pmh()}, CKD 3b.\n"
               f"Imaging: {MOD('CT')} abdomen/pelvis {s.day(-rng.randint(3, 20))} (Acc {ACC(s.acc)}): "
               f"{rng.choice(['innumerable liver metastases', 'large-volume ascites', 'no acute process'])}"
               f"{', left supraclavicular ' + EP('Virchow node') if rng.random() < 0.4 else ''}.\n"
               f"Attending: {s.dr(att)}   {'Hospice medical director' if hospice else 'Certifying physician'}: {s.dr(md, 'dr')}\n"
               f"Caregiver / POA: {s.nm(poa, 'full')} (cell {TEL(cast.phone(rng))}, {EML(cast.email(rng, poa))})\n"
               f"Code status: DNR/DNI; POLST dated {s.day(-rng.randint(30, 900), 'mdy_short')}.\n")
    if hospice:
        out.append(f"Admission visit requested {s.day(1, 'md')} {s.t(D.clock(rng), 'hours')}; DME: hospital bed, O2 concentrator "
                   f"SN {SER_(rng)}.\n")
    else:
        out.append(f"Visit plan: SN 2w4 starting {s.day(2, 'md')}; PT eval {s.day(3)} at {s.t(D.clock(rng), '12')}; "
                   f"OT {s.day(5, 'md')}. Wound vac serial {SER_(rng)}.\n")
    out.append(f"Spoke with {PER(poa.given)} on {s.d()} at {s.t(s.later(40))}; family agrees with plan.\n")
    return "".join(out), "CT"


def SER_(rng) -> str:
    from b10_markup import SER
    return SER(cast.device_serial(rng))
