"""Multi-patient and machine-made styles: screening recall lists, RIS worklists, on-call handoff lists,
HL7 v2 messages, and research enrolment notes."""

from __future__ import annotations

import b9_clinical as clin
import b9_dates as dates
import b9_ids as ids
from b9_dates import Clock, shift
from b9_markup import K, P
from b9_scene import Scene


def recall_list(rng):
    lung = rng.random() < 0.5
    s = Scene(rng, old_p=0.05, fac_kind="outpatient" if lung else "breast", **({} if lung else {"sex": "F"}))
    nav = s.person(sex=rng.choice("FM"))
    clock = Clock(rng, rng.randint(5, 7), rng.randrange(60))
    ds = rng.choice(("mdy", "mdy_short", "iso"))
    prog = "LUNG CANCER SCREENING" if lung else "SCREENING MAMMOGRAPHY"
    lines = [f"{s.fac()} -- {prog} PROGRAM", f"Recall / overdue list generated {s.date(s.ref, ds)} {s.time(clock.now())} by RIS job",
             f"Navigator: {s.name(nav, 'first_last')}  {s.phone(s.facility.phone)}  "
             f"{P('EMAIL', ids.email_for(rng, nav.given, nav.family, s.facility.domain))}", "",
             "#  | Patient                    | MRN        | DOB        | Age | Last exam  | Result        | Due        | Phone          | Notes"]
    for k in range(rng.randint(6, 11)):
        pt = s.patient if k == 0 else s.patient_n(old_p=0.04, **({} if lung else {"sex": "F"}))
        s.set_age(pt, rng.randint(50, 80) if lung else (rng.randint(90, 96) if rng.random() < .04 else rng.randint(40, 89)))
        last = shift(s.ref, -rng.randint(300, 700))
        res = K("score", f"Lung-RADS {rng.choice(('1', '2', '2', '3', '4A'))}") if lung else K("score", f"BI-RADS {rng.choice(('1', '2', '0', '3'))}")
        due = shift(last, 365 if "1" in res or "2" in res else 180)
        note = rng.choice(("", "", "LVM x2", f"LVM {s.date(shift(s.ref, -rng.randint(2, 30)), 'md')}", "moved?",
                           "interpreter: Spanish", "pt declined", f"PCP {s.name(s.clinician('referrer'), 'last')} aware",
                           "deceased? verify", "mailed letter",
                           f"pack-years {rng.randint(20, 60)}, quit {K('year', str(s.ref.year - rng.randint(2, 14)))}" if lung else "dense, add US?"))
        lines.append(f"{k + 1:<2} | {s.name(pt, 'LAST_FIRST')} | {s.mrn(pt.mrn)} | {s.date(pt.dob, ds)} | {s.bare_age(pt.age)} | "
                     f"{s.date(last, ds)} | {res} | {s.date(due, ds)} | {s.phone(pt.phone)} | {note}")
    lines += ["", "Outreach script: verify name and DOB before discussing results; do not leave results on voicemail.",
              f"Questions: {s.name(nav, 'initials_dots')} ext {rng.randint(2000, 7999)}."]
    return "CT" if lung else "MG", "\n".join(lines)


