"""Prose styles 6-10 for blind47: custody order excerpt, harness nursery letter, strategy minutes, MFM letter, NICU journal."""

from __future__ import annotations

import datetime as dt
import random

from b47_core import Doc, K, P, S
from b47_people import Baby, age_between, cga, dol, dr, old_relative, staff
from b47_pools import (
    Dd,
    Tt,
    accession,
    au_address_spans,
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
    uk_address_spans,
    url,
    us_address_spans,
)


def custody_order_imaging_excerpt(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    f, la = full(rng)
    dob = rdate(rng, dt.date(2015, 1, 1), 3600)
    order = rdate(rng)
    fm = rng.choice(["long", "us", "day_month"])
    gm_f, gm_l = full(rng, "F")
    gal_f, gal_l = full(rng)
    county = rng.choice(["Hennepin", "Maricopa", "Cook", "Douglas", "Pierce", "Harris"])
    d.line("[Scanned to Media tab by Patient Access - excerpt pasted for Radiology scheduling]")
    d.line()
    d.line("IN THE JUVENILE COURT OF {c} COUNTY", c=S("CITY", county.upper()))
    d.line("In the Interest of {n}, a minor child (DOB {dob})     Case No. {cn}", n=P(f"{f.upper()} {la.upper()}"),
           dob=Dd(rng, dob, [fm]), cn=S("ACCOUNT_ID", case_no(rng, "court")))
    d.line()
    d.line("ORDER FOR TEMPORARY CUSTODY - entered {dt}", dt=Dd(rng, order, [fm]))
    d.line("3. Temporary legal and physical custody of the child is placed with the maternal grandmother, {g}, residing at "
           "{addr}, who may consent to routine and emergency medical care, including diagnostic imaging and procedural "
           "sedation.", g=P(f"{gm_f} {gm_l}"), addr=us_address_spans(rng))
    d.line("4. The mother, {m}, shall have supervised contact only and shall not be given access to medical records "
           "without further order. {gal} is appointed guardian ad litem.", m=P(clinician(rng)), gal=P(f"{gal_f} {gal_l}"))
    d.line()
    d.line("-- Scheduling note {dt} {t} ({who}) --", dt=Dd(rng, order + dt.timedelta(days=rng.randint(2, 30)), ["us", "iso"]),
           t=Tt(rng, fmts=["24", "12"]), who=P(name_as(*full(rng), "il")))
    d.line("{n} ({age}, MRN {m}) booked for {x} brain with and without contrast under sedation, accession {acc}. Consent to be "
           "signed by grandmother {g} only - copy of order verified. Mother is NOT to receive the portal invitation; proxy "
           "access set to grandmother ({e}, {ph}). Medicaid ID {hp} on file.", n=P(f"{f} {la}"),
           age=age_between(rng, dob, order), m=S("MRN", mrn(rng)), x=K("modality", "MRI"),
           acc=S("ACCESSION", accession(rng, "MR")), g=P(gm_l), e=S("EMAIL", email(rng, gm_f, gm_l, "home")),
           ph=S("PHONE", phone(rng)), hp=S("HEALTH_PLAN_ID", health_plan(rng)))
    d.line("Protocol: {q1}, {q2}, {q3}, {q4} post-contrast. GAL {gal} asked to be notified of the date: {ph}.",
           q1=K("sequence", "sagittal T1"), q2=K("sequence", "axial T2"), q3=K("sequence", "FLAIR"), q4=K("sequence", "3D T1"),
           gal=P(gal_l), ph=S("PHONE", phone(rng)))
    return d, "MR"


def harness_nursery_care_letter(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    b = Baby(rng)
    uk = rng.random() < 0.5
    fm = "day_month" if uk else rng.choice(["long", "us"])
    scan = b.dob + dt.timedelta(days=rng.randint(35, 70))
    nxt = scan + dt.timedelta(days=rng.choice([14, 21, 28]))
    graf = rng.choice(["Graf type IIc", "Graf type D", "Graf IIc"])
    alpha = rng.randint(43, 49)
    d.line("{fac} - {dep}", fac=S("FACILITY", facility(rng)), dep="Paediatric Orthopaedics & Hip Screening" if uk else
           "Pediatric Orthopedics / Developmental Hip Clinic")
    d.line("Clinic line {ph}", ph=S("PHONE", phone(rng, "uk" if uk else "us")))
    d.line()
    d.line("{dt}", dt=Dd(rng, scan, [fm]))
    d.line()
    nursery = rng.choice(["Little Acorns Day Nursery", "Sunbeam Early Learning Centre", "Tiny Steps Childcare",
                          "Bright Horizons at Elm Court", "Kinderhaus Montessori"])
    d.line("To the manager, {n}, {addr}", n=S("FACILITY", nursery), addr=uk_address_spans(rng) if uk else us_address_spans(rng))
    d.line()
    d.line("Re: {c}, date of birth {dob}", c=P(f"{b.first} {b.last}"), dob=Dd(rng, b.dob, [fm]))
    d.line()
    d.line("{c} ({age}) was seen today after a hip {us} requested because of breech presentation and a family history "
           "(an older sibling treated in {y}). The {a} is shallow: {e}, alpha angle {m}. "
           "{c} has been fitted with a Pavlik harness, which must be worn 24 hours a day until review.",
           c=P(b.first), age=age_between(rng, b.dob, scan), us=K("modality", "ultrasound"), y=K("year", str(rng.randint(2017, 2023))),
           a=K("anatomy", "left acetabulum"), e=K("eponym", graf),
           m=K("measurement", f"{alpha}°"))
    d.line()
    d.line("Please do not remove or adjust the straps. Nappies/diapers can be changed with the harness on; the parents, "
           "{m} and {f}, have been shown how. If the harness slips or the skin in the {a} looks sore, ring the clinic. "
           "The next scan is on {nx} at {t}.", m=P(b.mother_first), f=P(b.father_first),
           a=K("anatomy", "groin creases"), nx=Dd(rng, nxt, [fm]), t=Tt(rng, rng.randint(8, 16), rng.choice([0, 15, 30, 45]), ["24", "12"]))
    d.line()
    d.line("Yours sincerely,")
    d.line()
    d.line("{n}", n=staff(rng, rng.choice(["radiologist", "sonographer"])))
    d.line("cc: {p} (parent) {e}; {gp}", p=P(f"{b.mother_first} {b.mother_last}"),
           e=S("EMAIL", email(rng, b.mother_first, b.mother_last, "home")), gp=dr(rng))
    return d, "US"


def cp_strategy_meeting_minutes(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    f, la = full(rng)
    dob = rdate(rng, dt.date(2023, 6, 1), 800)
    mt = dob + dt.timedelta(days=rng.randint(60, 400))
    region = rng.choice(["uk", "au"])
    fm = rng.choice(["uk", "day_month", "dmy_mon"])
    d.line("CHILD PROTECTION STRATEGY MEETING - MINUTES (CONFIDENTIAL)")
    d.line("Date: {dt}   Time: {t}   Venue: {v} / Teams", dt=Dd(rng, mt, [fm]), t=Tt(rng, rng.randint(9, 16), 0, ["24", "hours"]),
           v=S("FACILITY", facility(rng)))
    d.line("Child: {n}   DOB: {dob}   {idl}: {hp}   Hosp no: {m}", n=P(f"{la.upper()}, {f}"), dob=Dd(rng, dob, [fm]),
           idl="NHS no" if region == "uk" else "Medicare no", hp=S("HEALTH_PLAN_ID", health_plan(rng, region)), m=S("MRN", mrn(rng)))
    d.line("Address: {addr}", addr=uk_address_spans(rng) if region == "uk" else au_address_spans(rng))
    d.line("Police ref: {p}   Children's services ref: {c}", p=S("ACCOUNT_ID", case_no(rng, "police")),
           c=S("ACCOUNT_ID", case_no(rng, "cps")))
    d.line()
    d.line("Present:")
    for role, r in (("Chair, Team Manager, Children's Social Care", "social"), ("Consultant Paediatrician", "neonatologist"),
                    ("Consultant Paediatric Radiologist", "radiologist"), ("Named Nurse Safeguarding", "nurse")):
        d.line("  {n} ({role})", n=staff(rng, r), role=role)
    d.line("  DC {n} (Child Abuse Investigation Team)", n=P(clinician(rng)))
    d.line()
    d.line("1. Household: mother {m}, her partner {p}, and the {old}. Father {fa} lives separately.",
           m=P(name_as(*full(rng, "F"), "fl")), p=P(clinician(rng)), old=old_relative(rng), fa=P(name_as(*full(rng, "M"), "fl")))
    d.line("2. Presentation: {age} infant brought to ED {dt} at {t} with a swollen right thigh. {x} showed a spiral "
           "fracture of the {a}.", age=age_between(rng, dob, mt - dt.timedelta(days=3)), dt=Dd(rng, mt - dt.timedelta(days=3), [fm]),
           t=Tt(rng, fmts=["24", "h"]), x=K("modality", "XR"), a=K("anatomy", "right femoral diaphysis"))
    d.line("3. Skeletal survey (accession {acc}) reported by {r}: additional healing fractures of the {a1}; {ct} head showed "
           "no intracranial injury. Ophthalmology: no retinal haemorrhages. Repeat survey booked {fu}.",
           acc=S("ACCESSION", accession(rng, "XR")), r=dr(rng), a1=K("anatomy", "left 9th and 10th posterior ribs"),
           ct=K("modality", "CT"), fu=Dd(rng, mt + dt.timedelta(days=rng.randint(9, 13)), [fm]))
    d.line("4. Explanation offered (fall from sofa) not consistent with injuries per consultant radiologist.")
    d.line("Actions: Section 47 enquiry to proceed; sibling {s} ({age2}) to have skeletal survey; next review {nx}.",
           s=P(f"{given_of(rng)} {la}"), age2=K("age_under_90", f"{rng.randint(2, 14)} months"),
           nx=Dd(rng, mt + dt.timedelta(days=rng.randint(10, 20)), [fm]))
    d.line("Minutes taken by {n}, business support, {e}", n=P(clinician(rng)), e=S("EMAIL", email(rng, *full(rng))))
    return d, "XR"


def given_of(rng: random.Random) -> str:
    return full(rng)[0]


def mfm_anomaly_consult_letter(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    f, la = full(rng, "F")
    age = rng.randint(19, 44)
    lmp = rdate(rng, dt.date(2025, 1, 1), 450)
    scan = lmp + dt.timedelta(days=rng.randint(140, 180))
    ga = (scan - lmp).days
    fm = rng.choice(["long", "us", "mon_abbr"])
    mfm_f, mfm_l = full(rng)
    ob_f, ob_l = full(rng)
    fac = facility(rng)
    aw = round(rng.uniform(10.1, 14.8), 1)
    d.line("{fac} - Maternal-Fetal Medicine", fac=S("FACILITY", fac))
    d.line("{addr}  |  Fax/Phone {ph}", addr=us_address_spans(rng), ph=S("PHONE", phone(rng)))
    d.line()
    d.line("{dt}", dt=Dd(rng, scan, [fm]))
    d.line("{ob}, {c}", ob=P(f"{ob_f} {ob_l}"), c=K("credential", rng.choice(["MD", "DO", "CNM"])))
    d.line("{pr}", pr=S("FACILITY", rng.choice(["Bayview Women's Health Associates", "Cedar Ridge OB/GYN", "Northside Family Clinic"])))
    d.line()
    d.line("RE: {n}   DOB {dob}   MRN {m}", n=P(f"{f} {la}"), dob=Dd(rng, rdate(rng, dt.date(1982, 1, 1), 7000), [fm]),
           m=S("MRN", mrn(rng)))
    d.line()
    d.line("Dear Dr. {ob},", ob=P(ob_l))
    d.line()
    d.line("Thank you for referring Ms. {n}, a {age} G{g}P{p} seen today with her partner {pt}. LMP {lmp} gives an EDD of "
           "{edd}, concordant with a first-trimester scan; gestational age today {ga}.",
           n=P(la), age=K("age_under_90", f"{age}-year-old"), g=str(rng.randint(1, 5)), p=str(rng.randint(0, 3)),
           pt=P(clinician(rng)), lmp=Dd(rng, lmp, [fm]), edd=Dd(rng, lmp + dt.timedelta(days=280), [fm]),
           ga=K("age_under_90", f"{ga // 7}w{ga % 7}d"))
    d.line()
    d.line("{h}", h=K("section_header", "ULTRASOUND FINDINGS"))
    d.line("Singleton, cephalic. BPD {b}, HC {hc}, AC {ac}, FL {fl}; EFW {efw} ({e}), 38th centile. The {a} measures {aw} "
           "(mild-moderate ventriculomegaly); {a2} appears normal. AFI {afi}.",
           b=K("measurement", f"{rng.uniform(4.5, 7.5):.1f} cm"), hc=K("measurement", f"{rng.uniform(17, 27):.1f} cm"),
           ac=K("measurement", f"{rng.uniform(15, 25):.1f} cm"), fl=K("measurement", f"{rng.uniform(3.2, 5.6):.1f} cm"),
           efw=K("measurement", f"{rng.randint(320, 1400)} g"), e=K("eponym", "Hadlock 4"),
           a=K("anatomy", "atrium of the left lateral ventricle"), aw=K("measurement", f"{aw} mm"),
           a2=K("anatomy", "cavum septi pellucidi"), afi=K("measurement", f"{rng.uniform(9, 19):.1f} cm"))
    d.line()
    d.line("{h}", h=K("section_header", "RECOMMENDATIONS"))
    d.line("1. Fetal {mr} at {ga2} to assess for associated anomalies ({q1}, {q2}, {q3}); booked {bk} at {t}.",
           mr=K("modality", "MRI"), ga2=K("age_under_90", f"{ga // 7 + 2} weeks"), q1=K("sequence", "SSFSE T2"),
           q2=K("sequence", "DWI"), q3=K("sequence", "T1 GRE"), bk=Dd(rng, scan + dt.timedelta(days=14), [fm]),
           t=Tt(rng, rng.randint(7, 17), rng.choice([0, 30]), ["12"]))
    d.line("2. Amniocentesis offered for microarray and CMV PCR; declined for now.")
    d.line("3. Neonatal consult with {n} prior to delivery; postnatal cranial {us}.", n=dr(rng), us=K("modality", "US"))
    d.line()
    d.line("Sincerely,")
    d.line("{n}, {c}  |  {e}", n=P(f"{mfm_f} {mfm_l}"), c=K("credential", "MD"), e=S("EMAIL", email(rng, mfm_f, mfm_l)))
    d.line("Sonographer: {s}", s=staff(rng, "sonographer", "il"))
    return d, "US"


def nicu_parent_journal_entry(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    b = Baby(rng)
    n = rng.randint(3, 40)
    day = b.dob + dt.timedelta(days=n)
    fac = facility(rng)
    nurse_f = full(rng, "F")[0]
    fm = rng.choice(["long", "mon_abbr", "day_month"])
    d.line("{dt} - {dl}", dt=Dd(rng, day, [fm]), dl=dol(rng, n))
    d.line()
    pr, Pr = ("her", "She") if b.sex == "F" else ("his", "He")
    d.line("{bn} had " + pr + " head scan today at {t}. Our nurse {nu} stayed with us and let {bn} suck on a dummy with "
           "sucrose while the sonographer put the probe on the {a}. Dr. {doc} came by at lunch and said the bleed is still "
           "a {s} on the left and the right side is clear, ventricles {m}, no bigger than last week.",
           bn=P(b.first), t=Tt(rng, fmts=["12", "12dot"]), nu=P(nurse_f), a=K("anatomy", "soft spot"), doc=P(full(rng)[1]),
           s=K("score", rng.choice(["grade 2", "grade II", "Papile grade II"])), m=K("measurement", f"{rng.randint(5, 9)} mm"))
    d.line()
    d.line(Pr + "'s {c} now and {w} grams! Weighed at {t2}.", c=cga(rng, b.ga_w + n // 7), w=str(b.weight_g + n * 15),
           t2=Tt(rng, fmts=["12"]))
    d.line()
    d.line("Nana flew in from {city} and {bn}'s {old} is desperate to visit, but only two at the bedside in the "
           "{fac} NICU. We set up the camera so everyone can watch: {u} (password is on the fridge, don't post it!).",
           city=S("CITY", rng.choice(["Manila", "Lagos", "Ludhiana", "Guadalajara", "Da Nang", "Auckland", "Mogadishu"])),
           old=old_relative(rng), bn=P(b.first), fac=S("FACILITY", fac), u=S("URL", url(rng)))
    d.line()
    d.line("Note to self: call social work ({sw}, {ph}) about the parking pass, and email the registry form to {e}. "
           "{bn}'s hospital number is {m} (" + Pr.lower() + " was still 'Baby {w} {l}' on the wristband until {rn}).",
           sw=P(clinician(rng)), ph=S("PHONE", phone(rng)), e=S("EMAIL", email(rng, *full(rng))), bn=P(b.first),
           m=S("MRN", b.mrn), w=b.word.title(), l=P(b.last), rn=Dd(rng, b.dob + dt.timedelta(days=rng.randint(1, 3)), ["mon_day", "md"]))
    d.line()
    d.line("- {m} & {f}", m=P(b.mother_first), f=P(b.father_first))
    return d, "US"
