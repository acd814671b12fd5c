"""Styles 1-10 of blind17."""

from __future__ import annotations


def rows(g, d, items, shuffle=True):
    """Header block: items = [(label options, parts)], rendered in one of several layouts."""
    items = list(items)
    if shuffle and g.chance(0.6):
        g.r.shuffle(items)
    lay = g.pick(["colon", "pipe", "two", "dots"])
    for j, (labels, parts) in enumerate(items):
        lab = g.pick(labels) if isinstance(labels, list) else labels
        if lay == "colon":
            d(f"{lab}: ", *parts, "\n")
        elif lay == "pipe":
            d(f"| {lab} | ", *parts, " |\n")
        elif lay == "dots":
            d(f"{lab.upper()}".ljust(16, "."), " ", *parts, "\n")
        else:
            d(f"{lab}: ", *parts, "    " if j % 2 == 0 else "\n")
    d("\n")


def sig(g, d, p=None, cred=None, pre=""):
    cred = cred or g.pick(["MD", "DO", "RN", "NP", "PA-C", "MSW", "LCSW", "RT(R)"])
    d(pre, ("PERSON", g.name(p, g.pick(["FL", "FML", "IL"]))), ", ", ("credential", cred))


def navigator(g, d):
    pt, nav = g.person(), g.person()
    d(g.pick(["BREAST HEALTH NAVIGATION NOTE", "Patient Navigator - Breast Imaging", "NAV NOTE (breast ctr)"]), "\n")
    rows(g, d, [(["Patient", "Pt", "Client"], [("PERSON", g.name(pt, g.pick(["LF", "LFM", "Lf", "FL"])))]),
                (["MRN", "Med Rec #", "MR#"], [("MRN", g.mrn())]),
                (["DOB", "Birthdate"], [("DATE_TIME", g.dob())]),
                (["Phone", "Cell", "Best #"], [("PHONE", g.phone())]),
                (["Site", "Location"], [("FACILITY", g.facility())])])
    d("Contact ", ("DATE_TIME", g.date()), " ", ("DATE_TIME", g.time()), ". ")
    d(g.pick(["Spoke w/ pt", "Called patient", "Pt came to desk", "LVM x2, then reached pateint"]), " re: abnormal screening ", ("modality", "MG"),
      " from ", ("DATE_TIME", g.date(fmt=g.pick(["md", "Bd", "b.d"]))), ". ")
    g.finding(d)
    d("Pt is a ", ("age_under_90", g.young_age()), " ", g.pick(["woman", "female", "F"]), ", anxious, asked about biopsy. ")
    if g.chance(0.6):
        rel = g.person()
        d("Her ", g.pick(["daughter", "sister", "husband", "neighbor"]), " ", ("PERSON", g.name(rel, "FL")),
          " will drive (", ("PHONE", g.phone()), "). ")
    d("Barriers: transport, ", g.pick(["childcare", "work schedule", "language (Spanish)", "insurance"]), ". ")
    d("Bx scheduled ", ("DATE_TIME", g.date()), " @ ", ("DATE_TIME", g.time("ampm")), " w/ Dr. ",
      ("PERSON", g.name(None, "L")), ". Mammo hx: last screen in ", ("year", g.year()), ".\n")
    if g.chance(0.5):
        d("Insurance ", ("HEALTH_PLAN_ID", g.plan()), "; acct ", ("ACCOUNT_ID", g.account()), ".\n")
    d("Mailing addr confirmed: ")
    g.addr_block(d, ", ")
    d("\n")
    sig(g, d, nav, g.pick(["RN", "BSN, RN", "CHW"]), "-- ")
    d("\n")
    return "MG"


