"""blind15 styles, part A: dictation, legal, IME, pedigree, transplant, sports, immigration, trial AE, audit, rotation."""

from __future__ import annotations

import sys

C = sys.modules["b15_core"]
EPONYMS = ["Baker cyst", "Colles fracture", "Hill-Sachs lesion", "Bankart lesion", "Schmorl node", "Segond fracture",
           "Osgood-Schlatter disease", "Paget disease", "Graves disease", "Chiari I malformation", "Monteggia fracture",
           "Kerley B lines", "Meckel diverticulum", "Hashimoto thyroiditis", "Crohn disease", "Bell palsy"]
ANAT = ["left hepatic lobe", "right lower lobe", "medial meniscus", "anterior cruciate ligament", "supraspinatus tendon",
        "pancreatic head", "left adrenal gland", "thecal sac", "right kidney", "optic nerve head", "mandibular condyle"]
LEVELS = ["C5-C6", "L4-L5", "T12", "L5-S1", "C6-C7", "L3-L4", "T8"]
SEQ = ["T2 FLAIR", "DWI", "STIR", "SWI", "T1 post-contrast", "T2-weighted"]
SCORES = ["BI-RADS 4", "LI-RADS 3", "TI-RADS 4", "PI-RADS 4", "Lung-RADS 2", "Bosniak IIF", "O-RADS 3"]
MODS = ["CT", "MRI", "US", "XR"]


def meas(rng) -> str:
    return rng.choice([f"{rng.randint(2, 9)}.{rng.randint(0, 9)} x {rng.randint(1, 8)}.{rng.randint(0, 9)} cm",
                       f"{rng.randint(2, 19)} mm", f"{rng.randint(1, 6)}.{rng.randint(1, 9)} cm"])


def finding(d, rng) -> None:
    d.add("There is a ", (meas(rng), "measurement"), " lesion in the ", (rng.choice(ANAT), "anatomy"),
          "; ", (rng.choice(EPONYMS), "eponym"), " also noted. ", (rng.choice(SCORES), "score"), ".")


def s_dictation(d, rng):
    pt, rad = C.person(rng, "full"), C.person(rng, "full")
    d.add("[ASR DRAFT - unedited] dictated by ", (rad, "PERSON"), " at ", (C.time(rng, "ampm"), "DATE_TIME"), "\n",
          "patient name ", (pt, "PERSON"), " comma date of birth ", (C.dob(rng, "long"), "DATE_TIME"),
          " no scratch that date of birth ", (C.dob(rng, "us"), "DATE_TIME"), " period\n")
    d.add("medical record number ", (C.mrn(rng), "MRN"), " accession ", (C.accession(rng), "ACCESSION"), " new paragraph\n")
    d.add((rng.choice(MODS), "modality"), " of the lumbar spine comparison ", (C.date(rng, "md"), "DATE_TIME"), " period\n")
    d.add("at ", (rng.choice(LEVELS), "vertebral_level"), " there is a disc bulge measuring ", (meas(rng), "measurement"),
          " correction make that broad based protrusion period ", (rng.choice(SEQ), "sequence"),
          " shows no cord signal period\n")
    d.add("the patient's wife ", (C.person(rng, "full"), "PERSON"), " can be reached at ", (C.phone(rng), "PHONE"),
          " comma call her not the patient period\n")
    d.add("impression colon ", (rng.choice(EPONYMS), "eponym"),
          " period end of dictation dictated not read signed ", (rad, "PERSON"), " ", ("MD", "credential"), "\n")


