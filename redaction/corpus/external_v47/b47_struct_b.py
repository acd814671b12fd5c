"""Structured styles 16-20 for blind47: NBS card OCR, donor-milk label log, skeletal survey checklist,
multiples wristband reconciliation, paediatric sedation flowsheet."""

from __future__ import annotations

import datetime as dt
import random

from b47_core import D, Doc, K, P, S
from b47_people import Baby, age_between, dol, dr, staff
from b47_pools import (
    Dd,
    Tt,
    accession,
    case_no,
    clinician,
    facility,
    fdate,
    ftime,
    full,
    health_plan,
    mrn,
    name_as,
    phone,
    rdate,
    serial,
    us_address_spans,
)


def nbs_card_ocr(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    b = Baby(rng)
    coll = b.dob + dt.timedelta(days=rng.randint(1, 2))
    fm = rng.choice(["us", "us_short", "dash_us"])
    d.line("[OCR p1/1 - newborn screening specimen card, conf 0.87]")
    d.line("NEWBORN SCREENING PROGRAM   KIT NO. {k}   DO NOT WRITE IN THIS AREA", k=S("ACCOUNT_ID", case_no(rng, "nbs")))
    d.line("BABY'S LAST NAME {l}      FIRST {fi}", l=P(b.last.upper()), fi=rng.choice(["BABY " + b.word, "B" + b.word[0], "(blank)"]))
    d.line("MRN {m}   SEX [{sx}]   BIRTH WT {w}   GEST AGE {ga}", m=S("MRN", b.mrn), sx=b.sex, w=K("measurement", f"{b.weight_g} g"),
           ga=K("age_under_90", f"{b.ga_w} wk"))
    d.line("BIRTH DATE {dob} TIME {tob} (24h)    COLLECT DATE {cd} TIME {ct}", dob=D(fdate(b.dob, fm)),
           tob=D(ftime(b.birth_h, b.birth_m, "hhmm")), cd=D(fdate(coll, fm)), ct=D(ftime(rng.randrange(24), rng.randrange(60), "hhmm")))
    d.line("[X] NICU  [ ] TPN  [{tr}] TRANSFUSED  DATE {tdt}   Antibiotics [X]", tr=rng.choice("X "),
           tdt=D(fdate(b.dob + dt.timedelta(days=1), "md")))
    d.line("MOTHER'S NAME (LAST, FIRST) {mo}   MOTHER DOB {mdob}", mo=b.mother("LF"),
           mdob=Dd(rng, rdate(rng, dt.date(1983, 1, 1), 7500), [fm]))
    d.line("MOTHER'S ADDRESS {addr}", addr=us_address_spans(rng))
    d.line("MOTHER PHONE {ph}   MEDICAID # {hp}", ph=S("PHONE", phone(rng)), hp=S("HEALTH_PLAN_ID", health_plan(rng)))
    d.line("HOSPITAL OF BIRTH {f}   SUBMITTER CODE {sc}", f=S("FACILITY", facility(rng)), sc=str(rng.randint(100, 999)))
    d.line("PHYSICIAN FOR FOLLOW-UP {p}   PHONE {ph}", p=P(clinician(rng, "LF")), ph=S("PHONE", phone(rng)))
    d.line("COLLECTED BY {c}    Repeat required: [{r}] <24h / prematurity", c=P(clinician(rng, "il")), r=rng.choice("X "))
    d.line("Back of card (handwritten, OCR): 'infant to {x} for {a} {us} {dt} - sample drawn before transfusion' - {n}",
           x=rng.choice(["radiology", "Rad"]), a=K("anatomy", rng.choice(["renal", "head", "spine"])), us=K("modality", "US"),
           dt=D(fdate(coll, "md")), n=P(name_as(*full(rng), "il")))
    return d, "US"


def donor_milk_label_log(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    day = rdate(rng)
    fac = facility(rng)
    d.line("# Milk room label print log  site={fac}  date={dt}", fac=S("FACILITY", fac), dt=D(day.isoformat()))
    d.line("printed_at,label_type,recipient,recipient_mrn,source,expressed_or_thawed,expires,prepared_by,verified_by,note")
    for _ in range(rng.randint(5, 8)):
        b = Baby(rng)
        src = rng.choice(["MOM", "DONOR", "MOM+HMF"])
        h = rng.randrange(24)
        exp = day + dt.timedelta(days=rng.choice([1, 2]))
        rec = b.placeholder(rng, rng.choice(["Lf", "BABY_UP", "Baby"])) if rng.random() < 0.6 else P(f"{b.last.upper()}, {b.first.upper()}")
        if src == "DONOR":
            srcp = ["DONOR pool lot ", f"DM{rng.randint(24, 26)}-{rng.randint(1000, 9999)}"]
        else:
            srcp = [src, " (", b.mother("LF"), ")"]
        note = rng.choice([["hold feed - to ", K("modality", "MRI"), " ", Tt(rng, fmts=["24"])], ["NPO for ", K("modality", "UGI"), " contrast"],
                           ["fortify 24 kcal"], [""], ["twin B on same order - check band"], ["moved to room ", str(rng.randint(1, 40))]])
        d.line('{t},{lt},"{r}",{m},"{s}",{ex},{ep},{p},{v},{n}', t=[D(day.isoformat()), " ", D(f"{h:02d}:{rng.randrange(60):02d}")],
               lt=rng.choice(["BOTTLE", "SYRINGE", "BATCH"]), r=rec, m=S("MRN", b.mrn), s=srcp,
               ex=[D(fdate(day - dt.timedelta(days=rng.randint(0, 2)), "md")), " ", D(ftime(rng.randrange(24), rng.randrange(60), "hhmm"))],
               ep=[D(fdate(exp, "md")), " ", D(ftime(h, 0, "hhmm"))], p=P(clinician(rng, "il")), v=P(clinician(rng, "il")), n=note)
    d.line("# printer ZB-NICU-{n} s/n {sn}; milk tech on duty {m} x{e}", n=str(rng.randint(1, 6)),
           sn=S("DEVICE_SERIAL", serial(rng, "pump")), m=P(clinician(rng)), e=str(rng.randint(2000, 7999)))
    return d, rng.choice(["MR", "XR"])


SURVEY_VIEWS = [
    ("Skull AP", "skull"), ("Skull lateral", "skull"), ("Chest AP", "chest"), ("Ribs L oblique", "left ribs"),
    ("Ribs R oblique", "right ribs"), ("Abdomen/pelvis AP", "pelvis"), ("Spine lateral C-spine", "cervical spine"),
    ("Spine lateral T/L", "thoracolumbar spine"), ("Humerus AP L/R", "humeri"), ("Forearm AP L/R", "forearms"),
    ("Hand PA L/R", "hands"), ("Femur AP L/R", "femora"), ("Tibia/fibula AP L/R", "tibiae"), ("Foot AP L/R", "feet"),
]


def skeletal_survey_view_checklist(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    f, la = full(rng)
    dob = rdate(rng, dt.date(2023, 1, 1), 900)
    exam = dob + dt.timedelta(days=rng.randint(30, 600))
    fm = rng.choice(["us", "iso", "dmy_mon"])
    techs = [clinician(rng, "il") for _ in range(2)]
    d.line("SKELETAL SURVEY (SUSPECTED NAI) - TECHNOLOGIST CHECKLIST   {fac}", fac=S("FACILITY", facility(rng)))
    d.line("Patient: {n}   MRN: {m}   DOB: {dob}   Age: {a}", n=P(f"{la.upper()}, {f.upper()}"), m=S("MRN", mrn(rng)),
           dob=Dd(rng, dob, [fm]), a=age_between(rng, dob, exam))
    h, mi = rng.randint(7, 15), rng.randrange(60)
    d.line("Accession: {acc}   Exam start: {dt} {t}", acc=S("ACCESSION", accession(rng, "XR")), dt=Dd(rng, exam, [fm]),
           t=D(ftime(h, mi, "24")))
    d.line("Requesting: {r}   Child Protection Team: {c} pager {ph}", r=staff(rng, "neonatologist", "il"), c=P(clinician(rng)),
           ph=S("PHONE", phone(rng)))
    d.line("CPS case: {c}   Law enforcement report: {p}   Accompanied by: {w} (caseworker)", c=S("ACCOUNT_ID", case_no(rng, "cps")),
           p=S("ACCOUNT_ID", case_no(rng, "police")), w=P(clinician(rng)))
    d.line()
    d.line("View                         Done  Tech   Time    Repeat  Region")
    for view, region in SURVEY_VIEWS:
        mi += rng.randint(1, 5)
        h, mi = h + mi // 60, mi % 60
        d.line("{v} {dn}     {te}  {t}   {rp}    {rg}", v=f"{view:<28}", dn=rng.choice(["[x]", "[x]", "[ ]"]), te=P(rng.choice(techs)),
               t=D(ftime(h, mi, "24")), rp=rng.choice(["-", "-", "1"]), rg=K("anatomy", region))
    d.line()
    d.line("Radiologist check before patient leaves: {r} at {t} - {note}", r=P(clinician(rng, "l")), t=Tt(rng, fmts=["24", "12"]),
           note=rng.choice(["add coned views of knees", "all views adequate", "repeat oblique ribs, motion"]))
    d.line("Follow-up survey due {fu} (11-14 days). {x} head same day: {res}.", fu=Dd(rng, exam + dt.timedelta(days=rng.randint(11, 14)), [fm]),
           x=K("modality", "CT"), res=rng.choice(["negative", "acute SDH", "pending"]))
    return d, "XR"


def multiples_wristband_reconciliation(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    k = rng.choice([2, 2, 3])
    lead = Baby(rng, order="A")
    babies = [lead]
    for o in "BC"[:k - 1]:
        b = Baby(rng, last=lead.last, dob=lead.dob, order=o)
        b.mother_first, b.mother_last, b.mother_mrn = lead.mother_first, lead.mother_last, lead.mother_mrn
        b.birth_h, b.birth_m, b.ga_w, b.ga_d = lead.birth_h, (lead.birth_m + 1 + "ABC".index(o)) % 60, lead.ga_w, lead.ga_d
        b.reweigh(rng)
        babies.append(b)
    fm = rng.choice(["us", "iso", "mon_abbr"])
    ev = lead.dob + dt.timedelta(days=rng.randint(1, 20))
    d.line("PATIENT IDENTIFICATION RECONCILIATION - MULTIPLE BIRTH ({k})", k="twins" if k == 2 else "triplets")
    d.line("Event date {dt} {t}   Unit: NICU, {fac}   Safety report # {sr}", dt=Dd(rng, ev, [fm]), t=Tt(rng, fmts=["24", "12"]),
           fac=S("FACILITY", facility(rng)), sr=str(rng.randint(10000, 99999)))
    d.line("Mother: {mo}   Mother MRN: {mm}   Delivery: {dd}", mo=lead.mother("LFm", rng), mm=S("MRN", lead.mother_mrn),
           dd=Dd(rng, lead.dob, [fm]))
    d.line()
    d.line("Infant     | Registered name          | MRN          | Band ID      | TOB   | BW     | Study affected")
    wrong = rng.randrange(k)
    accs = [accession(rng, "US") for _ in babies]
    for i, b in enumerate(babies):
        d.line("{o}  | {n} | {m} | {band} | {tob} | {bw} | {st}", o=f"{'Twin' if k == 2 else 'Trip'} {b.order}",
               n=b.placeholder(rng, rng.choice(["BABY_UP", "Lf"])), m=S("MRN", b.mrn), band=f"WB{rng.randint(10 ** 7, 10 ** 8 - 1)}",
               tob=D(ftime(b.birth_h, b.birth_m, "24")), bw=K("measurement", f"{b.weight_g} g"),
               st=[S("ACCESSION", accs[i]), " cranial ", K("modality", "US")] if i == wrong else "-")
    d.line()
    other = babies[(wrong + 1) % k]
    d.line("What happened: portable head {us} for Twin {o1} performed at {t} under Twin {o2}'s MRN {m} (bands read from the "
           "wrong isolette; both {dl}). Images moved to MRN {m2} by PACS admin {adm}; report re-signed by {rad}.",
           us=K("modality", "US"), o1=babies[wrong].order, t=Tt(rng, fmts=["24"]), o2=other.order, m=S("MRN", other.mrn),
           dl=dol(rng, (ev - lead.dob).days), m2=S("MRN", babies[wrong].mrn), adm=P(clinician(rng)),
           rad=[dr(rng)[0], P(clinician(rng, "l"))])
    d.line("Parents informed: {p} ({ph}) at {t}.", p=lead.father("fl"), ph=S("PHONE", phone(rng)), t=Tt(rng, fmts=["12", "24"]))
    d.line("Verified at bedside by {a} and {b2}. Isolette s/n {s}.", a=staff(rng, "nurse"), b2=staff(rng, "nurse"),
           s=S("DEVICE_SERIAL", serial(rng, "isolette")))
    return d, "US"


def sedation_flowsheet_timeline(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    f, la = full(rng)
    day = rdate(rng)
    dob = day - dt.timedelta(days=rng.randint(60, 3000))
    kg = round(3.5 + (day - dob).days / 365 * 2.6 * rng.uniform(0.85, 1.15), 1)
    fm = rng.choice(["us", "iso", "dmy_mon"])
    d.line("PEDIATRIC SEDATION RECORD - MRI          {fac}", fac=S("FACILITY", facility(rng)))
    d.line("{n}  MRN {m}  Age {a}  Wt {w}  Date {dt}", n=P(name_as(f, la, rng.choice(["LF", "fl"]))), m=S("MRN", mrn(rng)),
           a=age_between(rng, dob, day), w=K("measurement", f"{kg} kg"), dt=Dd(rng, day, [fm]))
    d.line("Exam: {x} brain/spine, accession {acc}   ASA {asa}   Guardian: {g} ({rel}) {ph}", x=K("modality", "MRI"),
           acc=S("ACCESSION", accession(rng, "MR")), asa=rng.choice(["I", "II", "III"]), g=P(clinician(rng)),
           rel=rng.choice(["mother", "father", "foster carer", "grandmother"]), ph=S("PHONE", phone(rng)))
    d.line("NPO: solids {t1}, formula {t2}, clear fluids {t3}", t1=Tt(rng, rng.randint(0, 6), 0, ["24"]), t2=Tt(rng, rng.randint(5, 7), 30, ["24"]),
           t3=Tt(rng, rng.randint(8, 9), 0, ["24"]))
    d.line("Sedation provider: {p}   RN: {r}   Child life: {c}", p=staff(rng, "anesth", "il"), r=staff(rng, "nurse", "il"),
           c=staff(rng, "childlife", "il"))
    d.line("Pump s/n {s}   Monitor s/n {s2}", s=S("DEVICE_SERIAL", serial(rng, "pump")), s2=S("DEVICE_SERIAL", serial(rng, "pump")))
    d.line()
    d.line("TIME   EVENT                                   HR   SpO2  RR  BP")
    h, mi = rng.randint(8, 13), rng.randrange(0, 30)
    events = [
        ["Arrived pre-sedation bay with guardian"], ["PIV 24G L hand, EMLA applied"],
        ["Dexmedetomidine 2 mcg/kg IN"], ["Propofol 1 mg/kg IV bolus, infusion 200 mcg/kg/min"],
        ["Into scanner; ", K("sequence", "T2 FSE"), " started"], [K("sequence", "DWI"), " / ", K("sequence", "SWI")],
        [K("sequence", "3D T1 MPRAGE"), " post-contrast (gadobutrol 0.1 mmol/kg)"], ["Scan complete; infusion off"],
        ["Recovery: Aldrete 9"], ["Discharged to guardian; tolerated juice"],
    ]
    for ev in events:
        mi += rng.randint(4, 14)
        h, mi = h + mi // 60, mi % 60
        d.line("{t}  {e}  {hr}  {s}  {rr}  {bp}", t=D(ftime(h, mi, "24")), e=ev, hr=str(rng.randint(80, 150)),
               s=f"{rng.randint(94, 100)}%", rr=str(rng.randint(16, 34)), bp=f"{rng.randint(75, 110)}/{rng.randint(40, 70)}")
    d.line()
    d.line("Signed {p} {dt} {t}", p=P(clinician(rng, "LF")), dt=Dd(rng, day, [fm]), t=Tt(rng, h, mi, ["24"]))
    return d, "MR"
