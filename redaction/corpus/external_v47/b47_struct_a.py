"""Structured styles 11-15 for blind47: NICU bed board, cranial US requisition, babygram HL7, OB biometry, Graf hip table."""

from __future__ import annotations

import datetime as dt
import random

from b47_core import D, Doc, K, P, S
from b47_people import Baby, cga, dol, dr, staff
from b47_pools import (
    Dd,
    Tt,
    accession,
    account,
    clinician,
    email,
    facility,
    fdate,
    ftime,
    full,
    ip,
    mrn,
    name_as,
    phone,
    rdate,
    serial,
    us_address_spans,
)


def nicu_bedboard_tsv(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    today = rdate(rng)
    fac = facility(rng)
    d.line("{fac} NICU - Bed Board export ({dt} {t})", fac=S("FACILITY", fac), dt=Dd(rng, today, ["us", "iso"]),
           t=Tt(rng, fmts=["24", "sec"]))
    d.line("Bed\tPatient\tMRN\tMom MRN\tDOB\tTOB\tGA@birth\tDOL\tCGA\tBW\tAttending\tRN\tImaging")
    twins_left = 0
    prev = None
    for bed in rng.sample(range(1, 48), rng.randint(5, 8)):
        if twins_left:
            b = Baby(rng, last=prev.last, dob=prev.dob, order="B")
            b.mother_mrn, b.birth_h, b.birth_m = prev.mother_mrn, prev.birth_h, (prev.birth_m + 1) % 60
            b.ga_w, b.ga_d = prev.ga_w, prev.ga_d
            twins_left = 0
        elif rng.random() < 0.25:
            b = Baby(rng, order="A")
            prev, twins_left = b, 1
        else:
            b = Baby(rng)
        if b.order != "B":
            b.dob = today - dt.timedelta(days=rng.randint(0, 60))
        b.reweigh(rng)
        n = (today - b.dob).days
        img = rng.choice([["CUS ", dol(rng, 7), " due"], ["babygram (UVC/UAC)"], ["AXR q6h NEC watch"], ["MRI term-equiv ", cga(rng, 40)],
                          ["none"], ["echo + CUS today"], ["VCUG pending"]])
        d.line("{bed}\t{n}\t{m}\t{mm}\t{dob}\t{tob}\t{ga}\t{dl}\t{cg}\t{bw}\t{att}\t{rn}\t{img}",
               bed=f"{rng.choice(['N', 'P', ''])}{bed:02d}", n=b.placeholder(rng, rng.choice(["BABY_UP", "Lf", "BB"])),
               m=S("MRN", b.mrn), mm=S("MRN", b.mother_mrn), dob=D(fdate(b.dob, "us")),
               tob=D(ftime(b.birth_h, b.birth_m, "hhmm")), ga=b.ga(rng), dl=dol(rng, n),
               cg=K("age_under_90", f"{b.ga_w + (b.ga_d + n) // 7}+{(b.ga_d + n) % 7}"),
               bw=K("measurement", f"{b.weight_g}g"), att=P(clinician(rng, "l")), rn=P(clinician(rng, "il")), img=img)
    d.line()
    d.line("Charge RN: {c} ({ph})   Unit clerk: {u}", c=P(clinician(rng)), ph=S("PHONE", phone(rng)), u=P(clinician(rng, "il")))
    d.line("Exported by {u} from workstation {w} ({ip})", u=S("EMAIL", email(rng, *full(rng))),
           w=f"NICU-WS{rng.randint(1, 30):02d}", ip=S("IP_ADDRESS", ip(rng)))
    return d, rng.choice(["XR", "US"])


def cranial_us_requisition(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    b = Baby(rng)
    b.ga_w = rng.randint(23, 31)
    n = rng.choice([3, 7, 10, 14, 28, 42])
    exam = b.dob + dt.timedelta(days=n)
    fm = rng.choice(["us", "dmy_mon", "iso", "us_short"])
    d.line("*** REQUISITION: US HEAD NEONATAL (PORTABLE) ***")
    d.line("Patient......: {n}", n=b.placeholder(rng) if rng.random() < 0.6 else P(f"{b.last.upper()}, {b.first.upper()}"))
    d.line("MRN..........: {m}          Acct: {a}", m=S("MRN", b.mrn), a=S("ACCOUNT_ID", account(rng)))
    d.line("DOB/TOB......: {dob} {tob}", dob=Dd(rng, b.dob, [fm]), tob=Tt(rng, b.birth_h, b.birth_m, ["24", "hhmm"]))
    d.line("GA at birth..: {ga}    BW: {bw}    Age: {dl}", ga=b.ga(rng), bw=K("measurement", f"{b.weight_g} g"), dl=dol(rng, n))
    d.line("Location.....: NICU pod {p}, bed {bd}    {fac}", p=rng.choice("ABCD"), bd=str(rng.randint(1, 30)),
           fac=S("FACILITY", facility(rng)))
    d.line("Ordering.....: {o}   pager {ph}", o=staff(rng, rng.choice(["nnp", "neonatologist"]), "LF"), ph=S("PHONE", phone(rng)))
    d.line("Ordered......: {dt} {t}   Priority: {pr}", dt=Dd(rng, exam, [fm]), t=Tt(rng, fmts=["24"]),
           pr=rng.choice(["ROUTINE", "STAT", "TODAY"]))
    d.line("Indication...: Screening, GA <32 wk / BW <1500 g. Protocol day 7, day 28 and term-equivalent. "
           + rng.choice(["Desat + bulging fontanelle overnight.", "Hb drop.", "Routine.", "Seizure-like activity."]))
    d.line("Prior........: {acc} ({dt}) {res}", acc=S("ACCESSION", accession(rng, "US")),
           dt=Dd(rng, b.dob + dt.timedelta(days=max(1, n // 2)), [fm]),
           res=K("score", rng.choice(["GMH-IVH grade I left", "Papile grade II", "normal", "grade III IVH right"])))
    d.line("Mother.......: {mo}  (MRN {mm})  contact {ph}", mo=b.mother("LF"), mm=S("MRN", b.mother_mrn),
           ph=S("PHONE", phone(rng)))
    d.line("-" * 60)
    d.line("Performed {dt} {t} by {s}; probe {pr} s/n {sn}; accession {acc}", dt=Dd(rng, exam, [fm]), t=Tt(rng, fmts=["24"]),
           s=staff(rng, "sonographer", "il"), pr=rng.choice(["C8-5", "L15-7io", "MC9-4", "8C"]),
           sn=S("DEVICE_SERIAL", serial(rng, "probe")), acc=S("ACCESSION", accession(rng, "US")))
    d.line("{h} Via the {a}. {a2} normal in echogenicity. Ventricular index {m} (right), {m2} (left). {a3} "
           "{f}. No periventricular cysts.", h=K("section_header", "FINDINGS:"), a=K("anatomy", "anterior fontanelle"),
           a2=K("anatomy", "Periventricular white matter"), m=K("measurement", f"{rng.uniform(8, 13):.1f} mm"),
           m2=K("measurement", f"{rng.uniform(8, 13):.1f} mm"), a3=K("anatomy", "Caudothalamic groove"),
           f=rng.choice(["clear bilaterally", "with small echogenic focus on the left, unchanged"]))
    d.line("{h} {r}. Repeat at {c}.", h=K("section_header", "IMPRESSION:"),
           r=K("score", rng.choice(["No IVH", "Stable grade I germinal matrix haemorrhage", "Papile grade II, stable"])),
           c=cga(rng, rng.choice([36, 40])))
    d.line("Read by {r}  {dt}", r=staff(rng, "radiologist"), dt=Dd(rng, exam, [fm]))
    return d, "US"


def babygram_orm_hl7(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    b = Baby(rng)
    ts = b.dob + dt.timedelta(days=rng.randint(0, 2))
    h, mi = rng.randrange(24), rng.randrange(60)
    stamp = f"{ts.strftime('%Y%m%d')}{h:02d}{mi:02d}"
    fac = facility(rng)
    acc = accession(rng, "XR")
    ctl = f"MSG{rng.randint(10 ** 8, 10 ** 9 - 1)}"
    city_st = us_address_spans(rng, "^")
    att_f, att_l = full(rng)
    d.line("{t} MLLP inbound from {ip}:6661 len={ln}", t=[D(ts.isoformat()), " ", D(f"{h:02d}:{mi:02d}:{rng.randrange(60):02d}")],
           ip=S("IP_ADDRESS", ip(rng)), ln=str(rng.randint(700, 1400)))
    d.line("MSH|^~\\&|EPIC|{f}|RIS|RAD|{s}||ORM^O01|{c}|P|2.3", f=S("FACILITY", fac), s=D(stamp), c=ctl)
    d.line("PID|1||{m}^^^MRN||{n}||{dob}|{sx}|||{a1}^{ct}^{st}^{z}||{ph}|||||{acct}",
           m=S("MRN", b.mrn), n=b.hl7_name(), dob=D(f"{b.dob.strftime('%Y%m%d')}{b.birth_h:02d}{b.birth_m:02d}"),
           sx=b.sex, a1=city_st[0], ct=city_st[2], st=city_st[3].strip(", ").strip(), z=city_st[4],
           ph=S("PHONE", phone(rng)), acct=S("ACCOUNT_ID", account(rng)))
    d.line("NK1|1|{mo}|MTH^Mother|||||||||||||||||||||||||||{mm}", mo=P(name_as(b.mother_first, b.mother_last, "hl7", rng)),
           mm=S("MRN", b.mother_mrn))
    d.line("PV1|1|I|NICU^{bd}^01||||{id}^{att}|||NEO||||||||||{v}", bd=str(rng.randint(1, 40)), id=str(rng.randint(100000, 999999)),
           att=P(f"{att_l.upper()}^{att_f.upper()}"), v=S("ACCOUNT_ID", account(rng)))
    d.line("ORC|NW|{a}||||||||||{id}^{att}", a=S("ACCESSION", acc), id=str(rng.randint(100000, 999999)),
           att=P(f"{att_l.upper()}^{att_f.upper()}"))
    d.line("OBR|1|{a}||XR BABYGRAM CHEST ABD 1V^BABYGRAM|STAT|{s}|||||||||||||||||XR|||^^^{s2}",
           a=S("ACCESSION", acc), s=D(stamp), s2=D(stamp))
    d.line("NTE|1||{dl} {ga} UVC/UAC placed at bedside - confirm tip position. Twin {o}: check armband before exposure.",
           dl=dol(rng, (ts - b.dob).days), ga=b.ga(rng), o=rng.choice("AB"))
    d.line("OBX|1|TX|&GDT^FINDINGS||{h} UAC tip at {v1}. UVC tip at {v2}, projecting over the {a}. Lungs: fine granular "
           "opacities. Bowel gas pattern normal.||||||F",
           h=K("section_header", "FINDINGS:"), v1=K("vertebral_level", rng.choice(["T7", "T8", "T9", "L3", "L4"])),
           v2=K("vertebral_level", rng.choice(["T9", "T10", "T11"])), a=K("anatomy", "IVC-right atrial junction"))
    d.line("OBX|2|TX|&IMP^IMPRESSION||Lines as above; suggest withdraw UVC 1 cm. Called to {rn} at {t}.||||||F",
           rn=P(name_as(*full(rng), "fl")), t=D(ftime((h + 1) % 24, mi, rng.choice(["24", "hours"]))))
    return d, "XR"


def _ga_str(days: int, rng: random.Random) -> str:
    return rng.choice([f"{days // 7}w{days % 7}d", f"{days // 7}+{days % 7}"])


def ob_biometry_worksheet(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    f, la = full(rng, "F")
    lmp = rdate(rng, dt.date(2024, 6, 1), 600)
    scan = lmp + dt.timedelta(days=rng.randint(126, 259))
    ga = (scan - lmp).days
    us_ga = ga + rng.randint(-9, 6)
    fm = rng.choice(["us", "dash_us", "iso", "dmy_upper"])
    twins = rng.random() < 0.3
    d.line("OB Report  (Page 1 of 2)           {fac}", fac=S("FACILITY", facility(rng)))
    d.line("Name      : {n}", n=P(name_as(f, la, rng.choice(["LF", "Lf", "hl7"]), rng)))
    d.line("ID        : {m}        Other ID: {a}", m=S("MRN", mrn(rng)), a=S("ACCOUNT_ID", account(rng)))
    d.line("Birth Date: {dob}     Exam Date: {ex} {t}", dob=Dd(rng, rdate(rng, dt.date(1980, 1, 1), 8000), [fm]),
           ex=Dd(rng, scan, [fm]), t=Tt(rng, fmts=["sec", "24"]))
    d.line("LMP       : {lmp}     GA(LMP): {g1}    EDD(LMP): {e1}", lmp=Dd(rng, lmp, [fm]),
           g1=K("age_under_90", _ga_str(ga, rng)), e1=Dd(rng, lmp + dt.timedelta(days=280), [fm]))
    d.line("GA(AUA)   : {g2}     EDD(AUA): {e2}     Fetus: {fe}", g2=K("age_under_90", _ga_str(us_ga, rng)),
           e2=Dd(rng, scan + dt.timedelta(days=280 - us_ga), [fm]), fe="2 (DCDA)" if twins else "1")
    d.line("Ref. Phys : {r}    Sonographer: {s}", r=P(clinician(rng, "LF")), s=staff(rng, "sonographer", "il"))
    d.line("Accession : {acc}   Probe {pr} SN {sn}", acc=S("ACCESSION", accession(rng, "US")), pr=rng.choice(["C1-6", "RAB6-D", "C5-1"]),
           sn=S("DEVICE_SERIAL", serial(rng, "probe")))
    wk = us_ga / 7
    for fetus in (["A", "B"] if twins else [""]):
        if fetus:
            d.line("--- Fetus {x} ({pos}) ---".format(x=fetus, pos=rng.choice(["maternal left", "maternal right", "presenting"])))
        d.line("2D Measurements      Value      GA          Range     %ile  Author")
        for lab, val, unit, au in (("BPD", wk * 0.245 - 0.03, "cm", "Hadlock"), ("HC", wk * 0.93, "cm", "Hadlock"),
                                   ("AC", wk * 0.86, "cm", "Hadlock"), ("FL", wk * 0.2 - 0.4, "cm", "Hadlock"),
                                   ("HL", wk * 0.18 - 0.2, "cm", "Jeanty")):
            v = val * rng.uniform(0.93, 1.07)
            d.line("{lab} {v}    {g}   +/-{r}d    {p}   {au}", lab=f"{lab:<20}", v=K("measurement", f"{v:.2f} {unit}"),
                   g=K("age_under_90", _ga_str(int(v / val * us_ga), rng)), r=str(rng.randint(8, 18)),
                   p=f"{rng.randint(3, 97):>2}", au=K("eponym", au))
        d.line("EFW («e|Hadlock 4»)      {e}   {p}%ile   AFI/DVP: {afi}   UA PI {pi}",
               e=K("measurement", f"{int(wk ** 3 * 0.042 * rng.uniform(0.85, 1.15))} g"), p=str(rng.randint(3, 97)),
               afi=K("measurement", f"{rng.uniform(5, 22):.1f} cm"), pi=str(round(rng.uniform(0.7, 1.4), 2)))
    d.line("Comments: {a} posterior, clear of os. Cervix {m}. Growth/dopplers in {y} pregnancy were normal.",
           a=K("anatomy", "Placenta"), m=K("measurement", f"{rng.uniform(2.5, 4.5):.1f} cm"),
           y=K("year", str(lmp.year - rng.randint(2, 5))))
    d.line("Signed: {r}  {dt}", r=staff(rng, "mfm", "LF"), dt=Dd(rng, scan, [fm]))
    return d, "US"


def graf_hip_us_table(rng: random.Random) -> tuple[Doc, str]:
    d = Doc()
    b = Baby(rng)
    exam = b.dob + dt.timedelta(days=rng.randint(28, 110))
    fm = rng.choice(["uk", "us", "dmy_mon"])
    d.line("HIP ULTRASOUND («e|GRAF») - STRUCTURED RESULT")
    d.line("| Name | {n} | MRN | {m} |", n=P(f"{b.last}, {b.first}"), m=S("MRN", b.mrn))
    d.line("| DOB | {dob} | Age at scan | {age} |", dob=Dd(rng, b.dob, [fm]), age=K("age_under_90", f"{(exam - b.dob).days // 7} wk"))
    d.line("| Exam date | {ex} | Accession | {acc} |", ex=Dd(rng, exam, [fm]), acc=S("ACCESSION", accession(rng, "US")))
    d.line("| Referrer | {r} | Site | {fac} |", r=dr(rng), fac=S("FACILITY", facility(rng)))
    d.line("| Risk factors | {rf} | Parent/guardian | {p} ({ph}) |",
           rf=rng.choice(["breech >36 wk", "FHx DDH (mother)", "clicky hip on NIPE", "oligohydramnios", "talipes"]),
           p=b.mother("fl"), ph=S("PHONE", phone(rng)))
    d.line()
    d.line("| Side | alpha | beta | Graf type | Femoral head coverage | Stress test |")
    d.line("|---|---|---|---|---|---|")
    for side in ("Right", "Left"):
        a = rng.randint(43, 66)
        typ = "Graf type I" if a >= 60 else ("Graf type IIa" if a >= 50 else rng.choice(["Graf type IIc", "Graf type D"]))
        d.line("| {s} | {a} | {b} | {t} | {c} | {st} |", s=K("anatomy", f"{side} hip"), a=K("measurement", f"{a}°"),
               b=K("measurement", f"{rng.randint(45, 80)}°"), t=K("eponym", typ), c=K("measurement", f"{rng.randint(30, 65)}%"),
               st=rng.choice(["stable", "subluxable", "not performed"]))
    d.line()
    d.line("Probe: L12-5 linear, s/n {sn}.  Performed by {s}.", sn=S("DEVICE_SERIAL", serial(rng, "probe")),
           s=staff(rng, "sonographer"))
    d.line("Plan: {pl}  Review scan {nx} {t} (clinic phone {ph}).",
           pl=rng.choice(["Pavlik harness fitted today.", "Repeat in 6 weeks.", "Discharge if normal on repeat.",
                          "Refer paediatric orthopaedics."]), nx=Dd(rng, exam + dt.timedelta(days=rng.choice([14, 28, 42])), [fm]),
           t=Tt(rng, rng.randint(8, 16), rng.choice([0, 20, 40]), ["24", "12"]), ph=S("PHONE", phone(rng)))
    d.line("Reported by {r} on {dt}", r=staff(rng, "radiologist", "il"), dt=Dd(rng, exam, [fm]))
    return d, "US"