def s_lawyer(d, rng):
    law, pt, fac = C.person(rng, "full"), C.person(rng, "full"), C.facility(rng)
    d.add((C.date(rng, "long"), "DATE_TIME"), "\n\nVIA FAX AND CERTIFIED MAIL\nRecords Custodian, Radiology\n",
          (fac, "FACILITY"), "\n")
    C.addr(d, rng)
    d.add("\n\nRe: My client ", (pt, "PERSON"), "; DOB ", (C.dob(rng), "DATE_TIME"), "; SSN ", (C.ssn(rng), "SSN"),
          "\n     Date of loss: ", (C.date(rng), "DATE_TIME"), "; our file no. ", (C.account(rng), "ACCOUNT_ID"), "\n\n")
    d.add("Dear Custodian:\n\nThis office represents the above client in a premises-liability claim. Enclosed is a HIPAA "
          "authorization signed by ", (C.person(rng, "full"), "PERSON"), ", attorney-in-fact under a durable power of "
          "attorney executed in ", (str(rng.randint(2015, 2023)), "year"), ". Please produce all ",
          (rng.choice(MODS), "modality"), " images and reports, including the study under accession ",
          (C.accession(rng), "ACCESSION"), " that describes a ", (rng.choice(EPONYMS), "eponym"), ".\n\n")
    d.add("Questions may be directed to my paralegal, ", (C.person(rng, "full"), "PERSON"), ", at ", (C.phone(rng), "PHONE"),
          " or ", (C.email(rng), "EMAIL"), ".\n\nVery truly yours,\n\n", (law, "PERSON"), ", Esq.\n")
    d.add("Brannock & Wilde LLP, ")
    C.addr(d, rng, lines=False)
    d.add("\n")


def s_ime(d, rng):
    pt, ex = C.person(rng, "lastfirst"), C.person(rng, "full")
    d.add("INDEPENDENT MEDICAL EXAMINATION - RECORD REVIEW (WORKERS' COMPENSATION)\n", "Claimant: ", (pt, "PERSON"),
          "    Claim #: ", (C.account(rng), "ACCOUNT_ID"), "\nEmployer: Tri-County Freight    Carrier policy: ",
          (C.plan_id(rng), "HEALTH_PLAN_ID"), "\nDate of injury: ", (C.date(rng), "DATE_TIME"),
          "    Exam date: ", (C.date(rng), "DATE_TIME"), "\nClaimant is a ")
    C.age(d, rng, old=0.1)
    d.add(" warehouse worker who lifted a pallet.\n\n", ("RECORDS REVIEWED", "section_header"), "\n")
    for _ in range(rng.randint(2, 4)):
        d.add("- ", (C.date(rng, "us2"), "DATE_TIME"), " ", (rng.choice(MODS), "modality"), " at ", (C.facility(rng), "FACILITY"),
              ", read by Dr. ", (C.surname(rng), "PERSON"), ": ", (rng.choice(LEVELS), "vertebral_level"), " ",
              (meas(rng), "measurement"), " protrusion.\n")
    d.add("\n", ("OPINION", "section_header"), "\nWithin reasonable medical probability the ", (rng.choice(ANAT), "anatomy"),
          " findings predate the injury. MMI reached.\n\n", (ex, "PERSON"), ", ", ("MD", "credential"),
          ", Diplomate ABIME\nReport emailed to adjuster ", (C.email(rng), "EMAIL"), "\n")


def s_pedigree(d, rng):
    pt = C.person(rng, "full")
    d.add("GENETIC COUNSELING NOTE - imaging-related referral\nProband: ", (pt, "PERSON"), " (MRN ", (C.mrn(rng), "MRN"),
          "), ")
    C.age(d, rng, old=0)
    d.add(", referred after ", (rng.choice(MODS), "modality"), " showed bilateral renal cysts (", (meas(rng), "measurement"),
          " largest).\n\nFamily history (three generations, narrative):\n")
    rels = ["mother", "father", "maternal aunt", "paternal uncle", "sister", "half-brother", "maternal grandmother",
            "first cousin", "son", "daughter"]
    for rel in rng.sample(rels, rng.randint(5, 7)):
        d.add(f"- His {rel} ", (C.person(rng, "full"), "PERSON"), ", ")
        if rng.random() < 0.3:
            d.add("d. ", (C.date(rng, "iso", rng.randint(1990, 2022)), "DATE_TIME"), " aged ")
            C.age(d, rng, suffix="", old=0.5)
        else:
            d.add("living, lives in ", (rng.choice(C.CITIES)[0], "CITY"))
        d.add("; ", rng.choice(["dialysis from ", "berry aneurysm clipped ", "no imaging since "]),
              (str(rng.randint(1978, 2024)), "year"), ".\n")
    d.add("\nPlan: ", ("MRI", "modality"), " brain ", (rng.choice(SEQ), "sequence"), " for first-degree relatives. Letter "
          "to family sent by ", (C.person(rng, "full"), "PERSON"), ", MS, CGC, ", (C.phone(rng), "PHONE"), "\n")


