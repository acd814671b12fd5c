"""Prose styles, part A: injection and arthrogram notes, FRAX, hip-dysplasia and TCD letters."""

from __future__ import annotations

from b26_bits import addr, age_phrase, dr, fac, phone_line, signer
from b26_doc import Doc
from b26_pools import Gen

INJECTION_SITES = [
    ("right", "subacromial-subdeltoid bursa", "subacromial impingement", None),
    ("left", "greater trochanteric bursa", "lateral hip pain", None),
    ("right", "first extensor compartment", "wrist pain attributed to", "de Quervain tenosynovitis"),
    ("left", "second intermetatarsal space", "forefoot pain from a presumed", "Morton neuroma"),
    ("right", "popliteal fossa", "aspiration of a symptomatic", "Baker cyst"),
    ("left", "glenohumeral joint", "adhesive capsulitis", None),
    ("right", "A1 pulley of the ring finger", "trigger finger with", "Dupuytren contracture"),
]


def usg_injection_note(rng) -> Doc:
    g = Gen(rng)
    d = Doc("US")
    pt, ref, rad, son = g.person(), g.person(), g.person(), g.person()
    side, site, why, epo = g.pick(INJECTION_SITES)
    d.ln(g.pick(["ULTRASOUND-GUIDED INJECTION - PROCEDURE NOTE", "US Guided Injection Note", "Procedure note: sonographically guided injection",
                 "MSK INTERVENTION NOTE", "Ultrasound-guided therapeutic injection"]))
    v = g.pick("abcd")
    if v == "a":
        d.ln("Patient: ", ("PERSON", g.name(pt, "LAST, FIRST M")), "   MRN: ", ("MRN", g.mrn()), "   DOB: ", ("DATE_TIME", g.d("dob")))
    elif v == "b":
        d.ln(("PERSON", g.name(pt, "First Last")), " (MRN ", ("MRN", g.mrn()), ") was seen on ", ("DATE_TIME", g.d()), " at ", ("DATE_TIME", g.time()), ".")
    elif v == "c":
        d.w("Date of service: ", ("DATE_TIME", g.d()), "   Location: "); fac(d, g); d.ln()
    else:
        d.ln("Acc# ", ("ACCESSION", g.acc("US")), " | ", ("DATE_TIME", g.d()), g.pick([" | outpatient", " | clinic add-on", ""]))
    d.ln()
    d.w(g.title(pt), " ", ("PERSON", pt["last"]), " is a ")
    age_phrase(d, g, g.chance(0.4), pt["sex"])
    d.w(" referred by "); dr(d, g, ref); d.w(f" for {why}")
    if epo:
        d.w(" ", ("eponym", epo))
    d.w(" involving the ", ("anatomy", f"{side} {site}"), ".")
    if g.chance(0.5):
        d.w(" A prior ", ("modality", g.pick(["MRI", "radiograph", "CT"])), " from ", ("year", str(g.r.randrange(2016, 2025))),
            " showed ", ("measurement", f"{g.r.randrange(4, 39)} mm"), " of fluid.")
    d.ln("\n")
    d.ln(("section_header", g.pick(["PROCEDURE", "TECHNIQUE", "Procedure details"])), ":")
    d.w("Risks and benefits were discussed with the patient")
    if g.chance(0.5):
        rel = g.person(last=pt["last"] if g.chance(0.5) else None)
        d.w(" and ", g.pick(["her", "his"]), " ", g.pick(["daughter", "son", "niece", "grandson"]), " ", ("PERSON", g.name(rel, "First Last")))
    d.w(". Time-out at ", ("DATE_TIME", g.time()), " with ")
    signer(d, g, son, (g.pick(["RDMS", "RT(R)", "RVT"]),))
    d.w(f". Using a ", ("measurement", g.pick(["18-4 MHz", "12-5 MHz", "15-6 MHz"])), " linear transducer, a ",
        ("measurement", g.pick(["22-gauge", "25-gauge", "20-gauge"])), " needle was advanced in plane. ")
    d.w(("measurement", g.pick(["1 mL", "2 mL", "0.5 mL"])), " of ", g.pick(["triamcinolone 40 mg/mL", "methylprednisolone 40 mg/mL", "dexamethasone 10 mg/mL"]),
        " and ", ("measurement", g.pick(["3 mL", "4 mL", "2 mL"])), " of 1% lidocaine were injected")
    if epo == "Baker cyst":
        d.w(" after aspiration of ", ("measurement", f"{g.r.randrange(6, 30)} mL"), " of straw-colored fluid")
    d.ln(". No immediate complication.\n")
    d.ln(("section_header", "IMPRESSION"), ": Technically successful injection of the ", ("anatomy", site), ".")
    if g.chance(0.6):
        d.w("Post-procedure pain score ", ("score", f"{g.r.randrange(0, 4)}/10"), " (pre-procedure ", ("score", f"{g.r.randrange(5, 10)}/10"), "). ")
        d.ln("Follow up with ", ("PERSON", g.name(ref, "F. Last")), " on ", ("DATE_TIME", g.d()), ".")
    d.w("\n")
    signer(d, g, rad, ("MD",) if g.chance(0.7) else ("DO", "FACR"))
    d.w(" — ", ("DATE_TIME", g.d()), " ", ("DATE_TIME", g.time()))
    if g.chance(0.5):
        d.w("\nQuestions: "); phone_line(d, g, "")
    d.w("\n")
    return d


