"""blind23 styles, part D: patient-authored appeal e-mails, grand-rounds slides as text, quality dashboards
with named outliers, family text-message threads, medico-legal chronology tables."""

from __future__ import annotations

import datetime as dt
import random

from b23_clin import H, findings, impression, year
from b23_ctx import M, ctx, fields, lab, row
from b23_doc import Doc, strip_marks
from b23_fmt import (D, P, T, account, accession, address, age_mk, dr, email, facility, ip, phone, plan_id, pn,
                     rdate, ssn)
from b23_pools import VENDORS_PAYERS


def patient_appeal_email(rng: random.Random) -> Doc:
    c = ctx(rng, old_p=0.1)
    kind = rng.randrange(3)
    c.mod, c.exam = [("MR", "«MRI|modality» lumbar spine without contrast"), ("MR", "breast «MRI|modality»"),
                     ("CT", "«CT|modality» chest with contrast")][kind]
    d = Doc(c.mod)
    spouse, doc_, rep = c.ppl[1:4]
    payer = rng.choice(VENDORS_PAYERS)
    sent = c.sd + dt.timedelta(days=rng.randrange(20, 90))
    pe = email(rng, c.pt)
    hdr = [
        ("From", f"{pn(rng, c.pt, ('full',))} <{M(pe, 'EMAIL')}>" if rng.random() < 0.6 else M(pe, "EMAIL")),
        ("To", M(email(rng, local=rng.choice(["appeals", "member.services", "grievances"])), "EMAIL")),
        ("Date", f"{D(rng, sent, ['MondY', 'MonthdY', 'dMonthY'])} {T(rng, forms=['12', '24'])}"),
        ("Subject", rng.choice([f"Appeal - denied {strip_marks(c.exam)} claim",
                                f"Please reconsider my {strip_marks(c.exam).split()[0] if kind < 2 else 'CT'} denial", "APPEAL of claim denial (urgent)",
                                "Re: Your letter about my imaging"])),
    ]
    d.ml(fields(rng, hdr, sep=": ", fixed=4, shuffle=False, align=False), "")
    d.m(rng.choice(["To whom it may concern,", "Hello,", f"Dear {payer} appeals team,"]) + "\n\n")
    d.m(rng.choice([
        f"My name is {pn(rng, c.pt, ('full', 'full_mid'))} and I am writing to appeal",
        f"I am appealing",
        f"This is {pn(rng, c.pt, ('full',))} again. I want to appeal",
    ]) + f" the denial of my {c.exam} done on {D(rng, c.sd, ['MonthdY', 'mdY', 'Monthd', 'Monthdth'])} at "
         f"{M(c.fac, 'FACILITY')}. ")
    d.m(f"My member ID is {M(plan_id(rng), 'HEALTH_PLAN_ID')}"
        + (f" and my date of birth is {D(rng, c.dob, ['MonthdY', 'mdY'])}" if rng.random() < 0.7 else "") + ". ")
    if rng.random() < 0.35:
        d.m(f"{rng.choice(['Your form asks for my SSN, it is', 'My social security number is', 'SSN:'])} "
            f"{M(ssn(rng), 'SSN')}. ")
    reason = ([
        f"My doctor, {dr(rng, doc_, rng.choice(['dr_full', 'dr_last']))}, ordered it because the pain in my lower back "
        f"went down my leg for {rng.randrange(6, 14)} weeks and physical therapy did not help. The scan showed "
        f"{M('L5-S1', 'vertebral_level')} disc herniation, so it was clearly needed.",
        f"{dr(rng, doc_, 'dr_last')} said my mother had breast cancer at {age_mk(rng.randrange(38, 60))} and that I "
        f"needed the extra imaging. It came back {M('BI-RADS 2', 'score')}, thank God, but that doesn't mean it "
        "wasn't necessary.",
        f"I had been coughing blood and {dr(rng, doc_, 'dr_full')} sent me for the scan the same week. They found a "
        f"{M('9 mm', 'measurement')} nodule that they are now watching.",
    ])[kind]
    d.m(reason + "\n\n")
    d.m(rng.choice([
        f"The hospital bill (account {M(account(rng), 'ACCOUNT_ID')}) is now in my name for ${rng.randrange(900, 4800):,}. ",
        f"I have already paid the copay and now I'm getting bills for account {M(account(rng), 'ACCOUNT_ID')}. ",
    ]))
    if rng.random() < 0.6:
        d.m(f"I spoke to {rng.choice(['a representative', 'someone'])} named {pn(rng, rep, ('given', 'full'))} on "
            f"{D(rng, sent - dt.timedelta(days=rng.randrange(2, 15)), ['Monthd', 'md', 'Mon.d'])} who told me to put this in writing. ")
    if rng.random() < 0.5:
        d.m(f"My {rng.choice(['husband', 'wife', 'partner'])} {pn(rng, spouse, ('full', 'given'))} can also speak for me. ")
    d.m(f"You can reach me at {M(phone(rng), 'PHONE')} or by mail at {address(rng, True)}.\n\n")
    d.m(rng.choice(["Thank you,", "Sincerely,", "Thanks for your time,"]) + "\n" + pn(rng, c.pt, ("full", "given", "full_mid")))
    return d