def ir_letter(g, d):
    pt, ref, ir = g.person(), g.person(), g.person()
    fac = g.facility()
    d(("FACILITY", fac), "\n", g.pick(["Interventional Radiology Clinic", "Vascular & Interventional Radiology",
                                         "IR Outpatient Clinic"]), "\n")
    g.addr_block(d, "\n")
    d("\nTel ", ("PHONE", g.phone()), g.pick(["   Fax ", " | fax "]), ("PHONE", g.phone()), "\n\n")
    d(("DATE_TIME", g.date(fmt=g.pick(["BdY", "dBY", "bdY"]))), "\n\n")
    d("Dr. ", ("PERSON", g.name(ref, g.pick(["FL", "FML"]))), "\n")
    g.addr_block(d, "\n")
    d("\n\nRE: ", ("PERSON", g.name(pt, g.pick(["FL", "LF", "Lf"]))), g.pick(["   DOB ", ", born "]),
      ("DATE_TIME", g.dob()), g.pick(["   MRN ", ", hospital no. "]), ("MRN", g.mrn()), "\n\n")
    d("Dear Dr. ", ("PERSON", ref.last), ",\n\n")
    d("I saw ", g.pick(["Mr.", "Ms.", "Mx."]), " ", ("PERSON", pt.last), " in IR clinic today, ",
      g.pick(["six weeks", "3 months", "10 days"]), " after ", g.pick(["uterine artery embolization",
                                                                       "Y-90 radioembolization", "IVC filter placement",
                                                                       "microwave ablation"]),
      " performed on ", ("DATE_TIME", g.date(g.day(90, 0))), " (accession ", ("ACCESSION", g.acc()), "). ")
    d("Follow-up ", ("modality", g.pick(["CT", "MRI"])), " shows: ")
    g.finding(d, 2)
    d("\n\nPlan: repeat imaging in ", g.pick(["3 months", "6 months"]), ". ")
    if g.chance(0.5):
        d("Filter retrieval booked ", ("DATE_TIME", g.date()), ". Device lot/serial ", ("DEVICE_SERIAL", g.serial()), ". ")
    d("Please call my nurse ", ("PERSON", g.name(None, "FL")), " at ", ("PHONE", g.phone()), " with concerns.\n\n")
    d(g.pick(["Kind regards,", "Sincerely,", "With best wishes,"]), "\n\n")
    sig(g, d, ir, g.pick(["MD", "DO"]))
    d("\n", g.pick(["Interventional Radiology", "IR attending"]), "\ncc: patient; ", ("EMAIL", g.email(ref)), "\n")
    return g.pick(["CT", "MR"])


def lymphoscint(g, d):
    pt = g.person()
    d(g.pick(["LYMPHOSCINTIGRAPHY / SENTINEL NODE LOCALIZATION", "NM Lymphoscintigraphy (breast)",
              "SENTINEL LYMPH NODE MAPPING"]), "\n")
    rows(g, d, [(["Name", "Patient"], [("PERSON", g.name(pt, g.pick(["LFM", "LF", "HL7"])))]),
                (["MRN", "Unit #"], [("MRN", g.mrn())]), (["Acc", "Accession"], [("ACCESSION", g.acc())]),
                (["Exam date", "DOS"], [("DATE_TIME", g.date())]),
                (["Age", "Age/Sex"], [("age_under_90", g.young_age())]),
                (["Referring", "Surgeon"], [("PERSON", g.name())])])
    d(("section_header", "RADIOPHARMACEUTICAL"), ": Tc-99m filtered sulfur colloid ", g.pick(["0.5", "1.0", "0.4"]),
      " mCi, lot ", ("DEVICE_SERIAL", g.serial()), ", injected ", g.pick(["periareolar", "intradermal", "peritumoral"]),
      " at ", ("DATE_TIME", g.time()), ".\n")
    d(("section_header", "TECHNIQUE"), ": dynamic and static planar images of the ", ("anatomy", g.pick(
        ["axilla", "left axilla", "right axilla", "groin", "neck"])), ". Camera ", g.pick(["Symbia", "Discovery"]),
      " S/N ", ("DEVICE_SERIAL", g.serial()), ".\n")
    d(("section_header", "FINDINGS"), ": ", g.pick(["Two", "One", "Three"]), " sentinel nodes visualized by ",
      ("DATE_TIME", g.time()), ". Skin marked. ")
    g.finding(d)
    d("\n", ("section_header", "IMPRESSION"), ": Successful mapping; surgery ", ("DATE_TIME", g.date(fmt="md")),
      " with Dr. ", ("PERSON", g.name(None, "L")), ".\n")
    d("Interpreted by ", ("PERSON", g.name(None, g.pick(["FL", "LF"]))), ", ", ("credential", "MD"), " on ",
      ("DATE_TIME", g.date()), " ", ("DATE_TIME", g.time()), "\n")
    return "NM"


