"""Structured styles, part B: travel-nurse orientation checklists, MR-conditional pacemaker programming
logs, CT colonography prep sheets, refugee chest-film summaries and home-sleep-test device returns."""

from __future__ import annotations

import datetime as _dt

from b26_bits import addr, fac, signer
from b26_doc import Doc
from b26_pools import Gen

BOX = ["[x]", "[X]", "☑", "(done)", "✔"]


def travel_nurse_checklist(rng) -> Doc:
    g = Gen(rng)
    d = Doc(g.pick(["CT", "MR", "XR"]))
    rn, pre, mgr = g.person(), g.person(), g.person()
    d.ln(g.pick(["TRAVEL NURSE ORIENTATION CHECKLIST — RADIOLOGY", "Contract RN Orientation: Imaging Services", "Radiology Nursing | Traveler onboarding",
                 "Agency Staff Orientation Record (Diagnostic Imaging)"]))
    lay = g.pick(["kv", "inline", "table"])
    fields = [("Name", [("PERSON", g.name(rn, g.pick(["LAST, First", "First M. Last", "First Last"]))), ", ", ("credential", g.pick(["RN", "RN, BSN", "BSN, RN"]))]),
              ("SSN", [("SSN", g.ssn())]), ("Start date", [("DATE_TIME", g.d())]), ("Home phone", [("PHONE", g.phone())]),
              ("E-mail", [("EMAIL", g.email(rn))]), ("Preceptor", [("PERSON", g.name(pre, g.pick(["First Last", "F. Last"]))), ", ", ("credential", "RN")]),
              ("Badge", [("ACCOUNT_ID", g.acct())]), ("Unit", [("FACILITY", g.facility()), g.pick([" IR", " CT", " MRI", ""])])]
    fields = fields[:3] + [f for f in fields[3:] if g.chance(0.75)]
    if lay == "kv":
        for lab, val in fields:
            d.ln(f"{lab}: ", *val)
    elif lay == "inline":
        for i, (lab, val) in enumerate(fields):
            d.w("  " if i % 2 else "", f"{lab.upper()}: ", *val, "\n" if i % 2 else "")
        d.ln()
    else:
        d.ln("| Field | Value |")
        for lab, val in fields:
            d.ln("| ", lab, " | ", *val, " |")
    if g.chance(0.5):
        d.w("Temporary housing: "); addr(d, g, oneline=True, unit=True); d.ln()
    d.ln()
    d.ln(("section_header", g.pick(["COMPETENCIES", "Checklist", "Orientation items"])), ":")
    items = [[("modality", "MRI"), " Zone IV screening and ", ("measurement", "3 T"), " projectile safety"],
             ["Contrast reaction kit: epinephrine ", ("measurement", "0.3 mg"), " IM location verified"],
             ["eGFR threshold ", ("measurement", "30 mL/min/1.73 m2"), " for IV iodinated contrast"],
             ["Moderate sedation monitoring (", ("score", "ASA II"), "/", ("score", "Mallampati III"), " escalation)"],
             [("modality", "CT"), " power injector: ", ("measurement", "5 mL/s"), " via ", ("measurement", "20-gauge"), " IV"],
             ["Post-procedure check after ", ("vertebral_level", "L2-L3"), " lumbar puncture / myelo"],
             ["Extravasation protocol (elevate; > ", ("measurement", "100 mL"), " notify radiologist)"],
             ["Pediatric restraint & child-life referral for patients under ", ("age_under_90", "8")]]
    for it in g.r.sample(items, g.r.randrange(4, 8)):
        done = g.chance(0.8)
        d.w(g.pick(BOX) if done else "[ ]", " ", *it)
        if done and g.chance(0.5):
            d.w(" — ", ("DATE_TIME", g.d(fmt=g.pick(["md", "mdy"]))), " ", g.pick(["", "init. "]), ("PERSON", g.name(pre, "Initials")))
        d.ln()
    d.w("\nManager sign-off: ")
    signer(d, g, mgr, (g.pick(["RN", "MSN"]),), g.pick(["First Last", "F. Last"]))
    d.ln("  ", ("DATE_TIME", g.d()))
    return d


