"""Clinical-document styles: international consult letters, ED/discharge notes quoting imaging (including
death and family contexts), tumor boards with pathology/lab cross-references, QA peer review, outside-film
second opinions and VA/military formats."""

from __future__ import annotations

from datetime import timedelta

import b7_formats as fm
import b7_pools as pools
from b7_case import Case, make_person
from b7_clinical import modality_word
from b7_common import header, report_body, surname_history
from b7_markup import keep, phi

_TITLES = {"F": ("Mrs", "Ms", "Miss"), "M": ("Mr",)}
_GP_PRACTICE = {
    "UK": "The Surgery, High Street",
    "CA": "Family Health Team",
    "AU": "General Practice Clinic",
    "EU": "Huisartsenpraktijk",
}
_BOARDS = {
    "ct_chest": "THORACIC",
    "cta_chest": "THORACIC",
    "mg_screen": "BREAST",
    "ct_ap": "GI",
    "us_ruq": "HEPATOBILIARY",
    "mr_brain": "NEURO-ONCOLOGY",
    "ct_head": "NEURO-ONCOLOGY",
    "mr_prostate": "GU",
    "pet_ct": "LYMPHOMA",
}
_DIAGNOSES = (
    "adenocarcinoma, TTF-1+",
    "IDC grade 2, ER+/PR+/HER2-",
    "HCC, moderately differentiated",
    "GBM, IDH-wildtype",
)
_QUESTIONS = ("SBRT vs resection?", "neoadjuvant first?", "biopsy the new lesion?", "eligible for trial?")
_LOCAL_MRN = {"UK": "Hosp No.", "CA": "Dossier", "AU": "URN", "EU": "Patiëntnr."}


def intl_letter(c: Case) -> str:
    """UK / Canadian / Australian / Dutch clinic letter with national health numbers and local addresses."""
    r = c.rng
    reg = c.region
    dates = {"UK": "dmy_slash", "CA": "iso", "AU": "dmy_slash", "EU": "dmy_dot"}[reg]
    typed = c.exam_dt + timedelta(days=r.randint(1, 6))
    title = ("Miss" if c.patient.sex == "F" else "Master") if c.age < 18 else r.choice(_TITLES[c.patient.sex])
    plan_label, plan_value = c.ids["plan"]
    if reg == "EU":
        addr = (
            f"{phi('STREET_ADDRESS', c.street)}, {phi('ZIP', c.zip)} {phi('CITY', c.city)}, {pools.INTL_COUNTRY[reg]}"
        )
    else:
        st = f" {c.state}" if c.state else ""
        addr = f"{phi('STREET_ADDRESS', c.street)}, {phi('CITY', c.city)}{st} {phi('ZIP', c.zip)}"
    sign_cred = {"UK": ("MBBS", "FRCR"), "CA": ("MD", "FRCPC"), "AU": ("MBBS", "FRANZCR"), "EU": ("MD", "PhD")}[reg]
    lines = [
        c.fac(),
        "Department of Clinical Radiology" if reg != "CA" else "Service de radiologie / Radiology",
        f"Tel {c.phone('phone2')}   Secretary ext. {phi('PHONE', str(r.randint(4000, 4999)))}",
        "",
        f"Dictated: {c.date(c.exam_dt, dates)}   Typed: {c.date(typed, dates)}   Our ref: RAD/{fm.digits(r, 4)}",
        "",
        f"Dr {c.name('pcp', 'first_last')}",
        _GP_PRACTICE[reg],
        "",
        f"Dear Dr {c.name('pcp', 'last')},",
        "",
        (
            f"Re: {title} {c.name('patient', r.choice(('upper_family', 'first_last', 'full')))}   DOB "
            f"{c.date(c.dob, dates)}   "
            f"{plan_label} {phi('HEALTH_PLAN_ID', plan_value)}   {_LOCAL_MRN[reg]} {phi('MRN', c.value('mrn'))}"
        ),
        f"     {addr}",
        "",
        (
            f"Thank you for referring this {c.age_phrase('year_old')} "
            f"{c.pron('girl', 'boy') if c.age < 18 else c.pron('lady', 'gentleman')}, whom we saw on "
            f"{c.date(c.exam_dt, r.choice(('ordinal', 'dmy_long', 'weekday_short')))} at "
            f"{c.time(c.exam_dt, r.choice(('uk', 'hm', 'fr')))}. "
            f"{surname_history(c)}"
        ),
        f"{modality_word(c.exam)} showed: {' '.join(c.exam.render_findings(r, 2))}",
        f"{header('Conclusion', 'title')} {c.exam.render_impression(r)}",
        (
            f"{c.pron('She', 'He')} attended with {c.pron('her', 'his')} {c.relation}, "
            f"{c.name('relative', 'first_last')}, "
            f"who can be reached on {phi('PHONE', fm.intl_phone(r, reg))}."
        ),
        "",
        "Yours sincerely,",
        "",
        f"Dr {c.name('radiologist', 'first_last')} {' '.join(keep('credential', x) for x in sign_cred)}",
        "Consultant Radiologist",
        f"cc: Patient; {c.name('relative', 'first_last')} ({c.relation})",
    ]
    return "\n".join(lines)


