"""Styles that come from paper or print: fax covers with OCR text, wristbands and labels, claim forms,
registry/research forms, interpreter and consent notes."""

from __future__ import annotations

from datetime import timedelta

import b7_formats as fm
from b7_case import Case, make_person
from b7_common import esign, header, ocr_noise, report_body
from b7_markup import keep, phi


def fax_cover_ocr(c: Case) -> str:
    """Fax cover sheet, then the faxed report as OCR text (rn for m, broken lines, page footers)."""
    r = c.rng
    sent = c.exam_dt + timedelta(hours=r.randint(2, 30), minutes=r.randint(0, 59))
    fax_from = fm.us_phone(r, "spaces")
    top = (
        f"{c.date(sent, 'mdy')} {c.time(sent, 'hm')}   FROM: {phi('PHONE', fax_from)}   "
        f"{c.fac(short=True)} RADIOLOGY   P. 00{r.randint(1, 2)}/00{r.randint(3, 5)}"
    )
    cover = [
        top,
        "",
        "F A X   C O V E R   S H E E T" if r.random() < 0.5 else "FACSIMILE TRANSMITTAL",
        f"To: {c.dr('referrer', 'first_last')}" + (f" / {c.fac('outside')}" if r.random() < 0.6 else ""),
        f"Fax: {phi('PHONE', fm.us_phone(r, 'dash'))}    Phone: {phi('PHONE', fm.us_phone(r, 'paren_ext'))}",
        f"From: Film Library / Release of Information, {c.fac()}",
        f"Date: {c.date(sent, 'long')}   Pages (including cover): {r.randint(2, 5)}",
        f"Re: {c.name('patient', 'last_first_upper')}   DOB {c.date(c.dob, 'mdy')}",
        "Urgent [ ]  For Review [x]  Please Reply [ ]",
        (
            "CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in "
            "error, notify the sender at the number above and destroy all copies."
        ),
        "",
    ]
    page = [
        f"{c.fac()}  -  DEPARTMENT OF RADIOLOGY",
        f"Patient: {c.name('patient', 'last_first_upper')}   {c.id('mrn')}   DOB: {c.date(c.dob, 'mdy')}",
        f"{c.id('acc')}   Ordering: {c.name('referrer', 'last_first')}",
        f"Exam date: {c.date(c.exam_dt, 'mdy')} {c.time(c.exam_dt, 'ampm')}",
        "",
        report_body(c, "upper"),
        "",
        esign(c),
        f"Page 2 of {r.randint(2, 4)}        Printed {c.date(sent, 'mdy_short')} {c.time(sent, 'short_p')}",
    ]
    return "\n".join(cover) + "\n" + ocr_noise("\n".join(page), r, r.choice((0.02, 0.04, 0.06)))


