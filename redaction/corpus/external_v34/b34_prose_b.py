"""Prose styles 6-10: research incidental disclosure, OPO donor review, palliative consult, school clearance, post-mortem CT."""

from __future__ import annotations

from b34_prose_a import _sents


def research_incidental_disclosure(g, d):
    p, pi, coord = g.person(), g.person(), g.person()
    study = f"{g.pick('NEURO', 'CARDIO', 'AGE')}-{g.digits(3)}"
    d.add(g.pick("Research Incidental Finding - Disclosure Call\n", "Study coordinator note: incidental finding\n",
                 "IF DISCLOSURE LOG ENTRY\n"))
    d.add("Protocol ", study, g.pick(" | Subject ID ", " / participant "), (f"S{g.digits(4)}-{g.digits(2)}", "ACCOUNT_ID"), "\n")
    d.add("Participant: ", p.any(), g.pick("; research MRN ", "; hospital MRN "), g.mrn(), "\n\n")
    older = g.maybe(0.35)
    _sents(g, d, [
        lambda: ["The research ", g.mod("MRI"), " on ", g.date(), " was not a clinical study, but the reviewing neuroradiologist,"
                 " Dr. ", pi.sur(), ", flagged a ", g.meas(), " lesion in the ", g.anat(), " on ", g.seq(), "."],
        lambda: ["I phoned ", p.first and (p.first, "PERSON"), g.pick(" at ", " on "), g.phone(), " at ", g.time(),
                 "; voicemail was not left, per protocol."],
        lambda: ["The participant is ", g.old() if older else g.young(55, 89), g.pick(" years old", " y/o"),
                 " and enrolled in ", g.year(), "."],
        lambda: ["Clinical images were pushed to ", g.fac(), " under accession ", g.acc(), " so the primary care physician, ",
                 g.person().any(), ", can order a diagnostic study."],
        lambda: ["No findings of ", g.ep(), " or ", g.ep(), " were reported in the research read."],
    ])
    d.add("\n\n", coord.full(), g.pick(", study coordinator, ", ", CRC, "), coord.email(), "\n")
    return "MR"


def opo_donor_imaging_review(g, d):
    donor, coord, rad = g.person(), g.person(), g.person()
    d.add(g.pick("Organ Procurement Organization - Donor Imaging Review\n", "OPO referral: CT chest/abdomen review\n",
                 "DONOR EVALUATION - RADIOLOGY CONSULT\n"))
    d.add(g.pick("Referral #", "UNOS ID "), (f"{g.pick('DON', 'AHB')}{g.digits(4)}", "ACCOUNT_ID"), g.pick("  Hospital: ", "  Donor hospital: "),
          g.fac(), "\n")
    d.add("Donor: ", donor.any(), "  ", g.pick("Admit ", "Admitted "), g.date(), "\n\n")
    _sents(g, d, [
        lambda: ["Coordinator ", coord.full(), " requested an over-read of the ", g.mod("CT"), " performed at ", g.time(),
                 " on ", g.date(), "."],
        lambda: ["The donor is a ", g.young(18, 70), "-year-old with ", g.score("gcs"), " on arrival after anoxic injury."],
        lambda: ["Lungs: ", g.pick("no consolidation; ", "dependent atelectasis; "), "a ", g.meas(), " nodule in the ",
                 (g.pick("right lower lobe", "left upper lobe", "lingula"), "anatomy"), " is indeterminate (", g.score("lung"), " equivalent)."],
        lambda: ["Kidneys measure ", (f"{g.r.randint(95, 125) / 10:.1f} cm", "measurement"), " and ",
                 (f"{g.r.randint(95, 125) / 10:.1f} cm", "measurement"), " without mass; ", g.ep(), " not excluded on noncontrast images."],
        lambda: ["Images accessed through ", g.url(), " from workstation ", g.ip(), "."],
    ])
    d.add("\n\nImpression discussed with the OPO on-call line ", g.phone(), ". ", g.pick("Dr. ", ""), rad.full(),
          ", ", g.cred(g.pick("MD", "DO")), "\n")
    return "CT"


