"""Styles: fax/ROI request, attorney records request, workers' comp / VA disability form,
prior-authorization call transcript, post-mortem CT."""

from __future__ import annotations

import b10_cast as cast
import b10_clinical as C
import b10_dates as D
import b10_pools as pools
from b10_markup import (ACC, ACCT, AGE, AN, CITY, CR, EML, EP, FAC, HPID, LV, MOD, MRN, MS, PER, SER, SH, SSN,
                        ST, TEL, YR, ZIP)
from b10_scene import Scene


def fax_roi_request(rng):
    s = Scene(rng, rng.choice(["CT", "MR", "XR"]), old_share=0.1)
    clerk = cast.person(rng)
    req_fac, _ = cast.facility(rng, ("clinic", "hospital"))
    if req_fac == s.fac:
        req_fac = "Lakeshore Family Health Clinic" if s.fac != "Lakeshore Family Health Clinic" else "Desert Willow Medical Plaza"
    rep = cast.family_of(rng, s.pt, rng.choice(["daughter", "son", "husband", "wife"]))
    d_sig = D.shift(s.when, rng.randint(20, 200))
    studies = [(rng.choice(["CT abdomen/pelvis w contrast", "MRI lumbar spine w/o", "XR chest 2 views", "CT head w/o",
                            "MRI brain w/wo"]), D.shift(s.when, -rng.randint(0, 300))) for _ in range(rng.randint(1, 3))]
    out = [s.prompt(0.3, "admin")]
    out.append(rng.choice(["FAX COVER SHEET", "*** FACSIMILE TRANSMITTAL ***", "F A X"]) + "\n")
    out.append(f"Date: {s.d(d_sig)}   Time: {s.t()}\n"
               f"To: Release of Information / HIM, {s.facility(False)}\n"
               f"Fax: {TEL(cast.phone(rng))}   Phone: {TEL(cast.phone(rng))}\n"
               f"From: {s.nm(clerk, 'plain')}, Medical Records, {FAC(req_fac)}\n"
               f"Fax: {TEL(cast.phone(rng))}   Email: {EML(cast.email(rng, clerk))}\n"
               f"Pages (incl. cover): {rng.randint(2, 7)}\n"
               f"RE: Imaging records — {s.nm(s.pt, 'plain')}\n\n"
               f"Please send reports and images on CD for the studies listed below. Thank you!\n\n")
    out.append("AUTHORIZATION FOR USE AND DISCLOSURE OF PROTECTED HEALTH INFORMATION\n"
               f"Patient name: {s.nm(s.pt, 'last_first')}\n")
    if rng.random() < 0.4:
        maiden = cast.person(rng, sex=s.pt.sex, tradition=s.pt.tradition)
        out.append(f"Other names used: {PER(s.pt.given + ' ' + maiden.family)}\n")
    ssn_line = (f"SSN: {SSN(cast.ssn(rng))}" if rng.random() < 0.6 else f"SSN (last 4 only): {SSN(cast.digits(rng, 4))}")
    out.append(f"Date of birth: {s.d(s.dob)}   {ssn_line}\n"
               f"Address: {s.addr_inline()}\n"
               f"Phone: {TEL(s.phone)}   Email: {EML(cast.email(rng, s.pt))}\n"
               f"Medical record # (if known): {MRN(s.mrn)}\n\n"
               "Information to be released:  [X] Radiology reports  [X] Images (DICOM)  [ ] Billing\n")
    for i, (name, dd) in enumerate(studies):
        acc = f", Acc {ACC(cast.accession(rng, s.modality, dd))}" if i == 0 else ""
        out.append(f"   - {name} on {s.d(dd)}{acc}\n")
    dest = rng.choice(["patient", "provider"])
    if dest == "patient":
        out.append(f"Release to: Patient — mail to address above\n")
    else:
        doc = cast.clinician(rng, "referrer")
        st2, c2, s2, z2 = s.other_address()
        out.append(f"Release to: {s.dr(doc, 'dr_full')}, {FAC(req_fac)}, {s.addr_inline(street=st2, city=c2, state=s2, zipc=z2)}\n")
    out.append(f"Purpose: {rng.choice(['continuity of care', 'personal use', 'second opinion', 'insurance'])}\n"
               f"This authorization expires on {s.d(D.shift(d_sig, 365))}.\n\n"
               f"Signature: /s/ {s.nm(rep if rng.random() < 0.4 else s.pt, 'plain')}    Date signed: {s.d(d_sig)}\n")
    if rng.random() < 0.6:
        out.append(f"Personal representative: {s.nm(rep, 'full')} ({rng.choice(['healthcare POA', 'daughter', 'legal guardian'])}), "
                   f"tel {TEL(cast.phone(rng))}\n")
    out.append("\nCONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error, "
               "notify the sender and destroy all copies.\n")
    return "".join(out), s.modality


