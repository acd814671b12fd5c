"""Prose styles, part A: vascular access consults, clip-marker notes, whole-body MRI surveillance,
swallow studies with speech-language pathology, fracture-clinic letters to schools."""

from __future__ import annotations

from b27_doc import K, P


def vascular_access_consult(c):
    d = c.doc("US")
    pt, rn, ref, fam = c.person(), c.person(), c.person(), c.person()
    a = c.age(0.25, 24, 88)
    mrn, side = P(c.mrn(), "MRN"), c.pick(("right", "left"))
    v = c.rng.randrange(4)
    if v == 0:
        d.f("VASCULAR ACCESS TEAM {}\n{}\nPatient: {}    MRN: {}    DOB: {}\n\n", c.pick(("CONSULT", "CONSULTATION", "NOTE")),
            P(c.fac(), "FACILITY"), c.nm(pt, "LFM", "LF"), mrn, c.d(c.dob(a), "us", "dmy_abbr"))
    elif v == 1:
        d.f("Vascular Access Service - {} note\nPt: {} ({})  Rm {}\nDate of service: {} {}\n\n",
            c.pick(("consult", "insertion", "midline")), c.nm(pt, "fl", "fml"), mrn,
            f"{c.rng.randint(200, 899)}{c.pick('ABCD')}", c.d(None, "us", "iso", "abbr"), c.t("24", "12"))
    elif v == 2:
        d.f("[VAT] PICC/midline request - {}\nRequested by {} on {} at {}\n{}, MRN {}, acct {}\n\n", P(c.fac(), "FACILITY"),
            c.dr(ref), c.d(None, "md", "us_short"), c.t("24", "hours"), c.nm(pt, "Lf", "LF"), mrn, P(c.acct(), "ACCOUNT_ID"))
    else:
        d.f("{} {}  |  {}\nVA team consult for {} (DOB {})\n\n", c.d(None, "dmy_abbr", "iso"), c.t("24"),
            P(c.fac(), "FACILITY"), c.nm(pt, "fml", "LFM"), c.d(c.dob(a), "us", "long"))
    d.f("{}: ", K(c.pick(("HPI", "History", "Reason for consult")), "section_header"))
    d.f("{} is a {} {} {} for {}. ", c.nm(pt, "fl", "f", "nick1"), c.age_ph(a, pt.sex, ("yo-", "y/o", "years")),
        "woman" if pt.sex == "F" else "man", c.pick(("admitted", "seen in clinic", "on the oncology floor")),
        c.pick(("6 weeks of IV cefazolin for vertebral osteomyelitis", "home TPN", "outpatient chemotherapy",
                "difficult peripheral access after four failed attempts", "long-term vancomycin")))
    if c.chance(0.6):
        d.f("Consult placed by {} ({}). ", c.dr(ref), P(c.phone(), "PHONE"))
    if c.chance(0.4):
        d.f("Prior right arm PICC in {} was removed for a {} of the {}. ", K(str(c.rng.randint(2015, 2024)), "year"),
            c.pick(("catheter-related thrombus", "line infection", "fracture")), K("brachial vein", "anatomy"))
    d.f("\n\n{}: ", K(c.pick(("Vessel assessment", "ULTRASOUND", "Findings")), "section_header"))
    d.f("{} survey of the {} upper extremity: the {} measures {} at the mid-upper arm and compresses fully; "
        "the {} measures {}. {} flow is phasic in the {}. ",
        K(c.pick(("Ultrasound", "US", "Bedside ultrasound")), "modality"), side, K("basilic vein", "anatomy"),
        K(f"{c.rng.randint(35, 61) / 10} mm", "measurement"), K(c.pick(("cephalic vein", "brachial vein")), "anatomy"),
        K(f"{c.rng.randint(18, 40) / 10} mm", "measurement"), K("Doppler", "eponym"), K("subclavian vein", "anatomy"))
    if c.chance(0.5):
        d.f("Modified {} normal. ", K("Allen test", "eponym"))
    d.f("\n\n{}: ", K(c.pick(("Procedure", "PROCEDURE", "Insertion")), "section_header"))
    d.f("After time-out at {}, under real-time guidance using modified {}, a {} {} (serial {}) was placed via the {} {}. "
        "Total length {}, external length {}, arm circumference {}. Tip confirmed at the {} by {}. ",
        c.t("24", "12", "hours"), K("Seldinger technique", "eponym"), K(c.pick(("4 Fr", "5 Fr", "3 Fr")), "measurement"),
        c.pick(("single-lumen PICC", "double-lumen power PICC", "midline catheter")), P(c.serial(), "DEVICE_SERIAL"),
        side, K("basilic vein", "anatomy"), K(f"{c.rng.randint(36, 50)} cm", "measurement"),
        K(f"{c.rng.randint(0, 2)} cm", "measurement"), K(f"{c.rng.randint(24, 36)} cm", "measurement"),
        K("cavoatrial junction", "anatomy"), c.pick(("ECG tip confirmation", "ECG tip location; no chest film needed",
                                                     "portable chest radiograph")))
    if c.chance(0.55):
        rel = c.pick(("daughter", "son", "wife", "husband", "niece", "partner"))
        fam = c.kin(rel)
        d.f("\n\n{} {} {} was at the bedside, and consent was {}; {} can be reached at {}.", pt.his.capitalize(), rel,
            c.nm(fam, "fl", "nick"), c.pick(("signed by the patient", "obtained by telephone from the health-care proxy")),
            fam.he if rel != "partner" else "they", P(c.phone(), "PHONE"))
    d.f("\n\n{}: Line ready for use. Next dressing change due {}. ", K(c.pick(("Plan", "PLAN", "Recommendations")), "section_header"),
        c.d(c.day(0, 30), "md", "mon_d", "us"))
    if c.chance(0.4):
        d.f("Discussed with {} on {}.", c.nm(ref, "fl", "f.l"), c.pick(("Teams", "the floor phone", "rounds")))
    d.f("\n\n-- {}\n", c.staff(rn, ("RN, VA-BC", "RN", "BSN, RN, VA-BC", "CRNI")))
    if c.chance(0.5):
        d.f("VAT pager {}\n", P(c.phone(), "PHONE"))
    return d


