"""Structured styles, part B: ASL interpreter booking logs, ED radiology whiteboard transcriptions,
MRI technologist shift-change huddles, survivorship imaging plans, snowbird out-of-state prior requests."""

from __future__ import annotations

import b27_pools as pools
from b27_doc import K, P

MR_EXAMS = [("brain", ("T2 FLAIR", "DWI", "SWI")), ("cervical spine", ("sagittal T2", "STIR", "axial GRE")),
            ("lumbar spine", ("sagittal T1", "sagittal STIR", "axial T2")), ("abdomen", ("T1 VIBE", "MRCP", "HASTE")),
            ("prostate", ("DWI", "DCE", "axial T2")), ("left knee", ("PD fat-sat", "coronal STIR", "sagittal PD"))]


def asl_booking_log(c):
    d = c.doc(["MR", "CT", "US", "MG"])
    v = c.rng.randrange(4)
    if v == 0:
        d.f("ASL / Deaf services - radiology interpreter bookings\n{}\nWeek of {}\n\n", P(c.fac(), "FACILITY"), c.d(None, "us", "long"))
    elif v == 1:
        d.f("Interpreter booking log | Imaging | {}\n\n", c.d(None, "iso", "abbr"))
    elif v == 2:
        d.f("{} Language Access - Sign Language Requests\nCoordinator: {} ({})\n\n", P(c.fac(), "FACILITY"),
            c.nm(c.person(), "fl", "fml"), P(c.phone(), "PHONE"))
    else:
        d.f("Booking#\tAppt\tPatient\tExam\tInterpreter\tMode\tNotes   ({})\n\n", c.d(None, "us"))
    for _ in range(c.rng.randint(3, 5)):
        pt, intp = c.person(), c.person()
        mod, part = c.pick((("MRI", "brain"), ("MRI", "lumbar spine"), ("MRI", "left shoulder"), ("CT", "abdomen"),
                            ("US", "pelvis"), ("mammogram", "breasts"), ("CT", "chest"), ("US", "thyroid")))
        d.f("{} {} - {} ", c.d(None, "md", "us", "abbr_dot"), c.t("12", "24", "12lc"), c.nm(pt, "LF", "Lf", "fl"))
        if c.chance(0.5):
            d.f("(MRN {}) ", P(c.mrn(), "MRN"))
        d.f("- {} {}\n", K(mod, "modality"), K(part, "anatomy"))
        mode = c.rng.randrange(3)
        if mode == 0:
            d.f("    On-site: {} ({}) from {}", c.nm(intp, "fl", "f.l"), K(c.pick(("NIC", "CDI", "NIC, CI/CT", "CI/CT")), "credential"),
                c.pick(("Signs of Hope Interpreting", "Prairie Sign Services", "agency")))
        elif mode == 1:
            d.f("    VRI cart {} at {} - {} ", P(c.serial(), "DEVICE_SERIAL"), P(c.ip(), "IP_ADDRESS"), c.pick(("tested OK", "no audio, IT ticket", "wifi drops in MRI hall")))
        else:
            d.f("    Deaf interpreter team {} + {} ({})", c.nm(intp, "f", "fl"), c.nm(c.person(), "f", "fl"), K("CDI", "credential"))
        d.add("\n")
        nt = c.rng.randrange(4)
        if nt == 0:
            d.f("    Contact by videophone {} or text {}; prefers {}\n", P(c.phone(), "PHONE"), P(c.phone(), "PHONE"),
                c.pick(("ASL", "ProTactile ASL", "written English + ASL", "LSM (Mexican Sign Language)")))
        elif nt == 1:
            d.f("    Note: cannot sign inside bore - agreed squeeze ball = stop, tap on ankle = {} starting; e-mail {}\n",
                K(c.pick(("DWI", "FLAIR", "STIR")), "sequence"), P(c.email(pt), "EMAIL"))
        elif nt == 2:
            a = c.age(0.5, 60, 89)
            d.f("    {} deaf-blind, {}, needs tactile; {} {} attending\n", c.nm(pt, "f", "nick1"), c.age_ph(a, pt.sex, ("age", "yo", "sx")),
                pt.his, c.pick(("son", "SSP", "daughter")))
        if c.chance(0.3):
            d.f("    Invoice acct {}\n", P(c.acct(), "ACCOUNT_ID"))
    return d