def pacemaker_mri_log(rng) -> Doc:
    g = Gen(rng)
    d = Doc("MR")
    pt, ep, rad, tech = g.person(), g.person(), g.person(), g.person()
    d.ln(g.pick(["MR-CONDITIONAL CIED PROGRAMMING LOG", "Pacemaker/ICD MRI Log", "CIED — MRI session record", "Device clinic: MRI mode programming"]))
    lay = g.pick(["kv", "pipe", "pairs"])
    top = [("Patient", [("PERSON", g.name(pt, g.pick(["LAST, FIRST M", "First Last", "Last, First"])))]), ("MRN", [("MRN", g.mrn())]),
           ("Age", [("AGE_OVER_89", g.old()) if g.chance(0.4) else ("age_under_90", g.young(40, 88))]),
           ("Device", [g.pick(["dual-chamber pacemaker", "single-chamber ICD", "CRT-D", "leadless pacemaker"]), " SN ", ("DEVICE_SERIAL", g.serial())]),
           ("RA lead SN", [("DEVICE_SERIAL", g.serial())]), ("RV lead SN", [("DEVICE_SERIAL", g.serial())]),
           ("Exam", [("modality", "MRI"), " ", g.pick(["brain", "lumbar spine", "cardiac", "prostate"]), " at ", ("measurement", g.pick(["1.5 T", "3 T"]))]),
           ("Acc", [("ACCESSION", g.acc("MR"))])]
    top = top[:4] + [t for t in top[4:] if g.chance(0.8)]
    for lab, val in top:
        if lay == "kv":
            d.ln(f"{lab}: ", *val)
        elif lay == "pipe":
            d.ln(f"{lab} | ", *val)
        else:
            d.ln(f"{lab:<12}", *val)
    d.ln()
    hr = g.r.randrange(70, 95)
    d.ln(("section_header", "PRE-SCAN"), " ", ("DATE_TIME", g.time()), ": underlying rhythm ", g.pick(["sinus 62", "AF 88", "paced 100%", "CHB escape 34"]),
         "; battery ", ("measurement", f"{g.r.randrange(3, 11)}.{g.r.randrange(0, 9)} years"), "; RV threshold ", ("measurement", f"{g.r.randrange(5, 15) / 10:.1f} V"),
         " @ ", ("measurement", "0.4 ms"), ".")
    d.ln("Programmed ", g.pick(["DOO", "VOO", "ODO", "OVO"]), " at ", ("measurement", f"{hr} bpm"), ", tachy therapies OFF by ", ("PERSON", g.name(ep, g.pick(["First Last", "F. Last"]))),
         ", ", ("credential", g.pick(["CCDS", "RN", "MD"])), ".")
    d.w(("section_header", "SCAN"), ": ")
    for i, s in enumerate(g.r.sample(["T1", "T2", "DWI", "FLAIR", "SWI", "STIR", "cine SSFP"], 3)):
        d.w(", " if i else "", ("sequence", s))
    d.ln("; whole-body SAR ≤ ", ("measurement", "2.0 W/kg"), "; B1+rms ", ("measurement", f"{g.r.randrange(18, 28) / 10:.1f} µT"), ". Tech: ", ("PERSON", g.name(tech, "First")), ".")
    d.ln(("section_header", "POST-SCAN"), " ", ("DATE_TIME", g.time()), ": original parameters restored, thresholds unchanged. Supervising radiologist ",
         ("PERSON", g.name(rad, "Last")), ".")
    if g.chance(0.6):
        d.ln("Remote transmission confirmed: ", ("URL", g.url("cied")), " from ", ("IP_ADDRESS", g.ip()), " on ", ("DATE_TIME", g.d()), ".")
    if g.chance(0.4):
        d.ln("Device clinic: ", ("PHONE", g.phone()), g.pick(["", " (24h)"]))
    return d


