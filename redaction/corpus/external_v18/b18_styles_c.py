"""blind18 styles, part C: tribal/IHS clinic referrals, school-based health centre referrals, dental-to-medical
referral letters, sleep-lab airway CT reports, stroke-registry (GWTG) abstractions, cancellation/no-show logs."""

import datetime as dt

import b18_pools as P
from b18_clinical import FINDINGS
from b18_common import (account, accession, address, age_span, digits, email, fdate, ftime, ip, mk, mrn, people,
                        patient, phone, plan_id, pt_header, eponym_patient, MEDICAL_EPONYMS, rdate, serial, url)


def ihs_referral(d, rng):
    """Tribal / Indian Health Service clinic referral for outside imaging (Purchased/Referred Care)."""
    pt = patient(rng)
    prov, chr_, rad = people(rng, 3)
    d.ln(rng.choice(["PURCHASED/REFERRED CARE (PRC) REFERRAL", "IHS Referral for Outside Services",
                     "Tribal Health Program - Imaging Referral"]))
    d.ln("From: ", ("FACILITY", rng.choice(["Kachina Ridge Indian Health Center", "Two Rivers Health Clinic",
                                            "Northern Lights Health Cooperative"])), "  ", ("PHONE", phone(rng)))
    d.ln("To: ", ("FACILITY", rng.choice(["Mesa Verde Regional Medical Center", "Ironwood Outpatient Radiology",
                                          "Copperline Diagnostic Imaging"])))
    d.ln("Referral #: ", ("ACCOUNT_ID", f"PRC-{digits(rng, 6)}"), "   Date: ", ("DATE_TIME", fdate(rng, pt.visit)))
    d.ln()
    order = rng.random() < 0.5
    d.ln("Patient: ", ("PERSON", pt.fmt(rng, rng.choice(["UPLFM", "LF", "FL"]))))
    if order:
        d.ln("Chart #: ", ("MRN", pt.mrn), "   DOB: ", ("DATE_TIME", fdate(rng, pt.dob)), "   Age: ", age_span(pt.age))
    else:
        d.ln("DOB ", ("DATE_TIME", fdate(rng, pt.dob, "usz")), " (", age_span(pt.age), ")  HRN ", ("MRN", pt.mrn))
    d.ln("Tribal affiliation: ", rng.choice(["Navajo Nation", "Tohono O'odham", "Oglala Lakota", "Hopi", "Yup'ik",
                                             "Turtle Mountain Chippewa"]), "  Enrollment #: ",
         ("HEALTH_PLAN_ID", f"{rng.choice(['NN', 'TO', 'OL', 'HT'])}{digits(rng, 6)}"))
    alt = rng.choice(["Medicaid", "Medicare", "none", "Medicaid", "private"])
    d.ln("Alternate resource: ", alt, *([" ", ("HEALTH_PLAN_ID", plan_id(rng))] if alt != "none" else []))
    d.w("Residence: ")
    if rng.random() < 0.4:
        d.ln(("STREET_ADDRESS", f"HC {rng.randint(10, 89)} Box {rng.randint(10, 999)}"), ", ", ("CITY", rng.choice(["Gallup", "Flagstaff", "Rapid City", "Bethel"])),
             " (no street address; see map)")
    else:
        address(d, rng)
        d.ln()
    mk(d, "Service requested: " + rng.choice(["{o:MRI} {a:lumbar spine} w/o", "{o:CT} {a:abdomen}/{a:pelvis} w contrast",
                                              "{o:US} {a:gallbladder}", "{o:MG} diagnostic {a:left breast}"]) + "\n")
    mk(d, "Clinical: " + rng.choice(FINDINGS[:8]) + " Priority 1 (emergent/acutely urgent).\n"
       if rng.random() < 0.3 else "Clinical: " + rng.choice(FINDINGS) + " Priority 2.\n")
    d.ln("Transport: ", rng.choice(["tribal van", "family", "CHR to drive"]), "; CHR ", ("PERSON", chr_.fmt(rng, "FL")),
         " cell ", ("PHONE", phone(rng)))
    d.ln("Referring: ", ("PERSON", prov.fmt(rng, rng.choice(["FL", "LFM"]))), ", ", ("credential", rng.choice(["MD", "NP", "DO"])))
    if rng.random() < 0.5:
        d.ln("Report back to: ", ("PERSON", rad.fmt(rng, "IL")), " / fax ", ("PHONE", phone(rng)))
    return "MR"


