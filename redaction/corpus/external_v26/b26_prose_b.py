"""Prose styles, part B: coroner witness statements, memoir excerpts, newsletter notices, patient
diaries and gender-affirming care notes (chosen and legal names)."""

from __future__ import annotations

import datetime as _dt

from b26_bits import addr, dr, fac, signer
from b26_doc import Doc
from b26_pools import Gen


def coroner_witness_statement(rng) -> Doc:
    g = Gen(rng)
    d = Doc(g.pick(["CT", "CT", "XR"]))
    dec, rad, officer, nok = g.person(), g.person(), g.person(), g.person()
    v = g.pick("abcd")
    d.ln(g.pick(["WITNESS STATEMENT", "Statement of Witness (Coroner's Inquest)", "INQUEST TOUCHING THE DEATH OF",
                 "Coroner's Court — statement of medical witness"]))
    if v == "a":
        d.ln("In the matter of ", ("PERSON", g.name(dec, "First M. Last")), ", deceased")
    elif v == "b":
        if g.chance(0.5):
            d.ln(("PERSON", g.name(dec, "LAST, FIRST M")), " — date of death ", ("DATE_TIME", g.d()))
        else:
            d.ln(("PERSON", g.name(dec, "LAST, FIRST M")), g.pick(["  (deceased)", ""]))
    elif v == "c":
        d.ln("Statement of: ", ("PERSON", g.name(rad, "First Last")), "   Occupation: Consultant Radiologist")
    else:
        d.ln("Ref: inquest file held by the coroner's officer, ", ("PERSON", g.name(officer, "First Last")))
    d.ln()
    d.w("I, ", ("PERSON", g.name(rad, "First M. Last")), ", ", ("credential", g.pick(["MBBS", "MD"])), ", ", ("credential", g.pick(["FRCR", "FACR"])),
        ", am a consultant radiologist at ")
    fac(d, g)
    d.w(". I make this statement from my own knowledge and from the imaging record.")
    d.ln("\n")
    d.w("On ", ("DATE_TIME", g.d(fmt=g.pick(["dBY", "BdY", "mdY"]))), " at about ", ("DATE_TIME", g.time(g.pick(["hours", "hm24", "hm12"]))), " I reported a post-mortem ",
        ("modality", "CT" if d.modality == "CT" else "skeletal survey"), " of ", ("PERSON", g.name(dec, "First Last")), ", aged ")
    over = g.chance(0.6)
    d.w(("AGE_OVER_89" if over else "age_under_90", g.old() if over else g.young(40, 89)), ", of ")
    addr(d, g, oneline=True)
    d.w(". ")
    d.w("The request came from the coroner's officer, ", ("PERSON", g.name(officer, g.pick(["First Last", "F. Last"]))), ", who can be reached on ", ("PHONE", g.phone()), ".")
    d.ln("\n")
    d.ln(("section_header", "FINDINGS"), " (as reported under accession ", ("ACCESSION", g.acc(d.modality)), "):")
    for kind in g.r.sample(["frac", "bleed", "spine", "epo"], g.r.randrange(2, 5)):
        if kind == "frac":
            d.ln("- Acute fracture of the ", ("anatomy", g.pick(["right neck of femur", "left distal radius", "occipital bone", "left 7th-9th ribs"])),
                 " measuring ", ("measurement", f"{g.r.randrange(2, 40)} mm"), " in displacement.")
        elif kind == "bleed":
            d.ln("- ", g.pick(["Acute subdural haematoma", "Subarachnoid haemorrhage"]), " overlying the ", ("anatomy", g.pick(["left convexity", "right parietal lobe", "tentorium"])),
                 ", maximal thickness ", ("measurement", f"{g.r.randrange(3, 19)} mm"), ".")
        elif kind == "spine":
            d.ln("- Old compression deformity of ", ("vertebral_level", g.pick(["T12", "L1", "T8", "L2"])), "; ankylosis from ", ("vertebral_level", g.pick(["C5", "T4"])),
                 " to ", ("vertebral_level", g.pick(["L3", "T11"])), ".")
        else:
            d.ln("- Healed ", ("eponym", g.pick(["Colles fracture", "Smith fracture", "Jones fracture"])), " and a ", ("eponym", g.pick(["Baker cyst", "Schmorl node"])), ", neither relevant to the death.")
    d.ln()
    if g.chance(0.6):
        d.w("I am told that ", g.pick(["the deceased's daughter", "the deceased's husband", "the deceased's nephew", "a neighbour"]), ", ",
            ("PERSON", g.name(nok, "First Last")), ", found ", "her" if dec["sex"] == "F" else "him", " at home on ", ("DATE_TIME", g.d(fmt="Bd")), ". ")
        d.ln("I have no personal knowledge of those events.\n")
    d.ln("I believe the facts stated in this statement are true.")
    d.w("Signed: ", ("PERSON", g.name(rad, "First Last")), "    Dated: ", ("DATE_TIME", g.d()), "\n")
    if g.chance(0.5):
        d.ln("Contact: ", ("EMAIL", g.email(rad)))
    return d