def whiteboard_transcript(c):
    d = c.doc(["CT", "XR", "US", "MR"])
    v = c.rng.randrange(4)
    d.f("{} {} {}\n", c.pick(("Transcribed from photo of ED rad whiteboard", "WHITEBOARD (photo IMG_" + c.digits(4) + ")",
                              "ED reading room board - transcription", "Photo of whiteboard, ED radiology")),
        c.pick(("taken", "-", "@")), c.t("24", "12lc", "12"))
    if v % 2:
        d.f("Date on board: {}\n", c.d(None, "md", "us", "abbr_dot"))
    if v >= 2:
        d.f("Attending: {}   Resident: {}\n", c.dr(c.person()), c.nm(c.person(), "f", "l", "fl"))
    d.add("\n")
    if c.chance(0.5):
        d.add(c.pick(("RM | PT | AGE | EXAM | STATUS | READ BY\n", "Bay  Pt  Exam  Status\n", "room / name / study / who / notes\n")))
    for _ in range(c.rng.randint(5, 8)):
        pt = c.person()
        a = c.age(0.25, 1, 89)
        ex = c.rng.randrange(6)
        if ex == 0:
            d.f("{} head w/o | {} - called {}", K("CT", "modality"), K(c.pick(("ASPECTS 9", "ASPECTS 7", "NIHSS 14")), "score"), c.t("24", "mil"))
        elif ex == 1:
            d.f("{} RUQ | {} {}", K("US", "modality"), K("gallbladder", "anatomy"), c.pick(("stones, no wall thick", "WNL", "sludge")))
        elif ex == 2:
            d.f("{} L wrist | {} fx? -> {}", K("XR", "modality"), c.pick((K("Colles", "eponym"), K("Smith", "eponym"),
                K("Barton", "eponym"), K("scaphoid", "anatomy"))), c.pick(("ortho aware", "splint", "neg")))
        elif ex == 3:
            d.f("{} LLE DVT | {} {}", K("US", "modality"), K("left popliteal vein", "anatomy"), c.pick(("noncompressible", "neg", "?")))
        elif ex == 4:
            d.f("{} A/P w/ | {} cm {}", K("CT", "modality"), K(f"{c.rng.randint(1, 9)}.{c.rng.randint(0, 9)}", "measurement"),
                c.pick(("AAA", "stone", "abscess", "appy")))
        else:
            mod, what = c.pick((("CTA", "neck"), ("CTA", "chest PE"), ("MRI", "brain stroke"), ("MRI", "L-spine cauda?")))
            d.f("{} {} | acc {} waiting prelim", K(mod, "modality"), what,
                P(c.acc("CT"), "ACCESSION"))
        if c.chance(0.2):
            d.f(" callback {}", P(c.phone(), "PHONE"))
        d.f(" | {}\n", c.nm(c.person(), "f", "l", "f.l") if c.chance(0.7) else "?")
    nt = c.rng.randrange(3)
    if nt == 0:
        d.f("\nREADING STATION 3 DOWN - {} not responding, IT ticket {}\n", P(c.ip(), "IP_ADDRESS"), c.digits(6))
    elif nt == 1:
        d.f("\nTele-rad overflow after {} -> {}\n", c.t("24", "mil"), P(c.fac(), "FACILITY"))
    else:
        d.f("\n[lower right corner illegible] ... {} ...\n", c.nm(c.person(), "f", "l"))
    return d


