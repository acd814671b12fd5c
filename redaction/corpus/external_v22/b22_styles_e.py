"""blind22 styles E: OCR of ID/insurance cards, typed handwritten notes, first-person family histories,
outside-film over-read requests."""

from __future__ import annotations

import b22_pools as P
from b22_clin import finding, modality_word
from b22_doc import (
    ACC,
    AGE,
    CTY,
    EML,
    FAC,
    HPI,
    IP,
    MRN,
    PER,
    TEL,
    URL,
    a90,
    age_mk,
    cred,
    epo,
    hdr,
    sc,
    yr,
)
from b22_kit import dmk, doc_name, dtmk, fields, ini, nm, pt_addr, tel, tmk

_OCR = {"O": "0", "l": "1", "I": "1", "m": "rn", "S": "5", "B": "8", "e": "c", "i": "i"}


def ocr(rng, s: str, rate: float = 0.12) -> str:
    out = []
    for ch in s:
        out.append(_OCR[ch] if ch in _OCR and rng.random() < rate else ch)
    return "".join(out)


PAYERS = ["Aetna", "UnitedHealthcare", "Blue Cross Blue Shield", "Cigna", "Humana", "Medicaid managed care", "Kaiser Permanente",
          "Ambetter", "Molina Healthcare", "Tricare"]


def card_ocr(rng, d) -> str:
    ref = P.rand_date(rng)
    ids = P.IdStyle(rng)
    pt = P.patient(rng, ids, ref, over89=0.1)
    clerk = P.person(rng)
    fac = P.facility(rng)
    noisy = rng.random() < 0.6
    o = (lambda s: ocr(rng, s)) if noisy else (lambda s: s)
    d.line(rng.choice([f"[scan import {dmk(rng, ref, 'iso')} {tmk(rng, None, '24')} | registration | {FAC(fac)}]",
                       f"Document type: Insurance card (front/back) - scanned by {ini(clerk)}",
                       "OCR TEXT LAYER - DO NOT EDIT"]))
    d.line()
    payer = rng.choice(PAYERS)
    d.line(f"-- {rng.choice(['FRONT', 'Side 1', 'page 1'])} --")
    d.line(o(payer.upper() if rng.random() < 0.5 else payer))
    name = pt.p.short().upper() if rng.random() < 0.6 else pt.p.lf(upper=True)
    if noisy and rng.random() < 0.5:
        name = ocr(rng, name, 0.15)
    member_id = P.plan_id(rng)
    fields(rng, d, [
        ([o("Member"), o("Subscriber"), o("Name")], PER(name)),
        ([o("Member ID"), o("ID#"), o("Identification No.")], HPI(member_id)),
        ([o("Dependent"), o("Dep")], PER(P.person(rng).short().upper()), 0.3),
        ([o("Plan"), o("Product")], rng.choice(["PPO", "HMO Select", "EPO", "Medicare Advantage HMO", "Open Access Plus"])),
        (["RxBIN"], rng.choice(["610014", "004336", "610279", "003858"]), 0.6),
        (["RxPCN"], rng.choice(["ADV", "MEDDPRIME", "9999", "CTRXMEDD"]), 0.4),
        ([o("Effective"), o("Eff Date")], dmk(rng, P.shift(ref, -rng.randrange(30, 700)), rng.choice(["mdY", "mdy"])), 0.5),
        ([o("Copay"), "OV/SPEC/ER"], rng.choice(["$25/$50/$250", "PCP $20 SPC $40", "$0 preventive"]), 0.6),
    ], sep=rng.choice([" ", ": ", "  "]), shuffle=0.3)
    d.line(f"-- {rng.choice(['BACK', 'Side 2', 'page 2'])} --")
    d.line(f"{o('Member Services')} {tel(rng, '800')}")
    if rng.random() < 0.6:
        d.line(f"{o('Provider line / precert')} {tel(rng, rng.choice(['866', '877', '888']))}")
    d.line(o("Radiology precertification required for CT, MRI, PET and nuclear cardiology."))
    if rng.random() < 0.6:
        d.line()
        d.line(f"-- {rng.choice(['PATIENT ID CARD', 'Hospital card', 'page 3'])} --")
        d.line(f"{FAC(fac)}")
        lines = [f"{o('Name')}: {PER(ocr(rng, pt.p.lf(upper=True), 0.1) if noisy else pt.p.lf(upper=True))}",
                 f"{o('MRN')}: {MRN(pt.mrn)}", f"{o('DOB')}: {dmk(rng, pt.dob, rng.choice(['mdY', 'mdY1', 'dMonY']))}"]
        rng.shuffle(lines)
        d.lines(lines)
        if rng.random() < 0.5:
            d.line(f"*{MRN(pt.mrn)}*")
    if rng.random() < 0.5:
        d.line()
        d.line(f"Registrar note: address on card outdated; new address {pt_addr(rng, pt, 'one')}; cell {TEL(pt.phone)}.")
    return rng.choice(["CT", "MR"])


