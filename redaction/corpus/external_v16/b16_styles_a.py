"""blind16 styles 1-10. Each style(g) returns (Doc, modality)."""
from __future__ import annotations

import datetime as dt

import b16_pools as P
from b16_gen import Doc


def H(s):
    return (s, "section_header")


def M(s):
    return (s, "modality")


def C(s):
    return (s, "credential")


def A(s):
    return (s, "anatomy")


def dental_cbct(g):
    d, pt, dent, rad = Doc(), g.person(0.2), g.person(), g.person()
    d.add(g.facility(["Dental Imaging", "Oral Radiology Group"]), " - Oral & Maxillofacial Radiology\n", g.address(), "\nTel ", g.phone(), "\n\n",
          "CONE BEAM ", M("CT"), " INTERPRETATION\n", "Patient: ", pt.f(g.pick(["LFM", "LF", "FL"])),
          "   DOB: ", g.dob(), "   Chart#: ", g.mrn(), "\nReferring: Dr. ", dent.f("L"), ", ", C(g.pick(["DDS", "DMD"])),
          "  (", g.email(dent), ")\nScan date: ", g.date(), " ", g.time(), "   Unit S/N ", g.serial(),
          "\nAccession: ", g.acc(), "   Prior pano: ", g.year(), "\n\n", H("INDICATION"), ": ",
          g.pick(["implant planning site #19", "eval impacted #32 rel. to IAN", "TMJ pain, r/o degenerative chg",
                  "periapical lucency #14, ? sinus involvement"]), "\n", H("FINDINGS"), ":\n- The ",
          A(g.pick(["inferior alveolar canal", "mandibular canal"])), " lies ", g.meas(), " below the apex.\n- ",
          A(g.pick(["Maxillary sinus", "Left maxillary sinus", "Right maxillary sinus"])), " w/ mucosal thickening ",
          g.meas(), ".\n- ", A(g.pick(["TMJ condyles", "Mandibular condyles"])), " symmetric, no erosions.\n")
    if pt.last in P.EPONYM_OF:
        d.add("- Hx ", (P.EPONYM_OF[pt.last], "eponym"), " per chart.\n")
    d.add(H("IMPRESSION"), ": ", g.pick(["Adequate bone height for implant.", "No pathology; canal clear.",
                                        "Chronic sinusitis; recommend ENT f/u."]),
          "\n\nRead by ", rad.f(g.pick(["FML", "FL"])), ", ", C("DDS"), ", MS (OMFR)  ", g.date(fmt="mdY"), "\n")
    return d, "CT"


def ed_tracking_board(g):
    d = Doc()
    d.add("ED TRACKING BOARD - export ", g.stamp(), "  site: ", g.facility(), "\n",
          "RM  | PATIENT                 | AGE/SX | MRN        | CC                | IMG            | DOC | RN      | ARR\n")
    for _ in range(g.r.randint(4, 7)):
        pt, doc_, rn = g.person(0.15), g.person(), g.person()
        img = g.pick([["CT head wo - ", M("CT"), " done"], [M("XR"), " chest pend"], [M("US"), " RUQ ordered"],
                      [M("CT"), " A/P w con - read"], ["no imaging"], [M("MRI"), " L-spine sched"]])
        d.add(f"{g.r.randint(1, 40):02d}  | ", pt.f(g.pick(["LFU", "LF", "LFI"])), " | ", g.age(0.2, "Y"),
              g.pick([" F", " M"]), " | ", g.mrn(), " | ",
              g.pick(["fall", "SOB", "abd pian", "abd pain", "MVC", "CP", "syncope", "HA", "back pain"]), " | ", img, " | ",
              doc_.f(g.pick(["LI", "L"])), " | ", rn.f("F"), " | ", g.time(g.pick(["24", "hours"])), "\n")
    d.add("Legend: IMG status from RIS; times local.\n")
    return d, "CT"


def radpeer_review(g):
    d, reader, rev, pt = Doc(), g.person(0.15), g.person(0.15), g.person(0.2)
    d.add("RADPEER PEER REVIEW WORKSHEET  (confidential QA - protected under state peer review statute)\n",
          "Site: ", g.facility(), "\nReviewer: ", rev.f("FML"), ", ", C("MD"), "   Date reviewed: ", g.date(),
          "\nOriginal interpreting radiologist: Dr. ", reader.f("L"), "\nPatient: ", pt.f("LFM"), "  MRN ", g.mrn(),
          "\nExam: ", M(g.pick(["CT", "MRI"])), " ", g.pick(["chest w/o", "abd/pelvis w/", "brain", "C-spine"]),
          "  Acc# ", g.acc(), "  Exam dt: ", g.date(), " ", g.time(), "\n\nScore: ",
          (g.pick(["RADPEER 1", "RADPEER 2a", "RADPEER 2b", "RADPEER 3b"]), "score"), "\nComment: ",
          g.pick(["Missed", "Under-called", "Agree with"]), " ", g.meas(), " lesion in ", g.anat(), ". ",
          g.pick([["Prior from ", g.date()], ["Compared w/ outside study of ", g.date()], ["Prior ", M("CT"), " in ", g.year()]]),
          " shows interval growth.\n")
    if g.chance(0.5):
        d.add("Also note ", g.level(), " disc protrusion on sagittal ", g.seq(), ".\n")
    d.add("Discussed w/ Dr. ", reader.f("L"), " on ", g.date(fmt=g.pick(["md", "Bd", "b.d"])), ". QA chair: ",
          g.person().f("FL"), ", ", C("MD"), "\n")
    return d, "CT"