def shift_huddle(c):
    d = c.doc("MR")
    lead, inc = c.person(), c.person()
    v = c.rng.randrange(4)
    if v == 0:
        d.f(c.pick(("MRI shift-change huddle", "MR huddle", "Magnet room handoff huddle")) + " - {} {}\n"
            + c.pick(("Lead: {}  Incoming: {}", "Outgoing {} / incoming {}", "Off: {} | On: {}")) + "\n\n", c.d(None, "us", "abbr"), c.t("24", "12"),
            c.staff(lead, pools.CRED_TECH_MR), c.nm(inc, "f", "fl"))
    elif v == 1:
        d.f(c.pick(("Huddle notes", "Shift change", "MRI tech huddle", "Handover")) + " ({} -> {}) {}\n" + c.pick(("", "Present: all techs\n", "(5 min, standing)\n")) + "\n", c.pick(("days", "evenings", "AM")), c.pick(("evenings", "nights", "PM")), c.d(None, "iso", "md"))
    elif v == 2:
        d.f("{} MRI - handoff\n{} / {} / {}\n\n", P(c.fac(), "FACILITY"), c.d(None, "dmy_abbr"), c.nm(lead, "f", "fl"), c.nm(inc, "f", "fl"))
    else:
        d.f("HANDOFF {}  ({} off, {} on)\n\n", c.d(None, "us_short", "abbr"), c.nm(lead, "f"), c.nm(inc, "f"))
    d.f("{}" + c.pick(("\n", ":\n", " -\n")), K(c.pick(("EQUIPMENT", "Scanners", "MAGNETS", "Equipment status")), "section_header"))
    for mag in c.rng.sample(["MR1", "MR2", "MR3", "Wide-bore"], c.rng.randint(1, 3)):
        d.f("- {} ({}, SN {}): helium {}, ", mag, K(c.pick(("1.5T", "3T")), "measurement"), P(c.serial(), "DEVICE_SERIAL"),
            K(f"{c.rng.randint(58, 96)}%", "measurement"))
        d.add(c.pick(("coil 16ch knee flaky", "all good", "injector recal done", "console rebooted")))
        if c.chance(0.4):
            d.f(", console {}", P(c.ip(), "IP_ADDRESS"))
        d.add("\n")
    d.f("\n{}\n", K(c.pick(("PATIENTS", "Pending / carry-over", "Patients to watch")), "section_header"))
    for _ in range(c.rng.randint(2, 4)):
        pt = c.person()
        part, seqs = c.pick(MR_EXAMS)
        d.f("- {} ", c.nm(pt, "fl", "LF", "Lf", "nick"))
        if c.chance(0.5):
            d.f("MRN {} ", P(c.mrn(), "MRN"))
        d.f("{} {} at {}: ", K("MRI", "modality"), K(part, "anatomy"), c.t("24", "12", "12lc"))
        iss = c.rng.randrange(5)
        if iss == 0:
            d.f("claustrophobic, redo {} and {} with {} bore", K(seqs[0], "sequence"), K(seqs[1], "sequence"), c.pick(("wide", "feet-first")))
        elif iss == 1:
            d.f("pacemaker MR-conditional, rep {} on site {}", c.nm(c.person(), "fl", "f"), c.t("24", "12lc"))
        elif iss == 2:
            a = c.age(0.6, 70, 89)
            d.f("{}, eGFR {} - no gad, {} only", c.age_ph(a, pt.sex, ("sx", "yo", "Y")), K(str(c.rng.randint(18, 35)), "measurement"),
                K(seqs[2], "sequence"))
        elif iss == 3:
            d.f("{} motion on {}, sedation rebook {}", c.pick(("marked", "gross", "breathing")), K(seqs[1], "sequence"), c.d(c.day(1, 10), "md", "abbr_dot"))
        else:
            d.f("prior at {} ({}) not in PACS yet, acc {}", P(c.fac("imaging"), "FACILITY"), K(str(c.rng.randint(2019, 2025)), "year"),
                P(c.acc("MR"), "ACCESSION"))
        d.add("\n")
    if c.chance(0.6):
        d.f("\n{}\n- {} ", K(c.pick(("SAFETY", "Zone IV", "Safety")), "section_header"), c.pick(("Near-miss:", "Reminder:", "FYI")))
        d.f("{} {} walked to Zone III with {}; stopped by {}\n", c.pick(("visitor", "transporter", "housekeeper")),
            c.nm(c.person(), "f", "fl"), c.pick(("oxygen tank", "pager", "hearing aid")), c.nm(c.person(), "f", "f.l"))
    d.f("\nOn-call rad tonight {} {}\n", c.dr(c.person()), P(c.phone(), "PHONE"))
    return d


