"""Structured styles, part A: scheduler sticky notes, transport elevator logs, radiology pharmacy sedation
logs, occupational dosimetry badge reports, nursing-home portable X-ray dispatch logs."""

from __future__ import annotations

from b27_doc import K, P

EXAMS = [("MRI", "lumbar spine"), ("CT", "abdomen/pelvis"), ("US", "right upper quadrant"), ("MRI", "brain"),
         ("CT", "chest"), ("MRI", "left knee"), ("US", "thyroid"), ("XR", "chest"), ("MRI", "cervical spine"),
         ("CT", "head"), ("US", "pelvis"), ("mammogram", "bilateral breasts")]


def sticky_reminders(c):
    d = c.doc(["MR", "CT", "US"])
    v = c.rng.randrange(4)
    d.add(c.pick(("Sticky notes on scheduling desk monitor (transcribed)", "SCHEDULER DESK - post-its, front desk B",
                  "Notes stuck to the MRI scheduler screen", "Transcribed reminder notes")))
    if v % 2:
        d.f(" - {}", c.d(None, "us", "md", "abbr"))
    d.add("\n")
    if v >= 2:
        d.f("{} {}\n", c.pick(("Desk:", "Station:", "Collected by")), c.pick(("Outpatient scheduling", "Central scheduling", "Front desk")))
    d.add("\n")
    for n in range(c.rng.randint(3, 6)):
        kind = c.rng.randrange(6)
        d.add(c.pick(("* ", "- ", f"{n + 1}) ", "[ ] ", "")))
        pt = c.person()
        mod, part = c.pick(EXAMS)
        if kind == 0:
            who = [("Mrs. " if pt.sex == "F" else "Mr. "), P(pt.last, "PERSON")] if c.chance(0.4) else c.nm(pt, "Lf", "fl", "nick")
            d.f("call back {} re {} {} @ {} - {}!! ph {}", who, K(mod, "modality"), c.d(None, "md", "abbr_dot"), c.t("short", "12lc", "12"),
                c.pick(("needs sedation", "claustrophobic", "wants earlier slot", "asks re parking")), P(c.phone(), "PHONE"))
        elif kind == 1:
            doc_ = c.person()
            d.f("{}'s office ({}) wants {} {} on {} ASAP - auth pending, MRN {}", c.dr(doc_), P(c.phone(), "PHONE"),
                K(mod, "modality"), part, c.nm(pt, "Lf", "LF", "fl"), P(c.mrn(), "MRN"))
        elif kind == 2:
            a = c.age(0.6, 70, 89)
            d.f("{} {} -> needs {} and wheelchair, daughter {} drives, only {}", c.nm(pt, "fl", "LF"), c.age_ph(a, pt.sex, ("sx", "yo", "paren")),
                c.pick(("interpreter (Tagalog)", "am slot", "2 staff transfer", "Hoyer lift")), c.nm(c.person("F"), "f", "fl"),
                c.pick(("Tues/Thurs", "mornings", "after 10", "Mon")))
        elif kind == 3:
            d.f("{} - {} pacer, card on file, MRI conditional ok per {}, scan {} {}", c.nm(pt, "Lf", "fl"), c.pick(("Medtronic", "Abbott", "Biotronik")),
                c.nm(c.person(), "f.l", "l"), c.d(None, "md", "us_short"), c.t("short", "12lc", "24"))
        elif kind == 4:
            d.f("PRIOR from {} needed for {} {} ({}) - call {}", P(c.fac("imaging"), "FACILITY"), c.nm(pt, "l", "Lf", "fl"),
                K(mod, "modality"), K(c.pick(("L4-L5", "C5-6", "T12", "L5-S1")), "vertebral_level") if "spine" in part else part,
                P(c.phone(), "PHONE"))
        else:
            d.f("{} - {} cancelled {} {}, rebook wk of {}; eGFR {}", c.nm(pt, "fl", "nick", "Lf"), c.pick(("pt", "family")),
                K(mod, "modality"), c.pick(("w/ contrast", "w/o", "")).strip() or "exam", c.d(None, "md", "mon_d"),
                K(f"{c.rng.randint(28, 95)}", "measurement"))
        d.add("\n")
    if c.chance(0.5):
        d.f("\n(on back of last note: {} {} - {})\n", c.pick(("huddle", "staff mtg", "fire drill")), c.d(None, "md"), c.t("short", "12lc"))
    return d


