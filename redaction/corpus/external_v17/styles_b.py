"""Styles 11-20 of blind17."""

from __future__ import annotations

from .styles_a import rows


def bariatric(g, d):
    pt = g.person()
    d(g.pick(["BARIATRIC SURGERY PRE-OP IMAGING CHECKLIST", "Weight Mgmt Program - Pre-op Imaging",
              "Bariatric pathway checklist"]), "\n")
    rows(g, d, [(["Patient", "Name"], [("PERSON", g.name(pt, g.pick(["LF", "FL", "LFM"])))]),
                (["MRN"], [("MRN", g.mrn())]), (["DOB"], [("DATE_TIME", g.dob())]),
                (["Plan ID", "Member ID"], [("HEALTH_PLAN_ID", g.plan())]),
                (["Surgeon"], [("PERSON", g.name(None, g.pick(["FL", "L"])))]),
                (["Surgery date", "OR date"], [("DATE_TIME", g.date(fmt=g.pick(["mdY", "bdY", "md"])))])])
    box = lambda ok: "[x]" if ok else "[ ]"
    d(box(True), " UGI / esophagram done ", ("DATE_TIME", g.date()), " acc ", ("ACCESSION", g.acc()), "\n")
    d(box(g.chance(0.7)), " RUQ ", ("modality", "US"), " (gallstones?) ", ("DATE_TIME", g.date(fmt="md")), "\n")
    d(box(g.chance(0.5)), " ", ("modality", "CT"), " table limit checked: pt ", g.pick(["162", "188", "204"]),
      " kg, gantry ", ("measurement", "70 cm"), "\n")
    d(box(g.chance(0.5)), " ", ("modality", "DEXA"), " baseline\nNotes: ")
    g.finding(d)
    d("BMI 48. Hx sleeve at outside hospital in ", ("year", g.year()), ".\nCoordinator ",
      ("PERSON", g.name(None, "FL")), " ext ", ("PHONE", g.phone()), " / ", ("EMAIL", g.email()), "\n")
    return "XR"


def air_ambulance(g, d):
    pt = g.person()
    d(g.pick(["AIR MEDICAL TRANSPORT LOG", "Flight Record - Rotor Wing", "AEROMEDICAL TRANSFER"]), "  Tail N",
      str(g.r.randint(100, 999)), g.pick(["AM", "LF", "HX"]), "\n")
    d("Mission ", ("ACCOUNT_ID", g.account()), "  ", ("DATE_TIME", g.date(fmt=g.pick(["iso", "dbY", "mdY"]))), "\n")
    d("Pt ", ("PERSON", g.name(pt, g.pick(["LF", "HL7", "FL"]))), "  age ",
      ("AGE_OVER_89", g.old_age()) if g.chance(0.3) else ("age_under_90", g.young_age()), "\n")
    d("From: ", ("FACILITY", g.facility()), " (", ("CITY", g.city()[0]), ")  To: ", ("FACILITY", g.facility()), "\n")
    d("Events:\n")
    for ev in g.r.sample(["Lift-off", "Bedside", "Pt loaded", "Wheels down", "Handoff", "Dispatch"], 4):
        d("  ", ("DATE_TIME", g.time(g.pick(["hm", "hours", "hhmm"]))), "  ", ev, "\n")
    d("Imaging sent ahead: ", ("modality", "CT"), " head/", ("anatomy", "C-spine"), " via ",
      ("URL", g.url()), " (node ", ("IP_ADDRESS", g.ip()), "). ")
    g.finding(d)
    d("\nFlight RN ", ("PERSON", g.name(None, "IL")), "; medic ", ("PERSON", g.name(None, "IL")),
      "; receiving MD ", ("PERSON", g.name(None, "L")), " ", ("PHONE", g.phone()), "\n")
    return "CT"


