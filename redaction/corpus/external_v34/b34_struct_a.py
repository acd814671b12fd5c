"""Structured styles 11-15: premedication order form, radiopharmacy unit-dose order, density-notice CSV,
speech-recognition error log, personnel dosimetry report."""

from __future__ import annotations


def _field(g, d, labels, *value):
    d.add(g.r.choice(labels), g.pick(": ", ":\t", " ", " = ", ".... "), *value, "\n")


def premed_order_form(g, d):
    p, ordr, rn = g.person(), g.person(), g.person()
    d.add(g.pick("CONTRAST PREMEDICATION ORDER SET\n", "Iodinated/Gadolinium Allergy Premed - Order Form\n",
                 "PREMED PROTOCOL (13-hour oral)\n"), "=" * g.r.randint(20, 44), "\n")
    rows = [
        lambda: _field(g, d, ["Patient", "PATIENT NAME", "Name (Last, First)"], p.any()),
        lambda: _field(g, d, ["DOB", "D.O.B.", "Birth date", "Date of birth"], g.dob()),
        lambda: _field(g, d, ["MRN", "Med Rec No", "Hosp #"], g.mrn()),
        lambda: _field(g, d, ["Age", "AGE"], g.old() if g.maybe(0.3) else g.young(18, 89), g.pick("", " y", " years")),
        lambda: _field(g, d, ["Payer ID", "Member #", "Insurance ID"], g.plan()),
        lambda: _field(g, d, ["Exam", "Procedure"], g.mod(g.pick("CT", "MRI", "CTA")), " ", g.anat(), " w/ contrast"),
    ]
    g.r.shuffle(rows)
    for f in rows:
        f()
    d.add(g.hdr(g.pick("Prior reaction", "REACTION HISTORY", "Allergy detail")), ":\n")
    d.add("  [", g.pick("x", "X", " "), "] hives   [", g.pick("x", " "), "] bronchospasm   onset ", g.date(), g.pick("", " approx."), "\n")
    d.add("  Reaction note by ", rn.full(), ", ", g.cred("RN"), "\n")
    d.add(g.hdr("Medications"), ":\n")
    t0 = g.time(0)
    d.add("  prednisone 50 mg PO at 13 h, 7 h and 1 h before scan (scan time ", t0, ")\n")
    d.add("  diphenhydramine 50 mg ", g.pick("PO", "IV"), " 1 h prior\n")
    d.add("Appointment: ", g.date(), " ", g.time(), " @ ", g.fac(), "\n")
    d.add("Ordering: ", ordr.any(), " ", g.cred(g.pick("MD", "DO", "NP")), g.pick("   callback ", "  tel "), g.phone(), "\n")
    if g.maybe():
        d.add("Pharmacy e-Rx sent to ", g.pick("store", "mail-order"), " on file; pt email ", p.email(), "\n")
    return g.pick("CT", "MR")


def radiopharmacy_dose_order(g, d):
    p, au, tech = g.person(), g.person(), g.person()
    sep = g.pick(" | ", "\t", ";", "  ")
    d.add(g.pick("NUCLEAR PHARMACY UNIT DOSE ORDER", "Radiopharmacy Rx", "UNIT-DOSE REQUEST FORM"), "\n")
    d.add("Order #", (f"RX{g.digits(7)}", "ACCOUNT_ID"), sep, "Placed ", g.date(), " ", g.time(), "\n")
    d.add("Site", sep, g.fac(), sep, "hot lab ", g.ext(), "\n")
    d.add("Pt", sep, p.any(), sep, g.pick("DOB ", "Birth "), g.dob(), sep, "Wt ", (f"{g.r.randint(40, 130)} kg", "measurement"), "\n")
    d.add("MRN", sep, g.mrn(), sep, "Acc", sep, g.acc(), "\n")
    agent = g.pick("Tc-99m sestamibi", "F-18 FDG", "Tc-99m MDP", "Ga-68 dotatate", "I-123 MIBG")
    d.add("Agent", sep, agent, sep, "Activity ", (f"{g.r.randint(5, 30)} mCi", "measurement"), sep,
          "Calibration ", g.time(), "\n")
    d.add("Vial/generator SN", sep, g.serial(), "\n")
    d.add("Study", sep, g.mod(g.pick("SPECT", "PET/CT", "bone scan")), " of ", g.anat(), "\n")
    d.add("Authorized user", sep, au.any(), ", ", g.cred("MD"), "\n")
    d.add("Received by", sep, tech.user(), " (", tech.full(), ", ", g.cred("CNMT"), ")\n")
    if g.maybe():
        d.add("Pregnancy screen", sep, g.pick("neg", "N/A"), sep, "age ", g.young(14, 55), "\n")
    if g.maybe():
        d.add("Delivery route", sep, "courier to ", *g.addr(), "\n")
    return "CT"


