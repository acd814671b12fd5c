"""Structured styles, part A: navigator voicemail call-back logs, breast-MRI reminder postcards, PICC
confirmations, clinical-decision-support override audits and dual-energy CT gout reports."""

from __future__ import annotations

from b26_bits import addr, fac, signer
from b26_doc import Doc
from b26_pools import Gen


def navigator_callback_log(rng) -> Doc:
    g = Gen(rng)
    d = Doc(g.pick(["MG", "US", "MG"]))
    nav = g.person()
    layout = g.pick(["pipe", "tab", "csv", "list"])
    d.ln(g.pick(["Nurse Navigator — Voicemail Call-back Log", "BREAST CENTER NAV VM LOG", "Navigator call-backs (voicemail box 3)",
                 "VM log / callbacks", "Call-back queue export"]))
    d.w(g.pick(["Navigator: ", "Owner: ", "Worked by "]), ("PERSON", g.name(nav, g.pick(["First Last", "F. Last", "LAST, First"]))), ", ",
        ("credential", g.pick(["RN", "BSN", "CN-BN"])))
    if g.chance(0.5):
        d.w("  Week of ", ("DATE_TIME", g.d(fmt=g.pick(["mdY", "iso", "bdY"]))))
    d.ln()
    cols = ["Date", "Time", "Patient", "Call-back #", "Message", "Outcome"]
    sep = {"pipe": " | ", "tab": "\t", "csv": ",", "list": None}[layout]
    if sep:
        d.ln(sep.join(cols) if layout != "pipe" else "| " + " | ".join(cols) + " |")
        if layout == "pipe":
            d.ln("|" + "---|" * len(cols))
    for _ in range(g.r.randrange(3, 7)):
        p = g.person()
        msg = g.pick([
            [("score", "BI-RADS 4"), " result, wants biopsy date"], ["asks about ", ("modality", "US-guided biopsy"), " prep"],
            ["callback re ", ("score", "BI-RADS 0"), " recall"], ["daughter calling for mom, age ", ("AGE_OVER_89", g.old())],
            ["needs ride; lives at ", ("STREET_ADDRESS", g.street(False))], ["reschedule ", ("modality", "breast MRI")],
            ["question about ", ("measurement", f"{g.r.randrange(4, 30)} mm"), " mass"], ["member ID ", ("HEALTH_PLAN_ID", g.hpid()), " denied"]])
        out = g.pick(["LVM", "reached pt", "no answer x2", "scheduled " , "sent portal msg", "transferred to scheduling"])
        name = ("PERSON", g.name(p, g.pick(["LAST, First", "First Last", "Last", "LAST, FIRST M"])))
        date, time, ph = ("DATE_TIME", g.d(fmt=g.pick(["md", "mdy", "mdY"]))), ("DATE_TIME", g.time(g.pick(["hm24", "hm12b"]))), ("PHONE", g.phone())
        cells = [[date], [time], [name], [ph], msg, [out.strip()] + ([" ", ("DATE_TIME", g.d(fmt="md"))] if out.startswith("scheduled") else [])]
        if layout == "list":
            d.ln("* ", date, " ", time, " — ", name, " (", ph, "): ", *msg, ". ", *cells[5])
        else:
            if layout == "pipe":
                d.w("| ")
            for i, c in enumerate(cells):
                if i:
                    d.w(sep)
                if layout == "csv" and i in (2, 4):
                    d.w('"', *c, '"')
                else:
                    d.w(*c)
            d.ln(" |" if layout == "pipe" else "")
    if g.chance(0.5):
        d.ln("\nEscalations to ", ("EMAIL", g.email()), " by ", ("DATE_TIME", g.time("hm12")), ".")
    return d


