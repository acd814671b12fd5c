"""Prose genres, part A: jury-duty excuse letters, overnight sign-out e-mails, case-report drafts,
disability attending statements, guardianship affidavits."""

from __future__ import annotations

from b31_names import ANATOMY, EPONYMS, EXAMS, LEVELS, MODALITIES, SCORES, SEQUENCES


def finding(g) -> list:
    """A short clinical clause full of look-alikes (keep spans)."""
    return g.pick([
        ["a ", (g.pick(EPONYMS), "eponym"), " measuring ", (f"{g.r.randrange(5, 60) / 10:.1f} x "
                                                         f"{g.r.randrange(5, 40) / 10:.1f} cm", "measurement")],
        ["disc protrusion at ", (g.pick(LEVELS), "vertebral_level"), " on ", (g.pick(SEQUENCES), "sequence")],
        ["a ", (f"{g.r.randrange(3, 25)} mm", "measurement"), " lesion in the ", (g.pick(ANATOMY), "anatomy"),
         ", ", (g.pick(SCORES), "score")],
        ["signal change in the ", (g.pick(ANATOMY), "anatomy"), " on ", (g.pick(SEQUENCES), "sequence"),
         " (prior study ", (str(g.r.randrange(2009, 2023)), "year"), ")"],
    ])


def mod(g) -> tuple[str, str]:
    return (g.pick(MODALITIES), "modality")


def jury_duty_letter(g, d) -> str:
    f, l, _ = g.person()
    df, dl, _ = g.person(staff=True)
    title = g.pick(["Mr.", "Ms.", "Mx.", ""])
    d.add(g.facility(), "\n", g.address("\n"), "\n", g.pick(["Tel ", "Phone: ", "ph. "]), g.phone(), "\n\n",
          g.date(g.pick(["long", "dmy_long", "us"])), "\n\n")
    d.add(g.pick(["To the Jury Commissioner:", "Dear Jury Administrator,", "TO WHOM IT MAY CONCERN -",
                  "Attn: Juror Services"]), "\n\n")
    d.fill(g.pick(["RE: {n} (DOB {dob})\n", "Re: juror {n}, date of birth {dob}\n", "Regarding: {n} / DOB: {dob}\n"]),
           n=(f"{f} {l}" if g.maybe() else f"{l.upper()}, {f}", "PERSON"), dob=g.dob())
    d.add("Summons for ", g.date(g.pick(["long", "short", "mon_day"])), "\n\n")
    sents = [
        lambda: d.fill(g.pick(["{t}{l} is a patient of mine and is scheduled for {ex} at {fac} on {dt}. ",
                               "I am writing on behalf of {t}{l}, who has {ex} booked at {fac} for {dt}. ",
                               "My patient {t}{l} cannot serve during the requested week: an {ex} is set for {dt} "
                               "at {fac}. "]),
                       t=title + " " if title else "", l=(l, "PERSON"), ex=g.pick(EXAMS), fac=g.facility(),
                       dt=g.date(g.pick(["long", "md", "mon_day", "us"]))),
        lambda: d.add(g.pick(["The recent ", "Prior "]), mod(g), g.pick([" demonstrated ", " showed "]), finding(g),
                      ", which requires follow-up. "),
        lambda: d.add(g.pick(["The patient is also the sole caregiver for a ", "They care at home for a "]),
                      g.age_phrase(lo=60), g.pick([" parent", " grandmother", " spouse"]), ". "),
        lambda: d.add(g.pick(["Sitting for long periods aggravates the ", "Prolonged sitting worsens pain from the "]),
                      (g.pick(LEVELS), "vertebral_level"), " findings. "),
    ]
    g.r.shuffle(sents)
    for s in sents[:g.r.randrange(2, 5)]:
        s()
    d.add("\n\nPlease excuse ", g.pick(["the patient", "them", [title + " ", (l, "PERSON")] if title else "them"]),
          " until after ")
    d.add(g.date(g.pick(["long", "md", "mon_dot"])), ".")
    d.add("\n\n", g.pick(["Sincerely,", "Regards,", "Respectfully,"]), "\n", (f"{df} {dl}", "PERSON"), ", ",
          g.cred(), "\n", g.pick(["Dept. of Radiology", "Ordering physician", "Primary care"]), "\n")
    if g.maybe(0.7):
        d.add(g.email(df, dl), "\n")
    return "MR"