def legal_records_request(rng):
    s = Scene(rng, rng.choice(["CT", "MR", "XR"]), old_share=0.03, age_lo=19, age_hi=80)
    atty = cast.clinician(rng, "attorney")
    para = cast.person(rng)
    firm = rng.choice(pools.LAW_FIRMS)
    st2, c2, s2, z2 = s.other_address()
    doi = D.shift(s.when, -rng.randint(1, 20))
    letter = D.shift(s.when, rng.randint(20, 150))
    out = [s.prompt(0.3, "admin")]
    out.append(f"{firm}\n{ST(st2)}\n{CITY(c2)}, {s2} {ZIP(z2)}\nTel {TEL(cast.phone(rng))} | Fax {TEL(cast.phone(rng))} | "
               f"{EML(cast.email(rng, atty))}\n\n{s.d(letter, 'long')}\n\n"
               f"VIA FACSIMILE AND CERTIFIED MAIL\nCustodian of Records — Radiology\n{s.facility(False)}\n{s.addr_lines(*s.other_address())}\n\n")
    claim = cast.claim_number(rng)
    out.append(f"RE:  Our client:      {s.nm(s.pt, 'full')}\n     Date of birth:   {s.d(s.dob)}\n"
               f"     Date of loss:    {s.d(doi)}\n     Insurer claim #: {ACCT(claim)}\n\n")
    kind = rng.choice(["letter", "subpoena"])
    if kind == "letter":
        out.append(f"Dear Custodian of Records:\n\nThis office represents {s.nm(s.pt, 'plain')} for injuries sustained in a "
                   f"{rng.choice(['motor vehicle collision', 'slip and fall', 'dog bite', 'workplace fall'])} on {s.d(doi, 'long')}. "
                   "Enclosed is a HIPAA-compliant authorization signed by our client. Please produce certified copies of all "
                   "radiology reports, images in DICOM format, technologist notes and the itemized billing ledger, including:\n")
    else:
        out.append(f"SUBPOENA DUCES TECUM — RECORDS ONLY\nYou are commanded to produce the following records of "
                   f"{s.nm(s.pt, 'last_first')} on or before {s.day(rng.randint(14, 30))} at {s.t(D.clock(rng, (9, 15)), '12')}"
                   f" at the offices of {firm}, address above:\n")
    exams = [f"{MOD('CT')} head and cervical spine on {s.d(doi)}, accession {ACC(s.acc)}",
             f"{MOD('XR')} {rng.choice(['right wrist', 'left shoulder', 'pelvis'])} on {s.d(doi, 'mdy_short')}",
             f"{MOD('MRI')} lumbar spine on {s.d(D.shift(doi, rng.randint(5, 18)))}"]
    for e in exams[:rng.randint(2, 3)]:
        out.append(f"  • {e}\n")
    out.append(f"\nWe understand the report describes {rng.choice([LV('C5-C6') + ' disc injury', 'a ' + EP('Colles fracture'), 'a ' + EP('Monteggia fracture'), 'findings at ' + LV('L5-S1')])}; "
               f"please include any addenda. Account number {ACCT(cast.account(rng))} appears on the statement our client received.\n"
               f"If copying fees exceed $50.00, contact my paralegal, {s.nm(para, 'plain')}, at {TEL(cast.phone(rng))} "
               f"or {EML(cast.email(rng, para))}.\n\nSincerely,\n\n{PER(atty.full())}, {CR('Esq.')}\n"
               f"cc: {s.nm(s.pt, 'initial_last')} (client)\n")
    return "".join(out), s.modality


