"""blind16 styles 11-20. Each style(g) returns (Doc, modality)."""
from __future__ import annotations

import b16_pools as P
from b16_gen import Doc
from b16_styles_a import A, C, H, M

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def scoliosis_school(g):
    d, st, par, nurse = Doc(), g.person(0.2), g.person(), g.person()
    d.add(g.pick(["Lincoln", "Riverside", "Oak Grove", "Westbrook"]), " Unified School District - Health Services\n",
          "SCOLIOSIS SCREENING REFERRAL\n\nStudent: ", st.f("FL"), "   Grade ", str(g.r.randint(5, 9)), "   DOB ",
          g.date(fmt="mdY", y0=2010, y1=2015), "\nSchool: ", (g.pick(["Juniper Hill Middle School", "Dr. Ruth Okafor Academy",
                                              "Cottonwood Junior High", "Saint Anne School"]), "FACILITY"),
          "\nParent/guardian: ", par.f("FL"), "  ", g.phone(), "\nHome: ", g.address(), "\nScreened ", g.date(),
          " by ", nurse.f("FL"), ", ", C("RN"), "\n\nAdam forward bend: ", g.pick(["R", "L"]), " thoracic prominence; ",
          "scoliometer ", (f"{g.r.randint(5, 14)} degrees", "measurement"), ".\n",
          "Your child should see a physician; a standing ", M("XR"), " (PA spine) may be ordered.\n\n",
          "--- Physician return section ---\n", H("FINDINGS"), ": Cobb angle ", (f"{g.r.randint(8, 38)} degrees", "measurement"),
          " ", (g.pick(["T4", "T5", "T6"]), "vertebral_level"), " to ", (g.pick(["T11", "T12", "L1", "L2"]), "vertebral_level"), ", Risser ", str(g.r.randint(0, 4)),
          ".\nSeen at ", g.facility(), " on ", g.date(fmt=g.pick(["md", "BdY"])), "  Physician: ", g.person().f("FL"),
          ", ", C("MD"), "\n")
    return d, "XR"


def biobank_manifest(g):
    d = Doc()
    d.add("# BIOBANK SHIPMENT MANIFEST  ship_date=", g.date(fmt="ISO"), "  courier_tracking=1Z", g.digits(6),
          "\n# from ", g.facility(), " freezer S/N ", g.serial(), " -> core lab; packed by ", g.person().f("FL"),
          "\nspecimen_id\tsubject\tmrn\tdob\tcollected\timaging_acc\tconsent_by\tnote\n")
    for _ in range(g.r.randint(4, 7)):
        d.add(f"BB-{g.r.randint(100000, 999999)}\t", g.person(0.15).f(g.pick(["LFU", "HL7", "LF"])), "\t", g.mrn(), "\t",
              g.dob("ISO"), "\t", g.date(fmt="ISO"), " ", g.time("24"), "\t", g.acc(), "\t", g.person().f("LFI"), "\t",
              g.pick([[g.age(0.2, "Y")], [M("MRI"), " ", g.seq()], [g.meas(), " ", A("liver lesion")], ["hemolyzed"]]), "\n")
    d.add("# discrepancies to ", g.email(), "\n")
    return d, "MR"


def implant_recall(g):
    d, pt, surg = Doc(), g.person(0.2), g.person()
    dev = g.pick(["spinal cord stimulator", "cochlear implant", "programmable shunt valve", "hip prosthesis"])
    d.add(g.facility(), "\nPatient Safety Office\n\n", g.date(fmt="BdY"), "\n\n", pt.f("FML"), "\n", g.address("\n"),
          "\n\nIMPORTANT: Medical device recall notification\n\nDear ", g.pick(["Mr.", "Ms.", "Mx."]), " ", pt.f("L"), ",\n\n",
          "Our records show that on ", g.date(fmt=g.pick(["BdY", "mdY"])), " Dr. ", surg.f("L"), " implanted a ", dev, " (model year ", g.year(), ")",
          " (serial number ", g.serial(), ") at our hospital. The manufacturer has issued a recall because the device ",
          "may heat during ", M("MRI"), " scans, especially ", g.seq(), " sequences. Until further notice do not have an ",
          M("MRI"), " unless your care team confirms it is safe. ", M("CT"), ", ", M("XR"), " and ", M("US"), " are not affected.\n\n",
          "Please call our recall line at ", g.phone(), " (reference ", g.acct(), ") or write to ", g.email(), ".\n",
          "Your medical record number is ", g.mrn(), ".\n\nSincerely,\n", g.person().f("FL"), ", ", C("MD"),
          "\nChief Quality Officer\n")
    return d, "MR"