def peds_sedation(g, d):
    pt, mom, rn = g.person(), g.person(), g.person()
    mom.last = pt.last if g.chance(0.7) else mom.last
    d(g.pick(["PEDIATRIC SEDATION RECORD - MRI", "Procedural Sedation Flowsheet (Peds Imaging)", "Sedation Log",
              "Peds Sedation Unit - nursing record"]), "\n")
    rows(g, d, [(["Child", "Patient", "Pt name"], [("PERSON", g.name(pt, g.pick(["LF", "Lf", "FL"])))]),
                (["MRN", "CSN", "Hosp #"], [("MRN", g.mrn())]), (["DOB", "D.O.B."], [("DATE_TIME", g.dob())]),
                (["Wt", "Weight"], [g.pick(["14.2 kg", "22 kg", "9.8 kg", "31.5kg"])]),
                (["Guardian", "Parent/guardian", "Consent by"],
                 [("PERSON", g.name(mom, g.pick(["FL", "Lf"]))), " (", ("PHONE", g.phone()), ")"]),
                (["Encounter", "Acct", "FIN"], [("ACCOUNT_ID", g.account())])])
    mod = g.pick(["MRI", "CT"])
    d("Study: ", ("modality", mod), g.pick([" brain w/wo, ", " spine, ", " abd/pelvis, "]),
      ("sequence", g.pick(["T2 FLAIR", "DWI", "SWI", "STIR"])), " + ", ("sequence", "T1 post-contrast"), ". NPO since ",
      ("DATE_TIME", g.time()), g.pick([". ASA II.\n", ". asa 1, airway ok\n", ".\n"]))
    ts = g.times(g.r.randint(3, 6))
    if g.chance(0.5):
        d("Time  | HR | SpO2 | Drug\n")
        for t in ts:
            d(("DATE_TIME", t), " | ", str(g.r.randint(80, 140)), " | ", str(g.r.randint(94, 100)), "% | ",
              g.pick(["dexmed 1 mcg/kg", "propofol 1 mg/kg", "--", "midazolam 0.1 mg/kg", "none"]), "\n")
    else:
        d("Vitals q5min stable. ", ("DATE_TIME", ts[0]), " dexmedetomidine bolus; ", ("DATE_TIME", ts[1]),
          " into scanner; ", ("DATE_TIME", ts[-1]), " out, awake, crying (good).\n")
    d(g.pick(["Sedation RN ", "RN: ", "Monitored by "]), ("PERSON", g.name(rn, g.pick(["FL", "IL"]))), ", ",
      ("credential", "RN"), g.pick(["; MD ", "; sedation attending Dr. "]), ("PERSON", g.name(None, "L")),
      ". Scanner ", ("DEVICE_SERIAL", g.serial()), ".\n")
    d("Discharged to ", g.pick(["mother", "father", "grandmother", "foster parent"]), " ", ("DATE_TIME", g.date()), " ",
      ("DATE_TIME", g.time()), ", Aldrete ", g.pick(["10", "9"]), ". Prelim read: ")
    g.finding(d)
    d("\n")
    return "MR" if mod == "MRI" else "CT"