def comp_disability_form(rng):
    wc = rng.random() < 0.6
    s = Scene(rng, "MR", old_share=0.0, age_lo=21, age_hi=66) if wc else Scene(rng, "MR", old_share=0.12, age_lo=28, age_hi=88)
    doc = cast.clinician(rng, "referrer")
    out = [s.prompt(0.3, "admin")]
    if wc:
        adj = cast.person(rng)
        emp = rng.choice(pools.EMPLOYERS)
        st2, c2, s2, z2 = s.other_address()
        doi = D.shift(s.when, -rng.randint(3, 60))
        part = rng.choice(["low back", "low back", "right knee", "left shoulder", "left knee"])
        out.append(rng.choice(["WORKERS' COMPENSATION — ATTENDING PHYSICIAN'S REPORT", "WC PROGRESS REPORT (PR-2)",
                               "Employer's First Report / Physician Section"]) + "\n\n")
        out.append(f"Employee: {s.nm(s.pt, 'last_first')}    SSN: {SSN(cast.ssn(rng))}    DOB: {s.d(s.dob)}\n"
                   f"Home: {s.addr_inline()}    Phone: {TEL(s.phone)}\n"
                   f"Employer: {emp}, {ST(st2)}, {CITY(c2)}, {s2} {ZIP(z2)}\n"
                   f"Date of injury: {s.d(doi)}  Time: {s.t(D.clock(rng, (5, 22)))}    Claim #: {ACCT(cast.claim_number(rng))}\n"
                   f"Adjuster: {s.nm(adj, 'plain')}  {TEL(cast.phone(rng))}  {EML(cast.email(rng, adj))}\n\n"
                   f"Mechanism: {rng.choice(['lifting a 60 lb box', 'fell from ladder approx 6 ft', 'struck by pallet jack', 'slipped on wet dock'])}; "
                   f"felt a pop in the {part}.\n\n"
                   f"Diagnostic imaging: {C.modality_word(rng, s.modality)} on {s.d(D.shift(s.when, -rng.randint(0, 2)))} at "
                   f"{s.facility()}, accession {ACC(s.acc)}:\n")
        out.append("  " + "\n  ".join(C.findings_spine(rng, "lumbar") if part == "low back" else C.findings_msk(rng, part.split()[-1])[1]) + "\n\n")
        out.append(f"Work status: modified duty {s.day(0)} through {s.day(rng.randint(14, 42))}; no lifting over "
                   f"{MS('20 lb')}, no ladders.\nNext visit: {s.day(rng.randint(7, 21), 'long')} at {s.t(D.clock(rng, (8, 16)), '12')}.\n"
                   f"Physician: {s.cred(doc)}  Tel {TEL(cast.phone(rng))}  Fax {TEL(cast.phone(rng))}\n")
    else:
        spouse = cast.family_of(rng, s.pt, "wife" if s.pt.sex == "M" else "husband")
        va = FAC(rng.choice(pools.VA_FACILITIES))
        y0 = s.dob.year + rng.randint(18, 21)
        y1 = min(y0 + rng.randint(3, 22), s.when.year - 2)
        rank = rng.choice(["SSG", "SGT", "PO2", "CPL", "MSgt", "LCpl"])
        out.append("DISABILITY BENEFITS QUESTIONNAIRE — BACK (THORACOLUMBAR SPINE) CONDITIONS\n\n"
                   f"Name of Veteran: {s.nm(s.pt, 'last_first')}    Former rank: {rank}\n"
                   f"VA claim no.: {ACCT(cast.digits(rng, 8))}    SSN: {SSN(cast.ssn(rng))}    DOB: {s.d(s.dob)}\n"
                   f"Branch: {rng.choice(['US Army', 'USMC', 'US Navy', 'USAF'])}, active duty {YR(str(y0))}–{YR(str(y1))}"
                   f"{', deployed ' + YR(str(y0 + 2)) if y1 > y0 + 2 and rng.random() < 0.5 else ''}\n"
                   f"Exam location: {va}    Exam date: {s.d()} {s.t()}\n\n"
                   f"Evidence reviewed: STRs, VA treatment records, {MOD('XR')} lumbar spine {s.day(-rng.randint(30, 600))}, "
                   f"{MOD('MRI')} lumbar spine {s.day(-rng.randint(10, 200))} (accession {ACC(s.acc)}).\n\n"
                   f"Diagnostic testing:\n  " + "\n  ".join(C.findings_spine(rng, "lumbar")) + "\n\n"
                   f"Veteran reports onset after {rng.choice(['a parachute landing', 'an IED blast', 'a vehicle rollover', 'carrying ruck loads'])} "
                   f"in {YR(str(y0 + 1))}. Accompanied by {s.pt.possessive()} spouse, {s.nm(spouse, 'plain')}.\n"
                   f"Forward flexion 0 to {rng.randint(30, 90)} degrees. {EP('Lasègue sign')} {rng.choice(['positive', 'negative'])} on the left.\n"
                   f"Mailing address on file: {s.addr_inline()}\n\nExaminer: {s.cred(doc)}    Date signed: {s.day(rng.randint(0, 3))}\n")
    return "".join(out), s.modality


