"""blind50 prose styles, part A: paged prior packet, referral packet, second-opinion bundle,
tumour-board prep dossier, disability exhibit compilation."""

from __future__ import annotations

import datetime as dt

from b50_exams import EXAMS
from b50_markup import (ACC, ACCT, CITY, D, EMAIL, FAC, HPID, MRN, P, PHONE, SC, SH, SSN, ST, URL, YR, ZIP, A, vlen)
from b50_parts import (add_reports, face_sheet, insurance_card, lab_table, letterhead, med_list, paginate,
                       problem_list, signature, stamp)
from b50_reports import World, exam_title
from b50_world import age_phrase, digits, fmt_date, fmt_time, patient_addr


def prior_packet_paged(rng, target):
    w = World(rng, rng.randint(6, 12))
    pt, p = w.pt, w.pt.person
    fac = w.facs[-1]
    dstyle = rng.choice(["us", "iso", "dmy"])
    name_form = rng.choice(["LAST, FIRST", "LAST, FIRST M", "Last, First"])
    head = (f"PRIOR IMAGING REPORTS - COMPILED FOR COMPARISON\nRequested by: {w.onc.form('Name, cred')} "
            f"({FAC(w.clinic.name)})\nCompiled: {stamp(w, dstyle)}\nReports included: "
            f"{{n}} of {len(w.studies)} on file (newest first)\n\n")
    reps = add_reports(w, target - 900, minimum=5, sep="\n" + "-" * 40 + "\n")
    body = head.replace("{n}", str(len(reps))) + "".join(reps)
    mrn = pt.mrns[fac.abbr]
    dob = fmt_date(pt.dob, dstyle)
    kind = rng.randrange(3)

    def banner(k, n):
        if kind == 0:
            return f"Page {k} of {n}  {p.form(name_form)}  MRN {MRN(mrn)}  DOB {D(dob)}"
        if kind == 1:
            return f"{FAC(fac.name)} | {p.form(name_form)} | {MRN(mrn)} | {D(dob)} | p. {k}/{n}"
        return f"{p.form('HL7')}   MRN:{MRN(mrn)}   DOB:{D(dob)}                 Page {k} of {n}"

    def footer(k, n):
        return (f"CONFIDENTIAL - released to {FAC(w.clinic.name)} per authorization dated "
                f"{D(fmt_date(w.today - dt.timedelta(days=4), dstyle))}. Printed {D(fmt_date(w.today, dstyle))}.")

    return paginate(w, body, banner, rng.randint(1800, 2800), footer if rng.random() < 0.6 else None), w


def referral_packet(rng, target):
    w = World(rng, rng.randint(5, 9))
    pt, p = w.pt, w.pt.person
    dest = w.facs[-1]
    out = [letterhead(w), f"\n{D(fmt_date(w.today, 'long'))}\n\n{FAC(dest.name)}\n"
           f"Attn: New Patient Referrals / {rng.choice(['Thoracic Oncology', 'Breast Center', 'Spine Clinic', 'Lymphoma Program'])}\n"
           f"{dest.addr_line()}\nBy fax: {PHONE(dest.fax)}\n\n"
           f"RE: {p.form('First M. Last')}   DOB {D(fmt_date(pt.dob, 'us'))}   Our MRN {MRN(pt.mrns[w.facs[0].abbr])}\n\n"
           f"Dear Colleague,\n\nI am referring my patient, {p.form('Title Last')}, a {age_phrase(w.age(w.today), p.sex, 'yo')} "
           f"{'woman' if p.sex == 'F' else 'man'} whom I have followed since {YR(w.today.year - rng.randint(3, 15))}, "
           f"for further evaluation. {p.form('First')} lives at {patient_addr(pt.addresses[-1])} with "
           f"{pt.relatives[0][0] == 'health care proxy' and 'a friend' or 'her ' + pt.relatives[0][0] if p.sex == 'F' else 'his ' + pt.relatives[0][0]}, "
           f"{pt.relatives[0][1].form('First Last')}, who is the best contact ({PHONE(pt.relatives[0][1].phone)}). "
           f"Imaging over the last several years is enclosed; the most recent study was performed on "
           f"{D(fmt_date(w.studies[-1].date, 'long'))} at {FAC(w.studies[-1].fac.name)} (accession "
           f"{ACC(w.studies[-1].acc)}).\n\nPlease contact my office at {PHONE(w.clinic.phone)} or by e-mail at "
           f"{EMAIL(w.pcp.email)} with any questions.\n\nSincerely,\n\n{signature(w.pcp, w.clinic)}\n"
           f"Enclosures: problem list, medication list, labs, insurance card, {len(w.studies)} imaging reports\n\n",
           problem_list(w), "\n", med_list(w), "\n", lab_table(w), "\n", insurance_card(w), "\n",
           "PRIOR IMAGING REPORTS\n\n"]
    used = sum(vlen(x) for x in out)
    out += add_reports(w, target - used, minimum=2)
    return "".join(out), w