def overnight_signout(g, d) -> str:
    af, al, _ = g.person(staff=True)
    bf, bl, _ = g.person(staff=True)
    d.add("From: ", (f"{af} {al}", "PERSON"), " <", g.email(af, al), ">\nTo: ", (f"{bf} {bl}", "PERSON"), "\n")
    d.add("Sent: ", g.date(g.pick(["short", "us", "long"])), " ", g.time(g.pick(["ampm", "hm"])), "\n")
    d.add("Subject: ", g.pick(["overnight signout", "Sign-out / pending stuff", "nights -> days handoff",
                               "SIGNOUT"]), "\n\n")
    d.add(g.pick(["Hey ", "Morning ", "Hi ", ""]), (bf, "PERSON"), ",\n\n",
          g.pick(["Quiet-ish night. A few things:", "Couple of loose ends from overnight.",
                  "handing off the following, sorry it's long"]), "\n\n")
    for i in range(g.r.randrange(3, 6)):
        pf, pl, _ = g.person()
        d.add(f"{i + 1}) " if g.maybe() else "- ")
        v = g.r.randrange(5)
        if v == 0:
            d.fill("{n} ({age}) in bed {bed} - {m} read as {f}; called Dr. {ref} at {t}, no answer, pls retry.\n",
                   n=(f"{pl.upper()}, {pf}", "PERSON"), age=g.age_phrase(), bed=f"{g.r.randrange(2, 12)}{g.pick('ABCD')}",
                   m=mod(g), f=finding(g), ref=(g.last(staff=True), "PERSON"), t=g.time())
        elif v == 1:
            d.fill("{n}'s {ex} (acc {a}) still not protocoled. Tech {tech} says contrast hold until {t}.\n",
                   n=(f"{pf} {pl}", "PERSON"), ex=g.pick(EXAMS), a=g.acc(), tech=(g.first(), "PERSON"),
                   t=g.time(g.pick(["hm", "ampm"])))
        elif v == 2:
            d.fill("MRN {m} - outside {mo} from {fac} loaded, compare w/ {dt} study. {f} stable.\n",
                   m=g.mrn(), mo=mod(g), fac=g.facility(), dt=g.date(), f=["The ", (g.pick(EPONYMS), "eponym")])
        elif v == 3:
            d.fill("pt {n}, {age}, fell on the floor - {m} neg for fx but {f}. Family ({fam}) at {ph}.\n",
                   n=(f"{pf[0]}. {pl}", "PERSON"), age=g.age_phrase(over=True), m=mod(g), f=finding(g),
                   fam=(g.pick([f"daughter {g.first()}", f"son {g.first()}"]).split(" ", 1)[1], "PERSON"),
                   ph=g.phone())
        else:
            d.fill("Wet read on {n} for Dr {ref} was {s} - final pending. seq: {sq}.\n",
                   n=(f"{pl}", "PERSON"), ref=(f"{g.first(staff=True)} {g.last(staff=True)}", "PERSON"),
                   s=(g.pick(SCORES), "score"), sq=(g.pick(SEQUENCES), "sequence"))
    d.add("\n", g.pick(["Thanks!", "-", "Cheers,", "ttyl"]), "\n", (af if g.maybe() else f"{af[0]}{al[0]}", "PERSON"),
          "\n")
    return "CT"


def case_report_draft(g, d) -> str:
    f, l, mi = g.person()
    d.add(g.pick(["DRAFT v", "Draft rev. ", "draft_"]), str(g.r.randrange(2, 7)), " - ",
          g.pick(["Case report for submission", "Radiology Case Reports manuscript", "Unusual case writeup"]), "\n")
    d.add("file: ", g.pick(["casereport_", "CR_", "draft-"]), (l.replace(" ", ""), "PERSON"), "_",
          g.date("compact"), ".docx\n\n")
    d.add((g.pick(["ABSTRACT", "CASE PRESENTATION", "Background"]), "section_header"), "\n")
    d.fill(g.pick(["A {age} {sex} presented to {fac} on {dt} with {sx}. ",
                   "On {dt}, a {age} {sex} was seen in the emergency department at {fac} for {sx}. "]),
           age=g.age_phrase(), sex=g.pick(["woman", "man", "retired farmer", "former teacher"]), fac=g.facility(),
           dt=g.date(g.pick(["long", "dmy_long", "us"])), sx=g.pick(["hip pain", "new headaches", "weight loss",
                                                                       "hematuria"]))
    d.add(g.pick(["Initial ", "Admission "]), mod(g), " showed ", finding(g), ". ")
    if g.maybe(0.6):
        d.add("Follow-up ", (g.pick(SEQUENCES), "sequence"), " images on ", g.date(g.pick(["md", "mon_day"])),
              " confirmed ", (g.pick(EPONYMS), "eponym"), ".")
    d.add("\n\n", (g.pick(["DISCUSSION", "Discussion", "TEACHING POINTS"]), "section_header"), "\n")
    d.add("Fewer than twenty cases have been described since ", (str(g.r.randrange(1975, 2015)), "year"), ". ")
    d.add("\n\n[comment ", (g.first(staff=True), "PERSON"), ": remove ", g.pick(["the patient's initials ",
                                                                                 "initials "]),
          (f"{f[0]}.{l[0]}.", "PERSON"), " and the MRN ", g.mrn(), " from Fig 2 legend before upload!]\n")
    d.add("[comment ", (g.first(staff=True), "PERSON"), ": consent signed ", g.date(), " by ",
          g.pick(["patient", "the patient's son"]), "]\n")
    d.add("\nFig 1 source: ", g.url(), "\n")
    a1, a2 = g.person(staff=True), g.person(staff=True)
    d.add("Authors: ", (f"{a1[0]} {a1[2]}. {a1[1]}", "PERSON"), ", ", g.cred(), "; ", (f"{a2[1]} {a2[0][0]}", "PERSON"),
          "\nCorresponding: ", g.email(a1[0], a1[1]), "\n")
    return g.pick(["CT", "MR"])


