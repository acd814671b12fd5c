"""Structured genres, part A: parking-validation logs, NPO/diet lists, contrast-shortage triage lists,
print-spool logs, imaging help-desk tickets."""

from __future__ import annotations

from b31_names import EPONYMS, EXAMS, LEVELS, SCORES, SEQUENCES
from b31_prose_a import finding, mod


def _sep(g) -> str:
    return g.pick([" | ", "\t", " ; ", "  "])


def parking_validation_log(g, d) -> str:
    sep = _sep(g)
    d.add(g.pick(["PARKING VALIDATION LOG", "Garage B validations", "Valet / parking voucher export"]), " - ",
          g.facility(), " - ", g.date(g.pick(["us", "iso", "dmy"])), "\n")
    cols = g.pick([["Time", "Patient", "Acct", "Exam", "Plate", "Voucher"],
                   ["TIME", "PT NAME", "ACCOUNT#", "SVC", "LIC", "VCHR"]])
    d.add(sep.join(cols), "\n")
    for _ in range(g.r.randrange(4, 8)):
        f, l, _m = g.person()
        d.add(g.time(g.pick(["hm", "ampm_lc"])), sep,
              g.name(fmt=g.pick(["LF", "lf", "fl", "il"])), sep, g.account(), sep,
              (g.pick(["MRI", "CT", "US", "mammogram", "XR", "PET/CT"]), "modality"), sep,
              g.pick(["n/a", "out-of-state", "--"]), sep, g.pick(["4hr", "FREE", "50%", "day pass"]))
        if g.maybe(0.3):
            d.add(sep, g.pick(["note: pt ", "wheelchair, "]), g.age_phrase(over=True) if g.maybe() else g.age_phrase())
        d.add("\n")
    d.add(g.pick(["Attendant: ", "Validated by: "]), (g.name(staff=True, fmt=g.pick(["il", "fl", "ii"]))[0], "PERSON"),
          "\n")
    return "MR"


def npo_diet_list(g, d) -> str:
    d.add(g.pick(["NPO / DIET HOLD LIST - Imaging", "Dietary: NPO for procedures", "Nutrition svcs - tray holds"]),
          "\nPrinted ", g.date(), " ", g.time(), " by ", (g.name(staff=True, fmt="il")[0], "PERSON"), "\n\n")
    for _ in range(g.r.randrange(4, 7)):
        f, l, mi = g.person()
        label = g.pick(["Rm", "Room", "RM#", "Bed"])
        d.add(f"{label} {g.r.randrange(200, 899)}{g.pick(['', 'A', 'B', '-1'])}  ",
              g.name(fmt=g.pick(["LF", "lfm", "lf", "FL"])), "  ")
        d.add(g.pick(["MRN ", "MR#", "#"]), g.mrn(), "  ")
        if g.maybe(0.5):
            d.add(g.pick(["DOB ", "dob:", "Born "]), g.dob(), "  ")
        else:
            d.add(g.age_phrase(), "  ")
        d.add(g.pick(["NPO after MN for ", "NPO from ", "clear liquids until "]))
        if g.maybe():
            d.add(g.time(g.pick(["hm", "hours"])), " - ")
        d.add(g.pick(EXAMS), g.pick(["", " (hold tube feeds)", " - diabetic, check BG", " - ok meds w/ sip"]), "\n")
    d.add("\nQuestions x", g.digits(4)[1:] if g.maybe() else "", " or ", g.phone(), "\n")
    return "CT"


def contrast_shortage_triage(g, d) -> str:
    d.add(g.pick(["IODINATED CONTRAST SHORTAGE - TRIAGE LIST", "Contrast conservation: case review",
                  "Omnipaque allocation tier list"]), "\nWeek of ", g.date(g.pick(["md", "mon_day", "us"])), "  ",
          g.pick(["Site: ", "Location: "]), g.facility(), "\n")
    hdr = g.pick(["Tier,Patient,MRN,Acc,Exam,Decision,Reviewer", "TIER | NAME | MRN | ACC# | EXAM | PLAN | MD"])
    sep = "," if "," in hdr else " | "
    d.add(hdr, "\n")
    for _ in range(g.r.randrange(4, 7)):
        f, l, _m = g.person()
        nm = g.pick([f"{l} {f}", f"{l.upper()} {f.upper()}", f"{f} {l}"])
        d.add(g.pick(["1", "2", "2", "3", "4"]), sep, (nm, "PERSON"), sep, g.mrn(), sep, g.acc(), sep)
        v = g.r.randrange(4)
        if v == 0:
            d.add("CTA chest", sep, "KEEP - r/o PE", sep)
        elif v == 1:
            d.add("CT A/P", sep, "convert to ", ("MRI", "modality"), " w/ ", (g.pick(SEQUENCES), "sequence"), sep)
        elif v == 2:
            d.add("CT urogram", sep, "defer; ", (g.pick(SCORES), "score"), " f/u", sep)
        else:
            d.add("CT neck", sep, "non-con ok (", (g.pick(["Hashimoto thyroiditis", "Graves disease"]), "eponym"),
                  ")", sep)
        d.add((g.last(staff=True), "PERSON"), "\n")
    d.add(g.pick(["Approved ", "Signed off "]), g.date(), " - ", (g.name(staff=True, fmt="fl")[0], "PERSON"), ", ",
          g.cred(), "\n")
    return "CT"


