"""Styles: PACS/RIS audit log, registry / abstraction / trial extracts, peer-learning slides,
sports-medicine MSK note, order requisition / HL7 order / multi-patient sign-out."""

from __future__ import annotations

import b10_cast as cast
import b10_clinical as C
import b10_dates as D
import b10_pools as pools
from b10_markup import (ACC, ACCT, AN, AU, CITY, CR, DT, EML, EP, FAC, HPID, IP, LV, MOD, MRN, MS, PER, SC, SER,
                        SQ, SSN, ST, TEL, URL, YR, ZIP)
from b10_scene import Scene


def pacs_audit_log(rng):
    s = Scene(rng, rng.choice(["CT", "MR", "XR", "US"]))
    users = [(cast.person(rng), rng.choice(["RT", "RAD", "RES", "CLERK", "RN", "REF"])) for _ in range(rng.randint(4, 6))]
    ws = [f"{rng.choice(['CT-CON', 'RR', 'READ', 'ED-WS', 'HIM'])}-{rng.randint(1, 30):02d}" for _ in users]
    ips = [cast.ip(rng) for _ in users]
    fmt = rng.choice([("iso", "sec"), ("dmy_mon_up", "sec"), ("mdy", "sec"), ("iso", "24")])
    out = [s.prompt(0.0) if rng.random() < 0.5 else "Privacy office request: summarize who accessed this study and flag anything unusual.\n\n"]
    officer = cast.person(rng)
    out.append(f"PACS/RIS ACCESS AUDIT — {s.facility()} — generated {s.d(D.shift(s.when, 4), 'iso')} {s.t(s.later(600), 'sec')} "
               f"by {s.nm(officer, 'last_first')}\n"
               f"Patient: {s.nm(s.pt, 'hl7')}   MRN: {MRN(s.mrn)}   Study: {ACC(s.acc)} ({MOD(s.modality)} "
               f"{s.d(s.when, fmt[0])})\nModality AE: {s.modality}_{dict(CT='SOMATOM', MR='SIGNA', US='ACUSON', XR='DRX')[s.modality]}_{rng.randint(1, 3)}  "
               f"SN {SER(cast.device_serial(rng))}\n\n"
               "timestamp            | user                 | role  | workstation | ip             | action\n")
    actions = ["STUDY_CREATE", "IMAGES_RECEIVED", "STUDY_OPEN", "REPORT_DRAFT", "REPORT_SIGN", "STUDY_OPEN", "EXPORT_CD",
               "PRINT", "STUDY_OPEN", "ORDER_STATUS=COMPLETE"]
    mins = 0
    for i, act in enumerate(actions[:rng.randint(6, 10)]):
        k = rng.randrange(len(users))
        p, role = users[k]
        mins += rng.randint(1, 240)
        h, m, sec = s.later(mins)
        day = (s.t0[0] * 60 + s.t0[1] + mins) // 1440
        ts = f"{s.d(D.shift(s.when, day), fmt[0])} {s.t((h, m, sec), fmt[1])}"
        who = PER(p.last_first()) if rng.random() < 0.7 else PER(p.hl7())
        out.append(f"{ts} | {who} | {role} | {ws[k]} | {IP(ips[k])} | {act}\n")
    odd, _ = users[0]
    vpn = cast.ip(rng, private=False)
    out.append(f"{s.d(D.shift(s.when, day + 2), fmt[0])} {DT(D.tfmt((2, rng.randint(0, 59), rng.randint(0, 59)), 'sec'))} | "
               f"{PER(odd.last_first())} | {users[0][1]} | VPN-REMOTE | {IP(vpn)} | STUDY_OPEN (no active order)\n\n")
    out.append(f"Viewer links in session: {URL(f'http://{ips[0]}:8080/zfp?lights=on&acc={s.acc}')}\n"
               f"Break-the-glass reason entered by {PER(odd.initial_last())}: \"{rng.choice(['family friend asked', 'checking my own work', 'QA review'])}\"\n"
               f"Contact for questions: {EML(cast.email(rng, officer))}, ext. {rng.randint(2000, 7999)}\n")
    return "".join(out), s.modality


