"""blind50 prose styles, part B: transfer packet, narrative imaging history, markdown LLM prompt with
priors, forwarded e-mail chain with pasted reports, mammography history with patient letters."""

from __future__ import annotations

import datetime as dt

import b50_pools as pools
from b50_exams import EXAMS
from b50_markup import (ACC, ACCT, D, EMAIL, FAC, IP, MOD, MRN, P, PHONE, SC, SER, SH, URL, YR, vlen)
from b50_parts import add_reports, face_sheet, letterhead, med_list, signature
from b50_reports import World, exam_title
from b50_world import age_phrase, digits, fmt_date, fmt_time, patient_addr


def transfer_packet(rng, target):
    w = World(rng, rng.randint(5, 9))
    pt, p = w.pt, w.pt.person
    src, dst = w.facs[0], w.facs[-1]
    acc_md = dst.radiologists[-1]
    rn = rng.choice(["Marisol Quintero", "Aidan Kearney", "Thandiwe Nkosi", "Beatrix Holm", "Ravi Menon"])
    t0 = (rng.randint(0, 23), rng.randint(0, 59))
    implant = rng.choice(pools.IMPLANTS)
    out = [f"INTERFACILITY TRANSFER PACKET\nFrom: {FAC(src.name)}, {src.addr_line()}\nTo: {FAC(dst.name)}  "
           f"Transfer Center {PHONE(dst.phone)}\nAccepting physician: {acc_md.form('Dr. First Last')}   "
           f"Accepted {D(fmt_date(w.today, 'us'))} {D(fmt_time(*t0, 'hours'))}\nTransport: "
           f"{rng.choice(['ALS ground', 'critical care ground', 'rotor wing'])}, ETA {D(fmt_time((t0[0] + 2) % 24, t0[1], 'hours'))}\n\n",
           face_sheet(w, "us"), "\n",
           f"{SH('NURSING TRANSFER SUMMARY')}\n{p.form('Title Last')} is a {age_phrase(w.age(w.today), p.sex, 'yo')} "
           f"{'woman' if p.sex == 'F' else 'man'} admitted {D(fmt_date(w.today - dt.timedelta(days=3), 'us'))} with "
           f"{rng.choice(['hypoxia', 'new confusion', 'a fall with hip pain', 'fever on chemotherapy'])}. Alert, oriented x2 "
           f"at baseline per {pt.relatives[0][0]} {pt.relatives[0][1].form('First Last')}, who is at the bedside and will "
           f"follow by car (cell {PHONE(pt.relatives[0][1].phone)}). Last vitals {D(fmt_time(t0[0], (t0[1] + 20) % 60, '24'))}: "
           f"BP 132/74, HR 96, SpO2 93% on 2 L. Peripheral IV right forearm placed {D(fmt_date(w.today - dt.timedelta(days=1), 'us'))}. "
           f"Implanted device: {implant}, serial {SER(rng.choice(['PJN', 'RNB', 'CMK']) + digits(rng, 6) + rng.choice(['H', 'S', '']))}; "
           f"device card sent with patient. Code status: {rng.choice(['Full code', 'DNR/DNI (MOLST on chart)', 'DNR, OK to intubate'])}.\n"
           f"Report called to {P(rn)}, RN at {D(fmt_time((t0[0] + 1) % 24, t0[1], '24'))}.\n\n", med_list(w), "\n",
           f"{SH('IMAGING ENCLOSED')} (printed from {FAC(src.abbr)} PACS; images pushed to {IP(dst.ip_prefix + '.' + str(rng.randint(2, 250)))} "
           f"AE {dst.abbr}_PACS)\n\n"]
    used = sum(vlen(x) for x in out)
    out += add_reports(w, target - used - 200, minimum=2)
    out.append(f"Packet prepared by {P(rn)}, RN, {FAC(src.name)} - {D(fmt_date(w.today, 'us'))} "
               f"{D(fmt_time(t0[0], (t0[1] + 40) % 60, 'hours'))}\n")
    return "".join(out), w