def survivorship_plan(c):
    d = c.doc(["CT", "MR", "MG"])
    pt, onc, nav = c.person(), c.person(), c.person("F")
    a = c.age(0.1, 19, 89)
    dx = c.pick((("Hodgkin lymphoma", "eponym", "Deauville 2", ("ABVD x 4 and involved-site radiation", "BEACOPP")),
                 ("breast cancer", None, "BI-RADS 2", ("lumpectomy and radiation", "mastectomy and AC-T")),
                 ("Lynch syndrome-associated colon cancer", None, "O-RADS US 2", ("right hemicolectomy", "FOLFOX after colectomy")),
                 ("non-small cell lung cancer", None, "Lung-RADS 2", ("lobectomy", "chemoradiation")),
                 ("Ewing sarcoma", "eponym", "Deauville 1", ("chemotherapy and limb-sparing surgery",)),
                 ("Wilms tumor", "eponym", "Bosniak II", ("nephrectomy and vincristine/dactinomycin",))))
    yr = c.rng.randint(2012, 2023)
    v = c.rng.randrange(4)
    if v == 0:
        d.f("SURVIVORSHIP CARE PLAN - IMAGING\n{}\nPatient: {}   DOB: {}   Plan ID {}\n\n", P(c.fac("cancer"), "FACILITY"),
            c.nm(pt, "LFM", "fl"), c.d(c.dob(a), "us"), P(c.hpid(), "HEALTH_PLAN_ID"))
    elif v == 1:
        d.f("Imaging surveillance schedule for {} ({})\nPrepared {} by {}\n\n", c.nm(pt, "fl", "fml"), c.age_ph(a, pt.sex, ("age", "Y", "yo")),
            c.d(None, "long", "us"), c.staff(nav, ("RN, OCN", "BSN, RN", "NP")))
    elif v == 2:
        d.f("{} | Survivorship Clinic | {}\n{}, MRN {}\n\n", P(c.fac("cancer"), "FACILITY"), c.d(None, "iso", "abbr"),
            c.nm(pt, "Lf", "LF"), P(c.mrn(), "MRN"))
    else:
        d.f("Your imaging plan after treatment\nPrepared for {} on {}\n\n", c.nm(pt, "fl", "nick"), c.d(None, "long", "mon_d"))
    d.f("{}: {}", K(c.pick(("Diagnosis", "DIAGNOSIS", "Treatment summary")), "section_header"), K(dx[0], dx[1]) if dx[1] else
          [K("Lynch syndrome", "eponym"), dx[0][14:]] if dx[0].startswith("Lynch") else dx[0])
    d.f(", diagnosed {}, ", K(str(yr), "year"))
    d.f("treated at age {} with {}; ", c.age_span(max(1, a - (2026 - yr))),
        c.pick(dx[3]))
    d.f("last treatment {}.\n\n", c.d(c.day(-900, -200), "us", "long", "dmy_abbr"))
    d.f("{}\n", K(c.pick(("SCHEDULE", "Imaging schedule", "What scans and when")), "section_header"))
    plans = {"Hodgkin": [("CT", "chest/abdomen/pelvis"), ("MRI", "breast (chest radiation before 30)"), ("echocardiogram", "heart"),
                         ("US", "thyroid"), ("mammogram", "bilateral")],
             "breast": [("mammogram", "bilateral"), ("MRI", "breast"), ("DEXA", "hips and spine"), ("CT", "chest")],
             "Lynch": [("CT", "chest/abdomen/pelvis"), ("MRI", "liver"), ("US", "pelvis (transvaginal)"), ("CT", "abdomen")],
             "non-small": [("low-dose CT", "chest"), ("CT", "chest with contrast"), ("MRI", "brain"), ("DEXA", "hips and spine")],
             "Ewing": [("MRI", "primary site (left femur)"), ("CT", "chest"), ("whole-body MRI", "skeleton"), ("echocardiogram", "heart")],
             "Wilms": [("US", "kidneys"), ("CT", "chest"), ("echocardiogram", "heart"), ("US", "abdomen")]}
    pool = plans[dx[0].split()[0].split("-")[0] if not dx[0].startswith("non-small") else "non-small"]
    rows = c.rng.sample(pool, c.rng.randint(3, len(pool)))
    for mod, what in rows:
        d.f("  {} {} - due {}", K(mod, "modality"), what, c.d(c.day(20, 400), "md", "us", "mon_d", "abbr"))
        if c.chance(0.3):
            d.f(" (last result {})", K(dx[2], "score"))
        if c.chance(0.25):
            d.f(" at {}", P(c.fac("imaging"), "FACILITY"))
        d.add("\n")
    d.f("\n{}: ", K(c.pick(("Notes", "NOTES", "Other")), "section_header"))
    d.f("Prior outside {} of the {} from {} ({}) shows a {} nodule, stable. ", K("CT", "modality"),
        K(c.pick(("thyroid", "right lung", "left adrenal")), "anatomy"), P(c.fac(), "FACILITY"), c.d(c.day(-800, -300), "md", "us_short", "us"),
        K(f"{c.rng.randint(3, 12)} mm", "measurement"))
    if c.chance(0.5):
        d.f("Insurance {} (member {}) covers annual breast {}. ", c.pick(("BluePrairie", "Heartland Health Plan", "Medicaid")),
            P(c.hpid(), "HEALTH_PLAN_ID"), K("MRI", "modality"))
    d.f("\n\nQuestions: {}, nurse navigator, {}", c.nm(nav, "fl", "f"), P(c.phone(), "PHONE"))
    if c.chance(0.5):
        d.f(", {}", P(c.email(nav), "EMAIL"))
    d.f("\nOncologist: {}\n", c.staff(onc, ("MD", "DO", "MD, PhD")))
    return d