def ed_discharge_note(c: Case) -> str:
    """ED note, discharge summary or death note that quotes the imaging and names family and follow-up."""
    r = c.rng
    kind = r.choice(("ed", "discharge", "death"))
    adm = c.exam_dt - timedelta(hours=r.randint(1, 70))
    pt = c.name("patient", r.choice(("first_last", "last_first", "nick", "first_mi_last")))
    quote = (
        f'{modality_word(c.exam)} {c.date(c.exam_dt, "md")}: "{c.exam.render_impression(r)}" '
        f"(read by {c.dr('radiologist')})"
    )
    if kind == "ed":
        return "\n".join(
            (
                f"ED PROVIDER NOTE   {c.fac(short=True)} Emergency Department",
                f"Patient: {pt}   {c.id('mrn')}   {c.id('acct')}",
                f"Arrival: {c.date(adm, 'mdy')} {c.time(adm, 'hm')}  via EMS from home ({c.address()})",
                (
                    f"{header('HPI', 'upper')} {c.age_phrase('year_old')} {c.pron('woman', 'man')} with "
                    f"{c.exam.render_indication(r)}. "
                    f"{surname_history(c)} History obtained from {c.relation} {c.name('relative', 'first_last')} at "
                    "bedside."
                ),
                (
                    f"{header('ED course', 'upper')} {quote}. Per {c.dr('radiologist', 'last')}, no further imaging "
                    f"needed. d/w {c.dr('reviewer', 'last')} (surgery) at "
                    f"{c.time(c.exam_dt + timedelta(minutes=50), 'hm')}."
                ),
                (
                    f"{header('Disposition', 'upper')} Admit to {r.choice(('hospitalist', 'surgery', 'ICU'))}. "
                    f"Callback {c.phone('phone2')} "
                    f"({c.name('relative', 'given')})."
                ),
                f"{c.signed('referrer')}  {c.date(c.exam_dt, 'mdy')} {c.time(c.exam_dt + timedelta(minutes=90), 'hm')}",
            )
        )
    if kind == "discharge":
        dc = c.exam_dt + timedelta(days=r.randint(1, 8))
        fu = dc + timedelta(days=r.randint(5, 20), hours=r.randint(0, 6))
        snf = r.choice(("Brookhaven Senior Living", "Maple Terrace Rehabilitation", "Hearthstone Care Center"))
        return "\n".join(
            (
                "DISCHARGE SUMMARY",
                f"Name: {pt}   {c.id('mrn')}   DOB {c.date(c.dob, 'mdy')}",
                (
                    f"Admitted {c.date(adm, 'mdy')}   Discharged {c.date(dc, 'mdy')}   Attending: "
                    f"{c.signed('referrer', 'last_first')}"
                ),
                (
                    f"{header('Hospital course', 'title')} {c.age_phrase('yo')} {c.patient.sex} admitted for "
                    f"{c.exam.render_indication(r)}. "
                    f"Imaging: {quote}. {surname_history(c)}"
                ),
                (
                    f"{header('Disposition', 'title')} {r.choice(('Home with', 'To'))} {phi('FACILITY', snf)}; "
                    f"{c.relation} {c.name('relative', 'first_last')} (HCP) updated by phone {c.phone('phone2')}."
                ),
                (
                    f"{header('Follow-up', 'title')} {c.dr('pcp', 'first_last')}, {c.fac()}, "
                    f"{c.date(fu, r.choice(('month_day', 'md', 'mon_dot')))} "
                    f"at {c.time(fu, 'ampm')}. Repeat {keep('modality', modality_word(c.exam))} in 3 months."
                ),
                f"cc: {c.name('pcp', 'last_first')}; {c.name('radiologist', 'last_first')}",
            )
        )
    died = c.exam_dt + timedelta(days=r.randint(0, 3), minutes=r.randint(30, 900))
    son = make_person(r, sex="M")
    son.family = c.patient.family
    c.staff["son"] = son
    return "\n".join(
        (
            "DEATH NOTE / PRONOUNCEMENT",
            f"Called by RN {c.name('nurse', 'first_last')} to evaluate {pt} ({c.id('mrn', sep=' ')}).",
            (
                "No spontaneous respirations, no pulse, pupils fixed. Pronounced at "
                f"{c.time(died, r.choice(('hours', 'hhmm', 'hm')))} "
                f"on {c.date(died, r.choice(('mdy', 'long')))}."
            ),
            f"{c.age_phrase('year_old')} with {c.exam.render_indication(r)}; last imaging {quote}.",
            f"Family: {c.relation} {c.name('relative', 'first_last')} and son {c.name('son', 'given')} at bedside"
            + (
                "."
                if c.relation in ("wife", "husband", "partner")
                else f"; {c.pron('her', 'his')} late {c.pron('husband', 'wife')} was also a patient here."
            )
            + " Chaplain present.",
            (
                "Autopsy declined. Medical examiner not notified. Funeral home: "
                f"{r.choice(('Lakeview', 'Riverside', 'Evergreen'))} "
                f"Memorial Chapel, {phi('PHONE', fm.us_phone(r, 'paren'))}."
            ),
            f"{c.signed('referrer')}",
        )
    )


