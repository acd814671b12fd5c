"""Prose styles, part B: veteran disability-claim imaging statements, amyloid-PET disclosure visits,
prenatal bereavement letters, dermatology-radiology joint clinic notes, research re-contact letters."""

from __future__ import annotations

from b27_doc import K, P


def veteran_claim_statement(c):
    d = c.doc(["MR", "XR", "CT"])
    vet, rad, rep = c.person(), c.person(), c.person()
    a = c.age(0.35, 38, 89)
    era = ("Korean War" if a >= 88 else "Vietnam" if a >= 68 else c.pick(("Gulf War", "peacetime")) if a >= 50
           else c.pick(("Operation Iraqi Freedom", "post-9/11")))
    v = c.rng.randrange(4)
    if v == 0:
        d.f("{}\n" + c.pick(("Imaging Service", "Radiology Service", "Diagnostic Imaging (114)", "Department of Radiology")) + "\n\n"
            + c.pick(("STATEMENT IN SUPPORT OF CLAIM", "Medical opinion - imaging", "RADIOLOGY NEXUS STATEMENT", "Independent medical opinion"))
            + "\n" + c.pick(("Veteran", "Claimant", "Name", "VETERAN")) + ": {}    SSN: {}\n\n", P(c.fac("va"), "FACILITY"),
            c.nm(vet, "LFM", "LF"), P(c.ssn(), "SSN"))
    elif v == 1:
        d.f("{}\n\n" + c.pick(("Re", "RE", "Subject", "Claimant")) + ": {}, SSN {}, DOB {}\n"
            + c.pick(("To: Rating Veterans Service Representative", "Attn: Evidence Intake Center", "To the Board of Veterans' Appeals",
                      "To: Veterans Benefits Administration")) + "\n\n", c.d(c.day(-10, 0), "long", "us"),
            c.nm(vet, "fml", "fl"), P(c.ssn(), "SSN"), c.d(c.dob(a), "us", "long"))
    elif v == 2:
        d.f(c.pick(("Radiologist medical opinion - disability compensation", "Imaging summary for service-connection claim",
                     "Nexus opinion (radiology)")) + "\nClaimant {} (" + c.pick(("C-file SSN", "SSN", "SS#")) + " {})\n"
            + c.pick(("Prepared", "Written", "Date")) + " {} at {}\n\n",
            c.nm(vet, "fl", "Lf"), P(c.ssn(), "SSN"), c.d(c.day(-10, 0), "dmy_abbr", "iso"), P(c.fac("va"), "FACILITY"))
    else:
        d.f(c.pick(("To Whom It May Concern:", "Dear Rating Specialist,", "To the VA claims examiner:")) + "\n\nI am writing at the request of {} (DOB {}), a {} veteran of the {} era.\n\n",
            c.nm(vet, "fml", "fl"), c.d(c.dob(a), "us", "long", "abbr"), c.age_ph(a, vet.sex, ("yo-",)), era)
    d.f("I have reviewed {}'s imaging performed at our facility from {} through {}", c.nm(vet, "l", "fl"),
        K(str(c.rng.randint(2009, 2018)), "year"), K(str(c.rng.randint(2019, 2025)), "year"))
    if c.chance(0.5):
        d.f(", including outside films from {} in {}", P(c.fac(), "FACILITY"), P(c.pick(("Bozeman", "Hilo", "Kingman", "Taos", "Bangor")), "CITY"))
    who = c.pick(("The veteran", vet.he.capitalize()))
    subj = who if v == 3 else [who, ", now ", c.age_ph(a, vet.sex, ("years",)), ","]
    d.f(". {} served during the {} era and reports {}.\n\n", subj, era,
        c.pick(("repeated parachute landings", "a rollover of a 5-ton truck", "carrying ruck loads of 90 lb", "a blast injury")))
    body = c.rng.randrange(3)
    if body == 0:
        d.f("{} of the lumbar spine dated {} demonstrates disc desiccation at {} and {}, a broad-based protrusion at {} "
            "contacting the traversing {} nerve root, and {} endplate change at {}. {} are present at {}.",
            K(c.pick(("MRI", "MR")), "modality"), c.d(c.day(-300, -30), "us", "long"), K("L4-L5", "vertebral_level"),
            K("L5-S1", "vertebral_level"), K("L4-L5", "vertebral_level"), K(c.pick(("L5", "S1")), "vertebral_level"), K("Modic type 1", "eponym"), K("L5-S1", "vertebral_level"),
            K("Schmorl nodes", "eponym"), K(c.pick(("T12", "L1", "T11-T12")), "vertebral_level"))
        d.f(" The {} images show {} marrow edema.", K("sagittal STIR", "sequence"), c.pick(("mild", "no residual", "persistent")))
    elif body == 1:
        d.f("Bilateral knee radiographs dated {} show {} joint-space narrowing with {} osteophytes, and the {} {} "
            "shows a {} tear of the {} with a {} popliteal {}.", c.d(c.day(-300, -30), "us", "long"),
            c.pick(("medial", "tricompartmental")), K(f"{c.rng.randint(3, 9)} mm", "measurement"), c.pick(("right", "left")),
            K("MRI", "modality"), c.pick(("complex", "horizontal")), K("posterior horn of the medial meniscus", "anatomy"),
            K(f"{c.rng.randint(2, 6)} cm", "measurement"), K("Baker cyst", "eponym"))
    else:
        d.f("{} of the chest dated {} shows {} pleural plaques and a {} nodule in the {}, {}; the {} score is {}.",
            K(c.pick(("CT", "Low-dose CT")), "modality"), c.d(c.day(-300, -30), "us", "long"), c.pick(("calcified", "bilateral")),
            K(f"{c.rng.randint(4, 9)} mm", "measurement"), K(c.pick(("right upper lobe", "left lower lobe")), "anatomy"),
            c.pick(("solid", "part-solid")), K("Agatston", "eponym"), K(str(c.rng.randint(0, 900)), "measurement"))
        d.f(" Follow-up per {} is appropriate.", K(c.pick(("Lung-RADS 3", "Lung-RADS 2", "Fleischner guidelines")), "score"))
    d.f("\n\nIn my opinion it is at least as likely as not (50% or greater probability) that these findings are "
        "consistent with the in-service injury described. ")
    if c.chance(0.5):
        d.f("{} representative, {}, may be reached at {}.", c.pick(("The veteran's VSO", "The accredited")),
            c.nm(rep, "fl", "fml"), P(c.phone(), "PHONE"))
    d.f("\n\nRespectfully,\n{}\n{}\n", c.staff(rad, ("MD", "DO", "MD, DABR")), c.pick(("Staff Radiologist", "Chief, Imaging Service")))
    if c.chance(0.45):
        d.f("Veteran address on file: {}\n", c.addr())
    return d


