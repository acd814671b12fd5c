"""Styles D: wound-care note, porter dispatch log, MRI belongings log, EOB, eGFR-before-contrast lab."""

from __future__ import annotations

import datetime

import b20_clin as C
import b20_phi as P
import b20_pools as pools
from b20_ctx import Ctx
from b20_doc import Doc, m, wrap


def wound_care_note(rng):
    c, d = Ctx(rng), Doc()
    mod, title, finds, imps = C.exam(rng, C._foot)
    pod = c.other(md=False)
    pod.credential = c.pick("DPM", "DPM", "CWOCN", "NP")
    d.line(c.pick("PODIATRY / WOUND CARE PROGRESS NOTE", "Wound Clinic Visit", "Limb preservation clinic – follow-up"))
    hdr = [f"Pt: {P.N(c.pt, c.nf)}", f"{c.pick('MRN', 'Acct')}: {m('MRN', c.mrn)}", f"DOS: {P.D(c.date, c.df)}",
           f"Provider: {P.NC(pod, 'first_last')}"]
    if c.chance(0.5):
        hdr.append(f"PCP: {P.N(c.ref, c.pick('init_last', 'Last_First'))}")
    rng.shuffle(hdr)
    d.line(c.pick("  ", " | ", "\t").join(hdr))
    d.line("")
    side = c.pick("left", "right")
    d.line(f"S: {P.age_md(c.age, c.pick('yo', 'yo_hyphen', 'y_o'))} with DM2 (A1c {rng.randint(7, 12)}.{rng.randint(0, 9)}%), {side} plantar "
           f"{c.pick('first MTPJ', 'hallux', 'fifth met head', 'heel')} ulcer x {rng.randint(2, 20)} wk. "
           + c.pick("Lives alone.", f"{c.pick('Daughter', 'Wife', 'Son')} {P.N(c.other(relative=True), 'first')} does dressing changes.",
                    f"Home health RN {P.N(c.other(md=False), 'first_last')} ({m('PHONE', P.phone(rng))}) visits 3x/wk."))
    wl, ww, wd = rng.randint(5, 40) / 10, rng.randint(5, 30) / 10, rng.randint(1, 12) / 10
    d.line(f"O: Wound {C.K('measurement', f'{wl} x {ww} x {wd} cm')}, probes to bone: {c.pick('yes', 'no', 'equivocal')}. "
           f"{c.pick('Granular base', 'Fibrinous base', 'Macerated edges')}; {c.pick('no', 'mild', 'moderate')} erythema. DP/PT "
           f"{c.pick('palpable', 'dopplerable', 'non-palpable')}. ABI {rng.randint(55, 120) / 100}.")
    xr_date = c.earlier(0, 10)
    d.line(f"Imaging: {C.modality_word(rng, 'XR')} {P.D(xr_date, c.pick('md', c.df))} ({m('ACCESSION', c.acc)}) read by {P.NC(c.rad, 'first_last', title=c.chance(0.5))}:")
    for f in finds:
        d.line("  - " + f)
    d.line(f"A/P: {c.pick('DFO suspected', 'Chronic ulcer without osteo', 'Charcot foot, active phase')}. "
           + c.pick(f"{C.K('modality', 'MRI')} {side} foot with/without contrast ordered; {C.K('sequence', 'STIR')} and {C.K('sequence', 'T1')} to assess marrow.",
                    "Bone biopsy via IR requested.", "Offload in CAM boot; TCC next visit.", "Start doxycycline; culture sent."))
    nxt = c.later(5, 21)
    d.line(f"RTC {P.D(nxt, c.pick('md', 'md_long', c.df))} {P.T(P.rand_time(rng, 8, 16), c.pick('hm12', 'hm12_lower'))}"
           + c.pick("", f" at {m('FACILITY', c.fac)}"))
    if c.chance(0.4):
        d.line(f"Wound photo uploaded: {m('URL', 'https://woundimg.example.net/case/' + c.mrn.replace('-', '') + '/' + P.fmt_date(c.date, 'compact'))}")
    return d, "XR"