def clip_marker_note(c):
    d = c.doc("MG")
    pt, rad, tech, sup = c.person("F"), c.person(), c.person(), c.person()
    a = c.age(0.08, 38, 86)
    clock, quad = c.rng.randint(1, 12), c.pick(("upper outer quadrant", "lower inner quadrant", "retroareolar region",
                                                 "upper inner quadrant", "axillary tail"))
    side = c.pick(("left", "right"))
    v = c.rng.randrange(4)
    if v == 0:
        d.f("{}\nBREAST BIOPSY - MARKER PLACEMENT NOTE\nName: {}   DOB: {}   Acc: {}\n\n", P(c.fac("imaging"), "FACILITY"),
            c.nm(pt, "LFM", "LF"), c.d(c.dob(a), "us"), P(c.acc("MG"), "ACCESSION"))
    elif v == 1:
        d.f("Post-biopsy clip note ({})\nPatient {}, MRN {}\n\n", c.pick(("stereotactic", "US-guided", "MRI-guided")),
            c.nm(pt, "fl", "fml"), P(c.mrn(), "MRN"))
    elif v == 2:
        d.f("Procedure date: {}\nPt: {} | Acc# {} | Site: {}\n\n", c.d(None, "long", "abbr", "iso"), c.nm(pt, "Lf", "Lfm"),
            P(c.acc("US"), "ACCESSION"), P(c.fac("imaging"), "FACILITY"))
    else:
        d.f("Clip-marker placement, {} breast - {}\n{} ({})\n\n", side, c.d(None, "us", "dmy_abbr"), c.nm(pt, "LFM", "fl"),
            c.age_ph(a, "F", ("yo", "y/o", "Y", "sx")))
    d.f("{}: ", K(c.pick(("INDICATION", "Indication", "History")), "section_header"))
    d.f("{} is a {} woman with a {} {} in the {} breast at {} o'clock, {} from the nipple, assessed as {} on "
        "the {} {}. ", c.nm(pt, "fl", "f", "l"), c.age_ph(a, "F", ("yo-", "years")), K(f"{c.rng.randint(5, 24)} mm", "measurement"),
        c.pick(("irregular mass", "group of fine pleomorphic calcifications", "area of non-mass enhancement")), side,
        clock, K(f"{c.rng.randint(2, 11)} cm", "measurement"), K(c.pick(("BI-RADS 4A", "BI-RADS 4B", "BI-RADS 4C", "BI-RADS 5")), "score"),
        c.d(c.day(-40, -5), "md", "mon_d", "us"), K(c.pick(("mammogram", "diagnostic mammogram", "breast MRI", "ultrasound")), "modality"))
    if c.chance(0.45):
        rel = c.pick(("sister", "friend", "daughter", "wife", "husband", "son"))
        sup = c.kin(rel)
        d.f("Her {} {} accompanied her and stayed in the waiting room. ", rel, c.nm(sup, "f", "fl", "nick"))
    d.f("\n\n{}: ", K(c.pick(("PROCEDURE", "Technique", "Procedure")), "section_header"))
    d.f("Time-out performed at {} with {} and {} present. Following {} samples with a {} vacuum-assisted device, a {} "
        "marker (serial {}) was deployed in the {}. ", c.t("24", "12"), c.dr(rad), c.staff(tech, ("RT(R)(M)", "RT(R)(M)(BS)", "RDMS")),
        c.rng.randint(4, 12), K(c.pick(("9-gauge", "10-gauge", "12-gauge", "14-gauge")), "measurement"),
        c.pick(("ribbon-shaped", "coil-shaped", "venus-shaped", "hydrogel-embedded")), P(c.serial(), "DEVICE_SERIAL"), K(quad, "anatomy"))
    d.f("Post-procedure {} and {} views show the marker {} from the targeted {}. ", c.pick(("CC", "craniocaudal")),
        c.pick(("ML", "MLO", "true lateral")), K(f"{c.rng.randint(1, 9)} mm", "measurement"),
        c.pick(("calcifications", "mass", "biopsy cavity")))
    if c.chance(0.35):
        d.f("The marker lies just deep to {} and superficial to the {}. ", K("Cooper ligaments", "eponym"), K("pectoralis major", "anatomy"))
    if c.chance(0.3):
        d.f("Incidental {} noted in the {}, unchanged since {}. ", c.pick(("intramammary lymph node", "oil cyst")),
            K(c.pick(("axilla", "lateral breast")), "anatomy"), K(str(c.rng.randint(2016, 2024)), "year"))
    d.f("\n\n{}: Pathology expected in 2-3 business days. Results will be called to the patient at {}", K(c.pick(("PLAN", "Plan", "Follow-up")), "section_header"),
        P(c.phone(), "PHONE"))
    if c.chance(0.4):
        d.f(" or sent to {}", P(c.email(pt), "EMAIL"))
    d.f(". Radiology-pathology concordance review on {}.\n\n", c.d(c.day(1, 10), "md", "abbr_dot", "us"))
    d.f("Electronically signed: {} {}", c.staff(rad, ("MD", "DO", "MD, FSBI")), c.d(None, "us", "iso"))
    d.f(" {}\n", c.t("24", "12lc"))
    return d