def prior_auth_call(rng):
    s = Scene(rng, rng.choice(["MR", "CT"]), old_share=0.06)
    rep, caller, doc = cast.person(rng), cast.person(rng), cast.clinician(rng, "referrer")
    payer = rng.choice(pools.PAYERS)
    cpt, specialty = rng.choice({"MR": [("72148", "orthopedics"), ("70553", "neurology"), ("73721", "sports medicine"),
                                        ("74183", "gastroenterology")],
                                 "CT": [("74177", "general surgery"), ("71260", "pulmonology"), ("70450", "neurology"),
                                        ("75574", "cardiology")]}[s.modality])
    auth, ref = cast.digits(rng, 10), f"{s.when:%Y%m%d}{cast.digits(rng, 5)}"
    valid_to = D.shift(s.when, rng.choice([30, 60, 90]))
    spk = rng.choice([("REP", "CALLER"), ("Agent", "Provider office"), ("A:", "B:")])
    a, b = (spk[0], spk[1]) if spk[0] != "A:" else ("A", "B")
    out = [s.prompt(0.4, "admin")]
    out.append(f"[Transcript — {payer} provider line — {s.d()} {s.t()} — auto-generated]\n\n")
    lines = [
        (a, f"Thank you for calling {payer} utilization management, this is {PER(rep.given)}. Who am I speaking with?"),
        (b, f"Hi {PER(rep.given)}, this is {s.nm(caller, 'plain')} calling from {s.facility()} radiology scheduling. "
            f"I need a prior auth for {'an' if s.modality == 'MR' else 'a'} {C.modality_word(rng, s.modality)}."),
        (a, "Sure. Member ID, please?"),
        (b, f"It's {HPID(cast.member_id(rng))}."),
        (a, "And the member's name and date of birth?"),
        (b, f"{s.nm(s.pt, rng.choice(['plain', 'last_first_mixed']))}, date of birth {s.d(s.dob, rng.choice(['long', 'mdy', 'mdy_nopad']))}."),
        (a, f"Thank you. I also have an address of {s.addr_inline()} — still current?"),
        (b, f"{rng.choice(['Yes.', 'No, new one is ' + s.addr_inline(*s.other_address()) + '.'])}"),
        (a, f"CPT code and diagnosis?"),
        (b, f"{cpt}, and ICD-10 {rng.choice(['M54.16', 'R10.31', 'G43.909', 'M25.561', 'R07.89'])}. Ordering is "
            f"{s.dr(doc, rng.choice(['dr', 'dr_full']))}, {rng.choice(['internal medicine', 'family medicine', specialty])}."),
        (a, "Any conservative treatment?"),
        (b, f"Six weeks of PT starting {s.day(-rng.randint(45, 90), 'md')}, NSAIDs, and an {MOD('XR')} on "
            f"{s.day(-rng.randint(10, 40), 'month_day')} that was negative. {s.pt.pronoun().capitalize()}'s {AU_phrase(rng)}."),
        (a, f"Okay, that meets criteria. Authorization number is {ACCT(auth)}, valid from {s.d(s.when, 'mdy')} through "
            f"{s.d(valid_to, 'mdy')}. Reference number for this call is {ACCT(ref)}."),
        (b, f"Great, can you fax the approval letter to {TEL(cast.phone(rng))}?"),
        (a, f"Yes, it'll go out within 24 hours. Anything else? ... Thank you for calling {payer}."),
    ]
    for who, text in lines:
        out.append(f"{who}{'' if who.endswith(':') else ':'} {text}\n")
    if rng.random() < 0.5:
        out.append(f"\n[Scheduler note] Booked {s.day(rng.randint(2, 9), 'md')} {s.t(D.clock(rng), '12tight')} at "
                   f"{s.facility(False)}. Pt notified at {TEL(s.phone)}. — {s.nm(caller, 'initials')}\n")
    return "".join(out), s.modality


