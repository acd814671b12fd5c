"""Structured styles 6-10: film jacket, EHR schedule screenshot, MRI safety form scan, DXA screen, mammo CAD screen."""

from __future__ import annotations

import b40_pools as P
from b40_doc import Doc, age_piece, fdate, fmt_serial, ftime, login, name_as, patient, person, priv_ip


def _noise(rng):
    return rng.choice([0.0, 0.0, 0.03, 0.05, 0.08])


def _nm(q, fmt):
    return name_as(q["first"], q["mi"], q["last"], fmt)


def film_jacket_label_ocr(rng):
    pt = patient(rng)
    d = Doc(rng, _noise(rng))
    d.t(rng.choice(["[photo of film jacket, handwritten additions]\n", "Film envelope label:\n", ""]), clean=True)
    d.p(pt["facility"].upper(), "FACILITY").t("\nDEPARTMENT OF RADIOLOGY\n\n")
    d.p(_nm(pt, rng.choice(["LF", "LFM", "LFUP"])), "PERSON").t("\n")
    d.t(rng.choice(["MR# ", "UNIT NO. ", "HOSP NO "])).p(pt["mrn"], "MRN").t("     ")
    d.t("*").p(pt["mrn"], "MRN", noisy=False).t("*\n")
    d.t("B.D. ").p(fdate(pt["dob"], rng.choice(["us", "us_short", "dmy_mon_uc"])), "DATE_TIME").t("   SEX " + pt["sex"] + "\n")
    if rng.random() < 0.6:
        doc = person(rng)
        d.t(rng.choice(["DR. ", "PHYS: "])).p(_nm(doc, rng.choice(["L", "LF"])).upper(), "PERSON").t("\n")
    d.t(f"JACKET {rng.randint(1, 4)} OF {rng.randint(4, 6)}    FILMS ")
    y1 = rng.randint(1994, 2008)
    d.k(str(y1), "year").t("-").k(str(y1 + rng.randint(2, 9)), "year").t("\n")
    d.t("DATE       EXAM                     ROOM  INIT\n")
    tech = person(rng)
    ini = tech["first"][0] + tech["mi"] + tech["last"][0]
    for _ in range(rng.randint(2, 5)):
        when = pt["study"].replace(year=rng.randint(y1, y1 + 9), month=rng.randint(1, 12))
        d.p(fdate(when, rng.choice(["us_short", "us"])), "DATE_TIME").t("  ")
        ex = rng.choice([[("CXR", "modality"), (" PA/LAT", None)], [("CT", "modality"), (" HEAD", None)], [("L-SPINE", "anatomy"), (" 3V", None)],
                         [("UGI", "modality"), (" w/ SBFT", None)], [("MAMMO", "modality"), (" BILAT", None)], [("IVP", "modality"), ("", None)]])
        for txt, lab in ex:
            if lab:
                d.k(txt, lab)
            elif txt:
                d.t(txt)
        d.t(f"   {rng.randint(1, 9)}   ").p(ini, "PERSON").t("\n")
    d.t(rng.choice(["DO NOT REMOVE FILMS FROM DEPT\n", "RETURN TO FILE ROOM B\n", "PURGE REVIEW "]))
    if rng.random() < 0.5:
        d.k(str(rng.randint(2027, 2034)), "year").t("\n")
    return d, rng.choice(["XR", "CT"])


