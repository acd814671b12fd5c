"""Prose genres, part B: trauma-bay nursing narratives, CME reflections, fetal-dose letters,
trial eligibility notes, nuclear-medicine travel letters."""

from __future__ import annotations

from b31_names import ANATOMY, EPONYMS, LEVELS, SCORES, SEQUENCES
from b31_prose_a import finding, mod


def trauma_bay_narrative(g, d) -> str:
    f, l, _ = g.person()
    d.add(g.pick(["Trauma nursing narrative", "TRAUMA BAY NOTE", "Nursing narrative - level 2 activation"]), "\n")
    d.add(g.pick(["Pt: ", "Patient ", "Name: "]), (g.pick([f"{l.upper()}, {f.upper()}", "TRAUMA, ZULU " + g.digits(3),
                                                         f"{f} {l}"]), "PERSON"),
          g.pick(["  MRN ", " / MR# ", "  Med Rec: "]), g.mrn(), "\n\n")
    d.add(g.time(g.pick(["hm", "hours"])), g.pick([" Pt arrived via ", " - arrived by "]),
          g.pick(["county EMS", "private vehicle", "air medical"]), " after ",
          g.pick(["rollover MVC", "fall from ladder", "motorcycle vs deer", "ATV crash"]), ". ")
    d.add("Pt is ", g.age_phrase(), ", ", g.pick(["GCS 14.", "A&O x3.", "moaning, GCS 11."]), "\n")
    d.add(g.time(), " to ", mod(g), " with RN ", (g.first(staff=True), "PERSON"), " and tech ",
          (g.name(staff=True, fmt=g.pick(["il", "fl"]))[0], "PERSON"), ". ")
    d.add(g.pick(["Prelim read by Dr. ", "Dr. "]), (g.last(staff=True), "PERSON"), ": ", finding(g), ". ")
    if g.maybe(0.6):
        d.add("C-collar kept on, concern at ", (g.pick(LEVELS), "vertebral_level"), ". ")
    d.add("\n", g.time(g.pick(["ampm", "hm"])), " ")
    rel = g.pick(["Wife", "Husband", "Mother", "Partner", "Grandson"])
    d.fill(g.pick(["{rel} {n} arrived, updated at bedside; cell {ph}.",
                   "{rel} ({n}) called ED desk from {ph}, told pt in imaging."]),
           rel=rel, n=(g.pick([f"{g.first()} {l}", g.first(), f"{g.first()} {g.last()}"]), "PERSON"), ph=g.phone())
    d.add(" Belongings bagged. Home address per EMS sheet: ", g.address(), ".\n")
    d.add(g.time(), " Transferred to ", g.facility() if g.maybe() else "OR 4", ". Report called to ",
          (g.name(staff=True, fmt="fl")[0], "PERSON"), ", ", g.cred(), ".\n")
    return "CT"


def cme_reflection(g, d) -> str:
    rf, rl, _ = g.person(staff=True)
    d.add(g.pick(["CME self-assessment - reflective entry", "Practice improvement log / reflection",
                  "MOC Part IV: personal learning note"]), "\n")
    d.add("Radiologist: ", (f"{rf} {rl}", "PERSON"), ", ", g.cred(), "   Entry date: ", g.date(), "\n\n")
    f, l, _ = g.person()
    s = [
        lambda: d.fill(g.pick(["Last {day} I read a {m} on a {age} patient ({init}) and called it normal. ",
                               "On {day} I signed off a {m} for a {age} woman, initials {init}, as unremarkable. "]),
                       day=g.date(g.pick(["mon_day", "md", "mon_dot"])), m=mod(g), age=g.age_phrase(),
                       init=(f"{f[0]}{l[0]}" if g.maybe() else f"{f[0]}.{l[0]}.", "PERSON")),
        lambda: d.add("In retrospect there was ", finding(g), ", visible on ", (g.pick(SEQUENCES), "sequence"), ". "),
        lambda: d.add("Dr. ", (g.last(staff=True), "PERSON"), g.pick([" caught it on the follow-up", " flagged it at "
                                                                      "peer conference"]), " at ", g.facility(), ". "),
        lambda: d.add("I had misremembered the ", (g.pick(SCORES), "score"), " criteria, which changed in ",
                      (str(g.r.randrange(2013, 2024)), "year"), ". "),
        lambda: d.add("It resembled a ", (g.pick(EPONYMS), "eponym"), " but the ", (g.pick(ANATOMY), "anatomy"),
                      " was spared. "),
    ]
    g.r.shuffle(s)
    for x in s[:g.r.randrange(3, 6)]:
        x()
    d.add("\n\n", (g.pick(["ACTION PLAN", "Plan", "LESSONS"]), "section_header"), ": ",
          g.pick(["use a search pattern checklist", "re-review the lexicon", "double-read after 2200"]), ".\n")
    if g.maybe():
        d.add("Discussed with mentor ", (g.name(staff=True, fmt="fl")[0], "PERSON"), " on ", g.date("md"), ".\n")
    return g.pick(["CT", "MR", "MG"])