def mri_reminder_postcard(rng) -> Doc:
    g = Gen(rng)
    d = Doc("MR")
    pt, doc = g.person("F" if g.chance(0.9) else "M"), g.person()
    side = g.pick(["front", "back"])
    if side == "front":
        fac(d, g, tail=g.chance(0.4)); d.ln()
        addr(d, g, oneline=True); d.ln()
        d.ln(g.pick(["RETURN SERVICE REQUESTED", "PRESORTED FIRST-CLASS MAIL", "Address service requested"]))
    else:
        d.ln(g.pick(["It's time for your annual breast MRI!", "REMINDER: High-risk breast screening is due", "Don't skip your screening MRI",
                     "Your yearly breast MRI is due soon"]))
        lab = g.pick(["", "Personalized reminder prepared ", "Printed "])
        d.ln(lab, ("DATE_TIME", g.d(fmt="mdY") if lab else None))
    d.ln()
    lab = g.pick(["", "***AUTO**5-DIGIT ", "Ref ", "Acct "])
    if lab:
        d.ln(lab, ("ACCOUNT_ID", g.acct()))
    d.ln(("PERSON", g.name(pt, g.pick(["First M. Last", "First Last", "LAST, FIRST M"]))))
    addr(d, g, oneline=False, unit=g.chance(0.4), indent="")
    d.ln("\n")
    d.w("Dear ", ("PERSON", g.name(pt, "First")), ",\nOur records show your last ", ("modality", "breast MRI"), " was on ",
        ("DATE_TIME", g.d(fmt=g.pick(["BdY", "mdY", "bdY"]))), ". ")
    why = g.pick(["risk", "gene", "chest", "density"])
    if why == "risk":
        d.w("Because your lifetime risk (", ("score", f"Tyrer-Cuzick {g.r.randrange(20, 45)}%"), ") is above ", ("measurement", "20%"), ", ")
    elif why == "gene":
        d.w("Because you carry a ", g.pick(["BRCA1", "BRCA2", "PALB2", "CHEK2"]), " variant, ")
    elif why == "chest":
        d.w("Because you had chest radiation before age ", ("age_under_90", "30"), ", ")
    else:
        d.w("Because your breasts are ", ("score", "extremely dense (BI-RADS density D)"), ", ")
    d.w("yearly MRI is recommended alongside ", ("modality", "mammography"), ". Your next MRI is due by ", ("DATE_TIME", g.d(fmt=g.pick(["BdY", "Bd", "mdY"]))), ".")
    d.ln("\n")
    d.w("Call ", ("PHONE", g.phone()), g.pick([" or book online at ", " / schedule at "]), ("URL", g.url("appt")))
    d.ln(g.pick([".", "", " (have your card ready)."]))
    if g.chance(0.5):
        d.ln("Your provider: ", ("PERSON", g.name(doc, "First Last")), ", ", ("credential", g.pick(["MD", "NP", "DO"])))
    if g.chance(0.4):
        d.ln("Insurance on file: ", ("HEALTH_PLAN_ID", g.hpid()))
    return d