def implant_card(g, d):
    pt = g.person()
    d(g.pick(["MRI SAFETY - IMPLANT CARD TRANSCRIPTION", "Implant ID card (transcribed by MR tech)",
              "MR Conditional Device Verification"]), "\n")
    d("Card photographed ", ("DATE_TIME", g.date()), " by ", ("PERSON", g.name(None, "FL")), ", ",
      ("credential", "RT(R)(MR)"), "\n---- card text ----\n")
    d(g.pick(["PATIENT IDENTIFICATION CARD", "Medical Device ID", "IMPLANTED DEVICE"]), "\n")
    d("Name: ", ("PERSON", g.name(pt, g.pick(["FL", "LF", "FML"]))), "\n")
    dev = g.pick(["Pacemaker", "ICD", "Cochlear implant", "Neurostimulator", "Loop recorder"])
    d("Device: ", dev, "  Model ", g.pick(["W1DR01", "XT-4420", "Azure S", "CI632"]), "\nSerial: ",
      ("DEVICE_SERIAL", g.serial()), "\n")
    if dev in ("Pacemaker", "ICD"):
        d("Lead RA SN ", ("DEVICE_SERIAL", g.serial()), "  RV SN ", ("DEVICE_SERIAL", g.serial()), "\n")
    d("Implanted: ", ("DATE_TIME", g.date(g.day(2000, 0), g.pick(["mdY", "dbY", "iso"]))), " at ",
      ("FACILITY", g.facility()), "\nPhysician: Dr. ", ("PERSON", g.name(None, g.pick(["FL", "L"]))), "  Ph ",
      ("PHONE", g.phone()), "\n---- end card ----\n")
    d("MRN ", ("MRN", g.mrn()), "; scan ", ("ACCESSION", g.acc()), ". ", ("modality", "MRI"), " conditional at 1.5T; ",
      ("sequence", g.pick(["STIR", "DWI", "T2 FLAIR"])), " allowed. ")
    if g.chance(0.5):
        d("Rep ", ("PERSON", g.name(None, "FL")), " (", ("EMAIL", g.email()), ") reprogrammed ",
          ("DATE_TIME", g.time()), ". ")
    if g.chance(0.4):
        d("Pt age ", ("AGE_OVER_89", g.old_age()), "; cleared by ", ("PERSON", g.name(None, "IL")), ".")
    d("\n")
    return "MR"


def social_work(g, d):
    pt, sw, fam = g.person(), g.person(), g.person()
    chap = g.chance(0.4)
    d(g.pick(["Chaplaincy Visit Note", "Spiritual Care Encounter"]) if chap else
      g.pick(["SOCIAL WORK PROGRESS NOTE", "SW Psychosocial Assessment", "Case Mgmt / SW note"]), "\n")
    d(("PERSON", g.name(pt, g.pick(["LF", "LFM"]))), "  ", ("MRN", g.mrn()), "  ", ("DATE_TIME", g.date()), "\n\n")
    if g.chance(0.5):
        d(("section_header", "ASSESSMENT"), ":\n")
    d("Visited pt (")
    g.age(d)
    d(") on ", g.pick(["4 West", "ICU bed 12", "the oncology floor", "5N rm 22"]), " after ",
      ("modality", g.pick(["CT", "MRI", "PET"])), " results were shared by Dr. ", ("PERSON", g.name(None, "L")), ". ")
    g.finding(d)
    d(" Pt tearful; asked for ", g.pick(["rosary", "imam", "rabbi", "quiet time", "communion"]), ". " if chap else
      ". Coping poorly, denies SI. ")
    d(g.pick(["Son", "Daughter", "Wife", "Partner", "Niece"]), " ", ("PERSON", g.name(fam, "FL")), " ",
      g.pick(["arrived from", "drove up from", "flying in from"]), " ", ("CITY", g.city()[0]), ", reachable at ",
      ("PHONE", g.phone()), ". ")
    d("Lives at ", ("STREET_ADDRESS", g.street()), " alone", g.pick(["; HCPOA paperwork started. ",
                                                                   ", 2nd floor walk-up. "]))
    if g.chance(0.6):
        d(("section_header", "PLAN"), ": ")
    d("Medicaid ID ", ("HEALTH_PLAN_ID", g.plan()), ". Follow-up visit ", ("DATE_TIME", g.date(fmt=g.pick(["md", "Bd"]))),
      ".\n")
    sig(g, d, sw, g.pick(["MDiv, BCC", "BCC"]) if chap else g.pick(["MSW", "LCSW", "LICSW"]), "\n")
    d("\n")
    return "CT"