def memoir_excerpt(rng) -> Doc:
    g = Gen(rng)
    d = Doc(g.pick(["XR", "CT", "MR", "US"]))
    mentor, pt, tech = g.person(), g.person("M"), g.person()
    wife = g.person("F", last=pt["last"])
    while wife["first"] == pt["first"]:
        wife = g.person("F", last=pt["last"])
    yr = g.r.randrange(1968, 1999)
    d.ln(g.pick([f"Chapter {g.r.randrange(2, 19)}", "from THE VIEWBOX YEARS", "Excerpt — draft for the alumni press",
                 f"{g.pick(['Part', 'Chapter'])} {g.pick(['Three', 'Seven', 'Eleven'])}: Night Call", "* * *"]))
    d.ln(g.pick(["", "(names changed? — check with legal before printing)", "unedited manuscript, p. " + str(g.r.randrange(40, 300))]))
    d.ln()
    d.w("In the ", g.pick(["winter", "summer", "spring"]), " of ", ("year", str(yr)), " I was a ", g.pick(["second-year", "green", "first-year"]),
        " resident at ")
    fac(d, g, tail=False)
    d.w(" in ", ("CITY", g.city()), ", working under ")
    dr(d, g, mentor)
    d.w(", who read every ", ("modality", g.pick(["chest film", "barium study", "CT", "plain film"])), " with a cigarette he never lit. ")
    d.ln("I can still see the light box humming in the reading room.\n")
    d.w("One night — it was ", ("DATE_TIME", g.fdate(_dt.date(yr, g.r.randrange(1, 13), g.r.randrange(1, 29)), g.pick(["BdY", "BdY", "mdY"]))), ", I remember because the snow had closed the parking garage — a ")
    over = g.chance(0.5)
    d.w(("AGE_OVER_89" if over else "age_under_90", g.old() if over else g.young(30, 89)), g.pick(["-year-old farmer", "-year-old retired schoolteacher", "-year-old bus driver"]),
        " named ", ("PERSON", g.name(pt, g.pick(["First Last", "Nick Last", "First M. Last"]))))
    d.w(g.pick([" came up from ", " was brought in from ", " drove himself in from "]), ("CITY", g.city()), ". ")
    d.w("His film showed ", ("eponym", g.pick(["Kerley B lines", "Hampton hump", "Westermark sign"])) if g.chance(0.5) else "",)
    if d.text.endswith("showed "):
        d.w("a ", ("measurement", f"{g.r.randrange(2, 9)} cm"), " mass in the ", ("anatomy", g.pick(["right upper lobe", "left hilum", "anterior mediastinum"])))
    d.w(", and ", ("PERSON", g.name(mentor, "Last")), " made me call it before he would look.")
    d.ln("\n")
    d.w(("PERSON", pt["first"] if not pt["nick"] else pt["nick"]), "'s wife, ", ("PERSON", g.name(wife, "First")), ", sent a card every Christmas until ",
        ("year", str(yr + g.r.randrange(3, 20))), ". The last one came from ")
    addr(d, g, oneline=True)
    d.w(". ")
    if g.chance(0.5):
        d.w("The technologist that night, ", ("PERSON", g.name(tech, "First Last")), ", ", ("credential", "RT(R)"), ", still e-mails me at ",
            ("EMAIL", g.email(tech)), " every ", g.pick(["spring", "birthday", "Thanksgiving"]), ". ")
    d.ln()
    d.w("\nBy ", ("year", str(yr + g.r.randrange(6, 20))), " we had ", ("modality", g.pick(["MRI", "spiral CT", "PACS"])), ", and nobody carried film jackets down the ",
        "hall anymore.")
    if g.chance(0.5):
        d.w(" I went back to visit on ", ("DATE_TIME", g.d(fmt="BdY")), "; the old reading room is a ", g.pick(["coffee shop", "server closet", "lactation room"]), ".")
    d.ln()
    return d