def ris_worklist(rng):
    s = Scene(rng, old_p=0.12)
    mod = rng.choice(("CT", "MR", "US", "XR"))
    kinds = {"CT": ("ct_chest", "ct_abd", "ct_head", "pet"), "MR": ("mr_brain", "mr_spine", "mr_msk", "pelvis"),
             "US": ("us", "pelvis"), "XR": ("xr_msk", "xr_chest")}[mod]
    clock = Clock(rng, rng.randint(6, 9), rng.choice((0, 15, 30)))
    tstyle = rng.choice(("hm24", "mil", "ampm"))
    lines = [f"RIS WORKLIST  {K('modality', mod)}  {s.fac(short=rng.random() < .5)}  {s.date(s.ref, rng.choice(('mdy', 'dmon_upper', 'iso')))}",
             f"Printed {s.time(clock.now(), 'hm24')} by {s.name(s.clinician('tech'), 'LAST_FIRST')}" +
             (f" at {rng.choice(('CT', 'MR', 'US', 'XR'))}-WS{rng.randint(1, 9)} ({P('IP_ADDRESS', ids.ip_address(rng))})" if rng.random() < .5 else ""), "",
             "Time   Acc#           MRN          Patient                      Age/Sex  Exam                                Status     Ordering"]
    for k in range(rng.randint(6, 12)):
        pt = s.patient if k == 0 else s.patient_n(old_p=0.12)
        ex = clin.exam(rng, rng.choice(kinds), pt=pt)
        ordering = s.clinician("referrer")
        status = rng.choice(("SCHEDULED", "ARRIVED", "IN PROGRESS", "COMPLETE", "COMPLETE", "DICTATED", "NO SHOW"))
        age = f"{P('AGE_OVER_89', pt.age)}{pt.sex}" if pt.age >= 90 else K("age_under_90", f"{pt.age}{pt.sex}")
        name = ex.name.replace(K("modality", ex.modality if ex.modality != "MR" else "MRI") + " ", "") if rng.random() < .3 else ex.name
        lines.append(f"{s.time(clock.tick(10, 35), tstyle)}  {s.acc(ex.code)}  {s.mrn(pt.mrn)}  {s.name(pt, 'LAST_FIRST_MI')}  {age}  "
                     f"{name}  {status}  {s.name(ordering, rng.choice(('LAST', 'last_first', 'initial_last')))}")
        if rng.random() < 0.3:
            lines.append("       ^ " + rng.choice((
                f"from {s.fac(s.other_facility('care'))}, transport by stretcher",
                f"interpreter needed ({rng.choice(('Vietnamese', 'Arabic', 'Spanish', 'Mandarin', 'Ukrainian', 'Yoruba'))})",
                f"claustrophobic, ordered lorazepam; daughter {s.name(s.person(sex='F'), 'first')} accompanying",
                f"creatinine 1.{rng.randint(1, 9)} on {s.date(shift(s.ref, -rng.randint(1, 20)), 'md')}",
                f"prior at outside facility {s.fac(s.other_facility('outpatient'), short=True)}, requested",
                f"call {s.phone(ids.us_phone(rng))} when done (ride)")))
    lines += ["", f"Total {len([x for x in lines if x[:1].isdigit() or x[:1] == chr(0x27e6)])} exams."]
    return mod if mod != "MR" else "MR", "\n".join(lines)


def oncall_handoff(rng):
    s = Scene(rng)
    night, day = s.clinician("resident"), s.clinician("radiologist")
    clock = Clock(rng, rng.randint(18, 22), rng.randrange(60))
    tstyle = rng.choice(("mil", "hm24", "ampm"))
    lines = [f"Overnight call handoff -- {s.fac(short=rng.random() < .5)} Radiology",
             f"From: {s.name(night, rng.choice(('first_last', 'last')))} (R{rng.randint(2, 4)}, night float)   To: day team / {s.doc(day, 'dr_last')}",
             f"Shift: {s.date(s.ref, 'md')} {s.time(clock.now(), tstyle)} to {s.date(shift(s.ref, 1), 'md')} "
             f"{s.time((7, 0), tstyle)}", "", "Discrepancy watch / pending:"]
    for k in range(rng.randint(4, 8)):
        pt = s.patient if k == 0 else s.patient_n(old_p=0.15)
        ex = clin.exam(rng, rng.choice(("ct_abd", "ct_head", "ct_chest", "xr_chest", "us", "mr_brain", "xr_msk")), pt=pt)
        when = clock.tick(20, 80)
        who = s.clinician(rng.choice(("referrer", "resident")))
        loc = rng.choice((f"ED bed {rng.randint(1, 40)}", f"{rng.randint(2, 9)}West-{rng.randint(1, 30)}",
                          f"MICU {rng.randint(1, 20)}", "Obs", f"from {s.fac(s.other_facility('care'), short=rng.random() < .4)}"))
        lines.append(rng.choice((
            f"{k + 1}. {s.name(pt, 'LAST_FIRST')} ({s.mrn(pt.mrn)}), {s.age(pt.age, rng.choice(('yo', 'Y', 'y/o')))} {pt.sex}, {loc}. {ex.name}. "
            f"Prelim called to {s.doc(who, 'dr_last')} at {s.time(when, tstyle)}: {ex.impression[0]} Pls confirm final.",
            f"{k + 1}. {s.name(pt, 'last')} in {loc} -- {ex.name}, acc {s.acc(ex.code)}: {ex.findings[0]} "
            f"Told {s.name(who, 'initials')} ({s.phone(ids.us_phone(rng))}) {s.time(when, tstyle)}; they want a callback if final differs.",
            f"{k + 1}. {s.name(pt, 'last_first')} DOB {s.dob(pt, 'mdy_short')} {ex.name}: {ex.findings[-1]} "
            f"Not yet read by attending. Family ({s.name(s.person(), 'first_last')}) asking for results.")))
    lines += ["", rng.choice(("Quiet night otherwise.",
                              f"PACS slow {s.time((2, 0), 'mil')}-{s.time((3, 0), 'mil')}, IT ticket filed (router {P('IP_ADDRESS', ids.ip_address(rng))}).",
                              f"Ultrasound tech {s.name(s.clinician('tech'), 'first')} out sick, no overnight pelvis US after {s.time((3, 0), 'mil')}.")),
              f"-{s.name(night, 'initials')}"]
    return "CT", "\n".join(lines)