def second_opinion_bundle(rng, target):
    w = World(rng, rng.randint(5, 10))
    pt, p = w.pt, w.pt.person
    rel, r = pt.relatives[0]
    reviewer = w.facs[-1].radiologists[0]
    moved = (f"moved from {CITY(pt.addresses[0][1])} in {YR(pt.addresses[-1][4])}, so some records are under the old "
             f"address ({ST(pt.addresses[0][0])}). ") if len(pt.addresses) > 1 else "has not moved, so the address is the same. "
    req = (f"{r.form('First Last')}\n{patient_addr(pt.addresses[-1])}\n{PHONE(r.phone)} | {EMAIL(pt.email)}\n\n"
           f"{D(fmt_date(w.today - dt.timedelta(days=12), 'long'))}\n\nTo the Second Opinion Office, {FAC(w.facs[-1].name)}:\n\n"
           f"I am writing on behalf of my {'mother' if p.sex == 'F' else 'father'}, {p.form('First M. Last')} "
           f"(born {D(fmt_date(pt.dob, 'long'))}), who is now {age_phrase(w.age(w.today), p.sex, 'years')} old. "
           f"Over the last few years {'she' if p.sex == 'F' else 'he'} has had scans at "
           f"{' and '.join(sorted({FAC(s.fac.name) for s in w.studies}))}, and the reports do not always agree. "
           f"We would like one radiologist to look at all of them together. {'Mom' if p.sex == 'F' else 'Dad'} "
           f"{moved}The discs are being mailed separately. Please call me rather than "
           f"{'her' if p.sex == 'F' else 'him'}; {'she' if p.sex == 'F' else 'he'} is hard of hearing.\n\n"
           f"Thank you,\n{r.form('First Last')} ({rel}, health care agent)\n\n")
    auth = (f"AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION\nPatient: {p.form('LAST, FIRST M')}   DOB "
            f"{D(fmt_date(pt.dob, 'us'))}   SSN (last 4): {SSN('XXX-XX-' + pt.ssn[-4:])}\nRelease to: "
            f"{reviewer.form('Dr. First Last')}, {FAC(w.facs[-1].name)}\nPurpose: second opinion   Expires: "
            f"{D(fmt_date(w.today + dt.timedelta(days=365), 'us'))}\nSigned: {r.form('First Last')} (agent)   Date: "
            f"{D(fmt_date(w.today - dt.timedelta(days=12), 'us'))}\n\n")
    memo = (f"INTAKE MEMO - Second opinion case {ACCT('SO-' + digits(rng, 6))}\nAssigned to {reviewer.form('Dr. Last')} "
            f"on {D(fmt_date(w.today, 'us'))}. Outside reports transcribed below; disc upload via "
            f"{URL('https://imageshare.' + w.facs[-1].domain + '/upload/' + digits(rng, 8))}.\n\n")
    head = req + auth + memo
    body = "".join(add_reports(w, target - vlen(head) - 700, minimum=3, sep="\n~~~~~~~~\n"))
    closing = (f"\nREVIEWER SUMMARY ({reviewer.form('Name, cred')}): The {len(w.studies)} studies span "
               f"{YR(w.studies[0].date.year)} to {YR(w.studies[-1].date.year)}. The apparent discrepancy relates to "
               f"measurement technique between {FAC(w.studies[0].fac.name)} and {FAC(w.studies[-1].fac.name)}. "
               f"Recommend continued follow-up. Family ({r.form('F. Last')}) to be called at {PHONE(r.phone)}.\n")
    return head + body + closing, w