def school_health_referral(d, rng):
    """School-based health centre referral for imaging (minor) with guardian consent."""
    pt = patient(rng, ages=(5, 17))
    nurse, parent, np_ = people(rng, 3)
    school = rng.choice(["Roosevelt Middle School", "Desert View High School", "Cesar Chavez Academy",
                         "Eastside Elementary", "Pine Ridge Consolidated School"])
    d.ln(("FACILITY", rng.choice(["Larkspur School-Based Health Center", "Eastside SBHC", "Riverbend Children's Hospital"])))
    d.ln(rng.choice(["REFERRAL FOR DIAGNOSTIC IMAGING", "SBHC Outside Referral", "Student Health Referral Form"]))
    d.ln("School: ", school, "   Grade: ", rng.choice(["6", "7", "9", "10", "11", "3", "K"]))
    d.ln("Student: ", ("PERSON", pt.fmt(rng, rng.choice(["FL", "LF"]))), "   DOB ", ("DATE_TIME", fdate(rng, pt.dob, "us")),
         "   Age ", age_span(pt.age))
    d.ln("Student ID: ", ("ACCOUNT_ID", digits(rng, 7)), "   SBHC chart ", ("MRN", pt.mrn))
    d.ln("Parent/guardian: ", ("PERSON", parent.fmt(rng, rng.choice(["FL", "FML"]))), "   ", ("PHONE", phone(rng)))
    if rng.random() < 0.5:
        d.ln("  alt: ", ("PHONE", phone(rng)), "  ", ("EMAIL", email(rng, parent)))
    d.ln("Medicaid/CHIP: ", ("HEALTH_PLAN_ID", plan_id(rng)))
    mk(d, "Reason: " + rng.choice([
        "fell in PE on {dt}, {a:right wrist} pain, r/o scaphoid fx. {o:XR} {a:wrist} 4 views.",
        "knee pain w/ running; {e:Osgood-Schlatter disease} vs other. {o:XR} {a:knees}.",
        "scoliosis concern? no - persistent cough 3 wks; {o:XR} {a:chest} PA/lat.",
        "head bump at recess {dt} {t}, vomited x2; sent to ED, not SBHC imaging.",
    ]) + "\n", dt=("DATE_TIME", fdate(rng, rdate(rng), rng.choice(["md", "mdlong", "mdabbr"]))),
       t=("DATE_TIME", ftime(rng, "ampm")))
    d.ln("Consent signed by guardian ", ("DATE_TIME", fdate(rng, pt.visit, rng.choice(["us", "us2"]))),
         rng.choice(["", " (verbal, witnessed)"]))
    d.ln("School nurse: ", ("PERSON", nurse.fmt(rng, rng.choice(["FL", "IL"]))), ", ", ("credential", "RN"),
         "   SBHC provider: ", ("PERSON", np_.fmt(rng, "FL")), ", ", ("credential", "NP"))
    return "XR"