def wristband_label(c: Case) -> str:
    """Wristband, specimen label, addressograph plate or patient-CD label text as scanned or printed."""
    r = c.rng
    form = r.choice(("band", "specimen", "cd", "addressograph"))
    mrn = c.value("mrn")
    if form == "band":
        adm = c.exam_dt - timedelta(days=r.randint(0, 5))
        return "\n".join(
            (
                c.name("patient", "last_first_upper"),
                f"DOB: {c.date(c.dob, 'mdy')}  {c.age_phrase('y')} {c.patient.sex}",
                f"MRN: {phi('MRN', mrn)}   {c.id('acct')}",
                f"Adm: {c.date(adm, 'mdy_short')}  Attn: {c.name('referrer', 'last_first')}",
                "ALLERGY: IODINATED CONTRAST  *** FALL RISK ***",
                f"||| |||| || ||||| ||| *{phi('MRN', mrn)}*",
                f"{c.fac(short=True)} 4W-{r.randint(10, 40)}B",
            )
        )
    if form == "specimen":
        t = c.exam_dt + timedelta(minutes=r.randint(10, 90))
        return "\n".join(
            (
                f"SPECIMEN LABEL  |  {c.id('path', with_label=False)} A{r.randint(1, 3)}",
                f"{c.name('patient', 'last_first_upper')}  {c.patient.sex}  {c.date(c.dob, 'mdy_short')}",
                (
                    f"MRN {phi('MRN', mrn)}   Coll: {c.date(t, 'mdy_short')} {c.time(t, 'hhmm')}  by "
                    f"{c.name('tech', 'initials')}"
                ),
                "Source: US-guided core bx, 14g x 4, formalin",
                f"Ordering: {c.name('radiologist', 'last_first_upper')}",
                f"Rad ref: {c.id('acc', with_label=False)}",
            )
        )
    if form == "cd":
        burn = c.exam_dt + timedelta(days=r.randint(0, 20), minutes=r.randint(0, 500))
        return "\n".join(
            (
                f"{c.fac()}  ·  Imaging CD  ·  NOT FOR DIAGNOSTIC USE",
                f"Patient: {c.name('patient', 'dicom')}   ID: {phi('MRN', mrn)}",
                (
                    f"Birth date: {c.date(c.dob, 'compact')}   Studies: {c.exam.render_title(r)} "
                    f"({c.date(c.exam_dt, 'compact')})"
                ),
                f"Burned {c.date(burn, 'mdy')} {c.time(burn, 'ampm')} at station {phi('IP_ADDRESS', c.extra['ip'])}",
                f"Questions: Film Library {c.phone()}",
            )
        )
    return "\n".join(
        (
            f"[addressograph]  {c.name('patient', 'last_first_upper')}",
            f"{c.date(c.dob, 'mdy')}  {c.age_phrase('slash')}    {phi('MRN', mrn)}",
            f"{c.address(' ')}",
            f"{c.ids['plan'][0]}: {phi('HEALTH_PLAN_ID', c.value('plan'))}",
            f"Dr {c.name('pcp', 'last_first_upper')}",
            f"{c.fac()}",
        )
    )


def billing_claim(c: Case) -> str:
    """CMS-1500-like claim text as exported by a billing system."""
    r = c.rng
    insured_rel = r.random() < 0.4
    plan_label, plan_value = c.ids["plan"]
    dos = c.exam_dt
    rel = c.name("relative", "last_first_upper") if insured_rel else "SAME"
    cpt = {"CT": "71250", "MR": "72148", "US": "76536", "XR": "73110", "MG": "77067", "PT": "78815", "DX": "77080"}
    lines = [
        "HEALTH INSURANCE CLAIM FORM  -  APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12",
        (
            f"1. [X] {r.choice(('MEDICARE', 'GROUP HEALTH PLAN', 'MEDICAID', 'TRICARE'))}     "
            f"1a. INSURED'S I.D. NUMBER: {phi('HEALTH_PLAN_ID', plan_value)}"
        ),
        f"2. PATIENT'S NAME (Last Name, First Name, Middle Initial): {c.name('patient', 'last_first_upper')}",
        f"3. PATIENT'S BIRTH DATE: {c.date(c.dob, 'cms')}   SEX: {c.patient.sex}",
        f"4. INSURED'S NAME: {rel}",
        f"5. PATIENT'S ADDRESS: {phi('STREET_ADDRESS', c.street.upper())}",
        (
            f"   CITY: {phi('CITY', c.city.upper())}   STATE: {c.state}   ZIP CODE: {phi('ZIP', c.zip)}   "
            f"TELEPHONE: {c.phone()}"
        ),
        f"6. PATIENT RELATIONSHIP TO INSURED: {'SELF' if not insured_rel else c.relation.upper()}",
        "11. INSURED'S POLICY GROUP OR FECA NUMBER: NONE",
        f"17. NAME OF REFERRING PROVIDER: DN {c.name('referrer', 'upper_family')}",
        f"19. ADDITIONAL CLAIM INFORMATION: prior study {c.id('prior_acc', with_label=False)}",
        "21. ICD IND 0   A. R91.1   B. Z87.891   C. I10",
        (
            f"24A. DOS FROM {c.date(dos, 'cms_short')} TO {c.date(dos, 'cms_short')}   B. POS 22   "
            f"D. CPT {cpt.get(c.exam.modality, '70450')} 26   E. PTR A   F. $ {r.randint(180, 1900)} 00   G. UNITS 1"
        ),
        f"26. PATIENT'S ACCOUNT NO.: {phi('ACCOUNT_ID', c.value('acct'))}      27. ACCEPT ASSIGNMENT? YES",
        (
            f"31. SIGNATURE OF PHYSICIAN: {c.name('radiologist', 'upper_family')} {keep('credential', 'MD')}   "
            f"DATE {c.date(dos + timedelta(days=r.randint(1, 9)), 'cms_short')}"
        ),
        f"32. SERVICE FACILITY LOCATION: {phi('FACILITY', c.facility[0].upper())}",
        f"33. BILLING PROVIDER INFO & PH #: {c.fac()} RADIOLOGY ASSOC {phi('PHONE', fm.us_phone(r, 'paren'))}",
        (
            f"{c.ids['claim'][0]} {phi('ACCOUNT_ID', c.value('claim'))}   Status: "
            f"{r.choice(('DENIED CO-197', 'PENDED', 'PAID'))}"
        ),
    ]
    if plan_label == "Medicare MBI" and r.random() < 0.5:
        lines.append(f"Note: MBI on file {phi('HEALTH_PLAN_ID', plan_value.replace('-', ''))} verified via portal")
    return "\n".join(lines)