def grand_rounds_slides(rng: random.Random) -> Doc:
    c = ctx(rng, old_p=0.3)
    d = Doc(c.mod)
    pres, mentor, path, ref = c.ppl[1:5]
    talk = c.sd + dt.timedelta(days=rng.randrange(30, 200))
    d.ml(f"[Slide 1] {rng.choice(['Radiology Grand Rounds', 'Case Conference', 'Imaging Grand Rounds'])}")
    d.ml(rng.choice(["\"An eponym by any other name\"", "\"When the common is rare\"", "\"Look twice\"",
                     "\"A case of mistaken laterality\""]))
    d.ml(f"{dr(rng, pres, rng.choice(['full_cred', 'plain']))}, {rng.choice(['PGY-4', 'R3', 'Fellow'])}")
    d.ml(f"{lab(rng, 'Mentor', 'Faculty advisor')}: {dr(rng, mentor)}")
    d.ml(f"{M(c.fac, 'FACILITY')} - {D(rng, talk, ['MonthdY', 'dMonthY', 'MondY'])}", "")
    sex = rng.choice(["man", "woman"])
    d.ml("[Slide 2] History")
    d.ml(f"- {age_mk(c.age)}-year-old {sex}, " + rng.choice([
        "fall from standing", "progressive dyspnea", "painless jaundice", "new headache",
        "knee swelling after gardening"]))
    d.ml(f"- referred by {dr(rng, ref, 'dr_last')}" + (f" from {M(facility(rng, (c.fac,)), 'FACILITY')}" if rng.random() < 0.5 else ""))
    if rng.random() < 0.5:
        d.ml(f"- prior imaging {year(rng.randrange(2010, 2024))}: unremarkable")
    d.ml("")
    d.ml(f"[Slide 3] {c.exam} - {D(rng, c.sd, ['mdY', 'MonthdY', 'iso'])}")
    for f in findings(rng, c.region, rng.randrange(2, 4)):
        d.ml(f"- {f}")
    if rng.random() < 0.55:
        shot = rng.choice([
            f"(screenshot overlay: {pn(rng, c.pt, ('LAST_FIRST',))}  {M(c.mrn, 'MRN')}  {M(c.acc, 'ACCESSION')})",
            f"(PACS banner visible: {pn(rng, c.pt, ('LAST_FIRST',))} DOB {D(rng, c.dob, ['mdY', 'compact'])})",
            f"(annotation: acc {M(c.acc, 'ACCESSION')} {D(rng, c.sd, ['compact', 'iso'])} {T(rng, forms=['sec'])})",
        ])
        d.ml(shot)
    d.ml("")
    d.ml("[Slide 4] Differential", "- " + impression(rng, c.region), "- " + rng.choice(
        ["metastasis", "infection", "post-traumatic change", "normal variant"]), "")
    d.ml("[Slide 5] Outcome")
    d.ml(f"- pathology ({pn(rng, path, ('initial', 'full'))}): " + rng.choice(
        ["confirmed", "benign", "non-diagnostic, re-biopsied"]) +
        (f" on {D(rng, c.sd + dt.timedelta(days=rng.randrange(3, 20)), ['md', 'Monthd'])}" if rng.random() < 0.5 else ""))
    d.ml("", "[Slide 6] Teaching points")
    d.ml("- " + rng.choice(["Eponymous names are not patient names!", "Always check the prior.",
                            "Describe the level on both «T1|sequence» and «T2|sequence»."]).replace(
        "«T1|sequence»", M("T1", "sequence")).replace("«T2|sequence»", M("T2", "sequence")))
    d.ml("", f"[Slide 7] {rng.choice(['Thanks', 'Acknowledgements'])}: " + ", ".join(
        P(p.render(rng.choice(["full", "initial"]))) for p in (c.ppl[5], path)))
    return d