def handwritten_note(rng, d) -> str:
    ref = P.rand_date(rng)
    ids = P.IdStyle(rng)
    pt = P.patient(rng, ids, ref, over89=0.15)
    tech, rad, doc = P.people(rng, 3)
    d.line(rng.choice(["[Transcribed from handwritten note on requisition]", "[handwritten - typed by scanning clerk]",
                       "Sticky note (transcribed):", "[HW note, scanned to chart]"]))
    t = dmk(rng, ref, rng.choice(["md", "mdy", "md"])) + rng.choice([" ", " @ ", " - "]) + tmk(rng, None, rng.choice(["24", "hours", "12lower"]))
    sx = "♀" if pt.p.sex == "F" else "♂"
    agew = f"{age_mk(pt.age)}{rng.choice(['yo', ' yo', 'y'])}"
    namef = rng.choice([PER(pt.p.last()), nm(rng, pt.p, "LF"), f"pt {PER(pt.p.last())}", ini(pt.p) if pt.p.kind == "western" else PER(pt.p.last())])
    lines = [
        f"{t} {namef} {agew} {sx}" + (f" MRN {MRN(pt.mrn)}" if rng.random() < 0.6 else ""),
        rng.choice([f"c/o ↑ pain {ana_mk(rng)} x3d, s/p fall at home. ?fx → XR done, {rng.choice(['neg', '(-)', 'no acute fx seen'])}",
                    f"h/o {rng.choice(['DM2', 'CKD3', 'AFib on warfarin', 'breast ca'])}. pt w/ {rng.choice(['claustrophobia', 'ICD', 'metal frag L eye'])} → {rng.choice(['needs MRI screen', 'CT instead of MRI', 'call Dr'])}",
                    f"f/u {modality_word(rng, 'CT')} for nodule - prior {dmk(rng, P.shift(ref, -180), 'md')} @ outside hosp [illegible]"]),
        rng.choice([f"Dr. {PER(doc.last())} aware ✓", f"spoke w/ {PER(doc.last())} re: result", f"→ {doc_name(rng, rad, form='dr')} to read STAT"]),
    ]
    if rng.random() < 0.6:
        lines.append(rng.choice([f"dtr {PER(P.person(rng, kind='western').given)} cell {tel(rng)}", f"call back {tel(rng)} (pt's son)",
                                 f"pls send CD to {FAC(P.facility(rng))}"]))
    if rng.random() < 0.5:
        lines.append(f"Findings (per rad): {finding(rng, rng.choice(['msk', 'chest', 'spine', 'dvt']))}")
    if rng.random() < 0.3:
        lines.insert(1, f"DOB {dmk(rng, pt.dob, rng.choice(['mdy', 'mdY1']))}")
    d.lines(lines)
    d.line(rng.choice([f"— {PER(tech.given)}", f"{ini(tech)} {cred(rng.choice(['RT', 'RT(R)', 'RN']))}",
                       f"-{PER(tech.initial_last() if tech.kind == 'western' else tech.short())}"]))
    return "XR"


def ana_mk(rng) -> str:
    from b22_doc import ana
    return ana(rng.choice(["L hip", "R wrist", "low back", "R shoulder", "L knee"]))