def wbmri_predisposition(c):
    d = c.doc("MR")
    pt, rel, gc, rad = c.person(), c.person("F"), c.person(), c.person()
    a = c.rng.randint(4, 52)
    syn = c.pick((("Li-Fraumeni syndrome", "TP53"), ("von Hippel-Lindau disease", "VHL"), ("Lynch syndrome", "MSH2"),
                  ("Cowden syndrome", "PTEN"), ("Li-Fraumeni syndrome", "TP53")))
    v = c.rng.randrange(4)
    if v == 0:
        d.f("WHOLE-BODY MRI - CANCER PREDISPOSITION SURVEILLANCE\n{}\n{}  MRN {}  Acc {}\n\n", P(c.fac(), "FACILITY"),
            c.nm(pt, "LFM", "LF"), P(c.mrn(), "MRN"), P(c.acc("MR"), "ACCESSION"))
    elif v == 1:
        d.f("Exam: {} whole-body MRI without contrast\nPatient: {} (DOB {})\nDate: {}\n\n", K("MRI", "modality"),
            c.nm(pt, "fl", "fml"), c.d(c.dob(a), "us", "iso"), c.d(None, "long", "us"))
    elif v == 2:
        d.f("{} | WB-MRI ({} protocol) | {}\nReferring: {}\n\n", P(c.acc("MR"), "ACCESSION"), syn[1], c.d(None, "dmy_abbr", "iso"),
            c.dr(gc, True))
    else:
        d.f("Surveillance WB-MRI report for {}, {}\n{}\n\n", c.nm(pt, "fl", "nick"), c.age_ph(a, pt.sex, ("yo-", "age", "aged")),
            P(c.fac("children" if a < 18 else "cancer"), "FACILITY"))
    d.f("{}: ", K(c.pick(("CLINICAL HISTORY", "History", "INDICATION")), "section_header"))
    d.f("{} with {} (germline {} variant), {} surveillance. ", c.age_ph(a, pt.sex, ("yo-", "y/o", "years")), K(syn[0], "eponym"),
        syn[1], c.pick(("annual", "first", "12-month", "interval")))
    d.f("{} {} was diagnosed with {} at {}", pt.his.capitalize() + " " + c.pick(("mother", "aunt", "grandmother", "sister")),
        c.nm(rel, "fl", "f"), c.pick(("adrenocortical carcinoma", "breast cancer", "osteosarcoma", "renal cell carcinoma",
                                       "choroid plexus carcinoma")), K(str(c.rng.randint(22, 61)), "age_under_90"))
    d.f(" and {}. Prior whole-body study {}.\n\n", c.pick(("is in remission", "died in " + str(c.rng.randint(2008, 2022)), "is followed here")),
        c.d(c.day(-420, -330), "us", "long", "mon_d"))
    d.f("{}: ", K(c.pick(("TECHNIQUE", "Technique", "PROTOCOL")), "section_header"))
    seqs = c.rng.sample(["coronal STIR", "axial DWI", "T1 Dixon", "axial HASTE", "sagittal T2 spine", "axial T2 FLAIR",
                         "coronal T1", "DWIBS"], 4)
    d.f("{}, {}, {} and {} from vertex to toes at {}. No contrast. {} ",
        K(seqs[0], "sequence"), K(seqs[1], "sequence"), K(seqs[2], "sequence"), K(seqs[3], "sequence"),
        K(c.pick(("1.5 T", "3 T")), "measurement"), c.pick(("Feed-and-wrap; no sedation.", "Performed under general anesthesia.",
                                                           "Audio-visual distraction used.")))
    d.f("\n\n{}: ", K(c.pick(("FINDINGS", "Findings")), "section_header"))
    d.f("Brain: no mass on {}. Spine: marrow signal normal; {} at {} unchanged. ", K("FLAIR", "sequence"),
        c.pick(("small hemangioma", "Schmorl node", "bone island")), K(c.pick(("T11", "L2", "T8", "L4", "C6")), "vertebral_level"))
    if c.chance(0.5):
        d.f("Kidneys: {} cyst in the {} ({}), {}. ", c.pick(("simple", "minimally septated")), K(c.pick(("left upper pole",
            "right interpolar kidney")), "anatomy"), K(f"{c.rng.randint(6, 31)} mm", "measurement"),
            K(c.pick(("Bosniak I", "Bosniak II", "Bosniak IIF")), "score"))
    if c.chance(0.4):
        d.f("Adnexa: {} follicle, {}. ", K(f"{c.rng.randint(12, 28)} mm", "measurement"), K(c.pick(("O-RADS MRI 2", "O-RADS MRI 1")), "score"))
    d.f("Long bones and pelvis: no focal restricted diffusion on {}. Adrenals {}.", K("DWI", "sequence"),
        c.pick(("normal", "unremarkable", "without nodule")))
    d.f("\n\n{}: ", K(c.pick(("IMPRESSION", "Impression")), "section_header"))
    d.f("No {}-related tumour identified. Next surveillance {} in 12 months (due around {}); {} aware.\n\n",
        syn[1], K("MRI", "modality"), c.d(c.day(330, 380), "mon_d", "us", "long"), c.staff(gc, ("MS, CGC", "CGC", "MD")))
    d.f("{} {}\n", c.pick(("Reported by", "Radiologist:", "Signed:")), c.staff(rad, ("MD", "MBBS, FRCR", "DO")))
    return d