def picc_confirmation(rng) -> Doc:
    g = Gen(rng)
    d = Doc("XR")
    pt, rn, rad = g.person(), g.person(), g.person()
    kv = g.pick([": ", ":\t", " = ", "  "])
    d.ln(g.pick(["PICC PLACEMENT CONFIRMATION", "PICC Line Insertion Record / Tip Confirmation", "VASCULAR ACCESS TEAM — PICC CONFIRMATION",
                 "Peripherally Inserted Central Catheter: placement note"]))
    if g.chance(0.5):
        fac(d, g, tail=True); d.ln()
    rows = [("Patient", [("PERSON", g.name(pt, g.pick(["LAST, FIRST M", "Last, First", "HL7"])))]), ("MRN", [("MRN", g.mrn())]),
            (g.pick(["DOB", "Date of birth", "D.O.B."]), [("DATE_TIME", g.d("dob"))]),
            ("Inserted", [("DATE_TIME", g.d()), " ", ("DATE_TIME", g.time())]),
            ("Inserted by", [("PERSON", g.name(rn, g.pick(["First Last", "F. Last"]))), ", ", ("credential", g.pick(["RN", "RN, VA-BC", "NP"]))]),
            ("Vein", [("anatomy", g.pick(["right basilic vein", "left basilic vein", "right brachial vein", "left cephalic vein"]))]),
            ("Catheter", [("measurement", g.pick(["4 Fr", "5 Fr", "6 Fr"])), " ", g.pick(["single-lumen", "double-lumen", "triple-lumen"]), " power-injectable"]),
            (g.pick(["Device SN", "Serial #", "Catheter serial", "SN"]), [("DEVICE_SERIAL", g.serial())]),
            ("Total length", [("measurement", f"{g.r.randrange(36, 52)} cm")]), ("External length", [("measurement", f"{g.r.randrange(0, 5)} cm")]),
            ("Arm circumference", [("measurement", f"{g.r.randrange(22, 40)} cm")]),
            ("Encounter", [("ACCOUNT_ID", g.acct())])]
    g.r.shuffle(rows[5:])
    keep = rows[:4] + [r for r in rows[4:] if g.chance(0.8)]
    for label, val in keep:
        d.ln(label, kv, *val)
    d.ln()
    d.ln(("section_header", g.pick(["CHEST X-RAY TIP CONFIRMATION", "Radiology read", "TIP POSITION"])), ":")
    d.w(("modality", g.pick(["Portable AP chest radiograph", "Chest X-ray", "CXR"])), " at ", ("DATE_TIME", g.time()), " (acc ", ("ACCESSION", g.acc("XR")), "): ")
    tip = g.pick(["cavoatrial junction", "lower SVC", "right atrium", "left brachiocephalic vein"])
    d.w("catheter tip projects over the ", ("anatomy", tip))
    if tip == "lower SVC":
        d.w(", ", ("measurement", f"{g.r.randrange(1, 4)} cm"), " above the ", ("anatomy", "cavoatrial junction"))
    d.w(", approximately at the level of ", ("vertebral_level", g.pick(["T6", "T7", "T5-T6", "T7-T8"])), ". ")
    ok = tip in ("cavoatrial junction", "lower SVC")
    d.ln("No pneumothorax. " + ("OK TO USE." if ok else "DO NOT USE — retract/reposition; team notified."))
    d.w("Read by ")
    signer(d, g, rad, ("MD",))
    if not ok:
        d.w("; called to ", ("PERSON", g.name(rn, "First")), " at ", ("DATE_TIME", g.time()), " on ", ("PHONE", g.phone()))
    d.ln()
    return d


CDS_ORDERS = [("CT", "CT head without contrast", "minor head injury, no red flags", "Canadian CT Head Rule negative"),
              ("MR", "MRI lumbar spine without contrast", "low back pain < 6 weeks", "no red flags documented"),
              ("CT", "CT pulmonary angiogram", "pleuritic chest pain", "Wells score 1.5, D-dimer not ordered"),
              ("MR", "MRI brain with and without contrast", "chronic headache", "normal neuro exam"),
              ("CT", "CT abdomen/pelvis with contrast", "RLQ pain", "Alvarado score 4"),
              ("CT", "CT sinus without contrast", "sinusitis < 4 weeks", "no complications")]