def family_history(rng, d) -> str:
    ref = P.rand_date(rng)
    ids = P.IdStyle(rng)
    pt = P.patient(rng, ids, ref, lo=30, hi=66, over89=0.0)
    me = pt.p
    mom, aunt, gm = P.people(rng, 3, sex="F")
    dad = P.person(rng, sex="M")
    sib = P.person(rng)
    if dad.given in (mom.given, aunt.given, gm.given):
        dad.given = "Wendell" if dad.given != "Wendell" else "Otis"
    same = me.kind == "western" and me.formal == "" and rng.random() < 0.7
    if same:
        dad.family = me.family
        sib.family = me.family
    d.line(rng.choice(["Pre-visit questionnaire - Family history (in your own words)",
                       "Patient-entered family history (free text), imaging risk program",
                       "FAMILY HISTORY - PATIENT WRITTEN"]))
    if rng.random() < 0.5:
        d.line(f"Submitted {dtmk(rng, ref, sep=' ')} by patient portal user {EML(me.email(rng))}")
    d.line()
    s = [f"My name is {PER(me.full())} and I was born {dmk(rng, pt.dob, rng.choice(['MonthdY', 'mdY', 'dMonthY']))} in {CTY(P.city(rng)[0])}."]
    if me.formal and me.formal == me.given:
        s.append(f"In our Ethiopian tradition {PER(me.family)} is my father's first name, not a family surname, so please call me "
                 f"{PER(me.given)}.")
    if me.kind == "mononym":
        s.append(f"I have only one name; hospitals sometimes list me as \"{PER(me.given)}, {PER(me.given)}\" or put FNU in front.")
    if me.kind == "patronymic":
        stem = me.middle
        for suf in ("evich", "ovich", "evna", "ovna"):
            stem = stem.removesuffix(suf)
        dad.given = "Pavel" if stem == "Pavl" else stem
        s.append(f"{PER(me.middle)} is my patronymic, from my father {PER(dad.given)}.")
    d.line(" ".join(s))
    fam = []
    mom_age = rng.randrange(38, 70)
    fam.append(f"My mother, {PER(mom.short())}, had {rng.choice(['breast cancer', 'ovarian cancer', 'lung cancer'])} at {a90(mom_age)} and was treated at "
               f"{FAC(P.facility(rng))} in {CTY(P.city(rng)[0])}. " + rng.choice(["She is doing well now.", f"She passed away in {yr(ref.year - rng.randrange(2, 15))}.",
                                                                                 f"She is now {a90(rng.randrange(70, 89))} and lives with us."]))
    if rng.random() < 0.7:
        fam.append(f"My father {PER(dad.given)} had a {rng.choice(['brain aneurysm', 'kidney cancer', 'aortic aneurysm', 'lung nodule'])} found on a "
                   f"{modality_word(rng, rng.choice(['CT', 'MR']))}" + (f" at age {a90(rng.randrange(45, 80))}." if rng.random() < 0.6 else "."))
    if rng.random() < 0.6:
        delta = rng.choice([-9, -6, -4, -2, 2, 3, 5, 8])
        fam.append(f"My {'older' if delta > 0 else 'younger'} {'sister' if sib.sex == 'F' else 'brother'} {PER(sib.given)} "
                   f"({rng.choice(['age ', ''])}{a90(max(20, pt.age + delta))}) {rng.choice(['tested positive for BRCA1', 'had a thyroid nodule biopsied', 'is healthy'])}.")
    if rng.random() < 0.7:
        g = rng.randrange(90, 104)
        fam.append(f"My grandmother {PER(gm.short())} lived to {AGE(g)} and never had cancer that we know of." if rng.random() < 0.5 else
                   f"Grandma {PER(gm.given)} is {AGE(g)} and still in {CTY(P.city(rng)[0])}; she had a {rng.choice([epo('Colles fracture'), 'hip fracture'])} last year.")
    if rng.random() < 0.5:
        fam.append(f"My aunt {PER(aunt.short())} (my mother's sister) died of {rng.choice(['pancreatic cancer', 'leukemia', 'breast cancer'])} in {yr(ref.year - rng.randrange(5, 30))}.")
    d.line(" ".join(fam))
    d.line()
    d.line(rng.choice([f"Best way to reach me: {TEL(pt.phone)}" + (f" or {EML(me.email(rng))}" if rng.random() < 0.4 else "") + ".",
                       f"My home address changed to {pt_addr(rng, pt, 'one')}; please update it.",
                       f"If I don't answer, call my partner {PER(P.person(rng).short())} at {tel(rng)}."]))
    return "MR"