def amyloid_disclosure(c):
    d = c.doc(["CT", "MR"])
    pt, cg, neuro, sw = c.person(), c.person(), c.person(), c.person()
    a = c.age(0.2, 61, 88)
    cl = c.rng.randint(-8, 110)
    pos = cl > 24
    rel = c.pick(("wife", "husband", "daughter", "son", "partner", "longtime friend"))
    cg = c.kin(rel)
    v = c.rng.randrange(4)
    if v == 0:
        d.f("MEMORY CLINIC - AMYLOID PET DISCLOSURE VISIT\n{}\n{} | MRN {} | {}\n\n", P(c.fac(), "FACILITY"),
            c.nm(pt, "LFM", "LF"), P(c.mrn(), "MRN"), c.d(None, "us", "dmy_abbr"))
    elif v == 1:
        d.f("Disclosure note - {}\nSeen {} at {} with {} {}\n\n", c.nm(pt, "fl", "fml"), c.d(None, "long", "abbr"),
            c.t("12", "24"), pt.his, rel)
    elif v == 2:
        d.f("Cognitive Neurology | {}\nPatient: {}  DOB: {}  Acc (PET): {}\n\n", c.d(None, "iso", "us"), c.nm(pt, "Lf", "fl"),
            c.d(c.dob(a), "us"), P(c.acc("NM"), "ACCESSION"))
    else:
        d.f("{}, {}\nAmyloid results conversation ({})\n\n", c.nm(pt, "LF", "fl"), c.age_ph(a, pt.sex, ("Y", "sx", "yo")),
            c.pick(("in person", "video visit", "in person with interpreter")))
    d.f("{}: ", K(c.pick(("SUBJECTIVE", "Background", "History")), "section_header"))
    d.f("{} is a {} {} with {} cognitive impairment ({}, {}). ", c.nm(pt, "fl", "f", "l"), c.age_ph(a, pt.sex, ("yo-", "years", "y/o")),
        c.pick(("retired machinist", "former nurse", "retired pastor", "person")), c.pick(("mild", "amnestic mild", "progressive")),
        K(f"MMSE {c.rng.randint(19, 28)}/30", "score"), K(c.pick(("CDR 0.5", "CDR 1")), "score"))
    d.f("{} {} {} came to hear the results and {}. ", pt.his.capitalize(), rel, c.nm(cg, "fl", "f", "nick"),
        c.pick(("asked most of the questions", "took notes", "was tearful", "had read about the new infusions")))
    d.f("\n\n{}: ", K(c.pick(("RESULTS", "Imaging", "Objective")), "section_header"))
    d.f("{} on {} read by {}: {} cortical tracer uptake, {}, most marked in the {} and {}. ",
        K("Amyloid PET/CT", "modality"), c.d(c.day(-30, -5), "md", "mon_d", "us"), c.dr(neuro),
        "increased" if pos else "no increased", K(f"Centiloid {cl}", "score"),
        K(c.pick(("precuneus", "posterior cingulate")), "anatomy"), K(c.pick(("lateral temporal cortex", "frontal lobes")), "anatomy"))
    d.f("Baseline brain {} shows {} and {} microhemorrhages on {}; hippocampal volume {}.",
        K("MRI", "modality"), K(c.pick(("Fazekas grade 1", "Fazekas grade 2", "Fazekas grade 0")), "score"),
        c.pick(("no", "two", "one")), K(c.pick(("SWI", "T2* GRE")), "sequence"), K(f"{c.rng.randint(5, 30)}th percentile", "measurement"))
    d.f("\n\n{}: ", K(c.pick(("ASSESSMENT", "Discussion", "Assessment/Plan")), "section_header"))
    if pos:
        d.f("The scan supports {} as the cause. We discussed anti-amyloid therapy, the need for {} before doses "
            "5, 7 and 14 to watch for ARIA, and the {} status. ", K("Alzheimer disease", "eponym"), K("MRI", "modality"),
            c.pick(("APOE e4 homozygous", "APOE e4 heterozygous", "still untested APOE")))
    else:
        d.f("A negative scan makes {} unlikely; we discussed {}, mood and vascular contributions. ", K("Alzheimer disease", "eponym"),
            K(c.pick(("Lewy body disease", "Parkinson disease", "Binswanger disease")), "eponym"))
    d.f("{} will meet {} on {}", c.nm(cg, "f", "fl"), c.staff(sw, ("LCSW", "MSW, LCSW")), c.d(c.day(3, 30), "md", "mon_d", "abbr_dot"))
    d.f(" and can call {} with questions.\n\n", P(c.phone(), "PHONE"))
    d.f("{} ({}), {}\n", c.nm(neuro, "fl", "fml"), K(c.pick(("MD", "DO", "MD, PhD")), "credential"), c.pick(("Behavioral Neurology",
        "Memory Disorders Program", "Cognitive Neurology")))
    return d