def arthrogram_note(rng) -> Doc:
    g = Gen(rng)
    d = Doc(g.pick(["MR", "XR", "CT"]))
    pt, ref, rad, res, tech = g.person(), g.person(), g.person(), g.person(), g.person()
    joint = g.pick(["shoulder", "hip", "wrist", "knee", "elbow", "ankle"])
    side = g.pick(["Right", "Left"])
    follow = {"MR": "MR arthrography", "CT": "CT arthrography", "XR": "conventional arthrography"}[d.modality]
    hdr = g.pick(["ARTHROGRAM PROCEDURE NOTE", f"{side.upper()} {joint.upper()} ARTHROGRAM", f"Fluoroscopic {joint} arthrogram",
                  "Procedure Note - Joint Injection for Arthrography"])
    d.ln(hdr, g.pick(["", f" ({follow})", " — dictated"]))
    if g.chance(0.5):
        d.ln("Name: ", ("PERSON", g.name(pt, "LAST, First")), g.pick(["  Acc: ", "   Accession ", " | ACC "]), ("ACCESSION", g.acc(d.modality)))
    else:
        d.ln("Performed ", ("DATE_TIME", g.d()), " by ", ("PERSON", g.name(res, "F. Last")), " (resident) under supervision of ", ("PERSON", g.name(rad, "First Last")), ", ", ("credential", "MD"))
    d.ln()
    d.ln(("section_header", g.pick(["HISTORY", "INDICATION", "Clinical history"])), ": ")
    d.w(("PERSON", g.name(pt, "First Last")), ", ")
    age_phrase(d, g, g.chance(0.15), pt["sex"])
    lesions = {"shoulder": ["Bankart lesion", "Hill-Sachs lesion"], "hip": ["Legg-Calvé-Perthes disease"], "wrist": ["Stener lesion", "Kienböck disease"],
               "knee": ["Segond fracture", "Hoffa fat pad"], "elbow": ["Monteggia fracture"], "ankle": ["Lisfranc ligament", "Kager fat pad"]}[joint]
    d.w(g.pick([", with suspected ", ", after dislocation; evaluate for ", ", instability; question of "]), ("eponym", g.pick(lesions)), ". Referred by ")
    dr(d, g, ref)
    d.ln(".\n")
    d.ln(("section_header", "TECHNIQUE"), ": ")
    d.w("Under fluoroscopic guidance a ", ("measurement", g.pick(["22-gauge", "20-gauge"])), " spinal needle was placed into the ",
        ("anatomy", f"{side.lower()} {joint} joint"), g.pick([" via an anterior approach", " via a rotator interval approach", " from a lateral approach", ""]),
        ". ", ("measurement", f"{g.r.randrange(3, 15)} mL"), " of dilute gadolinium mixture was injected. Fluoroscopy time ",
        ("measurement", f"{g.r.randrange(10, 90) / 10:.1f} min"), ".")
    d.ln(" Technologist: ", ("PERSON", g.name(tech, g.pick(["First Last", "First"]))), ", ", ("credential", g.pick(["RT(R)", "RT(R)(MR)"])), ".")
    if d.modality == "MR":
        d.w("Sequences: ")
        seqs = g.r.sample(["T1 fat-saturated", "PD fat-saturated", "T2 FSE", "3D T1 VIBE", "ABER T1", "STIR"], 3)
        for i, s in enumerate(seqs):
            d.w(", " if i else "", ("sequence", s))
        d.ln(" at ", ("measurement", g.pick(["1.5 T", "3 T"])), ".")
    d.ln("\n", ("section_header", "FINDINGS"), ": Intra-articular contrast confirmed. ",
         g.pick(["No extravasation.", "Small amount of contrast tracked along the needle.", "Filling of a communicating bursa noted."]))
    if g.chance(0.5):
        d.ln("Comparison radiographs of ", ("DATE_TIME", g.d()), " and ", ("year", str(g.r.randrange(2015, 2025))), " outside study reviewed.")
    d.ln(("section_header", "IMPRESSION"), ": Successful ", follow, ". Patient left in stable condition at ", ("DATE_TIME", g.time()), ".")
    d.w("\n")
    signer(d, g, rad, ("MD",))
    if g.chance(0.5):
        d.w(" | ", ("EMAIL", g.email(rad)))
    d.w("\n")
    return d