def cds_override_audit(rng) -> Doc:
    g = Gen(rng)
    d = Doc("CT")
    mod, order, ind, rule = g.pick(CDS_ORDERS)
    d.modality = mod
    pt, orderer, reviewer = g.person(), g.person(), g.person()
    fmt = g.pick(["kv", "block", "bar"])
    d.ln(g.pick(["CDS OVERRIDE AUDIT", "Clinical Decision Support — override justification report", "AUC consultation override (PAMA) export",
                 "Imaging CDS: Not Appropriate -> Ordered anyway"]), g.pick(["", f" [batch {g.r.randrange(100, 999)}]", " (page 1 of 1)"]))
    if g.chance(0.5):
        src = g.pick([" by scheduler", " | source ", ""])
        d.ln("Run ", ("DATE_TIME", g.d(fmt="iso")), " ", ("DATE_TIME", g.time("hms")), src, ("IP_ADDRESS", g.ip() if src == " | source " else None))
    d.ln()
    rows = [("Patient", [("PERSON", g.name(pt, g.pick(["LAST, FIRST M", "Last, First", "First Last"])))]),
            ("MRN", [("MRN", g.mrn())]), ("Age", [("AGE_OVER_89", g.old()) if g.chance(0.3) else ("age_under_90", g.young(19, 88))]),
            ("Order", [order]), ("Indication", [ind]), ("AUC score", [("score", g.pick(["1 (rarely appropriate)", "2 (rarely appropriate)", "3 (may be appropriate)"]))]),
            ("Rule", [rule]), ("Ordering provider", [("PERSON", g.name(orderer, g.pick(["First Last", "LAST, First"]))), ", ", ("credential", g.pick(["MD", "DO", "NP", "PA-C"]))]),
            ("Workstation", [("IP_ADDRESS", g.ip())]), ("Order time", [("DATE_TIME", g.d()), " ", ("DATE_TIME", g.time())]),
            ("Encounter", [("ACCOUNT_ID", g.acct())]), ("Session", [("URL", g.url("cds"))])]
    rows = rows[:4] + [r for r in rows[4:] if g.chance(0.85)]
    for label, val in rows:
        if fmt == "kv":
            d.ln(label.lower().replace(" ", "_"), "=", *val)
        elif fmt == "block":
            d.ln(f"{label:<18}", *val)
        else:
            d.ln(label, " | ", *val)
    d.ln()
    d.w(g.pick(["Override reason (free text): ", "Justification: ", "Reason entered: "]))
    why = g.pick(["fall", "anticoag", "family", "outside"])
    if why == "fall":
        d.w("pt is ", ("AGE_OVER_89", g.old()), " and fell at ", g.pick(["home", "the nursing facility"]), ", on apixaban, daughter ", ("PERSON", g.name(g.person(), "First Last")), " insists")
    elif why == "anticoag":
        d.w("known ", ("eponym", g.pick(["Crohn disease", "Hodgkin lymphoma", "Paget disease"])), ", prior ", ("modality", mod), " ", ("year", str(g.r.randrange(2018, 2025))), " abnormal")
    elif why == "family":
        d.w("discussed w/ ", ("PERSON", g.name(reviewer, "Last")), " (rads) by phone ", ("PHONE", g.phone()), " — proceed")
    else:
        d.w("outside ", ("modality", g.pick(["CT", "MRI", "X-ray"])), " from ", ("FACILITY", g.facility()), " shows ", ("measurement", f"{g.r.randrange(5, 40)} mm"), " lesion at ",
            ("vertebral_level", g.pick(["L3", "T10", "L4-L5", "C6-C7"])))
    d.ln(".")
    if g.chance(0.6):
        d.ln("Peer review: ", ("PERSON", g.name(reviewer, g.pick(["First Last", "F. Last"]))), ", ", ("credential", "MD"), " — ", g.pick(["agree", "disagree; education letter", "no action"]),
             " (", ("DATE_TIME", g.d(fmt="mdy")), ")")
    return d