def bereavement_letter(c):
    d = c.doc("US")
    mom, partner, mfm, sono, coord = c.person("F"), c.person(), c.person(), c.person(), c.person("F")
    baby = c.pick(("Rose", "Hope", "Ivy", "Grant", "Sterling", "Summer", "Joy", "Mateo", "Opal"))
    a = c.rng.randint(19, 44)
    dx = c.pick(([K("Edwards syndrome", "eponym")], ["absence of both ", K("kidneys", "anatomy")], [K("Potter sequence", "eponym")],
                 [K("Dandy-Walker malformation", "eponym")], ["anencephaly"],
                 [K("Turner syndrome", "eponym"), " with a large cystic hygroma"]))
    v = c.rng.randrange(4)
    if v == 0:
        d.f("{}\n" + c.pick(("Maternal-Fetal Medicine", "Fetal Care Center", "Perinatal Diagnosis Service", "Obstetric Ultrasound Unit"))
            + "\n{}\n\n{}\n{}\n\n", P(c.fac(), "FACILITY"), c.d(c.day(-6, 0), "long", "dmy_long"),
            c.nm(mom, "fl", "fml"), c.addr(sep="\n"))
    elif v == 1:
        d.f("{}\n\n" + c.pick(("In memory of", "Remembering", "With love for", "For baby")) + " {}\n\n", c.d(c.day(-6, 0), "long", "us"), P(baby, "PERSON"))
    elif v == 2:
        d.f("{} Fetal Care Team | {}\n{}\n\nDear {} and {},\n\n", P(c.fac(), "FACILITY"), P(c.phone(), "PHONE"),
            c.d(c.day(-6, 0), "long", "abbr"), c.nm(mom, "f"), c.nm(partner, "f", "nick1"))
    else:
        d.f(c.pick(("Personal and confidential", "PRIVATE & CONFIDENTIAL", "Confidential - to be opened by addressee"))
            + "\n{} - {}\n" + c.pick(("For", "To", "Addressee")) + ": {}\n\n", c.d(c.day(-6, 0), "us", "long"), P(c.fac(), "FACILITY"), c.nm(mom, "fl", "Lf"))
    if v != 2:
        d.f(c.pick(("Dear {},\n\n", "Dear {},\n\n", "Dearest {},\n\n", "{},\n\n")), c.nm(mom, "f", "fl"))
    d.f("We are so sorry for the loss of your {} {}. ", c.pick(("baby", "daughter" if baby in ("Rose", "Hope", "Ivy", "Summer", "Joy", "Opal") else "son")),
        P(baby, "PERSON"))
    d.f("Many families tell us they want a written summary of what was seen, so I have set it down here.\n\n")
    d.f("At your {} scan on {}, {} noted {} ", c.pick(("anatomy", "20-week", "detailed")),
        c.d(c.day(-90, -40), "long", "mon_d", "us"), c.nm(sono, "fl", "f"), c.pick(("that the amniotic fluid was very low",
        "a cyst at the back of the brain", "differences in the hands and the heart", "a large fluid collection at the neck")))
    d.f("and a second {} confirmed {}", K(c.pick(("ultrasound", "US", "fetal MRI")), "modality"),
        dx)
    if c.chance(0.5):
        d.f(" (nuchal fold {}, {} not seen)", K(f"{c.rng.randint(6, 12)} mm", "measurement"),
            K(c.pick(("kidneys", "bladder", "cerebellar vermis", "stomach")), "anatomy"))
    d.f(". {} was born on {}", P(baby, "PERSON"), c.d(c.day(-35, -3), "long", "mon_d", "ordinal"))
    d.f(" at {}", c.t("12", "12dot", "24"))
    d.f(" and {}.\n\n", c.pick(("died peacefully in your arms", "lived for a little under two hours", "was held by you both")))
    d.f("You asked whether {} could happen again. At {} your chance is {}; {} of genetics would be glad to see you. ",
        c.pick(("this", "it")), c.age_ph(a, "F", ("age", "years")), c.pick(("low", "about 1%", "close to the background risk")),
        c.dr(c.person()))
    d.f("The photographs and hand and foot prints are in your memory box, and the digital images can be downloaded "
        "until {} at {}.\n\n", c.d(c.day(60, 200), "long", "us"), P(c.url("share", f"m/{c.token(10)}"), "URL"))
    d.f("{} our bereavement coordinator, will ring on {}; you can also reach her directly on {}.\n\n",
        [c.nm(coord, "fl", "f"), ","], c.d(c.day(5, 25), "mon_d", "md", "abbr_dot"),
        P(c.phone(), "PHONE"))
    d.f("With deepest sympathy,\n\n{}\n{}\n", c.staff(mfm, ("MD", "MD, FACOG", "DO")), c.pick(("Maternal-Fetal Medicine", "Fetal Imaging Service")))
    return d


