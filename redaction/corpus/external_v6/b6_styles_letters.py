"""Styles on paper or forms: UK/Australian consultant letters, Canadian/European referrals, outside-film
second opinions, scheduling/billing snippets and MRI safety screening forms.
"""

from __future__ import annotations

import datetime as dt
import random

import b6_case as cs
import b6_places as places
import b6_values as val
from b6_case import age, date, dr, name, p, time
from b6_markup import keep
from b6_people import make_person, relative_of

TITLES = {"F": ["Mrs", "Ms", "Miss"], "M": ["Mr"]}
GP_PRACTICES = {"uk": ["Whitmore Park Surgery", "Northfield Health Centre", "The Abbey Medical Practice",
                       "Kingsley Road Surgery"],
                "au": ["Toowong Family Medical", "Glenelg Medical Centre", "Banksia Street General Practice"]}
# Lower-case typist initials that would read as an English word are avoided, as a typing pool would.
SHORT_WORDS = {"am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of",
               "oh", "on", "or", "so", "to", "up", "us", "we"}


def _creds_spaced(text: str) -> str:
    """UK letters write ``MBBS FRCR`` without commas."""
    return " ".join(keep("credential", c) for c in text.split(", "))


def consult_letter(rng: random.Random) -> tuple[str, str]:
    """A UK or Australian radiology consultant letter to a GP, with the Re: block and a cc list."""
    locale = rng.choice(["uk", "uk", "au"])
    c = cs.make_case(rng, locale=locale)
    pt, gp, rad = c.patient, c.referrer, c.radiologist
    title = rng.choice(TITLES[pt.sex])
    gp_site = places.site(rng, locale)
    gp_practice = rng.choice(GP_PRACTICES[locale])
    typist = make_person(rng)
    while typist.initials().lower() in SHORT_WORDS:
        typist = make_person(rng)
    letter_d = c.signed + dt.timedelta(days=rng.randint(0, 6))
    uk_label = "NHS No" if len(c.mrn) == 12 and c.mrn.count(" ") == 2 else "Hospital No"
    ident = (f"{uk_label}: {p('MRN', c.mrn)}" if locale == "uk" else
             f"UR No: {p('MRN', c.mrn)}   Medicare: {p('HEALTH_PLAN_ID', val.plan_id(rng, 'au'))}")
    dform = "dMY" if rng.random() < 0.6 else "dmY/"
    cc = make_person(rng)
    lines = [cs.facility(c), "Department of Clinical Radiology", cs.site_address(c, sep="\n"),
             f"Tel {p('PHONE', c.site.phone)}   Secretary: {name(make_person(rng), 'full')}",
             f"Email: {p('EMAIL', 'radiology.secretaries@' + c.site.domain)}", "",
             f"Dr {name(gp, 'full')}", p("FACILITY", gp_practice),
             f"{p('STREET_ADDRESS', gp_site.street)}\n{p('CITY', gp_site.city)} "
             f"{gp_site.region + ' ' if gp_site.region else ''}{p('ZIP', gp_site.postcode)}", "",
             date(letter_d, dform), "", f"Dear Dr {name(gp, 'surname')},", "",
             f"Re: {title} {name(pt, 'full')}"
             f", DOB {date(c.dob, 'dmY/')}, {ident}",
             f"    {cs.home_address(c)}", "",
             f"Thank you for referring this {age(c.age, 'year old')} "
             f"{'lady' if pt.sex == 'F' else 'gentleman'} for {c.study}, performed on {date(c.exam, dform)}.",
             " ".join(c.findings), "",
             f"In summary: {' '.join(c.impression)} I would suggest review in the "
             f"{rng.choice(['MDT', 'fracture clinic', 'breast clinic'])}"
             f" and have copied {title} {name(pt, 'surname')} into this letter as requested.", "",
             "Yours sincerely,", "", "",
             f"Dr {name(rad, 'full')} {_creds_spaced(c.rad_cred)}", "Consultant Radiologist", "",
             f"cc: Patient; {name(cc, 'initial_last')}, Consultant "
             f"{rng.choice(['Orthopaedic Surgeon', 'Respiratory Physician', 'Breast Surgeon'])}",
             f"Dictated {date(c.signed, 'dmY/')} typed {date(letter_d, 'dmY/')}  "
             f"{name(rad, 'initials')}/{p('PERSON', typist.initials().lower())}"]
    return c.modality, "\n".join(lines)