def fetal_dose_letter(g, d) -> str:
    f, l, _ = g.person()
    pf, pl, _ = g.person(staff=True)
    d.add(g.facility(), g.pick([" - Medical Physics", " | Radiation Safety Office", "\nDiagnostic Physics"]), "\n",
          g.date(g.pick(["long", "dmy_long", "short"])), "\n\n")
    d.add(g.pick(["Dear ", "Dear Ms. ", "Dear Dr. "]), (l if g.maybe() else f"{f} {l}", "PERSON"), ",\n\n")
    d.fill(g.pick(["You asked us to estimate the radiation dose to the pregnancy from the {m} you received on {dt} "
                   "at {t}. ",
                   "Following your {m} on {dt} ({t}), before the pregnancy was known, we reviewed the exam. "]),
           m=mod(g), dt=g.date(g.pick(["long", "mon_day", "us"])), t=g.time(g.pick(["ampm", "pm_dots", "hm"])))
    d.add("Accession ", g.acc(), " was reviewed using the scanner's dose report (CTDIvol ",
          (f"{g.r.randrange(30, 190) / 10:.1f} mGy", "measurement"), "). ")
    d.add("The estimated conceptus dose is ", (f"{g.r.randrange(1, 40)} mGy", "measurement"),
          g.pick([", well below 50 mGy.", ", far under the level of concern."]), " ")
    if g.maybe(0.6):
        d.add("Your obstetrician, Dr. ", (g.name(staff=True, fmt=g.pick(["fl", "l"]))[0], "PERSON"), ", has a copy. ")
    if g.maybe():
        d.add("Gestational age by the ", (g.pick(["pelvic US", "first-trimester US"]), "modality"), " was ",
              (f"{g.r.randrange(4, 12)} weeks", "measurement"), ". ")
    d.add("\n\nQuestions: ", g.phone(), g.pick([" or ", " / "]), g.email(pf, pl), "\n\n")
    d.add((f"{pf} {pl}", "PERSON"), ", ", g.pick(["PhD, DABR", "MS, DABR", "PhD"]), "\n")
    d.add("cc: ", (g.name(staff=True, fmt="il")[0], "PERSON"), "; chart MRN ", g.mrn(), "\n")
    return "CT"


def trial_eligibility_note(g, d) -> str:
    f, l, mi = g.person()
    d.add(g.pick(["Research coordinator note - eligibility review\n", f"Screening note (protocol RAD-{g.digits(4)})\n",
                  f"ELIGIBILITY CHECK - IMG-{g.digits(5)}\n"]))
    d.add("Subject: ", (g.pick([f"{f} {l}", f"{l}, {f} {mi}", f"{f[0]}{mi}{l[0]}"]), "PERSON"), g.pick(["  MRN ", " | MR# ", "  Med. Rec. No. "]), g.mrn(), "\n\n")
    d.fill(g.pick(["Met with {n} and {rel} in clinic at {fac} on {dt}. ",
                   "{n} was approached on {dt} at {fac}; {rel} present. "]),
           n=["Ms. " if g.maybe() else "", (l, "PERSON")],
           rel=g.pick(["her husband", "his daughter", "a friend"]), fac=g.facility(), dt=g.date())
    d.add("Baseline ", mod(g), " (", g.acc(), ") showed ", finding(g), ". ")
    crit = g.pick([
        ["Excluded: age limit 18-75 and patient is ", g.age_phrase(), ". "],
        ["Prior ", (g.pick(EPONYMS), "eponym"), " in ", (str(g.r.randrange(2005, 2022)), "year"),
         " is not an exclusion. "],
        ["eGFR 48, so no gadolinium ", (g.pick(SEQUENCES), "sequence"), " perfusion arm. "],
    ])
    d.add(*crit)
    d.add("\nWill call back ", g.date(g.pick(["md", "mon_day", "mon_dot"])), " at ", g.phone(), ". ")
    d.add("\n-- ", (g.name(staff=True, fmt=g.pick(["fl", "il", "ii"]))[0], "PERSON"), ", CRC\n")
    return g.pick(["CT", "MR"])


def isotope_travel_letter(g, d) -> str:
    f, l, mi = g.person()
    iso = g.pick([("I-131", "thyroid ablation"), ("Tc-99m", "bone scan"), ("Lu-177", "PRRT"),
                  ("F-18 FDG", "PET/CT"), ("Ra-223", "therapy")])
    d.add(g.pick(["TO AIRPORT / BORDER SECURITY OFFICIALS", "To whom it may concern (travel letter)",
                  "RADIATION DETECTION ADVISORY"]), "\n", g.facility(), ", Nuclear Medicine\n\n")
    d.fill(g.pick(["The bearer, {n} (date of birth {dob}), received {iso} for {why} on {dt}. ",
                   "{n}, born {dob}, was administered {iso} ({why}) on {dt}. "]),
           n=(g.pick([f"{f} {mi}. {l}", f"{f.upper()} {l.upper()}", f"{l}, {f}"]), "PERSON"), dob=g.dob(),
           iso=iso[0], why=iso[1], dt=g.date(g.pick(["long", "dmy_long", "us", "iso"])))
    d.add("Administered activity: ", (f"{g.r.randrange(5, 200)} mCi", "measurement"), ". ")
    d.add(g.pick(["Detectable emissions may persist until ", "Radiation portal monitors may alarm through "]),
          g.date(g.pick(["long", "mon_day", "short"])), ". ")
    if g.maybe():
        d.add("The patient is ", g.age_phrase(over=g.maybe(0.5)), " and travels with ",
              (g.pick([f"{g.first()} {l}", g.first()]), "PERSON"), ". ")
    d.add("\n\nVerification 24h: ", g.phone(), "\nRef no. ", g.acc(), "   Address on file: ", g.address(), "\n")
    sf, sl, _ = g.person(staff=True)
    d.add("\n", (f"{sf} {sl}", "PERSON"), ", ", g.cred(), ", Authorized User\n")
    if g.maybe():
        d.add("Scan QR: ", g.url("/verify/" + g.digits(8)), "\n")
    return "NM"