def newsletter_notice(rng) -> Doc:
    g = Gen(rng)
    d = Doc(g.pick(["MR", "CT", "US", "MG", "XR"]))
    ret, b1, b2, vol, boss = g.person(), g.person(), g.person(), g.person(), g.person()
    d.ln(g.pick(["THE RAD RECORD", "Imaging Insider", "Radiology Rounds — Staff Newsletter", "The Viewbox Weekly", "DI Department News"]),
         g.pick(["", f" | Issue {g.r.randrange(4, 120)}", " — " + g.pick(["Spring", "Fall", "Holiday"]) + " edition"]))
    sub = g.pick(["", "Internal distribution only", "=" * 24, "Compiled by "])
    d.ln(sub, ("PERSON", g.name(boss, "First Last") if sub == "Compiled by " else None))
    d.ln()
    order = g.r.sample(["ret", "bday", "vol", "kudos"], g.r.randrange(2, 5))
    for sec in order:
        if sec == "ret":
            d.ln(g.pick(["HAPPY RETIREMENT", "** Retirement **", "Farewell"]), g.pick([", ", " — "]), ("PERSON", g.name(ret, "First Last")), "!")
            d.w("After ", ("measurement", f"{g.r.randrange(18, 41)} years"), " on our ", ("modality", d.modality if g.chance(0.5) else g.pick(["MRI", "CT"])),
                " team, ", ("PERSON", ret["first"]), " hangs up the lead apron on ", ("DATE_TIME", g.d(fmt=g.pick(["BdY", "Bd", "mdY"]))), ". ")
            d.w("She" if ret["sex"] == "F" else "He", " joined ")
            fac(d, g, tail=False)
            d.w(" in ", ("year", str(g.r.randrange(1984, 2006))), " and trained ", g.pick(["half the department", "every new tech", "our residents"]), ". ")
            d.ln("Cake in the ", g.pick(["break room", "3rd-floor lounge"]), " at ", ("DATE_TIME", g.time()), "; cards to ", ("EMAIL", g.email(boss)), ".\n")
        elif sec == "bday":
            d.ln(g.pick(["Birthdays this month", "BIRTHDAYS", "Celebrate!"]), ":")
            for p in (b1, b2):
                d.ln("  • ", ("PERSON", g.name(p, g.pick(["First Last", "Nick Last", "F. Last"]))), " (",
                     g.pick(["CT", "front desk", "IR", "ultrasound", "PACS"]), ") — ", ("DATE_TIME", g.d(fmt=g.pick(["Bd", "md", "b.d"]))))
            d.ln()
        elif sec == "vol":
            d.w("Our longest-serving volunteer, ", ("PERSON", g.name(vol, g.pick(["First Last", "First M. Last"]))), ", turns ", ("AGE_OVER_89", g.old()),
                " on ", ("DATE_TIME", g.d(fmt="Bd")), "! ")
            d.w("She" if vol["sex"] == "F" else "He", " still greets ", ("modality", "mammography"), " patients every Tuesday and lives ", g.pick(["around the corner at ", "at "]))
            d.w(("STREET_ADDRESS", g.street(False)), " in ", ("CITY", g.city()), " — send a card!")
            d.ln("\n")
        else:
            pt = g.person()
            d.w("KUDOS: a patient wrote in about ", ("PERSON", g.name(b2, "First")), " at the ")
            fac(d, g, tail=False)
            d.w(" site: \"My ", ("age_under_90", g.young(60, 89)), "-year-old mother ", ("PERSON", g.name(pt, "First Last")), " was terrified of the ",
                ("measurement", "3 T"), " magnet, and ", ("PERSON", b2["first"]), " talked her through every ", ("sequence", g.pick(["DWI", "T2 FLAIR", "SWI"])),
                " sequence.\" ")
            d.ln()
            d.ln()
    d.w("Submit news: ", ("EMAIL", g.email()), g.pick(["", " or x" + g.digits(4)]))
    if g.chance(0.5):
        d.w(" | archive: ", ("URL", g.url("news")))
    d.ln()
    return d


