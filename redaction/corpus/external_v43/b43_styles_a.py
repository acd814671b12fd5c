"""Structured / machine-made styles for blind43."""

from __future__ import annotations

from b43_core import CR, D, H, P, m, maybe, pick
from b43_names import addressed, fold, formal, hl7, natural, person, variant, western
from b43_values import (abroad_address, acc, account, age, date, dob, dt, email, exam, facility, intl_phone, ip,
                        mrn, phone, plan, report_block, serial, ssn, time, url, us_address)


def _fields(rng, rows, sep=": ", width=18):
    rows = [r for r in rows if r]
    head, tail = rows[:2], rows[2:]
    rng.shuffle(tail)
    return "\n".join(f"{k}{sep}".ljust(width) + v if sep == ": " else f"{k}{sep}{v}" for k, v in head + tail)


def adt_registration(rng):
    p = person(rng)
    mod = exam(rng)
    relt = person(rng, trad=p["trad"]) if rng.random() < 0.7 else person(rng)
    pref = pick(rng, ["", western(p), natural(p).split()[-1]])
    rows = [("PATIENT NAME", formal(p, caps=True, comma=rng.random() < 0.6, ascii_only=rng.random() < 0.5)),
            ("MRN", m("MRN", mrn(rng))),
            ("NAME ORDER FLAG", {"FG": "FAMILY-FIRST (source: passport)", "MONO": "SINGLE NAME - FNU applied", "INIT": "INITIALS + GIVEN NAME",
                                 "PATRO": "PATRONYMIC - NO FAMILY NAME", "CHAIN": "GIVEN + FATHER + GRANDFATHER", "BURMESE": "NO FAMILY NAME"}.get(p["order"], "GIVEN-FIRST")),
            ("LEGAL NAME (as on ID)", P(natural(p))),
            ("DOB", D(dob(rng))),
            ("SSN", m("SSN", ssn(rng)) if rng.random() < 0.5 else "NONE - ITIN pending"),
            ("ADDRESS", us_address(rng)),
            ("HOME PH", m("PHONE", phone(rng))),
            ("EMAIL", m("EMAIL", email(rng, p)) if rng.random() < 0.6 else ""),
            ("LANGUAGE", pick(rng, ["Vietnamese", "Mandarin", "Korean", "Hungarian", "Somali", "Amharic", "Tigrinya", "Pashto",
                                    "Burmese", "Tongan", "Spanish", "Punjabi", "Tamil", "Icelandic", "Twi", "Yoruba"])),
            ("INTERPRETER NEEDED", pick(rng, ["Y", "N"])),
            ("EMERG CONTACT", f"{formal(relt, caps=rng.random() < 0.5)} ({pick(rng, ['son', 'daughter', 'spouse', 'niece', 'grandson', 'mother'])}) {m('PHONE', phone(rng))}"),
            ("GUARANTOR ACCT", m("ACCOUNT_ID", account(rng))),
            ("PRIMARY INS ID", m("HEALTH_PLAN_ID", plan(rng))),
            ("REGISTERED", dt(rng)),
            ("REG CLERK", P(pick(rng, ["thnguyen", "jkaur", "mokonkwo", "abaker"]))),
            ("VISIT", f"{mod[1]} at {facility(rng)}")]
    rows = [(k, v) for k, v in rows if v]
    if pref and pref != natural(p):
        rows.insert(3, ("PREFERRED NAME", P(pref)))
    title = pick(rng, ["ADT^A04 REGISTRATION SNAPSHOT", "PATIENT REGISTRATION - OUTPATIENT IMAGING", "Registration Summary (Epic-style print)"])
    note = pick(rng, [f"Note: patient writes family name first; confirm order before printing wristband.",
                      f"Note: name entered LAST, FIRST per HIS rules; patient's passport reads {P(natural(p))}.",
                      f"Note: age at registration {age(rng)}.", ""])
    return mod[0], f"{title}\n{'=' * len(title)}\n" + _fields(rng, rows, width=rng.choice([18, 24])) + (f"\n\n{note}" if note else "")