def ehr_schedule_screenshot(rng):
    d = Doc(rng, rng.choice([0.0, 0.0, 0.03]))
    user = person(rng)
    day = patient(rng)["study"]
    room = rng.choice(["CT2", "MRI-1 (3T)", "US ROOM 4", "MAMMO 2", "DX 1"])
    d.t(rng.choice(["Screenshot text (EHR scheduling, dept view)\n", "OCR: schedule.png\n", ""]), clean=True)
    d.t(rng.choice(["Dept Appts - ", "Resource Schedule: ", "Snapboard  "]) + room + "   ")
    d.p(fdate(day, rng.choice(["us", "mon_d_y", "long"])), "DATE_TIME").t("   User: ").p(login(user, rng), "PERSON").t("\n")
    sep = rng.choice([" | ", "  ", "\t"])
    d.t(sep.join(["Time", "Patient", "MRN", "Age/Sex", "Visit Type", "Status", "Phone"]) + "\n")
    for _ in range(rng.randint(4, 8)):
        pt = patient(rng, old=0.2)
        d.p(ftime(rng.randint(7, 18), rng.choice([0, 15, 30, 45]), rng.choice(["12", "24", "12c"])), "DATE_TIME").t(sep)
        d.p(_nm(pt, rng.choice(["Lf", "LF", "Lf"])), "PERSON")
        if rng.random() < 0.2 and pt["first"] in P.NICK:
            d.t(' "').p(P.NICK[pt["first"]], "PERSON").t('"')
        d.t(sep).p(pt["mrn"], "MRN").t(sep)
        age_piece(d, pt["age"]).t(" y " + pt["sex"] + sep)
        vt = rng.choice([("CT", "modality", " A/P W CONTRAST"), ("MRI", "modality", " KNEE WO"), ("US", "modality", " RUQ"),
                         ("DXA", "modality", " SCREEN"), ("MG", "modality", " SCREEN 3D"), ("XR", "modality", " CHEST")])
        d.k(vt[0], vt[1]).t(vt[2] + sep + rng.choice(["Arrived", "Sched", "Checked In", "No Show", "Canceled", "In Room"]) + sep)
        d.p(pt["phone"], "PHONE").t("\n")
        if rng.random() < 0.15:
            d.t("   comment: needs interpreter; ride by daughter ").p(rng.choice(P.FIRST), "PERSON").t("\n")
    d.t(rng.choice(["Hyperlink: Open Chart   Print   Refresh 15s\n", f"Environment PRD  {rng.choice(P.APP_VERSIONS)}\n", "\u25b6 Next day  \u25c0 Prev\n"]))
    if rng.random() < 0.3:
        d.t("Workstation ").p(priv_ip(rng), "IP_ADDRESS").t("\n")
    return d, "CT"


SAFETY_Q = ["Cardiac pacemaker or defibrillator", "Aneurysm clip(s)", "Cochlear / ear implant", "Neurostimulator",
            "Implanted drug pump", "Metal fragments in eyes", "Prior surgery", "Tattoos / permanent makeup",
            "Pregnant or possibly pregnant", "Insulin pump / glucose sensor", "Claustrophobia"]


def mri_safety_form_scan(rng):
    pt = patient(rng)
    d = Doc(rng, rng.choice([0.02, 0.04, 0.07, 0.1]))
    tech = person(rng)
    d.t(rng.choice(["MRI SAFETY SCREENING FORM\n", "MAGNETIC RESONANCE (MR) PROCEDURE SCREENING FORM FOR PATIENTS\n"]))
    d.p(pt["facility"], "FACILITY").t("\n")
    d.t("Name ").p(_nm(pt, rng.choice(["FL", "Lf", "FML"])), "PERSON").t("  Date of birth ").p(fdate(pt["dob"], rng.choice(["us", "us_short"])), "DATE_TIME")
    d.t("  Age ")
    age_piece(d, pt["age"])
    d.t("\nWeight ").k(f"{rng.randint(48, 140)} kg", "measurement").t("  Height ").k(f"{rng.randint(150, 195)} cm", "measurement").t("\n")
    d.t("Exam: ").k("MRI", "modality").t(" " + rng.choice(["BRAIN W/WO", "C-SPINE", "PROSTATE", "KNEE", "CARDIAC"]) + "\n")
    qs = rng.sample(SAFETY_Q, rng.randint(5, 8))
    yes = rng.choice(qs)
    for q in qs:
        d.t(("[X] Yes [ ] No  " if q == yes else rng.choice(["[ ] Yes [X] No  ", "[ ] Yes [x] No  ", "Y[ ] N[X] "])) + q + "\n")
        if q == yes:
            d.t("   If yes, describe: ")
            dev = rng.choice(["Medtronic Azure pacer, MR-conditional", "Nucleus CI612 cochlear implant", "Spinal cord stimulator",
                              "Omnipod insulin pump", "Yasargil clip 2009"])
            d.t(dev + rng.choice(["  S/N ", "  serial # ", " SN: "])).p(fmt_serial(rng), "DEVICE_SERIAL").t("\n")
            if rng.random() < 0.5:
                d.t("   placed ").p(fdate(pt["dob"].replace(year=pt["study"].year - rng.randint(1, 9)), rng.choice(["us", "mon_d_y"])), "DATE_TIME").t(" at ").p(rng.choice(P.FACILITIES), "FACILITY").t("\n")
    if rng.random() < 0.6:
        d.t("Prior surgery at ").k(rng.choice(["L4-L5", "C5-C6", "L5-S1"]), "vertebral_level").t(" fusion, ").k(str(rng.randint(2005, 2021)), "year").t("\n")
    d.t("Emergency contact: ").p(rng.choice(P.FIRST) + " " + pt["last"], "PERSON").t(rng.choice([" (spouse) ", " - son - ", " daughter "]))
    d.p(f"{rng.choice(P.AREA)}-555-01{rng.randint(0, 99):02d}", "PHONE").t("\n")
    d.t("Patient signature ").p(name_as(pt["first"], pt["mi"], pt["last"], rng.choice(["iL", "FL"])), "PERSON").t(rng.choice(["   Date ", "  "])).p(fdate(pt["study"], "us"), "DATE_TIME").t("\n")
    d.t("Reviewed by ").p(_nm(tech, rng.choice(["FL", "iL"])), "PERSON").t(", ").k(rng.choice(["RT(R)(MR)", "MRSO", "RT(MR)"]), "credential")
    d.t("  time ").p(ftime(rng.randint(6, 21), rng.randint(0, 59), rng.choice(["24", "12", "hrs"])), "DATE_TIME").t("\n")
    d.t(rng.choice(["Form MR-07 (rev 2022)\n", "page 2 of 2\n", "\n"]))
    return d, "MR"