def _hl7_addr(s, a) -> str:
    return f"{P('STREET_ADDRESS', a.street.upper())}^^{P('CITY', a.city.upper())}^{a.state}^{P('ZIP', a.zip)}"


def hl7_message(rng):
    s = Scene(rng)
    pt = s.patient
    ref, rad = s.clinician("referrer"), s.clinician("radiologist")
    ex = clin.exam(rng, pt=pt)
    clock = Clock(rng, rng.randint(6, 15), rng.randrange(60))
    fac = s.facility
    ab = fac.abbrev if len(fac.abbrev) >= 3 else ids.slug(fac.name)[:6].upper()
    ts = lambda d, hm, sec=True: P("DATE_TIME", dates.hl7_ts(d, hm[0], hm[1], clock.s if sec else None))  # noqa: E731
    order = clock.now()
    obs = clock.tick(20, 120)
    final = clock.tick(20, 200)
    acc = ids.accession(rng, ex.code, s.ref.year)
    msgtype = rng.choice(("ORU^R01", "ORM^O01"))
    ctrl = f"MSG{ids.digits(rng, 8)}"
    dob = P("DATE_TIME", f"{pt.dob.year}{pt.dob.month:02d}{pt.dob.day:02d}")
    sent = final if msgtype.startswith("ORU") else clock.tick(1, 5)
    seg = [f"MSH|^~\\&|RIS|{P('FACILITY', ab)}|EHR_DRAFT|{P('FACILITY', ab)}|{ts(s.ref, sent)}||{msgtype}|{ctrl}|P|2.5.1",
           f"PID|1||{P('MRN', pt.mrn)}^^^{P('FACILITY', ab)}^MR||{s.name(pt, 'hl7')}||{dob}|{pt.sex}|||{_hl7_addr(s, pt.address)}||"
           f"{P('PHONE', ids.us_phone(rng, 'paren').replace(' ', ''))}|||||{P('ACCOUNT_ID', pt.account)}|" + (P("SSN", ids.ssn(rng, 'none')) if rng.random() < .7 else ""),
           f"PV1|1|{rng.choice(('O', 'E', 'I'))}|RAD^^^{P('FACILITY', ab)}||||^{P('PERSON', ref.family.upper() + '^' + ref.given.upper())}^^^^{K('credential', ref.cred)}",
           f"IN1|1|{rng.choice(('BCBS', 'MCR', 'MCD', 'AETNA', 'SELF'))}||||||||||||||||||||||||||||||||||{P('HEALTH_PLAN_ID', pt.plan)}",
           f"ORC|{'RE' if msgtype.startswith('ORU') else 'NW'}||{P('ACCESSION', acc)}",
           f"OBR|1||{P('ACCESSION', acc)}|{ids.digits(rng, 5, False)}^{ex.name}|||{ts(s.ref, order)}|||||||||"
           f"^{P('PERSON', ref.family.upper() + '^' + ref.given.upper())}||||||" +
           (f"{ts(s.ref, final)}||{ex.modality}|F" if msgtype.startswith("ORU") else f"||{ex.modality}|")]
    if msgtype.startswith("ORU"):
        n = 1
        body = [f"{K('section_header', 'INDICATION')}: {ex.indication}", f"{K('section_header', 'TECHNIQUE')}: {ex.technique}",
                f"{K('section_header', 'FINDINGS')}:", *ex.findings, f"{K('section_header', 'IMPRESSION')}:", *ex.impression,
                f"Signed by {s.name(rad, 'first_last')}, {s.creds(rad)} {s.date(s.ref, 'mdy')} {s.time(final, 'hm24')}"]
        for line in body:
            seg.append(f"OBX|{n}|TX|{ex.code}^REPORT||{line}||||||F")
            n += 1
    else:
        seg.append(f"NTE|1||Reason: {ex.indication} Call {P('PHONE', ids.us_phone(rng, 'dash'))} with results.")
    head = rng.choice(("", "Draft a radiology report from the following HL7 feed:\n", "HL7 message captured by interface engine:\n"))
    return ex.modality, head + "\n".join(seg)