def interpreter_log(rng):
    rows = []
    fac = facility(rng)
    hdr = pick(rng, ["date|time|patient|MRN|language|interpreter|modality|exam|mode|notes",
                     "DATE,TIME,PATIENT,MRN,LANG,INTERPRETER ID/NAME,EXAM,MODE,COMMENT"])
    sep = "|" if "|" in hdr else ","
    for _ in range(rng.randint(4, 7)):
        p, it = person(rng), person(rng)
        mod = exam(rng)
        pn = formal(p, caps=rng.random() < 0.5, comma=False) if sep == "," else formal(p, caps=rng.random() < 0.5)
        lang = pick(rng, ["Vietnamese", "Cantonese", "Korean", "Somali", "Tigrinya", "Amharic", "Dari", "Pashto", "Burmese",
                          "Karen", "Tongan", "Samoan", "Punjabi", "Tamil", "Twi", "Russian", "Hungarian"])
        note = pick(rng, ["prefers family-name-first address", f"son {P(western(person(rng, trad=p['trad'], sex='M')))} present, declined to interpret",
                          "video remote", "no-show", f"callback {m('PHONE', phone(rng))}", "patient uses a single name",
                          f"age {age(rng, form=3)}", "", "requested female interpreter"])
        cells = [D(date(rng, kind=rng.choice([0, 2]))), D(time(rng, 0)), pn, m("MRN", mrn(rng)), lang,
                 f"#{rng.randint(1000, 9999)} {P(natural(it))}", mod[1], pick(rng, ["in person", "VRI", "phone"]), note]
        if sep == ",":
            cells = [c if "," not in c else f'"{c}"' for c in cells]
        rows.append(sep.join(cells))
    top = f"Interpreter Services Request Log — {fac} radiology\nExported {dt(rng)} by {P(natural(person(rng)))}\n"
    foot = maybe(rng, 0.6, f"\nQueue host {m('IP_ADDRESS', ip(rng))}; questions to {m('EMAIL', email(rng))}")
    return "CT", top + hdr + "\n" + "\n".join(rows) + foot


def merge_ticket(rng):
    p = person(rng, trad=pick(rng, ["vietnamese", "korean", "chinese", "arabic", "somali", "ethiopian", "hispanic", "russian", "icelandic"]))
    a, b = mrn(rng), mrn(rng)
    alt = variant(p) or western(p)
    kind = pick(rng, ["MERGE", "UNMERGE", "LINK REVIEW"])
    d1 = dob(rng)
    lines = [f"Ticket: MPI-{rng.randint(20000, 99999)}   Type: {kind}   Priority: {pick(rng, ['P2', 'P3'])}",
             f"Opened: {dt(rng)} by {P(natural(person(rng)))} (HIM)",
             f"Record A: {m('MRN', a)}  {formal(p, ascii_only=True)}  DOB {D(d1)}",
             f"Record B: {m('MRN', b)}  {P(alt.upper() if rng.random() < 0.5 else alt)}  DOB {D(d1 if kind != 'UNMERGE' else dob(rng))}",
             f"Encounter accts: {m('ACCOUNT_ID', account(rng))}, {m('ACCOUNT_ID', account(rng))}",
             f"Imaging affected: {m('ACCESSION', acc(rng))}, {m('ACCESSION', acc(rng))}"]
    if kind == "UNMERGE":
        other = person(rng, trad=p["trad"], sex=p["sex"])
        body = (f"Two different people merged in error. Record B actually belongs to {P(natural(other))}, "
                f"address {us_address(rng)}. Mammogram under {m('ACCESSION', acc(rng))} shows {m('score', 'BI-RADS 2')} "
                f"and must move with her. Reports signed by {P(natural(person(rng)))}, {CR('MD')} need re-routing.")
    else:
        body = (f"Same patient; second record created at {facility(rng)} with {pick(rng, ['unaccented spelling', 'given and family names swapped', 'alternate romanisation', 'FNU placeholder'])}. "
                f"Verified by phone with {pick(rng, ['patient', 'daughter', 'son'])} at {m('PHONE', phone(rng))} on {D(date(rng))}.")
    comments = [f"[{D(date(rng, kind=2))} {D(time(rng, 0))}] {P(pick(rng, ['lnguyen2', 'kmensah', 'sjonsdottir', 'rbaker']))}: {body}",
                f"[{D(date(rng, kind=2))}] PACS: {pick(rng, ['studies re-indexed', 'DICOM tags updated on', 'pending sync on'])} node {m('IP_ADDRESS', ip(rng))}.",
                maybe(rng, 0.5, f"Ins member id on A {m('HEALTH_PLAN_ID', plan(rng))}; B had none.")]
    return "MG", "\n".join(lines) + "\n\nComments\n" + "\n".join(c for c in comments if c)