def imaging_history_narrative(rng, target):
    w = World(rng, rng.randint(7, 12))
    pt, p = w.pt, w.pt.person
    me = w.facs[-1].radiologists[0]
    ds = rng.choice(["long", "mon", "dmy_long"])
    out = [f"{FAC(w.facs[-1].name)}\nDivision of Body Imaging - Longitudinal Imaging Review\n\n"
           f"{SH('Patient')}: {p.form('First M. Last')} (MRN {MRN(pt.mrns[w.facs[-1].abbr])}), born {D(fmt_date(pt.dob, ds))}\n"
           f"{SH('Requested by')}: {w.onc.form('Name, cred')} on {D(fmt_date(w.today, ds))}\n\n"
           f"{SH('Summary of prior imaging')}\n"]
    aliases = ["Title Last", "First Last", "Title Last", "F. Last", "Title Last"]
    for j, s in enumerate(w.studies):
        nm = p.form(aliases[j % len(aliases)])
        verb = "improved" if s.factor < 0.95 else "worsened" if s.factor > 1.05 else "was unchanged"
        out.append(
            f"On {D(fmt_date(s.date, ds))}, {nm} underwent {exam_title(s.key)} at "
            f"{FAC(s.fac.name)} (accession {ACC(s.acc)}), interpreted by {s.rad.form('Dr. First Last')}. "
            f"Compared with the prior, the disease {verb}; the size factor relative to baseline was {s.factor:.2f}. "
            + (f"An addendum was issued after discussion with {s.ref.form('Dr. Last')}. " if s.addendum else "")
            + (f"The patient was {age_phrase(w.age(s.date), p.sex, 'years')} old at that time. " if j in (0, len(w.studies) - 1) else "")
            + "\n\n")
    out.append(f"{SH('Assessment')}: The overall course since {YR(w.studies[0].date.year)} is summarized above. "
               f"The two most recent reports are reproduced below for reference.\n\n")
    used = sum(vlen(x) for x in out)
    out += add_reports(w, target - used - 250, minimum=2)
    out.append(f"Reviewed and signed: {me.form('Name, cred')}  {D(fmt_date(w.today, ds))}  ({EMAIL(me.email)})\n")
    return "".join(out), w


def llm_prompt_markdown(rng, target):
    w = World(rng, rng.randint(6, 12))
    pt, p = w.pt, w.pt.person
    cur = w.studies[-1]
    host = w.facs[-1].ip_prefix + "." + str(rng.randint(2, 250))
    out = [f"## System\nYou are a radiology reporting assistant. Use the priors to write the COMPARISON section "
           f"and flag interval change. Do not invent dates.\n\n## Context metadata\n- requesting_user: {cur.rad.form('Last, First')}\n"
           f"- workstation: RR-{rng.randint(1, 30)} ({IP(host)})\n- patient: {p.form('HL7')} / MRN {MRN(pt.mrns[cur.fac.abbr])} / "
           f"DOB {D(fmt_date(pt.dob, 'iso'))}\n- current accession: {ACC(cur.acc)} ({EXAMS[cur.key][2]}) "
           f"{D(fmt_date(cur.date, 'iso'))} {D(fmt_time(cur.h, cur.mi, '24'))}\n- retrieval: "
           f"{URL('http://' + host + ':8080/priors?mrn=' + pt.mrns[cur.fac.abbr] + '&k=' + str(len(w.studies) - 1))}\n\n"
           f"## Priors (k={len(w.studies) - 1}, newest first)\n\n"]
    used = sum(vlen(x) for x in out)
    reps = add_reports(w, target - used - 500, studies=w.studies[:-1], minimum=3, sep="")
    for j, r in enumerate(reps, 1):
        s = w.studies[-1 - j]
        out.append(f"### Prior {j} - {MOD(EXAMS[s.key][0])} - {D(fmt_date(s.date, 'iso'))} - {FAC(s.fac.abbr)} - acc {ACC(s.acc)}\n"
                   f"```text\n{r.rstrip()}\n```\n\n")
    out.append(f"## Current study draft\nFindings dictated by {cur.rad.form('Dr. Last')} at "
               f"{D(fmt_time(cur.h, cur.mi, '24'))}: see worklist. Patient age: {age_phrase(w.age(cur.date), p.sex, 'Y')}.\n\n"
               f"## Task\nWrite COMPARISON and IMPRESSION. Mention the dates of the two most relevant priors.\n")
    return "".join(out), w