def transport_dispatch(rng):
    c, d = Ctx(rng), Doc()
    d.line(c.pick("PATIENT TRANSPORT – DISPATCH LOG", "Porter dispatch board export", "Transport Tracking: Radiology jobs"))
    d.line(f"{m('FACILITY', c.fac)} · {P.D(c.date, c.pick('long', 'mdy', 'abbr'))} · shift {c.pick('0700-1530', '1500-2330', '2300-0730')}")
    d.line("")
    cols = c.pick(["Job", "Req", "Patient", "From", "To", "Porter", "Status", "Notes"],
                  ["Time", "Pt", "Rm", "Dest", "Mode", "Assigned", "Done"])
    sep = c.pick(" | ", "\t", "  ")
    d.line(sep.join(cols))
    base = datetime.datetime.combine(c.date, P.rand_time(rng, 6, 14))
    porters = [c.other(md=False) for _ in range(c.pick(2, 3))]
    mod0 = "CT"
    for k in range(rng.randint(4, 8)):
        cc = c if k == 0 else Ctx(rng)
        cc.pt.family_first = cc.pt.family_first
        base += datetime.timedelta(minutes=rng.randint(3, 40))
        done = base + datetime.timedelta(minutes=rng.randint(8, 45))
        mod = c.pick("CT", "MRI", "US", "XR", "NM", "IR")
        por = rng.choice(porters)
        pt = P.N(cc.pt, c.pick("LAST_FIRST", "Last_First", "init_last", "first_LAST"))
        room = f"{c.pick('4W', '5E', 'ICU', 'ED', 'PACU', '3N')}-{rng.randint(1, 40):02d}{c.pick('', 'A', 'B')}"
        mode = c.pick("stretcher", "w/c", "bed", "bed + O2", "bed, tele box")
        note = c.pick("", "isolation: contact", f"RN {P.N(cc.other(md=False), 'first')} to accompany", "fall risk",
                      f"{P.age_md(cc.age, c.pick('yo', 'Y'))}, confused", f"family ({P.N(cc.other(relative=True), 'first_last')}) at bedside",
                      f"acc {m('ACCESSION', cc.acc)}", "delayed – pt in bathroom")
        if cols[0] == "Job":
            row = [f"T{P.digits(rng, 5)}", P.T(base.time(), c.pick("hm24", "hm12")), pt, room, f"{C.K('modality', mod)}",
                   P.N(por, c.pick("first", "first_last", "init_last")), c.pick("Complete", "Cancelled", "Complete", "Delayed"), note]
        else:
            row = [P.T(base.time(), c.pick("hm24", "hours")), pt, room, C.K("modality", mod), mode,
                   P.N(por, c.pick("first", "first_last")), P.T(done.time(), "hm24") if c.chance(0.8) else "—"]
        d.line(sep.join(x for x in row))
        mod0 = {"MRI": "MR", "IR": "CT", "NM": "CT"}.get(mod, mod) if k == 0 else mod0
    if c.chance(0.6):
        d.line("")
        d.line(f"Dispatcher: {P.N(c.other(md=False), 'first_last')} ext {rng.randint(2000, 8999)}; escalations to {m('PHONE', P.phone(rng))}")
    return d, mod0


