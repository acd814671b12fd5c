"""Structured genres, part B: charity-care applications, kiosk check-in logs, honest-broker crosswalks,
thyroid-uptake worksheets, bone-age worksheets."""

from __future__ import annotations

from b31_names import EPONYMS, EXAMS, SCORES
from b31_prose_a import finding, mod


def charity_care_application(g, d) -> str:
    f, l, mi = g.person()
    d.add(g.pick(["FINANCIAL ASSISTANCE APPLICATION", "Charity Care / Sliding Fee Application",
                  "Patient Financial Aid Request"]), " - ", g.facility(), "\n\n")
    fields = [
        (g.pick(["Applicant name", "Patient Name", "NAME (Last, First MI)"]), [g.name(fmt=g.pick(["lfm", "fml", "LF"]))]),
        (g.pick(["Date of birth", "DOB", "Birthdate"]), [g.dob()]),
        (g.pick(["SSN", "Social Security #", "SS No."]), [g.ssn()]),
        (g.pick(["Home address", "Street", "Mailing addr"]), [g.street()]),
        (g.pick(["City/State/ZIP", "City, ST ZIP"]), None),
        (g.pick(["Phone", "Best number", "Tel"]), [g.phone()]),
        (g.pick(["Guarantor account", "Account #", "Acct no."]), [g.account()]),
        (g.pick(["Insurance ID", "Medicaid ID", "Member ID (if any)"]), [g.plan() if g.maybe(0.8) else "none"]),
        (g.pick(["Services", "Service(s) for which aid is requested"]),
         [(g.pick(["MRI", "CT", "PET/CT", "US"]), "modality"), " on ", g.date(), ", acc ", g.acc()]),
    ]
    c, st, z = g.city()
    fields[4] = (fields[4][0], [(c, "CITY"), ", " + st + " ", (z, "ZIP")])
    order = fields[:4] + g.r.sample(fields[4:], len(fields) - 4) if g.maybe() else fields
    colon = g.pick([": ", ":  ", " - ", ":\t"])
    for lab, val in order:
        d.add(lab, colon, val, "\n")
    d.add("\n", g.pick(["Household members", "HOUSEHOLD", "Dependents"]), ":\n")
    for _ in range(g.r.randrange(1, 4)):
        rf = g.first()
        d.add("  ", g.pick(["- ", "* ", ""]), (g.pick([f"{rf} {l}", rf, f"{rf} {g.last()}"]), "PERSON"), ", ",
              g.age_phrase() if g.maybe(0.7) else g.child_age(), ", ", g.pick(["spouse", "child", "mother", "boarder"]),
              "\n")
    d.add(g.pick(["Monthly income: $", "Gross monthly $"]), f"{g.r.randrange(900, 4200):,}\n")
    d.add("Signature: ", (g.pick([f"{f} {l}", f"{f[0]}. {l}"]), "PERSON"), "   Date: ", g.date("us"), "\n")
    d.add("Reviewed by ", (g.name(staff=True, fmt="il")[0], "PERSON"), g.pick([" - approved 100%", " - 75% tier",
                                                                              " - pending docs"]), "\n")
    return "MR"


def kiosk_checkin_log(g, d) -> str:
    kid = g.pick(["KIOSK-", "kiosk", "LOBBY-K"]) + g.digits(2)
    d.add(g.pick(["# self check-in events", "Kiosk event stream", "SELF-SERVICE CHECK-IN LOG"]), " ", kid, " @ ",
          g.facility(), "\n# device ", g.serial(), " ip ", g.ip(), "\n")
    for _ in range(g.r.randrange(5, 8)):
        f, l, mi = g.person()
        d.add(g.date(g.pick(["iso", "us"])), g.pick(["T", " "]), g.time("hms"), " ")
        ev = g.r.randrange(5)
        if ev == 0:
            d.add("SCAN_CARD ok plan=", g.plan(), " name=", g.name(fmt="caret"), "\n")
        elif ev == 1:
            d.add("DOB_VERIFY ", g.pick(["PASS", "FAIL"]), " entered=", g.dob(fmt=g.pick(["us", "compact"])),
                  " mrn=", g.mrn(), "\n")
        elif ev == 2:
            d.add("APPT_FOUND acc=", g.acc(), " exam=\"", g.pick(EXAMS), "\" pt=\"", g.name(fmt="LF"), "\"\n")
        elif ev == 3:
            d.add("COPAY card ****", g.digits(4), " acct=", g.account(), " amt=", str(g.r.randrange(10, 300)), ".00\n")
        else:
            d.add("ASSIST_REQ age_flag=", g.age_phrase(over=True) if g.maybe() else g.age_phrase(), " staff=",
                  (g.first(staff=True), "PERSON"), " ticket=", g.url("/kiosk/ticket/" + g.digits(6)), "\n")
    return g.pick(["MR", "CT", "US"])


def honest_broker_crosswalk(g, d) -> str:
    d.add(g.pick(["HONEST BROKER CROSSWALK - RESTRICTED", "Study ID <-> MRN key (do not share)",
                  "re-identification key, protocol IMG-"]), g.digits(4) if g.maybe() else "", "\n")
    d.add("Prepared by ", (g.name(staff=True, fmt="fl")[0], "PERSON"), " on ", g.date(), "; source DB ", g.ip(), "\n")
    sep = g.pick([",", "\t", "|"])
    cols = g.pick([["study_id", "mrn", "accession", "name", "dob", "scan_date", "note"],
                   ["SUBJ", "MRN", "ACC", "PATIENT", "BIRTH", "EXAM DT", "COMMENT"]])
    d.add(sep.join(cols), "\n")
    for _ in range(g.r.randrange(4, 8)):
        f, l, mi = g.person()
        d.add(f"S{g.r.randrange(1000, 9999)}", sep, g.mrn(), sep, g.acc(), sep,
              g.name(fmt=g.pick(["caret", "LF", "fl", "lfm"])), sep, g.dob(fmt=g.pick(["iso", "us", "compact"])),
              sep, g.date(g.pick(["iso", "us", "compact"])), sep)
        d.add(*g.pick([["excl ", (g.pick(EPONYMS), "eponym")], [(g.pick(SCORES), "score")], ["age ", *g.age_phrase()],
                       ["" if g.maybe() else "ok"], ["baseline ", (str(g.r.randrange(2015, 2024)), "year")]]))
        d.add("\n")
    return g.pick(["CT", "MR"])