def densitometer_screen_ocr(rng):
    pt = patient(rng, old=0.25)
    d = Doc(rng, _noise(rng))
    op = person(rng)
    d.t(rng.choice(["Bone Densitometry Report - screen capture\n", "enCORE  Patient: ", "DXA Results Summary\n"]))
    d.p(_nm(pt, rng.choice(["Lf", "LF", "FL"])), "PERSON").t(rng.choice(["\nPatient ID: ", "   ID ", "  MRN: "])).p(pt["mrn"], "MRN").t("\n")
    d.t("Birth Date: ").p(fdate(pt["dob"], rng.choice(["us", "dmy_mon", "mon_d_y"])), "DATE_TIME").t("   ")
    age_piece(d, pt["age"]).t(" years   Sex: " + {"M": "Male", "F": "Female"}[pt["sex"]] + "\n")
    d.t("Height: ").k(f"{rng.randint(145, 190)}.{rng.randint(0, 9)} cm", "measurement").t("  Weight: ").k(f"{rng.randint(42, 110)}.{rng.randint(0, 9)} kg", "measurement")
    d.t("  Ethnicity: White\nMeasured: ").p(fdate(pt["study"], rng.choice(["us", "dmy_mon"])), "DATE_TIME").t(" ").p(ftime(rng.randint(7, 17), rng.randint(0, 59), rng.choice(["12", "24s"]), rng.randint(0, 59)), "DATE_TIME")
    d.t(f"  ({rng.choice(['18', '17', '16'])}.{rng.randint(0, 40)})\nAnalyzed: ").p(fdate(pt["study"], "us"), "DATE_TIME").t("\n")
    d.t(f"{rng.choice(['Lunar iDXA', 'Horizon A', 'Prodigy Advance'])}  S/N ").p(fmt_serial(rng), "DEVICE_SERIAL").t("\n\n")
    d.t("Region      BMD (g/cm2)   T-score   Z-score\n")
    worst = 0.0
    for reg, lab in [("L1-L4", "vertebral_level"), ("Left Femur Neck", "anatomy"), ("Left Total Hip", "anatomy"), ("1/3 Radius", "anatomy")][: rng.randint(2, 4)]:
        t = rng.randint(-38, 10) / 10
        worst = min(worst, t)
        d.k(reg, lab).t(" " * max(1, 12 - len(reg))).k(f"{rng.randint(550, 1250) / 1000:.3f}", "measurement").t("         ")
        d.k(f"{t:.1f}", "score").t("      ").t(f"{t + rng.randint(0, 12) / 10:.1f}\n")
    who = "Osteoporosis" if worst <= -2.5 else "Osteopenia" if worst < -1 else "Normal"
    d.t("WHO Classification: " + who + "\n")
    if rng.random() < 0.6:
        d.t("FRAX 10-year probability: major osteoporotic ").k(f"{rng.randint(40, 300) / 10:.1f}%", "score").t("  hip ").k(f"{rng.randint(5, 80) / 10:.1f}%", "score").t("\n")
    if rng.random() < 0.5:
        d.t("Previous exam ").p(fdate(pt["study"].replace(year=pt["study"].year - 2), rng.choice(["us", "mon_d_y"])), "DATE_TIME").t(": change ").k(f"-{rng.randint(5, 60) / 10:.1f}%", "measurement").t("\n")
    d.t("Operator: ").p(rng.choice([op["first"][0] + op["last"][0], login(op, rng), _nm(op, "iL")]), "PERSON")
    d.t("   Ref: ").p(_nm(person(rng), rng.choice(["L", "LF", "FL"])), "PERSON").t("\n")
    d.t(f"Software {rng.choice(P.APP_VERSIONS)}  Image not for diagnosis\n")
    return d, "XR"