def bilingual_es(g, d):
    pt = g.person()
    d(g.pick(["INSTRUCCIONES DE ALTA / DISCHARGE INSTRUCTIONS", "Instrucciones al paciente - Patient Instructions"]),
      "\n", ("FACILITY", g.facility()), "\n")
    d("Paciente / Patient: ", ("PERSON", g.name(pt, g.pick(["FL", "LF"]))), "\nFecha de nacimiento / DOB: ",
      ("DATE_TIME", g.dob(fmt=g.pick(["DMY", "mdY", "iso"]))), "\nNo. de expediente / MRN: ", ("MRN", g.mrn()), "\n")
    d("Fecha / Date: ", ("DATE_TIME", g.date(fmt=g.pick(["DMY", "dBY", "mdY"]))), "\n\n")
    d("Le hicieron un ", ("modality", g.pick(["CT", "US", "XR"])), " del ", ("anatomy", g.pick(["abdomen", "tórax",
                                                                                             "tobillo"])),
      ". / You had an imaging test. ")
    g.finding(d)
    d("\nCita de seguimiento / Follow-up: ", ("DATE_TIME", g.date(fmt=g.pick(["Bd", "md"]))), " a las ",
      ("DATE_TIME", g.time(g.pick(["ampm", "hm"]))), " con / with Dr. ", ("PERSON", g.name(None, g.pick(["L", "FL"]))),
      "\nLlame al / Call ", ("PHONE", g.phone()), " si tiene fiebre / if fever.\n")
    d("Intérprete / Interpreter: ", ("PERSON", g.name(None, "FL")), " ID ", ("ACCOUNT_ID", g.account()), "\n")
    d("Portal: ", ("URL", g.url()), "\n")
    return "US"


def group_chat(g, d):
    people = [g.person() for _ in range(3)]
    pt = g.person()
    d(g.pick(["[Chat export] ", "WhatsApp - ", "Teams chat: ", "Signal group: "]),
      g.pick(["Night Radiology Crew", "IR on-call", "Neuro huddle", "Body fellows"]), "\n")
    day = g.day(30, 30)
    dfmt = g.pick(["mdy", "DMY", "mdY"])
    ts = g.times(g.r.randint(5, 8), g.pick(["hm", "ampm"]))
    nfmt = g.pick(["FL", "F", "IL"])
    for j, t in enumerate(ts):
        who = g.pick(people)
        d("[", ("DATE_TIME", g.date(day, dfmt)), ", ", ("DATE_TIME", t), "] ", ("PERSON", g.name(who, nfmt)), ": ")
        k = j % 6
        if k == 0:
            d(g.pick(["anyone free to look at ", "can some1 check ", "pls overread "]),
              ("PERSON", g.name(pt, g.pick(["L", "FL", "lower"]))), " ", ("ACCESSION", g.acc()), "?? ")
        elif k == 1:
            g.finding(d)
        elif k == 2:
            d("pt is ")
            g.age(d, old=g.chance(0.6))
            d(" fyi. mrn ", ("MRN", g.mrn()))
        elif k == 3:
            d(g.pick(["link ", "here: ", "viewer "]), ("URL", g.url()))
        elif k == 4:
            d(g.pick(["call me ", "my cell ", "ring "]), ("PHONE", g.phone()), " 👍")
        else:
            d(g.pick(["ok thx", "on it", "👀", "lol no", "agree w/ above"]))
            if g.chance(0.5):
                d(" - also ", ("sequence", g.pick(["DWI", "SWI", "STIR"])), " looks off at ",
                  ("vertebral_level", g.pick(["C6", "L3-L4", "T8"])))
        d("\n")
    return "CT"


def billing_dispute(g, d):
    pt = g.person()
    d(("PERSON", g.name(pt, "FML")), "\n")
    g.addr_block(d, "\n")
    d("\n", ("EMAIL", g.email(pt)), "\n\n", ("DATE_TIME", g.date(fmt=g.pick(["BdY", "bdY", "mdY"]))), "\n\n")
    d("Patient Financial Services\n", ("FACILITY", g.facility()), "\n\n")
    d("Re: Account ", ("ACCOUNT_ID", g.account()), g.pick([", statement dated ", " - bill from "]),
      ("DATE_TIME", g.date()), "\n\n")
    d("To whom it may concern,\n\nI am writing to dispute the charge of $", str(g.r.randint(400, 4800)), ".",
      g.pick(["00", "50"]), " for a ", ("modality", g.pick(["MRI", "CT"])), " of my ",
      ("anatomy", g.pick(["lumbar spine", "knee", "head"])), " on ", ("DATE_TIME", g.date(fmt="Bd")), ". ")
    d("My insurance (member ID ", ("HEALTH_PLAN_ID", g.plan()), ") says it was billed out-of-network, even though "
      "Dr. ", ("PERSON", g.name(None, "L")), " told me the imaging center was covered. The report said: \"")
    g.finding(d)
    d("\" - I dont understand why I was charged twice (two accession numbers: ", ("ACCESSION", g.acc()), " and ",
      ("ACCESSION", g.acc()), ").\n\nPlease call me at ", ("PHONE", g.phone()), ". My SSN ends in ",
      ("SSN", g.digits(4)), " if you need it.\n\nSincerely,\n", ("PERSON", g.name(pt, "FL")), "\n")
    return "MR"