def worklist(rng):
    cols = pick(rng, ["SCHED  PATIENT                        MRN          ACC             EXAM                 RAD",
                      "TIME | NAME | MRN | ACC# | PROC | READER"])
    out = [f"{facility(rng)} — {pick(rng, ['CT', 'MR', 'US'])} worklist {D(date(rng, kind=0))}", cols]
    for _ in range(rng.randint(6, 9)):
        p, r = person(rng), person(rng)
        ex = exam(rng)
        name = formal(p, caps=True, comma=rng.random() < 0.4) if rng.random() < 0.8 else P(natural(p).upper())
        cells = [D(time(rng, 0)), name, m("MRN", mrn(rng)), m("ACCESSION", acc(rng)), ex[1], addressed(r, False)]
        if rng.random() < 0.3:
            cells.append(pick(rng, ["STAT", "INTERP", f"age {age(rng, form=2)}", "NAME ALERT"]))
        out.append(("  " if "PATIENT " in cols else " | ").join(cells))
    return "CT", "\n".join(out)


def hl7_pid(rng):
    p = person(rng, trad=pick(rng, ["russian", "icelandic", "ethiopian", "somali", "arabic", "hispanic", "russian"]))
    ex = exam(rng)
    ts = date(rng, kind=7) + f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    mother = person(rng, trad=p["trad"], sex="F")
    o = (f"MSH|^~\\&|RIS|{facility(rng)}|PACS|RAD|{D(ts)}||ORM^O01|{rng.randint(100000, 999999)}|P|2.5.1\r\n"
         f"PID|1||{m('MRN', mrn(rng))}^^^MRN||{hl7(p)}|{hl7(mother)}|{D(date(rng, rng.randint(1940, 2010), 7))}|{p['sex']}|||"
         f"{us_address(rng, '^').replace(', ', '^')}||{m('PHONE', phone(rng))}|||||{m('ACCOUNT_ID', account(rng))}|{m('SSN', ssn(rng))}\r\n"
         f"PD1|||{facility(rng)}\r\n"
         f"IN1|1|{pick(rng, ['MCD', 'BCBS', 'MCR'])}|||||||||||||||||||||||||||||||||{m('HEALTH_PLAN_ID', plan(rng))}\r\n"
         f"ORC|NW|{m('ACCESSION', acc(rng))}||||||||||{hl7(person(rng))}\r\n"
         f"OBR|1|||{ex[1].replace('⟦modality|', '⟦modality|')}|||{D(date(rng, kind=7))}\r\n"
         f"NTE|1||Patronymic/father's name stored in PID-5.3; do not treat as middle initial. Mother's maiden name PID-6.")
    if rng.random() < 0.5:
        o += f"\r\nOBX|1|TX|||{report_block(rng, ex, headers=False)}"
    return ex[0], o