def dect_gout_report(rng) -> Doc:
    g = Gen(rng)
    d = Doc("CT")
    pt, ref, rad = g.person(), g.person(), g.person()
    joint = g.pick(["bilateral feet and ankles", "left knee", "right foot", "both hands and wrists", "bilateral knees"])
    hdr = g.pick(["full", "bar", "lean"])
    d.ln(g.pick(["DUAL-ENERGY CT FOR GOUT", "CT DECT Urate Study", "EXAM: Dual-energy CT " + joint + " (urate protocol)", "DECT MSU crystal evaluation"]))
    if hdr == "full":
        d.ln("Patient: ", ("PERSON", g.name(pt, "LAST, FIRST M")), "    MRN: ", ("MRN", g.mrn()), "    DOB: ", ("DATE_TIME", g.d("dob")))
        d.ln("Accession: ", ("ACCESSION", g.acc("CT")), "    Exam date: ", ("DATE_TIME", g.d()), " ", ("DATE_TIME", g.time()))
    elif hdr == "bar":
        d.ln(("PERSON", g.name(pt, g.pick(["Last, First", "HL7"]))), " | ", ("MRN", g.mrn()), " | ", ("ACCESSION", g.acc("CT")), " | ", ("DATE_TIME", g.d(fmt="iso")))
    else:
        d.ln(g.pick(["Pt ", "Name "]), ("PERSON", g.name(pt, "First Last")), g.pick([", age ", " — "]), ("AGE_OVER_89", g.old()) if g.chance(0.3) else ("age_under_90", g.young(35, 88)))
    d.w(g.pick(["Referring: ", "Ordered by: ", "Referring physician: "]), ("PERSON", g.name(ref, g.pick(["First Last", "LAST, First", "F. Last"]))))
    d.ln(", ", ("credential", g.pick(["MD", "DO", "PA-C"])), g.pick(["", "  (Rheumatology)"]))
    if g.chance(0.5):
        d.w("Location: "); fac(d, g); d.ln()
    d.ln()
    d.ln(("section_header", "CLINICAL HISTORY"), ": ", g.pick(["Recurrent monoarthritis", "Suspected tophaceous gout", "Serum urate 9.1, aspiration unsuccessful"]),
         g.pick([".", "; evaluate urate burden.", "; prior podagra."]))
    d.ln(("section_header", "TECHNIQUE"), ": Dual-source acquisition at ", ("measurement", g.pick(["80/Sn140 kVp", "90/Sn150 kVp", "80/150 kVp"])),
         " of the ", joint, "; two-material decomposition, ", ("measurement", g.pick(["0.6 mm", "0.75 mm", "1 mm"])), " slices. CTDIvol ",
         ("measurement", f"{g.r.randrange(30, 150) / 10:.1f} mGy"), ".")
    if g.chance(0.5):
        d.ln(("section_header", "COMPARISON"), ": None.")
    else:
        d.ln(("section_header", "COMPARISON"), ": ", ("modality", g.pick(["Radiographs", "Ultrasound", "MRI"])), " from ", ("DATE_TIME", g.d()), ".")
    d.ln()
    d.ln(("section_header", "FINDINGS"), ":")
    for site in g.r.sample(["first metatarsophalangeal joint", "Achilles tendon", "patellar tendon", "peroneal tendons", "olecranon bursa", "second MCP joint",
                            "quadriceps tendon"], g.r.randrange(2, 5)):
        epo = site == "Achilles tendon"
        d.ln("- Urate-coded deposits ", g.pick(["within", "along", "adjacent to"]), " the ", ("eponym" if epo else "anatomy", site),
             ", volume ", ("measurement", f"{g.r.randrange(1, 300) / 100:.2f} cm3"), ".")
    if g.chance(0.5):
        d.ln("- Punched-out erosion with overhanging edge, ", ("measurement", f"{g.r.randrange(3, 12)} mm"), "; incidental ", ("eponym", g.pick(["Baker cyst", "Morton neuroma", "Lisfranc ligament sprain"])), ".")
    d.ln("- Total urate volume ", ("measurement", f"{g.r.randrange(5, 900) / 100:.2f} cm3"), ". Nail-bed and skin artifact excluded.")
    d.ln()
    d.ln(("section_header", "IMPRESSION"), ": ", g.pick(["Findings consistent with gout.", "Tophaceous gout with erosive change.", "Minimal urate; gout less likely."]))
    d.w("\n", g.pick(["Electronically signed: ", "Dictated by ", "Signed "]))
    signer(d, g, rad, ("MD",), g.pick(["First Last", "LAST, First"]))
    d.ln(" ", ("DATE_TIME", g.d(fmt="mdY")), " ", ("DATE_TIME", g.time("hm24")))
    return d
