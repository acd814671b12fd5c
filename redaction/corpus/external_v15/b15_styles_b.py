"""blind15 styles, part B: handoff, service ticket, newsletter, complaint, death record, forensic, dental, physio, van, OCT."""

from __future__ import annotations

import sys

C = sys.modules["b15_core"]
A = sys.modules["b15_styles_a"]


def s_handoff(d, rng):
    d.add("NIGHTHAWK -> DAY TEAM SIGN-OUT  ", (C.date(rng, "us"), "DATE_TIME"), " ", (C.time(rng, "hours"), "DATE_TIME"),
          "\nfrom: ", (C.person(rng, "initial"), "PERSON"), " (remote, Sydney)  to: ", (C.person(rng, "initial"), "PERSON"), "\n")
    for i in range(rng.randint(3, 5)):
        d.add(f"{i + 1}) ", (C.person(rng, "lastfirst"), "PERSON"), " / ", (C.mrn(rng), "MRN"), " / ",
              (rng.choice(A.MODS), "modality"), " - ")
        kind = rng.random()
        if kind < 0.4:
            d.add("prelim called to ", (C.person(rng, "last"), "PERSON"), " at ", (C.time(rng, "ampm"), "DATE_TIME"),
                  "; ", (A.meas(rng), "measurement"), " ", (rng.choice(A.ANAT), "anatomy"), " lac, final pending\n")
        elif kind < 0.7:
            d.add("outside images from ", (C.facility(rng), "FACILITY"), " not loaded, ask ", (C.phone(rng), "PHONE"), "\n")
        else:
            d.add((rng.choice(A.LEVELS), "vertebral_level"), " fx ?acute, ", (rng.choice(A.SEQ), "sequence"), " rec'd\n")
    d.add("VPN box ", (C.ip(rng), "IP_ADDRESS"), " flaky again - ticket to IT. Thx\n")


def s_service(d, rng):
    eng = C.person(rng, "full")
    d.add("FIELD SERVICE REPORT  Ticket ", (f"FSR-{C.digits(rng, 7)}", "ACCOUNT_ID"), "\nCustomer site: ",
          (C.facility(rng), "FACILITY"), ", ")
    C.addr(d, rng, lines=False)
    d.add("\nSystem: 1.5T ", ("MRI", "modality"), " scanner  Serial: ", (C.serial(rng), "DEVICE_SERIAL"), "  Coil S/N ",
          (C.serial(rng), "DEVICE_SERIAL"), "\nSite contact: ", (C.person(rng, "full"), "PERSON"), " (lead tech) ",
          (C.phone(rng), "PHONE"), "\nFSE: ", (eng, "PERSON"), "  arrived ", (C.date(rng, "iso"), "DATE_TIME"), " ",
          (C.time(rng, "24"), "DATE_TIME"), "\n\nComplaint: ", (rng.choice(A.SEQ), "sequence"), " ghosting. Last patient "
          "on table was ", (C.person(rng, "lastfirst"), "PERSON"), " (acc ", (C.accession(rng), "ACCESSION"),
          ") - images sent to remote diag at ", (C.ip(rng), "IP_ADDRESS"), ".\nAction: replaced gradient amp board, "
          "serial ", (C.serial(rng), "DEVICE_SERIAL"), ". Helium ", (f"{rng.randint(60, 95)}%", None), ".\n",
          "Customer signature: ", (C.person(rng, "initial"), "PERSON"), "\n")


def s_newsletter(d, rng):
    d.add("THE FILM ROOM - Department of Radiology newsletter, ", (C.date(rng, "md"), "DATE_TIME"), " issue\n\n",
          "RETIREMENT: After ", (str(rng.randint(25, 41)), None), " years, ", (C.person(rng, "full"), "PERSON"),
          " retires from ", (C.facility(rng), "FACILITY"), ". She trained on film in ", (str(rng.randint(1979, 1990)), "year"),
          " and read her last ", ("CT", "modality"), " on ", (C.date(rng, "long"), "DATE_TIME"), ". Cake at ",
          (C.time(rng, "pm2"), "DATE_TIME"), " in the reading room.\n\n")
    d.add("BIRTHDAYS: ")
    for _ in range(rng.randint(3, 5)):
        d.add((C.person(rng, "full"), "PERSON"), " (", (C.date(rng, "md"), "DATE_TIME"), "), ")
    d.add("and our beloved volunteer ", (C.person(rng, "full"), "PERSON"), ", who turns ")
    C.age(d, rng, suffix="", old=0.8)
    d.add(" on Friday!\n\nWELCOME: new MSK fellow ", (C.person(rng, "full"), "PERSON"), ", ", ("MD", "credential"),
          ", whose favorite case is a ", (rng.choice(A.EPONYMS), "eponym"), ". Photos: ", (C.url(rng), "URL"), "\n")