def tumor_board_path(c: Case) -> str:
    """Tumor board list: several patients, imaging with pathology and lab cross-references."""
    r = c.rng
    board = c.exam_dt + timedelta(days=r.randint(2, 9))
    board = board.replace(hour=7, minute=r.choice((0, 15, 30)))
    lines = [
        (
            f"{_BOARDS.get(c.exam.key, 'MULTIDISCIPLINARY')} TUMOR BOARD - "
            f"{c.date(board, r.choice(('weekday_long', 'mdy', 'mon_d_y')))} {c.time(board, 'ampm')}"
        ),
        f"Location: Conf Rm 3B / {phi('URL', 'https://meet.' + r.choice(pools.DOMAINS) + '/j/' + fm.digits(r, 10))}",
        f"Moderator: {c.dr('reviewer', 'first_last')}   Radiology: {c.signed('radiologist')}",
        "",
    ]
    for k in range(r.randint(2, 4)):
        if k == 0:
            who = c.name("patient", r.choice(("last_first_upper", "first_last", "upper_family")))
            mrn, age_txt, sex = c.value("mrn"), c.age_phrase("sex"), ""
        else:
            p = make_person(r)
            age = r.choice((r.randint(35, 89), r.randint(90, 99)))
            who = phi("PERSON", p.form(r.choice(("last_first_upper", "first_last"))))
            mrn = fm.mrn(r)[1]
            age_txt = phi("AGE_OVER_89", str(age)) + p.sex if age >= 90 else keep("age_under_90", f"{age}{p.sex}")
            sex = ""
        img = c.exam_dt - timedelta(days=r.randint(0, 20))
        bx = img + timedelta(days=r.randint(1, 6))
        lab = img - timedelta(days=r.randint(0, 5))
        lines += [
            (
                f"{k + 1}. {who}  MRN {phi('MRN', mrn)}  {age_txt}{sex}  - presenting: "
                f"{phi('PERSON', make_person(r).form('initial_last'))}"
            ),
            (
                f"   Imaging: {c.exam.render_title(r)} {phi('DATE_TIME', fm.fmt_date(img, 'md'))} "
                f"({phi('ACCESSION', fm.accession(r)[1])}): {c.exam.render_impression(r)}"
            ),
            (
                f"   Path: {phi('ACCESSION', fm.path_accession(r))} ({phi('DATE_TIME', fm.fmt_date(bx, 'md'))}) "
                f"{r.choice(_DIAGNOSES)}; "
                f"outside slides from {phi('FACILITY', r.choice(pools.OUTSIDE_FACILITIES)[0])}"
            ),
            (
                f"   Labs: CEA {r.randint(1, 40)}.{r.randint(0, 9)} ng/mL, AFP {r.randint(2, 900)} "
                f"({phi('DATE_TIME', fm.fmt_date(lab, 'mdy_short'))}, "
                f"specimen {phi('ACCESSION', 'L' + fm.digits(r, 9))})"
            ),
            (f"   Question: {r.choice(_QUESTIONS)}"),
        ]
    return "\n".join(lines)