def print_spool_log(g, d) -> str:
    host = g.pick(["rad-prn-", "RR2-LASER", "prt-nm-", "mammo-lp"]) + g.digits(2)
    d.add(g.pick(["# spooler export", "PRINT AUDIT", "lpstat history dump"]), " ", host, ".example.org\n")
    for _ in range(g.r.randrange(5, 9)):
        f, l, _m = g.person()
        u = g.pick(["rt", "u", "svc_", "rad"]) + g.digits(g.r.randrange(3, 6))
        ts = g.pick(["iso", "us"])
        d.add(g.date(ts), " ", g.time(g.pick(["hms", "hm"])), " ", g.pick(["job=", "JOB#", "id:"]), g.digits(5), " ")
        d.add(g.pick(["src=", "from ", "client "]), g.ip(), " user=", u, " ")
        doc = g.r.randrange(4)
        if doc == 0:
            d.add("title=\"", (l.replace(' ', ''), "PERSON"), "_", (f, "PERSON"), "_", g.acc(), ".pdf\"")
        elif doc == 1:
            d.add("title=\"Report ", g.name(fmt="LF"), " MRN ", g.mrn(), "\"")
        elif doc == 2:
            d.add("title=\"", (f"{g.pick(['CT', 'MRI', 'US'])}", "modality"), " requisition - ",
                  g.name(fmt="caret"), "\"")
        else:
            d.add("title=\"worklist_", g.date("compact"), ".xlsx\"")
        d.add(" pages=", str(g.r.randrange(1, 14)), g.pick([" status=done", " status=HELD", " ERR paper jam", ""]),
              "\n")
    if g.maybe():
        d.add("# device ", g.serial(), "  fw 4.2.", g.digits(1), "\n")
    return "XR"


def helpdesk_ticket(g, d) -> str:
    uf, ul, _ = g.person(staff=True)
    f, l, mi = g.person()
    d.add(g.pick(["Ticket INC", "SR#", "Incident "]), g.digits(7), g.pick([" - ", ": "]),
          g.pick(["Cannot open study in viewer", "PACS hangs on prior", "Wrong patient demographics on images",
                  "Voice recognition dropping words"]), "\n")
    lab = g.pick([("Opened", "Caller", "Callback", "Workstation"), ("Created", "Reported by", "Phone", "Host")])
    d.add(lab[0], ": ", g.date(g.pick(["us", "iso", "dmy"])), " ", g.time(), "\n")
    d.add(lab[1], ": ", (f"{uf} {ul}", "PERSON"), " (", g.email(uf, ul), ")\n")
    d.add(lab[2], ": ", g.phone(), "\n", lab[3], ": ", g.pick(["RADWS-", "rr3-ws"]), g.digits(2), " / ", g.ip(), "\n")
    d.add(g.pick(["Location: ", "Site: "]), g.facility(), "\n\nDescription:\n")
    v = g.r.randrange(3)
    if v == 0:
        d.add("user states ", mod(g), " for ", (f"{l}, {f}", "PERSON"), " acc ", g.acc(),
              " shows images of another pt (", (f"{g.first()} {g.last()}", "PERSON"), ", DOB ", g.dob(),
              "). ", (g.pick(SEQUENCES), "sequence"), " series missing.\n")
    elif v == 1:
        d.add("prior from ", g.date(g.pick(["md", "us2"])), " won't load. link: ", g.url(), "\nMRN ", g.mrn(),
              " ; pt is ", g.age_phrase(over=True), " so DOB field overflowed?\n")
    else:
        d.add("dictating on ", (g.name(fmt="FL")[0], "PERSON"), " - VR turns \"", (g.pick(LEVELS), "vertebral_level"),
              "\" into garbage and '", (g.pick(EPONYMS), "eponym"), "' into a name.\n")
    d.add("\nWork notes:\n", g.date("md"), " ", g.time("ampm"), " ", (g.name(staff=True, fmt="il")[0], "PERSON"),
          g.pick([": remoted in, cleared cache.", ": escalated to vendor, modem ", ": reimaged."]))
    if g.maybe():
        d.add(" Scanner serial ", g.serial(), ".")
    d.add("\nStatus: ", g.pick(["Resolved", "Pending vendor", "Open"]), "\n")
    return "MR"