def ctc_prep_sheet(rng) -> Doc:
    g = Gen(rng)
    d = Doc("CT")
    pt, doc = g.person(), g.person()
    appt = g.date()
    d.ln(g.pick(["CT COLONOGRAPHY (VIRTUAL COLONOSCOPY) — YOUR PREP", "Personal prep instructions: CT colonography", "CTC Bowel Preparation Sheet",
                 "Virtual colonoscopy: what to do before your scan"]))
    v = g.pick("abc")
    if v == "a":
        d.ln("Prepared for: ", ("PERSON", g.name(pt, "First M. Last")), "    DOB: ", ("DATE_TIME", g.d("dob")))
    elif v == "b":
        d.ln(("PERSON", g.name(pt, "LAST, First")), " / MRN ", ("MRN", g.mrn()), " / Age ", ("AGE_OVER_89", g.old()) if g.chance(0.3) else ("age_under_90", g.young(45, 85)))
    else:
        d.ln("Patient ", ("PERSON", g.name(pt, "First Last")), g.pick([" — ", ", "]), "order ", ("ACCESSION", g.acc("CT")))
    d.w("Appointment: ", ("DATE_TIME", g.fdate(appt, g.pick(["BdY", "mdY", "bdY"]))), " at ", ("DATE_TIME", g.time("hm12")), ", ")
    fac(d, g, tail=g.chance(0.5))
    d.w(", "); d.w(("STREET_ADDRESS", g.street(g.chance(0.4))), ", ", ("CITY", g.city()))
    d.ln("\n")
    for off, what in ((-2, "TWO DAYS BEFORE"), (-1, "THE DAY BEFORE"), (0, "DAY OF EXAM")):
        day = appt + _dt.timedelta(days=off)
        d.ln(("section_header", what), " (", ("DATE_TIME", g.fdate(day, g.pick(["Bd", "md", "b.d"]))), "):")
        if off == -2:
            d.ln("  • Low-residue diet. Avoid seeds, nuts, raw vegetables.")
        elif off == -1:
            d.ln("  • Clear liquids only. At ", ("DATE_TIME", g.time("hm12")), " drink ", ("measurement", "250 mL"), " of ", ("measurement", "2%"), " barium with lunch,")
            d.ln("    then ", ("measurement", g.pick(["60 mL", "50 mL"])), " of diatrizoate (Gastrografin) with dinner to tag remaining stool.")
            d.ln("  • Take ", ("measurement", "17 g"), " polyethylene glycol in ", ("measurement", "240 mL"), " water every ", ("measurement", "15 minutes"), " x 8.")
        else:
            d.ln("  • Nothing to eat. A small tube is placed in the ", ("anatomy", "rectum"), "; the ", ("anatomy", "colon"), " is gently inflated with CO2.")
            d.ln("  • Scans are done lying on your back and on your front (", ("measurement", "~15 minutes"), ").")
    d.ln()
    if g.chance(0.5):
        note = g.pick(["You take metformin — hold it the day of the exam.", "You use insulin — call us for a diabetic prep.", "hx"])
        if note == "hx":
            d.ln("Personal notes: because of your ", ("eponym", g.pick(["Crohn disease", "Lynch syndrome"])), ", bring your last ", ("modality", "CT"), " report (",
                 ("year", str(g.r.randrange(2015, 2025))), ").")
        else:
            d.ln("Personal notes: ", note)
    d.w("Questions: ", ("PHONE", g.phone()))
    if g.chance(0.6):
        d.w(" | ", ("EMAIL", g.email()))
    d.ln()
    d.w("Ordered by ")
    signer(d, g, doc, (g.pick(["MD", "DO", "NP"]),))
    if g.chance(0.5):
        d.w(". Results will post to your portal: ", ("URL", g.url("results")))
    d.ln()
    return d


def refugee_cxr_summary(rng) -> Doc:
    g = Gen(rng)
    d = Doc("XR")
    rad, interp, clin = g.person(), g.person(), g.person()
    d.ln(g.pick(["REFUGEE HEALTH SCREENING — CHEST RADIOGRAPH SUMMARY", "Domestic refugee exam: CXR results", "New-arrival TB screening — chest film summary",
                 "Refugee Health Clinic | CXR batch read"]))
    hd = g.pick(["site", "date", "both"])
    if hd in ("site", "both"):
        d.w("Site: "); fac(d, g, "Sable Point Family Health Center" if g.chance(0.4) else None, tail=g.chance(0.5)); d.ln()
    if hd in ("date", "both"):
        d.ln(g.pick(["Batch date: ", "Read on ", "Clinic day "]), ("DATE_TIME", g.d()))
    d.ln()
    lay = g.pick(["pipe", "fixed", "records"])
    if lay == "pipe":
        d.ln("| Name | DOB | Arrival | MRN | Medicaid ID | CXR | Class |")
        d.ln("|---|---|---|---|---|---|---|")
    elif lay == "fixed":
        d.ln(f"{'NAME':<26}{'DOB':<12}{'MRN':<12}RESULT")
    fam = g.person()
    for i in range(g.r.randrange(2, 5)):
        p = g.person(last=fam["last"]) if i and g.chance(0.6) else g.person()
        bd = g.date("dob")
        age = 2025 - bd.year
        dob = ("DATE_TIME", g.fdate(bd, g.pick(["mdY", "dbY"])) if g.chance(0.6) else f"01/01/{bd.year}")
        name = ("PERSON", g.name(p, g.pick(["LAST, First", "LAST, FIRST M", "First Last"])))
        finding = g.pick([
            ["normal", None], ["fibrotic scar ", ("anatomy", "right upper lobe")], ["calcified granuloma ", ("measurement", f"{g.r.randrange(3, 9)} mm")],
            ["pleural thickening ", ("anatomy", "left apex")], ["cavitary lesion ", ("anatomy", "left upper lobe")], ["old fracture ", ("anatomy", "right 5th rib")]])
        cls = ("score", g.pick(["Class B1", "Class B1", "Class A", "No class", "Class B2"]))
        mrn = ("MRN", g.mrn())
        if lay == "pipe":
            d.ln("| ", name, " | ", dob, " | ", ("DATE_TIME", g.d(fmt="md")), " | ", mrn, " | ", ("HEALTH_PLAN_ID", g.hpid()), " | ", *[f for f in finding if f], " | ", cls, " |")
        elif lay == "fixed":
            nm = g.name(p, "LAST, First")
            d.w(("PERSON", nm), " " * max(1, 26 - len(nm)), dob, "  ", mrn, "  ", *[f for f in finding if f], "; ", cls)
            d.ln()
        else:
            d.ln("- ", name, ", born ", dob, g.pick([", age ", " — age "]), ("AGE_OVER_89" if age > 89 else "age_under_90", str(age)), "; MRN ", mrn)
            d.ln("  CXR: ", *[f for f in finding if f], "; ", cls, g.pick(["", "; IGRA positive", "; sputum x3 ordered"]))
    d.ln()
    d.w("Interpreter present: ", ("PERSON", g.name(interp, g.pick(["First Last", "F. Last"]))), g.pick([" (Dari)", " (Tigrinya)", " (Rohingya)", " (Ukrainian)", " (Swahili)"]))
    d.ln(". Family address on file: ", ("STREET_ADDRESS", g.street(True)), ", ", ("CITY", g.city()), ".")
    if g.chance(0.6):
        d.ln("Class B1 follow-up to county TB program, fax/phone ", ("PHONE", g.phone()), ", attn ", ("PERSON", g.name(clin, "First Last")), ", ", ("credential", g.pick(["RN", "NP"])), ".")
    d.w("Reader: ")
    signer(d, g, rad, ("MD",), g.pick(["F. Last", "First Last"]))
    d.ln()
    return d