def qa_peer_review(c: Case) -> str:
    """RADPEER-style peer review form, discrepancy log, or a wrong-patient QA event report."""
    r = c.rng
    kind = r.choice(("peer", "event"))
    rev_dt = c.exam_dt + timedelta(days=r.randint(10, 60))
    if kind == "peer":
        return "\n".join(
            (
                "CONFIDENTIAL PEER REVIEW DOCUMENT - PRIVILEGED UNDER STATE PEER REVIEW STATUTE",
                f"Review ID: PR-{fm.digits(r, 5)}    Date of review: {c.date(rev_dt, 'mdy')}",
                f"Original study: {c.exam.render_title(r)}   {c.id('acc')}   performed {c.date(c.exam_dt, 'mdy')}",
                f"Patient: {c.name('patient', 'initials')}  ({c.id('mrn', sep=' ')})",
                f"Original interpreter: {c.signed('radiologist', 'last_first')}",
                f"Reviewer: {c.signed('reviewer')}",
                f"Score: {keep('score', r.choice(('RADPEER 1', 'RADPEER 2a', 'RADPEER 2b', 'RADPEER 3b')))}",
                f'Discrepancy: original report did not mention: "{c.exam.render_findings(r, 1)[0]}"',
                (
                    f"Comparison available at the time: {c.date(c.prior_dt, 'mdy')} "
                    f"({c.id('prior_acc', with_label=False)})."
                ),
                (
                    f"Committee discussion scheduled {c.date(rev_dt + timedelta(days=14), 'month_day')}; "
                    f"questions to QA coordinator {c.name('nurse', 'first_last')} at {phi('PHONE', c.extra['ext'])}."
                ),
            )
        )
    other = make_person(r)
    c.staff["other"] = other
    return "\n".join(
        (
            (
                f"RADIOLOGY SAFETY EVENT REPORT #{fm.digits(r, 6)}  (event date {c.date(c.exam_dt, 'mdy')} "
                f"{c.time(c.exam_dt, 'hm')})"
            ),
            "Type: wrong patient / mislabeled images",
            (
                f"Images acquired on {c.name('patient', 'last_first_upper')} ({c.id('mrn', sep=' ')}) were attached "
                "to accession "
                f"{c.id('prior_acc', with_label=False)} belonging to {c.name('other', 'last_first_upper')} "
                f"({phi('MRN', fm.mrn(r)[1])})."
            ),
            (
                f"Both patients in the {keep('modality', modality_word(c.exam))} waiting area at "
                f"{c.fac(short=True)}; similar names and "
                f"DOBs ({c.date(c.dob, 'mdy')} "
                f"vs {phi('DATE_TIME', fm.fmt_date(c.dob - timedelta(days=r.randint(1, 400)), 'mdy'))})."
            ),
            (
                f"Discovered by technologist {c.name('tech', 'first_last')}, "
                f"{keep('credential', c.staff['tech'].credential)} "
                f"during QC at {c.time(c.exam_dt + timedelta(minutes=35), 'hm')}."
            ),
            (
                f"Corrected by PACS admin {phi('PERSON', make_person(r).form('first_last'))} from workstation "
                f"{phi('IP_ADDRESS', c.extra['ip'])}; report re-issued by {c.dr('radiologist')}."
            ),
            f"Patient notified by {c.dr('reviewer', 'first_last')} on {c.date(c.exam_dt + timedelta(days=2), 'md')}.",
        )
    )


def outside_film_read(c: Case) -> str:
    """Second-opinion read of an outside study imported from CD or an image-exchange link."""
    r = c.rng
    out_dt = c.prior_dt
    host = r.choice(("imagebridge", "radexchange", "filmless"))
    link = f"https://share.{host}.net/s/{fm.letters(r, 4, 'abcdefghkmnpqrstuvwxyzABCDEFGH23456789')}{fm.digits(r, 3)}"
    via = r.choice(
        (
            f"image exchange link {phi('URL', link)}",
            (
                f"patient-supplied CD, imported from workstation {phi('IP_ADDRESS', c.extra['ip'])} by "
                f"{c.name('tech', 'first_last')}"
            ),
            f"PACS push from {phi('IP_ADDRESS', c.extra['ip2'])} (AE title OUTSIDE_IMG)",
        )
    )
    return "\n".join(
        (
            "OUTSIDE FILM CONSULTATION (SECOND OPINION)",
            f"Patient: {c.name('patient', 'last_first')}   Local {c.id('mrn')}   DOB {c.date(c.dob, 'mdy')}",
            (
                f"Outside institution: {c.fac('outside')}   Outside MRN: {phi('MRN', fm.mrn(r)[1])}   "
                f"Outside accession: {phi('ACCESSION', fm.accession(r)[1])}"
            ),
            (
                f"Outside study date: {c.date(out_dt, r.choice(('mdy', 'mon_d_y', 'dmy_mon', 'upper_mon')))}   "
                f"Received "
                f"via {via}"
            ),
            f"Local consult {c.id('acc')}; requested by {c.dr('referrer', 'first_last')} ({c.phone()})",
            (
                f"Outside report (signed by {c.dr('reviewer', 'first_last')}, {c.fac('outside', short=True)}) reads: "
                f'"{c.exam.render_impression(r)}"'
            ),
            "",
            report_body(c, r.choice(("upper", "title")), n_findings=3, comparison="none"),
            (
                "Agree/disagree with outside interpretation: "
                f"{r.choice(('agree', 'disagree - see findings', 'minor disagreement'))}."
            ),
            f"Consult read by {c.signed('radiologist')} on {c.date(c.exam_dt, 'mdy')}.",
        )
    )