def belongings_log(rng):
    c, d = Ctx(rng), Doc()
    mod, title, finds, imps = C.exam(rng, rng.choice([C._brain, C._spine, C._knee, C._prostate]))
    d.line(c.pick("MRI ZONE III – PATIENT BELONGINGS / VALUABLES LOG", "Belongings inventory (MR suite)", "Valuables envelope record"))
    rows = [f"Patient name: {P.N(c.pt, c.nf)}", f"MRN: {m('MRN', c.mrn)}", f"DOB: {P.D(c.dob, c.df)}",
            f"Exam: {title} ({m('ACCESSION', c.acc)})", f"Date/time in: {P.D(c.date, c.df)} {P.T(c.time, c.tf)}"]
    if c.chance(0.6):
        rows.append(f"Locker #: {rng.randint(1, 24)}   Envelope: {P.digits(rng, 6)}")
    rng.shuffle(rows)
    d.md("\n".join(rows) + "\n\n")
    d.line(c.pick("Items:", "ITEMS REMOVED", "Inventory"))
    items = ["wallet (cash counted: $" + str(rng.randint(0, 200)) + ")", "wedding band (yellow metal)", "cell phone",
             "glasses", "dentures (upper)", "keys", "watch", "belt", "hairpins x3", "nicotine patch (removed, discarded)"]
    for it in rng.sample(items, rng.randint(2, 5)):
        d.line(f"  [{c.pick('x', 'X', '✓')}] {it}")
    dev_model, dev_kind = rng.choice(pools.IMPLANTS)
    if dev_kind in ("hearing aid", "insulin pump", "CGM sensor", "insulin pod") or c.chance(0.3):
        d.line(f"  [x] {dev_kind}: {dev_model}, SN {m('DEVICE_SERIAL', P.device_serial(rng))}"
               + c.pick("", " (removed by patient)", f" — removed by {P.N(c.tech, 'first')}; pt to replace after scan"))
    else:
        d.line(f"Implant (not removable): {dev_model} {dev_kind}, serial {m('DEVICE_SERIAL', P.device_serial(rng))}; "
               f"MR Conditional — {C.K('measurement', '1.5 T')} only, SAR limit per card; rep {P.N(c.other(), 'first_last')} present.")
    d.line("")
    if c.chance(0.5):
        d.line(f"Valuables released to {c.pick('spouse', 'daughter', 'son', 'friend')} {P.N(c.other(relative=True), c.pick('first_last', 'LAST_FIRST'))} "
               f"(ID checked: driver license) at {P.T(P.rand_time(rng, min(c.time.hour + 1, 23), 23), c.tf)}.")
    else:
        d.line(f"Valuables returned to patient {P.D(c.date, c.pick('md', c.df))} {P.T(P.rand_time(rng, min(c.time.hour + 1, 23), 23), c.tf)}.")
    d.line(f"Staff: {P.NC(c.tech, c.pick('first_last', 'init_last'))}   Witness: {P.N(c.other(md=False), c.pick('first_last', 'Last_First'))}")
    if c.chance(0.4):
        d.line(f"Discrepancy? Security desk {m('PHONE', P.phone(rng))} / {m('EMAIL', P.email(rng, None))}")
    return d, "MR"


def eob_statement(rng):
    c, d = Ctx(rng), Doc()
    mod, title, _, _ = C.exam(rng)
    d.line(f"{c.payer}")
    d.line(c.pick("EXPLANATION OF BENEFITS", "Explanation of Benefits — THIS IS NOT A BILL", "Your Claim Summary"))
    d.line("")
    d.line(P.N(c.pt, c.pick("UPPER", "first_mi_last", "first_last")))
    d.md(c.addr("\n") + "\n\n")
    meta = [f"Member ID: {m('HEALTH_PLAN_ID', c.plan)}", f"Claim #: {m('ACCOUNT_ID', c.acct)}",
            f"Statement date: {P.D(c.later(20, 60), c.df)}", f"Patient: {P.N(c.pt, 'first_last')}"]
    if c.chance(0.5):
        meta.append(f"Subscriber: {P.N(c.other(relative=True), 'first_last')}")
    if c.chance(0.4):
        meta.append(f"Patient account #: {m('ACCOUNT_ID', P.account(rng))}")
    rng.shuffle(meta)
    d.md("\n".join(meta) + "\n\n")
    d.line(f"Provider: {m('FACILITY', c.fac)}" + c.pick("", f" / {P.NC(c.rad, 'first_last')}"))
    lines = [(title.title() if c.chance(0.5) else title, rng.randint(300, 4200)),
             ("Professional interpretation", rng.randint(80, 600))]
    if c.chance(0.5):
        lines.append(("Contrast material", rng.randint(40, 300)))
    fmt = c.pick("{:<38}{:>10}{:>10}{:>10}{:>12}", "{} | {} | {} | {} | {}")
    d.line(f"Service date {P.D(c.date, c.pick('mdy', 'mdy_short'))}")
    d.line(fmt.format("Service", "Billed", "Allowed", "Plan paid", "You owe"))
    for desc, billed in lines:
        allowed = round(billed * rng.uniform(0.25, 0.7), 2)
        paid = round(allowed * rng.uniform(0.6, 1.0), 2)
        d.line(fmt.format(desc[:37], f"${billed:.2f}", f"${allowed:.2f}", f"${paid:.2f}", f"${allowed - paid:.2f}"))
    d.line("")
    d.line(c.pick("Remark PR-1: deductible applied.", "Remark CO-45: charge exceeds fee schedule.",
                  "Prior authorization on file.", "Remark N130: consult plan benefit documents."))
    d.line(f"Questions? Call {m('PHONE', P.phone(rng))} (TTY 711) or visit {m('URL', 'https://member.example.com/claims/' + c.acct.replace(' ', ''))}.")
    if c.chance(0.4):
        d.line(f"Appeal by {P.D(c.later(120, 200), c.pick('long', c.df))}.")
    return d, mod