def research_registry(c: Case) -> str:
    """Registry abstraction or research-study enrollment form (coded subject IDs are not PHI)."""
    r = c.rng
    kind = r.choice(("lung", "stroke", "breast", "dose"))
    prefix = {"lung": "PL", "stroke": "STR", "breast": "BRX", "dose": "DR"}[kind]
    subj = f"{prefix}-{r.randint(1, 40):03d}-{fm.digits(r, 4)}"
    coord = make_person(r)
    c.staff["coord"] = coord
    consent = c.exam_dt - timedelta(days=r.randint(1, 60))
    title = {
        "lung": "LUNG SCREENING REGISTRY - DATA ABSTRACTION",
        "stroke": "STROKE QUALITY REGISTRY - CASE FORM",
        "breast": "BREAST IMAGING OUTCOMES STUDY (IRB 2024-0187) - ENROLLMENT",
        "dose": "CT DOSE INDEX REGISTRY - EXCEPTION REVIEW",
    }[kind]
    lines = [
        title,
        f"Subject ID: {subj}    Site: {c.fac()}",
        (
            f"Consent obtained {c.date(consent, r.choice(('mdy', 'iso', 'dmy_mon')))} by "
            f"{c.name('coord', 'first_last')} "
            f"(study coordinator, {phi('PHONE', c.extra['ext'])})"
        ),
        f"Local {c.id('mrn')}    Exam {c.id('acc')}",
        f"DOB: {c.date(c.dob, 'mdy')}    Age at enrollment: {c.age_phrase('years')}    Sex: {c.patient.sex}",
    ]
    if kind == "lung":
        lines += [
            f"Smoking: 42 pack-years, quit in {keep('year', str(r.randint(2005, 2020)))}",
            (
                f"LDCT date: {c.date(c.exam_dt, 'mdy')}    Result: "
                f"{keep('score', r.choice(('Lung-RADS 2', 'Lung-RADS 3', 'Lung-RADS 4B')))}"
            ),
            (
                f"Largest nodule: {keep('measurement', f'{r.randint(4, 22)} mm')} in "
                f"{keep('anatomy', 'right middle lobe')}"
            ),
        ]
    elif kind == "stroke":
        door = c.exam_dt - timedelta(minutes=r.randint(8, 30))
        lines += [
            f"Last known well: {c.date(door, 'md')} {c.time(door - timedelta(minutes=95), 'hm')}",
            (
                f"Door: {c.time(door, 'hm')}   {keep('modality', 'CT')} read: {c.time(c.exam_dt, 'hm')}   NIHSS 9   "
                "ASPECTS 8"
            ),
            f"LVO on {keep('modality', 'CTA')}: {keep('anatomy', 'left M1 segment')}",
        ]
    elif kind == "breast":
        lines += [
            (
                f"Index mammogram {c.date(c.exam_dt, 'mdy')}: "
                f"{keep('score', r.choice(('BI-RADS 4', 'BI-RADS 5', 'BI-RADS 3')))}"
            ),
            f"Pathology: {c.id('path', with_label=False)} - invasive ductal carcinoma, grade 2",
            f"Contact preference: e-mail {c.email()} or cell {c.phone()}",
        ]
    else:
        lines += [
            (
                f"{keep('modality', 'CT')} {r.choice(('ABDOMEN/PELVIS W', 'HEAD WO', 'PERFUSION BRAIN'))} on "
                f"{c.date(c.exam_dt, 'mdy')}: CTDIvol 28.4 mGy exceeded notification value 25"
            ),
            (
                f"Scanner: CT-3 (S/N {phi('DEVICE_SERIAL', 'CT' + fm.digits(r, 6) + 'HM')})  Technologist: "
                f"{c.name('tech', 'initial_last')}"
            ),
            (
                f"Reviewed by physicist {c.name('reviewer', 'first_last')} on "
                f"{c.date(c.exam_dt + timedelta(days=3), 'mon_d_y')}"
            ),
        ]
    lines.append(
        f"Withdrawal: none.  Next contact due {c.date(c.exam_dt + timedelta(days=r.randint(60, 200)), 'month_day')}."
    )
    if c.age >= 90:
        lines.append(
            f"Eligibility flag: age {phi('AGE_OVER_89', str(c.age))} exceeds protocol upper limit; PI approval on file."
        )
    return "\n".join(lines)


