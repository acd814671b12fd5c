"""Structured styles 16-20: AI triage JSON export, DXA/FRAX worksheet, MQSA audit TSV, IR time-out checklist,
sonographer worksheet INI."""

from __future__ import annotations


def ai_triage_json(g, d):
    d.add("[\n")
    n = g.r.randint(3, 5)
    for k in range(n):
        p = g.person()
        d.add('  {"algorithm": "', g.pick("ICH-detect v3", "PE-triage 2.1", "LVO-flag", "rib-fx assist"), '",\n')
        d.add('   "flag_time": "', g.iso_ts(), '",\n')
        d.add('   "patient_name": "', (p.any()[0].replace("\\", ""), "PERSON"), '",\n')
        d.add('   "patient_id": "', g.mrn(plain=True), '", "accession": "', g.acc(), '",\n')
        if g.maybe(0.5):
            d.add('   "age": "', g.old() if g.maybe(0.4) else g.young(20, 89), g.pick("Y", " yrs", ""), '",\n')
        d.add('   "modality": "', g.mod(g.pick("CT", "CTA")), '", "finding": "', g.pick("positive", "suspected"),
              " near ", g.anat(), '",\n')
        d.add('   "viewer": "', g.url(), '",\n   "source_ae": "', g.ip(), '",\n')
        d.add('   "site": "', g.fac(short=g.maybe()), '", "ack_by": "', g.person().user(), '"}',
              ",\n" if k < n - 1 else "\n")
    d.add("]\n")
    return "CT"


def dexa_frax_worksheet(g, d):
    p, tech, rad = g.person(), g.person(), g.person()
    d.add(g.pick("DXA / FRAX WORKSHEET", "Bone Densitometry Technologist Worksheet", "DEXA intake + FRAX"), "\n\n")
    older = g.maybe(0.35)
    rows = [("Name", [p.any()]), (g.pick("DOB", "Birth date", "D.O.B."), [g.dob()]),
            ("Age", [g.old() if older else g.young(50, 89)]), ("MRN", [g.mrn()]),
            ("Scan date", [g.date()]), ("Scanner", [g.pick("Lunar iDXA", "Hologic Horizon"), " SN ", g.serial()]),
            ("Insurance", [g.plan()])]
    g.r.shuffle(rows)
    w = g.r.randint(12, 18)
    for lab, items in rows:
        d.add(lab.ljust(w) if g.maybe(0.6) else lab + ":", " ", *items, "\n")
    d.add("\n", g.hdr("Risk factors"), "\n")
    d.add("  prior fracture: ", g.pick("Y - ", "yes, "), g.ep() if g.maybe(0.5) else g.anat(), " in ", g.year(), "\n")
    d.add("  parent hip fx: ", g.pick("Y", "N"), "  smoker: ", g.pick("N", "former"), "  steroids: ", g.pick("N", "Y"), "\n")
    d.add("\n", g.hdr("Results"), "\n")
    for _ in range(g.r.randint(2, 3)):
        d.add("  ", (g.pick("L1-L4", "left femoral neck", "total hip", "distal radius"), "anatomy"), ": BMD ",
              (f"0.{g.r.randint(600, 999)} g/cm2", "measurement"), "  ", g.score("t"), "\n")
    d.add("  Excluded level: ", g.lvl(), " (", g.pick("compression deformity", "degenerative change"), ")\n")
    d.add("  FRAX 10-yr major osteoporotic ", (f"{g.r.randint(5, 40)}%", "score"), ", hip ", (f"{g.r.randint(1, 15)}.{g.r.randint(0, 9)}%", "score"), "\n")
    d.add("\nTech: ", tech.any(), " ", g.cred(g.pick("RT(R)", "CBDT")), "   Read: ", rad.any(), " ", g.cred("MD"), " ", g.date(), "\n")
    return "XR"