def coder_query(g):
    d, coder, rad, pt = Doc(), g.person(), g.person(0.15), g.person(0.2)
    acct, dos = g.acct(), g.date(fmt="mdY")
    d.add("From: ", g.email(coder), "\nTo: ", g.email(rad), "\nSent: ", g.date(fmt="BdY"), " ", g.time("12"),
          "\nSubject: Coding query - Acct ", acct, " / DOS ", dos, "\n\nDr. ", rad.f("L"), ",\n\n",
          "HIM coding is reviewing the ", M(g.pick(["CT", "MRI", "US"])), " report for ", pt.f("FL"),
          " (MRN ", g.mrn(), ", acct ", acct, ", DOS ", dos, "). The ", H("IMPRESSION"), " states ",
          g.pick(["\"mass\" without laterality.", "\"fracture\" but the body says \"no acute osseous abnormality\".",
                  "\"nodule\" but size differs from the body text."]), " Measurement in body: ", g.meas(),
          ". Can you clarify the ", A(g.pick(["left", "right"]) + " " + g.pick(["kidney", "adrenal", "ovary", "femur"])),
          " finding so we can assign ICD-10 correctly?\nPlease reply by ", g.date(fmt=g.pick(["md", "Bd"])), ".\n\n",
          "Thanks,\n", coder.f("FL"), ", ", C(g.pick(["CPC", "CCS", "RHIT"])), "\nHIM Coding, ", g.facility(),
          "\n", g.phone(), " x", str(g.r.randint(2000, 4999)), "\n")
    return d, "CT"


def skeletal_survey_cps(g):
    d, pt, mom, cw, rad = Doc(), g.person(0.15), g.person(), g.person(), g.person()
    mo = g.r.randint(2, 23)
    born = g.rdate(2021, 2024)
    exam = born + dt.timedelta(days=30 * mo + g.r.randint(0, 25))
    d.add(g.facility(["Children's Hospital", "Children's Medical Center"]), "\nSKELETAL SURVEY (NAT PROTOCOL) - ", M("XR"), "\n", "Name: ", pt.f("LFM"), "  DOB: ", g.date(born, "mdY"),
          "  Age: ", (f"{mo} months", "age_under_90"), "\nMRN: ", g.mrn(), "   ACC: ", g.acc(), "\nDate of exam: ",
          g.date(exam), "  ", g.time(), "\nAccompanied by: mother ", mom.f("FL"), " (", g.phone(), ")\n",
          "CPS case worker: ", cw.f(g.pick(["FL", "LF"]), ), ", ", "County DCFS",
          ", intake # ", g.acct(), ", cell ", g.phone(), "\n\n", H("FINDINGS"), ":\n",
          "Classic metaphyseal lesion of the ", A(g.pick(["distal left femur", "proximal right tibia", "distal right radius"])),
          ". Healing posterior ", A(g.pick(["left 6th rib", "right 5th-7th ribs"])), " fractures with callus ",
          g.meas(), ". Skull: no fracture. ", A("Spine"), " incl. ", g.level(), " normal.\n",
          H("IMPRESSION"), ": Findings highly suspicious for nonaccidental trauma. Follow-up survey in 2 weeks",
          " (target ", g.date(fmt=g.pick(["md", "Bd"])), ").\nResult called to ", cw.f("L"), " and to Dr. ",
          g.person().f("L"), " at ", g.time(), ".\nRadiologist: ", rad.f("FL"), ", ", C("MD"), "\n")
    return d, "XR"


def mci_triage_log(g):
    d = Doc()
    d.add("MASS CASUALTY INCIDENT - RADIOLOGY TRIAGE LOG\nIncident: ", g.pick(["bus rollover I-90", "warehouse fire",
                                                                                  "stadium crush", "multi-vehicle pileup"]),
          "  ", g.date(fmt=g.pick(["mdY", "dbY"])), "\nCommand: ", g.facility(), "  Rad lead: Dr. ", g.person().f("L"),
          "\n\nTAG     | NAME / TEMP ID          | AGE  | TRI | STUDY          | TIME  | PRELIM\n")
    for i in range(g.r.randint(4, 8)):
        if g.chance(0.35):
            name = [("TRAUMA, " + g.pick(["ALPHA", "BRAVO", "ZULU", "KILO"]) + f" {g.r.randint(1, 99)}", "PERSON")]
        else:
            name = [g.person(0.15).f(g.pick(["LFU", "LF", "FL"]))]
        d.add("MCI-", (g.digits(4), "ACCOUNT_ID"), " | ", name, " | ", g.age(0.1, g.pick(["Y", " yo"])),
              " | ", g.pick(["RED", "YEL", "GRN"]), " | ", M(g.pick(["CT", "XR"])), " ", g.pick(["pan-scan", "C-spine",
                                                                                                "chest", "pelvis"]),
              " | ", g.time(g.pick(["24", "hours"])), " | ", g.pick([[g.epo()], [g.meas(), " ", A("splenic lac")],
                                                                      ["neg"], [g.level(), " burst fx"]]), "\n")
    d.add("Temp IDs reconciled with registration by ", g.person().f("FL"), " at ", g.time(), ".\n")
    return d, "CT"