def registry_extract(rng):
    kind = rng.choice(["lcs", "abstraction", "trial"])
    s = Scene(rng, "CT", old_share=0)
    out = [s.prompt(0.5, "admin")]
    if kind == "lcs":
        out.append(f"# LCS registry submission extract — site {s.facility(False)} — pulled {s.d(s.when, 'iso')}\n"
                   "row,last_name,first_name,dob,mrn,exam_date,accession,age,pack_years,lung_rads,site,comment\n")
        for r in range(1, rng.randint(4, 7)):
            p = cast.person(rng, middle=False)
            age = rng.randint(50, 80)
            ex = D.shift(s.when, -rng.randint(0, 120))
            site = FAC(rng.choice([s.fac, "Lung Screening Mobile Unit 1", "Rural Outreach Imaging Van 3"]))
            lr = rng.choice(["1", "2", "2", "3", "4A", "4B", "4X"])
            com = rng.choice(["", "", "new nodule RUL", f"f/u {s.d(D.shift(ex, 180), 'mdy_short')}", "quit " + YR(str(rng.randint(2001, 2023))),
                              f"\"ref {PER(cast.person(rng).family)}\""])
            out.append(f"{r},{PER(p.family)},{PER(p.given)},{DT(D.fmt(D.dob_for(rng, age, ex), 'iso'))},{MRN(cast.mrn(rng))},"
                       f"{DT(D.fmt(ex, 'iso'))},{ACC(cast.accession(rng, 'CT', ex))},{AU(str(age))},{rng.randint(20, 80)},"
                       f"{SC(lr)},{site},{com}\n")
        out.append(f"# coordinator: {s.nm(cast.clinician(rng, 'nurse'), 'plain')} {TEL(cast.phone(rng))}\n")
    elif kind == "abstraction":
        out.append(f"Chart abstraction — ED head CT turnaround QI — {s.facility()} — abstractor {PER(cast.person(rng).initials())}\n"
                   "pt\tMRN\tage\tarrival\tCT ordered\tCT read\treader\tresult\n")
        for _ in range(rng.randint(4, 6)):
            p = cast.person(rng)
            age = D.age_value(rng, 0.25, 18, 89)
            day = D.shift(s.when, -rng.randint(0, 60))
            a = D.clock(rng, (0, 23))
            reader = cast.person(rng)
            ages = f"{age}" if age < 90 else None
            age_cell = AU(ages) if ages else f"{D.AGE(str(age))}"
            out.append(f"{PER(p.last_first_mixed())}\t{MRN(cast.mrn(rng))}\t{age_cell}\t{DT(D.fmt(day, 'mdy_short'))} "
                       f"{DT(D.tfmt(a, 'hhmm'))}\t{DT(D.tfmt(later(a, rng.randint(5, 40)), 'hhmm'))}\t"
                       f"{DT(D.tfmt(later(a, rng.randint(41, 120)), 'hhmm'))}\t{PER(reader.family.upper())}\t"
                       f"{rng.choice(['neg', 'SDH 6 mm', 'old lacune', 'SAH', 'neg; ' + EP('Chiari I malformation') + ' incidental'])}\n")
    else:
        pi, rn = cast.clinician(rng, "radiologist"), cast.clinician(rng, "nurse")
        onset = s.later(rng.randint(2, 30))
        out.append(f"ADVERSE EVENT REPORT FORM — Protocol RG-IMG-{rng.randint(100, 999)} (contrast sub-study)\n"
                   f"Site: {s.facility(False)}    Principal investigator: {s.cred(pi)}\n"
                   f"Subject initials: {PER(s.pt.initials())}    Year of birth: {YR(str(s.dob.year))}    Sex: {s.pt.sex}\n"
                   f"Event: {rng.choice(['urticaria', 'bronchospasm', 'contrast extravasation', 'vasovagal reaction'])} after "
                   f"{MOD('CT')} {rng.choice(['chest', 'abdomen/pelvis'])} with contrast on {s.d()} (injection at {s.t()})\n"
                   f"Onset: {s.t(onset)}    Resolved: {s.d(D.shift(s.when, rng.randint(0, 1)))} {s.t(s.later(rng.randint(60, 300)))}\n"
                   f"Severity: CTCAE grade {rng.randint(1, 3)}    Serious: {rng.choice(['No', 'No', 'Yes (hospitalization)'])}\n"
                   f"Injector SN {SER(cast.device_serial(rng))}; contrast lot {cast.digits(rng, 6)}\n"
                   f"Reported by: {s.cred(rn, 'plain')}    Phone {TEL(cast.phone(rng))}    Date reported: {s.day(1)}\n"
                   f"Sponsor notified via {URL('https://edc.' + rng.choice(['trialnet', 'studyportal']) + '.example/ae/' + cast.token(rng, 6))}\n")
    return "".join(out), "CT"