def sleep_device_returns(rng) -> Doc:
    g = Gen(rng)
    d = Doc(g.pick(["XR", "CT"]))
    clerk, tech = g.person(), g.person()
    d.ln(g.pick(["HOME SLEEP TEST — DEVICE RETURNS", "HSAT device return log", "Sleep lab: returned home sleep apnea test units", "Device returns / data upload status"]))
    if g.chance(0.6):
        fac(d, g, "Coldwater Sleep Diagnostics" if g.chance(0.5) else None, tail=False); d.ln(g.pick(["", " — shipping dock", " (front desk)"]))
    d.ln(g.pick(["Logged by ", "Clerk: ", "Checked in by "]), ("PERSON", g.name(clerk, g.pick(["First Last", "F. Last", "First"]))))
    d.ln()
    lay = g.pick(["csv", "pipe", "kv"])
    hdr = ["returned", "patient", "device_sn", "upload_ip", "AHI", "status"]
    if lay == "csv":
        d.ln(",".join(hdr))
    elif lay == "pipe":
        d.ln(" | ".join(h.upper() for h in hdr))
    for _ in range(g.r.randrange(3, 6)):
        p = g.person()
        vals = [[("DATE_TIME", g.d(fmt=g.pick(["iso", "mdY", "mdy"]))), " ", ("DATE_TIME", g.time("hm24"))],
                [("PERSON", g.name(p, g.pick(["LAST, First", "First Last", "Last"])))], [("DEVICE_SERIAL", g.serial())], [("IP_ADDRESS", g.ip())],
                [("measurement", f"{g.r.randrange(2, 60)}.{g.r.randrange(0, 9)}/h")],
                [g.pick(["uploaded", "no data - sensor off", "damaged strap", "late return"])]]
        if g.chance(0.3):
            vals[5] += ["; ", ("score", "STOP-BANG " + str(g.r.randrange(3, 8)))]
        if lay == "csv":
            for i, v in enumerate(vals):
                d.w("," if i else "", *(['"', *v, '"'] if i == 1 else v))
            d.ln()
        elif lay == "pipe":
            for i, v in enumerate(vals):
                d.w(" | " if i else "", *v)
            d.ln()
        else:
            for h, v in zip(hdr, vals):
                d.ln(f"  {h}: ", *v)
            d.ln("  ---")
    d.ln()
    if g.chance(0.5):
        d.ln("Note: pt ", ("PERSON", g.name(g.person(), "First Last")), ", ", ("AGE_OVER_89", g.old()), ", returned unit by mail to ", ("STREET_ADDRESS", g.street()), "; ",
             g.pick(["lateral neck ", "CT sinus ", "upper airway "]), ("modality", g.pick(["radiograph", "CT"])), " for ", ("anatomy", g.pick(["adenoids", "nasal septum", "oropharyngeal airway"])), " pending.")
    d.w("Scoring tech: ")
    signer(d, g, tech, (g.pick(["RPSGT", "RRT", "CRT"]),), g.pick(["First Last", "F. Last"]))
    d.ln(" | ", ("EMAIL", g.email()))
    return d