def intl_referral(rng: random.Random) -> tuple[str, str]:
    """A Canadian (some French) or European referral/requisition with national insurance identifiers."""
    locale = rng.choice(["ca", "ca", "eu"])
    c = cs.make_case(rng, locale=locale)
    c.exam = cs.daytime(rng, c.exam)
    pt = c.patient
    french = locale == "ca" and "Hôpital" in c.site.name
    d = cs.date_forms(locale)
    if locale == "ca":
        plan = f"{'No RAMQ' if french else 'OHIP #'}: {p('HEALTH_PLAN_ID', val.plan_id(rng, 'ca'))}"
        nat = f"SIN: {p('SSN', val.sin_number(rng))}" if rng.random() < 0.3 else ""
    else:
        plan = f"Insurance no.: {p('HEALTH_PLAN_ID', 'A' + str(rng.randint(10**8, 10**9 - 1)))}"
        nat = f"BSN: {p('SSN', str(rng.randint(10**8, 10**9 - 1)))}" if rng.random() < 0.5 else ""
    lab = ({"name": "Nom / Name", "dob": "Date de naissance", "ref": "Médecin référent", "tel": "Tél."}
           if french else {"name": "Name", "dob": "Date of birth", "ref": "Referring physician", "tel": "Tel"})
    lines = [f"{cs.facility(c)} - "
             f"{'Demande de consultation en imagerie' if french else 'Diagnostic Imaging Requisition'}",
             f"{cs.site_address(c)}   {lab['tel']} {p('PHONE', c.site.phone)}", "",
             f"{lab['name']}: {name(pt, 'upper')}   {lab['dob']}: {date(c.dob, rng.choice(d))}   Sex: {pt.sex}",
             f"Chart/MRN: {p('MRN', c.mrn)}   {plan}   {nat}".rstrip(),
             f"Address: {cs.home_address(c)}   {lab['tel']}: {p('PHONE', c.home_phone)}",
             f"{lab['ref']}: {dr(c.referrer)} {keep('credential', 'MD')}, {p('FACILITY', rng.choice(places.CLINICS))}"
             f"  Fax {p('PHONE', places.phone(rng, locale))}",
             f"Exam requested: {c.study}   Urgency: {rng.choice(['P2 (within 7 days)', 'routine', 'urgent'])}",
             f"Clinical information: {c.indication}. {age(c.age, 'yo')}.",
             f"Previous imaging: {date(c.prior, rng.choice(d))} at {phi_other_site(rng, locale)}", "",
             f"Appointment: {date(c.exam, rng.choice(d))} {time(c.exam, rng.choice(['hm', 'h_eu']))}, "
             f"{rng.choice(['please arrive 15 min early', 'fasting 6 h', 'bring previous images on CD'])}",
             "", "Report:", " ".join(c.findings), " ".join(c.impression),
             f"{dr(c.radiologist)} {_creds_spaced(c.rad_cred)}, {date(c.signed, rng.choice(d))}"]
    return c.modality, "\n".join(lines)


def phi_other_site(rng: random.Random, locale: str) -> str:
    """Another facility in the same locale."""
    return p("FACILITY", rng.choice(places.FACILITIES[locale])[0])


def outside_film_read(rng: random.Random) -> tuple[str, str]:
    """A second-opinion report on outside images imported from CD, including the CD label text."""
    c = cs.make_case(rng)
    outside = places.site(rng, "us")
    o_name = outside.name.upper().replace("SAINT", "ST").replace("'", "")
    o_acc, o_mrn = val.accession(rng, c.modality, c.prior.year), val.mrn(rng)
    received = c.exam
    lines = ["OUTSIDE FILM CONSULTATION (SECOND OPINION)",
             f"Requested by: {cs.signed_name(c.referrer, c.ref_cred, 'full')}",
             f"Images received {date(received, 'mdY')} via {rng.choice(['CD', 'image exchange', 'courier DVD'])} "
             f"from {p('FACILITY', outside.name)}, {p('CITY', outside.city)}, {outside.region}.",
             f"CD label: \"{p('FACILITY', o_name)} / {name(c.patient, 'hl7')}"
             f" / DOB {p('DATE_TIME', c.dob.strftime('%Y%m%d'))} / "
             f"{p('DATE_TIME', val.date_str(c.prior.date(), 'DMONY'))}\"",
             f"Outside accession: {p('ACCESSION', o_acc)}   Outside MRN: {p('MRN', o_mrn)}   Local MRN: "
             f"{p('MRN', c.mrn)}",
             f"Outside report: {rng.choice(['not provided', 'provided, by ' + dr(make_person(rng))])}.", "",
             cs.report_body(rng, c).replace(c.study, f"{c.study} (outside, {date(c.prior, 'mdY')})", 1), "",
             f"Reviewed by {cs.signed_name(c.radiologist, c.rad_cred, 'full')} on {date(c.signed, 'mdY')}. "
             f"Images stored as outside study, accession {p('ACCESSION', c.acc)}."]
    return c.modality, "\n".join(lines)


PAYERS = ["Blue Cross Blue Shield PPO", "Aetna Choice POS II", "Medicare Part B", "Medicaid (managed)",
          "UnitedHealthcare Dual Complete", "Tricare Prime", "Cigna Open Access", "self-pay"]
CPT = {"CT": "74177", "MR": "72148", "US": "76536", "XR": "73110", "MG": "77067"}