def email_forward_chain(rng, target):
    w = World(rng, rng.randint(5, 9))
    pt, p = w.pt, w.pt.person
    a, b, c = w.pcp, w.onc, w.facs[-1].radiologists[0]
    coord = rng.choice(["Lucía Ferreira", "Oisín Gallagher", "Amina Yusuf", "Kenji Watanabe", "Greta Halvorsen"])
    cemail = coord.split()[0][0].lower() + coord.split()[1].lower() + "@" + w.clinic.domain
    cemail = cemail.encode("ascii", "ignore").decode()
    d0 = w.today - dt.timedelta(days=rng.randint(2, 6))
    hdr = lambda fr, fe, to, te, d, h, m, subj: (
        f"From: {fr} <{EMAIL(fe)}>\nSent: {D(fmt_date(d, 'long'))} {D(fmt_time(h, m, 'ampm'))}\nTo: {to} <{EMAIL(te)}>\nSubject: {subj}\n\n")
    subj = f"records - {p.form('Last, First')} - DOB {D(fmt_date(pt.dob, 'us'))}"
    out = [hdr(c.form('First Last'), c.email, b.form('First Last'), b.email, w.today, 9, 14, "RE: FW: FW: " + subj),
           f"{b.form('First')},\n\nThanks - I went through all of these. Short version: the {MOD('CT')} from "
           f"{D(fmt_date(w.studies[-1].date, 'us'))} shows {'progression' if w.studies[-1].factor > 1 else 'continued response'}. "
           f"Happy to present {p.form('Title Last')} at conference.\n\n{c.form('F. Last')}\n\n",
           "-----Original Message-----\n" + hdr(b.form('Last, First'), b.email, c.form('Last, First'), c.email, d0, 16, 2, "FW: FW: " + subj),
           f"Dr. {c.form('Last')}, can you look at the outside reports below? {P(coord)} from my office pulled everything we "
           f"could find. {p.form('Title Last')}'s {pt.relatives[0][0]} ({pt.relatives[0][1].form('First Last')}, "
           f"{PHONE(pt.relatives[0][1].phone)}) is anxious for an answer.\n\n{b.form('Name, cred')}\n\n",
           "-----Original Message-----\n" + hdr(P(coord), cemail, b.form('Last, First'), b.email, d0 - dt.timedelta(days=1), 11, 47, "FW: " + subj),
           f"Attached below as pasted text (the PDFs would not open on the {FAC(w.clinic.abbr)} side). MRNs: "
           + ", ".join(f"{FAC(f.abbr)} {MRN(pt.mrns[f.abbr])}" for f in w.facs) + ".\n\n"]
    used = sum(vlen(x) for x in out)
    out += add_reports(w, target - used, minimum=2, sep="\n> > ----- pasted report end -----\n\n")
    return "".join(out), w


def mammo_history_letters(rng, target):
    w = World(rng, rng.randint(6, 11), theme=rng.choice(["screening", "screening", "breast"]))
    pt, p = w.pt, w.pt.person
    center = w.facs[-1]
    out = [letterhead(w, center), f"BREAST IMAGING HISTORY - prepared for the high-risk clinic\n"
           f"{p.form('LAST, FIRST M')}   MRN {MRN(pt.mrns[center.abbr])}   DOB {D(fmt_date(pt.dob, 'us'))}\n\n"]
    for s in [x for x in w.studies if x.key == "mammo"][-3:]:
        addr = pt.addresses[-1] if s.date.year >= pt.addresses[-1][4] or len(pt.addresses) == 1 else pt.addresses[-2]
        out.append(f"[Patient letter, mailed {D(fmt_date(s.date + dt.timedelta(days=3), 'long'))}]\n{p.form('First M. Last')}\n"
                   f"{patient_addr(addr)}\n\nDear {p.form('Title Last')},\n\nThank you for having your mammogram at "
                   f"{FAC(s.fac.name)} on {D(fmt_date(s.date, 'long'))}. {rng.choice(['Your results are normal (benign).', 'We need additional images to complete your exam. Please call ' + PHONE(s.fac.phone) + ' to schedule.', 'Your breast tissue is dense. Dense tissue can make it harder to find cancer on a mammogram.'])} "
                   f"A copy was sent to {s.ref.form('Dr. First Last')}.\n\nSincerely,\n{s.rad.form('Name, cred')}\n\n")
    used = sum(vlen(x) for x in out)
    out.append("REPORTS\n\n")
    out += add_reports(w, target - used - 50, minimum=3)
    return "".join(out), w