def s_transplant(d, rng):
    donor, rec = C.person(rng, "full"), C.person(rng, "full")
    d.add("LIVING KIDNEY DONOR EVALUATION - IMAGING SUMMARY\n", (C.facility(rng), "FACILITY"), " Transplant Program\n",
          "Donor: ", (donor, "PERSON"), "  MRN ", (C.mrn(rng), "MRN"), "  DOB ", (C.dob(rng), "DATE_TIME"), "\n",
          "Intended recipient: ", (rec, "PERSON"), " (relationship: cousin)  UNOS ID ", (C.account(rng), "ACCOUNT_ID"), "\n",
          "Insurance: ", (C.plan_id(rng), "HEALTH_PLAN_ID"), "\n\n", ("CT", "modality"), " angiogram ",
          (C.date(rng), "DATE_TIME"), " accession ", (C.accession(rng), "ACCESSION"), "\n")
    d.add(("FINDINGS", "section_header"), ": Left ", ("renal artery", "anatomy"), " single, ", (meas(rng), "measurement"),
          " to first branch. Right kidney ", (meas(rng), "measurement"), ". ", (rng.choice(EPONYMS), "eponym"),
          " incidentally.\n", ("IMPRESSION", "section_header"), ": Suitable for left donor nephrectomy.\n")
    d.add("Coordinator ", (C.person(rng, "full"), "PERSON"), ", RN - pager ", (C.phone(rng), "PHONE"), "; selection "
          "committee ", (C.date(rng, "md"), "DATE_TIME"), " at ", (C.time(rng, "24"), "DATE_TIME"), ".\n")


def s_sports(d, rng):
    ath, par = C.person(rng, "full"), C.person(rng, "full")
    d.add("PRE-PARTICIPATION / RETURN-TO-PLAY CLEARANCE\nSchool: Jefferson Ridge High School    Sport: varsity soccer\n",
          "Athlete: ", (ath, "PERSON"), "   DOB ", (C.date(rng, "us", rng.randint(2006, 2011)), "DATE_TIME"), "   Age ")
    d.add((f"{rng.randint(14, 18)}", "age_under_90"), "\nParent/guardian: ", (par, "PERSON"), "  cell ", (C.phone(rng), "PHONE"),
          "\n\n", (rng.choice(["MRI", "XR"]), "modality"), " left knee ", (C.date(rng, "dash"), "DATE_TIME"), ": ",
          (rng.choice(["Segond fracture", "Osgood-Schlatter disease", "Baker cyst"]), "eponym"), "; ",
          ("anterior cruciate ligament", "anatomy"), " intact on ", (rng.choice(SEQ), "sequence"), ".\n")
    d.add("Cleared for full contact as of ", (C.date(rng, "md"), "DATE_TIME"), ". Athletic trainer ",
          (C.person(rng, "initial"), "PERSON"), " notified via #", ("".join(ch for ch in ath.split()[-1] if ch.isalpha()), "PERSON"),
          "Cleared team-app post (image removed).\nSigned ", (C.person(rng, "full"), "PERSON"), ", DO, ",
          (C.facility(rng), "FACILITY"), "\n")


def s_immigration(d, rng):
    app = C.person(rng, "lastfirst")
    d.add("PANEL PHYSICIAN MEDICAL EXAMINATION - CHEST RADIOGRAPH WORKSHEET (DS-3025 equivalent)\n",
          "Applicant (surname, given names as in passport): ", (app, "PERSON"), "\nPassport no.: ",
          (rng.choice("PKNX") + C.digits(rng, 8), "ACCOUNT_ID"), "   Visa case no.: ",
          (rng.choice(["MNL", "HCM", "ADD", "BOM"]) + str(rng.randint(2019, 2026)) + C.digits(rng, 6), "ACCOUNT_ID"),
          "\nDate of birth: ", (C.dob(rng, "dmy"), "DATE_TIME"), "   Exam date: ", (C.date(rng, "dmy"), "DATE_TIME"), "\n")
    d.add("Panel site: ", (C.facility(rng), "FACILITY"), ", ")
    C.addr(d, rng, lines=False)
    d.add("\n", ("XR", "modality"), " chest PA: ", ("right upper lobe", "anatomy"), " calcified granuloma ",
          (meas(rng), "measurement"), "; no cavitation. Class B other.\nRadiologist: ", (C.person(rng, "full"), "PERSON"),
          " ", ("MD", "credential"), "   Panel physician: ", (C.person(rng, "full"), "PERSON"), "\n",
          "Applicant contact: ", (C.email(rng), "EMAIL"), "\n")