def patient_diary(rng) -> Doc:
    g = Gen(rng)
    d = Doc(g.pick(["CT", "MR", "MG", "US"]))
    me, kid, rad, tech, nurse = g.person(), g.person(), g.person(), g.person(), g.person()
    d.ln(g.pick(["My scan diary", "Journal — shared with my care team via the portal", "DIARY (typed up from my notebook)",
                 "Symptom & appointment log", "What happened this month"]))
    d.w(g.pick(["by ", "kept by ", "from: ", "Author: "]), ("PERSON", g.name(me, g.pick(["First Last", "Nick Last", "First", "LAST, First"]))))
    extra = g.pick(["", "mrn", "dob", "age"])
    if extra == "mrn":
        d.w(" (MRN ", ("MRN", g.mrn()), ")")
    elif extra == "dob":
        d.w(", born ", ("DATE_TIME", g.fdate(_dt.date(g.r.randrange(1921, 1935), g.r.randrange(1, 13), g.r.randrange(1, 29)))))
    elif extra == "age":
        d.w(", age ", ("AGE_OVER_89", g.old()))
    d.ln()
    return _diary_body(g, d, me, kid, rad, tech, nurse)


def _diary_body(g, d, me, kid, rad, tech, nurse):
    d.ln()
    n = g.r.randrange(3, 6)
    days = sorted(g.date() for _ in range(n))
    events = ["scan"] + g.r.sample(["ride", "result", "pain", "call", "id"], n - 1)
    for i in range(n):
        head = g.pick(["dated", "weekday", "dash"])
        if head == "dated":
            d.ln(("DATE_TIME", g.fdate(days[i], g.pick(["mdy", "md", "BdY", "b.d"]))), g.pick([":", " —", ""]))
        elif head == "weekday":
            d.ln(g.pick(["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat"]), " ", ("DATE_TIME", g.fdate(days[i], g.pick(["md", "Bd"]))), ", ", ("DATE_TIME", g.time(g.pick(["hm12", "hm12b"]))))
        else:
            d.ln("-- ", ("DATE_TIME", g.fdate(days[i], "iso")), " --")
        e = events[i]
        if e == "scan":
            d.w("Scan day at ")
            fac(d, g, tail=False)
            d.w(". The tech, ", ("PERSON", g.name(tech, "First")))
            if d.modality in ("CT", "MR"):
                d.w(", put the IV in my ", ("anatomy", g.pick(["left antecubital vein", "right hand", "right forearm"])))
            else:
                d.w(", was so patient with my ", ("anatomy", g.pick(["left shoulder", "bad neck", "right breast"])))
            d.w(" and said the ", ("modality", {"CT": "CT", "MR": "MRI", "MG": "mammogram", "US": "ultrasound"}[d.modality]), " would take ",
                ("measurement", f"{g.r.randrange(10, 50)} minutes"), ". ")
            if d.modality == "MR":
                d.w("The loud one was the ", ("sequence", g.pick(["DWI", "T2 FLAIR", "dynamic contrast"])), " part. ")
            d.ln()
        elif e == "ride":
            d.ln(g.pick(["My daughter" if kid["sex"] == "F" else "My son", "My neighbor"]), " ", ("PERSON", g.name(kid, g.pick(["First", "First Last"]))), " drove me from ", ("CITY", g.city()),
                 ". Parking cost a fortune. Felt every year of my ", ("AGE_OVER_89", g.old()), " today.")
        elif e == "result":
            d.w("Portal says the ", ("measurement", f"{g.r.randrange(3, 25)} mm"), " ", g.pick(["nodule", "cyst", "spot"]), " in my ",
                ("anatomy", g.pick(["right lower lobe", "left breast", "liver", "right kidney"])), " is ",
                ("score", g.pick(["Lung-RADS 2", "BI-RADS 3", "LI-RADS 3", "Bosniak II", "Lung-RADS 3", "BI-RADS 2"])), ". ")
            d.ln("Dr. ", ("PERSON", g.name(rad, "Last")), " wrote 'probably benign' — I looked it up three times.")
        elif e == "pain":
            d.ln("Back pain worse, ", ("score", f"{g.r.randrange(3, 10)}/10"), ". They think it is the old ", ("vertebral_level", g.pick(["L4-L5", "L5-S1", "T12"])),
                 " thing again, not the ", ("eponym", g.pick(["Paget disease", "Schmorl node", "Baker cyst"])), ".")
        elif e == "call":
            d.ln("Nurse ", ("PERSON", g.name(nurse, g.pick(["First", "First Last"]))), " called from ", ("PHONE", g.phone()), " to move my follow-up to ",
                 ("DATE_TIME", g.d(fmt=g.pick(["Bd", "md", "BdY"]))), " at ", ("DATE_TIME", g.time()), ".")
        else:
            d.ln("Wrote down my numbers so I stop losing them: MRN ", ("MRN", g.mrn()), ", insurance ", ("HEALTH_PLAN_ID", g.hpid()),
                 ", order ", ("ACCESSION", g.acc(d.modality)), ".")
        d.ln()
    if g.chance(0.5):
        d.ln("(shared via ", ("URL", g.url("msg")), ")")
    return d