def disability_statement(g, d) -> str:
    f, l, mi = g.person()
    d.add(g.pick(["ATTENDING PHYSICIAN STATEMENT - narrative", "Medical Source Statement (narrative section)",
                  "Disability claim: physician narrative"]), "\n")
    d.fill(g.pick(["Claimant: {n}   SSN: {s}\n", "Claimant {n}, SSN {s}\n", "Name {n} / Soc. Sec. No. {s}\n"]),
           n=(f"{f} {mi}. {l}" if g.maybe() else f"{l.upper()}, {f.upper()}", "PERSON"), s=g.ssn())
    d.fill(g.pick(["Policy/Member ID: {p}   Claim #: {c}\n\n", "Member {p}; claim {c}\n\n"]), p=g.plan(),
           c=g.account())
    d.add(g.pick(["I have treated ", "I have followed ", "I have followed Mr./Ms. "]), (l, "PERSON"), " since ", g.date(g.pick(["long", "short", "us"]), spread=400, before=True), ". ")
    s = [
        lambda: d.add("Imaging at ", g.facility(), " (", mod(g), ", ", g.date(), ") shows ", finding(g), ". "),
        lambda: d.add("There is multilevel degeneration worst at ", (g.pick(LEVELS), "vertebral_level"), " and ",
                      (g.pick(LEVELS), "vertebral_level"), ". "),
        lambda: d.add(g.pick(["The claimant, now ", "At "]), g.age_phrase(over=False), ", ",
                      g.pick(["cannot lift more than 10 lb.", "is unable to stand > 20 minutes."]), " "),
        lambda: d.add("Last worked ", g.date(g.pick(["md", "mon_day", "us2"])), " as a ",
                      g.pick(["welder", "school bus driver", "line cook", "roofer"]), ". "),
    ]
    g.r.shuffle(s)
    for x in s[:g.r.randrange(2, 5)]:
        x()
    df, dl, _ = g.person(staff=True)
    d.add("\n\nSigned ", (f"{df} {dl}", "PERSON"), ", ", g.cred(), " on ", g.date(), "\nOffice: ", g.address(), "  ",
          g.phone(), "\n")
    return "MR"


def guardianship_affidavit(g, d) -> str:
    f, l, mi = g.person()
    pf, pl, _ = g.person()
    af, al, _ = g.person(staff=True)
    d.add(g.pick(["IN THE MATTER OF THE GUARDIANSHIP OF ", "In re guardianship of ", "PETITION RE: "]),
          (f"{f.upper()} {mi}. {l.upper()}" if g.maybe() else f"{f} {l}", "PERSON"), "\n")
    d.add(g.pick(["Probate Division\n\n", "PROBATE COURT\n\n", "\n"]))
    d.add("AFFIDAVIT OF ", (f"{af.upper()} {al.upper()}", "PERSON"), ", ", (g.pick(["MD", "M.D.", "DO"]), "credential"),
          "\n\n")
    d.fill("1. I am a physician at {fac} and examined the respondent on {dt}.\n", fac=g.facility(),
           dt=g.date(g.pick(["long", "dmy_long"])))
    d.add("2. The respondent is ", g.age_phrase(over=g.maybe(0.6)), " and resides at ", g.address(), ".\n")
    d.add("3. ", (g.pick(["CT", "MRI", "MR"]), "modality"), g.pick([" of the head dated ", " performed "]), g.date(), " showed ",
          g.pick([["changes consistent with ", (g.pick(["Parkinson disease", "Chiari I malformation",
                                                       "Paget disease"]), "eponym")],
                  ["volume loss of the ", ("left parietal lobe", "anatomy"), " and ", finding(g)]]), ".\n")
    d.fill("4. The petitioner, {rel} {pn}, can be reached at {ph}.\n", rel=g.pick(["niece", "nephew", "neighbor",
                                                                                 "stepdaughter"]),
           pn=(f"{pf} {pl}", "PERSON"), ph=g.phone())
    if g.maybe():
        d.add("5. Respondent's prior MRN at that facility was ", g.mrn(), ".\n")
    d.add("\nSworn before me this ", (f"{g.r.randrange(4, 28)}th day of {g.pick(['May', 'June', 'October'])}, "
                                      f"{g.r.randrange(2024, 2027)}", "DATE_TIME"), ".\nNotary: ",
          (g.name(fmt="fl")[0], "PERSON"), " (commission expires ", (str(g.r.randrange(2027, 2031)), "year"), ")\n")
    return "CT"