def consent_witness(rng):
    p = person(rng)
    ex = exam(rng)
    wit, intp, doc = person(rng), person(rng), person(rng)
    surro = person(rng, trad=p["trad"])
    parts = [f"{facility(rng)}\nINFORMED CONSENT — {pick(rng, ['IMAGE-GUIDED BIOPSY', 'IODINATED CONTRAST', 'MRI WITH GADOLINIUM', 'SEDATION FOR IMAGING'])}",
             f"Patient: {formal(p, caps=rng.random() < 0.5)}    MRN {m('MRN', mrn(rng))}    DOB {D(dob(rng))}",
             f"Procedure: {ex[1]}    Accession {m('ACCESSION', acc(rng))}",
             f"Patient name as patient writes it: {P(natural(p))}",
             f"Consent obtained by: {P(natural(doc))}, {CR(pick(rng, ['MD', 'DO', 'PA-C', 'NP']))}",
             f"Interpreter: {P(natural(intp))} ({pick(rng, ['Amharic', 'Karen', 'Korean', 'Somali', 'Tongan', 'Vietnamese'])}), ID #{rng.randint(1000, 9999)}",
             f"Witness: {P(natural(wit))}, {pick(rng, ['RN', 'RT(R)', 'unit clerk'])}    Signed {D(date(rng))} {D(time(rng))}",
             maybe(rng, 0.5, f"Surrogate (if patient unable): {P(natural(surro))}, {pick(rng, ['daughter', 'husband', 'eldest son', 'sister'])}, tel {m('PHONE', phone(rng))}"),
             maybe(rng, 0.4, f"Patient age: {age(rng)}"),
             pick(rng, ["Patient signed with a mark (X) witnessed above.", "Signature in Burmese script; printed name entered by staff.",
                        "Patient signed using family name first; matches ID.", "Teach-back completed."])]
    return ex[0], "\n".join(x for x in parts if x)


LANG = {"vietnamese": "Vietnamese", "korean": "Korean", "chinese": "Mandarin", "somali": "Somali", "sikh": "Punjabi",
        "hispanic": "Spanish", "akan": "Twi", "ethiopian": "Amharic"}


def name_alert(rng):
    trad = pick(rng, ["vietnamese", "korean", "chinese", "somali", "sikh", "hispanic", "akan", "ethiopian"])
    a = person(rng, trad=trad)
    b = person(rng, trad=trad, sex=a["sex"])
    b["family"] = a["family"]
    ex1, ex2 = exam(rng), exam(rng)
    lines = [f"*** SIMILAR NAME ALERT *** {pick(rng, ['Unit', 'Scanner room', 'Reading room'])} {rng.randint(1, 9)}  — generated {dt(rng)}",
             f"1) {formal(a)}  MRN {m('MRN', mrn(rng))}  DOB {D(dob(rng))}  {ex1[1]}  {m('ACCESSION', acc(rng))}",
             f"2) {formal(b)}  MRN {m('MRN', mrn(rng))}  DOB {D(dob(rng))}  {ex2[1]}  {m('ACCESSION', acc(rng))}",
             f"Both patients scheduled {D(date(rng))}. Same family name, both {LANG[trad]}-speaking.",
             f"Use TWO identifiers (name + DOB) and read the wristband aloud.",
             maybe(rng, 0.6, f"Third match on lookup: {P(western(person(rng, trad=trad)))}, seen at {facility(rng)} in {m('year', str(rng.randint(2015, 2023)))}."),
             f"Acknowledged by tech {P(natural(person(rng)))} at {D(time(rng))}."]
    return ex1[0], "\n".join(x for x in lines if x)


def transplant_coord(rng):
    rec, don = person(rng), person(rng)
    coord = person(rng)
    rows = [("RECIPIENT", f"{formal(rec)} MRN {m('MRN', mrn(rng))}"),
            ("DONOR (living)", f"{P(natural(don))} MRN {m('MRN', mrn(rng))} — {pick(rng, ['brother', 'niece', 'wife', 'cousin', 'unrelated'])}"),
            ("Donor DOB", D(dob(rng))),
            ("Donor age", age(rng, old=False)),
            ("CT angiogram donor", f"{m('ACCESSION', acc(rng))} on {D(date(rng))}: single {m('anatomy', 'renal artery')} bilaterally, {m('measurement', '5.8 mm')} left"),
            ("Recipient CT A/P", f"{m('ACCESSION', acc(rng))} — {m('anatomy', 'iliac')} calcification mild"),
            ("Coordinator", f"{P(natural(coord))} {m('PHONE', phone(rng))} / {m('EMAIL', email(rng, coord))}"),
            ("Recipient ins", m("HEALTH_PLAN_ID", plan(rng))),
            ("LVAD (if any)", m("DEVICE_SERIAL", serial(rng)) if rng.random() < 0.4 else "none"),
            ("Donor home", us_address(rng) if rng.random() < 0.6 else abroad_address(rng) + " (travelling for evaluation)"),
            ("Next step", f"Crossmatch {D(date(rng))}; committee {D(date(rng, kind=9))}")]
    note = pick(rng, [f"Donor is known as {P(western(don))} on his work badge; keep legal name on all orders.",
                      f"Recipient's name spelled {P(variant(rec) or natural(rec))} on outside records; same person.",
                      "Do not share donor information with recipient family."])
    return "CT", f"LIVING DONOR KIDNEY — IMAGING COORDINATION SHEET\n{facility(rng)}\n" + _fields(rng, rows, width=22) + "\n\n" + note