def quality_dashboard(rng: random.Random) -> Doc:
    c = ctx(rng, n_people=8)
    d = Doc(c.mod)
    rads = c.ppl[:4]
    techs = c.ppl[4:6]
    owner = c.ppl[6]
    month_end = c.sd
    d.ml(f"{rng.choice(['RADIOLOGY QUALITY DASHBOARD', 'Imaging Quality Scorecard', 'Dept. QA Dashboard'])} - "
         f"{rng.choice(['period', 'reporting window'])} {D(rng, month_end - dt.timedelta(days=30), ['md', 'mdY', 'iso'])} "
         f"to {D(rng, month_end, ['md', 'mdY', 'iso'])}")
    d.ml(f"{lab(rng, 'Site', 'Facility')}: {M(c.fac, 'FACILITY')}   {lab(rng, 'Owner', 'Prepared by')}: "
         f"{pn(rng, owner, ('full', 'initial'))}", "")
    w = [22, 8, 10, 12]
    d.ml(row(["Radiologist", "Studies", "TAT med", "Major discr."], w))
    outliers = []
    for r in rads:
        tat = rng.randrange(18, 240)
        disc = round(rng.uniform(0.2, 3.8), 1)
        name = P(r.render(rng.choice(["last_first", "full", "initial"])))
        d.ml(row([name, str(rng.randrange(300, 2200)), f"{tat} min", f"{disc}%"], w))
        if tat > 150 or disc > 2.5:
            outliers.append((r, tat, disc))
    d.ml("")
    d.ml(row(["Technologist", "Exams", "Repeat %"], [22, 8, 10]))
    for t in techs:
        d.ml(row([P(t.render(rng.choice(["full", "last_first", "given"]))), str(rng.randrange(80, 700)),
                  f"{round(rng.uniform(0.5, 9.0), 1)}%"], [22, 8, 10]))
    d.ml("")
    d.ml(rng.choice(["OUTLIERS / ACTIONS", "Flagged for follow-up:", "Notes"]))
    if not outliers:
        outliers = [(rads[0], 0, 0)]
    for r, tat, disc in outliers:
        why = (rng.choice(["TAT above 150 min target; discussed with section chief",
                           "TAT outlier - backlog during PTO, not a performance concern"]) if tat > 150 else
               rng.choice(["discrepancy rate above threshold; focused review", "major discrepancies > 2.5%; peer review"])
               if disc > 2.5 else "no outliers this period; spot check")
        d.ml(f"- {dr(rng, r, rng.choice(['dr_last', 'dr_full']))}: {why}")
    for _ in range(rng.randrange(1, 3)):
        d.ml(f"- case {M(accession(rng, c.mod), 'ACCESSION')} ({D(rng, rdate(rng, month_end - dt.timedelta(days=30), month_end), ['md', 'mdY'])}): "
             + rng.choice(["missed «Segond fracture|eponym»", "delayed «Lung-RADS 4B|score» communication",
                           "wrong level «L3|vertebral_level» vs «L4|vertebral_level»", "missed «Bosniak IIF|score» cyst"])
             .replace("«Segond fracture|eponym»", M("Segond fracture", "eponym"))
             .replace("«Lung-RADS 4B|score»", M("Lung-RADS 4B", "score"))
             .replace("«L3|vertebral_level»", M("L3", "vertebral_level")).replace("«L4|vertebral_level»", M("L4", "vertebral_level"))
             .replace("«Bosniak IIF|score»", M("Bosniak IIF", "score")))
    d.ml("")
    d.m(f"Dashboard URL: {M('https://qa.' + rng.choice(['rad.example.org', 'example.net']) + '/dash/' + str(rng.randrange(100, 999)), 'URL')}"
        + (f"   (host {M(ip(rng), 'IP_ADDRESS')})" if rng.random() < 0.5 else ""))
    return d