def mqsa_audit_tsv(g, d):
    d.add(g.pick("# MQSA medical outcomes audit export", "## audit extract - positive screens", "# outcomes_audit.tsv"),
          " (", g.fac(), ")\n")
    cols = g.pick(["acc", "pt_name", "mrn", "exam_dt", "birads", "bx_dt", "path", "reader"],
                  ["reader", "acc", "mrn", "pt_name", "exam_dt", "birads", "bx_dt", "path"])
    d.add("\t".join(cols), "\n")
    readers = [g.person() for _ in range(3)]
    for _ in range(g.r.randint(5, 8)):
        p = g.person()
        vals = {"acc": [g.acc()], "pt_name": [p.any()], "mrn": [g.mrn(plain=True)], "exam_dt": [g.date(fmt=g.pick(0, 2, 9))],
                "birads": [g.score("birads")], "bx_dt": [g.date(fmt=g.pick(0, 2, 9))] if g.maybe(0.7) else ["NA"],
                "path": [g.pick("IDC", "DCIS", "fibroadenoma", "PASH", "benign", "pending")],
                "reader": [g.r.choice(readers).user()]}
        for k, c in enumerate(cols):
            d.add("\t" if k else "", *vals[c])
        d.add("\n")
    d.add(g.pick("# PPV2 computed separately\n", "# EOF\n", ""))
    return "MG"


def ir_timeout_checklist(g, d):
    p, op, rn, tech = g.person(), g.person(), g.person(), g.person()
    box = lambda: g.pick("[x]", "[X]", "(Y)", "\u2611")  # noqa: E731
    d.add(g.pick("UNIVERSAL PROTOCOL - TIME-OUT (IR)", "Interventional Radiology Time-Out Checklist", "IR PROCEDURE PAUSE"), "\n")
    d.add("Procedure room ", g.pick("IR-1", "IR-2", "Angio B"), "   Date ", g.date(), "   Time-out ", g.time(), "\n\n")
    items = [
        ["two identifiers: name ", p.any(), " / DOB ", g.dob()],
        ["wristband MRN read back: ", g.mrn()],
        ["procedure: ", g.pick("port placement", "liver biopsy", "nephrostomy", "kyphoplasty"), " - ", g.anat(), "; level ",
         g.lvl()],
        ["imaging reviewed: ", g.mod(), " acc ", g.acc()],
        ["site marked by ", op.sur(), g.pick("", " (initials on skin)")],
        ["allergies / anticoag reviewed; sedation ", g.score("asa")],
        ["implant lot/serial on tray: ", g.serial()],
    ]
    g.r.shuffle(items)
    for it in items:
        d.add(box(), " ", *it, "\n")
    d.add("\nAge: ", g.old() if g.maybe(0.3) else g.young(18, 89), g.pick(" y", "Y", " years"), "\n")
    d.add("Team: ", op.any(), " ", g.cred(g.pick("MD", "DO")), "; ", rn.any(), " ", g.cred("RN"), "; ", tech.any(), " ",
          g.cred("RT(R)"), "\n")
    d.add("End ", g.time(), "   Sign: ", rn.user(), "\n")
    return "CT"


def sono_worksheet_ini(g, d):
    p, sono = g.person(), g.person()
    d.add("[", g.pick("patient", "PATIENT", "Demographics"), "]\n")
    kv = g.pick("=", " = ", ": ")
    d.add("name", kv, p.any(), "\n", g.pick("dob", "birth_date", "DOB"), kv, g.dob(), "\n")
    d.add("mrn", kv, g.mrn(), "\n", "acc", kv, g.acc(), "\n")
    if g.maybe():
        d.add("phone", kv, g.phone(), "\n")
    d.add("\n[", g.pick("exam", "EXAM"), "]\n")
    d.add("type", kv, g.mod(g.pick("US", "ultrasound", "duplex")), " ", g.anat(), "\n")
    d.add("date", kv, g.date(), "\ntime", kv, g.time(), "\n")
    d.add("device_sn", kv, g.serial(), "\nworkstation", kv, g.ip(), "\n")
    d.add("\n[findings]\n")
    for k in range(g.r.randint(2, 4)):
        d.add(f"f{k + 1}", kv, g.anat(), " ", g.meas(), g.pick("", " hypoechoic", " avascular", " complex"), "\n")
    d.add("tirads", kv, g.score("tirads"), "\n")
    d.add("note", kv, g.pick("possible ", "r/o ", "?"), g.ep(), g.pick("", " - compare prior"), "\n")
    d.add("\n[sonographer]\nid", kv, sono.user(), "\nname", kv, sono.full(), ", ", g.cred("RDMS"), "\n")
    return "US"


STYLES = {
    "ai_triage_json": ai_triage_json,
    "dexa_frax_worksheet": dexa_frax_worksheet,
    "mqsa_audit_tsv": mqsa_audit_tsv,
    "ir_timeout_checklist": ir_timeout_checklist,
    "sono_worksheet_ini": sono_worksheet_ini,
}
