"""Styles 11-20: research, military, custody, family, foreign-language, chat, legal and prompt documents."""

from __future__ import annotations

from b4_context import Ctx
from b4_findings import cred, findings, hdr, impression, mod
from b4_markup import K, P
from b4_pools import GIVEN_F, GIVEN_M, RAD_CREDS, TECH_CREDS
from b4_styles_a import initials


def trial_read_form(c: Ctx) -> str:
    c.modality = c.rng.choice(("CT", "MRI"))
    reader = c.person()
    site = c.rng.randint(101, 148)
    subj = P("MRN", f"{site}-{c.digits(4)}")
    size = lambda lo, hi: K("measurement", f"{c.rng.randint(lo, hi)} mm")  # noqa: E731
    rows = [f"T{k}  {c.rng.choice(('liver', 'lung RUL', 'adrenal L', 'node, para-aortic'))}  {size(11, 58)}  "
            f"(baseline {size(15, 70)})" for k in (1, 2, 3)]
    return "\n".join([
        "BLINDED INDEPENDENT CENTRAL REVIEW — READ FORM (RECIST 1.1)   Protocol RGX-0417",
        f"Site {site}: {c.fac()}    Subject: {subj}    Subject initials: {P('PERSON', initials(c.patient))}",
        f"Timepoint: Week {c.rng.choice((6, 12, 18, 24))}    Scan date: {c.date(c.study, 'dmon')}    "
        f"Modality: {mod(c.modality)}",
        "Lesion  Location  LD  ",
        *rows,
        *findings(c.rng, c.modality, 1),
        f"Overall response: {c.rng.choice(('PR', 'SD', 'PD'))}. New lesions: none.",
        f"Reader: {c.name(reader, 'plain')}, {cred('MD')}   e-signed {c.date(c.days(4), 'dmon')} {c.time('sec')} UTC",
        f"Query to site coordinator {c.email(c.person())} re: missing {K('sequence', 'DWI')} for {subj}.",
    ])


def military_record(c: Ctx) -> str:
    c.modality = c.rng.choice(("CT", "MRI", "XR"))
    poc, rad = c.person(), c.person()
    ssn = c.ssn()
    return "\n".join([
        f"{c.fac()} — RADIOLOGY CONSULT (SF 513 continuation)",
        f"NAME: {c.name(c.patient, 'upper_last')}   GRADE: {c.rng.choice(('E-5', 'E-7', 'O-3', 'W-2'))}   "
        f"BRANCH: {c.rng.choice(('USA', 'USMC', 'USN', 'USAF'))} (ret.)",
        f"DoD ID: {P('MRN', c.digits(10))}   FMP/SSN: 20/{ssn}   TRICARE: {c.plan_id()}",
        f"Date of injury: {c.date(c.days(-c.rng.randint(400, 6000)), 'mil')} (IED blast; TBI screen positive)",
        f"Exam: {mod(c.modality)} — {c.date(c.study, 'mil')} {c.time('zulu')}",
        f"{hdr('FINDINGS')}:",
        *findings(c.rng, c.modality, 2),
        f"{hdr('IMPRESSION')}: {impression(c.rng)}",
        f"Interpreted by {c.name(rad, 'upper_last')}, {cred('MD')}, LTC, MC",
        f"POC: {c.rng.choice(('SFC', 'CPT', 'MAJ'))} {c.name(poc, 'plain')}, DSN {c.phone('dash')}, "
        f"{c.email(poc)}",
        f"Patient SSN on file ({ssn}) verified against DEERS.",
    ])