def family_texts(rng: random.Random) -> Doc:
    c = ctx(rng, old_p=0.3)
    d = Doc(c.mod)
    a, b, sched = c.ppl[1:4]
    appt = c.sd
    sent = appt - dt.timedelta(days=rng.randrange(1, 4))
    d.ml(rng.choice([f"Messages with {pn(rng, a, ('given', 'full'))}", "iMessage export", "SMS thread (family)",
                     f"Group: {P(a.render('given'))}, {P(b.render('given'))}"]), "")
    rel = rng.choice(["Mom", "Dad", "Grandma", "Grandpa", "Auntie"])
    ptref = rng.choice([rel, P(c.pt.render("given")), P(c.pt.render("full"))])
    lines = [
        (a, f"{ptref}'s {c.exam} is confirmed for {D(rng, appt, ['md', 'Monthd', 'Mon.d'])} at "
            f"{T(rng, forms=['12c', '12'])} at {M(c.fac, 'FACILITY')}"),
        (b, rng.choice(["ok who is driving", "can u take them? i have work", "i can do it if its after 2"])),
        (a, f"they need the insurance card and the {M(plan_id(rng), 'HEALTH_PLAN_ID')} number, its on the fridge"),
        (b, f"what was the name of the lady who called? {P(sched.render('given'))}?"),
        (a, f"yes {pn(rng, sched, ('full', 'given'))}, her number is {M(phone(rng), 'PHONE')}"),
        (b, rng.choice(["dr said last time it was a baker's cyst", "is this about the nodule again",
                        "did they say if she needs contrast"])),
        (a, f"bring the CD from {year(rng.randrange(2018, 2025))} too"),
    ]
    if c.age > 89 or rng.random() < 0.3:
        lines.insert(2, (b, f"she's {age_mk(c.age)}, do they really need to do it?"))
    if rng.random() < 0.5:
        lines.append((b, f"address is {address(rng, True)} right?"))
    n = rng.randrange(5, len(lines) + 1)
    stamp = rng.choice(["br", "colon", "dash"])
    h, m = rng.randrange(7, 20), rng.randrange(60)
    for who, msg in lines[:n]:
        m += rng.randrange(1, 25)
        if m >= 60:
            h, m = min(h + 1, 23), m - 60
        nm = P(who.render(rng.choice(["given", "given", "full"])))
        msg = msg.replace("baker's cyst", M("baker's cyst", "eponym"))
        if stamp == "br":
            d.ml(f"[{D(rng, sent, ['md'])} {T(rng, h, m, ['12c'])}] {nm}: {msg}")
        elif stamp == "colon":
            d.ml(f"{nm} ({T(rng, h, m, ['12', '24'])}): {msg}")
        else:
            d.ml(f"{nm} - {msg}")
    if rng.random() < 0.5:
        d.m(rng.choice([f"\n[Forwarded to {M(email(rng, sched), 'EMAIL')}]", f"\n-- exported {D(rng, appt, ['iso'])}"]))
    return d


def medlegal_chronology(rng: random.Random) -> Doc:
    c = ctx(rng, n_people=8)
    d = Doc(c.mod)
    atty, para, expert = c.ppl[1:4]
    provs = c.ppl[4:8]
    facs = [c.fac, facility(rng, (c.fac,))]
    d.ml(rng.choice(["MEDICAL CHRONOLOGY - PRIVILEGED & CONFIDENTIAL / ATTORNEY WORK PRODUCT",
                     "Medico-legal chronology (draft)", "Chronology of Imaging Care"]))
    d.ml(f"{lab(rng, 'Re', 'Matter', 'Claimant')}: {pn(rng, c.pt, ('full', 'LAST_FIRST'))} "
         f"(DOB {D(rng, c.dob)}) v. {M(facs[0], 'FACILITY')}")
    d.ml(f"{lab(rng, 'Prepared for', 'Counsel')}: {pn(rng, atty, ('full', 'initial'))}, Esq.   "
         f"{lab(rng, 'Prepared by', 'Paralegal')}: {pn(rng, para, ('full',))}", "")
    w = [12, 22, 30, 44]
    d.ml(row(["Date", "Provider", "Facility", "Event"], w), "-" * 100)
    t = c.sd - dt.timedelta(days=rng.randrange(200, 700))
    events = [
        f"ED visit; {M('XR', 'modality')} read as negative",
        f"{c.exam} ordered",
        f"Report: {findings(rng, c.region, 1)[0]}",
        "Result not communicated to PCP per records",
        f"Follow-up {M('CT', 'modality')}: interval growth to {M(str(rng.randrange(15, 40)) + ' mm', 'measurement')}",
        "Biopsy; pathology malignant",
        f"Pt calls clinic ({M(phone(rng), 'PHONE')}) asking for results",
    ]
    for ev in events[:rng.randrange(4, 8)]:
        t += dt.timedelta(days=rng.randrange(2, 90))
        pr = rng.choice(provs)
        d.ml(row([D(rng, t, ["mdY", "mdY", "mdy", "iso"]),
                  (dr(rng, pr, "dr_last") if rng.random() < 0.5 else P(pr.render(rng.choice(["last_first", "full"])))),
                  M(rng.choice(facs), "FACILITY"), ev], w))
    d.ml("")
    d.m(f"Notes: records obtained from {M(facs[1], 'FACILITY')} HIM on {D(rng, c.sd, ['md', 'mdY'])}; "
        f"imaging CD includes acc {M(c.acc, 'ACCESSION')}. ")
    if c.age > 89 or rng.random() < 0.3:
        d.m(f"Claimant is {age_mk(c.age)}; deposition by video requested. ")
    d.m(f"Standard-of-care review by {dr(rng, expert, rng.choice(['full_cred', 'dr_full']))} due "
        f"{D(rng, c.sd + dt.timedelta(days=rng.randrange(10, 60)), ['MonthdY', 'md'])}.")
    return d


STYLES_D = {
    "patient_appeal_email": patient_appeal_email,
    "grand_rounds_slides": grand_rounds_slides,
    "quality_dashboard": quality_dashboard,
    "family_texts": family_texts,
    "medlegal_chronology": medlegal_chronology,
}