def dental_referral(d, rng):
    """Dentist-to-physician referral letter after an incidental radiographic finding."""
    pt = patient(rng, old_p=0.1)
    dds, md = people(rng, 2)
    d.ln(("FACILITY", rng.choice(["Cedar Hollow Family Dentistry", "Bright Smile Dental Group", "Sandpiper Oral Surgery"])))
    if rng.random() < 0.7:
        address(d, rng)
        d.ln("  tel ", ("PHONE", phone(rng)))
    d.ln()
    d.ln(("DATE_TIME", fdate(rng, pt.visit, rng.choice(["long", "usz", "mabbr", "dlong"]))))
    d.ln()
    d.ln(rng.choice(["Dear Dr. ", "To Dr. ", "Attn: Dr. "]), ("PERSON", md.fmt(rng, rng.choice(["L", "FL"]))), ",")
    d.ln()
    mk(d, "I saw your patient {pt} (DOB {dob}) for {why} on {dt}. " + rng.choice([
        "A panoramic radiograph showed an incidental finding that I think warrants medical follow-up:\n",
        "Our {o:CBCT} obtained for implant planning showed the following:\n",
        "Bitewings and a pano were taken; one finding falls outside dentistry:\n",
    ]), pt=("PERSON", pt.fmt(rng, rng.choice(["FL", "FML"]))), dob=("DATE_TIME", fdate(rng, pt.dob)),
       why=rng.choice(["a recall exam", "implant consult", "tooth pain", "a new-patient visit"]),
       dt=("DATE_TIME", fdate(rng, pt.visit, rng.choice(["md", "mdlong"]))))
    mk(d, "    " + rng.choice([
        "Calcified plaque projecting over the {a:left carotid bifurcation} near {v:C3}-{v:C4}.",
        "Opacification of the {a:right maxillary sinus} with an air-fluid level.",
        "Well-defined radiolucency {m:1.8 x 1.2 cm} in the {a:left mandibular body}.",
        "Elongated {a:stylohyoid ligament} calcification bilaterally ({e:Eagle syndrome}?).",
        FINDINGS[23],
    ]) + "\n")
    if rng.random() < 0.6:
        mk(d, "Images are available at {u} (access code sent separately).\n", u=("URL", url(rng, "dentalimg.example.net", "case")))
    mk(d, "{pron} is {age} years old, " + rng.choice(["smoker", "on bisphosphonates", "diabetic", "otherwise healthy"]) + ". ",
       pron=rng.choice(["She", "He", "The patient"]), age=age_span(pt.age))
    d.ln("Phone: ", ("PHONE", phone(rng)), *([". Dental chart # ", ("MRN", f"D-{digits(rng, 5)}")] if rng.random() < 0.4 else []))
    d.ln()
    d.ln(rng.choice(["Thank you,", "Warm regards,", "Sincerely,"]))
    d.ln(("PERSON", dds.fmt(rng, rng.choice(["FL", "FML"]))), ", ", ("credential", rng.choice(["DDS", "DMD", "DDS, MS"])))
    return "CT"


def sleep_airway_ct(d, rng):
    """Sleep-lab / upper-airway CT report correlated with polysomnography."""
    pt = patient(rng)
    rad, sl, tech = people(rng, 3)
    d.ln(("FACILITY", rng.choice(["Bayfront Sleep & Airway Institute", "Harbor Pines Medical Center", "Northgate Imaging Associates"])),
         rng.choice(["", " | Sleep Medicine & Radiology"]))
    mk(d, rng.choice(["{o:CT} {a:UPPER AIRWAY} (DYNAMIC) ", "{o:CT} {a:neck} / airway for OSA ", "{o:CBCT} airway analysis "]) + "\n")
    if rng.random() < 0.5:
        d.ln(rng.choice(["Pt: ", "Name: "]), ("PERSON", pt.fmt(rng)), "  ", rng.choice(["MRN ", "ID "]), ("MRN", pt.mrn),
             "  DOB ", ("DATE_TIME", fdate(rng, pt.dob)))
    else:
        pt_header(d, rng, pt, ("name", "dob", "mrn", "age"))
    d.ln("Acc ", ("ACCESSION", accession(rng)), "  Scanned ", ("DATE_TIME", fdate(rng, pt.visit, rng.choice(["iso", "dmy", "us"]))),
         " ", ("DATE_TIME", ftime(rng, "24s")), "  Unit ", ("DEVICE_SERIAL", serial(rng)))
    d.ln("Ref: ", ("PERSON", sl.fmt(rng, rng.choice(["FL", "IL"]))), " (sleep medicine)")
    mk(d, "{h:CLINICAL}: OSA, AHI {ahi} on PSG {psg}; BMI {bmi}. CPAP intolerant; eval for hypoglossal nerve stimulator.\n",
       ahi=str(rng.randint(15, 70)), psg=("DATE_TIME", fdate(rng, rdate(rng), rng.choice(["md", "us2"]))), bmi=str(rng.randint(24, 41)))
    mk(d, "{h:FINDINGS}:\n")
    for f in rng.sample([9, 10, 1, 17, 3], 3):
        mk(d, "  " + FINDINGS[f] + "\n")
    mk(d, rng.choice(["  Minimal cross-sectional area {m:38 mm2} retropalatal.\n", "  Concentric collapse at the velum on Muller maneuver.\n",
                      "  Tonsils grade 3; {a:epiglottis} normal.\n"]))
    mk(d, "{h:IMPRESSION}: " + rng.choice(["Multilevel narrowing, retropalatal predominant.", "Retroglossal narrowing; tonsillar hypertrophy.",
                                            "No fixed obstruction."]) + "\n")
    d.ln("Tech ", ("PERSON", tech.fmt(rng, "IL")), ", ", ("credential", rng.choice(["RPSGT", "RT(R)(CT)"])), ". Dictated ",
         ("PERSON", rad.fmt(rng, rng.choice(["FL", "LF"]))), ", ", ("credential", "MD"), " ", ("DATE_TIME", fdate(rng, pt.visit, "us2")))
    return "CT"


