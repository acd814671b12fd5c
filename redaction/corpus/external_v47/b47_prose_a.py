"""Prose styles 1-5 for blind47: retrieval notes, rename notices, NAI liaison e-mail, surrogacy and midwife letters."""

from __future__ import annotations

import datetime as dt
import random

from b47_core import Doc, K, P, S
from b47_people import Baby, age_between, dol, dr, staff
from b47_pools import (
    Dd,
    Tt,
    accession,
    case_no,
    clinician,
    email,
    facility,
    full,
    health_plan,
    mrn,
    name_as,
    phone,
    rdate,
    serial,
    ssn,
    two_facilities,
    uk_address_spans,
    url,
    us_address_spans,
)


def nicu_transport_retrieval_note(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    b = Baby(rng)
    ref, rec = two_facilities(rng)
    fm = rng.choice(["us", "dmy_mon", "iso", "uk"])
    t0 = rng.randrange(24)
    d.line(rng.choice(["NEONATAL RETRIEVAL SERVICE - TRANSPORT RECORD", "Neonatal & Paediatric Transport (NETS) - Retrieval Note",
                       "KIDS TRANSPORT TEAM :: NARRATIVE"]))
    d.line("Patient: {n}    Receiving MRN: {m}    Referring hospital no.: {m2}", n=b.placeholder(rng), m=S("MRN", b.mrn),
           m2=S("MRN", mrn(rng)))
    d.line("DOB: {dob}   Time of birth: {tob}   GA at birth: {ga}   BW: {bw}", dob=Dd(rng, b.dob, [fm]),
           tob=Tt(rng, b.birth_h, b.birth_m, ["24", "hours"]), ga=b.ga(rng), bw=K("measurement", f"{b.weight_g} g"))
    d.line("Referring: {ref} (level II special care nursery)   Receiving: {rec} NICU", ref=S("FACILITY", ref), rec=S("FACILITY", rec))
    d.line()
    d.line("Call received {t} via retrieval line {ph}. Consultant on call {c}. Team: {a}; {b2}; {c2}.",
           t=Tt(rng, t0, rng.randrange(60), ["24"]), ph=S("PHONE", phone(rng)), c=dr(rng),
           a=staff(rng, "nnp"), b2=staff(rng, "nurse"), c2=staff(rng, "rt"))
    d.line("Departed base {t1}, at bedside {t2}. {cx}-day-old infant, mother {mo} (MRN {mm}) delivered by emergency LSCS; "
           "Apgars {ap}. On arrival on CPAP 7 with FiO2 0.45.",
           t1=Tt(rng, (t0 + 1) % 24, rng.randrange(60), ["24", "hours"]), t2=Tt(rng, (t0 + 2) % 24, rng.randrange(60), ["24"]),
           cx=str(rng.randint(0, 1)), mo=b.mother("fl"), mm=S("MRN", b.mother_mrn),
           ap=K("score", f"{rng.randint(1, 6)}, {rng.randint(5, 8)} and {rng.randint(7, 9)}"))
    d.line("Referring {x} (chest/abdomen babygram, {dt}) reviewed on the image link {u}: ETT tip at {v1}, UVC tip projects at {v2}, "
           "bilateral ground-glass change in keeping with surfactant deficiency. Curosurf given via ETT.",
           x=K("modality", "XR"), dt=Dd(rng, b.dob, [fm]), u=S("URL", url(rng)), v1=K("vertebral_level", rng.choice(["T1", "T2", "T3"])),
           v2=K("vertebral_level", rng.choice(["T8", "T9", "T8-T9"])))
    d.line("Equipment: transport incubator s/n {s1}; ventilator s/n {s2}. Father {f} travelled in the cab, mobile {ph2}.",
           s1=S("DEVICE_SERIAL", serial(rng, "isolette")), s2=S("DEVICE_SERIAL", serial(rng, "pump")),
           f=b.father("fl"), ph2=S("PHONE", phone(rng)))
    d.line("Left referring unit {t3}; handed over at {rec} bed {bed} at {t4}. Cranial {us} requested for {dl}.",
           t3=Tt(rng, (t0 + 4) % 24, rng.randrange(60), ["24"]), rec=S("FACILITY", rec), bed=str(rng.randint(1, 40)),
           t4=Tt(rng, (t0 + 5) % 24, rng.randrange(60), ["24", "12"]), us=K("modality", "US"), dl=dol(rng, rng.randint(3, 7)))
    d.line()
    d.line("Signed {s} {dt} {t}", s=staff(rng, "nnp", "LF"), dt=Dd(rng, b.dob, [fm]), t=Tt(rng, (t0 + 6) % 24, rng.randrange(60), ["24"]))
    return d, "XR"


def baby_rename_merge_notice(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    b = Baby(rng)
    fac = facility(rng)
    him_f, him_l = full(rng)
    sent = b.dob + dt.timedelta(days=rng.randint(5, 60))
    fm = rng.choice(["long", "us", "mon_abbr", "day_month"])
    d.line("From: Health Information Management <{e}>", e=S("EMAIL", email(rng, him_f, him_l)))
    d.line("To: Radiology PACS Admin; NICU Unit Clerks; Imaging Film Library")
    d.line("Sent: {dt} {t}", dt=Dd(rng, sent, [fm]), t=Tt(rng, fmts=["12", "24"]))
    d.line("Subject: Newborn legal name update - MRN {m} (formerly {old})", m=S("MRN", b.mrn),
           old=["Baby " + b.word.title() + " ", P(b.last)])
    d.line()
    d.line("Team,")
    d.line()
    d.line("The patient registered at birth at {fac} as {ph} (MRN {m}; linked maternal MRN {mm}, mother {mo}) now has a legal "
           "name of {nm} per the birth registration received {r}. DOB {dob}, time of birth {tob}. The MRN does NOT change.",
           fac=S("FACILITY", fac), ph=b.placeholder(rng, "BABY_UP"), m=S("MRN", b.mrn), mm=S("MRN", b.mother_mrn),
           mo=b.mother("Lf"), nm=P(f"{b.first} {b.last}"), r=Dd(rng, sent - dt.timedelta(days=1), [fm]),
           dob=Dd(rng, b.dob, [fm]), tob=Tt(rng, b.birth_h, b.birth_m, ["24", "hours"]))
    d.line()
    d.line("Imaging filed under the temporary name, re-indexed in PACS today:")
    for k in range(rng.randint(2, 4)):
        mod, desc = rng.choice([("XR", "chest/abdomen (babygram) for line placement"), ("US", "cranial ultrasound"),
                                ("US", "abdominal ultrasound"), ("MRI", "brain without contrast at term-equivalent age"),
                                ("XR", "abdomen 2 views (NEC watch)")])
        d.line("  - {acc}  {x} {desc}  {dt}", acc=S("ACCESSION", accession(rng, mod[:2])), x=K("modality", mod), desc=desc,
               dt=Dd(rng, b.dob + dt.timedelta(days=k * rng.randint(1, 9)), ["us", "iso"]))
    d.line()
    d.line("Outside CDs still carry the DICOM name {h}; do not reconcile them to a new record. Sibling {sib} (same DOB, MRN {sm}) "
           "is a different patient - check both identifiers.", h=b.hl7_name(), sib=["Twin B ", P(b.last)], sm=S("MRN", mrn(rng)))
    d.line()
    d.line("Thanks,")
    d.line("{n}, {c}", n=P(f"{him_f} {him_l}"), c=K("credential", rng.choice(["RHIT", "RHIA", "CCS"])))
    d.line("Data Integrity | {fac} | {ph}", fac=S("FACILITY", fac), ph=S("PHONE", phone(rng)))
    return d, rng.choice(["XR", "US"])


def nai_police_liaison_email(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    first, last = full(rng)
    dob = rdate(rng)
    study = dob + dt.timedelta(days=rng.randint(40, 300))
    fm = rng.choice(["us", "long", "mon_abbr"])
    det_f, det_l = full(rng)
    rad_f, rad_l = full(rng)
    sw_f, sw_l = full(rng)
    pc, cps = case_no(rng, "police"), case_no(rng, "cps")
    d.line("From: Det. {n} <{e}>", n=P(f"{det_f} {det_l}"), e=S("EMAIL", email(rng, det_f, det_l, "police")))
    d.line("To: {r} <{e}>", r=P(f"{rad_f} {rad_l}"), e=S("EMAIL", email(rng, rad_f, rad_l)))
    d.line("Cc: {s} (CPS intake)", s=P(f"{sw_f} {sw_l}"))
    d.line("Subject: RE: case {pc} / CPS {cps} - skeletal survey {nm}", pc=S("ACCOUNT_ID", pc), cps=S("ACCOUNT_ID", cps),
           nm=P(f"{last.upper()}, {first.upper()}"))
    d.line()
    d.line("Dr. {r},", r=P(rad_l))
    d.line("Thanks for the call on {dt}. For our file can you confirm in writing which fractures you consider high "
           "specificity, and the estimated dating? The child ({nm}, DOB {dob}) is in emergency placement with foster carer "
           "{fc} at {addr}. Parents {m} and {f} were interviewed on {dt2}.",
           r=None, dt=Dd(rng, study + dt.timedelta(days=1), [fm]), nm=P(f"{first} {last}"), dob=Dd(rng, dob, [fm]),
           fc=P(clinician(rng)), addr=us_address_spans(rng), m=P(name_as(*full(rng, "F"), "fl")), f=P(name_as(*full(rng, "M"), "fl")),
           dt2=Dd(rng, study + dt.timedelta(days=2), ["md", "mon_day"]))
    d.line("Det. {n}  |  Special Victims Unit  |  desk {ph}", n=P(det_l), ph=S("PHONE", phone(rng)))
    d.line()
    d.line("---- reply ----")
    d.line("Det. {n}, summary of my report (accession {acc}, {dt} {t}):", n=P(det_l), acc=S("ACCESSION", accession(rng, "XR")),
           dt=Dd(rng, study, [fm]), t=Tt(rng, fmts=["24", "12"]))
    d.line("{h}", h=K("section_header", "FINDINGS"))
    d.line("- Classic metaphyseal lesions of the {a1} and {a2} (high specificity for abusive injury).",
           a1=K("anatomy", "distal left femur"), a2=K("anatomy", "proximal right tibia"))
    d.line("- Healing posterior fractures of the {a} with callus, estimated {w}.", a=K("anatomy", rng.choice(["right 5th-7th ribs", "left 4th-6th ribs"])),
           w=rng.choice(["10-14 days old", "2-3 weeks old"]))
    d.line("- No fracture at the {v}; skull intact. Head {ct} {dt}: thin {a} subdural collection measuring {m}.",
           v=K("vertebral_level", rng.choice(["L1", "T12-L1", "C2"])), ct=K("modality", "CT"), dt=Dd(rng, study, [fm]),
           a=K("anatomy", "interhemispheric"), m=K("measurement", f"{rng.randint(2, 6)} mm"))
    d.line("{h} Findings in this {age} infant are highly concerning for non-accidental injury. Follow-up skeletal survey "
           "recommended on or after {fu}.", h=K("section_header", "IMPRESSION:"), age=age_between(rng, dob, study),
           fu=Dd(rng, study + dt.timedelta(days=14), [fm]))
    d.line("{r}, {c} | Pediatric Radiology, {fac} | {ph}", r=P(f"{rad_f} {rad_l}"), c=K("credential", "MD"),
           fac=S("FACILITY", facility(rng)), ph=S("PHONE", phone(rng)))
    return d, "XR"


def surrogacy_imaging_release_letter(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    gc_f, gc_l = full(rng, "F")
    ip1, ip2 = full(rng), full(rng)
    att_f, att_l = full(rng)
    gc_dob = rdate(rng, dt.date(1986, 1, 1), 4000)
    lmp = rdate(rng, dt.date(2025, 1, 1), 300)
    edd = lmp + dt.timedelta(days=280)
    scan = lmp + dt.timedelta(days=rng.randint(134, 146))
    fm = rng.choice(["long", "us", "day_month"])
    fac = facility(rng)
    d.line("{firm} LLP - Assisted Reproduction Law", firm=P(att_l))
    d.line("{addr}", addr=us_address_spans(rng))
    d.line("Tel {ph} | {e}", ph=S("PHONE", phone(rng)), e=S("EMAIL", email(rng, att_f, att_l, "legal")))
    d.line()
    d.line("{dt}", dt=Dd(rng, scan + dt.timedelta(days=rng.randint(3, 20)), [fm]))
    d.line()
    d.line("Release of Information, Department of Imaging")
    d.line("{fac}", fac=S("FACILITY", fac))
    d.line()
    d.line("Re: Gestational carrier {gc}, DOB {dob}, SSN {ssn}; insurance member ID {hp}; our file {f}",
           gc=P(f"{gc_f} {gc_l}"), dob=Dd(rng, gc_dob, [fm]), ssn=S("SSN", ssn(rng)), hp=S("HEALTH_PLAN_ID", health_plan(rng)),
           f=S("ACCOUNT_ID", case_no(rng, "agency")))
    d.line()
    d.line("We act for the intended parents, {a} and {b}, under the gestational carrier agreement executed in {y}. Enclosed is "
           "the carrier's signed HIPAA authorization permitting release to the intended parents of the detailed anatomy "
           "{us} performed on {sc} (report and images, including the {ga} biometry) and any fetal {mr} ordered thereafter.",
           a=P(f"{ip1[0]} {ip1[1]}"), b=P(f"{ip2[0]} {ip2[1]}"), y=K("year", str(lmp.year - 1)), us=K("modality", "ultrasound"),
           sc=Dd(rng, scan, [fm]), ga=K("age_under_90", f"{(scan - lmp).days // 7}w{(scan - lmp).days % 7}d"), mr=K("modality", "MRI"))
    d.line()
    d.line("Estimated due date per the dating scan is {edd} (LMP {lmp}). A pre-birth parentage judgment ({ct}) has been "
           "entered; please register the newborn under the intended parents' surname and link the infant record to "
           "{gc}'s MRN {m} only for the delivery episode.",
           edd=Dd(rng, edd, [fm]), lmp=Dd(rng, lmp, [fm]), ct=S("ACCOUNT_ID", case_no(rng, "court")), gc=P(gc_l),
           m=S("MRN", mrn(rng)))
    d.line()
    d.line("Images may be delivered to {u} or mailed to the intended parents at {addr}.", u=S("URL", url(rng)),
           addr=us_address_spans(rng))
    d.line()
    d.line("Sincerely,")
    d.line("{n}, Esq.", n=P(f"{att_f} {att_l}"))
    d.line("cc: {ob} (treating OB), {sw}, surrogacy coordinator", ob=[P(clinician(rng)), ", ", K("credential", "MD")],
           sw=P(clinician(rng)))
    return d, "US"


def midwife_growth_scan_referral(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    f, la = full(rng, "F")
    dob = rdate(rng, dt.date(1984, 1, 1), 6000)
    lmp = rdate(rng, dt.date(2025, 1, 1), 400)
    ref = lmp + dt.timedelta(days=rng.randint(196, 238))
    ga = (ref - lmp).days
    edd = lmp + dt.timedelta(days=280)
    fm = rng.choice(["uk", "day_month", "dmy_mon", "dot"])
    mw_f, mw_l = full(rng, "F")
    d.line("COMMUNITY MIDWIFERY - REQUEST FOR THIRD TRIMESTER GROWTH SCAN")
    d.line("To: Antenatal Ultrasound, {fac}", fac=S("FACILITY", facility(rng)))
    d.line("Date of request: {dt}    Urgency: within 72 hours", dt=Dd(rng, ref, [fm]))
    d.line()
    d.line("Woman: {n}    NHS no: {nhs}    Hospital no: {m}", n=P(name_as(f, la, rng.choice(["LF", "fl", "Lf"]))),
           nhs=S("HEALTH_PLAN_ID", health_plan(rng, "uk")), m=S("MRN", mrn(rng)))
    d.line("DOB: {dob}    Address: {addr}    Mobile: {ph}", dob=Dd(rng, dob, [fm]), addr=uk_address_spans(rng),
           ph=S("PHONE", phone(rng, "uk")))
    d.line("G{g} P{p}.  LMP {lmp}.  EDD (by dating scan) {edd}.  Gestation today {gat}.", g=str(rng.randint(2, 5)),
           p=str(rng.randint(1, 3)), lmp=Dd(rng, lmp, [fm]), edd=Dd(rng, edd, [fm]),
           gat=K("age_under_90", f"{ga // 7}+{ga % 7}"))
    d.line()
    d.line("Reason: symphysis-fundal height {m} has crossed below the 10th centile on the customised GROW chart (previous "
           "{m2} at {ga2}). Previous baby SGA (birthweight 2.31 kg) in {y}. Smoker, 5/day. Reduced fetal movements reported "
           "{dt} at {t}; CTG normal at triage.", m=K("measurement", f"{rng.randint(27, 31)} cm"),
           m2=K("measurement", f"{rng.randint(24, 27)} cm"), ga2=K("age_under_90", f"{ga // 7 - 3}+{rng.randrange(7)}"),
           y=K("year", str(rng.randint(2016, 2023))), dt=Dd(rng, ref - dt.timedelta(days=1), ["day_month", fm]),
           t=Tt(rng, fmts=["24", "h"]))
    d.line("Please include EFW, {a} Doppler and liquor volume. Interpreter needed: {lang}.",
           a=K("anatomy", "umbilical artery"), lang=rng.choice(["Punjabi", "Somali", "Polish", "Tigrinya", "none"]))
    d.line()
    d.line("Named consultant: {c}.  GP: {gp}, {prac}.", c=dr(rng), gp=dr(rng),
           prac=S("FACILITY", rng.choice(["Belgrave Road Surgery", "Highfields Medical Centre", "Canal Side Health Centre",
                                          "St Peter's Health Centre"])))
    d.line("Referring midwife: {n}, {c}  bleep/mobile {ph}  {e}", n=P(f"{mw_f} {mw_l}"), c=K("credential", "RM"),
           ph=S("PHONE", phone(rng, "uk")), e=S("EMAIL", email(rng, mw_f, mw_l)))
    return d, "US"