def snowbird_prior_request(c):
    d = c.doc(["CT", "MR", "MG", "US"])
    pt, poa = c.person(), c.person()
    a = c.age(0.3, 62, 89)
    ca = c.chance(0.35)
    v = c.rng.randrange(4)
    if v == 0:
        d.f("REQUEST FOR PRIOR IMAGING - OUT OF STATE\n{}\nReceived: {}\n\n", P(c.fac("imaging"), "FACILITY"), c.d(None, "us", "dmy_abbr"))
    elif v == 1:
        d.f("Outside images request form ({} patient)\nSubmitted {} {}\n\n", c.pick(("seasonal", "visiting", "part-year")), c.d(None, "iso", "abbr"),
            c.t("24", "12"))
    elif v == 2:
        d.f("{} - Film Library\nRequest type: {}\n\n", P(c.fac(), "FACILITY"), c.pick(("priors for comparison", "push to PACS", "CD mail-out")))
    else:
        d.f("Prior-study request | {}\n\n", c.d(None, "long", "us"))
    lab = c.pick((("Patient name", "Date of birth", "Home address", "Seasonal address", "Phone"), ("NAME", "DOB", "PERMANENT ADDR", "LOCAL ADDR", "TEL"),
                  ("Pt", "Born", "Address (home)", "Address (seasonal)", "Cell")))
    d.f("{}: {}\n{}: {}", lab[0], c.nm(pt, "LFM", "fl", "Lf", "fml"), lab[1], c.d(c.dob(a), "us", "long", "dmy_slash" if ca else "us"))
    if c.chance(0.6):
        d.f("  (age {})", c.age_span(a))
    d.f("\n{}: {}\n{}: {}\n", lab[2], c.addr(ca=ca), lab[3], c.addr(where=pools.SUN_CITIES))
    d.f("{}: {}", lab[4], P(c.phone(ca=ca), "PHONE"))
    if c.chance(0.5):
        d.f("   E-mail: {}", P(c.email(pt), "EMAIL"))
    d.add("\n")
    if ca:
        d.f("Provincial health card: {}   Travel insurer policy {}\n", P(f"{c.digits(4)}-{c.digits(3)}-{c.digits(3)}-{c.pick(('AB', 'XK', 'QT'))}", "HEALTH_PLAN_ID"),
            P(c.hpid(), "HEALTH_PLAN_ID"))
    else:
        d.f("Medicare MBI: {}", P(c.mbi(), "HEALTH_PLAN_ID"))
        if c.chance(0.5):
            d.f("   SSN: {}", P(c.ssn(), "SSN"))
        d.add("\n")
    d.f("\nStudies requested from {}", P(c.fac("ca" if ca else "hospital"), "FACILITY"))
    if c.chance(0.5):
        d.f(" ({})", c.addr(ca=ca))
    d.add(":\n")
    for _ in range(c.rng.randint(1, 3)):
        mod, part = c.pick((("CT", "chest"), ("MRI", "lumbar spine"), ("CT", "abdomen"), ("mammogram", "left breast"), ("US", "thyroid"),
                            ("PET/CT", "skull base to thigh"), ("MRI", "pelvis"), ("US", "abdomen"), ("mammogram", "bilateral breasts")))
        d.f("  - {} {} ", K(mod, "modality"), K(part, "anatomy"))
        d.f("{}", c.d(c.day(-900, -60), "us", "abbr", "iso") if c.chance(0.7) else K(str(c.rng.randint(2020, 2025)), "year"))
        if c.chance(0.5):
            d.f(", acc {}", P(c.acc("CT"), "ACCESSION"))
        if c.chance(0.4):
            d.f(" - reported {}", K(c.pick(("Lung-RADS 3", "TI-RADS TR3", "BI-RADS 3", "Fleischner category 2", "PI-RADS 3", "LI-RADS LR-3")), "score"))
        d.add("\n")
    d.f("\nReason: comparison for new {} here on {}\n", c.pick(("nodule", "back pain", "screening", "follow-up")), c.d(c.day(1, 30), "md", "mon_d"))
    d.f("Send via: {}\n", P(c.url("imageshare", f"upload/{c.token(12)}"), "URL") if c.chance(0.5) else "CD by mail to seasonal address")
    if c.chance(0.5):
        rel = c.pick(("son", "daughter", "spouse", "friend", "niece"))
        d.f("Requested by POA: {} ({})\n", c.nm(c.kin(rel), "fl", "fml"), rel)
    d.f("Signature on file - {}\n", c.d(None, "us", "md"))
    return d


STYLES = {
    "asl_booking_log": asl_booking_log,
    "whiteboard_transcript": whiteboard_transcript,
    "shift_huddle": shift_huddle,
    "survivorship_plan": survivorship_plan,
    "snowbird_prior_request": snowbird_prior_request,
}