def s_complaint(d, rng):
    pt, fac = C.person(rng, "full"), C.facility(rng)
    d.add((fac, "FACILITY"), " - Patient Relations\n", (C.date(rng, "long"), "DATE_TIME"), "\n\n", (pt, "PERSON"), "\n")
    C.addr(d, rng)
    d.add("\n\nRe: Grievance ", (C.account(rng), "ACCOUNT_ID"), "\n\nDear ", (pt.split()[0] if pt.split()[0].isalpha() else pt, "PERSON"),
          ",\n\nThank you for telling us about your ", ("MRI", "modality"), " visit on ", (C.date(rng, "md"), "DATE_TIME"),
          ". You waited until ", (C.time(rng, "ampm"), "DATE_TIME"), " and the technologist, ", (C.person(rng, "full"), "PERSON"),
          ", did not explain the ", (rng.choice(A.SEQ), "sequence"), " noise. We reviewed the study (accession ",
          (C.accession(rng), "ACCESSION"), ") and the ", (A.meas(rng), "measurement"), " finding was reported correctly. "
          "We have credited account ", (C.account(rng), "ACCOUNT_ID"), ".\n\nSincerely,\n", (C.person(rng, "full"), "PERSON"),
          ", Patient Advocate, ", (C.phone(rng), "PHONE"), ", ", (C.email(rng), "EMAIL"), "\n")


def s_death(d, rng):
    dec = C.person(rng, "full")
    d.add("REQUEST FOR IMAGING RECORDS OF A DECEASED PATIENT\nDecedent: ", (dec, "PERSON"), "\nDate of death: ",
          (C.date(rng, "dlong"), "DATE_TIME"), "   Age at death: ")
    C.age(d, rng, suffix="", old=0.6)
    d.add("\nSSN (last 4 not accepted; full required by estate): ", (C.ssn(rng), "SSN"), "\nRequester: ",
          (C.person(rng, "full"), "PERSON"), ", executor, ")
    C.addr(d, rng, lines=False)
    d.add("\nAttached: death certificate no. ", (f"{rng.randint(2020, 2026)}-{C.digits(rng, 6)}", "ACCOUNT_ID"),
          "; obituary excerpt: \"", (dec, "PERSON"), " of ", (rng.choice(C.CITIES)[0], "CITY"), " died peacefully at ",
          (C.facility(rng), "FACILITY"), ", survived by ", (C.person(rng, "full"), "PERSON"), " and ",
          (C.person(rng, "full"), "PERSON"), ".\"\nStudies requested: ", ("CT", "modality"), " head ",
          (C.date(rng, "us"), "DATE_TIME"), " (", (rng.choice(["Paget disease", "Chiari I malformation"]), "eponym"),
          " history). Deliver to ", (C.email(rng), "EMAIL"), "\n")


def s_forensic(d, rng):
    d.add("OFFICE OF THE MEDICAL EXAMINER - POSTMORTEM CT\nME case: ", (f"ME-{rng.randint(19, 26)}-{C.digits(rng, 4)}", "ACCOUNT_ID"),
          "\nDecedent: ", (C.person(rng, "lastfirst"), "PERSON"), " (tentative ID)   Est. age ")
    C.age(d, rng, suffix="", old=0.15)
    d.add("\nRecovered: ", (C.street(rng), "STREET_ADDRESS"), ", ", (rng.choice(C.CITIES)[0], "CITY"), " on ",
          (C.date(rng, "us"), "DATE_TIME"), " at ", (C.time(rng, "hours"), "DATE_TIME"), "\nInvestigator: ",
          (C.person(rng, "full"), "PERSON"), " badge ", (C.digits(rng, 5), "ACCOUNT_ID"), "\n\n", ("FINDINGS", "section_header"),
          ": ", ("CT", "modality"), " whole body. ")
    d.add("Comminuted fracture of the ", ("left temporal bone", "anatomy"), "; ", ("T12", "vertebral_level"),
          " burst. Orthopedic hardware serial ", (C.serial(rng), "DEVICE_SERIAL"), " in right femur, traced to ",
          (C.facility(rng), "FACILITY"), ". Dental comparison with records from Dr. ", (C.surname(rng), "PERSON"), ".\n",
          "Pathologist: ", (C.person(rng, "full"), "PERSON"), ", ", ("MD", "credential"), "\n")