def custody_occ_referral(c: Ctx) -> str:
    c.modality = c.rng.choice(("XR", "CT"))
    officer, doc = c.person(), c.person()
    if c.rng.random() < 0.5:
        head = [
            f"{P('FACILITY', 'Northfield Correctional Health Unit')} — OFFSITE IMAGING REFERRAL",
            f"Inmate: {c.name(c.patient, 'upper_last')}   DOC #: {P('MRN', c.digits(7))}   "
            f"Housing: Unit C-2   DOB: {c.date(c.dob, 'us')}",
            f"Escort: Officer {c.name(officer, 'family')} and Officer {c.name(c.person(), 'family')}; restraints "
            "must remain unless the radiologist requests removal for positioning.",
            "Do not disclose appointment date/time to the patient.",
        ]
    else:
        head = [
            "WORKERS' COMPENSATION — OCCUPATIONAL HEALTH IMAGING REFERRAL",
            f"Employee: {c.name(c.patient, 'full')}   Claim #: {c.account()}   "
            f"Date of injury: {c.date(c.days(-c.rng.randint(2, 60)), 'us_short')}",
            f"Employer contact: {c.name(officer, 'plain')} (safety manager) {c.phone('paren')}",
            "Mechanism: fall from ladder at work site.",
        ]
    return "\n".join([
        *head,
        f"Referring: {c.name(doc, 'full')}, {cred('DO')}  Fax {c.phone('dot')}",
        f"Exam performed {c.date(c.study, 'long')} at {c.fac(other=True)}: {mod(c.modality)}",
        *findings(c.rng, c.modality, 2),
        f"Age {c.age_phrase('yrs')}; results to referring only.",
    ])


def guardian_peds_note(c: Ctx) -> str:
    c.modality = "XR"
    years = c.rng.randint(2, 16)
    c.set_age(years)
    c.patient = c.person(c.sex)
    gm, mom, res, att = c.person("F"), c.person("F"), c.person(), c.person()
    gm.family = c.patient.family if c.rng.random() < 0.5 else gm.family
    return "\n".join([
        f"{c.fac()} — Pediatric Radiology",
        f"Patient: {c.name(c.patient, 'full')}   Age: {K('age_under_90', f'{years} yrs {c.rng.randint(0, 11)} mo')}"
        f"   DOB: {c.date(c.dob, 'us')}   MRN: {c.mrn()}",
        f"Legal guardian: {c.name(gm, 'plain')} (maternal grandmother; custody order on file). Biological mother "
        f"{c.name(mom, 'plain')} is NOT authorized to receive results.",
        f"Guardian phone {c.phone('paren')}; address {c.address()}",
        f"History: {K('age_under_90', f'{years}-year-old')} fell from monkey bars at school.",
        f"{hdr('FINDINGS')}:",
        *findings(c.rng, "XR", 2),
        f"{hdr('IMPRESSION')}: {impression(c.rng)}",
        f"Child life specialist {c.name(c.person('F'), 'given')} assisted. Dictated by {c.name(res, 'plain')}, "
        f"{cred('MD')} (PGY-3); attending {c.name(att, 'plain')}, {cred('MD')}, {c.date(c.study, 'us')} {c.time('24')}",
    ])


def ob_twin_ultrasound(c: Ctx) -> str:
    c.modality = "US"
    c.set_age(c.rng.randint(18, 44))
    c.patient, fob, sono, mfm = c.person("F"), c.person("M"), c.person("F"), c.person()
    lmp = c.days(-c.rng.randint(130, 220))
    names = (c.rng.choice(GIVEN_F), c.rng.choice(GIVEN_M))
    biom = lambda: ", ".join(f"{k} {K('measurement', f'{c.rng.uniform(3, 30):.1f} cm')}"  # noqa: E731
                             for k in ("BPD", "HC", "AC", "FL"))
    return "\n".join([
        f"{c.fac()} — Maternal-Fetal Medicine Ultrasound",
        f"Patient: {c.name(c.patient, 'last_first')}   {c.age_phrase('yo')}   G2P1   MRN {c.mrn()}",
        f"LMP: {c.date(lmp, 'us')}   EDD by LMP: {c.date(c.days(280 - (c.study - lmp).days), 'us')}   "
        f"Exam: {c.date(c.study, 'us')}",
        "Dichorionic diamniotic twin gestation.",
        f"Twin A (maternal left): {biom()}; EFW {K('measurement', f'{c.rng.randint(300, 2400)} g')}.",
        f"Twin B (maternal right): {biom()}; EFW {K('measurement', f'{c.rng.randint(300, 2400)} g')}.",
        *findings(c.rng, "US", 1),
        f"Parents plan to name the twins {P('PERSON', names[0])} and {P('PERSON', names[1])}; father of the babies "
        f"{c.name(fob, 'plain')} present, cell {c.phone('dash')}.",
        f"Sonographer: {c.name(sono, 'plain')}, {cred('RDMS')}. Interpreted by Dr. {c.name(mfm, 'family')}.",
    ])