def peds_guardians(rng):
    child = person(rng)
    par1 = person(rng, trad=child["trad"], sex="F")
    par2 = person(rng, sex="M")
    gp = person(rng, trad=child["trad"])
    if child["order"] == "GF" and rng.random() < 0.5:
        child["family"] = par2["family"] if par2["order"] == "GF" else child["family"]
    ex = exam(rng)
    rows = [("Child", f"{formal(child, caps=rng.random() < 0.6)}"), ("MRN", m("MRN", mrn(rng))),
            ("DOB", D(dob(rng))), ("Age", age(rng, old=False, form=2)),
            ("Guardian 1", f"{P(natural(par1))} (mother) {m('PHONE', phone(rng))}"),
            ("Guardian 2", f"{P(natural(par2))} ({pick(rng, ['father', 'stepfather'])}) {m('PHONE', phone(rng))}"),
            ("Other authorised adult", maybe(rng, 0.7, f"{P(natural(gp))} ({pick(rng, ['grandmother', 'grandfather', 'aunt'])})")),
            ("Sedation consent by", f"{P(natural(par1))}"), ("Exam", ex[1]), ("Accession", m("ACCESSION", acc(rng))),
            ("Plan", m("HEALTH_PLAN_ID", plan(rng))), ("Home", us_address(rng)),
            ("Note", pick(rng, ["Child and mother have different family names (cultural, not a mismatch).",
                                "Father's name is patronymic; no shared surname expected.",
                                "Child goes by a nickname at school; use legal name on wristband."]))]
    return ex[0], f"PEDIATRIC IMAGING — GUARDIAN VERIFICATION\n{facility(rng)}  {dt(rng)}\n" + _fields(rng, rows, width=24)


def tumor_board_intl(rng):
    out = [f"{pick(rng, ['Multidisciplinary Tumor Board', 'Thoracic/GI Tumor Conference'])} — International referrals — {D(date(rng))} {D(time(rng, 1))}",
           f"Location: {facility(rng)}, Conf Rm B; Teams link {m('URL', url(rng, 'meet'))}",
           f"Chair: {P(natural(person(rng)))}, {CR('MD')}", ""]
    for i in range(rng.randint(3, 5)):
        p = person(rng)
        ex = exam(rng)
        out.append(f"{i + 1}. {formal(p, caps=rng.random() < 0.5)} | {age(rng)} | MRN {m('MRN', mrn(rng))} | "
                   f"referred from {facility(rng, foreign=True)}, {abroad_address(rng)}")
        out.append(f"   Imaging: {ex[1]} {m('ACCESSION', acc(rng))}. " + report_block(rng, ex, headers=False))
        out.append(f"   Presenter: {P(natural(person(rng)))}. Contact for family: {P(natural(person(rng, trad=p['trad'])))} {m('PHONE', intl_phone(rng))}")
    return "CT", "\n".join(out)


STYLES_A = {"adt_registration_family_name_first": adt_registration, "interpreter_request_log": interpreter_log,
            "mrn_merge_unmerge_ticket": merge_ticket, "worklist_caps_mixed_order": worklist, "hl7_pid_patronymic": hl7_pid,
            "consent_witness_form": consent_witness, "name_alert_similar_names": name_alert,
            "transplant_donor_recipient_coordination": transplant_coord, "pediatric_guardian_names": peds_guardians,
            "tumor_board_international_referrals": tumor_board_intl}