def mammo_cad_sr_screen(rng):
    pt = patient(rng)
    d = Doc(rng, _noise(rng))
    rad = person(rng)
    tech = person(rng)
    d.t(rng.choice(["CAD Summary\n", "iCAD  SecondLook results\n", "Breast AI - Case Score screen\n"]))
    d.p(_nm(pt, rng.choice(["caret", "LF", "caret2"])), "PERSON").t("   ").p(pt["mrn"], "MRN").t("   DOB ").p(fdate(pt["dob"], rng.choice(["dicom", "us"])), "DATE_TIME").t("\n")
    d.t("Accession ").p(pt["acc"], "ACCESSION").t("   Study ").p(fdate(pt["study"], rng.choice(["dicom", "us", "iso"])), "DATE_TIME").t("  ")
    d.k(rng.choice(["MG", "DBT"]), "modality").t(" " + rng.choice(["SCREENING BILAT", "DIAGNOSTIC LT", "SCREEN W/ TOMO"]) + "\n")
    d.t("Views: RCC RMLO LCC LMLO" + rng.choice(["", " LXCCL", " RMLO-ID"]) + "\n")
    d.t("Case score: ").k(f"{rng.randint(1, 99)}", "score").t("/100   Density: ").k(rng.choice(["BI-RADS B", "BI-RADS C", "Volpara 3", "BI-RADS D"]), "score").t("\n")
    for n in range(rng.randint(1, 4)):
        side = rng.choice(["L", "R"])
        clock = f"{rng.randint(1, 12)}:00"
        d.t(f"Mark {n + 1}: {rng.choice(['Calc cluster', 'Mass', 'Asym', 'Arch dist'])}  {side}{rng.choice(['CC', 'MLO'])}  {clock}  ")
        d.k(f"{rng.randint(1, 12)} cm FN", "measurement").t("  size ").k(f"{rng.randint(3, 25)} mm", "measurement").t(f"  score {rng.randint(10, 95)}\n")
    d.t("Prior used: ").p(fdate(pt["study"].replace(year=pt["study"].year - 1), rng.choice(["dicom", "us"])), "DATE_TIME").t(" at ").p(rng.choice(P.FACILITIES), "FACILITY").t("\n")
    d.t("Tech: ").p(login(tech, rng), "PERSON").t("   Reader: ").p(_nm(rad, rng.choice(["caret2", "iL", "FL"])), "PERSON").t(", ").k("MD", "credential").t("\n")
    d.t("Assessment entered: ").k(f"BI-RADS {rng.choice(['0', '1', '2', '4A'])}", "score").t("  at ").p(ftime(rng.randint(8, 18), rng.randint(0, 59), rng.choice(["24", "24s"]), rng.randint(0, 59)), "DATE_TIME").t("\n")
    d.t(f"Algorithm {rng.choice(P.APP_VERSIONS)}   Node ").p(priv_ip(rng), "IP_ADDRESS").t("\n")
    return d, "MG"