def bilingual_header(c: Ctx) -> str:
    rad, ref = c.person(), c.person()
    if c.rng.random() < 0.5:
        head = [
            "INFORME RADIOLÓGICO / RADIOLOGY REPORT",
            f"Nombre / Name: {c.name(c.patient, 'full')}",
            f"Fecha de nacimiento / DOB: {c.date(c.dob, 'dmy_slash')}   Edad: {c.age_phrase('anos')}",
            f"Nº historia clínica / MRN: {c.mrn()}   Póliza / Plan: {c.plan_id()}",
            f"Domicilio: {c.address()}   Tel: {c.phone('dash')}",
            f"Fecha del estudio: {c.date(c.study, 'es')}   Hora: {c.time('24')}   Médico solicitante: Dr. "
            f"{c.name(ref, 'plain')}",
            f"{hdr('HALLAZGOS')} / {hdr('FINDINGS')}:",
        ]
        tail = f"Firmado por {c.name(rad, 'plain')}, {cred('MD')} — {c.date(c.days(1), 'es')}"
    else:
        head = [
            "COMPTE RENDU D'IMAGERIE / IMAGING REPORT",
            f"Nom: {P('PERSON', c.patient.family.upper() or c.patient.given.upper())}   Prénom: "
            f"{P('PERSON', c.patient.given)}" if c.patient.family else f"Nom: {c.name(c.patient, 'given')}",
            f"Né(e) le / DOB: {c.date(c.dob, 'dmy_dot')}   Âge: {c.age_phrase('ans')}   N° IPP: {c.mrn()}",
            f"Date de l'examen: {c.date(c.study, 'fr')} à {c.time('fr')}   {c.fac()}",
            f"Médecin prescripteur: Dr {c.name(ref, 'family')}   Tél: {c.phone('intl')}",
            f"{hdr('RÉSULTATS')} / {hdr('FINDINGS')}:",
        ]
        tail = f"Validé par Dr {c.name(rad, 'plain')} le {c.date(c.days(1), 'dmy_slash')} à {c.time('fr')}"
    return "\n".join([*head, *findings(c.rng, c.modality, 2),
                      f"{hdr('CONCLUSION')}: {impression(c.rng)}", tail])


def secure_text_thread(c: Ctx) -> str:
    c.modality = c.rng.choice(("CT", "XR", "US"))
    ed, rad = c.person(), c.person()
    pt = c.patient
    kin_rel, kin = c.relative("wife", "son", "sister", "partner")
    rel = (kin_rel, c.name(kin, "plain"))
    ptname = c.name(pt, "initial") if pt.family else c.name(pt, "given")
    msgs = [
        (ed, f"is the {mod(c.modality)} on bed {c.rng.randint(1, 40)} read yet? {ptname}, acc {c.acc()}"),
        (rad, "looking now"),
        (rad, c.rng.choice(findings(c.rng, c.modality, 2))),
        (ed, "ok thx. family asking — {} is {}, ok to discuss?".format(*rel)),
        (rad, f"yes. I'll call you on {c.phone('ext')} if anything changes. final by {{final}}"),
    ]
    stamps = c.clock(len(msgs) + 1, "short")
    lines = [f"[{c.fac()} secure chat] exported {c.date(c.days(1), 'iso')} by {c.name(c.person(), 'plain')}"]
    for stamp, (who, body) in zip(stamps, msgs, strict=False):
        lines.append(f"{stamp}  {c.name(who, c.rng.choice(('plain', 'initial')))}: {body}")
    return "\n".join(lines).replace("{final}", stamps[-1])