def s_dental(d, rng):
    pt = C.person(rng, "full")
    d.add("ORTHODONTIC RECORDS - LATERAL CEPHALOGRAM TRACING\n", (C.facility(rng), "FACILITY"), "  ",
          (C.phone(rng), "PHONE"), "\nPatient: ", (pt, "PERSON"), "  Chart # ", (C.mrn(rng), "MRN"), "  DOB ",
          (C.dob(rng, "us"), "DATE_TIME"), "\nResponsible party: ", (C.person(rng, "full"), "PERSON"), "  Dental plan ",
          (C.plan_id(rng), "HEALTH_PLAN_ID"), "\nImage file: ceph_", ("".join(ch for ch in pt.split()[-1] if ch.isalpha()), "PERSON"),
          "_", (C.date(rng, "compact"), "DATE_TIME"), ".dcm  unit ", (C.serial(rng), "DEVICE_SERIAL"), "\n\n",
          "SNA 84.0  SNB 78.5  ANB 5.5  ", ("mandibular condyle", "anatomy"), " remodeling; airway ",
          (A.meas(rng), "measurement"), ".\nCBCT advised. Next adjustment ", (C.date(rng, "md"), "DATE_TIME"), " ",
          (C.time(rng, "ampm"), "DATE_TIME"), ". Dr. ", (C.person(rng, "full"), "PERSON"), ", DDS, MS\n")


def s_physio(d, rng):
    pt = C.person(rng, "full")
    d.add("REFERRAL FOR PHYSIOTHERAPY / CHIROPRACTIC CARE\nTo: ", (C.person(rng, "full"), "PERSON"), ", DC - ",
          (C.facility(rng), "FACILITY"), "\nFrom: Dr. ", (C.person(rng, "full"), "PERSON"), "\nRe: ", (pt, "PERSON"), ", ")
    C.age(d, rng, old=0.1)
    d.add(", phone ", (C.phone(rng), "PHONE"), ", member ID ", (C.plan_id(rng), "HEALTH_PLAN_ID"), "\n\n",
          "Recent ", ("MRI", "modality"), " (", (C.date(rng, "mshort"), "DATE_TIME"), "): ", (rng.choice(A.LEVELS), "vertebral_level"),
          " facet arthropathy; ", ("C5-C6", "vertebral_level"), " foraminal narrowing on ", ("STIR", "sequence"),
          "; ", (A.meas(rng), "measurement"), " ", ("Baker cyst", "eponym"), " incidental.\n",
          "Please no high-velocity manipulation of the cervical spine. 2x/week for 6 weeks.\n", (pt.split()[-1], "PERSON"),
          " prefers mornings; lives at ", (C.street(rng), "STREET_ADDRESS"), ".\n")


def s_van(d, rng):
    fac = C.facility(rng)
    d.add("MOBILE X-RAY UNIT 7 - DAILY RUN LOG  ", (C.date(rng, "dmy"), "DATE_TIME"), "\nTech: ", (C.person(rng, "full"), "PERSON"),
          "  Van plate unit serial ", (C.serial(rng), "DEVICE_SERIAL"), "\n")
    for _ in range(rng.randint(3, 5)):
        d.add((C.time(rng, "24"), "DATE_TIME"), "  ", (rng.choice(["Blue Heron Skilled Nursing", "Kessler Ridge Correctional Facility", fac]), "FACILITY"),
              " rm ", str(rng.randint(100, 350)), "  ", (C.person(rng, "lastfirst"), "PERSON"), "  ")
        C.age(d, rng, suffix="y", old=0.45)
        d.add("  ", ("XR", "modality"), " ", rng.choice(["chest 1v", "hip 2v", "KUB"]), "  acc ", (C.accession(rng), "ACCESSION"),
              "  ordered by ", (C.person(rng, "initial"), "PERSON"), "\n")
    d.add("Inmate ID on one order was used as MRN: ", (C.mrn(rng), "MRN"), " - corrected. Dispatcher ", (C.phone(rng), "PHONE"), "\n")


def s_oct(d, rng):
    pt = C.person(rng, "lastfirst")
    d.add("OPTICAL COHERENCE TOMOGRAPHY - MACULA & RNFL\n", (C.facility(rng), "FACILITY"), "\nName: ", (pt, "PERSON"),
          "   ID: ", (C.mrn(rng), "MRN"), "   DOB: ", (C.dob(rng, "iso"), "DATE_TIME"), "   Age ")
    C.age(d, rng, suffix="", old=0.35)
    d.add("\nExam: ", (C.date(rng, "iso"), "DATE_TIME"), " ", (C.time(rng, "sec"), "DATE_TIME"), "  Device SN ",
          (C.serial(rng), "DEVICE_SERIAL"), "  Operator: ", (C.person(rng, "initial"), "PERSON"), "\n",
          "OD central subfield ", (f"{rng.randint(240, 420)} um", "measurement"), "; ", ("optic nerve head", "anatomy"),
          " cup-to-disc 0.6. Cross-ref ", ("MRI", "modality"), " orbits ", (C.date(rng, "mdnum"), "DATE_TIME"),
          " for ", ("Graves orbitopathy", "eponym"), ", ordered after ", ("Graves disease", "eponym"), " diagnosis in ",
          (str(rng.randint(2010, 2024)), "year"), ".\nExport: ", (C.url(rng), "URL"), "\nReviewed: ",
          (C.person(rng, "full"), "PERSON"), ", OD\n")