def va_military(c: Case) -> str:
    """VistA-style VA radiology report or a military treatment facility report with FMP/SSN."""
    r = c.rng
    ssn = c.value("ssn")
    nine = "".join(ch for ch in ssn if ch.isdigit())
    if r.random() < 0.55 and c.age >= 18:
        fac_full, abbr = r.choice((pools.VA_FACILITIES[0], pools.VA_FACILITIES[2]))
        case_no = f"{c.exam_dt:%m%d%y}-{r.randint(1, 3999)}"
        initial = (c.patient.family or c.patient.given)[0].upper()
        age = c.age_phrase("years") if c.age >= 90 else keep("age_under_90", str(c.age))
        signed = c.exam_dt + timedelta(hours=3)
        return "\n".join(
            (
                f"{phi('FACILITY', fac_full)}                         Radiology/Nuclear Medicine Report",
                f"Name     : {c.name('patient', 'vista')}    {phi('SSN', initial + nine[-4:])}",
                (
                    f"Pt ID Num: {phi('SSN', f'{nine[:3]}-{nine[3:5]}-{nine[5:]}')}    DOB: "
                    f"{c.date(c.dob, 'upper_mon')} ({age})"
                ),
                (
                    f"Exm Date : {phi('DATE_TIME', f'{c.exam_dt:%b %d, %Y}'.upper())}@{c.time(c.exam_dt, 'hm')}    "
                    f"Case No.: {phi('ACCESSION', case_no)}"
                ),
                (
                    f"Req Phys : {c.name('referrer', 'vista')}    Pat Loc: {phi('FACILITY', abbr) if abbr else 'CBOC'} "
                    "PRIMARY CARE"
                ),
                f"Pri Care : {c.name('pcp', 'vista')}    Svc-Connected: 70%",
                f"Proc Name: {c.exam.render_title(r)}   Status: VERIFIED",
                "",
                report_body(c, "upper", n_findings=2, with_technique=False),
                "",
                f"Primary Interpreting Staff: {c.name('radiologist', 'vista')}, Radiologist",
                f"/ES/ {c.name('radiologist', 'first_last')}",
                f"Verified {c.date(signed, 'mdy')} {c.time(signed, 'hm')}",
            )
        )
    fac_full, abbr = r.choice((pools.VA_FACILITIES[1], pools.VA_FACILITIES[3]))
    fmp = r.choice(("01", "02", "03")) if c.age < 18 else r.choice(("20", "30"))
    role = "patient" if fmp == "20" else "relative"
    rank = r.choice(("SSG", "CPT", "SFC", "PO2", "LCpl", "MAJ"))
    return "\n".join(
        (
            f"{phi('FACILITY', fac_full)} ({phi('FACILITY', abbr)}) - DEPARTMENT OF RADIOLOGY",
            f"PATIENT: {c.name('patient', 'last_first_upper')}   FMP/SSN: {fmp}/{phi('SSN', ssn)}",
            f"SPONSOR: {rank} {c.name(role, 'last_first_upper')}   UNIT: 2-8 FA, {phi('CITY', c.city)} {c.state}",
            f"DOB: {c.date(c.dob, 'mil')}   AGE: {c.age_phrase('y')}   {c.id('mrn')}",
            f"EXAM DATE/TIME: {c.date(c.exam_dt, 'mil')} {phi('DATE_TIME', f'{c.exam_dt:%H%M}Z')}   {c.id('acc')}",
            (
                f"ORDERING: {r.choice(('MAJ', 'CPT', 'LTC', 'CDR'))} {c.name('referrer', 'last_first_upper')}, "
                f"{keep('credential', 'MD')}"
            ),
            "",
            report_body(c, "upper", n_findings=2),
            "",
            f"DSN {phi('PHONE', '312-' + fm.digits(r, 3) + '-' + fm.digits(r, 4))} / COMM {c.phone('phone2')}",
            f"Read by LCDR {c.signed('radiologist', 'first_mi_last')}, Staff Radiologist",
        )
    )