def s_trial_ae(d, rng):
    d.add("SERIOUS ADVERSE EVENT NARRATIVE\nProtocol RX-4471  Site 112 ", (C.facility(rng), "FACILITY"), "\nSubject ",
          (f"112-{C.digits(rng, 4)}", "ACCOUNT_ID"), " (hospital MRN ", (C.mrn(rng), "MRN"), "), a ")
    C.age(d, rng, old=0.35)
    d.add(" woman, received first dose on ", (C.date(rng, "dmy"), "DATE_TIME"), ". On ", (C.date(rng, "dmy"), "DATE_TIME"),
          " at ", (C.time(rng, "24"), "DATE_TIME"), " she developed dyspnea. ", ("CT", "modality"), " pulmonary angiogram "
          "(accession ", (C.accession(rng), "ACCESSION"), ") showed filling defect in the ", ("right lower lobe", "anatomy"),
          " segmental artery.\n")
    finding(d, rng)
    d.add("\nReported by PI ", (C.person(rng, "full"), "PERSON"), "; sponsor contact ", (C.person(rng, "full"), "PERSON"),
          " ", (C.phone(rng), "PHONE"), ". Causality: possibly related.\n")


def s_audit(d, rng):
    d.add("ts,user,workstation_ip,action,accession,patient,detail\n")
    pt, acc = C.person(rng, "hl7"), C.accession(rng)
    for _ in range(rng.randint(4, 7)):
        d.add((C.date(rng, "iso"), "DATE_TIME"), "T", (C.time(rng, "sec"), "DATE_TIME"), ",",
              (rng.choice(C.FIRST).lower() + "." + rng.choice(C.LAST).lower().replace(" ", ""), "PERSON"), ",",
              (C.ip(rng), "IP_ADDRESS"), ",", rng.choice(["VIEW", "EXPORT", "PRINT", "BURN_CD", "EDIT_REPORT"]), ",",
              (acc, "ACCESSION"), ",", (pt, "PERSON"), ",")
        d.add(rng.choice(["\"opened ", "\"series "]), (rng.choice(SEQ), "sequence"), "\"\n")
    d.add("# export link generated: ", (C.url(rng, acc), "URL"), "\n# flagged by privacy officer ",
          (C.person(rng, "full"), "PERSON"), " on ", (C.date(rng, "long"), "DATE_TIME"), "\n")


def s_rotation(d, rng):
    d.add("DIAGNOSTIC RADIOLOGY RESIDENCY - BLOCK SCHEDULE ", (str(rng.randint(2024, 2026)), "year"), "\n",
          (C.facility(rng), "FACILITY"), "\n\nBlock | Dates | Resident | Rotation | Pager\n")
    for b in range(1, rng.randint(5, 8)):
        d.add(f"{b} | ", (C.date(rng, "mdnum"), "DATE_TIME"), "-", (C.date(rng, "mdnum"), "DATE_TIME"), " | ",
              (C.person(rng, "initial"), "PERSON"), " | ", rng.choice(["Body", "Neuro", "MSK", "Breast"]))
        d.add(" | ", (C.phone(rng), "PHONE"), "\n")
    d.add("\nChief residents: ", (C.person(rng, "full"), "PERSON"), " and ", (C.person(rng, "full"), "PERSON"),
          ". Swap requests to ", (C.email(rng), "EMAIL"), " by ", (C.date(rng, "md"), "DATE_TIME"),
          ". Birthday lunch for program coordinator ", (C.person(rng, "full"), "PERSON"), " on ",
          (C.date(rng, "md"), "DATE_TIME"), ".\n")