def stroke_registry(d, rng):
    """Get With The Guidelines-Stroke style abstraction with imaging timestamps."""
    pt = patient(rng, old_p=0.3)
    epo = eponym_patient(d, rng, pt, 0.2, MEDICAL_EPONYMS)
    abst, neuro = people(rng, 2)
    day = pt.visit
    d.ln(rng.choice(["GWTG-STROKE ABSTRACTION", "Stroke Registry Case Abstract", "STROKE CORE MEASURES - DATA COLLECTION"]))
    d.ln("Hospital: ", ("FACILITY", rng.choice(["Granite Peak Stroke Center", "St. Amadeus Medical Center", "Sacred Oak Memorial Hospital"])))
    if rng.random() < 0.5:
        d.ln("Patient: ", ("PERSON", pt.fmt(rng, rng.choice(["UPLF", "LF", "LFM"]))), "   MRN ", ("MRN", pt.mrn), "   Acct ",
             ("ACCOUNT_ID", account(rng)))
        d.ln("DOB ", ("DATE_TIME", fdate(rng, pt.dob, "usz")), "   Age ", age_span(pt.age), "   Payer ", ("HEALTH_PLAN_ID", plan_id(rng)))
    else:
        pt_header(d, rng, pt, ("name", "mrn", "acct", "dob", "age", "plan"))
    tf = rng.choice(["24", "mil", "hours", "ampm"])
    dfmt = rng.choice(["usz", "iso", "us"])
    rows = [("Last known well", 0), ("Arrival (door)", 1), ("Stroke team activated", 2), ("Head CT/MR initiated", 3),
            ("Imaging interpreted", 4), ("IV thrombolytic bolus", 5), ("Groin puncture", 6), ("First reperfusion", 7)]
    if rng.random() < 0.4:
        rows = [r for r in rows if r[1] not in (6, 7)]
    sep = rng.choice([": ", " .... ", "\t"])
    t = rng.randint(0, 14 * 60)
    stamps = {}
    lkw_day = day - dt.timedelta(days=1) if rng.random() < 0.25 else day
    for label, k in rows:
        h, m = divmod(t, 60)
        tstr = {"24": f"{h:02d}:{m:02d}", "mil": f"{h:02d}{m:02d}", "hours": f"{h:02d}{m:02d} hours",
                "ampm": f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"}[tf]
        d.ln(label, sep, ("DATE_TIME", fdate(rng, lkw_day if k == 0 else day, dfmt)), " ", ("DATE_TIME", tstr))
        stamps[k] = t
        t = min(t + rng.randint(3, 150 if k == 0 else 25), 23 * 60 + 59)
    if epo:
        mk(d, "Comorbidities: " + epo + ", " + rng.choice(["HTN", "AFib", "prior TIA ({y:2022})"]) + "\n")
    mk(d, "Door-to-needle (min): " + str(stamps[5] - stamps[1]) + "   NIHSS arrival: " + str(rng.randint(2, 26)) + "\n")
    mk(d, "Initial imaging: {o:CT} {a:head} acc {acc}; {o:CTA} {a:head} and {a:neck}.\n", acc=("ACCESSION", accession(rng)))
    mk(d, "  " + FINDINGS[rng.choice([15, 28, 6])] + rng.choice(["", " {s:ASPECTS 10}.", " Collaterals {s:grade 2}."]) + "\n")
    mk(d, rng.choice(["Transferred in from {fac}; outside images pushed from {ip}.\n", "Arrived by EMS direct from scene in {city}.\n"]),
       fac=("FACILITY", rng.choice(P.RAD_FAC)), ip=("IP_ADDRESS", ip(rng)), city=("CITY", rng.choice(P.CITIES)[0]))
    d.ln("Discharge disposition: ", rng.choice(["home", "IRF", "SNF", "expired", "hospice"]), "  mRS 90d: ",
         rng.choice(["0", "1", "2", "3", "4", "6", "not obtained"]))
    d.ln("Attending neurologist: ", ("PERSON", neuro.fmt(rng, "FL")), ", ", ("credential", "MD"))
    d.ln("Abstracted by ", ("PERSON", abst.fmt(rng, rng.choice(["IL", "FL"]))), ", ", ("credential", "RN"), " on ",
         ("DATE_TIME", fdate(rng, rdate(rng), rng.choice(["mabbr", "dmy"]))))
    return "CT"


def noshow_log(d, rng):
    """Radiology exam cancellation / no-show log with outreach attempts."""
    fac = rng.choice(P.RAD_FAC)
    day = rdate(rng)
    (sup,) = people(rng, 1)
    d.ln(rng.choice(["RADIOLOGY CANCELLATION / NO-SHOW REPORT", "Daily No-Show & Late-Cancel Log", "Missed Appointments - Imaging"]))
    d.ln(("FACILITY", fac), " - ", ("DATE_TIME", fdate(rng, day, rng.choice(["long", "us", "dmy", "iso"]))))
    d.ln("Run by ", ("PERSON", sup.fmt(rng, "FL")), " at ", ("DATE_TIME", ftime(rng, rng.choice(["ampm", "24"]))))
    d.ln()
    csv = rng.random() < 0.4
    if csv:
        d.ln("appt_time,patient,mrn,exam,status,phone,outreach")
    for p in people(rng, rng.randint(4, 6)):
        t = ("DATE_TIME", ftime(rng, rng.choice(["24", "ampm"])))
        ex = rng.choice(["{o:MRI} {a:knee}", "{o:CT} {a:chest} LDCT", "{o:US} {a:abdomen}", "{o:MG} screen", "{o:DEXA}",
                         "{o:XR} {a:foot}", "{o:MRI} {a:brain}"])
        st = rng.choice(["NO SHOW", "late cancel", "cancel - pt ill", "cancel - no auth", "rescheduled", "LWBS"])
        if csv:
            d.w(t, ",", ("PERSON", p.fmt(rng, rng.choice(["LF", "UPLF"])).replace(",", "")), ",", ("MRN", mrn(rng)), ",")
            mk(d, ex)
            d.ln(",", st, ",", ("PHONE", phone(rng)), ",", rng.choice(["LVM x1", "no answer", "rebooked", "text sent"]))
        else:
            d.w("* ", t, "  ", ("PERSON", p.fmt(rng)), " (", ("MRN", mrn(rng)), ") ")
            mk(d, ex)
            d.w(" - ", st, ". ")
            r = rng.random()
            if r < 0.4:
                d.ln("Called ", ("PHONE", phone(rng)), ", rebooked for ", ("DATE_TIME", fdate(rng, rdate(rng), rng.choice(["md", "mdabbr", "us"]))),
                     " ", ("DATE_TIME", ftime(rng, "ampm")), ".")
            elif r < 0.7:
                d.ln("Portal msg sent to ", ("EMAIL", email(rng, p)), ".")
            else:
                d.ln("Acc ", ("ACCESSION", accession(rng)), " cancelled in RIS; ", rng.choice(["ordering MD notified", "3rd no-show - letter"]), ".")
    d.ln()
    d.ln("Total no-show rate today: ", str(rng.randint(4, 19)), "%")
    return "MR"