def derm_rad_clinic(c):
    d = c.doc("US")
    pt, derm, rad, fel = c.person(), c.person(), c.person(), c.person()
    a = c.age(0.15, 30, 89)
    lesion = c.pick((("melanoma", "Breslow thickness", "measurement"), ("Merkel cell carcinoma", None, None),
                     ("squamous cell carcinoma", None, None), ("dermatofibrosarcoma protuberans", None, None)))
    basin = c.pick(("left inguinal", "right axillary", "left cervical level II", "right popliteal", "left axillary"))
    v = c.rng.randrange(4)
    if v == 0:
        d.f("JOINT DERMATOLOGY-RADIOLOGY CLINIC\n{}\n{} ({})  MRN {}\n\n", P(c.fac("cancer"), "FACILITY"), c.nm(pt, "LFM", "LF"),
            c.age_ph(a, pt.sex, ("sx", "Y", "yo")), P(c.mrn(), "MRN"))
    elif v == 1:
        d.f("Skin lesion / nodal ultrasound clinic - {}\nPatient: {}   Seen: {} {}\n\n", P(c.fac(), "FACILITY"),
            c.nm(pt, "fl", "fml"), c.d(None, "us", "abbr"), c.t("24", "12"))
    elif v == 2:
        d.f("{} - multidisciplinary skin clinic note\n{}, DOB {}, acc {}\n\n", c.d(None, "dmy_abbr", "iso"), c.nm(pt, "Lf", "fl"),
            c.d(c.dob(a), "us"), P(c.acc("US"), "ACCESSION"))
    else:
        d.f("Derm/Rad combined visit\nSeen by {} and {}\nPt {} - {}\n\n", c.dr(derm), c.dr(rad), c.nm(pt, "fl", "LF"),
            c.d(None, "long", "us"))
    d.f("{}: ", K(c.pick(("History", "HPI", "Background")), "section_header"))
    d.f("{} is a {} {} with {}", c.nm(pt, "fl", "f", "l"), c.age_ph(a, pt.sex, ("yo-", "y/o", "years")),
        "woman" if pt.sex == "F" else "man", K(lesion[0], "eponym") if lesion[0].startswith("Merkel") else lesion[0])
    if lesion[1]:
        d.f(" ({} {}, {})", lesion[1], K(f"{c.rng.randint(4, 40) / 10} mm", "measurement"), K(c.pick(("Clark level IV", "Clark level III",
            "pT2a", "pT3b")), "score"))
    d.f(" of the {}, excised on {}. ", K(c.pick(("left calf", "upper back", "right forearm", "scalp", "left thigh")), "anatomy"),
        c.d(c.day(-200, -60), "us", "long", "md"))
    if c.chance(0.5):
        d.f("Photos uploaded to {}. ", P(c.url("dermphoto", f"c/{c.token(6)}/{c.digits(4)}"), "URL"))
    d.f("\n\n{}: ", K(c.pick(("Ultrasound", "US FINDINGS", "Imaging")), "section_header"))
    d.f("High-frequency {} of the {} basin: {} node measuring {} with {} cortex and {} on {}. ",
        K(c.pick(("ultrasound", "US")), "modality"), basin, c.pick(("one", "a single", "a dominant")),
        K(f"{c.rng.randint(6, 22)} x {c.rng.randint(4, 12)} mm", "measurement"), c.pick(("eccentric thickened", "uniformly thin", "nodular")),
        c.pick(("peripheral flow", "hilar flow only", "no flow")), K("Doppler", "eponym"))
    if c.chance(0.4):
        d.f("Scar itself shows a {} hypoechoic band, in keeping with granulation. ", K(f"{c.rng.randint(2, 9)} mm", "measurement"))
    if c.chance(0.3):
        d.f("Separate {} on the {} is incidental. ", K(c.pick(("Baker cyst", "Morton neuroma", "Dupuytren cord")), "eponym"),
            c.pick(("contralateral side", "same limb")))
    d.f("\n\n{}: ", K(c.pick(("Plan", "PLAN", "Recommendations")), "section_header"))
    d.f("{} at {}; next {} surveillance on {}.", c.pick(("US-guided FNA today", "Repeat ultrasound in 3 months", "Discuss at skin MDT")),
        P(c.fac(), "FACILITY") if c.chance(0.4) else "this site", K(c.pick(("PET/CT", "CT", "MRI", "ultrasound")), "modality"),
        c.d(c.day(60, 120), "mon_d", "us", "md"))
    if c.chance(0.5):
        d.f(" {} prefers contact by e-mail: {}.", c.nm(pt, "f", "nick1"), P(c.email(pt), "EMAIL"))
    d.f("\n\n{} / {}", c.staff(derm, ("MD", "DO", "MD, FAAD")), c.staff(rad, ("MD", "MBBS")))
    if c.chance(0.5):
        d.f("\nFellow: {}", c.nm(fel, "fl", "f.l"))
    d.add("\n")
    return d