def frax_letter(rng) -> Doc:
    g = Gen(rng)
    d = Doc("XR")
    pt, pcp, rad = g.person("F" if g.chance(0.8) else "M"), g.person(), g.person()
    over = g.chance(0.45)
    if g.chance(0.5):
        fac(d, g, tail=False); d.ln(g.pick([" Bone Health Program", " — Osteoporosis Clinic", ""]))
        addr(d, g, oneline=True); d.ln()
    d.ln(("DATE_TIME", g.d(fmt=g.pick(["BdY", "dBY", "mdY", "bdY"]))))
    d.ln()
    d.ln(("PERSON", g.name(pt, g.pick(["First M. Last", "First Last"]))))
    addr(d, g, oneline=g.chance(0.3), unit=g.chance(0.4)); d.ln("\n")
    sal = g.pick(["Dear ", "Dear ", "Hello "])
    d.ln(sal, g.title(pt), " ", ("PERSON", pt["last"]), ",")
    d.ln()
    d.w("Thank you for having your bone density (", ("modality", "DXA"), ") scan on ", ("DATE_TIME", g.d()), " at our ")
    d.w(g.pick(["downtown", "main", "satellite"]), " office. ")
    t_spine, t_hip = g.r.randrange(-38, 5) / 10, g.r.randrange(-35, 0) / 10
    low_site = g.pick(["left femoral neck", "total hip", "right femoral neck"]) if t_hip <= t_spine else "lumbar spine"
    d.w("Your lowest T-score was ", ("score", f"{min(t_spine, t_hip):.1f}"), " at the ", ("anatomy", low_site))
    d.w(" (", ("vertebral_level", g.pick(["L1-L4", "L1-L3", "L2-L4"])), " measured ", ("score", f"{t_spine:.1f}"), "). ")
    if over:
        d.w("Because you are ", ("AGE_OVER_89", g.old()), ", the FRAX calculator uses its upper age limit, so your risk may be underestimated. ")
    else:
        d.w("At age ", ("age_under_90", g.young(50, 88)), ", y")
    d.w("Y" if over else "", "our 10-year probability of a major osteoporotic fracture is ", ("score", f"{g.r.randrange(4, 40)}%"),
        " and of a hip fracture ", ("score", f"{g.r.randrange(1, 15) / 2:.1f}%"), ".")
    if g.chance(0.5):
        d.w(" A vertebral fracture assessment showed ", g.pick(["a mild wedge deformity at ", "no deformity at or above ", "a Genant grade 2 fracture of "]),
            ("vertebral_level", g.pick(["T12", "L1", "T11", "L2"])), ".")
    if g.chance(0.4):
        d.w(" Compared with your scan in ", ("year", str(g.r.randrange(2015, 2024))), ", hip density changed by ", ("measurement", f"-{g.r.randrange(1, 9)}.{g.r.randrange(0, 9)}%"), ".")
    d.ln("\n")
    d.w("We have sent these results to ")
    dr(d, g, pcp)
    d.w(g.pick([", who will talk with you about treatment", ". Please book a visit to discuss calcium, vitamin D and medication"]), ". ")
    d.w("Questions? Call ", ("PHONE", g.phone()))
    if g.chance(0.5):
        d.w(" or view the full report at ", ("URL", g.url("results")))
    d.ln(".\n")
    d.ln(g.pick(["Sincerely,", "Kind regards,", "With best wishes,"]))
    signer(d, g, rad, g.pick([("MD",), ("MD", "CCD"), ("DO",)]))
    d.ln()
    if g.chance(0.6):
        d.ln("cc: ", ("PERSON", g.name(pcp, "First M. Last")), ", ", ("credential", g.pick(["MD", "NP", "DO"])), " | MRN ", ("MRN", g.mrn()))
    return d