def tumour_board_dossier(rng, target):
    w = World(rng, rng.randint(6, 11))
    pt, p = w.pt, w.pt.person
    board = w.facs[-1]
    bd = w.today + dt.timedelta(days=rng.randint(2, 9))
    att = [board.radiologists[0], w.onc] + [s.rad for s in w.studies[-2:]]
    out = [f"MULTIDISCIPLINARY TUMOUR BOARD - CASE PREPARATION\n{FAC(board.name)}, {rng.choice(['Conference Room 4B', 'virtual (Teams)', 'Cancer Pavilion L2'])}\n"
           f"Meeting: {D(fmt_date(bd, 'long'))}, {D(fmt_time(7, 30, 'ampm'))}\nPresenter: {w.onc.form('Name, cred')}  "
           f"Radiology: {board.radiologists[0].form('Dr. Last')}\n\n"
           f"Patient: {p.form('LAST, FIRST M')}  MRN {MRN(pt.mrns[board.abbr])}  DOB {D(fmt_date(pt.dob, 'us'))}  "
           f"({age_phrase(w.age(w.today), p.sex, 'yo')} {p.sex})\nCase summary: {p.form('Title Last')} is being "
           f"presented for {'progression' if w.studies[-1].factor > 1 else 'response assessment'}. Family "
           f"({pt.relatives[0][1].form('First Last')}, {pt.relatives[0][0]}) asked to be called after the board.\n\n"
           f"{SH('ONCOLOGIC HISTORY')}\n"]
    for s in w.studies:
        out.append(f"  {D(fmt_date(s.date, 'us'))}  {exam_title(s.key)} at {FAC(s.fac.abbr)} "
                   f"(acc {ACC(s.acc)}) - {s.rad.form('F. Last')}: {'response' if s.factor < 0.95 else 'progression' if s.factor > 1.05 else 'stable'}\n")
    out.append(f"\n{SH('QUESTIONS FOR THE BOARD')}\n  1. Is the {A('mediastinal')} nodal change true progression?\n"
               f"  2. Candidate for SBRT vs systemic therapy change?\n\n{SH('PATHOLOGY')}\n  Core biopsy "
               f"{D(fmt_date(w.studies[0].date + dt.timedelta(days=9), 'us'))}, path accession {ACC('S' + str(w.studies[0].date.year % 100) + '-' + digits(rng, 5))}, "
               f"signed by Dr. {P(rng.choice(['Amadou Diallo', 'Ines Carvalho', 'Roisin Daly', 'Hye-jin Kwon']))}, "
               f"pathology.\n\n{SH('ATTENDEES (expected)')}\n")
    seen: list = []
    for a in att:
        if all(a is not b for b in seen):
            seen.append(a)
    out += [f"  - {a.form('Name, cred')}  {EMAIL(a.email)}\n" for a in seen]
    out.append(f"\n{SH('IMAGING REPORTS FOR REVIEW')}\n\n")
    used = sum(vlen(x) for x in out)
    out += add_reports(w, target - used, minimum=3)
    return "".join(out), w


def disability_compilation(rng, target):
    w = World(rng, rng.randint(6, 10))
    pt, p = w.pt, w.pt.person
    claim = rng.choice(["DDS-", "CL", "R"]) + digits(rng, 8)
    examiner = rng.choice(["Mariela Cordero", "Desmond Achterberg", "Nkechi Obi", "Trevor Lindahl", "Yuna Shimizu"])
    exh = [(f"{k}F", s) for k, s in enumerate(w.studies, 3)]
    out = [f"DISABILITY DETERMINATION SERVICES - MEDICAL EVIDENCE OF RECORD\nClaimant: {p.form('LAST, FIRST M')}\n"
           f"SSN: {SSN(pt.ssn)}   Claim No.: {ACCT(claim)}   DOB: {D(fmt_date(pt.dob, 'us'))}\n"
           f"Address of record: {patient_addr(pt.addresses[-1])}  Tel {PHONE(pt.phones[-1])}\n"
           f"Disability examiner: {P(examiner)}  Unit 14  Ext. 4471\nAlleged onset date: "
           f"{D(fmt_date(w.studies[0].date, 'us'))}   Date last insured: {D(fmt_date(w.today + dt.timedelta(days=400), 'us'))}\n\n"
           f"{SH('EXHIBIT LIST')}\n  1F  Function report, claimant, {D(fmt_date(w.today - dt.timedelta(days=60), 'us'))}\n"
           f"  2F  Third-party function report, {pt.relatives[0][1].form('First Last')} ({pt.relatives[0][0]})\n"]
    out += [f"  {e}  {FAC(s.fac.name)}, imaging, {D(fmt_date(s.date, 'us'))} ({rng.randint(1, 6)} pp.)\n" for e, s in exh]
    out.append(f"\n{SH('SUMMARY OF EVIDENCE')}\nThe claimant is a {age_phrase(w.age(w.today), p.sex, 'yo')} former "
               f"{rng.choice(['warehouse selector', 'home health aide', 'school bus driver', 'machinist', 'line cook'])} "
               f"who reports being unable to stand more than 15 minutes. The treating source, {w.pcp.form('Name, cred')}, "
               f"completed a medical source statement on {D(fmt_date(w.today - dt.timedelta(days=30), 'us'))}. "
               f"Imaging (Exhibits {exh[0][0]}-{exh[-1][0]}) is reproduced below in full.\n\n")
    used = sum(vlen(x) for x in out)
    reps = add_reports(w, target - used - 400, minimum=3, newest_first=False, sep="\n")
    body = "".join(f"[Exhibit {exh[k][0]}]\n{r}\n" for k, r in enumerate(reps))

    def banner(k, n):
        return f"{p.form('LAST, FIRST')}  {SSN(pt.ssn)}  Claim {ACCT(claim)}   Page {k} of {n}"

    return "".join(out) + paginate(w, body, banner, rng.randint(2200, 3200)), w