PARTS = {"CT": ["chest", "abdomen/pelvis", "head", "lumbar spine"], "MR": ["lumbar spine", "brain", "knee", "pelvis"],
         "XR": ["chest", "pelvis", "knee", "lumbar spine"], "US": ["abdomen", "pelvis", "renal", "thyroid"]}


def overread_request(rng, d) -> str:
    ref = P.rand_date(rng)
    ids = P.IdStyle(rng)
    ids2 = P.IdStyle(rng)
    pt = P.patient(rng, ids, ref, over89=0.1)
    req, orig, coord = P.people(rng, 3)
    fac_out, fac_in = P.facilities(rng, 2)
    m = rng.choice(["CT", "MR", "XR", "US"])
    outside_d = P.shift(ref, -rng.randrange(1, 40))
    d.line(rng.choice(["REQUEST FOR SECOND READ OF OUTSIDE IMAGING", "Outside film over-read request", "OVER-READ REQUEST (outside study)"]))
    d.line(f"{rng.choice(['To', 'Attn'])}: {FAC(fac_in)} {rng.choice(['Radiology', 'Reading Room', 'Film Library'])}"
           + (f", Dr. {PER(P.person(rng).last())}" if rng.random() < 0.4 else ""))
    d.line(f"{rng.choice(['From', 'Requesting'])}: {doc_name(rng, req, ('MD', 'DO', 'NP'))}, {FAC(fac_out)}")
    d.line(f"{rng.choice(['Date', 'Sent'])}: {dmk(rng, ref)}" + (f" {tmk(rng)}" if rng.random() < 0.5 else ""))
    d.line()
    fields(rng, d, [
        (["Patient", "Pt name"], nm(rng, pt.p, rng.choice(["LF", "lf", "full"]))),
        (["DOB"], dmk(rng, pt.dob, 'full')),
        (["Our MRN", "MRN (receiving)"], MRN(pt.mrn), 0.6),
        (["Outside MRN", "Sending MRN"], MRN(ids2.mrn()), 0.6),
        (["Outside accession", "Orig acc #"], ACC(ids2.acc())),
        (["Study", "Exam"], f"{modality_word(rng, m)} {rng.choice(PARTS[m])}, {dtmk(rng, outside_d, sep=' ')}"),
        (["Insurance", "Member ID"], HPI(P.plan_id(rng)), 0.3),
        (["Callback", "Phone"], tel(rng)),
        (["Return fax", "Fax results to"], tel(rng), 0.7),
    ], shuffle=0.6)
    d.line()
    d.line(f"{hdr(rng.choice(['Reason for request', 'CLINICAL QUESTION', 'Question']))}: " + rng.choice([
        f"Original read by {doc_name(rng, orig, ('MD',), rng.choice(['dr', 'comma']))}: \"{finding(rng, rng.choice(['chest', 'abdomen', 'spine', 'msk']))}\" - surgeon requests confirmation before OR.",
        f"Discrepancy between outside report and clinical exam; please comment on {ana_mk(rng)}.",
        f"Patient transferring care to {FAC(fac_in)}; formal over-read needed for tumor measurements ({sc('RECIST 1.1')}).",
    ]))
    d.line(rng.choice([f"Images pushed via {URL(P.url(rng, 'share'))} (expires in 14 days).",
                       f"Images sent by DICOM push from {IP(P.priv_ip(rng))} to the {FAC(fac_in)} gateway.",
                       f"CD mailed {dmk(rng, P.shift(ref, -1), 'md')}, attn {PER(coord.short())}.",
                       "CD hand-carried by patient."]))
    if rng.random() < 0.5:
        d.line(f"Coordinator: {PER(coord.short())} {tel(rng)}" + (f" / {EML(coord.email(rng))}" if rng.random() < 0.5 else ""))
    d.line(rng.choice(["Priority: routine (3 business days)", "Priority: STAT - surgery scheduled " + dmk(rng, P.shift(ref, 2), 'md'),
                       "Priority: urgent"]))
    return m