def hip_dysplasia_letter(rng) -> Doc:
    g = Gen(rng)
    d = Doc("US")
    baby = g.person()
    mom, dad = g.person("F", last=baby["last"] if g.chance(0.6) else None), g.person("M", last=baby["last"])
    rad, ped = g.person(), g.person()
    v = g.pick("abc")
    if v == "a":
        fac(d, g, "Lindenfield Children's Hospital" if g.chance(0.5) else None); d.ln()
        d.ln("Pediatric Imaging | ", ("PHONE", g.phone()))
    elif v == "b":
        d.ln(("DATE_TIME", g.d(fmt=g.pick(["BdY", "dBY"]))), g.pick(["", "   (sent by post and portal)"]))
        d.ln("RE: ", ("PERSON", g.name(baby, "First Last")), ", DOB ", ("DATE_TIME", g.d("infant")))
    else:
        d.ln("Hip ultrasound results for ", ("PERSON", g.name(baby, "First")), g.pick(["", " — please keep for your records"]))
        if g.chance(0.5):
            d.ln("MRN ", ("MRN", g.mrn()), "  Acc ", ("ACCESSION", g.acc("US")))
        else:
            d.ln("Medical record no. ", ("MRN", g.mrn()))
    d.ln()
    sal = g.pick(["both", "mom", "family"])
    if sal == "both":
        d.ln("Dear ", ("PERSON", g.name(mom, "First")), " and ", ("PERSON", g.name(dad, "First Last")), ",")
    elif sal == "mom":
        d.ln("Dear ", g.pick(["Ms.", "Mrs."]), " ", ("PERSON", mom["last"]), ",")
    else:
        d.ln("To the parents or guardians of ", ("PERSON", g.name(baby, "First M. Last")), ":")
    d.ln()
    d.w(("PERSON", baby["first"]), "'s hip ", ("modality", "ultrasound"), " on ", ("DATE_TIME", g.d()), " was requested by ")
    dr(d, g, ped)
    d.w(g.pick([" because of a breech presentation", " because of a family history of hip dysplasia", " after a hip click at the newborn check"]), ". ")
    a1, a2 = g.r.randrange(50, 66), g.r.randrange(50, 66)
    d.w("The right alpha angle measured ", ("measurement", f"{a1}°"), " and the left ", ("measurement", f"{a2}°"), " (normal is ",
        ("measurement", "60°"), " or more), which is ", ("score", "Graf type I" if min(a1, a2) >= 60 else g.pick(["Graf type IIa", "Graf type IIb"])), ". ")
    d.w("Femoral head coverage was ", ("measurement", f"{g.r.randrange(40, 62)}%"), ". ")
    d.w("The ", ("eponym", "Barlow"), " and ", ("eponym", "Ortolani"), " maneuvers ", g.pick(["were negative", "were stable", "showed mild laxity on the left"]), ".")
    d.ln("\n")
    if min(a1, a2) < 60:
        d.w("We recommend a repeat scan in about six weeks; it is booked for ", ("DATE_TIME", g.d(fmt=g.pick(["BdY", "Bd", "mdY"]))), " at ", ("DATE_TIME", g.time()))
        d.w(". If the angle stays low, ", ("PERSON", g.name(ped, "Last")), " may suggest a ", ("eponym", "Pavlik harness"), ".")
    else:
        d.w("No further hip imaging is needed unless ", ("PERSON", g.name(ped, "F. Last")), " finds a new concern.")
    d.ln("\n")
    if g.chance(0.4):
        gg = g.person(last=baby["last"])
        d.ln("It was lovely to meet great-grandma ", ("PERSON", g.name(gg, "First")), ", who told us she is ", ("AGE_OVER_89", g.old()), " and has never missed an appointment!\n")
    d.w("Warmly,\n")
    signer(d, g, rad, ("MD",))
    d.w("\nPediatric Radiology, ")
    fac(d, g, g.pick(["Lindenfield Children's Hospital", "Greyhaven University Hospital", "Quillan Memorial Hospital"]), tail=False)
    d.w("\n")
    addr(d, g)
    d.ln()
    if g.chance(0.5):
        d.ln("Reply by e-mail: ", ("EMAIL", g.email()))
    return d


