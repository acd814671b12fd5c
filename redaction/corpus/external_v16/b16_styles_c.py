"""blind16 styles: bilingual report, AI-vendor ticket, deposition excerpt."""
from __future__ import annotations

import b16_pools as P
from b16_gen import Doc
from b16_styles_a import A, C, H, M
from b16_styles_b import FR_MONTHS


def bilingual_report(g):
    d, pt, rad, ref = Doc(), g.person(0.2), g.person(), g.person()
    dd = g.rdate()
    fr = f"{dd.day} {FR_MONTHS[dd.month - 1]} {dd.year}"
    d.add(g.facility(), " / Centre d'imagerie\n", (f"{g.r.randint(100, 9999)} chemin de la Côte-des-Neiges", "STREET_ADDRESS"),
          ", ", ("Montréal", "CITY"), " QC ", (g.pick(["H3T 1E2", "H3S 1Z1", "H2X 3J4"]), "ZIP"), "\n\n",
          "RAPPORT DE RADIOLOGIE / RADIOLOGY REPORT\nNom / Name: ", pt.f("LFU"), "\nNo dossier / MRN: ", g.mrn(),
          "   RAMQ: ", (f"{pt.last[:3].upper().ljust(3, 'X')}{pt.first[0].upper()} {g.digits(4)} {g.digits(4)}", "HEALTH_PLAN_ID"),
          "\nDate de naissance / DOB: ", g.dob("ISO"), "\nDate de l'examen / Exam date: ", (fr, "DATE_TIME"), " ", g.time("fr"),
          "\nMédecin référent / Referring: Dre ", ref.f("L"), "\nNo d'accès / Accession: ", g.acc(), "\n\n",
          "Examen: ", M(g.pick(["IRM", "TDM", "CT", "MRI"])), " ", g.pick(["cérébrale / brain", "lombaire / lumbar"]), "\n",
          H(g.pick(["CONSTATATIONS / FINDINGS", "TROUVAILLES / FINDINGS"])), ":\n",
          "Hypersignal ", g.seq(), " de la ", A("substance blanche"), " ", g.meas(), ". ", g.level(),
          ": protrusion discale / disc protrusion.\n", H("CONCLUSION / IMPRESSION"), ": ",
          g.pick(["Changements non spécifiques.", "Nonspecific white matter change.", "Comparé à l'examen de "]))
    if d.parts[-1].startswith("Comparé"):
        d.add(g.year(), ": stable.")
    d.add("\n\nSigné électroniquement par / e-signed by ", rad.f("FL"), ", ", C("MD"), ", FRCPC  ",
          g.date(fmt="ISO"), " ", g.time("24"), "\nTél. ", g.phone("514"), "\n")
    return d, "MR"


def ai_vendor_ticket(g):
    d, rep, eng = Doc(), g.person(), g.person()
    acc = g.acc()
    d.add("[", g.pick(["NodulAI", "StrokeSight", "FracFinder"]), " Support] Ticket #", (g.digits(6), "ACCOUNT_ID"),
          " - false ", g.pick(["negative", "positive"]), "\nOpened: ", g.date(fmt="ISO"), " ", g.time("sec"),
          " UTC by ", rep.f("FL"), " <", g.email(rep), ">\nSite: ", g.facility(), "  gateway ", g.ip(),
          "  scanner S/N ", g.serial(), "\nSeverity: P2\n\nDescription:\nStudy ", acc, " (MRN ", g.mrn(), ", ",
          g.age(0.15, " y/o"), ") ", M(g.pick(["CT", "MRI"])), " ", g.pick(["chest LDCT", "head w/o", "wrist"]),
          " acquired ", g.stamp(), ". Model flagged ", g.meas(), " finding in ", g.anat(),
          g.pick([" but radiologist called it a ", " and missed the "]), g.epo(), ". Viewer link: ", g.url(acc[0]),
          "\nInference node ", g.ip(), " log excerpt:\n  ", g.time("sec"), " WARN series 3 slice thickness 5mm > 1.25mm\n",
          "\nComment (", eng.f("IL"), ", vendor eng): pulled DICOM via ", g.ip(), "; please confirm PHI was scrubbed. ",
          "Reported radiologist: Dr. ", g.person(0.15).f("L"), ".\n")
    return d, "CT"


def deposition_excerpt(g):
    d, wit, pt, atty1, atty2 = Doc(), g.person(0.15), g.person(0.25), g.person(), g.person()
    line = g.r.randint(1, 12)
    page = g.r.randint(20, 180)

    def q(*pieces):
        nonlocal line
        d.add(f"{page}:{line:<3} ", *pieces, "\n")
        line += 1

    d.add("IN THE SUPERIOR COURT OF ", (g.pick(["Pima", "Fresno", "Spokane", "Knox"]) + " County", "CITY"),
          "\n", (pt.f("FL")[0].upper(), "PERSON"), " v. ", g.facility(), ", et al.\nDEPOSITION OF ", (wit.f("FML")[0].upper(), "PERSON"),
          ", M.D.\nTaken ", g.date(fmt="BdY"), "\n\n")
    q("BY ", ("MR." if g.chance(0.5) else "MS."), " ", (atty1.last.upper(), "PERSON"), ":")
    q("Q. Doctor, you interpreted the ", M("CT"), " of ", pt.f("FL"), " on ", g.date(fmt="BdY"), "?")
    q("A. Yes, at ", g.facility(), ", around ", g.time("12"), ".")
    q("Q. Accession ", g.acc(), "?")
    q("A. That's right.")
    q("Q. Did you see the ", g.meas(), " lesion in the ", g.anat(), "?")
    q("A. In retrospect it's visible. I reported it as ", (g.pick(["Bosniak IIF", "LI-RADS 3", "BI-RADS 3", "O-RADS 3"]), "score"), ".")
    q("Q. And the patient, then ", g.age(0.2, "-year-old"), ", was not called?")
    q("A. I phoned Dr. ", g.person().f("L"), " at ", g.phone(), " on ", g.date(fmt="md"), ".")
    if pt.last in P.EPONYM_OF:
        q("Q. Was the ", (P.EPONYM_OF[pt.last], "eponym"), " relevant?")
    q(("MS." if g.chance(0.5) else "MR."), " ", (atty2.last.upper(), "PERSON"), ": Objection, form.")
    return d, "CT"