def density_notice_csv(g, d):
    seps = g.pick(",", ";", "|")
    cols = ["notice_id", "patient", "dob", "mrn", "exam_date", "density", "birads", "mailed_to", "city", "zip", "sent"]
    if g.maybe():
        cols = cols[:2] + cols[3:2:-1] + cols[2:3] + cols[4:]
    d.add(seps.join(cols if g.maybe(0.7) else [c.upper() for c in cols]), "\n")
    for _ in range(g.r.randint(4, 7)):
        p = g.person()
        vals = {
            "notice_id": [(f"DN{g.digits(6)}", "ACCOUNT_ID")], "patient": [p.any()],
            "dob": [g.dob(g.pick(0, 2, 9, 10))], "mrn": [g.mrn(plain=True)],
            "exam_date": [g.date(fmt=g.pick(0, 2, 9))],
            "density": [g.pick("a", "b", "c", "d", "heterogeneously dense", "extremely dense")],
            "birads": [g.score("birads")], "mailed_to": [g.street()], "city": [g.city()], "zip": [g.zip()],
            "sent": [g.iso_ts()],
        }
        for k, c in enumerate(cols):
            if k:
                d.add(seps)
            items = vals[c]
            quote = seps == "," and c in ("patient", "mailed_to") and "," in items[0][0]
            d.add('"' if quote else "", *items, '"' if quote else "")
        d.add("\n")
    return "MG"


def asr_error_log(g, d):
    rad = g.person()
    host = g.pick("asr01", "dict-gw", "vr-node3")
    for _ in range(g.r.randint(5, 8)):
        p = g.person()
        kind = g.r.randrange(5)
        d.add(g.iso_ts(), " ", host, "[", g.ip(), "] ", g.pick("WARN", "INFO", "ERROR"), " user=", rad.user(), " ")
        if kind == 0:
            d.add("misrecognition acc=", g.acc(), ' heard="', g.pick("bakers cyst", "packet disease", "collies fracture"),
                  '" corrected="', g.ep(), '"\n')
        elif kind == 1:
            d.add("patient-name-spoken acc=", g.acc(), ' text="', p.lower(), '" flag=PHI_IN_BODY\n')
        elif kind == 2:
            d.add("level-mismatch dictated=", g.lvl(), " template=", g.lvl(), " mrn=", g.mrn(plain=True), "\n")
        elif kind == 3:
            d.add("audio-file=", (p.last.upper().replace(" ", "").replace("'", ""), "PERSON"), "_", (p.first.upper(), "PERSON"), "_",
                  g.date(fmt=9), ".wav upload-ok\n")
        else:
            d.add("sign-off ", rad.full(), " ", g.cred(g.pick("MD", "DO")), " acc=", g.acc(), " seq=", g.seq(), "\n")
    return g.pick("MR", "CT")


def dosimetry_badge_report(g, d):
    d.add(g.pick("PERSONNEL DOSIMETRY REPORT", "Quarterly badge exposure report", "Dosimetry - wear period summary"), "\n")
    d.add("Account: ", g.fac(), "  Wear period ", g.date(fmt=g.pick(0, 2)), " - ", g.date(fmt=g.pick(0, 2)), "\n")
    sep = g.pick(" | ", "  ", "\t")
    d.add(sep.join(["Participant", "Badge SN", "DOB", "SSN / Emp #" if g.maybe() else "ID", "Deep (mrem)",
                    "Eye", "Shallow", "Location"]), "\n")
    for _ in range(g.r.randint(4, 7)):
        w = g.person()
        d.add(w.any(), sep, g.serial(), sep, g.dob(), sep)
        d.add(g.ssn() if g.maybe(0.5) else (f"E{g.digits(6)}", "ACCOUNT_ID"), sep)
        d.add(str(g.r.randint(0, 240)), sep, str(g.r.randint(0, 90)), sep, str(g.r.randint(0, 400)), sep,
              g.pick("IR suite", "Cath lab", "Hot lab", "Fluoro 2", "PET uptake"), "\n")
    rso = g.person()
    d.add("\nRSO review: ", rso.full(), ", ", g.cred("CHP"), " on ", g.date(), g.pick(". ", "; "),
          "Values above investigation level I are flagged.\n")
    return "XR"


STYLES = {
    "premed_order_form": premed_order_form,
    "radiopharmacy_dose_order": radiopharmacy_dose_order,
    "density_notice_csv": density_notice_csv,
    "asr_error_log": asr_error_log,
    "dosimetry_badge_report": dosimetry_badge_report,
}