def tcd_sickle_letter(rng) -> Doc:
    g = Gen(rng)
    d = Doc("US")
    pt, heme, rad, sono, parent = g.person(), g.person(), g.person(), g.person(), g.person()
    kid_age = g.young(2, 16)
    kid_dob = g.fdate(g.date("recent").replace(year=2025 - int(kid_age)), g.pick(["mdY", "mdy", "iso"]))
    v = g.pick("abcd")
    if v == "a":
        d.ln("TRANSCRANIAL DOPPLER (TCD) SCREENING — LETTER TO HEMATOLOGY")
    elif v == "b":
        d.ln(("DATE_TIME", g.d(fmt="dBY")), "\n", "Dear ", g.pick(["Dr.", "Dr"]), " ", ("PERSON", heme["last"]), ",")
    elif v == "c":
        d.ln("From: Vascular Lab, ")
        d.w("       ")
        fac(d, g, g.pick(["Lindenfield Children's Hospital", "Greyhaven University Hospital", "Kestrel Bay Regional Hospital"]))
        d.ln()
    else:
        d.ln("Re: ", ("PERSON", g.name(pt, "LAST, FIRST M")), "  MRN ", ("MRN", g.mrn()), "  DOB ", ("DATE_TIME", kid_dob))
    if v != "b":
        d.ln("\nDear ", ("PERSON", g.name(heme, g.pick(["First", "First Last"]))), ",")
    d.ln()
    d.w("I reviewed the non-imaging transcranial Doppler study for ", ("PERSON", g.name(pt, "First Last")), ", your ",
        ("age_under_90", kid_age), g.pick(["-year-old patient with HbSS", "-year-old with sickle cell anemia (HbSS)", "-year-old patient with HbSβ0-thalassemia"]), ", performed on ",
        ("DATE_TIME", g.d()), " by ")
    signer(d, g, sono, (g.pick(["RVT", "RDMS"]),), "First Last")
    d.ln(".\n")
    worst = 0
    d.ln(("section_header", "Time-averaged mean of the maximum velocities (TAMMV)"), ":")
    for art in g.r.sample(["right MCA", "left MCA", "right distal ICA", "left distal ICA", "right ACA", "left PCA", "basilar artery"], g.r.randrange(3, 6)):
        vel = g.r.randrange(95, 215)
        worst = max(worst, vel)
        d.ln("  ", ("anatomy", art), g.pick([": ", " — ", "\t"]), ("measurement", f"{vel} cm/s"))
    cat = "normal" if worst < 170 else ("conditional" if worst < 200 else "abnormal")
    d.w("\nThe highest TAMMV is ", ("measurement", f"{worst} cm/s"), f", which is {cat} by STOP criteria")
    d.w({"normal": ". Annual screening is recommended", "conditional": ". A repeat study in 3 months is recommended",
         "abnormal": ". Please consider transfusion therapy; a confirmatory study is booked"}[cat])
    if cat != "normal":
        d.w(" for ", ("DATE_TIME", g.d(fmt=g.pick(["Bd", "mdY", "BdY"]))), " at ", ("DATE_TIME", g.time()))
    d.ln(".")
    if g.chance(0.5):
        d.w("A prior ", ("modality", "MRI"), " brain from ", ("year", str(g.r.randrange(2019, 2025))), " showed ",
            g.pick(["no silent infarct", "a small silent infarct in the left frontal white matter", "normal flow voids in the "]))
        if d.text.endswith("the "):
            d.w(("eponym", "circle of Willis"))
        d.w(". ")
    d.ln("The child tolerated the exam well; ", g.pick(["mother", "grandmother", "guardian"] if parent["sex"] == "F" else ["father", "grandfather", "guardian"]), " ", ("PERSON", g.name(parent, "First Last")),
         " can be reached at ", ("PHONE", g.phone()), ".\n")
    d.w("Best regards,\n")
    signer(d, g, rad, ("MD",) if g.chance(0.7) else ("MD", "RPVI"))
    d.w("\n")
    if g.chance(0.6):
        d.ln("Accession ", ("ACCESSION", g.acc("US")), " | report: ", ("URL", g.url("results")))
    return d