def trial_enrolment(rng):
    s = Scene(rng, old_p=0.05)
    pt = s.patient
    pi, coord, rad = s.clinician("radiologist"), s.person(), s.clinician("radiologist")
    proto = f"{rng.choice(('RG', 'ONC', 'NRG', 'CTSU'))}-{rng.randint(1000, 9999)}"
    subj = f"{rng.randint(1, 40):03d}-{rng.randint(1, 400):04d}"
    ex = clin.exam(rng, rng.choice(("ct_chest", "ct_abd", "pet", "mr_brain")), pt=pt)
    clock = Clock(rng, rng.randint(8, 15), rng.randrange(60))
    consent = shift(s.ref, -rng.randint(2, 20))
    lesions = [(K("anatomy", a), clin.mm(rng, 11, 48)) for a in rng.sample(("right hepatic lobe", "left adrenal gland",
                                                                             "subcarinal lymph node", "right lower lobe",
                                                                             "peritoneum", "left iliac bone", "segment 4B"), 3)]
    edc = f"https://edc.{s.facility.domain}/study/{proto.lower()}/subject/{subj}"
    lines = [f"RESEARCH IMAGING -- ENROLMENT / BASELINE NOTE", f"Protocol {proto} (phase {rng.choice(('II', 'III'))}), "
             f"site {s.fac()}", "",
             f"Subject: {subj}   Participant: {s.name(pt, 'LAST_FIRST')}   MRN {s.mrn()}   DOB {s.dob()}   Age {s.bare_age(pt.age)}",
             f"Consent signed {s.date(consent)} at {s.time(clock.now())}, version dated {s.date(shift(consent, -rng.randint(30, 300)))}; "
             f"witness {s.name(coord, 'first_last')}.",
             f"Principal investigator: {s.doc(pi, 'dr_full')}. Study radiologist: {s.doc(rad, 'full_cred')}.", "",
             f"Baseline {ex.name} on {s.date(s.ref)}, acc {s.acc(ex.code)} (within 28-day window).",
             "RECIST 1.1 target lesions:"]
    for k, (site, size) in enumerate(lesions, 1):
        lines.append(f"  T{k}: {site}, {size} (series {rng.randint(2, 6)}, image {rng.randint(10, 300)})")
    lines += [f"Non-target: {ex.findings[0]}",
              f"Next timepoint: week 9 scan due {s.date(shift(s.ref, 63))} (window {s.date(shift(s.ref, 56), 'md')} to "
              f"{s.date(shift(s.ref, 70), 'md')}).",
              f"Upload de-identified DICOM via {P('URL', edc)} ; queries to {s.name(coord, 'first_last')}, research coordinator, "
              f"{P('EMAIL', ids.email_for(rng, coord.given, coord.family, s.facility.domain))}, {s.phone(ids.us_phone(rng))}.",
              f"Prior therapy ended {K('year', str(s.ref.year - 1))}; no brain metastases on screening {K('modality', 'MRI')}."]
    return ex.modality, "\n".join(lines)


STYLES = {"recall_list": recall_list, "ris_worklist": ris_worklist, "oncall_handoff": oncall_handoff,
          "hl7_message": hl7_message, "trial_enrolment": trial_enrolment}