def elevator_transport_log(c):
    d = c.doc(["CT", "MR", "XR", "US"])
    fac = c.fac()
    layout = c.rng.randrange(4)
    day = c.day()
    if layout == 0:
        d.f("{} - Patient Transport Elevator Log (Car {})\nDate: {}\n\n", P(fac, "FACILITY"), c.pick("ABC12"), c.d(day, "us", "dmy_abbr"))
        d.add("time,car,from,to,patient,mrn,transporter,equipment,notes\n")
        sep = ","
    elif layout == 1:
        d.f("ELEVATOR {} | {} | service log\n\n", c.pick(("P3", "SE-2", "B")), c.d(day, "iso", "abbr"))
        d.add("Time | From | To | Patient | MRN | Transporter | Equip | Notes\n")
        sep = " | "
    elif layout == 2:
        d.f("Transport dispatch / elevator key log\nSite: {}\nShift start {} {}\n\n", P(fac, "FACILITY"), c.d(day, "us"), c.t("24"))
        sep = "; "
    else:
        d.f("{}\t{}\ttransport elevator\n\n", c.d(day, "compact", "iso"), P(fac, "FACILITY"))
        sep = "\t"
    for _ in range(c.rng.randint(4, 7)):
        pt, tr = c.person(), c.person()
        mod = c.pick(("CT", "MRI", "US", "XR", "IR"))
        frm = c.pick(("4W", "ED", "ICU 2", "5 North", "PACU", "L&D"))
        d.add(c.t("24", "mil", "12lc"), sep)
        if layout == 0:
            d.f("{},", c.pick("ABC"))
        d.f("{}{}{} {}{}", frm, sep, K(mod, "modality"), c.pick(("1", "2", "suite", "hold")), sep)
        d.add(c.nm(c.person() if c.chance(0.1) else pt, "LF", "L_i", "Lf", "fl"), sep, P(c.mrn(), "MRN"), sep)
        d.add(c.nm(tr, "f", "f.l", "fl"), sep)
        eq = c.rng.randrange(4)
        if eq == 0:
            d.f("O2 {} + monitor SN {}", K(f"{c.rng.randint(1, 6)} L/min", "measurement"), P(c.serial(), "DEVICE_SERIAL"))
        elif eq == 1:
            d.f("IV pump {}", P(c.serial(), "DEVICE_SERIAL"))
        else:
            d.add(c.pick(("w/c", "stretcher", "bed", "bariatric bed")))
        d.add(sep)
        nt = c.rng.randrange(5)
        if nt == 0:
            a = c.age(0.7, 70, 89)
            d.f("{} fall risk", c.age_ph(a, pt.sex, ("sx", "yo", "Y")))
        elif nt == 1:
            d.f("held {} min at {} - car stuck", c.rng.randint(3, 25), c.pick(("L2", "basement", "floor 3")))
        elif nt == 2:
            d.f("RN {} escort", c.nm(c.person(), "f", "f.l"))
        elif nt == 3:
            d.f("ret {}", c.t("24", "mil"))
        d.add("\n")
    if c.chance(0.5):
        d.f("\nSupervisor sign-off: {} {}\n", c.nm(c.person(), "fl", "f.l"), c.t("24", "12"))
    return d