def misfiled_memo(g, d):
    a, b = g.person(), g.person()
    if g.chance(0.5):
        b.last = a.last
    d(g.pick(["MEMORANDUM - Misfiled Study Investigation", "Lost film / misfile review", "QA MEMO: wrong-patient merge"]),
      "\n")
    rows(g, d, [(["To"], [("PERSON", g.name(None, "FL")), ", PACS Administrator"]),
                (["From"], [("PERSON", g.name(None, "FL")), ", HIM"]),
                (["Date"], [("DATE_TIME", g.date())])], shuffle=False)
    d("Study ", ("ACCESSION", g.acc()), " (", ("modality", g.pick(["CT", "MRI", "XR"])), ", ",
      ("DATE_TIME", g.date()), ") was filed under ", ("PERSON", g.name(a, "LF")), " (MRN ", ("MRN", g.mrn()),
      ") but belongs to ", ("PERSON", g.name(b, "LF")), " (MRN ", ("MRN", g.mrn()), "). ")
    d("Same surname, DOBs ", ("DATE_TIME", g.dob()), " vs ", ("DATE_TIME", g.dob()), ". ")
    d("Modality worklist host ", ("IP_ADDRESS", g.ip()), " pushed the wrong order at ", ("DATE_TIME", g.time("hms")),
      ". Report content: ")
    g.finding(d)
    d("\nCorrected by ", ("PERSON", g.name(None, "IL")), " at ", ("DATE_TIME", g.time()), ". Ticket ",
      ("ACCOUNT_ID", g.account()), ". Old film jacket last seen in ", ("FACILITY", g.facility()), " file room.\n")
    return "CT"


def smartwatch(g, d):
    pt, kin = g.person(), g.person()
    if g.chance(0.5):
        d(g.pick(["FALL DETECTED - Watch Alert", "Emergency SOS (wearable) forwarded to ED",
                  "Smartwatch fall notification"]), "\n")
        d(("DATE_TIME", g.date(fmt=g.pick(["bdY", "iso", "mdY"]))), " ", ("DATE_TIME", g.time(g.pick(["ampm", "hms"]))),
          "\n", ("PERSON", g.name(pt, "FL")), " may have taken a hard fall. Location near ")
        g.addr_block(d, ", ")
        d(". Emergency contact ", ("PERSON", g.name(kin, "FL")), " ", ("PHONE", g.phone()), " notified.\nDevice ",
          ("DEVICE_SERIAL", g.serial()), "\n")
    else:
        d("--- forwarded wearable payload ---\n{\"event\": \"hard_fall\", \"ts\": \"",
          ("DATE_TIME", g.date(fmt="iso")), "T", ("DATE_TIME", g.time("hms")), "\", \"owner\": \"",
          ("PERSON", g.name(pt, "FL")), "\", \"serial\": \"", ("DEVICE_SERIAL", g.serial()),
          "\", \"contact\": \"", ("PHONE", g.phone()), "\", \"gw\": \"", ("IP_ADDRESS", g.ip()),
          "\"}\n--- end ---\n")
        d("Daughter ", ("PERSON", g.name(kin, "FL")), " drove pt from ", ("CITY", g.city()[0]), ".\n")
    d("---\nED note: ")
    g.age(d)
    d(g.pick([" brought by EMS. ", " walked in w/ family. ", " c/o wrist pain after watch alert. "]),
      ("modality", "CT"), " head and ", ("modality", "XR"), " wrist: ")
    g.finding(d)
    d("\nMRN ", ("MRN", g.mrn()), " | acc ", ("ACCESSION", g.acc()), "\n")
    return "CT"