def palliative_imaging_consult(g, d):
    p, hcp, pc, onc = g.person(), g.person(), g.person(), g.person()
    d.add(g.pick("Palliative Care Consult - imaging goals\n", "PALLIATIVE MEDICINE NOTE\n", "Goals-of-care note re: restaging scan\n"))
    d.add(p.any(), g.pick(" | ", "   "), g.pick("MRN ", "#"), g.mrn(), g.pick(" | Rm ", "   Bed "), f"{g.r.randint(2, 9)}{g.r.randint(10, 60)}", "\n\n")
    age = g.old() if g.maybe(0.6) else g.young(60, 89)
    _sents(g, d, [
        lambda: ["Asked to see this ", age, g.pick("-year-old", " year old", "-yo"), " with metastatic disease regarding whether the"
                 " planned ", g.mod("PET/CT"), " on ", g.date(), " still fits goals."],
        lambda: ["Health-care proxy is ", hcp.full(), g.pick(" (son)", " (niece)", " (partner)"), ", reachable at ", g.phone(), "."],
        lambda: ["Prior ", g.mod("MRI"), " showed epidural disease at ", g.lvl(), " and ", g.lvl(), "."],
        lambda: ["Dr. ", onc.sur(), " from oncology joined by phone at ", g.time(), "."],
        lambda: ["Family met in the ", g.fac(short=True), " chapel conference room; ", hcp.lower(), g.pick(" cried", " asked about pain",
                 " wondered about hospice at home"), "."],
    ])
    d.add("\n\n", g.hdr(g.pick("Recommendations", "PLAN", "Assessment/Plan")), ": cancel restaging; radiation oncology for a single fraction to ",
          g.lvl(), ". Home hospice intake to ", *g.addr(), ".\n", pc.full(), ", ", g.cred(g.pick("MD", "NP", "DO")), "\n")
    return "CT"


def school_clearance_letter(g, d):
    kid, par, doc_, nurse = g.person(), g.person(), g.person(), g.person()
    par.last = kid.last if g.maybe(0.7) else par.last
    d.add(g.fac(), "\n", g.pick("Pediatric Orthopedics & Sports Imaging\n", "Department of Radiology\n"), *g.addr("\n"), "\n\n")
    d.add(g.date(), "\n\n", g.pick("To the school nurse", "Dear Coach", "To whom it may concern"), g.pick(",", " -", ":"), "\n\n")
    _sents(g, d, [
        lambda: ["Re: ", kid.any(), g.pick(", date of birth ", ", DOB "), g.dob(), "."],
        lambda: [kid.first and (kid.first, "PERSON"), " was seen for a ", g.ep() if g.maybe(0.5) else ("distal radius buckle fracture", "anatomy"),
                 " and follow-up ", g.mod(g.pick("radiographs", "X-rays")), " on ", g.date(), " show healing."],
        lambda: ["He or she may return to ", g.pick("PE", "soccer", "gymnastics", "cross-country"), " on ", g.date(),
                 ", avoiding contact until ", g.date(), "."],
        lambda: ["Questions may go to our nurse, ", nurse.full(), ", at ", g.phone(), "."],
        lambda: ["Parent/guardian ", par.full(), g.pick(" has a copy.", " signed the release."), " Age at visit: ", g.young(6, 17), "."],
    ], sep="\n")
    d.add("\n\nSincerely,\n\n", doc_.full(), ", ", g.cred(g.pick("MD", "DO", "PA-C")), "\n")
    return "XR"


def postmortem_ct_note(g, d):
    dec, me, inv = g.person(), g.person(), g.person()
    d.add(g.pick("OFFICE OF THE MEDICAL EXAMINER - Post-mortem CT\n", "Postmortem imaging note (PMCT)\n", "Decedent CT survey\n"))
    d.add(g.pick("Case ", "ME case no. "), (f"ME{g.digits(2)}-{g.digits(4)}", "ACCOUNT_ID"), "   Decedent: ", dec.any(), "\n")
    d.add(g.pick("Pronounced ", "Date of death "), g.date(), " ", g.time(), "\n\n")
    age = g.old() if g.maybe(0.5) else g.young(30, 89)
    _sents(g, d, [
        lambda: ["The decedent, a ", age, "-year-old ", g.pick("woman", "man"), " found at ", *g.addr(), ", was scanned on the"
                 " mortuary ", g.mod("CT"), " (serial ", g.serial(), ")."],
        lambda: ["There is a displaced fracture at ", g.lvl(), " and a ", g.meas(), " hematoma adjacent to the ", g.anat(), "."],
        lambda: ["Investigator ", inv.full(), " (", g.phone(), ") relayed that the decedent's son, ", g.person().any(),
                 ", identified the body."],
        lambda: ["Hospital records from ", g.fac(), g.pick(" (MRN ", " (medical record "), g.mrn(), ") note prior ", g.ep(), "."],
        lambda: ["Gas in the ", g.anat(), " is attributed to decomposition rather than trauma."],
    ])
    d.add("\n\n", g.hdr(g.pick("Opinion", "IMPRESSION", "Summary")), ": findings support ", g.pick("a fall", "blunt trauma",
          "natural death"), ". Dictated ", g.date(), " by Dr. ", me.sur(), ", forensic pathologist.\n")
    return "CT"


STYLES = {
    "research_incidental_disclosure": research_incidental_disclosure,
    "opo_donor_imaging_review": opo_donor_imaging_review,
    "palliative_imaging_consult": palliative_imaging_consult,
    "school_clearance_letter": school_clearance_letter,
    "postmortem_ct_note": postmortem_ct_note,
}