def sedation_log(c):
    d = c.doc(["MR", "CT"])
    ph, nurse = c.person(), c.person()
    day = c.day()
    v = c.rng.randrange(4)
    if v == 0:
        d.f("RADIOLOGY PHARMACY - PROCEDURAL SEDATION LOG\n{}   Date: {}\nPharmacist: {}\n\n", P(c.fac(), "FACILITY"),
            c.d(day, "us"), c.staff(ph, ("PharmD", "PharmD, BCPS", "RPh")))
    elif v == 1:
        d.f("Sedation dispensing record | {} | {}\n\n", c.d(day, "iso", "dmy_abbr"), P(c.fac("children"), "FACILITY"))
    elif v == 2:
        d.f("Pediatric MRI sedation - daily log ({})\nVerified by {}\n\n", c.d(day, "abbr", "long"), c.staff(ph, ("PharmD", "RPh")))
    else:
        d.f("{}\nDrug / dose / witness log - imaging sedation\n\n", P(c.fac(), "FACILITY"))
    tab = c.chance(0.5)
    if tab:
        d.add("Time   Patient            Acct        Age  Wt     Drug            Dose    Scores            Prescriber / Witness\n")
    for _ in range(c.rng.randint(3, 6)):
        pt, rx, wit = c.person(), c.person(), c.person()
        kid = c.chance(0.6)
        a = c.rng.randint(1, 17) if kid else c.age(0.3, 25, 89)
        wt = c.rng.randint(8, 14 + a * 3) if kid else c.rng.randint(41, 118)
        drug = c.pick((("dexmedetomidine", "mcg/kg"), ("midazolam", "mg"), ("pentobarbital", "mg/kg"), ("propofol", "mg/kg/h"),
                       ("lorazepam", "mg"), ("chloral hydrate", "mg/kg")))
        if tab:
            d.f("{}  {}  {}  {}  {}  {}  {}  {} {}  {} / {}", c.t("24", "mil"), c.nm(pt, "LF", "L_i"), P(c.acct(), "ACCOUNT_ID"),
                c.age_span(a), K(f"{wt} kg", "measurement"), drug[0], K(f"{c.rng.randint(1, 30) / 10} {drug[1]}", "measurement"),
                K(c.pick(("ASA II", "ASA I", "ASA III")), "score"), K(c.pick(("UMSS 2", "Ramsay 3", "UMSS 3", "Ramsay 4")), "score"),
                c.nm(rx, "f.l", "l"), c.nm(wit, "f.l", "f"))
        else:
            d.f("- {} {}, acct {}, {}, {}: {} {} ", c.t("24", "12"), c.nm(pt, "fl", "Lf"), P(c.acct(), "ACCOUNT_ID"),
                c.age_ph(a, pt.sex, ("yo", "y/o", "Y")), K(f"{wt} kg", "measurement"), drug[0],
                K(f"{c.rng.randint(1, 30) / 10} {drug[1]}", "measurement"))
            d.f("({}; target {}) for {} {}; ordered by {}, witness {}", K(c.pick(("ASA II", "ASA I", "ASA III")), "score"),
                K(c.pick(("UMSS 2", "Ramsay 3")), "score"), K(c.pick(("MRI", "CT")), "modality"),
                c.pick(("brain", "spine", "abdomen", "cardiac")), c.dr(rx), c.staff(wit, ("RN", "RN, CPN", "CRNA")))
        if c.chance(0.4):
            d.f("; pump SN {}", P(c.serial(), "DEVICE_SERIAL"))
        if c.chance(0.3):
            d.f("; waste {} witnessed", K(f"{c.rng.randint(1, 9) / 10} mL", "measurement"))
        d.add("\n")
    d.f("\nCount reconciled {} by {} and {}\n", c.t("24", "12"), c.nm(ph, "f.l", "fl"), c.staff(nurse, ("RN", "BSN, RN")))
    return d


def badge_dosimetry(c):
    d = c.doc(["XR", "CT"])
    rso = c.person()
    start = c.day(-200, -40)
    v = c.rng.randrange(4)
    if v == 0:
        d.f("OCCUPATIONAL RADIATION EXPOSURE REPORT\n{} - Radiation Safety Office\nWear period: {} to {}\n\n",
            P(c.fac(), "FACILITY"), c.d(start, "us", "dmy_abbr"), c.d(c.day(-39, -1), "us", "dmy_abbr"))
    elif v == 1:
        d.f("Dosimetry summary ({} quarter {})  |  {}\n\n", c.pick(("1st", "2nd", "3rd", "4th")), K("2025", "year"), P(c.fac(), "FACILITY"))
    elif v == 2:
        d.f("Badge exchange report - issued {}\nAccount: {}\n\n", c.d(start, "long", "iso"), P(c.fac(), "FACILITY"))
    else:
        d.f("{}\tdosimetry export\t{}\n\n", c.d(start, "compact", "iso"), P(c.fac(), "FACILITY"))
    tab = c.chance(0.6)
    if tab:
        d.add(c.pick(("Name, Role, Badge SN, Location, Deep (mSv), Eye (mSv), Shallow (mSv), Notes\n",
                      "Participant | Badge | Site | DDE | LDE | SDE | Comment\n")))
    for _ in range(c.rng.randint(4, 7)):
        p = c.person()
        role = c.pick(("RT(R)", "RT(R)(CV)", "MD", "RN", "RT(R)(CT)", "PA-C", "DO"))
        site = c.pick(("collar", "waist", "left hand", "right ring finger", "lens of eye"))
        dd, eye = c.rng.randint(0, 180) / 100, c.rng.randint(0, 400) / 100
        if tab:
            d.f("{}, {}, {}, {}, {}, {}, {}", c.nm(p, "Lf", "LF", "fl"), K(role, "credential"), P(c.serial(), "DEVICE_SERIAL"),
                K(site, "anatomy"), K(f"{dd:.2f}", "measurement"), K(f"{eye:.2f}", "measurement"),
                K(f"{c.rng.randint(0, 900) / 100:.2f}", "measurement"))
            if eye > 3.5:
                d.f(", {} investigation", K("ALARA Level I", "score"))
            elif c.chance(0.2):
                d.add(", badge returned late")
        else:
            d.f("- {} ({}) badge {} at {}: deep dose {}, eye {}", c.nm(p, "fl", "fml", "Lf"), K(role, "credential"),
                P(c.serial(), "DEVICE_SERIAL"), K(site, "anatomy"), K(f"{dd:.2f} mSv", "measurement"), K(f"{eye:.2f} mSv", "measurement"))
            if p.sex == "F" and c.chance(0.25):
                d.f("; declared pregnant worker since {}, fetal badge {}", c.d(c.day(-120, -20), "us", "md"), P(c.serial(), "DEVICE_SERIAL"))
        d.add("\n")
    if c.chance(0.5):
        d.f("\nHigh readers work mainly in {} and {}; lead glasses refit scheduled {}.\n", K(c.pick(("fluoroscopy", "IR")), "modality"),
            K("CT", "modality"), c.d(c.day(5, 40), "md", "mon_d"))
    d.f("\nRSO: {}  {}", c.staff(rso, ("MS, CHP", "PhD, DABR", "CHP")), P(c.email(rso), "EMAIL"))
    d.f("  {}\n", P(c.phone(), "PHONE"))
    return d