def records_release_request(c: Ctx) -> str:
    lawyer, para = c.person(), c.person("F")
    maiden = c.person("F")
    maiden.given = c.patient.given
    return "\n".join([
        "AUTHORIZATION FOR USE AND DISCLOSURE OF PROTECTED HEALTH INFORMATION (IMAGING)",
        f"Patient: {c.name(c.patient, 'full')}   Other names used: {c.name(maiden, 'plain')}",
        f"DOB: {c.date(c.dob, 'long')} ({c.age_phrase('yrs')})   SSN: {c.ssn()}   Account: {c.account()}   "
        f"Plan: {c.plan_id()}",
        f"Address: {c.address()}   Phone: {c.phone('paren')}   E-mail: {c.email(c.patient, webmail=True)}",
        f"Release from: {c.fac()} Radiology / Film Library",
        f"Release to: {c.name(lawyer, 'plain')}, {cred('Esq.')}, Marlowe & Pike LLP, fax {c.phone('dash')}, "
        f"attention {c.name(para, 'plain')} (paralegal)",
        f"Records: all {mod('CT')}, {mod('MRI')} and {mod('XR')} images and reports from "
        f"{c.date(c.days(-c.rng.randint(200, 900)), 'us')} to {c.date(c.study, 'us')}, including accession "
        f"{c.acc()} (outside read by {c.fac(other=True)}).",
        "Purpose: litigation (motor vehicle collision). Expires one year from signature.",
        f"Signed this {c.date(c.days(3), 'legal')}.   /s/ {c.name(c.patient, 'plain')}",
        f"Received by HIM {c.date(c.days(5), 'us_short')} {c.time('ampm')}; portal upload "
        f"{P('URL', f'https://share.{c.domain}/roi/{c.digits(6)}?token={c.letters(10).lower()}')}",
    ])


def postmortem_ct_note(c: Ctx) -> str:
    c.modality = "CT"
    if c.rng.random() < 0.5:
        c.set_age(c.rng.randint(90, 103))
    kin_rel, kin = c.relative("grandson", "niece", "caregiver")
    rad, path = c.person(), c.person()
    case = P("ACCESSION", f"ME-{c.study.year % 100}-{c.digits(4)}")
    return "\n".join([
        f"POSTMORTEM {mod('CT')} — Office of the Medical Examiner, Orrick County",
        f"Decedent: {c.name(c.patient, 'upper_last')}   ME case {case}   Age: {c.age_phrase('y')}   Sex: {c.sex}",
        f"Pronounced {c.date(c.days(-1), 'us')} at {c.time('hrs')}; scanned {c.date(c.study, 'us')} at {c.time('hrs')}",
        f"Found at residence: {c.address()}",
        f"Identified by {kin_rel} {c.name(kin, 'plain')} "
        f"({c.phone('paren')}).",
        f"{hdr('FINDINGS')}:",
        *findings(c.rng, "CT", 2),
        "Intravascular gas consistent with postmortem change.",
        f"{hdr('IMPRESSION')}: no skeletal trauma to explain death; autopsy to follow under case {case}.",
        f"Radiologist: {c.name(rad, 'plain')}, {cred(c.rng.choice(RAD_CREDS))}   Forensic pathologist: Dr. "
        f"{c.name(path, 'family')}",
    ])


def markdown_table_prompt(c: Ctx) -> str:
    ref = c.person()
    priors = []
    for _ in range(c.rng.randint(2, 4)):
        m = c.rng.choice(("CT", "MRI", "US"))
        priors.append(f"| {c.any_date(c.days(-c.rng.randint(30, 1500)))} | {mod(m)} | {c.acc()} | "
                      f"{c.fac(other=True)} | {c.rng.choice(('stable', 'new nodule', 'no change', 'see report'))} |")
    acc = c.acc_value()
    return "\n".join([
        "You are a radiology drafting assistant. Write the COMPARISON paragraph for today's report.",
        "",
        "| field | value |", "|---|---|",
        f"| patient | {c.name(c.patient, 'full')} |",
        f"| dob | {c.date(c.dob, 'iso')} |", f"| mrn | {c.mrn()} |",
        f"| ordering | Dr. {c.name(ref, 'plain')} ({c.phone('dot')}) |",
        f"| tech | {P('PERSON', initials(c.person()))}, {cred(c.rng.choice(TECH_CREDS))} |",
        "", "Priors:", "| date | exam | accession | site | note |", "|---|---|---|---|---|", *priors,
        "", f"Today ({c.date(c.study, 'md')}, {mod(c.modality)}, acc {P('ACCESSION', acc)}):",
        *findings(c.rng, c.modality, 2),
        f"Viewer: {P('URL', f'http://{c.rng.randint(10, 172)}.{c.rng.randint(0, 255)}.4.21/viewer/?acc={acc}')}",
        "Keep it under 80 words and do not repeat identifiers.",
    ])


STYLES_B = (trial_read_form, military_record, custody_occ_referral, guardian_peds_note, ob_twin_ultrasound,
            bilingual_header, secure_text_thread, records_release_request, postmortem_ct_note, markdown_table_prompt)