def swallow_study_slp(c):
    d = c.doc("XR")
    pt, slp, rad, fam = c.person(), c.person(), c.person(), c.person()
    a = c.age(0.4, 55, 89)
    pas = c.rng.randint(1, 8)
    v = c.rng.randrange(4)
    if v == 0:
        d.f("MODIFIED BARIUM SWALLOW STUDY\n{} - Speech-Language Pathology / Radiology\n{}, {}   MRN: {}\n\n",
            P(c.fac(), "FACILITY"), c.nm(pt, "LFM", "LF"), c.age_ph(a, pt.sex, ("Y", "sx", "yo")), P(c.mrn(), "MRN"))
    elif v == 1:
        d.f("VFSS ({})\nDate/time: {} {}\nPt {} - Acc {}\n\n", c.pick(("videofluoroscopic swallow study", "MBSImP protocol")),
            c.d(None, "us", "dmy_abbr"), c.t("24", "12"), c.nm(pt, "fl", "Lf"), P(c.acc("RF"), "ACCESSION"))
    elif v == 2:
        d.f("Swallow study note for {} (DOB {})\n{}\n\n", c.nm(pt, "fml", "fl"), c.d(c.dob(a), "us", "long"), P(c.fac(), "FACILITY"))
    else:
        d.f("{} | {} | MBS\n{} {} co-read with {}\n\n", c.d(None, "iso", "abbr"), c.nm(pt, "LF", "Lf"), c.pick(("SLP", "Clinician:")),
            c.nm(slp, "fl", "f.l"), c.dr(rad))
    d.f("{}: ", K(c.pick(("History", "REFERRAL", "Background")), "section_header"))
    d.f("{} is a {} {} referred by {} for {}. ", c.nm(pt, "fl", "f", "quoted"), c.age_ph(a, pt.sex, ("yo-", "years", "y/o")),
        c.pick(("retired farmer", "former teacher", "resident of a memory-care unit", "patient")),
        c.pick(("the stroke team", "ENT", "the hospitalist service", "his/her PCP")).replace("his/her", pt.his),
        c.pick(("coughing with thin liquids", "weight loss and globus", "recurrent aspiration pneumonia", "pill dysphagia")))
    if c.chance(0.5):
        rel = c.pick(("wife", "son", "daughter", "husband", "grandson"))
        fam = c.kin(rel)
        d.f("{} {} {} attended and reports meals now take over an hour. ", pt.his.capitalize(), rel, c.nm(fam, "fl", "f", "nick"))
    d.f("\n\n{}: ", K(c.pick(("Findings", "FLUOROSCOPIC FINDINGS", "Observations")), "section_header"))
    d.f("Lateral and AP {} views; fluoroscopy time {}. Consistencies: {} thin, {} mildly thick, puree and solid. ",
        K("fluoroscopy", "modality"), K(f"{c.rng.randint(12, 48) / 10} min", "measurement"),
        K("IDDSI level 0", "score"), K("IDDSI level 2", "score"))
    d.f("Delayed swallow initiation with bolus at the {} before the swallow. Residue in the {} and {}. ",
        K(c.pick(("valleculae", "pyriform sinuses")), "anatomy"), K("valleculae", "anatomy"), K("pyriform sinuses", "anatomy"))
    d.f("Worst score {} with {} on thin liquid by cup. ", K(f"Penetration-Aspiration Scale {pas}", "score"),
        c.pick(("silent aspiration", "aspiration with a weak cough", "laryngeal penetration to the folds", "no penetration")))
    if c.chance(0.5):
        d.f("A {} {} posterior to the {} is seen", c.pick(("small", "moderate")), K("Zenker diverticulum", "eponym"),
            K("cricopharyngeus", "anatomy"))
        d.f(", with {} anterior osteophytes at {}.", c.pick(("prominent", "bridging")), K(c.pick(("C5-C6", "C4-5", "C6-C7")), "vertebral_level"))
    elif c.chance(0.5):
        d.f("A {} is noted at the {} with transient barium tablet hold-up.", K("Schatzki ring", "eponym"),
            K("gastroesophageal junction", "anatomy"))
    d.f("\n\n{}: ", K(c.pick(("Recommendations", "PLAN", "Impression/Plan")), "section_header"))
    d.f("{} diet, {} liquids via teaspoon, chin tuck; {} to follow on {}.", c.pick(("Minced and moist", "Soft and bite-sized", "Regular")),
        c.pick(("mildly thick", "thin", "moderately thick")), c.nm(slp, "f", "fl"), c.d(c.day(2, 20), "md", "abbr_dot", "mon_d"))
    d.f("\n\n{}\n{}\n", c.staff(slp, ("MS, CCC-SLP", "CCC-SLP", "MA, CCC-SLP, BCS-S")), c.staff(rad, ("MD", "DO")))
    return d