def nursing_home_dispatch(c):
    d = c.doc("XR")
    day = c.day()
    v = c.rng.randrange(4)
    if v == 0:
        d.f("MOBILE X-RAY DISPATCH LOG - {}\nVendor: {}\n\n", c.d(day, "us", "dmy_abbr"), c.pick(("PortaRad Mobile Imaging", "Tri-County Mobile X-Ray")))
    elif v == 1:
        d.f("Portable radiography orders | {} | unit {}\n\n", c.d(day, "iso", "abbr"), P(c.serial(), "DEVICE_SERIAL"))
    elif v == 2:
        d.f("Dispatch board {} {}\nTech on call: {}\n\n", c.d(day, "us"), c.t("24"), c.staff(c.person(), ("RT(R)", "RT(R)(ARRT)")))
    else:
        d.f("{} mobile imaging runs\n\n", c.d(day, "long", "abbr"))
    for n in range(c.rng.randint(2, 4)):
        pt, prov, tech = c.person(), c.person(), c.person()
        a = c.age(0.5, 68, 89)
        exam = c.pick((("chest", "2V"), ("left hip", "2V"), ("right wrist", "3V"), ("pelvis", "AP"), ("lumbar spine", "2V"), ("right ankle", "3V")))
        d.f("#{} rcvd {} - {}", n + 1, c.t("24", "mil", "12"), P(c.fac("nursing"), "FACILITY"))
        if c.chance(0.6):
            d.f(", {}", c.addr())
        d.f("\n   Rm {} {} ", f"{c.rng.randint(100, 340)}{c.pick(('A', 'B', '', '-W'))}", c.nm(pt, "LFM", "LF", "Lf", "fl"))
        d.f("({}) DOB {}", c.age_ph(a, pt.sex, ("sx", "Y", "yo")), c.d(c.dob(a), "us", "us_short"))
        d.f("  MBI {}", P(c.mbi(), "HEALTH_PLAN_ID"))
        if c.chance(0.3):
            d.f("  SSN {}", P(c.ssn(), "SSN"))
        d.f("\n   Exam: {} {} {} - {}", K("XR", "modality") if c.chance(0.5) else K("x-ray", "modality"), K(exam[0], "anatomy"), exam[1],
            c.pick(("fall, shortening and rotation", "r/o pneumonia, SpO2 88%", "pain after transfer", "cough x3 days",
                    "r/o compression fx")))
        if exam[0] == "lumbar spine" and c.chance(0.7):
            d.f(" (known {} compression)", K(c.pick(("L1", "T12", "L2")), "vertebral_level"))
        d.f("\n   Ordered by {} via {}", c.dr(prov), P(c.phone(), "PHONE"))
        d.f("\n   Assigned {}; arrived {}, done {}", c.nm(tech, "f", "fl", "f.l"), c.t("24", "mil"), c.t("24", "mil"))
        if c.chance(0.4):
            d.f("; acct {}", P(c.acct(), "ACCOUNT_ID"))
        if c.chance(0.3):
            d.f("; POA {} at bedside", c.nm(c.person(), "fl", "nick"))
        d.add("\n\n")
    d.f("Prelims phoned by {}\n", c.nm(c.person(), "fl", "f.l"))
    return d


STYLES = {
    "sticky_reminders": sticky_reminders,
    "elevator_transport_log": elevator_transport_log,
    "sedation_log": sedation_log,
    "badge_dosimetry": badge_dosimetry,
    "nursing_home_dispatch": nursing_home_dispatch,
}