def ems(g, d):
    pt = g.person()
    d(g.pick(["EMS PATIENT CARE REPORT", "Run Sheet", "PCR - Medic", "Fire/EMS ePCR"]), " ", str(g.r.randint(1, 40)), "\n")
    t = g.times(4, g.pick(["hm", "hours", "hhmm"]))
    items = [(["Incident #", "Run #", "CAD #"], [("ACCOUNT_ID", g.account())]),
             (["Date", "DOS"], [("DATE_TIME", g.date(fmt=g.pick(["mdY", "mdy", "iso"])))]),
             (["Dispatched", "Disp"], [("DATE_TIME", t[0])]), (["On scene", "Arr"], [("DATE_TIME", t[1])]),
             (["Pt name", "Patient"], [("PERSON", g.name(pt, g.pick(["LF", "Lf", "FL"])))]),
             (["SSN (last 4)", "SSN", "Soc"], [("SSN", g.ssn())])]
    rows(g, d, items)
    d("Age: ")
    g.age(d)
    d("\nScene: ")
    c, st = g.city()
    d(("STREET_ADDRESS", g.street()), ", ", ("CITY", c), ", ", st, "\n")
    if g.chance(0.5):
        d("CC: ", g.pick(["fall from ladder", "MVC, restrained driver", "syncope", "hip pain after fall"]), ". ")
        d("C-collar placed, concern for ", ("vertebral_level", g.pick(["C5-C6", "C2", "T12"])), " injury. ")
    else:
        d("NARRATIVE: Medic ", str(g.r.randint(1, 40)), " responded to above addr for ", g.pick(["pt down", "fall",
                                                                                             "MVC"]),
          ". Found pt supine, GCS 14, c/o ", ("anatomy", g.pick(["neck", "left hip", "low back"])),
          " pain. Hx of ", ("eponym", g.pick(["Parkinson disease", "Addison disease", "Crohn disease"])), ". ")
    d("Transport to ", ("FACILITY", g.facility()), " for ", ("modality", "CT"), "; ED notified ",
      ("DATE_TIME", t[2]), " via ", ("PHONE", g.phone()), ". Arrived ", ("DATE_TIME", t[3]), ".\n")
    d("Crew: ", ("PERSON", g.name(None, "IL")), " (Paramedic), ", ("PERSON", g.name(None, "IL")), " (EMT-B). Monitor S/N ",
      ("DEVICE_SERIAL", g.serial()), "\n")
    return "CT"


def poison(g, d):
    cal, pt = g.person(), g.person()
    d(g.pick(["POISON CENTER CALL RECORD", "Regional Poison Control - case log", "PCC CASE"]), " #",
      ("ACCOUNT_ID", g.account()), "\n")
    t = g.times(3, g.pick(["hm", "ampm"]))
    sub = g.pick(["button battery", "magnets x3", "iron tabs", "lead paint chips", "hydrocarbon", "coin"])
    if g.chance(0.5):
        d("Call rec'd ", ("DATE_TIME", g.date()), " ", ("DATE_TIME", t[0]), " from ",
          g.pick(["caller", "ED RN", "mother", "school nurse"]), " ", ("PERSON", g.name(cal, "FL")), ", callback ",
          ("PHONE", g.phone()), "\n")
        d("Pt: ", ("PERSON", g.name(pt, g.pick(["FL", "Lf"]))), ", ", ("age_under_90", g.young_age()), ", ",
          ("CITY", g.city()[0]), "\n")
    else:
        rows(g, d, [(["Caller"], [("PERSON", g.name(cal, "FL"))]), (["Callback"], [("PHONE", g.phone())]),
                    (["Patient"], [("PERSON", g.name(pt, "Lf"))]), (["Location"], [("CITY", g.city()[0])]),
                    (["Start"], [("DATE_TIME", g.date(fmt="mdy")), " ", ("DATE_TIME", t[0])])])
    d("Substance: ", sub, ". Advised ", ("modality", "XR"), " of ", ("anatomy", g.pick(["chest and abdomen",
                                                                                      "abdomen", "neck"])), ". ")
    d("f/u ", ("DATE_TIME", t[1]), ": X-ray at ", ("FACILITY", g.facility()), " (acc ", ("ACCESSION", g.acc()),
      ") shows object ", ("measurement", g.pick(["20 mm", "12 mm", "2.0 cm", "23mm"])), " in ",
      ("anatomy", g.pick(["stomach", "esophagus", "colon"])), g.pick([".", ", pt asymptomatic.", ", GI consulted."]))
    d("\nf/u ", ("DATE_TIME", t[2]), ": ", g.pick(["passed to stomach, d/c home", "endoscopy pending", "case closed"]),
      ".\nSPI: ", ("PERSON", g.name(None, g.pick(["IL", "FL"]))), ", ", ("credential", g.pick(["PharmD", "RN, CSPI"])),
      "\n")
    return "XR"