def second_opinion_abroad(g):
    d, pt, doc_, us = Doc(), g.person(0.2), g.person(), g.person()
    city, pc, pref, fac, street = g.pick(P.FOREIGN)
    d.add("Department of Radiology, ", (fac, "FACILITY"), "\n", (f"{street} {g.r.randint(1, 180)}"
                                                                if g.chance(0.5) else f"{g.r.randint(1, 180)} {street}",
                 "STREET_ADDRESS"), ", ", (pc, "ZIP"), " ", (city, "CITY"), "\nTel. ", g.fphone(pref), "  ", g.email(doc_),
          "\n\n", (city, "CITY"), ", ", g.date(fmt=g.pick(["eu", "dBY", "DMY"])), "\n\nTo: Dr. ", us.f("FML"), ", ", g.facility(), ", ",
          g.city(), "\n\nRe: second opinion - ", pt.f("LF"), ", born ", g.date(fmt="eu", y0=1935, y1=2010),
          ", our ref. ", g.mrn(), "\n\nDear colleague,\n\nYour patient, a ", g.age(0.15, "-year-old"), ", ",
          "was examined here on ", g.date(fmt=g.pick(["eu", "dBY"])), " whilst on holiday. ", M("MRI"), " of the ",
          A(g.pick(["lumbar spine", "left knee", "brain"])), " showed ", g.pick([[g.level(), " disc extrusion"],
                                                                                [g.epo()], [g.meas(), " lesion"]]),
          " on ", g.seq(), ". We would value your opinion; images are available at ", g.url(), " (code ", g.digits(6),
          ").\n\nKind regards,\n", doc_.f(g.pick(["FL", "IL"])), ", ", C("MD"), "\n")
    return d, "MR"


def tumor_registry_abstract(g):
    d, pt = Doc(), g.person(0.25)
    d.add("CANCER REGISTRY ABSTRACT  (NAACCR-style worksheet)\nReporting facility: ", g.facility(), "\nAbstractor: ",
          g.person().f("LFI"), ", CTR   Abstract date: ", g.date(fmt="mdY"), "\n\n", "Name........... ", pt.f("LFM"),
          "\nSSN............ ", g.ssn(), "\nMed rec no..... ", g.mrn(), "\nDOB............ ", g.dob("mdY"),
          "\nAge at dx...... ", g.age(0.12, " yrs"), "\nAddress at dx.. ", g.address(), "\nPayer.......... ",
          g.pick(P.HEALTH_PLANS), " ", g.hpid(), "\n\nDate of dx..... ", g.date(fmt="mdY"), "\nPrimary site... ",
          A(g.pick(["upper lobe, left lung", "pancreas, head", "breast, UOQ", "kidney, right"])), "\nHistology...... ",
          g.pick(["adenocarcinoma 8140/3", "clear cell RCC 8310/3", "IDC 8500/3", [("Hodgkin lymphoma", "eponym"), " 9650/3"]]),
          "\nImaging: ", M("CT"), " ", g.date(fmt="md"), " primary ", g.meas(), "; ", M("PET"), "/", M("CT"), " staging",
          " Acc ", g.acc(), "\n")
    if pt.last in P.EPONYM_OF:
        d.add("Comorbid: ", (P.EPONYM_OF[pt.last], "eponym"), "\n")
    d.add("Managing physician: ", g.person().f("FL"), ", ", C("MD"), "\nFollow-up contact: ", g.person().f("FL"),
          " (daughter) ", g.phone(), "\n")
    return d, "CT"