def fracture_school_letter(c):
    d = c.doc("XR")
    kid, par, doc_, nurse = c.person(), c.person(), c.person(), c.person("F")
    a = c.rng.randint(5, 16)
    frx = ("minimally displaced", "non-displaced", "healing")
    inj = c.pick((("Salter-Harris II", "score", "distal radius", "fracture of the", frx),
                  ("Monteggia fracture", "eponym", "left forearm", "of the", ("healing", "reduced")),
                  ("Gartland type II", "score", "supracondylar humerus", "fracture of the", ("healing", "pinned")),
                  ("Osgood-Schlatter disease", "eponym", "tibial tubercle", "pattern at the", ("typical",)),
                  ("Sever disease", "eponym", "calcaneal apophysis", "pattern at the", ("typical", "mild")),
                  ("Salter-Harris I", "score", "distal fibula", "fracture of the", frx)))
    v = c.rng.randrange(4)
    if v == 0:
        d.f("{}\n" + c.pick(("Orthopaedic Fracture Clinic", "Pediatric Orthopedics & Sports Medicine", "Fracture & Cast Clinic",
                             "Department of Orthopaedic Surgery")) + "\n" + c.pick(("", "Date: ", "Clinic date ")) + "{}\n\n", P(c.fac("children"), "FACILITY"), c.d(c.day(-3, 0), "long", "us"))
    elif v == 1:
        d.f("{} - Fracture Clinic  |  Tel {}\n\nDate: {}\n\n", P(c.fac("children"), "FACILITY"), P(c.phone(), "PHONE"), c.d(c.day(-3, 0), "us", "abbr"))
    elif v == 2:
        d.f("{}\n\n" + c.pick(("To the School Nurse / Physical Education Department", "Attn: School Health Office", "To: PE teacher and coach",
                               "For the attention of the school nurse")) + "\n" + c.pick(("Re", "RE", "Student", "Pupil")) + ": {} (DOB {})\n\n", c.d(c.day(-3, 0), "long", "dmy_long"),
            c.nm(kid, "fl", "fml"), c.d(c.dob(a), "us", "long"))
    else:
        d.f(c.pick(("Letter for school", "SCHOOL EXCUSE LETTER", "School / activity restrictions", "Note for school")) + " - {}\n{}, {}\n\n", c.d(c.day(-3, 0), "us", "iso"), c.nm(kid, "LF", "Lf"),
            c.age_ph(a, kid.sex, ("age", "paren", "years")))
    d.f("Dear {},\n\n", c.pick(("School Nurse", "Teacher", "Coach", "Principal", "Sir or Madam")))
    d.f("{} was seen in our clinic on {} with {} parent, {}. ", c.nm(kid, "fl", "f", "nick"), c.d(c.day(-20, -1), "mon_d", "long", "us"),
        kid.his, c.nm(par, "fl", "nick"))
    d.f("{} ({}) showed a {} {} {} {}", K(c.pick(("X-rays", "Radiographs", "An x-ray")), "modality"),
        c.d(c.day(-30, -20), "md", "us_short"), c.pick(inj[4]),
        K(inj[0], inj[1]), inj[3], K(inj[2], "anatomy"))
    d.f(" in this {} child.", c.age_ph(a, kid.sex, ("yo-",)))
    if c.chance(0.5):
        d.f(" {}'s cast should stay dry and {} should not carry a heavy backpack on that side.", P(kid.first, "PERSON"), kid.he)
    d.f("\n\nPlease excuse {} from PE, recess climbing and contact sports until {}. {} may use a lift pass and "
        "should be allowed extra time between classes{}.", "her" if kid.sex == "F" else "him",
        c.d(c.day(20, 60), "long", "mon_d", "us"), c.pick(("The student", kid.he.capitalize())),
        c.pick((" and a scribe for written tests", "", " and a second set of textbooks")))
    d.f(" Follow-up films are booked for {} at {}", c.d(c.day(7, 40), "md", "abbr_dot", "long"), c.t("12", "12lc", "24"))
    if c.chance(0.5):
        d.f(" at our {} site", P(c.fac("children"), "FACILITY"))
    d.f(".\n\nIf you have questions please call {}", P(c.phone(), "PHONE"))
    if c.chance(0.4):
        d.f(" or e-mail {}", P(c.email(nurse), "EMAIL"))
    d.f(".\n\nSincerely,\n\n{}\n{}\n", c.staff(doc_, ("MD", "DO", "MD, FAAOS", "PA-C", "NP")), c.pick(("Pediatric Orthopaedics",
        "Fracture Clinic", "Sports Medicine")))
    if c.chance(0.4):
        d.f("cc: {}, {}\n", c.nm(par, "fl", "Lf"), c.addr())
    return d


STYLES = {
    "vascular_access_consult": vascular_access_consult,
    "clip_marker_note": clip_marker_note,
    "wbmri_predisposition": wbmri_predisposition,
    "swallow_study_slp": swallow_study_slp,
    "fracture_school_letter": fracture_school_letter,
}