def thyroid_uptake_worksheet(g, d) -> str:
    f, l, mi = g.person()
    d.add(g.pick(["I-123 THYROID UPTAKE WORKSHEET", "Thyroid uptake & scan - tech worksheet", "RAIU worksheet"]),
          "\n", g.facility(), "\n\n")
    lab = g.pick([("Patient", "MRN", "DOB", "Ordering"), ("PT NAME", "MR#", "D.O.B.", "Ref MD")])
    d.add(lab[0], ": ", g.name(fmt=g.pick(["LF", "lfm", "fl"])), "    ", lab[1], ": ", g.mrn(), "\n")
    age = g.old_age() if g.maybe(0.4) else g.r.randrange(19, 89)
    d.add(lab[2], ": ", g.dob(age=age), "    Age: ", g.age_phrase(age=age, over=age > 89), "    Acc: ", g.acc(), "\n")
    d.add(lab[3], ": Dr. ", (g.name(staff=True, fmt=g.pick(["l", "fl", "il"]))[0], "PERSON"), "\n")
    d.add("Indication: ", g.pick([("Graves disease", "eponym"), "toxic nodule",
                                  ("Hashimoto thyroiditis", "eponym"), "hyperthyroid, TSH <0.01"]), "\n\n")
    d.add("Capsule dose ", (f"{g.r.randrange(100, 400)} uCi", "measurement"), " given ", g.date("md"), " at ",
          g.time(g.pick(["hm", "ampm"])), "\n")
    d.add("Probe: ", g.pick(["Captus ", "uptake probe "]), g.serial(), "   Std counts ", g.digits(5), "\n")
    d.add(g.pick(["4 hr", "4-hr", "4h"]), " uptake ", (f"{g.r.randrange(5, 40)}%", "measurement"), " @ ",
          g.time(), "   ", g.pick(["24 hr", "24-hr", "24h"]), " uptake ",
          (f"{g.r.randrange(10, 80)}%", "measurement"), " @ ", g.time(), " on ", g.date(g.pick(["md", "mon_day"])), "\n")
    d.add("Neck-to-thigh BG subtracted. ", (g.pick(["thyroid isthmus", "pyramidal lobe", "left lobe"]), "anatomy"),
          " ", g.pick(["prominent", "cold area", "hot nodule"]), ".\n")
    d.add("Tech: ", (g.name(staff=True, fmt=g.pick(["ii", "il"]))[0], "PERSON"), ", CNMT   Pregnancy: ",
          g.pick(["N/A", "neg (urine)", "post-menopausal"]), "\n")
    return "NM"


def bone_age_worksheet(g, d) -> str:
    f, l, mi = g.person()
    d.add(g.pick(["BONE AGE WORKSHEET (Greulich & Pyle)", "Bone age - hand XR tech/rad sheet", "SKELETAL AGE"]),
          "\n")
    d.add(g.pick(["Child: ", "Pt: ", "Name: "]), g.name(fmt=g.pick(["LF", "fl", "lf"])), "  ",
          g.pick(["Sex: F", "Sex: M", "M", "F"]), "\n")
    d.add(g.pick(["DOB ", "Born: "]), g.dob(age=g.r.randrange(3, 16)), "   Exam date ", g.date(), "   ",
          g.pick(["MRN ", "MR#"]), g.mrn(), "\n")
    d.add("Chronological age: ", g.child_age(), "\n")
    d.add("Bone age (G&P): ", (f"{g.r.randrange(3, 16)} y {g.r.randrange(0, 12)} m", "age_under_90"),
          "   SD: ", (f"{g.r.randrange(8, 14)} mo", "measurement"), "\n")
    d.add(("XR", "modality"), " hand ", g.pick(["left", "L", "non-dominant"]), "; ",
          g.pick([["physes open, no ", ("Salter-Harris II fracture", "eponym")],
                  ["prior ", ("Monteggia fracture", "eponym"), " hardware"], ["normal ", ("distal radius", "anatomy")]]),
          "\n")
    pf, pl, _ = g.person()
    d.add(g.pick(["Parent/guardian: ", "Mother: ", "Father: "]), (g.pick([f"{pf} {l}", f"{pf} {pl}", pf]), "PERSON"),
          "  ", g.phone(), "\n")
    d.add(g.pick(["Referring: ", "Endo: "]), (g.name(staff=True, fmt=g.pick(["fl", "il", "l"]))[0], "PERSON"), ", ",
          g.cred(), "  at ", g.facility(), "\n")
    d.add(g.pick(["Mid-parental height note: ", "FHx: "]), g.pick(["father 6'1\"", "grandmother with ",
                                                                     "n/a"]))
    if d.text.endswith("with "):
        d.add((g.pick(["Cushing syndrome", "Addison disease"]), "eponym"))
    d.add("\nRad: ", (g.name(staff=True, fmt="fl")[0], "PERSON"), "  ", g.date("md"), "\n")
    return "XR"