def fistulogram_note(g):
    d, pt, neph, op = Doc(), g.person(0.2), g.person(), g.person()
    d.add(g.facility(), "\nDIALYSIS ACCESS - FISTULOGRAM / PTA\nPt: ", pt.f("LFM"), "  MRN ", g.mrn(), "  ",
          g.age(0.2, "Y"), "\nDialysis unit: ", g.facility(["Dialysis Access Center", "Kidney Care Unit"]), " (", g.city(), "), chair ", str(g.r.randint(1, 24)),
          ", HD MWF\nNephrologist: Dr. ", neph.f("L"), "  fax ", g.phone(), "\nDOS: ", g.date(), "   start ",
          g.time(), "  end ", g.time(), "\n\n", H("INDICATION"), ": ", g.pick(["high venous pressures", "prolonged bleeding",
                                                                                 "poor flows 250 mL/min"]), ".\n",
          H("PROCEDURE"), ": Antegrade access of the ", A(g.pick(["left brachiocephalic fistula", "right radiocephalic AVF",
                                                                   "left forearm loop graft"])), ". Stenosis at ",
          A(g.pick(["cephalic arch", "juxta-anastomotic segment", "venous anastomosis"])), " ", g.meas(),
          " treated with 7 mm balloon. Central veins patent.\n", H("IMPRESSION"), ": Successful PTA. Residual <30%.\n",
          "Operator: ", op.f("FL"), ", ", C(g.pick(["MD", "DO"])), "  Device lot/serial ", g.serial(), "\n")
    return d, "XR"


def telehealth_transcript(g):
    d, doc_, pt = Doc(), g.person(), g.person(0.2)
    d.add("Telehealth video visit - auto transcript\nVisit ID ", g.acc(), "  joined from ", g.ip(), "\nLink: ",
          g.url(), "\nScheduled ", g.date(fmt=g.pick(["BdY", "mdY"])), " ", g.time("12"), "\n\n",
          "[t=0s] DR. ", (doc_.last.upper(), "PERSON"), ": Hi, can you hear me? I'm Dr. ", doc_.f("L"),
          " from radiology follow-up, can you see teh screen?\n[t=6s] PATIENT: Yes. This is ", pt.f("FL"), ".\n",
          "[t=14s] DR.: Great. Can you confirm your birthday?\n[t=19s] PATIENT: ", g.dob("BdY"), ".\n",
          "[t=31s] DR.: Your ", M(g.pick(["CT", "MRI"])), " from ", g.date(fmt=g.pick(["Bd", "md", "b.d"])), " showed a ",
          g.meas(), " nodule in the ", g.anat(), ", ", (g.pick(["Lung-RADS 3", "Fleischner low risk", "TI-RADS 3",
                                                                "LI-RADS 3"]), "score"), ".\n",
          "[t=58s] PATIENT: Ok. is that bad? My ", g.pick(["son", "wife", "sister"]), ", ", g.person().f("F"), ", is here too. ",
          "Can you e-mail it to ", g.email(pt), "?\n[t=75s] DR.: Sure. Repeat scan in ", "6 months",
          "; scheduling will call ", g.phone(), ".\n[end ", g.time("sec"), "]\n")
    return d, "CT"


def cruise_ship_xray(g):
    d, pt, doc_ = Doc(), g.person(0.2), g.person()
    d.add("MEDICAL CENTRE - ", (g.pick(["MV Aurora Meridian", "MS Nordic Tern", "MV Coral Sovereign"]), "FACILITY"),
          "\nPort of call: ", (g.pick(["Savannah", "Anchorage", "Juneau", "Key West", "Galveston", "Honolulu"]), "CITY"), "   Date: ", g.date(fmt=g.pick(["dbY", "dBY", "UPPER"])), "  ", g.time("24"),
          "\nGuest: ", pt.f("LFU"), "  Cabin ", (f"{g.r.randint(4, 12)}{g.r.randint(100, 399)}", "STREET_ADDRESS"),
          "  Folio ", g.acct(), "\nDOB: ", g.dob("dbY"), "   Nationality: ", g.pick(["USA", "CAN", "GBR", "DEU"]),
          "\nEmergency contact: ", g.person().f("FL"), " ", g.phone(), "\n\nPORTABLE ", M("XR"), " ",
          g.pick(["L wrist 2 views", "chest PA", "R ankle 3 views"]), " (unit S/N ", g.serial(), ")\n",
          "Slipped on pool deck. ", g.pick([[("Colles fracture", "eponym"), " of distal ", A("radius"), ", dorsal angulation"],
                                            ["Lungs clear, no ", ("Kerley B lines", "eponym")],
                                            ["Avulsion fx of ", A("lateral malleolus"), " ", g.meas()]]),
          ".\nImages sent to shoreside teleradiology ", g.url(g.acc()[0]), "\nShip physician: Dr. ", doc_.f("FL"),
          "\nDisembark for ortho at ", g.facility(), "? ", g.pick(["Yes", "No - splint, f/u home"]), "\n")
    return d, "XR"