def AU_phrase(rng) -> str:
    from b10_markup import AU
    age = rng.randint(25, 84)
    return f"{AU(str(age))} and still working" if rng.random() < 0.5 else f"{AU(f'{age} yo')}, not a surgical candidate"


def postmortem_ct(rng):
    s = Scene(rng, "CT", old_share=0.35, age_lo=18, age_hi=88)
    path, inv, tech = cast.clinician(rng, "pathologist"), cast.person(rng), cast.clinician(rng, "tech")
    nok = cast.family_of(rng, s.pt, rng.choice(["daughter", "son", "wife", "husband", "brother", "sister"]))
    me = FAC(rng.choice(["Three Rivers Medical Examiner's Office", "Office of the Chief Medical Examiner, Region 4"]))
    tod = D.clock(rng, (0, 23))
    scan = D.clock(rng, (6, 20))
    st2, c2, s2, z2 = s.other_address()
    out = [s.prompt(0.35)]
    out.append(f"POSTMORTEM CT (PMCT) — {me}\n"
               f"ME case no.: {ACCT(f'ME-{s.when.year % 100:02d}-{cast.digits(rng, 4)}')}    Decedent: {s.nm(s.pt, 'last_first')}\n"
               f"Age: {D.age_field(s.age, rng.randint(0, 2))}    Sex: {s.pt.sex}    DOB: {s.d(s.dob)}\n"
               f"Pronounced: {s.d(D.shift(s.when, -1))} {s.t(tod)} at {rng.choice(['residence', 'scene'])}: {ST(st2)}, {CITY(c2)}, {s2} {ZIP(z2)}\n"
               f"Received: {s.d(D.shift(s.when, -1))}    Scanned: {s.d()} {s.t(scan)}    Accession: {ACC(s.acc)}\n"
               f"Pathologist: {s.dr(path)}    Investigator: {s.nm(inv, 'plain')}    Scanner tech: {s.cred(tech, 'initial_last')}\n"
               f"Identification: visual by {s.pt.possessive()} {nok_rel(nok, s)} {s.nm(nok, 'plain')}, {TEL(cast.phone(rng))}\n\n")
    out.append(f"History per family: {s.pmh()}; {rng.choice(['found unresponsive', 'unwitnessed fall', 'motor vehicle collision', 'found at base of stairs'])}.\n"
               f"{C.sec(rng, 'Technique')} Whole-body non-contrast {MOD('CT')}, {MS('0.6 mm')} collimation, body in pouch.\n\n"
               f"{C.sec(rng, 'Findings')}\n")
    pool = [
        f"Bilateral maxillary fractures traversing the nasal bones, {EP('Le Fort II fracture')} pattern.",
        f"Right temporal bone fracture; correlate with {EP('Battle sign')} on external exam.",
        f"Left rib fractures 4 through 9 in the anterolateral {AN('chest wall')}; hemothorax ~{MS('600 mL')}.",
        f"Left humeral shaft plate and screws, implant serial {SER(cast.device_serial(rng))} recorded for identification.",
        f"Intravascular gas in the {AN('right atrium')} and hepatic veins, likely postmortem.",
        f"No acute intracranial hemorrhage; {EP('Virchow-Robin spaces')} prominent.",
        f"Burst fracture of the {LV('C1')} ring ({EP('Jefferson fracture')}).",
    ]
    if s.age >= 60:
        pool += [f"Dual-chamber pacemaker in situ, serial {SER(cast.device_serial(rng))} recorded for identification.",
                 f"Right total hip arthroplasty, implant serial {SER(cast.device_serial(rng))}.",
                 f"Atrophy with {EP('Alzheimer disease')} history; chronic lacunes."]
    rng.shuffle(pool)
    out.append("\n".join(f"- {p}" for p in pool[:rng.randint(3, 6)]) + "\n\n")
    out.append(f"{C.sec(rng, 'Impression')} Findings support {rng.choice(['blunt force injuries', 'natural death; no traumatic injury', 'fall from height'])}. "
               f"Autopsy by {s.dr(path, 'dr')} scheduled {s.d()} at {s.t(s.later(180), 'hours')}.\n"
               f"Release of images to the funeral home is not authorized without ME approval.\n")
    return "".join(out), "CT"


def nok_rel(nok, s) -> str:
    if nok.family == s.pt.family:
        return {"F": "daughter", "M": "son"}[nok.sex] if s.age >= 60 else {"F": "sister", "M": "brother"}[nok.sex]
    return "partner"