def egfr_contrast_lab(rng):
    c, d = Ctx(rng), Doc()
    mod, title, _, _ = C.exam(rng, rng.choice([C._abdomen, C._chest, C._brain, C._prostate]))
    draw = datetime.datetime.combine(c.earlier(0, 25), P.rand_time(rng, 6, 18))
    d.line(c.pick("LABORATORY REPORT", "Point-of-care creatinine (pre-contrast)", "Chemistry — Renal function"))
    meta = [f"Name: {P.N(c.pt, c.nf)}", f"MRN: {m('MRN', c.mrn)}", f"DOB: {P.D(c.dob, c.df)}",
            f"Age/Sex: {P.age_md(c.age, c.pick('Y', 'years', 'bare'))}/{c.sex}",
            f"Collected: {P.D(draw.date(), c.df)} {P.T(draw.time(), c.tf)}",
            f"Ordering: {P.NC(c.ref, c.pick('Last_First', 'first_last'))}",
            f"Specimen #: {m('ACCESSION', P.accession(rng, c.date))}"]
    rng.shuffle(meta)
    d.md(c.pick("\n", "   ", " | ").join(meta) + "\n\n")
    scr = round(rng.uniform(0.6, 3.2), 2)
    egfr = max(8, int(110 / scr ** 1.1 - (c.age - 40) * 0.4))
    d.line(f"{'Creatinine':<14}{scr:>6} mg/dL   (0.57-1.11)")
    d.line(f"{'BUN':<14}{rng.randint(8, 55):>6} mg/dL   (7-25)")
    d.line(f"{'eGFR (CKD-EPI 2021)':<20}{egfr:>3} mL/min/1.73m2  {'L' if egfr < 60 else ''}")
    d.line("")
    contrast = rng.choice(pools.CONTRAST)
    note = (f"{title} scheduled {P.D(c.date, c.pick('md', c.df))} at "
            f"{P.T(c.time, c.pick('hm12', 'hm24'))} (acc {m('ACCESSION', c.acc)}) with {contrast}. ")
    if egfr < 30:
        note += c.pick("eGFR < 30: radiologist approval required; consider non-contrast protocol.", "Per ACR manual, AKI risk elevated; pre-hydrate.")
    elif egfr < 45:
        note += "eGFR 30-44: IV hydration per protocol; hold metformin 48 h."
    else:
        note += "No renal precautions needed."
    for ln in wrap(note, c.pick(78, 90, 200)):
        d.line(ln)
    d.line(f"Reviewed by {P.NC(c.rad, 'first_last', title=c.chance(0.3))} {P.D(c.date, c.pick('md', c.df))} {P.T(P.rand_time(rng, 6, c.time.hour), c.tf)}"
           + c.pick("", f"; pt notified at {m('PHONE', c.phone)}"))
    if c.chance(0.35):
        d.line(f"Performing lab: {m('FACILITY', pools.facility(rng))}, {m('STREET_ADDRESS', pools.street(rng, 0)[0])}, {m('CITY', c.city)}, {c.state} {m('ZIP', c.zip)}")
    return d, mod


STYLES = [("wound_care_note", wound_care_note), ("transport_dispatch", transport_dispatch),
          ("belongings_log", belongings_log), ("eob_statement", eob_statement), ("egfr_contrast_lab", egfr_contrast_lab)]