def billing_scheduling(rng: random.Random) -> tuple[str, str]:
    """A scheduling confirmation and insurance verification snippet with CPT/ICD codes as hard negatives."""
    c = cs.make_case(rng)
    c.exam = cs.daytime(rng, c.exam)
    pt = c.patient
    guarantor = relative_of(rng, pt)
    arrive = c.exam - dt.timedelta(minutes=rng.choice([15, 30, 45]))
    tf = rng.choice(["ampm", "ampm_tight", "hm"])
    payer2 = rng.choice(PAYERS[:-1])
    call = c.exam - dt.timedelta(days=3, minutes=rng.randint(30, 300))
    lines = [f"SCHEDULING CONFIRMATION - {cs.facility(c)}",
             f"Patient: {name(pt, rng.choice(['upper', 'last_first', 'nick_full']))}   DOB: {date(c.dob, 'mdY')}   "
             f"MRN: {p('MRN', c.mrn)}",
             f"Home: {p('PHONE', c.home_phone)}   Cell: {p('PHONE', places.phone(rng, 'us'))}   "
             f"(prefers text)" if rng.random() < 0.5 else f"Phone: {p('PHONE', c.home_phone)}",
             f"Address: {cs.home_address(c)}",
             f"Appt: {date(c.exam, rng.choice(['mdY', 'long', 'MdY']))} {time(c.exam, tf)}, arrive "
             f"{time(arrive, tf)} - {c.study}",
             f"CPT {CPT[c.modality]}  ICD-10 {rng.choice(['R10.31', 'M54.16', 'R07.89', 'N63.20', 'S62.101A'])}",
             f"Primary ins: {rng.choice(PAYERS[:-1])}  Member ID: {p('HEALTH_PLAN_ID', val.plan_id(rng))}",
             f"Secondary: {payer2}  ID# {p('HEALTH_PLAN_ID', val.plan_id(rng))}" if rng.random() < 0.5 else
             "Secondary: none",
             f"Guarantor: {name(guarantor, 'full')} ({'parent' if c.age < 18 else 'spouse'})  SSN "
             f"{p('SSN', val.ssn(rng))}",
             f"Account #: {p('ACCOUNT_ID', val.account_id(rng))}   Est. patient responsibility: "
             f"${rng.randint(0, 900)}.00",
             f"Prior auth: {rng.choice(['obtained', 'pending', 'not required'])} - spoke with "
             f"{name(make_person(rng), 'given_only')} at payer, ref call {time(call, 'ampm')}",
             f"Scheduler: {name(make_person(rng), 'initial_last')}   Interpreter: "
             f"{rng.choice(['Vietnamese', 'Yoruba', 'Arabic', 'Polish', 'Spanish', 'none'])}"]
    return c.modality, "\n".join(lines)


IMPLANTS = ["Pacemaker", "ICD", "Cochlear implant", "Deep brain stimulator", "Insulin pump",
            "Programmable VP shunt", "Spinal cord stimulator", "Aneurysm clip"]


def mri_safety_screen(rng: random.Random) -> tuple[str, str]:
    """An MRI safety screening form: implants with serial numbers, who cleared the patient for Zone IV."""
    c = cs.make_case(rng, modality="MR")
    pt = c.patient
    cleared = c.exam - dt.timedelta(minutes=rng.randint(5, 50))
    implant = rng.choice(IMPLANTS)
    rep = make_person(rng)
    lines = [f"MRI SAFETY SCREENING - {cs.facility(c)}",
             f"Name: {name(pt, 'last_first')}   DOB: {date(c.dob, rng.choice(['mdY', 'mdy']))}   "
             f"Age: {age(c.age, 'years')}   Wt: {rng.randint(40, 140)} kg",
             f"Exam: {c.study} ({p('ACCESSION', c.acc)})",
             f"1. Prior surgery? Y - {implant} placed {keep('year', str(rng.randint(2005, 2023)))} at "
             f"{phi_other_site(rng, 'us')}",
             f"   Model: {rng.choice(['Azure XT', 'Nucleus 7', 'Vercise', 'Certas Plus', 'Inspire IV'])}   "
             f"Serial: {p('DEVICE_SERIAL', val.serial(rng))}   MR status: "
             f"{rng.choice(['MR Conditional', 'MR Unsafe'])}",
             f"   Card seen: {rng.choice(['yes', 'no - called rep'])}; rep {name(rep, 'full')} "
             f"{p('PHONE', places.phone(rng, 'us', extension=rng.random() < 0.5))}",
             f"2. Metal fragments in eyes? N   3. Pregnant? {'N' if pt.sex == 'F' else 'n/a'}",
             f"Sequences planned: {keep('sequence', 'DWI')}, {keep('sequence', 'T2 FLAIR')}, "
             f"{keep('sequence', 'SWI')} (SAR limited, {keep('sequence', 'T1 post-contrast')} if cleared)",
             f"Screened by: {cs.signed_name(c.tech, c.tech_cred, 'full')}  "
             f"Cleared for Zone IV: {dr(c.radiologist)} at {time(cleared, rng.choice(['hours', 'hm']))} on "
             f"{date(cleared, 'md')}",
             f"Patient/guardian signature: {name(pt, 'full')}  Witness: {name(make_person(rng), 'initials')}"]
    return c.modality, "\n".join(lines)


STYLES = {"consult_letter": consult_letter, "intl_referral": intl_referral, "outside_film_read": outside_film_read,
          "billing_scheduling": billing_scheduling, "mri_safety_screen": mri_safety_screen}