def later(t, minutes):
    h, m, sec = t
    tot = h * 60 + m + minutes
    return (tot // 60) % 24, tot % 60, sec


def peer_learning_slide(rng):
    s = Scene(rng, "CT")
    presenter, fellow = cast.clinician(rng, "radiologist"), cast.clinician(rng, "resident")
    conf = D.shift(s.when, rng.randint(20, 90))
    out = [s.prompt(0.4, "teaching")]
    out.append(f"[Slide 1]\nPEER LEARNING CONFERENCE\n{s.facility(False)} Department of Radiology\n{s.d(conf, 'long')} · "
               f"{s.t(D.clock(rng, (7, 8)), '12')}\nPresenter: {s.dr(presenter, 'dr_full')}\n\n")
    cases = rng.randint(1, 2)
    for n in range(1, cases + 1):
        p = cast.person(rng)
        age = D.age_value(rng, 0.1, 8, 88)
        when = D.shift(s.when, -rng.randint(0, 40)) if n > 1 else s.when
        reader = cast.clinician(rng, "radiologist")
        acc = s.acc if n == 1 else cast.accession(rng, "CT", when)
        msk = rng.random() < 0.35
        if msk:
            study, miss, extra = rng.choice([
                ("XR wrist 3V", EP("Smith fracture"), f"volar angulation of the distal {AN('radius')}"),
                ("XR knee 3V", EP("Segond fracture"), f"lateral {AN('tibial plateau')} avulsion"),
                ("XR ankle + tib/fib", EP("Maisonneuve fracture"), f"proximal {AN('fibula')} fracture off the cassette edge"),
                ("XR foot 3V", EP("Jones fracture"), f"{AN('fifth metatarsal')} base lucency")])
        else:
            study = f"{MOD('CT')} abdomen/pelvis"
            miss = rng.choice([EP("Spigelian hernia"), EP("Amyand hernia"), EP("Meckel diverticulum"), EP("Klatskin tumor"),
                               EP("Bochdalek hernia"), EP("Richter hernia")])
            extra = f"fluid tracking into {EP('Morison pouch')}"
        out.append(f"[Slide {2 * n}]\nCase {n}: {rng.choice(['perceptual miss', 'satisfaction of search', 'interpretive error'])}\n"
                   f"{D.age_phrase(rng, age, p.sex)}, ED visit {s.d(when, 'mdy_short')} {s.t(D.clock(rng, (0, 23)), '24')}\n"
                   f"{study}, Acc {ACC(acc)}  (MRN {MRN(cast.mrn(rng))} — REMOVE BEFORE PRESENTING)\n"
                   f"Pt: {PER(p.initials())}\n\n"
                   f"[Slide {2 * n + 1}]\nInitial read ({s.nm(reader, 'initial_last')}): \"No acute abnormality.\"\n"
                   f"Missed: {miss}; {extra}. {'Displacement' if msk else rng.choice(['Nodule', 'Lesion'])} {C.mm(rng, 2, 25)}.\n"
                   f"Follow-up {MOD(rng.choice(['MRI', 'US', 'CT']))} {s.d(D.shift(when, rng.randint(2, 30)))} confirmed.\n"
                   f"Score: {SC(rng.choice(['RADPEER 2b', 'RADPEER 3a', 'RADPEER 2a']))}\n\n")
    out.append(f"[Slide {2 * cases + 2}] Teaching points\n• Check hernia orifices on every {MOD('CT')}: "
               f"{AN('inguinal canal')}, {AN('linea semilunaris')}, {EP('Petit triangle')}.\n• Compare with prior from "
               f"{YR(str(rng.randint(2015, 2023)))} when available.\n\nSpeaker notes: thanks to {s.nm(fellow, 'plain')} "
               f"({CR(fellow.cred)}, PGY-{rng.randint(2, 5)}) for pulling the cases; "
               f"feedback form {URL('https://forms.' + rng.choice(['radpeer', 'qi-dept']) + '.example/f/' + cast.token(rng, 7))}\n")
    return "".join(out), "CT"


def sports_msk_note(rng):
    s = Scene(rng, "MR", old_share=0, age_lo=14, age_hi=34, fac_kinds=("imaging", "hospital", "ortho"))
    atc, team_doc, surg = cast.clinician(rng, "trainer"), cast.clinician(rng, "referrer"), cast.clinician(rng, "radiologist")
    sport = rng.choice([("soccer", "center back"), ("basketball", "guard"), ("football", "wide receiver"),
                        ("rugby", "flanker"), ("volleyball", "libero"), ("hockey", "defense"), ("softball", "pitcher")])
    level = ("high school varsity" if s.age < 18 else
             rng.choice(["collegiate D-II", "collegiate D-I", "club"]) if s.age < 23 else rng.choice(["semi-pro", "adult league", "club"]))
    joint, fnd = C.findings_msk(rng)
    side = rng.choice(["right", "left"])
    doi = D.shift(s.when, -rng.randint(1, 10))
    nick = f" (goes by {PER(s.pt.nickname)})" if s.pt.nickname else ""
    out = [s.prompt(0.35)]
    out.append(f"{FAC('Northgate Orthopedic & Sports Medicine')} — Team Physician Note\n"
               f"Athlete: {s.nm(s.pt, rng.choice(['full', 'last_first']))}{nick}   DOB {s.d(s.dob)}   Age {AU(str(s.age))}   "
               f"MRN {MRN(s.mrn)}\nSport/position: {sport[0]}, {sport[1]}; {level}\n"
               f"Injury: {s.d(doi)} at {s.t(D.clock(rng, (8, 21)))} during {rng.choice(['practice', 'a match', 'conditioning'])}; "
               f"{C.MSK_JOINTS[joint][0]}, {side} {joint}\n"
               f"Athletic trainer: {s.cred(atc, 'plain')}, cell {TEL(cast.phone(rng))}\n\n"
               f"{C.sec(rng, 'Exam')} {C.exam_tests(rng, joint)}. {rng.choice(['Effusion moderate.', 'Swelling mild.', 'Tender to palpation.'])}\n\n"
               f"{C.sec(rng, 'Imaging')} {MOD('MRI')} {side} {joint} {s.d()} at {s.facility()} (Acc {ACC(s.acc)}), read by {s.dr(surg)}:\n"
               + "\n".join(f"  {x}" for x in fnd) + "\n")
    if s.age < 18:
        parent = cast.family_of(rng, s.pt, rng.choice(["mother", "father"]))
        out.append(f"Minor — {'mother' if parent.sex == 'F' else 'father'} {s.nm(parent, 'plain')} present, consent at "
                   f"{TEL(cast.phone(rng))}. Growth plates open; {EP('Salter-Harris II fracture')} excluded.\n")
    surgeon = cast.clinician(rng, "referrer")
    out.append(f"\n{C.sec(rng, 'Plan')} Referral to orthopedics ({s.dr(surgeon, 'dr')}); surgery tentatively "
               f"{s.day(rng.randint(10, 30), 'month_day')}. Return to play estimated {s.day(rng.randint(120, 270), 'mon_abbr')}. "
               f"{rng.choice(['Crutches', 'Sling', 'Boot'])} issued.\n— {s.cred(team_doc)}, team physician\n")
    return "".join(out), "MR"


def orders_and_signout(rng):
    kind = rng.choice(["req", "hl7", "signout"])
    s = Scene(rng, rng.choice(["CT", "MR", "US", "XR"]))
    out = [s.prompt(0.35, "admin")]
    if kind == "req":
        doc, ma = cast.clinician(rng, "referrer"), cast.person(rng)
        part, contrast, icd, why = rng.choice({
            "MR": [("brain", "w/wo", "R51.9", "worsening headache x3 wks"),
                   ("C-spine", "w/o", "M54.12", f"neck pain radiating to R arm, {LV('C6')} distribution"),
                   ("L knee", "w/o", "M25.562", "medial joint line pain after twisting injury")],
            "CT": [("abdomen/pelvis", "with IV", "R10.31", "RLQ pain, r/o appendicitis"),
                   ("chest", "w/o", "R91.1", f"nodule follow-up per {SC('Fleischner')} guidelines"),
                   ("head", "w/o", "R42", "dizziness after fall")],
            "US": [("renal", "n/a", "N28.1", f"renal cyst follow-up, {SC('Bosniak IIF')} on prior CT"),
                   ("thyroid", "n/a", "E04.1", "palpable nodule"), ("RUQ", "n/a", "R10.11", "postprandial RUQ pain")],
            "XR": [("chest 2V", "n/a", "R05.9", "cough x 6 wks"),
                   ("L knee 3V standing", "n/a", "M17.12", f"OA, prior {SC('Kellgren-Lawrence grade 3')}")],
        }[s.modality])
        out.append(f"OUTPATIENT IMAGING ORDER / REQUISITION        Fax to {s.facility()} scheduling: {TEL(cast.phone(rng))}\n\n"
                   f"Patient: {s.nm(s.pt, 'last_first')}   DOB: {s.d(s.dob)}   Sex: {s.pt.sex}   Phone: {TEL(s.phone)}\n"
                   f"Address: {s.addr_lines(upper=rng.random() < 0.4)}\n"
                   f"Insurance: {rng.choice(pools.PAYERS)}   ID#: {HPID(cast.member_id(rng))}\n\n"
                   f"Exam: [{'X' if s.modality == 'MR' else ' '}] MRI  [{'X' if s.modality == 'CT' else ' '}] CT  "
                   f"[{'X' if s.modality == 'US' else ' '}] US  [{'X' if s.modality == 'XR' else ' '}] X-ray   Body part: "
                   f"{part}   Contrast: {contrast}\nICD-10: {icd}   Indication: {why}\n"
                   f"Implants: {rng.choice(['none', 'cochlear implant SN ' + SER(cast.device_serial(rng)), 'spinal cord stimulator SN ' + SER(cast.device_serial(rng))])}\n"
                   f"Ordering: {s.cred(doc)}   Date: {s.d()}   Office contact: {s.nm(ma, 'plain')} {TEL(cast.phone(rng))}\n")
    elif kind == "hl7":
        doc = cast.clinician(rng, "referrer")
        doc_id = cast.digits(rng, 6)
        exam = {"CT": "IMG123^CT HEAD WO", "MR": "IMG455^MR L SPINE WO", "US": "IMG310^US ABD COMPLETE",
                "XR": "IMG020^XR CHEST 2V"}[s.modality]
        ts = lambda k: f"{DT(s.when.strftime('%Y%m%d'))}{DT(D.tfmt(s.later(k), 'hhmm') + f'{k % 60:02d}')}"
        st = s.street.upper()
        out.append("Explain what this HL7 order message is asking for:\n\n" if not out[0] else "")
        out.append(f"MSH|^~\\&|EPIC|{FAC(s.fac_abbr or 'KMUH')}|RIS|RAD|{ts(0)}||ORM^O01|{cast.digits(rng, 9)}|P|2.3\n"
                   f"PID|1||{MRN(s.mrn)}^^^MRN||{PER(s.pt.hl7())}||{DT(s.dob.strftime('%Y%m%d'))}|{s.pt.sex}|||"
                   f"{ST(st)}^^{CITY(s.city.upper())}^{s.state}^{ZIP(s.zip)}||{TEL(cast.phone(rng, 'paren').replace(' ', ''))}|||||"
                   f"{ACCT(cast.digits(rng, 9))}|{SSN(cast.ssn(rng))}\n"
                   f"PV1|1|O|{rng.choice(['RADOP', 'EDX', 'IMG1'])}^^^{FAC(s.fac_abbr or 'KMUH')}||||{doc_id}^{PER(doc.hl7())}\n"
                   f"ORC|NW|{ACC(s.acc)}|||SC||||{ts(2)}\n"
                   f"OBR|1|{ACC(s.acc)}||{exam}|||{ts(3)}|||||||||"
                   f"{doc_id}^{PER(doc.hl7())}\n"
                   f"NTE|1||Hx {s.pmh()}; pt phone {TEL(s.phone)}\n")
    else:
        r1, r2 = cast.clinician(rng, "resident"), cast.clinician(rng, "resident")
        out.append(f"OVERNIGHT RADIOLOGY SIGN-OUT — {s.d()} {DT('1900')}–{DT('0700')} — {s.nm(r1, 'initial_last')} → "
                   f"{s.nm(r2, 'initial_last')}\n\n")
        for n in range(1, rng.randint(4, 7)):
            p = cast.person(rng)
            age = D.age_value(rng, 0.15, 18, 89)
            exam, result = rng.choice([
                ("CT head w/o", rng.choice(["neg", "prelim: small SDH, called", "old R MCA infarct"])),
                ("CTA chest PE", rng.choice(["neg for PE", "PE R lower lobe, called"])),
                ("US RUQ", rng.choice(["cholelithiasis, no GB wall thick.", "neg"])),
                ("CT A/P w", rng.choice(["appendicitis, called", "neg", "SBO, transition RLQ"])),
                ("MRI brain stroke", rng.choice(["small L pons infarct on " + SQ("DWI"), "neg"])),
                ("XR chest port", rng.choice(["ETT 4 cm above carina", "R PTX, called"])),
                ("pending", "images not yet received")])
            age_s = f"{AU(f'{age}{p.sex}')}" if age < 90 else f"{D.AGE(str(age))}{p.sex}"
            ref = cast.person(rng)
            out.append(f"{n}) {PER(p.last_first_mixed())} | MRN {MRN(cast.mrn(rng))} | {age_s} | "
                       f"{rng.choice(['ED bay', 'ICU bed', '4W rm'])} {rng.randint(1, 40)} | {exam} ({ACC(cast.accession(rng, 'CT', s.when))})"
                       f" — {result}"
                       f"; d/w Dr. {PER(ref.family)} at {s.t(D.clock(rng, (0, 23)), rng.choice(['hhmm', '24']))}\n")
        out.append(f"\nPending: {rng.choice(['2 outside CDs to upload', 'MRI on ICU pt at 0500', 'addendum for bay 7'])}. "
                   f"Attending backup {s.dr(cast.clinician(rng, 'radiologist'), 'dr')} cell {TEL(cast.phone(rng))}.\n")
    return "".join(out), s.modality