def gender_affirming_note(rng) -> Doc:
    g = Gen(rng)
    sex = g.pick("FM")
    d = Doc(g.pick(["MG", "MR"] if sex == "F" else ["MG", "US", "MR"]))
    pt = g.person(sex)
    legal = dict(pt, first=g.pick([x for x in (["Frank", "Dale", "William", "Robert", "Tomás", "Kwame"] if sex == "F" else ["Margaret", "Ruby", "Joy", "Teodora", "Ines"])]))
    prov, rad = g.person(), g.person()
    v = g.pick("abcd")
    if v == "a":
        d.ln("IMAGING NOTE — name/pronoun alert")
        d.ln("Chosen name: ", ("PERSON", g.name(pt, "First Last")), g.pick(["   Legal name: ", " | Legal (insurance): "]), ("PERSON", g.name(legal, "LAST, First")))
    elif v == "b":
        d.ln(("PERSON", g.name(pt, "LAST, First")), " (legal name ", ("PERSON", g.name(legal, "First Last")), g.pick([") ", ")  "]), "MRN ", ("MRN", g.mrn()))
        d.ln("Pronouns: ", "she/her" if sex == "F" else "he/him")
    elif v == "c":
        d.ln("Pre-visit note, ", ("DATE_TIME", g.d()), g.pick([" (nursing)", "", " — front desk"]))
    else:
        d.ln("Gender-affirming care: ", ("modality", {"MG": "screening mammography", "US": "pelvic ultrasound", "MR": "breast MRI"}[d.modality]))
        d.ln("Ordered by ", ("PERSON", g.name(prov, "First M. Last")), ", ", ("credential", g.pick(["NP", "MD", "PA-C"])))
    d.ln()
    d.w(("PERSON", pt["first"]), " is a ", ("age_under_90", g.young(22, 79)), "-year-old ", "transgender woman" if sex == "F" else "transgender man")
    d.w(g.pick([" on estradiol since " if sex == "F" else " on testosterone since ", " on hormone therapy since "]), ("year", str(g.r.randrange(2008, 2024))), ". ")
    d.w("Insurance and the wristband still show the legal name ", ("PERSON", g.name(legal, "First Last")), g.pick(["; the court-ordered name change was granted on ", "; a name change hearing is set for "]),
        ("DATE_TIME", g.d(fmt=g.pick(["BdY", "mdY"]))), ". Please call the patient ", ("PERSON", pt["first"]), " in the waiting room.")
    d.ln("\n")
    if d.modality == "MG":
        d.w(("section_header", "FINDINGS"), ": Scattered fibroglandular density. No suspicious mass, calcification or distortion. ")
        d.ln(("section_header", "IMPRESSION"), ": ", ("score", g.pick(["BI-RADS 1", "BI-RADS 2", "BI-RADS 0"])), ".")
    elif d.modality == "US":
        d.w(("section_header", "FINDINGS"), ": The ", ("anatomy", g.pick(["uterus", "endometrium", "left ovary"])), " measures ", ("measurement", f"{g.r.randrange(3, 9)}.{g.r.randrange(0, 9)} cm"), ". ")
        d.ln(g.pick(["Simple cyst; ", "No adnexal mass; "]), ("score", g.pick(["O-RADS 1", "O-RADS 2"])), ".")
    else:
        d.w(("sequence", "DCE"), " and ", ("sequence", "DWI"), " obtained at ", ("measurement", "3 T"), ". Background parenchymal enhancement minimal. ")
        d.ln(("section_header", "IMPRESSION"), ": ", ("score", g.pick(["BI-RADS 2", "BI-RADS 3"])), ".")
    d.w("\nReported by ")
    signer(d, g, rad, ("MD",))
    d.w(" on ", ("DATE_TIME", g.d()), " at ", ("DATE_TIME", g.time()), ".")
    if g.chance(0.5):
        d.w(" Acc ", ("ACCESSION", g.acc(d.modality)), "; member ID ", ("HEALTH_PLAN_ID", g.hpid()), ".")
    d.ln()
    if g.chance(0.4):
        d.ln("Patient prefers texts to ", ("PHONE", g.phone()), "; mail to ", ("STREET_ADDRESS", g.street()), ", ", ("CITY", g.city()), ", ", g.state(), " ", ("ZIP", g.zip()), ".")
    return d