def consent_interpreter(c: Case) -> str:
    """Interpreter-services, contrast consent and MRI safety screening note (implant serials)."""
    r = c.rng
    east_asian = {"Tanaka": "Japanese", "Nakamura": "Japanese", "Park": "Korean", "Choi": "Korean"}
    lang = {
        "east_asian": east_asian.get(c.patient.family, "Mandarin"),
        "vietnamese": "Vietnamese",
        "polish": "Polish",
        "hispanic": "Spanish",
        "arabic": "Arabic",
        "nigerian": "Yoruba",
        "mononym": "Indonesian",
        "south_asian": "Punjabi",
        "dutch": "Dutch",
    }.get(c.patient.tradition, "Haitian Creole")
    interp = make_person(r)
    c.staff["interp"] = interp
    t0 = c.exam_dt - timedelta(minutes=r.randint(20, 70))
    dev, sn = c.ids["serial"]
    lines = [
        (
            f"{header('Interpreter services', 'upper')} {lang} interpreter {c.name('interp', 'first_last')} "
            f"(vendor ID {fm.digits(r, 5)}) via {r.choice(('video', 'phone', 'in person'))} at "
            f"{c.time(t0, r.choice(('hm', 'ampm', 'hours')))}."
        ),
        (
            f"Patient {c.name('patient', r.choice(('first_last', 'full', 'nick')))}, "
            f"{c.age_phrase(r.choice(('year_old', 'yo')))}, "
            f"accompanied by {c.relation} {c.name('relative', 'first_last')} ({c.phone('phone2')})."
        ),
        (
            f"{header('MRI safety screening', 'upper')} Patient reports {dev}, serial {phi('DEVICE_SERIAL', sn)}, "
            "implanted "
            f"{c.date(c.prior_dt, r.choice(('mdy', 'mon_d_y', 'month_day')))} at {c.fac('outside')}."
        ),
        (
            f"Device card scanned; UDI {phi('DEVICE_SERIAL', fm.udi(r))}. MR Conditional per manufacturer; rep "
            f"{phi('PERSON', make_person(r).form('first_last'))} paged at {phi('PHONE', fm.us_phone(r, 'dots'))}."
        ),
        (
            f"{header('Contrast consent', 'upper')} Risks of gadolinium explained through interpreter; patient's "
            f"{c.relation} asked about the {keep('year', str(r.randint(2012, 2023)))} reaction to iodinated "
            "contrast (hives)."
        ),
        f"Consent signed {c.date(t0, 'mdy')} {c.time(t0 + timedelta(minutes=6), 'hm')}; witness {c.signed('nurse')}.",
        f"Screening reviewed by {c.signed('radiologist')} prior to entry into Zone IV.",
    ]
    return "\n".join(lines)