def nh_fall(g, d):
    pt, rn = g.person(), g.person()
    fac = g.facility()
    d(("FACILITY", fac), "\n", g.pick(["RESIDENT FALL / INCIDENT REPORT", "Fall Event Report", "Post-fall huddle"]),
      "\n")
    rows(g, d, [(["Resident", "Name"], [("PERSON", g.name(pt, g.pick(["LF", "Lf", "FL"])))]),
                (["Room"], [str(g.r.randint(100, 320)) + g.pick("AB")]),
                (["Age"], [("AGE_OVER_89", g.old_age())]),
                (["DOB"], [("DATE_TIME", g.dob(True))]),
                (["Medicare #", "MBI"], [("HEALTH_PLAN_ID", g.plan())]),
                (["Date/time of fall"], [("DATE_TIME", g.date()), " ", ("DATE_TIME", g.time())])])
    d(g.pick(["Found on floor by ", "Resident found on flor by ", "Heard call for help, found by "]), ("PERSON", g.name(rn, "FL")), ", ", ("credential", "CNA"), ". Hx ",
      ("eponym", "Parkinson disease"), ". ")
    d("Mobile X-ray ordered; ", ("modality", "XR"), " hip read by ", ("PERSON", g.name(None, "L")), ": ")
    g.finding(d)
    d("\nFamily (", ("PERSON", g.name(None, "FL")), ") notified ", ("DATE_TIME", g.time()), " at ", ("PHONE", g.phone()),
      ".\n")
    return "XR"


def b_reader(g, d):
    pt = g.person()
    d(g.pick(["ROENTGENOGRAPHIC INTERPRETATION (B READER)", "ILO Classification - Chest Radiograph",
              "NIOSH B Reader Form"]), "\n")
    rows(g, d, [(["Worker name", "Miner"], [("PERSON", g.name(pt, g.pick(["LF", "LFM", "FL"])))]),
                (["SSN"], [("SSN", g.ssn())]), (["Film date", "Date of radiograph"], [("DATE_TIME", g.date())]),
                (["Facility"], [("FACILITY", g.facility())]), (["Employer"], [g.pick(["Coal Co.", "Quarry LLC"])]),
                (["Film #"], [("ACCESSION", g.acc())])])
    d("1A image quality: ", g.pick(["1", "2"]), "  2A parenchymal abn: yes\n2B small opacities p/s, zones ",
      ("anatomy", "upper"), " and ", ("anatomy", "middle"), ", profusion 1/0\n")
    d("3A pleural: no. Other: ")
    g.finding(d)
    d("\nReader: ", ("PERSON", g.name(None, g.pick(["FL", "FML"]))), ", ", ("credential", "MD"), "  Cert ",
      ("ACCOUNT_ID", g.account()), "\nDate read ", ("DATE_TIME", g.date()), "\nAddr ")
    g.addr_block(d, ", ")
    d("\n")
    return "XR"


STYLES_A = {"navigator_note": navigator, "ir_clinic_letter": ir_letter, "lymphoscintigraphy": lymphoscint,
            "peds_sedation_record": peds_sedation, "implant_card": implant_card, "social_work_note": social_work,
            "ems_run_sheet": ems, "poison_center_log": poison, "nh_fall_report": nh_fall, "b_reader_form": b_reader}