def cds_order_log(g):
    d = Doc()
    d.add("Clinical Decision Support (AUC) consultation log - qualified CDSM\nFacility: ", g.facility(),
          "   Export run ", g.stamp(), "\n\n",
          "timestamp,ordering_provider,patient,mrn,exam,indication,auc_score,adherence,session\n")
    for _ in range(g.r.randint(4, 7)):
        exam = g.pick([[M("CT"), " head w/o"], [M("MRI"), " lumbar spine"], [M("CT"), " PE protocol"],
                       [M("US"), " pelvis"], [M("MRI"), " brain w/wo"]])
        d.add(g.date(fmt="ISO"), "T", g.time("sec"), ",", g.person().f("LFI"), ",", g.person(0.15).f("HL7"), ",",
              g.mrn(), ",", exam, ",", g.pick(["low back pain 3 wk", "syncope", "HA w/ red flags", "pelvic pain"]),
              ",", (g.pick(["AUC 7 appropriate", "AUC 5 may be appropriate", "AUC 2 rarely appropriate"]), "score"),
              ",", g.pick(["ADHERES", "DOES NOT ADHERE", "NOT APPLICABLE"]), ",", (g.digits(12), "ACCOUNT_ID"), "\n")
    d.add("G-code/modifier mapped by ", g.person().f("FL"), " (", g.email(), ")\n")
    return d, "CT"


def scheduling_script(g):
    d, ag, caller, pt = Doc(), g.person(), g.person(), g.person(0.2)
    d.add("Central Scheduling - call script record ", g.stamp(), "\nAgent ID ", (g.digits(5), "ACCOUNT_ID"), "\n\n",
          "AGENT: Thank you for calling ", g.facility(), " scheduling, this is ", ag.f("F"), ", how can I help?\n",
          "CALLER: Hi, this is ", caller.f("FL"), ", I'm calling for my ", g.pick(["mother", "father", "husband", "wife"]),
          ", ", pt.f("FL"), ". The doctor ordered an ", M(g.pick(["MRI", "US"])), " of the ", A(g.pick(["left shoulder",
                                                                                                 "pelvis", "brain", "right knee"])),
          ".\nAGENT: Can I have the patient's date of birth?\nCALLER: ", g.dob(g.pick(["BdY", "mdY"])), ".\n",
          "AGENT: And the address on file - ", g.address(), "?\nCALLER: Yes.\nAGENT: Best callback number?\nCALLER: ",
          g.phone(), ".\nAGENT: Insurance member ID?\nCALLER: ", g.hpid(), ".\nAGENT: Any pacemaker or metal?\n")
    if g.chance(0.5):
        d.add("CALLER: ", g.pick(["She", "He"]), " had a knee replacment in ", g.year(), ", is that ok?\n")
    else:
        d.add("CALLER: No, nothing.\n")
    d.add("AGENT: I have ", g.date(fmt=g.pick(["Bd", "md", "BdY"])), " at ", g.time("12"), " with arrival 30 min early. ",
          "Confirmation number ", g.acc(), ".\n[call end ", g.time("sec"), "]\n")
    return d, "MR"


def subrogation_letter(g):
    d, pt, adj = Doc(), g.person(0.2), g.person()
    claim, dol = g.acct(), g.date(fmt="BdY")
    d.add(g.pick(P.INSURERS), "\nSubrogation Unit\n", g.address("\n"), "\n\n", g.date(fmt="BdY"), "\n\n",
          "Health Information Management\n", g.facility(), "\n", g.address("\n"), "\n\n",
          "RE: Our insured: ", pt.f("FML"), "\n    Claim no.: ", claim, "\n    Date of loss: ", dol,
          "\n    Health plan ID: ", g.hpid(), "\n    SSN (last on file): ", g.ssn(), "\n\nDear Records Custodian:\n\n",
          "Our insured was treated at your facility following a motor vehicle collision on ", dol, ". To pursue ",
          "recovery against the at-fault carrier, we request itemized charges and the radiology reports for the ",
          M("CT"), " and ", M("XR"), " studies (including the ", A("cervical spine"), " at ", g.level(), ") performed on ",
          g.date(fmt=g.pick(["mdY", "BdY"])), ", account ", g.acct(), ".\n\n", "Please contact the undersigned at ",
          g.phone(), " or ", g.email(adj), ".\n\nSincerely,\n\n", adj.f("FL"), "\nSubrogation Specialist\n")
    return d, "XR"