def radiopharm(g, d):
    d(g.pick(["RADIOPHARMACY DISPENSING LOG", "Nuclear Pharmacy - Unit Dose Record", "Hot lab dispense sheet"]),
      "  ", ("FACILITY", g.facility()), "\n")
    d("Date ", ("DATE_TIME", g.date()), "   Calibrator S/N ", ("DEVICE_SERIAL", g.serial()), "\n")
    d("Rx # | Patient | MRN | Agent | Activity | Time | By\n")
    for _ in range(g.r.randint(3, 5)):
        d(("ACCOUNT_ID", g.account()), " | ", ("PERSON", g.name(None, g.pick(["LF", "Lf", "HL7"]))), " | ",
          ("MRN", g.mrn()), " | ", g.pick(["Tc-99m MDP", "F-18 FDG", "Tc-99m MAA", "I-123 MIBG", "Ga-68 dotatate"]),
          " | ", g.pick(["25.1 mCi", "10.2 mCi", "4.1 mCi", "5.0 mCi"]), " | ", ("DATE_TIME", g.time("hm")), " | ",
          ("PERSON", g.name(None, "IL")), "\n")
    d("Notes: ")
    g.finding(d)
    d("\nVerified ", ("PERSON", g.name(None, "FL")), ", ", ("credential", "RPh"), "\n")
    return "NM"


def subpoena(g, d):
    pt = g.person()
    d(g.pick(["SUBPOENA DUCES TECUM", "POLICE DEPARTMENT - REQUEST FOR RECORDS", "Subpoena for Radiology Images"]), "\n")
    d("Case No. ", ("ACCOUNT_ID", g.account()), "\nTo: Custodian of Records, ", ("FACILITY", g.facility()), "\n")
    g.addr_block(d, ", ")
    d("\n\nYou are commanded to produce all imaging (", ("modality", "CT"), ", ", ("modality", "XR"),
      ") and reports for ", ("PERSON", g.name(pt, g.pick(["FML", "LF"]))), ", DOB ", ("DATE_TIME", g.dob()),
      ", SSN ", ("SSN", g.ssn()), ", for services on or about ", ("DATE_TIME", g.date(fmt="BdY")), ".\n")
    d("Known accession(s): ", ("ACCESSION", g.acc()), ". Return by ", ("DATE_TIME", g.date(fmt=g.pick(["mdY", "BdY"]))),
      " at ", ("DATE_TIME", g.time("ampm")), ".\n")
    d("Det. ", ("PERSON", g.name(None, "FL")), ", badge ", str(g.r.randint(1000, 9999)), ", ", ("PHONE", g.phone()), ", ",
      ("EMAIL", g.email()), "\n")
    d("[Records office note: produced ", ("DATE_TIME", g.date(fmt="md")), " by ", ("PERSON", g.name(None, "IL")),
      "; report excerpt: ")
    g.finding(d)
    d("]\n")
    return "CT"


def ma_letter(g, d):
    pt = g.person()
    d(g.pick(["Medicare Advantage Plan - Notice of Coverage Decision", "Integrated Denial Notice", "Coverage letter"]),
      "\n\n", ("DATE_TIME", g.date(fmt=g.pick(["BdY", "bdY"]))), "\n\n", ("PERSON", g.name(pt, "FML")), "\n")
    g.addr_block(d, "\n")
    d("\n\nMember ID: ", ("HEALTH_PLAN_ID", g.plan()), "\nClaim: ", ("ACCOUNT_ID", g.account()), "\n\n")
    d("Dear ", ("PERSON", g.name(pt, "FL")), ",\n\nWe reviewed the request from ", ("PERSON", g.name(None, "FL")),
      ", ", ("credential", "MD"), ", for ", ("modality", g.pick(["MRI", "CT", "PET"])), " of the ",
      ("anatomy", g.pick(["cervical spine", "brain", "abdomen"])), ". ")
    if g.chance(0.5):
        d("Our records show you are ", ("AGE_OVER_89", g.old_age()), " years old. ")
    elif g.chance(0.5):
        d("The ", ("modality", "MRI"), " done in ", ("year", g.year()), " was reviewed. ")
    d("Prior imaging: ")
    g.finding(d)
    d("\nDecision: ", g.pick(["approved", "partially approved", "denied"]), ". Appeal within 60 days: call ",
      ("PHONE", g.phone()), " (TTY 711) or visit ", ("URL", g.url()), ".\n")
    return "MR"


STYLES_B = {"bariatric_checklist": bariatric, "air_ambulance_log": air_ambulance,
            "bilingual_es_discharge": bilingual_es, "clinician_group_chat": group_chat,
            "billing_dispute_letter": billing_dispute, "misfiled_study_memo": misfiled_memo,
            "smartwatch_fall_alert": smartwatch, "radiopharmacy_log": radiopharm, "police_subpoena": subpoena,
            "medicare_advantage_letter": ma_letter}