def recontact_letter(c):
    d = c.doc(["MR", "CT"])
    pp, par, pi, coord = c.person(), c.person(), c.person(), c.person("F")
    age_now, enrolled = c.rng.randint(18, 27), c.rng.randint(2008, 2019)
    study = c.pick(("Healthy Brain Growth Study", "Pediatric Scoliosis Imaging Cohort", "Teen Concussion MRI Registry",
                    "Childhood Asthma CT Archive"))
    v = c.rng.randrange(4)
    if v == 0:
        d.f("{}\n" + c.pick(("Department of Radiology Research", "Imaging Research Office", "Pediatric Imaging Research Core"))
            + "\n{}\n\n{}\n{}\n\n", P(c.fac(), "FACILITY"), c.d(c.day(-6, 0), "long"),
            c.nm(pp, "fl", "fml"), c.addr(sep="\n"))
    elif v == 1:
        d.f("{}\n\n" + c.pick(("Re: the {} - your images", "About your scans in the {}", "RE: {} (re-consent)")) + "\n\n", c.d(c.day(-6, 0), "long", "dmy_long", "us"), study)
    elif v == 2:
        d.f("Sent by e-mail to {} on {}\nSubject: Now that you are {} - a question about your {} scans\n\n",
            P(c.email(pp), "EMAIL"), c.d(c.day(-6, 0), "us", "abbr"), K(str(age_now), "age_under_90"), K("MRI", "modality"))
    else:
        d.f("{} | {} | {}\n" + c.pick(("", "Participant re-contact\n", "Adult re-consent request\n")) + "\n", P(c.fac(), "FACILITY"), study, c.d(c.day(-6, 0), "iso", "long"))
    d.f("Dear {},\n\n", c.nm(pp, "f", "fl", "nick1"))
    d.f("When you were {}, your {} {} agreed for you to take part in the {} in {}. ", c.pick(("younger", "a child", "in middle school")),
        c.pick(("mother", "father", "parent", "guardian")), c.nm(par, "fl", "f"), study, K(str(enrolled), "year"))
    d.f("You had {} scans here ({} and {}), the last on {}. ", c.pick(("two", "three", "four")),
        K(c.pick(("MRI", "low-dose CT", "CT")), "modality"), K(c.pick(("resting-state fMRI", "DTI", "T1 MPRAGE", "3D T2 SPACE")), "sequence"),
        c.d(c.day(-2500, -900), "long", "us"))
    d.f("Now that you are an adult{}, we need your own permission to keep using those images.\n\n",
        c.pick(("", " (over 18)", " and live independently")))
    d.f("Nothing in your care will change whatever you decide. You can choose online at {} ", P(c.url("econsent", f"r/{c.token(8)}"), "URL"))
    d.f("or call {} at {}", c.nm(coord, "fl", "f"), P(c.phone(), "PHONE"))
    if c.chance(0.5):
        d.f(" (or write to {})", P(c.email(coord), "EMAIL"))
    d.f(". If we do not hear from you by {}, your images will be {}.\n\n", c.d(c.day(60, 120), "long", "mon_d", "us"),
        c.pick(("kept but not shared", "removed from future analyses", "kept for the original study only")))
    if c.chance(0.5):
        find = c.pick((K("Chiari I malformation", "eponym"), "pineal cyst", "arachnoid cyst", K("Rathke cleft cyst", "eponym")))
        d.f("One of your scans showed a small {} ({}) that was reported to your family at the time; it needs no follow-up.\n\n",
            find, K(f"{c.rng.randint(4, 11)} mm", "measurement"))
    d.f("With thanks,\n\n{}\nPrincipal Investigator\n", c.staff(pi, ("PhD", "MD, PhD", "MD")))
    return d


STYLES = {
    "veteran_claim_statement": veteran_claim_statement,
    "amyloid_disclosure": amyloid_disclosure,
    "bereavement_letter": bereavement_letter,
    "derm_rad_clinic": derm_rad_clinic,
    "recontact_letter": recontact_letter,
}
